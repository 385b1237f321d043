package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 42 (sealed): eight communities (Christmas-market stallholders, a yarn-dyers' circle, a bookkeeping
 * Q&amp;A for freelancers, a board-game café's own server, mechanical-keyboard hobbyists, a community choir, a web
 * designers' mastermind, van-conversion builders), over three ISO weeks (2026-W50 to W52), written and labelled by
 * writer42 (session 31) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-42.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes42Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 12, 7);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 12, 28, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-42";

    // --- A. Christmas-market stallholders ---
    private final String market = cast.guild(691);
    private final Channel mkChat = cast.channel(market, "Lantern Square Winter Market", "stallholders",
            "chat for this year's stallholders: setup, weather, moaning about the wind", "mk-stallholders.json");
    private final Channel mkInfo = cast.channel(market, "Lantern Square Winter Market", "pitch-info",
            "pitch allocations, load-in times and rules, posted by the organisers", "mk-pitch-info.json");
    private final Channel mkSpares = cast.channel(market, "Lantern Square Winter Market", "swap-and-spares",
            "lend, borrow or swap kit between stalls: gazebos, weights, heaters, cables", "mk-swap.json");
    private final Channel mkIntro = cast.channel(market, "Lantern Square Winter Market", "introductions",
            "new stallholder? introduce yourself and your stall", "mk-introductions.json");
    private final Persona henrietta = cast.person("henrietta.vale", "Henrietta Vale");
    private final Persona dorian = cast.person("dorian.candles", "Dorian Pike");
    private final Persona saoirse = cast.person("saoirse.k", "Saoirse Kinsella");
    private final Persona juergen = cast.person("juergen.holz", "Jürgen Albrecht");
    private final Persona bea = cast.person("bea.soaps", "Bea Okafor");
    private final Persona callum = cast.person("callum.crepes", "Callum Reid");
    private final Persona nadia = cast.person("nadia.f", "Nadia Farouk");

    // --- B. yarn-dyers' circle ---
    private final String skein = cast.guild(692);
    private final Channel dyGeneral = cast.channel(skein, "Skein & Dye Circle", "general",
            "knitters, crocheters and dyers chatting", "dy-general.json");
    private final Channel dyHelp = cast.channel(skein, "Skein & Dye Circle", "dye-help",
            "dyeing questions: acid dyes, natural dyes, safety", "dy-dye-help.json");
    private final Channel dyShop = cast.channel(skein, "Skein & Dye Circle", "shop-updates",
            "dyers: post your restocks and shop news here, one post per update please", "dy-shop-updates.json");
    private final Persona marigold = cast.person("marigold.dyes", "Marigold Pennock");
    private final Persona ottilie = cast.person("ottilie.g", "Ottilie Grange");
    private final Persona freya = cast.person("freya.knits", "Freya Lund");
    private final Persona tamsin = cast.person("tamsin.hale", "Tamsin Hale");
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho");
    private final Persona harriet = cast.person("harriet.v", "Harriet Voss");

    // --- C. bookkeeping Q&A for freelancers ---
    private final String ledger = cast.guild(693);
    private final Channel lgAsk = cast.channel(ledger, "Ledger Lounge", "ask-anything",
            "freelancers ask about books, tax and invoicing; the accountants and bookkeepers here answer as "
                    + "volunteers", "lg-ask-anything.json");
    private final Channel lgGeneral = cast.channel(ledger, "Ledger Lounge", "general",
            "off-topic, moaning about HMRC, coffee", "lg-general.json");
    private final Channel lgOffers = cast.channel(ledger, "Ledger Lounge", "offers",
            "accountants and bookkeepers: post your services here, once a month", "lg-offers.json");
    private final Persona gideon = cast.person("gideon.aca", "Gideon Marsh");
    private final Persona yvonne = cast.person("yvonne.books", "Yvonne Achterberg");
    private final Persona kwame = cast.person("kwame.shoots", "Kwame Asante");
    private final Persona elodie = cast.person("elodie.draws", "Elodie Brun");
    private final Persona shona = cast.person("shona.words", "Shona McRae");
    private final Persona teodor = cast.person("teodor.dev", "Teodor Ilic");
    private final Channel dmTeodor = cast.dm(teodor, "lg-dm-teodor.json");

    // --- D. a board-game café's own server ---
    private final String meeple = cast.guild(694);
    private final Role staff = cast.role("Staff", "#2ecc71", 2);
    private final Channel bgNews = cast.channel(meeple, "The Meeple Nook", "announcements",
            "news from the Meeple Nook team", "bg-announcements.json");
    private final Channel bgCounter = cast.channel(meeple, "The Meeple Nook", "ask-the-counter",
            "bookings, vouchers, opening hours, lost property: our staff answer here", "bg-counter.json");
    private final Channel bgPlayers = cast.channel(meeple, "The Meeple Nook", "looking-for-players",
            "find players for a game night at the café", "bg-looking-for-players.json");
    private final Channel bgGeneral = cast.channel(meeple, "The Meeple Nook", "general",
            "chat about games, anything goes", "bg-general.json");
    private final Persona lucinda = cast.person("lucinda.nook", "Lucinda Barrow", staff);
    private final Persona rafferty = cast.person("raff.nook", "Rafferty Quinn", staff);
    private final Persona hamish = cast.person("hamish.d", "Hamish Doyle");
    private final Persona meiLin = cast.person("meilin.z", "Mei Lin Zhou");
    private final Persona arjun = cast.person("arjun.m", "Arjun Mehta");
    private final Persona fenella = cast.person("fenella.c", "Fenella Crisp");
    private final Persona tobias = cast.person("tobias.designs", "Tobias Engel");

    // --- E. mechanical-keyboard hobbyists ---
    private final String switches = cast.guild(695);
    private final Channel kbGeneral = cast.channel(switches, "Switch & Stab", "general",
            "keyboard chat", "kb-general.json");
    private final Channel kbBuys = cast.channel(switches, "Switch & Stab", "group-buys",
            "GB and IC threads; vendors and GB runners welcome", "kb-group-buys.json");
    private final Channel kbHelp = cast.channel(switches, "Switch & Stab", "help-and-mods",
            "troubleshooting, lubing, modding", "kb-help.json");
    private final Channel kbDesk = cast.channel(switches, "Switch & Stab", "desk-pics",
            "show your boards", "kb-desk-pics.json");
    private final Persona leopold = cast.person("leo.fjord", "Leopold Franke");
    private final Persona cosima = cast.person("cosima.lubes", "Cosima Reyes");
    private final Persona barnaby = cast.person("barnaby.h", "Barnaby Holt");
    private final Persona quentin = cast.person("quentin.a", "Quentin Ashby");
    private final Persona yusuf = cast.person("yusuf.mod", "Yusuf Demir");
    private final Persona anouk = cast.person("anouk.dv", "Anouk de Vries");
    private final Channel dmBarnaby = cast.dm(barnaby, "kb-dm-barnaby.json");

    // --- F. community choir ---
    private final String choir = cast.guild(696);
    private final Channel chGeneral = cast.channel(choir, "Harbourside Community Choir", "general",
            "chat for choir members", "ch-general.json");
    private final Channel chRehearsals = cast.channel(choir, "Harbourside Community Choir", "rehearsals",
            "rehearsal notes, part tracks, absences", "ch-rehearsals.json");
    private final Channel chRota = cast.channel(choir, "Harbourside Community Choir", "carol-rota",
            "volunteer shifts for the carol collections in town: sign up on the sheet", "ch-carol-rota.json");
    private final Persona imelda = cast.person("imelda.r", "Imelda Rourke");
    private final Persona percival = cast.person("percival.sec", "Percival Stone");
    private final Persona marjorie = cast.person("marjorie.alto", "Marjorie Tull");
    private final Persona ezra = cast.person("ezra.bass", "Ezra Bloom");
    private final Persona ngozi = cast.person("ngozi.e", "Ngozi Eze");
    private final Persona sunniva = cast.person("sunniva.d", "Sunniva Dahl");

    // --- G. small-business web designers' mastermind ---
    private final String pixel = cast.guild(697);
    private final Channel wdIntro = cast.channel(pixel, "Pixel & Profit Mastermind", "introductions",
            "new here? introduce yourself", "wd-introductions.json");
    private final Channel wdGeneral = cast.channel(pixel, "Pixel & Profit Mastermind", "general",
            "members' chat: clients, tools, pricing", "wd-general.json");
    private final Channel wdHotSeat = cast.channel(pixel, "Pixel & Profit Mastermind", "hot-seat",
            "bring a problem or your work, get honest feedback", "wd-hot-seat.json");
    private final Channel wdWins = cast.channel(pixel, "Pixel & Profit Mastermind", "wins",
            "share your wins, big or small", "wd-wins.json");
    private final Persona delphine = cast.person("delphine.m", "Delphine Morrow");
    private final Persona rasmus = cast.person("rasmus.k", "Rasmus Kjeldsen");
    private final Persona ayesha = cast.person("ayesha.q", "Ayesha Qureshi");
    private final Persona florian = cast.person("florian.beck", "Florian Beck");
    private final Persona mateo = cast.person("mateo.s", "Mateo Serrano");
    private final Persona bettina = cast.person("bettina.bakes", "Bettina Lowe");
    private final Persona corin = cast.person("corin.h", "Corin Haddad");
    private final Channel dmMateo = cast.dm(mateo, "wd-dm-mateo.json");

    // --- H. van-conversion builders ---
    private final String vans = cast.guild(698);
    private final Channel vnGeneral = cast.channel(vans, "Vanlife Builders Collective", "general",
            "chat, meetups, road stories", "vn-general.json");
    private final Channel vnHelp = cast.channel(vans, "Vanlife Builders Collective", "build-help",
            "ask anything about your build: electrics, insulation, gas, water", "vn-build-help.json");
    private final Channel vnShow = cast.channel(vans, "Vanlife Builders Collective", "show-your-van",
            "show off your builds, progress pics welcome", "vn-show-your-van.json");
    private final Channel vnPro = cast.channel(vans, "Vanlife Builders Collective", "pro-corner",
            "professional converters answer questions here; no ads please", "vn-pro-corner.json");
    private final Persona thorsten = cast.person("thorsten.w", "Thorsten Wilde");
    private final Persona maddox = cast.person("maddox.volts", "Maddox Kerr");
    private final Persona poppy = cast.person("poppy.a", "Poppy Ashdown");
    private final Persona iggy = cast.person("iggy.v", "Iggy Varga");
    private final Persona linnea = cast.person("linnea.b", "Linnea Berg");
    private final Persona selwyn = cast.person("selwyn.van", "Selwyn Pryce");
    private final Persona dervla = cast.person("dervla.m", "Dervla Moran");

    private HeldOutScenes42Script() {
        super(new SceneIds(31600), FIRST_MONDAY, 21);
        market();
        dyers();
        bookkeeping();
        cafe();
        keyboards();
        choir();
        designers();
        vanBuilders();
        sideThreads();
    }

    /** File name to DiscordChatExporter JSON, for every channel of the round. */
    static Map<String, String> files() {
        return new HeldOutScenes42Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 42");
    }

    private void market() {
        // Week 1 (W50).
        Post sheet = say(1, "08:30", mkInfo, henrietta, "Morning all! Pitch allocations for the last two weekends are "
                + "on the sheet, please check your number and load-in slot: "
                + "https://docs.example/forms/lantern-pitches");
        sheet.react("👍", saoirse, callum, nadia);
        Post weights = say(1, "09:40", mkChat, saoirse, "how heavy do gazebo weights need to be for the square? mine "
                + "are 10kg and I nearly took off on Saturday");
        say(1, "09:55", mkChat, nadia, "who decided December should be this windy?! lost half my earring cards");
        say(1, "10:02", mkChat, juergen, "Moin zusammen. my toy stall roof is also flapping, I use water barrels");
        re(1, "10:10", nadia, weights, "no idea sorry, I'm in the hall this year 😅");
        Post sale = say(2, "11:00", mkChat, dorian, "Quiet Tuesday so: my online shop's Christmas sale is on, 20% off "
                + "all soy candles with code LANTERN20 → https://pikecandles.example/shop");
        say(2, "11:30", mkChat, callum, "anyone else's card reader dying in the cold? mine goes flat by 3pm");
        say(2, "12:05", mkChat, juergen, "keep it in your inside pocket between customers, works for me");
        say(2, "12:08", mkChat, callum, "genius, cheers Jürgen");
        say(2, "19:00", mkChat, callum, "saoirse: 15kg a leg minimum, the council bloke checks on Saturdays. I "
                + "borrowed extra from Nadia last year");
        say(2, "19:20", mkChat, saoirse, "ah thanks Callum, that explains the fine-ish look he gave me");
        joins(3, "08:00", mkIntro, bea);
        Post beaHi = say(3, "08:15", mkIntro, bea, "Hi everyone! I'm Bea, I make goat's milk soaps and I've got the "
                + "pitch by the fountain from this weekend. First market ever, terrified. Shop's here if you're "
                + "curious: https://beasoaps.example");
        re(3, "08:40", henrietta, beaHi, "Welcome Bea! Load-in is from 7, come find me at the info hut and I'll "
                + "show you round");
        re(3, "09:10", juergen, beaHi, "Willkommen! you will be fine, the fountain pitch is a good one");
        re(3, "09:30", bea, beaHi, "thank you both 🥹 see you Saturday");
        say(3, "13:00", mkInfo, henrietta, "Update: 2 pitches left for the weekend of the 19th, first come first "
                + "served on the sheet: https://docs.example/forms/lantern-pitches");
        say(4, "10:00", mkSpares, dorian, "anyone got a spare extension reel? and while I'm here, last-minute gifts "
                + "sorted: my candles are still 20% off online → https://pikecandles.example/shop");
        Post reel = say(4, "10:20", mkSpares, nadia, "I've got a 25m reel you can borrow, it's in my van");
        re(4, "10:35", dorian, reel, "legend, thank you");
        say(4, "15:00", mkInfo, henrietta, "All pitches for the 19th are taken now, thank you! Waiting list is on "
                + "the same sheet: https://docs.example/forms/lantern-pitches");
        say(4, "16:00", mkChat, saoirse, "weights sorted, borrowed two off Callum, he's a saint");
        say(5, "18:00", mkChat, nadia, "forecast says 50mph gusts Saturday 🙃 are we even opening?");
        say(5, "18:40", mkInfo, henrietta, "Saturday is ON unless the council says otherwise. I'll post here by "
                + "7am if that changes. Tie everything down!");
        say(6, "07:05", mkInfo, henrietta, "All go, wind's dropped. See you out there ❄️");
        say(6, "17:30", mkChat, bea, "survived my first day!! sold 40 bars. thank you Jürgen for the hot chocolate");
        say(6, "17:45", mkChat, juergen, "gern geschehen 😊 told you");
        say(7, "20:00", mkChat, callum, "crepe batter count: 600. I never want to see a pancake again");
        // Week 2 (W51).
        Post heater = say(8, "09:00", mkSpares, saoirse, "does anyone have a patio heater they're not using on the "
                + "19th? happy to pay for the gas");
        say(8, "14:00", mkSpares, juergen, "Saoirse I have one, gas bottle is half full, you can have it for free "
                + "if you bring me a Glühwein 😉");
        re(8, "14:20", saoirse, heater, "deal!! large one, with a cinnamon stick");
        say(9, "10:00", mkChat, dorian, "anyone know if the square has wifi near the south pitches? my card reader "
                + "needs it");
        say(9, "10:30", mkChat, henrietta, "Dorian: no wifi, sorry, but the south side gets good 4G");
        say(10, "12:00", mkChat, nadia, "Bea your lavender bars are dangerous, I bought three for my mum");
        say(10, "12:15", mkChat, bea, "haha thank you!! she has good taste");
        say(11, "08:00", mkInfo, henrietta, "Reminder: the 19th is our late night, we stay open till 9. Load-in "
                + "as usual");
        say(13, "21:30", mkChat, callum, "late night done. legs gone. worth it");
        // Week 3 (W52).
        say(15, "09:00", mkInfo, henrietta, "That's a wrap for this year! Thank you all. Feedback form for next "
                + "year is on the same sheet, takes 2 minutes");
        say(15, "10:00", mkChat, dorian, "what a season. thanks Henrietta for herding us");
        say(15, "10:20", mkChat, saoirse, "Frohe Weihnachten Jürgen! the heater saved my hands");
        say(15, "11:00", mkChat, juergen, "Frohe Weihnachten everyone 🎄");
    }

    private void dyers() {
        // Week 1 (W50).
        say(2, "09:00", dyShop, marigold, "Restock Tuesday! Sea Glass, Bramble and Peat Smoke are back in DK and "
                + "4ply, £19 a skein: https://marigolddyeworks.example/collections/restock");
        Post sweater = say(3, "10:00", dyGeneral, freya, "@Marigold Pennock I bought the Sea Glass skeins from you at "
                + "Woolfest and I'm obsessed. any chance of a sweater's worth (6 in the same lot) before Christmas?");
        re(3, "12:10", marigold, sweater, "Freya!! yes, I'm dyeing Thursday, I'll set 6 aside from one pot for you "
                + "and message you when they're dry 💛");
        re(3, "12:30", freya, sweater, "you're the best");
        say(3, "15:00", dyGeneral, harriet, "is it just me or is every pattern this year a yoke sweater");
        say(3, "15:05", dyGeneral, freya, "it's not just you. I have four yokes queued 🙈");
        Post bases = say(4, "11:00", dyHelp, ines, "does anyone in the EU sell undyed bases? shipping from the UK "
                + "since Brexit is a nightmare, I paid €14 customs on two skeins");
        re(4, "13:00", ottilie, bases, "I do, I'm in Porto actually! undyed merino DK is €9 per 100g, blanks and "
                + "mini skeins too: https://grangefibre.example/undyed");
        re(4, "13:20", ines, bases, "Que bom! obrigada, ordering tonight 😊");
        Post gloves = say(5, "19:00", dyHelp, harriet, "which gloves do you all use? nitrile keeps splitting on me");
        re(5, "19:30", marigold, gloves, "heavy duty dishwashing gloves over thin nitrile. ugly but nothing gets "
                + "through");
        re(5, "19:40", harriet, gloves, "oh that's clever, thanks");
        say(6, "10:00", dyGeneral, marigold, "Freya's 6 are drying on the rack, they came out a bit greener than the "
                + "last lot, hope that's ok!");
        say(6, "10:30", dyGeneral, freya, "greener is better honestly");
        // Week 2 (W51).
        Post patchy = say(8, "20:00", dyHelp, tamsin, "first time acid dyeing and my colours came out really patchy?? "
                + "what did I do wrong");
        re(8, "20:40", ottilie, patchy, "Usually the yarn wasn't soaked long enough, or the dye went in too fast. "
                + "Soak at least an hour with a drop of wool wash, and add dye before the acid");
        re(8, "20:50", tamsin, patchy, "thank you!!");
        Post exhaust = say(9, "18:00", dyHelp, tamsin, "ok round 2: now the water stays coloured at the end, it just "
                + "won't exhaust. is the dye broken");
        re(9, "18:30", ottilie, exhaust, "Not broken! Usually it needs more acid or more time at temperature. What "
                + "ratio of citric acid did you use, and which base was it, superwash? I'm trying to work out if "
                + "it's the base");
        say(9, "18:45", dyShop, ottilie, "Small update: undyed DK back in stock, and I'm shipping EU orders until "
                + "the 18th for Christmas");
        Post speckle = say(10, "21:00", dyHelp, tamsin, "how do you get speckles? like tiny dots of colour");
        re(10, "21:30", ottilie, speckle, "Sprinkle dry dye powder on damp yarn, then steam. Still curious about "
                + "your citric ratio btw, it would help me with the exhaust question");
        re(10, "21:35", tamsin, speckle, "thanks!!! trying this weekend");
        Post onion = say(10, "22:00", dyHelp, ines, "anyone dye with onion skins? mine went muddy brown instead of "
                + "orange");
        Post pot = say(11, "19:00", dyHelp, tamsin, "can I use the same pot for cooking afterwards if I wash it well?");
        re(11, "19:20", ottilie, pot, "No 😅 dedicated pots only, even with food-safe acid dyes. Charity shop pots "
                + "are perfect");
        re(11, "19:25", tamsin, pot, "oh good to know, thank you so much");
        re(11, "20:00", marigold, onion, "Alum mordant first, and yellow skins only, the red ones go brown for me too");
        re(11, "20:15", ines, onion, "ahh no mordant, that's it. obrigada Marigold");
        say(12, "10:00", dyShop, marigold, "Last dye day before Christmas is Sunday. Anything ordered by Friday "
                + "ships Monday: https://marigolddyeworks.example/collections/restock");
        say(12, "11:00", dyGeneral, harriet, "yoke sweater no. 2 off the needles. only two more to go 😂");
        say(13, "16:00", dyGeneral, tamsin, "my speckles came out amazing!!! thank you this server is the best");
        // Week 3 (W52).
        say(15, "10:00", dyGeneral, freya, "wearing the Sea Glass sweater to Christmas dinner, Marigold you're a "
                + "genius");
        say(15, "10:40", dyGeneral, marigold, "Freya that's made my whole week, send a photo!");
        say(16, "09:00", dyGeneral, harriet, "shop updates are quiet, are all the dyers asleep?");
        say(16, "09:30", dyGeneral, ottilie, "asleep in a pile of orders, yes 😴");
    }

    private void bookkeeping() {
        // Week 1 (W50).
        say(1, "08:45", lgGeneral, gideon, "Heads up: I'm buried in a client's year-end until Wednesday evening, so "
                + "slow to answer till then. Be good.");
        Post mileage = say(1, "14:00", lgAsk, kwame, "@Gideon Marsh quick one, can I claim mileage when I drive my "
                + "own car to shoots? or do I have to put the car through the business");
        Post paypal = say(2, "10:00", lgAsk, elodie, "how do I record PayPal fees? the client paid 500 but I got 482");
        re(2, "10:30", yvonne, paypal, "Record the 500 as income and the 18 as a bank charge expense. Your books "
                + "then match the invoice and the fee is still deductible");
        re(2, "10:35", elodie, paypal, "ahh that makes sense, merci!!");
        say(2, "12:00", lgOffers, gideon, "December post: Gideon Marsh ACA, fixed-fee self assessment for "
                + "freelancers and sole traders from £320, January slots still open. Book a chat: "
                + "https://cal.example/gideon-marsh/intro");
        say(2, "16:00", lgGeneral, shona, "the HMRC hold music should count as a form of tax");
        say(2, "16:10", lgGeneral, kwame, "it's 40 minutes of Vivaldi, I now hate spring");
        say(3, "19:30", lgAsk, gideon, "Kwame: yes, on simplified mileage, 45p a mile for the first 10,000 business "
                + "miles, 25p after. Keep a log of dates, where and why. Commuting to a regular base doesn't count, "
                + "trips to shoots do");
        say(3, "19:45", lgAsk, kwame, "perfect, thank you Gideon! starting a log tonight");
        Post home = say(4, "09:00", lgAsk, shona, "anyone know if I can claim part of my rent if I work from home? I "
                + "rent, don't own");
        re(4, "09:40", yvonne, home, "You can: either the flat rate (£6 a week, no maths) or a share of rent and "
                + "bills "
                + "by rooms and hours. Flat rate is simpler if the home office is a corner of the living room");
        re(4, "09:50", shona, home, "corner of the kitchen table 😂 flat rate it is, thanks Yvonne");
        Post pension = say(5, "11:00", lgAsk, elodie, "is a pension contribution an expense? sorry for all the "
                + "questions");
        re(5, "11:40", gideon, pension, "Not an expense for a sole trader, but you get tax relief on it through "
                + "your return. Never apologise for questions here!");
        re(5, "11:45", elodie, pension, "thank you 🙏");
        // Week 2 (W51).
        joins(8, "09:00", lgGeneral, teodor);
        Post foreign = say(8, "09:20", lgAsk, teodor, "hi all, new here. I invoice a US client in dollars, which "
                + "exchange rate do I use in my books? the day of the invoice or the day I get paid?");
        re(8, "10:10", gideon, foreign, "Either is fine if you're consistent. Most people use the rate on the "
                + "invoice date and book the difference at payment as an exchange gain or loss");
        re(8, "10:20", teodor, foreign, "great, thanks, that's clear");
        say(9, "08:30", dmTeodor, yvonne, "Hi Teodor! Saw your question in Ledger Lounge. I do bookkeeping for "
                + "developers, monthly packages from £95, and would love to get you sorted before January. Grab 15 "
                + "minutes here: https://cal.example/yvonne-books/15min");
        say(9, "12:00", dmTeodor, teodor, "thanks, I'm ok for now");
        Post vatQ = say(10, "14:00", lgAsk, kwame, "at what point do I have to register for VAT? I'm at about 70k this "
                + "year, which is terrifying and exciting");
        re(10, "14:30", yvonne, vatQ, "The threshold is 90k of taxable turnover over any rolling 12 months, so watch "
                + "it monthly, not just at year end. You can register voluntarily before");
        re(10, "14:45", kwame, vatQ, "rolling! I did not know that. thanks");
        say(11, "10:00", lgGeneral, elodie, "finished my first proper year of books thanks to this server. "
                + "j'ai survécu 🎉");
        say(11, "10:20", lgGeneral, shona, "congrats Elodie!! now do mine");
        Post receipt = say(12, "15:00", lgAsk, elodie, "last one (promise): do I need to keep paper receipts or are "
                + "photos ok?");
        re(12, "16:00", gideon, receipt, "Photos are fine if they're legible and kept for 5 years after the filing "
                + "deadline");
        re(12, "16:05", elodie, receipt, "merci Gideon!");
        // Week 3 (W52).
        say(15, "10:00", lgGeneral, shona, "@Gideon Marsh you did my return last January, are you "
                + "taking me on again this year? and what's the fee now? I'd like to get it in before the 31st");
        say(16, "11:00", lgGeneral, yvonne, "which software are you all on for Making Tax Digital? trying to pick "
                + "one for my clients before April");
        say(16, "11:30", lgGeneral, gideon, "Yvonne: I've moved most of mine to Quillbooks, the bank feeds are the "
                + "least flaky. Happy to show you my setup");
        say(16, "11:45", lgGeneral, yvonne, "oh yes please, is Thursday ok?");
        say(16, "12:00", lgGeneral, gideon, "Thursday at 2 works, I'll send an invite");
        say(17, "09:00", lgGeneral, shona, "bump 🙏 (no rush if you're full, just let me know)");
        say(17, "15:00", lgGeneral, gideon, "Yvonne: invite sent. Also their support is actually human, which is a "
                + "Christmas miracle");
        say(18, "10:00", lgGeneral, kwame, "happy holidays all, and may your receipts stay legible");
    }

    private void cafe() {
        // Week 1 (W50).
        Post nye = say(1, "10:00", bgNews, lucinda, "New Year's Eve games night is on sale! £15 a head, includes a "
                + "drink at midnight and the whole library off the shelves: https://meeplenook.example/nye");
        nye.react("🎉", hamish, meiLin, arjun);
        Post scarf = say(2, "09:30", bgCounter, meiLin, "hi! we were at table 4 on Saturday and I think I left a "
                + "green scarf, has anyone found it?");
        re(2, "10:40", rafferty, scarf, "It's here! Hanging behind the counter with a very confused Catan piece. "
                + "Pop in any time");
        re(2, "10:50", meiLin, scarf, "thank goodness, it was my gran's ❤️");
        say(2, "19:00", bgGeneral, hamish, "who brings Twilight Imperium to a weeknight?! we finished at 1am");
        say(2, "19:10", bgGeneral, fenella, "you LOVED it, don't lie");
        say(2, "19:12", bgGeneral, hamish, "I loved it. I also have work tomorrow");
        say(3, "12:00", bgGeneral, tobias, "big news: my game Saltmarsh is on Kickstarter!! £25 gets you a copy, "
                + "stretch goals unlock wooden boats: https://kickstarter.example/saltmarsh");
        Post office = say(4, "09:00", bgCounter, arjun, "told my whole office about you lot, we're booking our team "
                + "Christmas do here on the 18th 🎉 can we have the big table by the window? 9 of us");
        re(4, "09:45", lucinda, office, "Arjun you absolute star! Big table's yours from 6 on the 18th, I'll put "
                + "some party games out");
        re(4, "09:55", arjun, office, "perfect 🙌");
        Post thursday = say(5, "10:00", bgPlayers, tobias, "anyone want to playtest Saltmarsh Thursday night? 3-4 "
                + "players, 90 min. if you like it, the Kickstarter's £25 for a copy: "
                + "https://kickstarter.example/saltmarsh");
        re(5, "10:30", hamish, thursday, "I'm in for the playtest");
        say(5, "11:00", bgPlayers, fenella, "need 2 more for Wingspan Sunday afternoon, beginners welcome!");
        say(5, "11:20", bgPlayers, meiLin, "Fenella me! and my sister if that's ok");
        say(5, "11:25", bgPlayers, fenella, "perfect, that's us full");
        say(6, "22:00", bgGeneral, hamish, "Saltmarsh playtest verdict: the boat race is brilliant, the scoring "
                + "needs a calculator");
        say(6, "22:15", bgGeneral, tobias, "noted 😂 thanks for playing Hamish");
        // Week 2 (W51).
        say(8, "12:00", bgCounter, rafferty, "Note for this week: the café's closed Tuesday afternoon for a private "
                + "event, open again from 5");
        say(9, "18:00", bgGeneral, meiLin, "is Cascadia worth it? my sister wants it for Christmas");
        say(9, "18:30", bgGeneral, fenella, "yes! very calm, good with two");
        say(10, "10:00", bgNews, lucinda, "20 NYE tickets left, then we're full: https://meeplenook.example/nye");
        Post table = say(11, "15:00", bgPlayers, hamish, "Friday night, anyone up for Brass? 3 seats");
        re(11, "16:00", arjun, table, "me, if you explain it slowly");
        re(11, "16:10", hamish, table, "very slowly, promise");
        say(12, "23:00", bgGeneral, arjun, "office party was a hit, thank you Meeple Nook 🙏 my boss wants to come "
                + "back in January");
        say(13, "10:00", bgGeneral, lucinda, "Arjun that's lovely to hear, thank you for bringing them");
        // Week 3 (W52).
        say(15, "08:00", bgNews, lucinda, "Opening hours: closed 24th to 26th. I'm off to my sister's in Cork from "
                + "today and back on the 28th; Rafferty is minding the counter this week 🎄");
        say(15, "11:00", bgCounter, fenella, "hi! do you sell gift vouchers? I need one for my brother by "
                + "Wednesday");
        Post expansion = say(16, "14:00", bgGeneral, hamish, "is the Wingspan Asia expansion any good or just more "
                + "birds?");
        re(16, "14:30", rafferty, expansion, "It's more birds, but also a proper two-player mode. We've got it in "
                + "the library if you want to try before buying");
        re(16, "14:40", hamish, expansion, "ooh, Tuesday then");
        say(16, "15:00", bgPlayers, rafferty, "two seats left for Tuesday's Root night, drop a name here");
        say(17, "10:00", bgCounter, fenella, "anyone? 😅 even a no is fine");
        say(17, "18:00", bgGeneral, rafferty, "the new Cascadia tiles arrived, they smell like a forest");
        say(17, "18:20", bgGeneral, meiLin, "that's the most board game sentence ever");
    }

    private void keyboards() {
        // Week 1 (W50).
        Post deskPic = say(1, "20:00", kbDesk, anouk, "finally finished my walnut case build, Boba U4T, Mooi toch? "
                + "https://snapvault.example/anouk/walnut.jpg");
        re(1, "20:20", yusuf, deskPic, "that walnut grain 😍");
        re(1, "20:30", cosima, deskPic, "so clean! did you tape-mod it?");
        re(1, "20:45", anouk, deskPic, "two layers of painter's tape, that's the whole thocc secret");
        say(2, "10:00", kbBuys, leopold, "[GB] Fjord keycaps is LIVE 🌊 base kit $110, novelties $40, runs till "
                + "Dec 20: https://fjordcaps.example/gb");
        say(2, "10:20", kbGeneral, leopold, "Fjord GB is live!! base kit $110, only 40 sets to MOQ, get in: "
                + "https://fjordcaps.example/gb");
        say(2, "10:25", kbHelp, leopold, "if anyone's after a new set for their build, Fjord GB is live: "
                + "https://fjordcaps.example/gb");
        Post rattle = say(3, "18:00", kbHelp, barnaby, "my spacebar rattles like crazy?! tried reseating it twice, "
                + "still sounds like a tin can full of lego");
        re(3, "18:20", cosima, rattle, "Pull the stabs and clip the little feet, then a dab of dielectric grease "
                + "on the wire ends. Band-aid mod under the stab housings if it still ticks");
        re(3, "18:25", barnaby, rattle, "clip the feet?? that sounds permanent");
        re(3, "18:30", cosima, rattle, "it is, but nobody has ever missed them 😄");
        say(3, "19:00", kbDesk, leopold, "Fjord would look sick on a walnut case 👀 "
                + "https://fjordcaps.example/gb");
        Post forHire = say(4, "11:00", kbGeneral, quentin, "does anyone here lube switches for hire? i dont have the "
                + "patience for 90 switches");
        re(4, "11:30", cosima, forHire, "I do! £0.30 a switch including films, about a week turnaround. DM me");
        re(4, "11:40", quentin, forHire, "thanks, will do after payday");
        say(4, "20:00", kbHelp, barnaby, "CLIPPED. greased. silent. Cosima you're a wizard");
        say(5, "09:00", dmBarnaby, barnaby, "hey, saw you do lubing, I've got 70 Tealios sitting in a bag. how much "
                + "would that be?");
        say(5, "09:40", dmBarnaby, cosima, "70 x £0.30 = £21, plus return postage (about £3). Send them in a "
                + "padded envelope whenever, I'll message when they're done");
        say(5, "09:45", dmBarnaby, barnaby, "sending Monday 👍");
        Post pcb = say(6, "13:00", kbHelp, quentin, "half my keys stopped working after I flashed VIA?? row 3 is "
                + "just dead");
        re(6, "14:00", yusuf, pcb, "Sounds like the wrong firmware for your PCB revision. Check the back of the "
                + "board for rev2, there's a separate file for it");
        re(6, "14:10", quentin, pcb, "rev2!!! thanks");
        // Week 2 (W51).
        say(8, "10:00", kbGeneral, yusuf, "Community poll for the January meetup venue is pinned in #general, vote "
                + "by Friday so we can book it!");
        say(9, "09:00", kbBuys, leopold, "Fjord update: MOQ hit!! thank you all, 11 days left to join: "
                + "https://fjordcaps.example/gb");
        Post artisan = say(9, "20:00", kbGeneral, anouk, "what's everyone's most overpriced keyboard purchase? mine is "
                + "a £60 artisan keycap shaped like a croissant");
        re(9, "20:10", barnaby, artisan, "a £90 deskmat I spill coffee on daily");
        re(9, "20:20", quentin, artisan, "lol");
        re(9, "20:30", leopold, artisan, "a whole GB of caps I then ran myself, so, all of them");
        Post chatter = say(10, "19:00", kbHelp, quentin, "my keys chatter, double letters everywhere. sooo annoying");
        say(11, "08:00", kbHelp, cosima, "quentin: usually dirty contacts or a worn switch. Try compressed air "
                + "first, then swap that switch with one from a key you never use");
        say(11, "09:00", kbHelp, quentin, "air fixed it. ty");
        re(11, "10:00", barnaby, chatter, "also check debounce in the firmware settings, mine was set way too low");
        say(12, "12:00", dmBarnaby, cosima, "your Tealios are done, posting them back today!");
        say(12, "12:30", dmBarnaby, barnaby, "amazing, thank you!! 🙏");
        // Week 3 (W52).
        Post xmas = say(15, "10:00", kbDesk, barnaby, "christmas build: Tealios lubed by the legend Cosima, on a "
                + "plate I finally didn't ruin https://snapvault.example/barnaby/xmas.jpg");
        re(15, "10:30", cosima, xmas, "they sound SO good in that case, enjoy!");
        re(15, "11:00", anouk, xmas, "gezellig 🎄");
        say(16, "09:00", kbGeneral, yusuf, "meetup venue booked: the Copper Hen, 16 Jan. thanks for voting");
        say(17, "20:00", kbGeneral, quentin, "anyone know a good wrist rest that isn't £50");
        say(17, "20:30", kbGeneral, anouk, "a rolled-up towel. I'm serious");
    }

    private void choir() {
        // Week 1 (W50).
        say(1, "09:00", chRota, percival, "Carol collections for the hospice: 12 slots outside the station over the "
                + "next two Saturdays, an hour each. Sign up here: https://docs.example/sheet/harbourside-carol-rota");
        say(2, "18:00", chGeneral, percival, "Our Christmas concert is at St Anne's on the 19th! Tickets £8, "
                + "under-12s free, all proceeds to the roof fund: https://harboursidechoir.example/concert");
        joins(2, "19:00", chGeneral, ezra);
        Post ezraHi = say(2, "19:05", chGeneral, ezra, "hi all, Ezra here, joined the basses last Thursday. haven't "
                + "sung since school so be kind");
        re(2, "19:20", marjorie, ezraHi, "Welcome Ezra! the basses need you, there are only three of them");
        re(2, "19:30", ngozi, ezraHi, "welcome!! you sounded great on the Rutter");
        re(2, "19:45", ezra, ezraHi, "that's very generous, I was mostly miming");
        Post folder = say(3, "10:00", chRehearsals, ezra, "@Percival Stone do I need my own black folder for the "
                + "concert or does the choir lend them?");
        re(3, "10:20", marjorie, folder, "we've a box of spares, grab one on Thursday, they live in the cupboard "
                + "under the piano");
        re(3, "10:25", ezra, folder, "brilliant, thanks Marjorie");
        say(3, "12:00", chRehearsals, imelda, "Notes from last night: altas, bar 34 of In the Bleak, breathe BEFORE "
                + "'snow on snow', not in the middle. Basses, lovely work on the Rutter");
        say(3, "12:30", chRehearsals, marjorie, "basses counting to four, whatever next?!");
        say(3, "12:35", chRehearsals, ezra, "we can count to four. five is where it gets difficult");
        say(4, "09:00", chRota, percival, "5 slots left on the carol rota, the 12th is nearly full: "
                + "https://docs.example/sheet/harbourside-carol-rota");
        say(4, "11:00", chRota, sunniva, "put myself down for 10-11 on the 12th 🎶");
        say(4, "11:10", chRota, ngozi, "me too, the 11-12 one, bringing mince pies");
        Post absent = say(5, "08:00", chRehearsals, ngozi, "can't make Thursday, kid has a temperature. is there a "
                + "part track for the new descant?");
        re(5, "09:30", imelda, absent, "Hope they feel better soon! Descant track is in the pinned folder, track 7");
        say(6, "09:00", chRota, percival, "2 slots left for today, 2-3pm and 3-4pm, if anyone's free: "
                + "https://docs.example/sheet/harbourside-carol-rota");
        say(6, "18:00", chGeneral, sunniva, "we raised £312 today!! Takk alle sammen, frozen but happy");
        say(6, "18:20", chGeneral, imelda, "Wonderful, everyone. Warm baths all round");
        // Week 2 (W51).
        say(8, "09:00", chRehearsals, percival, "Concert week! Dress rehearsal Thursday 7pm at St Anne's. Tell "
                + "your friends, tickets still here: https://harboursidechoir.example/concert");
        say(8, "10:00", chRehearsals, imelda, "And please, everyone, black clothes, no sparkly jumpers this year. "
                + "Marjorie.");
        say(8, "10:05", chRehearsals, marjorie, "I make no promises");
        say(10, "19:00", chGeneral, ngozi, "shameless ask: my daughter's school choir is in the Radio Harbour carol "
                + "competition, a vote would mean the world to them 🙏 https://radioharbour.example/carols/vote");
        say(10, "19:30", chGeneral, sunniva, "voted! they sound like little angels");
        say(10, "19:40", chGeneral, marjorie, "done, and shared with my book club");
        say(10, "19:50", chGeneral, ngozi, "thank you both, she'll be thrilled ❤️");
        say(13, "23:00", chGeneral, imelda, "What a concert. Proud of every single one of you. Sold out, and £1,140 "
                + "for the roof");
        say(13, "23:10", chGeneral, ezra, "best night I've had all year. thank you for having me");
        // Week 3 (W52).
        say(15, "10:00", chGeneral, ngozi, "her choir came SECOND!! thank you for all the votes 🥹");
        say(15, "10:30", chGeneral, percival, "Congratulations to them! Rehearsals restart 8 January, same time");
        say(16, "12:00", chGeneral, sunniva, "God jul alle sammen 🎄 see you in January");
    }

    private void designers() {
        // Week 1 (W50).
        say(1, "09:00", wdGeneral, delphine, "Monday check-in: what's the one thing you're shipping this week?");
        say(1, "09:30", wdGeneral, rasmus, "launching the bakery site for Bettina on Thursday, fingers crossed");
        say(1, "09:45", wdGeneral, corin, "finishing a proposal I've rewritten four times");
        say(1, "10:00", wdGeneral, florian, "migrating three client sites off a page builder, pray for me");
        joins(2, "08:00", wdIntro, mateo);
        Post mateoHi = say(2, "08:20", wdIntro, mateo, "Hola a todos 👋 Mateo, web designer in Valencia, just went "
                + "freelance after six years agency side. Mostly restaurants and small hotels. Portfolio: "
                + "https://mateoserrano.example");
        re(2, "09:00", delphine, mateoHi, "Welcome Mateo! Hot-seat calls are Thursdays, bring anything you're stuck "
                + "on");
        re(2, "09:30", ayesha, mateoHi, "welcome! restaurant sites are my favourite, love the menu page on your "
                + "portfolio");
        re(2, "10:00", mateo, mateoHi, "gracias! Ayesha that menu page took me a week, I'll take the compliment");
        say(3, "09:00", dmMateo, florian, "Hey Mateo, welcome aboard! I run a white-label dev agency, we build "
                + "Webflow and WordPress for freelance designers so you can take on more clients without hiring. "
                + "Grab 15 min this week? https://cal.example/florian-beck/15");
        say(3, "13:00", dmMateo, mateo, "thanks, not at that stage yet 🙂");
        Post roast = say(3, "15:00", wdHotSeat, ayesha, "roast my new pricing page, be brutal. is three tiers too "
                + "many for tiny businesses? https://ayeshaq.example/pricing");
        re(3, "15:40", corin, roast, "three is fine, but the middle one needs a 'most picked' badge or everyone "
                + "picks the cheapest");
        re(3, "16:00", rasmus, roast, "the FAQ answers questions nobody asks. put 'how long does it take' at the "
                + "top");
        re(3, "16:20", ayesha, roast, "both great, thank you, editing tonight");
        say(4, "08:00", wdGeneral, delphine, "Hot-seat call tonight 6pm, 4 spots, put your name in: "
                + "https://forms.example/pp-hotseat");
        say(4, "14:00", wdGeneral, delphine, "2 spots left for tonight: https://forms.example/pp-hotseat");
        say(5, "10:00", wdWins, rasmus, "bakery site is live, and they sold out of stollen in an hour 🥨");
        say(5, "10:30", wdWins, corin, "proposal accepted!! biggest retainer I've ever signed");
        say(5, "10:40", wdWins, delphine, "both of you 🎉🎉");
        // Week 2 (W51).
        Post firstClients = say(8, "09:00", wdGeneral, mateo, "genuine question for the room: how did you all find "
                + "your first clients outside the agency? my network is all other designers");
        re(8, "10:00", corin, firstClients, "Local business groups. Not designer groups, the groups where the "
                + "bakers and plumbers hang out. Answer their questions for a month before you pitch anything");
        re(8, "10:30", ayesha, firstClients, "+1, and ask your old agency if they turn down small jobs, mine sends "
                + "me theirs");
        re(8, "11:00", mateo, firstClients, "both really useful, I'll try the local groups. gracias");
        joins(9, "16:00", wdGeneral, bettina);
        say(9, "17:00", wdGeneral, bettina, "@Rasmus Kjeldsen hi! the contact form on our bakery site has stopped "
                + "sending us emails since Friday, could you have a look?");
        say(9, "17:30", wdHotSeat, florian, "anyone using Quillbooks for agency invoicing? the Stripe sync keeps "
                + "duplicating payments");
        say(10, "10:00", wdGeneral, rasmus, "@Bettina Lowe sorry, I was on site with a client all day yesterday. "
                + "Fixed now: the mailbox password had expired, so the form couldn't send. Should all be arriving "
                + "again");
        say(10, "10:30", wdGeneral, bettina, "you're a star, three cake orders came through already 🎂");
        say(10, "11:00", wdHotSeat, corin, "florian: turn off the sync for refunds, that's what duplicates them");
        say(10, "11:30", wdHotSeat, florian, "that was it! cheers Corin");
        say(11, "18:00", wdWins, mateo, "first client from a local business group! a tapas bar, small job but mine");
        say(11, "18:20", wdWins, ayesha, "told you! congrats Mateo 🎉");
        // Week 3 (W52).
        say(15, "09:00", wdGeneral, delphine, "No hot-seat over Christmas. Back on the 7th. Rest, all of you, and "
                + "don't answer client emails on the 25th");
        say(15, "09:20", wdGeneral, corin, "what if the client is my mum and the website is her Christmas card");
        say(15, "09:25", wdGeneral, delphine, "then you're allowed 😄");
    }

    private void vanBuilders() {
        // Week 1 (W50).
        Post fuse = say(1, "19:00", vnHelp, poppy, "wiring my leisure battery this weekend. what size fuse between "
                + "the battery and a 2000W inverter? the manual says 'appropriate' which is very helpful");
        re(1, "19:40", maddox, fuse, "2000W at 12V is about 170A, plus headroom, so a 200A class-T or ANL fuse as "
                + "close to the battery positive as you can, and 50mm² cable if the run is under a metre. Don't "
                + "skimp on the cable, that's where the fires start");
        re(1, "19:55", poppy, fuse, "this is so helpful. do you have a course or a guide or something? I clearly "
                + "need to learn this properly before I burn my van down");
        re(1, "20:10", maddox, fuse, "I do, 12V Basics, £49: https://maddoxvolts.example/course. Honestly though "
                + "the free wiring diagrams on my site cover most of what you need for a single battery");
        re(1, "20:15", poppy, fuse, "buying it, I want the whole picture. thank you!");
        say(2, "10:00", vnGeneral, selwyn, "hey all, if you could follow my van build on insta it'd be massive, "
                + "trying to hit 1k before Christmas: https://instagram.example/selwynsvan");
        Post panels = say(2, "11:00", vnShow, dervla, "insulation done! sheep's wool everywhere, the van smells like "
                + "a wet field but it's warm https://snapvault.example/dervla/wool.jpg");
        re(2, "11:30", thorsten, panels, "Sehr gut, sheep's wool is the right choice for damp. Leave a gap at the "
                + "ribs so it breathes");
        re(2, "11:45", iggy, panels, "the wet field smell goes after a week, promise");
        re(2, "12:00", dervla, panels, "thanks both, gap noted 👍");
        say(4, "09:00", vnShow, selwyn, "new pics up on the gram! follows appreciated 🙏 "
                + "https://instagram.example/selwynsvan");
        say(5, "08:00", vnShow, selwyn, "@Thorsten Wilde @Maddox Kerr you guys should check out my build and give "
                + "it a follow, would mean a lot coming from pros");
        Post gas = say(5, "20:00", vnPro, linnea, "Hej! question for the pros: do I need a gas safety cert for a "
                + "single-burner hob if I'm only using it myself?");
        re(5, "21:00", thorsten, gas, "Not legally for private use here, but get a Gas Safe engineer to check it "
                + "anyway, and fit a CO and LPG alarm. Cheap compared with the alternative");
        re(5, "21:10", linnea, gas, "tack Thorsten, booking someone");
        say(6, "17:00", vnGeneral, iggy, "anyone going to the winter meet at Tebay? I'll bring the kettle");
        say(6, "17:20", vnGeneral, dervla, "I'll be there if the van starts");
        // Week 2 (W51).
        Post solar = say(8, "18:00", vnHelp, linnea, "what size solar controller for 2x 200W panels? MPPT or is PWM "
                + "fine for a van?");
        re(8, "18:30", thorsten, solar, "MPPT, always, for this size. With 400W in series a 100/30 does the job "
                + "with some room to grow");
        re(8, "18:50", maddox, solar, "Agree with Thorsten, 100/30 MPPT. btw my 12V course covers MPPT sizing in "
                + "detail, 20% off for Christmas: https://maddoxvolts.example/course");
        re(8, "19:00", linnea, solar, "thanks both! Thorsten, series or parallel for shading?");
        re(8, "19:30", thorsten, solar, "Parallel if you park under trees a lot, series otherwise");
        Post fan = say(10, "22:00", vnHelp, iggy, "roof fan recommendations? something that doesn't sound like a jet "
                + "engine at 3am");
        say(10, "22:15", vnGeneral, selwyn, "what do people use to seal the roof fan flange? mine leaks a bit");
        say(11, "09:00", vnHelp, thorsten, "Iggy: the Maxxfan on its lowest setting is nearly silent. Moin by the "
                + "way, sorry, I was in the workshop until late");
        say(11, "09:05", vnHelp, thorsten, "Selwyn: butyl tape under the flange and Dicor self-levelling on top, "
                + "never silicone");
        say(11, "09:30", vnHelp, selwyn, "cheers Thorsten, silicone is exactly what I used 🙈");
        re(11, "10:00", iggy, fan, "Maxxfan it is, cheers!");
        say(12, "12:00", vnGeneral, maddox, "Christmas sale: 12V Basics is 20% off until the 24th, the perfect "
                + "gift for the van-builder in your life ⚡ https://maddoxvolts.example/course");
        say(12, "13:00", vnShow, poppy, "electrics DONE and nothing caught fire. Maddox's course was worth every "
                + "penny, thank you!");
        say(12, "13:30", vnShow, maddox, "Poppy that's brilliant, send me a pic of the board!");
        // Week 3 (W52).
        say(15, "10:00", vnGeneral, iggy, "Tebay was freezing and perfect. see you all at the next one");
        say(15, "11:00", vnGeneral, thorsten, "Frohe Weihnachten, drive safe everyone 🎄");
        say(16, "09:00", vnShow, dervla, "christmas in the van: fairy lights, wool, one very warm dog "
                + "https://snapvault.example/dervla/xmas.jpg");
        say(16, "09:30", vnShow, linnea, "God jul Dervla! the dog looks very smug");
    }

    /** Side threads written after the main ones: the chatter that interleaves with them in busy rooms. */
    private void sideThreads() {
        // Market: a price once paid is not an offer.
        Post lights = say(8, "11:00", mkChat, nadia, "@Dorian Pike where did you get your stall lights? they make "
                + "your candles look like a painting");
        re(8, "18:00", dorian, lights, "Nadia: warm-white festoons from the wholesaler on Canal Street, paid £18 a "
                + "string. get the ones with the rubber sockets, the cheap ones die in rain");
        re(8, "18:10", nadia, lights, "rubber sockets, noted. thank you!");
        say(12, "16:00", mkChat, bea, "does anyone's card reader work without wifi? asking for a panicking me");
        say(12, "16:05", mkChat, callum, "Bea: mine stores payments offline and sends them later, check yours has "
                + "offline mode");
        // Dyers: a question to someone who has gone quiet for the week.
        say(17, "11:00", dyHelp, ottilie, "@Tamsin Hale did you ever work out the citric ratio? asking for my notes, "
                + "no pressure 😊");
        say(18, "20:00", dyGeneral, ines, "Feliz Natal a todas! first sweater in Ottilie's undyed + onion skins 🧅");
        say(18, "20:30", dyGeneral, harriet, "Ines that colour!! onions, of all things");
        // Bookkeeping: the newcomer gives back.
        Post euros = say(18, "14:00", lgAsk, elodie, "do I invoice a French client in euros or pounds? they asked "
                + "for euros");
        re(18, "15:00", teodor, euros, "I invoice my US client in dollars, it's fine. Put the sterling value in your "
                + "books at that day's rate, Gideon explained it to me here last week");
        re(18, "15:10", elodie, euros, "parfait, merci Teodor!");
        // Café: news without a link after the campaign.
        say(13, "19:00", bgGeneral, tobias, "Saltmarsh funded!! thank you to everyone who played it here, the "
                + "scoring now fits on one card");
        say(13, "19:20", bgGeneral, hamish, "no calculator needed? I'll believe it when I see it. congrats though");
        Post snacks = say(11, "12:00", bgCounter, meiLin, "do you do gluten-free snacks? bringing a coeliac friend "
                + "on Sunday");
        re(11, "12:45", rafferty, snacks, "We do: crisps, flapjacks and the brownies are GF. Tell us at the counter "
                + "and we'll keep them separate");
        // Keyboards: chat, the meetup.
        say(12, "20:00", kbGeneral, anouk, "trying a Dutch layout keyboard for fun, waarom is alles op de verkeerde "
                + "plek 😂");
        say(12, "20:10", kbGeneral, yusuf, "haha welcome to ISO pain");
        say(16, "09:10", kbGeneral, barnaby, "Copper Hen! I'm in");
        say(16, "09:20", kbGeneral, cosima, "me too, I'll bring a switch tester board for anyone curious");
        // Choir: rehearsal chatter.
        say(9, "18:00", chRehearsals, sunniva, "is the descant in D or E flat now? my copy has both scribbled");
        say(9, "18:30", chRehearsals, imelda, "E flat, Sunniva. Cross out the D with great ceremony");
        say(9, "18:35", chRehearsals, sunniva, "done, with a flourish ✍️");
        say(11, "22:30", chGeneral, marjorie, "the sparkly jumper stayed at home. you're welcome Imelda");
        say(11, "22:40", chGeneral, imelda, "A Christmas miracle");
        // Designers: peers talking shop.
        say(16, "10:00", wdGeneral, florian, "anyone else taking the week off properly? first time in 5 years");
        say(16, "10:20", wdGeneral, ayesha, "yes! phone in a drawer from the 23rd");
        say(16, "10:40", wdGeneral, rasmus, "Bettina sent me a box of stollen for fixing the form, best client ever");
        say(16, "10:45", wdGeneral, bettina, "you earned it 🥨");
        // Vans: a meetup and a late thank-you.
        say(17, "18:00", vnGeneral, poppy, "who's up for a new year's day meet at the coast? bring a flask");
        say(17, "18:30", vnGeneral, iggy, "Poppy yes! I'll bring the kettle again");
        say(17, "18:40", vnGeneral, linnea, "me too, if the panels are in by then");
    }
}
