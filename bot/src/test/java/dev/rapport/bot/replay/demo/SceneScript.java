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
 * Small labelled scenes for {@code rapport eval tips}: each a few days of one invented community, written to show
 * one situation where context decides whether a tip is fair. Their verdicts are in
 * {@code bot/src/test/resources/eval/scenes.csv}, written by hand from the conversations below.
 *
 * <p>Three weeks from Monday 2 March 2026 (ISO weeks 2026-W10 to W12), in UTC. Every scene is its own guild; no
 * person appears in two scenes. Run {@link #main} to regenerate {@code bot/src/test/resources/eval/scenes/}
 * ({@code ScenesAreUpToDateTest} fails when the committed files differ).
 */
public final class SceneScript {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 3, 2);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 3, 23, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(400);

    // --- 1. Introductions: presenting yourself where it is expected -----------------------------------------
    static final String LENS = IDS.guild(1);
    static final Channel LENS_INTROS = IDS.channel(LENS, "Lens & Light", "introductions",
            "New here? Introduce yourself: who you are and what you shoot.", "lens-introductions.json");
    static final Channel LENS_GENERAL = IDS.channel(LENS, "Lens & Light", "general", "Chat about anything photo.",
            "lens-general.json");
    static final Persona ANA = IDS.person("anafilm", "Ana");
    static final Persona BO = IDS.person("boshoots", "Bo");
    static final Persona CAI = IDS.person("caiphoto", "Cai");
    static final Persona DIA = IDS.person("diaframe", "Dia");

    // --- 2. Welcomes: a moderator points newcomers to another member's guide --------------------------------
    static final String HUB = IDS.guild(2);
    static final Role HUB_MODERATOR = new Role(IDS.id("2023-05-02"), "Moderator", "#e67e22", 3);
    static final Channel HUB_WELCOME = IDS.channel(HUB, "Indie Devs Hub", "welcome",
            "Welcome new members! Read the rules and say hello.", "hub-welcome.json");
    static final Channel HUB_HELP = IDS.channel(HUB, "Indie Devs Hub", "help", "Stuck? Ask here.", "hub-help.json");
    static final Persona KIT = IDS.person("kitmod", "Kit", HUB_MODERATOR);
    static final Persona JO = IDS.person("jodev", "Jo");
    static final Persona LEV = IDS.person("levpuzzles", "Lev");
    static final Persona MO = IDS.person("mopixels", "Mo");
    static final Persona NIA = IDS.person("niacodes", "Nia");

    // --- 3. Copied and third-person mentions -----------------------------------------------------------------
    static final String WRITERS = IDS.guild(3);
    static final Channel WRITERS_GENERAL = IDS.channel(WRITERS, "Freelance Writers", "general", "Anything writing.",
            "writers-general.json");
    static final Persona PAT = IDS.person("patwrites", "Pat");
    static final Persona RAE = IDS.person("raeink", "Rae");
    static final Persona SOL = IDS.person("soledits", "Sol");
    static final Persona TIA = IDS.person("tiacopy", "Tia");

    // --- 4. An answer without a reply link ------------------------------------------------------------------
    static final String CRIT = IDS.guild(4);
    static final Channel CRIT_ROOM = IDS.channel(CRIT, "Design Crit", "crit", "Share work, get feedback.", "crit-room.json");
    static final Persona TOM = IDS.person("tomdraws", "Tom");
    static final Persona UMA = IDS.person("umadesign", "Uma");
    static final Persona VAL = IDS.person("valtype", "Val");
    static final Persona WYN = IDS.person("wynletters", "Wyn");

    // --- 5. Two people in a small channel -------------------------------------------------------------------
    static final String PRINT = IDS.guild(5);
    static final Channel PRINT_RISO = IDS.channel(PRINT, "Print Club", "risograph", "Riso printing nerdery.",
            "print-risograph.json");
    static final Channel PRINT_GENERAL = IDS.channel(PRINT, "Print Club", "general", "Say hi.", "print-general.json");
    static final Persona WES = IDS.person("wesprints", "Wes");
    static final Persona XAN = IDS.person("xanriso", "Xan");
    static final Persona YUL = IDS.person("yulzines", "Yul");

    // --- 6. A cold partnership pitch to someone met that day ------------------------------------------------
    static final String CREATORS = IDS.guild(6);
    static final Channel CREATORS_GENERAL = IDS.channel(CREATORS, "Creators Guild", "general", "Talk shop.",
            "creators-general.json");
    static final Channel DM_YARA_ZED = new Channel(Channel.DIRECT_MESSAGES_GUILD, "Direct Messages",
            IDS.id("2026-03-01"), "DirectTextChat", null, "Private", "Zed", null, "creators-direct-yara-zed.json");
    static final Persona YARA = IDS.person("yarastudio", "Yara");
    static final Persona ZED = IDS.person("zedclips", "Zed");
    static final Persona ABE = IDS.person("abevlogs", "Abe");

    // --- 7. Priced "DM me" replies to people who asked for nothing ------------------------------------------
    static final String BRANDS = IDS.guild(7);
    static final Channel BRANDS_INTROS = IDS.channel(BRANDS, "Small Brands Collective", "introductions",
            "Introduce yourself and your brand.", "brands-introductions.json");
    static final Channel BRANDS_GENERAL = IDS.channel(BRANDS, "Small Brands Collective", "general", "Brand talk.",
            "brands-general.json");
    static final Persona IVY = IDS.person("ivycandles", "Ivy");
    static final Persona JAX = IDS.person("jaxdesigns", "Jax");
    static final Persona KAI = IDS.person("kaistudio", "Kai");
    static final Persona LIA = IDS.person("liasoap", "Lia");

    // --- 8. A follow/like ask to long-standing members ------------------------------------------------------
    static final String ILLUSTRATORS = IDS.guild(8);
    static final Channel ILLU_GENERAL = IDS.channel(ILLUSTRATORS, "Illustrators Corner", "general", "Draw and chat.",
            "illustrators-general.json");
    static final Persona MIA = IDS.person("miadraws", "Mia");
    static final Persona OLA = IDS.person("olasketch", "Ola");
    static final Persona PER = IDS.person("perinks", "Per");
    static final Persona QUY = IDS.person("quypaints", "Quy");

    // --- 9. A client talking to the people they hire --------------------------------------------------------
    static final String VIDEO = IDS.guild(9);
    static final Channel VIDEO_JOBS = IDS.channel(VIDEO, "Video Makers", "jobs", "Gigs and collaborations.",
            "video-jobs.json");
    static final Channel VIDEO_GENERAL = IDS.channel(VIDEO, "Video Makers", "general", "Everything video.",
            "video-general.json");
    static final Persona LUX = IDS.person("luxcoffee", "Lux");
    static final Persona NED = IDS.person("nedcuts", "Ned");
    static final Persona ODA = IDS.person("odaframes", "Oda");
    static final Persona PIM = IDS.person("pimgrades", "Pim");

    // --- 10. A community where nobody sells -----------------------------------------------------------------
    static final String RUST = IDS.guild(10);
    static final Channel RUST_HELP = IDS.channel(RUST, "Rust Learners", "help", "Questions about Rust.", "rust-help.json");
    static final Persona AMY = IDS.person("amyrs", "Amy");
    static final Persona BAZ = IDS.person("bazcargo", "Baz");
    static final Persona CYD = IDS.person("cydborrow", "Cyd");
    static final Persona DOT = IDS.person("dottraits", "Dot");
    static final Persona EVE = IDS.person("evenewbie", "Eve");

    static final List<Persona> CAST = List.of(ANA, BO, CAI, DIA, KIT, JO, LEV, MO, NIA, PAT, RAE, SOL, TIA, TOM, UMA,
            VAL, WYN, WES, XAN, YUL, YARA, ZED, ABE, IVY, JAX, KAI, LIA, MIA, OLA, PER, QUY, LUX, NED, ODA, PIM, AMY, BAZ,
            CYD, DOT, EVE);

    static final List<Channel> CHANNELS = List.of(LENS_INTROS, LENS_GENERAL, HUB_WELCOME, HUB_HELP, WRITERS_GENERAL,
            CRIT_ROOM, PRINT_RISO, PRINT_GENERAL, CREATORS_GENERAL, DM_YARA_ZED, BRANDS_INTROS, BRANDS_GENERAL,
            ILLU_GENERAL, VIDEO_JOBS, VIDEO_GENERAL, RUST_HELP);

    private final Story story = new Story(FIRST_MONDAY, 21, ZoneOffset.UTC, CAST);

    private SceneScript() {
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        SceneScript s = new SceneScript();
        s.introductions();
        s.welcomes();
        s.copiedAndThirdPerson();
        s.answerWithoutReplyLink();
        s.twoPeopleInASmallChannel();
        s.coldPartnershipPitch();
        s.pricedReplies();
        s.askToLongStandingMembers();
        s.clientHiring();
        s.nobodySells();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/scenes");
        ExportWriter.writeAll(dir, files(), "the scenes");
    }

    private Story.Moment at(int day, String time) {
        return story.at(day, time);
    }

    // === 1 ====================================================================================================

    private void introductions() {
        // Regulars talk in #general all along.
        Post weekend = at(1, "08:30").in(LENS_GENERAL).say(CAI, "Anyone shooting this weekend? The light has been "
                + "amazing in the mornings.");
        at(1, "08:45").in(LENS_GENERAL).reply(DIA, weekend, "Yes, the harbour at sunrise on Saturday!");
        Post intro = at(1, "09:00").in(LENS_INTROS).say(ANA, "Hi everyone! I'm Ana, a wedding photographer from "
                + "Porto. I've been shooting for six years, mostly documentary style, and I'm here because I want to get "
                + "better at film and meet other people who love it. My portfolio is at https://anafilm.example if "
                + "you're curious, and follow me on Instagram too if you like my work!");
        Post stock = at(1, "09:20").in(LENS_INTROS).reply(CAI, intro, "Welcome Ana! Porto is gorgeous for film. What "
                + "stock do you shoot?");
        at(1, "09:35").in(LENS_INTROS).reply(ANA, stock, "Thank you! Mostly Portra 400, and I'm trying Ektar this spring. "
                + "I still find it hard to meter for, I usually overexpose it by a stop and I'm never sure.");
        Post lovely = at(1, "09:50").in(LENS_INTROS).reply(DIA, intro, "Welcome! The wedding set in your portfolio is "
                + "lovely. There's a film thread in #general every Friday.");
        at(1, "10:05").in(LENS_INTROS).reply(ANA, lovely, "Oh thank you so much! I post my film work on Instagram too: "
                + "https://instagram.example/ana.film and I'll be in #general on Friday, I'm so happy I found this place.");
        Post walk = at(2, "18:00").in(LENS_GENERAL).say(DIA, "Does anyone know a good photo walk route in the old town?");
        at(2, "18:20").in(LENS_GENERAL).reply(ANA, walk, "Start at the cathedral steps at golden hour and walk down to the "
                + "river, the alleys are great for shadows. Have you tried it with a wide lens?");
        Post friday = at(5, "17:00").in(LENS_GENERAL).say(CAI, "Film Friday! What did you all shoot this week?");
        at(5, "17:30").in(LENS_GENERAL).reply(ANA, friday, "Two rolls of Ektar at the market. How did your harbour "
                + "sunrise turn out, Cai?");

        // Bo introduces himself with his link (fine), then repeats it twice in #general (still promotion).
        at(2, "10:00").in(LENS_INTROS).say(BO, "Hey, I'm Bo, I do product photography for small brands. Portfolio: "
                + "https://boshoots.example");
        at(2, "14:00").in(LENS_GENERAL).say(BO, "If anyone needs product shots, check out my portfolio: "
                + "https://boshoots.example");
        at(3, "11:00").in(LENS_GENERAL).say(BO, "Still booking product shoots for March, see my work and book a slot at "
                + "https://boshoots.example 📸");
    }

    // === 2 ====================================================================================================

    private void welcomes() {
        at(1, "09:00").in(HUB_HELP).say(JO, "Reminder for new folks: I keep a free beginner guide for Godot and Unity "
                + "questions, updated monthly.");
        for (Object[] newcomer : new Object[][]{{LEV, 1, "Hello! I'm Lev, I make small puzzle games in Godot."},
                {MO, 2, "Hi all, Mo here, pixel artist trying to learn programming."},
                {NIA, 4, "Hey! Nia, backend developer, curious about making my first game."}}) {
            Persona who = (Persona) newcomer[0];
            int day = (Integer) newcomer[1];
            Post hello = at(day, "10:00").in(HUB_WELCOME).say(who, (String) newcomer[2]);
            Post welcome = at(day, "10:10").in(HUB_WELCOME).reply(KIT, hello, "Welcome @" + who.displayName() + "! 🎉 Check out "
                    + "@Jo's beginner guide, it answers most first questions: https://jo-devnotes.example/start-here "
                    + "and #help is the place to ask anything.");
            at(day, "10:30").in(HUB_WELCOME).reply(who, welcome, "Thanks Kit, reading it now!");
        }
        Post export = at(3, "15:00").in(HUB_HELP).say(LEV, "How do I export a Godot game for the web? The button is "
                + "greyed out.");
        at(3, "15:20").in(HUB_HELP).reply(KIT, export, "You need the export templates first: Editor, Manage Export "
                + "Templates, Download. Then the web preset works.");
        at(3, "15:30").in(HUB_HELP).reply(LEV, export, "That was it, thank you!");
    }

    // === 3 ====================================================================================================

    private void copiedAndThirdPerson() {
        Post piece = at(1, "09:00").in(WRITERS_GENERAL).say(RAE, "Just finished my first long-form piece for a magazine!");
        Post editing = at(1, "09:20").in(WRITERS_GENERAL).reply(PAT, piece, "Congrats! @Rae do you know if @Sol is "
                + "still taking editing clients? I need someone for a 5k-word report.");
        at(1, "09:40").in(WRITERS_GENERAL).reply(RAE, editing, "I think so, she had space last month. Thanks Pat!");
        Post brief = at(1, "11:00").in(WRITERS_GENERAL).say(TIA, "@Pat could you send me the brief for the newsletter "
                + "project? cc @Sol");
        at(1, "11:15").in(WRITERS_GENERAL).reply(PAT, brief, "Sending it now, Tia.");
        // Sol is around all week, talking with people: nothing was asked of her.
        Post rates = at(1, "14:00").in(WRITERS_GENERAL).say(SOL, "Anyone else raising rates this spring? I'm thinking "
                + "ten percent for new clients.");
        at(1, "14:20").in(WRITERS_GENERAL).reply(TIA, rates, "Yes, same here. Existing clients keep their rate until June.");
        Post thanks = at(2, "10:00").in(WRITERS_GENERAL).say(RAE, "What do you all use for invoices?");
        at(2, "10:15").in(WRITERS_GENERAL).reply(SOL, thanks, "A plain spreadsheet and a PDF template, honestly. Works "
                + "fine for twenty clients.");
        Post deadline = at(3, "09:00").in(WRITERS_GENERAL).say(TIA, "Three deadlines on Friday, send coffee.");
        at(3, "09:10").in(WRITERS_GENERAL).reply(SOL, deadline, "Good luck! Break them into two-hour blocks, it helps me.");
        at(4, "16:00").in(WRITERS_GENERAL).say(SOL, "Finished a big edit today, a whole book chapter on soil science.");
    }

    // === 4 ====================================================================================================

    private void answerWithoutReplyLink() {
        at(1, "10:00").in(CRIT_ROOM).say(TOM, "@Uma how do you price a logo project for a small cafe?");
        at(1, "10:06").in(CRIT_ROOM).say(UMA, "I start from a day rate and estimate two to three days for a small brand, "
                + "then add a round of revisions. For a cafe I'd quote around 1,200.");
        at(1, "10:15").in(CRIT_ROOM).say(TOM, "That's really helpful, thanks!");
        at(2, "14:00").in(CRIT_ROOM).say(VAL, "@Uma is the Figma file for the poster ready?");
        at(2, "14:04").in(CRIT_ROOM).say(UMA, "Yes, just shared it in the drive folder, the second page has the variants.");
        Post specimen = at(3, "11:00").in(CRIT_ROOM).say(WYN, "New type specimen for the studio, feedback welcome: "
                + "https://wynletters.example/specimen");
        at(3, "11:30").in(CRIT_ROOM).reply(UMA, specimen, "The italic is lovely. I'd open up the tracking on the caps a "
                + "little.");
        // Week 2: Val asks something Uma never answers, though she keeps talking to others.
        at(9, "10:00").in(CRIT_ROOM).say(VAL, "@Uma are you coming to the studio meetup on Friday?");
        at(9, "12:00").in(CRIT_ROOM).say(UMA, "@Wyn the new specimen page looks sharp, nice work on the italics!");
        Post grid = at(10, "09:00").in(CRIT_ROOM).say(TOM, "Does anyone use an 8pt grid for print, or only for screens?");
        at(10, "09:30").in(CRIT_ROOM).reply(UMA, grid, "I use a baseline grid for print instead, 8pt feels too coarse on "
                + "paper.");
        Post poster = at(11, "15:00").in(CRIT_ROOM).say(WYN, "Poster draft for the meetup: "
                + "https://wynletters.example/poster");
        at(11, "15:20").in(CRIT_ROOM).reply(UMA, poster, "Strong! Maybe drop the second typeface, the date gets lost.");
    }

    // === 5 ====================================================================================================

    private void twoPeopleInASmallChannel() {
        at(1, "09:00").in(PRINT_GENERAL).say(YUL, "Morning printers! Zine fair applications are open.");
        String[][] lines = {
                {"WES", "Got the new drum for the riso today, finally a proper teal."},
                {"XAN", "Teal! Jealous. Is it the fluorescent one or the standard?"},
                {"WES", "Standard, the fluorescent was sold out everywhere."},
                {"XAN", "Fair. I'm still fighting ghosting on my two-colour prints."},
                {"WES", "Are you letting the first layer dry overnight? That fixed it for me."},
                {"XAN", "No, I print both layers the same evening. I'll try waiting."},
                {"WES", "Also run a few blank sheets between colours to clean the drum."},
                {"XAN", "Good tip. Which paper do you use for the zine covers?"},
                {"WES", "Munken 120, it takes the ink without smudging."},
                {"XAN", "I'll order a ream. Want to split the shipping?"},
                {"WES", "Yes, let's do it. I need more anyway."},
                {"XAN", "Ordered, sending you the total tonight."},
                {"WES", "Perfect. Show me the two-colour print when it works!"},
                {"XAN", "Will do. It's the cover for the spring issue."},
                {"WES", "Can't wait to see it."},
                {"XAN", "Tried the overnight drying: no ghosting at all!"},
                {"WES", "Told you! Looks great from the photo."},
                {"XAN", "Next problem: the teal and the pink overlap into brown."},
                {"WES", "Print the pink lighter, about 70 percent. The overlap turns purple then."},
                {"XAN", "Trying that tomorrow morning."},
                {"WES", "Let me know how it goes."},
                {"XAN", "Purple! It worked. Thanks a lot."},
                {"WES", "Brilliant. The spring issue is going to look great."},
                {"XAN", "Couldn't have done it without the drying trick."}};
        for (int i = 0; i < lines.length; i++) {
            Persona who = lines[i][0].equals("WES") ? WES : XAN;
            int day = 2 + i / 8;
            String time = String.format("%02d:%02d", 9 + (i % 8), 10 + (i % 5) * 7);
            at(day, time).in(PRINT_RISO).say(who, lines[i][1]);
        }
    }

    // === 6 ====================================================================================================

    private void coldPartnershipPitch() {
        at(1, "12:00").in(CREATORS_GENERAL).say(ABE, "New vlog is up, filmed the whole thing on a phone!");
        Post vertical = at(2, "10:00").in(CREATORS_GENERAL).say(ZED, "Anyone have tips for editing short vertical videos "
                + "faster?");
        Post batch = at(2, "10:10").in(CREATORS_GENERAL).reply(YARA, vertical, "Batch your cuts: rough-cut everything "
                + "first, then do captions in one pass. Templates help a lot too.");
        Post thanks = at(2, "10:20").in(CREATORS_GENERAL).reply(ZED, batch, "Great tips, thanks Yara!");
        at(2, "15:00").in(CREATORS_GENERAL).reply(YARA, thanks, "Lovely chatting today, Zed! I'd like to propose a "
                + "cooperation between our brands: we could cross-promote and run a joint campaign. Book a call with me "
                + "here: https://calendly.com/yara-studio/30min");
        at(2, "16:00").in(DM_YARA_ZED).say(ZED, "Hi Yara, thanks for the offer, I'll think about it.");
    }

    // === 7 ====================================================================================================

    private void pricedReplies() {
        Post ivy = at(3, "09:00").in(BRANDS_INTROS).say(IVY, "Hi all, I'm Ivy! I just started a small candle brand and "
                + "I'm figuring out packaging and labels.");
        at(3, "09:20").in(BRANDS_INTROS).reply(JAX, ivy, "Welcome Ivy! I design packaging and labels, logos from $150. "
                + "DM me 😉");
        at(3, "09:40").in(BRANDS_INTROS).reply(LIA, ivy, "Welcome! Candles and soap go well together, say hi anytime.");
        Post kai = at(4, "11:00").in(BRANDS_GENERAL).say(KAI, "We're a two-person studio, not hiring yet, but we'll post "
                + "here when we are in spring.");
        at(4, "11:15").in(BRANDS_GENERAL).reply(JAX, kai, "I do freelance web development at $40/h, DM me if you want to "
                + "get ahead of it!");
        // Asked for, a priced offer is an answer.
        Post labels = at(5, "10:00").in(BRANDS_GENERAL).say(LIA, "Does anyone know a good label designer? Budget around "
                + "$200.");
        at(5, "10:20").in(BRANDS_GENERAL).reply(JAX, labels, "I design labels, $150 for a set of three, happy to show "
                + "examples. DM me!");
    }

    // === 8 ====================================================================================================

    private void askToLongStandingMembers() {
        // Two weeks of Ola, Per and Quy talking; Mia talks with Quy only.
        for (int week = 0; week < 2; week++) {
            int d = 1 + week * 7;
            Post inks = at(d, "10:00").in(ILLU_GENERAL).say(OLA, "Testing new inks today, the sepia is gorgeous.");
            Post brand = at(d, "10:20").in(ILLU_GENERAL).reply(PER, inks, "Which brand? I'm out of sepia.");
            at(d, "10:40").in(ILLU_GENERAL).reply(OLA, brand, "The Japanese one from the art shop on the corner.");
            Post brushes = at(d + 1, "14:00").in(ILLU_GENERAL).say(QUY, "Anyone tried the new water brushes?");
            at(d + 1, "14:15").in(ILLU_GENERAL).reply(PER, brushes, "Yes, great for sketching outside.");
            at(d + 1, "14:30").in(ILLU_GENERAL).reply(MIA, brushes, "Love them for travel sketches, the medium tip is "
                    + "the most useful.");
            Post comic = at(d + 2, "11:00").in(ILLU_GENERAL).say(QUY, "Finished page 12 of the comic!");
            at(d + 2, "11:20").in(ILLU_GENERAL).reply(MIA, comic, "The panel with the rain is so good.");
            at(d + 2, "11:40").in(ILLU_GENERAL).reply(OLA, comic, "Congrats Quy, great pacing.");
            at(d + 3, "16:00").in(ILLU_GENERAL).say(PER, "Sketchbook tour next week, who's in?");
        }
        at(16, "10:00").in(ILLU_GENERAL).say(MIA, "@Ola @Per would you follow my new art account and like the latest "
                + "post? https://instagram.example/mia.draws 🙏");
    }

    // === 9 ====================================================================================================

    private void clientHiring() {
        // The freelancers, as the community knows them: they share their work and answer questions.
        at(1, "09:00").in(VIDEO_GENERAL).say(NED, "New showreel is up, mostly product work this year.");
        at(1, "09:30").in(VIDEO_GENERAL).say(ODA, "Finished grading a short film, so happy with the night scenes.");
        at(1, "10:00").in(VIDEO_GENERAL).say(PIM, "Colour grading tip: fix white balance before anything else.");
        at(2, "09:00").in(VIDEO_GENERAL).say(NED, "Editing on the train again, laptop battery is the real deadline.");
        at(2, "09:30").in(VIDEO_GENERAL).say(ODA, "Reminder that the free LUT pack from the festival is still online.");
        at(2, "10:00").in(VIDEO_GENERAL).say(PIM, "Rendered my first 8K project. The fans are screaming.");
        Post job = at(3, "09:00").in(VIDEO_JOBS).say(LUX, "Looking for a video editor for a 3-minute product video for "
                + "our coffee brand, budget 400 euros, deadline end of March.");
        Post ned = at(3, "09:20").in(VIDEO_JOBS).reply(NED, job, "Hi Lux! I edit product videos, here's my reel: "
                + "https://nedcuts.example/reel and my rates start at 350.");
        Post oda = at(3, "09:30").in(VIDEO_JOBS).reply(ODA, job, "I'd love to help, I've done similar work for two coffee "
                + "brands: https://oda.example/work");
        Post pim = at(3, "09:40").in(VIDEO_JOBS).reply(PIM, job, "Happy to quote, I can also do the colour grade. DM me.");
        Post rounds = at(3, "10:00").in(VIDEO_JOBS).reply(LUX, ned, "Thanks Ned! How many revision rounds are included?");
        Post two = at(3, "10:15").in(VIDEO_JOBS).reply(NED, rounds, "Two rounds, more at an hourly rate.");
        Post grading = at(3, "10:20").in(VIDEO_JOBS).reply(LUX, oda, "Oda, lovely work. Do you do colour grading too?");
        at(3, "10:35").in(VIDEO_JOBS).reply(ODA, grading, "Yes, grading is included.");
        Post when = at(3, "10:40").in(VIDEO_JOBS).reply(LUX, pim, "Pim, when could you start?");
        at(3, "10:55").in(VIDEO_JOBS).reply(PIM, when, "Next Monday.");
        at(3, "11:30").in(VIDEO_JOBS).reply(LUX, two, "Great, I'll decide by Friday. Thank you all!");
        at(4, "09:00").in(VIDEO_JOBS).reply(LUX, ned, "Ned, we'd like to go with you. Can you send a contract?");
    }

    // === 10 ===================================================================================================

    private void nobodySells() {
        String[][] day = {
                {"EVE", "How do I return a string from a function without the borrow checker complaining?"},
                {"BAZ", "Return String, not &str, unless it borrows from an argument."},
                {"CYD", "Yes, and if it comes from an argument, add a lifetime that ties them."},
                {"AMY", "@Baz good answer. Eve, the book's chapter 4 explains ownership really well."},
                {"DOT", "Is anyone else getting slow incremental builds on the new nightly?"},
                {"AMY", "@Dot yes, since Tuesday. Disabling the parallel frontend fixed it for me."},
                {"DOT", "Thanks Amy, that did it."},
                {"BAZ", "Sharing: I wrote a small crate for parsing config files, feedback welcome."},
                {"AMY", "@Baz nice, the error messages are really clear. Maybe add an example for nested tables?"},
                {"BAZ", "Good idea, adding it tonight."},
                {"CYD", "Anyone using async traits yet, now that they're stable?"},
                {"AMY", "@Cyd yes, in a small web service. No more boxing futures by hand."},
                {"CYD", "Nice, I'll try it in the CLI."},
                {"DOT", "Clippy suggested something I don't understand: needless_pass_by_value?"},
                {"AMY", "@Dot it means the function takes ownership but only reads the value; take a reference instead."},
                {"DOT", "Got it, thank you."}};
        Persona[] who = {EVE, BAZ, CYD, AMY, DOT};
        for (int i = 0; i < day.length; i++) {
            Persona author = null;
            for (Persona p : who) {
                if (p.displayName().toUpperCase().equals(day[i][0])) {
                    author = p;
                }
            }
            at(1 + i / 4, String.format("%02d:%02d", 10 + i % 4, 15)).in(RUST_HELP).say(author, day[i][1]);
        }
    }

    static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (Channel c : CHANNELS) {
            names.add(c.fileName());
        }
        return names;
    }
}
