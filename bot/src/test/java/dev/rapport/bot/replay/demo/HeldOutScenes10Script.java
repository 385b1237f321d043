package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A tenth round of held-out scenes for {@code rapport eval tips}, written and labelled in
 * {@code bot/src/test/resources/eval/held-out-scenes-10.csv} before the coach was run on them (sealed), by a writer who
 * read the README's rule catalogue and the coaching principles, not the rules' code nor the other rounds.
 *
 * <p>Eight communities, each its own guild, written to read like ordinary chat exports: three weeks from Monday 2 March
 * 2026 in UTC, of which only the last, ISO week 2026-W12 (16-22 March), is labelled; the two weeks before are ordinary
 * history. No person appears in two scenes. Run {@link #main} to regenerate
 * {@code bot/src/test/resources/eval/held-out-scenes-10/} ({@code ScenesAreUpToDateTest} fails when the committed files
 * differ).
 */
public final class HeldOutScenes10Script extends StoryScript {

    /** Day 1 is Monday 2 March; 15 is Monday 16 March, the labelled week. */
    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 3, 2);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 3, 23, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(6000);

    // --- G1. Indie game developers ------------------------------------------------------------------------------
    static final String GAMES = IDS.guild(301);
    static final Role GAMES_MOD = new Role(IDS.id("2023-05-02"), "Moderator", "#9b59b6", 3);
    static final Channel GAMES_WELCOME = IDS.channel(GAMES, "Pixel Forge", "welcome",
            "Say hi, tell us what you're making.", "games-welcome.json");
    static final Channel GAMES_GENERAL = IDS.channel(GAMES, "Pixel Forge", "general", "Gamedev chat.",
            "games-general.json");
    static final Channel GAMES_SHOWCASE = IDS.channel(GAMES, "Pixel Forge", "showcase",
            "Show your work in progress. Feedback welcome.", "games-showcase.json");
    static final Channel GAMES_HELP = IDS.channel(GAMES, "Pixel Forge", "engine-help",
            "Godot, Unity, whatever. Ask away.", "games-engine-help.json");
    static final Persona MAREK = IDS.person("marek_mod", "Marek", GAMES_MOD);
    static final Persona TOMAS = IDS.person("tomas.makes.games", "Tomas");
    static final Persona LINA = IDS.person("linapixels", "Lina");
    static final Persona KENJI = IDS.person("kenji_dev", "Kenji");
    static final Persona SARA = IDS.person("sara_codes", "Sara");
    static final Persona UGO = IDS.person("ugo.audio", "Ugo");
    static final Persona BEX = IDS.person("bexdraws", "Bex");
    static final Persona FARID = IDS.person("farid_gd", "Farid");
    static final Persona FORGE_BOT = Persona.bot("2023-06-02", 6900, "ForgeBot", "ForgeBot");

    // --- G2. Wedding photographers --------------------------------------------------------------------------------
    static final String PHOTO = IDS.guild(302);
    static final Channel PHOTO_INTROS = IDS.channel(PHOTO, "Wedding Shooters Collective", "introductions",
            "New here? Introduce yourself.", "photo-introductions.json");
    static final Channel PHOTO_GENERAL = IDS.channel(PHOTO, "Wedding Shooters Collective", "general",
            "Shop talk.", "photo-general.json");
    static final Channel PHOTO_REFERRALS = IDS.channel(PHOTO, "Wedding Shooters Collective", "referrals",
            "Second shooter calls, dates you can't take, availability.", "photo-referrals.json");
    static final Persona RHYS = IDS.person("rhys.albums", "Rhys");
    static final Persona ELIN = IDS.person("elin_photo", "Elin");
    static final Persona DANA = IDS.person("danashoots", "Dana");
    static final Persona JO = IDS.person("jo.weddings", "Jo");
    static final Persona CALLUM = IDS.person("callumfilm", "Callum");
    static final Persona MIREILLE = IDS.person("mireille.ph", "Mireille");
    static final Persona TARIQ = IDS.person("tariq_lens", "Tariq");

    // --- G3. B2B SaaS founders ------------------------------------------------------------------------------------
    static final String SAAS = IDS.guild(303);
    static final Channel SAAS_GENERAL = IDS.channel(SAAS, "SaaS Founders Circle", "general", "Founders talking.",
            "saas-general.json");
    static final Channel SAAS_FEEDBACK = IDS.channel(SAAS, "SaaS Founders Circle", "feedback",
            "Ask for feedback on your page, pricing, emails. Give some back.", "saas-feedback.json");
    static final Channel SAAS_WINS = IDS.channel(SAAS, "SaaS Founders Circle", "wins", "Celebrate stuff.",
            "saas-wins.json");
    static final Persona VICTOR = IDS.person("victor_ships", "Victor");
    static final Persona PRIYA = IDS.person("priya.b2b", "Priya");
    static final Persona OMAR = IDS.person("omar_builds", "Omar");
    static final Persona HELEN = IDS.person("helen.invoices", "Helen");
    static final Persona SAMIR = IDS.person("samir_hq", "Samir");
    static final Persona WES = IDS.person("wes.dev", "Wes");

    // --- G4. A bakery's own customer community ---------------------------------------------------------------------
    static final String BAKERY = IDS.guild(304);
    static final Role BAKERY_TEAM = new Role(IDS.id("2023-05-02"), "Team", "#e67e22", 3);
    static final Channel BAKERY_NEWS = IDS.channel(BAKERY, "Crumb & Co. Friends", "announcements",
            "Specials, opening hours, news from the bakery.", "bakery-announcements.json");
    static final Channel BAKERY_CHAT = IDS.channel(BAKERY, "Crumb & Co. Friends", "chat",
            "Talk bread, ask us anything.", "bakery-chat.json");
    static final Persona MAYA = IDS.person("maya.crumbco", "Maya", BAKERY_TEAM);
    static final Persona LEO = IDS.person("leo_bakes", "Leo", BAKERY_TEAM);
    static final Persona GRETA = IDS.person("greta.h", "Greta");
    static final Persona NOOR = IDS.person("noor_k", "Noor");
    static final Persona PIA = IDS.person("pia.loves.rye", "Pia");
    static final Persona HANK = IDS.person("hank_w", "Hank");
    static final Persona ROSA = IDS.person("rosa.m", "Rosa");

    // --- G5. A yarn shop's Discord ----------------------------------------------------------------------------------
    static final String YARN = IDS.guild(305);
    static final Role YARN_TEAM = new Role(IDS.id("2023-05-02"), "Team", "#1abc9c", 3);
    static final Channel YARN_GENERAL = IDS.channel(YARN, "Woolly Lane Yarns", "general", "Chat, yarn, life.",
            "yarn-general.json");
    static final Channel YARN_SHOW = IDS.channel(YARN, "Woolly Lane Yarns", "show-and-tell",
            "Show us your makes!", "yarn-show-and-tell.json");
    static final Channel YARN_HELP = IDS.channel(YARN, "Woolly Lane Yarns", "pattern-help",
            "Stuck on a pattern? Ask here.", "yarn-pattern-help.json");
    static final Persona INES = IDS.person("ines.woollylane", "Ines", YARN_TEAM);
    static final Persona BRONWYN = IDS.person("bronwyn_dyes", "Bronwyn");
    static final Persona CLEM = IDS.person("clem.knits", "Clem");
    static final Persona OONA = IDS.person("oona_purls", "Oona");
    static final Persona FENNA = IDS.person("fenna.b", "Fenna");
    static final Persona MARGUERITE = IDS.person("marguerite_52", "Marguerite");
    static final Persona TILLY = IDS.person("tillycrochets", "Tilly");

    // --- G6. A Python open-source project's support server ----------------------------------------------------------
    static final String QUILL = IDS.guild(306);
    static final Role QUILL_MAINTAINER = new Role(IDS.id("2023-05-02"), "Maintainer", "#3498db", 3);
    static final Channel QUILL_NEWS = IDS.channel(QUILL, "quillpy", "announcements", "Releases.",
            "quill-announcements.json");
    static final Channel QUILL_HELP = IDS.channel(QUILL, "quillpy", "help",
            "Using quillpy? Ask here. Please include your version.", "quill-help.json");
    static final Channel QUILL_DEV = IDS.channel(QUILL, "quillpy", "dev", "Contributing to quillpy.",
            "quill-dev.json");
    static final Persona ROHAN = IDS.person("rohan_k", "Rohan", QUILL_MAINTAINER);
    static final Persona DMITRI = IDS.person("dmitri.v", "Dmitri", QUILL_MAINTAINER);
    static final Persona AIKO = IDS.person("aiko_t", "Aiko");
    static final Persona FELIX = IDS.person("felix_data", "Felix");
    static final Persona SUNITA = IDS.person("sunita.py", "Sunita");
    static final Persona BENJI = IDS.person("benji42", "Benji");
    static final Persona QUILL_BOT = Persona.bot("2023-06-02", 6901, "quill-ci", "quill-ci");

    // --- G7. Freelance copywriters' guild with a jobs channel --------------------------------------------------------
    static final String COPY = IDS.guild(307);
    static final Channel COPY_GENERAL = IDS.channel(COPY, "The Copy Guild", "general", "Anything copy.",
            "copy-general.json");
    static final Channel COPY_JOBS = IDS.channel(COPY, "The Copy Guild", "jobs",
            "Clients: post a brief. Writers: reply with samples and rate.", "copy-jobs.json");
    static final Channel COPY_CRAFT = IDS.channel(COPY, "The Copy Guild", "craft", "Headlines, structure, voice.",
            "copy-craft.json");
    static final Persona NADIA = IDS.person("nadia.writes", "Nadia");
    static final Persona OWEN = IDS.person("owen_copy", "Owen");
    static final Persona HARRIET = IDS.person("harriet.groomers", "Harriet");
    static final Persona RAJ = IDS.person("raj_founder", "Raj");
    static final Persona LUCY = IDS.person("lucy.m", "Lucy");
    static final Persona MATEO = IDS.person("mateo_shop", "Mateo");
    static final Persona YUSUF = IDS.person("yusuf.words", "Yusuf");
    static final Persona CARA = IDS.person("cara_copy", "Cara");

    // --- G8. Home-brewers' club ------------------------------------------------------------------------------------
    static final String BREW = IDS.guild(308);
    static final Role BREW_OFFICER = new Role(IDS.id("2023-05-02"), "Club Officer", "#f1c40f", 3);
    static final Channel BREW_GENERAL = IDS.channel(BREW, "Hop Heads Homebrew Club", "general", "Club chat.",
            "brew-general.json");
    static final Channel BREW_HELP = IDS.channel(BREW, "Hop Heads Homebrew Club", "brew-help",
            "Stuck ferments, off flavours, kit questions.", "brew-help.json");
    static final Channel BREW_LOG = IDS.channel(BREW, "Hop Heads Homebrew Club", "brew-log",
            "Keep a log of your brews here. One thread per brew if you like.", "brew-log.json");
    static final Persona GARY = IDS.person("gary_brews", "Gary");
    static final Persona BETH = IDS.person("beth.ferments", "Beth");
    static final Persona KOFI = IDS.person("kofi_hops", "Kofi", BREW_OFFICER);
    static final Persona DOT = IDS.person("dot.saison", "Dot");
    static final Persona LARS = IDS.person("lars_lager", "Lars");
    static final Persona QUINN = IDS.person("quinn.ipa", "Quinn");

    static final List<Persona> CAST = List.of(MAREK, TOMAS, LINA, KENJI, SARA, UGO, BEX, FARID, FORGE_BOT,
            RHYS, ELIN, DANA, JO, CALLUM, MIREILLE, TARIQ,
            VICTOR, PRIYA, OMAR, HELEN, SAMIR, WES,
            MAYA, LEO, GRETA, NOOR, PIA, HANK, ROSA,
            INES, BRONWYN, CLEM, OONA, FENNA, MARGUERITE, TILLY,
            ROHAN, DMITRI, AIKO, FELIX, SUNITA, BENJI, QUILL_BOT,
            NADIA, OWEN, HARRIET, RAJ, LUCY, MATEO, YUSUF, CARA,
            GARY, BETH, KOFI, DOT, LARS, QUINN);

    static final List<Channel> CHANNELS = List.of(GAMES_WELCOME, GAMES_GENERAL, GAMES_SHOWCASE, GAMES_HELP,
            PHOTO_INTROS, PHOTO_GENERAL, PHOTO_REFERRALS, SAAS_GENERAL, SAAS_FEEDBACK, SAAS_WINS,
            BAKERY_NEWS, BAKERY_CHAT, YARN_GENERAL, YARN_SHOW, YARN_HELP, QUILL_NEWS, QUILL_HELP, QUILL_DEV,
            COPY_GENERAL, COPY_JOBS, COPY_CRAFT, BREW_GENERAL, BREW_HELP, BREW_LOG);

    private HeldOutScenes10Script() {
        super(new Story(FIRST_MONDAY, 21, ZoneOffset.UTC, CAST));
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutScenes10Script s = new HeldOutScenes10Script();
        s.games();
        s.photographers();
        s.founders();
        s.bakery();
        s.yarn();
        s.quill();
        s.copywriters();
        s.brewers();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/held-out-scenes-10");
        ExportWriter.writeAll(dir, files(), "the tenth held-out scenes");
    }

    // Indie game developers. Labelled: Tomas pushes his Steam page; Marek's FAQ link to three newcomers; Lina's devlog.
    private void games() {
        String steam = "https://store.steampowered.com/app/2871450/Hollow_Lantern/";
        String faq = "https://pixelforge.example/wiki/faq";
        // history
        say(1, "09:12", GAMES_GENERAL, KENJI, "morning all. anyone else fighting with tilemap collisions in godot 4.2 "
                + "or is it just me");
        say(1, "09:20", GAMES_GENERAL, SARA, "not just you lol, the new physics layers confused me for a week");
        say(1, "09:31", GAMES_GENERAL, KENJI, "glad it's not only me 😅");
        Post jam = say(2, "18:40", GAMES_GENERAL, MAREK, "reminder: spring jam theme vote closes friday, vote in the "
                + "poll pinned in #general");
        jam.react("👍", KENJI, SARA, LINA);
        say(3, "14:05", GAMES_SHOWCASE, LINA, "first pass at the cave tileset, palette still wip");
        say(3, "14:30", GAMES_SHOWCASE, BEX, "the moss on those edges 😍 how many colours is that palette?");
        say(3, "14:33", GAMES_SHOWCASE, LINA, "16! trying to stay strict with it");
        say(4, "20:11", GAMES_GENERAL, TOMAS, "anyone going to the indie showcase thing in april? thinking of "
                + "submitting");
        say(4, "20:25", GAMES_GENERAL, UGO, "I submitted last year, it's worth it for the feedback alone");
        say(4, "20:27", GAMES_GENERAL, TOMAS, "nice ok ill probably do it then");
        Post shake = say(6, "11:02", GAMES_HELP, SARA, "how do you all do screen shake without making ppl sick? mine "
                + "feels awful");
        re(6, "11:15", UGO, shake, "keep it short and decay it fast, and give players a toggle. also shake the "
                + "camera offset not the whole viewport");
        say(6, "11:18", GAMES_HELP, SARA, "ahh offset. that's it thank you");
        say(9, "16:44", GAMES_GENERAL, TOMAS, "finally fixed my save system after 3 days. never again json by hand");
        say(9, "16:50", GAMES_GENERAL, FARID, "use a resource file if ur in godot, saved me so much pain");
        say(10, "10:03", GAMES_SHOWCASE, KENJI, "little boss fight clip from my roguelike, the boss is a sentient "
                + "vending machine");
        say(10, "10:20", GAMES_SHOWCASE, LINA, "the vending machine spitting cans is so good. maybe a tell before the "
                + "big attack? i got hit every time in my head watching it");
        say(10, "10:41", GAMES_SHOWCASE, KENJI, "good call, will add a wind up");
        say(12, "21:30", GAMES_GENERAL, BEX, "anyone know a good free font for pixel UI? the default one is killing me");
        say(12, "21:34", GAMES_GENERAL, UGO, "m5x7 by daniel linssen, everyone uses it for a reason");
        say(12, "21:36", GAMES_GENERAL, BEX, "perfect ty");
        say(13, "18:00", GAMES_GENERAL, SARA, "does anyone else keep a dev diary or is it just notes app chaos");
        say(13, "18:12", GAMES_GENERAL, LINA, "notes app chaos, with a weekly devlog to force me to tidy it");
        say(13, "18:20", GAMES_GENERAL, SARA, "weekly devlog is a good forcing function tbh");
        say(14, "15:00", GAMES_SHOWCASE, UGO, "made a little ambience loop for a forest level, 30s, thoughts welcome");
        say(14, "15:30", GAMES_SHOWCASE, BEX, "so cosy. the bird at 0:12 is a bit loud maybe?");
        say(14, "15:41", GAMES_SHOWCASE, UGO, "yeah it pokes out, will tame it");
        // the labelled week
        joins(15, "08:50", GAMES_WELCOME, FARID);
        say(15, "08:50", GAMES_WELCOME, FORGE_BOT, "Welcome to Pixel Forge, @Farid! Read #rules and say hi.");
        say(15, "09:05", GAMES_WELCOME, FARID, "hey! been lurking a while, finally joined properly. making a small "
                + "fishing game in godot, mostly solo. where do jam submissions go?");
        say(15, "09:21", GAMES_WELCOME, MAREK, "welcome Farid! jam stuff goes in the jam forum, everything else is in "
                + "the faq: " + faq);
        say(15, "09:24", GAMES_WELCOME, FARID, "ty!");
        Post t1 = say(15, "12:40", GAMES_GENERAL, TOMAS, "Hollow Lantern has a steam page now!! please wishlist it, "
                + "it really helps with the algorithm 🙏 " + steam);
        t1.react("🎉", UGO);
        say(15, "12:52", GAMES_GENERAL, UGO, "congrats man, big step");
        say(15, "15:10", GAMES_GENERAL, SARA, "ok who here has shipped on switch. asking for a friend (me)");
        say(15, "15:31", GAMES_GENERAL, KENJI, "never, the dev kit paperwork scared me off");
        say(15, "15:40", GAMES_GENERAL, SARA, "yeah same tbh");
        say(16, "10:15", GAMES_SHOWCASE, TOMAS, "new trailer for Hollow Lantern is up on the steam page, go wishlist "
                + steam);
        say(16, "13:02", GAMES_SHOWCASE, BEX, "character sheet for my witch girl, 4 direction walk cycle done finally");
        say(16, "13:20", GAMES_SHOWCASE, LINA, "her hat bouncing on the walk is adorable");
        say(16, "13:45", GAMES_SHOWCASE, BEX, "hehe took me forever");
        Post commission = say(17, "09:30", GAMES_GENERAL, BEX, "quick q, am I allowed to post my commission sheet "
                + "somewhere here or is that a no?");
        re(17, "09:41", MAREK, commission, "there's a #commissions channel under the market category, rules for it are "
                + "in the faq " + faq);
        say(17, "09:43", GAMES_GENERAL, BEX, "oh didnt see that category, thanks!");
        Post light = say(17, "14:00", GAMES_HELP, FARID, "my 2D lights look washed out on html5 export but fine in "
                + "the editor?? godot 4.2");
        say(17, "14:12", GAMES_HELP, UGO, "html5 uses the compatibility renderer, lights are different there. "
                + "try bumping energy and check the canvas modulate");
        say(17, "14:30", GAMES_HELP, FARID, "that was it, canvas modulate was grey. thanks a ton");
        say(17, "16:20", GAMES_HELP, TOMAS, "btw if anyone wants to see what godot pixel lighting can look like, "
                + "hollow lantern's trailer is on steam, wishlists appreciated " + steam);
        say(18, "11:10", GAMES_SHOWCASE, LINA, "devlog #7 is up, finally got the grappling hook feeling right. would "
                + "love feedback on the camera during the swing: https://linapixels.itch.io/ropebound/devlog/7");
        Post lf = say(18, "11:48", GAMES_SHOWCASE, KENJI, "the swing feels great! camera lags a bit too much on the "
                + "release imo, maybe lerp faster once ur off the rope");
        re(18, "12:05", LINA, lf, "ooh yes, it does drag on release. will try that");
        say(18, "12:30", GAMES_SHOWCASE, UGO, "also the rope creak sound is perfect, who did the audio?");
        say(18, "12:34", GAMES_SHOWCASE, LINA, "me with a door hinge and a phone 😂");
        say(18, "19:02", GAMES_GENERAL, KENJI, "spent the whole evening on a bug that was a typo in a signal name. "
                + "love this hobby");
        say(18, "19:10", GAMES_GENERAL, SARA, "the classic");
        Post clip = say(19, "10:30", GAMES_SHOWCASE, KENJI, "added the wind up to the vending machine boss like "
                + "@Lina suggested, much fairer now");
        clip.react("🔥", LINA, BEX);
        re(19, "10:55", TOMAS, clip, "looks sick! would you mind wishlisting my game too? " + steam);
        say(19, "11:05", GAMES_SHOWCASE, LINA, "omg the tell reads so well now!!");
        say(19, "11:20", GAMES_SHOWCASE, KENJI, "thanks for the idea 🙏");
        Post ai = say(20, "13:14", GAMES_GENERAL, SARA, "is there a server rule about ai generated art in showcase? "
                + "someone asked me and i realised i dont know");
        re(20, "13:40", MAREK, ai, "yes, it has to be tagged. it's under showcase rules in the faq: " + faq);
        say(20, "13:44", GAMES_GENERAL, SARA, "thanks Marek");
        say(20, "17:00", GAMES_GENERAL, FARID, "first time my fishing minigame felt fun today. tiny win but a win");
        say(20, "17:12", GAMES_GENERAL, UGO, "tiny wins are the only wins 🎣");
        say(21, "12:00", GAMES_GENERAL, BEX, "anyone doing the jam next weekend? looking for a programmer to team up, "
                + "i do art");
        say(21, "12:25", GAMES_GENERAL, FARID, "I might be up for it! never done a jam though");
        say(21, "12:31", GAMES_GENERAL, BEX, "perfect, neither have I really. dm me?");
    }

    // Wedding photographers. Labelled: Rhys pitches a newcomer and plugs his albums; Dana talks shop; Jo's dates.
    private void photographers() {
        // history
        say(1, "10:00", PHOTO_GENERAL, DANA, "anyone else's inbox dead this month or is it the january-march slump");
        say(1, "10:14", PHOTO_GENERAL, MIREILLE, "slump. it picks up after easter every year, dont panic");
        say(1, "10:20", PHOTO_GENERAL, TARIQ, "mine's been ok but all 2027 enquiries weirdly");
        Post backup = say(3, "19:30", PHOTO_GENERAL, CALLUM, "what's everyone's card backup routine on the day? "
                + "had a scare with a corrupted card saturday");
        re(3, "19:41", DANA, backup, "dual slots always, and i dump to a laptop + ssd during the meal");
        say(3, "19:45", PHOTO_GENERAL, RHYS, "dual slots + never format till the album's delivered");
        say(3, "19:52", PHOTO_GENERAL, CALLUM, "yeah lesson learned, ordering a second body with dual slots");
        say(5, "08:40", PHOTO_REFERRALS, TARIQ, "need a second shooter 28 march, small barn wedding near york, paid");
        say(5, "09:02", PHOTO_REFERRALS, JO, "that's a bit far for me sorry! good luck");
        say(5, "11:30", PHOTO_REFERRALS, MIREILLE, "I can do it, sending you a dm");
        say(8, "21:10", PHOTO_GENERAL, RHYS, "anyone tried the new 35 1.4? thinking of swapping my 35 2");
        say(8, "21:18", PHOTO_GENERAL, DANA, "rented it for a weekend, lovely but heavy. i went back to my old one");
        say(10, "14:00", PHOTO_GENERAL, MIREILLE, "couple asked me for 'no posed photos at all' today. how do you "
                + "handle that with family formals");
        say(10, "14:20", PHOTO_GENERAL, TARIQ, "I explain formals are for the grandparents and keep it to 15 mins");
        say(10, "14:22", PHOTO_GENERAL, MIREILLE, "good framing, stealing that");
        say(11, "09:00", PHOTO_GENERAL, CALLUM, "anyone doing the association meetup in bristol next month?");
        say(11, "09:20", PHOTO_GENERAL, JO, "I am! first one since covid");
        say(11, "09:25", PHOTO_GENERAL, CALLUM, "nice, see you there then");
        say(12, "20:30", PHOTO_GENERAL, TARIQ, "what do you all wear on the day? my black jeans are dying");
        say(12, "20:40", PHOTO_GENERAL, MIREILLE, "black chinos and trainers with good insoles. the insoles matter more");
        say(12, "20:45", PHOTO_GENERAL, DANA, "+1 insoles, my knees thank me");
        say(13, "13:00", PHOTO_REFERRALS, MIREILLE, "passing on a 2027 enquiry, I'm booked, couple in bath, small "
                + "budget. anyone want it?");
        say(13, "13:20", PHOTO_REFERRALS, TARIQ, "I'll take it if nobody local wants it");
        say(13, "13:25", PHOTO_REFERRALS, MIREILLE, "all yours, dm incoming");
        // the labelled week
        Post intro = say(15, "09:15", PHOTO_INTROS, ELIN, "Hi all! I'm Elin, just went full time with weddings in "
                + "north wales after 3 yrs second shooting. mostly small elopements in snowdonia. nice to meet you!");
        re(15, "09:40", DANA, intro, "welcome Elin! snowdonia elopements, dream location");
        re(15, "10:02", MIREILLE, intro, "welcome! shout if you ever need anything");
        re(15, "11:30", RHYS, intro, "Welcome Elin! I run Rhys Album Studio, we design and print heirloom albums for "
                + "wedding photographers. 20% off your first order, grab a 15 min call here: "
                + "https://calendly.com/rhys-albums/intro");
        say(15, "12:10", PHOTO_INTROS, ELIN, "thanks everyone 😊");
        say(15, "14:00", PHOTO_GENERAL, DANA, "contract question. do you all charge a travel fee per mile or a flat "
                + "zone thing?");
        say(15, "14:08", PHOTO_GENERAL, TARIQ, "zones. per mile made couples do maths and they hated it");
        say(15, "14:15", PHOTO_GENERAL, DANA, "that's what I thought. zones it is");
        say(15, "14:20", PHOTO_GENERAL, CALLUM, "zones + anything over 2h away is a quote");
        say(15, "14:26", PHOTO_GENERAL, DANA, "makes sense, i'll do 3 zones then");
        say(16, "10:05", PHOTO_REFERRALS, JO, "I've got 20 june and 4 july open if anyone needs a second shooter, "
                + "midlands based, happy to travel. DM me");
        say(16, "10:30", PHOTO_GENERAL, DANA, "anyone been to hafod hall? got a couple asking, never shot there");
        say(16, "10:52", PHOTO_GENERAL, ELIN, "I second shot there last year! the light in the orangery is "
                + "amazing after 4pm, the barn is dark tho, bring a flash");
        say(16, "11:01", PHOTO_GENERAL, DANA, "oh amazing thank you, that's really helpful");
        say(16, "11:05", PHOTO_GENERAL, ELIN, "np!");
        say(17, "08:30", PHOTO_REFERRALS, CALLUM, "looking for a second 4 july, cotswolds, 10 hrs. anyone?");
        say(17, "08:55", PHOTO_REFERRALS, JO, "@Callum me! I posted that date yesterday, dm'ing you now");
        say(17, "09:10", PHOTO_REFERRALS, CALLUM, "perfect");
        say(17, "13:40", PHOTO_GENERAL, DANA, "ok new lightroom update broke my presets again. anyone else?");
        say(17, "13:47", PHOTO_GENERAL, MIREILLE, "yes! the profile thing. reapply the camera profile and they "
                + "come back");
        say(17, "13:55", PHOTO_GENERAL, DANA, "you're a lifesaver");
        say(17, "20:00", PHOTO_GENERAL, TARIQ, "hot take: nobody looks at the ring shots after the wedding");
        say(17, "20:10", PHOTO_GENERAL, DANA, "my mum does 😂");
        say(17, "20:12", PHOTO_GENERAL, CALLUM, "planners do, for their portfolio");
        say(18, "12:00", PHOTO_GENERAL, RHYS, "Album season is coming 📚 DM me for my album design prices, 20% off "
                + "your first order this month");
        say(18, "15:22", PHOTO_GENERAL, MIREILLE, "how long is everyone's gallery delivery turnaround these days? "
                + "I'm at 8 weeks and feeling slow");
        say(18, "15:40", PHOTO_GENERAL, DANA, "6 weeks, with a sneak peek in 48h. the sneak peek buys you a lot "
                + "of patience");
        say(18, "15:44", PHOTO_GENERAL, ELIN, "same, 6 and a sneak peek");
        say(18, "16:02", PHOTO_GENERAL, MIREILLE, "ok sneak peeks it is");
        say(19, "09:50", PHOTO_REFERRALS, JO, "someone cancelled on 13 june so that's open too now. DM me if "
                + "you need a hand");
        say(19, "17:30", PHOTO_GENERAL, DANA, "anyone using the new contract template from the association? "
                + "the cancellation clause reads weird");
        say(19, "17:48", PHOTO_GENERAL, TARIQ, "I kept my old one, their refund wording was too generous");
        say(19, "17:55", PHOTO_GENERAL, DANA, "yeah that's the bit. ok keeping mine too");
        say(20, "22:40", PHOTO_GENERAL, CALLUM, "first wedding of the season done. feet destroyed. happy though");
        say(20, "22:52", PHOTO_GENERAL, DANA, "congrats!! ice those feet");
        say(21, "11:15", PHOTO_GENERAL, ELIN, "silly question maybe, do you all give couples the raw files if "
                + "they ask?");
        say(21, "11:30", PHOTO_GENERAL, MIREILLE, "never, and it's in my contract so it's not awkward");
        say(21, "11:34", PHOTO_GENERAL, DANA, "same. not a silly question at all btw");
        say(21, "11:40", PHOTO_GENERAL, ELIN, "good, that's what I thought, thanks both");
    }

    // B2B SaaS founders. Labelled: Victor takes feedback and gives none; Helen's milestone; Omar's launch-day ask.
    private void founders() {
        String landing = "https://tallyflow.example";
        // history
        say(2, "08:15", SAAS_GENERAL, PRIYA, "morning founders. what's everyone's one thing this week?");
        say(2, "08:30", SAAS_GENERAL, OMAR, "shipping SSO. enterprise lead is waiting on it");
        say(2, "08:41", SAAS_GENERAL, WES, "fixing onboarding, 40% drop at step 2 😬");
        say(2, "08:50", SAAS_GENERAL, PRIYA, "oof. mine is cold outreach, 20 a day");
        Post cold = say(4, "13:00", SAAS_GENERAL, VICTOR, "how are people getting first 10 customers for b2b "
                + "without a network? cold email feels dead");
        re(4, "13:25", PRIYA, cold, "communities where your buyers already hang out + answering questions there. "
                + "cold email still works if it's really specific though");
        say(4, "13:40", SAAS_GENERAL, VICTOR, "thanks");
        say(8, "17:20", SAAS_FEEDBACK, WES, "onboarding v2, 3 steps instead of 5. thoughts? https://wesapp.example/"
                + "signup");
        say(8, "17:45", SAAS_FEEDBACK, HELEN, "much cleaner! I'd move the team invite to after the first win though");
        say(8, "17:50", SAAS_FEEDBACK, OMAR, "agree with Helen, invites later");
        say(8, "18:05", SAAS_FEEDBACK, WES, "good call both, moving it");
        say(11, "09:00", SAAS_WINS, SAMIR, "first annual plan sold! 🥳");
        say(11, "09:12", SAAS_WINS, PRIYA, "annual is the best feeling. congrats!");
        say(9, "12:00", SAAS_GENERAL, WES, "anyone else dreading the quarterly tax stuff");
        say(9, "12:10", SAAS_GENERAL, HELEN, "every single quarter. I outsource it now, best money I spend");
        say(9, "12:15", SAAS_GENERAL, WES, "ok you've convinced me");
        say(10, "16:00", SAAS_GENERAL, SAMIR, "how many customer calls a week do you all do? I'm at 2 and feel bad");
        say(10, "16:20", SAAS_GENERAL, PRIYA, "5ish. I block tuesday afternoons for it");
        say(10, "16:25", SAAS_GENERAL, OMAR, "3, but I record them and the team watches");
        say(10, "16:30", SAAS_GENERAL, SAMIR, "blocking an afternoon is a good idea");
        say(12, "10:00", SAAS_WINS, WES, "onboarding drop-off down from 40% to 28% 🙌");
        say(12, "10:15", SAAS_WINS, HELEN, "that's a huge jump, well done!");
        // the labelled week
        Post v1 = say(15, "10:00", SAAS_FEEDBACK, VICTOR, "roast my landing page pls, conversion is like 0.8% "
                + landing);
        re(15, "10:35", PRIYA, v1, "hero says what it is but not who it's for. 'invoice automation' for whom? "
                + "agencies? accountants? pick one");
        re(15, "11:02", OMAR, v1, "also the only CTA is 'book a demo'. give people a free trial button, demo "
                + "feels like a commitment");
        say(15, "11:10", SAAS_FEEDBACK, VICTOR, "ok thanks");
        say(15, "15:30", SAAS_GENERAL, WES, "anyone moved off intercom? the price jump is wild");
        say(15, "15:44", SAAS_GENERAL, OMAR, "moved to crisp last year, fine for our size");
        say(15, "15:50", SAAS_GENERAL, WES, "cheers, will look");
        Post hp = say(16, "14:00", SAAS_FEEDBACK, HELEN, "could someone look at my new pricing page? torn between 3 "
                + "and 4 tiers, 4 feels like too many https://quillbill.example/pricing");
        say(16, "14:20", SAAS_GENERAL, VICTOR, "does anyone know if stripe tax is worth it for eu vat or should i "
                + "use a separate tool");
        say(16, "14:31", SAAS_GENERAL, WES, "stripe tax is fine until you have a lot of countries, then paddle");
        say(16, "14:35", SAAS_GENERAL, VICTOR, "ok");
        re(16, "15:10", PRIYA, hp, "3. the 4th tier looks like the 3rd with a bigger number. make enterprise a "
                + "'talk to us' row instead");
        say(16, "15:30", SAAS_FEEDBACK, HELEN, "oh that's clever, thank you Priya!");
        Post v2 = say(17, "09:45", SAAS_FEEDBACK, VICTOR, "updated the hero based on feedback, better? " + landing);
        Post trial = re(17, "10:20", PRIYA, v2, "much better! @Victor what's your trial length now? 14 days feels "
                + "long for something people can test in an afternoon");
        re(17, "10:40", OMAR, v2, "yes, way clearer. the screenshot is tiny on mobile tho");
        trial.react("👀", OMAR);
        Post win = say(17, "12:00", SAAS_WINS, HELEN, "We hit $10k MRR this morning!! I started this thing in my "
                + "kitchen two years ago, I quit my job last spring and honestly I wasn't sure we'd make it. Our churn "
                + "is finally under 3% and our biggest customer just upgraded. I'm so proud of my tiny team, we did "
                + "this with zero funding and I still answer every support ticket myself. Next goal for us is hiring "
                + "our first support person so I can sleep 😅");
        win.react("🎉", PRIYA, OMAR, SAMIR, WES);
        say(17, "12:20", SAAS_WINS, SAMIR, "massive, congrats Helen!!");
        say(17, "12:31", SAAS_WINS, WES, "10k is the real milestone. well done");
        say(17, "13:00", SAAS_WINS, HELEN, "thank you all!! means a lot, it's been a grind but we're so happy");
        Post email = say(18, "10:00", SAAS_FEEDBACK, SAMIR, "onboarding email #1, is this too long? "
                + "https://docs.example/samir-welcome-email");
        say(18, "10:30", SAAS_GENERAL, VICTOR, "anyone know a good dunning tool? failed payments are eating us");
        say(18, "10:42", SAAS_GENERAL, OMAR, "churnkey or just stripe's smart retries to start, it's decent");
        say(18, "10:45", SAAS_GENERAL, VICTOR, "cool");
        re(18, "11:05", HELEN, email, "your subject line is great. I'd cut the second paragraph though, you repeat "
                + "the CTA and it gets buried");
        re(18, "11:20", OMAR, email, "+1, and one link not three");
        say(18, "11:30", SAAS_FEEDBACK, SAMIR, "thanks both, trimming it");
        Post ph = say(18, "16:00", SAAS_GENERAL, OMAR, "we launch on product hunt tomorrow! if you've got a sec "
                + "tomorrow an upvote would mean a lot 🙏 https://www.producthunt.com/products/relaydesk");
        ph.react("🙌", PRIYA, HELEN, WES);
        say(18, "16:10", SAAS_GENERAL, PRIYA, "setting an alarm 😄 good luck!");
        Post v3 = say(19, "09:00", SAAS_FEEDBACK, VICTOR, "last one I promise, pricing page now "
                + "https://tallyflow.example/pricing");
        re(19, "09:40", PRIYA, v3, "drop the per-seat add-on, it makes the middle plan confusing");
        re(19, "10:15", OMAR, v3, "and annual toggle should default to annual");
        say(19, "10:20", SAAS_FEEDBACK, VICTOR, "thanks!");
        say(19, "18:00", SAAS_GENERAL, OMAR, "PH day done, #4 of the day. thank you all for the support, "
                + "genuinely");
        say(19, "18:15", SAAS_GENERAL, SAMIR, "#4 is huge!!");
        say(20, "11:00", SAAS_GENERAL, WES, "weekend question: does anyone actually take weekends off");
        say(20, "11:20", SAAS_GENERAL, PRIYA, "saturday mornings only for support, rest is family");
        say(20, "11:25", SAAS_GENERAL, HELEN, "trying to. failing");
        say(21, "20:00", SAAS_GENERAL, SAMIR, "what's everyone's one thing next week?");
        say(21, "20:12", SAAS_GENERAL, PRIYA, "10 customer calls. no building");
        say(21, "20:30", SAAS_GENERAL, WES, "ship the onboarding changes finally");
    }

    // A bakery's own community. Labelled: a regular's cake order waits on Maya; the bakery's specials; Pia's questions.
    private void bakery() {
        String order = "https://crumbandco.example/order";
        // history
        say(2, "08:00", BAKERY_NEWS, MAYA, "Morning all! Hot cross buns start this Friday 🥐 Pre-orders open: "
                + order);
        say(2, "09:30", BAKERY_CHAT, GRETA, "the hot cross buns last year were unreal, setting a reminder");
        say(2, "09:45", BAKERY_CHAT, MAYA, "haha thank you Greta! same recipe, promise");
        say(4, "12:10", BAKERY_CHAT, HANK, "are you open on the bank holiday?");
        say(4, "12:30", BAKERY_CHAT, LEO, "@Hank yep, 8 till 1");
        say(4, "12:31", BAKERY_CHAT, HANK, "👍");
        joins(9, "17:00", BAKERY_CHAT, NOOR);
        say(9, "17:20", BAKERY_CHAT, GRETA, "@Maya my friend Noor just moved round the corner, I told her she has "
                + "to try your cardamom buns!");
        say(9, "17:35", BAKERY_CHAT, MAYA, "Welcome Noor!! and thank you Greta, you're the best 🧡 come say hi at "
                + "the counter, first coffee's on us");
        say(9, "17:50", BAKERY_CHAT, NOOR, "aw thank you! will pop in saturday");
        say(13, "10:05", BAKERY_CHAT, NOOR, "ok the cardamom buns are dangerous. I've been back twice");
        say(13, "10:20", BAKERY_CHAT, ROSA, "told you 😂");
        say(5, "08:10", BAKERY_CHAT, ROSA, "morning! is the seeded loaf back this week?");
        say(5, "08:30", BAKERY_CHAT, LEO, "@Rosa yes from thursday");
        say(5, "08:31", BAKERY_CHAT, ROSA, "yay");
        say(6, "16:00", BAKERY_NEWS, MAYA, "Hot cross buns are out! Thank you for the queue this morning, you lot are "
                + "amazing 🧡");
        say(6, "16:20", BAKERY_CHAT, HANK, "got the last 6, sorry everyone");
        say(6, "16:25", BAKERY_CHAT, PIA, "HANK 😭");
        say(6, "16:26", BAKERY_CHAT, HANK, "I'll share. maybe");
        say(7, "11:00", BAKERY_CHAT, PIA, "do you sell the starter? I'd love to try at home");
        say(7, "11:30", BAKERY_CHAT, MAYA, "@Pia we give it away! bring a clean jar and ask at the counter");
        say(7, "11:35", BAKERY_CHAT, PIA, "that's so lovely, will do");
        say(11, "09:00", BAKERY_CHAT, GRETA, "the rye toasted with butter is my whole personality now");
        say(11, "09:10", BAKERY_CHAT, ROSA, "with marmalade. trust me");
        say(11, "09:12", BAKERY_CHAT, GRETA, "trying that tomorrow");
        say(12, "15:00", BAKERY_CHAT, NOOR, "is it ok to bring my dog in?");
        say(12, "15:20", BAKERY_CHAT, LEO, "@Noor of course, there's a water bowl by the door");
        say(12, "15:22", BAKERY_CHAT, NOOR, "🐶 perfect");
        // the labelled week
        say(15, "08:30", BAKERY_NEWS, MAYA, "This week: wild garlic focaccia Thu-Sat, and the cardamom buns are "
                + "staying for good after your votes! Weekend pre-orders here: " + order);
        say(15, "11:00", BAKERY_CHAT, PIA, "is the rye loaf a different recipe now? last week's was denser than "
                + "usual");
        say(15, "11:25", BAKERY_CHAT, LEO, "@Pia good eye, new batch of flour from the mill, a bit thirstier. I've "
                + "upped the water, this week's should be back to normal");
        say(15, "11:30", BAKERY_CHAT, PIA, "ahh that explains it, thanks Leo!");
        Post cake = say(16, "10:00", BAKERY_CHAT, GRETA, "@Maya could you do a lemon and elderflower cake for my "
                + "mum's 70th on the 28th? 3 tiers, around 40 people, happy to pay a deposit. would need it by 11am");
        cake.react("😍", NOOR);
        say(16, "10:15", BAKERY_CHAT, NOOR, "your mum is lucky!!");
        say(16, "10:18", BAKERY_CHAT, GRETA, "she deserves it 😄");
        say(16, "15:40", BAKERY_CHAT, HANK, "is there parking round the back or is that just for deliveries");
        say(16, "15:55", BAKERY_CHAT, MAYA, "@Hank deliveries only before 10, after that you're fine to park there");
        say(16, "16:00", BAKERY_CHAT, HANK, "great, ta");
        say(17, "09:10", BAKERY_CHAT, PIA, "can you freeze the sourdough? I keep buying too much");
        say(17, "09:32", BAKERY_CHAT, LEO, "yes! slice it first, then you can toast straight from frozen");
        say(17, "09:34", BAKERY_CHAT, PIA, "genius. thank you");
        say(17, "13:00", BAKERY_CHAT, ROSA, "the focaccia is back on thursday right?");
        say(17, "13:05", BAKERY_CHAT, HANK, "yep, it's in the announcement");
        say(17, "13:06", BAKERY_CHAT, ROSA, "oh so it is, thanks");
        say(18, "08:45", BAKERY_CHAT, ROSA, "do you do anything gluten free? my sister's visiting and she's coeliac");
        say(18, "09:20", BAKERY_CHAT, MAYA, "@Rosa we do a GF brownie and a GF seeded loaf, both baked first thing "
                + "before any wheat goes near the oven. the loaf needs ordering a day ahead");
        say(18, "09:25", BAKERY_CHAT, ROSA, "perfect, I'll order one for saturday");
        say(18, "16:00", BAKERY_CHAT, NOOR, "just had the wild garlic focaccia in the park, 10/10");
        Post park = say(18, "16:05", BAKERY_CHAT, NOOR, "honestly worth the walk");
        park.react("❤️", LEO, ROSA);
        say(19, "08:30", BAKERY_NEWS, MAYA, "Weekend pre-orders close Saturday 10am! Sourdough, rye, GF loaf, "
                + "focaccia while it lasts: " + order);
        say(19, "10:00", BAKERY_CHAT, GRETA, "bumping this in case it got lost @Maya, the cake for the 28th 🙂 "
                + "happy to pop in and talk about it instead");
        say(19, "11:15", BAKERY_CHAT, PIA, "do the almond croissants have actual nuts in or just the paste? friend "
                + "has an allergy");
        say(19, "11:40", BAKERY_CHAT, MAYA, "@Pia real almonds on top and in the filling, so sadly not safe for "
                + "your friend");
        say(19, "11:42", BAKERY_CHAT, PIA, "good to know, thanks Maya");
        say(20, "09:00", BAKERY_CHAT, HANK, "queue is out the door this morning lol");
        say(20, "09:10", BAKERY_CHAT, LEO, "sorry Hank! two of us on the counter today, we're going as fast as we can");
        say(20, "09:12", BAKERY_CHAT, HANK, "no worries, worth it");
        say(20, "14:00", BAKERY_CHAT, ROSA, "my sister loved the GF loaf, she's asking if you post 😂");
        say(20, "14:30", BAKERY_CHAT, LEO, "ha, tell her we're flattered. not yet!");
        say(21, "10:00", BAKERY_CHAT, NOOR, "what time do you close today?");
        say(21, "10:05", BAKERY_CHAT, ROSA, "1pm on sundays I think");
        say(21, "10:06", BAKERY_CHAT, NOOR, "thanks Rosa");
    }

    // A yarn shop's Discord. Labelled: Bronwyn pushes her own dye shop three times; Ines answers with the pattern; Clem.
    private void yarn() {
        String etsy = "https://www.etsy.com/shop/BronwynDyes";
        // history
        say(1, "11:00", YARN_GENERAL, INES, "Spring KAL starts on the 16th! We're knitting the Linden shawl, any "
                + "yarn you like. Join in #show-and-tell with your progress 🧶");
        say(1, "11:20", YARN_GENERAL, CLEM, "ooh I'm in, first KAL ever");
        say(1, "11:34", YARN_GENERAL, OONA, "in! already swatching");
        say(3, "19:00", YARN_SHOW, BRONWYN, "finished socks for my dad, he immediately wore them in the garden 🙄");
        say(3, "19:12", YARN_SHOW, CLEM, "hahaha the dad move. they look so cosy though");
        say(3, "19:20", YARN_SHOW, BRONWYN, "thank you! how's your sweater coming?");
        say(3, "19:31", YARN_SHOW, CLEM, "sleeves. the eternal sleeves");
        say(6, "14:00", YARN_HELP, FENNA, "what does 'ssk' mean? my pattern uses it everywhere");
        say(6, "14:09", YARN_HELP, TILLY, "slip slip knit, it's a left-leaning decrease. there's a good video in the "
                + "pinned links");
        say(6, "14:15", YARN_HELP, FENNA, "found it, thank you!!");
        say(10, "16:30", YARN_GENERAL, MARGUERITE, "is the shop open late on thursdays still?");
        say(10, "16:45", YARN_GENERAL, INES, "@Marguerite till 8 on thursdays, yes!");
        say(12, "20:00", YARN_GENERAL, TILLY, "crocheted a frog. that's it that's the post 🐸");
        say(12, "20:05", YARN_GENERAL, OONA, "we need to see the frog");
        say(4, "10:00", YARN_GENERAL, OONA, "anyone know if merino pills less than alpaca? making a hat for my son");
        say(4, "10:20", YARN_GENERAL, MARGUERITE, "alpaca pills less in my experience but sheds more");
        say(4, "10:25", YARN_GENERAL, OONA, "ha, pick your poison. thanks");
        say(8, "18:00", YARN_SHOW, TILLY, "granny square blanket progress, 40 of 120 squares");
        say(8, "18:10", YARN_SHOW, FENNA, "the colours!! 40 is already so many");
        say(8, "18:15", YARN_SHOW, TILLY, "80 to go 🙃");
        say(9, "14:00", YARN_GENERAL, FENNA, "is there a beginners' night at the shop?");
        say(9, "14:30", YARN_GENERAL, INES, "@Fenna every other tuesday 6-8, next one is the 17th. just turn up");
        say(9, "14:32", YARN_GENERAL, FENNA, "amazing, I'll come");
        say(13, "19:00", YARN_GENERAL, CLEM, "swatching for the KAL, why is my swatch always a lie");
        say(13, "19:10", YARN_GENERAL, BRONWYN, "wash it before measuring! unwashed swatches lie");
        say(13, "19:15", YARN_GENERAL, CLEM, "oh. I have never washed a swatch in my life");
        // the labelled week
        Post row = say(15, "09:30", YARN_HELP, OONA, "stuck on row 12 of linden, the chart and the written "
                + "instructions don't match?? chart has 2 more stitches");
        re(15, "10:05", INES, row, "you're right, it's a known typo! the chart is correct, the designer's errata "
                + "is here https://lindendesigns.example/errata");
        say(15, "10:10", YARN_HELP, OONA, "oh thank goodness, thought I was losing it");
        say(15, "18:00", YARN_SHOW, OONA, "KAL day 1, got through the setup rows");
        say(15, "18:20", YARN_SHOW, TILLY, "that colour!! what yarn is it?");
        say(15, "18:25", YARN_SHOW, OONA, "the shop's merino dk in 'harbour' 💙");
        say(16, "10:00", YARN_GENERAL, BRONWYN, "new spring colourways just went up in my etsy shop 🌸 " + etsy
                + " DM me if you want a custom dye lot for a sweater quantity");
        Post buy = say(16, "12:30", YARN_GENERAL, MARGUERITE, "where do I get the linden pattern? is it in the "
                + "shop or do I buy it from the designer?");
        re(16, "12:50", INES, buy, "both work! we have it here https://woollylane.example/patterns/linden and it "
                + "comes with the KAL discount at the till");
        say(16, "12:55", YARN_GENERAL, MARGUERITE, "lovely, got it 😊");
        say(16, "19:40", YARN_HELP, FENNA, "my tension is way tighter on purl rows, is that normal?");
        say(16, "19:55", YARN_HELP, OONA, "super normal! some people go down a needle size just for purl rows");
        say(16, "20:01", YARN_HELP, FENNA, "didn't know that was allowed 😂 trying it");
        Post sweater = say(17, "11:00", YARN_SHOW, CLEM, "I FINISHED MY FIRST SWEATER. I started it in october and "
                + "I honestly thought I'd never get through the sleeves. I ripped back the yoke twice because my gauge "
                + "was off, and I almost gave up in january. I'm so proud of it. My partner says I haven't taken it off "
                + "since friday and he's right. I think I'll make my next one in a lighter weight");
        sweater.react("😍", INES, OONA, TILLY, FENNA);
        sweater.react("🎉", MARGUERITE);
        say(17, "11:15", YARN_SHOW, TILLY, "CLEM it's perfect!! what needles did you use for the body?");
        say(17, "11:22", YARN_SHOW, CLEM, "4mm for the body, I went down to 3.5 for the ribbing. I think I'd do "
                + "the ribbing longer next time");
        say(17, "11:40", YARN_SHOW, INES, "that yoke is so neat, well done!");
        re(17, "12:10", BRONWYN, sweater, "gorgeous! this pattern would look amazing in my Moss Heather base too → "
                + etsy);
        say(17, "12:30", YARN_SHOW, CLEM, "thank you all, I'm a bit giddy honestly 😊");
        say(18, "09:00", YARN_GENERAL, INES, "Shetland delivery finally arrived! 14 new shades in store, online by "
                + "tonight");
        say(18, "09:20", YARN_GENERAL, OONA, "oh no. my wallet");
        say(18, "09:21", YARN_GENERAL, TILLY, "😂 same");
        say(18, "15:00", YARN_HELP, TILLY, "crochet question, how do I stop my granny squares curling?");
        say(18, "15:20", YARN_HELP, MARGUERITE, "block them! pin them out wet and leave overnight");
        say(18, "15:30", YARN_HELP, TILLY, "ahh ok, I skipped blocking, lazy me");
        say(19, "17:00", YARN_SHOW, FENNA, "first ever hat 🙈 the decreases are wonky but it fits");
        say(19, "17:10", YARN_SHOW, CLEM, "wonky decreases are character! it looks great on you");
        say(19, "17:30", YARN_SHOW, FENNA, "thank you Clem ❤️");
        say(20, "10:00", YARN_GENERAL, BRONWYN, "last weekend for 10% off with code BRON10 → " + etsy);
        say(20, "13:00", YARN_SHOW, OONA, "KAL progress, lace section started");
        say(20, "13:30", YARN_SHOW, INES, "looking beautiful Oona! the harbour colour really shows the lace");
        say(21, "15:00", YARN_GENERAL, MARGUERITE, "anyone going to the wool festival in may?");
        say(21, "15:20", YARN_GENERAL, CLEM, "yes! first time, any tips?");
        say(21, "15:35", YARN_GENERAL, MARGUERITE, "go early and bring cash, some stalls don't do cards");
        say(21, "15:40", YARN_GENERAL, CLEM, "noted, thank you!");
    }

    // A Python project's support server, nobody sells. Labelled: Aiko's review request waits on Dmitri; Rohan's docs
    // link and weekend; Felix the user.
    private void quill() {
        String config = "https://quillpy.readthedocs.io/en/latest/configuration.html";
        // history
        say(1, "16:00", QUILL_NEWS, ROHAN, "quillpy 2.3.1 is out: fixes the windows path bug and a crash on empty "
                + "tables. pip install -U quillpy");
        Post win = say(2, "09:40", QUILL_HELP, BENJI, "still getting FileNotFoundError on windows with 2.3.1, paths "
                + "with spaces");
        re(2, "10:05", DMITRI, win, "can you paste the full traceback? (a paste site is fine)");
        say(2, "10:20", QUILL_HELP, BENJI, "https://paste.example/k3j9 here");
        say(2, "10:48", QUILL_HELP, DMITRI, "ah that's a different code path, opening an issue. workaround: pass a "
                + "pathlib.Path instead of a str");
        say(2, "10:55", QUILL_HELP, BENJI, "workaround works, thanks!");
        say(4, "15:00", QUILL_DEV, QUILL_BOT, "✅ main: build #1182 passed (3.9, 3.10, 3.11, 3.12)");
        say(5, "11:00", QUILL_DEV, SUNITA, "is anyone working on the toml 1.1 support issue? happy to look");
        say(5, "11:30", QUILL_DEV, ROHAN, "@Sunita nobody yet, go for it! the parser entry point is in "
                + "quill/_lexer.py");
        say(5, "11:34", QUILL_DEV, SUNITA, "👍");
        say(9, "13:10", QUILL_HELP, FELIX, "hi, is quillpy ok to use for big files? like 200MB config dumps");
        say(9, "13:30", QUILL_HELP, SUNITA, "it loads everything into memory, so it works but it's slow. use "
                + "iter_tables() for huge ones");
        say(9, "13:32", QUILL_HELP, FELIX, "ah nice, thanks");
        say(11, "09:00", QUILL_DEV, DMITRI, "triaged the backlog, 14 open bugs, 3 are good first issues if anyone "
                + "wants them");
        say(11, "09:45", QUILL_DEV, AIKO, "I'll take #401, the error message one");
        say(12, "16:00", QUILL_DEV, QUILL_BOT, "✅ pull request #405: build #1190 passed");
        say(12, "16:10", QUILL_DEV, DMITRI, "merged #405, thanks Aiko!");
        say(13, "10:00", QUILL_HELP, BENJI, "does quillpy support python 3.8 still?");
        say(13, "10:15", QUILL_HELP, AIKO, "dropped in 2.3, 3.9+ only now");
        say(13, "10:16", QUILL_HELP, BENJI, "ok thanks, time to upgrade the server then");
        say(14, "12:00", QUILL_DEV, AIKO, "anyone else getting flaky test_watch_reload on mac?");
        say(14, "12:30", QUILL_DEV, SUNITA, "yes, it's a timing thing with fsevents, I just rerun it");
        // the labelled week
        Post load = say(15, "10:00", QUILL_HELP, FELIX, "quillpy.load() seems to ignore my config file?? v2.3.1, "
                + "linux");
        re(15, "10:20", ROHAN, load, "it looks in the working directory unless QUILL_CONFIG is set. details "
                + "here: " + config);
        say(15, "10:35", QUILL_HELP, FELIX, "QUILL_CONFIG fixed it, thank you!");
        say(15, "14:00", QUILL_DEV, QUILL_BOT, "❌ main: build #1201 failed (3.12)");
        say(15, "14:20", QUILL_DEV, DMITRI, "3.12 failure is the deprecation warning in the test, fixing");
        say(15, "15:05", QUILL_DEV, QUILL_BOT, "✅ main: build #1202 passed (3.9, 3.10, 3.11, 3.12)");
        Post enc = say(16, "09:00", QUILL_DEV, DMITRI, "anyone want the encoding bug #398? I won't get to it this "
                + "month");
        re(16, "10:00", AIKO, enc, "I took it actually, PR is #412. @Dmitri could you review it when you get a "
                + "chance? not sure about the fallback to latin-1");
        say(16, "14:00", QUILL_DEV, DMITRI, "@Rohan for 2.4, do we ship the toml 1.1 bits or wait for Sunita's "
                + "second PR?");
        say(16, "14:30", QUILL_DEV, ROHAN, "wait I think, I'd rather ship it whole");
        say(16, "14:35", QUILL_DEV, DMITRI, "agreed");
        say(16, "16:00", QUILL_HELP, BENJI, "pathlib workaround still works fine btw, any eta on the real fix?");
        say(16, "16:20", QUILL_HELP, DMITRI, "in 2.4, so a couple of weeks");
        Post outdir = say(17, "09:15", QUILL_HELP, BENJI, "how do I set the output dir globally instead of every "
                + "call?");
        re(17, "09:40", ROHAN, outdir, "put output_dir in the [quill] section of the config file: " + config);
        say(17, "09:50", QUILL_HELP, BENJI, "perfect");
        Post nested = say(17, "11:00", QUILL_HELP, FELIX, "how do I get nested tables out as dicts instead of "
                + "Table objects?");
        re(17, "11:20", SUNITA, nested, "table.to_dict(deep=True), it's new in 2.3");
        say(17, "11:25", QUILL_HELP, FELIX, "oh nice, that's exactly it. thanks");
        say(17, "15:00", QUILL_DEV, DMITRI, "release notes draft for 2.4 is in the wiki, please add your bits");
        say(17, "15:30", QUILL_DEV, SUNITA, "added the toml section");
        say(17, "16:10", QUILL_DEV, QUILL_BOT, "✅ pull request #412: build #1209 passed");
        say(18, "10:00", QUILL_DEV, DMITRI, "@Sunita your second toml PR looks good, one nit about the test name "
                + "and I'll merge");
        say(18, "10:30", QUILL_DEV, SUNITA, "fixed the name");
        say(18, "10:45", QUILL_DEV, DMITRI, "merged 🎉");
        say(18, "13:00", QUILL_HELP, AIKO, "fyi for anyone on 3.13 alpha, the test suite passes locally for me");
        say(18, "13:10", QUILL_HELP, ROHAN, "nice, thanks for checking");
        Post strict = say(19, "10:00", QUILL_HELP, SUNITA, "user question I got at work: can quill be strict about "
                + "unknown keys?");
        re(19, "10:30", ROHAN, strict, "yes, strict = true in the config, same page as always: " + config);
        say(19, "10:35", QUILL_HELP, SUNITA, "ha of course, thanks");
        say(19, "14:00", QUILL_DEV, DMITRI, "tagging 2.4rc1 monday if nobody objects");
        say(19, "14:20", QUILL_DEV, SUNITA, "sounds good");
        say(19, "17:00", QUILL_DEV, ROHAN, "ok that's me for the weekend, back monday 👋");
        say(19, "19:00", QUILL_HELP, FELIX, "@Rohan follow up on the nested tables, does strict mode also apply "
                + "to nested tables or only the top level?");
        say(20, "11:00", QUILL_HELP, SUNITA, "@Felix I think it applies everywhere but Rohan would know for sure");
        say(20, "11:10", QUILL_HELP, FELIX, "thanks, will wait for him");
        say(21, "16:00", QUILL_HELP, BENJI, "is there a changelog for 2.4 somewhere yet?");
        say(21, "16:30", QUILL_HELP, AIKO, "draft is in the wiki under release notes");
        say(21, "16:32", QUILL_HELP, BENJI, "thanks!");
    }

    // Freelance copywriters with a jobs channel. Labelled: Nadia talks only shop while business owners ask; Owen
    // answers three briefs with his portfolio.
    private void copywriters() {
        String folio = "https://owencopy.example/portfolio";
        // history
        say(1, "09:00", COPY_GENERAL, CARA, "monday. coffee. invoices. in that order");
        say(1, "09:10", COPY_GENERAL, YUSUF, "invoices first, coffee as reward");
        say(1, "09:12", COPY_GENERAL, NADIA, "you people are too disciplined");
        say(3, "14:00", COPY_CRAFT, YUSUF, "anyone got a good swipe file for b2b subject lines? mine is all dtc");
        say(3, "14:30", COPY_CRAFT, NADIA, "I keep one in notion, will dm you the link");
        say(3, "14:32", COPY_CRAFT, YUSUF, "legend");
        say(5, "10:00", COPY_JOBS, LUCY, "Charity looking for someone to write a 4-email spring appeal sequence, "
                + "budget £600. Reply with samples please!");
        say(5, "10:40", COPY_JOBS, CARA, "@Lucy sending you a dm with two appeal samples");
        say(5, "11:15", COPY_JOBS, YUSUF, "@Lucy same, dm'd!");
        say(8, "16:00", COPY_GENERAL, NADIA, "how are you all pricing AI-edit jobs? clients want 'just polish this "
                + "chatgpt draft' for half price");
        say(8, "16:15", COPY_GENERAL, CARA, "I charge the same. polishing slop takes longer than writing");
        say(8, "16:20", COPY_GENERAL, YUSUF, "same, or I say no");
        say(8, "16:22", COPY_GENERAL, NADIA, "ok good, not just me being precious");
        say(10, "11:00", COPY_CRAFT, CARA, "favourite book on copy that isn't the usual three?");
        say(10, "11:20", COPY_CRAFT, YUSUF, "'the copy book' by d&ad, loads of short essays");
        say(10, "11:25", COPY_CRAFT, NADIA, "seconded, it lives on my desk");
        say(12, "15:00", COPY_GENERAL, OWEN, "finally raised my day rate. terrifying. nobody blinked");
        say(12, "15:10", COPY_GENERAL, CARA, "nobody ever blinks!! congrats");
        say(12, "15:15", COPY_GENERAL, NADIA, "ok now I have to do it too");
        // the labelled week
        Post lucy = say(15, "09:30", COPY_JOBS, LUCY, "Thanks all for the appeal replies! New one: our charity "
                + "needs a donation page rewrite, ~500 words. Samples and rate please");
        re(15, "10:15", OWEN, lucy, "Hi Lucy, I've done a few donation pages for small charities, samples here "
                + folio + " usually £250 for a page that size");
        say(15, "10:40", COPY_JOBS, LUCY, "thanks Owen, will look tonight");
        say(15, "11:00", COPY_CRAFT, NADIA, "hot take: 'unlock' should be banned from headlines");
        say(15, "11:05", COPY_CRAFT, YUSUF, "'unleash' too");
        say(15, "11:07", COPY_CRAFT, CARA, "'elevate' 💀");
        say(15, "11:10", COPY_CRAFT, NADIA, "'elevate your workflow' gives me hives");
        say(15, "11:14", COPY_CRAFT, NADIA, "@Cara remember the client who wanted 'synergise' in every email");
        say(15, "11:20", COPY_CRAFT, CARA, "I still have nightmares");
        Post groom = say(16, "10:00", COPY_GENERAL, HARRIET, "hi all, small business owner here (dog grooming). how "
                + "long should a homepage be? and is £400 a fair price for someone to write one? no idea what's "
                + "normal");
        say(16, "10:20", COPY_GENERAL, NADIA, "honestly I need more direct clients this quarter, agency work has "
                + "dried up. how are you all finding them?");
        say(16, "10:26", COPY_GENERAL, YUSUF, "linkedin mostly, and referrals from designers");
        say(16, "10:30", COPY_GENERAL, NADIA, "@Yusuf designers is smart, I never thought of that");
        say(16, "10:34", COPY_GENERAL, CARA, "past clients. I email them every quarter just to say hi");
        say(16, "10:40", COPY_GENERAL, NADIA, "@Cara do you not feel pushy doing that?");
        say(16, "10:44", COPY_GENERAL, CARA, "nope, they like it. half my work comes from that");
        say(16, "10:50", COPY_GENERAL, NADIA, "ok I'll try it");
        re(16, "13:30", YUSUF, groom, "£400 is fair for a small site homepage. length matters less than saying "
                + "clearly who it's for and what to do next (book!)");
        say(16, "13:45", COPY_GENERAL, HARRIET, "thank you, that's really reassuring");
        Post raj = say(17, "09:00", COPY_JOBS, RAJ, "Looking for someone to rewrite our onboarding emails (6 "
                + "emails, b2b software). Budget ~£800. Samples + rate please");
        re(17, "09:45", OWEN, raj, "Hey Raj, onboarding sequences are most of what I do, samples here " + folio
                + " £750 for six, incl. one round of edits");
        say(17, "10:00", COPY_CRAFT, NADIA, "anyone read the new ogilvy biography? worth it?");
        say(17, "10:10", COPY_CRAFT, YUSUF, "halfway, it's good but long");
        say(17, "10:12", COPY_CRAFT, NADIA, "@Yusuf i'll wait for your verdict then");
        say(17, "10:30", COPY_JOBS, RAJ, "@Owen thanks, looks great, I'll dm you");
        say(17, "15:00", COPY_GENERAL, HARRIET, "another q sorry: should the about page be about me or about the "
                + "dogs? 😂");
        say(17, "15:20", COPY_GENERAL, NADIA, "@Cara did you ever finish that pricing calculator thing?");
        say(17, "15:30", COPY_GENERAL, CARA, "nope, abandoned it");
        say(17, "17:00", COPY_GENERAL, OWEN, "@Harriet about how you look after the dogs, with you in it. people "
                + "want to know who's holding their dog");
        say(17, "17:10", COPY_GENERAL, HARRIET, "love that, thank you Owen");
        say(18, "11:00", COPY_CRAFT, CARA, "what's everyone's first draft process? I outline way too much");
        say(18, "11:10", COPY_CRAFT, NADIA, "@Cara I write the ugliest version first then fix it. outlines kill me");
        say(18, "11:15", COPY_CRAFT, YUSUF, "outline for long form, vomit draft for short");
        say(18, "11:20", COPY_CRAFT, NADIA, "@Yusuf that's fair actually");
        Post mateo = say(19, "09:00", COPY_JOBS, MATEO, "Shopify store (handmade candles) needs 30 product "
                + "descriptions, short and punchy. Rates?");
        re(19, "09:30", OWEN, mateo, "Hi Mateo, I've done product copy for two candle brands, samples here "
                + folio + " I'd do 30 for £300");
        say(19, "09:50", COPY_JOBS, MATEO, "thanks, checking it out");
        say(19, "12:00", COPY_GENERAL, NADIA, "friday. who's actually finishing work today");
        say(19, "12:05", COPY_GENERAL, CARA, "me at 3pm sharp");
        say(19, "12:06", COPY_GENERAL, YUSUF, "lies");
        say(20, "10:00", COPY_GENERAL, MATEO, "also, do product descriptions actually affect sales or is it all "
                + "photos?");
        say(21, "18:00", COPY_GENERAL, YUSUF, "sunday scaries. three briefs due tuesday");
        say(21, "18:10", COPY_GENERAL, CARA, "you'll be fine, you always are");
    }

    // A home-brewers' club, nobody sells. Labelled: Gary takes help and leaves Beth's question; Kofi's club
    // competition reminders; Dot's brew log.
    private void brewers() {
        String comp = "https://hopheads.example/spring-comp";
        // history
        say(1, "19:00", BREW_GENERAL, LARS, "lager finally clear after 6 weeks in the garage fridge. patience pays");
        say(1, "19:15", BREW_GENERAL, QUINN, "6 weeks 😩 this is why I brew IPAs");
        say(1, "19:20", BREW_GENERAL, DOT, "drink it fresh, drink it now");
        say(3, "20:00", BREW_HELP, QUINN, "my last ipa went dark and tasted like cardboard after 2 weeks, "
                + "oxidation?");
        say(3, "20:10", BREW_HELP, BETH, "classic oxidation. closed transfers if you can, and purge the keg with co2");
        say(3, "20:15", BREW_HELP, QUINN, "yeah I was splashing it about like an idiot. thanks Beth");
        say(6, "18:00", BREW_GENERAL, KOFI, "club meeting thursday 7:30 at the Crown, back room. bring bottles!");
        say(6, "18:20", BREW_GENERAL, DOT, "bringing the rhubarb sour 🙃");
        say(6, "18:22", BREW_GENERAL, LARS, "brave");
        say(10, "12:00", BREW_GENERAL, GARY, "hi all, new to the club, been brewing kits for a year and just "
                + "started all grain");
        say(10, "12:20", BREW_GENERAL, BETH, "welcome Gary! all grain is a rabbit hole, enjoy");
        say(10, "12:25", BREW_GENERAL, KOFI, "welcome! come to a meeting sometime");
        say(12, "20:00", BREW_LOG, LARS, "helles #2: brewed today, OG 1.048");
        say(11, "19:00", BREW_GENERAL, QUINN, "what's everyone brewing for summer?");
        say(11, "19:10", BREW_GENERAL, BETH, "a kveik pale, no temp control needed");
        say(11, "19:15", BREW_GENERAL, LARS, "pilsner, obviously");
        say(11, "19:20", BREW_GENERAL, DOT, "another saison. always saison");
        say(13, "21:00", BREW_LOG, LARS, "helles #2: 1.012, cold crashing now");
        say(13, "21:30", BREW_LOG, BETH, "looking good Lars");
        say(14, "10:00", BREW_HELP, DOT, "best way to clean a blow off tube that's got hop gunk in it?");
        say(14, "10:20", BREW_HELP, QUINN, "soak in pbw overnight, then a bottle brush");
        say(14, "10:22", BREW_HELP, DOT, "ta");
        // the labelled week
        say(15, "08:00", BREW_LOG, DOT, "saison #3 brew day. mashed at 65 for 90 mins, lots of pilsner and a "
                + "bit of wheat");
        say(15, "09:00", BREW_GENERAL, KOFI, "Spring competition entries are open! up to 3 beers each, deadline 4 "
                + "april. form here: " + comp);
        say(15, "09:20", BREW_GENERAL, LARS, "entering the helles if it's ready in time");
        Post stuck = say(15, "11:30", BREW_HELP, GARY, "my stout is stuck at 1.030 for 4 days, help? first all grain");
        re(15, "12:00", BETH, stuck, "could be a few things. @Gary what yeast did you use and what temp is it "
                + "sitting at? if it's in a cold garage that's probably it");
        say(15, "12:10", BREW_HELP, KOFI, "also give it a gentle swirl to rouse the yeast, stouts can stall");
        say(15, "14:00", BREW_LOG, DOT, "OG 1.052, pitched at 20C, going to let it free rise");
        Post log3 = say(16, "09:00", BREW_LOG, DOT, "day 2: krausen is huge, blow off tube was a good call");
        log3.react("🔥", QUINN);
        say(16, "19:00", BREW_GENERAL, QUINN, "anyone got a spare grain mill I could borrow this weekend? mine "
                + "died");
        say(16, "19:20", BREW_GENERAL, LARS, "@Quinn you can have mine, I'm at the meeting thursday");
        say(16, "19:25", BREW_GENERAL, QUINN, "you're a star");
        say(16, "21:00", BREW_LOG, DOT, "up to 24C now, smells like pepper and bananas");
        Post priming = say(17, "10:00", BREW_HELP, GARY, "next q, how much priming sugar for 20L of bitter?");
        re(17, "10:20", KOFI, priming, "about 100g of table sugar for a bitter, they want low carbonation. use a "
                + "calculator if you want to be exact");
        say(17, "10:30", BREW_HELP, GARY, "cheers");
        say(17, "18:00", BREW_LOG, DOT, "gravity 1.010 already, this yeast is a beast");
        say(18, "09:00", BREW_GENERAL, KOFI, "Reminder: competition form is here " + comp + " and meeting is "
                + "tonight 7:30!");
        say(18, "12:00", BREW_HELP, LARS, "anyone used nottingham for a stout? thinking of it for next month");
        say(18, "12:30", BREW_HELP, BETH, "yes, ferments clean and fast, keep it under 18C though");
        say(18, "12:35", BREW_HELP, LARS, "perfect thanks");
        say(18, "13:00", BREW_LOG, DOT, "dry hopped with saaz, just a little");
        say(18, "23:00", BREW_GENERAL, QUINN, "great meeting tonight, Dot's rhubarb sour was actually amazing");
        say(18, "23:05", BREW_GENERAL, DOT, "told you 😎");
        Post keg = say(19, "09:30", BREW_HELP, GARY, "thinking of kegging, what's the cheapest setup that isn't "
                + "rubbish?");
        re(19, "10:00", BETH, keg, "second hand cornies + a basic regulator, check the club marketplace. avoid the "
                + "cheap plastic mini kegs");
        say(19, "10:15", BREW_HELP, QUINN, "+1 cornies, and get spare o-rings");
        say(19, "10:30", BREW_HELP, GARY, "cheers both");
        Post log7 = say(19, "20:00", BREW_LOG, DOT, "1.004 and stable two days running");
        log7.react("👏", BETH, LARS);
        Post yeastq = re(19, "20:30", BETH, log7, "nice attenuation! which yeast is this?");
        re(19, "20:45", DOT, yeastq, "belle saison, the dry one. goes like a rocket");
        say(20, "10:00", BREW_GENERAL, KOFI, "Last weekend to enter the spring comp, form closes soon: " + comp);
        say(20, "10:30", BREW_GENERAL, GARY, "stout finally moved lol, 1.018 today");
        say(20, "11:00", BREW_LOG, DOT, "bottled 38 bottles, priming for high carbonation");
        say(20, "15:00", BREW_GENERAL, LARS, "anyone fancy a club brew day in april? I can host");
        say(20, "15:20", BREW_GENERAL, BETH, "yes!");
        say(20, "15:30", BREW_GENERAL, KOFI, "great idea, let's plan it at the next meeting");
        say(21, "12:00", BREW_LOG, DOT, "tasted a warm flat one already, peppery and dry, very promising");
        say(21, "17:00", BREW_LOG, DOT, "cleaned everything. brew log over for this one until it's carbed");
        say(21, "18:00", BREW_GENERAL, QUINN, "sunday session: hazy ipa number 7 is in the fermenter");
    }
}
