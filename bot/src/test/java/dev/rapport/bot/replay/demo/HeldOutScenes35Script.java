package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 35 (sealed): eight communities of kinds no earlier round used (BMX riders, mural artists, pilates
 * instructors, occupational therapists, paragliders, a netball league, a wine shop's own server for sommeliers and
 * customers, roofers), over three ISO weeks (2026-W13 to W15), written and labelled by writer35 (session 29) before
 * any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-35.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes35Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 3, 23);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 4, 13, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. BMX riders ---
    private final String pegs = cast.guild(635);
    private final Channel bmxGeneral = cast.channel(pegs, "Dirt & Pegs", "general",
            "chat, sessions, injuries, bikes", "bmx-general.json");
    private final Channel bikeCheck = cast.channel(pegs, "Dirt & Pegs", "bike-check",
            "post your bike, get roasted", "bmx-bike-check.json");
    private final Channel bmxSale = cast.channel(pegs, "Dirt & Pegs", "for-sale",
            "sell your own parts and bikes", "bmx-for-sale.json");
    private final Channel jams = cast.channel(pegs, "Dirt & Pegs", "jams",
            "club jams and trips: dates and sign-ups", "bmx-jams.json");
    private final Persona kofi = cast.person("kofi.bars", "Kofi Mensah");
    private final Persona tamsin = cast.person("tamsin_rides", "Tamsin Hale");
    private final Persona rhys = cast.person("rhys.frames", "Rhys Penhallow");
    private final Persona jules = cast.person("jules.mod", "Jules Okafor");
    private final Persona benny = cast.person("bennybars", "Benny Castellano");
    private final Persona lio = cast.person("lio.pegs", "Lio Marchetti");

    // --- B. mural artists ---
    private final String wall = cast.guild(636);
    private final Channel studio = cast.channel(wall, "Wall Space", "studio-chat",
            "paint, scaffolds, weather, clients, everything", "mural-studio-chat.json");
    private final Channel wallsWanted = cast.channel(wall, "Wall Space", "walls-wanted",
            "got a wall? post it here; artists reply with their offer", "mural-walls-wanted.json");
    private final Channel muralIntros = cast.channel(wall, "Wall Space", "introductions",
            "introduce yourself and your work", "mural-introductions.json");
    private final Persona priya = cast.person("priya.paints", "Priya Ramaswamy");
    private final Persona dmitri = cast.person("dmitri.spray", "Dmitri Volkov");
    private final Persona carmen = cast.person("carmen.cafe", "Carmen Ibarra");
    private final Persona oskar = cast.person("oskar.webs", "Oskar Lindqvist");
    private final Persona nell = cast.person("nell.walls", "Nell Fairbairn");
    private final Persona tomasz = cast.person("tomasz.k", "Tomasz Krawiec");
    private final Channel dmOskar = cast.dm(oskar, "mural-dm-oskar.json");

    // --- C. pilates instructors ---
    private final String reformer = cast.guild(637);
    private final Channel pilGeneral = cast.channel(reformer, "Reformer Room", "general",
            "instructors' chat", "pilates-general.json");
    private final Channel teachingTips = cast.channel(reformer, "Reformer Room", "teaching-tips",
            "cueing, programming, tricky clients", "pilates-teaching-tips.json");
    private final Persona helene = cast.person("helene.core", "Helene Marchand");
    private final Persona anika = cast.person("anika.moves", "Anika Berg");
    private final Persona maud = cast.person("maud.p", "Maud Pellegrini");
    private final Persona sasha = cast.person("sasha.reform", "Sasha Novak");
    private final Persona inez = cast.person("inez.pil", "Inez Dalgaard");

    // --- D. occupational therapists ---
    private final String commons = cast.guild(638);
    private final Channel otChat = cast.channel(commons, "OT Commons", "staffroom",
            "chat for OTs and students", "ot-staffroom.json");
    private final Channel otCases = cast.channel(commons, "OT Commons", "case-questions",
            "anonymised case questions, ask for ideas", "ot-case-questions.json");
    private final Persona grace = cast.person("grace.ot", "Grace Adeyemi");
    private final Persona wen = cast.person("wen.li.ot", "Wen Li");
    private final Persona femi = cast.person("femi.o", "Femi Oduya");
    private final Persona rosalie = cast.person("rosalie.t", "Rosalie Tremblay");
    private final Persona hamish = cast.person("hamish.ot", "Hamish Baird");
    private final Persona keziah = cast.person("keziah.student", "Keziah Morgan");

    // --- E. paragliders ---
    private final String thermal = cast.guild(639);
    private final Channel pgChat = cast.channel(thermal, "Thermal Chasers", "chat",
            "anything flying", "pg-chat.json");
    private final Channel conditions = cast.channel(thermal, "Thermal Chasers", "launch-conditions",
            "one report per site per morning: wind, cloudbase, who's up", "pg-launch-conditions.json");
    private final Channel gearSwap = cast.channel(thermal, "Thermal Chasers", "gear-swap",
            "sell or swap your own gear", "pg-gear-swap.json");
    private final Persona ivo = cast.person("ivo.windsock", "Ivo Brandt");
    private final Persona ziggy = cast.person("ziggy.tandem", "Ziggy Aldana");
    private final Persona noor = cast.person("noor.p1", "Noor Haddad");
    private final Persona bea = cast.person("bea.glides", "Beatrix Holm");
    private final Persona cosmo = cast.person("cosmo.xc", "Cosmo Reinholt");
    private final Persona ottavia = cast.person("ottavia.f", "Ottavia Ferri");

    // --- F. netball league ---
    private final String league = cast.guild(640);
    private final Channel fixtures = cast.channel(league, "Riverside Netball League", "fixtures",
            "posted by the league secretary", "netball-fixtures.json");
    private final Channel nbChat = cast.channel(league, "Riverside Netball League", "chat",
            "league chat, lost kit, lifts", "netball-chat.json");
    private final Channel umpires = cast.channel(league, "Riverside Netball League", "umpires",
            "umpiring questions and rota swaps", "netball-umpires.json");
    private final Persona joy = cast.person("joy.secretary", "Joy Abernethy");
    private final Persona leah = cast.person("leah.gd", "Leah Whitcombe");
    private final Persona dee = cast.person("coach.dee", "Deirdre Nwosu");
    private final Persona shona = cast.person("shona.wa", "Shona McKee");
    private final Persona farah = cast.person("farah.c", "Farah Iqbal");
    private final Persona polly = cast.person("polly.gk", "Polly Tregenza");
    private final Persona marnie = cast.person("marnie.u", "Marnie Shaw");
    private final Channel dmDee = cast.dm(dee, "netball-dm-dee.json");

    // --- G. a wine shop's own server ---
    private final String cellar = cast.guild(641);
    private final Role teamRole = cast.role("Team", "#8e2f4f", 2);
    private final Channel cellarChat = cast.channel(cellar, "Cellar Door Wines", "tasting-room",
            "chat about what you're drinking", "wine-tasting-room.json");
    private final Channel arrivals = cast.channel(cellar, "Cellar Door Wines", "new-arrivals",
            "what just landed in the shop", "wine-new-arrivals.json");
    private final Channel orders = cast.channel(cellar, "Cellar Door Wines", "orders-help",
            "questions about your order", "wine-orders-help.json");
    private final Persona aurelie = cast.person("aurelie.somm", "Aurelie Fontaine", teamRole);
    private final Persona benoit = cast.person("benoit.cellar", "Benoit Garnier", teamRole);
    private final Persona gareth = cast.person("gareth.w", "Gareth Llewellyn");
    private final Persona hattie = cast.person("hattie.sips", "Hattie Brennan");
    private final Persona tobias = cast.person("tobias.douro", "Tobias Azevedo");
    private final Persona wilma = cast.person("wilma.r", "Wilma Rautio");
    private final Persona xander = cast.person("xander.p", "Xander Pryor");

    // --- H. roofers ---
    private final String slate = cast.guild(642);
    private final Channel roofTrade = cast.channel(slate, "Slate & Flash", "trade-talk",
            "roofers talking shop", "roof-trade-talk.json");
    private final Channel askRoofer = cast.channel(slate, "Slate & Flash", "ask-a-roofer",
            "homeowners: ask about your roof", "roof-ask-a-roofer.json");
    private final Channel hireRoofer = cast.channel(slate, "Slate & Flash", "hire-me",
            "roofers: post your area and availability", "roof-hire-me.json");
    private final Persona stu = cast.person("stu.slater", "Stuart Drummond");
    private final Persona callum = cast.person("callum.roofs", "Callum Rafferty");
    private final Persona gavin = cast.person("gavin.lead", "Gavin Postlethwaite");
    private final Persona pia = cast.person("pia.home", "Pia Sorensen");
    private final Persona marek = cast.person("marek.d", "Marek Dudek");
    private final Persona yvette = cast.person("yvette.h", "Yvette Harcourt");
    private final Channel dmYvette = cast.dm(yvette, "roof-dm-yvette.json");

    HeldOutScenes35Script() {
        super(new SceneIds(26000), FIRST_MONDAY, 21);
        bmx();
        murals();
        pilates();
        therapists();
        paragliders();
        netball();
        wineShop();
        roofers();
    }

    static Map<String, String> files() {
        return new HeldOutScenes35Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-35"), files(), "held-out round 35");
    }

    private void bmx() {
        // Week 1: Tamsin's first bike, Rhys asked for pegs, Jules's jam.
        Post first = say(1, "18:10", bmxGeneral, tamsin, "hey all, 34 and just bought my first bmx since i was 12 "
                + "lol. is it normal that my wrists hurt after 20 mins at the park??");
        re(1, "19:02", kofi, first, "totally normal at first. check your bars aren't rolled too far back, and "
                + "warm up your wrists, sounds daft but it helps");
        re(1, "19:30", tamsin, first, "bars are def rolled back, will fix tonight. thanks!!");
        say(1, "20:15", bmxGeneral, lio, "anyone at the pump track wed? lights are fixed apparently");
        say(1, "20:40", bmxGeneral, kofi, "wed after work yeah");
        say(2, "09:30", bmxSale, rhys, "4130 cromo frames, 20.75 and 21 tt, raw or black. £210. "
                + "https://penhallow-frames.example/frames");
        Post pegQ = say(2, "12:20", bmxGeneral, lio, "where do you lot get pegs that dont crack? snapped another "
                + "plastic one 🙃");
        re(2, "16:45", rhys, pegQ, "nylon sleeves on steel cores last way longer. I make steel-core ones in "
                + "the workshop, £28 a pair: https://penhallow-frames.example/pegs but any steel core beats "
                + "full plastic");
        re(2, "17:00", lio, pegQ, "ordering a pair, cheers Rhys");
        say(3, "19:00", jams, jules, "Easter jam at Crossways Sat 4 April, 11am. free, bring snacks. "
                + "names here so we know numbers: https://forms.example/dirtandpegs-easter-jam");
        say(3, "19:20", jams, kofi, "in");
        say(3, "21:05", bikeCheck, benny, "finally finished the build 🔥 "
                + "https://snapbinder.example/benny/build-final");
        Post roast = say(3, "21:06", bikeCheck, benny, "roast away");
        re(3, "21:30", kofi, roast, "tyres backwards. jk. clean af");
        re(3, "21:45", lio, roast, "those grips tho... nah its sick");
        re(3, "22:00", benny, roast, "the grips are staying 😂");
        say(4, "18:00", bmxGeneral, tamsin, "wrists way better with the bars rolled forward!! thank u Kofi");
        Post bunny = say(4, "18:02", bmxGeneral, tamsin, "next question: bunny hops. I can get the front up "
                + "but the back just... doesnt");
        re(5, "08:10", lio, bunny, "scoop with your feet and push the bars forward at the top. film it, "
                + "you'll see whats wrong");
        re(5, "12:40", tamsin, bunny, "filmed it. I'm just jumping off the pedals 😭 will try the scoop");
        say(6, "10:00", bmxGeneral, jules, "reminder the park's shut sunday morning for resurfacing");
        say(6, "10:30", bmxGeneral, benny, "noooo");

        // Week 2: Benny's edit goes everywhere; Tamsin's back wheel; the jam fills.
        say(8, "19:00", jams, jules, "Easter jam: 22 names so far, we need 2 more marshals. same form: "
                + "https://forms.example/dirtandpegs-easter-jam");
        say(9, "17:30", bmxGeneral, kofi, "broke a spoke on the big set today, walked home like a champion");
        say(9, "17:45", bmxGeneral, lio, "classic. rear?");
        say(9, "17:50", bmxGeneral, kofi, "rear. always the rear");
        say(9, "17:55", bmxGeneral, kofi, "selling my dignity, lightly used, £5 ono, DM me 😂");
        say(9, "18:00", bmxGeneral, lio, "💀");
        say(10, "20:00", bmxGeneral, benny, "NEW EDIT OUT 🎥 a year of crossways in 4 mins "
                + "https://youtube.example/watch?v=bennyxways");
        say(10, "20:04", bikeCheck, benny, "new edit is up, the build features heavily 😎 "
                + "https://youtube.example/watch?v=bennyxways");
        say(10, "20:09", bmxSale, benny, "new edit out!! https://youtube.example/watch?v=bennyxways");
        say(10, "20:30", bmxGeneral, lio, "the 360 at 2:10 😳");
        say(10, "20:35", bmxGeneral, kofi, "?! when did you learn that");
        say(10, "20:50", bmxGeneral, benny, "took 40 goes, there's a slam reel coming too lol");
        say(11, "18:20", bmxGeneral, tamsin, "BACK WHEEL LEFT THE GROUND. maybe 2 inches. i'm unstoppable");
        say(11, "18:25", bmxGeneral, kofi, "2 inches today, the kerb tomorrow 🙌");
        Post brake = say(12, "13:00", bmxGeneral, tamsin, "should I keep my rear brake or go brakeless like "
                + "everyone at the park?");
        re(12, "21:10", rhys, brake, "keep it while you're learning. brakeless is a style thing not a skill "
                + "thing, no shame in it");
        re(13, "07:50", tamsin, brake, "keeping it! ta");
        say(13, "11:00", bmxSale, lio, "selling my old 20.5 frame, rear triangle straight, £60 collect only");

        // Week 3: quieter; the jam happens.
        say(15, "19:00", jams, jules, "jam is saturday! marshals sorted, thanks Kofi and Lio. forecast dry");
        say(16, "08:30", bmxGeneral, benny, "anyone got a spare 3/8 axle nut? lost mine in the grass");
        say(16, "09:10", bmxGeneral, rhys, "got loads, I'll bring a couple sat");
        say(16, "09:15", bmxGeneral, benny, "legend");
        say(19, "18:00", bmxGeneral, tamsin, "first jam ever and nobody laughed at me. you lot are lovely");
        say(19, "18:20", bmxGeneral, jules, "you did the whole line!! proud of you");
        say(19, "19:00", bikeCheck, kofi, "post-jam bike check: mud. that's the check");
    }

    private void murals() {
        // Week 1: Dmitri introduces himself, Oskar's cold DM, Priya takes a wall.
        say(1, "10:00", muralIntros, dmitri, "hi! Dmitri, spray mostly, did a few legal walls in Bristol, "
                + "moving up north. work is at https://instagram.example/dmitri.spray");
        say(1, "11:20", muralIntros, nell, "welcome Dmitri! the Bristol wall with the heron?? that one's yours?");
        say(1, "11:40", muralIntros, dmitri, "haha yes the heron. took 4 days and 60 cans");
        say(1, "14:00", studio, oskar, "anyone else finding the new anti-graffiti coatings yellow really fast?");
        say(1, "15:30", studio, tomasz, "the cheap ones do. the sacrificial wax kind holds up better");
        say(2, "09:00", dmOskar, oskar, "Hi Dmitri, saw your intro. I build portfolio sites for muralists, "
                + "£300 flat, clients find you on google instead of instagram. grab 15 min here: "
                + "https://cal.example/oskar-web/intro");
        Post school = say(2, "11:00", wallsWanted, carmen, "our school playground wall, 12m x 2.5m, theme is "
                + "the river. budget about £2k. any takers?");
        re(2, "13:10", priya, school, "I'd love this one. I did the café on Mill St with you last summer, "
                + "same palette would work. around £1,900 with materials, DM me and I'll send sketches");
        re(2, "13:30", carmen, school, "Priya! yes please, DMing");
        re(2, "15:00", tomasz, school, "if Priya's busy I'm free from May, about the same price");
        say(3, "08:00", studio, nell, "scaffold tower vs cherry picker for a 6m gable, go");
        say(3, "08:30", studio, priya, "tower every time if the ground is flat, cherry pickers eat the budget");
        say(3, "08:40", studio, tomasz, "tower, and tie it in. learned that one the hard way");
        say(3, "09:10", studio, nell, "tower it is 🙏");
        say(4, "16:00", studio, dmitri, "what primer are you lot using on old render? mine keeps flaking");
        say(5, "10:20", studio, priya, "@Dmitri Volkov stabilising solution first, then a masonry primer. "
                + "flaking means the render is chalky");
        say(5, "10:45", studio, dmitri, "chalky is exactly the word. thanks!");

        // Week 2: Carmen's café wall peels and waits; Nell's competition; Priya talks shop.
        Post peel = say(8, "09:30", studio, carmen, "@Priya Ramaswamy you did our café wall last summer and "
                + "the varnish is lifting by the door where the bins go. could you come and look before it "
                + "gets worse? happy to pay for the fix");
        say(8, "12:00", studio, nell, "the city mural prize shortlist is out and I'm on it!! public vote till "
                + "friday, if you fancy it: https://citymurals.example/vote/nell-fairbairn");
        say(8, "12:10", studio, tomasz, "voted, well deserved");
        say(8, "12:30", studio, priya, "voted! the kingfisher one deserves it");
        say(8, "12:35", studio, nell, "ahh thank you both");
        say(9, "08:10", studio, priya, "@Tomasz Krawiec which sacrificial wax was it you meant? got a wall "
                + "by a bus stop next month");
        say(9, "10:00", studio, tomasz, "the one in the green tin, forget the name, I'll look tonight");
        say(9, "20:00", studio, tomasz, "it's the 'Shieldcoat' one. two coats");
        say(10, "07:30", studio, priya, "ta. anyone priced scaffold hire lately? mine's gone up 20%");
        say(10, "07:50", studio, nell, "same. everything's up");
        say(10, "09:00", studio, dmitri, "found a sign painter selling off old one-shot enamels, anyone want some? "
                + "free, just collect");
        say(11, "16:40", studio, priya, "sketches for the playground wall done, herons AND otters");
        say(11, "17:00", studio, nell, "otters!! yes");
        Post peel2 = re(11, "18:00", carmen, peel, "sorry to chase, the varnish thing is spreading. "
                + "is next week possible?");
        say(12, "08:00", studio, priya, "@Nell Fairbairn did the vote go your way?");
        say(12, "09:30", studio, nell, "results monday 🤞");
        say(13, "11:00", studio, dmitri, "first wall up north booked! a barber's shutter, small but it's a start");
        say(13, "11:30", studio, tomasz, "shutters are a great way in. congrats");
        say(13, "12:00", studio, nell, "check out my new scaffold bruise, it's shaped like Wales");
        say(13, "12:05", studio, priya, "🏴󠁧󠁢󠁷󠁬󠁳󠁿");

        // Week 3: Priya comes back to Carmen; Nell's news.
        re(15, "09:00", priya, peel2, "Carmen I'm so sorry, I missed both of these. I'll come Thursday "
                + "morning, no charge, it's my varnish failing");
        re(15, "09:20", carmen, peel2, "thank you! see you thursday");
        say(17, "18:00", studio, carmen, "¡gracias Priya! the kick plate is genius, the bin men can do their worst");
        say(15, "13:00", studio, nell, "came second in the city prize!! thanks for the votes everyone");
        say(15, "13:20", studio, dmitri, "second is huge, congrats");
        say(17, "17:00", studio, priya, "varnish fixed, it was a bin lorry scraping it. adding a kick plate");
        say(18, "10:00", studio, tomasz, "anyone going to the paint fair in Leeds? could share a car");
        say(18, "10:40", studio, dmitri, "me! I've no car yet so yes please");
    }

    private void pilates() {
        // Week 1: Helene's course, twice; Anika's insurance question answered the next day.
        say(1, "07:00", pilGeneral, inez, "6am reformer class had 9 people on a monday. who ARE these people");
        say(1, "07:20", pilGeneral, maud, "the same ones who fold their towels into squares");
        Post insurance = say(1, "21:00", pilGeneral, anika, "going freelance next month. does public liability "
                + "cover you teaching in someone else's studio or do I need something extra?");
        say(2, "08:00", teachingTips, sasha, "how do you cue neutral pelvis to someone who can't feel it at all?");
        say(2, "08:40", teachingTips, inez, "@Sasha Novak the teacup thing: pelvis is a bowl of tea, don't spill "
                + "forward or back. half of them get it instantly");
        say(2, "09:00", teachingTips, sasha, "teacup, love it, thanks");
        re(2, "12:30", maud, insurance, "check it says 'hired premises'. mine didn't and I needed an add-on. "
                + "I wrote up what I learned switching: https://maudmoves.example/blog/freelance-insurance");
        re(2, "13:00", anika, insurance, "hired premises, got it. great post Maud, thank you");
        say(3, "10:00", pilGeneral, helene, "my mat certification course is 30% off this week only, 8 weekends, "
                + "CPD points included → https://helene-pilates.example/mat-cert");
        say(3, "11:30", pilGeneral, inez, "anyone else's reformer springs squeaking after the cold snap?");
        say(3, "11:45", pilGeneral, maud, "WD40 on the hooks, never the springs themselves");
        say(4, "19:00", teachingTips, anika, "client with hypermobile knees keeps locking out on footwork. ideas?");
        say(4, "19:30", teachingTips, maud, "micro-bend cue plus a small ball between the knees, gives them "
                + "something to feel");
        say(4, "19:40", teachingTips, anika, "ball between the knees, trying tomorrow");
        say(5, "09:00", teachingTips, helene, "still 30% off my mat cert for two more days, if anyone's team "
                + "needs CPD → https://helene-pilates.example/mat-cert");
        say(5, "15:00", teachingTips, sasha, "thank you all for the cueing ideas this week");

        // Week 2: shop talk; Sasha takes, Maud and Inez give; Helene asks and answers.
        Post pricing = say(8, "20:00", pilGeneral, anika, "what are people charging for 1:1 reformer in a city? "
                + "I'm at £45 and feel cheap");
        re(8, "20:30", helene, pricing, "£60-70 round me. you're underpriced, honestly");
        re(8, "20:40", inez, pricing, "£55 and nobody's blinked");
        re(8, "21:00", anika, pricing, "raising to £55 from may then 😬");
        Post scoliosis = say(9, "12:00", teachingTips, sasha, "first client with scoliosis tomorrow, any "
                + "reading I should do tonight?");
        re(9, "13:10", maud, scoliosis, "ask what their physio said first, and skip loaded rotation until you "
                + "know which way the curve goes");
        re(9, "13:30", sasha, scoliosis, "thanks Maud");
        say(10, "08:00", pilGeneral, helene, "does anyone still use the paper sign-in sheets or has everyone "
                + "moved to an app?");
        say(10, "08:30", pilGeneral, maud, "app. paper got rained on once too often");
        say(10, "08:45", pilGeneral, helene, "ha, fair");
        Post box = say(11, "17:00", teachingTips, sasha, "short box series with a client who's 6'4, feet keep "
                + "coming out of the strap. help?");
        re(11, "18:00", inez, box, "move the box back a notch and pad the strap with a folded towel");
        re(11, "18:05", sasha, box, "thanks!!");
        say(12, "09:00", pilGeneral, inez, "teacup cue update: one client asked if it was earl grey");
        say(12, "09:10", pilGeneral, sasha, "😂😂");
        say(12, "09:30", pilGeneral, anika, "'is this a leg day' - every client, every class, forever");

        // Week 3: Sasha gives one back.
        Post pre = say(16, "10:00", teachingTips, anika, "pregnant client, 2nd trimester, wants to keep doing "
                + "reformer. what do you drop?");
        re(16, "11:00", sasha, pre, "I just did a prenatal module! no supine after 16 weeks in most guidance, "
                + "and watch for doming on anything ab-heavy. check with her midwife too");
        re(16, "11:20", anika, pre, "super useful, thank you Sasha");
        say(17, "18:00", pilGeneral, maud, "anyone selling a second hand wunda chair?");
        say(18, "09:00", pilGeneral, helene, "@Maud Pellegrini a studio near me is closing and selling kit, "
                + "I'll ask about the chair");
        say(18, "09:30", pilGeneral, maud, "you're a star");
    }

    private void therapists() {
        // Week 1: Keziah the student asks a lot and talks it through; Wen is away.
        say(1, "08:00", otChat, wen, "at the OT conference in Glasgow till thursday, slow replies from me");
        Post splint = say(1, "14:00", otCases, grace, "@Wen Li you did the hand splinting course last year, right? "
                + "would a resting splint or a functional one suit a client 6 weeks post-stroke with some tone "
                + "coming in?");
        say(2, "09:00", otChat, hamish, "does anyone else's trust still use paper home assessment forms?");
        say(2, "09:30", otChat, rosalie, "paper AND a tablet. the worst of both");
        Post placement = say(2, "19:00", otCases, keziah, "second-year student here. on placement in a memory "
                + "clinic and I'm lost on how to grade a kitchen task for someone with moderate dementia");
        re(2, "20:10", rosalie, placement, "break it down: tea making, but you set out only the cup and the "
                + "bag first. add one step a session. write down where it breaks");
        re(2, "20:40", keziah, placement, "so grade by how many items are out? that makes sense. I'll try "
                + "tea tomorrow");
        re(4, "17:00", keziah, placement, "did the tea! broke down at the kettle, she kept looking for the "
                + "stove. going to try a stovetop kettle next time");
        re(4, "18:00", rosalie, placement, "brilliant observation. that's exactly the kind of thing to write up");
        re(5, "10:00", wen, splint, "back! resting splint first while tone settles, review at 2 weeks. happy "
                + "to share the template I use if you want it");
        re(5, "10:30", grace, splint, "yes please, thank you Wen");
        say(5, "11:00", otChat, femi, "my caseload is 41 and I have 3 days a week. I am fine. everything is fine");
        say(5, "11:05", otChat, hamish, "41?! talk to your lead, that's not fine");
        say(5, "11:20", otChat, femi, "I know 😅 meeting next week");

        // Week 2: Femi is asked and never answers.
        Post hoist = say(8, "15:00", otCases, femi, "client needs a ceiling hoist but the landlord won't allow "
                + "drilling. anyone done a freestanding gantry in a rented flat?");
        re(8, "16:20", hamish, hoist, "yes, worked fine. measure ceiling height first, you need about 2.3m");
        re(9, "09:00", rosalie, hoist, "@Femi Oduya did the landlord refuse in writing? if it's a housing "
                + "association there's a disabled adaptations route. which borough is it?");
        say(9, "12:00", otChat, femi, "caseload meeting went ok, getting a band 5 to share");
        say(9, "12:10", otChat, grace, "yesss");
        Post keziahQ2 = say(10, "18:00", otCases, keziah, "how do you all write goals that aren't just "
                + "'improve independence'? my educator keeps sending mine back");
        re(10, "19:00", wen, keziahQ2, "make them SMART and in the person's words. 'make my own lunch 3 days "
                + "a week by june' beats anything with the word 'independence'");
        re(10, "19:15", keziah, keziahQ2, "in the person's words, oh. rewriting them tonight");
        re(11, "08:30", rosalie, hoist, "@Femi Oduya bumping this, the borough matters for the adaptations "
                + "grant");
        say(11, "13:00", otChat, femi, "anyone know a decent podcast for the commute? not work related lol");
        say(11, "13:20", otChat, hamish, "no work podcasts allowed, agreed");
        say(11, "13:40", otChat, keziah, "as a student I am legally required to recommend the one about "
                + "sleep. it's not work related if you listen to it asleep");
        say(12, "09:00", otChat, keziah, "goals came back with a tick!! thank you Wen");
        say(12, "20:00", otChat, grace, "splint template worked a treat, thanks again Wen");

        // Week 3: Keziah gives back; Hamish asks.
        Post fatigue = say(15, "10:00", otCases, hamish, "any good fatigue diaries for long covid that clients "
                + "actually fill in?");
        re(15, "11:30", keziah, fatigue, "our placement uses a traffic-light one, one line a day, clients "
                + "seem to like it. I can describe it if useful");
        re(15, "12:00", hamish, fatigue, "please do, one line a day sounds doable");
        re(15, "12:30", keziah, fatigue, "green amber red for each morning/afternoon/evening, and one box for "
                + "what drained them. that's it");
        say(17, "16:00", otChat, femi, "band 5 starts monday. I may sleep");
        say(18, "09:00", otChat, rosalie, "enjoy it, you've earned it");
    }

    private void paragliders() {
        // Week 1: Ivo's morning reports, Noor arrives, Ziggy pitches her.
        say(1, "07:05", conditions, ivo, "Westridge 07:00: W 8-12 km/h, cloudbase 1400m forecast, launch dry. "
                + "I'll be up from 10");
        say(2, "07:10", conditions, ivo, "Westridge 07:00: NW 15 gusting 25. nope. staying in bed");
        Post hello = say(2, "19:00", pgChat, noor, "hi everyone, just started my P1 course at the Westridge school, "
                + "ground handling all week and I've never been so sore. nice to find you all");
        re(2, "19:20", cosmo, hello, "welcome! ground handling is the whole game, enjoy the bruises");
        re(2, "19:45", ziggy, hello, "welcome! tandem flights from the east launch £120, great way to see what "
                + "it's all about before you go solo. DM me to book 🪂");
        re(2, "20:10", noor, hello, "thanks Cosmo! 😅");
        say(3, "07:00", conditions, ivo, "Westridge 07:00: W 10, blue sky, thermals by 11. go go go");
        say(3, "18:30", pgChat, cosmo, "62km today from Westridge!! cloudbase was 1600 over the reservoir");
        say(3, "18:40", pgChat, ottavia, "62?! you absolute unit. what was the climb over the quarry like");
        say(3, "18:55", pgChat, cosmo, "rough as anything, 4 m/s and punchy. worth it");
        say(3, "19:10", pgChat, ottavia, "che giornata. I sank out at the quarry twice, so. great. love that for me");
        say(4, "12:00", gearSwap, bea, "selling my Ozone Buzz Z6, size S, 2019, 140 hrs, trimmed last year. "
                + "£1,100 ono. photos: https://snapbinder.example/bea/buzz-z6");
        Post reserve = say(4, "20:00", pgChat, noor, "when do you need your own reserve? the school lends one "
                + "but people keep talking about repacking");
        re(5, "08:20", ottavia, reserve, "you'll need your own when you buy your harness, and repack every 6-12 "
                + "months. the school will sort the first one");
        re(5, "08:40", noor, reserve, "ok that's less scary than I thought, thanks Ottavia");
        say(6, "07:00", conditions, ivo, "Westridge 07:00: E 5, cloudbase 900. tiny day, ridge soaring only");

        // Week 2: Noor's first hop; Bea's wing; the club BBQ; Ziggy talks to pilots.
        say(8, "07:00", conditions, ivo, "Westridge 07:00: SW 12, rain from 2pm. morning window only");
        say(9, "07:00", conditions, ivo, "Westridge 07:00: W 8-10, cloudbase 1200. good learner day");
        say(9, "17:00", pgChat, noor, "FIRST HOP!!! 20 seconds in the air and I screamed the whole time");
        say(9, "17:10", pgChat, ottavia, "🎉🎉🎉");
        say(9, "17:20", pgChat, ziggy, "the scream is mandatory 😂 congrats Noor");
        say(9, "17:30", pgChat, noor, "hahaha thank you all");
        say(10, "11:00", pgChat, bea, "still have my Buzz Z6 for sale if anyone's moving up from a school wing, "
                + "it's in #gear-swap");
        Post bbq = say(10, "12:00", pgChat, ottavia, "club BBQ at the landing field Sat 11 April after flying, "
                + "bring your own meat/halloumi, add yourself so we buy enough charcoal: "
                + "https://forms.example/thermal-chasers-bbq");
        re(10, "12:30", cosmo, bbq, "added, bringing the big grill");
        say(11, "19:00", pgChat, ziggy, "@Cosmo Reinholt what's your xc setup on the vario now? still the "
                + "old one?");
        say(11, "19:40", pgChat, cosmo, "new one, the audio is so much better. the old one's yours for £40 if "
                + "you want it");
        say(11, "19:45", pgChat, ziggy, "deal, bring it saturday");
        say(12, "07:00", conditions, ivo, "Westridge 07:00: NW 20. grounded. BBQ prep instead");

        // Week 3: Noor's next step; Bea's wing sells.
        say(15, "07:00", conditions, ivo, "Westridge 07:00: W 10, cloudbase 1500. best day of the year so far");
        Post harness = say(15, "20:00", pgChat, noor, "thinking of buying a harness. seat or pod for a new "
                + "pilot? everyone has an opinion");
        re(16, "09:00", cosmo, harness, "seat harness with airbag for now. pods are for when you're going far");
        re(16, "09:30", bea, harness, "seat. and try before you buy, the school has demo ones");
        re(16, "10:00", noor, harness, "seat with airbag, trying the school's first. thank you both");
        say(17, "13:00", gearSwap, bea, "Buzz Z6 sold, thanks all");
        say(18, "19:00", pgChat, ottavia, "BBQ was perfect. Cosmo's grill deserves its own club membership");
        say(18, "19:20", pgChat, noor, "first BBQ, first hop, first bruises. best club");
    }

    private void netball() {
        // Week 1: fixtures, lost kit, Dee's coaching asked for.
        say(1, "09:00", fixtures, joy, "Week 1 fixtures: Tues 7pm Court 1 Swifts v Kestrels, Court 2 Otters v "
                + "Herons. Thurs 7pm Court 1 Ravens v Swifts");
        say(1, "18:00", nbChat, shona, "whoever took a navy WA bib home from court 2 on thursday, it's ours 😂");
        say(1, "18:20", nbChat, polly, "not us but I'll check our bag");
        Post shoot = say(2, "12:00", nbChat, farah, "does anyone do 1:1 shooting coaching? I'm GS and my "
                + "percentage has fallen off a cliff");
        re(2, "14:30", dee, shoot, "I do! £25 for an hour on the outside court, Sunday mornings. message me "
                + "and we'll find a slot");
        re(2, "15:00", farah, shoot, "perfect, messaging now");
        say(2, "15:10", dmDee, farah, "hi Dee, it's Farah from the Swifts. is this sunday any good? I'm free "
                + "from 9");
        say(2, "17:40", dmDee, dee, "hi Farah! 10am on the outside court works. bring your own ball if you "
                + "have one, £25 on the day, cash or transfer is fine");
        say(2, "17:45", dmDee, farah, "great see you then 🙌");
        say(7, "12:30", dmDee, farah, "thank you for this morning, my legs hate you");
        say(7, "12:50", dmDee, dee, "ha! that's the knees bending. same time next week?");
        say(7, "13:00", dmDee, farah, "yes please");
        Post contact = say(3, "20:00", umpires, marnie, "quick one for the umpires: obstruction when the "
                + "defender is 0.9m but leaning? I called it and got an earful");
        re(3, "21:00", dee, contact, "the lean counts if it reduces the space. you were right, stick to it");
        re(3, "21:10", marnie, contact, "thank you, felt like I was going mad");
        say(4, "10:00", nbChat, polly, "found the bib! bringing it tuesday @Shona McKee");
        say(4, "10:05", nbChat, shona, "hero");
        say(5, "19:00", nbChat, joy, "Team of the Season poll is up, one vote per player, closes Friday 10 "
                + "April: https://forms.example/riverside-team-of-season");

        // Week 2: Leah arrives and asks for votes; Joy's fixtures; the umpire rota.
        say(8, "09:00", fixtures, joy, "Week 2 fixtures: Tues 7pm Court 1 Herons v Ravens, Court 2 Kestrels v "
                + "Otters. Thurs rained off, rescheduled TBC");
        say(8, "19:00", nbChat, leah, "hi all, new to Kestrels, GD. could everyone vote for my sister's bakery "
                + "in the town awards? takes 10 seconds 🙏 https://townawards.example/vote/crumb-and-co");
        say(8, "19:05", umpires, leah, "hi umpires! would you mind voting for my sister's bakery in the town "
                + "awards? https://townawards.example/vote/crumb-and-co");
        say(8, "20:00", nbChat, polly, "welcome Leah! GDs are always in short supply");
        Post swap = say(9, "11:00", umpires, marnie, "can anyone swap umpiring Tues 14th? I'm at a wedding");
        re(9, "13:00", shona, swap, "I'll take it if you do my 28th");
        re(9, "13:10", marnie, swap, "done, thank you!");
        say(10, "18:30", nbChat, farah, "session with Dee on sunday, 7/10 from the post by the end 😭 "
                + "I'd forgotten how to bend my knees");
        say(10, "18:40", nbChat, dee, "you did the work! same time next week");
        say(11, "20:00", nbChat, joy, "reminder: Team of the Season poll closes Friday, 31 votes so far");
        say(12, "09:00", nbChat, leah, "who's got a lift to Thursday's rearranged game from the north side?");
        say(12, "10:00", nbChat, polly, "I can take 2 from the leisure centre car park");
        say(12, "10:10", nbChat, leah, "amazing, 1 please");

        // Week 3: results, and Leah settles in.
        say(15, "09:00", fixtures, joy, "Week 3 fixtures: Tues 7pm Court 1 Otters v Ravens, Court 2 Swifts v "
                + "Herons. Thurs 7pm Kestrels v Herons (rearranged)");
        say(15, "19:00", nbChat, joy, "Team of the Season results at the end-of-season social on the 25th!");
        say(16, "21:00", nbChat, leah, "first win with Kestrels!! these girls are mad and I love it");
        say(16, "21:10", nbChat, shona, "you were a wall at GD, welcome to the league properly");
        Post footwork = say(17, "12:00", umpires, leah, "is it footwork if you land on one foot, then put the "
                + "other down and pivot on it?");
        re(17, "13:00", marnie, footwork, "yes, the first foot down is your landing foot, you can only pivot on "
                + "that one");
        re(17, "13:10", leah, footwork, "ahh that explains the whistle. thanks!");
        say(18, "09:00", nbChat, farah, "9/10 from the post this week. Dee is a wizard");
    }

    private void wineShop() {
        // Week 1: the team posts arrivals; customers chat; Gareth's corked bottle.
        say(1, "10:00", arrivals, aurelie, "Just landed: Domaine Ravel Chinon 2022, bright, crunchy, £17.50. "
                + "https://cellardoor.example/shop/chinon-ravel-2022");
        say(1, "18:00", cellarChat, wilma, "opened the Chinon tonight with roast chicken. stupidly good");
        say(1, "18:30", cellarChat, xander, "chill it a little next time, it's even better at cellar temp");
        say(1, "18:40", cellarChat, wilma, "fridge for 20 mins? will try");
        Post corked = say(2, "12:00", orders, gareth, "@Benoit Garnier got the Jura case from you in Feb, two "
                + "bottles of the savagnin are corked 😢 any chance of swapping them?");
        say(2, "12:05", cellarChat, benoit, "off to Burgundy for the en primeur tastings till Tuesday, "
                + "Aurelie has the shop 🍇");
        re(2, "15:00", aurelie, corked, "so sorry Gareth! bring them in any time or we'll add two to your "
                + "next delivery, whichever is easier");
        re(2, "15:20", gareth, corked, "next delivery please, thank you!");
        Post pairing = say(3, "19:00", cellarChat, hattie, "what do people drink with a really spicy "
                + "sichuan dish? red wine just tastes hot");
        re(3, "19:30", xander, pairing, "off-dry riesling. the sugar calms the chilli");
        re(3, "20:10", aurelie, pairing, "+1 to riesling, or a chilled gamay if you want red");
        re(3, "20:30", hattie, pairing, "off-dry riesling it is, thank you both");
        say(4, "11:00", arrivals, aurelie, "Back in stock: the Greek assyrtiko everyone asked for, £19. "
                + "https://cellardoor.example/shop/assyrtiko");
        say(5, "21:00", cellarChat, tobias, "hi all, Portuguese wine nerd here, long-time customer, "
                + "finally joined the server");
        say(5, "21:15", cellarChat, wilma, "welcome! what should we be drinking from Portugal?");
        say(5, "21:30", cellarChat, tobias, "anything from the Dão. underrated and cheap");
        say(5, "21:40", cellarChat, wilma, "noted! saúde 🍷");

        // Week 2: Tobias plugs his tours; Benoit back; Hattie orders.
        say(8, "10:00", cellarChat, benoit, "back from Burgundy, 2025 is going to be lovely. en primeur list "
                + "out next week");
        say(9, "12:00", cellarChat, tobias, "my Douro wine tours have spaces in May, €95 a day with lunch at a "
                + "quinta, book here: https://douro-tobias.example/tours");
        say(9, "13:00", cellarChat, xander, "the Douro in May sounds lovely tbh");
        say(10, "09:00", arrivals, benoit, "En primeur Burgundy list is live, order by 30 April: "
                + "https://cellardoor.example/en-primeur-2025");
        Post ep = say(10, "11:00", orders, wilma, "for the en primeur, is the price in bond or duty paid?");
        re(10, "11:40", benoit, ep, "in bond, duty and VAT when you take delivery. I'll add that to the page");
        re(10, "11:45", wilma, ep, "thanks Benoit");
        say(11, "20:00", arrivals, tobias, "if anyone fancies the Douro after all these arrivals, my tours "
                + "still have May spaces, €95: https://douro-tobias.example/tours");
        say(12, "19:00", cellarChat, hattie, "just ordered the mixed Loire case, can't wait");
        say(12, "19:10", cellarChat, gareth, "the Loire case is great, I had it at christmas");

        // Week 3: Hattie's order waits on Aurelie, who keeps posting arrivals.
        Post tracking = say(15, "10:00", orders, hattie, "@Aurelie Fontaine I ordered the mixed Loire case on "
                + "Sunday, the tracking still says 'label created'. has it gone out? it's for a dinner Saturday");
        say(15, "14:00", arrivals, aurelie, "New: a skin-contact pinot gris from Alsace, amber and weird in the "
                + "best way, £22. https://cellardoor.example/shop/pinot-gris-orange");
        say(16, "09:00", cellarChat, aurelie, "who's coming to the Thursday tasting? six spaces left");
        say(16, "09:20", cellarChat, xander, "me + 1");
        re(16, "18:00", hattie, tracking, "@Aurelie Fontaine sorry to nag, still nothing, dinner's in 3 days");
        say(17, "11:00", arrivals, aurelie, "Just in: Jura chardonnay, ouillé style, £24. "
                + "https://cellardoor.example/shop/jura-chardonnay");
        say(18, "19:00", cellarChat, gareth, "the two replacement savagnins arrived, both perfect. thank you!");
        say(19, "10:00", cellarChat, wilma, "tasting was brilliant, the orange pinot gris divided the room");
        say(19, "10:20", cellarChat, aurelie, "it always does 😄 thanks for coming everyone");
    }

    private void roofers() {
        // Week 1: Stu puts his area up; Pia's leak; trade talk.
        say(1, "08:00", hireRoofer, stu, "Stuart Drummond, slate and lead, Harrogate and 20 miles round. "
                + "booking from mid April, quotes free. message me");
        say(1, "08:30", hireRoofer, callum, "Callum Rafferty, flat roofs and EPDM, Leeds. free most of April");
        say(1, "12:00", roofTrade, gavin, "anyone else had lead nicked off a job overnight this month? third "
                + "time round here");
        say(1, "12:20", roofTrade, stu, "twice. we don't leave it on site now, van's locked in the yard");
        Post leak = say(2, "20:00", askRoofer, pia, "water coming in round the chimney after heavy rain. "
                + "terraced house, slate roof. is that flashing or the pointing? and is anyone near Leeds who "
                + "could take a look?");
        re(3, "07:30", callum, leak, "usually the flashing or the back gutter behind the stack. I'm in Leeds, "
                + "£80 to come and look, takes out of the quote if you go ahead. message me");
        re(3, "08:10", pia, leak, "thank you! messaging");
        say(3, "18:00", roofTrade, gavin, "code 4 or code 5 for a chimney back gutter these days?");
        say(3, "18:15", roofTrade, stu, "code 5. 4 tears if the stack moves at all");
        say(3, "18:30", roofTrade, callum, "5, and don't skimp on the soakers");
        Post moss = say(4, "10:00", askRoofer, yvette, "is it worth getting moss scraped off a concrete tile "
                + "roof or is that a scam? got quoted £400");
        say(5, "09:00", roofTrade, marek, "new to this, 2nd year apprentice. how do you lot stop your knees "
                + "dying on slate?");
        say(5, "09:20", roofTrade, gavin, "proper knee pads AND a roof ladder, not just the pads");
        say(5, "09:30", roofTrade, marek, "ta");

        // Week 3 of shop talk (week 2): Stu only talks to the trade while homeowners wait.
        say(8, "07:00", roofTrade, stu, "@Gavin Postlethwaite did you get that Welsh slate from the reclaim "
                + "yard or new?");
        say(8, "07:30", roofTrade, gavin, "reclaim, half the price and better");
        say(8, "07:40", roofTrade, stu, "which yard? I've got a whole barn to match");
        say(8, "08:00", roofTrade, gavin, "the one off the A59, ask for Terry");
        say(8, "08:10", roofTrade, stu, "cheers, going tomorrow");
        Post valley = say(8, "19:00", askRoofer, yvette, "valley between two roofs drips in one corner only. "
                + "roofer who built the extension has gone bust. what should I ask for when I get someone in?");
        say(9, "12:00", roofTrade, stu, "@Callum Rafferty you do EPDM, what's your go-to adhesive in the cold?");
        say(9, "12:40", roofTrade, callum, "the solvent one, water based won't cure under 5 degrees");
        say(9, "12:45", roofTrade, stu, "knew it. I've been fighting the water based all week");
        say(9, "13:00", roofTrade, callum, "👍");
        say(10, "07:30", roofTrade, stu, "reclaim yard was a goldmine, 2000 Welsh slates, matched the barn");
        say(10, "07:50", roofTrade, gavin, "told you. Terry's a legend");
        say(10, "08:00", roofTrade, stu, "@Gavin Postlethwaite owe you a pint");
        Post gutter = say(10, "18:00", askRoofer, pia, "Callum fixed my flashing, dry as a bone now 🙌 "
                + "separate question: the gutter overflows at one end every storm. clean gutters. any idea?");
        say(11, "09:00", roofTrade, stu, "anyone used the new breathable membranes on a cold roof? sales rep "
                + "swears by them");
        say(11, "09:30", roofTrade, gavin, "only on a warm roof, not convinced on a cold one");
        say(11, "09:40", roofTrade, stu, "same worry. will stick with what I know");
        say(11, "10:00", roofTrade, marek, "thanks for the knee pad tip last week, already better");
        re(11, "19:00", callum, gutter, "glad it's dry! the gutter probably needs more fall to the outlet, or "
                + "there's a sag at that end. a level on it will tell you");
        re(11, "19:30", pia, gutter, "it definitely sags, thank you");
        say(12, "08:00", roofTrade, stu, "@Callum Rafferty fancy splitting a skip on the Otley job next week?");
        say(12, "08:20", roofTrade, callum, "go on then");

        // Week 3: Stu finally looks at the homeowners; Marek asks and answers.
        re(15, "07:30", stu, valley, "sorry this sat so long. ask them to check the valley lining and the "
                + "tile cut along it, a drip in one corner is often a split lead lining. I'm Harrogate way if "
                + "you're near");
        re(15, "08:00", yvette, valley, "I'm in Knaresborough! messaging you, thank you");
        say(15, "08:05", dmYvette, yvette, "hi Stuart, it's Yvette from the valley question. when could you "
                + "come and look?");
        say(15, "09:30", dmYvette, stu, "morning Yvette, Friday 8am any good? the look and the quote are free, "
                + "if it's the lining it's usually £350-500 depending on length");
        say(15, "09:45", dmYvette, yvette, "friday is perfect. address coming separately");
        re(15, "08:10", stu, moss, "late on this too, sorry: on concrete tiles moss is mostly cosmetic, £400 "
                + "is steep unless they're treating it too");
        say(16, "09:00", roofTrade, marek, "what's the rule of thumb for slate gauge on a 30 degree pitch?");
        say(16, "09:40", roofTrade, gavin, "depends on the slate length, get the BS chart, don't guess");
        say(16, "10:00", roofTrade, marek, "got it, ta");
        Post skylight = say(17, "14:00", askRoofer, pia, "last one I promise: condensation dripping off the "
                + "inside of a velux every morning. is that the roof or us?");
        re(17, "16:30", marek, skylight, "usually you, not the roof: warm wet air hitting cold glass. open the "
                + "trickle vent and run the bathroom fan longer. we get called out for it all the time");
        re(17, "17:00", pia, skylight, "trickle vent was shut 🙈 thanks Marek");
        say(18, "08:00", roofTrade, gavin, "scaffold firm round here has doubled prices, anyone got another?");
        say(18, "08:30", roofTrade, callum, "the Otley lot are fair, I'll dm you the number");
    }
}
