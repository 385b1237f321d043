package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 38 (sealed): eight communities (court reporters, a blacksmith forge's own server, a canoe club, dog
 * groomers, piano tuners, a model railway club, wedding DJs, sourdough bakers), over three ISO weeks (2026-W17 to W19),
 * written and labelled by writer38 (session 30) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-38.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes38Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 4, 20);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 5, 11, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. court reporters ---
    private final String verbatim = cast.guild(659);
    private final Channel crGeneral = cast.channel(verbatim, "Verbatim Lounge", "general",
            "chat for stenographers, voice writers and scopists", "cr-general.json");
    private final Channel crHelp = cast.channel(verbatim, "Verbatim Lounge", "steno-help",
            "theory, briefs, dictionaries, CAT software", "cr-steno-help.json");
    private final Channel crJobs = cast.channel(verbatim, "Verbatim Lounge", "job-board",
            "agencies post coverage they need, reporters reply in thread", "cr-job-board.json");
    private final Persona maribel = cast.person("maribel.q", "Maribel Quintero");
    private final Persona desmond = cast.person("des.okafor", "Desmond Okafor");
    private final Persona colette = cast.person("colette.baptiste", "Colette Baptiste");
    private final Persona tobias = cast.person("tobias.scopes", "Tobias Lindqvist");
    private final Persona priya = cast.person("priya.r.steno", "Priya Raman");
    private final Persona harold = cast.person("harold.ek", "Harold Ekwueme");

    // --- B. a blacksmith forge's own server ---
    private final Role forgeTeam = cast.role("Team", "#b5542f", 2);
    private final String anvil = cast.guild(660);
    private final Channel forgeNews = cast.channel(anvil, "Anvil & Ember Forge", "announcements",
            "news from the forge", "forge-announcements.json");
    private final Channel forgeShop = cast.channel(anvil, "Anvil & Ember Forge", "shop",
            "new pieces, restocks and prices from the forge team", "forge-shop.json");
    private final Channel forgeHelp = cast.channel(anvil, "Anvil & Ember Forge", "customer-help",
            "questions about your knives and tools, care, orders", "forge-customer-help.json");
    private final Channel forgeHearth = cast.channel(anvil, "Anvil & Ember Forge", "hearth",
            "off-topic chat for everyone", "forge-hearth.json");
    private final Persona brann = cast.person("brann.forge", "Brann Halvorsen", forgeTeam);
    private final Persona isolde = cast.person("isolde.m", "Isolde Marsh", forgeTeam);
    private final Persona felix = cast.person("felixg", "Felix Garside");
    private final Persona ottilie = cast.person("ottilie.v", "Ottilie Vance");
    private final Persona rufus = cast.person("rufus.sharp", "Rufus Penhallow");
    private final Persona wynn = cast.person("wynn_c", "Wynn Caddick");
    private final Persona leontine = cast.person("leontine.a", "Leontine Ashby");

    // --- C. canoe club ---
    private final String riverside = cast.guild(661);
    private final Channel canoeNews = cast.channel(riverside, "Riverside Paddlers", "club-news",
            "committee notices", "canoe-club-news.json");
    private final Channel canoeTrips = cast.channel(riverside, "Riverside Paddlers", "trips",
            "trip plans, sign-ups and lift shares", "canoe-trips.json");
    private final Channel canoeChat = cast.channel(riverside, "Riverside Paddlers", "paddle-chat",
            "everything else", "canoe-paddle-chat.json");
    private final Persona gwendolyn = cast.person("gwen.reyes", "Gwendolyn Reyes");
    private final Persona anselm = cast.person("anselm.b", "Anselm Braithwaite");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");
    private final Persona callum = cast.person("callum.frew", "Callum Frew");
    private final Persona bettina = cast.person("bettina.s", "Bettina Sørlie");
    private final Persona ike = cast.person("ike.paddles", "Ike Mensah");
    private final Persona petra = cast.person("petra.kow", "Petra Kowalczyk");

    // --- D. dog groomers ---
    private final String groomRoom = cast.guild(662);
    private final Channel dgGeneral = cast.channel(groomRoom, "Groom Room Collective", "general",
            "groomers and owners, chat", "dog-general.json");
    private final Channel dgHelp = cast.channel(groomRoom, "Groom Room Collective", "grooming-help",
            "coat care, tools, behaviour on the table", "dog-grooming-help.json");
    private final Channel dgSale = cast.channel(groomRoom, "Groom Room Collective", "for-sale",
            "sell your kit, products and services, one post per item", "dog-for-sale.json");
    private final Persona delphine = cast.person("delphine.suds", "Delphine Arceneaux");
    private final Persona marcus = cast.person("marcus.t", "Marcus Tebbit");
    private final Persona keziah = cast.person("keziah.h", "Keziah Holm");
    private final Persona florian = cast.person("florian.w", "Florian Weiss");
    private final Persona sunniva = cast.person("sunniva.blades", "Sunniva Dahl");
    private final Persona amira = cast.person("amira.b", "Amira Bassett");

    // --- E. piano tuners ---
    private final String tuningFork = cast.guild(663);
    private final Channel ptGeneral = cast.channel(tuningFork, "Tuning Fork Guild", "general",
            "chat for piano technicians", "piano-general.json");
    private final Channel ptTech = cast.channel(tuningFork, "Tuning Fork Guild", "technical",
            "pins, strings, regulation, tools", "piano-technical.json");
    private final Channel ptReferrals = cast.channel(tuningFork, "Tuning Fork Guild", "referrals",
            "pass on jobs outside your area or your diary", "piano-referrals.json");
    private final Persona cornelius = cast.person("cornelius.a", "Cornelius Abernathy");
    private final Persona lucinda = cast.person("lucinda.tunes", "Lucinda Farrow");
    private final Persona ravi = cast.person("ravi.c", "Ravi Chandrasekar");
    private final Persona hildegard = cast.person("hildegard.b", "Hildegard Brandt");
    private final Persona jonah = cast.person("jonah.tuneledger", "Jonah Whitlock");
    private final Persona mireille = cast.person("mireille.d", "Mireille Dufresne");
    private final Channel dmLucinda = cast.dm(lucinda, "piano-dm-lucinda.json");

    // --- F. model railway club ---
    private final String mapleford = cast.guild(664);
    private final Channel mrClub = cast.channel(mapleford, "Mapleford Model Railway Club", "clubroom",
            "club chat, meetings, anything railway", "rail-clubroom.json");
    private final Channel mrLayout = cast.channel(mapleford, "Mapleford Model Railway Club", "layout-build",
            "post your own layout progress, one post per session", "rail-layout-build.json");
    private final Channel mrSwap = cast.channel(mapleford, "Mapleford Model Railway Club", "swap-shop",
            "members' spare stock to sell or swap", "rail-swap-shop.json");
    private final Persona bernard = cast.person("bernard.ash", "Bernard Ashworth");
    private final Persona evangeline = cast.person("evangeline.p", "Evangeline Pike");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wróbel");
    private final Persona dougal = cast.person("dougal.mca", "Dougal McAllister");
    private final Persona hattie = cast.person("hattie.s", "Hattie Sinclair");
    private final Persona percival = cast.person("percival.m", "Percival Mould");
    private final Persona ines = cast.person("ines.c", "Ines Carvalho");

    // --- G. wedding DJs ---
    private final String floorfillers = cast.guild(665);
    private final Channel djGeneral = cast.channel(floorfillers, "Floorfillers DJ Network", "general",
            "DJs chatting: gigs, gear, gripes", "dj-general.json");
    private final Channel djCouples = cast.channel(floorfillers, "Floorfillers DJ Network", "couples-ask",
            "couples and planners ask the DJs here", "dj-couples-ask.json");
    private final Channel djCover = cast.channel(floorfillers, "Floorfillers DJ Network", "gigs-cover",
            "post dates you can't cover, DJs reply", "dj-gigs-cover.json");
    private final Persona lorcan = cast.person("lorcan.dj", "Lorcan Devlin");
    private final Persona shanice = cast.person("shanice.o", "Shanice Oduya");
    private final Persona matteo = cast.person("matteo.spins", "Matteo Ricci");
    private final Persona yvette = cast.person("yvette.c", "Yvette Colbourne");
    private final Persona aurelio = cast.person("aurelio.weddings", "Aurelio Santos");
    private final Persona kendrick = cast.person("kendrick.mayhew", "Kendrick Mayhew");
    private final Persona tamsin = cast.person("tamsin.g", "Tamsin Greaves");
    private final Channel dmYvette = cast.dm(yvette, "dj-dm-yvette.json");
    private final Channel dmAurelio = cast.dm(aurelio, "dj-dm-aurelio.json");

    // --- H. sourdough bakers ---
    private final String wildYeast = cast.guild(666);
    private final Channel sdGeneral = cast.channel(wildYeast, "Wild Yeast Kitchen", "general",
            "chat for bakers", "dough-general.json");
    private final Channel sdStarter = cast.channel(wildYeast, "Wild Yeast Kitchen", "starter-help",
            "starters, hydration, flat loaves: ask here", "dough-starter-help.json");
    private final Channel sdBakes = cast.channel(wildYeast, "Wild Yeast Kitchen", "bake-of-the-day",
            "post your own bakes, one photo per bake", "dough-bake-of-the-day.json");
    private final Channel sdMarket = cast.channel(wildYeast, "Wild Yeast Kitchen", "market",
            "sell your loaves, starters and kit here", "dough-market.json");
    private final Persona ottoline = cast.person("ottoline.bakes", "Ottoline Ferris");
    private final Persona bartholomew = cast.person("barty.n", "Bartholomew Nkemelu");
    private final Persona sigrun = cast.person("sigrun.e", "Sigrun Eklund");
    private final Persona joaquin = cast.person("joaquin.h", "Joaquín Herrera");
    private final Persona winifred = cast.person("winifred.l", "Winifred Lamb");
    private final Persona cosmo = cast.person("cosmo.cane", "Cosmo Delacroix");
    private final Persona agnieszka = cast.person("agnieszka.n", "Agnieszka Nowak");

    private HeldOutScenes38Script() {
        super(new SceneIds(28400), FIRST_MONDAY, 21);
        courtReporters();
        forge();
        canoeClub();
        dogGroomers();
        pianoTuners();
        modelRailway();
        weddingDjs();
        sourdough();
    }

    static Map<String, String> files() {
        return new HeldOutScenes38Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-38"), files(), "held-out round 38");
    }

    private void courtReporters() {
        // Week 1: a newcomer, briefs, an agency's job, an unasked rate card, a member away at trial.
        Post intro = say(1, "09:10", crGeneral, priya, "hi all! Priya here, just passed my RPR on the third go 🎉 "
                + "freelancing around Manchester, mostly depositions so far");
        re(1, "09:32", maribel, intro, "congratulations!! third time's the charm. welcome in");
        re(1, "10:05", colette, intro, "well done, the speed leg is brutal");
        intro.react("🎉", tobias, harold);
        Post obj = say(1, "11:00", crHelp, desmond, "how do you all write 'objection, leading' without stacking? "
                + "my brief keeps misstroking into 'object shun'");
        re(1, "13:20", maribel, obj, "I write it as one stroke, OBLD. define it and stop writing it out. same trick "
                + "for 'asked and answered'");
        re(1, "13:41", desmond, obj, "thanks!");
        say(2, "08:15", crGeneral, harold, "heads up, I'm in a murder trial all week, phone off. back Monday");
        Post arb = say(2, "12:00", crJobs, colette, "Baptiste Reporting: need a realtime writer for a 2-day "
                + "arbitration in Leeds, 5-6 May. rates in thread please");
        re(2, "12:40", priya, arb, "I'm free both days. £4.50 a page plus £1.75 for the realtime feed, can send my CV");
        re(2, "14:02", colette, arb, "lovely, email the bookings address and I'll confirm by Friday");
        say(3, "09:30", crGeneral, maribel, "@Harold Ekwueme do you still have that spare Luminex charger? mine died "
                + "mid-depo yesterday");
        Post cat = say(3, "10:00", crHelp, desmond, "does anyone know why my CAT software keeps dropping the job "
                + "dictionary when I open a new file");
        re(3, "18:30", maribel, cat, "check the dictionary list in user settings, it resets when a job is made from "
                + "an old template. took me a year to find that one");
        re(3, "18:46", desmond, cat, "ty");
        say(3, "19:00", crGeneral, tobias, "Scoping rates for May if anyone needs overflow: £1.10/page standard, "
                + "£1.60 for 48h rush. DM me");
        Post dream = say(5, "20:00", crGeneral, maribel, "oh great, another 9-hour depo with four attorneys talking "
                + "at once. living the dream?!");
        re(5, "20:11", priya, dream, "😂 send snacks");
        re(5, "20:30", tobias, dream, "and one of them mumbles into his tie, guaranteed");
        Post conv = say(6, "11:00", crGeneral, desmond, "who's going to the convention in Birmingham?");
        re(6, "11:40", tobias, conv, "me, sharing a room with two other scopists. pray for the hotel");
        re(6, "12:15", maribel, conv, "going for the Saturday only");

        // Week 2: Harold back; Desmond helped on three days and leaves Maribel's request hanging.
        say(8, "08:30", crGeneral, harold, "back from trial. 14 days, 2,600 pages. never again (until next month)");
        say(8, "08:42", crGeneral, harold, "@Maribel Quintero yes the charger's yours, I'll bring it Thursday");
        say(8, "09:05", crGeneral, maribel, "you're a star, thank you");
        Post whisper = say(8, "10:00", crHelp, desmond, "how do you handle witnesses who whisper? I keep writing "
                + "[inaudible] and the judge frowned at me today");
        re(8, "12:30", maribel, whisper, "interrupt and ask them to speak up, every time, on the record. you're "
                + "allowed. and get a better headset on the audio backup");
        re(8, "12:50", desmond, whisper, "ok thanks");
        Post numbers = say(9, "09:15", crHelp, desmond, "what's the cleanest way to write dollar amounts with cents? "
                + "my translation keeps spacing them out");
        re(9, "17:40", maribel, numbers, "there's a number-bar setting for that, 'attach currency'. turn it on and "
                + "rebuild the job");
        re(9, "17:55", desmond, numbers, "👍 thanks");
        Post rush = say(9, "12:00", crHelp, priya, "anyone recommend a scopist who can turn a 300-page depo "
                + "around by Thursday?");
        re(9, "12:30", tobias, rush, "that's me 🙋 £1.60 a page for 48h and I can start tonight. DM me the job number");
        re(9, "13:02", priya, rush, "perfect, DMing you");
        say(10, "17:00", crHelp, maribel, "@Desmond Okafor since you've just built a whole brief set, could you "
                + "export yours and send it over? I'm putting a starter pack together for the new writers in the "
                + "Thursday group");
        Post record = say(11, "10:00", crHelp, desmond, "another one sorry, what's everyone's stroke for 'let the "
                + "record reflect'?");
        re(11, "13:10", maribel, record, "I use HRERL. anything short you won't misstroke in a hurry");
        re(11, "16:00", tobias, record, "seen people use a phrase brief from the first letters too, whatever "
                + "sticks");
        re(11, "16:20", desmond, record, "thx both");
        say(12, "09:00", crGeneral, colette, "Reminder for members: the free CPD evening on realtime ethics is "
                + "Thursday 7 May at the Leeds office. sign up here https://forms.example/verbatim-cpd-may");
        Post wpm = say(13, "19:00", crGeneral, desmond, "passed my 225 wpm test!!!");
        re(13, "19:20", maribel, wpm, "brilliant, well done");
        wpm.react("🎉", priya, harold);

        // Week 3: more jobs, a happy client for the scopist, Desmond still only asking.
        Post bradford = say(15, "09:00", crJobs, colette, "Baptiste Reporting: half-day cover needed 19 May, "
                + "Bradford magistrates. rates in thread");
        re(15, "10:30", maribel, bradford, "I can take it, usual rate");
        re(15, "11:00", colette, bradford, "booked, thank you Maribel");
        Post praise = say(16, "14:00", crGeneral, priya, "@Tobias Lindqvist the transcript went in a day early and "
                + "the firm was thrilled. you're my scopist now");
        re(16, "14:40", tobias, praise, "🙌 glad it went well, send the next one whenever");
        Post crash = say(17, "10:00", crGeneral, tobias, "anyone else's scoping software crashing since the update? "
                + "lost 40 pages of edits this morning");
        re(17, "10:25", maribel, crash, "same yesterday. roll back to the March build, support says a fix is coming");
        re(17, "10:40", tobias, crash, "rolled back, fine now. cheers");
        Post voir = say(18, "11:00", crHelp, desmond, "quick q, is 'voir dire' one stroke for everyone or do I "
                + "need a brief");
        re(18, "12:15", tobias, voir, "one stroke in most theories, check the starter pack once Maribel posts it");
        re(18, "12:30", desmond, voir, "thanks");
        say(20, "16:00", crHelp, maribel, "starter pack for new writers is pinned. took a while, enjoy");
    }

    private void forge() {
        // Week 1: the team's stock, a customer's praise, a sharpening pitch under a customer's question.
        say(1, "10:00", forgeNews, brann, "The forge is open for commissions again from May. Waiting list goes up in "
                + "#shop next week.");
        say(1, "10:30", forgeShop, brann, "New batch: 8\" chef knives in 80CrV2, walnut handles, £165. 3 available "
                + "https://anvilandember.example/shop/chef-8");
        Post fan = say(1, "12:00", forgeHearth, felix, "@Brann Halvorsen got my chef knife off you last spring and "
                + "it still shaves hair off my arm 😄 best money I ever spent");
        fan.react("❤️", brann, isolde);
        Post cleaver = say(2, "09:00", forgeHelp, ottilie, "hi! how should I sharpen the cleaver you made me? I only "
                + "have a pull-through sharpener 😬");
        re(2, "09:40", rufus, cleaver, "don't put good steel through a pull-through. I do sharpening by post, "
                + "£12 a blade, DM me");
        re(2, "11:15", isolde, cleaver, "please no pull-through! a 1000/6000 combination whetstone is all you need, "
                + "about 15 degrees a side. I'll pin a video this week");
        re(2, "11:32", ottilie, cleaver, "thank you Isolde! ordering a stone now");
        Post show = say(3, "14:00", forgeHearth, wynn, "anyone going to the bladesmith show in Harrogate next month?");
        re(3, "14:30", rufus, show, "I'll be there");
        re(3, "15:10", isolde, show, "we will, Brann's booking the stand");
        say(4, "18:00", forgeHelp, isolde, "sharpening video is pinned at the top of this channel 🙂");
        say(5, "11:00", forgeShop, brann, "Two paring knives back in stock, £60 each "
                + "https://anvilandember.example/shop/paring");
        Post away = say(5, "16:00", forgeHearth, isolde, "off to a hammer-in in Sheffield tomorrow, back Thursday "
                + "next week. Brann's minding the forge");
        away.react("👍", wynn);
        Post bread = say(6, "10:00", forgeHelp, leontine, "hello! my partner got me one of your bread knives for my "
                + "birthday. is a magnetic strip ok or will it scratch it?");
        re(6, "13:00", brann, bread, "a strip is fine, put the spine on first and roll the blade down. happy "
                + "birthday!");
        re(6, "13:20", leontine, bread, "thank you!");

        // Week 2: a commission asked of the smith who is away; a loyal customer's question left.
        say(8, "09:30", forgeHelp, leontine, "@Isolde Marsh could you make a carving fork to match the bread knife? "
                + "same walnut");
        Post oil = say(9, "08:45", forgeHelp, felix, "@Brann Halvorsen quick one, the handle on my chef knife has "
                + "gone pale and dry. linseed oil or something else?");
        say(10, "10:00", forgeShop, brann, "Summer commission waiting list is open, form here "
                + "https://forms.example/anvil-commissions");
        Post video = say(10, "19:00", forgeHearth, wynn, "that pinned sharpening video helped loads, my kitchen "
                + "knives are scary now");
        video.react("🔥", isolde);
        say(11, "09:00", forgeHelp, isolde, "back from Sheffield! @Leontine Ashby yes, happily, about £70 and three "
                + "weeks. I'll message you the details");
        say(11, "09:20", forgeHelp, leontine, "wonderful, thank you!");
        say(12, "12:00", forgeNews, brann, "We'll be at the Harrogate bladesmith show 9-10 May, stand 14. Come and "
                + "say hi");
        say(12, "16:00", forgeHearth, rufus, "Harrogate folk: I'm on stand 22 doing live sharpening, £10 a blade on "
                + "the day");
        Post stone = say(13, "18:00", forgeHearth, ottilie, "stone arrived, my cleaver has never been this sharp. "
                + "Isolde you're a star");
        stone.react("❤️", isolde, brann);

        // Week 3: the question answered at last by the colleague; a referral; a repair asked for.
        re(15, "09:00", felix, oil, "bumping this 🙂 linseed or not?");
        re(15, "10:20", wynn, oil, "not who you asked, but I use board butter (beeswax and mineral oil) on my walnut "
                + "handles and they're fine");
        re(16, "08:30", isolde, oil, "Felix sorry, that one slipped past us at the show prep! board butter or pure "
                + "tung oil, not boiled linseed. Brann says sorry too");
        re(16, "09:10", felix, oil, "no worries, board butter it is");
        say(17, "11:00", forgeShop, brann, "Last chef knife of the batch, £165 "
                + "https://anvilandember.example/shop/chef-8");
        Post brother = say(18, "12:00", forgeHearth, felix, "sent my brother your way for a wedding present, "
                + "he'll be in touch");
        re(18, "12:40", brann, brother, "Felix you legend, thank you!");
        Post repair = say(19, "10:00", forgeHelp, wynn, "does the forge repair knives you didn't make? my grandad's "
                + "carving knife has a loose tang");
        re(19, "11:30", brann, repair, "we do, bring it to Harrogate or post it in. most repairs are £25");
        re(19, "11:50", wynn, repair, "brilliant, bringing it to the show");
    }

    private void canoeClub() {
        // Week 1: committee notices, a sign-up sheet, roof bars, a trip report.
        say(1, "08:00", canoeNews, gwendolyn, "AGM is Thursday 14 May at the boathouse, 7pm, agenda pinned. The "
                + "new logo poll is open till Sunday, it's pinned in here too");
        say(1, "08:10", canoeTrips, gwendolyn, "Wye descent, Sat 9 May, Glasbury to Hay. 12 places, sign up here "
                + "https://forms.example/riverside-wye-may");
        say(2, "19:00", canoeChat, noor, "@Anselm Braithwaite what roof bars did you get for the Passat? I need to "
                + "carry two canoes");
        say(3, "08:00", canoeChat, anselm, "Noor: Thule wingbars, six years and counting. get the load stops too");
        say(3, "08:30", canoeChat, noor, "thanks! ordering today");
        Post wed = say(3, "12:00", canoeChat, callum, "who's up for a Wednesday evening paddle on the canal? 6pm "
                + "from the top lock");
        re(3, "12:20", bettina, wed, "me!");
        re(3, "13:05", petra, wed, "me too if I escape work");
        re(3, "13:30", callum, wed, "great, bring head torches, it gets dark by the swing bridge");
        say(4, "22:00", canoeChat, callum, "the heron was showing off tonight, photos later");
        say(5, "09:00", canoeTrips, gwendolyn, "Wye: 7 places left https://forms.example/riverside-wye-may");
        Post takk = say(5, "21:00", canoeChat, bettina, "Takk for turen i går! fantastisk vær 😄 (thanks for "
                + "yesterday, what weather)");
        takk.react("❤️", callum, petra);
        Post report = say(6, "18:00", canoeChat, petra, "Trip report, Ullswater on Saturday: we launched at "
                + "Glenridding at nine with the wind against us all the way to Howtown, so we ate lunch on the shingle "
                + "and watched a dinghy capsize (everyone fine). Coming back the wind dropped and the lake was glass. "
                + "My shoulders are ruined, we did 18 km, and I finally held a proper J-stroke for the whole return "
                + "leg without ruddering once. We saw a red squirrel at Silver Point. I'd go again tomorrow. Thanks "
                + "to Anselm for the lift and the spare paddle.");
        re(6, "18:40", anselm, report, "great report! the dinghy bit 😂 and well done on the J-stroke");
        re(6, "19:00", noor, report, "jealous, I've never seen a red squirrel");

        // Week 2: a newcomer asks the whole club for votes and leaves; a member asks friends for one.
        joins(8, "19:50", canoeChat, ike);
        Post vlog = say(8, "20:00", canoeChat, ike, "hey paddlers, my kayak vlog is up for the Outdoor Video "
                + "Awards, could you all vote for it? every vote helps 🙏 https://ovawards.example/vote/ike-mensah");
        re(8, "20:30", gwendolyn, vlog, "welcome Ike! Wednesday evenings on the canal are a good way to meet people");
        say(8, "20:45", canoeTrips, ike, "vote for my vlog please! https://ovawards.example/vote/ike-mensah");
        Post heron = say(9, "12:00", canoeChat, callum, "could you lot vote for my heron photo in the Paddle UK comp? "
                + "it's in wildlife 😄 https://paddleuk.example/photo-comp/entry/4471");
        re(9, "12:30", petra, heron, "voted! the heron deserves it");
        heron.react("👍", anselm, bettina);
        say(10, "09:00", canoeNews, gwendolyn, "Logo poll result: the otter won by 3 votes. Thanks to everyone who "
                + "voted");
        say(10, "09:10", canoeTrips, gwendolyn, "Wye: 3 places left https://forms.example/riverside-wye-may");
        Post racks = say(11, "17:00", canoeChat, noor, "racks fitted, both canoes on the roof, I feel like a proper "
                + "paddler now");
        re(11, "17:30", anselm, racks, "looks great. check the straps after the first ten miles");
        Post moved = say(12, "10:00", canoeChat, callum, "Wednesday paddle is Thursday this week, the lock's shut "
                + "for repairs");
        re(12, "10:30", bettina, moved, "ok!");
        Post deck = say(13, "20:00", canoeChat, petra, "has anyone got a spare spraydeck for a 50cm cockpit? mine "
                + "split");
        re(13, "20:40", bettina, deck, "I've an old one, yours to borrow. bring it back Saturday");
        re(13, "21:00", petra, deck, "lifesaver, thank you");

        // Week 3: the trip fills, lift shares, the gauge, kit check.
        Post full = say(15, "08:00", canoeTrips, gwendolyn, "Wye is full! waiting list is on the same form. lift "
                + "shares below please 👇");
        re(15, "08:30", anselm, full, "I'm driving, 3 seats from the boathouse at 7");
        re(15, "09:00", noor, full, "a seat please!");
        Post gauge = say(16, "18:00", canoeChat, bettina, "anyone know if the river's too high for Saturday? "
                + "gauge says 1.2m");
        re(16, "18:45", anselm, gauge, "1.2 is fine for the descent, above 1.6 we'd call it off");
        say(17, "21:00", canoeChat, callum, "photo comp voting closed, thanks to everyone who voted 🙏");
        say(19, "09:00", canoeTrips, gwendolyn, "kit check for Saturday: buoyancy aids, throwlines, spare layers, "
                + "lunch. see you at 7");
        Post jelly = say(20, "19:00", canoeChat, noor, "best. trip. ever. my arms are jelly");
        re(20, "19:20", bettina, jelly, "same");
        re(20, "19:45", callum, jelly, "😂 same time next year");
    }

    private void dogGroomers() {
        // Week 1: a sharpening service in the sale room, owners' questions, a shampoo asked for.
        say(1, "09:00", dgSale, sunniva, "Blade sharpening by post: £6 a blade, 48h turnaround, return postage "
                + "included. details: https://sharpsunniva.example");
        Post rat = say(1, "18:00", dgGeneral, amira, "my doodle looks like a drowned rat after his bath lol 🙈 is "
                + "that normal");
        re(1, "18:30", marcus, rat, "totally normal 😂 wait till he shakes on you");
        Post ears = say(2, "10:00", dgHelp, keziah, "how often should a cockapoo be groomed? his ears matt every "
                + "single week");
        re(2, "11:30", marcus, ears, "full groom every 6 weeks, but comb the ears every other day, comb not slicker. "
                + "the matts start behind the ear");
        re(2, "11:45", keziah, ears, "thank you!");
        say(3, "20:00", dgHelp, keziah, "which comb though? there are a million on amazon");
        say(4, "09:10", dgHelp, florian, "Keziah: a greyhound comb, about 7.5 inch, fine and coarse teeth. any brand "
                + "is fine");
        say(4, "09:40", dgHelp, keziah, "got one, thanks Florian");
        Post itchy = say(5, "14:00", dgHelp, amira, "any shampoo recs for sensitive skin? he scratches after every "
                + "bath");
        re(5, "14:30", delphine, itchy, "I make an oatmeal and aloe one, it's what I use in the salon on the itchy "
                + "ones, £14: https://delphinesuds.example/oatmeal . and rinse twice as long as you think you need");
        re(5, "15:00", amira, itchy, "ordering, thank you!");
        Post crufts = say(6, "11:00", dgGeneral, florian, "who else is doing a grooming demo at the county show? "
                + "need a model dog that won't eat my scissors");
        re(6, "11:30", marcus, crufts, "borrow my bichon, she sleeps through anything");

        // Week 2: a shampoo pushed twice; the sharpener chats only with fellow groomers while owners ask.
        say(8, "08:30", dgGeneral, delphine, "Oatmeal shampoo is back in stock and I've added a lavender one! £14 "
                + "each or two for £25: https://delphinesuds.example/shop");
        say(8, "10:00", dgGeneral, sunniva, "@Marcus Tebbit how are your blades holding up since the resharpen?");
        say(8, "10:40", dgGeneral, marcus, "like new, went through a matted poodle yesterday no bother");
        say(8, "11:00", dgGeneral, sunniva, "love to hear it, poodles are the real test");
        Post pulling = say(9, "09:00", dgHelp, keziah, "my clipper blade is pulling his coat and he yelps. does it "
                + "need sharpening or am I doing it wrong?");
        say(9, "12:00", dgGeneral, sunniva, "@Florian Weiss are you going to the trade show at Stoneleigh? thinking "
                + "we could share a stand");
        say(9, "12:30", dgGeneral, florian, "yes! split it, £180 each?");
        say(9, "12:45", dgGeneral, sunniva, "deal, I'll book it tonight");
        say(10, "09:00", dgGeneral, sunniva, "@Delphine Arceneaux your lavender one smells amazing, using it on the "
                + "shop dog");
        say(10, "09:30", dgGeneral, delphine, "thank you! tell the shop dog I said hi");
        Post cordless = say(10, "13:00", dgHelp, amira, "are cordless clippers worth it for home use? the cord keeps "
                + "wrapping round his legs");
        say(10, "16:00", dgGeneral, sunniva, "@Marcus Tebbit what blade for a summer cut on a spaniel? I keep going "
                + "between 5F and 7F");
        say(10, "16:30", dgGeneral, marcus, "7F on the body, 5F if they swim a lot");
        say(11, "08:00", dgGeneral, sunniva, "makes sense, ta");
        re(11, "11:00", marcus, pulling, "could be both. a blade that pulls is usually dull or clogged with hair: "
                + "clean it, oil it, and if it still pulls get it sharpened");
        Post booked = say(11, "19:00", dgGeneral, sunniva, "@Florian Weiss stand's booked, I'll bring the banner");
        booked.react("🙌", florian);
        say(12, "10:00", dgGeneral, delphine, "reminder the two for £25 offer ends Sunday! "
                + "https://delphinesuds.example/shop");
        Post drinks = say(12, "18:00", dgGeneral, sunniva, "@Marcus Tebbit @Florian Weiss drinks after the show? "
                + "first round's on me");
        re(12, "18:30", marcus, drinks, "wouldn't miss it");
        say(13, "09:00", dgGeneral, sunniva, "@Delphine Arceneaux do you ever take your shampoos to shows? you "
                + "could have a corner of our stand");
        say(13, "09:30", dgGeneral, delphine, "ooh yes please!");
        re(13, "15:00", florian, cordless, "cordless are great at home, get one with a detachable blade");
        re(13, "15:20", amira, cordless, "thanks Florian 🙏");
        Post banner = say(14, "11:00", dgGeneral, sunniva, "@Florian Weiss the banner arrived and it's enormous 😂 "
                + "we'll need a bigger van");
        re(14, "11:30", florian, banner, "we'll hang it off the dryer");

        // Week 3: the owner asks who sharpens, and gives back.
        Post still = say(15, "09:00", dgHelp, keziah, "update: cleaned and oiled the blade, still pulls. who "
                + "sharpens blades?");
        re(15, "09:40", sunniva, still, "me! £6 a blade by post, details are in #for-sale");
        re(15, "10:00", keziah, still, "sending it tomorrow 🙏");
        Post nails = say(17, "20:00", dgHelp, amira, "how do you stop them wriggling during nail trims?");
        re(17, "20:30", keziah, nails, "peanut butter smeared on the fridge door. works on mine every time");
        re(17, "20:45", amira, nails, "genius, trying it tonight");
        say(18, "12:00", dgGeneral, keziah, "blade came back sharp, he didn't yelp once. thanks @Sunniva Dahl");
        say(19, "10:00", dgGeneral, marcus, "anyone want my old grooming table? £40, collection only, Rugby");
        Post dryer = say(20, "13:00", dgGeneral, delphine, "has anyone tried the new high-velocity dryers? mine "
                + "sounds like a jet engine");
        re(20, "13:30", florian, dryer, "mine too, the dogs hate it more than I do");
    }

    private void pianoTuners() {
        // Week 1: pins, a member away at a fair, a newcomer with an app who pitches by DM.
        Post pins = say(1, "10:00", ptTech, cornelius, "loose tuning pins on a 1920s Broadwood: thin glue or "
                + "oversize pins? the owner can't afford a restring");
        re(1, "11:30", ravi, pins, "thin CA on the pins with the piano on its back, two doses. buys you five years");
        re(1, "12:10", hildegard, pins, "Genau, so mache ich das auch. but warn the owner in writing");
        re(1, "12:40", cornelius, pins, "glue it is, thank you both");
        say(2, "09:00", ptGeneral, lucinda, "I'm at the Leipzig trade fair till Sunday, back in the diary Monday");
        joins(3, "09:00", ptGeneral, jonah);
        Post hello = say(3, "09:10", ptGeneral, jonah, "Hi all, Jonah here, tuner in Bristol for four years. I've "
                + "also built an app for tuners, TuneLedger, that keeps each client piano's history and reminds "
                + "clients when they're due: https://tuneledger.example");
        re(3, "10:00", cornelius, hello, "welcome Jonah. Bristol's short of tuners, you'll be busy");
        say(4, "11:00", ptTech, jonah, "if you're still on paper cards, check out TuneLedger, 30-day free trial: "
                + "https://tuneledger.example/trial");
        say(4, "15:00", ptGeneral, cornelius, "@Lucinda Farrow did those Bösendorfer bass strings ever come from "
                + "Vienna? I've a client waiting");
        Post bath = say(5, "10:00", ptReferrals, hildegard, "Client in Bath wants a Steinway B regulated before a "
                + "house concert on the 16th. Anyone near?");
        re(5, "10:45", mireille, bath, "me! I'm in Frome. DM me the details?");
        re(5, "11:00", hildegard, bath, "sent");
        say(6, "16:00", dmLucinda, jonah, "Hi Lucinda, saw you're in the guild. TuneLedger would save you hours on "
                + "client reminders, £9/month after the trial. Want me to book you a 15-minute demo? "
                + "https://tuneledger.example/book");

        // Week 2: Lucinda back; the app pushed again; a question that asks for exactly that kind of app.
        say(8, "09:00", ptGeneral, lucinda, "back from Leipzig! @Cornelius Abernathy yes, two sets came. I'll post "
                + "you one tomorrow");
        say(8, "09:30", ptGeneral, cornelius, "marvellous, thank you");
        say(8, "10:00", dmLucinda, lucinda, "thanks Jonah, I'm happy with my spreadsheet for now");
        say(8, "14:00", ptGeneral, jonah, "TuneLedger 2.0 is out! client reminders by text now. free for the first "
                + "month: https://tuneledger.example/trial");
        Post cards = say(9, "10:00", ptTech, ravi, "anyone use an app to keep client records? my card box is full "
                + "to bursting");
        re(9, "10:30", mireille, cards, "spreadsheet with conditional formatting here. ugly but free");
        re(9, "11:15", jonah, cards, "I built TuneLedger for exactly this, happy to help you set it up: "
                + "https://tuneledger.example");
        re(9, "12:00", ravi, cards, "thanks both, I'll try the trial and see");
        Post aliquot = say(10, "15:00", ptTech, hildegard, "has anyone regulated a Blüthner with the aliquot "
                + "stringing? the fourth string buzzes on one note");
        re(11, "09:00", cornelius, aliquot, "mute the aliquot with felt while you tune the unisons, then free it. "
                + "a buzz there is usually a loose bridge pin");
        re(11, "10:00", hildegard, aliquot, "bridge pin it was. danke!");
        say(11, "14:00", ptTech, jonah, "TuneLedger now logs humidity per visit, worth a look if you look after "
                + "church pianos: https://tuneledger.example/features/humidity");
        Post wells = say(12, "16:00", ptReferrals, cornelius, "I'm giving up church work in June. Three churches "
                + "around Wells need a new tuner, anyone?");
        re(12, "17:00", lucinda, wells, "I'd take the two nearest Shepton, if they'll have me");
        re(13, "09:00", cornelius, wells, "they're yours, I'll introduce you by email");

        // Week 3: the newcomer starts to talk with people.
        Post concert = say(15, "10:00", ptGeneral, mireille, "the Bath Steinway went beautifully and the pianist "
                + "asked for my card 😊 thank you @Hildegard Brandt");
        re(15, "10:30", hildegard, concert, "🙌 wunderbar");
        Post csv = say(16, "09:00", ptTech, ravi, "trialled TuneLedger this week, the reminders are good. "
                + "@Jonah Whitlock can it export to CSV?");
        re(16, "13:00", jonah, csv, "yes, Settings > Export. glad it's working for you!");
        Post cancel = say(18, "10:00", ptGeneral, jonah, "question for the old hands: how do you deal with clients "
                + "who cancel on the day? I lose a morning a week");
        re(18, "11:00", cornelius, cancel, "charge half after the second time, and say so when they book");
        re(18, "11:30", jonah, cancel, "that's fair, adding it to my booking email. thanks");
        Post flat = say(19, "17:00", ptGeneral, lucinda, "anyone else doing more pitch raises than usual? every "
                + "piano this month is a quarter tone flat");
        re(19, "17:30", ravi, flat, "dry spring, I've done six this month");
    }

    private void modelRailway() {
        // Week 1: open day rota, decoders, layout sessions, a swap.
        say(1, "09:00", mrClub, bernard, "Open day is Sat 16 May. We need 12 volunteers for stewarding and the tea "
                + "urn, rota here https://forms.example/mapleford-openday");
        say(1, "20:00", mrLayout, dougal, "Session 1: ballast down on the station throat. glue still wet, cat "
                + "banned from the loft");
        Post decoder = say(2, "19:00", mrClub, hattie, "anyone good with DCC decoders? my Class 37 runs backwards "
                + "whatever I do");
        re(2, "19:40", tomasz, decoder, "CV29, bit 0. set it to 7 instead of 6 and she'll run the right way");
        re(3, "08:00", hattie, decoder, "IT WORKED. you're a wizard");
        say(3, "21:00", mrLayout, dougal, "Session 2: signal box base in. wonky, will fix");
        say(3, "12:00", mrSwap, ines, "Hornby Class 08 shunter, boxed, runs well. £35 + postage, or swap for any N "
                + "gauge wagons");
        say(4, "10:00", mrClub, percival, "Picked up a 1962 Hornby Dublo catalogue at a car boot for 50p. Mint.");
        say(5, "20:30", mrLayout, dougal, "Session 3: box fixed, no longer wonky. fiddle yard wiring next");
        Post warley = say(5, "18:00", mrClub, tomasz, "does anyone know when the Warley show tickets go on sale?");
        re(6, "09:00", bernard, warley, "usually June, I'll post when they do");
        say(6, "17:00", mrClub, percival, "Saw the Tornado at York today.");
        Post yard = say(7, "21:00", mrLayout, dougal, "Session 4: fiddle yard live. three trains at once, no shorts");
        yard.react("🔥", hattie, tomasz);

        // Week 2: a member posts to the room a dozen times and answers nobody.
        say(8, "09:00", mrClub, percival, "New Bachmann 9F arrived today. Weathering it this week.");
        say(8, "12:00", mrClub, bernard, "Open day rota: 7 of 12 slots filled, still need tea urn people "
                + "https://forms.example/mapleford-openday");
        say(9, "08:30", mrClub, percival, "Hornby price rises announced for July, 8% across the range.");
        say(9, "10:00", mrClub, evangeline, "@Percival Mould is your 1962 catalogue the one with the Dublo 3-rail "
                + "pages? my dad had that one, I'd love to see a photo of it");
        say(9, "19:00", mrClub, percival, "Finished the 9F weathering. Best job I've done.");
        say(10, "09:00", mrClub, percival, "Loft is 8 degrees warmer with the new insulation.");
        say(10, "20:00", mrClub, percival, "Railway Modeller has a good piece on Scottish branch lines this month.");
        say(11, "11:00", mrClub, percival, "Bought a second-hand Peco turntable. Needs a motor.");
        Post sky = say(11, "20:00", mrLayout, dougal, "Session 5: backscene painted. the sky looks like a swimming "
                + "pool, will redo");
        re(11, "20:30", hattie, sky, "honestly the swimming pool sky is growing on me 😂");
        re(11, "20:45", dougal, sky, "you're not helping");
        say(12, "10:00", mrClub, percival, "Wiring the turntable motor tonight.");
        say(12, "22:00", mrClub, percival, "Turntable works. Mostly.");
        Post motor = say(12, "18:00", mrClub, tomasz, "anyone got a spare 00 point motor? mine burnt out");
        re(12, "18:30", hattie, motor, "I've two spares, I'll bring one Thursday");
        re(12, "18:45", tomasz, motor, "you're a gem");
        say(13, "09:00", mrClub, percival, "Car boot at the rugby club on Sunday, 7am. Usually railway bits there.");
        say(13, "21:00", mrClub, percival, "Dublo 3-rail track going cheap on the auction sites this week.");
        say(13, "14:00", mrSwap, ines, "08 shunter has gone, thanks all");
        say(14, "12:00", mrClub, percival, "Found a Tri-ang Princess at the car boot, £4.");

        // Week 3: the rota nearly full, the catalogue photo at last.
        Post rota = say(15, "09:00", mrClub, bernard, "Open day rota: 11 of 12 filled. one more for the tea urn "
                + "please https://forms.example/mapleford-openday");
        re(15, "09:30", hattie, rota, "put me down for the urn");
        say(16, "20:00", mrLayout, dougal, "Session 6: sky redone. less swimming pool, more Tuesday in Wigan");
        say(17, "10:00", mrClub, percival, "@Evangeline Pike sorry, only just saw this! yes, it has the 3-rail "
                + "pages. I'll bring it to the open day for you");
        say(17, "10:40", mrClub, evangeline, "oh lovely, thank you Percival");
        Post tickets = say(18, "11:00", mrClub, tomasz, "Warley tickets are on sale now, £18 early bird "
                + "https://warleyshow.example/tickets");
        re(18, "11:30", bernard, tickets, "thanks Tomasz, I'll pin it");
        say(19, "19:00", mrSwap, tomasz, "Spare Peco point motors x2, £6 each or swap for a DCC decoder");
        say(20, "18:00", mrClub, hattie, "see you all at the open day! I'm bringing flapjack");
    }

    private void weddingDjs() {
        // Week 1: a couple asks for a DJ; replies in the room and by DM; a newcomer asks for follows.
        Post slide = say(1, "21:00", djGeneral, tamsin, "nothing says 'magical day' like the Cha Cha Slide at "
                + "11pm?!");
        re(1, "21:15", lorcan, slide, "requested by the groom's nan, every single time 😂");
        re(1, "21:30", shanice, slide, "I have a clause in my contract about it");
        Post sept = say(2, "10:00", djCouples, yvette, "Hi! we're getting married 12 Sept in Harrogate, 110 guests. "
                + "does anyone have that date free? budget about £900 for 6 hours");
        re(2, "10:40", lorcan, sept, "I'm free that date 🙂 £850 for 6 hours including uplighting and a mic for "
                + "speeches. DM me and I'll send a sample playlist");
        say(2, "11:30", dmYvette, kendrick, "Hi Yvette, saw your post in couples-ask. I'm free 12 Sept, £800 for "
                + "6 hours, here's my booking page if you want to hold the date: https://mayhewsounds.example/book");
        say(3, "09:00", dmYvette, yvette, "thanks Kendrick! we're talking to a couple of DJs, will let you know");
        joins(3, "19:00", djGeneral, matteo);
        say(3, "19:05", djGeneral, matteo, "hey all, Matteo, wedding DJ in Leeds, new here. just launched my "
                + "mix page for wedding sets, could you all follow it? every follow helps 🙏 "
                + "https://mixshelf.example/matteoricci-weddings");
        Post york = say(4, "12:00", djCover, shanice, "Can anyone cover Sat 2 May in York? I've double-booked "
                + "myself, the couple are lovely, £700");
        re(4, "12:30", tamsin, york, "I can! send me their details");
        re(4, "12:45", shanice, york, "you're a lifesaver");
        Post dropout = say(5, "10:00", djGeneral, kendrick, "anyone else's controller dropping out mid-set? lost the "
                + "first dance for two seconds on Saturday");
        re(5, "10:30", lorcan, dropout, "usb cable. it's always the cable. get a short braided one");
        re(5, "10:50", kendrick, dropout, "cheers, ordered two");
        say(5, "20:00", djGeneral, matteo, "new wedding mix up, Motown into Dua Lipa 🔥 would mean a lot if you "
                + "followed 🙏 https://mixshelf.example/matteoricci-weddings");
        say(6, "09:00", djGeneral, shanice, "off to a three-day festival gig, back Tuesday. if the world burns, "
                + "tell Tamsin");

        // Week 2: a planner who hired Shanice asks while she is away; a cold pitch to the planner.
        say(8, "10:00", djCouples, aurelio, "@Shanice Oduya you did the Pemberton wedding for us last June, the "
                + "couple still talk about it. are you free Sat 3 Oct for another of our couples?");
        say(9, "09:00", djCouples, shanice, "back! @Aurelio Santos I'm free 3 Oct and I'd love to. email me the "
                + "venue and timings?");
        say(9, "09:30", djCouples, aurelio, "will do today 👍");
        say(9, "15:00", dmAurelio, kendrick, "Hi Aurelio, Kendrick from Mayhew Sounds. We help wedding planners like "
                + "you fill dates with a DJ you can rely on. Got 15 minutes this week? Grab a slot: "
                + "https://mayhewsounds.example/book");
        Post rane = say(10, "20:00", djGeneral, tamsin, "anyone tried the new Rane mixer? thinking of switching for "
                + "weddings");
        re(10, "20:30", lorcan, rane, "it's lovely but heavy, my back says no");
        re(10, "21:00", tamsin, rane, "ha, fair. sticking with the old one then");
        Post pat = say(11, "11:00", djGeneral, lorcan, "PSA: Harrogate Pavilion now wants PAT certificates uploaded a "
                + "week before, not on the day");
        re(11, "11:40", kendrick, pat, "good to know, cheers");
        re(11, "12:00", shanice, pat, "ugh, thanks for the warning");
        Post yay = say(12, "18:00", djCouples, yvette, "update: we've booked @Lorcan Devlin!! 🎉 thanks everyone who "
                + "replied");
        re(12, "18:30", lorcan, yay, "so excited for it!");
        say(13, "10:00", dmYvette, kendrick, "no worries, congratulations! have a wonderful day");

        // Week 3: a late answer from another DJ, a booked couple's question, a planner asking for ceremony sound.
        say(15, "12:00", djGeneral, matteo, "@Kendrick Mayhew had the same dropouts last month, it was the usb hub "
                + "in the end, not the cable");
        say(15, "13:00", djGeneral, kendrick, "ha, swapped the cable and it's been fine since, but I'll bin the hub "
                + "too. cheers Matteo");
        say(16, "21:00", djCouples, yvette, "@Lorcan Devlin quick one, can we send our first dance and do-not-play "
                + "list by email or here?");
        say(17, "09:00", djCouples, lorcan, "@Yvette Colbourne email's best, I'll send you the planning form tonight "
                + "🙂");
        Post ceremony = say(17, "11:00", djCouples, aurelio, "Planners' question: does anyone do ceremony sound too, "
                + "or only the evening? one of my couples wants a string quartet mic'd");
        re(18, "08:30", tamsin, ceremony, "I do ceremony PA, two lapel mics and a pair of speakers, £150 on top of "
                + "an evening booking");
        re(18, "09:00", aurelio, ceremony, "perfect, DMing you");
        Post ripon = say(19, "14:00", djCover, lorcan, "Anyone free Fri 29 May, Ripon? client's moved their date and "
                + "I'm booked");
        re(19, "14:30", matteo, ripon, "I'm free! happy to talk to them");
        re(19, "15:00", lorcan, ripon, "brilliant, sending you their email");
        Post sheeran = say(20, "22:00", djGeneral, shanice, "that moment when the couple's must-play list is all Ed "
                + "Sheeran. 47 songs. I counted.");
        re(20, "22:20", tamsin, sheeran, "😂 and the first dance is Perfect, isn't it");
    }

    private void sourdough() {
        // Week 1: the microbakery's list in the market, a first starter helped on three days.
        say(1, "08:00", sdMarket, ottoline, "This Saturday at the Hatton Street stall: country loaf £5, seeded "
                + "spelt £6, rye £5.50. preorders: https://ottolinesbakes.example/preorder");
        Post acetone = say(1, "19:00", sdStarter, bartholomew, "day 6 of my first starter and it smells like nail "
                + "polish remover?? did I kill it");
        re(1, "19:30", sigrun, acetone, "that's hunger, not death! feed it twice a day, equal weights, and keep it "
                + "somewhere warmer");
        re(2, "07:30", bartholomew, acetone, "twice a day, got it. it's in the airing cupboard now");
        Post ear = say(2, "12:00", sdBakes, sigrun, "Tuesday's loaf: 75% hydration, 20% wholemeal. the ear finally "
                + "showed up");
        re(2, "12:40", agnieszka, ear, "dzięki za inspirację! that ear 😍");
        Post sister = say(3, "10:00", sdGeneral, winifred, "@Ottoline Ferris I sent my sister to your stall on "
                + "Saturday and she hasn't stopped talking about the rye");
        re(3, "10:30", ottoline, sister, "that's made my week, thank you Winifred! tell her the rye's on again");
        Post doubled = say(4, "14:00", sdStarter, bartholomew, "it doubled!! in 5 hours! 🎉 what now, do I bake?");
        re(4, "14:30", joaquin, doubled, "float test first. if a spoonful floats, go. start with a simple 70% loaf");
        re(4, "15:00", bartholomew, doubled, "it floated! baking Saturday, will report back");
        say(5, "17:00", sdBakes, agnieszka, "Rye with caraway, my grandmother's recipe, finally right");
        Post pancake = say(6, "12:00", sdStarter, bartholomew, "first loaf: flat as a pancake. tasty pancake though "
                + "😂 the dough spread everywhere when I tipped it out");
        re(6, "12:40", ottoline, pancake, "flat usually means overproofed or too wet for your flour. drop to 68% and "
                + "shorten the bulk by an hour. what flour are you using?");
        re(6, "13:00", bartholomew, pancake, "supermarket strong white. trying 68% tomorrow");
        re(7, "16:00", bartholomew, pancake, "68% and a shorter bulk = an actual loaf shape!! thank you "
                + "@Ottoline Ferris @Joaquín Herrera @Sigrun Eklund");

        // Week 2: bannetons scattered into three rooms; a customer's question answered next morning.
        say(8, "08:00", sdMarket, ottoline, "Saturday: country loaf, seeded spelt, and a new olive and rosemary "
                + "(£6.50). preorders: https://ottolinesbakes.example/preorder");
        say(9, "20:00", sdGeneral, cosmo, "handmade rattan bannetons back in stock, round and oval, £18: "
                + "https://cosmoscane.example/bannetons");
        Post soft = say(9, "19:30", sdStarter, joaquin, "why does my crust go soft overnight? it's crackly when it "
                + "comes out");
        say(9, "20:05", sdStarter, cosmo, "bannetons restocked! £18, perfect for a proper rise: "
                + "https://cosmoscane.example/bannetons");
        say(9, "20:12", sdBakes, cosmo, "if your loaves need shape, my bannetons are back: "
                + "https://cosmoscane.example/bannetons");
        re(10, "08:00", sigrun, soft, "store it cut side down on a board, not in plastic. the crust goes soft from "
                + "its own steam");
        re(10, "08:30", joaquin, soft, "ahh that's it, I bag it while it's warm. thanks");
        say(10, "18:00", sdGeneral, winifred, "@Ottoline Ferris are you doing the seeded spelt this Saturday? my "
                + "sister wants two");
        say(11, "07:00", sdGeneral, ottoline, "Winifred: yes! I'll put two aside under her name 🙂");
        say(11, "12:00", sdGeneral, bartholomew, "third loaf, even better. @Agnieszka Nowak how do you get your rye "
                + "so dark?");
        say(12, "09:00", sdGeneral, agnieszka, "Bartholomew: long bake, lid on for the first hour, and a spoon of "
                + "cocoa 🤫");
        Post loaf3 = say(12, "13:00", sdBakes, bartholomew, "loaf #3, 68% hydration, I'm oddly proud");
        re(12, "13:30", winifred, loaf3, "that crumb!! 😍");
        Post vinegar = say(13, "20:00", sdStarter, agnieszka, "anyone know why my rye starter suddenly smells like "
                + "vinegar?");
        re(13, "20:30", bartholomew, vinegar, "mine smelt like nail polish when it was hungry and Sigrun said feed "
                + "it twice a day. maybe that?");
        re(13, "21:00", agnieszka, vinegar, "trying that, thanks!");

        // Week 3: the market room used as meant; questions to the sellers answered.
        say(15, "08:00", sdMarket, ottoline, "Saturday: the usual three plus a cardamom bun special, 4 for £8. "
                + "preorders: https://ottolinesbakes.example/preorder");
        say(15, "09:00", sdMarket, cosmo, "Bannetons, round 9\" and oval 10\", £18 each, linen liners £4: "
                + "https://cosmoscane.example/bannetons");
        Post oval = say(16, "10:00", sdStarter, joaquin, "@Cosmo Delacroix does the oval banneton fit a 1kg loaf? "
                + "thinking of getting one");
        re(16, "11:00", cosmo, oval, "yes, the 10\" takes 1kg easily. the round 9\" is more like 750g");
        Post thirsty = say(17, "09:00", sdGeneral, sigrun, "anyone else find the new stoneground flour thirstier? "
                + "had to add 5% water");
        re(17, "09:40", ottoline, thirsty, "yes! I'm up to 78% with it");
        say(18, "18:00", sdBakes, joaquin, "focaccia Friday, rosemary from the garden");
        Post buns = say(18, "20:00", sdGeneral, winifred, "the cardamom buns!!! Ottoline you've ruined all other "
                + "buns for me");
        re(19, "08:00", ottoline, buns, "😄 mission accomplished");
        Post named = say(19, "19:00", sdStarter, bartholomew, "one month in, thank you everyone. the starter has a "
                + "name now: Doughvid Bowie");
        named.react("😂", sigrun, joaquin, agnieszka);
    }
}
