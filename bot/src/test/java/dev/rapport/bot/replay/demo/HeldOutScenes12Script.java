package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Held-out scenes, round 12, for {@code rapport eval tips}: written, and labelled in
 * {@code bot/src/test/resources/eval/held-out-scenes-12.csv}, by a writer who read only the README's rule catalogue,
 * the label format and the coaching principles, <em>before</em> the coach was run on them. They measure how the
 * tips carry over to communities nobody tuned the coach on; a change made after reading their errors makes them
 * tuned on.
 *
 * <p>Three weeks from Monday 6 July 2026 (ISO weeks 2026-W28 to W30), in UTC. Eight communities, each its own guild;
 * no person appears in two of them, and no two people share a display name. Run {@link #main} from the project root
 * to regenerate {@code bot/src/test/resources/eval/held-out-scenes-12/} ({@code ScenesAreUpToDateTest} fails when the
 * committed files differ).
 */
public final class HeldOutScenes12Script {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 7, 6);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 7, 27, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(7600);

    // --- 1. A freelance translators' guild ---------------------------------------------------------------------
    static final String LINGUISTS = IDS.guild(420);
    static final Channel LING_INTROS = IDS.channel(LINGUISTS, "Linguist Lounge", "introductions",
            "Introduce yourself: language pairs, specialisms, where you are.", "linguists-introductions.json");
    static final Channel LING_GENERAL = IDS.channel(LINGUISTS, "Linguist Lounge", "general",
            "Shop talk, tools, rates, life.", "linguists-general.json");
    static final Channel LING_JOBS = IDS.channel(LINGUISTS, "Linguist Lounge", "jobs",
            "Clients and agencies post jobs here; translators can post their availability.", "linguists-jobs.json");
    static final Role LING_MOD = new Role(IDS.id("2023-05-02"), "Moderator", "#3498db", 2);
    static final Persona PIETER = IDS.person("pieter.claes", "Pieter");
    static final Persona MARTA = IDS.person("marta_k", "Marta");
    static final Persona INES = IDS.person("inesduarte", "Ines");
    static final Persona SOFIA = IDS.person("sofialind", "Sofia", LING_MOD);
    static final Persona RAJ = IDS.person("raj.lexa", "Raj");
    static final Persona HANNAH = IDS.person("hannah_ober", "Hannah");
    static final Persona BRAM = IDS.person("bramvos", "Bram");
    static final Persona TOMASZ = IDS.person("tomasz.w", "Tomasz");

    // --- 2. A tabletop-RPG publisher's fan server ---------------------------------------------------------------
    static final String HOLLOW = IDS.guild(421);
    static final Channel HM_NEWS = IDS.channel(HOLLOW, "Hollowmere Games", "announcements",
            "News from the Hollowmere team.", "hollowmere-announcements.json");
    static final Channel HM_GENERAL = IDS.channel(HOLLOW, "Hollowmere Games", "general", "Anything Hollowmere.",
            "hollowmere-general.json");
    static final Channel HM_RULES = IDS.channel(HOLLOW, "Hollowmere Games", "rules-questions",
            "Ask about the rules; the team and other players answer.", "hollowmere-rules-questions.json");
    static final Channel HM_HOMEBREW = IDS.channel(HOLLOW, "Hollowmere Games", "homebrew-showcase",
            "Show off your homebrew classes, monsters and adventures.", "hollowmere-homebrew-showcase.json");
    static final Role HM_TEAM = new Role(IDS.id("2023-05-02"), "Team", "#e67e22", 3);
    static final Role HM_BACKER = new Role(IDS.id("2023-05-02"), "Verified Customer", "#2ecc71", 1);
    static final Persona ODETTE = IDS.person("odette_hm", "Odette", HM_TEAM);
    static final Persona WENDELL = IDS.person("wendell.designs", "Wendell", HM_TEAM);
    static final Persona PRIYA = IDS.person("priya_gm", "Priya", HM_BACKER);
    static final Persona LUCAS = IDS.person("lucas_rolls", "Lucas", HM_BACKER);
    static final Persona KASIMIR = IDS.person("kasimir.writes", "Kasimir");
    static final Persona GRETA = IDS.person("greta_dm", "Greta");
    static final Persona AMOS = IDS.person("amos_d20", "Amos", HM_BACKER);

    // --- 3. A local makers' market ------------------------------------------------------------------------------
    static final String MARKET = IDS.guild(422);
    static final Channel MK_NEWS = IDS.channel(MARKET, "Riverside Makers Market", "market-news",
            "Notices from the organisers.", "market-market-news.json");
    static final Channel MK_STALLS = IDS.channel(MARKET, "Riverside Makers Market", "stallholders",
            "Chat for stallholders: pitches, gazebos, card readers, moaning about the weather.",
            "market-stallholders.json");
    static final Channel MK_GENERAL = IDS.channel(MARKET, "Riverside Makers Market", "general",
            "Shoppers and makers together.", "market-general.json");
    static final Channel MK_INTROS = IDS.channel(MARKET, "Riverside Makers Market", "introductions",
            "New here? Say hello.", "market-introductions.json");
    static final Channel MK_DM = new Channel(Channel.DIRECT_MESSAGES_GUILD, "Direct Messages", IDS.id("2026-07-14"),
            "DirectTextChat", null, "Private", "Ffion", null, "market-direct-darius-ffion.json");
    static final Role MK_STAFF = new Role(IDS.id("2023-05-02"), "Organiser", "#9b59b6", 3);
    static final Persona BERNADETTE = IDS.person("bernadette_rmm", "Bernadette", MK_STAFF);
    static final Persona FFION = IDS.person("ffionsfire", "Ffion");
    static final Persona JOAQUIN = IDS.person("joaquin.turns", "Joaquin");
    static final Persona LILY = IDS.person("lily.h", "Lily");
    static final Persona OREN = IDS.person("oren_clay", "Oren");
    static final Persona DARIUS = IDS.person("darius.payflow", "Darius");
    static final Persona NKECHI = IDS.person("nkechi_o", "Nkechi");

    // --- 4. A circle of bootstrapped SaaS founders --------------------------------------------------------------
    static final String FOUNDERS = IDS.guild(423);
    static final Channel FD_INTROS = IDS.channel(FOUNDERS, "Bootstrapped Founders", "intros",
            "Who are you, what are you building?", "founders-intros.json");
    static final Channel FD_GENERAL = IDS.channel(FOUNDERS, "Bootstrapped Founders", "general", null,
            "founders-general.json");
    static final Channel FD_ROAST = IDS.channel(FOUNDERS, "Bootstrapped Founders", "roast-my-page",
            "Post your landing page, get honest feedback. Give some back.", "founders-roast-my-page.json");
    static final Channel FD_WINS = IDS.channel(FOUNDERS, "Bootstrapped Founders", "wins",
            "Share your milestones, big or small.", "founders-wins.json");
    static final Persona HARRIET = IDS.person("harriet.builds", "Harriet");
    static final Persona TOBIAS = IDS.person("tobias_saas", "Tobias");
    static final Persona FELIX = IDS.person("felix.ships", "Felix");
    static final Persona NADIA = IDS.person("nadia_k", "Nadia");
    static final Persona QUENTIN = IDS.person("quentin.mod", "Quentin");
    static final Persona SUNITA = IDS.person("sunita_r", "Sunita");
    static final Persona MATEO = IDS.person("mateo.dev", "Mateo");

    // --- 5. An open-source mapping library's support server (nobody sells) -----------------------------------
    static final String TESS = IDS.guild(424);
    static final Channel TS_NEWS = IDS.channel(TESS, "Tessellate", "announcements", "Releases and project news.",
            "tessellate-announcements.json");
    static final Channel TS_HELP = IDS.channel(TESS, "Tessellate", "help",
            "Questions about using Tessellate. Include your version.", "tessellate-help.json");
    static final Channel TS_GENERAL = IDS.channel(TESS, "Tessellate", "general", "Contributors and users chat.",
            "tessellate-general.json");
    static final Channel TS_SHOWCASE = IDS.channel(TESS, "Tessellate", "showcase",
            "Built something with Tessellate? Show us.", "tessellate-showcase.json");
    static final Role TS_MAINT = new Role(IDS.id("2023-05-02"), "Maintainer", "#1abc9c", 2);
    static final Persona REN = IDS.person("ren.tiles", "Ren", TS_MAINT);
    static final Persona YUSUF = IDS.person("yusuf_gis", "Yusuf", TS_MAINT);
    static final Persona LOTTE = IDS.person("lotte.maps", "Lotte");
    static final Persona KAI = IDS.person("kai_webgl", "Kai");
    static final Persona BEA = IDS.person("bea.carto", "Bea");
    static final Persona DMITRI = IDS.person("dmitri_flood", "Dmitri");
    static final Persona ANOUK = IDS.person("anouk.dev", "Anouk");

    // --- 6. A network of fitness coaches ------------------------------------------------------------------------
    static final String COACHES = IDS.guild(425);
    static final Channel CC_INTROS = IDS.channel(COACHES, "Coach Collective", "introductions",
            "Introduce yourself and your coaching niche.", "coaches-introductions.json");
    static final Channel CC_GENERAL = IDS.channel(COACHES, "Coach Collective", "general", "Coaches talking shop.",
            "coaches-general.json");
    static final Channel CC_REFERRALS = IDS.channel(COACHES, "Coach Collective", "referrals",
            "Pass on clients you can't take, or ask for a referral.", "coaches-referrals.json");
    static final Channel CC_WINS = IDS.channel(COACHES, "Coach Collective", "client-wins",
            "Celebrate your clients' wins.", "coaches-client-wins.json");
    static final Role CC_MOD = new Role(IDS.id("2023-05-02"), "Mod", "#e74c3c", 2);
    static final Persona BRODY = IDS.person("brody.strength", "Brody");
    static final Persona KAYLA = IDS.person("kayla.lifts", "Kayla");
    static final Persona MAYA = IDS.person("maya_moves", "Maya");
    static final Persona LEON = IDS.person("leon.pt", "Leon");
    static final Persona IMANI = IDS.person("imani_coach", "Imani", CC_MOD);
    static final Persona RHYS = IDS.person("rhys.runs", "Rhys");
    static final Persona CARMEN = IDS.person("carmen.fit", "Carmen");
    static final Persona DEX = IDS.person("dex.coaching", "Dex");

    // --- 7. A photography critique club -------------------------------------------------------------------------
    static final String PHOTO = IDS.guild(426);
    static final Channel PH_CRITIQUE = IDS.channel(PHOTO, "Contact Sheet", "critique",
            "Post one image and ask for critique. Give some back.", "photo-critique.json");
    static final Channel PH_GENERAL = IDS.channel(PHOTO, "Contact Sheet", "general", null, "photo-general.json");
    static final Channel PH_GEAR = IDS.channel(PHOTO, "Contact Sheet", "gear-talk", "Cameras, lenses, bags.",
            "photo-gear-talk.json");
    static final Channel PH_WALKS = IDS.channel(PHOTO, "Contact Sheet", "photo-walks",
            "The club's monthly photo walks.", "photo-photo-walks.json");
    static final Role PH_ORG = new Role(IDS.id("2023-05-02"), "Club organiser", "#f1c40f", 2);
    static final Persona OTTILIE = IDS.person("ottilie.frames", "Ottilie");
    static final Persona MALCOLM = IDS.person("malcolm_35mm", "Malcolm");
    static final Persona AIYANA = IDS.person("aiyana.light", "Aiyana");
    static final Persona HUGO = IDS.person("hugo_f8", "Hugo");
    static final Persona GIDEON = IDS.person("gideon.prints", "Gideon");
    static final Persona SEREN = IDS.person("seren_walks", "Seren", PH_ORG);
    static final Persona WES = IDS.person("wes.street", "Wes");

    // --- 8. A wedding vendors' referral group -------------------------------------------------------------------
    static final String AISLE = IDS.guild(427);
    static final Channel AT_INTROS = IDS.channel(AISLE, "Aisle Together", "introductions",
            "New vendors: say hello, tell us what you do and where.", "aisle-introductions.json");
    static final Channel AT_GENERAL = IDS.channel(AISLE, "Aisle Together", "general", "Vendor chat.",
            "aisle-general.json");
    static final Channel AT_REFERRALS = IDS.channel(AISLE, "Aisle Together", "referrals",
            "Pass on enquiries you can't take. Tag the vendor.", "aisle-referrals.json");
    static final Channel AT_DM = new Channel(Channel.DIRECT_MESSAGES_GUILD, "Direct Messages", IDS.id("2026-07-20"),
            "DirectTextChat", null, "Private", "Anya", null, "aisle-direct-trent-anya.json");
    static final Role AT_ADMIN = new Role(IDS.id("2023-05-02"), "Admin", "#95a5a6", 2);
    static final Persona COLETTE = IDS.person("colette.plans", "Colette");
    static final Persona DOMINIC = IDS.person("dominic.photo", "Dominic");
    static final Persona ANYA = IDS.person("anya.blooms", "Anya");
    static final Persona TRENT = IDS.person("trent.bloomleads", "Trent");
    static final Persona ROSALIND = IDS.person("rosalind.cakes", "Rosalind");
    static final Persona ELIAS = IDS.person("elias.dj", "Elias");
    static final Persona JUNO = IDS.person("juno.venue", "Juno", AT_ADMIN);

    private final Story s;

    private HeldOutScenes12Script(Story story) {
        this.s = story;
    }

    static List<Channel> channels() {
        return List.of(LING_INTROS, LING_GENERAL, LING_JOBS,
                HM_NEWS, HM_GENERAL, HM_RULES, HM_HOMEBREW,
                MK_NEWS, MK_STALLS, MK_GENERAL, MK_INTROS, MK_DM,
                FD_INTROS, FD_GENERAL, FD_ROAST, FD_WINS,
                TS_NEWS, TS_HELP, TS_GENERAL, TS_SHOWCASE,
                CC_INTROS, CC_GENERAL, CC_REFERRALS, CC_WINS,
                PH_CRITIQUE, PH_GENERAL, PH_GEAR, PH_WALKS,
                AT_INTROS, AT_GENERAL, AT_REFERRALS, AT_DM);
    }

    static List<Persona> people() {
        return List.of(PIETER, MARTA, INES, SOFIA, RAJ, HANNAH, BRAM, TOMASZ,
                ODETTE, WENDELL, PRIYA, LUCAS, KASIMIR, GRETA, AMOS,
                BERNADETTE, FFION, JOAQUIN, LILY, OREN, DARIUS, NKECHI,
                HARRIET, TOBIAS, FELIX, NADIA, QUENTIN, SUNITA, MATEO,
                REN, YUSUF, LOTTE, KAI, BEA, DMITRI, ANOUK,
                BRODY, KAYLA, MAYA, LEON, IMANI, RHYS, CARMEN, DEX,
                OTTILIE, MALCOLM, AIYANA, HUGO, GIDEON, SEREN, WES,
                COLETTE, DOMINIC, ANYA, TRENT, ROSALIND, ELIAS, JUNO);
    }

    /** Every file of the round: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        Story story = new Story(FIRST_MONDAY, 21, ZoneOffset.UTC, people());
        HeldOutScenes12Script script = new HeldOutScenes12Script(story);
        script.linguists();
        script.hollowmere();
        script.market();
        script.founders();
        script.tessellate();
        script.coaches();
        script.photo();
        script.aisle();
        return new ExportWriter(EXPORTED_AT).files(channels(), story.posts());
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-12"), files(),
                "held-out scenes, round 12");
    }

    private Post say(int day, String time, Channel channel, Persona who, String text) {
        return s.at(day, time).in(channel).say(who, text);
    }

    private Post reply(int day, String time, Channel channel, Persona who, Post to, String text) {
        return s.at(day, time).in(channel).reply(who, to, text);
    }

    private void joins(int day, String time, Channel channel, Persona who) {
        s.at(day, time).in(channel).joins(who);
    }

    private void linguists() {
        // Week 1 (W28)
        joins(1, "09:05", LING_INTROS, MARTA);
        Post marta = say(1, "09:10", LING_INTROS, MARTA, "Hi all! Marta here, PL>EN and EN>PL, mostly medical and pharma "
                + "(clinical trial docs, patient leaflets, the odd device manual). Based in Gdańsk, freelance for 6 years "
                + "after 4 in-house at an LSP. Portfolio is here https://martakowalczyk.pl/portfolio and feel free to "
                + "connect on LinkedIn https://www.linkedin.com/in/marta-kowalczyk-translator 🙂");
        Post welcome = reply(1, "09:40", LING_INTROS, SOFIA, marta, "Welcome Marta! Medical PL is a great combo, we get "
                + "asked for it more often than you'd think");
        welcome.react("❤️", MARTA);
        reply(1, "10:02", LING_INTROS, MARTA, welcome, "thank you! happy to be here, lurked for a few weeks already lol");
        say(1, "11:30", LING_GENERAL, BRAM, "anyone else's Trados license server down this morning or is it just me");
        say(1, "11:34", LING_GENERAL, PIETER, "works here. did you try signing out of the RWS account thing? that fixed "
                + "it for me last time");
        say(1, "11:51", LING_GENERAL, BRAM, "that did it, cheers Pieter");
        say(2, "08:55", LING_JOBS, PIETER, "Available from 13 July for NL>EN and DE>EN technical: machinery manuals, "
                + "ISO docs, patents. 10+ years, Trados and memoQ. DM me for rates.");
        Post rajJob = say(2, "14:20", LING_JOBS, RAJ, "Hi all, Raj from Lexa Localisation. We need a PT(BR)>EN translator "
                + "for an e-commerce site, approx 18k words, deadline 24 July. Please reply with your rate and a sample "
                + "of similar work 🙏");
        Post ines = reply(2, "14:51", LING_JOBS, INES, rajJob, "Hi Raj, that's right up my street, I've done two Shopify "
                + "stores and a fashion retailer from Brazilian Portuguese. Samples: https://inesduarte.com/samples "
                + "and my rate for e-commerce is 0.11 EUR/word. Happy to do a 300 word test");
        reply(2, "15:10", LING_JOBS, RAJ, ines, "Thanks Ines, sending the test piece over by email now");
        say(3, "10:05", LING_GENERAL, INES, "question for the room: how do you all handle clients who send scanned PDFs "
                + "of invoices and expect a word count quote??");
        say(3, "10:20", LING_GENERAL, SOFIA, "I quote per page for scans, or add an OCR fee. never word rate on scans, "
                + "you always lose");
        say(3, "10:22", LING_GENERAL, PIETER, "+1 to page rate. I also ask for the source file first, half the time "
                + "they have the docx somewhere");
        say(3, "10:41", LING_GENERAL, INES, "page rate it is. thanks both");
        say(4, "16:00", LING_GENERAL, BRAM, "off topic but the heat in Utrecht today is unreal, working from the basement");
        say(4, "16:12", LING_GENERAL, MARTA, "34 degrees in Gdańsk too, the fan is doing nothing");
        say(5, "09:30", LING_JOBS, RAJ, "Update: the PT>EN job is filled, thanks to everyone who applied!")
                .react("👍", INES, SOFIA);

        // Week 2 (W29): Pieter talks shop all week with fellow translators; a direct client's request in #jobs waits.
        Post memoq = say(8, "09:15", LING_GENERAL, PIETER, "memoQ 11 upgrade, worth it? my 9.x is getting creaky");
        Post bram = reply(8, "09:25", LING_GENERAL, BRAM, memoq, "worth it just for the new QA profiles imo");
        reply(8, "09:31", LING_GENERAL, PIETER, bram, "did your TMs carry over ok or did you have to re-import");
        say(8, "09:40", LING_GENERAL, BRAM, "carried over fine. termbases needed a re-index though");
        say(8, "09:44", LING_GENERAL, PIETER, "ok good to know, will do it friday then");
        Post hannah = say(9, "10:02", LING_JOBS, HANNAH, "Hello! I run a small hardware startup in Rotterdam (we make smart "
                + "irrigation valves). We need our installation manual and app texts translated Dutch > English, "
                + "around 9,000 words, by mid August. Never hired a translator before, how does this usually work? "
                + "Any NL>EN people here?");
        say(9, "11:10", LING_GENERAL, PIETER, "rates question: are you all still doing per word for post-editing MT or "
                + "moved to hourly?");
        Post sofia = say(9, "11:18", LING_GENERAL, SOFIA, "hourly for PEMT. per word gets you killed when the MT is "
                + "garbage");
        say(9, "11:20", LING_GENERAL, INES, "hourly, and I ask to see a sample of the MT output before agreeing");
        reply(9, "11:26", LING_GENERAL, PIETER, sofia, "yeah. an agency offered me 0.04/word for PEMT on a machine manual "
                + "last month, declined");
        say(9, "11:30", LING_GENERAL, SOFIA, "good for you");
        say(10, "13:40", LING_GENERAL, PIETER, "@Bram did you ever get paid by that Belgian agency, the one with the 90 "
                + "day terms?");
        say(10, "14:05", LING_GENERAL, BRAM, "finally yes, day 97 😂");
        say(10, "14:08", LING_GENERAL, PIETER, "lol. still chasing them myself, might send a formal notice");
        say(10, "16:20", LING_GENERAL, MARTA, "@Sofia sorry to bother, do you know any decent EN>PL pharma glossaries? "
                + "the EMA ones are a bit thin");
        say(10, "16:45", LING_GENERAL, SOFIA, "not for PL sadly, but Ines might, she collects them");
        say(10, "17:02", LING_GENERAL, INES, "@Marta check the URPL terminology list, it's old but solid. I'll dig out "
                + "the link tonight");
        say(11, "09:00", LING_GENERAL, INES, "anyone going to a conference this autumn?");
        say(11, "09:20", LING_GENERAL, PIETER, "not ATA this year, maybe the ITI one in the UK");
        Post iti = say(11, "09:22", LING_GENERAL, SOFIA, "I'm going to ITI! let's meet up Pieter");
        reply(11, "09:25", LING_GENERAL, PIETER, iti, "deal, first coffee's on me");
        say(12, "15:30", LING_GENERAL, PIETER, "@Ines what was that terminology extraction tool you mentioned last month?");
        say(12, "15:50", LING_GENERAL, INES, "SketchEngine. paid, but the trial is decent");
        say(12, "15:52", LING_GENERAL, PIETER, "thanks!");

        // Week 3 (W30)
        reply(15, "09:12", LING_JOBS, BRAM, hannah, "Hi Hannah, sorry for the slow replies here! I do NL>EN but mostly "
                + "legal. @Pieter does technical manuals, he'd be the one to ask");
        Post pieter = reply(15, "10:30", LING_JOBS, PIETER, hannah, "Hi Hannah, sorry I missed this last week! Yes, NL>EN "
                + "technical manuals are most of what I do. Usually you send the files, I quote per word with a "
                + "delivery date, and for app texts I'd want the string file plus a few screenshots so the short "
                + "labels make sense. Happy to look at the manual first, no obligation");
        reply(15, "11:02", LING_JOBS, HANNAH, pieter, "That's really helpful, thank you! I'll email the files today")
                .react("👍", PIETER);
        say(16, "10:10", LING_GENERAL, MARTA, "has anyone used Phrase (the TMS) as a freelancer? a client wants me to "
                + "work in it");
        say(16, "10:31", LING_GENERAL, INES, "yes, it's fine in the browser, the desktop editor is meh");
        say(16, "10:33", LING_GENERAL, MARTA, "thanks Ines 🙏 and thanks for the URPL list, it's perfect");
        joins(17, "08:40", LING_INTROS, TOMASZ);
        Post tomasz = say(17, "08:47", LING_INTROS, TOMASZ, "Cześć / hallo! Tomasz, legal and financial PL>DE, based in "
                + "Wrocław. Mostly contracts and annual reports. Nice to meet you all");
        reply(17, "09:30", LING_INTROS, SOFIA, tomasz, "Welcome Tomasz! We're short on PL>DE, glad to have you");
        reply(17, "09:58", LING_INTROS, MARTA, tomasz, "hej, fellow Pole! welcome 🙂");
        say(18, "12:00", LING_GENERAL, SOFIA, "Reminder: co-working call this Friday 10:00 CET, same link as always "
                + "in the pinned message");
        say(19, "11:05", LING_GENERAL, BRAM, "co-working was nice today, got 3k words done while pretending to be "
                + "social");
        say(19, "11:20", LING_GENERAL, TOMASZ, "same here, first time joining, will be back");
        // Ordinary days.
        say(5, "15:00", LING_GENERAL, SOFIA, "friday poll: what's the weirdest thing you've translated this year? mine "
                + "is a 40 page manual for a cat litter robot");
        say(5, "15:12", LING_GENERAL, BRAM, "tattoo aftercare leaflet in 6 languages lol");
        say(5, "15:30", LING_GENERAL, INES, "a breakup letter. the client wanted it 'less harsh' in English 😬");
        say(5, "15:34", LING_GENERAL, SOFIA, "Ines wins");
        say(19, "18:00", LING_GENERAL, RAJ, "Heads up: we'll have a big DE>EN automotive project in September, I'll "
                + "post it in #jobs when the client signs");
    }

    private void hollowmere() {
        // Week 1 (W28)
        say(1, "17:00", HM_NEWS, WENDELL, "Patch notes for the Quickstart PDF v1.2 are up on your account page: "
                + "clearer grapple rules and the missing lantern table. Thanks to everyone who reported them!")
                .react("🎉", PRIYA, LUCAS, AMOS);
        Post grapple = say(1, "19:20", HM_RULES, LUCAS, "does grappling still use the Might test in 1.2 or is it "
                + "contested now?");
        reply(1, "19:41", HM_RULES, WENDELL, grapple, "contested now: Might vs the target's Might or Grace, whichever "
                + "they like. Page 31");
        say(1, "19:45", HM_RULES, LUCAS, "ah nice, much better. thanks Wendell");
        Post greta = say(2, "20:10", HM_HOMEBREW, GRETA, "Made a homebrew class, the Bellringer (support caster who "
                + "buffs through sound, rings a bell to end conditions). Doc here: "
                + "https://docs.google.com/document/d/1bellringer-hm/edit . Would love feedback on balance, I'm "
                + "worried the level 5 feature is broken");
        Post amos = reply(2, "21:02", HM_HOMEBREW, AMOS, greta, "love the flavour. level 5 'Toll' is strong but only if "
                + "you let it stack with Rally, I'd say once per scene and it's fine");
        reply(2, "21:15", HM_HOMEBREW, GRETA, amos, "once per scene is a good shout, updating it. thank you!");
        say(3, "18:30", HM_GENERAL, PRIYA, "our table finally finished the Mirefen arc last night. 7 months. the "
                + "ending with the drowned bell had one of my players in actual tears");
        say(3, "18:42", HM_GENERAL, AMOS, "the bell scene gets everyone. congrats on finishing!");
        say(3, "18:50", HM_GENERAL, ODETTE, "Priya this made my day, passing it on to the writers ❤️");
        say(4, "12:15", HM_GENERAL, KASIMIR, "anyone tried running Hollowmere one-shots for total beginners? doing one "
                + "at my local library next month");
        say(4, "12:40", HM_GENERAL, LUCAS, "the Quickstart adventure works great for that, pregens included");
        say(4, "12:44", HM_GENERAL, KASIMIR, "perfect, thanks");
        say(5, "10:00", HM_GENERAL, GRETA, "random q, what's everyone's favourite monster from the core book");
        say(5, "10:16", HM_GENERAL, AMOS, "the lantern eel. no contest");
        say(5, "10:31", HM_GENERAL, PRIYA, "hollow hounds, my players are still scared of them");

        // Week 2 (W29): the team launches a Kickstarter; a verified customer's question to the community manager waits.
        Post ks = say(8, "16:00", HM_NEWS, ODETTE, "It's live!! The Hollowmere: Saltmarsh Companion Kickstarter is up: "
                + "https://www.kickstarter.com/projects/hollowmere/saltmarsh-companion . New region, 3 adventures, "
                + "the tide-caller class. Early bird PDF tier until Thursday midnight 🎉");
        ks.react("🎉", LUCAS, AMOS, GRETA);
        ks.react("🔥", KASIMIR);
        Post priya = say(9, "09:30", HM_RULES, PRIYA, "@Odette hi! is the errata PDF for chapter 3 (the stealth rules) "
                + "still coming? our next session is Saturday and it hits that chapter, the table is a mess right now "
                + "with the two contradicting tables");
        Post where = say(9, "12:10", HM_GENERAL, LUCAS, "where do I back if I already have the core book, is there an "
                + "add-on?");
        reply(9, "12:35", HM_GENERAL, ODETTE, where, "Yes! pick any tier and add the core book discount in the "
                + "pledge manager later, here: https://www.kickstarter.com/projects/hollowmere/saltmarsh-companion");
        say(9, "12:40", HM_GENERAL, LUCAS, "backed 👍");
        say(10, "15:00", HM_GENERAL, ODETTE, "We're 140% funded in a day, honestly speechless. Thank you all");
        say(10, "15:20", HM_GENERAL, AMOS, "deserved! the tide-caller art is gorgeous");
        say(10, "15:31", HM_GENERAL, ODETTE, "right?? Wendell did those, I'll tell him");
        say(11, "11:00", HM_NEWS, ODETTE, "Early bird ends tonight at midnight UK time! "
                + "https://www.kickstarter.com/projects/hollowmere/saltmarsh-companion");
        say(11, "21:40", HM_RULES, PRIYA, "still hoping for an answer on the errata, we're improvising the stealth "
                + "table on Saturday I guess");
        say(12, "14:05", HM_GENERAL, ODETTE, "Stretch goal unlocked: the Reedwitch monster pack! Next up, a printed "
                + "map of the marsh");
        say(12, "14:30", HM_GENERAL, GRETA, "the map!!! come on everyone");

        // Week 3 (W30): a fan's own third-party adventure, posted into three channels within the hour.
        say(15, "19:02", HM_GENERAL, KASIMIR, "Made a thing! 'The Drowned Abbey', a third-party adventure for "
                + "Hollowmere, levels 3-5, pay what you want: https://kasimir-writes.itch.io/drowned-abbey");
        say(15, "19:10", HM_HOMEBREW, KASIMIR, "my new adventure module is out, PWYW, 28 pages with maps: "
                + "https://kasimir-writes.itch.io/drowned-abbey");
        say(15, "19:48", HM_RULES, KASIMIR, "btw if anyone needs a ready made level 3 dungeon for this weekend, mine's "
                + "here https://kasimir-writes.itch.io/drowned-abbey");
        say(16, "10:00", HM_NEWS, WENDELL, "Errata for chapter 3 (stealth) is now on your account page. Sorry it took "
                + "so long, the Kickstarter ate our week.");
        say(16, "10:40", HM_RULES, PRIYA, "the errata is up, thank you Wendell! perfect timing");
        say(17, "20:00", HM_GENERAL, LUCAS, "ran the lantern eel on my players tonight. they did not enjoy it. i did");
        say(17, "20:12", HM_GENERAL, GRETA, "😂 as it should be");
        say(18, "18:20", HM_HOMEBREW, GRETA, "Bellringer v2 is in the same doc, capped Toll at once per scene, thanks "
                + "@Amos");
        say(18, "19:00", HM_HOMEBREW, AMOS, "nice, will try it at my table next week");
        // Ordinary days.
        Post dice = say(2, "18:00", HM_GENERAL, AMOS, "what dice is everyone using for Hollowmere? the official "
                + "marsh-green set or your own?");
        reply(2, "18:20", HM_GENERAL, LUCAS, dice, "official set, but the d10 rolls low I swear");
        reply(2, "18:31", HM_GENERAL, GRETA, dice, "a purple set my sister gave me. cursed, perfect for a GM");
        say(3, "20:00", HM_RULES, AMOS, "can a hollow hound's howl stack with fear from the lantern eel?");
        say(3, "20:25", HM_RULES, WENDELL, "no, fear doesn't stack, the higher one applies. good q though, adding it "
                + "to the FAQ");
        say(3, "20:27", HM_RULES, AMOS, "ty!");
        say(8, "16:30", HM_GENERAL, GRETA, "backed within 4 minutes, the tide-caller is mine");
        say(8, "16:45", HM_GENERAL, AMOS, "same, went for the hardcover");
        say(8, "17:10", HM_GENERAL, ODETTE, "you lot are the best 😭 thank you");
        say(10, "19:00", HM_HOMEBREW, LUCAS, "made a swamp hag statblock for my players, level 6 boss. "
                + "https://homebrewery.naturalcrit.com/share/lucas-swamp-hag . does 3 attacks a round seem too much?");
        say(10, "19:40", HM_HOMEBREW, GRETA, "3 is a lot at level 6 if they all hit, maybe 2 plus the curse?");
        say(10, "19:45", HM_HOMEBREW, LUCAS, "yeah fair, will drop one");
        say(13, "12:00", HM_GENERAL, ODETTE, "Also just a reminder that the Discord is the best place to reach us "
                + "during the campaign, we read everything 💛");
        say(13, "13:10", HM_GENERAL, KASIMIR, "any chance the Saltmarsh maps will be in the VTT pack?");
        say(13, "13:30", HM_GENERAL, ODETTE, "yes! VTT versions of every map are in the digital tiers");
        say(16, "11:00", HM_GENERAL, AMOS, "errata's up btw for anyone who was waiting on the stealth stuff");
        say(19, "10:30", HM_GENERAL, GRETA, "last night's session: the tide-caller preview class is very fun to play");
        say(19, "10:50", HM_GENERAL, WENDELL, "so glad to hear it! any bits that felt off?");
        say(19, "11:05", HM_GENERAL, GRETA, "the undertow ability is a bit confusing, does it move them 2 or 3 zones?");
        say(19, "11:20", HM_GENERAL, WENDELL, "2, the text is wrong in the preview, fixing it. thanks Greta!");
    }

    private void market() {
        // Week 1 (W28): the organiser's own market, its booking form brought up again.
        say(1, "08:30", MK_NEWS, BERNADETTE, "July market is Saturday 11th, 9-3 on the riverside car park. Stall "
                + "booking form is open till Thursday: https://riversidemakers.org/book");
        say(1, "10:15", MK_STALLS, JOAQUIN, "anyone know if we're on the grass or the tarmac this time? my table legs "
                + "sink on grass");
        say(1, "10:40", MK_STALLS, OREN, "tarmac I think, the grass bit is roped off for the food trucks");
        say(1, "10:42", MK_STALLS, JOAQUIN, "phew");
        say(2, "13:00", MK_GENERAL, FFION, "New summer scents at my stall this Saturday: fig leaf, sea salt and "
                + "rhubarb 🌿");
        say(2, "13:30", MK_GENERAL, LILY, "ooh rhubarb. saving my pennies");
        Post form = say(3, "19:05", MK_STALLS, JOAQUIN, "where's the booking form again? can't find the email");
        reply(3, "19:20", MK_STALLS, BERNADETTE, form, "here you go: https://riversidemakers.org/book . closes "
                + "Thursday midnight");
        say(3, "19:22", MK_STALLS, JOAQUIN, "booked, ta");
        say(4, "09:00", MK_NEWS, BERNADETTE, "Last call, stall booking closes tonight! Form: "
                + "https://riversidemakers.org/book . We've got 6 pitches left.");
        Post wraps = say(4, "18:10", MK_GENERAL, NKECHI, "does anyone here sell beeswax food wraps? birthday present for "
                + "my sister, she's gone plastic-free");
        Post ffion = reply(4, "18:32", MK_GENERAL, FFION, wraps, "I do! I'm at pitch 14 on Saturday, or there's the "
                + "online shop if you can't make it: https://ffionsfire.co.uk/wraps");
        reply(4, "18:40", MK_GENERAL, NKECHI, ffion, "amazing, I'll come find you Saturday");
        say(6, "16:30", MK_STALLS, OREN, "good market today! sold out of the speckled mugs by 11");
        say(6, "16:45", MK_STALLS, FFION, "best one this year for me. the wind was rude though");
        say(6, "17:02", MK_STALLS, JOAQUIN, "lost a gazebo leg to that wind. weights next time");
        say(6, "18:00", MK_GENERAL, NKECHI, "got the wraps, sister loves them, thank you @Ffion!")
                .react("❤️", FFION);

        // Week 2 (W29): a new member selling card readers.
        joins(8, "09:20", MK_INTROS, DARIUS);
        say(8, "09:25", MK_INTROS, DARIUS, "Hi all, Darius here. I work with small retailers and market traders on "
                + "payments. Based in town, love a market.");
        say(8, "10:00", MK_INTROS, BERNADETTE, "Welcome Darius!");
        Post fees = say(8, "15:40", MK_STALLS, OREN, "card reader fees are eating me alive this summer, 1.69% on every "
                + "£8 mug adds up");
        say(8, "15:52", MK_STALLS, FFION, "same. I put a £5 minimum on cards, nobody has complained");
        reply(9, "08:50", MK_STALLS, DARIUS, fees, "That's exactly what we fix! PayFlow readers are 0.9% flat for "
                + "market traders, no monthly fee. Grab 15 mins with me this week and I'll show you the numbers: "
                + "https://calendly.com/darius-payflow/15min");
        say(9, "09:30", MK_STALLS, OREN, "ta, I'll stick with what I've got for now");
        say(10, "11:15", MK_DM, DARIUS, "Hi Ffion! Saw your candles in the market chat, lovely stuff. Quick one: we "
                + "help stallholders cut card fees to 0.9%. Got 15 minutes this week? "
                + "https://calendly.com/darius-payflow/15min");
        say(10, "13:02", MK_DM, FFION, "Hi, thanks but I'm happy with my reader for now");
        say(11, "10:00", MK_NEWS, BERNADETTE, "August market date confirmed: Saturday 8th. Booking opens next week.");
        say(12, "17:30", MK_GENERAL, LILY, "anyone know if the bakery van is coming back in August? those cardamom "
                + "buns haunt me");
        say(12, "17:48", MK_GENERAL, JOAQUIN, "think so, Bernadette said they've booked");

        // Week 3 (W30): a returning customer asks a maker about a commission.
        Post lily = say(15, "19:00", MK_GENERAL, LILY, "@Oren hi! I bought the big blue serving bowl off you in June "
                + "and I love it. Do you take commissions? I'd like a set of 6 mugs to match, wedding present, needed "
                + "by end of August. Is that doable?");
        say(16, "09:10", MK_STALLS, OREN, "anyone got recommendations for gazebo weights that actually work? "
                + "after Joaquin's flying leg I'm nervous");
        say(16, "09:30", MK_STALLS, JOAQUIN, "water weights, 15kg each. don't bother with the sand ones");
        say(16, "09:33", MK_STALLS, OREN, "15 each, per leg? that's heavy to lug");
        say(16, "09:40", MK_STALLS, JOAQUIN, "trolley. life changing");
        say(17, "14:20", MK_STALLS, OREN, "ordered the water weights. wish me luck");
        say(17, "20:15", MK_GENERAL, LILY, "no worries if mugs aren't possible, just let me know either way 🙂");
        say(18, "10:05", MK_STALLS, OREN, "kiln firing today so I'm glazing all weekend, anyone else doing the August "
                + "one?");
        say(18, "10:20", MK_STALLS, FFION, "yes! next to you again I hope");
        Post welcome = say(18, "12:00", MK_NEWS, BERNADETTE, "August booking is open: "
                + "https://riversidemakers.org/book . Same pitches as July unless you tell me otherwise.");
        welcome.react("👍", JOAQUIN, FFION, OREN);
        say(19, "11:00", MK_GENERAL, NKECHI, "my sister wants more wraps lol, @Ffion will you have the large ones in "
                + "August?");
        say(19, "11:40", MK_GENERAL, FFION, "@Nkechi yes, making a big batch next week!");
        // Ordinary days.
        say(2, "20:00", MK_GENERAL, LILY, "first time coming to the market this Saturday, is there parking nearby?");
        say(2, "20:15", MK_GENERAL, JOAQUIN, "the leisure centre car park is free on saturdays, 2 mins walk");
        say(2, "20:20", MK_GENERAL, LILY, "perfect, thank you!");
        say(5, "21:00", MK_STALLS, FFION, "forecast says gusts of 30mph tomorrow, everyone bring weights");
        say(5, "21:10", MK_STALLS, JOAQUIN, "I have bricks. very professional");
        say(6, "15:30", MK_GENERAL, LILY, "lovely market today! got a chopping board from Joaquin's stall, it's "
                + "beautiful").react("❤️", JOAQUIN, BERNADETTE);
        say(6, "15:45", MK_GENERAL, JOAQUIN, "thanks Lily! oil it once a month and it'll last forever");
        say(10, "09:00", MK_STALLS, JOAQUIN, "anyone got a spare trestle table for August? one of mine cracked");
        say(10, "09:40", MK_STALLS, FFION, "I've got one in the garage you can borrow");
        say(10, "09:42", MK_STALLS, JOAQUIN, "legend");
        say(13, "18:00", MK_GENERAL, NKECHI, "is the market dog friendly? asking for my very nosy spaniel");
        say(13, "18:30", MK_GENERAL, BERNADETTE, "dogs on leads are very welcome! there's a water bowl at the info "
                + "tent");
        say(17, "12:00", MK_STALLS, FFION, "anyone else's card reader battery dying by 1pm? need a power bank rec");
        say(17, "12:20", MK_STALLS, JOAQUIN, "anker 10000, lasts me two markets");
        say(20, "10:00", MK_GENERAL, NKECHI, "can't wait for August, the food trucks were the best bit last time");
        say(20, "10:30", MK_GENERAL, BERNADETTE, "we've got a new dumpling truck coming 🥟 see you all there");
    }

    private void founders() {
        // Week 1 (W28)
        say(1, "08:10", FD_INTROS, FELIX, "hey all, Felix. building a tiny invoicing tool for freelance "
                + "photographers, 14 paying users so far, solo, nights and weekends. here to learn");
        say(1, "08:40", FD_INTROS, QUENTIN, "Welcome Felix! 14 paying is 14 more than most ideas get");
        Post sunita = say(1, "12:00", FD_ROAST, SUNITA, "Roast my pricing page pls, conversions from pricing to signup "
                + "are awful (0.8%): https://shelfwise.app/pricing . be honest, I can take it");
        Post nadia = reply(1, "12:40", FD_ROAST, NADIA, sunita, "three plans that differ by one feature each, I couldn't "
                + "tell which one was for me. I'd cut to two and put the annual toggle above the cards not under");
        Post mateo = reply(1, "13:05", FD_ROAST, MATEO, sunita, "also the CTA says 'Get started' on all three, maybe say "
                + "what happens (free 14 days, no card?)");
        reply(1, "13:30", FD_ROAST, SUNITA, nadia, "ugh you're right about the plans. thank you");
        reply(1, "13:32", FD_ROAST, SUNITA, mateo, "good point, we do have no-card trial and don't say it anywhere 🤦");
        Post mateoPage = say(2, "10:00", FD_ROAST, MATEO, "my turn I guess: https://pingwell.io . uptime monitoring for "
                + "agencies. what's unclear?");
        reply(2, "10:35", FD_ROAST, SUNITA, mateoPage, "hero says 'peace of mind' but not who it's for until the third "
                + "section. I'd lead with 'uptime monitoring your agency clients can see'");
        say(2, "10:50", FD_ROAST, MATEO, "oh that's good, stealing that");
        say(3, "09:00", FD_WINS, TOBIAS, "Small one but I'm proud of it: my bookkeeping app crossed $5k MRR this "
                + "morning, 22 months after I launched it on a Friday night with 3 users. I quit my job in March and "
                + "I was terrified that I had made a huge mistake. I almost gave up twice in the winter. What got me "
                + "here: I answered every support email myself, I shipped something every week, and I stopped "
                + "building features nobody asked for. Next goal for me is $10k and my first hire. Thanks to "
                + "everyone in here who talked me off the ledge in February, you know who you are ❤️")
                .react("🎉", NADIA, QUENTIN, SUNITA, FELIX, MATEO);
        say(3, "09:30", FD_GENERAL, NADIA, "congrats Tobias, that's massive");
        say(3, "09:40", FD_GENERAL, TOBIAS, "thanks Nadia, you were one of the ledge people");
        Post v2 = say(4, "15:00", FD_ROAST, SUNITA, "v2 after your notes: https://shelfwise.app/pricing . two plans, "
                + "trial said up front. better or worse?");
        reply(4, "15:40", FD_ROAST, NADIA, v2, "much clearer. I'd still drop the FAQ accordion lower, but this is way "
                + "better");
        say(4, "15:45", FD_ROAST, SUNITA, "🙏");

        // Week 2 (W29): a founder's week of talking about herself; a newcomer helped again and again.
        Post week = say(8, "09:00", FD_GENERAL, SUNITA, "how's everyone's week starting?");
        reply(8, "09:40", FD_GENERAL, HARRIET, week, "Honestly mine is wild. We launched our new scheduling engine on "
                + "Friday and I haven't slept. Our signups doubled over the weekend, I think my landing page rewrite "
                + "finally worked. I'm now rebuilding our onboarding because our activation is still stuck at 30%. My "
                + "cofounder and I are also rethinking our pricing, we'll probably move to per-seat. I'll post our "
                + "numbers at the end of the month!");
        Post tax = say(8, "11:00", FD_GENERAL, FELIX, "how do you all handle EU VAT with Stripe? do I need Stripe Tax or "
                + "is there a cheaper way");
        reply(8, "11:25", FD_GENERAL, NADIA, tax, "under the threshold you can use the OSS scheme and just collect the "
                + "country, Stripe Tax is worth it once you're in lots of countries. I'd switch it on, it's 0.5% and "
                + "saves you a day a quarter");
        say(8, "11:30", FD_GENERAL, FELIX, "ok thanks, turning it on");
        say(9, "10:00", FD_GENERAL, HARRIET, "Quick update from me: my onboarding rebuild is done. I cut our setup "
                + "from 7 steps to 3 and my activation went to 41% in a day. I'm so happy with how we did it, I "
                + "wrote the new flow myself last night. Our next step is an in-app checklist, I'm designing it "
                + "tonight");
        say(9, "10:20", FD_GENERAL, QUENTIN, "41% is a big jump, nice");
        reply(9, "10:30", FD_GENERAL, HARRIET, week, "and we hit 400 users, my best week ever. I'm going to do a "
                + "proper write-up for my blog, our story is a good one I think");
        say(10, "09:15", FD_GENERAL, HARRIET, "Also our churn dropped to 3% this month, I think because I now email "
                + "every new user personally. I'm really proud of my little team, we've come so far since our beta");
        Post churn = say(10, "14:00", FD_GENERAL, FELIX, "anyone have a good template for a cancellation email? "
                + "people churn and I never find out why");
        reply(10, "14:30", FD_GENERAL, NADIA, churn, "one question, plain text, from you not 'the team': 'Hey, saw you "
                + "cancelled. Mind telling me the one thing that would have made you stay?' I get ~30% replies");
        say(10, "14:33", FD_GENERAL, FELIX, "perfect thanks");
        say(11, "16:00", FD_GENERAL, MATEO, "anyone moved from SES to Postmark for transactional email? worth the "
                + "price?");
        say(11, "16:40", FD_GENERAL, TOBIAS, "yes, deliverability went up noticeably for us. it's not cheap though");
        say(11, "17:05", FD_GENERAL, HARRIET, "We use Postmark, I set it up in our first week and we never looked "
                + "back. My whole stack is pretty boring on purpose, I think our boring stack is why we ship so fast");
        Post pricing = say(12, "09:30", FD_GENERAL, FELIX, "should I show prices in USD only or local currency? most of "
                + "my users are UK and DE");
        reply(12, "09:50", FD_GENERAL, NADIA, pricing, "local currency if most are UK/DE, it noticeably helps "
                + "conversion. Stripe does it for you. @Felix btw you were at the Lisbon indie meetup in June right? "
                + "was it worth going? thinking of the autumn one");
        reply(12, "10:15", FD_GENERAL, MATEO, pricing, "+1 local. also round the numbers, £9 not £8.73");
        say(12, "10:20", FD_GENERAL, FELIX, "makes sense, thanks both");
        say(13, "08:45", FD_GENERAL, FELIX, "one more: how many emails is too many in a trial? I send 5 in 14 days");
        say(13, "09:10", FD_GENERAL, TOBIAS, "5 is fine if each one helps them do something");

        // Week 3 (W30)
        say(15, "10:00", FD_WINS, SUNITA, "Pricing page v2 conversion went from 0.8% to 2.1% over two weeks. Thank "
                + "you @Nadia and @Mateo for the roast!").react("🔥", NADIA, MATEO, TOBIAS);
        say(16, "11:20", FD_GENERAL, QUENTIN, "Monthly founders call is Thursday 18:00 UTC, same link. Bring one "
                + "problem");
        say(17, "09:00", FD_GENERAL, HARRIET, "Question: how do you decide when to hire your first support person? "
                + "I'm answering 40 tickets a day myself");
        say(17, "09:25", FD_GENERAL, TOBIAS, "when it stops you shipping. for me that was ~25 a day");
        say(17, "09:31", FD_GENERAL, HARRIET, "yeah that's past me then. thanks Tobias, how did you find yours?");
        say(17, "09:40", FD_GENERAL, TOBIAS, "a customer who kept answering other customers in my forum, honestly");
        say(18, "14:00", FD_GENERAL, FELIX, "sorry all, been heads down. @Nadia yes Lisbon was great, go! "
                + "small and friendly");
        say(18, "14:20", FD_GENERAL, NADIA, "ooh good to hear, booking it");
        // Ordinary days.
        say(1, "20:00", FD_GENERAL, QUENTIN, "what's everyone working on this week? one line each");
        say(1, "20:10", FD_GENERAL, NADIA, "migrating billing to Paddle, pray for me");
        say(1, "20:15", FD_GENERAL, MATEO, "status page redesign");
        say(1, "20:20", FD_GENERAL, TOBIAS, "hiring, or at least thinking about it");
        say(2, "13:00", FD_GENERAL, FELIX, "anyone know if Plausible or Fathom is better for a tiny site? just want "
                + "pageviews");
        say(2, "13:20", FD_GENERAL, MATEO, "plausible, and self-host it if you're cheap like me");
        say(2, "13:25", FD_GENERAL, FELIX, "cheap like you, will try it");
        say(5, "16:00", FD_GENERAL, NADIA, "Paddle migration done, zero failed renewals. I'm going to lie down");
        say(5, "16:10", FD_GENERAL, SUNITA, "congrats!! that's the scariest migration there is");
        say(14, "19:00", FD_GENERAL, MATEO, "weekend off for once. any podcast recs for a long drive?");
        say(14, "19:20", FD_GENERAL, QUENTIN, "Indie Hackers episodes with the boring businesses are my favourite");
        say(14, "19:25", FD_GENERAL, MATEO, "perfect, downloading");
        say(19, "09:00", FD_ROAST, QUENTIN, "new homepage for the community site, does it explain what we do? "
                + "https://bootstrappedfounders.club");
        say(19, "09:40", FD_ROAST, SUNITA, "yes but the join button is below the fold on mobile");
        say(19, "09:45", FD_ROAST, QUENTIN, "good catch, moving it");
    }

    private void tessellate() {
        // Week 1 (W28): a maintainer points three people to the same page of the docs.
        say(1, "09:00", TS_NEWS, YUSUF, "Tessellate 3.4.0 is out: vector tile styling expressions, faster label "
                + "placement, and a fix for the antimeridian wrap bug. Changelog: "
                + "https://github.com/tessellate-maps/tessellate/releases/tag/v3.4.0").react("🎉", KAI, BEA, ANOUK);
        Post kai = say(1, "14:20", TS_HELP, KAI, "3.4.0, my GeoJSON layer shows up shifted ~200m from the basemap. Data "
                + "is in EPSG:27700 (British National Grid). do I have to reproject myself?");
        reply(1, "14:45", TS_HELP, YUSUF, kai, "you can pass the source CRS and let Tessellate reproject, see "
                + "https://tessellate.dev/docs/projections#custom-crs . you need to register the proj4 string for "
                + "27700 first");
        say(1, "15:10", TS_HELP, KAI, "that fixed it, thanks!! the shift was the datum then");
        Post bea = say(2, "10:30", TS_HELP, BEA, "how do I use a polar projection (EPSG:3413)? tiles come out as a "
                + "smear");
        reply(2, "10:52", TS_HELP, YUSUF, bea, "polar needs a custom tile grid as well as the CRS, same page, further "
                + "down: https://tessellate.dev/docs/projections#custom-crs");
        say(2, "11:30", TS_HELP, BEA, "got it working, the tile grid was the bit I was missing");
        Post dmitri = say(3, "16:00", TS_HELP, DMITRI, "is there a way to show two layers in different CRSs on one "
                + "map? I have 4326 rivers and 3857 tiles");
        reply(3, "16:20", TS_HELP, YUSUF, dmitri, "yes, each source can declare its own CRS and gets reprojected to "
                + "the view: https://tessellate.dev/docs/projections#custom-crs (the 'per-source' example)");
        say(3, "16:31", TS_HELP, DMITRI, "ah perfect, ty");
        say(4, "11:00", TS_GENERAL, ANOUK, "started on the tile cache eviction issue (#398), LRU by bytes instead of "
                + "count. PR in a few days");
        say(4, "11:20", TS_GENERAL, REN, "great, that one's been bugging people for ages");
        say(5, "17:45", TS_GENERAL, LOTTE, "heads up: I'm on holiday until the 24th, no laptop. back then! 🏖");
        say(5, "17:50", TS_GENERAL, REN, "enjoy Lotte!");

        // Week 2 (W29): a contributor's review request to a maintainer waits; a question waits for someone on holiday.
        Post pr = say(8, "10:00", TS_GENERAL, ANOUK, "@Ren could you take a look at my PR #412 (tile cache eviction) "
                + "when you get a chance? #415 depends on it and I'd like to get both in before 3.5");
        Post wms = say(8, "13:00", TS_GENERAL, KAI, "@Lotte you wrote the WMS loader right? does it support the TIME "
                + "dimension? want to animate radar frames");
        Post label = say(8, "15:00", TS_HELP, BEA, "labels overlap at zoom 4-6 since 3.4.0, anyone else?");
        reply(8, "15:30", TS_HELP, REN, label, "known, it's the new placement pass. set labelCollision: 'strict' "
                + "until 3.4.1");
        say(8, "15:40", TS_HELP, BEA, "works, thanks Ren");
        Post mobile = say(9, "09:20", TS_HELP, DMITRI, "pinch zoom on iOS Safari jumps around on 3.4. known?");
        reply(9, "10:05", TS_HELP, REN, mobile, "yes, #409, fix is merged, will be in 3.4.1 this week");
        say(10, "14:00", TS_NEWS, REN, "3.4.1 is out: label collision fix, iOS pinch zoom fix. "
                + "https://github.com/tessellate-maps/tessellate/releases/tag/v3.4.1");
        say(10, "14:30", TS_GENERAL, REN, "release done, next up is the 3.5 planning issue, comments welcome");
        say(10, "18:00", TS_SHOWCASE, DMITRI, "Built a flood-risk viewer for our county council's open data with "
                + "Tessellate: https://floodview.dmitri.dev . river gauges refresh every 15 min. open source too, "
                + "feedback welcome").react("🔥", REN, KAI, ANOUK);
        say(11, "11:00", TS_GENERAL, ANOUK, "bump on #412 if anyone else can review, it's small");
        Post heat = say(11, "16:10", TS_HELP, KAI, "heatmap layer, is radius in pixels or metres?");
        reply(11, "16:30", TS_HELP, REN, heat, "pixels by default, set radiusUnits: 'meters' for metres");
        say(12, "10:00", TS_GENERAL, REN, "3.5 planning: I'd like to drop IE-era polyfills. objections?");
        say(12, "10:20", TS_GENERAL, BEA, "none from me");
        say(14, "12:00", TS_SHOWCASE, DMITRI, "flood viewer update: added the historic flood outlines layer and a "
                + "share button. https://floodview.dmitri.dev (the 2007 floods layer is wild)")
                .react("👀", BEA, KAI);

        // Week 3 (W30)
        say(15, "09:30", TS_GENERAL, REN, "@Anouk so sorry, #412 slipped past me during the release. reviewing it "
                + "this morning");
        say(15, "11:00", TS_GENERAL, ANOUK, "no worries, thanks!");
        say(16, "10:00", TS_HELP, BEA, "is there a way to export the current view as PNG?");
        say(16, "10:40", TS_HELP, KAI, "map.toImage() since 3.2, returns a blob");
        say(16, "10:45", TS_HELP, BEA, "ty Kai");
        say(20, "09:10", TS_GENERAL, LOTTE, "back from holiday! catching up on 200 notifications 😅");
        reply(20, "09:40", TS_GENERAL, LOTTE, wms, "@Kai yes, TIME is supported since 3.1, pass time: '2026-07-20T10:00Z' "
                + "in the layer params. for animation loop over the frames and call setParams");
        say(20, "10:05", TS_GENERAL, KAI, "amazing, thank you Lotte, welcome back!");
        say(21, "11:00", TS_GENERAL, YUSUF, "#412 and #415 merged, thanks Anouk, great work").react("🎉", ANOUK, REN);
        // Ordinary days.
        say(2, "15:00", TS_GENERAL, KAI, "does anyone else get weirdly attached to their basemap styles? spent 3 "
                + "hours on road colours today");
        say(2, "15:10", TS_GENERAL, ANOUK, "every time. the water colour alone took me a week once");
        say(3, "10:00", TS_HELP, BEA, "how do I set a max zoom per layer? my satellite tiles run out at 17");
        say(3, "10:20", TS_HELP, REN, "maxZoom on the source, and overzoom: true if you want it to stretch the z17 "
                + "tiles");
        say(3, "10:25", TS_HELP, BEA, "oh nice, thanks");
        say(6, "11:00", TS_GENERAL, DMITRI, "council finally agreed to publish the gauge data as open data!");
        say(6, "11:30", TS_GENERAL, YUSUF, "that's great news, share what you build with it");
        say(9, "14:00", TS_HELP, KAI, "map.fitBounds ignores my padding option on 3.4.1, known?");
        say(9, "14:40", TS_HELP, YUSUF, "padding moved into an options object in 3.4, fitBounds(b, { padding: 20 })");
        say(9, "14:45", TS_HELP, KAI, "ah, works. changelog reading skills: low");
        say(13, "16:00", TS_GENERAL, BEA, "anyone going to FOSS4G this year?");
        say(13, "16:20", TS_GENERAL, YUSUF, "I am, giving a short talk on tile caching");
        say(13, "16:25", TS_GENERAL, BEA, "ooh I'll come");
        say(17, "13:00", TS_HELP, DMITRI, "what's the best way to show 5000 gauge points without killing the "
                + "browser?");
        say(17, "13:30", TS_HELP, YUSUF, "cluster source, it's built in since 3.0, handles 100k fine");
        say(17, "13:40", TS_HELP, DMITRI, "works beautifully, thanks Yusuf");
        say(18, "09:00", TS_GENERAL, ANOUK, "starting on #420 (vector tile worker pool) next, if nobody else has");
        say(18, "09:30", TS_GENERAL, REN, "all yours, ping me on the PR");
    }

    private void coaches() {
        // Week 1 (W28): a coach's cohort pushed three times; an introduction with a handle.
        joins(1, "07:50", CC_INTROS, MAYA);
        Post maya = say(1, "08:00", CC_INTROS, MAYA, "Hi everyone! I'm Maya, pre and postnatal coach in Bristol, "
                + "mostly small group classes plus some online clients. I post a lot of core rehab stuff on insta "
                + "@mayamovesmamas if you want to follow along. Excited to learn from you all");
        reply(1, "08:30", CC_INTROS, IMANI, maya, "Welcome Maya! We don't have a pre/postnatal specialist yet, people "
                + "will be messaging you for referrals");
        reply(1, "09:10", CC_INTROS, LEON, maya, "welcome! followed, your diastasis content is great");
        say(2, "07:30", CC_GENERAL, BRODY, "Summer SHRED cohort starts the 20th 💪 8 weeks, $149, only 10 spots. DM me "
                + "'SHRED' to grab one");
        Post parq = say(2, "12:00", CC_GENERAL, CARMEN, "does anyone have a good client intake / PAR-Q form they'd share? "
                + "mine is a messy google form from 2019");
        reply(2, "12:25", CC_GENERAL, LEON, parq, "here's mine, make a copy and change whatever: "
                + "https://docs.google.com/document/d/1leon-intake-form/copy . covers meds, injuries, goals, "
                + "sleep");
        say(2, "12:40", CC_GENERAL, CARMEN, "this is so much better than mine, thank you Leon!!");
        say(3, "18:00", CC_GENERAL, RHYS, "how do you all handle clients who ghost for 2 weeks then come back like "
                + "nothing happened");
        say(3, "18:20", CC_GENERAL, IMANI, "no guilt, just restart with a check-in call. they ghost because they feel "
                + "bad, not because they don't care");
        say(3, "18:26", CC_GENERAL, RHYS, "that's a kind way to see it, will try");
        say(4, "07:15", CC_GENERAL, BRODY, "Only 6 SHRED spots left! Doors close Sunday. DM me 'SHRED' 🔥");
        say(4, "12:00", CC_WINS, RHYS, "my client Jan (62) ran his first 10k on Sunday. 14 months ago he couldn't "
                + "jog to the postbox").react("🙌", IMANI, LEON, CARMEN, MAYA);
        say(5, "07:20", CC_WINS, BRODY, "another SHRED grad down 6kg and deadlifting bodyweight! this could be you, "
                + "last 4 spots, DM me 'SHRED'");
        say(5, "09:00", CC_GENERAL, CARMEN, "anyone doing CPD this summer? looking at a kettlebell cert");
        say(5, "09:30", CC_GENERAL, LEON, "the RKC one is good but pricey, there's a cheaper UK one that's just as "
                + "solid, I'll find the name");

        // Week 2 (W29): follow requests to people she has never talked with.
        say(8, "08:00", CC_INTROS, KAYLA, "hey! Kayla, online strength coach for women, mostly via insta");
        say(8, "08:20", CC_INTROS, IMANI, "welcome Kayla!");
        say(9, "09:00", CC_GENERAL, KAYLA, "hey coaches! I just hit 2k followers on insta 🎉 would you mind giving my "
                + "page a follow? @kaylalifts . trying to get to 5k by September 🙏");
        Post rhysWin = say(10, "12:00", CC_WINS, RHYS, "client Priti deadlifted 100kg today, she started with the "
                + "empty bar in January 🙌");
        reply(10, "12:30", CC_WINS, KAYLA, rhysWin, "Congrats! Could you follow my page too? @kaylalifts, I post "
                + "women's strength stuff 🙏");
        reply(10, "13:00", CC_WINS, IMANI, rhysWin, "amazing progress, well coached Rhys");
        say(11, "10:00", CC_GENERAL, KAYLA, "@Carmen would you mind liking my latest reel? the algorithm is brutal "
                + "this week https://www.instagram.com/reel/kaylalifts-hinge-101");
        say(11, "10:30", CC_GENERAL, CARMEN, "sure");
        Post need = say(11, "14:00", CC_REFERRALS, LEON, "I've got an enquiry from a client in Leeds I can't take (I'm "
                + "full + I'm in Sheffield). 40s, back pain, wants 1:1 in person. anyone local?");
        reply(11, "14:20", CC_REFERRALS, RHYS, need, "me! I'm in Headingley and do a lot of back pain clients. DM me "
                + "and I'll take it from there");
        reply(11, "14:30", CC_REFERRALS, LEON, need, "sent you a DM Rhys, thanks");
        say(12, "08:30", CC_GENERAL, MAYA, "@Leon did you find the name of that kettlebell cert? asking for Carmen and "
                + "me lol");
        say(12, "09:00", CC_GENERAL, LEON, "@Maya yes sorry! Kettlebell Academy UK, the level 1 is two weekends");
        say(13, "16:00", CC_GENERAL, KAYLA, "also if anyone wants to do a follow-for-follow I'm in! @kaylalifts");

        // Week 3 (W30)
        Post postnatal = say(15, "10:00", CC_REFERRALS, IMANI, "a client of mine just had a baby and wants to come "
                + "back to training in Bristol, @Maya are you taking new people?");
        reply(15, "10:45", CC_REFERRALS, MAYA, postnatal, "yes! thank you Imani, send her my way, I have two group "
                + "spots and one 1:1");
        say(16, "19:00", CC_GENERAL, CARMEN, "signed up for the kettlebell cert, thanks both 🙏");
        say(17, "07:00", CC_GENERAL, BRODY, "question for the group: how are you pricing online coaching vs in "
                + "person? I'm rethinking mine");
        say(17, "07:40", CC_GENERAL, LEON, "online at about 60% of in-person for me, but with fewer check-ins");
        say(17, "07:45", CC_GENERAL, IMANI, "I price by outcome/term rather than format, 12 weeks is 12 weeks");
        say(17, "08:10", CC_GENERAL, BRODY, "interesting, that makes sense Imani. thanks both");
        say(18, "10:00", CC_WINS, MAYA, "my first postnatal group graduated today, 6 mums, all back to running "
                + "pain-free ❤️").react("❤️", IMANI, LEON, CARMEN);
        // Ordinary days.
        say(1, "17:00", CC_GENERAL, IMANI, "Welcome to all the new folks this month! Reminder that #referrals is "
                + "for passing on clients, and we do a peer call on the first Thursday");
        say(3, "09:00", CC_GENERAL, MAYA, "how do you all structure a first session with someone who's nervous about "
                + "gyms?");
        say(3, "09:30", CC_GENERAL, LEON, "no gym floor at all for session 1, just a walk and a chat, then bodyweight "
                + "in a quiet corner");
        say(3, "09:40", CC_GENERAL, CARMEN, "I do the same, plus I send them a photo of where we'll meet");
        say(3, "09:45", CC_GENERAL, MAYA, "love both, thank you");
        say(7, "18:00", CC_GENERAL, RHYS, "sunday long run done, 22k, legs are gone");
        say(7, "18:15", CC_GENERAL, CARMEN, "respect. I did 22 minutes");
        say(9, "12:00", CC_GENERAL, LEON, "anyone using an app for programming clients? tired of spreadsheets");
        say(9, "12:30", CC_GENERAL, IMANI, "Trainerize, it's fine, clients like the videos");
        say(9, "12:35", CC_GENERAL, RHYS, "spreadsheet gang forever");
        say(14, "10:00", CC_GENERAL, CARMEN, "heatwave tip: moved all my outdoor sessions to 7am, clients are "
                + "grumpy but alive");
        say(14, "10:20", CC_GENERAL, MAYA, "same, and electrolytes in everyone's bottle");
        say(16, "09:00", CC_GENERAL, RHYS, "the Leeds client Leon passed on started today, lovely guy. thanks "
                + "again @Leon");
        say(16, "09:30", CC_GENERAL, LEON, "great to hear!");
        say(19, "17:00", CC_GENERAL, IMANI, "peer call recording from Thursday is in the drive, topic was pricing");
        say(19, "17:30", CC_GENERAL, BRODY, "missed it, will watch, thanks Imani");
        // A newcomer who posts his daily tips to the room and talks with nobody.
        joins(12, "07:00", CC_INTROS, DEX);
        Post dex = say(12, "07:05", CC_INTROS, DEX, "Dex here, online coach, 10 years in the game. Here to add value");
        reply(12, "08:00", CC_INTROS, IMANI, dex, "welcome Dex!");
        say(15, "06:30", CC_GENERAL, DEX, "Monday reminder: your clients don't need more motivation, they need a "
                + "system. Build the habit, not the hype.");
        say(15, "17:00", CC_GENERAL, DEX, "Tip: if your client misses two sessions in a row, it's not laziness, it's "
                + "friction. Find it and remove it.");
        say(16, "06:30", CC_GENERAL, DEX, "Protein first, every meal. Simple beats perfect.");
        say(16, "18:10", CC_GENERAL, DEX, "Unpopular opinion: most of you are undercharging. Charge for the "
                + "transformation, not the hour.").react("👀", BRODY);
        say(17, "06:30", CC_GENERAL, DEX, "Your clients are watching how you live, not what you post. Walk the talk.");
        say(17, "19:00", CC_GENERAL, DEX, "Sleep is the most underrated PED. Ask every client about it in week 1.");
        say(18, "06:30", CC_GENERAL, DEX, "Consistency > intensity. Every. Single. Time.");
        say(18, "16:45", CC_GENERAL, DEX, "If you're not filming your clients' lifts you're guessing.");
        say(19, "06:30", CC_GENERAL, DEX, "Friday thought: the best coaches are the best listeners.");
        say(19, "18:00", CC_GENERAL, DEX, "Weekend challenge: message 3 old clients just to ask how they're doing. "
                + "No pitch.");
        say(20, "08:00", CC_GENERAL, DEX, "Saturday reminder: rest is part of the program.");
    }

    private void photo() {
        // Week 1 (W28): the club's photo walk, its sign-up brought up again.
        say(1, "10:00", PH_WALKS, SEREN, "July photo walk: Saturday 11th, 7am at the harbour steps (golden hour + "
                + "fish market). Sign up so I know numbers: https://forms.gle/contactsheet-july-walk");
        Post wes = say(2, "19:00", PH_CRITIQUE, WES, "first street portrait I've asked a stranger for, be brutal: "
                + "https://www.flickr.com/photos/wesstreet/53800000001");
        reply(2, "19:30", PH_CRITIQUE, MALCOLM, wes, "you got a real expression out of him, that's the hard part. the "
                + "background lamppost growing out of his head is the easy fix, step half a metre left next time");
        reply(2, "20:05", PH_CRITIQUE, HUGO, wes, "agree with Malcolm. I'd also try it in b&w, the red van behind "
                + "pulls the eye");
        say(2, "20:20", PH_CRITIQUE, WES, "lamppost 🤦 didn't even see it. thanks both");
        Post walk = say(3, "12:00", PH_GENERAL, AIYANA, "is the walk this month beginner friendly? only have my phone "
                + "and a very old canon");
        reply(3, "12:20", PH_GENERAL, SEREN, walk, "totally, half of us use phones at some point. sign up here so I "
                + "save you a coffee: https://forms.gle/contactsheet-july-walk");
        say(3, "12:25", PH_GENERAL, AIYANA, "signed up!");
        say(4, "09:00", PH_GEAR, HUGO, "thinking of a 35mm prime for street. Fuji 35 f2 or the f1.4?");
        say(4, "09:30", PH_GEAR, MALCOLM, "f2. faster AF, weather sealed, you won't miss the extra stop on the street");
        say(4, "09:45", PH_GEAR, GIDEON, "+1 f2. the 1.4 has character but it hunts");
        say(4, "10:00", PH_GEAR, HUGO, "f2 it is. thanks");
        say(5, "18:00", PH_WALKS, SEREN, "Reminder: walk is tomorrow 7am, harbour steps! 9 signed up, still room: "
                + "https://forms.gle/contactsheet-july-walk").react("👍", AIYANA, MALCOLM);
        say(6, "13:00", PH_WALKS, AIYANA, "that was SO fun, thank you Seren. the fish market at 7am is another world");
        say(6, "13:20", PH_WALKS, MALCOLM, "good turnout! post your favourites in critique everyone");

        // Week 2 (W29): someone takes critique on three days and gives none.
        Post ott1 = say(8, "20:00", PH_CRITIQUE, OTTILIE, "first try at a long exposure, waves at the harbour wall. "
                + "what would you change? https://www.flickr.com/photos/ottilie/53810000001");
        reply(8, "20:30", PH_CRITIQUE, MALCOLM, ott1, "lovely smooth water. horizon is tilted ~2 degrees and the wall "
                + "cuts the frame in half, I'd put it on a third");
        reply(8, "21:10", PH_CRITIQUE, AIYANA, ott1, "the colours are gorgeous, I'd crop a bit off the top, the sky "
                + "is empty");
        say(8, "21:15", PH_CRITIQUE, OTTILIE, "thank you!! will fix the horizon");
        Post aiy = say(9, "19:00", PH_CRITIQUE, AIYANA, "phone shot from the walk, fish market. does the composition "
                + "work or is it too busy? https://www.flickr.com/photos/aiyana/53815000001");
        reply(9, "19:40", PH_CRITIQUE, HUGO, aiy, "busy but in a good way, the gull in the top corner is a nice "
                + "surprise. I'd darken the bright bucket bottom left");
        say(9, "19:25", PH_GENERAL, OTTILIE, "does anyone know if the harbour car park is free after 6pm? going back "
                + "for more blue hour");
        say(9, "19:45", PH_GENERAL, WES, "free after 6 yes, the machine lies");
        Post ott2 = say(10, "19:30", PH_CRITIQUE, OTTILIE, "another one, harbour at blue hour, is it too dark? "
                + "https://www.flickr.com/photos/ottilie/53820000002");
        reply(10, "19:50", PH_CRITIQUE, HUGO, ott2, "not too dark, but the boat lights are clipping. try bracketing");
        reply(10, "20:30", PH_CRITIQUE, MALCOLM, ott2, "mood is lovely. I'd lift the shadows on the boat hulls a touch");
        say(10, "20:35", PH_CRITIQUE, OTTILIE, "thanks both!");
        Post hugo = say(11, "18:00", PH_CRITIQUE, HUGO, "landscape from the moors, I think it's flat but can't say "
                + "why. any thoughts? https://www.flickr.com/photos/hugof8/53825000001");
        say(11, "18:30", PH_GEAR, OTTILIE, "finally bought a proper tripod, no more balancing the camera on my bag");
        Post ott3 = say(12, "18:10", PH_CRITIQUE, OTTILIE, "ok last one from the harbour set, I cropped and fixed the "
                + "horizon like you said. better? https://www.flickr.com/photos/ottilie/53810000003");
        reply(12, "18:40", PH_CRITIQUE, AIYANA, ott3, "so much better! the wall on the third works");
        say(12, "18:45", PH_CRITIQUE, OTTILIE, "yay, thank you Aiyana");
        reply(13, "09:00", PH_CRITIQUE, MALCOLM, hugo, "it's flat because the light is overhead, no shadows to shape "
                + "the hills. same spot an hour before sunset and it'll sing");
        say(13, "09:20", PH_CRITIQUE, HUGO, "that makes total sense, going back Sunday evening");

        // Week 3 (W30): someone drops a row of his print shop's links.
        say(17, "21:00", PH_GENERAL, GIDEON, "new print drop! harbour series, A3 giclée: "
                + "https://gideonprints.shop/p/harbour-dawn");
        say(17, "21:02", PH_GENERAL, GIDEON, "https://gideonprints.shop/p/net-mender");
        say(17, "21:03", PH_GENERAL, GIDEON, "https://gideonprints.shop/p/gull-storm");
        say(17, "21:05", PH_GENERAL, GIDEON, "and the big one https://gideonprints.shop/p/lighthouse-long-exposure 🔥");
        say(18, "10:00", PH_WALKS, SEREN, "August walk: botanical gardens, Sat 8th, 9am. sign up opens next week");
        say(18, "10:30", PH_GENERAL, WES, "the botanical gardens in August will be all bees and tourists, love it");
        say(19, "15:00", PH_GEAR, OTTILIE, "what ND filter do people use for long exposures? mine has a colour cast");
        say(19, "15:20", PH_GEAR, MALCOLM, "Kase or Nisi, both neutral. the cheap ones go magenta at 10 stops");
        say(19, "15:25", PH_GEAR, OTTILIE, "that explains the magenta! thank you Malcolm");
        // Ordinary days.
        say(1, "20:00", PH_GENERAL, HUGO, "anyone else shooting the meteor shower next month? scouting dark spots");
        say(1, "20:20", PH_GENERAL, MALCOLM, "the reservoir car park is properly dark, went last year");
        say(1, "20:25", PH_GENERAL, HUGO, "noted, thanks");
        say(7, "10:00", PH_GENERAL, WES, "film people: where do you get 120 developed locally now? my lab closed");
        say(7, "10:30", PH_GENERAL, MALCOLM, "Harbour Film Lab by the station, they're quick and careful");
        say(7, "10:35", PH_GENERAL, WES, "legend, ty");
        say(14, "17:00", PH_GENERAL, SEREN, "thank you all for the critique channel lately, it's been really kind "
                + "and useful");
        say(14, "17:20", PH_GENERAL, AIYANA, "it's the nicest corner of the internet honestly");
        say(15, "19:00", PH_GEAR, WES, "second hand Ricoh GR, worth it at £500?");
        say(15, "19:20", PH_GEAR, HUGO, "if the sensor's clean yes, they hold value");
        say(15, "19:22", PH_GEAR, GIDEON, "check for dust on the sensor, GR2s are known for it");
        say(15, "19:30", PH_GEAR, WES, "good tips, will ask the seller for a test shot at f16");
        say(20, "11:00", PH_CRITIQUE, WES, "tried the portrait again, stepped left this time 😅 "
                + "https://www.flickr.com/photos/wesstreet/53840000002");
        say(20, "11:30", PH_CRITIQUE, MALCOLM, "no lamppost! and the light on his face is lovely. much stronger");
        say(20, "11:35", PH_CRITIQUE, WES, "thanks Malcolm 🙏");
    }

    private void aisle() {
        // Week 1 (W28): a florist's busy week of shop talk with the other vendors.
        joins(1, "09:00", AT_INTROS, ROSALIND);
        Post ros = say(1, "09:10", AT_INTROS, ROSALIND, "Hello! Rosalind, wedding cakes, based near Frome, covering "
                + "Somerset and Wiltshire. Mostly naked cakes and pressed flower designs. Website if you're curious: "
                + "https://rosalindcakes.co.uk");
        reply(1, "09:40", AT_INTROS, JUNO, ros, "Welcome Rosalind! Our couples ask for cake recommendations constantly");
        reply(1, "10:05", AT_INTROS, ANYA, ros, "welcome!! pressed flower cakes, we need to talk, I have SO many "
                + "offcuts");
        reply(1, "10:30", AT_INTROS, ROSALIND, ros, "@Anya yes please!! edible ones though 😂");
        say(1, "10:35", AT_INTROS, ANYA, "haha noted, I'll grow some violas and calendula for you");
        say(2, "08:30", AT_GENERAL, ANYA, "who else is doing the Hartley Barn fair in September? trying to decide "
                + "if it's worth the £250");
        say(2, "08:50", AT_GENERAL, ELIAS, "did it last year, got 3 bookings, so yes for me");
        say(2, "09:00", AT_GENERAL, ANYA, "3 is decent. did you have a big stand or just a table?");
        say(2, "09:15", AT_GENERAL, ELIAS, "just a table and a speaker, people came over for the music");
        say(2, "09:20", AT_GENERAL, ANYA, "ok I'm in. might share a table with someone if anyone's up for it");
        say(2, "09:40", AT_GENERAL, COLETTE, "I'll share with you Anya, planners and florists go well together");
        say(2, "09:42", AT_GENERAL, ANYA, "yesss deal");
        say(3, "14:00", AT_GENERAL, DOMINIC, "anyone shooting at Combe Lodge? the new rule about no confetti is "
                + "going to ruin my exit shots");
        say(3, "14:20", AT_GENERAL, ANYA, "dried petals are allowed there, I did one in May. I can do biodegradable "
                + "petal cones for your couples");
        say(3, "14:25", AT_GENERAL, DOMINIC, "oh that's good to know, thanks Anya");
        say(4, "17:00", AT_GENERAL, ANYA, "how is everyone's August looking? I'm fully booked for the first three "
                + "Saturdays which is a first");
        say(4, "17:20", AT_GENERAL, ROSALIND, "nearly full here too, the heat is my enemy though");
        say(4, "17:25", AT_GENERAL, ANYA, "buttercream in August 😬 how do you keep it standing?");
        say(4, "17:40", AT_GENERAL, ROSALIND, "ganache under everything and a cool box the size of a fridge");
        say(4, "17:45", AT_GENERAL, ANYA, "respect");
        Post ref = say(5, "11:00", AT_REFERRALS, JUNO, "Couple getting married at our venue 19 Sept need a florist, "
                + "budget ~£1,500, loves wildflowers. @Anya are you free?");
        reply(5, "11:30", AT_REFERRALS, ANYA, ref, "I am! thank you Juno, pass on my email whenever 🌿");

        // Week 2 (W29): a referral to a photographer waits while he chats.
        Post colette = say(9, "10:00", AT_REFERRALS, COLETTE, "@Dominic I've got a lovely couple looking for a "
                + "photographer for Sat 12 Sept in Bath, small do, about 40 guests, relaxed documentary style. Are "
                + "you free that date? Can I pass on your number?");
        say(9, "15:00", AT_GENERAL, DOMINIC, "new camera body finally arrived, the eye AF is witchcraft");
        say(9, "15:20", AT_GENERAL, ELIAS, "ooh which one");
        say(9, "15:22", AT_GENERAL, DOMINIC, "the A7 IV. should've done it two years ago");
        say(10, "12:00", AT_GENERAL, DOMINIC, "anyone know a good camera insurance for pros? mine just tripled");
        say(10, "12:30", AT_GENERAL, ELIAS, "I'm with Aaduki for my kit, they were fine when I had a claim");
        say(10, "12:34", AT_GENERAL, DOMINIC, "cheers Elias, getting a quote");
        say(11, "09:00", AT_REFERRALS, COLETTE, "anyone else free 12 Sept in Bath for photography? the couple wants to "
                + "book this week");
        say(11, "16:00", AT_GENERAL, DOMINIC, "wedding season brain: I drove to the wrong church today. right "
                + "village, wrong church");
        say(11, "16:10", AT_GENERAL, ROSALIND, "😂 I've done that with a cake in the boot, much worse");
        say(12, "10:00", AT_GENERAL, JUNO, "Reminder: vendor open evening at our venue on the 30th, come meet the "
                + "new events team, drinks on us");

        // Week 3 (W30): a lead-gen agency joins.
        joins(15, "08:00", AT_INTROS, TRENT);
        say(15, "08:05", AT_INTROS, TRENT, "Hey all, Trent here. I run a lead-gen agency that works with wedding "
                + "pros. Love this group already");
        say(15, "09:00", AT_GENERAL, ANYA, "sunflowers are finally cheap at the wholesaler, anyone want some for a "
                + "styled shoot?");
        say(15, "09:20", AT_GENERAL, DOMINIC, "me! sorry @Colette, only just saw your message from last week, "
                + "completely missed it. the 12th is booked already unfortunately");
        say(15, "09:30", AT_GENERAL, COLETTE, "no worries, found someone in the end");
        say(15, "14:00", AT_DM, TRENT, "Hey Anya, love your work! We help florists book 15+ weddings a month with "
                + "paid ads, most clients see ROI within 30 days. Worth a quick 15-min call? "
                + "https://calendly.com/trent-bloomleads/15min");
        say(15, "16:30", AT_DM, ANYA, "thanks but I'm fully booked, not looking right now");
        Post slow = say(16, "10:00", AT_GENERAL, ELIAS, "enquiries for 2027 are really slow so far, anyone else? "
                + "usually I have 10 by now");
        reply(16, "10:15", AT_GENERAL, TRENT, slow, "That's exactly what we fix! We fill diaries for DJs and bands "
                + "with targeted ads. Happy to jump on a call and show you: https://calendly.com/trent-bloomleads/15min");
        say(16, "10:40", AT_GENERAL, ROSALIND, "slow for me too Elias, I think everyone's waiting to see about "
                + "prices");
        say(16, "10:45", AT_GENERAL, ELIAS, "that's reassuring in a weird way, thanks Rosalind");
        say(18, "19:00", AT_REFERRALS, ELIAS, "got an enquiry for a string quartet for a ceremony in Bath 3 Oct, not "
                + "my thing, anyone know one?");
        say(18, "19:30", AT_REFERRALS, COLETTE, "@Elias the Avon Strings are brilliant, I'll send you their contact");
        // Ordinary days.
        say(3, "09:00", AT_GENERAL, JUNO, "Morning all! we've got two new vendors joining this week, say hi when you "
                + "see them");
        say(8, "10:00", AT_GENERAL, ELIAS, "anyone got a spare PA speaker for a Friday? mine's in for repair");
        say(8, "10:30", AT_GENERAL, ROSALIND, "not me sorry, but my brother does sound, I'll ask");
        say(8, "10:45", AT_GENERAL, ELIAS, "thank you!");
        say(13, "20:00", AT_GENERAL, ANYA, "the rain ruined my outdoor arch today, 4 hours of work 🥲");
        say(13, "20:10", AT_GENERAL, ROSALIND, "oh no. hope the couple still loved it");
        say(13, "20:15", AT_GENERAL, ANYA, "they did, they said it looked 'moody' lol");
        say(17, "12:00", AT_GENERAL, JUNO, "open evening on the 30th, 14 vendors signed up so far. come!");
        say(17, "12:20", AT_GENERAL, ELIAS, "I'll bring a playlist");
        say(17, "12:30", AT_GENERAL, ROSALIND, "and I'll bring cake offcuts obviously");
        say(20, "09:00", AT_GENERAL, DOMINIC, "Juno, is parking ok for vendors on the 30th?");
        say(20, "09:30", AT_GENERAL, JUNO, "yes, the staff car park behind the barn");
    }
}
