package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 30 (sealed): eight communities of kinds no earlier round used (printmakers, stained-glass makers,
 * powerlifters, a rowing club, physiotherapists, allotment growers, a board-game café's own server, wildlife
 * rehabilitators), over three ISO weeks (2026-W20 to W22), written and labelled by writer30 before any coach ran on
 * them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-30.csv}. Run {@link #main} from the
 * project root to write the export again.
 */
final class HeldOutScenes30Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 5, 11);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. printmakers ---
    private final String inkwell = cast.guild(595);
    private final Channel inky = cast.channel(inkwell, "Inkwell Press Club", "general-inky",
            "chat, fairs, the print swap", "print-general-inky.json");
    private final Channel techniques = cast.channel(inkwell, "Inkwell Press Club", "techniques",
            "lino, screen, riso, etching: how-to questions", "print-techniques.json");
    private final Channel showPrints = cast.channel(inkwell, "Inkwell Press Club", "show-your-prints",
            "post your own pulls, proofs and editions", "print-show-your-prints.json");
    private final Channel printSale = cast.channel(inkwell, "Inkwell Press Club", "for-sale",
            "sell your own prints here, one post per listing per week", "print-for-sale.json");
    private final Persona odile = cast.person("odile.riso", "Odile Marchetti");
    private final Persona bram = cast.person("bram_cuts", "Bram Visser");
    private final Persona keziah = cast.person("kez.screens", "Keziah Lowe");
    private final Persona tamsin = cast.person("tamsin.g", "Tamsin Greer");
    private final Persona arjun = cast.person("arjun.p", "Arjun Pillai");
    private final Persona fern = cast.person("fern.o", "Fern Okonjo");
    private final Persona luca = cast.person("luca_b", "Luca Benedetti");

    // --- B. stained glass ---
    private final String leadline = cast.guild(596);
    private final Channel studio = cast.channel(leadline, "Leadline Glass Guild", "studio-chat",
            "anything glass, kilns, suppliers, gossip", "glass-studio-chat.json");
    private final Channel showGlass = cast.channel(leadline, "Leadline Glass Guild", "show-your-glass",
            "post your own panels, lamps and WIPs", "glass-show-your-glass.json");
    private final Channel glassCommissions = cast.channel(leadline, "Leadline Glass Guild", "commissions",
            "makers: post your open slots here. clients: tell us what you're after", "glass-commissions.json");
    private final Channel glassHelp = cast.channel(leadline, "Leadline Glass Guild", "help-desk",
            "cutting, foiling, leading, soldering questions", "glass-help-desk.json");
    private final Persona wendel = cast.person("wendel.frost", "Wendel Frost");
    private final Persona saoirse = cast.person("saoirse.q", "Saoirse Quill");
    private final Persona ingrid = cast.person("ingrid_h", "Ingrid Halvorsen");
    private final Persona harriet = cast.person("harriet.a", "Harriet Ambler");
    private final Persona pablo = cast.person("pablo.f", "Pablo Ferrer");
    private final Persona minnie = cast.person("minnie.o", "Minnie Ocampo");
    private final Persona rafe = cast.person("rafe.leaded", "Rafe Dunmore");
    private final Persona orla = cast.person("orla.b", "Orla Brennan");

    // --- C. powerlifting ---
    private final String ironBar = cast.guild(597);
    private final Channel liftGeneral = cast.channel(ironBar, "Iron Bar Barbell", "general-lifting",
            "chat, PRs, hot takes", "lift-general-lifting.json");
    private final Channel formCheck = cast.channel(ironBar, "Iron Bar Barbell", "form-check",
            "post a video and your numbers, get eyes on it", "lift-form-check.json");
    private final Channel meetPrep = cast.channel(ironBar, "Iron Bar Barbell", "meet-prep",
            "upcoming meets, sign-ups, attempt selection", "lift-meet-prep.json");
    private final Channel coaches = cast.channel(ironBar, "Iron Bar Barbell", "coaches-corner",
            "coaches: post your open slots here. lifters: ask for a coach", "lift-coaches-corner.json");
    private final Channel liftIntros = cast.channel(ironBar, "Iron Bar Barbell", "introductions",
            "introduce yourself: where you train, what you total, what you're chasing", "lift-introductions.json");
    private final Persona brock = cast.person("brock.strength", "Brock Halloran");
    private final Persona maren = cast.person("maren.vos", "Maren Vos");
    private final Persona sana = cast.person("sana.q", "Sana Qureshi");
    private final Persona ollie = cast.person("ollie_p", "Ollie Prentice");
    private final Persona dmitri = cast.person("dmitri.k", "Dmitri Kask");
    private final Persona leontyne = cast.person("leontyne.b", "Leontyne Brooks");
    private final Persona teodor = cast.person("teo.n", "Teodor Nilsson");
    private final Channel dmBrock = cast.dm(brock, "lift-dm-brock-halloran.json");

    // --- D. rowing club ---
    private final String wharfe = cast.guild(598);
    private final Channel clubhouse = cast.channel(wharfe, "Wharfe Rowing Club", "clubhouse",
            "general chat for members", "rowing-clubhouse.json");
    private final Channel crews = cast.channel(wharfe, "Wharfe Rowing Club", "crews",
            "crew lists and outings, posted by the captains. reply if you can't make it", "rowing-crews.json");
    private final Channel regattas = cast.channel(wharfe, "Wharfe Rowing Club", "regattas",
            "entries, sign-ups, draws and results", "rowing-regattas.json");
    private final Channel rowingKit = cast.channel(wharfe, "Wharfe Rowing Club", "kit-sales",
            "club kit orders and members' second-hand kit", "rowing-kit-sales.json");
    private final Channel ergRoom = cast.channel(wharfe, "Wharfe Rowing Club", "erg-and-technique",
            "splits, technique, damper wars", "rowing-erg-and-technique.json");
    private final Persona rhiannon = cast.person("rhiannon.captain", "Rhiannon Beck");
    private final Persona finn = cast.person("finn.ashby", "Finn Ashby");
    private final Persona gus = cast.person("gus.pemb", "Gus Pemberton");
    private final Persona aisling = cast.person("aisling.d", "Aisling Doyle");
    private final Persona kwame = cast.person("kwame.m", "Kwame Mensah");
    private final Persona piotr = cast.person("piotr.z", "Piotr Zielinski");
    private final Persona mabel = cast.person("mabel.t", "Mabel Thorne");

    // --- E. physiotherapists ---
    private final String collective = cast.guild(599);
    private final Channel caseChat = cast.channel(collective, "Physio Collective", "case-chat",
            "clinicians: anonymised cases, research, practice", "physio-case-chat.json");
    private final Channel referrals = cast.channel(collective, "Physio Collective", "referrals",
            "refer a patient to a colleague in their area", "physio-referrals.json");
    private final Channel askPhysio = cast.channel(collective, "Physio Collective", "ask-a-physio",
            "members of the public: general questions welcome, no diagnosis online", "physio-ask-a-physio.json");
    private final Channel cpd = cast.channel(collective, "Physio Collective", "cpd-and-courses",
            "courses, conferences, journal club", "physio-cpd-and-courses.json");
    private final Persona imogen = cast.person("imogen.physio", "Imogen Faraday");
    private final Persona tomasz = cast.person("tomasz.k", "Tomasz Kowal");
    private final Persona akua = cast.person("akua.b", "Akua Boateng");
    private final Persona ewan = cast.person("ewan.l", "Ewan Lindqvist");
    private final Persona celine = cast.person("celine.d", "Celine Dupuis");
    private final Persona hattie = cast.person("hattie.m", "Hattie Morrow");
    private final Persona deepak = cast.person("deepak.r", "Deepak Rao");
    private final Persona nora = cast.person("nora.runs", "Nora Fitzgerald");

    // --- F. allotments ---
    private final String brookside = cast.guild(600);
    private final Channel shed = cast.channel(brookside, "Brookside Allotments", "the-shed",
            "general chat for plot holders", "allot-the-shed.json");
    private final Channel seedSwap = cast.channel(brookside, "Brookside Allotments", "seed-swap",
            "offer or ask for seeds, seedlings and bits. free swaps only", "allot-seed-swap.json");
    private final Channel pests = cast.channel(brookside, "Brookside Allotments", "pests-and-problems",
            "slugs, blight, pigeons, mysteries", "allot-pests-and-problems.json");
    private final Channel committee = cast.channel(brookside, "Brookside Allotments", "committee-notices",
            "posted by the committee", "allot-committee-notices.json");
    private final Channel plotDiary = cast.channel(brookside, "Brookside Allotments", "plot-diary",
            "your plot, your progress: one post per visit", "allot-plot-diary.json");
    private final Persona nell = cast.person("nell.c", "Nell Carver");
    private final Persona bert = cast.person("bert.ingleby", "Bert Ingleby");
    private final Persona maud = cast.person("maud.p", "Maud Pennington");
    private final Persona gwilym = cast.person("gwilym.sec", "Gwilym Rees");
    private final Persona sunita = cast.person("sunita.plot14", "Sunita Bose");
    private final Persona alfie = cast.person("alfie.d", "Alfie Dawes");
    private final Persona rosalind = cast.person("rosalind.a", "Rosalind Achterberg");

    // --- G. board-game café (its own server, with its staff) ---
    private final String meeple = cast.guild(601);
    private final Role staff = cast.role("Staff", "#e67e22", 2);
    private final Channel events = cast.channel(meeple, "The Meeple House", "events",
            "game nights, tournaments, teach sessions", "games-events.json");
    private final Channel bookings = cast.channel(meeple, "The Meeple House", "bookings",
            "book a table, change a booking, ask the team", "games-bookings.json");
    private final Channel membersRoom = cast.channel(meeple, "The Meeple House", "members-room",
            "for Meeple Club members: what you're playing, trades, playtests", "games-members-room.json");
    private final Channel gamesGeneral = cast.channel(meeple, "The Meeple House", "general-chat",
            "anything goes", "games-general-chat.json");
    private final Persona priya = cast.person("priya.meeple", "Priya Raman", staff);
    private final Persona marco = cast.person("marco.meeple", "Marco Santangelo", staff);
    private final Persona declan = cast.person("declan.m", "Declan Moyo");
    private final Persona yusra = cast.person("yusra.h", "Yusra Haddad");
    private final Persona benji = cast.person("benji.c", "Benji Carmichael");
    private final Persona lottie = cast.person("lottie.f", "Lottie Farrow");
    private final Persona ivo = cast.person("ivo.p", "Ivo Petrov");
    private final Channel dmMarco = cast.dm(marco, "games-dm-marco-santangelo.json");

    // --- H. wildlife rehabilitators ---
    private final String hedgerow = cast.guild(602);
    private final Channel volunteers = cast.channel(hedgerow, "Hedgerow Wildlife Rescue", "volunteers-chat",
            "for rescue volunteers", "rehab-volunteers-chat.json");
    private final Channel rota = cast.channel(hedgerow, "Hedgerow Wildlife Rescue", "rota",
            "volunteer shifts: sign up for feeds, cleans and drives", "rehab-rota.json");
    private final Channel foundAnimal = cast.channel(hedgerow, "Hedgerow Wildlife Rescue", "found-an-animal",
            "members of the public: found an injured or orphaned animal? ask here, or ring the rescue line",
            "rehab-found-an-animal.json");
    private final Channel appeal = cast.channel(hedgerow, "Hedgerow Wildlife Rescue", "donations-drive",
            "our summer appeal: updates and ways to help", "rehab-donations-drive.json");
    private final Persona delphine = cast.person("delphine.hwr", "Delphine Ashcroft");
    private final Persona hamish = cast.person("hamish.t", "Hamish Tait");
    private final Persona esme = cast.person("esme.w", "Esme Whitlock");
    private final Persona gary = cast.person("stroud.removals", "Gary Stroud");
    private final Persona rowan = cast.person("rowan.k", "Rowan Kilbride");
    private final Persona priscilla = cast.person("priscilla.o", "Priscilla Onuoha");
    private final Persona jonah = cast.person("jonah.l", "Jonah Lister");

    private HeldOutScenes30Script() {
        super(new SceneIds(22000), FIRST_MONDAY, 21);
        printmakers();
        stainedGlass();
        powerlifting();
        rowing();
        physios();
        allotments();
        gamesCafe();
        wildlifeRescue();
    }

    /** File name to content of every channel of the round. */
    static Map<String, String> files() {
        return new HeldOutScenes30Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-30"), files(),
                "held-out round 30");
    }

    private void printmakers() {
        // Week 1: the print swap, a screen that washes out, a heron edition, a newcomer with a riso.
        say(1, "09:10", inky, tamsin, "morning all! swap-a-print sign-ups close Friday, form here: "
                + "https://forms.example/inkwell-swap-may");
        Post fernSwap = say(1, "09:40", inky, fern, "signed up! first time doing the swap, bit nervous lol");
        re(1, "10:02", bram, fernSwap, "@Fern Okonjo you'll be fine, everyone loves post that isn't bills");
        Post emulsion = say(1, "14:30", techniques, keziah, "my screen emulsion keeps washing out in the middle of "
                + "the design. 8 min under a 50W LED, tried longer and it still goes. help??");
        say(1, "14:55", techniques, arjun, "how far away is the lamp? 8 min sounds short for 50W unless it's right up "
                + "close");
        say(1, "15:20", techniques, keziah, "about 40cm, one coat each side");
        re(1, "18:05", bram, emulsion, "sounds underexposed in the middle, the edges get more light at that distance. "
                + "do a step test: cover strips and expose 6/8/10/12/14 min on one screen");
        say(1, "18:30", techniques, keziah, "ohh a step test. never thought of that, trying tomorrow");
        Post heron = say(2, "11:00", showPrints, bram, "new 3-colour reduction lino, 'Heron at Low Tide', edition "
                + "of 12 🐦");
        Post fernAsks = re(2, "11:14", fern, heron, "that blue!! is it going in the shop?");
        re(2, "13:40", bram, fernAsks, "yes, listing it in #for-sale this week, £45 unframed");
        say(2, "20:10", techniques, keziah, "step test done: 12 min was the one. thank you both 🙏");
        say(3, "09:30", printSale, bram, "Heron at Low Tide, reduction lino, edition of 12, 30x40cm, £45 + postage. "
                + "https://bramvisser.example/shop/heron");
        Post hebden = say(3, "10:15", inky, luca, "anyone going to the print fair in Hebden next month?");
        re(3, "16:40", tamsin, hebden, "I'm doing a table for the club! come say hi");
        Post odileHi = say(4, "08:50", inky, odile, "hiya, new here 👋 I run a tiny riso studio in Leeds, mostly "
                + "zines and two-colour posters");
        Post drums = re(4, "09:05", tamsin, odileHi, "welcome Odile! which drums have you got?");
        re(4, "09:30", odile, drums, "fluo pink, teal and black. the pink ends up on everything 😅");
        say(5, "19:00", techniques, luca, "why does my lino cutter keep skidding? blade is brand new");
        say(5, "19:40", techniques, arjun, "warm the lino first, radiator or hairdryer for 5 min. cold lino is hard "
                + "and the blade slips");
        say(5, "19:55", techniques, luca, "radiator trick worked, cheers");

        // Week 2: Odile's zine goes everywhere; she also answers a question about offsetting.
        say(8, "10:00", inky, odile, "new riso zine run is up! 'Small Birds of Canal Towpaths', 24 pages, £8 → "
                + "https://odileprints.example/shop/small-birds");
        say(8, "11:30", techniques, odile, "if anyone wants to see what fluo pink + teal overprinting does, my new "
                + "zine is full of it, £8 → https://odileprints.example/shop/small-birds");
        Post firstTwo = say(8, "12:05", showPrints, keziah, "first two-colour screen print!! registration is a bit "
                + "off on the left but I love it");
        re(8, "12:30", arjun, firstTwo, "registration looks fine to me, lovely crisp edges. the step test paid off");
        say(8, "14:20", printSale, odile, "Small Birds of Canal Towpaths, riso zine, 24pp, £8, ships from Leeds → "
                + "https://odileprints.example/shop/small-birds");
        Post framer = say(8, "15:10", inky, fern, "anyone know a framer who does odd sizes? I've got a 30x40 coming");
        re(8, "15:40", bram, framer, "Frameworks on Hill St did mine, fair prices and quick");
        Post offset = say(9, "09:20", techniques, keziah, "@Odile Marchetti how do you stop riso ink offsetting onto "
                + "the next sheet? a friend's prints all smudge");
        re(9, "17:45", odile, offset, "let them sit a full day before folding, and go heavier, 100gsm and up "
                + "helps a lot");
        say(10, "10:00", inky, tamsin, "swap-a-print pairs are out, check your DMs from me. posting deadline is the "
                + "29th");
        say(10, "12:00", inky, luca, "got my pair 🙌");
        Post stillThere = say(10, "13:10", printSale, fern, "is the heron still available @Bram Visser?");
        re(10, "13:50", bram, stillThere, "2 left! or I can hold one for you till the fair");
        Post streaky = say(11, "19:00", inky, odile, "does anyone else's drum go streaky in humid weather?");
        re(11, "19:25", arjun, streaky, "every summer. keep the master roll in its box till you need it");
        say(12, "09:00", inky, arjun, "https://mokuhanga.example/interview-2026");

        // Week 3: beginners, a first listing, the fair table.
        Post upside = say(15, "10:00", showPrints, luca, "first linocut edition, 8 prints, one of them upside down on "
                + "purpose (it isn't)");
        re(15, "10:20", keziah, upside, "😂😂");
        re(15, "10:30", tamsin, upside, "honesty is the best policy. lovely crisp cuts");
        Post starter = say(16, "14:00", techniques, fern, "total beginner q: is there a decent starter lino set that "
                + "isn't £80?");
        re(16, "14:40", arjun, starter, "the Essdee starter set is fine, about £20. upgrade the cutter later");
        re(16, "15:00", bram, starter, "+1, and a wooden spoon works as a baren");
        say(16, "15:30", techniques, fern, "ordered! you lot are the best");
        Post shedPrints = say(17, "11:00", printSale, keziah, "first listing! two-colour screen prints of my "
                + "allotment shed, A3, £18 each + £3 postage. DM me");
        re(17, "11:30", fern, shedPrints, "ah I'd love one, DMing");
        Post table = say(18, "16:00", inky, tamsin, "Hebden fair: 3 spaces left on the club table if anyone wants to "
                + "bring prints, put your name down: https://forms.example/inkwell-hebden-table");
        Post zinesToo = re(18, "16:30", odile, table, "ooh put me down, can I bring zines too?");
        re(18, "16:45", tamsin, zinesToo, "of course!");
    }

    private void stainedGlass() {
        // Week 1: commission slots, a supplier delay, foil that lifts, a happy client.
        say(1, "08:30", glassCommissions, wendel, "taking 3 commissions for June-July: door panels, transoms, small "
                + "lamps. DM me for a quote");
        Post reamy = say(1, "10:00", studio, saoirse, "@Wendel Frost did your reamy glass ever turn up from the "
                + "German supplier?");
        re(1, "10:40", wendel, reamy, "Tuesday, apparently. third delay. at this rate I'll start blowing my own");
        say(1, "10:45", studio, ingrid, "lol don't");
        Post foil = say(2, "19:00", glassHelp, minnie, "my foil keeps lifting off the edges after soldering, 7/32 "
                + "copper, burnished with a fid. whats going wrong?");
        re(2, "19:30", pablo, foil, "clean the edges with alcohol before foiling. any grease from the grinder and "
                + "it won't stick");
        say(2, "20:10", glassHelp, minnie, "I haven't been cleaning them at all 🙈 trying tomorrow");
        Post transom = say(3, "12:00", showGlass, ingrid, "finished a hallway transom for a client, 14 pieces, "
                + "antique amber");
        re(3, "12:20", saoirse, transom, "gorgeous streaks in that amber");
        re(3, "12:30", wendel, transom, "the leading is so clean");
        Post door = say(4, "09:00", showGlass, harriet, "not a maker, just a happy client! this is the panel "
                + "@Wendel Frost made for our front door last spring, still makes me smile every morning");
        Post aw = re(4, "09:45", wendel, door, "aw Harriet, this made my week. thank you ❤️");
        say(5, "18:00", glassHelp, minnie, "cleaning worked, foil is sticking!");
        say(5, "18:05", glassHelp, pablo, "🎉");

        // Week 2: Harriet's cracked quarry waits while Wendel talks lead came and kilns.
        Post cracked = re(8, "08:15", harriet, aw, "@Wendel Frost bit of a sad update: one of the small blue "
                + "quarries in the door cracked in that cold snap. Could you repair it, or would it need a whole new "
                + "panel? happy to pay of course");
        Post came = say(8, "10:00", studio, wendel, "@Ingrid Halvorsen what lead came do you use on big transoms? "
                + "1/4 H feels flimsy on the 90cm one I'm doing");
        Post rebar = re(8, "10:30", ingrid, came, "3/8 round for the perimeter, and tie in a rebar every 60cm or so");
        re(8, "10:50", wendel, rebar, "rebar, of course. thanks");
        say(9, "14:00", studio, saoirse, "kiln's free thursday if anyone wants to fuse");
        say(9, "14:20", studio, wendel, "@Saoirse Quill yes please, I've got some test tiles");
        say(9, "15:00", studio, saoirse, "👍");
        Post bathroom = say(10, "11:00", glassCommissions, orla, "looking for someone to make a small obscured panel "
                + "for a bathroom window, about 40x60, near Sheffield. budget around £200?");
        Post rafeOffer = re(10, "12:30", rafe, bathroom, "Hi Orla, I'm in Rotherham and do exactly this. seedy glass "
                + "with a clear border would come in around £170-190. happy to DM photos of ones I've done");
        re(10, "13:00", orla, rafeOffer, "yes please!");
        Post rust = say(11, "16:00", studio, wendel, "anyone else's grinder head rusting? second one this year");
        re(11, "16:30", pablo, rust, "change the water weekly and add a splash of coolant, mine stopped");
        say(11, "16:45", studio, wendel, "cheers Pablo");
        re(12, "09:30", harriet, cracked, "@Wendel Frost sorry to nudge, didn't want it to get lost. any chance you "
                + "could let me know if it's fixable before winter?");
        say(12, "17:00", studio, wendel, "@Ingrid Halvorsen rebar's in, the panel feels solid now. you're a star");
        say(12, "17:10", studio, ingrid, "told you 😎");

        // Week 3: the transom is done; one slot left; a sheet order split.
        Post done = say(15, "10:00", showGlass, wendel, "90cm transom done! 3/8 perimeter + rebar, thanks to this "
                + "lot");
        re(15, "10:20", saoirse, done, "stunning");
        re(15, "10:30", harriet, done, "😍");
        Post curve = say(16, "19:00", glassHelp, minnie, "how do you cut a deep inside curve without it cracking "
                + "across? lost 3 pieces tonight");
        re(16, "19:20", ingrid, curve, "score it as a series of shallow curves, tap from underneath, grind the rest. "
                + "never the whole curve in one go");
        say(16, "19:45", glassHelp, minnie, "ahh ok. thank you!");
        say(17, "12:00", glassCommissions, wendel, "one commission slot left for July, DM me");
        Post split = say(18, "11:00", studio, saoirse, "anyone want to split a sheet order? free delivery over £150");
        re(18, "11:15", wendel, split, "in, I need some opal white");
        re(18, "11:30", pablo, split, "me too, 2 sheets of cathedral green please");
    }

    private void powerlifting() {
        // Week 1: a meet, a squat, a newcomer, a DM from a coach she has never spoken to.
        say(1, "09:00", meetPrep, dmitri, "Northern Spring Open, Saturday 30 May: 14 of 24 platform spots left. "
                + "sign-up: https://forms.example/northern-spring-open");
        Post nap = say(1, "09:30", liftGeneral, teodor, "deadlifted 220 today and immediately needed a nap. is that "
                + "normal or am I 80");
        re(1, "09:40", leontyne, nap, "both");
        re(1, "10:15", brock, nap, "recovery is a skill like any other. sleep 8h, eat your protein");
        Post squat = say(2, "18:00", formCheck, ollie, "squat 160x3, knees cave on the last rep: "
                + "https://video.example/ollie-squat-160 . cues?");
        re(2, "18:30", maren, squat, "your hips shoot up first out of the hole. pause squats at 120 for 3 weeks, and "
                + "think 'spread the floor'");
        re(2, "19:10", brock, squat, "agree with Maren, and your stance could be a touch wider");
        say(2, "19:40", formCheck, ollie, "thanks both, pause squats it is");
        Post sanaHi = say(3, "08:00", liftIntros, sana, "hi all! I'm Sana, lifting 6 months at a council gym, total "
                + "240kg, want to do my first meet this year but no idea where to start 😅");
        re(3, "08:30", dmitri, sanaHi, "welcome Sana! the Spring Open is very beginner friendly, have a look in "
                + "#meet-prep");
        re(3, "09:00", leontyne, sanaHi, "welcome! first meets are the best, everyone cheers for everyone");
        say(3, "09:20", liftIntros, sana, "thank you both!!");
        say(4, "07:30", dmBrock, brock, "Hey Sana, saw your intro 👋 I take beginners to their first meet, 12-week "
                + "online program, £180 all in. book a free call here: https://cal.example/brock-halloran/intro");
        say(4, "12:10", dmBrock, sana, "oh thanks, I think I'll settle in a bit first");
        say(4, "13:00", coaches, maren, "2 meet-prep spots open for the autumn, £50/month, programming + weekly video "
                + "review. DM me");
        Post singlet = say(5, "17:00", meetPrep, sana, "what do I actually need to bring to the Spring Open? do I "
                + "need a singlet?");
        re(5, "17:30", dmitri, singlet, "singlet, long socks for deadlift, belt and wraps if you use them. I do a "
                + "first-timer briefing on the morning");
        say(5, "17:40", meetPrep, sana, "amazing 🙏");

        // Week 2: a lifter asks for a coach; bench form; the last spots; the club's kit poll.
        Post remote = say(8, "09:00", coaches, ollie, "anyone coach remotely for a first meet? I'm in Cumbria, "
                + "nothing near me");
        re(8, "09:45", maren, remote, "I do! £50/month, I'd need a week of training videos to start. happy to chat "
                + "first");
        re(8, "10:30", brock, remote, "I'm booked up till July, but Maren's great, go with her");
        re(8, "11:00", ollie, remote, "@Maren Vos DMing you now");
        say(9, "08:00", meetPrep, dmitri, "Spring Open: 6 spots left, sign-up closes Friday "
                + "https://forms.example/northern-spring-open");
        Post sumo = say(9, "18:00", liftGeneral, teodor, "hot take: sumo is a squat wearing a deadlift costume");
        re(9, "18:05", leontyne, sumo, "blocked");
        re(9, "18:10", brock, sumo, "reported to the federation");
        Post bench = say(10, "19:00", formCheck, sana, "first time posting form, bench 55x5, do my elbows flare? "
                + "https://video.example/sana-bench-55");
        re(10, "19:30", leontyne, bench, "tuck them a little on the way down and touch lower on your chest. bar path "
                + "looks good otherwise");
        re(10, "20:00", brock, bench, "what Leontyne said. also your feet float, plant them before you unrack");
        say(10, "20:15", formCheck, sana, "ohh my feet. thank you!");
        say(11, "09:00", meetPrep, dmitri, "2 spots left for the Open! https://forms.example/northern-spring-open");
        say(11, "09:20", meetPrep, sana, "took one! 😬😬");
        say(11, "09:30", meetPrep, teodor, "welcome to the suffering");
        Post poll = say(12, "12:00", liftGeneral, leontyne, "could everyone vote in the club kit poll? it's pinned "
                + "here, closes sunday. black or navy");
        re(12, "12:20", teodor, poll, "navy or riot");

        // Week 3: openers, a squat that got fixed, Brock's coaching post, Sana's meet.
        say(15, "10:00", meetPrep, dmitri, "attempt cards go in by Wednesday. first-timers: open with something you "
                + "could triple");
        Post opener = say(15, "10:30", meetPrep, sana, "@Dmitri Kask is 60 a sensible bench opener if my best is "
                + "62.5?");
        re(15, "11:00", maren, opener, "bit tight. open 55, you want three whites on your first day");
        say(15, "11:10", meetPrep, dmitri, "what Maren said");
        say(15, "11:20", meetPrep, sana, "55 it is");
        Post squat170 = say(16, "18:00", formCheck, ollie, "six weeks of pause squats later: 170x3, knees stay out 🙌 "
                + "https://video.example/ollie-squat-170");
        re(16, "18:20", maren, squat170, "beautiful. told you");
        Post coaching = say(17, "09:00", liftGeneral, brock, "online coaching for the second half of the year is "
                + "open, 3 spots, programming + weekly check-ins. details: https://brockstrength.example/coaching");
        Post cereal = re(17, "09:40", teodor, coaching, "do you coach people out of eating cereal at 2am");
        re(17, "09:45", brock, cereal, "that one's extra");
        Post medal = say(21, "10:00", liftGeneral, sana, "went 8/9 at my first meet yesterday!! 🥇 couldn't have done "
                + "it without this server");
        re(21, "10:10", leontyne, medal, "SANA!!!");
        re(21, "10:15", dmitri, medal, "you were brilliant on the platform");
    }

    private void rowing() {
        // Week 1: a novice's first outing, the regatta sheet, the club kit order, an erg for sale.
        Post wear = say(1, "08:30", clubhouse, finn, "morning! first outing on the water tomorrow, what do I wear? "
                + "it's 6am so I'm assuming cold");
        re(1, "09:10", mabel, wear, "layers, nothing baggy that catches the slide, and spare socks in a dry bag. "
                + "trust me on the socks");
        say(1, "09:20", clubhouse, finn, "socks noted!");
        Post crab = say(2, "12:00", clubhouse, finn, "survived!! only caught one crab");
        re(2, "12:05", aisling, crab, "one crab on a first outing is elite tbh");
        say(3, "10:00", regattas, rhiannon, "Wharfe Spring Regatta, Sat 30 May: entries close Sunday 24th. put your "
                + "name and boat class on the sheet: https://docs.example/spreadsheets/wharfe-spring-entries");
        Post twoK = say(3, "19:00", ergRoom, finn, "erg 2k 7:48. how do people go sub-7 😭");
        re(3, "19:40", kwame, twoK, "by doing what you're doing for about two years. for now: you rush the "
                + "recovery. slow slide = free speed");
        say(3, "20:00", ergRoom, finn, "slow slide, ok");
        say(4, "09:00", rowingKit, gus, "Club kit order open till the 27th: AIO £48, splash jacket £65, hoodie £35. "
                + "order form (size chart inside): https://forms.example/wharfe-kit-2026");
        say(4, "09:05", clubhouse, gus, "club kit order is open in #kit-sales, closes the 27th 👕");
        Post modelD = say(5, "17:00", rowingKit, piotr, "selling my Concept2 Model D, PM5, 9 years old but serviced, "
                + "£550, collection from Otley");
        Post brother = re(5, "17:20", aisling, modelD, "ooh my brother wants one, would it still be there at the "
                + "weekend?");
        re(5, "18:00", piotr, brother, "I'll hold it for him till sunday");

        // Week 2: the captain asks Finn twice; Finn posts elsewhere and never says.
        say(8, "07:00", crews, rhiannon, "Saturday 23rd novice outing, 7am. @Finn Ashby you're at bow in the novice "
                + "four. Can you confirm by Thursday so I can find a sub if not?");
        Post faster = say(8, "12:00", ergRoom, finn, "did the slow slide thing, 2k went 7:41!!");
        re(8, "12:30", kwame, faster, "told you. free speed");
        Post blisters = say(9, "18:00", clubhouse, finn, "anyone got tips for blisters? my hands are wrecked");
        re(9, "18:20", mabel, blisters, "don't pop them, tape over, and stop gripping like the handle owes you money. "
                + "loose fingers");
        re(9, "18:25", aisling, blisters, "and surgical spirit once they've healed to toughen them up");
        say(10, "09:00", regattas, rhiannon, "Spring Regatta: 9 crews in so far, sheet open till Sunday "
                + "https://docs.example/spreadsheets/wharfe-spring-entries");
        say(11, "07:30", crews, rhiannon, "@Finn Ashby still need to know about Saturday, are you in?");
        Post hungry = say(11, "20:00", clubhouse, finn, "is it normal to be this hungry after an outing lol");
        re(11, "20:10", aisling, hungry, "welcome to rowing, you eat like a horse now");
        say(12, "10:00", crews, rhiannon, "Saturday novice four: Mabel's subbing at bow. we'll miss you Finn");
        say(12, "19:00", rowingKit, gus, "kit order closes Wednesday! https://forms.example/wharfe-kit-2026");

        // Week 3: Finn comes back; damper wars; the regatta.
        say(15, "09:00", regattas, rhiannon, "entries closed: 11 crews! draw is out: "
                + "https://docs.example/spreadsheets/wharfe-spring-draw");
        Post sorry = say(15, "12:00", clubhouse, finn, "sorry for going quiet, exam week 🙈 @Rhiannon Beck I'm free "
                + "this Saturday if there's a seat?");
        re(15, "12:30", rhiannon, sorry, "no worries! bow seat in the novice four again, racing the regatta");
        Post damper = say(16, "18:00", ergRoom, aisling, "anyone else find the damper debate exhausting? I'm on 4 and "
                + "I'm not discussing it");
        re(16, "18:10", kwame, damper, "4 is correct. discussion over");
        re(16, "18:20", piotr, damper, "7, and I'll die on this hill");
        say(17, "09:00", rowingKit, piotr, "erg sold, thanks Aisling's brother 😄");
        Post results = say(20, "16:00", regattas, rhiannon, "Results: W8 2nd in the final, novice four won their "
                + "heat!! proud of you all 🚣");
        re(20, "16:30", finn, results, "WE WON A HEAT");
        re(20, "16:40", mabel, results, "never seen a cleaner catch from a novice bow");
    }

    private void physios() {
        // Week 1: a public question answered (and a private price when asked), a referral, an outcome measure.
        say(1, "09:00", cpd, celine, "journal club thursday 8pm: the new tendinopathy loading review");
        Post clicks = say(1, "10:00", askPhysio, hattie, "hi, not sure if this is allowed: my knee clicks going "
                + "downstairs but doesn't hurt. should I be worried?");
        Post clickAnswer = re(1, "11:30", tomasz, clicks, "painless clicking is very common and usually nothing to "
                + "worry about. if it starts to hurt, swell or lock, see someone in person");
        Post privately = re(1, "12:10", hattie, clickAnswer, "phew, thank you! do you see people privately? I'm in "
                + "Bristol");
        re(1, "13:00", tomasz, privately, "I do, at Harbourside Physio, initial assessment £55: "
                + "https://harbourside-physio.example/book . honestly, from what you describe you may not need it");
        Post acl = say(2, "14:00", referrals, akua, "patient moving to Glasgow next month, 10 weeks post ACL "
                + "reconstruction, needs someone for the return-to-run phase. anyone?");
        Post ewanTakes = re(2, "16:30", ewan, acl, "I can take them, I'm in Partick and do a lot of ACL rehab. send "
                + "details through the secure form");
        re(2, "16:45", akua, ewanTakes, "brilliant, thanks Ewan");
        Post ihot = say(3, "20:00", caseChat, imogen, "anyone using the iHOT for hips? feels long for older patients");
        re(3, "20:30", akua, ihot, "we use the short form, 12 items, much better completion");
        Post course = say(4, "09:00", cpd, ewan, "running my shoulder instability weekend again in September, £240, "
                + "early bird till June: https://ewanphysio.example/courses/shoulder");
        re(4, "10:00", celine, course, "did the spring one, it was brilliant");

        // Week 2: Imogen talks with colleagues all week, wants patients; two public questions wait.
        say(8, "08:00", caseChat, imogen, "morning all. quick poll: who still uses therapeutic ultrasound? heated "
                + "debate in my clinic");
        Post never = say(8, "08:20", caseChat, akua, "never. no evidence");
        re(8, "08:30", imogen, never, "@Akua Boateng that's what I said!! my colleague swears by it");
        Post expect = say(8, "09:00", caseChat, tomasz, "some patients expect it and the expectation does something. "
                + "but no");
        re(8, "09:15", imogen, expect, "@Tomasz Kowal placebo by machine, love it");
        Post newPatients = say(9, "12:00", caseChat, imogen, "how do you lot find new patients? my clinic's had a "
                + "quiet month and I'm starting to worry");
        Post gps = re(9, "12:40", celine, newPatients, "GP relationships mostly. and being seen locally, running "
                + "clubs love a talk");
        re(9, "13:00", imogen, gps, "@Celine Dupuis running clubs, good shout");
        Post word = re(9, "13:30", ewan, newPatients, "one happy patient telling their friends beats any ad");
        re(9, "13:45", imogen, word, "true, I just need the first few happy ones 😅");
        Post shin = say(10, "10:00", askPhysio, nora, "training for my first half marathon, the inside of my shin "
                + "hurts after 5k. rest or push through?");
        Post draft = say(10, "19:00", caseChat, imogen, "@Akua Boateng did you ever write up that case of the runner "
                + "with shin pain? would love to read it");
        re(10, "19:30", akua, draft, "still a draft! will share");
        say(11, "09:00", askPhysio, deepak, "my shoulder aches when I reach behind my back, 3 weeks now, no injury I "
                + "can think of. who should I see?");
        Post needling = say(11, "11:00", caseChat, imogen, "what's everyone's take on dry needling for shoulders? "
                + "doing the course next month");
        Post adjunct = re(11, "11:20", ewan, needling, "useful adjunct, not a treatment on its own");
        re(11, "11:30", imogen, adjunct, "@Ewan Lindqvist agreed, I just want another tool");
        Post friday = say(12, "08:00", caseChat, imogen, "happy friday all, still no new bookings this week 🙃");
        Post pickUp = re(12, "08:05", celine, friday, "it'll pick up, May is always slow");
        re(12, "08:10", imogen, pickUp, "hope so!");
        re(13, "18:00", nora, shin, "anyone? it's getting worse and the race is in 3 weeks");

        // Week 3: the public questions are answered at last; journal club; a referral out.
        re(15, "09:00", celine, shin, "sorry you waited! most likely shin splints from a quick jump in mileage. back "
                + "off to what's pain-free, build about 10% a week, calf raises daily. if it's one sore spot on the "
                + "bone, get it checked for a stress reaction");
        say(15, "09:20", askPhysio, nora, "it IS one spot 😬 getting it checked, thank you");
        Post reach = say(15, "09:30", askPhysio, celine, "@Deepak Rao could be a few things, a physio in person is "
                + "the right first stop, it's very treatable");
        re(15, "10:00", deepak, reach, "thanks!");
        Post jc = say(16, "14:00", caseChat, imogen, "@Celine Dupuis journal club was brilliant, are you doing the "
                + "next one?");
        re(16, "14:30", celine, jc, "yep, the 11th, ankle sprains");
        Post harrogate = say(17, "10:00", referrals, imogen, "anyone near Harrogate? patient wants someone closer to "
                + "home for lumbar rehab");
        re(17, "11:00", celine, harrogate, "Kit at Ripon Road is great, I'll DM you her details");
    }

    private void allotments() {
        // Week 1: the AGM, free seeds, a nettle plot, a tray of spare tomatoes, the plot diary.
        say(1, "09:00", committee, gwilym, "AGM Sunday 24th, 2pm in the hut. we'll vote on where the new water trough "
                + "goes; the poll for agenda items is pinned, please add yours by Friday");
        say(1, "18:00", plotDiary, sunita, "Plot 14: first earlies in, broad beans up, one pigeon sitting on the "
                + "netting looking smug");
        Post spares = say(2, "08:00", seedSwap, maud, "spare seeds: Crimson Flowered broad beans, Boltardy beetroot, "
                + "Cosmos Purity. free, just ask and I'll leave an envelope in the shed");
        Post cosmos = re(2, "09:30", alfie, spares, "could I have some cosmos? just took on plot 22 and it's all "
                + "nettles");
        re(2, "10:00", maud, cosmos, "of course! envelope with your name on it by tonight. welcome to the site");
        Post nettles = say(3, "19:00", shed, alfie, "ok, nettles: strim, dig or cover? plot 22 is waist high");
        re(3, "19:30", bert, nettles, "strim, then cardboard and black plastic till autumn, dig out the worst roots. "
                + "don't try to dig the lot at once, your back'll never forgive you");
        say(3, "20:00", shed, alfie, "cardboard it is, thanks Bert");
        say(4, "18:00", plotDiary, sunita, "Plot 14: carrots sown under fleece. cat has already inspected");
        Post tray = say(5, "10:00", shed, rosalind, "left a tray of spare tomato plants by the water trough, "
                + "Gardener's Delight, help yourselves");
        re(5, "11:00", alfie, tray, "took two, thank you!!");
        say(6, "17:00", plotDiary, sunita, "Plot 14: pigeon wins the brassica round. rematch next week");

        // Week 2: Nell asks, and asks, and asks; Bert's question back never gets an answer.
        Post blight = say(8, "09:00", pests, nell, "my greenhouse tomatoes have brown patches on the leaves and the "
                + "stems are going dark. is this blight?? help");
        re(8, "10:30", bert, blight, "sounds like it. take the bad leaves off and bag them (don't compost), water at "
                + "the base only and keep the door open for air");
        say(8, "10:45", pests, nell, "ty");
        say(9, "18:00", plotDiary, sunita, "Plot 14: pigeon rematch: lost. netting round two goes up tomorrow");
        Post slugs = say(10, "08:30", pests, nell, "now slugs have had every one of my lettuces overnight. what "
                + "works??");
        re(10, "09:15", maud, slugs, "beer traps and a torch hunt after dark, sorry, it's grim. wool pellets round "
                + "the seedlings helped me");
        say(10, "09:20", pests, nell, "thanks");
        Post alfieBlotch = say(11, "18:00", shed, alfie, "is anyone else's tomato plant getting brown blotches on the "
                + "leaves? worried it's the blight going round");
        Post leeks = say(11, "18:30", seedSwap, nell, "anyone got spare leek seedlings? mine all damped off");
        re(11, "19:00", maud, leeks, "I've got a dozen, I'll leave them by your gate");
        say(11, "19:10", seedSwap, nell, "thanks!");
        re(11, "20:30", rosalind, alfieBlotch, "could be. bag the bad leaves, water the base only, and give them air");
        Post onions = say(12, "17:00", pests, nell, "when do I lift onions? the tops are falling over");
        re(12, "17:40", bert, onions, "that's them telling you. give it a week after the tops fall, then lift on a "
                + "dry day and let them dry in the sun. @Nell Carver did the blight stop spreading? which variety "
                + "was it? I'm choosing what to grow next year");
        say(12, "19:00", committee, gwilym, "reminder: AGM Sunday 24th, add agenda items to the pinned poll by "
                + "tonight");
        Post canes = say(13, "10:00", seedSwap, nell, "does anyone have spare canes? need about 10");
        re(13, "10:30", sunita, canes, "loads, grab them from plot 14");
        say(13, "10:40", seedSwap, nell, "ty");
        say(13, "17:00", plotDiary, sunita, "Plot 14: first radishes! small, peppery, triumphant");

        // Week 3: AGM minutes, the site's petition, mildew, Nell's onions.
        Post minutes = say(15, "12:00", shed, gwilym, "AGM minutes: the trough moves to the north gate, subs stay at "
                + "£35. thanks to everyone who came");
        re(15, "12:30", bert, minutes, "good meeting, and the lemon drizzle was excellent");
        Post petition = say(16, "10:00", shed, alfie, "the council wants to sell the bottom field for parking. "
                + "petition: https://citizenvoice.example/p/brookside-bottom-field . please sign and share, it's our "
                + "site");
        re(16, "10:20", rosalind, petition, "signed");
        re(16, "10:30", maud, petition, "signed and sent to my sister");
        say(16, "11:00", seedSwap, alfie, "putting the petition here too in case people only read this channel: "
                + "https://citizenvoice.example/p/brookside-bottom-field");
        say(17, "18:00", plotDiary, sunita, "Plot 14: courgettes in. historically this ends with 400 courgettes");
        Post mildew = say(18, "09:00", pests, alfie, "white powder on my courgette leaves already?!");
        re(18, "09:40", rosalind, mildew, "powdery mildew. milk spray, 1 part to 9 water, and water the roots not "
                + "the leaves");
        say(18, "10:00", pests, alfie, "milk?! ok, trying it");
        Post army = say(19, "19:00", shed, nell, "my onions are all drying on the shed roof, they look like a little "
                + "army");
        re(19, "19:10", bert, army, "🧅🧅🧅");
    }

    private void gamesCafe() {
        // Week 1: the week's events, a first booking, a playtest call, Priya's days off, a birthday asked by DM.
        say(1, "10:00", events, priya, "This week at the Meeple House: Tues learn-to-play Wingspan, Thurs Catan "
                + "tournament (£5 entry, prizes), Sat family morning. book a table: https://meeplehouse.example/book");
        Post ti = say(1, "12:00", gamesGeneral, benji, "anyone up for Twilight Imperium? it's only 9 hours");
        re(1, "12:10", ivo, ti, "only");
        re(1, "12:30", yusra, ti, "I'll bring snacks and a sleeping bag");
        Post six = say(2, "15:00", bookings, lottie, "hi! first time visiting, can I book for 6 on Saturday evening? "
                + "one of us uses a wheelchair, is the ground floor ok?");
        re(2, "15:20", marco, six, "hi Lottie! yes, the ground floor is step-free and the accessible loo is right "
                + "there. you're down for 6 at 7pm Saturday");
        say(2, "15:30", bookings, lottie, "amazing, thank you!");
        Post playtest = say(3, "19:00", membersRoom, declan, "been designing a little co-op heist game for two years, "
                + "anyone up for a playtest on Sunday?");
        re(3, "19:20", yusra, playtest, "yes!!");
        re(3, "19:30", ivo, playtest, "me, if there's cake");
        say(4, "09:00", events, priya, "Catan tournament tonight, 3 seats left: https://meeplehouse.example/book");
        say(4, "09:15", bookings, priya, "heads up: I'm off from Friday, back on Wednesday. Marco's on bookings 🌴");
        say(6, "22:00", gamesGeneral, lottie, "we had the best night, thank you @Marco Santangelo, you taught us Azul "
                + "in 5 minutes flat");
        say(7, "11:00", dmMarco, lottie, "hey Marco, forgot to ask on Saturday: do you do birthday parties for kids?");
        say(7, "11:20", dmMarco, marco, "we do! Saturday mornings, £8 a head with squash and a games host. want me to "
                + "pencil you in for the 30th?");
        say(7, "11:30", dmMarco, lottie, "yes please! 8 kids, all chaos");

        // Week 2: Declan's Kickstarter in two rooms; a booking change while Priya is away; a poll.
        say(8, "10:00", membersRoom, declan, "playtest was brilliant, thank you all. the Kickstarter for Lockpick & "
                + "Lantern goes live today! early bird £28 for the first 48h: "
                + "https://kickstarter.example/projects/declanmoyo/lockpick-lantern");
        say(8, "12:00", gamesGeneral, declan, "my game Lockpick & Lantern is live on Kickstarter, early bird £28 till "
                + "tomorrow night 🔓 https://kickstarter.example/projects/declanmoyo/lockpick-lantern");
        Post moveIt = say(9, "10:00", bookings, benji, "@Priya Raman can we move our Friday booking from 7 to 8? the "
                + "TI crew runs late");
        re(9, "11:00", marco, moveIt, "@Benji Carmichael done, 8pm Friday, table 4 👍");
        Post clever = say(10, "18:00", membersRoom, yusra, "the playtest game is genuinely good, the lantern "
                + "mechanic is so clever");
        re(10, "18:30", declan, clever, "thank you Yusra 🥹");
        say(11, "09:00", events, priya, "back! Friday: 2-player night. Saturday: kids' birthday morning (we're "
                + "full). Sunday: Ark Nova teach. book: https://meeplehouse.example/book");
        say(11, "14:00", gamesGeneral, declan, "halfway funded!! thank you to everyone who backed 🥹");
        Post vote = say(12, "20:00", membersRoom, yusra, "please vote Cascadia in the café's game-of-the-month poll, "
                + "it deserves it 😤");
        re(12, "20:10", ivo, vote, "Cascadia propaganda detected");
        re(12, "20:15", benji, vote, "voted Cascadia, don't tell anyone");

        // Week 3: a dice tray asked about; the birthday; member perks; TI aftermath.
        Post tray = say(15, "12:00", membersRoom, ivo, "@Declan Moyo where did you get that walnut dice tray in your "
                + "playtest photo?");
        Post madeIt = re(15, "12:40", declan, tray, "I made it, offcuts from a friend's workshop. I sell a few, £30 + "
                + "postage: https://declanmoyo.example/trays");
        re(15, "13:00", ivo, madeIt, "ordering one");
        Post birthday = say(16, "19:00", bookings, lottie, "the birthday was perfect, @Priya Raman thank you for "
                + "running the games for the kids! the girls haven't stopped talking about it");
        re(16, "19:30", priya, birthday, "they were so much fun!! come back soon");
        say(17, "10:00", events, priya, "new: Meeple Club members get 10% off drinks from June. not a member yet? ask "
                + "at the counter");
        Post eleven = say(18, "18:00", gamesGeneral, benji, "TI took 11 hours. nobody won. we're friends again now");
        re(18, "18:10", yusra, eleven, "🫡");
        re(18, "18:20", marco, eleven, "the table's still sticky from the 2am nachos");
    }

    private void wildlifeRescue() {
        // Week 1: the rota, a daytime hedgehog (and a removal firm's price under it), the appeal, a fledgling.
        say(1, "08:00", rota, delphine, "this week: still need feeds Tues 6am and Thurs 10pm, and a clean on "
                + "Saturday: https://docs.example/spreadsheets/hedgerow-rota-may");
        Post gerald = say(1, "09:00", volunteers, hamish, "hoglet count this morning: 7. one of them bit me, he's "
                + "called Gerald now");
        re(1, "09:10", esme, gerald, "Gerald has earned it");
        Post daytime = say(2, "20:00", foundAnimal, rowan, "there's a hedgehog wandering round my garden in broad "
                + "daylight, a bit wobbly. is that bad? what do I do?");
        re(2, "20:15", esme, daytime, "yes, a hedgehog out in the day is usually in trouble. pop it in a high-sided "
                + "box with a towel and a wrapped hot water bottle, and ring the rescue line. no milk or bread!");
        re(2, "20:40", gary, daytime, "we do humane wildlife removal across the county, £80 call-out, can collect "
                + "tonight. ring 01632 960412 or book at https://stroudremoval.example/book");
        say(2, "20:50", foundAnimal, rowan, "it's in a box with a hot water bottle, calling the line now. thank you "
                + "Esme");
        say(3, "07:00", rota, delphine, "Tues 6am feed still open! "
                + "https://docs.example/spreadsheets/hedgerow-rota-may");
        say(3, "07:30", rota, jonah, "I'll take it, my name's in");
        say(3, "10:00", volunteers, delphine, "Rowan's hedgehog is in: dehydrated but eating. good work everyone");
        say(4, "09:00", appeal, delphine, "Our summer appeal is live! we need £3,000 for a new incubator and formula "
                + "for baby season. donate here: https://give.example/hedgerow-summer . every £5 feeds a hoglet for "
                + "a week");
        say(4, "09:20", volunteers, delphine, "appeal's up in #donations-drive, please share it with friends and "
                + "family 💚");
        Post fledgling = say(4, "12:00", foundAnimal, priscilla, "found a baby bird on the pavement, has feathers but "
                + "can't fly, no parents anywhere. should I bring it in?");
        re(4, "12:10", hamish, fledgling, "sounds like a fledgling: they leave the nest before they can fly and the "
                + "parents feed them nearby. if it's not hurt, pop it under a bush and watch from a distance for an "
                + "hour. these explain it well: https://rspb.example/advice/fledglings "
                + "https://bto.example/baby-birds https://wildlifetrust.example/found-a-baby-bird "
                + "https://rescue-line.example/when-to-call");
        say(4, "13:30", foundAnimal, priscilla, "watched from the window, mum came back and fed it!! thank you");
        Post fish = say(5, "19:00", volunteers, jonah, "first shift done, I smell of fish and I'm so happy");
        re(5, "19:10", esme, fish, "the fish smell is permanent, welcome");

        // Week 2: appeal updates, rota, a volunteer learning to weigh hoglets, Rowan asks after the hedgehog.
        say(8, "08:00", appeal, delphine, "Appeal update: £1,240 of £3,000 in four days 😭💚 thank you. "
                + "https://give.example/hedgerow-summer");
        say(8, "12:00", rota, delphine, "this week we need Weds 10pm and a Saturday clean "
                + "https://docs.example/spreadsheets/hedgerow-rota-may");
        Post howIsHe = say(9, "18:00", foundAnimal, rowan, "how's the hedgehog from last week doing?");
        re(9, "18:40", delphine, howIsHe, "she's doing great, 40g up, release in about two weeks 🦔");
        Post formula = say(10, "10:00", volunteers, esme, "did the formula supplier change? the new tubs smell "
                + "different");
        re(10, "10:40", hamish, formula, "same stuff, new factory, I asked them");
        Post enough = say(11, "20:00", volunteers, jonah, "question for the experienced lot: how do you tell a hoglet "
                + "is getting enough? weigh daily?");
        re(11, "20:30", esme, enough, "same time every day, they should gain 5-10g a day. log it on the chart by "
                + "the scales");
        say(11, "20:40", volunteers, jonah, "ahh the chart! thanks");
        Post bakery = say(12, "09:00", appeal, delphine, "£2,100! a bakery in town matched a day's takings. "
                + "https://give.example/hedgerow-summer");
        re(12, "09:30", hamish, bakery, "that bakery deserves all our custard slice money");

        // Week 3: the appeal closes, a fox with mange, release weekend.
        say(15, "09:00", appeal, delphine, "Appeal: £2,860, so close 🥹 https://give.example/hedgerow-summer");
        Post fox = say(15, "10:00", foundAnimal, priscilla, "a fox in our street has really bad mange, is there "
                + "anything we can do?");
        re(15, "11:30", esme, fox, "mange is treatable. if the fox comes by regularly we can arrange treatment in "
                + "food, message the rescue line with your postcode");
        say(15, "12:00", foundAnimal, priscilla, "it comes every evening, messaging now");
        say(16, "18:00", appeal, delphine, "WE DID IT. £3,120, incubator ordered. thank you all 💚");
        say(16, "18:10", volunteers, hamish, "🎉🎉🎉");
        say(16, "18:20", volunteers, jonah, "🦔💚");
        say(17, "08:00", rota, delphine, "release weekend needs 4 drivers on Saturday, sign up: "
                + "https://docs.example/spreadsheets/hedgerow-rota-may");
        say(17, "08:30", rota, jonah, "down for it");
        say(18, "19:00", volunteers, esme, "Gerald has been released!! bit me on the way out, classic Gerald");
    }
}
