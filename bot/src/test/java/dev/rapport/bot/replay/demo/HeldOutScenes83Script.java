package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 83 (sealed): eight communities of fashion, textiles and clothing, of kinds no earlier round used
 * (freelance pattern cutters with a room where small fashion brands ask, a hand-weavers' guild where nobody sells, a
 * dressmaking fabric shop's own server with its Staff, screen printers with a room where bands and clubs ask and a
 * newcomer's DM, a clothes-swap group where nobody sells, theatre and dance costume makers with a wardrobe jobs board,
 * hand spinners with a shepherd who sells fleeces, milliners with a room where wedding guests and racegoers ask), over
 * three ISO weeks (2029-W46 to W48), written and labelled by writer83 (session 46) before any coach ran on them, with
 * many borderline cases. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-83.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes83Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 11, 12);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-83";
    private static final int BASE = 64400;

    // --- A. freelance pattern cutters, with a room where small brands ask ---
    private final String cutting = cast.guild(1111);
    private final Channel ctRoom = cast.channel(cutting, "The Cutting Table", "cutting-room",
            "pattern cutters' shop talk: blocks, fit, software, rates", "ct-cutting-room.json");
    private final Channel ctBrands = cast.channel(cutting, "The Cutting Table", "brands-ask",
            "small labels and designers ask, pattern cutters answer", "ct-brands-ask.json");
    private final Channel ctGrading = cast.channel(cutting, "The Cutting Table", "grading-help",
            "size ranges, grade rules, nesting", "ct-grading-help.json");
    private final Channel ctOff = cast.channel(cutting, "The Cutting Table", "off-cuts",
            "anything else", "ct-off-cuts.json");
    private final Persona odile = cast.person("odile.m", "Odile Marchetti");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wrona");
    private final Persona priya = cast.person("priya.lal", "Priya Lal");
    private final Persona jenna = cast.person("jenna.holt", "Jenna Holt");
    private final Persona kwame = cast.person("kwame.a", "Kwame Asante");
    private final Persona fern = cast.person("fern.g", "Fern Gallagher");

    // --- B. a hand-weavers' guild (nobody sells) ---
    private final String weave = cast.guild(1112);
    private final Channel wvLoom = cast.channel(weave, "Warp & Weft Guild", "loom-room",
            "looms, warping, problems at the loom", "wv-loom-room.json");
    private final Channel wvDrafts = cast.channel(weave, "Warp & Weft Guild", "drafts-and-reading",
            "weaving drafts, threading, and good reading on weaving", "wv-drafts-and-reading.json");
    private final Channel wvMeet = cast.channel(weave, "Warp & Weft Guild", "guild-meetings",
            "monthly meetings and workshops", "wv-guild-meetings.json");
    private final Channel wvTea = cast.channel(weave, "Warp & Weft Guild", "tea-break",
            "off topic", "wv-tea-break.json");
    private final Persona margaret = cast.person("margaret.o", "Margaret Oduya");
    private final Persona bill = cast.person("bill.henshaw", "Bill Henshaw");
    private final Persona sunniva = cast.person("sunniva.d", "Sunniva Dahl");
    private final Persona rosa = cast.person("rosa.pinto", "Rosa Pinto");
    private final Persona arthur = cast.person("arthur.f", "Arthur Finch");
    private final Persona elspeth = cast.person("elspeth.m", "Elspeth Moir");

    // --- C. a dressmaking fabric shop's own server, with its Staff ---
    private final String selvedge = cast.guild(1113);
    private final Role staff = cast.role("Staff", "#b5476b", 2);
    private final Channel seNew = cast.channel(selvedge, "Selvedge & Co Fabrics", "new-in",
            "new fabrics, restocks and shop news from the team", "se-new-in.json");
    private final Channel seHelp = cast.channel(selvedge, "Selvedge & Co Fabrics", "sewing-help",
            "stuck on a make? ask the room", "se-sewing-help.json");
    private final Channel seOrders = cast.channel(selvedge, "Selvedge & Co Fabrics", "order-help",
            "questions about your order: the team answers here", "se-order-help.json");
    private final Channel seChat = cast.channel(selvedge, "Selvedge & Co Fabrics", "chit-chat",
            "what are you making?", "se-chit-chat.json");
    private final Persona hattie = cast.person("hattie.selwyn", "Hattie Selwyn", staff);
    private final Persona devR = cast.person("dev.raman", "Dev Raman", staff);
    private final Persona lucy = cast.person("lucy.amos", "Lucy Amos", staff);
    private final Persona gloria = cast.person("gloria.benn", "Gloria Benn");
    private final Persona yusra = cast.person("yusra.k", "Yusra Karim");
    private final Persona nadia = cast.person("nadia.frost", "Nadia Frost");
    private final Persona pam = cast.person("pam.ridley", "Pam Ridley");

    // --- D. screen printers, with a room where bands and clubs ask ---
    private final String squeegee = cast.guild(1114);
    private final Channel sqPress = cast.channel(squeegee, "Squeegee Club", "press-floor",
            "printers' shop talk: screens, exposure, presses", "sq-press-floor.json");
    private final Channel sqAsk = cast.channel(squeegee, "Squeegee Club", "ask-a-printer",
            "bands, clubs and small brands ask about getting things printed", "sq-ask-a-printer.json");
    private final Channel sqKit = cast.channel(squeegee, "Squeegee Club", "kit-and-inks",
            "kit, inks, blanks: suppliers welcome", "sq-kit-and-inks.json");
    private final Channel sqAfter = cast.channel(squeegee, "Squeegee Club", "after-hours",
            "off topic", "sq-after-hours.json");
    private final Persona leon = cast.person("leon.brack", "Leon Brack");
    private final Persona maddie = cast.person("maddie.q", "Maddie Quinn");
    private final Persona carla = cast.person("carla.ruiz", "Carla Ruiz");
    private final Persona joel = cast.person("joel.am", "Joel Amankwah");
    private final Persona sandy = cast.person("sandy.p", "Sandy Pollock");
    private final Persona theo = cast.person("theo.marsh", "Theo Marsh");
    private final Channel dmTheoJoel = cast.dm(theo, "dm-theo-marsh.json");

    // --- E. a clothes-swap group (nobody sells) ---
    private final String swap = cast.guild(1115);
    private final Channel swDay = cast.channel(swap, "Hulme Clothes Swap", "swap-day",
            "the monthly swap: dates, set-up, volunteer sheet", "sw-swap-day.json");
    private final Channel swRails = cast.channel(swap, "Hulme Clothes Swap", "on-the-rails",
            "what you're bringing, what you're hunting for", "sw-on-the-rails.json");
    private final Channel swMend = cast.channel(swap, "Hulme Clothes Swap", "mending-corner",
            "fix it before you swap it", "sw-mending-corner.json");
    private final Channel swChat = cast.channel(swap, "Hulme Clothes Swap", "chat",
            "anything", "sw-chat.json");
    private final Persona bea = cast.person("bea.ok", "Bea Okonkwo");
    private final Persona ciaran = cast.person("ciaran.w", "Ciaran Walsh");
    private final Persona mina = cast.person("mina.h", "Mina Haddad");
    private final Persona joyce = cast.person("joyce.p", "Joyce Pemberton");
    private final Persona toby = cast.person("toby.fenn", "Toby Fenn");
    private final Persona ola = cast.person("ola.nowak", "Ola Nowak");
    private final Persona harriet = cast.person("harriet.l", "Harriet Lyle");

    // --- F. theatre and dance costume makers, with a wardrobe jobs board ---
    private final String wardrobe = cast.guild(1116);
    private final Channel waWork = cast.channel(wardrobe, "Wardrobe Dept", "workroom",
            "costume makers' chat: cutting, construction, fittings", "wa-workroom.json");
    private final Channel waJobs = cast.channel(wardrobe, "Wardrobe Dept", "jobs-board",
            "productions post calls for makers, dressers and wardrobe crew", "wa-jobs-board.json");
    private final Channel waFix = cast.channel(wardrobe, "Wardrobe Dept", "quick-fixes",
            "emergency repairs, quick changes, show-day disasters", "wa-quick-fixes.json");
    private final Channel waGreen = cast.channel(wardrobe, "Wardrobe Dept", "green-room",
            "off topic", "wa-green-room.json");
    private final Persona imogen = cast.person("imogen.c", "Imogen Castell");
    private final Persona dara = cast.person("dara.k", "Dara Kelleher");
    private final Persona nkechi = cast.person("nkechi.o", "Nkechi Obi");
    private final Persona felix = cast.person("felix.arden", "Felix Arden");
    private final Persona ruth = cast.person("ruth.abbott", "Ruth Abbott");
    private final Persona wren = cast.person("wren.lacey", "Wren Lacey");

    // --- G. hand spinners, with a shepherd who sells fleeces ---
    private final String spindle = cast.guild(1117);
    private final Channel spWheel = cast.channel(spindle, "Spindle & Wheel", "wheel-talk",
            "wheels, spindles, plying, troubleshooting", "sp-wheel-talk.json");
    private final Channel spFleece = cast.channel(spindle, "Spindle & Wheel", "fleece-and-fibre",
            "fleeces, batts and fibre for sale or swap: sellers welcome", "sp-fleece-and-fibre.json");
    private final Channel spAlong = cast.channel(spindle, "Spindle & Wheel", "spin-along",
            "this winter's spin-along: progress and questions", "sp-spin-along.json");
    private final Channel spFluff = cast.channel(spindle, "Spindle & Wheel", "fluff",
            "off topic", "sp-fluff.json");
    private final Persona alys = cast.person("alys.p", "Alys Pritchard");
    private final Persona gordon = cast.person("gordon.lusk", "Gordon Lusk");
    private final Persona noor = cast.person("noor.r", "Noor Rahman");
    private final Persona kit = cast.person("kit.harrow", "Kit Harrow");
    private final Persona pearl = cast.person("pearl.a", "Pearl Ashdown");
    private final Persona lindsay = cast.person("lindsay.c", "Lindsay Crowe");

    // --- H. milliners, with a room where wedding guests and racegoers ask ---
    private final String millinery = cast.guild(1118);
    private final Channel miBlock = cast.channel(millinery, "Blocked & Brimmed", "block-room",
            "milliners' shop talk", "mi-block-room.json");
    private final Channel miAsk = cast.channel(millinery, "Blocked & Brimmed", "ask-a-milliner",
            "wedding guests, racegoers and anyone with a hat question", "mi-ask-a-milliner.json");
    private final Channel miMat = cast.channel(millinery, "Blocked & Brimmed", "materials",
            "sinamay, felt, straw, blocks, wire", "mi-materials.json");
    private final Channel miStand = cast.channel(millinery, "Blocked & Brimmed", "hat-stand",
            "show us what you've made", "mi-hat-stand.json");
    private final Persona cordelia = cast.person("cordelia.v", "Cordelia Vane");
    private final Persona saoirse = cast.person("saoirse.b", "Saoirse Byrne");
    private final Persona georgina = cast.person("georgina.pell", "Georgina Pell");
    private final Persona perpetua = cast.person("perpetua.lin", "Perpetua Lin");
    private final Persona aoife = cast.person("aoife.b", "Aoife Brennan");
    private final Persona ned = cast.person("ned.carrow", "Ned Carrow");
    private final Persona zainab = cast.person("zainab.o", "Zainab Oyelaran");

    private HeldOutScenes83Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        cutters();
        weavers();
        fabricShop();
        printers();
        swappers();
        costumiers();
        spinners();
        milliners();
    }

    private void cutters() {
        // W46: Odile helps Kwame on three days; Tomasz answers a half-ask with his own paid block; Odile quotes grading
        say(1, "09:05", ctRoom, odile, "morning all. who else is drowning in SS30 sampling already");
        say(1, "09:20", ctRoom, priya, "me. three brands all want toiles by friday, as if");
        say(1, "09:31", ctRoom, tomasz, "friday is a state of mind");
        Post k1 = say(1, "11:02", ctBrands, kwame, "first collection here, 6 pieces. do I need a separate pattern for "
                + "each size or do you grade from one?");
        Post o1 = say(1, "11:40", ctBrands, odile, "you make one base pattern in your sample size and grade it out. "
                + "most small labels sample in a 10 or M. don't pay for six patterns, pay for one plus grading");
        re(1, "12:15", kwame, o1, "ah ok that makes sense thanks");
        say(2, "08:50", ctRoom, priya, "anyone got a decent basic trouser block they'd trust? mine's from an old "
                + "Aldrich edition and the rise is off on everyone");
        say(2, "09:10", ctRoom, tomasz, "I sell a set, the trouser block is the one I use for everything, rise "
                + "sorted: wronablocks.example/trouser");
        say(2, "09:14", ctRoom, odile, "or lower the back crotch curve 1cm and scoop, that's usually the Aldrich rise "
                + "issue");
        say(2, "09:30", ctRoom, priya, "ha thanks both. might just redraft with Odile's scoop first, cheaper 😄");
        say(2, "09:32", ctRoom, tomasz, "fair, it's what I'd say too");
        Post j1 = say(2, "14:00", ctBrands, jenna, "does anyone here do grading? need S-XL for 3 styles, would pay "
                + "obviously");
        re(2, "14:25", odile, j1, "yes, I grade. 3 styles S-XL is about £180 all in if the base patterns are clean. "
                + "DM me the specs and I'll look");
        re(2, "14:40", jenna, j1, "perfect, DMing now");
        say(3, "10:10", ctBrands, kwame, "my factory says my patterns have no seam allowance?? is that normal");
        say(3, "10:45", ctBrands, odile, "@Kwame Asante depends who drafted them. some CAD patterns are nett. ask the "
                + "factory what allowance they want (usually 1cm, 1.5 on side seams) and get them added, don't let "
                + "them guess");
        say(3, "11:00", ctBrands, kwame, "thanks Odile");
        say(3, "16:20", ctGrading, priya, "grade rule question: anyone still using 4cm jumps between 12 and 14 or "
                + "has everyone gone to 5");
        say(3, "16:40", ctGrading, odile, "5 for bust and hip on my womenswear, 4 at the waist");
        say(3, "16:42", ctGrading, tomasz, "same, 5/4/5");
        say(4, "12:00", ctOff, tomasz, "someone left a full roll of dot and cross paper on the bus. not me. it was "
                + "me");
        say(4, "12:05", ctOff, priya, "😂");
        say(5, "09:30", ctBrands, kwame, "last one I promise: how many samples should I make before production");
        say(5, "10:05", ctBrands, odile, "one proto, fit it, one pre-production sample in the real fabric, sign that "
                + "off. two minimum. skipping the PP sample is how you get 300 wrong coats");
        Post kthx = say(5, "10:20", ctBrands, kwame, "ok. thanks");
        kthx.react("👍", odile);
        say(6, "15:00", ctOff, odile, "sunday lunch at my mum's, she's asked me to 'just take up' four pairs of "
                + "trousers. the cobbler's children");
        // W47: Priya talks only to fellow cutters while brands' questions wait; Jenna's question to her goes to Odile
        say(8, "09:00", ctRoom, priya, "@Odile Marchetti did the scoop. rise is fixed. I owe you a coffee");
        say(8, "09:15", ctRoom, odile, "told you. Aldrich rises are a rite of passage");
        say(8, "09:40", ctRoom, priya, "@Tomasz Wrona what are you using for marker making these days, still Gerber?");
        say(8, "10:00", ctRoom, tomasz, "Gerber at the studio, Seamly at home for the small jobs");
        say(8, "10:05", ctRoom, priya, "Seamly any good for grading?");
        say(8, "10:20", ctRoom, tomasz, "fine for 5 sizes, painful past that");
        Post jp = say(9, "11:00", ctBrands, jenna, "@Priya Lal saw your pleated skirt on insta, do you do knife-pleat "
                + "patterns for other labels?");
        say(9, "11:40", ctBrands, odile, "@Jenna Holt not Priya but: knife pleats are easy to draft, the hard bit is "
                + "the pleating house. Ace Pleating in Leicester do small runs, get the pattern made to their spec");
        re(9, "12:00", jenna, jp, "oh useful, thanks Odile! will ring Ace");
        say(9, "14:00", ctGrading, priya, "anyone graded a raglan recently, do you split the sleeve grade at the "
                + "neck or the underarm");
        say(9, "14:20", ctGrading, odile, "both, mostly at the underarm though");
        say(9, "14:25", ctGrading, priya, "ok thought so. ta");
        say(10, "10:00", ctBrands, kwame, "is it normal for a pattern cutter to charge for the toile fabric on top?");
        say(10, "16:00", ctRoom, priya, "@Odile Marchetti @Tomasz Wrona day rates check, I'm at £280 and feel cheap");
        say(10, "16:10", ctRoom, odile, "I'm at 300 for brands, 250 for students");
        say(10, "16:15", ctRoom, tomasz, "320 but I'm old and slow");
        say(10, "16:20", ctRoom, priya, "going up to 300 in January then");
        say(11, "10:30", ctBrands, fern, "anyone know a pattern cutter who does menswear tailoring? jackets");
        say(11, "19:00", ctRoom, priya, "@Tomasz Wrona you did that tailoring course in Hackney didn't you, worth it?");
        say(11, "19:30", ctRoom, tomasz, "yes, the canvassing module alone");
        say(12, "09:00", ctBrands, tomasz, "@Kwame Asante yes usually, toile calico is cheap but it's on the invoice. "
                + "@Fern Gallagher I do menswear jackets, happy to chat");
        say(12, "09:20", ctBrands, fern, "great, will message you");
        say(12, "17:00", ctRoom, priya, "@Odile Marchetti that coffee I owe you, thursday near the studio?");
        say(12, "17:30", ctRoom, odile, "go on then, 11ish");
        say(13, "11:50", ctRoom, priya, "running 5 min late, save me a seat");
        // W48: Tomasz pushes his block sale unasked, twice; Fern scatters her deadstock offer over three rooms
        say(15, "09:00", ctRoom, odile, "anyone else's laptop dying every time they open a 40-piece marker or just me");
        say(15, "09:10", ctRoom, priya, "just you. buy a new laptop, you charge 300 now");
        say(16, "08:30", ctRoom, tomasz, "black friday: whole block library 40% off till Monday, "
                + "wronablocks.example/library");
        say(16, "11:00", ctBrands, kwame, "thanks for the answer on the calico Tomasz, makes sense now");
        say(17, "10:00", ctBrands, fern, "deadstock sale: 40m of Italian wool crepe, navy and black, £6/m, "
                + "fernfabrics.example/deadstock");
        say(17, "10:20", ctRoom, fern, "if any of your brands need crepe for SS30, 40m at £6/m: "
                + "fernfabrics.example/deadstock");
        say(17, "11:30", ctOff, fern, "clearing the studio, wool crepe £6/m, fernfabrics.example/deadstock");
        say(17, "11:45", ctOff, odile, "tempted and I don't even need crepe");
        say(18, "09:00", ctOff, tomasz, "last day of the block sale, wronablocks.example/library");
        say(19, "14:00", ctGrading, jenna, "our grader sent back an XL with the armhole smaller than the L?? is that "
                + "ever right");
        say(19, "14:30", ctGrading, odile, "no. send it back, the armhole depth rule's been applied backwards");
        say(19, "14:45", ctGrading, jenna, "knew it. thank you");
        say(20, "17:00", ctOff, priya, "finished the last toile of the season. going to lie down in a dark room");
    }

    private void weavers() {
        // W46: Rosa is helped on three days but answers Elspeth once; Arthur passes on reading the room talks about
        say(1, "10:00", wvLoom, rosa, "hello, new to the guild and to weaving. got a secondhand 4-shaft table loom. "
                + "the warp keeps going slack on one side, what am I doing wrong?");
        say(1, "10:30", wvLoom, sunniva, "@Rosa Pinto welcome! almost always uneven tension when you wound on. unwind "
                + "a bit, comb it through with your fingers under tension, and put sticks or paper between the layers");
        say(1, "10:50", wvLoom, rosa, "will try tonight, thanks");
        say(1, "12:00", wvDrafts, arthur, "lovely piece on Bronson lace and where the name came from: "
                + "handwovenhistory.example/bronson");
        say(1, "12:30", wvDrafts, sunniva, "oh that's good, I never knew it was a Rhode Island family");
        say(1, "12:40", wvDrafts, arthur, "two of them! father and son, the son wrote it up");
        say(2, "09:00", wvTea, margaret, "frost on the car this morning, the dye garden has given up for the year");
        say(2, "09:10", wvTea, elspeth, "mine gave up in September 😂");
        say(2, "15:00", wvDrafts, arthur, "and this one on overshot coverlets in Appalachia, long but worth it: "
                + "textilemuseum.example/overshot-coverlets");
        say(2, "18:00", wvDrafts, margaret, "read it on the train, the photos of the drafts pinned to the cabin wall!");
        say(2, "18:05", wvDrafts, arthur, "that's what got me too");
        say(3, "11:00", wvLoom, rosa, "the slack side is better but now my selvedges draw in like crazy");
        say(3, "11:20", wvLoom, sunniva, "leave the weft at an angle, like a hill, before you beat. 30 degrees or so. "
                + "it gives the weft room to go over and under");
        say(3, "11:25", wvLoom, margaret, "and a temple if it's wide, but try the angle first");
        say(3, "11:40", wvLoom, rosa, "the hill thing!! amazing thank you");
        say(3, "11:50", wvLoom, arthur, "@Rosa Pinto and check the beater's square to the warp while you're at it, "
                + "mine wasn't for a year");
        say(3, "12:10", wvLoom, rosa, "it's not!! one side's a good 5mm back. thank you Arthur");
        say(4, "14:00", wvLoom, elspeth, "does anyone know if a 15 inch boat shuttle fits through a 4-shaft Ashford "
                + "shed? the shop's out of the 11s");
        say(4, "14:35", wvLoom, rosa, "@Elspeth Moir mine's an Ashford 4-shaft and my 15 goes through fine if you "
                + "open the shed fully, it's a bit tight on the back shafts");
        say(4, "14:40", wvLoom, elspeth, "perfect, ordering the 15 then. ta Rosa");
        say(4, "19:00", wvDrafts, arthur, "short one on reading a profile draft, for the newer folk: "
                + "weavingbasics.example/profile-drafts");
        say(4, "19:30", wvDrafts, rosa, "this is exactly what I was confused by yesterday, thank you");
        say(5, "10:00", wvDrafts, rosa, "trying to read a twill draft from a book, the tie-up is written as "
                + "numbers, do the numbers mean which shafts go up?");
        say(5, "10:25", wvDrafts, sunniva, "yes, on a table loom read them as the shafts you lift together for that "
                + "pick. 1-2, 2-3, 3-4, 4-1 for a plain 2/2 twill");
        say(5, "10:30", wvDrafts, rosa, "oh!! it's just a recipe. thanks Sunniva");
        say(6, "16:00", wvDrafts, arthur, "weekend reading, the Bauhaus weaving workshop: designhistory.example/"
                + "bauhaus-weaving");
        say(5, "17:00", wvTea, arthur, "the library's heating is fixed, so Thursday won't be coats-on weaving");
        say(6, "16:10", wvDrafts, elspeth, "Anni Albers forever");
        say(6, "16:15", wvDrafts, arthur, "her On Weaving is on the library shelf at guild, if anyone wants it");
        // W47: Bill's sign-up sheet, a reminder asked for, then places left; Margaret answers with a thumbs-up
        Post sheet = say(8, "19:00", wvMeet, bill, "December meeting is the 6th, 7pm at the library. Saturday the 8th "
                + "is the rigid heddle workshop, 10 places, sign up here: forms.example/warpweft-dec");
        say(8, "19:20", wvMeet, margaret, "@Bill Henshaw remind us nearer the time? I always forget until it's full");
        sheet.react("👍", sunniva, rosa);
        Post lib = say(9, "09:00", wvMeet, elspeth, "@Margaret Oduya still the library for the meeting, not the "
                + "church hall?");
        lib.react("👍", margaret);
        say(9, "18:00", wvLoom, sunniva, "broke my first warp thread in about a year. hung a repair end off a film "
                + "canister and carried on, smug");
        say(9, "18:10", wvLoom, margaret, "the film canister trick! nobody under 40 knows what those are");
        say(10, "12:00", wvTea, rosa, "finished my first scarf. it is wonky. I love it");
        say(10, "12:05", wvTea, sunniva, "wonky first scarves are the best ones, wear it");
        say(11, "10:00", wvLoom, elspeth, "my brake on the floor loom is slipping, the warp creeps forward as I beat");
        say(11, "10:40", wvLoom, bill, "@Elspeth Moir check the brake cord, ours stretched. a new bit of "
                + "polyester cord and a tighter spring sorted it");
        say(11, "11:00", wvLoom, elspeth, "cord was fraying. new one on, thank you Bill");
        say(12, "19:00", wvMeet, bill, "as asked: rigid heddle workshop Saturday 8 Dec, sheet here "
                + "forms.example/warpweft-dec");
        say(14, "18:00", wvMeet, bill, "4 places left on the workshop sheet: forms.example/warpweft-dec");
        say(14, "18:20", wvMeet, rosa, "signed up!");
        // W48: quiet guild chat
        say(15, "10:00", wvDrafts, arthur, "Handwoven's archive is free this week: handwovenarchive.example/free-week");
        say(15, "10:30", wvDrafts, margaret, "grabbing every summer & winter draft I can");
        say(16, "20:00", wvTea, elspeth, "anyone for the Christmas meal after the meeting? pub on Oak St");
        say(16, "20:10", wvTea, margaret, "yes please");
        say(16, "20:12", wvTea, bill, "count me in");
        say(17, "11:00", wvLoom, rosa, "warped the floor loom front to back on my own. took 4 hours. no crosses lost");
        say(17, "11:05", wvLoom, sunniva, "that's a proper weaver now 🎉");
        say(19, "14:00", wvLoom, margaret, "reminder to the new folk: the guild's loan looms are in the library "
                + "store, ask me for the key");
    }

    private void fabricShop() {
        // W46: the shop's news in its own room; the team answers customers
        say(1, "09:00", seNew, hattie, "new in: organic cotton double gauze in six colours, £14/m. "
                + "selvedgeandco.example/double-gauze");
        say(1, "09:40", seChat, gloria, "ooh the rust one. making pyjamas for everyone for christmas again");
        say(1, "10:00", seChat, hattie, "@Gloria Benn the rust is my favourite too. how many pairs this year?");
        say(1, "10:10", seChat, gloria, "seven. I never learn");
        Post y1 = say(2, "11:00", seHelp, yusra, "first time sewing with viscose, it keeps slipping under the foot "
                + "and the seams go wavy. any tips?");
        say(2, "11:30", seHelp, lucy, "@Yusra Karim a fresh 70 needle, tissue paper under the seam, and lower your "
                + "presser foot pressure if you can. pin every 5cm, it's a faff but it works");
        re(2, "11:50", yusra, y1, "tissue paper!! who knew. thanks Lucy");
        say(2, "14:00", seHelp, pam, "how much fabric for a gathered midi skirt, I'm a 14?");
        say(2, "14:20", seHelp, hattie, "@Pam Ridley 2m of 150cm wide does it with a bit spare for pockets. 2.5m if "
                + "it's a print you want to match");
        say(2, "14:25", seHelp, pam, "thanks Hattie, ordering now");
        say(3, "10:00", seChat, gloria, "I sent my sister to you, she's making her first skirt in the cord she bought "
                + "last week 🙌");
        say(3, "10:20", seChat, hattie, "@Gloria Benn oh that's lovely, thank you! tell her to come and show us");
        say(4, "09:00", seNew, hattie, "restock: the Japanese cotton lawns are back, all 9 prints. "
                + "selvedgeandco.example/lawn");
        say(4, "12:00", seHelp, nadia, "anyone sewn the new double gauze yet, does it shrink much?");
        say(4, "12:30", seHelp, devR, "@Nadia Frost about 5% in our wash test. prewash it hot if you're making "
                + "anything fitted");
        say(4, "12:35", seHelp, nadia, "good to know, thanks Dev");
        say(5, "16:00", seChat, pam, "skirt done!! the pockets are a bit low but whatever");
        say(5, "16:10", seChat, hattie, "low pockets are fine, your hands just go in further 😄 it looks great");
        say(6, "11:00", seChat, yusra, "the viscose top worked. tissue paper is my new religion");
        say(6, "11:10", seChat, lucy, "yesss 🎉");
        // W47: Dev says he's away; Lucy covers his customer's question; Nadia answers a half-ask with her own
        // pattern, then pushes its sale twice unasked
        say(8, "08:30", seOrders, devR, "heads up, I'm off Tuesday to Thursday this week. Lucy and Hattie have "
                + "order questions");
        Post yo = say(9, "10:00", seOrders, yusra, "@Dev Raman my order 4471 hasn't arrived, tracking stuck at the "
                + "depot since Friday");
        say(9, "15:00", seOrders, lucy, "@Yusra Karim Dev's off so I've looked: the courier lost the label. I've "
                + "sent a replacement today, first class, no charge");
        re(9, "15:10", yusra, yo, "oh amazing, thanks Lucy");
        Post wrapQ = say(9, "19:00", seHelp, pam, "any wrap dress pattern recs for a beginner? something with a "
                + "proper bodice not just a tube");
        re(9, "19:30", nadia, wrapQ, "mine is written for beginners, proper bodice with darts, there's a sew-along "
                + "video: nadiafrost.example/wrap-dress");
        say(9, "19:40", seHelp, gloria, "the Sew Over It one is good too, I've made it twice");
        say(9, "20:00", seHelp, pam, "thanks both, will have a look at each");
        say(10, "09:00", seChat, nadia, "my wrap dress pattern is 20% off this weekend! nadiafrost.example/wrap-dress");
        say(10, "11:00", seNew, hattie, "wool coatings are in for winter, 8 colours: selvedgeandco.example/coating");
        say(10, "11:30", seChat, gloria, "the bottle green coating!!! my bank account is crying");
        say(11, "09:00", seOrders, devR, "back. @Yusra Karim sorry about 4471, glad Lucy caught it");
        say(11, "09:30", seOrders, yusra, "all good, it came this morning");
        say(12, "20:00", seHelp, nadia, "reminder the wrap dress pattern sale ends tonight: "
                + "nadiafrost.example/wrap-dress");
        say(13, "14:00", seHelp, gloria, "what interfacing for a coat facing? wool coating, medium weight");
        say(13, "14:30", seHelp, lucy, "@Gloria Benn a weft insert fusible, test it on a scrap first at wool "
                + "temperature");
        say(13, "14:40", seHelp, gloria, "we've got that in, haven't we? will add it to the order");
        // W48: the sale link into three rooms at once; Gloria's question to Hattie waits over two days
        say(15, "08:00", seNew, hattie, "BLACK FRIDAY WEEK: 20% off everything till Sunday, "
                + "selvedgeandco.example/sale");
        say(15, "08:10", seHelp, hattie, "psst, 20% off everything this week: selvedgeandco.example/sale");
        say(15, "08:20", seChat, hattie, "sale's on! selvedgeandco.example/sale");
        say(15, "09:00", seChat, pam, "just bought the coating Gloria was crying over");
        Post gl = say(16, "10:00", seHelp, gloria, "@Hattie Selwyn is the Liberty lawn coming back before "
                + "Christmas? want it for my niece's party dress");
        say(16, "12:00", seOrders, pam, "does the sale price apply to cut lengths or just bundles?");
        say(16, "12:20", seOrders, devR, "@Pam Ridley everything, cut lengths too");
        say(17, "09:00", seNew, hattie, "sale's second day, the double gauze is nearly gone");
        say(17, "15:00", seHelp, yusra, "what needle for stretch velvet?");
        say(17, "15:20", seHelp, lucy, "@Yusra Karim a stretch 75 and a walking foot if you have one");
        say(18, "19:00", seHelp, gloria, "@Hattie Selwyn ? 😅 the lawn? need to know if I should buy something else");
        say(19, "08:30", seHelp, hattie, "@Gloria Benn so sorry Gloria, the sale swallowed me. Liberty lawn is due "
                + "the 10th, I'll put 2m aside for you");
        re(19, "09:00", gloria, gl, "you're a star, thank you");
        say(20, "17:00", seChat, yusra, "velvet top done. wore it to a party. three people asked where I bought it");
        say(20, "17:10", seChat, hattie, "and what did you say 😄");
        say(20, "17:20", seChat, yusra, "'oh this? made it' 💅 jk, told them you");
    }

    private void printers() {
        // W46: Carla's helpful answer carries her open day; she posts it again in after-hours
        say(1, "08:40", sqPress, leon, "exposure unit bulb went pop mid-screen. 6am start wasted");
        say(1, "08:50", sqPress, maddie, "LED or the old metal halide?");
        say(1, "09:00", sqPress, leon, "halide. ancient. probably time");
        say(1, "09:10", sqPress, maddie, "the LED units have come down loads, I've got a couple of the 5050 ones in "
                + "if you want to see one before you buy");
        say(1, "09:30", sqPress, leon, "might do, ta");
        Post jq = say(2, "13:00", sqAsk, joel, "band merch q: we want a soft vintage feel on black tees, someone "
                + "said discharge ink? what even is it");
        re(2, "13:40", carla, jq, "discharge takes the dye out of the shirt instead of sitting on top, so it feels "
                + "like nothing. needs 100% cotton tees that are discharge-ready. come see it done at our open "
                + "studio Saturday: carlaprints.example/openday");
        say(2, "14:00", sqAsk, leon, "@Joel Amankwah and it goes a bit orangey on some blacks, ask for a test print");
        say(2, "14:10", sqAsk, joel, "ah ok, softer but a gamble on colour. thanks both");
        say(3, "10:00", sqKit, carla, "anyone used the new water-based from Permaset, does it dry in the screen as "
                + "fast as the old?");
        say(3, "10:20", sqKit, maddie, "a bit slower actually, they added a retarder. I've got tubs if you want to "
                + "try one before committing to a gallon");
        say(3, "10:30", sqKit, carla, "yes please, a white and a black");
        say(3, "16:00", sqPress, sandy, "is this the place to ask about printing football kits? sunday league");
        say(3, "16:30", sqAsk, leon, "@Sandy Pollock over here is better. numbers and names on polyester need a "
                + "low-cure ink or heat-transfer vinyl, they scorch otherwise. how many shirts?");
        say(3, "16:45", sqAsk, sandy, "18 shirts, numbers on the back, club badge on the front");
        say(3, "17:00", sqAsk, leon, "doable, any printer here can do that. get a mock-up before you pay");
        say(4, "12:00", sqAfter, leon, "ink under my fingernails at my cousin's wedding. on brand");
        say(4, "12:05", sqAfter, carla, "😂 turps and a nail brush, the classic");
        say(5, "18:00", sqAfter, carla, "open studio tomorrow 11-4, tea and offcuts, carlaprints.example/openday");
        say(5, "18:30", sqAfter, maddie, "I'll pop in after the market");
        say(6, "17:00", sqAfter, carla, "thanks everyone who came! 40 people through the door");
        // W47: Theo joins and pitches people he has just met; Maddie sells to the printers she talks with
        joins(8, "09:00", sqPress, theo);
        say(8, "09:30", sqPress, theo, "hi all, Theo, just set up a 6-colour auto in Salford");
        say(8, "09:40", sqPress, leon, "welcome Theo! an auto, fancy");
        say(9, "10:00", sqAsk, theo, "@Sandy Pollock saw you were after kits. we do club kits, 15% off a first "
                + "order, dm me for prices");
        say(9, "11:00", sqAsk, sandy, "ta, we've sorted it with Leon already");
        say(10, "08:00", dmTheoJoel, theo, "hey Joel, saw you need band tees. 50 shirts 2 colours £180 all in, "
                + "book a quick call here: theomarshprint.example/book");
        say(10, "12:00", dmTheoJoel, joel, "hey, cheers but we're going with Carla for this run");
        say(8, "14:00", sqKit, maddie, "restock day: plastisol whites, discharge base, 110 and 156 mesh screens "
                + "pre-stretched");
        say(8, "14:20", sqKit, carla, "@Maddie Quinn the Permaset tubs were good, I'll take a gallon of the black");
        say(8, "14:30", sqKit, maddie, "boxed up, I'll drop it Thursday");
        say(9, "09:00", sqPress, leon, "@Maddie Quinn the LED unit, can I see it this week after all?");
        say(9, "09:15", sqPress, maddie, "Wednesday after 2? I'll bring it to yours");
        say(9, "09:20", sqPress, leon, "perfect");
        say(10, "15:00", sqKit, carla, "@Maddie Quinn what emulsion do you rate for water-based, the dual cure "
                + "keeps breaking down on me");
        say(10, "15:30", sqKit, maddie, "a photopolymer for water-based, and post-expose in the sun for 10 min, it "
                + "hardens it right up");
        say(10, "15:35", sqKit, carla, "sun in November 🙃 I'll try the unit");
        say(11, "16:00", sqPress, maddie, "@Leon Brack how's the LED unit treating you");
        say(11, "16:20", sqPress, leon, "40 second exposures instead of 4 minutes. why didn't I do this years ago");
        say(12, "10:00", sqKit, maddie, "heads up: mesh prices going up 8% in January, the mill's passed it on");
        say(12, "10:10", sqKit, leon, "cheers for the warning, I'll stock up");
        say(12, "10:20", sqKit, maddie, "@Leon Brack I'll hold 10 at the old price for you");
        say(13, "11:00", sqAfter, maddie, "who's coming to the trade show in Birmingham in Feb? splitting a room");
        say(13, "11:20", sqAfter, carla, "me! @Maddie Quinn count me in for the room");
        say(13, "11:30", sqAfter, maddie, "@Carla Ruiz done, two beds near the NEC, I'll book it");
        say(14, "10:00", sqPress, maddie, "@Leon Brack did the mesh arrive ok? the courier was being weird");
        say(14, "10:30", sqPress, leon, "all 10, cheers Maddie");
        // W48: quieter; Joel comes back to Carla
        say(15, "12:00", sqAsk, joel, "@Carla Ruiz the discharge test came back great, no orange. go for 50?");
        say(15, "12:30", sqAsk, carla, "@Joel Amankwah brilliant, I'll book you in for next week");
        say(16, "14:00", sqAsk, sandy, "kits arrived and the numbers survived the first wash. cheers Leon");
        say(16, "14:10", sqAsk, leon, "love to hear it. send a team photo");
        say(17, "09:00", sqPress, theo, "anyone got a spare pallet for a Hopkins auto, mine cracked");
        say(17, "09:30", sqPress, leon, "@Theo Marsh I've got an old one, collect it any time");
        say(17, "09:40", sqPress, theo, "legend, thanks Leon");
        say(19, "16:00", sqAfter, carla, "bought a second-hand dryer off the radio car boot. it works. I'm scared");
    }

    private void swappers() {
        // W46: Bea's volunteer sheet in its own room as slots fill; Ola says she is away
        say(1, "19:00", swDay, bea, "next swap is Saturday 1 Dec, 11-2 at St Wilfrid's hall. need 6 for set-up at "
                + "10, sign up: forms.example/hulme-swap-setup");
        say(1, "19:20", swDay, ciaran, "down for set-up");
        say(1, "19:30", swChat, toby, "me: i have nothing to wear. also me: brings 4 bin bags to the swap");
        say(1, "19:35", swChat, mina, "😂 every month");
        say(2, "12:00", swRails, mina, "bringing: 2 winter coats (10 and 12), a pile of kids' wellies");
        say(2, "12:30", swRails, joyce, "hunting: anything size 14 for work, trousers mainly");
        say(2, "12:40", swRails, ciaran, "@Joyce Pemberton I've got my sister's work trousers, 14, 3 pairs, will "
                + "bring them");
        say(2, "12:50", swRails, joyce, "ooh thank you");
        say(3, "08:00", swChat, ola, "off to Gdansk for two weeks, back on the 27th. no signal at my mum's, see you "
                + "at the swap!");
        say(3, "08:10", swChat, bea, "safe travels Ola ❤️");
        say(4, "18:00", swDay, bea, "still need 4 for set-up on the 1st: forms.example/hulme-swap-setup");
        say(4, "18:30", swDay, mina, "signed!");
        say(5, "20:00", swMend, toby, "is it still a swap if i take 6 things and bring 2? asking for a friend. the "
                + "friend is me");
        say(5, "20:10", swMend, bea, "@Toby Fenn it's a swap if you bring something and take what you'll wear. "
                + "nobody counts. but wrong channel, this is for mending 😄");
        say(5, "20:15", swMend, toby, "i will mend my ways");
        say(6, "19:00", swDay, bea, "2 set-up slots left for the 1st: forms.example/hulme-swap-setup");
        // W47: a question waits for Ola while she's away; Harriet offers to sell once and is told
        say(9, "18:00", swMend, ciaran, "@Ola Nowak are you still bringing your sewing machine for the mending "
                + "table on the day?");
        say(9, "18:30", swMend, mina, "@Ciaran Walsh she's away till the 27th I think, said so in chat");
        say(9, "18:35", swMend, ciaran, "ah of course, thanks Mina");
        say(10, "17:00", swRails, harriet, "got a bag of barely worn Zara bits, happy to swap on the day or £5 each if "
                + "anyone wants them before");
        say(10, "17:30", swRails, bea, "@Harriet Lyle no selling here please, it's swap only! bring them on the "
                + "day and they'll fly 🙂");
        say(10, "17:40", swRails, harriet, "oops sorry, didn't realise. will bring them");
        say(11, "13:00", swChat, toby, "found a 1980s ski jacket in my loft. neon. the swap is not ready");
        say(11, "13:10", swChat, harriet, "the swap is SO ready, bring it");
        say(12, "19:00", swRails, mina, "anyone got a size 3 kids' coat? my youngest has shot up");
        say(12, "19:20", swRails, harriet, "@Mina Haddad my nephew's old one is a 3-4, navy puffer. I'll bring it");
        say(12, "19:25", swRails, mina, "you're a gem");
        say(13, "20:00", swChat, bea, "hall's confirmed, tea urn's fixed, we're on");
        // W48: Mina helps Joyce with mending on three days; Joyce only thanks her; Ola's back
        say(15, "18:00", swMend, joyce, "how do I darn a hole in a jumper elbow? never done it");
        say(15, "18:30", swMend, mina, "@Joyce Pemberton grab a darning mushroom (or a lightbulb), run lines of wool "
                + "up and down past the hole, then weave across them. go wider than the hole, the wool round it is thin "
                + "too");
        say(15, "18:40", swMend, joyce, "ok thanks");
        say(16, "10:00", swMend, ola, "back! @Ciaran Walsh yes, the machine's coming, I'll set it up at 10");
        say(16, "10:15", swMend, ciaran, "welcome back! brilliant");
        say(17, "19:00", swMend, joyce, "the darn worked but now the jeans I'm bringing have a ripped knee, patch "
                + "inside or outside?");
        say(17, "19:20", swMend, mina, "inside if you want it hidden, outside if you want it to show. sashiko "
                + "running stitch over an inside patch is the best of both");
        say(17, "19:30", swMend, joyce, "thanks");
        say(18, "11:00", swRails, joyce, "bringing 3 bags of kids' stuff, 2-6 years, all washed");
        say(18, "11:10", swRails, bea, "amazing Joyce, the kids' rail always empties first");
        say(19, "20:00", swMend, joyce, "button came off a coat and took the fabric with it, now what");
        say(19, "20:30", swMend, mina, "sew a little square of fabric on the inside as a backing, then the button "
                + "through both. a tiny backing button inside takes the strain");
        say(19, "20:35", swMend, joyce, "ok ta");
        say(20, "15:00", swChat, bea, "what a day! 140 people, 4 rails left over going to the refuge. thank you all ❤️");
        say(20, "15:10", swChat, toby, "the neon ski jacket found a home. a man cried");
        say(20, "15:15", swChat, ola, "the mending table fixed 23 things, the machine survived");
        say(20, "15:30", swChat, ciaran, "best one yet");
    }

    private void costumiers() {
        // W46: everyday workroom talk and a show-day emergency
        say(1, "09:00", waWork, dara, "cutting 14 Victorian bodices for the Christmas Carol tour. send biscuits");
        say(1, "09:20", waWork, felix, "sending moral support, biscuits are in Leeds with me");
        say(1, "10:00", waWork, imogen, "I finished my Giselle wilis last night, all 12. I'm so proud of them, I "
                + "hand-tacked every layer myself");
        say(1, "10:10", waWork, dara, "ooh pictures please");
        say(2, "19:30", waFix, felix, "HELP zip just split on the Dame's quick-change frock, 20 minutes to curtain");
        say(2, "19:32", waFix, dara, "@Felix Arden safety pins down the placket and a hook and bar at the top, "
                + "replace it tomorrow. or stitch them into it, nobody sees the back in the finale");
        say(2, "19:33", waFix, ruth, "and a strip of gaffer inside behind the pins so they don't ladder the fabric");
        say(2, "20:40", waFix, felix, "she got through it!! thank you both, the pins held");
        say(3, "11:00", waWork, wren, "2nd year costume student here, is it normal to cut bodice linings on the "
                + "straight grain even if the outer is bias?");
        say(3, "11:30", waWork, dara, "@Wren Lacey yes, the lining's there to hold the shape, the bias outer would "
                + "stretch otherwise");
        say(3, "11:40", waWork, wren, "that makes so much sense, thank you");
        say(4, "14:00", waJobs, nkechi, "Old Vic Bristol panto needs 2 makers for 3 weeks from 3 Dec, £160/day: "
                + "oldvicbristol.example/jobs");
        say(4, "14:20", waJobs, felix, "shared it with my course mates");
        say(5, "16:00", waGreen, felix, "the Dame has named the safety pins. they have their own dressing room now");
        say(5, "16:05", waGreen, dara, "as they should");
        say(6, "12:00", waWork, ruth, "anyone else find the new horsehair braid curls worse than the old stock?");
        say(6, "12:20", waWork, dara, "yes! steam it flat before you stitch, helps a bit");
        // W47: Imogen talks mostly about herself; Nkechi keeps posting crew calls to the jobs board
        say(8, "09:00", waWork, imogen, "my wilis were on stage on Saturday and I cried in the wings. I've never been "
                + "prouder of anything I've made. I did every hem myself, I rebuilt two of my plates after the dress "
                + "rehearsal, and I still think my tacking was the best I've ever done");
        say(8, "09:20", waWork, dara, "they looked incredible Imogen, the layers moved like mist");
        say(8, "09:30", waWork, imogen, "thank you! I was so worried about my net, I used my own recipe for the "
                + "stiffening and I think I've cracked it. I'll write my method up on my blog when I have time");
        say(8, "14:00", waJobs, nkechi, "we still need dressers for panto, 4 weeks, evenings: "
                + "oldvicbristol.example/jobs");
        say(9, "10:00", waWork, felix, "@Imogen Castell what did you stiffen with in the end? the Dame's petticoats "
                + "are collapsing");
        say(9, "10:30", waWork, imogen, "I used my own mix, gelatine and a bit of starch, I tested about ten "
                + "versions on my offcuts before I settled. my wilis stayed up through both shows so I'm very happy "
                + "with my results. I'd try it if I were you");
        say(9, "10:40", waWork, felix, "gelatine. on a panto dame. what could go wrong");
        say(10, "11:00", waFix, wren, "my tutor says I can't use glue on a tutu plate, is that a rule or just her?");
        say(10, "11:30", waFix, imogen, "I never glue mine, I stitch everything, it's how I was trained and I think "
                + "my plates last longer because of it. I'd say stitch");
        say(10, "11:40", waFix, wren, "ok, stitching it is. thanks");
        say(10, "15:00", waJobs, nkechi, "1 dresser spot still open for panto, evenings and 2 Saturdays: "
                + "oldvicbristol.example/jobs");
        say(11, "09:00", waWork, nkechi, "if anyone knows a good dresser in Bristol, we're still one short: "
                + "oldvicbristol.example/jobs");
        say(11, "09:20", waWork, felix, "@Nkechi Obi my flatmate's done two seasons at the Tobacco Factory, I'll "
                + "send her over");
        say(11, "09:30", waWork, nkechi, "you're a lifesaver Felix");
        say(12, "18:00", waGreen, imogen, "my week: I finished my wilis, I started my Nutcracker snowflakes, I "
                + "booked my first solo exhibition of my costume drawings. I'm exhausted but I love my job");
        say(12, "18:10", waGreen, dara, "that's a huge week, well done");
        say(13, "09:00", waJobs, nkechi, "dresser spot filled, thank you all! makers' call still open: "
                + "oldvicbristol.example/jobs");
        say(13, "12:00", waWork, imogen, "my snowflakes are going to be my best work yet. I've designed my own "
                + "bodice pattern for them and I'm doing all my own beading");
        // W48: Wren asks Dara two things; Dara answers one, Ruth the other; Ruth's one unasked offer
        say(15, "10:00", waWork, wren, "@Dara Kelleher how do you set a tutu plate onto the basque, and what net do "
                + "you use?");
        say(15, "12:00", waWork, dara, "@Wren Lacey plate: I'll take pics of the next one tomorrow, easier to show "
                + "than say");
        say(15, "12:30", waWork, ruth, "@Wren Lacey for net, the stiff 'tutu net' from Whaleys, not the soft dress "
                + "net");
        say(15, "12:40", waWork, wren, "thank you Ruth!");
        say(16, "13:00", waWork, dara, "@Wren Lacey plate pics: pin at the four quarters, then the eighths, then "
                + "stitch from the centre back out both ways, never all the way round one direction or it twists");
        say(16, "13:20", waWork, wren, "the photos make it so clear. thank you thank you");
        say(17, "19:30", waFix, felix, "dame's wig caught fire. small fire. the wig is fine, the dame is fine, I am "
                + "not fine");
        say(17, "19:35", waFix, dara, "@Felix Arden 😂😭 fire-retardant spray on everything near the pyros, and keep "
                + "her away from the candelabra");
        say(18, "10:00", waWork, ruth, "I've got 6 tutu bases ready to go if anyone's short before Christmas, £120 "
                + "each, DM me");
        say(18, "10:20", waWork, imogen, "my snowflakes have their own bases but that's a good price");
        say(19, "15:00", waGreen, dara, "bodices done. 14. going to sleep for a week");
        say(19, "15:10", waGreen, felix, "you deserve it 👏");
    }

    private void spinners() {
        // W46: Alys lists fleeces in the room for it; Gordon helps in wheel-talk, takes in the spin-along
        say(1, "08:00", spFleece, alys, "three Shetland fleeces off the November shearing, moorit, grey and white, "
                + "skirted, £25 each: alyswool.example/fleeces");
        say(1, "09:00", spFleece, noor, "the moorit one is gorgeous");
        say(1, "10:00", spWheel, kit, "my wheel's drive band keeps jumping off the whorl after about 10 minutes, "
                + "tried retying it twice");
        say(1, "10:30", spWheel, gordon, "@Kit Harrow check the wheel's in line with the flyer, sit behind it and "
                + "sight down. if the maidens are twisted the band walks off. loosen them, nudge, tighten");
        say(1, "11:00", spWheel, kit, "the front maiden was miles out. spinning now, thank you!");
        say(2, "19:00", spAlong, gordon, "spin-along week 1: I'm doing a 3-ply sock yarn. how many wraps per inch "
                + "should the singles be for a fingering?");
        say(2, "19:30", spAlong, noor, "@Gordon Lusk about 28-30 wpi singles for a 3-ply fingering, but sample "
                + "and ply a bit, everyone's ply twist is different");
        say(2, "19:40", spAlong, gordon, "cheers Noor");
        say(3, "12:00", spWheel, lindsay, "is it bad to leave a half-full bobbin on the wheel for a month?");
        say(3, "12:20", spWheel, gordon, "@Lindsay Crowe no, just note your ratio and wpi so you match it when you "
                + "come back");
        say(3, "12:25", spWheel, lindsay, "too late for the notes, but noted 😂");
        say(4, "18:00", spAlong, gordon, "plied a sample, it's way overtwisted. more ply twist or less?");
        say(4, "18:30", spAlong, lindsay, "@Gordon Lusk less ply twist, or spin the singles a touch softer. soak the "
                + "sample and see if it balances before changing anything");
        say(4, "18:35", spAlong, gordon, "will soak it");
        say(5, "09:00", spFleece, alys, "the grey's gone, moorit and white left: alyswool.example/fleeces");
        say(5, "10:00", spFluff, noor, "first frost, the sheep next door look smug in their coats");
        say(5, "10:10", spFluff, alys, "they've earned it, mine are all in their winter fluff now");
        say(6, "20:00", spAlong, gordon, "soaked sample balanced fine. what's the best way to keep 3 bobbins even "
                + "so I don't run out on one?");
        say(6, "20:20", spAlong, noor, "@Gordon Lusk weigh your fibre into three equal piles before you start, and "
                + "spin them in order");
        say(6, "20:25", spAlong, gordon, "the kitchen scales, of course. thanks");
        // W47: Pearl's quiet week has two plugs in rooms not for selling; Kit sells batts in the room for it
        say(8, "10:00", spWheel, pearl, "finished a skein of merino-silk handspun, it's up in my shop: "
                + "pearlspins.example/shop");
        say(8, "10:20", spWheel, noor, "lovely sheen");
        say(9, "14:00", spFluff, pearl, "anyone else's cat sleep on the fleece stash");
        say(9, "14:05", spFluff, lindsay, "daily. she thinks it's a bed because it is");
        say(9, "16:00", spFleece, kit, "I blend and card batts, first ones are up: merino, bamboo and sari silk, "
                + "£12 each: kitharrowfibre.example/batts");
        say(9, "16:30", spFleece, noor, "ooh the teal one");
        say(10, "11:00", spAlong, kit, "I bought the moorit Shetland from Alys, it's washing now. how hot for "
                + "the first soak?");
        say(10, "11:20", spAlong, alys, "@Kit Harrow hand-hot with plenty of wool wash, no agitation, and the rinse "
                + "the same temperature or it'll felt");
        say(10, "11:25", spAlong, pearl, "and don't lift it out till it cools a bit");
        say(10, "11:30", spAlong, kit, "got it, thank you both");
        say(11, "18:00", spAlong, pearl, "if anyone wants a skein of handspun as a gift I sell them: "
                + "pearlspins.example/shop");
        say(12, "19:00", spWheel, lindsay, "scotch tension or double drive for lace weight? can't decide which wheel "
                + "to take to the retreat");
        say(12, "19:30", spWheel, gordon, "@Lindsay Crowe scotch tension, you can feather the brake for fine "
                + "singles");
        say(12, "19:40", spWheel, noor, "agree, double drive fights you on lace");
        say(13, "10:00", spFluff, pearl, "snow forecast, I'm not leaving the wheel all weekend");
        say(13, "12:00", spAlong, gordon, "3 bobbins done, plying tonight");
        say(13, "12:10", spAlong, pearl, "@Gordon Lusk can't wait to see it");
        // W48: Alys puts her new fleeces in three rooms in an hour, then again in wheel-talk days later
        say(15, "08:00", spFleece, alys, "new season: 8 Shetland and 4 Jacob fleeces up, £25-30: "
                + "alyswool.example/fleeces");
        say(15, "08:30", spWheel, alys, "new fleeces are up if anyone's after one for the winter: "
                + "alyswool.example/fleeces");
        say(15, "09:00", spFluff, alys, "fleeces! alyswool.example/fleeces");
        say(15, "10:00", spFluff, lindsay, "ordered a Jacob, the spotty one");
        say(16, "17:00", spAlong, gordon, "the sock yarn. 420 yards, balanced, even. I'm unreasonably happy");
        say(16, "17:20", spAlong, noor, "that's beautiful Gordon, those bobbins were spot on");
        say(16, "17:30", spAlong, kit, "goals 😍");
        say(17, "11:00", spWheel, kit, "my plied yarn is thick and thin in places, is that the singles or the "
                + "plying?");
        say(17, "11:30", spWheel, gordon, "@Kit Harrow almost always the singles. pre-draft the fibre a bit more and "
                + "keep your hands the same distance apart");
        say(17, "11:35", spWheel, kit, "thanks Gordon, will try");
        say(18, "09:00", spWheel, alys, "fleeces going fast, 4 left: alyswool.example/fleeces");
        say(19, "20:00", spFluff, noor, "knitting the first sock of the year from my handspun. the heel is a "
                + "mystery");
        say(19, "20:10", spFluff, pearl, "heels are always a mystery. that's the fun");
    }

    private void milliners() {
        // W46: Cordelia answers a guest who asks where to get one made; Saoirse shows work in the room for it
        say(1, "09:00", miBlock, cordelia, "blocking 20 felts today for a shop order, the kitchen is a sauna");
        say(1, "09:10", miBlock, zainab, "the steam facial is a perk of the job");
        say(1, "14:00", miStand, saoirse, "finished: burnt orange sinamay saucer with a silk abaca flower, for a "
                + "December wedding. saoirsebyrne.example/saucer");
        say(1, "14:20", miStand, cordelia, "the flower is beautiful, is that hand-rolled edge?");
        say(1, "14:30", miStand, saoirse, "@Cordelia Vane yes, took forever");
        Post aq = say(2, "18:00", miAsk, aoife, "@Cordelia Vane where could I get a headpiece made to match a dusty "
                + "pink dress? wedding on the 8th of December");
        re(2, "18:40", cordelia, aq, "I do made-to-order, a sinamay button percher in dusty pink would be about "
                + "£95 and two weeks, so there's time. any milliner here could do it too. send me a photo of the "
                + "dress if you'd like");
        re(2, "19:00", aoife, aq, "amazing, sending it now, thank you!");
        say(3, "11:00", miMat, zainab, "sinamay keeps going floppy after I stiffen it, what am I doing wrong?");
        say(3, "11:30", miMat, perpetua, "@Zainab Oyelaran too much water in the stiffener, or not letting it dry on "
                + "the block overnight. a 50/50 mix and leave it");
        say(3, "11:40", miMat, zainab, "I was taking it off after 2 hours 🙈 thanks");
        say(4, "10:00", miBlock, georgina, "Ascot orders open in January, I'm already booked for the first week");
        say(4, "10:30", miBlock, cordelia, "already! you're a machine Georgina");
        say(5, "15:00", miStand, saoirse, "navy felt fedora, grosgrain band, for a man who wanted 'Sinatra but "
                + "warmer'. saoirsebyrne.example/fedora");
        say(5, "15:20", miStand, zainab, "Sinatra but warmer 😂 nailed it");
        say(6, "12:00", miAsk, ned, "is a fascinator ok at a winter race meeting or is it a hat-only thing?");
        say(6, "12:30", miAsk, saoirse, "@Ned Carrow either, but winter = felt or velvet, not sinamay. and a hat is "
                + "warmer than a fascinator in a Cheltenham wind");
        say(6, "12:35", miAsk, ned, "warm and stylish, got it. thanks!");
        // W47: Perpetua talks with the milliners who buy her blocks; Ned's question waits under a day
        say(8, "09:00", miMat, cordelia, "@Perpetua Lin is the new 58cm crown block out yet? mine's cracked down "
                + "the side");
        say(8, "09:20", miMat, perpetua, "@Cordelia Vane next week, I'll put one by for you");
        say(8, "09:30", miMat, cordelia, "lovely, thank you");
        say(8, "12:00", miMat, perpetua, "what are people using to seal new wooden blocks? I've been doing "
                + "shellac but someone said polyurethane");
        say(8, "12:20", miMat, saoirse, "shellac, polyurethane goes tacky with steam");
        say(8, "12:30", miMat, perpetua, "thought so, shellac it stays");
        say(9, "10:00", miMat, zainab, "@Perpetua Lin could you do a small pillbox block, like 10cm?");
        say(9, "10:20", miMat, perpetua, "@Zainab Oyelaran yes, about three weeks, I'll send you a sketch");
        say(9, "10:25", miMat, zainab, "yesss");
        Post nq = say(9, "18:00", miAsk, ned, "@Cordelia Vane my partner wants a hat for Christmas, can you block "
                + "a felt to fit without measuring her head? it's a surprise");
        say(10, "09:00", miMat, perpetua, "@Georgina Pell your two brim blocks are ready, collection or post?");
        say(10, "09:30", miMat, georgina, "post please");
        say(10, "09:40", miMat, perpetua, "done, they go out tomorrow");
        re(10, "14:00", cordelia, nq, "sorry Ned, day at the block! a hat she's worn for a while tells me her size, "
                + "measure inside the band. or give her a voucher and a fitting, that's a surprise too");
        re(10, "14:20", ned, nq, "the voucher is genius, less chance of me getting it wrong");
        say(10, "16:00", miAsk, ned, "one does not simply wear a fascinator to a funeral. or does one?");
        say(10, "16:20", miAsk, zainab, "@Ned Carrow a small black hat or a discreet percher is fine, no feathers "
                + "sticking up 🙂");
        say(11, "11:00", miMat, perpetua, "@Saoirse Byrne thanks for the shellac tip, the first batch sealed lovely");
        say(11, "11:10", miMat, saoirse, "🙌");
        say(12, "13:00", miMat, perpetua, "@Cordelia Vane your 58 is done early, posting today");
        say(12, "13:20", miMat, cordelia, "brilliant, thank you Perpetua");
        say(13, "09:00", miBlock, perpetua, "anyone going to the Hat Fair in Luton in March? thinking of a stall");
        say(13, "09:20", miBlock, cordelia, "yes, and you should, half of us need blocks");
        // W48: Georgina posts to nobody all week
        say(15, "09:00", miStand, georgina, "pillbox in black velvet with a birdcage veil");
        say(15, "09:05", miStand, georgina, "same pillbox in claret");
        say(15, "18:00", miBlock, georgina, "Ascot books now half full for June");
        say(16, "10:00", miStand, georgina, "teardrop percher, fuchsia sinamay, quills");
        say(16, "14:00", miAsk, aoife, "headpiece came!! it's perfect with the dress, thank you Cordelia 😍");
        say(16, "14:30", miAsk, cordelia, "@Aoife Brennan so glad! send a picture from the day");
        say(17, "11:00", miStand, georgina, "a wide-brim felt, chocolate brown, ribbon band");
        say(17, "16:00", miBlock, georgina, "two more Ascot bookings today");
        say(17, "16:20", miBlock, zainab, "@Georgina Pell how do you get your brims so flat? mine always ripple");
        say(17, "17:00", miBlock, georgina, "@Zainab Oyelaran steam, pin every 2cm, leave overnight");
        say(18, "10:00", miStand, georgina, "cocktail hat in emerald silk");
        say(18, "15:00", miBlock, georgina, "the workroom's full of hatboxes, can't see the floor");
        say(19, "09:00", miStand, georgina, "a saucer in ivory for a January bride");
        say(19, "09:10", miStand, cordelia, "that ivory saucer is stunning");
        say(19, "10:00", miStand, georgina, "and the matching bag");
        say(20, "12:00", miBlock, zainab, "pinned every 2cm, left it overnight. flat brim!! thank you Georgina");
        say(20, "12:10", miBlock, georgina, "🎉");
    }

    static Map<String, String> files() {
        return new HeldOutScenes83Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 83");
    }
}
