package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 72 (sealed): eight communities of faith, charity, clubs and civic life, of kinds no earlier round
 * used (a district guild of church bell ringers where nobody sells, a parish council and its residents with a builder
 * among them, scout leaders of one district with a bushcraft instructor among them, a community radio station's
 * volunteers with a presenter who runs a mobile disco, a hospice's sponsored-challenge fundraisers, a church flower
 * guild with two florists among its arrangers, a trophy and engraving shop's own server with its Staff and the clubs
 * it serves, a service club of local business people with a members' business room), over three ISO weeks
 * (2029-W02 to W04), written and labelled by writer72 (session 40) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-72.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes72Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 1, 8);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 1, 29, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-72";
    private static final int BASE = 55600;

    // --- A. church bell ringers of one district (nobody sells) ---
    private final String bells = cast.guild(1001);
    private final Channel blRoom = cast.channel(bells, "Rope Sight", "ringing-chamber",
            "general chat for the district's ringers", "bl-ringing-chamber.json");
    private final Channel blLearn = cast.channel(bells, "Rope Sight", "learners-bench",
            "handling, rounds, call changes, plain hunt: ask anything", "bl-learners-bench.json");
    private final Channel blPeals = cast.channel(bells, "Rope Sight", "quarter-peal-book",
            "quarters and peals rung, and ones being got up", "bl-quarter-peal-book.json");
    private final Channel blTowers = cast.channel(bells, "Rope Sight", "tower-doors",
            "practice nights, towers closed for works, visiting bands", "bl-tower-doors.json");
    private final Persona hilary = cast.person("hilary.ash", "Hilary Ashworth");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wójcik");
    private final Persona priya = cast.person("priya.v", "Priya Venkatesh");
    private final Persona gareth = cast.person("gareth.pugh", "Gareth Pugh");
    private final Persona ngozi = cast.person("ngozi.e", "Ngozi Eze");
    private final Persona fergus = cast.person("fergus.l", "Fergus Lindqvist");

    // --- B. a parish council and its residents ---
    private final String parish = cast.guild(1002);
    private final Channel pcAsk = cast.channel(parish, "Wenbury Parish Matters", "ask-the-council",
            "questions for the clerk and councillors", "pc-ask-the-council.json");
    private final Channel pcNotices = cast.channel(parish, "Wenbury Parish Matters", "village-noticeboard",
            "lost and found, events, hellos, anything village", "pc-village-noticeboard.json");
    private final Channel pcPlanning = cast.channel(parish, "Wenbury Parish Matters", "planning-watch",
            "applications, appeals, enforcement", "pc-planning-watch.json");
    private final Channel pcAgenda = cast.channel(parish, "Wenbury Parish Matters", "agenda-and-minutes",
            "meeting papers from the clerk", "pc-agenda-and-minutes.json");
    private final Persona rosalind = cast.person("clerk.rosalind", "Rosalind Kerr");
    private final Persona aditya = cast.person("cllr.aditya", "Aditya Bhatt");
    private final Persona mateo = cast.person("mateo.r", "Mateo Ruiz");
    private final Persona sinead = cast.person("sinead.d", "Sinéad Doyle");
    private final Persona craig = cast.person("craig.builds", "Craig Bellamy");
    private final Persona yuki = cast.person("yuki.t", "Yuki Tanaka");
    private final Persona bert = cast.person("bert.h", "Bert Hollis");

    // --- C. scout leaders of one district ---
    private final String scouts = cast.guild(1003);
    private final Channel scKit = cast.channel(scouts, "Leaders' Hut", "kit-store",
            "tents, stoves, trangias, what's broken and who has what", "sc-kit-store.json");
    private final Channel scProg = cast.channel(scouts, "Leaders' Hut", "meeting-night-ideas",
            "games, badge work, wet-weather plans", "sc-meeting-night-ideas.json");
    private final Channel scDistrict = cast.channel(scouts, "Leaders' Hut", "district-news",
            "from the district team: camps, training, dates", "sc-district-news.json");
    private final Channel scIntro = cast.channel(scouts, "Leaders' Hut", "introductions",
            "new leader? introduce yourself", "sc-introductions.json");
    private final Persona margaret = cast.person("margaret.o", "Margaret Oyelaran");
    private final Persona kofi = cast.person("kofi.wild", "Kofi Mensah");
    private final Persona ines = cast.person("ines.c", "Inês Carvalho");
    private final Persona samir = cast.person("samir.h", "Samir Haddad");
    private final Persona debbie = cast.person("debbie.r", "Debbie Rawlings");
    private final Persona liam = cast.person("liam.ob", "Liam O'Brien");

    // --- D. a community radio station's volunteers ---
    private final String radio = cast.guild(1004);
    private final Channel rdRota = cast.channel(radio, "Riverside 104 Volunteers", "studio-rota",
            "volunteer shifts: desk, phones, outside broadcasts", "rd-studio-rota.json");
    private final Channel rdChat = cast.channel(radio, "Riverside 104 Volunteers", "off-mic",
            "presenters and crew chatting", "rd-off-mic.json");
    private final Channel rdMail = cast.channel(radio, "Riverside 104 Volunteers", "listener-postbag",
            "listeners: requests, shout-outs, questions for the presenters", "rd-listener-postbag.json");
    private final Channel rdGigs = cast.channel(radio, "Riverside 104 Volunteers", "whats-on",
            "local gigs, fetes and events", "rd-whats-on.json");
    private final Persona lena = cast.person("lena.f", "Lena Fischer");
    private final Persona dev = cast.person("devdisco", "Dev Malhotra");
    private final Persona ayo = cast.person("ayo.b", "Ayo Bankole");
    private final Persona brenda = cast.person("brenda.k", "Brenda Kowalczyk");
    private final Persona marcus = cast.person("marcus.t", "Marcus Thorne");
    private final Persona elif = cast.person("elif.y", "Elif Yıldız");
    private final Persona pete = cast.person("pete.s", "Pete Sandford");

    // --- E. a hospice's sponsored-challenge fundraisers ---
    private final String hospice = cast.guild(1005);
    private final Channel hsTrain = cast.channel(hospice, "Lantern House Challengers", "training-log",
            "how the miles are going", "hs-training-log.json");
    private final Channel hsPages = cast.channel(hospice, "Lantern House Challengers", "pages-and-totals",
            "your sponsorship page and your total so far", "hs-pages-and-totals.json");
    private final Channel hsKit = cast.channel(hospice, "Lantern House Challengers", "blisters-and-kit",
            "shoes, socks, knees, fuel", "hs-blisters-and-kit.json");
    private final Channel hsDay = cast.channel(hospice, "Lantern House Challengers", "moonlight-walk",
            "the hospice's own night walk: routes, marshals, sign-up", "hs-moonlight-walk.json");
    private final Persona joanne = cast.person("joanne.lh", "Joanne Whitfield");
    private final Persona jordan = cast.person("jordanruns", "Jordan Pike");
    private final Persona amara = cast.person("amara.n", "Amara Nwachukwu");
    private final Persona beth = cast.person("beth.c", "Beth Calloway");
    private final Persona rahul = cast.person("rahul.m", "Rahul Mehta");
    private final Persona siobhan = cast.person("siobhan.q", "Siobhan Quinn");

    // --- F. a church flower guild with two florists ---
    private final String flowers = cast.guild(1006);
    private final Channel flPedestal = cast.channel(flowers, "St Aldhelm's Flower Guild", "pedestals",
            "this week's arrangements, pictures welcome", "fl-pedestals.json");
    private final Channel flOccasions = cast.channel(flowers, "St Aldhelm's Flower Guild", "weddings-and-funerals",
            "who is doing what for which service; couples and families can ask here", "fl-weddings-and-funerals.json");
    private final Channel flMechanics = cast.channel(flowers, "St Aldhelm's Flower Guild", "foam-and-wire",
            "mechanics, conditioning, wholesale", "fl-foam-and-wire.json");
    private final Channel flStall = cast.channel(flowers, "St Aldhelm's Flower Guild", "for-sale",
            "members selling: spare vases, foliage, their services", "fl-for-sale.json");
    private final Persona bethan = cast.person("bethan.blooms", "Bethan Morgan");
    private final Persona oskar = cast.person("oskar.stems", "Oskar Lind");
    private final Persona marjorie = cast.person("marjorie.p", "Marjorie Pennington");
    private final Persona lucy = cast.person("lucy.a", "Lucy Adeyemi");
    private final Persona ruth = cast.person("ruth.f", "Ruth Faulkner");
    private final Persona consuelo = cast.person("consuelo.g", "Consuelo García");

    // --- G. a trophy and engraving shop's own server ---
    private final String trophy = cast.guild(1007);
    private final Role staff = cast.role("Staff", "#c27c0e", 2);
    private final Channel trDesk = cast.channel(trophy, "Castlegate Trophies", "order-desk",
            "clubs and societies: ask about cups, shields, medals; one of our engravers will reply",
            "tr-order-desk.json");
    private final Channel trShow = cast.channel(trophy, "Castlegate Trophies", "presentation-nights",
            "pictures of your awards night", "tr-presentation-nights.json");
    private final Channel trNews = cast.channel(trophy, "Castlegate Trophies", "shop-news",
            "opening hours, new ranges, deadlines", "tr-shop-news.json");
    private final Channel trChat = cast.channel(trophy, "Castlegate Trophies", "club-secretaries",
            "secretaries and treasurers swapping notes", "tr-club-secretaries.json");
    private final Persona harjit = cast.person("harjit.castlegate", "Harjit Sandhu", staff);
    private final Persona chloe = cast.person("chloe.castlegate", "Chloe Barnes", staff);
    private final Persona derek = cast.person("derek.bowls", "Derek Olusanya");
    private final Persona anneke = cast.person("anneke.v", "Anneke Visser");
    private final Persona gwilym = cast.person("gwilym.j", "Gwilym Jones");
    private final Persona farah = cast.person("farah.darts", "Farah Siddiqui");

    // --- H. a service club of local business people ---
    private final String service = cast.guild(1008);
    private final Channel svMeet = cast.channel(service, "Kestrel Service Club", "club-nights",
            "meetings, speakers, who's bringing what", "sv-club-nights.json");
    private final Channel svProjects = cast.channel(service, "Kestrel Service Club", "good-works",
            "the club's projects: the Christmas sleigh, the swimathon, the bench fund", "sv-good-works.json");
    private final Channel svBiz = cast.channel(service, "Kestrel Service Club", "members-business",
            "members: share your business news and offers here", "sv-members-business.json");
    private final Channel svIntro = cast.channel(service, "Kestrel Service Club", "introductions",
            "new members: say hello", "sv-introductions.json");
    private final Persona wanjiru = cast.person("wanjiru.bakes", "Wanjiru Kamau");
    private final Persona nathan = cast.person("nathan.price", "Nathan Price");
    private final Persona rhiannon = cast.person("rhiannon.e", "Rhiannon Evans");
    private final Persona piotr = cast.person("piotr.books", "Piotr Nowak");
    private final Persona samuel = cast.person("samuel.a", "Samuel Agyeman");
    private final Persona moira = cast.person("moira.president", "Moira Buchanan");

    private HeldOutScenes72Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        bellRingers();
        parishCouncil();
        scoutLeaders();
        communityRadio();
        challengeFundraisers();
        flowerGuild();
        trophyShop();
        serviceClub();
        moreEveryday();
    }

    private void bellRingers() {
        // W02
        say(1, "08:40", blTowers, hilary, "St Mary's practice moves to Thursday this week, the boiler man is in on Wednesday");
        Post away = say(1, "19:10", blRoom, gareth, "off to Skye tomorrow till the 21st, no signal at the croft. "
                + "behave yourselves 😄");
        re(1, "19:25", priya, away, "have a lovely time Gareth!");
        say(2, "21:05", blLearn, tomasz, "how do you stop the sally going up too far on backstroke? I keep nearly losing it");
        say(2, "21:30", blLearn, hilary, "Tomasz: you're pulling too hard on the tail end. let the rope come to you "
                + "and check it at the balance, don't haul");
        say(2, "21:41", blLearn, tomasz, "ok will try thurs, thanks");
        Post fifth = say(3, "12:15", blPeals, priya, "quarter at Little Oakley Sat 11am, need a 5th for Grandsire "
                + "Doubles, anyone?");
        Post ngoziIn = re(3, "13:02", ngozi, fifth, "I can! haven't rung Grandsire in months so be kind");
        re(3, "13:20", priya, ngoziIn, "perfect, thank you Ngozi");
        say(4, "10:05", blRoom, fergus, "@Gareth Pugh do you still have the key to the ringing room at St Mary's or did "
                + "it go back to the churchwarden?");
        say(4, "10:30", blRoom, ngozi, "he's away till the 21st Fergus, said so on monday");
        say(4, "10:34", blRoom, fergus, "ah of course. I'll ask the churchwarden");
        say(4, "20:50", blLearn, tomasz, "what's the difference between plain hunt and call changes, in simple words?");
        say(4, "21:15", blLearn, hilary, "call changes: the conductor swaps two bells at a time and you stay put till "
                + "you're called. plain hunt: every bell moves one place each row, out to the back and in again, "
                + "nobody calls it");
        say(4, "21:20", blLearn, tomasz, "thanks");
        Post rung = say(6, "13:40", blPeals, priya, "Quarter rung! 1260 Grandsire Doubles at Little Oakley. Ngozi's "
                + "first inside to Grandsire 🎉");
        rung.react("🎉", hilary, fergus, ngozi);
        re(6, "14:02", ngozi, rung, "thanks for the nudge Priya, that was fun");
        say(7, "17:30", blTowers, fergus, "Holy Trinity closed for the next 3 weeks, scaffold up the tower");
        // W03
        say(8, "21:10", blLearn, tomasz, "my hands hurt after practice, blisters on the thumb. normal?");
        say(8, "21:35", blLearn, hilary, "Tomasz yes at first, you're gripping the tail too tight. thumb on top, not "
                + "wrapped round, and let the bell do the work");
        say(8, "21:37", blLearn, tomasz, "thanks Hilary");
        say(9, "11:00", blRoom, ngozi, "anyone know a good book on ringing theory that isn't a brick?");
        say(9, "11:40", blRoom, fergus, "Ngozi the thin blue one, Change Ringing Made Simple, about 60 pages. I can "
                + "lend you mine");
        Post lift = say(9, "11:52", blRoom, ngozi, "lovely, thanks Fergus. and anyone needing a lift to the district "
                + "practice on saturday, I've got 3 seats");
        Post priyaLift = re(9, "12:30", priya, lift, "yes please, can you get me from the square?");
        re(9, "12:41", ngozi, priyaLift, "done, 9:15 by the fountain");
        say(10, "20:45", blLearn, tomasz, "when the conductor says that's all, do I stop straight away?");
        say(10, "21:00", blLearn, hilary, "No, finish the change you're in and ring rounds till she says stand. "
                + "you'll hear it");
        say(10, "21:02", blLearn, tomasz, "ok thx");
        say(10, "21:30", blRoom, hilary, "@Tomasz Wójcik could you ring for the service on Sunday the 21st? we're a "
                + "bell short with Gareth away. let me know by Friday so I can do the rota");
        Post plainBob = say(11, "18:00", blPeals, fergus, "getting up a quarter of Plain Bob Minor for the 27th, "
                + "2 gaps");
        re(11, "18:30", ngozi, plainBob, "put me down");
        say(12, "20:55", blLearn, tomasz, "whats the best way to stand the bell without it going over?");
        say(12, "21:20", blLearn, hilary, "a touch more at handstroke, then check gently at the balance. we'll "
                + "practise it thursday, don't worry");
        say(12, "21:22", blLearn, tomasz, "👍 thanks");
        Post shortOne = say(13, "09:10", blTowers, hilary, "still need someone for Sunday 21st at St Mary's, anyone?");
        re(13, "10:05", priya, shortOne, "I'm away that weekend, sorry Hilary");
        Post rounds = say(13, "22:00", blLearn, tomasz, "loved last night, rang rounds for 20 minutes without help!");
        rounds.react("👏", hilary, fergus);
        // W04
        say(15, "18:20", blRoom, gareth, "back, sunburnt in january somehow. Fergus the key went back to the "
                + "churchwarden before I left, Mrs Adebayo has it");
        say(15, "18:40", blRoom, fergus, "cheers Gareth, sorted it already");
        say(15, "19:00", blRoom, hilary, "we rang five for the service yesterday, it was fine in the end");
        say(16, "21:00", blLearn, tomasz, "why are some sallies striped and some not?");
        say(16, "21:25", blLearn, fergus, "tradition mostly, and you can see them in a dark tower. ours are red, white "
                + "and blue");
        say(16, "21:27", blLearn, tomasz, "cool, thanks");
        say(17, "17:45", blPeals, fergus, "quarter for the 27th is full now, thanks all");
        Post visitors = say(18, "12:00", blTowers, ngozi, "St Peter's would love visitors on Tuesday practices, "
                + "they're down to four");
        re(18, "12:40", gareth, visitors, "I'll go next week");
        Post pub = say(19, "16:00", blRoom, priya, "pub after Thursday practice? it's my birthday 🎉");
        re(19, "16:20", hilary, pub, "count me in");
        re(19, "16:31", ngozi, pub, "yes!!");
        say(20, "10:15", blPeals, fergus, "Plain Bob tomorrow, 2pm, don't be late");
    }

    private void parishCouncil() {
        // W02
        say(1, "09:00", pcAgenda, rosalind, "Agenda for the 18 Jan meeting: https://wenburyparish.example/agendas/"
                + "2029-01-18 . Items: Mill Lane streetlights, the play area fence, next year's precept");
        say(1, "09:05", pcAsk, rosalind, "I'm on leave from Wed 10th to Mon 15th. Urgent things to the chair please");
        say(2, "18:30", pcAsk, mateo, "Is the play area fence on the agenda because of the broken panel by the gate? "
                + "my two nearly got out onto the road");
        say(2, "19:05", pcAsk, sinead, "yes Mateo it's item 2, I asked Rosalind to add it after I saw it");
        say(2, "19:10", pcAsk, mateo, "great thanks Sinéad");
        say(3, "17:20", pcAsk, mateo, "@Aditya Bhatt you said at December's meeting you'd chase the county about the "
                + "Mill Lane lights, any news? it's pitch black by 5");
        say(3, "20:00", pcAsk, bert, "@Rosalind Kerr could you send me last month's minutes? can't find them on the "
                + "website");
        Post carols = say(4, "10:30", pcNotices, aditya, "Lovely turnout for the carols on the green, thanks to "
                + "everyone who came and to the WI for the mince pies");
        carols.react("❤️", sinead, bert);
        Post cat = say(4, "16:45", pcNotices, sinead, "lost: black cat, white socks, answers to Pudding. Church Road "
                + "end. please check sheds 🙏");
        re(4, "17:00", bert, cat, "will check mine now");
        say(5, "09:10", pcPlanning, aditya, "New application: two-storey extension at 14 The Orchard, comments by "
                + "2 Feb https://planning.example/app/29-0041");
        Post wall = say(5, "13:30", pcPlanning, mateo, "can anyone recommend a builder for a garden wall? ours came "
                + "down in the storm");
        Post craigQuote = re(5, "14:10", craig, wall, "I can do that Mateo, I'm just up the road. brick garden walls "
                + "run about £180 a metre, happy to come and look, DM me");
        re(5, "14:30", mateo, craigQuote, "thanks Craig, will message you tonight");
        Post home = say(6, "08:15", pcNotices, sinead, "Pudding is home!! he was in the vicarage greenhouse 😂");
        home.react("❤️", bert, mateo, aditya);
        say(7, "11:00", pcNotices, bert, "litter pick on the 27th, meet at the lychgate 10am, sign up here: "
                + "https://forms.example/wenbury-litter-pick");
        // W03
        say(8, "09:30", pcAsk, rosalind, "Back from leave. Bert, the minutes are here: https://wenburyparish.example/"
                + "minutes/2028-12-14 (the link on the site was broken, fixed now)");
        say(8, "10:00", pcAsk, bert, "thank you Rosalind");
        say(9, "18:10", pcAsk, mateo, "still hoping someone knows about the Mill Lane lights. a woman tripped on the "
                + "kerb last night");
        say(9, "18:40", pcAsk, rosalind, "Mateo I've logged it with the county today, ref 88213. Aditya was dealing "
                + "with it before me");
        say(10, "21:15", pcAsk, aditya, "Mateo sorry, I've been snowed under. county say it's a faulty cable, repair "
                + "due by the end of the month");
        say(10, "21:30", pcAsk, mateo, "ok thanks, better late than never");
        say(11, "12:00", pcNotices, bert, "litter pick reminder: Saturday 27th, 10am at the lychgate, still room "
                + "for more pickers: https://forms.example/wenbury-litter-pick");
        say(12, "10:00", pcAgenda, rosalind, "Draft minutes of Thursday's meeting: https://wenburyparish.example/"
                + "minutes/2029-01-18 . Play area fence: three quotes being sought");
        say(13, "15:20", pcPlanning, sinead, "has anyone commented on The Orchard extension? worried about the old "
                + "hedge at the back");
        say(13, "16:00", pcPlanning, aditya, "I have Sinéad. the hedge is in the conservation area, I've flagged it");
        say(13, "16:05", pcPlanning, sinead, "thank you!");
        Post wallDone = say(14, "12:30", pcNotices, mateo, "wall's back up, thanks @Craig Bellamy, lovely job and "
                + "tidy too");
        re(14, "13:10", craig, wallDone, "cheers Mateo, glad you're happy with it");
        // W04
        joins(15, "11:00", pcNotices, yuki);
        Post hello = say(16, "10:20", pcNotices, yuki, "Hello! just moved into Rose Cottage on Church Road with my "
                + "partner and our little one. Is there a toddler group in the village?");
        Post toddler = re(16, "10:45", sinead, hello, "welcome Yuki! toddler group is Tuesdays in the village hall, "
                + "9:30, bring a snack to share");
        re(16, "11:05", craig, hello, "welcome to Wenbury! if you're planning any work on the cottage I do "
                + "extensions, loft conversions and kitchens, free quote and 10% off for new neighbours, drop me a DM");
        re(16, "11:30", yuki, toddler, "thank you Sinéad, we'll come along");
        say(17, "19:00", pcAsk, yuki, "who do I ask about getting a dog bin put on Church Road?");
        say(17, "19:25", pcAsk, rosalind, "that's me Yuki, I'll put it on February's agenda");
        say(17, "19:30", pcAsk, yuki, "brilliant, thanks");
        say(18, "09:00", pcNotices, bert, "litter pick this Saturday! bring gloves, we've got bags and grabbers");
        say(19, "14:00", pcPlanning, mateo, "is The Orchard extension refused? saw the notice's gone");
        say(19, "14:30", pcPlanning, aditya, "withdrawn Mateo, they're redesigning it smaller");
        Post bags = say(20, "13:00", pcNotices, bert, "18 bags today, thank you all 💯");
        bags.react("👏", sinead, mateo, yuki);
    }

    private void scoutLeaders() {
        // W02
        say(1, "08:00", scDistrict, margaret, "Dates for the year: district camp 24-26 May, leader training 3 Feb, "
                + "St George's Day parade 22 Apr");
        joins(1, "19:00", scIntro, ines);
        Post intro = say(1, "19:10", scIntro, ines, "Hi all, I'm Inês, new assistant leader with 3rd Wenbury Cubs. "
                + "I'm a primary teacher and I write about outdoor learning here: https://muddyboots-ines.example . "
                + "Glad to be here!");
        Post welcome = re(1, "19:30", margaret, intro, "Welcome Inês! Samir wrote a brilliant guide for new leaders, "
                + "start there: https://samir-scouting.example/new-leader-guide . And shout if you need anything");
        re(1, "19:45", ines, welcome, "thank you Margaret, reading it tonight");
        re(1, "20:10", samir, intro, "welcome Inês! hope the guide helps, the online training bit is a bit out of date");
        say(2, "19:00", scKit, kofi, "Bushcraft weekend for leaders, 2-3 Feb: fire lighting, shelters, knife safety. "
                + "£85 a head, book now: https://kofiwild.example/leaders-weekend");
        say(2, "19:04", scProg, kofi, "Bushcraft weekend for leaders, 2-3 Feb: fire lighting, shelters, knife safety. "
                + "£85 a head, book now: https://kofiwild.example/leaders-weekend");
        say(2, "19:08", scDistrict, kofi, "Bushcraft weekend for leaders 2-3 Feb, £85, book now: "
                + "https://kofiwild.example/leaders-weekend");
        say(3, "20:00", scKit, debbie, "does anyone have a spare trangia? ours has a cracked burner");
        say(3, "20:20", scKit, liam, "Debbie we've got two at 1st Wenbury, come and grab one thursday");
        say(3, "20:22", scKit, debbie, "you're a star Liam");
        say(4, "18:30", scProg, liam, "wet weather ideas for beavers? 20 of them, small hall, one hour");
        say(4, "18:50", scProg, samir, "Liam: kim's game with camping kit, then a pack-the-rucksack relay. works every time");
        say(4, "19:00", scProg, debbie, "and paper snowflakes, they love scissors");
        say(4, "19:10", scProg, liam, "brilliant, thank you both");
        say(5, "12:00", scKit, kofi, "only 3 places left on the leaders' bushcraft weekend! "
                + "https://kofiwild.example/leaders-weekend");
        Post relay = say(6, "21:00", scProg, ines, "tried Samir's rucksack relay with the cubs, total chaos but fun 😂");
        re(6, "21:15", samir, relay, "ha, chaos is the point");
        say(7, "17:00", scDistrict, margaret, "Reminder: leader training 3 Feb, sign up with me by the 26th");
        // W03
        say(8, "19:30", scKit, debbie, "@Kofi Mensah what's the best way to teach fire lighting to cubs without "
                + "anyone losing an eyebrow?");
        say(8, "20:05", scKit, kofi, "Debbie: fire steels and cotton wool first, then feather sticks. a ring of logs "
                + "they don't cross and a bucket of water in sight. my safety briefing card is here if it helps: "
                + "https://kofiwild.example/fire-safety-card");
        say(8, "20:10", scKit, debbie, "perfect, thanks Kofi");
        say(9, "18:00", scProg, samir, "ideas for the Faith and Beliefs badge? we're visiting the gurdwara next month");
        say(9, "18:25", scProg, margaret, "Samir the mosque on Station Road does lovely visits too, ask for Imam Yusuf");
        say(9, "18:30", scProg, samir, "thanks Margaret, will do");
        say(10, "21:00", scKit, liam, "inventory done: 6 patrol tents, 2 with broken poles. anyone good at repairs?");
        say(10, "21:20", scKit, kofi, "Liam bring them to mine on saturday, I've got spare sections");
        say(10, "21:22", scKit, liam, "legend");
        Post hike = say(12, "09:00", scDistrict, margaret, "Explorers' navigation hike on 3 Mar, leaders needed");
        Post inesHike = re(12, "12:40", ines, hike, "I can help, I did my hill walking course last year");
        re(12, "13:00", margaret, inesHike, "wonderful, thank you Inês");
        Post eyebrows = say(13, "20:30", scProg, debbie, "fire lighting went great, all eyebrows intact 🔥");
        eyebrows.react("🔥", kofi, samir);
        // W04
        say(15, "19:00", scProg, ines, "our cubs are doing a sponsored silence for the hall roof, any tips for keeping "
                + "them quiet for an hour? 😂");
        say(15, "19:10", scProg, liam, "films with subtitles!");
        say(15, "19:12", scProg, ines, "genius");
        say(16, "10:00", scKit, samir, "who borrowed the big urn? district needs it for the quiz night");
        say(16, "10:30", scKit, debbie, "me, sorry! bringing it back tomorrow");
        say(17, "08:30", scDistrict, margaret, "quiz night 2 Feb, teams of 6, £3 a head, all money to the district "
                + "camp fund");
        Post tents = say(18, "14:00", scKit, kofi, "tents fixed Liam. five as good as new, the sixth is beyond help");
        re(18, "14:30", liam, tents, "thank you!! I owe you a pint");
        Post guide = say(19, "20:00", scProg, samir, "updated the new leader guide with the online training steps, "
                + "thanks Inês for spotting it: https://samir-scouting.example/new-leader-guide");
        re(19, "20:20", ines, guide, "oh lovely, thank you Samir");
    }

    private void communityRadio() {
        // W02
        say(1, "09:00", rdRota, lena, "January rota, desk and phones shifts still open: "
                + "https://forms.example/riverside-rota-jan");
        say(1, "10:15", rdChat, dev, "morning all, who nicked the good headphones from studio 2 😂");
        say(1, "10:30", rdChat, pete, "guilty, they're back on the hook now");
        say(1, "10:32", rdChat, dev, "ha cheers Pete");
        say(1, "18:00", rdChat, ayo, "Tonight's Soul Kitchen: two hours of Northern soul from 8, guest mix at 9");
        say(2, "09:30", rdGigs, ayo, "Soul Kitchen playlist from last night: https://riverside104.example/"
                + "soulkitchen/jan08");
        Post party = say(2, "12:00", rdMail, marcus, "big shout to @Dev Malhotra, the disco you did for our street "
                + "party in the summer is still all anyone talks about!");
        re(2, "12:40", dev, party, "Marcus that's made my day, thank you! great street that");
        say(2, "15:00", rdRota, pete, "I'll take the Saturday phones 10-12");
        say(2, "15:20", rdRota, lena, "thanks Pete!");
        say(3, "17:00", rdChat, ayo, "Soul Kitchen goes out again Wednesday, rarities hour at 9");
        say(3, "17:10", rdRota, lena, "still two phone shifts open for the Saturday appeal, sheet here: "
                + "https://forms.example/riverside-rota-jan");
        say(3, "18:00", rdChat, elif, "Ayo do you take requests for the rarities hour?");
        say(3, "18:20", rdChat, ayo, "yeah Elif, send them to the postbag");
        say(4, "11:00", rdGigs, ayo, "Northern soul night at the Corn Exchange 19 Jan, tickets "
                + "https://cornexchange.example/soul");
        Post nan = say(4, "13:00", rdMail, elif, "could someone play something for my nan's 90th on Friday? she "
                + "loves Vera Lynn");
        Post nanReply = re(4, "13:30", lena, nan, "Elif we'll get it on Pete's afternoon show, what's her name?");
        re(4, "13:40", elif, nanReply, "Dorothy! thank you so much");
        say(4, "18:30", rdChat, ayo, "Soul Kitchen special Friday: all Motown, all night");
        say(5, "09:45", rdRota, lena, "one phone shift left for Saturday, sheet: https://forms.example/riverside-rota-jan");
        say(5, "12:00", rdGigs, ayo, "the Corn Exchange night is nearly sold out");
        say(5, "18:00", rdChat, ayo, "Soul Kitchen tonight 8pm, dust off the dancing shoes");
        say(6, "10:00", rdGigs, ayo, "Friday's Motown special playlist: https://riverside104.example/soulkitchen/jan12");
        say(6, "16:00", rdChat, ayo, "record fair at the market hall on Sunday, worth a look");
        say(7, "11:00", rdChat, ayo, "new jingle for Soul Kitchen recorded, goes out Wednesday");
        say(7, "19:00", rdGigs, ayo, "Soul Kitchen back Wednesday, 8pm, rarities and requests");
        // W03
        say(8, "10:00", rdMail, brenda, "@Dev Malhotra you did our ruby wedding party at the cricket club in March "
                + "and it was perfect, everyone danced. could you do my daughter's 18th on Saturday 9th February? "
                + "about 60 guests");
        say(8, "14:00", rdChat, dev, "anyone know why the desk in studio 1 keeps clipping on the mic channel?");
        say(8, "14:20", rdChat, pete, "gain's too hot on channel 3, someone fiddled with it. set it back for you");
        say(8, "14:25", rdChat, dev, "legend, thanks Pete");
        say(9, "11:00", rdGigs, dev, "90s night at the Rugby Club on the 26th, I'm on the decks, free entry before 9");
        Post interview = say(9, "19:00", rdChat, dev, "@Elif Yıldız loved your interview with the allotment lot "
                + "yesterday, proper radio");
        re(9, "19:30", elif, interview, "aw thanks Dev!");
        Post july = say(10, "09:00", rdMail, marcus, "@Dev Malhotra the street wants to know if you're free for "
                + "another party in July? same as last year");
        re(10, "09:45", dev, july, "Marcus yes! pencil me in, send me the date");
        say(11, "10:00", rdChat, ayo, "thanks to everyone who came to the Corn Exchange, what a night");
        say(11, "12:00", rdRota, lena, "February rota is up: https://forms.example/riverside-rota-feb");
        Post chase = say(12, "17:00", rdMail, brenda, "Dev? just need to know by the end of the month so I can book "
                + "the hall 🙏");
        Post quiz = say(13, "21:00", rdChat, dev, "great show tonight Pete, the quiz round was class");
        re(13, "21:10", pete, quiz, "cheers Dev");
        // W04
        re(16, "12:00", dev, chase, "Brenda so sorry, I missed this! yes the 9th is free, I'll message you the "
                + "details tonight");
        say(16, "12:30", rdMail, brenda, "brilliant, thank you Dev!");
        say(17, "15:00", rdChat, elif, "anyone free to cover my show on the 3rd? family thing");
        say(17, "15:20", rdChat, ayo, "I can do it Elif");
        say(17, "15:25", rdChat, elif, "you're a gem Ayo");
        Post date = say(18, "10:00", rdGigs, marcus, "Sycamore Road street party: 13 July, Dev's pencilled in 🎉");
        date.react("🎉", dev, brenda);
        say(19, "09:00", rdRota, pete, "taking the desk shift Sunday");
        say(19, "09:10", rdRota, lena, "thank you Pete 🙌");
    }

    private void challengeFundraisers() {
        // W02
        say(1, "09:00", hsDay, joanne, "The Moonlight Walk is on 16 March! 10k through town at night, in memory of "
                + "loved ones. Sign up: https://lanternhouse.example/moonlight");
        Post legs = say(1, "20:00", hsTrain, amara, "week 3 of marathon training for Lantern House. 18 miles this "
                + "week, legs are jelly");
        Post longRun = re(1, "20:20", beth, legs, "amazing Amara! what's your long run this weekend?");
        re(1, "20:30", amara, longRun, "14, then a rest week thank god");
        say(2, "19:00", hsKit, rahul, "blisters on both heels after 10k in new shoes. help");
        say(2, "19:15", hsKit, siobhan, "Rahul: wear them round the house for a week first, and try double-layer socks");
        say(2, "19:20", hsKit, beth, "and plasters before, not after!");
        say(2, "19:40", hsKit, rahul, "thanks both, will try");
        joins(3, "12:00", hsTrain, jordan);
        say(3, "12:05", hsTrain, jordan, "hey everyone I'm Jordan, doing the 3 peaks for Lantern House. pls follow "
                + "my insta @jordanpike.climbs and like my latest reel 🙏 helps the algorithm!");
        say(3, "12:07", hsTrain, jordan, "and share it if you can!");
        Post pages = say(4, "18:00", hsPages, beth, "drop your sponsorship pages here, I've got a bit of birthday "
                + "money to spread around 😄");
        re(4, "18:20", amara, pages, "you're lovely Beth, mine's https://givepage.example/amara-marathon");
        re(4, "18:45", rahul, pages, "https://givepage.example/rahul-swim thank you!!");
        say(4, "19:30", hsPages, beth, "done both ❤️");
        Post swam = say(5, "08:00", hsTrain, siobhan, "swam 2k this morning, shoulder's holding up");
        re(5, "08:30", amara, swam, "go Siobhan!");
        say(6, "17:00", hsTrain, jordan, "did Pen y Fan today in the rain. follow @jordanpike.climbs for the full vid!");
        say(7, "10:00", hsDay, joanne, "Marshals needed for the Moonlight Walk too, sign up here: "
                + "https://lanternhouse.example/moonlight");
        // W03
        Post twenty = say(8, "14:00", hsTrain, amara, "20 miles!!! longest ever");
        twenty.react("🎉", beth, siobhan, rahul, joanne);
        re(8, "14:30", jordan, twenty, "wow well done!");
        say(9, "19:00", hsKit, amara, "any tips for chafing on long runs? asking for a friend (me)");
        say(9, "19:20", hsKit, siobhan, "Amara: balm everywhere you think and some places you don't. and nothing new "
                + "on race day");
        say(9, "19:25", hsKit, amara, "ha noted, thank you");
        Post total = say(10, "20:00", hsPages, rahul, "£640 of my £1000! thank you all");
        total.react("👏", beth, amara);
        Post walk = say(11, "12:00", hsTrain, beth, "anyone fancy a group walk sunday for moonlight training? 8k along "
                + "the canal");
        re(11, "12:30", siobhan, walk, "yes!");
        re(11, "13:00", jordan, walk, "I'm in Beth");
        say(14, "16:00", hsTrain, beth, "lovely walk today, 6 of us and a dog");
        say(14, "18:00", hsDay, joanne, "Moonlight Walk: 212 walkers signed up so far, and we still need marshals "
                + "https://lanternhouse.example/moonlight");
        // W04
        say(15, "18:00", hsKit, jordan, "what boots for snowdon in feb? mine leak");
        say(15, "18:20", hsKit, rahul, "Jordan get proper 3-season ones with a waterproof lining, and gaiters");
        say(15, "18:25", hsKit, jordan, "cheers Rahul, will do");
        say(16, "07:30", hsPages, siobhan, "my page if anyone's still giving, 22 miles in the pool this month for "
                + "Lantern House: https://givepage.example/siobhan-22");
        Post taper = say(17, "21:00", hsTrain, amara, "taper week, feeling twitchy");
        re(17, "21:15", beth, taper, "taper madness is real, eat the carbs");
        say(19, "20:00", hsPages, amara, "race day tomorrow! £1,820 raised so far, thank you all");
        Post done = say(20, "15:00", hsTrain, amara, "DONE. 3:58!!! thank you for every single message");
        done.react("🎉", beth, siobhan, rahul, jordan, joanne);
    }

    private void moreEveryday() {
        // A. bell ringers
        say(2, "08:10", blRoom, priya, "does anyone's tower have handbells we could borrow for a carol thing at the "
                + "care home? belated, they missed Christmas with the flu");
        say(2, "08:40", blRoom, fergus, "Priya we've got a set of 12 at Holy Trinity, in the vestry cupboard. I'll "
                + "drop them round");
        say(2, "08:45", blRoom, priya, "amazing, thank you Fergus");
        say(5, "19:00", blTowers, hilary, "St Mary's practice tonight 7:30, bring a torch, the stair light's gone");
        Post outing = say(7, "10:00", blRoom, fergus, "thinking about a district outing in April, six towers in a "
                + "day round the Vale. who's interested?");
        re(7, "10:20", ngozi, outing, "me!");
        re(7, "11:00", priya, outing, "yes if it's a saturday");
        re(7, "11:10", fergus, outing, "saturday it is");
        say(11, "09:00", blRoom, priya, "handbells went down a treat at the care home, one lady rang along on a "
                + "spoon 😄");
        say(11, "09:30", blRoom, fergus, "best thing I've read all week");
        say(17, "20:00", blRoom, ngozi, "@Hilary Ashworth is the practice at St Mary's still Thursday or back to "
                + "Wednesday now?");
        say(17, "20:15", blRoom, hilary, "back to Wednesday from next week Ngozi, boiler's done");
        say(17, "20:16", blRoom, ngozi, "ta");
        say(20, "09:00", blTowers, gareth, "Holy Trinity scaffold comes down Monday, ringing again from the 1st");
        // B. parish council
        say(2, "11:00", pcNotices, bert, "bin lorry didn't come down Mill Lane again, anyone else?");
        say(2, "11:20", pcNotices, mateo, "same on our side Bert, I've reported it");
        say(6, "18:00", pcNotices, mateo, "whoever keeps leaving dog bags on the bench by the pond, please don't 😂");
        say(6, "18:20", pcNotices, sinead, "it's a disgrace. a bin there would help though");
        say(9, "20:00", pcAsk, sinead, "Rosalind, what's the proposed precept rise this year? people are asking me");
        say(9, "20:30", pcAsk, rosalind, "3.5% Sinéad, about £2.40 a year for a band D home. it's in the papers for "
                + "Thursday");
        say(9, "20:35", pcAsk, sinead, "thanks, that's less than I feared");
        say(11, "22:00", pcAgenda, aditya, "thanks to the 14 residents who came tonight, best turnout in years");
        Post snow = say(18, "07:30", pcNotices, sinead, "grit bin by the school is empty, anyone know who fills it?");
        re(18, "08:00", rosalind, snow, "county do, I've rung them, should be today");
        say(20, "16:00", pcNotices, yuki, "toddler group was lovely, thanks for the tip Sinéad");
        // C. scout leaders
        say(3, "21:00", scDistrict, liam, "@Margaret Oyelaran my DBS runs out in March, do I renew through you or "
                + "the county?");
        say(3, "21:30", scDistrict, margaret, "through me Liam, I'll send you the link tomorrow");
        say(3, "21:35", scDistrict, liam, "thanks Margaret");
        say(4, "09:00", scDistrict, margaret, "Liam, renewal link sent by email");
        say(7, "15:00", scKit, debbie, "trangia collected, thanks Liam, it's a beauty");
        say(10, "19:00", scProg, ines, "anyone done the Astronomer badge in winter? thinking a night on the rec");
        say(10, "19:30", scProg, liam, "we did it last year, wrap them up and bring hot choc. and a red torch each");
        say(10, "19:35", scProg, ines, "red torches, good shout");
        say(16, "18:00", scKit, kofi, "@Samir Haddad do the district's cooking pots have lids? planning camp meals");
        say(16, "18:30", scKit, samir, "most do Kofi, two are missing lids, they're in the blue box");
        say(16, "18:35", scKit, kofi, "cheers");
        say(20, "11:00", scProg, debbie, "sponsored silence result Inês?");
        say(20, "11:30", scProg, ines, "£212 and only two giggles 😂");
        // D. community radio
        say(2, "17:00", rdChat, pete, "anyone else's headphones crackle on the left in studio 2 or is it just my head");
        say(2, "17:20", rdChat, elif, "it's the lead Pete, jiggle it by the jack");
        say(2, "17:22", rdChat, pete, "jiggled. fixed. ta Elif");
        Post dorothy = say(6, "15:30", rdMail, elif, "Vera Lynn played for nan and she cried happy tears, thank you "
                + "all 🙏");
        dorothy.react("❤️", lena, pete, dev);
        say(9, "12:00", rdRota, lena, "outside broadcast at the farmers' market on the 27th, two volunteers needed");
        say(9, "12:30", rdRota, elif, "I'll do it Lena");
        say(9, "12:35", rdRota, lena, "thank you Elif!");
        say(12, "10:00", rdChat, pete, "quiz question for tonight: what year did the station first go on air? no "
                + "googling");
        say(12, "10:30", rdChat, lena, "1998, I was there 😂");
        say(15, "11:00", rdMail, marcus, "could you give a shout to the Sycamore Road knitting group on Saturday's "
                + "show? they've made 200 hats for the shelter");
        say(15, "11:30", rdMail, pete, "will do Marcus, what a lot");
        say(18, "13:00", rdChat, lena, "reminder all: station AGM 5 Feb, cake provided");
        // E. fundraisers
        say(3, "07:00", hsTrain, rahul, "1500m in the pool this morning, I'm a slow fish but a fish");
        say(3, "07:30", hsTrain, siobhan, "slow fish still swims Rahul 😄");
        say(5, "19:00", hsKit, beth, "does anyone know if the Moonlight Walk is ok for buggies? my sister wants to "
                + "bring the baby");
        say(5, "19:30", hsKit, joanne, "Beth yes, the whole route is paved, we just ask buggies to start at the back");
        say(5, "19:35", hsKit, beth, "perfect thank you Joanne");
        say(9, "07:00", hsTrain, rahul, "2k today!! no stopping");
        say(9, "07:20", hsTrain, beth, "go Rahul!!");
        say(12, "12:00", hsKit, siobhan, "shoulder's twinging after 20 lengths, do I rest it or swim through?");
        say(12, "12:30", hsKit, amara, "Siobhan rest it a couple of days, my physio always said pain that changes "
                + "your stroke means stop");
        say(12, "12:35", hsKit, siobhan, "fair, thanks Amara");
        say(17, "10:00", hsDay, joanne, "Thank you to everyone raising money this month, we've passed £9,000 "
                + "between you. it pays for 30 nights of nursing care");
        say(18, "08:00", hsTrain, jordan, "Snowdon done in the new boots, dry feet 🙌 thanks @Rahul Mehta");
        say(18, "08:30", hsTrain, rahul, "told you! well done Jordan");
        // F. flower guild
        say(3, "10:00", flOccasions, consuelo, "who's on brass cleaning this month? it's looking dull");
        say(3, "10:30", flOccasions, marjorie, "me, sorry Consuelo, doing it Friday");
        say(7, "14:00", flPedestal, lucy, "Mr Ellison's family sent a card to the guild, they loved the font");
        say(10, "15:00", flPedestal, consuelo, "my first solo pedestal, please be kind");
        say(10, "15:30", flPedestal, marjorie, "Consuelo it's beautiful, the trailing ivy is just right");
        say(10, "15:40", flPedestal, consuelo, "thank you Marjorie!");
        say(19, "11:00", flMechanics, consuelo, "does anyone have chicken wire going spare? for the Lent cross");
        say(19, "11:20", flMechanics, oskar, "I've got half a roll Consuelo, leave it in the porch for you");
        say(19, "11:25", flMechanics, consuelo, "thank you Oskar");
        // G. trophy shop
        say(2, "20:00", trChat, farah, "how many of you still do a raffle at presentation night? ours made £300 last year");
        say(2, "20:30", trChat, gwilym, "we do, and a meat raffle, never fails");
        say(2, "20:35", trChat, derek, "ha, a meat raffle. bowls club would riot for that");
        say(9, "19:00", trChat, gwilym, "got landed with being secretary AND treasurer this year, any tips?");
        say(9, "19:20", trChat, anneke, "Gwilym: one spreadsheet, one bank card, and say no to everything else 😂");
        say(9, "19:25", trChat, gwilym, "wise words");
        say(13, "11:00", trDesk, gwilym, "shield dropped off, thanks Chloe");
        say(13, "11:30", trDesk, chloe, "got it Gwilym, ready Wednesday");
        say(18, "18:00", trChat, farah, "captain's tankard ordered, he's going to cry");
        say(18, "18:20", trChat, anneke, "they always do 😄");
        // H. service club
        say(2, "20:00", svMeet, moira, "great talk tonight, the food bank needs tins of meat and toiletries most");
        say(2, "20:10", svMeet, samuel, "I'll bring a box to the next meeting");
        say(8, "09:00", svProjects, piotr, "does anyone have the key for the bench fund collection tins?");
        say(8, "09:30", svProjects, rhiannon, "in my desk drawer Piotr, I'll bring it Tuesday");
        say(10, "20:00", svMeet, wanjiru, "the scams talk was eye-opening, I'm telling my mum everything");
        say(10, "20:15", svMeet, moira, "PC Hughes was brilliant, wasn't he");
        say(16, "19:00", svProjects, wanjiru, "@Moira Buchanan how many lane counters do we need for the swimathon?");
        say(16, "19:30", svProjects, moira, "eight Wanjiru, two per lane per hour");
        say(16, "19:32", svProjects, wanjiru, "ok I'll ask my sister too");
        say(21, "10:00", svMeet, samuel, "lovely quiz last night, well done Rhiannon");
    }

    private void flowerGuild() {
        // W02
        Post epiphany = say(1, "16:00", flPedestal, marjorie, "Epiphany pedestal in gold and white, bit wonky on the "
                + "left but it'll do");
        re(1, "16:30", lucy, epiphany, "looks gorgeous Marjorie");
        say(2, "09:00", flStall, bethan, "Valentine's pre-orders open at my shop on the high street, hand-tied "
                + "bouquets from £35, message me to order");
        say(2, "11:00", flStall, oskar, "spare oasis bricks, 20 of them, £1 each, collect from St Mary's");
        say(3, "14:00", flMechanics, consuelo, "how do you stop tulips drooping in a warm church?");
        say(3, "14:30", flMechanics, ruth, "Consuelo: wrap them tight in newspaper, recut, deep cold water overnight, "
                + "and a pin through the stem just under the head");
        say(3, "14:40", flMechanics, consuelo, "a pin! never heard that one, thank you Ruth");
        Post funeral = say(4, "10:00", flOccasions, lucy, "Funeral on the 19th for Mr Ellison, family want white and "
                + "green. I'm doing the altar, can someone do the font?");
        re(4, "10:40", ruth, funeral, "I'll do the font Lucy");
        Post tulips = say(5, "12:00", flPedestal, consuelo, "tulips survived!! the pin trick worked");
        tulips.react("👏", ruth, marjorie);
        say(6, "15:00", flOccasions, ruth, "font's done for Mr Ellison, photo on the noticeboard");
        // W03
        say(8, "09:30", flOccasions, marjorie, "my granddaughter's getting married here on 23 Feb, could any of our "
                + "florists do her bouquet and two buttonholes? budget about £120");
        say(8, "11:00", flMechanics, bethan, "@Oskar Lind are you getting your roses off the Dutch lorry or the "
                + "market this month? prices are silly");
        say(8, "11:20", flMechanics, oskar, "Dutch lorry Bethan. market wanted £1.40 a stem for Avalanche");
        say(8, "11:25", flMechanics, bethan, "daylight robbery. I paid £1.10 in December");
        say(8, "11:30", flMechanics, oskar, "Valentine's week it'll be £2, mark my words");
        say(9, "08:45", flMechanics, bethan, "Ruth do you still condition hydrangeas in boiling water first?");
        say(9, "09:10", flMechanics, ruth, "always, 30 seconds then straight into cold");
        say(9, "09:15", flMechanics, bethan, "thought so, my new Saturday girl thinks I'm mad");
        say(9, "15:00", flOccasions, lucy, "what lasts best in a cold church for a February wedding? the bride wants "
                + "something soft, not carnations");
        say(10, "10:00", flMechanics, bethan, "Oskar what margin are you putting on Valentine's? thinking 2.8x");
        say(10, "10:30", flMechanics, oskar, "3x on roses, 2.5 on the rest");
        say(10, "10:35", flMechanics, bethan, "ok that makes sense");
        say(11, "09:00", flMechanics, bethan, "anyone found a biodegradable foam that doesn't crumble?");
        say(11, "09:30", flMechanics, oskar, "the grey stuff from the wholesaler is ok, not great");
        say(11, "09:32", flMechanics, bethan, "I'll try it, thanks Oskar");
        say(12, "08:30", flMechanics, bethan, "@Ruth Faulkner did your van pass its MOT?");
        say(12, "08:50", flMechanics, ruth, "just about, four new tyres");
        say(12, "08:52", flMechanics, bethan, "phew");
        say(12, "16:00", flOccasions, marjorie, "anyone? happy to pay of course, she's set her heart on the church");
        say(13, "09:00", flMechanics, bethan, "Oskar shall we split a box of eucalyptus from the market on Monday?");
        say(13, "09:20", flMechanics, oskar, "yes, I'll take half");
        // W04
        say(15, "10:00", flOccasions, ruth, "Marjorie, I'd love to do your granddaughter's flowers, just pay for the "
                + "stems. ranunculus and eucalyptus would be lovely in February");
        say(15, "10:20", flOccasions, marjorie, "Ruth you angel, thank you!");
        say(15, "11:00", flOccasions, consuelo, "Lucy: ranunculus and anemones last well in the cold, and waxflower");
        say(15, "11:10", flOccasions, lucy, "thank you Consuelo, that's perfect");
        Post candlemas = say(16, "17:00", flPedestal, lucy, "Candlemas pedestal, white ranunculus and ivy");
        candlemas.react("😍", marjorie, consuelo, ruth);
        say(17, "09:00", flStall, bethan, "Valentine's orders close Sunday, a few slots left");
        Post posies = say(18, "12:00", flPedestal, marjorie, "Mothering Sunday posies planning meeting next Thursday "
                + "at the vicarage");
        re(18, "12:30", ruth, posies, "I'll bring cake");
    }

    private void trophyShop() {
        // W02
        say(1, "09:00", trNews, harjit, "Open again after the new year break! Orders for February presentation "
                + "nights need to be in by Friday the 26th please");
        say(2, "11:00", trDesk, anneke, "hi, netball league here. how long do you need for 14 engraved medals? and is "
                + "engraving priced per letter?");
        say(2, "11:30", trDesk, chloe, "Hi Anneke! 14 medals with 3 lines each takes about 5 working days. "
                + "engraving's £1.20 a line, medals from £3.50");
        say(2, "11:40", trDesk, anneke, "perfect, I'll email the names this week");
        say(3, "19:00", trChat, gwilym, "how do other clubs decide player of the year? ours turns into a fight "
                + "every year 😂");
        say(3, "19:20", trChat, farah, "secret ballot of the committee, chair has the casting vote. no fights since");
        say(3, "19:25", trChat, gwilym, "stealing that, thanks Farah");
        say(4, "10:00", trDesk, farah, "first time ordering here. darts league needs a big cup for the winners, with a "
                + "lid, under £100?");
        say(4, "10:20", trDesk, harjit, "Welcome Farah! The Regent 16 inch cup with lid is £79 and the first "
                + "engraving is free. Want me to put one aside?");
        say(4, "10:25", trDesk, farah, "yes please!");
        Post shields = say(5, "09:00", trShow, derek, "Bowls club winter awards last night, the shields looked grand");
        re(5, "10:00", chloe, shields, "Lovely photo Derek, congratulations to all the winners!");
        say(6, "12:00", trChat, anneke, "treasurers: do your trophies come out of league funds or the club's?");
        say(6, "12:30", trChat, derek, "ours come out of subs, a pound a member");
        // W03
        say(8, "14:00", trDesk, gwilym, "cricket club here, do you re-engrave old shields? ours is from 1962 and "
                + "there's no space left");
        say(8, "14:30", trDesk, chloe, "Hi Gwilym! yes, we can fit a new band to the base, usually about £25");
        say(8, "14:35", trDesk, gwilym, "great, I'll bring it in Saturday");
        say(9, "09:00", trNews, chloe, "New range of recycled glass awards in the shop, pop in and have a look");
        Post cup = say(10, "21:30", trShow, farah, "darts league cup presented tonight, everyone wanted to hold it 😂 "
                + "thanks Harjit");
        re(11, "09:00", harjit, cup, "Brilliant picture Farah, glad it went down well!");
        say(11, "13:00", trChat, derek, "anyone know a good caterer for a presentation night, 80 people?");
        say(11, "13:30", trChat, anneke, "we used the rugby club kitchen, good value and they do the washing up");
        say(11, "13:35", trChat, derek, "ta Anneke");
        say(12, "16:00", trDesk, anneke, "medals collected, they're gorgeous, thanks Chloe");
        say(12, "16:20", trDesk, chloe, "so glad you like them Anneke!");
        // W04
        say(15, "10:00", trDesk, derek, "@Chloe Barnes you engraved our league shields last spring and they were spot "
                + "on. could you quote for 12 medals and a rose bowl for our presentation night on 16 March?");
        say(15, "15:00", trNews, chloe, "Reminder: last day for February orders is this Friday, the 26th!");
        Post band = say(16, "11:00", trShow, gwilym, "the old shield with its new band. the 1962 lot would be proud");
        re(16, "11:30", chloe, band, "That came up beautifully Gwilym!");
        say(17, "14:00", trDesk, farah, "do you do engraved tankards? for our captain, he's retiring");
        say(17, "14:15", trDesk, harjit, "We do Farah, pewter tankards from £28 with the engraving");
        say(17, "14:20", trDesk, farah, "lovely, I'll pop in Saturday");
        say(18, "09:30", trDesk, derek, "Chloe? still hoping for that quote when you get a minute");
        Post netball = say(19, "20:00", trShow, anneke, "netball presentation night! 14 very happy players");
        netball.react("🎉", chloe, harjit);
        re(19, "20:30", chloe, netball, "Congratulations to the whole league!");
    }

    private void serviceClub() {
        // W02
        Post hello = say(1, "09:00", svIntro, wanjiru, "Hello! I'm Wanjiru, I run a small bakery on Quay Street "
                + "(https://wanjirubakes.example). Joined because I want to give something back to the town. Looking "
                + "forward to my first club night!");
        Post moiraHi = re(1, "09:20", moira, hello, "Welcome Wanjiru! Club night is Tuesday, 7pm at the Anchor. "
                + "Delighted to have you");
        re(1, "09:40", nathan, hello, "Welcome! new business owners always forget about pensions. I do a free "
                + "30-minute review, then £150 for a full plan. book a slot: https://priceplanning.example/book");
        re(1, "10:00", wanjiru, moiraHi, "thank you Moira, see you Tuesday!");
        Post agenda = say(1, "18:00", svMeet, moira, "Tuesday: speaker from the food bank, then the Christmas sleigh "
                + "accounts. @Samuel Agyeman could you bring the projector?");
        re(1, "18:30", samuel, agenda, "will do");
        Post first = say(3, "08:30", svMeet, wanjiru, "lovely first night, thank you all. I'll bring buns next time");
        first.react("😍", moira, rhiannon);
        re(3, "09:00", rhiannon, first, "you're hired 😂 welcome properly Wanjiru");
        say(3, "12:00", svBiz, rhiannon, "Evans Print: 10% off flyers for any club member this month, just mention "
                + "the club");
        say(4, "10:00", svBiz, piotr, "Nowak Bookkeeping is taking on two new clients from February, sole traders "
                + "welcome");
        Post sleigh = say(4, "19:00", svProjects, samuel, "The Christmas sleigh raised £3,412 for the hospice! "
                + "thank you to every elf");
        sleigh.react("🎉", moira, wanjiru, piotr, rhiannon);
        say(5, "11:00", svProjects, moira, "next up, the swimathon on 10 March. we need lane counters, sign up with me");
        say(5, "11:30", svProjects, wanjiru, "I'll count! can't swim to save my life");
        say(5, "11:40", svProjects, moira, "perfect 😂 thank you Wanjiru");
        Post books = say(6, "16:00", svBiz, samuel, "can anyone recommend an accountant? my books are a mess and the "
                + "tax deadline is the 31st");
        Post piotrOffer = re(6, "16:30", piotr, books, "Samuel I can help, it's £200 for a self assessment return "
                + "with simple books. ring me Monday?");
        re(6, "16:45", samuel, piotrOffer, "thanks Piotr, will do");
        // W03
        say(9, "09:00", svMeet, moira, "Tonight: a talk on scams from PC Hughes, 7pm");
        Post bench = say(10, "12:00", svProjects, rhiannon, "the bench fund is at £1,200 of £2,000. I'll print the "
                + "posters for the quiz for free");
        re(10, "12:30", moira, bench, "thank you Rhiannon");
        say(11, "09:00", svBiz, nathan, "January's a good time for a money check-up, free 30-minute reviews all month: "
                + "https://priceplanning.example/book");
        Post sorted = say(12, "18:00", svMeet, samuel, "Piotr sorted my return in a day, can't recommend him enough");
        re(12, "18:30", piotr, sorted, "thanks Samuel, glad to help!");
        Post cakes = say(13, "10:00", svProjects, wanjiru, "I'll do cakes for the bench fund quiz, all proceeds to "
                + "the bench");
        cakes.react("❤️", moira, rhiannon, samuel);
        // W04
        say(15, "09:00", svMeet, moira, "AGM on 6 Feb, nominations for officers to me by the 30th");
        Post lanes = say(17, "14:00", svProjects, samuel, "swimathon lanes booked, 12 teams so far");
        re(17, "14:20", moira, lanes, "wonderful Samuel");
        say(18, "08:00", svBiz, wanjiru, "heart biscuits at the bakery from 10 Feb, club members get a free coffee "
                + "with them");
        Post pension = say(19, "10:00", svMeet, nathan, "@Wanjiru Kamau did you ever get round to that pension chat? "
                + "slots free next week");
        re(19, "10:30", wanjiru, pension, "not yet Nathan, I've got my own adviser, but thank you");
        Post quiz = say(20, "22:00", svProjects, rhiannon, "quiz night! £640 for the bench 🎉");
        quiz.react("🎉", wanjiru, moira, samuel);

        // G. more from the club secretaries
        say(6, "16:00", trDesk, gwilym, "are you open Saturday afternoons?");
        say(6, "16:20", trDesk, harjit, "Saturdays 9 till 1 Gwilym, closed afternoons");
        say(6, "16:25", trDesk, gwilym, "morning it is, thanks");
        say(13, "19:00", trChat, farah, "does anyone do a trophy for the worst player of the season? thinking a "
                + "wooden spoon");
        say(13, "19:15", trChat, gwilym, "we give a painted toilet seat 😂 it's hotly contested");
        say(13, "19:20", trChat, derek, "the bowls club would never, but I'm jealous");
        say(20, "12:00", trChat, gwilym, "AGM season again, who's stepping down this year?");
        say(20, "12:30", trChat, anneke, "not me, they won't let me 😂");
        // H. more from the club
        say(11, "18:00", svMeet, rhiannon, "who's got the raffle prizes from the Christmas do? need them for the quiz");
        say(11, "18:20", svMeet, samuel, "two boxes in my garage Rhiannon, I'll bring them");
        say(11, "18:25", svMeet, rhiannon, "lifesaver");
        say(14, "17:00", svProjects, piotr, "quiz teams so far: 9. room for 3 more, tell me by Friday");
        say(14, "17:30", svProjects, samuel, "put my lot down as Quizteama Aguilera");
        say(14, "17:40", svProjects, piotr, "done 😂");
        say(18, "20:00", svMeet, moira, "Wanjiru, would you like to join the projects committee? no pressure");
        say(18, "20:30", svMeet, wanjiru, "I'd love to Moira, thank you for asking");
        say(21, "11:00", svProjects, moira, "bench fund is at £1,840 after the quiz, so close!");
        say(21, "11:20", svProjects, rhiannon, "we'll get there 💯");
    }

    static Map<String, String> files() {
        return new HeldOutScenes72Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 72");
    }
}
