package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 56 (sealed): eight communities of online creators, makers and learners (resin artists with a for-sale
 * room, amigurumi crocheters with a pattern designer, small streamers with a go-live room, a Japanese-exam study group
 * where nobody sells, a webcomic's fandom with a few fan artists in an artist alley, a bead supply shop's own server
 * with its Staff, lo-fi beat makers with a mix engineer, and printable and digital-planner shop owners), over three ISO
 * weeks (2027-W39 to W41), written and labelled by writer56 (session 36) before any coach ran on them. The labels are
 * in {@code bot/src/test/resources/eval/held-out-scenes-56.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes56Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 9, 27);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 10, 18, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-56";

    // --- A. resin artists ---
    private final String pour = cast.guild(831);
    private final Channel rsTalk = cast.channel(pour, "Pour & Cure Collective", "pour-talk",
            "resin chat, makers and admirers welcome", "rs-pour-talk.json");
    private final Channel rsFix = cast.channel(pour, "Pour & Cure Collective", "bubbles-and-fixes",
            "cloudy, sticky, bubbly? ask here with a photo", "rs-bubbles-and-fixes.json");
    private final Channel rsShow = cast.channel(pour, "Pour & Cure Collective", "show-your-pours",
            "post your own pieces", "rs-show-your-pours.json");
    private final Channel rsSale = cast.channel(pour, "Pour & Cure Collective", "for-sale",
            "sell your own pieces and supplies here: price, photo, link", "rs-for-sale.json");
    private final Persona marisol = cast.person("marisol.pours", "Marisol Duarte");
    private final Persona kwame = cast.person("kwame.a", "Kwame Asante");
    private final Persona ingrid = cast.person("ingrid.sol", "Ingrid Solberg");
    private final Persona tamsin = cast.person("tamsin.g", "Tamsin Greaves");
    private final Persona rahul = cast.person("rahul.m", "Rahul Menon");
    private final Persona bea = cast.person("bea.lq", "Bea Lindqvist");
    private final Persona yusuf = cast.person("yusuf.kaya", "Yusuf Kaya");
    private final Persona dolores = cast.person("dolores.i", "Dolores Ibarra");

    // --- B. amigurumi crocheters ---
    private final String hook = cast.guild(832);
    private final Role hsMod = cast.role("Moderator", "#9b59b6", 4);
    private final Channel hsIntro = cast.channel(hook, "Hook & Stuffing", "introductions",
            "new here? introduce yourself", "hs-introductions.json");
    private final Channel hsChat = cast.channel(hook, "Hook & Stuffing", "hook-chat",
            "anything yarn", "hs-hook-chat.json");
    private final Channel hsHelp = cast.channel(hook, "Hook & Stuffing", "pattern-help",
            "stuck on a round? post the pattern line and what you got", "hs-pattern-help.json");
    private final Channel hsMakes = cast.channel(hook, "Hook & Stuffing", "finished-makes",
            "show your finished makes", "hs-finished-makes.json");
    private final Persona noor = cast.person("noor.h", "Noor Haddad", hsMod);
    private final Persona priscila = cast.person("priscila.hooks", "Priscila Amaral");
    private final Persona hana = cast.person("hana.tiny", "Hana Kobayashi");
    private final Persona dagny = cast.person("dagny.h", "Dagny Holm");
    private final Persona segun = cast.person("segun.bello", "Olusegun Bello");
    private final Persona lottie = cast.person("lottie.b", "Lottie Byrne");
    private final Persona esi = cast.person("esi.boat", "Esi Boateng");
    private final Persona farhan = cast.person("farhan.c", "Farhan Chowdhury");
    private final Channel hsDmHana = cast.dm(hana, "hs-dm-hana.json");

    // --- C. small streamers ---
    private final String lounge = cast.guild(833);
    private final Channel lvLounge = cast.channel(lounge, "Low Viewer Lounge", "the-lounge",
            "hang out, talk shop", "lv-the-lounge.json");
    private final Channel lvLive = cast.channel(lounge, "Low Viewer Lounge", "go-live-pings",
            "post your own go-live link when you start streaming", "lv-go-live-pings.json");
    private final Channel lvTech = cast.channel(lounge, "Low Viewer Lounge", "obs-and-audio",
            "OBS, mics, scenes, bitrate questions", "lv-obs-and-audio.json");
    private final Channel lvClips = cast.channel(lounge, "Low Viewer Lounge", "clip-critique",
            "post a clip and ask for honest feedback", "lv-clip-critique.json");
    private final Persona jasper = cast.person("jasperw", "Jasper Whitfield");
    private final Persona amaru = cast.person("amaru.q", "Amaru Quispe");
    private final Persona lerato = cast.person("lerato.live", "Lerato Dlamini");
    private final Persona ines = cast.person("ines.carv", "Ines Carvalho");
    private final Persona dmitri = cast.person("dmitri.chess", "Dmitri Volkov");
    private final Persona ruby = cast.person("ruby.ach", "Ruby Achterberg");

    // --- D. Japanese-exam study group (nobody sells) ---
    private final String kanji = cast.guild(834);
    private final Channel kbChat = cast.channel(kanji, "Kanji Before Coffee", "zatsudan",
            "off-topic chat, any language", "kb-zatsudan.json");
    private final Channel kbGrammar = cast.channel(kanji, "Kanji Before Coffee", "grammar-questions",
            "ask about grammar points, N5 to N1", "kb-grammar-questions.json");
    private final Channel kbSentences = cast.channel(kanji, "Kanji Before Coffee", "daily-sentences",
            "one sentence a day with a word you learned", "kb-daily-sentences.json");
    private final Channel kbResources = cast.channel(kanji, "Kanji Before Coffee", "resources",
            "drop useful links here: decks, graded readers, podcasts", "kb-resources.json");
    private final Persona sione = cast.person("sione.t", "Sione Tupou");
    private final Persona wiktoria = cast.person("wiktoria.n", "Wiktoria Nowak");
    private final Persona elif = cast.person("elif.d", "Elif Demir");
    private final Persona callum = cast.person("callum.f", "Callum Fraser");
    private final Persona meilin = cast.person("meilin.tan", "Mei Lin Tan");
    private final Persona thabo = cast.person("thabo.n", "Thabo Nkosi");

    // --- E. webcomic fandom ---
    private final String lantern = cast.guild(835);
    private final Role lfMod = cast.role("Moderator", "#1abc9c", 3);
    private final Channel lfChapter = cast.channel(lantern, "Lanternfall Readers", "chapter-talk",
            "spoilers for the newest chapter welcome here", "lf-chapter-talk.json");
    private final Channel lfTheories = cast.channel(lantern, "Lanternfall Readers", "theories",
            "wild guesses and careful ones", "lf-theories.json");
    private final Channel lfFanart = cast.channel(lantern, "Lanternfall Readers", "fanart",
            "post your own fanart", "lf-fanart.json");
    private final Channel lfAlley = cast.channel(lantern, "Lanternfall Readers", "artist-alley",
            "fan artists: list your charms, prints and stickers here, with price and link", "lf-artist-alley.json");
    private final Persona saoirse = cast.person("saoirse.draws", "Saoirse Kavanagh");
    private final Persona teodor = cast.person("teodor.art", "Teodor Marin");
    private final Persona leilani = cast.person("leilani.k", "Leilani Kahale");
    private final Persona ayse = cast.person("ayse.y", "Ayse Yilmaz");
    private final Persona greta = cast.person("greta.l", "Greta Lindholm", lfMod);
    private final Persona kofi = cast.person("kofi.m", "Kofi Mensah");
    private final Persona bao = cast.person("bao.ng", "Bao Nguyen");

    // --- F. bead supply shop's own server ---
    private final String glimmer = cast.guild(836);
    private final Role gbStaff = cast.role("Staff", "#e67e22", 5);
    private final Channel gbNews = cast.channel(glimmer, "Glimmerbead Supply", "shop-news",
            "new stock and sales from the Glimmerbead team", "gb-shop-news.json");
    private final Channel gbAsk = cast.channel(glimmer, "Glimmerbead Supply", "ask-the-shop",
            "orders, stock and shipping questions, the team answers here", "gb-ask-the-shop.json");
    private final Channel gbMade = cast.channel(glimmer, "Glimmerbead Supply", "what-i-made",
            "show what you made with our beads", "gb-what-i-made.json");
    private final Channel gbChat = cast.channel(glimmer, "Glimmerbead Supply", "bead-chat",
            "everything beading", "gb-bead-chat.json");
    private final Persona odile = cast.person("odile.glimmer", "Odile Fontaine", gbStaff);
    private final Persona arjun = cast.person("arjun.glimmer", "Arjun Pillai", gbStaff);
    private final Persona magda = cast.person("magda.w", "Magda Wisniewska");
    private final Persona celeste = cast.person("celeste.o", "Celeste Okoro");
    private final Persona harriet = cast.person("harriet.v", "Harriet Vance");
    private final Persona tomas = cast.person("tomas.h", "Tomas Herrera");
    private final Persona june = cast.person("june.wh", "June Whitaker");

    // --- G. lo-fi beat makers ---
    private final String dust = cast.guild(837);
    private final Channel dvStudio = cast.channel(dust, "Dust & Vinyl Beat Club", "studio-chat",
            "gear, samples, life", "dv-studio-chat.json");
    private final Channel dvFeedback = cast.channel(dust, "Dust & Vinyl Beat Club", "beat-feedback",
            "post a beat and ask for honest feedback", "dv-beat-feedback.json");
    private final Channel dvCollab = cast.channel(dust, "Dust & Vinyl Beat Club", "collab-board",
            "looking for a vocalist, mixer or producer? post here", "dv-collab-board.json");
    private final Channel dvFlips = cast.channel(dust, "Dust & Vinyl Beat Club", "flip-of-the-week",
            "one flip per person per week, post yours", "dv-flip-of-the-week.json");
    private final Persona marcus = cast.person("marcus.oye", "Marcus Oyelaran");
    private final Persona lucia = cast.person("lucia.mix", "Lucia Ferreyra");
    private final Persona tendai = cast.person("tendai.sings", "Tendai Moyo");
    private final Persona oskar = cast.person("oskar.beats", "Oskar Nyberg");
    private final Persona kenji = cast.person("kenji.w", "Kenji Watanabe");
    private final Persona zara = cast.person("zara.s", "Zara Siddiqui");

    // --- H. printable and digital-planner shop owners ---
    private final String printable = cast.guild(838);
    private final Channel psShop = cast.channel(printable, "Printable Shop Owners Circle", "shop-talk",
            "chat for people who sell printables and digital planners", "ps-shop-talk.json");
    private final Channel psCritique = cast.channel(printable, "Printable Shop Owners Circle", "listing-critique",
            "post your listing and ask for honest feedback", "ps-listing-critique.json");
    private final Channel psSeo = cast.channel(printable, "Printable Shop Owners Circle", "tags-and-seo",
            "titles, tags, search", "ps-tags-and-seo.json");
    private final Channel psWins = cast.channel(printable, "Printable Shop Owners Circle", "wins",
            "share your wins, big or small", "ps-wins.json");
    private final Persona gabriela = cast.person("gabi.souza", "Gabriela Souza");
    private final Persona henrik = cast.person("henrik.d", "Henrik Dahl");
    private final Persona priyanka = cast.person("priyanka.r", "Priyanka Rao");
    private final Persona ahmed = cast.person("ahmed.f", "Ahmed Farouk");
    private final Persona colette = cast.person("colette.m", "Colette Marchand");
    private final Persona wanjiru = cast.person("wanjiru.k", "Wanjiru Kamau");

    HeldOutScenes56Script() {
        super(new SceneIds(42800), FIRST_MONDAY, 21);
        resin();
        crochet();
        streamers();
        studyGroup();
        fandom();
        beadShop();
        beats();
        printables();
    }

    /** A. Resin artists: Yusuf's coded sale link into three rooms in minutes; Marisol talks fair plans with the two
     *  other sellers all of W40 while a buyer's custom request sits; Bea answers Rahul by the next message. */
    private void resin() {
        // W39.
        Post cold = say(1, "09:10", rsTalk, marisol, "morning pourers ☕ anyone else's garage freezing already? my resin "
                + "is like honey");
        Post bath = re(1, "09:30", kwame, cold, "warm water bath for the bottles, 10 min. changed my life");
        re(1, "09:41", marisol, bath, "ooh will try tonight");
        say(2, "11:00", rsSale, marisol, "Ocean trays, 30cm, white cells and a gold edge. £45 + postage, 3 left: "
                + "https://marisolpours.example/trays").react("❤️", ingrid, tamsin);
        say(2, "11:20", rsSale, kwame, "Mica pigment sets, 24 colours, £18 + postage: "
                + "https://asante-supply.example/mica-24");
        say(2, "14:00", rsSale, ingrid, "Geode coasters, set of 4 in amethyst and silver, £32 + postage: "
                + "https://ingridmakes.example/geode-4");
        Post bubbles = say(3, "19:00", rsFix, rahul, "first pour ever and the whole coaster is full of tiny bubbles 😭 "
                + "I mixed for 3 min like the bottle says");
        Post slow = re(3, "19:12", bea, bubbles, "mixing too hard whips air in. slow figure-8s, scrape the sides, let it "
                + "sit 5 min before pouring. warm the bottles first too");
        re(3, "19:30", rahul, slow, "@Bea Lindqvist you said heat gun in the other thread, torch or heat gun for "
                + "coasters?");
        Post gun = say(3, "19:52", rsFix, bea, "heat gun on low for coasters, a torch is too fierce for thin pours and "
                + "can scorch the edges");
        re(3, "20:05", rahul, gun, "perfect, I've only got a heat gun anyway lol. thank you!");
        say(4, "10:00", rsTalk, yusuf, "my autumn leaf trays just went live, 20% off with code LEAVES20 this weekend → "
                + "https://kayaresin.example/autumn");
        Post leaves = say(4, "10:07", rsShow, yusuf, "autumn leaf trays, real maple leaves set in amber resin. 20% off "
                + "with LEAVES20: https://kayaresin.example/autumn");
        say(4, "10:15", rsSale, yusuf, "Autumn leaf trays £38, 20% off with code LEAVES20 till Sunday "
                + "https://kayaresin.example/autumn");
        Post pressed = re(4, "12:00", ingrid, leaves, "the colour on these is lovely, did you press the leaves yourself?");
        re(4, "12:30", yusuf, pressed, "yep, two weeks in a phone book 😄");
        Post walnut = say(5, "16:00", rsShow, bea, "first time trying a river table offcut, walnut and deep teal");
        walnut.react("😍", rahul, kwame, marisol);
        Post teal = re(5, "16:30", kwame, walnut, "that teal!! which pigment?");
        re(5, "16:45", bea, teal, "your deep teal mica actually 😄");
        Post admirer = say(6, "10:00", rsTalk, dolores, "hi all, not a maker, I just love looking. is this a good place "
                + "to ask about buying pieces?");
        Post welcome = re(6, "10:20", ingrid, admirer, "absolutely! #for-sale has what people have listed, and you can "
                + "ask in here too");
        re(6, "10:31", dolores, welcome, "lovely, thank you");
        // W40: Marisol and the other two sellers plan the fair all week.
        Post fair = say(8, "09:00", rsTalk, marisol, "@Kwame Asante @Ingrid Solberg are you two doing the Harrow makers "
                + "fair in November? debating a table");
        Post half = re(8, "09:20", kwame, fair, "yes, got a half table. £40 for the day, footfall was decent last year");
        Post card = re(8, "09:26", marisol, half, "£40 isn't bad. did you take card?");
        re(8, "09:40", kwame, card, "yeah, little reader, half the sales were card");
        Post gazebo = re(8, "10:05", ingrid, fair, "I'm in too! we could go halves on a gazebo");
        re(8, "10:12", marisol, gazebo, "yes please, mine's got a broken leg 😂");
        Post pricing = say(9, "14:00", rsTalk, marisol, "@Ingrid Solberg what are you pricing coaster sets at for the "
                + "fair? I'm thinking £28 is too low");
        Post thirty = re(9, "14:25", ingrid, pricing, "£32 online, £30 at fairs. people haggle less in person, weirdly");
        Post leaf = re(9, "14:40", marisol, thirty, "ok going £30. @Kwame Asante is your gold leaf in stock? need 2 "
                + "books");
        Post mates = re(9, "15:00", kwame, leaf, "2 books put aside for you, mates rates");
        Post custom = say(10, "11:00", rsTalk, tamsin, "does anyone here make custom trays? I'd love one with my "
                + "grandma's pressed flowers from her garden, for my mum's 60th in December");
        Post star = re(10, "13:00", marisol, mates, "you're a star, I'll grab them Thursday");
        re(10, "13:10", kwame, star, "see you thurs");
        Post skin = say(11, "09:00", rsTalk, dolores, "is resin jewellery ok for sensitive skin? looking at earrings for "
                + "my daughter");
        Post uv = say(11, "10:30", rsTalk, marisol, "@Ingrid Solberg did your UV resin go tacky too? mine's been weird "
                + "since the cold snap");
        Post airing = re(11, "10:50", ingrid, uv, "yes!! cure it in the airing cupboard, sorted mine");
        re(11, "11:00", marisol, airing, "genius, thank you");
        Post hooks = re(12, "09:00", ingrid, skin, "look for surgical steel or titanium hooks, the resin itself barely "
                + "touches skin. mine are all on titanium");
        re(12, "09:30", dolores, hooks, "that's really helpful, thank you 🙏");
        Post packing = say(12, "17:00", rsTalk, marisol, "@Kwame Asante fair packing list swap? I always forget price "
                + "tags");
        Post list = re(12, "17:20", kwame, packing, "tags, float, bags, tablecloth, and clips for the wind");
        re(12, "17:25", marisol, list, "clips!! that's what I forgot last time");
        re(13, "10:00", marisol, gazebo, "@Ingrid Solberg gazebo booked, £22 each");
        Post point = re(13, "15:00", ingrid, custom, "@Marisol Duarte does exactly this, her flower trays are gorgeous");
        point.react("🙌", tamsin);
        // W41.
        Post yes = re(15, "10:00", marisol, custom, "hi Tamsin! sorry, only just saw this. I'd love to, can you send me a "
                + "photo of the flowers? December is doable if we start this month");
        Post sending = re(15, "10:30", tamsin, yes, "amazing!! sending now");
        re(15, "11:00", marisol, sending, "got them, these will be beautiful. I'll message you a price tonight");
        Post again = say(16, "18:00", rsFix, rahul, "tried again with slow stirring, way fewer bubbles! still a few round "
                + "the edges");
        Post mould = re(16, "18:20", bea, again, "edge bubbles are usually air coming out of the mould, give the "
                + "silicone a quick pass with the heat gun before pouring");
        re(16, "18:35", rahul, mould, "noted, thanks Bea");
        Post clear = say(17, "12:00", rsShow, rahul, "coaster #3, finally clear 🎉");
        clear.react("🎉", bea, kwame, ingrid);
        re(17, "12:30", bea, clear, "look at that! told you");
        say(19, "10:00", rsSale, ingrid, "Amethyst geode coaster sets restocked, £32 + postage: "
                + "https://ingridmakes.example/geode-4");
        Post moulds = say(19, "20:00", rsTalk, yusuf, "anyone know a good mould supplier in the EU? my last batch tore "
                + "after 5 pours");
        Post platinum = re(19, "20:30", kwame, moulds, "look for platinum-cure silicone, tin-cure tears. I don't stock "
                + "them, sorry");
        re(19, "20:40", yusuf, platinum, "thanks, will look");
    }

    /** B. Amigurumi: a moderator welcomes Hana with Priscila's guide; Segun pitches Hana by DM the day she arrives;
     *  Dagny is helped by Priscila three times in W40, only says thanks, and leaves Priscila's test request waiting. */
    private void crochet() {
        // W39.
        Post check = say(1, "08:30", hsChat, noor, "Monday yarn check: what's on everyone's hook this week?");
        re(1, "08:50", lottie, check, "a frog for my nephew, his eyes are wonky already 😂");
        Post squares = re(1, "09:10", esi, check, "granny squares forever. 47 of 80");
        re(1, "09:15", noor, squares, "47!! you're a machine");
        Post round6 = say(2, "20:00", hsHelp, dagny, "round 6 of the bunny head says 'sc 2, inc' x6 but I keep ending "
                + "with 22 not 24??");
        Post count = re(2, "20:20", priscila, round6, "check you're counting the inc as 2 stitches. (sc, sc, inc) x6 = "
                + "4 x 6 = 24. a stitch marker in the first st helps too");
        re(2, "20:40", dagny, count, "thank you!!");
        Post intro = say(3, "10:00", hsIntro, hana, "Hi! I'm Hana, from Osaka but living in Leeds now. I make tiny food "
                + "amigurumi (dumplings, onigiri 🍙) and just opened a little shop: https://hanatiny.example. Hoping to "
                + "learn better shaping from you all!");
        intro.react("❤️", noor, esi, priscila);
        Post guide = re(3, "10:20", noor, intro, "welcome Hana! tiny dumplings, yes please. if shaping is the goal, "
                + "Priscila's guide to invisible decreases is the best start: "
                + "https://priscilahooks.example/guides/invisible-decrease");
        re(3, "10:45", hana, guide, "oh thank you, reading it now!");
        re(3, "11:00", segun, intro, "welcome Hana! love the onigiri");
        say(3, "11:30", hsDmHana, segun, "Hi Hana! Saw your intro. I run a pattern testing and listing service for new "
                + "shops, $15 a pattern and I'll write your descriptions too. Book a call here: "
                + "https://calendar.example/segun-bello");
        say(3, "13:00", hsDmHana, hana, "hi, thanks, but I'm not looking for that right now");
        Post rash = say(4, "19:00", hsHelp, dagny, "how do you stop the stuffing showing through? my bunny looks like it "
                + "has a rash");
        Post smaller = re(4, "19:30", priscila, rash, "go down a hook size (I use 2.5mm with DK cotton) and stuff with "
                + "small pinches, not big wads");
        re(4, "19:45", dagny, smaller, "thanks!");
        Post blanket = say(5, "15:00", hsMakes, esi, "80 of 80!!! the blanket is DONE");
        blanket.react("🎉", noor, lottie, priscila, dagny);
        Post border = re(5, "15:20", lottie, blanket, "stunning. what's the border colour?");
        re(5, "15:30", esi, border, "mustard, leftover from my cardigan");
        Post dumplings = say(6, "11:00", hsMakes, hana, "dumpling family, 3 sizes 🥟");
        dumplings.react("❤️", noor, priscila, esi);
        Post pleats = re(6, "11:30", priscila, dumplings, "the pleats!! how do you do the pleats?");
        re(6, "11:50", hana, pleats, "surface slip stitch after stuffing. I'll try to write it up for you");
        // W40.
        Post ears = say(8, "19:00", hsHelp, dagny, "the bunny ears keep flopping forward, I want them upright 😩");
        Post pipe = re(8, "19:15", priscila, ears, "fold a pipe cleaner inside each ear, or work the ears tighter with a "
                + "smaller hook");
        re(8, "19:30", dagny, pipe, "thanks!!");
        Post octopus = say(9, "09:00", hsChat, hana, "@Priscila Amaral is the octopus pattern going to be in your shop? "
                + "I want to make it for my niece");
        Post shop = re(9, "09:25", priscila, octopus, "yes! going up at the end of the month, it'll be here: "
                + "https://priscilahooks.example/shop");
        re(9, "09:30", hana, shop, "bookmarked 🙏");
        say(10, "12:00", hsChat, priscila, "anyone free to test my octopus pattern this week? free copy, I just need "
                + "notes on rounds 8-12 where the legs join. DK cotton, 3mm hook");
        Post haul = say(10, "12:05", hsChat, dagny, "my yarn haul came!! 12 balls of pastel cotton 😍");
        re(10, "12:30", lottie, haul, "ooh jealous");
        Post lopsided = say(10, "18:00", hsHelp, dagny, "ok now the bunny body is lopsided, one side bulges out");
        Post jog = re(10, "18:20", priscila, lopsided, "that's usually the jog at the colour change. try jogless "
                + "stripes, or move your start point round to the back");
        re(10, "18:30", dagny, jog, "thank you!");
        re(11, "10:00", priscila, haul, "@Dagny Holm you've got the exact pastel cotton I wrote it for! could you test "
                + "rounds 8-12 of the octopus for me this week? even a photo of how the legs sit would help");
        Post hole = say(12, "20:00", hsHelp, dagny, "last one I promise, how do I close the bottom without a hole?");
        Post drawstring = re(12, "20:10", priscila, hole, "weave the tail through the front loops of the last round and "
                + "pull it like a drawstring");
        re(12, "20:20", dagny, drawstring, "thanks Priscila!");
        Post bunny = say(13, "14:00", hsMakes, dagny, "BUNNY IS DONE");
        bunny.react("❤️", noor, lottie, esi);
        Post upright = re(13, "14:30", noor, bunny, "look at those ears standing up!");
        re(13, "14:40", dagny, upright, "pipe cleaners 😄");
        Post test = say(14, "10:00", hsChat, esi, "@Priscila Amaral I can test the octopus if you still need someone, "
                + "I've got DK cotton and a free Sunday");
        re(14, "10:30", priscila, test, "yes please Esi! sending it over now 💛");
        // W41.
        say(15, "09:00", hsChat, noor, "reminder: the autumn make-along starts Friday, pumpkins! the pattern is free in "
                + "the pins");
        Post frog = say(16, "19:00", hsMakes, lottie, "frog finished, eyes still wonky, nephew loves him anyway");
        frog.react("😂", esi, noor);
        Post farhanHi = say(17, "10:00", hsIntro, farhan, "hey all, Farhan here. learning crochet to make my daughter a "
                + "cat. total beginner");
        re(17, "10:20", noor, farhanHi, "welcome Farhan! the beginner pack pinned in #pattern-help is a good start");
        Post notes = say(18, "12:00", hsChat, esi, "octopus test done, the legs join really neatly. one typo in round "
                + "10 (says 36, should be 42)");
        re(18, "12:20", priscila, notes, "thank you Esi!! fixing it now");
        Post ring = say(19, "20:00", hsHelp, farhan, "what is a magic ring and why does it hate me");
        Post video = re(19, "20:15", hana, ring, "it hates everyone at first 😂 Priscila's video on it helped me: "
                + "https://priscilahooks.example/guides/magic-ring");
        re(19, "20:30", farhan, video, "got it on the 4th try. thanks Hana");
    }

    /** C. Small streamers: go-live links in their own room; Jasper asks the lounge and the tech room to follow him in
     *  W40 and posts "live now" to the lounge twice in W41; Dmitri, away at a wedding and said so, answers Ines late. */
    private void streamers() {
        // W39.
        say(1, "18:00", lvLive, amaru, "live! cosy farming sim and chat: https://twitch.example/amaruplays");
        say(1, "18:40", lvLive, lerato, "puzzle night, going live https://twitch.example/leratolive");
        say(2, "20:00", lvLive, ines, "live now, horror game, please be nice to me https://twitch.example/inescarvalho");
        Post raid = say(2, "21:00", lvLounge, ruby, "how are people finding raids lately? got raided by 40 last night "
                + "and froze completely");
        Post name = re(2, "21:10", amaru, raid, "say hi to the raider by name, ask what they were playing, then just carry "
                + "on. they stay if you're chatty");
        re(2, "21:20", ruby, name, "that's good advice, thank you");
        Post bathroom = say(3, "17:00", lvTech, ruby, "my mic sounds like I'm in a bathroom, any fix?");
        Post foam = re(3, "17:15", lerato, bathroom, "noise suppression filter plus a bit of foam behind you. and move "
                + "the mic closer, like 10cm");
        re(3, "17:30", ruby, foam, "it was like 40cm away lol. thanks!");
        Post jump = say(4, "19:00", lvClips, ines, "first clip I've ever cut, my jumpscare reaction. is it too long? "
                + "honest feedback please https://clips.example/ines-jumpscare");
        Post six = re(4, "19:30", dmitri, jump, "cut the first 6 seconds, the scream is the hook. otherwise great");
        re(4, "19:40", ines, six, "ohh yes, thanks Dmitri");
        say(5, "18:00", lvLive, dmitri, "chess and chill, live: https://twitch.example/dmitrichess");
        Post panels = say(6, "12:00", lvLounge, dmitri, "random q: do people put schedules on their panels or just "
                + "socials?");
        Post pinned = re(6, "12:20", lerato, panels, "panels and a pinned discord post. socials, nobody sees them");
        re(6, "12:35", dmitri, pinned, "makes sense, doing both");
        say(7, "18:00", lvLive, amaru, "live again, finally building the barn https://twitch.example/amaruplays");
        // W40.
        Post wedding = say(8, "10:00", lvLounge, dmitri, "heads up, off to my sister's wedding in Tbilisi, back Sunday "
                + "night. no streams this week");
        wedding.react("🎉", lerato, ines, amaru);
        re(8, "10:20", lerato, wedding, "have the best time!!");
        Post compressor = say(9, "12:00", lvTech, ines, "@Dmitri Volkov what compressor settings do you use? your voice "
                + "is always so even");
        say(9, "13:00", lvLounge, jasper, "hey everyone! can you all follow me at https://twitch.example/jasperw ? "
                + "trying to hit affiliate by Friday, only need 12 more 🙏");
        say(9, "13:10", lvTech, jasper, "if anyone in here could follow https://twitch.example/jasperw it'd mean a lot, "
                + "12 off affiliate");
        Post ratio = re(9, "14:00", lerato, compressor, "not Dmitri but I run ratio 3:1, threshold -18, works for most "
                + "voices");
        re(9, "14:20", ines, ratio, "trying it tonight, thanks!");
        Post tuesdays = say(10, "17:00", lvLounge, ruby, "anyone else find Tuesdays dead? thinking of moving to "
                + "Wednesdays");
        Post weds = re(10, "17:20", amaru, tuesdays, "Tuesdays are dead for me too, Weds was better");
        re(10, "17:30", ruby, weds, "ok Weds it is");
        say(10, "18:00", lvLive, ruby, "first Wednesday stream! https://twitch.example/rubyachter");
        say(11, "19:00", lvLive, amaru, "live, cosy farming, came back to a dead cow 💀 https://twitch.example/amaruplays");
        Post vertical = say(12, "16:00", lvClips, lerato, "tried a vertical cut for shorts, does the framing work? "
                + "https://clips.example/lerato-vertical");
        Post captions = re(12, "16:30", ruby, vertical, "framing works but the captions cover your face at 0:08");
        re(12, "16:40", lerato, captions, "good catch, moving them");
        Post back = re(14, "21:00", dmitri, compressor, "back! sorry Ines, the wedding was wild. I use ratio 4:1, "
                + "threshold -20, and a limiter at -3 after it");
        re(14, "21:15", ines, back, "welcome back!! thank you");
        // W41.
        Post chatters = say(15, "10:00", lvLounge, jasper, "how do you guys get chatters? I have like 2 viewers and "
                + "neither of them talk");
        Post empty = re(15, "10:20", amaru, chatters, "talk to the empty room like someone's there, ask questions out "
                + "loud. and raid people, they raid back");
        re(15, "10:30", jasper, empty, "ok fair");
        say(17, "19:00", lvLounge, jasper, "live now! come hang: https://twitch.example/jasperw");
        say(17, "19:30", lvLive, dmitri, "back! chess again https://twitch.example/dmitrichess");
        say(18, "18:00", lvLive, lerato, "puzzle night https://twitch.example/leratolive");
        Post clip2 = say(19, "20:00", lvClips, ines, "second clip, cut the intro like Dmitri said. better? "
                + "https://clips.example/ines-clip2");
        re(19, "20:20", dmitri, clip2, "so much better");
        Post speed = say(20, "19:00", lvLounge, jasper, "live now, speedrun attempts, come hang: "
                + "https://twitch.example/jasperw");
        Post room = re(20, "19:40", lerato, speed, "fyi #go-live-pings is the place for these, people check it when "
                + "they're free 🙂");
        re(20, "19:45", jasper, room, "oh sorry, didn't see it");
        Post doubled = say(21, "12:00", lvLounge, ruby, "Wednesday switch update: double the viewers");
        doubled.react("🎉", amaru, lerato);
        Post frames = say(5, "20:00", lvTech, amaru, "stream keeps dropping frames at 6000 bitrate, upload is 10mbps");
        Post wired = re(5, "20:15", lerato, frames, "drop to 4500 to leave headroom, and go wired, not wifi");
        re(5, "20:40", amaru, wired, "wired fixed it 🙏");
        Post watching = say(13, "12:00", lvLounge, amaru, "who's watching anything good? need background for farming");
        Post chess = re(13, "12:10", ruby, watching, "chess vods, Dmitri's obviously");
        re(13, "12:20", amaru, chess, "lol fair");
    }

    /** D. Japanese-exam study group, nobody sells: Sione passes on reading in #resources; Wiktoria posts her sentence
     *  a day; Elif answers asked questions by the next message without a reply link. */
    private void studyGroup() {
        // W39.
        say(1, "07:30", kbResources, sione, "free N4 grammar deck, really clean cards, made by a teacher in Sapporo: "
                + "https://decks.example/n4-grammar-sapporo");
        Post ohayo = say(1, "08:00", kbChat, sione, "おはよう! coffee and kanji, as the name says ☕");
        re(1, "08:20", callum, ohayo, "おはよう! kanji first, coffee second, no wait, other way round");
        say(1, "07:00", kbSentences, wiktoria, "新しいノートを買いました。(ノート notebook) starting fresh for N3");
        say(2, "07:15", kbResources, sione, "graded reader site, levels 0 to 5, with audio: "
                + "https://readers.example/tadoku-free");
        Post tsutsu = say(2, "19:00", kbGrammar, callum, "what's the difference between 〜ながら and 〜つつ? my textbook "
                + "says they're the same");
        Post formal = re(2, "19:30", elif, tsutsu, "same meaning, but つつ is written and formal, and 〜つつある means "
                + "'in the middle of changing'. in speech you'll nearly always hear ながら");
        re(2, "19:45", callum, formal, "ahh that makes sense, thank you");
        say(3, "07:20", kbResources, sione, "this podcast does slow news in Japanese, 10 minute episodes: "
                + "https://pods.example/slow-nihongo");
        say(3, "12:00", kbGrammar, meilin, "@Elif Demir quick one, is it 行ってきます or 行って来ます when I write it?");
        Post kana = say(3, "12:20", kbGrammar, elif, "usually kana, 行ってきます. 来ます in kanji only when it really means "
                + "coming back");
        re(3, "12:30", meilin, kana, "thanks!");
        say(4, "07:10", kbResources, sione, "kanji stroke order animations, searchable: https://kanji.example/strokes");
        Post sioneQ = say(4, "19:00", kbGrammar, sione, "is 〜ておく always 'in advance'? saw 窓を開けておく and it felt "
                + "more like 'leave it open'");
        Post leave = re(4, "19:20", elif, sioneQ, "both! doing something now for later, or leaving a state as it is. "
                + "'leave it open' is right there");
        re(4, "19:30", sione, leave, "ahh ok, thanks Elif");
        say(5, "07:25", kbResources, sione, "official N3 sample questions, good for timing yourself: "
                + "https://jlpt.example/samples/n3");
        Post timer = say(5, "12:00", kbChat, sione, "did the sample with a timer and ran out of time on reading by 8 "
                + "minutes 😅");
        re(5, "12:30", thabo, timer, "same!! I skip the long passage and come back to it now");
        say(6, "08:00", kbResources, sione, "pitch accent explained in 12 minutes by a phonetics lecturer: "
                + "https://videos.example/pitch-accent-basics");
        say(6, "09:00", kbSentences, sione, "試験の前に、時間を計って練習しておきます。(ておく, thanks Elif)");
        // W40: Wiktoria's sentence a day.
        say(8, "07:00", kbSentences, wiktoria, "今日から毎朝走ります。(走る to run) from today I run every morning");
        say(9, "07:05", kbSentences, wiktoria, "雨なので、走りませんでした。(なので)");
        say(9, "12:00", kbResources, thabo, "if anyone's doing N3 listening, this free set by a tutor called Yuki Mori is "
                + "the best I've found, all credit to her: https://listening.example/yuki-mori/n3");
        Post ga = say(9, "20:00", kbGrammar, thabo, "why is it always 誰が and never 誰は?");
        Post newInfo = re(9, "20:25", elif, ga, "the question word is the new information, and が marks new "
                + "information. 誰は would be 'as for who...', which doesn't work");
        re(9, "20:40", thabo, newInfo, "oh that's a great way to put it");
        Post cat = say(10, "07:00", kbSentences, wiktoria, "猫が私の宿題の上で寝ている。(宿題 homework)");
        Post perfect = re(10, "07:30", elif, cat, "寝ている 😂 perfect. and 宿題の上で is exactly right");
        re(10, "07:40", wiktoria, perfect, "yay thank you");
        say(11, "07:10", kbSentences, wiktoria, "このコーヒーは苦すぎる。(苦い bitter)");
        Post tv = say(11, "09:00", kbChat, wiktoria, "does anyone else study with the TV on? or is it just me");
        re(11, "09:20", callum, tv, "podcast in the background, TV is too distracting for me");
        say(12, "07:00", kbSentences, wiktoria, "週末に友達と紅葉を見に行く予定です。(紅葉 autumn leaves)");
        say(12, "18:00", kbGrammar, callum, "@Elif Demir is 〜ようにする the same as 〜ことにする?");
        Post habit = say(12, "18:30", kbGrammar, elif, "no: ことにする is deciding once, ようにする is making it a habit. "
                + "毎日走るようにしている = I try to run every day");
        re(12, "18:40", callum, habit, "got it, so Wiktoria's running sentence wants ようにする 😄");
        say(13, "07:00", kbSentences, wiktoria, "試験まであと二か月しかない!(しか〜ない)");
        Post december = say(13, "19:00", kbChat, wiktoria, "two months to N3 😬 who else is sitting it in December?");
        re(13, "19:10", meilin, december, "me! Osaka venue");
        re(13, "19:15", thabo, december, "me too, Johannesburg");
        say(14, "08:00", kbSentences, wiktoria, "日曜日は何もしないことにした。(ことにする)");
        // W41.
        Post run = say(15, "07:00", kbSentences, wiktoria, "毎朝走るようにしています。(ようにする, thanks Callum)");
        re(15, "07:30", callum, run, "haha 👏");
        Post call = say(16, "12:00", kbChat, meilin, "reading call Saturday? 30 minutes of reading together, no "
                + "pressure");
        re(16, "12:20", sione, call, "I'm in");
        re(16, "12:25", thabo, call, "in");
        say(17, "10:00", kbResources, sione, "N3 vocab frequency list, someone built it from 10 years of past papers: "
                + "https://lists.example/n3-frequency");
        Post wake = say(18, "20:00", kbGrammar, meilin, "why do some sentences end in わけだ?");
        Post noWonder = re(18, "20:30", elif, wake, "わけだ = 'so that's why / no wonder'. 10年日本に住んでいた、上手なわけだ "
                + "= he lived there 10 years, no wonder he's good");
        re(18, "20:35", meilin, noWonder, "no wonder! thanks");
        say(19, "07:00", kbSentences, wiktoria, "雨でも走るようにしている。(でも even if)");
        Post same = say(20, "12:00", kbChat, callum, "reading call was great, same time next week?");
        same.react("👍", meilin, thabo, sione);
        re(20, "12:10", meilin, same, "yes!");
    }

    /** E. Webcomic fandom: Teodor answers a newcomer's first fanart with his commission price, and pushes priced
     *  prints in the talk rooms in W41; Saoirse gives Kofi her shop when asked but leaves her customer Leilani
     *  unanswered. */
    private void fandom() {
        // W39.
        Post ch88 = say(1, "20:00", lfChapter, greta, "CHAPTER 88 IS UP. the lantern went out. I'm not ok");
        ch88.react("😂", kofi, bao);
        re(1, "20:10", kofi, ch88, "Wren knew. she KNEW");
        re(1, "20:15", bao, ch88, "the last panel with the empty harbour 😭");
        say(2, "18:00", lfAlley, saoirse, "Wren + Captain Ilo acrylic charms, double-sided, €12 + shipping: "
                + "https://saoirsedraws.example/charms");
        Post fog = say(2, "19:00", lfFanart, saoirse, "Wren in the harbour fog, after ch 88");
        fog.react("❤️", leilani, kofi, greta);
        re(2, "19:20", leilani, fog, "crying at this");
        Post signal = say(3, "21:00", lfTheories, kofi, "theory: the lantern isn't magic, it's a signal. someone across "
                + "the sea has been answering it");
        Post morse = re(3, "21:20", bao, signal, "the flashing in ch 61!! it was morse!!");
        re(3, "21:30", kofi, morse, "BAO. yes");
        Post ilo = say(4, "16:00", lfFanart, ayse, "hi, first post here 👋 my take on Captain Ilo, still learning hands");
        ilo.react("❤️", saoirse, greta);
        re(4, "16:20", teodor, ilo, "nice lines! I take commissions if you ever want your OC drawn properly, €25 a bust, "
                + "dm me");
        Post folds = re(4, "16:45", greta, ilo, "welcome Ayse! the coat folds are great, hands are hard for everyone");
        re(4, "17:00", ayse, folds, "thank you 🥹");
        say(5, "12:00", lfAlley, teodor, "Lanternfall sticker sheets, 8 designs, €6: https://teodorart.example/stickers");
        Post reread = say(6, "20:00", lfChapter, bao, "rereading from ch 1 before 89 drops, the foreshadowing is insane");
        re(6, "20:30", greta, reread, "the lighthouse in ch 3!!!");
        // W40.
        Post ch89 = say(8, "20:00", lfChapter, greta, "ch 89!!! Ilo's backstory, finally");
        re(8, "20:10", kofi, ch89, "called it. CALLED IT. the signal theory lives");
        Post keys = re(9, "10:00", leilani, fog, "@Saoirse Kavanagh my Wren charm from you came last month and it's on "
                + "my keys every day, everyone asks about it! are you doing a Captain Ilo one in the new coat?");
        keys.react("❤️", kofi);
        Post where = say(10, "14:00", lfTheories, kofi, "@Saoirse Kavanagh where's your shop? I want the harbour print "
                + "for my wall");
        Post prints = re(10, "14:20", saoirse, where, "here! https://saoirsedraws.example/prints thank you 💛");
        re(10, "14:30", kofi, prints, "ordered!");
        Post young = say(10, "20:00", lfFanart, saoirse, "ch 89 Ilo sketch, young and angry");
        young.react("🔥", greta, bao, ayse);
        Post map = say(11, "19:00", lfTheories, saoirse, "is nobody talking about the map in the background of page 4?? "
                + "the harbour is on the wrong side");
        Post mirrored = re(11, "19:20", bao, map, "OH. mirrored. it's the other harbour");
        re(11, "19:30", saoirse, mirrored, "the other harbour!!");
        Post lanternHands = say(12, "18:00", lfFanart, ayse, "tried hands again, Wren holding the lantern");
        lanternHands.react("❤️", greta, saoirse);
        Post fingers = re(12, "18:30", saoirse, lanternHands, "the hands are SO much better, the fingers wrapping the "
                + "handle 👏");
        re(12, "18:45", ayse, fingers, "thank you!! your fog piece was my reference for the light");
        Post daughter = say(13, "12:00", lfChapter, bao, "anyone else think the narrator is Ilo's daughter?");
        re(13, "12:30", greta, daughter, "the handwriting on the letter matches... oh no");
        // W41.
        Post ch90 = say(15, "20:00", lfChapter, greta, "ch 90 and it's a FLASHBACK chapter, cruel");
        say(15, "20:30", lfChapter, teodor, "new Wren sticker sheet, €6 this week only: "
                + "https://teodorart.example/stickers/wren");
        re(16, "20:00", bao, ch90, "the flashback art is softer on purpose I think");
        say(17, "21:00", lfTheories, teodor, "my Ilo print is €15 till Sunday, link here: "
                + "https://teodorart.example/prints/ilo");
        Post letter = say(17, "21:30", lfTheories, kofi, "back to theories: if the narrator is the daughter, who's the "
                + "letter to?");
        re(17, "21:40", greta, letter, "the lighthouse keeper. has to be");
        Post newCoat = say(18, "11:00", lfAlley, saoirse, "Captain Ilo charm, new coat version, €12 + shipping: "
                + "https://saoirsedraws.example/charms");
        re(18, "11:30", leilani, newCoat, "ordered!!");
        Post harbour = say(19, "16:00", lfFanart, bao, "first ever fanart, be kind, it's the harbour");
        harbour.react("❤️", saoirse, ayse, greta);
        re(19, "16:20", ayse, harbour, "the water reflections!!");
        say(20, "19:00", lfChapter, kofi, "2 days till 91, I'm not surviving this");
        say(3, "22:00", lfTheories, greta, "mod note: anything from the early-access pages goes in spoiler tags please, "
                + "not everyone reads ahead");
        Post caught = say(5, "19:00", lfChapter, leilani, "just caught up from ch 1 in 4 days, why did nobody warn me");
        Post pain = re(5, "19:15", kofi, caught, "welcome to the pain");
        re(5, "19:20", leilani, pain, "😭");
        Post ring = say(11, "20:00", lfChapter, kofi, "page 6 of 89, Ilo's mother's ring. it's the same ring Wren has");
        re(11, "20:10", bao, ring, "NO");
        re(11, "20:30", greta, ring, "pinning this");
        Post mapQ = say(16, "21:00", lfTheories, ayse, "has anyone listed every lighthouse appearance? I'd love to "
                + "draw a map of them");
        Post list = re(16, "21:20", bao, mapQ, "ch 3, 17, 44, 61, 88. I keep a list, will add any I missed");
        re(16, "21:30", ayse, list, "thank you!!");
    }

    /** F. A bead supply shop's own server (Odile and Arjun wear Staff): the team posts its stock and codes; Magda's
     *  order question to Arjun waits all of W40 while he posts news, Odile away at a fair and said so; Celeste, a
     *  member, pushes her own bracelet shop with a code twice in W41. */
    private void beadShop() {
        // W39.
        Post autumn = say(1, "10:00", gbNews, odile, "New in: Czech glass autumn mix, 20 colours, and the first restock "
                + "of matte 11/0 seed beads. https://glimmerbead.example/new");
        autumn.react("😍", magda, harriet);
        Post ireland = say(1, "11:00", gbAsk, harriet, "do you ship to Ireland? and is there a minimum order?");
        Post flat = re(1, "11:20", odile, ireland, "we do! no minimum, €4.50 flat to Ireland, free over €40");
        re(1, "11:30", harriet, flat, "perfect, ordering tonight");
        Post cuff = say(2, "15:00", gbMade, magda, "peyote cuff with your matte 11/0s, took 3 evenings");
        cuff.react("❤️", harriet, odile, celeste);
        Post share = re(2, "15:30", arjun, cuff, "that gradient is beautiful Magda! mind if we share it on the shop "
                + "page?");
        re(2, "15:45", magda, share, "of course!");
        Post stretchy = say(3, "19:00", gbChat, tomas, "beginner q: what thread for a stretchy bracelet? mine snapped "
                + "after a day");
        Post elastic = re(3, "19:15", celeste, stretchy, "0.8mm clear elastic, pre-stretch it, and a surgeon's knot "
                + "with a dab of glue");
        re(3, "19:25", tomas, elastic, "pre-stretch! never heard of that, thanks");
        say(4, "09:00", gbNews, arjun, "Weekend sale: 15% off all findings with code CLASP15 till Sunday "
                + "https://glimmerbead.example/findings");
        Post memory = say(5, "12:00", gbAsk, tomas, "is the memory wire steel or something that tarnishes?");
        Post stainless = re(5, "12:30", arjun, memory, "stainless, it won't tarnish. the gold tone is plated though, so "
                + "it can wear where it rubs");
        re(5, "12:40", tomas, stainless, "great, thanks");
        say(5, "16:00", gbNews, odile, "Friday restock: 8/0 seed beads in all 30 colours are back "
                + "https://glimmerbead.example/seed-8");
        Post earrings = say(6, "16:00", gbMade, harriet, "earrings for my sister's wedding, your crystal bicones");
        earrings.react("😍", magda, celeste);
        re(6, "16:30", odile, earrings, "these are stunning, congratulations to your sister!");
        // W40.
        say(8, "08:30", gbNews, odile, "Team note: I'm at the bead trade fair in Munich all week, Arjun has the shop and "
                + "your questions. back Monday with new stock!");
        Post order = say(9, "09:00", gbAsk, magda, "@Arjun Pillai my order #4471 still says processing after 9 days, "
                + "it's the Delica set for my mum's birthday on Saturday. can you check?");
        Post fray = say(9, "18:00", gbChat, celeste, "anyone tried the new matte 11/0s with fireline? mine keeps "
                + "fraying");
        re(9, "18:20", magda, fray, "I use 4lb fireline and cut it with scissors, not a burner. less fraying");
        say(10, "10:00", gbNews, arjun, "Restock! Delica 11/0 in 40 colours is back, plus new bugle beads: "
                + "https://glimmerbead.example/delica");
        Post holidays = say(10, "14:00", gbChat, arjun, "what's everyone making for the holidays? I'm doing tree "
                + "ornaments from the bugle beads");
        Post snow = re(10, "14:20", harriet, holidays, "snowflakes, 30 of them for the school fair 😅");
        re(10, "14:30", arjun, snow, "30! send pics when they're done");
        Post still = re(11, "19:00", magda, order, "@Arjun Pillai hi again, it still says processing, the birthday's "
                + "Saturday 😟");
        say(12, "11:00", gbNews, arjun, "Sneak peek: Odile's found Venetian glass at the fair 👀 in the shop next week");
        Post loom = say(13, "16:00", gbMade, june, "my first loom bracelet, the tension is a bit off");
        loom.react("❤️", magda, harriet, arjun);
        re(13, "16:20", arjun, loom, "first one and it's this neat? lovely");
        // W41.
        say(15, "09:00", gbNews, odile, "Back from Munich! Venetian glass and lampwork beads are in the shop now: "
                + "https://glimmerbead.example/venetian");
        Post sorry = re(15, "09:40", odile, still, "Magda I'm so sorry, I've only just seen this. Your parcel was stuck "
                + "at the sorting office, I've sent a replacement by express this morning and refunded the postage.");
        re(15, "10:00", magda, sorry, "thank you Odile, that's kind. the birthday was Saturday but she'll get it late");
        Post open = say(16, "18:00", gbChat, celeste, "my bracelet shop is finally open!! 15% off everything with code "
                + "GLIMMER15 this week → https://celestebeads.example/shop");
        re(16, "18:20", harriet, open, "congrats!!");
        say(18, "17:00", gbMade, celeste, "new stacking bracelets, all in my shop now, code GLIMMER15 still works: "
                + "https://celestebeads.example/shop/stacks");
        Post alive = say(19, "12:00", gbChat, tomas, "stretchy bracelet update: still alive after a week 💪");
        re(19, "12:15", celeste, alive, "pre-stretch gang");
        Post kids = say(20, "14:00", gbAsk, june, "do you sell loom kits for kids? my daughter wants one after seeing "
                + "mine");
        Post kit = re(20, "14:20", arjun, kids, "we do, the starter loom kit has big beads and a needle that can't "
                + "poke: https://glimmerbead.example/kids-loom");
        re(20, "14:30", june, kit, "ordering, thank you");
        Post store = say(2, "20:00", gbChat, harriet, "how do you all store seed beads? my tubes are everywhere");
        Post tackle = re(2, "20:20", magda, store, "a tackle box with little jars, labelled by size");
        re(2, "20:30", harriet, tackle, "ooh, tackle box");
        Post starter = say(6, "10:00", gbAsk, june, "hi! is there a beginner kit for loom beading?");
        Post set = re(6, "10:30", odile, starter, "yes, the loom starter set has everything for 3 bracelets: "
                + "https://glimmerbead.example/loom-starter");
        re(6, "10:40", june, set, "ordered, thank you!");
        Post nymo = say(12, "15:00", gbChat, tomas, "what's the difference between fireline and nymo?");
        Post braided = re(12, "15:20", celeste, nymo, "fireline is braided and doesn't stretch, nymo is nylon and "
                + "softer. for stitching I use fireline");
        re(12, "15:30", tomas, braided, "thanks!");
        Post arrived = say(19, "13:00", gbMade, magda, "the replacement arrived! mum's birthday bracelet, done at last");
        arrived.react("❤️", odile, harriet);
        re(19, "13:30", odile, arrived, "she's lucky, that's beautiful");
    }

    /** G. Lo-fi beat makers: beats posted for critique; Lucia offers her mixing when Tendai asks for a
     *  recommendation; Oskar puts his leases with a price in the chat and the flip room in W40. */
    private void beats() {
        // W39.
        Post crackle = say(1, "21:00", dvStudio, kenji, "what's everyone's go-to for vinyl crackle? tired of the plugin "
                + "sound");
        Post groove = re(1, "21:20", zara, crackle, "record 30s of an actual run-out groove and loop it. nothing beats "
                + "it");
        Post player = re(1, "21:30", kenji, groove, "I don't own a record player 😂");
        re(1, "21:35", zara, player, "charity shops! a £10 one is fine for this");
        Post stiff = say(2, "19:00", dvFeedback, marcus, "lofi beat, the drums feel stiff to me, what would you change? "
                + "https://sound.example/marcus/rainy-tuesday");
        Post swing = re(2, "19:40", kenji, stiff, "swing the hats 55-58%, and drop the kick velocity on the offbeats");
        re(2, "19:50", marcus, swing, "58% swing fixed it, wow");
        Post psych = say(3, "20:00", dvFlips, zara, "this week's flip: a 70s Turkish psych sample, chopped to bits "
                + "https://sound.example/zara/flip-39");
        psych.react("🔥", kenji, marcus);
        Post lofiVersions = say(4, "18:00", dvCollab, tendai, "singer-songwriter here, looking for a producer to make 2 "
                + "lofi versions of my acoustic songs. can pay");
        re(4, "18:30", marcus, lofiVersions, "sent you a DM, I'd be up for it");
        Post soul = say(5, "20:00", dvFlips, kenji, "flip 39, a soul vocal pitched down "
                + "https://sound.example/kenji/flip39");
        re(5, "20:30", zara, soul, "the pitch-down on the 'baby' is so good");
        Post ep = say(6, "14:00", dvStudio, tendai, "any recommendations for someone to mix and master a 4-song EP? "
                + "first time doing it properly");
        Post mix = re(6, "14:30", lucia, ep, "I mix and master, £60 a song or £200 for all 4, samples here: "
                + "https://luciamix.example/portfolio. happy to do a free test mix of one chorus first");
        re(6, "15:00", tendai, mix, "ooh, sending you a stem");
        re(6, "15:10", kenji, ep, "Lucia did my last EP, can vouch");
        // W40.
        say(8, "17:00", dvStudio, oskar, "new lofi beat pack out, 10 beats, leases $30 each, DM me");
        Post bristol = say(8, "17:20", dvStudio, zara, "anyone going to the sample swap meet in Bristol on the 16th?");
        re(8, "17:40", kenji, bristol, "yep, bringing a crate");
        Post bridge = say(9, "20:00", dvFeedback, marcus, "second try, swung the hats and added a bass line. the bridge "
                + "still feels empty, ideas? https://sound.example/marcus/rainy-tuesday-v2");
        Post hum = re(9, "20:30", zara, bridge, "a pad or a vocal chop in the bridge, even just a hum");
        re(9, "20:40", marcus, hum, "a hum! going to record one");
        Post clash = say(10, "18:00", dvFeedback, kenji, "mix question on mine: does the bass clash with the kick? "
                + "https://sound.example/kenji/late-train");
        Post sixty = re(10, "18:30", marcus, clash, "a bit around 60Hz, sidechain the bass lightly");
        re(10, "18:40", kenji, sixty, "ah yeah, that's better");
        Post bossa = say(11, "21:00", dvFlips, oskar, "flip 40: Brazilian bossa sample, full beat for lease $30 here: "
                + "https://oskarbeats.example/leases");
        re(11, "21:30", kenji, bossa, "the chop at 0:40 is tasty");
        Post vocalist = say(12, "19:00", dvCollab, lucia, "looking for a vocalist for a lofi jazz track I'm producing, "
                + "any voice, 50/50 split");
        Post alto = re(12, "19:30", tendai, vocalist, "could I try? my range is alto");
        re(12, "19:45", lucia, alto, "yes! sending you the demo");
        Post cartoon = say(13, "20:00", dvFlips, marcus, "flip 40, a cartoon theme, don't judge "
                + "https://sound.example/marcus/flip40");
        cartoon.react("😂", zara, kenji);
        // W41.
        Post cried = say(15, "19:00", dvStudio, tendai, "EP mixes from Lucia are back and I actually cried. thank you "
                + "@Lucia Ferreyra 🙏");
        re(15, "19:20", lucia, cried, "it was a joy, your songs made it easy 💛");
        Post crate = say(16, "12:00", dvStudio, kenji, "swap meet haul: 14 records for £20");
        crate.react("🔥", zara, marcus);
        Post intro = say(17, "20:00", dvFeedback, oskar, "honest feedback please, is the intro too long on this one? "
                + "https://sound.example/oskar/harbour");
        Post cut = re(17, "20:30", zara, intro, "yeah, cut to 0:12, the loop is strong enough");
        re(17, "20:40", oskar, cut, "cheers, will do");
        say(18, "19:00", dvFlips, zara, "flip 41 https://sound.example/zara/flip-41");
        Post crash = say(19, "21:00", dvStudio, oskar, "does anyone else's DAW crash loading big sample libraries? 32GB "
                + "RAM and still");
        Post freeze = re(19, "21:15", marcus, crash, "freeze the tracks you're not using, or load samples in chunks");
        re(19, "21:30", oskar, freeze, "freezing did it, thanks");
        Post cityPop = say(20, "20:00", dvFlips, kenji, "flip 41, a city-pop intro https://sound.example/kenji/flip41");
        cityPop.react("🔥", zara, marcus);
        Post box = say(7, "12:00", dvStudio, zara, "sunday question: hardware sampler or all in the box?");
        re(7, "12:20", kenji, box, "box, my flat is tiny");
        re(7, "12:30", marcus, box, "sampler for sketching, box for finishing");
        re(7, "12:45", zara, box, "same, honestly");
        Post humDone = re(14, "20:00", marcus, hum, "recorded the hum for the bridge. it works. thank you Zara");
        re(14, "20:15", zara, humDone, "told you!!");
        Post reverb = say(21, "11:00", dvStudio, kenji, "anyone know a good free reverb? my old one died with the "
                + "update");
        Post plate = re(21, "11:20", zara, reverb, "the free plate one in the pinned tools list, it's fine for lofi");
        re(21, "11:30", kenji, plate, "found it, thanks");
    }

    /** H. Printable shop owners: sellers among sellers, critiques on request; Ahmed helps all through W40; Henrik, new,
     *  answers Priyanka's first listing with a demo of his tool to book. */
    private void printables() {
        // W39.
        Post slump = say(1, "10:00", psShop, colette, "October slump or is it just me? views are down 30%");
        Post rush = re(1, "10:20", ahmed, slump, "same, it happens every year before the planner rush in November");
        re(1, "10:30", colette, rush, "ok that's comforting");
        Post longTail = say(2, "14:00", psSeo, wanjiru, "do long-tail tags still work? like 'undated minimalist weekly "
                + "planner pdf'");
        Post mixTags = re(2, "14:20", ahmed, longTail, "yes, but mix in 2-3 short ones. long tails in the title, "
                + "shorter in the tags");
        re(2, "14:30", wanjiru, mixTags, "thank you");
        Post hundred = say(3, "09:00", psWins, gabriela, "100th sale on my budget binder!! started in March");
        hundred.react("🎉", colette, ahmed, wanjiru);
        re(3, "09:20", colette, hundred, "huge!! congrats");
        Post meal = say(4, "16:00", psCritique, wanjiru, "my meal planner listing gets clicks but no sales. is the first "
                + "photo too busy? https://marketplace.example/listing/meal-planner-wk");
        Post hero = re(4, "16:30", gabriela, meal, "yes, one hero image of the planner on a tablet, then the details. "
                + "and your price is hidden until photo 6");
        re(4, "16:40", wanjiru, hero, "ahh fixing both");
        Post newHere = say(5, "11:00", psShop, henrik, "hi all, new here. I build tools for people who sell digital "
                + "products");
        re(5, "11:20", colette, newHere, "welcome!");
        // W40: Ahmed helps all week.
        Post nudge = say(8, "09:00", psShop, ahmed, "reminder to self and all: holiday listings need to be up by mid "
                + "October for search to pick them up");
        Post thisWeek = re(8, "09:20", colette, nudge, "mine go up this week, thanks for the nudge");
        re(8, "09:30", ahmed, thisWeek, "send me the links when they're up, happy to look");
        Post christmas = say(9, "13:00", psSeo, colette, "should I put 'Christmas' or 'holiday' in the title?");
        Post both = re(9, "13:15", ahmed, christmas, "both if it reads naturally. 'Christmas' gets far more searches in "
                + "the UK and US");
        re(9, "13:25", colette, both, "both it is");
        Post tags = say(10, "15:00", psCritique, colette, "holiday gift tags listing, honest thoughts? "
                + "https://marketplace.example/listing/gift-tags-24");
        Post sentence = re(10, "15:30", ahmed, tags, "photo 1 is great. the title is 140 characters of keywords though, "
                + "make the first 40 read like a sentence");
        Post rewriting = re(10, "15:40", colette, sentence, "rewriting now");
        re(10, "16:00", ahmed, rewriting, "ping me when it's done");
        Post three = say(11, "10:00", psWins, wanjiru, "meal planner: 3 sales the day after I changed the photo!!");
        three.react("🎉", gabriela, ahmed);
        re(11, "10:15", ahmed, three, "told you the hero shot matters 🎉");
        re(11, "10:30", gabriela, three, "yesss");
        Post alt = say(12, "14:00", psSeo, gabriela, "anyone know if the marketplace reads alt text for search?");
        Post screen = re(12, "14:20", ahmed, alt, "not that I've seen, but write it anyway, it's for people using "
                + "screen readers");
        re(12, "14:30", gabriela, screen, "good point");
        Post bundle = say(13, "11:00", psShop, ahmed, "anyone else doing a bundle for Black Friday? thinking planner + "
                + "stickers");
        Post forty = re(13, "11:20", gabriela, bundle, "yes! bundles were 40% of my sales last year");
        re(13, "11:30", ahmed, forty, "40%!! ok, doing it");
        Post swap = say(14, "09:00", psShop, ahmed, "@Wanjiru Kamau want to swap bundle ideas? our stuff doesn't "
                + "compete");
        re(14, "09:20", wanjiru, swap, "yes! I'll message you tonight");
        // W41.
        Post sage = say(15, "10:00", psCritique, priyanka, "hi everyone, first post! I just listed my first digital "
                + "planner. would love honest feedback on the listing: "
                + "https://marketplace.example/listing/sage-planner-2028");
        re(15, "10:20", henrik, sage, "nice start! your mockups look a bit flat though. we built a mockup tool that "
                + "fixes exactly that, book a demo here: https://mockly.example/book");
        Post undated = re(15, "10:45", ahmed, sage, "welcome! the cover is lovely. I'd put '2028' at the start of the "
                + "title, and show an inside page in photo 2");
        re(15, "11:00", priyanka, undated, "thank you, that's really useful");
        Post guide = say(16, "12:00", psWins, gabriela, "got picked for the marketplace's autumn gift guide!!! 😭");
        guide.react("🎉", ahmed, colette, priyanka);
        re(16, "12:20", priyanka, guide, "amazing, congrats!");
        Post thirteen = say(17, "14:00", psSeo, priyanka, "how many tags do you actually use? all 13?");
        Post all = re(17, "14:20", colette, thirteen, "all 13, every time, and don't repeat the title words");
        re(17, "14:30", priyanka, all, "all 13, got it");
        Post video = say(18, "10:00", psShop, henrik, "anyone here tried video listings? curious if they convert");
        re(18, "10:20", wanjiru, video, "mine did slightly better, a 10 second flip-through");
        Post first = say(19, "16:00", psWins, priyanka, "first sale!!! 🥹");
        first.react("🎉", ahmed, gabriela, colette, wanjiru);
        re(19, "16:10", ahmed, first, "the first one is the best one 🎉");
        Post ads = say(6, "15:00", psSeo, colette, "does anyone use the marketplace's ads? worth £1 a day?");
        Post launch = re(6, "15:20", gabriela, ads, "for 2 weeks around a launch, then off");
        re(6, "15:30", colette, launch, "thanks");
        Post upNow = say(20, "10:00", psShop, colette, "holiday listings are up, all 9 of them 😮‍💨");
        Post look = re(20, "10:20", ahmed, upNow, "🎉 send me the links, I'll look");
        re(20, "10:30", colette, look, "in your DMs");
    }

    static Map<String, String> files() {
        return new HeldOutScenes56Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 56");
    }
}
