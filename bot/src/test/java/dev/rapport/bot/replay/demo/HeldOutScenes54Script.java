package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 54 (sealed): eight communities of hobbies, sports, clubs and neighbourhood life (a lawn bowls club
 * with a kit-swap room, a street's residents' group with a handyman and a cleaner among the neighbours, a quilting
 * circle with a long-arm quilter and a pattern designer, a five-a-side football group where nobody sells, a karate
 * dojo's own server with its Staff, a metal-detecting club with a ring finder and a video maker, a racing-pigeon club
 * with birds and supplements for sale, a geocaching group with a coin maker), over three ISO weeks (2027-W31 to W33),
 * written and labelled by writer54 (session 35) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-54.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes54Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 8, 2);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 8, 23, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-54";

    // --- A. lawn bowls club ---
    private final String hollin = cast.guild(811);
    private final Channel bgClubhouse = cast.channel(hollin, "Hollin Green Bowls Club", "clubhouse",
            "members' chat, all welcome", "bg-clubhouse.json");
    private final Channel bgFixtures = cast.channel(hollin, "Hollin Green Bowls Club", "fixtures",
            "match list and team sheets, posted by the match secretary", "bg-fixtures.json");
    private final Channel bgKit = cast.channel(hollin, "Hollin Green Bowls Club", "kit-swap",
            "buy, sell, swap: bowls, shoes, bags. price and photos please", "bg-kit-swap.json");
    private final Channel bgCoaching = cast.channel(hollin, "Hollin Green Bowls Club", "coaching-corner",
            "questions on delivery, weight, line and reading the green", "bg-coaching-corner.json");
    private final Persona maureen = cast.person("maureen.ash", "Maureen Ashworth");
    private final Persona desmond = cast.person("des.okafor", "Desmond Okafor");
    private final Persona hamish = cast.person("hamish.r", "Hamish Reid");
    private final Persona priya = cast.person("priya.nat", "Priya Natarajan");
    private final Persona gerald = cast.person("gerald.pike", "Gerald Pike");
    private final Persona eileen = cast.person("eileen.f", "Eileen Farrow");
    private final Persona tomasz = cast.person("tomasz.wilk", "Tomasz Wilk");
    private final Channel bgDmPriya = cast.dm(priya, "bg-dm-priya.json");

    // --- B. residents' group ---
    private final String larkspur = cast.guild(812);
    private final Channel lrNotice = cast.channel(larkspur, "Larkspur Road Neighbours", "noticeboard",
            "street news, road works, bins, anything for the neighbours", "lr-noticeboard.json");
    private final Channel lrLost = cast.channel(larkspur, "Larkspur Road Neighbours", "lost-and-found",
            "pets, parcels, keys", "lr-lost-and-found.json");
    private final Channel lrRecs = cast.channel(larkspur, "Larkspur Road Neighbours", "recommendations",
            "ask the street for a plumber, a cleaner, a dentist, whatever you need", "lr-recommendations.json");
    private final Channel lrParty = cast.channel(larkspur, "Larkspur Road Neighbours", "street-party",
            "planning the 28 August party: road closure, food, music", "lr-street-party.json");
    private final Persona fatima = cast.person("fatima.r", "Fatima Rahman");
    private final Persona oliver = cast.person("oliver.no17", "Oliver Brennan");
    private final Persona ngozi = cast.person("ngozi.eze", "Ngozi Eze");
    private final Persona bill = cast.person("bill.thack", "Bill Thackeray");
    private final Persona sakura = cast.person("sakura.ito", "Sakura Ito");
    private final Persona ruairi = cast.person("ruairi.w", "Ruairi Walsh");
    private final Persona lena = cast.person("lena.kow", "Lena Kowalczyk");
    private final Persona devika = cast.person("devika.m", "Devika Menon");

    // --- C. quilting circle ---
    private final String patchwork = cast.guild(813);
    private final Channel pqChatter = cast.channel(patchwork, "Patchwork & Natter", "chatter",
            "general natter", "pq-chatter.json");
    private final Channel pqShow = cast.channel(patchwork, "Patchwork & Natter", "show-and-tell",
            "show your finished quilts and WIPs", "pq-show-and-tell.json");
    private final Channel pqHelp = cast.channel(patchwork, "Patchwork & Natter", "help-desk",
            "stuck on a block, a binding or your machine? ask here", "pq-help-desk.json");
    private final Channel pqDestash = cast.channel(patchwork, "Patchwork & Natter", "destash",
            "buy, sell, swap fabric, patterns and notions: price and postage please", "pq-destash.json");
    private final Persona dorothy = cast.person("dot.baines", "Dorothy Baines");
    private final Persona amara = cast.person("amara.longarm", "Amara Nwosu");
    private final Persona kerstin = cast.person("kerstin.a", "Kerstin Albrecht");
    private final Persona meiling = cast.person("meiling.makes", "Mei-Ling Chow");
    private final Persona rosalind = cast.person("ros.hughes", "Rosalind Hughes");
    private final Persona joanna = cast.person("jo.szabo", "Joanna Szabo");
    private final Persona beatriz = cast.person("bia.pires", "Beatriz Pires");

    // --- D. five-a-side football (nobody sells) ---
    private final String astro = cast.guild(814);
    private final Channel fsBanter = cast.channel(astro, "Ashgrove Astro Fives", "banter",
            "chat, abuse, memes", "fs-banter.json");
    private final Channel fsTeams = cast.channel(astro, "Ashgrove Astro Fives", "tuesday-teams",
            "sign-up and team sheets for Tuesday night, posted by Kwame", "fs-tuesday-teams.json");
    private final Channel fsResults = cast.channel(astro, "Ashgrove Astro Fives", "results",
            "scores and who scored, one line per game", "fs-results.json");
    private final Channel fsLifts = cast.channel(astro, "Ashgrove Astro Fives", "lifts",
            "who's driving, who needs a lift", "fs-lifts.json");
    private final Persona kwame = cast.person("kwame.m", "Kwame Mensah");
    private final Persona jonno = cast.person("jonno.p", "Jonno Pritchard");
    private final Persona luca = cast.person("luca.bianchi", "Luca Bianchi");
    private final Persona sami = cast.person("sami.h", "Sami Haddad");
    private final Persona callum = cast.person("callum.fraser", "Callum Fraser");
    private final Persona arjun = cast.person("arjun.s", "Arjun Sethi");
    private final Persona ivo = cast.person("ivo.petrov", "Ivo Petrov");

    // --- E. karate dojo's own server ---
    private final String seiryu = cast.guild(815);
    private final Role krStaff = cast.role("Staff", "#c0392b", 2);
    private final Role krStudent = cast.role("Student", "#2e86c1", 1);
    private final Channel krAnnounce = cast.channel(seiryu, "Seiryu Karate Academy", "announcements",
            "class changes and news, posted by the senseis", "kr-announcements.json");
    private final Channel krChat = cast.channel(seiryu, "Seiryu Karate Academy", "dojo-chat",
            "chat for students and parents", "kr-dojo-chat.json");
    private final Channel krBookings = cast.channel(seiryu, "Seiryu Karate Academy", "grading-and-bookings",
            "grading dates, fees, private lessons, bookings and payments", "kr-grading-and-bookings.json");
    private final Channel krShop = cast.channel(seiryu, "Seiryu Karate Academy", "dojo-shop",
            "gis, belts, pads and mitts from the dojo shop", "kr-dojo-shop.json");
    private final Persona hiroshi = cast.person("sensei.hiroshi", "Hiroshi Tanaka", krStaff);
    private final Persona olga = cast.person("sensei.olga", "Olga Novak", krStaff);
    private final Persona jamal = cast.person("jamal.desk", "Jamal Barnes", krStaff);
    private final Persona claire = cast.person("claire.d", "Claire Donnelly", krStudent);
    private final Persona rahul = cast.person("rahul.iyer", "Rahul Iyer", krStudent);
    private final Persona zofia = cast.person("zofia.mazur", "Zofia Mazur", krStudent);
    private final Persona marcus = cast.person("marcus.holt.pt", "Marcus Holt", krStudent);
    private final Persona aisha = cast.person("aisha.k", "Aisha Karimi", krStudent);

    // --- F. metal-detecting club ---
    private final String weald = cast.guild(816);
    private final Channel mdGeneral = cast.channel(weald, "Weald Detectorists", "general",
            "club chat, kit, news", "md-general.json");
    private final Channel mdFinds = cast.channel(weald, "Weald Detectorists", "finds",
            "one post per find, photos and where (roughly!)", "md-finds.json");
    private final Channel mdId = cast.channel(weald, "Weald Detectorists", "id-help",
            "what is it? post a photo and we'll guess", "md-id-help.json");
    private final Channel mdDigs = cast.channel(weald, "Weald Detectorists", "club-digs",
            "club dig days, permissions and sign-up", "md-club-digs.json");
    private final Persona terry = cast.person("terry.gould", "Terry Gould");
    private final Persona nadia = cast.person("nadia.p", "Nadia Petrescu");
    private final Persona owain = cast.person("owain.price", "Owain Price");
    private final Persona colm = cast.person("colm.rings", "Colm Brady");
    private final Persona hannah = cast.person("hannahdigs", "Hannah Lindgren");
    private final Persona ade = cast.person("ade.a", "Ade Adeyemi");
    private final Persona suresh = cast.person("suresh.p", "Suresh Pillai");

    // --- G. racing-pigeon club ---
    private final String counties = cast.guild(817);
    private final Channel rpLoft = cast.channel(counties, "Three Counties RPC", "loft-talk",
            "general chat for fanciers: birds, lofts, weather", "rp-loft-talk.json");
    private final Channel rpResults = cast.channel(counties, "Three Counties RPC", "race-results",
            "race results and velocities, posted by the club secretary", "rp-race-results.json");
    private final Channel rpSale = cast.channel(counties, "Three Counties RPC", "birds-for-sale",
            "sell your own birds and loft gear here: ring number, price, photo", "rp-birds-for-sale.json");
    private final Channel rpNew = cast.channel(counties, "Three Counties RPC", "newcomers",
            "new to the sport? introduce yourself here", "rp-newcomers.json");
    private final Persona alf = cast.person("alf.moorcroft", "Alf Moorcroft");
    private final Persona gwen = cast.person("gwen.ellis", "Gwen Ellis");
    private final Persona viktor = cast.person("horvath.lofts", "Viktor Horvath");
    private final Persona kenji = cast.person("kenji.mori", "Kenji Mori");
    private final Persona declan = cast.person("declan.byrne", "Declan Byrne");
    private final Persona raj = cast.person("raj.lofts", "Raj Chaudhry");
    private final Persona teodora = cast.person("teodora.i", "Teodora Ilic");

    // --- H. geocaching group ---
    private final String northfield = cast.guild(818);
    private final Channel gcLogs = cast.channel(northfield, "Northfield Geocachers", "logs",
            "one entry per find: code, name, a line about it", "gc-logs.json");
    private final Channel gcEvents = cast.channel(northfield, "Northfield Geocachers", "events",
            "meet-ups, CITO days, sign-ups", "gc-events.json");
    private final Channel gcPuzzle = cast.channel(northfield, "Northfield Geocachers", "puzzle-help",
            "stuck on a mystery cache? hints, no spoilers", "gc-puzzle-help.json");
    private final Channel gcTrading = cast.channel(northfield, "Northfield Geocachers", "trading",
            "swap trackables and geocoins, sell your own coins and kit here", "gc-trading.json");
    private final Persona wendy = cast.person("wendy.o", "Wendy Okoro");
    private final Persona pete = cast.person("petecaches", "Pete Sandoval");
    private final Persona ilse = cast.person("ilse.coins", "Ilse Vermeulen");
    private final Persona farid = cast.person("farid.h", "Farid Haidari");
    private final Persona kirsty = cast.person("kirsty.mcl", "Kirsty McLeod");
    private final Persona benedikt = cast.person("bene.braun", "Benedikt Braun");
    private final Persona lucia = cast.person("lucia.o", "Lucía Ortega");

    HeldOutScenes54Script() {
        super(new SceneIds(41200), FIRST_MONDAY, 21);
        bowls();
        street();
        quilting();
        football();
        karate();
        detecting();
        pigeons();
        geocaching();
    }

    /** A. Hollin Green Bowls Club: a beginner, a match secretary away for a few days, a member who sells bowls. */
    private void bowls() {
        // W31.
        Post cut = say(1, "09:10", bgClubhouse, maureen, "Morning all, greens were cut yesterday so they'll be quick "
                + "this week");
        Post sailing = re(1, "09:40", desmond, cut, "quick is an understatement, I was sailing past the jack all "
                + "last Thursday");
        re(1, "10:02", eileen, sailing, "that's the new woods Desmond 😂");
        Post opening = say(1, "11:00", bgClubhouse, gerald, "who's opening up Tuesday? I can if nobody else");
        re(1, "11:15", desmond, opening, "I'm on it Gerald, you have a lie in");
        say(1, "18:00", bgFixtures, maureen, "Sat 7 Aug, home v Kirkby Lane, 2pm. Put your name on the team sheet "
                + "please: https://forms.example/hollin-green/sat-7-aug");
        Post hello = say(2, "11:00", bgClubhouse, priya, "Hi everyone, I'm Priya, joined after the open day last "
                + "week. Complete beginner, been using the club's bowls so far. Looking forward to the Tuesday "
                + "roll-ups!");
        re(2, "11:20", hamish, hello, "welcome Priya! Tuesday roll-ups are the best way in, nobody minds how far "
                + "short you are");
        Post shoes = re(2, "11:45", eileen, hello, "Welcome! Bring flat soled shoes if you haven't got bowls shoes "
                + "yet");
        re(2, "12:05", priya, shoes, "will do, thank you both");
        say(2, "13:30", bgDmPriya, gerald, "Hi Priya, Gerald from the club. Saw you're on club bowls. I've got a set "
                + "of size 3s, blue, barely used, yours for £120. Can drop them at the green "
                + "Tuesday, let me know 👍");
        say(2, "19:40", bgDmPriya, priya, "Oh hi Gerald, thanks, but I think I'll stick with the club's for a bit "
                + "until I know I'm keeping it up");
        say(2, "20:10", bgDmPriya, gerald, "no bother, offer stands");
        Post weight = say(3, "10:00", bgCoaching, priya, "how do you judge the weight on a long end? mine are "
                + "either 3 ft short or in the ditch");
        Post backswing = say(3, "10:25", bgCoaching, hamish, "it's mostly the length of your backswing, not how "
                + "hard you push. keep the arm the same speed and just take it further back for the long ones");
        re(3, "10:40", desmond, weight, "and watch where the first bowls of the end finish, the green tells you "
                + "more than your arm does");
        re(3, "11:02", priya, backswing, "that makes so much sense, thanks Hamish");
        say(3, "17:00", bgKit, gerald, "FS: set of size 3 bowls, blue, heavy bias, good grips. £120. "
                + "https://pikebowls.example/used/size3-blue");
        say(4, "09:00", bgFixtures, maureen, "team sheet for Saturday still needs 2 more, form here: "
                + "https://forms.example/hollin-green/sat-7-aug");
        say(4, "14:00", bgClubhouse, tomasz, "anyone know if the clubhouse bar is open Friday? bringing my dad to "
                + "watch");
        Post bar = say(4, "14:30", bgClubhouse, desmond, "it is, from 5. Eileen's on");
        Post onMe = re(4, "15:10", eileen, bar, "I am, tell your dad the first half is on me Tomasz");
        re(4, "15:20", tomasz, onMe, "legend 🙌");
        Post chalk = say(5, "12:00", bgCoaching, eileen, "do we chalk touchers ourselves in the county games or is "
                + "that the marker's job? never sure");
        Post spray = re(5, "12:40", hamish, chalk, "marker does it in county games, we only spray them at the club. "
                + "Maureen has the county sheet");
        re(5, "13:00", eileen, spray, "ah right, ta");
        say(6, "19:00", bgFixtures, maureen, "Saturday's team is full, thanks all. Rinks are on the board. Last "
                + "call for lifts on the same form: https://forms.example/hollin-green/sat-7-aug");
        say(6, "21:00", bgClubhouse, maureen, "Also I'm off to my sister's in Whitby from tomorrow, back Wednesday "
                + "the 11th. Desmond has the fixture keys");
        Post firstMatch = say(7, "18:30", bgClubhouse, desmond, "lost by 4 shots but what a game. Priya's first "
                + "match and she drew the shot on the last end 👏");
        firstMatch.react("👏", hamish, eileen, tomasz);
        re(7, "18:45", priya, firstMatch, "I was shaking the whole time 😂 thank you for carrying me");
        // W32.
        Post rink = say(8, "10:00", bgClubhouse, eileen, "@Maureen Ashworth can you swap me onto rink 3 for "
                + "Thursday's friendly? I'm on rink 1 with my cousin and we'll only squabble");
        Post regrip = say(9, "09:00", bgClubhouse, gerald, "Doing regrips again this season, £8 a bowl, 2 day "
                + "turnaround. DM me");
        re(9, "09:30", desmond, regrip, "my old woods could do with it tbh");
        Post bias = say(9, "16:00", bgCoaching, tomasz, "what's the difference between a heavy and a narrow bias? "
                + "looking at buying my first set");
        Post biasAnswer = say(9, "16:30", bgCoaching, hamish, "heavy bias curls more at the end, good on slow "
                + "greens and for drawing round stuff. narrow runs straighter, nice on fast ones. try both at a "
                + "roll-up before you buy");
        re(9, "17:00", tomasz, biasAnswer, "cheers, will borrow one of each on Tuesday");
        Post swapped = re(10, "18:00", maureen, rink, "Back! Eileen, done, you're on rink 3 with Hamish's lot");
        re(10, "18:20", eileen, swapped, "bless you");
        say(10, "18:30", bgFixtures, maureen, "Sat 14 Aug, away at Ravensmoor, 1:30. Team sheet: "
                + "https://forms.example/hollin-green/sat-14-aug");
        say(11, "10:00", bgCoaching, gerald, "Bowls slipping out of your hand in the damp? Regrips £8 a bowl, "
                + "details here: https://pikebowls.example/regrip");
        Post longEnds = re(11, "11:00", priya, backswing, "tried the longer backswing on Tuesday and the long ends "
                + "were so much better! still all over the place on a short jack though");
        Post stride = re(11, "11:30", hamish, longEnds, "short jack is everyone's nemesis. shorten your stride "
                + "too, not just the swing");
        re(11, "12:00", priya, stride, "ooh ok, will try that");
        Post triples = say(12, "20:00", bgClubhouse, hamish, "who's up for the charity triples on the 28th? we need "
                + "one more for our three");
        Post meIf = re(12, "20:15", priya, triples, "me if you'll have a beginner!");
        re(12, "20:20", hamish, meIf, "absolutely, you're in");
        say(13, "17:00", bgFixtures, maureen, "Ravensmoor team confirmed, thanks everyone. Coach leaves 12:15 from "
                + "the car park");
        Post away = say(14, "19:00", bgClubhouse, desmond, "won at Ravensmoor!! first away win of the season");
        away.react("🎉", hamish, eileen, tomasz, priya);
        // W33.
        Post wtb = say(15, "10:00", bgKit, tomasz, "WTB size 2 bowls, narrow bias, up to about £100");
        Post twos = re(15, "11:00", gerald, wtb, "I've got a narrow bias set of 2s, £95, good nick. Can bring them "
                + "Tuesday for you to try");
        re(15, "11:30", tomasz, twos, "perfect, Tuesday it is");
        re(16, "21:00", tomasz, twos, "bought them, they're lovely. thanks Gerald");
        say(17, "09:00", bgFixtures, maureen, "Sat 21 Aug, home v Castle Moor, 2pm. Team sheet: "
                + "https://forms.example/hollin-green/sat-21-aug");
        Post etiquette = say(17, "12:00", bgCoaching, priya, "is it bad manners to walk up the rink while the "
                + "other team's bowl is still running?");
        Post matLine = say(17, "12:20", bgCoaching, eileen, "yes, stay behind the mat till it stops, and don't "
                + "stand behind the jack either");
        re(17, "12:30", priya, matLine, "noted 😅 thanks Eileen");
        Post quiz = say(18, "18:00", bgClubhouse, desmond, "bar quiz Friday, teams of four, who's in");
        Post meTom = re(18, "18:30", eileen, quiz, "me and Tomasz");
        re(18, "19:00", tomasz, meTom, "are we? ok we are");
        say(19, "15:00", bgClubhouse, maureen, "reminder the AGM is 4 Sept, motions to me by the 28th please");
        say(20, "18:00", bgClubhouse, hamish, "Priya and I are practising for the triples tomorrow morning if "
                + "anyone wants a roll-up");
        Post done = say(21, "17:00", bgClubhouse, priya, "triples practice done and my short jacks are finally "
                + "landing. thanks @Hamish Reid for all the help this month");
        done.react("❤️", hamish, eileen);
    }

    /** B. Larkspur Road Neighbours: a lost cat, a handyman and a cleaner on the street, a party being planned. */
    private void street() {
        // W31.
        Post bins = say(1, "08:30", lrNotice, fatima, "Bins are Tuesday this week, not Monday. Council notice came "
                + "through the doors");
        re(1, "08:50", bill, bins, "ta Fatima, I'd have had mine out tonight");
        Post party = say(1, "19:00", lrParty, fatima, "Street party planning! Road closure is approved for Sat 28th. "
                + "Put your name down for a job (tables, bunting, bbq, kids' games): "
                + "https://forms.example/larkspur-party");
        re(1, "19:30", ruairi, party, "put myself down for bbq, obviously");
        Post games = re(1, "19:45", lena, party, "can do kids' games if someone helps with the egg and spoon");
        re(1, "20:00", devika, games, "I'll help Lena!");
        Post mochi = say(2, "07:50", lrLost, sakura, "Has anyone seen a small grey cat with a white chest? Mochi, "
                + "she didn't come in last night. Poster: https://pets.example/lost/mochi-larkspur");
        say(2, "07:52", lrNotice, sakura, "Our cat Mochi has been missing since last night, grey with a white chest, "
                + "please check your sheds 🙏 https://pets.example/lost/mochi-larkspur");
        say(2, "07:55", lrParty, sakura, "sorry for posting here too, our cat is missing, if you're out and about "
                + "please look: https://pets.example/lost/mochi-larkspur");
        re(2, "08:10", bill, mochi, "checking the garage now Sakura");
        re(2, "08:30", devika, mochi, "shared it on the school group too x");
        Post allotment = say(2, "13:00", lrLost, bill, "nothing in mine, sorry. try the allotments behind no. 40, "
                + "cats love it there");
        Post found = re(2, "21:30", sakura, allotment, "FOUND HER. in the allotment shed exactly like you said "
                + "Bill 😭 thank you thank you");
        found.react("❤️", bill, devika, fatima, lena);
        Post door = say(3, "10:00", lrRecs, sakura, "while I'm here, does anyone know a handyman who could hang an "
                + "internal door? ours has never shut properly");
        Post oddJobs = re(3, "10:40", oliver, door, "I do odd jobs round the street, £25 an hour, a door is usually "
                + "an hour or two. Happy to pop round and look, I'm at no. 17");
        re(3, "11:00", sakura, oddJobs, "perfect, I'll knock tonight");
        Post cleaner = say(3, "18:00", lrRecs, lena, "can anyone recommend a cleaner? fortnightly, 3 hours. baby due "
                + "next month and I've given up");
        Post ngoziOffer = re(3, "18:40", ngozi, cleaner, "Hi Lena, I clean for a few houses on the road, £15 an hour. "
                + "I've got Thursdays free, message me if you'd like");
        re(3, "19:00", devika, cleaner, "Ngozi does ours, she's brilliant");
        re(3, "19:30", lena, ngoziOffer, "messaging you now!");
        say(4, "12:00", lrNotice, ruairi, "Water board digging outside 30-36 tomorrow, parking will be tight");
        Post tables = say(5, "09:00", lrParty, fatima, "still need 3 people for tables and a gazebo if anyone has "
                + "one. same form: https://forms.example/larkspur-party");
        Post gazebo = re(5, "09:30", oliver, tables, "I've got a gazebo and I can bring trestles from the workshop");
        re(5, "10:00", fatima, gazebo, "you're a star");
        Post pram = say(6, "16:00", lrNotice, bill, "Someone's left a blue pram by the postbox, looks new, anyone's?");
        re(6, "16:30", lena, pram, "oh it's my sister's, she forgot it! running down now");
        // W32.
        Post gate = say(8, "10:00", lrRecs, bill, "@Oliver Brennan you fixed our back gate in the spring and it's "
                + "dropped again, catching on the path. Could you have a look when you're passing? happy to pay of "
                + "course");
        Post music = say(8, "18:00", lrParty, ruairi, "is anyone doing music? I've got a speaker but no playlist "
                + "talent");
        re(8, "18:30", oliver, music, "my lad DJs, I'll ask him");
        Post bunting = say(9, "09:00", lrParty, fatima, "Bunting crew: meet at no. 4 on Friday 27th, 6pm. Oliver's "
                + "gazebo is going by the kids' games");
        re(9, "09:20", oliver, bunting, "I'll put it up Friday evening too, saves the morning rush");
        Post drilling = say(10, "08:00", lrNotice, devika, "does anyone know what the drilling at the end of the road "
                + "is? started at 7 😩");
        Post gasMain = re(10, "08:20", ruairi, drilling, "gas main, the van says two weeks");
        re(10, "08:25", devika, gasMain, "brilliant. thanks");
        Post castle = say(10, "15:00", lrParty, lena, "do we need a licence for a bouncy castle on the road or is the "
                + "closure enough?");
        re(10, "15:30", fatima, castle, "closure covers it, but the hire firm has to bring their own insurance. I'll "
                + "check the paperwork");
        Post trestles = say(11, "12:00", lrParty, oliver, "Got the trestles out of storage, six of them. one's wobbly "
                + "but I'll sort it before the day");
        re(11, "12:15", fatima, trestles, "brilliant");
        Post foodBank = say(12, "19:00", lrNotice, ngozi, "Anyone dropping off at the food bank this week? I've got a "
                + "box of tins and no car till Monday");
        Post saturday = re(12, "19:20", devika, foodBank, "I go Saturday, I'll take it Ngozi");
        re(12, "19:30", ngozi, saturday, "thank you!!");
        Post dentist = say(13, "10:00", lrRecs, ruairi, "anyone know a dentist taking NHS patients? mine's retiring");
        re(13, "11:00", lena, dentist, "the one on Station Rd took us last year");
        Post decks = say(14, "11:00", lrParty, oliver, "lad says yes to the music, he'll bring his decks, just needs "
                + "a plug from someone's front room");
        re(14, "11:30", ruairi, decks, "ours, we're no. 22, extension lead through the window");
        // W33.
        Post sorry = re(15, "09:00", oliver, gate, "Bill, sorry, completely missed this. I'll come round Wednesday "
                + "morning and re-hang it, no charge for a gate I did");
        re(15, "09:30", bill, sorry, "no charge my foot, I'll put the kettle on");
        say(16, "20:00", lrParty, fatima, "12 days to go! Still need two people on clearing up: "
                + "https://forms.example/larkspur-party");
        Post banned = say(17, "13:00", lrNotice, sakura, "Mochi says thank you to everyone again, she is now banned "
                + "from the allotments");
        banned.react("😂", bill, lena);
        Post jungle = say(17, "18:00", lrRecs, devika, "does anyone know someone who does garden clearance? the back "
                + "is a jungle since we moved in");
        Post clearance = re(17, "18:30", oliver, jungle, "I can do it with my trailer, it's about a day for a garden "
                + "your size. £180 including the tip run. Want me to come and look Saturday?");
        re(17, "19:00", devika, clearance, "yes please!");
        Post eggs = say(18, "12:00", lrParty, lena, "egg and spoon eggs: real or wooden? asking for my sanity");
        re(18, "12:10", devika, eggs, "wooden. we learnt our lesson in 2024");
        say(19, "17:00", lrNotice, ruairi, "road closure signs go up Thursday 26th, please don't park past no. 30 "
                + "from Friday night");
        Post jollof = say(20, "10:00", lrParty, ngozi, "can I bring a big pot of jollof? plus plates");
        re(20, "10:20", fatima, jollof, "more than ok!!");
        say(21, "18:00", lrNotice, bill, "back gate swings like new. Oliver wouldn't take a penny so I'm telling the "
                + "whole street he's the best handyman we've got");
    }

    /** C. Patchwork & Natter: a beginner helped again and again, a long-arm quilter, a pattern launch. */
    private void quilting() {
        // W31.
        Post sewIn = say(1, "10:00", pqChatter, dorothy, "Morning quilters, who's coming to the village hall sew-in "
                + "on Saturday?");
        re(1, "10:30", rosalind, sewIn, "me, with a mountain of half-square triangles");
        re(1, "11:00", kerstin, sewIn, "I'll be there, bringing the spare cutting mat");
        Post loneStar = say(1, "14:00", pqShow, rosalind, "Finally finished my Lone Star! Amara did the long-arm "
                + "quilting and the feathers are unreal. @Amara Nwosu I've already sent two ladies from "
                + "church your way");
        loneStar.react("😍", dorothy, kerstin, beatriz);
        loneStar.react("❤️", amara);
        re(1, "15:00", dorothy, loneStar, "that's gorgeous Ros, and all the points meet!");
        Post seams = say(2, "09:00", pqHelp, joanna, "first quilt question: my quarter inch seams keep drifting and "
                + "my blocks come out all different sizes. any tips?");
        Post tape = re(2, "09:40", kerstin, seams, "Put a strip of masking tape on the machine bed a quarter inch "
                + "from the needle and feed against it. And press, don't iron, ironing stretches the fabric");
        re(2, "10:00", joanna, tape, "thank you!");
        say(3, "10:00", pqChatter, meiling, "My new Lantern Row quilt pattern is out! PDF $12, instant download: "
                + "https://meilingmakes.example/patterns/lantern-row");
        say(3, "10:06", pqShow, meiling, "Lantern Row, my new pattern, is live 🎉 $12: "
                + "https://meilingmakes.example/patterns/lantern-row");
        say(3, "10:12", pqHelp, meiling, "if anyone's after a beginner friendly project, my Lantern Row pattern just "
                + "launched, $12 https://meilingmakes.example/patterns/lantern-row");
        Post booking = say(4, "15:00", pqHelp, beatriz, "@Amara Nwosu do you have a booking page? my mum finished her "
                + "first quilt top and wants it professionally quilted for my sister's wedding");
        Post amaraLink = re(4, "15:40", amara, booking, "Aw congratulations to your sister! Yes: "
                + "https://amaralongarm.example/book, throws from £60, queen size from £110. Tell her to "
                + "measure the top first");
        re(4, "16:00", beatriz, amaraLink, "amazing, sending it to her");
        Post batting = say(5, "11:00", pqHelp, rosalind, "what batting does everyone use for baby quilts? cotton or "
                + "bamboo?");
        say(5, "11:30", pqHelp, dorothy, "bamboo, softer and it washes beautifully");
        re(5, "11:45", amara, batting, "bamboo for me too, and pre-wash it if the quilt will be washed a lot");
        Post linen = say(6, "14:00", pqDestash, kerstin, "Destashing 2m of indigo linen, £14 plus postage, or swap "
                + "for batik fat quarters");
        Post batiks = re(6, "15:00", beatriz, linen, "I'd swap batiks! I've got 6 fat quarters");
        re(6, "15:10", kerstin, batiks, "deal, bring them Saturday");
        Post block = say(7, "18:00", pqShow, joanna, "my first ever block!! it's wonky but it's mine");
        block.react("❤️", kerstin, dorothy, rosalind);
        re(7, "18:20", dorothy, block, "Wonky is charming. Well done Joanna!");
        // W32.
        Post corners = say(8, "10:00", pqHelp, joanna, "how do you do mitred corners on the binding? mine look like "
                + "little tents");
        Post mitre = re(8, "10:30", kerstin, corners, "Stop a quarter inch before the corner, fold the strip up at 45 "
                + "degrees, then back down along the next edge. The fold makes the mitre for you");
        re(8, "11:00", joanna, mitre, "thanks so much!");
        Post loops = say(9, "19:00", pqHelp, joanna, "my machine keeps making loops on the back, I tried rethreading");
        Post tension = re(9, "19:20", kerstin, loops, "Loops underneath are nearly always the top thread. Rethread "
                + "with the presser foot UP so the thread sits in the tension discs, then try tension 4");
        re(9, "19:50", joanna, tension, "thanks Kerstin!!");
        say(10, "12:00", pqChatter, kerstin, "@Joanna Szabo you said at the sew-in you had a spare 60mm rotary blade, "
                + "could I buy it off you? mine's chewing the fabric and the shop's out till September");
        Post library = say(10, "14:00", pqChatter, dorothy, "sew-in this Saturday is at the library instead, the "
                + "hall's being painted");
        re(10, "14:10", rosalind, library, "oh good, the library has better light anyway");
        Post baste = say(11, "09:00", pqHelp, joanna, "what's the best way to baste a big quilt without a huge table?");
        Post floor = re(11, "09:30", kerstin, baste, "Floor works, tape the backing down tight first. Or spray baste "
                + "outside. Pins every hand-width if you pin");
        re(11, "10:00", joanna, floor, "thank you!");
        Post ring = say(11, "16:00", pqShow, amara, "a customer's double wedding ring, quilted with a simple orange "
                + "peel so the piecing can shine");
        ring.react("😍", rosalind, beatriz);
        Post fq = say(12, "10:00", pqHelp, joanna, "how many fat quarters for a lap quilt roughly?");
        Post sixteen = re(12, "10:30", dorothy, fq, "12 to 16 depending on the pattern, and get an extra for "
                + "mistakes");
        re(12, "11:00", joanna, sixteen, "thanks!");
        Post mum = say(13, "20:00", pqChatter, beatriz, "mum's quilt is booked in with Amara, she's so excited");
        re(13, "20:10", amara, mum, "can't wait to see it!");
        say(14, "12:00", pqDestash, meiling, "Spare charm packs x3, £6 each + postage");
        // W33.
        Post thread = say(15, "10:00", pqChatter, meiling, "has anyone tried the new 40wt cotton thread from the "
                + "market stall? thinking of switching");
        Post linty = re(15, "10:30", rosalind, thread, "I have, a bit linty but fine for piecing");
        re(15, "10:40", meiling, linty, "good to know, thanks!");
        Post ends = say(16, "11:00", pqHelp, joanna, "my binding strips don't meet neatly at the end, is there a "
                + "trick?");
        Post tail = re(16, "11:30", dorothy, ends, "Leave a 10 inch tail at the start, then overlap and sew the ends "
                + "at 45 degrees. There's a good diagram in Kerstin's handout from the sew-in");
        re(16, "12:00", joanna, tail, "oh I have that! thanks");
        Post panic = say(17, "09:00", pqChatter, kerstin, "Found a blade at the market, panic over. Who's bringing "
                + "cake Saturday?");
        re(17, "09:20", rosalind, panic, "lemon drizzle, as threatened");
        Post finished = say(18, "14:00", pqShow, joanna, "FINISHED my first quilt!! mitred corners and everything");
        finished.react("🎉", kerstin, dorothy, rosalind, beatriz, amara);
        re(18, "14:30", kerstin, finished, "Look at those corners! So proud of you");
        Post niece = say(19, "10:00", pqShow, rosalind, "baby quilt for my niece, bamboo batting as advised");
        niece.react("❤️", dorothy, amara);
        Post podcast = say(20, "16:00", pqChatter, beatriz, "what's everyone's favourite podcast while sewing?");
        re(20, "16:20", dorothy, podcast, "the farming omnibus on a Sunday, don't judge");
    }

    /** D. Ashgrove Astro Fives: a Tuesday game, its organiser, a question about a guest; nobody sells anything. */
    private void football() {
        // W31.
        Post names1 = say(1, "10:00", fsTeams, kwame, "Tuesday 8pm, pitch 2. Names in: "
                + "https://forms.example/ashgrove-5s");
        re(1, "10:20", jonno, names1, "in");
        re(1, "11:00", arjun, names1, "in, might be 10 mins late");
        Post bibs = say(1, "18:00", fsBanter, callum, "who's washing the bibs this week because last week's smelt "
                + "like a crime scene");
        re(1, "18:10", ivo, bibs, "not me, I did them in June");
        Post lucasTurn = re(1, "18:15", jonno, bibs, "Luca's turn");
        re(1, "18:40", luca, lucasTurn, "lies");
        Post station = say(2, "12:00", fsLifts, arjun, "anyone driving from the station side tonight?");
        Post coop = say(2, "12:30", fsLifts, sami, "I am, leaving 7:30 from the co-op");
        re(2, "12:35", arjun, coop, "legend, see you there");
        say(2, "17:00", fsTeams, kwame, "Teams: Bibs - Jonno, Luca, Arjun, Ivo, Callum. Skins - Sami, me, Tom, "
                + "Marco, Reece");
        Post score1 = say(2, "22:00", fsResults, kwame, "Bibs 7 - 5 Skins. Luca hat-trick, Ivo worldie from halfway");
        re(2, "22:10", ivo, score1, "I'll be talking about that goal till christmas");
        say(3, "09:00", fsBanter, sami, "Off to Lisbon for my cousin's wedding tomorrow, back Friday night. don't "
                + "pick me for anything till then 🙏");
        Post shinPads = say(4, "10:00", fsBanter, callum, "@Sami Haddad you still got my shin pads from last week? "
                + "the black ones");
        Post friendly = say(5, "21:00", fsBanter, jonno, "anyone watching the friendly tonight?");
        re(5, "21:05", ivo, friendly, "yeah, their keeper is a liability");
        Post boot = re(6, "09:00", sami, shinPads, "Back! Callum yes, they're in my boot, I'll bring them Tuesday");
        Post wedding = re(6, "09:30", callum, boot, "cheers mate, hope the wedding was class");
        re(6, "09:40", sami, wedding, "danced till 4, legs are gone");
        Post names2 = say(7, "19:00", fsTeams, kwame, "Tuesday again, pitch 2, 8pm. Names in: "
                + "https://forms.example/ashgrove-5s");
        // W32.
        re(8, "09:00", jonno, names2, "in");
        Post still3 = say(8, "10:00", fsTeams, kwame, "still need 3 for Tuesday, form: "
                + "https://forms.example/ashgrove-5s");
        re(8, "10:30", callum, still3, "in");
        Post brother = say(9, "13:00", fsBanter, luca, "@Kwame Mensah my brother's over from Milan for two weeks, can "
                + "I bring him next Tuesday? he's decent, played Serie D years ago");
        re(9, "13:10", arjun, brother, "Serie D 👀 we're doomed");
        say(9, "17:00", fsTeams, kwame, "Teams for tonight: Bibs - Callum, Sami, Jonno, Arjun, Ivo. Skins - me, Luca, "
                + "Tom, Marco, Reece");
        Post score2 = say(9, "22:00", fsResults, kwame, "Skins 6 - 6 Bibs. Jonno missed a penalty, that's all you "
                + "need to know");
        re(9, "22:05", jonno, score2, "the ball moved");
        Post hollis = say(10, "08:00", fsLifts, ivo, "car's in the garage next week, can anyone grab me from Hollis "
                + "Road?");
        re(10, "08:30", sami, hollis, "yep, same time as always");
        Post fee = say(11, "12:00", fsBanter, kwame, "pitch fee is going up to £6 each from September, council's "
                + "doing. sorry lads");
        re(11, "12:20", callum, fee, "still cheaper than a pint");
        re(11, "12:30", arjun, fee, "daylight robbery, we riot at dawn");
        Post knee = say(12, "19:00", fsBanter, jonno, "anyone else's knee sound like bubble wrap after last night");
        re(12, "19:10", ivo, knee, "that's just being 38 mate");
        Post names3 = say(13, "10:00", fsTeams, kwame, "Next Tuesday, pitch 2. Names: "
                + "https://forms.example/ashgrove-5s");
        re(13, "11:00", luca, names3, "in");
        // W33.
        say(15, "11:00", fsBanter, luca, "guess I'll just bring him and see 🤷");
        say(16, "17:00", fsTeams, kwame, "Teams tonight: Bibs - Jonno, Callum, Arjun, Ivo, Sami. Skins - me, Luca, "
                + "Matteo, Tom, Reece");
        Post score3 = say(16, "22:00", fsResults, kwame, "Skins 9 - 4 Bibs. Matteo is not allowed back");
        re(16, "22:10", luca, score3, "😂 he says thanks for having him");
        re(16, "22:15", callum, score3, "4 goals from Matteo, pure filth");
        Post curry = say(17, "09:00", fsBanter, arjun, "who's up for a summer social? curry after the last game of "
                + "August?");
        re(17, "09:30", jonno, curry, "always");
        re(17, "09:40", ivo, curry, "in if it's the Lahore place");
        re(17, "10:00", sami, curry, "in");
        Post seats = say(18, "12:00", fsLifts, callum, "driving from the town centre Tuesday, 2 seats");
        re(18, "12:20", ivo, seats, "one's mine please, car's still dead");
        Post booked = say(19, "18:00", fsBanter, kwame, "curry's booked for the 31st, 9:30 at the Lahore. pay on the "
                + "night");
        re(19, "18:20", arjun, booked, "hero");
        Post kid = say(20, "20:00", fsBanter, jonno, "my kid's team won their tournament today and he scored the "
                + "winner, I'm unbearable now");
        kid.react("🎉", callum, luca, ivo, kwame);
        re(20, "20:10", luca, kid, "takes after his dad... oh wait");
        say(21, "10:00", fsTeams, kwame, "Tuesday, pitch 2. Names in: https://forms.example/ashgrove-5s");
    }

    /** E. Seiryu Karate Academy, the dojo's own server: its senseis and desk wear Staff; students and parents ask. */
    private void karate() {
        // W31.
        say(1, "09:00", krAnnounce, hiroshi, "Summer timetable from today: juniors Mon/Wed 5pm, adults Mon/Wed 7pm, "
                + "Saturday kata 10am");
        Post gis = say(1, "12:00", krShop, jamal, "New stock in: lightweight summer gis, £38 juniors, £48 adults. "
                + "Order here or at the desk: https://seiryukarate.example/shop/gis");
        Post size = re(1, "12:30", claire, gis, "does the junior one come in 140? Ellie's shot up");
        Post aside = re(1, "12:45", jamal, size, "yes, 130 to 160 in juniors, I'll put a 140 aside for you");
        re(1, "13:00", claire, aside, "thank you!");
        Post calves = say(2, "19:00", krChat, aisha, "anyone else's calves destroyed after Monday? 😂");
        re(2, "19:10", rahul, calves, "can't walk down stairs");
        Post crime = re(2, "19:30", zofia, calves, "Sensei Olga's warm-up is a crime");
        re(2, "19:40", olga, crime, "I heard that 😄 same again Wednesday");
        Post grading = say(3, "10:00", krBookings, olga, "Grading is Saturday 21 Aug. Kyu grades £30, book by the "
                + "14th: https://seiryukarate.example/grading");
        Post sameFee = re(3, "10:30", aisha, grading, "is it the same fee for green to purple?");
        re(3, "10:45", olga, sameFee, "same for all kyu grades, yes");
        say(4, "17:00", krChat, jamal, "Off on holiday from tomorrow, back Monday the 9th. Olga has the desk and the "
                + "payments while I'm gone");
        Post twice = say(5, "10:00", krBookings, claire, "@Jamal Barnes Ellie's grading fee went out twice on "
                + "Tuesday, could one of them be refunded? same card");
        Post refunded = re(5, "11:30", olga, twice, "Hi Claire, I can see both payments and I've refunded the second "
                + "one just now, it should show in 3-5 days");
        re(5, "11:45", claire, refunded, "brilliant, thank you Olga");
        say(6, "10:00", krAnnounce, hiroshi, "Saturday kata runs at 10 as usual next week, and we're trialling a "
                + "second class at 11:30");
        Post sandan = say(6, "12:00", krChat, rahul, "great session this morning, finally got the timing on heian "
                + "sandan");
        re(6, "12:10", zofia, sandan, "saw that! looked sharp");
        // W32.
        Post tanned = say(8, "09:00", krChat, jamal, "Back and tanned, thanks Olga for holding the fort");
        re(8, "09:10", olga, tanned, "you owe me biscuits");
        Post kata = say(9, "10:00", krChat, zofia, "@Hiroshi Tanaka can adults join the 11:30 Saturday kata or is it "
                + "juniors only? I'd love the extra practice before grading");
        say(9, "17:00", krAnnounce, hiroshi, "Reminder: the mats are being deep cleaned Thursday, no classes that "
                + "evening");
        Post knees = say(10, "18:00", krChat, rahul, "my knees ache for days after all the kiba-dachi drills, anyone "
                + "else? tried stretching before class and it's no better");
        re(10, "18:20", marcus, knees, "Sounds like hip mobility, not your knees. I'm a personal trainer, sessions "
                + "are £35, DM me and I'll sort you out");
        Post shallow = re(10, "19:30", olga, knees, "Rahul, don't sink as deep as the seniors yet, knees out over "
                + "your toes. Grab me before Wednesday's class and we'll work on it");
        re(10, "19:45", rahul, shallow, "ok will do, thanks Sensei");
        Post privates = say(11, "10:00", krBookings, hiroshi, "Private lessons for grading prep: £25 for 30 min, book "
                + "through the desk: https://seiryukarate.example/privates");
        Post bookingOne = re(11, "10:30", aisha, privates, "booking one for next week!");
        re(11, "10:40", hiroshi, bookingOne, "see you then Aisha");
        Post kitchen = say(12, "20:00", krChat, claire, "Ellie's been practising her kata in the kitchen all week, "
                + "the cat is terrified");
        kitchen.react("😂", hiroshi, olga);
        re(12, "20:10", hiroshi, kitchen, "tell Ellie the cat counts as a partner 😄");
        say(13, "09:00", krShop, jamal, "Mitts and shin pads back in stock, £22 a set: "
                + "https://seiryukarate.example/shop/sparring");
        // W33.
        say(15, "09:00", krAnnounce, hiroshi, "Grading this Saturday! Arrive 9:30 with a clean gi and your card");
        Post mixed = re(15, "10:00", olga, kata, "Zofia, sorry nobody got back to you! adults are welcome at the "
                + "11:30, it's a mixed class");
        re(15, "10:20", zofia, mixed, "yay, see you Saturday");
        Post nervous = say(16, "18:00", krChat, aisha, "nervous for grading 😬 any tips for the kumite part?");
        re(16, "18:30", rahul, nervous, "keep your guard up when you're tired, that's where I got caught last time");
        Post breathe = re(16, "18:40", olga, nervous, "breathe out when you strike and don't look at the panel. "
                + "You're ready");
        re(16, "18:50", aisha, breathe, "🙏");
        say(17, "12:00", krBookings, jamal, "grading bookings closed, 24 students going for their next belt 💪");
        Post run = say(17, "19:00", krChat, marcus, "anyone fancy a Sunday run club? nothing serious, 5k round the "
                + "park");
        re(17, "19:20", rahul, run, "could do, knees permitting");
        Post swap = say(18, "10:00", krShop, claire, "@Jamal Barnes can I swap Ellie's 140 gi for a 150? she grew "
                + "again 🙈");
        re(18, "11:00", jamal, swap, "of course, bring it in Monday and I'll swap it");
        Post hips = say(19, "19:00", krChat, rahul, "Sensei Olga's hip drills have fixed my knees, 10/10");
        re(19, "19:10", olga, hips, "🙌 that's the spirit");
        Post purple = say(21, "15:00", krChat, aisha, "PURPLE BELT!!! thank you Sensei Olga and Sensei Hiroshi");
        purple.react("🎉", olga, hiroshi, zofia, rahul, claire);
        re(21, "15:20", hiroshi, purple, "Earned every bit of it. Well done");
        Post green = say(21, "15:30", krChat, zofia, "and my green! still can't believe it");
        green.react("🎉", aisha, olga);
        re(21, "15:40", olga, green, "So well deserved, that kata was lovely");
    }

    /** F. Weald Detectorists: a learner on the id desk, a ring finder asked for, a video maker. */
    private void detecting() {
        // W31.
        Post dig = say(1, "09:00", mdDigs, terry, "Club dig Sunday 15th at Hollybush Farm, stubble field, 20 places. "
                + "Add your name: https://forms.example/weald-dig-aug");
        re(1, "09:30", nadia, dig, "added! first stubble of the year 🙌");
        Post son = re(1, "10:00", suresh, dig, "added me and my son, hope that's ok");
        re(1, "10:20", terry, son, "the more the merrier");
        Post penny = say(2, "19:00", mdFinds, nadia, "Hammered silver penny, Edward I, from the permission near the "
                + "church");
        penny.react("🔥", terry, ade, owain);
        re(2, "19:20", terry, penny, "cracking, lovely clear bust on that");
        Post buckle = say(3, "12:00", mdId, owain, "dug this today, some kind of buckle? flat, about 3cm, green "
                + "crust on it");
        Post shoe = re(3, "12:40", terry, buckle, "Looks like a post-medieval shoe buckle, 1700s. Don't scrub the "
                + "crust, soak it in distilled water first");
        re(3, "13:00", owain, shoe, "thanks, soaking now");
        say(4, "20:00", mdGeneral, hannah, "catching up on uploads, here are my last few dig videos!");
        say(4, "20:01", mdGeneral, hannah, "https://tube.example/watch/hannahdigs-ep31");
        say(4, "20:02", mdGeneral, hannah, "https://tube.example/watch/hannahdigs-ep32");
        Post ep33 = say(4, "20:03", mdGeneral, hannah, "https://tube.example/watch/hannahdigs-ep33");
        say(4, "20:05", mdGeneral, hannah, "https://tube.example/watch/hannahdigs-ep34");
        re(4, "20:30", ade, ep33, "ep33 was a good one, that field looked brutal");
        Post pinpointer = say(5, "10:00", mdGeneral, suresh, "which pinpointer does everyone use? mine died in the "
                + "rain");
        Post orange = re(5, "10:30", ade, pinpointer, "the orange waterproof one from the club bulk buy, it survived "
                + "a ditch");
        re(5, "10:40", suresh, orange, "which coil were you using on the stubble last year by the way? mine "
                + "struggled");
        Post coil = say(5, "10:55", mdGeneral, ade, "the 11 inch DD, the small one just kept falsing on the hot "
                + "rocks");
        re(5, "11:05", suresh, coil, "ahh makes sense, thanks");
        Post leadThing = say(6, "14:00", mdId, owain, "another mystery: little lead thing with a hole through it");
        Post whorl = re(6, "14:30", terry, leadThing, "Net weight or a spindle whorl. If it's decorated it's a whorl. "
                + "Pic of the other side?");
        Post plain = re(6, "15:00", owain, whorl, "plain on both sides, so net weight I guess? there's a stream at the "
                + "bottom of that field");
        re(6, "15:10", terry, plain, "That fits. Nice one");
        Post thimble = say(7, "11:00", mdFinds, ade, "Georgian thimble, complete!");
        thimble.react("👏", nadia, terry);
        // W32.
        Post ringLost = say(8, "18:00", mdGeneral, nadia, "my neighbour lost her wedding ring in the garden while "
                + "weeding, she's in bits. does anyone here do ring finds? I'd go but I'm away all week");
        Post colmOffer = re(8, "18:30", colm, ringLost, "I do, done about 40 recoveries now. Usually £40 call-out "
                + "within 20 miles, no find no fee for wedding rings. Give her my number: 07700 900418");
        re(8, "18:45", nadia, colmOffer, "you're a star, sending it now");
        Post anchor = say(9, "12:00", mdId, owain, "third mystery of the month, a button with an anchor on it");
        Post naval = re(9, "12:20", terry, anchor, "Naval button. Look for a maker's mark on the back, that'll date "
                + "it");
        Post firmin = re(9, "13:00", owain, naval, "back says FIRMIN LONDON! so cool");
        re(9, "13:10", terry, firmin, "Proper old firm, 1800s likely. Good find");
        Post roman = say(10, "19:00", mdGeneral, hannah, "new video: detecting along a Roman road with a local "
                + "historian https://tube.example/watch/hannahdigs-ep35");
        Post guide = re(10, "19:30", suresh, roman, "watched it, that historian knew his stuff");
        re(10, "19:45", hannah, guide, "he's a legend, he's coming back next month");
        Post sixpence = say(11, "10:00", mdFinds, nadia, "Not gold but I'll take it: Victorian sixpence");
        sixpence.react("👍", ade);
        Post beans = say(11, "20:00", mdGeneral, colm, "update on the ring: found it under the runner beans, 9 "
                + "inches down. Her face!!");
        beans.react("❤️", nadia, terry, suresh, hannah, ade);
        re(11, "20:15", nadia, beans, "she rang me crying, thank you so much Colm");
        say(12, "08:00", mdDigs, terry, "Sunday's dig is full, 20 of 20. Meet at the farm gate 8:30, bring water, "
                + "it's going to be hot");
        Post horse = say(13, "15:00", mdId, suresh, "my son found this, a little metal horse? he says it's a toy");
        Post toy = re(13, "15:30", owain, horse, "it's a lead toy soldier's horse, I found one like it last month and "
                + "Terry reckoned early 1900s");
        re(13, "15:45", suresh, toy, "he's thrilled, thanks Owain");
        say(14, "19:00", mdFinds, suresh, "son's first ever find! lead toy horse, early 1900s");
        // W33.
        Post fourteen = say(15, "18:00", mdDigs, terry, "Great day all, 14 recordable finds for the finds officer. "
                + "Thanks Hollybush Farm");
        re(15, "18:20", nadia, fourteen, "best dig day in years");
        re(15, "18:30", ade, fourteen, "my back disagrees but yes");
        Post rally = say(16, "10:00", mdGeneral, ade, "anyone going to the rally in September?");
        Post camping = re(16, "10:30", colm, rally, "yep, camping from the Friday");
        re(16, "11:00", ade, camping, "sound, see you there");
        Post hammered = say(17, "12:00", mdFinds, owain, "my first hammered coin!! a cut halfpenny from the club dig");
        hammered.react("🎉", terry, nadia, ade, suresh);
        re(17, "12:30", terry, hammered, "Told you the stubble would deliver. Well done");
        Post writing = say(18, "19:00", mdGeneral, hannah, "do we need the landowner's permission in writing or is "
                + "verbal ok? filming on a new farm next week");
        Post template = re(18, "19:30", terry, writing, "Always in writing, and a finds agreement too. The club has a "
                + "template pinned in #club-digs");
        re(18, "19:45", hannah, template, "perfect, thanks Terry");
        Post seal = say(19, "09:00", mdId, nadia, "this one's got me stumped: lead, flat, with a stamped crown");
        Post cloth = re(19, "09:40", terry, seal, "Cloth seal! Stamped crown and usually a letter on the other side. "
                + "They sealed bolts of cloth for tax");
        re(19, "10:00", nadia, cloth, "ahh yes there's an R on the back, brilliant");
        Post camber = say(20, "17:00", mdFinds, colm, "not mine: returned another ring today, this time on the "
                + "beach at Camber. That's 41");
        camber.react("👏", nadia, hannah);
    }

    /** G. Three Counties RPC: results from the secretary, a newcomer, two members who sell, buyers asking. */
    private void pigeons() {
        // W31.
        say(1, "09:00", rpResults, alf, "Race 12, Newark (92 miles), 98 birds sent. 1st V. Horvath 1402 ypm, 2nd "
                + "G. Ellis 1388, 3rd D. Byrne 1371. Full sheet: https://threecountiespigeons.example/results/race12");
        Post wellFlown = say(1, "10:00", rpLoft, gwen, "Well flown Viktor, that headwind was no joke");
        Post cock = re(1, "10:20", viktor, wellFlown, "cheers Gwen, that cock has never been early before, must be "
                + "the sun");
        Post tonicQ = re(1, "11:00", declan, cock, "was he on the tonic? 😉");
        re(1, "11:10", viktor, tonicQ, "he was actually");
        Post raj1 = say(2, "18:00", rpNew, raj, "Hi all, Raj here. Just built my first loft in the back garden and "
                + "I've got 6 young birds from a local fancier. Here's the loft build if anyone's curious: "
                + "https://instaphoto.example/rajlofts, would appreciate a follow!");
        Post welcome = re(2, "18:30", alf, raj1, "Welcome Raj! Have a read of Gwen's first season guide, best thing "
                + "written on settling youngsters: https://gwenellislofts.example/first-season");
        re(2, "18:40", gwen, raj1, "Welcome! Shout if anything in the guide doesn't make sense");
        re(2, "19:00", raj, welcome, "thank you both, reading it now");
        Post tonicListing = say(3, "14:00", rpSale, declan, "Loft tonic & electrolyte mix, 500g tub £9.50 + "
                + "postage. Made up myself, used it all season: https://byrneloftsupplies.example/tonic");
        say(3, "15:00", rpSale, viktor, "4 late-bred youngsters from my Sion line, £35 each, ring numbers on the "
                + "page: https://horvathlofts.example/late-breds");
        Post lockIn = say(4, "09:00", rpLoft, kenji, "how long should I keep new youngsters locked in before "
                + "letting them out? 3 weeks?");
        Post trap = re(4, "09:40", gwen, lockIn, "10 days to 2 weeks on the landing board behind a trap, then let "
                + "them out hungry so they come straight in for food. It's in the guide too");
        re(4, "10:00", kenji, trap, "thanks Gwen!");
        Post hawk = say(5, "19:00", rpLoft, teodora, "anyone else have a hawk sitting on the chimney this week? "
                + "I've kept mine in 3 days");
        re(5, "19:30", alf, hawk, "sparrowhawk round ours too. Vary your toss times");
        say(6, "12:00", rpResults, alf, "Race 13 cancelled, weather at the liberation site. Birds home Sunday by "
                + "road");
        Post peterborough = say(7, "17:00", rpLoft, declan, "anyone sending to Peterborough next week? forecast "
                + "looks decent");
        re(7, "17:20", viktor, peterborough, "sending 12");
        // W32.
        Post race14 = say(8, "09:00", rpResults, alf, "Race 14, Peterborough (71 miles), 112 birds. 1st D. Byrne "
                + "1455, 2nd V. Horvath 1450, 3rd A. Moorcroft 1422. Sheet: "
                + "https://threecountiespigeons.example/results/race14");
        Post robbed = re(8, "09:30", declan, race14, "5 ypm in it! Viktor you were robbed");
        Post byrneBird = re(8, "09:45", viktor, robbed, "robbed by a Byrne bird again");
        Post feeding = re(8, "10:00", declan, byrneBird, "the tonic strikes again 😄 what were you feeding the week "
                + "before?");
        Post peas = re(8, "10:20", viktor, feeding, "depurative then 60% peas from the Thursday");
        re(8, "10:30", declan, peas, "I went heavier on fats from Wednesday, might be it");
        Post droppings = say(9, "11:00", rpLoft, raj, "my youngsters have had loose green droppings since the "
                + "heatwave, is there anything I can put in the water? bit worried 😟");
        Post committee = say(9, "13:30", rpLoft, alf, "Committee meeting moved to the 19th. @Declan Byrne can you "
                + "bring the clock-setting kit?");
        re(9, "14:00", declan, committee, "will do Alf, I'll bring the spare rubber rings too");
        Post recovery = say(10, "10:00", rpLoft, teodora, "what do people give for recovery after a hard race? mine "
                + "came home from Peterborough looking wrecked");
        Post probiotic = re(10, "12:00", gwen, tonicListing, "Declan, is the tonic ok alongside a probiotic or does "
                + "it cancel it out?");
        Post split = re(10, "12:30", declan, probiotic, "fine together, I give the probiotic in the morning and the "
                + "tonic at night");
        re(10, "12:45", gwen, split, "lovely, I'll try that split with my own mix");
        Post rest = re(10, "16:00", alf, recovery, "light feed and electrolytes, and let them rest two days before "
                + "you toss them");
        re(10, "16:20", teodora, rest, "thanks Alf");
        Post lateRounds = say(11, "18:00", rpLoft, viktor, "anyone breeding late rounds this year or am I mad?");
        Post mad = re(11, "18:20", declan, lateRounds, "mad, but I'm doing it too, 3 pairs");
        Post whichPairs = re(11, "18:40", viktor, mad, "which pairs?");
        Post mealy = re(11, "19:00", declan, whichPairs, "the two blue cocks off the Newark winner and the mealy hen, "
                + "you know the one");
        Post beaten = re(11, "19:10", alf, mealy, "you two will have the whole club beaten by next year");
        re(11, "19:20", declan, beaten, "that's the plan Alf 😄");
        Post kenjiQ = say(12, "08:00", rpLoft, kenji, "is it normal for one youngster to keep sitting on the loft "
                + "roof and not trap? day 3 of this");
        Post grantham = say(13, "17:00", rpLoft, viktor, "Grantham next, 3 weeks out. Sending?");
        Post fifteen = re(13, "17:10", declan, grantham, "sending 15, you?");
        Post same = re(13, "17:30", viktor, fifteen, "same");
        re(13, "17:40", declan, same, "may the best tonic win");
        re(14, "09:00", declan, race14, "Alf any chance of velocities to 3 decimals on the sheet? me and Viktor are "
                + "arguing");
        // W33.
        say(15, "09:00", rpResults, alf, "Race 15 put back a week, the transporter's in for repairs");
        Post vinegar = re(15, "09:20", gwen, droppings, "Raj, sorry only just seen this. A splash of apple cider "
                + "vinegar in the water and plain feed for a few days, it's usually the heat");
        Post rattle = re(15, "09:30", gwen, kenjiQ, "Kenji, keep him a bit hungry and rattle the tin at trapping time, "
                + "he'll come in");
        re(15, "10:00", kenji, rattle, "worked last night actually! thanks though");
        say(16, "10:00", rpSale, viktor, "Young birds from my Sion line, £40 each, ring numbers and pedigrees: "
                + "https://horvathlofts.example/young-birds");
        say(16, "10:20", rpLoft, viktor, "got a few young birds going if anyone wants to strengthen their team, £40 "
                + "each https://horvathlofts.example/young-birds");
        say(16, "10:35", rpNew, viktor, "new flyers! start with good birds and you'll win sooner. £40 each: "
                + "https://horvathlofts.example/young-birds");
        re(17, "19:00", raj, vinegar, "droppings back to normal now, thank you Gwen");
        Post hawkGone = say(18, "09:00", rpLoft, teodora, "the hawk's gone! let them out this morning and all 14 came "
                + "home");
        re(18, "09:30", alf, hawkGone, "that's a relief");
        Post baskets = say(18, "12:00", rpLoft, declan, "anyone want a lift to the Grantham marking on Friday? room "
                + "for 2 baskets in the van");
        Post mePlease = re(18, "12:30", raj, baskets, "me please, I've got 2 birds ready");
        re(18, "12:45", declan, mePlease, "sound, I'll pick you up at 6");
        say(19, "09:00", rpResults, alf, "club show entry forms are out, all members welcome: "
                + "https://forms.example/three-counties-show");
        say(21, "10:00", rpResults, alf, "Race 15, Grantham (96 miles), 104 birds. 1st G. Ellis 1398, 2nd R. Chaudhry "
                + "1390 (first race!!), 3rd V. Horvath 1385. Sheet: "
                + "https://threecountiespigeons.example/results/race15");
        Post second = say(21, "10:30", rpLoft, raj, "SECOND in my first race?!?! I can't believe it");
        second.react("🎉", gwen, alf, declan, kenji, teodora);
        re(21, "10:40", gwen, second, "deserved, you followed the guide to the letter");
    }

    /** H. Northfield Geocachers: logs, a litter pick, a coin maker, a newcomer, a video maker asking for subs. */
    private void geocaching() {
        // W31.
        Post millrace = say(1, "10:00", gcLogs, farid, "GC-Millrace: Millrace Mystery. Lovely walk, hidden under a "
                + "sluice gate 🌿");
        re(1, "11:00", wendy, millrace, "that sluice gate one took me 3 visits");
        Post cito = say(1, "18:00", gcEvents, kirsty, "CITO litter pick at Northfield Common, Sat 14 Aug 10am. Put "
                + "your name down so I know how many grabbers to bring: https://forms.example/northfield-cito");
        re(1, "18:20", benedikt, cito, "down for it, bringing the kids");
        re(1, "18:40", ilse, cito, "me too");
        say(2, "20:00", gcPuzzle, farid, "Lighthouse Cipher has me beaten. Stage 2 is a number grid, tried Polybius, "
                + "nothing");
        Post hint = say(2, "20:30", gcPuzzle, benedikt, "Not Polybius. Read the title again and think about what "
                + "lighthouses do at night");
        re(2, "20:45", farid, hint, "OH. flashes. morse. thank you!!");
        Post oak = say(3, "09:00", gcTrading, ilse, "New coin run: Northfield Oak geocoin, trackable, antique bronze, "
                + "£11 each: https://ilsecoins.example/northfield-oak");
        Post two = re(3, "09:30", wendy, oak, "ooh I'll take two");
        re(3, "09:45", ilse, two, "lovely, I'll bring them to the CITO");
        say(4, "12:00", gcLogs, benedikt, "GC-Foxglove: Foxglove Lane. Quick grab, log was soaked so I left a new "
                + "one");
        say(4, "19:00", gcLogs, wendy, "GC-Hilltop: Hilltop Trig. Finally! Views for miles");
        Post bridges = say(5, "17:00", gcPuzzle, wendy, "anyone done Seven Bridges? I think my bridge count is wrong");
        Post weir = re(5, "17:20", farid, bridges, "count the footbridge by the weir, everyone misses it");
        re(5, "17:30", wendy, weir, "that's it! thank you");
        say(6, "10:00", gcEvents, kirsty, "CITO: 12 signed up, grabbers sorted. Still room, same form: "
                + "https://forms.example/northfield-cito");
        say(7, "16:00", gcLogs, farid, "Lighthouse Cipher stage 2 done, stage 3 is a field puzzle, going back next "
                + "week");
        // W32.
        Post hundred = say(9, "10:00", gcLogs, lucia, "Hi all, new to the server! GC-Beacon: Beacon Hill, my 100th "
                + "find 🎉 been caching with my dad for years");
        re(9, "10:40", ilse, hundred, "Congrats on 100!! I make custom milestone coins with your name and number on, "
                + "£15 each, DM me 😊");
        Post classic = re(9, "11:00", wendy, hundred, "welcome and congrats! Beacon Hill is a classic");
        re(9, "11:10", lucia, classic, "thank you! it's where I found my very first one too");
        say(9, "14:00", gcEvents, pete, "Hi folks, could you subscribe to my caching channel? every sub helps 🙏 "
                + "https://tube.example/@petecaches");
        say(10, "09:00", gcPuzzle, pete, "if anyone likes puzzle caches I film my solves, subs appreciated! "
                + "https://tube.example/@petecaches");
        Post kettle = say(10, "19:00", gcPuzzle, lucia, "stuck on Copper Kettle, the checker keeps saying no. is the "
                + "year in the description a red herring?");
        Post closed = say(10, "19:30", gcPuzzle, benedikt, "not a red herring, but it's the year the kettle works "
                + "closed, not opened");
        re(10, "19:40", lucia, closed, "got it!! thank you");
        say(11, "18:00", gcEvents, kirsty, "CITO this Saturday! 15 coming. Meet at the car park, bags and grabbers "
                + "provided");
        Post bug = say(12, "12:00", gcTrading, benedikt, "anyone got a travel bug heading north? mine wants to get "
                + "to Scotland");
        re(12, "12:30", ilse, bug, "Farid's off to Skye next month");
        re(12, "13:00", farid, bug, "I'll take it, drop it at the CITO");
        Post bags = say(14, "14:00", gcEvents, kirsty, "Thank you all! 31 bags of litter off the common 💪");
        bags.react("👏", benedikt, ilse, wendy, farid, lucia);
        re(14, "14:20", benedikt, bags, "kids want to do it every month now");
        say(14, "15:00", gcLogs, ilse, "GC-Common: Common Ground. Grabbed it after the CITO, perfect end to the day");
        // W33.
        Post lighthouse = say(16, "10:00", gcLogs, farid, "GC-Lighthouse: Lighthouse Cipher. FINALLY got stage 3, the "
                + "field puzzle was counting fence posts");
        re(16, "11:00", wendy, lighthouse, "well done! did the final coords work first time or did the checker fight "
                + "you? I'm stuck at stage 3 and going back Saturday");
        say(17, "14:00", gcLogs, farid, "GC-Orchard: Old Orchard. Hidden in a hollow apple tree, smelt of cider");
        Post activate = say(17, "10:00", gcTrading, lucia, "does anyone know how to activate a trackable coin? my dad "
                + "gave me one");
        Post code = re(17, "10:30", ilse, activate, "Put the tracking code in on the site under 'activate', it asks "
                + "for the activation code on the back card. No card? the maker can look it up for you");
        re(17, "10:50", lucia, code, "found the card, done! thanks Ilse");
        Post twelve = say(18, "09:00", gcPuzzle, farid, "anyone solved Twelve Keys? the alphabet wheel isn't doing it "
                + "for me");
        Post backwards = re(18, "09:30", benedikt, twelve, "try it backwards, that's all I'll say");
        re(18, "09:40", farid, backwards, "backwards! cheers");
        say(19, "08:00", gcLogs, farid, "GC-Twelve: Twelve Keys. backwards it was");
        say(19, "19:00", gcEvents, kirsty, "next CITO is Sat 11 Sept at the canal, sign up here: "
                + "https://forms.example/northfield-cito-sept");
        Post picnic = say(20, "10:00", gcEvents, wendy, "caching picnic Sunday at the lake anyone? bring a trackable "
                + "to swap");
        Post dad = re(20, "10:20", lucia, picnic, "yes! can I bring my dad?");
        re(20, "10:30", wendy, dad, "of course!");
        say(21, "17:00", gcLogs, lucia, "GC-Lakeside: Lakeside Picnic. Swapped bugs with half the club 😄");
    }

    static Map<String, String> files() {
        return new HeldOutScenes54Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 54");
    }
}
