package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 15: eight communities, written and labelled (held-out-scenes-15.csv) before the coach was run on
 * them. Three weeks from Monday 9 November 2026 (ISO weeks 2026-W46..W48), UTC. Run {@link #main} from the project
 * root to write bot/src/test/resources/eval/held-out-scenes-15/; ScenesAreUpToDateTest keeps it in step.
 */
final class HeldOutScenes15Script extends StoryScript {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 9);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 11, 30, 9, 12, 0, 0, ZoneOffset.UTC);

    // --- A. Hearth & Crumb: a family-run bakery's regulars ---
    private final String bakery = cast.guild(461);
    private static final String BAKERY_NAME = "Hearth & Crumb Regulars";
    private final Role family = cast.role("Team", "#c27c0e", 3);
    private final Role regular = cast.role("Regular Customer", "#a84300", 2);
    private final Channel counter = cast.channel(bakery, BAKERY_NAME, "counter-chat",
            "Say hi, talk bread, talk neighbourhood ☕", "bakery-counter-chat.json");
    private final Channel bakeAtHome = cast.channel(bakery, BAKERY_NAME, "bake-at-home",
            "Your own loaves, flops and experiments", "bakery-bake-at-home.json");
    private final Channel orders = cast.channel(bakery, BAKERY_NAME, "orders-and-pickups",
            "Preorders, pickups, allergens, catering. Theo looks after this one.", "bakery-orders-and-pickups.json");
    private final Channel oven = cast.channel(bakery, BAKERY_NAME, "oven-board",
            "What's coming out of the oven this week (posted by the family)", "bakery-oven-board.json");
    private final Persona marta = cast.person("marta.bakes", "Marta Lindqvist", family);
    private final Persona theo = cast.person("theo_lq", "Theo Lindqvist", family);
    private final Persona gus = cast.person("gusharrow", "Gus Harrow", regular);
    private final Persona wren = cast.person("wren.a", "Wren Adeyemi", regular);
    private final Persona paulina = cast.person("paulina_s", "Paulina Sroka", regular);
    private final Persona dev = cast.person("devraman", "Dev Raman", regular);
    private final Persona bea = cast.person("beacastellano", "Bea Castellano", regular);
    private final Persona ollie = cast.person("olliefinch", "Ollie Finch");

    // --- B. Skyline FPV Club: drone pilots ---
    private final String drones = cast.guild(462);
    private static final String DRONES_NAME = "Skyline FPV Club";
    private final Channel hangar = cast.channel(drones, DRONES_NAME, "hangar",
            "General chat. Be nice, fly safe, check the NOTAMs.", "fpv-hangar.json");
    private final Channel propsDown = cast.channel(drones, DRONES_NAME, "props-down",
            "Back from a session? Where you flew, what flew well, what broke.", "fpv-props-down.json");
    private final Channel helpDesk = cast.channel(drones, DRONES_NAME, "help-desk",
            "Betaflight, binding, soldering, goggles: ask away", "fpv-help-desk.json");
    private final Channel fieldDays = cast.channel(drones, DRONES_NAME, "field-days",
            "Group flying days, lifts, borrowing kit", "fpv-field-days.json");
    private final Persona dana = cast.person("dana_whit", "Dana Whitlock");
    private final Persona marco = cast.person("marcob_fpv", "Marco Bellini");
    private final Persona kyle = cast.person("kyleperrin", "Kyle Perrin");
    private final Persona sade = cast.person("sade.okon", "Sade Okon");
    private final Persona lukas = cast.person("lukasb", "Lukas Brandt");
    private final Persona hiro = cast.person("hiro_rips", "Hiro Tanaka");
    private final Persona fern = cast.person("ferngalloway", "Fern Galloway");

    // --- C. Inkwell Collective: indie comic artists selling prints ---
    private final String ink = cast.guild(463);
    private static final String INK_NAME = "Inkwell Collective";
    private final Channel tableTalk = cast.channel(ink, INK_NAME, "table-talk",
            "Chat for the collective", "ink-table-talk.json");
    private final Channel freshInk = cast.channel(ink, INK_NAME, "fresh-ink",
            "New pages, covers, sketches. Link your latest so we can go read it.", "ink-fresh-ink.json");
    private final Channel conCircuit = cast.channel(ink, INK_NAME, "con-circuit",
            "Conventions, zine fests, table shares", "ink-con-circuit.json");
    private final Channel printTalk = cast.channel(ink, INK_NAME, "paper-and-printers",
            "Printers, paper stock, pricing, shipping", "ink-paper-and-printers.json");
    private final Persona mina = cast.person("minacho", "Mina Cho");
    private final Persona rory = cast.person("roryquill", "Rory Quill");
    private final Persona ayo = cast.person("ayo.draws", "Ayo Bankole");
    private final Persona jess = cast.person("jessvarga", "Jess Varga");
    private final Persona tomasz = cast.person("tomasz_n", "Tomasz Nowak");
    private final Persona lila = cast.person("lilafen", "Lila Fenwick");
    private final Persona grant = cast.person("grant.mercer", "Grant Mercer");

    // --- D. Perimeter Guild: B2B cybersecurity consultants ---
    private final String sec = cast.guild(464);
    private static final String SEC_NAME = "Perimeter Guild";
    private final Channel secLobby = cast.channel(sec, SEC_NAME, "lobby",
            "General chat for members", "sec-lobby.json");
    private final Channel threatIntel = cast.channel(sec, SEC_NAME, "threat-intel",
            "Articles worth reading: advisories, write-ups, research", "sec-threat-intel.json");
    private final Channel ask = cast.channel(sec, SEC_NAME, "ask-a-consultant",
            "Business owners: ask members anything about security. Members: answer kindly, no pitching.",
            "sec-ask-a-consultant.json");
    private final Channel warStories = cast.channel(sec, SEC_NAME, "war-stories",
            "Engagement stories. Anonymise everything!", "sec-war-stories.json");
    private final Channel hireMe = cast.channel(sec, SEC_NAME, "hire-me",
            "Members with capacity: say what you offer. Clients: post what you need.", "sec-hire-me.json");
    private final Persona vik = cast.person("vik.ostrowski", "Vik Ostrowski");
    private final Persona hal = cast.person("halbrennan", "Hal Brennan");
    private final Persona renata = cast.person("renata.silva", "Renata Silva");
    private final Persona joanne = cast.person("joannepike", "Joanne Pike");
    private final Persona sam = cast.person("sam_okafor", "Sam Okafor");
    private final Persona carla = cast.person("carladiaz.dds", "Carla Diaz");
    private final Persona ibrahim = cast.person("ibrahim.y", "Ibrahim Yusuf");
    private final Persona nadia = cast.person("nadiakerr", "Nadia Kerr");

    // --- E. Byte-Sized Parents: parents learning to code ---
    private final String parents = cast.guild(465);
    private static final String PARENTS_NAME = "Byte-Sized Parents";
    private final Channel playground = cast.channel(parents, PARENTS_NAME, "playground",
            "General chat. Kids may interrupt.", "parents-playground.json");
    private final Channel naptime = cast.channel(parents, PARENTS_NAME, "naptime-commits",
            "What did you get done while they slept?", "parents-naptime-commits.json");
    private final Channel stuck = cast.channel(parents, PARENTS_NAME, "stuck",
            "JS, Python, CSS, git: no question too small", "parents-stuck.json");
    private final Channel schedule = cast.channel(parents, PARENTS_NAME, "study-schedule",
            "Co-working sessions and the Thursday call", "parents-study-schedule.json");
    private final Persona priya = cast.person("priya.codes", "Priya Nair");
    private final Persona owen = cast.person("owenmarsh", "Owen Marsh");
    private final Persona keisha = cast.person("keisha_b", "Keisha Brown");
    private final Persona tomas = cast.person("tomasruiz", "Tomas Ruiz");
    private final Persona greta = cast.person("greta.holm", "Greta Holm");
    private final Persona ade = cast.person("ade_ola", "Ade Oladipo");
    private final Persona felix = cast.person("felixamsel", "Felix Amsel");

    // --- F. Second Hand Rose: vintage clothing resellers ---
    private final String rose = cast.guild(466);
    private static final String ROSE_NAME = "Second Hand Rose";
    private final Channel rackChat = cast.channel(rose, ROSE_NAME, "rack-chat",
            "General chat for resellers", "rose-rack-chat.json");
    private final Channel pulls = cast.channel(rose, ROSE_NAME, "this-weeks-pulls",
            "What you found this week. Link the listing if it's up.", "rose-this-weeks-pulls.json");
    private final Channel priceCheck = cast.channel(rose, ROSE_NAME, "price-check",
            "Not sure what to list it at? Post it, get opinions. Give one, get one.", "rose-price-check.json");
    private final Channel sourcing = cast.channel(rose, ROSE_NAME, "sourcing",
            "Estate sales, bins, auctions, suppliers", "rose-sourcing.json");
    private final Persona jax = cast.person("jaxvintage", "Jax Moreno");
    private final Persona tess = cast.person("tess.albright", "Tess Albright");
    private final Persona imogen = cast.person("imogenpryce", "Imogen Pryce");
    private final Persona carlos = cast.person("carlos.m", "Carlos Medina");
    private final Persona bree = cast.person("breesaunders", "Bree Saunders");
    private final Persona yusuf = cast.person("yusufdemir", "Yusuf Demir");
    private final Persona kit = cast.person("kit_bales", "Kit Lawson");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");

    // --- G. Riverside Community Choir ---
    private final String choir = cast.guild(467);
    private static final String CHOIR_NAME = "Riverside Community Choir";
    private final Channel foyer = cast.channel(choir, CHOIR_NAME, "foyer",
            "Chat for choir members", "choir-foyer.json");
    private final Channel podium = cast.channel(choir, CHOIR_NAME, "from-the-podium",
            "Notes and reminders from Ruth", "choir-from-the-podium.json");
    private final Channel lifts = cast.channel(choir, CHOIR_NAME, "lifts",
            "Offer or ask for a lift to rehearsals", "choir-lifts.json");
    private final Channel winter = cast.channel(choir, CHOIR_NAME, "winter-concert",
            "Everything about the 12 December concert: tickets, dress, timings", "choir-winter-concert.json");
    private final Persona ruth = cast.person("ruth.abernathy", "Ruth Abernathy");
    private final Persona celeste = cast.person("celeste_m", "Celeste Moreau");
    private final Persona doug = cast.person("dougfw", "Doug Fairweather");
    private final Persona harriet = cast.person("harriet.kwan", "Harriet Kwan");
    private final Persona pete = cast.person("petelomax", "Pete Lomax");
    private final Persona anneliese = cast.person("anneliese_w", "Anneliese Ward");
    private final Persona joel = cast.person("joelmensah", "Joel Mensah");

    // --- H. Pocket Studio: indie mobile-app developers and their beta testers ---
    private final String apps = cast.guild(468);
    private static final String APPS_NAME = "Pocket Studio";
    private final Channel appLobby = cast.channel(apps, APPS_NAME, "lobby",
            "Indie app devs and the testers who put up with us", "apps-lobby.json");
    private final Channel whatShipped = cast.channel(apps, APPS_NAME, "what-shipped",
            "Dropped a build? Tell us what changed. Release notes links welcome.", "apps-what-shipped.json");
    private final Channel testerCalls = cast.channel(apps, APPS_NAME, "tester-calls",
            "Post your call for beta testers here, with your TestFlight / Play link", "apps-tester-calls.json");
    private final Channel feedback = cast.channel(apps, APPS_NAME, "feedback-corner",
            "Share a screen, a store page or an onboarding flow and ask for honest feedback", "apps-feedback-corner.json");
    private final Persona zed = cast.person("zedharlow", "Zed Harlow");
    private final Persona mason = cast.person("masonreid", "Mason Reid");
    private final Persona nell = cast.person("nellashby", "Nell Ashby");
    private final Persona quinn = cast.person("quinnlee", "Quinn Lee");
    private final Persona farah = cast.person("farah.aziz", "Farah Aziz");
    private final Persona bo = cast.person("bo_lindgren", "Bo Lindgren");
    private final Persona rosa = cast.person("rosavance", "Rosa Vance");
    private final Persona eli = cast.person("eliturner", "Eli Turner");

    // --- Direct messages (DiscordChatExporter files them under guild 0) ---
    private final Channel dmGrantTomasz = cast.dm("2026-11-01", "Tomasz Nowak", "dm-grant-mercer-tomasz-nowak.json");
    private final Channel dmZedEli = cast.dm("2026-11-01", "Eli Turner", "dm-zed-harlow-eli-turner.json");

    private HeldOutScenes15Script() {
        super(new SceneIds(10000), FIRST_DAY, 21);
        bakery();
        drones();
        comics();
        security();
        parents();
        resellers();
        choir();
        apps();
    }

    /** The round's export: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        return new HeldOutScenes15Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-15"), files(), "held-out round 15");
    }

    /** A. A family bakery's regulars: the family posts the week's bakes, regulars show their own home baking. */
    private void bakery() {
        // Week 1 (W46)
        say(1, "07:40", oven, marta, "Monday bake 🥖 seeded rye, cardamom knots (yes they're back), and the first stollen "
                + "test batch. Saturday preorders are open: https://hearthandcrumb.co.uk/preorder");
        say(1, "08:12", counter, gus, "cardamom knots are back?? that's my week sorted");
        say(1, "08:20", counter, wren, "Gus you say this every single time 😂");
        say(1, "08:26", counter, gus, "and every single time it's true");
        Post rye = say(1, "12:35", bakeAtHome, paulina, "attempt #3 at a 75% hydration loaf. better ear this time, "
                + "still a bit gummy in the middle https://imgur.com/a/pSr0k3a");
        re(1, "13:04", dev, rye, "way better than #2! gummy usually means pull it 5 min later or let it cool properly. "
                + "mine from sunday, same problem lol https://imgur.com/a/dvR4n1x");
        re(1, "13:20", paulina, rye, "I ALWAYS cut it warm. ok. patience. thank you Dev");
        say(2, "07:55", orders, theo, "Saturday pickups are 8–11 this week. Anything not collected by 11 goes to the "
                + "community fridge on Alder St, so please come on time 🙏");
        Post cake = say(2, "10:15", bakeAtHome, bea, "my sister's wedding cake!! did all the sugar flowers myself, "
                + "3 nights of my life https://imgur.com/a/bCk77aa");
        cake.react("😍", wren, paulina, gus);
        re(2, "10:40", wren, cake, "Bea that's ridiculous (complimentary). the peonies!!");
        Post dino = say(2, "19:20", bakeAtHome, wren, "focaccia art for my nephew's birthday, he requested a "
                + "dinosaur 🦖 https://imgur.com/a/wR3nF0c");
        re(2, "19:48", gus, dino, "that is a magnificent stegosaurus");
        joins(3, "08:01", counter, ollie);
        Post gf = say(3, "08:05", counter, ollie, "hi! moved to the area last month. do you do anything without gluten? "
                + "my partner's coeliac and misses proper bread");
        re(3, "08:31", marta, gf, "Welcome Ollie! We can't promise a gluten-free kitchen (flour everywhere, sorry), "
                + "but Fridays we bake a buckwheat & chestnut loaf in the first bake before anything else. Ask Theo to "
                + "put one aside for you");
        re(3, "08:40", ollie, gf, "oh that's really kind, thank you, will do");
        Post denseRye = say(3, "09:02", bakeAtHome, gus, "finally tried that 100% rye Marta talked about. dense but "
                + "tasty? https://imgur.com/a/gH9ryE2");
        re(3, "09:44", marta, denseRye, "Dense is right for 100% rye Gus! Wrap it and leave it a full day before you "
                + "slice, it changes everything");
        re(3, "09:50", gus, denseRye, "a full DAY. the discipline this hobby asks of me");
        Post swap = say(3, "14:12", orders, paulina, "@Theo Lindqvist could I swap Saturday's rye for two cardamom "
                + "knots? order 4471");
        re(3, "14:30", theo, swap, "done ✔️ swapped");
        say(4, "11:05", counter, bea, "random but I make custom cake toppers now, names, dates, little bakers 🙂 from £18, "
                + "DM me for prices or have a look https://www.etsy.com/shop/BeaToppers");
        say(4, "11:30", counter, dev, "anyone else's oven run hot? mine says 200 but the thermometer says 225");
        say(4, "11:34", counter, paulina, "mine's the opposite, always cold at the back. get an oven thermometer and just "
                + "trust that one");
        say(4, "11:41", counter, dev, "yeah I have one now, that's how I found out 😭");
        say(5, "07:45", oven, marta, "Friday: buckwheat & chestnut loaf (first bake, before the wheat), sourdough, "
                + "apple turnovers. A few unclaimed knots for walk-ins. Preorders for Saturday close tonight at 8: "
                + "https://hearthandcrumb.co.uk/preorder");
        say(5, "16:20", bakeAtHome, dev, "learned my lesson: cooled it 2 hours before cutting. crumb is actually open "
                + "https://imgur.com/a/dvR5x2q");
        say(5, "16:40", bakeAtHome, paulina, "look at that!! told you, patience 😄");
        say(6, "09:30", bakeAtHome, bea, "if anyone's doing christmas bakes, the festive toppers are up in my shop, "
                + "10% off with CRUMB10 ✨ https://www.etsy.com/shop/BeaToppers");
        say(6, "10:05", counter, ollie, "picked up the buckwheat loaf, my partner actually teared up. thank you both");
        say(6, "10:20", counter, marta, "That made my morning Ollie ❤️");

        // Week 2 (W47)
        say(8, "07:35", oven, marta, "This week: stollen for real now, rye, cardamom knots Mon/Wed/Fri. Christmas "
                + "preorders open on the site next Monday.");
        Post catering = say(9, "10:20", orders, dev, "@Theo Lindqvist my work is doing a christmas breakfast for 30 "
                + "people on the 18th of December, could you do a catering tray? what would that cost? I've told the "
                + "whole office about you so they're expecting the knots 😅");
        say(9, "16:05", oven, theo, "Stollen update: first proper batch is out, they need to rest a week so they go on "
                + "sale Monday 23rd");
        say(10, "12:10", counter, gus, "did anyone watch the match last night. I need to talk about it");
        say(10, "12:18", counter, theo, "Gus don't. I'm still recovering");
        say(10, "12:22", counter, gus, "that second half though");
        say(10, "12:25", counter, theo, "we don't talk about the second half");
        Post starter = say(10, "20:10", bakeAtHome, wren, "my starter has gone grey and smells like nail polish. is "
                + "it dead?? https://imgur.com/a/wStrt9z");
        re(10, "20:35", paulina, starter, "not dead, just hungry! pour off the grey liquid and feed it twice a day for "
                + "a couple days");
        re(10, "21:02", wren, starter, "ok phew. feeding my child");
        say(11, "07:40", oven, theo, "Wednesday: cardamom knots, rye, pumpkin seed rolls. Ciabatta is off this week, "
                + "the mixer's being fixed");
        say(11, "14:02", orders, dev, "bumping this in case it got buried ^ no stress if you can't do it, I just need to "
                + "tell the office by Friday");
        say(12, "09:15", counter, wren, "off to Lisbon till the 26th! somebody eat a knot for me");
        say(12, "09:22", counter, gus, "I will eat several, for you. a sacrifice");
        say(12, "18:40", orders, marta, "Dev, I'm so sorry, this got lost while Theo's been up to his elbows in stollen. "
                + "Yes we can do the 18th. Theo will send you the options tonight");
        say(12, "18:55", orders, dev, "amazing, thank you Marta!");
        say(13, "08:30", orders, theo, "@Dev Raman sorry!! catering tray for 30: knots, mini rye sandwiches, turnovers, "
                + "£165. Will confirm the 18th in the book");
        say(13, "09:10", orders, dev, "perfect, booked 🙌");
        say(13, "13:00", bakeAtHome, bea, "tried the pumpkin seed rolls at home. mine are NOT as pretty as the shop's "
                + "https://imgur.com/a/bPsr1ll");
        say(13, "13:25", bakeAtHome, gus, "pretty is overrated. do they taste good?");
        say(13, "13:31", bakeAtHome, bea, "they taste great actually. shaping is the issue");

        // Week 3 (W48)
        say(15, "07:30", oven, marta, "Stollen is here 🎄 £14 a loaf, keeps 3 weeks. Christmas preorders now open: "
                + "https://hearthandcrumb.co.uk/preorder");
        say(15, "08:20", counter, gus, "reporting: ate three knots on Wren's behalf");
        say(16, "19:30", bakeAtHome, bea, "gingerbread house test run, the roof caved in but the walls survived "
                + "https://imgur.com/a/bGng3rd");
        say(16, "19:50", bakeAtHome, dev, "the walls survived is a victory. more royal icing as glue maybe?");
        say(16, "20:02", bakeAtHome, bea, "yeah I skimped on it. round two on sunday");
        Post shaping = say(17, "12:00", bakeAtHome, paulina, "anyone got a good video for shaping rolls? mine go flat");
        re(17, "12:24", bea, shaping, "the trick that fixed mine: drag them on an unfloured bit of counter so they "
                + "get tension. cupped hand, small circles");
        re(17, "12:40", paulina, shaping, "trying it tonight, thanks Bea");
        say(18, "10:00", orders, ollie, "@Theo Lindqvist could I get two buckwheat loaves this Friday instead of one? "
                + "in-laws visiting");
        say(18, "10:25", orders, theo, "Ollie yes, two put aside for Friday 👍");
        say(19, "17:40", counter, wren, "back from Lisbon!! brought pastéis de nata for the bakery, dropping them off "
                + "tomorrow");
        say(19, "17:55", counter, marta, "Wren you shouldn't have! (please do)");
        say(20, "12:10", bakeAtHome, paulina, "rolls that did NOT go flat 🎉 https://imgur.com/a/pRll5up");
        say(20, "12:30", bakeAtHome, bea, "they look perfect!!");
    }

    /** B. A drone pilots' club: everyone reports their sessions to the room; nobody sells. */
    private void drones() {
        // Week 1 (W46)
        say(1, "18:30", propsDown, dana, "Quarry this morning, wind was nasty above the ridge. 4 packs, one clipped "
                + "gate, nothing broken for once");
        say(1, "19:10", propsDown, hiro, "Park bando at golden hour, best light all month. Full DVR: "
                + "https://youtu.be/h1roBando7Q");
        say(1, "19:45", hangar, marco, "new motors arrived. 1950kv, going to rebuild the 5 inch this week");
        say(1, "19:52", hangar, dana, "ooh which ones? I was eyeing those for the freestyle rig");
        say(1, "20:01", hangar, marco, "the T-motor velox ones. half price in the black friday thing");
        say(2, "12:20", propsDown, sade, "lunch break rip at the rec ground. 2 packs, battery sag on the second one, "
                + "think that pack is on its way out");
        say(2, "13:05", propsDown, lukas, "Sade if it puffs even a little, bin it. not worth a fire");
        say(2, "13:10", propsDown, sade, "no puff yet but yeah, retiring it");
        say(2, "17:40", fieldDays, sade, "@Marco Bellini do you still have that spare 6S charger? could "
                + "I borrow it for saturday's field day? mine died");
        say(3, "18:50", propsDown, marco, "Rebuild test hover in the garden. New motors are smooth, sound lovely. "
                + "proper flight at the weekend");
        say(3, "19:30", propsDown, hiro, "Night session with LEDs, turned out better than I hoped: "
                + "https://youtu.be/h1roNight22");
        say(3, "19:44", propsDown, dana, "Hiro that's gorgeous. what camera settings?");
        say(3, "19:58", propsDown, hiro, "Dana: shutter 1/60, ISO locked at 800, a bit of ND. grainy but moody");
        say(4, "20:15", hangar, marco, "Dana the stack you recommended fits perfectly btw");
        say(4, "20:20", hangar, dana, "told you! happy flying");
        say(4, "21:00", propsDown, lukas, "Beach session, sand everywhere. 3 packs, one crash into the dunes, motor "
                + "now crunches. cleaning tonight");
        say(5, "09:10", fieldDays, sade, "guess that's a no on the charger 😅 @Lukas Brandt any chance you've got one "
                + "spare for saturday?");
        say(5, "09:40", fieldDays, lukas, "yep, bringing my old one, it's yours for the day");
        say(5, "09:42", fieldDays, sade, "legend 🙏");
        say(6, "16:30", propsDown, sade, "Field day done! charged on Lukas's charger, 6 packs, zero crashes. best day "
                + "of the year");
        say(6, "17:10", propsDown, hiro, "Field day edit, all of us chasing each other: https://youtu.be/h1roField6X");
        say(6, "17:30", propsDown, marco, "first proper flight on the rebuild, she's fast. Sade great flying today");

        // Week 2 (W47)
        joins(8, "18:00", hangar, kyle);
        say(8, "18:02", hangar, kyle, "hey all, got my first quad for my birthday, total beginner");
        say(8, "18:10", hangar, dana, "welcome Kyle! ask anything in #help-desk, we all crashed a lot at first");
        Post arm = say(8, "18:25", helpDesk, kyle, "my quad won't arm. it beeps 3 times and the props don't spin??");
        re(8, "18:40", dana, arm, "three beeps is usually the throttle not at zero, or arm switch already on when you "
                + "plug in. Check the receiver tab in betaflight: throttle has to read under 1050");
        re(8, "19:02", kyle, arm, "it was the throttle trim. thx");
        say(9, "19:20", propsDown, hiro, "Foggy forest run, visibility was awful but the footage is spooky: "
                + "https://youtu.be/h1roFog9Qa");
        Post bind = say(10, "20:05", helpDesk, kyle, "how do you bind ELRS? the light just keeps flashing");
        re(10, "20:20", lukas, bind, "easiest way: put a binding phrase in both the transmitter and the receiver "
                + "(configurator + the lua script), then they find each other on power up. Check they're on the same "
                + "firmware version too");
        re(10, "20:48", kyle, bind, "ok solid light now");
        say(10, "21:30", propsDown, dana, "Quick evening pack at the school field, practised split-S for 20 min. "
                + "getting cleaner");
        joins(11, "12:00", hangar, fern);
        Post charger2 = say(11, "12:10", helpDesk, fern, "new here. what's a decent first charger that won't break the "
                + "bank? I only have 4S packs");
        say(11, "12:30", hangar, kyle, "anyone flying this weekend near the quarry?");
        say(11, "12:44", hangar, marco, "probably sunday morning Kyle");
        re(11, "13:15", sade, charger2, "Fern I'd get an ISDT 608 or similar, handles 4S fine and it'll do 6S if you "
                + "go bigger later");
        re(11, "13:20", fern, charger2, "perfect, ordering. thanks Sade!");
        say(11, "18:40", hangar, lukas, "away at my parents' till Sunday morning, flying with my nephews. behave");
        say(12, "10:00", fieldDays, dana, "@Lukas Brandt can you bring the gate kit sunday? the big "
                + "orange ones");
        Post video = say(12, "20:10", helpDesk, kyle, "goggles show no video at all, just static. quad flies fine tho");
        re(12, "20:30", dana, video, "check the VTX and the goggles are on the same band and channel. press the VTX "
                + "button to cycle, or set it in the betaflight VTX tab. R1 on both is a safe start");
        re(12, "20:51", kyle, video, "works now");
        say(12, "21:00", helpDesk, dana, "nice one! @Kyle Perrin which goggles did you end up getting btw? thinking "
                + "of a pair for my niece for christmas");
        say(13, "09:05", helpDesk, fern, "charger came, but how do I know what amps to charge at?");
        say(13, "09:30", helpDesk, marco, "Fern 1C is the safe default: a 1500mAh pack, 1.5A. you'll see people go "
                + "higher but start there");
        say(13, "09:35", helpDesk, fern, "got it, thanks Marco");
        say(14, "08:30", fieldDays, lukas, "back! Dana: yep, gates are already in the car");
        say(14, "08:40", fieldDays, dana, "perfect, see you at 10");
        say(14, "15:10", propsDown, kyle, "first flight with video!! crashed into a bush twice but flew 3 packs");
        say(14, "15:40", propsDown, dana, "that's the way Kyle. bushes are great teachers");

        // Week 3 (W48)
        Post smell = say(15, "19:00", helpDesk, sade, "one of my packs smelled weird after charging, no puff. "
                + "overreacting?");
        re(15, "19:25", lukas, smell, "not overreacting. put it in a lipo bag outside overnight and check it in the "
                + "morning. if it's warm or swollen it's done");
        re(15, "19:30", sade, smell, "doing that now, thanks");
        say(16, "18:10", propsDown, fern, "first time through a gate! only one gate but still 🎉");
        say(16, "18:40", propsDown, marco, "Riverside loop, windy. 4 packs, the rebuild handles it way better than "
                + "before");
        say(17, "20:00", propsDown, hiro, "Rooftop session (legally, I promise, a mate's building): "
                + "https://youtu.be/h1roRoof17");
        Post bind2 = say(18, "19:15", helpDesk, fern, "hm, my friend's bought the same radio and can't bind to her "
                + "quad, light keeps flashing. same thing Kyle had I think?");
        re(18, "19:40", kyle, bind2, "yeah that was me, binding phrase in both and same firmware, that fixed it");
        re(18, "19:50", fern, bind2, "thanks Kyle, passing it on");
        say(19, "12:30", hangar, sade, "charger shopping: finally bought my own, sorry for the drama Lukas 😂");
        say(19, "12:40", hangar, lukas, "anytime");
        say(20, "16:20", propsDown, dana, "Quarry again, three of us plus Kyle and Fern. wind behaved. good day");
        say(20, "16:50", propsDown, lukas, "gates out, nephews' footage is better than mine, humbling");
    }

    /** C. Indie comic artists: everyone links their new pages in one room; some sell prints. */
    private void comics() {
        // Week 1 (W46)
        say(1, "10:15", freshInk, mina, "page 41 of Saltwater is up! the storm chapter finally starts "
                + "https://saltwatercomic.net/page/41");
        say(1, "11:02", freshInk, tomasz, "new cover sketch for Iron Orchard vol 2, still rough "
                + "https://ironorchard.art/sketches/vol2-cover");
        say(1, "11:20", freshInk, mina, "Tomasz the composition on that!! the tree roots framing the title 😍");
        say(1, "11:31", freshInk, tomasz, "thank you!! stole the idea from an old botanical print tbh");
        say(2, "09:40", tableTalk, lila, "morning all. is anyone else's tablet pen drifting? mine draws lines where "
                + "I didn't put them");
        say(2, "09:55", tableTalk, jess, "Lila mine did that, swapping the nib fixed it. worn nibs do weird things");
        say(2, "10:02", tableTalk, lila, "oh I've never changed it. 3 years. oops");
        say(2, "14:30", freshInk, ayo, "Tidewater ch.3 pages 8-12 are live, the lighthouse bit "
                + "https://tidewater-comic.com/ch3");
        say(2, "15:10", freshInk, rory, "Moth Queen page 19, first time trying screentones digitally "
                + "https://mothqueen.roryquill.com/19");
        say(2, "15:40", freshInk, ayo, "Rory the tones work so well with the moth wings");
        say(3, "12:00", tableTalk, ayo, "ok deep breath: the Tidewater anthology kickstarter launches Monday, 14 "
                + "artists, I've been on this for a year 😭 I'll post the link when it's live");
        say(3, "12:10", tableTalk, jess, "AYO!! finally. I'll back day one");
        say(3, "12:14", tableTalk, lila, "so proud of this one");
        Post font = say(4, "10:00", tableTalk, jess, "anyone got a lettering font that isn't Comic Sans-adjacent? "
                + "free ideally, I'm broke until the con");
        re(4, "10:25", mina, font, "Jess Blambot has free ones for indie comics, I've used Anime Ace for years");
        re(4, "10:31", jess, font, "oh that's perfect, thank you");
        say(4, "17:20", freshInk, jess, "Hollow Bell pages 3-4, new inking brush, tell me if the lines look off "
                + "https://hollowbell.jessvarga.art/3");
        say(4, "17:50", freshInk, lila, "Jess they look crisper if anything. page 4 panel 2 is lovely");
        Post table = say(5, "13:00", conCircuit, lila, "anyone want to share a table at the December zine fest? "
                + "half a table each, I'm bringing mostly stickers");
        re(5, "13:40", tomasz, table, "me! I only have 6 print designs and a few zines, half is plenty");
        re(5, "13:52", lila, table, "yay. I'll book it tonight and send you the invoice for your half");
        say(5, "20:00", freshInk, lila, "sticker sheet designs for the zine fest, the frog one is my favourite "
                + "https://lilafenwick.com/stickers");
        Post paper = say(6, "11:10", printTalk, tomasz, "what paper are people using for A3 giclée? my printer "
                + "quoted me on a 310gsm matte and I've got no idea if that's normal");
        re(6, "11:35", jess, paper, "310 matte is pretty standard, I use Hahnemühle photo rag for the fancy ones. "
                + "ask for a sample pack before you order 50");
        re(6, "11:50", rory, paper, "+1 to samples. and check they pack flat with board, I had a whole batch arrive "
                + "bent");
        re(6, "12:05", tomasz, paper, "sample pack requested, thanks both");

        // Week 2 (W47)
        say(8, "09:00", tableTalk, ayo, "it's LIVE 🎉 Tidewater anthology, 14 artists, hardback: "
                + "https://www.kickstarter.com/projects/ayobankole/tidewater-anthology");
        say(8, "09:10", tableTalk, mina, "backed!! go go go");
        say(9, "10:02", tableTalk, rory, "PRINT SALE 🎉 all A3 prints 20% off this week with code INKWELL20 → "
                + "https://roryquill.bigcartel.com");
        say(9, "10:40", conCircuit, rory, "can't make it to any cons this month so the table's online instead: "
                + "INKWELL20 for 20% off https://roryquill.bigcartel.com");
        say(9, "11:15", freshInk, rory, "the Moth Queen pages are in the sale as prints now too! "
                + "https://roryquill.bigcartel.com");
        say(9, "14:20", freshInk, mina, "page 42, the storm hits https://saltwatercomic.net/page/42");
        say(10, "16:30", freshInk, tomasz, "vol 2 cover, inked and flatted. colours next week "
                + "https://ironorchard.art/sketches/vol2-inks");
        say(10, "16:50", freshInk, jess, "Tomasz this is going to look incredible on a table");
        say(11, "13:00", printTalk, rory, "last 2 days of the print sale, INKWELL20 still works "
                + "https://roryquill.bigcartel.com");
        Post ship = say(11, "15:20", printTalk, jess, "how are people shipping prints to the US now? my last two "
                + "got stuck in customs for weeks");
        re(11, "15:45", mina, ship, "I started marking them as printed matter with the tariff code and a proper "
                + "customs form inside AND outside. fewer delays since");
        re(11, "16:02", jess, ship, "doing that, thanks Mina");
        say(12, "19:00", freshInk, ayo, "Tidewater ch.3 finale, the lighthouse goes dark "
                + "https://tidewater-comic.com/ch3/end");
        say(13, "10:30", conCircuit, tomasz, "Lila table's confirmed, we're number 27 near the door");
        say(12, "14:00", tableTalk, lila, "how's everyone's december looking? 3 commissions and a zine fest and I'm "
                + "already tired");
        say(12, "14:20", tableTalk, tomasz, "Lila same. I've stopped taking commissions till January");
        say(12, "14:40", tableTalk, ayo, "kickstarter updates are my entire personality now 😅");

        // Week 3 (W48)
        joins(15, "09:00", tableTalk, grant);
        say(15, "09:05", tableTalk, grant, "hey all, Grant here. I work with illustrators on merch and printing, "
                + "happy to be here");
        say(15, "09:40", tableTalk, tomasz, "welcome Grant!");
        say(16, "08:30", dmGrantTomasz, grant, "Hey Tomasz, loved the Iron Orchard pages. We run print-on-demand "
                + "+ fulfilment for comic artists, no upfront stock, we ship worldwide. Got 15 min this week for a "
                + "quick call? https://calendly.com/grantmercer/15min");
        say(16, "19:20", dmGrantTomasz, tomasz, "thanks but I print locally and like doing it myself, not looking "
                + "right now");
        say(17, "10:00", tableTalk, mina, "Ayo's anthology hit its goal in 9 days!! if you haven't seen it yet it's "
                + "so good, stretch goals are colour pages https://www.kickstarter.com/projects/ayobankole/"
                + "tidewater-anthology");
        say(17, "10:20", tableTalk, ayo, "Mina stop I'm going to cry at work");
        say(17, "10:25", tableTalk, lila, "🎉🎉🎉");
        say(17, "18:30", freshInk, mina, "page 43 https://saltwatercomic.net/page/43");
        say(18, "12:40", freshInk, rory, "Moth Queen page 20, back to regular pages now the sale's over "
                + "https://mothqueen.roryquill.com/20");
        say(18, "13:10", freshInk, jess, "Rory that last panel 😳");
        Post nerves = say(19, "20:30", conCircuit, jess, "first con table ever in January. what do people actually "
                + "sell most of? I don't want to print 200 of the wrong thing");
        re(19, "20:55", rory, nerves, "stickers and small prints move fastest for me, A3s are the slow big-ticket "
                + "things. bring a few of everything, print small runs");
        re(19, "21:05", lila, nerves, "and something under a fiver, people like an easy first buy");
        re(19, "21:20", jess, nerves, "this is so helpful, thank you both");
        say(20, "11:00", freshInk, tomasz, "vol 2 cover, final colours! https://ironorchard.art/covers/vol2");
        say(20, "11:30", freshInk, ayo, "Tomasz that orange sky!!");
        say(19, "09:00", printTalk, tomasz, "sample pack came, the 310 matte is lovely. ordering 30");
        say(19, "09:20", printTalk, jess, "told you! samples save so much grief");
    }

    /** D. A B2B security consultants' network with a channel where business owners ask. */
    private void security() {
        // Week 1 (W46)
        say(1, "08:30", secLobby, hal, "https://www.bleepingcomputer.com/news/security/ivanti-patches-another-connect-"
                + "secure-zero-day/");
        say(1, "08:45", secLobby, nadia, "again?? that's what, the fourth this year");
        say(1, "09:20", threatIntel, renata, "CISA advisory on the MOVEit follow-up campaign, IOCs at the bottom "
                + "https://www.cisa.gov/news-events/cybersecurity-advisories/aa26-313a");
        say(1, "11:10", secLobby, hal, "https://krebsonsecurity.com/2026/11/the-payroll-diversion-scam-is-back/");
        say(1, "15:40", secLobby, hal, "anyone going to the BSides in Leeds?");
        say(1, "15:55", secLobby, ibrahim, "I am, speaking on the Saturday actually");
        say(1, "16:02", secLobby, hal, "nice, what on?");
        say(1, "16:10", secLobby, ibrahim, "misconfigured SSO in small companies. less glamorous than it sounds");
        say(2, "08:05", secLobby, hal, "https://www.theregister.com/2026/11/10/cloud_storage_leak_uk_councils/");
        say(2, "09:30", hireMe, ibrahim, "Capacity from December: AWS/Azure config reviews and ISO 27001 gap analysis "
                + "for smaller orgs. Happy to talk scope, DM me.");
        say(2, "13:15", secLobby, hal, "https://arstechnica.com/security/2026/11/passkeys-adoption-numbers/");
        say(2, "13:20", secLobby, hal, "passkeys finally getting somewhere");
        Post backup = say(3, "10:00", ask, sam, "Small accountancy firm, 12 people. Our IT guy says our backups are "
                + "fine but nobody's ever tested a restore. Is that as bad as it sounds?");
        re(3, "10:40", joanne, backup, "Sam, honestly yes, an untested backup is a hope, not a backup. Ask him to "
                + "restore one client folder to a spare laptop this week and time it. If that works, do a full "
                + "restore test once a quarter");
        re(3, "11:05", sam, backup, "that's a very concrete thing I can ask for, thank you Joanne");
        say(3, "14:00", secLobby, hal, "https://www.wired.com/story/ransomware-gangs-target-law-firms-2026/");
        say(3, "17:30", warStories, nadia, "client had the wifi password on a post-it. on the WINDOW. facing the "
                + "car park");
        say(3, "17:42", warStories, ibrahim, "classic. did you photograph it from the car park for the report");
        say(3, "17:50", warStories, nadia, "obviously. page one");
        say(4, "09:10", threatIntel, renata, "good write-up on the MFA fatigue attacks against helpdesks "
                + "https://www.mandiant.com/resources/blog/helpdesk-social-engineering");
        say(4, "12:30", secLobby, hal, "https://www.bbc.co.uk/news/technology-retailer-breach-2026");
        say(4, "12:40", secLobby, joanne, "Hal there's #threat-intel for these btw, it's getting hard to find the chat "
                + "in here");
        say(5, "10:15", secLobby, hal, "fair. old habits");
        say(5, "16:00", warStories, nadia, "anyone else get asked to 'just quickly' pen test a whole network in a day");
        say(5, "16:20", warStories, vik, "every week. I've started sending them the scoping doc first and half of them "
                + "vanish");

        // Week 2 (W47)
        say(8, "09:00", secLobby, vik, "morning. honestly I need more direct clients, the MSP subcontract work has "
                + "dried up completely");
        say(8, "09:12", secLobby, nadia, "same story for a few of us. the MSPs are doing it in-house now");
        say(8, "09:20", secLobby, vik, "yeah and badly. Nadia are you still doing the retainer thing?");
        say(8, "09:31", secLobby, nadia, "two retainers, that's what keeps me afloat");
        Post dental = say(8, "14:00", ask, carla, "I run a dental practice, 9 staff. Our insurer wants 'evidence of "
                + "security awareness training' by January. What counts? Do I need to pay someone?");
        say(8, "16:30", warStories, vik, "had a client last month whose 'firewall' was the ISP router with the default "
                + "admin password");
        say(8, "16:40", warStories, ibrahim, "Vik the default creds are still on a sticker underneath, aren't they");
        say(8, "16:45", warStories, vik, "Ibrahim they were on a sticker ON TOP");
        re(9, "09:15", joanne, dental, "Carla, most insurers accept a short online course per person plus a record "
                + "of who did it and when. There are free ones (NCSC's staff training is a good start). Keep a "
                + "spreadsheet with names and dates. Paying someone only makes sense if you also want phishing tests. "
                + "Happy to point you at options if you want, but start with the free one");
        re(9, "10:00", carla, dental, "Oh that's a relief. Doing the NCSC one with the team next week, thank you!");
        Post mfa = say(9, "11:20", ask, sam, "Follow-up from last week: our software vendor says MFA 'slows people "
                + "down'. What's a reasonable thing to push back with?");
        say(9, "13:00", warStories, vik, "anyone else doing more cloud reviews than pen tests this year? my pipeline "
                + "is all Azure tenants");
        say(9, "13:15", warStories, nadia, "Vik yes, half my work is conditional access policies now");
        say(9, "13:22", warStories, vik, "Nadia do you template those or build from scratch each time?");
        say(9, "13:40", warStories, nadia, "template, then argue with the client about exclusions for a week");
        say(9, "17:00", threatIntel, renata, "Google TAG on the new Android spyware chain, technical but readable "
                + "https://blog.google/threat-analysis-group/android-spyware-chain-2026/");
        say(10, "08:50", threatIntel, renata, "Microsoft's November patch notes, two exploited in the wild "
                + "https://msrc.microsoft.com/update-guide/releaseNote/2026-Nov");
        say(10, "09:05", threatIntel, renata, "and the write-up on one of them "
                + "https://www.rapid7.com/blog/post/2026/11/11/patch-tuesday-november-2026/");
        say(10, "09:30", threatIntel, ibrahim, "Renata thanks, the second one hits a client of mine");
        say(10, "09:41", threatIntel, renata, "Ibrahim the mitigation's at the bottom if they can't patch this week");
        say(10, "11:00", secLobby, vik, "Joanne how are you finding new clients these days? referrals only?");
        say(10, "11:20", secLobby, joanne, "mostly referrals and answering people in here tbh. Sam's firm became a "
                + "client after a few months of chatting");
        say(10, "11:25", secLobby, vik, "huh. ok");
        say(11, "10:00", threatIntel, renata, "Europol takedown of a phishing-as-a-service outfit "
                + "https://www.europol.europa.eu/media-press/newsroom/news/phishing-platform-dismantled");
        say(11, "14:30", threatIntel, renata, "interesting research on QR code phishing in car parks "
                + "https://www.ncsc.gov.uk/blog-post/quishing-car-parks");
        say(11, "15:00", warStories, vik, "client asked if they could 'turn off the logs to save money'. the logs are "
                + "the only reason I found anything");
        say(11, "15:10", warStories, ibrahim, "the logs are always the first cost cut. every time");
        say(12, "09:30", threatIntel, renata, "Fortinet advisory, patch if you haven't "
                + "https://www.fortiguard.com/psirt/FG-IR-26-411");
        say(12, "09:50", threatIntel, renata, "and yes, it's being exploited already");
        Post xray = say(12, "12:00", ask, carla, "Another one: our X-ray machine's PC runs Windows 7 and the "
                + "supplier says it can't be updated. Should I be worried?");
        say(12, "16:00", secLobby, vik, "Nadia Ibrahim drinks after the BSides?");
        say(12, "16:10", secLobby, nadia, "yes obviously");
        say(13, "10:00", threatIntel, renata, "weekly roundup from the SANS folks, good list "
                + "https://isc.sans.edu/podcast-weekly-2026-46");
        say(13, "10:05", threatIntel, renata, "quiet-ish week otherwise. patch your Fortinets and have a good weekend");
        re(13, "11:30", ibrahim, xray, "Carla, common in medical kit. Worried enough to isolate it: its own network "
                + "segment, no internet, no email on it, and ask the supplier in writing for their support end date");
        re(13, "12:02", carla, xray, "Thank you Ibrahim, sending the supplier that question today");
        re(13, "15:00", joanne, mfa, "Sam, sorry, missed this. Ask the vendor which logins they mean: MFA with "
                + "remember-this-device for 30 days costs people about ten seconds a month");
        re(13, "15:30", sam, mfa, "ha, ten seconds a month is a great line, using it");

        // Week 3 (W48)
        Post phish = say(16, "09:00", hireMe, carla, "Need: a phishing simulation for 25 staff (two practices) in "
                + "January, with a short report for the insurer. Reply with a rough rate please");
        re(16, "10:20", ibrahim, phish, "Carla, done a lot of these for clinics. Roughly £1,600 for 25 people: two "
                + "campaigns, a short report, one training session for whoever clicks. DM me and I'll send a scope");
        re(16, "11:00", joanne, phish, "+1 to Ibrahim, he did one for a friend's practice and the report was really "
                + "clear");
        re(16, "12:15", carla, phish, "Great, DMing you Ibrahim");
        say(17, "09:20", threatIntel, renata, "the end-of-year threat landscape report is out, long but worth it "
                + "https://www.enisa.europa.eu/publications/threat-landscape-2026");
        say(17, "14:00", secLobby, hal, "Renata thanks for that, reading it on the train");
        say(18, "10:00", warStories, nadia, "found a server under someone's desk labelled 'DO NOT TURN OFF - Gary'. "
                + "Gary left in 2019");
        say(18, "10:12", warStories, hal, "what was on it");
        say(18, "10:20", warStories, nadia, "the entire payroll system");
        say(19, "13:00", secLobby, sam, "Update: restore test took 4 hours and failed twice before it worked. So "
                + "glad we tested. Thank you all");
        say(19, "13:30", secLobby, joanne, "Sam that's exactly why you test. well done pushing for it");
    }

    /** E. Parents learning to code: a room for what got done at nap time, a room for getting unstuck. */
    private void parents() {
        // Week 1 (W46)
        say(1, "13:40", naptime, greta, "45 min nap = finished the CSS grid chapter. the baby woke up mid-sentence "
                + "of the last exercise lol");
        say(1, "14:10", naptime, keisha, "got my weather app calling a real API today!! it's just text but it's REAL");
        say(1, "14:30", naptime, greta, "Keisha that's huge, first API is the best feeling");
        say(1, "21:15", naptime, felix, "Kids in bed by 8 for once. Did 3 freeCodeCamp JS challenges, got stuck on "
                + "the 4th, leaving it for tomorrow's brain");
        say(2, "09:30", playground, priya, "morning all! anyone else doing the study session thursday?");
        say(2, "09:45", playground, greta, "me! if the toddler cooperates");
        say(2, "09:50", playground, priya, "yay see you there Greta");
        say(2, "14:00", naptime, ade, "first pull request to my own repo. yes I reviewed it myself. yes I approved it");
        say(2, "14:05", naptime, keisha, "Ade 😂 approved with comments I hope");
        say(3, "10:20", playground, owen, "hey all! if you could star my repo it'd really help me get noticed by "
                + "recruiters ⭐ https://github.com/owenmarsh/tiny-habits");
        Post loop = say(3, "13:30", stuck, felix, "why does my for loop print 10 ten times instead of 0..9? "
                + "using setTimeout inside it");
        re(3, "13:50", tomas, loop, "Felix classic one! swap var for let in the loop. var is shared by every "
                + "iteration so by the time the timeouts run it's already 10");
        re(3, "14:02", felix, loop, "let fixed it. I would never have found that, thank you");
        say(3, "20:40", naptime, tomas, "Refactored my budget tracker into modules, 400 lines in one file was getting "
                + "silly");
        say(4, "19:00", schedule, greta, "Thursday call at 8:30pm UK as usual? I'll share my screen for the grid stuff");
        say(4, "19:10", schedule, keisha, "yes! will be there after bath time");
        say(5, "15:10", playground, keisha, "away this weekend, back Monday, we're visiting grandparents 🚗");
        say(6, "10:30", naptime, owen, "pushed v0.2 of tiny-habits! streaks work now. stars appreciated 🙏 "
                + "https://github.com/owenmarsh/tiny-habits");
        say(6, "11:15", playground, tomas, "@Keisha Brown did you get the recursion exercise working in the end? I'm "
                + "stuck on the same one and I know you were close");
        say(6, "13:00", naptime, greta, "Saturday nap session: built a little photo grid for my sister's bakery idea");

        // Week 2 (W47)
        say(8, "08:40", playground, keisha, "Back! Tomas: yes, finally, the trick was the base case. return when the "
                + "array is empty, not when it has one item. want me to walk you through it on Thursday?");
        say(8, "09:05", playground, tomas, "yes please, that's exactly where I'm going wrong I think");
        say(8, "09:40", playground, priya, "Day 12 of #100DaysOfCode ✅ flexbox done");
        Post git = say(8, "13:10", stuck, ade, "I committed to the wrong branch. how do I move the commit without "
                + "breaking everything");
        re(8, "13:30", greta, git, "Ade: note the commit hash, switch to the right branch, git cherry-pick the hash, "
                + "then go back and git reset --hard HEAD~1 on the wrong one (only if you haven't pushed!)");
        re(8, "13:50", ade, git, "worked!! thanks Greta");
        say(8, "20:30", playground, priya, "reminder to drink water, coding mamas and papas 💧");
        say(9, "07:15", playground, priya, "Day 13 ✅ started JS basics");
        say(9, "14:00", naptime, keisha, "weather app has icons now ☀️🌧️ my daughter picked them");
        say(9, "14:20", naptime, felix, "Keisha your daughter has good taste");
        say(9, "16:45", playground, priya, "nap time wasted on laundry today 🙃");
        say(10, "09:10", playground, owen, "also started a youtube channel documenting the journey, would mean a lot if "
                + "you subscribed 🙏 https://youtube.com/@owencodesatnight");
        say(10, "10:00", playground, priya, "Day 14 ✅ variables and loops");
        Post css = say(10, "13:25", stuck, ade, "my footer floats in the middle of the page when there's not much "
                + "content. how do I stick it to the bottom?");
        re(10, "13:45", felix, css, "Ade wrap the page in a flex column with min-height: 100vh and give the main bit "
                + "flex: 1. footer gets pushed down");
        re(10, "14:01", ade, css, "perfect, thank you Felix");
        say(10, "21:00", playground, priya, "tired but showed up. that's the win today");
        say(11, "07:30", playground, priya, "Day 15 ✅ functions!!");
        say(11, "12:00", playground, greta, "Priya nice streak! are you using the freeCodeCamp path or something else?");
        say(11, "12:20", playground, priya, "Greta freeCodeCamp mostly, plus a Udemy course I got on sale!");
        say(11, "15:30", playground, priya, "motivation monday... on a wednesday 😅 you've got this everyone");
        say(11, "20:30", schedule, keisha, "Tomas I'll do the recursion walkthrough first thing on the call tomorrow");
        Post async = say(12, "13:15", stuck, ade, "what's the difference between async/await and .then? both seem to "
                + "work");
        re(12, "13:40", tomas, async, "Ade they do the same thing underneath. When I started I used .then for "
                + "everything and my code turned into a staircase, I couldn't read my own functions a week later. I "
                + "switched to async/await and my brain finally followed it top to bottom. I still use .then for "
                + "one-liners though, and I'd say learn both because you'll read both in other people's code");
        re(12, "14:00", ade, async, "that makes sense. thanks Tomas");
        say(12, "14:10", naptime, tomas, "Thursday call was so good, I finally get recursion. my budget tracker now "
                + "walks nested categories and I wrote it myself. I'm weirdly proud of it");
        say(12, "19:45", playground, priya, "Day 16 ✅ arrays");
        say(13, "08:00", playground, priya, "Friday!! coffee and code ☕");
        say(13, "21:00", playground, priya, "Day 17 ✅ objects. brain full");
        say(14, "10:15", naptime, greta, "Sunday win: deployed the photo grid to GitHub Pages. my sister cried a bit");

        // Week 3 (W48)
        say(15, "09:00", playground, greta, "Priya I tried the Udemy one you mentioned, the JS section is great");
        say(15, "09:20", playground, priya, "right?? the instructor explains closures like a bedtime story");
        Post kidq = say(16, "14:00", stuck, felix, "my 8 year old wants to 'make a game'. Scratch or straight to "
                + "Python? he can read fine but types slowly");
        re(16, "14:30", ade, kidq, "Felix my nephew started on Scratch at that age and loved it, no typing needed. he "
                + "moved to Python at 10");
        re(16, "14:45", felix, kidq, "Scratch it is, thanks Ade");
        say(17, "13:30", naptime, ade, "first project with a real footer that stays at the bottom. small things");
        say(17, "20:00", naptime, keisha, "weather app deployed, sent the link to the family group chat. my mum "
                + "asked if it does horoscopes");
        say(18, "19:00", schedule, tomas, "call tomorrow: I can show how I set up my tests if anyone's interested");
        say(18, "19:10", schedule, greta, "yes please Tomas");
        say(19, "21:30", naptime, felix, "son made a cat chase a mouse in Scratch. I have been replaced");
    }

    /** F. Vintage clothing resellers: everyone shows the week's pulls with the listing; a price-check room. */
    private void resellers() {
        // Week 1 (W46)
        say(1, "10:00", pulls, imogen, "estate sale haul 🌹 70s Laura Ashley prairie dress, perfect condition "
                + "https://www.depop.com/products/imogenpryce-laura-ashley-prairie-dress/");
        say(1, "10:30", pulls, carlos, "bins were good to me: 90s Carhartt detroit jacket, bit of fade "
                + "https://www.ebay.co.uk/itm/186500231177");
        say(1, "10:41", pulls, imogen, "Carlos that fade is the good kind");
        say(1, "16:20", rackChat, bree, "anyone else drowning in returns this month? 3 'doesn't fit' in a week");
        say(1, "16:35", rackChat, yusuf, "Bree put the flat measurements in the first photo. cut mine in half");
        say(1, "16:50", rackChat, bree, "first photo, not the description? ok trying that");
        say(2, "09:15", pulls, bree, "80s Escada blazer, gold buttons, shoulder pads of DOOM "
                + "https://www.depop.com/products/breesaunders-escada-blazer-80s/");
        say(2, "12:00", pulls, jax, "Levi's 501s, made in USA, 1994 https://www.depop.com/products/jaxvintage-501-usa-94/");
        say(2, "12:10", pulls, yusuf, "nice find Jax, USA ones are getting rare");
        Post trench = say(3, "11:00", priceCheck, tess, "what would you list a Burberry trench at? mid 80s, small "
                + "stain on the cuff, size 10");
        re(3, "11:30", imogen, trench, "Tess with the stain I'd say £180–220. photograph the stain honestly, buyers "
                + "forgive it if they see it first");
        re(3, "11:45", tess, trench, "ok thanks");
        Post estate = say(3, "15:00", sourcing, carlos, "anyone know estate sale companies around Bristol that "
                + "actually list clothes in the photos?");
        re(3, "15:40", imogen, estate, "Carlos I keep a list of the good ones, Bristol's on it: "
                + "https://docs.google.com/spreadsheets/d/1imogenEstateSalesSW");
        re(3, "15:55", carlos, estate, "you're a hero, thank you");
        say(4, "18:30", pulls, yusuf, "Pendleton board shirt, 60s, loop collar "
                + "https://www.ebay.co.uk/itm/186500988812");
        say(5, "13:10", rackChat, jax, "depop fees going up again next month, anyone moving to vinted?");
        say(5, "13:25", rackChat, carlos, "Jax I list on both now. vinted is slower for menswear though");
        say(5, "13:40", rackChat, jax, "hm ok, might just try a few pieces");
        say(6, "11:00", pulls, jax, "car boot: suede fringe jacket, 70s, needs a clean "
                + "https://www.depop.com/products/jaxvintage-suede-fringe-70s/");

        // Week 2 (W47)
        joins(8, "09:00", rackChat, noor);
        Post intro = say(8, "09:05", rackChat, noor, "hi everyone, I'm Noor! just started reselling from my mum's "
                + "attic, she kept EVERYTHING from the 80s 😅 be gentle");
        re(8, "09:20", bree, intro, "welcome Noor! an 80s attic is the dream. ask anything");
        re(8, "10:02", kit, intro, "welcome Noor! I supply grade-A vintage bales, 25kg mixed for £320, great way to "
                + "bulk up your stock. DM me and I'll sort you a deal");
        re(8, "10:30", noor, intro, "thanks Bree!");
        say(9, "14:00", pulls, carlos, "Barbour Beaufort, rewaxed https://www.ebay.co.uk/itm/186501452233");
        say(9, "14:20", pulls, imogen, "two silk scarves, Hermès-ish but not Hermès, priced honestly "
                + "https://www.depop.com/products/imogenpryce-silk-scarves-pair/");
        say(10, "14:01", rackChat, jax, "new drops https://www.depop.com/products/jaxvintage-harley-tee-90s/");
        say(10, "14:03", rackChat, jax, "https://www.depop.com/products/jaxvintage-leather-trucker/");
        say(10, "14:05", rackChat, jax, "https://www.depop.com/products/jaxvintage-nike-windbreaker-90s/");
        say(10, "14:06", rackChat, jax, "https://www.depop.com/products/jaxvintage-guess-denim-skirt/");
        say(10, "14:08", rackChat, jax, "https://www.depop.com/products/jaxvintage-fila-track-top/");
        say(10, "14:30", rackChat, bree, "lol Jax this is #this-weeks-pulls with extra steps");
        Post bag = say(10, "16:00", priceCheck, tess, "coach bag, 90s, brass hardware, leather's dry. what would "
                + "you ask?");
        re(10, "16:40", carlos, bag, "Tess condition them first (any leather balm), then £90ish. without "
                + "conditioning it sits");
        re(10, "17:00", tess, bag, "ok");
        say(11, "10:10", sourcing, yusuf, "rag house near Swindon does trade days on first Saturdays, ask for the "
                + "'pre-sort' room");
        say(11, "10:30", sourcing, carlos, "Yusuf is it worth the drive? I've heard it's mostly fast fashion");
        say(11, "10:45", sourcing, yusuf, "80% fast fashion, but the pre-sort room is where the good stuff hides. "
                + "go early");
        say(12, "12:00", pulls, bree, "mum-style Levi's x3, different washes "
                + "https://www.depop.com/products/breesaunders-levis-mom-jeans-bundle/");
        say(13, "09:30", pulls, noor, "first ever listing!! 80s batwing jumper from the attic "
                + "https://www.vinted.co.uk/items/4401723-batwing-jumper");
        say(13, "09:50", pulls, imogen, "Noor that's a great first piece 🌹");

        // Week 3 (W48)
        say(15, "10:00", pulls, jax, "Harley tee finally sold. this week: Champion reverse weave, 90s "
                + "https://www.depop.com/products/jaxvintage-champion-rw-90s/");
        Post pendleton = say(15, "11:00", priceCheck, tess, "pendleton wool shirt, 70s, size L, no flaws. price?");
        re(15, "11:40", yusuf, pendleton, "Tess £55–65, more if it's a loop collar");
        say(15, "12:00", priceCheck, tess, "it's not. ok");
        say(16, "15:00", rackChat, noor, "@Bree Saunders wait, I bought that 80s Escada blazer off you last year "
                + "and didn't realise you were here! still my favourite thing. do you ever get the matching skirts?");
        say(16, "15:40", rackChat, bree, "Noor no way!! so happy it went to a good home 🥹 skirts are rare but I'll "
                + "keep an eye out and tag you");
        Post wind = say(17, "10:15", priceCheck, noor, "first time posting here, what's a fair price for this 90s "
                + "windbreaker? colour block, tiny pull on the sleeve");
        Post boots = say(17, "11:00", priceCheck, tess, "and these, 80s cowboy boots, size 6, resoled. what "
                + "would you ask?");
        re(17, "12:30", bree, boots, "Tess resoled is a plus, £70–85");
        re(17, "13:00", tess, boots, "ok");
        say(17, "15:20", rackChat, tess, "slow sales week for anyone else?");
        say(17, "15:30", rackChat, carlos, "always slow before black friday, people are waiting");
        re(18, "09:10", imogen, wind, "Noor sorry this sat! £30–38 for a colour block one, mention the pull and "
                + "show it");
        re(18, "09:30", noor, wind, "thank you Imogen!!");
        say(19, "16:00", pulls, yusuf, "military parka, 1980s, all patches intact https://www.ebay.co.uk/itm/186502019944");
        say(19, "16:20", pulls, carlos, "Yusuf that's a good one, the patches make it");
        Post trucker = say(20, "11:00", priceCheck, tess, "levi's trucker jacket type 3, 80s. price?");
        re(20, "11:25", carlos, trucker, "Tess check the tag first: if it's a made-in-USA one, £80+, otherwise "
                + "£45–55");
        re(20, "11:40", tess, trucker, "ok ta");
    }

    /** G. A community choir: notes from the director, lifts, the winter concert; nobody sells but one soloist. */
    private void choir() {
        // Week 1 (W46)
        say(1, "20:45", podium, ruth, "Lovely rehearsal tonight. For Thursday: sopranos, bars 40–56 of the Rutter, "
                + "please. Basses, the low D is a D, not a suggestion 😉");
        say(1, "21:05", foyer, pete, "the low D is a suggestion and I will die on this hill");
        say(1, "21:10", foyer, joel, "Pete you'll die ON the low D");
        Post organ = say(1, "21:20", foyer, anneliese, "are we doing the Rutter with organ or piano at the concert?");
        re(1, "21:35", harriet, organ, "organ on the night, piano in rehearsals. Ruth says it'll feel huge");
        say(2, "09:00", winter, harriet, "Tickets for the 12 December concert are on sale! £10 / £5 concessions, "
                + "bring your families https://www.ticketsource.co.uk/riversidechoir");
        say(2, "09:30", winter, anneliese, "booked 6 already, my whole family is coming");
        say(2, "10:15", lifts, joel, "anyone coming from Hartley way on Thursday? happy to give a lift, 3 seats");
        say(2, "10:40", lifts, pete, "Joel yes please! the usual corner by the chemist?");
        say(2, "10:45", lifts, joel, "yep 6:50");
        say(3, "20:00", lifts, pete, "Joel could you do next Thursday too?");
        say(3, "20:20", lifts, joel, "yep, standing arrangement now 👍");
        say(3, "19:30", foyer, celeste, "does anyone have a spare black folder? mine fell apart");
        say(3, "19:40", foyer, doug, "Celeste I've got two, I'll bring one Thursday");
        say(3, "19:45", foyer, celeste, "thank you Doug!!");
        say(4, "11:00", foyer, harriet, "@Anneliese Ward could you run the alto sectional on Wednesday the 18th? I'm "
                + "at a work thing that night");
        say(4, "22:00", podium, ruth, "Thank you all. Next Monday we stage the concert order for the first time, "
                + "arrive 10 minutes early please");
        say(5, "12:30", foyer, doug, "cracking rehearsal last night, the Rutter is finally coming together");
        say(5, "12:40", foyer, pete, "even the low D 👀");

        // Week 2 (W47)
        say(8, "08:30", foyer, anneliese, "So sorry Harriet, I was at my mum's all week with no signal! Happy to take "
                + "your sectional on the 18th, send me the bars");
        say(8, "08:50", foyer, harriet, "you're a star, bars 12–60 of the Gjeilo");
        say(8, "12:00", foyer, celeste, "my solo recital at St Anne's is on the 21st!! Schubert and Fauré, tickets "
                + "£12 https://www.eventbrite.co.uk/e/celeste-moreau-winter-recital-tickets");
        say(8, "12:20", foyer, pete, "ooh Celeste good luck!");
        say(8, "21:10", podium, ruth, "Concert order is now in the shared folder. Black on top, any colour scarf. "
                + "Thursday we run it straight through");
        say(9, "09:00", winter, harriet, "Reminder: 40 tickets left for the 12th 🎄 "
                + "https://www.ticketsource.co.uk/riversidechoir");
        say(9, "10:00", winter, celeste, "while you're buying tickets, my recital is this month too 😊 "
                + "https://www.eventbrite.co.uk/e/celeste-moreau-winter-recital-tickets");
        say(10, "18:00", lifts, celeste, "anyone coming to my recital could carpool from here! tickets: "
                + "https://www.eventbrite.co.uk/e/celeste-moreau-winter-recital-tickets");
        Post scarf = say(10, "19:30", winter, joel, "do the basses wear the same scarves as everyone or is there a "
                + "bass scarf");
        re(10, "19:45", harriet, scarf, "Joel any colour! Ruth wants it festive, not uniform");
        re(10, "19:50", joel, scarf, "excellent, the orange one it is");
        say(9, "19:00", foyer, joel, "what's everyone wearing on top? my only black jumper has a hole in the elbow");
        say(9, "19:10", foyer, pete, "Joel nobody will see a hole from the back row");
        say(9, "19:12", foyer, joel, "I'm in the FRONT row Pete");
        say(11, "20:00", foyer, doug, "Anneliese the sectional was great tonight, thank you");
        say(11, "20:10", foyer, anneliese, "Doug you weren't even there, it was altos 😂");
        say(11, "20:15", foyer, doug, "I could hear it from the car park, that counts");
        say(12, "22:00", podium, ruth, "Best run-through yet. Sopranos, the top A in the Gjeilo was beautiful. "
                + "Everyone: please learn the last page off copy by the 1st");
        say(11, "12:00", foyer, celeste, "two days till my recital! still a few tickets "
                + "https://www.eventbrite.co.uk/e/celeste-moreau-winter-recital-tickets");
        say(11, "12:30", foyer, anneliese, "Celeste I'll try to come!");

        // Week 3 (W48)
        say(15, "21:00", podium, ruth, "Three weeks to go. Dress rehearsal is Thursday 10th at the church, 6:30 sharp");
        say(15, "21:20", foyer, harriet, "that felt like a proper concert run tonight");
        say(15, "21:30", foyer, ruth, "Harriet it did. the altos carried the Gjeilo");
        say(16, "09:00", winter, harriet, "Final push for tickets! We're at 150 sold, let's fill the church "
                + "https://www.ticketsource.co.uk/riversidechoir");
        say(16, "10:30", lifts, joel, "@Doug Fairweather could you pick me up Thursday? car's in the garage till "
                + "next week. I'm by the library");
        say(16, "19:00", foyer, doug, "did anyone see the Christmas lights went up on the bridge? very festive");
        say(16, "19:15", foyer, pete, "they're a bit much this year Doug");
        say(17, "12:30", foyer, doug, "Pete a bit much is the point of Christmas lights");
        say(17, "20:00", foyer, celeste, "thank you to everyone who came on Saturday, especially Anneliese and Pete "
                + "🥹");
        say(17, "20:10", foyer, pete, "it was gorgeous Celeste, the Fauré!!");
        say(18, "14:00", lifts, joel, "sorted, Pete's picking me up");
        say(18, "14:20", lifts, pete, "6:50 outside the library Joel");
        say(19, "22:10", podium, ruth, "Thank you for a focused rehearsal. Last page off copy next week please, "
                + "I'll be watching 👀");
        say(19, "22:30", foyer, doug, "Ruth I have it memorised. the words. not the notes");
        say(20, "10:00", foyer, harriet, "alto social after the concert at the Swan, all sections welcome");
        say(20, "10:20", foyer, pete, "count me in for the Swan");
        say(20, "10:30", foyer, anneliese, "and me! Joel you're coming, no excuses");
        Post stands = say(18, "19:00", winter, anneliese, "do we bring our own music stands to the church?");
        re(18, "19:30", harriet, stands, "no, they have them. just folders, and a bottle of water");
    }

    /** H. Indie mobile-app developers and their beta testers: release notes in one room, tester calls in another. */
    private void apps() {
        // Week 1 (W46)
        say(1, "10:00", whatShipped, quinn, "Tally 1.4.1: offline mode for the counters, fixed the widget not "
                + "refreshing on iOS 18 https://tallyapp.dev/changelog#1-4-1");
        say(1, "11:30", whatShipped, bo, "Fika Timer 2.0 is out. rewrote the whole thing in Compose, 30% smaller APK "
                + "https://fikatimer.se/releases/2.0");
        say(1, "11:45", whatShipped, quinn, "Bo 30% smaller is wild, what did you cut?");
        say(1, "12:10", whatShipped, bo, "Quinn mostly an old charting lib I used for one screen 🙈");
        say(1, "15:00", appLobby, mason, "Big week for me. I hit $1k MRR on my habit app on Sunday, which I honestly "
                + "didn't think I'd see this year. My churn is down to 4% since I rebuilt my onboarding, and my trial "
                + "conversion went from 9% to 14%. I'm going to write up my whole pricing experiment at some point");
        say(1, "15:20", appLobby, rosa, "congrats Mason!");
        say(1, "15:40", appLobby, mason, "Thanks! I think the key for me was that I stopped adding features and "
                + "fixed my paywall copy. I spent two weeks on my paywall alone. My next goal is $2k by March, I've "
                + "got my roadmap pinned on my wall lol");
        Post call = say(2, "09:00", testerCalls, farah, "Looking for 10 Android testers for Stitchly (knitting "
                + "pattern tracker) 🧶 two weeks, tell me what confuses you. Join here: "
                + "https://play.google.com/apps/testing/dev.farah.stitchly");
        re(2, "09:30", eli, call, "in! my partner knits so I'll make her do the hard bits");
        say(2, "14:00", feedback, nell, "would love honest feedback on my onboarding, 3 screens. is step 2 too "
                + "long? https://nellashby.dev/onboarding-v2");
        say(2, "14:40", feedback, quinn, "Nell step 2 asks for 5 things before showing me anything. I'd drop to "
                + "name + goal and ask the rest later");
        say(2, "15:00", feedback, bo, "+1, and the skip button is nearly invisible on dark mode");
        say(2, "15:20", feedback, nell, "ugh you're both right. cutting it to two fields tonight, thank you");
        say(3, "11:00", appLobby, mason, "My app got featured in a newsletter this morning and my downloads tripled. "
                + "I'm watching my dashboard like a hawk, I've never had a spike like this. My server is fine so far, "
                + "I'd upgraded my database plan last month just in case");
        say(3, "11:20", appLobby, bo, "nice, which newsletter?");
        say(3, "11:25", appLobby, mason, "a productivity one, 40k subs. I'd pitched them in September and forgotten "
                + "about it. My inbox is full of support emails now, I'm answering them all myself");
        Post build = say(3, "16:00", appLobby, rosa, "is there a way to see which build I'm on in TestFlight? I keep "
                + "reporting bugs for old builds 🙈");
        re(3, "16:20", quinn, build, "Rosa it's under the app's name in TestFlight, 'Build 42' and so on");
        re(3, "16:25", rosa, build, "oh there it is. thank you!");
        say(4, "09:00", testerCalls, farah, "Stitchly update: 6 testers in, 4 spots left "
                + "https://play.google.com/apps/testing/dev.farah.stitchly");
        say(4, "13:00", whatShipped, farah, "Stitchly 0.9 beta: row counter survives the app being killed now (sorry "
                + "to everyone who lost their place) https://stitchly.app/notes/0-9");
        say(4, "13:30", whatShipped, rosa, "Farah thank you, that one got me twice 😂");
        say(5, "16:00", appLobby, mason, "Spike's calmed down. I kept about 30% of the new users which I'm really "
                + "happy with. I'll post my numbers when I have a full week");
        say(6, "10:00", testerCalls, farah, "Last 2 spots for Stitchly testing, closing tomorrow "
                + "https://play.google.com/apps/testing/dev.farah.stitchly");
        say(6, "10:30", testerCalls, rosa, "grabbed one! Farah does it work on tablets?");
        say(6, "10:50", testerCalls, farah, "Rosa it should, landscape is ugly though, tell me how ugly");

        // Week 2 (W47)
        say(8, "10:00", appLobby, zed, "could everyone rate my app on the play store? ratings really help the "
                + "algorithm 🙏 https://play.google.com/store/apps/details?id=com.zedharlow.plantpal");
        say(8, "11:00", whatShipped, mason, "Habitly 3.2: streak freezes, and the widget finally respects dark mode "
                + "https://habitly.app/changelog/3-2");
        Post crash = say(9, "09:15", whatShipped, rosa, "@Quinn Lee does 1.4.1 fix the crash on Android 12 when you "
                + "rotate the counter screen? still getting it on my old phone");
        say(9, "12:00", appLobby, eli, "first week at the new job done, tired but good");
        say(9, "12:10", appLobby, quinn, "congrats Eli!");
        say(9, "14:00", dmZedEli, zed, "hey Eli, would you mind leaving plantpal a 5 star review? 🙏 it'd help "
                + "loads https://play.google.com/store/apps/details?id=com.zedharlow.plantpal");
        re(10, "08:40", quinn, crash, "Rosa not yet, I can reproduce it though. fix is in 1.4.2, should be out Friday. "
                + "thanks for the report!");
        say(10, "09:00", whatShipped, bo, "Fika Timer 2.0.1: the break reminder no longer fires during calls "
                + "https://fikatimer.se/releases/2.0.1");
        say(10, "18:00", appLobby, rosa, "got the job!! I start in January 🎉");
        say(10, "18:20", appLobby, farah, "ROSA 🎉🎉");
        say(10, "19:00", appLobby, zed, "congrats on the job Rosa! could you leave plantpal a rating too? 🙏");
        Post pricing = say(11, "13:00", feedback, bo, "thinking of going from one-off €3.99 to €1.49/month. roast my "
                + "reasoning: https://fikatimer.se/pricing-draft");
        re(11, "13:40", mason, pricing, "Bo subscription for a timer is a hard sell unless there's sync or stats. "
                + "Maybe keep the one-off and add a pro tier with those?");
        re(11, "14:00", farah, pricing, "agree with Mason, people hate subscriptions for small tools. I'd keep the "
                + "one-off");
        re(11, "14:15", bo, pricing, "ok that's two for one-off. keeping it, thank you both");
        say(12, "10:00", whatShipped, quinn, "Tally 1.4.2: rotation crash on Android 12 fixed (thanks Rosa!) "
                + "https://tallyapp.dev/changelog#1-4-2");
        say(12, "10:30", whatShipped, farah, "Stitchly 0.9.1: tablet landscape is now merely plain, not ugly "
                + "https://stitchly.app/notes/0-9-1");
        say(13, "16:00", whatShipped, mason, "Habitly 3.2.1: hotfix for the streak freeze counting twice "
                + "https://habitly.app/changelog/3-2-1");

        // Week 3 (W48)
        say(15, "09:30", appLobby, eli, "anyone else's TestFlight builds expiring early this week?");
        say(15, "09:50", appLobby, quinn, "Eli yes, Apple had an outage over the weekend, re-invite fixed it for me");
        say(15, "10:30", appLobby, eli, "re-invite worked, thanks Quinn");
        say(16, "11:00", whatShipped, bo, "Fika Timer 2.1: Wear OS tile! https://fikatimer.se/releases/2.1");
        say(16, "11:20", whatShipped, quinn, "Bo the tile is so clean");
        say(17, "08:15", appLobby, nell, "https://apps.apple.com/gb/app/nudge-journal/id6470021337");
        say(17, "14:00", testerCalls, quinn, "Tally 1.5 beta needs 5 iPad testers, widgets on the lock screen "
                + "https://testflight.apple.com/join/TaLLy15b");
        say(17, "14:20", testerCalls, rosa, "I have an old iPad, in");
        say(18, "12:00", appLobby, mason, "Bo did you keep the one-off price in the end?");
        say(18, "12:30", appLobby, bo, "Mason yes, and added a €2.99 pro unlock for stats. 11 sales already");
        say(18, "12:35", appLobby, mason, "nice, told you the stats would sell");
        say(19, "15:00", whatShipped, farah, "Stitchly 1.0 is on the Play Store!!! thank you to every single tester "
                + "here 🧶 https://stitchly.app/notes/1-0");
        say(19, "15:20", whatShipped, rosa, "FARAH 🎉");
        say(19, "15:30", whatShipped, eli, "my partner says thank you for the row counter");
        say(20, "13:00", appLobby, farah, "1.0 weekend: 212 downloads, three one-star reviews all about landscape "
                + "mode 😭");
        say(20, "13:20", appLobby, bo, "Farah landscape people are a proud and vocal minority");
        say(20, "13:30", appLobby, farah, "🙃 fixing it anyway");
    }
}
