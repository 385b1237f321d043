package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 60 (sealed): eight communities of kinds no earlier round used (a shepherds' network with a room where
 * smallholders ask and a stock-and-kit room, a lakeside mobile sauna's own server with its Staff, amateur fossil
 * hunters where nobody sells, stand-up comedians with an open-mic listings room and a set-notes room, home-educating
 * families with a tutors' corner, aerial and pole instructors with a room where students ask, dry-stone wallers with a
 * room where landowners ask, a sub-aqua club with a dive-travel organiser among its members), over three ISO weeks
 * (2028-W03 to W05), written and labelled by writer60 (session 37) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-60.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes60Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 1, 17);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 2, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-60";

    // --- A. shepherds' network ---
    private final String fell = cast.guild(871);
    private final Channel ffShed = cast.channel(fell, "Fellside Flock Network", "lambing-shed",
            "shepherds' chat: lambing, feeding, feet, prices", "ff-lambing-shed.json");
    private final Channel ffAsk = cast.channel(fell, "Fellside Flock Network", "smallholders-ask",
            "new to sheep? ask the shepherds here", "ff-smallholders-ask.json");
    private final Channel ffStock = cast.channel(fell, "Fellside Flock Network", "stock-and-kit",
            "buy, sell, swap: sheep, tups, hurdles, feed, shearing. price please", "ff-stock-and-kit.json");
    private final Channel ffShows = cast.channel(fell, "Fellside Flock Network", "shows-and-sales",
            "show entries, mart reports, results", "ff-shows-and-sales.json");
    private final Persona morag = cast.person("morag.lindsay", "Morag Lindsay");
    private final Persona ifor = cast.person("ifor.j", "Ifor Jenkins");
    private final Persona rhodri = cast.person("rhodri.shears", "Rhodri Vaughan");
    private final Persona imke = cast.person("imke.vos", "Imke Vos");
    private final Persona darren = cast.person("darren.fellfeeds", "Darren Pike");
    private final Persona sandeep = cast.person("sandeep.g", "Sandeep Gill");
    private final Persona bethan = cast.person("bethan.rw", "Bethan Rowlands");
    private final Persona kit = cast.person("kit.armitage", "Kit Armitage");
    private final Channel ffDmDarren = cast.dm(darren, "ff-dm-darren.json");

    // --- B. a mobile sauna's own server ---
    private final String kettle = cast.guild(872);
    private final Role ksStaff = cast.role("Staff", "#c27c0e", 2);
    private final Channel ksBook = cast.channel(kettle, "Kettle Lake Sauna", "bookings-and-help",
            "questions about bookings, vouchers and trailer hire: the team will reply here", "ks-bookings-and-help.json");
    private final Channel ksNews = cast.channel(kettle, "Kettle Lake Sauna", "news-from-the-hut",
            "session times and offers from the Kettle Lake team", "ks-news-from-the-hut.json");
    private final Channel ksChat = cast.channel(kettle, "Kettle Lake Sauna", "after-the-steam",
            "members' chat: swims, recipes, sauna talk", "ks-after-the-steam.json");
    private final Channel ksDip = cast.channel(kettle, "Kettle Lake Sauna", "cold-dippers",
            "early swim meetups at the jetty", "ks-cold-dippers.json");
    private final Persona astrid = cast.person("astrid.kettlelake", "Astrid Solberg", ksStaff);
    private final Persona tomasz = cast.person("tomasz.kettlelake", "Tomasz Wojcik", ksStaff);
    private final Persona kemi = cast.person("kemi.ade", "Kemi Adeyemi");
    private final Persona jari = cast.person("jari.hk", "Jari Heikkinen");
    private final Persona lotte = cast.person("lotte.b", "Lotte Brouwer");
    private final Persona mehmet = cast.person("mehmet.y", "Mehmet Yilmaz");
    private final Persona saoirse = cast.person("saoirse.k", "Saoirse Keane");
    private final Persona ravi = cast.person("ravi.menon", "Ravi Menon");

    // --- C. fossil hunters (nobody sells) ---
    private final String lias = cast.guild(873);
    private final Channel blId = cast.channel(lias, "Blue Lias Finders", "id-please",
            "post a photo of your find and ask what it is", "bl-id-please.json");
    private final Channel blFinds = cast.channel(lias, "Blue Lias Finders", "finds-of-the-day",
            "your finds, one post per trip", "bl-finds-of-the-day.json");
    private final Channel blTides = cast.channel(lias, "Blue Lias Finders", "tides-and-trips",
            "tide times, cliff falls, the tide table link, who's going when", "bl-tides-and-trips.json");
    private final Channel blFire = cast.channel(lias, "Blue Lias Finders", "fireside",
            "general natter", "bl-fireside.json");
    private final Persona priya = cast.person("priya.r", "Priya Raman");
    private final Persona owain = cast.person("owain.gr", "Owain Griffiths");
    private final Persona delphine = cast.person("delphine.m", "Delphine Morel");
    private final Persona bartek = cast.person("bartek.n", "Bartek Nowicki");
    private final Persona gwilym = cast.person("gwilym.h", "Gwilym Hughes");
    private final Persona ines = cast.person("ines.alb", "Ines Albuquerque");
    private final Persona tunde = cast.person("tunde.bk", "Tunde Bakare");

    // --- D. stand-up comedians ---
    private final String mic = cast.guild(874);
    private final Channel omHello = cast.channel(mic, "Open Mic Underground", "say-hello",
            "new here? introduce yourself", "om-say-hello.json");
    private final Channel omGigs = cast.channel(mic, "Open Mic Underground", "gig-listings",
            "open mics and showcases: when, where, how to get a spot", "om-gig-listings.json");
    private final Channel omNotes = cast.channel(mic, "Open Mic Underground", "set-notes",
            "post a bit or a clip, get honest notes, give some back", "om-set-notes.json");
    private final Channel omGreen = cast.channel(mic, "Open Mic Underground", "green-room",
            "chat, moans, bombing stories", "om-green-room.json");
    private final Persona marlon = cast.person("marlon.b", "Marlon Baptiste");
    private final Persona declan = cast.person("declan.frost", "Declan Frost");
    private final Persona tiffany = cast.person("tiff.laughs", "Tiffany Osei-Bonsu");
    private final Persona ruth = cast.person("ruth.achebe", "Ruth Achebe");
    private final Persona niamh = cast.person("niamh.c", "Niamh Costello");
    private final Persona arjun = cast.person("arjun.k", "Arjun Kapoor");
    private final Persona gus = cast.person("gus.halloran", "Gus Halloran");

    // --- E. home-educating families ---
    private final String river = cast.guild(875);
    private final Channel heIntro = cast.channel(river, "Riverside Home Ed Families", "introductions",
            "introduce yourself and your family", "he-introductions.json");
    private final Channel heTrips = cast.channel(river, "Riverside Home Ed Families", "meetups-and-trips",
            "group trips, park days, sign-ups", "he-meetups-and-trips.json");
    private final Channel heChat = cast.channel(river, "Riverside Home Ed Families", "curriculum-chat",
            "resources, what's working, what isn't", "he-curriculum-chat.json");
    private final Channel heTutors = cast.channel(river, "Riverside Home Ed Families", "tutors-corner",
            "tutors: post your open slots here; parents: ask the tutors", "he-tutors-corner.json");
    private final Persona beatriz = cast.person("beatriz.s", "Beatriz Santos");
    private final Persona rhiannon = cast.person("rhiannon.c", "Rhiannon Clarke");
    private final Persona olumide = cast.person("olumide.b", "Olumide Bankole");
    private final Persona aurelio = cast.person("aurelio.maths", "Aurelio Mendes");
    private final Persona hannah = cast.person("hannah.lg", "Hannah Lindgren");
    private final Persona greer = cast.person("greer.prints", "Greer MacLeod");
    private final Persona fatima = cast.person("fatima.idr", "Fatima Idrissi");
    private final Persona tobias = cast.person("tobias.sci", "Tobias Brandt");
    private final Persona saanvi = cast.person("saanvi.j", "Saanvi Joshi");

    // --- F. aerial and pole instructors ---
    private final String aerial = cast.guild(876);
    private final Channel apRig = cast.channel(aerial, "Aerial and Pole Instructors Collective", "rigging-and-safety",
            "rigging points, kit checks, insurance", "ap-rigging-and-safety.json");
    private final Channel apShop = cast.channel(aerial, "Aerial and Pole Instructors Collective", "class-planning",
            "instructors talking shop: class plans, conditioning, pricing moans", "ap-class-planning.json");
    private final Channel apCover = cast.channel(aerial, "Aerial and Pole Instructors Collective", "cover-and-slots",
            "post cover requests, open slots and studio hire", "ap-cover-and-slots.json");
    private final Channel apAsk = cast.channel(aerial, "Aerial and Pole Instructors Collective", "ask-an-instructor",
            "students and anyone curious: ask the instructors", "ap-ask-an-instructor.json");
    private final Persona paloma = cast.person("paloma.aerial", "Paloma Reyes");
    private final Persona chiara = cast.person("chiara.aerial", "Chiara Lombardi");
    private final Persona naomi = cast.person("naomi.w", "Naomi Whitfield");
    private final Persona siobhan = cast.person("siobhan.d", "Siobhan Doherty");
    private final Persona dev = cast.person("dev.malhotra", "Dev Malhotra");
    private final Persona brandon = cast.person("brandon.rigsupply", "Brandon Kettering");
    private final Persona leila = cast.person("leila.m", "Leila Mansour");
    private final Persona jonas = cast.person("jonas.e", "Jonas Eriksen");

    // --- G. dry-stone wallers ---
    private final String stone = cast.guild(877);
    private final Channel dsChat = cast.channel(stone, "Dry Stone Wallers' Circle", "wallers-chat",
            "for wallers: stone, rates, weather and moans", "ds-wallers-chat.json");
    private final Channel dsAsk = cast.channel(stone, "Dry Stone Wallers' Circle", "landowners-ask",
            "farmers, estates and homeowners: ask the wallers", "ds-landowners-ask.json");
    private final Channel dsCerts = cast.channel(stone, "Dry Stone Wallers' Circle", "certs-and-courses",
            "certification tests, courses, training days", "ds-certs-and-courses.json");
    private final Channel dsWall = cast.channel(stone, "Dry Stone Wallers' Circle", "wall-of-the-week",
            "your best bit of wall this week, one photo each", "ds-wall-of-the-week.json");
    private final Persona hamish = cast.person("hamish.calder", "Hamish Calder");
    private final Persona ffion = cast.person("ffion.walls", "Ffion Pritchard");
    private final Persona ewan = cast.person("ewan.mackay", "Ewan Mackay");
    private final Persona aled = cast.person("aled.m", "Aled Morgan");
    private final Persona fenella = cast.person("fenella.d", "Fenella Dunmore");
    private final Persona gordon = cast.person("gordon.ash", "Gordon Ashworth");
    private final Persona bryony = cast.person("bryony.t", "Bryony Tate");
    private final Persona kasia = cast.person("kasia.lw", "Kasia Lewandowska");

    // --- H. sub-aqua club ---
    private final String salt = cast.guild(878);
    private final Channel sdChat = cast.channel(salt, "Saltmarsh Sub-Aqua Club", "club-chat",
            "club natter", "sd-club-chat.json");
    private final Channel sdTrips = cast.channel(salt, "Saltmarsh Sub-Aqua Club", "trips-and-dives",
            "club trips, sign-ups, who's diving where", "sd-trips-and-dives.json");
    private final Channel sdKit = cast.channel(salt, "Saltmarsh Sub-Aqua Club", "kit-swap",
            "buy, sell, swap dive kit. price please", "sd-kit-swap.json");
    private final Channel sdPhotos = cast.channel(salt, "Saltmarsh Sub-Aqua Club", "photo-pool",
            "your underwater photos, one post per dive", "sd-photo-pool.json");
    private final Persona maureen = cast.person("maureen.t", "Maureen Tierney");
    private final Persona reza = cast.person("reza.divetravel", "Reza Farahani");
    private final Persona colette = cast.person("colette.m", "Colette Marchand");
    private final Persona sven = cast.person("sven.aalto", "Sven Aalto");
    private final Persona yannick = cast.person("yannick.d", "Yannick Dubois");
    private final Persona oksana = cast.person("oksana.k", "Oksana Kovalenko");
    private final Persona dougie = cast.person("dougie.f", "Dougie Ferguson");

    private HeldOutScenes60Script() {
        super(new SceneIds(46000), FIRST_MONDAY, 21);
        shepherds();
        sauna();
        fossils();
        comedy();
        homeEd();
        aerial();
        wallers();
        divers();
    }

    private void shepherds() {
        Post scan = say(1, "07:40", ffShed, bethan, "scanning done, 168% on the mules, happy with that");
        re(1, "07:52", ifor, scan, "good going! ours are next week, dreading the Swaledales");
        Post fed = re(1, "08:10", morag, scan, "168 is smashing Bethan. what did you feed over tupping?");
        re(1, "08:40", bethan, fed, "just good grass and a bit of blend the last 3 weeks, nothing clever");
        Post lice = say(2, "19:15", ffAsk, sandeep, "my two wethers keep scratching on the fence posts, wool coming "
                + "out in clumps. lice or scab? never had either 😬");
        Post scrape = re(2, "19:40", bethan, lice, "could be either, scab's the one to worry about. get the vet to do "
                + "a skin scrape before you treat anything");
        re(2, "19:48", sandeep, scrape, "thank you, ringing them tomorrow");
        Post hoggs = say(3, "18:30", ffShed, morag, "hoggs are in off the hill, looking well for once");
        re(3, "19:05", ifor, hoggs, "Morag what wormer did you use on yours in the autumn? ours are scouring again "
                + "and I don't want to keep using the white drench");
        Post entries = say(4, "12:00", ffShows, morag, "Entries for the Ravenglass tup fair close Friday. I'm putting "
                + "three Herdwick shearlings in, first time showing them");
        Post cracker = re(4, "12:20", bethan, entries,
                "good luck! the middle one's a cracker");
        re(4, "12:35", morag, cracker, "ha thank you, he knows it too");
        say(5, "09:10", ffStock, rhodri, "set of 10 galvanised hurdles, 6ft, £22 each or £200 the lot, collection "
                + "from Llanidloes");
        Post mart = say(5, "20:00", ffShows, morag, "mart report from Bentham: Herdwick ewe lambs averaging £98, tups "
                + "up on last year");
        re(5, "20:30", kit, mart, "that's good news for you lot");
        Post offFood = say(6, "10:00", ffAsk, kit, "is it normal for a ewe to be off her food 3 weeks before lambing? "
                + "she's lying down a lot");
        Post twin = re(6, "10:25", bethan, offFood, "could be twin lamb, get some energy drench into her today and "
                + "ring the vet, don't wait till Monday");
        re(6, "10:40", kit, twin, "done, she's up and eating hay. thank you so much");

        say(8, "08:30", ffStock, darren, "Sheep mineral buckets back in stock, copper-free, £18 each or 4 for £64, "
                + "delivered within 30 miles https://fellfeeds.example/sheep-minerals");
        Post twins = say(8, "09:00", ffShed, ifor, "first twins of the year overnight 🎉");
        re(8, "09:05", bethan, twins, "yesss congrats");
        Post roof = say(8, "21:10", ffShed, bethan, "anyone else's shed roof leaking onto the pens? bodged it with a "
                + "tarp");
        re(8, "21:30", ifor, roof, "every year. gaffer tape and prayer");
        Post shear = say(9, "14:00", ffAsk, kit, "is anyone shearing small flocks round Kendal in June? only 9 ewes, "
                + "the big contractors won't come out for that");
        Post rhodriOffer = re(9, "14:40", rhodri, shear, "I do small flocks, no minimum. £3.50 a head plus £25 "
                + "call-out round Kendal, June is best. DM me and I'll pencil you in");
        re(9, "15:02", kit, rhodriOffer, "perfect, messaging you now");
        Post newbie = say(10, "11:00", ffAsk, imke, "hi all! just taken on 6 Shetland ewes on 4 acres, complete "
                + "beginner. they're due in April. what should I be doing now?");
        Post scanTip = re(10, "11:30", morag, newbie, "welcome Imke! get them scanned if you can so you know who's "
                + "carrying twins, and start a little concentrate 6 weeks before lambing. Shetlands mostly lamb "
                + "easy");
        re(10, "11:45", bethan, newbie, "and sort a lambing kit now, not at 2am: gloves, lube, iodine, colostrum, "
                + "a torch that works");
        re(10, "12:10", imke, scanTip, "this is so helpful, thank you both. writing a list");
        at(10, "20:15").in(ffDmDarren).say(darren, "Hi Imke, saw your post in smallholders-ask, congrats on the "
                + "Shetlands! Before lambing they'll want minerals. I do the copper-free buckets at £18 each or 4 "
                + "for £64 delivered. Want me to drop a couple round this week? "
                + "https://fellfeeds.example/sheep-minerals");
        at(11, "08:40").in(ffDmDarren).say(imke, "thanks Darren, the vet's already sorted me out with some but I'll "
                + "keep you in mind");
        Post entered = say(11, "13:00", ffShows, morag, "Three shearlings entered. Wish me luck for Saturday");
        re(11, "13:20", ifor, entered, "you'll walk it");
        Post rack = say(12, "09:00", ffStock, sandeep, "WTB a small hay rack, wall mounted. anyone?");
        Post tenner = re(12, "09:30", rhodri, rack, "got a spare one in the barn, yours for a tenner if you collect");
        Post sat = re(12, "09:40", sandeep, tenner, "deal, Saturday ok?");
        re(12, "09:45", rhodri, sat, "Saturday's grand");
        Post placed = say(13, "18:00", ffShows, morag, "2nd and 4th at Ravenglass!! the judge liked the middle one 🙌");
        re(13, "18:10", bethan, placed, "brilliant Morag!!");
        re(13, "18:30", kit, placed, "congrats!");
        say(14, "10:00", ffShed, ifor, "12 born, 0 lost so far. touch wood");

        Post legBack = say(15, "07:30", ffShed, bethan, "2am ewe with a leg back, sorted it, both fine. I need sleep");
        re(15, "07:45", ifor, legBack, "the leg back ones are the worst. well done");
        Post early = say(16, "19:00", ffAsk, imke, "first lamb came early!! tiny ram, up and sucking. is it normal for "
                + "the ewe to keep licking him for an hour?");
        Post bonding = re(16, "19:10", morag, early, "totally normal, that's her bonding. just check he's had "
                + "colostrum in the first few hours and dip his navel");
        re(16, "19:25", imke, bonding, "done both! thank you Morag 🙏");
        say(17, "12:00", ffStock, darren, "Lambing aids in stock: colostrum, stomach tubes, iodine spray. Price list "
                + "https://fellfeeds.example/lambing");
        Post dates = say(17, "13:00", ffShed, rhodri, "who's got their shearing dates sorted? June's filling up fast");
        Post june = re(17, "13:20", bethan, dates, "put me down for the 2nd week of June same as last year");
        re(17, "13:30", rhodri, june, "done Bethan");
        re(17, "13:40", sandeep, dates, "@Rhodri Vaughan you sheared our lot last June and did a lovely tidy job, "
                + "I've given your number to two people at the allotments");
        Post builth = say(18, "20:00", ffShows, ifor, "anyone going to the Builth sale on the 12th? could share a "
                + "trailer");
        Post room = re(18, "20:30", morag, builth, "I'll be there, room for 4 hoggs in mine if you want");
        re(18, "20:40", ifor, room, "legend, yes please");
        Post wean = say(19, "10:00", ffAsk, sandeep, "how long do you leave a lamb with its mum before weaning if "
                + "you're only keeping them as pets?");
        re(19, "10:30", bethan, wean, "16 weeks at least, longer is fine for pets, let her do it");
        Post snow = say(20, "09:00", ffShed, morag, "first of the Herdwicks lambed in the snow, both fine under the "
                + "lamp");
        re(20, "09:20", bethan, snow, "❤️ snow lambs are the toughest");
    }

    private void sauna() {
        say(1, "09:00", ksNews, astrid, "January sessions: weekday mornings 7-9 are now £12 with the plunge, members "
                + "£9. Book at https://kettlelakesauna.example/book");
        Post jetty = say(1, "09:40", ksDip, saoirse, "jetty 7:15 tomorrow? water's 4 degrees 🥶");
        re(1, "09:55", mehmet, jetty, "in");
        re(1, "10:10", kemi, jetty, "in, bringing the flask");
        Post coldest = say(2, "08:30", ksChat, mehmet, "that was the coldest one yet. hands still buzzing");
        re(2, "08:45", saoirse, coldest, "worth it for the sauna after though");
        Post move = say(3, "14:00", ksBook, ravi, "can I move my Friday booking to Sunday? ref KL-2291");
        Post moved = re(3, "14:20", tomasz, move, "Hi Ravi, done, you're on Sunday 10am now. Same hut");
        re(3, "14:25", ravi, moved, "brill, thanks");
        Post birch = say(3, "20:00", ksChat, jari, "anyone tried birch oil in the water for the stones? smells amazing "
                + "but worried about residue");
        Post drops = re(3, "20:30", astrid, birch, "a few drops in the ladle water is fine, neat oil on the stones "
                + "will smoke. we use about 5 drops per bucket");
        re(3, "20:40", jari, drops, "cheers, good to know");
        say(4, "18:00", ksNews, tomasz, "Gift vouchers are back for February, from £25, printable or posted: "
                + "https://kettlelakesauna.example/vouchers");
        Post ice = say(5, "07:00", ksDip, kemi, "ice on the edge this morning! who's brave");
        re(5, "07:20", saoirse, ice, "not me today, chest cold");
        Post buns = say(6, "11:00", ksChat, saoirse, "recipe for the cardamom buns someone brought last week? 🙏");
        Post mine = re(6, "11:30", mehmet, buns, "that was me! cardamom in the dough AND the butter filling, the trick "
                + "is more than you think");
        re(6, "11:35", saoirse, mine, "thank you!!");

        say(8, "09:00", ksNews, astrid, "Full moon session Wed 9pm, lanterns, hot chocolate, plunge. £18, 10 places: "
                + "https://kettlelakesauna.example/fullmoon");
        Post weds = say(8, "12:00", ksDip, mehmet, "jetty Weds 7am anyone");
        re(8, "12:30", kemi, weds, "yes!");
        Post party = say(10, "10:00", ksBook, lotte, "Hi, how much is a private evening for about 6? thinking about "
                + "my dad's 70th in March");
        re(10, "10:08", jari, party, "cheaper at mine tbh, wood-fired hot tub and barrel sauna, £120 for the night, "
                + "DM me");
        Post priced = re(10, "10:35", tomasz, party, "Hi Lotte! the private evening is £180 for up to 8 people, 2.5 "
                + "hours, plunge and fire pit included. March dates are here "
                + "https://kettlelakesauna.example/private, happy to hold one for you");
        re(10, "10:50", lotte, priced, "lovely, I'll check with my sisters and come back to you");
        Post magic = say(10, "21:30", ksChat, kemi, "full moon session was magic. the lanterns on the water!! ✨");
        re(10, "21:40", astrid, magic, "so glad you came Kemi! doing another in Feb");
        Post plunge = say(11, "08:00", ksChat, ravi, "question for the regulars: how long do you stay in the plunge? "
                + "I've been doing 30 seconds");
        re(11, "08:20", saoirse, plunge, "I do 2 min max, but listen to your body, the first weeks 30s is plenty");
        re(11, "08:22", mehmet, plunge, "same, and never alone");
        say(12, "17:00", ksNews, tomasz, "Heads up: no sessions Mon 31st, we're relining the big stove");
        Post sunday = say(13, "09:00", ksDip, saoirse, "7am Sunday swim, water 5 degrees. back to health");
        re(13, "09:30", kemi, sunday, "I'll be there");

        Post valentines = say(15, "09:00", ksNews, astrid, "Valentine's week: private sauna for two, 90 min, "
                + "prosecco in the cold bucket, £55. Book now https://kettlelakesauna.example/valentines");
        Post hen = re(15, "12:30", kemi, valentines, "@Astrid Solberg we hired the trailer sauna for my sister's hen "
                + "do in December and the stove door wouldn't latch, we lost about an hour of heat. Is there any "
                + "chance of a free session to make up for it, or a part refund?");
        Post benches = say(15, "15:00", ksChat, astrid, "new benches going in this week, the cedar smells unreal");
        re(15, "15:20", saoirse, benches, "can't wait");
        Post student = say(16, "08:00", ksBook, mehmet, "do you do a student discount? asking for my nephew");
        re(16, "08:40", tomasz, student, "Hi Mehmet, yes, 20% off weekday sessions with a student card, just show it "
                + "at the hut");
        Post twoMin = say(16, "09:00", ksChat, ravi, "2 minutes in the plunge today!!");
        re(16, "09:15", astrid, twoMin, "👏 told you it gets easier");
        say(17, "18:00", ksNews, astrid, "Two Valentine's slots left on the 14th, everything else has gone "
                + "https://kettlelakesauna.example/valentines");
        Post thurs = say(17, "18:30", ksDip, kemi, "jetty Thursday 7? anyone");
        re(17, "18:50", saoirse, thurs, "yes");
        re(18, "10:00", kemi, hen, "@Astrid Solberg just bumping this, did you see it?");
        Post relined = say(18, "16:00", ksChat, astrid, "relining done, stove is drawing beautifully. thanks for your "
                + "patience everyone");
        re(18, "16:10", mehmet, relined, "🔥");
        Post march = say(19, "12:00", ksBook, lotte, "Hi @Tomasz Wojcik, my sisters are in, can we take 18 March, "
                + "7pm?");
        Post yours = re(19, "12:30", tomasz, march, "Hi Lotte, 18 March 7pm is yours, confirmation email on its way");
        re(19, "12:40", lotte, yours, "amazing, thank you!");
        Post cover = say(20, "10:00", ksChat, jari, "storm took a branch through my tub cover last night 🙃 anyone "
                + "know a good canvas repair place?");
        Post sail = re(20, "10:30", ravi, cover, "the sailmakers by the marina do covers, they did my boat's");
        re(20, "11:00", jari, sail, "ooh good shout, cheers Ravi");
        say(21, "17:00", ksNews, tomasz, "Feb timetable is up: https://kettlelakesauna.example/book");
    }

    private void fossils() {
        say(1, "08:00", blTides, ines, "tides this week: low 07:40 Mon, getting later each day, big spring low Sat "
                + "11:05. table https://tides.example/charmouth");
        say(1, "13:00", blFinds, gwilym, "Charmouth east: 3 belemnites, a crinoid stem, and a nice little "
                + "Promicroceras in a nodule");
        say(1, "15:00", blFinds, delphine, "Monmouth beach: one pyrite ammonite, rubbish weather");
        say(2, "12:30", blFinds, gwilym, "Seatown: nothing but a gryphaea and sore knees");
        Post table = say(2, "18:00", blFire, tunde, "anyone else's kitchen table permanently covered in nodules or is "
                + "it just me");
        re(2, "18:10", gwilym, table, "my wife has banned them from the kitchen. they live in the shed now");
        re(2, "18:20", owain, table, "haha same. the airing cupboard is full of drying matrix");
        say(3, "09:00", blTides, ines, "cliff fall at Black Ven overnight, stay well clear of the mudflow today. lows "
                + "this week still here https://tides.example/charmouth");
        say(3, "11:00", blFire, gwilym, "Black Ven looks like the moon this morning");
        say(3, "14:00", blFinds, gwilym, "Charmouth: Dactylioceras fragment, 2 belemnites");
        say(3, "16:00", blFinds, owain, "Lyme: a perfect little crinoid ossicle, tiny star 😍");
        say(4, "13:30", blFinds, gwilym, "after the fall: 4 pyritised ammonites on the mudflow edge. stayed clear of "
                + "the slumps");
        Post pyrite = say(4, "14:00", blFire, priya, "how do you all store pyrite ones so they don't rot?");
        Post gel = re(4, "14:20", owain, pyrite, "sealed box with silica gel sachets, swapped monthly. and don't wash "
                + "them");
        re(4, "14:30", priya, gel, "ah that's where I went wrong 🙈");
        say(5, "12:00", blFinds, gwilym, "Charmouth west: a big Asteroceras, half of one anyway");
        Post ichthy = say(5, "15:00", blFinds, tunde, "first ever ichthyosaur vertebra!!! Monmouth beach");
        re(5, "15:10", delphine, ichthy, "WOW Tunde 🎉");
        re(5, "15:15", gwilym, ichthy, "get in, lovely one");
        say(6, "07:30", blTides, ines, "big spring low today 11:05, see you on the ledges. table "
                + "https://tides.example/charmouth");
        say(6, "13:00", blFinds, gwilym, "spring tide day on the Charmouth ledges: 2 ammonites and a shark tooth");
        say(6, "16:00", blFinds, ines, "spring tide ledges, a shiny Promicroceras block");
        say(7, "11:00", blFinds, gwilym, "quiet one, couple of belemnites");
        say(7, "19:00", blFire, gwilym, "shed's officially full. need more shelves");

        Post q1 = say(8, "10:00", blId, bartek, "found this at Charmouth yesterday, is it an ammonite or just a weird "
                + "stone?");
        Post a1 = re(8, "10:30", priya, q1, "ammonite! looks like a Promicroceras, you can just see the ribs on the "
                + "left side. nice first find");
        re(8, "10:40", bartek, a1, "amazing thank you!!");
        say(8, "14:00", blFinds, gwilym, "Seatown: a Xipheroceras chunk");
        Post q2 = say(9, "17:00", blId, bartek, "and this one? long and pointy, bit see-through at the end");
        Post a2 = re(9, "17:20", owain, q2, "belemnite, the guard of one. the see-through bit is calcite, totally "
                + "normal");
        re(9, "17:30", bartek, a2, "ahh thanks");
        say(9, "14:00", blFinds, delphine, "Charmouth ledges, a sliver of fish scale");
        Post q3 = say(10, "19:00", blId, bartek, "sorry, another! flat spiral, gold coloured");
        Post a3 = re(10, "19:30", priya, q3, "pyritised Promicroceras again, they're common on that bit of beach. keep "
                + "it dry or it'll rot (silica gel box)");
        re(10, "19:40", priya, q3, "@Bartek Nowicki which bit of beach were these from, east of the river mouth or "
                + "west? I'm making a map of where the little ones turn up for a beginners' guide");
        re(10, "19:55", bartek, a3, "thank you!! 🙏");
        Post q4 = say(11, "12:00", blId, bartek, "last one I promise, ridged shell thing about 3cm");
        Post a4 = re(11, "12:40", delphine, q4, "that's a Gryphaea, the 'devil's toenail'. lovely one");
        re(11, "12:50", bartek, a4, "haha love that name, thank you");
        Post haul = say(12, "16:00", blFinds, bartek, "Charmouth again: 2 belemnites and another gold ammonite!! "
                + "getting the hang of this");
        re(12, "16:20", tunde, haul, "nice haul!");
        say(12, "18:00", blTides, ines, "next week's tides https://tides.example/charmouth, springs on Wednesday");
        Post guide = say(13, "10:00", blFire, priya, "beginners' guide draft is nearly done, just need a few more "
                + "spots for the map. anyone who's found Promicroceras lately, tell me where 🙏");
        Post west = re(13, "10:30", ines, guide, "west of the river, just below the café steps, low tide");
        re(13, "10:35", priya, west, "perfect, thanks Ines");
        say(14, "11:00", blFire, bartek, "bought a proper hammer and goggles today, I'm hooked");

        Post slump = say(15, "09:00", blTides, ines, "storm Sunday night, Black Ven has slumped again, please don't "
                + "go under it");
        re(15, "09:20", owain, slump, "thanks for keeping an eye Ines");
        Post plate = say(16, "15:00", blFinds, owain, "Monmouth: a whole Coroniceras the size of a dinner plate, stuck "
                + "in the ledge, left it for the museum team");
        re(16, "15:30", priya, plate, "good call, photo it for the record");
        Post bone = say(17, "20:00", blId, tunde, "is this a bone or a weird pebble? brown, spongy texture on the "
                + "broken end");
        Post rib = re(17, "20:20", owain, bone, "spongy inside = bone, probably a bit of ichthyosaur rib. worth "
                + "showing the heritage centre");
        re(17, "20:30", tunde, rib, "!!! taking it in Saturday");
        Post done = say(18, "12:00", blFire, priya, "beginners' guide is done and pinned in here, thank you everyone "
                + "who told me spots");
        re(18, "12:30", delphine, done, "brilliant, sharing with my nephew");
        say(19, "16:00", blFinds, gwilym, "Charmouth after the storm: 6 pyrite ammonites");
        Post clean = say(20, "10:00", blFire, delphine, "beach clean Sunday 10am at the Charmouth car park, bags "
                + "provided, bring gloves");
        re(20, "10:10", tunde, clean, "I'll come");
    }

    private void comedy() {
        say(1, "10:00", omGigs, marlon, "The Cellar open mic, every Wednesday 8pm, 10 spots, free. sign-up form: "
                + "https://forms.example/cellar-mic");
        Post died = say(1, "12:00", omGreen, gus, "died on my arse at the Fox last night. 14 people, 12 of them on "
                + "their phones");
        re(1, "12:15", niamh, died, "the Fox is a graveyard on Sundays, not you");
        re(1, "12:30", arjun, died, "14 is a good crowd for the Fox tbh 😂");
        Post landlord = say(2, "20:00", omNotes, ruth, "new 5 about my landlord, first time doing it out loud. would "
                + "love honest notes, be brutal https://vidshare.example/v/ruth-landlord");
        Post beat = re(2, "20:40", declan, landlord, "the boiler callback is great, you rushed the first line though. "
                + "give 'my landlord is a poet' a full beat before you go on");
        re(2, "21:00", niamh, landlord, "the tag about the deposit got the biggest laugh, maybe move it to the end?");
        re(2, "21:20", ruth, beat, "oh that's a good point, I always rush when I'm nervous. thank you both");
        say(3, "16:00", omGigs, marlon, "2 spots left for tonight at The Cellar, form's here "
                + "https://forms.example/cellar-mic");
        Post hiya = say(4, "11:00", omHello, tiffany, "hiya! I'm Tiff, 3 open mics in, terrified and loving it. I put "
                + "clips on insta @tiff.laughs if anyone fancies a look 😄");
        re(4, "11:20", marlon, hiya, "welcome Tiff! come do The Cellar, it's a kind room");
        re(4, "11:30", gus, hiya, "welcome 👋");
        Post opener = say(4, "19:00", omNotes, arjun, "opener I'm stuck on: 'I'm a dentist's son so I have trust "
                + "issues with anyone who says this won't hurt'. gets a smile not a laugh. thoughts?");
        re(4, "19:30", ruth, opener, "maybe cut it down? 'dentist's son. trust issues with anyone who says this "
                + "won't hurt' feels punchier");
        Post last = re(4, "19:40", declan, opener, "agree, and end on 'hurt'. the laugh word goes last");
        re(4, "19:50", arjun, last, "ah that's it. thanks both, trying it Weds");
        say(5, "23:30", omGreen, niamh, "the Laughter Barn showcase is taking applications till the 5th, 5 min tape "
                + "needed");
        say(6, "12:00", omGreen, arjun, "the dentist line at the Cellar went 🔥 thanks all");

        say(8, "10:00", omGigs, marlon, "The Cellar this Wednesday, form open https://forms.example/cellar-mic");
        say(9, "11:00", omGreen, declan, "Stand-Up Bootcamp is back! my 6-week course starts 14 Feb, Tuesdays 7pm, "
                + "£120, early bird £95 till Friday: https://declanfrost.example/bootcamp");
        say(9, "11:30", omGreen, tiffany, "could everyone follow my tiktok please 🙏 trying to get to 1k before I "
                + "apply for the Laughter Barn https://tiktok.example/@tiff.laughs");
        Post tokens = say(9, "12:00", omGreen, gus, "does anyone know if the Fox pay the headliner slots now or is it "
                + "still beer tokens");
        re(9, "12:20", niamh, tokens, "beer tokens, but two of them now, inflation");
        say(10, "18:00", omNotes, declan, "if anyone's struggling with tags, that's week 3 of my bootcamp. early "
                + "bird ends Friday https://declanfrost.example/bootcamp");
        Post nan = say(10, "20:00", omNotes, gus, "new closer about my nan's funeral. too dark? "
                + "https://vidshare.example/v/gus-nan");
        Post trim = re(10, "20:30", ruth, nan, "not too dark, the ham sandwich bit lands because you clearly loved "
                + "her. maybe lose the last 20 seconds");
        re(10, "20:40", gus, trim, "cheers Ruth, will trim it");
        say(11, "09:00", omNotes, tiffany, "pls follow me on tiktok, every follow helps!! "
                + "https://tiktok.example/@tiff.laughs");
        say(11, "13:00", omGreen, arjun, "Marlon, is the Cellar mic still on next week? heard the landlord's selling "
                + "up");
        Post stillOn = say(11, "13:25", omGreen, marlon, "still on till at least March, the new owners are keeping "
                + "us");
        re(11, "13:30", arjun, stillOn, "phew");
        say(12, "10:00", omGigs, declan, "last day of early bird for my bootcamp! £95, 6 places left "
                + "https://declanfrost.example/bootcamp");
        Post level = say(12, "10:30", omGreen, niamh, "@Declan Frost is the bootcamp any good for people who've been "
                + "gigging a year, or is it more for total beginners?");
        re(12, "11:00", declan, level, "good question, it's mixed, but weeks 4-6 are about building a tight 10, so a "
                + "year in is perfect timing");
        Post paid = say(13, "22:00", omGreen, ruth, "first paid spot tonight!! £20 and a curry");
        re(13, "22:10", gus, paid, "PROFESSIONAL 🎉");
        re(13, "22:15", declan, paid, "the curry is the real fee. congrats Ruth");

        say(15, "10:00", omGigs, marlon, "The Cellar Weds, form's open https://forms.example/cellar-mic");
        Post paddy = say(15, "18:00", omNotes, niamh, "working on a bit about being the only Irish person in my office "
                + "on Paddy's day. can't find the ending. would love notes https://vidshare.example/v/niamh-paddy");
        Post hat = re(15, "18:40", declan, paddy, "the ending's already there: the manager in the green hat. call it "
                + "back at the end");
        re(15, "18:45", ruth, paddy, "yes the hat!!");
        re(15, "19:00", niamh, hat, "oh my god you're right. thank you");
        Post live = say(16, "12:00", omGreen, tiffany, "did my first tiktok live from the Cellar last week, 300 "
                + "people watched 😍");
        re(16, "12:10", gus, live, "nice one!");
        Post best = say(17, "21:00", omGreen, gus, "Cellar tonight was the best one yet, Marlon you're a saint");
        re(17, "21:10", marlon, best, "it was a special one. thanks for closing it Gus");
        Post actOut = say(18, "10:00", omNotes, tiffany, "new 3 mins, first try at an act-out. be honest "
                + "https://vidshare.example/v/tiff-mum");
        Post voice = re(18, "10:30", ruth, actOut, "the mum voice is perfect, do more of it! maybe cut the setup to "
                + "one line");
        re(18, "10:40", tiffany, voice, "ahh thank you Ruth, will do!");
        Post five = say(19, "14:00", omNotes, arjun, "anyone know how long a 'tight five' actually is in practice? "
                + "mine keeps running 6:30");
        Post anyway = re(19, "14:20", tiffany, five, "I had that, timing it on my phone and cutting every 'so anyway' "
                + "got mine from 6 to 5");
        re(19, "14:30", arjun, anyway, "ha I say 'so anyway' constantly. ty");
    }

    private void homeEd() {
        Post museum = say(1, "09:30", heTrips, rhiannon, "Museum of Natural History trip Thu 3 Feb, 10:30, home-ed "
                + "group rate. add your names so I can book enough tickets https://forms.example/museum-feb");
        re(1, "10:00", hannah, museum, "added us, 1 adult 2 kids");
        say(2, "08:00", heTutors, aurelio, "2 Thursday afternoon slots free from February: GCSE/IGCSE maths, online, "
                + "£38/hr. details https://mendesmaths.example");
        Post phonics = say(2, "14:00", heChat, fatima, "what are people using for reading with a 6yo who hates "
                + "phonics books?");
        Post comics = re(2, "14:30", greer, phonics, "we ditched them and did comics and recipe cards, anything with "
                + "a reason to read. took the pressure right off");
        re(2, "14:45", fatima, comics, "recipe cards!! she'd love that, thank you");
        Post intro = say(3, "19:00", heIntro, olumide, "Hi all, I'm Olumide, dad to Tayo (10) and Simi (7). we left "
                + "school at Christmas and it's been a ride. I write about it at "
                + "https://kitchentablelearning.example if anyone's curious");
        Post welcome = re(3, "19:20", beatriz, intro, "Welcome Olumide! @Rhiannon Clarke wrote a really good guide to "
                + "the deregistration letter and the first LA visit, it's pinned in curriculum-chat");
        re(3, "19:30", olumide, welcome, "amazing, thank you, that's exactly what I was dreading");
        re(3, "19:40", rhiannon, intro, "welcome! shout if the LA letter is confusing, it's less scary than it looks");
        Post yeast = say(4, "10:00", heChat, tobias, "anyone tried the kitchen-science elephant toothpaste with yeast "
                + "instead of potassium iodide? worth it?");
        re(4, "10:20", hannah, yeast, "yes! slower but safer for little ones, mine were screaming with joy");
        Post lego = say(4, "15:00", heTrips, fatima, "anyone doing the library's Lego club on Fridays? wondering if "
                + "it's worth the drive");
        Post parking = re(4, "15:30", olumide, lego, "we went last week, Tayo loved it, the parking's awful though");
        re(4, "15:40", fatima, parking, "ha noted, thank you");
        Post page = say(5, "11:00", heChat, greer, "made a free nature journal page for the birdwatch weekend, it's "
                + "pinned in here for anyone");
        re(5, "11:30", fatima, page, "love it, printing now");
        Post park = say(6, "15:00", heTrips, beatriz, "park day Sunday 11am at the bandstand, weather permitting");
        re(6, "15:20", olumide, park, "we'll come!");

        Post places = say(8, "09:00", heTrips, rhiannon, "museum trip: 6 places left, names in the sheet "
                + "https://forms.example/museum-feb");
        re(8, "09:20", olumide, places, "added Tayo and Simi");
        say(9, "08:00", heTutors, aurelio, "one Thursday slot left from Feb, GCSE maths £38/hr "
                + "https://mendesmaths.example");
        say(9, "13:00", heChat, hannah, "@Aurelio Mendes you tutored our Felix for GCSE maths last year (he got a "
                + "7!!). do you take younger ones too? his sister Maja is 12 and stuck on fractions, would love to "
                + "book her in");
        Post tables = say(10, "10:00", heChat, tobias, "does anyone have a times-tables thing that isn't an app? mine's "
                + "screen-fried");
        Post cards = re(10, "10:30", aurelio, tables, "a deck of cards! flip two, multiply, winner keeps them. my "
                + "students still ask for it");
        re(10, "10:40", tobias, cards, "genius, thank you");
        Post birds = say(11, "13:00", heChat, olumide, "@Greer MacLeod you mentioned your nature journal pages, do you "
                + "do a bigger set? Simi is obsessed with birds now, where would I get them?");
        Post set = re(11, "13:30", greer, birds, "oh that's lovely to hear! the full bird set is here "
                + "https://greerprints.example/nature-journal, £6 for 20 pages, printable. the free one's on the "
                + "same page too");
        re(11, "13:40", olumide, set, "bought, thank you!");
        Post lunch = say(11, "19:00", heTrips, aurelio, "will the museum trip have a lunch space? I might come with "
                + "my nephew");
        re(11, "19:15", rhiannon, lunch, "yes, the schools lunchroom is booked 12-1");
        say(12, "09:00", heTutors, aurelio, "Thursday slot is gone, thank you all. waiting list open "
                + "https://mendesmaths.example");
        say(12, "17:00", heChat, hannah, "@Aurelio Mendes sorry to chase, just wondering about Maja? happy to wait "
                + "till a slot opens");
        Post ball = say(13, "10:00", heTrips, beatriz, "park day tomorrow 11am, bring a ball");
        re(13, "10:10", fatima, ball, "see you there");

        Post la = say(15, "09:00", heChat, rhiannon, "LA visit went fine!! they loved the project folder. told you "
                + "it's less scary 😄");
        re(15, "09:20", olumide, la, "ours is next month, this helps");
        say(16, "10:00", heTutors, tobias, "GCSE chemistry, 1 Monday slot free from March, £35/hr online, details "
                + "https://brandtscience.example");
        Post exams = say(17, "20:00", heChat, fatima, "what do people do about exams for home-ed kids? the private "
                + "candidate stuff confuses me");
        Post centre = re(17, "20:30", tobias, exams, "you book as a private candidate at an exam centre, fees vary "
                + "loads, £150-£250 a subject. start asking centres the autumn before");
        re(17, "20:35", fatima, centre, "ohh thank you, that's so much clearer");
        Post roman = say(16, "14:00", heChat, greer, "anyone else's kids suddenly into Roman numerals? mine are "
                + "numbering the stairs");
        re(16, "14:20", hannah, roman, "Maja wrote the shopping list in them. I cannot read it");
        Post meteorite = say(18, "13:00", heTrips, rhiannon, "museum trip was a triumph, the kids held a real "
                + "meteorite");
        re(18, "13:10", hannah, meteorite, "Maja hasn't stopped talking about it");
        re(18, "13:30", aurelio, meteorite, "my nephew too, thanks for organising Rhiannon");
        Post swim = say(19, "10:00", heTrips, beatriz, "swimming block at the leisure centre starts 7 March, home-ed "
                + "rate, ask at the desk");
        re(19, "10:20", fatima, swim, "perfect timing, thank you");
        Post saanviHi = say(20, "11:00", heIntro, saanvi, "Hello! Saanvi here, mum of one (9), we just moved to the "
                + "area from Leicester 👋");
        Post sundays = re(20, "11:20", beatriz, saanviHi, "welcome Saanvi! park day is most Sundays at the bandstand, "
                + "come along");
        re(20, "11:30", saanvi, sundays, "lovely, we will!");
    }

    private void aerial() {
        Post insurance = say(1, "10:00", apShop, brandon, "anyone else's studio insurance jumped this year? mine's "
                + "up 40%");
        Post broker = re(1, "10:30", naomi, insurance, "up 25% here, the broker said aerial is 'high risk' now, as if "
                + "it wasn't before");
        re(1, "10:45", brandon, broker, "grim. cheers");
        Post hoop = say(2, "18:00", apAsk, jonas, "anyone teach beginner hoop on weekends in Cardiff?");
        Post saturday = re(2, "18:30", chiara, hoop, "I do! Saturday 10am beginners' hoop in Canton, £14 drop-in, no "
                + "experience needed. timetable https://chiaraaerial.example/timetable");
        re(2, "18:45", jonas, saturday, "perfect, see you Saturday!");
        Post beam = say(3, "20:00", apRig, dev, "who do you use for annual beam inspections? new studio, landlord "
                + "wants paperwork");
        Post guides = re(3, "20:30", naomi, beam, "a structural engineer for the beam itself, not a rigger. these "
                + "helped me: https://rigsafe.example/beam-guide https://rigsafe.example/load-ratings "
                + "https://aerialassoc.example/inspection-checklist https://aerialassoc.example/insurers-letter");
        re(3, "20:45", dev, guides, "this is gold, thank you Naomi");
        Post leeds = say(4, "12:00", apCover, siobhan, "cover needed Thu 3rd, 6pm intermediate silks in Leeds. paid "
                + "at studio rate");
        Post bradford = re(4, "12:40", dev, leeds, "I can do it if you're stuck, I'm in Bradford");
        re(4, "12:50", siobhan, bradford, "you're a star, DMing details");
        Post warmup = say(5, "09:00", apShop, paloma, "what's everyone's warm-up for a 9am class? mine are all stiff "
                + "as boards");
        Post skip = re(5, "09:30", chiara, warmup, "5 min of skipping then shoulder circles, then hangs. music loud");
        re(5, "09:40", paloma, skip, "loud music, noted 😂");

        Post clients = say(8, "09:00", apShop, paloma, "honestly I need more private clients, my Tuesday and Thursday "
                + "afternoons have been empty since New Year. how are you all filling daytimes?");
        Post mums = re(8, "09:30", chiara, clients, "I do a mums-after-drop-off class, 10am, fills itself");
        Post kids = re(8, "09:40", paloma, mums, "oh that's clever. do you let kids in the room?");
        Post metal = re(8, "09:50", chiara, kids, "no kids, too much swinging metal");
        re(8, "10:00", paloma, metal, "fair");
        Post straddle = say(9, "14:00", apShop, siobhan, "how do you cue the straddle back for people who panic "
                + "upside down?");
        Post knees = re(9, "14:20", paloma, straddle, "I get them to look at their knees the whole time, the panic is "
                + "mostly from looking at the floor");
        re(9, "14:30", siobhan, knees, "trying that tonight, thank you");
        Post leilaAsk = say(10, "16:00", apAsk, leila, "does anyone do private silks lessons in Bristol? I'm 40, a "
                + "total beginner and a bit nervous about a big class. weekday afternoons would be ideal");
        Post booking = say(10, "18:00", apShop, paloma, "anyone using a booking system that doesn't take 5% of "
                + "everything?");
        Post flat = re(10, "18:20", dev, booking, "I moved to a flat monthly one, £15, fine for 40 clients");
        Post which = re(10, "18:30", paloma, flat, "which one? mine's eating me alive");
        Post dmName = re(10, "18:45", dev, which, "I'll DM you the name, don't want to advertise it in here lol");
        re(10, "18:50", paloma, dmName, "ha ty");
        Post click = say(11, "11:00", apRig, paloma, "swivel on my spanset is making a clicking noise, bin it or get "
                + "it checked?");
        Post bin = re(11, "11:15", naomi, click, "bin it. a clicking swivel gets retired, not worth the risk");
        re(11, "11:20", paloma, bin, "binning it, thank you");
        Post grip = say(11, "16:00", apAsk, jonas, "what grip exercises can I do at home between classes? no bar");
        Post towel = re(11, "16:30", naomi, grip, "towel hangs off a door (a sturdy one!), and farmer's carries with "
                + "shopping bags");
        re(11, "16:40", jonas, towel, "ha, farmer's carries with the big shop. love it");
        Post raise = say(12, "19:00", apShop, paloma, "thinking of raising privates to £45 from £40. too much?");
        Post cheap = re(12, "19:20", siobhan, raise, "£45 is cheap tbh, I'm at £50 in Leeds");
        re(12, "19:30", paloma, cheap, "ok you've convinced me");
        say(13, "12:00", apCover, chiara, "studio in Canton free Sunday afternoons for hire, 2 rigging points, "
                + "£20/hr");

        Post still = re(15, "10:00", leila, leilaAsk, "still looking for a Bristol teacher if anyone knows someone 🙏");
        Post bristol = say(15, "12:00", apShop, chiara, "@Paloma Reyes you're Bristol aren't you? someone in "
                + "ask-an-instructor is after afternoon privates");
        re(15, "12:20", paloma, bristol, "oh no, I totally missed that! going now");
        Post taster = re(15, "12:30", paloma, still, "Hi Leila! I'm in Bristol, I do privates Tuesday and Thursday "
                + "afternoons, £45 an hour, and the first 30 min taster is free so you can see if you like it. "
                + "happy to chat first if you're nervous");
        Post thursday = re(15, "12:45", leila, taster, "oh amazing, yes please! Thursday?");
        re(15, "12:50", paloma, thursday, "Thursday 2pm it is, I'll DM you the address");
        say(17, "09:00", apRig, brandon, "https://rigsupply.example/swivels new rescue-8s and rotators in, 20% off "
                + "this week");
        Post faint = say(18, "20:00", apShop, naomi, "anyone else had a student faint upside down? first time in 8 "
                + "years, she's fine but I'm shaking");
        re(18, "20:10", siobhan, faint, "happened to me once, you did everything right by the sound of it. sit down, "
                + "have a tea");
        re(18, "20:20", paloma, faint, "sending a hug. that's scary");
        Post climbed = say(19, "15:00", apAsk, leila, "first private done!! I can climb (a bit) 😄 thank you "
                + "@Paloma Reyes");
        re(19, "15:30", paloma, climbed, "you were brilliant Leila, see you Thursday");
    }

    private void wallers() {
        Post biggest = say(1, "08:00", dsChat, hamish, "I finished my biggest job yet on Friday, 140 metres of "
                + "Galloway dyke for the estate. I did it in 9 weeks on my own, I reckon that's a record for me. my "
                + "back is wrecked but I'm proud of it");
        Post serious = re(1, "08:30", aled, biggest, "140m solo is serious going, well done");
        re(1, "08:45", hamish, serious, "cheers. I'll put photos in wall-of-the-week. I was up at 5 most days, I "
                + "don't think I've ever worked that hard");
        say(2, "17:00", dsChat, hamish, "My master craftsman assessment is booked for May. I've been practising my "
                + "batters every evening and I think my coping is the best it's been. my examiner is the one who "
                + "failed me in 2019 so I'm keen to show him");
        Post frozen = say(2, "07:30", dsChat, aled, "-4 this morning, stone frozen to the ground. coffee and "
                + "paperwork day");
        re(2, "07:45", ffion, frozen, "same here, snow on the tops");
        Post slate = say(3, "12:00", dsChat, ffion, "anyone know a quarry still selling Welsh through-stones? my "
                + "usual has shut");
        Post penrhos = re(3, "12:30", aled, slate, "Penrhos still do them, pricey though");
        re(3, "12:40", ffion, penrhos, "ta Aled");
        say(3, "13:00", dsChat, hamish, "I've got 3 tonnes of through-stones left over from my estate job. I was "
                + "going to use them for my own garden wall but my wife wants a patio now, so I'm not sure what I'll "
                + "do with them");
        Post judge = say(4, "18:00", dsChat, hamish, "I got asked to judge at the county show this year. I said yes "
                + "obviously. my first time judging and I'm quite chuffed, I've entered it every year since I was 20 "
                + "and I won it twice");
        re(4, "18:20", ewan, judge, "nice one Hamish");
        say(5, "09:00", dsWall, hamish, "my estate dyke, the bit by the burn. happiest with the cope on this stretch");
        say(5, "09:30", dsWall, ffion, "cheek end on a sheepfold in Nant Gwynant, wet week");
        say(5, "10:00", dsWall, aled, "a field gap rebuilt, stile left in");
        Post lane = say(6, "10:00", dsAsk, gordon, "we've got about 20m of wall down along the lane after the frost, "
                + "could anyone come and look at it? near Hawes");
        Post heave = re(6, "10:40", ewan, lane, "I'm over Hawes way most weeks. sounds like frost heave, I'd need to "
                + "see it, but roughly £90-£120 a metre for a rebuild at lane height. happy to come Tuesday");
        re(6, "11:00", gordon, heave, "Tuesday's great, thank you");
        say(7, "19:00", dsChat, hamish, "I've decided I'm putting my prices up in March. I think my work is worth "
                + "more than I've been charging and my diary's full anyway");

        Post level1 = say(8, "08:00", dsCerts, kasia, "passed my Level 1!! the examiner said my hearting was 'tidy' "
                + "which I'm taking as a compliment");
        re(8, "08:20", ffion, level1, "tidy is high praise from them 😄 congrats Kasia");
        re(8, "08:30", aled, level1, "well done!");
        say(9, "10:00", dsChat, ewan, "that lane wall near Hawes is frost heave and a tree root, doing it next month");
        say(9, "20:00", dsAsk, bryony, "@Ffion Pritchard just wanted to say the wall you built for us in the autumn "
                + "came through the storm without losing a single stone. the neighbours are very jealous");
        Post prices = say(10, "12:00", dsChat, ffion, "stone up again at Penrhos, £95 a tonne now");
        re(10, "12:20", aled, prices, "daylight robbery");
        re(10, "12:30", hamish, prices, "I pay £80 for mine but I've been going there 15 years");
        Post batter = say(11, "14:00", dsCerts, kasia, "what should I work on for Level 2? I keep getting told my "
                + "batter drifts");
        Post frame = re(11, "14:30", ffion, batter, "make a batter frame and use it every day till it's boring, then "
                + "keep using it");
        re(11, "14:40", hamish, batter, "I used a frame for years, I still do on big jobs");
        re(11, "14:50", kasia, frame, "making one tonight, thank you!");
        say(12, "09:00", dsWall, ewan, "retaining wall for a holiday let, Skye stone, lovely stuff");
        say(12, "09:30", dsWall, ffion, "a curved garden wall, first one I've done");
        say(12, "10:00", dsWall, hamish, "county show practice piece, coping came out well");

        Post college = say(13, "11:00", dsCerts, aled, "the college is running a beginners' training day on 26 Feb, "
                + "anyone fancy helping supervise?");
        re(13, "11:30", ewan, college, "I can do the morning");
        Post skye = say(15, "07:00", dsChat, ewan, "off to a job on Skye, no signal till Thursday. behave");
        re(15, "07:10", aled, skye, "safe travels");
        Post fold = say(16, "10:00", dsAsk, fenella, "@Ewan Mackay you rebuilt our sheepfold in 2025 and it's been "
                + "grand, but the corner cope stones came off in the storm. could you come back and have a look? "
                + "happy to pay of course");
        Post quick = say(16, "11:00", dsChat, ffion, "anyone else getting enquiries for 'quick repairs' that are "
                + "really full rebuilds?");
        re(16, "11:20", aled, quick, "every week. 'it's just a few stones' = 12 metres");
        Post mortar = say(17, "13:00", dsAsk, gordon, "what's the difference between a dry stone wall and one with "
                + "mortar, for a garden? my wife wants one, I want it to last");
        Post flexes = re(17, "13:40", ffion, mortar, "a dry wall flexes with the frost and can be mended stone by "
                + "stone, mortared ones crack and need rebuilding. done right, dry lasts a century");
        re(17, "14:00", gordon, flexes, "sold. thank you Ffion");
        Post back = re(18, "18:30", ewan, fold, "Fenella so sorry, only just back from Skye and seen this! yes of "
                + "course, I can come Monday morning if that suits?");
        re(18, "19:00", fenella, back, "Monday's perfect, thank you Ewan");
        Post booked = say(19, "09:00", dsCerts, kasia, "Level 2 booked for April 😬");
        re(19, "09:10", hamish, booked, "you'll be grand. I passed mine first time");
        re(19, "09:20", ffion, booked, "you'll fly through it Kasia");
        Post snowWall = say(20, "10:00", dsWall, aled, "field wall in the snow, all that's showing is the cope");
        re(20, "10:30", kasia, snowWall, "love this one");
        say(21, "18:00", dsChat, ffion, "frost is back next week, covering my stone piles tonight");
    }

    private void divers() {
        Post stoney = say(1, "09:00", sdTrips, maureen, "Stoney Cove club day Sat 29th, 12 places, add yourself so I "
                + "can book the air fills https://sheets.example/saltmarsh-stoney");
        re(1, "09:30", sven, stoney, "in!");
        re(1, "10:00", oksana, stoney, "me + my buddy");
        say(2, "18:00", sdChat, reza, "Red Sea liveaboard on my boat, 12-19 May, £1,450 all in with flights from "
                + "Gatwick, 4 cabins left. book here: https://farahanidive.example/red-sea-may");
        say(2, "18:04", sdTrips, reza, "4 cabins left on the May Red Sea liveaboard, £1,450 all in "
                + "https://farahanidive.example/red-sea-may");
        say(2, "18:07", sdKit, reza, "if anyone's buying kit for a big trip 👀 my May liveaboard still has cabins "
                + "https://farahanidive.example/red-sea-may");
        say(2, "19:00", sdChat, dougie, "did anyone get the pool slot changed to Thursdays in the end?");
        say(2, "19:10", sdChat, maureen, "yes, Thursdays 8pm from February");
        say(3, "12:00", sdPhotos, colette, "Capernwray, a pike in the weeds, 8m");
        say(3, "13:00", sdPhotos, sven, "Swanage pier, tompot blenny pulling faces");
        say(3, "18:00", sdKit, dougie, "selling my old reg set, serviced in November, £180 ono, collection Poole");
        Post walkIns = say(4, "20:00", sdChat, oksana, "anyone know if the hyperbaric unit at Poole still does walk-in "
                + "fitness-to-dive checks?");
        Post referral = re(4, "20:30", reza, walkIns, "no, you need a referral from a dive doctor now. the UK register "
                + "has a list of them");
        re(4, "20:35", oksana, referral, "thanks Reza");
        say(5, "19:00", sdPhotos, dougie, "Kimmeridge ledges, snakelocks anemones everywhere");
        say(6, "10:00", sdTrips, sven, "@Maureen Tierney is the Saturday pool session still on with the storm "
                + "warning?");
        Post indoors = say(6, "10:30", sdTrips, maureen, "yes, it's indoors Sven! 8am, usual lane");
        re(6, "10:35", sven, indoors, "ha, fair point");

        say(8, "09:00", sdTrips, maureen, "Stoney Cove Saturday: 3 places left, sheet here "
                + "https://sheets.example/saltmarsh-stoney");
        Post drysuit = say(8, "10:00", sdChat, colette, "first dry suit dive next week, any tips so I don't end up "
                + "feet-up?");
        Post ankle = re(8, "10:30", sven, drysuit, "get your weights right in the pool first and keep your feet "
                + "slightly down. ankle weights if you've got floaty feet");
        re(8, "10:40", oksana, drysuit, "and don't overinflate the suit, use the wing for buoyancy");
        re(8, "10:45", colette, ankle, "ankle weights! of course. thank you both");
        Post wtb = say(9, "18:00", sdKit, colette, "WTB a 5mm wetsuit, women's M, for spring. budget about £80");
        Post exRental = re(9, "18:30", reza, wtb, "I've got an ex-rental one, women's M, 5mm, good nick, £65, can "
                + "bring it to Thursday pool");
        re(9, "18:40", colette, exRental, "yes please!");
        say(10, "20:00", sdPhotos, oksana, "Stoney, the old Viscount at 18m, vis was amazing");
        Post chaos = say(11, "21:00", sdChat, dougie, "pool tonight was chaos, 3 lost fins, 1 lost mask, 0 lost "
                + "divers");
        re(11, "21:10", maureen, chaos, "a good night by club standards");
        Post seal = say(12, "12:00", sdChat, reza, "did anyone see the seal at Swanage on Sunday?");
        re(12, "12:20", sven, seal, "yes! it nicked my buddy's fin strap");
        say(12, "15:00", sdPhotos, yannick, "Swanage pier, spider crab under the ledge");
        Post firstDry = say(13, "16:00", sdPhotos, colette, "Stoney day! first dry suit dive, no photos because I was "
                + "concentrating on not going feet up 😂");
        re(13, "16:10", maureen, firstDry, "well done Colette 👏");
        say(13, "17:00", sdPhotos, sven, "Stoney, pike again, same one I think");

        say(15, "08:00", sdChat, yannick, "Back from 10 days in Lanzarote. I did 19 dives and I took about 900 "
                + "photos, I'm going to be editing for a month");
        say(15, "20:00", sdChat, yannick, "Edited my first 50. I think the angel shark series is the best work I've "
                + "done");
        say(16, "08:30", sdTrips, yannick, "I'm planning my own trip to the Azores in September, I want to "
                + "photograph the mobula rays. my budget is tight so I'm doing it solo");
        Post hood = say(16, "12:00", sdKit, oksana, "anyone got a spare 3mm hood? mine's split");
        Post spare = re(16, "12:30", dougie, hood, "got one you can have, I'll bring it Thursday");
        re(16, "12:40", oksana, spare, "legend, thank you");
        say(16, "19:00", sdChat, yannick, "My new gallery from Lanzarote is up: "
                + "https://yannickdubois.example/lanzarote");
        say(17, "07:45", sdChat, yannick, "I've been asked to give a talk to my old club in Brittany about my photos, "
                + "in April. a bit nervous");
        say(17, "10:00", sdTrips, maureen, "March Stoney date is the 11th, sheet up soon. AGM is 25 Feb, agenda to "
                + "follow");
        say(17, "21:00", sdTrips, yannick, "I'm going to do the March Stoney trip if there's space, I want to test my "
                + "new strobes");
        say(18, "12:00", sdChat, yannick, "I've finally sorted my strobe positioning, I think my backscatter problem "
                + "is gone");
        Post cuttle = say(18, "19:00", sdPhotos, sven, "Swanage pier at night, cuttlefish!");
        re(18, "19:10", colette, cuttle, "😍 stunning");
        say(19, "08:00", sdChat, yannick, "My angel shark shot got shortlisted in a magazine competition, I can't "
                + "believe it");
        say(19, "20:00", sdChat, yannick, "I'm selling my old compact housing once my new one arrives");
        Post fits = say(19, "21:00", sdChat, colette, "thank you @Reza Farahani, the wetsuit fits perfectly, wore it "
                + "in the pool tonight");
        re(19, "21:10", reza, fits, "glad it fits! enjoy the spring dives");
        say(20, "09:00", sdChat, yannick, "I dived Swanage this morning, vis was 3m but I still got some good "
                + "nudibranch shots");
        Post buddy = say(20, "13:00", sdTrips, oksana, "anyone diving Kimmeridge Sunday? need a buddy");
        Post nine = re(20, "13:30", dougie, buddy, "I'm in, 9am?");
        re(20, "13:35", oksana, nine, "9am 👍");
    }

    static Map<String, String> files() {
        return new HeldOutScenes60Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 60");
    }
}
