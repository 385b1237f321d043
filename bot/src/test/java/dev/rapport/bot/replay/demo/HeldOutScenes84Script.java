package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 84 (sealed): eight communities of sport, fitness and games, of kinds no earlier round used (a pub
 * darts league where nobody sells, a teamwear printer's own server with its Staff and the clubs it prints for,
 * Brazilian jiu-jitsu and judo instructors with a room where students and parents ask, badminton and tennis racket
 * stringers with a room where players ask, an office fantasy football mini-league where nobody sells, couch-to-5k
 * graduates with a running coach among them, snooker and pool players with a cue repairer and a case seller among
 * them, a ten-pin bowling league with a ball driller among the bowlers), over three ISO weeks that run into Christmas
 * (2029-W50 to W52), written and labelled by writer84 (session 46) before any coach ran on them, with many borderline
 * cases. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-84.csv}. Run {@link #main} from the
 * project root to write the export again.
 */
final class HeldOutScenes84Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 12, 10);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 12, 31, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-84";
    private static final int BASE = 65200;

    // --- A. a pub darts league (nobody sells) ---
    private final String darts = cast.guild(1121);
    private final Channel daFix = cast.channel(darts, "Tuesday Arrows League", "fixtures-and-results",
            "fixtures, scores, the league table", "da-fixtures-and-results.json");
    private final Channel daOche = cast.channel(darts, "Tuesday Arrows League", "the-oche",
            "darts talk: checkouts, setups, practice", "da-the-oche.json");
    private final Channel daBar = cast.channel(darts, "Tuesday Arrows League", "the-bar",
            "anything else", "da-the-bar.json");
    private final Persona bev = cast.person("bev.arrows", "Bev Marsh");
    private final Persona shane = cast.person("shane.d", "Shane Doherty");
    private final Persona tommo = cast.person("tommo180", "Tommo");
    private final Persona linda = cast.person("linda.kp", "Linda Kapoor");
    private final Persona errol = cast.person("errol.w", "Errol Whyte");
    private final Persona dougie = cast.person("dougie.f", "Dougie Flynn");

    // --- B. a teamwear printer's own server ---
    private final String kit = cast.guild(1122);
    private final Role kitStaff = cast.role("Staff", "#2e86de", 2);
    private final Channel ktNews = cast.channel(kit, "Stripe & Stitch Teamwear", "announcements",
            "news from Stripe & Stitch: order windows, new ranges", "kt-announcements.json");
    private final Channel ktOrders = cast.channel(kit, "Stripe & Stitch Teamwear", "club-orders",
            "club secretaries: order questions, proofs, sizes, delivery", "kt-club-orders.json");
    private final Channel ktDesign = cast.channel(kit, "Stripe & Stitch Teamwear", "design-desk",
            "send badges and ideas, we mock them up", "kt-design-desk.json");
    private final Channel ktChat = cast.channel(kit, "Stripe & Stitch Teamwear", "touchline",
            "chat", "kt-touchline.json");
    private final Persona carla = cast.person("carla.stripe", "Carla Benn", kitStaff);
    private final Persona dean = cast.person("dean.s", "Dean Sowerby", kitStaff);
    private final Persona aisha = cast.person("aisha.prints", "Aisha Rahman", kitStaff);
    private final Persona gordon = cast.person("gordon.u11s", "Gordon Pike");
    private final Persona nadia = cast.person("nadia.netball", "Nadia Okoro");
    private final Persona phil = cast.person("phil.hockey", "Phil Garside");
    private final Persona jess = cast.person("jess.rfc", "Jess Aldridge");

    // --- C. BJJ and judo instructors ---
    private final String mat = cast.guild(1123);
    private final Channel mtCorner = cast.channel(mat, "Mat Time", "coaches-corner",
            "instructors only: curriculum, running a club, insurance, the lot", "mt-coaches-corner.json");
    private final Channel mtAsk = cast.channel(mat, "Mat Time", "ask-a-coach",
            "students and parents ask, instructors answer", "mt-ask-a-coach.json");
    private final Channel mtEvents = cast.channel(mat, "Mat Time", "seminars-and-events",
            "seminars, opens, gradings: post yours", "mt-seminars-and-events.json");
    private final Channel mtOpen = cast.channel(mat, "Mat Time", "open-mat",
            "off topic", "mt-open-mat.json");
    private final Persona marco = cast.person("marco.bjj", "Marco Santini");
    private final Persona tasha = cast.person("tasha.judo", "Tasha Greene");
    private final Persona ollie = cast.person("ollie.grapples", "Ollie Brandt");
    private final Persona keiko = cast.person("keiko.n", "Keiko Nakamura");
    private final Persona fiona = cast.person("fiona.mum", "Fiona Reilly");
    private final Persona ben = cast.person("ben.whitebelt", "Ben Achebe");
    private final Persona zara = cast.person("zara.k", "Zara Khalil");

    // --- D. racket stringers ---
    private final String strings = cast.guild(1124);
    private final Channel stBench = cast.channel(strings, "Tension Room", "stringers-bench",
            "for stringers: machines, knots, pricing, suppliers", "st-stringers-bench.json");
    private final Channel stAsk = cast.channel(strings, "Tension Room", "players-ask",
            "players ask stringers: strings, tension, grips, rackets", "st-players-ask.json");
    private final Channel stChat = cast.channel(strings, "Tension Room", "courtside",
            "chat", "st-courtside.json");
    private final Persona kieran = cast.person("kieran.strings", "Kieran Walsh");
    private final Persona priya = cast.person("priya.restring", "Priya Sood");
    private final Persona hal = cast.person("hal.m", "Hal Mercer");
    private final Persona gemma = cast.person("gemma.shuttle", "Gemma Lyle");
    private final Persona rob = cast.person("rob.tennis", "Rob Finney");
    private final Persona anouk = cast.person("anouk.v", "Anouk Visser");

    // --- E. an office fantasy football mini-league (nobody sells) ---
    private final String fpl = cast.guild(1125);
    private final Channel fpTeams = cast.channel(fpl, "Accounts Dept FPL", "transfers-and-teams",
            "wildcards, captains, who to bring in", "fp-transfers-and-teams.json");
    private final Channel fpBanter = cast.channel(fpl, "Accounts Dept FPL", "banter",
            "the league table and the abuse that goes with it", "fp-banter.json");
    private final Channel fpAdmin = cast.channel(fpl, "Accounts Dept FPL", "league-admin",
            "entry, the pot, the end of season do", "fp-league-admin.json");
    private final Persona gaz = cast.person("gaz.fpl", "Gaz Pritchard");
    private final Persona mel = cast.person("mel.t", "Mel Turner");
    private final Persona sanjay = cast.person("sanjay.r", "Sanjay Rao");
    private final Persona kath = cast.person("kath.b", "Kath Boyle");
    private final Persona luke = cast.person("luke.o", "Luke Osei");

    // --- F. couch-to-5k graduates, a running coach among them ---
    private final String run = cast.guild(1126);
    private final Channel ruLog = cast.channel(run, "Slow & Steady 5k", "run-log",
            "how did today's run go", "ru-run-log.json");
    private final Channel ruHelp = cast.channel(run, "Slow & Steady 5k", "help-and-niggles",
            "shoes, shins, plans, anything you're stuck on", "ru-help-and-niggles.json");
    private final Channel ruParkrun = cast.channel(run, "Slow & Steady 5k", "parkrun-meetups",
            "who's going where on Saturday", "ru-parkrun-meetups.json");
    private final Channel ruChat = cast.channel(run, "Slow & Steady 5k", "cool-down",
            "chat", "ru-cool-down.json");
    private final Persona helen = cast.person("helen.runcoach", "Helen Ashby");
    private final Persona mo = cast.person("mo.runs", "Mo Farouk");
    private final Persona trish = cast.person("trish.g", "Trish Gallagher");
    private final Persona dan = cast.person("dan.c25k", "Dan Kowal");
    private final Persona yvonne = cast.person("yvonne.p", "Yvonne Price");
    private final Persona arjun = cast.person("arjun.s", "Arjun Shah");

    // --- G. snooker and pool players, a cue repairer and a case seller among them ---
    private final String cue = cast.guild(1127);
    private final Channel cuTable = cast.channel(cue, "Baize & Chalk", "the-table",
            "snooker and pool talk: matches, practice, technique", "cu-the-table.json");
    private final Channel cuKit = cast.channel(cue, "Baize & Chalk", "cues-and-kit",
            "cues, tips, cases, chalk: questions and advice", "cu-cues-and-kit.json");
    private final Channel cuSale = cast.channel(cue, "Baize & Chalk", "for-sale",
            "buy and sell cues and kit", "cu-for-sale.json");
    private final Channel cuHello = cast.channel(cue, "Baize & Chalk", "say-hello",
            "new? introduce yourself", "cu-say-hello.json");
    private final Persona len = cast.person("len.cues", "Len Hargreaves");
    private final Persona wes = cast.person("wes.cases", "Wes Tolley");
    private final Persona rina = cast.person("rina.pots", "Rina Das");
    private final Persona frank = cast.person("frank.147", "Frank Mullen");
    private final Persona cody = cast.person("cody.b", "Cody Barnes");
    private final Persona ivy = cast.person("ivy.snooker", "Ivy Chambers");

    // --- H. a ten-pin bowling league, a ball driller among the bowlers ---
    private final String bowl = cast.guild(1128);
    private final Channel boLanes = cast.channel(bowl, "Wednesday Strikers League", "lanes",
            "league nights, scores, oil patterns", "bo-lanes.json");
    private final Channel boBalls = cast.channel(bowl, "Wednesday Strikers League", "balls-and-drilling",
            "ball questions, layouts, fit, resurfacing", "bo-balls-and-drilling.json");
    private final Channel boStandings = cast.channel(bowl, "Wednesday Strikers League", "standings",
            "the league standings sheet and handicaps", "bo-standings.json");
    private final Channel boChat = cast.channel(bowl, "Wednesday Strikers League", "gutter-talk",
            "chat", "bo-gutter-talk.json");
    private final Persona jonas = cast.person("jonas.drills", "Jonas Eklund");
    private final Persona sheila = cast.person("sheila.m", "Sheila Moss");
    private final Persona pete = cast.person("pete.hooks", "Pete Larkin");
    private final Persona amira = cast.person("amira.bowls", "Amira Haddad");
    private final Persona curtis = cast.person("curtis.j", "Curtis James");
    private final Persona noreen = cast.person("noreen.w", "Noreen Walsh");

    HeldOutScenes84Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        darts();
        kit();
        mat();
        strings();
        fpl();
        run();
        cue();
        bowl();
    }

    private void darts() {
        // W50: Shane is new and asks at the oche on three days; Bev answers each time
        say(1, "19:05", daOche, shane, "first season throwing, what do people go for on 40 left? i keep missing d20 "
                + "and ending on d5 like an idiot");
        Post bevA1 = say(1, "19:20", daOche, bev, "double top is fine but if you miss outside you're bust, so lots go "
                + "d20 then d10 then d5. practise round the clock on doubles for ten minutes before every session");
        re(1, "19:24", shane, bevA1, "ah ok cheers bev");
        say(2, "22:40", daFix, errol, "Week 11: Red Lion 7-2 Crown, Kings Head 5-4 Albion, Fox 6-3 Anchor. Table "
                + "updated: docs.google.com/spreadsheets/d/arrows-table");
        say(2, "22:45", daFix, linda, "5-4 with two last-leg deciders, we'll take it");
        say(2, "22:50", daFix, dougie, "robbed on the last leg. ROBBED");
        Post shaneQ2 = say(3, "18:30", daOche, shane, "whats a decent weight for a beginner? mine are 26g from "
                + "the pub box and they feel like bricks");
        Post bevA2 = re(3, "18:45", bev, shaneQ2, "most people settle 21-24g. borrow a few sets on tuesday before you "
                + "buy, I'll bring my spares");
        re(3, "18:47", shane, bevA2, "legend thanks");
        Post lindaAsk = say(3, "20:10", daBar, linda, "@Tommo can you bring the spare board and the cabinet to the "
                + "Fox on the 18th? the one behind the bar has a split in the 20");
        lindaAsk.react("👍", tommo);
        say(3, "20:30", daBar, dougie, "that board has been split since 2019 tbh");
        say(4, "12:15", daBar, linda, "Christmas meal: Fox on the 18th after the match, £22 a head for two courses. "
                + "names to me by Friday");
        say(4, "12:20", daBar, errol, "me and the wife");
        say(4, "12:40", daBar, tommo, "put me down. veggie option?");
        say(4, "12:45", daBar, linda, "nut roast, or the mushroom thing they did last year");
        say(4, "13:00", daBar, dougie, "me, but I'm not sitting next to Errol after last year's cracker incident");
        Post shaneQ3 = say(5, "19:00", daOche, shane, "anyone else's grouping go to pieces after the first leg? "
                + "fine at home, useless once the pub is watching");
        Post bevA3 = re(5, "19:20", bev, shaneQ3, "everyone's does. same routine every throw: feet, breath, "
                + "throw. and stop looking at the scoreboard between darts");
        re(5, "19:22", shane, bevA3, "ha that's literally what i do, thanks");
        say(5, "19:30", daOche, tommo, "Bev's advice is the best thing in this server");
        say(6, "21:00", daBar, dougie, "anyone watching the worlds? that lad from Wigan is throwing lovely");
        say(6, "21:05", daBar, tommo, "105 average in the first round, mental");
        say(6, "21:10", daBar, linda, "I can't watch it, too stressful, I'd rather throw");
        say(6, "21:12", daBar, dougie, "you'd rather lose 5-4 you mean 😂");
        // W51
        say(8, "18:00", daFix, errol, "Fixtures for the 18th: Fox v Red Lion (meal after), Crown v Albion, Anchor v "
                + "Kings Head. Last fixtures before the break");
        Post dougieAsk = say(8, "18:10", daFix, dougie, "errol can you post the table link again pls, it's lost up "
                + "there somewhere");
        re(8, "18:20", errol, dougieAsk, "here you go: docs.google.com/spreadsheets/d/arrows-table");
        say(8, "19:00", daOche, dougie, "whats the best way to the Anchor from the station? never played there");
        say(8, "19:10", daOche, shane, "left out the station, past the chippy, it's on the corner. 5 min walk. "
                + "the oche is tight by the toilets fyi");
        say(8, "19:12", daOche, dougie, "cheers shane");
        say(9, "22:50", daFix, errol, "Week 12: Red Lion 6-3 Crown, Albion 5-4 Anchor, Kings Head 7-2 Fox. Table: "
                + "docs.google.com/spreadsheets/d/arrows-table");
        say(9, "22:55", daFix, linda, "kings head are flying");
        say(9, "23:00", daFix, errol, "they've a new lad who throws 60s in his sleep");
        say(10, "09:00", daBar, linda, "final numbers for the meal: 14. Fox want the deposit by thursday, I'll "
                + "collect tuesday night");
        say(11, "17:30", daBar, tommo, "board and cabinet are in my boot for the 18th");
        say(11, "17:35", daBar, linda, "star ⭐ thank you");
        say(12, "22:30", daBar, dougie, "Tuesday?");
        say(12, "22:31", daBar, dougie, "ignore me, wrong chat, that was for my brother");
        say(13, "20:00", daOche, bev, "did 20 mins of doubles every day this week and hit 9 out of 10 on d16 "
                + "tonight. ten years of darts and I'm still learning");
        say(13, "20:10", daOche, shane, "that's class bev");
        say(13, "20:20", daOche, linda, "what board do people have at home? mine's a cheap one and the wires bounce everything out");
        say(13, "20:40", daOche, bev, "spend the £40 on a proper bristle board with thin wires, the bounce-outs drop right off");
        say(13, "20:45", daOche, linda, "ordering one, thanks Bev");
        // W52: Christmas, no darts
        say(15, "10:00", daFix, errol, "No fixtures on the 25th obviously. League restarts Tuesday 8th January, "
                + "Crown v Fox first up. Merry Christmas all");
        say(15, "10:10", daFix, linda, "merry christmas Errol, thanks for keeping the table all year");
        say(16, "11:00", daBar, dougie, "santa brought me a new set of 23g. the missus says they're for the shed "
                + "board only");
        say(16, "11:20", daBar, tommo, "🎄 merry christmas lads");
        say(17, "15:00", daOche, dougie, "right, new darts, same terrible doubles. how do you lot practise finishing?");
        say(17, "15:20", daOche, shane, "bev got me doing d20 d10 d5 round and round, it's boring but it works. "
                + "and the ten min doubles warm up");
        say(17, "15:25", daOche, dougie, "the student becomes the master 😂 ta");
        say(18, "19:00", daFix, errol, "half-season table is final if anyone wants to gloat: docs.google.com/spreadsheets/d/arrows-table");
        say(18, "19:10", daFix, tommo, "Kings Head top at christmas, never thought I'd see it");
        say(18, "19:20", daFix, bev, "averages are in it too, I'm not saying who's top");
        say(19, "20:00", daBar, linda, "anyone up for a practice night at the Fox on the 3rd? bar's open, "
                + "board's free");
        say(19, "20:10", daBar, bev, "count me in");
        say(19, "20:12", daBar, shane, "yes please");
    }

    private void kit() {
        // W50: the Christmas cutoff, announced, asked to be reminded, reminded, last day
        Post cutoff = say(1, "09:00", ktNews, carla, "Christmas order cutoff is Friday 14th for delivery before the "
                + "22nd. Hoodies, training tops and bobble hats all in: stripeandstitch.example/christmas");
        cutoff.react("👍", gordon, phil);
        re(1, "09:40", nadia, cutoff, "@Carla Benn give us a shout before the cutoff please, our committee only "
                + "meets Thursday night to sign off the order");
        say(1, "09:50", ktNews, carla, "will do Nadia");
        say(1, "11:00", ktOrders, gordon, "U11s hoodie order going in this week. can we have the names on the back "
                + "in white not gold? gold looked muddy on the navy last year");
        say(1, "11:30", ktOrders, dean, "yes, white on navy is much crisper. send the name list as a spreadsheet and "
                + "I'll check spellings against the sizes before it prints");
        say(1, "11:35", ktOrders, gordon, "brilliant, coming tonight");
        say(2, "14:00", ktDesign, jess, "new badge for the women's side, can you mock it up on the black training "
                + "top? file attached");
        say(2, "15:10", ktDesign, aisha, "here's a first go, left chest 8cm. the thin ring round the rose will "
                + "vanish in embroidery so I've thickened it a touch, tell me if that's too much");
        say(2, "15:30", ktDesign, jess, "ooh that's smart. thicker ring is fine");
        say(3, "10:00", ktOrders, phil, "hockey order: 18 smocks, 4 keepers' tops. do keeper tops come in yellow?");
        say(3, "10:20", ktOrders, dean, "yellow or fluoro green. yellow's a 5 day turnaround so still fine for "
                + "Christmas");
        say(3, "10:25", ktOrders, phil, "yellow it is");
        say(4, "09:00", ktNews, carla, "Reminder as asked: Christmas cutoff this Friday, order page "
                + "stripeandstitch.example/christmas");
        say(4, "09:30", ktNews, nadia, "thanks Carla, committee tonight");
        say(4, "21:00", ktOrders, nadia, "netball order signed off! 12 bobble hats and 12 hoodies, sizes to follow");
        say(4, "21:20", ktOrders, dean, "lovely, I'll hold a slot for you till Friday 5pm");
        say(5, "08:30", ktNews, carla, "Last day for Christmas orders, 5pm: stripeandstitch.example/christmas");
        say(5, "12:00", ktChat, phil, "I told the cricket club about you lot, their chair might be in touch about "
                + "whites for next season");
        say(5, "12:30", ktChat, carla, "Phil that's kind, thank you. tell them to ask for me");
        say(6, "16:00", ktChat, jess, "we won 24-10 in the new socks so they're staying");
        say(6, "16:05", ktChat, aisha, "lucky socks are real 😄");
        say(6, "16:20", ktChat, phil, "our keeper won't wash his for the same reason");
        // W51: Gordon asks Dean; Dean says nothing; Carla picks it up the next evening
        say(8, "10:00", ktDesign, jess, "proof for the badge looks great. go ahead");
        say(8, "10:30", ktDesign, aisha, "booked in for Wednesday's embroidery run");
        Post gordonQ = say(9, "18:00", ktOrders, gordon, "@Dean Sowerby did the U11 hoodies go out? parents keep "
                + "asking me if they'll be here before the 22nd");
        say(10, "09:15", ktOrders, phil, "keeper tops arrived, the yellow is VERY yellow. kids love it");
        say(10, "09:30", ktOrders, dean, "haha you won't lose them in the fog. glad they fit");
        say(10, "11:00", ktDesign, dean, "Aisha the hockey reorder needs the old smock file, is it on the shared "
                + "drive?");
        say(10, "11:20", ktDesign, aisha, "yes, under Garside Hockey 2028");
        say(10, "13:00", ktDesign, nadia, "@Aisha Rahman could you put the netball badge on the bobble hats too, or "
                + "is it too small to embroider? would love them for January");
        say(11, "00:30", ktOrders, carla, "@Gordon Pike sorry, slipped through! the U11 hoodies went out Monday "
                + "on a 48h courier, tracking is on your order email. should be with you tomorrow");
        say(11, "07:40", ktOrders, gordon, "phew. thanks Carla");
        say(12, "17:00", ktOrders, gordon, "hoodies are here and they're gorgeous. names in white spot on");
        say(12, "17:10", ktOrders, dean, "great to hear Gordon");
        say(12, "17:20", ktOrders, gordon, "could we get two more in age 9-10 for late joiners in January?");
        say(12, "17:40", ktOrders, dean, "yes, same file, I'll add them to a January run and invoice you then");
        say(12, "17:45", ktOrders, gordon, "perfect");
        say(12, "19:00", ktChat, nadia, "netball presentation night in the new hoodies, the girls looked brilliant");
        say(12, "19:10", ktChat, aisha, "❤️ send photos if you can");
        say(13, "12:00", ktNews, carla, "We're closed 24 December to 2 January. Orders and messages picked up on "
                + "the 3rd. Thank you for a lovely year, all of you");
        say(13, "12:20", ktNews, phil, "have a good break all");
        // W52: closed for Christmas
        say(15, "10:00", ktOrders, jess, "for January: can we get the women's side polos in the same black, "
                + "sizes 8-18? and what's the lead time?");
        say(15, "10:05", ktOrders, jess, "oh you're closed, no rush, whenever you're back");
        say(17, "14:00", ktChat, gordon, "merry christmas from the U11s, every one of them wore their hoodie to "
                + "the christmas training 🎄");
        say(17, "14:30", ktChat, nadia, "love that");
        say(20, "11:00", ktChat, phil, "whoever's kit came in the new yellow: our keeper stopped two flicks in "
                + "the friendly on the 28th. it's the shirt");
    }

    private void mat() {
        // W50
        Post fionaQ = say(1, "19:00", mtAsk, fiona, "my daughter is 7 and wants to do 'the rolling around one' after "
                + "watching her cousin. BJJ or judo for a 7 year old? we're in Headingley if anyone knows a club");
        Post marcoA = re(1, "19:30", marco, fionaQ, "either is great at 7. judo gives her throws and breakfalls early "
                + "and a clear belt path, BJJ kids' classes are more games on the ground. go and watch a class of each, "
                + "the coach matters more than the style. we run a free kids' Christmas taster on the 22nd in "
                + "Headingley if that helps, book here: matsantini.example/kids");
        re(1, "19:45", fiona, marcoA, "that's really helpful, thank you. booked her in!");
        say(1, "19:50", mtAsk, keiko, "and if judo wins, Kirkstall Judo has a Saturday 9am kids' class. watching "
                + "is free");
        say(2, "20:00", mtCorner, ollie, "how are people structuring beginners' curriculum? mine feels random, "
                + "whatever I fancy teaching that night");
        say(2, "20:30", mtCorner, marco, "I run 8-week blocks: guard, passing, escapes, back. same warm-up drills "
                + "all block so they see progress. happy to send my block sheet");
        say(2, "20:35", mtCorner, ollie, "yes please, cheers Marco");
        say(3, "12:00", mtEvents, tasha, "New Year judo seminar, Sat 5 Jan, all grades, £25: "
                + "tashagreene.example/seminar");
        say(3, "12:20", mtCorner, tasha, "check out my New Year seminar, spaces going fast: "
                + "tashagreene.example/seminar");
        say(3, "13:10", mtOpen, tasha, "if anyone's bored over Christmas, my seminar on the 5th: "
                + "tashagreene.example/seminar");
        say(3, "13:30", mtOpen, keiko, "is anyone else's mat tape peeling in the cold? our hall is freezing");
        say(3, "13:45", mtOpen, marco, "ours too, gaffer over the top until spring");
        Post benQ = say(4, "18:00", mtAsk, ben, "3 months in and I get smashed in every roll. is that normal or am I "
                + "doing something wrong");
        re(4, "18:20", ollie, benQ, "totally normal. pick one escape a week and only try that. you're not losing, "
                + "you're collecting reps");
        say(4, "18:25", mtAsk, ben, "collecting reps. I like that");
        Post zaraQ = say(5, "17:00", mtEvents, zara, "@Tasha Greene is the seminar ok for a yellow belt? don't "
                + "want to be out of my depth");
        Post keikoA = re(5, "17:40", keiko, zaraQ, "yes, Tasha's seminars are always all grades, she pairs by belt. "
                + "you'll be fine");
        re(5, "17:50", zara, keikoA, "thanks Keiko 🙏");
        say(6, "20:00", mtOpen, ollie, "anyone else tape their fingers or am I just old");
        say(6, "20:05", mtOpen, keiko, "old. tape them");
        say(6, "20:10", mtOpen, marco, "old AND tape them. zinc oxide, not the stretchy stuff");
        // W51: Ollie takes in the coaches' corner, gives in ask-a-coach
        say(8, "19:00", mtCorner, ollie, "insurance renews in January. who are people with? mine's jumped 40%");
        say(8, "19:30", mtCorner, marco, "we moved to the BJJ association's group policy, about half what the "
                + "broker wanted. check it covers kids' classes though");
        say(8, "19:35", mtCorner, ollie, "good shout");
        Post zaraQ2 = say(9, "17:00", mtAsk, zara, "best way to stop my gi jacket riding up in newaza? it's like "
                + "fighting a duvet");
        re(9, "17:30", ollie, zaraQ2, "tie the belt lower on the hips and tuck the jacket before you knot it. and "
                + "a shrunk gi helps: hot wash once");
        say(9, "17:40", mtAsk, zara, "ha, hot wash, of course. thanks Ollie");
        say(10, "20:00", mtCorner, ollie, "how do you lot clean mats? parent complained about ringworm at another "
                + "club and now everyone's twitchy");
        say(10, "20:20", mtCorner, marco, "after every session, proper mat disinfectant not floor cleaner, and a "
                + "no-bare-feet-off-the-mat rule. post it on the door so parents see it");
        say(10, "20:25", mtCorner, ollie, "thanks, printing that tonight");
        say(11, "18:30", mtAsk, ben, "is it worth grading before christmas or wait?");
        say(11, "18:50", mtAsk, ollie, "your coach will tell you when, honestly. nobody grades themselves");
        say(11, "19:00", mtAsk, ben, "fair");
        say(12, "20:00", mtCorner, ollie, "last one from me: kids' class register app, anyone use one?");
        say(12, "20:30", mtCorner, marco, "we use a shared sheet and a clipboard. apps die when the wifi does");
        say(12, "20:35", mtCorner, keiko, "same, clipboard gang");
        say(13, "12:00", mtEvents, keiko, "Kirkstall Judo closed 23 Dec to 2 Jan. merry christmas everyone");
        say(13, "13:00", mtEvents, tasha, "our dojo's closed too, back on the 3rd. have a good one all");
        say(13, "13:10", mtEvents, marco, "have a good break both");
        // W52
        say(15, "10:30", mtOpen, marco, "22nd taster had 14 kids. Fiona's daughter threw me twice and told me it "
                + "was 'easy'");
        say(15, "10:45", mtOpen, fiona, "she has not stopped talking about it. signing her up in January!");
        say(17, "12:00", mtOpen, ben, "merry christmas coaches. ate too much, rolling tomorrow to fix it");
        say(18, "11:00", mtAsk, zara, "seminar's the 5th right? what time do doors open?");
        say(18, "11:30", mtAsk, keiko, "5th, doors 9:30 for a 10am start. see you there");
        say(19, "19:00", mtAsk, ben, "open mat on the 29th, is it ok to just turn up?");
        say(19, "19:20", mtAsk, marco, "at ours yes, sign the waiver at the door. 11am");
        say(19, "19:25", mtAsk, ben, "see you there");
        say(19, "19:40", mtAsk, ollie, "I'll be at Marco's on the 29th too Ben, come and say hi");
    }

    private void strings() {
        // W50: Kieran's answer carries his Christmas deal; next day the deal again in chat
        Post gemmaQ = say(1, "18:00", stAsk, gemma, "tennis elbow from badminton of all things. would a different "
                + "string or tension help or is it just my technique?");
        Post kieranA = re(1, "18:40", kieran, gemmaQ, "both, but drop 1-2 lbs and go for a softer multifilament, it "
                + "takes a lot of the shock out. and get someone to check your grip size, too small makes you "
                + "squeeze. we've 20% off restrings till the 23rd if you want it done: kieranstrings.example/xmas");
        re(1, "18:50", gemma, kieranA, "thanks, I'll try the lower tension first");
        say(1, "19:10", stAsk, hal, "grip size is the big one. a lot of elbows I see are a grip two sizes small");
        say(2, "09:30", stChat, kieran, "Christmas restring deal on: 20% off all restrings till the 23rd, stocking "
                + "fillers too: kieranstrings.example/xmas");
        say(2, "11:00", stBench, priya, "anyone else getting slipping clamps on the old Prince machine in the cold? "
                + "garage is 4 degrees");
        say(2, "11:20", stBench, hal, "clean the clamp faces with alcohol and let the machine warm up with a heater "
                + "for 20 min. cold nylon grips badly");
        say(2, "11:25", stBench, priya, "ah that makes sense, thanks Hal");
        Post robQ = say(3, "20:00", stAsk, rob, "my lad (12) has just broken strings for the third time this month. "
                + "is he doing something wrong or should we go thicker?");
        re(3, "20:30", priya, robQ, "breaking a lot at 12 usually means he's hitting big topspin, which is good "
                + "news! go 1.30 gauge or a hybrid with a poly main. I did a hybrid for a junior last week, lasts "
                + "three times as long");
        say(3, "20:40", stAsk, rob, "hybrid it is. can you do it for Saturday @Priya Sood?");
        say(3, "20:50", stAsk, priya, "yes, drop it Friday after 4");
        say(4, "12:00", stChat, anouk, "squash club christmas ladder is done, I lost in the final to a 61 year "
                + "old. humbling");
        say(4, "12:10", stChat, gemma, "the 61 year olds are the scariest people in any racket sport");
        say(4, "12:20", stChat, rob, "can confirm, my dad is 70 and beats me at tennis");
        say(5, "17:00", stBench, kieran, "what are people charging for hybrids now? I'm at £22 inc labour and "
                + "feel like I'm undercharging");
        say(5, "17:20", stBench, hal, "£24 round here. poly's gone up again");
        say(6, "18:00", stAsk, rob, "picked up the racket from Priya, lovely job, he's already hitting harder");
        // W51: Priya lives on the bench while players wait
        say(8, "09:00", stChat, kieran, "last week of the christmas restring deal, 20% off till the 23rd: "
                + "kieranstrings.example/xmas");
        say(8, "10:00", stBench, priya, "thinking of upgrading to an electronic machine in the new year. Hal what's "
                + "yours?");
        say(8, "10:20", stBench, hal, "Gamma electronic, 8 years old, never let me down");
        say(8, "10:30", stBench, priya, "how's the constant pull vs my drop weight? worth the money?");
        say(8, "10:40", stBench, kieran, "it's twice as fast. paid for itself in the first summer");
        say(8, "10:45", stBench, priya, "ok that's persuasive");
        Post anoukQ = say(8, "14:00", stAsk, anouk, "squash: is 26lbs too tight for a beginner? the club stringer "
                + "says it's standard but it feels like a brick");
        say(9, "09:00", stBench, priya, "also: does anyone pre-stretch poly? I've seen both camps online");
        say(9, "09:30", stBench, kieran, "never, it kills the feel");
        say(9, "08:40", stAsk, kieran, "restring deal ends Sunday, get your rackets in before christmas: "
                + "kieranstrings.example/xmas");
        say(9, "09:40", stBench, priya, "interesting, the supplier told me to. I'll try a few both ways");
        say(9, "14:00", stBench, priya, "Kieran what knot do you tie off poly with? mine keep slipping");
        say(9, "14:20", stBench, kieran, "double half hitch, pull it tight with pliers and leave 3mm");
        say(9, "14:25", stBench, priya, "ok trying that tonight");
        Post gemmaQ2 = say(9, "19:00", stAsk, gemma, "what grip do people like for sweaty hands? towel or tacky?");
        say(10, "11:00", stBench, priya, "ordered the electronic one!! January delivery 🎉");
        say(10, "11:05", stBench, hal, "welcome to the light side");
        say(10, "11:20", stBench, priya, "any tips for calibrating when it lands?");
        say(10, "11:40", stBench, hal, "a tension calibrator, not the bathroom scales. I'll lend you mine");
        say(10, "11:45", stBench, priya, "you're a star Hal");
        re(10, "18:00", hal, anoukQ, "26 is fine for a club player but for a beginner I'd go 24-25, more "
                + "forgiving. tell the stringer it's for comfort");
        re(10, "18:10", anouk, anoukQ, "thanks Hal, will ask for 25");
        say(11, "09:00", stBench, priya, "I'm off from the 20th till 2nd Jan, machine's getting covered in tinsel. "
                + "happy christmas bench");
        say(11, "09:10", stBench, kieran, "have a good one Priya");
        re(11, "20:00", kieran, gemmaQ2, "towel grip if you sweat a lot, tacky goes slick. change it more often than "
                + "you think");
        say(11, "20:10", stAsk, gemma, "ta Kieran");
        // W52: a customer asks Priya while she's away
        say(16, "19:00", stAsk, rob, "@Priya Sood santa brought the lad a second racket, could you string it the "
                + "same as the first when you're back?");
        say(18, "12:00", stChat, anouk, "boxing day hit at the club, 8 of us and a tin of quality street");
        say(18, "12:10", stChat, gemma, "sounds perfect");
        say(18, "12:20", stChat, anouk, "did anyone get a racket for christmas? I got grips. so many grips");
        say(18, "12:30", stChat, rob, "the lad got a second racket, he's sleeping with it");
        say(20, "15:00", stChat, kieran, "back on the machine 2nd Jan, already 9 rackets booked. christmas presents "
                + "from people who guessed the tension wrong");
        say(20, "15:10", stChat, hal, "ha, the tension guessers. happy new year all");
    }

    private void fpl() {
        // W50
        say(1, "08:45", fpBanter, kath, "gameweek 15 table: Sanjay top, Gaz second, Luke last by a distance. "
                + "Luke, you still have a goalkeeper who retired in October");
        say(1, "08:50", fpBanter, luke, "he's a differential");
        say(1, "08:52", fpBanter, mel, "😂");
        say(2, "12:30", fpTeams, gaz, "new ep of my fpl pod is out, all about the christmas fixture pile-up. give "
                + "it a follow lads: midfieldmadness.example/pod");
        say(2, "12:40", fpTeams, sanjay, "you and your pod");
        say(2, "12:45", fpTeams, gaz, "13 listeners now, 12 of them my mum");
        Post melQ = say(3, "23:55", fpTeams, mel, "nobody:\nme at midnight: should I wildcard before the christmas "
                + "fixtures or hold");
        Post sanjayA = re(4, "08:10", sanjay, melQ, "hold. the wildcard's worth more after the January blanks. "
                + "just do two free transfers and get a City defender in");
        re(4, "08:20", mel, sanjayA, "fine. no wildcard. thanks Sanjay");
        say(4, "13:00", fpAdmin, kath, "end of season do: I've booked the bowling place for May. pot is at £90, "
                + "Luke still owes his tenner");
        say(4, "13:05", fpAdmin, luke, "sending it now, don't name and shame me");
        say(4, "13:06", fpAdmin, kath, "already did x");
        say(5, "17:30", fpBanter, gaz, "Sanjay captained a defender and got 18 points, this game is broken");
        say(5, "17:35", fpBanter, sanjay, "it's called skill Gary");
        say(6, "12:00", fpTeams, gaz, "new ep with my gameweek 17 picks up now: midfieldmadness.example/pod "
                + "follow and share if you like it");
        say(6, "12:10", fpTeams, luke, "who's your captain then");
        say(6, "12:15", fpTeams, gaz, "Haaland. boring but I have a mortgage");
        say(7, "18:00", fpBanter, mel, "Haaland blanked. mortgage safe though");
        say(7, "18:10", fpBanter, gaz, "pain");
        // W51
        Post lukeQ = say(8, "09:00", fpTeams, luke, "genuine question, I have 2 free transfers and 0.4m in the bank, "
                + "how do I fix this");
        re(8, "09:30", gaz, lukeQ, "sell the retired keeper first mate. then the injured Brentford lad, and "
                + "you've got enough for a mid-price mid. don't take hits at Christmas");
        say(8, "09:35", fpTeams, luke, "selling him feels like betrayal. done though, ta Gaz");
        Post melQ2 = say(9, "12:00", fpTeams, mel, "@Gaz Pritchard what did you say on the pod about the triple "
                + "gameweek? I missed it");
        re(9, "12:30", gaz, melQ2, "basically don't chase it, it might not happen. it's about 20 mins in: "
                + "midfieldmadness.example/pod");
        say(9, "12:35", fpTeams, mel, "ta");
        say(10, "08:45", fpBanter, kath, "gameweek 16: Mel jumps to 3rd, Luke climbs off the bottom for the first "
                + "time since September");
        say(10, "08:50", fpBanter, luke, "the comeback starts now");
        say(10, "08:52", fpBanter, sanjay, "?");
        say(10, "08:53", fpBanter, mel, "Sanjay's '?' is the most brutal message in this server");
        say(11, "13:00", fpAdmin, kath, "office secret santa is £10, same as the fpl pot. any chance someone can "
                + "cover the draw for me, I'm off from the 21st");
        say(11, "13:20", fpAdmin, mel, "I'll do it");
        say(12, "17:00", fpTeams, sanjay, "boxing day and the 29th both double, plan your benches");
        say(12, "17:10", fpTeams, kath, "thanks, I'd have forgotten entirely");
        say(13, "12:00", fpAdmin, luke, "whose idea was a transfer deadline on christmas eve? madness");
        say(13, "12:10", fpAdmin, mel, "it's 11am on the 26th Luke, read the emails");
        say(13, "12:12", fpAdmin, luke, "I don't read emails, I'm in accounts");
        // W52
        say(16, "10:00", fpBanter, luke, "merry christmas. my team is still bad. this is my gift to you all");
        say(16, "10:30", fpBanter, gaz, "merry christmas lads");
        say(17, "18:00", fpBanter, mel, "Gaz's captain blanked on boxing day and I've never been happier");
        say(17, "18:10", fpBanter, gaz, "I'm recording an emergency episode about it. therapy");
        say(19, "09:00", fpTeams, kath, "anyone got a spare midfielder tip under 6m? asking for the back half of "
                + "the table");
        say(19, "09:20", fpTeams, sanjay, "the Villa lad, nailed on and on pens");
        say(19, "09:25", fpTeams, kath, "done, thanks");
    }

    private void run() {
        // W50
        Post danQ = say(1, "07:30", ruHelp, dan, "graduated C25K on Saturday!! anyone got a plan for after? I want "
                + "to do a 10k by spring without wrecking myself");
        Post helenA = re(1, "08:15", helen, danQ, "congratulations Dan! the safest way: keep three runs a week, make "
                + "one of them 5-10 minutes longer each week, keep the other two easy. I wrote a 10-week plan for "
                + "exactly this (£15: helenashby.example/10k) but any plan that only grows the long run works");
        re(1, "08:30", dan, helenA, "amazing, thank you. going to try the free version first and see how my legs "
                + "feel");
        say(1, "08:40", ruHelp, mo, "+1 to the long run only. I did too much too soon after mine and got shin "
                + "splints for a month");
        say(2, "07:00", ruLog, yvonne, "5k in the dark and the frost. 36:12. slow but I went");
        say(2, "07:10", ruLog, mo, "going is the whole battle in December 👏");
        Post yvQ = say(3, "19:00", ruHelp, yvonne, "my shins ache after every run since it got cold. is it the "
                + "pavements?");
        re(3, "19:30", mo, yvQ, "could be, and cold muscles. walk 5 min before you start running and try the "
                + "grass at the park for the easy ones. if it's one spot that hurts to press, see a physio");
        say(3, "19:35", ruHelp, yvonne, "ok trying the grass, thanks Mo");
        say(4, "12:00", ruParkrun, trish, "who's at Roundhay on Saturday? festive one, santa hats encouraged");
        say(4, "12:10", ruParkrun, dan, "me! first parkrun");
        say(4, "12:15", ruParkrun, mo, "I'll be tail walker, say hi");
        say(5, "18:00", ruChat, trish, "bought Helen's 10k plan in November and I'm on week 3, for anyone "
                + "wondering if it's worth it. the intervals are brutal but I'm faster");
        say(5, "18:10", ruChat, helen, "you're doing brilliantly Trish, the intervals get kinder in week 5 I promise");
        say(6, "10:30", ruParkrun, dan, "33:40 at my first parkrun, in a santa hat. someone dressed as a pudding "
                + "beat me");
        say(6, "10:40", ruParkrun, trish, "the pudding is a club runner, no shame");
        say(7, "09:00", ruHelp, yvonne, "ran on the grass all week and the shins are way better. thanks Mo");
        say(7, "09:10", ruHelp, mo, "brilliant, keep easing in");
        // W51: Arjun logs every run with its link; Helen goes away
        say(8, "06:50", ruLog, arjun, "easy 4k before work: strava.example/activities/8812001");
        say(8, "07:20", ruLog, trish, "ice out there this morning, be careful everyone");
        say(8, "07:25", ruLog, arjun, "yeah the canal path was like glass, stuck to the road");
        say(9, "06:45", ruLog, arjun, "5k, negative split for the first time: strava.example/activities/8812417");
        say(9, "07:00", ruLog, yvonne, "negative split! get you");
        say(9, "07:05", ruLog, arjun, "thanks Yvonne, the grass tip from Mo helped my calves too");
        say(10, "18:30", ruLog, arjun, "intervals in the rain, 6x400: strava.example/activities/8813090");
        Post yvQ2 = say(10, "19:00", ruHelp, yvonne, "shins are better on the grass but now it's dark by 4. "
                + "anyone run with a head torch?");
        re(10, "19:20", arjun, yvQ2, "I do, 300 lumen is plenty for the park. get one with a rear red light too");
        say(10, "19:25", ruHelp, yvonne, "perfect, on my christmas list");
        say(11, "06:50", ruLog, arjun, "recovery jog: strava.example/activities/8813544");
        say(11, "12:00", ruChat, helen, "off to my sister's in Cork from the 21st, back on the 28th, no wifi in "
                + "her cottage. keep running, eat the mince pies");
        say(11, "12:05", ruChat, mo, "have a lovely break Helen");
        say(12, "07:00", ruLog, arjun, "long run, 8k!! longest ever: strava.example/activities/8814002");
        say(12, "07:20", ruLog, dan, "8k!!! that's my target for February");
        say(12, "07:30", ruLog, arjun, "you'll get there Dan, I was at 5 in October");
        say(12, "16:00", ruHelp, trish, "@Helen Ashby week 4 of the plan says 'tempo' for Thursday, what pace is "
                + "that for someone running 5k in 31 min?");
        say(13, "09:30", ruParkrun, arjun, "Roundhay tomorrow, anyone?");
        say(13, "09:40", ruParkrun, dan, "yes, no pudding this time hopefully");
        say(14, "11:00", ruLog, arjun, "parkrun PB 27:58: strava.example/activities/8814790");
        say(14, "11:10", ruLog, trish, "sub 28!! 🎉");
        say(14, "11:20", ruLog, arjun, "thanks Trish! never thought I'd say PB about anything running");
        // W52
        say(16, "09:00", ruParkrun, mo, "Christmas Day parkrun at Temple Newsam, 9am, I'll bring the mince pies");
        say(16, "11:00", ruLog, dan, "christmas morning parkrun 32:50 and a mince pie at the finish. best start to "
                + "a christmas ever");
        say(17, "12:00", ruChat, yvonne, "got the head torch! I look like a miner");
        say(18, "10:00", ruLog, arjun, "boxing day 6k, legs full of turkey: strava.example/activities/8816001");
        say(18, "10:15", ruLog, mo, "turkey powered 💯");
        say(19, "09:00", ruHelp, helen, "@Trish Gallagher back now, sorry! tempo for you is about 6:00/km, "
                + "comfortably hard: you could say a sentence but not sing. 15 min of it in the middle of the run");
        say(19, "09:20", ruHelp, trish, "perfect, thank you, enjoy the rest of the break");
        say(20, "08:00", ruChat, dan, "anyone doing a new year's day run?");
        say(20, "08:15", ruChat, mo, "always. Roundhay at 10, slow and hungover");
        say(21, "09:00", ruChat, yvonne, "new year goal: parkrun under 35. who's with me");
        say(21, "09:10", ruChat, dan, "me! under 35 by Easter");
    }

    private void cue() {
        // W50
        say(1, "20:00", cuTable, frank, "anyone catch the UK final? the safety battle in frame 9 was 40 minutes "
                + "of chess");
        say(1, "20:10", cuTable, rina, "loved it. my league partner fell asleep");
        say(2, "19:00", cuKit, ivy, "@Len Hargreaves my cue's got a slight bend near the joint since the club "
                + "heating went on, can it be saved?");
        say(2, "19:30", cuKit, len, "usually, if it's ash and only slight. bring it Thursday and I'll sight it "
                + "down. don't lean it against a radiator again!");
        say(2, "19:35", cuKit, ivy, "guilty. thank you");
        joins(3, "17:00", cuHello, cody);
        Post codyHi = say(3, "17:05", cuHello, cody, "hi all, just started playing pool at the uni and my flatmate "
                + "is teaching me snooker. found this place looking up cue tips");
        re(3, "17:12", wes, codyHi, "welcome Cody! you'll want a case for that cue, I make them, hard case £40 "
                + "with a chalk pocket, dm me");
        say(3, "17:30", cuHello, frank, "welcome Cody, snooker will humble you, stick with it");
        Post codyQ = say(4, "18:00", cuKit, cody, "my tip is shiny like glass and the cue ball skids off when I "
                + "try screw. do I need a new one?");
        Post lenA = re(4, "18:20", len, codyQ, "scuff it first with a tip tool or fine sandpaper, just the top, "
                + "and chalk every shot. if it's flat and hard it wants replacing: I do tips for £12, bring it to "
                + "the Crucible Club on Thursday nights");
        re(4, "18:30", cody, lenA, "sandpaper first then, thanks Len");
        say(4, "18:40", cuKit, frank, "and don't twist the chalk like a screwdriver, brush it on");
        say(5, "21:00", cuTable, rina, "made my first 50 break tonight!! 8 reds and blacks then missed a sitter "
                + "on the pink");
        say(5, "21:05", cuTable, ivy, "50!!! 👏");
        say(5, "21:10", cuTable, frank, "the sitter on the pink is tradition");
        say(6, "12:00", cuSale, rina, "selling my old 57\" ash cue, one-piece, new tip, £35, collect from the "
                + "Crucible");
        say(6, "12:20", cuSale, cody, "would that suit a beginner?");
        say(6, "12:30", cuSale, rina, "perfect for one, it's what I learned on. yours if you want it");
        say(6, "12:35", cuSale, cody, "yes please! Thursday?");
        say(7, "20:00", cuSale, cody, "picked up the cue from Rina, it's beautiful");
        say(7, "20:05", cuSale, rina, "look after her!");
        // W51
        say(8, "19:00", cuSale, wes, "Christmas batch of hard cases is done: black, navy or oxblood, £40, "
                + "holds a one-piece or 3/4 jointed");
        say(8, "20:00", cuTable, wes, "new batch of cases ready for christmas, £40, delivered by the 22nd");
        say(8, "20:10", cuTable, frank, "cody how's the ash cue treating you?");
        say(8, "20:30", cuTable, cody, "love it. potted a long red yesterday and screamed in the library");
        Post ivyQ = say(9, "18:00", cuKit, ivy, "present ideas for my dad who plays snooker? he has a cue and "
                + "everything, budget about £40");
        Post wesA = re(9, "18:20", wes, ivyQ, "a proper case is the present they never buy themselves. mine are "
                + "£40 and I can do his initials on the lid if you order by Wednesday");
        say(9, "18:30", cuKit, frank, "or a set of extensions, every snooker dad secretly wants them");
        re(9, "19:00", ivy, wesA, "initials on the lid! ok I'm sold, messaging you");
        say(10, "20:00", cuKit, ivy, "Len, got the cue back, dead straight. you're a wizard");
        say(10, "20:10", cuKit, len, "it was only a little bow. keep it in the case away from heat");
        say(11, "19:00", cuTable, rina, "practice routine question: line-up or the T? I get bored on the line-up");
        say(11, "19:20", cuTable, frank, "line-up for cue action, T for positional play. do 15 min of each, put "
                + "music on");
        say(11, "19:25", cuTable, len, "and count your misses not your pots, it's humbling but it works");
        say(11, "19:30", cuTable, rina, "humbling is this server's theme");
        say(12, "21:00", cuTable, cody, "Len did my tip! screw back is now a thing I can do sometimes");
        say(12, "21:10", cuTable, len, "glad it's biting. chalk, chalk, chalk");
        say(13, "12:00", cuTable, len, "workshop closed 23rd to 2nd. merry christmas all, leave your cues away "
                + "from the radiators");
        // W52
        say(16, "10:00", cuTable, ivy, "dad opened the case with his initials and went quiet for a full minute. "
                + "thank you Wes");
        say(16, "10:20", cuTable, wes, "that's made my christmas Ivy");
        say(17, "15:00", cuTable, frank, "boxing day frames at the club, 1pm, bring leftovers");
        say(17, "15:10", cuTable, rina, "bringing turkey sandwiches and my 50 break energy");
        say(18, "20:00", cuTable, cody, "lost 3-0 to Frank but made a 14 break. that's progress");
        say(18, "20:05", cuTable, frank, "you nearly had the third, lad");
        say(19, "20:00", cuTable, ivy, "anyone know if the club's open on new year's eve?");
        say(19, "20:20", cuTable, frank, "till 6, then they kick us out for the party");
        say(19, "20:25", cuTable, ivy, "ta Frank");
    }

    private void bowl() {
        // W50
        say(1, "21:30", boLanes, pete, "lanes were dry on the right tonight, move left and go straighter next "
                + "week, trust me");
        say(1, "21:40", boLanes, curtis, "I moved left and went into the channel. thanks Pete");
        say(1, "21:41", boLanes, pete, "you moved left on the wrong foot 😂");
        Post amiraQ = say(2, "18:00", boBalls, amira, "my urethane ball just doesn't hook any more, it used to. "
                + "does it need resurfacing or is it dead?");
        Post jonasA = re(2, "18:30", jonas, amiraQ, "almost certainly just the surface, urethane loads up with oil "
                + "and goes glassy. a resurface brings it back, £20, or £15 this month with the Christmas deal: "
                + "jonaspro.example/resurface");
        re(2, "18:40", amira, jonasA, "bringing it Wednesday, thanks Jonas");
        say(2, "19:30", boLanes, jonas, "Christmas resurfacing deal on, £15 a ball till the 23rd, book here: "
                + "jonaspro.example/resurface");
        say(3, "09:00", boChat, jonas, "stocking filler idea: a resurface for the bowler in your life! "
                + "jonaspro.example/resurface");
        say(3, "11:00", boStandings, sheila, "Standings after week 14, Pin Pals still top by 6. Sheet with "
                + "averages: docs.google.com/spreadsheets/d/strikers-standings");
        Post curtisAsk = say(3, "11:10", boStandings, curtis, "@Sheila Moss keep me posted when the January "
                + "handicaps are done, I think mine's about to get worse");
        re(3, "11:30", sheila, curtisAsk, "will do, Friday probably");
        say(4, "20:00", boChat, curtis, "league christmas night is the 19th, ugly jumpers mandatory, Noreen's "
                + "doing the raffle");
        say(4, "20:10", boChat, noreen, "prizes so far: a turkey, a bottle of port and a gutter-guard novelty hat");
        say(4, "20:12", boChat, pete, "I want the hat");
        say(6, "16:00", boStandings, sheila, "January handicaps are in, Curtis yours went down 2, well done: "
                + "docs.google.com/spreadsheets/d/strikers-standings");
        say(6, "16:10", boStandings, curtis, "DOWN? I'll take it");
        say(6, "20:00", boLanes, pete, "oil for next week is the short pattern, bring your straighter ball");
        say(6, "20:10", boLanes, amira, "noted, thanks Pete");
        // W51: Noreen's quiet week; Pete helps her on three days
        Post noreenQ1 = say(8, "19:00", boBalls, noreen, "the house balls hurt my fingers, should I get my own? "
                + "I've only been bowling since October");
        re(8, "19:20", pete, noreenQ1, "if you're doing the whole league yes. a plastic spare ball drilled for "
                + "your hand is the cheapest way in, you'll feel the difference the first night");
        say(8, "19:25", boBalls, noreen, "thank you Pete");
        say(9, "20:00", boBalls, curtis, "@Jonas Eklund could you fit a thumb insert in my ball before the christmas "
                + "night? the hole's gone a bit big");
        say(10, "21:30", boStandings, sheila, "week 15: Pin Pals lead cut to 2. Sheet: "
                + "docs.google.com/spreadsheets/d/strikers-standings");
        Post noreenQ2 = say(10, "21:40", boLanes, noreen, "how do people stop their wrist flopping at the end? "
                + "mine goes everywhere");
        re(10, "21:55", pete, noreenQ2, "hold the follow-through like you're shaking hands with the pins, count "
                + "two before you drop the arm");
        say(10, "22:00", boLanes, noreen, "ha ok, thanks");
        say(11, "18:00", boBalls, amira, "got the ball back from Jonas and it's hooking like 2019 again");
        say(11, "18:10", boBalls, jonas, "glad it's back to its old self, enjoy");
        Post noreenQ3 = say(12, "18:00", boLanes, noreen, "what's a good target to aim at? I look at the pins and "
                + "hit nothing");
        re(12, "18:20", pete, noreenQ3, "the arrows, not the pins. second arrow from the right for you to start. "
                + "pins are 60 feet away, the arrows are 15");
        say(12, "18:25", boLanes, noreen, "cheers Pete, trying it saturday");
        say(12, "21:00", boChat, curtis, "christmas night tomorrow, who's bringing the speaker?");
        say(12, "21:05", boChat, amira, "me, and a playlist of only Mariah");
        say(13, "23:00", boChat, noreen, "raffle raised £140 for the hospice, thank you all! Pete won the hat");
        say(13, "23:05", boChat, pete, "wearing it to every league night from now on");
        say(13, "23:10", boChat, sheila, "brilliant night, thank you Noreen for sorting it");
        say(14, "12:00", boChat, curtis, "hangover bowling is a real sport");
        say(14, "12:05", boChat, amira, "my head hurts reading that");
        // W52
        say(15, "10:00", boBalls, amira, "@Jonas Eklund the thumb hole feels tight since the cold snap, could you "
                + "open it a touch when you're back in?");
        say(15, "12:00", boBalls, jonas, "that's the cold, thumbs swell and shrink. try a bit of tape first, if it's "
                + "still tight I'll open it on the 2nd");
        say(15, "12:05", boBalls, amira, "tape it is, ta");
        say(17, "14:00", boChat, curtis, "bowled a 201 on boxing day with the family. my nephew got 40 and cried");
        say(17, "14:10", boChat, pete, "201!! the handicap committee will be in touch");
        say(19, "17:00", boLanes, noreen, "went saturday and aimed at the arrows like Pete said. 118, my best ever");
        say(19, "17:10", boLanes, sheila, "well done Noreen!");
        say(20, "10:00", boStandings, sheila, "No league on 2 January, we restart the 9th. Happy new year all");
        say(20, "10:10", boStandings, curtis, "happy new year Sheila, thanks for doing the sheet every week");
    }

    static Map<String, String> files() {
        return new HeldOutScenes84Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 84");
    }
}
