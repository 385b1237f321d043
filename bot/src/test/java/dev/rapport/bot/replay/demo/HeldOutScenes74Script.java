package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 74 (sealed): eight communities of online work and the internet economy, of kinds no earlier round
 * used (microstock photographers where nobody sells, freelance podcast editors with a room where podcasters ask,
 * online resellers with a packaging supplier among them, an independent type foundry's own server with its Team and
 * the designers who license its fonts, online course creators with a launch room and a launch coach among them,
 * domain name investors with a listings room and a buyer's DM, print-on-demand sellers with a mockup maker among
 * them, YouTube thumbnail designers with a room where creators ask), over three ISO weeks (2029-W10 to W12), written
 * and labelled by writer74 (session 41) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-74.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes74Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 3, 5);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 3, 26, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-74";
    private static final int BASE = 57200;

    // --- A. microstock photographers (nobody sells) ---
    private final String stock = cast.guild(1021);
    private final Channel stChat = cast.channel(stock, "Shutter Slush", "darkroom-chat",
            "general chat for stock contributors", "st-darkroom-chat.json");
    private final Channel stRej = cast.channel(stock, "Shutter Slush", "rejections",
            "post the rejection, get a second pair of eyes", "st-rejections.json");
    private final Channel stKeys = cast.channel(stock, "Shutter Slush", "keywords",
            "keywording, titles, metadata tools", "st-keywords.json");
    private final Channel stEarn = cast.channel(stock, "Shutter Slush", "earnings-and-milestones",
            "share your monthly numbers and milestones, screenshots welcome", "st-earnings-and-milestones.json");
    private final Persona odile = cast.person("odile.m", "Odile Marchetti");
    private final Persona kwame = cast.person("kwame.snaps", "Kwame Asante");
    private final Persona bjorn = cast.person("bjorn.ek", "Björn Ek");
    private final Persona leilani = cast.person("leilani.k", "Leilani Kahale");
    private final Persona rufus = cast.person("rufus.shoots", "Rufus Penhaligon");
    private final Persona mirela = cast.person("mirela.s", "Mirela Stan");

    // --- B. freelance podcast editors, with a room where podcasters ask ---
    private final String pod = cast.guild(1022);
    private final Channel pdBay = cast.channel(pod, "Room Tone", "edit-bay",
            "editors talking shop", "pd-edit-bay.json");
    private final Channel pdAsk = cast.channel(pod, "Room Tone", "podcasters-ask",
            "podcasters: ask the editors anything about sound, workflow, publishing", "pd-podcasters-ask.json");
    private final Channel pdGear = cast.channel(pod, "Room Tone", "plugins-and-gear",
            "plugins, mics, interfaces, DAWs", "pd-plugins-and-gear.json");
    private final Channel pdHire = cast.channel(pod, "Room Tone", "hire-an-editor",
            "editors: post your availability and rates here, one post a month", "pd-hire-an-editor.json");
    private final Persona dara = cast.person("dara.edits", "Dara Okafor");
    private final Persona saoirse = cast.person("saoirse.audio", "Saoirse Brennan");
    private final Persona tobiah = cast.person("tobiah.k", "Tobiah Kline");
    private final Persona amaru = cast.person("amaru.q", "Amaru Quispe");
    private final Persona fenella = cast.person("fenella.pods", "Fenella Gray");
    private final Persona jonah = cast.person("jonah.w", "Jonah Weiss");
    private final Persona priyanka = cast.person("priyanka.r", "Priyanka Rao");

    // --- C. online resellers, with a packaging supplier among them ---
    private final String flip = cast.guild(1023);
    private final Channel flWins = cast.channel(flip, "Flip Club", "sourcing-wins",
            "car boots, charity shops, clearance finds", "fl-sourcing-wins.json");
    private final Channel flHelp = cast.channel(flip, "Flip Club", "listing-help",
            "titles, photos, pricing, why won't it sell", "fl-listing-help.json");
    private final Channel flDeals = cast.channel(flip, "Flip Club", "supplies-and-deals",
            "mailers, tape, scales, label printers: deals and restocks", "fl-supplies-and-deals.json");
    private final Channel flOff = cast.channel(flip, "Flip Club", "off-topic",
            "anything not flipping", "fl-off-topic.json");
    private final Persona cass = cast.person("cass.packs", "Cass Lindgren");
    private final Persona marco = cast.person("marco.b", "Marco Bellini");
    private final Persona tam = cast.person("tam.flips", "Tam Nguyen");
    private final Persona yasmin = cast.person("yasmin.h", "Yasmin Haddad");
    private final Persona ollie = cast.person("ollie.f", "Ollie Fitch");
    private final Persona greer = cast.person("greer.mac", "Greer Mac");

    // --- D. an independent type foundry's own server, with its Team ---
    private final String type = cast.guild(1024);
    private final Role tyTeam = cast.role("Team", "#c2410c", 2);
    private final Channel tyGeneral = cast.channel(type, "Brackett Type", "general",
            "say hi, talk type", "ty-general.json");
    private final Channel tyLicence = cast.channel(type, "Brackett Type", "licensing-questions",
            "desktop, web, app, logo: ask us what your licence covers", "ty-licensing-questions.json");
    private final Channel tyShow = cast.channel(type, "Brackett Type", "show-your-work",
            "made something with our fonts? show us", "ty-show-your-work.json");
    private final Channel tyRequests = cast.channel(type, "Brackett Type", "font-requests",
            "missing glyphs, languages, weights you want", "ty-font-requests.json");
    private final Persona ines = cast.person("ines.brackett", "Ines Brackett", tyTeam);
    private final Persona felix = cast.person("felix.a", "Felix Adeyemi", tyTeam);
    private final Persona hana = cast.person("hana.sato", "Hana Sato");
    private final Persona dmitri = cast.person("dmitri.v", "Dmitri Volkov");
    private final Persona grace = cast.person("grace.ilori", "Grace Ilori");
    private final Persona luca = cast.person("luca.ferraro", "Luca Ferraro");
    private final Persona beatrix = cast.person("beatrix.h", "Beatrix Holm");

    // --- E. online course creators, with a launch room ---
    private final String course = cast.guild(1025);
    private final Channel coLounge = cast.channel(course, "Cohort Kitchen", "lounge",
            "say hi, chat, anything", "co-lounge.json");
    private final Channel coLaunch = cast.channel(course, "Cohort Kitchen", "launch-room",
            "announce your launch, cart open and close dates, links welcome", "co-launch-room.json");
    private final Channel coFeedback = cast.channel(course, "Cohort Kitchen", "feedback-swap",
            "sales pages, curricula, emails: give feedback to get feedback", "co-feedback-swap.json");
    private final Channel coTech = cast.channel(course, "Cohort Kitchen", "tech-stack",
            "platforms, video, payments, email tools", "co-tech-stack.json");
    private final Persona marisol = cast.person("marisol.v", "Marisol Vega");
    private final Persona desmond = cast.person("desmond.a", "Desmond Achebe");
    private final Persona pippa = cast.person("pippa.launches", "Pippa Lowe");
    private final Persona arjun = cast.person("arjun.m", "Arjun Mehta");
    private final Persona noor = cast.person("noor.k", "Noor Khalil");
    private final Persona zed = cast.person("zed.h", "Zed Harlow");

    // --- F. domain name investors, with a listings room ---
    private final String domains = cast.guild(1026);
    private final Channel dnGeneral = cast.channel(domains, "Parked", "general",
            "domains, drops, the business of names", "dn-general.json");
    private final Channel dnSale = cast.channel(domains, "Parked", "for-sale",
            "list your names: price or BIN, one post per list per week", "dn-for-sale.json");
    private final Channel dnAppraise = cast.channel(domains, "Parked", "appraisals",
            "what's it worth? honest opinions only", "dn-appraisals.json");
    private final Channel dnReg = cast.channel(domains, "Parked", "registrar-talk",
            "transfers, renewals, escrow, landers", "dn-registrar-talk.json");
    private final Persona ravi = cast.person("ravi.menon", "Ravi Menon");
    private final Persona sunniva = cast.person("sunniva.d", "Sunniva Dahl");
    private final Persona hugo = cast.person("hugo.c", "Hugo Castellanos");
    private final Persona wendell = cast.person("wendell.names", "Wendell Price");
    private final Persona jia = cast.person("jia.li", "Jia Li");
    private final Persona adaeze = cast.person("adaeze.n", "Adaeze Nwosu");
    private final Persona kit = cast.person("kit.rowe", "Kit Rowe");
    private final Channel dmKit = cast.dm(kit, "dm-ravi-kit.json");

    // --- G. print-on-demand sellers ---
    private final String podShop = cast.guild(1027);
    private final Channel pgChaos = cast.channel(podShop, "POD Pit", "general-chaos",
            "print on demand chat, memes, rants", "pg-general-chaos.json");
    private final Channel pgCrit = cast.channel(podShop, "POD Pit", "design-critique",
            "post a design, get honest notes", "pg-design-critique.json");
    private final Channel pgTools = cast.channel(podShop, "POD Pit", "mockups-and-tools",
            "mockups, fonts, printers, platforms", "pg-mockups-and-tools.json");
    private final Channel pgWins = cast.channel(podShop, "POD Pit", "wins",
            "first sale? 100th? tell us", "pg-wins.json");
    private final Persona bex = cast.person("bex.t", "Bex Thornton");
    private final Persona luis = cast.person("luis.mockups", "Luis Ortega");
    private final Persona anneliese = cast.person("anneliese.v", "Anneliese Vogt");
    private final Persona jomo = cast.person("jomo.k", "Jomo Kariuki");
    private final Persona sky = cast.person("sky.prints", "Sky Patel");
    private final Persona rowan = cast.person("rowan.i", "Rowan Ilse");

    // --- H. YouTube thumbnail designers, with a room where creators ask ---
    private final String thumbs = cast.guild(1028);
    private final Channel thAsk = cast.channel(thumbs, "Thumb War", "creators-ask",
            "youtubers: ask the designers about thumbnails, CTR, A/B tests", "th-creators-ask.json");
    private final Channel thPortfolio = cast.channel(thumbs, "Thumb War", "portfolios",
            "designers: your portfolio and rates, one post each", "th-portfolios.json");
    private final Channel thTalk = cast.channel(thumbs, "Thumb War", "design-talk",
            "photoshop, photopea, cutouts, fonts, colour", "th-design-talk.json");
    private final Channel thOff = cast.channel(thumbs, "Thumb War", "off-topic",
            "memes and everything else", "th-off-topic.json");
    private final Persona nadia = cast.person("nadia.r", "Nadia Rahman");
    private final Persona eli = cast.person("eli.thumbs", "Eli Brandt");
    private final Persona obi = cast.person("obi.n", "Obi Nwankwo");
    private final Persona tess = cast.person("tess.c", "Tess Carver");
    private final Persona milo = cast.person("milo.plays", "Milo Fenn");
    private final Persona ayaan = cast.person("ayaan.q", "Ayaan Qureshi");
    private final Persona carys = cast.person("carys.l", "Carys Lloyd");

    HeldOutScenes74Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        microstock();
        podcastEditors();
        resellers();
        foundry();
        courseCreators();
        domainers();
        printOnDemand();
        thumbnails();
    }

    /** A. microstock photographers: nobody sells here. */
    private void microstock() {
        // W10: Kwame is helped by Odile on three days and gives nothing back; Odile's question to him waits.
        say(1, "08:40", stChat, odile, "morning all. coffee #2 and 300 photos to keyword, pray for me");
        say(1, "08:52", stChat, bjorn, "🙏");
        say(1, "09:05", stChat, leilani, "300?? what did you shoot");
        say(1, "09:11", stChat, odile, "a whole fish market in Sète. smells like it still");
        Post k1 = say(1, "19:30", stRej, kwame, "got 14 out of 20 rejected for 'noise' but they look clean to me?? "
                + "shot at iso 400 on a 2018 camera");
        Post o1 = re(1, "20:02", odile, k1, "400 on that sensor is fine for the web, but the agencies look at 100% crop. "
                + "check the shadows in the blue hour ones, that's where it hides. run a light denoise before export");
        re(1, "20:10", kwame, o1, "ok thx");
        say(2, "07:15", stEarn, leilani, "hit 1,000 downloads today!! took 14 months 😭 my portfolio if anyone's "
                + "curious: adobestock.example/leilanikahale").react("🎉", odile, bjorn, rufus, mirela);
        say(2, "07:30", stEarn, odile, "huge Leilani!! the 14 months is the honest part people never post");
        say(2, "07:41", stEarn, leilani, "ha thank you, felt like 140");
        say(2, "12:20", stKeys, bjorn, "does anyone still put the location in the title or only in keywords?");
        say(2, "12:45", stKeys, mirela, "both for editorial, keywords only for commercial. title is for the buyer, "
                + "say what it IS");
        say(2, "12:50", stKeys, bjorn, "makes sense, ta");
        Post k2 = say(3, "18:45", stRej, kwame, "now its 'keywords not relevant' on the food ones. whats wrong with "
                + "them");
        Post o2 = re(3, "19:20", odile, k2, "probably the list is too long and generic. 'food, tasty, delicious, "
                + "yummy' on a bowl of ramen: the reviewer wants ramen, noodle soup, broth, chopsticks, japanese cuisine. "
                + "cut to 25 that describe what's in the frame");
        re(3, "19:25", kwame, o2, "ty");
        Post bq = say(4, "10:00", stChat, bjorn, "@Mirela Stan did your batch of 60 go through in the end?");
        bq.react("👍", mirela);
        say(4, "10:30", stChat, rufus, "anyone else's March payout delayed on the big one? mine says 'processing' for "
                + "4 days");
        say(4, "10:48", stChat, leilani, "same, they do it every quarter end i think");
        say(4, "10:50", stChat, rufus, "fun. love being paid in hope");
        Post k3 = say(5, "20:10", stRej, kwame, "last one i promise, 'property release needed' on a shot of a cafe "
                + "from the street??");
        Post o3 = re(5, "20:40", odile, k3, "if the cafe name or a distinctive facade is recognisable they want a "
                + "property release, or submit it as editorial with a factual caption. blur or crop the sign for "
                + "commercial");
        re(5, "20:44", kwame, o3, "ok");
        say(5, "20:55", stRej, odile, "@Kwame Asante which agency is giving you the noise ones? and would you post your "
                + "keyword list from the ramen set in #keywords, it'd help the others see what works");
        say(6, "09:00", stChat, mirela, "off to lisbon till the 18th, no laptop, do not let the fish market win Odile 🌞");
        say(6, "09:10", stChat, odile, "have fun!! bring back tiles (photos of)");
        say(6, "09:12", stChat, leilani, "enjoy!!");
        say(7, "16:00", stChat, bjorn, "rain all weekend so I shot my kettle from 40 angles. stock life");
        say(7, "16:05", stChat, leilani, "the kettle will outearn us all");

        // W11: Rufus's blog report, the same link in three rooms, the third in an answer; Kwame gives back.
        Post r1 = say(8, "08:30", stEarn, rufus, "feb report's up on the blog 📈 $412 across 5 agencies, full "
                + "breakdown + which agency paid worst: rufusshoots.example/feb-2029 ... subscribe to get march's "
                + "straight to your inbox");
        r1.react("👀", bjorn);
        say(8, "09:00", stEarn, odile, "$311 here for Feb, video carried it again. stills are dying slowly");
        say(8, "09:10", stEarn, bjorn, "$96 😅 but a new record for me");
        say(8, "09:14", stEarn, odile, "a record is a record!");
        say(9, "13:00", stChat, rufus, "if anyone missed it, feb report is live: rufusshoots.example/feb-2029");
        say(9, "13:40", stChat, leilani, "has anyone tried the new AI-assisted keywording thing on the upload page");
        say(9, "13:52", stChat, odile, "yes. it called my fish 'a cat'. so, no");
        say(9, "13:53", stChat, leilani, "💀");
        Post lq = say(10, "09:30", stChat, leilani, "@Mirela Stan what lens was the tile series on? the one with the "
                + "blue doors");
        Post bk = say(11, "11:00", stKeys, bjorn, "how many keywords do you all use? 25? 49? does more hurt?");
        re(11, "11:20", rufus, bk, "I tested this last month, 30-40 did best, past that the relevance score drops. "
                + "wrote it up here: rufusshoots.example/feb-2029");
        re(11, "11:25", kwame, bk, "i cut mine to 25 after Odile said and the food ones got accepted, 18/20");
        say(11, "11:31", stKeys, bjorn, "nice one Kwame, that's convincing");
        say(11, "11:40", stKeys, kwame, "here's the ramen list btw: ramen, noodle soup, broth, chopsticks, japanese "
                + "cuisine, pork belly, soft boiled egg, scallion, steam, bowl, overhead, dark background...");
        say(11, "11:50", stKeys, odile, "that's a textbook list. proud of you");
        say(12, "17:00", stRej, leilani, "'overused subject' on a latte art shot. fair tbh");
        say(12, "17:20", stRej, kwame, "try it with hands in the frame? mine with hands got through");
        say(12, "17:22", stRej, leilani, "ooh good shout");
        say(13, "08:00", stChat, bjorn, "the kettle sold. twice. I'm not joking");
        say(13, "08:03", stChat, odile, "told you 😂");
        say(13, "08:04", stChat, rufus, "kettle gang");

        // W12: Mirela back, answers; quiet week.
        re(15, "10:00", mirela, lq, "back! it was the 35mm, f/8, nothing clever. the doors did the work");
        say(15, "10:05", stChat, leilani, "welcome back!! ty");
        say(16, "19:00", stRej, bjorn, "first 'technical issue' rejection in a year. it was slightly tilted. 0.5 degrees");
        say(16, "19:08", stRej, odile, "they have rulers in their eyes. straighten it and resend");
        say(17, "14:00", stEarn, kwame, "first $10 month 🎉");
        say(17, "14:10", stEarn, odile, "the first ten is the hardest one!").react("❤️", kwame);
        say(19, "12:00", stChat, mirela, "lisbon tiles: 212 photos, keywording them till june");
        say(19, "12:02", stChat, odile, "welcome to my life");
    }

    /** B. freelance podcast editors, with a room where podcasters ask. */
    private void podcastEditors() {
        // W10
        say(1, "09:00", pdHire, tobiah, "taking 2 new shows from April. interview and narrative, 48h turnaround, "
                + "rates on request");
        say(1, "09:30", pdBay, dara, "who else has a client who records in a kitchen with the fridge on");
        say(1, "09:34", pdBay, saoirse, "every single one of mine lol");
        say(1, "09:35", pdBay, tobiah, "the fridge hum is 100Hz, you can notch it. or ask them to unplug it, "
                + "revolutionary idea");
        say(1, "09:40", pdBay, dara, "i did ask. they forgot the milk was in it");
        say(1, "09:41", pdBay, amaru, "😂😂");
        Post fq = say(3, "10:10", pdAsk, fenella, "what loudness should i be mastering to for spotify and apple? i keep "
                + "seeing different numbers");
        re(3, "10:40", saoirse, fq, "aim for -16 LUFS integrated for stereo (-19 for mono), true peak under -1. "
                + "both platforms will be fine with that. I'm running a free mixing workshop thursday if you want to "
                + "see it done live: forms.example/saoirse-workshop");
        re(3, "11:00", fenella, fq, "perfect thank you!! 🙏");
        Post jq = say(3, "15:00", pdAsk, jonah, "@Saoirse Brennan is 48kHz ok to upload or should i export 44.1?");
        re(3, "15:12", tobiah, jq, "either works, the hosts convert anyway. 44.1 mp3 at 128k mono or 192k stereo is the "
                + "usual. keep your master at 48 though");
        re(3, "15:20", jonah, jq, "legend, thanks Tobiah");
        say(4, "09:00", pdBay, saoirse, "workshop tmrw 7pm GMT, free, bring your messiest audio: "
                + "forms.example/saoirse-workshop");
        say(4, "09:20", pdBay, amaru, "i'll lurk 👀");
        say(4, "10:00", pdGear, dara, "izotope update broke my dialogue isolate preset again, anyone else");
        say(4, "10:06", pdGear, tobiah, "yep. roll back to 10.4, the new one has a latency thing");
        say(4, "10:08", pdGear, dara, "bless you");
        say(5, "21:10", pdBay, saoirse, "workshop was fun, 31 people, someone brought a recording from inside a car wash");
        say(5, "21:12", pdBay, dara, "iconic");
        say(6, "12:00", pdAsk, fenella, "does anyone use a transcript-based editor or is that cheating lol");
        say(6, "12:30", pdAsk, dara, "not cheating! for rough cuts it's great, the fine edit still wants ears. I use "
                + "it on all your episodes for the first pass Fenella");
        say(6, "12:35", pdAsk, fenella, "ha so THAT's how you're so fast");

        // W11: Tobiah talks only to editors; Fenella, Dara's client of 13 episodes, waits on him.
        say(8, "09:05", pdBay, tobiah, "monday. 6 episodes in the queue, 2 of them 2 hours long. why do people do this");
        say(8, "09:10", pdBay, amaru, "because they love the sound of their own voice, that's the whole medium");
        say(8, "09:12", pdBay, tobiah, "fair");
        say(8, "09:30", pdBay, saoirse, "@Tobiah Kline what do you charge for a 2h ep? I think I'm undercharging");
        say(8, "09:45", pdBay, tobiah, "@Saoirse Brennan per finished hour, 60/h for interview, more for narrative. "
                + "you're undercharging if you're under 45");
        say(8, "09:47", pdBay, saoirse, "ok raising them in april 😤");
        Post fd = say(9, "17:00", pdAsk, fenella, "@Dara Okafor can you do ep 14 by friday? guest has a book out on "
                + "the 20th so we want it up before. you've done all 13 so far, no pressure 😅");
        say(9, "18:00", pdGear, dara, "just got the shure mv7+ to test, first impressions: bright but nice");
        say(9, "18:05", pdGear, amaru, "how's the usb noise");
        say(9, "18:20", pdGear, dara, "clean on my mac, haven't tried a pc");
        say(9, "19:00", pdBay, tobiah, "does anyone else get clients sending 'final_final_v3.wav'");
        say(9, "19:02", pdBay, amaru, "final_final_v3_USE_THIS_ONE.wav");
        say(9, "19:03", pdBay, tobiah, "i'm in pain");
        Post jq2 = say(10, "11:00", pdAsk, jonah, "my cohost sounds way quieter than me even though we use the same mic. "
                + "is that a gain thing or a distance thing?");
        say(10, "11:30", pdBay, tobiah, "@Amaru Quispe you still on reaper or did you move");
        say(10, "11:40", pdBay, amaru, "still reaper, 4 years, i'll die on it");
        say(10, "11:41", pdBay, tobiah, "respect");
        say(10, "14:00", pdGear, dara, "@Amaru Quispe tried the mv7+ on a pc, tiny hiss, nothing a gate won't fix");
        say(10, "14:10", pdGear, amaru, "good to know ty");
        re(10, "19:00", saoirse, jq2, "usually distance! a dynamic mic loses a lot if they sit back. get them a fist "
                + "away from it, and set gain for each of you separately");
        re(10, "19:10", jonah, jq2, "they DO lean back. ty Saoirse");
        say(11, "10:00", pdBay, tobiah, "client wants the 'um's left in for authenticity. best client");
        say(11, "10:05", pdBay, saoirse, "marry them");
        say(12, "09:15", pdBay, tobiah, "@Dara Okafor you going to the audio meetup in manchester on the 28th?");
        say(12, "09:40", pdBay, dara, "maybe! depends on the queue");
        say(12, "09:42", pdBay, tobiah, "come, amaru's buying");
        say(12, "09:43", pdBay, amaru, "i am absolutely not");
        Post fq2 = say(12, "16:00", pdAsk, fenella, "unrelated: how do people do video podcasts without a studio? "
                + "is it worth it?");
        say(13, "10:00", pdGear, dara, "anyone used the new rode interface? thinking of switching");
        say(13, "11:00", pdBay, tobiah, "finished the 2h ones. going outside. what's outside like");
        say(13, "11:02", pdBay, saoirse, "bright. loud. no undo");
        re(13, "15:00", amaru, fq2, "depends on your show, video clips help discovery a lot now. two webcams and a "
                + "window light is enough to start");

        // W12: Dara answers late; Priyanka arrives with an echo problem, Amaru pitches.
        re(15, "08:30", dara, fd, "Fenella I'm so sorry, totally missed this in the pile. is it too late? I can turn "
                + "it round by wednesday");
        say(15, "09:00", pdAsk, fenella, "we posted it raw in the end lol, but yes for ep 15 please");
        joins(15, "10:00", pdAsk, priyanka);
        Post pq = say(15, "10:20", pdAsk, priyanka, "hi! my recordings sound super echoey, it's a small bedroom with a "
                + "wooden floor. any fixes?");
        re(15, "10:35", amaru, pq, "blankets on the walls behind you and get closer to the mic. or send me the raw "
                + "files, I clean up echo for $40/ep, dm me");
        re(15, "11:00", saoirse, pq, "rug on the floor helps more than you'd think, and record in the wardrobe if "
                + "you're desperate, clothes are the best foam");
        re(15, "11:05", priyanka, pq, "the wardrobe 😂 trying it tonight, thank you both");
        say(16, "09:00", pdAsk, priyanka, "update: recorded in the wardrobe. sounds amazing. my cat is furious");
        say(16, "09:05", pdAsk, saoirse, "🎉").react("😂", priyanka);
        say(17, "13:00", pdBay, saoirse, "raised my rates today, nobody died");
        say(17, "13:10", pdBay, tobiah, "👏");
        say(17, "13:12", pdBay, dara, "👏👏");
        say(18, "10:00", pdAsk, jonah, "@Priyanka Rao what's your show about? we might be a good crossover");
        say(18, "12:00", pdAsk, priyanka, "@Jonah Weiss true crime but about plants. yes really");
        say(18, "12:10", pdAsk, jonah, "i NEED this");
    }

    /** C. online resellers, with a packaging supplier among them. */
    private void resellers() {
        // W10: Cass's mailers: the restock in the deals room, asked for in listing-help, a joke in off-topic.
        say(1, "07:50", flWins, tam, "car boot haul: a dyson v8 (no charger), 3 pyrex bowls, a box of lego by weight. "
                + "£22 all in");
        say(1, "08:00", flWins, marco, "the lego alone will pay for it");
        say(1, "08:02", flWins, tam, "that's the plan 🙏");
        say(1, "08:10", flWins, ollie, "where's that boot sale? i never find lego");
        say(1, "08:30", flWins, marco, "sounds like wickham, sundays from 6. get there at 6 or don't bother Ollie");
        say(1, "08:31", flWins, ollie, "6am is a crime but ok");
        say(2, "09:00", flDeals, cass, "restocked 10x14 grey mailers, £6 per 100, 250 packs left: "
                + "cassandpack.example/mailers");
        say(2, "09:05", flDeals, yasmin, "ordered, your last ones were solid");
        Post ol = say(2, "21:00", flHelp, ollie, "me: lists 40 items. ebay: 0 views. me: 😐 ... is it a shadowban or am "
                + "i just bad");
        re(2, "21:15", greer, ol, "first 2 weeks on a new account is always dead, they test you. also what are your "
                + "titles, if it's 'nice lamp' that's your answer");
        re(2, "21:20", ollie, ol, "...one of them is literally 'nice lamp'");
        re(2, "21:21", greer, ol, "😂 brand, model, colour, size, condition. in that order");
        say(2, "21:30", flHelp, ollie, "renamed 40 listings. 3 watchers already. witchcraft");
        Post tq = say(4, "12:00", flHelp, tam, "where's everyone buying mailers cheap? the post office ones are robbery");
        re(4, "12:20", cass, tq, "mine 😅 cassandpack.example/mailers ... or honestly the big 500 pack on amazon is "
                + "fine if you've got space for it");
        re(4, "12:25", yasmin, tq, "Cass's are good, I use hers");
        re(4, "12:30", tam, tq, "ta both");
        Post mc = say(5, "15:00", flWins, marco, "@Yasmin Haddad guess who just found a le creuset casserole for £3 at "
                + "the tip shop??");
        mc.react("🔥", tam, ollie);
        say(5, "15:10", flWins, greer, "the TIP SHOP. I've been sleeping on the tip shop");
        say(5, "18:00", flOff, cass, "half the mailer restock went in a day, you lot have a problem "
                + "cassandpack.example/mailers");
        say(5, "18:05", flOff, tam, "we have a problem and it's called car boots");
        say(5, "18:10", flOff, greer, "relatable");
        say(6, "10:00", flOff, yasmin, "anyone watching the snooker");
        say(6, "10:20", flOff, marco, "only for the waistcoats");
        say(7, "19:00", flHelp, greer, "vinted just hid my whole wardrobe ??");
        say(7, "19:15", flHelp, yasmin, "did you change your bank details recently? they do that as a security hold, "
                + "email support and it's back in a day");
        say(7, "19:17", flHelp, greer, "...i did. ok phew");

        // W11: Marco takes in listing-help, gives in sourcing-wins.
        Post m1 = say(8, "10:00", flHelp, marco, "how do you price a le creuset that's got a chip on the lid?");
        re(8, "10:25", yasmin, m1, "check sold listings for the same size, knock 30-40% off for the chip, photograph "
                + "the chip clearly. buyers forgive damage they're told about");
        re(8, "10:30", marco, m1, "thanks");
        Post ow = say(8, "14:00", flWins, ollie, "went to wickham at 6. got a record player. is a dual cs505 worth "
                + "anything");
        re(8, "14:20", marco, ow, "yes! they go for 80-120 working. check the belt, test both speeds, and the "
                + "stylus is the expensive bit, look at it with your phone zoomed in");
        re(8, "14:25", ollie, ow, "belt's fine, both speeds go. 🙌");
        Post m2 = say(10, "09:30", flHelp, marco, "best way to post a cast iron pot without it smashing everything else "
                + "in the van?");
        re(10, "09:50", yasmin, m2, "double box it, 5cm of bubble all round, and write HEAVY on all sides. couriers "
                + "throw the light ones");
        re(10, "09:55", marco, m2, "cheers");
        Post tm = say(10, "17:00", flWins, tam, "found 6 old calculators, casio fx ones. do people actually buy these?");
        re(10, "17:30", marco, tm, "the fx-7000g and anything with a solar strip, yes, collectors. test the screens, "
                + "list them as a bundle if they're the boring ones");
        say(10, "17:35", flWins, tam, "one is a 7000g!!");
        Post m3 = say(12, "11:00", flHelp, marco, "buyer says the pot arrived with a crack that wasn't there. what now");
        re(12, "11:30", yasmin, m3, "ask for photos of the box and the pot first. if the box is fine it's probably "
                + "a return scam, if the box is crushed claim on the courier. don't refund till you've seen the photos");
        re(12, "11:40", marco, m3, "ok thanks");
        say(12, "19:00", flDeals, cass, "label printer deal for anyone who asked last month: the 4x6 thermal ones "
                + "are £79 at argos this week, not mine, not affiliated, just cheap");
        say(12, "19:10", flDeals, greer, "ooh ta Cass");
        say(13, "08:00", flOff, tam, "my partner asked why there are 11 lamps in the hallway");
        say(13, "08:05", flOff, ollie, "inventory. tell them it's inventory");
        say(13, "08:06", flOff, tam, "that's what I said. 'inventory' is not working anymore");
        say(13, "08:07", flOff, yasmin, "😂");

        // W12: quiet.
        say(15, "09:00", flWins, greer, "£2 bag of silk scarves at the hospice shop. three are hermès. I'm shaking");
        say(15, "09:05", flWins, marco, "get them authenticated before listing!! the fakes are good now");
        say(15, "09:06", flWins, greer, "will do 🙏");
        say(16, "18:00", flHelp, ollie, "sold 11 things this week, all with the new titles. Greer you're a wizard");
        say(16, "18:10", flHelp, greer, "just brand model colour size condition 😌");
        say(18, "12:00", flDeals, cass, "new: recycled paper mailers, same price as the plastic ones. "
                + "cassandpack.example/paper");
        say(18, "12:20", flDeals, tam, "ooh want to try those");
        say(19, "20:00", flOff, marco, "le creuset update: it sold for £48. the chip was a feature");
        say(19, "20:05", flOff, yasmin, "the chip gave it character 💯");
    }

    /** D. an independent type foundry's own server, with its Team (Ines owns it, Felix does support). */
    private void foundry() {
        // W10
        say(1, "10:00", tyGeneral, ines, "morning! kerning the lowercase g of the new italic for the fourth day. it "
                + "fights back");
        say(1, "10:20", tyGeneral, hana, "the italic g is always the boss fight");
        say(1, "10:22", tyGeneral, ines, "truly");
        Post lq1 = say(2, "14:00", tyLicence, luca, "does the web licence count monthly pageviews or visitors?");
        re(2, "14:15", felix, lq1, "pageviews, Luca. the 50k tier is per month across all sites on that licence");
        re(2, "14:20", luca, lq1, "clear, thanks Felix");
        Post dq = say(3, "11:00", tyLicence, dmitri, "can I use Marl in a logo for a client, or is that a separate "
                + "licence?");
        re(3, "11:10", felix, dq, "the desktop licence covers logos as long as you don't sell the font itself. if the "
                + "client wants to edit the logo files in-house, they need their own desktop licence");
        re(3, "11:12", dmitri, dq, "perfect, that's what I hoped");
        say(4, "16:00", tyRequests, beatrix, "any chance of Vietnamese support in Marl? I've got a client in Hanoi");
        say(4, "16:30", tyRequests, ines, "it's in the v2 plan! stacked diacritics are half drawn. a couple of weeks");
        say(4, "16:35", tyRequests, beatrix, "🙌");
        say(5, "09:00", tyShow, hana, "poster for a jazz night, Marl Black + the condensed: hanasato.example/jazz-poster")
                .react("😍", ines, felix, beatrix);
        say(5, "09:20", tyShow, ines, "Hana that's gorgeous, the tight leading on the dates!!");
        say(5, "09:40", tyShow, hana, "stole the idea from an old blue note cover, shh");
        say(6, "13:00", tyGeneral, grace, "is anyone else drowning in 'can you make the logo bigger' this week");
        say(6, "13:10", tyGeneral, dmitri, "bigger AND more minimal. classic");
        say(6, "13:11", tyGeneral, grace, "😂 exactly that");

        // W11: the release link in three rooms within the hour; Luca's pairing tool twice.
        say(8, "10:00", tyGeneral, ines, "Marl Grotesk v2 is out! 14 weights + variable, Vietnamese, new italics: "
                + "brackett.example/marl-v2 🎉").react("🎉", hana, beatrix, grace);
        say(8, "10:20", tyShow, ines, "v2 is live, would love to see what you make with it: brackett.example/marl-v2");
        say(8, "10:40", tyRequests, ines, "Vietnamese is in! and the ss02 single-storey a some of you asked for: "
                + "brackett.example/marl-v2");
        say(8, "10:45", tyRequests, beatrix, "downloading now, my Hanoi client will be thrilled");
        say(8, "11:00", tyGeneral, hana, "the variable italic is so smooth");
        say(8, "11:05", tyGeneral, ines, "thank you! 4 days on that g paid off");
        say(9, "15:00", tyGeneral, luca, "made a little font pairing tool that works with your fonts, free: "
                + "pairwise.example ... if you like it a github star would be lovely");
        say(9, "15:10", tyGeneral, felix, "oh neat, does it read variable axes?");
        say(9, "15:20", tyGeneral, luca, "not yet! next version");
        say(10, "12:00", tyShow, dmitri, "did the rebrand for a bakery in Riga with Marl Black: dmitrivolkov.example/"
                + "ruta-bakery").react("🔥", ines, felix, hana);
        say(10, "12:15", tyShow, felix, "the flour-bag mockup 😍");
        say(10, "12:20", tyShow, dmitri, "they actually printed them, that's a photo");
        Post gq = say(11, "10:00", tyLicence, grace, "if a client wants the font in their app, is that the app licence "
                + "even if it's just a splash screen?");
        re(11, "10:20", felix, gq, "a splash screen made as an image is fine under desktop. embedding the font file "
                + "in the app needs the app licence");
        re(11, "10:25", grace, gq, "image it is, thank you");
        say(12, "17:00", tyShow, luca, "v0.3 of pairwise is up, added variable font support, here's Marl v2 with "
                + "some serifs: pairwise.example/marl");
        say(12, "17:30", tyShow, beatrix, "this is actually handy");
        say(13, "09:00", tyGeneral, beatrix, "who's going to the type conference in lyon?");
        say(13, "09:20", tyGeneral, ines, "me! giving a talk on diacritics, come say hi");
        say(13, "09:25", tyGeneral, hana, "me too, let's get a coffee");

        // W12: Felix away; Grace's question waits while Ines chats; Hana half-answers.
        say(15, "09:00", tyGeneral, felix, "heads up: I'm off from today till Monday the 26th, Ines has the inbox and "
                + "the licensing channel");
        say(15, "09:05", tyGeneral, ines, "have a great break!");
        Post gq2 = say(16, "10:00", tyLicence, grace, "client is doing a TV ad with the logo animated in Marl, does "
                + "broadcast need something extra?");
        say(16, "15:00", tyGeneral, ines, "the lyon slides are done, 64 of them, 40 are the letter ơ");
        say(16, "15:10", tyGeneral, beatrix, "a thriller");
        say(17, "11:00", tyGeneral, ines, "printing the specimen for lyon, the risograph is sulking");
        say(17, "11:20", tyGeneral, hana, "risos are like cats");
        say(18, "10:00", tyShow, ines, "the specimen! 24 pages, two colours").react("😍", hana, dmitri, beatrix);
        say(18, "10:30", tyShow, dmitri, "want one");
        re(18, "12:00", hana, gq2, "I think broadcast needs the extended licence? not sure though, had something "
                + "similar last year");
        say(18, "13:00", tyLicence, grace, "@Ines Brackett could you confirm? we're on a deadline 😬");
        re(20, "09:00", ines, gq2, "sorry Grace, this slipped! broadcast is covered by desktop if the logo is "
                + "rendered as video, no extra fee. Hana it's only extended for installing the font at the studio");
        say(20, "09:10", tyLicence, grace, "phew, thank you");
        say(20, "10:00", tyRequests, beatrix, "small one: could the ss02 a come to the condensed too?");
        say(20, "10:30", tyRequests, ines, "noted! next update");
    }

    /** E. online course creators, with a launch room; Pippa sells launch coaching to the others. */
    private void courseCreators() {
        // W10: Arjun's launch diary to nobody; Zed's first word is an ask.
        say(1, "08:00", coLounge, arjun, "launch day 1. cart open. 9 sales by 8am. ads $40 so far.");
        say(1, "09:00", coLounge, marisol, "morning all, who's recording today? I need moral support for 4 hours of "
                + "talking to a camera");
        say(1, "09:10", coLounge, pippa, "recording module 3 this afternoon, let's suffer together");
        say(1, "09:12", coLounge, marisol, "deal 🤝");
        say(1, "20:00", coLounge, arjun, "launch day 1 close: 23 sales. 1 refund.");
        say(2, "08:10", coLounge, arjun, "day 2. slower. 6 sales by lunch.");
        say(2, "10:00", coLounge, zed, "hey all 👋 just launched my first course on notion for students!! can everyone "
                + "check it out and share it 🙏 every share helps: notionforstudents.example");
        say(2, "10:05", coLaunch, zed, "launched: notion for students, $29, 6 modules: notionforstudents.example");
        say(2, "19:00", coLounge, arjun, "day 2 close: 34 total. email 2 sent, 41% open.");
        Post mf = say(3, "11:00", coFeedback, desmond, "sales page for my python-for-analysts cohort, be brutal: "
                + "desmondteaches.example/cohort");
        re(3, "11:40", marisol, mf, "the headline is about you, make it about them. 'from excel to python in 6 "
                + "weeks' beats 'learn python with Desmond'. and put the price above the fold, people scroll hunting "
                + "for it");
        re(3, "11:50", pippa, mf, "+1 to the headline. also the testimonials are all from friends' names I "
                + "recognise lol, get 2 from strangers");
        re(3, "12:00", desmond, mf, "ouch, fair, both. rewriting tonight");
        say(3, "08:00", coLounge, arjun, "day 3 morning. 38.");
        say(3, "20:00", coLounge, arjun, "day 3. 41 total. first 1-star review. refunded.");
        say(4, "08:00", coLounge, arjun, "day 4. 44. plateau.");
        say(4, "10:00", coTech, noor, "teachable vs podia vs kajabi for a first course? small budget");
        say(4, "10:30", coTech, desmond, "podia if small budget, teachable's fees bite on the free plan. kajabi is for "
                + "when you're making money");
        say(4, "10:35", coTech, marisol, "podia here too, no regrets");
        say(4, "10:40", coTech, noor, "thank you both!");
        say(5, "20:00", coLounge, arjun, "day 5. 52. the email with the student story did 9 sales alone.");
        say(6, "19:00", coLounge, arjun, "day 6. cart closes tomorrow. 58.");
        say(7, "22:00", coLounge, arjun, "closed. 71 sales. $6,390. going to sleep for a week.");
        say(7, "22:15", coLounge, pippa, "71!! congrats Arjun, sleep well").react("❤️", arjun);

        // W11: Noor's hello and Pippa's pitch; Desmond's cart reminders, asked for; Marisol asks back.
        Post hi = say(8, "09:00", coLounge, noor, "hi everyone! Noor, I teach arabic calligraphy, building my first "
                + "course. been lurking for a week, finally saying hi 👋");
        re(8, "09:10", marisol, hi, "welcome Noor!! calligraphy is going to look amazing on video");
        Post np = re(8, "09:20", pippa, hi, "welcome Noor! launches are my thing, I do launch audits for course "
                + "creators, first 20 min call free: cal.example/pippa-lowe 🙂");
        re(8, "09:30", noor, np, "oh thanks, not there yet but good to know");
        say(9, "10:00", coLaunch, desmond, "python-for-analysts cohort 3 is open! 6 weeks, starts april 8, 20 seats: "
                + "desmondteaches.example/cohort").react("🔥", marisol, pippa);
        say(9, "10:10", coLaunch, marisol, "go Desmond!! remind us before it closes, I want to send it to my brother");
        say(9, "10:12", coLaunch, pippa, "yes please do a reminder");
        say(9, "14:00", coLounge, pippa, "anyone else find that the best launch emails are the ugliest ones? plain "
                + "text wins every time for me");
        say(9, "14:20", coLounge, desmond, "plain text for me too, the designed one did half the clicks");
        say(9, "14:25", coLounge, pippa, "every time!");
        Post mfb = say(10, "09:00", coFeedback, marisol, "my turn: watercolour course sales page, could you check it "
                + "out and tell me what's off? marisolpaints.example/course");
        re(10, "09:40", desmond, mfb, "returning the favour: the video at the top is 6 min, cut it to 90 sec. and "
                + "'for total beginners' should be in the headline, it's your best line");
        re(10, "10:00", pippa, mfb, "pricing table has 3 tiers that look the same, make the middle one obvious");
        re(10, "10:10", marisol, mfb, "yes yes yes. thank you both 🙏");
        say(10, "15:00", coTech, pippa, "anyone moved from convertkit to something cheaper? 12k subs is getting "
                + "pricey");
        say(10, "15:30", coTech, desmond, "mailerlite, moved 8k over in an afternoon");
        say(10, "15:35", coTech, pippa, "ooh ok looking");
        say(11, "11:00", coLounge, pippa, "how's everyone's week? I've got 3 audits and a dentist, can't tell which "
                + "is worse");
        say(11, "11:10", coLounge, noor, "filming my first lesson today, hands shaking, bad for calligraphy 😅");
        say(11, "11:15", coLounge, pippa, "tip: film the hands close and do the voice later, shaking doesn't show on "
                + "a 2x slowed stroke");
        say(11, "11:20", coLounge, noor, "omg that's smart");
        say(12, "09:00", coLaunch, desmond, "reminder as promised: cohort 3 closes friday, 6 seats left: "
                + "desmondteaches.example/cohort");
        say(12, "09:10", coLaunch, marisol, "sent to my brother ✅");
        say(12, "16:00", coTech, noor, "how do you all do captions? auto ones mangle the arabic");
        say(12, "16:30", coTech, pippa, "pay a human for that one, auto is hopeless with arabic. I know someone, "
                + "want the name?");
        say(12, "16:35", coTech, noor, "please!");
        say(12, "16:40", coTech, pippa, "Rana Aziz, she's on linkedin, tell her I sent you");
        say(13, "10:00", coLounge, pippa, "dentist done. audits done. wine.");

        // W12: Arjun's faint week; Desmond's last call outside the room.
        say(15, "08:00", coLounge, arjun, "week 2 post-launch: 4 refunds. 67 net.");
        say(15, "12:00", coLounge, desmond, "doors close tonight, 2 seats! desmondteaches.example/cohort");
        say(15, "12:10", coLounge, marisol, "go go go");
        say(16, "09:00", coLounge, arjun, "started module 7 recording. nobody finished module 2 yet.");
        say(17, "09:00", coLounge, arjun, "completion rate 18%. industry says 15. fine.");
        say(17, "10:00", coLounge, noor, "@Arjun Mehta 18% is good!! how do you nudge people to keep going?");
        say(17, "10:30", coLounge, arjun, "@Noor Khalil a weekly email with one small task. that's it honestly");
        say(17, "10:35", coLounge, noor, "stealing that");
        say(18, "20:00", coLounge, arjun, "day 14 post-launch. 2 testimonials in. one cried. good cry.");
        say(19, "09:00", coFeedback, noor, "first lesson cut, 8 minutes, would love eyes on it: "
                + "noorcalligraphy.example/lesson-1");
        say(19, "09:30", coFeedback, marisol, "the sound of the pen on the paper!! keep that, don't put music on it");
        say(19, "09:40", coFeedback, pippa, "agree, and title card at the start is too long, 3 sec max");
        say(19, "09:45", coFeedback, noor, "noted both, thank you 🥹");
    }

    /** F. domain name investors, with a listings room; a buyer among them and Ravi's DM to him. */
    private void domainers() {
        // W10: Wendell's list in three rooms within the hour.
        say(1, "09:00", dnGeneral, hugo, "oh great another 47 '.ai' names in the drop list, just what the world "
                + "needed");
        say(1, "09:05", dnGeneral, sunniva, "you say that but you've registered 12 of them");
        say(1, "09:06", dnGeneral, hugo, "...13");
        say(1, "09:07", dnGeneral, ravi, "😂");
        say(2, "14:00", dnReg, adaeze, "anyone had a transfer stuck at 'pending' for 6 days? losing registrar won't "
                + "reply");
        say(2, "14:20", dnReg, ravi, "check the auth code wasn't regenerated, and that the 60-day lock isn't on "
                + "from a contact change. if both fine, open a ticket with the gaining side, they chase faster");
        say(2, "14:25", dnReg, adaeze, "60-day lock. I changed my email. ugh. thanks Ravi");
        say(3, "10:00", dnSale, wendell, "spring clearout, 40 names, BIN from $250, all .com: "
                + "wendellnames.example/list");
        say(3, "10:20", dnAppraise, wendell, "what would you guys value harborkit.com at? (it's on my list btw "
                + "wendellnames.example/list 😉)");
        say(3, "10:40", dnAppraise, hugo, "is this an appraisal or an ad");
        say(3, "11:00", dnGeneral, wendell, "20% off everything on my list this weekend only "
                + "wendellnames.example/list");
        Post sa = say(4, "09:00", dnAppraise, sunniva, "honest opinions on tidelab.com? had it 3 years, 2 offers "
                + "under $500");
        re(4, "09:30", ravi, sa, "brandable, 7 letters, real words. I'd hold out for 1.5-2k to an end user. the "
                + "$500 offers are other investors");
        re(4, "09:40", hugo, sa, "agree. also it's a lab name, pitch it to biotech startups");
        re(4, "09:50", sunniva, sa, "good shout both, ty");
        say(5, "16:00", dnGeneral, adaeze, "anyone going to the namescon meetup in may?");
        say(5, "16:10", dnGeneral, sunniva, "yes! first one since 2027");
        say(5, "16:12", dnGeneral, adaeze, "yay, let's do dinner");
        say(6, "11:00", dnReg, hugo, "escrow fees went up again. 3.25% now on the small tier");
        say(6, "11:15", dnReg, sunniva, "dan's still cheaper for under 5k");
        say(6, "11:16", dnReg, hugo, "noted");

        // W11: Jia learns from Sunniva and talks it through; Kit asks to buy, Ravi answers by DM.
        Post j1 = say(8, "10:00", dnAppraise, jia, "first time here 👋 bought mossandmill.com for $12 last year. is it "
                + "worth anything or did I waste $12");
        re(8, "10:30", sunniva, j1, "not wasted! two real words, alliteration-ish, good for a shop or a café. list it "
                + "around $1,200 with a lander that says it's for sale, and be patient");
        re(8, "10:40", jia, j1, "what's a lander? like a page on the domain?");
        re(8, "10:50", sunniva, j1, "yes, a simple for-sale page with a price or an offer form. most marketplaces give "
                + "you one free");
        re(8, "11:00", jia, j1, "ok set one up, thank you!!");
        Post j2 = say(10, "13:00", dnAppraise, jia, "got an offer of $300 for mossandmill from someone with a "
                + "gmail. counter or take it?");
        re(10, "13:30", sunniva, j2, "counter at 950, a gmail offer is usually an end user who wants it. see what "
                + "they say");
        re(10, "13:35", jia, j2, "countered at 950! heart racing");
        say(10, "15:00", dnGeneral, kit, "random one: anyone know who owns riverstudio.com? want to buy it for my "
                + "pottery studio, it's just parked");
        say(10, "15:20", dnGeneral, ravi, "@Kit Rowe that's mine! I'll DM you");
        say(10, "15:30", dmKit, ravi, "hi Kit, yes riverstudio.com is mine. I'd take £1,800 for it, happy to go "
                + "through escrow so you're protected");
        say(10, "16:10", dmKit, kit, "bit steep for a pottery studio 😅 would you do 1,200?");
        say(10, "16:30", dmKit, ravi, "meet at 1,500? it's had 3 enquiries this year");
        say(10, "16:45", dmKit, kit, "deal. send the escrow link");
        say(10, "16:50", dmKit, ravi, "sent, thank you! good luck with the studio");
        Post j3 = say(12, "09:00", dnAppraise, jia, "THEY SAID YES TO 900. sold it!! $12 → $900");
        re(12, "09:20", sunniva, j3, "🎉🎉 now don't spend it all on .ai names");
        re(12, "09:25", jia, j3, "too late I've bookmarked 6");
        re(12, "09:26", hugo, j3, "welcome to the disease");
        say(12, "18:00", dnGeneral, adaeze, "off on holiday till the 20th, no domains, no drop lists, just beach 🏖");
        say(12, "18:10", dnGeneral, ravi, "enjoy!");
        say(13, "10:00", dnGeneral, kit, "riverstudio.com transferred! thanks @Ravi Menon, smoothest thing I've bought "
                + "online");
        say(13, "10:20", dnGeneral, ravi, "pleasure, send us a photo of the first pot");

        // W12: Adaeze away; Wendell back, quieter.
        say(15, "10:00", dnGeneral, hugo, "@Adaeze Nwosu did you ever get that transfer through? mine's stuck the same "
                + "way");
        say(15, "10:30", dnGeneral, sunniva, "she's on holiday Hugo, back on the 20th. it was the 60-day lock for her");
        say(15, "10:35", dnGeneral, hugo, "ah ta, same thing then probably");
        say(16, "12:00", dnSale, wendell, "list updated, 12 sold, 28 left, BIN from $200: wendellnames.example/list");
        say(17, "14:00", dnAppraise, wendell, "ok genuine question this time: is 'kit' in a name a plus or a minus "
                + "for saas?");
        say(17, "14:20", dnAppraise, ravi, "plus for dev tools, minus for anything enterprise");
        say(17, "14:25", dnAppraise, wendell, "fair, thanks");
        say(20, "18:00", dnGeneral, adaeze, "back! @Hugo Castellanos yes it was the lock, goes through after 60 days "
                + "or if the registrar lifts it, ask them");
        say(20, "18:20", dnGeneral, hugo, "they lifted it! ty");
        say(21, "09:00", dnGeneral, kit, "first pot on the new site, as promised: riverstudio.com").react("😍", ravi,
                sunniva, adaeze);
    }

    /** G. print-on-demand sellers; Luis makes and sells mockup packs. */
    private void printOnDemand() {
        // W10: two conversations at once in general-chaos; Bex half-asks for a mockup and Luis has one.
        say(1, "10:00", pgChaos, bex, "printful raised the base price on the gildan 18000 AGAIN");
        say(1, "10:02", pgChaos, jomo, "did anyone else get the weird etsy email about 'production partners'");
        say(1, "10:03", pgChaos, sky, "by how much bex");
        say(1, "10:04", pgChaos, bex, "£1.20 a hoodie. my margins are crying");
        say(1, "10:05", pgChaos, anneliese, "jomo yes, you have to list your printer as a production partner now "
                + "or they can pull the listing");
        say(1, "10:06", pgChaos, jomo, "ugh ok doing it now");
        say(1, "10:07", pgChaos, sky, "raise yours by 2 and blame inflation like everyone else 💅");
        say(1, "10:08", pgChaos, bex, "lmao fine");
        Post bm = say(2, "11:00", pgTools, bex, "anyone got a decent hoodie mockup template? the free ones all look like "
                + "2014");
        re(2, "11:20", luis, bm, "I made a pack for exactly this lol, $12: luismockups.example/hoodie ... or placeit "
                + "has a few ok free ones if you don't want to pay");
        re(2, "11:30", bex, bm, "the pack looks good, grabbing it");
        re(2, "11:35", rowan, bm, "placeit free ones worked fine for me fwiw");
        Post sc = say(3, "15:00", pgCrit, sky, "frog in a cowboy hat, v3. honest notes pls: "
                + "imgur.example/frogcowboy");
        re(3, "15:20", jomo, sc, "the hat outline is thinner than the frog's, makes it look pasted on. match the "
                + "line weights");
        re(3, "15:25", anneliese, sc, "colours are great, text is too small to read on a thumbnail though");
        re(3, "15:40", sky, sc, "oh you're both right, v4 incoming 🐸");
        say(4, "09:00", pgWins, rowan, "first sale!! a mug. to my aunt. still counts");
        say(4, "09:05", pgWins, sky, "IT COUNTS 🎉").react("❤️", rowan);
        say(4, "09:10", pgWins, jomo, "aunts are customers too");
        Post jc = say(5, "12:00", pgCrit, jomo, "retro sunset cat, is this too generic? imgur.example/sunsetcat");
        re(5, "12:30", sky, jc, "a bit, there's a million sunset cats. give the cat something to do? a job?");
        re(5, "12:40", jomo, jc, "a cat with a job. a cat lifeguard. 😂 ok");
        say(6, "20:00", pgChaos, luis, "anyone else's printify orders stuck in 'in production' for a week");
        say(6, "20:20", pgChaos, anneliese, "switch the provider on that product, one of the US ones is backed up");
        say(6, "20:25", pgChaos, luis, "ah that'd be it, thanks");

        // W11: Sky asks the room she has talked with for weeks.
        say(8, "09:00", pgWins, jomo, "cat lifeguard sold 14 in a weekend. listening to you lot pays").react("🔥",
                sky, bex, anneliese);
        say(8, "09:10", pgWins, sky, "the CAT LIFEGUARD 😭 so proud");
        Post rq = say(9, "14:00", pgTools, rowan, "is a heat press worth it or stick with POD?");
        re(9, "14:30", bex, rq, "stick with POD till you're doing 50+ a week of one design. a press is a second job");
        re(9, "14:40", rowan, rq, "ok that's a no for now, ta");
        say(10, "11:00", pgCrit, bex, "hoodie design for a climbing gym, on Luis's mockup: imgur.example/cragmonkey");
        say(10, "11:20", pgCrit, sky, "the monkey's face!! the mockup sells it too");
        say(10, "11:25", pgCrit, luis, "looks great on it 😄");
        say(11, "19:00", pgWins, sky, "ok favour 🙏 trying to hit 1k on tiktok so i can go live, would anyone follow? "
                + "@sky.prints.pod ... i post the designs there before they go up");
        say(11, "19:10", pgWins, jomo, "done ✅");
        say(11, "19:12", pgWins, bex, "followed, the frog deserves a live");
        say(12, "10:00", pgChaos, rowan, "is it normal that redbubble paid me 40p. like, total");
        say(12, "10:05", pgChaos, luis, "that's the redbubble experience yes");
        say(12, "10:06", pgChaos, jomo, "40p is 40p");
        say(13, "16:00", pgCrit, rowan, "first real design, be gentle: imgur.example/mushroomclub");
        say(13, "16:30", pgCrit, luis, "gentle: it's good! the mushrooms on the left are crowded, give them room");
        say(13, "16:40", pgCrit, rowan, "ty Luis 🍄");

        // W12: Anneliese turns everyone's news to herself.
        Post bw = say(15, "09:00", pgWins, bex, "100th sale on the climbing hoodies!! thanks for all the notes");
        re(15, "09:20", anneliese, bw, "congrats! my first 100 went in a week back in 2026 but I had a viral pin, I "
                + "think my secret was I always post every day and I never use mockups, I shoot my own photos");
        Post sw = say(16, "12:00", pgWins, sky, "hit 1k on tiktok!! thank you all 😭 going live friday");
        re(16, "12:10", anneliese, sw, "nice! I stopped tiktok in january, my store does better from pinterest, I "
                + "put all my time there now and my numbers doubled, I should really do a post about my system");
        say(16, "12:20", pgWins, bex, "go Sky!! I'll be there friday");
        Post jw = say(17, "10:00", pgChaos, jomo, "thinking of doing a christmas range early this year, like june");
        re(17, "10:30", anneliese, jw, "I start mine in april actually, I did 400 orders last november, my best was "
                + "the knitted santa one, I redo it every year and I still sell it");
        Post lw = say(18, "15:00", pgChaos, luis, "new mockup pack done, 40 hours, my eyes");
        re(18, "15:20", anneliese, lw, "I never use mockups, I've got my own little studio set up in my spare room, "
                + "my ring light and my backdrop, it's so much more me");
        say(18, "15:30", pgChaos, luis, "that's fair, not everyone has a spare room 😅");
        Post rw = say(19, "09:00", pgWins, rowan, "mushroom club sold 3!! strangers!!");
        re(19, "09:10", anneliese, rw, "yay! my mushroom one was my first bestseller too, I still get orders for it, "
                + "I'm thinking I might do a whole mushroom line in my shop this autumn");
        re(19, "09:15", sky, rw, "STRANGERS 🍄🎉");
        say(20, "11:00", pgChaos, anneliese, "my shop hit 5,000 sales today, I honestly can't believe I did it, my "
                + "whole year has been about this and I'm so proud of myself");
        say(20, "11:10", pgChaos, bex, "👏");
    }

    /** H. YouTube thumbnail designers, with a room where creators ask. */
    private void thumbnails() {
        // W10: Eli pitches creators who asked other things; Obi answers a request for a designer.
        say(1, "12:00", thTalk, nadia, "photoshop's new select subject is finally good at hair. I could cry");
        say(1, "12:10", thTalk, tess, "it still eats earrings though");
        say(1, "12:12", thTalk, nadia, "a small price");
        say(1, "12:20", thPortfolio, tess, "Tess Carver: gaming + lifestyle thumbnails, $35, 2 revisions, "
                + "tesscarver.example");
        Post cq = say(2, "16:00", thAsk, carys, "do thumbnails with faces actually do better or is that a myth? I "
                + "make cooking videos, my face is not the point");
        re(2, "16:20", eli, cq, "i can make u a face thumbnail that pops, $25 each, dm me 👇 elithumbs.example");
        re(2, "17:00", nadia, cq, "faces help when the person IS the show. for cooking, the food close up and "
                + "steaming beats a face. test both with A/B if your channel has the feature");
        re(2, "17:10", carys, cq, "that makes sense, the food is the star. thanks Nadia");
        say(3, "09:00", thTalk, obi, "what font is everyone using for gaming thumbs now? I'm bored of the usual");
        say(3, "09:20", thTalk, tess, "a heavy condensed with a thick stroke, and stop using the impact clones");
        say(3, "09:22", thTalk, obi, "guilty");
        Post aq = say(5, "10:00", thAsk, ayaan, "can anyone recommend a thumbnail designer under $30? gaming channel, "
                + "1 vid a week");
        re(5, "10:15", obi, aq, "me 🙋 $25, 48h turnaround, portfolio: obi-designs.example");
        re(5, "10:30", nadia, aq, "Obi's great, Tess too (a bit over but worth it)");
        re(5, "10:40", ayaan, aq, "thanks! will message Obi");
        Post mq = say(6, "18:00", thAsk, milo, "thumbnail vs title, which one do i fix first if my CTR is 2%?");
        re(6, "18:10", eli, mq, "your thumbs are mid ngl, i can redo them for $20, dm me");
        re(6, "18:30", tess, mq, "thumbnail first, it's what stops the scroll. and Milo yours aren't mid, the last "
                + "one just had too much text");
        re(6, "18:40", milo, mq, "lol ty Tess. less text noted");
        say(7, "20:00", thOff, obi, "a creator asked me for 'mrbeast but make it calm'. i am in a state");
        say(7, "20:05", thOff, nadia, "😂😂");
        say(7, "20:06", thOff, tess, "calm beast");

        // W11: Milo, Tess's client for ten thumbnails, asks her at night; she answers next day. Eli settles down.
        say(8, "11:00", thPortfolio, eli, "Eli Brandt, gaming thumbs, $25, fast: elithumbs.example");
        say(8, "11:30", thTalk, eli, "how do you guys do the glow behind cutouts without it looking cheap");
        say(8, "11:45", thTalk, nadia, "outer glow at low opacity, colour picked from the background, not white. "
                + "and blur the edge of the cutout 1px");
        say(8, "11:50", thTalk, eli, "ooh the colour pick thing. ty");
        Post mt = say(9, "21:00", thAsk, milo, "@Tess Carver could we do a red version of the minecraft one? the blue "
                + "is getting no clicks. you've done my last 10 so you know the style");
        re(10, "13:00", tess, mt, "yes! sending tonight, red + a yellow outline");
        re(10, "13:10", milo, mt, "🙏");
        Post cq2 = say(11, "10:00", thAsk, carys, "how long should I run an A/B test before calling it?");
        re(11, "10:30", eli, cq2, "at least a week or 1k impressions each, whichever is later. early numbers lie");
        re(11, "10:40", carys, cq2, "ok patience. thanks Eli");
        say(12, "15:00", thOff, milo, "the red one did 7.1% CTR. Tess is a wizard");
        say(12, "15:10", thOff, tess, "the red did that, I just clicked the bucket 😌");
        say(13, "12:00", thTalk, obi, "Ayaan's channel thumbs are done, first 4. he wants more text, I want less. "
                + "the eternal war");
        say(13, "12:10", thTalk, nadia, "show him the CTR after 2 weeks, let the numbers win it");

        // W12: ordinary week.
        say(15, "09:00", thAsk, ayaan, "Obi's thumbs took my CTR from 3 to 5.5%, so thanks Nadia for pointing me to "
                + "him");
        say(15, "09:10", thAsk, obi, "🙏 your videos did the work");
        say(16, "14:00", thTalk, tess, "anyone tried the new AI background extender in photopea");
        say(16, "14:20", thTalk, nadia, "yes, good for skies, terrible for hands");
        say(16, "14:22", thTalk, tess, "so, like all of them");
        Post cq3 = say(17, "19:00", thAsk, carys, "is it weird to change a thumbnail on an old video? will I lose "
                + "views?");
        re(17, "19:20", nadia, cq3, "not weird, most big channels do it. you can only gain if the old one was weak");
        re(17, "19:30", eli, cq3, "did it on a client's back catalogue, 3 old vids picked up again");
        re(17, "19:40", carys, cq3, "ok doing it this weekend 👍");
        say(19, "10:00", thOff, eli, "my cat sat on the tablet and made a better thumbnail than me");
        say(19, "10:05", thOff, obi, "hire the cat");
    }

    static Map<String, String> files() {
        return new HeldOutScenes74Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 74");
    }
}
