package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 21 (sealed, session 24): eight communities over three weeks (2026-W39 to 2026-W41), written and
 * labelled by writer21 before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-21.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes21Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 9, 21);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 10, 12, 7, 30, 0, 0, ZoneOffset.UTC);

    // --- A. calligraphers
    private final String calGuild = cast.guild(521);
    private final Channel calNib = cast.channel(calGuild, "Flourish & Folio", "nib-talk",
            "nibs, inks, paper, everything pointed pen", "cal-nib-talk.json");
    private final Channel calDaily = cast.channel(calGuild, "Flourish & Folio", "daily-strokes",
            "post your practice sheets, every day counts", "cal-daily-strokes.json");
    private final Channel calCrit = cast.channel(calGuild, "Flourish & Folio", "critique-corner",
            "post your piece, get honest feedback, give some back", "cal-critique-corner.json");
    private final Channel calSwap = cast.channel(calGuild, "Flourish & Folio", "supplies-swap",
            "buy, sell, swap supplies", "cal-supplies-swap.json");
    private final Channel calAsk = cast.channel(calGuild, "Flourish & Folio", "ask-the-scribes",
            "questions welcome, there is no such thing as a dumb one", "cal-ask-the-scribes.json");
    private final Persona odile = cast.person("odile.m", "Odile Marchetti");
    private final Persona kenji = cast.person("kenji_ota", "Kenji Ota");
    private final Persona priya = cast.person("priyav", "Priya Varma");
    private final Persona bram = cast.person("bramdewit", "Bram de Wit");
    private final Persona lou = cast.person("lou.turns", "Lou Fennimore");
    private final Persona sunniva = cast.person("sunniva.b", "Sunniva Berg");

    // --- B. model railway builders
    private final String railGuild = cast.guild(522);
    private final Channel railPlatform = cast.channel(railGuild, "Sidings & Signals", "the-platform",
            "chat, news, whatever's on the workbench", "rail-the-platform.json");
    private final Channel railProgress = cast.channel(railGuild, "Sidings & Signals", "layout-progress",
            "post progress pics of your own layout", "rail-layout-progress.json");
    private final Channel railDcc = cast.channel(railGuild, "Sidings & Signals", "dcc-and-wiring",
            "decoders, boosters, and why won't it run", "rail-dcc-and-wiring.json");
    private final Channel railSwap = cast.channel(railGuild, "Sidings & Signals", "swap-shop",
            "buy, sell and swap: locos, stock, scenery", "rail-swap-shop.json");
    private final Channel railOps = cast.channel(railGuild, "Sidings & Signals", "operating-sessions",
            "running nights, timetables, who's driving", "rail-operating-sessions.json");
    private final Persona geoff = cast.person("geoffp", "Geoff Pembury");
    private final Persona marta = cast.person("marta.k", "Marta Kowalczyk");
    private final Persona dev = cast.person("dev_dcc", "Dev Anand");
    private final Persona hamish = cast.person("hamishlorne", "Hamish Lorne");
    private final Persona tilly = cast.person("tilly08", "Tilly Okafor");
    private final Persona rolf = cast.person("rolf.b", "Rolf Baumann");

    // --- C. reptile keepers
    private final String herpGuild = cast.guild(523);
    private final Channel herpShed = cast.channel(herpGuild, "Warm Side Cool Side", "shed-happens",
            "say hi! introduce yourself and your animals", "herp-shed-happens.json");
    private final Channel herpHusbandry = cast.channel(herpGuild, "Warm Side Cool Side", "husbandry-help",
            "temps, humidity, UVB, feeding problems: ask here", "herp-husbandry-help.json");
    private final Channel herpBuilds = cast.channel(herpGuild, "Warm Side Cool Side", "viv-builds",
            "bioactive, custom vivs, show us your setups", "herp-viv-builds.json");
    private final Channel herpMarket = cast.channel(herpGuild, "Warm Side Cool Side", "morph-market",
            "buy / sell / rehome. prices in the post please", "herp-morph-market.json");
    private final Channel herpFeeding = cast.channel(herpGuild, "Warm Side Cool Side", "feeding-log",
            "log your feeds, weights and sheds", "herp-feeding-log.json");
    private final Persona ines = cast.person("ines.geckos", "Ines Carvalho");
    private final Persona tomasz = cast.person("tomaszw", "Tomasz Wrona");
    private final Persona kayla = cast.person("kaylab", "Kayla Brooks");
    private final Persona wendell = cast.person("wendell_a", "Wendell Ashby");
    private final Persona femi = cast.person("femi.a", "Femi Adeyemi");
    private final Persona noor = cast.person("noorh", "Noor Haddad");

    // --- D. event planners
    private final String eventsGuild = cast.guild(524);
    private final Channel evVenue = cast.channel(eventsGuild, "Run of Show", "venue-gossip",
            "which venues are great, which are a nightmare", "events-venue-gossip.json");
    private final Channel evRecs = cast.channel(eventsGuild, "Run of Show", "vendor-recs",
            "looking for a florist, caterer, AV? ask here", "events-vendor-recs.json");
    private final Channel evSubs = cast.channel(eventsGuild, "Run of Show", "gigs-and-subs",
            "freelance gigs, cover needed, available for hire", "events-gigs-and-subs.json");
    private final Channel evWar = cast.channel(eventsGuild, "Run of Show", "war-stories",
            "the wedding where the cake fell over. vent here", "events-war-stories.json");
    private final Channel evTools = cast.channel(eventsGuild, "Run of Show", "tools-and-templates",
            "spreadsheets, checklists, software", "events-tools-and-templates.json");
    private final Persona harriet = cast.person("harriet.q", "Harriet Quayle");
    private final Persona marcus = cast.person("marcus_av", "Marcus Obi");
    private final Persona lena = cast.person("lena.s", "Lena Sorensen");
    private final Persona chidi = cast.person("chidi.n", "Chidi Nwosu");
    private final Persona rosa = cast.person("rosa.flowers", "Rosa Delgado");
    private final Persona yusuf = cast.person("yusuf.k", "Yusuf Karim");

    // --- E. improv theatre troupe
    private final String improvGuild = cast.guild(525);
    private final Channel imRehearsal = cast.channel(improvGuild, "Yes, And Collective", "rehearsal-notes",
            "notes from tuesday rehearsals: what worked, what to try", "improv-rehearsal-notes.json");
    private final Channel imShow = cast.channel(improvGuild, "Yes, And Collective", "show-night",
            "the troupe's shows: dates, tickets, call times", "improv-show-night.json");
    private final Channel imJam = cast.channel(improvGuild, "Yes, And Collective", "jam-schedule",
            "who's coming to thursday jams", "improv-jam-schedule.json");
    private final Channel imGreen = cast.channel(improvGuild, "Yes, And Collective", "green-room",
            "chat, memes, life", "improv-green-room.json");
    private final Channel imCasting = cast.channel(improvGuild, "Yes, And Collective", "casting-calls",
            "post your call here: gigs, shows, projects looking for players", "improv-casting-calls.json");
    private final Persona dominique = cast.person("dom.asante", "Dominique Asante");
    private final Persona ollie = cast.person("olliefraser", "Ollie Fraser");
    private final Persona beatriz = cast.person("bea.lima", "Beatriz Lima");
    private final Persona sam = cast.person("sam_or", "Sam Okonkwo-Reid");
    private final Persona penny = cast.person("pennyt", "Penny Travers");
    private final Persona jules = cast.person("jules.m", "Jules Marchand");

    // --- F. data scientists
    private final String dataGuild = cast.guild(526);
    private final Channel dsHalp = cast.channel(dataGuild, "Null Hypothesis Club", "halp-pandas",
            "stuck on pandas / numpy / sql? paste the error", "data-halp-pandas.json");
    private final Channel dsPapers = cast.channel(dataGuild, "Null Hypothesis Club", "paper-club",
            "papers we're reading, discussion on fridays", "data-paper-club.json");
    private final Channel dsCareer = cast.channel(dataGuild, "Null Hypothesis Club", "career-chat",
            "interviews, switching careers, salaries, visas", "data-career-chat.json");
    private final Channel dsJobs = cast.channel(dataGuild, "Null Hypothesis Club", "job-board",
            "hiring? post here. looking? post here", "data-job-board.json");
    private final Channel dsNotebooks = cast.channel(dataGuild, "Null Hypothesis Club", "show-your-notebook",
            "share your own projects, notebooks and dashboards", "data-show-your-notebook.json");
    private final Persona anika = cast.person("anika.r", "Anika Roy");
    private final Persona mateo = cast.person("mateo_f", "Mateo Fuentes");
    private final Persona grace = cast.person("graceliu", "Grace Liu");
    private final Persona viktor = cast.person("viktorhale", "Viktor Hale");
    private final Persona efe = cast.person("efe.o", "Efe Ogunleye");
    private final Persona rahel = cast.person("rahel.t", "Rahel Tesfaye");

    // --- G. a dance studio (the studio's own server; its team wears Staff)
    private final String danceGuild = cast.guild(527);
    private final Role staff = cast.role("Staff", "#e67e22", 3);
    private final Channel daNews = cast.channel(danceGuild, "Studio Kinetika", "studio-news",
            "timetable, term dates and events from the studio team", "dance-studio-news.json");
    private final Channel daAfter = cast.channel(danceGuild, "Studio Kinetika", "after-class",
            "chat about classes, share wins, find a practice buddy", "dance-after-class.json");
    private final Channel daDesk = cast.channel(danceGuild, "Studio Kinetika", "ask-the-front-desk",
            "bookings, fees, timetable questions: post here and our staff will reply", "dance-ask-the-front-desk.json");
    private final Channel daRail = cast.channel(danceGuild, "Studio Kinetika", "costume-rail",
            "buy / sell / swap costumes and shoes", "dance-costume-rail.json");
    private final Channel daClips = cast.channel(danceGuild, "Studio Kinetika", "practice-clips",
            "post your own practice videos. progress over perfection", "dance-practice-clips.json");
    private final Persona marisol = cast.person("marisol.kinetika", "Marisol Vega", staff);
    private final Persona theo = cast.person("theo.l", "Theo Lindqvist", staff);
    private final Persona aisha = cast.person("aisha.bello", "Aisha Bello");
    private final Persona connor = cast.person("connorw", "Connor Walsh");
    private final Persona yuki = cast.person("yuki.t", "Yuki Tanaka");
    private final Persona fenella = cast.person("fenella.r", "Fenella Rhodes");

    // --- H. jewellery makers
    private final String jewelGuild = cast.guild(528);
    private final Channel jwBench = cast.channel(jewelGuild, "Bench Pin", "bench-talk",
            "general chat at the bench", "jewel-bench-talk.json");
    private final Channel jwWip = cast.channel(jewelGuild, "Bench Pin", "wip-wednesday",
            "works in progress and finished pieces: show us what's on your bench", "jewel-wip-wednesday.json");
    private final Channel jwCrit = cast.channel(jewelGuild, "Bench Pin", "crit-please",
            "post a piece, ask for honest crit, crit someone else's", "jewel-crit-please.json");
    private final Channel jwStones = cast.channel(jewelGuild, "Bench Pin", "stones-and-tools",
            "settings, stones, torches, pickle", "jewel-stones-and-tools.json");
    private final Channel jwMarket = cast.channel(jewelGuild, "Bench Pin", "buy-sell-swap",
            "buy, sell, swap: tools, stock, finished work", "jewel-buy-sell-swap.json");
    private final Persona catrin = cast.person("catrin.h", "Catrin Hughes");
    private final Persona moss = cast.person("moss.gems", "Moss Adeyinka");
    private final Persona ilse = cast.person("ilse.v", "Ilse Vermeer");
    private final Persona rowan = cast.person("rowanpike", "Rowan Pike");
    private final Persona tamsin = cast.person("tamsin.gold", "Tamsin Gold");
    private final Persona aziz = cast.person("aziz.r", "Aziz Rahimi");
    private final Channel jwDm = cast.dm("2026-10-01", "Rowan Pike", "jewel-dm-moss-rowan.json");

    private HeldOutScenes21Script() {
        super(new SceneIds(14800), FIRST_MONDAY, 21);
    }

    /** The export's files: one DiscordChatExporter JSON per channel. */
    static Map<String, String> files() {
        return new HeldOutScenes21Script().write();
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-21"), files(),
                "held-out scenes, round 21");
    }

    private Map<String, String> write() {
        calligraphers();
        railway();
        reptiles();
        planners();
        improv();
        dataScientists();
        dance();
        jewellery();
        return export(EXPORTED_AT);
    }

    private void calligraphers() {
        Post stiff = say(1, "09:10", calNib, kenji, "anyone else find the Nikko G way too stiff for small x-heights? "
                + "switched to a Hunt 101 and my hairlines finally look like hairlines");
        Post breakIn = re(1, "09:25", odile, stiff, "Hunt 101 is lovely once it breaks in. give it a week, the first few "
                + "sheets it catches on every upstroke");
        re(1, "09:31", kenji, breakIn, "ya it caught on everything lol. ok will persevere");
        say(1, "12:02", calDaily, odile, "day 212. minuscules only, copperplate, 3mm x-height. the g loops still drift right");
        Post blobs = say(1, "20:40", calAsk, priya, "hi all, total beginner here 🙈 my ink keeps blobbing at the start "
                + "of every stroke, is it the nib or me?");
        Post rim = re(1, "20:52", bram, blobs, "prob too much ink on the nib. dip, then touch the nib to the rim of the "
                + "jar once. also sumi straight from the bottle is thick, add a few drops of water");
        re(1, "21:05", priya, rim, "omg the rim thing fixed it. thank you!!").react("🙌", bram);
        say(2, "10:15", calSwap, lou, "RESTOCK 🎉 my hand-turned oblique holders are back, walnut and ebonised oak, "
                + "15% off this week with code FLOURISH15 → https://loufennimore.shop/obliques");
        say(2, "10:19", calNib, lou, "if your oblique flange is misaligned you're fighting your tools. mine are "
                + "hand-adjusted for every nib, code FLOURISH15 → https://loufennimore.shop/obliques");
        say(2, "10:24", calAsk, lou, "beginners: a good oblique makes all the difference! "
                + "https://loufennimore.shop/obliques (FLOURISH15 for 15% off)");
        say(2, "11:40", calAsk, sunniva, "ehm, who was asking? 😅");
        say(2, "14:00", calDaily, odile, "day 213. majuscule drills, the C stroke fifty times. boring, works");
        Post piece = say(3, "08:30", calCrit, sunniva, "first full piece in Spencerian, a quote for my sister's wedding "
                + "card. be honest please, especially the capital T, it feels top heavy?");
        re(3, "09:12", odile, piece, "the T crossbar is fine, it's the stem: it leans further than your slant lines. "
                + "redraw your guidelines at 52° and it will sit. word spacing is really nice");
        re(3, "09:40", kenji, piece, "agree with Odile on the stem. also the last hairline of 'forever' fades out, "
                + "release the pressure slower maybe");
        say(3, "10:02", calCrit, sunniva, "thank you both!! redoing it tonight 🙏");
        Post menu = say(3, "18:30", calCrit, kenji, "my first go at italic for a restaurant menu, rate it 🤞 the serifs "
                + "are wonky i know");
        re(3, "19:05", sunniva, menu, "the rhythm is great! the n and m arches differ in width tho, the m looks squashed");
        re(3, "19:20", kenji, menu, "oh yeah now i can't unsee it 😂");
        say(4, "12:00", calDaily, odile, "day 214. envelopes for a client, 60 of them. sharing the layout, not the names 😉")
                .react("😍", sunniva, kenji);
        Post paper = say(4, "19:20", calAsk, priya, "what paper do you all practise on? my Rhodia pad is eating my budget");
        re(4, "19:31", kenji, paper, "HP premium laser 32lb. cheap and the ink barely feathers");
        re(4, "19:40", odile, paper, "same, and a guide sheet underneath so you don't have to rule every page");
        say(5, "16:00", calNib, sunniva, "off to the lettering fair in Gent, offline till monday! 🖋️");
        say(5, "21:00", calSwap, lou, "last 3 walnut obliques left! FLOURISH15 still works → https://loufennimore.shop/obliques");
        say(6, "09:00", calNib, bram, "@Sunniva Berg did you end up finding a supplier for the Ziller black? need 2 "
                + "bottles for a job and my usual place is out");
        say(6, "10:05", calDaily, odile, "day 215. rest day practice: just ovals");
        say(7, "17:40", calNib, kenji, "anyone watching the IAMPETH videos this weekend? the flourishing one is 🔥");
        say(7, "17:52", calNib, odile, "saving it for tonight, no spoilers");

        // W40
        say(8, "08:15", calNib, sunniva, "back! Bram: yes, the little shop in Antwerp ships, I'll DM you the name, "
                + "they were lovely");
        say(8, "09:00", calDaily, odile, "day 217. starting a new hand: Roundhand. humbling");
        Post shading = say(8, "19:00", calAsk, priya, "how do you get the shading even on downstrokes? mine go "
                + "thick-thin-thick in one stroke 😭");
        Post slow = re(8, "19:20", odile, shading, "slow down. press before the stroke starts moving, hold it, release at "
                + "the baseline. film your hand, you'll see you speed up mid-stroke");
        re(8, "19:45", priya, slow, "filmed it, I totally speed up lol. thanks!");
        say(9, "10:30", calNib, kenji, "@Bram de Wit which gum arabic ratio do you use for your gouache mix? my whites "
                + "keep flaking off the black paper");
        Post pad = say(9, "11:02", calNib, bram, "lightpad came today, game changer for guidelines");
        Post a3 = re(9, "11:20", odile, pad, "which size? thinking of getting the A3");
        re(9, "11:26", bram, a3, "A3, the A4 is tiny for envelopes");
        say(9, "12:00", calDaily, odile, "day 218. Roundhand caps. the R is a disaster");
        say(10, "20:10", calNib, kenji, "bumping my gum arabic question, whites still flaking 😅");
        say(10, "20:30", calSwap, sunniva, "WTS: Ziller black, 1 unopened bottle, bought two by mistake. €12 + post");
        Post poem = say(11, "18:00", calCrit, priya, "ok here is my first real piece, go easy on me, it's my gran's "
                + "favourite poem");
        Post baseline = re(11, "18:40", bram, poem, "for three weeks in this is really good Priya. the baseline wanders "
                + "on line 2, slide a ruled guide under the sheet");
        re(11, "18:55", priya, baseline, "ruled guide, got it! thank you 🥹");
        Post sumi = say(12, "09:15", calNib, bram, "anyone tried the new Moon Palace sumi? smells weird");
        re(12, "09:40", sunniva, sumi, "smells like a campfire, writes beautifully though");
        re(12, "09:48", bram, sumi, "campfire is exactly it lol");
        Post scratchy = say(12, "21:30", calAsk, priya, "is it normal for a nib to go scratchy after two weeks?");
        re(12, "21:41", kenji, scratchy, "yep they wear out, the Nikko lasts longer. just swap it");
        say(13, "10:20", calAsk, priya, "swapped, smooth again ❤️ thanks Kenji");
        say(13, "11:00", calDaily, odile, "day 221. Roundhand R, attempt 40. getting there");
        say(14, "16:00", calNib, bram, "commission done, 120 place cards. my hand is a claw");

        // W41
        say(15, "08:40", calNib, bram, "Kenji sorry man, missed your gum arabic q completely! 1 part gum to 4 water, a drop "
                + "per pan of gouache. flaking is usually too little binder");
        say(15, "09:02", calNib, kenji, "ahh thanks, trying tonight");
        say(15, "12:00", calDaily, odile, "day 223. Roundhand minuscules, finally relaxed");
        say(16, "10:00", calSwap, lou, "a few ebony obliques back in stock, FLOURISH15 still works "
                + "→ https://loufennimore.shop/obliques");
        Post flourish = say(16, "19:30", calCrit, sunniva, "redid the wedding card with the new slant lines, better?");
        re(16, "20:05", priya, flourish, "it looks SO good. the T sits now!");
        re(16, "20:20", odile, flourish, "much better. send it 💌");
        Post ink = say(17, "14:10", calAsk, priya, "silly q: can I use fountain pen ink in a dip pen?");
        re(17, "14:30", lou, ink, "you can, it's just thin, so hairlines get lovely but shades are pale. add a pinch of "
                + "gum arabic to thicken it");
        re(17, "14:44", priya, ink, "oh nice, thank you!");
        say(18, "11:00", calDaily, odile, "day 226. a whole page without ruling. don't look too closely");
        say(19, "20:00", calNib, kenji, "whites don't flake anymore 🎉 thanks Bram");
    }

    private void railway() {
        Post ballast = say(1, "08:05", railPlatform, geoff, "Morning all. Finally finished ballasting the fiddle yard. "
                + "Forty years in the hobby and I still hate ballasting");
        Post trick = re(1, "08:40", marta, ballast, "the worst job. did you use the PVA + washing up liquid trick?");
        re(1, "09:02", geoff, trick, "Same mix since 1983, 50/50 and a drop of Fairy. Never failed me");
        say(1, "09:10", railPlatform, hamish, "my ballast still lifts when the glue dries, what's the secret ratio");
        say(1, "09:14", railPlatform, geoff, "Hamish: wet it first with a mister, then the glue. It wicks in");
        Post decoder = say(2, "17:30", railDcc, tilly, "hi, new here, im 15, got a Hornby class 08 for my birthday and "
                + "want to put a decoder in it. is it hard? never soldered anything before");
        re(2, "17:46", dev, decoder, "honestly the 08 is fiddly, cramped chassis. I do decoder installs, £35 a loco incl "
                + "the decoder, dm me and I'll sort you out 👍");
        Post socket = re(2, "18:10", geoff, decoder, "It's a fine first job, Tilly. The newer 08s have a 6-pin socket "
                + "under the body, so no soldering: two screws underneath, lift the body, pull the blanking plug, push "
                + "the decoder in. Take a photo before you start");
        re(2, "18:25", tilly, socket, "wait no soldering?? amazing. ill try tonight");
        Post works = say(3, "20:15", railDcc, tilly, "IT WORKS 🎉 address 8 obviously");
        re(3, "20:40", geoff, works, "Well done! Next stop, speed matching").react("🎉", marta);
        say(3, "21:00", railSwap, dev, "FS: 5x Zimo MX600 decoders, £18 each or £80 the lot, UK post £3");
        Post night = say(4, "12:30", railOps, hamish, "Running night Saturday at mine, 7pm. Need 4 drivers and a "
                + "signaller. sign up on the sheet so I know how many pasties to get: "
                + "https://docs.google.com/spreadsheets/d/1ops-rail-thursday");
        re(4, "13:05", marta, night, "I'm in, signaller if nobody else wants it");
        re(5, "10:00", rolf, night, "count me in");
        say(5, "19:40", railPlatform, rolf, "Checkout my new blog post on weathering with pigments: "
                + "https://rolfsrailways.blog/2026/09/pigment-weathering");
        Post curve = say(6, "15:20", railProgress, marta, "baseboard 3 of 6 done. the curve at the end is 2nd radius, "
                + "forgive me 🙈");
        re(6, "16:00", geoff, curve, "Nothing to forgive, the 08s will take it fine");
        re(6, "16:12", hamish, curve, "2nd radius gang 🙋");

        // W40: Rolf's week in the loft
        say(8, "08:10", railPlatform, rolf, "Busy weekend in the loft: laid the whole goods yard, Peco code 75, all the "
                + "points wired to the frog");
        say(8, "19:30", railPlatform, rolf, "Also finally decided on the era: late BR blue, 1975-80");
        say(9, "07:50", railPlatform, rolf, "New post on my blog: laying code 75 in a goods yard, with my jig plans "
                + "https://rolfsrailways.blog/2026/10/goods-yard-code-75");
        Post backscene = say(9, "12:10", railProgress, marta, "backscene up on boards 1-3!");
        re(9, "18:00", geoff, backscene, "What did you use for the backscene, Marta? Looks like a real photo");
        say(9, "21:00", railPlatform, rolf, "Ordered a class 37 in Railfreight grey. Probably wrong for my era but I "
                + "don't care");
        say(9, "21:20", railOps, hamish, "Saturday's running night was brilliant, thanks all 🍻 next one is Thursday "
                + "8th, same sheet: https://docs.google.com/spreadsheets/d/1ops-rail-thursday");
        say(10, "08:30", railProgress, marta, "Geoff: it's a photo of Edale I took myself, printed at A1 on matte paper. "
                + "about £20 at the print shop");
        say(10, "08:45", railProgress, geoff, "Clever. Might pinch that idea");
        say(10, "12:15", railDcc, rolf, "my bus wire is 1.5mm, droppers every panel. works perfectly so far");
        Post speed = say(10, "17:00", railDcc, tilly, "how do i make my 08 go slower at full throttle? it goes like a "
                + "rocket 😂");
        re(10, "17:20", dev, speed, "CV5 sets top speed. start around 120 on an 08 and work down");
        re(10, "17:45", tilly, speed, "120 is perfect ty!!");
        say(10, "20:40", railPlatform, rolf, "Goods yard shunting plank test this evening, 45 minutes of shunting, "
                + "zero derailments");
        say(11, "08:00", railPlatform, rolf, "Fitted the uncoupling magnets. Kadee ones, under the sleepers");
        say(11, "13:00", railOps, hamish, "2 driver places left for the 8th, same sheet "
                + "https://docs.google.com/spreadsheets/d/1ops-rail-thursday");
        say(11, "18:10", railPlatform, rolf, "Checkout the pics on my blog, the yard looks great at night under the LED "
                + "strip: https://rolfsrailways.blog/2026/10/yard-at-night");
        Post wagons = say(12, "09:30", railPlatform, rolf, "Weathered 6 wagons today");
        Post rust = re(12, "11:45", marta, wagons, "looks great Rolf. which pigment for the rust?");
        re(12, "12:30", rolf, rust, "MIG rust, two shades");
        say(13, "10:00", railPlatform, rolf, "Loft is 28 degrees, the track has expanded, back to the drawing board");
        say(13, "11:30", railPlatform, hamish, "the loft layout curse strikes again");
        say(14, "16:00", railPlatform, rolf, "Next week: signals");

        // W41
        Post signals = say(15, "09:00", railPlatform, geoff, "@Rolf Baumann lovely yard. What are you doing for the "
                + "signals, upper or lower quadrant?");
        re(15, "19:30", rolf, signals, "lower quadrant, Ratio kits. thanks Geoff!");
        say(15, "20:00", railOps, hamish, "reminder: Thursday 7pm, sheet is full, see you all 🍻");
        Post wtb = say(17, "10:10", railSwap, tilly, "WTB: any cheap 4-wheel wagons, pocket money budget 😅");
        re(17, "10:40", geoff, wtb, "I've a box of old Hornby ones in the loft, yours for nothing, I'll post them");
        re(17, "11:05", dev, wtb, "got some Bachmann 16t minerals, £8 each, can bring them Thursday");
        re(17, "12:00", tilly, wtb, "omg thank you both!! Geoff that's so kind. Dev ill take 2");
        say(18, "22:30", railOps, marta, "great night. Tilly drove the 08 for an hour without a single stall 👏");
        say(19, "09:00", railProgress, marta, "boards 4-6 framed. the end is in sight");
        say(20, "14:00", railPlatform, rolf, "Signals in, and working from a lever frame. Video on the blog tonight");
    }

    private void reptiles() {
        Post fasting = say(1, "07:45", herpHusbandry, kayla, "please help, my ball python Noodle hasn't eaten in 6 "
                + "weeks. she's 2 years old, hot side 32, cool side 26, humidity 60. I've tried frozen thawed rats and "
                + "mice. I'm so worried");
        re(1, "08:05", tomasz, fasting, "6 weeks is honestly normal for a ball in autumn, they go off food. weigh her "
                + "weekly, if she drops more than 10% of her weight, vet. these explain it well: "
                + "https://reptilecaresheets.org/ball-python-fasting and "
                + "https://www.rspca.org.uk/adviceandwelfare/pets/other/royalpython");
        re(1, "08:09", tomasz, fasting, "and the feeding + temps sections here: https://ballpythonbasics.net/feeding "
                + "https://ballpythonbasics.net/temperatures");
        Post weight = re(1, "08:30", kayla, fasting, "she's 1240g, was 1290 in august. so that's not 10%?");
        re(1, "08:41", tomasz, weight, "4%, you're fine. try a warm rat at night with the lights off, braining it helps "
                + "too (sorry 😬)");
        say(1, "09:00", herpFeeding, femi, "Rex (leo): 6 dusted crickets, 58g");
        say(2, "20:10", herpHusbandry, kayla, "braining... ok. trying tonight");
        say(2, "20:30", herpFeeding, femi, "Rex refused. shed coming, eyes cloudy");
        Post ate = say(3, "07:10", herpHusbandry, kayla, "SHE ATE!!! 😭 thank you @Tomasz Wrona");
        re(3, "07:30", femi, ate, "congrats Noodle 🎉").react("❤️", kayla);
        re(3, "08:15", tomasz, ate, "told you 😄 now leave her alone for a week");
        say(4, "19:00", herpMarket, ines, "Available now: 2026 leopard gecko hatchlings 🦎 Tremper albino het eclipse "
                + "£90, Mack snow £75, normals £45. Collection Bristol or courier at buyer's cost. DM me");
        Post viv = say(5, "18:20", herpBuilds, wendell, "finished the bioactive for Mango, 4x2x2, springtails went in "
                + "today");
        re(5, "18:50", femi, viv, "that background is sick, what's it made of?");
        re(5, "19:05", wendell, viv, "expanding foam + grout + sand. 3 weekends lol");
        say(6, "10:00", herpFeeding, femi, "Rex shed in one piece, 6 crickets, 59g");

        // W40
        joins(8, "10:00", herpShed, noor);
        Post hello = say(8, "10:05", herpShed, noor, "hi everyone! Noor from Leeds 👋 just adopted a crested gecko "
                + "called Pistachio and honestly I'm obsessed. thinking about a second reptile one day but I want to "
                + "get this right first");
        re(8, "10:20", femi, hello, "welcome Noor! cresties are the best starter");
        re(8, "10:34", ines, hello, "welcome! when you're ready for a second one I've got leopard gecko hatchlings from "
                + "£45, Mack snows £75, dm me and I'll send pics 😊");
        re(8, "11:00", noor, hello, "thank you!! one at a time for now 😅");
        Post droop = say(9, "21:10", herpHusbandry, noor, "Pistachio's tail hangs down when she sleeps upside down on the "
                + "glass, is that floppy tail syndrome??");
        Post perches = re(9, "21:30", tomasz, droop, "only if it folds over her body when she hangs. give her more "
                + "horizontal perches and keep the viv tall, they prefer sleeping on a branch anyway");
        re(9, "22:00", kayla, droop, "i had the exact same panic with Noodle's tail kink lol, it's so normal to worry");
        re(10, "08:00", noor, perches, "added two cork branches, she's on one right now. thank you!");
        say(10, "12:30", herpBuilds, wendell, "@Ines Carvalho Mango is the het eclipse girl I got off you last spring 🙂 "
                + "she's had two stuck sheds on her toes this month, is that a line thing or my humidity? her moist "
                + "hide is sphagnum");
        say(10, "13:10", herpBuilds, femi, "Ines would know, she bred her");
        say(10, "19:00", herpFeeding, femi, "Rex 5 crickets 59g. Bean (beardie) salad + 10 dubia");
        say(11, "09:30", herpMarket, ines, "Mack snow SOLD. albino het eclipse still available, £90, DM me 🦎");
        say(11, "20:00", herpFeeding, kayla, "Noodle: 1 small rat, took it straight away!! 1260g");
        say(12, "08:10", herpMarket, ines, "Price drop on the normals: £40, two left");
        say(12, "18:40", herpBuilds, wendell, "anyone? toes still look tight after soaking");
        Post uvb = say(13, "11:00", herpHusbandry, kayla, "does a ball python actually need UVB? the pet shop says no, "
                + "tiktok says yes 🙃");
        re(13, "11:30", tomasz, uvb, "not need, but a low T5 5-6% does them good. they bask more than people think");
        say(14, "10:00", herpFeeding, femi, "Bean ate 12 dubia, I think he's growing again");

        // W41
        say(15, "09:00", herpHusbandry, noor, "@Kayla Brooks what thermostat do you use? mine clicks all night and "
                + "keeps me up");
        say(15, "09:40", herpHusbandry, kayla, "Habistat pulse stat, totally silent. the clicky ones are on/off stats");
        say(15, "07:30", herpFeeding, femi, "Rex 6 crickets, 60g");
        say(15, "19:00", herpFeeding, femi, "Bean 10 dubia + greens");
        say(16, "07:40", herpFeeding, femi, "Rex skipped");
        say(16, "12:00", herpBuilds, ines, "@Wendell Ashby so sorry, mad week with hatchlings! not a line thing, her "
                + "parents shed perfectly. it's humidity: mist the moist hide twice a day while she's in blue");
        say(16, "12:30", herpBuilds, wendell, "no worries, thanks Ines! will do");
        say(16, "19:10", herpFeeding, femi, "Bean salad, refused dubia");
        say(17, "07:35", herpFeeding, femi, "Rex 5 crickets, 60g");
        say(17, "19:00", herpFeeding, femi, "Bean 12 dubia 🦎");
        say(18, "10:00", herpFeeding, femi, "weighed Bean: 410g, up 15g");
        say(18, "16:30", herpMarket, ines, "Last albino het eclipse, £85 to a good home");
        say(19, "07:30", herpFeeding, femi, "Rex 6 crickets");
        say(19, "19:30", herpFeeding, femi, "Bean greens only, brumation vibes?");
        Post brum = say(20, "11:00", herpHusbandry, femi, "Bean's slowing down a lot, is brumation normal in a first "
                + "year beardie?");
        re(20, "11:40", tomasz, brum, "can be, but get a fecal done first to rule out parasites, then let him");
        re(20, "12:05", femi, brum, "good call, booking the vet");
        say(21, "18:00", herpFeeding, femi, "Bean vet booked, Rex 6 crickets 61g");
    }

    private void planners() {
        say(1, "10:00", evTools, yusuf, "Launched my Run-of-Show Template Pack 🚀 47 templates: timelines, vendor "
                + "sheets, day-of call sheets. $29 launch price: https://yusufkarim.gumroad.com/l/runofshow");
        Post checklist = say(2, "09:20", evTools, lena, "does anyone have a simple load-in checklist? my first solo "
                + "wedding is in three weeks and I'm panicking a bit");
        Post free = re(2, "09:45", chidi, checklist, "here's mine, free, copy it: "
                + "https://docs.google.com/spreadsheets/d/1loadin-chidi-checklist . the column people forget is "
                + "'who has the keys'");
        re(2, "09:52", yusuf, checklist, "my pack has a full load-in sheet, $29 → https://yusufkarim.gumroad.com/l/runofshow");
        re(2, "10:10", lena, free, "Chidi this is perfect, the keys column 😂 thank you").react("👍", chidi);
        say(3, "11:30", evVenue, yusuf, "pro tip: venues love planners who turn up organised. my template pack has "
                + "everything you need → https://yusufkarim.gumroad.com/l/runofshow");
        Post barn = say(3, "12:00", evVenue, harriet, "Anyone done the new barn at Hollins Farm? Their contract says no "
                + "external bar staff, which is a first");
        re(3, "12:20", chidi, barn, "did a 60th there in August. lovely space, the bar clause is real, and they close "
                + "the car park at 11 sharp");
        re(3, "12:31", harriet, barn, "Car park at 11, noted. Thanks Chidi");
        Post knife = say(4, "09:00", evWar, harriet, "Saturday: the bride's grandmother locked herself in the bridal "
                + "suite with the cake knife. Nobody hurt, cake cut at 9:40 instead of 8:30. I need a holiday");
        re(4, "09:12", marcus, knife, "😂 the knife though");
        re(4, "09:30", rosa, knife, "the grandmothers are always the wildcards");
        re(4, "09:44", lena, knife, "this is my nightmare 😭");
        say(5, "17:00", evWar, harriet, "Heads up: at a wedding in Tuscany from tomorrow, offline till Monday 🍷");
        say(6, "11:00", evSubs, chidi, "@Harriet Quayle can you cover my load-in on Sat 10th? I double-booked myself "
                + "like an idiot");
        say(6, "15:30", evSubs, marcus, "Chidi if Harriet can't, I know a stage manager who's free, shout");

        // W40
        say(8, "08:30", evSubs, harriet, "Back from Tuscany 🍷 Chidi: yes, I can do the 10th, send me the run sheet");
        say(8, "08:50", evSubs, chidi, "legend, sending now 🙏");
        say(8, "10:00", evSubs, rosa, "Available this autumn: wedding and event florals, Leeds + 50 miles. portfolio "
                + "https://rosadelgadoflowers.co.uk");
        say(8, "10:15", evSubs, marcus, "AV, PA and uplighting, 2 Saturdays left in October. DM me for the rate card");
        Post florist = say(9, "09:30", evRecs, lena, "anyone know a florist who does small budget weddings near Leeds? "
                + "couple has £600 for everything, 40 guests, October");
        say(9, "12:00", evWar, rosa, "@Marcus Obi did you ever get paid by the Harrogate lot?");
        Post half = say(9, "12:20", evWar, marcus, "half. still chasing the rest. you?");
        Post overdue = re(9, "12:31", rosa, half, "nothing yet, invoice is 60 days overdue 🙃");
        re(9, "12:50", marcus, overdue, "small claims, honestly. worked for me in 2024");
        say(10, "10:05", evWar, rosa, "@Marcus Obi small claims form done, thanks for the push");
        Post ripon = say(10, "10:30", evWar, marcus, "go get em. you doing Ripon fair?");
        Post tent = re(10, "10:41", rosa, ripon, "yep, vendor tent again. you on PA?");
        Post coffee = re(10, "11:00", marcus, tent, "yep. save me a coffee");
        re(10, "11:15", rosa, coffee, "oat flat white, I know");
        re(11, "09:00", chidi, florist, "try the flower market at Kirkstall on a Saturday, or a florist who does "
                + "buckets only and let the couple arrange. saves half");
        re(11, "09:20", lena, florist, "buckets only, never thought of that, thanks!");
        Post carpark = say(11, "16:40", evWar, rosa, "@Marcus Obi the fair just moved all the vendors to the car park 🙄");
        Post gazebo = re(11, "17:00", marcus, carpark, "classic. bring a gazebo and weights");
        re(11, "17:10", rosa, gazebo, "bringing two");
        say(12, "18:30", evWar, rosa, "gazebo tip saved my buckets today, it blew a gale. thanks Marcus");
        Post gale = say(12, "18:45", evWar, marcus, "told you. the PA nearly went over");
        re(12, "19:00", rosa, gale, "never again in October 😂");
        say(13, "10:00", evWar, rosa, "invoice update: Harrogate paid in full after the small claims letter 🎉");
        say(13, "10:30", evWar, marcus, "told you!!");

        // W41
        Post tip = say(15, "09:00", evWar, lena, "@Harriet Quayle quick q, do you tip the venue coordinator or is that "
                + "weird?");
        re(15, "09:40", harriet, tip, "Not weird. A card and a nice bottle does more than cash with most of them");
        Post app = say(16, "14:00", evTools, lena, "which app do you all use for timelines? spreadsheets are killing me");
        re(16, "14:30", harriet, app, "Honestly still sheets. Colour per vendor, freeze the time column, print it A3");
        say(17, "11:00", evRecs, harriet, "@Lena Sorensen did your couple sort a florist in the end? I've a name if not");
        say(17, "13:20", evRecs, lena, "they went with buckets from the market in the end! thanks though ❤️");
        Post rain = say(18, "09:00", evTools, chidi, "anyone got a rain plan template? outdoor ceremony Saturday and the "
                + "forecast is grim");
        re(18, "09:35", lena, rain, "I made one for Saturday too, copy it: "
                + "https://docs.google.com/document/d/1rainplan-lena . section 3 is the 'when do we call it' times");
        re(18, "10:00", chidi, rain, "this is great, thank you Lena!");
        Post door = say(18, "12:00", evVenue, lena, "what do you do if the venue won't let you in before 10 and the "
                + "ceremony is at 1?");
        re(18, "12:40", harriet, door, "Prep everything off-site, one trip in, and put the florist first in the queue");
        re(18, "13:00", lena, door, "off-site prep, ok. thank you!!");
        Post done = say(20, "08:00", evWar, lena, "FIRST SOLO WEDDING DONE. nobody cried except me. thank you all for "
                + "the help this month 🥲");
        re(20, "09:00", harriet, done, "Knew you'd smash it").react("🎉", chidi, rosa);
        re(20, "09:30", chidi, done, "proud of you!! 👏");
    }

    private void improv() {
        Post notes = say(1, "22:30", imRehearsal, dominique, "Tuesday notes: the opening was great, but we're still "
                + "denying offers in the first 30 seconds. Next week it's 'yes, and' drills only, no scenes until the "
                + "warm-up is clean");
        Post guilty = re(1, "22:45", beatriz, notes, "guilty 🙋‍♀️ I did the 'no, we're not in a spaceship' thing");
        re(1, "22:52", ollie, guilty, "it was a funny no though");
        re(1, "23:00", sam, guilty, "the spaceship was a gift Bea 😂");
        say(2, "12:00", imShow, dominique, "Our October show: 'Make It Up As We Go', Fri 9th Oct, The Crown upstairs, "
                + "8pm. Tickets £8: https://www.tickettailor.com/events/yesandcollective/octshow . Call time 6:30");
        say(2, "18:10", imGreen, penny, "my solo show 'Penny For Them' is on at the Lantern next Wednesday!! tickets "
                + "here: https://www.tickettailor.com/events/pennytravers/pennyforthem 🎭");
        say(2, "18:30", imGreen, ollie, "who ate my hummus from the rehearsal fridge. I have questions");
        say(2, "18:34", imGreen, jules, "the hummus was an offer and I said yes");
        say(3, "09:15", imGreen, penny, "also I started a podcast about improv and failure, would mean a lot if you "
                + "subscribed: https://podcasts.apple.com/podcast/penny-for-them-pod/id77231");
        say(4, "11:00", imCasting, ollie, "Looking for 2 players for a corporate workshop gig, Weds 30th Sept daytime, "
                + "paid £60 each. sign up here: https://forms.gle/ollie-corp-gig");
        say(4, "16:40", imGreen, penny, "only 12 tickets left for Wednesday!! "
                + "https://www.tickettailor.com/events/pennytravers/pennyforthem");
        Post onePlace = say(5, "09:30", imCasting, ollie, "1 place left for Weds! same form "
                + "https://forms.gle/ollie-corp-gig");
        re(5, "10:00", beatriz, onePlace, "signed up!");
        re(5, "10:20", ollie, onePlace, "full now, thanks all 🙌");
        say(5, "19:00", imJam, jules, "thursday jam: in, bringing the bell");
        say(5, "19:05", imJam, beatriz, "me too");
        say(5, "19:30", imJam, sam, "in 🎭");

        // W40
        Post callback = say(8, "10:00", imGreen, sam, "update: I got a callback for the Fringe showcase!!! I'm so "
                + "nervous, my agent says my tape was the best they saw");
        Post sam2 = re(8, "10:15", ollie, callback, "SAM 🎉");
        re(8, "10:30", sam, sam2, "thank you!! I've been working on my character voices every night, I think my range "
                + "has really grown this year. I'm honestly proud of myself");
        say(8, "20:00", imJam, jules, "jam this week: in");
        Post headshots = say(9, "09:00", imGreen, sam, "got my new headshots back, I think they finally look like me. "
                + "my photographer said I have a great jawline lol");
        re(9, "09:20", jules, headshots, "haha Sam that headshot is very you");
        say(9, "13:00", imGreen, beatriz, "@Jules Marchand can you swap rehearsal slots with me on the 13th? I have a "
                + "work thing till 8");
        say(9, "13:30", imJam, jules, "who's bringing the Maltesers thursday");
        say(9, "13:41", imJam, ollie, "not me, I'm still recovering from the hummus incident");
        Post monologue = say(10, "11:00", imGreen, sam, "my callback is Thursday. I'm doing my grandmother monologue, my "
                + "coach thinks it's my strongest piece. I just need to not overthink it. I always overthink");
        Post freeze = re(10, "11:30", beatriz, monologue, "you'll be great. any tips for the 'yes and' drills btw? I "
                + "keep freezing");
        re(10, "11:45", sam, freeze, "honestly just breathe out before you speak, and say the first thing. the first "
                + "thing is always fine");
        say(10, "22:30", imRehearsal, dominique, "Tuesday notes: much better offers. Beatriz, your breathing thing "
                + "worked, keep it. Thursday jam is open to friends");
        say(10, "22:40", imRehearsal, jules, "that last scene with the lighthouse keeper 😂😂");
        say(11, "16:00", imGreen, sam, "CALLBACK DONE. I nailed the monologue I think, the panel laughed at my second "
                + "beat. I'm going to celebrate with my flatmates. I really feel like this is my year");
        say(11, "17:00", imShow, dominique, "Reminder: 'Make It Up As We Go' is Friday 9th, 20 seats left. Tickets "
                + "https://www.tickettailor.com/events/yesandcollective/octshow . Bring your mates");
        say(12, "19:00", imJam, jules, "jam was chaos tonight, the good kind");
        say(12, "19:15", imShow, dominique, "Friday week! 12 seats left for 'Make It Up As We Go', grab them for your "
                + "people: https://www.tickettailor.com/events/yesandcollective/octshow");
        Post refresh = say(12, "20:00", imGreen, sam, "still no news from the Fringe people. I keep refreshing my email. "
                + "my mum keeps asking me too 😩");
        re(12, "20:10", penny, refresh, "fingers crossed!!");
        say(13, "10:00", imGreen, sam, "I GOT IT!!!!! I'm in the showcase! my first proper festival spot, I can't "
                + "believe it, I've worked so hard for this").react("🎉", ollie, beatriz, penny, dominique);
        say(13, "10:20", imGreen, dominique, "So proud of you Sam. Drinks after Friday's show on me");
        say(13, "10:25", imGreen, jules, "SAMMMM");

        // W41
        say(15, "09:00", imGreen, jules, "Bea sorry!! only just saw this. yes swap is fine, I'll take the 6pm");
        say(15, "09:30", imGreen, beatriz, "no stress, thank you 🙏");
        say(16, "12:00", imCasting, jules, "need 1 player for a kids' party Sunday 11-1, paid £40, short-form games. "
                + "reply here if you're free");
        say(16, "12:40", imCasting, ollie, "I can do it!");
        say(17, "11:00", imShow, dominique, "Friday! Call time 6:30, The Crown upstairs. 6 seats left: "
                + "https://www.tickettailor.com/events/yesandcollective/octshow");
        say(17, "11:30", imShow, penny, "see you all at 6:30 ✨");
        say(19, "23:50", imShow, dominique, "What a night. Sold out, and the lighthouse keeper came back. Thank you all");
        say(20, "10:00", imRehearsal, dominique, "Notes from the show: endings were rushed. We'll work on edits next "
                + "Tuesday");
        say(20, "10:30", imRehearsal, penny, "I'll bring the sweep edit exercise from my workshop, it's a good one");
    }

    private void dataScientists() {
        Post keys = say(1, "10:00", dsHalp, anika, "groupby().apply() is returning my group keys twice in the index?? "
                + "pandas 2.2");
        Post groupKeys = re(1, "10:20", grace, keys, "that's the group_keys default. pass group_keys=False to groupby, "
                + "or use transform if you want the original shape back. "
                + "https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.groupby.html");
        re(1, "10:31", anika, groupKeys, "group_keys=False, fixed, ty!");
        Post trees = say(2, "09:00", dsPapers, efe, "for friday: 'Why do tree-based models still outperform deep "
                + "learning on tabular data?' https://arxiv.org/abs/2207.08815");
        Post bench = re(2, "09:40", mateo, trees, "classic. the benchmark choices are doing a lot of work in that one "
                + "though");
        re(2, "10:05", efe, bench, "agree, the medium-size cutoff is convenient. the irregular-features argument is "
                + "still good tho");
        say(3, "08:30", dsPapers, efe, "counterpoint for friday: https://arxiv.org/abs/2106.11959 (FT-Transformer)");
        say(4, "15:00", dsCareer, anika, "@Mateo Fuentes does your team sponsor visas for junior hires? asking for a "
                + "friend (the friend is me)");
        say(4, "15:10", dsCareer, grace, "lol the friend");
        say(5, "09:30", dsCareer, mateo, "Anika: yes, we did two last year. role opens next week, I'll ping you");
        say(5, "09:45", dsCareer, anika, "!!! thank you");
        say(5, "10:00", dsJobs, mateo, "We're hiring: Junior Data Scientist, hybrid Manchester, £38-44k, visa "
                + "sponsorship possible. https://careers.tallyho-analytics.com/jobs/junior-ds");
        say(5, "16:00", dsNotebooks, grace, "weekend project: a dashboard of every bus in Leeds being late, live 🙃 "
                + "https://github.com/graceliu/leeds-late-buses");
        say(6, "11:00", dsPapers, efe, "notes from friday: we mostly agreed the benchmark is fair for mid-size data, "
                + "and nobody wants to tune a transformer for a 5k row table");

        // W40
        joins(8, "08:00", dsHalp, rahel);
        Post merge = say(8, "08:10", dsHalp, rahel, "hi, new to DS. trying to merge two dataframes and the result has "
                + "way more rows than either of them, what am I doing wrong?");
        re(8, "08:25", viktor, merge, "classic many-to-many join. check df.key.duplicated() on both sides. I teach this "
                + "exact thing in week 2 of my bootcamp, next cohort starts Monday, 20% off with code NULL20: "
                + "https://viktorhale.academy/bootcamp");
        Post validate = re(8, "08:40", grace, merge, "yeah duplicates on the key. pass validate='one_to_one' to merge "
                + "and pandas will tell you which side is duplicated");
        re(8, "09:00", rahel, validate, "validate!! didn't know that existed. left side had duplicates. thank you");
        Post trees2 = say(8, "12:00", dsPapers, efe, "this week: 'Attention is not explanation' "
                + "https://arxiv.org/abs/1902.10186");
        re(8, "12:40", anika, trees2, "oh good, I've wanted an excuse to read this");
        say(8, "13:00", dsPapers, efe, "and the reply paper, read them together: https://arxiv.org/abs/1908.04626");
        Post first = say(9, "19:00", dsCareer, rahel, "how did everyone get their first DS job? I'm a pharmacist trying "
                + "to switch");
        re(9, "19:20", viktor, first, "happy to help you map it out, book a free 15-min call here: "
                + "https://calendly.com/viktorhale/15min");
        re(9, "19:35", anika, first, "pharmacy → DS is a great path actually, clinical data is a whole field. look at "
                + "pharmacovigilance roles first, they want your background");
        say(9, "20:00", dsCareer, rahel, "pharmacovigilance, noted, thanks Anika");
        say(9, "21:00", dsPapers, efe, "my take so far: the first paper tests the wrong thing. attention weights being "
                + "swappable doesn't mean they explain nothing. related: https://arxiv.org/abs/2004.14992");
        Post parquet = say(10, "10:00", dsHalp, efe, "anyone know why read_parquet is 3x slower than read_csv on my "
                + "machine? pyarrow 17");
        re(10, "10:20", viktor, parquet, "probably the engine fallback. upgrade pyarrow and pass engine='pyarrow'. my "
                + "bootcamp covers performance in week 5 → https://viktorhale.academy/bootcamp (NULL20)");
        re(10, "10:45", efe, parquet, "it was fastparquet being picked, fixed");
        say(10, "14:00", dsPapers, efe, "also for anyone who wants the short version, this blog post is good: "
                + "https://thegradient.pub/attention-explanation");
        Post swap = say(11, "12:00", dsPapers, anika, "finished the first one. the adversarial attention part is wild");
        re(11, "12:20", efe, swap, "right? but the reply shows you can't just swap weights and keep the model");
        say(11, "12:30", dsPapers, efe, "whoever's coming friday: 30 mins, then pub");
        say(12, "17:00", dsPapers, efe, "friday notes: split decision. half of us think attention is a fine hint, half "
                + "think it's a trap");
        say(12, "17:10", dsPapers, efe, "next week: something lighter. open to suggestions");
        say(12, "17:20", dsPapers, mateo, "conformal prediction? it's actually useful");
        say(12, "17:30", dsPapers, efe, "conformal it is");
        say(12, "18:00", dsJobs, mateo, "Still hiring the junior DS role, applications close Friday 16th: "
                + "https://careers.tallyho-analytics.com/jobs/junior-ds");
        say(13, "10:00", dsNotebooks, anika, "my first kaggle bronze! churn comp, lightgbm + boring features "
                + "https://www.kaggle.com/code/anikaroy/churn-boring-features").react("🎉", grace, mateo, efe);

        // W41
        Post squish = say(15, "20:00", dsHalp, rahel, "my plot has the dates all squished on the x axis, matplotlib");
        re(15, "20:20", grace, squish, "fig.autofmt_xdate(), or set a locator: mdates.MonthLocator(). which matplotlib "
                + "version are you on? the concise date formatter is nicer if you're on 3.4+");
        Post nan = say(16, "19:30", dsHalp, rahel, "how do I drop rows where a column is NaN but only for some columns");
        re(16, "19:40", grace, nan, "df.dropna(subset=['a', 'b'])");
        say(16, "19:45", dsHalp, rahel, "ty");
        Post pivot = say(17, "18:00", dsHalp, rahel, "pivot_table gives me MultiIndex columns, how do I flatten them");
        re(17, "18:15", grace, pivot, "df.columns = ['_'.join(map(str, c)) for c in df.columns]");
        say(17, "18:20", dsHalp, rahel, "ty");
        Post polars = say(17, "18:30", dsHalp, efe, "anyone used polars lazy frames much? mine run out of memory on "
                + "collect()");
        re(17, "19:00", mateo, polars, "try streaming=True on collect, and check you're not sorting the whole thing");
        say(18, "11:00", dsPapers, efe, "conformal prediction for friday: https://arxiv.org/abs/2107.07511 , the gentle "
                + "intro");
        Post appl = say(19, "09:00", dsCareer, anika, "applied to Mateo's role 🤞");
        re(19, "09:30", grace, appl, "go go go");
        say(19, "12:00", dsHalp, rahel, "how do I read an excel file with two header rows");
        Post hdr = say(19, "12:10", dsHalp, mateo, "header=[0, 1] in read_excel, you'll get MultiIndex columns again");
        re(19, "12:25", rahel, hdr, "ty");
    }

    private void dance() {
        say(1, "09:00", daNews, marisol, "Autumn term starts Monday 28th! New this term: adult beginners' contemporary, "
                + "Wednesdays 7pm. Book your place: https://studiokinetika.co.uk/timetable");
        Post buddy = say(1, "20:00", daAfter, connor, "anyone doing the new contemporary? need a buddy so I don't "
                + "chicken out");
        re(1, "20:15", yuki, buddy, "me!! total beginner too");
        re(1, "20:20", connor, buddy, "deal. back row together");
        Post combo = say(2, "18:00", daClips, yuki, "week 1 of the jazz combo, counts 1-16, still behind the music lol");
        re(2, "19:10", theo, combo, "You're on it by count 9, that's great. Feet first, arms later");
        Post counts = say(3, "21:00", daAfter, connor, "@Theo Lindqvist could you post the counts for the jazz combo "
                + "somewhere? I can't remember what comes after the kick ball change");
        re(3, "21:30", theo, counts, "5-6 pivot turn, 7 hold, 8 step out. I'll pin a video after class tomorrow");
        say(4, "12:00", daAfter, fenella, "psst my Etsy shop has handmade practice skirts, perfect for contemporary 💃 "
                + "https://www.etsy.com/shop/FenellaMakesDance");
        say(4, "18:30", daClips, theo, "Jazz combo, slow then on the music, as promised");
        say(5, "09:00", daRail, aisha, "outgrown: girls' tap shoes size 13, £10, good nick. collect at Saturday class");
        say(5, "17:30", daClips, fenella, "practising in one of my own skirts 😍 get yours here: "
                + "https://www.etsy.com/shop/FenellaMakesDance");
        Post arms = say(6, "11:00", daClips, yuki, "day 5: the combo with arms now!");
        re(6, "11:30", marisol, arms, "look at you go Yuki!!").react("❤️", yuki);
        say(7, "19:00", daAfter, theo, "Off to Edinburgh with the company tomorrow, back mid-October! Marisol has my "
                + "Wednesday classes, be nice to her 😄");

        // W40
        say(8, "08:30", daNews, marisol, "Term is GO 🎉 Spaces left: Saturday kids' tap (2), adult ballet barre (4). "
                + "Book: https://studiokinetika.co.uk/timetable");
        say(8, "09:15", daDesk, aisha, "Hi, is the Saturday 10am kids' tap still on over October half term? Amara has "
                + "been coming since she was four and I need to sort childcare either way. Thanks!");
        say(9, "10:00", daNews, marisol, "Winter showcase tickets on sale now! Sat 12 Dec, £12 adults, kids free: "
                + "https://studiokinetika.co.uk/showcase");
        say(9, "10:05", daAfter, marisol, "Who's coming to the showcase? Tickets are going fast: "
                + "https://studiokinetika.co.uk/showcase");
        say(10, "08:40", daDesk, aisha, "sorry to chase, is there tap on half term Saturday?");
        Post calves = say(10, "09:00", daAfter, connor, "contemporary last night was brutal. my calves");
        re(10, "09:20", yuki, calves, "my EVERYTHING");
        re(10, "09:40", marisol, calves, "That means it's working 😈 stretch tonight!");
        say(11, "12:00", daNews, marisol, "New merch! Studio hoodies £28, order at reception or "
                + "https://studiokinetika.co.uk/shop");
        say(12, "17:00", daDesk, connor, "+1 to Aisha's question, my daughter's in the same class");
        say(12, "18:00", daClips, yuki, "floor work from wednesday, trying the roll through the shoulder");
        say(13, "10:30", daRail, fenella, "new batch of practice skirts, £22 each or 2 for £40, DM me");

        // W41
        say(15, "09:10", daDesk, marisol, "So sorry Aisha and Connor, I've only just seen these! Yes, kids' tap runs as "
                + "normal on half term Saturday 🙏");
        say(15, "09:30", daDesk, aisha, "brilliant, thank you!");
        say(15, "18:00", daClips, yuki, "contemporary week 3: the turn sequence");
        say(15, "21:00", daClips, yuki, "same thing but slower, my spot is better");
        say(16, "18:30", daClips, yuki, "ballet barre homework, pliés + tendus");
        Post skirts = say(16, "20:00", daAfter, yuki, "where do people get practice skirts? mine keeps riding up");
        re(16, "20:20", fenella, skirts, "I make them! wrap ones don't ride up: https://www.etsy.com/shop/FenellaMakesDance");
        re(16, "20:35", yuki, skirts, "ooh the green one 😍");
        say(17, "19:00", daClips, yuki, "jazz combo at full speed finally!!");
        say(17, "21:00", daClips, yuki, "outtake from the combo 😂 I went left, everyone went right");
        say(18, "11:00", daClips, yuki, "stretching routine I do every morning, 10 min");
        say(18, "16:00", daClips, yuki, "the pirouette attempt. single, but clean!");
        say(19, "18:00", daClips, yuki, "contemporary combo, the floor part");
        say(20, "10:00", daClips, yuki, "sunday practice: combo + the new arms");
        say(20, "10:30", daClips, connor, "Yuki you've improved SO much in 3 weeks");
        say(20, "11:00", daClips, yuki, "Connor thank you 🥹 you too, your turns are way cleaner");
        say(21, "12:00", daClips, yuki, "last one this week I promise: the whole contemporary piece");
    }

    private void jewellery() {
        Post balls = say(1, "19:00", jwBench, rowan, "first time soldering a jump ring closed and the solder just balls "
                + "up and sits there?? sterling, easy solder, little butane torch");
        Post clean = re(1, "19:20", catrin, balls, "sounds like it's not clean or not fluxed. pickle it, sand the joint, "
                + "flux, and heat the whole ring, not the joint. solder flows towards the heat");
        re(1, "19:32", rowan, clean, "heat the whole ring. ok 🤯");
        say(2, "18:40", jwBench, rowan, "it flowed!!! thank you Catrin");
        Post bezel = say(2, "20:00", jwStones, ilse, "anyone have a good tutorial for bezel setting a 6mm cab? my bezel "
                + "keeps buckling at the corners");
        Post video = re(2, "20:25", aziz, bezel, "I made a video on exactly this last year, the pushing order is the "
                + "trick (12, 6, 3, 9, then the diagonals): https://www.youtube.com/watch?v=aziz-bezel-6mm");
        re(2, "20:50", ilse, video, "the pushing order!! that's what I was doing wrong");
        Post set = say(3, "10:00", jwCrit, ilse, "finished my first ring set for the shop, honest crit please: is the "
                + "bezel too chunky for the stone? all the angles are on the listing "
                + "https://www.etsy.com/listing/ilse-moonstone-ring");
        re(3, "10:40", catrin, set, "bezel's fine, it's the shank, 1.5mm looks thin next to it. I'd go 2mm");
        re(3, "11:05", tamsin, set, "agree with Catrin, gorgeous stone though");
        re(3, "11:30", ilse, set, "2mm, you're both right, remaking the shank");
        Post cuff = say(4, "17:00", jwCrit, tamsin, "new cuff, oxidised and brushed. thoughts?");
        re(4, "17:45", catrin, cuff, "the patina is uneven at the ends, maybe brass brush it again after the liver of "
                + "sulphur");
        say(5, "12:00", jwWip, moss, "new parcel of Sri Lankan moonstone in, rainbow flash on every single one 🌈");
        say(5, "12:30", jwWip, catrin, "wedding band commission, hammered finish, just needs a final polish");
        say(6, "15:00", jwBench, aziz, "rolling mill finally arrived 🎉 goodbye forearms");
        say(6, "15:20", jwBench, rowan, "jealous!!");

        // W40
        Post cuff2 = say(8, "09:00", jwCrit, tamsin, "cuff v2 after rebrushing, better? also is the clasp too fiddly?");
        re(8, "09:30", catrin, cuff2, "much better. clasp is fine, maybe file the hook a touch shorter");
        say(8, "10:00", jwCrit, rowan, "my first ring!! go easy on me, it's a bit lumpy 🙈");
        say(8, "10:20", jwCrit, tamsin, "@Catrin Hughes thanks, ordering a new brass brush");
        Post pendant = say(9, "10:00", jwCrit, aziz, "would love eyes on this pendant, the back feels unfinished to me");
        Post earrings = say(9, "10:15", jwCrit, tamsin, "posting my earrings too while we're at it, do the lengths look "
                + "off?");
        re(9, "11:00", ilse, earrings, "left one hangs a little lower, maybe the jump ring?");
        Post first = say(9, "19:00", jwBench, rowan, "what's a good first stone to set? something cheap in case I wreck "
                + "it 😅");
        re(9, "19:20", catrin, first, "a 6mm cab in a cheap stone, onyx or howlite. facetted stones later");
        re(9, "19:35", moss, first, "moonstone is forgiving too! lovely for first pieces");
        re(9, "19:50", rowan, first, "onyx it is, thank you both");
        say(10, "09:30", jwCrit, catrin, "Rowan: for a first ring this is lovely. file the seam, then 400-800-1200 and "
                + "it'll disappear");
        re(10, "12:00", rowan, pendant, "I'm a total beginner but I love the texture on the back actually? maybe just "
                + "a satin finish so it doesn't look unfinished");
        re(10, "12:30", aziz, pendant, "satin, yes, that's what it needed. thanks Rowan");
        say(10, "20:00", jwDm, moss, "hey Rowan! saw you're getting into setting. I supply calibrated cabs at wholesale "
                + "prices. beginner bundle: 10 moonstones 6mm for £25 (normally £40), just for you. want me to send "
                + "the list?");
        say(10, "21:15", jwDm, rowan, "oh thanks, I'll think about it. probably starting with cheap onyx first");
        say(11, "09:00", jwDm, moss, "no worries, offer's open till Sunday 😉 full catalogue: "
                + "https://mossgems.co.uk/wholesale");
        Post guild = say(11, "14:00", jwCrit, tamsin, "earrings fixed, thanks Ilse. one more: the ring I'm entering "
                + "into the guild show, too much going on?");
        re(11, "14:40", aziz, guild, "maybe lose one of the three granules, it's busy");
        re(11, "15:00", tamsin, guild, "good shout 👍");
        say(12, "10:00", jwMarket, moss, "Wholesale moonstone, labradorite and onyx cabs, calibrated sizes. price list: "
                + "https://mossgems.co.uk/wholesale");
        say(12, "22:30", jwStones, rowan, "@Catrin Hughes which pickle do you use, citric acid or the proper stuff?");
        say(13, "08:50", jwStones, catrin, "Morning! Rowan: citric acid, a teaspoon per cup of warm water, in an old "
                + "slow cooker. keep it away from food");
        say(13, "09:05", jwStones, rowan, "slow cooker, perfect 😂 thank you");

        // W41
        Post fair = say(15, "10:00", jwBench, catrin, "anyone going to Goldsmiths' Fair? thinking of the Saturday");
        re(15, "10:30", ilse, fair, "yes!! let's meet at the entrance at 11");
        re(15, "11:00", rowan, fair, "can beginners go? 😅");
        re(15, "11:10", catrin, fair, "of course, it's the best free education in jewellery");
        say(16, "09:00", jwMarket, ilse, "moonstone ring set now listed, £145 "
                + "https://www.etsy.com/listing/ilse-moonstone-ring");
        say(17, "18:00", jwBench, ilse, "my ring set sold within a day!! thank you for the crit everyone 🥹")
                .react("🎉", catrin, tamsin, rowan);
        say(18, "12:00", jwWip, rowan, "first bezel set, onyx, only slightly wonky");
        say(18, "12:30", jwWip, catrin, "only slightly wonky is how we all started. it's lovely");
        Post tarnish = say(19, "20:00", jwStones, aziz, "what's everyone using for anti-tarnish in the shop display?");
        re(19, "20:20", tamsin, tarnish, "anti-tarnish strips in each drawer, and I swap them every 3 months");
        re(19, "20:30", aziz, tarnish, "strips it is, thanks Tamsin");
    }
}
