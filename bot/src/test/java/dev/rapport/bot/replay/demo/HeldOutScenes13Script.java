package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Held-out round 13 for {@code rapport eval tips}: eight communities nobody tuned the coach on, written, and labelled
 * in {@code bot/src/test/resources/eval/held-out-scenes-13.csv}, <em>before</em> the coach was first run on them. The
 * writer read only the README's rule catalogue, its label format and the coaching principles, not the rules' code
 * nor earlier rounds' scripts or errors. Each community is mostly ordinary, pleasant chat with a few situations in it
 * where a fair coach would privately give someone a tip, and as many where it would rightly stay quiet.
 *
 * <p>Three weeks from Monday 3 August 2026 (ISO weeks 2026-W32 to W34), in UTC. Every community is its own guild; no
 * person appears in two of them. Run {@link #main} from the project root to regenerate
 * {@code bot/src/test/resources/eval/held-out-scenes-13/} ({@code ScenesAreUpToDateTest} fails when the committed
 * files differ).
 */
public final class HeldOutScenes13Script {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 8, 3);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 8, 24, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(8400);

    // --- A. An estate agents' referral network --------------------------------------------------------------------
    static final String REALTY = IDS.guild(441);
    static final String REALTY_NAME = "Sunbelt Agent Referral Network";
    static final Channel REALTY_INTROS = IDS.channel(REALTY, REALTY_NAME, "introductions",
            "Introduce yourself: your market, specialty and brokerage.", "realty-introductions.json");
    static final Channel REALTY_GENERAL = IDS.channel(REALTY, REALTY_NAME, "general", "Anything goes (within reason).",
            "realty-general.json");
    static final Channel REALTY_REFERRALS = IDS.channel(REALTY, REALTY_NAME, "referrals",
            "Client moving to another market? Ask for an agent there. Agree the split in writing.",
            "realty-referrals.json");
    static final Channel REALTY_MARKET = IDS.channel(REALTY, REALTY_NAME, "market-talk",
            "Rates, inventory, war stories.", "realty-market-talk.json");
    static final Role REALTY_MOD = new Role(IDS.id("2023-05-02"), "Moderator", "#3498db", 2);
    static final Persona GLORIA = IDS.person("gloria.estes", "Gloria Estes", REALTY_MOD);
    static final Persona DALE = IDS.person("dalepruitt_az", "Dale Pruitt");
    static final Persona KIM = IDS.person("kimokafor", "Kim Okafor");
    static final Persona PRIYA = IDS.person("priya.sells.atx", "Priya Raman");
    static final Persona MARCO = IDS.person("marcodiaz", "Marco Diaz");
    static final Persona TOM = IDS.person("tomhadley", "Tom Hadley");
    static final Persona RENEE = IDS.person("renee_vo", "Renee Vo");

    // --- B. A podcast network's hosts -----------------------------------------------------------------------------
    static final String PODS = IDS.guild(442);
    static final String PODS_NAME = "Lantern Audio Collective";
    static final Channel PODS_WELCOME = IDS.channel(PODS, PODS_NAME, "welcome",
            "New here? Say hi and tell us about your show.", "pods-welcome.json");
    static final Channel PODS_LOUNGE = IDS.channel(PODS, PODS_NAME, "hosts-lounge", "Hang out, swap advice, vent.",
            "pods-hosts-lounge.json");
    static final Channel PODS_DROPS = IDS.channel(PODS, PODS_NAME, "episode-drops",
            "Post your new episodes here, one post per episode.", "pods-episode-drops.json");
    static final Channel PODS_GEAR = IDS.channel(PODS, PODS_NAME, "gear-and-editing",
            "Mics, interfaces, DAWs, editing questions.", "pods-gear-and-editing.json");
    static final Role PODS_LEAD = new Role(IDS.id("2023-05-02"), "Network Lead", "#e67e22", 3);
    static final Persona OONA = IDS.person("oona.b", "Oona Baptiste", PODS_LEAD);
    static final Persona FELIX = IDS.person("felixaranda", "Felix Aranda");
    static final Persona RAVI = IDS.person("ravimenon_audio", "Ravi Menon");
    static final Persona BEA = IDS.person("bealindqvist", "Bea Lindqvist");
    static final Persona TYLER = IDS.person("hustlehourstyler", "Tyler Brandt");
    static final Persona CARMEN = IDS.person("carmenruiz", "Carmen Ruiz");

    // --- C. Knitting-pattern designers ----------------------------------------------------------------------------
    static final String KNIT = IDS.guild(443);
    static final String KNIT_NAME = "Stitch Lab Designers";
    static final Channel KNIT_INTROS = IDS.channel(KNIT, KNIT_NAME, "introductions",
            "Introduce yourself and your design style!", "knit-introductions.json");
    static final Channel KNIT_CHAT = IDS.channel(KNIT, KNIT_NAME, "design-chat",
            "Yarn, construction, grading, the business side.", "knit-design-chat.json");
    static final Channel KNIT_CRITIQUE = IDS.channel(KNIT, KNIT_NAME, "critique",
            "Post a pattern page, chart or photo for feedback, and give some back!", "knit-critique.json");
    static final Channel KNIT_TESTS = IDS.channel(KNIT, KNIT_NAME, "test-calls",
            "Looking for test knitters? Post your call here.", "knit-test-calls.json");
    static final Persona WREN = IDS.person("wrenhalloway", "Wren Halloway");
    static final Persona ADA = IDS.person("ada.knits", "Ada Kowalczyk");
    static final Persona JUNE = IDS.person("junestitches", "June Okonkwo");
    static final Persona MARIKO = IDS.person("marikosato_design", "Mariko Sato");
    static final Persona HESTER = IDS.person("hesterlyle", "Hester Lyle");
    static final Persona PIA = IDS.person("pia_purls", "Pia");

    // --- D. Language tutors ---------------------------------------------------------------------------------------
    static final String TUTORS = IDS.guild(444);
    static final String TUTORS_NAME = "Tutor Commons";
    static final Channel TUTORS_GENERAL = IDS.channel(TUTORS, TUTORS_NAME, "general", "Say hi, chat, off-topic.",
            "tutors-general.json");
    static final Channel TUTORS_TIPS = IDS.channel(TUTORS, TUTORS_NAME, "teaching-tips",
            "Tutors swapping methods, materials and platform gripes.", "tutors-teaching-tips.json");
    static final Channel TUTORS_FIND = IDS.channel(TUTORS, TUTORS_NAME, "find-a-tutor",
            "Learners: say what language and level you're after. Tutors: reply with your offer.",
            "tutors-find-a-tutor.json");
    static final Channel TUTORS_HIRE = IDS.channel(TUTORS, TUTORS_NAME, "tutors-for-hire",
            "Tutors: one post a month with your languages, rates and availability.", "tutors-for-hire.json");
    static final Persona INES = IDS.person("inescarvalho.pt", "Ines Carvalho");
    static final Persona KOFI = IDS.person("kofi.teaches", "Kofi Mensah");
    static final Persona LARS = IDS.person("larseklund", "Lars Eklund");
    static final Persona DANA = IDS.person("danawhitfield", "Dana Whitfield");
    static final Persona HUGO = IDS.person("hugo_b", "Hugo Brandão");
    static final Persona SUNNY = IDS.person("sunnypark88", "Sunny Park");
    static final Persona ALMA = IDS.person("almareyes", "Alma Reyes");
    static final Persona GRANT = IDS.person("grantwhitby.growth", "Grant Whitby");
    static final Channel TUTORS_DM = new Channel(Channel.DIRECT_MESSAGES_GUILD, "Direct Messages",
            IDS.id("2023-05-03"), "DirectTextChat", null, "Private", "Grant Whitby", null, "dm-grant-lars.json");

    // --- E. A game-modding community ------------------------------------------------------------------------------
    static final String MODS = IDS.guild(445);
    static final String MODS_NAME = "Hollowdeep Modding Hub";
    static final Channel MODS_GENERAL = IDS.channel(MODS, MODS_NAME, "general", "General chat about Hollowdeep mods.",
            "mods-general.json");
    static final Channel MODS_HELP = IDS.channel(MODS, MODS_NAME, "modding-help",
            "SDK, scripting, load order, crashes. Post your log!", "mods-modding-help.json");
    static final Channel MODS_SHOWCASE = IDS.channel(MODS, MODS_NAME, "mod-showcase",
            "Show off your mods: releases, WIPs, screenshots.", "mods-mod-showcase.json");
    static final Channel MODS_OFFTOPIC = IDS.channel(MODS, MODS_NAME, "off-topic", "Not Hollowdeep.",
            "mods-off-topic.json");
    static final Persona DRAYK = IDS.person("drayk_mods", "Drayk");
    static final Persona TAMSIN = IDS.person("tamsinvale", "Tamsin Vale");
    static final Persona OLLIE = IDS.person("ollieferris", "Ollie Ferris");
    static final Persona NIKO = IDS.person("nikosalo", "Niko Salo");
    static final Persona JUNI = IDS.person("juni.rhee", "Juni Rhee");
    static final Persona MARLOW = IDS.person("marlow2009", "Marlow");

    // --- F. A coffee roaster's customer server --------------------------------------------------------------------
    static final String COFFEE = IDS.guild(446);
    static final String COFFEE_NAME = "Ember & Oak Coffee Club";
    static final Channel COFFEE_NEWS = new Channel(COFFEE, COFFEE_NAME, IDS.id("2023-05-03"), "GuildNewsChat", null,
            COFFEE_NAME, "announcements", "New lots, events and shop news from the roastery.",
            "coffee-announcements.json");
    static final Channel COFFEE_GENERAL = IDS.channel(COFFEE, COFFEE_NAME, "general", "Coffee chat.",
            "coffee-general.json");
    static final Channel COFFEE_BREW = IDS.channel(COFFEE, COFFEE_NAME, "brew-help",
            "Recipes, grinders, dialing in.", "coffee-brew-help.json");
    static final Channel COFFEE_ORDERS = IDS.channel(COFFEE, COFFEE_NAME, "orders-and-shipping",
            "Questions about an order or your subscription? Ask here and the team will answer.",
            "coffee-orders-and-shipping.json");
    static final Role COFFEE_TEAM = new Role(IDS.id("2023-05-02"), "Team", "#c27c0e", 3);
    static final Role COFFEE_CUSTOMER = new Role(IDS.id("2023-05-02"), "Customer", "#95a5a6", 1);
    static final Persona NOOR = IDS.person("noor.emberoak", "Noor Haddad", COFFEE_TEAM);
    static final Persona SAM = IDS.person("samwhitlock", "Sam Whitlock", COFFEE_TEAM);
    static final Persona PETE = IDS.person("petegranger", "Pete Granger", COFFEE_CUSTOMER);
    static final Persona LUCIA = IDS.person("luciaferrer", "Lucía Ferrer", COFFEE_CUSTOMER);
    static final Persona ADE = IDS.person("adebello", "Ade Bello", COFFEE_CUSTOMER);
    static final Persona MIRA = IDS.person("mira.holt", "Mira Holt", COFFEE_CUSTOMER);
    static final Persona KENJI = IDS.person("kenji_w", "Kenji");

    // --- G. A conference's attendee server ------------------------------------------------------------------------
    static final String CONF = IDS.guild(447);
    static final String CONF_NAME = "Northfield UX Summit 2026";
    static final Channel CONF_NEWS = IDS.channel(CONF, CONF_NAME, "announcements",
            "Updates from the organising team.", "conf-announcements.json");
    static final Channel CONF_INTROS = IDS.channel(CONF, CONF_NAME, "introductions",
            "Introduce yourself: who you are and what you hope to get from the Summit.", "conf-introductions.json");
    static final Channel CONF_GENERAL = IDS.channel(CONF, CONF_NAME, "general", "Talks, venue, everything else.",
            "conf-general.json");
    static final Channel CONF_MEETUPS = IDS.channel(CONF, CONF_NAME, "meetups",
            "Plan dinners, coffees and morning runs with other attendees.", "conf-meetups.json");
    static final Role CONF_ORG = new Role(IDS.id("2023-05-02"), "Organizer", "#9b59b6", 4);
    static final Role CONF_SPEAKER = new Role(IDS.id("2023-05-02"), "Speaker", "#1abc9c", 2);
    static final Persona FATIMA = IDS.person("fatima.q", "Fatima Qureshi", CONF_ORG);
    static final Persona BROCK = IDS.person("brockdunmore", "Brock Dunmore");
    static final Persona HANA = IDS.person("hana.ito", "Hana Ito", CONF_SPEAKER);
    static final Persona LEO = IDS.person("leomarchetti", "Leo Marchetti");
    static final Persona SADE = IDS.person("sadeadeyemi", "Sade Adeyemi");
    static final Persona TOMAS = IDS.person("tomaslindgren", "Tomas Lindgren");
    static final Persona PRISCILLA = IDS.person("priscillayu", "Priscilla Yu");

    // --- H. A student developers' club ----------------------------------------------------------------------------
    static final String DEVSOC = IDS.guild(448);
    static final String DEVSOC_NAME = "Riverside Uni Dev Society";
    static final Channel DEVSOC_GENERAL = IDS.channel(DEVSOC, DEVSOC_NAME, "general", "Chat, memes, module moaning.",
            "devsoc-general.json");
    static final Channel DEVSOC_HELP = IDS.channel(DEVSOC, DEVSOC_NAME, "help",
            "Stuck? Ask here. Paste the error, not a photo of your screen.", "devsoc-help.json");
    static final Channel DEVSOC_LOGS = IDS.channel(DEVSOC, DEVSOC_NAME, "project-logs",
            "Keep a log of what you're building over the summer. Daily updates welcome.", "devsoc-project-logs.json");
    static final Channel DEVSOC_EVENTS = IDS.channel(DEVSOC, DEVSOC_NAME, "events",
            "Hackathons, socials, talks.", "devsoc-events.json");
    static final Role DEVSOC_COMMITTEE = new Role(IDS.id("2023-05-02"), "Committee", "#2ecc71", 2);
    static final Persona AISHA = IDS.person("aishamalik", "Aisha Malik", DEVSOC_COMMITTEE);
    static final Persona JADEN = IDS.person("jadencole.dev", "Jaden Cole");
    static final Persona MEI = IDS.person("meitanaka", "Mei Tanaka");
    static final Persona RHYS = IDS.person("rhys_p", "Rhys Pritchard");
    static final Persona OWEN = IDS.person("owen.gr", "Owen Grady");
    static final Persona ZARA = IDS.person("zaranq", "Zara Nguyen");

    static final List<Channel> CHANNELS = List.of(
            REALTY_INTROS, REALTY_GENERAL, REALTY_REFERRALS, REALTY_MARKET,
            PODS_WELCOME, PODS_LOUNGE, PODS_DROPS, PODS_GEAR,
            KNIT_INTROS, KNIT_CHAT, KNIT_CRITIQUE, KNIT_TESTS,
            TUTORS_GENERAL, TUTORS_TIPS, TUTORS_FIND, TUTORS_HIRE, TUTORS_DM,
            MODS_GENERAL, MODS_HELP, MODS_SHOWCASE, MODS_OFFTOPIC,
            COFFEE_NEWS, COFFEE_GENERAL, COFFEE_BREW, COFFEE_ORDERS,
            CONF_NEWS, CONF_INTROS, CONF_GENERAL, CONF_MEETUPS,
            DEVSOC_GENERAL, DEVSOC_HELP, DEVSOC_LOGS, DEVSOC_EVENTS);

    static final List<Persona> PEOPLE = List.of(
            GLORIA, DALE, KIM, PRIYA, MARCO, TOM, RENEE,
            OONA, FELIX, RAVI, BEA, TYLER, CARMEN,
            WREN, ADA, JUNE, MARIKO, HESTER, PIA,
            INES, KOFI, LARS, DANA, HUGO, SUNNY, ALMA, GRANT,
            DRAYK, TAMSIN, OLLIE, NIKO, JUNI, MARLOW,
            NOOR, SAM, PETE, LUCIA, ADE, MIRA, KENJI,
            FATIMA, BROCK, HANA, LEO, SADE, TOMAS, PRISCILLA,
            AISHA, JADEN, MEI, RHYS, OWEN, ZARA);

    private HeldOutScenes13Script() {
    }

    /** Every file of the round: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, story().posts());
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-13"), files(),
                "held-out round 13");
    }

    static Story story() {
        Story s = new Story(FIRST_MONDAY, 21, ZoneOffset.UTC, PEOPLE);
        realty(s);
        podcasts(s);
        knitting(s);
        tutors(s);
        modding(s);
        coffee(s);
        conference(s);
        devsoc(s);
        return s;
    }

    // ==============================================================================================================
    private static void realty(Story s) {
        s.at(1, "08:58").in(REALTY_INTROS).joins(PRIYA);
        Post priyaHi = s.at(1, "09:05").in(REALTY_INTROS).say(PRIYA, "Hi all! Priya Raman, Keller Williams Austin. Mostly "
                + "first-time buyers and relocations into Austin / Round Rock, licensed 6 yrs. My site's "
                + "https://priyaraman.homes if you want to see what I do, and I'm priyasells.atx on IG, come say hi. "
                + "Looking forward to swapping referrals!");
        s.at(1, "09:20").in(REALTY_INTROS).reply(GLORIA, priyaHi, "Welcome Priya! Austin has been a gap for us, really "
                + "glad you're here").react("🎉", PRIYA, MARCO);
        Post tomHi = s.at(1, "09:41").in(REALTY_INTROS).reply(TOM, priyaHi,
                "welcome! I send a fair few relos from Denver to Austin, will keep you in mind");
        s.at(1, "10:02").in(REALTY_INTROS).reply(PRIYA, tomHi, "Amazing, thank you Tom! and likewise if anyone of mine "
                + "is heading to Denver");
        s.at(1, "12:30").in(REALTY_MARKET).say(MARCO, "30yr fixed dipped to 6.4 at my lender this morning, anyone else "
                + "seeing that");
        s.at(1, "12:44").in(REALTY_MARKET).say(RENEE, "6.5 here in Tampa. buyers still sitting on their hands tho");
        s.at(1, "12:51").in(REALTY_MARKET).say(MARCO, "yeah same, lots of \"waiting for 6\" talk");

        String listing = "https://pruitthomesaz.com/listings/4417-e-camelback-rd";
        s.at(2, "08:10").in(REALTY_GENERAL).say(DALE, "Just listed 🔥 4bd/3ba in Arcadia, pool + casita, $849k. DM me for "
                + "a private showing before the weekend rush " + listing).react("👀", TOM);
        s.at(2, "08:13").in(REALTY_MARKET).say(DALE, "New listing in Arcadia, priced right for this market. $849k, DM me "
                + listing);
        s.at(2, "08:16").in(REALTY_REFERRALS).say(DALE, "Got buyers relocating to Phoenix? send them my way. and check "
                + "out my new listing " + listing);
        Post appraisal = s.at(2, "10:05").in(REALTY_MARKET).say(KIM, "has anyone had an appraisal come in low on a new "
                + "build lately? builder refusing to budge");
        Post tomAppraisal = s.at(2, "10:20").in(REALTY_MARKET).reply(TOM, appraisal, "twice this summer. both times the "
                + "buyer covered half the gap and the builder threw in closing costs. worth asking for the comps the "
                + "appraiser used");
        s.at(2, "10:26").in(REALTY_MARKET).reply(KIM, tomAppraisal, "thanks Tom, thats useful. going to push for the "
                + "closing costs");

        Post charlotte = s.at(3, "14:00").in(REALTY_REFERRALS).say(RENEE, "Looking for an agent in Charlotte NC - retired "
                + "couple downsizing from Tampa, want a single story near the greenway. 25% referral, usual terms. anyone?");
        s.at(3, "14:35").in(REALTY_REFERRALS).reply(GLORIA, charlotte, "@Renee Vo not Charlotte myself but doesn't "
                + "@Marco Diaz have family up there?");
        s.at(3, "15:10").in(REALTY_REFERRALS).say(MARCO, "yep, my cousin Ana is with Allen Tate in Charlotte. I'll intro "
                + "you two by email Renee");
        s.at(3, "15:13").in(REALTY_REFERRALS).say(RENEE, "perfect thank you both 🙏");
        Post conference = s.at(4, "11:00").in(REALTY_GENERAL).say(MARCO, "anyone going to the state conference in sept? "
                + "trying to decide if it's worth $400");
        s.at(4, "11:25").in(REALTY_GENERAL).reply(GLORIA, conference, "went last year. sessions were meh but the "
                + "referral mixer paid for itself");
        s.at(4, "11:40").in(REALTY_GENERAL).say(KIM, "going! Marco let's grab a coffee there");
        s.at(5, "07:55").in(REALTY_MARKET).say(DALE, "Price improvement on my Arcadia listing, now $829k 👀 DM me before "
                + "it's gone " + listing);
        s.at(5, "09:00").in(REALTY_GENERAL).say(TOM, "happy friday. closed 2 this week, sleeping all weekend")
                .react("🎉", RENEE, GLORIA, KIM);
        s.at(5, "09:10").in(REALTY_GENERAL).say(RENEE, "congrats!! you earned it");
        Post template = s.at(6, "10:15").in(REALTY_GENERAL).say(PRIYA, "Anyone have a good template for a referral "
                + "agreement? my brokerage's is from 2011 lol");
        s.at(6, "10:30").in(REALTY_GENERAL).reply(GLORIA, template, "here's the one most of us use, just swap in your "
                + "license numbers https://docs.google.com/document/d/1sunbeltReferralAgreement/view");
        s.at(6, "10:41").in(REALTY_GENERAL).say(PRIYA, "lifesaver, thanks Gloria");

        // Week 2
        s.at(8, "09:30").in(REALTY_MARKET).say(RENEE, "inventory up 18% yoy in Hillsborough county, finally some choice "
                + "for buyers");
        s.at(8, "09:48").in(REALTY_MARKET).say(MARCO, "Houston too. price cuts everywhere");
        s.at(8, "10:02").in(REALTY_MARKET).say(DALE, "Phoenix same, half my listings have had a cut");
        s.at(9, "09:00").in(REALTY_REFERRALS).say(KIM, "Buyer relocating from Seattle to the East Valley in Sept, "
                + "budget ~600k, wants Chandler or Gilbert. @Dale Pruitt you said you cover Chandler right? is 25% ok "
                + "with you or do you usually do 30? and are you fine signing the agreement before I intro them?");
        Post showing = s.at(9, "13:00").in(REALTY_MARKET).say(DALE, "anyone using the new MLS showing app? keeps "
                + "double booking me");
        Post autoConfirm = s.at(9, "13:20").in(REALTY_MARKET).reply(MARCO, showing,
                "ugh yes. turn off auto-confirm in settings, fixed it for me");
        s.at(9, "13:31").in(REALTY_MARKET).reply(DALE, autoConfirm, "thx will try");
        Post fed = s.at(10, "16:05").in(REALTY_GENERAL).say(DALE, "calling it now, rates at 6.1 by christmas after the "
                + "sept fed meeting");
        s.at(10, "16:40").in(REALTY_GENERAL).reply(TOM, fed, "from your lips to god's ears");
        Post condo = s.at(11, "08:40").in(REALTY_REFERRALS).say(TOM, "Denver client's daughter is starting at UT in "
                + "the fall, wants a 1bd condo near campus. anyone in Austin?");
        s.at(11, "09:05").in(REALTY_REFERRALS).reply(PRIYA, condo, "That's me! I do a ton of UT-area condos. Send me "
                + "her timeline, or email priya@priyaraman.homes 😊");
        s.at(11, "09:12").in(REALTY_REFERRALS).say(TOM, "perfect, emailing you now");
        s.at(11, "11:00").in(REALTY_REFERRALS).say(KIM, "@Gloria Estes does anyone else here cover Chandler? need "
                + "someone by next week");
        s.at(11, "11:30").in(REALTY_REFERRALS).say(GLORIA, "Kim, Dale's the only East Valley member I know of. maybe "
                + "post in general too?");
        s.at(11, "11:36").in(REALTY_REFERRALS).say(KIM, "I pinged him tuesday, nothing yet. will give it a day");
        Post roundRock = s.at(12, "15:00").in(REALTY_REFERRALS).say(RENEE, "also need someone in Round Rock - young "
                + "family from Tampa, ~450k, schools are the priority");
        s.at(12, "15:22").in(REALTY_REFERRALS).reply(PRIYA, roundRock, "Round Rock is my home turf! happy to take them, "
                + "I'll send over my referral agreement tonight");
        s.at(12, "15:30").in(REALTY_REFERRALS).say(RENEE, "amazing 🙏");
        Post closed = s.at(13, "17:10").in(REALTY_MARKET).say(DALE, "closed the Arcadia house! multiple offers after "
                + "the price cut 🙌");
        closed.react("🎉", MARCO, TOM);
        s.at(13, "17:30").in(REALTY_MARKET).reply(TOM, closed, "nice one");

        // Week 3
        s.at(15, "10:00").in(REALTY_REFERRALS).say(KIM, "update: went with someone outside the network for the "
                + "Chandler buyer in the end, they close in Sept");
        s.at(15, "10:20").in(REALTY_REFERRALS).say(GLORIA, "fair enough, glad they're sorted");
        Post nestled = s.at(16, "14:00").in(REALTY_GENERAL).say(RENEE, "anyone tried the AI listing description tools? "
                + "mine keeps saying 'nestled'");
        s.at(16, "14:12").in(REALTY_GENERAL).reply(MARCO, nestled, "lol nestled");
        s.at(16, "14:20").in(REALTY_GENERAL).say(TOM, "everything is nestled. and everything 'boasts'");
        s.at(16, "14:31").in(REALTY_GENERAL).say(PRIYA, "\"this charming home boasts a sun-drenched...\" 😂");
        s.at(17, "09:00").in(REALTY_GENERAL).say(GLORIA, "reminder: monthly referral call is Thursday 6pm ET, zoom link "
                + "in the pinned message");
        s.at(19, "18:45").in(REALTY_REFERRALS).say(DALE, "@Kim Okafor sorry just saw this, been slammed. 25% is fine "
                + "for Chandler, happy to help next time");
        s.at(19, "19:30").in(REALTY_REFERRALS).say(KIM, "no worries, next time!");
        Post denver = s.at(20, "11:00").in(REALTY_MARKET).say(TOM, "Denver inventory finally looks balanced. first "
                + "time in 4 years I've seen buyers negotiate");
        s.at(20, "11:25").in(REALTY_MARKET).reply(RENEE, denver, "same vibe in Tampa. enjoy it while it lasts");
    }

    private static void podcasts(Story s) {
        s.at(1, "10:00").in(PODS_LOUNGE).say(OONA, "morning hosts ☕ who's recording this week?");
        s.at(1, "10:12").in(PODS_LOUNGE).say(FELIX, "me, interviewing a beekeeper on thursday. nervous about the "
                + "outdoor audio");
        s.at(1, "10:20").in(PODS_LOUNGE).say(RAVI, "bring a dead cat (the windscreen kind 😂)");
        s.at(1, "10:25").in(PODS_LOUNGE).say(FELIX, "haha got one");
        s.at(2, "15:00").in(PODS_DROPS).say(OONA, "Small Rooms ep 58: the lighthouse keeper's daughter "
                + "https://smallrooms.fm/58").react("❤️", CARMEN, FELIX);
        s.at(3, "09:25").in(PODS_WELCOME).joins(TYLER);
        Post tylerHi = s.at(3, "09:30").in(PODS_WELCOME).say(TYLER, "yo! Tyler here, host of Hustle Hours, a show about "
                + "side hustles and making your first 10k online. new to the network! give it a follow if you're into "
                + "that stuff https://open.spotify.com/show/hustlehours");
        s.at(3, "09:50").in(PODS_WELCOME).reply(OONA, tylerHi, "Welcome Tyler! the lounge is where we hang out, and new "
                + "eps go in episode-drops");
        s.at(3, "10:30").in(PODS_WELCOME).reply(CARMEN, tylerHi, "hey welcome!");
        Post podmic = s.at(4, "12:00").in(PODS_GEAR).say(CARMEN, "anyone using the Rode Podmic USB? torn between that "
                + "and an SM7B + interface");
        s.at(4, "12:20").in(PODS_GEAR).reply(RAVI, podmic, "SM7B if you ever want to go multi-mic. Podmic USB is great "
                + "for solo though");
        s.at(4, "12:34").in(PODS_GEAR).say(FELIX, "+1, had a podmic usb for a year, zero complaints");
        s.at(4, "12:50").in(PODS_GEAR).say(CARMEN, "solo for now so podmic it is, thanks both!");
        Post stung = s.at(5, "17:00").in(PODS_LOUNGE).say(FELIX, "beekeeper interview done, got stung once, audio is 🔥");
        s.at(5, "17:15").in(PODS_LOUNGE).reply(OONA, stung, "lol worth it");
        s.at(6, "11:00").in(PODS_DROPS).say(OONA, "Small Rooms bonus: live Q&A from the Bristol show "
                + "https://smallrooms.fm/bonus-bristol").react("🔥", FELIX);
        s.at(6, "19:00").in(PODS_LOUNGE).say(RAVI, "heads up I'm at the Edinburgh fringe recording all next week, back "
                + "Monday 17th. I'll be slow on here till then");
        s.at(6, "19:20").in(PODS_LOUNGE).say(CARMEN, "have fun!! see some comedy for us");

        Post listening = s.at(7, "20:00").in(PODS_LOUNGE).say(CARMEN, "what's everyone listening to this week (not ours "
                + "lol)");
        s.at(7, "20:15").in(PODS_LOUNGE).reply(RAVI, listening, "Heavyweight reruns, from a tiny flat in Leith");
        s.at(7, "20:30").in(PODS_LOUNGE).say(OONA, "the new Radiolab on sleep, so good");
        // Week 2
        String show = "https://open.spotify.com/show/hustlehours";
        Post beaHi = s.at(8, "08:30").in(PODS_WELCOME).say(BEA, "hi! Bea here, I make Quiet Hours, a show about sleep "
                + "science, mostly remote interviews with researchers (recording on Riverside). just joined Lantern, "
                + "excited to be here");
        s.at(8, "08:55").in(PODS_WELCOME).reply(OONA, beaHi, "Welcome Bea!! love the concept");
        Post favour = s.at(8, "11:00").in(PODS_LOUNGE).say(TYLER, "hey all, quick favour 🙏 could you subscribe to Hustle "
                + "Hours and leave 5 stars on Spotify? trying to get into the charts this month " + show);
        s.at(8, "11:30").in(PODS_LOUNGE).reply(FELIX, favour, "tip: the charts mostly count new follows in an ep's "
                + "first week, might be worth timing it with a launch");
        s.at(9, "07:45").in(PODS_DROPS).say(FELIX, "Buzzline ep 12: beekeeping in a heatwave, with Marguerite from Hive "
                + "& Hollow https://buzzline.show/12").react("❤️", OONA, CARMEN);
        s.at(10, "14:00").in(PODS_LOUNGE).say(TYLER, "@Oona Baptiste @Carmen Ruiz would you mind following the show? "
                + "just need 40 more follows to hit 100 🙏 " + show);
        s.at(10, "14:50").in(PODS_LOUNGE).say(CARMEN, "followed");
        s.at(11, "10:00").in(PODS_LOUNGE).say(OONA, "@Ravi Menon did you ever do the RSS migration to the new host? "
                + "thinking of moving Small Rooms over");
        s.at(12, "09:00").in(PODS_GEAR).say(TYLER, "anyone into business podcasts pls share Hustle Hours with a friend "
                + "🙏 every follow helps " + show);
        Post august = s.at(12, "16:00").in(PODS_LOUNGE).say(CARMEN, "anyone else finding August downloads dead? mine "
                + "are down like 30%");
        s.at(12, "16:10").in(PODS_LOUNGE).reply(OONA, august, "every August. everyone's at the beach");
        s.at(12, "16:22").in(PODS_LOUNGE).say(FELIX, "down 20 here. it comes back in sept");
        Post deesser = s.at(13, "20:00").in(PODS_GEAR).say(FELIX, "anyone know a good free de-esser plugin?");
        s.at(13, "20:30").in(PODS_GEAR).reply(CARMEN, deesser, "Reaper's builtin one is fine? or TDR has a free "
                + "dynamic eq");
        s.at(13, "20:45").in(PODS_GEAR).say(FELIX, "reaper's was enough, thx");

        Post swap = s.at(14, "11:00").in(PODS_LOUNGE).say(FELIX, "anyone up for a trailer swap in september? 30 "
                + "seconds on each other's shows");
        s.at(14, "11:20").in(PODS_LOUNGE).reply(OONA, swap, "yes! Small Rooms is in");
        s.at(14, "12:05").in(PODS_LOUNGE).reply(CARMEN, swap, "me too, I'll make a sign-up doc");

        // Week 3
        Post back = s.at(15, "09:10").in(PODS_LOUNGE).say(RAVI, "back! fringe was mad. @Oona Baptiste yes did the "
                + "migration in May, took 20 min. just set the 301 redirect on the old feed and it was fine, happy to "
                + "screenshare");
        s.at(15, "09:40").in(PODS_LOUNGE).reply(OONA, back, "amazing, might take you up on that");
        Post hum = s.at(15, "13:00").in(PODS_GEAR).say(BEA, "my interview recordings have a weird hum, like 60hz? how "
                + "do I get rid of it. recording on a Zoom H5");
        s.at(15, "13:20").in(PODS_GEAR).reply(FELIX, hum, "notch filter at 60 + harmonics, izotope rx does it in one "
                + "click. free option: ReaFir in subtract mode. also check the ground, an H5 on usb power can hum");
        s.at(15, "13:28").in(PODS_GEAR).say(BEA, "ooh it is on usb power. thanks");
        Post lufs = s.at(17, "10:00").in(PODS_GEAR).say(BEA, "ok next q, what LUFS should I master to? spotify says -14 "
                + "but apple says -16?");
        s.at(17, "10:15").in(PODS_GEAR).reply(RAVI, lufs, "-16 is the podcast norm, spotify normalises anyway. I master "
                + "at -16 / -1 true peak");
        s.at(17, "10:20").in(PODS_GEAR).say(BEA, "perfect");
        Post echo = s.at(17, "10:40").in(PODS_GEAR).say(CARMEN, "anyone know why my Riverside recordings have echo on "
                + "the guest track? guest swears they had headphones on 😩");
        Post notes = s.at(17, "10:55").in(PODS_GEAR).say(BEA, "also how do you all do show notes, by hand?");
        s.at(17, "11:30").in(PODS_GEAR).reply(OONA, notes, "by hand with a template. descript drafts them but I "
                + "rewrite most of it");
        s.at(17, "11:35").in(PODS_GEAR).say(BEA, "ok ty");
        Post laptopMic = s.at(18, "09:15").in(PODS_GEAR).reply(FELIX, echo, "@Carmen Ruiz usually their laptop mic is "
                + "still selected instead of the headset, get them to pick it in riverside's settings before you hit "
                + "record");
        s.at(18, "09:40").in(PODS_GEAR).reply(CARMEN, laptopMic, "that was it 🙃 thank you Felix");
        Post credit = s.at(19, "15:00").in(PODS_GEAR).say(BEA, "sorry one more, my intro music is from epidemic, do I "
                + "need to credit it in the notes?");
        s.at(19, "15:25").in(PODS_GEAR).reply(OONA, credit, "not required with their licence but it's nice to, I "
                + "credit at the bottom");
        s.at(19, "15:30").in(PODS_GEAR).say(BEA, "👍 thx");
        s.at(20, "08:00").in(PODS_DROPS).say(BEA, "Quiet Hours ep 3: why you wake up at 3am https://quiethours.fm/3")
                .react("❤️", OONA);
        Post outside = s.at(21, "10:00").in(PODS_LOUNGE).say(OONA, "sunday reminder to go outside and not edit anything");
        s.at(21, "10:30").in(PODS_LOUNGE).reply(CARMEN, outside, "😂 editing in the garden counts right");
    }

    private static void knitting(Story s) {
        Post hesterHi = s.at(1, "09:00").in(KNIT_INTROS).say(HESTER, "Hi everyone! I'm Hester, I live in a very damp "
                + "corner of Cumbria next to two sheep (not mine, the neighbour's, but I've named them). I've been "
                + "knitting for about 30 years and designing for 3, mostly colourwork hats and mittens inspired by the "
                + "fells. My patterns are on Ravelry as Hester Lyle Designs. I'm here because I want to get better at "
                + "grading sizes and honestly I find the business side of it all baffling. I also teach a little class "
                + "at my local yarn shop on Thursday nights. Looking forward to learning from you all!");
        s.at(1, "09:40").in(KNIT_INTROS).reply(JUNE, hesterHi, "Welcome Hester! Cumbrian colourwork is right up my "
                + "street. grading is everyone's nemesis, ask away");
        s.at(1, "10:05").in(KNIT_INTROS).reply(ADA, hesterHi, "welcome!! 🐑");
        s.at(1, "10:30").in(KNIT_INTROS).say(HESTER, "thank you both ❤️");
        String form = "https://forms.gle/kinmokuseiTest";
        Post call = s.at(2, "08:00").in(KNIT_TESTS).say(MARIKO, "Test call! Kinmokusei Shawl, fingering weight, about "
                + "800m, 4 weeks (Aug 10 - Sep 7). Testers get the final pattern free plus 2 more of your choice. "
                + "Sign up here: " + form);
        call.react("✨", JUNE, PIA);
        Post grading = s.at(3, "11:00").in(KNIT_CHAT).say(ADA, "question for the room: do you all grade in a "
                + "spreadsheet or is there software people actually like?");
        s.at(3, "11:12").in(KNIT_CHAT).reply(JUNE, grading, "spreadsheet forever. tried stitchmastery's grading, "
                + "didn't click for me");
        Post broke = s.at(3, "11:30").in(KNIT_CHAT).say(HESTER, "oh this is exactly what I wanted to ask. spreadsheet "
                + "but I keep breaking the formulas");
        Post sheet = s.at(3, "11:48").in(KNIT_CHAT).reply(MARIKO, broke, "I have a template with the formula cells "
                + "locked, help yourself (file > make a copy) "
                + "https://docs.google.com/spreadsheets/d/1marikoGradingTemplate");
        s.at(3, "12:05").in(KNIT_CHAT).reply(HESTER, sheet, "Mariko you're a star, thank you");
        s.at(4, "09:00").in(KNIT_TESTS).say(MARIKO, "bump: 5 spots left on the Kinmokusei test, all sizes welcome "
                + form);
        Post key = s.at(4, "13:00").in(KNIT_CRITIQUE).say(PIA, "first attempt at a chart key, is it readable? "
                + "https://i.imgur.com/piaChartKey.png honest thoughts pls");
        s.at(4, "13:25").in(KNIT_CRITIQUE).reply(JUNE, key, "readable! I'd make the purl symbol a dot instead of a "
                + "dash, dashes vanish when people print in grayscale");
        s.at(4, "13:50").in(KNIT_CRITIQUE).reply(ADA, key, "agree w June, and maybe number the rows on both sides if "
                + "it's worked flat");
        s.at(4, "14:10").in(KNIT_CRITIQUE).say(PIA, "both great points, thank you!");
        Post stats = s.at(5, "16:00").in(KNIT_CHAT).say(PIA, "is anyone else's ravelry store weirdly quiet this week");
        s.at(5, "16:20").in(KNIT_CHAT).reply(ADA, stats, "mine dropped too but august always does");
        Post last = s.at(6, "10:00").in(KNIT_TESTS).say(MARIKO, "last 2 spots! closing sunday night " + form);
        s.at(6, "10:30").in(KNIT_TESTS).reply(HESTER, last, "signed up! I love a shawl");
        s.at(7, "21:00").in(KNIT_TESTS).say(MARIKO, "test is full, thank you all 🧶");

        // Week 2
        Post bracken = s.at(8, "10:00").in(KNIT_CRITIQUE).say(WREN, "would love honest feedback on my chart layout for "
                + "the Bracken Cowl, is the repeat box clear? https://wrenhalloway.com/img/bracken-chart.png");
        s.at(8, "10:30").in(KNIT_CRITIQUE).reply(ADA, bracken, "the red repeat box is clear, but the legend is on a "
                + "different page from the chart, I'd move it right underneath");
        s.at(8, "11:10").in(KNIT_CRITIQUE).reply(JUNE, bracken, "agree, and the font is quite small at 100%, I'd bump "
                + "it 2pt");
        s.at(8, "11:20").in(KNIT_CRITIQUE).say(WREN, "thank you both! will fix");
        Post oriel = s.at(9, "14:00").in(KNIT_CRITIQUE).say(ADA, "my turn 🙈 size chart + schematic for the Oriel "
                + "Cardigan, does it make sense? https://adaknits.co/img/oriel-schematic.png");
        s.at(9, "14:40").in(KNIT_CRITIQUE).reply(PIA, oriel, "makes sense to me! maybe label the sleeve cap depth");
        Post course = s.at(9, "15:00").in(KNIT_CHAT).say(WREN, "anyone done Ysolda's pattern layout course? thinking "
                + "of buying it");
        s.at(9, "15:20").in(KNIT_CHAT).reply(JUNE, course, "yes, worth it for the indesign bits alone");
        Post written = s.at(10, "10:00").in(KNIT_CRITIQUE).say(WREN, "updated the Bracken chart (legend moved, bigger "
                + "font) and I'd love eyes on the written instructions page too "
                + "https://wrenhalloway.com/img/bracken-written.png");
        Post tbl = s.at(10, "10:45").in(KNIT_CRITIQUE).reply(MARIKO, written, "much better! in the written part "
                + "'k2tog tbl' isn't in your abbreviations list");
        s.at(10, "11:00").in(KNIT_CRITIQUE).reply(WREN, tbl, "oh good catch, ty Mariko");
        Post crown = s.at(11, "13:00").in(KNIT_CRITIQUE).say(JUNE, "anyone have a minute for my hat crown decreases? "
                + "they look lumpy on the sample and I can't tell if it's the pattern or my knitting "
                + "https://junestitches.com/img/crofter-crown.jpg");
        Post price = s.at(11, "13:30").in(KNIT_CHAT).say(WREN, "what do you all charge for a single pattern these days? "
                + "I'm at $7 and it feels cheap");
        Post ada8 = s.at(11, "13:45").in(KNIT_CHAT).reply(ADA, price, "$8-9 for accessories, $10-12 for garments. 7 is "
                + "fine for a cowl but 8 wouldn't be weird");
        s.at(11, "13:52").in(KNIT_CHAT).reply(WREN, ada8, "ok going to 8");
        Post blocking = s.at(11, "16:00").in(KNIT_CRITIQUE).reply(HESTER, crown, "could it just be blocking? mine "
                + "always look lumpy till they're blocked. the decrease spacing looks even to me");
        s.at(11, "16:20").in(KNIT_CRITIQUE).reply(JUNE, blocking, "ha, I haven't blocked it yet. will report back");
        Post covers = s.at(12, "09:00").in(KNIT_CRITIQUE).say(WREN, "last one I promise 😅 cover photos for Bracken, "
                + "A or B? https://wrenhalloway.com/img/bracken-covers.png");
        s.at(12, "09:30").in(KNIT_CRITIQUE).reply(PIA, covers, "B! the light is lovely");
        s.at(12, "09:40").in(KNIT_CRITIQUE).reply(HESTER, covers, "B for me too");
        s.at(12, "10:00").in(KNIT_CRITIQUE).say(WREN, "B it is, thanks!");
        Post blocked = s.at(13, "19:00").in(KNIT_CRITIQUE).say(JUNE, "update: blocking fixed it 🙄");
        s.at(13, "19:10").in(KNIT_CRITIQUE).reply(HESTER, blocked, "told you 😄");

        // Week 3
        s.at(15, "08:30").in(KNIT_CHAT).say(ADA, "Oriel Cardigan is out!! thank you to everyone who looked at the "
                + "schematic, the sleeve cap label made it in").react("🎉", JUNE, PIA, HESTER, MARIKO);
        Post crofter = s.at(16, "10:00").in(KNIT_TESTS).say(JUNE, "Test call for the Crofter Hat (yes the lumpy one "
                + "lol). DK, 3 weeks, sizes baby to large adult https://forms.gle/crofterHatTest");
        s.at(16, "10:40").in(KNIT_TESTS).reply(WREN, crofter, "signed up!");
        Post support = s.at(17, "12:00").in(KNIT_CHAT).say(PIA, "how do you all handle pattern support emails? got a "
                + "2000 word one today");
        s.at(17, "12:20").in(KNIT_CHAT).reply(MARIKO, support, "FAQ page + a polite template reply. saves my life");
        s.at(17, "12:31").in(KNIT_CHAT).say(HESTER, "2000 words 😳");
        Post mitts = s.at(18, "09:00").in(KNIT_CRITIQUE).say(HESTER, "my first ever pattern page, be gentle but honest "
                + "https://fellcolourwork.uk/img/skiddaw-mitts.png");
        Post square = s.at(18, "09:35").in(KNIT_CRITIQUE).reply(WREN, mitts, "this is lovely! only thing, the chart "
                + "squares aren't square, it looks a bit stretched");
        s.at(18, "09:50").in(KNIT_CRITIQUE).reply(HESTER, square, "oh no you're right, thanks Wren");
        s.at(19, "10:00").in(KNIT_CRITIQUE).reply(ADA, mitts, "agree w Wren, otherwise gorgeous");
        Post shorn = s.at(20, "15:00").in(KNIT_CHAT).say(HESTER, "the sheep have been shorn and they look ridiculous");
        s.at(20, "15:10").in(KNIT_CHAT).reply(PIA, shorn, "photos or it didn't happen");
        s.at(20, "15:15").in(KNIT_CHAT).say(HESTER, "🐑🐑");
    }

    private static void tutors(Story s) {
        s.at(1, "08:00").in(TUTORS_GENERAL).say(LARS, "morning all. anyone else's summer bookings a ghost town?");
        s.at(1, "08:20").in(TUTORS_GENERAL).say(DANA, "mine are weirdly up, lots of people cramming before moving abroad "
                + "in sept");
        s.at(1, "08:31").in(TUTORS_GENERAL).say(INES, "ghost town here too lol");
        Post twiKids = s.at(2, "10:00").in(TUTORS_FIND).say(ALMA, "Hi! looking for a Twi tutor for my kids (8 and 11), "
                + "we're visiting family in Kumasi at Christmas. online is fine");
        s.at(2, "10:35").in(TUTORS_FIND).reply(KOFI, twiKids, "Hi Alma! I teach Twi to kids online, lots of songs and "
                + "games. $22/h or 10 lessons for $200, and I'm happy to do a free 20-min trial with them first. DM me "
                + "🙂");
        s.at(2, "10:50").in(TUTORS_FIND).say(ALMA, "oh perfect, messaging you now");
        Post korean = s.at(3, "19:00").in(TUTORS_FIND).say(SUNNY, "anyone teach business Korean? I have to give "
                + "presentations in Korean by november 😬");
        s.at(3, "19:40").in(TUTORS_FIND).reply(DANA, korean, "not me sorry, but the Korean Tutors Network discord is "
                + "great, ask there");
        s.at(3, "19:45").in(TUTORS_FIND).say(SUNNY, "will do, thanks!");
        Post noShows = s.at(4, "09:00").in(TUTORS_TIPS).say(KOFI, "how do you all deal with no-shows? had 3 this month");
        s.at(4, "09:15").in(TUTORS_TIPS).reply(LARS, noShows, "24h cancellation policy, charge in full. took me 5 years "
                + "to be brave enough");
        s.at(4, "09:30").in(TUTORS_TIPS).say(INES, "same. I also send a reminder the day before, cut them in half");
        s.at(4, "09:42").in(TUTORS_TIPS).say(KOFI, "reminder is a good idea, thanks both");
        Post adult = s.at(5, "18:00").in(TUTORS_FIND).say(ALMA, "also for me, adult beginner Twi, evenings UK time? my "
                + "kids are going to overtake me otherwise");
        s.at(5, "18:20").in(TUTORS_FIND).reply(KOFI, adult, "haha they will! I have Tue and Thu 7pm UK free, same rate "
                + "$22/h. DM me and we'll set it up");
        s.at(5, "20:00").in(TUTORS_HIRE).say(DANA, "📌 Dana Whitfield: Business English (C1/C2), interview prep, "
                + "IELTS. 12 yrs experience. $45/h, Tue-Thu evenings CET. https://dana-english.com");
        Post porto = s.at(6, "11:00").in(TUTORS_GENERAL).say(INES, "anyone been to Porto? my cousin wants restaurant "
                + "recs and I'm from Lisbon so I'm useless 😂");
        s.at(6, "11:30").in(TUTORS_GENERAL).reply(LARS, porto, "Cantinho do Avillez was great, and get a francesinha "
                + "somewhere, anywhere");
        s.at(6, "11:40").in(TUTORS_GENERAL).say(INES, "thx Lars!");

        // Week 2
        Post summer = s.at(8, "09:00").in(TUTORS_TIPS).say(INES, "ok honest question for the tutors here, how do you "
                + "get new students in summer? my calendar is half empty and I need more students or I'm eating rice "
                + "in september");
        s.at(8, "09:20").in(TUTORS_TIPS).reply(LARS, summer, "refresh your italki profile and raise your trial price, "
                + "weirdly");
        s.at(8, "09:30").in(TUTORS_TIPS).say(INES, "raise it?? interesting");
        s.at(8, "09:40").in(TUTORS_TIPS).reply(DANA, summer, "referrals from current students. I give a free lesson for "
                + "every referral");
        s.at(8, "09:45").in(TUTORS_TIPS).say(INES, "oh I like that Dana");
        s.at(8, "10:30").in(TUTORS_FIND).say(HUGO, "Olá! looking for a European Portuguese tutor (not Brazilian pls), "
                + "I'm moving to Porto in October for work, B1-ish. 2x a week ideally");
        Post anki = s.at(9, "12:00").in(TUTORS_TIPS).say(INES, "do any of you use Anki decks with students or is it too "
                + "much homework?");
        Post deck = s.at(9, "12:20").in(TUTORS_TIPS).reply(KOFI, anki, "I make a shared deck per student, they love it");
        s.at(9, "12:30").in(TUTORS_TIPS).reply(INES, deck, "per student?? that's commitment");
        s.at(9, "12:41").in(TUTORS_TIPS).say(KOFI, "takes 10 min after each lesson");
        s.at(10, "09:00").in(TUTORS_FIND).say(ALMA, "random one, my husband needs Brazilian Portuguese for work, "
                + "his company is opening a São Paulo office. any tutors here?");
        Post trial = s.at(10, "15:00").in(TUTORS_TIPS).say(INES, "what do you charge for trial lessons? I've been doing "
                + "free 30 min ones");
        Post ten = s.at(10, "15:20").in(TUTORS_TIPS).reply(LARS, trial, "$10 for 30 min, filters out the tyre kickers");
        s.at(10, "15:26").in(TUTORS_TIPS).reply(INES, ten, "makes sense");
        s.at(11, "08:15").in(TUTORS_GENERAL).say(INES, "@Lars Eklund did you see italki changed the commission again");
        s.at(11, "08:40").in(TUTORS_GENERAL).say(LARS, "ugh yes, 18% now");
        s.at(11, "08:46").in(TUTORS_GENERAL).say(INES, "criminal");
        s.at(11, "09:00").in(TUTORS_GENERAL).say(DANA, "this is why I went direct");
        Post video = s.at(12, "17:00").in(TUTORS_TIPS).say(INES, "redoing my intro video, is 90 sec too long?");
        Post sixty = s.at(12, "17:15").in(TUTORS_TIPS).reply(DANA, video, "60 max imo, people decide in the first 10");
        s.at(12, "17:20").in(TUTORS_TIPS).reply(INES, sixty, "cutting it then ✂️");
        s.at(13, "09:50").in(TUTORS_GENERAL).joins(GRANT);
        Post grantHi = s.at(13, "10:00").in(TUTORS_GENERAL).say(GRANT, "hey all 👋 Grant here, I work with independent "
                + "tutors on growth. love what this community is doing");
        s.at(13, "10:20").in(TUTORS_GENERAL).reply(LARS, grantHi, "hi Grant");
        Post friday = s.at(13, "16:00").in(TUTORS_GENERAL).say(INES, "friday!! anyone doing anything fun this weekend");
        s.at(13, "16:30").in(TUTORS_GENERAL).reply(KOFI, friday, "marking homework 😭");
        s.at(14, "09:00").in(TUTORS_DM).say(GRANT, "Hey Lars! saw your tip about trial pricing in teaching-tips, smart "
                + "stuff. We help language tutors add 10-15 new students a month with a done-for-you funnel. Would you "
                + "be open to a quick 15-minute call this week? https://cal.com/grantwhitby/discovery");
        s.at(14, "11:00").in(TUTORS_DM).say(LARS, "Thanks Grant, I'm fine for now");
        s.at(14, "11:05").in(TUTORS_DM).say(GRANT, "totally understand! our next cohort closes Friday though, happy to "
                + "hold a spot for you 😉 $297 setup and your first 5 students are guaranteed");

        // Week 3
        Post stripe = s.at(15, "08:30").in(TUTORS_TIPS).say(DANA, "moving all my students to direct billing because "
                + "of the italki thing, any tips for stripe invoices?");
        s.at(15, "08:50").in(TUTORS_TIPS).reply(GRANT, stripe, "Dana this is exactly what we solve, direct billing + a "
                + "booking funnel, most tutors see ROI in 30 days. Grab 15 min here "
                + "https://cal.com/grantwhitby/discovery");
        Post links = s.at(15, "09:10").in(TUTORS_TIPS).reply(LARS, stripe, "stripe payment links + a simple notion page "
                + "with the schedule, works for me");
        s.at(15, "09:30").in(TUTORS_TIPS).reply(DANA, links, "thanks Lars, that's all I need really");
        s.at(15, "12:00").in(TUTORS_GENERAL).say(DANA, "@Ines Carvalho there are two people asking for Portuguese "
                + "tutors in find-a-tutor!! one since last monday");
        s.at(15, "12:30").in(TUTORS_GENERAL).say(INES, "omg I never look in there 🙈 thank you Dana");
        s.at(15, "12:40").in(TUTORS_FIND).say(INES, "@Hugo Brandão Olá Hugo! sorry for the slow reply, I'm a "
                + "Lisbon-born tutor, European Portuguese, and I have Tue/Thu evenings free. happy to do a trial lesson "
                + "first");
        s.at(15, "12:48").in(TUTORS_FIND).say(INES, "@Alma Reyes I mostly teach European Portuguese but I do have a "
                + "colleague in Recife who's great for business Brazilian, want me to connect you?");
        s.at(15, "14:00").in(TUTORS_FIND).say(HUGO, "perfect! sending you a DM Ines");
        s.at(15, "18:10").in(TUTORS_FIND).say(ALMA, "yes please Ines, that would be amazing");
        s.at(17, "19:00").in(TUTORS_GENERAL).say(SUNNY, "update: found a Korean tutor through the discord Dana "
                + "mentioned, thank you Dana!!").react("🎉", DANA, KOFI);
        Post cases = s.at(19, "10:00").in(TUTORS_TIPS).say(LARS, "anyone have materials for German cases that aren't "
                + "boring? my teens are dying");
        s.at(19, "10:30").in(TUTORS_TIPS).reply(KOFI, cases, "not German, but for Twi I turn grammar into card games. "
                + "maybe a case board game?");
        s.at(19, "10:45").in(TUTORS_TIPS).reply(DANA, cases, "Nicos Weg from DW is free and decent");
        s.at(19, "11:00").in(TUTORS_TIPS).say(LARS, "both good, thanks");
    }

    private static void modding(Story s) {
        s.at(1, "17:00").in(MODS_GENERAL).say(JUNI, "1.4 patch broke half my load order lol");
        s.at(1, "17:08").in(MODS_GENERAL).say(NIKO, "same, and the SDK update is mandatory");
        s.at(1, "17:20").in(MODS_GENERAL).say(OLLIE, "patch notes say the script extender needs a rebuild, most mods "
                + "will be fine after that. give it a day or two");
        Post install = s.at(2, "15:00").in(MODS_HELP).say(MARLOW, "hi how do i install mods? i put the folder in Data "
                + "but nothing happens");
        s.at(2, "15:12").in(MODS_HELP).reply(OLLIE, install, "hey Marlow! you need to enable them in the launcher's "
                + "mod tab, or use the mod manager. guide here: https://hollowdeep.wiki/modding/getting-started");
        s.at(2, "15:30").in(MODS_HELP).say(MARLOW, "omg it works thank u");
        Post lanterns = s.at(3, "18:00").in(MODS_SHOWCASE).say(TAMSIN, "Lanterns Overhaul 2.0 is out! rebuilt every "
                + "light source, volumetric fog in the mines, compatible with 1.4. "
                + "https://www.nexusmods.com/hollowdeep/mods/412");
        lanterns.react("🔥", JUNI, NIKO, OLLIE);
        Post fog = s.at(3, "18:20").in(MODS_SHOWCASE).reply(JUNI, lanterns, "the mine fog looks insane");
        s.at(3, "18:31").in(MODS_SHOWCASE).reply(TAMSIN, fog, "thank you!! took 4 months");
        s.at(4, "14:02").in(MODS_GENERAL).say(DRAYK, "btw if anyone wants more mods heres all of mine");
        s.at(4, "14:03").in(MODS_GENERAL).say(DRAYK, "https://www.nexusmods.com/hollowdeep/mods/377");
        s.at(4, "14:04").in(MODS_GENERAL).say(DRAYK, "https://www.nexusmods.com/hollowdeep/mods/388");
        s.at(4, "14:05").in(MODS_GENERAL).say(DRAYK, "https://www.nexusmods.com/hollowdeep/mods/401");
        s.at(4, "14:06").in(MODS_GENERAL).say(DRAYK, "https://www.nexusmods.com/hollowdeep/mods/405");
        s.at(4, "14:07").in(MODS_GENERAL).say(DRAYK, "and my patreon for early access https://www.patreon.com/draykmods");
        Post tpose = s.at(5, "20:00").in(MODS_HELP).say(NIKO, "anyone know why my custom NPC T-poses after 1.4? "
                + "skeleton looks fine in the editor");
        Post rig = s.at(5, "20:25").in(MODS_HELP).reply(OLLIE, tpose, "1.4 renamed the root bone to root_jnt, re-export "
                + "with the new rig: https://hollowdeep.wiki/modding/animation#rig-changes-1-4");
        s.at(5, "20:40").in(MODS_HELP).reply(NIKO, rig, "that was it!! thx");
        s.at(6, "12:00").in(MODS_SHOWCASE).say(TAMSIN, "2.0.1 hotfix: fixes the flicker in the forge, thanks to everyone "
                + "who reported it https://www.nexusmods.com/hollowdeep/mods/412?tab=files");
        Post moonfall = s.at(7, "16:00").in(MODS_OFFTOPIC).say(JUNI, "anyone playing the new Moonfall demo?");
        s.at(7, "16:15").in(MODS_OFFTOPIC).reply(NIKO, moonfall, "yes, combat is crunchy");
        s.at(7, "16:30").in(MODS_OFFTOPIC).say(TAMSIN, "downloading now");

        // Week 2
        Post master = s.at(8, "19:00").in(MODS_HELP).say(MARLOW, "my game crashes on load after installing lanterns "
                + "overhaul, log says missing master CoreLib.esm");
        s.at(8, "19:10").in(MODS_HELP).reply(OLLIE, master, "you need CoreLib, it's listed as a requirement on the mod "
                + "page: https://www.nexusmods.com/hollowdeep/mods/12");
        s.at(8, "19:12").in(MODS_HELP).say(MARLOW, "ohh ok");
        s.at(8, "19:14").in(MODS_HELP).say(OLLIE, "put it above everything else in your load order");
        Post biome = s.at(9, "11:00").in(MODS_HELP).say(JUNI, "how do I make an item spawn in only one biome? the spawn "
                + "table docs are confusing");
        Post filters = s.at(9, "11:20").in(MODS_HELP).reply(OLLIE, biome, "spawn tables take a biome filter, example "
                + "here: https://hollowdeep.wiki/modding/spawn-tables#filters");
        s.at(9, "11:32").in(MODS_HELP).reply(JUNI, filters, "ahh it's the filters key. ty");
        s.at(9, "11:40").in(MODS_HELP).say(OLLIE, "np, set the weight low too or it'll flood the biome");
        s.at(9, "21:00").in(MODS_SHOWCASE).reply(NIKO, lanterns, "@Tamsin Vale does Lanterns Overhaul conflict with "
                + "Deeper Caves? getting pitch black tunnels, which one should load first?");
        Post textures = s.at(10, "10:00").in(MODS_HELP).say(DRAYK, "whats the best way to pack textures so my mod is "
                + "smaller");
        Post bc7 = s.at(10, "10:30").in(MODS_HELP).reply(OLLIE, textures, "BC7 for colour, BC5 for normals. the texconv "
                + "preset script does both: https://github.com/hollowdeep-community/texconv-presets");
        s.at(10, "10:45").in(MODS_HELP).reply(DRAYK, bc7, "cheers");
        Post demo = s.at(10, "20:00").in(MODS_OFFTOPIC).say(TAMSIN, "moonfall demo is so good, finished it twice");
        s.at(10, "20:10").in(MODS_OFFTOPIC).reply(JUNI, demo, "the final boss!!");
        Post reload = s.at(11, "09:00").in(MODS_HELP).say(NIKO, "is there a way to hot reload scripts without "
                + "restarting the game?");
        Post console = s.at(11, "09:20").in(MODS_HELP).reply(OLLIE, reload, "console command reloadscripts works for "
                + "most of them, not for anything that registers events at startup");
        s.at(11, "09:33").in(MODS_HELP).reply(NIKO, console, "good enough, thanks");
        Post vanillaFog = s.at(11, "19:00").in(MODS_GENERAL).say(TAMSIN, "anyone else think the 1.4 fog settings are "
                + "way too strong in vanilla");
        s.at(11, "19:12").in(MODS_GENERAL).reply(JUNI, vanillaFog, "yes, it's soup");
        Post sword = s.at(12, "16:00").in(MODS_HELP).say(MARLOW, "how do i make my own mod? like a simple sword");
        s.at(12, "16:10").in(MODS_HELP).reply(OLLIE, sword, "start here, it literally walks you through a sword: "
                + "https://hollowdeep.wiki/modding/first-item");
        s.at(12, "16:11").in(MODS_HELP).say(OLLIE, "and ping me if you get stuck");
        s.at(12, "16:30").in(MODS_HELP).say(MARLOW, "🙏");
        s.at(12, "22:00").in(MODS_OFFTOPIC).say(TAMSIN, "cat sat on my keyboard and deleted a texture. send help");
        Post diff = s.at(13, "10:00").in(MODS_HELP).say(JUNI, "anyone know a good tool for diffing two esp files?");
        s.at(13, "10:20").in(MODS_HELP).reply(OLLIE, diff, "xEdit's compare mode: https://hollowdeep.wiki/tools/xedit");
        s.at(13, "18:00").in(MODS_GENERAL).say(OLLIE, "fyi I'm off camping till Tuesday, no signal. be good");
        s.at(14, "15:00").in(MODS_HELP).say(NIKO, "@Ollie Ferris you around? my script extender plugin won't load since "
                + "the hotfix");

        // Week 3
        s.at(15, "11:00").in(MODS_GENERAL).say(NIKO, "nvm the lanterns / deeper caves thing, figured out deeper caves "
                + "has to load after");
        Post fishing = s.at(15, "18:00").in(MODS_SHOWCASE).say(JUNI, "WIP: working on a fishing overhaul, first "
                + "screenshots https://i.imgur.com/juniFishingWip.png");
        fishing.react("😍", TAMSIN, NIKO);
        Post rods = s.at(15, "18:30").in(MODS_SHOWCASE).reply(TAMSIN, fishing, "ooh the rod models!!");
        s.at(15, "18:45").in(MODS_SHOWCASE).reply(JUNI, rods, "thank you 🥹");
        Post sdk = s.at(16, "09:00").in(MODS_HELP).say(OLLIE, "back! @Niko Salo did you rebuild against SDK 1.4.2? the "
                + "hotfix bumped the version");
        s.at(16, "09:30").in(MODS_HELP).reply(NIKO, sdk, "that was it, thanks!!");
        s.at(16, "12:00").in(MODS_SHOWCASE).say(TAMSIN, "@Niko Salo oh sorry missed your question! yes Deeper Caves "
                + "after Lanterns, I'll add it to the description");
        s.at(17, "20:00").in(MODS_SHOWCASE).say(DRAYK, "Cozy Campfires 1.3, fixed for 1.4 "
                + "https://www.nexusmods.com/hollowdeep/mods/388");
        s.at(19, "23:40").in(MODS_OFFTOPIC).say(DRAYK, "https://www.patreon.com/draykmods");
        Post weird = s.at(18, "21:00").in(MODS_OFFTOPIC).say(MARLOW, "is it weird that i like modding more than "
                + "playing now");
        s.at(18, "21:10").in(MODS_OFFTOPIC).reply(OLLIE, weird, "welcome to the club");
        s.at(18, "21:15").in(MODS_OFFTOPIC).say(NIKO, "same lol");
    }

    private static void coffee(Story s) {
        s.at(1, "09:00").in(COFFEE_NEWS).say(NOOR, "☕ New lot: Ethiopia Guji Hambela natural, blueberry & jasmine. "
                + "Club members get 12% off this week with code CLUB12 https://emberandoak.coffee/shop/guji-hambela")
                .react("😍", PETE, MIRA);
        s.at(1, "09:30").in(COFFEE_GENERAL).say(PETE, "just ordered the guji 👀");
        s.at(1, "09:41").in(COFFEE_GENERAL).say(MIRA, "same lol");
        Post sour = s.at(2, "08:00").in(COFFEE_BREW).say(MIRA, "anyone have a good V60 recipe for a light natural? "
                + "mine tastes kind of sour");
        Post hotter = s.at(2, "08:20").in(COFFEE_BREW).reply(PETE, sour, "grind finer and go hotter, 96c. I wrote up "
                + "my recipe for the last natural here https://petebrews.blog/v60-naturals");
        s.at(2, "08:35").in(COFFEE_BREW).reply(NOOR, sour, "also try a longer bloom, 45s. naturals love it");
        s.at(2, "09:10").in(COFFEE_BREW).reply(MIRA, hotter, "96 + the longer bloom helped a lot, thank you both!");
        Post c3 = s.at(3, "19:00").in(COFFEE_BREW).say(KENJI, "new grinder arrived (Timemore C3), where do I start for "
                + "aeropress?");
        s.at(3, "19:20").in(COFFEE_BREW).reply(PETE, c3, "~12 clicks. I have an aeropress grind table on the blog, "
                + "there's a C3 row https://petebrews.blog/aeropress-grind-table");
        s.at(3, "19:35").in(COFFEE_BREW).say(KENJI, "amazing thanks Pete");
        s.at(4, "10:00").in(COFFEE_NEWS).say(NOOR, "Cupping night at the roastery, Sat 22 Aug 6pm, free for club "
                + "members, 20 places. RSVP here: https://emberandoak.coffee/events/cupping-aug");
        Post decaf = s.at(4, "12:00").in(COFFEE_GENERAL).say(ADE, "has anyone tried your decaf? my partner is pregnant "
                + "and really missing coffee");
        Post sugarcane = s.at(4, "12:30").in(COFFEE_GENERAL).reply(NOOR, decaf, "the Colombia sugarcane decaf is the "
                + "team favourite, honestly tastes like regular");
        s.at(4, "12:45").in(COFFEE_GENERAL).reply(ADE, sugarcane, "ordering it, thanks Noor");
        Post twoBags = s.at(5, "09:00").in(COFFEE_GENERAL).say(LUCIA, "switched my subscription to 2 bags a month, "
                + "no regrets");
        s.at(5, "09:20").in(COFFEE_GENERAL).reply(SAM, twoBags, "love to hear it Lucía!");
        Post jam = s.at(6, "10:00").in(COFFEE_GENERAL).say(KENJI, "anyone else get the guji? tastes like blueberry "
                + "jam, what is this sorcery");
        s.at(6, "10:25").in(COFFEE_GENERAL).reply(PETE, jam, "natural process magic 🪄");
        Post expo = s.at(7, "18:00").in(COFFEE_GENERAL).say(SAM, "heads up: I'm off to the Melbourne coffee expo, back "
                + "the 17th. Noor's running the shop 💪");
        s.at(7, "18:20").in(COFFEE_GENERAL).reply(NOOR, expo, "bring back Tim Tams");

        // Week 2
        Post lost = s.at(9, "08:30").in(COFFEE_ORDERS).say(LUCIA, "Hi! my August subscription bag never arrived, "
                + "tracking hasn't moved since the 4th. order EO-20931. can someone from the team check?");
        Post muffins = s.at(9, "10:00").in(COFFEE_GENERAL).say(NOOR, "morning all! roasting the Guji again today, the "
                + "roastery smells like blueberry muffins");
        s.at(9, "10:15").in(COFFEE_GENERAL).reply(PETE, muffins, "jealous");
        Post upside = s.at(9, "14:00").in(COFFEE_BREW).say(KENJI, "aeropress upside down or normal? genuinely asking");
        s.at(9, "14:10").in(COFFEE_BREW).reply(NOOR, upside, "upside down, always, fight me");
        s.at(9, "14:20").in(COFFEE_BREW).say(KENJI, "😂 ok");
        Post doorstep = s.at(10, "09:00").in(COFFEE_ORDERS).say(ADE, "same here actually, my order says delivered "
                + "yesterday but nothing on the doorstep. EO-20977");
        Post brewing = s.at(10, "12:00").in(COFFEE_GENERAL).say(NOOR, "what's everyone brewing this week?");
        s.at(10, "12:20").in(COFFEE_GENERAL).reply(MIRA, brewing, "guji on repeat");
        s.at(10, "12:30").in(COFFEE_GENERAL).say(PETE, "the kenya, in a moka pot, don't judge me");
        s.at(11, "09:00").in(COFFEE_NEWS).say(NOOR, "Restock: Kenya Kiambu AA is back 🍅 "
                + "https://emberandoak.coffee/shop/kenya-kiambu").react("🔥", PETE);
        s.at(11, "17:00").in(COFFEE_ORDERS).reply(LUCIA, lost, "any update on this? 🙁");
        Post coldBrew = s.at(12, "11:00").in(COFFEE_BREW).say(MIRA, "cold brew ratio for the kenya?");
        s.at(12, "11:20").in(COFFEE_BREW).reply(NOOR, coldBrew, "1:8, 16h in the fridge, then dilute to taste");
        s.at(12, "11:30").in(COFFEE_BREW).say(MIRA, "ty!");
        Post sorry = s.at(13, "09:30").in(COFFEE_ORDERS).reply(NOOR, lost, "Lucía I'm so sorry, Sam's away and I "
                + "missed this channel 🙈 looks like the courier lost it, sending you a new bag today on us");
        Post reship = s.at(13, "09:35").in(COFFEE_ORDERS).reply(NOOR, doorstep, "Ade same for you, reshipping now and "
                + "I've opened a claim with the courier");
        s.at(13, "10:00").in(COFFEE_ORDERS).reply(LUCIA, sorry, "thank you!!");
        s.at(13, "12:00").in(COFFEE_ORDERS).reply(ADE, reship, "appreciate it");

        Post dialed = s.at(14, "09:00").in(COFFEE_BREW).say(PETE, "finally dialed in espresso with the kenya: 18g in, "
                + "40 out, 28s");
        s.at(14, "09:20").in(COFFEE_BREW).reply(MIRA, dialed, "saving this");
        Post machine = s.at(14, "09:40").in(COFFEE_BREW).reply(ADE, dialed, "what machine?");
        s.at(14, "10:05").in(COFFEE_BREW).reply(PETE, machine, "gaggia classic with a PID mod");

        // Week 3
        Post rwanda = s.at(15, "10:00").in(COFFEE_GENERAL).say(SAM, "back! the expo was wild. may have found us a new "
                + "producer in Rwanda 👀");
        s.at(15, "10:20").in(COFFEE_GENERAL).reply(PETE, rwanda, "ooh rwanda naturals are so good");
        s.at(16, "09:00").in(COFFEE_NEWS).say(SAM, "Cupping night is this Saturday, 6 places left "
                + "https://emberandoak.coffee/events/cupping-aug");
        Post pause = s.at(16, "13:00").in(COFFEE_ORDERS).say(KENJI, "can I pause my subscription for september? "
                + "travelling");
        Post paused = s.at(16, "13:30").in(COFFEE_ORDERS).reply(SAM, pause, "of course! paused, it'll restart in "
                + "October. safe travels");
        s.at(16, "13:40").in(COFFEE_ORDERS).reply(KENJI, paused, "legend");
        Post crust = s.at(17, "19:00").in(COFFEE_BREW).say(MIRA, "french press people, do you stir the crust or "
                + "not?");
        s.at(17, "19:30").in(COFFEE_BREW).reply(SAM, crust, "break it at 4 min, skim the foam, then wait another 5. "
                + "changed my life");
        s.at(17, "19:40").in(COFFEE_BREW).say(MIRA, "trying it tomorrow");
        Post approved = s.at(18, "08:00").in(COFFEE_BREW).say(ADE, "the decaf is great btw, partner approved");
        s.at(18, "08:30").in(COFFEE_BREW).reply(NOOR, approved, "yay!! tell her congrats from us");
        Post tonight = s.at(20, "12:00").in(COFFEE_GENERAL).say(PETE, "who's coming tonight?");
        s.at(20, "12:10").in(COFFEE_GENERAL).reply(MIRA, tonight, "me!");
        s.at(20, "12:30").in(COFFEE_GENERAL).say(LUCIA, "me + my sister");
    }

    private static void conference(Story s) {
        String schedule = "https://northfieldux.com/2026/schedule";
        s.at(1, "09:00").in(CONF_NEWS).say(FATIMA, "Welcome to the Northfield UX Summit attendee server! 🎉 The "
                + "schedule is here: " + schedule + " Introduce yourself in #introductions and plan meetups in "
                + "#meetups. See you on the 13th!");
        Post hanaHi = s.at(1, "11:00").in(CONF_INTROS).say(HANA, "Hi! Hana, design lead at a small fintech in Leeds. "
                + "I'm speaking on Friday about onboarding for anxious users. Mostly here to meet people doing "
                + "research ops");
        Post leoHi = s.at(1, "11:30").in(CONF_INTROS).reply(LEO, hanaHi, "Looking forward to your talk Hana! research "
                + "ops here, let's chat");
        s.at(1, "11:45").in(CONF_INTROS).reply(HANA, leoHi, "yes! coffee on thursday?");
        s.at(2, "09:00").in(CONF_INTROS).say(BROCK, "Brock here, founder of Dunmore Design, we do fast UX audits for "
                + "SaaS teams. Excited to meet everyone!");
        Post sadeHi = s.at(2, "10:00").in(CONF_INTROS).say(SADE, "Hey all, Sade, UX researcher on an NHS digital team. "
                + "first conference in 3 years 😅 here for the accessibility talks");
        s.at(2, "10:20").in(CONF_INTROS).reply(BROCK, sadeHi, "@Sade Adeyemi welcome! public sector UX is crying out "
                + "for audits. my agency does a 48h accessibility audit, grab a 15-min call and I'll show you what "
                + "we'd find: https://dunmoredesign.co/book");
        s.at(2, "11:00").in(CONF_INTROS).reply(TOMAS, sadeHi, "accessibility buddies! see you at the Thursday workshop");
        Post tomasHi = s.at(3, "08:00").in(CONF_INTROS).say(TOMAS, "Tomas, product designer from Malmö, first time in "
                + "Northfield. I run most mornings if anyone wants to join");
        s.at(3, "08:30").in(CONF_INTROS).reply(BROCK, tomasHi, "@Tomas Lindgren nice! if your product team ever needs a "
                + "fresh pair of eyes on conversion, we do audits in 48h, here's my calendar "
                + "https://dunmoredesign.co/book");
        s.at(3, "12:00").in(CONF_INTROS).say(PRISCILLA, "Priscilla, content designer from Toronto. here to learn + eat");
        s.at(3, "12:20").in(CONF_INTROS).reply(BROCK, hanaHi, "@Hana Ito onboarding for anxious users sounds great. "
                + "we've audited 30+ fintech onboarding flows, happy to compare notes on a quick call: "
                + "https://dunmoredesign.co/book");
        s.at(3, "13:00").in(CONF_INTROS).say(HANA, "thanks Brock, I'm good for now!");
        Post recorded = s.at(4, "15:00").in(CONF_GENERAL).say(PRISCILLA, "will the talks be recorded?");
        s.at(4, "15:20").in(CONF_GENERAL).reply(FATIMA, recorded, "yes! recordings go up about 2 weeks after, the "
                + "schedule page will link each one " + schedule);
        s.at(4, "15:30").in(CONF_GENERAL).say(PRISCILLA, "amazing, thanks");
        Post run = s.at(5, "07:00").in(CONF_MEETUPS).say(TOMAS, "morning run Thursday 6:30 from the hotel lobby, easy 5k, "
                + "who's in?");
        s.at(5, "07:30").in(CONF_MEETUPS).reply(SADE, run, "me!");
        s.at(5, "08:10").in(CONF_MEETUPS).say(LEO, "if I'm awake");
        Post vegan = s.at(5, "13:00").in(CONF_GENERAL).say(SADE, "any good vegan food near the venue?");
        s.at(5, "13:30").in(CONF_GENERAL).say(PRISCILLA, "following");
        s.at(5, "13:45").in(CONF_GENERAL).reply(LEO, vegan, "Roots on Castle St, went last year, huge portions");
        Post wifi = s.at(6, "10:00").in(CONF_GENERAL).say(LEO, "anyone know if the venue wifi is decent? need to demo "
                + "something live");
        s.at(6, "10:30").in(CONF_GENERAL).reply(FATIMA, wifi, "it's solid, and there's a separate speaker network if "
                + "you need it");
        s.at(7, "17:00").in(CONF_NEWS).say(FATIMA, "Room numbers are now on the schedule, plus the workshop "
                + "sign-up sheets: " + schedule);

        // Week 2: the Summit, Thursday 13 and Friday 14
        s.at(8, "09:00").in(CONF_NEWS).say(FATIMA, "Badge pickup opens Wednesday 5pm at the Corn Exchange. Bring ID!");
        s.at(9, "09:00").in(CONF_NEWS).say(FATIMA, "Reminder: workshops need pre-registration, sheets are linked from "
                + "each session on the schedule");
        Post thai = s.at(9, "12:00").in(CONF_MEETUPS).say(LEO, "research ops dinner Wednesday 7:30, thinking the Thai "
                + "place on Mill St. reply if you want in");
        s.at(9, "12:10").in(CONF_MEETUPS).reply(HANA, thai, "in!");
        s.at(9, "12:40").in(CONF_MEETUPS).reply(SADE, thai, "in");
        s.at(9, "13:15").in(CONF_MEETUPS).reply(PRISCILLA, thai, "me too please");
        s.at(10, "10:00").in(CONF_MEETUPS).say(LEO, "booked for 6 under Marchetti 🍜");
        s.at(10, "16:00").in(CONF_NEWS).say(FATIMA, "Wifi: NUXS-Guest / password lanterns2026");
        s.at(11, "07:30").in(CONF_NEWS).say(FATIMA, "Day 1 starts 9:15 in the Main Hall, coffee from 8:30");
        Post keynote = s.at(11, "10:30").in(CONF_GENERAL).say(PRISCILLA, "the keynote was 🔥");
        s.at(11, "10:40").in(CONF_GENERAL).reply(TOMAS, keynote, "the bit about error messages as conversations 👏");
        s.at(11, "12:15").in(CONF_NEWS).say(FATIMA, "Lunch is in the atrium, vegan options on the left-hand table");
        s.at(11, "13:30").in(CONF_NEWS).say(FATIMA, "Change: the research ops panel has moved to Room 2");
        s.at(11, "18:00").in(CONF_MEETUPS).say(TOMAS, "run tomorrow, same time, 6:30 lobby");
        s.at(12, "07:45").in(CONF_NEWS).say(FATIMA, "Day 2 doors at 9:00. Hana Ito's talk is at 11:00 in the Main Hall");
        Post cried = s.at(12, "12:10").in(CONF_GENERAL).say(SADE, "@Hana Ito your talk made me cry a little. the bit "
                + "about 'are you sure?' dialogs. will the slides be shared?");
        s.at(12, "12:40").in(CONF_GENERAL).reply(HANA, cried, "aw thank you Sade 🥹 yes, here "
                + "https://speakerdeck.com/hanaito/anxious-onboarding").react("🙏", SADE, LEO, PRISCILLA);
        s.at(12, "17:00").in(CONF_NEWS).say(FATIMA, "Closing drinks at the Bell from 6. Thank you all!!")
                .react("🎉", LEO, TOMAS, HANA);
        s.at(12, "23:30").in(CONF_GENERAL).say(LEO, "best conference I've been to in years");
        s.at(13, "10:00").in(CONF_NEWS).say(FATIMA, "Feedback form, 5 minutes, helps us a lot: "
                + "https://northfieldux.com/2026/feedback");
        s.at(13, "10:05").in(CONF_NEWS).say(FATIMA, "Lost property: one blue umbrella and a phone charger. DM me");

        // Week 3
        Post speaker = s.at(15, "14:00").in(CONF_GENERAL).say(TOMAS, "still thinking about the error message talk. "
                + "anyone remember the speaker's name?");
        s.at(15, "14:20").in(CONF_GENERAL).reply(PRISCILLA, speaker, "Mara Olsen I think, she's on linkedin");
        s.at(16, "09:00").in(CONF_GENERAL).say(BROCK, "great summit all! if anyone wants the audit checklist from our "
                + "booth, DM me");
        s.at(17, "10:00").in(CONF_NEWS).say(FATIMA, "Recordings will be up on the 28th, we'll post here");
        Post slides = s.at(17, "15:00").in(CONF_GENERAL).say(SADE, "@Tomas Lindgren did you get the links from the "
                + "accessibility workshop? I missed the last slide");
        Post a11y = s.at(17, "15:40").in(CONF_GENERAL).reply(TOMAS, slides, "yes! https://www.w3.org/WAI/tips/designing/ "
                + "and the checklist she recommended https://www.a11yproject.com/checklist/");
        s.at(18, "08:00").in(CONF_GENERAL).reply(SADE, a11y, "thank you!!");
        s.at(19, "12:00").in(CONF_GENERAL).say(HANA, "thanks again to everyone who came to my talk, the questions were "
                + "so good").react("👏", LEO, SADE);
        Post notesUp = s.at(20, "09:00").in(CONF_GENERAL).say(PRISCILLA, "wrote up my notes from the summit, mostly for "
                + "my team but sharing in case they're useful https://priscillayu.ca/notes/northfield-2026");
        s.at(20, "09:40").in(CONF_GENERAL).reply(LEO, notesUp, "these are great, thanks Priscilla");
        Post followUp = s.at(21, "18:00").in(CONF_GENERAL).say(TOMAS, "anyone up for an online follow-up chat in a "
                + "month? like a mini summit reunion");
        s.at(21, "18:20").in(CONF_GENERAL).reply(SADE, followUp, "yes!");
        s.at(21, "18:45").in(CONF_GENERAL).reply(HANA, followUp, "count me in");
    }

    private static void devsoc(Story s) {
        Post summer = s.at(1, "13:00").in(DEVSOC_GENERAL).say(OWEN, "summer is too long, I miss having a reason to "
                + "code");
        Post build = s.at(1, "13:20").in(DEVSOC_GENERAL).reply(ZARA, summer, "build something!");
        s.at(1, "13:25").in(DEVSOC_GENERAL).reply(OWEN, build, "but what");
        String hack = "https://riversidedevsoc.org/hack26";
        s.at(2, "12:00").in(DEVSOC_EVENTS).say(AISHA, "🚀 Riverside Hack 2026 is on! 12-13 Sept, 24h, free food, teams "
                + "of up to 4. Sign up: " + hack).react("🔥", ZARA, OWEN, MEI);
        Post reminder = s.at(3, "10:00").in(DEVSOC_GENERAL).say(AISHA, "hackathon signup is open btw, first-years very "
                + "welcome, you don't need to be good at anything " + hack);
        s.at(3, "10:20").in(DEVSOC_GENERAL).reply(ZARA, reminder, "signed up 🙌");
        s.at(3, "10:30").in(DEVSOC_GENERAL).say(OWEN, "me + Rhys are in");
        Post requests = s.at(4, "16:00").in(DEVSOC_HELP).say(RHYS, "why does my python script say ModuleNotFoundError: "
                + "No module named 'requests' when I definitely pip installed it");
        Post pythonM = s.at(4, "16:15").in(DEVSOC_HELP).reply(OWEN, requests, "probably installed into a different "
                + "python. try python -m pip install requests");
        s.at(4, "16:25").in(DEVSOC_HELP).reply(RHYS, pythonM, "that fixed it wtf. thanks");
        s.at(5, "22:00").in(DEVSOC_LOGS).say(MEI, "day 1 of building a bus times app for campus. got the council API "
                + "key, parsing the GTFS feed tonight");
        s.at(6, "22:30").in(DEVSOC_LOGS).say(MEI, "day 2: GTFS parsed, 40k stop times, sqlite is holding up fine");
        s.at(6, "12:00").in(DEVSOC_EVENTS).say(AISHA, "hack26 update: 60 sign-ups already! team-finding thread goes up "
                + "later this month " + hack);
        s.at(7, "21:00").in(DEVSOC_LOGS).say(MEI, "day 3: map view with leaflet working. it's ugly but it's mine")
                .react("🔥", OWEN);

        // Week 2
        Post jaden1 = s.at(8, "09:10").in(DEVSOC_GENERAL).say(JADEN, "Day 1 of building ShelfShare in public 🚀 I'm "
                + "making an app where students swap textbooks. my goal is 100 users by freshers week");
        jaden1.react("🔥", ZARA);
        Post detached = s.at(8, "11:00").in(DEVSOC_HELP).say(RHYS, "git says 'detached HEAD' and I'm scared");
        Post gitSwitch = s.at(8, "11:20").in(DEVSOC_HELP).reply(OWEN, detached, "you checked out a commit, not a branch. "
                + "git switch main and you're back");
        s.at(8, "11:30").in(DEVSOC_HELP).reply(RHYS, gitSwitch, "phew ty");
        s.at(8, "18:40").in(DEVSOC_GENERAL).say(JADEN, "I just finished my landing page, I'm really proud of how it "
                + "turned out");
        s.at(8, "22:00").in(DEVSOC_LOGS).say(MEI, "day 4: live bus positions! they jump around a lot, need smoothing");
        s.at(9, "08:55").in(DEVSOC_GENERAL).say(JADEN, "I hit 12 waitlist signups overnight!! my friends from home "
                + "signed up lol");
        Post aoc = s.at(9, "13:00").in(DEVSOC_GENERAL).say(OWEN, "anyone doing the summer coding challenge thing?");
        s.at(9, "13:15").in(DEVSOC_GENERAL).reply(ZARA, aoc, "day 6 and stuck on the grid one");
        s.at(9, "13:20").in(DEVSOC_GENERAL).say(OWEN, "same, the grid one is evil");
        s.at(9, "07:50").in(DEVSOC_LOGS).say(MEI, "morning bonus log: found out the council feed updates every 30s, "
                + "not 10s like the docs say");
        s.at(9, "21:30").in(DEVSOC_GENERAL).say(JADEN, "my co-founder dropped out so I'm solo now. I think I work "
                + "better alone anyway");
        s.at(9, "22:10").in(DEVSOC_LOGS).say(MEI, "day 5: smoothing done with a simple moving average, good enough. "
                + "next: arrival predictions");
        s.at(10, "10:15").in(DEVSOC_GENERAL).say(JADEN, "I've decided to build it in Next.js instead of Flutter. my "
                + "reasoning: I know React better and I want to ship fast");
        Post apiKey = s.at(10, "11:00").in(DEVSOC_HELP).say(RHYS, "how do I hide my API key in a flask app? I pushed it "
                + "to github 😬");
        Post rotate = s.at(10, "11:25").in(DEVSOC_HELP).reply(AISHA, apiKey, "rotate the key first!! then put it in a "
                + ".env file, load it with python-dotenv, and add .env to .gitignore");
        s.at(10, "11:40").in(DEVSOC_HELP).reply(RHYS, rotate, "rotating now, thanks Aisha");
        s.at(10, "22:40").in(DEVSOC_LOGS).say(MEI, "day 6: predictions are off by 4 min on average. the council data "
                + "lies");
        s.at(10, "23:05").in(DEVSOC_GENERAL).say(JADEN, "I coded for 9 hours today, my back hurts but my MVP is 60% "
                + "done");
        s.at(11, "08:30").in(DEVSOC_LOGS).say(MEI, "quick one: the stop names in the feed have trailing spaces. all "
                + "of them. why");
        Post keyboard = s.at(11, "12:00").in(DEVSOC_GENERAL).say(ZARA, "bought a mechanical keyboard, my flatmate "
                + "hates me");
        s.at(11, "12:10").in(DEVSOC_GENERAL).reply(OWEN, keyboard, "which switches");
        s.at(11, "12:20").in(DEVSOC_GENERAL).say(ZARA, "browns, I'm not a monster");
        s.at(11, "13:20").in(DEVSOC_GENERAL).say(JADEN, "I'm thinking about applying to the uni incubator with "
                + "ShelfShare, my pitch deck is 12 slides");
        s.at(11, "21:50").in(DEVSOC_LOGS).say(MEI, "day 7: rewrote predictions to use the last 3 days' delays per stop. "
                + "down to 1.5 min off");
        s.at(12, "09:40").in(DEVSOC_GENERAL).say(JADEN, "I got my first bug report from a tester lol, I fixed it in 5 "
                + "min");
        Post tuple = s.at(12, "14:00").in(DEVSOC_HELP).say(RHYS, "what's the difference between a list and a tuple "
                + "actually");
        Post fixed = s.at(12, "14:20").in(DEVSOC_HELP).reply(MEI, tuple, "a tuple can't change after you make it. use "
                + "them for fixed stuff like coordinates, lists for things that grow");
        s.at(12, "14:30").in(DEVSOC_HELP).reply(RHYS, fixed, "ahh ok that makes sense");
        s.at(12, "22:10").in(DEVSOC_GENERAL).say(JADEN, "my waitlist is at 31 now. I'm going to post in the freshers "
                + "facebook group next");
        s.at(12, "22:30").in(DEVSOC_LOGS).say(MEI, "day 8: added a dark mode because I was up at 2am testing it");
        s.at(13, "11:00").in(DEVSOC_GENERAL).say(JADEN, "I'm taking the weekend off to work on my pitch. my mentor "
                + "says I'm ahead of schedule");
        s.at(13, "21:00").in(DEVSOC_LOGS).say(MEI, "day 9: showed it to my flatmates, one of them cried because the 42 "
                + "was actually on time for once");
        s.at(14, "15:00").in(DEVSOC_LOGS).say(MEI, "day 10: wrote tests for the prediction code. found 2 bugs. of "
                + "course");
        s.at(14, "20:00").in(DEVSOC_GENERAL).say(JADEN, "week 1 of building in public done. I learned so much about "
                + "myself as a founder");
        s.at(14, "22:00").in(DEVSOC_LOGS).say(MEI, "day 10, part 2: deployed to a tiny VPS. I'll share the link once it "
                + "survives a week");

        // Week 3
        s.at(16, "10:00").in(DEVSOC_HELP).say(RHYS, "@Aisha Malik you deployed the devsoc site on Render right? how did "
                + "you get the env vars working? mine says KeyError on startup");
        s.at(16, "13:00").in(DEVSOC_EVENTS).say(AISHA, "hack26: team-finding thread is up! post what you can do and "
                + "what you want to build 👇");
        s.at(16, "13:30").in(DEVSOC_EVENTS).say(OWEN, "backend + databases, want to build something for societies");
        s.at(16, "14:00").in(DEVSOC_EVENTS).say(MEI, "frontend + maps, would love a backend person 👀 @Owen Grady");
        s.at(16, "14:20").in(DEVSOC_EVENTS).say(OWEN, "@Mei Tanaka deal");
        Post pub = s.at(17, "11:00").in(DEVSOC_GENERAL).say(AISHA, "who's around campus on friday? committee meeting "
                + "then pub");
        s.at(17, "11:10").in(DEVSOC_GENERAL).reply(ZARA, pub, "me");
        Post incubator = s.at(17, "11:30").in(DEVSOC_GENERAL).reply(JADEN, pub, "me! also @Aisha Malik is the "
                + "incubator open to second years?");
        s.at(17, "11:45").in(DEVSOC_GENERAL).reply(AISHA, incubator, "yes! deadline is end of september");
        s.at(17, "11:50").in(DEVSOC_GENERAL).say(JADEN, "amazing thanks");
        s.at(18, "12:00").in(DEVSOC_EVENTS).say(AISHA, "we have sponsors!! free pizza confirmed 🍕")
                .react("🎉", OWEN, MEI, ZARA);
        Post render = s.at(19, "09:00").in(DEVSOC_HELP).say(OWEN, "@Rhys Pritchard render has an Environment tab in the "
                + "service settings, set them there, it doesn't read your .env");
        s.at(19, "09:30").in(DEVSOC_HELP).reply(RHYS, render, "ahh that was it. thank you Owen");
        s.at(20, "16:00").in(DEVSOC_LOGS).say(MEI, "week 3: it survived! https://buses.meitanaka.dev if anyone wants to "
                + "try it").react("🔥", ZARA, OWEN, AISHA);
    }
}
