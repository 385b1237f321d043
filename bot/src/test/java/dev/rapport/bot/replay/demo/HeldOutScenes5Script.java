package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A fifth round of held-out scenes for {@code rapport eval tips}, sealed: written and labelled in
 * {@code bot/src/test/resources/eval/held-out-scenes-5.csv} before the coach was run on them, and run once, by the
 * integrator, for the final held-out figure. Nobody tunes the rules on it.
 *
 * <p>Two weeks from Monday 3 August 2026 (ISO weeks 2026-W32 and W33), in UTC. Every scene is its own guild; no person
 * appears in two scenes. Run {@link #main} to regenerate {@code bot/src/test/resources/eval/held-out-scenes-5/}
 * ({@code ScenesAreUpToDateTest} fails when the committed files differ).
 */
public final class HeldOutScenes5Script extends StoryScript {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 8, 3);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 8, 17, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(2900);

    // --- V1. A freelance developer talks shop with developers all week while business owners' questions wait --
    static final String WEB = IDS.guild(61);
    static final Role WEB_DEVELOPER = new Role(IDS.id("2023-05-02"), "Developer", "#9b59b6", 2);
    static final Role WEB_OWNER = new Role(IDS.id("2023-05-02"), "Business Owner", "#f1c40f", 2);
    static final Channel WEB_HIRE = IDS.channel(WEB, "Freelance Web Collective", "hire-me",
            "Say what work you're looking for.", "web-hire-me.json");
    static final Channel WEB_ASK = IDS.channel(WEB, "Freelance Web Collective", "ask-a-developer",
            "Business owners: ask the developers anything.", "web-ask-a-developer.json");
    static final Channel WEB_LOUNGE = IDS.channel(WEB, "Freelance Web Collective", "dev-lounge",
            "Developers talking shop.", "web-dev-lounge.json");
    static final Persona NADIA = IDS.person("nadiabuilds", "Nadia", WEB_DEVELOPER);
    static final Persona BEN = IDS.person("benwp", "Ben", WEB_DEVELOPER);
    static final Persona CRUZ = IDS.person("cruzreact", "Cruz", WEB_DEVELOPER);
    static final Persona DALIA = IDS.person("daliashop", "Dalia", WEB_OWNER);
    static final Persona EMEKA = IDS.person("emekacafe", "Emeka", WEB_OWNER);
    static final Persona FLO = IDS.person("floflowers", "Flo", WEB_OWNER);

    // --- V2. A help community for bakers: a beginner's many questions, a helper who answers from experience ---
    static final String SOURDOUGH = IDS.guild(62);
    static final Channel DOUGH_HELP = IDS.channel(SOURDOUGH, "Sourdough Rescue", "help",
            "Starter trouble? Flat loaves? Ask here.", "sourdough-help.json");
    static final Persona IRIS = IDS.person("irisbakes", "Iris");
    static final Persona COLE = IDS.person("colecrumb", "Cole");
    static final Persona GRETA = IDS.person("gretarye", "Greta");
    static final Persona LOTTE = IDS.person("lotteloaf", "Lotte");
    static final Persona PIM = IDS.person("pimstarter", "Pim");
    static final Persona HAMID = IDS.person("hamidflour", "Hamid");

    // --- V3. A neighbourhood server: a bake-sale link in four channels, a plumber recommended -----------------
    static final String STREET = IDS.guild(63);
    static final Channel STREET_GENERAL = IDS.channel(STREET, "Elm Street Neighbours", "general",
            "Anything about the street.", "street-general.json");
    static final Channel STREET_EVENTS = IDS.channel(STREET, "Elm Street Neighbours", "events",
            "What's on nearby.", "street-events.json");
    static final Channel STREET_PARENTS = IDS.channel(STREET, "Elm Street Neighbours", "parents",
            "School runs, clubs, childcare.", "street-parents.json");
    static final Channel STREET_PETS = IDS.channel(STREET, "Elm Street Neighbours", "pets",
            "Lost cats, dog walkers, vets.", "street-pets.json");
    static final Persona PEARL = IDS.person("pearlelm", "Pearl");
    static final Persona REX = IDS.person("rexno12", "Rex");
    static final Persona SAM = IDS.person("samcorner", "Sam");
    static final Persona TOVE = IDS.person("tovebins", "Tove");

    // --- V4. A coach's "DM me GROWTH", in #general and to a newcomer's introduction ---------------------------
    static final String COACHES = IDS.guild(64);
    static final Channel COACH_INTROS = IDS.channel(COACHES, "Coaches Collective", "introductions",
            "New here? Say hello.", "coaches-introductions.json");
    static final Channel COACH_GENERAL = IDS.channel(COACHES, "Coaches Collective", "general",
            "Coaching life.", "coaches-general.json");
    static final Channel COACH_FIRST = IDS.channel(COACHES, "Coaches Collective", "first-clients",
            "Getting your first clients.", "coaches-first-clients.json");
    static final Persona ZED = IDS.person("zedgrowth", "Zed");
    static final Persona AMARA = IDS.person("amaracareers", "Amara");
    static final Persona BRYN = IDS.person("brynleads", "Bryn");
    static final Persona CYRA = IDS.person("cyracoach", "Cyra");

    // --- V5. A jeweller gets photo critiques all week and gives none back ---------------------------------------
    static final String MAKERS = IDS.guild(65);
    static final Channel MAKERS_CRITIQUE = IDS.channel(MAKERS, "Makers Photo Critique", "critique",
            "Post a product photo, get honest critique, give some back.", "makers-critique.json");
    static final Channel MAKERS_CHAT = IDS.channel(MAKERS, "Makers Photo Critique", "chat", "Off topic.",
            "makers-chat.json");
    static final Persona TESS = IDS.person("tesssilver", "Tess");
    static final Persona VEE = IDS.person("veeceramics", "Vee");
    static final Persona WREN = IDS.person("wrenenamel", "Wren");
    static final Persona YAN = IDS.person("yanleather", "Yan");

    // --- V6. Portfolio reviews: a mentee asks for review, a mentor plugs his newsletter under every review ---
    static final String UX = IDS.guild(66);
    static final Channel UX_REVIEW = IDS.channel(UX, "UX Mentorship Circle", "portfolio-review",
            "Ask for a review of your portfolio or case study.", "ux-portfolio-review.json");
    static final Persona YUKI = IDS.person("yukidesigns", "Yuki");
    static final Persona DMITRI = IDS.person("dmitriux", "Dmitri");
    static final Persona ABE = IDS.person("aberesearch", "Abe");
    static final Persona LENA = IDS.person("lenaflows", "Lena");
    static final Persona OMID = IDS.person("omidpixels", "Omid");

    // --- V7. Marketers: someone posts fourteen article links and talks with nobody; a reading list when asked -
    static final String B2B = IDS.guild(67);
    static final Channel B2B_GENERAL = IDS.channel(B2B, "B2B Marketing Guild", "general", "Talk marketing.",
            "b2b-general.json");
    static final Persona LOU = IDS.person("loulinks", "Lou");
    static final Persona MEL = IDS.person("melpricing", "Mel");
    static final Persona NATE = IDS.person("natedemand", "Nate");
    static final Persona ORLA = IDS.person("orlacontent", "Orla");

    // --- V8. Potters: an advocate's referral goes unheard; a customer answered on three days --------------------
    static final String CLAY = IDS.guild(68);
    static final Role CLAY_CUSTOMER = new Role(IDS.id("2023-05-02"), "Customer", "#3498db", 2);
    static final Channel CLAY_GLAZES = IDS.channel(CLAY, "Clay & Kiln", "glazes", "Recipes, firing, disasters.",
            "clay-glazes.json");
    static final Channel CLAY_ORDERS = IDS.channel(CLAY, "Clay & Kiln", "orders",
            "Customers: ask our potters about orders and commissions.", "clay-orders.json");
    static final Persona GIA = IDS.person("giapots", "Gia");
    static final Persona HUGO = IDS.person("hugostoneware", "Hugo");
    static final Persona JUDE = IDS.person("judekiln", "Jude");
    static final Persona ULI = IDS.person("ulimugs", "Uli", CLAY_CUSTOMER);
    static final Persona KAI = IDS.person("kaibowls", "Kai", CLAY_CUSTOMER);

    // --- V9. Founders: someone replies to every win with one of his own -----------------------------------------
    static final String FOUNDERS = IDS.guild(69);
    static final Channel FOUNDERS_GENERAL = IDS.channel(FOUNDERS, "Bootstrapped Founders", "general",
            "Building without investors.", "founders-general.json");
    static final Channel FOUNDERS_WINS = IDS.channel(FOUNDERS, "Bootstrapped Founders", "wins",
            "Share a win, big or small.", "founders-wins.json");
    static final Persona PAX = IDS.person("paxscales", "Pax");
    static final Persona ROSA = IDS.person("rosasaas", "Rosa");
    static final Persona SVEN = IDS.person("svenships", "Sven");
    static final Persona TOMAS = IDS.person("tomaschurn", "Tomas");

    static final List<Persona> CAST = List.of(NADIA, BEN, CRUZ, DALIA, EMEKA, FLO, IRIS, COLE, GRETA, LOTTE, PIM,
            HAMID, PEARL, REX, SAM, TOVE, ZED, AMARA, BRYN, CYRA, TESS, VEE, WREN, YAN, YUKI, DMITRI, ABE, LENA, OMID,
            LOU, MEL, NATE, ORLA, GIA, HUGO, JUDE, ULI, KAI, PAX, ROSA, SVEN, TOMAS);

    static final List<Channel> CHANNELS = List.of(WEB_HIRE, WEB_ASK, WEB_LOUNGE, DOUGH_HELP, STREET_GENERAL,
            STREET_EVENTS, STREET_PARENTS, STREET_PETS, COACH_INTROS, COACH_GENERAL, COACH_FIRST, MAKERS_CRITIQUE,
            MAKERS_CHAT, UX_REVIEW, B2B_GENERAL, CLAY_GLAZES, CLAY_ORDERS, FOUNDERS_GENERAL, FOUNDERS_WINS);

    private HeldOutScenes5Script() {
        super(new Story(FIRST_MONDAY, 14, ZoneOffset.UTC, CAST));
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutScenes5Script s = new HeldOutScenes5Script();
        s.peersOnly();
        s.sourdough();
        s.neighbours();
        s.growthCoach();
        s.critique();
        s.portfolioReview();
        s.linkPoster();
        s.potters();
        s.founders();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/held-out-scenes-5");
        ExportWriter.writeAll(dir, files(), "the fifth (sealed) held-out scenes");
    }

    private void peersOnly() {
        at(1, "09:00").in(WEB_HIRE).say(NADIA, "Booking Shopify and WordPress projects for September. Small "
                + "businesses very welcome! Portfolio: https://nadiabuilds.example");
        at(1, "10:00").in(WEB_HIRE).say(CRUZ, "Open for React and Next.js contracts from mid-August, three days a "
                + "week.");
        at(2, "11:00").in(WEB_HIRE).say(BEN, "I have room for two more WordPress maintenance clients on monthly "
                + "plans.");
        // The developers' lounge: Nadia talks shop all week.
        Post astro = at(1, "13:00").in(WEB_LOUNGE).say(NADIA, "Has anyone moved a client site from Next to Astro? "
                + "Tempted for the marketing pages.");
        Post moved = at(1, "13:20").in(WEB_LOUNGE).reply(CRUZ, astro, "Did one in spring. Builds got much faster, "
                + "but the forms took a day to redo.");
        Post forms = at(1, "13:35").in(WEB_LOUNGE).reply(NADIA, moved, "A day is fine. What did you use for the "
                + "forms?");
        at(1, "13:50").in(WEB_LOUNGE).reply(CRUZ, forms, "A tiny serverless function, nothing fancy.");
        Post hosting = at(2, "09:30").in(WEB_LOUNGE).say(BEN, "My host put prices up 40% overnight. Where are "
                + "you all hosting WordPress these days?");
        Post vps = at(2, "09:50").in(WEB_LOUNGE).reply(NADIA, hosting, "A managed VPS, and I pass the cost on with "
                + "a small margin. Moved twelve sites last year.");
        Post margin = at(2, "10:10").in(WEB_LOUNGE).reply(BEN, vps, "Twelve! Did the clients mind the margin?");
        at(2, "10:25").in(WEB_LOUNGE).reply(NADIA, margin, "Nobody asked. They pay for not having to think "
                + "about it.");
        Post tailwind = at(3, "15:00").in(WEB_LOUNGE).say(CRUZ, "Hot take: Tailwind is great for teams and "
                + "painful for solo freelancers.");
        Post disagree = at(3, "15:15").in(WEB_LOUNGE).reply(NADIA, tailwind, "Disagree! It's the only reason "
                + "I can pick up a project from six months ago.");
        Post fair = at(3, "15:40").in(WEB_LOUNGE).reply(CRUZ, disagree, "Fair, the six-month test is real.");
        at(3, "15:55").in(WEB_LOUNGE).reply(NADIA, fair, "Ha, we can agree on that at least.");
        Post invoices = at(4, "11:00").in(WEB_LOUNGE).say(NADIA, "What are you all using for invoices? My "
                + "spreadsheet is falling apart.");
        Post invoiceTool = at(4, "11:30").in(WEB_LOUNGE).reply(BEN, invoices, "The accounting app my bank "
                + "bundles. Boring, works.");
        at(4, "11:45").in(WEB_LOUNGE).reply(NADIA, invoiceTool, "Boring is what I want, thanks Ben.");
        Post rates = at(5, "16:00").in(WEB_LOUNGE).say(CRUZ, "Raising my day rate in September. Nervous.");
        at(5, "16:20").in(WEB_LOUNGE).reply(NADIA, rates, "Do it, and tell existing clients a month ahead. Nobody "
                + "left when I did.");
        Post friday = at(7, "10:00").in(WEB_LOUNGE).say(BEN, "Anyone else refuse to deploy on a Friday?");
        Post never = at(7, "10:15").in(WEB_LOUNGE).reply(NADIA, friday, "Never on a Friday. Learned that the hard "
                + "way with a shop launch.");
        at(7, "10:30").in(WEB_LOUNGE).reply(BEN, never, "We all have that one story.");
        at(7, "10:45").in(WEB_LOUNGE).reply(NADIA, never, "Mine involved a payment plugin and a bank holiday.");
        // Business owners ask in #ask-a-developer; Ben answers one of them.
        Post checkout = at(2, "14:00").in(WEB_ASK).say(DALIA, "My WooCommerce checkout takes ten seconds to load. "
                + "Is that normal, or is something broken?");
        Post plugin = at(2, "15:00").in(WEB_ASK).reply(BEN, checkout, "Not normal. Usually it's a plugin doing too "
                + "much on the checkout page. Switch plugins off one by one on a staging copy and time it.");
        Post cost = at(2, "15:30").in(WEB_ASK).reply(DALIA, plugin, "Thanks! Roughly what would it cost to have "
                + "someone fix it?");
        Post quote = at(2, "16:00").in(WEB_ASK).reply(BEN, cost, "Usually half a day to a day, so 250 to 400 euros. "
                + "Happy to take a look if you like: https://benwp.example/contact");
        at(2, "16:20").in(WEB_ASK).reply(DALIA, quote, "I'll send you a message, thanks Ben.");
        Post refresh = at(5, "10:00").in(WEB_ASK).say(EMEKA, "Do I need a whole new website, or would a refresh do? "
                + "Mine is from 2017 and looks tired on phones.");
        Post maps = at(6, "09:00").in(WEB_ASK).say(FLO, "How do I get my flower shop to show up on Google Maps when "
                + "people nearby search for flowers?");
        at(6, "20:00").in(WEB_ASK).say(DALIA, "Is it worth paying for a premium theme, or are the free ones fine "
                + "for a small shop?");
        // Week two: Nadia answers the business owners.
        Post profile = at(8, "10:00").in(WEB_ASK).reply(NADIA, maps, "Claim your Google Business Profile and add "
                + "opening hours and a few photos, that's most of it. Happy to help if you get stuck!");
        at(8, "10:20").in(WEB_ASK).reply(FLO, profile, "Done already, thank you Nadia!");
        Post keep = at(8, "10:30").in(WEB_ASK).reply(NADIA, refresh, "Often a refresh is enough: a mobile-friendly "
                + "theme and fresh photos. If your words still fit the café, keep them.");
        Post quoteAsk = at(8, "11:00").in(WEB_ASK).reply(EMEKA, keep, "That's reassuring. Could you quote for the "
                + "refresh?");
        at(8, "11:15").in(WEB_ASK).reply(NADIA, quoteAsk, "Sure, I'll send you a DM this afternoon.");
        Post monday = at(10, "09:00").in(WEB_LOUNGE).say(CRUZ, "Rate rise emails sent. Two replies so far, both "
                + "fine!");
        at(10, "09:20").in(WEB_LOUNGE).reply(NADIA, monday, "Told you 🎉");
    }

    private void sourdough() {
        Post smell = at(1, "19:00").in(DOUGH_HELP).say(IRIS, "Help, my starter smells like nail polish remover. "
                + "Is it dead?");
        Post hungry = at(1, "19:10").in(DOUGH_HELP).reply(COLE, smell, "Not dead, just hungry! That smell means it "
                + "ran out of food. Feed it more often: https://sourdoughrescue.example/wiki/feeding-ratios");
        Post often = at(1, "19:20").in(DOUGH_HELP).reply(IRIS, hungry, "Phew. How much more often?");
        at(1, "19:30").in(DOUGH_HELP).reply(COLE, often, "Twice a day for now, at 1:5:5. I keep mine on the counter "
                + "and feed it at eight and eight.");
        Post ratio = at(1, "19:45").in(DOUGH_HELP).say(IRIS, "What does 1:5:5 mean exactly? Sorry, I'm very new at "
                + "this.");
        at(1, "19:50").in(DOUGH_HELP).reply(GRETA, ratio, "One part starter, five flour, five water, by weight.");
        at(1, "20:00").in(DOUGH_HELP).say(IRIS, "Should I keep using the same flour I started with? I used rye.");
        Post cold = at(1, "20:06").in(DOUGH_HELP).say(IRIS, "Also my kitchen is quite cold at night, about 16 "
                + "degrees. Does that matter?");
        at(1, "20:15").in(DOUGH_HELP).reply(COLE, cold, "Rye is great. And yes, cold slows it down a lot. I put mine "
                + "in the oven with only the light on.");
        at(1, "20:30").in(DOUGH_HELP).say(IRIS, "Oven light trick, love it. Mine's in there now.");
        Post ready = at(1, "21:00").in(DOUGH_HELP).say(IRIS, "How will I know when it's ready to bake with?");
        at(1, "21:10").in(DOUGH_HELP).reply(GRETA, ready, "When it doubles within four to six hours of a feed and "
                + "smells sweet and sour. The float test is unreliable.");
        Post half = at(2, "08:00").in(DOUGH_HELP).say(IRIS, "Morning! It's bubbly, but it only rose by half "
                + "overnight. Is that normal?");
        at(2, "08:30").in(DOUGH_HELP).reply(COLE, half, "Normal in week one. Keep the feeds regular, the wiki has a "
                + "week-by-week: https://sourdoughrescue.example/wiki/first-weeks");
        Post discard = at(2, "08:45").in(DOUGH_HELP).say(IRIS, "Do I throw the discard away, or can I use it for "
                + "something?");
        at(2, "08:55").in(DOUGH_HELP).reply(GRETA, discard, "Pancakes! And crackers.");
        at(2, "09:10").in(DOUGH_HELP).say(IRIS, "Pancakes tomorrow then.");
        at(2, "12:00").in(DOUGH_HELP).say(IRIS, "One more: what do you cover the jar with? I've got a tea towel on "
                + "it now.");
        at(2, "12:10").in(DOUGH_HELP).say(COLE, "A loose lid. A towel lets the top dry out.");
        at(2, "12:20").in(DOUGH_HELP).say(IRIS, "Swapped it, thanks both!");
        Post spring = at(4, "18:00").in(DOUGH_HELP).say(LOTTE, "My loaves spread out flat in the oven. Any idea "
                + "why?");
        Post steam = at(4, "18:20").in(DOUGH_HELP).reply(COLE, spring, "Usually too little tension when shaping, "
                + "or no steam. I bake in a lidded pot for the first 20 minutes and my loaves finally rise: "
                + "https://sourdoughrescue.example/wiki/steam");
        at(4, "18:40").in(DOUGH_HELP).reply(LOTTE, steam, "I've been baking on a tray, pot it is!");
        Post stiff = at(5, "07:30").in(DOUGH_HELP).say(PIM, "I want to switch to a stiff starter. What ratio do I "
                + "feed it at?");
        at(5, "07:50").in(DOUGH_HELP).reply(COLE, stiff, "Half the water: 1:5:2.5. The ratios page has a table: "
                + "https://sourdoughrescue.example/wiki/feeding-ratios");
        Post sour = at(6, "17:00").in(DOUGH_HELP).say(LOTTE, "How do I make my bread less sour? My family "
                + "complains.");
        at(6, "17:30").in(DOUGH_HELP).reply(COLE, sour, "Feed more often and use it younger, right at its peak. The "
                + "ratios page explains the timing: https://sourdoughrescue.example/wiki/feeding-ratios");
        at(6, "17:45").in(DOUGH_HELP).reply(GRETA, sour, "And a shorter cold proof, I do eight hours instead of a "
                + "night and mine is much milder.");
        // Week two: Iris passes on what she learned.
        Post grey = at(9, "20:00").in(DOUGH_HELP).say(HAMID, "There's grey liquid on top of my starter. Did I kill "
                + "it?");
        Post irisHelps = at(9, "20:10").in(DOUGH_HELP).reply(IRIS, grey, "I had that last week! It's just hungry. "
                + "Pour it off and feed it more often, and if your kitchen is cold, try the oven-light trick.");
        at(9, "20:30").in(DOUGH_HELP).reply(HAMID, irisHelps, "Poured off and fed, thank you!");
        at(9, "20:40").in(DOUGH_HELP).reply(COLE, grey, "Exactly what Iris said.");
    }

    private void neighbours() {
        Post boiler = at(1, "08:00").in(STREET_GENERAL).say(REX, "Can anyone recommend a plumber? Our boiler died "
                + "this morning 😩");
        Post hollis = at(1, "08:40").in(STREET_GENERAL).reply(SAM, boiler, "Hollis Plumbing did ours last winter, "
                + "fair price and quick: https://hollisplumbing.example");
        at(1, "09:30").in(STREET_GENERAL).reply(REX, hollis, "Called them, they're coming tomorrow. Thank you!");
        String sale = "https://elmstreetschool.example/bake-sale";
        at(2, "18:00").in(STREET_GENERAL).say(PEARL, "The school's bake sale for new library books is this "
                + "Saturday, 10 till 2 in the playground! All the details: " + sale);
        at(2, "18:06").in(STREET_EVENTS).say(PEARL, "Bake sale this Saturday at the school, 10-2, for the library: "
                + sale);
        at(2, "18:12").in(STREET_PARENTS).say(PEARL, "Parents! Bake sale on Saturday, cake donations very "
                + "welcome: " + sale);
        at(2, "18:20").in(STREET_PETS).say(PEARL, "Dogs welcome at the bake sale on Saturday 🐶 " + sale);
        at(2, "20:00").in(STREET_GENERAL).say(SAM, "@Pearl what time should we drop off cakes?");
        at(3, "07:30").in(STREET_GENERAL).say(PEARL, "From 9 on Saturday morning, at the side gate. Thank you Sam!");
        Post bins = at(4, "12:00").in(STREET_GENERAL).say(TOVE, "Bin collection moves to Thursday this week because "
                + "of the roadworks.");
        at(4, "12:30").in(STREET_GENERAL).reply(REX, bins, "Thanks for the heads-up!");
        Post raised = at(6, "16:00").in(STREET_EVENTS).say(PEARL, "Thank you all! We raised 640 euros for library "
                + "books 🎉");
        raised.react("🎉", SAM, REX, TOVE);
    }

    private void growthCoach() {
        at(1, "09:00").in(COACH_GENERAL).say(ZED, "I went from 0 to 15k a month coaching online in six months 💸 "
                + "DM me 'GROWTH' and I'll show you exactly how.");
        Post calls = at(1, "14:00").in(COACH_GENERAL).say(CYRA, "How long are your discovery calls? Mine keep "
                + "running to an hour.");
        at(1, "14:30").in(COACH_GENERAL).reply(BRYN, calls, "Twenty minutes, hard stop. It's a taster, not a "
                + "session.");
        Post intro = at(3, "10:00").in(COACH_INTROS).say(AMARA, "Hi all, I'm Amara! I've just left HR to become a "
                + "career coach for people changing fields. Still working out my niche. My (very new) site: "
                + "https://amaracoaching.example");
        Post welcome = at(3, "10:20").in(COACH_INTROS).reply(BRYN, intro, "Welcome Amara! Having changed fields "
                + "yourself is the best credential for that niche. #first-clients is gold.");
        at(3, "10:40").in(COACH_INTROS).reply(ZED, intro, "Welcome! If you want clients fast, my Client Magnet "
                + "program opens Monday. DM me 'GROWTH' 🚀");
        at(3, "11:00").in(COACH_INTROS).reply(AMARA, welcome, "Thank you Bryn, heading there now!");
        Post first = at(3, "11:30").in(COACH_FIRST).say(AMARA, "How did you all land your first three clients? I "
                + "don't want to be salesy.");
        Post colleagues = at(3, "12:00").in(COACH_FIRST).reply(CYRA, first, "I told my old colleagues what I was "
                + "doing and asked who they knew. Two of my first three came that way.");
        at(3, "12:20").in(COACH_FIRST).reply(BRYN, first, "Five free sessions in exchange for honest testimonials.");
        at(3, "12:40").in(COACH_FIRST).reply(AMARA, colleagues, "Old colleagues, of course. Thank you both!");
        at(5, "19:00").in(COACH_GENERAL).say(ZED, "Most coaches are broke because they don't have a system. I have "
                + "one. DM me 'GROWTH' 💸");
        at(9, "09:00").in(COACH_GENERAL).say(ZED, "Last 3 spots in Client Magnet! DM me 'GROWTH' before Friday.");
        at(12, "09:00").in(COACH_GENERAL).say(ZED, "Client Magnet starts Monday, 2 spots left. DM me 'GROWTH' 🚀");
    }

    private void critique() {
        Post rings = at(1, "10:00").in(MAKERS_CRITIQUE).say(TESS, "First try at photographing my silver rings on "
                + "slate. Too harsh? https://img.example/tess/rings-slate.jpg");
        Post card = at(1, "10:30").in(MAKERS_CRITIQUE).reply(VEE, rings, "The slate is lovely, but the reflections "
                + "hide the stones. A white card on the left would soften them.");
        at(1, "10:45").in(MAKERS_CRITIQUE).reply(TESS, card, "Oh, good idea, thank you!");
        Post retake = at(2, "09:00").in(MAKERS_CRITIQUE).say(TESS, "Retook them with a white card, better? "
                + "https://img.example/tess/rings-card.jpg");
        Post crop = at(2, "09:40").in(MAKERS_CRITIQUE).reply(WREN, retake, "Much better! Crop tighter so the ring "
                + "fills the frame.");
        at(2, "10:00").in(MAKERS_CRITIQUE).reply(TESS, crop, "thanks!");
        Post enamel = at(3, "11:00").in(MAKERS_CRITIQUE).say(WREN, "My new enamel earrings look flat in photos, the "
                + "colours just die. Any tips? https://img.example/wren/earrings.jpg");
        at(3, "11:30").in(MAKERS_CHAT).say(TESS, "Busy day at the bench, three commissions to finish.");
        at(3, "12:15").in(MAKERS_CRITIQUE).reply(YAN, enamel, "Shoot in shade, not sun, and turn the white balance "
                + "to cloudy. Enamel loves soft light.");
        Post necklace = at(4, "15:00").in(MAKERS_CRITIQUE).say(TESS, "Necklace on a model for the first time, "
                + "thoughts? https://img.example/tess/necklace-model.jpg");
        Post shoulder = at(4, "15:30").in(MAKERS_CRITIQUE).reply(YAN, necklace, "Lovely! Ask her to drop one "
                + "shoulder, the chain will hang more naturally.");
        at(4, "15:50").in(MAKERS_CRITIQUE).reply(TESS, shoulder, "thank you");
        Post white = at(5, "10:00").in(MAKERS_CRITIQUE).say(YAN, "First product shots on a white background. Too "
                + "clinical? https://img.example/yan/wallet-white.jpg");
        at(5, "10:20").in(MAKERS_CHAT).say(TESS, "My new packaging arrived and it's gorgeous.");
        at(5, "11:00").in(MAKERS_CRITIQUE).reply(VEE, white, "A little. Add one prop with texture, a linen cloth "
                + "or a leaf, and it comes alive.");
        Post bracelet = at(6, "14:00").in(MAKERS_CRITIQUE).say(TESS, "Last one this week: bracelet flat lay, is the "
                + "shadow too strong? https://img.example/tess/bracelet.jpg");
        Post light = at(6, "14:30").in(MAKERS_CRITIQUE).reply(VEE, bracelet, "A touch. Move the light further away "
                + "and the shadow softens.");
        at(6, "14:45").in(MAKERS_CRITIQUE).reply(TESS, light, "ok thanks");
        // Week two: Tess gives a critique.
        Post belt = at(9, "16:00").in(MAKERS_CRITIQUE).say(YAN, "Belt on a wooden table, does the background work? "
                + "https://img.example/yan/belt-wood.jpg");
        Post clasp = at(9, "16:20").in(MAKERS_CRITIQUE).reply(TESS, belt, "The wood is gorgeous with the leather. "
                + "I'd lift the shadows a little, the buckle gets lost.");
        at(9, "16:40").in(MAKERS_CRITIQUE).reply(YAN, clasp, "Good eye, thanks Tess!");
    }

    private void portfolioReview() {
        String newsletter = "https://dmitriux.example/newsletter";
        Post study = at(1, "10:00").in(UX_REVIEW).say(YUKI, "Could someone review my first case study? I'm least "
                + "sure about the research section: https://yukidesigns.example/case-study-1");
        Post lead = at(1, "11:00").in(UX_REVIEW).reply(DMITRI, study, "Good start! Lead with the problem, not your "
                + "process, and cut the persona slide, it adds nothing. P.S. I write about portfolio storytelling "
                + "every week, subscribe: " + newsletter);
        Post quotes = at(1, "11:30").in(UX_REVIEW).reply(ABE, study, "Your interview findings are strong. Pull two "
                + "quotes up to the top of the research section.");
        at(1, "12:00").in(UX_REVIEW).reply(YUKI, lead, "Cutting the persona slide hurts, but you're right. Thank "
                + "you!");
        at(1, "12:05").in(UX_REVIEW).reply(YUKI, quotes, "Great idea, moving them up.");
        Post onboarding = at(3, "14:00").in(UX_REVIEW).say(LENA, "Second round on my onboarding redesign: is the "
                + "before and after clear? https://lenaux.example/onboarding");
        Post metric = at(3, "15:00").in(UX_REVIEW).reply(DMITRI, onboarding, "The before and after is clear, but "
                + "show the metric that moved, not only the screens. P.S. I write about this every week, subscribe "
                + "here: " + newsletter);
        at(3, "15:20").in(UX_REVIEW).reply(LENA, metric, "Adding the drop-off numbers, thanks!");
        Post again = at(4, "16:00").in(UX_REVIEW).say(YUKI, "Updated version after your feedback: does the research "
                + "section read better now? https://yukidesigns.example/case-study-1");
        at(4, "16:30").in(UX_REVIEW).reply(ABE, again, "Much better. The quotes do the work now.");
        Post omid = at(5, "10:00").in(UX_REVIEW).say(OMID, "My first portfolio ever, be gentle 😅 "
                + "https://omidpixels.example");
        Post first = at(5, "11:00").in(UX_REVIEW).reply(DMITRI, omid, "Be proud, it's clear and honest. Put your best "
                + "project first. P.S. Subscribe to my weekly newsletter, it's all about this: " + newsletter);
        at(5, "11:30").in(UX_REVIEW).reply(OMID, first, "Moving it up, thank you!");
    }

    private void linkPoster() {
        String[][] lou = {
                {"1", "08:00", "https://b2bweekly.example/attribution-is-broken"},
                {"1", "16:00", "Worth a read: https://saasmarketing.example/pricing-pages-2026"},
                {"2", "08:05", "https://demandgen.example/intent-data-myths"},
                {"2", "15:30", "Interesting take https://b2bweekly.example/linkedin-organic-reach"},
                {"3", "08:10", "https://contentops.example/briefs-that-work"},
                {"3", "17:00", "https://saasmarketing.example/free-trial-or-demo"},
                {"4", "08:00", "Must read https://demandgen.example/abm-on-a-budget"},
                {"4", "16:10", "https://analyticsdigest.example/dashboards-nobody-reads"},
                {"5", "08:20", "https://b2bweekly.example/webinars-are-back"},
                {"5", "15:45", "https://contentops.example/repurposing-podcasts"},
                {"6", "09:00", "https://saasmarketing.example/churn-emails"},
                {"6", "18:00", "Good one https://analyticsdigest.example/utm-hygiene"},
                {"7", "10:00", "https://demandgen.example/events-roi"},
                {"7", "17:30", "https://b2bweekly.example/sales-and-marketing-alignment"}};
        for (String[] line : lou) {
            at(Integer.parseInt(line[0]), line[1]).in(B2B_GENERAL).say(LOU, line[2]);
        }
        Post trial = at(1, "11:00").in(B2B_GENERAL).say(ORLA, "Are you all seeing fewer demo requests since you "
                + "added a free trial? We are, and I can't tell if that's bad.");
        Post fewer = at(1, "11:30").in(B2B_GENERAL).reply(MEL, trial, "Fewer demos, better demos, in our case. Look "
                + "at how many trials turn into paid before you worry.");
        at(1, "11:50").in(B2B_GENERAL).reply(ORLA, fewer, "Good point, I'll pull those numbers.");
        Post reads = at(3, "13:00").in(B2B_GENERAL).say(NATE, "What newsletters do you all read for B2B marketing? "
                + "Trying to cut my feeds down to the good ones.");
        Post five = at(3, "13:30").in(B2B_GENERAL).reply(MEL, reads, "My five: https://pricingletter.example "
                + "https://demandnotes.example https://b2bcopy.example https://analyticsdigest.example/newsletter "
                + "https://salesmarketing.example/weekly. The first one is the best on pricing.");
        at(3, "13:50").in(B2B_GENERAL).reply(NATE, five, "Subscribed to the first two already, thanks Mel!");
        Post numbers = at(5, "11:00").in(B2B_GENERAL).reply(ORLA, fewer, "Pulled the numbers: trial to paid is "
                + "up 20%. Crisis averted 😄");
        at(5, "11:20").in(B2B_GENERAL).reply(MEL, numbers, "Told you! Nice work.");
    }

    private void potters() {
        // Gia's customer asks about her commission on three days and is answered each time.
        Post glaze = at(1, "10:00").in(CLAY_ORDERS).say(ULI, "@Gia for the custom mugs, can I have the speckled "
                + "glaze with a blue rim?");
        Post cobalt = at(1, "11:00").in(CLAY_ORDERS).reply(GIA, glaze, "Yes! Speckled with a cobalt rim. I'll send "
                + "you a photo of a test tile on Wednesday.");
        at(1, "11:20").in(CLAY_ORDERS).reply(ULI, cobalt, "Perfect 🙏");
        Post tile = at(3, "09:00").in(CLAY_ORDERS).reply(GIA, cobalt, "Here's the test tile: "
                + "https://img.example/gia/test-tile.jpg Happy with the rim?");
        Post handles = at(3, "09:30").in(CLAY_ORDERS).reply(ULI, tile, "Love it. Could the handles be a bit bigger? "
                + "My dad has big hands 😄");
        at(3, "10:00").in(CLAY_ORDERS).reply(GIA, handles, "Easy, I'll make them a finger wider.");
        Post ship = at(6, "12:00").in(CLAY_ORDERS).say(ULI, "@Gia any idea when they'll ship?");
        Post wednesday = at(6, "14:00").in(CLAY_ORDERS).reply(GIA, ship, "Glaze firing on Monday, so they ship on "
                + "Wednesday. I'll send you the tracking.");
        at(6, "14:20").in(CLAY_ORDERS).reply(ULI, wednesday, "Thank you, he'll be thrilled!");
        // Hugo's happy customer sends her sister his way and hears nothing while he talks glazes all week.
        at(2, "14:00").in(CLAY_ORDERS).say(KAI, "@Hugo I loved my bowls so much that I told my sister about you. "
                + "She wants a dinner set for eight. Can she message you?");
        at(5, "10:00").in(CLAY_ORDERS).say(KAI, "@Hugo just checking you saw this? She's keen!");
        Post crawl = at(1, "16:00").in(CLAY_GLAZES).say(JUDE, "My celadon crawled off half the pots in the last "
                + "firing. Too thick?");
        Post thick = at(1, "16:30").in(CLAY_GLAZES).reply(HUGO, crawl, "Probably, or dusty bisque. I sponge every "
                + "pot before glazing now and it stopped.");
        at(1, "16:50").in(CLAY_GLAZES).reply(JUDE, thick, "Dust! I never sponge. Trying it.");
        Post cone = at(2, "18:00").in(CLAY_GLAZES).say(HUGO, "Anyone firing to cone 6 with a slow cool? Thinking of "
                + "trying it for matte glazes.");
        Post slow = at(2, "18:30").in(CLAY_GLAZES).reply(GIA, cone, "I do, 80 degrees an hour down to 760. The "
                + "mattes come out silky.");
        at(2, "18:45").in(CLAY_GLAZES).reply(HUGO, slow, "80 an hour, noted. Thanks Gia!");
        Post kilnSitter = at(3, "17:00").in(CLAY_GLAZES).say(JUDE, "Is it worth upgrading the controller on an old "
                + "kiln?");
        Post upgrade = at(3, "17:20").in(CLAY_GLAZES).reply(HUGO, kilnSitter, "Best money I ever spent on mine. "
                + "Programmable cooling alone is worth it.");
        at(3, "17:40").in(CLAY_GLAZES).reply(JUDE, upgrade, "Ordering one then.");
        Post ash = at(4, "19:00").in(CLAY_GLAZES).say(HUGO, "Tried a wood ash glaze from the garden fire. Runny but "
                + "beautiful.");
        at(4, "19:20").in(CLAY_GLAZES).reply(JUDE, ash, "Wood ash is so unpredictable, I love it.");
        Post shelves = at(5, "18:00").in(CLAY_GLAZES).say(GIA, "Kiln wash or batt papers for the shelves?");
        at(5, "18:15").in(CLAY_GLAZES).reply(HUGO, shelves, "Kiln wash, thin coats. Papers always curl on me.");
        Post test = at(6, "17:00").in(CLAY_GLAZES).say(HUGO, "Slow-cool test came out, the matte is exactly what I "
                + "wanted.");
        at(6, "17:30").in(CLAY_GLAZES).reply(GIA, test, "Told you! Photos please.");
        Post pinholes = at(7, "11:00").in(CLAY_GLAZES).say(JUDE, "Pinholes everywhere on the last batch. Ideas?");
        at(7, "11:20").in(CLAY_GLAZES).reply(HUGO, pinholes, "Hold at the top for ten minutes, it lets the glaze "
                + "heal over.");
        // Week two: Hugo finds Kai's messages.
        at(8, "09:00").in(CLAY_ORDERS).say(HUGO, "@Kai so sorry, I missed this! Of course, tell her to message me. "
                + "And thank you for sending her my way.");
    }

    private void founders() {
        Post annual = at(1, "10:00").in(FOUNDERS_WINS).say(ROSA, "Just signed our first annual-plan customer 🎉");
        at(1, "10:20").in(FOUNDERS_WINS).reply(PAX, annual, "Nice! We signed twelve annual plans in our first month. I "
                + "rewrote our pricing page myself over a weekend and I think that did most of it.");
        Post why = at(1, "10:40").in(FOUNDERS_WINS).reply(SVEN, annual, "Huge! What made them go annual?");
        at(1, "11:00").in(FOUNDERS_WINS).reply(ROSA, why, "Two months free, honestly.");
        Post weekend = at(2, "19:00").in(FOUNDERS_GENERAL).say(SVEN, "Took my first full weekend off in a year.");
        at(2, "19:20").in(FOUNDERS_GENERAL).reply(PAX, weekend, "I haven't taken a weekend off since I started my "
                + "company, my team says I'm a machine 😂 I just love what I'm building.");
        at(2, "19:40").in(FOUNDERS_GENERAL).reply(ROSA, weekend, "Good for you, Sven. You've more than earned "
                + "it.");
        Post churn = at(3, "09:00").in(FOUNDERS_WINS).say(TOMAS, "Our churn dropped below 3% this month.");
        at(3, "09:15").in(FOUNDERS_WINS).reply(PAX, churn, "Our churn has been under 2% since launch. I built our "
                + "onboarding myself and I'm really proud of it, we barely lose anyone.");
        Post changed = at(3, "09:30").in(FOUNDERS_WINS).reply(ROSA, churn, "Congrats! What changed?");
        at(3, "10:00").in(FOUNDERS_WINS).reply(TOMAS, changed, "Calling every new customer in their first week.");
        Post hire = at(4, "17:00").in(FOUNDERS_GENERAL).say(ROSA, "Hired our first support person today. Nervous and "
                + "excited.");
        at(4, "17:30").in(FOUNDERS_GENERAL).reply(PAX, hire, "I hired my first three people in one week, I'm a big "
                + "believer in moving fast. My first hire is now my COO.");
        at(4, "18:00").in(FOUNDERS_GENERAL).reply(TOMAS, hire, "Congrats! Write down everything you answer twice, "
                + "that's their first week sorted.");
        Post talk = at(5, "12:00").in(FOUNDERS_GENERAL).say(TOMAS, "Speaking at a local meetup next week, my first "
                + "talk ever.");
        at(5, "12:20").in(FOUNDERS_GENERAL).reply(PAX, talk, "I've given thirty talks now. My first one was a "
                + "disaster, but I learned so much. Speaking is my favourite part of my job.");
        at(5, "12:40").in(FOUNDERS_GENERAL).reply(SVEN, talk, "You'll be great. Practise the first two minutes until "
                + "they're boring.");
        Post hundred = at(6, "15:00").in(FOUNDERS_WINS).say(SVEN, "We crossed 100 paying customers!");
        at(6, "15:20").in(FOUNDERS_WINS).reply(PAX, hundred, "Congrats. We crossed 100 in our second month, I remember "
                + "because I bought my whole team pizza. Our next goal is 5,000.");
        hundred.react("🎉", ROSA, TOMAS);
        Post quiet = at(7, "11:00").in(FOUNDERS_GENERAL).say(ROSA, "Anyone else finding August really quiet for "
                + "sales?");
        at(7, "11:30").in(FOUNDERS_GENERAL).reply(PAX, quiet, "Not me, August is my best month so far. Our new "
                + "feature launch went really well, I'm thrilled.");
        at(7, "12:00").in(FOUNDERS_GENERAL).reply(SVEN, quiet, "Very quiet here. I'm using it to fix onboarding.");
    }
}
