package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Held-out scenes for {@code rapport eval tips}: written, and labelled in
 * {@code bot/src/test/resources/eval/held-out-scenes.csv}, by an auditor of issue 8 <em>before</em> the coach was
 * first run on them, in other words than {@link SceneScript}'s, with ordinary days around each situation. The first
 * run's figure is the held-out one (README, "How accurate is the coach?"); a change made after reading its errors
 * makes these scenes tuned on.
 *
 * <p>Three weeks from Monday 6 April 2026 (ISO weeks 2026-W15 to W17), in UTC. Every scene is its own guild; no person
 * appears in two scenes. Run {@link #main} to regenerate {@code bot/src/test/resources/eval/held-out-scenes/}
 * ({@code ScenesAreUpToDateTest} fails when the committed files differ).
 */
public final class HeldOutSceneScript {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 4, 6);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 4, 27, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(900);

    // --- A. An introduction in a channel named for it, closing with a subscribe ask ---------------------------
    static final String KITCHEN = IDS.guild(21);
    static final Channel KITCHEN_HELLO = IDS.channel(KITCHEN, "Home Cooks", "say-hello",
            "Tell us about yourself and what you like to cook.", "kitchen-say-hello.json");
    static final Channel KITCHEN_GENERAL = IDS.channel(KITCHEN, "Home Cooks", "general", "Food talk.",
            "kitchen-general.json");
    static final Persona ELLA = IDS.person("ellabakes", "Ella");
    static final Persona FINN = IDS.person("finnferments", "Finn");
    static final Persona GIA = IDS.person("giagrills", "Gia");

    // --- B. A moderator's welcomes pointing to another member's FAQ and to the community's wiki ---------------
    static final String MODS = IDS.guild(22);
    static final Role MODS_MODERATOR = new Role(IDS.id("2023-05-02"), "Moderator", "#2ecc71", 3);
    static final Channel MODS_WELCOME = IDS.channel(MODS, "Keyboard Builders", "welcome",
            "Welcome! Say hi and read the pinned rules.", "mods-welcome.json");
    static final Channel MODS_BUILDS = IDS.channel(MODS, "Keyboard Builders", "builds", "Show and ask about builds.",
            "mods-builds.json");
    static final Persona HUGO = IDS.person("hugomod", "Hugo", MODS_MODERATOR);
    static final Persona REN = IDS.person("renswitches", "Ren");
    static final Persona SAM = IDS.person("samsolder", "Sam");
    static final Persona TEO = IDS.person("teokeys", "Teo");
    static final Persona VI = IDS.person("vicaps", "Vi");

    // --- C. Named, thanked or copied: nothing asked of Gus -----------------------------------------------------
    static final String TRANSLATORS = IDS.guild(23);
    static final Channel TR_GENERAL = IDS.channel(TRANSLATORS, "Translators Lounge", "lounge", "Anything goes.",
            "translators-lounge.json");
    static final Persona GUS = IDS.person("gustranslates", "Gus");
    static final Persona HAL = IDS.person("halsubtitles", "Hal");
    static final Persona IDA = IDS.person("idalocal", "Ida");

    // --- D. Answers by turn in a busy channel ------------------------------------------------------------------
    static final String GARDEN = IDS.guild(24);
    static final Channel GARDEN_CHAT = IDS.channel(GARDEN, "Allotment Friends", "chat", "Grow things, talk things.",
            "garden-chat.json");
    static final Persona IVO = IDS.person("ivoveg", "Ivo");
    static final Persona JUN = IDS.person("junseeds", "Jun");
    static final Persona KAY = IDS.person("kaycompost", "Kay");
    static final Persona LOU = IDS.person("loubeans", "Lou");

    // --- E. Two people in a small channel ----------------------------------------------------------------------
    static final String SYNTH = IDS.guild(25);
    static final Channel SYNTH_MODULAR = IDS.channel(SYNTH, "Synth Nerds", "modular", "Eurorack and patch talk.",
            "synth-modular.json");
    static final Persona MAX = IDS.person("maxpatch", "Max");
    static final Persona NOA = IDS.person("noavco", "Noa");

    // --- F. A cold service pitch to someone met that morning, with prices and a calendar link -----------------
    static final String SHOPS = IDS.guild(26);
    static final Channel SHOPS_GENERAL = IDS.channel(SHOPS, "Etsy Sellers Circle", "general", "Selling online.",
            "shops-general.json");
    static final Channel SHOPS_SHOWCASE = IDS.channel(SHOPS, "Etsy Sellers Circle", "showcase",
            "Share your shop and new products here.", "shops-showcase.json");
    static final Persona OLE = IDS.person("oleseo", "Ole");
    static final Persona PIA = IDS.person("piaprints", "Pia");
    static final Persona RIA = IDS.person("riaknits", "Ria");
    static final Persona SEB = IDS.person("sebwood", "Seb");

    // --- G. A helper who is helped again and again and only says thanks ---------------------------------------
    static final String CODERS = IDS.guild(27);
    static final Channel CODERS_HELP = IDS.channel(CODERS, "Web Dev Club", "help", "Ask anything web.",
            "coders-help.json");
    static final Persona TAM = IDS.person("tamfrontend", "Tam");
    static final Persona UDO = IDS.person("udocss", "Udo");
    static final Persona VED = IDS.person("vedjs", "Ved");

    // --- H. A seller spreading a disguised shop link through three channels -----------------------------------
    static final String CRAFT = IDS.guild(28);
    static final Channel CRAFT_GENERAL = IDS.channel(CRAFT, "Crafters Hangout", "general", "Crafty chat.",
            "craft-general.json");
    static final Channel CRAFT_TIPS = IDS.channel(CRAFT, "Crafters Hangout", "tips", "Techniques and tips.",
            "craft-tips.json");
    static final Channel CRAFT_OFFTOPIC = IDS.channel(CRAFT, "Crafters Hangout", "off-topic", "Anything else.",
            "craft-off-topic.json");
    static final Persona WIL = IDS.person("wilbeads", "Wil");
    static final Persona XIA = IDS.person("xiaquilts", "Xia");
    static final Persona YOS = IDS.person("yosclay", "Yos");

    static final List<Persona> CAST = List.of(ELLA, FINN, GIA, HUGO, REN, SAM, TEO, VI, GUS, HAL, IDA, IVO, JUN, KAY,
            LOU, MAX, NOA, OLE, PIA, RIA, SEB, TAM, UDO, VED, WIL, XIA, YOS);

    static final List<Channel> CHANNELS = List.of(KITCHEN_HELLO, KITCHEN_GENERAL, MODS_WELCOME, MODS_BUILDS,
            TR_GENERAL, GARDEN_CHAT, SYNTH_MODULAR, SHOPS_GENERAL, SHOPS_SHOWCASE, CODERS_HELP, CRAFT_GENERAL,
            CRAFT_TIPS, CRAFT_OFFTOPIC);

    private final Story story = new Story(FIRST_MONDAY, 21, ZoneOffset.UTC, CAST);

    private HeldOutSceneScript() {
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutSceneScript s = new HeldOutSceneScript();
        s.introductionWithSubscribeAsk();
        s.welcomesWithPointers();
        s.namedThankedCopied();
        s.answersByTurn();
        s.twoPeopleModular();
        s.coldServicePitch();
        s.onlyThanks();
        s.disguisedShopLink();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/held-out-scenes");
        ExportWriter.writeAll(dir, files(), "the held-out scenes");
    }

    private Story.Moment at(int day, String time) {
        return story.at(day, time);
    }

    // === A ====================================================================================================

    private void introductionWithSubscribeAsk() {
        Post bread = at(1, "08:00").in(KITCHEN_GENERAL).say(FINN, "Sourdough day! My starter finally doubles in four "
                + "hours.");
        at(1, "08:20").in(KITCHEN_GENERAL).reply(GIA, bread, "Nice, what flour are you feeding it?");
        at(1, "08:40").in(KITCHEN_GENERAL).reply(FINN, bread, "Half rye, half white. The rye wakes it up.");
        Post hello = at(1, "12:00").in(KITCHEN_HELLO).say(ELLA, "Hello! I'm Ella, I bake at home with my two kids and "
                + "I film our weekend bakes for a small YouTube channel. I'd love to learn more about bread, my loaves "
                + "are still flat. My channel is youtube.com/@ellabakes, subscribe if you like family baking!");
        Post flat = at(1, "12:30").in(KITCHEN_HELLO).reply(FINN, hello, "Welcome Ella! Flat loaves are usually "
                + "under-proofed or too wet. What hydration are you using?");
        at(1, "12:50").in(KITCHEN_HELLO).reply(ELLA, flat, "Thanks Finn! I think around 75%, I just follow a recipe "
                + "from a book. I'll try a drier dough this weekend.");
        Post cake = at(1, "13:10").in(KITCHEN_HELLO).reply(GIA, hello, "Welcome! What do the kids like baking most?");
        at(1, "13:30").in(KITCHEN_HELLO).reply(ELLA, cake, "Cinnamon rolls, every time! Our last batch is here if "
                + "you want to see the mess: https://youtu.be/ellarolls01");
        Post grill = at(3, "18:00").in(KITCHEN_GENERAL).say(GIA, "Anyone grilling fish this week? Mine always sticks.");
        at(3, "18:15").in(KITCHEN_GENERAL).reply(ELLA, grill, "Oil the fish, not the grate, and don't move it for the "
                + "first few minutes. Works for us!");
        at(3, "18:30").in(KITCHEN_GENERAL).reply(GIA, grill, "Oh, I always oil the grate. Trying that, thanks Ella.");
        Post loaf = at(6, "11:00").in(KITCHEN_GENERAL).say(ELLA, "@Finn drier dough worked, the loaf actually rose! "
                + "Did you score yours with a razor or a knife?");
        at(6, "11:20").in(KITCHEN_GENERAL).reply(FINN, loaf, "A razor blade on a stick, a lame. So glad it rose!");
    }

    // === B ====================================================================================================

    private void welcomesWithPointers() {
        at(1, "09:00").in(MODS_BUILDS).say(REN, "Updated my switch lubing FAQ with the new linear switches, link is "
                + "pinned in #welcome.");
        Object[][] newcomers = {{SAM, 1, "Hi! Sam here, just ordered my first soldering iron."},
                {TEO, 2, "Hello everyone, Teo, I want to build a 60% board for work."},
                {VI, 3, "Hey, I'm Vi, I collect keycaps more than I type."}};
        for (Object[] n : newcomers) {
            Persona who = (Persona) n[0];
            int day = (Integer) n[1];
            Post hi = at(day, "10:00").in(MODS_WELCOME).say(who, (String) n[2]);
            Post welcome = at(day, "10:05").in(MODS_WELCOME).reply(HUGO, hi, "Welcome aboard @" + who.displayName()
                    + "! @Ren's lubing FAQ is the best place to start: https://renswitches.example/faq and our wiki "
                    + "has the build guides: https://wiki.keyboardbuilders.example/start");
            at(day, "10:20").in(MODS_WELCOME).reply(who, welcome, "Thanks Hugo!");
        }
        Post iron = at(4, "15:00").in(MODS_BUILDS).say(SAM, "Which tip should I use for through-hole switches?");
        at(4, "15:10").in(MODS_BUILDS).reply(HUGO, iron, "A chisel tip around 2 mm, at 330°C. Tin it before you start.");
        at(4, "15:25").in(MODS_BUILDS).reply(SAM, iron, "Perfect, thank you!");
        Post board = at(5, "19:00").in(MODS_BUILDS).say(TEO, "Is a hot-swap PCB a good idea for a first build?");
        at(5, "19:20").in(MODS_BUILDS).reply(REN, board, "Yes, you can change switches later without desoldering.");
        at(5, "19:30").in(MODS_BUILDS).reply(HUGO, board, "Agreed, and it forgives a bad first solder job.");
    }

    // === C ====================================================================================================

    private void namedThankedCopied() {
        Post glossary = at(1, "09:00").in(TR_GENERAL).say(IDA, "Has anyone here worked with @Gus on game "
                + "localisation? Thinking of asking him to join a project.");
        at(1, "09:15").in(TR_GENERAL).reply(HAL, glossary, "Yes, he's very thorough. Go for it.");
        Post thanks = at(1, "11:00").in(TR_GENERAL).say(IDA, "Thanks @Gus for the glossary tip last week! @Hal, what "
                + "day works for a call about the subtitles?");
        at(1, "11:20").in(TR_GENERAL).reply(HAL, thanks, "Thursday afternoon works for me.");
        // Gus talks with people all week; nothing was asked of him.
        Post rates = at(2, "10:00").in(TR_GENERAL).say(GUS, "Does anyone charge per minute for subtitles, or per "
                + "word?");
        at(2, "10:15").in(TR_GENERAL).reply(HAL, rates, "Per minute of video for subtitles, per word for documents.");
        at(2, "10:30").in(TR_GENERAL).reply(GUS, rates, "Makes sense, thanks Hal.");
        Post tool = at(3, "14:00").in(TR_GENERAL).say(HAL, "Which CAT tool do you all use?");
        at(3, "14:20").in(TR_GENERAL).reply(GUS, tool, "I use an open-source one, the memory features are enough for "
                + "me. What are you on now?");
        at(3, "14:40").in(TR_GENERAL).reply(HAL, tool, "A paid one, but the licence ends soon. I'll try yours.");
    }

    // === D ====================================================================================================

    private void answersByTurn() {
        at(1, "08:00").in(GARDEN_CHAT).say(JUN, "Frost last night, hope everyone covered their seedlings.");
        at(1, "08:10").in(GARDEN_CHAT).say(KAY, "Covered mine, the fleece saved the beans.");
        at(1, "08:20").in(GARDEN_CHAT).say(LOU, "@Ivo when do you usually plant out tomatoes?");
        at(1, "08:22").in(GARDEN_CHAT).say(KAY, "Jun, did your potatoes come up yet?");
        at(1, "08:25").in(GARDEN_CHAT).say(IVO, "Mid-May here, after the last frost. Harden them off for a week first.");
        at(1, "08:30").in(GARDEN_CHAT).say(JUN, "Not yet Kay, probably next week.");
        at(1, "08:40").in(GARDEN_CHAT).say(LOU, "Thanks Ivo, that's later than I thought.");
        at(2, "17:00").in(GARDEN_CHAT).say(KAY, "@Ivo can I borrow your wheelbarrow on Saturday?");
        at(2, "17:05").in(GARDEN_CHAT).say(JUN, "The compost bins are full again, by the way.");
        at(2, "17:08").in(GARDEN_CHAT).say(IVO, "Sure, it's by the shed, the key is under the pot.");
        at(2, "17:15").in(GARDEN_CHAT).say(KAY, "Brilliant, thank you!");
        at(4, "12:00").in(GARDEN_CHAT).say(IVO, "First radishes of the year, tiny but spicy.");
        at(4, "12:10").in(GARDEN_CHAT).say(LOU, "Jealous! Mine are all leaves.");
        at(4, "12:20").in(GARDEN_CHAT).say(IVO, "Thin them out more, they need space to swell.");
    }

    // === E ====================================================================================================

    private void twoPeopleModular() {
        String[][] lines = {
                {"MAX", "Finally racked the new filter module."},
                {"NOA", "Which one, the ladder filter?"},
                {"MAX", "Yes, it sounds huge on bass."},
                {"NOA", "I keep getting clicks from my envelope though."},
                {"MAX", "Is the attack at zero? Give it a couple of milliseconds."},
                {"NOA", "It was at zero. Trying now."},
                {"MAX", "Also check the VCA isn't fully open."},
                {"NOA", "Clicks gone. You were right about the attack."},
                {"MAX", "Nice. What are you patching this weekend?"},
                {"NOA", "A slow generative thing with two LFOs."},
                {"MAX", "Send a recording when it's done."},
                {"NOA", "Will do. Do you sync your clock to the DAW?"},
                {"MAX", "No, I let the modular run free and record it live."},
                {"NOA", "Brave. I always drift out of time."},
                {"MAX", "Embrace the drift!"},
                {"NOA", "Ha, fair. Recording tonight."},
                {"MAX", "Looking forward to it."},
                {"NOA", "Done, the LFOs beat against each other really nicely."},
                {"MAX", "That phasing at the end is lovely."},
                {"NOA", "Thanks, it was a happy accident."}};
        for (int i = 0; i < lines.length; i++) {
            Persona who = lines[i][0].equals("MAX") ? MAX : NOA;
            int day = 1 + i / 7;
            String time = String.format("%02d:%02d", 19 + (i % 7) / 3, 5 + (i % 7) * 8);
            at(day, time).in(SYNTH_MODULAR).say(who, lines[i][1]);
        }
    }

    // === F ====================================================================================================

    private void coldServicePitch() {
        Post fees = at(1, "09:00").in(SHOPS_GENERAL).say(PIA, "Anyone else see the new listing fees? My margins on "
                + "prints are getting thin.");
        Post bundle = at(1, "09:15").in(SHOPS_GENERAL).reply(RIA, fees, "Same. I started bundling two items to make the "
                + "fee hurt less.");
        at(1, "09:30").in(SHOPS_GENERAL).reply(PIA, bundle, "Good idea, I'll try bundles, thanks Ria!");
        at(1, "11:00").in(SHOPS_GENERAL).reply(OLE, fees, "Hi Pia, nice to meet you! I run an SEO agency for online "
                + "shops: full listing audit for €199, rankings up in 30 days guaranteed. Grab a slot on my calendar: "
                + "https://cal.com/ole-seo/audit");
        // The showcase is the place for one's own shop: Seb posts his new products there.
        at(2, "10:00").in(SHOPS_SHOWCASE).say(SEB, "New walnut chopping boards in the shop this week: "
                + "https://sebwood.example/boards");
        at(9, "10:00").in(SHOPS_SHOWCASE).say(SEB, "Restocked the small serving boards, a few left: "
                + "https://sebwood.example/serving");
        Post wax = at(3, "16:00").in(SHOPS_GENERAL).say(RIA, "Does anyone know what finish is food-safe for wooden "
                + "spoons?");
        at(3, "16:20").in(SHOPS_GENERAL).reply(SEB, wax, "Plain mineral oil and beeswax. Avoid anything that says "
                + "'varnish'.");
        at(3, "16:30").in(SHOPS_GENERAL).reply(RIA, wax, "Thanks Seb!");
    }

    // === G ====================================================================================================

    private void onlyThanks() {
        String[][] days = {
                {"How do I centre a div vertically in a flex container?", "align-items: center on the container, and "
                        + "give it a height.", "thanks"},
                {"Why does my fetch call fail with a CORS error locally?", "The API has to send the header; for local "
                        + "work, proxy it through your dev server.", "thanks!"},
                {"What's the difference between let and const again?", "const can't be reassigned, let can. Both are "
                        + "block-scoped.", "ok thanks"},
                {"How do I stop my form from reloading the page?", "Call preventDefault() on the submit event.",
                        "👍 thanks"}};
        for (int i = 0; i < days.length; i++) {
            int day = 1 + i * 2;
            Post q = at(day, "14:00").in(CODERS_HELP).say(TAM, days[i][0]);
            Persona helper = i % 2 == 0 ? UDO : VED;
            Post a = at(day, "14:10").in(CODERS_HELP).reply(helper, q, days[i][1]);
            at(day, "14:15").in(CODERS_HELP).reply(TAM, a, days[i][2]);
        }
        // Udo asks Tam something back about Tam's own field; Tam is around but never answers.
        at(4, "09:00").in(CODERS_HELP).say(UDO, "@Tam you do design too, right? Which font pairs well with Inter for "
                + "headings?");
        Post grid = at(5, "11:00").in(CODERS_HELP).say(VED, "Is CSS grid supported well enough to drop floats entirely?");
        at(5, "11:20").in(CODERS_HELP).reply(UDO, grid, "Yes, every current browser has it.");
    }

    // === H ====================================================================================================

    private void disguisedShopLink() {
        Post stitch = at(1, "10:00").in(CRAFT_TIPS).say(XIA, "Tip: a walking foot makes quilting straight lines so much "
                + "easier.");
        at(1, "10:20").in(CRAFT_TIPS).reply(YOS, stitch, "Good to know, my layers always shift.");
        at(2, "09:00").in(CRAFT_GENERAL).say(WIL, "Big bead sale in my shop!! everything 30% off this week only, "
                + "wilbeads dot shop slash sale");
        at(2, "09:04").in(CRAFT_TIPS).say(WIL, "30% off all beads this week, wilbeads dot shop slash sale, don't miss "
                + "it");
        at(2, "09:07").in(CRAFT_OFFTOPIC).say(WIL, "SALE 30% off beads → wilbeads[.]shop/sale");
        Post clay = at(3, "15:00").in(CRAFT_GENERAL).say(YOS, "What temperature do you fire polymer clay at? Mine "
                + "cracks.");
        at(3, "15:20").in(CRAFT_GENERAL).reply(XIA, clay, "Around 130°C for 30 minutes, and let it cool in the oven.");
        at(3, "15:30").in(CRAFT_GENERAL).reply(YOS, clay, "Thanks Xia, I was going way hotter.");
    }
}
