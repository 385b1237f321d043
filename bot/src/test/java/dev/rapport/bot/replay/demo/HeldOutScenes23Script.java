package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 23 (sealed): eight communities over ISO weeks 2026-W15 to W17, written with their verdicts
 * ({@code eval/held-out-scenes-23.csv}) before any coach ran on them. Day 1 is Monday 6 April 2026.
 */
final class HeldOutScenes23Script extends StoryScript {
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 4, 27, 8, 0, 0, 0, ZoneOffset.UTC);

    // --- A. candle makers ---
    private final String wickGuild = cast.guild(539);
    private final Channel wickTalk = cast.channel(wickGuild, "Wick & Wax", "wick-talk",
            "wick sizing, tunnelling, sooting. post your jar size + wax + FO load", "wax-wick-talk.json");
    private final Channel foMath = cast.channel(wickGuild, "Wick & Wax", "fo-load-math",
            "fragrance load, flash points, IFRA. show your working", "wax-fo-load-math.json");
    private final Channel pourPics = cast.channel(wickGuild, "Wick & Wax", "pour-pics",
            "show off your pours, frosting and all", "wax-pour-pics.json");
    private final Channel waxStock = cast.channel(wickGuild, "Wick & Wax", "sell-your-stock",
            "makers selling candles, melts, supplies. one post per batch", "wax-sell-your-stock.json");
    private final Channel meltPot = cast.channel(wickGuild, "Wick & Wax", "the-melt-pot",
            "off topic, pets, whatever", "wax-the-melt-pot.json");
    private final Persona corinne = cast.person("corinnecandleco", "Corinne Vasquez");
    private final Persona tamsin = cast.person("tamsin.pours", "Tamsin Hale");
    private final Persona priya = cast.person("priya_wicks", "Priya Raman");
    private final Persona halWax = cast.person("halbert.w", "Hal Whitcombe");
    private final Persona dev = cast.person("dev.soywax", "Dev Okafor");
    private final Persona margo = cast.person("margo.melts", "Margo Lind");

    // --- B. backyard chicken keepers ---
    private final String cluckGuild = cast.guild(540);
    private final Channel coopHelp = cast.channel(cluckGuild, "Cluck Around", "coop-help",
            "sick hens, predators, coop builds. pics help", "hens-coop-help.json");
    private final Channel eggTally = cast.channel(cluckGuild, "Cluck Around", "daily-egg-tally",
            "post your flock's egg count, one line a day", "hens-daily-egg-tally.json");
    private final Channel broody = cast.channel(cluckGuild, "Cluck Around", "broody-corner",
            "hatching, broodies, chicks", "hens-broody-corner.json");
    private final Channel henSwap = cast.channel(cluckGuild, "Cluck Around", "buy-sell-swap",
            "hatching eggs, pullets, kit. local pickup only", "hens-buy-sell-swap.json");
    private final Channel henYard = cast.channel(cluckGuild, "Cluck Around", "the-yard",
            "general chat", "hens-the-yard.json");
    private final Persona marisol = cast.person("marisol.hens", "Marisol Duarte");
    private final Persona gus = cast.person("gusfromthefarm", "Gus Pettersen");
    private final Persona bertie = cast.person("bertie.b", "Bertie Bramble");
    private final Persona lorna = cast.person("lornas_layers", "Lorna McKee");
    private final Persona pete = cast.person("pete.w", "Pete Wainwright");
    private final Persona ines = cast.person("ines.c", "Ines Carvalho");

    // --- C. TCG players and sellers ---
    private final String deckGuild = cast.guild(541);
    private final Channel deckTechs = cast.channel(deckGuild, "Top Deck Collective", "deck-techs",
            "brews, lists, sideboard plans", "tcg-deck-techs.json");
    private final Channel rulings = cast.channel(deckGuild, "Top Deck Collective", "judge-me",
            "rules questions. judges hang out here", "tcg-judge-me.json");
    private final Channel binder = cast.channel(deckGuild, "Top Deck Collective", "trade-binder",
            "WTS / WTB / WTT. prices in post, no lowballing", "tcg-trade-binder.json");
    private final Channel pulls = cast.channel(deckGuild, "Top Deck Collective", "pack-pulls",
            "show your pulls", "tcg-pack-pulls.json");
    private final Channel locals = cast.channel(deckGuild, "Top Deck Collective", "fnm-and-locals",
            "friday night, prereleases, store events", "tcg-fnm-and-locals.json");
    private final Persona ryker = cast.person("rykr_cards", "Ryker Stone");
    private final Persona juno = cast.person("junoplays", "Juno Park");
    private final Persona kenji = cast.person("kenji.to", "Kenji Tanaka");
    private final Persona mateo = cast.person("mateo.pulls", "Mateo Ruiz");
    private final Persona selene = cast.person("selene.singles", "Selene Marsh");
    private final Persona abe = cast.person("abe_l2judge", "Abe Lindqvist");
    private final Persona tova = cast.person("tova.brews", "Tova Ek");
    private final Channel dmJuno = cast.dm(juno, "tcg-dm-ryker-juno.json");

    // --- D. sailing club ---
    private final String sailGuild = cast.guild(542);
    private final Channel crewWanted = cast.channel(sailGuild, "Harbourside SC", "crew-wanted",
            "skippers looking for crew and crew looking for boats", "sail-crew-wanted.json");
    private final Channel raceResults = cast.channel(sailGuild, "Harbourside SC", "race-results",
            "results posted by the race officer", "sail-race-results.json");
    private final Channel boatShed = cast.channel(sailGuild, "Harbourside SC", "boat-shed",
            "maintenance, rigging, outboards, antifouling", "sail-boat-shed.json");
    private final Channel tides = cast.channel(sailGuild, "Harbourside SC", "wind-and-tides",
            null, "sail-wind-and-tides.json");
    private final Channel clubBar = cast.channel(sailGuild, "Harbourside SC", "the-bar",
            "after-sail chat", "sail-the-bar.json");
    private final Persona fiona = cast.person("fiona.commodore", "Fiona Achterberg");
    private final Persona ollie = cast.person("ollie.dinghy", "Ollie Brennan");
    private final Persona nadia = cast.person("nadia.ro", "Nadia Kowalczyk");
    private final Persona wes = cast.person("wes_tidewater", "Wes Harlow");
    private final Persona ben = cast.person("benny.b", "Ben Castellano");
    private final Persona greta = cast.person("greta.sails", "Greta Voss");

    // --- E. tailors and home sewists ---
    private final String seamGuild = cast.guild(543);
    private final Channel fitting = cast.channel(seamGuild, "Seam Allowance", "fitting-woes",
            "gaping, pooling, swayback, FBA. ask away", "sew-fitting-woes.json");
    private final Channel hacks = cast.channel(seamGuild, "Seam Allowance", "pattern-hacks",
            null, "sew-pattern-hacks.json");
    private final Channel finished = cast.channel(seamGuild, "Seam Allowance", "finished-objects",
            "show us what you made", "sew-finished-objects.json");
    private final Channel destash = cast.channel(seamGuild, "Seam Allowance", "fabric-destash",
            "selling or swapping fabric, notions, machines", "sew-fabric-destash.json");
    private final Channel tradeRoom = cast.channel(seamGuild, "Seam Allowance", "the-cutting-room",
            "for people who sew for money: pricing, clients, workrooms", "sew-the-cutting-room.json");
    private final Persona imogen = cast.person("imogen.alters", "Imogen Price");
    private final Persona hattie = cast.person("hattie.makes", "Hattie Fenwick");
    private final Persona dolores = cast.person("dolorespatterns", "Dolores Quint");
    private final Persona ada = cast.person("ada.seams", "Ada Nwosu");
    private final Persona rowan = cast.person("rowan.bespoke", "Rowan Ashby");
    private final Persona lucie = cast.person("lucie.couture", "Lucie Marchand");
    private final Persona kit = cast.person("kit.overlocks", "Kit Barrow");

    // --- F. houseplant people ---
    private final String rootGuild = cast.guild(544);
    private final Channel hospital = cast.channel(rootGuild, "Root Bound", "plant-hospital",
            "yellow leaves, root rot, pests. photos + light + watering pls", "plants-plant-hospital.json");
    private final Channel props = cast.channel(rootGuild, "Root Bound", "prop-station",
            "propagation chat", "plants-prop-station.json");
    private final Channel shelfies = cast.channel(rootGuild, "Root Bound", "shelfies",
            "show your shelves, windowsills and jungles", "plants-shelfies.json");
    private final Channel cuttings = cast.channel(rootGuild, "Root Bound", "cutting-swaps",
            "swap or sell cuttings, post what you have", "plants-cutting-swaps.json");
    private final Channel potting = cast.channel(rootGuild, "Root Bound", "potting-bench",
            "general chat", "plants-potting-bench.json");
    private final Persona lark = cast.person("lark.leaf", "Lark Whitman");
    private final Persona fern = cast.person("fernweh_jungle", "Fern Oyelaran");
    private final Persona basil = cast.person("basil.t", "Basil Thorne");
    private final Persona juniper = cast.person("juniperpots", "Juniper Salas");
    private final Persona mossy = cast.person("mossy.m", "Moss Kettering");
    private final Persona yuki = cast.person("yuki.aroids", "Yuki Mori");

    // --- G. lockpicking ---
    private final String pinGuild = cast.guild(545);
    private final Channel beltLog = cast.channel(pinGuild, "Pin Stack", "belt-progress",
            "log your picks toward your next belt: lock, time, what you learned", "locks-belt-progress.json");
    private final Channel pickHelp = cast.channel(pinGuild, "Pin Stack", "stuck-on-a-lock",
            "describe the lock, your tension, what the pins feel like", "locks-stuck-on-a-lock.json");
    private final Channel toolsChat = cast.channel(pinGuild, "Pin Stack", "tools-and-picks",
            "pick sets, tension tools, reviews", "locks-tools-and-picks.json");
    private final Channel lockSwap = cast.channel(pinGuild, "Pin Stack", "lock-swap-wts",
            "trade, sell, swap locks and tools", "locks-lock-swap-wts.json");
    private final Channel ethics = cast.channel(pinGuild, "Pin Stack", "rules-and-ethics",
            "never pick a lock you don't own or in use. server rules talk", "locks-rules-and-ethics.json");
    private final Persona rusty = cast.person("rusty.picks", "Rusty Calloway");
    private final Persona pim = cast.person("pim.newpicker", "Pim de Boer");
    private final Persona kira = cast.person("kira.spp", "Kira Valdez");
    private final Persona oswin = cast.person("oswin.mod", "Oswin Grey");
    private final Persona zeb = cast.person("zeb.zz", "Zeb Marlowe");
    private final Persona ana = cast.person("anahita.k", "Anahita Karimi");

    // --- H. freelance bookkeepers ---
    private final String ledgerGuild = cast.guild(546);
    private final Channel software = cast.channel(ledgerGuild, "Debits & Coffee", "xero-qbo-help",
            "software questions, bank feeds, rules, integrations", "books-xero-qbo-help.json");
    private final Channel clients = cast.channel(ledgerGuild, "Debits & Coffee", "client-wrangling",
            "late docs, scope creep, the shoebox client", "books-client-wrangling.json");
    private final Channel pricing = cast.channel(ledgerGuild, "Debits & Coffee", "pricing-and-packages",
            null, "books-pricing-and-packages.json");
    private final Channel overflow = cast.channel(ledgerGuild, "Debits & Coffee", "overflow-work",
            "got more clients than you can take? pass them on here", "books-overflow-work.json");
    private final Channel smallWins = cast.channel(ledgerGuild, "Debits & Coffee", "small-wins",
            "share your wins, big or tiny", "books-small-wins.json");
    private final Persona hana = cast.person("hana.books", "Hana Sørensen");
    private final Persona olu = cast.person("olu.ledgers", "Olu Adebayo");
    private final Persona bea = cast.person("bea.bkpr", "Bea Thornquist");
    private final Persona trent = cast.person("trent.autoledger", "Trent Mayfield");
    private final Persona pia = cast.person("pia.numbers", "Pia Delacroix");
    private final Persona cam = cast.person("cam.fractional", "Cam Ortiz");

    HeldOutScenes23Script() {
        super(new SceneIds(16400), LocalDate.of(2026, 4, 6), 21);
        candles();
        chickens();
        cards();
        sailing();
        sewing();
        plants();
        locks();
        bookkeepers();
    }

    static Map<String, String> files() {
        return new HeldOutScenes23Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-23"), files(),
                "held-out round 23");
    }

    private void candles() {
        Post tunnel = say(1, "19:12", wickTalk, priya,
                "ok so my 8oz tins keep tunnelling. coco apricot wax, 8% FO, ECO 8 wick. burned 3h and theres still a "
                        + "1cm ring of wax on the wall. sizing up or is it the wax?");
        re(1, "19:30", tamsin, tunnel, "coco apricot is SO fussy about wick. I had the exact same ring with ECO. went "
                + "to a CD 10 and it cleared by the 2nd burn. also let it cure 2 weeks min, it changes a lot");
        Post chart = re(1, "19:41", dev, tunnel, "+1 on cure time. these helped me a lot when I was sizing:\n"
                + "https://www.wickhouse.example/guides/wick-selection-chart\n"
                + "https://candlescience.example/learning/wick-guide\n"
                + "https://www.bramblewax.example/blog/coco-apricot-tips\n"
                + "https://forum.chandlers.example/t/tunnelling-in-tins/4410\n"
                + "last one is a forum thread w burn photos for basically every wick size");
        re(1, "19:58", priya, chart, "omg the forum thread is gold. thank you both 🙏");
        chart.react("🙏", priya, margo);
        say(1, "21:03", meltPot, margo, "my cat just tried to drink from the melt pot. she is fine. I am not");
        say(1, "21:05", meltPot, tamsin, "😂 nooo. lids on everything now");

        say(2, "08:40", waxStock, corinne, "Fresh batch of spring jars is up: rhubarb & custard, fig leaf, sea salt "
                + "orchid. 30cl, £18 each → https://corinnecandle.example/shop");
        say(2, "12:15", meltPot, halWax, "heads up I'm off to the Spring Makers Fair in Harrogate, back Monday. no "
                + "signal in that barn so don't expect replies 😅");
        say(2, "12:20", meltPot, margo, "good luck!! sell out!!");
        say(2, "13:02", pourPics, tamsin, "first sage + eucalyptus pour in the new amber jars");
        Post whichWick = say(3, "09:15", wickTalk, priya,
                "@Tamsin Hale which one did you end up with for the 16oz? the CD 12 or ECO 12? doing a big order "
                        + "friday and dont want to get 200 of the wrong one lol");
        say(3, "17:44", pourPics, tamsin, "wet spots on the amber ones, of course. the glass is so cold in my garage");
        re(3, "17:50", margo, whichWick, "not Tamsin but I use CD 12 in my 16oz w/ soy 464, no idea for coco tho");
        say(3, "18:01", meltPot, tamsin, "anyone watching the pottery throwdown final tonight");
        say(3, "18:03", meltPot, dev, "yes. the teapot round is going to be a massacre");
        say(3, "18:05", meltPot, tamsin, "the TEAPOT round 😂 they never learn");
        Post supplier = say(4, "10:22", foMath, margo,
                "@Hal Whitcombe what was the supplier you got the 10kg rapeseed wax from? the one with the 7% max load?");
        say(4, "16:30", pourPics, tamsin, "ok heat gun fixed most of the wet spots. not all. living with it");
        say(5, "11:10", foMath, dev, "PSA for anyone new: the flash point on the bottle is not the temp you add "
                + "the FO at. add around 85C for most soy blends, whatever the flash point says");
        say(5, "11:14", foMath, priya, "wait really? i've been waiting for it to cool to the flash point every time");
        say(5, "11:20", foMath, dev, "yeah it's a myth that won't die. flash point is about shipping safety not "
                + "about binding");
        say(6, "20:12", meltPot, tamsin, "sunday pour day done, 40 tins. back hurts");
        say(6, "20:15", meltPot, corinne, "respect. I did 60 and ate a whole pizza after");

        re(8, "09:05", halWax, supplier, "back! Margo: it was Northfield Waxes, the rapeseed-soy blend. takes 10% "
                + "fine in my experience, 7% is just what they say on the bag");
        say(8, "09:10", meltPot, halWax, "fair was great btw, sold out of the big wood wick ones by 2pm");
        say(8, "09:30", meltPot, margo, "woooo 🎉");
        // Margo's pours, to the room, in the room made for them.
        say(8, "18:02", pourPics, margo, "batch 14: lavender + cedar, 7% load. frosting on two of them 😩");
        say(9, "18:20", pourPics, margo, "batch 15, same oil, poured at 60 this time. smoother tops");
        say(9, "18:24", pourPics, margo, "and a close up of the top. no sinkholes!");
        say(10, "19:40", pourPics, margo, "tried a double pour on the 30cl jars. first pour 70, second at 58");
        Post corinnePics = say(10, "10:02", pourPics, corinne, "Spring sale at Corinne Candle Co! 25% off every jar "
                + "with code BLOOM25, this week only ✨ https://corinnecandle.example/shop");
        say(10, "10:05", wickTalk, corinne, "Spring sale at Corinne Candle Co! 25% off every jar with code BLOOM25, "
                + "this week only ✨ https://corinnecandle.example/shop");
        say(10, "10:09", meltPot, corinne, "Spring sale at Corinne Candle Co! 25% off every jar with code BLOOM25, "
                + "this week only ✨ https://corinnecandle.example/shop");
        say(10, "10:11", waxStock, corinne, "Spring sale at Corinne Candle Co! 25% off every jar with code BLOOM25, "
                + "this week only ✨ https://corinnecandle.example/shop");
        say(10, "10:40", meltPot, dev, "saw it the first three times corinne 🙃");
        say(11, "18:30", pourPics, margo, "batch 16!! rhubarb, pink mica. mica was a mistake, it sinks");
        say(11, "18:33", pourPics, margo, "side view so you can see the mica sludge at the bottom lol");
        say(12, "17:55", pourPics, margo, "wood wicks arrived, first test jar poured");
        say(12, "21:40", pourPics, margo, "burn test on the wood wick: crackles but flame is tiny. need the wider one");
        say(13, "10:15", pourPics, margo, "batch 17: fig leaf, 8%, 2 week cure starts today");
        say(13, "10:16", pourPics, margo, "labels are wonky but whatever");
        Post corinneAgain = say(13, "11:00", meltPot, corinne, "last 2 days of the sale! BLOOM25 → "
                + "https://corinnecandle.example/shop");
        corinneAgain.react("👀", tamsin);
        say(14, "16:20", pourPics, margo, "final one this week, wider wood wick. crackle + proper flame 🔥🔥");
        say(14, "16:30", pourPics, priya, "that flame!! which width?");
        say(14, "16:34", pourPics, margo, "0.75 inch, the booster ones");
        corinnePics.react("👀", dev);

        Post loadQ = say(15, "20:10", foMath, priya, "stupid q but is 8% of the wax weight or of the total? for a "
                + "200g jar");
        re(15, "20:18", dev, loadQ, "not stupid, everyone does it differently. I do % of wax: 200g wax x 0.08 = 16g "
                + "oil. some people do total weight, just be consistent and write it on the label sheet");
        re(15, "20:25", priya, loadQ, "ahh ok that makes sense, been doing total. thx Dev");
        say(16, "19:00", wickTalk, tamsin, "anyone tried the new hemp core wicks? sooting?");
        say(16, "19:20", wickTalk, halWax, "tried them in a 9cm jar, bit of mushrooming but less than cotton");
        say(17, "12:00", meltPot, corinne, "mail strike next week in case anyone ships royal mail");
        say(17, "12:05", meltPot, margo, "ugh thanks for the warning");
        say(18, "20:00", meltPot, priya, "ok who else has a garage that smells like a bakery exploded");
        say(18, "20:02", meltPot, tamsin, "mine smells like fig and regret");
        say(18, "20:03", meltPot, halWax, "vanilla. always vanilla. the neighbours think I bake");
        say(18, "20:09", meltPot, priya, "😂😂");
    }

    private void chickens() {
        // Bertie's tally, a line a day in the channel made for it.
        String[] tally = {"5 today. Maud laid a double yolker again", "4. Pearl is sulking", "6!! everyone laid",
            "5", "3, cold snap", "4 + one soft shell from Pearl, upping the oyster shell",
            "6 again, spring is here", "5", "5. first blue egg from the new cream legbar 💙", "4",
            "6", "5, Maud broody?? we'll see"};
        for (int i = 0; i < tally.length; i++) {
            say(1 + i / 2, i % 2 == 0 ? "07:30" : "18:45", eggTally, bertie, tally[i]);
        }
        say(2, "08:00", henSwap, lorna, "Hatching eggs: Black Copper Marans and Cream Legbar, boxes of 6 for £15, "
                + "collection Fenwick or post at your risk. DM me");
        say(2, "09:12", henYard, ines, "morning all, rain again here, girls are refusing to leave the coop");
        say(2, "09:15", henYard, gus, "same, mine are staring at the rain like it personally insulted them");
        Post maudBroody = say(6, "19:01", broody, bertie, "Maud has been in the nest box 2 days, fluffed up and "
                + "growling. do I let her sit or break her? no rooster so they're not fertile");
        re(6, "19:20", lorna, maudBroody, "if there's no fertile eggs I'd break her, ice pack under her or a wire "
                + "crate for 3 days. or buy a box of hatching eggs and let her do the work 😉");
        re(6, "19:25", bertie, maudBroody, "hmmm tempting");

        Post scaly = say(8, "20:10", coopHelp, marisol, "my hen legs look crusty and the scales lift up?? she "
                + "walks ok. is this disease? first year with chickens sorry");
        re(8, "20:31", gus, scaly, "sounds like scaly leg mite. dunk the legs in warm soapy water, dry, then thick "
                + "vaseline over the scales. every few days. don't pick the scales off");
        re(8, "20:40", marisol, scaly, "thank you!! doing tonight");
        Post scaly2 = say(9, "21:05", coopHelp, marisol, "did the vaseline. should I treat the other 3 also? they "
                + "look normal");
        re(9, "21:22", lorna, scaly2, "yes treat them all and dust the coop, the mites live in the perches");
        re(9, "21:30", marisol, scaly2, "ok 👍");
        Post scaly3 = say(11, "08:15", coopHelp, marisol, "one scale came off and is red under. normal?");
        re(11, "12:40", ines, scaly3, "mine did that too last year, it's new skin. keep the vaseline on it and it "
                + "heals. took about 4 weeks for the legs to look normal");
        re(11, "12:50", marisol, scaly3, "oh good. thanks Ines");
        say(10, "07:40", henSwap, lorna, "Marans hatching eggs back in stock, 2 boxes this week, £15. DM me");
        Post roo = say(9, "17:05", broody, pete, "@Lorna McKee got my 6 Marans hatching eggs off you in March, 4 "
                + "hatched! one has a big red comb already at 5 weeks, is that a roo? and do you take roosters "
                + "back or do I need to rehome him myself?");
        say(9, "17:40", broody, gus, "5 weeks with a red comb is a roo 9 times out of 10 sorry Pete");
        say(10, "12:02", henYard, lorna, "anyone going to the poultry auction at Melton on the 25th?");
        say(10, "12:10", henYard, ines, "maybe! need a new drinker anyway");
        say(11, "18:00", henYard, lorna, "fox took my neighbour's ducks last night, check your fences people");
        say(11, "18:04", henYard, gus, "oh no. electric netting is the only thing that stopped mine");
        say(12, "09:30", henSwap, lorna, "2 boxes still available, collection this weekend, DM me");
        say(12, "11:00", broody, pete, "he crowed this morning. ok that settles it lol");
        say(13, "15:20", henYard, marisol, "my girls had their first dust bath in the new sand pit 😍");
        say(13, "15:22", henYard, ines, "happy hens!");
        say(14, "10:00", coopHelp, gus, "PSA: red mite season started here, check under the perch ends at night "
                + "with a torch");
        say(14, "10:30", coopHelp, bertie, "found some. diatomaceous earth going everywhere today");

        Post vaseline = say(15, "19:00", coopHelp, gus, "@Marisol Duarte did the vaseline sort the legs out in the "
                + "end? asking because Ines has the same thing on her bantam now");
        say(15, "19:10", coopHelp, ines, "yeah, the little one, crusty scales on both legs");
        say(16, "10:12", henYard, marisol, "we got 3 chicks from the farm store!! they are so small");
        say(16, "10:14", henYard, marisol, "photos later, they're under the heat plate");
        say(16, "10:30", henYard, bertie, "congratulations, the addiction begins 😄");
        say(17, "14:00", broody, marisol, "chicks day 2, one keeps sleeping face down is that ok");
        say(17, "14:20", broody, lorna, "totally normal, they faceplant. if it gets up and eats it's fine");
        say(17, "14:25", broody, marisol, "haha ok 😂");
        vaseline.react("👀", ines);
        say(18, "08:10", eggTally, bertie, "6. Maud broke her own broodiness, no ice pack needed");
        say(18, "08:20", henSwap, lorna, "Legbar pullets, POL in 3 weeks, £25 each, collection only");
        say(19, "07:50", henYard, ines, "bom dia! the bantam legs already better, the vaseline trick works 🙌");
        say(19, "07:55", henYard, gus, "told you, it's always the vaseline");
        say(19, "08:02", henYard, bertie, "vaseline and diatomaceous earth, the two pillars of chicken keeping");
    }

    private void cards() {
        String form = "https://forms.example/topdeck-saturday-locals";
        Post signup = say(1, "12:00", locals, kenji, "Saturday locals at Dragon's Hoard, 1pm, 24 seats. sign up so "
                + "we can plan pods and the prize split: " + form);
        signup.react("👍", mateo, tova, juno);
        say(1, "12:30", locals, tova, "in. bringing the elf deck again, sorry in advance");
        say(4, "18:00", locals, kenji, "12 seats left for Saturday, same form: " + form);
        say(6, "09:00", locals, kenji, "4 seats left!! last call: " + form);
        say(6, "09:20", locals, juno, "just signed up, first ever tournament 😬");
        say(6, "09:25", locals, kenji, "@Juno Park welcome! it's a chill one, nobody bites. bring sleeves");
        // Mateo's pulls, in the channel for them.
        String[] pulled = {"box 1 of the new set, nothing crazy", "ok the borderless dragon was in pack 9 🔥🔥",
            "second box: 3 rares I already have lol", "foil mythic!!! the art on this",
            "opened a collector booster at the shop, serialized one?!", "it's #212/500 😭",
            "rest of the collector pack, meh", "last pack of the week, a foil land. the dream",
            "sorted the bulk, 600 commons if anyone needs them for a cube", "binder page of the week"};
        for (int i = 0; i < pulled.length; i++) {
            say(2 + i / 2, i % 2 == 0 ? "20:05" : "20:40", pulls, mateo, pulled[i]);
        }
        say(3, "20:50", pulls, tova, "the serialized one is insane congrats");
        Post elves = say(3, "13:10", deckTechs, tova, "elf list for saturday, 60 cards. thinking of cutting the 4th "
                + "lord for a removal spell, thoughts?");
        re(3, "13:40", abe, elves, "I'd keep the lord and cut a mana elf, you have 14 one drops already");
        re(3, "13:55", tova, elves, "fair, 14 is a lot. doing that");

        joins(8, "10:00", locals, ryker);
        Post stack = say(9, "11:20", rulings, juno, "if my opponent casts removal on my creature and I respond with "
                + "a pump spell, does the creature survive? it's a destroy effect not damage");
        Post stackAnswer = re(9, "11:34", abe, stack, "no, destroy ignores toughness, the pump resolves first but "
                + "the destroy still kills it. you'd need protection or hexproof. rule 608.2 if you want the "
                + "details: https://rules.example/comprehensive#608");
        re(9, "11:36", ryker, stack, "lol just play better cards. I've got a playset of Thundering Drake for $40, "
                + "can do $35 for you, dm me");
        re(9, "11:50", juno, stackAnswer, "ahh ok so I misplayed last night. thanks Abe!!");
        say(9, "12:10", dmJuno, ryker, "hey saw you're on mono red. I have the full deck sleeved in a box, $180 "
                + "shipped, way cheaper than buying singles. you want it?");
        say(10, "16:00", dmJuno, ryker, "still interested? can do $170");
        Post ward = say(10, "19:02", rulings, tova, "does ward trigger if I target my own creature with a pump?");
        re(10, "19:15", abe, ward, "no, ward only triggers for opponents' spells and abilities. 702.21 here: "
                + "https://rules.example/comprehensive#702.21");
        Post copyQ = say(12, "21:00", rulings, mateo, "if I copy a spell, is the copy cast? for the storm thing");
        re(12, "21:08", abe, copyQ, "copies aren't cast unless the card says \"cast\". 707.10: "
                + "https://rules.example/comprehensive#707.10");
        say(11, "10:00", binder, ryker, "WTS: mono red deck complete $170, playset Thundering Drake $40, "
                + "misc bulk rares 50c each");
        say(11, "10:30", deckTechs, juno, "ok I'm 2-2 at my first locals and I'm hooked. what do I upgrade first "
                + "for mono red?");
        say(11, "10:45", deckTechs, tova, "lands honestly. and a 4th copy of your best 2 drop");

        say(15, "09:00", binder, selene, "WTS big restock at Marsh Singles, all NM, prices in the store");
        String store = "https://marshsingles.example/store";
        say(16, "14:00", deckTechs, selene, "need singles for your brew? Marsh Singles has it all, 10% off with "
                + "code TOPDECK10 → " + store);
        say(16, "14:04", pulls, selene, "nice pulls all! if you're missing pieces, Marsh Singles, 10% off with "
                + "code TOPDECK10 → " + store);
        say(16, "14:07", rulings, selene, "rules question? buy the card first 😉 Marsh Singles, 10% off with "
                + "code TOPDECK10 → " + store);
        say(16, "14:30", pulls, mateo, "lmao the rules channel one");
        Post tovaList = say(17, "12:00", deckTechs, tova, "new brew: Golgari food. 20 lands feels low but the curve "
                + "tops at 4. roast me");
        re(17, "12:20", kenji, tovaList, "I'd go 22, you have a lot of 4s actually. and the 2 drop suite is thin");
        re(17, "12:31", ryker, tovaList, "nice list. I sell the whole mana base, all 20 lands NM for $220, dm me "
                + "and it's yours by friday");
        re(17, "12:40", tova, tovaList, "Kenji yeah you're right, 22 it is");
        say(18, "21:00", locals, kenji, "prerelease next saturday is FULL, waitlist in the store. gg everyone who "
                + "came to locals");
        say(18, "21:05", locals, juno, "went 3-1 this time!!!");
        say(18, "21:06", locals, mateo, "juno the menace");
        say(18, "21:10", locals, tova, "she stomped my elves 😤 well played");
    }

    private void sailing() {
        say(1, "18:00", tides, greta, "Saturday looks lumpy, F5 gusting 6 in the afternoon, morning is better "
                + "https://windy.example/harbourside");
        say(1, "18:20", tides, ollie, "thanks Greta, moving our taster session to the morning then");
        say(2, "21:00", clubBar, fiona, "evening all, I'm at the Cowes regatta till Sunday on a friend's boat. Nadia "
                + "has the keys to the boat park if anything comes up");
        say(2, "21:05", clubBar, nadia, "have fun, don't fall in 🍻");
        Post rib = say(3, "10:15", clubBar, ollie, "@Fiona Achterberg are the club RIBs insured for non-members on "
                + "the taster day? one of the parents asked me and I didn't want to guess");
        say(3, "10:40", clubBar, nadia, "I think so but Fiona has the policy, she'll know");
        Post impeller = say(4, "17:30", boatShed, ben, "outboard on the safety boat is peeing a weak stream and "
                + "running hot. Tohatsu 6hp. ideas?");
        re(4, "17:52", wes, impeller, "impeller 99%. they go brittle over winter. 20 min job, I can show you on "
                + "sunday if you bring a 10mm socket");
        re(4, "18:00", ben, impeller, "legend, see you sunday");
        say(5, "09:00", tides, wes, "spring tides this weekend, launching from the slip is fine till 11 then it's mud");
        re(8, "08:30", fiona, rib, "Back from Cowes 🏆 (3rd in class!) Ollie: yes, taster-day guests are covered as "
                + "long as they sign the day membership form at the hut");
        say(8, "08:40", clubBar, ollie, "perfect thanks, and congrats!!");

        String sheet = "https://forms.example/harbourside-sunday-series";
        say(8, "12:00", crewWanted, nadia, "Sunday series race 3: crew and helms sign up here so I can match boats: "
                + sheet);
        say(10, "12:00", crewWanted, nadia, "6 places left for Sunday, same sheet: " + sheet);
        say(12, "09:00", crewWanted, nadia, "2 crew places left, grab them: " + sheet);
        Post skipper = say(9, "19:00", crewWanted, ben, "@Wes Harlow can you skipper the Wayfarer on Sunday? I've "
                + "got two crew but nobody with the ticket, and you said you'd be around");
        say(9, "20:15", boatShed, wes, "new antifoul on the Laser, went with the hard stuff this year");
        say(10, "08:30", boatShed, wes, "anyone got a spare shackle key? mine went over the side");
        say(10, "08:45", boatShed, ollie, "there's 3 in the hut drawer");
        say(11, "17:10", boatShed, wes, "rudder pintles on the club Topper are shot btw, I'll order new ones");
        say(12, "10:00", boatShed, wes, "pintles ordered, £14, I'll claim it back");
        say(12, "10:30", crewWanted, ben, "still need a skipper for the Wayfarer sunday if anyone has the ticket");
        say(12, "11:00", crewWanted, ollie, "I've only got the level 2 sorry Ben");
        String vlog = "https://youtube.example/@gretasails";
        say(10, "21:00", clubBar, greta, "@Ollie Brennan @Wes Harlow @Ben Castellano would you mind subscribing to "
                + "my sailing channel? every sub helps 🙏 " + vlog);
        say(11, "20:00", crewWanted, greta, "follows and subs appreciated, trying to hit 1k by summer! " + vlog);
        say(11, "20:20", crewWanted, nadia, "Greta this channel is for crew please 🙂");
        // Nadia's results, the race officer's posts in the room for them.
        String[] results = {"Sunday series R2 results:", "1st Kestrel (Ollie/Ben) 2nd Sea Pie 3rd Dunlin",
            "Handicap: 1st Dunlin on corrected time", "DNF: Puffin (capsized at the windward mark, all fine)",
            "Wednesday evening race results:", "1st Sea Pie 2nd Kestrel", "Protest hearing outcome: no penalty",
            "Series standings after R2 pinned above", "Race 3 course will be posted on the board Saturday",
            "Correction: Dunlin was 2nd on handicap not 1st, sorry Wes"};
        for (int i = 0; i < results.length; i++) {
            say(8 + i / 2, i % 2 == 0 ? "19:00" : "19:30", raceResults, nadia, results[i]);
        }

        say(15, "19:00", clubBar, greta, "Episode 14 is out: capsize drills at the club! " + vlog + "/ep14");
        say(17, "19:00", clubBar, greta, "Episode 15 is out: rigging a Wayfarer in 10 min " + vlog + "/ep15");
        say(17, "19:30", clubBar, ben, "ha that's our club boat");
        say(16, "18:00", boatShed, ben, "did the impeller myself this time 💪 thanks for the lesson Wes");
        say(16, "18:10", boatShed, wes, "nice one");
        say(18, "21:30", clubBar, ollie, "who left a wetsuit in the changing room that is now its own ecosystem");
        say(18, "21:33", clubBar, nadia, "not mine. probably Ben's");
        say(18, "21:35", clubBar, ben, "...it might be mine");
    }

    private void sewing() {
        String wren = "https://dolorespatterns.example/wren";
        say(1, "10:00", destash, imogen, "destashing 4m of navy wool crepe and a box of YKK zips, £20 for the lot, "
                + "Bristol pickup");
        Post gape = say(1, "14:10", fitting, hattie, "why does every bodice I make gape at the armhole?? B cup, "
                + "pattern says size 12, I'm between 12 and 14");
        re(1, "14:40", ada, gape, "probably needs a small armhole dart you then rotate into the bust dart. this "
                + "tutorial by Mina Park is the clearest I've seen: https://minaparksews.example/armhole-gape");
        re(1, "15:02", hattie, gape, "oh that's exactly my problem, thank you");
        say(2, "09:30", hacks, dolores, "my new pattern the Wren Dress is out!! sizes 6-30, pockets obviously. "
                + "launch discount 20% this week → " + wren);
        say(2, "11:00", hacks, ada, "hacked the Tilly top into a cropped shirt with a collar stand, notes in thread");
        say(2, "11:05", hacks, hattie, "ooo how did you draft the stand?");
        say(2, "11:15", hacks, ada, "traced the neckline from the collar piece then 3cm up, curved at the front. "
                + "took 2 goes");
        say(4, "16:00", finished, dolores, "Wren Dress in a mustard linen, pattern here with the launch discount: "
                + wren);
        say(4, "16:20", finished, lucie, "the pockets on that 😍");
        Post pool = say(4, "19:00", fitting, hattie, "trousers pool at the ankle, can I take them up without losing "
                + "the nice factory hem on jeans?");
        re(4, "19:30", lucie, pool, "yes! euro hem: fold up the amount, sew right under the original hem, trim "
                + "and press down. invisible from outside");
        re(4, "19:45", hattie, pool, "witchcraft. trying tonight");
        say(5, "12:00", finished, hattie, "euro hemmed jeans!! you really can't tell");

        // The working tailors' room.
        Post rates = say(8, "09:00", tradeRoom, rowan, "what are people charging for a full jacket reline now? I'm "
                + "at £95 and losing money on every one");
        re(8, "09:20", imogen, rates, "£120 minimum here, £150 if it's got a vent. the lining fabric alone is £20");
        re(8, "09:31", rowan, rates, "yeah I need to put it up");
        say(8, "09:40", tradeRoom, imogen, "honestly I need more direct clients, the dry cleaner referrals dried up "
                + "since they changed owners");
        say(8, "09:52", tradeRoom, lucie, "same in Leeds. Instagram does nothing for alterations");
        say(8, "10:05", tradeRoom, imogen, "right? it's all bridal people on there");
        Post suit = say(8, "13:00", fitting, kit, "anyone here do alterations in Bristol? my wedding suit jacket "
                + "is huge in the back and I don't trust myself with it. it's lined");
        say(9, "10:15", tradeRoom, imogen, "do you all charge for the fitting appointment or just the work?");
        say(9, "10:30", tradeRoom, rowan, "just the work, but a no-show fee");
        say(9, "10:34", tradeRoom, imogen, "no-show fee, good idea. had 2 this month");
        say(9, "14:00", fitting, kit, "bump, wedding is in 5 weeks 😅 will pay obviously");
        say(10, "11:00", tradeRoom, imogen, "anyone using a booking app? I'm drowning in whatsapps");
        say(10, "11:10", tradeRoom, lucie, "I use Setmore, it's fine, free tier does enough");
        say(10, "11:20", tradeRoom, imogen, "will try it thanks");
        say(11, "15:00", tradeRoom, imogen, "ok Setmore is set up. first booking came in through it already");
        say(11, "15:05", tradeRoom, rowan, "🎉");
        say(12, "16:30", tradeRoom, imogen, "Rowan what machine do you use for buttonholes on suiting?");
        say(12, "16:45", tradeRoom, rowan, "old Reece 101, serviced every year. cost me a fortune and worth it");
        say(13, "09:10", tradeRoom, imogen, "quiet week for work tbh, 3 hems and a zip");
        say(13, "09:15", tradeRoom, lucie, "same here, april is always dead");
        say(12, "18:00", fitting, hattie, "Kit I'd not do a lined jacket as a first alteration honestly, the back "
                + "seam goes through the lining and the vent");
        say(12, "18:30", fitting, kit, "yeah that's what scared me. still looking for someone");

        Post sway = say(15, "20:00", fitting, hattie, "pooling fabric at the lower back on every dress, above the "
                + "bum. swayback?");
        re(15, "20:25", rowan, sway, "classic swayback. pin out a horizontal wedge at the centre back waist, taper "
                + "to nothing at the side seams, then true up the CB line. I teach this in my Saturday workshop but "
                + "that's honestly all there is to it, do a toile first");
        re(15, "20:40", hattie, sway, "wedge, taper, true. got it. thank you!!");
        say(16, "10:00", finished, hattie, "first dress with a swayback adjustment, it FITS");
        say(16, "10:30", finished, rowan, "look at that back 👏");
        say(17, "11:00", destash, kit, "selling my old Brother overlocker, works, needs new knives, £60");
        say(17, "11:30", destash, ada, "Kit is it the 1034D? asking for a friend (me)");
        say(17, "11:45", destash, kit, "yes the 1034D, comes with the extra feet");
        say(18, "09:00", hacks, lucie, "anyone hacked a shirt pattern into a shirt dress? how much length did you "
                + "add");
        say(18, "09:40", hacks, ada, "I added 45cm and a slight A line from the hip, and moved the last button up");
    }

    private void plants() {
        // Fern's shelves, in the room for them.
        String[] shelf = {"new shelf day!! the ikea one finally went up", "top shelf: hoyas, all of them sulking",
            "middle: the calathea graveyard, rip", "added a grow light, purple vibes now", "windowsill update, "
                + "the string of pearls is trailing", "bathroom jungle, ferns love the steam", "desk plant corner",
            "rearranged everything again lol", "night shot with the grow lights", "sunday morning light on the "
                + "monstera"};
        for (int i = 0; i < shelf.length; i++) {
            say(1 + i / 2, i % 2 == 0 ? "10:00" : "21:10", shelfies, fern, shelf[i]);
        }
        say(2, "10:30", shelfies, yuki, "the purple glow is so cyberpunk, love it");
        say(1, "12:00", cuttings, mossy, "available: Thai constellation cutting (node + leaf), hoya carnosa "
                + "tricolor, 3x pothos n'joy. swaps or £££, pics on request");
        say(1, "12:30", cuttings, fern, "@Moss Kettering how gorgeous is that thai con you listed??");
        say(2, "09:00", cuttings, juniper, "swap meet saturday at the community garden, bring cuttings, i'll have "
                + "a table of pothos and tradescantia");
        Post pothos = say(3, "08:10", cuttings, basil, "@Juniper Salas could you save me a neon pothos cutting from "
                + "the swap saturday? I can only get there after 2");
        say(3, "12:00", props, juniper, "water prop vs leca for hoyas? my leca ones are rooting faster");
        say(3, "12:20", props, yuki, "leca every time for hoyas, water roots rot when you pot them up");
        say(3, "12:25", props, juniper, "that's my experience too");
        say(4, "19:00", cuttings, juniper, "reminder swap meet saturday 10 to 3!");
        say(5, "17:00", props, juniper, "monstera node finally pushed a root after 6 weeks 🎉");
        say(5, "17:10", props, mossy, "patience rewarded");
        say(6, "16:00", cuttings, juniper, "swap meet was great, thank you everyone who came 💚");
        say(6, "16:30", cuttings, basil, "I came by at half 2 but the neon was gone 😢");

        // Lark's week of news about her own plants in the general chat.
        String[] news = {"my new variegated monstera arrived today, I'm shaking",
            "I repotted it straight away into my chunky aroid mix, I know I know",
            "my string of hearts is finally trailing past the shelf, I've waited a year for this",
            "I bought another philodendron. my partner has stopped asking",
            "my pink princess is throwing a half moon leaf, I'm going to cry",
            "I moved my whole collection to the south window, my living room is basically a greenhouse now",
            "my new grow light arrived, I've set up a timer for my babies, 12h on",
            "my monstera has a new leaf unfurling already, I'm checking it every hour",
            "I just ordered 3 more hoyas from my favourite shop, my wallet is crying",
            "my prayer plant folds up every night and I love it so much",
            "my calathea is finally not crispy, I think my humidifier fixed it",
            "my collection is now 94 plants, my goal is 100 by summer"};
        for (int i = 0; i < news.length; i++) {
            say(8 + i / 2, i % 2 == 0 ? "09:15" : "20:05", potting, lark, news[i]);
        }
        Post gnats = say(8, "11:00", potting, basil, "fungus gnats everywhere, sticky traps aren't enough. what "
                + "actually works?");
        re(8, "11:20", yuki, gnats, "mosquito bits in the watering can + let the top 3cm dry out. takes 2 weeks");
        re(8, "11:30", basil, gnats, "trying it, thanks");
        say(9, "14:00", potting, juniper, "anyone else's tap water suddenly super chalky?");
        say(9, "14:10", potting, mossy, "yes!! white crust on all my terracotta");
        Post lightQ = say(10, "13:00", potting, basil, "what grow lights are people using? mine are the cheap purple "
                + "ones and they hurt my eyes");
        re(10, "13:40", fern, lightQ, "full spectrum white bars, the Barrina ones. way nicer to live with");
        say(11, "12:00", potting, mossy, "open question: does anyone actually mist or is it a myth");
        say(11, "12:15", potting, yuki, "myth mostly, humidity from a tray or humidifier does more");

        // Yuki in the plant hospital: answers, several with guides by other people.
        Post rot = say(15, "09:00", hospital, basil, "fiddle leaf dropping bottom leaves, soil stays wet for a week");
        re(15, "09:20", yuki, rot, "sounds like the start of root rot. unpot and check for brown mushy roots. "
                + "this guide has good photos: https://houseplantclinic.example/root-rot");
        re(15, "09:40", basil, rot, "roots are brown at the bottom ugh");
        re(15, "09:50", yuki, rot, "cut them back to firm white root, chunkier mix, smaller pot");
        Post thrips = say(15, "18:00", hospital, juniper, "silver streaks on my monstera leaves?");
        re(15, "18:15", yuki, thrips, "thrips probably. shake a leaf over white paper. treatment guide: "
                + "https://greenthumb.example/thrips");
        Post yellow = say(16, "10:00", hospital, fern, "hoya leaves going yellow and soft");
        re(16, "10:20", yuki, yellow, "overwatering usually, hoyas want to dry out fully. "
                + "https://hoyasociety.example/care/watering");
        re(16, "10:30", fern, yellow, "oops. yes I've been loving it to death");
        Post spots = say(17, "13:00", hospital, mossy, "brown spots with yellow halo on my alocasia");
        re(17, "13:15", yuki, spots, "bacterial leaf spot looks like that. cut the leaves, no misting, airflow. "
                + "https://plantpathology.example/leaf-spot");
        re(17, "13:30", mossy, spots, "thanks, it was right next to the humidifier");
        Post mites = say(18, "11:00", hospital, lark, "webbing under my calathea leaves???");
        re(18, "11:10", yuki, mites, "spider mites. shower it, then neem or insecticidal soap weekly for a month. "
                + "https://greenthumb.example/spider-mites");
        re(18, "11:30", lark, mites, "ugh ok, showering it now, thank you");
        say(19, "19:00", potting, basil, "the neon pothos from juniper's swap table, she saved me one from the "
                + "next batch after all 💚");
        say(19, "19:05", potting, juniper, "better late than never lol");
    }

    private void locks() {
        say(1, "18:00", ethics, oswin, "rules poll: we're rewording rule 2 (\"never pick a lock you don't own or "
                + "one in use\"). two options in the pinned poll, vote by Sunday");
        say(1, "18:30", ethics, zeb, "voted. option B reads clearer");
        // Kira's belt log, in the channel for it.
        String[] log = {"Master 140 open, 4 min. pin 3 was the binder every time", "Brinks 40mm brass, 2 min, "
                + "light tension was the key", "Abus 55/40 raked in 30s, SPP'd in 6 min. learned the counter "
                + "rotation on the spools", "Master 570 gutted and repinned with 2 spools, picked in 9 min",
            "yellow belt submission video recorded", "American 1100 attempt 1: 40 min, nothing. my tension is "
                + "too heavy", "American 1100 attempt 2: got to the last pin and lost it", "American 1100 open!!! "
                + "1h12 total over 3 days", "Sparrows dimple practice lock, 3 min",
            "Paclock 90A, no luck after an hour, pausing"};
        for (int i = 0; i < log.length; i++) {
            say(1 + i / 2, i % 2 == 0 ? "19:00" : "22:00", beltLog, kira, log[i]);
        }
        say(4, "22:10", beltLog, oswin, "congrats on the 1100 Kira, that lock is mean");
        say(2, "12:00", pickHelp, rusty, "tired of cheap picks snapping? my handmade titanium picks just restocked, "
                + "lifetime warranty. DM me for prices");
        say(2, "12:20", pickHelp, zeb, "this channel is for stuck locks mate");
        say(4, "15:00", toolsChat, rusty, "new batch of titanium sets done, 3 sets left, $45 shipped, DM me");
        say(4, "15:30", toolsChat, ana, "do they come with a tension wrench or just picks?");
        say(4, "15:40", toolsChat, rusty, "2 wrenches included, top and bottom of keyway");

        Post stuck1 = say(8, "20:00", pickHelp, pim, "Master 140, I feel 2 pins set then nothing moves. first lock "
                + "ever. help");
        re(8, "20:15", kira, stuck1, "ease off the tension a LOT. the 140 needs almost nothing, like the weight of "
                + "a coin. then go back to pin 1 and check for oversets");
        re(8, "20:40", pim, stuck1, "ok trying");
        Post stuck2 = say(9, "21:00", pickHelp, pim, "got a false set I think?? the core turned a tiny bit");
        re(9, "21:10", kira, stuck2, "yes that's a spool! keep light tension, push the spool pin and let the core "
                + "counter-rotate a bit, it'll set");
        re(9, "21:30", pim, stuck2, "OPEN 🔓🔓");
        Post stuck3 = say(11, "19:30", pickHelp, pim, "now the Brinks 40mm, it's way harder than the Master?");
        re(11, "19:45", kira, stuck3, "tighter tolerances. try bottom of keyway tension, more room for the pick. "
                + "and count the pins first, it's 4 not 5");
        re(11, "20:10", pim, stuck3, "4 pins ok. nothing yet");
        say(12, "18:00", beltLog, pim, "white belt: Master 140 and a Brinks 40mm (well, almost the Brinks)");
        Post anaQ = say(12, "18:20", pickHelp, ana, "Master 140, false set on pin 3 and then it won't move. is it "
                + "a spool? what do I do");
        say(12, "18:40", beltLog, pim, "going for the Brinks again after dinner");
        say(12, "18:45", toolsChat, pim, "what's a good second pick set? the cheap one has a bent hook already");
        say(12, "19:00", toolsChat, zeb, "Sparrows Tuxedo or a Covert Instruments starter, either is fine");
        say(13, "09:00", pickHelp, oswin, "Anahita yes that's the spool, light tension and let it counter-rotate");
        say(13, "09:20", pickHelp, ana, "that did it, thank you!");
        Post wtb = say(10, "14:00", lockSwap, zeb, "WTB a decent tension wrench set, anyone?");
        re(10, "14:10", rusty, wtb, "got a 12 piece TOOR-style set, $25 shipped, dm");
        re(10, "14:30", zeb, wtb, "deal, DMing");

        Post starter = say(15, "17:00", toolsChat, ana, "which picks should a beginner actually buy? the 30 piece "
                + "sets look like junk");
        re(15, "17:20", zeb, starter, "all good starter options, none of them mine lol:\n"
                + "https://sparrowslockpicks.example/tuxedo\nhttps://covertinstruments.example/jackknife\n"
                + "https://peterson.example/gsp-ghost\nhttps://multipick.example/elite-starter\n"
                + "avoid the 30 piece ones, you use 3 picks anyway");
        re(15, "17:40", ana, starter, "thanks Zeb, going for the tuxedo");
        say(16, "19:00", beltLog, kira, "Paclock 90A finally open after a week, 2h total. orange belt next");
        say(16, "19:20", beltLog, pim, "Brinks 40mm open!! 25 min");
        say(17, "20:00", ethics, zeb, "reminder for the new people: only locks you own, never one in use. not a "
                + "joke rule");
        say(17, "20:10", ethics, pim, "yes, I only pick my own padlocks, bought them on purpose");
    }

    private void bookkeepers() {
        String vatArticle = "https://central.xero.example/s/article/Reconcile-VAT-payments";
        say(1, "09:00", pricing, cam, "morning all. raising my monthly retainers 8% from May, letters went out "
                + "yesterday. 2 clients grumbled, 0 left");
        say(1, "09:20", pricing, bea, "brave! I've been putting mine off since January");
        Post vat1 = say(2, "10:00", software, olu, "how do you reconcile a VAT payment to HMRC in Xero so it clears "
                + "the liability? mine keeps showing as spend money");
        re(2, "10:20", hana, vat1, "you want to code it to the VAT account, not an expense, and ideally mark the "
                + "return as paid from the VAT report. step by step here: " + vatArticle);
        re(2, "10:30", olu, vat1, "that's it, thank you!");
        Post vat2 = say(4, "14:00", software, pia, "client paid their VAT in two instalments, Xero only lets me "
                + "match one?");
        re(4, "14:25", hana, vat2, "you can record both as partial payments against the return, section 3 of this: "
                + vatArticle);
        Post vat3 = say(6, "11:00", software, bea, "VAT payment sits in unreconciled forever, what am I missing");
        re(6, "11:15", hana, vat3, "same fix as Olu's earlier this week, it's in here: " + vatArticle);
        re(6, "11:30", bea, vat3, "got it, coded it to expenses like an idiot 🙃");
        Post shoebox = say(3, "16:00", clients, pia, "client sent me a carrier bag of receipts. a literal bag. "
                + "for the whole year. due in 3 weeks");
        re(3, "16:10", olu, shoebox, "charge a catch-up fee and put a deadline in writing. Dext the lot");
        re(3, "16:20", pia, shoebox, "catch-up fee yes. the bag smells of coffee");

        joins(8, "09:00", software, trent);
        Post stripe = say(9, "10:00", software, hana, "Stripe payouts in Xero: how do you split out the fees "
                + "without the clearing account turning into a mess?");
        re(9, "10:30", olu, stripe, "clearing account is the way, but post the payout report not the individual "
                + "charges. gross sales in, fees out, payout to bank. one journal a payout");
        re(9, "10:36", trent, stripe, "this is exactly what we fix. we help bookkeepers automate Stripe "
                + "reconciliations end to end, grab 15 min on my calendar: https://cal.example/trent/15min");
        re(9, "11:00", hana, stripe, "Olu thank you, that's tidier than what I do");
        say(10, "09:00", pricing, trent, "what do people here charge for monthly bookkeeping? asking for market "
                + "research");
        say(10, "09:30", pricing, bea, "depends on volume. £200-600 for most of my small clients");
        Post client = say(10, "15:00", overflow, olu, "@Bea Thornquist sent a client your way, a cafe with 2 sites. "
                + "I'm full till autumn. she'll email you Monday");
        re(10, "15:20", bea, client, "oh amazing, thank you Olu! I'll look after her");
        say(11, "12:00", smallWins, bea, "signed the cafe Olu passed me 🎉");
        say(11, "12:05", smallWins, olu, "🎉");

        String pod = "https://podcasts.example/balanced-books";
        say(2, "19:00", pricing, pia, "does anyone price per transaction? thinking of trying it");
        say(2, "19:10", pricing, olu, "tried it, clients hate not knowing the monthly number");
        say(15, "10:00", smallWins, bea, "finished year end for my first limited company client solo!");
        say(15, "10:30", smallWins, bea, "and I've got my AAT level 4 exam date, June 🤞");
        say(16, "11:00", smallWins, bea, "I hit 20 monthly clients today, I started this two years ago with one "
                + "and a kitchen table. I honestly didn't think I'd get here");
        say(16, "11:10", smallWins, cam, "well done Bea!");
        say(17, "09:00", smallWins, bea, "I got my first referral from an accountant I've never met, my name is "
                + "getting around");
        say(16, "08:00", software, cam, "https://cam-ortiz.example/webinar-cashflow");
        say(17, "10:00", pricing, pia, "@Bea Thornquist @Cam Ortiz would you mind subscribing to my podcast Balanced "
                + "Books? new episodes every Tuesday, it would mean a lot 🙏 " + pod);
        say(17, "10:05", clients, pia, "and if anyone here could leave a 5 star review on Balanced Books that would "
                + "help so much 🙏 " + pod);
        say(17, "14:00", clients, olu, "client asked me to 'just quickly' do their personal tax return as well. "
                + "for free. because it's 'only one form'");
        say(17, "14:10", clients, hana, "the 'only one form' clients 😂 quote them the full fee");
    }
}
