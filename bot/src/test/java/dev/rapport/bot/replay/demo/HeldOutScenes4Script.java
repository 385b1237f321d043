package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A fourth round of held-out scenes for {@code rapport eval tips}, written and labelled in
 * {@code bot/src/test/resources/eval/held-out-scenes-4.csv} after the fixes of rounds one to three and before the coach
 * was run on them.
 *
 * <p>Two weeks from Monday 6 July 2026 (ISO weeks 2026-W28 and W29), in UTC. Every scene is its own guild; no person
 * appears in two scenes. Run {@link #main} to regenerate {@code bot/src/test/resources/eval/held-out-scenes-4/}
 * ({@code ScenesAreUpToDateTest} fails when the committed files differ).
 */
public final class HeldOutScenes4Script extends StoryScript {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 7, 6);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 7, 20, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(2400);

    // --- U1. A producer drops the same beat-store link with a discount code in three channels -----------------
    static final String BEATS = IDS.guild(51);
    static final Channel BEATS_GENERAL = IDS.channel(BEATS, "Bedroom Beatmakers", "general", "Talk beats.",
            "beats-general.json");
    static final Channel BEATS_FEEDBACK = IDS.channel(BEATS, "Bedroom Beatmakers", "feedback",
            "Post a track, get honest ears.", "beats-feedback.json");
    static final Channel BEATS_COLLABS = IDS.channel(BEATS, "Bedroom Beatmakers", "collabs",
            "Find singers, players and producers.", "beats-collabs.json");
    static final Persona RAFE = IDS.person("rafebeats", "Rafe");
    static final Persona THEO = IDS.person("theoloops", "Theo");
    static final Persona SUKI = IDS.person("sukisings", "Suki");
    static final Persona ABEL = IDS.person("abelmix", "Abel");

    // --- U2. A newcomer answers feedback requests with priced offers; a copywriter celebrates her client ------
    static final String COPY = IDS.guild(52);
    static final Channel COPY_GENERAL = IDS.channel(COPY, "Copy & Coffee", "general", "Words, clients, coffee.",
            "copy-general.json");
    static final Channel COPY_FEEDBACK = IDS.channel(COPY, "Copy & Coffee", "feedback-requests",
            "Ask for feedback on your drafts.", "copy-feedback-requests.json");
    static final Channel COPY_WINS = IDS.channel(COPY, "Copy & Coffee", "wins", "Celebrate the good stuff.",
            "copy-wins.json");
    static final Persona MO = IDS.person("mocopy", "Mo");
    static final Persona PIA = IDS.person("piawrites", "Pia");
    static final Persona QUINN = IDS.person("quinnletters", "Quinn");
    static final Persona LINA = IDS.person("linacopy", "Lina");
    static final Persona OMAR = IDS.person("omarteas", "Omar");

    // --- U3. A help community: someone helped all week who lets a question he could answer pass -------------
    static final String HOMELAB = IDS.guild(53);
    static final Role HOMELAB_MODERATOR = new Role(IDS.id("2023-05-02"), "Moderator", "#1abc9c", 3);
    static final Channel HOMELAB_NEWS = IDS.channel(HOMELAB, "Homelab Help Desk", "announcements",
            "News from the mods.", "homelab-announcements.json");
    static final Channel HOMELAB_HELP = IDS.channel(HOMELAB, "Homelab Help Desk", "help",
            "Ask anything about your home server.", "homelab-help.json");
    static final Persona CATO = IDS.person("catoserver", "Cato");
    static final Persona RUTH = IDS.person("ruthmod", "Ruth", HOMELAB_MODERATOR);
    static final Persona SOL = IDS.person("solnas", "Sol");
    static final Persona TAM = IDS.person("tamrack", "Tam");
    static final Persona UMA = IDS.person("umavpn", "Uma");
    static final Persona WES = IDS.person("wesdocker", "Wes");

    // --- U4. A stallholder posts about herself all week and leaves a neighbour's question; a busy one answers late
    static final String MARKET = IDS.guild(54);
    static final Channel MARKET_GENERAL = IDS.channel(MARKET, "Saturday Market Traders", "general",
            "For everyone with a stall.", "market-general.json");
    static final Persona DORA = IDS.person("doracandles", "Dora");
    static final Persona EZRA = IDS.person("ezrasourdough", "Ezra");
    static final Persona FENN = IDS.person("fenntacos", "Fenn");
    static final Persona GALE = IDS.person("galeflowers", "Gale");
    static final Persona JUNO = IDS.person("junohoney", "Juno");

    // --- U5. A running club: the organiser's meeting point with every run; a physio asked for a physio -------
    static final String RUNNERS = IDS.guild(55);
    static final Role RUNNERS_ORGANISER = new Role(IDS.id("2023-05-02"), "Organiser", "#e91e63", 3);
    static final Channel RUNS = IDS.channel(RUNNERS, "Riverside Runners", "runs", "Club runs and meeting points.",
            "runners-runs.json");
    static final Channel RUNNERS_CHAT = IDS.channel(RUNNERS, "Riverside Runners", "chat", "Everything else.",
            "runners-chat.json");
    static final Persona HANA = IDS.person("hanaruns", "Hana", RUNNERS_ORGANISER);
    static final Persona IVO = IDS.person("ivophysio", "Ivo");
    static final Persona JASPER = IDS.person("jasperjogs", "Jasper");
    static final Persona KAIA = IDS.person("kaiastrides", "Kaia");

    // --- U6. A game developer answers other people's devlogs with "check out mine too" -----------------------
    static final String GAMEDEV = IDS.guild(56);
    static final Channel GAMEDEV_DEVLOGS = IDS.channel(GAMEDEV, "Indie Devs Corner", "devlogs",
            "Share your progress.", "gamedev-devlogs.json");
    static final Channel GAMEDEV_GENERAL = IDS.channel(GAMEDEV, "Indie Devs Corner", "general",
            "Chat about making games.", "gamedev-general.json");
    static final Persona KIT = IDS.person("kitdungeons", "Kit");
    static final Persona LUX = IDS.person("luxpixels", "Lux");
    static final Persona MARA = IDS.person("marafishing", "Mara");
    static final Persona NICO = IDS.person("nicofarms", "Nico");
    static final Persona OLLY = IDS.person("ollyplatforms", "Olly");

    // --- U7. A photographer introduces herself with her portfolio, then asks about raising her prices -------
    static final String WEDDINGS = IDS.guild(57);
    static final Channel WEDDINGS_INTROS = IDS.channel(WEDDINGS, "Wedding Photographers Network", "introductions",
            "Introduce yourself!", "weddings-introductions.json");
    static final Channel WEDDINGS_BUSINESS = IDS.channel(WEDDINGS, "Wedding Photographers Network", "business",
            "Pricing, clients, contracts.", "weddings-business.json");
    static final Persona NORA = IDS.person("noraphoto", "Nora");
    static final Persona PIP = IDS.person("pipshoots", "Pip");
    static final Persona RHEA = IDS.person("rheaweddings", "Rhea");
    static final Persona SILAS = IDS.person("silasframes", "Silas");

    // --- U8. A podcaster drops three episodes and answers nobody; an editor is asked for -----------------------
    static final String PODCAST = IDS.guild(58);
    static final Channel PODCAST_GENERAL = IDS.channel(PODCAST, "Podcast Makers", "general",
            "Shows, guests and gear.", "podcast-general.json");
    static final Persona VIC = IDS.person("vicpod", "Vic");
    static final Persona WYN = IDS.person("wynedits", "Wyn");
    static final Persona XAN = IDS.person("xanaudio", "Xan");
    static final Persona YARA = IDS.person("yaratalks", "Yara");

    static final List<Persona> CAST = List.of(RAFE, THEO, SUKI, ABEL, MO, PIA, QUINN, LINA, OMAR, CATO, RUTH, SOL,
            TAM, UMA, WES, DORA, EZRA, FENN, GALE, JUNO, HANA, IVO, JASPER, KAIA, KIT, LUX, MARA, NICO, OLLY, NORA, PIP,
            RHEA, SILAS, VIC, WYN, XAN, YARA);

    static final List<Channel> CHANNELS = List.of(BEATS_GENERAL, BEATS_FEEDBACK, BEATS_COLLABS, COPY_GENERAL,
            COPY_FEEDBACK, COPY_WINS, HOMELAB_NEWS, HOMELAB_HELP, MARKET_GENERAL, RUNS, RUNNERS_CHAT, GAMEDEV_DEVLOGS,
            GAMEDEV_GENERAL, WEDDINGS_INTROS, WEDDINGS_BUSINESS, PODCAST_GENERAL);

    private HeldOutScenes4Script() {
        super(new Story(FIRST_MONDAY, 14, ZoneOffset.UTC, CAST));
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutScenes4Script s = new HeldOutScenes4Script();
        s.beatStore();
        s.pricedFeedback();
        s.homelab();
        s.market();
        s.runningClub();
        s.checkOutMineToo();
        s.photographer();
        s.podcaster();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/held-out-scenes-4");
        ExportWriter.writeAll(dir, files(), "the fourth held-out scenes");
    }

    private void beatStore() {
        Post muddy = at(1, "10:00").in(BEATS_GENERAL).say(SUKI, "Anyone else find their mixes sound muddy on phone "
                + "speakers?");
        Post cut = at(1, "10:20").in(BEATS_GENERAL).reply(ABEL, muddy, "Cut everything under 100 Hz on the pads and "
                + "keys, it cleans up a lot.");
        at(1, "10:40").in(BEATS_GENERAL).reply(SUKI, cut, "Oh, that was it. Thank you!");
        at(1, "21:00").in(BEATS_GENERAL).say(RAFE, "🔥 NEW BEAT PACK 'Midnight Tapes' just dropped, 12 beats, use code "
                + "RAFE20 for 20% off → https://rafebeats.example/store");
        Post track = at(3, "14:00").in(BEATS_FEEDBACK).say(SUKI, "Finished my first full track! Any thoughts on the "
                + "drums? https://soundcloud.example/suki/first-light");
        at(3, "14:05").in(BEATS_FEEDBACK).say(RAFE, "Midnight Tapes is out now, 12 dusty beats, code RAFE20 → "
                + "https://rafebeats.example/store");
        Post ears = at(3, "14:40").in(BEATS_FEEDBACK).reply(ABEL, track, "Lovely vocal. The hats are a bit loud "
                + "against it, try pulling them down 3 dB and swinging them a little.");
        at(3, "15:10").in(BEATS_FEEDBACK).reply(SUKI, ears, "Swing made all the difference, thanks Abel 🙏");
        Post singer = at(5, "19:00").in(BEATS_COLLABS).say(THEO, "Looking for a singer for a slow lofi track. I can't "
                + "pay much, but I'll credit you and split streaming 50/50. DM me if you're interested!");
        at(5, "19:30").in(BEATS_COLLABS).reply(SUKI, singer, "I sing a bit! Sending you a DM.");
        at(5, "23:00").in(BEATS_COLLABS).say(RAFE, "Producers, artists: grab Midnight Tapes with code RAFE20 before "
                + "Sunday → https://rafebeats.example/store");
        Post demo = at(7, "12:00").in(BEATS_COLLABS).reply(THEO, singer, "Suki's demo vocal is up, it's gorgeous. "
                + "Mixing this week.");
        demo.react("❤️", SUKI, ABEL);
    }

    private void pricedFeedback() {
        Post rates = at(1, "09:30").in(COPY_GENERAL).say(PIA, "Does anyone charge per word any more, or is everyone "
                + "on project rates now?");
        at(1, "09:50").in(COPY_GENERAL).reply(LINA, rates, "Project rates since 2021. Per word punished me for "
                + "writing tight.");
        at(2, "08:45").in(COPY_GENERAL).joins(MO);
        Post about = at(2, "11:00").in(COPY_FEEDBACK).say(PIA, "Could someone read my About page and tell me what's "
                + "not working? Be brutal: https://piawrites.example/about");
        Post opener = at(2, "11:40").in(COPY_FEEDBACK).reply(LINA, about, "The first line is about you, not the "
                + "reader. Open with the problem you solve and the rest will follow.");
        Post mo1 = at(2, "12:10").in(COPY_FEEDBACK).reply(MO, about, "Brutal truth: it reads like every other About "
                + "page. I rewrite About pages for $180 flat, DM me and you'll have it back in 48 hours.");
        at(2, "12:30").in(COPY_FEEDBACK).reply(PIA, opener, "Ooh, good point. Rewriting the opener tonight, thanks "
                + "Lina!");
        at(2, "12:35").in(COPY_FEEDBACK).reply(PIA, mo1, "I asked for feedback, not a quote 🙂");
        Post welcome = at(4, "16:00").in(COPY_FEEDBACK).say(QUINN, "First draft of my newsletter welcome email, "
                + "thoughts? I'm trying to sound less stiff. https://docs.example/quinn-welcome-draft");
        at(4, "16:25").in(COPY_FEEDBACK).reply(MO, welcome, "This needs a pro touch. My welcome-sequence package is "
                + "$250, book a slot here: https://mocopy.example/book");
        Post aloud = at(4, "16:50").in(COPY_FEEDBACK).reply(PIA, welcome, "Read it out loud, and wherever you'd never "
                + "say it like that, cut it. The PS is lovely though!");
        at(4, "17:10").in(COPY_FEEDBACK).reply(QUINN, aloud, "Reading it out loud was painful and very useful 😂");
        Post orders = at(6, "10:00").in(COPY_WINS).say(LINA, "Massive congratulations to @Omar, whose tea shop passed "
                + "1,000 orders this week! 🎉 Writing his product pages in spring was a joy, and he's done all the hard "
                + "work since.");
        orders.react("🎉", PIA, QUINN);
        at(6, "10:30").in(COPY_WINS).reply(OMAR, orders, "Thank you Lina! The new pages changed everything. Next "
                + "stop: 2,000.");
    }

    private void homelab() {
        at(1, "08:00").in(HOMELAB_NEWS).say(RUTH, "Welcome to a new week! Before you ask: the rules "
                + "https://homelabhelp.example/rules, the wiki https://homelabhelp.example/wiki, the backup guide "
                + "https://homelabhelp.example/wiki/backups and the FAQ https://homelabhelp.example/faq. And please "
                + "paste logs instead of screenshots 🙏");
        Post https = at(1, "19:00").in(HOMELAB_HELP).say(CATO, "How do I get HTTPS on my reverse proxy? Browsers "
                + "keep warning me about my self-signed certificate.");
        Post dns = at(1, "19:20").in(HOMELAB_HELP).reply(SOL, https, "Use a DNS challenge with Let's Encrypt, it "
                + "works even when nothing is exposed to the internet. The wiki walks through it: "
                + "https://homelabhelp.example/wiki/certificates");
        at(1, "19:45").in(HOMELAB_HELP).reply(CATO, dns, "Got a certificate! Thanks Sol");
        Post lost = at(2, "20:00").in(HOMELAB_HELP).say(CATO, "My containers lose their data every time I update "
                + "them, what am I doing wrong?");
        Post volumes = at(2, "20:15").in(HOMELAB_HELP).reply(TAM, lost, "You need volumes. Anything that isn't in a "
                + "volume is thrown away with the old container.");
        at(2, "20:30").in(HOMELAB_HELP).reply(CATO, volumes, "That explains a lot, thanks");
        at(3, "18:00").in(HOMELAB_HELP).say(UMA, "@Sol did you ever get WireGuard working behind a double NAT?");
        Post ups = at(3, "18:05").in(HOMELAB_HELP).say(TAM, "Anyone running a UPS with their NAS? Worth it?");
        at(3, "18:09").in(HOMELAB_HELP).say(SOL, "Yes, in the end with a small VPS in the middle that both ends dial "
                + "into.");
        Post battery = at(3, "18:12").in(HOMELAB_HELP).reply(RUTH, ups, "Worth it. Set the NAS to shut down at 20% "
                + "battery, the FAQ has the settings: https://homelabhelp.example/faq");
        at(3, "18:20").in(HOMELAB_HELP).say(UMA, "A VPS in the middle, of course. Thanks Sol!");
        at(3, "18:25").in(HOMELAB_HELP).reply(TAM, battery, "Ordering one tonight, thanks Ruth");
        Post ssh = at(4, "12:00").in(HOMELAB_HELP).say(CATO, "Is it safe to open port 22 to the internet so I can "
                + "SSH in from work?");
        Post vpn = at(4, "12:10").in(HOMELAB_HELP).reply(RUTH, ssh, "Better not. Come in over your VPN and keep SSH "
                + "inside. The FAQ has a section on it: https://homelabhelp.example/faq");
        at(4, "12:20").in(HOMELAB_HELP).reply(CATO, vpn, "ok thanks");
        Post warning = at(5, "09:00").in(HOMELAB_HELP).say(WES, "How do I get rid of the certificate warning on my "
                + "home dashboard? It's a self-signed cert.");
        Post backup = at(5, "09:30").in(HOMELAB_HELP).say(CATO, "Next question: what's a good way to back up my "
                + "docker volumes?");
        Post guide = at(5, "09:45").in(HOMELAB_HELP).reply(RUTH, backup, "The backup guide covers volumes step by "
                + "step: https://homelabhelp.example/wiki/backups");
        at(5, "10:00").in(HOMELAB_HELP).reply(CATO, guide, "perfect, thx");
        Post letsEncrypt = at(5, "10:30").in(HOMELAB_HELP).reply(TAM, warning, "DNS challenge with Let's Encrypt, see "
                + "the certificates page on the wiki.");
        at(5, "11:00").in(HOMELAB_HELP).reply(WES, letsEncrypt, "Worked first time, thanks Tam!");
        Post forward = at(6, "17:00").in(HOMELAB_HELP).say(UMA, "Which FAQ answer covers port forwarding on ISP "
                + "routers?");
        at(6, "17:20").in(HOMELAB_HELP).reply(RUTH, forward, "The third one: https://homelabhelp.example/faq");
        Post restart = at(6, "20:00").in(HOMELAB_HELP).say(CATO, "Last one this week, promise: how do I see why a "
                + "container keeps restarting?");
        Post logs = at(6, "20:10").in(HOMELAB_HELP).reply(SOL, restart, "docker logs on that container, and check the "
                + "exit code with docker inspect.");
        at(6, "20:20").in(HOMELAB_HELP).reply(CATO, logs, "thx");
        // Week two: Cato passes on what he learned.
        Post loop = at(9, "19:00").in(HOMELAB_HELP).say(WES, "My Nextcloud container restarts every minute, where do "
                + "I even start?");
        Post catoHelps = at(9, "19:15").in(HOMELAB_HELP).reply(CATO, loop, "Run docker logs on it first, and docker "
                + "inspect shows the exit code. Sol taught me that last week, it found my problem in a minute.");
        at(9, "19:40").in(HOMELAB_HELP).reply(WES, catoHelps, "Wrong database password, of course. Thank you!");
    }

    private void market() {
        String[][] dora = {
                {"1", "08:10", "Poured forty lavender candles last night, my whole flat smells like a spa."},
                {"1", "17:30", "I finally finished my new labels, I think they're my best yet."},
                {"2", "07:50", "My wax supplier raised prices again, I'm going to have to rethink my whole range."},
                {"2", "19:10", "I sold out of my fig candles by noon on Saturday, I still can't believe it."},
                {"3", "08:00", "I'm trying a new cotton wick this week, I'm hoping it burns cleaner."},
                {"3", "21:00", "My kitchen is basically a candle factory now 😂"},
                {"4", "09:15", "A gift shop asked to stock my candles, I'm thinking about it."},
                {"4", "18:40", "My autumn scents are nearly ready, I'm so excited about them."},
                {"5", "07:30", "I packed my van already, I'm that organised this week."},
                {"5", "20:00", "I'm doing three markets in August, my busiest month ever."},
                {"6", "18:00", "My stall looked amazing today, I sold more than I ever have."},
                {"7", "19:00", "I'm taking Monday off, I think I've earned it."}};
        for (String[] line : dora) {
            at(Integer.parseInt(line[0]), line[1]).in(MARKET_GENERAL).say(DORA, line[2]);
        }
        Post rain = at(1, "09:00").in(MARKET_GENERAL).say(GALE, "Rain forecast for Saturday again. What do you all use "
                + "to keep the stall dry?");
        Post sides = at(1, "09:20").in(MARKET_GENERAL).reply(JUNO, rain, "Clip-on side walls. They cost a fortune "
                + "but my jars stopped getting soaked.");
        Post weights = at(1, "10:05").in(MARKET_GENERAL).reply(FENN, rain, "Weights on every leg too, we lost a "
                + "gazebo to the wind last autumn.");
        at(1, "10:30").in(MARKET_GENERAL).reply(GALE, sides, "Side walls it is, thanks Juno.");
        at(1, "10:35").in(MARKET_GENERAL).reply(GALE, weights, "Oh no! Weights too then.");
        at(2, "10:00").in(MARKET_GENERAL).say(EZRA, "@Dora are you doing the harbour fair in August? Want to split a "
                + "gazebo? It's 60 euros each if we share.");
        Post fees = at(3, "12:00").in(MARKET_GENERAL).say(JUNO, "Has anyone else had a letter about the pitch fees "
                + "going up in September?");
        Post council = at(3, "12:30").in(MARKET_GENERAL).reply(EZRA, fees, "Yes, 15% up. A few of us are writing to "
                + "the council together, want to sign?");
        at(3, "13:00").in(MARKET_GENERAL).reply(JUNO, council, "Count me in.");
        at(3, "13:10").in(MARKET_GENERAL).reply(FENN, council, "Me too, send it over.");
        Post queue = at(5, "16:00").in(MARKET_GENERAL).say(FENN, "Queue at the truck was round the corner today, "
                + "thanks to everyone who sent people my way ❤️");
        queue.react("🙌", GALE, JUNO, EZRA);
        at(6, "14:00").in(MARKET_GENERAL).reply(EZRA, queue, "Your fish tacos sell my bread, it's mutual!");
        // Week two: Gale asks Fenn on Monday; Fenn is away at two festivals and answers on Tuesday evening.
        Post reader = at(8, "10:00").in(MARKET_GENERAL).say(GALE, "@Fenn which card reader do you use at the truck? "
                + "Mine keeps dropping the signal down at the harbour.");
        Post honey = at(8, "15:00").in(MARKET_GENERAL).say(JUNO, "New honey from the heather hives this week, the bees "
                + "outdid themselves.");
        at(8, "15:30").in(MARKET_GENERAL).reply(GALE, honey, "Save me two jars!");
        Post late = at(9, "18:30").in(MARKET_GENERAL).reply(FENN, reader, "Sorry Gale, two festivals back to back and "
                + "no signal at either! Mine stores payments offline and sends them later, that's what saved me at the "
                + "harbour. Happy to show you on Saturday.");
        at(9, "19:00").in(MARKET_GENERAL).reply(GALE, late, "That's exactly what I need, see you Saturday!");
    }

    private void runningClub() {
        String point = "https://maps.example/riverside-boathouse";
        at(1, "17:00").in(RUNS).say(HANA, "Easy 5k tonight at 6:30, we meet at the boathouse: " + point);
        Post race = at(2, "12:00").in(RUNNERS_CHAT).say(HANA, "Registration for our Riverside 10k on 30 August is "
                + "open! Club members run free, friends pay 12 euros: https://riversiderunners.example/10k");
        race.react("🎉", KAIA, JASPER);
        at(3, "17:00").in(RUNS).say(HANA, "Tempo run tonight at 6:30, same place as always: " + point + " Bring water, "
                + "it's hot!");
        Post knee = at(3, "20:00").in(RUNNERS_CHAT).say(JASPER, "My knee hurts after every long run. Does anyone know "
                + "a good physio around here?");
        Post physio = at(3, "20:30").in(RUNNERS_CHAT).reply(IVO, knee, "I'm a physio myself, at the clinic by the old "
                + "bridge. Happy to have a look, the first assessment is free for club members: "
                + "https://ivophysio.example/book");
        at(3, "20:45").in(RUNNERS_CHAT).reply(KAIA, knee, "Ivo sorted out my achilles last year, can recommend!");
        at(3, "21:00").in(RUNNERS_CHAT).reply(JASPER, physio, "Booked for Thursday, thanks Ivo!");
        at(6, "07:00").in(RUNS).say(HANA, "Long run at 8, 16k along the river, starting at the boathouse: " + point);
        Post hills = at(6, "11:30").in(RUNNERS_CHAT).say(KAIA, "That last hill nearly finished me. Same again next "
                + "week?");
        at(6, "12:00").in(RUNNERS_CHAT).reply(HANA, hills, "Same route, but we'll walk the hill if anyone wants to 😄");
        // Week two: the same meeting point again, and a question to the organiser she answers.
        at(8, "17:00").in(RUNS).say(HANA, "Easy 5k tonight at 6:30 from the boathouse: " + point);
        Post better = at(9, "18:00").in(RUNNERS_CHAT).say(JASPER, "Knee's so much better after Ivo's exercises, back "
                + "for the long run on Saturday 🙌");
        at(9, "18:20").in(RUNNERS_CHAT).reply(IVO, better, "Great to hear! Go easy on the downhill bits.");
        at(10, "17:00").in(RUNS).say(HANA, "Intervals tonight at 6:30, boathouse as usual: " + point);
        Post sister = at(11, "09:00").in(RUNNERS_CHAT).say(KAIA, "@Hana can I bring my sister on Saturday? She's never "
                + "run with a club before.");
        at(11, "12:40").in(RUNNERS_CHAT).reply(HANA, sister, "Of course! We always have a slower group, she'll be in "
                + "good company.");
        at(13, "07:00").in(RUNS).say(HANA, "Long run at 8, the 18k loop this time, from the boathouse: " + point);
    }

    private void checkOutMineToo() {
        String steam = "https://store.steampowered.example/app/kits-dungeon";
        Post devlog = at(1, "11:00").in(GAMEDEV_DEVLOGS).say(MARA, "Devlog #14: I rebuilt the fishing minigame from "
                + "scratch, gif and notes inside: https://marastudio.example/devlog-14");
        at(1, "12:30").in(GAMEDEV_DEVLOGS).reply(KIT, devlog, "cool! check out my game too, wishlist it on Steam 🙏 "
                + steam);
        Post water = at(1, "13:00").in(GAMEDEV_DEVLOGS).reply(LUX, devlog, "The new bobber animation is so much "
                + "better! How did you do the water?");
        at(1, "13:30").in(GAMEDEV_DEVLOGS).reply(MARA, water, "A scrolling normal map and a lot of trial and error 😄");
        Post article = at(2, "10:00").in(GAMEDEV_GENERAL).say(LUX, "This postmortem from a two-person studio on their "
                + "first Steam launch is the most honest thing I've read this year: "
                + "https://indiepost.example/two-person-launch-postmortem");
        at(2, "10:40").in(GAMEDEV_GENERAL).reply(NICO, article, "The wishlist numbers section is terrifying and "
                + "useful.");
        article.react("👀", OLLY, MARA);
        Post winter = at(3, "15:00").in(GAMEDEV_DEVLOGS).say(NICO, "Week 30 of my farming game: seasons finally work. "
                + "Would love thoughts on the winter palette!");
        at(3, "15:20").in(GAMEDEV_DEVLOGS).reply(KIT, winter, "nice! check out my dungeon crawler and wishlist it: "
                + steam);
        Post blue = at(3, "16:00").in(GAMEDEV_DEVLOGS).reply(OLLY, winter, "The winter palette is lovely. Maybe a touch "
                + "more blue in the shadows?");
        at(3, "16:30").in(GAMEDEV_DEVLOGS).reply(NICO, blue, "More blue, yes! Thanks Olly.");
        Post demo = at(5, "18:00").in(GAMEDEV_GENERAL).say(OLLY, "Finally shipped my demo for Next Fest! Terrified.");
        at(5, "18:10").in(GAMEDEV_GENERAL).reply(KIT, demo, "congrats! now go check out mine too, wishlists help a "
                + "lot: " + steam);
        at(5, "18:30").in(GAMEDEV_GENERAL).reply(LUX, demo, "Congrats!! Playing it tonight.");
        Post devlog15 = at(8, "11:00").in(GAMEDEV_DEVLOGS).say(MARA, "Devlog #15: rain, finally. Notes here: "
                + "https://marastudio.example/devlog-15");
        at(8, "12:00").in(GAMEDEV_DEVLOGS).reply(NICO, devlog15, "The puddle reflections 😍");
    }

    private void photographer() {
        Post intro = at(2, "09:00").in(WEDDINGS_INTROS).say(NORA, "Hi everyone! I'm Nora, a wedding and elopement "
                + "photographer in the Lake District, six years in. My work: https://noraphoto.example. Looking forward "
                + "to learning from you all!");
        Post dream = at(2, "09:30").in(WEDDINGS_INTROS).reply(RHEA, intro, "Welcome Nora! Lake District elopements, "
                + "what a place to shoot.");
        at(2, "10:00").in(WEDDINGS_INTROS).reply(SILAS, intro, "Welcome! #business is where the pricing chats happen.");
        at(2, "10:20").in(WEDDINGS_INTROS).reply(NORA, dream, "Thank you! It rains a lot, but the light is worth it.");
        Post prices = at(4, "20:00").in(WEDDINGS_BUSINESS).say(NORA, "I'm planning to raise my prices next year and "
                + "I'm honestly nervous. My full-day package is £1,400 and I'm booked most weekends, but I'm exhausted "
                + "and I barely break even once I count my editing time. My couples mostly have small, outdoorsy "
                + "weddings. I'm thinking £1,900. Did any of you raise prices by that much at once, and did you lose "
                + "bookings?");
        Post once = at(4, "20:30").in(WEDDINGS_BUSINESS).reply(SILAS, prices, "I went up 30% in one go two years ago. "
                + "Lost a couple of enquiries, gained couples who fit better. Raise it for new enquiries only and "
                + "honour the quotes you've already sent.");
        at(4, "20:50").in(WEDDINGS_BUSINESS).reply(RHEA, prices, "Do it. And add a smaller elopement package under the "
                + "new full day, so people have somewhere to land.");
        at(4, "21:10").in(WEDDINGS_BUSINESS).reply(NORA, once, "Honouring the old quotes is a great idea, thank you "
                + "both. Writing the new price sheet this weekend.");
        Post lens = at(9, "08:00").in(WEDDINGS_BUSINESS).say(PIP, "@Nora what lens do you use for elopements? Hiking "
                + "with two bodies is killing my back.");
        Post one = at(9, "13:15").in(WEDDINGS_BUSINESS).reply(NORA, lens, "One body and a 35mm, honestly. I swapped my "
                + "zoom for it two years ago and never looked back.");
        at(9, "13:40").in(WEDDINGS_BUSINESS).reply(PIP, one, "That's the push I needed, thanks!");
        Post raised = at(11, "19:00").in(WEDDINGS_BUSINESS).say(NORA, "I raised my prices for new enquiries, and two "
                + "couples have already booked at the new rate. Thanks @Silas and @Rhea for the push!");
        raised.react("🎉", SILAS, RHEA, PIP);
    }

    private void podcaster() {
        Post ep41 = at(1, "10:00").in(PODCAST_GENERAL).say(VIC, "New episode! I talked to an urban beekeeper about "
                + "swarms on city rooftops: https://vicpod.example/ep41");
        at(1, "13:00").in(PODCAST_GENERAL).reply(WYN, ep41, "Loved this one! Will you do a follow-up on how the hives "
                + "get through the winter?");
        at(2, "09:00").in(PODCAST_GENERAL).reply(XAN, ep41, "Great episode. How do you record remote guests? She "
                + "sounded like she was in the room.");
        Post mic = at(2, "11:00").in(PODCAST_GENERAL).say(YARA, "Is a dynamic mic really better than a condenser for "
                + "a noisy flat?");
        Post dynamic = at(2, "11:25").in(PODCAST_GENERAL).reply(XAN, mic, "For a noisy flat, yes. A dynamic picks up "
                + "far less of the room.");
        at(2, "11:40").in(PODCAST_GENERAL).reply(YARA, dynamic, "Ordering one, thanks Xan!");
        at(3, "10:00").in(PODCAST_GENERAL).say(VIC, "Episode 42 is out: the man who maps every public bench in Lisbon "
                + "https://vicpod.example/ep42");
        Post editor = at(5, "14:00").in(PODCAST_GENERAL).say(YARA, "Does anyone know someone who could edit my show? "
                + "Two episodes a month, and the budget is small.");
        Post wyn = at(5, "14:30").in(PODCAST_GENERAL).reply(WYN, editor, "I edit podcasts! $40 an episode including "
                + "noise clean-up, here's a before and after: https://wynedits.example/sample");
        at(5, "15:00").in(PODCAST_GENERAL).reply(YARA, wyn, "That's in budget, sending you a DM!");
        at(6, "10:00").in(PODCAST_GENERAL).say(VIC, "Bonus episode out now, listener questions answered: "
                + "https://vicpod.example/bonus-3");
    }
}
