package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 31 (sealed): eight communities of kinds no earlier round used (triathletes, typographers, cat
 * breeders, an a cappella group, woodturners, a roller derby league, locksmiths, speech and language therapists),
 * over three ISO weeks (2026-W25 to W27), written and labelled by writer31 before any coach ran on them. The labels
 * are in {@code bot/src/test/resources/eval/held-out-scenes-31.csv}. Run {@link #main} from the project root to write
 * the export again.
 */
final class HeldOutScenes31Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 6, 15);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 7, 6, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. triathletes ---
    private final String brickwall = cast.guild(603);
    private final Channel triChat = cast.channel(brickwall, "Brickwall Tri Club", "tri-chat",
            "training, races, moaning about hills", "tri-tri-chat.json");
    private final Channel raceCalendar = cast.channel(brickwall, "Brickwall Tri Club", "race-calendar",
            "race dates and club entries, posted by the committee", "tri-race-calendar.json");
    private final Channel kitSwap = cast.channel(brickwall, "Brickwall Tri Club", "kit-swap",
            "sell or swap your own kit. one post per item please", "tri-kit-swap.json");
    private final Persona nadia = cast.person("nadia.f", "Nadia Ferrante");
    private final Persona corin = cast.person("corin.coach", "Corin Ashdown");
    private final Persona tova = cast.person("tova.l", "Tova Lindqvist");
    private final Persona malik = cast.person("malik_o", "Malik Osei");
    private final Persona petra = cast.person("petra.v", "Petra Vukovic");
    private final Persona declan = cast.person("dec.moor", "Declan Moor");
    private final Persona sami = cast.person("sami.h", "Sami Haddad");

    // --- B. typographers ---
    private final String kern = cast.guild(604);
    private final Channel typeTalk = cast.channel(kern, "Kern & Counter", "type-talk",
            "letters, tools, gossip, jobs", "type-type-talk.json");
    private final Channel crit = cast.channel(kern, "Kern & Counter", "crit",
            "post your own work in progress and ask for honest critique. give some back", "type-crit.json");
    private final Channel readingList = cast.channel(kern, "Kern & Counter", "reading-list",
            "drop articles, specimens and essays worth reading", "type-reading-list.json");
    private final Persona ottilie = cast.person("ottilie.type", "Ottilie Brandvold");
    private final Persona sunil = cast.person("sunil.r", "Sunil Rao");
    private final Persona mireille = cast.person("mireille.g", "Mireille Gautier");
    private final Persona jasper = cast.person("jasper.q", "Jasper Quenby");
    private final Persona ezra = cast.person("ezra.m", "Ezra Malloy");
    private final Persona hanne = cast.person("hanne.s", "Hanne Solberg");
    private final Persona benedikt = cast.person("bene.a", "Benedikt Arnau");

    // --- C. cat breeders ---
    private final String silvermoor = cast.guild(605);
    private final Channel catChat = cast.channel(silvermoor, "Silvermoor Cattery Circle", "cattery-chat",
            "breeders and owners, all cats welcome", "cat-cattery-chat.json");
    private final Channel kittens = cast.channel(silvermoor, "Silvermoor Cattery Circle", "kittens-available",
            "breeders: list your own litters here, one post per litter", "cat-kittens-available.json");
    private final Channel catHealth = cast.channel(silvermoor, "Silvermoor Cattery Circle", "health-questions",
            "vaccinations, diet, vets: ask away", "cat-health-questions.json");
    private final Channel catIntros = cast.channel(silvermoor, "Silvermoor Cattery Circle", "introductions",
            "new? say hello and tell us about your cats", "cat-introductions.json");
    private final Persona rosalind = cast.person("ros.tey", "Rosalind Tey");
    private final Persona gwilym = cast.person("gwil.hart", "Gwilym Hart");
    private final Persona keturah = cast.person("keturah.b", "Keturah Bell");
    private final Persona fenna = cast.person("fenna.d", "Fenna Drost");
    private final Persona brody = cast.person("brody.k", "Brody Kask");
    private final Persona amara = cast.person("amara.q", "Amara Quist");
    private final Persona lidia = cast.person("lidia.s", "Lidia Sorn");
    private final Channel dmFenna = cast.dm(fenna, "cat-dm-fenna-drost.json");
    private final Channel dmGwilym = cast.dm(gwilym, "cat-dm-gwilym-hart.json");

    // --- D. a cappella ---
    private final String overtone = cast.guild(606);
    private final Channel rehearsalNotes = cast.channel(overtone, "Overtone Collective", "rehearsal-notes",
            "weekly notes, posted by the music director", "acap-rehearsal-notes.json");
    private final Channel chatter = cast.channel(overtone, "Overtone Collective", "chatter",
            "everything else", "acap-chatter.json");
    private final Channel gigs = cast.channel(overtone, "Overtone Collective", "gigs",
            "the group's own gigs, sign-ups and tickets", "acap-gigs.json");
    private final Persona lorna = cast.person("lorna.md", "Lorna Achebe");
    private final Persona bastian = cast.person("bastian.bass", "Bastian Reule");
    private final Persona greta = cast.person("greta.sop", "Greta Lindahl");
    private final Persona yusuf = cast.person("yusuf.t", "Yusuf Demir");
    private final Persona pip = cast.person("pip.h", "Pip Harrow");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wiercinski");

    // --- E. woodturners ---
    private final String shavings = cast.guild(607);
    private final Channel lathe = cast.channel(shavings, "Shavings & Spindles", "the-lathe",
            "turning talk, questions, catches and disasters", "wood-the-lathe.json");
    private final Channel showTurnings = cast.channel(shavings, "Shavings & Spindles", "show-your-turnings",
            "post your own bowls, spindles and pens", "wood-show-your-turnings.json");
    private final Channel toolDeals = cast.channel(shavings, "Shavings & Spindles", "tool-deals",
            "spotted a good deal on tools or timber? pass it on", "wood-tool-deals.json");
    private final Persona horace = cast.person("horace.p", "Horace Pennick");
    private final Persona wynne = cast.person("wynne.c", "Wynne Carradine");
    private final Persona abel = cast.person("abel.n", "Abel Nkemelu");
    private final Persona linnea = cast.person("linnea.v", "Linnea Vos");
    private final Persona teodor = cast.person("teo.blaine", "Teodor Blaine");
    private final Persona marguerite = cast.person("marguerite.o", "Marguerite Oduya");

    // --- F. roller derby ---
    private final String rustbelt = cast.guild(608);
    private final Channel leagueChat = cast.channel(rustbelt, "Rustbelt Rollers", "league-chat",
            null, "derby-league-chat.json");
    private final Channel freshMeat = cast.channel(rustbelt, "Rustbelt Rollers", "fresh-meat",
            "new skaters: ask anything, no question is daft", "derby-fresh-meat.json");
    private final Channel boutDay = cast.channel(rustbelt, "Rustbelt Rollers", "bout-day",
            "bout line-ups and volunteer sign-ups, updated by the bout coordinator", "derby-bout-day.json");
    private final Persona kit = cast.person("kit.kaboom", "Kit Kaboom");
    private final Persona mara = cast.person("mara.wrecks", "Mara Wrecks");
    private final Persona penny = cast.person("penny.dn", "Penny Dreadnought");
    private final Persona lou = cast.person("lou.ruckus", "Lou Ruckus");
    private final Persona ivy = cast.person("ivy.vortexa", "Ivy Vortexa");
    private final Persona slamwell = cast.person("sister.slam", "Sister Slamwell");
    private final Persona dot = cast.person("dot.matrix", "Dot Matrix");

    // --- G. locksmiths ---
    private final String pinTumbler = cast.guild(609);
    private final Channel tradeTalk = cast.channel(pinTumbler, "Pin & Tumbler", "trade-talk",
            "for locksmiths: tools, suppliers, jobs, moans", "lock-trade-talk.json");
    private final Channel askLocksmith = cast.channel(pinTumbler, "Pin & Tumbler", "ask-a-locksmith",
            "homeowners and landlords: ask the trade", "lock-ask-a-locksmith.json");
    private final Channel jobsBoard = cast.channel(pinTumbler, "Pin & Tumbler", "jobs-board",
            "offer your services here, or post jobs you can't cover", "lock-jobs-board.json");
    private final Persona garrick = cast.person("garrick.h", "Garrick Holt");
    private final Persona odette = cast.person("odette.f", "Odette Frane");
    private final Persona wes = cast.person("wes.t", "Wes Tanaka");
    private final Persona callum = cast.person("callum.b", "Callum Breck");
    private final Persona delia = cast.person("delia.r", "Delia Ruskin");
    private final Persona imogen = cast.person("imogen.sz", "Imogen Szabo");
    private final Persona bryn = cast.person("bryn.c", "Bryn Castell");
    private final Persona rupert = cast.person("rupert.v", "Rupert Vance");
    private final Channel dmRupert = cast.dm(rupert, "lock-dm-rupert-vance.json");

    // --- H. speech and language therapists ---
    private final String staffroomGuild = cast.guild(610);
    private final Channel staffroom = cast.channel(staffroomGuild, "SLT Staffroom", "staffroom",
            "chat for speech and language therapists", "slt-staffroom.json");
    private final Channel research = cast.channel(staffroomGuild, "SLT Staffroom", "research-and-reading",
            "drop useful papers and articles here", "slt-research-and-reading.json");
    private final Channel referrals = cast.channel(staffroomGuild, "SLT Staffroom", "referrals",
            "parents and schools: post what you're looking for. therapists: reply if you have space",
            "slt-referrals.json");
    private final Persona aurelie = cast.person("aurelie.d", "Aurelie Dumont");
    private final Persona cormac = cast.person("cormac.t", "Cormac Tierney");
    private final Persona beatrix = cast.person("bea.o", "Beatrix Oyelaran");
    private final Persona nell = cast.person("nell.w", "Nell Whitcombe");
    private final Persona zofia = cast.person("zofia.b", "Zofia Brennan");
    private final Persona hamid = cast.person("hamid.k", "Hamid Karimi");

    HeldOutScenes31Script() {
        super(new SceneIds(22800), FIRST_MONDAY, 21);
        triathletes();
        typographers();
        catBreeders();
        aCappella();
        woodturners();
        rollerDerby();
        locksmiths();
        speechTherapists();
    }

    static Map<String, String> files() {
        return new HeldOutScenes31Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-31"), files(),
                "held-out round 31");
    }

    private void triathletes() {
        // Week 1: a newcomer with a 70.3 to train for, a coach who sells plans answering when asked, kit for sale.
        say(1, "08:00", raceCalendar, nadia, "Club entries for the Harrowmere Sprint (Sun 5 July) are open till the "
                + "26th. Put your name on the sheet: https://forms.example/brickwall-harrowmere");
        say(1, "09:12", triChat, petra, "who decided 6am swims were a personality trait");
        say(1, "09:20", triChat, sami, "the lake is 14 degrees, the personality is hypothermia");
        Post hello = say(1, "12:30", triChat, tova, "hi all, new here 👋 signed up for my first 70.3 in September "
                + "(what was I thinking). mostly a runner, swim is... a work in progress");
        re(1, "12:41", nadia, hello, "welcome Tova! Weds open water is the friendliest session, come along, there's "
                + "a slow lane");
        re(1, "13:05", petra, hello, "a 70.3 as your first?! respect. or concern. both");
        say(2, "07:40", triChat, declan, "42k on the bike before work 🚴 https://trailtrack.example/activity/88231");
        Post coachAsk = say(2, "19:10", triChat, tova, "does anyone here coach? or know someone who does plans for "
                + "complete beginners at longer distances? I have zero idea how to structure the weeks");
        Post plan = re(2, "21:02", corin, coachAsk, "I do, it's my job so take this with salt: my 16-week 70.3 plan "
                + "is £45, built for people with full-time jobs. https://ashdown-endurance.example/plans/703 - but "
                + "honestly the free one on the federation site is decent too if money's tight: "
                + "https://trifed.example/beginner-703");
        Post enough = re(3, "08:15", tova, plan, "oh amazing, I'll look at both tonight. is 16 weeks enough from where "
                + "I am? I can run 10k but swim maybe 400m without stopping");
        re(3, "12:20", corin, enough, "16 is fine if you get 3 swims a week in. the swim is the bit to fix first, "
                + "the bike comes quickly");
        say(3, "19:00", triChat, tova, "Bought the plan! week 1 looks scary but doable");
        say(3, "19:20", kitSwap, malik, "FS: Vantage Pro wetsuit, men's M, two seasons, one tiny nick on the calf "
                + "(pic in the listing). £90 collected or £98 posted. https://kitswap.example/l/vantage-m-malik");
        say(4, "06:30", triChat, petra, "open water was glorious this morning, I take back everything I said about "
                + "6am");
        say(4, "06:45", triChat, sami, "screenshotting this for next week");
        say(4, "18:00", raceCalendar, nadia, "Reminder: Harrowmere club entries close on the 26th, 9 names so far. "
                + "Sheet: https://forms.example/brickwall-harrowmere");
        say(5, "07:10", triChat, declan, "brick session done, legs are jelly "
                + "https://trailtrack.example/activity/88410");
        Post sighting = say(5, "20:00", triChat, tova, "@Sami Haddad you swam next to me Weds, what's the trick for "
                + "sighting without lifting your whole head?? I swallowed half the lake");
        Post croc = re(5, "21:30", sami, sighting, "crocodile eyes: lift just till your goggles clear the water, "
                + "then turn to breathe. practise it in the pool every 6th stroke");
        re(6, "10:00", tova, croc, "crocodile eyes 🐊 tried it in the pool this morning, way better");

        // Week 2: a vote for oneself carried round the rooms, the coach away at camp, a wetsuit asked for.
        say(8, "07:55", triChat, declan, "right team, favour time 🙏 I'm in the final 10 for the Ridgeline Sports "
                + "ambassador thing and it's a public vote. could you all vote for me? takes 10 sec "
                + "https://ridgeline-sports.example/ambassadors/vote/declan-moor");
        say(8, "08:20", triChat, petra, "ambassador of jelly legs, surely");
        say(8, "09:00", raceCalendar, nadia, "Harrowmere: 10 names on the sheet, 2 weeks to go. "
                + "https://forms.example/brickwall-harrowmere");
        say(8, "12:00", triChat, corin, "off to the Lanzarote camp till Sunday, signal will be patchy. be good, do "
                + "your drills");
        Post swap = say(9, "18:40", triChat, tova, "@Corin Ashdown quick one about the plan: could I swap the "
                + "Thursday run for a swim? the pool near me only has lanes on Thursdays");
        say(9, "19:00", kitSwap, declan, "and if anyone in here hasn't voted yet 😅 "
                + "https://ridgeline-sports.example/ambassadors/vote/declan-moor");
        Post hilly = say(10, "07:00", triChat, malik, "anyone done the Harrowmere sprint? is the bike course as hilly "
                + "as the profile looks");
        Post lies = re(10, "09:15", nadia, hilly, "the profile lies, it's worse. one proper climb at km 8, the rest "
                + "rolls. gorgeous descent into the village");
        re(10, "09:30", malik, lies, "brilliant, signing up tonight");
        say(10, "20:05", raceCalendar, nadia, "Harrowmere: 14 of us now, sheet closes Friday 26th. "
                + "https://forms.example/brickwall-harrowmere");
        say(11, "06:50", triChat, declan, "voting closes Friday!! every vote counts 🙏 "
                + "https://ridgeline-sports.example/ambassadors/vote/declan-moor");
        Post wetsuit = say(11, "07:30", triChat, tova, "anyone selling a wetsuit? women's S or M, my rented one "
                + "chafes");
        re(11, "08:05", malik, wetsuit, "mine's a men's M so probably long in the arms, but it's still up in "
                + "#kit-swap if you want to try it on, £90");
        Post borrow = re(11, "08:20", petra, wetsuit, "try before you buy anything, women's cuts are way different "
                + "in the shoulders. I've a spare women's S you can borrow for Weds");
        re(11, "09:00", tova, borrow, "you're a star, yes please!");
        say(12, "19:00", triChat, sami, "club kit poll is up: the blue or the ugly orange. closes Sunday, poll is "
                + "pinned in here");
        say(12, "19:05", triChat, petra, "the ugly orange has my heart");
        Post back = say(14, "17:30", triChat, corin, "back from Lanzarote, sunburnt and humbled. @Tova Lindqvist yes, "
                + "swap it, swim is your limiter anyway. keep the long run on Sunday");
        re(14, "18:00", tova, back, "perfect thanks! and welcome back 🌞");

        // Week 3: the vote's result, a discount code, goggles.
        say(15, "08:00", triChat, declan, "didn't win the vote but made the top 3! thanks to whoever voted x");
        say(15, "08:40", triChat, nadia, "top 3 is brilliant Declan 👏");
        Post firstSwim = say(15, "12:00", triChat, tova, "first open water without panicking!!! 1200m. thank you "
                + "Petra for the wetsuit and Sami for crocodile eyes");
        re(15, "12:15", sami, firstSwim, "🐊🐊🐊");
        say(16, "18:00", triChat, corin, "summer plans are 20% off till Sunday with BRICKSUMMER: "
                + "https://ashdown-endurance.example/plans");
        say(16, "18:30", triChat, malik, "price dropped on my wetsuit, £80 now if anyone wants it before "
                + "Harrowmere");
        say(17, "07:00", triChat, petra, "transition practice in the car park tonight, bring a bike and your dignity "
                + "(optional)");
        Post fog = say(17, "19:40", triChat, tova, "@Malik Osei what do you use to stop your goggles fogging? mine "
                + "are hopeless");
        re(17, "20:10", malik, fog, "baby shampoo, one drop, rinse. cheap and works");
        say(18, "08:00", raceCalendar, nadia, "Harrowmere is full for our club, 18 of us. Wave times out next week. "
                + "Lift-share sheet: https://forms.example/brickwall-lifts");
    }

    private void typographers() {
        // Week 1: a foundry's launch, a museum designer's question, a beginner's caps, a revival.
        Post g = say(1, "10:00", typeTalk, mireille, "bonjour à tous! anyone else stuck on a lowercase g today or is "
                + "it just me");
        re(1, "10:30", jasper, g, "the double-storey g has ended better people than us");
        say(1, "14:00", readingList, benedikt, "Long read on the history of the interrobang, by Hesper Vale: "
                + "https://letterform-review.example/interrobang");
        say(2, "09:00", readingList, benedikt, "Specimen archive from a 1920s Antwerp foundry, scanned in full: "
                + "https://archive-specimens.example/antwerp-1924");
        Post halyard = say(2, "11:00", typeTalk, ottilie, "Halyard Sans is finally out 🎉 six weights, two years of my "
                + "evenings. launch price 30% off this week: https://brandvold-type.example/halyard");
        re(2, "11:20", mireille, halyard, "félicitations!! the italic is gorgeous");
        re(2, "11:45", jasper, halyard, "congrats, that lowercase a is so good");
        Post caps1 = say(2, "15:00", crit, ezra, "first attempt at a display face, only caps so far. be brutal "
                + "https://sketchbin.example/ezra/caps-v1.png");
        Post lean = re(2, "16:10", jasper, caps1, "the S leans left, and your round letters need more overshoot, the "
                + "O looks smaller than the H");
        re(2, "16:30", ezra, lean, "thanks!");
        Post tabular = say(3, "09:10", typeTalk, sunil, "@Ottilie Brandvold does Halyard have tabular figures? we're "
                + "redoing the museum's annual report and the number tables are a nightmare");
        Post spec = re(3, "13:00", ottilie, tabular, "yes, tabular and oldstyle both, as OpenType features. the "
                + "specimen PDF shows them: https://brandvold-type.example/halyard/specimen");
        re(3, "13:20", sunil, spec, "perfect, I'll send it to our designer");
        say(4, "17:00", readingList, benedikt, "An essay on spacing by Ruth Imrie, worth it for the diagrams alone: "
                + "https://counterspace-journal.example/spacing");
        say(4, "17:05", readingList, benedikt, "and her follow-up on kerning classes: "
                + "https://counterspace-journal.example/kerning-classes");
        Post grotesk = say(5, "10:00", crit, jasper, "trying a revival of a 1910 grotesk from a shop sign. heavy "
                + "weight only. thoughts welcome https://sketchbin.example/jq/grotesk-heavy.png");
        Post counters = re(5, "11:00", mireille, grotesk, "the R leg is lovely. the counters of a and e feel a bit "
                + "tight for the weight, non?");
        re(5, "12:20", jasper, counters, "yes! the sign painter cheated them open, I should too");

        // Week 2: the beginner gets notes every day and gives none; a revival waits for eyes.
        Post caps2 = say(8, "09:00", crit, ezra, "v2 of the caps, fixed the S and the overshoot. still feels off but "
                + "I can't see why https://sketchbin.example/ezra/caps-v2.png");
        Post crossbars = re(8, "10:30", sunil, caps2, "your horizontals are as thick as your verticals, so it looks "
                + "bolder sideways. thin the crossbars ~10%");
        re(8, "11:00", ezra, crossbars, "ty");
        Post splay = re(9, "14:00", hanne, caps2, "also the M is splaying out too wide, narrow it. nice energy though");
        re(9, "14:30", ezra, splay, "cheers");
        Post grotesk2 = say(10, "10:00", crit, jasper, "grotesk heavy, round 2, opened the counters. would love eyes "
                + "on the lowercase before I start on the numbers https://sketchbin.example/jq/grotesk-heavy-2.png");
        Post software = say(10, "10:40", typeTalk, ezra, "what software do you all draw in? I'm on a free one and it "
                + "keeps crashing on export");
        Post glyph = re(10, "11:10", benedikt, software, "most of us use Glyphwright, the trial is 30 days. the "
                + "crashing is usually a huge undo history, clear it before you export");
        re(10, "11:25", ezra, glyph, "ok thanks");
        Post caps3 = say(10, "15:00", crit, ezra, "v3 caps https://sketchbin.example/ezra/caps-v3.png");
        Post better = re(11, "09:00", mireille, caps3, "much better! the crossbars sit right now. the G spur is still "
                + "a bit heavy");
        re(11, "09:10", ezra, better, "thx");
        Post fair = say(11, "14:00", typeTalk, hanne, "anyone going to the Wayzgoose fair in Lindenford next month?");
        re(11, "15:00", jasper, fair, "yes! bring cash, the wood type stall doesn't take cards");
        say(12, "10:00", readingList, benedikt, "Interview with a sign painter on brush lettering vs type, via "
                + "@Mireille Gautier's newsletter: https://letterform-review.example/brush-vs-type");
        say(12, "10:30", typeTalk, ottilie, "Halyard launch week done: thank you all for the kind words. back to the "
                + "serif italics now");
        re(12, "16:00", mireille, grotesk2, "the lowercase looks at home now. the t is too short though, it "
                + "disappears next to the l");

        // Week 3: a licensee's question to the foundry waits while the foundry chats; the beginner gives back.
        say(15, "09:30", typeTalk, hanne, "@Ottilie Brandvold we licensed Corvid Serif from you last year for the "
                + "museum signage (still love it). the web team now wants it on the site: is the webfont licence per "
                + "domain or per pageviews? I need to tell them by Friday");
        Post variable = say(15, "16:00", typeTalk, ottilie, "has anyone tried the new variable font preview in "
                + "Glyphwright? the interpolation is so smooth");
        re(15, "16:20", jasper, variable, "yes, finally I can see the middle weights without exporting");
        Post italic = say(16, "10:00", crit, ottilie, "Corvid italics, first pass at the lowercase. I think the f is "
                + "too wide? honest notes welcome https://sketchbin.example/ob/corvid-italic-1.png");
        Post arm = re(16, "11:00", mireille, italic, "the f is fine, it's the k that jumps out: the arm is steeper "
                + "than everything else");
        re(16, "11:30", ottilie, arm, "oh you're right, merci!");
        say(17, "09:00", typeTalk, ezra, "v4 is done and I'm calling it finished. thanks all");
        Post print = say(17, "12:00", typeTalk, sunil, "the annual report went to print in Halyard, the tables look "
                + "so clean. will send a copy to @Ottilie Brandvold");
        re(17, "12:40", ottilie, print, "oh that's lovely, yes please! would love to see it in print");
        Post figs = say(18, "10:00", crit, jasper, "numbers for the grotesk 🔢 the 4 is fighting me "
                + "https://sketchbin.example/jq/grotesk-figs.png");
        Post four = re(18, "11:00", ezra, figs, "the 4 looks top heavy to me, maybe drop the crossbar a bit?");
        re(18, "11:20", jasper, four, "good call, thanks Ezra");
        say(19, "15:00", readingList, benedikt, "Type specimens as advertising, 1890-1930, a lovely visual essay by "
                + "Ada Wren: https://letterform-review.example/specimens-as-ads");
    }

    private void catBreeders() {
        // Week 1: one litter scattered over three rooms, a breeder who answers a buyer with care.
        Post fridge = say(1, "09:00", catChat, lidia, "Biscuit has discovered the top of the fridge. this is my life "
                + "now");
        re(1, "09:20", amara, fridge, "they never un-discover it 😂");
        say(2, "10:00", kittens, rosalind, "Teyhaven Ragdolls, summer litter open for reservations: 2 blue mitted "
                + "boys, 1 seal point girl, ready to go home 20 July. £650, fully vaccinated, registered. "
                + "https://teyhaven.example/litters/summer");
        say(2, "13:00", catChat, rosalind, "babies are ready!!! 😍 reserve yours here before they go, DM me: "
                + "https://teyhaven.example/litters/summer");
        Post outside = say(2, "18:00", catHealth, lidia, "how soon after the first vaccination can kittens go "
                + "outside? Biscuit's cousin is 10 weeks");
        Post jabs = re(2, "18:40", amara, outside, "keep them in till a week after the second jab, so usually 13-14 "
                + "weeks. and neutered before they roam");
        re(3, "08:10", rosalind, outside, "ours go home fully vaccinated so no waiting 😊 still have 2 left: "
                + "https://teyhaven.example/litters/summer");
        re(3, "08:30", lidia, jabs, "thanks Amara, will tell her");
        say(3, "12:00", kittens, gwilym, "Hartwell British Shorthairs: litter due mid August, waiting list open. "
                + "Blues and lilacs expected. What I ask of homes, and the list: "
                + "https://hartwell-cats.example/waiting-list");
        Post ragdoll = say(4, "19:00", catChat, keturah, "where do you all get your ragdolls? my mum wants one for her "
                + "70th and I don't know what a good breeder even looks like");
        Post visit = re(4, "20:15", gwilym, ragdoll, "look for registered breeders who let you visit, show you the mum "
                + "cat, and ask YOU questions. if they'll post a kitten to you unseen, walk away. Rosalind breeds "
                + "ragdolls here, and the breed club keeps a list too");
        Post noIdea = re(4, "20:30", keturah, visit, "this is so helpful, I had no idea about visiting");
        re(4, "20:45", gwilym, noIdea, "happy to answer anything else. a ragdoll is a lovely choice for a quieter "
                + "home");
        say(5, "09:00", catHealth, amara, "PSA: lilies are deadly to cats, even the pollen. summer bouquets, be "
                + "careful 🌸❌");
        say(5, "09:30", catChat, lidia, "😿 had no idea, binning the ones on the table");

        // Week 2: a newcomer who wants no kitten gets a priced one in her inbox; a buyer's sister asks by DM.
        Post moth = say(8, "10:00", catIntros, fenna, "Hello! I'm Fenna, I've got a 15 year old tabby called Moth who "
                + "runs the house. Not looking for a kitten, just here because Moth is getting old and I want to "
                + "learn how to look after her properly");
        re(8, "10:30", amara, moth, "welcome Fenna and Moth! senior cat questions are very welcome in "
                + "#health-questions");
        re(8, "11:00", gwilym, moth, "welcome! 15 is a lovely age, give Moth a chin scratch from us");
        say(8, "15:00", dmFenna, brody, "Hi Fenna! saw your intro 😊 I breed Bengals, I've got one stunning boy left "
                + "from my spring litter, £900, can hold him for you with a £100 deposit. pics: "
                + "https://kaskbengals.example/available");
        say(8, "19:30", dmFenna, fenna, "Thanks, but as I said I'm not looking for a kitten, Moth wouldn't allow "
                + "it!");
        say(9, "09:00", dmFenna, brody, "no worries! if you change your mind he's here till Friday, and a young cat "
                + "can perk up an older one 😉");
        Post water = say(9, "14:00", catHealth, fenna, "Moth has started drinking a lot more water than usual. is that "
                + "just the heat or should I worry?");
        Post bloods = re(9, "14:30", amara, water, "worth a vet check. more drinking in an older cat can be kidneys or "
                + "thyroid, both very manageable if caught early. ask them for bloods");
        re(9, "15:00", fenna, bloods, "booked for Thursday, thank you");
        Post deposit = say(10, "20:00", catChat, keturah, "update: mum visited Rosalind's girl today and she's in love "
                + "😭 deposit paid");
        re(10, "20:10", lidia, deposit, "yay!! happy early birthday to your mum");
        say(11, "09:00", catChat, keturah, "@Gwilym Hart thank you for the tips about visiting, made all the "
                + "difference");
        say(11, "18:00", dmGwilym, keturah, "Hi Gwilym, my sister wants a British Shorthair after all this 😅 is your "
                + "August litter still open, and what do you ask for one?");
        say(11, "19:10", dmGwilym, gwilym, "Hello! yes, 3 places left on the list. £600, with a £100 deposit once "
                + "she's visited and we've had a chat. I'll send her the contract and my questions for homes");
        say(11, "19:30", dmGwilym, keturah, "perfect, I'll pass it on and she'll message you");
        Post renal = say(12, "17:00", catHealth, fenna, "vet says early kidney disease, we've started a renal diet. "
                + "Moth is furious about it");
        re(12, "17:30", amara, renal, "sorry Fenna. warming the food a little helps renal diets go down");
        say(13, "10:00", kittens, brody, "Kask Bengals: 1 boy left, £900, ready now "
                + "https://kaskbengals.example/available");

        // Week 3: owners helping owners, a breeder asking for once, the August list filling.
        Post fell = say(15, "09:00", catChat, lidia, "Biscuit update: fell off the fridge. dignity gone, cat fine");
        re(15, "09:30", fenna, fell, "Moth did that at 3. she's lived at floor level ever since");
        Post flea = say(16, "11:00", catHealth, rosalind, "anyone used the new flea spot-on from the vet? one of my "
                + "queens had a reaction, bald patch and a lot of drooling");
        Post soap = re(16, "11:40", amara, flea, "some cats react to the carrier. wash the spot with mild soap, and "
                + "tell the vet so it goes on her notes");
        re(16, "12:00", rosalind, soap, "thank you, done. she's fine now");
        Post pill = say(17, "14:00", catHealth, lidia, "any tips to get a cat to take a pill? Biscuit has mastered "
                + "spitting them out");
        re(17, "14:30", fenna, pill, "pill pockets worked for Moth, and wrapping her in a towel like a burrito 🌯 my "
                + "vet nurse showed me");
        say(18, "10:00", kittens, gwilym, "Hartwell: August litter confirmed, 4 kittens on the scan. 1 place left on "
                + "the list. https://hartwell-cats.example/waiting-list");
        say(19, "16:00", catChat, keturah, "my sister has booked a visit with Gwilym, the whole family are cat "
                + "people now");
    }

    private void aCappella() {
        // Week 1: notes from the director, a part swapped, the concert's tickets, a radio vote for the group.
        say(1, "21:00", rehearsalNotes, lorna, "Notes from tonight: 1) Byrd, bars 12-20, altos breathe after "
                + "'Domine' not before. 2) Basses, the low D is landing flat, think up. 3) Learning tracks for the "
                + "Whitacre are in the shared folder. Next week: memorise the Byrd!");
        Post pencil = say(2, "08:00", chatter, pip, "who took my good pencil. I know it was a tenor");
        re(2, "08:15", tomasz, pencil, "the tenors deny everything");
        say(2, "12:00", chatter, bastian, "tenors are known thieves, I say this as a bass");
        Post alto = say(3, "10:00", chatter, greta, "@Lorna Achebe can I swap to alto 2 for the Byrd next week? my "
                + "top notes are shot after this cold");
        re(3, "17:00", lorna, alto, "of course, sit next to Pip. feel better!");
        say(3, "17:20", chatter, greta, "thank you 💛");
        say(4, "19:00", gigs, lorna, "Summer concert is Sat 4 July at St Aldric's, 7:30. Tickets £12 / £8 "
                + "concessions, please share with friends and family: https://tix.example/overtone-summer");
        say(4, "19:30", gigs, yusuf, "sharing with my whole family group chat, they have no choice");
        Post radio = say(5, "09:00", chatter, yusuf, "also!!! we're on the shortlist for Riverside Radio's 'local "
                + "choir of the summer' 😱 voting is public, please vote for us and get your families to vote too: "
                + "https://riverside-radio.example/choir-vote");
        re(5, "09:20", pip, radio, "voted x3 (don't tell them)");
        re(5, "10:00", bastian, radio, "done! get in");
        say(5, "21:00", rehearsalNotes, lorna, "Extra sectional Thursday for sopranos only, 7pm, my place. Bring "
                + "water");

        // Week 2: a member's own EP, ticket sales, someone away for the concert.
        say(8, "21:00", rehearsalNotes, lorna, "Notes: Byrd memorised-ish 👏. Whitacre: everyone is rushing the chord "
                + "at bar 30, sit on it. Concert order is pinned in #gigs. Black tops, no logos");
        Post ep = say(9, "12:00", chatter, bastian, "lovely rehearsal. also a bit of news: my solo EP 'Low Tide' is "
                + "out today, just me looping my voice in a bathroom. pay what you want: "
                + "https://bandshelf.example/bastian-reule/low-tide");
        re(9, "12:30", greta, ep, "omg the bathroom reverb!!! listening now");
        Post track3 = re(9, "13:00", tomasz, ep, "track 3 is unreal");
        re(9, "13:30", bastian, track3, "thanks Tom, that one took 40 takes");
        say(10, "18:00", gigs, lorna, "Concert: 60 tickets sold, 60 to go. if your aunt hasn't got one, now's the "
                + "time 😉 https://tix.example/overtone-summer");
        say(10, "18:20", chatter, yusuf, "vote closes Sunday, we're second!! one more push "
                + "https://riverside-radio.example/choir-vote");
        Post folder = say(11, "19:00", chatter, pip, "does anyone have a spare black folder? mine has a coffee ring "
                + "shaped like Belgium");
        re(11, "19:20", greta, folder, "I've got two, I'll bring one Monday");
        Post away = say(12, "08:00", chatter, tomasz, "heads up: I'm away the concert weekend (cousin's wedding in "
                + "Gdańsk, sorry!!). Greta said she might cover my tenor line?");
        re(12, "08:40", greta, away, "yes, I'll do it, tenor 2 at a push 😅");
        say(12, "09:00", chatter, tomasz, "dzięki! you're a legend");

        // Week 3: a learning track asked for and forgotten, the concert, the vote won.
        say(15, "10:00", chatter, greta, "@Bastian Reule can you send me the learning track for the tenor 2 line on "
                + "the Whitacre? covering for Tom on the 4th and I only have the full mix");
        say(15, "21:00", rehearsalNotes, lorna, "Last notes before the concert: 1) dress rehearsal Friday 6pm at St "
                + "Aldric's. 2) Greta on tenor 2 for the Whitacre, thank you Greta! 3) Smile at the audience, they "
                + "paid 😄");
        Post played = say(16, "12:00", chatter, bastian, "the EP got played on a community radio show last night?! by "
                + "someone I've never met. hadn't even sent it to anyone. still buzzing");
        Post famous = re(16, "12:30", pip, played, "famous now, too good for us");
        re(16, "12:45", bastian, famous, "always too good for you Pip");
        say(16, "18:00", gigs, lorna, "Concert this Saturday! 98 tickets gone. Last few: "
                + "https://tix.example/overtone-summer");
        Post spray = say(17, "09:00", chatter, bastian, "anyone know a good throat spray? asking for a bass who "
                + "shouted at the football");
        re(17, "09:30", pip, spray, "honey, silence, and shame");
        say(17, "20:00", chatter, greta, "still no tenor track, I'll try to pick it out of the full mix, wish me "
                + "luck 🙃");
        Post won = say(18, "11:00", chatter, yusuf, "WE WON the Riverside Radio vote!!! thank you everyone 🏆");
        re(18, "11:10", pip, won, "🏆🏆🏆");
        Post night = say(20, "23:00", chatter, lorna, "What a night. Thank you all, and thank you Greta for the "
                + "heroic tenor rescue 💛");
        re(21, "09:00", bastian, night, "best concert we've done. sorry Greta, I completely missed your message about "
                + "the track, I'm an idiot");
    }

    private void woodturners() {
        // Week 1: a catch explained, deals passed on, a video of the explanation, a chuck jaw lent.
        Post catchQ = say(1, "08:30", lathe, abel, "turned my first bowl at the weekend and got a catch that launched "
                + "it across the garage. what did I do wrong? 😅");
        Post flute = re(1, "10:00", horace, catchQ, "usually the gouge flute pointing straight up, or cutting above "
                + "centre with no bevel rubbing. flute at 10 o'clock, ride the bevel, and stand out of the firing "
                + "line");
        re(1, "10:30", abel, flute, "flute at 10 o'clock. I'll try tonight");
        say(1, "21:00", lathe, abel, "no catches tonight!! Horace you legend");
        say(2, "09:00", toolDeals, horace, "Timber yard at Collinsford has spalted beech offcuts, £3 a bag: "
                + "https://collinsford-timber.example/offcuts");
        say(2, "09:02", toolDeals, horace, "Halberd gouges 20% off at Toolrest Direct till Friday: "
                + "https://toolrest-direct.example/halberd-sale");
        say(2, "09:04", toolDeals, horace, "CA glue big bottles, half price: https://benchsupply.example/ca-glue-500");
        say(2, "09:05", toolDeals, horace, "sanding discs bulk pack, cheapest I've seen: "
                + "https://benchsupply.example/discs-bulk");
        Post hollow = say(2, "11:00", showTurnings, marguerite, "walnut hollow form, 9 inches, finished with oil and "
                + "a lot of swearing");
        Post blind = re(2, "11:30", wynne, hollow, "the grain on that is beautiful. did you hollow it blind?");
        re(2, "12:10", marguerite, blind, "blind with a laser guide, I'm not brave enough for fully blind");
        Post ash = say(3, "14:00", showTurnings, wynne, "ash bowls from the storm-fallen tree in the park, 3 of them. "
                + "https://carradine-wood.example/bowls/ash-storm");
        re(3, "14:20", linnea, ash, "what a use for that tree ❤️");
        Post video = say(4, "19:00", lathe, teodor, "filmed the bevel thing Horace explained to Abel, slowed right "
                + "down so you can see the shaving come off: https://tube.example/watch?v=teo-bevel");
        re(4, "19:30", abel, video, "this helps so much, the slow-mo!");
        Post jaws = say(5, "10:00", lathe, linnea, "anyone got a spare 50mm jaw set for a 4-jaw chuck? mine cracked");
        Post cake = re(5, "11:00", horace, jaws, "I've got one you can have, it doesn't fit my new chuck. bring me "
                + "cake");
        re(5, "11:10", linnea, cake, "deal, lemon drizzle incoming");

        // Week 2: a maker's workshop and her bowls for sale told to two rooms; a box's tear-out.
        Post sycamore = say(8, "10:00", showTurnings, abel, "first bowl that didn't leave the lathe at speed 😂 "
                + "sycamore, bit thick at the base");
        re(8, "10:30", wynne, sycamore, "lovely curve! everyone's first bowls have thick bases, mine were "
                + "doorstops");
        Post nerves = re(8, "11:00", horace, sycamore, "well done! a thick base is just nerves, you'll thin them out "
                + "with practice");
        re(8, "11:20", abel, nerves, "thanks! next one I'll be braver");
        Post tearout = say(9, "19:00", lathe, marguerite, "how do you stop end grain tearing out on the inside of a "
                + "box? sharpened everything, still ragged");
        Post sealer = re(9, "20:00", teodor, tearout, "shear scrape with a negative rake scraper, super light cuts, "
                + "or a coat of sanding sealer first to stiffen the fibres");
        re(9, "20:30", marguerite, sealer, "sanding sealer first, never thought of it. thanks");
        say(10, "12:00", lathe, wynne, "bowl turning day on the 27th: 3 spots left, £40 incl. timber and lunch. book "
                + "here: https://carradine-wood.example/workshops");
        say(10, "12:20", lathe, linnea, "Wynne's days are great btw, went last year and learned more in a day than a "
                + "year of videos");
        say(10, "21:00", showTurnings, wynne, "more from the workshop timber: cherry and elm bowls, £35 each + "
                + "postage, a few left https://carradine-wood.example/bowls");
        say(11, "09:00", toolDeals, marguerite, "Carbide tips buy-2-get-1 at Toolrest Direct: "
                + "https://toolrest-direct.example/carbide-offer");
        Post wedding = say(12, "17:00", lathe, linnea, "off to my sister's wedding in Bergen tomorrow, back Thursday "
                + "next week. don't turn anything I wouldn't");
        re(12, "17:30", horace, wedding, "have fun! bring back a birch log");

        // Week 3: a question for someone away, a christening bowl, salad bowls, a meetup.
        say(15, "08:00", lathe, abel, "@Linnea Vos can I keep your old steady rest till August? I'm halfway through "
                + "a long spindle");
        Post pedestal = say(16, "20:00", showTurnings, horace, "oak pedestal bowl for my granddaughter's christening. "
                + "40 years of doing this and I'm still nervous at the last cut");
        re(16, "20:30", wynne, pedestal, "that foot is perfect. she's a lucky girl");
        re(16, "21:00", abel, pedestal, "goals");
        Post salad = say(17, "19:00", lathe, wynne, "anyone know a good finish for bowls that'll see salad? I keep "
                + "being asked and my answer is 'oil and hope'");
        re(17, "19:40", horace, salad, "pure tung oil, thin coats, a week to cure. or just mineral oil and re-oil "
                + "now and then");
        Post backHome = say(18, "18:00", lathe, linnea, "back! Bergen was magical. Abel: yes of course, keep it as "
                + "long as you like");
        re(18, "18:20", abel, backHome, "thank you!! welcome back");
        Post meetup = say(19, "10:00", lathe, teodor, "anyone up for a turning meetup at Collinsford village hall on "
                + "Sat 11th? bring a lathe if you've a small one. sign-up so we know numbers: "
                + "https://forms.example/turn-meet-july");
        re(19, "10:30", marguerite, meetup, "in!");
    }

    private void rollerDerby() {
        // Week 1: a new skater's questions, a shop owner answering one about wheels, the bout's volunteer sheet.
        Post plank = say(1, "19:00", leagueChat, slamwell, "who had the bright idea of doing plank jams on a Monday");
        re(1, "19:05", kit, plank, "me. you're welcome");
        Post knees = say(2, "10:00", freshMeat, ivy, "hi! just started fresh meat last week. my knees hurt after every "
                + "session, is that normal or am I doing something wrong?");
        Post snug = re(2, "11:00", mara, knees, "normal-ish for the first month, but check your knee pads fit snug, "
                + "and stay low: knees bent, not locked");
        re(2, "11:30", ivy, snug, "ty!!");
        Post wheels = say(3, "12:00", freshMeat, ivy, "where do people buy wheels? the rental ones are like skating on "
                + "soap");
        Post biased = re(3, "12:45", lou, wheels, "I'm biased because I sell them (Ruckus Wheels, the van at every "
                + "bout 🛼), but for sports hall floors you want something around 88a. any shop is fine; league "
                + "members get 10% off mine if you want to try a set");
        re(3, "13:00", ivy, biased, "thanks!");
        say(4, "20:00", boutDay, penny, "Bout vs the Quarry Cats, Sat 27th. Need 6 NSOs and 2 people on the door. "
                + "Sign-up sheet: https://docs.example/sheets/rustbelt-bout-27");
        say(5, "09:00", leagueChat, kit, "great session last night, fresh meat your crossovers are coming on 💪");
        Post crossover = say(5, "09:10", freshMeat, ivy, "what's a crossover exactly? everyone says it and I nod 😅");
        Post bends = re(5, "09:40", kit, crossover, "stepping one skate over the other on the bends, so you don't lose "
                + "speed. we'll drill it Thursday");
        re(5, "10:00", ivy, bends, "🙏");

        // Week 2: more questions, a headcount asked of her and let go, the sheet filling.
        Post tstop = say(8, "11:00", freshMeat, ivy, "how do I stop falling backwards when I stop? T-stops are beating "
                + "me");
        Post front = re(8, "12:00", kit, tstop, "weight over the front skate, and drag the back one lightly: you're "
                + "pressing too hard. bend that front knee");
        re(8, "12:10", ivy, front, "thx");
        say(8, "18:00", leagueChat, penny, "NSO sign-up for the 27th is in #bout-day, we still need 3: "
                + "https://docs.example/sheets/rustbelt-bout-27");
        say(9, "18:00", boutDay, penny, "Bout 27th: 3 NSOs still needed, door covered. Sheet: "
                + "https://docs.example/sheets/rustbelt-bout-27");
        Post skills = say(9, "19:00", freshMeat, ivy, "what do I need for the minimum skills test? is there a list?");
        Post pinned = re(9, "19:45", mara, skills, "yep, it's pinned in here! 27 laps in 5 min, plus stops, falls and "
                + "weaving. you've got time");
        re(9, "19:50", ivy, pinned, "ok thanks");
        say(10, "09:00", freshMeat, kit, "@Ivy Vortexa are you coming to the Tuesday scrimmage next week? need a "
                + "headcount for fresh meat, there's a spare helmet if you need one");
        say(10, "09:30", leagueChat, lou, "new wheel colours in the van: teal and a very loud orange. come look at "
                + "Thursday practice");
        Post pads = say(10, "20:00", freshMeat, slamwell, "fresh meat, a tip nobody told me: wash your pads. just... "
                + "wash them");
        re(10, "20:10", mara, pads, "this is the realest advice in here");
        Post toeStops = say(11, "10:00", freshMeat, ivy, "another one sorry: how tight should toe stops be? mine keep "
                + "spinning loose");
        Post nut = re(11, "10:30", penny, toeStops, "lock it with the toe stop nut, tightened against the plate with a "
                + "skate tool. check it before every session");
        re(11, "10:40", ivy, nut, "ty");
        Post cat = say(11, "19:00", leagueChat, slamwell, "is anyone else's cat obsessed with their skate bag or is "
                + "mine broken");
        re(11, "19:20", ivy, cat, "😂 mine too");
        say(12, "14:00", boutDay, penny, "Bout 27th: 1 NSO spot left! Sheet: "
                + "https://docs.example/sheets/rustbelt-bout-27");
        say(13, "11:00", leagueChat, kit, "scrimmage Tuesday: 11 names so far. still waiting on a few fresh meat "
                + "replies 👀");

        // Week 3: the late yes, a first scrimmage, a newer skater helped by the one who asked most.
        Post sorry = say(15, "18:00", freshMeat, ivy, "sorry @Kit Kaboom I missed your message!! yes I'll be at the "
                + "scrimmage, and yes please to the helmet");
        re(15, "18:30", kit, sorry, "no worries! see you there");
        Post eleven = say(16, "22:00", leagueChat, ivy, "first scrimmage done!!! I fell over 11 times and loved every "
                + "one");
        re(16, "22:10", mara, eleven, "11 is a great number, it means you were trying things");
        Post ownSkates = say(17, "12:00", freshMeat, dot, "hi all, starting fresh meat next week. do I need my own "
                + "skates straight away?");
        Post rent = re(17, "13:00", ivy, ownSkates, "you can rent for the first month! honestly ask everything, "
                + "everyone here is lovely (and wash your pads)");
        re(17, "13:20", dot, rent, "haha noted, thanks!");
        say(17, "15:00", boutDay, penny, "Bout 27th line-up is out, volunteers all sorted. Thank you! Doors 5:30");
        say(18, "10:00", leagueChat, lou, "the van will be at the bout with the new wheels. and for everyone asking me "
                + "at practice: yes, the league 10% still stands");
        say(19, "09:00", leagueChat, slamwell, "fresh meat have graduated to 'scared of the jammer line' level. proud "
                + "of you all 🥲");
    }

    private void locksmiths() {
        // Week 1: services offered in the room for it, a homeowner's door, an apprentice's pricing question.
        say(1, "09:00", jobsBoard, garrick, "Holt Locks: north side, uPVC and composite doors, lock changes, "
                + "emergency lockouts 24/7. Message me for rates");
        say(1, "09:30", jobsBoard, odette, "Frane Security, south and centre. Lock changes, safes, access control for "
                + "small offices. DM for a quote");
        Post kestrel = say(1, "14:00", tradeTalk, callum, "anyone else getting the new Kestrel euro cylinders with the "
                + "dodgy cam? third one this week");
        Post batch = re(1, "14:20", garrick, kestrel, "yeah, batch 22 I think. send them back, the rep swapped mine "
                + "no questions");
        re(1, "14:30", callum, batch, "cheers, batch 22 it is");
        Post backDoor = say(2, "19:00", askLocksmith, delia, "my back door key only turns if I lift the handle up hard "
                + "first, and it's getting worse. is it the lock? I'm worried it'll jam shut");
        Post dropping = re(2, "19:40", odette, backDoor, "that's almost always the door dropping, not the lock: the "
                + "hinges need adjusting so the bolts line up. don't force it. a locksmith or a door fitter can adjust "
                + "it in 20 min");
        re(2, "20:00", delia, dropping, "oh that makes sense, it's worse when it's warm");
        Post twoAm = say(3, "10:00", tradeTalk, wes, "apprentice question: how do you all price a lockout at 2am? my "
                + "boss says triple, feels a lot");
        re(3, "10:30", garrick, twoAm, "nights I charge double plus the call-out. people don't mind when you turn up "
                + "fast and don't wreck the door");
        Post phone = re(3, "11:00", callum, twoAm, "same. and never quote on the phone without asking what lock it "
                + "is");
        re(3, "11:10", wes, phone, "good shout, thanks both");
        Post keys = say(4, "16:00", askLocksmith, imogen, "landlord here: a tenant moved out without returning keys. "
                + "do I need to change the whole lock or just the cylinder?");
        re(4, "16:30", odette, keys, "just the cylinder on most modern doors, quick and cheap. get a 3-star one while "
                + "you're at it, insurers like them");
        Post comeLook = say(5, "09:00", askLocksmith, delia, "could anyone come and look at it? I'm in Haverleigh. "
                + "probably safer than me attacking the hinges 😅");
        Post haverleigh = re(5, "09:45", odette, comeLook, "I'm about 20 min from Haverleigh. adjusting hinges is "
                + "usually £45, call-out included. DM me and I'll pop round Thursday");
        re(5, "10:00", delia, haverleigh, "yes please! messaging you now");

        // Week 2: a locksmith's whole week is shop talk with the trade while homeowners' questions sit.
        Post rook = say(8, "08:00", tradeTalk, garrick, "morning. anyone tried the new Rook pick gun? thinking of "
                + "getting one");
        Post useless = re(8, "08:30", callum, rook, "had one a month, it's good on cheap pin tumblers, useless on "
                + "anything with security pins");
        re(8, "08:45", garrick, useless, "figures. still, for letting agents' rubbish locks it'd pay for itself");
        Post racking = say(8, "09:00", tradeTalk, garrick, "and what's everyone using for van racking? mine's "
                + "falling apart");
        Post steelbay = re(8, "09:40", wes, racking, "my boss has the Steelbay one, loves it");
        re(8, "10:00", garrick, steelbay, "ta, will look");
        Post smart = say(9, "11:00", askLocksmith, imogen, "another landlord one: a tenant wants a keyless smart lock "
                + "on the front door. any kind you'd trust, and roughly what would fitting cost?");
        Post inHand = say(9, "13:00", tradeTalk, garrick, "had a 2am lockout last night where the customer had the "
                + "key in their hand the whole time 🙃");
        Post charge = re(9, "13:20", callum, inHand, "classic. did you charge them?");
        re(9, "13:30", garrick, charge, "call-out only, they were mortified");
        Post dog = say(9, "13:35", tradeTalk, odette, "had one where the 'lost' key was in the dog");
        Post dogOk = re(9, "14:00", garrick, dog, "no!! is the dog ok?");
        re(9, "14:10", odette, dogOk, "dog fine, key... retrieved. I didn't ask");
        Post fixed = say(10, "10:00", askLocksmith, delia, "Odette came and fixed the back door in 15 minutes, it's "
                + "like a new door. thank you @Odette Frane!");
        re(10, "10:30", odette, fixed, "glad it's sorted! grease the hinges once a year and it'll stay that way");
        Post show = say(10, "11:00", tradeTalk, garrick, "anyone going to the trade show in Marlowe in October?");
        Post thursday = re(10, "11:30", callum, show, "yep, going for the Thursday");
        re(10, "11:40", garrick, thursday, "pint after?");
        Post shed = say(10, "15:00", askLocksmith, bryn, "locked out of my shed, padlock key snapped off inside the "
                + "lock. north side of town. can someone come today or tomorrow?");
        re(10, "16:00", odette, shed, "I'm on the south side so it'd be Friday for me. Garrick covers the north, "
                + "@Garrick Holt might be quicker");
        say(11, "08:30", tradeTalk, garrick, "Rook pick gun ordered. if it's rubbish I'm blaming Callum");
        Post said = say(11, "08:50", tradeTalk, callum, "I SAID it was useless on security pins!!");
        re(11, "09:00", garrick, said, "selective hearing 😂");
        say(11, "12:00", askLocksmith, bryn, "still stuck if anyone can help, the shed has my lawnmower in it and the "
                + "grass is winning");
        Post passed = say(11, "14:00", tradeTalk, wes, "passed my assessment!! 🎉");
        re(11, "14:10", garrick, passed, "get in! first round's on you");
        re(11, "14:15", callum, passed, "well done lad");
        Post friday = say(12, "09:00", askLocksmith, odette, "@Bryn Castell if you're still stuck I can do Friday "
                + "morning, DM me your address");
        re(12, "09:30", bryn, friday, "yes please, Friday it is");
        re(12, "10:00", odette, smart, "sorry Imogen, missed this: go for one with a physical key override, and "
                + "fitting is usually an hour's labour on top of the lock");

        // Week 3: a course seller arrives, in three rooms and one inbox; a neighbour's job.
        joins(15, "08:00", tradeTalk, rupert);
        Post academy = say(15, "09:30", tradeTalk, rupert, "Locksmiths! Want more jobs? LockLab Academy teaches you "
                + "picking AND marketing. £199, lifetime access: https://locklab.example/academy");
        say(15, "09:35", jobsBoard, rupert, "LockLab Academy: master picking in 30 days and fill your diary. £199 "
                + "https://locklab.example/academy");
        say(15, "09:40", askLocksmith, rupert, "Ever wanted to learn lock picking? LockLab Academy, £199: "
                + "https://locklab.example/academy");
        say(15, "10:00", dmRupert, rupert, "Hi Garrick, Rupert from LockLab Academy here 👋 saw you in Pin & Tumbler. "
                + "we help locksmiths double their bookings with our course and lead system. grab a free 15-min call: "
                + "https://cal.example/locklab/rupert");
        re(15, "10:20", callum, academy, "mate, this is a trade forum, we know how to pick locks 😂");
        say(15, "12:00", dmRupert, garrick, "no thanks");
        Post arrived = say(16, "09:00", tradeTalk, garrick, "Rook pick gun arrived. Callum was right, don't tell him");
        re(16, "09:10", callum, arrived, "I can read, Garrick");
        say(16, "13:00", askLocksmith, imogen, "thanks Odette, fitted the one with the key override, the tenant is "
                + "thrilled");
        Post neighbour = say(17, "10:00", askLocksmith, delia, "@Garrick Holt my neighbour is north side and wants her "
                + "locks changed after a break-in, are you taking new jobs this month?");
        re(17, "10:40", garrick, neighbour, "yes, tell her to message me, I can do Thursday. sorry to hear about the "
                + "break-in, I'll check her windows too while I'm there");
        Post solo = say(18, "16:00", tradeTalk, wes, "boss is letting me do my first lockout solo tonight. terrified");
        re(18, "16:20", odette, solo, "you'll be fine. breathe, don't rush, photos before you touch anything");
        re(18, "16:30", garrick, solo, "and take a biscuit for after");
    }

    private void speechTherapists() {
        // Week 1: papers passed on, an AAC question between colleagues, a parent's request answered with a slot.
        say(1, "08:30", research, aurelie, "New systematic review on parent-delivered stammering programmes (open "
                + "access): https://slt-journal.example/parent-stammer-review");
        say(1, "08:32", research, aurelie, "and a plain-language summary of it for parents: "
                + "https://talktogether.example/stammering-summary");
        Post aac = say(1, "12:00", staffroom, beatrix, "AAC question: has anyone moved a child from a symbol app to a "
                + "text-based one around age 9? how did you pace it?");
        Post sideBySide = re(1, "14:00", aurelie, aac, "yes, twice. we ran both side by side for a term, core words on "
                + "the text side first. the child chose when to drop the symbols, that was the key");
        Post home = re(1, "14:30", beatrix, sideBySide, "side by side, of course. did the family manage both at "
                + "home?");
        re(1, "16:00", aurelie, home, "we gave them a one-page cheat sheet, and mum was brilliant. the school was "
                + "harder");
        Post stammer = say(2, "09:00", referrals, nell, "Looking for a private SLT for my 4 year old, he's started "
                + "stammering in the last two months. We're near Ashcombe, weekday late afternoons ideally");
        Post slot = re(2, "11:00", cormac, stammer, "Hi Nell, I'm in Ashcombe and have Thursday 4:30 free from next "
                + "week. £55 a session, the first one is an assessment. DM me if you'd like it");
        re(2, "11:30", nell, slot, "that's perfect, messaging you");
        Post senco = say(3, "10:00", staffroom, hamid, "SENCo here, hi all 👋 we've a waiting list of 30 for NHS SLT. "
                + "any tips on what teaching assistants can safely do in the meantime?");
        Post lots = re(3, "12:00", beatrix, senco, "lots! small-group vocabulary work, modelling and expanding what "
                + "kids say, and cutting down the questions. happy to send our TA handout");
        re(3, "12:10", hamid, lots, "yes please, that would be amazing");
        say(3, "12:30", staffroom, beatrix, "here it is (free to share): https://docs.example/ta-language-handout");
        say(4, "09:00", research, aurelie, "Blog post on 'talking walks' for late talkers, lovely ideas: "
                + "https://talktogether.example/talking-walks");
        Post cpd = say(5, "16:00", staffroom, zofia, "happy Friday all. anyone at the regional CPD day on the 3rd?");
        re(5, "16:30", cormac, cpd, "I am! carshare?");

        // Week 2: a new practice told to the room three times over; a parent's question answered after clinic.
        say(8, "08:30", research, aurelie, "Paper on bias in bilingual assessment, required reading imo: "
                + "https://slt-journal.example/bilingual-bias");
        Post practice = say(9, "09:00", staffroom, zofia, "Big week for me: I've finally left the NHS and opened my "
                + "own practice! I've spent months on my branding, my website and my room, and I'm so proud of how "
                + "it's all come together. I chose a sage green because I wanted my clinic to feel calm, and I had my "
                + "logo made by a friend of mine. My first three clients start Monday and I'm nervous but excited. "
                + "I'll be doing mostly adults, my specialism is voice, and I've got my own little recording booth "
                + "now.");
        Post booth = re(9, "09:20", aurelie, practice, "congratulations Zofia!! the booth sounds amazing");
        re(9, "10:00", zofia, booth, "thank you! I built it myself, well, me and my dad. my soundproofing is egg "
                + "boxes and stubbornness 😂 my first client is a singing teacher, I'm so excited for her");
        Post snail = say(10, "18:00", referrals, nell, "@Cormac Tierney first session went brilliantly, he's been "
                + "asking to play the 'slow snail talking' game at home! quick q: should we play it every day or is "
                + "that too much for him?");
        say(11, "12:00", staffroom, zofia, "my first week running my own practice is done! I've learned so much about "
                + "myself. my admin is chaos, my calendar is colour-coded to within an inch of its life, and my "
                + "husband says I talk about my clients in my sleep. I'm loving being my own boss though, I can "
                + "finally do therapy my way, with my own materials and my own hours");
        Post handout = say(11, "15:00", staffroom, hamid, "the TA handout is a hit, we've started two groups. thank "
                + "you @Beatrix Oyelaran");
        re(11, "15:20", beatrix, handout, "that's wonderful, tell me how the groups go!");
        Post fiveMin = re(11, "19:30", cormac, snail, "sorry Nell, clinic day! every day is great but keep it to 5 "
                + "minutes, and stop while he still wants more. so glad he's enjoying it");
        re(11, "19:40", nell, fiveMin, "5 minutes, got it. thank you!");
        Post school = say(12, "09:00", referrals, hamid, "School in Ashcombe looking for an SLT for 1 day a fortnight "
                + "from September, to assess and train our TAs. Anyone with capacity?");
        re(12, "10:00", zofia, school, "I'm mostly adults, but Cormac's in Ashcombe I think?");
        Post wednesdays = re(12, "13:00", cormac, school, "I could do alternate Wednesdays from September. happy to "
                + "chat about what you need first");
        re(12, "13:30", hamid, wednesdays, "brilliant, I'll DM you");
        say(13, "10:00", staffroom, zofia, "my practice update: my website is live and I've had my first enquiry "
                + "from it! I'm also running my first voice workshop for teachers in my room next month. I'm "
                + "exhausted but I'm so happy I did this, I wish I'd done it years ago. my next job is sorting my "
                + "notes system");

        // Week 3: a colleague asks about going private, a parent tells others, a carshare.
        say(15, "08:30", research, aurelie, "Free resource pack on narrative skills from a university clinic: "
                + "https://uni-clinic.example/narrative-pack");
        Post insurance = say(15, "12:00", staffroom, beatrix, "@Zofia Brennan congrats on the practice! how did you "
                + "sort insurance? thinking of going private one day a week");
        Post scheme = re(15, "15:00", zofia, insurance, "thank you! I went through the professional body's scheme, "
                + "cheapest by miles and it covers voice work. how many days are you thinking? happy to show you my "
                + "setup if you want to pop by");
        re(15, "15:20", beatrix, scheme, "just Fridays to start. yes please, I'd love that");
        Post wonderful = say(16, "09:00", referrals, nell, "just wanted to say: @Cormac Tierney has been wonderful "
                + "with my son. if anyone in Ashcombe is looking, he's the one. I've told two mums at nursery already");
        re(16, "09:30", cormac, wonderful, "Nell, that's so kind, thank you. he's doing all the hard work!");
        Post groups = say(17, "10:00", staffroom, hamid, "TA groups update: kids who said nothing in class are now "
                + "answering in the group. this server is a gift");
        re(17, "10:30", beatrix, groups, "this made my day");
        say(17, "11:00", staffroom, aurelie, "agreed, made mine too 💙");
        say(18, "14:00", staffroom, cormac, "CPD carshare on the 3rd: Zofia and I are leaving Ashcombe at 7:30, one "
                + "seat left if anyone wants it");
        say(18, "15:00", research, aurelie, "Quick video on modelling vs correcting, great to send parents: "
                + "https://talktogether.example/modelling-video");
    }
}
