package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * An eleventh round of held-out scenes for {@code rapport eval tips}, written and labelled in
 * {@code bot/src/test/resources/eval/held-out-scenes-11.csv} before the coach was run on them, by a writer who read the
 * README's rule catalogue and the coaching principles, not the rules' code nor any other held-out round. Sealed: only
 * its writer and its second labeller open it until the integrator's runs.
 *
 * <p>Eight communities, each its own guild, no person in two of them, written to read like ordinary chat exports. The
 * labelled week is ISO week 2026-W19 (Monday 4 May to Sunday 10 May 2026, UTC, days 15 to 21 of the story); days 1 to
 * 14 (from Monday 20 April) are ordinary history, not labelled. Run {@link #main} from the project root to regenerate
 * {@code bot/src/test/resources/eval/held-out-scenes-11/} ({@code ScenesAreUpToDateTest} fails when the committed files
 * differ).
 */
public final class HeldOutScenes11Script extends StoryScript {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 4, 20);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 5, 11, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(6800);

    // --- 401. A podcasters' network -----------------------------------------------------------------------------
    static final String POD = IDS.guild(401);
    static final String POD_NAME = "Mic Check Collective";
    static final Role POD_MOD = new Role(IDS.id("2023-05-02"), "Moderator", "#9b59b6", 4);
    static final Channel POD_INTROS = IDS.channel(POD, POD_NAME, "introductions", "Say hi and tell us about your show!",
            "pod-introductions.json");
    static final Channel POD_GENERAL = IDS.channel(POD, POD_NAME, "general", "Podcasting chat, wins, rants.",
            "pod-general.json");
    static final Channel POD_GEAR = IDS.channel(POD, POD_NAME, "gear-help", "Mics, interfaces, software, rooms.",
            "pod-gear-help.json");
    static final Persona NADIA = IDS.person("nadia.mod", "Nadia", POD_MOD);
    static final Persona DALE = IDS.person("dale_nightshift", "Dale");
    static final Persona ROSA = IDS.person("rosa.thinwalls", "Rosa");
    static final Persona THEO = IDS.person("theo_audio", "Theo");
    static final Persona KEISHA = IDS.person("keishasidequest", "Keisha");
    static final Persona PERCY = IDS.person("percypods", "Percy");
    static final Persona JUNE = IDS.person("junebugpod", "June");
    static final Persona WELCOME_BOT = Persona.bot("2024-02-10", 6991, "Welcomer", "Welcomer");

    // --- 402. An Etsy sellers' circle -----------------------------------------------------------------------------
    static final String ETSY = IDS.guild(402);
    static final String ETSY_NAME = "Etsy Sellers Circle";
    static final Channel ETSY_GENERAL = IDS.channel(ETSY, ETSY_NAME, "general", "Anything about running an Etsy shop.",
            "etsy-general.json");
    static final Channel ETSY_CRITIQUE = IDS.channel(ETSY, ETSY_NAME, "shop-critique",
            "Post a listing or your shop for honest feedback. Give some too!", "etsy-shop-critique.json");
    static final Channel ETSY_WINS = IDS.channel(ETSY, ETSY_NAME, "wins", "First sales, milestones, good reviews.",
            "etsy-wins.json");
    static final Channel ETSY_DM = new Channel(Channel.DIRECT_MESSAGES_GUILD, "Direct Messages",
            IDS.id("2026-05-05"), "DirectTextChat", null, "Private", "Tamsin", null, "etsy-direct-gemma-tamsin.json");
    static final Persona BIANCA = IDS.person("biancabeads", "Bianca");
    static final Persona NORA = IDS.person("nora_printshop", "Nora");
    static final Persona JESS = IDS.person("jessdraws", "Jess");
    static final Persona OLU = IDS.person("olu.prints", "Olu");
    static final Persona GEMMA = IDS.person("gemmashoots", "Gemma");
    static final Persona TAMSIN = IDS.person("tamsinpressed", "Tamsin");
    static final Persona PIPPA = IDS.person("pippapaper", "Pippa");

    // --- 403. Freelance web developers ----------------------------------------------------------------------------
    static final String DEVS = IDS.guild(403);
    static final String DEVS_NAME = "Freelance Web Devs";
    static final Role DEVS_MOD = new Role(IDS.id("2023-05-02"), "Mod", "#1abc9c", 3);
    static final Channel DEVS_GENERAL = IDS.channel(DEVS, DEVS_NAME, "general", "Freelance life, stacks, clients.",
            "devs-general.json");
    static final Channel DEVS_HIRE = IDS.channel(DEVS, DEVS_NAME, "hire-me",
            "Post your availability. One post per week please.", "devs-hire-me.json");
    static final Channel DEVS_JOBS = IDS.channel(DEVS, DEVS_NAME, "jobs",
            "Need a developer? Post the job here. Devs: reply in thread or DM.", "devs-jobs.json");
    static final Persona MEI = IDS.person("mei_mod", "Mei", DEVS_MOD);
    static final Persona LARS = IDS.person("lars.builds", "Lars");
    static final Persona WES = IDS.person("wes_codes", "Wes");
    static final Persona IFE = IDS.person("ife.dev", "Ife");
    static final Persona GREG = IDS.person("gregplumbing", "Greg");
    static final Persona HANA = IDS.person("hana.cafe", "Hana");
    static final Persona VIK = IDS.person("vikwebstudio", "Vik");
    static final Persona RUTH = IDS.person("ruth.yogastudio", "Ruth");

    // --- 404. Language tutors ------------------------------------------------------------------------------------
    static final String TUTORS = IDS.guild(404);
    static final String TUTORS_NAME = "Tutor Staffroom";
    static final Role TUTORS_MOD = new Role(IDS.id("2023-05-02"), "Moderator", "#e67e22", 3);
    static final Channel TUTORS_INTROS = IDS.channel(TUTORS, TUTORS_NAME, "introductions",
            "New here? Introduce yourself: languages, levels, where you teach.", "tutors-introductions.json");
    static final Channel TUTORS_GENERAL = IDS.channel(TUTORS, TUTORS_NAME, "general", "Staffroom chat for tutors.",
            "tutors-general.json");
    static final Channel TUTORS_RESOURCES = IDS.channel(TUTORS, TUTORS_NAME, "resources",
            "Worksheets, games, podcasts, anything you use in lessons.", "tutors-resources.json");
    static final Persona KWAME = IDS.person("kwame.mod", "Kwame", TUTORS_MOD);
    static final Persona CELESTE = IDS.person("celeste_japanese", "Celeste");
    static final Persona MARISOL = IDS.person("marisol.es", "Marisol");
    static final Persona AHMED = IDS.person("ahmed_arabic", "Ahmed");
    static final Persona JUN = IDS.person("jun.korean", "Jun");
    static final Persona VERO = IDS.person("vero_french", "Vero");
    static final Persona LUCIA = IDS.person("lucia.italiano", "Lucia");

    // --- 405. Minecraft server owners -----------------------------------------------------------------------------
    static final String MC = IDS.guild(405);
    static final String MC_NAME = "Block Party Server Owners";
    static final Role MC_MOD = new Role(IDS.id("2023-05-02"), "Moderator", "#2ecc71", 5);
    static final Channel MC_NEWS = IDS.channel(MC, MC_NAME, "announcements", "Server news and events.",
            "mc-announcements.json");
    static final Channel MC_GENERAL = IDS.channel(MC, MC_NAME, "general", "Chat about running a server.",
            "mc-general.json");
    static final Channel MC_PLUGINS = IDS.channel(MC, MC_NAME, "plugin-help", "Paper, Spigot, plugins, performance.",
            "mc-plugin-help.json");
    static final Channel MC_ADS = IDS.channel(MC, MC_NAME, "server-ads",
            "One ad per server. You may bump once a week, on weekends.", "mc-server-ads.json");
    static final Persona BRAM = IDS.person("bram_mod", "Bram", MC_MOD);
    static final Persona KYLE = IDS.person("kyle.crafthaven", "Kyle");
    static final Persona ZANE = IDS.person("zanycraft_zane", "Zane");
    static final Persona LILY = IDS.person("lilyblocks", "Lily");
    static final Persona OSCAR = IDS.person("oscar_ops", "Oscar");
    static final Persona PETE = IDS.person("petebuilds", "Pete");
    static final Persona GIVEAWAY_BOT = Persona.bot("2024-02-10", 6990, "GiveawayBot", "GiveawayBot");

    // --- 406. A small accounting firm's client community ----------------------------------------------------------
    static final String LEDGER = IDS.guild(406);
    static final String LEDGER_NAME = "Ledgerline Client Lounge";
    static final Role STAFF = new Role(IDS.id("2023-05-02"), "Staff", "#3498db", 5);
    static final Role CLIENT = new Role(IDS.id("2023-05-02"), "Client", "#95a5a6", 2);
    static final Channel LEDGER_NEWS = IDS.channel(LEDGER, LEDGER_NAME, "announcements",
            "Deadlines, webinars and office news from the Ledgerline team.", "ledger-announcements.json");
    static final Channel LEDGER_ASK = IDS.channel(LEDGER, LEDGER_NAME, "ask-the-team",
            "Questions for your accountant. Please don't post UTRs or account numbers here.", "ledger-ask-the-team.json");
    static final Channel LEDGER_GENERAL = IDS.channel(LEDGER, LEDGER_NAME, "general", "Chat between clients.",
            "ledger-general.json");
    static final Persona DEREK = IDS.person("derek.ledgerline", "Derek", STAFF);
    static final Persona FIONA = IDS.person("fiona.ledgerline", "Fiona", STAFF);
    static final Persona SUNITA = IDS.person("sunita_designs", "Sunita", CLIENT);
    static final Persona RAJ = IDS.person("raj.cabs", "Raj", CLIENT);
    static final Persona ELLEN = IDS.person("ellen_yoga", "Ellen", CLIENT);
    static final Persona TOM = IDS.person("tom.landscapes", "Tom");

    // --- 407. A UX research community (nobody sells) --------------------------------------------------------------
    static final String UXR = IDS.guild(407);
    static final String UXR_NAME = "Research Ops Circle";
    static final Channel UXR_GENERAL = IDS.channel(UXR, UXR_NAME, "general", "Say hi, chat, vent about stakeholders.",
            "uxr-general.json");
    static final Channel UXR_METHODS = IDS.channel(UXR, UXR_NAME, "methods", "Ask and answer methods questions.",
            "uxr-methods.json");
    static final Channel UXR_READING = IDS.channel(UXR, UXR_NAME, "reading",
            "Articles, papers and talks worth reading.", "uxr-reading.json");
    static final Persona OMAR = IDS.person("omar.uxr", "Omar");
    static final Persona BEATRIZ = IDS.person("beatriz_research", "Beatriz");
    static final Persona KENJI = IDS.person("kenji.k", "Kenji");
    static final Persona HUGO = IDS.person("hugo_researchops", "Hugo");
    static final Persona INES = IDS.person("ines.reads", "Ines");
    static final Persona PAULA = IDS.person("paula_diaries", "Paula");
    static final Persona YUSUF = IDS.person("yusuf.ux", "Yusuf");

    // --- 408. Synth and music producers -----------------------------------------------------------------------------
    static final String SYNTH = IDS.guild(408);
    static final String SYNTH_NAME = "Patch Cable Club";
    static final Channel SYNTH_GENERAL = IDS.channel(SYNTH, SYNTH_NAME, "general", "Anything synths and music.",
            "synth-general.json");
    static final Channel SYNTH_FEEDBACK = IDS.channel(SYNTH, SYNTH_NAME, "feedback",
            "Post a track for feedback, and give feedback to others. Be kind, be specific.", "synth-feedback.json");
    static final Channel SYNTH_RELEASES = IDS.channel(SYNTH, SYNTH_NAME, "releases",
            "Finished something? Post your release here.", "synth-releases.json");
    static final Channel SYNTH_GEAR = IDS.channel(SYNTH, SYNTH_NAME, "gear", "Synths, modular, DAWs, deals.",
            "synth-gear.json");
    static final Persona REX = IDS.person("rexwaves", "Rex");
    static final Persona MIRA = IDS.person("miraglass", "Mira");
    static final Persona SOL = IDS.person("solbeats", "Sol");
    static final Persona DANA = IDS.person("danaloops", "Dana");
    static final Persona FELIX = IDS.person("felix_modular", "Felix");
    static final Persona GUS = IDS.person("gusmakesnoise", "Gus");

    static final List<Persona> CAST = List.of(NADIA, DALE, ROSA, THEO, KEISHA, PERCY, JUNE, WELCOME_BOT,
            BIANCA, NORA, JESS, OLU, GEMMA, TAMSIN, PIPPA,
            MEI, LARS, WES, IFE, GREG, HANA, VIK, RUTH,
            KWAME, CELESTE, MARISOL, AHMED, JUN, VERO, LUCIA,
            BRAM, KYLE, ZANE, LILY, OSCAR, PETE, GIVEAWAY_BOT,
            DEREK, FIONA, SUNITA, RAJ, ELLEN, TOM,
            OMAR, BEATRIZ, KENJI, HUGO, INES, PAULA, YUSUF,
            REX, MIRA, SOL, DANA, FELIX, GUS);

    static final List<Channel> CHANNELS = List.of(POD_INTROS, POD_GENERAL, POD_GEAR,
            ETSY_GENERAL, ETSY_CRITIQUE, ETSY_WINS, ETSY_DM,
            DEVS_GENERAL, DEVS_HIRE, DEVS_JOBS,
            TUTORS_INTROS, TUTORS_GENERAL, TUTORS_RESOURCES,
            MC_NEWS, MC_GENERAL, MC_PLUGINS, MC_ADS,
            LEDGER_NEWS, LEDGER_ASK, LEDGER_GENERAL,
            UXR_GENERAL, UXR_METHODS, UXR_READING,
            SYNTH_GENERAL, SYNTH_FEEDBACK, SYNTH_RELEASES, SYNTH_GEAR);

    private HeldOutScenes11Script() {
        super(new Story(FIRST_MONDAY, 21, ZoneOffset.UTC, CAST));
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutScenes11Script s = new HeldOutScenes11Script();
        s.podcasters();
        s.etsy();
        s.webDevs();
        s.tutors();
        s.minecraft();
        s.ledgerline();
        s.research();
        s.synths();
        s.podcastersChat();
        s.etsyChat();
        s.webDevsChat();
        s.tutorsChat();
        s.minecraftChat();
        s.ledgerlineChat();
        s.researchChat();
        s.synthsChat();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/held-out-scenes-11");
        ExportWriter.writeAll(dir, files(), "the eleventh held-out scenes");
    }

    private void podcasters() {
        // history
        Post downloads = say(2, "10:12", POD_GENERAL, KEISHA, "anyone else's downloads tank over easter weekend? mine "
                + "dropped like 30%");
        Post holiday = re(2, "10:40", PERCY, downloads, "yep every holiday. people don't commute so they don't listen. "
                + "it comes back, don't panic");
        re(2, "10:52", KEISHA, holiday, "phew ok that makes sense, thanks");
        Post podmic = say(5, "19:03", POD_GEAR, JUNE, "is the Rode Podmic worth it over the Samson Q2U for a total "
                + "beginner?");
        re(5, "19:30", THEO, podmic, "for a beginner I'd get the Q2U honestly, it has usb AND xlr so it grows with you. "
                + "the podmic needs an interface and probably a cloudlifter");
        say(5, "19:41", POD_GEAR, JUNE, "ahh ok that settles it, q2u it is 🙏");
        say(8, "21:15", POD_GENERAL, DALE, "just dropped ep 41 of The Night Shift, we talk to a graveyard shift nurse. "
                + "took forever to edit lol");
        say(9, "08:30", POD_GENERAL, NADIA, "reminder: the monthly feedback swap is thursday 7 May in the voice "
                + "channel, sign up in the pinned thread 🎙️");
        Post hot = say(11, "14:20", POD_GENERAL, PERCY, "hot take: video podcasts are a trap for solo shows");
        re(11, "14:26", KEISHA, hot, "not a hot take in here 😂 the editing time doubles").react("💯", PERCY);
        say(11, "14:40", POD_GENERAL, THEO, "depends if you already have a camera setup tbh. starting from zero? yeah, "
                + "trap");

        // the week
        joins(15, "09:04", POD_INTROS, ROSA);
        Post intro = say(15, "09:10", POD_INTROS, ROSA, "hi all! I'm Rosa, I co-host Thin Walls with my roommate, "
                + "it's a comedy pod about apartment living and terrible landlords 😅 we're 12 eps in. it's on "
                + "spotify/apple: https://thinwalls.example/listen and we're @thinwallspod on IG if you wanna follow "
                + "along. excited to learn from you all!");
        re(15, "09:31", NADIA, intro, "welcome Rosa! love the name. #gear-help is the busiest channel if you ever get "
                + "stuck, and the feedback swap thread is pinned in #general").react("❤️", ROSA);
        Post genre = re(15, "09:50", KEISHA, intro, "welcome!! terrible landlords is a whole genre, you'll never run out "
                + "of material");
        re(15, "10:02", ROSA, genre, "lmaooo truly an endless well. thank you both!");
        intro.react("🎉", KEISHA, PERCY);
        say(15, "11:20", POD_GENERAL, DALE, "ep 42 is up, this one's with a night shift baker, 3am croissants 🥐");
        Post hum = say(15, "13:10", POD_GEAR, PERCY, "my recordings have this low hum but only when the laptop is "
                + "charging. ground loop?");
        re(15, "13:25", THEO, hum, "classic ground loop yes. cheapest fix is a usb isolator, something like "
                + "https://www.amazon.example/dp/usb-isolator-adum3160 , or just record on battery");
        say(15, "13:31", POD_GEAR, PERCY, "recording on battery as we speak lol. ordering one, thanks Theo");
        say(15, "16:45", POD_GENERAL, PERCY, "new ep out today, first one recorded on battery power 😂");

        Post first = say(16, "08:40", POD_GENERAL, JUNE, "just published my first episode!!! it's rough but it exists 😭 "
                + "https://junebugpod.example/ep1");
        Post congrats = re(16, "08:55", KEISHA, first, "CONGRATS 🎉 first one is the hardest");
        first.react("🎉", KEISHA, NADIA, PERCY, THEO);
        re(16, "09:02", DALE, first, "congrats!! could you sub to The Night Shift on spotify and leave us 5 stars? every "
                + "rating helps with the algorithm 🙏");
        re(16, "09:40", JUNE, congrats, "thank you!! took me 3 weekends to edit 20 minutes lol");
        Post twoMics = say(16, "12:00", POD_GEAR, ROSA, "ok first question 😅 my roommate and I share one mic and pass "
                + "it back and forth, what's the cheapest way to get 2 mics into one laptop?");
        re(16, "12:18", THEO, twoMics, "two usb mics into one laptop is a pain (clock drift). easiest is a 2 input "
                + "interface, the Behringer UMC202HD is like $90: https://www.behringer.example/product/umc202hd plus two "
                + "dynamic mics");
        say(16, "12:25", POD_GEAR, ROSA, "omg ok that's way cheaper than I thought. dynamic like the q2u people keep "
                + "mentioning?");
        say(16, "12:31", POD_GEAR, THEO, "yep, q2u over xlr works great with it");
        say(16, "12:33", POD_GEAR, ROSA, "amazing thank you 🙏");
        say(16, "20:10", POD_GENERAL, NADIA, "feedback swap is thursday 7pm UTC! 4 spots left in the thread");

        Post transcripts = say(17, "10:15", POD_GENERAL, KEISHA, "does anyone do transcripts? worth the time?");
        re(17, "10:30", PERCY, transcripts, "I use the auto ones from my host and only fix names. helps search a bit, "
                + "nobody reads them");
        say(17, "10:47", POD_GENERAL, THEO, "accessibility too tho. deaf listeners do read them");
        say(17, "10:52", POD_GENERAL, KEISHA, "ooh good point, hadn't thought about that");
        Post booking = say(17, "14:30", POD_GENERAL, DALE, "anyone know a good guest booking tool?");
        re(17, "14:42", PERCY, booking, "I just use a calendly link + a google form, nothing fancy");
        say(17, "14:50", POD_GENERAL, DALE, "cool");
        Post popFilter = say(17, "18:05", POD_GEAR, KEISHA, "what pop filter do people use with the sm7b? or is the "
                + "foam enough");
        re(17, "18:20", THEO, popFilter, "the foam it comes with is enough 95% of the time. get the big A7WS if you're "
                + "a plosive monster");
        say(17, "18:22", POD_GEAR, KEISHA, "I am def a plosive monster lol");

        say(18, "18:55", POD_GENERAL, NADIA, "swap starting in 5 min in voice, come hang");
        Post notes = say(18, "20:40", POD_GENERAL, ROSA, "that feedback swap was so helpful, thank you @Percy for the "
                + "notes on our intro, we're cutting it to 20 sec");
        re(18, "20:51", PERCY, notes, "glad it helped! your banter section was genuinely funny btw");

        Post ep88 = say(19, "09:12", POD_GENERAL, KEISHA, "ep 88 of Side Quest is up, we finally did the transcripts "
                + "thing 🙌 https://sidequestpod.example/88");
        ep88.react("🙌", THEO, ROSA);
        Post follow = re(19, "09:30", DALE, ep88, "nice! hey if you get a sec can you follow The Night Shift on apple "
                + "and rate it? trying to hit 100 ratings");
        re(19, "09:40", THEO, ep88, "congrats! the transcript page looks really clean");
        re(19, "09:58", KEISHA, follow, "haha maybe, I'm mostly on spotify");
        Post click = say(19, "11:00", POD_GEAR, JUNE, "is it normal for audacity to add a click at the start of every "
                + "export");
        re(19, "11:10", THEO, click, "usually a dc offset thing. run Effect > Normalize with 'remove DC offset' ticked "
                + "before you export");
        say(19, "11:30", POD_GEAR, JUNE, "THAT WAS IT. theo you're a wizard");

        Post closet = say(20, "10:20", POD_GENERAL, PERCY, "anyone recording this weekend or is it just me in a closet "
                + "full of blankets");
        re(20, "10:33", JUNE, closet, "me!! duvet fort studio");
        say(20, "10:35", POD_GENERAL, PERCY, "the duvet fort lives on 😂");
        Post denoise = say(20, "12:40", POD_GEAR, PERCY, "what's a decent free noise reduction plugin? the built in one "
                + "in reaper makes me sound underwater");
        re(20, "12:52", THEO, denoise, "https://bertom.example/denoiser is free and honestly really good. RX Elements "
                + "goes on sale for like $29 a few times a year too: https://www.izotope.example/rx-elements");
        say(20, "13:05", POD_GEAR, PERCY, "bertom it is, cheers");
        say(20, "15:00", POD_GENERAL, DALE, "guys if anyone has a spare minute, subscribing to The Night Shift on "
                + "youtube would mean a lot, we're 20 away from 500 🙏 https://youtube.example/@nightshiftpod");

        say(21, "11:15", POD_GEAR, THEO, "PSA since it came up three times this week: the pinned gear doc has an "
                + "interface table now, added the UMC202HD and the two cheap Focusrites");
        Post where = say(21, "11:40", POD_GEAR, JUNE, "where's the pinned doc? on mobile and can't find pins lol");
        re(21, "11:46", THEO, where, "here you go https://docs.example/mic-check-gear-table");
        say(21, "12:00", POD_GENERAL, NADIA, "thanks everyone for a great swap this week ❤️ next one is in June");
    }

    private void etsy() {
        // history
        Post fees = say(3, "09:20", ETSY_GENERAL, OLU, "is it just me or are offsite ads fees brutal this month");
        re(3, "09:45", NORA, fees, "not just you. if you're under $10k/yr you can opt out in Settings > Offsite Ads, "
                + "took me ages to find it");
        say(3, "09:50", ETSY_GENERAL, OLU, "wait WHAT. opting out right now thank you");
        say(6, "16:10", ETSY_WINS, JESS, "got my first 5 star review with a photo of the print framed 🥹");
        say(6, "16:30", ETSY_WINS, PIPPA, "that's the best kind!! congrats");
        say(9, "11:00", ETSY_GENERAL, BIANCA, "anyone doing anything for mother's day? thinking of a sale but not sure "
                + "it's worth it");
        say(9, "11:20", ETSY_GENERAL, NORA, "I do 15% every year, it mostly pulls sales forward but good for reviews");
        say(9, "11:26", ETSY_GENERAL, BIANCA, "hm ok might try 20 then");
        Post seo = say(12, "20:05", ETSY_CRITIQUE, PIPPA, "would love eyes on my titles, I think they're too long? "
                + "https://www.etsy.example/listing/1234/wedding-card-set");
        re(12, "20:30", NORA, seo, "they're long but that's fine, the issue is the first 40 chars. lead with 'wedding "
                + "card set' not your shop name");
        say(12, "20:34", ETSY_CRITIQUE, PIPPA, "ohhh that makes sense. fixing");
        Post views = say(10, "15:00", ETSY_GENERAL, GEMMA, "anyone else's views drop off a cliff since the search "
                + "update?");
        re(10, "15:30", OLU, views, "mine dipped for a week then came back, I think it's just reshuffling");

        // the week
        String shop = "https://www.etsy.example/shop/BiancaBeadsStudio";
        Post sale = say(15, "08:30", ETSY_GENERAL, BIANCA, "🌸 Mother's Day sale is ON, 20% off everything with MAMA20 → "
                + shop);
        Post mailers = say(15, "10:15", ETSY_GENERAL, PIPPA, "what do people use for shipping profiles with "
                + "international? I keep undercharging for canada");
        re(15, "10:40", NORA, mailers, "make a separate profile just for canada, and use the calculated option for US. "
                + "this page walks through it: https://help.etsy.example/hc/articles/shipping-profiles");
        say(15, "10:46", ETSY_GENERAL, PIPPA, "didn't know you could split it like that, thanks Nora");
        sale.react("🔥", JESS);
        say(15, "14:00", ETSY_GENERAL, GEMMA, "the etsy app logged me out AGAIN, third time this week 🙄");
        say(15, "14:10", ETSY_GENERAL, OLU, "same here, think it's an update thing");
        joins(15, "17:30", ETSY_GENERAL, TAMSIN);
        Post hello = say(15, "17:41", ETSY_GENERAL, TAMSIN, "hi everyone! just opened my shop last week, pressed flower "
                + "bookmarks 🌼 no sales yet lol. any tips for the first month?");
        re(15, "18:05", NORA, hello, "welcome! honestly: list at least 20 items before judging anything, renew a few a "
                + "day, and fill in every attribute. etsy search loves complete listings");
        re(15, "18:20", JESS, hello, "welcome!! also ask friends to favourite, it helps a tiny bit early on");
        say(15, "18:31", ETSY_GENERAL, TAMSIN, "20 items ok that's my weekend sorted 😅 thank you both");
        say(15, "21:02", ETSY_DM, GEMMA, "hi Tamsin! saw you just opened your shop, congrats 🌼 I do product "
                + "photography for etsy sellers, $15 an image or 10 for $120, bookmarks would look amazing on linen. "
                + "you can book a slot here: https://gemmashoots.example/book");
        say(16, "08:12", ETSY_DM, TAMSIN, "oh thanks! I think I'll try my own photos first but I'll keep it in mind");

        Post crit = say(16, "12:00", ETSY_CRITIQUE, TAMSIN, "ok first listing up, be honest 🙈 "
                + "https://www.etsy.example/listing/5566/pressed-pansy-bookmark");
        re(16, "12:30", PIPPA, crit, "so pretty! photo 1 is a bit dark though, and I'd put the size in the first photo, "
                + "people always ask");
        re(16, "13:10", NORA, crit, "agree with Pippa on the light. also your price is low for handmade, you can go $2 "
                + "higher easily");
        say(16, "13:20", ETSY_CRITIQUE, TAMSIN, "noted on both!! reshooting tomorrow by the window");
        Post tax = say(16, "15:40", ETSY_GENERAL, JESS, "does anyone know if etsy collects VAT for UK buyers "
                + "automatically? getting conflicting answers");
        re(16, "15:58", NORA, tax, "for orders to the UK under £135 yes, etsy collects and remits it. the official "
                + "page: https://help.etsy.example/hc/articles/uk-vat");
        say(16, "16:02", ETSY_GENERAL, JESS, "legend");

        Post win = say(17, "09:05", ETSY_WINS, BIANCA, "first sale of the mother's day promo!! if anyone wants in, MAMA20 "
                + "still works 👉 " + shop);
        win.react("🎉", PIPPA, OLU);
        Post fiveHundred = say(17, "14:00", ETSY_WINS, JESS, "500 sales!!!!! 3 years in and I cried a little");
        fiveHundred.react("🎉", NORA, PIPPA, OLU, BIANCA, TAMSIN);
        re(17, "14:12", OLU, fiveHundred, "HUGE congrats Jess 👏👏");
        re(17, "14:30", NORA, fiveHundred, "so well deserved");
        Post bent = say(17, "21:40", ETSY_GENERAL, OLU, "@Jess what size mailers do you use for your prints? mine keep "
                + "arriving bent");

        say(18, "08:15", ETSY_GENERAL, JESS, "morning! the 9x12 rigid ones, I get them in packs of 100 from ecoenclose, "
                + "haven't had a bent one since");
        say(18, "08:40", ETSY_GENERAL, OLU, "perfect, ordering today ty");
        bent.react("👀", PIPPA);
        Post olusListing = say(18, "12:15", ETSY_CRITIQUE, OLU, "new listing format, does the mockup look fake? "
                + "https://www.etsy.example/listing/7788/risograph-lemons");
        re(18, "12:50", JESS, olusListing, "a bit! the shadow is too perfect. a real photo as the 2nd image would help");
        say(18, "13:00", ETSY_CRITIQUE, OLU, "yeah fair, I'll shoot the actual print");
        re(18, "19:10", TAMSIN, crit, "reshot them! better? https://www.etsy.example/listing/5566/pressed-pansy-bookmark");
        say(18, "19:40", ETSY_CRITIQUE, NORA, "SO much better, the window light works");

        say(19, "10:00", ETSY_GENERAL, BIANCA, "last call, MAMA20 ends sunday!! " + shop + "?ref=share");
        Post renew = say(19, "13:30", ETSY_GENERAL, PIPPA, "is auto-renew worth it or do you all renew manually");
        re(19, "13:45", NORA, renew, "auto for bestsellers, manual renewing a few old ones a day for the rest. the "
                + "bump is small but real");
        Post agree = re(19, "14:05", BIANCA, renew, "auto everything for me, I forget otherwise lol");
        re(19, "14:10", PIPPA, agree, "same honestly");

        Post firstSale = say(20, "16:20", ETSY_WINS, TAMSIN, "FIRST SALE!!!! someone in Ohio bought 3 bookmarks 😭🌼");
        firstSale.react("🎉", NORA, JESS, PIPPA, OLU, BIANCA);
        re(20, "16:30", NORA, firstSale, "told you! the reshoot paid off");
        re(20, "17:02", PIPPA, firstSale, "yesss congrats!!");
        Post critPippa = say(21, "10:30", ETSY_CRITIQUE, PIPPA, "new card design, is the text readable at thumbnail "
                + "size? https://www.etsy.example/listing/9911/thank-you-teacher-card");
        re(21, "11:00", TAMSIN, critPippa, "readable on my phone! maybe a bit more contrast on the pink?");
        re(21, "11:20", NORA, critPippa, "agree, bump the contrast. layout is lovely");
        say(21, "11:30", ETSY_CRITIQUE, PIPPA, "thanks both, darkening the pink");
    }

    private void webDevs() {
        // history
        say(1, "09:00", DEVS_HIRE, MEI, "New week, new thread! Post your availability below, one post per person per "
                + "week 🙂");
        Post retainer = say(3, "15:10", DEVS_GENERAL, IFE, "do any of you do retainers for small clients? thinking of "
                + "offering a $150/mo care plan");
        re(3, "15:32", LARS, retainer, "I do, updates + backups + 1hr of changes. clients love not having to think "
                + "about it");
        say(3, "15:40", DEVS_GENERAL, IFE, "ok that's roughly what I had in mind, thanks Lars");
        say(8, "11:00", DEVS_GENERAL, WES, "finally moved my own site to astro, lighthouse 100 across the board, feels "
                + "good");
        say(8, "11:20", DEVS_GENERAL, LARS, "nice. how's the content editing story for clients tho?");
        say(8, "11:31", DEVS_GENERAL, WES, "decap cms on top, clients seem fine with it so far");
        say(10, "10:00", DEVS_GENERAL, VIK, "morning all, anyone going to the smashing conf in june?");
        say(10, "10:25", DEVS_GENERAL, IFE, "can't this year 😢 budget");

        // the week
        say(15, "09:00", DEVS_HIRE, MEI, "New week, new thread! Post your availability below, one post per person per "
                + "week 🙂");
        say(15, "09:40", DEVS_HIRE, WES, "Available from mid-May for 2 small projects. WordPress → static migrations, "
                + "Astro, accessibility fixes. Portfolio: https://wes.example rates on request");
        say(15, "10:05", DEVS_HIRE, IFE, "Booked till June but taking small fixes and care plans. https://ife.example");
        Post stack = say(15, "10:30", DEVS_GENERAL, LARS, "ok be honest, is anyone still starting new client sites on "
                + "next.js or has everyone moved to astro");
        Post astro = re(15, "10:44", WES, stack, "astro for anything content heavy. next only if there's real app "
                + "stuff");
        re(15, "10:50", LARS, astro, "yeah that's where I landed too. next feels like overkill for a 6 page site");
        re(15, "11:02", IFE, stack, "I still use next for anything with a login, astro for brochure sites");
        say(15, "11:05", DEVS_GENERAL, LARS, "@Ife do you do auth yourself or clerk/supabase?");
        say(15, "11:20", DEVS_GENERAL, IFE, "supabase, rolled my own once and regretted it");
        Post job = say(15, "14:10", DEVS_JOBS, GREG, "Hi, I run a plumbing business (6 vans, Leeds). Our site is on Wix "
                + "and I want to move it to something quick that I can still edit myself. About 10 pages plus a "
                + "contact form. Budget around £1500. Reply here or DM");
        Post apply = re(15, "14:45", WES, job, "Hi Greg, this is exactly what I do: I'd move it to Astro with a simple "
                + "editor so you can change text and photos yourself. For 10 pages + form it'd be £1,300, about 2 "
                + "weeks. Similar project for an electrician: https://wes.example/work/sparks-electrical");
        re(15, "16:30", GREG, apply, "Thanks Wes that looks good. Would I need to pay for hosting separately?");
        re(15, "16:48", WES, apply, "Hosting on netlify is free at your traffic, the domain you'd keep paying as now "
                + "(~£12/yr)");
        say(15, "17:00", DEVS_JOBS, GREG, "Great. I'll DM you tomorrow to sort a start date");

        Post rates = say(16, "09:15", DEVS_GENERAL, LARS, "rant: agency I subcontract for just offered £25/hr for a "
                + "full rebuild. I need more direct clients, agencies are killing my rates");
        Post direct = re(16, "09:30", IFE, rates, "£25 is insulting. what helped me was local business groups tbh, "
                + "half my clients are from one facebook group");
        re(16, "09:41", LARS, direct, "ugh facebook. but yeah fair");
        joins(16, "11:00", DEVS_GENERAL, HANA);
        Post cafe = say(16, "11:05", DEVS_GENERAL, HANA, "hi everyone! not a dev at all 😅 my partner @Ife is in here "
                + "and I'm just lurking to learn. we opened our little café in Porto last weekend!!");
        cafe.react("🎉", IFE, MEI, WES);
        re(16, "11:20", MEI, cafe, "welcome Hana! congrats on the café ☕");
        re(16, "11:45", VIK, cafe, "congrats Hana! noticed the café doesn't have a website yet, I build sites for "
                + "cafés with online ordering, €900 flat, live in 2 weeks. grab a 15 min call here: "
                + "https://cal.example/vikwebstudio/15min");
        say(16, "12:30", DEVS_GENERAL, HANA, "thanks all! 😊");
        Post css = say(16, "14:00", DEVS_GENERAL, LARS, "anyone else think container queries are finally usable in "
                + "prod");
        re(16, "14:20", WES, css, "yep, shipped them on two sites, no complaints");
        say(16, "14:25", DEVS_GENERAL, LARS, "nice, doing it on the next one then");

        Post editor = say(17, "10:00", DEVS_JOBS, GREG, "@Wes quick one before we start, will the editor work on my "
                + "phone? I do most things from the van");
        re(17, "10:20", WES, editor, "Yes, it works in the phone browser, I'll show you on the handover call");
        Post pricing = say(17, "13:00", DEVS_GENERAL, LARS, "how are you all pricing accessibility audits? per page or "
                + "flat?");
        Post flat = re(17, "13:15", IFE, pricing, "flat per template, not per page. most sites are 5-6 templates");
        re(17, "13:22", LARS, flat, "smart, per page always felt wrong");
        re(17, "13:40", WES, pricing, "flat + a day rate for fixes");
        Post ordering = say(17, "15:30", DEVS_GENERAL, HANA, "question from the non-dev 🙈 for online ordering, is "
                + "square ok or do people use something else? we only do takeaway coffee and pastries");
        say(17, "15:45", DEVS_GENERAL, LARS, "lol did anyone see the new wordpress drama thread");
        re(17, "16:10", IFE, ordering, "square is fine for that, their online checkout is free and it syncs with the "
                + "till you already have");
        say(17, "16:15", DEVS_GENERAL, HANA, "amazing, one less thing to worry about");

        Post invoice = say(18, "09:50", DEVS_GENERAL, LARS, "what invoicing tool do you all use? freeagent is getting "
                + "pricey");
        Post ninja = re(18, "10:05", WES, invoice, "invoice ninja self hosted, free");
        re(18, "10:30", LARS, ninja, "ooh self hosted, like it");
        joins(18, "11:50", DEVS_JOBS, RUTH);
        Post yoga = say(18, "12:00", DEVS_JOBS, RUTH, "Hello! I have a small yoga studio and my site is on "
                + "squarespace. I'd like people to book classes on it instead of by email. Is that a big job? Budget "
                + "maybe £300");
        re(18, "12:20", MEI, yoga, "welcome Ruth! devs will reply here or DM you 🙂");
        say(18, "13:10", DEVS_GENERAL, LARS, "hot take: tailwind v4 config is worse than v3");
        say(18, "13:25", DEVS_GENERAL, WES, "the css-first config? I kind of like it");
        say(18, "13:31", DEVS_GENERAL, LARS, "I keep forgetting where anything lives lol");
        say(18, "16:00", DEVS_GENERAL, LARS, "anyone know if netlify changed the free tier build minutes again");
        say(18, "16:12", DEVS_GENERAL, IFE, "yeah down to 300 I think, check your usage page");
        say(18, "16:15", DEVS_GENERAL, LARS, "ugh of course they did");

        re(19, "09:10", IFE, yoga, "Hi Ruth, not big at all: squarespace has a scheduling block (Acuity) built in, "
                + "you might not need a dev. If you want it set up and styled for you it's a couple of hours, happy to "
                + "help");
        re(19, "09:40", RUTH, yoga, "Oh that's great, I'll try myself first and shout if I get stuck. thank you!");
        Post weekend = say(19, "17:30", DEVS_GENERAL, LARS, "anyone actually taking the weekend off or is it just me "
                + "who codes on saturdays");
        re(19, "17:45", WES, weekend, "taking it off, promised myself");
        re(19, "18:02", IFE, weekend, "café shifts for me this weekend lol, helping Hana");
        say(19, "18:05", DEVS_GENERAL, LARS, "respect. @Ife tell her the site can wait 😂");

        say(21, "19:00", DEVS_GENERAL, GREG, "Just to say Wes started on our site and it already looks miles better. "
                + "Thanks for the recommendation group 👍");
        say(21, "19:20", DEVS_GENERAL, WES, "thanks Greg! first draft to you tuesday");
    }

    private void tutors() {
        // history
        say(2, "08:10", TUTORS_GENERAL, AHMED, "how do you all handle last minute cancellations? I keep getting "
                + "'sorry, can't make it' 20 min before");
        say(2, "08:35", TUTORS_GENERAL, VERO, "24h policy, paid in full after that. I put it in the first email so "
                + "nobody's surprised");
        say(2, "08:50", TUTORS_GENERAL, JUN, "same, and I let them move one lesson a month for free, keeps it friendly");
        say(2, "09:02", TUTORS_GENERAL, AHMED, "one free move a month is nice, stealing that");
        say(6, "19:00", TUTORS_RESOURCES, VERO, "for anyone teaching french: InnerFrench's podcast is perfect for B1 "
                + "listening homework https://innerfrench.example/podcast");
        say(9, "13:30", TUTORS_GENERAL, MARISOL, "I switched from notebook apps to one google doc per student and it's "
                + "changed my life lol");
        say(9, "13:42", TUTORS_GENERAL, KWAME, "ha, same here. searchable forever");
        say(12, "10:15", TUTORS_GENERAL, CELESTE, "I finally finished setting up my new lesson room, my ring light "
                + "arrived today");

        // the week: Celeste's posts to the room, a day at a time
        say(15, "08:00", TUTORS_GENERAL, CELESTE, "Monday update: I've got 38 students now, my calendar is officially "
                + "full until July 😅");
        Post lucia = say(15, "09:20", TUTORS_INTROS, LUCIA, "Ciao! I'm Lucia, I teach Italian online, mostly adults "
                + "A1-B1, been doing it about a year. Looking for people to swap ideas with, especially about "
                + "keeping beginners motivated after month 2!");
        re(15, "09:45", KWAME, lucia, "Benvenuta Lucia! month 2 is the eternal struggle. #resources has a pinned list "
                + "of games people swear by");
        Post dip = re(15, "10:30", JUN, lucia, "welcome! I teach korean, the month 2 dip is SO real. small wins every lesson helps");
        re(15, "10:50", LUCIA, dip, "grazie both! off to read the pins");
        Post cancel = say(15, "12:40", TUTORS_GENERAL, AHMED, "update on the cancellation thing: tried the one free "
                + "move a month, zero late cancellations in 2 weeks 🙌");
        cancel.react("🙌", JUN, VERO);
        say(15, "19:30", TUTORS_GENERAL, CELESTE, "I just finished my 7th lesson today, my voice is gone lol");

        say(16, "07:45", TUTORS_GENERAL, CELESTE, "I'm trying a new thing where I send my students a voice note recap "
                + "after every lesson. my retention has been amazing since I started");
        Post games = say(16, "11:00", TUTORS_RESOURCES, LUCIA, "does anyone have a good speaking game for total "
                + "beginners that isn't 20 questions?");
        re(16, "11:25", VERO, games, "'two truths and a lie' with only present tense works from week 3 or so. also "
                + "picture description with a timer");
        re(16, "11:40", JUN, games, "I do a 'shop' roleplay with fake money, beginners love it, it's silly enough "
                + "that nobody is scared to talk");
        say(16, "11:52", TUTORS_RESOURCES, LUCIA, "love both, trying the shop one tomorrow");
        say(16, "21:10", TUTORS_GENERAL, CELESTE, "my B2 group finally passed their mock exam!! I'm so proud of my "
                + "students");

        say(17, "12:00", TUTORS_GENERAL, CELESTE, "I redid my whole lesson plan template this morning, I think my new "
                + "version is so much cleaner than my old one");
        Post platform = say(17, "14:10", TUTORS_GENERAL, JUN, "anyone moved off preply? the commission is getting "
                + "wild");
        re(17, "14:30", VERO, platform, "I kept preply for new students and moved regulars to direct bank transfer, "
                + "with their ok obviously");
        re(17, "14:45", AHMED, platform, "same as Vero. platforms for finding, direct for keeping");
        say(17, "15:00", TUTORS_GENERAL, JUN, "ok that seems to be the consensus, thanks");
        Post reviews = say(17, "22:00", TUTORS_GENERAL, CELESTE, "my italki reviews just hit 200 🎉 I never thought "
                + "I'd get here when I started");
        re(18, "07:30", JUN, reviews, "congrats on 200!");

        say(18, "09:15", TUTORS_GENERAL, CELESTE, "I'm launching my own group course in June, I've been planning it "
                + "for months. my goal is 20 students in the first cohort");
        say(18, "11:00", TUTORS_RESOURCES, AHMED, "made a little verb conjugation flashcard deck for Arabic beginners, "
                + "free if anyone teaches it: https://ankiweb.example/shared/ahmed-arabic-verbs");
        say(18, "18:40", TUTORS_GENERAL, CELESTE, "I raised my rates to 35/hr and I didn't lose a single student. I "
                + "should have done it last year");

        say(19, "08:30", TUTORS_GENERAL, MARISOL, "heads up, I'm off to my sister's wedding in Seville this weekend, no "
                + "lessons and no discord till sunday night 💃");
        say(19, "10:00", TUTORS_GENERAL, CELESTE, "my morning routine before lessons: I do 20 min of my own Japanese "
                + "practice, then I review my notes for each student");
        say(19, "13:15", TUTORS_GENERAL, VERO, "enjoy the wedding Marisol!!");
        say(19, "18:20", TUTORS_GENERAL, AHMED, "@Marisol you mentioned you use one google doc per student, do you "
                + "give them edit access or just comments?");

        say(20, "11:30", TUTORS_GENERAL, CELESTE, "I'm taking the weekend off for the first time in months, my "
                + "partner is making me lol");
        Post motivation = say(20, "15:00", TUTORS_GENERAL, LUCIA, "tried the shop roleplay, my two beginners laughed "
                + "the whole time and spoke way more than usual. thank you @Jun!");
        re(20, "15:20", JUN, motivation, "yay!! so glad");

        say(21, "20:00", TUTORS_GENERAL, CELESTE, "back tomorrow with a full day, I've got 9 lessons. wish me luck");
        say(21, "21:05", TUTORS_GENERAL, MARISOL, "back!! the wedding was gorgeous. Ahmed: edit access, I want them "
                + "writing in it between lessons. comments just get ignored in my experience");
        say(21, "21:20", TUTORS_GENERAL, AHMED, "ahh ok, trying that tomorrow, thanks! and congrats to your sister 🎉");
    }

    private void minecraft() {
        // history
        say(1, "18:00", MC_GENERAL, KYLE, "anyone running 1.20.5 yet or waiting for plugins to catch up?");
        say(1, "18:20", MC_GENERAL, PETE, "waiting. half my plugins aren't updated");
        Post backups = say(4, "20:10", MC_PLUGINS, PETE, "what do you all use for backups? lost a week of builds once "
                + "and never again");
        re(4, "20:30", OSCAR, backups, "restic to a b2 bucket every 6h, keeps 14 days. costs me like $1/month");
        say(4, "20:41", MC_PLUGINS, PETE, "oh that's cheap, setting it up this weekend");
        say(7, "12:00", MC_GENERAL, BRAM, "server meetup on the BP test server saturday, bring your weirdest redstone");
        say(9, "21:00", MC_GENERAL, KYLE, "my players built a working calculator in survival. I understand none of it");
        say(9, "21:10", MC_GENERAL, OSCAR, "the redstone people are a different species");
        say(11, "16:30", MC_GENERAL, LILY, "hii, just started my first server for me and my cousins, mostly lurking "
                + "to learn 🙂");
        say(11, "16:45", MC_GENERAL, BRAM, "welcome Lily! #plugin-help is where the nerds live");

        // the week
        Post giveaway = say(15, "10:00", MC_NEWS, BRAM, "🎉 GIVEAWAY 🎉 Our sponsor StoneHost is giving 3 members 3 "
                + "months of a 6GB server! React with 🎉 to enter, winners drawn Sunday 8pm UTC. Details: "
                + "https://stonehost.example/blockparty");
        giveaway.react("🎉", KYLE, LILY, OSCAR, PETE);
        say(15, "10:30", MC_ADS, KYLE, "**CraftHaven SMP** | 1.20.4 | survival, land claims, no p2w | ~40 "
                + "regulars, adults only | play.crafthaven.example | discord: https://discord.example/crafthaven");
        Post creepers = say(15, "17:20", MC_PLUGINS, LILY, "how do I stop creepers blowing up blocks but still let "
                + "them hurt players? paper 1.20.4");
        re(15, "17:35", OSCAR, creepers, "worldguard: /rg flag __global__ creeper-explosion deny. players still take "
                + "damage, blocks are safe");
        say(15, "17:50", MC_PLUGINS, LILY, "omg it worked, thank you!!");
        say(15, "20:00", MC_GENERAL, PETE, "anyone else's players obsessed with the armadillo update or just mine");
        say(15, "20:12", MC_GENERAL, KYLE, "mine have an armadillo farm the size of a city, send help");

        joins(16, "13:55", MC_GENERAL, ZANE);
        say(16, "14:02", MC_GENERAL, ZANE, "yo whats up, come play on my server!! ZanyCraft, free ranks for the first 50 "
                + "players 🔥 https://discord.example/zanycraft");
        say(16, "14:06", MC_PLUGINS, ZANE, "anyone wanna join a new server? free ranks https://discord.example/zanycraft");
        say(16, "14:20", MC_GENERAL, BRAM, "@Zane hey, welcome! ads go in #server-ads only please, see the pinned rules "
                + "🙂");
        Post lag = say(16, "19:30", MC_PLUGINS, PETE, "chunky pregen running at like 20 chunks/s on 4 threads, "
                + "normal?");
        re(16, "19:45", OSCAR, lag, "bit slow, is the world on an hdd? ssd roughly doubles it");
        say(16, "19:50", MC_PLUGINS, PETE, "...it is on an hdd 🤦");

        Post perms = say(17, "12:30", MC_PLUGINS, LILY, "luckperms question: how do I give a rank /home but not "
                + "/sethome? they're both essentials");
        re(17, "12:55", KYLE, perms, "give essentials.home and don't give essentials.sethome, they're separate nodes. "
                + "/lp group default permission set essentials.home true");
        say(17, "13:05", MC_PLUGINS, LILY, "ahh separate nodes, makes sense. thanks Kyle!");
        Post ddos = say(17, "21:00", MC_GENERAL, OSCAR, "got hit by a small ddos last night, tcpshield saved me. if "
                + "you're not behind a proxy yet, do it");
        re(17, "21:20", KYLE, ddos, "yep learned that the hard way in 2022");

        say(18, "19:30", MC_GENERAL, ZANE, "ZanyCraft is live with 12 players!! free ranks still going "
                + "https://discord.example/zanycraft");
        say(18, "19:40", MC_GENERAL, PETE, "12 is a good start tbh");

        say(19, "09:00", MC_NEWS, BRAM, "reminder: 2 days left on the StoneHost giveaway, react 🎉 on the post above "
                + "to enter! https://stonehost.example/blockparty");
        Post tps = say(19, "20:15", MC_PLUGINS, LILY, "my tps drops to ~12 when more than 8 people are on, is that "
                + "normal for a 4gb server?");
        re(19, "20:30", OSCAR, tps, "not normal. install spark and run /spark profiler for 5 min while it lags, the "
                + "report tells you what's eating it: https://spark.lucko.example/docs");
        say(19, "21:10", MC_PLUGINS, LILY, "ran it, it's a hopper farm my cousin built 😭 thank you Oscar");
        say(19, "21:15", MC_PLUGINS, OSCAR, "haha the classic. hoppers are always the answer");

        say(20, "11:00", MC_ADS, KYLE, "weekend bump ⛏️ **CraftHaven SMP** still looking for builders, new spawn "
                + "town just opened | 1.20.4 | adults only | play.crafthaven.example");
        Post spawn = say(20, "14:30", MC_GENERAL, KYLE, "anyone got tips for a spawn that doesn't lag? ours is "
                + "gorgeous and runs at 14 tps");
        re(20, "14:50", OSCAR, spawn, "entity count first. armor stands and item frames add up fast. /spark again 😄");
        say(20, "15:00", MC_GENERAL, KYLE, "oh god, 300 armor stands. deleting");

        say(21, "20:00", MC_NEWS, GIVEAWAY_BOT, "🎉 Congratulations @Lily, @Oscar and @Pete! You won 3 months of "
                + "StoneHost 6GB!");
        say(21, "20:05", MC_NEWS, BRAM, "congrats to the winners! DM me your emails and I'll pass them to StoneHost 🙌");
        say(21, "20:20", MC_GENERAL, LILY, "I WON?? my cousins are going to lose their minds");
    }

    private void ledgerline() {
        // history
        Post receipts = say(10, "10:00", LEDGER_ASK, SUNITA, "hi @Derek when do you need my Q1 stuff for the VAT "
                + "return?");
        Post sendOver = re(10, "11:30", DEREK, receipts, "Hi Sunita, send over your Q1 receipts when you can and I'll get started. "
                + "Upload them to the portal as usual");
        say(10, "11:40", LEDGER_ASK, SUNITA, "will do, thanks!");
        say(6, "09:00", LEDGER_NEWS, FIONA, "The office is closed on Monday 4 May for the bank holiday. Portal uploads "
                + "still work as normal.");
        Post app = say(8, "15:00", LEDGER_GENERAL, RAJ, "what app do people use for photographing receipts? my glovebox "
                + "is a disaster");
        re(8, "15:40", ELLEN, app, "Dext! Ledgerline set it up for me, it goes straight to them");
        say(8, "15:45", LEDGER_GENERAL, RAJ, "ah nice, will ask about it");

        // the week
        say(15, "09:00", LEDGER_NEWS, FIONA, "📅 Free webinar: Making Tax Digital for sole traders, Thursday 14 May "
                + "12:00. What changes in 2026 and what you need to do. Register: "
                + "https://ledgerline.example/webinars/mtd");
        re(16, "09:20", SUNITA, sendOver, "@Derek uploaded the Q1 receipts to the portal yesterday! do "
                + "you need the mileage log as well or just the fuel receipts? the VAT deadline is the 7th so a bit "
                + "nervous 😬");
        Post homeOffice = say(16, "10:15", LEDGER_ASK, ELLEN, "Can I claim part of my rent if I teach some yoga "
                + "classes online from home?");
        re(16, "11:00", DEREK, homeOffice, "Hi Ellen, yes: either the flat rate (£6/week, no receipts needed) or a "
                + "share of rent and bills by rooms and hours. For a few classes a week the flat rate is usually "
                + "simpler. Happy to look at it with your return");
        say(16, "11:10", LEDGER_ASK, ELLEN, "flat rate sounds perfect, thank you!");
        Post football = say(16, "17:30", LEDGER_GENERAL, RAJ, "anyone watch the match last night? still annoyed");
        re(16, "17:50", DEREK, football, "Don't. Two penalties 😩");
        say(16, "17:55", LEDGER_GENERAL, RAJ, "haha a fellow sufferer");

        say(17, "09:30", LEDGER_NEWS, DEREK, "Reminder for landlords: the property income allowance is £1,000. If your "
                + "rental income is under that you may not need to report it. Ask us if unsure.");
        say(17, "10:40", LEDGER_GENERAL, RAJ, "@Fiona heads up, my mate Tom might join, he's drowning in payroll for "
                + "his landscaping business");
        say(17, "11:05", LEDGER_GENERAL, FIONA, "Thanks Raj, really appreciate it! We'll look after him 🙏");
        joins(17, "15:00", LEDGER_GENERAL, TOM);
        Post payroll = say(17, "15:10", LEDGER_GENERAL, TOM, "Hi, Raj sent me the invite. I run a small landscaping "
                + "business with 3 employees, do you do payroll? Roughly what does it cost?");
        Post quote = re(17, "15:35", FIONA, payroll, "Hi Tom, welcome! Yes we do. For up to 5 employees it's £45/month "
                + "including RTI submissions and payslips. Happy to do a free 20 min call to see if it fits: "
                + "https://ledgerline.example/book");
        re(17, "16:00", TOM, quote, "That's less than I expected. Booked for Tuesday 👍");

        Post vatQ = say(18, "10:20", LEDGER_ASK, RAJ, "Do I need to keep paper copies of fuel receipts if they're in "
                + "Dext?");
        re(18, "10:50", DEREK, vatQ, "No, the digital copy is fine for HMRC as long as it's legible. Bin the paper");
        say(18, "10:55", LEDGER_ASK, RAJ, "music to my ears");
        say(18, "14:00", LEDGER_NEWS, FIONA, "Reminder: the MTD webinar is next Thursday, 40 spots left → "
                + "https://ledgerline.example/webinars/mtd");
        say(18, "16:30", LEDGER_GENERAL, DEREK, "Office cake update: Fiona's lemon drizzle is gone in 11 minutes, a new "
                + "record");
        say(18, "16:40", LEDGER_GENERAL, ELLEN, "the real perk of being a client is knowing this");

        say(19, "09:40", LEDGER_ASK, SUNITA, "hi, just checking on the above? don't want to miss the deadline 🙏");
        Post cover = say(19, "10:30", LEDGER_ASK, FIONA, "Hi Sunita, sorry for the wait! Derek's had a busy week, I've "
                + "flagged it to him. Yes please upload the mileage log too, same folder as the receipts, and we'll "
                + "file before the deadline");
        re(19, "10:45", SUNITA, cover, "thank you Fiona! uploading now");
        Post dext = say(19, "14:00", LEDGER_GENERAL, RAJ, "update: dext is life changing, glovebox is clean");
        re(19, "14:20", ELLEN, dext, "told you 😄");
        say(19, "15:30", LEDGER_NEWS, DEREK, "Our office will close at 3pm on Fridays through the summer. The portal "
                + "and this server stay open.");

        say(20, "10:00", LEDGER_GENERAL, ELLEN, "anyone else doing their own bookkeeping on a saturday morning or is it "
                + "just me and my coffee");
        say(20, "10:20", LEDGER_GENERAL, RAJ, "just you 😂 I pay these people for a reason");
    }

    private void research() {
        // history
        say(3, "10:00", UXR_READING, INES, "Erika Hall's piece on why surveys are so easy to get wrong is still the "
                + "best thing I've read on them https://muleinsights.example/surveys-are-hard");
        say(3, "10:30", UXR_READING, KENJI, "required reading for every PM I've worked with");
        Post consent = say(10, "14:00", UXR_GENERAL, HUGO, "small win: we finally got a consent form template for "
                + "recorded sessions past legal. took 3 months lol");
        re(10, "14:20", BEATRIZ, consent, "3 months is fast for legal honestly 😂");
        say(10, "16:00", UXR_READING, INES, "a good talk by Indi Young on listening sessions, worth the hour "
                + "https://youtube.example/watch?v=indi-listening");
        Post diary = say(12, "11:00", UXR_METHODS, YUSUF, "anyone have experience running a diary study with under "
                + "10 people? is it even worth it");
        re(12, "11:45", BEATRIZ, diary, "yes if you recruit well. 8 engaged people beat 30 who forget. Paula ran one "
                + "recently I think");
        say(12, "12:10", UXR_METHODS, YUSUF, "good to know, thanks");

        // the week
        Post sample = say(15, "10:30", UXR_METHODS, OMAR, "how many responses do you need for a survey to be taken "
                + "seriously by stakeholders? ours want '1000+' for a 6 question pulse survey 🙃");
        Post margin = re(15, "11:05", BEATRIZ, sample, "depends what they'll decide with it. for a pulse on a 5k user base, ~350 gets "
                + "you ±5% at 95% confidence. show them the margin of error table, it usually ends the argument");
        re(15, "11:20", OMAR, margin, "super helpful, thanks. also fwiw we moved all our notes into Dovetail last "
                + "month, tagging in Dovetail is so much faster than our old spreadsheet");
        say(15, "11:30", UXR_GENERAL, INES, "morning all, coffee number three already and it's not even noon");
        say(15, "13:00", UXR_READING, INES, "this one on 'research debt' by a team at Spotify made me feel seen "
                + "https://engineering.spotify.example/research-debt");
        Post studyAsk = say(15, "15:30", UXR_METHODS, KENJI, "@Paula Beatriz said you ran a diary study recently, how "
                + "did it go? I'm about to run one for our onboarding");
        re(15, "16:10", PAULA, studyAsk, "It went well! I ran it with 9 people over 3 weeks. I used a WhatsApp group "
                + "per person, which I was nervous about, but my participants liked it way more than an app. I sent "
                + "one prompt a day and I kept them short, because in my pilot I learned that long prompts get "
                + "skipped");
        say(15, "16:14", UXR_METHODS, PAULA, "The thing I'd change: I paid at the end only, and I lost two people in "
                + "week 2. Next time I'll pay weekly. I also wish I'd done a kickoff call with each person, my "
                + "strongest entries came from the people I'd actually met");
        say(15, "16:30", UXR_METHODS, KENJI, "weekly pay + kickoff call, noted. super useful, thank you");

        Post template = say(16, "11:00", UXR_GENERAL, KENJI, "@Hugo you mentioned the consent form for recorded "
                + "sessions got through legal, could you share the template? our legal team is asking me for one");
        Post synthetic = say(16, "15:00", UXR_READING, HUGO, "this paper on synthetic users is a good antidote to the hype "
                + "https://arxiv.example/abs/2405.00001");
        re(16, "15:20", INES, synthetic, "oh I saw this, the section on sycophancy is great");
        say(16, "17:00", UXR_READING, INES, "and a counterpoint from the NN group folks, more optimistic "
                + "https://nngroup.example/articles/synthetic-users");

        Post recruit = say(17, "09:40", UXR_METHODS, OMAR, "what's everyone's go-to for recruiting B2B participants? "
                + "our sales team keeps giving us the same 5 friendly customers");
        Post panel = re(17, "10:15", KENJI, recruit, "a panel for screening (we use respondent) and ask CS, not sales, for "
                + "intros. CS knows the unhappy ones. this guide by the Rally team is good: "
                + "https://rallyuxr.example/b2b-recruiting");
        re(17, "10:30", OMAR, panel, "nice, thanks Kenji");
        Post vent = say(17, "12:00", UXR_GENERAL, YUSUF, "stakeholder asked me to 'just validate' a feature that ships "
                + "friday. how do you all say no nicely");
        re(17, "12:20", HUGO, vent, "I say yes to a 30 min 'risk check' instead. frames it as protecting the launch");
        re(17, "12:40", PAULA, vent, "ask what decision the research would change. if none, it's not research");
        re(17, "12:45", INES, vent, "+1 to Paula, and write the decision down before you start");
        say(17, "12:50", UXR_GENERAL, YUSUF, "stealing both of these");
        say(17, "14:00", UXR_READING, INES, "timely: Jared Spool on 'validation' as a word we should retire "
                + "https://centercentre.example/articles/validation");

        Post tools = say(18, "14:00", UXR_METHODS, BEATRIZ, "has anyone compared Dovetail and Condens for tagging "
                + "across projects? trying to convince my manager to pay for one");
        say(18, "14:20", UXR_GENERAL, OMAR, "anyone watching the research democratization webinar today?");
        say(18, "14:30", UXR_GENERAL, YUSUF, "yes! starts in 30 min right?");
        say(18, "14:45", UXR_GENERAL, OMAR, "yep, 3pm UTC");
        say(18, "15:30", UXR_GENERAL, HUGO, "the webinar was mostly a sales pitch for their panel lol");
        re(18, "16:10", PAULA, tools, "I've only used Condens: cheaper, good for small teams, the global tag "
                + "taxonomy is nice. can't compare with Dovetail though");
        say(18, "16:20", UXR_METHODS, BEATRIZ, "that helps, thanks Paula");

        Post cards = say(19, "10:00", UXR_METHODS, OMAR, "card sorting: open or closed for a nav redesign with ~40 "
                + "items?");
        re(19, "10:35", BEATRIZ, cards, "hybrid. give them your current categories but let them add new ones. with 40 "
                + "items open gets messy fast");
        say(19, "10:40", UXR_METHODS, OMAR, "thx");
        say(19, "12:00", UXR_READING, INES, "Steve Portigal's new interviewing checklist, short and very good "
                + "https://portigal.example/interviewing-checklist");
        Post yearOfAi = say(19, "16:00", UXR_GENERAL, HUGO, "anyone else's company doing a 'year of AI' thing or just mine");
        re(19, "16:15", INES, yearOfAi, "ours is calling it 'AI-first research' 😬");

        say(20, "10:00", UXR_READING, INES, "weekend reading: a long piece on the history of the focus group, "
                + "fascinating https://theatlantic.example/focus-groups-history");
        say(21, "18:00", UXR_GENERAL, INES, "have a good week everyone ✨");
        say(21, "18:05", UXR_GENERAL, YUSUF, "you too!");
        template.react("👀", BEATRIZ);
    }

    private void synths() {
        // history
        say(2, "20:00", SYNTH_GENERAL, MIRA, "mixing the last track of the EP tonight, wish me luck");
        say(2, "20:20", SYNTH_GENERAL, DANA, "you got this!!");
        Post hydra = say(5, "19:00", SYNTH_GEAR, GUS, "hydrasynth explorer or minilogue xd as a first synth?");
        re(5, "19:30", FELIX, hydra, "hydrasynth if you like sound design, minilogue if you want to play chords "
                + "straight away");
        say(5, "19:40", SYNTH_GEAR, GUS, "sound design all the way, hydra it is");
        say(9, "21:00", SYNTH_GENERAL, REX, "anyone else stay up till 3 tweaking a hi-hat pattern");
        say(9, "21:10", SYNTH_GENERAL, SOL, "every night of my life");

        // the week
        say(15, "10:00", SYNTH_RELEASES, SOL, "new single 'Copper' is out, made entirely on the Digitakt. pre-order for "
                + "the EP is 30% off until friday https://solbeats.bandcamp.example/album/copper");
        Post nightDrive = say(15, "20:00", SYNTH_FEEDBACK, REX, "new track, would love ears on the mix, esp the low end "
                + "🙏 https://soundcloud.example/rexwaves/night-drive-v3");
        Post danaNotes = re(15, "20:40", DANA, nightDrive, "nice groove! kick and bass are fighting around 60-80hz, "
                + "try sidechaining the bass to the kick or cutting the kick's sub a bit. the pads are lovely");
        re(15, "20:50", REX, danaNotes, "ty!");
        say(15, "21:00", SYNTH_GENERAL, FELIX, "my first eurorack case arrived and I already need a bigger one. "
                + "this is how it starts isn't it");
        say(15, "21:10", SYNTH_GENERAL, DANA, "welcome to the poverty 😂");

        Post bus = say(16, "19:00", SYNTH_FEEDBACK, DANA, "could someone listen to my drum bus? feels squashed but I "
                + "can't tell anymore https://soundcloud.example/danaloops/bus-test");
        say(16, "19:10", SYNTH_GEAR, REX, "is the TR-8S worth it used for 350?");
        say(16, "19:25", SYNTH_GEAR, FELIX, "at 350 yes, great drum machine");
        say(16, "19:30", SYNTH_GEAR, REX, "ok grabbing it");
        Post glue = re(16, "21:00", FELIX, bus, "it is squashed, the glue comp is pumping on every snare. try a slower attack "
                + "(30ms) and half the ratio");
        re(16, "21:20", DANA, glue, "you're right, 30ms attack and it breathes again. thanks Felix!");

        say(17, "13:00", SYNTH_GENERAL, MIRA, "MY EP IS OUT!!! 4 tracks, 2 years of work 😭");
        say(17, "13:01", SYNTH_GENERAL, MIRA, "bandcamp: https://miraglass.bandcamp.example/album/lowlight");
        say(17, "13:01", SYNTH_GENERAL, MIRA, "spotify: https://open.spotify.example/album/lowlight");
        say(17, "13:02", SYNTH_GENERAL, MIRA, "apple: https://music.apple.example/album/lowlight");
        say(17, "13:02", SYNTH_GENERAL, MIRA, "youtube: https://youtube.example/watch?v=lowlight");
        say(17, "13:03", SYNTH_GENERAL, MIRA, "tidal: https://tidal.example/album/lowlight");
        Post ep = say(17, "13:20", SYNTH_GENERAL, DANA, "CONGRATS MIRA 🎉 listening right now");
        say(17, "13:30", SYNTH_GENERAL, SOL, "congrats! track 2 is beautiful");
        re(17, "14:00", MIRA, ep, "thank you both 😭❤️");

        Post v4 = say(18, "21:00", SYNTH_FEEDBACK, REX, "v4 of night drive, fixed the bass per Dana's notes, does the "
                + "drop hit now? https://soundcloud.example/rexwaves/night-drive-v4");
        Post riser = re(18, "21:30", FELIX, v4, "way better low end. the drop hits but the riser before it is too long, I'd cut 4 bars");
        re(18, "21:40", REX, riser, "appreciate it");
        say(19, "09:00", SYNTH_RELEASES, SOL, "last day of the 30% pre-order discount on the Copper EP ✨ "
                + "https://solbeats.bandcamp.example/album/copper");
        Post digitakt = say(19, "18:00", SYNTH_GEAR, GUS, "how do people sequence the hydrasynth from a digitakt? "
                + "midi channel confusion");
        re(19, "18:30", SOL, digitakt, "set the hydra to channel 1 and use a midi track on the digitakt set to channel "
                + "1 too, then the trig notes go straight through");
        say(19, "18:35", SYNTH_GEAR, GUS, "worked!! thanks Sol");

        Post firstTrack = say(20, "17:00", SYNTH_FEEDBACK, GUS, "first track I've ever finished 😬 be gentle "
                + "https://soundcloud.example/gusmakesnoise/first");
        say(20, "17:20", SYNTH_GEAR, REX, "TR-8S arrived 🙌 the 909 kit is ridiculous");
        say(20, "17:40", SYNTH_GEAR, FELIX, "told you");
        Post hats = re(20, "19:00", DANA, firstTrack, "finishing is the hardest part, congrats! the melody is really catchy. the "
                + "hats are a bit loud but that's an easy fix");
        re(20, "19:15", GUS, hats, "thank you Dana!! turning them down");
        Post tidepool = say(20, "22:00", SYNTH_FEEDBACK, REX, "last one I promise, different tune, bit of a vibe check "
                + "https://soundcloud.example/rexwaves/tidepool");
        Post what = re(20, "22:30", GUS, tidepool, "this is sick, the pad is gorgeous. what synth?");
        re(20, "22:45", REX, what, "thanks! hydrasynth, init patch and way too much reverb lol");
        say(21, "15:00", SYNTH_GENERAL, FELIX, "sunday patching session, bought a second case. it has begun");
        say(21, "15:20", SYNTH_GENERAL, MIRA, "lmao the slope is real");
    }

    // --- More of each week's ordinary chat: most people in a real community are fine -----------------------------

    private void podcastersChat() {
        say(15, "09:05", POD_INTROS, WELCOME_BOT, "Welcome to Mic Check Collective, @Rosa! Grab a role in #roles and "
                + "say hi 🎙️");
        Post cover = say(16, "17:10", POD_GENERAL, KEISHA, "what do you all use for cover art? canva or an actual "
                + "designer");
        re(16, "17:25", NADIA, cover, "canva for v1, designer once you know the show is sticking around");
        re(16, "17:40", PERCY, cover, "a designer friend did mine for pizza lol");
        say(16, "17:45", POD_GENERAL, KEISHA, "pizza rates, the best rates");
        Post cohost = say(18, "13:00", POD_GENERAL, JUNE, "how do you split editing with a cohost without fighting "
                + "about it 😅 asking for a friend (the friend is me)");
        re(18, "13:20", ROSA, cohost, "we alternate episodes! whoever edits gets final say on cuts, no arguing");
        re(18, "13:35", KEISHA, cohost, "that's what we do too, saved our friendship");
        say(18, "13:40", POD_GENERAL, JUNE, "alternating, genius. thank you");
        say(20, "18:00", POD_GENERAL, NADIA, "saturday question: what's the weirdest place you've ever recorded?");
        say(20, "18:10", POD_GENERAL, ROSA, "a parked car in a thunderstorm ⛈️");
        say(20, "18:12", POD_GENERAL, PERCY, "hotel bathroom, best acoustics of my life honestly");
        say(20, "18:30", POD_GENERAL, KEISHA, "under a duvet at my mum's at christmas");
    }

    private void etsyChat() {
        Post packaging = say(16, "19:00", ETSY_GENERAL, OLU, "does anyone put little thank you notes in orders? worth "
                + "it?");
        re(16, "19:20", PIPPA, packaging, "yes! handwritten, 2 lines. I get mentioned in reviews for it");
        re(16, "19:45", JESS, packaging, "I do a sticker + note, buyers love stickers");
        say(16, "19:50", ETSY_GENERAL, OLU, "sticker + note it is");
        Post sick = say(18, "16:00", ETSY_GENERAL, PIPPA, "vacation mode question: if I'm off sick 3 days do I turn it "
                + "on or just extend processing times?");
        re(18, "16:20", NORA, sick, "for 3 days just extend processing. vacation mode hides you from search and it "
                + "takes a while to come back");
        say(18, "16:25", ETSY_GENERAL, PIPPA, "ahh good to know, thanks. feel a bit better already lol");
        say(18, "16:40", ETSY_GENERAL, JESS, "get well soon Pippa!");
        Post market = say(20, "09:30", ETSY_GENERAL, OLU, "doing my first in person craft market today, terrified");
        re(20, "09:45", JESS, market, "you'll be great! bring a card reader and way more change than you think");
        re(20, "18:30", OLU, market, "sold 14 prints!!! the card reader was clutch, thanks Jess");
        say(21, "09:00", ETSY_GENERAL, GEMMA, "sunday reshoot day, my whole living room is white foam board");
        say(21, "09:20", ETSY_GENERAL, NORA, "the glamorous life of the etsy seller");
    }

    private void webDevsChat() {
        Post coffee = say(17, "08:30", DEVS_GENERAL, MEI, "morning, what's everyone building this week?");
        re(17, "08:45", WES, coffee, "a bakery site and greg's migration, fun week");
        re(17, "09:00", IFE, coffee, "a booking system for a dog groomer, lots of edge cases about dog sizes 🐕");
        say(17, "09:05", DEVS_GENERAL, MEI, "dog size edge cases is a sentence I didn't expect today");
        Post backup = say(20, "12:00", DEVS_GENERAL, MEI, "reminder to back up your client sites before the weekend "
                + "deploys, learned that one the hard way");
        re(20, "12:30", WES, backup, "updraft on every WP site, saved me twice");
        say(21, "10:00", DEVS_GENERAL, HANA, "the café survived its first full week! thank you for the square tip 😊");
        say(21, "10:20", DEVS_GENERAL, MEI, "congrats Hana!! ☕");
    }

    private void tutorsChat() {
        Post kids = say(15, "14:00", TUTORS_GENERAL, VERO, "anyone teach kids under 10 online? how long are your "
                + "lessons?");
        re(15, "14:20", JUN, kids, "30 min max, and I stand up and move around a lot, they copy you");
        re(15, "14:40", KWAME, kids, "30 here too. 45 was a disaster, they just melt after 25");
        say(15, "14:45", TUTORS_GENERAL, VERO, "ok 30 it is, thank you both");
        Post mic = say(16, "16:30", TUTORS_GENERAL, LUCIA, "is a headset mic enough or do students notice the "
                + "difference with a proper mic?");
        re(16, "16:50", AHMED, mic, "headset is fine, what students notice is the room echo. a rug and curtains help "
                + "more than a mic");
        say(16, "16:55", TUTORS_GENERAL, LUCIA, "my room is all tiles 😅 rug shopping then");
        Post podcasts = say(17, "10:00", TUTORS_RESOURCES, JUN, "podcasts for korean learners that aren't boring, go");
        re(17, "10:30", KWAME, podcasts, "not korean but my swahili students love slow news podcasts, maybe there's a "
                + "korean one like that?");
        re(17, "11:15", JUN, podcasts, "oh good idea, found one: 'Korean news in slow korean', trying it with my B1s");
        say(18, "12:00", TUTORS_GENERAL, KWAME, "reminder: the staffroom voice hangout is saturday 4pm UTC, bring "
                + "your worst lesson story");
        Post burnout = say(18, "20:00", TUTORS_GENERAL, VERO, "how many lessons a day before you feel fried? I hit a "
                + "wall after 6");
        re(18, "20:15", AHMED, burnout, "5 is my max with a break in the middle");
        re(18, "20:30", JUN, burnout, "6 too, and never back to back after lunch");
        say(18, "20:40", TUTORS_GENERAL, VERO, "glad it's not just me");
        say(20, "16:00", TUTORS_GENERAL, KWAME, "hangout starting now, come say hi 🎧");
        say(20, "17:30", TUTORS_GENERAL, LUCIA, "that was so fun, thanks for organising Kwame!");
        say(20, "17:40", TUTORS_GENERAL, KWAME, "thanks for coming Lucia, your pizza-ordering roleplay story won");
        Post homework = say(21, "10:00", TUTORS_GENERAL, AHMED, "do you give homework to adult learners or does it "
                + "never get done anyway");
        re(21, "10:30", VERO, homework, "tiny homework only. one voice message in the target language, 1 minute. "
                + "they actually do that");
        say(21, "10:45", TUTORS_GENERAL, AHMED, "1 minute voice note, love it");
    }

    private void minecraftChat() {
        Post geyser = say(15, "12:00", MC_PLUGINS, PETE, "has anyone got geyser working so bedrock kids can join? "
                + "floodgate keeps kicking them");
        re(15, "12:30", OSCAR, geyser, "floodgate key mismatch usually. copy key.pem from the proxy to every backend");
        say(15, "12:45", MC_PLUGINS, PETE, "that was it, my nephew is in 🙌");
        Post events = say(17, "16:00", MC_GENERAL, BRAM, "what events do your players actually show up for? mine "
                + "ignore build comps now");
        re(17, "16:20", KYLE, events, "pvp tournaments and anything with a leaderboard. build comps died for us too");
        re(17, "16:35", PETE, events, "scavenger hunts! low effort for me, they go feral");
        say(17, "16:40", MC_GENERAL, BRAM, "scavenger hunt this weekend then, thanks both");
        Post world = say(18, "12:00", MC_PLUGINS, KYLE, "best way to trim unused chunks from a 40gb world?");
        re(18, "12:20", OSCAR, world, "mcaselector, filter by inhabited time < 5 min and delete. back up first obv");
        say(18, "12:30", MC_PLUGINS, KYLE, "40gb to 11gb, you're a hero");
        say(19, "17:00", MC_GENERAL, PETE, "does anyone else's server get weirdly quiet on fridays");
        say(19, "17:10", MC_GENERAL, OSCAR, "fridays and exam season, ghost town");
        say(20, "19:00", MC_GENERAL, BRAM, "scavenger hunt went great, 22 players, someone hid a chest in the nether "
                + "roof 😂");
        say(20, "19:10", MC_GENERAL, KYLE, "the nether roof, absolute menace");
        Post whitelist = say(21, "13:00", MC_PLUGINS, LILY, "last one for this week I promise 😅 how do I let my "
                + "cousins' friends in without making the server public?");
        re(21, "13:20", PETE, whitelist, "whitelist! /whitelist on then /whitelist add name for each friend");
        say(21, "13:25", MC_PLUGINS, LILY, "so simple, thank you Pete!");
        Post dynmap = say(16, "10:00", MC_PLUGINS, KYLE, "bluemap or dynmap these days? dynmap is eating my ram");
        re(16, "10:20", OSCAR, dynmap, "bluemap, way lighter and it looks nicer. render at night though");
        say(16, "10:25", MC_PLUGINS, KYLE, "switching tonight, cheers");
        say(19, "17:30", MC_GENERAL, BRAM, "exam season is brutal for us too, half my mods are revising");
        Post farm = say(21, "11:00", MC_GENERAL, PETE, "sunday question: what's the most cursed build on your "
                + "server right now");
        re(21, "11:20", KYLE, farm, "a 1:1 scale replica of a players' school. the teachers are villagers");
        re(21, "11:40", OSCAR, farm, "a cobblestone generator the size of a mountain, nobody knows who built it");
        say(21, "11:45", MC_GENERAL, PETE, "😂 incredible, both of them");
    }

    private void ledgerlineChat() {
        Post invoices = say(15, "11:00", LEDGER_GENERAL, ELLEN, "how do you all chase late invoices without sounding "
                + "rude? one studio owes me 2 months");
        re(15, "11:30", RAJ, invoices, "polite reminder at 7 days, then a phone call. people ignore emails, not "
                + "calls");
        say(15, "11:40", LEDGER_GENERAL, ELLEN, "a phone call, ugh, but you're right");
        say(16, "08:30", LEDGER_GENERAL, SUNITA, "morning all, anyone else doing VAT this week? solidarity 😬");
        say(16, "08:45", LEDGER_GENERAL, RAJ, "not VAT registered thank god, good luck!");
        Post mileage = say(17, "12:00", LEDGER_GENERAL, SUNITA, "how do you track mileage? I've been using a paper "
                + "notebook like it's 1995");
        re(17, "12:20", RAJ, mileage, "the dext app does it now too, it uses your phone's gps");
        say(17, "12:30", LEDGER_GENERAL, SUNITA, "ooh, looking now");
        say(18, "09:00", LEDGER_GENERAL, TOM, "morning. first week using the Dext app Raj mentioned, already love it");
        say(18, "09:20", LEDGER_GENERAL, RAJ, "told you mate 👍");
        Post pension = say(19, "11:00", LEDGER_ASK, ELLEN, "Do pension contributions as a sole trader reduce my tax? "
                + "Thinking of starting one");
        re(19, "11:40", FIONA, pension, "They do: you get basic rate relief added to the pension automatically, and "
                + "higher rate relief through your return if it applies. Worth doing! Happy to run the numbers on a "
                + "call");
        say(19, "11:50", LEDGER_ASK, ELLEN, "perfect, I'll book something");
        say(20, "10:40", LEDGER_GENERAL, SUNITA, "saturday bookkeeping gang, I'm in too");
        say(21, "17:00", LEDGER_GENERAL, TOM, "All set for the payroll call on Tuesday. Thanks Raj for the "
                + "intro 🙏");
        say(21, "17:30", LEDGER_GENERAL, RAJ, "anytime mate");
        Post van = say(18, "12:30", LEDGER_ASK, TOM, "Quick one while I'm here: if I buy a van through the business "
                + "can I claim all of it this year?");
        re(18, "13:05", FIONA, van, "Usually yes, under the annual investment allowance, as long as it's used for the "
                + "business. We'll go through it properly on Tuesday's call");
        say(18, "13:10", LEDGER_ASK, TOM, "Great, thanks Fiona");
        Post rain = say(19, "08:15", LEDGER_GENERAL, ELLEN, "is it raining everywhere or just on my yoga studio");
        re(19, "08:30", SUNITA, rain, "pouring here too, good day for spreadsheets I suppose");
        say(19, "08:40", LEDGER_GENERAL, RAJ, "cab drivers love rain, busiest morning in weeks 😄");
        say(20, "11:00", LEDGER_GENERAL, ELLEN, "finished! 3 months of receipts in Dext, feeling very smug");
        say(20, "11:10", LEDGER_GENERAL, SUNITA, "smugness deserved 👏");
    }

    private void researchChat() {
        Post intro = say(15, "09:00", UXR_GENERAL, YUSUF, "happy monday! anyone else have 6 interviews this week or "
                + "just me");
        re(15, "09:30", BEATRIZ, intro, "4 here, all with admins who hate our product, so that'll be fun");
        re(15, "09:50", KENJI, intro, "zero interviews, all synthesis. I miss talking to humans");
        say(15, "10:00", UXR_GENERAL, YUSUF, "synthesis week is its own kind of pain");
        Post notes = say(16, "10:00", UXR_METHODS, YUSUF, "do you take notes yourself during interviews or have a "
                + "notetaker? I lose the thread when I type");
        re(16, "10:20", BEATRIZ, notes, "notetaker always if I can get one. if not, record and only write timestamps "
                + "of the good bits");
        re(16, "10:45", PAULA, notes, "timestamps are the move. I jot 'wow 12:40' and go back later");
        say(16, "10:50", UXR_METHODS, YUSUF, "timestamps only, trying that tomorrow");
        Post reports = say(17, "15:00", UXR_GENERAL, BEATRIZ, "does anyone still write long reports or has everyone "
                + "moved to slides/loom videos?");
        re(17, "15:20", KENJI, reports, "one page + a 5 min loom. nobody reads past page one");
        re(17, "15:40", YUSUF, reports, "one pager here too, with links to clips");
        say(17, "15:45", UXR_GENERAL, BEATRIZ, "ok I'm killing the 30 page report. liberation");
        say(19, "13:00", UXR_GENERAL, KENJI, "friday wins thread: my PM actually changed the roadmap because of a "
                + "study 🥲");
        say(19, "13:10", UXR_GENERAL, BEATRIZ, "framing that one");
        say(19, "13:20", UXR_GENERAL, PAULA, "the dream!! congrats Kenji");
        say(20, "11:00", UXR_GENERAL, YUSUF, "finished my 6 interviews, brain is soup. have a good weekend all");
        say(20, "11:15", UXR_GENERAL, KENJI, "rest that brain");
    }

    private void synthsChat() {
        Post daw = say(15, "18:00", SYNTH_GENERAL, GUS, "ableton or bitwig for someone who mostly jams with "
                + "hardware?");
        re(15, "18:20", FELIX, daw, "bitwig if you want to go modular in the box later. ableton if your friends use "
                + "it, sharing projects matters");
        re(15, "18:40", SOL, daw, "ableton, the audio to midi stuff is great for jams");
        say(15, "18:45", SYNTH_GENERAL, GUS, "ok trying both demos, thanks");
        Post mastering = say(16, "12:00", SYNTH_GENERAL, DANA, "do you master your own stuff or pay someone?");
        re(16, "12:30", MIRA, mastering, "paid someone for the EP, worth every penny. self master for soundcloud "
                + "stuff");
        re(16, "12:45", SOL, mastering, "same as Mira");
        say(16, "12:50", SYNTH_GENERAL, DANA, "makes sense, thanks");
        Post deal = say(18, "10:00", SYNTH_GEAR, FELIX, "heads up for modular people: a shop near me is clearing "
                + "out mutable instruments clones, if anyone wants me to check for something, shout");
        re(18, "10:30", GUS, deal, "is there a plaits clone?");
        re(18, "11:00", FELIX, deal, "they had two yesterday, I'll ask tomorrow");
        say(19, "12:00", SYNTH_GEAR, FELIX, "@Gus plaits clone is 120, want me to grab it?");
        say(19, "12:20", SYNTH_GEAR, GUS, "YES please, I'll send you the money tonight 🙏");
        say(21, "14:00", SYNTH_GENERAL, DANA, "sunday jam stream anyone? just hanging in voice with synths");
        say(21, "14:05", SYNTH_GENERAL, SOL, "in!");
        say(21, "14:10", SYNTH_GENERAL, GUS, "in, bringing the hydra");
    }
}
