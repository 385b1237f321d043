package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A sixth round of held-out scenes for {@code rapport eval tips}, written and labelled in
 * {@code bot/src/test/resources/eval/held-out-scenes-6.csv} before the coach was run on them, by a writer who read the
 * README's rule catalogue and the coaching principles, not the rules' code.
 *
 * <p>One week from Monday 7 September 2026 (ISO week 2026-W37), in UTC. Every scene is its own guild; no person
 * appears in two scenes. Run {@link #main} to regenerate {@code bot/src/test/resources/eval/held-out-scenes-6/}
 * ({@code ScenesAreUpToDateTest} fails when the committed files differ).
 */
public final class HeldOutScenes6Script extends StoryScript {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 9, 7);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 9, 14, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(3400);

    // --- V1. A potter pushes the same shop link and code three times and leaves a packing question --------------
    static final String CRAFT = IDS.guild(81);
    static final Channel CRAFT_GENERAL = IDS.channel(CRAFT, "Handmade Sellers Circle", "general",
            "Running a small handmade shop.", "craft-general.json");
    static final Channel CRAFT_FEEDBACK = IDS.channel(CRAFT, "Handmade Sellers Circle", "shop-feedback",
            "Ask for feedback on your listings.", "craft-shop-feedback.json");
    static final Persona BEA = IDS.person("beaclay", "Bea");
    static final Persona CAL = IDS.person("calknits", "Cal");
    static final Persona DEE = IDS.person("deeprints", "Dee");
    static final Persona FAY = IDS.person("faysoaps", "Fay");

    // --- V2. A local network: an accountant asked for a bookkeeper; a salon owner asks everyone for reviews -----
    static final String LOCAL = IDS.guild(82);
    static final Channel LOCAL_INTROS = IDS.channel(LOCAL, "Northgate Business Network", "introductions",
            "Introduce yourself and your business.", "local-introductions.json");
    static final Channel LOCAL_GENERAL = IDS.channel(LOCAL, "Northgate Business Network", "general",
            "News and questions from Northgate businesses.", "local-general.json");
    static final Persona GIL = IDS.person("gilbooks", "Gil");
    static final Persona HAL = IDS.person("halbakes", "Hal");
    static final Persona IVY = IDS.person("ivysalon", "Ivy");
    static final Persona JOY = IDS.person("joyflorist", "Joy");

    // --- V3. An open-source chat: a maintainer's pointers, answers by turn, a user who only takes -------------
    static final String OSS = IDS.guild(83);
    static final Role OSS_MAINTAINER = new Role(IDS.id("2023-05-02"), "Maintainer", "#3498db", 3);
    static final Channel OSS_NEWS = IDS.channel(OSS, "Tidepool Sync", "announcements", "Project news.",
            "oss-announcements.json");
    static final Channel OSS_HELP = IDS.channel(OSS, "Tidepool Sync", "help", "Questions about using Tidepool.",
            "oss-help.json");
    static final Channel OSS_CONTRIB = IDS.channel(OSS, "Tidepool Sync", "contributors", "Working on Tidepool.",
            "oss-contributors.json");
    static final Persona JON = IDS.person("jonmaint", "Jon", OSS_MAINTAINER);
    static final Persona LEV = IDS.person("levcodes", "Lev");
    static final Persona MIA = IDS.person("miasyncs", "Mia");
    static final Persona KAI = IDS.person("kaidev", "Kai");

    // --- V4. Designers: one shares other people's work, one drops five links in four minutes -------------------
    static final String DESIGN = IDS.guild(84);
    static final Channel DESIGN_GENERAL = IDS.channel(DESIGN, "Pixel & Paper", "general", "Design talk.",
            "design-general.json");
    static final Persona NIA = IDS.person("niatype", "Nia");
    static final Persona OREN = IDS.person("orenletters", "Oren");
    static final Persona PAX = IDS.person("paxvisuals", "Pax");
    static final Persona QIU = IDS.person("qiugrids", "Qiu");

    // --- V5. Fitness coaches: one talks only about herself to nobody; one praises a client, answers late -------
    static final String COACHES = IDS.guild(85);
    static final Channel COACHES_GENERAL = IDS.channel(COACHES, "Coaches Who Lift", "general",
            "Shop talk for strength coaches.", "coaches-general.json");
    static final Channel COACHES_WINS = IDS.channel(COACHES, "Coaches Who Lift", "client-wins",
            "Celebrate your clients.", "coaches-client-wins.json");
    static final Persona UMA = IDS.person("umastrong", "Uma");
    static final Persona RORY = IDS.person("rorylifts", "Rory");
    static final Persona TESS = IDS.person("tesscoach", "Tess");
    static final Persona SAM = IDS.person("samdeadlifts", "Sam");

    // --- V6. A language server: a tutor asked for a tutor, a moderator's resources, a tutor who pitches cold ---
    static final String LINGUA = IDS.guild(86);
    static final Role LINGUA_MODERATOR = new Role(IDS.id("2023-05-02"), "Moderator", "#e67e22", 3);
    static final Channel LINGUA_PRACTICE = IDS.channel(LINGUA, "Café Lingua", "spanish-practice",
            "Write in Spanish, get gentle corrections.", "lingua-spanish-practice.json");
    static final Channel LINGUA_RESOURCES = IDS.channel(LINGUA, "Café Lingua", "resources",
            "Free things that help you learn.", "lingua-resources.json");
    static final Persona WEN = IDS.person("wenmod", "Wen", LINGUA_MODERATOR);
    static final Persona XIA = IDS.person("xiatutor", "Xia");
    static final Persona YOKO = IDS.person("yokolearns", "Yoko");
    static final Persona ANA = IDS.person("anab2", "Ana");
    static final Persona ZED = IDS.person("zedexaminer", "Zed");

    static final List<Persona> CAST = List.of(BEA, CAL, DEE, FAY, GIL, HAL, IVY, JOY, JON, LEV, MIA, KAI, NIA, OREN,
            PAX, QIU, UMA, RORY, TESS, SAM, WEN, XIA, YOKO, ANA, ZED);

    static final List<Channel> CHANNELS = List.of(CRAFT_GENERAL, CRAFT_FEEDBACK, LOCAL_INTROS, LOCAL_GENERAL, OSS_NEWS,
            OSS_HELP, OSS_CONTRIB, DESIGN_GENERAL, COACHES_GENERAL, COACHES_WINS, LINGUA_PRACTICE, LINGUA_RESOURCES);

    private HeldOutScenes6Script() {
        super(new Story(FIRST_MONDAY, 7, ZoneOffset.UTC, CAST));
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutScenes6Script s = new HeldOutScenes6Script();
        s.potter();
        s.localNetwork();
        s.openSource();
        s.designers();
        s.coaches();
        s.lingua();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/held-out-scenes-6");
        ExportWriter.writeAll(dir, files(), "the sixth held-out scenes");
    }

    private void potter() {
        String shop = "https://beaclay.example/shop";
        at(1, "09:00").in(CRAFT_GENERAL).say(BEA, "Autumn mug collection is live! Use BEA15 for 15% off → " + shop);
        Post fees = at(1, "11:00").in(CRAFT_GENERAL).say(FAY, "Has anyone else's listing fee gone up this month?");
        at(1, "11:30").in(CRAFT_GENERAL).reply(DEE, fees, "Mine too, by a few cents. Bundling small items into sets "
                + "helped me.");
        Post packing = at(2, "10:00").in(CRAFT_GENERAL).say(CAL, "@Bea how do you pack mugs so they survive the post? "
                + "I've had two arrive broken this month.");
        at(3, "18:00").in(CRAFT_GENERAL).say(BEA, "Only six speckled mugs left! BEA15 still works → " + shop);
        Post listing = at(4, "12:00").in(CRAFT_FEEDBACK).say(CAL, "Could someone look at my listing photos? I think "
                + "they're too dark: https://calknits.example/listing/chunky-scarf");
        Post light = at(4, "12:40").in(CRAFT_FEEDBACK).reply(DEE, listing, "They are a bit dark. Shoot next to a "
                + "window at midday and put a white card on the other side to bounce the light.");
        at(4, "13:00").in(CRAFT_FEEDBACK).reply(CAL, light, "The white card trick works, thank you Dee!");
        Post photographer = at(5, "09:00").in(CRAFT_GENERAL).say(FAY, "Does anyone know a product photographer in "
                + "Leeds? I want proper shots for my new soap range.");
        Post eli = at(5, "09:40").in(CRAFT_GENERAL).reply(DEE, photographer, "Eli at the studio on Mill Street did "
                + "my prints, she's great with small products: https://elistudio.example");
        at(5, "10:00").in(CRAFT_GENERAL).reply(FAY, eli, "Perfect, emailing her now. Thanks!");
        at(5, "20:00").in(CRAFT_GENERAL).say(BEA, "Last call for BEA15 before the weekend → " + shop);
        packing.react("👀", DEE);
    }

    private void localNetwork() {
        Post intro = at(1, "08:30").in(LOCAL_INTROS).say(GIL, "Hello Northgate! I'm Gil, I run a two-person "
                + "accounting practice above the pharmacy on King Street, mostly cafés and shops. "
                + "https://gilbooks.example");
        Post welcome = at(1, "09:00").in(LOCAL_INTROS).reply(JOY, intro, "Welcome Gil! We're neighbours, I'm the "
                + "flower shop on the corner.");
        at(1, "09:20").in(LOCAL_INTROS).reply(GIL, welcome, "Then I know where to buy flowers now 🙂");
        at(1, "12:00").in(LOCAL_GENERAL).say(IVY, "Hi all! Would you mind leaving my salon a Google review? Every "
                + "star helps: https://reviews.example/ivy-salon");
        Post opening = at(2, "08:00").in(LOCAL_GENERAL).say(HAL, "We're opening on Sundays from next week, 8 till 2! "
                + "Sourdough and cinnamon buns 🥐");
        at(2, "08:30").in(LOCAL_GENERAL).reply(JOY, opening, "Finally! I'll be your first customer.");
        at(2, "09:15").in(LOCAL_GENERAL).reply(IVY, opening, "Congrats! Could you follow my salon on Instagram too? "
                + "https://instagram.example/ivysalon");
        Post bookkeeper = at(3, "19:00").in(LOCAL_GENERAL).say(HAL, "Can anyone recommend a bookkeeper? Sunday "
                + "opening means payroll is getting too much for me.");
        Post gil = at(3, "19:30").in(LOCAL_GENERAL).reply(GIL, bookkeeper, "That's what we do! Payroll and books for a "
                + "bakery your size is £90 a month; pop in for a coffee first or book a call here: "
                + "https://gilbooks.example/call");
        at(3, "19:50").in(LOCAL_GENERAL).reply(HAL, gil, "Great, I'll pop in on Thursday.");
        at(5, "13:00").in(LOCAL_GENERAL).say(IVY, "Reminder: please like and share my salon's page, it really "
                + "helps a small business! https://facebook.example/ivysalon");
        Post market = at(6, "10:00").in(LOCAL_GENERAL).say(JOY, "Is anyone doing the Christmas market this year?");
        at(6, "10:30").in(LOCAL_GENERAL).reply(HAL, market, "We are, stall 12. Come and say hi!");
    }

    private void openSource() {
        at(1, "08:00").in(OSS_NEWS).say(JON, "New week! Start here: contributing guide "
                + "https://tidepool.example/contributing, good first issues https://tidepool.example/issues/good-first, "
                + "docs https://tidepool.example/docs and our code of conduct https://tidepool.example/conduct");
        Post conflict = at(1, "10:00").in(OSS_HELP).say(MIA, "Sync keeps saying 'conflict' on files I never touched. "
                + "What am I doing wrong?");
        Post clock = at(1, "10:30").in(OSS_HELP).reply(LEV, conflict, "Probably the clocks on your two machines "
                + "disagree. Turn on network time on both and run sync again.");
        at(1, "10:45").in(OSS_HELP).reply(MIA, clock, "That was it, thanks!");
        Post ignore = at(2, "14:00").in(OSS_HELP).say(MIA, "How do I stop it syncing my node_modules folders?");
        Post file = at(2, "14:20").in(OSS_HELP).reply(JON, ignore, "Add them to a .tidepoolignore in the root, same "
                + "syntax as .gitignore. The docs page on ignoring files has examples.");
        at(2, "14:30").in(OSS_HELP).reply(MIA, file, "Perfect, thanks Jon");
        at(2, "16:00").in(OSS_HELP).say(KAI, "@Lev does sync follow symlinks?");
        at(2, "16:10").in(OSS_HELP).say(LEV, "Not by default, pass --follow-links. Careful with links that point "
                + "outside the folder though.");
        at(2, "16:15").in(OSS_HELP).say(KAI, "Ah thanks, that explains the missing photos.");
        Post slow = at(3, "09:00").in(OSS_HELP).say(MIA, "The first sync of my photo folder is really slow, is that "
                + "normal?");
        Post hashes = at(3, "09:40").in(OSS_HELP).reply(LEV, slow, "The first run hashes every file, so yes. After "
                + "that it only checks what changed.");
        at(3, "09:50").in(OSS_HELP).reply(MIA, hashes, "Ok thanks");
        Post pr = at(4, "11:00").in(OSS_CONTRIB).say(LEV, "My PR for Windows long paths is up, reviews welcome: "
                + "https://tidepool.example/pull/412");
        Post review = at(4, "13:00").in(OSS_CONTRIB).reply(JON, pr, "Looks good, one comment on the tests. Thanks "
                + "for picking this up!");
        at(4, "13:30").in(OSS_CONTRIB).reply(LEV, review, "Fixed, thanks Jon.");
        Post fedora = at(4, "15:00").in(OSS_CONTRIB).say(LEV, "@Mia you said you run Fedora, could you try the new "
                + "rpm build on your machine and tell us if it installs? We have nobody on Fedora.");
        Post locked = at(5, "10:00").in(OSS_HELP).say(MIA, "Now sync says a file is locked. Any ideas?");
        Post office = at(5, "10:20").in(OSS_HELP).reply(JON, locked, "Usually an office app holding the file open. "
                + "Close it and sync retries by itself.");
        at(5, "10:25").in(OSS_HELP).reply(MIA, office, "thx");
        fedora.react("👍", JON);
    }

    private void designers() {
        Post specimen = at(1, "10:00").in(DESIGN_GENERAL).say(NIA, "The type specimen @Oren posted last week is "
                + "gorgeous, if you missed it: https://orenletters.example/specimen-halden");
        at(1, "10:30").in(DESIGN_GENERAL).reply(OREN, specimen, "Oh that's kind, thank you Nia!");
        Post grids = at(2, "09:00").in(DESIGN_GENERAL).say(NIA, "Best thing I've read on grid systems in years, by a "
                + "designer I admire: https://designjournal.example/grids-that-breathe");
        at(2, "09:30").in(DESIGN_GENERAL).reply(QIU, grids, "The bit about baseline grids on screens is so good.");
        at(3, "14:00").in(DESIGN_GENERAL).say(PAX, "https://behance.example/paxvisuals/brand-alder");
        at(3, "14:01").in(DESIGN_GENERAL).say(PAX, "https://behance.example/paxvisuals/poster-tide");
        at(3, "14:02").in(DESIGN_GENERAL).say(PAX, "https://behance.example/paxvisuals/app-orbit");
        at(3, "14:03").in(DESIGN_GENERAL).say(PAX, "https://behance.example/paxvisuals/label-fern");
        at(3, "14:04").in(DESIGN_GENERAL).say(PAX, "https://behance.example/paxvisuals/book-cover-salt");
        Post kerning = at(4, "11:00").in(DESIGN_GENERAL).say(QIU, "How do you all handle kerning in variable fonts? "
                + "Mine looks fine at regular and awful at black.");
        Post classes = at(4, "11:30").in(DESIGN_GENERAL).reply(OREN, kerning, "Kern the extremes separately and let "
                + "the interpolation handle the middle. Kerning classes save hours.");
        at(4, "11:45").in(DESIGN_GENERAL).reply(QIU, classes, "Kerning the extremes, of course. Thanks Oren!");
        Post museum = at(5, "16:00").in(DESIGN_GENERAL).say(NIA, "The city museum's new identity is a masterclass in "
                + "restraint: https://museumidentity.example/case-study");
        museum.react("😍", OREN, QIU);
    }

    private void coaches() {
        at(1, "05:30").in(COACHES_GENERAL).say(UMA, "5am session done. I never miss, my discipline is my brand.");
        Post rpe = at(1, "12:00").in(COACHES_GENERAL).say(TESS, "Do you use RPE or percentages with beginners?");
        at(1, "12:30").in(COACHES_GENERAL).reply(RORY, rpe, "Percentages for the first months, RPE once they know "
                + "what a hard set feels like.");
        at(2, "06:00").in(COACHES_GENERAL).say(UMA, "I hit a 140 kg squat today. My best ever. I'm so proud of my "
                + "progress this year.");
        Post checkins = at(2, "09:00").in(COACHES_GENERAL).say(TESS, "@Rory how do you run check-ins with your online "
                + "clients? Weekly form or calls?");
        at(2, "13:00").in(COACHES_GENERAL).say(UMA, "My meal prep for the week: I cook everything on Sunday. My "
                + "kitchen, my rules.");
        at(2, "19:00").in(COACHES_GENERAL).say(UMA, "I just finished my 300th client session. I remember my first "
                + "one, I was so nervous.");
        at(3, "06:00").in(COACHES_GENERAL).say(UMA, "Another 5am. I'm building my empire one rep at a time.");
        Post form = at(3, "19:30").in(COACHES_GENERAL).reply(RORY, checkins, "Sorry Tess, two days of back-to-back "
                + "clients! A short weekly form plus one call a month. The form has my clients rate sleep, stress and "
                + "training from 1 to 5, and I only call when something drops.");
        at(3, "20:00").in(COACHES_GENERAL).reply(TESS, form, "That's so much lighter than what I do. Stealing it!");
        at(4, "06:00").in(COACHES_GENERAL).say(UMA, "I deadlifted 170 today. My back felt strong. I think my new "
                + "program is working for me.");
        at(4, "12:00").in(COACHES_GENERAL).say(UMA, "My new logo is finished and I love it. It's me, my colours, "
                + "my story.");
        Post pull = at(4, "18:00").in(COACHES_WINS).say(RORY, "Huge shout-out to @Sam, who pulled 100 kg today after "
                + "starting at 40 in March! 🎉");
        at(4, "18:30").in(COACHES_WINS).reply(SAM, pull, "Couldn't have done it without you, coach!");
        pull.react("🎉", TESS, SAM);
        at(5, "06:00").in(COACHES_GENERAL).say(UMA, "5am again. I don't rely on motivation, I rely on my habits.");
        at(5, "17:00").in(COACHES_GENERAL).say(UMA, "I'm writing my first ebook about my journey. My story, my "
                + "lessons, my way.");
        at(6, "08:00").in(COACHES_GENERAL).say(UMA, "Saturday long session. My legs are done, my mind is clear, I "
                + "feel unstoppable.");
        Post deload = at(6, "10:00").in(COACHES_GENERAL).say(SAM, "Is a deload week really needed every month?");
        at(6, "10:40").in(COACHES_GENERAL).reply(TESS, deload, "Not on a calendar. When the bar slows down for a week "
                + "or sleep goes, that's the time.");
        at(7, "09:00").in(COACHES_GENERAL).say(UMA, "Rest day for me. I always plan my week on Sunday, it keeps my "
                + "head straight and my goals in front of me.");
    }

    private void lingua() {
        at(1, "09:00").in(LINGUA_RESOURCES).say(WEN, "Free podcast for B1 learners, short episodes with transcripts: "
                + "https://podcastslow.example/espanol");
        Post market = at(2, "10:00").in(LINGUA_PRACTICE).say(YOKO, "Ayer fui al mercado y compré muchos frutas "
                + "para mi familia.");
        at(2, "10:30").in(LINGUA_PRACTICE).joins(XIA);
        Post muchas = at(2, "10:40").in(LINGUA_PRACTICE).reply(WEN, market, "¡Muy bien! Solo una cosa: «muchas "
                + "frutas», porque fruta es femenina.");
        at(2, "11:00").in(LINGUA_PRACTICE).reply(YOKO, muchas, "¡Gracias Wen! Always the gender...");
        at(2, "11:15").in(LINGUA_PRACTICE).reply(XIA, market, "There are several mistakes here. I teach Spanish "
                + "online, €25 an hour, DM me to book a lesson.");
        at(3, "09:00").in(LINGUA_RESOURCES).say(WEN, "Graded readers from the city library, free with a card: "
                + "https://library.example/graded-readers-es");
        Post tutor = at(3, "18:00").in(LINGUA_PRACTICE).say(ANA, "Does anyone here give conversation classes? I have "
                + "my DELE B2 in November and I freeze when I speak.");
        Post zed = at(3, "18:30").in(LINGUA_PRACTICE).reply(ZED, tutor, "I do! I was a DELE examiner for six years. "
                + "€20 for 45 minutes, and the first class is free: https://zedexaminer.example/book");
        at(3, "19:00").in(LINGUA_PRACTICE).reply(ANA, zed, "Free first class, perfect. Booking now!");
        Post weekend = at(4, "20:00").in(LINGUA_PRACTICE).say(ANA, "El fin de semana pasado visité a mi abuela en "
                + "Sevilla y hacía mucho calor.");
        at(4, "20:20").in(LINGUA_PRACTICE).reply(XIA, weekend, "Not bad, but you need a real teacher. My lessons: "
                + "€25 an hour, book here https://xiatutor.example/book");
        at(4, "20:40").in(LINGUA_PRACTICE).reply(YOKO, weekend, "¡Qué bonito! Sevilla en septiembre, uf, qué calor.");
        at(5, "09:00").in(LINGUA_RESOURCES).say(WEN, "News in slow Spanish, a new article every day: "
                + "https://noticiasfacil.example");
    }
}
