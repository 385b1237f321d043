package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 48 (sealed): eight communities (furniture upcyclers, indie authors, a local makerspace, sourdough
 * bakers, UX freelancers, aquarium keepers, a yoga teachers' collective, a 3D-printing shop's customer server), over
 * three ISO weeks (2027-W07 to W09), written and labelled by writer48 (session 33) before any coach ran on them. The
 * labels are in {@code bot/src/test/resources/eval/held-out-scenes-48.csv}. Run {@link #main} from the project root to
 * write the export again.
 */
final class HeldOutScenes48Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 2, 15);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 3, 8, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-48";

    // --- A. furniture upcyclers ---
    private final String slf = cast.guild(751);
    private final Channel fuGeneral = cast.channel(slf, "Second Life Furniture", "general",
            "chat about rescuing furniture", "fu-general.json");
    private final Channel fuBefore = cast.channel(slf, "Second Life Furniture", "before-and-after",
            "show your flips: before and after photos", "fu-before-and-after.json");
    private final Channel fuSale = cast.channel(slf, "Second Life Furniture", "for-sale",
            "list finished pieces for sale here, one post per piece", "fu-for-sale.json");
    private final Channel fuPaint = cast.channel(slf, "Second Life Furniture", "paint-and-finishes",
            "questions about prep, paint, stain and topcoats", "fu-paint-and-finishes.json");
    private final Persona isolde = cast.person("isolde.paints", "Isolde Abernathy");
    private final Persona brodie = cast.person("brodiesbench", "Brodie Kettering");
    private final Persona gladys = cast.person("gladys.ok", "Gladys Okafor");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");
    private final Persona teodor = cast.person("teodor.vass", "Teodor Vass");
    private final Persona marnie = cast.person("marnie.c", "Marnie Colquhoun");
    private final Persona ravi = cast.person("ravi.menon", "Ravi Menon");

    // --- B. indie authors ---
    private final String inkco = cast.guild(752);
    private final Channel iaGeneral = cast.channel(inkco, "The Inkwell Co-op", "general",
            "indie authors: news, questions, cheering each other on", "ia-general.json");
    private final Channel iaIntro = cast.channel(inkco, "The Inkwell Co-op", "introductions",
            "new here? introduce yourself", "ia-introductions.json");
    private final Channel iaWriting = cast.channel(inkco, "The Inkwell Co-op", "writing-chat",
            "craft, drafting, formatting, the whole mess", "ia-writing-chat.json");
    private final Channel iaClub = cast.channel(inkco, "The Inkwell Co-op", "book-club",
            "the co-op's monthly read and its polls", "ia-book-club.json");
    private final Persona tamsin = cast.person("tamsin.writes", "Tamsin Rourke");
    private final Persona vic = cast.person("vic.edits", "Vic Aldana");
    private final Persona hollis = cast.person("hollis.b", "Hollis Brandvold");
    private final Persona saoirse = cast.person("saoirse.l", "Saoirse Lynch");
    private final Persona barty = cast.person("barty.finch", "Barty Finch");
    private final Persona marguerite = cast.person("marguerite.o", "Marguerite Osei");
    private final Persona ottilie = cast.person("ottilie.reads", "Ottilie Grün");
    private final Persona jude = cast.person("jude.amankwah", "Jude Amankwah");
    private final Channel dmHollis = cast.dm(hollis, "ia-dm-hollis.json");
    private final Channel dmOttilie = cast.dm(ottilie, "ia-dm-ottilie.json");

    // --- C. a local makerspace ---
    private final String foundry = cast.guild(753);
    private final Channel mkGeneral = cast.channel(foundry, "Foundry Lane Makerspace", "general",
            "members' chat", "mk-general.json");
    private final Channel mkWorkshops = cast.channel(foundry, "Foundry Lane Makerspace", "workshops",
            "inductions and workshops, with their sign-up sheets", "mk-workshops.json");
    private final Channel mkTools = cast.channel(foundry, "Foundry Lane Makerspace", "tool-help",
            "machines, faults and how-tos", "mk-tool-help.json");
    private final Persona ines = cast.person("ines.c", "Ines Carvalho");
    private final Persona pavel = cast.person("pavel.n", "Pavel Novotný");
    private final Persona aga = cast.person("aga.wolna", "Aga Wolna");
    private final Persona corin = cast.person("corin.reid", "Corin Reid");
    private final Persona yusuf = cast.person("yusuf.d", "Yusuf Demir");
    private final Persona harriet = cast.person("harriet.pike", "Harriet Pike");
    private final Persona ezra = cast.person("ezra.cole", "Ezra Cole");

    // --- D. sourdough bakers ---
    private final String crumb = cast.guild(754);
    private final Channel sdGeneral = cast.channel(crumb, "Crumb Club", "general",
            "everything sourdough", "sd-general.json");
    private final Channel sdGallery = cast.channel(crumb, "Crumb Club", "bake-gallery",
            "post your bakes, good and tragic", "sd-bake-gallery.json");
    private final Channel sdStarter = cast.channel(crumb, "Crumb Club", "starter-help",
            "starter trouble? ask here", "sd-starter-help.json");
    private final Channel sdReading = cast.channel(crumb, "Crumb Club", "reading",
            "good reads on fermentation and baking", "sd-reading.json");
    private final Persona margit = cast.person("margit.s", "Margit Solberg");
    private final Persona kofi = cast.person("kofi.bakes", "Kofi Mensah");
    private final Persona elodie = cast.person("elodie.m", "Élodie Marchand");
    private final Persona petra = cast.person("petra.l", "Petra Lindahl");
    private final Persona sunil = cast.person("sunil.r", "Sunil Raghavan");
    private final Persona nella = cast.person("nella.ferrante", "Nella Ferrante");
    private final Persona hamish = cast.person("hamish.d", "Hamish Doyle");

    // --- E. UX freelancers ---
    private final String pixel = cast.guild(755);
    private final Channel uxGeneral = cast.channel(pixel, "Pixel & Process", "general",
            "say hi, share news", "ux-general.json");
    private final Channel uxShop = cast.channel(pixel, "Pixel & Process", "shop-talk",
            "freelancers talking pricing, tools and clients", "ux-shop-talk.json");
    private final Channel uxAsk = cast.channel(pixel, "Pixel & Process", "ask-a-ux-pro",
            "founders and product teams: ask your UX questions", "ux-ask-a-ux-pro.json");
    private final Channel uxHire = cast.channel(pixel, "Pixel & Process", "hire-me",
            "freelancers: post your availability", "ux-hire-me.json");
    private final Persona linnea = cast.person("linnea.sato", "Linnea Sato");
    private final Persona omar = cast.person("omar.f", "Omar Farouk");
    private final Persona keito = cast.person("keito.arai", "Keito Arai");
    private final Persona beatriz = cast.person("beatriz.a", "Beatriz Antunes");
    private final Persona jonas = cast.person("jonas.ferreira", "Jonas Ferreira");
    private final Persona priscilla = cast.person("priscilla.m", "Priscilla Mwangi");
    private final Persona gideon = cast.person("gideon.hart", "Gideon Hart");
    private final Persona rania = cast.person("rania.s", "Rania Saleh");

    // --- F. aquarium keepers ---
    private final String tank = cast.guild(756);
    private final Channel aqGeneral = cast.channel(tank, "Tank Talk North", "general",
            "fishkeeping chat", "aq-general.json");
    private final Channel aqHelp = cast.channel(tank, "Tank Talk North", "help-my-tank",
            "water problems, sick fish, cycling questions", "aq-help-my-tank.json");
    private final Channel aqJournals = cast.channel(tank, "Tank Talk North", "tank-journals",
            "post your tank's progress", "aq-tank-journals.json");
    private final Channel aqMeetups = cast.channel(tank, "Tank Talk North", "meetups",
            "swaps, club meets and shop trips", "aq-meetups.json");
    private final Persona halina = cast.person("halina.k", "Halina Kowalczyk");
    private final Persona fintan = cast.person("fintan.r", "Fintan Rooney");
    private final Persona zhao = cast.person("zhao.lei", "Zhao Lei");
    private final Persona beckett = cast.person("beckett.s", "Beckett Sloan");
    private final Persona amara = cast.person("amara.n", "Amara Nwosu");
    private final Persona ilse = cast.person("ilse.v", "Ilse Vermeer");
    private final Persona oisin = cast.person("oisin.daly", "Oisín Daly");
    private final Persona greer = cast.person("greer.h", "Greer Hollins");

    // --- G. a yoga teachers' collective ---
    private final String openMat = cast.guild(757);
    private final Channel ygGeneral = cast.channel(openMat, "Open Mat Collective", "general",
            "the collective's chat and business", "yg-general.json");
    private final Channel ygListings = cast.channel(openMat, "Open Mat Collective", "class-listings",
            "teachers: list your public classes and workshops here", "yg-class-listings.json");
    private final Channel ygTalk = cast.channel(openMat, "Open Mat Collective", "teacher-talk",
            "teaching, cueing, studios, the job", "yg-teacher-talk.json");
    private final Channel ygCover = cast.channel(openMat, "Open Mat Collective", "cover-requests",
            "need a sub? ask here", "yg-cover-requests.json");
    private final Persona fenna = cast.person("fenna.flows", "Fenna de Wit");
    private final Persona sadia = cast.person("sadia.r", "Sadia Rahman");
    private final Persona cathal = cast.person("cathal.moran", "Cathal Moran");
    private final Persona mireille = cast.person("mireille.d", "Mireille Dubois");
    private final Persona tova = cast.person("tova.e", "Tova Eriksen");
    private final Persona haruto = cast.person("haruto.m", "Haruto Mori");
    private final Persona celestine = cast.person("celestine.o", "Celestine Obi");

    // --- H. a 3D-printing shop's customer server ---
    private final String layer = cast.guild(758);
    private final Role staff = cast.role("Staff", "#1abc9c", 2);
    private final Channel lpNews = cast.channel(layer, "LayerLab Prints", "announcements",
            "news and offers from LayerLab", "lp-announcements.json");
    private final Channel lpOrders = cast.channel(layer, "LayerLab Prints", "orders-help",
            "questions about your orders, materials and reprints", "lp-orders-help.json");
    private final Channel lpShowcase = cast.channel(layer, "LayerLab Prints", "showcase",
            "show what you made with your LayerLab prints", "lp-showcase.json");
    private final Channel lpGeneral = cast.channel(layer, "LayerLab Prints", "general",
            "chat with the LayerLab crew and other makers", "lp-general.json");
    private final Persona kasia = cast.person("kasia.layerlab", "Kasia Nowak", staff);
    private final Persona benedikt = cast.person("benedikt.layerlab", "Benedikt Auer", staff);
    private final Persona elif = cast.person("elif.y", "Elif Yıldız");
    private final Persona dario = cast.person("dario.prints", "Dario Pellegrini");
    private final Persona rowan = cast.person("rowan.cosplays", "Rowan Ashdown");
    private final Persona tobias = cast.person("tobias.g", "Tobias Grell");
    private final Persona mei = cast.person("mei.t", "Mei Tanaka");

    private HeldOutScenes48Script() {
        super(new SceneIds(36400), FIRST_MONDAY, 21);
        furniture();
        authors();
        makerspace();
        sourdough();
        freelancers();
        aquarium();
        yoga();
        printShop();
    }

    private void furniture() {
        say(1, "09:10", fuGeneral, marnie, "morning all 🪑 reminder: the Saturday swap meet is on the 20th at the "
                + "scout hut, bring a piece you're stuck on");
        say(1, "09:40", fuGeneral, teodor, "I'll bring the oak washstand that fights me on every coat");
        Post orange = say(1, "10:02", fuPaint, noor, "first project ever: pine dresser, someone varnished it orange "
                + "in 1987. do I have to strip it or can I paint over?");
        re(1, "13:15", teodor, orange, "scuff sand with 120, degrease, then a shellac-based primer. skip that and "
                + "the orange bleeds through. ask me how I know 🙃");
        re(1, "13:40", noor, orange, "thanks!!");
        Post hall = say(2, "08:30", fuBefore, gladys, "the dresser I bought from @Isolde Abernathy in January has "
                + "finally got its spot in the hall, still my favourite thing in the house");
        re(2, "09:05", isolde, hall, "oh that makes my week, it looks so at home there 💚");
        hall.react("❤️", teodor, marnie);
        Post pulls = say(2, "19:30", fuPaint, gladys, "what do people use for little brass pulls? mine went green");
        re(3, "07:50", teodor, pulls, "white vinegar and salt paste, ten minutes, then an old toothbrush. wax after");
        re(3, "08:10", gladys, pulls, "that worked a treat, they're gold again");
        say(3, "19:02", fuGeneral, brodie, "fresh flip! mid-century sideboard, walnut veneer rescued. check out my "
                + "shop, 20% off this week only: https://etsy.example/shop/brodiesbench/sideboard-no-12");
        say(3, "19:04", fuBefore, brodie, "before/after of the sideboard 👆 check out my shop, 20% off this week "
                + "only: https://etsy.example/shop/brodiesbench/sideboard-no-12");
        say(3, "19:06", fuSale, brodie, "Mid-century sideboard, walnut veneer, 160cm. 20% off this week: "
                + "https://etsy.example/shop/brodiesbench/sideboard-no-12");
        Post paintQ = say(4, "10:00", fuPaint, noor, "which paint do you use @Isolde Abernathy? your pieces always "
                + "have that chalky flat look");
        re(4, "12:20", isolde, paintQ, "I make my own, honestly 😅 a mineral paint, I sell it as Isolde & Lime, £14 a "
                + "tin: https://isoldeandlime.example/shop. but any chalk paint plus a matte topcoat gets you 90% there");
        re(4, "12:45", noor, paintQ, "ty!");
        Post chair = say(5, "18:00", fuSale, gladys, "Selling: bentwood chair, needs a re-cane, £25, collection "
                + "from Hebden. pics on request");
        re(5, "18:20", teodor, chair, "that's a nice Thonet copy, someone grab it before I do");
        Post cold = say(6, "11:00", fuGeneral, isolde, "anyone else's garage too cold to paint in this week? 4 degrees "
                + "this morning");
        re(6, "11:15", teodor, cold, "paint's fine down to 10, below that it stays tacky for days. I moved into the "
                + "kitchen, my partner is thrilled 🙄");
        re(6, "11:20", marnie, cold, "the sarcasm in that emoji");
        Post wash = say(7, "15:00", fuBefore, teodor, "washstand done. three coats, one swear word per coat");
        re(7, "15:10", isolde, wash, "😂 worth every swear, that grain!");
        // W08: Noor keeps asking, Isolde keeps answering.
        Post blotch = say(8, "09:30", fuPaint, noor, "primer's on! it's blotchy though, is that normal or did I "
                + "mess up?");
        re(8, "11:10", isolde, blotch, "normal for the first coat over shellac, it evens out with the second. sand "
                + "lightly between coats");
        re(8, "11:30", noor, blotch, "ok thanks");
        say(9, "20:00", fuGeneral, marnie, "swap meet photos are in the pinned album, thanks to everyone who came. "
                + "next one in April, sign-up sheet soon");
        Post marks = say(10, "08:45", fuPaint, noor, "second coat done but now there are brush marks everywhere. "
                + "help 😭");
        re(10, "12:00", isolde, marks, "add a splash of water to the paint and use a flat synthetic brush, long "
                + "strokes one way. marks also sand out with 400 grit once it's cured");
        re(10, "12:05", noor, marks, "thank you");
        Post yard = say(11, "19:00", fuGeneral, brodie, "anyone been to the reclaim yard off the A646? worth the "
                + "drive?");
        re(11, "19:40", teodor, yard, "worth it for hardware, their drawers of handles are endless. the furniture's "
                + "overpriced");
        re(11, "19:45", brodie, yard, "cheers Teodor, going Saturday then");
        Post top = say(12, "10:00", fuPaint, noor, "what topcoat for a dresser top that'll get mugs on it?");
        re(12, "14:30", isolde, top, "water-based poly, three thin coats. wax won't survive a hot mug");
        re(12, "14:40", noor, top, "thanks!!");
        say(13, "16:00", fuPaint, gladys, "@Noor Haddad that dresser sounds like it's coming along, show us when "
                + "it's done!");
        say(13, "16:30", fuPaint, noor, "will do 🙈");
        // W09.
        Post sage = say(15, "09:00", fuBefore, noor, "ok here it is: the 1987 orange dresser is now sage green. "
                + "thank you everyone");
        sage.react("🔥", isolde, teodor, gladys, marnie);
        re(15, "09:30", isolde, sage, "look at that! the brush marks are gone too");
        Post mel = say(16, "18:00", fuPaint, ravi, "chalk paint on melamine, yes or no? flatpack bookcase");
        re(16, "19:10", noor, mel, "yes if you degrease and use a shellac primer first, @Teodor Vass taught me "
                + "that one. sand lightly so it grips");
        re(16, "19:30", ravi, mel, "cheers Noor");
        say(17, "09:00", fuGeneral, marnie, "April swap meet sign-up: https://forms.example/slf-april-swap "
                + "add your name so we know how many tables to book");
        say(17, "09:30", fuGeneral, teodor, "in");
        say(18, "12:00", fuSale, isolde, "Pair of bedside tables in Isolde & Lime 'Moss', £140 the pair: "
                + "https://isoldeandlime.example/shop/moss-bedsides");
    }

    private void authors() {
        say(1, "10:00", iaGeneral, barty, "Welcome to February! the book club poll for March is in #book-club, "
                + "one vote each");
        Post poll = say(1, "10:05", iaClub, barty, "March pick, react to vote: ❤️ a memoir, 🔥 a space opera, "
                + "👀 a cosy crime");
        poll.react("👀", tamsin, jude, ottilie);
        poll.react("🔥", hollis, saoirse);
        Post launch = say(2, "08:00", iaGeneral, tamsin, "Book 3 is out!! Murder at the Marmalade Fair, 99c for "
                + "launch week: https://books.example/tamsin-rourke/marmalade-fair");
        re(2, "08:30", jude, launch, "congrats!! the title alone 😂");
        re(2, "08:45", tamsin, launch, "haha thank you Jude, it was nearly 'Jam Today'");
        Post middle = say(2, "14:00", iaWriting, marguerite, "how do you all handle a sagging middle? I'm at 45k and "
                + "everything is just... people having tea");
        re(2, "17:30", ottilie, middle, "give someone a secret at the midpoint that changes what the tea means 😄 "
                + "seriously, a reveal around 50% is what pulled my middle up");
        re(2, "18:00", jude, middle, "or kill someone. it's always 'kill someone' in my genre");
        re(2, "18:05", marguerite, middle, "noted: tea with a secret, possibly poisoned");
        Post vellum = say(3, "21:00", iaWriting, tamsin, "does anyone format their own print edition? Vellum is "
                + "doing my head in with drop caps");
        re(4, "09:10", jude, vellum, "I do. it's under Chapter Heading > First Paragraph, off by default for print "
                + "only (don't ask why)");
        re(4, "09:20", tamsin, vellum, "JUDE. you've saved my morning");
        say(5, "19:00", iaGeneral, tamsin, "last day at 99c for my mystery, grab it before it goes back to 4.99: "
                + "https://books.example/tamsin-rourke/marmalade-fair");
        Post fair = say(5, "19:30", iaGeneral, saoirse, "is anyone going to the indie book fair in Leeds in April? "
                + "thinking of getting a table");
        re(6, "10:00", barty, fair, "we had a co-op table last year, we might do it again, I'll ask at the next "
                + "meeting");
        Post beta = say(6, "12:00", iaGeneral, marguerite, "looking for 3-4 beta readers for a literary mystery, "
                + "~80k, in March. happy to swap");
        re(6, "12:40", ottilie, beta, "I'd love to! I can swap too, mine's a novella");
        re(6, "13:00", marguerite, beta, "perfect, I'll DM you");
        say(6, "13:10", dmOttilie, marguerite, "Hi Ottilie, thank you for offering! Which email would you like the "
                + "file at? And send yours whenever, no rush");
        say(6, "14:00", dmOttilie, ottilie, "the usual one on my profile 🙂 I'll send the novella on Sunday");
        say(7, "10:00", dmOttilie, marguerite, "got it, thank you!");
        // W08: a newcomer, and an editor's DM.
        Post hi = say(8, "09:00", iaIntro, hollis, "hi all! I'm Hollis, from Tromsø, finishing the first draft of a "
                + "fantasy novel about lighthouse keepers. mostly lurking and learning");
        re(8, "09:30", barty, hi, "welcome Hollis! lighthouse fantasy sounds brilliant");
        re(8, "10:15", vic, hi, "welcome! first drafts are the hardest bit, good luck");
        re(8, "10:20", hollis, hi, "thank you both 🙂");
        say(9, "11:00", dmHollis, vic, "Hi Hollis! Saw you're finishing your first draft. I'm a developmental "
                + "editor, $0.025/word, and first-time authors get 15% off this month. Book a free 20-min call "
                + "here: https://cal.example/vic-aldana/intro");
        say(9, "18:30", dmHollis, hollis, "thanks Vic, that's kind, but I'm a long way from editing yet");
        say(9, "18:40", dmHollis, vic, "no worries! the offer stands till the 28th 😊");
        Post magic = say(10, "21:00", iaWriting, hollis, "silly question: how do you keep track of a magic system's "
                + "rules? I keep contradicting myself");
        re(11, "08:00", ottilie, magic, "not silly! I keep a 'rules bible' doc, one line per rule, and check every "
                + "scene against it when I revise");
        re(11, "09:15", jude, magic, "spreadsheet gang here. one row per spell, columns for cost and who knows it");
        re(11, "09:40", hollis, magic, "oh the spreadsheet idea is perfect, thank you both");
        Post panel = say(12, "13:00", iaGeneral, vic, "anyone know if the Leeds fair has a panel on editing this "
                + "year?");
        re(12, "15:00", saoirse, panel, "no idea sorry, the programme isn't out yet");
        say(13, "10:00", iaClub, barty, "results: cosy crime wins 11-7-4. discussion thread opens on the 1st");
        // W09.
        Post vote = say(15, "10:00", iaGeneral, saoirse, "my cover made the final of the Cover Wars contest!! please "
                + "vote for it 🙏 @Jude Amankwah @Barty Finch @Ottilie Grün it takes 2 seconds: "
                + "https://coverwars.example/vote/lynch-tides");
        re(15, "12:00", jude, vote, "congrats on the final! voted");
        re(15, "12:10", saoirse, vote, "thank you!!");
        Post april = say(16, "09:00", iaClub, barty, "the cosy crime discussion thread is open, and April's poll is "
                + "up: react to vote! 👍 a thriller, 🙌 a romance");
        april.react("👍", jude, tamsin);
        april.react("🙌", ottilie);
        Post cheer = say(16, "14:00", iaWriting, tamsin, "reviews on book 3 are rolling in, one says my detective "
                + "is 'aggressively cheerful' which I'm choosing to take as a compliment");
        re(16, "14:20", marguerite, cheer, "put it on the cover");
        Post notes = say(17, "20:00", iaWriting, marguerite, "@Ottilie Grün finished your novella, notes coming "
                + "tonight. the ferry scene wrecked me");
        re(17, "20:30", ottilie, notes, "eek thank you! and your middle is NOT sagging anymore fyi");
        Post done = say(18, "19:00", iaGeneral, hollis, "draft done!! 94k. leaving it in a drawer for a month like "
                + "you all told me");
        re(18, "19:20", jude, done, "🎉 the drawer is the hardest part");
        re(18, "19:45", vic, done, "congrats Hollis! 🎉");
    }

    private void makerspace() {
        say(1, "18:00", mkGeneral, aga, "Open evening is Thursday 7-9pm. new members: laser inductions need "
                + "booking, sheet in #workshops");
        say(1, "18:05", mkWorkshops, aga, "Laser induction, 6 places on the 25th: "
                + "https://forms.example/foundry-laser-25feb");
        Post box = say(2, "19:00", mkGeneral, corin, "hi! joined last week, I want to make a wooden box for my "
                + "daughter's birthday, where do I even start here");
        re(2, "19:30", harriet, box, "bandsaw, then the box-joint jig on the wall behind the router table. grab me "
                + "Thursday and I'll show you");
        re(2, "19:40", corin, box, "amazing, thank you Harriet");
        Post lathe = say(3, "12:00", mkTools, yusuf, "the lathe is making a grinding noise at low speed, anyone else "
                + "noticed? @Ines Carvalho");
        re(3, "12:30", ines, lathe, "away at my sister's till Thursday, please don't use it until I've looked 🙏");
        re(3, "12:35", yusuf, lathe, "👍 tagged it out of order");
        Post iron = say(4, "21:00", mkGeneral, ezra, "who left the soldering iron on in the electronics corner?! it "
                + "was glowing like a lightsaber");
        re(4, "21:05", yusuf, iron, "not me but I respect the aesthetic");
        re(4, "21:10", harriet, iron, "sticker on the iron now: 'turn me off or I'll turn on you'");
        re(5, "20:30", ines, lathe, "back. the belt was frayed, replaced it, runs quiet now. thanks for tagging it "
                + "Yusuf");
        say(5, "19:00", mkWorkshops, aga, "laser induction on the 25th: 2 places left, same sheet "
                + "https://forms.example/foundry-laser-25feb");
        Post glue = say(6, "10:00", mkTools, corin, "what glue for box joints? PVA ok?");
        re(6, "16:00", ezra, glue, "PVA's fine, titebond if you want more open time. clamp it 30 min");
        re(6, "16:05", corin, glue, "thank you!");
        // W08: a question to the laser steward that never gets its answer.
        Post bed = say(8, "18:30", mkTools, pavel, "new honeycomb bed is in the laser. keep the air assist on for "
                + "plywood or it chars");
        re(9, "09:15", corin, bed, "@Pavel Novotný is the laser free Thursday evening? could I book the slot after "
                + "yours? I need to engrave the box lid");
        Post offcuts = say(10, "18:00", mkGeneral, pavel, "anyone want offcuts of 3mm birch? big box by the door");
        re(10, "18:20", ezra, offcuts, "taking some for coasters, ta");
        say(11, "19:00", mkWorkshops, pavel, "reminder: laser induction Thursday 25th, bring closed shoes");
        say(12, "09:00", mkWorkshops, aga, "laser induction: 1 place left https://forms.example/foundry-laser-25feb");
        Post fixers = say(13, "10:00", mkGeneral, yusuf, "Repair café this Saturday, we need two more people on the "
                + "fixers' table, anyone?");
        re(13, "10:30", harriet, fixers, "I'll do the morning");
        re(13, "11:00", ezra, fixers, "afternoon 👍");
        // W09.
        Post fine = say(15, "19:00", mkGeneral, corin, "box is done!! my daughter says it's 'fine', which from a "
                + "9 year old is a rave review");
        fine.react("❤️", harriet, ezra, yusuf);
        re(15, "19:20", harriet, fine, "a solid 'fine' is top marks. those joints looked crisp");
        Post level = say(16, "20:00", mkTools, ezra, "the 3D printer's bed won't level, auto-level gives me a "
                + "different mesh every run");
        re(17, "08:40", yusuf, level, "probe's loose, there's a grub screw on the side. tightened it once before");
        re(17, "12:00", ezra, level, "that was it, cheers");
        Post tube = say(17, "18:00", mkGeneral, pavel, "laser tube is being replaced Friday, laser out till Monday");
        re(18, "09:00", ines, tube, "thanks for sorting it Pavel");
        say(19, "10:00", mkGeneral, aga, "AGM on the 20th of March, draft agenda here, comments welcome: "
                + "https://docs.example/foundry/agm-2027");
    }

    private void sourdough() {
        say(1, "07:30", sdGallery, margit, "Monday loaf, 75% hydration, 20% rye. the ear finally happened");
        say(1, "07:50", sdGallery, nella, "that ear could hear my thoughts");
        Post flat = say(1, "12:00", sdStarter, kofi, "day 6 of my starter and it's gone flat and smells like nail "
                + "polish?! is it dead");
        re(1, "12:10", nella, flat, "it's not dead, it's hungry. nail polish = acetone = feed it more often");
        re(1, "15:00", hamish, flat, "also try 1:5:5 for a couple of days, it'll bounce back");
        re(1, "15:20", kofi, flat, "ok phew. feeding it like a teenager then");
        say(2, "07:40", sdGallery, margit, "Tuesday: seeded spelt. a bit flat, tasted great anyway");
        say(2, "09:00", sdReading, petra, "good piece on why rye starters behave differently: "
                + "https://fermentology.example/rye-starters");
        say(3, "07:30", sdGallery, margit, "Wednesday: plain white, for the kids' toast");
        Post campagne = say(3, "08:00", sdGallery, elodie, "premier pain de campagne de l'année 🥖 enfin une mie "
                + "ouverte!");
        re(3, "08:30", margit, campagne, "magnifique Élodie!");
        re(3, "08:40", elodie, campagne, "merci!! the 2 hour autolyse did it");
        Post where = say(4, "10:00", sdGeneral, kofi, "where do people get a starter if mine really does die? asking "
                + "for a friend (the friend is me)");
        re(4, "11:00", sunil, where, "ha, I sell dried starter from my bakery, £6 posted, it's the same one we use "
                + "every day. DM me if you want one. or someone here will give you a spoonful for free, that works "
                + "too");
        re(4, "11:20", kofi, where, "good to know, thanks Sunil! hoping mine pulls through");
        re(4, "11:25", hamish, where, "I can give you a jar of mine at the Saturday market if you're in town Kofi");
        say(5, "09:00", sdReading, petra, "this thread on oven spring and steam is gold: "
                + "https://bakersforum.example/t/steam-methods");
        say(5, "18:00", sdGallery, margit, "Friday: focaccia, because I'm tired");
        Post pancakes = say(6, "10:00", sdGeneral, nella, "controversial: sourdough pancakes are better than "
                + "sourdough bread");
        re(6, "10:05", hamish, pancakes, "banned");
        re(6, "10:30", elodie, pancakes, "tu n'as pas tort… 🥞");
        say(7, "09:00", sdGallery, margit, "Sunday: the big boule for the family lunch");
        // W08.
        Post rose = say(8, "08:00", sdStarter, kofi, "IT ROSE!!! doubled in 5 hours");
        rose.react("🎉", nella, hamish, margit, elodie);
        say(8, "07:30", sdGallery, margit, "Monday: rye and caraway");
        Post bulk = say(9, "19:00", sdStarter, kofi, "how long should bulk go in a cold kitchen? it's about 17° here");
        re(9, "19:40", margit, bulk, "at 17° I'd go 8-10 hours, watch the dough not the clock: about 50% bigger "
                + "and wobbly");
        re(9, "19:50", kofi, bulk, "overnight it is, thanks Margit");
        say(9, "07:30", sdGallery, margit, "Tuesday: spelt again, better this time");
        say(10, "08:00", sdReading, petra, "a baker's notes on bulk at low temperatures, relevant to a question this "
                + "week: https://fermentology.example/cold-bulk");
        say(10, "07:30", sdGallery, margit, "Wednesday: baguettes, ugly but crunchy");
        say(11, "07:30", sdGallery, margit, "Thursday: a 50% wholemeal");
        Post market = say(11, "17:00", sdGeneral, hamish, "I'm at the Saturday market from 9 if anyone wants a "
                + "spoonful of starter, bring a jar");
        re(11, "17:30", kofi, market, "mine's alive now but I'll come say hi!");
        say(12, "07:30", sdGallery, margit, "Friday: cinnamon swirl, don't tell anyone");
        say(12, "09:00", sdReading, petra, "on scoring patterns, with diagrams: "
                + "https://bakersforum.example/t/scoring-101");
        // W09.
        Post frisbee = say(15, "12:00", sdGallery, kofi, "first loaf!! it's a bit of a frisbee but it's MY frisbee");
        frisbee.react("😂", nella, hamish);
        frisbee.react("❤️", margit, elodie, petra, sunil);
        re(15, "12:20", nella, frisbee, "a frisbee with an ear is still a win");
        re(15, "13:00", margit, frisbee, "look at that crumb though. next one a little longer in bulk and it'll stand "
                + "up");
        re(15, "13:10", kofi, frisbee, "thank you all, honestly this channel got me through");
        say(16, "16:00", sdGeneral, sunil, "bakery's closed next week while the oven gets fixed, so I'll be baking "
                + "at home with the rest of you for once");
        say(16, "16:20", sdGeneral, elodie, "welcome to the amateur league 😄");
        say(17, "09:00", sdReading, petra, "a gentle intro to levain builds: https://fermentology.example/levain");
    }

    private void freelancers() {
        say(1, "09:00", uxHire, jonas, "Available from mid-March for 2 projects: UX audits and checkout flows. "
                + "portfolio: https://jonasferreira.example");
        say(1, "09:30", uxHire, keito, "Booked till April, but taking small usability tests. "
                + "https://keitoarai.example");
        Post audit = say(1, "11:00", uxShop, linnea, "how are people pricing audits this year? I'm at a flat £1,800 "
                + "and it feels low");
        re(1, "11:20", omar, audit, "day rate x 3 for a standard audit. flat fees get eaten by scope creep");
        re(1, "11:40", beatriz, audit, "I do £2,400 with a fixed page count. anything over is a change order");
        re(1, "11:50", linnea, audit, "page count cap is smart, stealing that");
        Post drop = say(2, "10:00", uxAsk, gideon, "we run a small booking app for physios. our sign-up drop-off is "
                + "60% at the 'create password' step. any quick wins?");
        re(2, "15:00", omar, drop, "magic links or passkeys, and let people book before making an account. 60% at "
                + "password is the classic wall");
        re(2, "15:30", gideon, drop, "book-first hadn't occurred to us, thank you Omar");
        Post maze = say(3, "14:00", uxShop, jonas, "anyone used Maze for unmoderated tests? worth the price?");
        re(3, "14:30", keito, maze, "for quick preference tests yes. for real task flows I still run sessions "
                + "myself");
        re(3, "14:40", jonas, maze, "makes sense, ta");
        Post plants = say(4, "09:00", uxGeneral, priscilla, "hi all, founder of a small plant-delivery shop, "
                + "lurking here since @Jonas Ferreira redesigned our checkout 🌱");
        re(4, "09:40", jonas, plants, "welcome Priscilla! conversions still holding up I hope?");
        re(4, "10:00", priscilla, plants, "up 18% since January, the team still talks about it");
        Post price = say(5, "16:00", uxAsk, rania, "is it ok to hide the price until the last step? our marketing "
                + "person insists");
        re(6, "10:00", keito, price, "it's legal-ish, but people hate it and it shows in abandoned carts. put it up "
                + "front");
        re(6, "10:20", rania, price, "thanks Keito, I'll show him this");
        // W08: Linnea talks shop all week while founders' questions wait.
        Post follow = say(8, "09:00", uxAsk, gideon, "follow-up: we moved to book-first. now people book and never "
                + "finish their account. is that a problem?");
        Post penpot = say(8, "10:00", uxShop, linnea, "Figma's new pricing has me reconsidering everything. anyone "
                + "switched to Penpot?");
        re(8, "10:30", beatriz, penpot, "I tried. components are fine, prototyping isn't there yet");
        re(8, "10:40", linnea, penpot, "that was my fear. thanks Bea");
        re(8, "11:00", keito, penpot, "I keep Figma for clients and Penpot for personal stuff");
        re(8, "11:10", linnea, penpot, "@Keito Arai how do you handle handoff then? exports?");
        re(9, "08:30", keito, penpot, "clients get Figma files, so no handoff problem. it's only my own projects");
        re(9, "08:45", linnea, penpot, "ah of course, that makes sense");
        re(9, "09:00", keito, follow, "only if you need the account later. a reminder email after the first booking "
                + "usually does it");
        Post brief = say(9, "14:00", uxAsk, rania, "we're hiring a freelancer for a 6-week onboarding redesign. what "
                + "should the brief include?");
        Post pop = say(10, "11:00", uxShop, linnea, "rant incoming: a client asked me to 'make it pop' for the third "
                + "time this week");
        re(10, "11:10", omar, pop, "send them the pop invoice 😂");
        re(10, "11:15", linnea, pop, "the pop surcharge, +15%");
        re(10, "11:30", jonas, pop, "I once got 'make it more Tuesday'");
        re(10, "11:35", linnea, pop, "@Jonas Ferreira I need to know what Tuesday looks like");
        re(11, "09:00", jonas, pop, "we still don't know");
        Post kill = say(11, "15:00", uxShop, linnea, "serious q though: do you all put a kill fee in contracts? "
                + "@Omar Farouk @Beatriz Antunes");
        re(11, "15:20", omar, kill, "25%, always");
        re(11, "16:00", beatriz, kill, "30% after discovery");
        re(11, "16:10", linnea, kill, "ok, adding 25% tonight. thank you both");
        Post retainer = say(12, "10:00", uxShop, linnea, "also, does anyone have a good contract template for "
                + "retainers?");
        re(12, "10:30", omar, retainer, "I'll DM you mine");
        re(12, "10:35", linnea, retainer, "legend");
        re(12, "19:00", omar, brief, "budget range, timeline, who signs off, the metrics you care about, and access "
                + "to your analytics. and say what exists already");
        re(13, "09:00", rania, brief, "that's a great checklist, thank you");
        // W09: a client's question to the freelancer she hired, left waiting while he chats.
        say(15, "09:30", uxGeneral, priscilla, "@Jonas Ferreira you did our checkout in January, could you quote "
                + "for the onboarding flow too? happy to pay the same day rate, we'd love to start in April");
        Post meetup = say(16, "10:00", uxShop, jonas, "anyone going to the UX Bristol meetup on Thursday?");
        re(16, "10:30", keito, meetup, "yep, I'll be there");
        Post rate = say(16, "11:00", uxAsk, rania, "one more: fixed price or day rate for the freelancer?");
        re(16, "12:00", linnea, rate, "fixed price with a clear scope is easier for you to budget. agree the scope "
                + "list before anything else");
        re(16, "12:30", rania, rate, "thank you Linnea, that helps");
        Post invoice = say(17, "14:00", uxShop, jonas, "also, what are people using for invoicing now? FreeAgent?");
        re(17, "14:20", beatriz, invoice, "FreeAgent, it's fine");
        re(17, "14:30", jonas, invoice, "ta");
        Post win = say(18, "09:00", uxAsk, gideon, "update: account completion is up 20% since the reminder email. "
                + "thanks all");
        re(18, "09:30", omar, win, "love this, nice work");
    }

    private void aquarium() {
        Post ammonia = say(1, "08:00", aqHelp, zhao, "ammonia reading 2ppm in a 60L with 4 neons, added them "
                + "Saturday. what do I do");
        re(1, "11:00", fintan, ammonia, "50% water change today and tomorrow, dechlorinated, and test daily. you're "
                + "fish-in cycling now, this guide walks through it: https://tanktalk.example/guides/fish-in-cycling");
        re(1, "11:30", zhao, ammonia, "doing a change now, thank you");
        Post pleco = say(2, "20:00", aqGeneral, beckett, "my pleco ate the courgette AND the clip holding it?!");
        re(2, "20:10", amara, pleco, "he's a menace");
        re(2, "20:15", beckett, pleco, "a menace I would die for");
        Post carpet = say(3, "18:00", aqJournals, amara, "week 12 of the planted 90L: the carpet finally filled in");
        re(3, "19:00", halina, carpet, "so lush. what's your CO2 at?");
        re(3, "19:10", amara, carpet, "about 25ppm, drop checker lime green");
        Post ph = say(4, "12:00", aqHelp, oisin, "@Halina Kowalczyk what pH do you keep your apistos at? you "
                + "mentioned soft water once");
        re(4, "12:30", halina, ph, "on a trip till Sunday, no test kit with me, I'll check when I'm home!");
        Post fuzz = say(5, "09:00", aqHelp, oisin, "white fuzz on new driftwood, is it dangerous?");
        re(5, "13:00", fintan, fuzz, "harmless biofilm, snails love it. this page has photos to compare: "
                + "https://tanktalk.example/guides/driftwood-fungus");
        re(5, "13:30", oisin, fuzz, "yep that's it exactly, phew");
        say(6, "10:00", aqMeetups, ilse, "spring fish swap, Sunday 7 March at the community centre. sign up for a "
                + "table: https://forms.example/ttn-swap-march");
        re(7, "19:00", halina, ph, "home. 6.4 with RO plus remineraliser, GH 3. they've spawned twice at that");
        re(7, "19:30", oisin, ph, "perfect, thanks Halina");
        // W08: one guide, linked in answer after answer.
        Post newTank = say(8, "10:00", aqHelp, greer, "new tank set up yesterday, how long before I can add fish?");
        re(8, "12:00", fintan, newTank, "4-6 weeks if you cycle it first. this is the fishless way: "
                + "https://tanktalk.example/guides/fishless-cycling");
        re(8, "12:20", greer, newTank, "oh. patience it is. thanks");
        Post nitrite = say(9, "08:00", aqHelp, zhao, "ammonia 0, nitrite 0.5! is that progress?");
        re(9, "10:00", fintan, nitrite, "yes, that's the second stage. keep up the changes, same guide: "
                + "https://tanktalk.example/guides/fish-in-cycling");
        re(9, "10:15", zhao, nitrite, "🙏");
        Post journal = say(10, "18:00", aqJournals, amara, "week 13: trimmed the stems, the rotala is pink again");
        re(10, "18:30", beckett, journal, "jealous. my plants are a salad bar for the pleco");
        Post cousin = say(11, "20:00", aqHelp, beckett, "serious one for once: my cousin bought a tank and fish on "
                + "the same day. what should he read?");
        re(11, "21:00", fintan, cousin, "this one, start with the water changes: "
                + "https://tanktalk.example/guides/fish-in-cycling");
        re(11, "21:10", beckett, cousin, "sent, ta");
        Post already = say(12, "09:00", aqHelp, greer, "update: my partner already bought two guppies 🙃 what now?");
        re(12, "11:00", fintan, already, "then it's fish-in, this one: https://tanktalk.example/guides/fish-in-cycling "
                + "small water changes daily and you'll be fine");
        re(12, "11:20", greer, already, "on it, thank you");
        say(13, "10:00", aqMeetups, ilse, "swap: 8 tables left of 20, same sheet "
                + "https://forms.example/ttn-swap-march");
        say(13, "21:00", aqGeneral, beckett, "the pleco has moved on to eating the thermometer suction cup. send help");
        // W09.
        Post won = say(15, "08:00", aqHelp, zhao, "nitrite 0, ammonia 0, nitrate 10. did I... win?");
        re(15, "09:00", halina, won, "you won! the cycle's done. well done for sticking with it");
        re(15, "09:30", zhao, won, "couldn't have done it without @Fintan Rooney honestly, thank you for the daily "
                + "patience");
        say(16, "18:00", aqJournals, zhao, "tank's cycled, added 4 more neons. 8 neons, 1 happy idiot (me)");
        say(17, "09:00", aqMeetups, ilse, "swap is Sunday! 3 tables left: https://forms.example/ttn-swap-march");
        Post free = say(18, "19:00", aqGeneral, beckett, "anyone want my old 30L? light and filter included, free to "
                + "a good home, collection only");
        re(18, "19:30", greer, free, "ooh yes please, for a shrimp tank?");
        re(18, "19:40", beckett, free, "yours Greer, it's in the shed whenever");
    }

    private void yoga() {
        say(1, "09:00", ygGeneral, sadia, "collective meeting is Wednesday 8pm on the usual call. agenda: the spring "
                + "retreat and the studio insurance");
        Post cover = say(1, "12:00", ygCover, cathal, "can anyone cover my Thursday 6:30 vinyasa at Northside? "
                + "dentist 🙃");
        re(2, "07:30", celestine, cover, "I can, send me your playlist so they don't riot");
        re(2, "08:00", cathal, cover, "you're a star Celestine, sending it tonight");
        say(2, "10:00", ygListings, tova, "Workshop: Hips & Hamstrings, Sat 27 Feb, 2-4pm, £22. tickets: "
                + "https://tovayoga.example/workshops/hips-27feb");
        Post cue = say(3, "13:00", ygTalk, haruto, "just qualified, first class next week. how do you cue a room where "
                + "half are beginners and half want a workout?");
        re(3, "14:00", mireille, cue, "offer two options for every pose, out loud, and never call one 'the easy "
                + "one'. bon courage!");
        re(3, "15:30", celestine, cue, "and learn three names in your first class. it changes the whole room");
        re(3, "15:45", haruto, cue, "two options, three names. writing that on my hand");
        Post back = say(4, "19:00", ygGeneral, fenna, "hello hello, been a while! how's everyone?");
        re(4, "19:30", mireille, back, "hey Fenna! good, busy. you?");
        re(4, "19:40", fenna, back, "same! moving studios, it's chaos");
        Post rent = say(5, "11:00", ygTalk, cathal, "is anyone else's studio raising rent for evening slots?");
        re(5, "11:30", tova, rent, "ours went up 10% in January");
        re(5, "12:00", sadia, rent, "bring it on Wednesday, we can negotiate as a group");
        say(6, "10:00", ygGeneral, sadia, "meeting notes are pinned. the spring retreat is 14-16 May, details soon");
        // W08: follow me, share my reel.
        say(8, "09:00", ygGeneral, fenna, "I've started posting daily flows on Instagram!! would mean the world if "
                + "you followed and shared 🙏 @Celestine Obi @Cathal Moran @Tova Eriksen "
                + "https://instagram.example/fenna.flows");
        say(9, "09:00", ygTalk, fenna, "also if anyone could share my latest reel to their stories that'd help so "
                + "much, the algorithm is brutal: https://instagram.example/fenna.flows/reel/hip-flow");
        say(9, "10:00", ygListings, tova, "reminder: Hips & Hamstrings on the 27th, 4 spots left: "
                + "https://tovayoga.example/workshops/hips-27feb");
        Post sunday = say(10, "17:00", ygCover, haruto, "need cover for Sunday 10am yin at Riverside, family thing");
        re(10, "17:30", cathal, sunday, "I've got you");
        re(10, "17:35", haruto, sunday, "thank you Cathal!!");
        Post first = say(11, "21:00", ygGeneral, haruto, "first class done!! 9 people and nobody fell over");
        first.react("🎉", mireille, celestine, sadia, cathal);
        re(11, "21:10", mireille, first, "félicitations! 👏");
        Post dates = say(12, "10:00", ygGeneral, sadia, "autumn retreat poll: which weekend suits? react 👍 10-12 "
                + "Sep, 🙌 24-26 Sep");
        dates.react("👍", cathal, tova, mireille);
        dates.react("🙌", celestine);
        // W09: Fenna helps.
        Post blocks = say(15, "10:00", ygTalk, mireille, "anyone have a good prop supplier? our blocks are "
                + "crumbling");
        re(15, "11:00", fenna, blocks, "I got mine from a cork wholesaler, still perfect after 3 years, I'll find "
                + "the name");
        re(16, "09:00", fenna, blocks, "it's Corkhouse, they do a teacher discount if you ask");
        re(16, "09:30", mireille, blocks, "merci Fenna!");
        say(17, "10:00", ygGeneral, sadia, "May retreat sign-up is live: https://forms.example/openmat-may-retreat "
                + "we need names by the 20th to book the rooms");
        say(17, "10:20", ygGeneral, cathal, "in!");
        say(17, "10:40", ygGeneral, celestine, "in, bringing the singing bowl nobody asked for");
    }

    private void printShop() {
        say(1, "09:00", lpNews, benedikt, "Spring sale: 15% off all resin prints until the 21st, code SPRING15 at "
                + "checkout: https://layerlab.example/shop/resin");
        Post gauntlet = say(1, "10:00", lpGeneral, rowan, "LayerLab did the gauntlet plates for my cosplay and the "
                + "fit was perfect, I've sent two people from my group your way already");
        re(1, "10:30", kasia, gauntlet, "Rowan!! that made our morning, thank you for sending them");
        joins(2, "10:00", lpGeneral, dario);
        Post warp = say(3, "09:00", lpOrders, elif, "my PETG bracket (order 4471) warped at one corner, is a reprint "
                + "possible?");
        re(3, "09:30", dario, warp, "honestly I print PETG for 8p a gram, cheaper than here and no warping, DM me");
        re(3, "11:00", kasia, warp, "so sorry Elif! yes, we'll reprint it with a brim, no charge. it ships Friday");
        re(3, "11:20", elif, warp, "thank you Kasia, that was fast");
        Post knob = say(4, "17:00", lpShowcase, tobias, "the replacement knob for my 1970s radio, you'd never know");
        re(4, "17:30", benedikt, knob, "that's a beauty, what finish did you go with?");
        re(4, "17:40", tobias, knob, "the satin black");
        Post tpu = say(5, "12:00", lpOrders, mei, "can you print in TPU? I need a flexible phone stand");
        re(5, "12:40", benedikt, tpu, "yes, shore 95A. upload the file on the order page and tick TPU: "
                + "https://layerlab.example/order");
        re(5, "12:50", mei, tpu, "perfect");
        say(6, "09:00", lpNews, benedikt, "last weekend of the spring sale, SPRING15 ends Sunday: "
                + "https://layerlab.example/shop/resin");
        say(7, "18:00", lpGeneral, kasia, "I'm off till Wednesday, Benedikt's on orders 👋");
        // W08.
        Post second = say(8, "09:00", lpOrders, tobias, "@Kasia Nowak my second order hasn't shipped yet, the first "
                + "one was so quick, is everything ok?");
        re(8, "10:00", benedikt, second, "all fine Tobias, it's in tomorrow's batch, Kasia's off till Wednesday. "
                + "tracking comes by email");
        re(8, "10:10", tobias, second, "thanks!");
        Post dryer = say(9, "15:00", lpGeneral, dario, "does anyone know a good filament dryer? mine can't keep up");
        re(9, "15:30", rowan, dryer, "the cheap Sunlu one is fine for a spool at a time");
        re(9, "15:40", dario, dryer, "thanks");
        Post armour = say(10, "20:00", lpShowcase, rowan, "finished the full armour! photos from the con");
        armour.react("🔥", kasia, benedikt, mei, tobias);
        re(10, "20:10", benedikt, armour, "can we put this on our wall of fame?");
        re(10, "20:20", rowan, armour, "of course!!");
        say(11, "09:00", lpOrders, elif, "reprint arrived, perfect this time 👌");
        Post backAgain = say(12, "09:00", lpGeneral, kasia, "back! did I miss anything exciting?");
        re(12, "09:20", mei, backAgain, "Rowan's armour. scroll up in showcase");
        // W09.
        Post bulk = say(15, "11:00", lpOrders, mei, "is there a way to get a quote for 200 small parts? for my "
                + "craft stall");
        re(15, "14:00", benedikt, bulk, "yes, email us the file and the quantity and we'll do a bulk quote within "
                + "a day");
        re(15, "14:10", mei, bulk, "great, sending it tonight");
        say(17, "09:00", lpNews, kasia, "Shop closed Monday for the machine service, orders placed over the weekend "
                + "ship Tuesday");
        Post stand = say(18, "17:00", lpShowcase, mei, "phone stand in TPU, bendy and indestructible (my toddler "
                + "tested)");
        re(18, "17:20", kasia, stand, "best QA team there is");
    }

    static Map<String, String> files() {
        return new HeldOutScenes48Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 48");
    }
}
