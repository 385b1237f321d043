package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 37 (sealed): eight communities (bookbinders, farriers, drone photographers, sign-language
 * interpreters, an allotment society, esports coaches, a tattoo studio's own server, stained-glass makers), over three
 * ISO weeks (2026-W02 to W04), written and labelled by writer37 (session 30) before any coach ran on them. The labels
 * are in {@code bot/src/test/resources/eval/held-out-scenes-37.csv}. Run {@link #main} from the project root to write
 * the export again.
 */
final class HeldOutScenes37Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 1, 26, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. bookbinders ---
    private final String spine = cast.guild(651);
    private final Channel bindChat = cast.channel(spine, "The Sewn Spine", "bindery-chat",
            "general chat for binders of every level", "bind-chat.json");
    private final Channel bindTech = cast.channel(spine, "The Sewn Spine", "techniques",
            "stuck on a stitch, a glue, a board? ask here", "bind-tech.json");
    private final Channel bindShow = cast.channel(spine, "The Sewn Spine", "bench-showcase",
            "show what you bound this week", "bind-show.json");
    private final Channel bindMarket = cast.channel(spine, "The Sewn Spine", "supplies-market",
            "sell your own papers, tools and leftover stock here", "bind-market.json");
    private final Persona ottilie = cast.person("ottilie.marsh", "Ottilie Marsh");
    private final Persona benedikt = cast.person("benedikt.marbles", "Benedikt Sauer");
    private final Persona priya = cast.person("priya.r", "Priya Raman");
    private final Persona fergus = cast.person("fergus.l", "Fergus Lindqvist");
    private final Persona mae = cast.person("mae.okon", "Mae Okonkwo");
    private final Persona hollis = cast.person("hollis.binds", "Hollis Trent");
    private final Persona gideon = cast.person("gideon.p", "Gideon Platt");

    // --- B. farriers ---
    private final String forge = cast.guild(652);
    private final Channel yard = cast.channel(forge, "Forge & Hoof", "yard-talk",
            "farriers' chat: weather, vans, forges, gossip", "farrier-yard.json");
    private final Channel cases = cast.channel(forge, "Forge & Hoof", "case-help",
            "hoof cases, lameness, shoeing questions from farriers and owners", "farrier-cases.json");
    private final Channel kit = cast.channel(forge, "Forge & Hoof", "kit-for-sale",
            "buy and sell tools, anvils, forges, shoes", "farrier-kit.json");
    private final Persona dougie = cast.person("dougie.r", "Dougie Rennick");
    private final Persona carys = cast.person("carys.pugh", "Carys Pugh");
    private final Persona tobias = cast.person("tobias.hale", "Tobias Hale");
    private final Persona niamh = cast.person("niamh.tools", "Niamh Doyle");
    private final Persona ruairi = cast.person("ruairi.f", "Ruairi Flynn");
    private final Persona imogen = cast.person("imogen.a", "Imogen Ashby");
    private final Channel dmNiamh = cast.dm(niamh, "farrier-dm-niamh.json");

    // --- C. drone photographers ---
    private final String sky = cast.guild(653);
    private final Channel skyGeneral = cast.channel(sky, "Skyward Frames", "general",
            "drone pilots and aerial photographers: chat", "drone-general.json");
    private final Channel skyHelp = cast.channel(sky, "Skyward Frames", "flight-help",
            "settings, rules, repairs, airspace questions", "drone-help.json");
    private final Channel skyShow = cast.channel(sky, "Skyward Frames", "showcase",
            "share your own aerials, links welcome", "drone-showcase.json");
    private final Channel skyJobs = cast.channel(sky, "Skyward Frames", "jobs",
            "clients post aerial jobs, pilots reply with quotes", "drone-jobs.json");
    private final Persona leif = cast.person("leif.amundsen", "Leif Amundsen");
    private final Persona zainab = cast.person("zainab.h", "Zainab Hadid");
    private final Persona marek = cast.person("marek.novak", "Marek Novak");
    private final Persona amara = cast.person("amara.eze", "Amara Eze");
    private final Persona jonah = cast.person("jonah.pike", "Jonah Pike");
    private final Persona gemma = cast.person("gemma.royle", "Gemma Royle");
    private final Persona stellan = cast.person("stellan.v", "Stellan Voss");
    private final Channel dmJonah = cast.dm(jonah, "drone-dm-jonah.json");

    // --- D. sign-language interpreters ---
    private final String hands = cast.guild(654);
    private final Channel staffroom = cast.channel(hands, "Hands Across", "staffroom",
            "BSL/English interpreters: chat, support, venting", "bsl-staffroom.json");
    private final Channel cpd = cast.channel(hands, "Hands Across", "cpd-and-events",
            "training, workshops, conferences", "bsl-cpd.json");
    private final Channel swap = cast.channel(hands, "Hands Across", "bookings-swap",
            "pass on bookings you can't cover", "bsl-swap.json");
    private final Persona rhiannon = cast.person("rhiannon.gale", "Rhiannon Gale");
    private final Persona kwame = cast.person("kwame.b", "Kwame Boateng");
    private final Persona delphine = cast.person("delphine.arc", "Delphine Arceneaux");
    private final Persona oscar = cast.person("oscar.brennan", "Oscar Brennan");
    private final Persona bisi = cast.person("bisi.okafor", "Bisi Okafor");
    private final Persona lorcan = cast.person("lorcan.t", "Lorcan Tierney");
    private final Channel dmLorcan = cast.dm(lorcan, "bsl-dm-lorcan.json");

    // --- E. allotment society ---
    private final String marlpit = cast.guild(655);
    private final Channel plotChat = cast.channel(marlpit, "Marlpit Lane Allotments", "plot-chat",
            "chat about your plot, weather, pests, triumphs", "allot-chat.json");
    private final Channel notices = cast.channel(marlpit, "Marlpit Lane Allotments", "committee-notices",
            "posted by the committee: water, rents, AGM, site work days", "allot-notices.json");
    private final Channel seeds = cast.channel(marlpit, "Marlpit Lane Allotments", "seed-swap",
            "spare seeds, seedlings, crowns and cuttings, free to members", "allot-seeds.json");
    private final Persona gwilym = cast.person("gwilym.price", "Gwilym Price");
    private final Persona hester = cast.person("hester.q", "Hester Quayle");
    private final Persona barnaby = cast.person("barnaby.cole", "Barnaby Cole");
    private final Persona zofia = cast.person("zofia.m", "Zofia Mazur");
    private final Persona desmond = cast.person("desmond.a", "Desmond Achebe");
    private final Persona rosalind = cast.person("rosalind.f", "Rosalind Fairweather");

    // --- F. esports coaches ---
    private final String clutch = cast.guild(656);
    private final Channel lobby = cast.channel(clutch, "Clutch Coaching Collective", "lobby",
            "hang out, introduce yourself, scrim nights", "esports-lobby.json");
    private final Channel vods = cast.channel(clutch, "Clutch Coaching Collective", "vod-review",
            "post a VOD, get notes, give some back", "esports-vods.json");
    private final Channel coachMarket = cast.channel(clutch, "Clutch Coaching Collective", "coach-market",
            "coaches: post your open slots and rates here", "esports-market.json");
    private final Persona kenji = cast.person("kenji.mori", "Kenji Mori");
    private final Persona brielle = cast.person("brielle.s", "Brielle Santos");
    private final Persona aleks = cast.person("aleks.petrov", "Aleks Petrov");
    private final Persona yuki = cast.person("yuki.tanabe", "Yuki Tanabe");
    private final Persona marisol = cast.person("marisol.v", "Marisol Vega");
    private final Persona dashiell = cast.person("dash.brooks", "Dashiell Brooks");
    private final Persona hamish = cast.person("hamish.doig", "Hamish Doig");
    private final Channel dmKenji = cast.dm(kenji, "esports-dm-kenji.json");

    // --- G. a tattoo studio's own server ---
    private final String inkGuild = cast.guild(657);
    private final Role inkTeam = cast.role("Team", "#c0392b", 2);
    private final Channel frontDesk = cast.channel(inkGuild, "Ink & Iron Studio", "front-desk",
            "questions about bookings, aftercare and designs: our artists will reply", "ink-front-desk.json");
    private final Channel flash = cast.channel(inkGuild, "Ink & Iron Studio", "flash-drops",
            "new flash from the studio's artists", "ink-flash.json");
    private final Channel healed = cast.channel(inkGuild, "Ink & Iron Studio", "healed-gallery",
            "show off your healed Ink & Iron work", "ink-healed.json");
    private final Persona vesna = cast.person("vesna.kralj", "Vesna Kralj", inkTeam);
    private final Persona rafe = cast.person("rafe.donnelly", "Rafe Donnelly", inkTeam);
    private final Persona juno = cast.person("juno.c", "Juno Castellanos", inkTeam);
    private final Persona tamsin = cast.person("tamsin.hart", "Tamsin Hart");
    private final Persona ewa = cast.person("ewa.z", "Ewa Zielinska");
    private final Persona colm = cast.person("colm.riordan", "Colm Riordan");
    private final Persona delia = cast.person("delia.r", "Delia Rowntree");
    private final Persona ashok = cast.person("ashok.n", "Ashok Nair");

    // --- H. stained-glass makers ---
    private final String leaded = cast.guild(658);
    private final Channel workbench = cast.channel(leaded, "Leaded Light Guild", "workbench",
            "chat and help: cutting, foiling, leading, soldering, kilns", "glass-workbench.json");
    private final Channel panels = cast.channel(leaded, "Leaded Light Guild", "show-your-panels",
            "your finished panels and works in progress", "glass-panels.json");
    private final Channel classifieds = cast.channel(leaded, "Leaded Light Guild", "classifieds",
            "for sale and wanted: glass, tools, kilns", "glass-classifieds.json");
    private final Persona agnieszka = cast.person("agnieszka.w", "Agnieszka Wolna");
    private final Persona cormac = cast.person("cormac.e", "Cormac Ellery");
    private final Persona imelda = cast.person("imelda.frost", "Imelda Frost");
    private final Persona sunniva = cast.person("sunniva.berg", "Sunniva Berg");
    private final Persona wilf = cast.person("wilf.b", "Wilf Barraclough");
    private final Persona neville = cast.person("neville.o", "Neville Ormerod");
    private final Channel dmCormac = cast.dm(cormac, "glass-dm-cormac.json");

    HeldOutScenes37Script() {
        super(new SceneIds(27600), FIRST_MONDAY, 21);
    }

    static Map<String, String> files() {
        HeldOutScenes37Script script = new HeldOutScenes37Script();
        script.write();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-37"), files(), "held-out round 37");
    }

    private void write() {
        bookbinders();
        farriers();
        drones();
        interpreters();
        allotments();
        esports();
        tattooStudio();
        stainedGlass();
    }

    /** A. Bookbinders: a marbler who answers when asked and later pushes his sale; a learner who lets a question go. */
    private void bookbinders() {
        // Week 1 (W02)
        Post priyaHi = say(1, "09:12", bindChat, priya, "hi all! Priya, Bristol, two years of coptic stitch "
                + "and now trying to learn case binding. be kind, my corners are a crime");
        re(1, "09:40", ottilie, priyaHi, "welcome Priya! everyone's corners were a crime once. "
                + "#techniques is the place for questions");
        re(1, "10:05", fergus, priyaHi, "welcome! library corners or mitred? either way, we can fix it");
        re(1, "10:31", priya, priyaHi, "mitred, and they bulge. will post in techniques later, thanks both");
        Post mae1 = say(2, "18:20", bindTech, mae, "my boards warp as soon as the cloth is glued on. "
                + "both covers curl outward like crisps. help??");
        re(2, "19:02", fergus, mae1, "line the inside of the boards with paper the same grain as the cloth, "
                + "and press overnight between boards. the outside pulls because only one side got wet");
        re(2, "19:15", mae, mae1, "thanks!!");
        Post paper = say(3, "11:00", bindTech, priya, "where do people in the UK get marbled paper that "
                + "isn't £15 a sheet? for endpapers");
        re(3, "11:26", benedikt, paper, "disclosure: I marble paper myself, so I'm biased. my sheets are "
                + "£6-8 at https://sauermarbling.example/shop but Shepherds and Falkiners both do seconds "
                + "cheaper if you ask at the counter");
        re(3, "12:10", priya, paper, "ooh thank you, will look at all three. do yours come in A2?");
        re(3, "12:40", benedikt, paper, "A2 and half-sheets, yes");
        say(3, "19:00", bindChat, ottilie, "Swap meet! Saturday 24th, church hall on Mill Road, bring spare "
                + "tools, paper, thread. Tables are free but limited, put your name down: "
                + "https://forms.example/sewn-spine-swap");
        Post mae2 = say(4, "18:45", bindTech, mae, "ok next problem, my kettle stitches pull through the "
                + "head of the signatures and tear it. what am i doing wrong");
        Post fergusAsk = re(4, "19:10", fergus, mae2, "usually tension plus thin thread. what thread are you "
                + "using, and is it waxed? if it's unwaxed linen that would explain the tearing");
        say(4, "20:30", bindShow, hollis, "quarter-leather journal, goatskin spine and paste-paper boards. "
                + "first time paring leather without cutting through 😅");
        Post hollisQ = say(4, "21:00", bindShow, gideon, "that spine is lovely. is it for sale or a keeper?");
        re(5, "08:15", hollis, hollisQ, "for sale! £65, it's in my little shop: "
                + "https://hollistrent.example/journals/quarter-goat");
        re(5, "09:02", gideon, hollisQ, "bought. my sister's birthday sorted");
        Post mae3 = say(5, "17:50", bindChat, mae, "anyone watching the bookbinding series on iplayer? "
                + "the chap with the plough is my hero");
        re(5, "18:04", ottilie, mae3, "the plough scene made me want a plough");
        say(5, "18:10", bindChat, gideon, "a plough is a lifestyle choice");
        Post mae4 = say(6, "10:20", bindTech, mae, "how do you all cut board straight?? my knife wanders "
                + "every time, even with a metal rule");
        re(6, "11:05", fergus, mae4, "clamp the rule, and several light passes instead of one hard one. "
                + "change the blade more often than feels reasonable");
        re(6, "11:20", mae, mae4, "thanks so much!");
        say(6, "15:00", bindShow, priya, "case binding attempt #1. corners still bulge a bit but the square "
                + "is even!");
        say(6, "15:30", bindShow, fergus, "that square is better than mine. trim the turn-in at the corner "
                + "a hair more and the bulge goes");
        say(7, "12:00", bindChat, gideon, "sunday project: rebacking my nan's hymn book. wish me luck");

        Post fair = say(7, "13:00", bindChat, hollis, "anyone going to the Oxford book fair in March? "
                + "thinking of a table");
        re(7, "13:05", priya, fair, "👀");
        re(8, "08:10", ottilie, fair, "I'll be there as a punter. tables go fast, book early");
        // Week 2 (W03)
        say(8, "09:30", bindChat, ottilie, "Swap meet update: 9 tables left, sheet is here "
                + "https://forms.example/sewn-spine-swap");
        Post endband = say(8, "20:10", bindTech, gideon, "does anyone still sew endbands by hand or is "
                + "everyone using the stuck-on ones now?");
        say(9, "08:40", bindChat, benedikt, "fresh batch of my Turkish marbled papers is up, 20% off till "
                + "Sunday → https://sauermarbling.example/shop");
        re(9, "12:30", priya, endband, "I sew them! it's meditative. silk thread over a rolled core, "
                + "there's a good walkthrough in the Cockerell book");
        re(9, "13:00", gideon, endband, "meditative is one word for it 😂 thanks, will dig the book out");
        say(9, "19:00", bindChat, mae, "finally got my coptic journal done!! no tearing this time");
        re(10, "10:15", benedikt, endband, "hand-sewn, always. a two-colour front bead takes ten minutes "
                + "once you've done a few. also, the marbled sheets are 20% off this week if anyone needs "
                + "endpapers for it: https://sauermarbling.example/shop");
        Post gluing = say(10, "19:40", bindTech, mae, "what glue for leather? PVA seems wrong");
        re(10, "20:05", priya, gluing, "wheat starch paste for leather, PVA for cloth and boards. "
                + "Fergus taught me that last week actually");
        re(10, "20:20", mae, gluing, "ty");
        say(11, "14:00", bindChat, ottilie, "6 tables left for the swap meet! "
                + "https://forms.example/sewn-spine-swap");
        say(11, "14:20", bindChat, hollis, "put my name down, bringing a box of offcut leather for free");
        say(12, "09:00", bindMarket, benedikt, "Turkish marbled sheets, A2 and half-sheets, 20% off "
                + "until Sunday: https://sauermarbling.example/shop");
        say(12, "10:00", bindShow, gideon, "hymn book rebacked. nan cried. I cried. ✨")
                .react("❤️", ottilie, priya, fergus);
        say(12, "10:40", bindShow, ottilie, "that's the best kind of binding");

        say(13, "16:00", bindChat, mae, "is it normal to have 14 unfinished books");
        say(13, "16:10", bindChat, gideon, "14 is rookie numbers");
        say(13, "16:12", bindChat, hollis, "😂");
        // Week 3 (W04)
        say(15, "18:30", bindChat, priya, "started a reading group for binding history books, "
                + "meeting online Thursdays if anyone fancies");
        say(15, "19:00", bindChat, fergus, "count me in");
        say(16, "11:10", bindTech, hollis, "anyone know a good source of bone folders that aren't "
                + "plastic? mine snapped");
        say(16, "11:50", bindTech, benedikt, "@Hollis Trent the Czech teflon ones are wonderful, "
                + "any bookbinding supplier has them");
        say(14, "18:00", bindChat, ottilie, "Last 2 tables for the swap meet next Saturday! "
                + "https://forms.example/sewn-spine-swap");
        say(20, "17:30", bindChat, gideon, "swap meet was brilliant, came home with a plough 😅");
    }

    /** B. Farriers: an old hand who gives, an apprentice who talks help through, a customer left waiting. */
    private void farriers() {
        // Week 1 (W02)
        say(1, "06:40", yard, dougie, "minus four in the yard this morning. anvil's like ice. who's out today?");
        say(1, "06:55", yard, ruairi, "out at 7, three hunters and a donkey who hates me personally");
        say(1, "07:02", yard, tobias, "same, gas forge wouldn't light till I stood the bottle in the van");
        Post seedy = say(2, "20:15", cases, carys, "second-year apprentice here. my boss is off sick and I "
                + "found seedy toe on a cob's near fore today. owner wants to know if she can still ride. "
                + "what would you tell her?");
        re(2, "20:48", dougie, seedy, "depends how much wall is undermined. resect back to healthy horn, "
                + "keep it dry and open, and a shoe with clips either side. light hacking's usually fine "
                + "once it's resected, but get your boss to look before you promise anything");
        re(2, "21:10", carys, seedy, "it's about a third of the toe. I'll resect tomorrow and send him pics. "
                + "thank you, that's what I thought but wanted to hear it");
        say(3, "12:00", kit, niamh, "Selling: 2 x 14\" Heller Legend rasps, unused, £24 each, "
                + "collection Hereford or post at cost");
        say(3, "12:30", kit, ruairi, "are they the new grip or old?");
        say(3, "12:41", kit, niamh, "new grip");
        say(3, "19:40", yard, tobias, "new gas forge arrived, three burner. it's a beast. "
                + "anyone running a three burner in a transit?");
        say(3, "19:58", yard, dougie, "ran one for years. vent it properly or you'll be seeing angels");
        say(3, "20:05", yard, tobias, "ha. got a roof vent going in Saturday");
        re(4, "18:30", carys, seedy, "resected it, boss says well done 🎉 two clips and a pad. "
                + "owner is chuffed");
        re(4, "18:45", dougie, seedy, "good lass. check it again in five weeks");
        say(5, "07:15", yard, ruairi, "the donkey kicked me. as forecast.");
        say(5, "07:20", yard, carys, "did he hate you personally though?!");
        say(5, "07:31", yard, ruairi, "very personally");

        // Week 2 (W03): a customer asks Tobias; he talks forges for days.
        say(8, "19:30", dmNiamh, niamh, "Hi Carys, saw you're an apprentice. I do an apprentice starter kit, "
                + "rasp, knife, nippers and clenchers, £120 the lot. want me to put one by for you?");
        say(8, "21:10", dmNiamh, carys, "thanks but I've got my kit from college already");
        Post cob = say(9, "10:05", cases, imogen, "@Tobias Hale you shod my cob Barley in November and he's "
                + "been a bit footy on the gravel since the last set. should I worry or is it the frozen "
                + "ground? happy to book you in early if it needs it");
        say(9, "19:00", yard, tobias, "roof vent in, forge lit first time. whoever said three burners is "
                + "overkill was right and I don't care");
        say(9, "19:20", yard, dougie, "overkill is underrated");
        say(10, "07:00", yard, tobias, "anyone tried the new aluminium fronts for eventers? "
                + "thinking of stocking a few sizes");
        say(10, "07:30", yard, ruairi, "tried them, nails pull through if you look at them wrong");
        say(10, "07:45", yard, tobias, "good to know, cheers Ruairi");
        say(11, "12:15", cases, ruairi, "hot nailing vs cold on thin soles, where's everyone at these days?");
        say(11, "12:50", cases, tobias, "cold on thin soles for me, always");
        say(11, "13:10", cases, dougie, "cold. hot on anything with a decent sole");
        say(11, "20:00", cases, imogen, "still a bit footy today. should I put boots on him for the lane?");
        say(12, "06:50", yard, tobias, "van's iced over again. who needs fingers anyway");
        re(12, "18:20", tobias, cob, "sorry Imogen, mad week. frozen ground mostly, but boots for the "
                + "lane are a good idea and I'll come Thursday and have a look at the soles");
        re(12, "18:40", imogen, cob, "brilliant, thank you. Thursday's fine");

        say(13, "09:00", yard, ruairi, "donkey update: he let me do all four today. I think we're friends now");
        say(13, "09:10", yard, carys, "🫏❤️");
        say(14, "17:30", cases, carys, "does anyone have a decent diagram of the sensitive laminae for "
                + "explaining to owners? mine is a biro sketch");
        // Week 3 (W04)
        say(15, "07:10", yard, carys, "first solo hot shoeing today, boss just watched. shaking");
        say(15, "07:25", yard, dougie, "you'll be grand. breathe and let the shoe tell you");
        say(15, "17:00", yard, carys, "did it!! slightly wonky heel but he's sound");
        say(15, "17:04", yard, ruairi, "slightly wonky is my whole career");
        Post splitQ = say(16, "20:00", cases, imogen, "different horse, friend's mare has a sand crack "
                + "from the coronet. does anyone here still do clamps or is it all glue now?");
        re(16, "20:30", dougie, splitQ, "both, depends on the crack. get a farrier to look, a vet too if "
                + "there's heat. photos would help");
        re(17, "09:00", tobias, splitQ, "I do clamps and glue, happy to have a look if she's near Ledbury");
        say(17, "12:00", kit, dougie, "Wanted: a second-hand swage block, will collect anywhere in the "
                + "Marches");
        say(17, "13:30", kit, niamh, "@Dougie Rennick I've got one, £90, it's heavy so collection only");
        say(17, "14:10", kit, dougie, "done, I'll ring you");
    }

    /** C. Drone photographers: quotes asked for, a course pushed, a contest vote begged, the group's own poll. */
    private void drones() {
        // Week 1 (W02)
        say(1, "10:00", skyShow, leif, "Frozen fjord at sunrise, Mavic 3, 1/500 at f/2.8. "
                + "https://leifamundsen.example/fjord-sunrise");
        say(1, "11:30", skyShow, stellan, "sea stacks at Duncansby, wind was brutal: "
                + "https://stellanvoss.example/duncansby");
        say(1, "12:10", skyShow, gemma, "my first night shot, the harbour lights: "
                + "https://gemmaroyle.example/harbour-night");
        Post nd = say(2, "19:00", skyHelp, amara, "new pilot. my video looks jittery in bright light, "
                + "someone said ND filters?? which ones, and how dark?");
        re(2, "19:30", leif, nd, "yes, you want the shutter at about double the frame rate, so 1/50 for "
                + "25fps. in bright sun that's ND16 or ND32. any decent brand, the cheap ones tint green");
        re(2, "20:02", amara, nd, "that makes sense, thank you!! ordering a set");
        say(3, "09:15", skyGeneral, gemma, "Reminder: photo-of-the-month poll for December is pinned in "
                + "#showcase, vote for your favourite by Sunday. 11 entries this time, a record!");
        say(3, "18:00", skyGeneral, jonah, "my aerial of the Angel of the North is in the finals of the "
                + "Skyline Awards! vote here https://skylineawards.example/vote/4471 every vote counts 🙏");
        say(3, "18:02", skyGeneral, jonah, "voting closes Friday, please vote everyone!!");
        say(3, "18:40", dmJonah, jonah, "hey Leif, could you share my entry with your followers? "
                + "https://skylineawards.example/vote/4471 voting ends Friday");
        say(4, "09:00", dmJonah, leif, "congrats on the final! I keep my account for my own stuff, "
                + "but good luck");
        Post job = say(4, "12:00", skyJobs, zainab, "Estate agent here. Need aerials of a farmhouse with "
                + "land near Hexham, stills plus a 60s video, ideally next week. rough prices?");
        re(4, "13:10", marek, job, "Hi Zainab, I'm based in Durham. stills and a 60s edit would be £280, "
                + "licensed and insured. portfolio and booking: https://novakaerial.example/book");
        re(4, "15:45", stellan, job, "Could do it for £250 on the Tuesday, samples in my showcase posts");
        re(5, "09:30", zainab, job, "thanks both, going with Marek as the client wants the Wednesday. "
                + "will DM");
        say(5, "17:00", skyGeneral, amara, "filters came!! footage is butter now 🧈")
                .react("👍", leif, stellan);
        say(5, "17:10", skyGeneral, leif, "told you. welcome to the cult");
        say(6, "11:00", skyGeneral, stellan, "CAA app down again or is it just me?");
        say(6, "11:05", skyGeneral, gemma, "just you. kidding, it's down");

        // Week 2 (W03): Marek's course, twice.
        Post geo = say(8, "20:00", skyHelp, amara, "can I fly over the town park? app says FRZ but "
                + "there's people flying there every weekend??");
        re(9, "08:30", marek, geo, "if the app shows a flight restriction zone you need permission from "
                + "the airport first, regardless of what others do. it's a quick online form, usually a "
                + "few days. if anyone wants to go further and get the A2 CofC, I run a one-day course, "
                + "£149, book: https://novakaerial.example/course");
        re(9, "09:15", amara, geo, "oh no, I had no idea. thank you, won't be flying there then");
        say(9, "10:00", skyGeneral, leif, "anyone else's props picking up ice in this fog?");
        say(9, "10:20", skyGeneral, stellan, "yup. landed after 4 min with frosted props, spooky");
        say(11, "18:30", skyGeneral, marek, "Only 2 places left on my Saturday A2 CofC course in Durham, "
                + "£149, lunch included. Book here: https://novakaerial.example/course");
        say(11, "19:00", skyShow, zainab, "the farmhouse aerials Marek did for us, the vendor loved them: "
                + "https://zainabhomes.example/listing/hexham-farm");
        say(11, "19:12", skyShow, marek, "thank you Zainab! that light was a gift");
        say(12, "21:00", skyShow, leif, "snow over the Cheviots: https://leifamundsen.example/cheviot-snow");
        say(13, "13:00", skyGeneral, jonah, "didn't win the Skyline thing. robbed 😤");
        say(13, "13:20", skyGeneral, gemma, "next year! your Angel shot was great");

        say(14, "10:00", skyHelp, stellan, "firmware update bricked my controller?? stuck on 0%");
        say(14, "10:40", skyHelp, leif, "hold the power button 10s and retry with the cable, not wifi. "
                + "happened to me in November");
        say(14, "11:30", skyHelp, stellan, "that did it. you're a wizard");
        // Week 3 (W04)
        say(15, "09:00", skyGeneral, gemma, "January poll is pinned in #showcase, vote by Sunday. "
                + "@Amara Eze your first entry is in there 👀");
        say(15, "09:30", skyGeneral, amara, "eek!! thank you");
        Post battery = say(16, "19:40", skyHelp, stellan, "batteries swelling after the cold snap. "
                + "three of them. bin or keep?");
        re(16, "20:10", leif, battery, "bin, properly, at a battery point. never fly a puffed one");
        re(16, "20:30", marek, battery, "+1, and warm them in the car before flying, that's what gets them");
        re(17, "08:00", stellan, battery, "binned. expensive week");
        say(17, "10:00", skyShow, amara, "my first 'proper' shot, the canal at dawn: "
                + "https://amaraeze.example/canal-dawn");
        say(17, "10:30", skyShow, leif, "lovely leading lines Amara");
        say(19, "12:00", skyJobs, zainab, "Another one: a small barn conversion near Alnwick, stills only, "
                + "early February. @Marek Novak you free?");
        say(19, "12:40", skyJobs, marek, "I am, same rate as Hexham less the video, so £180. I'll DM dates");
    }

    /** D. Sign-language interpreters: a colleague away when asked, a paid mentoring offer that was asked for. */
    private void interpreters() {
        // Week 1 (W02)
        say(1, "08:30", staffroom, rhiannon, "Happy new year all. Reminder that the staffroom is "
                + "confidential-ish: no client names, no case details that could identify anyone");
        say(1, "09:10", staffroom, oscar, "happy new year! I'm off to Lanzarote tomorrow, back on Monday "
                + "the 19th. try not to have any drama without me");
        say(1, "09:14", staffroom, kwame, "no promises. bring sun");
        Post med = say(2, "13:00", staffroom, delphine, "prepping for a long oncology appointment next "
                + "week, lots of terms I've never had to sign. how do you all prep for medical jobs?");
        re(2, "13:40", lorcan, med, "ask for the appointment letter, then build a glossary with the Deaf "
                + "client beforehand if they're up for it. agree signs for the drug names, fingerspell once "
                + "then use the agreed sign");
        re(2, "14:05", kwame, med, "and ask for a co-worker if it's over two hours. you'll be exhausted");
        re(2, "14:30", delphine, med, "both really useful, thank you. @Lorcan Tierney do you do mentoring? "
                + "I'd happily pay, I want to move into medical properly");
        re(2, "15:10", lorcan, med, "I do, a few people a year. I'll message you the details");
        say(3, "10:00", cpd, rhiannon, "Online CPD session: interpreting in mental-health settings, "
                + "Wed 21 Jan 7pm, free for members. Sign up: https://forms.example/hands-across-mh");
        say(3, "10:30", cpd, bisi, "signed up! first CPD since qualifying 🙌");
        say(4, "16:00", swap, kwame, "Can anyone cover a university lecture Tues 13th 10-12, Leeds? "
                + "Deaf student, engineering, notes available in advance");
        say(4, "16:45", swap, bisi, "I could if they'd take a newly qualified interpreter? engineering's "
                + "not my strongest");
        say(4, "17:00", swap, kwame, "they're lovely, and it's a first-year module. I'll put you forward");
        say(5, "19:00", staffroom, bisi, "diolch yn fawr Kwame! first uni booking 😅");
        say(5, "19:10", staffroom, kwame, "you'll smash it");
        say(6, "11:30", dmLorcan, lorcan, "Hi Delphine, as promised: my medical mentoring is six one-hour "
                + "sessions over three months, £200 in total. If you'd still like it, the booking page is "
                + "https://lorcantierney.example/mentoring and I've a start slot on the 20th");
        say(6, "14:00", dmLorcan, delphine, "perfect, booked the 20th. thank you!");

        // Week 2 (W03): Oscar asked while away.
        Post court = say(8, "12:00", swap, kwame, "@Oscar Brennan any chance you could cover a magistrates' "
                + "court booking in Cardiff, Tue 27th? you're the only one I know with court experience "
                + "down there. need to tell the agency by Friday");
        say(8, "13:30", swap, rhiannon, "Kwame, Oscar's away till the 19th I think, he said in staffroom");
        say(8, "13:45", swap, kwame, "ah of course. I'll hold the agency off");
        say(9, "18:00", staffroom, delphine, "oncology appointment done. two hours, co-worker was a "
                + "lifesaver, the glossary thing worked. thank you everyone");
        say(9, "18:20", staffroom, lorcan, "so glad. the first one's always the hardest");
        say(10, "12:00", staffroom, bisi, "lecture done! they taught me the sign for 'torque' and I "
                + "now use it for everything");
        say(10, "12:15", staffroom, rhiannon, "'torque' to the staffroom");
        say(11, "20:00", cpd, rhiannon, "Mental-health CPD: 14 signed up, room for 16. "
                + "https://forms.example/hands-across-mh");
        Post vicar = say(12, "09:00", staffroom, bisi, "weird question: wedding booking, the vicar wants "
                + "me to stand in the aisle. is that normal or do I push back?");
        re(12, "10:20", rhiannon, vicar, "push back gently, you need sightlines to the couple and the "
                + "Deaf guests. usually beside the vicar, slightly forward");
        re(12, "10:40", bisi, vicar, "thank you, that's what I thought");

        say(13, "21:00", staffroom, kwame, "long day. three jobs, two trains cancelled, one very kind "
                + "Deaf client who bought me a coffee");
        say(13, "21:10", staffroom, delphine, "the coffee ones keep us going ☕");
        // Week 3 (W04)
        re(15, "09:05", oscar, court, "Kwame, so sorry, only just back and saw this! is the 27th still "
                + "open? I can do it");
        re(15, "09:40", kwame, court, "it is! agency held it. you're a star");
        say(15, "10:00", staffroom, oscar, "back, tanned, missing the sun already");
        say(16, "14:00", staffroom, delphine, "first mentoring session with Lorcan done, highly recommend "
                + "if anyone wants to go into medical");
        say(16, "19:00", cpd, kwame, "is the mental-health CPD going to be recorded? I'm on a late job");
        say(16, "19:30", cpd, rhiannon, "recorded, yes, link to sign-ups only afterwards");
        say(21, "20:00", staffroom, rhiannon, "thanks all who came to the CPD, 15 of us in the end 👏");
    }

    /** E. Allotment society: nobody sells; the committee's notices, a new member's plot account among friends. */
    private void allotments() {
        // Week 1 (W02)
        say(1, "08:00", notices, gwilym, "Water to the site is OFF until March because of the frost. "
                + "Troughs by the gate are filled weekly by the committee");
        say(1, "08:05", notices, gwilym, "Plot rents for 2026 are due by 31 January. Pay online: "
                + "https://forms.example/marlpit-rent or cash at the hut on Saturday mornings");
        Post rosHi = say(1, "12:30", plotChat, rosalind, "Hello! I've just taken on plot 41, the one with "
                + "the collapsed shed and about a million brambles. Any advice welcome");
        re(1, "13:00", hester, rosHi, "Welcome Rosalind! I'm on 39 next door. cut the brambles to the "
                + "ground now, dig the roots out in March when it's softer. and the shed's a goner, sorry");
        re(1, "13:30", barnaby, rosHi, "plot 41! the legend. nobody has tamed it since 2019. no pressure");
        re(1, "14:00", rosalind, rosHi, "brilliant, no pressure at all then 😂 thank you Hester, "
                + "I'll start on Saturday");
        say(2, "17:00", plotChat, barnaby, "slugs survived the frost. of course they did. "
                + "who needs a winter anyway?");
        say(2, "17:40", plotChat, zofia, "u mnie tak samo. same on mine, they ate my winter lettuce");
        say(3, "10:00", seeds, hester, "Spare: broad bean Aquadulce, about 60 seeds, and some sweet pea "
                + "Matucana. Free, in a tin in my shed, help yourselves");
        say(3, "10:30", seeds, zofia, "thank you! taking some sweet peas");
        say(3, "10:35", seeds, rosalind, "and me some broad beans if that's ok? my first sowing!");
        say(3, "10:50", seeds, hester, "of course, take plenty, they go in now");
        say(4, "09:00", plotChat, rosalind, "Day one on the brambles. I have lost a glove and possibly "
                + "a finger");
        say(4, "09:20", plotChat, hester, "I've got spare gauntlets, I'll leave them on your water butt");
        say(4, "09:40", plotChat, rosalind, "you're an angel");
        say(6, "16:00", plotChat, desmond, "does anyone know if the council is still planning the houses "
                + "on the field behind the site?? heard it from the postman");
        say(6, "16:30", plotChat, gwilym, "Desmond, committee's meeting them on the 15th. nothing decided. "
                + "we'll post in notices after");

        // Week 2 (W03)
        say(8, "08:00", notices, gwilym, "Rent reminder: 31 January. https://forms.example/marlpit-rent");
        Post rhubarb = say(8, "18:00", plotChat, zofia, "@Barnaby Cole do you still have spare rhubarb "
                + "crowns? you said in autumn maybe");
        say(9, "09:10", plotChat, hester, "brambles update from plot 39: Rosalind has cleared half! "
                + "I can see her shed's remains now");
        re(9, "12:00", barnaby, rhubarb, "sorry Zofia, missed this last night. two crowns, yours. "
                + "I'll dig them up Saturday");
        re(9, "12:30", zofia, rhubarb, "dziękuję! thank you Barnaby");
        say(10, "10:00", plotChat, rosalind, "half cleared and found a rhubarb of my own under there, "
                + "and a bath. why is there always a bath");
        say(10, "10:20", plotChat, barnaby, "every plot has a bath. it's the law");
        say(10, "10:25", plotChat, hester, "mine had two. I'm a double bath household");
        say(11, "11:00", plotChat, rosalind, "btw I've started keeping a little diary of the plot on "
                + "instagram, @plot41diaries, mostly brambles and baths. follows welcome if you fancy it!");
        say(11, "11:20", plotChat, hester, "followed! the bath deserves its own account");
        say(11, "11:30", plotChat, barnaby, "the bath's more famous than me now");
        say(12, "19:00", seeds, desmond, "anyone got seed potatoes to spare? first earlies");
        say(13, "10:30", seeds, barnaby, "Desmond I've got half a bag of Charlotte, second earlies, "
                + "any use?");
        say(13, "11:00", seeds, desmond, "perfect, thank you!");

        say(14, "15:00", plotChat, zofia, "rhubarb crowns in! Barnaby, my plot thanks you");
        say(14, "15:30", plotChat, barnaby, "🙏🌿");
        // Week 3 (W04)
        say(15, "20:00", notices, gwilym, "Council meeting: the field behind the site is NOT being built on "
                + "this year. Thank you to everyone who wrote in. Full notes at the AGM");
        say(15, "20:30", plotChat, desmond, "brilliant news!! well done committee 👏");
        say(16, "08:30", plotChat, barnaby, "who left a pumpkin on my bench? it's January. I have questions");
        say(16, "09:10", plotChat, zofia, "not me 👀");
        say(17, "10:00", notices, gwilym, "Work day Saturday 24th, 10 till 1: clearing the hedge and fixing "
                + "the gate. Tea and cake by Hester. Put your name down: https://forms.example/marlpit-workday");
        say(17, "11:00", plotChat, rosalind, "fully cleared!! plot 41 has a bath, a rhubarb and a future")
                .react("🎉", barnaby, zofia, gwilym);
        say(17, "11:15", plotChat, hester, "🎉🎉");
        say(18, "19:00", notices, gwilym, "Rent reminder: 13 plots still unpaid, deadline the 31st. "
                + "https://forms.example/marlpit-rent");
    }

    /** F. Esports coaches: a player who takes notes and gives none, a pitch to a newcomer, a streamer's links. */
    private void esports() {
        // Week 1 (W02)
        say(1, "18:00", lobby, marisol, "Welcome back from the break! Scrim night returns Thursday 8pm, "
                + "5v5 Valorant, mixed ranks. Sign up so we can balance teams: "
                + "https://forms.example/clutch-scrims");
        say(1, "18:30", coachMarket, kenji, "Valorant coaching, Iron to Plat. 3 slots open this month, "
                + "£20/hr, VOD review or live. DM me");
        say(1, "18:45", coachMarket, aleks, "CS2 and Valorant, ex-semi-pro. $25/session, slots Tue/Thu");
        Post vod1 = say(2, "20:00", vods, brielle, "Gold 2, Haven, I keep dying first on B. "
                + "VOD: https://youtu.be/br13ll3haven");
        re(2, "21:15", kenji, vod1, "you're peeking the same angle every round from 0:40 on. "
                + "they've read you by round 4. vary your timing, or jiggle-peek before you commit");
        re(2, "21:30", brielle, vod1, "omg yes I do that. thanks!!");
        Post yukiHi = say(3, "17:00", lobby, yuki, "hi! Yuki, silver 3 in Valorant, trying to climb "
                + "before my uni tournament. be gentle lol");
        re(3, "17:06", aleks, yukiHi, "welcome! silver to gold is my speciality, $25 a session and I've "
                + "got slots this week. DM me");
        re(3, "17:30", kenji, yukiHi, "welcome Yuki! scrim night Thursday is a good place to start, "
                + "no pressure, all ranks");
        re(3, "17:45", yuki, yukiHi, "ooh I'll sign up for the scrim!");
        Post vod2 = say(4, "19:30", vods, brielle, "Split this time, attack half. "
                + "https://youtu.be/br13ll3split");
        re(4, "20:40", aleks, vod2, "util's wasted: you smoke mid then never go mid. "
                + "plan where the smoke is for before you throw it");
        re(4, "20:55", brielle, vod2, "ahh ok that's fair. will try");
        Post hamishVod = say(4, "21:30", vods, hamish, "first VOD I've ever posted, Ascent, plat 1. "
                + "would love eyes on my rotations https://youtu.be/hamishascent1");
        say(5, "19:00", lobby, marisol, "Scrim night was chaos in the best way. 14 of you! "
                + "next one Thursday 15th, same sheet https://forms.example/clutch-scrims");
        say(5, "19:20", lobby, yuki, "i died 40 times and had the best night of my life");
        Post vod3 = say(6, "14:00", vods, brielle, "ranked up to Gold 3!! one more: Lotus, defence "
                + "https://youtu.be/br13ll3lotus");
        re(6, "15:10", kenji, vod3, "congrats! your crosshair's on the floor on B main, keep it at head "
                + "height round corners. otherwise big improvement");
        re(6, "15:20", brielle, vod3, "thank you!! will drill it");
        say(6, "22:00", lobby, dashiell, "live now, ranked coaching on stream, come hang "
                + "https://twitch.tv/dashbrooks_gg");

        // Week 2 (W03)
        re(8, "18:00", kenji, hamishVod, "sorry Hamish, this slipped by me. your rotations are fine, it's "
                + "that you rotate on the first sound. wait for a second piece of info");
        re(8, "18:30", hamish, hamishVod, "ahh, thanks Kenji, that makes a lot of sense");
        say(8, "19:00", dmKenji, kenji, "Hamish, here's that aim routine I mentioned in vod-review, "
                + "the map code is 7TP-90X. 15 min before ranked");
        say(8, "19:40", dmKenji, hamish, "legend, cheers");
        say(9, "21:00", lobby, dashiell, "live now! ranked coaching on stream → "
                + "https://twitch.tv/dashbrooks_gg");
        say(10, "12:00", lobby, brielle, "anyone duo tonight? gold 3");
        say(10, "12:10", lobby, yuki, "me! silver though 😅");
        say(10, "12:15", lobby, brielle, "perfect, I'll carry you (I will not carry you)");
        say(11, "21:00", lobby, dashiell, "live again, VOD reviews of viewers' games, come hang "
                + "https://twitch.tv/dashbrooks_gg");
        say(12, "19:00", lobby, marisol, "scrims Thursday, 6 slots left https://forms.example/clutch-scrims");
        say(13, "20:30", lobby, dashiell, "going live in 10 → https://twitch.tv/dashbrooks_gg");
        say(13, "20:45", lobby, hamish, "does anyone actually coach on stream well? genuinely asking");
        say(13, "20:50", lobby, kenji, "some do! depends if they talk to the player or to chat");

        say(14, "12:00", lobby, yuki, "is it normal to tilt this hard in silver");
        say(14, "12:05", lobby, hamish, "yes. it's normal in every rank");
        say(14, "12:08", lobby, brielle, "tilt is a lifestyle");
        // Week 3 (W04)
        Post vod4 = say(15, "19:00", vods, yuki, "my first VOD, Bind, silver 3. pls be honest "
                + "https://youtu.be/yukibind01");
        re(15, "20:00", brielle, vod4, "ok so I was you two weeks ago lol. you're peeking the same angle "
                + "every round at 1:10, switch it up. and your crosshair drops when you run");
        re(15, "20:30", yuki, vod4, "BRIELLE THANK YOU. doing exactly that");
        say(16, "18:00", coachMarket, aleks, "2 slots left this month, $25/session, CS2 or Valorant");
        say(17, "14:00", lobby, yuki, "made gold!!! thank you Brielle and Kenji and the scrim crew")
                .react("🔥", kenji, brielle, hamish);
        say(17, "14:10", lobby, marisol, "GOLD YUKI 🎉");
    }

    /** G. A tattoo studio's own server: its artists answer customers; one lets a returning client wait. */
    private void tattooStudio() {
        // Week 1 (W02)
        say(1, "11:00", flash, vesna, "New year flash sheet! Botanicals, palm-sized, £90 each, one of each "
                + "design only. Book: https://inkandiron.example/book");
        say(1, "11:20", flash, rafe, "and my traditional sheet: daggers, swallows, a very smug cat. "
                + "£100 each https://inkandiron.example/book");
        Post aftercare = say(2, "09:30", frontDesk, ashok, "got my forearm done Saturday, it's peeling like "
                + "mad. is that normal or am I ruining it?");
        re(2, "10:05", vesna, aftercare, "totally normal on day 3-5, Ashok. don't pick, thin layer of balm "
                + "twice a day, and no sun or baths for two weeks");
        re(2, "10:20", ashok, aftercare, "phew, thank you!");
        say(3, "18:00", healed, delia, "my hand-poked moth by @Juno Castellanos, healed 6 months. "
                + "still my favourite thing I own");
        say(3, "18:30", healed, juno, "she's aged beautifully! thank you for sitting so well Delia");
        say(3, "18:40", healed, delia, "I've sent my sister your way btw, she's booking the fern flash");
        say(3, "19:10", healed, juno, "amazing, thank you!! I'll look after her");
        Post price = say(4, "12:00", frontDesk, ewa, "how much would a palm-sized rose on the calf be, "
                + "roughly? black and grey");
        re(4, "12:25", colm, price, "you'd pay a fortune here lol. I'm at Needlepoint in Leeds, "
                + "£80/hr and I'd do it in 2. DM me");
        re(4, "13:40", vesna, price, "Hi Ewa! about £150-180 for palm-sized black and grey, depending on "
                + "detail. any of us could do it, Juno's roses are gorgeous");
        re(4, "14:00", ewa, price, "thank you! I'll have a think about designs");
        say(5, "16:00", flash, juno, "Flash Friday: ferns and moths, £85, 6 designs. "
                + "https://inkandiron.example/book");
        say(6, "13:00", healed, tamsin, "my sleeve by Rafe, healed. the koi still make me smile every day");
        say(6, "13:30", healed, rafe, "that was a fun one! thanks for all those hours Tamsin");

        // Week 2 (W03): Juno away, Vesna holds the fort.
        say(8, "09:00", frontDesk, juno, "Off to the Brighton convention, back on Monday the 19th! "
                + "Vesna and Rafe have my bookings covered");
        Post peony = say(9, "19:00", frontDesk, ewa, "@Juno Castellanos is the peony from your flash still "
                + "free? I'd like it for my forearm instead of the rose");
        re(9, "19:40", vesna, peony, "Ewa, Juno's at the convention till Monday, but I've put a hold on "
                + "the peony for you so nobody else grabs it");
        re(9, "20:00", ewa, peony, "oh thank you! no rush then");
        say(10, "11:00", flash, rafe, "Convention week special: smug cat is back by demand, £100. "
                + "https://inkandiron.example/book");
        say(11, "15:00", frontDesk, colm, "anyone here doing the Brighton con? I'm on stand 14");
        say(12, "10:00", healed, ashok, "forearm healed! no picking was involved. mostly");
        say(12, "10:30", healed, vesna, "looks great Ashok 🙌");
        say(13, "17:00", flash, vesna, "Last three botanicals left from the new year sheet, £90. "
                + "https://inkandiron.example/book");

        say(13, "12:00", frontDesk, ashok, "can I get a small matching one next to the forearm piece or "
                + "is it too soon?");
        say(13, "12:40", frontDesk, vesna, "Ashok, it's healed, so any time! bring a reference and we'll "
                + "fit it in");
        say(13, "12:45", frontDesk, ashok, "👍");

        // Week 3 (W04): Juno back; a returning client waits on Rafe.
        Post blown = say(15, "10:30", frontDesk, tamsin, "@Rafe Donnelly you did my sleeve in October and "
                + "one line on the inner elbow looks a bit blown out now it's settled. is that normal? "
                + "would it need a touch-up?");
        re(15, "11:15", juno, peony, "back! Ewa: yes, the peony's yours. I've a slot on the 3rd if that "
                + "works");
        re(15, "12:00", ewa, peony, "the 3rd is perfect 😍");
        say(15, "18:00", flash, rafe, "Fresh traditional sheet: snakes and roses, £110 each. "
                + "https://inkandiron.example/book");
        Post walkin = say(16, "14:00", frontDesk, delia, "do you do walk-ins on Saturdays?");
        re(16, "14:45", rafe, walkin, "we do! from 11, first come first served, flash only");
        say(16, "15:00", frontDesk, delia, "perfect, see you Saturday");
        say(17, "20:00", frontDesk, tamsin, "@Rafe Donnelly sorry to bump, just a bit worried about it 🙏");
        say(18, "09:30", flash, rafe, "Two snakes already gone! 4 left. https://inkandiron.example/book");
        re(18, "16:00", rafe, blown, "sorry Tamsin, I missed this! a little blowout in the crease is common, "
                + "it doesn't spread. pop in and I'll have a look, touch-ups are free for my work");
        re(18, "16:30", tamsin, blown, "phew. thank you, I'll come by Saturday");
        say(20, "15:00", healed, delia, "walk-in moth #2 from Saturday! thanks @Rafe Donnelly");
    }

    /** H. Stained-glass makers: a seller who scatters one listing, a maker asked for her price, a class by DM. */
    private void stainedGlass() {
        // Week 1 (W02)
        Post foil = say(1, "19:00", workbench, imelda, "total beginner question: copper foil or lead came "
                + "for a first suncatcher? the videos all disagree");
        re(1, "19:30", cormac, foil, "foil for small pieces with lots of curves, came for anything that "
                + "goes in a window. for a first suncatcher, foil, every time");
        re(1, "19:45", imelda, foil, "foil it is. what width tape?");
        re(1, "20:10", cormac, foil, "7/32 to start, it's forgiving");
        say(2, "18:00", panels, sunniva, "WIP: a heron for a front door, 40 pieces, 12 cut. "
                + "https://sunnivaberg.example/heron-wip");
        say(2, "18:30", panels, wilf, "that neck is going to be a pig to cut. looks great though");
        say(2, "19:00", panels, neville, "my first lead-came panel, a plain diamond quarry. it's wonky "
                + "but it's MINE");
        say(3, "12:00", workbench, wilf, "oh brilliant, cracked the last sheet of streaky ruby. "
                + "living the dream?!");
        say(3, "12:15", workbench, neville, "the glass gods demand a sacrifice");
        Post flux = say(4, "20:00", workbench, neville, "anyone else's flux leaving green gunk on the "
                + "solder lines after a day?");
        re(5, "09:10", imelda, flux, "mine did that until I washed the panel properly with warm water and "
                + "a drop of washing-up liquid straight after soldering. the flux residue oxidises");
        re(5, "09:30", neville, flux, "huh, I never wash it. thank you Imelda");
        say(5, "18:00", classifieds, agnieszka, "For sale: mixed offcut boxes from my studio, 2kg of "
                + "cathedral and opal, £18 + postage. https://wolnaglass.example/offcut-box");
        Post coursq = say(6, "10:00", workbench, imelda, "@Cormac Ellery do you still teach the weekend "
                + "leading class? how much is it these days?");
        say(6, "16:00", dmCormac, cormac, "Hi Imelda, yes! £95 for the weekend, materials included, next "
                + "one is 14-15 Feb. form's here if you want a place: https://forms.example/ellery-leading");
        say(6, "16:40", dmCormac, imelda, "signed up!! thank you");
        re(6, "17:00", imelda, coursq, "sorted by DM, thank you Cormac!");

        // Week 2 (W03): one offcut listing into three rooms.
        say(8, "19:00", panels, sunniva, "heron finished and fitted! "
                + "https://sunnivaberg.example/heron-door");
        Post heronQ = say(8, "19:30", panels, wilf, "stunning. do you sell panels like this or only "
                + "commissions?");
        re(8, "20:15", sunniva, heronQ, "both! the smaller birds are in my shop, £140 for a 30cm one: "
                + "https://sunnivaberg.example/shop");
        say(9, "08:00", panels, neville, "second panel, diamond quarries again but less wonky");
        say(10, "19:00", classifieds, agnieszka, "New offcut boxes, this time streaky and ripple glass, "
                + "2kg for £20: https://wolnaglass.example/offcut-box-2");
        say(10, "19:15", workbench, agnieszka, "if anyone's after cheap glass for practice, my streaky "
                + "offcut boxes just went up, £20 → https://wolnaglass.example/offcut-box-2");
        say(10, "19:30", panels, agnieszka, "streaky and ripple offcuts 2kg £20, great for small panels "
                + "https://wolnaglass.example/offcut-box-2");
        say(10, "20:00", workbench, wilf, "is anyone else's kiln taking forever to get up to temp in "
                + "this cold, or is mine dying?");
        say(11, "09:00", workbench, cormac, "@Wilf Barraclough probably the cold garage. insulate round it "
                + "and check the elements aren't sagging");
        say(11, "10:00", workbench, wilf, "the elements are sagging. of course they are");
        Post suncatcher = say(12, "18:00", panels, imelda, "first suncatcher done! foil, 7/32, "
                + "thanks to Cormac's advice");
        re(12, "18:20", cormac, suncatcher, "look at those beads! lovely and even");
        re(12, "19:00", agnieszka, suncatcher, "lovely work! for anyone after more colour for their "
                + "next one, my streaky offcut boxes are £20: https://wolnaglass.example/offcut-box-2");

        say(14, "10:00", workbench, neville, "does anyone know if the guild meetup is still on for "
                + "February?");
        say(14, "13:00", workbench, cormac, "still on, 7th Feb at the church hall in Otley");

        // Week 3 (W04)
        Post cutter = say(15, "19:00", workbench, neville, "which glass cutter do people actually like? "
                + "mine skips");
        re(15, "19:30", imelda, cutter, "a pistol-grip oil cutter changed my life. and oil the wheel");
        re(16, "08:00", agnieszka, cutter, "pistol grip for me too. keep the pressure light, "
                + "skipping is usually too much pressure");
        re(16, "08:30", neville, cutter, "light pressure, got it. thanks both");
        say(17, "11:00", classifieds, neville, "Wanted: a second-hand grinder, small, in Yorkshire");
        say(17, "11:30", classifieds, cormac, "@Neville Ormerod I've an old Gryphette I don't use, "
                + "yours for £30 if you collect from Ilkley");
        say(17, "12:00", classifieds, neville, "yes please!!");
        say(18, "15:00", panels, wilf, "kiln fixed, first fused dish, it's blue and it's round and "
                + "I'm weirdly proud");
        say(18, "15:20", panels, sunniva, "blue and round is the dream");
    }
}
