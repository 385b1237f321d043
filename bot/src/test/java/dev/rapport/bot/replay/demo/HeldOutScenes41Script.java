package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 41 (sealed): eight communities (a drone-photography club, independent bookshop owners, a beekeepers'
 * association, UX freelancers' portfolio reviews, a vintage-synth repair bench, a coffee roastery's own server,
 * open-source maintainers, a dog-training collective), over three ISO weeks (2026-W24 to W26), written and labelled by
 * writer41 (session 31) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-41.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes41Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 6, 8);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 6, 29, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. drone-photography club ---
    private final String skyline = cast.guild(683);
    private final Channel drWelcome = cast.channel(skyline, "Skyline Drone Club", "welcome",
            "new here? introduce yourself and your kit", "dr-welcome.json");
    private final Channel drGeneral = cast.channel(skyline, "Skyline Drone Club", "general",
            "club chat, weather moans, flying meetups", "dr-general.json");
    private final Channel drHelp = cast.channel(skyline, "Skyline Drone Club", "flight-help",
            "crashes, firmware, rules and settings: ask away", "dr-flight-help.json");
    private final Channel drSwap = cast.channel(skyline, "Skyline Drone Club", "gear-swap",
            "buy, sell, swap your gear: one post per item, price included", "dr-gear-swap.json");
    private final Channel drShow = cast.channel(skyline, "Skyline Drone Club", "showcase",
            "your best shots and clips", "dr-showcase.json");
    private final Persona jonas = cast.person("jonas.props", "Jonas Lindgren");
    private final Persona milo = cast.person("milo.fpv", "Milo Achterberg");
    private final Persona anneke = cast.person("anneke.v", "Anneke Visser");
    private final Persona priya = cast.person("priya.aerial", "Priya Raman");
    private final Persona duncan = cast.person("duncan.mod", "Duncan Reid");
    private final Persona sol = cast.person("sol.m", "Sol Marquez");
    private final Channel dmMilo = cast.dm(milo, "dr-dm-milo.json");

    // --- B. independent bookshop owners ---
    private final String backroom = cast.guild(684);
    private final Channel bkIntro = cast.channel(backroom, "The Back Room", "introductions",
            "introduce yourself and your shop", "bk-introductions.json");
    private final Channel bkGeneral = cast.channel(backroom, "The Back Room", "general",
            "booksellers' chat: trade, tills, tantrums", "bk-general.json");
    private final Channel bkSuppliers = cast.channel(backroom, "The Back Room", "suppliers",
            "distributors, publishers' reps, terms and returns", "bk-suppliers.json");
    private final Channel bkEvents = cast.channel(backroom, "The Back Room", "author-events",
            "planning signings and launches, sharing authors on tour", "bk-author-events.json");
    private final Persona hal = cast.person("hal.brook", "Hal Brookes");
    private final Persona ottilie = cast.person("ottilie.reads", "Ottilie Marsh");
    private final Persona fern = cast.person("fern.books", "Fern Addison");
    private final Persona rosalind = cast.person("rosalind.k", "Rosalind Kaur");
    private final Persona quentin = cast.person("quentin.shelfwise", "Quentin Ashby");
    private final Persona iwan = cast.person("iwan.p", "Iwan Pryce");
    private final Channel dmHal = cast.dm(hal, "bk-dm-hal.json");
    private final Channel dmQuentin = cast.dm(quentin, "bk-dm-quentin.json");

    // --- C. beekeepers' association ---
    private final String vale = cast.guild(685);
    private final Channel bvGeneral = cast.channel(vale, "Vale Beekeepers", "general",
            "association chat", "bv-general.json");
    private final Channel bvHelp = cast.channel(vale, "Vale Beekeepers", "hive-help",
            "problems in the hive? ask here, photos help", "bv-hive-help.json");
    private final Channel bvSales = cast.channel(vale, "Vale Beekeepers", "sales-and-wants",
            "members' nucs, honey, kit for sale or wanted", "bv-sales.json");
    private final Channel bvMeetings = cast.channel(vale, "Vale Beekeepers", "meetings",
            "association meetings, apiary visits, training days", "bv-meetings.json");
    private final Persona bronwen = cast.person("bronwen.bees", "Bronwen Hughes");
    private final Persona glyn = cast.person("glyn.sec", "Glyn Morgan");
    private final Persona ewan = cast.person("ewan.frames", "Ewan Tudor");
    private final Persona dafydd = cast.person("dafydd.j", "Dafydd Jenkins");
    private final Persona tamsin = cast.person("tamsin.new", "Tamsin Clarke");
    private final Persona rhiannon = cast.person("rhiannon.w", "Rhiannon Price");
    private final Persona colm = cast.person("colm.b", "Colm Barrett");
    private final Channel dmDafydd = cast.dm(dafydd, "bv-dm-dafydd.json");

    // --- D. UX freelancers' portfolio reviews ---
    private final String crit = cast.guild(686);
    private final Channel uxReview = cast.channel(crit, "Crit Club UX", "portfolio-review",
            "post your case study for honest feedback, and give one back", "ux-portfolio-review.json");
    private final Channel uxGeneral = cast.channel(crit, "Crit Club UX", "general",
            "freelance life", "ux-general.json");
    private final Channel uxWoes = cast.channel(crit, "Crit Club UX", "client-woes",
            "vent about clients here, names out", "ux-client-woes.json");
    private final Channel uxJobs = cast.channel(crit, "Crit Club UX", "job-leads",
            "clients and agencies post work here; reply with your rate and availability", "ux-job-leads.json");
    private final Persona leena = cast.person("leena.ux", "Leena Halonen");
    private final Persona yusuf = cast.person("yusuf.designs", "Yusuf Demir");
    private final Persona marta = cast.person("marta.research", "Marta Kowalczyk");
    private final Persona oren = cast.person("oren.writes", "Oren Levi");
    private final Persona carla = cast.person("carla.founder", "Carla Benedetti");
    private final Persona bastien = cast.person("bastien.copy", "Bastien Roux");
    private final Channel dmMarta = cast.dm(marta, "ux-dm-marta.json");
    private final Channel dmLeena = cast.dm(leena, "ux-dm-leena.json");

    // --- E. vintage-synth repair bench ---
    private final String patchbay = cast.guild(687);
    private final Channel syHelp = cast.channel(patchbay, "Patchbay Repair Bench", "repair-help",
            "dead voices, scratchy pots, smoke: describe the fault and what you measured", "sy-repair-help.json");
    private final Channel syGeneral = cast.channel(patchbay, "Patchbay Repair Bench", "general",
            "off-topic and synth chat", "sy-general.json");
    private final Channel syMarket = cast.channel(patchbay, "Patchbay Repair Bench", "parts-market",
            "sell and want parts, kits and project synths", "sy-parts-market.json");
    private final Channel syLog = cast.channel(patchbay, "Patchbay Repair Bench", "bench-log",
            "keep a log of your restorations, one post per step", "sy-bench-log.json");
    private final Persona rufus = cast.person("rufus.kits", "Rufus Hale");
    private final Persona ines = cast.person("ines.juno", "Ines Carvalho");
    private final Persona tobias = cast.person("tobias.scope", "Tobias Engel");
    private final Persona hiroko = cast.person("hiroko.s", "Hiroko Sato");
    private final Persona klaus = cast.person("klaus.poly", "Klaus Wendt");
    private final Persona mina = cast.person("mina.t", "Mina Torres");

    // --- F. a coffee roastery's own server ---
    private final String kettle = cast.guild(688);
    private final Role staff = cast.role("Staff", "#8e44ad", 2);
    private final Channel cfNews = cast.channel(kettle, "Kettle & Crow Roasters", "announcements",
            "news from the roastery", "cf-announcements.json");
    private final Channel cfSubs = cast.channel(kettle, "Kettle & Crow Roasters", "subscriptions",
            "questions about your subscription or an order: our team replies here", "cf-subscriptions.json");
    private final Channel cfBrew = cast.channel(kettle, "Kettle & Crow Roasters", "brew-help",
            "grind, ratios, kit: help each other brew", "cf-brew-help.json");
    private final Channel cfGeneral = cast.channel(kettle, "Kettle & Crow Roasters", "general",
            "subscribers' chat", "cf-general.json");
    private final Persona saoirse = cast.person("saoirse.roasts", "Saoirse Byrne", staff);
    private final Persona dev = cast.person("dev.kc", "Dev Malhotra", staff);
    private final Persona lotte = cast.person("lotte.b", "Lotte Bakker");
    private final Persona bea = cast.person("bea.sips", "Bea Thornton");
    private final Persona nico = cast.person("nico.clay", "Nico Ferreira");
    private final Persona jude = cast.person("jude.k", "Jude Kimani");
    private final Persona ailsa = cast.person("ailsa.m", "Ailsa Munro");

    // --- G. open-source maintainers ---
    private final String porch = cast.guild(689);
    private final Channel osGeneral = cast.channel(porch, "Maintainers' Porch", "general",
            "maintainers hanging out", "os-general.json");
    private final Channel osTriage = cast.channel(porch, "Maintainers' Porch", "triage-help",
            "CI, packaging, issue triage: ask for a hand", "os-triage-help.json");
    private final Channel osBurnout = cast.channel(porch, "Maintainers' Porch", "burnout-corner",
            "say how it's really going, no fixing unless asked", "os-burnout-corner.json");
    private final Channel osReleases = cast.channel(porch, "Maintainers' Porch", "releases",
            "post your project's releases, one post per release", "os-releases.json");
    private final Persona wiebke = cast.person("wiebke.h", "Wiebke Hansen");
    private final Persona ravi = cast.person("ravi.mod", "Ravi Shankar");
    private final Persona arvid = cast.person("arvid.n", "Arvid Nyström");
    private final Persona lucia = cast.person("lucia.dev", "Lucía Ortega");
    private final Persona zed = cast.person("zedcodes", "Zed Okafor");
    private final Persona marguerite = cast.person("marguerite.l", "Marguerite Lebrun");
    private final Channel dmWiebke = cast.dm(wiebke, "os-dm-wiebke.json");

    // --- H. dog-training collective ---
    private final String looseLead = cast.guild(690);
    private final Channel dgGeneral = cast.channel(looseLead, "Loose Lead Collective", "general",
            "owners and trainers, all welcome", "dg-general.json");
    private final Channel dgHelp = cast.channel(looseLead, "Loose Lead Collective", "training-help",
            "pulling, recall, reactivity: ask the collective", "dg-training-help.json");
    private final Channel dgListings = cast.channel(looseLead, "Loose Lead Collective", "trainer-listings",
            "trainers: post your classes and open slots here", "dg-trainer-listings.json");
    private final Channel dgBrag = cast.channel(looseLead, "Loose Lead Collective", "brag-board",
            "your dog's wins, big and small", "dg-brag-board.json");
    private final Persona cormac = cast.person("cormac.k9", "Cormac Doyle");
    private final Persona greta = cast.person("greta.trains", "Greta Lund");
    private final Persona hanna = cast.person("hanna.greyhound", "Hanna Berg");
    private final Persona pip = cast.person("pip.collie", "Pip Harrington");
    private final Persona maud = cast.person("maud.biscuit", "Maud Ellison");
    private final Persona tariq = cast.person("tariq.s", "Tariq Saleem");
    private final Channel dmGreta = cast.dm(greta, "dg-dm-greta.json");

    private HeldOutScenes41Script() {
        super(new SceneIds(30800), FIRST_MONDAY, 21);
    }

    static Map<String, String> files() {
        HeldOutScenes41Script script = new HeldOutScenes41Script();
        script.drones();
        script.bookshops();
        script.bees();
        script.ux();
        script.synths();
        script.coffee();
        script.maintainers();
        script.dogs();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-41"), files(), "held-out round 41");
    }

    /** A. Drone club: Jonas helps, then scatters his shop's offer in W25; Milo's swap listing and a buyer's DM. */
    private void drones() {
        // Week 1.
        Post hi = say(1, "08:40", drGeneral, duncan, "Morning all. Reminder: club fly-in at Harrow Hill on Saturday "
                + "the 20th, NOTAM checked, bring spare batteries and a flask");
        hi.react("👍", jonas, priya, sol);
        Post vib = say(1, "19:12", drHelp, sol, "jello in all my footage since i swapped props on the Air 2S. "
                + "balanced them? no idea how lol");
        say(1, "19:20", drGeneral, milo, "anyone else get rained off today? 3 batteries charged for nothing");
        re(1, "19:24", priya, vib, "same thing happened to me, turned out one prop was nicked at the tip");
        re(1, "20:05", jonas, vib, "Check the props first: hold each one on a pencil through the hub, the heavy "
                + "blade drops. A dab of nail varnish on the light blade's tip evens it. Also make sure the gimbal "
                + "dampers aren't squashed");
        re(1, "20:30", sol, vib, "omg one damper was popped out. thanks!!");
        say(1, "20:31", drGeneral, duncan, "@Milo Achterberg rain tomorrow too, Thursday looks clear though");
        Post props = say(2, "07:50", drHelp, sol, "where do you guys even get spare props that aren't the "
                + "fake ones off marketplace?");
        re(2, "09:15", jonas, props, "Genuine ones from the maker's store, or I stock them at my shop, £9 a set: "
                + "https://skyparts.example/props/air2s . Either's fine, just avoid the unbranded grey ones");
        re(2, "09:40", sol, props, "thanks Jonas");
        Post listing = say(2, "18:00", drSwap, milo, "FOR SALE: my Mini 3 (non-Pro), 2 batteries, case, 41 flights, "
                + "no crashes. £320 collected or £330 posted. DM me");
        joins(3, "10:00", drWelcome, anneke);
        Post intro = say(3, "10:05", drWelcome, anneke, "Hoi! Anneke, just moved to the area from Utrecht. "
                + "Flying a borrowed Mini 2, saving for my own. I post my coastal shots on insta as "
                + "@anneke.above if anyone wants to follow along 🙂");
        re(3, "10:30", duncan, intro, "Welkom Anneke! Come to the fly-in on the 20th");
        re(3, "11:02", priya, intro, "welcome! coastal stuff is my favourite too");
        say(3, "11:05", drGeneral, milo, "btw the Mini's still going, it's in #gear-swap");
        say(4, "12:00", dmMilo, anneke, "Hi Milo! Is the Mini 3 still available? Would you take £290?");
        say(4, "13:40", dmMilo, milo, "hey! still here. £300 collected and it's yours, I'll throw in the ND "
                + "filters");
        say(4, "13:52", dmMilo, anneke, "deal!! Saturday ok?");
        say(4, "14:10", dmMilo, milo, "Saturday morning works, I'll send the address");
        Post sunset = say(5, "21:10", drShow, priya, "golden hour over the reservoir, 3 bracketed shots merged");
        sunset.react("🔥", jonas, milo, anneke, duncan);
        re(5, "21:30", sol, sunset, "how do you get the sky that clean?? mine always bands");
        re(5, "22:10", priya, sunset, "@Sol Marquez shoot 10-bit D-Log and denoise before grading, that fixes most "
                + "banding");
        say(6, "09:00", drSwap, milo, "Mini 3 sold, thanks all");

        // Week 2.
        say(8, "18:02", drGeneral, jonas, "ND filter sets back in stock at my shop, 10% off this week with code "
                + "SKY10 → https://skyparts.example/nd-filters");
        say(8, "18:09", drHelp, jonas, "If your footage looks too sharp and jittery in sun, ND filters. Mine are "
                + "10% off with SKY10 this week: https://skyparts.example/nd-filters");
        say(8, "18:15", drShow, jonas, "Want smoother motion blur like the shots in here? ND set, code SKY10: "
                + "https://skyparts.example/nd-filters");
        Post ndq = say(9, "08:30", drGeneral, priya, "@Jonas Lindgren the prop guards I got from you in April "
                + "have been brilliant. Does the ND set fit the Mini 4 Pro or only the Air?");
        Post rth = say(9, "09:00", drHelp, anneke, "First flight with my (!!) Mini 3 and return to home went the "
                + "wrong way for 20 m before turning?! is it broken");
        say(9, "09:02", drHelp, anneke, "compass calibration was done at home in the kitchen if that matters");
        re(9, "09:40", duncan, rth, "the kitchen matters 😅 fridge, pans, steel worktop. recalibrate outdoors away "
                + "from cars and it'll behave");
        re(9, "12:20", jonas, ndq, "Thanks Priya! The Mini 4 Pro has its own set, the Air ones won't clip on. I'll "
                + "have them Friday, I can put one aside for you");
        re(9, "12:45", priya, ndq, "yes please 🙏");
        say(10, "07:55", drHelp, anneke, "recalibrated in the field, flew perfectly. bedankt Duncan!");
        Post sol2 = say(10, "19:00", drHelp, sol, "is it legal to fly over the beach at Penhale if there are "
                + "people? the app says nothing");
        say(10, "19:03", drGeneral, milo, "new build done, 5 inch freestyle, maiden tomorrow 🙏");
        re(11, "08:15", priya, sol2, "under 250g you can overfly people but not crowds. a busy beach in June is "
                + "basically a crowd, so no");
        re(11, "08:30", sol, sol2, "ok thanks");
        say(11, "21:00", drShow, milo, "maiden flight of the 5 inch, only hit one tree");
        say(12, "17:00", drGeneral, duncan, "Fly-in is a week tomorrow. Car sharing from the station: add your "
                + "name to the pinned list if you need a lift");

        // Week 3.
        say(15, "09:10", drShow, anneke, "first proper coastal shot with my own drone 🥹");
        say(15, "09:30", drShow, sol, "🔥🔥");
        say(15, "10:00", drGeneral, jonas, "anyone flying Harrow Hill Saturday with a Mavic 3? I'd love to compare "
                + "colour profiles");
        say(15, "10:40", drGeneral, priya, "me! bringing the Mini 4 and the new NDs 😄");
        Post gimbal = say(16, "20:00", drHelp, milo, "gimbal on my old Mavic Air shakes on startup and throws "
                + "'gimbal motor overloaded'. ribbon cable?");
        re(17, "07:30", jonas, gimbal, "Nine times in ten, yes. The flat ribbon cracks at the fold. £6 part, 20 min "
                + "job, there's a good iFixit guide for it");
        re(17, "18:00", milo, gimbal, "cable was cracked. fixed. owe you a pint");
        say(19, "12:00", drGeneral, duncan, "forecast is good for tomorrow 🎉 see you at 10");
        say(20, "18:30", drShow, duncan, "fly-in group shot, 14 pilots and zero flyaways");
        say(20, "18:50", drGeneral, sol, "thanks for today everyone, learned more in 3 hours than 3 months");
    }

    /** B. Bookshop owners: peers among peers; Fern takes and lets Hal's question wait; Quentin pitches new. */
    private void bookshops() {
        // Week 1.
        Post q1 = say(1, "08:15", bkSuppliers, fern, "Is it just me or has the big distributor's next-day gone to "
                + "three-day? Two late boxes this month");
        re(1, "09:02", hal, q1, "Not just you. They moved the northern depot. Order by Thursday noon and it comes "
                + "Monday, that's what we do now");
        re(1, "09:30", fern, q1, "thanks");
        say(1, "12:40", bkGeneral, ottilie, "Someone just asked me for 'the blue book from the radio'. Reader, I "
                + "found it. Twenty years of training for this moment");
        say(1, "12:44", bkGeneral, hal, "the blue book from the radio is the Everest of our trade 😂");
        say(1, "12:51", bkGeneral, rosalind, "mine today was 'a book my nan would like but not boring'");
        say(2, "10:10", bkEvents, ottilie, "Anyone had Marisa Penrose in for a signing? Her publicist is asking "
                + "for a 60-seat minimum and I'm nervous");
        say(2, "10:35", bkEvents, hal, "We did her in March. 48 came, sold 70 copies. Do tickets with a book "
                + "included, people actually turn up when they've paid");
        say(2, "10:41", bkEvents, ottilie, "ooh that's smart, what did you charge?");
        say(2, "10:50", bkEvents, hal, "£12 with the paperback, so basically the book");
        Post till = say(3, "16:00", bkGeneral, fern, "Which till system do you all use for stock? Ours crashes "
                + "every time we do a return");
        re(3, "16:20", rosalind, till, "We're on Bookdesk, not glamorous but never crashed on us");
        re(3, "17:05", iwan, till, "Bookdesk here too. the returns screen is weird but it works");
        re(3, "17:10", fern, till, "ty");
        say(4, "09:00", bkGeneral, hal, "Supplier rep just told me hardbacks are 'having a moment'. In this "
                + "economy?");
        say(4, "09:06", bkGeneral, iwan, "our hardbacks are having a moment on the shelf. a long one");
        say(5, "14:00", bkSuppliers, rosalind, "PSA: one of the small presses is doing 50% discount and "
                + "firm sale on the summer list, worth it for crime readers");

        // Week 2.
        Post ret = say(8, "09:20", bkSuppliers, fern, "How do returns work with the small presses? do they take "
                + "them at all");
        re(8, "10:00", rosalind, ret, "Most do if you ask within 6 months and it's in resaleable condition. The "
                + "firm-sale ones don't, check the terms on the invoice");
        re(8, "10:15", fern, ret, "thanks!");
        Post w = say(9, "11:00", bkEvents, fern, "first ever author event next month, what do I need?? "
                + "chairs? wine?");
        re(9, "11:40", hal, w, "Chairs, a float, a spare pen for the author, and someone who isn't you on the till. "
                + "Wine is nice but check your licence first. What till are you on now, did the crashes stop? "
                + "We had the same thing and there's a fix if it's the one I think");
        re(9, "12:00", ottilie, w, "and count the copies before and after!! publishers always ask");
        re(9, "12:10", fern, w, "great thank you both");
        say(9, "15:30", bkGeneral, hal, "heatwave week means nobody buys anything longer than 200 pages. "
                + "adjusting the front table accordingly");
        say(9, "15:36", bkGeneral, rosalind, "novellas to the front!");
        Post kids = say(10, "10:05", bkGeneral, fern, "Anyone run a kids' story time? worth it or just chaos");
        re(10, "10:50", iwan, kids, "Both! Saturdays 10am, parents buy while the kids listen. Chaos that pays");
        re(10, "11:30", fern, kids, "haha ok thanks");
        say(10, "16:00", dmHal, ottilie, "Following on from Thursday: if we both do Marisa's tour dates we could "
                + "split her train fare. £60 each?");
        say(10, "17:20", dmHal, hal, "Yes, good thinking. I'll tell the publicist we're coordinating");
        say(11, "09:30", bkGeneral, fern, "loyalty cards: paper stamps or an app? thoughts");
        say(11, "10:10", bkGeneral, rosalind, "paper. our regulars are 70 and love the stamp");
        say(11, "10:15", bkGeneral, fern, "👍");
        say(12, "18:00", bkGeneral, ottilie, "quiet day, sold three copies of the same cookbook to three strangers "
                + "who didn't know each other. something is happening in the world of lentils");

        // Week 3.
        joins(15, "09:00", bkIntro, quentin);
        Post qIntro = say(15, "09:05", bkIntro, quentin, "Hi all! Quentin here. I run Shelfwise, a small studio "
                + "doing social media and events marketing for bookshops. Love this community already");
        re(15, "10:00", iwan, qIntro, "welcome Quentin");
        Post insta = say(16, "13:00", bkGeneral, ottilie, "has anyone actually cracked Instagram for a shop? ours "
                + "posts get like 9 likes");
        re(16, "13:20", quentin, insta, "That's precisely what we sort out at Shelfwise! Grab 15 min with me and I'll "
                + "show you: https://cal.example/shelfwise/intro");
        re(16, "14:05", rosalind, insta, "shelfies with a person holding the book do 5x better for us than the book "
                + "alone. faces!");
        re(16, "14:30", ottilie, insta, "faces, noted. thanks Ros");
        say(17, "10:00", dmQuentin, quentin, "Hi Hal, Quentin from Shelfwise 👋 We help indie bookshops double "
                + "event turnout. Worth a quick call? https://cal.example/shelfwise/intro");
        say(18, "08:45", dmQuentin, hal, "Thanks, but not for us right now.");
        say(17, "11:00", bkEvents, hal, "Marisa's date is confirmed for the 9th, Ottilie has the 10th. Tickets "
                + "with the book, lessons learned");
        say(17, "11:20", bkEvents, ottilie, "and we're splitting her train fare like civilised people");
        say(18, "15:00", bkGeneral, iwan, "our cat has decided the poetry section is hers now. sales up 30%");
        say(18, "15:10", bkGeneral, hal, "hire more cats");
    }

    /** C. Beekeepers: Bronwen sells where it fits and answers her customer late-ish; Ewan plugs frames in chat. */
    private void bees() {
        // Week 1.
        say(1, "18:00", bvMeetings, glyn, "Apiary open day, Saturday 27 June at the association apiary, 10 till 2. "
                + "Members and guests welcome, veils provided. Please sign up so we know numbers: "
                + "https://forms.example/vale-open-day");
        say(1, "18:30", bvGeneral, colm, "first inspection of the year done, two supers on already 🐝");
        Post swarm = say(2, "07:45", bvGeneral, rhiannon, "swarm in my neighbour's hedge at 7am. neighbour "
                + "thrilled, as you can imagine");
        re(2, "08:10", colm, swarm, "free bees! got a spare box?");
        re(2, "08:40", rhiannon, swarm, "bagged them into a nuc box, sheet and a brush. the neighbour filmed it "
                + "for TikTok apparently");
        say(2, "12:00", bvGeneral, ewan, "Got a pallet of flat-pack National brood frames in, £1.10 each or £10 "
                + "for ten. DM me");
        say(3, "19:00", bvSales, bronwen, "5-frame nucs, this year's queens, marked, gentle stock. £180, collect "
                + "from Llandeilo. Two left. DM me");
        Post chalk = say(4, "17:20", bvHelp, rhiannon, "chalky white mummies on the landing board of hive 2, "
                + "chalkbrood? what do I do");
        say(4, "17:35", bvHelp, ewan, "btw frames still going if anyone needs them, £10 for ten, DM me");
        re(4, "18:30", colm, chalk, "Chalkbrood, yes. Usually stress plus damp. Give them more ventilation, and if "
                + "it keeps on, requeen from a hygienic line. It's rarely fatal");
        re(4, "18:50", rhiannon, chalk, "ventilation, ok. thanks Colm");
        joins(5, "09:00", bvGeneral, tamsin);
        Post nucQ = say(5, "09:10", bvHelp, tamsin, "Hello, first year beekeeper, hive ready and empty 🙈 where "
                + "can I get a nuc locally? the big suppliers are sold out till August");
        re(5, "10:15", bronwen, nucQ, "Welcome Tamsin! I've got two left, £180, the listing's in #sales-and-wants. "
                + "Whoever you buy from, ask to see the queen and the brood before you pay");
        re(5, "10:40", tamsin, nucQ, "amazing, messaging you now");
        say(6, "16:00", bvGeneral, colm, "Why did the bee get married? Because he found his honey. I'll see myself "
                + "out");
        say(6, "16:05", bvGeneral, rhiannon, "🙄");

        // Week 2.
        say(8, "18:00", bvMeetings, glyn, "Open day update: 12 places left for guests, same form as before: "
                + "https://forms.example/vale-open-day");
        say(9, "12:00", bvGeneral, glyn, "Bring a friend to the open day on the 27th! Guests sign up on the form in "
                + "#meetings: https://forms.example/vale-open-day");
        Post queen = say(9, "19:00", bvHelp, dafydd, "@Bronwen Hughes the queen in the nuc I got off you last "
                + "June has stopped laying, no eggs for a week. Supersedure, or should I worry?");
        say(9, "19:40", bvSales, ewan, "National brood frames, flat-pack, £10 for ten, Carmarthen collection");
        say(10, "08:00", bvHelp, tamsin, "nuc is in and they're already bringing in pollen!! thank you Bronwen");
        say(10, "15:00", bvHelp, bronwen, "Back from the out-apiary, no signal up there. Dafydd, no eggs for a week "
                + "in June is often a supersedure: look for a sealed queen cell on the face of a comb and leave it "
                + "be. Don't add a queen till you've checked");
        Post mite = say(11, "20:00", bvHelp, tamsin, "how often should I do a mite count this early? the book says "
                + "monthly, a youtube man says weekly");
        re(12, "07:20", ewan, mite, "Monthly is plenty in the first season. Sugar roll 300 bees, under 3 mites is "
                + "fine. Weekly just makes you nervous");
        re(12, "07:50", tamsin, mite, "monthly it is, thanks Ewan");
        say(12, "09:00", dmDafydd, bronwen, "How's the colony? Did you find a cell?");
        say(12, "11:10", dmDafydd, dafydd, "Found a sealed queen cell on frame 4 and left it alone like you said. "
                + "Diolch o galon!");
        say(12, "11:30", dmDafydd, bronwen, "Fingers crossed she mates. If she doesn't, I'll swap you a mated queen, "
                + "no charge. Nuc queens are on me");
        say(13, "14:00", bvGeneral, rhiannon, "the swarm from the hedge is now my calmest colony. figures");

        // Week 3.
        say(15, "18:30", bvGeneral, colm, "Who's up for a bulk fondant order for autumn? 25 kg blocks are half the "
                + "price of the small ones. Reply here, I'll tally");
        say(15, "19:00", bvGeneral, tamsin, "me please! one block");
        say(15, "19:20", bvGeneral, dafydd, "count me in for two");
        say(16, "10:00", bvGeneral, dafydd, "new queen is laying!! Bronwen you're a star");
        say(17, "20:00", bvMeetings, glyn, "Open day this Saturday. Parking at the village hall, the apiary is a "
                + "five minute walk. Veils provided, wear long sleeves");
        Post smoke = say(18, "08:00", bvHelp, rhiannon, "my smoker keeps going out mid-inspection. what do you "
                + "all burn?");
        re(18, "08:30", bronwen, smoke, "Dry pine needles with a wad of hessian on top. Pack it tight and puff it "
                + "every couple of minutes even when you don't need smoke");
        re(18, "09:15", glyn, smoke, "egg boxes work too in a pinch");
        say(20, "16:30", bvMeetings, glyn, "Thank you all, 31 guests and not a single sting on a visitor. "
                + "Photos to follow");
    }

    /** D. UX crit club: Yusuf takes reviews and gives none; Carla hires Marta; Bastien pitches a stranger by DM. */
    private void ux() {
        // Week 1.
        Post y1 = say(1, "10:00", uxReview, yusuf, "new portfolio, first time showing anyone. thoughts? "
                + "https://yusufdemir.example");
        re(1, "11:30", leena, y1, "Clean! Two things: the case studies open with the final screens, I'd lead with "
                + "the problem. And 'passionate about pixels' in the hero says nothing, say who you design for");
        re(1, "11:45", yusuf, y1, "thanks!");
        Post o1 = say(2, "09:00", uxReview, oren, "Would love honest feedback on the research part of this one, "
                + "I think it's the weakest: https://orenlevi.example/case/bank-app");
        re(2, "13:10", marta, o1, "The research section lists methods but never says what you learned. One "
                + "finding per method, and what it changed in the design. Otherwise strong");
        re(2, "13:40", oren, o1, "that's exactly it. thank you Marta, rewriting tonight");
        say(3, "08:30", uxGeneral, oren, "Issue 14 of my UX writing letter is out, this one's on error messages: "
                + "https://orenlevi.example/letters/14");
        say(3, "12:15", uxWoes, marta, "I need to vent. I delivered the research report on Friday, I walked them "
                + "through it on Monday, I answered every question, I even made the slides they asked for at the "
                + "last minute, and now my contact tells me that my findings 'don't match what the CEO feels'. I "
                + "spent three weeks on interviews. I have the recordings. I have the quotes. I don't know whether "
                + "to push back or just invoice and walk away, and my inner people-pleaser is screaming. I'm so "
                + "tired of research being treated as decoration. Anyway. Tea.");
        say(3, "12:40", uxWoes, leena, "invoice first, then push back gently with the quotes. the CEO's feelings "
                + "aren't a sample size");
        say(3, "12:44", uxWoes, oren, "'don't match what the CEO feels' should be a t-shirt");
        say(3, "13:00", uxWoes, marta, "😂 invoicing now. thank you both");
        say(4, "17:00", uxGeneral, leena, "anyone going to the Leeds design meetup on the 25th?");
        say(5, "09:30", uxGeneral, marta, "@Leena Halonen me! first one since the baby, be nice to me");

        // Week 2.
        Post y2 = say(8, "09:00", uxReview, yusuf, "v2, fixed the hero. again pls: https://yusufdemir.example");
        re(8, "10:20", leena, y2, "Much better hero. The checkout case still starts with screens, though. What "
                + "was broken before you came in?");
        re(8, "10:30", yusuf, y2, "ty!");
        say(9, "14:00", uxReview, leena, "My turn 😬 would love eyes on my onboarding case study, especially "
                + "whether the research bit is too long: https://leenahalonen.example/onboarding");
        say(9, "14:35", uxReview, yusuf, "changed the checkout intro, is this better? https://yusufdemir.example"
                + "/checkout");
        Post job = say(10, "08:00", uxJobs, carla, "Hi all, founder of a small booking app here. Looking for a UX "
                + "researcher for a 2-week audit of our booking flow, remote, starting late June, budget around "
                + "£2k. Reply with rate and availability");
        re(10, "09:10", marta, job, "Hi Carla, this is exactly my thing. £350 a day, free from the 22nd. A "
                + "similar audit I did for a clinic app: https://martakowalczyk.example/audit-clinic");
        re(10, "09:40", yusuf, job, "I can do it for £1,500 total, DM me");
        re(10, "11:00", marta, y2, "The new checkout intro works. Now cut the process diagram, nobody reads those. "
                + "Show one decision you made and why");
        re(10, "11:05", yusuf, y2, "thanks");
        say(11, "10:00", dmMarta, carla, "Loved the clinic audit. Could you start Monday the 22nd? What do you need "
                + "from us?");
        say(11, "10:45", dmMarta, marta, "Monday works! Pick a kickoff slot here: https://cal.example/marta/kickoff "
                + ". From you I'd need analytics access and five customers who'd talk to me");
        say(11, "11:00", dmMarta, carla, "Booked Monday 10am. Sending the contacts today");
        say(11, "16:00", uxReview, oren, "Leena: the research bit isn't too long, it's just in the wrong place. Put "
                + "the three findings first and the method after, and it reads in half the time");
        say(11, "16:30", uxReview, leena, "oh that's so much better already, thanks Oren!!");
        Post y3 = say(12, "09:00", uxReview, yusuf, "last one I promise, about page: "
                + "https://yusufdemir.example/about");
        re(12, "10:00", oren, y3, "The photo's great. The text is your CV in paragraphs; make it about the clients "
                + "you like working with");
        re(12, "10:10", yusuf, y3, "ty");
        say(12, "10:30", uxReview, marta, "anyone up for swapping reviews? mine's the fintech onboarding one, "
                + "link in my bio, be brutal");

        // Week 3.
        joins(15, "08:00", uxGeneral, bastien);
        say(15, "08:05", uxGeneral, bastien, "Bonjour à tous! Bastien, copywriter from Lyon, working with design "
                + "studios. Happy to be here");
        say(16, "09:00", dmLeena, bastien, "Hi Leena! Saw your onboarding case study. I write case-study copy for "
                + "designers, £250 per case study, 48h turnaround. Want me to polish yours? 🙂");
        say(16, "12:00", dmLeena, leena, "Thanks, but I write my own. Good luck though!");
        say(17, "15:00", uxGeneral, carla, "Week one of the audit with Marta done and I've already found three "
                + "things we'd never have seen ourselves. Hire this woman");
        say(17, "15:20", uxGeneral, marta, "@Carla Benedetti stop it 🥹 your customers were lovely to talk to");
        Post y4 = say(18, "11:00", uxReview, yusuf, "ok v3 is live. the about page is about clients now");
        re(18, "12:00", leena, y4, "Night and day. Well done");
        re(18, "12:05", yusuf, y4, "thanks Leena");
        say(19, "09:00", uxWoes, oren, "client wants 'the copy to pop more'. what does that MEAN");
        say(19, "09:20", uxWoes, leena, "exclamation marks. it always means exclamation marks!!!");
    }

    /** E. Synth repair: Rufus answers with his kit when asked, then plugs it unasked; Klaus logs his bench. */
    private void synths() {
        // Week 1.
        Post juno = say(1, "19:00", syHelp, ines, "Juno-106, voice 4 is silent, the other five fine. Also the "
                + "whole thing is 40 years old, anyone know where to get a cap kit for it?");
        re(1, "19:30", tobias, juno, "no idea on the voice, @Hiroko Sato did exactly this one last year");
        say(2, "08:00", syGeneral, hiroko, "off to Osaka till Thursday, no soldering for me 😭 don't fix anything "
                + "interesting while I'm gone");
        re(2, "12:10", rufus, juno, "Cap kit: I make them for the 106, £24 posted: "
                + "https://rufuskits.example/juno106 . For the dead voice, scope the output of voice 4's chip "
                + "before you order anything, a dead chip and a dead cap sound the same");
        re(2, "12:40", ines, juno, "thank you! ordering the kit");
        say(2, "20:00", syLog, klaus, "Poly-800 #2: case open, smells like 1984. All pots scratchy");
        Post pots = say(3, "18:00", syHelp, mina, "scratchy pots on a Poly-800: contact cleaner or replace?");
        re(3, "18:20", klaus, pots, "Cleaner first, DeoxIT, work the pot 20 times. I'm doing mine this week, "
                + "will report");
        say(4, "09:30", syHelp, hiroko, "Back from Osaka! Ines: voice 4 dead on a 106 is nearly always the 80017A "
                + "voice chip, the resin cracks. Swap it with voice 3's chip and see if the fault moves");
        say(4, "19:00", syHelp, ines, "swapped and the fault moved with the chip. obrigada Hiroko!! 🙏");
        say(5, "10:00", syMarket, rufus, "Restocked: Juno-106 and Poly-800 cap kits, £24 and £19 posted. "
                + "https://rufuskits.example/kits");
        Post order = say(5, "11:00", syMarket, mina, "ordered a Poly-800 kit, cheers Rufus");
        order.react("🙏", rufus);
        say(6, "21:00", syLog, klaus, "Poly-800 #3: DeoxIT did it, 5 of 6 pots silent now");

        // Week 2.
        Post k4 = say(8, "19:00", syLog, klaus, "Poly-800 #4: all electrolytics out, 38 of them");
        say(9, "19:10", syLog, klaus, "Poly-800 #5: new caps in, one board done");
        re(10, "08:30", rufus, k4, "nice! my Poly-800 cap kits are 15% off this week: "
                + "https://rufuskits.example/poly800");
        re(10, "09:00", klaus, k4, "already recapped it, that's what the log is 😅");
        say(10, "19:00", syLog, klaus, "Poly-800 #6: powered up. DCO dead?! great, just great");
        say(10, "19:02", syLog, klaus, "Poly-800 #7: no wait, a leg of the 4.7k resistor wasn't soldered. DCO "
                + "alive. Ich bin ein Idiot");
        Post chip = say(11, "10:00", syHelp, ines, "where do people find 80017A chips now? the one I've got is "
                + "cracked for sure");
        say(11, "12:00", syGeneral, tobias, "new scope arrived, I have become unbearable");
        say(11, "14:00", syLog, klaus, "Poly-800 #8: tuning. The autotune does nothing until it's warm for 10 "
                + "min, nobody told me");
        say(11, "14:20", syHelp, hiroko, "Ines: there's a modern clone board now, drop-in, I put two in my 106. "
                + "Search for 'analogue voice clone 80017'");
        say(11, "18:00", syHelp, ines, "found it! ordered 🥳");
        say(12, "08:00", syGeneral, rufus, "Poly-800 cap kits 15% off till Sunday → "
                + "https://rufuskits.example/poly800");
        say(12, "19:00", syLog, klaus, "Poly-800 #9: new battery holder, no more leaking coin cell");
        say(13, "11:00", syLog, klaus, "Poly-800 #10: case closed. Sounds like a wet spaceship. Perfect");
        say(13, "11:30", syLog, klaus, "Poly-800 #11: sound demo, just arpeggios");
        say(13, "12:00", syGeneral, tobias, "@Klaus Wendt that demo is gorgeous, you've out-restored us all");
        say(13, "12:30", syGeneral, klaus, "Danke Tobias! next victim: a Korg MS-20 with a smoking power supply");

        // Week 3.
        Post psu = say(15, "18:00", syHelp, klaus, "MS-20: the power supply smells of fish and blows the fuse at "
                + "once. where do I start?");
        re(15, "18:30", tobias, psu, "fishy = a cap or a tantalum cooking. Check the bridge rectifier and the big "
                + "filter caps with it unplugged and discharged. Don't just fit a bigger fuse");
        re(15, "19:00", klaus, psu, "the filter cap was bulging like a muffin. thanks!");
        say(16, "20:00", syHelp, mina, "@Rufus Hale the Poly-800 kit I got from you is missing C12. What value "
                + "should it be?");
        say(17, "09:30", syHelp, rufus, "Morning! Mina: C12 is 47µF 16V, sorry about that. Posting you one today");
        say(17, "10:00", syHelp, mina, "thanks Rufus, used one from my junk drawer in the meantime");
        say(18, "19:00", syLog, ines, "Juno-106: clone chip in, voice 4 sings. Six voices again 🎹");
        say(18, "19:10", syLog, hiroko, "🎉");
        say(19, "12:00", syGeneral, tobias, "scope update: it's still unbearable. I measured my kettle");
    }

    /** F. Roastery's own server: the team's news is fine; Lotte's lost box waits on Saoirse; Nico sells drippers. */
    private void coffee() {
        // Week 1.
        say(1, "09:00", cfNews, saoirse, "New on the roaster: Huila washed, red apple and brown sugar. It's in the "
                + "July subscription box, or 250 g for £9.50 here: https://kettlecrow.example/shop/huila");
        say(1, "09:05", cfGeneral, saoirse, "Huila's out! Tell me what you taste, I'm biased 😄 "
                + "https://kettlecrow.example/shop/huila");
        say(1, "10:30", cfGeneral, lotte, "Huila in the V60 this morning, red apple for sure 🍎 my June box can't "
                + "come soon enough");
        Post dripQ = say(2, "08:10", cfBrew, bea, "what dripper do you all use? my plastic one cracked in the "
                + "dishwasher (don't ask)");
        re(2, "08:40", jude, dripQ, "Kalita Wave, flat bottom, very forgiving");
        re(2, "09:15", nico, dripQ, "I throw my own ceramic ones, I sell a few: https://nicoclay.example/drippers "
                + ". Honestly any ceramic cone does the job, preheat it well");
        re(2, "09:30", bea, dripQ, "ooh handmade! and the preheat tip is new to me, thanks both");
        Post grind = say(3, "07:30", cfBrew, ailsa, "Espresso with the Huila runs in 18 seconds however fine I go, "
                + "any ideas?");
        re(3, "09:00", dev, grind, "Morning! That one's a light roast, it needs a finer grind than you'd think and "
                + "a 1:2.5 ratio. If your grinder maxes out, up the dose by a gram");
        re(3, "09:20", ailsa, grind, "finer AND a bigger dose, 27 seconds now. thanks Dev!");
        Post office = say(4, "12:30", cfGeneral, bea, "@Saoirse Byrne told my whole office about your Kenyan, "
                + "three of them have subscribed now 😄");
        re(4, "13:00", saoirse, office, "Bea!! You're the best. I'm putting something extra in your next box");
        say(5, "17:00", cfGeneral, dev, "I'm off to the coffee expo in Milan next week, back on the 22nd. Saoirse's "
                + "holding the fort, be nice to her");
        say(5, "17:20", cfGeneral, jude, "bring back all the samples");

        // Week 2.
        say(9, "09:00", cfSubs, lotte, "Hi, my June box hasn't arrived, order KC-4471. Tracking stuck since Friday. "
                + "Any idea?");
        say(9, "14:00", cfNews, saoirse, "Roast day! Limited Ethiopia Guji natural, blueberry bomb, 40 bags only: "
                + "https://kettlecrow.example/shop/guji");
        Post ratio = say(10, "08:00", cfBrew, jude, "what ratio for a cold brew concentrate? mine's like tea");
        re(10, "09:30", saoirse, ratio, "1:5 for concentrate, coarse grind, 16 hours in the fridge, then dilute "
                + "1:1 with milk or water");
        re(10, "09:50", bea, ratio, "and use a darker roast, the light ones go sour cold");
        say(11, "10:00", cfSubs, lotte, "@Saoirse Byrne hello? still no box 😕 it's been five days, could "
                + "you check order KC-4471?");
        say(11, "15:00", cfGeneral, saoirse, "Cupping the Guji against last year's lot this afternoon. This year "
                + "wins, sorry 2025");
        say(11, "15:10", cfGeneral, jude, "jealous");
        say(12, "08:30", cfBrew, ailsa, "Guji as a flat white is ridiculous. like a blueberry muffin");
        Post lost = say(13, "11:00", cfSubs, saoirse, "@Lotte Bakker I'm so sorry, the courier lost it. A new box "
                + "goes out today with a bag of the Guji on us");
        re(13, "11:30", lotte, lost, "thank you!! no worries, it happens");

        // Week 3.
        say(15, "09:00", cfGeneral, dev, "Back from Milan with 200 samples and no voice. What did I miss?");
        say(15, "09:20", cfGeneral, bea, "welcome back! Saoirse made a blueberry muffin in coffee form");
        say(15, "12:00", cfGeneral, nico, "New batch of handmade ceramic drippers out of the kiln, £28 each: "
                + "https://nicoclay.example/drippers");
        Post sour = say(17, "07:40", cfBrew, ailsa, "my pour-overs of the Guji taste sour. grind finer?");
        re(17, "08:30", dev, sour, "Yes, two clicks finer, and water just off the boil. Naturals like heat");
        re(17, "09:00", ailsa, sour, "much sweeter, thanks Dev");
        say(18, "18:00", cfGeneral, nico, "Only 6 drippers left from the new batch, £28, grab one before they're "
                + "gone: https://nicoclay.example/drippers");
        say(19, "10:00", cfSubs, lotte, "new box arrived and the Guji is unreal. best subscription I've had, "
                + "recommended you to my sister");
        say(19, "10:30", cfSubs, dev, "@Lotte Bakker that's lovely to hear, thank you! Sorry again about the lost "
                + "one");
    }

    /** G. Maintainers: nobody sells; Wiebke's one star request among friends, Zed's asks of strangers. */
    private void maintainers() {
        // Week 1.
        say(1, "10:00", osGeneral, ravi, "Porch call next Thursday! Vote for the topic in the pinned poll: "
                + "release automation, security reports, or saying no to features");
        say(1, "10:30", osGeneral, arvid, "'saying no' gets my vote, I need the practice");
        say(2, "21:00", osBurnout, arvid, "Honest update. I've maintained this parser alone for six years. I "
                + "answer issues at 11pm, I review PRs on my holidays, I wrote the docs, I run the CI, I pay for "
                + "the domain. This week someone opened an issue titled 'is this project dead?' because I took four "
                + "days to reply. I'm not dead, I'm tired. I don't want fixing, I just needed to say it somewhere "
                + "where people get it. I think I'm going to add a second maintainer or archive it by autumn.");
        say(2, "21:20", osBurnout, marguerite, "we get it. four days is fast, for the record 💙");
        say(2, "21:25", osBurnout, wiebke, "here if you want to talk co-maintainers later. no fixing tonight");
        Post cache = say(3, "19:00", osTriage, lucia, "GitHub Actions cache never hits on our matrix builds, "
                + "every run downloads 2 GB of deps. what am I missing?");
        say(3, "19:05", osTriage, lucia, "key is hashFiles of the lockfile, restore-keys set");
        say(3, "20:00", osGeneral, wiebke, "Could you all star fjord? We need 500 for the distro packaging "
                + "programme and we're 40 short 🙏 https://github.example/wiebkeh/fjord");
        say(3, "20:10", osGeneral, marguerite, "done ⭐");
        say(3, "20:12", osGeneral, arvid, "⭐ done, good luck with packaging");
        say(4, "07:40", osTriage, marguerite, "Lucía: the cache key needs the matrix OS in it, otherwise the "
                + "Linux run saves it and the Mac run can't use it and overwrites it. Add runner.os to the key");
        say(4, "08:30", osTriage, lucia, "era eso!! gracias Marguerite, me salvaste el día");
        say(5, "16:00", osReleases, marguerite, "quillsort 2.3.0: faster locale sorting, dropped Python 3.8. "
                + "https://github.example/mlebrun/quillsort/releases/tag/v2.3.0");
        say(5, "18:00", osReleases, wiebke, "fjord 0.9: plugins! https://github.example/wiebkeh/fjord/releases/"
                + "tag/v0.9.0");

        // Week 2.
        joins(9, "11:00", osGeneral, zed);
        say(9, "11:05", osGeneral, zed, "hi! pls star my repo and follow me on github, it would mean a lot 🙏 "
                + "https://github.example/zedcodes/tinyqueue");
        say(9, "11:08", osTriage, zed, "star my repo pls, need the numbers for my CV "
                + "https://github.example/zedcodes/tinyqueue");
        say(10, "09:00", dmWiebke, zed, "hey could you star tinyqueue? ⭐ https://github.example/zedcodes/tinyqueue");
        say(10, "12:00", dmWiebke, wiebke, "Hi Zed! What does it do? Happy to look at it properly, stars come "
                + "easier when people know what a thing is for");
        Post sec = say(10, "14:00", osTriage, arvid, "first security report ever. do I announce it before or "
                + "after the fix is out??");
        re(10, "14:30", ravi, sec, "After. Fix privately, request a CVE, release, then publish the advisory. "
                + "Thank the reporter in the notes");
        re(10, "14:50", wiebke, sec, "and ask the reporter how they want to be credited, some prefer not");
        re(10, "15:30", arvid, sec, "perfect, thank you both");
        say(11, "18:00", osGeneral, ravi, "Poll closed: 'saying no to features' won by a mile. Thursday 7pm UTC, "
                + "link in #general at 6:55");
        say(12, "09:00", osReleases, marguerite, "quillsort 2.3.1: fixes the Turkish dotless i regression, sorry "
                + "all. https://github.example/mlebrun/quillsort/releases/tag/v2.3.1");
        say(12, "09:30", osBurnout, arvid, "update: a very nice person from Bergen offered to co-maintain. I cried "
                + "a bit. in a good way");
        say(12, "09:40", osBurnout, lucia, "🥹💙");

        // Week 3.
        Post zq = say(16, "20:00", osTriage, zed, "ok real question: my tests pass locally and fail on CI with a "
                + "timezone error. is CI in UTC?");
        re(16, "20:30", lucia, zq, "yes, runners are UTC. set TZ in the test env or, better, don't let tests "
                + "read the local clock");
        re(16, "21:00", zed, zq, "set TZ and it's green. thanks! sorry about the star spam last week btw");
        say(17, "10:00", osGeneral, wiebke, "fjord got into the packaging programme 🎉 thank you all");
        say(18, "19:00", osGeneral, ravi, "Porch call in 5: https://callroom.example/porch");
        say(18, "20:10", osGeneral, marguerite, "best call yet. 'no' is a complete sentence");
    }

    /** H. Dog training: Greta helps and books those who ask; Cormac pitches a newcomer and plugs in chat. */
    private void dogs() {
        // Week 1.
        Post rolo = say(1, "08:00", dgBrag, tariq, "Rolo sat at the kerb without being asked. I may have cried");
        re(1, "08:20", cormac, rolo, "Good lad Rolo! That's months of work right there");
        re(1, "08:40", tariq, rolo, "🥲 cheers Cormac");
        say(1, "09:00", dgListings, cormac, "Reactive dog course, 6 weeks from 16 June, Tuesdays 7pm, Leeds. £120. "
                + "https://cormack9.example/book/reactive");
        say(1, "09:30", dgListings, greta, "1:1 sessions open for July, £45 an hour, Leeds and Otley. Message me");
        Post recall = say(1, "18:00", dgHelp, pip, "collie, 14 months, perfect recall in the garden, zero recall "
                + "in the park. is she just ignoring me??");
        re(1, "19:10", greta, recall, "She's not ignoring you, the park is just louder than you. Go back to a long "
                + "line, pay recall with something better than kibble, and practise when nothing's happening "
                + "before you try it near other dogs");
        re(1, "19:30", pip, recall, "long line ordered. what counts as better than kibble?");
        re(1, "20:00", greta, recall, "cheese, sausage, a squeaky toy if she's toy-mad. Whatever she'd steal off "
                + "the table");
        Post gate = say(2, "12:00", dgHelp, maud, "@Greta Lund the loose-lead session you did with us in April "
                + "worked wonders, but Biscuit has started pulling again at the park gate. Any tips?");
        re(2, "15:30", greta, gate, "Lovely to hear from you Maud! Gates are exciting. Stop two metres before it, "
                + "wait for slack, then go through. Boring for you, magic for him");
        re(2, "16:00", maud, gate, "we'll be boring then 😄 thank you");
        joins(3, "10:00", dgGeneral, hanna);
        Post sven = say(3, "10:10", dgGeneral, hanna, "Hi all! Hanna here, just adopted Sven, a 4 year old "
                + "ex-racing greyhound. He's a bit nervous of other dogs. Glad I found you");
        re(3, "10:40", greta, sven, "Welcome Hanna and Sven! Greyhounds are the best sofa dogs. Give him a few "
                + "weeks to decompress before any training, just walks and naps");
        re(3, "10:55", cormac, sven, "My reactive dog course starts on the 16th, £120 for six weeks, book here: "
                + "https://cormack9.example/book/reactive");
        re(3, "12:00", hanna, sven, "thank you both! going to let him settle first I think");
        say(4, "19:00", dgHelp, pip, "cheese it is. she came back from a squirrel on the long line!!");
        say(4, "19:05", dgHelp, pip, "(she did then eat a bit of the squirrel's acorn. progress is progress)");
        say(6, "11:00", dgBrag, tariq, "Rolo walked past a cat. A CAT. no lunge");
        say(6, "11:10", dgBrag, maud, "👏👏👏");

        // Week 2.
        say(9, "08:30", dmGreta, pip, "Hi Greta, could I book a 1:1 for Skye's recall? Your tips have helped so "
                + "much already");
        say(9, "09:15", dmGreta, greta, "Of course! £45 for the hour. Saturday 10am at Otley Chevin car park?");
        say(9, "09:20", dmGreta, pip, "perfect, see you there");
        say(10, "12:00", dgGeneral, cormac, "2 spaces left on my reactive dog course, £120 → "
                + "https://cormack9.example/book/reactive");
        Post freeze = say(10, "18:00", dgHelp, hanna, "Sven freezes on walks near the main road and won't move. "
                + "Do I pull him? carry him?? he's 32 kg 😅");
        re(10, "18:45", cormac, freeze, "Don't pull. Turn away from the road, let him walk back to somewhere quiet, "
                + "and choose quieter routes for a few weeks. Freezing is fear, not stubbornness");
        re(10, "19:00", greta, freeze, "+1. Early mornings are your friend too");
        re(10, "19:30", hanna, freeze, "quiet routes and 6am walks, got it. thanks both");
        Post pull = say(11, "17:00", dgHelp, tariq, "Rolo pulls like a train towards other dogs. tried a harness, "
                + "tried treats, nothing works");
        re(11, "17:20", cormac, pull, "my course covers exactly this, last space: "
                + "https://cormack9.example/book/reactive");
        re(11, "20:00", greta, pull, "Is he pulling to say hello or to tell them off? If hello, reward him for "
                + "looking at the dog and back at you, from far enough away that he can");
        re(11, "20:30", tariq, pull, "hello, 100%. he loves everyone. will try the look-at-that thing");
        say(13, "10:00", dgBrag, pip, "Saturday's session with Greta: Skye did a recall off another collie 🤯");
        say(13, "10:10", dgBrag, greta, "she was a superstar!");

        // Week 3.
        say(15, "09:00", dgListings, cormac, "Next reactive dog course starts 28 July, booking open. £120. "
                + "https://cormack9.example/book/reactive-july");
        say(16, "18:00", dgBrag, hanna, "Sven sniffed another greyhound today and wagged!! first time");
        say(16, "18:10", dgBrag, cormac, "Brilliant! Greyhounds come round in their own time");
        say(17, "12:00", dgBrag, maud, "Biscuit walked through the park gate on a loose lead 🎉 and I sent my "
                + "neighbour your way @Greta Lund, her spaniel is a menace");
        say(17, "13:00", dgBrag, greta, "@Maud Ellison Biscuit!!! and thank you, I'll look after them");
        say(18, "19:00", dgHelp, tariq, "look-at-that is working?! Rolo looked at a lab and back at me 3 times");
        say(18, "19:30", dgHelp, greta, "Tariq, that's the whole game. keep the distance, grow it slowly");
    }
}
