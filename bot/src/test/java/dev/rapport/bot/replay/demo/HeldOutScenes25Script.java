package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 25 (sealed): eight communities of kinds no earlier round used, over three ISO weeks (2026-W32 to
 * W34), written with the cast-first {@link StoryScript} and labelled by hand in {@code held-out-scenes-25.csv}
 * before any coach ran on them. Main writes {@code bot/src/test/resources/eval/held-out-scenes-25/}.
 */
final class HeldOutScenes25Script extends StoryScript {
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 8, 24, 6, 0, 0, 0, ZoneOffset.UTC);

    // A. pinball
    private final String gPin = cast.guild(555);
    private final Channel pinTalk = cast.channel(gPin, "Silverball Social", "flipper-talk",
            "General pinball chat. Be nice, tilt responsibly.", "pin-flipper-talk.json");
    private final Channel pinRepair = cast.channel(gPin, "Silverball Social", "coil-and-solder",
            "Repair questions: coils, boards, rubbers, switches. Post your game + symptoms.", "pin-coil-and-solder.json");
    private final Channel pinLeague = cast.channel(gPin, "Silverball Social", "thursday-league",
            "Thursday league at the Tap Room: scores, standings, who brings what.", "pin-thursday-league.json");
    private final Channel pinSale = cast.channel(gPin, "Silverball Social", "for-sale-wanted",
            "Buy, sell, trade machines and parts.", "pin-for-sale-wanted.json");
    private final Persona dario = cast.person("dario.q", "Dario Quist");
    private final Persona meg = cast.person("megoye", "Meg Oyelaran");
    private final Persona toby = cast.person("tobystrand", "Toby Strand");
    private final Persona lin = cast.person("lin_hauer", "Lin Hauer");
    private final Persona kev = cast.person("kevo_pin", "Kev Ostrowski");
    private final Persona rosa = cast.person("rosa.v", "Rosa Valente");
    private final Persona glenn = cast.person("glenn.leagueloop", "Glenn Parr");
    private final Channel dmGlenn = cast.dm(toby, "pin-dm-glenn-toby.json");

    // B. kayaking
    private final String gKay = cast.guild(556);
    private final Channel kayTrips = cast.channel(gKay, "Paddle Tide Club", "trip-planning",
            "Plan club trips, lifts, who's paddling where.", "kay-trip-planning.json");
    private final Channel kayGear = cast.channel(gKay, "Paddle Tide Club", "gear-and-technique",
            "Boats, paddles, drysuits, strokes, rolls. Ask anything.", "kay-gear-and-technique.json");
    private final Channel kayLevels = cast.channel(gKay, "Paddle Tide Club", "river-levels",
            "Gauge readings only, one post per reading. Chat about trips goes in #trip-planning.",
            "kay-river-levels.json");
    private final Channel kayPics = cast.channel(gKay, "Paddle Tide Club", "wet-selfies",
            "Your photos from the water.", "kay-wet-selfies.json");
    private final Persona aoife = cast.person("aoife.b", "Aoife Brennan");
    private final Persona jonas = cast.person("jonasf", "Jonas Feld");
    private final Persona priya = cast.person("priya.m", "Priya Menon");
    private final Persona sam = cast.person("sam_ok", "Sam Okafor");
    private final Persona hetty = cast.person("hettylund", "Hetty Lund");
    private final Persona marco = cast.person("marco.coach", "Marco Bellini");
    private final Persona brody = cast.person("brody.k", "Brody Kell");

    // C. falconry
    private final String gFal = cast.guild(557);
    private final Channel falYard = cast.channel(gFal, "Mews & Lure", "weathering-yard",
            "General chat for falconers and hawkers.", "fal-weathering-yard.json");
    private final Channel falHealth = cast.channel(gFal, "Mews & Lure", "hawk-health",
            "Health, weight, moult, feet. Not a vet: see one if in doubt.", "fal-hawk-health.json");
    private final Channel falGear = cast.channel(gFal, "Mews & Lure", "telemetry-and-furniture",
            "Transmitters, receivers, hoods, perches, gloves.", "fal-telemetry-and-furniture.json");
    private final Channel falSeason = cast.channel(gFal, "Mews & Lure", "field-meets",
            "Club field meets and permissions.", "fal-field-meets.json");
    private final Persona beatrix = cast.person("bea.coole", "Beatrix Coole");
    private final Persona ruairi = cast.person("ruairi_d", "Ruairi Dunne");
    private final Persona hamid = cast.person("hamid.rz", "Hamid Rezaei");
    private final Persona ottilie = cast.person("ottie.m", "Ottilie Marsh");
    private final Persona wes = cast.person("wes.telemetry", "Wes Drummond");
    private final Persona fenna = cast.person("fenna.dw", "Fenna de Wit");
    private final Channel dmWes = cast.dm(fenna, "fal-dm-wes-fenna.json");

    // D. origami
    private final String gOri = cast.guild(558);
    private final Channel oriShow = cast.channel(gOri, "Crease Pattern Collective", "show-your-folds",
            "Post what you folded. Credit the designer.", "ori-show-your-folds.json");
    private final Channel oriHelp = cast.channel(gOri, "Crease Pattern Collective", "stuck-on-step-23",
            "Stuck on a diagram? Say which model and which step.", "ori-stuck-on-step-23.json");
    private final Channel oriPaper = cast.channel(gOri, "Crease Pattern Collective", "paper-talk",
            "Kami, washi, tissue foil, wet folding, everything else.", "ori-paper-talk.json");
    private final Channel oriChallenge = cast.channel(gOri, "Crease Pattern Collective", "monthly-fold-off",
            "This month's theme and entries.", "ori-monthly-fold-off.json");
    private final Persona kenji = cast.person("kenjifolds", "Kenji Arai");
    private final Persona lotte = cast.person("lotte.berg", "Lotte Berg");
    private final Persona nadia = cast.person("nadia.h", "Nadia Haddad");
    private final Persona pip = cast.person("pip_r", "Pip Rowntree");
    private final Persona yusuf = cast.person("yusufk", "Yusuf Kaya");
    private final Persona clem = cast.person("clem.d", "Clem Dufresne");

    // E. quilting
    private final String gQui = cast.guild(559);
    private final Channel quiChat = cast.channel(gQui, "Scraps & Stitches", "natter",
            "Chat about anything quilty (or not).", "qui-natter.json");
    private final Channel quiHelp = cast.channel(gQui, "Scraps & Stitches", "quilt-help",
            "Ask for help: piecing, binding, batting, machines.", "qui-quilt-help.json");
    private final Channel quiWip = cast.channel(gQui, "Scraps & Stitches", "wip-wednesday",
            "Your works in progress, every week. Show us where you're at.", "qui-wip-wednesday.json");
    private final Channel quiLongarm = cast.channel(gQui, "Scraps & Stitches", "longarm-services",
            "Longarm quilters: offer your services here.", "qui-longarm-services.json");
    private final Channel quiSwap = cast.channel(gQui, "Scraps & Stitches", "fabric-swap",
            "Swap fabric, patterns and notions with other members.", "qui-fabric-swap.json");
    private final Persona marianne = cast.person("marianne.longarm", "Marianne Holt");
    private final Persona deb = cast.person("debkow", "Deb Kowalczyk");
    private final Persona sunita = cast.person("sunita.r", "Sunita Rao");
    private final Persona gwen = cast.person("gwenllian.p", "Gwenllian Pryce");
    private final Persona abby = cast.person("abby.quilts", "Abby Tran");
    private final Persona ilse = cast.person("ilse_v", "Ilse Vogt");

    // F. bartenders
    private final String gBar = cast.guild(560);
    private final Channel barStick = cast.channel(gBar, "Back Bar Guild", "behind-the-stick",
            "Shop talk for people who work bars.", "bar-behind-the-stick.json");
    private final Channel barSpecs = cast.channel(gBar, "Back Bar Guild", "specs-and-riffs",
            "Share specs, riffs and twists.", "bar-specs-and-riffs.json");
    private final Channel barBatch = cast.channel(gBar, "Back Bar Guild", "syrups-and-batching",
            "Syrups, cordials, oleo, batching for service.", "bar-syrups-and-batching.json");
    private final Channel barHome = cast.channel(gBar, "Back Bar Guild", "home-bar-questions",
            "Home bartenders welcome: ask the pros.", "bar-home-bar-questions.json");
    private final Channel barJobs = cast.channel(gBar, "Back Bar Guild", "jobs-and-shifts",
            "Hiring, cover shifts, looking for work.", "bar-jobs-and-shifts.json");
    private final Persona nico = cast.person("nico.l", "Nico Laurent");
    private final Persona tamsin = cast.person("tamsin.g", "Tamsin Greaves");
    private final Persona jax = cast.person("jax.agave", "Jax Morrow");
    private final Persona eunji = cast.person("eunji.p", "Eun-ji Park");
    private final Persona olly = cast.person("olly.b", "Olly Brandt");
    private final Persona fatou = cast.person("fatou.d", "Fatou Diallo");

    // G. thrift
    private final String gThr = cast.guild(561);
    private final Channel thrLounge = cast.channel(gThr, "Second Hand Rose Resellers", "lounge",
            "Hang out.", "thr-lounge.json");
    private final Channel thrPricing = cast.channel(gThr, "Second Hand Rose Resellers", "what-would-you-price-this",
            "Post a find, get pricing opinions.", "thr-what-would-you-price-this.json");
    private final Channel thrFakes = cast.channel(gThr, "Second Hand Rose Resellers", "legit-check",
            "Authentication help. Tag pics please.", "thr-legit-check.json");
    private final Channel thrListings = cast.channel(gThr, "Second Hand Rose Resellers", "listings",
            "Post your own listings here, one post per drop.", "thr-listings.json");
    private final Channel thrSourcing = cast.channel(gThr, "Second Hand Rose Resellers", "sourcing-stories",
            "Car boots, bins, estate sales: tell us what you found.", "thr-sourcing-stories.json");
    private final Persona becca = cast.person("becca.lind", "Becca Lind");
    private final Persona ty = cast.person("ty.ok", "Ty Okonkwo");
    private final Persona mireille = cast.person("mireille.f", "Mireille Fox");
    private final Persona hollis = cast.person("hollis.g", "Hollis Grant");
    private final Persona vera = cast.person("vera.s", "Vera Sokolova");
    private final Persona dom = cast.person("domvintage", "Dom Castellano");

    // H. blacksmiths
    private final String gSmi = cast.guild(562);
    private final Channel smiForge = cast.channel(gSmi, "Anvil & Ember", "forge-talk",
            "General smithing chat.", "smi-forge-talk.json");
    private final Channel smiShow = cast.channel(gSmi, "Anvil & Ember", "fresh-off-the-anvil",
            "Show what you made this week.", "smi-fresh-off-the-anvil.json");
    private final Channel smiNew = cast.channel(gSmi, "Anvil & Ember", "first-heats",
            "New to smithing? Ask here, no question too basic.", "smi-first-heats.json");
    private final Channel smiEvents = cast.channel(gSmi, "Anvil & Ember", "hammer-ins-and-classes",
            "Hammer-ins, demos and classes.", "smi-hammer-ins-and-classes.json");
    private final Channel smiTrades = cast.channel(gSmi, "Anvil & Ember", "tool-trades",
            "Anvils, tongs, swage blocks for sale or swap.", "smi-tool-trades.json");
    private final Persona gareth = cast.person("gareth.bowen", "Gareth Bowen");
    private final Persona signe = cast.person("signe.h", "Signe Halvorsen");
    private final Persona rafa = cast.person("rafa.ortiz", "Rafa Ortiz");
    private final Persona declan = cast.person("dec.moody", "Declan Moody");
    private final Persona ayo = cast.person("ayo.a", "Ayo Adebayo");
    private final Persona ursula = cast.person("ursula.f", "Ursula Finch");

    HeldOutScenes25Script() {
        super(new SceneIds(18000), LocalDate.of(2026, 8, 3), 21);
    }

    static Map<String, String> files() {
        HeldOutScenes25Script script = new HeldOutScenes25Script();
        script.pinball();
        script.kayaking();
        script.falconry();
        script.origami();
        script.quilting();
        script.bartenders();
        script.thrift();
        script.blacksmiths();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-25"), files(),
                "held-out round 25");
    }

    private void pinball() {
        // W32
        say(1, "18:02", pinTalk, meg, "anyone else get the new Stern code update? my Godzilla feels way faster now");
        say(1, "18:05", pinTalk, kev, "yeah the saucer kicks harder too lol");
        say(1, "19:40", pinTalk, dario, "my flipper rebuild kits are back in stock!! $34 + shipping, covers all WPC-95 "
                + "games \u2192 https://silverball-parts.example/rebuild-kit");
        say(1, "20:11", pinTalk, toby, "league thursday, 7pm as always. bring quarters 😄");
        Post tz = say(2, "12:30", pinTalk, kev, "finally swapped every rubber on my Twilight Zone, plays like a new game");
        re(2, "12:44", lin, tz, "nice!! which kit did you go with, the Titan silicone or the normal ones? thinking of doing mine");
        say(2, "13:02", pinTalk, meg, "@Kev Ostrowski pics or it didn't happen");
        say(2, "13:05", pinTalk, kev, "@Meg Oyelaran lol later, it's in the basement and the light is terrible");
        say(3, "09:15", pinRepair, dario, "got 20 rebuild kits left before the next batch, bushings, plungers, links, "
                + "the lot: https://silverball-parts.example/rebuild-kit");
        Post weak = say(3, "21:07", pinRepair, meg, "my left flipper on Medieval Madness is weak and the coil gets "
                + "really hot after a few games. tried cleaning the EOS switch, no change");
        re(3, "21:20", kev, weak, "sounds like the coil sleeve is worn, they get sticky");
        re(3, "21:31", dario, weak, "kev's right, check the sleeve first, and measure the coil, should be ~4 ohms "
                + "on the power winding. pinwiki has a good page: https://pinwiki.example/wpc-flippers");
        re(3, "21:50", meg, weak, "thanks both, sleeve was toast 🙈 ordering one");
        say(4, "10:00", pinSale, rosa, "FS: Addams Family, fully working, new rubbers + LED kit, 5800 obo. pickup "
                + "Leeds only. DM me");
        Post clear = say(4, "10:40", pinSale, meg, "@Rosa Valente is the playfield clearcoated? any wear at the bookcase?");
        re(4, "11:05", rosa, clear, "not clearcoated but mylar'd from new, tiny bit of wear in front of the "
                + "bookcase, I can send pics");
        say(5, "17:30", pinLeague, dario, "bringing rebuild kits to thursday's league, $34 or grab one online: "
                + "https://silverball-parts.example/rebuild-kit");
        say(6, "23:10", pinLeague, toby, "standings after tonight: Meg 42, Kev 38, Lin 35, Dario 31. Meg on fire 🔥")
                .react("🔥", meg, kev);
        say(6, "23:14", pinLeague, meg, "the Theatre of Magic was very kind to me tonight");
        say(7, "11:00", pinTalk, lin, "went to the Replay arcade in York yesterday, they have a Monster Bash!");
        // W33
        say(8, "09:30", pinTalk, glenn, "hey all, new here, been running a small league up in Durham for a while");
        say(8, "10:02", pinTalk, kev, "Monster Bash is such a fun one");
        say(8, "19:05", pinTalk, toby, "reminder the Tap Room is closed thursday the 20th, we'll play at Lin's garage");
        say(9, "10:15", dmGlenn, glenn, "Hey Toby! saw you run the Thursday league. We built LeagueLoop, it takes care "
                + "of scoring, standings and IFPA submissions. Happy to give you a free demo, grab 15 min here: "
                + "https://leagueloop.example/book");
        say(9, "12:10", pinTalk, kev, "anyone going to the Leeds show in October?");
        say(9, "12:40", pinTalk, meg, "@Kev Ostrowski yes! booked the hotel already");
        say(9, "13:02", pinTalk, kev, "@Meg Oyelaran nice, we should get a team together for the side tourney");
        Post motor = say(10, "08:45", pinRepair, lin, "anyone selling a Stern shaker motor? mine died mid-game, "
                + "smells like burnt toast");
        re(10, "09:20", dario, motor, "got a used one off a Metallica, tested, $60 shipped. DM me");
        re(10, "09:35", lin, motor, "sold, DMing you now");
        say(10, "17:50", pinTalk, toby, "off to Crete tomorrow, back on Monday the 17th, no laptop 🏖️ Meg has the "
                + "league keys");
        say(10, "18:30", pinTalk, kev, "classic toby. have fun");
        say(10, "20:05", pinTalk, kev, "btw Meg, which hotel? the one by the arena?");
        say(10, "20:12", pinTalk, meg, "the Ibis, cheap and 5 min walk");
        say(11, "19:20", pinTalk, kev, "anyone tried the new Jaws? played one at the bowling alley, the shark ramp is brutal");
        say(11, "19:41", pinTalk, lin, "not yet, is it worth the hype?");
        say(11, "19:50", pinTalk, kev, "@Lin Hauer the code's early but the shots feel great");
        say(12, "09:10", dmGlenn, glenn, "Hi Toby, did you get a chance to look? I have Thursday slots open");
        say(12, "10:30", pinLeague, meg, "@Toby Strand can you bring the spare balls and the coin door keys on the 20th? "
                + "Lin doesn't have any at the garage");
        say(12, "13:00", pinLeague, lin, "I have a fridge though 🍺");
        say(13, "21:00", pinTalk, kev, "got a Black Knight 2000 on the way!! trading my Whirlwind for it");
        say(13, "21:22", pinTalk, meg, "@Kev Ostrowski noooo the Whirlwind fan was the best toy");
        // W34
        say(15, "17:45", pinLeague, toby, "sorry just back! yes I'll bring the balls and both keys @Meg Oyelaran");
        say(15, "17:50", pinLeague, meg, "legend");
        say(16, "20:00", pinTalk, kev, "BK2K arrived, needs a shop job but the speech is all there");
        say(17, "08:30", pinRepair, kev, "BK2K question: the magna save doesn't fire at all, fuse looks ok");
        Post mag = say(17, "09:00", pinRepair, dario, "@Kev Ostrowski check the switch in the cabinet button first, they "
                + "corrode. then the transistor on the driver board, Q-something near the connector");
        re(17, "20:15", kev, mag, "it was the button switch, cleaned it and it works. cheers dario");
        say(20, "23:30", pinLeague, toby, "garage league was chaos in the best way. standings in the pinned sheet");
        say(21, "10:00", pinTalk, rosa, "Addams sold, thanks for the interest everyone");
    }

    private void kayaking() {
        // W32: the club's own trip and its sign-up sheet; the gauge readings
        say(1, "08:10", kayTrips, aoife, "Saturday Wye trip, Glasbury to Hay, grade 1-2, all welcome. Sign up so we can "
                + "sort lifts and boats: https://forms.example/paddletide/wye-8-aug");
        say(1, "08:40", kayTrips, priya, "in! can I borrow a club spraydeck?");
        say(1, "08:52", kayTrips, aoife, "@Priya Menon yep, there's a medium in the container");
        String[] readings = {
            "Wye @ Erwood 0.62m, steady", "Usk @ Llandetty 0.48m, falling", "Wye @ Erwood 0.60m, steady",
            "Tawe @ Craig-y-Nos 0.31m, scrapey", "Wye @ Erwood 0.71m, rising after rain overnight",
            "Usk @ Llandetty 0.55m, rising", "Wye @ Erwood 0.78m, peaked I think", "Usk @ Llandetty 0.61m",
            "Wye @ Erwood 0.74m, dropping slowly", "Tawe @ Craig-y-Nos 0.52m, good for a change",
            "Wye @ Erwood 0.69m, steady", "Usk @ Llandetty 0.50m, falling"};
        for (int i = 0; i < readings.length; i++) {
            say(1 + i / 2, i % 2 == 0 ? "07:05" : "18:20", kayLevels, hetty, readings[i]);
        }
        say(3, "12:00", kayTrips, aoife, "6 spaces left for Saturday, sheet's here: "
                + "https://forms.example/paddletide/wye-8-aug . Jonas is driving the trailer");
        say(3, "12:15", kayTrips, jonas, "trailer's booked, can take 8 boats");
        say(3, "12:20", kayTrips, sam, "first trip for me! is grade 1-2 ok for someone who's only done the pool sessions?");
        say(3, "12:31", kayTrips, aoife, "@Sam Okafor absolutely, it's a gentle one and we'll put you with a buddy");
        say(5, "19:00", kayTrips, aoife, "last 2 spots for the Wye! https://forms.example/paddletide/wye-8-aug "
                + "meet at Glasbury bridge 9:30");
        say(6, "20:30", kayPics, priya, "Wye today, glassy for miles 😍");
        say(6, "20:45", kayPics, sam, "what a day. fell in once, still grinning. roof bars on the Golf finally earning their keep");
        // W33: Sam learns from Jonas; a pitch dressed as help; Marco asked for coaching
        Post deck = say(8, "18:00", kayGear, sam, "my spraydeck keeps popping off when I lean back, is it too big?");
        re(8, "18:20", jonas, deck, "probably. what size is it and what cockpit? a nylon deck on a keyhole cockpit "
                + "needs to be snug, try putting the back on first then the front");
        re(8, "18:35", sam, deck, "it's a medium neoprene, boat is a Pyranha Fusion");
        re(8, "18:50", jonas, deck, "fusion is a big cockpit, medium should fit. check the bungee isn't stretched, "
                + "those old club ones are tired");
        re(8, "19:05", sam, deck, "bungee is really loose yeah. thanks!");
        Post shoulder = say(9, "21:10", kayGear, sam, "my right shoulder aches after every trip, not sure what I'm doing wrong");
        re(9, "21:25", jonas, shoulder, "sounds like you're pulling with your arms. rotate from the torso, think of "
                + "pushing with the top hand. there's a decent free video by Simon Westgarth on torso rotation");
        re(9, "22:40", brody, shoulder, "we fix exactly this at Paddle Academy Online, structured stroke course, "
                + "first month free, book a call here: https://paddleacademy.example/book");
        re(9, "22:55", sam, shoulder, "thanks jonas will try the rotation thing on saturday");
        say(10, "07:05", kayLevels, hetty, "Wye @ Erwood 0.55m, low");
        Post roll = say(10, "12:00", kayGear, hetty, "does anyone here do coaching for rolls? I keep bailing out the "
                + "second I'm upside down");
        re(10, "12:30", marco, roll, "I do! 1:1 sessions in the pool at Llandaff, £45/hr, message me. and honestly "
                + "half of it is just getting comfy upside down, nose clips help a lot");
        re(10, "12:45", hetty, roll, "nose clips, never thought of that. will message you");
        Post drip = say(10, "19:30", kayGear, sam, "how do people stop the drips up the sleeve? my cag is soaking by lunch");
        re(10, "19:50", jonas, drip, "neoprene cuffs or drip rings on the paddle. or both 😄");
        re(10, "20:02", sam, drip, "drip rings it is. do they go near the blade or the hands?");
        re(10, "20:10", jonas, drip, "just outside where your hands sit, a few cm");
        say(11, "18:15", kayTrips, jonas, "anyone got space for a boat on their roof Saturday? my car failed its MOT 😩 "
                + "just need to get to the Usk get-on");
        say(11, "18:40", kayTrips, sam, "can't wait for saturday!! my first river trip with my own boat");
        say(11, "18:42", kayTrips, priya, "same, bringing cake");
        say(11, "21:00", kayTrips, aoife, "Jonas I'll ask around the committee");
        Post ferry = say(12, "17:30", kayGear, sam, "how do you ferry glide across a current without getting spun round?");
        re(12, "17:55", jonas, ferry, "angle upstream, 30-45 degrees, and keep the edge up on the downstream side. "
                + "lean into the turn, never away from it");
        re(12, "18:10", sam, ferry, "edge downstream or upstream? I think I've been doing it backwards lol");
        re(12, "18:20", jonas, ferry, "lift the upstream edge. the water will flip you if it catches it");
        re(12, "18:30", sam, ferry, "that explains the swim last week 😂 thanks");
        say(13, "19:00", kayPics, sam, "Usk today! didn't swim once");
        say(13, "19:10", kayPics, jonas, "got a lift in the end, cheers Aoife");
        // W34: Marco's clinics, unasked
        say(15, "09:00", kayGear, marco, "Rolling clinics back in September: £45/hr 1:1 or £25 each in pairs, 3 slots "
                + "left, DM me 🙂");
        say(15, "09:30", kayGear, priya, "anyone tried the new Palm drysuit?");
        say(15, "09:45", kayGear, jonas, "@Priya Menon a mate has one, says the neck seal is tight but otherwise great");
        say(17, "18:00", kayTrips, marco, "reminder: 2 slots left for the September rolling clinics, £45, DM me");
        say(17, "18:20", kayTrips, aoife, "Sunday sea trip at Gower, tide's right at 10. sign up here so we can share "
                + "lifts: https://forms.example/paddletide/gower-23-aug");
        say(17, "18:35", kayTrips, hetty, "in. Marco I'll take one of those slots");
        say(19, "07:05", kayLevels, hetty, "Wye @ Erwood 0.58m, steady");
        say(21, "18:00", kayTrips, priya, "Gower was perfect, seals everywhere");
    }

    private void falconry() {
        // W32: a long problem told to the room; a recommendation asked for; a hood checked by turn
        say(1, "08:30", falYard, ruairi, "morning all. anyone out with the hawks this weekend?");
        say(1, "08:45", falYard, fenna, "flying my Harris on the common saturday, if the wind drops");
        Post foot = say(2, "19:00", falHealth, hamid, "Need some advice please. My Harris hawk Zara has a swelling on "
                + "the left foot pad, about the size of a pea, a bit warm. I noticed it this morning when I picked her "
                + "up. My perches are astroturf and I wrapped my bow perch last month. I have been flying her every day "
                + "and her weight is 680g which is normal for her. I am worried it's the start of bumblefoot. My vet is "
                + "closed until Tuesday. Is this urgent or can I wait? I don't want to make it worse.");
        re(2, "19:20", beatrix, foot, "photos of the pad from below? is the skin broken or shiny?");
        re(2, "19:32", hamid, foot, "not broken, a bit shiny and pink. I have cleaned it with F10 and I have put "
                + "her on the softer perch now. I also cut down her flying for today.");
        re(2, "19:45", ruairi, foot, "sounds like early bumble, grade 1. keep it clean, soft perching, and get the vet "
                + "Tuesday. check the perch surface too, astroturf can be too rough for some birds");
        re(2, "20:05", hamid, foot, "I will change my perch tonight. I am going to use a cork one like I saw at my "
                + "friend's mews. I will update after the vet. thank you both so much");
        say(4, "18:00", falHealth, hamid, "update: vet says grade 1 bumblefoot, no infection, keep doing what I was doing. "
                + "thanks again @Beatrix Coole @Ruairi Dunne");
        Post merlin = say(3, "10:00", falGear, ottilie, "which transmitter would you recommend for a merlin? tiny bird, "
                + "need something really light, tail mount");
        re(3, "10:25", wes, merlin, "my TX-3 micro is 2.1g, built for merlins and kestrels, $189: "
                + "https://wes-telemetry.example/tx3 (I make them, so bias alert 😅) but the Marshall micro is good too");
        re(3, "10:40", ottilie, merlin, "oh nice, didn't know you made them. what's the range on open ground?");
        re(3, "10:55", wes, merlin, "about 8km line of sight, less in woods obviously");
        say(5, "20:00", falYard, ottilie, "@Ruairi Dunne could you check my hood size for Pip before I order? "
                + "her head measures 52mm across the cere line");
        say(5, "20:09", falYard, ruairi, "52 is spot on for a tiercel harris, go for a size 5 dutch hood");
        say(5, "20:15", falYard, ottilie, "perfect, thanks!");
        say(6, "17:00", falSeason, ruairi, "field meet on the 22nd at Blackmoor, permission's confirmed. put your name "
                + "down in the pinned sheet so the landowner knows numbers");
        say(6, "17:30", falSeason, fenna, "count me in with the Harris");
        // W33: Beatrix's diary of Maud; Wes's cold DM
        String[] diary = {
            "Maud day 1 of entering: I dropped her to 720g and my plan is 700g by Friday",
            "I had Maud on the creance this morning, 30m recall, my best yet with her",
            "My Maud is sulking on the bow perch today, I think I pushed her too hard",
            "I weighed Maud at 712g, I gave her a small crop of quail, my notes say she flies best at 705",
            "Maud took my glove from 50m!! I nearly cried, my first bird off the creance",
            "I tried the lure with Maud today, she bound to it twice, I am so proud of my girl",
            "My new anklets arrived for Maud, I fitted them tonight, she was a star for me",
            "I flew Maud free in my field today for the first time. I had my heart in my mouth",
            "Maud is 704g, I kept her there all week. My plan is to take her to the meet",
            "I have been reading my old notes from my first goshawk, Maud is so much calmer than him",
            "Maud had a bath in my pond and then sat in the sun for an hour, I watched her from the kitchen"};
        String[] diaryTimes = {"07:30", "12:10", "08:00", "19:40", "13:15", "18:50", "21:30", "16:00", "20:45", "09:10", "17:20"};
        int[] diaryDays = {8, 8, 9, 9, 10, 10, 11, 12, 12, 13, 14};
        Post weight = null;
        for (int i = 0; i < diary.length; i++) {
            Post p = say(diaryDays[i], diaryTimes[i], falYard, beatrix, diary[i]);
            if (i == 1) {
                weight = p;
            }
        }
        re(8, "12:40", ruairi, weight, "great progress! what weight is she flying at now, and is that her on the creance "
                + "or a line?");
        say(9, "10:00", falYard, fenna, "the common was lovely saturday, Harris caught nothing but had fun");
        say(9, "10:30", falYard, ruairi, "@Fenna de Wit any rabbits about? the farmer said they're everywhere");
        say(9, "10:45", falYard, fenna, "loads, she just wasn't fast enough 😄");
        say(9, "14:00", dmWes, wes, "Hi Fenna, saw you fly a Harris. My transmitters are 15% off for club members this "
                + "month, here's the link: https://wes-telemetry.example/tx3 . want me to put one aside for you?");
        say(11, "19:00", falGear, ottilie, "TX-3 arrived, it's tiny! thanks @Wes Drummond");
        say(11, "19:30", falGear, wes, "@Ottilie Marsh glad it got there fast, shout if the battery door is stiff");
        say(12, "08:00", falHealth, ruairi, "moult question: my peregrine has dropped 3 primaries in a week, normal "
                + "for August?");
        say(12, "08:20", falHealth, hamid, "@Ruairi Dunne mine did the same last year, it's normal when they're fed "
                + "well. Zara's foot is healing btw");
        // W34
        say(15, "18:00", falSeason, ruairi, "reminder: Blackmoor meet on saturday, sheet's pinned");
        say(16, "19:00", falYard, beatrix, "Maud and I will be at the meet on saturday 🙂");
        say(16, "19:20", falYard, ottilie, "can't wait to meet her @Beatrix Coole");
        say(20, "20:30", falSeason, fenna, "great meet today, thanks for organising Ruairi");
    }

    private void origami() {
        // W32: Kenji's diagrams, twice, priced
        say(1, "11:00", oriPaper, lotte, "anyone tried the new Kami from Daiso? feels thinner than before");
        say(1, "11:20", oriPaper, pip, "yeah it tears on sinks now, I've gone back to Tant");
        Post dragon = say(2, "19:00", oriShow, kenji, "Dragon v2 diagrams are finally done!! 46 steps, $8 on my "
                + "gumroad: https://kenjifolds.example/dragon-v2");
        re(2, "19:30", yusuf, dragon, "that tail is unreal");
        re(2, "19:45", kenji, dragon, "@Yusuf Kaya thanks! the tail is a sink from hell tbh");
        say(3, "20:00", oriShow, clem, "my Kawasaki rose from last night, 3rd attempt, the twist finally closed "
                + "(design: Toshikazu Kawasaki)").react("😍", lotte, yusuf);
        say(3, "20:10", oriShow, lotte, "@Clem Dufresne that's so clean!");
        say(4, "18:00", oriPaper, kenji, "weekend only: 20% off all my diagrams with code CREASE20 \u2192 "
                + "https://kenjifolds.example/dragon-v2");
        say(4, "18:30", oriPaper, lotte, "has anyone wet-folded with elephant hide? mine cracks on the curves");
        say(4, "18:45", oriPaper, clem, "@Lotte Berg mist it, don't soak, and fold slower than you think");
        say(6, "10:00", oriChallenge, lotte, "August theme is 'under the sea'. entries by the 31st, one per person, "
                + "post them here");
        say(6, "10:30", oriChallenge, yusuf, "octopus time 🐙");
        // W33: Pip answers requests with links; Nadia's tessellation and Yusuf's question
        Post lily = say(8, "09:00", oriHelp, yusuf, "anyone got a diagram for the traditional lily? my book's one is "
                + "blurry at step 9");
        re(8, "09:20", pip, lily, "free one here, step 9 is the petal fold: https://origami-resources.example/lily");
        re(8, "09:40", yusuf, lily, "perfect ty");
        Post tess = say(8, "20:00", oriShow, nadia, "first time trying a tessellation! Shuzo Fujimoto's hydrangea, "
                + "6x6 grid. would love feedback on the closing, it's a bit loose (more pics: "
                + "https://instagram.example/nadia.folds)");
        re(8, "20:20", yusuf, tess, "wow! what paper is that, and did you precrease the grid by hand or score it?");
        re(8, "20:35", lotte, tess, "lovely! the loose closing is usually uneven precreasing, try halving the grid "
                + "with the paper flipped each time");
        Post crane = say(9, "11:00", oriHelp, clem, "where can I find a crease pattern for a flapping crane with longer "
                + "wings? want to make a mobile");
        re(9, "11:15", pip, crane, "this one's free and has a CP: https://origami-resources.example/flapping-crane-cp");
        say(9, "12:00", oriPaper, nadia, "@Pip Rowntree which Tant colours do you use for tessellations? the light ones "
                + "show the shadows better right?");
        say(9, "12:10", oriPaper, pip, "@Nadia Haddad yes, cream or pale blue. dark ones hide everything");
        say(9, "12:25", oriPaper, nadia, "cream it is. how big do you cut for a 6x6?");
        say(9, "12:30", oriPaper, pip, "15cm is fine for 6x6, 20 if your fingers are big like mine");
        Post star = say(10, "15:00", oriHelp, lotte, "anyone know a good modular star for a christmas market "
                + "workshop? something kids can do");
        re(10, "15:10", pip, star, "the Tomoko Fuse 5-unit star is great for kids, diagram: "
                + "https://origami-resources.example/fuse-star");
        re(10, "15:30", lotte, star, "oh that's perfect");
        say(10, "16:00", oriPaper, nadia, "cut my cream Tant, starting a 6x6 again tonight");
        say(10, "16:10", oriPaper, pip, "good luck! post it");
        Post twist = say(11, "19:00", oriHelp, nadia, "any simple tessellation diagrams to practise twist folds "
                + "before I try another big one?");
        re(11, "19:25", pip, twist, "square twist tiling, 4x4, good warm-up: "
                + "https://origami-resources.example/square-twist-tiling");
        say(12, "09:00", oriPaper, pip, "rainy day here, folded 40 cranes for a friend's wedding");
        Post masu = say(12, "10:00", oriHelp, clem, "is there a masu box diagram with a lid? for gift boxes");
        re(12, "10:12", pip, masu, "yep, lid's just a 2mm bigger square: https://origami-resources.example/masu-lid");
        Post frog = say(12, "14:00", oriHelp, yusuf, "jumping frog that actually jumps? mine just flops");
        re(12, "14:20", pip, frog, "the secret is a stiffer paper, index card works. diagram: "
                + "https://origami-resources.example/jumping-frog");
        say(12, "15:00", oriPaper, pip, "@Yusuf Kaya also fold the spring tight and press the back edge, don't flick it");
        say(13, "19:30", oriChallenge, clem, "@Lotte Berg could you pin the September theme when you get a sec? "
                + "want to start planning");
        say(14, "12:00", oriShow, kenji, "Dragon v2 folded by a buyer in Osaka, so happy seeing it out in the world");
        // W34
        say(15, "08:40", oriChallenge, lotte, "morning! done, September theme is insects 🐞 pinned it");
        say(15, "09:00", oriChallenge, clem, "yesss beetles");
        say(16, "20:00", oriShow, nadia, "second go at the hydrangea, much tighter this time!");
        say(16, "20:10", oriShow, pip, "@Nadia Haddad huge difference!");
        say(18, "19:00", oriChallenge, yusuf, "octopus entry, 8 legs from one square, no cuts 🐙");
    }

    private void quilting() {
        // W32: a swap, a WIP diary in the WIP room
        say(1, "10:00", quiSwap, deb, "anyone got Kona Snow fat quarters going spare? will swap for batiks, DM me");
        say(1, "10:30", quiSwap, sunita, "@Deb Kowalczyk I have 3, will DM");
        say(3, "19:00", quiWip, gwen, "WIP Wednesday! I finally finished piecing my grandmother's flower garden top. "
                + "I have been hand piecing it since March and my fingers are done. I used my mum's old feedsack "
                + "scraps for the flowers and I am so pleased with how my greens came out. It has 212 hexies and I basted every single one on my "
                + "sofa with a cup of tea.");
        say(3, "19:05", quiWip, gwen, "Next I need to decide on my border. I am thinking a plain cream so my "
                + "hexies are the star. I also want to hand quilt it myself, which I have never done on something "
                + "this big, so my winter is sorted I think!");
        say(3, "19:30", quiWip, sunita, "@Gwenllian Pryce that's gorgeous, the feedsack prints are so cheerful");
        say(3, "19:40", quiWip, gwen, "@Sunita Rao thank you! my mum would have loved it");
        say(3, "20:00", quiWip, deb, "mine this week: binding on the log cabin, 2 sides to go");
        Post bias = say(5, "14:00", quiHelp, sunita, "my binding corners never look mitred, they go lumpy. any tips?");
        re(5, "14:20", abby, bias, "fold the 45 up, then down flush with the edge, and stop stitching 1/4\" before "
                + "the corner. it took me ages too");
        re(5, "14:35", sunita, bias, "stop 1/4 before, that's what I was missing. thanks Abby");
        // W33: Marianne talks shop with Abby; a returning customer and an open request go by
        say(8, "09:00", quiLongarm, marianne, "Longarm slots open for Sept/Oct: edge to edge from 2p/sq in, custom by "
                + "quote. DM me 🧵");
        say(8, "09:30", quiLongarm, abby, "also have a few Sept slots, edge to edge only this month, DM me");
        say(8, "10:00", quiChat, marianne, "@Abby Tran what thread are you running on the Gammill these days? my "
                + "Glide keeps shredding on the new batting");
        say(8, "10:20", quiChat, abby, "@Marianne Holt So Fine 50 on top, Bottom Line in the bobbin. the 80/20 "
                + "batting is fluffy and eats needles");
        say(8, "10:35", quiChat, marianne, "@Abby Tran going to try that. which needle size?");
        say(8, "10:40", quiChat, abby, "@Marianne Holt 4.0 usually, 3.5 for the So Fine");
        say(9, "11:00", quiChat, ilse, "@Marianne Holt got my wedding quilt back from you in July and it's stunning!! "
                + "could you do a second one with the same feather pantograph? it's a lap size, for my sister");
        say(9, "11:30", quiChat, deb, "@Ilse Vogt oh that's a lovely present");
        say(9, "15:00", quiChat, marianne, "@Abby Tran So Fine worked a treat, not one shred all afternoon");
        say(9, "15:20", quiChat, abby, "@Marianne Holt told you 😄");
        say(10, "10:00", quiHelp, sunita, "does anyone do edge to edge on a baby quilt? about 40x50\", budget around "
                + "£60, need it back by October");
        Post baby = say(10, "10:30", quiHelp, abby, "@Sunita Rao I could fit it in, edge to edge on that size is about "
                + "£45 with thread. DM me");
        re(10, "10:50", sunita, baby, "brilliant, messaging you");
        say(10, "11:00", quiChat, marianne, "@Abby Tran how are you pricing custom work these days? I feel like I'm "
                + "undercharging for feathers");
        say(10, "11:30", quiChat, abby, "@Marianne Holt 4p an inch for custom, more for ruler work. you're definitely "
                + "undercharging");
        say(10, "11:45", quiChat, marianne, "@Abby Tran ok raising mine from next month");
        say(11, "16:00", quiLongarm, marianne, "@Abby Tran did you see the new Gammill stitch regulator update? "
                + "mine's been jumpy since");
        say(11, "16:30", quiLongarm, abby, "@Marianne Holt yes! roll it back, there's a bug on the older tables");
        say(11, "16:45", quiLongarm, marianne, "@Abby Tran rolled back, smooth again 👍");
        say(11, "18:00", quiHelp, abby, "@Sunita Rao got your top in the post, it's lovely! it'll be back with you "
                + "next week");
        say(12, "20:00", quiChat, marianne, "@Abby Tran fancy splitting a bolt of wide backing? the grey one at "
                + "Empress Mills is on offer");
        say(12, "20:20", quiChat, abby, "@Marianne Holt yes please, half each");
        say(12, "20:30", quiChat, marianne, "@Abby Tran ordering now");
        say(13, "10:00", quiWip, deb, "log cabin bound! on to the next");
        say(13, "10:30", quiHelp, deb, "my walking foot leaves little puckers on the back, any ideas?");
        say(13, "10:50", quiHelp, abby, "@Deb Kowalczyk baste more than you think, and lengthen the stitch a bit");
        say(13, "11:10", quiHelp, deb, "@Abby Tran more pins it is. thanks!");
        say(14, "18:00", quiChat, ilse, "bumping my question for @Marianne Holt 🙂 no rush");
        // W34
        say(16, "09:00", quiChat, marianne, "@Abby Tran backing arrived, I'll drop your half round thursday");
        say(16, "12:00", quiChat, marianne, "@Ilse Vogt so sorry, missed this! yes happy to, send it over and I'll book "
                + "it in for September");
        say(16, "12:30", quiChat, ilse, "yay thank you!!");
        say(17, "19:00", quiWip, gwen, "border's on! cream it is, starting the hand quilting tonight");
    }

    private void bartenders() {
        // W32: a job post; a home bartender's question and a course pushed at her; a copied mention
        say(1, "14:00", barJobs, nico, "Hiring 2 bartenders for our new place in Leith, opening September. £13/hr + "
                + "tips, 4 day weeks. DM me");
        say(1, "16:00", barStick, tamsin, "who else is dreading the August festival rush. 3 doubles in a row 🫠");
        say(1, "16:10", barStick, eunji, "same. prepping 20 litres of lemon sherbet tomorrow");
        Post sour = say(2, "20:00", barHome, fatou, "my whiskey sours come out flat, no foam at all. I shake with ice, "
                + "using egg white. what am I doing wrong?");
        re(2, "20:20", tamsin, sour, "dry shake first without ice, then again with ice. or reverse it: shake with "
                + "ice, strain, then dry shake. the foam needs air before it gets cold");
        re(2, "20:40", olly, sour, "my Foam & Texture masterclass covers this properly, £29 this week only: "
                + "https://ollybrandt.example/foam-masterclass");
        re(2, "21:00", fatou, sour, "reverse dry shake worked!! thank you Tamsin 🙏");
        Post bitters = say(3, "18:00", barHome, fatou, "where do you all buy bitters in small bottles? the big ones go "
                + "off before I finish them");
        re(3, "18:30", eunji, bitters, "I get minis from BarKit, not affiliated just like them: "
                + "https://barkit.example/bitters-minis");
        re(3, "18:45", fatou, bitters, "ooh thank you");
        say(4, "11:00", barJobs, nico, "@Eun-ji Park anyone you know looking for shifts? cc @Tamsin Greaves");
        say(4, "11:30", barJobs, eunji, "@Nico Laurent my old barback Rui is, he's great. sending him your way");
        say(4, "11:40", barJobs, nico, "@Eun-ji Park legend, thanks");
        say(5, "22:00", barSpecs, eunji, "riff of the week: Naked & Famous with a bar spoon of Cynar. equal parts, "
                + "stirred not shaken if you want it silkier");
        say(5, "22:20", barSpecs, tamsin, "cynar in there sounds filthy in a good way");
        say(6, "15:00", barBatch, tamsin, "batching tip: dilution at 20% for stirred drinks in the freezer, 25% for the "
                + "fridge");
        // W33: the mezcal brand in three rooms; Tamsin away
        say(9, "12:00", barStick, jax, "Our new Espadín just landed in the UK 🔥 check it out: "
                + "https://mezcal-sol.example/espadin");
        say(9, "14:00", barStick, tamsin, "off to Tales in New Orleans tomorrow, back on Tuesday the 18th, barely online 🍹");
        say(9, "14:10", barStick, nico, "jealous. bring back a hurricane glass");
        say(9, "17:00", barSpecs, jax, "try our espadín in a Naked & Famous, spec + bottle here: "
                + "https://mezcal-sol.example/espadin");
        say(10, "09:00", barBatch, jax, "agave syrup + our espadín = 👌 https://mezcal-sol.example/espadin");
        say(10, "10:00", barBatch, eunji, "anyone cold-process their oleo? mine takes 2 days");
        say(10, "10:20", barBatch, olly, "@Eun-ji Park vacuum bag it, done in 4 hours");
        say(11, "19:00", barHome, fatou, "@Tamsin Greaves what ratio did you use for the oleo saccharum you mentioned "
                + "last week?");
        say(11, "19:30", barHome, fatou, "making a punch for my sister's birthday 🎉");
        say(12, "23:45", barStick, nico, "Leith place passed its licence inspection!! soft open on the 5th");
        say(12, "23:50", barStick, eunji, "@Nico Laurent congrats!! I'll come by");
        say(13, "16:00", barSpecs, olly, "Bramble twist: swap creme de mure for a blackberry shrub, lighter and less "
                + "sticky");
        // W34
        say(16, "08:30", barHome, tamsin, "Fatou so sorry, only just back! 1:1 peel weight to sugar, muddle, leave it "
                + "overnight. how did the punch go?");
        say(16, "09:10", barHome, fatou, "it was a hit!! I guessed 1:1 too 😄");
        say(16, "10:00", barStick, tamsin, "Tales was wild. learned more about ice than I ever needed");
        say(19, "13:00", barJobs, nico, "still 1 bartender role open for Leith, same as above");
        say(20, "21:00", barSpecs, jax, "what are people doing with mezcal in highballs? I've only done the obvious "
                + "grapefruit soda");
        say(20, "21:20", barSpecs, eunji, "@Jax Morrow tonic + a pinch of salt + grapefruit peel. ridiculous");
        say(20, "21:40", barSpecs, jax, "@Eun-ji Park trying that tomorrow");
    }

    private void thrift() {
        // W32: Dom's shop in three rooms; an authentication answered with guides
        say(1, "09:00", thrSourcing, ty, "car boot at Peterborough this morning: 3 pairs of Docs, a Barbour with the "
                + "original tartan, and a Pyrex set. £22 total 😎").react("👀", mireille);
        say(1, "09:20", thrSourcing, becca, "@Ty Okonkwo the Barbour alone! what year?");
        say(1, "09:30", thrSourcing, ty, "@Becca Lind 1989 label I think, needs a rewax");
        say(2, "18:00", thrLounge, dom, "just listed a load of 90s carhartt + stussy, check out my depop 👉 "
                + "https://depop.example/domvintage");
        say(2, "18:10", thrPricing, dom, "just listed a load of 90s carhartt + stussy, check out my depop 👉 "
                + "https://depop.example/domvintage");
        say(2, "18:20", thrFakes, dom, "just listed a load of 90s carhartt + stussy, check out my depop 👉 "
                + "https://depop.example/domvintage");
        say(2, "18:40", thrLounge, hollis, "there's a #listings channel for that btw");
        Post coat = say(3, "12:00", thrPricing, vera, "found a Jaeger camel coat at a hospice shop, 100% wool, tiny moth "
                + "nibble on the cuff. what would you list it at?");
        re(3, "12:30", becca, coat, "£60-75 on vinted, mention the nibble up front and photo it. camel sells in "
                + "september, I'd hold it a month");
        re(3, "12:50", vera, coat, "holding it then, thanks Becca!");
        Post trench = say(4, "15:00", thrFakes, vera, "is this Burberry trench legit? tag pics here: "
                + "https://imgur.example/a/trench-tags . the stitching on the label looks off to me");
        re(4, "15:20", mireille, trench, "compare the tag font with these two real ones: https://imgur.example/a/real-1 "
                + "https://imgur.example/a/real-2");
        re(4, "15:24", mireille, trench, "and the buttons should be horn with a stamp, like "
                + "https://imgur.example/a/real-buttons . this guide covers the nova check: "
                + "https://legitguides.example/burberry-trench");
        re(4, "15:40", vera, trench, "buttons are plastic and no stamp 😭 fake then. thank you!!");
        re(4, "15:45", mireille, trench, "@Vera Sokolova sorry! still worth a tenner as a generic trench");
        // W33: Becca's drops in the listings room; Dom asks for follows
        say(8, "19:00", thrListings, becca, "new drop: 12 pieces of 70s knitwear, mohair + Fair Isle, all measured: "
                + "https://vinted.example/becca-lind");
        Post knit = say(10, "19:00", thrListings, becca, "new drop: wool coats, a Jaeger and two Windsmoor: "
                + "https://vinted.example/becca-lind");
        say(10, "19:30", thrListings, ty, "Doc Martens x3 up, UK 6, 7, 9: https://ebay.example/usr/tyok");
        say(10, "20:00", thrLounge, dom, "pls follow my depop guys, every follow helps 🙏 https://depop.example/domvintage");
        Post price = say(11, "13:00", thrPricing, hollis, "Levi's 501 big E, worn knees. what's it worth?");
        re(11, "13:30", becca, price, "big E is a big deal, if it's genuine you're looking at £150+. check the red tab "
                + "has a capital E on both sides");
        re(11, "13:45", hollis, price, "it does!! ok I'm not selling these for £20 then");
        say(12, "19:00", thrListings, becca, "new drop: 90s silk shirts, 8 of them: https://vinted.example/becca-lind");
        say(13, "10:00", thrSourcing, mireille, "estate sale in Bath today: a whole wardrobe of 60s Jaeger, the family "
                + "were so sweet about it");
        say(13, "10:20", thrSourcing, becca, "@Mireille Fox oh my god. jealous");
        // W34: Becca away at the car boots; a buyer of hers asks
        say(15, "08:00", thrLounge, becca, "heading to the Cornwall car boots, no signal till thursday 🚐");
        re(16, "11:00", hollis, knit, "@Becca Lind bought the mohair cardi off you last week, love it! is the green "
                + "Windsmoor from this drop still available?");
        say(18, "17:00", thrListings, becca, "Hollis sorry only just back! yes the green one's still there, reserved it "
                + "for you");
        say(18, "17:20", thrListings, hollis, "yay thank you");
        say(19, "12:00", thrSourcing, becca, "Cornwall haul: 4 Welsh blankets, a Laura Ashley smock and a box of buttons");
        say(19, "12:30", thrSourcing, ty, "@Becca Lind welsh blankets fly, nice");
    }

    private void blacksmiths() {
        // W32
        say(2, "19:00", smiForge, rafa, "finally got the gas forge welding hot, flux was the problem all along");
        say(2, "19:20", smiForge, signe, "@Rafa Ortiz borax or the fancy stuff?");
        say(2, "19:30", smiForge, rafa, "@Signe Halvorsen plain borax, just more of it");
        say(4, "18:00", smiTrades, ursula, "FS: 75kg Peddinghaus anvil, great rebound, £650, collection from Hereford");
        say(5, "20:00", smiShow, declan, "bottle opener for my brother, twisted handle, first time doing a basket twist");
        say(5, "20:15", smiShow, rafa, "@Declan Moody nice even twist!");
        // W33: Gareth's course, everywhere; Ayo learns from several people
        say(8, "10:00", smiEvents, gareth, "Intro to forging weekend, 5-6 Sept, £180, tools & lunch included. "
                + "Tickets: https://bowenforge.example/intro-weekend");
        Post tongs = say(8, "19:00", smiNew, ayo, "total beginner here, what tongs should I get first? there are so "
                + "many kinds");
        re(8, "19:20", declan, tongs, "a pair of 3/8\" V-bit tongs will hold most of what you'll make at first. or "
                + "make your own later, that's a classic first project");
        re(8, "19:40", ayo, tongs, "ok V-bit it is, thanks!");
        Post gate = say(9, "18:00", smiShow, signe, "garden gate for a neighbour, 14 scrolls, all forge welded "
                + "collars 😅");
        re(9, "18:20", rafa, gate, "those collars are so tidy");
        say(10, "12:00", smiForge, gareth, "still 2 spots on my weekend course btw, £180, DM me");
        say(10, "12:20", smiForge, rafa, "what coal is everyone using now the local merchant stopped doing it?");
        say(10, "12:40", smiForge, declan, "@Rafa Ortiz bought a tonne of welsh anthracite from a farm supplier, "
                + "burns hot");
        Post scale = say(10, "20:00", smiNew, ayo, "my steel gets covered in black flaky stuff and pits, is that normal?");
        re(10, "20:15", signe, scale, "that's scale, totally normal. wire brush it hot and keep your fire a bit "
                + "reducing, less air");
        re(10, "20:30", ayo, scale, "brushing hot, got it");
        re(11, "09:00", gareth, gate, "lovely scrollwork! anyone who wants to learn scrolls like this, 2 spots left "
                + "on my course: https://bowenforge.example/intro-weekend");
        Post learn = say(12, "19:00", smiNew, ayo, "is there anywhere to learn in person near Bristol? I think I need "
                + "someone to watch me hammer");
        re(12, "19:20", gareth, learn, "I'm 20 min from Bristol and run a weekend intro, 2 spots left: "
                + "https://bowenforge.example/intro-weekend . the BABA site lists a few other courses in the south west "
                + "too");
        re(12, "19:45", rafa, learn, "the Bristol guild has open forge nights on wednesdays too, cheap");
        re(12, "20:00", ayo, learn, "thanks both, will look at both!");
        Post quench = say(13, "18:00", smiNew, ayo, "do I quench mild steel after forging or let it cool?");
        re(13, "18:10", declan, quench, "mild steel doesn't care much, quench it if you want to handle it. don't quench "
                + "tool steel though");
        re(13, "18:25", ayo, quench, "ok thanks 🙏");
        say(14, "11:00", smiShow, ayo, "my first hook!! wonky but mine").react("🔥", declan, rafa);
        say(14, "11:15", smiShow, signe, "@Ayo Adebayo the first of many 🔥");
        // W34: a buyer asks Ursula and waits
        say(15, "10:00", smiTrades, declan, "@Ursula Finch is the Peddinghaus still for sale? I could collect Saturday "
                + "with cash");
        say(16, "19:00", smiForge, ursula, "anyone going to the Hereford hammer-in on the 29th?");
        say(16, "19:20", smiForge, rafa, "@Ursula Finch yes! bringing the portable forge");
        say(16, "19:30", smiForge, ursula, "@Rafa Ortiz great, I'll bring the cider");
        say(17, "20:00", smiForge, ursula, "tried a new drift for axe eyes, so much easier than punching cold");
        say(17, "20:10", smiForge, signe, "@Ursula Finch which one?");
        say(17, "20:25", smiForge, ursula, "@Signe Halvorsen the one from Ken's workshop, H13");
        say(18, "21:00", smiTrades, declan, "bump for @Ursula Finch 🙂");
        say(19, "18:00", smiShow, rafa, "first damascus billet that didn't delaminate 🎉");
        say(19, "18:20", smiShow, ursula, "@Rafa Ortiz finally!! gorgeous pattern");
    }
}
