package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Held-out round 15: eight communities, written and labelled (held-out-scenes-15.csv) before the coach was run on
 * them. Three weeks from Monday 9 November 2026 (ISO weeks 2026-W46..W48), UTC. Run {@link #main} from the project
 * root to write bot/src/test/resources/eval/held-out-scenes-15/; ScenesAreUpToDateTest keeps it in step.
 */
final class HeldOutScenes15Script extends StoryScript {
    private static final SceneIds IDS = new SceneIds(10000);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 9);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 11, 30, 9, 12, 0, 0, ZoneOffset.UTC);

    // --- A. Hearth & Crumb: a family-run bakery's regulars ---
    private static final String BAKERY = IDS.guild(461);
    private static final String BAKERY_NAME = "Hearth & Crumb Regulars";
    private static final Role FAMILY = new Role(IDS.id("2023-05-02"), "Team", "#c27c0e", 3);
    private static final Role REGULAR = new Role(IDS.id("2023-05-02"), "Regular Customer", "#a84300", 2);
    private static final Channel COUNTER = IDS.channel(BAKERY, BAKERY_NAME, "counter-chat",
            "Say hi, talk bread, talk neighbourhood ☕", "bakery-counter-chat.json");
    private static final Channel BAKE_AT_HOME = IDS.channel(BAKERY, BAKERY_NAME, "bake-at-home",
            "Your own loaves, flops and experiments", "bakery-bake-at-home.json");
    private static final Channel ORDERS = IDS.channel(BAKERY, BAKERY_NAME, "orders-and-pickups",
            "Preorders, pickups, allergens, catering. Theo looks after this one.", "bakery-orders-and-pickups.json");
    private static final Channel OVEN = IDS.channel(BAKERY, BAKERY_NAME, "oven-board",
            "What's coming out of the oven this week (posted by the family)", "bakery-oven-board.json");
    private static final Persona MARTA = IDS.person("marta.bakes", "Marta Lindqvist", FAMILY);
    private static final Persona THEO = IDS.person("theo_lq", "Theo Lindqvist", FAMILY);
    private static final Persona GUS = IDS.person("gusharrow", "Gus Harrow", REGULAR);
    private static final Persona WREN = IDS.person("wren.a", "Wren Adeyemi", REGULAR);
    private static final Persona PAULINA = IDS.person("paulina_s", "Paulina Sroka", REGULAR);
    private static final Persona DEV = IDS.person("devraman", "Dev Raman", REGULAR);
    private static final Persona BEA = IDS.person("beacastellano", "Bea Castellano", REGULAR);
    private static final Persona OLLIE = IDS.person("olliefinch", "Ollie Finch");

    // --- B. Skyline FPV Club: drone pilots ---
    private static final String DRONES = IDS.guild(462);
    private static final String DRONES_NAME = "Skyline FPV Club";
    private static final Channel HANGAR = IDS.channel(DRONES, DRONES_NAME, "hangar",
            "General chat. Be nice, fly safe, check the NOTAMs.", "fpv-hangar.json");
    private static final Channel PROPS_DOWN = IDS.channel(DRONES, DRONES_NAME, "props-down",
            "Back from a session? Where you flew, what flew well, what broke.", "fpv-props-down.json");
    private static final Channel HELP_DESK = IDS.channel(DRONES, DRONES_NAME, "help-desk",
            "Betaflight, binding, soldering, goggles: ask away", "fpv-help-desk.json");
    private static final Channel FIELD_DAYS = IDS.channel(DRONES, DRONES_NAME, "field-days",
            "Group flying days, lifts, borrowing kit", "fpv-field-days.json");
    private static final Persona DANA = IDS.person("dana_whit", "Dana Whitlock");
    private static final Persona MARCO = IDS.person("marcob_fpv", "Marco Bellini");
    private static final Persona KYLE = IDS.person("kyleperrin", "Kyle Perrin");
    private static final Persona SADE = IDS.person("sade.okon", "Sade Okon");
    private static final Persona LUKAS = IDS.person("lukasb", "Lukas Brandt");
    private static final Persona HIRO = IDS.person("hiro_rips", "Hiro Tanaka");
    private static final Persona FERN = IDS.person("ferngalloway", "Fern Galloway");

    // --- C. Inkwell Collective: indie comic artists selling prints ---
    private static final String INK = IDS.guild(463);
    private static final String INK_NAME = "Inkwell Collective";
    private static final Channel TABLE_TALK = IDS.channel(INK, INK_NAME, "table-talk",
            "Chat for the collective", "ink-table-talk.json");
    private static final Channel FRESH_INK = IDS.channel(INK, INK_NAME, "fresh-ink",
            "New pages, covers, sketches. Link your latest so we can go read it.", "ink-fresh-ink.json");
    private static final Channel CON_CIRCUIT = IDS.channel(INK, INK_NAME, "con-circuit",
            "Conventions, zine fests, table shares", "ink-con-circuit.json");
    private static final Channel PRINT_TALK = IDS.channel(INK, INK_NAME, "paper-and-printers",
            "Printers, paper stock, pricing, shipping", "ink-paper-and-printers.json");
    private static final Persona MINA = IDS.person("minacho", "Mina Cho");
    private static final Persona RORY = IDS.person("roryquill", "Rory Quill");
    private static final Persona AYO = IDS.person("ayo.draws", "Ayo Bankole");
    private static final Persona JESS = IDS.person("jessvarga", "Jess Varga");
    private static final Persona TOMASZ = IDS.person("tomasz_n", "Tomasz Nowak");
    private static final Persona LILA = IDS.person("lilafen", "Lila Fenwick");
    private static final Persona GRANT = IDS.person("grant.mercer", "Grant Mercer");

    // --- D. Perimeter Guild: B2B cybersecurity consultants ---
    private static final String SEC = IDS.guild(464);
    private static final String SEC_NAME = "Perimeter Guild";
    private static final Channel SEC_LOBBY = IDS.channel(SEC, SEC_NAME, "lobby",
            "General chat for members", "sec-lobby.json");
    private static final Channel THREAT_INTEL = IDS.channel(SEC, SEC_NAME, "threat-intel",
            "Articles worth reading: advisories, write-ups, research", "sec-threat-intel.json");
    private static final Channel ASK = IDS.channel(SEC, SEC_NAME, "ask-a-consultant",
            "Business owners: ask members anything about security. Members: answer kindly, no pitching.",
            "sec-ask-a-consultant.json");
    private static final Channel WAR_STORIES = IDS.channel(SEC, SEC_NAME, "war-stories",
            "Engagement stories. Anonymise everything!", "sec-war-stories.json");
    private static final Channel HIRE_ME = IDS.channel(SEC, SEC_NAME, "hire-me",
            "Members with capacity: say what you offer. Clients: post what you need.", "sec-hire-me.json");
    private static final Persona VIK = IDS.person("vik.ostrowski", "Vik Ostrowski");
    private static final Persona HAL = IDS.person("halbrennan", "Hal Brennan");
    private static final Persona RENATA = IDS.person("renata.silva", "Renata Silva");
    private static final Persona JOANNE = IDS.person("joannepike", "Joanne Pike");
    private static final Persona SAM = IDS.person("sam_okafor", "Sam Okafor");
    private static final Persona CARLA = IDS.person("carladiaz.dds", "Carla Diaz");
    private static final Persona IBRAHIM = IDS.person("ibrahim.y", "Ibrahim Yusuf");
    private static final Persona NADIA = IDS.person("nadiakerr", "Nadia Kerr");

    // --- E. Byte-Sized Parents: parents learning to code ---
    private static final String PARENTS = IDS.guild(465);
    private static final String PARENTS_NAME = "Byte-Sized Parents";
    private static final Channel PLAYGROUND = IDS.channel(PARENTS, PARENTS_NAME, "playground",
            "General chat. Kids may interrupt.", "parents-playground.json");
    private static final Channel NAPTIME = IDS.channel(PARENTS, PARENTS_NAME, "naptime-commits",
            "What did you get done while they slept?", "parents-naptime-commits.json");
    private static final Channel STUCK = IDS.channel(PARENTS, PARENTS_NAME, "stuck",
            "JS, Python, CSS, git: no question too small", "parents-stuck.json");
    private static final Channel SCHEDULE = IDS.channel(PARENTS, PARENTS_NAME, "study-schedule",
            "Co-working sessions and the Thursday call", "parents-study-schedule.json");
    private static final Persona PRIYA = IDS.person("priya.codes", "Priya Nair");
    private static final Persona OWEN = IDS.person("owenmarsh", "Owen Marsh");
    private static final Persona KEISHA = IDS.person("keisha_b", "Keisha Brown");
    private static final Persona TOMAS = IDS.person("tomasruiz", "Tomas Ruiz");
    private static final Persona GRETA = IDS.person("greta.holm", "Greta Holm");
    private static final Persona ADE = IDS.person("ade_ola", "Ade Oladipo");
    private static final Persona FELIX = IDS.person("felixamsel", "Felix Amsel");

    // --- F. Second Hand Rose: vintage clothing resellers ---
    private static final String ROSE = IDS.guild(466);
    private static final String ROSE_NAME = "Second Hand Rose";
    private static final Channel RACK_CHAT = IDS.channel(ROSE, ROSE_NAME, "rack-chat",
            "General chat for resellers", "rose-rack-chat.json");
    private static final Channel PULLS = IDS.channel(ROSE, ROSE_NAME, "this-weeks-pulls",
            "What you found this week. Link the listing if it's up.", "rose-this-weeks-pulls.json");
    private static final Channel PRICE_CHECK = IDS.channel(ROSE, ROSE_NAME, "price-check",
            "Not sure what to list it at? Post it, get opinions. Give one, get one.", "rose-price-check.json");
    private static final Channel SOURCING = IDS.channel(ROSE, ROSE_NAME, "sourcing",
            "Estate sales, bins, auctions, suppliers", "rose-sourcing.json");
    private static final Persona JAX = IDS.person("jaxvintage", "Jax Moreno");
    private static final Persona TESS = IDS.person("tess.albright", "Tess Albright");
    private static final Persona IMOGEN = IDS.person("imogenpryce", "Imogen Pryce");
    private static final Persona CARLOS = IDS.person("carlos.m", "Carlos Medina");
    private static final Persona BREE = IDS.person("breesaunders", "Bree Saunders");
    private static final Persona YUSUF = IDS.person("yusufdemir", "Yusuf Demir");
    private static final Persona KIT = IDS.person("kit_bales", "Kit Lawson");
    private static final Persona NOOR = IDS.person("noor.h", "Noor Haddad");

    // --- G. Riverside Community Choir ---
    private static final String CHOIR = IDS.guild(467);
    private static final String CHOIR_NAME = "Riverside Community Choir";
    private static final Channel FOYER = IDS.channel(CHOIR, CHOIR_NAME, "foyer",
            "Chat for choir members", "choir-foyer.json");
    private static final Channel PODIUM = IDS.channel(CHOIR, CHOIR_NAME, "from-the-podium",
            "Notes and reminders from Ruth", "choir-from-the-podium.json");
    private static final Channel LIFTS = IDS.channel(CHOIR, CHOIR_NAME, "lifts",
            "Offer or ask for a lift to rehearsals", "choir-lifts.json");
    private static final Channel WINTER = IDS.channel(CHOIR, CHOIR_NAME, "winter-concert",
            "Everything about the 12 December concert: tickets, dress, timings", "choir-winter-concert.json");
    private static final Persona RUTH = IDS.person("ruth.abernathy", "Ruth Abernathy");
    private static final Persona CELESTE = IDS.person("celeste_m", "Celeste Moreau");
    private static final Persona DOUG = IDS.person("dougfw", "Doug Fairweather");
    private static final Persona HARRIET = IDS.person("harriet.kwan", "Harriet Kwan");
    private static final Persona PETE = IDS.person("petelomax", "Pete Lomax");
    private static final Persona ANNELIESE = IDS.person("anneliese_w", "Anneliese Ward");
    private static final Persona JOEL = IDS.person("joelmensah", "Joel Mensah");

    // --- H. Pocket Studio: indie mobile-app developers and their beta testers ---
    private static final String APPS = IDS.guild(468);
    private static final String APPS_NAME = "Pocket Studio";
    private static final Channel APP_LOBBY = IDS.channel(APPS, APPS_NAME, "lobby",
            "Indie app devs and the testers who put up with us", "apps-lobby.json");
    private static final Channel WHAT_SHIPPED = IDS.channel(APPS, APPS_NAME, "what-shipped",
            "Dropped a build? Tell us what changed. Release notes links welcome.", "apps-what-shipped.json");
    private static final Channel TESTER_CALLS = IDS.channel(APPS, APPS_NAME, "tester-calls",
            "Post your call for beta testers here, with your TestFlight / Play link", "apps-tester-calls.json");
    private static final Channel FEEDBACK = IDS.channel(APPS, APPS_NAME, "feedback-corner",
            "Share a screen, a store page or an onboarding flow and ask for honest feedback", "apps-feedback-corner.json");
    private static final Persona ZED = IDS.person("zedharlow", "Zed Harlow");
    private static final Persona MASON = IDS.person("masonreid", "Mason Reid");
    private static final Persona NELL = IDS.person("nellashby", "Nell Ashby");
    private static final Persona QUINN = IDS.person("quinnlee", "Quinn Lee");
    private static final Persona FARAH = IDS.person("farah.aziz", "Farah Aziz");
    private static final Persona BO = IDS.person("bo_lindgren", "Bo Lindgren");
    private static final Persona ROSA = IDS.person("rosavance", "Rosa Vance");
    private static final Persona ELI = IDS.person("eliturner", "Eli Turner");

    // --- Direct messages (DiscordChatExporter files them under guild 0) ---
    private static final Channel DM_GRANT_TOMASZ = direct("Tomasz Nowak", "dm-grant-mercer-tomasz-nowak.json");
    private static final Channel DM_ZED_ELI = direct("Eli Turner", "dm-zed-harlow-eli-turner.json");

    private static final List<Channel> CHANNELS = List.of(COUNTER, BAKE_AT_HOME, ORDERS, OVEN,
            HANGAR, PROPS_DOWN, HELP_DESK, FIELD_DAYS,
            TABLE_TALK, FRESH_INK, CON_CIRCUIT, PRINT_TALK,
            SEC_LOBBY, THREAT_INTEL, ASK, WAR_STORIES, HIRE_ME,
            PLAYGROUND, NAPTIME, STUCK, SCHEDULE,
            RACK_CHAT, PULLS, PRICE_CHECK, SOURCING,
            FOYER, PODIUM, LIFTS, WINTER,
            APP_LOBBY, WHAT_SHIPPED, TESTER_CALLS, FEEDBACK,
            DM_GRANT_TOMASZ, DM_ZED_ELI);

    private static final List<Persona> PEOPLE = List.of(MARTA, THEO, GUS, WREN, PAULINA, DEV, BEA, OLLIE,
            DANA, MARCO, KYLE, SADE, LUKAS, HIRO, FERN,
            MINA, RORY, AYO, JESS, TOMASZ, LILA, GRANT,
            VIK, HAL, RENATA, JOANNE, SAM, CARLA, IBRAHIM, NADIA,
            PRIYA, OWEN, KEISHA, TOMAS, GRETA, ADE, FELIX,
            JAX, TESS, IMOGEN, CARLOS, BREE, YUSUF, KIT, NOOR,
            RUTH, CELESTE, DOUG, HARRIET, PETE, ANNELIESE, JOEL,
            ZED, MASON, NELL, QUINN, FARAH, BO, ROSA, ELI);

    private HeldOutScenes15Script() {
        super(new Story(FIRST_DAY, 21, ZoneOffset.UTC, PEOPLE));
        bakery();
        drones();
        comics();
        security();
        parents();
        resellers();
        choir();
        apps();
    }

    private static Channel direct(String otherSide, String file) {
        return new Channel(Channel.DIRECT_MESSAGES_GUILD, "Direct Messages", IDS.id("2026-11-01"), "DirectTextChat",
                null, "Private", otherSide, null, file);
    }

    /** The round's export: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, new HeldOutScenes15Script().story.posts());
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-15"), files(), "held-out round 15");
    }

    /** A. A family bakery's regulars: the family posts the week's bakes, regulars show their own home baking. */
    private void bakery() {
        // Week 1 (W46)
        say(1, "07:40", OVEN, MARTA, "Monday bake 🥖 seeded rye, cardamom knots (yes they're back), and the first stollen "
                + "test batch. Saturday preorders are open: https://hearthandcrumb.co.uk/preorder");
        say(1, "08:12", COUNTER, GUS, "cardamom knots are back?? that's my week sorted");
        say(1, "08:20", COUNTER, WREN, "Gus you say this every single time 😂");
        say(1, "08:26", COUNTER, GUS, "and every single time it's true");
        Post rye = say(1, "12:35", BAKE_AT_HOME, PAULINA, "attempt #3 at a 75% hydration loaf. better ear this time, "
                + "still a bit gummy in the middle https://imgur.com/a/pSr0k3a");
        re(1, "13:04", DEV, rye, "way better than #2! gummy usually means pull it 5 min later or let it cool properly. "
                + "mine from sunday, same problem lol https://imgur.com/a/dvR4n1x");
        re(1, "13:20", PAULINA, rye, "I ALWAYS cut it warm. ok. patience. thank you Dev");
        say(2, "07:55", ORDERS, THEO, "Saturday pickups are 8–11 this week. Anything not collected by 11 goes to the "
                + "community fridge on Alder St, so please come on time 🙏");
        Post cake = say(2, "10:15", BAKE_AT_HOME, BEA, "my sister's wedding cake!! did all the sugar flowers myself, "
                + "3 nights of my life https://imgur.com/a/bCk77aa");
        cake.react("😍", WREN, PAULINA, GUS);
        re(2, "10:40", WREN, cake, "Bea that's ridiculous (complimentary). the peonies!!");
        Post dino = say(2, "19:20", BAKE_AT_HOME, WREN, "focaccia art for my nephew's birthday, he requested a "
                + "dinosaur 🦖 https://imgur.com/a/wR3nF0c");
        re(2, "19:48", GUS, dino, "that is a magnificent stegosaurus");
        joins(3, "08:01", COUNTER, OLLIE);
        Post gf = say(3, "08:05", COUNTER, OLLIE, "hi! moved to the area last month. do you do anything without gluten? "
                + "my partner's coeliac and misses proper bread");
        re(3, "08:31", MARTA, gf, "Welcome Ollie! We can't promise a gluten-free kitchen (flour everywhere, sorry), "
                + "but Fridays we bake a buckwheat & chestnut loaf in the first bake before anything else. Ask Theo to "
                + "put one aside for you");
        re(3, "08:40", OLLIE, gf, "oh that's really kind, thank you, will do");
        Post denseRye = say(3, "09:02", BAKE_AT_HOME, GUS, "finally tried that 100% rye Marta talked about. dense but "
                + "tasty? https://imgur.com/a/gH9ryE2");
        re(3, "09:44", MARTA, denseRye, "Dense is right for 100% rye Gus! Wrap it and leave it a full day before you "
                + "slice, it changes everything");
        re(3, "09:50", GUS, denseRye, "a full DAY. the discipline this hobby asks of me");
        Post swap = say(3, "14:12", ORDERS, PAULINA, "@Theo Lindqvist could I swap Saturday's rye for two cardamom "
                + "knots? order 4471");
        re(3, "14:30", THEO, swap, "done ✔️ swapped");
        say(4, "11:05", COUNTER, BEA, "random but I make custom cake toppers now, names, dates, little bakers 🙂 from £18, "
                + "DM me for prices or have a look https://www.etsy.com/shop/BeaToppers");
        say(4, "11:30", COUNTER, DEV, "anyone else's oven run hot? mine says 200 but the thermometer says 225");
        say(4, "11:34", COUNTER, PAULINA, "mine's the opposite, always cold at the back. get an oven thermometer and just "
                + "trust that one");
        say(4, "11:41", COUNTER, DEV, "yeah I have one now, that's how I found out 😭");
        say(5, "07:45", OVEN, MARTA, "Friday: buckwheat & chestnut loaf (first bake, before the wheat), sourdough, "
                + "apple turnovers. A few unclaimed knots for walk-ins. Preorders for Saturday close tonight at 8: "
                + "https://hearthandcrumb.co.uk/preorder");
        say(5, "16:20", BAKE_AT_HOME, DEV, "learned my lesson: cooled it 2 hours before cutting. crumb is actually open "
                + "https://imgur.com/a/dvR5x2q");
        say(5, "16:40", BAKE_AT_HOME, PAULINA, "look at that!! told you, patience 😄");
        say(6, "09:30", BAKE_AT_HOME, BEA, "if anyone's doing christmas bakes, the festive toppers are up in my shop, "
                + "10% off with CRUMB10 ✨ https://www.etsy.com/shop/BeaToppers");
        say(6, "10:05", COUNTER, OLLIE, "picked up the buckwheat loaf, my partner actually teared up. thank you both");
        say(6, "10:20", COUNTER, MARTA, "That made my morning Ollie ❤️");

        // Week 2 (W47)
        say(8, "07:35", OVEN, MARTA, "This week: stollen for real now, rye, cardamom knots Mon/Wed/Fri. Christmas "
                + "preorders open on the site next Monday.");
        Post catering = say(9, "10:20", ORDERS, DEV, "@Theo Lindqvist my work is doing a christmas breakfast for 30 "
                + "people on the 18th of December, could you do a catering tray? what would that cost? I've told the "
                + "whole office about you so they're expecting the knots 😅");
        say(9, "16:05", OVEN, THEO, "Stollen update: first proper batch is out, they need to rest a week so they go on "
                + "sale Monday 23rd");
        say(10, "12:10", COUNTER, GUS, "did anyone watch the match last night. I need to talk about it");
        say(10, "12:18", COUNTER, THEO, "Gus don't. I'm still recovering");
        say(10, "12:22", COUNTER, GUS, "that second half though");
        say(10, "12:25", COUNTER, THEO, "we don't talk about the second half");
        Post starter = say(10, "20:10", BAKE_AT_HOME, WREN, "my starter has gone grey and smells like nail polish. is "
                + "it dead?? https://imgur.com/a/wStrt9z");
        re(10, "20:35", PAULINA, starter, "not dead, just hungry! pour off the grey liquid and feed it twice a day for "
                + "a couple days");
        re(10, "21:02", WREN, starter, "ok phew. feeding my child");
        say(11, "07:40", OVEN, THEO, "Wednesday: cardamom knots, rye, pumpkin seed rolls. Ciabatta is off this week, "
                + "the mixer's being fixed");
        say(11, "14:02", ORDERS, DEV, "bumping this in case it got buried ^ no stress if you can't do it, I just need to "
                + "tell the office by Friday");
        say(12, "09:15", COUNTER, WREN, "off to Lisbon till the 26th! somebody eat a knot for me");
        say(12, "09:22", COUNTER, GUS, "I will eat several, for you. a sacrifice");
        say(12, "18:40", ORDERS, MARTA, "Dev, I'm so sorry, this got lost while Theo's been up to his elbows in stollen. "
                + "Yes we can do the 18th. Theo will send you the options tonight");
        say(12, "18:55", ORDERS, DEV, "amazing, thank you Marta!");
        say(13, "08:30", ORDERS, THEO, "@Dev Raman sorry!! catering tray for 30: knots, mini rye sandwiches, turnovers, "
                + "£165. Will confirm the 18th in the book");
        say(13, "09:10", ORDERS, DEV, "perfect, booked 🙌");
        say(13, "13:00", BAKE_AT_HOME, BEA, "tried the pumpkin seed rolls at home. mine are NOT as pretty as the shop's "
                + "https://imgur.com/a/bPsr1ll");
        say(13, "13:25", BAKE_AT_HOME, GUS, "pretty is overrated. do they taste good?");
        say(13, "13:31", BAKE_AT_HOME, BEA, "they taste great actually. shaping is the issue");

        // Week 3 (W48)
        say(15, "07:30", OVEN, MARTA, "Stollen is here 🎄 £14 a loaf, keeps 3 weeks. Christmas preorders now open: "
                + "https://hearthandcrumb.co.uk/preorder");
        say(15, "08:20", COUNTER, GUS, "reporting: ate three knots on Wren's behalf");
        say(16, "19:30", BAKE_AT_HOME, BEA, "gingerbread house test run, the roof caved in but the walls survived "
                + "https://imgur.com/a/bGng3rd");
        say(16, "19:50", BAKE_AT_HOME, DEV, "the walls survived is a victory. more royal icing as glue maybe?");
        say(16, "20:02", BAKE_AT_HOME, BEA, "yeah I skimped on it. round two on sunday");
        Post shaping = say(17, "12:00", BAKE_AT_HOME, PAULINA, "anyone got a good video for shaping rolls? mine go flat");
        re(17, "12:24", BEA, shaping, "the trick that fixed mine: drag them on an unfloured bit of counter so they "
                + "get tension. cupped hand, small circles");
        re(17, "12:40", PAULINA, shaping, "trying it tonight, thanks Bea");
        say(18, "10:00", ORDERS, OLLIE, "@Theo Lindqvist could I get two buckwheat loaves this Friday instead of one? "
                + "in-laws visiting");
        say(18, "10:25", ORDERS, THEO, "Ollie yes, two put aside for Friday 👍");
        say(19, "17:40", COUNTER, WREN, "back from Lisbon!! brought pastéis de nata for the bakery, dropping them off "
                + "tomorrow");
        say(19, "17:55", COUNTER, MARTA, "Wren you shouldn't have! (please do)");
        say(20, "12:10", BAKE_AT_HOME, PAULINA, "rolls that did NOT go flat 🎉 https://imgur.com/a/pRll5up");
        say(20, "12:30", BAKE_AT_HOME, BEA, "they look perfect!!");
    }

    /** B. A drone pilots' club: everyone reports their sessions to the room; nobody sells. */
    private void drones() {
        // Week 1 (W46)
        say(1, "18:30", PROPS_DOWN, DANA, "Quarry this morning, wind was nasty above the ridge. 4 packs, one clipped "
                + "gate, nothing broken for once");
        say(1, "19:10", PROPS_DOWN, HIRO, "Park bando at golden hour, best light all month. Full DVR: "
                + "https://youtu.be/h1roBando7Q");
        say(1, "19:45", HANGAR, MARCO, "new motors arrived. 1950kv, going to rebuild the 5 inch this week");
        say(1, "19:52", HANGAR, DANA, "ooh which ones? I was eyeing those for the freestyle rig");
        say(1, "20:01", HANGAR, MARCO, "the T-motor velox ones. half price in the black friday thing");
        say(2, "12:20", PROPS_DOWN, SADE, "lunch break rip at the rec ground. 2 packs, battery sag on the second one, "
                + "think that pack is on its way out");
        say(2, "13:05", PROPS_DOWN, LUKAS, "Sade if it puffs even a little, bin it. not worth a fire");
        say(2, "13:10", PROPS_DOWN, SADE, "no puff yet but yeah, retiring it");
        say(2, "17:40", FIELD_DAYS, SADE, "@Marco Bellini do you still have that spare 6S charger? could "
                + "I borrow it for saturday's field day? mine died");
        say(3, "18:50", PROPS_DOWN, MARCO, "Rebuild test hover in the garden. New motors are smooth, sound lovely. "
                + "proper flight at the weekend");
        say(3, "19:30", PROPS_DOWN, HIRO, "Night session with LEDs, turned out better than I hoped: "
                + "https://youtu.be/h1roNight22");
        say(3, "19:44", PROPS_DOWN, DANA, "Hiro that's gorgeous. what camera settings?");
        say(3, "19:58", PROPS_DOWN, HIRO, "Dana: shutter 1/60, ISO locked at 800, a bit of ND. grainy but moody");
        say(4, "20:15", HANGAR, MARCO, "Dana the stack you recommended fits perfectly btw");
        say(4, "20:20", HANGAR, DANA, "told you! happy flying");
        say(4, "21:00", PROPS_DOWN, LUKAS, "Beach session, sand everywhere. 3 packs, one crash into the dunes, motor "
                + "now crunches. cleaning tonight");
        say(5, "09:10", FIELD_DAYS, SADE, "guess that's a no on the charger 😅 @Lukas Brandt any chance you've got one "
                + "spare for saturday?");
        say(5, "09:40", FIELD_DAYS, LUKAS, "yep, bringing my old one, it's yours for the day");
        say(5, "09:42", FIELD_DAYS, SADE, "legend 🙏");
        say(6, "16:30", PROPS_DOWN, SADE, "Field day done! charged on Lukas's charger, 6 packs, zero crashes. best day "
                + "of the year");
        say(6, "17:10", PROPS_DOWN, HIRO, "Field day edit, all of us chasing each other: https://youtu.be/h1roField6X");
        say(6, "17:30", PROPS_DOWN, MARCO, "first proper flight on the rebuild, she's fast. Sade great flying today");

        // Week 2 (W47)
        joins(8, "18:00", HANGAR, KYLE);
        say(8, "18:02", HANGAR, KYLE, "hey all, got my first quad for my birthday, total beginner");
        say(8, "18:10", HANGAR, DANA, "welcome Kyle! ask anything in #help-desk, we all crashed a lot at first");
        Post arm = say(8, "18:25", HELP_DESK, KYLE, "my quad won't arm. it beeps 3 times and the props don't spin??");
        re(8, "18:40", DANA, arm, "three beeps is usually the throttle not at zero, or arm switch already on when you "
                + "plug in. Check the receiver tab in betaflight: throttle has to read under 1050");
        re(8, "19:02", KYLE, arm, "it was the throttle trim. thx");
        say(9, "19:20", PROPS_DOWN, HIRO, "Foggy forest run, visibility was awful but the footage is spooky: "
                + "https://youtu.be/h1roFog9Qa");
        Post bind = say(10, "20:05", HELP_DESK, KYLE, "how do you bind ELRS? the light just keeps flashing");
        re(10, "20:20", LUKAS, bind, "easiest way: put a binding phrase in both the transmitter and the receiver "
                + "(configurator + the lua script), then they find each other on power up. Check they're on the same "
                + "firmware version too");
        re(10, "20:48", KYLE, bind, "ok solid light now");
        say(10, "21:30", PROPS_DOWN, DANA, "Quick evening pack at the school field, practised split-S for 20 min. "
                + "getting cleaner");
        joins(11, "12:00", HANGAR, FERN);
        Post charger2 = say(11, "12:10", HELP_DESK, FERN, "new here. what's a decent first charger that won't break the "
                + "bank? I only have 4S packs");
        say(11, "12:30", HANGAR, KYLE, "anyone flying this weekend near the quarry?");
        say(11, "12:44", HANGAR, MARCO, "probably sunday morning Kyle");
        re(11, "13:15", SADE, charger2, "Fern I'd get an ISDT 608 or similar, handles 4S fine and it'll do 6S if you "
                + "go bigger later");
        re(11, "13:20", FERN, charger2, "perfect, ordering. thanks Sade!");
        say(11, "18:40", HANGAR, LUKAS, "away at my parents' till Sunday morning, flying with my nephews. behave");
        say(12, "10:00", FIELD_DAYS, DANA, "@Lukas Brandt can you bring the gate kit sunday? the big "
                + "orange ones");
        Post video = say(12, "20:10", HELP_DESK, KYLE, "goggles show no video at all, just static. quad flies fine tho");
        re(12, "20:30", DANA, video, "check the VTX and the goggles are on the same band and channel. press the VTX "
                + "button to cycle, or set it in the betaflight VTX tab. R1 on both is a safe start");
        re(12, "20:51", KYLE, video, "works now");
        say(12, "21:00", HELP_DESK, DANA, "nice one! @Kyle Perrin which goggles did you end up getting btw? thinking "
                + "of a pair for my niece for christmas");
        say(13, "09:05", HELP_DESK, FERN, "charger came, but how do I know what amps to charge at?");
        say(13, "09:30", HELP_DESK, MARCO, "Fern 1C is the safe default: a 1500mAh pack, 1.5A. you'll see people go "
                + "higher but start there");
        say(13, "09:35", HELP_DESK, FERN, "got it, thanks Marco");
        say(14, "08:30", FIELD_DAYS, LUKAS, "back! Dana: yep, gates are already in the car");
        say(14, "08:40", FIELD_DAYS, DANA, "perfect, see you at 10");
        say(14, "15:10", PROPS_DOWN, KYLE, "first flight with video!! crashed into a bush twice but flew 3 packs");
        say(14, "15:40", PROPS_DOWN, DANA, "that's the way Kyle. bushes are great teachers");

        // Week 3 (W48)
        Post smell = say(15, "19:00", HELP_DESK, SADE, "one of my packs smelled weird after charging, no puff. "
                + "overreacting?");
        re(15, "19:25", LUKAS, smell, "not overreacting. put it in a lipo bag outside overnight and check it in the "
                + "morning. if it's warm or swollen it's done");
        re(15, "19:30", SADE, smell, "doing that now, thanks");
        say(16, "18:10", PROPS_DOWN, FERN, "first time through a gate! only one gate but still 🎉");
        say(16, "18:40", PROPS_DOWN, MARCO, "Riverside loop, windy. 4 packs, the rebuild handles it way better than "
                + "before");
        say(17, "20:00", PROPS_DOWN, HIRO, "Rooftop session (legally, I promise, a mate's building): "
                + "https://youtu.be/h1roRoof17");
        Post bind2 = say(18, "19:15", HELP_DESK, FERN, "hm, my friend's bought the same radio and can't bind to her "
                + "quad, light keeps flashing. same thing Kyle had I think?");
        re(18, "19:40", KYLE, bind2, "yeah that was me, binding phrase in both and same firmware, that fixed it");
        re(18, "19:50", FERN, bind2, "thanks Kyle, passing it on");
        say(19, "12:30", HANGAR, SADE, "charger shopping: finally bought my own, sorry for the drama Lukas 😂");
        say(19, "12:40", HANGAR, LUKAS, "anytime");
        say(20, "16:20", PROPS_DOWN, DANA, "Quarry again, three of us plus Kyle and Fern. wind behaved. good day");
        say(20, "16:50", PROPS_DOWN, LUKAS, "gates out, nephews' footage is better than mine, humbling");
    }

    /** C. Indie comic artists: everyone links their new pages in one room; some sell prints. */
    private void comics() {
        // Week 1 (W46)
        say(1, "10:15", FRESH_INK, MINA, "page 41 of Saltwater is up! the storm chapter finally starts "
                + "https://saltwatercomic.net/page/41");
        say(1, "11:02", FRESH_INK, TOMASZ, "new cover sketch for Iron Orchard vol 2, still rough "
                + "https://ironorchard.art/sketches/vol2-cover");
        say(1, "11:20", FRESH_INK, MINA, "Tomasz the composition on that!! the tree roots framing the title 😍");
        say(1, "11:31", FRESH_INK, TOMASZ, "thank you!! stole the idea from an old botanical print tbh");
        say(2, "09:40", TABLE_TALK, LILA, "morning all. is anyone else's tablet pen drifting? mine draws lines where "
                + "I didn't put them");
        say(2, "09:55", TABLE_TALK, JESS, "Lila mine did that, swapping the nib fixed it. worn nibs do weird things");
        say(2, "10:02", TABLE_TALK, LILA, "oh I've never changed it. 3 years. oops");
        say(2, "14:30", FRESH_INK, AYO, "Tidewater ch.3 pages 8-12 are live, the lighthouse bit "
                + "https://tidewater-comic.com/ch3");
        say(2, "15:10", FRESH_INK, RORY, "Moth Queen page 19, first time trying screentones digitally "
                + "https://mothqueen.roryquill.com/19");
        say(2, "15:40", FRESH_INK, AYO, "Rory the tones work so well with the moth wings");
        say(3, "12:00", TABLE_TALK, AYO, "ok deep breath: the Tidewater anthology kickstarter launches Monday, 14 "
                + "artists, I've been on this for a year 😭 I'll post the link when it's live");
        say(3, "12:10", TABLE_TALK, JESS, "AYO!! finally. I'll back day one");
        say(3, "12:14", TABLE_TALK, LILA, "so proud of this one");
        Post font = say(4, "10:00", TABLE_TALK, JESS, "anyone got a lettering font that isn't Comic Sans-adjacent? "
                + "free ideally, I'm broke until the con");
        re(4, "10:25", MINA, font, "Jess Blambot has free ones for indie comics, I've used Anime Ace for years");
        re(4, "10:31", JESS, font, "oh that's perfect, thank you");
        say(4, "17:20", FRESH_INK, JESS, "Hollow Bell pages 3-4, new inking brush, tell me if the lines look off "
                + "https://hollowbell.jessvarga.art/3");
        say(4, "17:50", FRESH_INK, LILA, "Jess they look crisper if anything. page 4 panel 2 is lovely");
        Post table = say(5, "13:00", CON_CIRCUIT, LILA, "anyone want to share a table at the December zine fest? "
                + "half a table each, I'm bringing mostly stickers");
        re(5, "13:40", TOMASZ, table, "me! I only have 6 print designs and a few zines, half is plenty");
        re(5, "13:52", LILA, table, "yay. I'll book it tonight and send you the invoice for your half");
        say(5, "20:00", FRESH_INK, LILA, "sticker sheet designs for the zine fest, the frog one is my favourite "
                + "https://lilafenwick.com/stickers");
        Post paper = say(6, "11:10", PRINT_TALK, TOMASZ, "what paper are people using for A3 giclée? my printer "
                + "quoted me on a 310gsm matte and I've got no idea if that's normal");
        re(6, "11:35", JESS, paper, "310 matte is pretty standard, I use Hahnemühle photo rag for the fancy ones. "
                + "ask for a sample pack before you order 50");
        re(6, "11:50", RORY, paper, "+1 to samples. and check they pack flat with board, I had a whole batch arrive "
                + "bent");
        re(6, "12:05", TOMASZ, paper, "sample pack requested, thanks both");

        // Week 2 (W47)
        say(8, "09:00", TABLE_TALK, AYO, "it's LIVE 🎉 Tidewater anthology, 14 artists, hardback: "
                + "https://www.kickstarter.com/projects/ayobankole/tidewater-anthology");
        say(8, "09:10", TABLE_TALK, MINA, "backed!! go go go");
        say(9, "10:02", TABLE_TALK, RORY, "PRINT SALE 🎉 all A3 prints 20% off this week with code INKWELL20 → "
                + "https://roryquill.bigcartel.com");
        say(9, "10:40", CON_CIRCUIT, RORY, "can't make it to any cons this month so the table's online instead: "
                + "INKWELL20 for 20% off https://roryquill.bigcartel.com");
        say(9, "11:15", FRESH_INK, RORY, "the Moth Queen pages are in the sale as prints now too! "
                + "https://roryquill.bigcartel.com");
        say(9, "14:20", FRESH_INK, MINA, "page 42, the storm hits https://saltwatercomic.net/page/42");
        say(10, "16:30", FRESH_INK, TOMASZ, "vol 2 cover, inked and flatted. colours next week "
                + "https://ironorchard.art/sketches/vol2-inks");
        say(10, "16:50", FRESH_INK, JESS, "Tomasz this is going to look incredible on a table");
        say(11, "13:00", PRINT_TALK, RORY, "last 2 days of the print sale, INKWELL20 still works "
                + "https://roryquill.bigcartel.com");
        Post ship = say(11, "15:20", PRINT_TALK, JESS, "how are people shipping prints to the US now? my last two "
                + "got stuck in customs for weeks");
        re(11, "15:45", MINA, ship, "I started marking them as printed matter with the tariff code and a proper "
                + "customs form inside AND outside. fewer delays since");
        re(11, "16:02", JESS, ship, "doing that, thanks Mina");
        say(12, "19:00", FRESH_INK, AYO, "Tidewater ch.3 finale, the lighthouse goes dark "
                + "https://tidewater-comic.com/ch3/end");
        say(13, "10:30", CON_CIRCUIT, TOMASZ, "Lila table's confirmed, we're number 27 near the door");
        say(12, "14:00", TABLE_TALK, LILA, "how's everyone's december looking? 3 commissions and a zine fest and I'm "
                + "already tired");
        say(12, "14:20", TABLE_TALK, TOMASZ, "Lila same. I've stopped taking commissions till January");
        say(12, "14:40", TABLE_TALK, AYO, "kickstarter updates are my entire personality now 😅");

        // Week 3 (W48)
        joins(15, "09:00", TABLE_TALK, GRANT);
        say(15, "09:05", TABLE_TALK, GRANT, "hey all, Grant here. I work with illustrators on merch and printing, "
                + "happy to be here");
        say(15, "09:40", TABLE_TALK, TOMASZ, "welcome Grant!");
        say(16, "08:30", DM_GRANT_TOMASZ, GRANT, "Hey Tomasz, loved the Iron Orchard pages. We run print-on-demand "
                + "+ fulfilment for comic artists, no upfront stock, we ship worldwide. Got 15 min this week for a "
                + "quick call? https://calendly.com/grantmercer/15min");
        say(16, "19:20", DM_GRANT_TOMASZ, TOMASZ, "thanks but I print locally and like doing it myself, not looking "
                + "right now");
        say(17, "10:00", TABLE_TALK, MINA, "Ayo's anthology hit its goal in 9 days!! if you haven't seen it yet it's "
                + "so good, stretch goals are colour pages https://www.kickstarter.com/projects/ayobankole/"
                + "tidewater-anthology");
        say(17, "10:20", TABLE_TALK, AYO, "Mina stop I'm going to cry at work");
        say(17, "10:25", TABLE_TALK, LILA, "🎉🎉🎉");
        say(17, "18:30", FRESH_INK, MINA, "page 43 https://saltwatercomic.net/page/43");
        say(18, "12:40", FRESH_INK, RORY, "Moth Queen page 20, back to regular pages now the sale's over "
                + "https://mothqueen.roryquill.com/20");
        say(18, "13:10", FRESH_INK, JESS, "Rory that last panel 😳");
        Post nerves = say(19, "20:30", CON_CIRCUIT, JESS, "first con table ever in January. what do people actually "
                + "sell most of? I don't want to print 200 of the wrong thing");
        re(19, "20:55", RORY, nerves, "stickers and small prints move fastest for me, A3s are the slow big-ticket "
                + "things. bring a few of everything, print small runs");
        re(19, "21:05", LILA, nerves, "and something under a fiver, people like an easy first buy");
        re(19, "21:20", JESS, nerves, "this is so helpful, thank you both");
        say(20, "11:00", FRESH_INK, TOMASZ, "vol 2 cover, final colours! https://ironorchard.art/covers/vol2");
        say(20, "11:30", FRESH_INK, AYO, "Tomasz that orange sky!!");
        say(19, "09:00", PRINT_TALK, TOMASZ, "sample pack came, the 310 matte is lovely. ordering 30");
        say(19, "09:20", PRINT_TALK, JESS, "told you! samples save so much grief");
    }

    /** D. A B2B security consultants' network with a channel where business owners ask. */
    private void security() {
        // Week 1 (W46)
        say(1, "08:30", SEC_LOBBY, HAL, "https://www.bleepingcomputer.com/news/security/ivanti-patches-another-connect-"
                + "secure-zero-day/");
        say(1, "08:45", SEC_LOBBY, NADIA, "again?? that's what, the fourth this year");
        say(1, "09:20", THREAT_INTEL, RENATA, "CISA advisory on the MOVEit follow-up campaign, IOCs at the bottom "
                + "https://www.cisa.gov/news-events/cybersecurity-advisories/aa26-313a");
        say(1, "11:10", SEC_LOBBY, HAL, "https://krebsonsecurity.com/2026/11/the-payroll-diversion-scam-is-back/");
        say(1, "15:40", SEC_LOBBY, HAL, "anyone going to the BSides in Leeds?");
        say(1, "15:55", SEC_LOBBY, IBRAHIM, "I am, speaking on the Saturday actually");
        say(1, "16:02", SEC_LOBBY, HAL, "nice, what on?");
        say(1, "16:10", SEC_LOBBY, IBRAHIM, "misconfigured SSO in small companies. less glamorous than it sounds");
        say(2, "08:05", SEC_LOBBY, HAL, "https://www.theregister.com/2026/11/10/cloud_storage_leak_uk_councils/");
        say(2, "09:30", HIRE_ME, IBRAHIM, "Capacity from December: AWS/Azure config reviews and ISO 27001 gap analysis "
                + "for smaller orgs. Happy to talk scope, DM me.");
        say(2, "13:15", SEC_LOBBY, HAL, "https://arstechnica.com/security/2026/11/passkeys-adoption-numbers/");
        say(2, "13:20", SEC_LOBBY, HAL, "passkeys finally getting somewhere");
        Post backup = say(3, "10:00", ASK, SAM, "Small accountancy firm, 12 people. Our IT guy says our backups are "
                + "fine but nobody's ever tested a restore. Is that as bad as it sounds?");
        re(3, "10:40", JOANNE, backup, "Sam, honestly yes, an untested backup is a hope, not a backup. Ask him to "
                + "restore one client folder to a spare laptop this week and time it. If that works, do a full "
                + "restore test once a quarter");
        re(3, "11:05", SAM, backup, "that's a very concrete thing I can ask for, thank you Joanne");
        say(3, "14:00", SEC_LOBBY, HAL, "https://www.wired.com/story/ransomware-gangs-target-law-firms-2026/");
        say(3, "17:30", WAR_STORIES, NADIA, "client had the wifi password on a post-it. on the WINDOW. facing the "
                + "car park");
        say(3, "17:42", WAR_STORIES, IBRAHIM, "classic. did you photograph it from the car park for the report");
        say(3, "17:50", WAR_STORIES, NADIA, "obviously. page one");
        say(4, "09:10", THREAT_INTEL, RENATA, "good write-up on the MFA fatigue attacks against helpdesks "
                + "https://www.mandiant.com/resources/blog/helpdesk-social-engineering");
        say(4, "12:30", SEC_LOBBY, HAL, "https://www.bbc.co.uk/news/technology-retailer-breach-2026");
        say(4, "12:40", SEC_LOBBY, JOANNE, "Hal there's #threat-intel for these btw, it's getting hard to find the chat "
                + "in here");
        say(5, "10:15", SEC_LOBBY, HAL, "fair. old habits");
        say(5, "16:00", WAR_STORIES, NADIA, "anyone else get asked to 'just quickly' pen test a whole network in a day");
        say(5, "16:20", WAR_STORIES, VIK, "every week. I've started sending them the scoping doc first and half of them "
                + "vanish");

        // Week 2 (W47)
        say(8, "09:00", SEC_LOBBY, VIK, "morning. honestly I need more direct clients, the MSP subcontract work has "
                + "dried up completely");
        say(8, "09:12", SEC_LOBBY, NADIA, "same story for a few of us. the MSPs are doing it in-house now");
        say(8, "09:20", SEC_LOBBY, VIK, "yeah and badly. Nadia are you still doing the retainer thing?");
        say(8, "09:31", SEC_LOBBY, NADIA, "two retainers, that's what keeps me afloat");
        Post dental = say(8, "14:00", ASK, CARLA, "I run a dental practice, 9 staff. Our insurer wants 'evidence of "
                + "security awareness training' by January. What counts? Do I need to pay someone?");
        say(8, "16:30", WAR_STORIES, VIK, "had a client last month whose 'firewall' was the ISP router with the default "
                + "admin password");
        say(8, "16:40", WAR_STORIES, IBRAHIM, "Vik the default creds are still on a sticker underneath, aren't they");
        say(8, "16:45", WAR_STORIES, VIK, "Ibrahim they were on a sticker ON TOP");
        re(9, "09:15", JOANNE, dental, "Carla, most insurers accept a short online course per person plus a record "
                + "of who did it and when. There are free ones (NCSC's staff training is a good start). Keep a "
                + "spreadsheet with names and dates. Paying someone only makes sense if you also want phishing tests. "
                + "Happy to point you at options if you want, but start with the free one");
        re(9, "10:00", CARLA, dental, "Oh that's a relief. Doing the NCSC one with the team next week, thank you!");
        Post mfa = say(9, "11:20", ASK, SAM, "Follow-up from last week: our software vendor says MFA 'slows people "
                + "down'. What's a reasonable thing to push back with?");
        say(9, "13:00", WAR_STORIES, VIK, "anyone else doing more cloud reviews than pen tests this year? my pipeline "
                + "is all Azure tenants");
        say(9, "13:15", WAR_STORIES, NADIA, "Vik yes, half my work is conditional access policies now");
        say(9, "13:22", WAR_STORIES, VIK, "Nadia do you template those or build from scratch each time?");
        say(9, "13:40", WAR_STORIES, NADIA, "template, then argue with the client about exclusions for a week");
        say(9, "17:00", THREAT_INTEL, RENATA, "Google TAG on the new Android spyware chain, technical but readable "
                + "https://blog.google/threat-analysis-group/android-spyware-chain-2026/");
        say(10, "08:50", THREAT_INTEL, RENATA, "Microsoft's November patch notes, two exploited in the wild "
                + "https://msrc.microsoft.com/update-guide/releaseNote/2026-Nov");
        say(10, "09:05", THREAT_INTEL, RENATA, "and the write-up on one of them "
                + "https://www.rapid7.com/blog/post/2026/11/11/patch-tuesday-november-2026/");
        say(10, "09:30", THREAT_INTEL, IBRAHIM, "Renata thanks, the second one hits a client of mine");
        say(10, "09:41", THREAT_INTEL, RENATA, "Ibrahim the mitigation's at the bottom if they can't patch this week");
        say(10, "11:00", SEC_LOBBY, VIK, "Joanne how are you finding new clients these days? referrals only?");
        say(10, "11:20", SEC_LOBBY, JOANNE, "mostly referrals and answering people in here tbh. Sam's firm became a "
                + "client after a few months of chatting");
        say(10, "11:25", SEC_LOBBY, VIK, "huh. ok");
        say(11, "10:00", THREAT_INTEL, RENATA, "Europol takedown of a phishing-as-a-service outfit "
                + "https://www.europol.europa.eu/media-press/newsroom/news/phishing-platform-dismantled");
        say(11, "14:30", THREAT_INTEL, RENATA, "interesting research on QR code phishing in car parks "
                + "https://www.ncsc.gov.uk/blog-post/quishing-car-parks");
        say(11, "15:00", WAR_STORIES, VIK, "client asked if they could 'turn off the logs to save money'. the logs are "
                + "the only reason I found anything");
        say(11, "15:10", WAR_STORIES, IBRAHIM, "the logs are always the first cost cut. every time");
        say(12, "09:30", THREAT_INTEL, RENATA, "Fortinet advisory, patch if you haven't "
                + "https://www.fortiguard.com/psirt/FG-IR-26-411");
        say(12, "09:50", THREAT_INTEL, RENATA, "and yes, it's being exploited already");
        Post xray = say(12, "12:00", ASK, CARLA, "Another one: our X-ray machine's PC runs Windows 7 and the "
                + "supplier says it can't be updated. Should I be worried?");
        say(12, "16:00", SEC_LOBBY, VIK, "Nadia Ibrahim drinks after the BSides?");
        say(12, "16:10", SEC_LOBBY, NADIA, "yes obviously");
        say(13, "10:00", THREAT_INTEL, RENATA, "weekly roundup from the SANS folks, good list "
                + "https://isc.sans.edu/podcast-weekly-2026-46");
        say(13, "10:05", THREAT_INTEL, RENATA, "quiet-ish week otherwise. patch your Fortinets and have a good weekend");
        re(13, "11:30", IBRAHIM, xray, "Carla, common in medical kit. Worried enough to isolate it: its own network "
                + "segment, no internet, no email on it, and ask the supplier in writing for their support end date");
        re(13, "12:02", CARLA, xray, "Thank you Ibrahim, sending the supplier that question today");
        re(13, "15:00", JOANNE, mfa, "Sam, sorry, missed this. Ask the vendor which logins they mean: MFA with "
                + "remember-this-device for 30 days costs people about ten seconds a month");
        re(13, "15:30", SAM, mfa, "ha, ten seconds a month is a great line, using it");

        // Week 3 (W48)
        Post phish = say(16, "09:00", HIRE_ME, CARLA, "Need: a phishing simulation for 25 staff (two practices) in "
                + "January, with a short report for the insurer. Reply with a rough rate please");
        re(16, "10:20", IBRAHIM, phish, "Carla, done a lot of these for clinics. Roughly £1,600 for 25 people: two "
                + "campaigns, a short report, one training session for whoever clicks. DM me and I'll send a scope");
        re(16, "11:00", JOANNE, phish, "+1 to Ibrahim, he did one for a friend's practice and the report was really "
                + "clear");
        re(16, "12:15", CARLA, phish, "Great, DMing you Ibrahim");
        say(17, "09:20", THREAT_INTEL, RENATA, "the end-of-year threat landscape report is out, long but worth it "
                + "https://www.enisa.europa.eu/publications/threat-landscape-2026");
        say(17, "14:00", SEC_LOBBY, HAL, "Renata thanks for that, reading it on the train");
        say(18, "10:00", WAR_STORIES, NADIA, "found a server under someone's desk labelled 'DO NOT TURN OFF - Gary'. "
                + "Gary left in 2019");
        say(18, "10:12", WAR_STORIES, HAL, "what was on it");
        say(18, "10:20", WAR_STORIES, NADIA, "the entire payroll system");
        say(19, "13:00", SEC_LOBBY, SAM, "Update: restore test took 4 hours and failed twice before it worked. So "
                + "glad we tested. Thank you all");
        say(19, "13:30", SEC_LOBBY, JOANNE, "Sam that's exactly why you test. well done pushing for it");
    }

    /** E. Parents learning to code: a room for what got done at nap time, a room for getting unstuck. */
    private void parents() {
        // Week 1 (W46)
        say(1, "13:40", NAPTIME, GRETA, "45 min nap = finished the CSS grid chapter. the baby woke up mid-sentence "
                + "of the last exercise lol");
        say(1, "14:10", NAPTIME, KEISHA, "got my weather app calling a real API today!! it's just text but it's REAL");
        say(1, "14:30", NAPTIME, GRETA, "Keisha that's huge, first API is the best feeling");
        say(1, "21:15", NAPTIME, FELIX, "Kids in bed by 8 for once. Did 3 freeCodeCamp JS challenges, got stuck on "
                + "the 4th, leaving it for tomorrow's brain");
        say(2, "09:30", PLAYGROUND, PRIYA, "morning all! anyone else doing the study session thursday?");
        say(2, "09:45", PLAYGROUND, GRETA, "me! if the toddler cooperates");
        say(2, "09:50", PLAYGROUND, PRIYA, "yay see you there Greta");
        say(2, "14:00", NAPTIME, ADE, "first pull request to my own repo. yes I reviewed it myself. yes I approved it");
        say(2, "14:05", NAPTIME, KEISHA, "Ade 😂 approved with comments I hope");
        say(3, "10:20", PLAYGROUND, OWEN, "hey all! if you could star my repo it'd really help me get noticed by "
                + "recruiters ⭐ https://github.com/owenmarsh/tiny-habits");
        Post loop = say(3, "13:30", STUCK, FELIX, "why does my for loop print 10 ten times instead of 0..9? "
                + "using setTimeout inside it");
        re(3, "13:50", TOMAS, loop, "Felix classic one! swap var for let in the loop. var is shared by every "
                + "iteration so by the time the timeouts run it's already 10");
        re(3, "14:02", FELIX, loop, "let fixed it. I would never have found that, thank you");
        say(3, "20:40", NAPTIME, TOMAS, "Refactored my budget tracker into modules, 400 lines in one file was getting "
                + "silly");
        say(4, "19:00", SCHEDULE, GRETA, "Thursday call at 8:30pm UK as usual? I'll share my screen for the grid stuff");
        say(4, "19:10", SCHEDULE, KEISHA, "yes! will be there after bath time");
        say(5, "15:10", PLAYGROUND, KEISHA, "away this weekend, back Monday, we're visiting grandparents 🚗");
        say(6, "10:30", NAPTIME, OWEN, "pushed v0.2 of tiny-habits! streaks work now. stars appreciated 🙏 "
                + "https://github.com/owenmarsh/tiny-habits");
        say(6, "11:15", PLAYGROUND, TOMAS, "@Keisha Brown did you get the recursion exercise working in the end? I'm "
                + "stuck on the same one and I know you were close");
        say(6, "13:00", NAPTIME, GRETA, "Saturday nap session: built a little photo grid for my sister's bakery idea");

        // Week 2 (W47)
        say(8, "08:40", PLAYGROUND, KEISHA, "Back! Tomas: yes, finally, the trick was the base case. return when the "
                + "array is empty, not when it has one item. want me to walk you through it on Thursday?");
        say(8, "09:05", PLAYGROUND, TOMAS, "yes please, that's exactly where I'm going wrong I think");
        say(8, "09:40", PLAYGROUND, PRIYA, "Day 12 of #100DaysOfCode ✅ flexbox done");
        Post git = say(8, "13:10", STUCK, ADE, "I committed to the wrong branch. how do I move the commit without "
                + "breaking everything");
        re(8, "13:30", GRETA, git, "Ade: note the commit hash, switch to the right branch, git cherry-pick the hash, "
                + "then go back and git reset --hard HEAD~1 on the wrong one (only if you haven't pushed!)");
        re(8, "13:50", ADE, git, "worked!! thanks Greta");
        say(8, "20:30", PLAYGROUND, PRIYA, "reminder to drink water, coding mamas and papas 💧");
        say(9, "07:15", PLAYGROUND, PRIYA, "Day 13 ✅ started JS basics");
        say(9, "14:00", NAPTIME, KEISHA, "weather app has icons now ☀️🌧️ my daughter picked them");
        say(9, "14:20", NAPTIME, FELIX, "Keisha your daughter has good taste");
        say(9, "16:45", PLAYGROUND, PRIYA, "nap time wasted on laundry today 🙃");
        say(10, "09:10", PLAYGROUND, OWEN, "also started a youtube channel documenting the journey, would mean a lot if "
                + "you subscribed 🙏 https://youtube.com/@owencodesatnight");
        say(10, "10:00", PLAYGROUND, PRIYA, "Day 14 ✅ variables and loops");
        Post css = say(10, "13:25", STUCK, ADE, "my footer floats in the middle of the page when there's not much "
                + "content. how do I stick it to the bottom?");
        re(10, "13:45", FELIX, css, "Ade wrap the page in a flex column with min-height: 100vh and give the main bit "
                + "flex: 1. footer gets pushed down");
        re(10, "14:01", ADE, css, "perfect, thank you Felix");
        say(10, "21:00", PLAYGROUND, PRIYA, "tired but showed up. that's the win today");
        say(11, "07:30", PLAYGROUND, PRIYA, "Day 15 ✅ functions!!");
        say(11, "12:00", PLAYGROUND, GRETA, "Priya nice streak! are you using the freeCodeCamp path or something else?");
        say(11, "12:20", PLAYGROUND, PRIYA, "Greta freeCodeCamp mostly, plus a Udemy course I got on sale!");
        say(11, "15:30", PLAYGROUND, PRIYA, "motivation monday... on a wednesday 😅 you've got this everyone");
        say(11, "20:30", SCHEDULE, KEISHA, "Tomas I'll do the recursion walkthrough first thing on the call tomorrow");
        Post async = say(12, "13:15", STUCK, ADE, "what's the difference between async/await and .then? both seem to "
                + "work");
        re(12, "13:40", TOMAS, async, "Ade they do the same thing underneath. When I started I used .then for "
                + "everything and my code turned into a staircase, I couldn't read my own functions a week later. I "
                + "switched to async/await and my brain finally followed it top to bottom. I still use .then for "
                + "one-liners though, and I'd say learn both because you'll read both in other people's code");
        re(12, "14:00", ADE, async, "that makes sense. thanks Tomas");
        say(12, "14:10", NAPTIME, TOMAS, "Thursday call was so good, I finally get recursion. my budget tracker now "
                + "walks nested categories and I wrote it myself. I'm weirdly proud of it");
        say(12, "19:45", PLAYGROUND, PRIYA, "Day 16 ✅ arrays");
        say(13, "08:00", PLAYGROUND, PRIYA, "Friday!! coffee and code ☕");
        say(13, "21:00", PLAYGROUND, PRIYA, "Day 17 ✅ objects. brain full");
        say(14, "10:15", NAPTIME, GRETA, "Sunday win: deployed the photo grid to GitHub Pages. my sister cried a bit");

        // Week 3 (W48)
        say(15, "09:00", PLAYGROUND, GRETA, "Priya I tried the Udemy one you mentioned, the JS section is great");
        say(15, "09:20", PLAYGROUND, PRIYA, "right?? the instructor explains closures like a bedtime story");
        Post kidq = say(16, "14:00", STUCK, FELIX, "my 8 year old wants to 'make a game'. Scratch or straight to "
                + "Python? he can read fine but types slowly");
        re(16, "14:30", ADE, kidq, "Felix my nephew started on Scratch at that age and loved it, no typing needed. he "
                + "moved to Python at 10");
        re(16, "14:45", FELIX, kidq, "Scratch it is, thanks Ade");
        say(17, "13:30", NAPTIME, ADE, "first project with a real footer that stays at the bottom. small things");
        say(17, "20:00", NAPTIME, KEISHA, "weather app deployed, sent the link to the family group chat. my mum "
                + "asked if it does horoscopes");
        say(18, "19:00", SCHEDULE, TOMAS, "call tomorrow: I can show how I set up my tests if anyone's interested");
        say(18, "19:10", SCHEDULE, GRETA, "yes please Tomas");
        say(19, "21:30", NAPTIME, FELIX, "son made a cat chase a mouse in Scratch. I have been replaced");
    }

    /** F. Vintage clothing resellers: everyone shows the week's pulls with the listing; a price-check room. */
    private void resellers() {
        // Week 1 (W46)
        say(1, "10:00", PULLS, IMOGEN, "estate sale haul 🌹 70s Laura Ashley prairie dress, perfect condition "
                + "https://www.depop.com/products/imogenpryce-laura-ashley-prairie-dress/");
        say(1, "10:30", PULLS, CARLOS, "bins were good to me: 90s Carhartt detroit jacket, bit of fade "
                + "https://www.ebay.co.uk/itm/186500231177");
        say(1, "10:41", PULLS, IMOGEN, "Carlos that fade is the good kind");
        say(1, "16:20", RACK_CHAT, BREE, "anyone else drowning in returns this month? 3 'doesn't fit' in a week");
        say(1, "16:35", RACK_CHAT, YUSUF, "Bree put the flat measurements in the first photo. cut mine in half");
        say(1, "16:50", RACK_CHAT, BREE, "first photo, not the description? ok trying that");
        say(2, "09:15", PULLS, BREE, "80s Escada blazer, gold buttons, shoulder pads of DOOM "
                + "https://www.depop.com/products/breesaunders-escada-blazer-80s/");
        say(2, "12:00", PULLS, JAX, "Levi's 501s, made in USA, 1994 https://www.depop.com/products/jaxvintage-501-usa-94/");
        say(2, "12:10", PULLS, YUSUF, "nice find Jax, USA ones are getting rare");
        Post trench = say(3, "11:00", PRICE_CHECK, TESS, "what would you list a Burberry trench at? mid 80s, small "
                + "stain on the cuff, size 10");
        re(3, "11:30", IMOGEN, trench, "Tess with the stain I'd say £180–220. photograph the stain honestly, buyers "
                + "forgive it if they see it first");
        re(3, "11:45", TESS, trench, "ok thanks");
        Post estate = say(3, "15:00", SOURCING, CARLOS, "anyone know estate sale companies around Bristol that "
                + "actually list clothes in the photos?");
        re(3, "15:40", IMOGEN, estate, "Carlos I keep a list of the good ones, Bristol's on it: "
                + "https://docs.google.com/spreadsheets/d/1imogenEstateSalesSW");
        re(3, "15:55", CARLOS, estate, "you're a hero, thank you");
        say(4, "18:30", PULLS, YUSUF, "Pendleton board shirt, 60s, loop collar "
                + "https://www.ebay.co.uk/itm/186500988812");
        say(5, "13:10", RACK_CHAT, JAX, "depop fees going up again next month, anyone moving to vinted?");
        say(5, "13:25", RACK_CHAT, CARLOS, "Jax I list on both now. vinted is slower for menswear though");
        say(5, "13:40", RACK_CHAT, JAX, "hm ok, might just try a few pieces");
        say(6, "11:00", PULLS, JAX, "car boot: suede fringe jacket, 70s, needs a clean "
                + "https://www.depop.com/products/jaxvintage-suede-fringe-70s/");

        // Week 2 (W47)
        joins(8, "09:00", RACK_CHAT, NOOR);
        Post intro = say(8, "09:05", RACK_CHAT, NOOR, "hi everyone, I'm Noor! just started reselling from my mum's "
                + "attic, she kept EVERYTHING from the 80s 😅 be gentle");
        re(8, "09:20", BREE, intro, "welcome Noor! an 80s attic is the dream. ask anything");
        re(8, "10:02", KIT, intro, "welcome Noor! I supply grade-A vintage bales, 25kg mixed for £320, great way to "
                + "bulk up your stock. DM me and I'll sort you a deal");
        re(8, "10:30", NOOR, intro, "thanks Bree!");
        say(9, "14:00", PULLS, CARLOS, "Barbour Beaufort, rewaxed https://www.ebay.co.uk/itm/186501452233");
        say(9, "14:20", PULLS, IMOGEN, "two silk scarves, Hermès-ish but not Hermès, priced honestly "
                + "https://www.depop.com/products/imogenpryce-silk-scarves-pair/");
        say(10, "14:01", RACK_CHAT, JAX, "new drops https://www.depop.com/products/jaxvintage-harley-tee-90s/");
        say(10, "14:03", RACK_CHAT, JAX, "https://www.depop.com/products/jaxvintage-leather-trucker/");
        say(10, "14:05", RACK_CHAT, JAX, "https://www.depop.com/products/jaxvintage-nike-windbreaker-90s/");
        say(10, "14:06", RACK_CHAT, JAX, "https://www.depop.com/products/jaxvintage-guess-denim-skirt/");
        say(10, "14:08", RACK_CHAT, JAX, "https://www.depop.com/products/jaxvintage-fila-track-top/");
        say(10, "14:30", RACK_CHAT, BREE, "lol Jax this is #this-weeks-pulls with extra steps");
        Post bag = say(10, "16:00", PRICE_CHECK, TESS, "coach bag, 90s, brass hardware, leather's dry. what would "
                + "you ask?");
        re(10, "16:40", CARLOS, bag, "Tess condition them first (any leather balm), then £90ish. without "
                + "conditioning it sits");
        re(10, "17:00", TESS, bag, "ok");
        say(11, "10:10", SOURCING, YUSUF, "rag house near Swindon does trade days on first Saturdays, ask for the "
                + "'pre-sort' room");
        say(11, "10:30", SOURCING, CARLOS, "Yusuf is it worth the drive? I've heard it's mostly fast fashion");
        say(11, "10:45", SOURCING, YUSUF, "80% fast fashion, but the pre-sort room is where the good stuff hides. "
                + "go early");
        say(12, "12:00", PULLS, BREE, "mum-style Levi's x3, different washes "
                + "https://www.depop.com/products/breesaunders-levis-mom-jeans-bundle/");
        say(13, "09:30", PULLS, NOOR, "first ever listing!! 80s batwing jumper from the attic "
                + "https://www.vinted.co.uk/items/4401723-batwing-jumper");
        say(13, "09:50", PULLS, IMOGEN, "Noor that's a great first piece 🌹");

        // Week 3 (W48)
        say(15, "10:00", PULLS, JAX, "Harley tee finally sold. this week: Champion reverse weave, 90s "
                + "https://www.depop.com/products/jaxvintage-champion-rw-90s/");
        Post pendleton = say(15, "11:00", PRICE_CHECK, TESS, "pendleton wool shirt, 70s, size L, no flaws. price?");
        re(15, "11:40", YUSUF, pendleton, "Tess £55–65, more if it's a loop collar");
        say(15, "12:00", PRICE_CHECK, TESS, "it's not. ok");
        say(16, "15:00", RACK_CHAT, NOOR, "@Bree Saunders wait, I bought that 80s Escada blazer off you last year "
                + "and didn't realise you were here! still my favourite thing. do you ever get the matching skirts?");
        say(16, "15:40", RACK_CHAT, BREE, "Noor no way!! so happy it went to a good home 🥹 skirts are rare but I'll "
                + "keep an eye out and tag you");
        Post wind = say(17, "10:15", PRICE_CHECK, NOOR, "first time posting here, what's a fair price for this 90s "
                + "windbreaker? colour block, tiny pull on the sleeve");
        Post boots = say(17, "11:00", PRICE_CHECK, TESS, "and these, 80s cowboy boots, size 6, resoled. what "
                + "would you ask?");
        re(17, "12:30", BREE, boots, "Tess resoled is a plus, £70–85");
        re(17, "13:00", TESS, boots, "ok");
        say(17, "15:20", RACK_CHAT, TESS, "slow sales week for anyone else?");
        say(17, "15:30", RACK_CHAT, CARLOS, "always slow before black friday, people are waiting");
        re(18, "09:10", IMOGEN, wind, "Noor sorry this sat! £30–38 for a colour block one, mention the pull and "
                + "show it");
        re(18, "09:30", NOOR, wind, "thank you Imogen!!");
        say(19, "16:00", PULLS, YUSUF, "military parka, 1980s, all patches intact https://www.ebay.co.uk/itm/186502019944");
        say(19, "16:20", PULLS, CARLOS, "Yusuf that's a good one, the patches make it");
        Post trucker = say(20, "11:00", PRICE_CHECK, TESS, "levi's trucker jacket type 3, 80s. price?");
        re(20, "11:25", CARLOS, trucker, "Tess check the tag first: if it's a made-in-USA one, £80+, otherwise "
                + "£45–55");
        re(20, "11:40", TESS, trucker, "ok ta");
    }

    /** G. A community choir: notes from the director, lifts, the winter concert; nobody sells but one soloist. */
    private void choir() {
        // Week 1 (W46)
        say(1, "20:45", PODIUM, RUTH, "Lovely rehearsal tonight. For Thursday: sopranos, bars 40–56 of the Rutter, "
                + "please. Basses, the low D is a D, not a suggestion 😉");
        say(1, "21:05", FOYER, PETE, "the low D is a suggestion and I will die on this hill");
        say(1, "21:10", FOYER, JOEL, "Pete you'll die ON the low D");
        Post organ = say(1, "21:20", FOYER, ANNELIESE, "are we doing the Rutter with organ or piano at the concert?");
        re(1, "21:35", HARRIET, organ, "organ on the night, piano in rehearsals. Ruth says it'll feel huge");
        say(2, "09:00", WINTER, HARRIET, "Tickets for the 12 December concert are on sale! £10 / £5 concessions, "
                + "bring your families https://www.ticketsource.co.uk/riversidechoir");
        say(2, "09:30", WINTER, ANNELIESE, "booked 6 already, my whole family is coming");
        say(2, "10:15", LIFTS, JOEL, "anyone coming from Hartley way on Thursday? happy to give a lift, 3 seats");
        say(2, "10:40", LIFTS, PETE, "Joel yes please! the usual corner by the chemist?");
        say(2, "10:45", LIFTS, JOEL, "yep 6:50");
        say(3, "20:00", LIFTS, PETE, "Joel could you do next Thursday too?");
        say(3, "20:20", LIFTS, JOEL, "yep, standing arrangement now 👍");
        say(3, "19:30", FOYER, CELESTE, "does anyone have a spare black folder? mine fell apart");
        say(3, "19:40", FOYER, DOUG, "Celeste I've got two, I'll bring one Thursday");
        say(3, "19:45", FOYER, CELESTE, "thank you Doug!!");
        say(4, "11:00", FOYER, HARRIET, "@Anneliese Ward could you run the alto sectional on Wednesday the 18th? I'm "
                + "at a work thing that night");
        say(4, "22:00", PODIUM, RUTH, "Thank you all. Next Monday we stage the concert order for the first time, "
                + "arrive 10 minutes early please");
        say(5, "12:30", FOYER, DOUG, "cracking rehearsal last night, the Rutter is finally coming together");
        say(5, "12:40", FOYER, PETE, "even the low D 👀");

        // Week 2 (W47)
        say(8, "08:30", FOYER, ANNELIESE, "So sorry Harriet, I was at my mum's all week with no signal! Happy to take "
                + "your sectional on the 18th, send me the bars");
        say(8, "08:50", FOYER, HARRIET, "you're a star, bars 12–60 of the Gjeilo");
        say(8, "12:00", FOYER, CELESTE, "my solo recital at St Anne's is on the 21st!! Schubert and Fauré, tickets "
                + "£12 https://www.eventbrite.co.uk/e/celeste-moreau-winter-recital-tickets");
        say(8, "12:20", FOYER, PETE, "ooh Celeste good luck!");
        say(8, "21:10", PODIUM, RUTH, "Concert order is now in the shared folder. Black on top, any colour scarf. "
                + "Thursday we run it straight through");
        say(9, "09:00", WINTER, HARRIET, "Reminder: 40 tickets left for the 12th 🎄 "
                + "https://www.ticketsource.co.uk/riversidechoir");
        say(9, "10:00", WINTER, CELESTE, "while you're buying tickets, my recital is this month too 😊 "
                + "https://www.eventbrite.co.uk/e/celeste-moreau-winter-recital-tickets");
        say(10, "18:00", LIFTS, CELESTE, "anyone coming to my recital could carpool from here! tickets: "
                + "https://www.eventbrite.co.uk/e/celeste-moreau-winter-recital-tickets");
        Post scarf = say(10, "19:30", WINTER, JOEL, "do the basses wear the same scarves as everyone or is there a "
                + "bass scarf");
        re(10, "19:45", HARRIET, scarf, "Joel any colour! Ruth wants it festive, not uniform");
        re(10, "19:50", JOEL, scarf, "excellent, the orange one it is");
        say(9, "19:00", FOYER, JOEL, "what's everyone wearing on top? my only black jumper has a hole in the elbow");
        say(9, "19:10", FOYER, PETE, "Joel nobody will see a hole from the back row");
        say(9, "19:12", FOYER, JOEL, "I'm in the FRONT row Pete");
        say(11, "20:00", FOYER, DOUG, "Anneliese the sectional was great tonight, thank you");
        say(11, "20:10", FOYER, ANNELIESE, "Doug you weren't even there, it was altos 😂");
        say(11, "20:15", FOYER, DOUG, "I could hear it from the car park, that counts");
        say(12, "22:00", PODIUM, RUTH, "Best run-through yet. Sopranos, the top A in the Gjeilo was beautiful. "
                + "Everyone: please learn the last page off copy by the 1st");
        say(11, "12:00", FOYER, CELESTE, "two days till my recital! still a few tickets "
                + "https://www.eventbrite.co.uk/e/celeste-moreau-winter-recital-tickets");
        say(11, "12:30", FOYER, ANNELIESE, "Celeste I'll try to come!");

        // Week 3 (W48)
        say(15, "21:00", PODIUM, RUTH, "Three weeks to go. Dress rehearsal is Thursday 10th at the church, 6:30 sharp");
        say(15, "21:20", FOYER, HARRIET, "that felt like a proper concert run tonight");
        say(15, "21:30", FOYER, RUTH, "Harriet it did. the altos carried the Gjeilo");
        say(16, "09:00", WINTER, HARRIET, "Final push for tickets! We're at 150 sold, let's fill the church "
                + "https://www.ticketsource.co.uk/riversidechoir");
        say(16, "10:30", LIFTS, JOEL, "@Doug Fairweather could you pick me up Thursday? car's in the garage till "
                + "next week. I'm by the library");
        say(16, "19:00", FOYER, DOUG, "did anyone see the Christmas lights went up on the bridge? very festive");
        say(16, "19:15", FOYER, PETE, "they're a bit much this year Doug");
        say(17, "12:30", FOYER, DOUG, "Pete a bit much is the point of Christmas lights");
        say(17, "20:00", FOYER, CELESTE, "thank you to everyone who came on Saturday, especially Anneliese and Pete "
                + "🥹");
        say(17, "20:10", FOYER, PETE, "it was gorgeous Celeste, the Fauré!!");
        say(18, "14:00", LIFTS, JOEL, "sorted, Pete's picking me up");
        say(18, "14:20", LIFTS, PETE, "6:50 outside the library Joel");
        say(19, "22:10", PODIUM, RUTH, "Thank you for a focused rehearsal. Last page off copy next week please, "
                + "I'll be watching 👀");
        say(19, "22:30", FOYER, DOUG, "Ruth I have it memorised. the words. not the notes");
        say(20, "10:00", FOYER, HARRIET, "alto social after the concert at the Swan, all sections welcome");
        say(20, "10:20", FOYER, PETE, "count me in for the Swan");
        say(20, "10:30", FOYER, ANNELIESE, "and me! Joel you're coming, no excuses");
        Post stands = say(18, "19:00", WINTER, ANNELIESE, "do we bring our own music stands to the church?");
        re(18, "19:30", HARRIET, stands, "no, they have them. just folders, and a bottle of water");
    }

    /** H. Indie mobile-app developers and their beta testers: release notes in one room, tester calls in another. */
    private void apps() {
        // Week 1 (W46)
        say(1, "10:00", WHAT_SHIPPED, QUINN, "Tally 1.4.1: offline mode for the counters, fixed the widget not "
                + "refreshing on iOS 18 https://tallyapp.dev/changelog#1-4-1");
        say(1, "11:30", WHAT_SHIPPED, BO, "Fika Timer 2.0 is out. rewrote the whole thing in Compose, 30% smaller APK "
                + "https://fikatimer.se/releases/2.0");
        say(1, "11:45", WHAT_SHIPPED, QUINN, "Bo 30% smaller is wild, what did you cut?");
        say(1, "12:10", WHAT_SHIPPED, BO, "Quinn mostly an old charting lib I used for one screen 🙈");
        say(1, "15:00", APP_LOBBY, MASON, "Big week for me. I hit $1k MRR on my habit app on Sunday, which I honestly "
                + "didn't think I'd see this year. My churn is down to 4% since I rebuilt my onboarding, and my trial "
                + "conversion went from 9% to 14%. I'm going to write up my whole pricing experiment at some point");
        say(1, "15:20", APP_LOBBY, ROSA, "congrats Mason!");
        say(1, "15:40", APP_LOBBY, MASON, "Thanks! I think the key for me was that I stopped adding features and "
                + "fixed my paywall copy. I spent two weeks on my paywall alone. My next goal is $2k by March, I've "
                + "got my roadmap pinned on my wall lol");
        Post call = say(2, "09:00", TESTER_CALLS, FARAH, "Looking for 10 Android testers for Stitchly (knitting "
                + "pattern tracker) 🧶 two weeks, tell me what confuses you. Join here: "
                + "https://play.google.com/apps/testing/dev.farah.stitchly");
        re(2, "09:30", ELI, call, "in! my partner knits so I'll make her do the hard bits");
        say(2, "14:00", FEEDBACK, NELL, "would love honest feedback on my onboarding, 3 screens. is step 2 too "
                + "long? https://nellashby.dev/onboarding-v2");
        say(2, "14:40", FEEDBACK, QUINN, "Nell step 2 asks for 5 things before showing me anything. I'd drop to "
                + "name + goal and ask the rest later");
        say(2, "15:00", FEEDBACK, BO, "+1, and the skip button is nearly invisible on dark mode");
        say(2, "15:20", FEEDBACK, NELL, "ugh you're both right. cutting it to two fields tonight, thank you");
        say(3, "11:00", APP_LOBBY, MASON, "My app got featured in a newsletter this morning and my downloads tripled. "
                + "I'm watching my dashboard like a hawk, I've never had a spike like this. My server is fine so far, "
                + "I'd upgraded my database plan last month just in case");
        say(3, "11:20", APP_LOBBY, BO, "nice, which newsletter?");
        say(3, "11:25", APP_LOBBY, MASON, "a productivity one, 40k subs. I'd pitched them in September and forgotten "
                + "about it. My inbox is full of support emails now, I'm answering them all myself");
        Post build = say(3, "16:00", APP_LOBBY, ROSA, "is there a way to see which build I'm on in TestFlight? I keep "
                + "reporting bugs for old builds 🙈");
        re(3, "16:20", QUINN, build, "Rosa it's under the app's name in TestFlight, 'Build 42' and so on");
        re(3, "16:25", ROSA, build, "oh there it is. thank you!");
        say(4, "09:00", TESTER_CALLS, FARAH, "Stitchly update: 6 testers in, 4 spots left "
                + "https://play.google.com/apps/testing/dev.farah.stitchly");
        say(4, "13:00", WHAT_SHIPPED, FARAH, "Stitchly 0.9 beta: row counter survives the app being killed now (sorry "
                + "to everyone who lost their place) https://stitchly.app/notes/0-9");
        say(4, "13:30", WHAT_SHIPPED, ROSA, "Farah thank you, that one got me twice 😂");
        say(5, "16:00", APP_LOBBY, MASON, "Spike's calmed down. I kept about 30% of the new users which I'm really "
                + "happy with. I'll post my numbers when I have a full week");
        say(6, "10:00", TESTER_CALLS, FARAH, "Last 2 spots for Stitchly testing, closing tomorrow "
                + "https://play.google.com/apps/testing/dev.farah.stitchly");
        say(6, "10:30", TESTER_CALLS, ROSA, "grabbed one! Farah does it work on tablets?");
        say(6, "10:50", TESTER_CALLS, FARAH, "Rosa it should, landscape is ugly though, tell me how ugly");

        // Week 2 (W47)
        say(8, "10:00", APP_LOBBY, ZED, "could everyone rate my app on the play store? ratings really help the "
                + "algorithm 🙏 https://play.google.com/store/apps/details?id=com.zedharlow.plantpal");
        say(8, "11:00", WHAT_SHIPPED, MASON, "Habitly 3.2: streak freezes, and the widget finally respects dark mode "
                + "https://habitly.app/changelog/3-2");
        Post crash = say(9, "09:15", WHAT_SHIPPED, ROSA, "@Quinn Lee does 1.4.1 fix the crash on Android 12 when you "
                + "rotate the counter screen? still getting it on my old phone");
        say(9, "12:00", APP_LOBBY, ELI, "first week at the new job done, tired but good");
        say(9, "12:10", APP_LOBBY, QUINN, "congrats Eli!");
        say(9, "14:00", DM_ZED_ELI, ZED, "hey Eli, would you mind leaving plantpal a 5 star review? 🙏 it'd help "
                + "loads https://play.google.com/store/apps/details?id=com.zedharlow.plantpal");
        re(10, "08:40", QUINN, crash, "Rosa not yet, I can reproduce it though. fix is in 1.4.2, should be out Friday. "
                + "thanks for the report!");
        say(10, "09:00", WHAT_SHIPPED, BO, "Fika Timer 2.0.1: the break reminder no longer fires during calls "
                + "https://fikatimer.se/releases/2.0.1");
        say(10, "18:00", APP_LOBBY, ROSA, "got the job!! I start in January 🎉");
        say(10, "18:20", APP_LOBBY, FARAH, "ROSA 🎉🎉");
        say(10, "19:00", APP_LOBBY, ZED, "congrats on the job Rosa! could you leave plantpal a rating too? 🙏");
        Post pricing = say(11, "13:00", FEEDBACK, BO, "thinking of going from one-off €3.99 to €1.49/month. roast my "
                + "reasoning: https://fikatimer.se/pricing-draft");
        re(11, "13:40", MASON, pricing, "Bo subscription for a timer is a hard sell unless there's sync or stats. "
                + "Maybe keep the one-off and add a pro tier with those?");
        re(11, "14:00", FARAH, pricing, "agree with Mason, people hate subscriptions for small tools. I'd keep the "
                + "one-off");
        re(11, "14:15", BO, pricing, "ok that's two for one-off. keeping it, thank you both");
        say(12, "10:00", WHAT_SHIPPED, QUINN, "Tally 1.4.2: rotation crash on Android 12 fixed (thanks Rosa!) "
                + "https://tallyapp.dev/changelog#1-4-2");
        say(12, "10:30", WHAT_SHIPPED, FARAH, "Stitchly 0.9.1: tablet landscape is now merely plain, not ugly "
                + "https://stitchly.app/notes/0-9-1");
        say(13, "16:00", WHAT_SHIPPED, MASON, "Habitly 3.2.1: hotfix for the streak freeze counting twice "
                + "https://habitly.app/changelog/3-2-1");

        // Week 3 (W48)
        say(15, "09:30", APP_LOBBY, ELI, "anyone else's TestFlight builds expiring early this week?");
        say(15, "09:50", APP_LOBBY, QUINN, "Eli yes, Apple had an outage over the weekend, re-invite fixed it for me");
        say(15, "10:30", APP_LOBBY, ELI, "re-invite worked, thanks Quinn");
        say(16, "11:00", WHAT_SHIPPED, BO, "Fika Timer 2.1: Wear OS tile! https://fikatimer.se/releases/2.1");
        say(16, "11:20", WHAT_SHIPPED, QUINN, "Bo the tile is so clean");
        say(17, "08:15", APP_LOBBY, NELL, "https://apps.apple.com/gb/app/nudge-journal/id6470021337");
        say(17, "14:00", TESTER_CALLS, QUINN, "Tally 1.5 beta needs 5 iPad testers, widgets on the lock screen "
                + "https://testflight.apple.com/join/TaLLy15b");
        say(17, "14:20", TESTER_CALLS, ROSA, "I have an old iPad, in");
        say(18, "12:00", APP_LOBBY, MASON, "Bo did you keep the one-off price in the end?");
        say(18, "12:30", APP_LOBBY, BO, "Mason yes, and added a €2.99 pro unlock for stats. 11 sales already");
        say(18, "12:35", APP_LOBBY, MASON, "nice, told you the stats would sell");
        say(19, "15:00", WHAT_SHIPPED, FARAH, "Stitchly 1.0 is on the Play Store!!! thank you to every single tester "
                + "here 🧶 https://stitchly.app/notes/1-0");
        say(19, "15:20", WHAT_SHIPPED, ROSA, "FARAH 🎉");
        say(19, "15:30", WHAT_SHIPPED, ELI, "my partner says thank you for the row counter");
        say(20, "13:00", APP_LOBBY, FARAH, "1.0 weekend: 212 downloads, three one-star reviews all about landscape "
                + "mode 😭");
        say(20, "13:20", APP_LOBBY, BO, "Farah landscape people are a proud and vocal minority");
        say(20, "13:30", APP_LOBBY, FARAH, "🙃 fixing it anyway");
    }
}
