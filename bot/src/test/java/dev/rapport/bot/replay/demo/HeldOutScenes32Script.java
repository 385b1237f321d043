package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 32 (sealed): eight communities of kinds no earlier round used (arborists, sign painters, tarot
 * readers, skateboarders, estate agents, sign-language interpreters, a disc golf club, a canoe club), over three ISO
 * weeks (2026-W30 to W32), written and labelled by writer32 before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-32.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes32Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 7, 20);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 8, 10, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. arborists ---
    private final String canopy = cast.guild(611);
    private final Channel treeTalk = cast.channel(canopy, "Canopy Crew Collective", "tree-talk",
            "general chat for climbers and groundies", "arb-tree-talk.json");
    private final Channel gearHelp = cast.channel(canopy, "Canopy Crew Collective", "gear-help",
            "ropes, hitches, saws, PPE: ask away", "arb-gear-help.json");
    private final Channel arbJobs = cast.channel(canopy, "Canopy Crew Collective", "jobs-board",
            "crews: post work you need covered or your availability", "arb-jobs-board.json");
    private final Persona hollis = cast.person("hollis.climbs", "Hollis Ferrand");
    private final Persona nadia = cast.person("nadia_o", "Nadia Okafor");
    private final Persona teodor = cast.person("teo.vance", "Teodor Vance");
    private final Persona ellery = cast.person("ellery.m", "Ellery Marsh");
    private final Persona bex = cast.person("bex.tamura", "Bex Tamura");
    private final Persona gus = cast.person("gus_whit", "Gus Whitlock");
    private final Channel dmNadia = cast.dm(nadia, "arb-dm-nadia-okafor.json");

    // --- B. sign painters ---
    private final String brush = cast.guild(612);
    private final Channel shopTalk = cast.channel(brush, "Brush & Enamel Guild", "shop-talk",
            "brushes, enamels, gilding, gossip", "sign-shop-talk.json");
    private final Channel showSigns = cast.channel(brush, "Brush & Enamel Guild", "show-your-signs",
            "post your own boards, windows and practice sheets", "sign-show-your-signs.json");
    private final Channel signCommissions = cast.channel(brush, "Brush & Enamel Guild", "commissions",
            "painters: post open slots. clients: tell us what you need painted", "sign-commissions.json");
    private final Persona marguerite = cast.person("marguerite.d", "Marguerite Dossou");
    private final Persona caspian = cast.person("caspian_r", "Caspian Reyes");
    private final Persona juno = cast.person("juno.abara", "Juno Abara");
    private final Persona fitz = cast.person("fitz.letters", "Fitz Okoro");
    private final Persona lorna = cast.person("lorna.pike", "Lorna Pike");
    private final Persona wim = cast.person("wim_h", "Wim Haverkamp");
    private final Channel dmCaspian = cast.dm(caspian, "sign-dm-caspian-reyes.json");

    // --- C. tarot readers ---
    private final String moonTable = cast.guild(613);
    private final Channel readingsChat = cast.channel(moonTable, "The Moon Table", "readings-chat",
            "spreads, decks, symbolism, questions", "tarot-readings-chat.json");
    private final Channel cardOfDay = cast.channel(moonTable, "The Moon Table", "card-of-the-day",
            "one card a day: post your own pull and a line about it", "tarot-card-of-the-day.json");
    private final Channel tarotWelcome = cast.channel(moonTable, "The Moon Table", "introductions",
            "introduce yourself!", "tarot-introductions.json");
    private final Persona solenne = cast.person("solenne.a", "Solenne Abbot");
    private final Persona rook = cast.person("rook.reads", "Rook Delacroix");
    private final Persona mireille = cast.person("mireille_t", "Mireille Tan");
    private final Persona dash = cast.person("dash.k", "Dash Kowalczyk");
    private final Persona ines = cast.person("ines.pardo", "Ines Pardo");
    private final Persona tavi = cast.person("tavi.b", "Tavi Brennagh");
    private final Channel dmTavi = cast.dm(tavi, "tarot-dm-tavi-brennagh.json");

    // --- D. skateboarders ---
    private final String ledge = cast.guild(614);
    private final Channel sessionChat = cast.channel(ledge, "Ledge Lab", "session-chat",
            "who's skating where, general chat", "skate-session-chat.json");
    private final Channel clips = cast.channel(ledge, "Ledge Lab", "clips",
            "post your own clips and parts", "skate-clips.json");
    private final Channel spots = cast.channel(ledge, "Ledge Lab", "spots",
            "spot reports, busts, new builds", "skate-spots.json");
    private final Persona kofi = cast.person("kofi.m", "Kofi Mensah");
    private final Persona lyle = cast.person("lyle_ash", "Lyle Ashdown");
    private final Persona sunny = cast.person("sunny.v", "Sunny Vartanian");
    private final Persona marisol = cast.person("marisol.o", "Marisol Ortega");
    private final Persona pip = cast.person("pip.h", "Pip Hargreave");
    private final Persona zeke = cast.person("zeke.odum", "Zeke Odum");
    private final Channel dmPip = cast.dm(pip, "skate-dm-pip-hargreave.json");

    // --- E. estate agents ---
    private final String lounge = cast.guild(615);
    private final Channel agentsLounge = cast.channel(lounge, "Agents' Lounge", "lounge",
            "general chat for agents and negotiators", "agents-lounge.json");
    private final Channel marketChat = cast.channel(lounge, "Agents' Lounge", "market-chat",
            "prices, stock levels, mortgage rates", "agents-market-chat.json");
    private final Channel referrals = cast.channel(lounge, "Agents' Lounge", "referrals",
            "out-of-area buyers and sellers to pass on", "agents-referrals.json");
    private final Persona desmond = cast.person("des.achterberg", "Desmond Achterberg");
    private final Persona fenella = cast.person("fenella.s", "Fenella Stroud");
    private final Persona rashida = cast.person("rashida.k", "Rashida Kone");
    private final Persona barnaby = cast.person("barnaby.q", "Barnaby Quist");
    private final Persona olu = cast.person("olu.adeyemi", "Olu Adeyemi");
    private final Persona celestine = cast.person("celestine.m", "Celestine Moray");
    private final Channel dmCelestine = cast.dm(celestine, "agents-dm-celestine-moray.json");

    // --- F. sign-language interpreters ---
    private final String handsUp = cast.guild(616);
    private final Channel staffroom = cast.channel(handsUp, "Hands Up Interpreters Network", "staffroom",
            "chat, venting, vocab questions", "bsl-staffroom.json");
    private final Channel cpd = cast.channel(handsUp, "Hands Up Interpreters Network", "cpd",
            "training, mentoring and CPD events", "bsl-cpd.json");
    private final Channel jobShares = cast.channel(handsUp, "Hands Up Interpreters Network", "job-shares",
            "bookings you can't cover, co-workers wanted, clients looking for interpreters", "bsl-job-shares.json");
    private final Persona aurelie = cast.person("aurelie.b", "Aurelie Bastien");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona signe = cast.person("signe.l", "Signe Lindqvist");
    private final Persona tobiah = cast.person("tobiah.f", "Tobiah Fenwick");
    private final Persona mehreen = cast.person("mehreen.q", "Mehreen Qadir");
    private final Persona rosalind = cast.person("rosalind.c", "Rosalind Crewe");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");
    private final Channel dmRosalind = cast.dm(rosalind, "bsl-dm-rosalind-crewe.json");

    // --- G. disc golf ---
    private final String chains = cast.guild(617);
    private final Channel courseChat = cast.channel(chains, "Chain Rattlers DGC", "course-chat",
            "rounds, courses, league banter", "dg-course-chat.json");
    private final Channel bagCheck = cast.channel(chains, "Chain Rattlers DGC", "bag-check",
            "show your bag", "dg-bag-check.json");
    private final Channel buySell = cast.channel(chains, "Chain Rattlers DGC", "buy-sell-trade",
            "used discs and bags, members only", "dg-buy-sell-trade.json");
    private final Persona dale = cast.person("dale.pruitt", "Dale Pruitt");
    private final Persona winnie = cast.person("winnie.c", "Winnie Castellanos");
    private final Persona mo = cast.person("mo.farrant", "Mo Farrant");
    private final Persona yusuf = cast.person("yusuf.b", "Yusuf Bello");
    private final Persona annika = cast.person("annika.s", "Annika Strand");
    private final Persona cole = cast.person("cole.dyes", "Cole Benning");
    private final Persona reggie = cast.person("reggie.t", "Reggie Thwaite");
    private final Channel dmReggie = cast.dm(reggie, "dg-dm-reggie-thwaite.json");

    // --- H. canoe club ---
    private final String riverbend = cast.guild(618);
    private final Channel clubhouse = cast.channel(riverbend, "Riverbend Canoe Club", "clubhouse",
            "general club chat", "canoe-clubhouse.json");
    private final Channel trips = cast.channel(riverbend, "Riverbend Canoe Club", "trips",
            "trip plans and sign-ups", "canoe-trips.json");
    private final Channel kitSwap = cast.channel(riverbend, "Riverbend Canoe Club", "kit-swap",
            "lend, borrow, swap club and personal kit", "canoe-kit-swap.json");
    private final Persona gwendolyn = cast.person("gwen.pryce", "Gwendolyn Pryce");
    private final Persona arlo = cast.person("arlo.q", "Arlo Quayle");
    private final Persona beatrix = cast.person("bea.nwosu", "Beatrix Nwosu");
    private final Persona hamza = cast.person("hamza.r", "Hamza Rahimi");
    private final Persona sefton = cast.person("sefton.b", "Sefton Blake");
    private final Persona imogen = cast.person("imogen.f", "Imogen Faraday");
    private final Persona lars = cast.person("lars.ek", "Lars Ekdahl");
    private final Channel dmHamza = cast.dm(hamza, "canoe-dm-hamza-rahimi.json");

    private HeldOutScenes32Script() {
        super(new SceneIds(23600), FIRST_MONDAY, 21);
        arborists();
        signPainters();
        tarot();
        skaters();
        estateAgents();
        interpreters();
        discGolf();
        canoeClub();
    }

    /** File name to content of every channel of the round. */
    static Map<String, String> files() {
        return new HeldOutScenes32Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-32"), files(),
                "held-out round 32");
    }

    private void arborists() {
        // Week 1: the club comp, a binding hitch, a clearance sale, a chain that jumps, a shadowing offer.
        say(1, "08:40", treeTalk, ellery, "Morning crew. Reminder the club climbing comp is Sat 8 Aug at Hawthorn "
                + "Park, put your name in so we can sort ropes and judges: https://forms.example/canopy-comp-aug");
        Post inComp = say(1, "09:15", treeTalk, hollis, "in. judging or climbing, whatever you need");
        re(1, "09:30", ellery, inComp, "climbing, obviously, someone has to lose to Bex 😂");
        Post binding = say(1, "12:10", gearHelp, nadia, "first week on a crew, my friction hitch keeps binding on "
                + "the way down and I end up jerking it. tried re-dressing it twice, still sticks");
        Post cord = re(1, "13:05", hollis, binding, "what cord and what rope? sounds like the cord's too fat for "
                + "the line. also check the bends are dressed flat and the pulley isn't pinching it");
        re(1, "13:20", nadia, cord, "8mm on 11.7 I think? thank you!!");
        say(2, "07:55", treeTalk, teodor, "Summer clearance at the shop: 20% off all climbing lines and lanyards "
                + "till Sunday → https://vancerigging.example/clearance");
        Post heat = say(2, "08:30", treeTalk, bex, "anyone else's ground crew refusing to work past 2pm in this "
                + "heat? mine have mutinied lol");
        re(2, "08:41", gus, heat, "no ground crew 4 me, just me and a pole saw 💀");
        re(2, "09:02", ellery, heat, "start at 6, finish at 1. it's the only way in July");
        say(3, "19:10", gearHelp, hollis, "@Nadia Okafor how did the 8mm go today? if it's still binding try a "
                + "Distel with one less wrap");
        say(3, "19:40", gearHelp, nadia, "way better with 3 wraps!! thanks Hollis");
        Post chain = say(3, "20:15", gearHelp, gus, "chain on my top handle keeps coming off after 10 mins, "
                + "tension looks fine?");
        Post rails = re(4, "07:20", nadia, chain, "had that last week, the bar rails were worn and the chain was "
                + "riding loose. check the groove with a coin, mine needed a new bar");
        re(4, "08:00", gus, rails, "🙏");
        Post marlow = say(4, "12:00", arbJobs, bex, "Need a climber for a sectional fell near Marlow, Thu 30th, "
                + "day rate as usual, DM me if free");
        re(4, "12:30", hollis, marlow, "I'm free Thursday, messaged you");
        say(5, "16:45", gearHelp, teodor, "last days of the clearance, harnesses in it too now: "
                + "https://vancerigging.example/clearance");
        Post ascender = say(5, "17:00", gearHelp, bex, "anyone tried the new hinged ascender thing everyone's "
                + "raving about? looks fiddly");
        re(5, "17:40", teodor, ascender, "tried one at a trade day. fiddly with gloves on, fine barehanded. I'd "
                + "wait for v2");
        say(6, "10:00", dmNadia, hollis, "Hey, if you want to see a proper rigging job we're taking a big beech "
                + "down on Tuesday in Cookham. happy for you to shadow if your boss is ok with it");
        say(6, "11:30", dmNadia, nadia, "omg yes please. what time?");
        say(6, "11:45", dmNadia, hollis, "7:30 at the lay-by on the B road, bring your helmet and lunch");
        say(6, "11:50", dmNadia, nadia, "see you there!!");

        // Week 2: comp numbers, Hollis away at the Arb Games, a vote for Gus's photo, split tails.
        say(8, "09:00", treeTalk, ellery, "Comp sign-ups: 14 names so far, we need 6 more for it to run. "
                + "https://forms.example/canopy-comp-aug");
        Post beech = say(8, "10:15", treeTalk, nadia, "shadowed a beech takedown last week with Hollis, my brain "
                + "is full. the rigging!!");
        re(8, "10:30", bex, beech, "wait till you see a speedline 😎");
        say(9, "08:00", treeTalk, hollis, "off to the Arb Games in Shropshire till Monday, behave 🌳");
        say(9, "11:20", treeTalk, gus, "hey all, my climbing photo made the shortlist in the Treetop Mag reader "
                + "comp, would mean loads if you voted for it 🙏 https://treetopmag.example/vote/entry-118");
        Post splitTails = say(9, "14:00", gearHelp, bex, "where do people get split tails in the UK now? my usual "
                + "place stopped doing them");
        Post stock = re(9, "14:25", teodor, splitTails, "I stock them, £14 each in 8 or 10mm: "
                + "https://vancerigging.example/split-tails. the rope place in Bristol does them too if you'd "
                + "rather");
        re(9, "14:40", bex, stock, "ordered two, cheers");
        say(10, "09:30", gearHelp, bex, "@Hollis Ferrand what friction hitch do you run on 11mm when it's wet? I "
                + "know you're away, whenever");
        say(10, "13:00", gearHelp, gus, "pls vote for my entry if you haven't already, only 2 days left "
                + "https://treetopmag.example/vote/entry-118");
        say(10, "13:20", gearHelp, nadia, "Gus this is the gear channel mate 😅");
        Post groundie = say(11, "18:00", arbJobs, nadia, "anyone need a groundie Sat? trying to get more hours in");
        re(11, "19:10", bex, groundie, "yes! chipping job in Henley, 8am, I'll DM you");
        say(12, "12:00", treeTalk, teodor, "anyone going to the Arb Games? I'm on the stand Sat, come say hi");
        say(12, "12:30", treeTalk, ellery, "Hollis is there already, he'll be the one on the speed climb crying");

        // Week 3: Hollis is back, the comp's last call, throw bags.
        Post back = say(15, "08:10", gearHelp, hollis, "Back! Bex: Distel on 8mm cord, 4 wraps when it's wet, "
                + "and keep it clean. Came 5th btw 😤");
        re(15, "08:30", bex, back, "5th!! legend. and cheers");
        say(15, "09:00", treeTalk, ellery, "Last call for the comp on Sat 8th, sheet closes Wednesday: "
                + "https://forms.example/canopy-comp-aug");
        Post didnt = say(16, "10:00", treeTalk, gus, "didn't win lol. thanks to whoever voted");
        re(16, "10:05", nadia, didnt, "next year!");
        Post throwBag = say(17, "14:00", gearHelp, nadia, "what do people use for a throw weight in dense crowns? "
                + "mine keeps snagging");
        re(17, "15:30", hollis, throwBag, "smaller bag, 10oz, and a 2mm line. and pull straight down before you "
                + "flick");
        say(17, "15:45", gearHelp, nadia, "thanks!!");
        say(18, "11:00", gearHelp, teodor, "new stock of throw bags in if anyone's after one, 10oz and 12oz: "
                + "https://vancerigging.example/throw-bags");
        say(19, "17:00", arbJobs, hollis, "Available for climbing work weeks of 17th and 24th Aug, Berks/Bucks. DM.");
        say(20, "09:30", treeTalk, bex, "comp's Saturday!! 🌳🪢");
    }

    private void signPainters() {
        // Week 1: the Leicester meet, a café window wanted, honey enamel, leaning S's.
        Post meet = say(1, "10:00", shopTalk, marguerite, "who's going to the letterheads meet in Leicester? I'll "
                + "bring the gilding kit if people want a go");
        re(1, "10:40", fitz, meet, "going! bring the 23.5 leaf, I want to finally try a burnish");
        say(1, "11:05", shopTalk, lorna, "same, driving up Friday night");
        Post window = say(2, "09:15", signCommissions, juno, "Hi all 👋 I run a small café in Hebden Bridge and we "
                + "want our window hand-lettered (name + a little coffee cup). Does anyone here do that? budget "
                + "flexible-ish");
        Post honey = say(2, "13:30", shopTalk, wim, "enamel in this heat is like painting with honey");
        Post penetrol = re(2, "13:45", lorna, honey, "add a drop of penetrol and work in the morning");
        re(2, "14:00", wim, penetrol, "penetrol! forgot I had some");
        Post quote = re(3, "08:20", fitz, window, "Hi Juno! that's my kind of job. Windows like that usually run "
                + "£380-£450 with a gilded outline, less without. Portfolio: https://fitzletters.example/windows. "
                + "I'm in Todmorden so not far");
        Post measure = re(3, "09:00", juno, quote, "oh these are gorgeous. could you come measure next week?");
        Post tuesday = re(3, "09:20", fitz, measure, "Tuesday afternoon work?");
        re(3, "09:35", juno, tuesday, "perfect ✨");
        Post leaning = say(4, "19:00", showSigns, wim, "practice sheet from tonight, my S's still lean like "
                + "they've had a pint");
        re(4, "19:15", marguerite, leaning, "they lean consistently though, that's half of it. turn the sheet "
                + "not your wrist");
        Post oneShot = say(5, "12:00", shopTalk, lorna, "anyone got a good source for one-shot in bulk? my "
                + "supplier's doubled prices");
        re(5, "16:00", marguerite, oneShot, "the place in Sheffield does 10% off for 6+ tins, they're not online, "
                + "ring them");
        say(5, "16:20", shopTalk, lorna, "ta");

        // Week 2: Caspian arrives, a cold mentoring offer, his first board, the gilding weekend, the window done.
        Post hello = say(8, "09:00", shopTalk, caspian, "Hello! new here, I'm Caspian, teaching myself lettering "
                + "from books since spring. Mostly casual brush on scrap boards. Hi 👋");
        Post which = re(8, "09:30", marguerite, hello, "welcome! books are a great start. which ones?");
        re(8, "10:05", caspian, which, "the Atkinson one and a lot of youtube");
        say(8, "12:00", shopTalk, wim, "welcome Caspian 🖌️");
        say(9, "15:20", dmCaspian, lorna, "hey Caspian! saw you're starting out. I do 1:1 brush mentoring over "
                + "video, £60 an hour, first one half price. book here: https://lornaletters.example/book");
        say(9, "18:00", dmCaspian, caspian, "oh, thanks! I'm ok for now, just practising from books");
        Post board = say(10, "11:00", showSigns, caspian, "first ever real board, for my mum's allotment. be "
                + "honest, what's off?");
        re(10, "11:40", fitz, board, "spacing between the T and the O is wide, otherwise lovely. your strokes "
                + "are confident");
        Post chalk = re(10, "12:10", marguerite, board, "agree with Fitz. also your cap height wanders, snap a "
                + "chalk line next time");
        re(10, "12:30", caspian, chalk, "chalk line!! that's so obvious now. thank you both");
        Post teach = say(11, "14:00", shopTalk, caspian, "Marguerite do you ever teach? would love to learn "
                + "gilding properly");
        re(11, "14:45", marguerite, teach, "I run a two-day gilding weekend in September in Halifax, details "
                + "here: https://dossousigns.example/gilding-weekend. no pressure, the free videos on the guild "
                + "wiki cover a lot too");
        say(11, "15:00", shopTalk, caspian, "signed up!! 🙌");
        Post cafe = say(12, "17:00", showSigns, fitz, "Juno's café window, done today ☕ "
                + "https://fitzletters.example/windows/hebden-cafe");
        cafe.react("😍", juno, marguerite);
        re(12, "17:20", wim, cafe, "that cup steam is 🔥");

        // Week 3: Juno comes back for more and waits while the painters talk among themselves.
        Post matte = say(15, "10:00", shopTalk, wim, "anyone tried the new matte clear? reviews are split");
        re(15, "10:45", fitz, matte, "yellowed on me after a month outside. stick with the old one");
        say(16, "09:10", signCommissions, juno, "@Fitz Okoro you did our window last week and customers keep "
                + "asking who painted it! I sent the bakery next door your way. Could you also do us a chalk "
                + "A-board? what would that cost?");
        Post sorted = say(16, "13:00", shopTalk, fitz, "Wim did you ever sort the honey-enamel problem?");
        re(16, "13:20", wim, sorted, "penetrol, Lorna's tip. works a treat");
        Post lift = say(17, "10:00", shopTalk, fitz, "off to Leicester for the meet Friday, anyone want a lift?");
        re(17, "10:30", lorna, lift, "me! 🙋");
        say(17, "18:00", shopTalk, lorna, "honestly the meet is the only time I see people who aren't clients 😂");
        say(18, "09:00", signCommissions, juno, "no rush on the A-board btw, whenever you're back");
        Post number = say(19, "20:00", showSigns, marguerite, "gilded house number from this week, 23.5 on black");
        re(19, "20:30", caspian, number, "this is unreal");
        say(20, "21:00", shopTalk, fitz, "back from Leicester, what a weekend. Marguerite's burnish demo 👑");
    }

    private void tarot() {
        // Week 1: daily pulls, reversals (an answer with a plug on it), the group study poll.
        say(1, "09:00", cardOfDay, mireille, "Three of Cups 🥂 friends day, apparently");
        say(1, "09:30", cardOfDay, dash, "Page of Wands. new idea incoming??");
        Post reversals = say(1, "20:00", readingsChat, ines, "how do you all read reversals? I feel like I just "
                + "read them as 'the bad version' and it's boring");
        say(2, "09:05", cardOfDay, mireille, "Hermit again. the deck is telling me to stay in 🙃");
        re(2, "10:30", rook, reversals, "think of a reversal as the energy blocked or turned inward, not the "
                + "opposite. the Hermit reversed is loneliness, not 'extrovert'. also, my 3-card readings are £15 "
                + "this week only if you want to see how I use them: https://rookreads.example/book");
        Post neighbours = re(2, "11:00", solenne, reversals, "I don't read reversals at all, I let the "
                + "neighbouring cards do that work. both are fine!");
        re(2, "19:00", ines, neighbours, "¡gracias! lo probaré esta noche. the neighbours idea is nice");
        say(3, "09:00", cardOfDay, mireille, "Ace of Pentacles, payday is Friday so 👀");
        say(3, "12:00", readingsChat, solenne, "Group study next month: which deck should we all work through? poll "
                + "is pinned, closes Sunday 🌙");
        Post thoth = say(3, "12:15", readingsChat, dash, "voted Thoth, fight me");
        re(3, "12:20", mireille, thoth, "THOTH?! in this economy?");
        say(4, "09:00", cardOfDay, mireille, "Eight of Swords. ok I hear you");
        Post cleanse = say(4, "18:00", readingsChat, dash, "does anyone cleanse decks or is that just vibes");
        re(5, "08:00", mireille, cleanse, "vibes, but nice vibes. I shuffle it like mad and knock on it");
        say(5, "09:00", cardOfDay, mireille, "Star ✨");
        Post fullMoon = say(6, "11:00", readingsChat, rook, "full moon tonight 🌕 anyone doing a spread?");
        re(6, "11:30", ines, fullMoon, "yes! the 5 card one from the pinned doc");

        // Week 2: Tavi arrives and gets a priced DM, a Hermit that won't leave, the poll result.
        say(8, "09:00", cardOfDay, mireille, "Tower. great. love that for me");
        say(8, "09:20", cardOfDay, dash, "Tower buddies 🫠");
        Post tavihi = say(9, "17:00", tarotWelcome, tavi, "hi! I'm Tavi, just got my first deck (Rider Waite, "
                + "classic) and want to learn to read for myself and maybe friends. no idea what I'm doing");
        re(9, "17:30", solenne, tavihi, "welcome Tavi! the pinned beginner list in readings-chat is a good start, "
                + "and card-of-the-day is a lovely habit");
        re(9, "18:10", mireille, tavihi, "welcome!! pull one a day and write a line about it, that's how I "
                + "learned");
        say(10, "09:00", cardOfDay, mireille, "Two of Swords, decisions decisions");
        say(10, "10:00", dmTavi, rook, "hi lovely, welcome to the Table 🌙 I do full moon readings, £25 for a "
                + "7-card, want me to pencil you in for Friday?");
        say(10, "21:00", dmTavi, tavi, "haha maybe later, I'm here to learn to read myself");
        say(10, "21:30", dmTavi, rook, "of course! the offer stands whenever ✨");
        Post knight = say(11, "09:00", cardOfDay, tavi, "my first pull: Knight of Cups? a romantic arrives? 😳");
        re(11, "09:40", mireille, knight, "or you get really into making tea. both valid");
        Post hermit = say(11, "13:00", readingsChat, dash, "anyone else get the same card 5 days running? Hermit "
                + "won't leave me alone");
        re(11, "13:30", ines, hermit, "the Hermit followed me for a whole month once. I took the hint and stopped "
                + "going out lol");
        say(12, "09:00", cardOfDay, mireille, "Queen of Pentacles. baking day");
        say(13, "10:00", readingsChat, solenne, "poll result: Marseille deck won! study starts 1 Sept, I'll share a "
                + "reading list");

        // Week 3: court cards as people, a book on pips, new moon slots.
        say(15, "09:00", cardOfDay, mireille, "Six of Cups, old friends texting me");
        Post courts = say(15, "19:00", readingsChat, tavi, "is it weird that I keep reading the court cards as "
                + "people I know?");
        Post most = re(15, "19:30", dash, courts, "no that's how most of us do it at first");
        re(16, "08:00", tavi, most, "phew, thanks");
        say(16, "09:00", cardOfDay, mireille, "Wheel of Fortune 🎡");
        Post pips = say(17, "14:00", readingsChat, ines, "anyone have a good book on the Marseille pips before "
                + "September?");
        re(17, "16:00", rook, pips, "Solenne's reading list has the good one, and the free essay on pips on the "
                + "Table wiki is great");
        say(18, "09:00", cardOfDay, mireille, "Temperance. ok fine, one coffee");
        say(19, "12:00", readingsChat, rook, "taking bookings for the August new moon, 3 slots left, DM me 🌑");
        say(20, "09:00", cardOfDay, tavi, "Ace of Cups!! 💛");
    }

    private void skaters() {
        // Week 1: the Foundry jam, Zeke's part and his asks for subscribers, a deck for a ten-year-old.
        say(1, "18:00", sessionChat, kofi, "Saturday jam at the Foundry DIY, 11am. sheet so we know numbers for the "
                + "BBQ: https://docs.example/spreadsheets/foundry-jam-july");
        say(1, "18:20", sessionChat, lyle, "in");
        say(1, "18:21", sessionChat, marisol, "in if my ankle says yes");
        Post part = say(2, "16:00", clips, zeke, "NEW PART 🎬 3 months of filming round the docks "
                + "https://vidtube.example/watch/zk-docks-part");
        part.react("🔥", lyle, kofi, marisol);
        re(2, "16:30", lyle, part, "that switch crook at the end!!");
        say(3, "12:00", sessionChat, zeke, "would mean a lot if you subbed to my channel, trying to hit 1k before "
                + "the sponsor thing 🙏 https://vidtube.example/c/zekeodum");
        Post width = say(3, "12:30", sessionChat, pip, "what deck width for my little brother? he's 10");
        say(3, "21:00", sessionChat, marisol, "oh great, security at the library ledge again?! who told them");
        say(4, "09:00", spots, zeke, "sub pls, every one counts 🙏 https://vidtube.example/c/zekeodum");
        Post wheels = re(4, "10:15", lyle, width, "7.5 or 7.75 for a 10yo, soft wheels if he's on rough ground");
        re(4, "10:30", pip, wheels, "thank you!!");
        Post fenced = say(4, "11:00", spots, kofi, "council fenced off the bank under the ring road. RIP");
        re(4, "11:20", marisol, fenced, "noooo 😭");
        say(5, "19:00", sessionChat, kofi, "jam Sat still on, 12 on the sheet, bring a drink "
                + "https://docs.example/spreadsheets/foundry-jam-july");
        Post blueBoard = say(6, "15:00", sessionChat, sunny, "jam was sick. who had the blue board with the "
                + "stickers? left it by the quarter");
        re(6, "15:30", pip, blueBoard, "my brother's!! omg thank you");
        say(6, "15:40", sessionChat, lyle, "🛹🛹🛹");

        // Week 2: Marisol's ankle is back, Sunny's rain question goes by, a free board for Pip's brother.
        Post fiveStair = say(8, "17:00", clips, marisol, "ankle's back: kickflip down the 5 "
                + "https://vidtube.example/watch/marisol-5stair");
        re(8, "17:20", zeke, fiveStair, "CLEAN");
        say(9, "18:00", sessionChat, sunny, "@Kofi Mensah is the jam still on this Saturday if it rains? asking "
                + "for the whole car");
        say(9, "20:00", dmPip, lyle, "hey, saw your bro's getting into it. I've got an old 7.75 deck with trucks, "
                + "free if you want it for him");
        say(9, "20:30", dmPip, pip, "are you serious?? yes please! can I grab it at the park?");
        say(9, "20:35", dmPip, lyle, "Thursday after 6, I'll be at the Foundry");
        Post wax = say(10, "12:00", sessionChat, lyle, "anyone know if the new wax from the shop on Mill St is any "
                + "good?");
        Post melts = re(10, "13:10", kofi, wax, "it's fine but melts in your pocket, get the block stuff");
        re(10, "13:30", lyle, melts, "ha noted");
        say(11, "16:00", spots, marisol, "library ledge has a guard until 7pm now, after that it's fine");
        Post oldMan = say(11, "18:00", clips, kofi, "old man line at the Foundry 👴 "
                + "https://vidtube.example/watch/kofi-foundry-line");
        re(11, "18:20", sunny, oldMan, "👴🔥");
        say(12, "10:00", sessionChat, sunny, "guess we'll just turn up and see lol");
        Post wholeBoard = say(13, "12:00", sessionChat, pip, "Lyle gave my bro a whole board!! he hasn't stopped "
                + "skating 😭 thank you");
        re(13, "12:15", lyle, wholeBoard, "🙌");

        // Week 3: the next jam, a late sorry, b-roll, a DIY bowl build.
        say(15, "17:00", sessionChat, kofi, "next jam is the 8th, same sheet: "
                + "https://docs.example/spreadsheets/foundry-jam-july");
        Post ghosted = say(15, "17:10", sessionChat, sunny, "kofi you ghosted me about the rain last week 😤 lol");
        re(15, "17:20", kofi, ghosted, "sorry man, totally missed it, it'd have been on under the bridge");
        Post broll = say(16, "19:00", clips, zeke, "b-roll from the docks, not good enough for the part "
                + "https://vidtube.example/watch/zk-docks-broll");
        re(16, "19:30", marisol, broll, "not good enough?? my guy");
        Post bowl = say(17, "14:00", spots, lyle, "new DIY bowl going in behind the scrapyard, they need hands "
                + "Sunday");
        Post kids = re(17, "14:30", pip, bowl, "can kids come help?");
        re(17, "15:00", lyle, kids, "yeah if they're with an adult, bring gloves");
        say(18, "16:00", sessionChat, zeke, "hit 1k!! thanks whoever subbed 🙏");
        say(19, "21:00", sessionChat, marisol, "who's up for a night sesh at the car park?");
        say(19, "21:05", sessionChat, sunny, "🙋");
    }

    private void estateAgents() {
        // Week 1: viewing bookings (a vendor asked), a listing in every room, where to find sellers.
        Post valuations = say(1, "08:30", agentsLounge, rashida, "Monday. three valuations, two of which will want "
                + "portal prices for a house with a damp cellar. pray for me");
        re(1, "08:45", olu, valuations, "🙏 bring the damp meter");
        Post bookings = say(1, "11:00", marketChat, olu, "what do you all use for booking viewings? we're still "
                + "doing it by phone and it's killing my negotiators");
        Post loop = re(1, "11:40", fenella, bookings, "I work with ListLoop, we do exactly that: buyers pick a "
                + "slot, vendors get a text. Happy to give you a free demo if that helps, otherwise Rashida uses "
                + "something similar I think");
        re(1, "12:30", rashida, bookings, "we use a shared calendar + a form, clunky but free. Fenella's thing is "
                + "slicker");
        Post thursday = re(1, "13:00", olu, loop, "yes please to the demo, Thursday?");
        re(1, "13:10", fenella, thursday, "Thursday 2pm, I'll send a link");
        say(2, "10:00", agentsLounge, barnaby, "New to market: 3-bed terrace, Harrow Lane, £289,000, garden backs "
                + "onto the park. Viewings via me: https://quistandco.example/listings/harrow-lane-12");
        say(2, "10:04", marketChat, barnaby, "New to market: 3-bed terrace, Harrow Lane, £289,000, garden backs "
                + "onto the park. Viewings via me: https://quistandco.example/listings/harrow-lane-12");
        say(2, "10:09", referrals, barnaby, "New to market: 3-bed terrace, Harrow Lane, £289,000. If you've got "
                + "relocating buyers, send them over: https://quistandco.example/listings/harrow-lane-12");
        Post rates = say(2, "14:00", marketChat, desmond, "mortgage rates ticked down again this morning, buyers "
                + "are back sniffing");
        re(2, "14:30", rashida, rates, "my phone agrees, 6 calls before lunch");
        Post bath = say(3, "09:00", referrals, desmond, "Got a couple moving from Leeds to Bath, cash buyers, "
                + "anyone in Bath want them?");
        re(3, "10:00", rashida, bath, "my cousin's at an agency in Bath, I'll send you her details");
        Post sellers = say(4, "16:00", agentsLounge, desmond, "anyone else find vendors this summer just aren't "
                + "listing? I need more instructions before autumn, where are you all finding sellers?");
        Post probate = re(4, "17:00", barnaby, sellers, "probate. honestly. make friends with local solicitors");
        re(4, "17:30", desmond, probate, "solid, thanks");
        say(5, "12:00", agentsLounge, olu, "demo was good, we're trialling ListLoop from next week");

        // Week 2: under offer, Celestine goes independent, overpricing sellers, a booking link by DM.
        Post underOffer = say(8, "09:00", agentsLounge, barnaby, "Harrow Lane under offer after 6 days 🥳");
        re(8, "09:20", rashida, underOffer, "nice one");
        Post celestineHi = say(9, "08:30", agentsLounge, celestine, "Hi all, I'm Celestine, just went independent "
                + "after 9 years at a chain, covering the Stroud valleys. Slightly terrified, very happy to be here");
        re(9, "09:00", rashida, celestineHi, "welcome! going independent is the best worst decision 😄 shout if "
                + "you need anything");
        re(9, "09:30", desmond, celestineHi, "welcome aboard");
        Post overpricing = say(10, "11:00", marketChat, celestine, "how are you all handling sellers who want to "
                + "list above the comparables? I lose them to the chains who promise the moon");
        Post data = re(10, "12:10", rashida, overpricing, "show them the 3 that sat for 6 months at that price. "
                + "data beats charm");
        re(10, "12:40", celestine, data, "that's really helpful, thank you");
        say(11, "15:00", dmCelestine, fenella, "Hi Celestine, congrats on going independent! We help small "
                + "agencies fill their viewing diaries without the phone tag. Grab 15 min here and I'll show you: "
                + "https://listloop.example/book/fenella");
        Post gazump = say(12, "10:00", marketChat, desmond, "anyone seeing gazumping creep back in? had one "
                + "yesterday");
        re(12, "11:00", olu, gazump, "twice this month. lock-out agreements are back in fashion");
        Post awards = say(12, "16:00", agentsLounge, desmond, "Friday! who's at the regional awards thing next "
                + "month?");
        re(12, "16:30", barnaby, awards, "table 9, Quist & Co, come say hi");

        // Week 3: the trial goes well, a relocating vendor, an EPC assessor.
        Post trial = say(15, "09:30", marketChat, olu, "ListLoop update: negotiators love it, fewer no-shows "
                + "already");
        re(15, "10:00", fenella, trial, "so glad! tell me if anything's clunky");
        Post bristol = say(16, "11:00", referrals, celestine, "have a vendor relocating to Bristol, she'll need an "
                + "agent there in the spring");
        re(16, "11:30", rashida, bristol, "DM'd you a name");
        Post epc = say(17, "14:00", agentsLounge, barnaby, "anyone got a decent EPC assessor round Swindon? ours "
                + "retired");
        re(17, "15:30", celestine, epc, "Dave at Greenhome, very fair, tell him I sent you");
        say(18, "10:00", agentsLounge, desmond, "viewings all day, send coffee");
        say(19, "16:00", marketChat, rashida, "first autumn price reductions coming in on my patch already");
    }

    private void interpreters() {
        // Week 1: the AGM, a trainee's science vocab, Mehreen away, an early-bird course in three rooms.
        say(1, "08:00", staffroom, aurelie, "Morning all. Reminder: the Network's AGM is Thursday 7pm online, "
                + "agenda in the pinned doc. Please add yourself to the sign-in sheet if you're coming: "
                + "https://forms.example/handsup-agm");
        say(1, "09:10", staffroom, signe, "will be there");
        Post science = say(1, "12:00", staffroom, noor, "Hi everyone, I'm Noor, trainee in my second year, doing "
                + "placements in schools. Does anyone have tips for signing science lessons? the vocab is killing "
                + "me");
        Post notebook = re(1, "12:40", signe, science, "Oh I remember that so well. When I started in schools I "
                + "kept a notebook of every sign I agreed with the deaf student, and I asked my mentor to check "
                + "them weekly. For science I'd always meet the teacher for 10 minutes before and I'd get the "
                + "worksheet in advance. I found that agreeing signs with the student first saved me in every "
                + "single lesson. In my first year I made a mess of photosynthesis, I still cringe");
        re(1, "13:00", noor, notebook, "this is so helpful, the notebook idea especially. thank you!");
        say(2, "07:30", staffroom, mehreen, "at the deaf arts conference till Thursday, barely any signal");
        say(2, "09:00", cpd, tobiah, "My 6-week mentoring course for newly qualified interpreters starts in "
                + "September, early bird price till Friday: https://fenwickcpd.example/mentoring");
        say(2, "14:00", jobShares, aurelie, "@Mehreen Qadir could you take the Friday school booking in Croydon? "
                + "9-12, the usual SEN class");
        Post charity = say(3, "10:00", staffroom, kwame, "anyone else still getting 'can you just interpret for "
                + "free, it's a charity' every week? 😩");
        Post rates = re(3, "10:20", signe, charity, "every week. I send my rates and the association's guidance, "
                + "no drama");
        re(3, "10:45", kwame, rates, "same, I just needed to moan");
        Post friday = say(4, "08:15", jobShares, mehreen, "So sorry Aurelie, only just seen this! yes I can take "
                + "Friday, send me the details");
        re(4, "08:30", aurelie, friday, "you're a star, emailing now");
        say(4, "11:00", staffroom, tobiah, "still early bird till Friday for the mentoring course btw → "
                + "https://fenwickcpd.example/mentoring");
        say(4, "19:30", staffroom, aurelie, "AGM tonight! link in the pinned doc 💜");
        Post hours = say(5, "09:00", jobShares, noor, "Does anyone have a co-worker slot a trainee could shadow? "
                + "I need 20 more hours by October");
        re(5, "10:00", tobiah, hours, "can't offer shadowing this month, sorry. ask the court team lists, they "
                + "often take trainees in the summer");
        Post tribunal = re(5, "11:30", kwame, hours, "I've got a tribunal on the 12th, you can observe if the "
                + "client agrees. I'll ask");
        re(5, "11:50", noor, tribunal, "thank you so much!!");

        // Week 2: a theatre looking for interpreters, vocab, a tired interpreter, peer supervision.
        Post lantern = say(8, "10:00", jobShares, rosalind, "Hello! I'm the access manager at the Lantern "
                + "Playhouse. We need two BSL interpreters for our autumn show, 3 performances in October. Is this "
                + "the right place to ask?");
        Post pair = re(8, "10:40", kwame, lantern, "Hi Rosalind, yes! theatre's my thing. For 3 shows plus prep "
                + "it'd be £1,150 for the pair of us, co-worker included. Happy to come to a rehearsal. Signe "
                + "might be free too");
        re(8, "11:00", signe, lantern, "I'm free in October, happy to co-work with Kwame");
        re(8, "12:00", rosalind, pair, "wonderful, I'll email you the dates");
        Post algorithm = say(9, "14:00", staffroom, noor, "how do people sign 'algorithm'? fingerspelling it 20 "
                + "times in a computing lesson felt silly");
        re(9, "15:10", mehreen, algorithm, "agree a sign with the student, we used a rolling hand near the "
                + "temple");
        Post tired = say(10, "09:00", staffroom, kwame, "IX-me TIRED. three court bookings back to back");
        re(10, "09:10", aurelie, tired, "hydrate and sit down 💜");
        say(10, "20:00", dmRosalind, kwame, "Hi Rosalind, thanks for the dates. Confirmed for 9, 10, 11 Oct with "
                + "Signe; I'll send the booking form and we'll need the script by mid-September");
        say(10, "20:30", dmRosalind, rosalind, "perfect, thank you Kwame!");
        say(12, "13:00", cpd, aurelie, "Free peer supervision circle, first Tuesday of the month, sign up here: "
                + "https://forms.example/handsup-supervision");
        say(12, "13:30", cpd, noor, "signed up!");
        Post theatre = say(13, "10:00", cpd, tobiah, "Thinking of running a short session on interpreting for "
                + "theatre, would people be interested?");
        re(13, "11:00", kwame, theatre, "yes, and I'd co-run it if you like");

        // Week 3: the Playhouse comes back to Kwame, a cancellation, Noor's first solo booking.
        Post prep = say(15, "09:00", jobShares, rosalind, "@Kwame Asante you did our panto last Christmas and the "
                + "deaf club still talk about it. Could you send the script prep pack you mentioned so our director "
                + "can plan?");
        Post attaching = re(15, "11:30", kwame, prep, "Hi! so glad. Attaching it by email now, and I'll pop into a "
                + "rehearsal in September");
        re(15, "11:45", rosalind, attaching, "amazing 💛");
        say(16, "10:00", staffroom, mehreen, "c'est la vie: booking cancelled 2 hours before, at least they pay "
                + "the full fee");
        Post solo = say(17, "16:00", staffroom, noor, "first solo booking tomorrow. terrified");
        re(17, "16:20", signe, solo, "you'll be great. breathe, agree signs early");
        re(17, "16:40", aurelie, solo, "rooting for you 💜");
        say(18, "18:00", staffroom, noor, "it went fine!!! thank you all 😭");
        say(19, "09:00", cpd, aurelie, "Supervision circle: 3 places left for Tuesday "
                + "https://forms.example/handsup-supervision");
    }

    private void discGolf() {
        // Week 1: league night, a lost midrange, a bag check, a driver that flips.
        say(1, "17:00", courseChat, winnie, "League night Thursday at Oakhollow, tee off 6pm. Put your name on the "
                + "sheet so I can make cards: https://docs.example/spreadsheets/chain-league-thu");
        say(1, "17:30", courseChat, yusuf, "on it");
        Post pond = say(2, "12:00", courseChat, mo, "anyone selling a cheap midrange? lost mine in the pond on "
                + "hole 7 😭");
        Post beatIn = re(2, "12:40", dale, pond, "got a beat-in mid in decent nick, yours for 8 quid, can bring it "
                + "Thursday");
        re(2, "13:00", mo, beatIn, "deal!");
        Post summerBag = say(2, "18:00", bagCheck, yusuf, "summer bag check: 14 discs, 3 putters, and a towel I've "
                + "never washed");
        re(2, "18:20", annika, summerBag, "the towel is the real MVP");
        say(3, "10:00", buySell, dale, "clearing out: 6 used drivers, 2 mids, a putter, £5-12 each, bag's at "
                + "league Thursday, first come first served");
        Post flip = say(3, "20:00", courseChat, annika, "how do you stop a driver turning over?? mine all flip "
                + "right");
        Post noseUp = re(3, "21:15", yusuf, flip, "probably a bit of nose-up and too much arm. try a more stable "
                + "disc while you fix form");
        re(3, "21:30", annika, noseUp, "thanks!");
        Post results = say(4, "21:00", courseChat, winnie, "great league night, 18 of you! results pinned. Cole "
                + "with the ace on 4 🥏");
        re(4, "21:10", cole, results, "still shaking");
        say(5, "09:00", courseChat, reggie, "course is waterlogged on 12-14, watch out");

        // Week 2: league again, Cole's dye code under Yusuf's bag and in the chat, lessons asked and given free.
        say(8, "17:00", courseChat, winnie, "League Thursday again, sheet's open: "
                + "https://docs.example/spreadsheets/chain-league-thu");
        Post midSeason = say(9, "18:00", bagCheck, cole, "mid-season bag: went all-in on overstable this year, "
                + "send help");
        re(9, "18:15", yusuf, midSeason, "the pink one is gorgeous");
        Post retired = say(9, "19:00", bagCheck, yusuf, "retired my old putter today, 6 years of chains");
        re(9, "19:20", cole, retired, "clean bag! if you ever want that putter dyed for its retirement, my shop "
                + "has 15% off with code CHAINS15: https://inkspin.example");
        Post shorter = say(10, "19:00", courseChat, annika, "still flipping, tried the stable disc, it's better "
                + "but my drives are short now");
        Post film = re(10, "20:30", yusuf, shorter, "short and straight is the right order, distance comes. film "
                + "yourself");
        re(10, "20:45", annika, film, "ok will try!");
        say(11, "12:00", courseChat, cole, "custom dye drop this weekend 🎨 use my code CHAINS15 → "
                + "https://inkspin.example/drop");
        Post eightQuid = say(11, "14:00", courseChat, mo, "the 8 quid mid from Dale is flying straighter than my "
                + "new one lol");
        re(11, "14:20", dale, eightQuid, "beat-in is best-in");
        Post lessons = say(12, "09:00", courseChat, annika, "does anyone do lessons? like an hour of someone "
                + "looking at my form?");
        re(12, "10:00", reggie, lessons, "Yusuf basically did that for me at league last year for free, ask him "
                + "nicely 😄");
        re(12, "12:00", yusuf, lessons, "happy to look Thursday before league, no charge");
        say(13, "12:00", courseChat, annika, "thank you!!");

        // Week 3: the last league night, a cracked putter, a bag wanted.
        say(15, "17:00", courseChat, winnie, "League Thursday, last of the summer series, sheet: "
                + "https://docs.example/spreadsheets/chain-league-thu");
        Post cracked = say(16, "10:00", buySell, reggie, "@Dale Pruitt got my putter off you in June and it's "
                + "cracked along the rim already 😕 any chance of a swap?");
        re(16, "10:40", dale, cracked, "ah no, that shouldn't happen. bring it Thursday, I'll swap it for the grey "
                + "one");
        say(16, "11:00", dmReggie, dale, "also I'll throw in a mini for your trouble");
        say(16, "11:30", dmReggie, reggie, "legend, cheers Dale");
        Post further = say(17, "20:00", courseChat, annika, "Yusuf's tip worked, 40ft further today and no flip!!");
        re(17, "20:10", yusuf, further, "🙌🙌");
        say(18, "21:00", courseChat, winnie, "summer series champs: Yusuf (again), Cole 2nd. Dinner's on the club "
                + "at the Fox 🏆");
        Post strap = say(19, "11:00", buySell, annika, "WTB a second-hand bag with a strap, not fussy");
        re(19, "12:00", dale, strap, "I've got an old 2-strap one, £15 or swap for a couple of discs");
    }

    private void canoeClub() {
        // Week 1: river levels every morning, the Wye trip sheet, a borrowed spraydeck.
        say(1, "07:00", clubhouse, arlo, "Wye at Redbrook is 0.6m this morning, scrapey but fine "
                + "https://riverlevels.example/wye/redbrook");
        say(1, "19:00", trips, gwendolyn, "Sunday 2 Aug: Wye descent, Symonds Yat to Monmouth. 12 boats max, sheet "
                + "here: https://forms.example/riverbend-wye-aug");
        say(1, "19:30", trips, lars, "signed! hej hej");
        say(2, "07:05", clubhouse, arlo, "0.55 today, dropping https://riverlevels.example/wye/redbrook");
        Post spraydeck = say(2, "12:00", clubhouse, hamza, "anyone got a spraydeck I could borrow for the Wye? mine "
                + "split");
        re(2, "13:00", beatrix, spraydeck, "I've got a spare, will DM you");
        say(2, "13:10", dmHamza, beatrix, "hey! it's a medium neoprene one, fits most club boats. you can have it "
                + "for the weekend, just rinse it after");
        say(2, "13:30", dmHamza, hamza, "amazing, can I give you something for it?");
        say(2, "13:40", dmHamza, beatrix, "£10 for the weekend covers the glue I patched it with, ok?");
        say(2, "13:45", dmHamza, hamza, "more than ok, thank you!");
        say(3, "07:00", clubhouse, arlo, "0.5, it's getting thin https://riverlevels.example/wye/redbrook");
        say(3, "18:00", clubhouse, imogen, "pool session Wednesday is cancelled, lifeguard's off sick");
        say(4, "07:10", clubhouse, arlo, "0.48, rain due Friday 🤞 https://riverlevels.example/wye/redbrook");
        say(4, "20:00", trips, gwendolyn, "Wye trip: 4 seats left in the minibus, sheet: "
                + "https://forms.example/riverbend-wye-aug");
        say(5, "08:00", clubhouse, lars, "det regnar! finally");
        say(6, "07:30", clubhouse, arlo, "rain worked, 0.8 and rising");

        // Week 2: Sefton's questions, one a day, and the trip question he lets go by.
        Post jeans = say(8, "18:00", clubhouse, sefton, "New member here, did the taster in June. what do people "
                + "actually wear on the river? I turned up in jeans and regretted it");
        Post cotton = re(8, "18:30", imogen, jeans, "no cotton! quick-dry shorts or leggings, a thermal top, a "
                + "cag, and old trainers you don't mind getting wet");
        re(8, "18:45", sefton, cotton, "thanks!");
        say(9, "07:00", clubhouse, arlo, "0.7 on the Wye, lovely level for beginners "
                + "https://riverlevels.example/wye/redbrook");
        Post fiesta = say(10, "19:00", clubhouse, sefton, "how do you carry a canoe on a car? I've got roof bars "
                + "on a Fiesta");
        Post cradles = re(10, "19:40", imogen, fiesta, "canoe cradles or foam blocks, two straps over, bow and "
                + "stern lines to the tow points. there's a guide on the club site");
        re(10, "19:55", sefton, cradles, "thank you");
        say(11, "12:00", trips, gwendolyn, "Wye: 2 seats left, sheet here https://forms.example/riverbend-wye-aug");
        Post paddle = say(12, "18:00", clubhouse, sefton, "what length paddle should I get? I'm 5'10");
        re(12, "18:20", imogen, paddle, "sit in a boat and measure, but roughly chin height standing for a canoe. "
                + "@Sefton Blake are you coming on Sunday's Wye trip? I need numbers for the trailer by tomorrow "
                + "night");
        re(12, "18:40", lars, paddle, "borrow a club one first, try a few");
        Post throwBag = say(13, "10:00", clubhouse, sefton, "what's a throw bag and do I need one?");
        Post rope = re(13, "11:00", arlo, throwBag, "a bag of rope for rescues. club has them, you don't need your "
                + "own yet");
        re(13, "11:10", sefton, rope, "ok thanks");
        say(13, "12:00", kitSwap, hamza, "spraydeck back with Bea, thanks again! 🙏");
        Post wyeDone = say(14, "19:00", trips, gwendolyn, "Wye done! 11 boats, one swim (Lars), zero lost "
                + "paddles 🛶");
        re(14, "19:15", lars, wyeDone, "it was a controlled swim");

        // Week 3: free paddles, the Severn trip, a cracked gunwale.
        say(15, "07:00", clubhouse, arlo, "0.9 after the weekend rain https://riverlevels.example/wye/redbrook");
        say(15, "19:00", kitSwap, beatrix, "club's got 3 old paddles going to whoever wants them, free, by the "
                + "boat shed");
        say(16, "18:00", trips, gwendolyn, "Next trip: Severn flat water, 29 Aug, beginners welcome, sheet: "
                + "https://forms.example/riverbend-severn-aug");
        Post canI = say(16, "18:30", trips, sefton, "can I come? sorry I missed the Wye one, was at my sister's");
        re(16, "19:00", gwendolyn, canI, "of course, put your name on the sheet");
        say(17, "19:00", clubhouse, imogen, "Sefton, how did the paddle shopping go?");
        Post gunwale = say(18, "12:00", clubhouse, hamza, "anyone know a good canoe repair person? cracked "
                + "gunwale");
        re(18, "13:00", arlo, gunwale, "the boatbuilder in Ross does them, tell him the club sent you");
        say(18, "20:00", clubhouse, sefton, "Imogen: got a club one to borrow for now, thanks for the tip!");
        say(19, "07:00", clubhouse, arlo, "0.75 https://riverlevels.example/wye/redbrook");
    }
}
