package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 59 (sealed): eight communities of kinds no earlier round used (a grassroots football referees'
 * society where nobody sells, a harp circle with a harp maker, a teacher and a for-sale room, a public sauna's own
 * server with its Staff, narrowboat liveaboards with a fuel boat and a sign-writer, escape-room owners and designers
 * with a prop maker, clock and watch repairers with a room where the public asks, close-up magicians with a gigs board
 * and a critique room, a foraging group with group walks), over three ISO weeks across the new year (2027-W51,
 * 2027-W52 and 2028-W01), written and labelled by writer59 (session 37) before any coach ran on them. The labels are
 * in {@code bot/src/test/resources/eval/held-out-scenes-59.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes59Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 12, 20);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-59";

    // --- A. grassroots football referees' society (nobody sells) ---
    private final String refs = cast.guild(861);
    private final Channel rsTouchline = cast.channel(refs, "Eastfield Referees' Society", "touchline",
            "general chat for members of the society", "rs-touchline.json");
    private final Channel rsLaws = cast.channel(refs, "Eastfield Referees' Society", "laws-of-the-game",
            "ask about the laws, positioning, tricky calls", "rs-laws-of-the-game.json");
    private final Channel rsAppts = cast.channel(refs, "Eastfield Referees' Society", "weekend-appointments",
            "appointments posted by the match secretary; swap requests below", "rs-weekend-appointments.json");
    private final Persona nnamdi = cast.person("nnamdi.ref", "Nnamdi Okafor");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wrobel");
    private final Persona priya = cast.person("priya.ram", "Priya Raman");
    private final Persona euan = cast.person("euan.mcl", "Euan MacLeod");
    private final Persona lucia = cast.person("lucia.mor", "Lucia Moreno");
    private final Persona halvard = cast.person("halvard.b", "Halvard Berg");
    private final Persona sadia = cast.person("sadia.r", "Sadia Rahman");

    // --- B. harp circle ---
    private final String harp = cast.guild(862);
    private final Channel hcChat = cast.channel(harp, "Strings and Pedals Harp Circle", "harp-chat",
            "chat for harpists of every level", "hc-harp-chat.json");
    private final Channel hcHelp = cast.channel(harp, "Strings and Pedals Harp Circle", "pieces-and-levers",
            "ask about pieces, levers, tuning and technique", "hc-pieces-and-levers.json");
    private final Channel hcSale = cast.channel(harp, "Strings and Pedals Harp Circle", "for-sale",
            "sell your own harps, strings and music: price and link please", "hc-for-sale.json");
    private final Persona mairead = cast.person("mairead.nb", "Mairead Ni Bhriain");
    private final Persona anouk = cast.person("anouk.harps", "Anouk de Vries");
    private final Persona kenji = cast.person("kenji.wt", "Kenji Watanabe");
    private final Persona fiona = cast.person("fiona.gal", "Fiona Gallagher");
    private final Persona rosalind = cast.person("ros.achebe", "Rosalind Achebe");
    private final Persona ilse = cast.person("ilse.br", "Ilse Brandt");
    private final Persona mateo = cast.person("mateo.q", "Mateo Quispe");

    // --- C. a public sauna's own server ---
    private final Role saunaStaff = cast.role("Staff", "#c0392b", 2);
    private final String sauna = cast.guild(863);
    private final Channel ksNews = cast.channel(sauna, "Kaldvik Sauna House", "news-from-the-house",
            "opening times, events and offers from the team", "ks-news-from-the-house.json");
    private final Channel ksTalk = cast.channel(sauna, "Kaldvik Sauna House", "sauna-talk",
            "chat for our regulars", "ks-sauna-talk.json");
    private final Channel ksDesk = cast.channel(sauna, "Kaldvik Sauna House", "bookings-desk",
            "questions about bookings, memberships and gift cards: ask the team", "ks-bookings-desk.json");
    private final Channel ksPlunge = cast.channel(sauna, "Kaldvik Sauna House", "cold-plunge-club",
            "your plunge times and sea temperatures", "ks-cold-plunge-club.json");
    private final Persona sigrid = cast.person("sigrid.kaldvik", "Sigrid Halvorsen", saunaStaff);
    private final Persona joonas = cast.person("joonas.v", "Joonas Virtanen", saunaStaff);
    private final Persona seun = cast.person("seun.ade", "Oluwaseun Adeyemi");
    private final Persona beatriz = cast.person("bea.santos", "Beatriz Santos");
    private final Persona hamish = cast.person("hamish.d", "Hamish Doyle");
    private final Persona leila = cast.person("leila.f", "Leila Farahani");
    private final Persona dev = cast.person("dev.moves", "Dev Malhotra");

    // --- D. narrowboat liveaboards ---
    private final String boats = cast.guild(864);
    private final Channel lpTowpath = cast.channel(boats, "Long Pound Liveaboards", "towpath-chat",
            "chat for boaters on the Long Pound and around", "lp-towpath-chat.json");
    private final Channel lpNotices = cast.channel(boats, "Long Pound Liveaboards", "stoppages-and-moorings",
            "stoppages, closures, water points, moorings", "lp-stoppages-and-moorings.json");
    private final Channel lpFuel = cast.channel(boats, "Long Pound Liveaboards", "fuel-boat",
            "where the winter fuel boat is and when; orders to Gareth", "lp-fuel-boat.json");
    private final Channel lpBits = cast.channel(boats, "Long Pound Liveaboards", "boat-bits-for-sale",
            "buy, sell, swap: stoves, ropes, solar, paint. price please", "lp-boat-bits-for-sale.json");
    private final Persona gareth = cast.person("gareth.fuel", "Gareth Pugh");
    private final Persona yasmin = cast.person("yasmin.signs", "Yasmin Osei");
    private final Persona piotr = cast.person("piotr.k", "Piotr Kowalczyk");
    private final Persona ruth = cast.person("ruth.ak", "Ruth Akinyemi");
    private final Persona wilf = cast.person("wilf.s", "Wilf Sanderson");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");
    private final Persona benedikt = cast.person("bene.k", "Benedikt Krause");

    // --- E. escape-room owners and designers ---
    private final String rooms = cast.guild(865);
    private final Channel erLobby = cast.channel(rooms, "Escape Room Makers Lounge", "lobby",
            "general chat for owners, designers and game masters", "er-lobby.json");
    private final Channel erPuzzles = cast.channel(rooms, "Escape Room Makers Lounge", "puzzle-design",
            "puzzle flow, clue systems, playtesting", "er-puzzle-design.json");
    private final Channel erTech = cast.channel(rooms, "Escape Room Makers Lounge", "props-and-tech",
            "maglocks, sensors, controllers, wiring help", "er-props-and-tech.json");
    private final Persona radu = cast.person("radu.props", "Radu Ionescu");
    private final Persona shirin = cast.person("shirin.t", "Shirin Tehrani");
    private final Persona dmitri = cast.person("dmitri.vault", "Dmitri Volkov");
    private final Persona claudia = cast.person("claudia.r", "Claudia Rinaldi");
    private final Persona kofi = cast.person("kofi.m", "Kofi Mensah");
    private final Persona agnieszka = cast.person("aga.l", "Agnieszka Lis");
    private final Channel erDmShirin = cast.dm(shirin, "er-dm-shirin.json");

    // --- F. clock and watch repairers ---
    private final String clocks = cast.guild(866);
    private final Channel mbIntro = cast.channel(clocks, "Mainspring Bench", "introductions",
            "new here? introduce yourself", "mb-introductions.json");
    private final Channel mbBench = cast.channel(clocks, "Mainspring Bench", "bench-chat",
            "repairers' chat: movements, tools, suppliers", "mb-bench-chat.json");
    private final Channel mbAsk = cast.channel(clocks, "Mainspring Bench", "ask-a-repairer",
            "owners: ask about your clock or watch, the repairers answer", "mb-ask-a-repairer.json");
    private final Persona cornelius = cast.person("cornelius.w", "Cornelius Webb");
    private final Persona ayodele = cast.person("ayo.clocks", "Ayodele Bankole");
    private final Persona hiroko = cast.person("hiroko.s", "Hiroko Sato");
    private final Persona gus = cast.person("gus.p", "Gus Pettersson");
    private final Persona marisol = cast.person("marisol.v", "Marisol Vega");
    private final Persona declan = cast.person("declan.f", "Declan Foley");
    private final Persona zainab = cast.person("zainab.k", "Zainab Kareem");

    // --- G. close-up magicians ---
    private final String magic = cast.guild(867);
    private final Channel ssChat = cast.channel(magic, "Sleeve and Shuffle Society", "green-room",
            "chat for magicians of all kinds", "ss-green-room.json");
    private final Channel ssGigs = cast.channel(magic, "Sleeve and Shuffle Society", "gigs-board",
            "gigs you need covered or cannot take, and cover offered", "ss-gigs-board.json");
    private final Channel ssCrit = cast.channel(magic, "Sleeve and Shuffle Society", "routine-critique",
            "post your routine, ask for honest notes", "ss-routine-critique.json");
    private final Persona jasper = cast.person("jasper.l", "Jasper Lund");
    private final Persona amara = cast.person("amara.n", "Amara Nwosu");
    private final Persona felix = cast.person("felix.h", "Felix Hartmann");
    private final Persona soraya = cast.person("soraya.b", "Soraya Benali");
    private final Persona theo = cast.person("theo.g", "Theo Grant");
    private final Persona minji = cast.person("minji.p", "Min-ji Park");

    // --- H. foraging group ---
    private final String forage = cast.guild(868);
    private final Channel hsNatter = cast.channel(forage, "Hedgerow and Shore Foragers", "natter",
            "general chat", "hs-natter.json");
    private final Channel hsId = cast.channel(forage, "Hedgerow and Shore Foragers", "what-is-this",
            "post a photo, ask for an ID. never eat on an ID from here", "hs-what-is-this.json");
    private final Channel hsWalks = cast.channel(forage, "Hedgerow and Shore Foragers", "group-walks",
            "the group's own walks: dates, meeting points, sign-up sheet", "hs-group-walks.json");
    private final Channel hsFinds = cast.channel(forage, "Hedgerow and Shore Foragers", "show-your-finds",
            "your baskets and what you made with them", "hs-show-your-finds.json");
    private final Persona teodora = cast.person("teo.ilieva", "Teodora Ilieva");
    private final Persona osman = cast.person("osman.y", "Osman Yilmaz");
    private final Persona bridget = cast.person("bridget.o", "Bridget O'Rourke");
    private final Persona kai = cast.person("kai.n", "Kai Nakamura");
    private final Persona esther = cast.person("esther.m", "Esther Mbeki");
    private final Persona lars = cast.person("lars.e", "Lars Eriksen");

    HeldOutScenes59Script() {
        super(new SceneIds(45200), FIRST_MONDAY, 21);
        referees();
        harps();
        sauna();
        boats();
        escapeRooms();
        clocks();
        magic();
        foraging();
    }

    /** A. Referees: Tomasz is helped on three days and lets Nnamdi's request go by; Lucia is away for Christmas. */
    private void referees() {
        say(1, "08:30", rsAppts, priya, "Appointments for Wed 22nd (last midweek before the break): U14 cup, "
                + "Hollins Park, Euan ref, Sadia and Halvard ARs. KO 19:30 under lights");
        say(1, "09:10", rsAppts, euan, "got it 👍");
        Post q1 = say(1, "19:40", rsLaws, tomasz, "keeper handles a back pass but it was a deliberate header not a "
                + "kick. offence or not? I gave an IDFK on saturday and the whole bench went mad");
        Post a1 = re(1, "20:05", nnamdi, q1, "Not an offence. Only a deliberate kick to the keeper counts. A header, "
                + "chest or knee is fine. Bench were right this time, sorry!");
        re(1, "20:09", tomasz, a1, "ugh ok thanks");
        say(2, "07:55", rsTouchline, halvard, "anyone else's whistle freeze up on sunday? minus 4 at the rec");
        say(2, "08:02", rsTouchline, sadia, "mine was fine but my fingers weren't 😂");
        say(2, "12:30", rsTouchline, halvard, "the county's law changes circular for next season is out: "
                + "https://countyfa.example/circulars/law-changes-2028");
        Post q2 = say(3, "18:20", rsLaws, tomasz, "how far should I be from a free kick near the box when the wall "
                + "is being set? I keep getting stuck in the way");
        Post a2 = re(3, "18:44", nnamdi, q2, "Stand level with the wall, on the side away from the kicker's likely "
                + "run, so you see the wall and the keeper. Pace the 9.15 first then get out of there quickly.");
        re(3, "18:50", tomasz, a2, "thanks");
        say(3, "21:00", rsTouchline, euan, "cup game done, 3-3 then pens. two hours in the cold, never again 🥶");
        Post eu2 = say(3, "21:02", rsTouchline, euan, "well till next week anyway");
        eu2.react("😂", sadia, halvard);
        Post q3 = say(5, "10:15", rsLaws, tomasz, "player takes his boot off to wave at the crowd after scoring. "
                + "caution? or nothing");
        Post a3 = re(5, "10:40", nnamdi, q3, "If the removal is just celebration it's nothing unless it's "
                + "provocative or delays the restart. Use common sense, a word works better than a card there.");
        re(5, "10:42", tomasz, a3, "cheers");
        Post ask = re(5, "11:05", nnamdi, a3, "@Tomasz Wrobel while I have you, could you take my U12 friendly on "
                + "Sunday 2 Jan? Tilsley Road, 10am. I'll be at my brother's in Lagos, would help me a lot");
        say(5, "16:00", rsTouchline, sadia, "merry christmas all, see you on the other side 🎄");
        say(5, "16:20", rsTouchline, priya, "no appointments till the 2nd so enjoy the break everyone");
        Post q4 = say(6, "20:30", rsLaws, tomasz, "ball hits the corner flag and bounces back into play, play on "
                + "right?");
        say(6, "20:41", rsLaws, sadia, "play on yes, flag is part of the field");
        Post lu = say(7, "09:00", rsTouchline, lucia, "off to my parents in Valencia till the 3rd, no laptop, "
                + "feliz navidad everyone!");
        lu.react("❤️", priya, sadia);
        say(8, "10:00", rsTouchline, halvard, "quiet week. anyone doing the new year 5-a-side tournament for charity?");
        say(8, "10:30", rsTouchline, euan, "yep, me and Sadia reffing on the 1st");
        Post toLucia = re(9, "14:00", euan, lu, "@Lucia Moreno when you're back could you swap me the U16 league on "
                + "the 8th? mine clashes with a wedding");
        say(9, "14:20", rsAppts, priya, "Appointments for Sat 1 Jan, charity 5-a-side, Eastfield Leisure Centre: "
                + "Euan and Sadia, 09:00 start");
        say(10, "19:00", rsLaws, tomasz, "the assessor told me to 'sell' my decisions more. what does that even "
                + "mean");
        say(10, "19:25", rsLaws, halvard, "Strong whistle, clear signal, stay still a second. Looking unsure "
                + "invites argument");
        say(10, "19:30", rsLaws, tomasz, "ok that makes sense thanks");
        say(13, "15:10", rsTouchline, sadia, "5-a-side went well, no red cards, raised 900 for the food bank 🎉");
        say(13, "15:30", rsTouchline, halvard, "brilliant. well done both");
        say(14, "17:00", rsAppts, priya, "Appointments for Sat 8 Jan are up on the county site as usual. "
                + "Swaps to me by Wednesday please");
        re(15, "10:20", lucia, toLucia, "Euan so sorry, only just back and saw this! yes, I'll take the 8th, tell "
                + "Priya and I'll confirm with her");
        say(15, "10:40", rsAppts, euan, "@Priya Raman Lucia's taking my U16 on the 8th, ok to swap?");
        say(15, "11:05", rsAppts, priya, "done, updated");
        say(16, "09:30", rsTouchline, nnamdi, "back from Lagos. Tilsley Road got called off in the end, the pitch "
                + "was under water, so no harm done");
        say(16, "09:45", rsTouchline, sadia, "welcome back! how was it?");
        say(16, "10:02", rsTouchline, nnamdi, "Hot! 31 degrees, strange after this place");
        say(17, "19:15", rsLaws, lucia, "question for the experienced ones: on a drop ball in the box, keeper only, "
                + "or can an attacker stand close?");
        say(17, "19:30", rsLaws, nnamdi, "Keeper only, everyone else 4m away. Since 2019.");
        say(17, "19:33", rsLaws, lucia, "gracias Nnamdi");
        say(19, "20:00", rsTouchline, halvard, "reminder: society meeting 26 Jan at the cricket club, 7pm. agenda "
                + "in the usual place");
        say(20, "08:10", rsTouchline, euan, "wedding survived, thanks again Lucia");
        say(4, "12:00", rsTouchline, sadia, "anyone got a spare pair of black ref shorts, size M? split mine");
        say(4, "12:30", rsTouchline, halvard, "Sadia I've got two, I'll drop one round");
        say(4, "12:35", rsTouchline, sadia, "lifesaver");
        say(11, "18:00", rsTouchline, euan, "anyone got the society's bank details for subs? lost the email");
        say(11, "18:20", rsTouchline, priya, "sent you a DM Euan");
        say(18, "20:00", rsLaws, euan, "throw-in straight to the keeper who picks it up, offence?");
        say(18, "20:15", rsLaws, halvard, "yes, same as a kicked back pass, indirect free kick");
        say(18, "20:17", rsLaws, euan, "thought so, ta");
        say(21, "18:00", rsTouchline, priya, "first league weekend back done, no abandonments. thank you all 👏");
    }

    /** B. Harps: Anouk pushes her Christmas price into the talk rooms and leaves a customer waiting. */
    private void harps() {
        say(1, "10:00", hcChat, fiona, "morning harpists! anyone playing carol services this week?");
        say(1, "10:15", hcChat, ilse, "three of them 😅 my fingers are already blistered");
        say(1, "10:20", hcChat, fiona, "same, two plus a care home on thursday");
        Post kq = say(2, "19:00", hcHelp, kenji, "can anyone recommend a teacher who does online lessons? adult "
                + "beginner, lever harp, evenings only");
        Post mo = re(2, "19:30", mairead, kq, "I do! Evenings Mon-Thu on video, adults welcome, £35 for 45 min. "
                + "Details are here: https://maireadharp.example/lessons. Happy to chat first if you like");
        re(2, "19:40", kenji, mo, "perfect, will have a look, thank you!");
        Post fq = say(3, "11:00", hcHelp, fiona, "my C strings go flat every single day in this cold church. "
                + "normal?");
        re(3, "11:20", ilse, fq, "totally normal, the building heats up and down. Tune on the spot just before, "
                + "and keep the case away from radiators");
        say(3, "11:25", hcHelp, fiona, "ahh ok, thank you Ilse");
        say(4, "09:00", hcSale, anouk, "Clarsach 34, cherry, full levers, new this winter. £1,950, Christmas "
                + "price till 31 Dec: https://devrieshaps.example/clarsach-34");
        say(4, "09:30", hcSale, rosalind, "Spare set of Camac levers, never fitted, £60 plus postage, DM");
        say(5, "20:00", hcChat, kenji, "first lesson with @Mairead Ni Bhriain tonight, learnt how to sit properly "
                + "lol");
        say(5, "20:10", hcChat, mairead, "you did great Kenji! practise the thumb placement this week");
        say(6, "12:00", hcChat, ilse, "merry christmas harpists 🎄");
        say(8, "14:00", hcHelp, kenji, "how long should a beginner practise per day? my back aches after 20 min");
        say(8, "14:30", hcHelp, mairead, "Kenji, 15-20 min twice is better than one long go. Check your stool "
                + "height too, knees just below the hips");
        say(8, "14:40", hcHelp, kenji, "ok will lower the stool 🙏");
        say(9, "10:00", hcChat, anouk, "last days of my Christmas price on the Clarsach 34, £1,950 till Friday, "
                + "after that it's £2,200: https://devrieshaps.example/clarsach-34");
        say(9, "18:00", hcChat, fiona, "anyone got a good arrangement of Auld Lang Syne? playing a hogmanay party");
        say(9, "18:20", hcChat, ilse, "Fiona there's a lovely simple one in the Celtic Harp Book 2, page 40");
        say(9, "18:25", hcChat, fiona, "got that book! thanks");
        say(10, "09:15", hcHelp, anouk, "if anyone is thinking of moving up to 34 strings, my Clarsach is still "
                + "£1,950 until Friday: https://devrieshaps.example/clarsach-34");
        say(10, "12:00", hcHelp, rosalind, "does anyone regulate levers themselves or is it always a job for the "
                + "maker?");
        say(10, "12:40", hcHelp, ilse, "I do my own with the little hex key, slowly, with a tuner on. If it "
                + "buzzes after, take it to a pro");
        say(10, "12:45", hcHelp, rosalind, "thanks Ilse, brave of you 😄");
        say(11, "08:45", hcChat, anouk, "tomorrow is the very last day for £1,950 on the Clarsach 34 🎄 "
                + "https://devrieshaps.example/clarsach-34");
        say(11, "20:00", hcChat, fiona, "hogmanay gig booked for 2 hours and they want me to play till midnight 😩");
        say(11, "20:05", hcChat, mairead, "charge for the extra hour!");
        say(11, "20:07", hcChat, fiona, "oh I will");
        say(13, "11:00", hcChat, ilse, "happy new year everyone ✨");
        say(13, "11:10", hcChat, kenji, "happy new year! 2028 goal: play a whole piece without stopping");
        Post rq = say(16, "10:00", hcChat, rosalind, "@Anouk de Vries I got my harp off you in 2025 and the F lever "
                + "has started buzzing after the cold snap. Can I bring it to your workshop or should I try the hex "
                + "key first?");
        say(16, "15:00", hcChat, mateo, "hi everyone! just bought my first lever harp second-hand, 26 strings. "
                + "no idea what I'm doing but so excited");
        say(16, "15:20", hcChat, mairead, "@Mateo Quispe welcome! I teach online beginners, £35 for "
                + "45 min, and I have a slot Thursday at 7. Book here: https://maireadharp.example/book");
        say(16, "15:40", hcChat, fiona, "welcome Mateo! 26 strings is a great size to start");
        say(16, "15:45", hcChat, mateo, "thank you 😊 it's a bit out of tune, learning to tune it first");
        say(17, "09:00", hcSale, anouk, "New in the workshop: a 22-string travel harp in walnut, £890 with case: "
                + "https://devrieshaps.example/travel-22");
        say(17, "09:30", hcSale, ilse, "oh that's pretty");
        say(17, "19:00", hcHelp, mateo, "what's the easiest way to tune? the app keeps jumping around");
        say(17, "19:20", hcHelp, ilse, "Mateo pluck, let it ring, then read the app. Start with the Cs, then the "
                + "Gs, then fill in");
        say(17, "19:25", hcHelp, mateo, "that worked!! thank you");
        say(18, "10:00", hcChat, rosalind, "still buzzing... I'll wait to hear before I touch it");
        say(19, "11:00", hcSale, anouk, "travel harp sold, thank you! another one in March");
        say(20, "20:00", hcChat, kenji, "played Skye Boat Song start to finish!! no stops!!");
        say(20, "20:05", hcChat, mairead, "Kenji!! 🎉");
        say(14, "12:00", hcChat, fiona, "hogmanay gig done, played till 12:15 and got paid for all of it 😄");
        say(14, "12:20", hcChat, ilse, "well done Fiona!");
        say(18, "19:00", hcHelp, kenji, "how do I stop my nails clicking on the strings?");
        say(18, "19:30", hcHelp, mairead, "Kenji, keep them short, below the fingertip, and play with the pads");
        say(18, "19:35", hcHelp, kenji, "cutting them tonight 😅");
        say(21, "10:00", hcChat, ilse, "anyone going to the harp weekend in April?");
        say(21, "10:30", hcChat, fiona, "yes! booked already");
    }

    /** C. Sauna: the house posts its own offers; Dev pushes his workshop; a gift card question waits on the team. */
    private void sauna() {
        say(1, "08:00", ksNews, sigrid, "Christmas hours: open every day except the 25th, 7am to 9pm. Gift cards "
                + "for the sauna and the plunge are on the shop page: https://kaldvik.example/gift-cards");
        say(1, "09:30", ksTalk, seun, "sea was 6.8 this morning, sauna afterwards felt like heaven");
        say(1, "09:40", ksTalk, beatriz, "6.8!! I lasted 40 seconds on saturday");
        say(2, "07:15", ksPlunge, seun, "3 min 10 at 6.7 degrees, flat calm");
        say(2, "07:40", ksPlunge, hamish, "2 min, 6.7, my toes have left me");
        Post bq = say(2, "12:00", ksDesk, beatriz, "can I book the private sauna for 6 people on the 30th? or is it "
                + "max 4?");
        say(2, "12:25", ksDesk, joonas, "Beatriz it takes 8, so 6 is fine. The 30th still has 4pm and 6pm free, "
                + "book on the site or I can pencil you in");
        say(2, "12:30", ksDesk, beatriz, "6pm please! 🙏");
        say(2, "12:34", ksDesk, joonas, "done, see you then");
        say(3, "18:00", ksTalk, dev, "for anyone who finds the cold hard: I run breathwork for cold exposure, next "
                + "workshop 8 Jan, £25, tickets: https://devmoves.example/breathwork");
        say(3, "18:30", ksTalk, leila, "took my mum for her 70th yesterday, she's now asking when we go again 😄");
        say(3, "18:40", ksTalk, sigrid, "Leila that made our week, say hi to her from us");
        say(4, "10:00", ksNews, joonas, "I'm off from the 24th till the 2nd, family in Tampere. Sigrid has the "
                + "desk. Hyvää joulua!");
        say(5, "07:00", ksPlunge, hamish, "2 min 40, 6.5. progress!");
        say(5, "07:05", ksPlunge, seun, "nice one Hamish 💪");
        say(8, "07:20", ksPlunge, dev, "4 min at 6.4 today. breathwork works: workshop on 8 Jan, £25, few "
                + "spots left https://devmoves.example/breathwork");
        Post hq = say(8, "11:00", ksDesk, hamish, "is the sauna open on new year's day? want to do a dip");
        say(8, "11:30", ksDesk, sigrid, "Hamish yes! New Year's Day dip at 10, sauna from 10:30, free soup. Just "
                + "turn up");
        say(8, "11:35", ksDesk, hamish, "amazing, thanks Sigrid");
        say(9, "19:00", ksTalk, beatriz, "private sauna booked for my sister's lot on thursday, any tips for first "
                + "timers?");
        say(9, "19:10", ksTalk, seun, "Beatriz water, towels, and don't let them do 20 minutes first go lol");
        say(9, "19:15", ksTalk, leila, "and flip-flops, the path is icy");
        say(11, "21:00", ksTalk, beatriz, "they LOVED it, my sister wants a membership now");
        say(11, "09:00", ksTalk, dev, "reminder my breathwork workshop is the 8th, £25, last 3 spots → "
                + "https://devmoves.example/breathwork");
        say(11, "09:30", ksTalk, seun, "anyone doing the new year dip?");
        say(11, "09:40", ksTalk, hamish, "me! 10am");
        say(11, "09:42", ksTalk, leila, "me and mum 😄");
        say(13, "13:00", ksNews, sigrid, "Happy new year! 64 of you in the sea this morning, a record. Photos on "
                + "the wall by the stove.");
        say(13, "13:20", ksTalk, hamish, "best start to a year ever");
        say(15, "08:00", ksNews, joonas, "back at the desk, happy new year all. January memberships are 10% off "
                + "this month: https://kaldvik.example/membership");
        say(15, "09:00", ksPlunge, seun, "6.1 today, 3 min. cold one");
        Post gq = say(16, "14:00", ksDesk, hamish, "I got a gift card for christmas but I already have a "
                + "membership. can I swap it for a month on my membership or get it refunded?");
        say(16, "16:00", ksTalk, leila, "mum wants to know if there's a seniors morning?");
        say(16, "16:30", ksTalk, seun, "Leila there's the quiet hour on tuesdays 9-10, lots of older folk");
        say(17, "09:00", ksNews, sigrid, "Sauna lanterns are back on for the dark mornings, and we've got a new "
                + "batch of wool hats in the shop: https://kaldvik.example/shop/hats");
        say(17, "10:00", ksPlunge, beatriz, "first plunge of the year: 1 min 30, 6.0");
        say(17, "10:05", ksPlunge, hamish, "welcome to the club Beatriz");
        say(18, "07:30", ksPlunge, dev, "3 min 30, 5.9");
        say(18, "20:00", ksDesk, hamish, "anyone? about the gift card");
        say(19, "12:00", ksTalk, sigrid, "thank you for the lovely reviews this month, they mean the world to a "
                + "small place like ours");
        say(20, "07:00", ksPlunge, seun, "5.8!! 2 min and out");
        say(6, "10:00", ksTalk, seun, "merry christmas sauna people");
        say(12, "07:30", ksPlunge, seun, "last plunge of 2027, 6.2, 3 min");
        say(12, "07:45", ksPlunge, hamish, "see you in 2028 Seun");
        say(14, "18:00", ksTalk, leila, "mum did the new year dip!! 70 and fearless");
        say(14, "18:10", ksTalk, beatriz, "legend 😍");
        say(21, "07:40", ksPlunge, hamish, "3 min at 5.7, new record for me");
    }

    /** D. Boats: Yasmin talks shop with the other traders all week while boaters ask for a sign-writer. */
    private void boats() {
        say(1, "08:00", lpFuel, gareth, "Fuel boat this week: Mon Bridge 38, Tue Cowley lock, Wed the Wharf, Thu "
                + "Bridge 42. Coal, kindling, gas, diesel. Orders here or shout from the towpath");
        Post rq = say(1, "09:10", lpFuel, ruth, "@Gareth Pugh got 10 bags of the smokeless off you last week, "
                + "burning lovely. Can you do 5 more and a gas bottle at Bridge 42 on thursday?");
        re(1, "09:40", gareth, rq, "Course Ruth, 5 bags and a 13kg on thursday, I'll knock when I'm there");
        say(1, "11:00", lpBits, yasmin, "Signwriting slots open for spring: names, roses and castles, panels. From "
                + "£180, DM me for a quote");
        say(1, "11:30", lpBits, piotr, "Winter engine services, Beta and Vetus, I come to you. £95 plus parts");
        say(2, "07:50", lpNotices, wilf, "Lock 14 closed 3-14 Jan for gate repairs, plan round it: "
                + "https://waterways.example/notices/lock-14");
        say(2, "08:15", lpTowpath, noor, "ice on the pound this morning, anyone moving today?");
        say(2, "08:30", lpTowpath, benedikt, "not a chance, staying put till it thaws");
        say(3, "10:00", lpTowpath, wilf, "water point at the Wharf is frozen, the one at Cowley is working");
        say(3, "10:05", lpTowpath, noor, "thanks Wilf, saved me a trip");
        say(4, "16:00", lpFuel, gareth, "Bridge 42 done, 40 bags gone. Next round is Wednesday "
                + "the 29th at the Wharf");
        say(5, "18:00", lpTowpath, ruth, "merry christmas from the good ship Dandelion 🎄");
        say(8, "09:00", lpTowpath, yasmin, "@Piotr Kowalczyk what are you charging for a day's work this winter? "
                + "trying to work out my rates for spring");
        say(8, "09:20", lpTowpath, piotr, "Yasmin £240 a day plus travel, most people want fixed prices though");
        say(8, "09:25", lpTowpath, yasmin, "fixed prices scare me. one bow name took me three days last year");
        say(8, "09:40", lpTowpath, piotr, "haha put 'from' in front of everything");
        say(8, "12:00", lpTowpath, yasmin, "@Gareth Pugh do you get your gas from the yard at Cowley or further "
                + "up? need some for the heater in the paint shed");
        say(8, "12:30", lpTowpath, gareth, "Cowley, ask for Pete, tell him I sent you");
        say(8, "12:35", lpTowpath, yasmin, "legend");
        say(9, "10:00", lpTowpath, noor, "does anyone know someone who could repaint the name on my bow? it's "
                + "peeling badly, would love it done before spring");
        say(9, "14:00", lpTowpath, yasmin, "Piotr did you ever find a supplier for the 1-shot enamels that isn't "
                + "silly money?");
        say(9, "14:30", lpTowpath, piotr, "the chandlery in Braunston had them cheaper. or ask Gareth, he knows "
                + "everyone");
        say(9, "14:40", lpTowpath, yasmin, "@Gareth Pugh do you know anyone selling 1-shot?");
        say(9, "15:10", lpTowpath, gareth, "no but I'll ask round on my rounds");
        say(10, "09:00", lpFuel, gareth, "At the Wharf today as promised, coal and gas only, diesel tank's low");
        say(10, "11:00", lpTowpath, benedikt, "anyone recommend a sign-writer? my wife wants the boat's name in "
                + "gold on the side panels for her birthday");
        say(10, "16:00", lpTowpath, yasmin, "Piotr how do you handle people who want work done in winter but won't "
                + "pay for the heating?");
        say(10, "16:20", lpTowpath, piotr, "I put it on the quote. they pay or they wait for may");
        say(10, "16:25", lpTowpath, yasmin, "good shout, doing that");
        say(11, "10:00", lpTowpath, yasmin, "@Gareth Pugh any luck with the enamel?");
        say(11, "10:30", lpTowpath, gareth, "Wilf's mate on Kingfisher has tins going, ask him");
        say(11, "10:35", lpTowpath, yasmin, "ta Gareth");
        say(12, "19:00", lpTowpath, benedikt, "still looking for a sign-writer if anyone knows one");
        say(13, "12:00", lpTowpath, ruth, "happy new year boaters 🎉 fireworks over the lock were gorgeous");
        say(13, "12:10", lpTowpath, noor, "saw them from the bow! freezing but worth it");
        say(15, "08:00", lpNotices, wilf, "URGENT: Heron, grey hull, broke her mooring at Bridge 40 in the wind "
                + "last night, owner's away. Anyone seen her? pics: https://boatphotos.example/heron-adrift");
        say(15, "08:05", lpTowpath, wilf, "Heron, grey boat, broke loose from Bridge 40 overnight, please keep "
                + "an eye out: https://boatphotos.example/heron-adrift");
        say(15, "08:10", lpFuel, wilf, "Gareth if you pass a grey boat called Heron drifting, she's loose: "
                + "https://boatphotos.example/heron-adrift");
        say(15, "09:30", lpTowpath, gareth, "Wilf she's across the cut at 41, tied her off to the bank");
        say(15, "09:35", lpTowpath, wilf, "you absolute star, thank you");
        say(16, "10:00", lpTowpath, yasmin, "@Noor Haddad sorry, only just saw your post about the bow name, I "
                + "do signwriting if you still need someone. Happy to come and look");
        say(16, "10:30", lpTowpath, noor, "oh brilliant, yes please! I'm at Bridge 38 all week");
        say(17, "09:00", lpFuel, gareth, "New year round: Mon Bridge 38, Wed Cowley, Fri the Wharf. Diesel's back");
        say(17, "09:20", lpFuel, noor, "2 bags of coal at 38 please Gareth");
        say(17, "09:40", lpFuel, gareth, "noted Noor");
        say(18, "14:00", lpBits, benedikt, "WTB: a second-hand 100W solar panel, anyone?");
        say(18, "14:30", lpBits, piotr, "I've got one off a refit, £40, it's yours if you want it");
        say(18, "14:35", lpBits, benedikt, "deal, I'll pick up saturday");
        say(6, "11:00", lpTowpath, benedikt, "merry christmas, stove's roaring");
        say(19, "16:00", lpTowpath, noor, "@Yasmin Osei the bow looks incredible already, thank you!!");
        say(19, "16:30", lpTowpath, yasmin, "Noor so glad you like it, second coat on friday");
        say(20, "09:00", lpNotices, wilf, "Lock 14 works going to plan, reopens on the 14th");
        say(21, "10:00", lpTowpath, ruth, "thaw at last, we're moving up to the Wharf");
        say(21, "10:15", lpTowpath, noor, "see you there Ruth");
    }

    /** E. Escape rooms: Dmitri asks strangers for follows, Radu pitches a newcomer by DM, Kofi drops a link. */
    private void escapeRooms() {
        say(1, "10:00", erLobby, claudia, "how's everyone's december? we're fully booked with office parties, "
                + "game masters are exhausted");
        say(1, "10:20", erLobby, kofi, "same, did 9 games yesterday. my voice is gone");
        Post aq = say(1, "14:00", erTech, agnieszka, "maglock won't release when the last puzzle is solved, "
                + "relay clicks but nothing. 12V supply. where do I start?");
        re(1, "14:20", radu, aq, "Check the flyback diode across the lock first, then the supply under load. These "
                + "two guides cover it: https://propwiki.example/maglock-diode https://propwiki.example/psu-sag "
                + "and the wiring diagram here https://propwiki.example/relay-basics");
        say(1, "15:10", erTech, agnieszka, "it was the diode!! backwards. thank you Radu");
        say(2, "09:00", erLobby, dmitri, "Hi all, we just opened Vault 9 in Leeds!! Would mean a lot if you all "
                + "followed us on insta and left us a google review: https://vault9.example");
        say(2, "09:30", erLobby, claudia, "congrats on opening!");
        say(3, "11:00", erPuzzles, claudia, "do you let players use phones as torches or ban them? our new room "
                + "is very dark");
        say(3, "11:25", erPuzzles, agnieszka, "we give torches and lock phones away, otherwise they google the "
                + "morse");
        say(3, "11:30", erPuzzles, claudia, "ha, fair");
        say(4, "19:00", erLobby, kofi, "group tonight escaped with 2 seconds left, the screaming 😂");
        say(4, "19:05", erLobby, radu, "best feeling");
        say(8, "10:00", erLobby, shirin, "Hello! I'm opening a small room in Bristol in the spring, two of us, lots "
                + "to learn. Reading everything here");
        Post w = say(8, "10:20", erLobby, radu, "@Shirin Tehrani welcome! Bristol needs more rooms");
        say(8, "10:25", erLobby, shirin, "thanks! ☺️ nervous but excited");
        Post sq = say(8, "15:00", erPuzzles, shirin, "how many puzzles do you put in a 60 minute room? we have 14 "
                + "on paper and I think it's too many");
        re(8, "15:30", claudia, sq, "14 is a lot for 60 min. We do 8-10 with one or two bigger ones. Playtest "
                + "with friends who've never done a room");
        re(8, "15:40", shirin, sq, "that's really helpful, cutting some");
        say(9, "09:00", erDmShirin, radu, "Hi Shirin, saw you're opening in Bristol. I build complete prop "
                + "packages, 4 puzzles wired and tested for £1,200, and I have two build slots in February. Grab 15 "
                + "min with me here: https://raduprops.example/book");
        say(9, "12:00", erLobby, dmitri, "first week done at Vault 9, 31 teams, 19 escaped. learned so much");
        say(9, "12:10", erLobby, kofi, "nice numbers! what's your hint system?");
        say(9, "12:30", erLobby, dmitri, "Kofi a screen with typed clues, players ask via walkie talkie. how do "
                + "you do yours?");
        say(9, "12:45", erLobby, kofi, "same but with a bell, they ring it and get one hint");
        Post cq = say(10, "13:00", erTech, claudia, "@Radu Ionescu we bought your relay board in october and one "
                + "channel now stays on all the time. What should I check before I send it back?");
        re(10, "16:00", radu, cq, "Sorry Claudia! Probably a stuck relay, tap it gently. If it sticks again send "
                + "it over and I'll swap it free");
        re(10, "16:20", claudia, cq, "tapped it and it's fine now, thanks 👍");
        say(11, "20:00", erPuzzles, dmitri, "@Claudia Rinaldi how do you reset a room fast between groups? we take "
                + "25 min and it kills us");
        say(11, "20:30", erPuzzles, claudia, "Dmitri checklist on a clipboard, numbered in the order you walk the "
                + "room. we're at 12 min");
        say(11, "20:35", erPuzzles, dmitri, "genius, doing that tomorrow");
        say(13, "12:00", erLobby, agnieszka, "happy new year escapers 🎉");
        say(14, "15:00", erTech, kofi, "anyone used the cheap RFID readers from the big sites? ours read about "
                + "half the time");
        say(14, "15:20", erTech, radu, "Kofi the cheap ones hate metal behind them, put a spacer in");
        say(14, "15:25", erTech, kofi, "there's a steel frame behind it. makes sense");
        say(15, "10:00", erLobby, claudia, "January is always so quiet after December");
        say(15, "10:15", erLobby, dmitri, "we got 4 bookings this week 😬");
        say(15, "10:20", erLobby, claudia, "Dmitri it picks up in Feb, birthdays and uni groups");
        say(16, "09:00", erPuzzles, shirin, "playtested with 5 friends, they escaped with 3 min left and 10 "
                + "puzzles. thanks for the advice everyone");
        say(16, "09:20", erPuzzles, agnieszka, "that's a great first test!");
        say(18, "21:00", erPuzzles, kofi, "https://kofiplays.example/blog/my-top-10-rooms-of-2027");
        say(19, "11:00", erTech, agnieszka, "spacer worked for us too Kofi, if you hadn't tried it yet");
        say(19, "11:30", erTech, kofi, "yep sorted, cheers");
        say(20, "14:00", erLobby, shirin, "we signed the lease!! 🎉");
        say(20, "14:10", erLobby, claudia, "amazing Shirin!! 🙌");
        say(20, "14:12", erLobby, radu, "congrats!");
        say(5, "22:00", erLobby, agnieszka, "last game master shift of christmas done 🎄");
        say(12, "11:00", erTech, agnieszka, "anyone's sound system crackle in the cold? ours does every winter");
        say(12, "11:30", erTech, radu, "Agnieszka usually a loose ground, check the amp's earth first");
        say(12, "12:10", erTech, agnieszka, "that was it, thanks");
        say(17, "16:00", erPuzzles, claudia, "anyone tried audio clues instead of text? thinking for the new room");
        say(17, "16:30", erPuzzles, agnieszka, "we did, players loved it but they talk over it, add a replay button");
        say(17, "16:35", erPuzzles, claudia, "good tip, thanks");
        say(21, "12:00", erLobby, kofi, "weekend's booked solid, january isn't so dead after all");
    }

    /** F. Clocks: Cornelius talks only about his own bench; owners ask and are answered, one with guides. */
    private void clocks() {
        say(1, "09:00", mbBench, gus, "anyone else's workshop too cold for the oil to flow properly? had to warm "
                + "a movement on the radiator");
        say(1, "09:20", mbBench, hiroko, "Gus I keep the oils in my pocket for an hour before 😅");
        say(1, "09:25", mbBench, gus, "ha, doing that");
        Post mq = say(2, "18:00", mbAsk, marisol, "my grandmother's mantel clock stopped after we moved house. it "
                + "ticks for a minute then stops. is it broken?");
        Post ma = re(2, "18:30", ayodele, mq, "Probably just out of beat after the move, very common. Listen for an "
                + "even tick-tock, then nudge the crutch. These two guides show it: https://clockguides.example/beat "
                + "https://clockguides.example/level-a-mantel-clock");
        re(2, "19:40", marisol, ma, "IT WORKS. levelled the shelf and nudged it. thank you so much!");
        say(3, "10:00", mbIntro, zainab, "Hi all, I'm Zainab, I repair vintage wristwatches in Birmingham, mostly "
                + "70s Seiko and Russian pieces. My little shop is https://zainabwatches.example if anyone's curious. "
                + "Looking forward to learning from the clock people!");
        say(3, "10:20", mbIntro, hiroko, "welcome Zainab! always good to have another watch person here");
        say(3, "10:30", mbIntro, zainab, "thank you Hiroko ☺️");
        say(4, "11:00", mbBench, cornelius, "Merry Christmas all. Closing my workshop till the new year");
        Post dq = say(5, "15:00", mbAsk, declan, "my quartz watch is losing 5 min a week since I changed the "
                + "battery myself. did I damage it?");
        say(5, "15:20", mbAsk, hiroko, "probably a cheap battery or a bit of dust got in. try a fresh silver "
                + "oxide one of the right number, if still slow take it to a repairer");
        say(5, "15:30", mbAsk, declan, "will try, thanks Hiroko");
        say(8, "10:00", mbBench, cornelius, "Finished my fourteenth longcase restoration this morning. I rebuilt "
                + "the whole strike train myself, I turned two new pivots and I re-silvered my dial. My best one "
                + "yet I think.");
        Post gb = say(8, "12:00", mbBench, gus, "new bench finally set up for 2028, took me all christmas");
        re(8, "12:20", cornelius, gb, "Nice. My bench is bigger though, I built mine from an old church pew and I "
                + "have my lathe bolted to the end of it. I could never work on anything smaller, I need my space.");
        say(9, "09:30", mbBench, cornelius, "I've been asked by my local museum to look at their bracket clock. "
                + "I'm honoured, honestly. My name will go in their catalogue and I'll give a talk on my methods.");
        Post hk = say(9, "14:00", mbBench, hiroko, "did my first fusee chain today, very fiddly");
        re(9, "14:30", cornelius, hk, "I did my first fusee at 19, I remember my hands shaking. I still have my "
                + "first fusee clock on my mantel, I wind it every Sunday myself.");
        say(10, "20:00", mbBench, cornelius, "I'm thinking of writing a book about my restorations. I have my "
                + "notes from thirty years, I have my photos, I just need the time. My wife says I should.");
        say(10, "20:10", mbBench, gus, "would read it");
        say(11, "18:00", mbAsk, marisol, "@Ayodele Bankole you serviced my dad's carriage clock last year and it's "
                + "still perfect. I've sent my neighbour your way for her cuckoo clock, hope that's ok!");
        say(11, "19:30", mbAsk, ayodele, "Marisol that's so kind of you, thank you! Tell her to bring it any "
                + "Saturday morning");
        say(12, "09:00", mbBench, cornelius, "Another thing I'm proud of: my apprentice from 2019 just opened her "
                + "own shop. I taught her everything, my way, on my bench.");
        say(12, "10:00", mbBench, zainab, "anyone know a good supplier for Seiko crystals? mine are out of stock");
        say(12, "10:30", mbBench, hiroko, "Zainab try the parts house in Sheffield, they had them in november");
        say(12, "10:32", mbBench, zainab, "thank you!!");
        say(13, "12:00", mbBench, gus, "happy new year clock folk. may all your pendulums swing true");
        say(15, "10:00", mbBench, hiroko, "question for the longcase people: how do you move one without the "
                + "pendulum wrecking the suspension spring?");
        say(15, "10:30", mbBench, cornelius, "Hiroko take the pendulum off first and wrap it separately, then tie "
                + "the chains or lift the weights out. Never carry it assembled.");
        say(15, "10:40", mbBench, hiroko, "thanks Cornelius, that's what I needed");
        say(16, "11:00", mbAsk, declan, "fresh battery fixed the watch 🙌 was the cheap one like Hiroko said");
        say(17, "14:00", mbAsk, zainab, "for anyone with a Vostok: the crown is meant to feel loose, don't panic, "
                + "they're all like that");
        say(17, "18:00", mbBench, ayodele, "cuckoo clock from Marisol's neighbour came in, lovely old Black Forest "
                + "piece");
        say(18, "09:00", mbBench, gus, "@Cornelius Webb how did the museum bracket clock go?");
        say(18, "09:40", mbBench, cornelius, "Gus it's a beauty, 1780s, verge escapement. Going back to them in "
                + "march. How's the new bench working out for you?");
        say(18, "09:50", mbBench, gus, "love it, finally enough light");
        say(6, "09:00", mbBench, hiroko, "merry christmas bench people");
        say(19, "12:00", mbAsk, marisol, "how often should a mantel clock be serviced? grandma's one again");
        say(19, "12:40", mbAsk, ayodele, "Marisol every 5 to 7 years for a clean and oil, sooner if it struggles");
        say(19, "12:45", mbAsk, marisol, "thank you, will get it done next year");
        say(20, "17:00", mbBench, gus, "anyone got a decent staking set going spare? mine's missing half the punches");
        say(20, "17:30", mbBench, hiroko, "Gus watch the auction site, the old ones go cheap");
        say(20, "17:35", mbBench, gus, "will do, ta");
        say(21, "11:00", mbBench, zainab, "finally got my Seiko crystals, thanks Hiroko");
    }

    /** G. Magicians: Jasper spends a week posting to the room and talking with nobody; gigs are passed on. */
    private void magic() {
        say(1, "11:00", ssChat, amara, "who's doing the most parties this week? I'm at 7 and counting");
        say(1, "11:15", ssChat, felix, "5, plus a care home on christmas eve which is my favourite gig of the year");
        say(1, "11:20", ssChat, jasper, "6 for me. Felix care homes are the best audiences honestly");
        say(1, "11:25", ssChat, felix, "they really are, they watch every move");
        say(2, "10:00", ssGigs, felix, "Can't do a wedding drinks reception on 8 Jan, 2 hours close-up in York. "
                + "Couple are lovely. Anyone free? I'll pass your number on");
        say(2, "10:30", ssGigs, amara, "@Felix Hartmann I'm free that day and in York anyway!");
        say(2, "10:40", ssGigs, felix, "sent the couple your way Amara, they'll email you");
        say(3, "20:00", ssCrit, minji, "first time posting a routine, my linking rings: "
                + "https://vidshare.example/minji-rings-v1. Be honest, the middle drags I think?");
        say(3, "21:00", ssCrit, soraya, "Min-ji the middle does drag, cut the second chain and the audience "
                + "stays with you. Lovely clean links though, the last one is gorgeous");
        say(3, "21:10", ssCrit, minji, "thank you! cutting it");
        say(4, "16:00", ssGigs, theo, "Available for NYE: close-up or parlour, £250 for 2 hours, south Wales. "
                + "DM me");
        say(5, "12:00", ssChat, felix, "@Theo Grant where's that video of your cups and balls from the club "
                + "night? want to show my nephew");
        say(5, "12:20", ssChat, theo, "Felix here you go https://vidshare.example/theo-cups");
        say(5, "12:30", ssChat, felix, "ta!");
        Post j1 = say(8, "10:00", ssChat, jasper, "back from 6 christmas parties in 5 days. wrecked");
        j1.react("😂", amara);
        say(8, "15:00", ssChat, jasper, "working on a new coin matrix routine");
        say(9, "11:00", ssChat, jasper, "the new decks from the shop are way too slippery");
        say(9, "19:00", ssChat, jasper, "did 40 min walkaround at a bank's party, they were all on their phones");
        say(9, "19:30", ssChat, soraya, "did anyone watch the TV special on boxing day? thought it was great");
        say(9, "19:45", ssChat, theo, "Soraya loved the card to mouth bit");
        say(9, "19:50", ssChat, soraya, "right?? so clean");
        say(10, "09:00", ssChat, jasper, "thinking of dropping the rope routine, feels dated");
        say(10, "21:00", ssChat, jasper, "practised the elmsley count for 2 hours tonight");
        say(11, "13:00", ssChat, jasper, "nye gig on friday at a hotel, 3 hours walkaround");
        say(11, "22:00", ssChat, jasper, "thumb tip split, great timing");
        Post j9 = say(13, "11:00", ssChat, jasper, "nye done. 3 hours, 14 tables, one proposal in the middle of "
                + "the ambitious card 😂");
        re(13, "11:30", amara, j9, "hahaha did they say yes?? congrats on surviving");
        say(13, "17:00", ssChat, jasper, "day off. not touching a deck");
        say(13, "15:00", ssChat, minji, "happy new year all ✨ resolution: perform for strangers once a week");
        say(13, "15:20", ssChat, soraya, "Min-ji love that, start at an open mic");
        say(14, "20:00", ssChat, jasper, "back to the coin matrix, still flashing on the third coin");
        say(15, "10:00", ssCrit, minji, "rings v2, took Soraya's note: https://vidshare.example/minji-rings-v2. "
                + "thoughts welcome");
        say(15, "10:30", ssCrit, jasper, "Min-ji way tighter than v1. I'd slow down on the final link so they "
                + "see it's solid first");
        say(15, "10:40", ssCrit, minji, "good point Jasper, thank you!");
        say(15, "14:00", ssChat, jasper, "Amara sorry, missed your message, yes she said yes 😂 the whole "
                + "table clapped");
        say(16, "11:00", ssGigs, amara, "York wedding done, couple were lovely, thanks again Felix 🙏");
        say(16, "11:30", ssGigs, felix, "glad it went well!");
        say(17, "19:00", ssChat, theo, "anyone been to the new magic shop in Cardiff?");
        say(17, "19:30", ssChat, jasper, "Theo yes, small but the owner knows his stuff, good card selection");
        say(18, "10:00", ssGigs, soraya, "Need cover: kids' party 22 Jan in Leeds, I double booked myself. £150, "
                + "1 hour. Anyone?");
        say(18, "10:40", ssGigs, minji, "@Soraya Benali I could do it? I'm in Leeds, not done kids before though");
        say(18, "11:00", ssGigs, soraya, "Min-ji you'll be brilliant, I'll send you my running order too");
        say(20, "20:00", ssChat, felix, "club night on the 27th, bring a trick you're working on");
        say(20, "20:10", ssChat, jasper, "I'll bring the coin matrix if it behaves");
        say(6, "09:00", ssChat, amara, "merry christmas from the car full of props 🎄");
        say(19, "19:00", ssCrit, theo, "not a routine, just a question: do you script your patter word for word?");
        say(19, "19:30", ssCrit, soraya, "Theo the opening and the ending word for word, the middle loose");
        say(19, "19:35", ssCrit, theo, "makes sense, thanks");
        say(21, "09:00", ssChat, minji, "kids party prep: 6 tricks, 1 rabbit puppet, wish me luck");
        say(21, "09:20", ssChat, soraya, "you'll smash it Min-ji");
    }

    /** H. Foragers: the group's walk sheet comes back as places fill; Osman dumps a pile of links at once. */
    private void foraging() {
        say(1, "09:00", hsWalks, bridget, "Boxing Day shore walk, 26 Dec, 10am at the slipway car park. Seaweed "
                + "and sea beet, low tide at 11. Sign-up sheet so I know numbers: "
                + "https://forms.example/hs-boxing-day-walk");
        say(1, "10:00", hsNatter, kai, "new here, total beginner. is foraging even a thing in december?");
        say(1, "10:20", hsNatter, esther, "Kai very much so! seaweeds, winter chanterelles, velvet shank, "
                + "three-cornered leek starts soon");
        say(1, "10:25", hsNatter, kai, "oh nice, had no idea");
        Post kq = say(2, "14:00", hsId, kai, "found these on a dead elm, orange caps, sticky. velvet shank? "
                + "(not eating them, just curious)");
        re(2, "14:30", lars, kq, "Looks like it from here, dark velvety stem is the giveaway. But check the spore "
                + "print and never go on a photo alone, funeral bell grows in the same places");
        say(2, "14:40", hsId, kai, "white spore print! thank you Lars");
        say(3, "09:00", hsFinds, esther, "winter chanterelles from the pine wood, omelette for breakfast");
        Post lq = say(3, "09:30", hsFinds, lars, "@Esther Mbeki those are lovely, same wood as last year? the one "
                + "off the forestry track?");
        say(3, "09:40", hsFinds, esther, "same one, further up past the gate this year");
        say(3, "18:00", hsWalks, bridget, "Boxing Day walk: 4 places left, sheet here "
                + "https://forms.example/hs-boxing-day-walk");
        Post oq = say(4, "11:00", hsNatter, osman, "does anyone run beginner foraging courses round here? my "
                + "daughter wants one for her birthday");
        re(4, "11:30", teodora, oq, "I do! Hedgerow walks for beginners, 3 hours, £40, next one Sat 1 Jan, kids 12+ "
                + "welcome with a parent: https://teodorawild.example/walks");
        re(4, "11:45", osman, oq, "perfect, booking her on the 1st 🙏");
        say(5, "20:00", hsWalks, bridget, "Boxing Day walk is full! thanks all. bring wellies, it'll be muddy "
                + "at the top");
        say(6, "16:00", hsNatter, esther, "happy christmas foragers 🌿");
        say(7, "15:00", hsFinds, bridget, "great walk today, 18 of us, buckets of sea beet and a bit of dulse");
        say(7, "15:30", hsFinds, kai, "my first walk ever, thank you Bridget! made sea beet soup already");
        say(9, "10:00", hsNatter, kai, "saw that family in the news who got ill from death caps. scary");
        say(9, "10:10", hsNatter, esther, "awful. it's why the rule here is never eat on a photo ID");
        say(9, "12:00", hsNatter, osman, "good piece on death cap poisoning: "
                + "https://newsdesk.example/death-cap-family");
        say(9, "12:01", hsNatter, osman, "https://mycosoc.example/deadly-amanitas "
                + "https://mycosoc.example/lookalikes-guide");
        say(9, "12:03", hsNatter, osman, "also https://forestpost.example/foraging-safety-winter and "
                + "https://radiopod.example/ep212-mushroom-myths");
        say(9, "12:20", hsNatter, lars, "the lookalikes guide is a good one");
        say(10, "11:00", hsId, kai, "is this jelly ear? on elder, brown and rubbery");
        say(10, "11:20", hsId, teodora, "Kai yes, classic jelly ear on elder. good in a soup or stir fry");
        say(10, "11:25", hsId, kai, "thank you!! 🍄");
        say(12, "14:00", hsFinds, esther, "last chanterelles of the year, plus a hedgehog mushroom 🦔");
        say(13, "10:00", hsWalks, bridget, "New Year walk, Sun 9 Jan, 10am at the forestry car park. Winter fungi, "
                + "max 15. Sheet: https://forms.example/hs-new-year-walk");
        say(13, "12:00", hsNatter, lars, "happy new year everyone 🎉");
        say(15, "09:00", hsId, osman, "what is this little grey one on a lawn? lots of them");
        say(15, "09:30", hsId, lars, "Osman could be a lot of things, need the gills and a spore print. photo "
                + "from underneath?");
        say(15, "10:10", hsId, osman, "gills are pale, print came out brown");
        say(15, "10:30", hsId, lars, "then probably a brittlestem, not one to eat anyway");
        say(15, "10:35", hsId, osman, "fair enough, thanks Lars");
        say(16, "18:00", hsWalks, bridget, "New Year walk: 3 places left, sheet here "
                + "https://forms.example/hs-new-year-walk");
        say(16, "20:00", hsFinds, teodora, "hedgerow walk on Saturday, 9 people and a lot of velvet shank. "
                + "Osman's daughter found the first one!");
        say(17, "08:00", hsFinds, osman, "she has not stopped talking about it. thank you Teodora");
        say(17, "12:00", hsNatter, esther, "three-cornered leek is up along the lane already, early this year");
        say(17, "12:10", hsNatter, kai, "Esther which lane? I'd love to see it");
        say(17, "12:40", hsNatter, esther, "the one down from the church to the stream, both verges");
        say(19, "20:00", hsWalks, bridget, "Walk full again, thanks! see you Sunday");
        say(20, "09:00", hsNatter, kai, "found three-cornered leek!! pesto tonight");
        say(20, "09:10", hsNatter, lars, "nice one Kai");
        say(11, "16:00", hsFinds, lars, "dulse drying on the stove, the house smells like the sea");
        say(14, "11:00", hsNatter, kai, "any book recommendations for a beginner?");
        say(14, "11:30", hsNatter, esther, "Kai the little River Cottage handbooks, the mushroom one especially");
        say(14, "11:40", hsNatter, kai, "ordered! thanks Esther");
        say(18, "13:00", hsId, kai, "is this scarlet elf cup? bright red cups on a mossy stick");
        say(18, "13:20", hsId, lars, "Kai yes, lovely find");
        say(21, "15:00", hsFinds, bridget, "brilliant walk today, 15 of us and loads of scarlet elf cups");
    }

    static Map<String, String> files() {
        return new HeldOutScenes59Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 59");
    }
}
