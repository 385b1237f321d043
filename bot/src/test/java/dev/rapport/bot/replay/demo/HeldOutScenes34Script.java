package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 34 (sealed): eight communities of kinds no earlier round used (carpenters, ukulele players, an
 * orienteering club, miniature wargamers, midwives, kite flyers, a rugby club, taxidermists), over three ISO weeks
 * (2026-W06 to W08), written and labelled by writer34 (session 29) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-34.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes34Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 2, 2);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 2, 23, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. carpenters ---
    private final String dovetail = cast.guild(627);
    private final Channel shopFloor = cast.channel(dovetail, "Dovetail & Drawbore", "workshop-chat",
            "anything wood: projects, timber, gripes", "carp-workshop-chat.json");
    private final Channel bench = cast.channel(dovetail, "Dovetail & Drawbore", "help-bench",
            "stuck on a joint, a finish, a tool? ask here", "carp-help-bench.json");
    private final Channel carpSale = cast.channel(dovetail, "Dovetail & Drawbore", "for-sale",
            "sell your own tools, timber and work. one post per item", "carp-for-sale.json");
    private final Persona benedikt = cast.person("bene.aalto", "Benedikt Aalto");
    private final Persona sunniva = cast.person("sunniva.o", "Sunniva Okafor");
    private final Persona rhodri = cast.person("rhodri.planes", "Rhodri Penhale");
    private final Persona carys = cast.person("carys_m", "Carys Mbeki");
    private final Persona tobiah = cast.person("tobiah.joinery", "Tobiah Wrenfield");
    private final Persona aurelio = cast.person("aurelio.b", "Aurelio Bassi");
    private final Channel dmSunniva = cast.dm(sunniva, "carp-dm-sunniva.json");

    // --- B. ukulele players ---
    private final String fourStrings = cast.guild(628);
    private final Channel strum = cast.channel(fourStrings, "Four Strings Friday", "strum-along",
            "the main room, all levels, all sizes of uke", "uke-strum-along.json");
    private final Channel songbook = cast.channel(fourStrings, "Four Strings Friday", "songbook",
            "post chord sheets and tabs you like", "uke-songbook.json");
    private final Channel jams = cast.channel(fourStrings, "Four Strings Friday", "jams-and-meetups",
            "the monthly zoom jam and local meetups", "uke-jams-and-meetups.json");
    private final Persona maile = cast.person("maile.k", "Maile Kahananui");
    private final Persona padraig = cast.person("padraig.ol", "Padraig Loingsigh");
    private final Persona jun = cast.person("jun.strums", "Jun Takeda");
    private final Persona liesel = cast.person("liesel.b", "Liesel Brandauer");
    private final Persona ofelia = cast.person("ofelia.r", "Ofelia Ramirez");
    private final Persona cormac = cast.person("cormac.d", "Cormac Dunne");

    // --- C. orienteering club ---
    private final String northfell = cast.guild(629);
    private final Channel clubChat = cast.channel(northfell, "Northfell Orienteers", "club-chat",
            "chat, lifts, route choices, moaning about brambles", "orient-club-chat.json");
    private final Channel results = cast.channel(northfell, "Northfell Orienteers", "results",
            "results posted by the fixtures secretary", "orient-results.json");
    private final Channel kit = cast.channel(northfell, "Northfell Orienteers", "kit-and-training",
            "compasses, shoes, headtorches, training sessions", "orient-kit-and-training.json");
    private final Persona eilidh = cast.person("eilidh.s", "Eilidh Strachan");
    private final Persona halvard = cast.person("halvard.m", "Halvard Moen");
    private final Persona priya = cast.person("priya.v", "Priya Venkataraman");
    private final Persona declan = cast.person("declan.f", "Declan Furey");
    private final Persona agnieszka = cast.person("aga.wolny", "Agnieszka Wolny");
    private final Persona osric = cast.person("osric.p", "Osric Penhallow");

    // --- D. miniature wargamers ---
    private final String leadMountain = cast.guild(630);
    private final Channel wgGeneral = cast.channel(leadMountain, "Lead Mountain", "general",
            "chat, battle reports, printer woes", "wg-general.json");
    private final Channel wip = cast.channel(leadMountain, "Lead Mountain", "painting-wip",
            "show your WIPs", "wg-painting-wip.json");
    private final Channel wgTrade = cast.channel(leadMountain, "Lead Mountain", "buy-and-sell",
            "sell your own minis, terrain and bits", "wg-buy-and-sell.json");
    private final Channel rulesQ = cast.channel(leadMountain, "Lead Mountain", "rules-questions",
            "rules lawyers welcome", "wg-rules-questions.json");
    private final Persona fenwick = cast.person("fenwick.terrain", "Fenwick Ashdown");
    private final Persona gideon = cast.person("gideon.resin", "Gideon Marsh");
    private final Persona marisol = cast.person("marisol.decals", "Marisol Quintero");
    private final Persona tamsin = cast.person("tamsin.g", "Tamsin Gallagher");
    private final Persona yaw = cast.person("yaw.b", "Yaw Boateng");
    private final Persona lorcan = cast.person("lorcan.h", "Lorcan Hegarty");

    // --- E. midwives ---
    private final String catchCarry = cast.guild(631);
    private final Channel staffroom = cast.channel(catchCarry, "Catch & Carry Midwives", "staffroom",
            "the main room. NO identifiable patient details, ever", "mid-staffroom.json");
    private final Channel cpd = cast.channel(catchCarry, "Catch & Carry Midwives", "cpd-and-courses",
            "share courses and study days, your own welcome", "mid-cpd-and-courses.json");
    private final Channel students = cast.channel(catchCarry, "Catch & Carry Midwives", "student-corner",
            "student midwives ask, qualified midwives answer", "mid-student-corner.json");
    private final Persona oonagh = cast.person("oonagh.b", "Oonagh Breslin");
    private final Persona femi = cast.person("femi.a", "Femi Adeyemi");
    private final Persona ketevan = cast.person("ketevan.lactation", "Ketevan Beridze");
    private final Persona hollis = cast.person("hollis.m", "Hollis Mbatha");
    private final Persona rosheen = cast.person("rosheen.t", "Rosheen Tierney");
    private final Persona wanjiru = cast.person("wanjiru.k", "Wanjiru Kamau");
    private final Channel dmHollis = cast.dm(hollis, "mid-dm-hollis.json");

    // --- F. kite flyers ---
    private final String updraft = cast.guild(632);
    private final Channel field = cast.channel(updraft, "Updraft Kite Club", "flying-field",
            "wind, beaches, sessions, chat", "kite-flying-field.json");
    private final Channel builds = cast.channel(updraft, "Updraft Kite Club", "kite-builds",
            "show your builds and repairs", "kite-builds.json");
    private final Persona anouk = cast.person("anouk.kites", "Anouk Verbeek");
    private final Persona bram = cast.person("bram.dj", "Bram de Jong");
    private final Persona solveig = cast.person("solveig.n", "Solveig Nystrom");
    private final Persona gustavo = cast.person("gustavo.l", "Gustavo Lindqvist");
    private final Persona tarquin = cast.person("tarquin.h", "Tarquin Hale");
    private final Persona marit = cast.person("marit.s", "Marit Saether");

    // --- G. rugby club ---
    private final String saltmarsh = cast.guild(633);
    private final Role committee = cast.role("Committee", "#1f8b4c", 3);
    private final Channel clubhouse = cast.channel(saltmarsh, "Saltmarsh RFC", "clubhouse",
            "banter, socials, lifts", "rugby-clubhouse.json");
    private final Channel fixtures = cast.channel(saltmarsh, "Saltmarsh RFC", "fixtures",
            "fixtures and team sheets, updated by the match secretary", "rugby-fixtures.json");
    private final Channel training = cast.channel(saltmarsh, "Saltmarsh RFC", "training",
            "tues/thurs sessions, fitness, injuries", "rugby-training.json");
    private final Persona hemi = cast.person("hemi.w", "Hemi Walker", committee);
    private final Persona lachlan = cast.person("lachlan.coach", "Lachlan Dorsey", committee);
    private final Persona ifeoma = cast.person("ifeoma.n", "Ifeoma Nwosu");
    private final Persona brannagh = cast.person("brannagh.k", "Brannagh Keogh", committee);
    private final Persona rafferty = cast.person("raff.physio", "Rafferty Coyle");
    private final Persona ziggy = cast.person("ziggy.p", "Ziggy Pell");
    private final Persona moana = cast.person("moana.t", "Moana Tuilagi");

    // --- H. taxidermists ---
    private final String glassEye = cast.guild(634);
    private final Channel prep = cast.channel(glassEye, "Glass Eye Guild", "prep-room",
            "general chat. ethics: legally sourced specimens only", "taxi-prep-room.json");
    private final Channel critique = cast.channel(glassEye, "Glass Eye Guild", "critique",
            "post your mount for honest feedback", "taxi-critique.json");
    private final Channel supplies = cast.channel(glassEye, "Glass Eye Guild", "supplies",
            "forms, eyes, tools, where to get them", "taxi-supplies.json");
    private final Persona thaddeus = cast.person("thaddeus.c", "Thaddeus Crane");
    private final Persona ottoline = cast.person("ottoline.eyes", "Ottoline Vesey");
    private final Persona kasimir = cast.person("kasimir.d", "Kasimir Dolezal");
    private final Persona perrin = cast.person("perrin.studio", "Perrin Ashgrove");
    private final Persona beatrix = cast.person("beatrix.l", "Beatrix Lowe");
    private final Persona ignatius = cast.person("ignatius.f", "Ignatius Ferro");
    private final Channel dmKasimir = cast.dm(kasimir, "taxi-dm-kasimir.json");

    private HeldOutScenes34Script() {
        super(new SceneIds(25200), FIRST_MONDAY, 21);
        carpenters();
        ukulele();
        orienteering();
        wargamers();
        midwives();
        kites();
        rugby();
        taxidermy();
    }

    static Map<String, String> files() {
        return new HeldOutScenes34Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-34"), files(), "held-out round 34");
    }

    private void carpenters() {
        // Week 1: Sunniva learns, Rhodri scatters his plane listing.
        Post sharpen = say(1, "18:10", bench, sunniva, "ok so my chisels are blunt straight out of the box?? "
                + "is that normal or did I buy rubbish");
        re(1, "18:40", benedikt, sharpen, "normal. factory edge is a suggestion. flatten the back first on a "
                + "coarse stone, only the first inch, then hone the bevel. 25 degrees is fine to start");
        re(1, "21:05", sunniva, sharpen, "flattened two backs, it took forever but it shaves arm hair now. "
                + "why only the first inch?");
        re(1, "21:30", benedikt, sharpen, "because the rest never touches the work, you'd just be making dust");
        say(2, "08:55", shopFloor, aurelio, "morning. minus four in the shed, glue won't cure, hands won't work");
        say(2, "09:02", shopFloor, carys, "heater on an hour before, and keep the glue bottle in the house");
        say(2, "10:00", carpSale, rhodri, "Restored Stanley No.5 jack, sole flattened, new Hock iron, tuned and "
                + "ready. £85 + postage https://penhale-planes.example/no5");
        say(2, "10:14", shopFloor, rhodri, "just listed a lovely No.5 if anyone's after a jack plane 👉 "
                + "https://penhale-planes.example/no5");
        say(2, "10:31", bench, rhodri, "if your jack plane is giving you grief, mine's ready to go, £85: "
                + "https://penhale-planes.example/no5");
        Post glue = say(3, "19:20", bench, sunniva, "first glue-up of the bookcase tomorrow. how many clamps is "
                + "enough? I have 4");
        re(3, "19:50", carys, glue, "for a bookcase carcass, 4 is tight. dry run first, always. cauls across "
                + "the wide panels spread the pressure");
        re(3, "20:30", benedikt, glue, "and have a damp rag ready, squeeze-out is far easier wet than dry");
        re(4, "21:00", sunniva, glue, "dry run saved me, one shelf was 2mm too long. glued now, 4 clamps + "
                + "2 cauls + a lot of swearing. thanks both");
        say(4, "21:10", shopFloor, aurelio, "anyone been to the timber yard at Cleeve since they changed hands?");
        say(5, "07:30", shopFloor, benedikt, "@Aurelio Bassi yes, oak prices went up but the ash is lovely");
        Post tails = say(5, "20:00", bench, sunniva, "dovetails: tails first or pins first? youtube is at war");
        re(5, "20:45", benedikt, tails, "whichever you were taught 😄 I do tails first, easier to mark the pins "
                + "from them. your first ten will be gappy either way");
        re(6, "10:10", sunniva, tails, "tails first it is. practice joint is... gappy. as promised. pic tomorrow");
        say(6, "11:00", shopFloor, aurelio, "my practice dovetails could hold water. because they're mostly "
                + "glue 🤡");
        say(7, "15:00", shopFloor, carys, "finished the walnut box for my nephew. hinges were a nightmare but "
                + "it closes!");
        say(7, "15:20", shopFloor, sunniva, "gorgeous Carys. how did you fit the hinges?");
        say(7, "16:40", shopFloor, carys, "router plane for the mortises, then a lot of patience");

        // Week 2: Tobiah arrives; Sunniva asks for a plane and gets an answer with an offer.
        say(8, "09:30", shopFloor, sunniva, "one day I'll have a proper wall-hung tool cabinet instead of a "
                + "plastic box. saving for the timber");
        Post smoother = say(8, "19:00", bench, sunniva, "any recommendations for a first smoothing plane? "
                + "budget about £60, second hand is fine");
        re(8, "19:40", rhodri, smoother, "a Stanley or Record No.4 from before the 70s, check the sole isn't "
                + "cracked at the mouth and the frog screws aren't chewed. avoid the modern ones with plastic "
                + "totes. I've got a No.4 on the bench I could do for £60 if you want it, no pressure: "
                + "https://penhale-planes.example/no4");
        re(8, "20:10", aurelio, smoother, "what Rhodri said, and car boot sales, people sell them for a tenner "
                + "thinking they're rusty junk");
        re(9, "08:00", sunniva, smoother, "ooh thank you both. Rhodri is the one on your site the same one? "
                + "might take it");
        re(9, "09:15", rhodri, smoother, "same one, I'll hold it till Friday for you");
        joins(9, "12:00", shopFloor, tobiah);
        say(9, "12:20", shopFloor, tobiah, "hi all, Tobiah, joiner from Frome. here's a wall cabinet I finished "
                + "last week");
        say(9, "12:45", shopFloor, carys, "welcome! those drawer fronts are crisp");
        say(10, "08:30", dmSunniva, tobiah, "hey Sunniva, saw you're after a wall tool cabinet. I build them "
                + "to order, 8 drawers, oak, £450 delivered. got a slot in March, want it? "
                + "https://wrenfield-joinery.example/book");
        say(10, "12:10", dmSunniva, sunniva, "oh, thanks, but I want to build mine myself, that's half the fun");
        Post cup = say(10, "19:30", bench, aurelio, "my ash tabletop cupped overnight. like a crisp. help?");
        re(10, "20:00", sunniva, cup, "this happened to me with pine! wet the concave side, weight it, and let "
                + "it dry evenly. both faces need air");
        re(10, "22:00", benedikt, cup, "Sunniva's right. and next time sticker it flat with air both sides");
        re(11, "09:00", aurelio, cup, "flattening as we speak, cheers both");
        say(12, "18:00", shopFloor, sunniva, "bought Rhodri's No.4. first shaving came off like tissue paper. "
                + "I'm ruined for sandpaper");
        say(12, "18:30", shopFloor, rhodri, "that's the spirit. keep it waxed");
        say(13, "10:00", shopFloor, tobiah, "anyone use a domino? worth it for carcass work?");
        say(13, "11:30", shopFloor, benedikt, "worth it if time is money. I'm a hobbyist so I cut tenons and "
                + "enjoy it");

        // Week 3: quiet, the usual.
        Post finish = say(15, "19:00", bench, carys, "oil or hardwax for a kitchen table? anyone tried both?");
        re(15, "19:40", benedikt, finish, "hardwax. oil needs redoing every few months on a table that sees "
                + "breakfast");
        re(16, "08:00", carys, finish, "hardwax it is, thank you");
        say(17, "20:00", shopFloor, sunniva, "bookcase finished!! 3 weeks, 2 blisters, 1 shelf re-cut");
        say(17, "20:10", shopFloor, aurelio, "👏👏");
        say(18, "09:00", carpSale, tobiah, "Oak offcuts, planed, various sizes, £20 a box, collection Frome. "
                + "https://wrenfield-joinery.example/offcuts");
        say(19, "17:00", shopFloor, rhodri, "who's going to the tool show in Harrogate? I'll have a stall, come "
                + "say hi, there'll be tea");
        say(19, "17:30", shopFloor, carys, "I'll be there Saturday!");
    }

    private void ukulele() {
        // Week 1: Jun's lessons, Maile's jam, Padraig's sore fingers.
        say(1, "12:00", strum, jun, "new video just dropped: Riptide intro, picking pattern slowed down, on my "
                + "channel https://youtube.example/@junstrums/riptide-intro");
        Post sore = say(1, "19:00", strum, padraig, "week two of uke. fingertips are on fire. is this the "
                + "price of glory");
        re(1, "19:15", liesel, sore, "yes 😂 short sessions, 15 min twice a day beats an hour once. the "
                + "calluses come in about a month");
        re(1, "19:20", ofelia, sore, "bienvenido al club del dolor 🎸");
        re(1, "20:00", padraig, sore, "15 min twice a day, ok. the club of pain, love it");
        say(2, "10:00", jams, maile, "February zoom jam is Sat 14th, 7pm GMT, theme is 'songs about weather'. "
                + "sign-up sheet so I can build the running order: https://forms.example/fsf-feb-jam");
        say(2, "10:30", jams, liesel, "in! doing Here Comes the Sun, obviously");
        say(3, "18:00", songbook, liesel, "lovely simple arrangement of Over the Rainbow, IZ style: "
                + "https://tabs.example/over-the-rainbow-iz");
        say(3, "18:20", songbook, padraig, "that's the one I want to learn!!");
        say(4, "12:00", strum, jun, "new video just dropped: the island strum explained in 5 minutes, on my "
                + "channel https://youtube.example/@junstrums/island-strum");
        say(4, "13:10", strum, ofelia, "Jun your videos are so chill");
        Post fChord = say(4, "20:00", strum, padraig, "F chord. just the F chord. why does it buzz");
        re(4, "20:30", liesel, fChord, "press right behind the fret, not on top of it, and curl the finger "
                + "so the pad doesn't touch the A string. Jun's island strum video has a bit on it too");
        re(5, "08:10", padraig, fChord, "buzz gone 80%. the other 20% is my soul");
        say(5, "19:00", jams, maile, "8 slots left for the jam, sheet's here: https://forms.example/fsf-feb-jam");
        say(6, "21:00", strum, cormac, "soprano vs concert for someone with big hands? I'm a bear");
        say(6, "21:30", strum, ofelia, "concert or tenor, the soprano will look like a toy on you 😄");
        say(7, "09:00", strum, cormac, "tenor it is, ordered. thanks Ofelia");

        // Week 2: Cormac asks Jun; Jun carries on elsewhere. Maile's poll.
        Post jv = say(9, "12:00", strum, jun, "new video just dropped: Somewhere Over the Rainbow full "
                + "tutorial, on my channel https://youtube.example/@junstrums/rainbow-tutorial");
        re(9, "19:00", cormac, jv, "@Jun Takeda great vid! what's the strum at 2:10, is that a chuck or a mute? "
                + "can't hear it on my speakers");
        say(10, "10:00", jams, maile, "poll's pinned: pick the March jam theme (film songs / sea shanties / "
                + "90s). voting closes Sunday");
        say(10, "10:20", jams, padraig, "sea shanties or I riot");
        say(11, "18:00", strum, jun, "@Liesel Brandauer which strings are you on? thinking of going low G");
        say(11, "18:30", strum, liesel, "Worth Clears, high G still. low G is gorgeous for fingerpicking though");
        say(11, "18:45", strum, jun, "nice, I'll try a set");
        say(12, "20:00", strum, cormac, "tenor arrived!! it's huge. I love it");
        say(12, "20:05", strum, ofelia, "ahh congrats, name it");
        say(12, "20:15", strum, cormac, "Big Dave");
        say(13, "09:00", songbook, ofelia, "'Quizás, quizás, quizás' chords, muy fácil: "
                + "https://tabs.example/quizas");
        say(14, "19:00", jams, maile, "jam tonight!! link in the pinned post, 14 of us signed up 🌧️");
        say(14, "22:30", jams, padraig, "that was the best 2 hours of my week. sorry for my F chord in the rain "
                + "song");

        // Week 3: late answer, quiet week.
        say(15, "11:00", strum, jun, "@Cormac Dunne sorry, missed your q! it's a chuck, palm down on the "
                + "strings on the 2 and 4");
        say(15, "12:00", strum, cormac, "ahh thanks, makes sense now");
        say(16, "19:00", strum, padraig, "played Riptide start to finish without stopping. small victories");
        say(16, "19:10", strum, liesel, "big victory!");
        say(17, "10:00", jams, maile, "sea shanties won. March jam is Sat 14 March, sheet goes up next week");
        say(18, "20:00", songbook, liesel, "Wellerman in C, chuck strum friendly: https://tabs.example/wellerman");
    }

    private void orienteering() {
        // Week 1: results, a grant vote, Priya away.
        say(1, "09:00", results, eilidh, "Sunday's Cairn Wood score event: results and splits "
                + "https://splitsbrowser.example/northfell/cairn-wood");
        say(1, "09:40", clubChat, declan, "brambles 1, my shins 0. again");
        say(1, "10:00", clubChat, agnieszka, "my route to 7 was a disaster, went straight over the knoll "
                + "instead of round");
        say(1, "10:20", clubChat, halvard, "everyone did. the path round was 40s faster");
        Post compass = say(2, "19:00", kit, priya, "new here! which compass for a beginner, thumb or baseplate? "
                + "I keep turning the map wrong");
        re(2, "19:30", halvard, compass, "thumb compass, it keeps the map set while you run. keep the map "
                + "oriented to north and turn yourself, not the map");
        re(2, "20:10", priya, compass, "ordered a thumb one. turning myself, not the map. got it");
        say(3, "12:00", clubChat, osric, "our club's shortlisted in the council community grant public vote "
                + "(new maps for the junior league). please vote for Northfell Orienteers if you can, takes 30s: "
                + "https://council.example/grants-vote");
        say(3, "12:20", clubChat, declan, "voted. twice. (kidding. once.)");
        say(4, "08:00", clubChat, priya, "heads up I'm away till Monday, hiking in Norway with no signal 🏔️");
        say(4, "08:10", clubChat, eilidh, "have fun! take a map 😄");
        say(5, "10:00", clubChat, halvard, "@Priya Venkataraman are you coming to the night event on the 14th? "
                + "need headtorch numbers");
        say(5, "18:00", kit, declan, "night-O in February. in sleet. what could possibly go wrong?!");
        say(6, "19:00", kit, halvard, "Tuesday intervals are on the track again, 7pm, bring a headtorch");
        say(7, "20:00", clubChat, agnieszka, "anyone fancy Sunday's long run? Hollow Fell loop");
        say(7, "20:30", clubChat, declan, "if there's cake after");

        // Week 2: Priya back; Agnieszka's route analyses.
        say(8, "17:00", clubChat, priya, "back! Norway was magic. @Halvard Moen yes, I'm in for the 14th, I "
                + "have a headtorch");
        say(8, "17:20", clubChat, halvard, "great, put you on the list");
        say(8, "19:00", results, eilidh, "Ridgeway urban sprint: results https://splitsbrowser.example/northfell/"
                + "ridgeway-sprint");
        say(8, "19:30", clubChat, agnieszka, "I drew my sprint routes vs the winner's, I lost 2 min on leg 4 "
                + "alone: https://routegadget.example/ridgeway/aga");
        say(8, "19:50", clubChat, declan, "2 min on one leg is impressive, in a bad way");
        say(8, "20:00", clubChat, agnieszka, "thank you Declan, very supportive 🙃");
        say(9, "12:00", clubChat, agnieszka, "this article on attack points is really good, explains my leg 4: "
                + "https://orienteering.example/attack-points");
        say(9, "12:30", clubChat, priya, "oh that's useful. I don't use attack points at all, I just run at "
                + "the control");
        say(9, "12:45", clubChat, agnieszka, "that's what I did! pick a big thing near it, run to that, then "
                + "go careful");
        say(9, "13:00", clubChat, priya, "big thing, then careful. noted");
        say(10, "20:00", clubChat, agnieszka, "compared the M21 and W21 routes on the long leg, everyone went "
                + "left: https://routegadget.example/ridgeway/leg9");
        say(10, "20:30", clubChat, halvard, "the right was shorter but through the market, dodging prams");
        say(10, "20:40", clubChat, agnieszka, "ha, true, prams are uncrossable terrain");
        say(11, "07:30", clubChat, agnieszka, "anyone doing the Hollow Fell loop again sat? 9am car park");
        say(11, "08:00", clubChat, osric, "I'm in");
        say(11, "08:05", clubChat, agnieszka, "great, I'll bring the flask. the good coffee, not the club "
                + "coffee");
        say(11, "09:00", clubChat, agnieszka, "my GPS track from last sat, the bog at the top is worse than it "
                + "looks: https://trackvault.example/aga/hollow-fell");
        say(14, "23:00", clubChat, priya, "NIGHT O!! I found 11 of 12 controls and one sheep");
        say(14, "23:10", clubChat, declan, "the sheep is a control if you believe hard enough");
        say(14, "23:20", clubChat, agnieszka, "well done Priya! the 12th was mean, it was in a pit");

        // Week 3: results, the grant.
        say(15, "10:00", results, eilidh, "Night event at Cairn Wood: results https://splitsbrowser.example/northfell/"
                + "cairn-night");
        say(16, "12:00", clubChat, osric, "we got the grant!! new junior maps this spring. thank you everyone "
                + "who voted");
        say(16, "12:10", clubChat, halvard, "brilliant news");
        say(17, "19:00", kit, priya, "my thumb compass bubble appeared overnight?? is it dead");
        say(17, "19:40", kit, halvard, "cold does that. warm it in your pocket and it usually goes. if not, "
                + "most makers replace them");
        say(18, "08:00", kit, priya, "gone after a night on the radiator, thanks Halvard!");
    }

    private void wargamers() {
        // Week 1: listings, painting, a rules spat.
        Post chapel = say(2, "10:00", wgTrade, fenwick, "Ruined chapel terrain set, 6 pieces, 28mm, printed in "
                + "PLA, £38 + postage. https://ashdown-terrain.example/chapel");
        say(2, "11:00", wgTrade, gideon, "Resin cultist squad, 10 models, unpainted, £22 + postage "
                + "https://marsh-resin.example/cultists");
        say(3, "12:00", wgTrade, marisol, "Waterslide decal sheets for imperial guard, 5 designs, £6 each "
                + "https://quintero-decals.example/guard");
        say(3, "19:00", wip, yaw, "WIP on my captain for the painting comp, going for a weathered look");
        say(3, "19:30", wip, lorcan, "the cloak gradient is mad, how many layers?");
        say(3, "20:00", wip, yaw, "like 6, thinned way down. glaze last");
        Post overwatch = say(4, "20:00", rulesQ, tamsin, "can a unit fire overwatch at a unit that arrived "
                + "from reserves this turn? my mate says no and he's insufferable");
        re(4, "20:40", lorcan, overwatch, "yes, as long as it's in range and visible, reserves don't protect "
                + "you. tell your mate page 74");
        re(4, "21:00", tamsin, overwatch, "page 74 screenshot sent. he's gone quiet 😇");
        say(5, "18:00", wgGeneral, gideon, "anyone else's resin printer failing in the cold? my garage is 6 "
                + "degrees");
        say(5, "18:20", wgGeneral, fenwick, "yes, I've got a heater box round mine now, made all the "
                + "difference");
        say(6, "12:00", wgGeneral, yaw, "painting comp voting opens Monday! please vote for my captain, entry "
                + "14, it's on the pinned post 🙏");
        say(6, "12:30", wgGeneral, lorcan, "already know who I'm voting for (me)");
        say(7, "10:00", wgGeneral, tamsin, "battle report: lost everything to one dreadnought. one.");

        // Week 2: Fenwick talks printers with the sellers; Tamsin waits.
        re(8, "09:00", tamsin, chapel, "hiya, do you ship to Ireland? and is the chapel painted or bare "
                + "plastic?");
        say(8, "12:00", wgGeneral, gideon, "@Fenwick Ashdown what layer height do you run for terrain? I'm at "
                + "0.2 and the bricks look mushy");
        say(8, "12:20", wgGeneral, fenwick, "@Gideon Marsh 0.12 for anything with brickwork, 0.2 for flat "
                + "floors. slower but worth it");
        say(8, "12:30", wgGeneral, gideon, "0.12, oof, overnight prints then");
        say(8, "12:40", wgGeneral, fenwick, "@Gideon Marsh queue them before bed, that's the trick");
        say(9, "19:00", wgGeneral, marisol, "@Fenwick Ashdown do you sell your bases? thinking of bundling "
                + "decals with something");
        say(9, "19:10", wgGeneral, fenwick, "@Marisol Quintero could do, what sizes were you thinking?");
        say(9, "19:20", wgGeneral, marisol, "@Fenwick Ashdown 32mm rounds, cobblestone");
        say(9, "19:30", wgGeneral, fenwick, "@Marisol Quintero easy, I'll print you a test batch");
        say(10, "20:00", wgGeneral, gideon, "@Fenwick Ashdown what's your postage like to the US? asking for "
                + "resin reasons");
        say(10, "20:10", wgGeneral, fenwick, "@Gideon Marsh painful. tracked is £14 for a small box");
        say(10, "20:20", wgGeneral, fenwick, "@Gideon Marsh I've started batching US orders weekly to save");
        say(11, "10:00", wgTrade, tamsin, "@Fenwick Ashdown bump 🙂 still keen on the chapel if you ship to "
                + "Ireland");
        say(11, "13:00", wgGeneral, fenwick, "@Marisol Quintero test bases printed, photo in a bit");
        say(11, "13:30", wgGeneral, marisol, "@Fenwick Ashdown they look sick");
        say(12, "18:00", wgGeneral, fenwick, "@Gideon Marsh tried the new grey resin? worth the price?");
        say(12, "18:30", wgGeneral, gideon, "@Fenwick Ashdown meh. cures faster, shows layer lines more");
        say(12, "19:00", wgGeneral, fenwick, "@Gideon Marsh figures. sticking with mine");
        say(13, "11:00", wgGeneral, fenwick, "@Marisol Quintero bases posted to you this morning, let me know "
                + "how the decals sit on the cobbles");
        say(13, "11:30", wgGeneral, marisol, "@Fenwick Ashdown legend, will do");
        say(10, "19:00", wip, yaw, "captain finished! 🎨");
        say(10, "19:20", wip, lorcan, "that's winning. unfair");
        Post charge = say(13, "20:00", rulesQ, lorcan, "can you charge after advancing if the unit has the "
                + "vanguard rule? my reading says yes, my group says no");
        re(13, "21:00", yaw, charge, "yes? I think? vanguard says 'as if it had not advanced' for charging");
        re(14, "09:00", lorcan, charge, "found it, it does say that. cheers Yaw");

        // Week 3: Fenwick answers late; the comp result.
        re(15, "09:00", fenwick, chapel, "@Tamsin Gallagher sorry for the slow reply! yes to Ireland, £9 "
                + "postage, bare plastic but primed if you want");
        say(15, "11:00", wgTrade, tamsin, "@Fenwick Ashdown primed please, I'll order tonight");
        say(17, "20:00", wgGeneral, lorcan, "Yaw won the painting comp, shock to nobody");
        say(17, "20:10", wgGeneral, yaw, "thank you all!! the weathering tutorial is coming, promise");
        say(18, "18:00", wgGeneral, tamsin, "chapel arrived, it's lovely, already primed my cultists to sit in it");
    }

    private void midwives() {
        // Week 1: Ketevan's study day, Femi's first question.
        say(1, "08:00", staffroom, oonagh, "morning all. night shift survivors, there's a kettle in spirit");
        say(1, "08:20", staffroom, rosheen, "survived. 3 babies, 1 very cross consultant");
        say(2, "12:00", cpd, ketevan, "my next breastfeeding support study day is Sat 28 Feb, Bristol, 6 CPD "
                + "hours, £120: https://latchwise.example/study-day");
        say(2, "12:40", cpd, wanjiru, "the updated NICE postnatal guidance summary is out, worth a skim: "
                + "https://guidance.example/postnatal-2026");
        Post cord = say(3, "20:00", students, femi, "first placement on labour ward next week. what's one "
                + "thing you wish you'd known as a student?");
        re(3, "20:30", oonagh, cord, "that it's fine to say 'I don't know, let me find out'. nobody expects "
                + "you to know everything, they expect you to ask");
        re(3, "21:00", rosheen, cord, "snacks in your pocket. always. and comfy shoes");
        re(3, "21:30", femi, cord, "thank you both!!");
        say(4, "14:00", staffroom, wanjiru, "anyone else's trust moving to the new e-notes system? ours is a "
                + "mess");
        say(4, "14:30", staffroom, oonagh, "ours moved in autumn. first month is chaos, then it's fine. mostly");
        say(6, "19:00", staffroom, rosheen, "would anyone be up for a meet-up in March? drinks, no shop talk "
                + "(there will be shop talk)");
        say(6, "19:20", staffroom, wanjiru, "yes please");
        say(6, "19:30", staffroom, oonagh, "count me in");

        // Week 2: Hollis arrives; Femi takes help on three days; Ketevan's DM.
        say(8, "10:00", staffroom, hollis, "hi everyone, Hollis, newly qualified, started at a birth centre in "
                + "Leeds last month. nervous and excited");
        say(8, "10:20", staffroom, oonagh, "welcome Hollis! birth centres are the best place to start");
        say(8, "10:30", staffroom, rosheen, "welcome! ask anything, we've all been there");
        Post obs = say(8, "19:00", students, femi, "how do you remember all the normal obs ranges for newborns? "
                + "I keep mixing them up");
        re(8, "19:30", oonagh, obs, "write them on a card for your lanyard, everyone does. after a month you "
                + "won't need it");
        re(8, "20:00", femi, obs, "thanks!!");
        say(9, "09:00", dmHollis, ketevan, "Hi Hollis! saw you're newly qualified. my breastfeeding support study "
                + "day is £120 and I've a few places left on the 28th, want me to save you one? "
                + "https://latchwise.example/study-day");
        say(9, "18:00", dmHollis, hollis, "hi, thanks for thinking of me, I'll have a look when I'm paid 🙂");
        Post handover = say(10, "18:00", students, femi, "what's a good structure for handover? I freeze when "
                + "it's my turn");
        re(10, "18:40", rosheen, handover, "SBAR: situation, background, assessment, recommendation. write "
                + "the four words on your hand if you need to. which trust are you placed at? we might be "
                + "neighbours");
        re(10, "19:00", femi, handover, "thank you 🙏");
        say(11, "12:00", staffroom, hollis, "first solo waterbirth yesterday. shaking hands, happy mum, all good");
        say(11, "12:10", staffroom, oonagh, "ahh huge. well done!!");
        Post drug = say(12, "19:00", students, femi, "any tips for the pharmacology exam? the drug calcs are "
                + "killing me");
        re(12, "19:30", ketevan, drug, "do ten a day from a past paper and check each one twice. speed comes "
                + "later, accuracy first");
        re(12, "19:50", femi, drug, "thanks!");
        say(13, "20:00", staffroom, wanjiru, "our e-notes went live today. I have aged a decade");
        say(13, "20:30", staffroom, rosheen, "sending strength and biscuits");

        // Week 3: Femi passes it on.
        Post newStudent = say(16, "19:00", students, hollis, "asking for my cousin who's starting her course in "
                + "Sept: what should she read before she starts?");
        re(16, "20:00", femi, newStudent, "I'm a first year, honestly the best thing I did was the free "
                + "anatomy course on the uni library site, and Myles if she can borrow one. tell her she can "
                + "message me");
        re(16, "20:30", hollis, newStudent, "thank you Femi, I'll pass it on");
        say(17, "12:00", staffroom, rosheen, "meet-up: Sat 14 March, The Anchor, 7pm. I'll book a table, shout "
                + "if you're in");
        say(17, "12:10", staffroom, hollis, "in!");
        say(17, "12:40", staffroom, femi, "me too if students are allowed 🙈");
        say(17, "12:50", staffroom, rosheen, "students are compulsory");
        say(19, "09:00", cpd, ketevan, "the 28th is full, thank you all. next date in May, I'll post it when "
                + "it's set");
    }

    private void kites() {
        // Week 1: Anouk's new rokkaku, a repair for Bram.
        say(1, "11:00", field, tarquin, "forecast says 14 knots steady at Camber on saturday. kite weather or "
                + "hat-losing weather?");
        say(1, "11:30", field, marit, "both. bring the 2-liner, leave the big foil at home");
        Post rok = say(2, "18:00", builds, anouk, "finished this rokkaku, ripstop with a hand-painted sun, "
                + "it's up in my shop if anyone wants it: https://etsy.example/listing/anouk-rokkaku");
        re(2, "18:30", tarquin, rok, "that sun!! ☀️");
        Post torn = say(3, "09:00", field, bram, "@Anouk Verbeek the delta you made me last summer is still "
                + "flying beautifully but I tore the sail on a fence post. any chance you repair them?");
        re(3, "19:00", anouk, torn, "oh no, poor delta! yes, send it over, ripstop patch both sides, about a "
                + "week. I'll DM you my address");
        re(3, "19:20", bram, torn, "you're a star, thank you");
        say(4, "20:00", field, gustavo, "hi all, Gustavo from Malmö. I build kites for fun, mostly edos and "
                + "sleds, a few pics on my blog: https://gustavo-kites.example");
        say(4, "20:30", field, marit, "welcome! edos are lovely in light wind");
        say(4, "20:40", field, gustavo, "thanks! they're all I fly in summer");
        Post bridle = say(5, "19:00", builds, gustavo, "my sled keeps collapsing in gusts. bridle too short?");
        re(5, "20:30", marit, bridle, "probably. try a bridle 2.5x the width of the sled, and add a vent "
                + "in the tail if it still folds");
        re(6, "11:00", gustavo, bridle, "2.5x worked, it stood up all afternoon. tack, Marit!");
        say(7, "17:00", field, tarquin, "lost my hat at Camber. kite survived. priorities 😎");
        say(7, "17:10", field, bram, "was it the green one? someone handed a green hat to the cafe");
        say(7, "17:40", field, tarquin, "IT WAS. the cafe, of all places. thanks Bram");

        // Week 2: Anouk away at a festival; Solveig's question waits.
        say(8, "10:00", field, bram, "delta's back, you can't see the patch. magic");
        say(9, "19:00", builds, tarquin, "first attempt at a tetrahedral. it's 60 cells of regret");
        say(9, "19:30", builds, marit, "gorgeous regret though");
        say(11, "08:00", field, anouk, "off to the Cervia kite festival tomorrow, back on the 19th, the shop's "
                + "paused till then 🪁");
        say(11, "08:30", field, marit, "have the best time, take pics!");
        re(12, "20:00", solveig, rok, "@Anouk Verbeek bought your big foil at Scheveningen last summer, the "
                + "bridle lines are fraying at the leading edge. do you sell replacement line sets?");
        say(13, "18:00", field, gustavo, "is there a club fly-in this month? would love to meet people");
        say(13, "19:00", field, tarquin, "first sunday of the month usually, Camber, 11ish. bring snacks");
        say(14, "12:00", field, solveig, "anyone flown at Brean lately? thinking of sunday");
        say(14, "12:40", field, marit, "it's good with a westerly, bit gusty near the cliff end");
        say(14, "13:00", field, solveig, "westerly sunday, perfect. 🙏");
        say(14, "16:00", field, bram, "I might come to Brean too, the patched delta needs a proper outing");

        // Week 3: Anouk back.
        re(19, "17:00", anouk, rok, "@Solveig Nystrom back! sorry for the wait. yes, I make line sets for "
                + "that foil, I'll measure yours if you post it, or tell me the size on the tag");
        re(19, "18:00", solveig, rok, "thank you! tag says 2.2, I'll DM you");
        say(20, "09:00", field, anouk, "Cervia was incredible, 400 kites in the air at once");
        say(20, "09:20", field, tarquin, "pics or it didn't happen");
        say(20, "09:40", field, anouk, "pics tonight, promise");
        say(21, "11:00", builds, gustavo, "new sled with the vent, flew it at the fly-in today, thanks for the "
                + "welcome everyone");
    }

    private void rugby() {
        // Week 1: fixtures, a hamstring, Rafferty answers with his clinic.
        say(1, "09:00", fixtures, hemi, "Sat 7 Feb: 1st XV away at Hollowbridge, KO 2:30, bus leaves 12:15 "
                + "sharp. team sheet Thursday");
        say(2, "20:00", training, lachlan, "good session lads. scrum was ugly, we fix it Thursday");
        say(2, "20:10", training, ziggy, "my neck agrees it was ugly");
        say(2, "21:00", clubhouse, moana, "new here, moved from Auckland in January. where do people usually "
                + "sit on the bus? don't want to take someone's seat and start a war");
        say(2, "21:30", clubhouse, ziggy, "back seat's the front row's, forever. anywhere else is fair game. "
                + "welcome!");
        say(2, "21:40", clubhouse, moana, "kia ora, noted, staying away from the back 😂");
        Post hammy = say(3, "10:00", clubhouse, ifeoma, "anyone know a good physio near the ground? hamstring's "
                + "been tight for two weeks");
        re(3, "10:40", rafferty, hammy, "don't stretch it hard till someone's looked, tight for two weeks can be "
                + "a small strain. I'm a physio, 2 mins from the ground, £40 for members, book here if you want: "
                + "https://coylephysio.example/book");
        re(3, "11:00", ifeoma, hammy, "perfect, booked for Thursday");
        say(4, "19:00", fixtures, hemi, "team sheet for Hollowbridge is up on the board. Ziggy starts at 7");
        say(4, "19:10", clubhouse, ziggy, "MUM I'M STARTING");
        say(4, "19:20", clubhouse, moana, "don't drop the first ball");
        say(5, "21:00", training, lachlan, "scrum fixed. mostly. it was less ugly");
        say(7, "18:00", clubhouse, moana, "won 24-19!! Ziggy's tackle at 70 mins 👏");
        say(7, "18:10", clubhouse, ziggy, "I blacked out, what tackle");
        say(7, "18:30", clubhouse, lachlan, "great tackling lads?! the first half was a disgrace mind");

        // Week 2: the club dinner on sale; banter.
        say(9, "12:00", clubhouse, brannagh, "Annual club dinner, Sat 21 Feb, The Grange, 3 courses + awards, "
                + "£35 a head: https://saltmarshrfc.example/dinner. partners welcome");
        say(9, "12:20", clubhouse, moana, "is there a vegan option or do I eat the centrepiece");
        say(9, "12:40", clubhouse, brannagh, "vegan option yes, tick it on the form");
        say(10, "20:00", training, lachlan, "fitness test Thursday. no excuses, Ziggy");
        say(10, "20:05", training, ziggy, "what if my excuse is really good");
        say(11, "09:00", fixtures, hemi, "Sat 14 Feb: home v Marden Vale, KO 2:30. bring your valentines, we "
                + "need the bar takings");
        say(12, "21:30", training, ifeoma, "hamstring is grand now btw, cheers Raff");
        say(12, "21:40", training, rafferty, "good stuff, keep the bridges up");
        say(13, "12:00", clubhouse, brannagh, "last 20 dinner tickets, then it's closed: "
                + "https://saltmarshrfc.example/dinner");
        say(14, "18:00", clubhouse, moana, "lost 12-10, ref had a shocker, we had a worse one");
        say(14, "18:20", clubhouse, ziggy, "the ref was fine tbh, we knocked on 11 times");
        say(14, "18:25", clubhouse, moana, "Ziggy with the honesty nobody asked for");

        // Week 3: Rafferty's offer in training and clubhouse.
        say(15, "10:00", training, rafferty, "my clinic's running 10% off for club members all of Feb, book "
                + "here: https://coylephysio.example/book");
        say(15, "11:00", fixtures, hemi, "Sat 21 Feb: no game, it's the dinner. Sat 28th away at Penrock");
        say(16, "20:00", training, lachlan, "light session tomorrow, dinner's Saturday, I want you upright");
        say(17, "09:00", clubhouse, rafferty, "reminder, 10% off at my clinic for members till the end of Feb, "
                + "book at https://coylephysio.example/book");
        say(17, "09:20", clubhouse, ziggy, "does it cover emotional damage from Lachlan's fitness test");
        say(21, "23:30", clubhouse, brannagh, "what a night. thank you all. player of the year: Ifeoma!!");
        say(21, "23:35", clubhouse, ifeoma, "I'm crying in the taxi");
    }

    private void taxidermy() {
        // Week 1: eyes, a first mount.
        Post eyes = say(1, "19:00", supplies, kasimir, "where do you all buy glass eyes? the cheap ones I got "
                + "online are wonky, pupils off centre");
        re(1, "19:40", thaddeus, eyes, "hold them against a printed circle before you set them, you'll see "
                + "the bad ones. the big supply houses are fine, it's the marketplace ones that vary");
        re(1, "20:10", ottoline, eyes, "I make them, so biased 😅 but check the pupil is centred and the back "
                + "is painted evenly. mine are here if useful, £6 a pair for fox size: "
                + "https://vesey-eyes.example/shop");
        re(2, "09:00", kasimir, eyes, "printed circle test is genius, 3 of my 8 are bad. ordered a pair "
                + "from Ottoline to compare");
        Post fox = say(3, "20:00", critique, kasimir, "my first fox. be brutal, I can take it (I can't)");
        re(3, "20:30", thaddeus, fox, "ears too upright for the pose, and the lower lids are too tight so he "
                + "looks surprised. the fur grooming is very good for a first");
        re(3, "21:00", ignatius, fox, "ears: try card liners, they hold the shape while drying. I'll post "
                + "photos of how I do it when I'm next at the bench");
        re(4, "08:00", kasimir, fox, "surprised fox is accurate, he was surprised. card liners, noted");
        say(5, "12:00", prep, beatrix, "reminder from the mods: paperwork for every specimen, even roadkill. "
                + "we'll remove posts without provenance");
        say(5, "12:30", prep, thaddeus, "hear hear");
        say(6, "18:00", prep, perrin, "studio's been mad. I've got four commissions on the go, my fox tableau "
                + "for the museum is nearly done");

        // Week 2: Perrin talks about Perrin; Ignatius follows up by DM.
        say(8, "09:00", prep, perrin, "I finished my museum tableau last night. I think it's my best work, my "
                + "clients at the museum were thrilled and I'm already booked for their badger diorama. I've "
                + "been doing this eleven years and I still get nervous at my unveilings");
        say(8, "10:00", prep, beatrix, "congrats Perrin");
        say(9, "12:00", prep, perrin, "my apprentice started this week. I'm teaching her my way of skinning "
                + "small mammals, which I developed myself over my first few years, and my setting method for "
                + "eyes. I like my students to learn my habits early");
        say(10, "19:00", dmKasimir, ignatius, "hey, as promised, photos of my ear liner method, step by step, "
                + "it's on my blog: https://ferro-taxidermy.example/ear-liners. shout if anything's unclear");
        say(10, "19:30", dmKasimir, kasimir, "this is perfect, thank you. the tip about trimming the card to "
                + "the ear butt is exactly what I was missing");
        say(10, "20:00", prep, perrin, "my workload is a lot right now. I've got my badger, my two pheasants, "
                + "my owl (legally sourced, licence on file, before anyone asks) and I'm judging at the guild "
                + "show in April. my wife says I live in my studio");
        Post pheasant = say(11, "19:00", prep, kasimir, "how do you all keep pheasant feathers from slipping "
                + "on the body? mine look like a bad wig");
        re(11, "19:30", beatrix, pheasant, "wash and dry the skin properly first, grease is the culprit. then "
                + "pin the feather tracts while it dries");
        re(11, "20:00", kasimir, pheasant, "degreasing again tonight, thanks Beatrix");
        say(12, "09:00", prep, perrin, "I've been asked to write a piece about my career for the guild "
                + "newsletter. my plan is to cover my training, my first museum job and my teaching. I'm "
                + "quite proud of how far I've come");
        say(12, "10:00", prep, thaddeus, "look forward to it");
        say(13, "18:00", prep, perrin, "my owl is finished. I'm pleased with my work on the feet, I redid "
                + "them twice until I was happy. my standards are high, I know");
        say(13, "18:30", prep, ottoline, "he looks alive. lovely feet");
        Post glue = say(14, "12:00", supplies, ignatius, "anyone found a hide paste that doesn't crack in a "
                + "heated room?");
        re(14, "15:00", thaddeus, glue, "the slow-setting ones, and keep a humidity tray near the mount for "
                + "the first week");

        // Week 3: a second fox, feedback given back.
        Post fox2 = say(16, "20:00", critique, kasimir, "fox no.2, card liners in the ears. honest opinions "
                + "please");
        re(16, "20:30", ignatius, fox2, "ears are spot on now. the nose is a touch dry, a little gloss medium "
                + "will wake it up");
        re(16, "21:00", perrin, fox2, "big improvement. your lids are much softer, he looks calm");
        re(17, "08:00", kasimir, fox2, "gloss medium, yes. thanks both, really");
        Post perrinBird = say(18, "19:00", critique, perrin, "my new wren, first small bird in a while. "
                + "thoughts welcome");
        re(18, "19:40", kasimir, perrinBird, "the head tilt is brilliant. maybe the tail's a bit high? I "
                + "don't know wrens well though");
        re(18, "20:00", perrin, perrinBird, "good eye, it is, I'll drop it a few degrees. thank you Kasimir");
        say(19, "10:00", supplies, ottoline, "restocked the small bird eyes (2-4mm) if anyone was waiting "
                + "on them");
    }
}
