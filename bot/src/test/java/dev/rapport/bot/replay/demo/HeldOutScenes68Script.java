package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 68 (sealed): eight communities of performance, events and culture, of kinds no earlier round used
 * (tribute acts with a room where bookers ask and a room for open dates and fees, a town museum's volunteers where
 * nobody sells, a marquee hire firm's own server with its Staff, fireworks display operators with a room where event
 * organisers ask, ceilidh bands and callers with a gig-leads room, theatre prop makers and scenic painters with a
 * commissions room and a mould maker's DM, historical re-enactors with a sutlers' row, TV and film supporting
 * artists with a casting-calls room), over three ISO weeks (2028-W35 to W37), written and labelled by writer68
 * (session 40) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-68.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes68Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 8, 28);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 9, 18, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-68";
    private static final int BASE = 52400;

    // --- A. tribute acts ---
    private final String ta = cast.guild(961);
    private final Channel taGreen = cast.channel(ta, "Stage Doubles", "green-room",
            "for tribute performers talking shop: costumes, backing tracks, agents, digs", "ta-green-room.json");
    private final Channel taBook = cast.channel(ta, "Stage Doubles", "bookers-corner",
            "venue bookers and party hosts: ask the acts anything", "ta-bookers-corner.json");
    private final Channel taList = cast.channel(ta, "Stage Doubles", "act-listings",
            "acts: post your open dates and fees here", "ta-act-listings.json");
    private final Channel taSwap = cast.channel(ta, "Stage Doubles", "wig-and-wardrobe",
            "swap or sell costume bits between acts", "ta-wig-and-wardrobe.json");
    private final Persona carmel = cast.person("carmel.agnetha", "Carmel Dunne");
    private final Persona dex = cast.person("dex.freddie", "Dex Halloran");
    private final Persona ingrid = cast.person("ingrid.s", "Ingrid Sørlie");
    private final Persona marco = cast.person("marco.croons", "Marco Bellini");
    private final Persona ronan = cast.person("ronan.tcb", "Ronan Keogh");
    private final Persona ama = cast.person("ama.b", "Ama Boateng");
    private final Persona sunita = cast.person("sunita.events", "Sunita Kapoor");
    private final Persona geoff = cast.person("geoff.t", "Geoff Tattersall");
    private final Persona bronwen = cast.person("bron.e", "Bronwen Ellis");

    // --- B. town museum volunteers (nobody sells) ---
    private final String mu = cast.guild(962);
    private final Channel muRota = cast.channel(mu, "Friends of Millbrook Museum", "front-desk-rota",
            "volunteer shifts: swaps, cover and the open day sheet", "mu-front-desk-rota.json");
    private final Channel muColl = cast.channel(mu, "Friends of Millbrook Museum", "collections-chat",
            "handling, labelling, what's come in", "mu-collections-chat.json");
    private final Channel muTea = cast.channel(mu, "Friends of Millbrook Museum", "tea-room",
            "natter, cake, everything else", "mu-tea-room.json");
    private final Channel muOral = cast.channel(mu, "Friends of Millbrook Museum", "oral-history",
            "recording sessions, transcripts, checking facts", "mu-oral-history.json");
    private final Persona gwen = cast.person("gwen.p", "Gwen Pritchard");
    private final Persona harold = cast.person("harold.pike", "Harold Pike");
    private final Persona meera = cast.person("meera.j", "Meera Joshi");
    private final Persona bernard = cast.person("bernard.o", "Bernard Oyelaran");
    private final Persona priya = cast.person("priya.r", "Priya Raman");
    private final Persona marjorie = cast.person("marjorie.t", "Marjorie Tait");
    private final Persona cillian = cast.person("cillian.w", "Cillian Walsh");
    private final Persona elspeth = cast.person("elspeth.m", "Elspeth Munro");

    // --- C. a marquee hire firm's own server, with its Staff ---
    private final String mq = cast.guild(963);
    private final Role staff = cast.role("Staff", "#2e86c1", 2);
    private final Channel mqNews = cast.channel(mq, "Canvas & Pole Marquees", "whats-new",
            "news and offers from the Canvas & Pole team", "mq-whats-new.json");
    private final Channel mqDesk = cast.channel(mq, "Canvas & Pole Marquees", "ask-the-team",
            "questions about bookings, sizes and quotes: post here and our staff will reply", "mq-ask-the-team.json");
    private final Channel mqEvents = cast.channel(mq, "Canvas & Pole Marquees", "your-events",
            "photos and stories from your do under our canvas", "mq-your-events.json");
    private final Channel mqChat = cast.channel(mq, "Canvas & Pole Marquees", "chat",
            "chat for customers and friends", "mq-chat.json");
    private final Persona imogen = cast.person("imogen.cp", "Imogen Hart", staff);
    private final Persona kwame = cast.person("kwame.cp", "Kwame Asante", staff);
    private final Persona lorna = cast.person("lorna.mcb", "Lorna McBride");
    private final Persona dario = cast.person("dario.roasts", "Dario Esposito");
    private final Persona heike = cast.person("heike.b", "Heike Brandt");
    private final Persona tobias = cast.person("tobias.l", "Tobias Lindqvist");
    private final Persona nia = cast.person("nia.r", "Nia Roberts");
    private final Persona saoirse = cast.person("saoirse.q", "Saoirse Quinn");
    private final Persona farid = cast.person("farid.h", "Farid Haddad");

    // --- D. fireworks display operators ---
    private final String fw = cast.guild(964);
    private final Channel fwShop = cast.channel(fw, "Fuse & Flare", "shop-talk",
            "for display operators and firers talking shop: product, permits, site plans", "fw-shop-talk.json");
    private final Channel fwAsk = cast.channel(fw, "Fuse & Flare", "organisers-ask",
            "event organisers: ask the firers about displays", "fw-organisers-ask.json");
    private final Channel fwCrew = cast.channel(fw, "Fuse & Flare", "crew-wanted",
            "firing crew needed or available", "fw-crew-wanted.json");
    private final Channel fwWind = cast.channel(fw, "Fuse & Flare", "wind-watch",
            "wind and rain readings for display sites, with the forecast link", "fw-wind-watch.json");
    private final Persona stellan = cast.person("stellan.sky", "Stellan Berg");
    private final Persona aderonke = cast.person("ade.brightfall", "Aderonke Bello");
    private final Persona ines = cast.person("ines.c", "Inês Carvalho");
    private final Persona rhodri = cast.person("rhodri.j", "Rhodri Jenkins");
    private final Persona yusuf = cast.person("yusuf.d", "Yusuf Demir");
    private final Persona martina = cast.person("martina.k", "Martina Kühn");
    private final Persona paddy = cast.person("paddy.f", "Paddy Flanagan");
    private final Persona claire = cast.person("claire.w", "Claire Whitcombe");

    // --- E. ceilidh bands and callers ---
    private final String ce = cast.guild(965);
    private final Channel ceCallers = cast.channel(ce, "Strip the Willow", "callers-corner",
            "for callers and bands talking shop: dances, walkthroughs, sets", "ce-callers-corner.json");
    private final Channel ceTunes = cast.channel(ce, "Strip the Willow", "tune-swap",
            "share sets and tunes", "ce-tune-swap.json");
    private final Channel ceGigs = cast.channel(ce, "Strip the Willow", "gig-leads",
            "organisers post dances needing a band or caller; bands reply with availability and fees",
            "ce-gig-leads.json");
    private final Channel ceHello = cast.channel(ce, "Strip the Willow", "say-hello",
            "new here? introduce yourself", "ce-say-hello.json");
    private final Persona callum = cast.person("callum.calls", "Callum Reid");
    private final Persona morag = cast.person("morag.fiddle", "Morag Fraser");
    private final Persona eilidh = cast.person("eilidh.c", "Eilidh Campbell");
    private final Persona tam = cast.person("tam.box", "Tam Ferguson");
    private final Persona fenella = cast.person("fenella.reel", "Fenella Drummond");
    private final Persona aonghas = cast.person("aonghas.skye", "Aonghas MacLeod");
    private final Persona rosalind = cast.person("rosalind.a", "Rosalind Ashworth");
    private final Persona hamza = cast.person("hamza.q", "Hamza Qureshi");
    private final Persona siobhan = cast.person("siobhan.d", "Siobhan Daly");

    // --- F. theatre prop makers and scenic painters ---
    private final String pm = cast.guild(966);
    private final Channel pmBench = cast.channel(pm, "Flats & Foam", "workbench",
            "prop makers and scenic painters talking shop: foam, paint, rigging, deadlines", "pm-workbench.json");
    private final Channel pmShow = cast.channel(pm, "Flats & Foam", "show-your-builds",
            "your finished props, masks and backdrops", "pm-show-your-builds.json");
    private final Channel pmComm = cast.channel(pm, "Flats & Foam", "commissions",
            "makers: post your open slots; theatres and cosplayers: post jobs", "pm-commissions.json");
    private final Channel pmDeals = cast.channel(pm, "Flats & Foam", "materials-deals",
            "deals on foam, paint and timber you've spotted", "pm-materials-deals.json");
    private final Persona ottilie = cast.person("ottilie.v", "Ottilie Vance");
    private final Persona brannock = cast.person("brannock.moulds", "Brannock Hale");
    private final Persona marguerite = cast.person("marguerite.l", "Marguerite Lebrun");
    private final Persona dmitri = cast.person("dmitri.s", "Dmitri Sokolov");
    private final Persona zainab = cast.person("zainab.o", "Zainab Okafor");
    private final Persona hollis = cast.person("hollis.g", "Hollis Grant");
    private final Persona esme = cast.person("esme.w", "Esme Whitfield");
    private final Persona kofi = cast.person("kofi.m", "Kofi Mensah");
    private final Channel pmDm = cast.dm(marguerite, "pm-dm-marguerite.json");

    // --- G. historical re-enactors ---
    private final String re = cast.guild(967);
    private final Channel reMuster = cast.channel(re, "The Harrowgate Levy", "muster-roll",
            "society event sign-ups and kit checks", "re-muster-roll.json");
    private final Channel reCamp = cast.channel(re, "The Harrowgate Levy", "campfire",
            "chat, banter, photos", "re-campfire.json");
    private final Channel reSutlers = cast.channel(re, "The Harrowgate Levy", "sutlers-row",
            "members list kit, garb and repro pieces for sale here, with a price", "re-sutlers-row.json");
    private final Channel reDrill = cast.channel(re, "The Harrowgate Levy", "drill-and-history",
            "drill books, sources, who did what in 1642", "re-drill-and-history.json");
    private final Persona rowena = cast.person("rowena.a", "Rowena Ashdown");
    private final Persona piotr = cast.person("piotr.n", "Piotr Nowak");
    private final Persona agnieszka = cast.person("aga.w", "Agnieszka Wójcik");
    private final Persona hester = cast.person("hester.pots", "Hester Crane");
    private final Persona wilf = cast.person("wilf.b", "Wilf Barraclough");
    private final Persona jonas = cast.person("jonas.e", "Jonas Eklund");
    private final Persona tariq = cast.person("tariq.m", "Tariq Mahmood");
    private final Persona maud = cast.person("maud.e", "Maud Ellery");

    // --- H. TV and film supporting artists ---
    private final String ex = cast.guild(968);
    private final Channel exChat = cast.channel(ex, "Background Bunch", "on-set-natter",
            "general chat: days on set, call sheets, moans", "ex-on-set-natter.json");
    private final Channel exCast = cast.channel(ex, "Background Bunch", "casting-calls",
            "casting calls you've spotted, with the link please", "ex-casting-calls.json");
    private final Channel exNew = cast.channel(ex, "Background Bunch", "newbies-ask",
            "new to background work? ask anything", "ex-newbies-ask.json");
    private final Channel exHi = cast.channel(ex, "Background Bunch", "say-hi",
            "introduce yourself", "ex-say-hi.json");
    private final Persona lucien = cast.person("lucien.m", "Lucien Marchetti");
    private final Persona nadia = cast.person("nadia.p", "Nadia Petrenko");
    private final Persona bartek = cast.person("bartek.foto", "Bartek Zieliński");
    private final Persona shauna = cast.person("shauna.g", "Shauna Gallagher");
    private final Persona delroy = cast.person("delroy.c", "Delroy Campbell");
    private final Persona yuki = cast.person("yuki.t", "Yuki Tanaka");
    private final Persona beatriz = cast.person("bea.almeida", "Beatriz Almeida");
    private final Persona owain = cast.person("owain.r", "Owain Rees");

    private HeldOutScenes68Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        tributeActs();
        museum();
        marquees();
        fireworks();
        ceilidh();
        props();
        reenactors();
        extras();
        moreChatter();
    }

    private void tributeActs() {
        // W35
        Post glitch = say(1, "09:30", taGreen, dex, "morning all. anyone else's backing tracks glitching on the new "
                + "mixer firmware? mine dropped out halfway through Bohemian last night 😂");
        Post rollback = re(1, "09:50", ingrid, glitch, "update rolled mine back too. settings > system > restore, it "
                + "keeps your scenes");
        re(1, "10:05", dex, rollback, "legend, thank you Ingrid").react("🙏", carmel);
        Post xmas = say(2, "14:00", taBook, geoff, "Club committee here. how far ahead do acts usually want booking "
                + "for a Christmas do? we've left it late again");
        Post xmasA = re(2, "14:40", marco, xmas, "for December Saturdays most of us are gone by now tbh. Thursdays "
                + "and Fridays still doable, I've a Thursday 14th. fees are in #act-listings");
        re(2, "15:10", geoff, xmasA, "Thursday could work, I'll take it to committee. cheers Marco");
        say(3, "11:00", taList, marco, "Rat Pack & Dean Martin show, 2 x 45 min sets. Open: Thu 14 Dec, Fri 5 Jan. "
                + "£420 inc. PA. https://marcocroons.example/dates");
        say(3, "12:00", taList, ingrid, "Cher, full costume changes, open Sat 18 Nov and Fri 1 Dec, £550 inc. PA");
        say(3, "13:00", taList, carmel, "ABBA tribute (Agnetha, with the full band on tracks). open Sat 25 Nov, "
                + "Fri 8 Dec. £480 inc. PA within 50 miles of Bath");
        Post boots = say(4, "19:00", taSwap, carmel, "anyone got white platform boots size 6? mine finally split at "
                + "the heel");
        Post bootsA = re(4, "19:30", ingrid, boots, "I've a pair in 6.5, barely worn, yours for the postage");
        re(4, "19:45", carmel, bootsA, "ah you star, DMing you my address");
        Post digs = say(5, "10:00", taGreen, carmel, "digs recommendations near Blackpool for mid Sept? the usual "
                + "place has closed");
        Post digsA = re(5, "10:20", dex, digs, "the guesthouse on Hornby Road, ask for the back room, it's quiet");
        re(5, "10:25", carmel, digsA, "perfect, booking now");
        say(6, "22:30", taGreen, marco, "3 weddings in one weekend. my voice is held together with honey");
        say(7, "12:00", taGreen, dex, "@Marco Bellini hot water, lemon, no talking till Tuesday 😂");

        // W36: Carmel's week in the green room while a booker asks for exactly her act
        Post bp = say(8, "09:15", taGreen, carmel, "Blackpool was mad!! full house both nights. who's doing the trade "
                + "showcase in Harrogate?");
        Post bpA = re(8, "09:40", dex, bp, "me, I'm on at 2. you?");
        Post bpB = re(8, "09:50", carmel, bpA, "@Dex Halloran 3.15, straight after the Bon Jovi lad. we should grab "
                + "lunch");
        re(8, "10:00", dex, bpB, "deal, the café by the stage door");
        Post hen = say(9, "13:00", taBook, bronwen, "Hi! does anyone do an ABBA night for a hen do? Bristol, Saturday "
                + "25 November, about 30 of us 💃");
        Post steam = say(9, "13:30", taGreen, carmel, "anyone found a decent wig steamer? the cheap one spits water on "
                + "the fringe");
        Post steamA = re(9, "13:45", ingrid, steam, "the travel one with the ceramic plate, never spits. 30 quid-ish");
        re(9, "14:00", carmel, steamA, "ceramic, noted. thanks Ingrid");
        Post gala = say(10, "11:00", taBook, sunita, "Hotel events manager here. for a 200-guest gala, do acts bring "
                + "their own PA or do we hire one?");
        Post galaA = re(10, "11:40", marco, gala, "most of us bring PA up to 200, check the listing says 'inc. PA'. "
                + "lighting is usually extra");
        re(10, "12:00", sunita, galaA, "brilliant, that helps a lot");
        Post dep = say(10, "16:00", taGreen, carmel, "@Marco Bellini how do you handle deposits? had a cancellation "
                + "last week and only had 10%");
        Post depA = re(10, "16:30", marco, dep, "25% non refundable, in the contract, no exceptions. learnt the hard "
                + "way");
        re(10, "16:40", carmel, depA, "25 it is. redoing my contract tonight");
        Post teeth = say(11, "10:00", taGreen, dex, "new teeth came in the post, I look like a horse 😂");
        Post teethA = re(11, "10:10", carmel, teeth, "pics or it didn't happen");
        re(11, "10:30", dex, teethA, "never");
        re(11, "18:00", bronwen, hen, "bumping this, anyone do ABBA? happy to pay travel");
        Post mag = say(12, "09:00", taGreen, carmel, "@Ingrid Sørlie what do you use for quick changes, magnets or "
                + "poppers?");
        Post magA = re(12, "09:20", ingrid, mag, "magnets on the jumpsuit, poppers go when you sweat");
        re(12, "09:30", carmel, magA, "magnets! genius, ordering today");
        Post euro = say(12, "20:00", taGreen, carmel, "rewatching the Eurovision 74 clip for the hand moves, still "
                + "learning stuff 20 years in");
        re(12, "20:10", dex, euro, "the dedication 😂");
        say(13, "10:00", taGreen, carmel, "Harrogate pics are in the group album, we look like a proper line-up");
        re(14, "12:00", dex, hen, "@Bronwen Ellis not my act but Carmel here does a cracking Agnetha, worth a nudge");

        // W37
        Post henA = re(15, "10:00", carmel, hen, "Hi Bronwen! so sorry, only just saw this. I'm free on the 25th, "
                + "£480 inc. PA for Bristol, shall I send you the details?");
        re(15, "10:30", bronwen, henA, "yes please!! DMs fine");
        say(16, "12:00", taList, ronan, "Elvis, '68 comeback and Vegas sets. open Fri 20 Oct, Sat 4 Nov. £350 for "
                + "45 mins, £600 for two sets. https://ronankingof.example");
        Post rugby = say(17, "15:00", taBook, ama, "Just booked a Queen tribute for our rugby club's 50th!! first time "
                + "organising anything like this, bit terrified");
        Post rugbyA = re(17, "15:20", dex, rugby, "ha that might be me! either way, check they bring their own PA and "
                + "get the timings in writing");
        re(17, "15:35", ama, rugbyA, "it's 18 Nov! and thanks, will do");
        Post pitch = re(17, "16:00", ronan, rugby, "congrats! if you want a support act to warm them up, my Elvis set "
                + "is £350 for 45 mins, DM me");
        re(17, "16:30", ama, pitch, "ha maybe, I'll see what the budget says");
        Post tax = say(18, "11:00", taGreen, ingrid, "anyone got a tame accountant? tax return panic");
        Post taxA = re(18, "11:20", marco, tax, "mine does three of us, I'll ask if she's taking more");
        re(18, "11:25", ingrid, taxA, "you're a gem");
        Post jacket = say(19, "19:00", taSwap, dex, "spare yellow jacket, the Wembley one, size M. £60 or swap for "
                + "a decent wig");
        re(19, "19:30", ronan, jacket, "wrong decade for me mate 😂");
        Post thu = say(20, "09:00", taBook, geoff, "committee said yes. @Marco Bellini is Thursday 14th still free?");
        Post thuA = re(20, "09:30", marco, thu, "it is, pencilled in, contract over to you today");
        re(20, "10:00", geoff, thuA, "champion").react("👍", marco);
        say(21, "18:00", taGreen, carmel, "trade showcase got me two bookings, worth every penny of the pitch fee")
                .react("🎉", dex, ingrid);
    }

    private void museum() {
        // W35
        Post open = say(1, "10:00", muRota, gwen, "Open day is Saturday 16 Sept! we need 8 on the doors and 4 in the "
                + "handling room. sign-up sheet: https://forms.example/millbrook-openday");
        re(1, "10:30", elspeth, open, "put myself down for the morning door");
        Post letters = say(1, "11:00", muColl, marjorie, "box of letters from the Hadley estate came in, foxing on "
                + "most. gloves please, the nitrile ones, not cotton");
        Post why = re(1, "11:20", cillian, letters, "why not cotton? thought that was the standard");
        Post whyA = re(1, "11:35", marjorie, why, "cotton snags on brittle paper and you lose your feel. nitrile for "
                + "paper, cotton only for metals");
        re(1, "11:40", cillian, whyA, "ah that makes sense now");
        Post bus = say(2, "09:00", muTea, harold, "Morning all. The 7.10 bus actually arrived. Miracles.");
        re(2, "09:15", elspeth, bus, "mark it in the calendar 😂");
        say(3, "10:30", muTea, gwen, "@Harold Pike where did the key for the textile store end up after Saturday? "
                + "Cillian needs it Thursday for the sampler");
        Post timetable = say(3, "14:00", muColl, harold, "Found a 1930s bus timetable in the donation box. Lovely "
                + "condition. Will write it up for the transport case.");
        re(3, "14:20", marjorie, timetable, "ooh good find. acid-free sleeve for it please");
        Post grad = say(4, "09:00", muTea, harold, "Granddaughter graduated yesterday. Proud as punch.");
        re(4, "09:05", elspeth, grad, "congratulations Harold!! ❤️");
        Post key = say(4, "10:00", muTea, cillian, "anyone got a spare key for the textile store? need it tomorrow");
        re(4, "10:20", gwen, key, "I'll leave my spare on the hook in the office for you");
        say(5, "16:00", muTea, meera, "off till Monday, visiting my sister in Leicester. have a lovely weekend all");
        Post dolan = say(5, "17:00", muOral, bernard, "Transcript of Mrs Dolan's interview is done, 14 pages. "
                + "@Meera Joshi could you check the bit about the mill strike dates against the parish records?");
        Post swap = say(6, "11:00", muRota, elspeth, "can anyone swap my Sunday 10th afternoon? family thing");
        Post swapA = re(6, "12:00", cillian, swap, "I'll take it");
        re(6, "12:10", elspeth, swapA, "thank you Cillian!!");
        say(6, "15:00", muRota, gwen, "open day sheet again for anyone who missed it, 9 places still empty: "
                + "https://forms.example/millbrook-openday");
        joins(7, "14:30", muTea, priya);
        Post welcome = say(7, "15:00", muTea, gwen, "Welcome Priya! lovely to have you. before your first shift have a "
                + "read of Marjorie's handling guide, it's pinned in #collections-chat, and shout if anything's unclear");
        re(7, "15:30", priya, welcome, "thank you! reading it now");

        // W36: Priya helped day after day; Bernard's own request to her waits
        re(8, "09:30", meera, dolan, "Bernard so sorry, only just back! checked it, the strike was May 1926, so "
                + "Mrs Dolan has it right");
        say(8, "09:45", muOral, bernard, "perfect, thank you Meera");
        Post touch = say(8, "10:30", muColl, priya, "first shift Wednesday! what do I do if a visitor wants to touch "
                + "things on open display?");
        Post touchA = re(8, "11:00", bernard, touch, "smile and steer them to the handling table, the blue-label things "
                + "are fine to touch. we'll show you on the day");
        re(8, "11:10", priya, touchA, "thank you!");
        Post anon = say(9, "14:00", muColl, priya, "how do I log a donation if the donor doesn't want their name on it?");
        Post anonA = re(9, "14:30", bernard, anon, "tick 'anonymous' on the form but still take their details for the "
                + "file, we need them for the ownership record");
        re(9, "14:35", priya, anonA, "thanks Bernard");
        Post late = say(9, "16:00", muTea, harold, "Bus late again. Normal service resumed.");
        re(9, "16:20", marjorie, late, "the universe is back in balance");
        say(10, "10:00", muOral, bernard, "@Priya Raman you said you used to edit a newsletter, could you look over my "
                + "label text for the mill case before Friday? about 200 words, it's in the shared folder");
        Post till = say(10, "15:00", muColl, priya, "the till froze on my shift today, who do I tell?");
        Post tillA = re(10, "15:20", bernard, till, "me or Gwen. I've reset it, it happens when the card reader "
                + "sleeps");
        re(10, "15:30", priya, tillA, "thanks so much!");
        Post boxes = say(11, "11:00", muColl, priya, "sorry another one, where do the spare acid-free boxes live?");
        Post boxesA = re(11, "11:30", bernard, boxes, "store room B, top shelf, left of the map chest");
        re(11, "11:35", priya, boxesA, "thank you!");
        say(11, "12:00", muRota, gwen, "3 door slots still empty for the open day, the morning ones: "
                + "https://forms.example/millbrook-openday");
        Post talk = say(12, "09:00", muTea, priya, "anyone going to the heritage talk at the library on Saturday?");
        Post talkA = re(12, "09:20", elspeth, talk, "me! I'll save you a seat");
        re(12, "09:25", priya, talkA, "yay thanks");
        say(13, "17:00", muTea, marjorie, "lemon drizzle in the staff room, help yourselves tomorrow")
                .react("😍", elspeth, cillian);

        // W37
        Post two = say(15, "10:00", muRota, gwen, "2 door slots left for Saturday! sheet: "
                + "https://forms.example/millbrook-openday");
        re(15, "10:30", harold, two, "put me on the 2pm one");
        Post sampler = say(16, "11:00", muColl, cillian, "the sampler's cleaned up beautifully, photos are on the "
                + "collections drive");
        re(16, "11:30", marjorie, sampler, "gorgeous work Cillian").react("👏", gwen);
        say(17, "10:00", muColl, bernard, "Mill case labels are up. Went with my own draft in the end.");
        Post stories = say(18, "14:00", muColl, priya, "a visitor asked today if we take oral histories from people "
                + "new to the town, do we?");
        Post storiesA = re(18, "14:30", meera, stories, "yes! anyone with a Millbrook story, send them my way");
        re(18, "14:40", priya, storiesA, "will do, thanks");
        say(20, "18:00", muTea, gwen, "Open day: 412 through the door!! thank you all 🎉")
                .react("🎉", harold, elspeth, marjorie, priya).react("❤️", meera);
        say(20, "18:30", muTea, elspeth, "my feet are finished but what a day");
    }

    private void marquees() {
        // W35
        say(1, "09:00", mqNews, imogen, "Autumn wedding weekends: stretch tent, furniture and lighting packages, "
                + "10% off bookings made before 30 Sept. https://canvasandpole.example/autumn");
        Post lawn = say(1, "12:00", mqDesk, heike, "Hi, how much space do we need for a 9x15 marquee? lawn is about "
                + "12x20");
        Post lawnA = re(1, "12:40", kwame, lawn, "Hi Heike, that fits. we need 1m clear each side for pegs and guys, "
                + "if there's a slope send us a photo");
        re(1, "12:50", heike, lawnA, "flat as a pancake, thanks Kwame!");
        Post ellie = say(2, "18:00", mqEvents, lorna, "Our Ellie's wedding was a year ago today, still the best day. "
                + "the fairy lights in the roof made it ✨");
        Post ellieA = re(2, "18:30", imogen, ellie, "Happy anniversary to them! that was a lovely build, give Ellie our "
                + "love");
        re(2, "18:40", lorna, ellieA, "will do ❤️");
        Post hi = say(3, "10:00", mqChat, dario, "Hi all, Dario here, caterer in Shropshire, mostly weddings and "
                + "parties");
        re(3, "10:20", nia, hi, "welcome Dario!");
        Post cold = say(3, "14:00", mqChat, tobias, "has anyone had a marquee in October? worried about the cold");
        Post coldA = re(3, "14:30", saoirse, cold, "we did last year, the heaters were ace and nobody kept their coat "
                + "on. the dance floor helps too");
        re(3, "14:40", tobias, coldA, "good to know, thanks");
        say(4, "09:00", mqNews, imogen, "Furniture hire is now bookable on its own too: tables, chairs, bars, "
                + "lanterns. https://canvasandpole.example/furniture");
        Post walls = say(4, "11:00", mqDesk, farid, "can the side walls be rolled up if it's warm?");
        Post wallsA = re(4, "11:30", imogen, walls, "yes Farid, every panel rolls and ties up, and you can open just "
                + "one side");
        re(4, "11:35", farid, wallsA, "perfect");
        Post thirty = say(5, "16:00", mqEvents, saoirse, "Our 30th under the 6x9, the bunting stayed up for a week "
                + "after 😄");
        re(5, "16:10", kwame, thirty, "what a day that was! thanks for having us Saoirse");
        Post dj = say(6, "11:00", mqChat, nia, "anyone know a good DJ near Ludlow?");
        Post djA = re(6, "11:30", farid, dj, "the lad who did ours was great, Sam Pryce, he's on the local listings");
        re(6, "11:40", nia, djA, "thank you!");

        // W36: a returning customer's quote request sits at the desk
        Post hog = say(8, "10:00", mqChat, dario, "Doing hog roasts for autumn weddings and parties, £12 a head with "
                + "sides, DM me");
        re(8, "10:30", tobias, hog, "hog roast in a marquee 😍");
        say(9, "09:30", mqDesk, lorna, "Hi both! you put up the marquee for our Ellie's wedding last June, could you "
                + "quote for my 40th in the garden, mid November? about 60 people");
        Post show = say(9, "14:00", mqChat, kwame, "Anyone at the county show on Saturday? we've a tent up there, come "
                + "and say hi");
        re(9, "14:20", nia, show, "will do!");
        say(10, "09:00", mqNews, imogen, "New this autumn: clear-roof tents for starry nights, on the same page "
                + "https://canvasandpole.example/autumn");
        Post lunch = say(10, "11:00", mqChat, kwame, "lunch debate in the yard: best sandwich for a build day? "
                + "coronation chicken is winning");
        Post lunchA = re(10, "11:15", saoirse, lunch, "cheese and pickle, fight me");
        re(10, "11:20", kwame, lunchA, "Saoirse it's 3-1 against you 😂");
        Post party = say(11, "10:00", mqEvents, heike, "our garden party pics! thank you for making it so easy");
        re(11, "10:30", imogen, party, "gorgeous Heike, thanks for sharing these");
        say(12, "15:00", mqChat, dario, "still got 3 Saturdays free in October for hog roasts, £12 a head, DM me if "
                + "you're planning something");
        Post rain = say(13, "08:00", mqChat, farid, "weather for the show looks grim, fingers crossed for you lot");
        re(13, "08:30", kwame, rain, "we've got the big pegs in, she'll hold");

        // W37
        Post lornaQ = story.posts().stream().filter(p -> p.author().equals(lorna) && p.channel().equals(mqDesk))
                .findFirst().orElseThrow();
        Post lornaA = re(15, "09:00", imogen, lornaQ, "Lorna so sorry, this slipped past us last week! a 9x12 would do "
                + "60 seated with a dance floor, I'll email you a quote today");
        re(15, "09:20", lorna, lornaA, "lovely, thank you Imogen");
        Post heat = say(15, "14:00", mqDesk, tobias, "do you supply the heaters or do we bring our own?");
        Post heatA = re(15, "14:30", kwame, heat, "we supply them Tobias, two come with a 9x15 from October");
        re(15, "14:35", tobias, heatA, "great, thanks");
        Post dj2 = say(16, "19:00", mqChat, nia, "booked the DJ Farid mentioned, he's lovely");
        re(16, "19:20", farid, dj2, "told you 😄");
        say(17, "09:00", mqNews, imogen, "Last two weeks of the autumn 10%: https://canvasandpole.example/autumn");
        say(18, "12:00", mqChat, dario, "hog roast at a christening yesterday, 80 happy faces and no leftovers");
        Post bbq = say(19, "18:00", mqEvents, tobias, "Dad's 70th last weekend, the clear roof was a hit, he kept "
                + "pointing at the stars");
        re(19, "18:30", kwame, bbq, "that's exactly what it's for, happy birthday to him!");
        re(19, "18:45", tobias, bbq, "also the heaters. very much the heaters");
    }

    private void fireworks() {
        // W35
        Post licence = say(1, "09:00", fwShop, rhodri, "anyone had the new licence form back yet? council says six "
                + "weeks now");
        Post licenceA = re(1, "09:30", aderonke, licence, "took 5 for us. ring them in week 4 and it magically "
                + "appears");
        re(1, "09:40", rhodri, licenceA, "ha, will do");
        Post cakes = say(2, "10:00", fwShop, stellan, "single-ignition cakes from the new importer, anyone tried them? "
                + "the sample box looked tidy");
        Post cakesA = re(2, "10:30", ines, cakes, "tried 4, one had a slow fuse. wouldn't use them for a choreographed "
                + "show yet");
        re(2, "10:40", stellan, cakesA, "cheers, I'll hold off then");
        Post village = say(3, "11:00", fwAsk, martina, "Village bonfire committee here. does anyone do small displays "
                + "for a village bonfire? budget around £1,500, near Ludlow, 5 November");
        Post villageA = re(3, "11:40", aderonke, village, "Hi Martina, we do, the 5th is going fast though. our "
                + "village package is £1,400 with two crew and insurance: https://brightfall.example/village");
        re(3, "12:00", martina, villageA, "brilliant, will email you today");
        Post free = say(4, "08:00", fwCrew, yusuf, "trained crew, 3 seasons, free most of November, based Hereford");
        re(4, "08:30", rhodri, free, "might need you on the 4th, I'll DM");
        say(5, "18:00", fwWind, ines, "Ludlow site 6pm: 22mph gusting, not great. forecast: "
                + "https://weather.example/ludlow");
        say(6, "17:00", fwWind, ines, "Ludlow site down to 9mph, good to fire tonight: https://weather.example/ludlow");
        Post stokesay = say(6, "23:00", fwShop, rhodri, "fired the wedding at Stokesay tonight, 4 minutes, nobody's "
                + "horse bolted");
        re(7, "09:00", aderonke, stokesay, "the bar is low and you cleared it 😂");
        say(7, "16:00", fwWind, ines, "Ludlow 14mph steady this afternoon: https://weather.example/ludlow");

        // W36
        Post neigh = say(8, "10:00", fwAsk, paddy, "rugby club doing our first display. do we tell the neighbours or "
                + "is that on you lot?");
        Post neighA = re(8, "10:30", rhodri, neigh, "we do a leaflet drop if you book with us, but ring the horsey "
                + "neighbours yourself too, they appreciate it");
        re(8, "10:45", paddy, neighA, "good shout, thanks");
        Post drone = say(9, "09:00", fwShop, aderonke, "anyone else's insurer asking for drone footage of the fallout "
                + "zone now?");
        Post droneA = re(9, "09:20", stellan, drone, "ours too from this year. borrowed my nephew's drone 😂");
        re(9, "09:30", aderonke, droneA, "ha, same plan");
        Post dist = say(10, "19:00", fwAsk, claire, "PTA question: what's a sensible safety distance for spectators "
                + "at a school field display?");
        Post distA = re(10, "19:30", ines, dist, "depends on the biggest item. for a small school show with 30mm cakes, "
                + "25m minimum, rope it off and have marshals");
        re(10, "19:40", claire, distA, "thanks Inês, really helpful");
        Post crew = say(11, "08:00", fwCrew, rhodri, "need 2 crew for 4 Nov, Leominster, paid day rate, DM me");
        re(11, "08:20", yusuf, crew, "I'm in");
        say(12, "17:00", fwWind, ines, "31mph gusts forecast for the weekend, check before you load: "
                + "https://weather.example/ludlow");
        say(13, "22:30", fwShop, stellan, "fired a 50th at Ledbury tonight, the finale went up lovely");

        // W37: one link into three rooms within ten minutes
        Post pk = say(15, "10:00", fwShop, stellan, "Bonfire night packages are up! village displays from £1,200, crew "
                + "and insurance included: https://skyburst.example/bonfire");
        say(15, "10:04", fwAsk, stellan, "Organisers: bonfire night packages from £1,200, crew and insurance "
                + "included: https://skyburst.example/bonfire");
        say(15, "10:08", fwCrew, stellan, "Bonfire packages now live, from £1,200: https://skyburst.example/bonfire");
        re(15, "11:00", rhodri, pk, "bit early for the hard sell mate 😂");
        Post booked = say(16, "12:00", fwAsk, martina, "update: booked with Aderonke, committee very happy");
        re(16, "12:30", aderonke, booked, "thank you Martina, looking forward to it!");
        Post clips = say(17, "18:00", fwShop, ines, "anyone got spare igniter clips? mine went walkabout");
        Post clipsA = re(17, "18:20", yusuf, clips, "I've a bag of 50, I'll bring them Saturday");
        re(17, "18:25", ines, clipsA, "lifesaver");
        say(18, "09:00", fwAsk, paddy, "leaflets out, neighbours all fine, even the horse lady");
        Post permit = say(19, "10:00", fwShop, yusuf, "is the site plan supposed to show the wind direction or just "
                + "the fallout arc?");
        Post permitA = re(19, "10:30", aderonke, permit, "both, and mark the firing position and the nearest road");
        re(19, "10:40", yusuf, permitA, "cheers Ade");
    }

    private void ceilidh() {
        // W35
        Post willow = say(1, "10:00", ceCallers, morag, "anyone got a good walkthrough for Strip the Willow for total "
                + "beginners? lost half the room at a wedding");
        Post willowA = re(1, "10:30", callum, willow, "do it in fours first, just the top couple down one line, then "
                + "the full set. and never teach it after the bar opens 😂");
        re(1, "10:45", morag, willowA, "ha, lesson learnt. thanks Callum");
        Post fresh = say(2, "12:00", ceGigs, hamza, "Uni folk society: need a band and caller for our freshers' "
                + "ceilidh, Fri 29 Sept, Glasgow, 150 students. budget £500");
        Post freshA = re(2, "12:40", tam, fresh, "The Brae Boys can do it, three-piece with our own caller, £480. "
                + "DMs fine for details");
        re(2, "13:00", hamza, freshA, "sounds great, messaging you now");
        Post gordons = say(3, "20:00", ceTunes, eilidh, "new set for the Gay Gordons: Scotland the Brave into Bonnie "
                + "Galloway. too obvious?");
        re(3, "20:20", tam, gordons, "obvious works for the Gordons, folk want to sing along");
        say(4, "09:00", ceGigs, callum, "Callum Reid, caller: free Saturdays in November except the 18th, £180 a "
                + "night within an hour of Stirling");
        Post drunk = say(5, "11:00", ceCallers, siobhan, "how do you all handle someone drunk flinging folk about in the "
                + "Dashing White Sergeant?");
        Post drunkA = re(5, "11:15", callum, drunk, "stop the music, big smile, 'let's take this one a wee bit "
                + "slower'. works every time");
        re(5, "11:20", siobhan, drunkA, "bookmarking that");
        Post intro = say(6, "14:00", ceHello, aonghas, "Hi all, Aonghas from Skye, I started calling at village dances "
                + "this year. still learning the patter! my wee site with dates: https://aonghascalls.example");
        Post introA = re(6, "14:30", morag, intro, "welcome Aonghas! Skye dances are the best");
        re(6, "14:45", aonghas, introA, "thanks Morag, they're a wild crowd 😄");
        say(7, "21:00", ceTunes, morag, "two weddings this weekend, fingers like sausages now");

        // W36
        Post odd = say(8, "19:00", ceCallers, aonghas, "what do you do when there's an odd number for a couples "
                + "dance?");
        Post oddA = re(8, "19:20", callum, odd, "grab a volunteer from the band or dance it yourself, nobody minds the "
                + "caller joining in");
        re(8, "19:30", aonghas, oddA, "ha, brave. thanks!");
        Post dots = say(9, "10:00", ceTunes, tam, "anyone got the dots for the Jig of Slurs in D? mine's a photocopy "
                + "of a photocopy");
        Post dotsA = re(9, "10:20", morag, dots, "sending you a clean one");
        re(9, "10:25", tam, dotsA, "🙏");
        say(10, "10:00", ceTunes, fenella, "Hi all! we're The Reel Thing, a brand new ceilidh band from Fife. would "
                + "you all mind giving our page a follow and sharing it about? https://reelthing.example");
        say(11, "09:00", ceCallers, fenella, "if anyone here hasn't yet, please give The Reel Thing a follow, it'd "
                + "mean the world 🙏 https://reelthing.example");
        Post petro = say(12, "18:00", ceCallers, callum, "Petronella for beginners: honestly, just walk the spin "
                + "first");
        re(12, "18:30", siobhan, petro, "walk it twice even");
        say(13, "11:00", ceGigs, hamza, "freshers' ceilidh is sold out!! thanks Tam").react("🎉", tam, morag);

        // W37: a returning customer asks the caller by name
        Post kirrie = say(15, "12:00", ceTunes, morag, "playing the new Orkney set at Kirriemuir on Friday, wish me "
                + "luck");
        re(15, "12:30", eilidh, kirrie, "you'll be grand");
        Post harvest = say(16, "10:00", ceGigs, rosalind, "@Callum Reid you called our village hall ceilidh in Comrie "
                + "back in May, brilliant night. could you do our harvest dance on Saturday 14 October?");
        Post barn = say(16, "14:00", ceCallers, callum, "does anyone call the Canadian Barn Dance with the swing, or "
                + "just the walk?");
        Post barnA = re(16, "14:20", siobhan, barn, "swing, always. they love it");
        re(16, "14:30", callum, barnA, "swing it is");
        say(17, "11:00", ceTunes, callum, "lovely session at the Tolbooth last night, the fiddlers were flying");
        Post wed = say(18, "09:00", ceCallers, aonghas, "did my first wedding on Saturday, used your volunteer trick "
                + "Callum, worked a treat");
        re(18, "09:30", callum, wed, "great stuff Aonghas!");
        re(19, "10:00", rosalind, harvest, "bumping this, @Callum Reid we'd love to have you back");
        Post reel = say(19, "20:00", ceTunes, eilidh, "anyone fancy a tune swap in Perth next month? low key, pub back "
                + "room");
        re(19, "20:30", tam, reel, "count me in");
        re(19, "20:40", morag, reel, "me too if I'm not gigging");
    }

    private void props() {
        // W35: Ottilie's week about Ottilie
        Post glue = say(1, "10:00", pmBench, dmitri, "anyone tried the new water-based contact adhesive on EVA? the "
                + "fumes from the old stuff are killing me");
        Post glueA = re(1, "10:30", zainab, glue, "yes, works if you wait longer before joining, like 20 mins. the "
                + "bond's nearly as good");
        re(1, "10:40", dmitri, glueA, "20 mins, ok, trying it tonight");
        Post chapel = say(2, "09:00", pmBench, ottilie, "Big week for me. I finally moved my studio into the old "
                + "chapel and my whole set-up fits at last. My paint wall, my foam racks, my spray booth, I even have "
                + "my own loading door now. I've dreamed about this for years and I still can't quite believe it's "
                + "mine.");
        Post chapelA = re(2, "09:30", hollis, chapel, "congrats! a chapel studio sounds dreamy");
        re(2, "09:45", ottilie, chapelA, "Thanks! I'm planning a little open studio for my followers, my Instagram "
                + "has gone a bit mad since I posted the move. I think I hit 8k this morning, which is wild for me.");
        Post gruff = say(3, "17:00", pmShow, zainab, "Finished the Gruffalo head for the school panto, 3 weeks of foam "
                + "and fur");
        re(3, "17:20", ottilie, gruff, "Cute! I did a Gruffalo for my first ever panto job back in 2019, mine had a "
                + "moving jaw and I still use that rig in my builds now. I should really dig out my photos of it.");
        Post eyes = re(3, "17:40", kofi, gruff, "the eyes are perfect Zainab");
        re(3, "17:50", zainab, eyes, "thank you Kofi!");
        Post swords = say(4, "12:00", pmBench, hollis, "deadline hell, 6 swords by Friday");
        re(4, "12:30", ottilie, swords, "Same boat here. I've got my own 12 shields due for my biggest client and my "
                + "assistant is off sick, so I'm doing all my priming myself. My back is done in. I keep telling "
                + "myself it's good for my portfolio.");
        say(5, "10:00", pmComm, kofi, "Open for 2 commissions in October: masks, helmets, small props. from £150, "
                + "message me");
        say(5, "16:00", pmBench, ottilie, "My open studio date is set, 14 October! I'm so excited to show my space. "
                + "I'll post my photos once my signage is up.");
        say(6, "11:00", pmDeals, dmitri, "50% off 10mm EVA at the big craft chain this weekend, not my shop, just saw "
                + "it: https://craftchain.example/eva");

        // W36: a newcomer's first build, and a priced offer in her inbox that evening
        joins(8, "10:45", pmShow, marguerite);
        Post lion = say(8, "11:00", pmShow, marguerite, "Hello! first ever build, a papier-mâché lion mask for our "
                + "youth theatre's Narnia. be kind 😄");
        Post lionA = re(8, "11:30", brannock, lion, "lovely work! the mane texture is great");
        re(8, "11:40", marguerite, lionA, "thank you!! took forever");
        lion.react("😍", kofi, zainab);
        at(8, "19:00").in(pmDm).say(brannock, "Hi Marguerite, I make custom silicone moulds for masks and props, £40 "
                + "each. want me to do you a set for your next build?");
        at(8, "20:00").in(pmDm).say(marguerite, "oh thanks, not right now, it's all volunteer money for us!");
        Post seal = say(9, "18:00", pmBench, marguerite, "what's the best sealant before painting papier-mâché? mine "
                + "drank the first coat");
        re(9, "18:20", zainab, seal, "two coats of watered-down PVA, let it dry properly between");
        re(9, "18:30", hollis, seal, "or a shellac primer if you can stand the smell");
        say(9, "18:45", pmBench, marguerite, "PVA it is, thanks both");
        Post oliver = say(10, "09:00", pmComm, esme, "Community theatre in Leeds: need a cart and two market stalls "
                + "for Oliver!, 10 Nov deadline, paid, budget £600");
        Post oliverA = re(10, "09:40", hollis, oliver, "I could do the stalls, not the cart. £350 for the pair plus "
                + "timber, I'm in Wakefield");
        re(10, "10:00", esme, oliverA, "great, messaging you");
        say(11, "15:00", pmBench, ottilie, "Open studio posters arrived!").react("🎉", hollis);
        say(12, "20:00", pmShow, hollis, "the 6 swords made it, just").react("🔥", zainab, kofi);

        // W37
        Post bird = say(15, "11:00", pmBench, dmitri, "anyone rigged a flying prop on a budget? the director wants a "
                + "bird to cross the stage");
        Post birdA = re(15, "11:30", brannock, bird, "fishing line and a pulley on the fly bar, black the line with a "
                + "marker. done it twice");
        re(15, "11:40", dmitri, birdA, "oh that's neat, thanks Brannock");
        Post helmet = say(16, "17:00", pmShow, kofi, "helmet for a local Iron Man cosplayer, first time with LEDs");
        re(16, "17:30", marguerite, helmet, "this is incredible");
        say(17, "08:00", pmDeals, zainab, "timber merchant on Mill Lane has offcuts free this week, bring a car");
        say(18, "10:00", pmComm, brannock, "Mould slots open for October, masks and small props, £40 each, message me");
        Post stalls = say(19, "12:00", pmBench, esme, "the stalls arrived for Oliver!, Hollis you're a star");
        re(19, "12:20", hollis, stalls, "glad they landed safe!");
        Post lion2 = say(20, "16:00", pmShow, marguerite, "lion mask made it through dress rehearsal, the kids are "
                + "obsessed");
        re(20, "16:30", zainab, lion2, "so good to see it on stage!");
    }

    private void reenactors() {
        // W35
        Post lathom = say(1, "09:00", reMuster, rowena, "Autumn muster at Lathom House, 16-17 Sept. put your name on "
                + "the sheet so we can book enough pitches: https://forms.example/levy-lathom");
        re(1, "09:30", jonas, lathom, "down for both days");
        Post linen = say(2, "12:00", reCamp, maud, "where's everyone getting linen for shirts these days? my old "
                + "supplier's gone");
        Post linenA = re(2, "12:30", agnieszka, linen, "these are the ones I use: https://linenmill.example/shirting "
                + "https://weaversrow.example/natural https://flaxandco.example/unbleached and for cheap practice "
                + "stuff https://clothbarn.example/linen");
        re(2, "12:40", maud, linenA, "brilliant, thank you Agnieszka");
        say(3, "09:00", reMuster, rowena, "Lathom sheet again for anyone who missed it: "
                + "https://forms.example/levy-lathom");
        Post bos = say(3, "19:00", reCamp, piotr, "Bosworth photos!! day 1: https://piotrsnaps.example/bosworth-day1");
        say(3, "19:01", reCamp, piotr, "day 2: https://piotrsnaps.example/bosworth-day2");
        say(3, "19:02", reCamp, piotr, "the pike block: https://piotrsnaps.example/bosworth-pikes");
        say(3, "19:03", reCamp, piotr, "camp at night: https://piotrsnaps.example/bosworth-camp");
        say(3, "19:04", reCamp, piotr, "and the battle itself https://piotrsnaps.example/bosworth-battle");
        Post pikes = re(3, "19:30", tariq, bos, "great shots Piotr, I look almost competent in the pike one");
        re(3, "19:40", piotr, pikes, "ha you do!");
        say(4, "10:00", reSutlers, hester, "Repro costrels, two sizes, £24 and £32, stoppers included. photos: "
                + "https://hestercrane.example/costrels");
        Post book = say(4, "20:00", reDrill, jonas, "which drill book for a 1640s foot company? we've been using "
                + "Hexham but Tariq says it's too late");
        Post bookA = re(4, "20:30", tariq, book, "Hexham's 1642, so fine. Elton is 1650, that's the one that's too "
                + "late, I was thinking of that");
        re(4, "20:40", jonas, bookA, "ah ok, thanks Tariq");
        say(5, "12:00", reSutlers, jonas, "WTB buff coat, 42 chest, will pay fair");
        say(6, "10:00", reMuster, rowena, "Lathom: 11 names so far, sheet here: https://forms.example/levy-lathom");
        Post rain = say(7, "17:00", reCamp, maud, "who else's tent is still drying in the living room from Bosworth");
        re(7, "17:20", tariq, rain, "the whole hallway smells of wet canvas");

        // W36: a customer's question to the potter waits
        say(8, "10:00", reSutlers, hester, "new batch of pipkins and jugs out of the kiln, £18 each. photos: "
                + "https://hestercrane.example/kitchen");
        say(9, "10:00", reSutlers, wilf, "@Hester Crane got my costrel off you at Tewkesbury last year, the stopper's "
                + "split. could you make a replacement?");
        say(9, "13:00", reSutlers, tariq, "selling my spare snapsack, £15, collection at Lathom");
        Post kiln = say(10, "11:00", reCamp, hester, "anyone else's kiln playing up in this heat? lost two jugs");
        Post kilnA = re(10, "11:20", maud, kiln, "mine cracked a shelf, it's the season");
        re(10, "11:30", hester, kilnA, "glad it's not just me");
        say(11, "09:00", reSutlers, hester, "pipkins nearly gone, 4 left at £18");
        Post women = say(11, "19:00", reDrill, maud, "Is it true women served in the trained bands? asking for a talk "
                + "I'm giving");
        Post womenA = re(11, "19:30", tariq, women, "not officially, but there are siege accounts from Lyme and "
                + "Gloucester of women on the works and the walls");
        re(11, "19:40", maud, womenA, "perfect, exactly what I needed");
        say(12, "09:00", reMuster, rowena, "Lathom: 6 pitches left, names on the sheet please: "
                + "https://forms.example/levy-lathom");
        Post lift = say(13, "10:00", reCamp, piotr, "anyone want to carpool to Lathom from Leeds?");
        re(13, "10:20", jonas, lift, "me! I'll bring the tent");

        // W37
        say(15, "10:00", reSutlers, wilf, "@Hester Crane any joy with the stopper? happy to pay of course");
        say(16, "18:00", reCamp, hester, "Lathom stall's packed, see you all Saturday");
        say(17, "09:00", reMuster, rowena, "last 2 pitches for Lathom! https://forms.example/levy-lathom");
        Post drill = say(18, "12:00", reDrill, jonas, "drill practice Thursday at the rec, bring your pikes");
        re(18, "12:30", piotr, drill, "I'll be late, work till 6");
        Post done = say(21, "20:00", reCamp, rowena, "Lathom done! thank you all, best turnout in years");
        done.react("🙌", jonas, maud, tariq, piotr);
        re(21, "20:30", agnieszka, done, "my feet disagree but yes 😂");
    }

    private void extras() {
        // W35
        say(1, "09:00", exCast, nadia, "Period drama, Bath, men 25-60 with own facial hair, 2 days mid Sept: "
                + "https://castingboard.example/bath-drama");
        Post field = say(1, "18:00", exChat, delroy, "12 hour day in a field yesterday as a 'villager'. the catering "
                + "van saved my life");
        Post fieldQ = re(1, "18:20", yuki, field, "what was on the menu?");
        re(1, "18:30", delroy, fieldQ, "shepherd's pie, very on theme");
        say(2, "09:00", exCast, nadia, "Hospital series, Cardiff, nurses and patients, any age: "
                + "https://castingboard.example/cardiff-ward");
        Post first = say(2, "12:00", exNew, shauna, "first booking on Thursday! what do I bring?");
        Post firstA = re(2, "12:30", delroy, first, "3 outfit changes unless told otherwise, phone charger, a book, "
                + "snacks. and don't look at the camera");
        re(2, "12:40", shauna, firstA, "noted!! thank you");
        Post mcr = say(3, "09:00", exCast, nadia, "Football film, Manchester, crowd, Saturday: "
                + "https://castingboard.example/mcr-crowd");
        re(3, "09:30", yuki, mcr, "ooh, putting my name down");
        Post drive = say(3, "13:00", exChat, nadia, "anyone done the Cardiff hospital one before? long drive from "
                + "Bristol?");
        Post driveA = re(3, "13:20", beatriz, drive, "hour and a bit, parking's a pain though");
        re(3, "13:30", nadia, driveA, "thanks, might get the train then");
        say(4, "09:00", exCast, nadia, "Music video, Leeds, 'stylish 20s-30s', paid: "
                + "https://castingboard.example/leeds-mv");
        Post queue = say(5, "19:00", exChat, shauna, "did my first day!! stood in a queue for 9 hours and loved it");
        re(5, "19:10", delroy, queue, "welcome to the glamour 😂");
        say(5, "09:00", exCast, nadia, "Crime drama, Glasgow, 'police and public', 3 days: "
                + "https://castingboard.example/glasgow-crime");
        Post rates = say(5, "13:00", exChat, nadia, "is it me or are the rates going down this year?");
        Post ratesA = re(5, "13:20", delroy, rates, "flat at best. the union rate helps on the bigger ones");
        re(5, "13:30", nadia, ratesA, "yeah, thought so");
        say(6, "09:00", exCast, nadia, "Advert, London, families with kids: https://castingboard.example/ldn-advert");
        Post hi = say(6, "15:00", exHi, owain, "Hi! Owain from Swansea, ex-rugby, 6'4, did my first few days this "
                + "summer. my profile if anyone's casting tall blokes: https://owainrees.example");
        Post hiA = re(6, "15:30", beatriz, hi, "welcome Owain! tall blokes always get picked for soldiers");
        re(6, "15:40", owain, hiA, "ha, fingers crossed then");
        Post pay = say(7, "11:00", exChat, nadia, "anyone else still waiting on payment from the July shoot in Bath?");
        re(7, "11:30", yuki, pay, "yes! chasing them Monday");

        // W36: Lucien's week, told to nobody
        say(8, "07:00", exChat, lucien, "Day 1 on the Bath drama. My costume fitting took two hours and I look "
                + "magnificent in my tricorn.");
        Post gate = say(8, "12:00", exChat, yuki, "anyone on the football film Saturday? which gate do we go in?");
        Post gateA = re(8, "12:20", beatriz, gate, "gate C, by the crew car park. bring a warm coat, it's all night");
        re(8, "12:30", yuki, gateA, "thanks Bea!");
        say(8, "20:00", exChat, lucien, "I was placed right behind the lead in three scenes today. My agent thinks I "
                + "might make the trailer.");
        say(9, "05:30", exChat, lucien, "Up at 4 for my call time. I don't mind, I'm a morning person.");
        Post books = say(9, "10:00", exNew, shauna, "how do you get on an agency's books? the big one never replied");
        Post booksA = re(9, "10:30", delroy, books, "apply to two or three at once, and chase after a fortnight. they "
                + "get hundreds");
        re(9, "10:40", shauna, booksA, "ok will do, thanks Delroy");
        say(9, "19:00", exChat, lucien, "The director said my walk was 'perfect'. I've been working on my period walk "
                + "all summer.");
        say(10, "06:30", exChat, lucien, "Day 3. My boots are killing me but I'm powering through.");
        say(10, "09:00", exCast, nadia, "Sci-fi series, Newport, 'aliens' (prosthetics, very early calls): "
                + "https://castingboard.example/newport-scifi");
        say(10, "21:00", exChat, lucien, "I've just updated my showreel with my featured bits from July. I'm really "
                + "proud of how far I've come.");
        Post scene = say(11, "13:00", exNew, shauna, "is it normal to not know what scene you're in till you get "
                + "there?");
        Post sceneA = re(11, "13:20", yuki, scene, "totally normal, half the time the crew don't know either 😂");
        re(11, "13:25", shauna, sceneA, "haha ok good");
        say(11, "19:00", exChat, lucien, "Got my wig fitted for tomorrow. I think it suits me better than my real "
                + "hair.");
        Post room = say(12, "12:00", exChat, beatriz, "@Delroy Campbell are you on the Glasgow one? we could share a "
                + "room");
        Post roomA = re(12, "12:30", delroy, room, "I am! yes please, I snore though");
        re(12, "12:40", beatriz, roomA, "I'll bring earplugs");
        Post wrap = say(12, "21:00", exChat, lucien, "Wrapped on the Bath drama. I made some great contacts and my "
                + "agent is thrilled with me.");
        re(12, "21:30", owain, wrap, "was that the one with the soldiers? any still going?");
        say(13, "10:00", exChat, lucien, "I'm taking a day off to rest my feet and redo my headshots.");
        say(14, "11:00", exChat, lucien, "Next week I'm on a car advert, my first time as a 'featured driver'.");

        // W37
        Post heads = say(15, "10:00", exNew, shauna, "do I need proper headshots to sign with an agency?");
        Post plug = re(15, "10:30", bartek, heads, "agencies mostly want a clear natural shot, no filters, and a phone "
                + "in daylight is fine at first. btw I do headshot sessions, £60 this month only: "
                + "https://bartekfoto.example/headshots");
        Post phone = re(15, "10:40", delroy, heads, "phone's fine to start, I used mine for two years");
        re(15, "10:50", shauna, phone, "phew, phone it is! thanks both");
        say(17, "14:00", exChat, bartek, "Autumn headshot sessions, £60 until the end of September, book here: "
                + "https://bartekfoto.example/headshots").react("👀", yuki);
        say(18, "09:00", exCast, nadia, "Horror film, Cornwall, 'villagers', 5 days in October: "
                + "https://castingboard.example/cornwall-horror");
        say(18, "18:00", exChat, lucien, "Car advert done. I was a natural behind the wheel.");
        Post agency = say(19, "17:00", exChat, shauna, "got my first agency reply!!");
        Post agencyA = re(19, "17:10", delroy, agency, "told you! 🎉");
        re(19, "17:20", shauna, agencyA, "couldn't have done it without this lot");
        Post soldier = say(20, "12:00", exChat, owain, "cast as a soldier on the Bath pick-ups, Bea called it");
        re(20, "12:30", beatriz, soldier, "told you! tall blokes");
    }

    /** Ordinary talk in five of the communities, written after their main scenes. */
    private void moreChatter() {
        // C. marquees
        Post pegs = say(2, "10:00", mqChat, heike, "do marquee pegs wreck a lawn? my husband is fretting already");
        Post pegsA = re(2, "10:20", saoirse, pegs, "little holes, gone in a fortnight. the dance floor leaves a yellow "
                + "square for longer");
        re(2, "10:30", heike, pegsA, "ha, I'll tell him about the holes and not the square");
        Post cake = say(14, "16:00", mqChat, nia, "who did your wedding cake? ours has to survive a marquee in June");
        Post cakeA = re(14, "16:30", saoirse, cake, "a friend did ours, buttercream sweats in the heat so go for "
                + "fondant or naked");
        re(14, "16:40", nia, cakeA, "naked it is, thanks Saoirse");
        Post toast = say(20, "20:00", mqChat, farid, "best man speech done for Saturday, 4 minutes, no ex mentioned");
        re(20, "20:10", saoirse, toast, "the bar is on the floor and you cleared it 😂");

        // D. fireworks
        Post tape = say(1, "15:00", fwShop, ines, "which tape do you lot use for mortar racks? the cheap stuff gave up "
                + "in the rain");
        Post tapeA = re(1, "15:20", rhodri, tape, "cloth gaffer, the proper one, and a bin bag over the rack till "
                + "you fire");
        re(1, "15:25", ines, tapeA, "gaffer, ok. ta");
        Post dog = say(4, "18:00", fwAsk, claire, "parent here, not organising, just asking: is there anything we can "
                + "do for a dog that hates fireworks?");
        Post dogA = re(4, "18:30", yusuf, dog, "not my field but our vet said start playing firework sounds quietly "
                + "now and build up, and a den with a blanket over it on the night");
        re(4, "18:40", claire, dogA, "thank you, starting tonight");
        Post van = say(11, "12:00", fwShop, rhodri, "van MOT failed on a bulb. a bulb.");
        re(11, "12:10", aderonke, van, "classic");
        re(11, "12:15", stellan, van, "could be worse, mine failed on the horn last year");
        Post quiet = say(18, "14:00", fwShop, aderonke, "anyone doing low-noise displays yet? two venues asked me "
                + "this week");
        Post quietA = re(18, "14:30", ines, quiet, "I did one for a care home, all colour and no bangs, they loved it");
        re(18, "14:40", aderonke, quietA, "good to hear, might put one together");

        // E. ceilidh
        Post shoes = say(2, "19:00", ceCallers, eilidh, "ghillies or trainers for a four-hour wedding? my feet are "
                + "begging");
        Post shoesA = re(2, "19:20", siobhan, shoes, "trainers, every time, nobody looks at the caller's feet");
        re(2, "19:30", eilidh, shoesA, "trainers it is");
        Post mic = say(8, "12:00", ceCallers, siobhan, "headset mic or hand mic for calling? the hand one keeps me from "
                + "demonstrating");
        Post micA = re(8, "12:30", morag, mic, "headset. Tam's lent his out twice and both callers bought one after");
        re(8, "12:40", siobhan, micA, "headset, ordered");
        Post jig = say(13, "20:00", ceTunes, eilidh, "learning the Kesh jig properly at last, the B part is mean");
        re(13, "20:15", tam, jig, "slow it right down, it comes");
        Post weather = say(17, "19:00", ceGigs, hamza, "anyone know a hall in the west end that takes ceilidhs? the "
                + "union's booked up in December");
        Post weatherA = re(17, "19:30", morag, weather, "the church hall on Hillhead Street, cheap and a sprung floor");
        re(17, "19:40", hamza, weatherA, "ooh, sprung floor, ringing them tomorrow");

        // F. prop makers
        Post heat = say(2, "14:00", pmBench, kofi, "heat gun or hairdryer for shaping 5mm foam?");
        Post heatA = re(2, "14:20", zainab, heat, "heat gun on low, hairdryer takes all day");
        re(2, "14:25", kofi, heatA, "low, got it");
        Post paint = say(6, "15:00", pmBench, hollis, "scenic painters: what's your go-to for a quick stone texture on "
                + "flats?");
        Post paintA = re(6, "15:30", dmitri, paint, "sponge three greys, then a dry brush of white on the edges");
        re(6, "15:40", hollis, paintA, "three greys, trying it Monday");
        Post saw = say(13, "09:00", pmBench, esme, "stage manager question: how do I store foam props so they don't "
                + "squash in the van?");
        Post sawA = re(13, "09:30", kofi, saw, "stand them in crates with a pool noodle between each, costs nothing");
        re(13, "09:40", esme, sawA, "pool noodles, love it");
        Post crown = say(17, "20:00", pmShow, dmitri, "crown for our Lear, worbla and a lot of swearing");
        re(17, "20:20", kofi, crown, "the swearing shows, in a good way 😂");
        re(17, "20:30", hollis, crown, "the gems look real");

        // G. re-enactors
        Post wool = say(1, "19:00", reCamp, tariq, "new Monmouth cap finished, only took three tries");
        re(1, "19:20", maud, wool, "it's a beauty");
        Post fire = say(5, "18:00", reDrill, maud, "were matchlocks still common in 1644 or had snaphances taken over?");
        Post fireA = re(5, "18:30", jonas, fire, "matchlocks for most foot, snaphances mostly for dragoons and guards");
        re(5, "18:40", maud, fireA, "thank you, that fits my notes");
        Post boots = say(12, "19:00", reCamp, jonas, "who makes decent latchet shoes that don't cripple you?");
        Post bootsA = re(12, "19:20", agnieszka, boots, "the cobbler at the Lathom market, go up a size and wear "
                + "wool socks");
        re(12, "19:30", jonas, bootsA, "up a size, noted");
        Post stew = say(19, "18:00", reCamp, maud, "cooking pottage for the whole camp at Lathom, any allergies I "
                + "should know about?");
        re(19, "18:20", piotr, stew, "no onions for me please, sorry!");
        re(19, "18:30", tariq, stew, "none here, bring extra bread");
        re(19, "18:40", maud, stew, "noted both, onions on the side");
    }

    static Map<String, String> files() {
        return new HeldOutScenes68Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 68");
    }
}
