package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Held-out round 19 (sealed): eight communities over three weeks (2026-W49 to 2026-W51), written with their labels
 * ({@code eval/held-out-scenes-19.csv}) before any coach read them. Run from the project root to write the export
 * into {@code bot/src/test/resources/eval/held-out-scenes-19/}.
 */
final class HeldOutScenes19Script extends StoryScript {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 30);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 12, 21, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final Path DIR = Path.of("bot/src/test/resources/eval/held-out-scenes-19");

    // A. dog trainers
    private final String dogsGuild = cast.guild(501);
    private final Channel dogsHelp = cast.channel(dogsGuild, "Pawsitive Path", "training-help",
            "Ask about your dog. Say age, breed-ish, what you've tried.", "dogs-training-help.json");
    private final Channel dogsReactive = cast.channel(dogsGuild, "Pawsitive Path", "reactive-rovers",
            "Lunging, barking, leash frustration. No judgement here.", "dogs-reactive-rovers.json");
    private final Channel dogsWins = cast.channel(dogsGuild, "Pawsitive Path", "wins-and-walks",
            "Post your dog's little victories", "dogs-wins-and-walks.json");
    private final Channel dogsLounge = cast.channel(dogsGuild, "Pawsitive Path", "trainers-lounge",
            "For people who train other people's dogs", "dogs-trainers-lounge.json");
    private final Persona marta = cast.person("marta.k9", "Marta Kowalczyk");
    private final Persona dev = cast.person("dev_and_juno", "Dev Okafor");
    private final Persona lou = cast.person("louhenning.dogpro", "Lou Henning");
    private final Persona sam = cast.person("samreyes", "Sam Reyes");
    private final Persona priya = cast.person("priya.n.trains", "Priya Nandakumar");
    private final Persona gus = cast.person("gus_biscuit", "Gus Whitlow");
    private final Persona ellie = cast.person("ellieb", "Ellie Brandvold");

    // B. leatherworkers
    private final String leatherGuild = cast.guild(502);
    private final Channel leatherBench = cast.channel(leatherGuild, "Saddle Stitch Society", "wip-bench",
            "Works in progress. Ask for eyes, give eyes.", "leather-wip-bench.json");
    private final Channel leatherSourcing = cast.channel(leatherGuild, "Saddle Stitch Society", "hides-and-hardware",
            "Where to get leather, thread, tools", "leather-hides-and-hardware.json");
    private final Channel leatherSell = cast.channel(leatherGuild, "Saddle Stitch Society", "sell-your-goods",
            "List finished pieces for sale here, one post per item please", "leather-sell-your-goods.json");
    private final Channel leatherOffcuts = cast.channel(leatherGuild, "Saddle Stitch Society", "off-cuts",
            "anything else", "leather-off-cuts.json");
    private final Persona tomasz = cast.person("tomasz.wrona", "Tomasz Wrona");
    private final Persona jade = cast.person("jadeokk", "Jade Okonkwo");
    private final Persona hal = cast.person("hal_brennan", "Hal Brennan");
    private final Persona rin = cast.person("rin.stitches", "Rin Takeda");
    private final Persona collette = cast.person("collettem", "Collette Marsh");
    private final Persona fergus = cast.person("fergus.lowetannery", "Fergus Lowe");
    private final Channel fergusToJade = cast.dm(jade, "leather-dm-fergus-jade.json");

    // C. sim racing
    private final String simGuild = cast.guild(503);
    private final Channel simNews = cast.channel(simGuild, "Apex Hunters League", "race-control",
            "League announcements, race nights, penalties", "simrace-race-control.json");
    private final Channel simSetups = cast.channel(simGuild, "Apex Hunters League", "setup-garage",
            "Setups, FFB, telemetry questions", "simrace-setup-garage.json");
    private final Channel simPaddock = cast.channel(simGuild, "Apex Hunters League", "paddock",
            null, "simrace-paddock.json");
    private final Channel simRigs = cast.channel(simGuild, "Apex Hunters League", "rigs-and-wheels",
            "Hardware chat", "simrace-rigs-and-wheels.json");
    private final Persona niko = cast.person("niko_v", "Niko Virtanen", cast.role("Stewards", "#3498db", 2));
    private final Persona bex = cast.person("bexdrives", "Bex Caldwell");
    private final Persona dario = cast.person("dario.fontana", "Dario Fontana");
    private final Persona kwame = cast.person("kwame_a", "Kwame Asante");
    private final Persona yuki = cast.person("yuki.builds", "Yuki Mori");
    private final Persona lars = cast.person("larsek", "Lars Ek");
    private final Persona tamsin = cast.person("tamsin_r", "Tamsin Rourke");

    // D. florists
    private final String floristGuild = cast.guild(504);
    private final Channel floristMarket = cast.channel(floristGuild, "The Back Room (florists)", "flower-market-report",
            "What's good at the wholesaler this week", "florist-flower-market-report.json");
    private final Channel floristWeddings = cast.channel(floristGuild, "The Back Room (florists)", "weddings-and-events",
            null, "florist-weddings-and-events.json");
    private final Channel floristBiz = cast.channel(floristGuild, "The Back Room (florists)", "pricing-and-business",
            "Quotes, margins, tax, the boring stuff", "florist-pricing-and-business.json");
    private final Channel floristShow = cast.channel(floristGuild, "The Back Room (florists)", "show-your-arrangements",
            "Show off your work", "florist-show-your-arrangements.json");
    private final Channel floristFind = cast.channel(floristGuild, "The Back Room (florists)", "find-a-florist",
            "Need flowers for something? Ask here and members will reply", "florist-find-a-florist.json");
    private final Persona ines = cast.person("ines.carvalho.flores", "Ines Carvalho");
    private final Persona hattie = cast.person("hattiebloom", "Hattie Brooks");
    private final Persona oskar = cast.person("oskar_stems", "Oskar Lind");
    private final Persona wren = cast.person("wren.castillo", "Wren Castillo");
    private final Persona grace = cast.person("grace.a", "Grace Adeyemi");
    private final Persona noor = cast.person("noorh", "Noor Haddad");
    private final Persona bea = cast.person("bea_petalworks", "Bea Lindqvist");

    // E. retro computing collectors
    private final String retroGuild = cast.guild(505);
    private final Channel retroBench = cast.channel(retroGuild, "8-Bit Attic", "repair-bench",
            "Dead machines in, working machines out", "retro-repair-bench.json");
    private final Channel retroFinds = cast.channel(retroGuild, "8-Bit Attic", "finds-and-hauls",
            "Post your finds", "retro-finds-and-hauls.json");
    private final Channel retroTrades = cast.channel(retroGuild, "8-Bit Attic", "trades-and-wants",
            "Buy / sell / trade. Prices incl. shipping please", "retro-trades-and-wants.json");
    private final Channel retroC64 = cast.channel(retroGuild, "8-Bit Attic", "c64-corner",
            "READY.", "retro-c64-corner.json");
    private final Channel retroBbs = cast.channel(retroGuild, "8-Bit Attic", "the-bbs",
            "off topic", "retro-the-bbs.json");
    private final Channel retroHello = cast.channel(retroGuild, "8-Bit Attic", "say-hello",
            "introduce yourself and your collection", "retro-say-hello.json");
    private final Persona bernd = cast.person("bernd_h", "Bernd Hollweg");
    private final Persona cass = cast.person("cass.restores", "Cass Tremaine");
    private final Persona ozzy = cast.person("ozzy_p", "Ozzy Patel");
    private final Persona jun = cast.person("junpark.kits", "Jun Park");
    private final Persona margo = cast.person("margo.e", "Margo Elling");
    private final Persona pete = cast.person("petevaszary", "Pete Vaszary");
    private final Persona lindy = cast.person("lindy_moss", "Lindy Moss");

    // F. a wine club
    private final String wineGuild = cast.guild(506);
    private final Channel wineNotes = cast.channel(wineGuild, "Cork & Crumb Wine Club", "tasting-notes",
            "Your notes on what you drank", "wine-tasting-notes.json");
    private final Channel wineCase = cast.channel(wineGuild, "Cork & Crumb Wine Club", "this-months-case",
            "The club case: what's in it, what we think", "wine-this-months-case.json");
    private final Channel winePairing = cast.channel(wineGuild, "Cork & Crumb Wine Club", "pairing-questions",
            null, "wine-pairing-questions.json");
    private final Channel wineEvents = cast.channel(wineGuild, "Cork & Crumb Wine Club", "club-nights",
            "Monthly tastings and RSVPs", "wine-club-nights.json");
    private final Channel wineCellar = cast.channel(wineGuild, "Cork & Crumb Wine Club", "cellar-chat",
            "general natter", "wine-cellar-chat.json");
    private final Persona adaeze = cast.person("adaeze.n", "Adaeze Nwosu", cast.role("Organisers", "#9b59b6", 2));
    private final Persona rupert = cast.person("rupert.vanewines", "Rupert Vane");
    private final Persona lotte = cast.person("lotte_d", "Lotte Dijkstra");
    private final Persona silvia = cast.person("silvia.ferraro", "Silvia Ferraro");
    private final Persona tom = cast.person("tombexley", "Tom Bexley");
    private final Persona henrik = cast.person("henrik.sand", "Henrik Sand");
    private final Channel rupertToLotte = cast.dm(lotte, "wine-dm-rupert-lotte.json");

    // G. a martial-arts dojo (the dojo's own server)
    private final String dojoGuild = cast.guild(507);
    private final Role team = cast.role("Team", "#e74c3c", 3);
    private final Role student = cast.role("Students", "#95a5a6", 1);
    private final Channel dojoNews = cast.channel(dojoGuild, "Kaizen Dojo", "dojo-notices",
            "Timetable changes, gradings, closures", "dojo-dojo-notices.json");
    private final Channel dojoLog = cast.channel(dojoGuild, "Kaizen Dojo", "training-log",
            "Keep a log of your own training", "dojo-training-log.json");
    private final Channel dojoQuestions = cast.channel(dojoGuild, "Kaizen Dojo", "technique-questions",
            null, "dojo-technique-questions.json");
    private final Channel dojoGrading = cast.channel(dojoGuild, "Kaizen Dojo", "grading-prep",
            "December grading: syllabus questions", "dojo-grading-prep.json");
    private final Channel dojoShop = cast.channel(dojoGuild, "Kaizen Dojo", "dojo-shop",
            "Gis, belts, pads. Order at the front desk or online", "dojo-dojo-shop.json");
    private final Channel dojoLobby = cast.channel(dojoGuild, "Kaizen Dojo", "mat-side",
            "chat, new members say hi", "dojo-mat-side.json");
    private final Persona aiko = cast.person("sensei.aiko", "Aiko Brandt", team);
    private final Persona kenji = cast.person("kenji.alv", "Kenji Alvarez", team);
    private final Persona mara = cast.person("mara_q", "Mara Quist", student);
    private final Persona dmitri = cast.person("dmitri.physio", "Dmitri Volkov", student);
    private final Persona finn = cast.person("finnh", "Finn Harlow");
    private final Persona lena = cast.person("lena.s", "Lena Sorensen", student);
    private final Persona theo = cast.person("theo_nak", "Theo Nakamura", student);

    // H. stage magicians
    private final String magicGuild = cast.guild(508);
    private final Channel magicCards = cast.channel(magicGuild, "Sleight Society", "card-work",
            "Sleights, handlings, moves", "magic-card-work.json");
    private final Channel magicStage = cast.channel(magicGuild, "Sleight Society", "stage-and-patter",
            null, "magic-stage-and-patter.json");
    private final Channel magicGigs = cast.channel(magicGuild, "Sleight Society", "gig-talk",
            "Bookings, fees, agents, the business side", "magic-gig-talk.json");
    private final Channel magicReels = cast.channel(magicGuild, "Sleight Society", "tape-review",
            "Post a clip of your performance, get honest feedback, give some back", "magic-tape-review.json");
    private final Channel magicProps = cast.channel(magicGuild, "Sleight Society", "props-market",
            "Buy and sell props, books, lecture notes", "magic-props-market.json");
    private final Persona victor = cast.person("victorlam.magic", "Victor Lam");
    private final Persona ophelia = cast.person("ophelia.grant", "Ophelia Grant");
    private final Persona ray = cast.person("raydunmore", "Ray Dunmore");
    private final Persona nils = cast.person("nils.aberg", "Nils Aberg");
    private final Persona sunny = cast.person("sunnyk.illusions", "Sunny Kapoor");
    private final Persona paz = cast.person("paz.o", "Paz Ortega");

    private HeldOutScenes19Script() {
        super(new SceneIds(13200), FIRST_DAY, 21);
    }

    static Map<String, String> files() {
        HeldOutScenes19Script script = new HeldOutScenes19Script();
        script.dogs();
        script.leather();
        script.simRacing();
        script.florists();
        script.retro();
        script.wine();
        script.dojo();
        script.magic();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(DIR, files(), "held-out scenes 19");
    }

    /** A. Dog trainers and the owners who come to them. */
    private void dogs() {
        Post juno = say(1, "09:12", dogsHelp, dev, "hi all, new here. Juno is a 2yo rescue, staffy x something. she lunges at other dogs "
                + "on leash, like full on screaming. off leash at the park shes fine?? tried treats, she wont take them when she sees a dog");
        Post distance = re(1, "09:40", marta, juno, "Hi Dev! Very normal with rescues, don't worry. First question: how far away is "
                + "the other dog when she starts? This distance is everything. If she don't take treats you are too close, her brain is offline.");
        re(1, "09:52", dev, distance, "maybe 20m? sometimes less on the narrow streets near us");
        re(1, "10:05", marta, juno, "Ok so we start from 30m+ and you feed before she reacts, not after. Two free things worth reading "
                + "(not mine, just the best I know): https://www.reactivedogs.org/leash-reactivity-basics https://positively.com/dog-behavior/threshold");
        say(1, "10:08", dogsHelp, marta, "and for the 'look at that' game, this explains it better than me: "
                + "https://www.dogtrainingfundamentals.com/look-at-that-game and this one for the emergency u-turn https://www.clickertraining.com/u-turn");
        re(1, "10:20", priya, juno, "+1 to Marta. If you like books, Leslie McDevitt's Control Unleashed has the whole LAT game in it");
        say(1, "10:31", dogsHelp, dev, "thank you both this is a lot but in a good way 😅").react("❤️", marta);

        Post update = say(2, "08:50", dogsReactive, dev, "Update: tried the 30m thing this morning, she looked at a lab and then "
                + "at me!! but then a lady with two jack russells came round the corner and we lost it lol");
        re(2, "09:30", marta, update, "This is progress!! Corner surprises happen to everybody. Practise the u-turn at home first "
                + "with no dogs around, then you have it ready when JRTs appear");
        Post pitch = re(2, "11:15", lou, update, "Hey Dev, this is exactly what my Calm Walks program fixes. 6 weeks, video lessons + 2 "
                + "live calls, $149. Book a free 15 min call and I'll tell you if Juno is a fit: https://calendly.com/louhenning-dogpro/15min");
        re(2, "12:02", dev, pitch, "uh thanks, I'll stick with the free stuff for now I think");
        say(2, "12:40", dogsReactive, ellie, "the corner thing is SO real. we cross the road now before every corner, neighbours think "
                + "I'm weird");

        Post xmas = say(2, "20:05", dogsLounge, lou, "anyone else getting slammed with xmas puppy enquiries already?");
        re(2, "20:20", priya, xmas, "every year. I stopped taking under-12-week bookings in december");
        say(2, "20:24", dogsLounge, marta, "I tell people: wait till January, puppy will still be cute 😂");
        say(3, "19:10", dogsLounge, priya, "heads up I'm at the IMDT seminar Thu to Sun, apparently no signal at that venue, back Tuesday");
        say(3, "19:15", dogsLounge, marta, "enjoy!! take notes for me");

        Post mum = say(3, "12:30", dogsHelp, sam, "does anyone know a trainer that does home visits round Bristol? my mum's cocker "
                + "jumps all over every visitor");
        re(3, "13:02", marta, mum, "@Priya Nandakumar is near Bristol I think!");

        Post harness = say(4, "18:30", dogsHelp, dev, "juno pulled so hard today my shoulder hurts. is a harness better than the "
                + "collar for this or does it make pulling worse?");
        re(4, "18:55", ellie, harness, "front clip harness helped my boy a lot. not magic but it turns him back to you when he pulls");
        re(4, "19:20", marta, harness, "Agree with Ellie. Front clip, and never walk on when the lead is tight. Boring for a week, "
                + "then it works");
        Post wiggle = say(5, "17:45", dogsHelp, dev, "ok got a front clip, she hates it, does the wiggle thing 🙃");
        re(5, "18:05", marta, wiggle, "Put it on, give food, take it off. Few times a day for a few days. She learns harness = good "
                + "things");
        Post ask = say(5, "18:20", dogsHelp, sam, "@Priya Nandakumar hi! sorry to tag, do you do home visits in Bristol? its for my "
                + "mums cocker spaniel, 4yo");
        say(6, "10:40", dogsWins, dev, "Juno walked past a dog across the street with just a look at me!!! first time ever")
                .react("🎉", marta, gus, ellie);
        say(6, "11:02", dogsWins, gus, "YES Dev. that first one feels like winning the lottery");
        say(7, "09:15", dogsWins, gus, "Biscuit came back from a muddy puddle when called. he chose me over mud 🥲");

        // W50: a course pushed into three rooms; an owner's question about it waits.
        say(8, "09:00", dogsHelp, lou, "🎄 Calm Walks is 30% off until Sunday! If your dog lunges, barks or pulls, "
                + "this is for you. Enrol here: https://louhenning.dog/calm-walks");
        Post sale2 = say(8, "09:04", dogsReactive, lou, "Reactive dog? Calm Walks is 30% off this week only, 6 weeks to calmer "
                + "walks 👉 https://louhenning.dog/calm-walks");
        say(8, "09:07", dogsWins, lou, "Want more wins like these? Calm Walks 30% off till Sunday https://louhenning.dog/calm-walks");
        re(8, "10:30", ellie, sale2, "@Lou Henning does the program cover dog-dog reactivity too or mostly people? "
                + "my boy is fine with people, its dogs");
        re(9, "08:45", priya, ask, "Hi Sam, sorry, was at a seminar with no signal. Yes I do Bristol and around. Tell me which "
                + "area your mum is in and I'll explain how I work");
        say(9, "08:30", dogsLounge, priya, "back! brain full. the session on muzzle training was brilliant, will write up notes");
        say(9, "09:10", dogsHelp, sam, "amazing thank you Priya!! she's in Horfield");
        say(9, "09:40", dogsLounge, marta, "pls share the muzzle notes, I have 3 clients who need it");
        Post funnel = say(10, "13:20", dogsLounge, lou, "Tip for trainers: evergreen funnels > 1:1 sessions. made 4k last month "
                + "while sleeping 😎 happy to share my setup, DM me");
        re(10, "13:45", marta, funnel, "hmm I like my 1:1s honestly. dogs don't read funnels");
        re(10, "14:02", priya, funnel, "same. most of my reactive cases need someone to see the dog");
        say(11, "09:00", dogsHelp, lou, "Reminder: the Calm Walks discount ends Sunday, don't miss it!");
        say(12, "16:30", dogsReactive, ellie, "guess not 🤷‍♀️ anyway, anyone have dog-dog stuff that worked?");
        say(12, "17:05", dogsReactive, marta, "Ellie, for dog-dog: parallel walks with a calm dog you know, far apart, "
                + "and getting closer over weeks. Do you have a friend with a boring dog? boring dogs are gold");
        say(12, "17:30", dogsReactive, ellie, "my sister's old lab is the most boring dog alive, perfect");

        String[][] wins = {
            {"8", "07:40", "Biscuit did a 2 minute down-stay while I made coffee. TWO MINUTES."},
            {"8", "18:10", "evening walk, zero pulling for the first 5 min then squirrel. still counts"},
            {"9", "07:55", "recall from across the field on first call!! my neighbour clapped lol"},
            {"9", "19:02", "we tried the flirt pole for the first time, I'm wrecked, he's not"},
            {"10", "08:15", "he left a sandwich on the pavement when I said leave it. I nearly cried"},
            {"11", "07:50", "loose lead past the school gates at drop off time, if you know you know"},
            {"11", "17:45", "vet visit without shaking 🐶 the nurse gave him 3 treats"},
            {"12", "09:30", "first go at the find it game in the garden, he found all 5 pieces of cheese"},
            {"13", "10:12", "long line walk at the beach, my shoulders thank this server"},
            {"13", "16:40", "he settled on his mat in the pub for a whole half pint"},
            {"14", "11:05", "sunday: lazy. we both earned it"},
        };
        List<Post> gusPosts = new ArrayList<>();
        for (String[] w : wins) {
            gusPosts.add(say(Integer.parseInt(w[0]), w[1], dogsWins, gus, w[2]));
        }
        gusPosts.get(0).react("🔥", marta);
        gusPosts.get(4).react("❤️", marta, dev);
        gusPosts.get(6).react("👏", priya);
        Post mat = re(13, "17:10", dev, gusPosts.get(9), "how did you teach the mat thing?? juno thinks pubs are a rave");
        re(13, "17:40", gus, mat, "tbh Marta's thread from october, mat at home first with chews, then the mat comes everywhere");

        // W51: the owner passes on what helped.
        Post dark = say(16, "18:20", dogsReactive, ellie, "does anyone's dog get worse in the dark? mine is awful on winter evenings");
        re(16, "18:48", dev, dark, "juno too! we started going out earlier with a headtorch and keeping the 30m rule, much better");
        re(16, "19:05", ellie, dark, "headtorch, good shout, thanks Dev");
        say(17, "08:10", dogsLounge, priya, "muzzle notes are up in the pinned doc, sorry it took a week");
        say(17, "08:30", dogsLounge, marta, "you are a star");
        say(18, "12:15", dogsWins, sam, "Priya came round to mum's, the cocker sat for a visitor!! witchcraft");
        say(19, "10:00", dogsWins, gus, "Biscuit met a puppy and was gentle. proud dad moment");
    }

    /** B. Leatherworkers: makers, a tannery's rep, a maker's customer. */
    private void leather() {
        say(1, "08:30", leatherSell, tomasz, "Bifold wallet, veg tan Buttero in tan, hand stitched at 3.85mm, £65 + postage. "
                + "https://www.etsy.com/listing/1487220931/buttero-bifold");
        Post card = say(1, "19:40", leatherBench, jade, "first ever card holder 😬 my stitches wander off the line on the back "
                + "side. what am I doing wrong?");
        Post angle = re(1, "20:05", hal, card, "Back side wandering is nearly always the chisel not going in straight. Get a stitching "
                + "pony so both hands are free, and punch on a poly board not on your lap. Nigel Armitage shows the angle well: "
                + "https://www.youtube.com/watch?v=Zk3pLwz8mfQ");
        re(1, "20:12", jade, angle, "ohh I'm literally holding it on my knee lol");
        Post thread = re(1, "20:20", tomasz, card, "also maybe thread too thick for the chisel? what thread u use?");
        re(1, "20:31", jade, thread, "0.45 ritza");
        re(1, "20:35", tomasz, thread, "that's fine. then its the angle like Hal says");

        Post vegtan = say(2, "09:15", leatherSourcing, jade, "where do you all buy veg tan in the EU? the hobby shop near me wants "
                + "€30 for a tiny piece");
        re(2, "10:02", fergus, vegtan, "Hi Jade! Fergus from Lowe Tannery here 👋 We do full veg-tan sides from €9/sqft, "
                + "shipping all over the EU. DM me and I'll send the price list");
        re(2, "10:40", hal, vegtan, "Buy shoulders or bellies from a proper supplier, much cheaper per foot than craft packs. And ask "
                + "upholsterers for offcuts to practise on, they throw out loads");
        re(2, "11:05", jade, vegtan, "upholsterers!! never thought of that. thanks Hal");
        Post list = say(2, "14:00", fergusToJade, fergus, "Hi Jade, as promised our price list 👇 https://lowetannery.eu/pricelist-2026.pdf "
                + "Minimum order is 1 side, and I can do 10% off your first order if you order this week 😊");
        re(2, "16:30", jade, list, "thanks, a whole side is a bit much for me right now but I'll keep it");
        Post ritza = say(2, "17:10", leatherSourcing, rin, "anyone know where Ritza 0.8 is in stock? every shop is out of black");
        re(2, "17:35", hal, ritza, "Had some from here last week, black in stock then: https://www.leathercraftsupply.eu/ritza-25");
        re(2, "17:50", rin, ritza, "got the last 2 spools, owe you one");

        Post fobs = say(3, "21:00", leatherOffcuts, rin, "who else is hand stitching 40 key fobs for a company xmas order 😵");
        re(3, "21:06", tomasz, fobs, "not me, I said no to corporate this year. my fingers said no");
        re(3, "21:15", hal, fobs, "wax your thread, drink tea, survive");
        say(3, "21:20", leatherOffcuts, rin, "tea is my whole personality this week");
        say(4, "08:45", leatherSell, tomasz, "Roll-up tool wrap, 8 pockets, Horween Chromexcel brown. £90 "
                + "https://www.etsy.com/listing/1490338127/chromexcel-tool-roll");
        Post dopp = say(4, "18:00", leatherBench, rin, "dopp kit panels cut, stitching tonight. anyone edge painting instead of "
                + "burnishing on chrome tan? worth the faff?");
        re(4, "18:22", tomasz, dopp, "Edge paint on chrome tan yes, burnishing does nothing there. 3 thin layers, sand between. "
                + "Fenice is what I use");
        re(4, "18:30", hal, dopp, "what Tomasz said. and tape the grain side before you paint");
        re(4, "18:41", rin, dopp, "ty both!");
        Post second = say(5, "20:10", leatherBench, jade, "card holder #2, better?? still wobbly at the corners. be honest pls");
        re(5, "20:30", hal, second, "Much better! Corners: go two stitches back over at the corner, and pre-punch the corner hole "
                + "with a single prong. Al Stohlman's stitching book has a page on it: https://archive.org/details/stohlman-hand-sewing");
        re(5, "20:44", tomasz, second, "👍 way cleaner line than the first one");
        re(5, "20:50", jade, second, "eeee thank you. doing a third tomorrow");
        Post knives = say(6, "11:30", leatherOffcuts, tomasz, "sharpened every knife in the house today instead of stitching. "
                + "my wife is scared now");
        re(6, "11:45", rin, knives, "procrastisharpening is valid");
        say(6, "12:00", leatherOffcuts, tomasz, "my strop is now smoother than my life choices");
        say(6, "12:10", leatherOffcuts, hal, "ha. put some green compound on that life");

        // W50: the tannery's sale in three rooms; a customer asks her maker about a repair.
        say(8, "10:00", leatherSourcing, fergus, "❄️ Winter clearance at Lowe Tannery: 15% off all veg-tan sides this week only "
                + "https://lowetannery.eu/winter-clearance");
        say(8, "10:03", leatherBench, fergus, "Stock up for your Christmas orders! 15% off sides this week "
                + "https://lowetannery.eu/winter-clearance");
        Post third = say(8, "10:05", leatherOffcuts, fergus, "Winter clearance, 15% off all sides 👉 https://lowetannery.eu/winter-clearance");
        re(8, "10:30", hal, third, "mate that's the third room this morning");
        Post belt = say(8, "12:00", leatherSell, rin, "Minimal belt, 38mm, English bridle black, solid brass buckle, made to your "
                + "size. £55 https://rinstitches.bigcartel.com/product/minimal-belt");
        re(8, "14:10", collette, belt, "@Rin Takeda hey! I got the brown one of these off you in spring, love it, but the buckle "
                + "screw has come loose and keeps falling out. do you do repairs or should I just find a screwdriver? 😅");
        Post wallet = say(9, "19:00", leatherBench, jade, "my first wallet!! sorry for the phone pic. would love honest notes "
                + "before I make one for my dad for christmas. I post my stuff on insta too: https://instagram.com/jade.makes.things");
        re(9, "19:25", hal, wallet, "Lovely. The card slots are a touch tight, give them 2mm more next time. Edges want one more "
                + "sanding before the burnish");
        re(9, "19:40", rin, wallet, "that colour!! agree on the slots. your dad is lucky");
        re(9, "19:52", jade, wallet, "2mm noted! thank you both");
        Post done = say(9, "22:10", leatherOffcuts, rin, "finished the 40 fobs. never again. (until next year)");
        re(9, "22:15", tomasz, done, "🎉 legend");
        say(10, "09:30", leatherSell, rin, "Card wallet, 3 pockets, Badalassi Pueblo in olive. £38 "
                + "https://rinstitches.bigcartel.com/product/card-wallet");
        Post edges = say(11, "18:30", leatherBench, jade, "how do you get edges that glassy? mine go fuzzy whatever I do");
        re(11, "18:50", rin, edges, "bevel first, then sand 400 > 800 > 1200, water + tokonole, burnish with canvas not wood. "
                + "patience is the secret ingredient");
        re(11, "19:05", jade, edges, "I skip the 800 every time... ok");
        say(12, "10:15", leatherSell, collette, "@Rin Takeda just bumping this in case it got buried 🙂");
        say(12, "13:40", leatherOffcuts, rin, "anyone else's cat obsessed with the smell of veg tan or just mine");
        say(12, "13:55", leatherOffcuts, tomasz, "mine sleeps on the hides. I have given up");

        // W51: late, but answered.
        say(15, "09:05", leatherSell, rin, "Collette!! so sorry, the notifications in here are chaos. It's a Chicago screw, a drop "
                + "of blue threadlocker and it stays. Or post it back and I'll fix it free");
        say(15, "09:40", leatherSell, collette, "threadlocker it is, thank you Rin!");
        Post dad = say(16, "20:00", leatherBench, jade, "dad's wallet done, slots +2mm like Hal said. it closes flat!!");
        re(16, "20:20", hal, dad, "That's a proper wallet. Well done");
    }

    /** C. A sim racing league: its stewards, a streamer, a builder, a newcomer, a deal hunter. */
    private void simRacing() {
        say(1, "12:00", simNews, niko, "Race night Thursday 20:00 CET: GT3 at Spa, 45 min, mandatory stop. Sign-up sheet: "
                + "https://forms.gle/apexhunters-spa (grid is 24, first come)");
        say(1, "18:50", simPaddock, bex, "going live in 10 with some Spa practice before Thursday, come hang 🏎️ "
                + "https://twitch.tv/bexdrives");
        Post g29 = say(2, "17:20", simSetups, kwame, "new here, just got a G29. FFB feels super notchy in ACC, like a rattle? is "
                + "that normal or did I break it already");
        Post ffb = re(2, "17:48", dario, g29, "Normal-ish for the G29, it's gear driven. In ACC: gain ~70%, min force 0, road effects "
                + "0. In G Hub sensitivity 900 and centering spring OFF. Tell me if that helps");
        re(2, "18:10", kwame, ffb, "centering spring was ON 🤦 way better already, thanks man");
        say(2, "19:05", simPaddock, bex, "live now! hotlapping Spa trying to find the 2:18 https://twitch.tv/bexdrives");
        Post box = say(3, "12:40", simRigs, kwame, "where do people get button boxes? any recommendations? I keep fumbling for the "
                + "keyboard for wipers lol");
        re(3, "13:05", yuki, box, "I build these! 12 buttons + 2 rotaries, USB, printed case, 85€ shipped in EU. Happy to send pics, "
                + "DM me");
        re(3, "13:20", lars, box, "or DIY, a Leo Bodnar board is like 30 quid and some arcade buttons");
        re(3, "14:02", kwame, box, "ooh options. Yuki sending you a dm, soldering scares me");
        say(3, "15:00", simNews, niko, "Spa sign-ups: 16/24 taken, link again: https://forms.gle/apexhunters-spa");
        say(4, "09:30", simNews, niko, "Last call, 22/24. Lobby opens 19:45, server password in the pinned post "
                + "https://forms.gle/apexhunters-spa");
        say(4, "21:05", simPaddock, kwame, "gg all, sorry for T1 Tamsin 🙈");
        Post t1 = say(4, "21:06", simPaddock, tamsin, "lol it's Spa T1, it's tradition");
        re(4, "21:10", bex, t1, "I saw it from 4 cars back, it was art");
        Post smooth = say(4, "21:12", simPaddock, bex, "gg everyone! @Dario Fontana how are you so smooth through Eau Rouge, I lift "
                + "every time");
        re(4, "21:20", dario, smooth, "trail brake a tiny bit into the compression and don't look at the wall 😄 flat comes with "
                + "laps");
        re(4, "21:25", niko, t1, "stewards saw it, racing incident, nobody cares, go to bed");
        Post cold = say(5, "10:15", simSetups, kwame, "how do people deal with cold tyres first lap? I spun at Raidillon lap 1 lmao");
        re(5, "10:40", dario, cold, "Pressures: aim for 27.5 hot, start ~26. And lap 1 is 90%, let the others bin it");
        re(5, "10:52", tamsin, cold, "also weave less, it does nothing in ACC except confuse people behind");
        say(6, "16:30", simSetups, kwame, "@Dario Fontana quick one, what brake bias do you run at Monza for the 296? I keep locking "
                + "the fronts into T1");

        // W50
        Post bias = at(8, "08:40").in(simSetups).say(dario, "Morning! Kwame: 54.5 to start, then -0.5 if you still lock. And brake "
                + "earlier than you think at T1, everyone does 😄");
        re(8, "09:10", kwame, bias, "54.5, got it 🙏");
        say(8, "12:00", simNews, niko, "Race night Thursday: Monza, GT3, 40 min. Sign up: https://forms.gle/apexhunters-monza");
        String[][] deals = {
            {"8", "13:10", simRigs.id(), "https://www.amazon.de/dp/B0C9XQ2K11"},
            {"8", "13:12", simRigs.id(), "csl dd down to 299 https://www.amazon.de/dp/B0BZ7F3DD1"},
            {"9", "09:01", simPaddock.id(), "https://www.reddit.com/r/simracing/comments/1h2deal/heusinkveld_sprint_sale"},
            {"9", "20:30", simRigs.id(), "https://www.bol.com/nl/p/trak-racer-tr8/9300000123"},
            {"10", "11:45", simRigs.id(), "monitor deal https://www.amazon.de/dp/B0CMON34W2"},
            {"10", "18:20", simPaddock.id(), "lol"},
            {"11", "08:55", simRigs.id(), "https://www.simracingbay.com/deals/moza-r5-bundle"},
            {"11", "21:30", simPaddock.id(), "gg"},
            {"12", "10:10", simRigs.id(), "https://www.amazon.de/dp/B0BUTTKIK1 bass shaker"},
            {"12", "17:00", simPaddock.id(), "who's doing the endurance next month"},
            {"13", "12:20", simRigs.id(), "https://www.fanatec.com/eu-en/sale"},
            {"14", "10:05", simRigs.id(), "https://www.amazon.de/dp/B0PEDALS91 pedal mod"},
        };
        for (String[] d : deals) {
            Channel where = d[2].equals(simRigs.id()) ? simRigs : simPaddock;
            say(Integer.parseInt(d[0]), d[1], where, lars, d[3]);
        }
        Post mon = say(10, "12:00", simNews, niko, "Monza: 14/24 so far https://forms.gle/apexhunters-monza");
        re(10, "12:30", tamsin, mon, "in. sorry in advance for the first chicane");
        Post shaker = say(12, "10:30", simRigs, kwame, "are bass shakers worth it or a gimmick? Lars keeps posting them 😂");
        re(12, "10:55", dario, shaker, "worth it for feeling lockups and kerbs, but do pedals first");
        re(12, "11:02", tamsin, shaker, "mine annoy the neighbours more than they help me tbh");
        say(11, "21:40", simPaddock, dario, "gg Monza, 0 lockups from Kwame at T1 tonight, someone learned 👀");
        say(11, "21:45", simPaddock, kwame, "54.5 baby");
        say(13, "14:00", simPaddock, bex, "live now, Monza league replay + chat, come roast my T1 https://twitch.tv/bexdrives");
        say(14, "15:30", simPaddock, bex, "sunday chill stream, Nordschleife laps with the chat picking cars 🌲 "
                + "https://twitch.tv/bexdrives");

        // W51: the newcomer hands on what he was taught.
        Post rattle = say(16, "19:00", simSetups, tamsin, "my brother got a G29 as an early xmas present and says it rattles and "
                + "feels awful, is his broken?");
        re(16, "19:22", kwame, rattle, "not broken! turn off centering spring in G Hub and drop road effects to 0, Dario sorted mine "
                + "the same way. gain around 70");
        re(16, "19:40", tamsin, rattle, "he says it's like a different wheel, ty Kwame");
        say(17, "12:00", simNews, niko, "Christmas fun race Saturday: reverse grid, silly cars, no points. Sign up: "
                + "https://forms.gle/apexhunters-xmas");
        Post xmas = say(19, "22:10", simPaddock, yuki, "that reverse grid was chaos, best race of the year");
        re(19, "22:15", lars, xmas, "my shaker nearly fell off the rig");
    }

    /** D. Florists talking trade, and the people who come looking for one. */
    private void florists() {
        Post prices = say(1, "06:40", floristMarket, bea, "Dutch auction prices are mad this week. ranunculus €1.10 a stem at my "
                + "wholesaler 😭");
        re(1, "06:55", hattie, prices, "skipping ranunculus till January, going heavy on anemones");
        re(1, "07:10", ines, prices, "anemones are good at mine too, and the populus eucalyptus is lovely right now");
        Post bath = say(2, "20:15", floristFind, grace, "Hi! Getting married 12 June next year in Bath, about 60 guests. Looking "
                + "for a florist for bouquet, 4 bridesmaids, buttonholes and table arrangements. Budget around £1500. Who covers Bath?");
        re(2, "21:00", ines, bath, "Hi Grace, congratulations! 🌸 I'm in Bristol and do Bath weddings often. That list is right in "
                + "my range, my wedding packages start at £1,200. Portfolio: https://inescarvalhoflores.co.uk/weddings DM me and we "
                + "can set up a call");
        re(2, "21:20", bea, bath, "Congrats! I'm Cardiff so bit far, but Ines is lovely to work with");
        re(2, "21:45", grace, bath, "thank you both! Ines messaging you now 😊");
        Post wreath = say(3, "13:00", floristBiz, wren, "How are you all pricing wreath workshops this year? I'm at £55 with mulled "
                + "wine and it feels low?");
        re(3, "13:20", hattie, wreath, "£60 here in Frome, no wine, sold out both nights. you're low");
        re(3, "13:35", oskar, wreath, "£45 at mine but I do 20 people a night, volume game");
        re(3, "13:50", wren, wreath, "ok going to £60 next year, thank you");
        say(4, "10:00", floristShow, wren, "Winter table piece for a restaurant, amaranthus and dried hydrangea 🍂 more on ig "
                + "https://instagram.com/wrencastillo.flowers/p/Cx81").react("😍", bea, hattie);
        say(4, "11:30", floristShow, ines, "Church pew ends from Saturday's wedding https://instagram.com/inescarvalhoflores/p/Dk22");
        say(4, "12:15", floristShow, bea, "Tablescape from a 40th, all British grown https://instagram.com/petalworks.bea/p/Ea10");
        say(5, "09:00", floristShow, oskar, "shop window this week ❄️ https://instagram.com/oskarstems/p/Fr55");
        say(5, "09:40", floristShow, hattie, "the drip on that amaranthus Wren!!");

        // W50: a workshop in three rooms; a florist who needs couples talks only to florists.
        say(8, "10:00", floristShow, oskar, "Christmas wreath workshops at my studio, 12th & 13th, £45 incl. all materials, "
                + "tickets: https://oskarstems.co.uk/workshops");
        say(8, "10:02", floristWeddings, oskar, "Still places on my wreath workshops this weekend, £45: "
                + "https://oskarstems.co.uk/workshops");
        say(8, "10:05", floristBiz, oskar, "Wreath workshop 12th/13th, few places left → https://oskarstems.co.uk/workshops");
        Post bookings = say(8, "11:00", floristBiz, hattie, "honestly I need more wedding bookings for next summer, I've got 3 so "
                + "far and usually have 10 by now. where are your couples finding you?");
        re(8, "11:20", bea, bookings, "instagram mostly, and getting on venue supplier lists. the lists are gold");
        re(8, "11:35", ines, bookings, "venue lists + wedding fairs. the January fairs book up fast, do it now");
        re(8, "11:50", hattie, bookings, "venue lists, ok. which venues did you get on?");
        re(8, "12:05", ines, bookings, "Bath Assembly Rooms took ages but worth it. just email the events person");
        re(8, "12:10", hattie, bookings, "emailing today, thanks!!");
        say(8, "15:00", floristShow, wren, "Door wreath, all foraged except the velvet ribbon https://instagram.com/wrencastillo.flowers/p/Cx90");
        Post foam = say(9, "08:30", floristWeddings, wren, "anyone fully foam free for big arches now? chicken wire + moss "
                + "cages?");
        re(9, "08:50", hattie, foam, "foam free two years. moss cages and a LOT of cable ties. happy to show you my arch frame");
        re(9, "09:05", wren, foam, "yes please, DM?");
        re(9, "09:10", hattie, foam, "sending now");
        Post frome = say(9, "14:30", floristFind, noor, "Looking for someone to do flowers for my mum's 70th, 10 table "
                + "centrepieces, Frome area, end of January. Anyone?");
        Post wells = say(10, "19:00", floristFind, grace, "my sister is getting married in Wells in August and asked me to ask here: "
                + "who does smaller weddings, around 30 people?");
        Post stems = say(10, "07:15", floristMarket, hattie, "Christmas stock in: red amaryllis €2.40, ilex berries crazy "
                + "expensive this year");
        re(10, "07:30", bea, stems, "ilex is gold dust, using rosehips instead");
        re(10, "07:40", hattie, stems, "ooh rosehips, nice");
        say(10, "13:00", floristShow, wren, "Hand tie for a 90th birthday, she asked for 'loud' https://instagram.com/wrencastillo.flowers/p/Cx93");
        say(10, "13:20", floristShow, hattie, "LOUD achieved 😂");
        re(11, "09:30", ines, wells, "Hi Grace! Wells is easy for me, and small weddings are lovely. Happy to chat with your sister");
        say(11, "10:00", floristBiz, wren, "VAT question: anyone crossed the threshold mid-year? what a mess");
        say(11, "10:20", floristBiz, hattie, "not yet but close, following this 👀");
        say(11, "10:35", floristBiz, bea, "get an accountant the day you cross it, trust me");
        say(12, "16:00", floristWeddings, hattie, "arch frame finished for a January wedding, the moss cages worked Wren, thanks "
                + "for the push");
        say(12, "16:20", floristWeddings, wren, "yesss");
        say(12, "18:00", floristShow, wren, "Last wreath of the season, I'm done 🥲 https://instagram.com/wrencastillo.flowers/p/Cx97");
        say(13, "10:30", floristMarket, hattie, "anyone know if the Bristol market is open on the 24th?");
        say(13, "10:50", floristMarket, bea, "till 10 I think");
        say(13, "11:00", floristMarket, hattie, "perfect, ty");

        // W51: she turns to the people who asked.
        re(15, "09:00", hattie, frome, "Hi Noor, I'm in Frome! Would love to do your mum's centrepieces. What colours does she love?");
        re(15, "09:40", noor, frome, "oh brilliant! purples and white, she loves anemones");
        re(15, "10:05", hattie, frome, "anemones in late January are perfect timing. I'll send you some ideas and a quote today");
        re(15, "10:30", noor, frome, "thank you so much");
        re(16, "11:00", hattie, wells, "Grace, if your sister wants another option for Wells I'm half an hour away, happy to talk");
        re(16, "12:10", grace, wells, "thank you Hattie, I'll pass both names on!");
        Post fair = say(17, "15:00", floristBiz, hattie, "booked the Bath wedding fair in January. terrified");
        re(17, "15:20", ines, fair, "you'll be great. bring a bouquet people can hold, they love that");
    }

    /** E. Retro computing collectors: a repair sage, a kit maker, a channel that wants subscribers. */
    private void retro() {
        Post hi = say(1, "10:20", retroHello, lindy, "Hi! Lindy, from Leeds. I collect Acorn stuff (an Electron, two BBC Micros "
                + "and a very yellow A3000). I write up my fixes here: https://lindymoss.blog. be gentle, still a hardware newbie");
        re(1, "10:45", bernd, hi, "Welcome! For the A3000: the battery near the clock chip, check it first, they leak and eat the "
                + "traces");
        re(1, "11:00", margo, hi, "an Acorn person!! finally. welcome");
        re(1, "11:20", lindy, hi, "ha yes, the battery was the first thing out, learnt that from someone's blog. hi Margo!");
        say(1, "19:00", retroBbs, cass, "New episode up! Restoring a water-damaged Amiga 500, the keyboard was a swamp 🐸 "
                + "https://youtu.be/aM5Ga4rT001");
        Post monitor = say(2, "18:10", retroBench, ozzy, "Commodore 1084S monitor, picture collapses to a horizontal line after 10 "
                + "min warm. smells a bit hot. where can I get a recap kit for it? or is it something else");
        re(2, "18:40", bernd, monitor, "Horizontal line = vertical deflection. On the 1084S very often the TDA1670 and the caps "
                + "around it, or dry joints on the flyback pins. Before any recap, reflow the vertical section. Schematic: "
                + "https://www.vintage-computer.de/schematics/commodore/1084S.pdf");
        re(2, "19:05", jun, monitor, "I sell a recap kit for the 1084S (all electrolytics, 105°C Panasonic), 18$ + shipping: "
                + "https://junpark-kits.tindie.com/products/1084s-recap — but do what Bernd says first, reflow is free 🙂");
        say(3, "20:00", retroC64, margo, "@Pete Vaszary you still have that spare 6581 SID? my breadbin's one only makes noise now");
        say(3, "21:15", retroC64, cass, "could you all sub to my channel? trying to hit 1k before christmas so I can do an SX-64 "
                + "giveaway 🙏 https://youtube.com/@cassrestores");
        Post reflow = re(3, "21:30", ozzy, monitor, "reflowed, better but it still collapses after ~30 min now. ordering the kit Jun, "
                + "thanks both");
        re(3, "21:45", bernd, reflow, "good. when you recap, replace the 1000uF near the flyback first and check R for the "
                + "TDA with a meter");
        say(4, "09:00", retroC64, pete, "yes, two of them. the 8580 too if you want to try it. send me your address, beer money is "
                + "fine");
        say(4, "09:20", retroC64, margo, "you are a hero Pete, DMing");
        Post drive = say(4, "18:00", retroBench, lindy, "my BBC Micro drive makes a clicking noise and never reads. 5.25 "
                + "Cumana. already tried cleaning the heads with IPA");
        re(4, "18:30", bernd, drive, "Clicking and no read: check the drive belt first, they go sticky. Belts: "
                + "https://www.retrobelts.co.uk/5-25-drive-belts and the speed adjust guide https://www.stardot.org.uk/forums/drive-speed");
        re(4, "19:10", lindy, drive, "the belt was literally goo. ordered one, thank you!!");
        say(5, "11:00", retroFinds, margo, "car boot haul: Atari 800XL boxed for £15 and a tape deck that probably doesn't work");
        Post amiga = say(5, "19:30", retroBench, ozzy, "amiga 1200 no picture, power led on, floppy clicks. where do I even start");
        re(5, "20:00", bernd, amiga, "Kickstart ROMs seated? Then the caps, A1200s are known for it. Checklist here: "
                + "https://www.amigawiki.org/a1200-no-display");
        re(5, "20:10", pete, amiga, "also try another monitor cable, mine was the cable 🙃");
        say(6, "12:00", retroBbs, bernd, "Saturday ritual: coffee, flux, a C128 that does not want to live");
        say(6, "12:30", retroBbs, margo, "the C128 always wins");

        // W50: part two and a bonus; a finder posts finds; the sage answers from his own bench.
        say(9, "18:00", retroBench, cass, "Part 2 is out: the A500 lives!! full recap and keyboard rebuild https://youtu.be/aM5Ga4rT003");
        say(11, "19:30", retroBbs, cass, "Bonus video: 5 things I wish I'd known before my first recap https://youtu.be/rCap5T004");
        String[][] finds = {
            {"8", "09:10", "ZX Spectrum +2 from a charity shop, £10, the tape deck even works"},
            {"8", "17:30", "box of 50 C64 tapes from marketplace, mostly budget games, Mastertronic heaven"},
            {"9", "12:05", "Amstrad CPC 464 with green screen monitor, needs a belt"},
            {"9", "20:00", "Vic-20 boxed, the box is nicer than the computer lol"},
            {"10", "10:40", "Sinclair QL, untested, microdrives look rough"},
            {"10", "18:15", "three 1541s for £20 at a house clearance 🙃"},
            {"11", "13:00", "a Dragon 32. did not know I needed one. I did not"},
            {"12", "11:20", "Atari 2600 woody with 12 carts, the seller's dad bought it new in 1979"},
            {"12", "16:45", "mint C64C manual, weirdly the thing I'm happiest about today"},
            {"13", "14:30", "Amiga 600 with a 2mb ram card, car boot, £25"},
            {"14", "10:00", "and a BBC Master for Lindy's envy 😇"},
        };
        List<Post> margoPosts = new ArrayList<>();
        for (String[] f : finds) {
            margoPosts.add(say(Integer.parseInt(f[0]), f[1], retroFinds, margo, f[2]));
        }
        margoPosts.get(2).react("🔥", bernd);
        margoPosts.get(10).react("😍", lindy);
        re(14, "10:30", lindy, margoPosts.get(10), "Margo I am SO jealous. does the ADFS rom work?");
        re(14, "11:00", margo, margoPosts.get(10), "haven't tried yet, you can come and test it 😄");
        Post noread = say(9, "19:00", retroC64, ozzy, "1541 spins forever and never loads anything. head moves. any ideas?");
        re(9, "19:30", bernd, noread, "I had exactly this on my own 1541 last winter. In my case the head was fine but my alignment "
                + "had drifted, so I did the bump test, then I realigned it with my 1541 Diagnostic disk, and I also had to clean my "
                + "stepper rails because my old grease was like glue. My advice from my own bench: check alignment before you buy "
                + "anything, and if you have a second drive, swap the ROM to rule it out. I keep a spare ROM in my drawer for "
                + "exactly this.");
        re(9, "20:15", ozzy, noread, "bump test says alignment. ok, going down that road, thanks Bernd");
        Post psu = say(10, "21:00", retroBench, lindy, "is it safe to use my original C64 brick power supply? I read they kill "
                + "machines");
        re(10, "21:30", bernd, psu, "My rule: I never use the original bricks on my machines. I measured mine, my 5V was 5.9V. I "
                + "bought a modern one for each of my C64s and my 1541s have their own. I would not risk it, but I know some people "
                + "put an overvoltage protector in between. I have one on my breadbin and it saved it once.");
        re(10, "21:50", lindy, psu, "modern PSU it is, thanks");
        say(10, "09:30", retroTrades, ozzy, "recap kit from Jun arrived, postage was quick 👍");
        say(12, "10:00", retroTrades, jun, "1084S and 1081 kits back in stock, also A500 rev6 kits, all $18-24 + shipping: "
                + "https://junpark-kits.tindie.com");

        // W51: a buyer of the kits asks its maker for a missing part.
        Post a500 = say(15, "09:00", retroTrades, jun, "new: Amiga 1200 recap kit, Panasonic FR, $22 + shipping "
                + "https://junpark-kits.tindie.com/products/a1200-recap");
        re(15, "13:30", ozzy, a500, "@Jun Park got your 1084S kit last week, thanks! one of the 1000uF caps was missing tho, could "
                + "you send one? happy to pay postage");
        say(16, "11:00", retroTrades, jun, "also doing C64 power supply kits now, $29, ask if you want one");
        say(16, "20:00", retroBbs, jun, "does anyone else hear 15kHz whine or is it just me getting old");
        say(16, "20:10", retroBbs, pete, "I stopped hearing it in 2009 lol");
        say(17, "10:30", retroTrades, jun, "shipping for christmas: last orders by the 18th for EU");
        say(18, "21:00", retroBbs, jun, "tonight's project: recapping a 1084S for my own desk for once");
        Post blog = say(17, "19:00", retroBench, lindy, "the drive works!! belt swap and the speed trim like Bernd said. wrote it "
                + "up for anyone with a Cumana: https://lindymoss.blog/cumana-drive-belt");
        re(17, "19:20", bernd, blog, "very good write-up, the pictures of the trim pot are useful");
    }

    /** F. A wine club: its organiser, a merchant among the members, a note-taker, a newcomer. */
    private void wine() {
        say(1, "18:00", wineEvents, adaeze, "December club night: Thursday 10th, 7pm, back room at The Crown. Theme: Rhône under £20. "
                + "£25 covers the six wines and the cheese. RSVP here so I know how many bottles to get: https://forms.gle/corkcrumb-dec");
        say(1, "20:30", wineNotes, silvia, "Etna Rosso from the case: sour cherry, ash, a bit of orange peel. Loved it with the "
                + "lentils");
        Post venison = say(2, "12:10", winePairing, tom, "Doing venison for Christmas, what red? my dad likes big stuff but I don't "
                + "want to spend more than £25");
        re(2, "12:40", henrik, venison, "Northern Rhône Syrah, a Crozes-Hermitage is right in that range. Or a Chilean Carmenère if "
                + "your dad wants BIG");
        re(2, "13:05", silvia, venison, "Crozes +1. Graillot if you can find it");
        re(2, "13:30", tom, venison, "thank you!! Crozes it is");
        Post arrived = say(2, "17:00", wineCase, adaeze, "This month's case is in 🍷 Etna Rosso, a Picpoul, two Rhônes for the club "
                + "night, a Cava and a mystery bottle. Collection from mine Sat 10-12");
        re(2, "17:20", henrik, arrived, "the mystery bottle better not be the orange wine again 😂");
        re(2, "17:25", adaeze, arrived, "no promises");
        say(3, "10:00", wineEvents, adaeze, "14 of 20 places gone, RSVP: https://forms.gle/corkcrumb-dec");
        Post darts = say(4, "21:00", wineCellar, henrik, "anyone else drinking the Picpoul with fish and chips tonight, it's "
                + "perfect");
        re(4, "21:10", silvia, darts, "with a chip butty, classy");
        re(4, "21:20", tom, darts, "I drank mine before the chips arrived, rookie error");
        say(5, "09:15", wineEvents, adaeze, "last 3 places for Thursday! https://forms.gle/corkcrumb-dec");
        say(6, "19:30", wineNotes, henrik, "Picpoul de Pinet: lemon, salt, gone in 20 minutes");

        // W50: a newcomer, a merchant's codes, the club night.
        joins(8, "09:00", wineCellar, lotte);
        Post lotteHello = say(8, "09:20", wineCellar, lotte, "Hi all! Lotte, just moved here from Utrecht. I know nothing about wine "
                + "except that I like Riesling 😅 Tom told me about this club");
        re(8, "09:30", adaeze, lotteHello, "Welcome Lotte! Come to Thursday's night if you can, one place left, I'll hold it for you");
        re(8, "09:45", tom, lotteHello, "she made it!! 🎉");
        re(8, "10:10", rupert, lotteHello, "Welcome Lotte! If you like Riesling you'll love our Mosel range, 20% off for club members with "
                + "code CORK20 at https://vanewines.co.uk/riesling 🍇");
        Post dm = say(8, "10:30", rupertToLotte, rupert, "Hi Lotte, Rupert from Vane Wines. Saw you like Riesling, I've put "
                + "together a mixed 6 of Mosel for new members, £72 delivered (normally £90). Shall I reserve one for you?");
        re(8, "13:00", lotte, dm, "oh, thanks. I'll have a look after the club night maybe");
        re(8, "13:05", lotte, lotteHello, "thank you Adaeze, yes please hold it!");
        Post pud = say(9, "19:20", winePairing, tom, "what goes with Christmas pudding? nobody in my family drinks sweet wine but I "
                + "want to try something");
        re(9, "19:35", rupert, pud, "A Tawny port is the classic. We have a great 10yo Tawny at 20% off for members this month, code "
                + "CORK20 → https://vanewines.co.uk/tawny-10");
        re(9, "20:00", henrik, pud, "10yo Tawny is right. Any decent supermarket one does the job, Taylor's or Graham's are fine");
        re(9, "20:20", tom, pud, "Tawny it is, thanks both");
        say(11, "12:00", wineCase, rupert, "If you loved the Etna Rosso we stock the same producer's Etna Bianco, members' code "
                + "CORK20 works on it too: https://vanewines.co.uk/etna");
        Post night = say(11, "09:00", wineCellar, silvia, "what a night. that Viognier!! thank you Adaeze");
        re(11, "09:20", lotte, night, "I loved the Viognier too! who knew I liked things that aren't Riesling");
        re(11, "09:40", adaeze, night, "you all drank the Gigondas in 20 min, I saw that");
        Post shop = say(11, "10:00", wineCellar, lotte, "where do you all buy wine in town? the supermarket choice is sad");
        re(11, "10:15", tom, shop, "the little place on Market St, ask for Jo, she knows everything. and the Saturday market has a "
                + "natural wine guy");
        re(11, "10:30", lotte, shop, "thanks Tom!");
        Post port = say(12, "18:00", winePairing, tom, "how long does an opened bottle of port last? asking for the pudding");
        re(12, "18:20", silvia, port, "Tawny a few weeks in the fridge, no stress");
        re(12, "18:25", henrik, port, "weeks. a ruby less, but it won't survive Christmas in your house anyway");
        String[][] notes = {
            {"8", "21:00", "Crozes-Hermitage 2021: I got blackberry and smoked meat first, then violet. My partner said olives. I "
                + "decanted it for an hour and I think I preferred it straight from the bottle, which I never expect"},
            {"9", "21:15", "Cava Brut Nature from the case: I found it very dry, green apple, almost salty. I want to try it with "
                + "oysters next time, I think my palate likes it more with food"},
            {"10", "23:30", "Club night, my notes: 1) Côtes du Rhône, cherry, easy 2) Vacqueyras, I wrote 'leather and plums' 3) "
                + "Viognier, apricot, my favourite of the night 4) Gigondas, I need a second bottle to decide"},
            {"11", "20:00", "Leftover Gigondas day 2: I think it opened up, more herbs, garrigue, I finally get that word"},
            {"12", "19:45", "Mystery bottle revealed: Saint-Chinian! I guessed Languedoc so I'm counting that as a win for me"},
            {"12", "22:10", "Etna Rosso again because I bought two: still my favourite of the case, I get more smoke now"},
            {"13", "13:00", "Sunday lunch Beaujolais Morgon, I had it slightly chilled, I loved it with roast chicken"},
            {"13", "20:30", "Sherry experiment: Fino with salted almonds. I get it now. I was wrong about sherry for 20 years"},
            {"14", "12:00", "Picpoul last glass, I think it falls apart on day 2, my note: drink it the day you open it"},
            {"14", "18:40", "Prosecco col fondo, cloudy, I liked the bread notes more than I expected"},
        };
        for (String[] n : notes) {
            say(Integer.parseInt(n[0]), n[1], wineNotes, silvia, n[2]);
        }

        // W51: a member asks one of the regulars a plain question.
        Post riesling = say(15, "10:00", wineCellar, tom, "@Henrik Sand which Riesling did you bring to the November night? the dry "
                + "one with the petrol thing. want to buy a case for my in-laws");
        say(16, "20:30", wineCellar, henrik, "anyone watching the darts tonight? wine and darts, the perfect pair");
        say(17, "12:15", wineCellar, henrik, "Stilton or Stichelton for Christmas, fight me");
        say(17, "12:40", wineCellar, silvia, "Stichelton and I will not be taking questions");
        say(18, "19:00", wineNotes, henrik, "Champagne for Friday because why not: toast, lemon, tiny bubbles, lovely");
        say(18, "19:30", wineCellar, adaeze, "January night is booked: Thursday 14th, theme 'Wines from islands'. Form soon");
        re(18, "20:00", lotte, riesling, "ooh I want to know too, Riesling person here");
    }

    /** G. A dojo's own server: its sensei and instructor, students, a student with a practice of his own. */
    private void dojo() {
        say(1, "08:00", dojoNews, aiko, "Reminder: December grading is Saturday 19th. Syllabus sheets at the front desk. Kids 10:00, "
                + "adults 13:00.");
        Post gi = say(1, "12:00", dojoShop, aiko, "New in the shop: heavyweight 12oz gis, white, sizes 1-6, £65. Club members get "
                + "free embroidery. Order at the desk or here: https://kaizendojo.co.uk/shop/heavyweight-gi");
        say(2, "19:30", dojoGrading, theo, "@Kenji Alvarez which kata do we need for green belt? is it heian nidan or "
                + "sandan? the sheets at the desk were gone");
        Post heel = say(3, "13:10", dojoQuestions, mara, "how do you stop your back heel lifting in zenkutsu dachi? my calves burn "
                + "after 2 min");
        say(3, "17:00", dojoNews, kenji, "Wednesday kids class moved to 17:30 this week only (hall booked)");
        say(4, "08:30", dojoShop, aiko, "Belts restocked, all colours, £8 https://kaizendojo.co.uk/shop/belts");
        re(4, "21:30", kenji, heel, "Shorter stance first, then lengthen it over weeks. Back foot turned in 30 degrees, push the "
                + "heel down like you're squashing a bug. Burning calves = it's working 😅");
        re(4, "21:45", mara, heel, "squashing a bug 😂 ok that image works, osu");
        say(4, "22:00", dojoLog, kenji, "Thursday: 200 kicks each leg for the seniors' class. my knees are 41 years old and they "
                + "told me so");
        Post wrist = say(5, "12:20", dojoQuestions, theo, "is it ok to train with a slightly sprained wrist? push ups on the knuckles "
                + "hurt");
        re(5, "12:50", dmitri, wrist, "Not a diagnosis, but skip knuckle push ups for 2 weeks, do them on forearms, ice after class. "
                + "If it's still sore in 2 weeks get it looked at properly");
        re(5, "13:10", theo, wrist, "thanks Dmitri, will do");
        say(6, "10:30", dojoNews, kenji, "Saturday open mat cancelled today, boiler is broken, sorry all");
        String[][] log = {
            {"1", "21:00", "Mon: basics 1h, my mae geri is still slapping not snapping"},
            {"2", "07:00", "Tue 6am run 5k, stretched 15 min. hips tight"},
            {"2", "21:10", "Tue evening class: kumite drills, got caught by the same gyaku zuki 4 times. I need to move my head"},
            {"3", "07:05", "Wed: rest day, foam roller, I feel 80"},
            {"3", "20:45", "Wed: kata Heian Yondan x10 at home, I keep forgetting the kick after the elbow"},
            {"4", "21:15", "Thu: Kenji's 200 kicks. I can't feel my legs. worth it"},
            {"5", "07:10", "Fri: 3k easy run, my calves are still angry from yesterday"},
            {"5", "19:40", "Fri: Yondan again, finally in the right order 5 times in a row"},
            {"6", "11:00", "Sat: open mat cancelled so shadow sparring in the garden, the neighbour's cat judged me"},
            {"7", "10:00", "Sun: long stretch, splits are 10cm from the floor. my goal is January"},
            {"7", "18:30", "Sun: weekly total 6 sessions. I'm happy with this week"},
        };
        for (String[] l : log) {
            say(Integer.parseInt(l[0]), l[1], dojoLog, lena, l[2]);
        }

        // W50: a student who bought from the dojo asks about a faulty gi; the sensei posts on.
        re(8, "18:00", mara, gi, "@Aiko Brandt I bought the heavyweight gi last month and the knee tore after two weeks of normal "
                + "training, can I swap it for a new one?");
        Post kata2 = say(8, "19:00", dojoGrading, theo, "does anyone know which kata is green belt? asked last week but no luck");
        re(8, "19:30", kenji, kata2, "Sandan for green, sorry Theo, missed your tag. Nidan is yellow");
        re(8, "19:45", theo, kata2, "osu thank you!");
        say(9, "08:00", dojoNews, aiko, "Grading sheets reprinted, grab one at the desk");
        say(10, "09:00", dojoShop, aiko, "Sparring gloves back in stock, £35 https://kaizendojo.co.uk/shop/gloves");
        Post wrist2 = say(10, "20:00", dojoQuestions, theo, "wrist much better. can I go back to knuckle push ups or wait the full 2 "
                + "weeks?");
        re(10, "20:30", dmitri, wrist2, "Try 5 on the knuckles, if no pain tomorrow add 5 each session. If it hurts, back to forearms");
        Post size = say(12, "14:00", dojoQuestions, theo, "gi sizes: I'm 178cm, size 4 or 5? between the two");
        re(12, "14:25", mara, size, "4, they shrink less than they say but sleeves are long. and don't buy the heavyweight 🙃");
        re(12, "14:40", theo, size, "4 it is, thanks Mara");
        say(12, "09:00", dojoNews, aiko, "Christmas closure: last class Tuesday 22nd, back Tuesday 5th Jan");
        say(13, "12:00", dojoLog, kenji, "Sunday: taught the kids' self-defence workshop, 30 kids, I need a nap for a week");

        // W51: a newcomer with a sore knee, and a priced offer for it.
        joins(15, "10:00", dojoLobby, finn);
        Post finnHello = say(15, "10:30", dojoLobby, finn, "hi everyone, Finn, 34, did my first trial class on Tuesday. used to play "
                + "football, my knee is still a bit dodgy from an old injury so go easy on me 😅");
        re(15, "11:00", aiko, finnHello, "Welcome Finn! Tell us about the knee before class and we'll adapt what we need to");
        re(15, "11:20", lena, finnHello, "welcome!! the Tuesday class is the best one");
        re(15, "12:05", dmitri, finnHello, "Welcome Finn! I'm a sports physio, dodgy knees are my thing 😄 first session is £30 for dojo "
                + "members, book here: https://dmitrivolkovphysio.co.uk/book");
        re(15, "13:00", finn, finnHello, "ha thanks all, I'll see how it goes");
        re(15, "14:00", aiko, gi, "Mara I'm so sorry, I missed this completely. Bring it in Tuesday, we'll swap it, that batch had a "
                + "bad seam");
        re(15, "14:30", mara, gi, "thank you sensei!! osu");
        Post grading = say(19, "17:00", dojoNews, aiko, "Congratulations to everyone who graded today. Theo, Lena and Mara: new "
                + "belts! 🥋");
        re(19, "17:10", theo, grading, "osu!! Sandan didn't let me down");
        re(19, "17:30", lena, grading, "my splits are still 10cm off but my belt is green 😂");
    }

    /** H. Stage magicians: a notes seller, performers trading tape reviews, a corporate act, a beginner. */
    private void magic() {
        Post dl = say(1, "10:00", magicCards, paz, "total beginner here. my double lift looks SO obvious, the two cards kind of "
                + "spread apart. any tips?");
        re(1, "10:40", nils, dl, "Welcome! Most people push with the thumb too early. Get a pinky break first, then the lift is just "
                + "a lift. Good free lessons, all better teachers than me: Jason England https://www.youtube.com/watch?v=dbLft0JE01 , "
                + "Daniel Madison https://www.youtube.com/watch?v=dmDL002 , Dan Harlan's basic one "
                + "https://www.youtube.com/watch?v=harlanDL3 and the Vanishing Inc lesson "
                + "https://www.vanishingincmagic.com/learn/double-lift");
        re(1, "11:00", paz, dl, "omg thank you, watching all of them tonight");
        say(1, "15:00", magicCards, victor, "My new ebook on the double lift is out, 40 pages, 6 handlings. Pay what you want: "
                + "https://victorlam.gumroad.com/l/doublelift");
        Post rope = say(2, "20:00", magicReels, ophelia, "First proper clip of my parlour set, the rope routine. Would love honest "
                + "feedback on the patter in the middle, it drags I think: https://youtu.be/opheliaRope01");
        re(2, "20:40", ray, rope, "patter is fine honestly, but the cut happens in view at 1:12, angle thing");
        re(2, "21:05", nils, rope, "Agree on 1:12. Patter: cut the bit about your aunt, go straight to the knot. Lovely pace "
                + "otherwise");
        re(2, "21:30", ophelia, rope, "the aunt bit is my favourite but you're both right 😭 thank you");
        say(3, "11:00", magicStage, victor, "still PWYW this week, 60 downloads already 🙌 https://victorlam.gumroad.com/l/doublelift");
        Post fee = say(3, "14:00", magicGigs, ophelia, "what do you all charge for a 2 hour close-up wedding drinks reception? "
                + "I've been at £350 and I think I'm cheap");
        re(3, "14:20", sunny, fee, "you're cheap. I'm at £650 for 2h in the south east");
        re(3, "14:45", nils, fee, "£450-500 up north, and always a deposit");
        re(3, "15:00", ophelia, fee, "deposit. right. I never take one. going to fix that");
        Post pinky = say(4, "09:30", magicCards, paz, "thank you Nils, the pinky break changed everything. still spreading a bit "
                + "on the lift itself");
        re(4, "10:00", nils, pinky, "Square the cards against your thumb before you lift, and lift from the inner end, not the side. "
                + "Mirror + slow motion, daily");
        say(5, "19:00", magicStage, ophelia, "anyone else find kids' parties harder than any stage show? a 6 year old shouted "
                + "'it's in your sleeve' for 40 minutes today");
        say(5, "19:15", magicStage, nils, "the sleeve kid is in every audience. I now hand him the wand");

        // W50: a private-lesson offer to the beginner; tape reviews taken and not given; a corporate act on himself.
        Post mirror = say(9, "11:00", magicCards, paz, "update: double lift almost invisible now in the mirror 🎉 next I want to "
                + "learn a pass, is that mad?");
        re(9, "11:30", victor, mirror, "Paz, I do private zoom lessons for beginners, £40/hr, first 20 min free. DM me and we'll book "
                + "a slot");
        re(9, "12:00", nils, mirror, "Not mad, but a pass is a year of practice. Learn a classic force and a side steal first, they "
                + "pay off sooner");
        re(9, "12:20", paz, mirror, "a year 😅 ok, classic force first. thanks Nils");
        Post amb1 = say(8, "20:00", magicReels, ray, "new clip, my ambitious card routine, tear it apart https://youtu.be/rayAmb01");
        re(8, "20:30", ophelia, amb1, "Second phase is lovely. Your hands go under the table at the end and everyone will see it");
        re(8, "21:00", nils, amb1, "Agree. And slow down the first rise, people need a beat to believe it");
        re(8, "21:10", ray, amb1, "fair. fixing");
        Post amb2 = say(10, "19:00", magicReels, ray, "v2 with your notes https://youtu.be/rayAmb02");
        Post wallet = say(10, "19:10", magicReels, ophelia, "my card to wallet, the load feels clunky and slow to me, thoughts welcome "
                + "https://youtu.be/opheliaC2W01");
        re(10, "19:40", nils, amb2, "Much better. The ending is clean now");
        re(10, "19:50", ophelia, amb2, "yes! the rise breathes now");
        re(10, "19:55", ray, amb2, "thanks both, one more pass at it this weekend");
        re(10, "20:30", paz, wallet, "I'm a beginner so maybe wrong but I didn't see the load at all, it looked like magic to me");
        re(10, "21:10", ophelia, wallet, "that's kind Paz, it helps to hear it from outside my own head");
        Post amb3 = say(12, "18:00", magicReels, ray, "v3 last one promise https://youtu.be/rayAmb03");
        re(12, "18:30", ophelia, amb3, "the patter at the start is new and good. ship it");
        re(12, "19:00", nils, amb3, "Ship it.");
        re(12, "19:10", ray, amb3, "🙏 doing it at the club on friday");
        say(8, "09:00", magicGigs, sunny, "Just closed my biggest corporate booking yet: a bank's Christmas party, 400 people, I'm "
                + "doing a 20 minute stage set plus walkaround. I've been building my corporate side for 3 years and my "
                + "website redesign finally paid off. My rate is now double what I charged in 2023.");
        say(9, "10:30", magicGigs, sunny, "My new showreel is done too. I shot it at my last 3 corporate gigs and I think it's my best "
                + "work. I had my editor cut it to 90 seconds because my old one was way too long.");
        say(11, "09:15", magicGigs, sunny, "I've also decided I'm only taking corporate from now on. My weekends are mine again and "
                + "my margins are better. I turned down 4 weddings this month and I don't regret it.");
        Post agent = say(12, "11:00", magicGigs, sunny, "Signed with my first agent today! I'm told I'm the youngest act on their "
                + "books. My goal for next year is 60 corporate dates and my own theatre show.");
        re(12, "11:30", ophelia, agent, "congrats Sunny! which agency, if you don't mind? I'm trying to find one for me");
        re(12, "12:00", sunny, agent, "I'm with Starlight Bookings. I sent them my reel and my numbers and they called me back in a "
                + "day. My manager there is great, I'm really lucky.");
        say(13, "16:00", magicProps, victor, "Selling my old Tenyo collection, 14 pieces, £120 the lot, collection London or +£8 post");

        // W51
        Post club = say(18, "23:00", magicStage, ray, "did the ambitious card at the club tonight, it killed. thanks to everyone "
                + "who watched the tapes");
        re(18, "23:20", ophelia, club, "🎉 told you");
        Post tape = say(16, "19:00", magicReels, paz, "my first ever clip 😳 three card monte, please be honest "
                + "https://youtu.be/pazMonte01");
        re(16, "19:30", ophelia, tape, "Really good first clip! Slow the last throw, you rush it when you're about to win");
        re(16, "19:45", nils, tape, "Your hands are calm, that's the hardest part. What Ophelia said");
        re(16, "20:00", ray, tape, "nice one. grip on the top card shows at 0:40, hold it from the ends");
        re(16, "20:10", paz, tape, "thank you all!! 🙏");
    }
}
