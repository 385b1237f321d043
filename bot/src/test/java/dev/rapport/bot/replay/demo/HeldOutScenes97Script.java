package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 97 (sealed): eight communities of the sea, rivers and canals, boats and the people who work and live
 * on the water, of kinds no earlier round used (a boatyard's own server, Kelsall's Boatyard, with its Staff and
 * Customers, marine engineers with a room where boat owners ask and an engineer's DM to a new owner, inshore day-boat
 * fishermen selling their catch direct with a room where locals and a restaurant order and a buyer's DM, volunteer
 * lock keepers on a canal flight where nobody sells, a dinghy sailing club with a chandlery owner among its sailors and
 * a for-sale room, small-craft marine surveyors with a room where boat buyers ask and a reading room, workboat and tug
 * crews with a crew-wanted board, an available-crew room and a sea-safety course seller among them, a harbour users'
 * group where nobody sells but a hull-cleaning diver turns up), over three ISO weeks (2030-W50 to W52, running into
 * Christmas), written and labelled by writer97 (session 51) before any coach ran on them, with many borderline cases.
 * The labels are in {@code bot/src/test/resources/eval/held-out-scenes-97.csv}. Run {@link #main} from the project
 * root to write the export again.
 */
final class HeldOutScenes97Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 12, 9);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 12, 30, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-97";
    private static final int BASE = 75600;

    // --- A. a boatyard's own server with its Staff and Customers ---
    private final String yard = cast.guild(1251);
    private final Role yardStaff = cast.role("Staff", "#1f6feb", 2);
    private final Role yardCustomer = cast.role("Customer", "#2da44e", 1);
    private final Channel byNotices = cast.channel(yard, "Kelsall's Boatyard", "yard-notices",
            "yard news from the Staff: crane days, tides, opening hours", "by-yard-notices.json");
    private final Channel byBook = cast.channel(yard, "Kelsall's Boatyard", "bookings-and-quotes",
            "book a lift-out, a launch or a job, or ask for a quote; the yard team answers here",
            "by-bookings-and-quotes.json");
    private final Channel byWork = cast.channel(yard, "Kelsall's Boatyard", "work-updates",
            "progress on the boats in the sheds and on the hard, with photos for their owners", "by-work-updates.json");
    private final Channel byOwners = cast.channel(yard, "Kelsall's Boatyard", "owners-chat",
            "boat owners at the yard: chat, tips, help each other", "by-owners-chat.json");
    private final Persona gavin = cast.person("gavin.kelsall", "Gavin Kelsall", yardStaff);
    private final Persona carys = cast.person("carys.p", "Carys Pengelly", yardStaff);
    private final Persona emeka = cast.person("emeka.nwosu", "Emeka Nwosu", yardStaff);
    private final Persona alan = cast.person("alan.treloar", "Alan Treloar", yardCustomer);
    private final Persona priya = cast.person("priya.r", "Priya Raman", yardCustomer);
    private final Persona marion = cast.person("marion.quigley", "Marion Quigley", yardCustomer);
    private final Persona desmond = cast.person("des.ogilvie", "Desmond Ogilvie");

    // --- B. marine engineers with a room where boat owners ask ---
    private final String mess = cast.guild(1252);
    private final Channel meBench = cast.channel(mess, "Marine Engineers' Mess", "engine-room",
            "for marine engineers among ourselves: jobs, faults, tools, moans", "me-engine-room.json");
    private final Channel meAsk = cast.channel(mess, "Marine Engineers' Mess", "owners-ask",
            "boat owners ask, an engineer answers: diesels, outboards, electrics", "me-owners-ask.json");
    private final Channel meParts = cast.channel(mess, "Marine Engineers' Mess", "parts-and-kit",
            "spares, tools and engines for sale or wanted", "me-parts-and-kit.json");
    private final Channel meGalley = cast.channel(mess, "Marine Engineers' Mess", "galley",
            "off-topic: tea, pubs, Christmas", "me-galley.json");
    private final Persona dougie = cast.person("dougie.mcleish", "Dougie McLeish");
    private final Persona halima = cast.person("halima.marine", "Halima Begum");
    private final Persona stefan = cast.person("stefan.nowak", "Stefan Nowak");
    private final Persona ruairi = cast.person("ruairi.d", "Ruairi Doherty");
    private final Persona trevor = cast.person("trevor.ashby", "Trevor Ashby");
    private final Persona ingrid = cast.person("ingrid.solberg", "Ingrid Solberg");
    private final Persona kofi = cast.person("kofi.mensah", "Kofi Mensah");
    private final Channel meDm = cast.dm(stefan, "me-dm-stefan-nowak.json");

    // --- C. inshore day-boat fishermen selling their catch direct ---
    private final String quay = cast.guild(1253);
    private final Channel fiCatch = cast.channel(quay, "Pengarth Quay Day Boats", "catch-for-sale",
            "today's landings with prices; order in #orders-and-questions or by DM", "fi-catch-for-sale.json");
    private final Channel fiOrders = cast.channel(quay, "Pengarth Quay Day Boats", "orders-and-questions",
            "locals, cooks and restaurants: order fish and shellfish, ask what's landing", "fi-orders-and-questions.json");
    private final Channel fiSkippers = cast.channel(quay, "Pengarth Quay Day Boats", "skippers-only",
            "for skippers and crew among ourselves: weather, gear, quota, moans", "fi-skippers-only.json");
    private final Channel fiQuay = cast.channel(quay, "Pengarth Quay Day Boats", "quay-chat",
            "anything else, everyone welcome", "fi-quay-chat.json");
    private final Persona jory = cast.person("jory.trewin", "Jory Trewin");
    private final Persona kerensa = cast.person("kerensa.nance", "Kerensa Nance");
    private final Persona bryn = cast.person("bryn.pascoe", "Bryn Pascoe");
    private final Persona tomasz = cast.person("tomasz.wrona", "Tomasz Wrona");
    private final Persona harriet = cast.person("harriet.lanyon", "Harriet Lanyon");
    private final Persona deepak = cast.person("deepak.sharma", "Deepak Sharma");
    private final Persona moira = cast.person("moira.tulloch", "Moira Tulloch");
    private final Channel fiDm = cast.dm(deepak, "fi-dm-deepak-sharma.json");

    // --- D. volunteer lock keepers on a canal flight, where nobody sells ---
    private final String flight = cast.guild(1254);
    private final Channel lkRota = cast.channel(flight, "Fenby Flight Volunteers", "rota",
            "volunteer shifts: sign up, swap, cover", "lk-rota.json");
    private final Channel lkLog = cast.channel(flight, "Fenby Flight Volunteers", "lock-log",
            "what happened on your shift: boats through, faults, water levels", "lk-lock-log.json");
    private final Channel lkWorks = cast.channel(flight, "Fenby Flight Volunteers", "winter-works",
            "winter work parties: painting, clearing, paddle gear", "lk-winter-works.json");
    private final Channel lkHut = cast.channel(flight, "Fenby Flight Volunteers", "tea-hut",
            "chat, photos, cake", "lk-tea-hut.json");
    private final Persona gordon = cast.person("gordon.blackwood", "Gordon Blackwood");
    private final Persona pauline = cast.person("pauline.ferrars", "Pauline Ferrars");
    private final Persona sunil = cast.person("sunil.varma", "Sunil Varma");
    private final Persona ewan = cast.person("ewan.gillespie", "Ewan Gillespie");
    private final Persona agnieszka = cast.person("agnieszka.z", "Agnieszka Zielinska");
    private final Persona malcolm = cast.person("malcolm.iredale", "Malcolm Iredale");

    // --- E. a dinghy sailing club with a chandlery owner among its sailors ---
    private final String club = cast.guild(1255);
    private final Channel scRacing = cast.channel(club, "Carnmoor Sailing Club", "racing",
            "frostbite series: results, start times, protests", "sc-racing.json");
    private final Channel scHelp = cast.channel(club, "Carnmoor Sailing Club", "help-and-rigging",
            "ask anything: rigging, tuning, capsizes, kit", "sc-help-and-rigging.json");
    private final Channel scSale = cast.channel(club, "Carnmoor Sailing Club", "boat-bits-for-sale",
            "members selling or wanting boats, sails and kit", "sc-boat-bits-for-sale.json");
    private final Channel scClub = cast.channel(club, "Carnmoor Sailing Club", "clubhouse",
            "chat, socials, the bar rota", "sc-clubhouse.json");
    private final Persona giles = cast.person("giles.atherton", "Giles Atherton");
    private final Persona oliver = cast.person("oliver.strachan", "Oliver Strachan");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona beatrix = cast.person("beatrix.h", "Beatrix Holloway");
    private final Persona hamish = cast.person("hamish.carmichael", "Hamish Carmichael");
    private final Persona wendy = cast.person("wendy.polglase", "Wendy Polglase");

    // --- F. small-craft marine surveyors with a room where boat buyers ask ---
    private final String survey = cast.guild(1256);
    private final Channel msIntro = cast.channel(survey, "Small Craft Surveyors", "introductions",
            "new here? introduce yourself: surveyors, buyers, owners", "ms-introductions.json");
    private final Channel msBench = cast.channel(survey, "Small Craft Surveyors", "surveyors-bench",
            "for surveyors among ourselves: cases, moisture readings, PI cover, fees", "ms-surveyors-bench.json");
    private final Channel msAsk = cast.channel(survey, "Small Craft Surveyors", "buyers-ask",
            "buying a boat? ask a surveyor anything about surveys and what they find", "ms-buyers-ask.json");
    private final Channel msRead = cast.channel(survey, "Small Craft Surveyors", "reading-room",
            "drop useful links here: standards, MAIB reports, articles worth a read", "ms-reading-room.json");
    private final Persona anders = cast.person("anders.lindahl", "Anders Lindahl");
    private final Persona bernadette = cast.person("bernadette.q", "Bernadette Quayle");
    private final Persona howard = cast.person("howard.pengilly", "Howard Pengilly");
    private final Persona femi = cast.person("femi.adeyemi", "Femi Adeyemi");
    private final Persona lucy = cast.person("lucy.ferrant", "Lucy Ferrant");
    private final Persona graham = cast.person("graham.tunstall", "Graham Tunstall");
    private final Persona nadia = cast.person("nadia.hassan", "Nadia Hassan");

    // --- G. workboat and tug crews with a crew board and a sea-safety course seller ---
    private final String crews = cast.guild(1257);
    private final Channel wbJobs = cast.channel(crews, "Workboat Crew Network", "crew-wanted",
            "operators post crew vacancies here, with the link to apply", "wb-crew-wanted.json");
    private final Channel wbAvail = cast.channel(crews, "Workboat Crew Network", "available-crew",
            "crew looking for work: post your tickets, sea time and availability", "wb-available-crew.json");
    private final Channel wbTickets = cast.channel(crews, "Workboat Crew Network", "tickets-and-training",
            "STCW, ENG1, boatmaster, CoCs: questions and answers", "wb-tickets-and-training.json");
    private final Channel wbMess = cast.channel(crews, "Workboat Crew Network", "mess-room",
            "off-watch chat", "wb-mess-room.json");
    private final Persona declan = cast.person("declan.fairhurst", "Declan Fairhurst");
    private final Persona morag = cast.person("morag.sinclair", "Morag Sinclair");
    private final Persona jonas = cast.person("jonas.ekberg", "Jonas Ekberg");
    private final Persona kwame = cast.person("kwame.boateng", "Kwame Boateng");
    private final Persona lewis = cast.person("lewis.abernethy", "Lewis Abernethy");
    private final Persona gareth = cast.person("gareth.penhale", "Gareth Penhale");

    // --- H. a harbour users' group where nobody sells, and a diver who turns up ---
    private final String harbour = cast.guild(1258);
    private final Channel hbNotices = cast.channel(harbour, "Porthcarrow Harbour Users", "harbour-notices",
            "from the harbour office and the committee: warnings, dues, inspections", "hb-harbour-notices.json");
    private final Channel hbMoorings = cast.channel(harbour, "Porthcarrow Harbour Users", "moorings-and-berths",
            "who's where, swaps, the waiting list, mooring gear", "hb-moorings-and-berths.json");
    private final Channel hbStorm = cast.channel(harbour, "Porthcarrow Harbour Users", "storm-watch",
            "gale coming? ask someone to look at your boat, report what you see", "hb-storm-watch.json");
    private final Channel hbSlip = cast.channel(harbour, "Porthcarrow Harbour Users", "the-slipway",
            "chat for everyone who uses the harbour", "hb-the-slipway.json");
    private final Persona iain = cast.person("iain.maclachlan", "Iain Maclachlan");
    private final Persona sheila = cast.person("sheila.trebilcock", "Sheila Trebilcock");
    private final Persona petroc = cast.person("petroc.angove", "Petroc Angove");
    private final Persona annelise = cast.person("annelise.vogel", "Annelise Vogel");
    private final Persona jago = cast.person("jago.kitto", "Jago Kitto");
    private final Persona rashid = cast.person("rashid.karim", "Rashid Karim");
    private final Persona dylan = cast.person("dylan.roskilly", "Dylan Roskilly");

    HeldOutScenes97Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        boatyard();
        engineers();
        fishermen();
        lockKeepers();
        sailingClub();
        surveyors();
        workboatCrews();
        harbourUsers();
    }

    /** A. Kelsall's Boatyard: Gavin lets an advocate's quote wait a week while he serves a newcomer. */
    private void boatyard() {
        // W50
        say(1, "08:30", byNotices, carys, "Crane days before Christmas: Tue 10th, Thu 12th and Tue 17th, tide "
                + "permitting (high water around 11:00 on all three). Lift-outs are booked in #bookings-and-quotes, "
                + "first come first served.");
        Post pQ = say(1, "09:10", byBook, priya, "Hi all, first winter with Curlew (Broom 30, bought her in "
                + "September). Could I get her lifted on the 12th and stored ashore till April? And what does "
                + "winterising the engines involve, do I book that separately?");
        Post gA = re(1, "09:40", gavin, pQ, "Morning Priya, welcome. The 12th is fine, I've put you in the 11:00 "
                + "slot. Storage ashore is £19 a foot for the winter, so about £570 for Curlew, cradle included. "
                + "Winterising is separate: for twin Volvos it's a flush with antifreeze, oil and filters, fogging, "
                + "about three hours' labour plus parts. Shall I add it?");
        re(1, "10:05", priya, gA, "Yes please, add it. Thank you, that's a weight off");
        Post alPads = say(1, "12:00", byOwners, alan, "Anyone else's cradle pads rotten? The ones under Marram are "
                + "crumbling, Emeka reckons they'll need doing before she goes back on");
        Post maPads = re(1, "12:20", marion, alPads, "Ours were done last year, the new rubber ones are far better. "
                + "Ask for those");
        re(1, "12:25", alan, maPads, "Cheers Marion, will do");
        Post emBolts = say(2, "08:45", byWork, emeka, "Sea Otter: keel bolts drawn, two of the six look tired, "
                + "photos are in the office. @Marion Quigley give me a ring when you're free");
        re(2, "11:30", marion, emBolts, "Thanks Emeka, ringing you now");
        Post pBat = say(2, "14:00", byOwners, priya, "Maybe a daft question: do people leave the batteries aboard "
                + "over winter or take them home?");
        Post alBat = re(2, "14:20", alan, pBat, "Not daft. I take mine home and keep them on a smart charger in the "
                + "garage. If you leave them aboard, isolate everything and top them up once a month");
        re(2, "14:30", marion, pBat, "The hard has shore power if you'd rather leave a charger on, ask Carys");
        re(2, "15:00", priya, alBat, "Home they go then. Thanks both");
        Post alRef = say(3, "09:00", byOwners, alan, "By the way @Gavin Kelsall, I sent two lads from the sailing "
                + "club your way for winter storage, the Contessa and the Hunter. Hope they got in touch");
        re(3, "09:30", gavin, alRef, "They did, both booked in for the 17th. Thanks Alan, much appreciated")
                .react("👍", alan);
        say(3, "10:00", byNotices, carys, "Reminder: the yard is closed from Tue 24 Dec to Wed 1 Jan. The last "
                + "crane day of the year is Tue 17th.");
        Post emBl = say(4, "08:30", byWork, emeka, "Marram (Alan's Sadler): hull pressure-washed, a few small "
                + "blisters below the waterline on the starboard side, nothing deep so far");
        Post alPh = re(4, "09:15", alan, emBl, "Can you send me a photo? I'm not down till next week");
        Post emPh = re(4, "09:40", emeka, alPh, "Here you are: photos.example/kelsall/marram-starboard . The "
                + "worst one is by the log transducer");
        re(4, "10:00", alan, emPh, "Thanks Emeka. Not as bad as I feared, leave them till I'm down");
        Post maInv = say(5, "11:00", byBook, marion, "@Carys Pengelly could you send me the invoice for the keel "
                + "bolts? The insurers want it");
        Post caInv = re(5, "11:30", carys, maInv, "Emailed it to you just now, Marion");
        re(5, "11:40", marion, caInv, "Got it, thanks Carys");
        say(6, "12:30", byNotices, carys, "Curlew and the two Hunters are out and chocked. Next crane day Tue "
                + "17th, four slots left.");
        Post emAn = say(6, "13:00", byWork, emeka, "Curlew (Priya's): lifted Thursday, hull clean, anodes about "
                + "half gone. @Priya Raman want them replaced while she's out? About £85 fitted");
        re(6, "13:40", priya, emAn, "Yes please, thank you for spotting that");
        // W51
        say(8, "08:30", byNotices, carys, "Tuesday's crane day is full. I'm off Wednesday to Friday this week, "
                + "Gavin has the phone and the desk.");
        joins(9, "08:50", byOwners, desmond);
        Post alQ = say(9, "09:15", byBook, alan, "@Gavin Kelsall could you quote me for a new cutless bearing and "
                + "repacking the stern gland while Marram's out? I'd like it done before she goes back in March");
        Post dQ = say(9, "10:00", byBook, desmond, "Hello, I've a Westerly Centaur on a mooring at Percuil. What "
                + "would you charge to lift her, pressure-wash her and keep her ashore for January and February?");
        Post gD = re(9, "10:30", gavin, dQ, "Hi Desmond, for a Centaur: lift and wash £240, storage £19 a foot a "
                + "month, so about £990 for the two months plus VAT. Next free crane slot is 7 January. Shall I "
                + "pencil you in?");
        Post deMast = re(9, "10:50", desmond, gD, "Yes please, the 7th works. Do I need to drop the mast?");
        Post gMast = re(9, "11:10", gavin, deMast, "No, we lift Centaurs with the mast up. Just bring her round on "
                + "the morning tide");
        re(9, "11:20", desmond, gMast, "Perfect, thank you");
        say(10, "08:40", byWork, emeka, "Sea Otter's keel bolts are in, torqued and sealed. Marram's blisters wait "
                + "for Alan.").react("👏", marion);
        Post prTeak = say(10, "14:00", byOwners, priya, "Curlew's anodes are on. Now a question for you all: what do "
                + "you clean teak with? The last owner used something that's turned the cockpit grey");
        Post alTeak = re(10, "14:25", alan, prTeak, "A two-part teak cleaner, then leave it to weather. Never "
                + "pressure-wash it, it strips the soft grain out");
        re(10, "14:40", priya, alTeak, "Good to know before I ruin it, thanks Alan");
        say(11, "09:00", byBook, alan, "@Gavin Kelsall any news on the quote for the stern gear? No rush, but I'd "
                + "like to order the bearing before Christmas");
        say(11, "10:00", byNotices, gavin, "Tuesday went well, eight boats out. The hard is now full until the New "
                + "Year; more room opens after the 7 January lift.");
        Post deDiy = say(11, "10:30", byBook, desmond, "@Gavin Kelsall one more: can I work on her myself while "
                + "she's ashore, or does it all have to be your people?");
        Post gDiy = re(11, "11:00", gavin, deDiy, "Owners can do their own work, antifouling and so on. Anything to "
                + "do with the engine or the through-hulls, tell us first");
        re(11, "11:15", desmond, gDiy, "Understood, thanks");
        Post emWin = say(12, "09:30", byWork, emeka, "Curlew's winterising is done: both engines flushed with "
                + "antifreeze, oil and filters changed. Photos: photos.example/kelsall/curlew-engines");
        re(12, "10:15", priya, emWin, "Thank you Emeka, lovely tidy job");
        Post prInv = say(13, "09:00", byBook, priya, "@Gavin Kelsall could I have the invoice for the winterising "
                + "and the anodes?");
        Post gInv = re(13, "09:45", gavin, prInv, "Emailed it to you this morning, Priya");
        re(13, "10:00", priya, gInv, "Got it, thanks");
        say(14, "17:00", byNotices, gavin, "The yard is closed 24 Dec to 1 Jan. I'm away at my sister's in Devon "
                + "from the 24th; Emeka checks the boats on the hard every morning and after any gale. Merry "
                + "Christmas all.");
        say(14, "19:00", byOwners, alan, "Quiet in here. Still waiting on my stern gear quote, might try Mylor");
        // W52
        Post gLate = re(15, "08:30", gavin, alQ, "Alan, I'm so sorry, your quote slid under everything last week. "
                + "Cutless bearing and repacking: £310 plus the bearing at £64, and I can do it the week of 13 "
                + "January. And thank you again for sending the lads our way");
        re(15, "09:30", alan, gLate, "No harm done. Book it in for the 13th. Merry Christmas Gavin");
        Post prStorm = say(18, "09:00", byOwners, priya, "@Gavin Kelsall that wind last night was wild, is Curlew "
                + "all right on her cradle?");
        Post emStorm = re(18, "09:40", emeka, prStorm, "Morning Priya, I did the rounds at eight. Curlew's fine, "
                + "every prop tight. One cover came loose on a Hunter, that's all");
        re(18, "09:50", priya, emStorm, "Thank you Emeka, Christmas saved");
        say(19, "08:30", byNotices, emeka, "Storm check done again this morning: everything secure, two loose "
                + "covers re-lashed.");
        Post alPot = say(20, "15:00", byOwners, alan, "Spent the afternoon pottering on Marram. Emeka, the blister "
                + "photos were spot on, there's less to do than I thought");
        re(20, "15:30", emeka, alPot, "Glad to hear it. We'll grind them out in January");
    }

    /** B. Marine Engineers' Mess: Stefan pitches a service to a newcomer who only asked if her smoke was normal. */
    private void engineers() {
        // W50
        Post tQ = say(1, "09:00", meAsk, trevor, "The Yanmar 2GM20 in my Westerly Konsort runs hot after about "
                + "twenty minutes at cruising revs and the alarm goes. Raw water comes out of the exhaust but less "
                + "than it used to. Changed the thermostat last spring. Where do I start?");
        Post dA = re(1, "09:40", dougie, tQ, "Start with the impeller. Weak flow at the exhaust on a 2GM is nine "
                + "times out of ten a tired impeller with a vane or two missing. If a vane's gone, find it: it'll be "
                + "sitting in the heat exchanger inlet");
        re(1, "10:00", trevor, dA, "Thanks Dougie, the pump cover comes off tomorrow, I'll report back");
        Post ruHi = say(1, "12:00", meBench, ruairi, "Morning all. Ruairi here, just gone self-employed in Plymouth "
                + "after eight years at a Volvo dealer. Mobile, diesels and outboards. Glad to find this place");
        re(1, "12:20", dougie, ruHi, "Welcome Ruairi. Eight years of Volvo is good grounding. Shout if you want a "
                + "hand with the paperwork, insurance is the painful bit");
        Post haHi = re(1, "12:40", halima, ruHi, "Welcome! Get your public liability sorted before anything else");
        re(1, "13:00", ruairi, haHi, "Cheers both, that's on this week's list");
        Post tR = re(3, "10:00", trevor, dA, "Impeller was missing three vanes, found two of them in the heat "
                + "exchanger end cap. New impeller in. Better, but it still creeps up after half an hour");
        Post dA2 = re(3, "10:30", dougie, tR, "Then the exchanger stack is probably furred. Take the end caps off "
                + "and rod the tubes gently with brass welding rod, or soak it in descaler overnight");
        re(3, "10:45", trevor, dA2, "I'll do the soak at the weekend. Thank you");
        Post kQ = say(3, "14:00", meAsk, kofi, "Liveaboard on a Dutch barge here. The shore power trips the "
                + "pontoon breaker when the immersion heater and the battery charger are both on. Just too much "
                + "draw, or have I got a fault?");
        Post hK = re(3, "14:30", halima, kQ, "What's the pontoon supply, 16 amp? An immersion is usually 3 kW, "
                + "that's 13 A on its own; add a charger and you're over. It could also be a small earth leak "
                + "tripping an RCD, but try them one at a time first");
        Post kQ2 = re(3, "15:00", kofi, hK, "16 A, yes. One at a time it holds. Have you got a diagram for a "
                + "load-shedding relay, so the immersion drops out when the charger's on?");
        Post hK2 = re(3, "15:30", halima, kQ2, "I drew one for a client last year, it's on my site: "
                + "begum-marine.example/notes/load-shed-relay . Use a 30 A contactor, not a cheap relay");
        re(3, "15:40", kofi, hK2, "That's exactly it. Thanks Halima");
        joins(4, "08:50", meAsk, ingrid);
        Post iQ = say(4, "09:00", meAsk, ingrid, "Hi, new here. My Mercury 9.9 four-stroke puffs white smoke at "
                + "idle for the first few minutes after starting, then it clears. Is that normal or should I worry?");
        Post hI = re(4, "09:30", halima, iQ, "On a cold morning that's usually condensation burning off, normal. "
                + "If it's still white and smells sweet once warm, that's coolant, and a different story");
        re(4, "09:50", ingrid, hI, "It clears once warm, no smell. Phew, thank you!");
        re(5, "11:00", stefan, iQ, "Could be a few things. I do full winter services on Mercury outboards, £165 "
                + "with impeller, plugs and gearbox oil, DM me and I'll fit you in before Christmas");
        Post sDm = at(6, "10:00").in(meDm).say(stefan, "Hi Ingrid, Stefan from the Mess. I've still got two slots "
                + "next week for that service, £165, and I can collect from Mylor");
        at(6, "10:40").in(meDm).reply(ingrid, sDm, "Thanks Stefan, kind of you, but Halima says it's normal, so "
                + "I'll leave it for now");
        Post tOk = re(6, "17:00", trevor, dA2, "Soaked the exchanger overnight, a heap of white scale came out. Ran "
                + "her for an hour today at 2800 rpm, temperature rock steady. Thank you @Dougie McLeish, I owe you "
                + "a pint");
        re(6, "17:30", dougie, tOk, "Good stuff. Check the anode in the exchanger while you're in there, 2GMs have "
                + "one");
        Post dPint = say(7, "12:00", meGalley, dougie, "Mess Christmas pint, Friday 20th at the Chain Locker, 7pm. "
                + "Who's in?");
        re(7, "12:15", ruairi, dPint, "In, if newcomers are allowed");
        re(7, "12:30", stefan, dPint, "In");
        re(7, "13:00", halima, dPint, "I'll be in Dhaka at a wedding, have one for me");
        // W51
        Post hAway = say(8, "09:00", meGalley, halima, "Flying out tomorrow for my cousin's wedding, back on the "
                + "21st. Ruairi, Dougie, could you keep an eye on the electrics questions while I'm gone?");
        re(8, "09:20", ruairi, hAway, "Will do, have a great time");
        Post kQ3 = say(9, "10:30", meAsk, kofi, "@Halima Begum the contactor works a treat. New one for you: the "
                + "inverter alarms at 12.1 V while the batteries read 12.6 at the terminals. Is the cable too thin?");
        Post rK = re(9, "11:00", ruairi, kQ3, "Halima's away till the 21st, so I'll have a go: that's voltage drop. "
                + "What size is the cable from the batteries to the inverter, and how long's the run?");
        Post kC = re(9, "11:30", kofi, rK, "About three metres of 25 mm², and the inverter's 2000 W");
        Post rK2 = re(9, "12:00", ruairi, kC, "Too thin for 2 kW at 12 V, you'll pull up to 170 A. Go to 70 mm², "
                + "keep the run short, check the crimps, and fuse it near the battery");
        re(9, "12:20", kofi, rK2, "Brilliant, thank you Ruairi. Ordering cable");
        Post iQ2 = say(11, "10:00", meAsk, ingrid, "Another outboard question: how do people store them over "
                + "winter? Mine's still on the boat on a mooring");
        Post dI = re(11, "10:20", dougie, iQ2, "Ideally off the boat, upright in a shed, run on fresh water and "
                + "fogged first. If it stays on, tilt it up, turn the fuel off and take the kill cord home");
        re(11, "10:35", ruairi, iQ2, "And drain the carb bowl if it has one, ethanol petrol gums it up over "
                + "winter");
        Post iQ3 = re(11, "10:50", ingrid, dI, "Thank you both, it's coming home. Ruairi, do you do winter "
                + "services? Might as well get it done while it's off");
        Post rI = re(11, "11:10", ruairi, iQ3, "I do. For a 9.9 four-stroke it's £140 with parts. I'm in Falmouth "
                + "on the 18th if you can bring it to the quay");
        re(11, "11:30", ingrid, rI, "Booked, see you on the 18th");
        say(12, "09:00", meParts, stefan, "For sale: Tohatsu 5 hp two-stroke, short shaft, runs well, £380. "
                + "Photos: stefan-outboards.example/tohatsu5");
        Post tWant = say(12, "10:00", meParts, trevor, "Wanted: a raw water pump for a 2GM, reconditioned or good "
                + "used");
        Post dPump = re(12, "10:30", dougie, tWant, "I've a recon one on the shelf, £120, yours if you want it");
        re(12, "10:45", trevor, dPump, "Yes please, I'll collect Saturday");
        Post kDone = say(14, "12:00", meAsk, kofi, "Swapped to 70 mm², no more alarms even with the kettle on. "
                + "Ruairi, I owe you one");
        re(14, "12:30", ruairi, kDone, "Good stuff Kofi");
        // W52
        Post hBack = say(15, "09:00", meGalley, halima, "Back! Three days of wedding food. What did I miss?");
        Post dBack = re(15, "09:20", dougie, hBack, "Ruairi's been doing your job, and doing it well");
        re(15, "09:30", halima, dBack, "So I see, thank you Ruairi!");
        Post hLate = re(15, "10:00", halima, kQ3, "@Kofi Mensah sorry, I was away. Ruairi's answer is spot on. One "
                + "thing to add: put the fuse within 300 mm of the battery");
        re(15, "10:30", kofi, hLate, "Will do, thanks Halima. Welcome back");
        say(16, "11:00", meAsk, trevor, "Fitted Dougie's recon pump. Merry Christmas all, she's never run so "
                + "cool").react("🎉", dougie);
        Post iOk = say(18, "10:00", meAsk, ingrid, "Ruairi serviced the Mercury last week: no smoke and it starts "
                + "first pull. Thank you everyone for being so kind to a beginner");
        re(18, "10:30", ruairi, iOk, "Pleasure Ingrid, see you in spring");
        Post rMonth = say(19, "18:00", meBench, ruairi, "End of my first month on my own: fourteen jobs, half from "
                + "people who found me through here. Thank you all");
        re(19, "18:20", dougie, rMonth, "Well earned");
        say(20, "09:00", meParts, stefan, "Tohatsu sold, thanks all");
        Post sShow = say(20, "09:30", meBench, stefan, "Anyone want to share a van to the Southampton trade show in "
                + "January?");
        re(20, "10:00", dougie, sShow, "I might, let's talk after New Year");
    }

    /** C. Pengarth Quay: Jory spends a stormy week with his fellow skippers while his buyers' orders wait. */
    private void fishermen() {
        // W50
        say(1, "06:40", fiCatch, kerensa, "Monday's landings, handline caught this morning: mackerel £4/kg, "
                + "pollack £11/kg, two bass (2.1 and 2.8 kg) £19/kg. Order form: kerensa-fish.example/order or shout "
                + "in #orders-and-questions");
        say(1, "07:10", fiCatch, jory, "Pots hauled: 18 cock crabs, 6 lobsters. Crab £7 each, lobster £30/kg. "
                + "Message me or order in #orders-and-questions");
        Post hQ1 = say(1, "08:00", fiOrders, harriet, "@Jory Trewin morning! The usual please, 8 cock crabs for "
                + "Thursday lunch. And could you do 4 lobsters for our Friday tasting menu?");
        Post jH1 = re(1, "08:20", jory, hQ1, "Morning Harriet. 8 crabs Thursday, no problem. Lobsters depend on "
                + "Thursday night's weather, I'll know Wednesday");
        re(1, "08:30", harriet, jH1, "Great, thanks Jory");
        Post dQ1 = say(1, "09:00", fiOrders, deepak, "Do any of you sell pollack as fillets rather than whole fish? "
                + "My kids won't eat anything with a face");
        Post kD1 = re(1, "09:20", kerensa, dQ1, "I fillet for free, tick 'filleted' on the form. Pollack fillet "
                + "works out about £18/kg");
        re(1, "09:30", deepak, kD1, "Ha, perfect. I'll order a kilo for Wednesday");
        Post bGale = say(2, "07:30", fiSkippers, bryn, "Gale 8 forecast Thursday night into Friday. Anyone staying "
                + "out?");
        Post jGale = re(2, "07:50", jory, bGale, "Hauling Wednesday and leaving them ashore. Not losing another "
                + "fleet like last December");
        re(2, "08:10", tomasz, jGale, "I'll come in with you Wednesday, Bryn wants me on the quay Thursday anyway");
        say(3, "06:45", fiCatch, kerensa, "Wednesday: mackerel £4/kg, pollack £11/kg, gurnard £6/kg (lovely in a "
                + "curry). Order: kerensa-fish.example/order");
        Post jLob = re(3, "15:00", jory, hQ1, "Harriet, lobsters are on: 4 for Friday, I'll drop them with the "
                + "crabs");
        re(3, "15:20", harriet, jLob, "You're a star");
        Post dQ2 = say(6, "11:00", fiOrders, deepak, "Is anyone doing crab for Christmas Eve? I fancy a dressed "
                + "crab starter for ten");
        Post jD2 = re(6, "11:30", jory, dQ2, "I'll have crab right up to the 23rd, weather permitting. Dressed crab "
                + "is £12 each, or £7 live if you'd rather do it yourself. Orders by the 20th");
        re(6, "11:45", deepak, jD2, "Perfect, I'll confirm numbers next week");
        // W51
        say(8, "06:40", fiCatch, kerensa, "Monday: mackerel £4/kg, pollack £11/kg, whiting £7/kg. Christmas orders "
                + "open till the 21st: kerensa-fish.example/order");
        Post jLost = say(8, "17:00", fiSkippers, jory, "Lost six pots off the Dodman, the string I couldn't get in "
                + "before the blow. That's £400 of gear");
        Post bLost = re(8, "17:20", bryn, jLost, "Ouch. Same spot as last year? The tide runs hard there on "
                + "springs");
        re(8, "17:30", jory, bLost, "Same spot. I never learn");
        Post jPots = say(9, "08:00", fiSkippers, jory, "Anyone selling second-hand parlour pots? I need a dozen "
                + "before the New Year");
        Post tPots = re(9, "08:30", tomasz, jPots, "Old Trudgeon at Portloe has a stack behind his shed");
        re(9, "08:45", jory, tPots, "Ta Tomasz, I'll ring him");
        Post hQ2 = say(10, "09:00", fiOrders, harriet, "@Jory Trewin could you do 20 dressed crabs for our "
                + "Christmas Eve menu, delivered on the 23rd? We've bought your crab every week since June so I'd "
                + "rather not go elsewhere. Fully booked, and I need to print the menus by Friday");
        say(10, "06:45", fiCatch, kerensa, "Wednesday: mackerel £4/kg, gurnard £6/kg, a few plaice £9/kg. "
                + "kerensa-fish.example/order");
        joins(10, "12:00", fiQuay, moira);
        Post jRope = say(10, "16:00", fiSkippers, jory, "Rang Trudgeon, ten pots for £200. Tomasz, can you help me "
                + "rope them up Thursday?");
        re(10, "16:20", tomasz, jRope, "Yes, after I've done Bryn's");
        Post jCar = say(11, "12:00", fiQuay, jory, "Who's going to the lifeboat carols on Saturday?");
        Post bCar = re(11, "12:15", bryn, jCar, "Me and the kids");
        re(11, "12:20", jory, bCar, "See you there then");
        Post jQuota = say(11, "17:00", fiSkippers, jory, "Pollack quota's being cut again in January, heard it "
                + "from the PO");
        Post bQuota = re(11, "17:15", bryn, jQuota, "Heard that too. @Kerensa Nance, that'll hit you hardest");
        Post kQuota = re(11, "17:40", kerensa, bQuota, "Don't. I'll be on mackerel and gurnard till March");
        re(11, "17:50", jory, kQuota, "We'll all be living on gurnard curry");
        Post mQ = say(12, "10:00", fiOrders, moira, "Hello, I've just moved to Pengarth. Could I buy two live crabs "
                + "for Christmas Eve, and would someone show me how to dress them?");
        re(12, "10:30", kerensa, mQ, "Welcome Moira! I only do fish, crab is @Jory Trewin. Jory, can you do Moira "
                + "two cocks for the 24th?");
        Post tDone = say(12, "16:00", fiSkippers, tomasz, "Ropes done on Jory's new pots");
        re(12, "16:30", jory, tDone, "Cheers Tomasz, pints on me Saturday");
        Post dQ3 = say(13, "09:00", fiOrders, deepak, "Confirming for Christmas Eve: 10 dressed crabs please "
                + "@Jory Trewin, as we said last week. Can I collect on the 23rd?");
        re(13, "11:00", harriet, hQ2, "@Jory Trewin sorry to chase, the printer is holding the menus till tomorrow");
        say(13, "17:00", fiSkippers, jory, "New pots stacked on the quay, out Monday if the swell drops");
        Post jOil = say(13, "17:30", fiQuay, jory, "Anyone got spare oilskin trousers in XL? Mine have split right "
                + "up the back");
        Post bOil = re(13, "17:45", bryn, jOil, "Old pair in my shed, they're yours");
        re(13, "18:00", jory, bOil, "Legend");
        Post jSwell = say(14, "15:00", fiSkippers, jory, "Swell's down for tomorrow. Tomasz, half five?");
        re(14, "15:10", tomasz, jSwell, "Half five");
        say(14, "16:00", fiOrders, harriet, "Printed the menus with 'local crab' on and crossed my fingers");
        // W52
        Post jSorry = say(15, "06:30", fiOrders, jory, "Sorry everyone, I've been on the quay and in the pub and "
                + "not in here, that's on me. @Harriet Lanyon yes to 20 dressed crabs on the 23rd. @Deepak Sharma "
                + "10 dressed, collect the 23rd from 4pm. @Moira Tulloch two live cocks for the 24th, and I'll show "
                + "you how to dress them when you collect");
        re(15, "07:00", harriet, jSorry, "Phew! Thank you Jory, the menu's honest after all");
        re(15, "08:10", moira, jSorry, "Thank you so much, I'll bring a notebook");
        re(15, "09:00", deepak, jSorry, "Great, see you at 4");
        say(15, "06:45", fiCatch, kerensa, "Last landing before Christmas: mackerel £4/kg, pollack £11/kg, a few "
                + "red mullet £16/kg. kerensa-fish.example/order or DM me");
        Post dDm = at(15, "10:00").in(fiDm).say(deepak, "Hi Kerensa, could I add a kilo of red mullet fillets to "
                + "collect this afternoon with Jory's crabs? Didn't want to clog up the channel");
        at(15, "10:30").in(fiDm).reply(kerensa, dDm, "Of course, filleted and bagged, I'll leave them with Jory "
                + "for you");
        Post hSent = say(16, "23:00", fiQuay, harriet, "Christmas Eve service done, the crab starter sold out by 8. "
                + "Jory, you're a hero, and I've told the chef at the Ship about your crab, expect a call");
        re(17, "10:00", jory, hSent, "Cheers Harriet, that's kind. Merry Christmas");
        say(20, "07:00", fiCatch, jory, "Back out after Christmas: 12 crabs, 3 lobsters. Crab £7, lobster £30/kg");
        Post hUsual = say(20, "08:00", fiOrders, harriet, "@Jory Trewin 8 crabs for Tuesday please, back to the "
                + "usual");
        re(20, "08:30", jory, hUsual, "Done");
    }

    /** D. Fenby Flight: Sunil watches birds while a fellow volunteer's swap request waits. */
    private void lockKeepers() {
        // W50
        Post gWp = say(1, "09:00", lkWorks, gordon, "Winter work party Saturday 14th: painting the balance beams on "
                + "locks 3 to 6. Sign-up sheet: forms.example/fenby/work-party-14 . Eight places, tea and bacon "
                + "rolls provided");
        Post pWp = re(1, "09:30", pauline, gWp, "Signed up. Is it white tips on the beams this year, or the full "
                + "black and white?");
        re(1, "09:45", gordon, pWp, "Black beams, white ends, same as ever. CRT is sending the paint");
        say(1, "16:30", lkLog, malcolm, "Mon 9th, top locks 1-4: 2 boats up, 1 down. Offside paddle on lock 2 "
                + "stiff again. Top pound level normal");
        say(2, "16:20", lkLog, malcolm, "Tue 10th: no boats. Hooked a shopping trolley out from below lock 4. Lock "
                + "2 paddle reported to CRT, ref 55621");
        joins(3, "09:50", lkHut, agnieszka);
        Post aQ1 = say(3, "10:00", lkHut, agnieszka, "Hello! I'm Agnieszka, I live by lock 5 and walk the towpath "
                + "every day. I signed up as a volunteer last week. Where do I start?");
        Post pA1 = re(3, "10:20", pauline, aQ1, "Welcome! Start by shadowing someone. I'm on the top locks Thursday "
                + "10 to 2, come along. Boots with a good grip, the lock sides are slippery in winter");
        re(3, "10:30", agnieszka, pA1, "Thank you Pauline, Thursday it is");
        say(3, "16:40", lkLog, malcolm, "Wed 11th: 1 boat down, a hire boat going back to base. Lock 2 paddle "
                + "freed and greased, CRT came out");
        say(4, "09:00", lkWorks, gordon, "Saturday's work party: 4 places left on the sheet, "
                + "forms.example/fenby/work-party-14");
        say(4, "14:30", lkLog, pauline, "Thu 12th, top locks with Agnieszka shadowing: 3 boats, one a widebeam "
                + "that needed both gates. Agnieszka wound her first paddle");
        Post aArms = say(4, "15:00", lkHut, agnieszka, "My arms are tired but I loved it! One thing: Pauline said "
                + "never let go of the windlass. Is it always wind up slowly?");
        Post pArms = re(4, "15:20", pauline, aArms, "Slowly at first, always, and keep hold of it. A flying "
                + "windlass breaks wrists");
        re(4, "15:30", agnieszka, pArms, "Noted, thank you!");
        say(4, "16:30", lkLog, malcolm, "Thu 12th: see Pauline's note. Top pound down three inches after the "
                + "widebeam, back to normal by 4pm");
        say(5, "16:10", lkLog, malcolm, "Fri 13th: no boats, thick fog. Loose rung on the lock 6 ladder, "
                + "reported");
        Post sHeron = say(5, "11:00", lkHut, sunil, "Heron on lock 4 this morning, stood on the balance beam like "
                + "he was on shift");
        Post eHeron = re(5, "11:20", ewan, sHeron, "He's been there all week. We should get him a hi-vis");
        eHeron.react("😂", sunil, pauline);
        say(6, "07:00", lkWorks, gordon, "Work party today: 2 places left, or just turn up. "
                + "forms.example/fenby/work-party-14");
        Post pTurn = say(6, "14:50", lkWorks, pauline, "Great turnout, seven of us and four beams done");
        re(6, "15:00", ewan, pTurn, "The black's still tacky, so nobody lean on them. Thanks for the bacon rolls "
                + "Gordon");
        re(6, "15:10", agnieszka, pTurn, "My first work party! I painted one white end badly. Pauline, thank you "
                + "for showing me how to cut in");
        say(7, "16:00", lkLog, malcolm, "Sun 15th: 2 boats up. Beams on 3-6 painted, WET PAINT signs out");
        Post aPound = say(7, "18:00", lkHut, agnieszka, "What's a 'pound' exactly? Everyone keeps saying the top "
                + "pound");
        Post ePound = re(7, "18:20", ewan, aPound, "The stretch of water between two locks. The top pound's "
                + "between lock 1 and the summit");
        re(7, "18:30", agnieszka, ePound, "Ahh! Thank you Ewan");
        // W51
        say(8, "09:00", lkRota, gordon, "Rota for the last two weeks of the year is in the pinned sheet. Gaps: Sat "
                + "21st top locks, Mon 23rd bottom locks");
        say(9, "10:00", lkRota, ewan, "@Sunil Varma could you take my Saturday 21st shift on the top locks? It's my "
                + "daughter's nativity, and I'd swap you any Saturday in January");
        say(9, "16:30", lkLog, malcolm, "Tue 17th: 1 boat up. CRT fixed the lock 6 ladder");
        Post sKing = say(10, "12:00", lkHut, sunil, "Kingfisher pair by lock 3 again: photos.example/sunil/kingfishers");
        Post pKing = re(10, "12:20", pauline, sKing, "Gorgeous! How close did you get?");
        re(10, "12:40", sunil, pKing, "About four metres, I sat dead still on the beam for twenty minutes");
        say(10, "16:30", lkLog, malcolm, "Wed 18th: no boats. Ice on the top pound till 11");
        say(11, "09:00", lkRota, ewan, "@Sunil Varma any chance on the 21st? No worries if not, I just need to "
                + "know");
        Post aIce = say(11, "11:00", lkHut, agnieszka, "Is it safe to work the locks when there's ice on them?");
        Post pIce = re(11, "11:20", pauline, aIce, "Thin ice, yes, break it with the boat hook first. If a gate "
                + "won't swing, don't force it, log it and ring CRT");
        re(11, "11:30", agnieszka, pIce, "Makes sense. I'll bake for the next work party to pay you all back");
        Post sFrost = say(12, "08:30", lkHut, sunil, "Frost on the beams this morning, like icing sugar: "
                + "photos.example/sunil/frost-beams");
        re(12, "08:50", malcolm, sFrost, "Lovely. Mind the frost when you're pushing them");
        Post pCover = say(12, "18:00", lkRota, pauline, "Ewan, I'll take your 21st, go and enjoy the nativity");
        re(12, "18:20", ewan, pCover, "Pauline you're a gem. I'll take one of yours in January");
        say(12, "16:30", lkLog, malcolm, "Fri 20th: 2 boats down, both off to winter moorings at the marina");
        say(13, "15:30", lkLog, pauline, "Sat 21st, top locks: 1 boat, a continuous cruiser who'd been frozen in at "
                + "the marina. Saw him up locks 1 to 4");
        say(13, "17:00", lkRota, gordon, "January stoppage: lock 5 top gates replaced 6 Jan to 14 Mar, flight "
                + "closed. No lock shifts, but a work party on the other locks every other Saturday. Sheet for the "
                + "11 Jan one: forms.example/fenby/work-party-11jan");
        // W52
        say(15, "16:00", lkLog, malcolm, "Mon 23rd: no boats. Quiet before Christmas");
        Post sLate = say(15, "18:00", lkRota, sunil, "Sorry @Ewan Gillespie, I only just saw your message about the "
                + "21st, I've been staring at birds all week. Glad Pauline stepped in. I'll cover one of yours in "
                + "January");
        re(15, "18:30", ewan, sLate, "No harm done Sunil");
        say(16, "12:00", lkHut, gordon, "Merry Christmas all, and thank you: 1,412 boats through the flight this "
                + "year, a record").react("🎉", pauline, malcolm, ewan);
        Post aWalk = say(17, "20:00", lkHut, agnieszka, "Boxing Day walk down the flight at 11? I'll bring mince "
                + "pies");
        re(17, "20:10", pauline, aWalk, "I'm in");
        say(18, "16:00", lkLog, malcolm, "Thu 26th: no boats. Walked the flight with the tea-hut crowd, gates and "
                + "paddles all fine");
        say(19, "10:00", lkWorks, gordon, "11 Jan work party: 5 places left on the sheet, "
                + "forms.example/fenby/work-party-11jan");
        Post aNeigh = say(19, "10:30", lkWorks, agnieszka, "Signed up! Can I bring my neighbour? He's keen but "
                + "shy");
        re(19, "10:45", gordon, aNeigh, "The more the merrier, ask him to put his name on the sheet too");
        say(20, "16:00", lkLog, malcolm, "Sat 28th: 1 boat up, broke ice with the boat hook at lock 1");
    }

    /** E. Carnmoor Sailing Club: Wendy's chandlery sale goes round the club rooms three times in four days. */
    private void sailingClub() {
        // W50
        Post gR4 = say(1, "09:00", scRacing, giles, "Frostbite race 4 results: 1st Oliver Strachan (ILCA 7), 2nd "
                + "Wendy Polglase (RS Aero), 3rd Beatrix Holloway (Solo). Full sheet: "
                + "carnmoor-sc.example/results/frostbite-4");
        Post oR4 = re(1, "09:30", oliver, gR4, "Lucky shift on the last beat, I'll take it");
        re(1, "09:45", wendy, oR4, "Lucky my foot, you went the right way twice");
        joins(2, "18:50", scClub, yusuf);
        Post yHi = say(2, "19:00", scClub, yusuf, "Hi all, Yusuf. Just joined, bought a secondhand ILCA 6 in "
                + "November and sailed it twice. Hoping to do the frostbites");
        Post bHi = re(2, "19:20", beatrix, yHi, "Welcome Yusuf! The frostbites are friendly, nobody minds who's "
                + "last. Come to the 10:30 briefing on Sunday");
        re(2, "19:30", yusuf, bHi, "Thanks Beatrix, I'll be there");
        Post yQ1 = say(3, "20:00", scHelp, yusuf, "How tight should the cunningham be in light wind? I've been "
                + "pulling it on hard because a video said so");
        Post oY1 = re(3, "20:15", oliver, yQ1, "In light airs barely on, just enough to take the wrinkles out of "
                + "the luff. Hard on is for when you're overpowered");
        re(3, "20:25", hamish, yQ1, "And ease the vang a touch in the light stuff, let the leech breathe");
        re(3, "20:40", yusuf, oY1, "That explains why I was so slow last time! Thank you both");
        Post yQ2 = say(4, "19:00", scHelp, yusuf, "My outhaul line has shredded where it runs through the cleat. "
                + "Where do people get replacement lines and cleats?");
        Post wY2 = re(4, "19:20", wendy, yQ2, "I've the 4 mm Dyneema ILCA outhaul kit in stock at the chandlery, "
                + "£28: polglase-chandlery.example/ilca-outhaul . Or bring the boom on Saturday and I'll splice it "
                + "on for you");
        re(4, "19:30", yusuf, wY2, "Brilliant, I'll bring the boom Saturday");
        Post hBar = say(5, "18:00", scClub, hamish, "Junior squad Christmas party next Sunday after racing, parents "
                + "welcome. Could someone do the bar 2 to 4?");
        Post bBar = re(5, "18:20", beatrix, hBar, "I'll do it");
        re(5, "18:30", hamish, bBar, "Thanks Beatrix");
        Post ySpl = say(6, "17:00", scHelp, yusuf, "New outhaul spliced on, it runs so much better. Thank you "
                + "@Wendy Polglase");
        re(6, "17:20", wendy, ySpl, "Pleasure, see you on the water");
        Post gR5 = say(7, "16:00", scRacing, giles, "Race 5 today: 11 boats, F4 gusting 6. 1st Wendy, 2nd Oliver, "
                + "3rd Hamish. Yusuf finished his first race in 10th, well done! Sheet: "
                + "carnmoor-sc.example/results/frostbite-5");
        Post yR5 = re(7, "16:20", yusuf, gR5, "10th of 11, but I didn't capsize! Hooked");
        re(7, "16:40", oliver, yR5, "Good going Yusuf, you were quick downwind");
        // W51
        Post oTop = say(8, "10:00", scSale, oliver, "For sale: Topper, sail number 44210, sail new in 2028, "
                + "launching trolley, £750. A good first boat for a junior. Photos: photos.example/oliver/topper");
        Post hTop = re(8, "10:30", hamish, oTop, "One of my squad's parents is after exactly that, I'll point them "
                + "your way");
        re(8, "10:40", oliver, hTop, "Cheers Hamish");
        say(9, "12:00", scClub, wendy, "Christmas sale at the chandlery this week: 20% off drysuits, wetsuits and "
                + "gloves with code FROSTBITE at polglase-chandlery.example/xmas-sale");
        say(10, "08:00", scRacing, wendy, "Don't race cold on Sunday! 20% off drysuits and gloves till Friday, code "
                + "FROSTBITE: polglase-chandlery.example/xmas-sale");
        Post bQ = say(10, "19:00", scHelp, beatrix, "Any advice for a Solo mainsheet that keeps jamming in the "
                + "ratchet block on the gybe?");
        Post hB = re(10, "19:20", hamish, bQ, "Sounds like a tired block or a fat sheet. What diameter are you on?");
        Post bB = re(10, "19:30", beatrix, hB, "9 mm");
        Post hB2 = re(10, "19:40", hamish, bB, "Try 8 mm, Solo blocks are happier with it");
        re(10, "19:50", beatrix, hB2, "Will do, thanks Hamish");
        Post yQ3 = say(11, "20:00", scClub, yusuf, "Question for the room: does anyone wear a drysuit in winter, or "
                + "is a thick wetsuit enough?");
        Post oY3 = re(11, "20:10", oliver, yQ3, "Drysuit once the water's under 8 degrees. A wetsuit's fine if you "
                + "don't plan to swim");
        re(11, "20:15", giles, yQ3, "Drysuit. You will swim.");
        re(11, "20:30", yusuf, oY3, "Ha, noted. Thanks");
        say(12, "12:00", scClub, wendy, "Last two days of the Christmas sale, code FROSTBITE still works: "
                + "polglase-chandlery.example/xmas-sale");
        Post yWant = say(12, "18:00", scSale, yusuf, "Wanted: secondhand drysuit, men's medium, anyone?");
        Post oWant = re(12, "18:15", oliver, yWant, "There's one hanging at the back of the changing room, "
                + "Beatrix's husband's old one. Ask her");
        Post bWant = re(12, "18:40", beatrix, yWant, "Yes! It's yours, he's not sailed in years. Free to a good "
                + "home");
        re(12, "18:50", yusuf, bWant, "Beatrix, that's so kind, thank you");
        oWant.react("👍", yusuf);
        say(13, "10:00", scRacing, giles, "Boxing Day pursuit race, 11:00 start, mince pies after. Entry sheet: "
                + "forms.example/carnmoor/boxing-day . Fancy dress optional");
        say(14, "13:00", scRacing, giles, "Race 6 cancelled, gusting 35 knots. The bar did well though");
        say(14, "18:00", scClub, hamish, "Junior Christmas party was brilliant, thank you Beatrix for doing the "
                + "bar").react("❤️", beatrix);
        // W52
        Post hQ = say(15, "09:00", scClub, hamish, "@Wendy Polglase I sent three of my juniors' parents to you for "
                + "wetsuits last month and they loved the fitting. Are the junior 5 mm suits back in stock yet? Two "
                + "more families are asking");
        Post wH = re(15, "10:30", wendy, hQ, "Thanks Hamish, that's really kind of you. The junior 5 mm suits land "
                + "on the 27th, I'll hold two of each size for your families");
        re(15, "10:45", hamish, wH, "Perfect, I'll let them know");
        say(16, "10:00", scRacing, giles, "Boxing Day pursuit: 14 entered so far. Sheet: "
                + "forms.example/carnmoor/boxing-day");
        Post gBox = say(18, "15:00", scRacing, giles, "Boxing Day pursuit results: 1st Beatrix (Solo), led from "
                + "the start; 2nd Yusuf (!); 3rd Wendy. 14 starters, 2 swimmers, 1 Santa");
        Post yBox = re(18, "15:20", yusuf, gBox, "2nd!! The pursuit start helped but I'll take it. Thank you all "
                + "for the help these last weeks");
        re(18, "15:40", beatrix, yBox, "Well sailed Yusuf, you earned it");
        Post yCover = say(21, "10:00", scHelp, yusuf, "How do people keep their boats over winter, covered in the "
                + "dinghy park or inside?");
        Post wCover = re(21, "10:20", wendy, yCover, "Cover on, bow into the prevailing wind, tied down at both "
                + "ends. And take the sail home");
        re(21, "10:30", yusuf, wCover, "Thanks Wendy, doing that today");
    }

    /** F. Small Craft Surveyors: Anders fills a week with his own busy diary. */
    private void surveyors() {
        // W50
        joins(1, "08:50", msIntro, femi);
        Post fHi = say(1, "09:00", msIntro, femi, "Hello all, I'm Femi. Just qualified as a small craft surveyor "
                + "after twelve years as a boatbuilder in Lymington. My site is femi-surveys.example if anyone "
                + "wants to see what I do. Looking forward to learning from you");
        Post bHi = re(1, "09:30", bernadette, fHi, "Welcome Femi! Boatbuilders make the best surveyors, you know "
                + "where to look");
        re(1, "09:45", femi, bHi, "Thank you Bernadette, that's kind");
        Post lQ = say(1, "11:00", msAsk, lucy, "We're buying our first yacht, a 1985 Moody 31. What does a "
                + "pre-purchase survey actually cover? And has anyone got a sample report I could look at, so I "
                + "know what I'm paying for?");
        Post bL = re(1, "11:30", bernadette, lQ, "Hull, deck, the rig as far as it can be seen from deck, seacocks, "
                + "steering, gas, electrics, and moisture readings below the waterline. The engine is usually only "
                + "a visual, get an engineer for that. Here's one of mine with the owner's details taken out: "
                + "quayle-surveys.example/sample-report");
        re(1, "11:45", lucy, bL, "That's so helpful, thank you. The engine bit I didn't know");
        say(2, "09:00", msRead, howard, "MAIB report on last year's Solent gas explosion, required reading for "
                + "anyone signing off gas installations: maib.example/reports/2029-gas-solent");
        Post aMeter = say(2, "14:00", msBench, anders, "Had a Westerly with moisture readings off the scale on the "
                + "hull, but bone dry when drilled. Anyone else seeing the meter over-read on copper-heavy "
                + "antifouling?");
        Post hMeter = re(2, "14:20", howard, aMeter, "Yes, the copper-epoxy coatings throw it. Scrape a test patch "
                + "back to gelcoat before you read");
        re(2, "14:30", anders, hMeter, "That's it. Ta Howard");
        Post gQ = say(3, "10:00", msAsk, graham, "Buying a 1990s steel narrowboat, 57 ft. Is an ultrasonic "
                + "thickness test worth the extra, or is hammer testing enough?");
        Post bG = re(3, "10:30", bernadette, gQ, "Always ultrasonic on steel. The hammer finds the bad bits, the "
                + "gauge tells you how much steel is left. On a thirty-year-old boat you want the numbers, "
                + "especially the baseplate");
        re(3, "10:45", graham, bG, "Thanks, I'll insist on it");
        joins(4, "08:50", msAsk, nadia);
        Post nQ = say(4, "09:00", msAsk, nadia, "Can anyone recommend a surveyor near Falmouth for a 32 ft Westerly "
                + "Fulmar? And roughly what should I expect to pay?");
        Post aN = re(4, "09:30", anders, nQ, "I'm in Falmouth and do a lot of Westerlys. A full pre-purchase on a "
                + "32-footer is £22 a foot, so £704 plus VAT, plus the lift-out. Booking page: "
                + "lindahl-surveys.example/book");
        re(4, "09:45", bernadette, nQ, "Anders surveyed my brother's Konsort and was very thorough. Femi's down "
                + "that way now too");
        re(4, "10:00", nadia, aN, "Thank you both! I'll book Anders for the 16th");
        say(5, "20:00", msRead, howard, "A sensible piece on osmosis myths, reads well for buyers too: "
                + "boatmag.example/osmosis-myths");
        Post fFirst = say(5, "10:00", msBench, femi, "First paid survey yesterday, a Sigma 33. Found a cracked "
                + "keel-stub joint the broker hadn't mentioned. Nervous writing it up. Would anyone glance over how "
                + "I've worded that section?");
        Post bFirst = re(5, "10:30", bernadette, fFirst, "Happy to. Stick to what you saw and measured, no "
                + "adjectives. Send it over");
        re(5, "10:45", femi, bFirst, "Sent, thank you");
        Post lQ2 = say(6, "12:00", msAsk, lucy, "Follow-up: the seller says the Moody was 'treated for osmosis in "
                + "2010'. What should we ask for?");
        Post fL = re(6, "12:30", femi, lQ2, "Ask for the paperwork: who did it, whether it was a gelcoat peel or "
                + "just an epoxy coat, and moisture readings before and after. A proper job comes with a yard "
                + "invoice");
        re(6, "12:45", lucy, fL, "Thank you Femi, asking the broker now");
        say(7, "10:00", msRead, howard, "RYA winter lay-up checklist, worth passing on to clients: "
                + "rya.example/winter-layup");
        // W51
        say(8, "09:00", msBench, anders, "I've had my busiest December ever. I bought the new ultrasonic gauge "
                + "last month and I'm using it on every job now, my reports are twice the length they were. I've "
                + "also moved my office to the marina, we've got a proper workshop for the first time and I can "
                + "finally keep my kit dry. I'm booked solid till February");
        say(9, "09:00", msAsk, anders, "For anyone buying this winter: I'm doing all my surveys with ultrasonic "
                + "now, I find it tells me far more than a hammer ever did. My diary's full till February but I'm "
                + "taking bookings for March at lindahl-surveys.example/book");
        Post aDelam = say(10, "09:00", msBench, anders, "Did three Westerlys this week and I found delamination on "
                + "two. My clients were gutted, I would have been too. I've started photographing every spot I "
                + "take a moisture reading, I think it makes my reports bulletproof");
        re(10, "09:30", bernadette, aDelam, "Good habit. I started after a complaint in 2024 and it's saved me "
                + "twice since");
        say(10, "20:00", msRead, howard, "MAIB safety digest 2030/2: maib.example/digest-2030-2");
        say(10, "20:03", msRead, howard, "RCD guidance on hull identification numbers: rcd.example/hin-guide");
        say(10, "20:05", msRead, howard, "Notes on balsa-cored decks and where they rot: "
                + "boatmag.example/balsa-decks");
        say(10, "20:07", msRead, howard, "And the survey standards update from the trade body: "
                + "bmf.example/survey-standards-2030");
        Post gQ2 = say(11, "10:00", msAsk, graham, "@Bernadette Quayle the narrowboat survey came back: baseplate "
                + "5.2 mm average, sides 3.8 mm in places. Is 3.8 a worry on a boat that started at 6?");
        Post bG2 = re(11, "10:40", bernadette, gQ2, "Worth noting, not a deal breaker if it's localised. Where "
                + "was it, at the waterline? That's where pitting gathers");
        Post gG2 = re(11, "11:00", graham, bG2, "Yes, along the waterline near the stern");
        Post bG3 = re(11, "11:20", bernadette, gG2, "Then budget for overplating those panels in a few years and "
                + "take something off the price");
        re(11, "11:30", graham, bG3, "Brilliant, thank you");
        Post aApp = say(12, "09:00", msBench, anders, "I'm thinking of taking on an apprentice, I can't keep up. My "
                + "plan is to train them on my own system first");
        re(12, "09:30", howard, aApp, "Do it. And get them on the IIMS course early");
        Post nThanks = say(12, "15:00", msAsk, nadia, "Anders found some deck delamination round the stanchion "
                + "bases on the Fulmar and the seller's knocked £1,500 off. Thank you @Anders Lindahl");
        re(12, "15:30", anders, nThanks, "Glad it helped Nadia. It's a good boat otherwise");
        say(13, "09:00", msAsk, anders, "A word for buyers: I always tell my clients to be there on the day. I "
                + "explain everything as I go, and my clients say it's the best part of the survey");
        Post fSent = say(14, "11:00", msBench, femi, "My Sigma report went out and the client withdrew the offer. "
                + "Thank you Bernadette for the edits");
        re(14, "11:30", bernadette, fSent, "Good work. That's the job");
        // W52
        say(15, "09:00", msBench, bernadette, "Off to Brittany tomorrow for two surveys and Christmas with my "
                + "partner's family, back 2 Jan. Signal's patchy; Femi's kindly covering #buyers-ask");
        say(16, "10:00", msRead, howard, "Merry Christmas all. One for the holidays, the MAIB annual report: "
                + "maib.example/annual-2030");
        Post gQ3 = say(17, "10:00", msAsk, graham, "@Bernadette Quayle sorry to bother you over Christmas: the "
                + "seller offers to overplate before the sale instead of a discount. Which is better for me?");
        Post fG = re(17, "11:00", femi, gQ3, "Bernadette's away till the 2nd, so I'll jump in: take the discount. "
                + "You want to choose who does the welding and see it done. Seller-arranged overplating is often the "
                + "cheapest job going");
        re(17, "11:20", graham, fG, "That makes sense, thank you Femi. Discount it is");
        Post lWalk = say(19, "14:00", msAsk, lucy, "Update: we walked away from the Moody. The survey found wet core "
                + "in the deck and a seized rudder bearing. Gutted, but glad we paid for it. Thanks everyone who "
                + "helped us understand it");
        re(19, "14:30", anders, lWalk, "The right call. Better to lose a survey fee than buy a project");
        Post lSad = say(21, "16:00", msAsk, lucy, "Found another, a Sadler 32, and the survey's booked with Femi "
                + "for 9 January!");
        re(21, "16:30", femi, lSad, "Looking forward to it Lucy");
    }

    /** G. Workboat Crew Network: Gareth sells his courses to a newcomer; Kwame takes help and lets a job offer go. */
    private void workboatCrews() {
        // W50
        say(1, "08:00", wbJobs, declan, "North Sea CTV is hiring two deckhands for Lowestoft, two weeks on, two "
                + "off, £190 a day. Need STCW basic, ENG1 and a PWC ticket. Apply: "
                + "northseactv.example/jobs/deckhand-lowestoft");
        Post kAv = say(1, "10:00", wbAvail, kwame, "Deckhand available from January. STCW basic, ENG1 (renewing), "
                + "PWC, fourteen months on workboats on the Tay. Happy to travel. CV: kwame-cv.example");
        Post dK = re(1, "10:30", declan, kAv, "Kwame, apply through the Lowestoft link and mention my name. Your "
                + "ENG1 will need to be in date by the start though");
        re(1, "10:45", kwame, dK, "Thanks Declan, applying tonight");
        joins(2, "08:50", wbMess, lewis);
        Post lQ = say(2, "09:00", wbTickets, lewis, "Hello, I'm 19 and want to get into crew transfer vessels. "
                + "Which tickets do I need before anyone will look at me? And is it worth paying for them before "
                + "I've got a job offer?");
        re(2, "09:30", gareth, lQ, "STCW basic safety (the four modules), an ENG1 medical, and powerboat level 2 "
                + "helps. Most operators want them before they'll take you. My next STCW basic course is 13 to 17 "
                + "January, £895, book at penhale-safety.example/courses");
        Post mL = re(2, "10:00", morag, lQ, "Those are the tickets. But ask the operators first, some will pay for "
                + "your STCW if you sign on for a year. Declan's lot did it for a couple of lads last year");
        Post dL = re(2, "10:20", declan, mL, "We do, for trainees who commit to a year. Lewis, send me your details "
                + "in January");
        re(2, "10:40", lewis, dL, "Will do, thank you both! That's worth knowing");
        Post jSwell = say(3, "12:00", wbMess, jonas, "Anyone else stood down all week? 3 m swell at the turbines, "
                + "we've been alongside since Monday");
        Post mSwell = re(3, "12:20", morag, jSwell, "Tugs don't get swell days, sadly. Had a 4am call-out to a bulk "
                + "carrier");
        re(3, "12:30", jonas, mSwell, "Rather you than me");
        Post kQ = say(4, "09:00", wbTickets, kwame, "How long does an ENG1 renewal take? Mine runs out on the 31st");
        Post mK = re(4, "09:20", morag, kQ, "Book with any approved doctor, it's usually same day if you pass. The "
                + "MCA site lists them");
        re(4, "09:30", kwame, mK, "Thanks Morag");
        say(5, "11:00", wbMess, gareth, "January courses filling fast: STCW basic £895, sea survival refresher "
                + "£350, PSCRB £1,100. Book at penhale-safety.example/courses");
        say(6, "09:00", wbJobs, gareth, "Operators: we do group bookings for your crews at a discount, get in touch "
                + "through penhale-safety.example/courses");
        Post jXmas = say(6, "14:00", wbMess, jonas, "Anyone know if Lowestoft is doing a Christmas Day stand-down "
                + "this year?");
        Post dXmas = re(6, "14:20", declan, jXmas, "It is, all our CTVs are alongside on the 25th and 26th");
        re(6, "14:30", jonas, dXmas, "Good news, thanks Declan");
        say(7, "10:00", wbAvail, kwame, "Still available from January. CV: kwame-cv.example");
        // W51
        Post kInt = say(8, "09:00", wbTickets, kwame, "Got an interview with North Sea CTV on Thursday! What do "
                + "they usually ask?");
        Post mInt = re(8, "09:30", morag, kInt, "Man overboard drills, your sea time, and how you cope with two "
                + "weeks away. Be honest about seasickness, everyone gets it sometimes");
        re(8, "09:45", kwame, mInt, "Thank you");
        Post lPs = say(9, "10:00", wbTickets, lewis, "What's PSCRB and do I need it for CTVs?");
        Post jPs = re(9, "10:20", jonas, lPs, "Proficiency in survival craft. Not for deckhands on CTVs, it's for "
                + "bigger vessels. Don't spend on it yet");
        re(9, "10:30", lewis, jPs, "Thanks Jonas, saving my money");
        say(9, "15:00", wbMess, gareth, "If you've done a course with us, would you mind leaving us a Google "
                + "review? Every star helps: reviews.example/penhale-safety");
        Post kPpe = say(10, "09:00", wbTickets, kwame, "Do I need my own PPE for the interview trip, boots and "
                + "that?");
        Post jPpe = re(10, "09:20", jonas, kPpe, "Bring your own steel toe caps and a lifejacket if you've got one, "
                + "they'll give you the rest");
        re(10, "09:30", kwame, jPpe, "Cheers");
        say(11, "08:00", wbJobs, declan, "One mate position, Great Yarmouth, Boatmaster or Master 200GT needed. "
                + "Apply: northseactv.example/jobs/mate-yarmouth");
        Post kTrial = say(12, "09:00", wbTickets, kwame, "Interview went well, they want me for a trial trip in "
                + "January if my ENG1 is done. Any tips for a trial trip?");
        re(12, "09:40", morag, kTrial, "First up, last to bed, and never stand in a bight of rope. And @Kwame "
                + "Boateng, did you get your ENG1 renewed yet? I've a tug relief job on the Clyde in January I could "
                + "put you up for, I need to know by Monday");
        Post lEng = say(13, "11:00", wbMess, lewis, "Just booked my ENG1 for January. Feels real now");
        re(13, "11:20", jonas, lEng, "Good lad");
        say(13, "15:00", wbAvail, kwame, "Update: trial trip with North Sea CTV in January. Still looking for relief "
                + "work before then: kwame-cv.example");
        say(14, "10:00", wbMess, declan, "We're at nine crews out of ten for January. Christmas rota goes out "
                + "tomorrow");
        say(14, "18:00", wbMess, morag, "The Clyde lot wanted a name by tonight, so the relief went to someone else");
        // W52
        Post kSorry = say(15, "09:00", wbMess, kwame, "Sorry Morag, I saw your message too late. My ENG1 is booked "
                + "for the 2nd. If anything else comes up I'd love to hear");
        re(15, "09:30", morag, kSorry, "No bother. Answer quicker next time, these go in hours");
        say(16, "12:00", wbMess, jonas, "Alongside for Christmas. Merry Christmas all, stay off the turbines");
        Post lPb = say(17, "10:00", wbTickets, lewis, "Is it worth doing powerboat level 2 before STCW, or after?");
        Post gPb = re(17, "10:30", gareth, lPb, "Before is fine, it's a two-day course and gets you used to small "
                + "boats. Any RYA centre does it, pick one near you");
        re(17, "10:45", lewis, gPb, "Thanks Gareth");
        Post mTow = say(18, "12:00", wbMess, morag, "Boxing Day tow out of Greenock, a bulk carrier with a fouled "
                + "prop. Glamorous life");
        re(18, "12:30", jonas, mTow, "At least it's double time").react("😂", morag);
        Post dTr = say(19, "09:00", wbJobs, declan, "Trainee deckhand scheme 2031 is open: we pay your STCW basic "
                + "if you sign for a year. Apply: northseactv.example/jobs/trainee-2031");
        Post lTr = re(19, "09:30", lewis, dTr, "Applying now!");
        re(19, "10:00", declan, lTr, "Good, I'll look out for it");
        say(20, "10:00", wbAvail, kwame, "Available from 3 Jan for relief work, ENG1 in date from the 2nd. CV: "
                + "kwame-cv.example");
        say(21, "11:00", wbTickets, kwame, "For anyone else renewing: my ENG1 doctor in Dundee had a same-week "
                + "slot, the MCA list is worth ringing round");
    }

    /** H. Porthcarrow Harbour Users: nobody sells, until a diver arrives with his price list. */
    private void harbourUsers() {
        // W50
        say(1, "08:00", hbNotices, iain, "Mooring inspections: the diver contract for the annual riser and chain "
                + "checks goes out in January as usual. Owners will get their slot by post.");
        Post pGlass = say(1, "09:00", hbSlip, petroc, "Morning all. Sea like glass at seven, first time in a "
                + "fortnight");
        re(1, "09:20", jago, pGlass, "Went out for a mackerel, caught a cold instead");
        Post rSwap = say(2, "10:00", hbMoorings, rashid, "Anyone on the trot moorings willing to swap with me for a "
                + "swinging one? The new boat's 26 ft and the trots are getting tight");
        Post sSwap = re(2, "10:30", sheila, rSwap, "Put it in writing to the office and I'll add it to the "
                + "committee agenda. Iain keeps the swap list");
        Post iSwap = re(2, "11:00", iain, rSwap, "Added you, Rashid. Two people on the swinging list fancy the "
                + "trots, we'll sort it in January");
        re(2, "11:15", rashid, iSwap, "Thanks both");
        sSwap.react("👍", rashid);
        say(3, "09:00", hbNotices, sheila, "Committee minutes from the November meeting are up: "
                + "porthcarrow-users.example/minutes/nov-2030 . Main item: funding the pontoon extension");
        Post aSeen = say(3, "19:00", hbSlip, annelise, "Hello from Bristol. Has anyone seen Kittiwake lately? I "
                + "can't get down till the 27th");
        Post jSeen = re(3, "19:30", jago, aSeen, "Saw her on Sunday, sitting pretty on A12 with her cover on");
        re(3, "19:40", annelise, jSeen, "Thank you Jago!");
        say(5, "08:00", hbStorm, iain, "Gale warning: SW 8 to severe gale 9 Friday night into Saturday. Check your "
                + "chafe gear and double up if you can");
        Post aQ1 = say(5, "09:00", hbStorm, annelise, "@Jago Kitto or anyone heading down: could someone check "
                + "Kittiwake's mooring pennant before the gale? The chafe guard looked tired in October");
        re(5, "09:30", jago, aQ1, "I'll row out this afternoon and have a look");
        Post jDone = say(5, "16:00", hbStorm, jago, "Annelise, done: the chafe guard was worn through on one side. "
                + "Wrapped it in old hose and added a second pennant from my spares");
        Post aOwe = re(5, "16:20", annelise, jDone, "Jago, you're a hero. Tell me what I owe you for the pennant");
        re(5, "16:30", jago, aOwe, "A pint at Easter");
        Post pBlow = say(7, "10:00", hbSlip, petroc, "That was a proper blow. Anyone lose anything?");
        re(7, "10:20", rashid, pBlow, "My dinghy oars went walkabout, found one on the beach");
        re(7, "10:30", sheila, pBlow, "Two tenders flipped on the pontoon, both righted now");
        say(7, "12:00", hbNotices, iain, "After the gale: all moorings holding, one tender lost from the inner "
                + "pontoon, Sheila has a description.");
        // W51
        joins(8, "09:50", hbSlip, dylan);
        Post dyHi = say(8, "10:00", hbSlip, dylan, "Hi all, Dylan Roskilly, commercial diver based in Falmouth. Hull "
                + "cleaning, prop polishing and mooring checks, £4/ft winter special. roskilly-diving.example DM me");
        say(8, "10:12", hbMoorings, dylan, "Mooring checks and hull cleans at the £4/ft winter rate. "
                + "roskilly-diving.example DM me");
        say(8, "10:25", hbStorm, dylan, "After that blow? I'll check your mooring from £60. "
                + "roskilly-diving.example DM me");
        Post sDy = re(8, "14:00", sheila, dyHi, "Hi Dylan, welcome. We don't really do adverts here, it's a users' "
                + "group. One post is fine, could you keep it to that?");
        re(8, "15:00", dylan, sDy, "Fair enough, sorry Sheila. Will do");
        Post aQ2 = say(9, "18:00", hbStorm, annelise, "Another blow forecast Wednesday night. Could someone check "
                + "whether my pick-up buoy's still there after last week? I think it's missing on the webcam");
        re(9, "18:20", dylan, aQ2, "I can dive it and check the riser chain too, £60, DM me");
        Post jBuoy = re(9, "19:00", jago, aQ2, "The buoy's there, it just lies flat because the new pennant pulls "
                + "it under at low water. I'll shorten it tomorrow");
        re(9, "19:15", annelise, jBuoy, "Thank you Jago, I owe you more than a pint at this rate");
        say(10, "08:00", hbNotices, iain, "Wednesday's gale: SW 9. Harbour office staffed through the night, VHF "
                + "12.");
        say(11, "09:00", hbSlip, dylan, "Still two slots before Christmas for hull cleans, £4/ft, DM me");
        Post rNight = say(11, "10:00", hbStorm, rashid, "Rode out the night aboard, the moorings held, 52 knots on my "
                + "anemometer at 3am");
        re(11, "10:15", petroc, rNight, "You're mad. Glad you're all right");
        say(11, "08:30", hbStorm, iain, "All boats holding after last night. Well done everyone who doubled up.");
        Post jLights = say(12, "12:00", hbSlip, jago, "Harbour Christmas lights go up Saturday on the quay, need "
                + "four pairs of hands at 10");
        re(12, "12:10", rashid, jLights, "I'll come");
        re(12, "12:20", petroc, jLights, "Me too, if someone brings the long ladder");
        re(12, "12:30", sheila, jLights, "I'll bring mince pies");
        say(13, "14:00", hbSlip, sheila, "Lights are up! Thank you all").react("🎉", jago, rashid, petroc);
        Post rPen = say(14, "11:00", hbMoorings, rashid, "Quick one: what length pennant do people use on the "
                + "swinging moorings here? Sorting my gear for the move");
        Post jPen = re(14, "11:30", jago, rPen, "About one and a half times your bow freeboard, and always two of "
                + "them. The riser's the office's job");
        re(14, "11:40", rashid, jPen, "Thanks Jago");
        // W52
        say(15, "09:00", hbNotices, iain, "Harbour office closed 25-26 Dec. Emergencies: VHF 12, or my mobile on "
                + "the noticeboard.");
        Post aArr = say(16, "19:00", hbSlip, annelise, "Down on the 27th! Can't wait to see her. Jago, drinks are on "
                + "me");
        re(16, "19:30", jago, aArr, "Holding you to it");
        Post aFine = say(19, "12:00", hbStorm, annelise, "Made it down. Kittiwake's fine and the new pennant's "
                + "holding beautifully. Thank you Jago for looking after her all month");
        re(19, "12:30", jago, aFine, "She's a good boat to look after");
        Post rA14 = say(20, "10:00", hbMoorings, rashid, "Iain's confirmed my swap for January, A14 it is");
        re(20, "10:30", iain, rA14, "Welcome to the swinging moorings");
        say(21, "10:00", hbSlip, sheila, "AGM 25 January at the sailing club, agenda on the noticeboard. Happy New "
                + "Year all");
    }

    static Map<String, String> files() {
        return new HeldOutScenes97Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 97");
    }
}
