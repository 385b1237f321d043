package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 22 (sealed, session 25): eight communities of kinds no earlier round wrote (watch collectors, coin
 * collectors, an archery club, hot sauce makers, bookbinders, landscapers, an esports team's community, tea sellers
 * and drinkers), three ISO weeks of 2026 (W03 to W05), written and labelled before any coach ran on them. The
 * writer's verdicts are in {@code eval/held-out-scenes-22.csv}.
 */
final class HeldOutScenes22Script extends StoryScript {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 12);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 2, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    // A. Watch collectors
    private final String gWatch = cast.guild(531);
    private final Channel wristCheck = cast.channel(gWatch, "Crown & Caseback", "wrist-check",
            "Watch of the day: one wrist shot, what you're wearing today. Chat in the replies", "watch-wrist-check.json");
    private final Channel askWatchmaker = cast.channel(gWatch, "Crown & Caseback", "ask-a-watchmaker",
            "Running fast, stopped, fogged up, service questions. Marek and the other bench people answer when they can",
            "watch-ask-a-watchmaker.json");
    private final Channel salesCorner = cast.channel(gWatch, "Crown & Caseback", "sales-corner",
            "WTS / WTB / WTT. Price and pics or it didn't happen", "watch-sales-corner.json");
    private final Channel grailTalk = cast.channel(gWatch, "Crown & Caseback", "grail-talk", null,
            "watch-grail-talk.json");
    private final Channel movementNerds = cast.channel(gWatch, "Crown & Caseback", "movement-nerds",
            "calibres, complications, lume, the deep end", "watch-movement-nerds.json");
    private final Persona tobias = cast.person("tobi.wren", "Tobias Wren");
    private final Persona priya = cast.person("priya.nk", "Priya Nandakumar");
    private final Persona marek = cast.person("marek.bench", "Marek Dvořák");
    private final Persona jules = cast.person("julesokafor", "Jules Okafor");
    private final Persona dwayne = cast.person("dpettit_flips", "Dwayne Pettit");
    private final Persona hana = cast.person("hana.s", "Hana Sato");

    // B. Coin collectors
    private final String gCoin = cast.guild(532);
    private final Channel idThisCoin = cast.channel(gCoin, "Obverse & Reverse", "id-this-coin",
            "Post both sides + weight and diameter if you can. Someone will know", "coin-id-this-coin.json");
    private final Channel dieVarieties = cast.channel(gCoin, "Obverse & Reverse", "die-varieties",
            "DDOs, RPMs, overdates, the stuff that makes you buy a loupe", "coin-die-varieties.json");
    private final Channel bourse = cast.channel(gCoin, "Obverse & Reverse", "bourse",
            "Buy / sell / trade. Dealers welcome: list price and terms", "coin-bourse.json");
    private final Channel toningDebate = cast.channel(gCoin, "Obverse & Reverse", "toning-debate", null,
            "coin-toning-debate.json");
    private final Channel showReports = cast.channel(gCoin, "Obverse & Reverse", "show-reports",
            "Been to a coin show? Tell us what the floor was like", "coin-show-reports.json");
    private final Persona ruth = cast.person("ruth_abernathy", "Ruth Abernathy");
    private final Persona kofi = cast.person("kofi.m", "Kofi Mensah");
    private final Persona lars = cast.person("eklundcoins", "Lars Eklund");
    private final Persona beatrix = cast.person("bea.holm", "Beatrix Holm");
    private final Persona ozzie = cast.person("ozzie_fw", "Ozzie Fairweather");
    private final Persona nils = cast.person("nils.v", "Nils Varga");

    // C. Archery club
    private final String gArch = cast.guild(533);
    private final Channel rangeDays = cast.channel(gArch, "Fletchers Field Archery Club", "range-days", null,
            "arch-range-days.json");
    private final Channel tuningBench = cast.channel(gArch, "Fletchers Field Archery Club", "tuning-bench",
            "bow tuning, arrow spine, 'why do my arrows go left'", "arch-tuning-bench.json");
    private final Channel clubShoots = cast.channel(gArch, "Fletchers Field Archery Club", "club-shoots",
            "Club shoots and competitions: dates, sign-ups, lift shares", "arch-club-shoots.json");
    private final Channel kitSwap = cast.channel(gArch, "Fletchers Field Archery Club", "kit-swap",
            "buy, sell, swap kit. say price + condition", "arch-kit-swap.json");
    private final Channel scores = cast.channel(gArch, "Fletchers Field Archery Club", "scores",
            "post your scores from practice and shoots, PBs get cake", "arch-scores.json");
    private final Persona gwen = cast.person("gwen.secretary", "Gwen Pryce");
    private final Persona callum = cast.person("callum_reid", "Callum Reid");
    private final Persona aiyana = cast.person("aiyana.b", "Aiyana Brooks");
    private final Persona declan = cast.person("dec_moss", "Declan Moss");
    private final Persona ingrid = cast.person("ingrid.sol", "Ingrid Solberg");
    private final Persona teo = cast.person("teo.prints", "Teo Marchetti");

    // D. Hot sauce makers
    private final String gSauce = cast.guild(534);
    private final Channel fermentLab = cast.channel(gSauce, "Scoville Syndicate", "ferment-lab",
            "mash, brine, pH, mold panic", "sauce-ferment-lab.json");
    private final Channel bottleShop = cast.channel(gSauce, "Scoville Syndicate", "bottle-shop-talk",
            "the business side: pricing, wholesale, label law, markets", "sauce-bottle-shop-talk.json");
    private final Channel labelCritique = cast.channel(gSauce, "Scoville Syndicate", "label-critique",
            "Post your label or bottle design, get honest opinions. Give one, get one.", "sauce-label-critique.json");
    private final Channel chiliGrow = cast.channel(gSauce, "Scoville Syndicate", "chili-grow", null,
            "sauce-chili-grow.json");
    private final Channel swapAndSell = cast.channel(gSauce, "Scoville Syndicate", "swap-and-sell",
            "sell or swap bottles, seeds, mash. price + shipping", "sauce-swap-and-sell.json");
    private final Persona rosa = cast.person("rosa.diablo", "Rosa Delgado");
    private final Persona finn = cast.person("finnh", "Finn Harrow");
    private final Persona mateus = cast.person("mateus.grows", "Mateus Oliveira");
    private final Persona keisha = cast.person("keisha.ember", "Keisha Grant");
    private final Persona pavel = cast.person("pavel.shelfready", "Pavel Ignatov");
    private final Persona luz = cast.person("luz.ortega", "Luz Ortega");
    private final Persona shirin = cast.person("shirin.k", "Shirin Kazemi");
    private final Channel dmPavel = cast.dm(pavel, "sauce-dm-pavel.json");

    // E. Bookbinders
    private final String gBind = cast.guild(535);
    private final Channel onTheBench = cast.channel(gBind, "Kettle Stitch Collective", "on-the-bench",
            "what you're binding right now: WIP photos and chat", "bind-on-the-bench.json");
    private final Channel paperBoard = cast.channel(gBind, "Kettle Stitch Collective", "paper-and-board", null,
            "bind-paper-and-board.json");
    private final Channel spineCracked = cast.channel(gBind, "Kettle Stitch Collective", "my-spine-cracked",
            "help! when a binding goes wrong", "bind-my-spine-cracked.json");
    private final Channel commissionsBoard = cast.channel(gBind, "Kettle Stitch Collective", "commissions-board",
            "Binders: post your open commissions. Clients: post what you're looking for.",
            "bind-commissions-board.json");
    private final Channel zineFair = cast.channel(gBind, "Kettle Stitch Collective", "zine-fair-2026",
            "Leeds Zine & Book Arts Fair, 14 March: tables, volunteers, planning", "bind-zine-fair-2026.json");
    private final Persona odile = cast.person("odile.m", "Odile Marchand");
    private final Persona benny = cast.person("bennykwan", "Benny Kwan");
    private final Persona yusra = cast.person("yusra.binds", "Yusra Haddad");
    private final Persona caoimhe = cast.person("caoimhe.b", "Caoimhe Byrne");
    private final Persona alder = cast.person("aldervoss", "Alder Voss");
    private final Persona magnus = cast.person("magnus.lind", "Magnus Lind");

    // F. Landscapers
    private final String gLand = cast.guild(536);
    private final Channel yardTalk = cast.channel(gLand, "Groundwork Pros", "yard-talk", null, "land-yard-talk.json");
    private final Channel homeownerQs = cast.channel(gLand, "Groundwork Pros", "homeowner-questions",
            "Homeowners: ask the pros. Pros: be helpful, no hard selling", "land-homeowner-questions.json");
    private final Channel bids = cast.channel(gLand, "Groundwork Pros", "estimating-and-bids",
            "pricing, bids, margins, clients from hell", "land-estimating-and-bids.json");
    private final Channel equipment = cast.channel(gLand, "Groundwork Pros", "equipment-classifieds",
            "buy/sell mowers, trailers, compact equipment", "land-equipment-classifieds.json");
    private final Channel jobPics = cast.channel(gLand, "Groundwork Pros", "job-pics",
            "before/after of your jobs", "land-job-pics.json");
    private final Persona travis = cast.person("boone_outdoor", "Travis Boone");
    private final Persona meiLin = cast.person("meilin.z", "Mei-Lin Zhou");
    private final Persona ezekiel = cast.person("zeke.ramos", "Ezekiel Ramos");
    private final Persona brandi = cast.person("brandi.k", "Brandi Kowalski");
    private final Persona sven = cast.person("sven.aalto", "Sven Aalto");
    private final Persona dolores = cast.person("dolores.q", "Dolores Quintero");

    // G. Esports team community
    private final String gEsports = cast.guild(537);
    private final Role staff = cast.role("Staff", "#9b59b6", 2);
    private final Channel matchDay = cast.channel(gEsports, "Nightjar Esports", "match-day", null,
            "nj-match-day.json");
    private final Channel clips = cast.channel(gEsports, "Nightjar Esports", "clips",
            "your clips & highlights. link + what happened", "nj-clips.json");
    private final Channel askTheTeam = cast.channel(gEsports, "Nightjar Esports", "ask-the-team",
            "Questions for the Nightjar staff: orders, tickets, tryouts. Staff answer here", "nj-ask-the-team.json");
    private final Channel merchDrops = cast.channel(gEsports, "Nightjar Esports", "merch-drops", null,
            "nj-merch-drops.json");
    private final Channel scrimFinder = cast.channel(gEsports, "Nightjar Esports", "scrim-finder",
            "LF scrim / LF team. Amateur rosters looking for practice", "nj-scrim-finder.json");
    private final Persona kenji = cast.person("kenji.nj", "Kenji Arakawa", staff);
    private final Persona val = cast.person("vxl", "Val Petrov", staff);
    private final Persona ollie = cast.person("olliet", "Ollie Thwaite");
    private final Persona marisol = cast.person("marisol.v", "Marisol Vega");
    private final Persona dev = cast.person("devchaudhry_", "Dev Chaudhry");
    private final Persona zara = cast.person("zara.e", "Zara Ellison");

    // H. Tea sellers and drinkers
    private final String gTea = cast.guild(538);
    private final Channel cuppingNotes = cast.channel(gTea, "Steep & Leaf", "cupping-notes",
            "Your tasting notes: what you brewed, how, what you tasted", "tea-cupping-notes.json");
    private final Channel brewingHelp = cast.channel(gTea, "Steep & Leaf", "brewing-help", null,
            "tea-brewing-help.json");
    private final Channel vendorShelf = cast.channel(gTea, "Steep & Leaf", "vendor-shelf",
            "Vendors: new arrivals and restocks here, one post per restock", "tea-vendor-shelf.json");
    private final Channel teaware = cast.channel(gTea, "Steep & Leaf", "teaware", null, "tea-teaware.json");
    private final Channel teaSwap = cast.channel(gTea, "Steep & Leaf", "tea-swap",
            "samples and swaps between members, UK + EU", "tea-tea-swap.json");
    private final Persona lin = cast.person("mountainmist.lin", "Lin Wei");
    private final Persona harriet = cast.person("harriet.oakes", "Harriet Oakes");
    private final Persona amara = cast.person("amara.n", "Amara Nwosu");
    private final Persona rafe = cast.person("rafe_c", "Rafe Cullen");
    private final Persona suki = cast.person("suki.clay", "Suki Tanabe");
    private final Persona bogdan = cast.person("bogdan.teahouse", "Bogdan Ilić");

    private HeldOutScenes22Script() {
        super(new SceneIds(15600), FIRST_DAY, 21);
    }

    /** The round's export: file name to DiscordChatExporter JSON. */
    static Map<String, String> files() {
        HeldOutScenes22Script script = new HeldOutScenes22Script();
        script.watches();
        script.coins();
        script.archery();
        script.sauce();
        script.binders();
        script.landscapers();
        script.esports();
        script.tea();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-22"), files(),
                "held-out scenes round 22");
    }

    /** A. Watch collectors: wrist shots, a watchmaker's bench, a flipper. */
    private void watches() {
        Post speedy = say(1, "09:12", wristCheck, tobias, "monday = speedy. sotd 🌙 https://imgur.com/a/tw9Qsp1");
        Post alp = say(1, "09:40", wristCheck, hana, "SARB017 today, green dial in the winter light https://imgur.com/a/hs01alp");
        alp.react("😍", tobias);
        re(1, "10:05", tobias, alp, "that dial never gets old");
        Post grail = say(1, "13:20", grailTalk, priya, "ok controversial but is the GS snowflake still a grail if everyone owns one now");
        say(1, "13:31", grailTalk, tobias, "lol 'everyone'. I don't own one 😂");
        re(1, "13:45", hana, grail, "grail = the one you cant stop thinking about. for me still a vintage Heuer Carrera 2447");
        say(1, "13:52", grailTalk, priya, "ok that's a proper answer, fair");
        joins(2, "08:01", wristCheck, jules);
        Post drawer = say(2, "08:30", askWatchmaker, jules, "hi all, new here. my dad's old Seiko 5 runs like +40 sec a day since I got it out. is that normal or is something broken? it sat in a drawer for years");
        Post demag = re(2, "09:10", marek, drawer, "+40 after years in a drawer is not surprising. oils dry out, or it got magnetised sitting near a speaker or a phone. first try a demagnetiser (the cheap blue ones are fine) and time it over 3 days: dial up, crown up, flat");
        re(2, "09:25", dwayne, drawer, "honestly old 5s arent worth fixing. I've got a SARB033 mint, $340 but could do $300 for you, DM me 👍");
        Post after = re(2, "09:41", jules, demag, "thanks!! I'll try the demag thing, what should it be after?");
        re(2, "10:02", marek, after, "anything within ±15 a day on a 7S26 is in spec honestly. post your numbers here after");
        say(2, "14:00", salesCorner, dwayne, "WTS SARB033 black dial, full kit, box + papers, $340 shipped CONUS. pics https://imgur.com/a/dp033kit");
        say(2, "18:20", wristCheck, marek, "bench watch today, a 70s Poljot with a cracked crystal I keep meaning to swap https://imgur.com/a/mk-poljot");
        say(3, "11:15", grailTalk, dwayne, "speaking of grails, the SARB033 is the poor mans GS and mine is for sale, $340, DM me before it goes");
        Post osaka = say(3, "12:00", grailTalk, priya, "I'm off to Osaka for work till the 26th, lurking at best. if anyone wants me to look for something in Nakano lmk before wed 🇯🇵");
        re(3, "12:20", hana, osaka, "jealous!! Nakano Broadway is dangerous for wallets");
        re(3, "12:35", tobias, osaka, "safe travels! find me a 6105 lol");
        re(3, "20:10", priya, osaka, "haha noted, no promises on a 6105 at a sane price");
        say(4, "09:02", wristCheck, hana, "Orient Bambino, dress watch kind of day https://imgur.com/a/hs-bambino");
        say(4, "09:30", wristCheck, tobias, "Tudor BB58 on the fabric strap https://imgur.com/a/tw-bb58");
        say(5, "11:40", movementNerds, dwayne, "if anyone wants a 6R15 that actually keeps time, my SARB033 is $340, DM me");
        Post oris = say(5, "18:00", movementNerds, tobias, "@Priya Nandakumar did your Oris come back from the service yet? thinking of sending mine to the same place");
        Post sellita = say(5, "18:30", movementNerds, marek, "if it's an Oris 733 that's a Sellita SW200 inside, any decent independent can do it, no need for the brand service centre");
        re(5, "18:50", tobias, sellita, "oh good to know, cheers");
        Post first = say(6, "10:00", wristCheck, jules, "first wrist check!! dad's Seiko 5, demagnetised and now +9/day 🙌 https://imgur.com/a/js5dad");
        first.react("🔥", marek, hana, tobias);
        re(6, "10:20", marek, first, "told you 😄 +9 is great for that calibre");
        re(6, "10:31", hana, first, "love that it's your dad's, wear it in good health");
        say(7, "16:40", movementNerds, hana, "anyone else think the 9F quartz is more impressive than most mechanical stuff? ducks");
        say(7, "16:55", movementNerds, marek, "as the guy who services mechanicals: yes. don't tell anyone");

        // Week 2: Hana's daily wrist shots; Jules keeps learning, and answers someone else; Marek is asked for a price.
        say(8, "08:45", wristCheck, hana, "Seiko Turtle, blue monday https://imgur.com/a/hs-turtle");
        Post crown = say(8, "11:10", askWatchmaker, jules, "is it bad that my crown doesn't screw down all the way? it stops like half a turn early");
        re(8, "11:40", marek, crown, "don't force it. usually dirt or a worn tube thread. clean the threads with a soft toothbrush and try again, if it still stops don't get it wet");
        re(8, "12:02", jules, crown, "ok cleaned it and it went all the way 🙏");
        say(8, "17:30", wristCheck, hana, "swapped to a nato for the evening https://imgur.com/a/hs-turtle-nato");
        say(9, "08:50", wristCheck, hana, "Alpinist again, can't help it https://imgur.com/a/hs-alp2");
        say(9, "09:15", wristCheck, tobias, "Speedy again, it's that kind of week https://imgur.com/a/tw-speedy2");
        Post service = say(9, "12:30", askWatchmaker, tobias, "@Marek Dvořák how much does a full service on a 7750 run at your shop? I'm in Leeds too, rather hand it to someone I know");
        re(9, "13:05", marek, service, "for a 7750 I charge £220 for a full service, about 6-8 weeks right now. bring it to the shop on Kirkgate any weekday or DM me and I'll send the postal form");
        re(9, "13:20", tobias, service, "perfect, I'll drop it in thursday");
        say(10, "08:40", wristCheck, hana, "Bambino, cream dial, rainy day https://imgur.com/a/hs-bambino2");
        Post pins = say(10, "10:00", askWatchmaker, jules, "how do you get the spring bars out without scratching the lugs lol, I already made one mark");
        re(10, "10:25", tobias, pins, "masking tape on the lugs and a proper fork tool, not a screwdriver. been there");
        re(10, "10:40", jules, pins, "masking tape, genius. thanks Tobias");
        say(10, "19:00", wristCheck, hana, "evening swap: Casio F91W, the true grail https://imgur.com/a/hs-f91w");
        say(11, "08:55", wristCheck, hana, "Turtle on a rubber strap for the gym https://imgur.com/a/hs-turtle-rubber");
        say(11, "09:20", wristCheck, marek, "Poljot finally has its new crystal https://imgur.com/a/mk-poljot2");
        say(12, "08:35", wristCheck, hana, "Orient Star moonphase, been neglecting it https://imgur.com/a/hs-moon");
        Post wr = say(12, "11:00", askWatchmaker, jules, "last noob q this week I promise: my Seiko says 10 bar. is it ok in the shower?");
        re(12, "11:30", marek, wr, "10 bar on paper, but the gaskets in your dad's are 40 years old. I wouldn't get it wet at all until it's been pressure tested");
        re(12, "11:45", jules, wr, "ok no showers then. thank you Marek, seriously");
        say(13, "08:40", wristCheck, hana, "SARB017 again, sorry not sorry https://imgur.com/a/hs-alp3");
        Post hack = say(13, "14:10", askWatchmaker, hana, "dumb q, does the 7S26 hack? trying to set my old SKX to the second");
        re(13, "14:32", jules, hack, "nope it doesnt hack, I found out the hard way lol. you can pull the crown and nudge the hand back a tiny bit to make it stop for a second, Marek showed me that");
        re(13, "14:50", hana, hack, "ha that works, thanks Jules");
        say(14, "09:10", wristCheck, hana, "sunday Bambino https://imgur.com/a/hs-bambino3");
        say(14, "09:40", wristCheck, jules, "sunday dad watch https://imgur.com/a/js-sunday");

        // Week 3: Priya is back.
        say(15, "09:00", wristCheck, tobias, "Speedy back from Marek's. runs +1 now, witchcraft https://imgur.com/a/tw-speedy3");
        Post back = re(15, "19:30", priya, oris, "back from Osaka! jetlag is brutal. @Tobias Wren sorry only just saw this, yes the Oris came back after 5 weeks, running +2, really happy with them. Marek's right that any indie can do it though");
        re(15, "19:45", tobias, back, "welcome back! and good to hear, thanks");
        say(16, "12:00", grailTalk, priya, "report from Nakano: saw three 6105s, all redialled, all silly money. bought a Grand Seiko strap instead like a coward");
        say(16, "12:20", grailTalk, hana, "the most relatable purchase");
        say(17, "10:10", salesCorner, dwayne, "price drop SARB033 now $310 shipped https://imgur.com/a/dp033kit");
        say(18, "09:05", wristCheck, priya, "first wrist shot in weeks, the Oris https://imgur.com/a/pn-oris");
        say(19, "16:00", movementNerds, marek, "psa for winter: if your watch fogs after coming in from the cold, that's a gasket, not 'normal'. bring it in before it rusts");
        say(19, "16:15", movementNerds, tobias, "good psa, mine did that last year and the dial got spots");
    }

    /** B. Coin collectors: a grader who answers everything, a dealer and his customer, a collector who talks about his set. */
    private void coins() {
        Post jar = say(1, "10:15", idThisCoin, kofi, "found this 1955 cent in my grandpa's jar. is the date doubled or am I seeing things?? https://imgur.com/a/k1955c");
        Post md = re(1, "11:02", ruth, jar, "That's machine doubling, sorry! Flat, shelf-like, only on one side of the digits. The real 55 DDO has rounded, fully separated letters everywhere on the obverse: https://www.pcgs.com/coinfacts/coin/1955-1c-doubled-die-obverse/2825");
        re(1, "11:20", kofi, md, "ahh damn. ok the shelf thing makes sense now");
        say(1, "15:00", toningDebate, nils, "hot take: 90% of 'monster toners' on ebay are oven-baked and we all know it");
        say(1, "15:12", toningDebate, ruth, "not a hot take, just true. the tell is colour that ignores the devices");
        say(1, "15:30", toningDebate, lars, "as a dealer I'll say the market doesn't care, it pays for colour. sadly");
        say(2, "09:00", bourse, lars, "New in: 1881-S Morgan MS64 $95, 1943-D Walking Liberty AU58 $48, 1916 Buffalo VF $22. Full list + pics: https://eklundcoins.example/new-arrivals");
        Post rpm = say(3, "19:40", dieVarieties, kofi, "how do you even tell a repunched mintmark from a normal one? my 1946-D nickel's D looks fat");
        re(3, "20:05", ruth, rpm, "Under 10x you want to see a second D peeking out, usually north or east. 'Fat' alone is often just a worn die. Variety Vista has photos of every listed one: https://www.varietyvista.com/01b%20LC%20RPM/");
        re(3, "20:30", kofi, rpm, "oh that site is a rabbit hole, thank you");
        say(4, "13:30", showReports, nils, "Whitman Baltimore report: floor was packed, Morgans soft, early copper crazy strong. saw a 1793 chain cent in person and had to sit down");
        say(4, "13:45", showReports, lars, "agree on copper. I sold out of large cents by noon saturday");
        say(4, "14:10", showReports, ruth, "the chain cent at the PCGS table? gorgeous coin");
        Post weight = say(5, "17:00", idThisCoin, kofi, "another one from the jar, 1964 quarter and my scale says 5.67g. is that right for silver?");
        re(5, "17:25", ruth, weight, "No, 90% silver quarters are 6.25g; 5.67g is clad. A 1964 should be silver, so check the date again, it might be a 1965 or the scale's off. Coin weights chart: https://www.usmint.gov/learn/coin-and-medal-programs/coin-specifications");
        re(5, "17:40", kofi, weight, "omg it IS a 1965. thank you Ruth 🙏");
        Post wheat = say(5, "17:55", idThisCoin, nils, "quick one: how do people tell machine doubling from a real doubled die on wheat cents? got a 1917 where the 17 looks shelf-like but the IN GOD WE TRUST is weird");
        say(5, "18:15", toningDebate, kofi, "lol look at this toning on a penny from the jar, is this the oven thing https://imgur.com/a/k-toned");
        say(5, "18:30", toningDebate, nils, "that's just a dirty penny mate 😂");
        re(6, "09:30", ruth, wheat, "Shelf-like on the date = machine doubling. If IGWT shows split serifs and notches, it may be the real 1917 DDO: compare with https://www.pcgs.com/coinfacts/coin/1917-1c-doubled-die-obverse/3252");
        re(6, "10:00", nils, wheat, "split serifs, yes. sending it in!");
        say(6, "15:00", bourse, lars, "Weekend price drops on Morgans, 10% off anything over $80: https://eklundcoins.example/new-arrivals");
        say(7, "11:00", toningDebate, ruth, "rule I go by: toning that stops at a slab gasket line is real, toning that's even on the rims is suspicious");

        // Week 2: a customer asks the dealer; the dealer talks shop with the others instead; Ozzie and his set.
        Post walker = say(8, "10:20", bourse, beatrix, "@Lars Eklund got my Walking Liberty off you at the Baltimore show in November and I love it. do you still have the 1943-D AU58? I'd take it if so");
        Post rainbow = say(8, "14:00", toningDebate, nils, "ok settle this: is a rainbow Morgan worth 3x a white one or is that the hype talking");
        re(8, "14:20", ozzie, rainbow, "I have to say the rainbow Morgans are the best thing in my collection. I bought my first one in 1998 at a show in Long Beach and I've been building my set ever since, my 1880-S is PCGS MS65+ with crescent toning and I paid less than a white one back then. my registry set is ranked now and I'm honestly proud of it");
        re(8, "14:40", ruth, rainbow, "3x for natural, eye-appealing colour, sure. for artificial, 0x");
        say(9, "11:00", toningDebate, lars, "Ruth did you see the Heritage results last night? natural toners went through the roof");
        say(9, "11:20", toningDebate, ruth, "I did. that 1885-O went for 4 figures");
        say(9, "11:35", toningDebate, lars, "I had one like that in my case 3 years ago and sold it for $200. pain");
        Post slab = say(10, "16:00", showReports, nils, "anyone going to FUN next week? thinking about a table share");
        re(10, "16:20", lars, slab, "I'm there Thu-Sat, booth 812. happy to share with you Nils if you want half");
        re(10, "16:45", ozzie, slab, "I'm going, I go every year. I always take my best Morgans to show people, my wife says I'm insane. I'll probably buy another toner or two for my set, I have a list of my 12 missing dates and I carry it in my wallet");
        re(10, "17:00", nils, slab, "@Lars Eklund half a booth works, I'll DM");
        say(11, "12:00", dieVarieties, lars, "@Nils Varga your 1917 DDO come back from PCGS yet?");
        say(11, "12:30", dieVarieties, nils, "not yet, 'received' still. you know how it is");
        say(11, "12:45", dieVarieties, lars, "I had 40 coins sit at 'received' for 7 weeks last year, I feel you");
        Post fun = say(12, "09:00", showReports, ruth, "packing list for FUN, what am I forgetting: loupe, gloves, flashlight, comfortable shoes");
        re(12, "09:30", ozzie, fun, "I bring my own light box because I never trust show lighting, I learned that the hard way in 2004 when I bought a cleaned Morgan I thought was original. I've been careful ever since, my collection is all slabbed now and I keep my inventory spreadsheet on my phone");
        re(12, "09:50", lars, fun, "a notebook. I never remember what I quoted whom");
        say(13, "15:30", toningDebate, ozzie, "my newest: 1884-O with target toning, it's the centrepiece of my set now. I think I've finally got my registry where I want it https://imgur.com/a/oz-1884o");
        say(13, "15:50", toningDebate, lars, "that's a nice one, you'd get good money for it");
        Post twoBy = say(14, "10:10", idThisCoin, beatrix, "is this 1921 dollar a Morgan or a Peace? half the internet says both existed in 1921 https://imgur.com/a/bh-1921");
        re(14, "10:40", kofi, twoBy, "both did! that one's a Morgan (liberty head faces left). I learned that from Ruth's answers here lol");

        // Week 3: the dealer finally answers.
        re(16, "08:15", lars, walker, "Beatrix so sorry, only just saw this under the pile. the 43-D is still here, I'll hold it for you, $48 plus $5 ship");
        re(16, "09:00", beatrix, walker, "yay! thank you, sending now");
        say(17, "14:00", showReports, nils, "FUN report: packed again, copper still hot, Morgans still soft. Lars sold the last of his large cents to a kid with a jar of allowance money 😄");
        say(17, "14:30", showReports, kofi, "I want to go to one of these so bad");
        say(18, "10:00", dieVarieties, nils, "1917 DDO came back genuine!! thanks @Ruth Abernathy for the nudge");
        say(18, "10:20", dieVarieties, ruth, "brilliant! well spotted");
    }

    /** C. Archery club: the secretary's shoot, a coach with lessons, a jig maker, the scores board. */
    private void archery() {
        say(1, "08:30", clubShoots, gwen, "Field shoot at Hollins Wood on Sat 24th! 28 targets, marked + unmarked. Sign up so we can sort lifts and target groups: https://forms.gle/fffac24field");
        say(1, "12:00", rangeDays, declan, "range is open from 10 tomorrow, Gwen says the boss on target 4 is finally fixed");
        say(1, "12:10", rangeDays, ingrid, "🙌 target 4 was eating my arrows");
        joins(2, "17:50", rangeDays, aiyana);
        Post left = say(2, "18:10", tuningBench, aiyana, "hi! started recurve 2 months ago after the beginners course. my arrows keep grouping left, like 20cm at 18m, even when the shot feels good. any ideas?");
        re(2, "18:40", callum, left, "could be loads of things tbh. I coach privately at the field, £25/hr, message me and we'll sort it in one session");
        Post spine = re(2, "19:10", ingrid, left, "could be your clicker or plunger too. what draw weight are you on and what arrows?");
        Post weak = re(2, "19:30", aiyana, spine, "26lb, arrows are easton 1000 spine I think");
        re(2, "20:00", ingrid, weak, "1000 at 26lb can be weak-ish if they're cut long. borrow a stiffer set from the club box before you buy anything");
        re(2, "20:20", aiyana, weak, "oh I'll try that saturday, thank you!");
        say(3, "09:15", clubShoots, gwen, "12 spots left for Hollins Wood, form's here: https://forms.gle/fffac24field");
        say(3, "10:00", scores, declan, "Portsmouth practice round: 512. groups opening up on the last 2 dozen, tired arms");
        say(4, "14:00", kitSwap, teo, "Made a batch of 3D printed fletching jigs (straight + 2° helical), £18 posted UK. https://www.etsy.com/listing/1623445/fletching-jig-helical");
        say(4, "14:30", kitSwap, ingrid, "ooh might grab a helical one for the winter fletching session");
        say(5, "19:00", clubShoots, gwen, "Down to 4 spots! Lift sheet is in the same form, drivers please say how many seats 🚗 https://forms.gle/fffac24field");
        say(5, "19:20", clubShoots, declan, "signed up, I can take 3 from the Headingley end");
        Post stiff = say(6, "16:30", tuningBench, aiyana, "update: stiffer arrows from the club box and my group moved right into the gold!! 🎯");
        re(6, "16:50", ingrid, stiff, "YES. told you, spine is everything");
        say(7, "11:00", scores, ingrid, "WA 18 practice: 541, PB by 6!");
        say(7, "11:30", scores, declan, "nice one Ingrid 🎉");

        // Week 2: Declan's scores; Aiyana asks Ingrid; Declan asks for a jig; Aiyana asks Callum about lessons.
        say(8, "09:30", scores, declan, "monday lunchtime 30 arrows at 18m: 262");
        Post limbs = say(8, "12:15", rangeDays, aiyana, "@Ingrid Solberg what draw weight did you start on? the club box has 22 and 28 limbs and I can't decide");
        say(8, "17:00", scores, ingrid, "Portsmouth 548. slowly slowly");
        say(8, "19:00", scores, declan, "evening session 30 arrows: 270, better");
        Post jig = say(9, "10:20", tuningBench, declan, "anyone know a decent fletching jig that doesn't cost Bitzenburger money?");
        re(9, "10:45", teo, jig, "I print them myself, £18 posted, straight or helical: https://www.etsy.com/listing/1623445/fletching-jig-helical (the Arizona EZ-Fletch is decent too if you'd rather a shop one)");
        re(9, "11:00", declan, jig, "oh you make them! ordering one");
        say(9, "18:30", scores, declan, "WA18 wednesday league: 509, the 9s were everywhere");
        say(9, "19:00", rangeDays, ingrid, "@Declan Moss are you doing the Hollins Wood carpool? I can drive if needed");
        say(9, "19:20", rangeDays, declan, "yeah I'm driving 3 already, Gwen has the sheet");
        say(10, "12:00", scores, declan, "lunchtime 262 again. consistent at least lol");
        say(10, "20:00", scores, ingrid, "club night 30 arrows: 275 🔥");
        Post lessons = say(11, "09:30", tuningBench, aiyana, "@Callum Reid are your lessons ok for total beginners? and how do I book one?");
        re(11, "10:10", callum, lessons, "yes absolutely, most of mine are beginners. £25/hr on Saturday mornings at the field, book here: https://fletchersfield.example/coaching/callum");
        re(11, "10:30", aiyana, lessons, "booked for the 31st!");
        say(11, "17:00", scores, declan, "30 arrows 271 🙂");
        say(12, "18:00", scores, declan, "Portsmouth 521, PB!!");
        say(12, "18:10", scores, ingrid, "well done!! 🎉");
        say(12, "18:30", scores, aiyana, "first full Portsmouth ever: 402, no idea if that's good but I'm happy");
        say(13, "12:30", scores, declan, "lunch 266");
        say(13, "19:00", rangeDays, ingrid, "boss on 7 is leaking straw again fyi @Gwen Pryce");
        say(13, "19:30", rangeDays, gwen, "noted, new boss comes friday");
        say(14, "10:00", scores, declan, "sunday WA18: 514");
        say(14, "10:30", scores, declan, "and a 29 end to finish. will take it");

        // Week 3: Teo's jigs everywhere.
        say(15, "08:45", rangeDays, teo, "new batch of helical jigs just listed, 10% off this week with FLETCH10 → https://www.etsy.com/listing/1623445/fletching-jig-helical");
        Post pb = say(16, "17:00", scores, aiyana, "lesson with Callum + 3 practice sessions and... Portsmouth 451!! 🎯");
        pb.react("🎉", ingrid, declan, callum);
        re(16, "17:20", teo, pb, "nice score! if your fletching is peeling, my jigs are 10% off this week → https://www.etsy.com/listing/1623445/fletching-jig-helical");
        re(16, "17:40", callum, pb, "huge jump Aiyana, the anchor work paid off");
        say(17, "09:00", kitSwap, teo, "restocked jigs, £16 with FLETCH10, straight and helical https://www.etsy.com/listing/1623445/fletching-jig-helical");
        say(18, "14:00", clubShoots, gwen, "Hollins Wood results are up on the board at the clubhouse. 19 of us shot, mud everywhere, best day of the year");
        say(18, "14:20", clubShoots, declan, "my boots may never recover");
        say(19, "11:00", rangeDays, ingrid, "sorry @Aiyana Brooks I totally missed your limbs question last week! I started on 22 and went up after 3 months. glad Callum sorted you");
        say(19, "11:30", rangeDays, aiyana, "no worries! went with 22 and it's much nicer");
    }

    /** D. Hot sauce makers: a maker who helps from her own batches, a label critique room, an agency man, a brand's news. */
    private void sauce() {
        Post kahm = say(1, "19:00", fermentLab, finn, "white film on top of my habanero mash, day 6. kahm or mold?? 😬 https://imgur.com/a/fh6kahm");
        Post kahmA = re(1, "19:25", rosa, kahm, "kahm. flat, wrinkly and white is kahm; fuzzy or coloured spots is mold. I get it on every other batch when my airlock dries out, I skim it and keep going. my rule is 3.5% salt by weight of mash + water and I never go below that, my first ever batch at 2% went furry");
        re(1, "19:40", finn, kahmA, "phew. skimming now");
        Post ph = say(2, "12:00", fermentLab, shirin, "do I really need a pH meter or are the strips fine? planning to sell at a couple of markets this year");
        re(2, "12:30", rosa, ph, "for selling, get a meter. I used strips my first year and my EHO visit went badly because I couldn't log proper readings. I use a cheap Apera and calibrate it every batch day, and I log every bottle run in my notebook, batch number, pH, date. under 4.0 and you're fine, I aim for 3.6");
        re(2, "12:50", shirin, ph, "ok meter it is. thanks Rosa!");
        say(3, "10:00", swapAndSell, rosa, "Diablo Verde restock! 5oz bottles £7, 3 for £18, ships UK + IE. https://diablo-verde.example/shop");
        say(3, "16:00", chiliGrow, mateus, "seeds in! 6 varieties this year: fatalii, aji charapita, 7 pot brain strain, sugar rush peach, bishops crown, and good old jalapeño");
        say(3, "16:20", chiliGrow, finn, "sugar rush peach is the best thing I ever grew");
        Post thicken = say(4, "20:00", fermentLab, finn, "my finished sauce separates in the bottle after a week, any trick?");
        re(4, "20:25", rosa, thicken, "xanthan, tiny amount. I use 0.1-0.2% of the blended weight, I add it with the blender running or you get lumps. I learned that after my whole market batch looked like soup in the bottles");
        re(4, "20:40", finn, thicken, "0.1%, got it. thank you!!");
        say(5, "09:00", bottleShop, luz, "anyone know if the allergen line needs to be on the front or can it go on the back label?");
        say(5, "09:30", bottleShop, shirin, "back is fine as long as allergens are bold in the ingredients list I think");
        say(5, "09:40", bottleShop, luz, "perfect thank you");
        say(6, "11:00", chiliGrow, mateus, "day 3 and the fatalii are up already, the brain strain sulking as usual");

        // Week 2: Keisha's label, the critique room, Pavel arrives.
        joins(8, "08:00", bottleShop, pavel);
        Post label = say(8, "10:00", labelCritique, keisha, "first label for my brand!! going to print 500 next week so pls be brutal https://imgur.com/a/kg-label1 (bottle shots on insta @emberlane.sauce if u want to see it on glass)");
        Post rosaNotes = re(8, "11:30", rosa, label, "love the colours. heat rating is hard to read at arm's length, and 'EMBERLANE' wraps round the curve so you lose the E from the front. I'd make the name smaller and the flavour bigger, people choose by flavour at a market");
        re(8, "11:50", keisha, rosaNotes, "ahh the E!! you're so right. thank you");
        Post pricing = say(9, "09:30", bottleShop, keisha, "how do you all price for wholesale? a deli asked for 24 bottles and I have no idea what margin to give them");
        re(9, "10:00", rosa, pricing, "I do 40% off retail for shops, 30% if they only take a case. make sure your cost per bottle incl. label and cap leaves you something at that price, mine is about £2.10");
        re(9, "10:20", pavel, pricing, "Great question Keisha! Pricing is where most craft sauce brands leave money on the table. We help small food brands get wholesale-ready: pricing, sell sheets, distributor intros. Grab 15 min here: https://calendly.com/pavel-shelfready/15min");
        re(9, "10:40", keisha, pricing, "40% ok, that's less scary than I thought. thanks Rosa");
        Post luzNotes = re(10, "13:00", luz, label, "agree with Rosa on the name. also the black on dark red is a contrast problem under market lights. maybe a cream band behind the text?");
        re(10, "13:20", keisha, luzNotes, "cream band, trying it tonight");
        Post finnLabel = say(10, "14:00", labelCritique, finn, "my turn, it's just for christmas gifts lol but is the font ok? https://imgur.com/a/fh-label");
        say(10, "14:15", bottleShop, keisha, "does anyone use a local printer or is it all online? the online ones want 1000 minimum");
        say(10, "14:30", bottleShop, shirin, "I use a local print shop, 250 min, pricier per label but I don't have 900 labels in a drawer");
        say(10, "18:00", dmPavel, pavel, "Hi Rosa! Loved your Diablo Verde. We help craft sauce brands land regional grocery chains, we got 3 brands into Tesco Local last year. Would you be open to a quick call this week? https://calendly.com/pavel-shelfready/15min");
        say(10, "21:00", dmPavel, rosa, "no thanks, I like selling at markets");
        re(11, "09:00", shirin, finnLabel, "font's cute! the chili drawing is a bit small though");
        Post shirinLabel = say(12, "11:00", labelCritique, shirin, "need eyes on this before it goes to the printer friday: is the heat scale readable? https://imgur.com/a/sk-heat");
        Post shirinNotes = re(12, "11:20", shirin, label, "v2 is much better! only thing: the 'hot' pepper icons look like strawberries at small size 😅");
        re(12, "11:40", keisha, shirinNotes, "LOL strawberries. fixing. thanks Shirin");
        say(12, "12:00", bottleShop, keisha, "printer booked for monday!! cream band it is");
        re(12, "15:00", rosa, shirinLabel, "readable from here. maybe bump the scale up 2pt");
        say(13, "10:00", chiliGrow, mateus, "repotting the fatalii, roots already circling");
        say(14, "17:00", chiliGrow, luz, "my brain strain finally germinated, 16 days, I had given up");
        say(14, "17:20", chiliGrow, mateus, "they always do that. stubborn plant");

        // Week 3: Luz's brand news, to nobody.
        say(15, "09:00", bottleShop, luz, "Batch 22 bottled: 140 bottles of our smoked ghost sauce. our biggest run yet");
        say(15, "15:00", fermentLab, luz, "our new fermentation room is finally finished, we went from 4 crocks to 12");
        say(16, "10:00", bottleShop, luz, "we're at Kirkgate Market on Saturday, our first indoor market");
        Post smoke = say(16, "12:00", fermentLab, finn, "anyone smoked peppers before fermenting? does the smoke survive the ferment?");
        re(16, "12:30", rosa, smoke, "it does but it mellows. smoke harder than you think you need");
        say(17, "09:30", bottleShop, luz, "our stockist count is at 9 now, we started the year with 3");
        say(17, "18:00", chiliGrow, luz, "our grow tent is full, 40 plants for this year's sauces");
        say(18, "08:30", bottleShop, luz, "we sold out of smoked ghost at Kirkgate in 3 hours, our best market day ever");
        say(18, "14:00", fermentLab, luz, "we switched our whole line to 3.5% brine this month and our batches are so much more consistent");
        say(19, "10:00", bottleShop, luz, "our new labels arrived, the cream band ones, we love them");
        say(19, "11:00", labelCritique, keisha, "printed! thank you all so much https://imgur.com/a/kg-final");
        say(19, "11:20", labelCritique, rosa, "that looks so pro, well done");
        say(20, "09:00", bottleShop, luz, "we're taking on our first part-time helper next month, our little brand is growing up");
        say(20, "16:00", chiliGrow, luz, "our fatalii are flowering already under the lights");
        say(21, "10:00", bottleShop, luz, "we've booked our stall for the Harrogate food festival in May");
        say(21, "12:00", chiliGrow, mateus, "flowers in January is wild, what lights?");
    }

    /** E. Bookbinders: a teacher's paid workshop, the fair organiser away, a newcomer's follow-me links. */
    private void binders() {
        Post paring = say(1, "10:00", onTheBench, magnus, "quarter leather on the Dickens reprint, first time paring leather without a disaster https://imgur.com/a/ml-paring");
        Post knife = re(1, "10:30", odile, paring, "lovely clean turn-ins! what knife?");
        re(1, "10:50", magnus, knife, "a cheap Japanese paring knife and a lot of stropping");
        say(2, "09:00", onTheBench, odile, "My coptic stitch workshop at the Holbeck studio on Sat 31 Jan still has places! £65 incl. materials, tickets: https://www.eventbrite.co.uk/e/coptic-stitch-workshop-odile");
        Post cracks = say(3, "20:00", spineCracked, benny, "my case binding opens and the spine cracks right at the first signature. what did I do wrong 😭 https://imgur.com/a/bk-crack");
        Post hinge = re(3, "20:30", odile, cracks, "Looks like the mull stops short of the first signature and the hinge gap is too tight. Leave a joint of about 2 board thicknesses, and let the mull overlap onto the boards by 2-3cm");
        re(3, "20:50", benny, hinge, "ohhh the gap. I glued it right up to the spine. thank you!");
        Post tables = say(3, "11:00", zineFair, caoimhe, "Table applications are open for the fair! Form: https://forms.gle/lzbaf-tables. I'm off to the paper mill residency at Wookey Hole from Thursday till the 28th, no signal there, so @Magnus Lind is your person till then");
        tables.react("🙌", magnus, benny, yusra);
        say(4, "15:00", paperBoard, odile, "Anyone who's been meaning to learn coptic: my workshop on the 31st, £65, tickets here https://www.eventbrite.co.uk/e/coptic-stitch-workshop-odile");
        say(4, "15:30", paperBoard, yusra, "does anyone else find the new Fabriano grain direction marked wrong on the ream? drove me mad");
        say(4, "15:45", paperBoard, magnus, "yes!! I test every sheet with a damp finger now");
        Post share = say(6, "12:00", zineFair, benny, "@Caoimhe Byrne can two of us share one table? me and my sister do zines + small bindings");
        re(6, "12:40", magnus, share, "not Caoimhe but: shared tables are fine, just put both names on the form");
        say(7, "10:00", onTheBench, yusra, "wedding guestbook for a client, sewn on tapes, 200 pages of cotton paper https://imgur.com/a/yh-guestbook");
        say(7, "10:20", onTheBench, benny, "that's gorgeous. the tapes!!");

        // Week 2: Benny learns from three people and helps back; Yusra's commissions; Alder arrives.
        Post grain = say(8, "19:00", spineCracked, benny, "my boards warped after casing in, both of them curve outwards. grain direction?");
        re(8, "19:30", odile, grain, "Probably, or too much moisture in the pastedown. Grain parallel to the spine for everything, and press overnight between boards with wax paper");
        re(8, "19:45", benny, grain, "grain was wrong on the boards, yes. thanks Odile");
        say(9, "09:00", commissionsBoard, yusra, "Commissions open for Feb/March: wedding guestbooks, sketchbooks with your choice of paper. from £45, DM me for a quote ✨");
        Post glue = say(10, "18:00", spineCracked, benny, "PVA or wheat paste for the spine lining? I've read both and I'm confused");
        re(10, "18:30", yusra, glue, "PVA for the spine (flexible, quick), paste or a PVA/paste mix for pastedowns so you can slide it. that's what works for me anyway");
        re(10, "18:40", benny, glue, "mix for pastedowns, got it, thanks!");
        joins(10, "13:55", onTheBench, alder);
        say(10, "14:02", onTheBench, alder, "https://instagram.com/aldervoss.binds follow me for more bindings!! 📚");
        say(10, "14:05", paperBoard, alder, "https://instagram.com/aldervoss.binds follow me!! 📚");
        say(10, "14:09", commissionsBoard, alder, "https://instagram.com/aldervoss.binds taking commissions soon, follow me for updates!!");
        Post tapes = say(12, "20:00", spineCracked, benny, "last one: linen tapes or cotton tapes for a big sketchbook?");
        re(12, "20:30", magnus, tapes, "linen. cotton stretches over time, linen doesn't");
        re(12, "20:45", benny, tapes, "linen it is, cheers Magnus");
        Post a2 = say(13, "10:00", paperBoard, yusra, "where do you get 90gsm text weight in A2 sheets in the UK? my usual place is out till March");
        re(13, "10:30", benny, a2, "Shepherds in London had it last month, and G.F Smith will send you samples first if you ask");
        re(13, "10:45", yusra, a2, "oh Shepherds, of course. thank you Benny!");
        say(14, "11:00", onTheBench, odile, "sewing frame finally restrung, ready for the workshop crowd https://imgur.com/a/om-frame");

        // Week 3: Caoimhe is back; the workshop happened.
        say(15, "19:00", onTheBench, benny, "case binding #3, no cracking, no warping. thank you all https://imgur.com/a/bk-third");
        say(15, "19:30", onTheBench, magnus, "look at that square spine!");
        say(18, "09:30", zineFair, caoimhe, "back from the mill with 200 sheets of handmade paper and a cold! @Benny Kwan sorry for the silence, yes absolutely share, Magnus is right. just both names on the form");
        say(18, "10:00", zineFair, benny, "welcome back! done 🙌");
        say(19, "16:00", onTheBench, odile, "coptic workshop done, 8 lovely people, 8 wonky but proud books https://imgur.com/a/om-workshop");
        say(19, "16:20", onTheBench, yusra, "the wonky ones are always the best ones");
        say(20, "12:00", paperBoard, caoimhe, "anyone want some handmade cotton rag offcuts? free, pick up in Leeds");
        say(20, "12:15", paperBoard, magnus, "me please!!");
    }

    /** F. Landscapers: a contractor who only talks bids with other pros, homeowners asking, a dealer's classifieds. */
    private void landscapers() {
        Post sod = say(1, "07:10", bids, travis, "GC wants me at $38/yd for sod install incl. prep here in Tacoma. that's insane right?");
        re(1, "07:40", ezekiel, sod, "that's below cost with prep. we don't go under $55 with grading");
        re(1, "08:05", dolores, sod, "GCs do this every spring. walk away");
        say(1, "18:00", jobPics, ezekiel, "before/after, 600 sqft paver patio in Puyallup, herringbone with a soldier course https://imgur.com/a/zr-patio");
        say(1, "18:20", jobPics, travis, "clean cuts 👌");
        Post margins = say(3, "06:50", bids, travis, "honestly I need more direct residential clients, GC subcontract work is killing my margins");
        re(3, "07:20", dolores, margins, "direct residential is where my design jobs come from. nextdoor + a few good reviews did more than any ads");
        re(3, "07:40", travis, margins, "yeah I should do the review thing. I have like 4 on google");
        Post mulch = say(4, "10:00", homeownerQs, brandi, "is it too late to put mulch down in January or should I wait?");
        re(4, "10:30", ezekiel, mulch, "fine to do now as long as the ground isn't frozen, keep it off the trunks");
        re(4, "10:45", brandi, mulch, "thank you!");
        say(5, "15:00", yardTalk, sven, "who's going to the Puyallup equipment expo next month? we'll have the new Bobcat compacts there");
        say(5, "15:30", yardTalk, travis, "probably, my skid steer is on its last legs");
        say(6, "09:00", equipment, sven, "2019 Bobcat E20 mini ex, 1,100 hrs, thumb + 2 buckets, $24,500 OBO, financing available https://aaltoequipment.example/used/e20");

        // Week 2: homeowners ask; Travis talks bids with the pros all week.
        say(8, "06:45", bids, travis, "bidding a retaining wall for a GC, 140 ft of block, 3 ft tall. what are you all getting per face foot these days?");
        say(8, "07:10", bids, ezekiel, "$38-45 face foot with drainage rock and fabric, more if access sucks");
        say(8, "07:30", bids, travis, "I was at 32, guess I'm leaving money on the table again");
        say(8, "12:00", equipment, sven, "E20 still here, $23,900 now. https://aaltoequipment.example/used/e20");
        Post patio = say(9, "19:00", homeownerQs, meiLin, "anyone here do paver patios around Tacoma? looking to get quotes for about 12x16 in spring");
        re(9, "19:40", ezekiel, patio, "We do! based in Puyallup and we cover Tacoma. happy to come out and quote, no charge: https://ramoslandscape.example/quote");
        re(9, "20:00", meiLin, patio, "perfect, filled it in. thanks!");
        say(9, "06:40", bids, travis, "@Dolores Quintero do you charge design separately or roll it into the install?");
        say(9, "07:05", bids, dolores, "separate, always. $1,200 flat for a backyard plan, credited if they hire us to install");
        say(9, "07:20", bids, travis, "smart. I give designs away for free like an idiot");
        Post flood = say(10, "17:30", homeownerQs, brandi, "my backyard floods every time it rains. clay soil, water sits for days by the patio. what kind of fix am I looking at and roughly what cost?");
        Post drain = re(10, "18:10", dolores, flood, "clay + standing water usually means a French drain or a dry well, sometimes regrading so the water goes away from the house. cost varies a lot, $2k-8k around here");
        say(10, "12:00", yardTalk, travis, "@Sven Aalto what are you asking for a used T66? need to replace the skid steer before spring");
        say(10, "12:30", yardTalk, sven, "had a 2020 with 1,800 hrs, $41k, might have another in march");
        say(10, "12:40", yardTalk, travis, "oof. ok, will keep limping");
        re(11, "09:00", brandi, drain, "@Dolores Quintero which one would you do for a yard that slopes toward the house? I have 2 quotes and they disagree");
        say(11, "06:50", bids, travis, "GC came back and wants me to hold last year's prices. told him no");
        say(11, "07:15", bids, ezekiel, "good. they always come back");
        say(11, "07:30", bids, travis, "yeah we'll see. @Ezekiel Ramos you still using the same sod farm?");
        say(11, "07:45", bids, ezekiel, "Pacific Turf, they deliver same week");
        say(12, "08:00", jobPics, dolores, "planting plan going in on the Gig Harbor job https://imgur.com/a/dq-gig");
        say(12, "08:20", jobPics, travis, "love the grasses");
        say(12, "09:00", equipment, sven, "last call on the E20 before it goes to auction, $23,500 https://aaltoequipment.example/used/e20");
        say(13, "06:45", bids, dolores, "how are people handling fuel surcharges this year? I'm adding 3%");
        say(13, "07:00", bids, travis, "I just bake it into the hourly. clients hate surcharge lines");
        say(13, "07:20", bids, dolores, "fair, mine mostly don't notice");
        say(13, "18:00", homeownerQs, meiLin, "what's a reasonable price range for a 12x16 paver patio btw? want to know if quotes are sane");
        say(13, "18:30", homeownerQs, brandi, "following, same question for us next year");
        say(14, "07:00", bids, travis, "won the retaining wall at $41. thanks for the reality check guys");
        say(14, "07:10", bids, ezekiel, "🙌");

        // Week 3: quieter.
        say(16, "08:00", jobPics, ezekiel, "Mei-Lin's patio site visit done, nice flat yard, easy one");
        say(16, "08:20", homeownerQs, meiLin, "Ezekiel's quote came in and it's very fair, booked for April!");
        say(17, "10:00", yardTalk, travis, "skid steer died. officially. @Sven Aalto call me");
        say(17, "10:30", yardTalk, sven, "calling now");
        say(18, "14:00", homeownerQs, brandi, "went with the French drain guy. fingers crossed");
    }

    /** G. An esports team's community: staff with a jersey pre-order, a fan streamer, a clip machine. */
    private void esports() {
        say(1, "17:00", matchDay, kenji, "NJ vs Halcyon tonight 19:00 CET, watch party right here 🍿");
        say(1, "18:30", matchDay, dev, "going live with the watch party on my channel, come hang → https://twitch.tv/devchaudhry_");
        say(1, "19:40", matchDay, marisol, "VAL WHAT WAS THAT OP FLICK");
        say(1, "19:41", matchDay, ollie, "clip it clip it clip it");
        say(1, "20:30", matchDay, zara, "2-0!!! gg Halcyon");
        say(2, "12:00", merchDrops, kenji, "The 2026 home jersey is live! Pre-orders ship early Feb. https://shop.nightjar.example/jersey-2026");
        say(2, "12:30", merchDrops, zara, "ordered mine 😍");
        say(3, "21:00", clips, dev, "live now, ranked grind till 2am → https://twitch.tv/devchaudhry_");
        say(3, "21:10", clips, ollie, "val's op flick from monday, slowed down https://medal.tv/clips/nj-op-flick");
        Post dm = say(4, "13:00", askTheTeam, marisol, "are tryouts for the academy roster open this year?");
        re(4, "14:10", val, dm, "not yet! we'll post in #match-day when they open, probably March");
        say(4, "16:00", matchDay, kenji, "reminder: the 2026 jersey pre-order closes Sunday 👕 https://shop.nightjar.example/jersey-2026");
        say(5, "19:00", scrimFinder, dev, "streaming our team's scrims tonight if anyone wants to watch https://twitch.tv/devchaudhry_");
        say(5, "19:30", scrimFinder, marisol, "who are you scrimming?");
        say(5, "19:45", scrimFinder, dev, "some plat team from the EU ladder");
        say(6, "18:00", matchDay, kenji, "NJ vs Ravenmoor tomorrow, 18:00 CET. lineup unchanged");
        say(7, "20:00", matchDay, ollie, "lost 1-2 but what a series");

        // Week 2: a customer asks the staff, Val answers; Dev asks for follows; Marisol looks for scrims.
        Post order = say(9, "10:00", askTheTeam, zara, "hi! bought the home jersey on the 3rd, order #4471 still says processing. is that normal? it ships early feb right?");
        re(9, "12:05", val, order, "hey Zara! yep every pre-order shows processing until the batch ships, early Feb is still on track 👍");
        re(9, "12:20", zara, order, "amazing, thanks Val!");
        say(9, "19:00", matchDay, kenji, "Thursday: NJ vs Copperline, 20:00 CET. big one for playoffs seeding");
        say(9, "21:00", clips, dev, "if you like the clips pls follow my twitch (link in bio), every follow helps 🙏");
        say(10, "20:00", scrimFinder, marisol, "LF scrims for our gold/plat 5-stack, tue/thu evenings EU. DM me or reply here");
        say(10, "20:30", scrimFinder, ollie, "my cousin's team is plat, will send them your way");
        say(11, "19:30", matchDay, dev, "follows appreciated btw, trying to hit affiliate this month, 41/50");
        say(11, "20:00", matchDay, kenji, "LET'S GO NJ 💜");
        say(11, "22:00", matchDay, kenji, "2-1 win, playoffs locked. thanks for the noise tonight everyone");
        say(13, "15:00", merchDrops, kenji, "jersey batch shipped from the printer today, expect tracking emails by Monday");

        // Week 3: Ollie clips everything.
        say(15, "18:00", clips, ollie, "1v3 on Ascent, still shaking https://medal.tv/clips/olt-1v3-ascent");
        say(15, "21:00", clips, ollie, "the most cursed smoke I've ever thrown https://medal.tv/clips/olt-cursed-smoke");
        Post sens = say(16, "11:00", matchDay, marisol, "@Val Petrov what sens and crosshair do you run? asking for my whole team lol");
        re(16, "13:30", val, sens, "0.31 at 800 dpi, crosshair code is pinned in my twitter. don't copy pros though, find your own 😄");
        say(16, "19:00", clips, ollie, "ace with a sheriff, my first ever https://medal.tv/clips/olt-sheriff-ace");
        say(17, "20:00", clips, ollie, "team wiped to my jett ult, sorry team https://medal.tv/clips/olt-jett-fail");
        say(17, "22:00", clips, ollie, "val's op flick but from the other side's pov https://medal.tv/clips/olt-flick-pov");
        say(18, "17:00", clips, ollie, "clutch defuse with 0.2s left https://medal.tv/clips/olt-defuse");
        say(18, "19:00", clips, marisol, "our scrim win vs a plat team yesterday! https://medal.tv/clips/mv-scrim-win");
        say(19, "18:30", clips, ollie, "the wall bang that shouldn't work https://medal.tv/clips/olt-wallbang");
        say(19, "20:00", clips, zara, "my friend's first ace, so proud https://medal.tv/clips/ze-friend-ace");
        say(20, "18:00", clips, ollie, "4k on Lotus https://medal.tv/clips/olt-4k-lotus");
        say(20, "21:00", clips, ollie, "why you don't peek Ollie https://medal.tv/clips/olt-peek");
        say(21, "19:00", clips, ollie, "last one this week I swear, knife kill to end the game https://medal.tv/clips/olt-knife");
        say(21, "19:30", matchDay, kenji, "jerseys are arriving! post your pics 👕");
        say(21, "19:45", matchDay, zara, "mine came today, it's perfect");
    }

    /** H. Tea sellers and drinkers: a tasting-notes diarist, a shop owner who answers, a potter, a newcomer with a code. */
    private void tea() {
        say(1, "08:00", cuppingNotes, harriet, "2023 Jingmai sheng, 7g in 100ml gaiwan, boiling. I got apricot and a little smoke in the first three steeps, my mouth was still sweet ten minutes later. I think it needs another year but I already love it");
        say(1, "08:40", cuppingNotes, rafe, "Jingmai is so underrated");
        say(2, "10:00", vendorShelf, suki, "New batch of side-handle kyusu, 180ml, shino glaze, £58 each https://sukitanabe.example/kyusu");
        say(2, "10:30", vendorShelf, lin, "Winter arrivals at Mountain Mist: 2025 Ya Shi Xiang Dancong and a roasted Dong Ding https://mountainmist.example/new");
        Post crack = say(3, "19:00", teaware, amara, "is it normal that my new glass teapot makes a ticking noise when I pour hot water in?");
        re(3, "19:30", rafe, crack, "totally normal for borosilicate, it's just expanding. worry if it ever clouds or chips");
        re(3, "19:45", amara, crack, "phew thank you");
        say(4, "09:00", cuppingNotes, harriet, "Dong Ding from Lin's winter batch: roasted, nutty, I got a bit of grilled pineapple on steep 4, my favourite roast level, I could drink this every morning");
        say(4, "09:20", cuppingNotes, lin, "grilled pineapple is exactly what the farmer says!");
        say(5, "14:00", teaSwap, rafe, "anyone want to swap samples? I have Yiqiao dancong, Bi Luo Chun and too much genmaicha");
        say(5, "14:30", teaSwap, harriet, "I'd take Bi Luo Chun for a bit of my Jingmai!");
        say(5, "14:40", teaSwap, rafe, "deal, DM me your address");
        say(6, "16:00", teaware, suki, "kiln day. 14 pots in, fingers crossed for the glazes https://imgur.com/a/st-kiln");
        say(7, "11:00", teaware, rafe, "that kiln shot 😍");

        // Week 2: Harriet's notes every day; Amara learns; Lin is asked; a cracked lid.
        say(8, "07:45", cuppingNotes, harriet, "Morning: Bai Mu Dan 2019, 5g in 120ml, 90°C. I found it honey and hay, my notebook says it was much flatter last spring so I think the aging helped");
        say(8, "21:00", cuppingNotes, harriet, "Evening: the Lapsang from my swap, just the first steep. I'll write it up properly tomorrow, my nose is blocked tonight");
        Post bitter = say(8, "09:00", brewingHelp, amara, "newbie q: my green tea always tastes bitter. I use boiling water from the kettle and steep like 3 min?");
        re(8, "09:30", lin, bitter, "boiling water is the usual culprit. try 75-80°C and 1-2 minutes. we wrote a little free guide to temperatures: https://mountainmist.example/guides/green-tea-temps");
        re(8, "09:50", amara, bitter, "75 was SO much better. thank you!");
        say(9, "07:30", cuppingNotes, harriet, "Tuesday: Lapsang from the swap. I expected campfire and I got pine and a little lychee under the smoke, my partner says the kitchen smells like a sauna now");
        say(9, "20:00", cuppingNotes, harriet, "evening: roasted Dong Ding again, I brewed it western style for once, 3g, 200ml, 4 min, and I honestly prefer it in the gaiwan, it lost the pineapple");
        Post grams = say(10, "12:00", brewingHelp, amara, "how many grams for a 150ml gaiwan? I've been eyeballing");
        re(10, "12:30", harriet, grams, "6-8g for oolong, 4-5 for green. a cheap 0.1g scale changed my life");
        re(10, "12:45", amara, grams, "ordering a scale 🙏");
        say(10, "19:00", cuppingNotes, harriet, "Jingmai second session, I pushed it with longer steeps and I got the bitterness I was expecting, my tongue is a little dry now");
        Post oolong = say(11, "10:00", brewingHelp, amara, "@Lin Wei which of your oolongs would you suggest for someone new to oolong? budget about £15");
        re(11, "10:30", lin, oolong, "our Tieguanyin 50g is £12 and very forgiving: https://mountainmist.example/tea/tieguanyin-50g, or the Dong Ding at £14 if you like roasty");
        re(11, "10:45", amara, oolong, "getting the Tieguanyin!");
        say(11, "08:00", cuppingNotes, harriet, "Thursday: Bi Luo Chun from Rafe. I got green bean and a floral note I can't place, my notebook says lilac? I'm terrible at florals");
        Post rebrew = say(12, "18:00", brewingHelp, amara, "is it ok to rebrew leaves the next day? I hate throwing them out");
        re(12, "18:30", rafe, rebrew, "for oolong and puer yes if you keep them covered, green not really");
        re(12, "18:40", amara, rebrew, "good to know, thanks Rafe");
        say(12, "08:10", cuppingNotes, harriet, "Friday: Ya Shi Xiang Dancong, 5g in 100ml. I got the duck shit honey note everyone talks about, my favourite of the week, I'm buying more");
        Post lid = say(13, "12:00", teaware, rafe, "my kyusu from @Suki Tanabe arrived with a hairline crack on the lid 😢 Suki what's the best way to sort it?");
        say(13, "09:00", cuppingNotes, harriet, "Saturday: Jingmai again, I'm obsessed, I did 12 steeps and my last three were still apricot");
        say(13, "20:30", cuppingNotes, harriet, "Saturday night: a tiny pot of the Dong Ding to finish the week, I'm keeping my last 20g for a bad day");
        re(14, "08:10", suki, lid, "oh no, so sorry Rafe! send me a photo and I'll post you a new lid on Monday, no need to return the old one");
        re(14, "08:40", rafe, lid, "photo sent, thank you Suki!!");
        say(14, "09:30", cuppingNotes, harriet, "Sunday: Bai Mu Dan cake, I broke it badly and got mostly dust, my own fault, still honey");
        say(14, "10:00", teaSwap, rafe, "still have way too much Yiqiao, happy to send 10g samples to anyone in the UK");

        // Week 3: Bogdan arrives with a code; Amara asks Rafe.
        joins(15, "09:00", cuppingNotes, bogdan);
        Post harrietDancong = say(15, "09:20", cuppingNotes, harriet, "Monday: Ya Shi Xiang again, gongfu, I got more orchid today, I think my water was softer");
        re(15, "10:00", bogdan, harrietDancong, "lovely notes! if you like Dancong you need to try ours, 15% off with LEAF15 → https://bogdanteahouse.example/dancong");
        say(15, "10:05", brewingHelp, bogdan, "Best Dancong in the UK, 15% off with LEAF15 this week → https://bogdanteahouse.example/dancong");
        say(15, "10:10", teaware, bogdan, "Dancong deserves a good pot! and a good tea: 15% off with LEAF15 → https://bogdanteahouse.example/dancong");
        Post yiqiao = say(16, "12:00", teaSwap, amara, "@Rafe Cullen is your Yiqiao sample offer still open? I can send some of my genmaicha back!");
        say(17, "09:00", teaware, rafe, "new lid from Suki arrived, perfect fit 🙏");
        say(17, "19:00", cuppingNotes, rafe, "Yiqiao, 8g, I finally get why people love it, lychee and honey");
        say(18, "10:00", teaware, rafe, "anyone use a tetsubin for water only? thinking of getting one");
        say(18, "10:30", teaware, suki, "I do, softens the water a bit. get a used one, new ones are silly money");
        say(19, "08:00", cuppingNotes, harriet, "Wednesday: Lin's Tieguanyin, I finally tried it. orchid, butter, I get why Amara liked it");
        say(19, "20:00", teaware, rafe, "ordered a used tetsubin, thanks Suki");
        say(20, "09:30", vendorShelf, lin, "Restock: Tieguanyin 50g and 100g back in https://mountainmist.example/tea/tieguanyin-50g");
        say(20, "11:00", brewingHelp, amara, "update: rebrewed my Tieguanyin the next day and it was still lovely!");
        yiqiao.react("👀", harriet);
    }
}
