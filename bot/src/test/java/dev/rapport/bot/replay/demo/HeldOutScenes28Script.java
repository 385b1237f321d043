package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 28 (sealed): eight communities of kinds no earlier round used (an equestrian yard, speedcubers,
 * hand-embroidery stitchers, community pharmacists, hydroponic growers, jugglers, stamp collectors with dealers, a
 * tattoo studio's own server), over three ISO weeks (2026-W10 to W12), written and labelled by writer28 before any
 * coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-28.csv}. Run {@link #main}
 * from the project root to write the export again.
 */
final class HeldOutScenes28Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 3, 2);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 3, 23, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. equestrian yard and riders ---
    private final String yard = cast.guild(579);
    private final Channel yardChat = cast.channel(yard, "Hollow Lane Yard & Riders", "yard-chat",
            "general natter, lost gloves, who left the muck heap gate open", "equine-yard-chat.json");
    private final Channel livery = cast.channel(yard, "Hollow Lane Yard & Riders", "livery-notices",
            "farrier, vet and worming dates, field turnout. posted by the yard manager", "equine-livery-notices.json");
    private final Channel lessons = cast.channel(yard, "Hollow Lane Yard & Riders", "lessons-and-clinics",
            "instructors: post your lessons and clinics here", "equine-lessons-and-clinics.json");
    private final Channel tack = cast.channel(yard, "Hollow Lane Yard & Riders", "tack-for-sale",
            "rugs, saddles, bridles, anything with a buckle. price + size please", "equine-tack-for-sale.json");
    private final Persona fen = cast.person("fen.aldridge", "Fen Aldridge");
    private final Persona priya = cast.person("priya.rides", "Priya Doshi");
    private final Persona kat = cast.person("katmorrow", "Kat Morrow");
    private final Persona hamish = cast.person("hamish.b", "Hamish Beddoe");
    private final Persona lotte = cast.person("lotte.v", "Lotte Verhoef");
    private final Persona ollie = cast.person("ollie_and_biscuit", "Ollie Grant");
    private final Persona joss = cast.person("joss.k", "Joss Kirkby");

    // --- B. speedcubers ---
    private final String cube = cast.guild(580);
    private final Channel cubeGeneral = cast.channel(cube, "Corner Twist Cubing", "general", "anything cubing",
            "cubing-general.json");
    private final Channel pbs = cast.channel(cube, "Corner Twist Cubing", "pbs-and-solves",
            "your PBs, averages and lucky scrambles. one post per session", "cubing-pbs-and-solves.json");
    private final Channel algs = cast.channel(cube, "Corner Twist Cubing", "alg-help",
            "stuck on F2L, OLL, PLL, lookahead? ask", "cubing-alg-help.json");
    private final Channel comps = cast.channel(cube, "Corner Twist Cubing", "comps",
            "WCA comps and club meetups, sign-ups", "cubing-comps.json");
    private final Persona tomasz = cast.person("tomasz.r", "Tomasz Rybak");
    private final Persona aiyana = cast.person("aiyana.cubes", "Aiyana Lee");
    private final Persona reza = cast.person("rezacubelab", "Reza Karimi");
    private final Persona jun = cast.person("jun.w", "Jun Watanabe");
    private final Persona mika = cast.person("mika_sub12", "Mika Halonen");
    private final Persona linnea = cast.person("linnea.g", "Linnea Garza");

    // --- C. hand embroidery ---
    private final String needle = cast.guild(581);
    private final Channel stitchChat = cast.channel(needle, "Needle & Thread Circle", "stitch-chat",
            "say hi, talk threads", "stitch-stitch-chat.json");
    private final Channel wips = cast.channel(needle, "Needle & Thread Circle", "wips",
            "show your works in progress", "stitch-wips.json");
    private final Channel fixIt = cast.channel(needle, "Needle & Thread Circle", "help-me-fix-it",
            "puckering, tangles, transfer woes", "stitch-help-me-fix-it.json");
    private final Persona maeve = cast.person("maeve.oc", "Maeve O'Connell");
    private final Persona odile = cast.person("odile.patterns", "Odile Marchand");
    private final Persona bernadette = cast.person("bern.stitches", "Bernadette Quayle");
    private final Persona sunniva = cast.person("sunniva.b", "Sunniva Berg");
    private final Persona ramona = cast.person("ramona.x", "Ramona Ilie");
    private final Persona dot = cast.person("dotty_stitch", "Dot Pemberton");

    // --- D. community pharmacists ---
    private final String pharm = cast.guild(582);
    private final Channel staffroom = cast.channel(pharm, "Community Pharmacy Network", "staffroom",
            "off-topic and moans about the wholesaler", "pharm-staffroom.json");
    private final Channel clinical = cast.channel(pharm, "Community Pharmacy Network", "clinical-queries",
            "no patient identifiers. ever.", "pharm-clinical-queries.json");
    private final Channel locums = cast.channel(pharm, "Community Pharmacy Network", "locum-shifts",
            "owners post shifts, locums post availability", "pharm-locum-shifts.json");
    private final Channel pharmIntro = cast.channel(pharm, "Community Pharmacy Network", "introductions",
            "introduce yourself: where you work, how long qualified", "pharm-introductions.json");
    private final Persona rashid = cast.person("rashid.pharm", "Rashid Malik");
    private final Persona nkechi = cast.person("nkechi.locum", "Nkechi Obi");
    private final Persona anjali = cast.person("anjali.skillshub", "Anjali Rao");
    private final Persona greta = cast.person("greta.nq", "Greta Lindqvist");
    private final Persona owain = cast.person("owain.p", "Owain Pryce");
    private final Persona wen = cast.person("wen.mds", "Wen Zhao");
    private final Channel dmAnjali = cast.dm(anjali, "pharm-dm-anjali-rao.json");

    // --- E. hydroponics ---
    private final String roots = cast.guild(583);
    private final Channel growRoom = cast.channel(roots, "Root Zone Growers", "grow-room", "general chat",
            "hydro-grow-room.json");
    private final Channel nutrients = cast.channel(roots, "Root Zone Growers", "nutrient-help",
            "pH, EC, deficiencies, root rot", "hydro-nutrient-help.json");
    private final Channel growLogs = cast.channel(roots, "Root Zone Growers", "grow-logs",
            "log your grows, one post per update. questions go in #nutrient-help", "hydro-grow-logs.json");
    private final Channel swap = cast.channel(roots, "Root Zone Growers", "swap-shop",
            "buy, sell, swap: pumps, lights, net pots, seeds", "hydro-swap-shop.json");
    private final Persona dale = cast.person("dale.hurst", "Dale Hurst");
    private final Persona ines = cast.person("ines.kratky", "Ines Duarte");
    private final Persona brock = cast.person("brockgrows", "Brock Tanner");
    private final Persona ravi = cast.person("ravi.nft", "Ravi Menon");
    private final Persona sol = cast.person("sol.p", "Sol Pereira");
    private final Persona hedda = cast.person("hedda.l", "Hedda Lund");

    // --- F. jugglers and circus skills ---
    private final String circus = cast.guild(584);
    private final Channel lobby = cast.channel(circus, "Flying Clubs Collective", "lobby", "hi, chat, dropped props",
            "juggle-lobby.json");
    private final Channel tricks = cast.channel(circus, "Flying Clubs Collective", "tricks-and-patterns",
            "siteswaps, club passing, poi, diabolo", "juggle-tricks-and-patterns.json");
    private final Channel gigs = cast.channel(circus, "Flying Clubs Collective", "gigs-board",
            "performers: post availability. bookers: post what you need", "juggle-gigs-board.json");
    private final Channel convention = cast.channel(circus, "Flying Clubs Collective", "convention-carshare",
            "getting to the spring convention together", "juggle-convention-carshare.json");
    private final Persona pablo = cast.person("pablo.aerial", "Pablo Serrano");
    private final Persona zara = cast.person("zara.fire", "Zara Quinn");
    private final Persona tilly = cast.person("tilly.h", "Tilly Hargreaves");
    private final Persona nico = cast.person("nico.siteswap", "Nico Ferrer");
    private final Persona gus = cast.person("gus.m", "Gus Moreland");
    private final Persona ellie = cast.person("ellie.d", "Ellie Dunn");
    private final Persona bram = cast.person("bram.poi", "Bram Visser");
    private final Channel dmZara = cast.dm(zara, "juggle-dm-zara-quinn.json");

    // --- G. stamp collectors and dealers ---
    private final String perfs = cast.guild(585);
    private final Channel clubRoom = cast.channel(perfs, "Perforations Philatelic Club", "club-room",
            "general chat for collectors", "stamps-club-room.json");
    private final Channel identify = cast.channel(perfs, "Perforations Philatelic Club", "identify-this",
            "watermark? perf gauge? plate number? post a scan", "stamps-identify-this.json");
    private final Channel dealers = cast.channel(perfs, "Perforations Philatelic Club", "dealers-corner",
            "dealers may post stock and offers here", "stamps-dealers-corner.json");
    private final Channel fairs = cast.channel(perfs, "Perforations Philatelic Club", "auctions-and-fairs",
            "fair dates, auction results", "stamps-auctions-and-fairs.json");
    private final Persona cedric = cast.person("cedric.stamps", "Cedric Ashworth");
    private final Persona harriet = cast.person("harriet.philately", "Harriet Pym");
    private final Persona ingrid = cast.person("ingrid.s", "Ingrid Solheim");
    private final Persona walter = cast.person("walter.h", "Walter Hobbs");
    private final Persona yusuf = cast.person("yusuf.k", "Yusuf Kaya");
    private final Persona penny = cast.person("penny.r", "Penny Rourke");
    private final Persona theo = cast.person("theo.b", "Theo Bancroft");

    // --- H. a tattoo studio's own server ---
    private final String inkwell = cast.guild(586);
    private final Role team = cast.role("Team", "#c0392b", 3);
    private final Role apprentice = cast.role("Apprentice", "#8e44ad", 2);
    private final Channel frontDesk = cast.channel(inkwell, "Inkwell Studio", "front-desk",
            "booking questions, aftercare, deposits", "tattoo-front-desk.json");
    private final Channel flash = cast.channel(inkwell, "Inkwell Studio", "flash-drops",
            "available flash from our artists", "tattoo-flash-drops.json");
    private final Channel healed = cast.channel(inkwell, "Inkwell Studio", "healed-gallery",
            "clients: show us your healed pieces", "tattoo-healed-gallery.json");
    private final Channel apprenticeCorner = cast.channel(inkwell, "Inkwell Studio", "apprentice-corner",
            "practice skins, line work, honest feedback", "tattoo-apprentice-corner.json");
    private final Persona marta = cast.person("marta.inkwell", "Marta Kowalczyk", team);
    private final Persona jonah = cast.person("jonah.lines", "Jonah Reyes", team);
    private final Persona suki = cast.person("suki.app", "Suki Tan", apprentice);
    private final Persona beth = cast.person("beth.w", "Beth Walsh");
    private final Persona cass = cast.person("cass.m", "Cass Moreau");
    private final Persona rico = cast.person("rico.guestspot", "Rico Alves");
    private final Persona noor = cast.person("noor.a", "Noor Haddad");
    private final Channel dmRico = cast.dm(rico, "tattoo-dm-rico-alves.json");

    private HeldOutScenes28Script() {
        super(new SceneIds(20400), FIRST_MONDAY, 21);
        equestrian();
        cubing();
        stitching();
        pharmacists();
        hydroponics();
        juggling();
        stamps();
        tattoo();
    }

    static Map<String, String> files() {
        return new HeldOutScenes28Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-28"), files(), "held-out round 28");
    }

    private void equestrian() {
        // Week 1: the farrier list, a nervous returner, tack listings.
        Post farrier = say(1, "08:10", livery, fen, "Farrier is here Thursday 5th from 8am. 10 slots, put your horse's "
                + "name down please: https://forms.example/hollowlane-farrier-march");
        farrier.react("👍", lotte, hamish);
        say(1, "09:30", yardChat, lotte, "morning all, who's left the muck heap gate open AGAIN 🙃");
        say(1, "09:41", yardChat, joss, "not guilty. was the wind I reckon, the latch is knackered");
        say(1, "09:50", yardChat, fen, "latch is on my list. sorry all");
        say(2, "07:45", lessons, priya, "Flatwork lessons Tues/Thurs evenings, £35 for 45 min, own horse or "
                + "the school master. Message me to book");
        say(2, "12:00", tack, hamish, "Cob size bridle, brown, flash noseband, £45. 17.5 GP saddle, wide fit, £380, "
                + "photos on request. collection from the yard");
        Post katAsks = say(3, "19:20", yardChat, kat, "random q, does anyone here teach nervous adult returners? "
                + "haven't sat on a horse in 12 years and my legs go to jelly just thinking about cantering");
        re(3, "19:48", priya, katAsks, "I do! half my riders are returners. we start on the school master on the "
                + "lunge so you don't have to steer or worry, £35 for 45 min. happy to just have a cuppa and chat "
                + "first");
        re(3, "20:05", kat, katAsks, "oh that sounds perfect actually. cuppa first please 😅");
        say(3, "20:30", livery, fen, "Farrier Thursday: 4 slots left https://forms.example/hollowlane-farrier-march");
        Post rugQ = say(4, "08:05", yardChat, lotte, "is it still heavyweight weather or can Bramble go down to a "
                + "medium? he's sweating under the 300g");
        re(4, "08:30", hamish, rugQ, "I've got mine in a 100g with a neck now, it's 9 degrees by day all week. "
                + "check behind his shoulders at night, if he's warm and dry he's fine");
        re(4, "08:40", lotte, rugQ, "ta! medium it is");
        say(4, "17:10", yardChat, ollie, "Biscuit found the only mud in the whole field lol. 2 hours of grooming gone");
        say(4, "17:12", yardChat, joss, "classic grey pony behaviour");
        say(5, "07:00", livery, fen, "Farrier tomorrow, 1 slot left: https://forms.example/hollowlane-farrier-march");

        // Week 2: Priya pushes her clinic in the chat room; Joss's saddle question waits.
        Post jossAsks = re(8, "18:30", joss, say(8, "18:00", tack, hamish, "Also: Rambo turnout rug 6'3, 200g, "
                + "one small repair, £60"), "@Hamish Beddoe is the GP saddle still going? flocked or foam panels? "
                + "would need to get it checked on my lad");
        say(9, "08:15", yardChat, hamish, "icy on the top track this morning, walk don't trot past the trough");
        say(9, "10:20", yardChat, priya, "Pole clinic this Saturday, still 3 spaces, £40 for the hour, DM me 🐴");
        say(9, "11:02", yardChat, kat, "first lesson with @Priya Doshi done!! cantered on the lunge and didn't die");
        say(9, "11:10", yardChat, priya, "you were brilliant!! same time next week");
        say(10, "16:00", tack, hamish, "Price drop on the Rambo rug, £50 now");
        say(11, "09:00", tack, joss, "bump ^ on the saddle q");
        say(11, "12:40", yardChat, priya, "last 2 spaces for Saturday poles, £40, DM me if you fancy it");
        say(11, "13:00", yardChat, hamish, "anyone got a spare haynet? Rambo has eaten his");
        say(11, "13:04", yardChat, lotte, "spare one on my door, help yourself");
        say(12, "09:30", livery, fen, "Vet for spring jabs Tuesday 17th. I'll do the list myself this time, just "
                + "tell me if yours is NOT due");
        Post poll = say(13, "18:00", yardChat, fen, "Yard poll: which weekend for the spring clean of the tack room? "
                + "👍 for the 21st, ❤️ for the 28th. react below, bacon rolls provided");
        poll.react("👍", lotte, kat, joss).react("❤️", hamish);

        // Week 3: Fen away at a show; Ollie's photo competition.
        say(15, "06:50", yardChat, fen, "I'm off at the Bicton trade stand with the yard lorry, back Wednesday "
                + "morning. Joss has the keys for emergencies");
        Post lotteAsks = say(15, "14:00", yardChat, lotte, "@Fen Aldridge can Bramble go on the summer field from "
                + "April? need to know before I book his teeth");
        re(15, "15:20", hamish, jossAsks, "@Joss Kirkby sorry, missed this completely!! flocked. but it sold "
                + "saturday, sorry mate");
        re(15, "15:40", joss, jossAsks, "no worries, next time");
        say(16, "16:30", yardChat, ollie, "hiii everyone pls vote for me and Biscuit in the riding club spring photo "
                + "comp!!! https://ridingclub.example/photo-comp/entry/44 🥺🐴");
        say(16, "16:45", yardChat, kat, "who drank all the milk in the tack room fridge. asking for a friend");
        say(17, "07:30", yardChat, fen, "Back! Lotte: yes, summer field from the 6th if the ground dries up, I'll "
                + "confirm on the Friday");
        say(17, "07:45", yardChat, lotte, "amazing thank you. and thanks for holding the fort on his feet all winter, "
                + "best they've ever been");
        say(18, "17:00", yardChat, ollie, "@Lotte Verhoef @Hamish Beddoe could you vote for Biscuit pls?? only 2 "
                + "days left!!! https://ridingclub.example/photo-comp/entry/44");
        say(18, "17:20", yardChat, hamish, "tack room clean is the 21st then per the poll, I'll bring the saddle soap");
        say(19, "08:00", lessons, priya, "April flatwork dates up: Tues 7th, 14th, 21st, 28th. £35, message me");
        say(20, "18:10", yardChat, joss, "vet's been, all jabbed, nobody kicked anyone. good week");
    }

    private void cubing() {
        // Week 1: Aiyana learns (and takes); Reza asked where to buy lube; Jun's comp.
        Post f2l = say(1, "19:00", algs, aiyana, "how do I stop pausing between F2L pairs?? stuck at 35s forever");
        re(1, "19:25", tomasz, f2l, "slow down. genuinely. turn at half speed and look for the next pair while you "
                + "insert this one. pausing is lookahead, not hands");
        re(1, "19:30", aiyana, f2l, "thanks!!");
        say(1, "21:00", pbs, mika, "ao5 12.84, 3x3. the last solve was an LL skip 😭");
        say(2, "09:10", comps, jun, "Corner Twist Open is on! Sat 21 March, St Anne's hall, 3x3 / 2x2 / OH. £8 "
                + "registration covers the hall and the scorecards. sign up: https://forms.example/ct-open-2026");
        Post lube = say(2, "12:30", cubeGeneral, linnea, "where do you all buy lube in the UK? US shops want £15 just "
                + "for shipping");
        re(2, "13:05", reza, lube, "I make one, Silk 3cc, £6 posted: https://rezacubelab.example/shop/silk . "
                + "otherwise the big UK cube shop has Lubicle, a bit pricier but good");
        re(2, "13:20", linnea, lube, "oh nice, ordering the silk");
        say(2, "20:00", pbs, mika, "2x2 ao12 3.91. sub-4 finally");
        say(2, "20:05", pbs, linnea, "qué locura 😱 congrats");
        Post oll = say(3, "18:40", algs, aiyana, "which OLLs should I learn first? 57 is too many");
        re(3, "19:02", tomasz, oll, "the 7 OCLLs (the cross ones) first, they come up most. then the T and P shapes");
        re(3, "19:10", aiyana, oll, "thank you!");
        say(4, "21:15", pbs, mika, "one-handed ao5 24.10, new PB");
        Post cross = say(5, "17:00", algs, aiyana, "my cross takes like 6 seconds what am I doing wrong");
        re(5, "17:30", reza, cross, "try doing the cross in 8 moves or fewer, blindfolded-ish: plan it all in "
                + "inspection and don't look at it while solving");
        Post tomaszAsks = re(5, "18:00", tomasz, cross, "@Aiyana Lee what colour are you solving cross on, white "
                + "only? and are you planning it in inspection or just going?");
        say(6, "09:00", comps, jun, "Corner Twist Open: 16 of 40 places gone. https://forms.example/ct-open-2026");
        say(6, "20:10", pbs, aiyana, "ao5 33.2!!! pb");
        say(6, "20:40", pbs, mika, "3x3 single 9.88 🎉🎉 first sub-10 ever");
        say(6, "20:45", pbs, tomasz, "huge, congrats Mika");
        say(7, "11:00", cubeGeneral, aiyana, "is the GAN 12 worth it or should I get a cheaper magnetic one");
        re(7, "11:40", linnea, say(7, "11:38", cubeGeneral, jun, "depends on budget tbh"), "the cheaper RS3M is "
                + "honestly fine under 20s");

        // Week 2: Mika's sessions; Aiyana passes something on.
        say(8, "07:30", pbs, mika, "morning session: ao5 12.40, cold hands");
        say(8, "20:00", pbs, mika, "ao12 11.95. lookahead feels good today");
        say(9, "09:30", comps, jun, "24 of 40 places gone for the 21st, form here: https://forms.example/ct-open-2026");
        say(9, "19:00", pbs, mika, "OH ao5 23.4");
        Post uperm = say(9, "19:30", algs, linnea, "anyone got a good video for U perm finger tricks? I keep "
                + "regripping");
        re(9, "20:10", aiyana, uperm, "this one helped me so much, the M2 U version: "
                + "https://tube.example/watch?v=uperm-m2 . also do it slow 20 times before speeding up");
        re(9, "20:20", linnea, uperm, "gracias!! trying now");
        say(10, "08:00", cubeGeneral, reza, "Restocked Silk and the Maglev kits 🧲 https://rezacubelab.example/shop");
        say(10, "19:45", pbs, mika, "3x3 ao5 11.20");
        say(11, "20:30", pbs, mika, "bad day. ao12 13.8, nothing flowing");
        say(11, "20:40", pbs, linnea, "those days happen, tomorrow will be better");
        say(12, "07:50", pbs, mika, "pyraminx ao5 4.2 before work");
        say(12, "18:15", pbs, mika, "ao12 11.61, back on track");
        Post pops = say(12, "19:00", algs, tomasz, "my GAN keeps popping on big turns, anyone?");
        re(12, "19:20", reza, pops, "tension's too loose, tighten two notches and check the compression is even on "
                + "all six");
        re(12, "19:35", tomasz, pops, "that was it, cheers");
        say(13, "09:00", pbs, mika, "2x2 single 1.62");
        say(13, "21:00", pbs, mika, "clock ao5 8.9, trying a new event lol");
        say(14, "10:00", pbs, mika, "ao100 12.3");
        re(14, "10:30", aiyana, tomaszAsks, "@Tomasz Rybak sorry only just saw this! white only, and I just go 😬");
        re(14, "10:50", tomasz, tomaszAsks, "try planning it in inspection, even just the first two edges");

        // Week 3: the comp fills.
        say(15, "09:00", comps, jun, "6 places left for Saturday. https://forms.example/ct-open-2026");
        say(16, "19:00", pbs, aiyana, "ao5 29.8 planning cross in inspection like @Tomasz Rybak said!!");
        say(16, "19:10", pbs, tomasz, "told you 😄");
        say(18, "12:00", cubeGeneral, linnea, "who's going Saturday? I'll bring the spare timers");
        say(18, "12:30", cubeGeneral, mika, "me! nervous");
        say(21, "19:00", comps, jun, "thank you all for coming, results are on the WCA page tomorrow. 38 competitors!");
    }

    private void stitching() {
        // Week 1: Sunniva learns satin stitch with Maeve; Odile asked about her pattern.
        say(1, "10:00", stitchChat, maeve, "morning stitchers ☕ March stitch-along starts Saturday, we're doing a "
                + "tiny spring wreath, free chart pinned, everyone welcome");
        Post hedgerow = say(2, "14:00", wips, odile, "hedgerow sampler, about half done. the blackberries took "
                + "forever, french knots everywhere");
        re(2, "14:30", ramona, hedgerow, "ce frumos! what pattern is that?? I need it");
        re(2, "15:10", odile, hedgerow, "it's one of mine, the Hedgerow sampler, PDF here: "
                + "https://odilemarchand.example/patterns/hedgerow . the knots are easier than they look");
        re(2, "15:15", ramona, hedgerow, "bought!! thank you");
        Post pucker = say(2, "20:00", fixIt, sunniva, "my fabric keeps puckering round the satin stitch leaves. "
                + "tried loosening my tension, didn't help");
        re(2, "20:40", maeve, pucker, "is it drum tight in the hoop? and what fabric? cotton lawn puckers if you "
                + "don't use a stabiliser behind it");
        re(2, "20:55", sunniva, pucker, "quilting cotton, and no it's quite loose in the hoop");
        re(2, "21:05", maeve, pucker, "tighten the hoop till it sounds like a drum when you flick it, and re-tighten "
                + "every half hour, it relaxes as you go");
        say(3, "11:00", stitchChat, dot, "is my lazy daisy supposed to look like a hedgehog?! 😂 asking for me");
        say(3, "11:20", stitchChat, bernadette, "only if you're lucky. mine look like spiders");
        say(4, "19:00", fixIt, sunniva, "hoop is drum tight now and the leaves are flat!! but my outline is wobbly, "
                + "is that the split stitch or me");
        say(4, "19:40", fixIt, maeve, "probably stitch length, keep them short on curves, 2mm-ish. stem stitch is "
                + "more forgiving on curves if split isn't working for you");
        say(4, "19:50", fixIt, sunniva, "trying stem stitch tonight");
        Post dotAsks = say(5, "10:15", stitchChat, dot, "@Odile Marchand do you ever teach in person? I learn better "
                + "watching hands");
        re(5, "12:30", odile, dotAsks, "not this spring sadly, maybe autumn. Maeve's stitch-along is the next best "
                + "thing!");
        say(6, "18:00", fixIt, sunniva, "stem stitch outline done, SO much better. the tip about short stitches on "
                + "curves was the thing");
        say(6, "18:30", fixIt, maeve, "lovely, next try whipping it for a smooth line");
        say(7, "16:00", wips, maeve, "stitch-along wreath, day one. the green is DMC 3347");

        // Week 2: Bernadette's sale goes everywhere.
        Post thread = say(9, "09:40", fixIt, ramona, "my floss keeps knotting and twisting halfway through, so "
                + "annoying. tried shorter lengths");
        re(9, "10:05", bernadette, thread, "let the needle dangle every few stitches so it unwinds, and separate "
                + "the strands first. also my spring florals are 20% off this week: "
                + "https://etsy.example/shop/BernStitches");
        Post dotWip = say(9, "10:20", wips, dot, "my first wreath! the hedgehog daisies are part of the charm now");
        re(9, "10:40", bernadette, dotWip, "lovely! my shop has similar florals, 20% off till Sunday: "
                + "https://etsy.example/shop/BernStitches");
        say(9, "11:15", stitchChat, bernadette, "spring sale on, 20% off all my patterns 🌸 "
                + "https://etsy.example/shop/BernStitches");
        re(9, "12:00", maeve, dotWip, "Dot this is gorgeous, the colours are so soft");
        re(9, "12:10", dot, dotWip, "thank you Maeve 🥹");
        re(9, "13:00", ramona, thread, "dangling worked, ty");
        say(10, "20:00", wips, sunniva, "wreath day 4, whipped the stem stitch like Maeve said");
        say(11, "09:00", stitchChat, odile, "anyone tried the new Sulky stabiliser? the wash-away one");
        say(11, "09:30", stitchChat, maeve, "yes, dissolves beautifully, just don't iron it first");
        say(12, "17:00", fixIt, dot, "how do you all transfer designs onto dark fabric?? my pencil doesn't show");
        say(12, "17:25", fixIt, odile, "white chalk pencil, or print on the wash-away stabiliser and stitch through "
                + "it. no link needed, any craft shop has both");
        say(12, "17:40", fixIt, dot, "oh clever. thank you!");

        // Week 3: quiet.
        say(16, "19:00", wips, ramona, "hedgerow sampler started, wish me luck with the knots");
        say(16, "19:10", wips, odile, "you'll be fine! 3 wraps max");
        say(18, "11:00", stitchChat, sunniva, "thank you all for the help this month, I actually finished something!!");
        say(18, "11:15", stitchChat, maeve, "so proud 🧵");
        say(19, "20:00", wips, bernadette, "WIP: a sampler of the new spring florals, pattern's in my shop if "
                + "anyone wants it");
    }

    private void pharmacists() {
        // Week 1: shifts, revalidation, the wholesaler.
        say(1, "07:30", locums, rashid, "Sat 7th, 9-5, Headingley branch, £28/hr. reply here or DM");
        say(1, "08:15", staffroom, owain, "wholesaler has shorted us on amoxicillin suspension again. third week");
        say(1, "08:20", staffroom, nkechi, "same here, we're making up capsules like it's 1995");
        say(1, "09:00", locums, nkechi, "Locum, GPhC registered 6 yrs, free most Saturdays in March, Leeds/Bradford, "
                + "happy to do Sundays too");
        Post nkechiShift = say(1, "09:05", locums, nkechi, "@Rashid Malik I can do the 7th. is there parking?");
        re(1, "10:40", rashid, nkechiShift, "@Nkechi Obi brilliant, yes two spaces behind the shop. booked you in");
        Post reval = say(3, "13:00", staffroom, owain, "revalidation due in April and I've done nothing. how many "
                + "CPD records is it again?");
        re(3, "13:30", anjali, reval, "4 CPD records, at least 2 of them planned, plus a reflective account and a "
                + "peer discussion. the GPhC guide is genuinely clear: https://gphc.example/revalidation/guide");
        re(3, "13:45", owain, reval, "lifesaver. peer discussion with you then? 😅");
        re(3, "14:00", anjali, reval, "ha, go on then, next week");
        Post codeine = say(4, "16:10", clinical, nkechi, "customer wants codeine linctus for a cough, says it's "
                + "his dad's usual and his dad can't come in. how are you all handling these now?");
        re(4, "16:30", rashid, codeine, "we don't, it went POM in most places for good reason. signpost to the GP or "
                + "the dad rings us. say no kindly and record it");
        re(4, "16:35", nkechi, codeine, "that's what I did, just wanted to check I wasn't being a dragon");
        say(5, "12:00", staffroom, owain, "PDA ballot on the new contract closes Friday week. if you're a member, "
                + "have your say, the link is in your email");

        // Week 2: Greta arrives; Anjali's DM; Owain's PGD answer; Wen asked about trays.
        Post intro = say(8, "08:30", pharmIntro, greta, "Hi all! Greta, qualified in July, first job as a second "
                + "pharmacist at a small independent in Leeds. terrified of the MDS trays");
        re(8, "09:00", rashid, intro, "welcome Greta! the trays get easier, promise");
        re(8, "09:10", anjali, intro, "welcome! ask anything here, no silly questions");
        re(8, "09:30", greta, intro, "thank you both 😊");
        say(8, "10:00", locums, rashid, "Sat 14th and Sun 15th, Headingley, £28/hr");
        say(9, "19:00", dmAnjali, anjali, "Hi Greta! Lovely to have you in the group. I run Pharma Skills Hub, we "
                + "coach newly qualified pharmacists through their first year. The NQP programme is £395 for 12 "
                + "weeks and I have two free 15-minute calls left this week: https://pharmaskills.example/book");
        say(9, "21:30", dmAnjali, greta, "oh thank you, I think I'm ok for now, still finding my feet 🙂");
        Post pgd = say(10, "11:00", clinical, nkechi, "@Owain Pryce did the travel vaccine PGD come through for "
                + "your branch yet? ours is stuck at the area office");
        re(10, "14:00", owain, pgd, "not sure, let me check with the area manager tomorrow");
        say(11, "09:20", clinical, owain, "Nkechi: yes, ours came through Monday, signed sheet is on the portal "
                + "under Services > PGDs");
        say(11, "09:40", clinical, nkechi, "found it, thank you!!");
        Post trays = say(12, "18:00", staffroom, greta, "what do you all use for MDS tray scheduling? we're on paper "
                + "and it's chaos");
        re(12, "18:30", wen, trays, "disclosure, I work for TrayMate so I'm biased! we do exactly that, but honestly "
                + "even a shared spreadsheet with a column per patient beats paper. happy to show you a demo if it's "
                + "useful, no pressure");
        re(12, "18:45", rashid, trays, "we use a spreadsheet and a whiteboard, works fine for 40 patients");
        re(12, "19:00", greta, trays, "thank you both! will try the spreadsheet first");
        say(13, "08:00", staffroom, nkechi, "Friday. we made it");

        // Week 3: shifts and the ballot again.
        say(15, "07:30", locums, rashid, "Sat 21st, 9-1, Headingley, £28/hr. last one this month");
        say(15, "08:30", locums, nkechi, "@Rashid Malik I'm on the 21st if nobody's taken it");
        say(15, "09:15", locums, rashid, "@Nkechi Obi yours, thank you");
        say(16, "12:00", staffroom, owain, "PDA ballot closes this Friday, link's in your member email");
        Post emerg = say(17, "15:00", clinical, greta, "patient asked for emergency contraception but she's on "
                + "carbamazepine. double dose of levonorgestrel or refer for the copper coil?");
        re(17, "15:20", nkechi, emerg, "copper IUD is first choice with enzyme inducers, and offer the double dose "
                + "if she can't get to the clinic in time. check the FSRH guidance, it's clear on this");
        re(17, "15:40", greta, emerg, "that's what I thought, thank you for the sanity check");
        say(19, "13:00", staffroom, anjali, "peer discussion with Owain done, revalidation buddies 💪");
        say(19, "13:10", staffroom, owain, "couldn't have done it without you");
    }

    private void hydroponics() {
        // Week 1: Dale plugs his kit on an answer and again to the room; Ines logs.
        say(1, "09:00", swap, dale, "DWC starter kits, 4-site, pump + air stones + pH pen, $89: "
                + "https://hurstgrow.example/kits/dwc-starter");
        say(1, "20:00", growLogs, ines, "Kratky lettuce, day 12. my butterhead is finally filling out, I topped up "
                + "my jars with half-strength nutrient and I'm keeping my air gap at about 3cm. my EC reads 1.1");
        Post drift = say(2, "18:00", nutrients, hedda, "my pH keeps drifting up every day, lettuce in a kratky "
                + "jar. what am I doing wrong?");
        re(2, "18:40", dale, drift, "drift up is normal, the plants eat nitrate and push pH up. bring it to 5.8 "
                + "every couple of days. my DWC starter kit comes with a pH pen already calibrated, $89 → "
                + "https://hurstgrow.example/kits/dwc-starter");
        re(2, "19:10", ravi, drift, "also check your reservoir isn't getting light, algae pushes pH around too. a "
                + "sock over the jar works");
        re(2, "19:20", hedda, drift, "🙏");
        Post brockQ = say(3, "21:00", nutrients, brock, "leaves on my basil going yellow from the bottom up, EC 1.4");
        re(3, "21:30", ravi, brockQ, "sounds like nitrogen, bump EC to 1.6-1.8 for basil, it's hungry");
        re(3, "21:40", brock, brockQ, "thanks Ravi, will try");
        say(3, "22:00", growLogs, ines, "Kratky lettuce day 14. I harvested my first outer leaves today and my "
                + "roots look white and fluffy. I'm going to start my second batch of jars this weekend, I think "
                + "I'll try romaine");
        say(4, "12:00", swap, dale, "DWC starter kits back in stock, $89 with the pH pen, DM me 🌱");
        say(4, "12:30", growRoom, hedda, "sock on the jar, pH holding much better");
        say(5, "19:00", growLogs, ines, "romaine seeds in rockwool. my basement is 17C so I'm using my heat mat for "
                + "germination, my last batch took 9 days without it");
        say(6, "10:00", growRoom, ravi, "anyone tried the new cheap LED bars from the big DIY shop? tempted for a "
                + "second shelf");
        say(6, "10:40", growRoom, hedda, "got one, fine for greens, useless for tomatoes");

        // Week 2: Sol's rattling pump waits on Dale.
        say(8, "20:00", growLogs, ines, "romaine germinated in 4 days on the mat. my butterhead is bolting a bit, "
                + "I'll harvest the whole head this week");
        Post solAsks = say(9, "18:30", growRoom, sol, "@Dale Hurst got the DWC kit off you last month, love it, "
                + "but the air pump has started rattling like mad. normal, or is it on its way out?");
        say(10, "09:00", swap, dale, "NFT channel kits now in, 12-site, $149: https://hurstgrow.example/kits/nft-12");
        Post brockTom = say(10, "19:00", nutrients, brock, "first tomatoes flowering indoors. do I need to hand "
                + "pollinate?");
        re(11, "08:30", dale, brockTom, "yes, flick the trusses or use an electric toothbrush every morning");
        re(11, "09:00", brock, brockTom, "haha love it, will do");
        say(11, "19:00", growRoom, sol, "@Dale Hurst ? pump's getting louder");
        say(12, "12:00", growLogs, ines, "whole butterhead harvested, 140g. my romaine is on its second true leaves. "
                + "I'm happy with how my first proper kratky run went");
        say(12, "12:20", growRoom, dale, "anyone going to the growers' expo in Birmingham next month?");
        say(12, "12:40", growRoom, ravi, "me, Saturday");
        say(13, "20:00", nutrients, hedda, "my mint is taking over the whole tray 😂 anyone want cuttings");
        say(13, "20:10", nutrients, ravi, "mint gonna mint");

        // Week 3: Brock wants followers; Dale finally answers Sol.
        say(15, "18:00", growRoom, brock, "started an insta for my grows! @brockgrows.hydro, follows appreciated 🙏");
        say(15, "18:20", growLogs, brock, "tomatoes setting fruit. full pics on my insta @brockgrows.hydro, give it "
                + "a follow!");
        say(16, "08:00", growRoom, dale, "@Sol Pereira sorry, been flat out. rattling is usually the diaphragm "
                + "going, send me a photo of the label and I'll post you a new one free");
        say(16, "08:30", growRoom, sol, "legend, thank you");
        say(17, "19:00", growRoom, brock, "@Ines Duarte @Hedda Lund you'd like my page, would you mind giving it a "
                + "follow? @brockgrows.hydro");
        say(17, "19:30", growLogs, ines, "romaine day 18, my first leaves nearly ready. I'm trying a net cup lid "
                + "this time to keep my jars darker");
        say(18, "10:00", nutrients, sol, "root rot? roots going brown and slimy in the DWC, water is 24C");
        say(18, "10:30", nutrients, ravi, "24 is too warm, get it under 20, frozen water bottles in the res, and "
                + "a splash of hydrogen peroxide. the pump rattle might mean the air's weak too");
        say(18, "10:45", nutrients, sol, "frozen bottles going in now, thanks Ravi");
    }

    private void juggling() {
        // Week 1: Ellie asks who teaches hoop; Bram's weave.
        say(1, "10:00", lobby, gus, "Reminder: the spring convention is 3-5 April. carshare sheet goes up next week "
                + "in #convention-carshare");
        Post workshop = say(2, "09:00", gigs, pablo, "Saturday beginners' juggling workshop at the Mill, 10-12, £15, "
                + "ages 10+. balls provided");
        say(2, "11:00", gigs, zara, "Available for corporate events, weddings and festivals: fire show, LED show, "
                + "roving stilts. from £450, link to showreel on request");
        Post hoopAsk = say(3, "20:00", lobby, ellie, "does anyone teach aerial hoop around Leeds? always wanted to "
                + "try and I'm 43 so it's now or never lol");
        re(3, "20:30", pablo, hoopAsk, "I do! Tuesdays 7pm at the Mill, £12 drop-in, first one free. leggings, no "
                + "zips, and it's never too late, my oldest student is 67");
        re(3, "20:45", ellie, hoopAsk, "oh brilliant, see you Tuesday!!");
        Post weave = say(4, "18:00", tricks, bram, "how do you do a 3-beat weave with poi without them tangling?? "
                + "I've tried everything, they wrap every time");
        re(4, "18:40", nico, weave, "keep your hands at the same height and let the poi pass behind your wrist, "
                + "not over it. slow it right down first. claro, it takes a week to click");
        Post nicoAsks = re(4, "18:50", nico, weave, "@Bram Visser are you on sock poi or chains btw? chains tangle "
                + "way worse");
        say(5, "21:00", tricks, nico, "anyone passing 7 clubs at the convention? looking for a partner for 966");
        say(5, "21:20", tricks, gus, "I'll try, don't expect miracles");
        say(7, "10:00", lobby, ellie, "@Pablo Serrano went to your Tuesday hoop class and I'm hooked, pun very much "
                + "intended. arms are dead");
        say(7, "10:30", lobby, pablo, "ha! you did great, see you next week");

        // Week 2: Tilly asks for a party entertainer; Ellie's question about her daughter waits.
        say(8, "09:00", convention, gus, "Carshare sheet for the spring convention, add yourself as driver or "
                + "passenger: https://docs.example/sheets/flying-clubs-carshare");
        Post tillyAsks = say(8, "19:00", lobby, tilly, "hi all, new here! my son turns 7 in May and he is obsessed "
                + "with juggling. anyone know a good kids' party entertainer near York?");
        re(8, "19:20", zara, tillyAsks, "ooh I do kids' parties! will DM you details");
        re(8, "19:25", tilly, tillyAsks, "yes please!");
        say(8, "19:40", dmZara, zara, "Hi Tilly! so for kids' parties I do an hour: 30 min show (juggling, "
                + "plate spinning, a bit of slapstick) then 30 min where they all try scarves and spinning plates. "
                + "£180 within 20 miles of York. want me to pencil in a date?");
        say(8, "20:30", dmZara, tilly, "that sounds perfect. Saturday 16th May, afternoon?");
        say(8, "20:45", dmZara, zara, "16th May 2pm is yours, I'll send a confirmation email 🎪");
        Post ellieAsks = re(9, "12:00", ellie, workshop, "@Pablo Serrano does your Saturday workshop take 12 year "
                + "olds? my daughter is obsessed since she watched me on the hoop");
        say(10, "19:00", tricks, pablo, "@Nico Ferrer what's the easiest 4-ball siteswap after fountain? 534?");
        say(10, "19:30", tricks, nico, "534 or 552. 534 first, it's kind");
        say(10, "19:45", tricks, pablo, "534 it is. cheers");
        say(11, "18:00", convention, gus, "4 seats left in cars from Leeds: "
                + "https://docs.example/sheets/flying-clubs-carshare");
        say(11, "19:00", gigs, ellie, "@Pablo Serrano sorry to nag, can I book her in for Saturday?");
        say(12, "13:00", tricks, pablo, "anyone got a spare set of contact staff end caps? cracked one");
        say(12, "13:20", tricks, gus, "I've got two in the van, bring them Tuesday");
        say(14, "10:00", convention, gus, "1 seat left, Leeds to the convention Friday evening: "
                + "https://docs.example/sheets/flying-clubs-carshare");

        // Week 3: Pablo answers; convention run-up.
        re(15, "09:30", pablo, ellieAsks, "@Ellie Dunn so sorry, missed this in the chaos! yes 10+ so she's "
                + "perfect, just bring her along");
        re(15, "10:00", ellie, ellieAsks, "yay thank you!");
        say(16, "18:00", tricks, tilly, "my son learnt the 3-ball cascade this weekend!! any tips for what next?");
        say(16, "18:30", tricks, nico, "mills mess or the shower! shower is simpler. also: congrats to him 🎉");
        say(17, "20:00", lobby, zara, "off to a festival gig in Ghent this week, back Monday. keep the fire "
                + "safety chat going without me lol");
        say(18, "09:00", lobby, gus, "convention programme is out, workshops list is in the carshare channel too");
        say(19, "21:00", tricks, nico, "966 practice went ok, dropped only 40 times 🙃");
    }

    private void stamps() {
        // Week 1: stock, a plate 77 that isn't, Yusuf's auctions.
        say(1, "08:00", dealers, cedric, "New stock: GB QV surface-printed lot, 40 stamps, mixed condition, £120. "
                + "Commonwealth KGVI mint sets, list on request");
        say(1, "09:15", dealers, harriet, "Fresh in: Seahorses 2/6 to £1, fine used, £95 the set. happy to send "
                + "scans");
        say(1, "10:00", dealers, theo, "Postal history: Scottish duplex covers, £5 to £30 each, scans on request");
        Post plate = say(2, "10:30", identify, walter, "is this a plate 77 Penny Red?! surely not. the number in "
                + "the side lace looks like 77 under my glass");
        re(2, "11:10", harriet, plate, "Walter, lovely scan, but sadly it's a 71 with a flaw in the second 1, very "
                + "common on that plate. check the corner letters against the plating table to be sure");
        re(2, "11:30", walter, plate, "Oh well. worth a look eh. thank you Harriet");
        say(3, "19:00", clubRoom, yusuf, "my Seahorses high values are ending tonight on ebay, no reserve: "
                + "https://ebay.example/itm/3344521");
        say(3, "19:10", clubRoom, penny, "does anyone have tips for soaking stamps off coloured envelopes? the red "
                + "ran last time 😩");
        say(3, "19:40", clubRoom, ingrid, "cold water only, and take the coloured ones out the minute they float");
        say(3, "19:45", clubRoom, penny, "thanks Ingrid");
        say(4, "12:00", fairs, harriet, "York Stamp Fair, Sat 14 March, racecourse. I'll be on table 12 with GB "
                + "and Commonwealth if anyone wants to say hi");
        say(5, "20:00", clubRoom, walter, "who else is going to York? I'll bring the flask");
        say(5, "20:20", clubRoom, ingrid, "me! will find you");
        say(6, "18:00", clubRoom, yusuf, "relisted my Seahorses, starting at £40 this time: "
                + "https://ebay.example/itm/3344987");

        // Week 2: Cedric talks shop with the other dealers; collectors' questions sit.
        say(8, "08:00", dealers, cedric, "Still available: GB QV lot, now £110. also a run of Machins by value, "
                + "list on request");
        Post tables = say(8, "09:00", dealers, theo, "@Cedric Ashworth @Harriet Pym what are you paying for a "
                + "table at York this year? they've gone up to £85 for me");
        re(8, "09:30", cedric, tables, "@Theo Bancroft £85 here too. robbery. the Harrogate one is still £60");
        re(8, "09:40", harriet, tables, "£80, I booked early. worth it for the footfall though");
        re(8, "10:00", cedric, tables, "@Harriet Pym footfall yes, buyers no. last year half of them just wanted "
                + "valuations");
        re(8, "10:20", theo, tables, "@Cedric Ashworth ha, same. I charge for valuations now");
        re(8, "10:40", cedric, tables, "@Theo Bancroft good man. how much?");
        re(8, "11:00", theo, tables, "@Cedric Ashworth £10 a book, refunded if they buy");
        Post lilac = say(9, "19:00", identify, penny, "1d lilac with what looks like an inverted watermark. is "
                + "that worth anything or am I reading it upside down? 😅");
        Post ingridThanks = say(9, "20:00", clubRoom, ingrid, "@Harriet Pym bought the Penny Red lot from you at "
                + "Stafford and found a plate 225 in it!!! thank you");
        re(9, "20:30", harriet, ingridThanks, "@Ingrid Solheim no way!! that's a proper find, bring it to York so I "
                + "can see it");
        say(10, "09:00", dealers, cedric, "@Harriet Pym did you get the new SG concise? worth upgrading from 2024?");
        say(10, "09:30", dealers, harriet, "@Cedric Ashworth yes, prices on the QV line went up a lot, worth it");
        say(10, "09:45", dealers, cedric, "@Harriet Pym ugh, fine, ordering");
        Post mounts = say(10, "18:00", identify, walter, "what mounts do people use for mint sets? my hinges are "
                + "leaving marks");
        re(10, "18:40", harriet, mounts, "Walter, hingeless black mounts for anything mint you care about. "
                + "hinges are fine for used");
        say(11, "11:00", dealers, cedric, "@Theo Bancroft are you doing Harrogate in May? could share a table");
        say(11, "11:30", dealers, theo, "@Cedric Ashworth yes! split the £60, deal");
        say(11, "11:40", dealers, cedric, "@Theo Bancroft deal. I'll bring the lamp");
        say(12, "08:30", clubRoom, cedric, "@Harriet Pym @Theo Bancroft anyone else's postage costs gone mad? "
                + "Royal Mail tracked is £4.75 now");
        say(12, "08:50", clubRoom, harriet, "@Cedric Ashworth mine too, I've put p&p up 50p");
        say(12, "09:00", clubRoom, cedric, "@Harriet Pym same, needs must");
        re(12, "14:00", ingrid, lilac, "Penny I think yours is just upside down in the scan 😄 the crown should "
                + "be at the top when you look from the back");
        re(12, "14:20", penny, lilac, "hahaha oh no. thank you");

        // Week 3: York fair.
        say(15, "08:00", dealers, cedric, "York was slow. GB QV lot down to £95, last call");
        say(15, "09:30", fairs, walter, "York was grand, met Ingrid and Harriet, bought far too many covers");
        say(15, "09:50", fairs, ingrid, "and Harriet confirmed the 225!!");
        say(16, "19:00", identify, theo, "anyone recognise this postmark? looks like a Scottish duplex, number 159");
        say(16, "19:30", identify, walter, "159 is Elgin i think?? check the Parmenter list");
        say(16, "19:40", identify, theo, "Elgin it is, thanks Walter");
        say(18, "20:00", clubRoom, penny, "finally soaked a whole envelope batch without a single bleed. cold water "
                + "and patience, thanks all");
    }

    private void tattoo() {
        // Week 1: flash, a healed peony, Rico's guest spots, Suki's first practice skin.
        say(1, "10:00", flash, jonah, "Botanical flash sheet is up: palm-sized pieces £120 each, book at the front "
                + "desk or https://inkwellstudio.example/book");
        Post peony = say(2, "13:00", healed, beth, "healed forearm peony by @Marta Kowalczyk, 6 months on and "
                + "still obsessed");
        re(2, "13:40", marta, peony, "@Beth Walsh it's settled so nicely!! thank you for coming back to show us");
        say(2, "17:00", frontDesk, rico, "Guest spots in Bristol this spring, books open, £120/hr, DM me to grab a "
                + "date");
        say(3, "11:00", flash, marta, "Walk-in Friday: every flash piece £100, first come first served");
        Post fineline = say(4, "18:00", frontDesk, cass, "do you do fineline? thinking about a first tattoo, tiny, "
                + "on my wrist");
        re(4, "18:30", marta, fineline, "@Cass Moreau we do, Jonah's fineline is lovely. pop in Friday for a chat, "
                + "no pressure");
        re(4, "18:45", cass, fineline, "ok will do, thank you!");
        Post skin = say(5, "20:00", apprenticeCorner, suki, "first practice skin line work. be brutal, would love "
                + "honest feedback");
        re(5, "20:30", jonah, skin, "lines are wobbling where you change direction, stretch harder and pull the "
                + "skin towards you. the long lines are good though");
        re(5, "20:40", suki, skin, "stretching harder, got it. was it the 3RL or should I go smaller?");
        re(5, "21:00", jonah, skin, "3RL is right for that, it's the stretch not the needle");
        say(6, "16:00", healed, cass, "walk-in Friday wrist swallow by Jonah!! first tattoo ever, so happy");
        say(6, "16:20", healed, jonah, "you sat like a rock, enjoy it");

        // Week 2: Marta in Berlin, Jonah minds the desk; Suki keeps practising.
        say(8, "07:30", frontDesk, marta, "Off to the Berlin convention, back Thursday. Jonah has the desk, be nice "
                + "to him");
        Post skin2 = say(8, "19:00", apprenticeCorner, suki, "skin no. 2, stretched harder like Jonah said. still "
                + "shaky on circles");
        re(8, "19:30", jonah, skin2, "much better. for circles, rotate the skin not your hand");
        re(8, "19:40", suki, skin2, "ohh that makes sense, trying tomorrow");
        say(9, "12:00", frontDesk, beth, "@Marta Kowalczyk one petal on the peony has gone a bit patchy, is a "
                + "touch-up free within the year?");
        say(9, "12:40", frontDesk, jonah, "Beth, yes, free touch-ups within 12 months. I'll pencil you in for "
                + "Marta's first day back, Friday 4pm ok?");
        say(9, "12:55", frontDesk, beth, "perfect, thank you Jonah");
        Post noorAsks = say(10, "10:00", frontDesk, noor, "@Jonah Reyes sent my sister your way, she's booked with "
                + "you for May! also: is it ok to swim 3 weeks after a new piece? holiday booked 🏖️");
        re(10, "11:00", jonah, noorAsks, "@Noor Haddad thank you!! 3 weeks is fine if it's peeled, no scabs. "
                + "sunblock on it always");
        say(10, "19:00", apprenticeCorner, suki, "circles skin. rotating the skin is a game changer");
        say(10, "19:20", apprenticeCorner, noor, "those circles look cleaner than my handwriting");
        say(11, "09:00", flash, jonah, "Spring flash: small moths, £90 each, 6 designs, book at the desk");
        say(12, "08:00", frontDesk, marta, "Back! Beth, see you Friday at 4 💉");
        Post skin3 = say(12, "18:00", apprenticeCorner, suki, "shading practice, whip shading. is the gradient too "
                + "harsh at the top?");
        re(12, "18:30", marta, skin3, "a bit, lighten your hand speed at the top and go over it twice, not once "
                + "hard");
        re(12, "18:45", suki, skin3, "will do, thank you Marta");
        say(14, "17:00", frontDesk, jonah, "I'm off on holiday till the 23rd 🌴 Marta's got you all");

        // Week 3: Cass asks the team about a cover-up; Rico pitches her by DM.
        say(15, "11:00", frontDesk, cass, "@Marta Kowalczyk @Jonah Reyes do you do cover-ups? I've got an ex's "
                + "name on my ankle 😬 would love it gone under some flowers");
        say(16, "10:00", flash, marta, "Flash Friday is back: 10 botanical pieces, £100 each");
        say(16, "12:30", dmRico, rico, "Hey Cass! saw your cover-up question. cover-ups are my speciality, I can "
                + "do your ankle in one sitting for £250, I've got next Thursday free. want me to hold it for you?");
        say(16, "13:10", dmRico, cass, "thanks, but I'd rather go with the studio, no offence");
        Post skin4 = say(16, "19:00", apprenticeCorner, suki, "first colour packing on skin, go easy lol");
        re(16, "19:30", marta, skin4, "packing is solid, edges a bit blown on the left. slower passes");
        say(17, "09:00", flash, marta, "3 of the Friday flash pieces already claimed, 7 left");
        say(17, "20:00", frontDesk, cass, "anyone? 🥲");
        say(18, "14:00", healed, beth, "touched-up peony, healed. you'd never know");
        say(18, "14:20", healed, marta, "@Beth Walsh perfect, thanks for the pic!");
    }
}
