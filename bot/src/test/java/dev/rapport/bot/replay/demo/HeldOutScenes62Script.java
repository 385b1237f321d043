package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 62 (sealed): eight communities of kinds no earlier round used, all from learning, health, sport and
 * civic or volunteer life (sports massage therapists with a room where athletes ask, a fencing salle's own server with
 * its Staff, a village Speedwatch group where nobody sells, a table tennis club with a kit-swap room, first aid
 * trainers with a room where workplaces ask, parents of children with type 1 diabetes, a public-speaking club with a
 * feedback room, lifeboat station fundraising volunteers), over three ISO weeks (2028-W11 to W13), written and
 * labelled by writer62 (session 38) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-62.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes62Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 3, 13);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 4, 3, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-62";

    // --- A. sports massage therapists ---
    private final String soft = cast.guild(891);
    private final Channel stRoom = cast.channel(soft, "Soft Tissue Collective", "treatment-room",
            "for sports massage therapists talking shop: techniques, CPD, clinic life", "st-treatment-room.json");
    private final Channel stAsk = cast.channel(soft, "Soft Tissue Collective", "athletes-ask",
            "runners, riders, lifters: ask the therapists", "st-athletes-ask.json");
    private final Channel stCpd = cast.channel(soft, "Soft Tissue Collective", "cpd-and-courses",
            "courses you've done, courses worth doing", "st-cpd-and-courses.json");
    private final Channel stSpace = cast.channel(soft, "Soft Tissue Collective", "clinic-space",
            "rooms to rent, couches and kit for sale, price please", "st-clinic-space.json");
    private final Persona priya = cast.person("priya.r.smt", "Priya Ramanathan");
    private final Persona callum = cast.person("callum.reid.massage", "Callum Reid");
    private final Persona grace = cast.person("grace.kneads", "Grace Okafor");
    private final Persona mateus = cast.person("mateus.deeptissue", "Mateus Ferreira");
    private final Persona ines = cast.person("ines.runs", "Ines Carvalho");
    private final Persona tobias = cast.person("tobias.lq", "Tobias Lindqvist");
    private final Persona hannah = cast.person("hannah.b.runs", "Hannah Beaumont");
    private final Persona dev = cast.person("dev.lifts", "Dev Malhotra");

    // --- B. a fencing salle's own server ---
    private final String salle = cast.guild(892);
    private final Role smStaff = cast.role("Staff", "#8e44ad", 2);
    private final Channel smDesk = cast.channel(salle, "Salle Meridian", "front-desk",
            "questions about classes, kit hire and fees: one of our coaches will reply", "sm-front-desk.json");
    private final Channel smNews = cast.channel(salle, "Salle Meridian", "salle-news",
            "class times, courses and offers from the coaches", "sm-salle-news.json");
    private final Channel smChat = cast.channel(salle, "Salle Meridian", "piste-chat",
            "members' chat: bouts, comps, blisters", "sm-piste-chat.json");
    private final Channel smKit = cast.channel(salle, "Salle Meridian", "kit-swap",
            "members' used kit: buy, sell, swap, price please", "sm-kit-swap.json");
    private final Persona anouk = cast.person("anouk.meridian", "Anouk Devereux", smStaff);
    private final Persona rafael = cast.person("rafael.meridian", "Rafael Ortiz", smStaff);
    private final Persona nadia = cast.person("nadia.haddad", "Nadia Haddad");
    private final Persona oskar = cast.person("oskar.b", "Oskar Brandt");
    private final Persona ludo = cast.person("ludo.foil", "Ludovic Fontaine");
    private final Persona meilin = cast.person("meilin.tan", "Mei Lin Tan");
    private final Persona kwame = cast.person("kwame.epee", "Kwame Asante");

    // --- C. a village Speedwatch group (nobody sells) ---
    private final String ashby = cast.guild(893);
    private final Channel apSessions = cast.channel(ashby, "Ashby Parva Speedwatch", "roadside-sessions",
            "volunteer shifts: sign up for this month's roadside sessions", "ap-roadside-sessions.json");
    private final Channel apReadings = cast.channel(ashby, "Ashby Parva Speedwatch", "readings",
            "one post per session: site, time, vehicles checked, over the limit", "ap-readings.json");
    private final Channel apKettle = cast.channel(ashby, "Ashby Parva Speedwatch", "kettle",
            "volunteers' chat", "ap-kettle.json");
    private final Channel apParish = cast.channel(ashby, "Ashby Parva Speedwatch", "parish-liaison",
            "notes to and from the parish council", "ap-parish-liaison.json");
    private final Persona margaret = cast.person("margaret.okonjo", "Margaret Okonjo");
    private final Persona derek = cast.person("derek.haworth", "Derek Haworth");
    private final Persona wendy = cast.person("wendy.cast", "Wendy Castellanos");
    private final Persona sanjay = cast.person("sanjay.bhatt", "Sanjay Bhatt");
    private final Persona eilidh = cast.person("eilidh.m", "Eilidh Munro");
    private final Persona tom = cast.person("tom.pryce", "Tom Pryce");

    // --- D. a table tennis club ---
    private final String spin = cast.guild(894);
    private final Channel rsChat = cast.channel(spin, "Riverside Spin TTC", "club-chat",
            "everything else", "rs-club-chat.json");
    private final Channel rsFix = cast.channel(spin, "Riverside Spin TTC", "league-fixtures",
            "fixtures and results, updated by the match secretary", "rs-league-fixtures.json");
    private final Channel rsKit = cast.channel(spin, "Riverside Spin TTC", "kit-swap",
            "buy, sell, swap: blades, rubbers, shoes. price please", "rs-kit-swap.json");
    private final Channel rsCoach = cast.channel(spin, "Riverside Spin TTC", "coaching-corner",
            "technique questions, drills, serves", "rs-coaching-corner.json");
    private final Persona hiroshi = cast.person("hiroshi.n", "Hiroshi Nakamura");
    private final Persona bronwen = cast.person("bronwen.tate", "Bronwen Tate");
    private final Persona emre = cast.person("emre.y", "Emre Yildiz");
    private final Persona sofia = cast.person("sofia.march", "Sofia Marchetti");
    private final Persona jakub = cast.person("jakub.novak", "Jakub Novak");
    private final Persona ade = cast.person("ade.bankole", "Ade Bankole");

    // --- E. first aid trainers ---
    private final String fr = cast.guild(895);
    private final Channel frLounge = cast.channel(fr, "First Response Trainers Circle", "trainers-lounge",
            "for first aid trainers talking shop: courses, manikins, awarding bodies", "fr-trainers-lounge.json");
    private final Channel frAsk = cast.channel(fr, "First Response Trainers Circle", "workplaces-ask",
            "employers, HR and office managers: ask the trainers", "fr-workplaces-ask.json");
    private final Channel frCover = cast.channel(fr, "First Response Trainers Circle", "cover-and-dates",
            "offer your services here: cover, freelance dates, open slots", "fr-cover-and-dates.json");
    private final Channel frKit = cast.channel(fr, "First Response Trainers Circle", "kit-and-manikins",
            "manikins, AED trainers, bandages: reviews and questions", "fr-kit-and-manikins.json");
    private final Persona wayne = cast.person("wayne.ashdown", "Wayne Ashdown");
    private final Persona sunita = cast.person("sunita.varma", "Sunita Varma");
    private final Persona olu = cast.person("olu.adebayo", "Olu Adebayo");
    private final Persona niamh = cast.person("niamh.b", "Niamh Brennan");
    private final Persona beatrix = cast.person("beatrix.hr", "Beatrix Hollis");
    private final Persona rohan = cast.person("rohan.officemgr", "Rohan Pillai");
    private final Persona kasper = cast.person("kasper.lifeline", "Kasper Lund");
    private final Channel frDmKasper = cast.dm(kasper, "fr-dm-kasper.json");

    // --- F. parents of children with type 1 diabetes ---
    private final String t1 = cast.guild(896);
    private final Channel tpIntro = cast.channel(t1, "T1 Parents Tayside", "introductions",
            "introduce yourself and your T1 warrior", "tp-introductions.json");
    private final Channel tpCouch = cast.channel(t1, "T1 Parents Tayside", "the-couch",
            "general chat, rants welcome", "tp-the-couch.json");
    private final Channel tpHypo = cast.channel(t1, "T1 Parents Tayside", "hypo-hacks",
            "tips, gadgets, questions about lows and highs", "tp-hypo-hacks.json");
    private final Channel tpSchool = cast.channel(t1, "T1 Parents Tayside", "school-and-nursery",
            "care plans, school trips, PE, exams", "tp-school-and-nursery.json");
    private final Persona gemma = cast.person("gemma.stott", "Gemma Stott");
    private final Persona aisha = cast.person("aisha.rahman", "Aisha Rahman");
    private final Persona fraser = cast.person("fraser.doig", "Fraser Doig");
    private final Persona lorna = cast.person("lorna.mci", "Lorna McIntyre");
    private final Persona priyanka = cast.person("priyanka.j", "Priyanka Joshi");
    private final Persona iain = cast.person("iain.rennie", "Iain Rennie");

    // --- G. a public-speaking club ---
    private final String hs = cast.guild(897);
    private final Channel hsIntro = cast.channel(hs, "Harbourside Speakers", "introductions",
            "new? say hello and tell us why you joined", "hs-introductions.json");
    private final Channel hsFeedback = cast.channel(hs, "Harbourside Speakers", "speech-feedback",
            "post your draft or video, get honest feedback, give some back", "hs-speech-feedback.json");
    private final Channel hsNights = cast.channel(hs, "Harbourside Speakers", "club-nights",
            "agendas, roles, timers", "hs-club-nights.json");
    private final Channel hsNatter = cast.channel(hs, "Harbourside Speakers", "natter",
            "off-topic chat", "hs-natter.json");
    private final Persona beth = cast.person("beth.oduya", "Beth Oduya");
    private final Persona miriam = cast.person("miriam.a", "Miriam Achterberg");
    private final Persona clara = cast.person("clara.fenwick", "Clara Fenwick");
    private final Persona desmond = cast.person("desmond.speaks", "Desmond Clarke");
    private final Persona yusuf = cast.person("yusuf.hamdan", "Yusuf Hamdan");
    private final Persona ravi = cast.person("ravi.menon", "Ravi Menon");
    private final Persona tomas = cast.person("tomas.ibarra", "Tomás Ibarra");

    // --- H. lifeboat station fundraising volunteers ---
    private final String pk = cast.guild(898);
    private final Channel plRota = cast.channel(pk, "Porthkerris Lifeboat Friends", "shop-rota",
            "volunteer shifts for the lifeboat shop: sign up here", "pl-shop-rota.json");
    private final Channel plFund = cast.channel(pk, "Porthkerris Lifeboat Friends", "fundraising",
            "the open day, raffles, street collections", "pl-fundraising.json");
    private final Channel plChat = cast.channel(pk, "Porthkerris Lifeboat Friends", "harbour-chat",
            "members' chat", "pl-harbour-chat.json");
    private final Channel plNews = cast.channel(pk, "Porthkerris Lifeboat Friends", "station-news",
            "shouts and station news, posted by the press officer", "pl-station-news.json");
    private final Persona ruth = cast.person("ruth.penrose", "Ruth Penrose");
    private final Persona ken = cast.person("ken.trewin", "Ken Trewin");
    private final Persona gavin = cast.person("gavin.hoskins", "Gavin Hoskins");
    private final Persona jenna = cast.person("jenna.pascoe", "Jenna Pascoe");
    private final Persona alun = cast.person("alun.press", "Alun Morgan");
    private final Persona dilys = cast.person("dilys.k", "Dilys Kemp");
    private final Persona femi = cast.person("femi.a", "Femi Adewale");

    HeldOutScenes62Script() {
        super(new SceneIds(47600), FIRST_MONDAY, 21);
        massage();
        salle();
        speedwatch();
        tableTennis();
        firstAid();
        t1Parents();
        speakers();
        lifeboat();
        everydayTalk();
    }

    private void massage() {
        Post hands = say(1, "09:10", stRoom, priya, "morning all. anyone else's hands wrecked after a Monday of "
                + "back to back marathon clients? 6 today");
        re(1, "09:25", callum, hands, "6 is brave. I cap at 5 in taper season, thumbs can't take more");
        Post forearms = re(1, "09:40", grace, hands, "forearms and elbows Priya, save the thumbs. and wrist "
                + "stretches between clients");
        re(1, "10:02", priya, forearms, "I know I know. old habits");
        Post dead = say(1, "18:30", stAsk, dev, "deadlifts leave my lower back tight for 2 days after, is that "
                + "normal or am I doing something wrong?");
        Post film = re(1, "19:05", callum, dead, "some tightness after heavy pulls is common, but 2 days every time "
                + "makes me think bracing or the hip hinge. get someone to film a set. if it's ever sharp or goes "
                + "down the leg, see a physio first");
        re(1, "19:20", dev, film, "ok will film thursday, cheers Callum");
        Post calves = say(2, "08:15", stAsk, ines, "hi! first post. my calves get so tight after long runs, foam "
                + "rolling isn't really helping. training for my first marathon in May. any ideas?");
        Post drops = re(2, "08:50", grace, calves, "Hi Ines! calves are the classic. try slow heel drops off a step, "
                + "3x15 most days, and foam roll the day after the long run, not straight after. check how many km "
                + "your shoes have done too");
        re(2, "09:05", mateus, calves, "sounds like you need proper deep tissue work, foam rollers don't get near "
                + "it. I do £35 sessions in Clifton, DM me and I'll fit you in this week");
        Post shoes = re(2, "09:30", ines, drops, "heel drops it is, thank you! shoes are on 700km 😬");
        re(2, "09:32", grace, shoes, "ha that'll be it, 700 is a lot");
        Post needling = say(3, "14:00", stCpd, priya, "did the dry needling level 1 weekend, worth it but level 2 is "
                + "£600 😮");
        Post plan = re(3, "14:20", grace, needling, "I did level 2 last year, really useful for shoulders. ask if "
                + "they do a payment plan");
        re(3, "14:40", priya, plan, "ooh will do, ta");
        say(3, "20:10", stSpace, callum, "spare Saturday room at my place in Redland if anyone wants a day a week, "
                + "£60 a day, couch and towels included");
        Post halfq = say(4, "08:00", stAsk, hannah, "is a massage the day before a half marathon a good idea or too "
                + "close?");
        Post light = re(4, "08:40", grace, halfq, "too close for anything deep. a light flush 2-3 days before is "
                + "fine, nothing new the day before");
        re(4, "08:52", hannah, light, "good to know, thanks");
        Post guns = say(4, "11:00", stRoom, mateus, "anyone use percussion guns on clients or is it a gimmick?");
        re(4, "11:15", callum, guns, "gimmick for clients, handy for warming up my own forearms lol");
        re(4, "11:30", grace, guns, "some of my cyclists love it pre-race. not instead of hands though");
        Post quads = say(5, "17:00", stAsk, tobias, "quads on fire after a hilly sportive Sunday, ice or heat?");
        Post easy = re(5, "17:40", priya, quads, "neither matters much tbh. easy spin tomorrow, eat well, sleep. "
                + "gentle work after 48h if still sore");
        re(5, "17:55", tobias, easy, "easy spin, got it 👍");
        Post expo = say(6, "10:00", stRoom, callum, "anyone covering the Bath half on the 26th? they want "
                + "therapists for the finish tent");
        Post tent = re(6, "10:30", grace, expo, "I'm doing the finish tent 10-2");
        re(6, "10:45", callum, tent, "nice, I'll put myself down for 12-4 then");

        Post clients = say(8, "09:00", stRoom, callum, "how do you lot find new clients? my diary's properly thin "
                + "this month, 3 cancellations last week");
        Post talks = re(8, "09:20", priya, clients, "running clubs. I give a 10 min talk at a club night and get 2 "
                + "or 3 bookings every time");
        Post which = re(8, "09:35", callum, talks, "never thought of the talk thing, which clubs?");
        Post harriers = re(8, "09:50", priya, which, "Harbourside Harriers and the tri club, they're always after "
                + "speakers");
        re(8, "10:05", callum, harriers, "I'll email the Harriers today");
        say(9, "18:00", stAsk, hannah, "@Callum Reid you did my hamstring in February and it's been great since. "
                + "any chance of a slot before the Bath half on the 26th? the other leg's grumbling now");
        Post couch = say(9, "20:00", stRoom, callum, "@Grace Okafor how's the electric couch treating you? thinking "
                + "of getting one");
        Post love = re(9, "20:15", grace, couch, "love it, my back says thank you. second hand from the Leeds "
                + "supplier, £900");
        Post deliver = re(9, "20:30", callum, love, "£900 isn't bad at all. did they deliver?");
        re(9, "20:40", grace, deliver, "yes, free within 50 miles");
        Post knee = say(10, "12:00", stAsk, tobias, "question for the therapists: I get a tight band on the outside "
                + "of my knee when I ride over 80km. saddle height or something to stretch?");
        Post booked = say(10, "13:00", stRoom, callum, "emailed the Harriers, they've got me down for a talk on the "
                + "4th 🎉");
        Post cards = re(10, "13:20", priya, booked, "get in! take cards");
        re(10, "13:25", callum, cards, "ha printing some now");
        booked.react("🎉", grace);
        Post taping = say(11, "09:00", stRoom, mateus, "is anyone doing the kinesiology taping course in April?");
        Post theory = re(11, "09:20", callum, taping, "did it two years back, it's fine, mostly theory on day one");
        re(11, "09:30", mateus, theory, "cheers");
        Post handsOn = say(11, "19:00", stCpd, callum, "@Priya Ramanathan was the needling weekend hands-on from "
                + "day one or lectures first?");
        re(11, "19:30", priya, handsOn, "hands-on by lunchtime on day one");
        Post itb = re(12, "10:00", grace, knee, "Tobias that sounds like ITB irritation. saddle height first, a few "
                + "mm too high is a classic cause. then glute med work, clamshells and side planks. if it hangs "
                + "around get a bike fit");
        re(12, "10:30", tobias, itb, "saddle went up 1cm in Feb... that'll be it. thank you");
        Post oil = say(12, "16:00", stRoom, callum, "anyone know a decent supplier for unscented oil in bulk? mine's "
                + "gone up 30%");
        Post avon = re(12, "16:20", priya, oil, "I use the wholesaler in Avonmouth, 5l for about £40");
        re(12, "16:30", callum, avon, "brilliant, cheers");
        Post swap = say(13, "11:00", stRoom, callum, "Priya, Grace, fancy a CPD swap session some Sunday? we each "
                + "teach one technique");
        re(13, "11:20", grace, swap, "yes! I'll do cupping");
        re(13, "11:25", priya, swap, "in. I'll do the needling demo on an orange 😂");

        Post late = say(15, "08:30", stAsk, callum, "Hannah so sorry, only just seen this! I can do Thursday 6pm "
                + "or Friday 8am, which suits?");
        Post fri = re(15, "09:00", hannah, late, "Friday 8am please!");
        re(15, "09:05", callum, fri, "booked 👍");
        Post update = say(16, "19:00", stAsk, ines, "update: heel drops + new shoes = 28km on Sunday with no calf "
                + "drama. thank you @Grace Okafor");
        re(16, "19:20", grace, update, "brilliant!! that's the stuff");
        update.react("🔥", priya, grace);
        Post near = say(17, "12:00", stAsk, tobias, "does anyone here do sports massage near Temple Meads? race in 2 "
                + "weeks and the legs need it");
        Post mine = re(17, "12:25", grace, near, "I do, I'm 5 min from the station. £40 for an hour, booking page "
                + "is https://gracekneads.example/book");
        re(17, "12:50", tobias, mine, "booked for Thursday, thanks!");
        Post fold = say(18, "10:00", stSpace, priya, "selling my old folding couch, 2 years old, £120, collection "
                + "from Bedminster");
        Post still = re(18, "10:40", mateus, fold, "still available? could pick it up Saturday");
        re(18, "10:55", priya, still, "yes, Saturday's fine");
        Post mad = say(19, "20:00", stRoom, grace, "finish tent at the half was mad, 140 runners through in 4 "
                + "hours");
        re(19, "20:15", callum, mad, "my forearms are still recovering lol");
        re(19, "20:30", priya, mad, "legends, both of you");
    }

    private void salle() {
        say(1, "09:00", smNews, anouk, "Spring beginners' course starts 4 April: 6 Tuesdays, 7-8.30pm, £90 with kit "
                + "hire included. Book here: https://sallemeridian.example/beginners");
        Post open = say(1, "18:00", smChat, oskar, "who's coming to open bouting Thursday? need someone to stop me "
                + "flicking everything");
        re(1, "18:10", kwame, open, "I'll be there. bring your patience");
        Post zara = re(1, "18:25", nadia, open, "Zara wants to come, is open bouting ok for under-14s?");
        Post pistes = re(1, "18:40", rafael, zara, "yes, juniors on pistes 1 and 2 until 8pm");
        re(1, "18:45", nadia, pistes, "perfect thanks");
        Post epee = say(2, "12:00", smKit, oskar, "selling my old electric épée, 90cm blade, works fine, £45. pick "
                + "up at the salle");
        Post take = re(2, "12:30", kwame, epee, "I'll take it if it's still going, Thursday?");
        re(2, "12:45", oskar, take, "yours");
        Post friday = say(3, "10:00", smDesk, kwame, "is the salle open on Good Friday?");
        Post closed = re(3, "10:30", anouk, friday, "closed Good Friday and Easter Monday, open Saturday as usual");
        re(3, "10:35", kwame, closed, "ta");
        Post bristol = say(4, "19:00", smChat, ludo, "anyone fencing the Bristol open in April?");
        re(4, "19:20", oskar, bristol, "yep, veterans foil");
        say(5, "09:00", smNews, rafael, "Juniors: regional épée comp on 25-26 March, I'm taking the squad, lift "
                + "list in the pinned message");
        Post mask = say(6, "20:00", smChat, nadia, "Zara loved Thursday, she's now asking for her own mask for her "
                + "birthday 😂");
        re(6, "20:20", anouk, mask, "a fencer is born! bring her to the desk one evening and we'll size her");
        mask.react("😂", kwame);

        say(9, "08:00", smChat, rafael, "off to the juniors' training camp and then the regionals, back on Monday, "
                + "no laptop with me");
        Post hire = say(9, "19:00", smDesk, nadia, "hi, Zara's hired mask is too small now. can we swap it for a "
                + "bigger one until we buy her own? and is the junior fee going up in April?");
        say(10, "09:00", smNews, anouk, "Ten-class adult pass is 15% off until Sunday, £76.50 instead of £90: "
                + "https://sallemeridian.example/passes");
        Post great = say(10, "20:30", smChat, anouk, "great bouting tonight folks, Oskar your parries are getting "
                + "sneaky");
        re(10, "20:45", oskar, great, "been practising on my kids");
        Post wire = say(11, "11:00", smKit, kwame, "anyone got a spare body wire? mine's cutting out");
        Post two = re(11, "11:20", oskar, wire, "I've got two, I'll bring you one Thursday");
        re(11, "11:25", kwame, two, "legend");
        say(12, "10:00", smNews, anouk, "Beginners' course from 4 April, 4 places left: "
                + "https://sallemeridian.example/beginners");
        re(12, "18:00", nadia, hire, "sorry to chase, her mask is really tight now, is there a bigger one we could "
                + "borrow on Thursday?");
        Post pizza = say(13, "19:00", smChat, anouk, "who's up for a salle social once the beginners start? pizza?");
        re(13, "19:15", kwame, pizza, "always pizza");
        re(13, "19:40", ludo, pizza, "in");

        Post back = re(15, "08:30", rafael, hire, "Nadia sorry for the wait, I've been away with the juniors. yes, "
                + "we've got junior masks in size 2, swap it Thursday. the junior fee stays at £8 a class until "
                + "September");
        re(15, "08:50", nadia, back, "brilliant, thank you Rafael");
        Post howMuch = say(16, "12:00", smDesk, meilin, "hi! how much is the adult beginners' course and do I need "
                + "any kit of my own?");
        re(16, "12:08", ludo, howMuch, "honestly skip the group course, I give private foil lessons at the leisure "
                + "centre, £25 an hour, much faster progress. DM me");
        Post ninety = re(16, "12:40", anouk, howMuch, "Hi Mei Lin! it's £90 for the 6 weeks and all kit is "
                + "included, just bring trainers and a water bottle. first class is 4 April");
        re(16, "12:55", meilin, ninety, "perfect, booking now!");
        Post draw = say(17, "18:00", smChat, oskar, "Bristol open draw is out, I've got the top seed in my pool 🙃");
        re(17, "18:10", ludo, draw, "good luck mate");
        re(17, "18:30", kwame, draw, "you'll have him");
        Post fits = say(18, "21:00", smChat, nadia, "Zara's new mask fits. she wore it round the house all evening");
        re(18, "21:15", rafael, fits, "ha! that's the spirit");
        fits.react("❤️", anouk, kwame);
        say(19, "09:00", smNews, anouk, "Easter hours: closed Fri 14 and Mon 17 April, Saturday as normal");
        Post jacket = say(20, "14:00", smKit, meilin, "anyone selling a women's jacket, size 38?");
        Post outgrew = re(20, "14:30", oskar, jacket, "my daughter outgrew hers, 38, £30 and it's yours");
        re(20, "14:40", meilin, outgrew, "yes please!!");
    }

    private void speedwatch() {
        say(1, "08:00", apSessions, margaret, "March sessions are up, 6 shifts left. sign up here so we always have "
                + "3 on site: https://forms.example/ashby-speedwatch-march");
        Post van = say(1, "09:00", apKettle, derek, "morning. the van on Main Street did 41 in the 30 yesterday, I "
                + "was walking the dog");
        re(1, "09:20", sanjay, van, "that bloody van. same one every week");
        say(2, "09:00", apReadings, eilidh, "Tue 14 Mar, Church Lane, 07:30-08:30: 212 checked, 19 over, top 44");
        Post hello = say(3, "11:00", apKettle, wendy, "hi all, I'm Wendy, just moved to Mill Row. saw the leaflet "
                + "and I'm keen to help out!");
        Post welcome = re(3, "11:30", margaret, hello, "Welcome Wendy! lovely to have you. training is the first "
                + "session you come to, someone pairs with you");
        re(3, "11:40", wendy, welcome, "brilliant thanks");
        say(3, "18:00", apSessions, margaret, "4 March shifts left, sheet: "
                + "https://forms.example/ashby-speedwatch-march");
        say(4, "17:00", apReadings, derek, "Thu 16 Mar, Main St by the school, 15:00-16:00: 340 checked, 31 over, "
                + "top 47");
        Post present = say(4, "19:00", apParish, sanjay, "parish council meeting on the 28th, they want our "
                + "quarterly numbers. who can present?");
        Post sheet = re(4, "19:30", margaret, present, "I'll do it. @Eilidh Munro can you send me the spreadsheet?");
        re(4, "20:00", eilidh, sheet, "will do tonight");
        Post gloves = say(5, "18:00", apKettle, tom, "Saturday session folks: bring gloves, it's going to be bitter");
        gloves.react("👍", sanjay, derek);
        say(6, "11:00", apReadings, tom, "Sat 18 Mar, Church Lane, 09:00-10:00: 98 checked, 4 over, top 38");

        Post device = say(8, "10:00", apKettle, wendy, "how does the speed device actually work? do I just point it "
                + "at the car?");
        Post plate = re(8, "10:20", derek, device, "point it at the front number plate as it comes towards you, "
                + "hold it steady, it locks the reading. I'll show you properly on site");
        re(8, "10:25", wendy, plate, "thanks Derek!");
        Post vis = say(9, "11:00", apKettle, wendy, "do I need my own hi-vis or is there one?");
        Post porch = re(9, "11:30", sanjay, vis, "spares are in the box in Margaret's porch, take a medium and sign "
                + "the sheet on the lid");
        re(9, "11:35", wendy, porch, "thank you!!");
        say(10, "09:00", apKettle, margaret, "@Wendy Castellanos could you pair with Tom on Saturday's 8am session "
                + "at Church Lane? he needs a second");
        Post log = say(10, "14:00", apKettle, wendy, "how do we log the readings? paper or an app?");
        Post paper = re(10, "14:20", eilidh, log, "paper sheet on site, then one of us posts the totals in "
                + "#readings. the sheet has columns, it's easy");
        re(10, "14:25", wendy, paper, "thanks Eilidh");
        say(11, "08:00", apKettle, derek, "@Wendy Castellanos you're on Mill Row, aren't you? could you drop a "
                + "leaflet through no. 12 on your way past? they asked about joining");
        Post park = say(11, "10:40", apKettle, wendy, "where do we park for Church Lane? don't want to block anyone");
        Post pub = re(11, "10:55", derek, park, "the pub car park, the landlord's fine with it");
        re(11, "11:00", wendy, pub, "great thanks");
        Post second = say(12, "09:00", apSessions, margaret, "Saturday's 8am at Church Lane still needs a second "
                + "person: https://forms.example/ashby-speedwatch-march");
        re(12, "09:30", tom, second, "I'll be there regardless, hope someone joins");
        re(12, "12:00", sanjay, second, "put myself down, see you there Tom");
        say(13, "10:30", apReadings, tom, "Sat 25 Mar, Church Lane, 08:00-09:00 with Sanjay: 150 checked, 12 over, "
                + "top 45");
        say(13, "16:00", apParish, eilidh, "spreadsheet sent to Margaret for Tuesday");

        Post sorry = say(15, "09:00", apKettle, wendy, "sorry @Margaret Okonjo, I completely missed your message "
                + "about Saturday! I can do the next one with Tom");
        re(15, "09:30", margaret, sorry, "no worries, put yourself down for the 1st");
        say(15, "10:00", apSessions, margaret, "April sheet is up, 8 shifts: "
                + "https://forms.example/ashby-speedwatch-april");
        Post vas = say(16, "08:00", apParish, margaret, "presented to the council last night. they're asking the "
                + "county for a flashing speed sign on Main St 🎉");
        re(16, "08:20", derek, vas, "result!");
        re(16, "08:45", sanjay, vas, "well done Margaret");
        vas.react("🎉", wendy, tom, eilidh);
        Post roast = say(17, "12:00", apKettle, tom, "does anyone know if the pub does food on Sundays? bringing my "
                + "parents");
        Post three = re(17, "12:10", wendy, roast, "yes, roasts till 3, book though, it gets busy");
        re(17, "12:30", tom, three, "cheers Wendy");
        say(18, "10:00", apReadings, eilidh, "Tue 28 Mar, Main St, 07:30-08:30: 260 checked, 22 over, top 46");
        say(19, "18:00", apSessions, margaret, "5 April shifts left: https://forms.example/ashby-speedwatch-april");
        Post first = say(20, "10:30", apReadings, wendy, "Sat 1 Apr, Church Lane, 08:00-09:00: 121 checked, 9 over, "
                + "top 41. my first one!");
        re(20, "11:00", tom, first, "well done, you were a natural");
        first.react("👏", margaret, derek);
    }

    private void tableTennis() {
        say(1, "19:00", rsFix, bronwen, "Division 2 this week: Riverside A v Kingsmead (H) Tue 7.30, Riverside B at "
                + "Elm Park Thu 7.30");
        Post key = say(1, "20:00", rsChat, emre, "who's got the key for Tuesday? I'm setting up tables");
        re(1, "20:15", ade, key, "me, I'll be there by 7");
        Post flick = say(2, "18:00", rsCoach, sofia, "my backhand flick keeps going into the net. tried opening the "
                + "bat more and it just pops up. help");
        Post four = re(2, "18:30", jakub, flick, "classic one. (1) relax the wrist, the flick comes from the wrist "
                + "not the arm https://ttdrills.example/flick-basics (2) take it at the top of the bounce "
                + "https://ttdrills.example/timing (3) step in with the right foot "
                + "https://ttdrills.example/short-footwork (4) drill it with multiball first "
                + "https://ttdrills.example/multiball");
        re(2, "18:50", sofia, four, "the top of the bounce thing, I'm way late every time. thanks Jakub!");
        Post shop = say(3, "20:00", rsChat, hiroshi, "just opened my little online rubber shop! tacky chinese "
                + "rubbers way cheaper than the club supplier, code SPIN10 for 10% off: https://hirospin.example/shop");
        say(3, "20:07", rsCoach, hiroshi, "if your rubbers are dead, new ones make a huge difference. code SPIN10 "
                + "for 10% off: https://hirospin.example/shop");
        say(3, "20:15", rsKit, hiroshi, "rubbers from £18, SPIN10 gets you 10% off: https://hirospin.example/shop");
        Post approved = re(4, "09:00", emre, shop, "are they on the approved list? league needs approved ones");
        re(4, "12:30", hiroshi, approved, "yes, all of them are approved");
        Post results = say(5, "22:00", rsFix, bronwen, "Results: Riverside A 7-3 Kingsmead. Riverside B lost 4-6 at "
                + "Elm Park, Ade won all three 👏");
        re(5, "22:10", sofia, results, "go Ade!");
        say(6, "10:00", rsChat, ade, "thanks all. Elm Park's tables are so bouncy");
        Post blade = say(6, "15:00", rsKit, emre, "selling my old blade, all-round, £25, rubbers removed");
        Post champs = re(6, "15:30", sofia, blade, "is that the one you had at the club champs? I'd have it");
        re(6, "15:45", emre, champs, "yep, bring cash Tuesday");

        say(8, "18:00", rsFix, bronwen, "This week: A at Riverside Leisure Wed 7.30, B v Kingsmead B (H) Thu");
        Post backspin = say(8, "19:00", rsCoach, ade, "how do you return heavy backspin serves without popping them "
                + "up?");
        Post push = re(8, "19:30", hiroshi, backspin, "push long and low, open the bat more than you think and brush "
                + "under it. or flick if it's short enough");
        re(8, "19:45", ade, push, "will try Tuesday");
        Post works = say(9, "21:00", rsChat, sofia, "new blade works a treat, thanks @Emre Yildiz");
        re(9, "21:10", emre, works, "glad it found a good home");
        say(10, "09:00", rsCoach, jakub, "Tuesday session: serve practice first 20 mins, bring 10 balls each");
        Post handicap = say(11, "10:00", rsChat, hiroshi, "anyone up for the Saturday handicap at Kingsmead?");
        re(11, "10:20", ade, handicap, "yep");
        re(11, "11:00", jakub, handicap, "can't, my daughter's swimming gala");
        say(12, "22:00", rsFix, bronwen, "Results: A 6-4, B 5-5. top of division 2 by 2 points");
        Post shoes = say(13, "12:00", rsKit, ade, "need new shoes, anyone got size 10 indoor shoes going?");
        re(13, "12:30", hiroshi, shoes, "don't sell shoes sorry, but the sports shop in town has a clearance rail");

        say(15, "18:00", rsFix, bronwen, "Last week of the season: A v Elm Park (H) Tue, B at Kingsmead Thu. "
                + "presentation night on the 29th");
        Post food = say(15, "19:00", rsChat, emre, "presentation night, who's doing food?");
        re(15, "19:10", sofia, food, "I'll do a curry");
        re(15, "19:30", bronwen, food, "club pays for the hall, bring a dish if you can");
        Post six = say(16, "20:00", rsCoach, sofia, "flick update: it goes in about 6 times out of 10 now 😄");
        re(16, "20:30", jakub, six, "that's real progress, keep at the timing");
        Post semi = say(17, "11:00", rsChat, hiroshi, "handicap was fun, lost in the semi to a 12 year old");
        re(17, "11:20", ade, semi, "they're terrifying at that age");
        Post champions = say(18, "22:00", rsFix, bronwen, "Final results: A are division 2 champions, promoted! "
                + "B finish 4th");
        champions.react("🎉", sofia, emre, ade, hiroshi, jakub);
        say(19, "10:00", rsChat, jakub, "congrats all. summer league sign-ups open in May");
    }

    private void firstAid() {
        Post paper = say(1, "09:00", frLounge, niamh, "anyone else had the new awarding body paperwork? 14 pages "
                + "for a one-day EFAW course 🙃");
        Post scans = re(1, "09:20", sunita, paper, "yes, and they want the assessment sheets scanned now too");
        re(1, "09:25", niamh, scans, "the joy");
        say(2, "08:00", frCover, olu, "Freelance dates free in April: 4th, 11th, 12th, 25th. EFAW, FAW, paediatric. "
                + "£180 a day + travel, DM me");
        Post nursery = say(2, "10:00", frAsk, beatrix, "hi trainers, does anyone run paediatric first aid for "
                + "nurseries around Harrogate? we have 12 staff who need it by June");
        Post idoit = re(2, "10:40", sunita, nursery, "I do, and I come to you: 2-day paediatric at £95 per person, "
                + "all kit brought. details and dates: https://sunitavarma.example/paediatric");
        re(2, "11:00", beatrix, idoit, "perfect, I'll email you this week");
        Post mhfa = say(3, "14:00", frLounge, wayne, "anyone doing mental health first aid as well? worth adding?");
        Post demand = re(3, "14:30", niamh, mhfa, "I added it last year, steady demand from offices");
        re(3, "14:40", wayne, demand, "cheers, will look into it");
        Post feedback = say(4, "10:00", frKit, sunita, "has anyone tried the new feedback manikins with the app? are "
                + "the compression readings accurate?");
        Post bias = re(4, "10:30", kasper, feedback, "I work for Lifeline so bias warning 🙂 but yes, calibrated to "
                + "within 5mm of depth, and the app logs each learner. battery is the weak point, about 6 hours");
        re(4, "10:45", sunita, bias, "6 hours is a course day at least. thanks");
        say(4, "19:00", frDmKasper, kasper, "Hi Sunita, great to chat today. This month we're doing 15% off the "
                + "Lifeline feedback four-pack for training centres, £420 instead of £495. Happy to book you a quick "
                + "demo call: https://lifeline-training.example/demo");
        Post office = say(5, "09:00", frAsk, rohan, "is a 1-day emergency first aid course enough for a 20-person "
                + "office? the HSE stuff confuses me");
        Post needs = re(5, "09:30", niamh, office, "usually yes for a low risk office. do a needs assessment first, "
                + "the HSE has a simple form, it tells you how many first aiders");
        re(5, "09:45", rohan, needs, "thank you, that's much clearer");

        say(8, "08:30", frLounge, wayne, "Busy week ahead for me. I've got four courses booked and I'm delivering "
                + "all of them myself.");
        Post mhfa2 = say(8, "10:00", frLounge, sunita, "@Niamh Brennan did you go for the 2-day or the 3-day MHFA "
                + "course in the end?");
        re(8, "10:15", niamh, mhfa2, "2 day, the 3 day was overkill for me");
        say(8, "12:00", frLounge, wayne, "My Monday group all passed the assessment. I think my new slide deck is "
                + "really working for me.");
        say(8, "18:00", frLounge, wayne, "I've decided to rebrand my business this spring. My logo is getting a "
                + "refresh and I'm redoing my vans.");
        say(9, "09:00", frLounge, wayne, "I'm on the road again today, my third site visit this week. My car is "
                + "basically my office now.");
        Post two = say(9, "13:00", frAsk, rohan, "follow up: the assessment says we need 2 first aiders, can they "
                + "go on the same course?");
        Post shifts = re(9, "13:20", niamh, two, "yes, one course, two places. I'd pick people on different "
                + "shifts");
        re(9, "13:30", rohan, shifts, "good idea 👍");
        say(9, "17:30", frLounge, wayne, "I've had my best feedback scores ever this month, I'm averaging 4.9 out "
                + "of 5 on my evaluations.");
        say(10, "08:00", frLounge, wayne, "My new manikins arrived. I went for the premium ones because my clients "
                + "expect quality from me.");
        say(10, "11:00", frCover, olu, "Still have the 11th and 25th of April free for cover, £180 a day + travel, "
                + "DM me");
        say(10, "16:00", frLounge, wayne, "I'm thinking of writing my own training manual. I've got so much "
                + "material from my years in the ambulance service.");
        say(11, "10:00", frLounge, wayne, "My Saturday course sold out in two days. I'm adding another date for "
                + "my waiting list.");
        Post pads = say(11, "15:00", frKit, niamh, "anyone got a spare AED trainer pad set? one of mine cracked");
        Post spare = re(11, "15:20", sunita, pads, "I've got a spare pair, I'll post them tomorrow");
        re(11, "15:25", niamh, spare, "you're a star");
        say(12, "09:00", frLounge, wayne, "I've been asked to speak at a regional safety conference in June. My "
                + "first keynote! I'm a bit nervous but my wife says I'll be fine.");
        say(12, "15:00", frLounge, wayne, "My website's new booking system is live. I built most of it myself over "
                + "my evenings.");
        say(12, "18:00", frAsk, beatrix, "booked Sunita for May, thanks all!");
        say(13, "11:00", frLounge, wayne, "I'm taking Sunday off, my first day off in three weeks. My family have "
                + "forgotten what I look like.");

        Post addOn = say(15, "09:00", frLounge, wayne, "@Niamh Brennan how did the MHFA add-on go with your "
                + "offices? I'm thinking about it again");
        Post template = re(15, "09:30", niamh, addOn, "steady, about 2 a month. happy to share the email I send "
                + "them");
        re(15, "09:40", wayne, template, "that'd be great, thank you");
        Post refresher = say(16, "11:00", frAsk, beatrix, "one more question: do the nursery staff need a refresher "
                + "every year or every 3?");
        Post three = re(16, "11:30", sunita, refresher, "full requalification every 3 years, but a yearly half-day "
                + "refresher is recommended, especially for paediatric");
        re(16, "11:40", beatrix, three, "noted, thanks Sunita");
        Post again = say(17, "14:00", frLounge, niamh, "awarding body just changed the form again 😂");
        re(17, "14:10", sunita, again, "of course they did");
        re(17, "14:30", wayne, again, "did they at least make it shorter?");
        Post kit = say(18, "10:00", frKit, rohan, "what's a good first aid kit for a 20-person office?");
        Post medium = re(18, "10:30", olu, kit, "a medium workplace kit covers it. check the expiry dates every 6 "
                + "months, people forget");
        re(18, "10:40", rohan, medium, "thanks Olu");
    }

    private void t1Parents() {
        Post checkIn = say(1, "09:00", tpCouch, gemma, "Monday check in: how was everyone's weekend? we had a 2am hypo "
                + "after a birthday party, classic");
        re(1, "09:20", fraser, checkIn, "same here, the cake always gets us about 4 hours later");
        re(1, "09:45", aisha, checkIn, "ugh, sending coffee ☕");
        Post arjun = say(2, "20:00", tpIntro, priyanka, "Hi everyone, I'm Priyanka, my son Arjun (7) was diagnosed "
                + "in January. I've been writing about the first weeks to keep myself sane: "
                + "https://arjunandme.example/blog. feeling a bit lost tbh");
        Post pinned = re(2, "20:15", gemma, arjun, "Welcome Priyanka, the first months are the hardest and you're "
                + "doing great. Aisha wrote a brilliant guide to school care plans, it's pinned in "
                + "#school-and-nursery, worth a read");
        re(2, "20:30", priyanka, pinned, "thank you, I'll read it tonight");
        re(2, "20:40", aisha, arjun, "welcome! shout if you have any questions, we've all been there");
        Post lag = say(3, "10:00", tpHypo, iain, "anyone using the new sensor? readings seem 20 mins behind finger "
                + "pricks");
        Post fast = re(3, "10:30", lorna, lag, "they lag when levels move fast. finger prick to confirm if it's "
                + "dropping");
        re(3, "10:40", iain, fast, "makes sense, thanks");
        Post trip = say(4, "19:00", tpSchool, fraser, "school trip overnight in May, first one since diagnosis. "
                + "terrified");
        Post went = re(4, "19:30", aisha, trip, "we did one last year. met the teachers beforehand, wrote a one-page "
                + "plan for the night, and they texted readings at 11pm and 3am. it went fine");
        re(4, "19:45", fraser, went, "that helps a lot, thank you");
        say(5, "12:00", tpCouch, aisha, "off to my sister's on Skye till Monday, no signal there. be good all");
        say(5, "20:00", tpSchool, fraser, "@Aisha Rahman did your school use the NHS care plan template or write "
                + "their own?");
        Post tabs = say(6, "11:00", tpHypo, lorna, "glucose tabs or jelly babies, what do your kids prefer?");
        re(6, "11:20", iain, tabs, "jelly babies, every time");
        re(6, "12:00", priyanka, tabs, "Arjun likes the juice cartons");

        say(8, "09:30", tpSchool, aisha, "Fraser so sorry, only just back! they wrote their own, based on the NHS "
                + "one. I'll pop a copy in here tonight");
        Post plan = say(8, "20:00", tpSchool, aisha, "here's our school's plan with the names taken out: "
                + "https://files.example/careplan-redacted.pdf");
        re(8, "20:20", fraser, plan, "you're a star, thank you");
        plan.react("🙏", priyanka, gemma);
        Post ready = say(9, "21:00", tpCouch, priyanka, "read the care plan guide, meeting with the school on "
                + "Friday. feeling more ready");
        re(9, "21:10", gemma, ready, "you've got this");
        Post football = say(10, "21:00", tpHypo, fraser, "night time lows after football, any tips?");
        re(10, "21:20", lorna, football, "we do a bedtime snack with some protein on sport days, and lower the basal "
                + "a bit. check with your team first though");
        re(10, "21:35", iain, football, "same, and set the low alarm a bit higher on those nights");
        say(10, "21:50", tpHypo, fraser, "thanks both");
        Post hba = say(12, "18:00", tpCouch, lorna, "HbA1c came back at 52 for Maisie, lowest ever 🎉");
        re(12, "18:20", aisha, hba, "amazing!!");
        re(12, "18:30", gemma, hba, "brilliant news");

        Post bands = say(15, "10:00", tpCouch, lorna, "new batch of my silicone medical ID bands is in, kids' sizes "
                + "in 6 colours, £12 + postage: https://lornasbands.example/shop");
        re(15, "10:30", iain, bands, "the green ones are cool");
        say(17, "19:00", tpHypo, lorna, "my ID bands are 20% off this week for T1 families, code TAYSIDE: "
                + "https://lornasbands.example/shop");
        Post school = say(18, "16:00", tpSchool, priyanka, "school meeting went well! they're training all of "
                + "Arjun's teachers");
        re(18, "16:20", fraser, school, "that's great news");
        Post picnic = say(19, "10:00", tpCouch, gemma, "reminder: the family picnic at Camperdown is on the 15th, "
                + "put your name in the pinned sheet so we know numbers");
        re(19, "10:30", aisha, picnic, "we're in");
        Post adult = say(20, "20:00", tpHypo, iain, "@Lorna McIntyre do the bands come in adult sizes? my wife's T1 "
                + "too");
        re(20, "20:30", lorna, adult, "yes, adult S, M and L, same price");
    }

    private void speakers() {
        Post agenda = say(1, "12:00", hsNights, beth, "Thursday agenda: 3 prepared speeches, table topics, and we "
                + "need a timer and a grammarian. volunteers?");
        re(1, "12:30", miriam, agenda, "I'll be grammarian");
        re(1, "13:00", tomas, agenda, "timer for me");
        Post ravisHello = say(2, "10:00", hsIntro, ravi, "Hi all, I'm Ravi, software tester. I freeze up in sprint "
                + "demos so I joined to get over it. be gentle!");
        re(2, "10:20", desmond, ravisHello, "Welcome Ravi! Nerves are my speciality. I run 1:1 confidence coaching, "
                + "3 sessions for £150, book a free call here: https://desmondspeaks.example/book");
        Post watch = re(2, "10:45", beth, ravisHello, "Welcome Ravi! come along Thursday, you can just watch. Miriam "
                + "wrote a great piece on handling nerves, it's pinned in #speech-feedback");
        re(2, "11:00", ravi, watch, "thanks Beth, see you Thursday");
        Post ice = say(3, "19:00", hsFeedback, tomas, "my icebreaker from last week, would love honest feedback on "
                + "pacing: https://tube.example/watch/tomas-icebreaker");
        Post pause = re(3, "19:40", miriam, ice, "good energy! you rush the opening line, pause after 'My "
                + "grandmother'. and drop the 'so' at the start of every sentence");
        re(3, "19:50", tomas, pause, "ha I never noticed the so's. thanks");
        Post debate = say(4, "09:00", hsNatter, yusuf, "anyone watch the debate final last night? brutal");
        re(4, "09:30", tomas, debate, "yes! the second speaker was superb");
        Post table = say(5, "22:00", hsNights, beth, "great night, Ravi did a table topic on his very first visit");
        table.react("👏", miriam, tomas, clara);
        Post newish = say(6, "14:00", hsNatter, clara, "hi all, I'm new-ish, joined after the open evening. contest "
                + "season scares me");
        re(6, "14:20", miriam, newish, "it scares everyone! start with a short one");

        say(9, "12:00", hsNatter, yusuf, "@Tomás Ibarra @Beth Oduya @Clara Fenwick could you subscribe to my speaking "
                + "channel? trying to get to 1,000 subs: https://tube.example/@yusufspeaks");
        Post heats = say(10, "09:00", hsNights, beth, "Thursday: humorous speech contest heats, put your name in the "
                + "pinned sheet so we know how many slots to run");
        re(10, "09:30", clara, heats, "signed up 😬");
        say(11, "20:00", hsNatter, yusuf, "if anyone hasn't subscribed yet, every sub helps 🙏 "
                + "https://tube.example/@yusufspeaks");
        Post outline = say(12, "17:00", hsFeedback, ravi, "my first speech outline, feedback welcome: intro about "
                + "freezing, 3 stories, ending with the demo that went well");
        Post payoff = re(12, "17:30", miriam, outline, "love the arc. make the demo story the longest, it's your "
                + "payoff");
        re(12, "17:45", ravi, payoff, "thanks Miriam, good shout");

        Post hook = say(15, "18:00", hsFeedback, clara, "contest speech draft 1, the opening: 'I killed my first "
                + "tomato plant by loving it too much.' thoughts?");
        Post cut = re(15, "18:40", miriam, hook, "great hook. then go straight into the story and cut the bit where "
                + "you explain what an allotment is");
        re(15, "18:50", clara, cut, "thanks!!");
        Post homework = say(16, "09:00", hsFeedback, miriam, "my own contest opener, would love honest eyes on it: "
                + "'Nobody tells you that retirement comes with homework.' too flat?");
        Post sleep = say(16, "09:30", hsNatter, clara, "anyone else can't sleep before contests?");
        re(16, "09:40", tomas, sleep, "every time. camomile");
        Post slugs = say(16, "18:00", hsFeedback, clara, "draft 2, the middle section, the slug war. too long?");
        Post trap = re(16, "18:30", miriam, slugs, "a bit long. keep the beer trap, drop the copper tape. land the "
                + "laugh then move on");
        re(16, "18:45", clara, trap, "thank you!");
        Post ending = say(17, "19:00", hsFeedback, clara, "last bit, the ending: 'and now I love my plants a little "
                + "less, and they love me back.' ok?");
        Post breathe = re(17, "19:20", miriam, ending, "lovely. slow right down on 'a little less', let it breathe");
        re(17, "19:30", clara, breathe, "thanks so much!!");
        Post smile = re(18, "10:00", tomas, homework, "not flat at all, it made me smile. maybe pause after "
                + "'retirement'?");
        re(18, "10:20", miriam, smile, "ooh yes, thanks Tomás");
        Post won = say(19, "22:00", hsNights, beth, "contest night results: 1st Clara, 2nd Miriam! well done all");
        re(19, "22:10", clara, won, "I can't believe it!! thank you everyone");
        won.react("🎉", miriam, tomas, ravi);
    }

    private void lifeboat() {
        Post calm = say(1, "08:30", plChat, gavin, "morning all, flat calm in the harbour, lovely");
        re(1, "08:50", dilys, calm, "gorgeous out there");
        say(1, "10:00", plRota, ruth, "April shop rota is open, 12 shifts to fill: "
                + "https://forms.example/lifeboat-shop-april");
        say(2, "18:00", plNews, alun, "Shout: Tuesday 14:10, the all-weather boat launched to a yacht with engine "
                + "failure 6 miles SW. towed in, all safe");
        Post openDay = say(3, "10:00", plFund, jenna, "Open day is Saturday 15 April! we need cake bakers, stall "
                + "helpers and a face painter. put your name in the sheet: https://forms.example/open-day-helpers");
        re(3, "10:20", femi, openDay, "I'll do the tombola");
        re(3, "10:45", dilys, openDay, "cakes from me, lemon drizzle as usual");
        Post cafe = say(4, "09:00", plChat, ken, "anyone know if the slipway café is open yet for the season?");
        re(4, "09:30", ruth, cafe, "opens Good Friday I think");
        Post eight = say(5, "10:00", plRota, ruth, "8 shifts left for April, sheet here: "
                + "https://forms.example/lifeboat-shop-april");
        Post yacht = say(6, "17:00", plChat, femi, "saw the boat come back in on Tuesday, that yacht looked sorry "
                + "for itself");
        re(6, "17:20", ken, yacht, "they were lucky with the weather");

        say(8, "12:00", plNews, alun, "Exercise Wednesday evening with the helicopter, expect noise around 7pm");
        Post swap = re(9, "10:00", ken, eight, "@Ruth Penrose could I swap my Saturday 1st for the Sunday 2nd? my "
                + "grandson's birthday party");
        say(10, "11:00", plRota, ruth, "5 April shifts left, sheet here: https://forms.example/lifeboat-shop-april");
        Post cards = say(10, "15:00", plChat, ruth, "the new charity Christmas cards have arrived. in March 😂 "
                + "stored in the back room for now");
        re(10, "15:20", dilys, cards, "ha very organised");
        Post face = say(11, "10:00", plFund, jenna, "Open day: still need a face painter and 2 more stall helpers: "
                + "https://forms.example/open-day-helpers");
        re(11, "10:30", ruth, face, "I'll do a stall in the afternoon");
        Post heli = say(12, "09:00", plChat, ken, "anyone else hear the helicopter Wednesday? rattled the windows");
        re(12, "09:15", femi, heli, "my dog hid under the bed");
        Post till = say(13, "17:00", plChat, ruth, "shop took £640 on Saturday, best March day ever 🎉");
        re(13, "17:20", jenna, till, "brilliant!");
        till.react("🎉", dilys, femi);

        Post chase = re(15, "09:00", ken, swap, "@Ruth Penrose sorry to chase, is the swap ok?");
        Post cover = re(15, "09:30", dilys, chase, "Ken I can do your Saturday if Ruth's happy");
        re(15, "09:40", ken, cover, "thanks Dilys!");
        re(16, "08:00", ruth, swap, "sorry Ken, missed this. Dilys on the Saturday, you on the Sunday, all "
                + "updated");
        Post let = say(17, "12:00", plFund, gavin, "https://porthkerrisbythesea.example/cottage holiday let by the "
                + "slipway, sleeps 4, Easter week still free");
        Post room = re(17, "12:30", jenna, let, "Gavin this room's for the open day, maybe harbour-chat?");
        re(17, "12:45", gavin, room, "oops sorry");
        say(18, "11:00", plNews, alun, "Shout: Wednesday 09:30, paddleboarder blown offshore, picked up by the "
                + "inshore boat, cold but fine");
        say(19, "10:00", plFund, jenna, "Open day: face painter found, thanks Femi's sister! just 1 stall helper "
                + "needed now: https://forms.example/open-day-helpers");
        Post drizzle = say(20, "16:00", plChat, dilys, "lemon drizzles already in the freezer, 4 of them");
        re(20, "16:15", femi, drizzle, "save me a slice");
    }

    /** Ordinary talk in every community, the kind most of a real week is made of. */
    private void everydayTalk() {
        Post bike = say(7, "09:00", stAsk, dev, "filmed the deadlifts. hips shooting up first, apparently");
        re(7, "09:40", priya, bike, "that's the one. lighter weight, push the floor away, film again in a fortnight");
        re(20, "18:00", dev, bike, "fortnight later: hips and shoulders rising together now, back's fine the day "
                + "after 💪");

        Post lunge = say(8, "19:00", smChat, kwame, "lunge drills tonight destroyed my legs");
        re(8, "19:20", oskar, lunge, "Rafael's lunge ladder? it's evil");
        re(8, "19:30", kwame, lunge, "that's the one");
        Post grip = say(14, "11:00", smChat, oskar, "anyone know how to fix a loose pistol grip? mine wobbles");
        Post nut = re(14, "11:30", kwame, grip, "tighten the pommel nut with an allen key, and a bit of tape on the "
                + "tang if it still moves");
        re(14, "11:40", oskar, nut, "allen key did it, cheers");

        Post frost = say(7, "08:00", apKettle, sanjay, "frost on the windscreen this morning, glad I wasn't on the "
                + "7.30 shift");
        re(7, "08:20", derek, frost, "Tom and I were. couldn't feel my fingers");
        Post bins = say(14, "18:00", apKettle, tom, "bin day's moved to Thursday from next week btw");
        re(14, "18:10", derek, bins, "thanks Tom, would've missed that");

        Post net = say(9, "19:00", rsCoach, emre, "what's the right net height again? the one on table 3 looks "
                + "low");
        Post cm = re(9, "19:20", jakub, net, "15.25cm. there's a gauge in the cupboard, blue box");
        re(9, "19:30", emre, cm, "found it, it was 14. fixed");
        Post summer = say(13, "20:00", rsChat, ade, "is the summer league doubles or singles this year?");
        re(13, "20:30", bronwen, summer, "both, doubles on Wednesdays. details in May");
        Post balls = say(17, "19:00", rsChat, sofia, "we're nearly out of training balls btw");
        re(17, "19:20", jakub, balls, "ordered a box today");

        Post evenings = say(6, "12:00", frLounge, sunita, "how do you all handle evening courses? I'm getting asked "
                + "more and more");
        Post sixToNine = re(6, "12:30", niamh, evenings, "two evenings of 3 hours for EFAW, 6-9. people are tired "
                + "but it works");
        re(6, "12:40", sunita, sixToNine, "two evenings, good idea");

        Post pens = say(11, "10:00", tpHypo, iain, "flying to Spain at Easter, do the pens go in hand luggage?");
        Post letter = re(11, "10:30", gemma, pens, "hand luggage always, cool bag, and get a letter from the clinic. "
                + "security have been fine every time for us");
        re(11, "10:45", iain, letter, "letter requested, thank you");
        Post rain = say(13, "08:00", tpCouch, fraser, "football in the rain this morning and no hypo for once 🙌");
        re(13, "08:20", gemma, rain, "the dream!");
        re(13, "08:30", priyanka, rain, "love this");
        Post exams = say(16, "20:00", tpSchool, aisha, "anyone been through exams with T1? extra time, breaks for "
                + "snacks?");
        re(16, "20:30", gemma, exams, "yes, apply through the school's exams officer early, they need the "
                + "clinic letter");
        re(16, "20:45", aisha, exams, "thank you, will email them tomorrow");

        Post roles = say(8, "12:00", hsNights, beth, "roles for Thursday: we need a table topics master");
        re(8, "12:30", tomas, roles, "I'll do it");
        Post timer = say(13, "21:00", hsNatter, tomas, "anyone know a good timer app with coloured lights? the club "
                + "one died");
        Post app = re(13, "21:20", miriam, timer, "the club used a phone with a traffic light screen last year, "
                + "works fine, any free one does it");
        re(13, "21:30", tomas, app, "ha simple, thanks");
        Post agenda = say(15, "12:00", hsNights, beth, "contest night Thursday: 6 speakers, judges from the Eastside "
                + "club");
        re(15, "12:30", ravi, agenda, "coming to watch!");

        Post bucket = say(9, "18:00", plFund, femi, "collection buckets: do they go back to the shop or the "
                + "station?");
        Post station = re(9, "18:30", jenna, bucket, "station, the coxswain's office, there's a tray by the door");
        re(9, "18:40", femi, station, "ta");
        Post seals = say(11, "14:00", plChat, dilys, "seals on the rocks by the lighthouse again, three of them");
        re(11, "14:30", ken, seals, "saw them yesterday too, the big one's always there");
        Post raffle = say(18, "13:00", plFund, dilys, "raffle prizes so far: a hamper, a boat trip and a painting "
                + "from the gallery");
        re(18, "13:30", jenna, raffle, "amazing, thank you Dilys");
        Post gulls = say(19, "12:00", plChat, femi, "a gull stole my pasty on the quay. the whole thing");
        re(19, "12:10", ken, gulls, "welcome to Porthkerris 😂");
    }

    static Map<String, String> files() {
        return new HeldOutScenes62Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 62");
    }
}
