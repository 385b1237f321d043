package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The story behind {@code rapport replay --demo}: three weeks (Monday 5 to Sunday 25 January 2026) of "Makers'
 * Market", a small Discord community of independent makers, shop owners and their customers, ending with the Winter
 * Makers' Fair. Everything in it is invented for Rapport; links point to example domains.
 *
 * <p>Who is who:
 * <ul>
 *   <li>Doing it right (no tips, any week): Max, a woodturner who answers questions and links only in answers;
 *       Rosa, a weaver with a shop who talks with her customers and answers fast; Hana, a customer.</li>
 *   <li>One trap each: Lena (a new soap shop) cross-posts and drops her shop link and promotes in every channel;
 *       Vince (resin coasters) asks for follows before giving anything and pitches a newcomer in a DM; Gwen
 *       (ceramics) only announces, all about herself, and bursts out links, until week 3, when she starts talking
 *       with people; Dana (candles) chases newcomers while two customers wait for her; Pia (silver) talks only with
 *       fellow makers while visitors' questions sit open in #help; Theo (new to leather) takes help and never
 *       thanks.</li>
 *   <li>Around them: visitors who ask in #help (Sam, Noor, Elif, Ben), makers who chat in #trade-talk (Olu,
 *       Kasia, Bruno), customers (Jonas, Marta) and a patron (Ian), newcomers (Clara, Ravi), the moderator (Fern)
 *       and a bot.</li>
 * </ul>
 *
 * <p>Run {@link #main} to regenerate {@code bot/src/main/resources/demo/} (from an IDE, or from the project root:
 * {@code mvn -B -q -pl bot -am package -DskipTests && mvn -B -q -pl bot -am test-compile && java -cp
 * "bot/target/test-classes:bot/target/rapport.jar" dev.rapport.bot.replay.demo.DemoScript}), then commit the files;
 * {@code DemoResourcesAreUpToDateTest} fails when the committed files differ from what this script writes.
 */
public final class DemoScript {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);
    static final int DAYS = 21;
    /** The exporter's clock: Berlin in winter. */
    static final ZoneOffset OFFSET = ZoneOffset.ofHours(1);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 1, 26, 8, 12, 44, 0, OFFSET);

    // --- the guild, its roles and channels ------------------------------------------------------------------

    static final String GUILD_ID = Snowflakes.createdOn("2021-03-01", 1);
    static final String GUILD_NAME = "Makers' Market";

    static final Role MODERATOR = role(1, "Moderator", "#e67e22", 5);
    static final Role SHOP_OWNER = role(2, "Shop Owner", "#1abc9c", 4);
    static final Role MAKER = role(3, "Maker", "#3498db", 3);
    static final Role PATRON = role(4, "Patron", "#9b59b6", 2);
    static final Role CUSTOMER = role(5, "Customer", "#95a5a6", 1);

    private static final String INFO = Snowflakes.createdOn("2021-03-01", 10);
    private static final String SQUARE = Snowflakes.createdOn("2021-03-01", 11);
    private static final String WORKSHOP = Snowflakes.createdOn("2021-03-01", 12);

    static final Channel ANNOUNCEMENTS = channel(20, "GuildNewsChat", INFO, "Info", "announcements",
            "News from the moderators: fairs, markets, server updates.");
    static final Channel GENERAL = channel(21, "GuildTextChat", SQUARE, "Market Square", "general",
            "Say hi, chat, share your day.");
    static final Channel HELP = channel(22, "GuildTextChat", SQUARE, "Market Square", "help",
            "Questions about making, selling, buying: ask away.");
    static final Channel SHOWCASE = channel(23, "GuildTextChat", SQUARE, "Market Square", "showcase",
            "Show your work! Shop links, launches and offers belong here.");
    static final Channel TRADE_TALK = channel(24, "GuildTextChat", WORKSHOP, "Workshop", "trade-talk",
            "Shop talk between makers: suppliers, tools, fairs, pricing.");

    // --- the people ------------------------------------------------------------------------------------------

    static final Persona FERN = Persona.person("2021-03-01", 101, "fern.ashby", "Fern Ashby", MODERATOR, MAKER);
    static final Persona MARKET_BOT = Persona.bot("2021-03-05", 102, "MarketBot", "MarketBot");

    static final Persona MAX = Persona.person("2021-04-12", 103, "maxokafor", "Max Okafor", MAKER);
    static final Persona ROSA = Persona.person("2021-06-20", 104, "rosa.lindqvist", "Rosa Lindqvist", SHOP_OWNER, MAKER);
    static final Persona HANA = Persona.person("2022-02-11", 105, "hanasato", "Hana Sato", CUSTOMER);

    static final Persona LENA = Persona.person("2024-11-02", 106, "lenabrandt", "Lena Brandt", MAKER);
    static final Persona VINCE = Persona.person("2025-12-18", 107, "vincemarlow", "Vince Marlow");
    static final Persona GWEN = Persona.person("2022-05-07", 108, "gwentalbot", "Gwen Talbot", MAKER);
    static final Persona DANA = Persona.person("2022-08-21", 109, "danareyes", "Dana Reyes", MAKER);
    static final Persona PIA = Persona.person("2021-11-14", 110, "pianovak", "Pia Novak", MAKER);
    static final Persona THEO = Persona.person("2025-11-29", 111, "theopark", "Theo Park");

    static final Persona OLU = Persona.person("2021-05-09", 112, "oluadeyemi", "Olu Adeyemi", MAKER);
    static final Persona KASIA = Persona.person("2021-07-23", 113, "kasiawrona", "Kasia Wrona", MAKER);
    static final Persona BRUNO = Persona.person("2022-01-30", 114, "brunocosta", "Bruno Costa", MAKER);

    static final Persona SAM = Persona.person("2025-10-04", 115, "samwhitfield", "Sam Whitfield");
    static final Persona NOOR = Persona.person("2025-09-12", 116, "noorhaddad", "Noor Haddad");
    static final Persona ELIF = Persona.person("2025-12-01", 117, "elifyilmaz", "Elif Yilmaz");
    static final Persona BEN = Persona.person("2025-08-08", 118, "bencarter", "Ben Carter");

    static final Persona IAN = Persona.person("2021-09-03", 119, "ianbrooks", "Ian Brooks", PATRON);
    static final Persona JONAS = Persona.person("2022-10-30", 120, "jonas.meyer", "Jonas Meyer", CUSTOMER);
    static final Persona MARTA = Persona.person("2023-01-15", 121, "martasilva", "Marta Silva", CUSTOMER);

    static final Persona CLARA = Persona.person("2026-01-09", 122, "claranguyen", "Clara Nguyen");
    static final Persona RAVI = Persona.person("2026-01-13", 123, "ravimenon", "Ravi Menon");

    static final List<Persona> CAST = List.of(FERN, MARKET_BOT, MAX, ROSA, HANA, LENA, VINCE, GWEN, DANA, PIA, THEO,
            OLU, KASIA, BRUNO, SAM, NOOR, ELIF, BEN, IAN, JONAS, MARTA, CLARA, RAVI);

    /** The people who do it right: they must get no tip in any week. */
    static final List<Persona> WELL_BEHAVED = List.of(MAX, ROSA, HANA);

    // --- direct conversations (DiscordChatExporter files them under the pseudo-guild "0") --------------------

    static final Channel DM_VINCE_CLARA = direct(30, "Vince Marlow", "direct-clara-vince.json");
    static final Channel DM_ROSA_HANA = direct(31, "Rosa Lindqvist", "direct-hana-rosa.json");

    static final List<Channel> CHANNELS = List.of(ANNOUNCEMENTS, GENERAL, HELP, SHOWCASE, TRADE_TALK, DM_VINCE_CLARA,
            DM_ROSA_HANA);

    private final Story story = new Story(FIRST_MONDAY, DAYS, OFFSET, CAST);

    private DemoScript() {
    }

    /** The demo's files, written from the story. */
    static DemoFiles files() {
        return DemoFiles.of(CHANNELS, posts(), EXPORTED_AT, settings());
    }

    /** Every post of the story, in the order the script wrote them. */
    static List<Post> posts() {
        DemoScript script = new DemoScript();
        script.weekOne();
        script.weekTwo();
        script.weekThree();
        return script.story.posts();
    }

    /**
     * Regenerates the resources. Argument: the target directory (default: {@code bot/src/main/resources/demo}
     * under the project root, found from the working directory).
     */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : defaultTarget();
        files().writeTo(dir);
        System.out.println("wrote the demo export to " + dir.toAbsolutePath().normalize());
    }

    private static Path defaultTarget() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path target = p.resolve("bot/src/main/resources/demo");
            if (Files.isDirectory(p.resolve("bot/src/main/resources"))) {
                return target;
            }
        }
        throw new IllegalStateException("run from inside the project, or give the target directory as an argument");
    }

    /** The community's settings: who is a customer or patron, staff left out, #showcase made for promotion. */
    private static String settings() {
        return "# The demo community's settings, layered over the defaults when running `rapport replay --demo`.\n"
                + "# Generated by DemoScript with the export (the ids must match it); do not edit by hand.\n"
                + "rapport {\n"
                + "  # The exporter's zone: weeks start on Monday in Berlin.\n"
                + "  zone = \"Europe/Berlin\"\n"
                + "  # Fixed pseudonyms, so the demo reads the same on every run (only for this synthetic export).\n"
                + "  pseudonym-secret = \"makers-market-demo-pseudonyms\"\n"
                + "  # Full reports for the four people with the most to work on (the fourth turns it around in week 3).\n"
                + "  replay.top-users = 4\n"
                + "  communities {\n"
                + "    # " + GUILD_NAME + "\n"
                + "    \"" + GUILD_ID + "\" {\n"
                + "      audience.roles { Customer = customer, Patron = advocate, Moderator = ignore }\n"
                + "      # #showcase\n"
                + "      promotion-channels = [\"" + SHOWCASE.id() + "\"]\n"
                + "    }\n"
                + "  }\n"
                + "}\n";
    }

    private static Role role(int sequence, String name, String color, int position) {
        return new Role(Snowflakes.createdOn("2021-03-01", 1 + sequence), name, color, position);
    }

    private static Channel channel(int sequence, String type, String categoryId, String category, String name,
                                   String topic) {
        return new Channel(GUILD_ID, GUILD_NAME, Snowflakes.createdOn("2021-03-01", sequence), type, categoryId,
                category, name, topic, name + ".json");
    }

    private static Channel direct(int sequence, String name, String fileName) {
        return new Channel(Channel.DIRECT_MESSAGES_GUILD, "Direct Messages", Snowflakes.createdOn("2026-01-10", sequence),
                "DirectTextChat", null, "Private", name, null, fileName);
    }

    private Story.Moment at(int day, String time) {
        return story.at(day, time);
    }

    /** A message from an earlier week that someone answers late: the one by {@code author} that starts so. */
    private Post earlier(Persona author, String opening) {
        List<Post> found = story.posts().stream()
                .filter(p -> p.author().equals(author) && p.content().startsWith(opening)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " messages by " + author + " start with: " + opening);
        }
        return found.get(0);
    }

    // === Week 1: Monday 5 to Sunday 11 January =================================================================

    private void weekOne() {
        // Monday 5
        at(1, "08:30").in(ANNOUNCEMENTS).say(FERN, "Happy new year, makers! 🎉 A quick reminder of how we keep things "
                + "friendly here: questions go in #help, shop links and offers in #showcase, and #trade-talk is for shop "
                + "talk between makers.");
        at(1, "08:31").in(ANNOUNCEMENTS).say(MARKET_BOT, "📌 Weekly reminder: share your new work in #showcase!");
        Post january = at(1, "09:14").in(GENERAL).say(MAX, "Morning all ☕ Back in the workshop after the holidays. "
                + "Anyone else find January the best month for actually making things?");
        Post rosaJanuary = at(1, "09:22").in(GENERAL).reply(ROSA, january, "Absolutely! No orders rush, just the loom "
                + "and a pot of tea. Are you starting the walnut bowls again?");
        at(1, "09:30").in(GENERAL).reply(MAX, rosaJanuary, "Yes, walnut and a bit of cherry. The cherry blanks you "
                + "recommended last year are finally dry enough 😄");
        Post towels = at(1, "09:41").in(GENERAL).say(HANA, "Happy new year everyone! @Rosa Lindqvist the tea towels I "
                + "bought from you in December were the star of Christmas dinner, my mum wants a set now 😍");
        at(1, "09:50").in(GENERAL).reply(ROSA, towels, "Oh, that makes my day, thank you Hana! Tell your mum the sage "
                + "and oat colours are back next week 🌿");
        Post pricing = at(1, "10:05").in(HELP).say(SAM, "Hi! I knit hats and scarves and want to do my first craft "
                + "market in spring. How do you all work out prices? No idea if €25 for a hat is too much or too little");
        Post worksheet = at(1, "10:20").in(HELP).reply(MAX, pricing, "Welcome Sam! A simple start: materials, plus your "
                + "hourly rate times the hours, plus a share of the stall fee, then compare with what similar hats sell "
                + "for. This pricing worksheet from the guild helped me a lot: "
                + "https://makersguild.example/pricing-worksheet");
        at(1, "10:34").in(HELP).reply(SAM, worksheet, "Oh, that's really useful, thank you! I never counted my hours 😅");
        Post fees = at(1, "10:40").in(HELP).reply(ROSA, pricing, "And don't forget the card reader fees, they add up. "
                + "€25 sounds low to me for a hand-knit hat, especially if it's merino!");
        at(1, "10:52").in(HELP).reply(SAM, fees, "It is merino, yes! Okay, time to redo my numbers. Thanks Rosa!");
        at(1, "11:02").in(TRADE_TALK).say(KASIA, "Morning makers! Back at the press today, first proofs of the "
                + "new linocut series are drying.");
        at(1, "11:10").in(TRADE_TALK).say(BRUNO, "Happy new year! Furnace is warming up, first glass of 2026 "
                + "this afternoon.");
        Post leather = at(1, "11:30").in(TRADE_TALK).say(OLU, "Anyone else seeing material prices jump this month? My "
                + "leather supplier went up 12% overnight.");
        at(1, "11:45").in(TRADE_TALK).reply(KASIA, leather, "Paper too, about 8% for the good cotton rag. I'm "
                + "absorbing it until March, then adjusting.");
        at(1, "11:58").in(TRADE_TALK).reply(BRUNO, leather, "Gas for the furnace is the killer for me. Raising prices 5% "
                + "from February, with a little note on the stall explaining why.");
        Post sterling = at(1, "12:10").in(TRADE_TALK).reply(PIA, leather, "Silver is up as well. I'm moving some pieces "
                + "to recycled sterling from a refinery in Birmingham, it's cheaper and a nicer story.");
        Post labels = at(1, "12:25").in(TRADE_TALK).reply(OLU, sterling, "Ooh, recycled sterling is a great angle. Do "
                + "you put that on your labels?");
        at(1, "12:40").in(TRADE_TALK).reply(PIA, labels, "Yes, a little card in each box. People love reading it.");
        Post studio = at(1, "14:10").in(GENERAL).say(GWEN, "Finally unpacked my studio after the move! I spent the "
                + "whole holiday setting up my new wheel and my shelves, and I think my workspace has never looked this "
                + "good. I'm so excited for my year.");
        studio.react("🎉", ROSA, KASIA, HANA);
        at(1, "14:30").in(GENERAL).reply(KASIA, studio, "Congrats on the new studio, Gwen! 🎉");
        at(1, "15:00").in(SHOWCASE).say(ROSA, "New in the shop: linen table runners in sage, oat and charcoal 🌿 "
                + "Hand-hemmed and pre-washed, so they won't shrink. https://linenandthread.example/runners")
                .react("❤️", HANA, IAN, JONAS);
        Post spoons = at(1, "16:20").in(HELP).say(BEN, "What finish do you use on wooden spoons and cutting boards? "
                + "I've been using olive oil but it goes sticky.");
        Post spoonButter = at(1, "16:45").in(HELP).reply(MAX, spoons, "Olive oil can go rancid, that's the sticky "
                + "feel. Food-safe mineral oil with a bit of beeswax works well, and you can make the paste yourself: "
                + "https://woodworkers-notes.example/spoon-butter");
        at(1, "17:05").in(HELP).reply(BEN, spoonButter, "Ahh, that explains it. Making a batch tonight, cheers Max!");
        Post fig = at(1, "19:00").in(GENERAL).say(DANA, "Evening all! Just poured the first batch of the year, fig & "
                + "cedar. The whole flat smells like a forest 🕯️");
        Post saveMe = at(1, "19:10").in(GENERAL).reply(MARTA, fig, "Fig & cedar sounds dreamy!! Save me one?");
        at(1, "19:25").in(GENERAL).reply(DANA, saveMe, "Of course, Marta! It's yours ❤️");
        Post thread = at(1, "20:00").in(TRADE_TALK).say(THEO, "Hey all, I'm new to leatherwork (3 months in). What "
                + "thread weight do you use for wallets? Mine looks chunky.");
        at(1, "20:20").in(TRADE_TALK).reply(OLU, thread, "For wallets 0.45 or 0.55 mm waxed thread is plenty. 0.8 is "
                + "more for bags and belts.");

        // Tuesday 6
        at(2, "08:45").in(ANNOUNCEMENTS).say(FERN, "The Winter Makers' Fair at the old tram depot is on Saturday 24 "
                + "January. Stall applications close this Friday, ask me if anything is unclear!");
        at(2, "09:05").in(GENERAL).say(VINCE, "Hey everyone! 👋 Please follow my new resin art page on Instagram and "
                + "share it with your friends, it would mean the world 🙏 https://instagram.example/marlowresin");
        at(2, "09:30").in(GENERAL).say(LENA, "Hi all! I just launched my new shop, Brandt Botanicals 🌿 Handmade "
                + "cold-process soaps with nothing nasty in them. Have a look: "
                + "https://brandtbotanicals.example/shop?utm_source=discord&utm_medium=general");
        Post lenaTrade = at(2, "09:33").in(TRADE_TALK).say(LENA, "https://brandtbotanicals.example/shop?utm_source=discord"
                + "&utm_medium=trade-talk New soap shop is live, would love your support 💚");
        at(2, "09:36").in(HELP).say(LENA, "https://www.brandtbotanicals.example/shop/?utm_source=discord&utm_medium=help "
                + "in case anyone here needs soap 😄");
        Post fernNudge = at(2, "09:50").in(TRADE_TALK).reply(FERN, lenaTrade, "Hi Lena, welcome! 🙂 Could you keep shop "
                + "links to #showcase, please? That way everyone gets a fair share of eyes.");
        at(2, "10:15").in(TRADE_TALK).reply(LENA, fernNudge, "Oops, sorry Fern! Got it.");
        Post gift = at(2, "11:00").in(HELP).say(NOOR, "Looking for a handmade gift for my sister's 30th. She loves tea "
                + "and anything botanical. Any ideas where to look?");
        Post giftIdeas = at(2, "11:20").in(HELP).reply(ROSA, gift, "Tea lover and botanical: a linen tea towel with a "
                + "pressed-flower print is always a hit, and Lena makes botanical soaps too. Have a browse in "
                + "#showcase, lots of makers post their work there!");
        at(2, "11:40").in(HELP).reply(NOOR, giftIdeas, "Ooh, both sound lovely, thank you Rosa! I'll have a look tonight 🙏");
        at(2, "12:30").in(GENERAL).say(LENA, "Also doing a launch discount this week: 20% off everything with code "
                + "LAUNCH20 🎉 https://brandtbotanicals.example/shop?utm_source=discord&utm_campaign=launch");
        Post signet = at(2, "13:00").in(TRADE_TALK).say(PIA, "Finished a commission this morning: a signet ring with "
                + "the client's grandmother's initials. Nerve-wracking engraving, but it came out clean.");
        Post graver = at(2, "13:15").in(TRADE_TALK).reply(BRUNO, signet, "Engraving initials by hand? Respect. Do you "
                + "use a graver or a pantograph?");
        at(2, "13:30").in(TRADE_TALK).reply(PIA, graver, "Hand graver, a square one. Took me years to stop slipping 😅");
        at(2, "14:00").in(GENERAL).say(GWEN, "Glazing my first batch of the year in my studio today. My new celadon "
                + "recipe is finally where I want it, I tested it on twenty of my tiles.");
        Post toys = at(2, "15:10").in(HELP).say(ELIF, "Hi all, does anyone here make wooden toys? My son turns two in "
                + "February and I'd love something handmade and safe for little mouths");
        Post toyAdvice = at(2, "15:40").in(HELP).reply(MAX, toys, "Hi Elif! I don't make toys, but for little ones look "
                + "for unfinished hardwood like beech or maple, or a food-safe oil finish, and no small parts. "
                + "@Bruno Costa's partner makes wooden stacking toys.");
        Post stacking = at(2, "16:05").in(HELP).reply(BRUNO, toyAdvice, "She does! @Elif Yilmaz I'll ask her to post "
                + "a few in #showcase this week.");
        at(2, "16:20").in(HELP).reply(ELIF, stacking, "That would be wonderful, thank you both! @Max Okafor thanks "
                + "for the wood tips too.");
        Post edges = at(2, "17:30").in(TRADE_TALK).say(THEO, "Another question, sorry: how do you get edges smooth? "
                + "I've tried sanding and water but they still look fuzzy.");
        at(2, "17:50").in(TRADE_TALK).reply(OLU, edges, "Bevel first, then sand up to 600 grit, then gum tragacanth "
                + "and a wooden slicker. Burnish hard and fast, the heat is what does it.");
        at(2, "19:30").in(GENERAL).say(DANA, "Packing day! 14 orders going out tomorrow morning 📦");
        Post figGone = at(2, "20:10").in(GENERAL).say(HANA, "@Dana Reyes the fig candle I got from you last month is "
                + "nearly gone, it was so good!");
        at(2, "20:25").in(GENERAL).reply(DANA, figGone, "Thank you Hana, that's lovely to hear 🥰");

        // Wednesday 7
        Post workingOn = at(3, "08:50").in(GENERAL).say(ROSA, "Good morning! Quiet day at the loom, warping six metres "
                + "of linen for runners. What's everyone working on this week?");
        Post birthday = at(3, "09:05").in(GENERAL).reply(IAN, workingOn, "Not a maker, but I'm working on finding a "
                + "birthday present for my wife. Does that count? 😄");
        Post whatSheLoves = at(3, "09:15").in(GENERAL).reply(ROSA, birthday, "It absolutely counts, Ian! What does "
                + "she love? Happy to point you to a few makers here.");
        Post coffee = at(3, "09:30").in(GENERAL).reply(IAN, whatSheLoves, "Gardening and good coffee. Last year your "
                + "apron was a huge hit, so you're already on the list.");
        Post pourOver = at(3, "09:40").in(GENERAL).reply(ROSA, coffee, "Then a ceramic pour-over from @Gwen Talbot "
                + "would be perfect, her glazes are gorgeous. Or a little planter from @Bruno Costa!");
        at(3, "09:55").in(GENERAL).reply(GWEN, pourOver, "Aw, thanks Rosa! I still have a couple of pour-overs from "
                + "my December firing.");
        at(3, "10:05").in(GENERAL).reply(BRUNO, pourOver, "Thanks Rosa! Ian, the planters are on the stall at the fair.");
        Post offcuts = at(3, "10:30").in(HELP).say(THEO, "Does anyone know where to buy veg-tan leather in small "
                + "pieces? Full sides are too expensive for me right now");
        at(3, "10:45").in(HELP).reply(OLU, offcuts, "Look for offcut bags, most tanneries sell them by the kilo. This "
                + "one ships across the EU: https://tannery-offcuts.example/bags");
        at(3, "11:00").in(GENERAL).say(LENA, "Morning! Big batch of charcoal soap on the go today ☕");
        Post leipzig = at(3, "11:20").in(TRADE_TALK).say(KASIA, "PSA: the print fair in Leipzig opened applications "
                + "for May. Deadline is the end of January, jury fee €15.");
        Post applying = at(3, "11:35").in(TRADE_TALK).reply(PIA, leipzig, "Thanks for the heads-up! Are you applying?");
        at(3, "11:50").in(TRADE_TALK).reply(KASIA, applying, "Yes! Third time lucky 🤞 You should too, they love "
                + "jewellery.");
        at(3, "13:00").in(GENERAL).say(GWEN, "I'm thinking about a small studio sale in February. I'd open my studio "
                + "for a weekend, I'd show my process, and I'd put my seconds on a table. I think it would be fun.");
        Post custom = at(3, "14:20").in(HELP).say(NOOR, "Is it rude to ask makers for a custom colour? I found a scarf "
                + "I love, but in mustard, and I'd want it in navy.");
        Post notRude = at(3, "14:35").in(HELP).reply(ROSA, custom, "Not rude at all! Most of us love custom requests. "
                + "Ask nicely, and expect it to take a bit longer and maybe cost a little more.");
        at(3, "14:50").in(HELP).reply(NOOR, notRude, "Okay, I'll message her. Thank you Rosa!");
        Post potsdam = at(3, "15:30").in(GENERAL).say(MARTA, "Has anyone been to the Winter Makers' Fair before? Is it "
                + "worth the trip from Potsdam?");
        Post goEarly = at(3, "15:50").in(GENERAL).reply(IAN, potsdam, "Every year! Go early, the good stuff sells out "
                + "by noon. Rosa and Dana usually both have stalls.");
        at(3, "16:10").in(GENERAL).reply(MARTA, goEarly, "Noted, early it is! Thanks Ian");
        Post code = at(3, "17:00").in(GENERAL).say(VINCE, "Use my code MARLOW15 for 15% off resin coasters this week "
                + "only! Perfect gifts 🎁 https://marlowresin.example");
        at(3, "17:20").in(GENERAL).reply(FERN, code, "Hi Vince, welcome! Promo codes and shop links live in "
                + "#showcase, please 🙂");
        Post flux = at(3, "18:40").in(TRADE_TALK).say(PIA, "Bench question for the metal folks: has anyone tried the "
                + "new water-based flux? I keep getting pits in my solder seams.");
        Post pits = at(3, "19:00").in(TRADE_TALK).reply(BRUNO, flux, "Not metal, but with glass the pits were always "
                + "contamination. Clean with alcohol right before and see if it changes?");
        at(3, "19:20").in(TRADE_TALK).reply(PIA, pits, "Good call, I've been lazy with the cleaning. Trying it tomorrow.");
        Post cure = at(3, "20:00").in(HELP).say(BEN, "Follow-up: how long should the spoon butter cure before I use "
                + "the spoons?");
        Post overnight = at(3, "20:30").in(HELP).reply(MAX, cure, "A day is enough. Wipe off the excess after 20 "
                + "minutes and let it sit overnight.");
        at(3, "20:40").in(HELP).reply(BEN, overnight, "Perfect, thank you!");

        // Thursday 8: Gwen's kiln opening
        Post kiln = at(4, "09:00").in(GENERAL).say(GWEN, "Kiln opening day!! 🔥 Here are the first pieces: "
                + "https://gwentalbot.example/gallery/kiln-08-01 https://gwentalbot.example/gallery/kiln-08-02");
        kiln.react("🔥", ROSA, KASIA, BRUNO, IAN);
        Post bowl = at(4, "09:04").in(GENERAL).say(GWEN, "My favourite is this big bowl, I'm so proud of how my glaze "
                + "broke over the rim: https://gwentalbot.example/gallery/kiln-08-03");
        bowl.react("😍", HANA, ROSA);
        at(4, "09:07").in(GENERAL).say(GWEN, "And my mugs! https://gwentalbot.example/gallery/kiln-08-04");
        Post cone = at(4, "09:30").in(GENERAL).reply(KASIA, bowl, "That rim! What cone do you fire to?");
        at(4, "10:10").in(GENERAL).reply(GWEN, cone, "Cone 6 in my electric kiln, with a slow cool. I learned it from "
                + "my old teacher.");
        Post cash = at(4, "10:00").in(HELP).say(SAM, "Another one: do I need card payments at a market, or is cash fine? "
                + "I don't want to pay for a reader if I only sell three hats 😅");
        Post reader = at(4, "10:20").in(HELP).reply(ROSA, cash, "Get a reader! Half of my sales at the last fair were "
                + "card or phone. The simple ones cost about €30 plus a small fee per sale.");
        at(4, "10:35").in(HELP).reply(SAM, reader, "Half! Okay, ordering one. Thanks again Rosa 🙏");
        Post photos = at(4, "11:00").in(TRADE_TALK).say(THEO, "What's the best way to photograph wallets for "
                + "listings? My photos look flat.");
        at(4, "11:25").in(TRADE_TALK).reply(KASIA, photos, "Window light from the side, a white card on the other side "
                + "to bounce it, and shoot from a little above. No flash.");
        at(4, "11:40").in(TRADE_TALK).reply(MAX, photos, "Seconded, and a plain wooden board as a background makes "
                + "leather look warm.");
        Post whoFair = at(4, "12:00").in(GENERAL).say(DANA, "Who's doing the Winter Makers' Fair? I've got a stall in "
                + "the back hall again!");
        Post windows = at(4, "12:15").in(GENERAL).reply(ROSA, whoFair, "Me! Same spot by the windows. We should get "
                + "lunch together 😄");
        at(4, "12:25").in(GENERAL).reply(DANA, windows, "Deal! The dumpling stall again.");
        Post ritual = at(4, "13:40").in(TRADE_TALK).say(BRUNO, "Furnace is fully back on after the holidays. The first "
                + "gather of the year always feels like a ritual 🔥");
        Post firstPiece = at(4, "13:55").in(TRADE_TALK).reply(PIA, ritual, "Love that. Do you make a first piece for "
                + "yourself?");
        at(4, "14:10").in(TRADE_TALK).reply(BRUNO, firstPiece, "Always a small paperweight. I have eleven now, one "
                + "for each year.");
        at(4, "15:00").in(GENERAL).say(GWEN, "Spent the afternoon photographing my pieces for my website. I'm updating "
                + "my whole shop this weekend and I'm rewriting my about page.");
        Post ce = at(4, "16:30").in(HELP).say(ELIF, "Are there any rules about selling toys in the EU? Asking because "
                + "I might make some fabric ones myself");
        Post ceMark = at(4, "16:50").in(HELP).reply(ROSA, ce, "Yes, toys need a CE mark and a safety assessment, even "
                + "handmade ones. This guide explains it in plain language: https://craft-compliance.example/toy-safety");
        at(4, "17:10").in(HELP).reply(ELIF, ceMark, "Oh wow, I had no idea. Thank you so much Rosa!");
        Post lavender = at(4, "18:00").in(GENERAL).say(LENA, "New scent just dropped: lavender & oat milk 💜 Only "
                + "€6.50 https://brandtbotanicals.example/shop/lavender-oat");
        Post sensitive = at(4, "18:30").in(GENERAL).reply(HANA, lavender, "Ooh, is the oat milk one okay for sensitive "
                + "skin? Mine hates most soaps");
        Post ingredients = at(4, "18:50").in(GENERAL).reply(LENA, sensitive, "Yes! No fragrance oils, only essential "
                + "oils at a low percentage. The full ingredient list is here: "
                + "https://brandtbotanicals.example/shop/lavender-oat#ingredients");
        at(4, "19:05").in(GENERAL).reply(HANA, ingredients, "Perfect, thank you Lena!");
        Post splitter = at(4, "19:30").in(TRADE_TALK).say(THEO, "One more: is it worth buying a splitter, or can I get "
                + "by with pre-split leather?");
        at(4, "19:50").in(TRADE_TALK).reply(OLU, splitter, "Get by with pre-split for now. A good splitter is €300 "
                + "or more, buy one when you know what you make most.");

        // Friday 9
        at(5, "08:40").in(ANNOUNCEMENTS).say(FERN, "Last call: stall applications for the Winter Makers' Fair close "
                + "tonight at midnight!");
        Post regret = at(5, "09:10").in(GENERAL).say(MAX, "Friday question: what's a tool you bought cheap and "
                + "regretted? Mine was a bargain chisel set that wouldn't hold an edge 😂");
        at(5, "09:25").in(GENERAL).reply(OLU, regret, "A cheap rotary cutter. Chewed up a whole side of leather.");
        Post brayer = at(5, "09:40").in(GENERAL).reply(KASIA, regret, "A bargain brayer. It left lines in every print.");
        Post after = at(5, "09:55").in(GENERAL).reply(MAX, brayer, "Ha, you get what you pay for. Which one did you "
                + "get after that?");
        at(5, "10:10").in(GENERAL).reply(KASIA, after, "A soft rubber one from the art shop, never looked back.");
        Post canada = at(5, "10:30").in(HELP).say(NOOR, "Does anyone here ship to Canada? My aunt lives in Toronto and "
                + "I'd love to send her something from here");
        Post ships = at(5, "10:45").in(HELP).reply(DANA, canada, "I do! Candles travel fine if they're wrapped well. "
                + "Shipping is about €18 though, just so you know.");
        at(5, "11:00").in(HELP).reply(NOOR, ships, "That's fair, I'll take a look. Thank you Dana!");
        at(5, "11:30").in(GENERAL).say(GWEN, "I'm tired but happy. I sold three of my bowls this morning and my mug "
                + "restock is almost gone. I never expected my first week of the year to go like this.");
        Post split = at(5, "12:00").in(TRADE_TALK).say(KASIA, "Anyone want to split a bulk order of Japanese paper? "
                + "The minimum is 200 sheets and I only need about 80.");
        Post forty = at(5, "12:20").in(TRADE_TALK).reply(PIA, split, "I'd take 40 for packaging inserts, if that helps!");
        at(5, "12:35").in(TRADE_TALK).reply(KASIA, forty, "Perfect, that gets us closer. I'll tally it up this weekend.");
        at(5, "14:00").in(GENERAL).say(LENA, "Weekend special: buy 3 soaps, get the 4th free! Code FOURFREE at "
                + "checkout 🧼 https://brandtbotanicals.example/shop?utm_source=discord&utm_content=weekend");
        Post taxi = at(5, "13:00").in(GENERAL).say(JONAS, "@Hana Sato are you going to the fair on the 24th? We could "
                + "share a taxi from Pankow again");
        Post nineThirty = at(5, "13:20").in(GENERAL).reply(HANA, taxi, "Yes! Let's do it. Same time as last year, 9:30?");
        Post bigBag = at(5, "13:35").in(GENERAL).reply(JONAS, nineThirty, "9:30 it is. I'm bringing the big shopping "
                + "bag 😄");
        at(5, "13:50").in(GENERAL).reply(HANA, bigBag, "Ha, me too. Rosa's stall first!");
        Post grit = at(5, "15:00").in(HELP).say(BEN, "Sorry, last one this week: what grit do you stop at on a bowl "
                + "before finishing?");
        Post stop = at(5, "15:20").in(HELP).reply(MAX, grit, "For oil finishes I stop at 320. Going finer closes the "
                + "grain and the oil doesn't soak in as well.");
        at(5, "15:35").in(HELP).reply(BEN, stop, "That's counterintuitive, but it makes sense. Thanks!");
        at(5, "16:00").in(GENERAL).say(DANA, "Fig & cedar sold out in a day 😱 Pouring more next week!");
        at(5, "17:00").in(GENERAL).say(GWEN, "Also, I've just finished writing my about page. It tells my story, how I "
                + "started, what I make and why I love my clay.");
        Post toolRoll = at(5, "18:30").in(TRADE_TALK).say(OLU, "Finished a commission today: a tool roll for a chef, "
                + "12 pockets. Very happy with how the stitching turned out.");
        at(5, "18:45").in(TRADE_TALK).reply(BRUNO, toolRoll, "That's beautiful work, Olu.");
        Post firstCustomers = at(5, "19:00").in(TRADE_TALK).say(THEO, "How do you all find your first customers? "
                + "I've made 6 wallets and nobody's bought one yet");
        at(5, "19:20").in(TRADE_TALK).reply(MAX, firstCustomers, "Friends and family first, then a local market. And "
                + "answering questions in #help gets people to know your name.");

        // Saturday 10: Clara arrives
        at(6, "09:00").in(GENERAL).joins(CLARA);
        at(6, "09:00").in(GENERAL).say(MARKET_BOT, "Welcome to Makers' Market, @Clara Nguyen! 👋 Say hi and tell us "
                + "what you make.");
        Post hello = at(6, "09:20").in(GENERAL).say(CLARA, "Hi everyone! I'm Clara, I just moved to the city and I've "
                + "started making beeswax wraps. Happy to be here 😊");
        at(6, "09:35").in(GENERAL).reply(VINCE, hello, "Welcome Clara! Beeswax wraps are great, love that 👋");
        at(6, "09:40").in(GENERAL).reply(FERN, hello, "Welcome Clara! 🎉 #help is great for questions and #showcase for "
                + "your work.");
        Post cute = at(6, "09:50").in(GENERAL).reply(DANA, hello, "Hi Clara, welcome! Beeswax wraps next to candles on "
                + "a market stall would look so cute 🐝");
        at(6, "10:05").in(GENERAL).reply(CLARA, cute, "Thank you all, what a warm welcome!");
        at(6, "10:30").in(GENERAL).say(GWEN, "Studio day again. I'm trying my new speckled clay today. I bought it on a "
                + "whim and I have no idea how my glazes will look on it.");
        at(6, "11:00").in(HELP).say(ELIF, "Does anyone make personalised name puzzles? The wooden ones with the letters");
        Post jumpRings = at(6, "11:30").in(TRADE_TALK).say(PIA, "Saturday bench time. Soldering jump rings for a "
                + "chain order, 200 of them 😵");
        Post podcast = at(6, "11:45").in(TRADE_TALK).reply(OLU, jumpRings, "200! Put on a podcast and godspeed.");
        at(6, "12:00").in(TRADE_TALK).reply(PIA, podcast, "Three podcasts deep already 😂");
        at(6, "13:00").in(GENERAL).say(LENA, "Market prep: 200 soaps wrapped, my fingers hurt 😅");
        at(6, "14:00").in(HELP).say(SAM, "How do you handle returns or refunds at a market? Do people even do that?");
        Post tally = at(6, "15:00").in(TRADE_TALK).say(KASIA, "Paper order tally: 80 for me, 40 for Pia, 50 for "
                + "Bruno. We need 30 more, last call!");
        at(6, "15:20").in(TRADE_TALK).reply(BRUNO, tally, "Put me down for 80 then, I'll use the extra for wrapping.");
        at(6, "15:40").in(TRADE_TALK).reply(PIA, tally, "Yay! Thanks for organising, Kasia 🙏");
        Post markthalle = at(6, "16:00").in(GENERAL).say(ROSA, "Saturday stall at the Markthalle today: sold out of "
                + "napkins by 2 pm. Thank you to everyone who came by!");
        markthalle.react("🎉", HANA, IAN);
        Post cameBy = at(6, "17:00").in(GENERAL).reply(HANA, markthalle, "I came by! The stall looked lovely ✨");
        at(6, "17:10").in(GENERAL).reply(ROSA, cameBy, "It was so good to see you! Thanks for coming, Hana 💚");
        Post wander = at(6, "18:00").in(TRADE_TALK).say(THEO, "Is it normal that my stitching lines wander? I use a "
                + "groover but still.");
        at(6, "18:20").in(TRADE_TALK).reply(OLU, wander, "Normal at first. Use a stitching pony so both hands are free, "
                + "and mark with a wing divider instead of a groover.");

        // Sunday 11
        at(7, "10:00").in(GENERAL).say(GWEN, "The speckled clay is gorgeous!! My glazes look completely different on "
                + "it. I'm going to remake my whole mug line on it, I think.");
        at(7, "10:30").in(GENERAL).say(MAX, "Sunday shavings: two walnut bowls roughed out and drying in paper bags. "
                + "Slow going, but satisfying.").react("👏", ROSA, BRUNO, BEN);
        Post fixed = at(7, "11:00").in(TRADE_TALK).say(PIA, "Flux update: cleaning with alcohol first fixed the pits. "
                + "Thanks @Bruno Costa!");
        at(7, "11:20").in(TRADE_TALK).reply(BRUNO, fixed, "Glad it worked 🙌");
        at(7, "11:45").in(GENERAL).say(LENA, "Question for the soap makers: does anyone cure longer than six weeks?");
        at(7, "12:00").in(HELP).say(ELIF, "Also, what's a fair price for a personalised puzzle? I've seen €20 and €60");
        at(7, "13:30").in(HELP).say(CLARA, "Is beeswax food-safe for wraps if I add jojoba oil and pine resin? Some "
                + "recipes say yes, some say no");
        at(7, "14:00").in(GENERAL).say(GWEN, "My Sunday plan: my studio, my playlist and my wheel. I'll post my new "
                + "mugs soon.");
        Post wallet = at(7, "15:00").in(GENERAL).say(HANA, "Does anyone have a recommendation for a handmade wallet? My "
                + "partner's is falling apart");
        Post iMakeThem = at(7, "15:20").in(GENERAL).reply(OLU, wallet, "I make them! Happy to show you a few styles "
                + "if you'd like.");
        at(7, "15:35").in(GENERAL).reply(HANA, iMakeThem, "Yes please! I'll send you a message.");
        at(7, "18:00").in(TRADE_TALK).say(KASIA, "Paper order placed! It should arrive in about two weeks.");
        at(7, "20:00").in(GENERAL).say(DANA, "Sunday night pouring session with a podcast. Best part of the week.");
    }

    // === Week 2: Monday 12 to Sunday 18 January ================================================================

    private void weekTwo() {
        // Monday 12
        at(8, "08:30").in(ANNOUNCEMENTS).say(FERN, "Fair update: 46 stalls confirmed for the Winter Makers' Fair on the "
                + "24th! Map and stall numbers follow next week.");
        at(8, "08:31").in(ANNOUNCEMENTS).say(MARKET_BOT, "📌 Weekly reminder: share your new work in #showcase!");
        Post demo = at(8, "09:00").in(GENERAL).say(MAX, "Morning! The walnut bowls are dry enough to finish-turn. "
                + "Would people at the fair like a bowl-turning demo at my stall? Thinking of bringing the small lathe.");
        Post bringIt = at(8, "09:20").in(GENERAL).reply(ROSA, demo, "Yes!! People love watching things get made. "
                + "Bring it!");
        at(8, "09:25").in(GENERAL).reply(MAX, bringIt, "Okay, convinced. The lathe is coming 😄");
        Post cedar = at(8, "09:40").in(SHOWCASE).say(DANA, "New batch: cedar & smoke candles in the big amber jars 🕯️ "
                + "Hand-poured coconut wax, 60 hours of burn time. https://danareyes.example/candles/cedar-smoke");
        cedar.react("🔥", JONAS, MARTA).react("❤️", HANA);
        at(8, "10:00").in(GENERAL).say(LENA, "Monday restock! Charcoal & tea tree is back 🖤 Grab one before they're "
                + "gone: https://brandtbotanicals.example/shop/charcoal-tea-tree?utm_source=discord");
        Post booked = at(8, "10:30").in(HELP).say(SAM, "Good news: I booked my first market stall for April! 🎉 Now "
                + "I'm panicking about displays. How do you make a small table look good?");
        booked.react("🎉", ROSA, MAX);
        Post height = at(8, "10:50").in(HELP).reply(ROSA, booked, "Congratulations!! Height is everything: crates, a "
                + "small ladder, a bust for the hats. And a tablecloth to the floor, so the boxes underneath are hidden.");
        at(8, "11:05").in(HELP).reply(MAX, booked, "And put prices on everything. People walk away rather than ask.");
        at(8, "11:20").in(HELP).reply(SAM, height, "Crates and a bust, got it! And thanks @Max Okafor for the price "
                + "tip 😊");
        Post puzzles = at(8, "11:40").in(HELP).say(ELIF, "Still looking for someone who makes personalised name "
                + "puzzles, if anyone knows a maker!");
        Post lettering = at(8, "12:00").in(HELP).reply(MAX, puzzles, "Sorry Elif, I missed your question at the "
                + "weekend! I don't do lettering, but the woodworkers' market list has two puzzle makers near you: "
                + "https://woodworkers-notes.example/makers-list");
        at(8, "12:15").in(HELP).reply(ELIF, lettering, "Found one, thank you Max!");
        at(8, "12:30").in(GENERAL).say(GWEN, "New week in my studio. I'm remaking my mug line on the speckled clay and "
                + "testing all my glazes again, so I'll be busy.");
        Post range = at(8, "13:00").in(TRADE_TALK).say(PIA, "Anyone else doing the fair? I'm debating whether to bring "
                + "my higher-end pieces or keep everything under €80.");
        at(8, "13:20").in(TRADE_TALK).reply(BRUNO, range, "Bring a few! One showpiece makes the cheaper things look "
                + "like a deal.");
        Post anchoring = at(8, "13:35").in(TRADE_TALK).reply(KASIA, range, "Agree with Bruno. Price anchoring works "
                + "at fairs.");
        at(8, "13:50").in(TRADE_TALK).reply(PIA, anchoring, "You're both right. Bringing the garnet collar then 💎");
        Post thanksOlu = at(8, "15:00").in(TRADE_TALK).say(THEO, "Thanks for all the help last week, @Olu Adeyemi. "
                + "Your edge tips changed everything, my edges are finally smooth");
        at(8, "15:20").in(TRADE_TALK).reply(OLU, thanksOlu, "Ha, glad to hear it! Post a photo in #showcase, I'd love "
                + "to see them.");
        Post workshop = at(8, "17:00").in(GENERAL).say(DANA, "Who'd be up for a candle-making workshop in February? "
                + "Thinking of running one at my studio, six people max.");
        Post loveThat = at(8, "17:15").in(GENERAL).reply(CLARA, workshop, "Oh, I'd love that! I've only ever made "
                + "wraps");
        Post saveSpot = at(8, "17:30").in(GENERAL).reply(DANA, loveThat, "Yay! I'll save you a spot, Clara. Do you "
                + "want the details when they're ready?");
        at(8, "17:45").in(GENERAL).reply(CLARA, saveSpot, "Yes please!");
        Post countMeIn = at(8, "18:00").in(GENERAL).reply(NOOR, workshop, "Count me in too if there's space!");
        at(8, "18:10").in(GENERAL).reply(DANA, countMeIn, "There's space! Welcome aboard, Noor 🥰");

        // Tuesday 13: Clara thanks Vince in a DM, and gets a pitch
        at(9, "09:10").in(DM_VINCE_CLARA).say(CLARA, "Hi Vince! Thanks for the welcome on Saturday, everyone here is so "
                + "friendly 😊");
        at(9, "09:25").in(DM_VINCE_CLARA).say(VINCE, "Hey Clara! Glad you reached out 😊 Quick one: I'm selling resin "
                + "coaster sets, and for new members it's 25% off your first order with code WELCOME25. DM me for prices "
                + "on the bigger bundles!");
        at(9, "09:40").in(DM_VINCE_CLARA).say(CLARA, "Oh, thanks! I'm okay for coasters for now, but good luck with it 🙂");
        at(9, "10:15").in(GENERAL).say(MARTA, "@Dana Reyes hi Dana! My order from before Christmas (two fig candles, "
                + "order 2291) still hasn't arrived. Could you check on it when you get a sec?");
        Post wick = at(9, "11:00").in(HELP).say(NOOR, "What wick size do I need for a 9 cm jar? Trying candle making at "
                + "home before Dana's workshop 😄");
        Post cd12 = at(9, "11:20").in(HELP).reply(DANA, wick, "For 9 cm with soy or coconut wax, try a CD-12 or an "
                + "ECO-10, and do a three-hour test burn to check the melt pool reaches the edge.");
        at(9, "11:35").in(HELP).reply(NOOR, cd12, "Amazing, thank you! Ordering wicks now");
        at(9, "12:30").in(GENERAL).say(GWEN, "At my wheel all day. My throwing is finally getting consistent, my "
                + "cylinders all come out the same height now. I'm really proud of my progress.");
        Post vote = at(9, "14:00").in(GENERAL).say(LENA, "Help me choose my next scent: rose geranium or lemongrass? "
                + "React below! 🌹🍋");
        vote.react("👍", HANA, NOOR, SAM);
        Post cards = at(9, "15:00").in(GENERAL).say(JONAS, "Does anyone know if the fair takes cards at the entrance, "
                + "or only cash?");
        Post cardsToo = at(9, "15:10").in(GENERAL).reply(IAN, cards, "Cards at the entrance since last year, and most "
                + "stalls take cards too.");
        at(9, "15:20").in(GENERAL).reply(JONAS, cardsToo, "Great, thanks Ian!");
        Post reeds = at(9, "16:00").in(GENERAL).say(DANA, "Has anyone here tried making reed diffusers? Thinking of "
                + "adding them to my range");
        Post bottles = at(9, "16:20").in(GENERAL).reply(BRUNO, reeds, "My partner did, they sold well at Christmas. The "
                + "glass bottles are the expensive part!");
        Post makeMe = at(9, "16:30").in(GENERAL).reply(DANA, bottles, "Ooh, good to know. Would you ever make me some "
                + "small glass bottles?");
        at(9, "16:50").in(GENERAL).reply(BRUNO, makeMe, "Sure, let's talk at the fair, I'll bring samples.");
        at(9, "18:00").in(GENERAL).say(GWEN, "Tonight I'm glazing. I mixed my own version of a floating blue and I "
                + "can't wait to see my results.");
        Post boxes = at(9, "19:00").in(HELP).say(ELIF, "New question: where do you buy gift boxes that don't look cheap?");
        Post kraft = at(9, "19:20").in(HELP).reply(ROSA, boxes, "Kraft boxes with a linen ribbon look lovely and cost "
                + "very little. I get mine here: https://packaging-supply.example/kraft-boxes");
        at(9, "19:35").in(HELP).reply(ELIF, kraft, "Perfect, ordering some. Thank you!");

        // Wednesday 14: Ravi arrives; Dana chats with newcomers while customers wait
        at(10, "08:30").in(ANNOUNCEMENTS).say(FERN, "Reminder: fair set-up is Friday 23 January from 6 pm. Bring your own "
                + "extension cords!");
        Post collar = at(10, "09:00").in(TRADE_TALK).say(PIA, "Started on the garnet collar this morning. Setting 24 "
                + "stones by Saturday 😬");
        Post photosPlease = at(10, "09:15").in(TRADE_TALK).reply(KASIA, collar, "You can do it! Photos please 📸");
        at(10, "09:30").in(TRADE_TALK).reply(PIA, photosPlease, "Will do! 😊");
        at(10, "09:45").in(GENERAL).joins(RAVI);
        at(10, "09:45").in(GENERAL).say(MARKET_BOT, "Welcome to Makers' Market, @Ravi Menon! 👋 Say hi and tell us what "
                + "you make.");
        at(10, "10:00").in(GENERAL).say(DANA, "Workshop details coming soon, so many of you asked 🥰");
        Post cracks = at(10, "11:00").in(HELP).say(CLARA, "Beeswax question again: my wraps crack after a week. Too "
                + "much wax?");
        Post ratio = at(10, "11:20").in(HELP).reply(DANA, cracks, "Probably too much wax and not enough oil. Try 4:1:1 "
                + "wax, resin and jojoba, and iron them between baking paper to spread it evenly.");
        at(10, "11:40").in(HELP).reply(CLARA, ratio, "Trying that tonight, thank you so much Dana!");
        Post blue = at(10, "12:00").in(GENERAL).say(GWEN, "My floating blue came out better than I hoped! I'm going to "
                + "use my new glaze on my whole spring line.");
        blue.react("😍", ROSA, KASIA);
        Post sage = at(10, "13:00").in(GENERAL).say(HANA, "@Rosa Lindqvist are the sage napkins back in stock? I'd like "
                + "a set for my mum's birthday");
        at(10, "13:15").in(GENERAL).reply(ROSA, sage, "They are! Send me a message and I'll sort it out, so we don't "
                + "clog up #general 😊");
        at(10, "13:20").in(DM_ROSA_HANA).say(HANA, "Hi Rosa! Here about the sage napkins 🙂 What are the options for "
                + "gift wrapping?");
        at(10, "13:30").in(DM_ROSA_HANA).say(ROSA, "Hi Hana! A set of four sage napkins is €28, or €34 with "
                + "gift-wrapping and a handwritten card. Shall I put one aside for you?");
        at(10, "13:45").in(DM_ROSA_HANA).say(HANA, "Yes please, with the gift wrap! Can I pick it up at the fair on the "
                + "24th?");
        at(10, "13:50").in(DM_ROSA_HANA).say(ROSA, "Of course! It'll be waiting for you at my stall by the windows 💚");
        at(10, "14:00").in(DM_ROSA_HANA).say(HANA, "You're the best, thank you!");
        at(10, "14:30").in(GENERAL).say(LENA, "Rose geranium won the vote! 🌹 Thanks to everyone who reacted.");
        Post sayHi = at(10, "15:00").in(GENERAL).say(DANA, "Who's new here this week? Say hi! I love meeting new "
                + "makers 👋");
        Post ravi = at(10, "15:10").in(GENERAL).reply(RAVI, sayHi, "Hi Dana! I'm Ravi, I joined this morning. I make "
                + "hand-bound notebooks 📓");
        Post markets = at(10, "15:20").in(GENERAL).reply(DANA, ravi, "Welcome Ravi!! Notebooks, love that. Are you "
                + "doing any markets this year?");
        Post spring = at(10, "15:35").in(GENERAL).reply(RAVI, markets, "Hopefully the spring one! Still building stock.");
        at(10, "15:45").in(GENERAL).reply(DANA, spring, "You'll fit right in, there are lots of paper people here. "
                + "Kasia does prints, she'll talk paper with you for hours 😄");
        at(10, "19:40").in(SHOWCASE).reply(JONAS, cedar, "Is the cedar & smoke one still available in the big jar? I'd "
                + "love one for my brother's birthday next week");
        at(10, "20:00").in(GENERAL).say(GWEN, "I'm exhausted. My hands are covered in glaze and my studio is a mess, "
                + "but I love my job.");

        // Thursday 15
        at(11, "08:45").in(ANNOUNCEMENTS).say(FERN, "The fair map is up! Find your stall number in the pinned message in "
                + "#general.");
        at(11, "09:00").in(GENERAL).say(MARTA, "@Dana Reyes just bumping this in case it got buried 🙂");
        at(11, "09:30").in(GENERAL).say(DANA, "Pouring day: 30 candles for the fair. Wish me luck 🕯️");
        Post board = at(11, "10:00").in(HELP).say(BEN, "New project: a cheese board for my sister. Is oak okay, or "
                + "will it taint the cheese?");
        Post maple = at(11, "10:20").in(HELP).reply(MAX, board, "Oak is fine once it's finished, though some people find "
                + "it a bit tannic for a board. Maple or cherry are the classic choices.");
        at(11, "10:35").in(HELP).reply(BEN, maple, "Cherry it is, I have a piece in the garage. Thanks Max!");
        Post bookbinding = at(11, "11:00").in(GENERAL).say(RAVI, "Is there a channel for paper and bookbinding, or is "
                + "#trade-talk the place?");
        Post tradeTalk = at(11, "11:10").in(GENERAL).reply(DANA, bookbinding, "#trade-talk is the place! Say hi to "
                + "Kasia there 😄");
        at(11, "11:20").in(GENERAL).reply(RAVI, tradeTalk, "Perfect, thanks Dana!");
        at(11, "12:00").in(GENERAL).say(GWEN, "My new mugs are out of the kiln and I'm in love. I'll show them soon, I "
                + "just need to photograph them in my studio.");
        Post bookcloth = at(11, "13:00").in(TRADE_TALK).say(RAVI, "Hi all! New here, I do hand-bound notebooks. Does "
                + "anyone know a good source for bookcloth in Europe?");
        Post amsterdam = at(11, "13:20").in(TRADE_TALK).reply(KASIA, bookcloth, "Welcome Ravi! This shop in Amsterdam "
                + "has great colours: https://bookcloth-supply.example");
        at(11, "13:40").in(TRADE_TALK).reply(RAVI, amsterdam, "Thank you Kasia! Bookmarked.");
        Post twelve = at(11, "14:00").in(TRADE_TALK).say(PIA, "Twelve garnets set, twelve to go. My eyes hurt 👀");
        Post farAway = at(11, "14:10").in(TRADE_TALK).reply(BRUNO, twelve, "Halfway! Take a break and look at something "
                + "far away, it helps.");
        at(11, "14:25").in(TRADE_TALK).reply(PIA, farAway, "Good advice, going for a walk.");
        Post stallTips = at(11, "15:00").in(GENERAL).say(DANA, "Anyone want to swap stall tips before the fair? "
                + "First-timers especially, happy to help!");
        Post wishKnew = at(11, "15:15").in(GENERAL).reply(SAM, stallTips, "Me! My first market is in April. What's the "
                + "one thing you wish you'd known at your first one?");
        Post chair = at(11, "15:30").in(GENERAL).reply(DANA, wishKnew, "Bring twice as much change as you think, and a "
                + "folding chair. You'll be standing for eight hours otherwise 😅");
        at(11, "15:45").in(GENERAL).reply(SAM, chair, "Change and a chair, noted! Thanks Dana");
        Post preorder = at(11, "16:30").in(GENERAL).say(LENA, "Pre-orders for rose geranium are open 🌹 "
                + "https://brandtbotanicals.example/preorder?utm_source=discord");
        Post again = at(11, "17:00").in(GENERAL).reply(FERN, preorder, "Lena, a friendly reminder that shop links go in "
                + "#showcase 🙂");
        at(11, "17:30").in(GENERAL).reply(LENA, again, "Sorry, forgot again! Moving it.");
        at(11, "17:35").in(SHOWCASE).say(LENA, "Pre-orders for rose geranium soap are open 🌹 "
                + "https://brandtbotanicals.example/preorder");

        // Friday 16
        at(12, "09:00").in(GENERAL).say(MAX, "Finish-turned the walnut bowls yesterday. First coat of oil on now 🙌")
                .react("👏", ROSA, BEN, KASIA);
        Post wholesale = at(12, "09:30").in(TRADE_TALK).say(VINCE, "Any makers want wholesale resin coasters for your "
                + "shops? I'm selling sets of 20 at a great price, DM me for prices!");
        at(12, "09:45").in(TRADE_TALK).reply(OLU, wholesale, "We all make our own stuff here, mate 😅 Good luck though");
        Post glue = at(12, "10:30").in(HELP).say(THEO, "Quick one: what glue do you use on edges before stitching?");
        Post cement = at(12, "10:45").in(HELP).reply(OLU, glue, "Water-based contact cement, a thin layer on both sides, "
                + "and let it go tacky first.");
        at(12, "11:00").in(HELP).reply(THEO, cement, "Thank you! Ordering some now.");
        at(12, "11:30").in(GENERAL).say(GWEN, "Photographing my new mugs today. I'm so happy with my speckled clay, I "
                + "think my spring line will be my best yet.");
        Post newWallet = at(12, "12:30").in(GENERAL).say(HANA, "Picked up my partner's new wallet from @Olu Adeyemi, "
                + "it's gorgeous!! 😍");
        at(12, "12:45").in(GENERAL).reply(OLU, newWallet, "So glad you both like it, Hana! Enjoy it 🙌");
        at(12, "13:00").in(GENERAL).say(DANA, "Studio's a mess, candles everywhere, I love it 😂");
        Post weekend = at(12, "15:00").in(GENERAL).say(LENA, "Happy Friday! Anyone got weekend plans?");
        Post plants = at(12, "15:20").in(GENERAL).reply(HANA, weekend, "Helping my partner get ready for his plant "
                + "stall at the fair 🌱");
        at(12, "15:30").in(GENERAL).reply(LENA, plants, "Ooh, plants and soaps would make a great stall combo 😄");
        Post arrived = at(12, "16:00").in(TRADE_TALK).say(KASIA, "The paper arrived early!! Pick-ups at my studio "
                + "Saturday 10 to 2.");
        at(12, "16:10").in(TRADE_TALK).reply(PIA, arrived, "Yay! I'll come by at 11.");
        at(12, "16:20").in(TRADE_TALK).reply(BRUNO, arrived, "I'll swing by after lunch. Thanks for organising!");
        at(12, "17:00").in(GENERAL).say(GWEN, "My mugs are photographed and my listings are written. My website update "
                + "goes live tomorrow, I'm so nervous about my new shop layout.");

        // Saturday 17
        Post order2291 = at(13, "09:00").in(GENERAL).say(DANA, "@Marta Silva I'm so sorry, I completely missed your "
                + "message! Checking with the post office about order 2291 now.");
        at(13, "09:30").in(GENERAL).reply(MARTA, order2291, "No worries, thank you!");
        Post done = at(13, "10:00").in(TRADE_TALK).say(PIA, "Garnet collar done!! 24 stones, not a single one cracked 🎉");
        done.react("🎉", KASIA, BRUNO, OLU).react("😍", MAX);
        at(13, "10:15").in(TRADE_TALK).reply(KASIA, done, "Stunning!! 😍");
        Post museum = at(13, "10:30").in(TRADE_TALK).reply(BRUNO, done, "That's a museum piece, Pia.");
        at(13, "10:40").in(TRADE_TALK).reply(PIA, museum, "Stop it, you're making me blush 😊");
        at(13, "11:00").in(HELP).say(ELIF, "Does anyone do gift wrapping at the fair, or should I bring my own paper?");
        at(13, "11:30").in(GENERAL).say(LENA, "Soap sale this weekend: 3 bars for €15! "
                + "https://brandtbotanicals.example/shop?utm_source=discord&utm_medium=sale");
        at(13, "12:00").in(GENERAL).say(GWEN, "My new shop page is live! I rewrote my about page and I'm really proud "
                + "of my photos.");
        at(13, "14:00").in(HELP).say(SAM, "Do I need insurance for a market stall? The organiser's form mentions "
                + "'public liability'");
        Post chatting = at(13, "15:00").in(TRADE_TALK).say(OLU, "Anyone else find January markets are mostly chatting "
                + "with the other stallholders? 😂");
        at(13, "15:15").in(TRADE_TALK).reply(PIA, chatting, "Honestly, that's my favourite part");
        at(13, "15:30").in(TRADE_TALK).reply(KASIA, chatting, "Best networking there is.");
        Post notebook = at(13, "17:00").in(GENERAL).say(RAVI, "Finished my first notebook of the year, coptic stitch "
                + "with marbled covers. Loving this community already!");
        notebook.react("❤️", DANA, KASIA);
        at(13, "17:10").in(GENERAL).reply(DANA, notebook, "Gorgeous, Ravi! Marbled covers are my weakness 😍");
        at(13, "18:00").in(HELP).say(CLARA, "Where do people here buy pine resin? The one I found online only comes in "
                + "5 kg tubs 😅");

        // Sunday 18
        at(14, "10:00").in(GENERAL).say(GWEN, "Quiet Sunday in my studio. I'm planning my spring collection and my "
                + "market calendar. I've got so many ideas for my new pieces.");
        at(14, "10:30").in(GENERAL).say(MAX, "Sunday: bowls oiled and buffed. Bringing six to the fair.");
        Post door = at(14, "11:00").in(TRADE_TALK).say(BRUNO, "Furnace maintenance day. Rebuilding the door, send "
                + "coffee ☕");
        at(14, "11:15").in(TRADE_TALK).reply(PIA, door, "Sending virtual coffee ☕ Good luck with the door!");
        at(14, "12:00").in(HELP).say(NOOR, "Is there parking near the tram depot for the fair?");
        at(14, "13:00").in(GENERAL).say(LENA, "Last day of the soap sale! 🧼 "
                + "https://brandtbotanicals.example/shop?utm_source=discord&utm_medium=sale-last-day");
        Post pickups = at(14, "14:00").in(TRADE_TALK).say(KASIA, "Thanks for coming to the paper pick-ups yesterday, "
                + "lovely to see you all!");
        at(14, "14:15").in(TRADE_TALK).reply(PIA, pickups, "Thanks for organising it! The paper is gorgeous.");
        Post apron = at(14, "16:00").in(GENERAL).say(HANA, "Sunday baking in my new linen apron from Rosa, feeling very "
                + "fancy 😄");
        apron.react("❤️", ROSA);
        at(14, "16:10").in(GENERAL).reply(ROSA, apron, "That makes me so happy! Enjoy your baking, Hana 🥐");
    }

    // === Week 3: Monday 19 to Sunday 25 January, the week of the fair ==========================================

    private void weekThree() {
        // Monday 19
        at(15, "08:30").in(ANNOUNCEMENTS).say(FERN, "Fair week! 🎉 Set-up is Friday from 6 pm, doors open Saturday at 10. "
                + "See you there!");
        at(15, "08:31").in(ANNOUNCEMENTS).say(MARKET_BOT, "📌 Weekly reminder: share your new work in #showcase!");
        Post cedarJar = earlier(JONAS, "Is the cedar & smoke one still available");
        Post twoLeft = at(15, "09:05").in(SHOWCASE).reply(DANA, cedarJar, "Jonas, I'm so sorry, I missed this! Yes, I "
                + "have two left in the big jar. Shall I bring one to the fair for you?");
        at(15, "09:30").in(SHOWCASE).reply(JONAS, twoLeft, "Yes please! See you Saturday 😊");
        Post wave = at(15, "09:20").in(GENERAL).say(GWEN, "@Kasia Wrona I saw your new linocut series in #showcase, the "
                + "wave one is stunning. How long does a print like that take you?");
        Post twentyHours = at(15, "09:40").in(GENERAL).reply(KASIA, wave, "Thank you Gwen! About 20 hours of carving, "
                + "then a day of printing.");
        Post patience = at(15, "09:55").in(GENERAL).reply(GWEN, twentyHours, "20 hours! You have the patience of a "
                + "saint. Are you bringing them to the fair?");
        at(15, "10:10").in(GENERAL).reply(KASIA, patience, "Yes, a small run of ten 🙂");
        Post wrapping = earlier(ELIF, "Does anyone do gift wrapping at the fair");
        Post tissue = at(15, "10:00").in(HELP).reply(PIA, wrapping, "Sorry for the late reply, Elif! A few of us wrap at "
                + "the fair. I'll have tissue paper and little boxes at my stall, and Rosa does gift-wrapping too.");
        at(15, "10:20").in(HELP).reply(ELIF, tissue, "Oh, that's great to know, thank you Pia!");
        Post insurance = earlier(SAM, "Do I need insurance for a market stall");
        Post liability = at(15, "10:30").in(HELP).reply(MAX, insurance, "Sorry, missed this at the weekend! Yes, most "
                + "markets ask for public liability insurance. Guild membership often includes it, worth checking: "
                + "https://makersguild.example/insurance");
        at(15, "10:45").in(HELP).reply(SAM, liability, "Oh, and the guild one is cheap too. Thanks Max!");
        Post parking = earlier(NOOR, "Is there parking near the tram depot");
        Post tram = at(15, "11:00").in(HELP).reply(ROSA, parking, "There's a car park behind the depot, but it fills up "
                + "fast. The tram stops right outside!");
        at(15, "11:15").in(HELP).reply(NOOR, tram, "Tram it is, thanks Rosa!");
        at(15, "12:00").in(GENERAL).say(LENA, "Big week! Packing soaps for the fair 🧼");
        Post firstSale = at(15, "13:00").in(TRADE_TALK).say(THEO, "Thanks @Olu Adeyemi and @Kasia Wrona for all the help "
                + "these last weeks. Sold my first two wallets on Saturday! 🎉");
        firstSale.react("🎉", OLU, KASIA, MAX, PIA);
        at(15, "13:15").in(TRADE_TALK).reply(OLU, firstSale, "Congratulations Theo!! The first sale is the best feeling.");
        at(15, "13:30").in(TRADE_TALK).reply(KASIA, firstSale, "Yay, well done! 🎉");
        at(15, "14:00").in(GENERAL).say(DANA, "Fair countdown: 86 candles ready, 14 to go 🕯️");
        Post sayHi = at(15, "15:00").in(GENERAL).say(HANA, "Who's going to the fair on Saturday? I'd love to say hi to "
                + "the makers I follow here!");
        at(15, "15:10").in(GENERAL).reply(ROSA, sayHi, "I'll be by the windows as always, come say hi! 💚");
        at(15, "15:20").in(GENERAL).reply(DANA, sayHi, "Back hall, stall 31! Come and smell the new fig batch 😄");
        Post tenSharp = at(15, "15:30").in(GENERAL).reply(IAN, sayHi, "I'll be there from 10 sharp with a big bag 😄");
        at(15, "15:45").in(GENERAL).reply(HANA, tenSharp, "Ha, same plan! See you there, Ian.");
        Post packing = at(15, "16:00").in(TRADE_TALK).say(PIA, "Packing list for Saturday: display busts, mirror, card "
                + "reader, tissue paper. What am I forgetting?");
        Post snacks = at(15, "16:15").in(TRADE_TALK).reply(BRUNO, packing, "Snacks. Always snacks.");
        at(15, "16:30").in(TRADE_TALK).reply(PIA, snacks, "Snacks added 😂");

        // Tuesday 20
        Post lathe = at(16, "09:00").in(GENERAL).say(GWEN, "Good morning! @Max Okafor are you really bringing the lathe "
                + "on Saturday? I'd love to watch you turn a bowl, I've never seen it done.");
        Post eleven = at(16, "09:20").in(GENERAL).reply(MAX, lathe, "I am! Come by around 11, that's when I'll do the "
                + "first demo.");
        at(16, "09:35").in(GENERAL).reply(GWEN, eleven, "It's in my calendar. Thank you!");
        Post cheeseBoard = at(16, "10:00").in(HELP).say(BEN, "The cherry cheese board is done! Oiled it with the spoon "
                + "butter recipe 🧀 Thanks for all the help, @Max Okafor");
        at(16, "10:15").in(HELP).reply(MAX, cheeseBoard, "That looks great, Ben! Cherry darkens beautifully over time, "
                + "you'll see.");
        at(16, "11:00").in(SHOWCASE).say(VINCE, "New ocean-wave coasters just in! Set of four for €32, link in bio 🌊");
        Post tealights = at(16, "11:30").in(GENERAL).say(CLARA, "Question for the candle makers: can I use the beeswax "
                + "scraps from my wraps for tealights?");
        Post filter = at(16, "11:45").in(GENERAL).reply(DANA, tealights, "Yes! Just filter them through a cloth first. "
                + "Beeswax tealights burn lovely and slow.");
        at(16, "12:00").in(GENERAL).reply(CLARA, filter, "Oh brilliant, no waste! Thank you 🐝");
        Post table = at(16, "13:00").in(TRADE_TALK).say(KASIA, "Does anyone have a spare folding table for Saturday? "
                + "Mine broke 😭");
        Post iHaveOne = at(16, "13:15").in(TRADE_TALK).reply(OLU, table, "I have one, I'll bring it!");
        at(16, "13:30").in(TRADE_TALK).reply(KASIA, iHaveOne, "Lifesaver, thank you Olu!");
        Post stroller = at(16, "15:00").in(HELP).say(ELIF, "I'm bringing my son to the fair. Is it stroller-friendly?");
        Post stepFree = at(16, "15:10").in(HELP).reply(FERN, stroller, "Yes, the whole depot is step-free, and there's a "
                + "quiet corner by the café for little ones.");
        at(16, "15:20").in(HELP).reply(ELIF, stepFree, "Perfect, thank you Fern!");
        Post howMany = at(16, "16:00").in(GENERAL).say(LENA, "Question for the fair veterans: how many bars should I "
                + "bring to my first fair? I'm thinking 150?");
        Post sampleDish = at(16, "16:15").in(GENERAL).reply(ROSA, howMany, "For a first fair, 150 is plenty. Bring a sign "
                + "with your prices and a little dish of samples so people can smell them!");
        at(16, "16:30").in(GENERAL).reply(LENA, sampleDish, "A sample dish, great idea! Thank you Rosa 😊");

        // Wednesday 21
        at(17, "09:00").in(ANNOUNCEMENTS).say(FERN, "Stall numbers are final! Check the pinned map in #general. Doors "
                + "open at 10 on Saturday.");
        Post van = at(17, "09:30").in(GENERAL).say(MAX, "Midweek check-in: how's everyone's fair prep going? Anyone need "
                + "a hand carrying things on Friday? I have a van.");
        Post heavy = at(17, "09:45").in(GENERAL).reply(BRUNO, van, "Oh yes please, glass is heavy! Could you help me "
                + "load at 5?");
        at(17, "10:00").in(GENERAL).reply(MAX, heavy, "Absolutely, see you at 5 on Friday.");
        Post crates = at(17, "10:10").in(GENERAL).say(GWEN, "@Bruno Costa how do you pack glass so it doesn't break in "
                + "a van? I always worry about my pots");
        Post upright = at(17, "10:30").in(GENERAL).reply(BRUNO, crates, "Bubble wrap, then everything upright in "
                + "crates with towels in between. Nothing stacked!");
        at(17, "10:40").in(GENERAL).reply(GWEN, upright, "Upright, no stacking. Thank you, that helps a lot!");
        at(17, "11:00").in(HELP).say(SAM, "Update: insurance sorted through the guild, card reader arrived, hats priced "
                + "(at €38 now 😅). Thanks to everyone who helped!").react("🎉", ROSA, MAX);
        Post pouches = at(17, "12:00").in(TRADE_TALK).say(PIA, "@Rosa Lindqvist a customer asked me about linen pouches "
                + "for jewellery. Would you ever make small ones? I'd love to stock them");
        at(17, "12:20").in(TRADE_TALK).reply(ROSA, pouches, "I'd love to! Let's talk at the fair, I'll bring samples.");
        Post list = at(17, "13:00").in(GENERAL).say(JONAS, "Can't wait for Saturday! Making a list of every stall I "
                + "want to visit 📝");
        Post stall31 = at(17, "13:10").in(GENERAL).reply(DANA, list, "Stall 31, don't forget 😄 Your cedar jar is "
                + "packed!");
        at(17, "13:25").in(GENERAL).reply(JONAS, stall31, "It's at the top of the list!");
        Post bowls = at(17, "13:40").in(GENERAL).reply(MAX, list, "Put the lathe demo at 11 on it, Jonas, I'll have a "
                + "walnut bowl with your name on it if you want one.");
        at(17, "13:55").in(GENERAL).reply(JONAS, bowls, "Oh, yes please! My wife has wanted one since last year.");
        at(17, "14:00").in(GENERAL).say(GWEN, "Loading my pots on Friday. Thank you all for the packing tips!");
        Post cardsFair = at(17, "15:00").in(HELP).say(NOOR, "Last question before the fair: do most stalls take cards?");
        Post almostAll = at(17, "15:10").in(HELP).reply(IAN, cardsFair, "Almost all of them, and the entrance takes "
                + "cards too.");
        at(17, "15:25").in(HELP).reply(NOOR, almostAll, "Great, thank you Ian!");

        // Thursday 22
        Post ironed = at(18, "09:00").in(GENERAL).say(ROSA, "Fair prep: 40 napkin sets, 12 runners and 25 aprons ironed "
                + "and folded. My iron deserves a medal 😅");
        Post mumsNapkins = at(18, "09:15").in(GENERAL).reply(HANA, ironed, "You're amazing! Don't forget my mum's "
                + "napkins 😄");
        at(18, "09:30").in(GENERAL).reply(ROSA, mumsNapkins, "Already wrapped, with a card! 💚");
        Post teaOrCoffee = at(18, "10:00").in(GENERAL).say(GWEN, "@Hana Sato you said you're bringing your mum on "
                + "Saturday. Is she a tea or a coffee person? I'll have cups for both!");
        at(18, "10:20").in(GENERAL).reply(HANA, teaOrCoffee, "Tea, always! She'll love your cups.");
        Post fairMode = at(18, "11:00").in(TRADE_TALK).say(BRUNO, "Furnace off until Monday. Fair mode activated 🔥");
        at(18, "11:20").in(TRADE_TALK).reply(OLU, fairMode, "See you there! I'm next to you again, stall 18.");
        Post visitor = at(18, "12:00").in(HELP).say(CLARA, "I'm coming to the fair as a visitor. Any stalls I shouldn't "
                + "miss as a beginner maker?");
        Post printDemo = at(18, "12:20").in(HELP).reply(MAX, visitor, "Kasia's print demo at 2, and Dana's candle stall "
                + "if you're curious about wax. And come say hi at the lathe!");
        at(18, "12:35").in(HELP).reply(CLARA, printDemo, "Writing it all down, thank you Max!");
        Post notes = at(18, "14:00").in(TRADE_TALK).say(THEO, "First fair as a visitor, taking notes for next year. Any "
                + "tips for what to look at?");
        Post display = at(18, "14:20").in(TRADE_TALK).reply(OLU, notes, "Look at how people display, and talk to the "
                + "stallholders when it's quiet. Everyone's happy to share.");
        at(18, "14:35").in(TRADE_TALK).reply(THEO, display, "Great advice, thanks Olu!");
        Post bigBag = at(18, "15:00").in(GENERAL).say(MARTA, "@Hana Sato @Jonas Meyer see you both at the entrance at 10 "
                + "on Saturday? I'm coming in from Potsdam");
        Post entrance = at(18, "15:20").in(GENERAL).reply(HANA, bigBag, "Yes! We'll wait for you by the ticket desk 😊");
        at(18, "15:30").in(GENERAL).reply(MARTA, entrance, "Perfect, see you there!");
        at(18, "15:40").in(GENERAL).reply(JONAS, bigBag, "Count me in, Marta! I'll bring coffee for the queue ☕");

        // Friday 23
        at(19, "09:00").in(ANNOUNCEMENTS).say(FERN, "Set-up tonight from 6! Volunteers with trolleys at the loading bay.");
        Post crateTip = at(19, "10:00").in(GENERAL).say(GWEN, "Packing day. Thank you @Bruno Costa for the crate tip, not "
                + "a single wobble!");
        at(19, "10:15").in(GENERAL).reply(BRUNO, crateTip, "🙌 Good luck tomorrow, Gwen!");
        at(19, "11:00").in(GENERAL).say(LENA, "Soaps packed, sign painted, sample dish ready (thanks Rosa!) 🧼");
        at(19, "12:00").in(TRADE_TALK).say(KASIA, "See you all tonight at set-up!");
        // Vince has never said a word in #help; the day before the fair he drops his shop link there.
        at(19, "12:30").in(HELP).say(VINCE, "https://marlowresin.example/fair-special coasters for the fair, grab a set!");
        at(19, "17:00").in(GENERAL).say(MAX, "Van loaded with Bruno's glass and my bowls. Nothing broken so far 😄");
        at(19, "18:30").in(GENERAL).say(DANA, "At the depot! Stall 31 is looking cosy 🕯️");

        // Saturday 24: the Winter Makers' Fair
        at(20, "08:00").in(ANNOUNCEMENTS).say(MARKET_BOT, "🎉 The Winter Makers' Fair opens today at 10:00!");
        at(20, "09:30").in(GENERAL).say(FERN, "Doors open in 30 minutes! Have a wonderful fair, everyone 💚");
        Post bestFair = at(20, "13:00").in(GENERAL).say(HANA, "Got my mum's napkins from @Rosa Lindqvist, watched "
                + "@Max Okafor turn a bowl, and bought a cup from @Gwen Talbot. Best fair ever 😍");
        bestFair.react("❤️", ROSA, GWEN, MARTA);
        at(20, "13:20").in(GENERAL).reply(ROSA, bestFair, "It was lovely to see you both! Happy birthday to your mum 💚");
        at(20, "13:30").in(GENERAL).reply(GWEN, bestFair, "It was so nice to meet you and your mum, Hana! Enjoy your tea 🍵");
        at(20, "14:00").in(GENERAL).reply(MAX, bestFair, "Thanks for watching, Hana! Hope the shavings didn't get in your "
                + "hair 😄");
        Post walnut = at(20, "14:30").in(GENERAL).say(JONAS, "@Max Okafor the walnut bowl is already on our dinner "
                + "table. My wife says thank you!");
        at(20, "14:45").in(GENERAL).reply(MAX, walnut, "That's the best news, Jonas. Enjoy it, and oil it once a month "
                + "or so!");
        Post ring = at(20, "15:00").in(GENERAL).say(IAN, "Great fair. Bought one of @Pia Novak's rings for my wife's "
                + "birthday, she's going to love it.");
        at(20, "15:15").in(GENERAL).reply(PIA, ring, "Thank you so much, Ian! Tell her to come by if it needs resizing 💍");
        Post crowd = at(20, "15:30").in(GENERAL).reply(IAN, ring, "And @Max Okafor, your demo drew the biggest crowd of "
                + "the day!");
        at(20, "15:40").in(GENERAL).reply(MAX, crowd, "Ha, thank you Ian! The shavings are a crowd-pleaser.");
        at(20, "16:00").in(GENERAL).say(CLARA, "My first fair here, and I met so many of you in person! Thank you for "
                + "making a newcomer feel so welcome 🥰").react("❤️", DANA, FERN, ROSA);
        Post peek = at(20, "17:30").in(GENERAL).say(SAM, "Went to scout the fair before my own in April. So "
                + "inspiring! Thank you @Rosa Lindqvist for letting me peek at your display setup!");
        at(20, "17:45").in(GENERAL).reply(ROSA, peek, "Anytime, Sam! You're going to do great in April.");
        Post cardHolders = at(20, "19:00").in(TRADE_TALK).say(OLU, "What a day. Sold out of card holders by 3.");
        at(20, "19:15").in(TRADE_TALK).reply(KASIA, cardHolders, "Same with small prints! Great crowd this year.");
        at(20, "19:30").in(TRADE_TALK).reply(PIA, cardHolders, "Congrats Olu! The garnet collar found a home too 💎");
        at(20, "20:00").in(GENERAL).say(DANA, "Thank you to everyone who came to stall 31! 86 candles found new homes 🕯️");

        // Sunday 25
        Post wall = at(21, "10:00").in(GENERAL).say(GWEN, "Thank you to everyone who came by yesterday! @Kasia Wrona I "
                + "finally got one of your wave prints, it's on the studio wall now.");
        at(21, "10:20").in(GENERAL).reply(KASIA, wall, "Yay, it's in good hands! Enjoy it 🌊");
        at(21, "11:00").in(GENERAL).say(MAX, "Sunday recovery: sore feet, an empty van, six bowls gone to good homes. "
                + "Thanks for a great fair, everyone!");
        at(21, "11:30").in(GENERAL).say(ROSA, "Recovery tea and counting napkins. Thank you all for a wonderful fair 💚");
        at(21, "12:00").in(SHOWCASE).say(LENA, "Thank you to everyone who stopped by my stall! Rose geranium sold out, "
                + "more coming in February 🌹 https://brandtbotanicals.example/shop");
        at(21, "13:00").in(HELP).say(ELIF, "Now that the fair's over: does anyone run kids' craft workshops? My son "
                + "loved watching the lathe 😄");
        Post myWallets = at(21, "14:30").in(SHOWCASE).say(THEO, "My first wallets! Veg-tan, hand-stitched, edges "
                + "burnished (thanks Olu) https://theopark.example/wallets");
        myWallets.react("👏", OLU, KASIA, MAX);
        at(21, "15:00").in(SHOWCASE).reply(OLU, myWallets, "The edges look great, Theo. Proud of you!");
    }
}
