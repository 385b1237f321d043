package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 142 (sealed): eight communities of live-event production and stage crews, of kinds no earlier round
 * used (freelance lighting designers and programmers, Focus &amp; Fade, with a room where schools, an am-dram company,
 * a wedding planner and a promoter ask, a kit-for-sale room, and a designer who spends a week lighting a closing
 * club's farewell night with fellow designers while a returning school and a new promoter wait; entertainment
 * riggers, Points &amp; Bridles, with a rigging-calls room, a new rigger helped on four days who says only "Thanks"
 * and leaves a fellow's request, a rope-access firm's DM pitch to a venue manager and a rigger who answers a day late
 * from a roof with no signal; a backline hire company's own server, Stagedoor Backline Hire, with its Staff and
 * Customers, a booking link posted three times in its news room, a technician away crewing a festival who said so and
 * a customer's DM; touring crew, Bus Call, where nobody sells, with a newcomer who asks for vlog subscribers, a stage
 * manager who talks about herself and improves in the third week and a tour manager away in Japan who said so; an
 * event production company's own server, Larkspur Live Productions, with its Team and Clients and a production
 * manager who courts two new prospects while the wedding planner who sent him work waits; PA and sound-hire owners,
 * Mains &amp; Monitors, with a room where a fete, a school, a wedding planner and a venue ask, a discount link scattered
 * over three rooms and a newcomer's priced reply to a planner's news; stage special-effects operators, Cannon &amp;
 * Haze, with an operator who posts his availability to nobody for a week and an operator who posts CO2 shortage news
 * to the room for a week; grassroots gig promoters, Small Rooms, with a new promoter helped on three days, a sound
 * firm's DM pitch to her and a promoter who leaves an agent's hold), over three ISO weeks (2034-W21 to W23, Monday 29
 * May a bank holiday), written and labelled by writer142 (session 65) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-142.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes142Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 5, 22);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 6, 12, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-142";
    private static final int BASE = 111600;

    // --- A. freelance lighting designers and programmers ---
    private final String focus = cast.guild(1701);
    private final Channel ffDesk = cast.channel(focus, "Focus & Fade", "desk-talk",
            "lighting designers and programmers among ourselves: consoles, fixtures, the trade", "ff-desk-talk.json");
    private final Channel ffAsk = cast.channel(focus, "Focus & Fade", "lx-enquiries",
            "schools, venues, promoters and companies ask about lighting; designers reply", "ff-lx-enquiries.json");
    private final Channel ffSale = cast.channel(focus, "Focus & Fade", "kit-for-sale",
            "lanterns, desks and cable for sale", "ff-kit-for-sale.json");
    private final Persona marguerite = cast.person("marguerite.olsson", "Marguerite Olsson");
    private final Persona declan = cast.person("declan.furlong", "Declan Furlong");
    private final Persona abioye = cast.person("abioye.mensah", "Abioye Mensah");
    private final Persona tilda = cast.person("tilda.rasmussen", "Tilda Rasmussen");
    private final Persona hamish = cast.person("hamish.pettigrew", "Hamish Pettigrew");
    private final Persona corinna = cast.person("corinna.blake", "Corinna Blake");
    private final Persona wendell = cast.person("wendell.okafor", "Wendell Okafor");
    private final Persona priscilla = cast.person("priscilla.dunmore", "Priscilla Dunmore");

    // --- B. entertainment riggers ---
    private final String bridles = cast.guild(1702);
    private final Channel pbRoom = cast.channel(bridles, "Points & Bridles", "rigging-room",
            "riggers among ourselves: points, hoists, paperwork, the trade", "pb-rigging-room.json");
    private final Channel pbCalls = cast.channel(bridles, "Points & Bridles", "rigging-calls",
            "venues, production managers and promoters post rigging calls and questions; riggers reply",
            "pb-rigging-calls.json");
    private final Channel pbGear = cast.channel(bridles, "Points & Bridles", "gear-for-sale",
            "hoists, slings, steel and harnesses for sale", "pb-gear-for-sale.json");
    private final Persona bartholomew = cast.person("bartholomew.quaile", "Bartholomew Quaile");
    private final Persona nadia = cast.person("nadia.ferreira", "Nadia Ferreira");
    private final Persona oisin = cast.person("oisin.gallagher", "Oisin Gallagher");
    private final Persona kofi = cast.person("kofi.boateng", "Kofi Boateng");
    private final Persona grainne = cast.person("grainne.doherty", "Grainne Doherty");
    private final Persona victor = cast.person("victor.almeida", "Victor Almeida");
    private final Persona lorna = cast.person("lorna.sweetland", "Lorna Sweetland");
    private final Persona felix = cast.person("felix.abernathy", "Felix Abernathy");
    private final Persona damon = cast.person("damon.kershaw", "Damon Kershaw");
    private final Channel pbDm = cast.dm(damon, "pb-dm-damon-kershaw.json");

    // --- C. a backline hire company's own server ---
    private final String stagedoor = cast.guild(1703);
    private final Role sdStaff = cast.role("Staff", "#c62828", 2);
    private final Role sdCustomer = cast.role("Customer", "#607d8b", 1);
    private final Channel sdNews = cast.channel(stagedoor, "Stagedoor Backline Hire", "news",
            "hire news, stock and availability from the Stagedoor team", "sd-news.json");
    private final Channel sdAsk = cast.channel(stagedoor, "Stagedoor Backline Hire", "ask-stagedoor",
            "customers: bookings, kit questions and returns; the team replies", "sd-ask-stagedoor.json");
    private final Channel sdBand = cast.channel(stagedoor, "Stagedoor Backline Hire", "band-room",
            "customers' chat: gigs, tours, kit", "sd-band-room.json");
    private final Persona rhiannon = cast.person("rhiannon.stagg", "Rhiannon Stagg", sdStaff);
    private final Persona mateusz = cast.person("mateusz.kowal", "Mateusz Kowal", sdStaff);
    private final Persona beverley = cast.person("beverley.onslow", "Beverley Onslow", sdStaff);
    private final Persona jonah = cast.person("jonah.ashdown", "Jonah Ashdown", sdCustomer);
    private final Persona esther = cast.person("esther.lomax", "Esther Lomax", sdCustomer);
    private final Persona cyprian = cast.person("cyprian.wolde", "Cyprian Wolde", sdCustomer);
    private final Persona maisie = cast.person("maisie.trevelyan", "Maisie Trevelyan", sdCustomer);
    private final Persona reuben = cast.person("reuben.castellanos", "Reuben Castellanos");
    private final Channel sdDm = cast.dm(maisie, "sd-dm-maisie-trevelyan.json");

    // --- D. touring crew, where nobody sells ---
    private final String busCall = cast.guild(1704);
    private final Channel bcGeneral = cast.channel(busCall, "Bus Call", "general",
            "touring crew of every department; no selling here", "bc-general.json");
    private final Channel bcRoad = cast.channel(busCall, "Bus Call", "on-the-road",
            "tour life: sleep, food, laundry, digs, staying well", "bc-on-the-road.json");
    private final Channel bcHome = cast.channel(busCall, "Bus Call", "home-time",
            "between tours: family, health, money, the house", "bc-home-time.json");
    private final Persona siobhan = cast.person("siobhan.achterberg", "Siobhan Achterberg");
    private final Persona gideon = cast.person("gideon.blackwood", "Gideon Blackwood");
    private final Persona paloma = cast.person("paloma.reyes", "Paloma Reyes");
    private final Persona emrys = cast.person("emrys.llewellyn", "Emrys Llewellyn");
    private final Persona ulrike = cast.person("ulrike.baumann", "Ulrike Baumann");
    private final Persona torin = cast.person("torin.maddox", "Torin Maddox");
    private final Persona cordelia = cast.person("cordelia.frost", "Cordelia Frost");
    private final Persona wilfred = cast.person("wilfred.nakamura", "Wilfred Nakamura");

    // --- E. an event production company's own server ---
    private final String larkspur = cast.guild(1705);
    private final Role llTeam = cast.role("Team", "#6a1b9a", 2);
    private final Role llClient = cast.role("Client", "#90a4ae", 1);
    private final Channel llNews = cast.channel(larkspur, "Larkspur Live Productions", "announcements",
            "news from the Larkspur team", "ll-announcements.json");
    private final Channel llDesk = cast.channel(larkspur, "Larkspur Live Productions", "client-desk",
            "clients: bookings, schedules, site visits and questions; the team replies", "ll-client-desk.json");
    private final Persona adaeze = cast.person("adaeze.morrow", "Adaeze Morrow", llTeam);
    private final Persona quentin = cast.person("quentin.ashby", "Quentin Ashby", llTeam);
    private final Persona rosamund = cast.person("rosamund.keel", "Rosamund Keel", llTeam);
    private final Persona philippa = cast.person("philippa.garroway", "Philippa Garroway", llClient);
    private final Persona devendra = cast.person("devendra.raghunathan", "Devendra Raghunathan", llClient);
    private final Persona imelda = cast.person("imelda.fairweather", "Imelda Fairweather", llClient);
    private final Persona annabel = cast.person("annabel.cho", "Annabel Cho");
    private final Persona lucius = cast.person("lucius.ormerod", "Lucius Ormerod");
    private final Channel llDm = cast.dm(lucius, "ll-dm-lucius-ormerod.json");

    // --- F. PA and sound-hire owners ---
    private final String mains = cast.guild(1706);
    private final Channel mmShop = cast.channel(mains, "Mains & Monitors", "hire-shop-talk",
            "sound-hire owners among ourselves: kit, vans, jobs, the trade", "mm-hire-shop-talk.json");
    private final Channel mmAsk = cast.channel(mains, "Mains & Monitors", "sound-enquiries",
            "wedding planners, schools, fetes and venues ask about sound; hire firms reply", "mm-sound-enquiries.json");
    private final Channel mmSale = cast.channel(mains, "Mains & Monitors", "for-sale",
            "speakers, desks, mics and cable for sale or wanted", "mm-for-sale.json");
    private final Persona horace = cast.person("horace.penhaligon", "Horace Penhaligon");
    private final Persona yvette = cast.person("yvette.marchbank", "Yvette Marchbank");
    private final Persona cormac = cast.person("cormac.delaney", "Cormac Delaney");
    private final Persona anouk = cast.person("anouk.verhoeven", "Anouk Verhoeven");
    private final Persona henrike = cast.person("henrike.solberg", "Henrike Solberg");
    private final Persona barnaby = cast.person("barnaby.fitch", "Barnaby Fitch");
    private final Persona delphine = cast.person("delphine.arkwright", "Delphine Arkwright");
    private final Persona alasdair = cast.person("alasdair.munro", "Alasdair Munro");

    // --- G. stage special-effects operators ---
    private final String cannon = cast.guild(1707);
    private final Channel chBench = cast.channel(cannon, "Cannon & Haze", "sfx-bench",
            "operators among ourselves: confetti, CO2, fog, flame, suppliers, the trade", "ch-sfx-bench.json");
    private final Channel chAsk = cast.channel(cannon, "Cannon & Haze", "show-enquiries",
            "promoters, planners, schools and venues ask about effects; operators reply", "ch-show-enquiries.json");
    private final Channel chIntro = cast.channel(cannon, "Cannon & Haze", "introductions",
            "introduce yourself", "ch-introductions.json");
    private final Persona percival = cast.person("percival.strand", "Percival Strand");
    private final Persona sunniva = cast.person("sunniva.hargreaves", "Sunniva Hargreaves");
    private final Persona ewan = cast.person("ewan.mccracken", "Ewan McCracken");
    private final Persona florentyna = cast.person("florentyna.nowak", "Florentyna Nowak");
    private final Persona rowena = cast.person("rowena.castell", "Rowena Castell");
    private final Persona magnus = cast.person("magnus.thorne", "Magnus Thorne");
    private final Persona clodagh = cast.person("clodagh.farrelly", "Clodagh Farrelly");
    private final Persona ignatius = cast.person("ignatius.wray", "Ignatius Wray");

    // --- H. grassroots gig promoters and small-venue bookers ---
    private final String smallRooms = cast.guild(1708);
    private final Channel srLounge = cast.channel(smallRooms, "Small Rooms", "promoters-lounge",
            "promoters and small-venue bookers among ourselves", "sr-promoters-lounge.json");
    private final Channel srSuppliers = cast.channel(smallRooms, "Small Rooms", "suppliers",
            "sound, lighting, backline and crew firms answer promoters' questions and introduce themselves",
            "sr-suppliers.json");
    private final Channel srDates = cast.channel(smallRooms, "Small Rooms", "tour-dates",
            "agents and bands post routing and holds; promoters reply", "sr-tour-dates.json");
    private final Persona leofric = cast.person("leofric.dunstan", "Leofric Dunstan");
    private final Persona ngozi = cast.person("ngozi.eze", "Ngozi Eze");
    private final Persona fergus = cast.person("fergus.whitlock", "Fergus Whitlock");
    private final Persona brigid = cast.person("brigid.calloway", "Brigid Calloway");
    private final Persona rupert = cast.person("rupert.vane", "Rupert Vane");
    private final Persona jolene = cast.person("jolene.ashcombe", "Jolene Ashcombe");
    private final Persona zoltan = cast.person("zoltan.kertesz", "Zoltan Kertesz");
    private final Persona wynn = cast.person("wynn.hartigan", "Wynn Hartigan");
    private final Channel srDm = cast.dm(zoltan, "sr-dm-zoltan-kertesz.json");

    HeldOutScenes142Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        focusAndFade();
        pointsAndBridles();
        stagedoorBackline();
        busCall();
        larkspurLive();
        mainsAndMonitors();
        cannonAndHaze();
        smallRooms();
    }

    /**
     * A. Focus &amp; Fade: Marguerite says on day 1 she needs more bookings and answers Hamish and Priscilla in W21. On
     * day 6 she tells the desk the Lantern Rooms closes on 10 June; days 8-14 she plans its farewell night with Declan,
     * Abioye and Tilda (eleven messages, all with them) while Hamish (who booked her last summer, day 8, chased day 11)
     * and Corinna (day 9) wait for her in #lx-enquiries. She answers both on day 15 with apologies. Abioye answers
     * Wendell's request for a guide with his own guide, whose page lists his hire packages (day 10).
     */
    private void focusAndFade() {
        Post de1 = say(1, "09:10", ffDesk, declan, "Morning all. Anyone tried the new firmware on the Onyx? My "
                + "palettes came through fine but the fan curves reset.");
        Post abDe = re(1, "09:40", abioye, de1, "Same on mine. Set them again once and they stuck.");
        re(1, "09:55", declan, abDe, "Cheers, will do.");
        Post ma1 = say(1, "11:00", ffDesk, marguerite, "June's looking thin for me since a tour moved. I need more "
                + "bookings for the summer, so shout if you're overflowing.");
        Post tiMa = re(1, "11:20", tilda, ma1, "Will do, I've had two school enquiries I can't take.");
        re(1, "11:30", marguerite, tiMa, "Thank you, Tilda!");
        Post ha1 = say(2, "10:00", ffAsk, hamish, "Hello, head of drama at Brookfield Academy here. Our hall still has "
                + "old tungsten parcans. Is it worth moving to LED for a school, or does it look cheap?");
        Post abHa = re(2, "10:25", abioye, ha1, "Worth it for a school: far less heat, far less power, and nobody "
                + "burns their fingers. Go for warm-white or RGBAL fixtures, not cheap RGB, and skin tones stay kind.");
        re(2, "10:40", hamish, abHa, "That's really helpful, thank you.");
        Post maHa = re(2, "10:45", marguerite, ha1, "Agree with Abioye. Keep two or three of your tungsten profiles for "
                + "faces and the mix looks lovely.");
        re(2, "11:00", hamish, maHa, "Good idea, we've got four of those.");
        Post we1 = say(3, "14:00", ffAsk, wendell, "Our am-dram company is doing Blithe Spirit in the church hall. Do "
                + "we need a follow-spot operator or can we do without?");
        Post deWe = re(3, "14:30", declan, we1, "For Blithe Spirit you can do without. Light areas, not people: four "
                + "acting areas and a few specials, and a volunteer on a simple desk will manage.");
        re(3, "14:45", wendell, deWe, "Brilliant, that saves a headache.");
        Post pr1 = say(4, "09:30", ffAsk, priscilla, "Wedding planner here. Barn reception on 1 July and the couple "
                + "want uplighting on the beams. Roughly how many uplighters for a 30 m barn?");
        Post tiPr = re(4, "09:50", tilda, pr1, "Roughly one every 3 m along each side, so about 20. Check the barn's "
                + "power first: you'll want two 16 A circuits away from the band.");
        Post prTi = re(4, "10:10", priscilla, tiPr, "Thanks Tilda! Could you quote for it?");
        re(4, "10:30", tilda, prTi, "Yes, I'll email you a quote today.");
        Post maPr = re(4, "11:00", marguerite, pr1, "One more thing from a barn job last year: ask whether the owl "
                + "boxes are occupied. We had to keep the west beam dark.");
        re(4, "11:15", priscilla, maPr, "Ha, I'll ask!");
        Post de2 = say(5, "16:00", ffSale, declan, "For sale: two Source Four 26° bodies with lamps, £180 each or £340 "
                + "the pair, collection from Bristol.");
        Post abDe2 = re(5, "16:30", abioye, de2, "Are the shutters straight?");
        re(5, "16:40", declan, abDe2, "All four on each, straight and smooth.");
        Post ma2 = say(6, "19:00", ffDesk, marguerite, "Sad news: the Lantern Rooms closes for good on Saturday 10 "
                + "June. I've lit half my career there. I'd love to light its farewell night properly, with volunteers "
                + "and borrowed kit. Who's in?");
        re(6, "19:20", declan, ma2, "In. I'll program.");
        re(6, "19:30", abioye, ma2, "In, and I'll bring my four Auras.");
        re(6, "19:45", tilda, ma2, "Count me in.");
        // W22
        Post ha2 = say(8, "10:00", ffAsk, hamish, "@Marguerite Olsson hello! We booked you for our Grease last summer "
                + "and the pupils still talk about it. Could you light our summer showcase on Thursday 6 July? What "
                + "budget should I put in?");
        Post ma3 = say(8, "11:00", ffDesk, marguerite, "Farewell night plan, first go: focus Thursday 8 June from 10, "
                + "plot Friday, show Saturday. @Declan Furlong can you bring the desk?");
        Post deMa = re(8, "11:20", declan, ma3, "Yes, the Onyx and a spare wing.");
        re(8, "11:30", marguerite, deMa, "Perfect. I'll ask the venue about power.");
        Post co1 = say(9, "14:00", ffAsk, corinna, "@Marguerite Olsson hi, I'm promoting a three-band night at the "
                + "Corn Exchange on 15 July and my friend Sunita said you're the one to ask. Are you free, and what "
                + "would you charge?");
        Post ma4 = say(9, "15:00", ffDesk, marguerite, "The Lantern Rooms has two 32 A single-phase feeds and nothing "
                + "else. @Abioye Mensah will your Auras and my twelve LED pars fit on one?");
        Post abMa = re(9, "15:20", abioye, ma4, "Easily, that's under 3 kW. Keep the hazer on the other.");
        re(9, "15:40", marguerite, abMa, "Great, hazer on feed two.");
        Post we2 = say(10, "10:00", ffAsk, wendell, "Next one: a panto in a village hall in December. Is there a guide "
                + "anywhere for planning a rig in a small hall?");
        Post abWe = re(10, "10:30", abioye, we2, "I wrote one: abioyemensah-lighting.example/guides/village-hall. The "
                + "hire packages at the bottom are mine, but the plan works with anyone's kit.");
        re(10, "10:50", wendell, abWe, "Just what I needed, thanks.");
        Post ma5 = say(10, "16:00", ffDesk, marguerite, "@Tilda Rasmussen could you run the follow-spot for the last "
                + "band? They've asked for one on the singer.");
        Post tiMa2 = re(10, "16:30", tilda, ma5, "Happy to. Is there still a position for it?");
        re(10, "16:45", marguerite, tiMa2, "The old balcony. I'll check it's safe.");
        Post ha3 = say(11, "09:00", ffAsk, hamish, "@Marguerite Olsson just checking you saw this? Our budget meeting "
                + "is on Friday.");
        Post ma6 = say(11, "12:00", ffDesk, marguerite, "Cue list draft for the farewell is up: 48 cues, the last one a "
                + "slow fade to the old house lights. Notes welcome.");
        Post deMa2 = re(11, "12:30", declan, ma6, "Love the ending. Cue 30 clashes with the band's intro, push it.");
        re(11, "12:45", marguerite, deMa2, "Good catch, moved.");
        Post ti1 = say(12, "10:00", ffDesk, tilda, "@Marguerite Olsson the Brookfield drama head has been asking for "
                + "you in lx-enquiries since Monday, and a promoter too.");
        Post maTi = re(12, "10:30", marguerite, ti1, "Thanks, I'll get to them. Could you bring your spare DMX splitter "
                + "on the Saturday as well?");
        re(12, "10:40", tilda, maTi, "Will do.");
        Post ma7 = say(13, "18:00", ffDesk, marguerite, "Venue says the balcony is fine for one operator. Rota: load-in "
                + "at 9, focus 10 till 2, lunch, plot 3 till 7.");
        re(13, "18:20", abioye, ma7, "I'll be there at 9 with the van.");
        Post ma8 = say(14, "11:00", ffDesk, marguerite, "Last thing: the venue wants to sell the house rig after the "
                + "night. If anyone's interested, speak to them directly.");
        re(14, "11:30", declan, ma8, "I'll take a look at the old Pani.");
        // W23
        Post maHa2 = re(15, "08:30", marguerite, ha2, "Hamish, I'm so sorry for the wait, I've been buried in a "
                + "venue's farewell show. Yes, I'd love to do 6 July. Put in £650 for design, kit and me on the night.");
        re(15, "08:50", hamish, maHa2, "Wonderful, I'll take it to the meeting. Thank you!");
        Post maCo = re(15, "09:00", marguerite, co1, "Corinna, apologies for the slow reply. 15 July is free. For three "
                + "bands at the Corn Exchange with their house rig I'd be £400. Sunita's show was a joy.");
        re(15, "10:00", corinna, maCo, "Great, let's talk on Wednesday.");
        Post pr2 = say(16, "12:00", ffAsk, priscilla, "@Tilda Rasmussen the barn uplighting looked magical, the couple "
                + "cried. Thank you!");
        re(16, "12:30", tilda, pr2, "That's made my week, thank you for telling me.");
        say(17, "10:00", ffDesk, declan, "Anyone got a spare 5-pin to 3-pin DMX adaptor for Saturday?");
        say(17, "10:10", ffDesk, tilda, "I've got two, I'll bring them.");
        Post we3 = say(18, "15:00", ffAsk, wendell, "Is LED tape any good for a panto starcloth, or should I hire a "
                + "proper one?");
        Post deWe2 = re(18, "15:30", declan, we3, "Hire a proper one for a panto. Tape looks spotty from the front "
                + "rows.");
        re(18, "15:40", wendell, deWe2, "Fair enough, thanks.");
        Post ma9 = say(20, "23:30", ffDesk, marguerite, "Last cue gone. Thank you @Declan Furlong @Abioye Mensah "
                + "@Tilda Rasmussen, what a night for the old place.");
        re(21, "09:00", abioye, ma9, "Proud to have been part of it.");
        re(21, "09:10", declan, ma9, "Best show I've worked on this year.");
        ma9.react("❤️", tilda);
    }

    /**
     * B. Points &amp; Bridles: Oisin, in his first season, asks the rigging room on days 1, 2, 4 and 5 and is helped by
     * Bartholomew (days 1 and 4), Nadia (day 2) and Grainne (day 5); he says only "Thanks" and leaves Nadia's request
     * for cover (day 3) until day 8, then answers Lorna (day 11) and Grainne (day 12). Damon joins on day 9 and DMs
     * Lorna a priced survey with a booking link on day 10. Felix, who booked Kofi on day 13, asks him by mention on day
     * 15 at 08:00; Kofi answers on day 16 at 14:00, apologising (a cathedral roof, no signal).
     */
    private void pointsAndBridles() {
        Post oi1 = say(1, "08:30", pbRoom, oisin, "Morning. First season rigging on my own. On a two-leg bridle with "
                + "3 m legs and the points 2 m apart, how do I work out the load on each leg?");
        Post baOi = re(1, "09:00", bartholomew, oi1, "Half the load divided by the cosine of half the included angle. "
                + "With 3 m legs 2 m apart each leg takes about 0.53 of the load. Draw it before you trust the sum.");
        re(1, "09:10", oisin, baOi, "Thanks.");
        Post vi1 = say(2, "07:45", pbCalls, victor, "Rigging call: touring production at the Assembly Hall, Thursday 25 "
                + "May, load-in 8am. Need two up riggers and one down, 8 points, out by midnight. Who's free?");
        re(2, "08:10", nadia, vi1, "I'm free and I know the hall. Happy to go up.");
        re(2, "08:20", grainne, vi1, "Free too, can do down.");
        re(2, "08:40", victor, vi1, "Great, Nadia and Grainne booked. Sending the plot now.");
        Post oi2 = say(2, "12:00", pbRoom, oisin, "Which beam clamps do you trust on old steel with a thick paint "
                + "build-up?");
        Post naOi = re(2, "12:30", nadia, oi2, "Ones with a hardened point that bites, and clean the flange first. If the "
                + "paint flakes under your thumb, don't clamp to it at all.");
        re(2, "12:40", oisin, naOi, "Thanks.");
        say(3, "10:00", pbRoom, nadia, "@Oisin Gallagher you're Leeds-based, aren't you? Could you cover a down-rigger "
                + "call for me at the Leeds arena on Friday?");
        Post lo1 = say(3, "15:00", pbCalls, lorna, "Technical manager at Hadleigh Town Hall. We've never flown anything "
                + "from our roof. Do we need a structural survey before a touring show can hang points?");
        Post baLo = re(3, "15:30", bartholomew, lo1, "Yes. Ask for a structural engineer's survey that gives safe "
                + "working loads per truss. Any touring rigger will ask to see it.");
        re(3, "15:45", lorna, baLo, "Understood, thank you. I'll get one commissioned.");
        Post oi3 = say(4, "08:00", pbRoom, oisin, "Is a load cell on every point overkill for a small theatre show?");
        Post baOi2 = re(4, "08:30", bartholomew, oi3, "Not if the points are near their limit. Otherwise one on the "
                + "heaviest point is enough.");
        re(4, "08:35", oisin, baOi2, "Thanks.");
        Post na1 = say(4, "19:00", pbRoom, nadia, "Anyone? Still need cover for Friday in Leeds.");
        re(4, "19:30", kofi, na1, "Can't, sorry, I'm in Glasgow all week.");
        Post oi4 = say(5, "09:00", pbRoom, oisin, "What paperwork do I hand the venue once the show is in?");
        Post grOi = re(5, "09:30", grainne, oi4, "Your rigging plot with the loads, the hoist certificates and your own "
                + "sign-off sheet. Keep copies of all three.");
        re(5, "09:40", oisin, grOi, "Thanks.");
        Post vi2 = say(5, "10:00", pbCalls, victor, "Thanks @Nadia Ferreira and @Grainne Doherty, fastest load-out "
                + "we've had at that hall.");
        re(5, "10:20", nadia, vi2, "Good crew, easy venue.");
        Post ko1 = say(6, "12:00", pbGear, kofi, "For sale: 1-tonne chain hoist, LOLER inspected in March, £650.");
        Post grKo = re(6, "12:30", grainne, ko1, "What make?");
        re(6, "12:40", kofi, grKo, "CM Lodestar, with 20 m of chain.");
        // W22
        Post oiNa = say(8, "09:00", pbRoom, oisin, "@Nadia Ferreira sorry, I missed your message last week. Did you find "
                + "cover? I'm free for the next one.");
        re(8, "09:20", nadia, oiNa, "Found someone, but I'll keep you in mind!");
        Post ba1 = say(8, "14:00", pbRoom, bartholomew, "Bank holiday and I'm re-splicing slings. Anyone use soft "
                + "shackles for anything?");
        re(8, "14:30", grainne, ba1, "Only for bridle spreaders, never primary.");
        joins(9, "10:00", pbCalls, damon);
        Post fe1 = say(9, "11:00", pbCalls, felix, "Site manager for the Meadowbank festival, 16 to 18 June. We need a "
                + "rigger for the main stage roof checks on Thursday 15th. Anyone?");
        Post koFe = re(9, "11:30", kofi, fe1, "Possibly. Let me check the diary and come back to you.");
        re(9, "12:00", felix, koFe, "Thanks Kofi.");
        Post daLo = say(10, "09:00", pbDm, damon, "Hi Lorna, saw your question about flying from the town hall roof. "
                + "We're a rope-access and structural survey firm: full survey and load report from £450 a day. Book "
                + "a slot here: kershawaccess.example/book");
        re(10, "12:00", lorna, daLo, "Thanks, but the council has its own engineer booked.");
        Post lo2 = say(11, "10:00", pbCalls, lorna, "Survey's done: 500 kg per truss at the node points. What does that "
                + "mean for a touring show's points?");
        Post oiLo = re(11, "10:30", oisin, lo2, "That's a good number. Most small tours hang 250 to 350 kg a point, so "
                + "you're fine if they stay on the nodes. Ask for their rigging plot in advance.");
        re(11, "10:45", lorna, oiLo, "Very clear, thank you Oisin.");
        Post gr1 = say(12, "10:00", pbRoom, grainne, "Has anyone renewed their IRATA at the new centre in Sheffield?");
        Post oiGr = re(12, "10:20", oisin, gr1, "I did my level 1 there in March. Good instructors, book early.");
        re(12, "10:30", grainne, oiGr, "Thanks!");
        Post koFe2 = re(13, "16:00", kofi, fe1, "Felix, yes, I can do Thursday 15th. £320 for the day as usual for a "
                + "festival.");
        re(13, "16:20", felix, koFe2, "Booked, thanks.");
        // W23
        Post fe2 = say(15, "08:00", pbCalls, felix, "@Kofi Boateng could you also check the delay towers on Friday "
                + "morning while you're with us? Can you stay an extra half day?");
        Post ba2 = say(15, "09:00", pbRoom, bartholomew, "Working at height refresher next Thursday at my yard, free "
                + "for anyone in the group. Bring your harness.");
        re(15, "09:20", oisin, ba2, "I'll come.");
        re(15, "09:40", nadia, ba2, "Me too.");
        Post koFe3 = re(16, "14:00", kofi, fe2, "Sorry Felix, I've been on a cathedral roof in Ely since yesterday "
                + "morning with no signal. Yes, I can stay Friday morning for the towers.");
        re(16, "14:15", felix, koFe3, "No problem, thanks Kofi!");
        Post vi3 = say(17, "10:00", pbCalls, victor, "Another call: Assembly Hall again, Tuesday 20 June, 10 points. "
                + "Same team?");
        re(17, "10:20", nadia, vi3, "Yes!");
        re(17, "10:30", grainne, vi3, "In.");
        Post oi5 = say(18, "11:00", pbRoom, oisin, "Tip for anyone new like me: tape every shackle pin so nothing "
                + "walks at load-out. Learnt that the hard way.");
        re(18, "11:30", bartholomew, oi5, "Good habit.");
        say(19, "09:00", pbGear, kofi, "Hoist sold, thanks all.");
        Post lo3 = say(19, "12:00", pbCalls, lorna, "Our first touring show hangs next week. Could someone look over "
                + "their rigging plot with me?");
        Post baLo2 = re(19, "12:30", bartholomew, lo3, "Post it here, happy to.");
        re(19, "12:45", lorna, baLo2, "Posting it now, thank you.");
    }

    /**
     * C. Stagedoor Backline Hire: Rhiannon posts the summer booking link in #news on days 1, 4 and 6 as kits go.
     * Mateusz says on day 5 he is crewing a festival from day 8 to day 12 with next to no signal; Jonah asks him on day
     * 9, Beverley covers within the hour and Mateusz adds to it on day 13. Reuben joins on day 3 and asks a price.
     * Maisie, who sent a band their way, DMs Beverley on day 15 and is answered at once.
     */
    private void stagedoorBackline() {
        say(1, "09:00", sdNews, rhiannon, "Festival season is nearly here. Summer backline packages are open for "
                + "booking, drum kits, amp lines and keys: stagedoorbackline.example/summer");
        Post jo1 = say(1, "11:00", sdAsk, jonah, "Morning! Can I swap the Gretsch kit on my booking for the 2 June gig "
                + "to something with a 24 inch kick?");
        Post beJo = re(1, "11:20", beverley, jo1, "Yes, the Ludwig Vistalite has a 24. Swapped on your booking.");
        re(1, "11:30", jonah, beJo, "Legend, thanks.");
        Post es1 = say(2, "14:00", sdBand, esther, "Anyone played the Bellhouse in Norwich? How's the stage for a "
                + "five-piece?");
        Post cyEs = re(2, "14:20", cyprian, es1, "Tight. Put the keys stage left or the drummer ends up in the bar.");
        re(2, "14:30", esther, cyEs, "Ha, noted.");
        joins(3, "10:00", sdAsk, reuben);
        Post ru1 = say(3, "10:05", sdAsk, reuben, "Hi, we're a student band. How much to hire a full drum kit with "
                + "cymbals for one night in Bristol?");
        Post beRu = re(3, "10:30", beverley, ru1, "Hi Reuben! £75 a night for kit and cymbals, £40 delivery in "
                + "Bristol, or collect from us. Want me to pencil a date?");
        Post ruBe = re(3, "10:45", reuben, beRu, "Yes please, Saturday 10 June.");
        re(3, "10:50", beverley, ruBe, "Pencilled.");
        say(4, "09:00", sdNews, rhiannon, "Update: only four summer drum kits left for the festival weekends. Book "
                + "here: stagedoorbackline.example/summer");
        Post mi1 = say(4, "13:00", sdBand, maisie, "Our function band did a wedding with a brass section on Saturday, "
                + "first time. Any tips for balancing brass on a small stage without a bigger PA?");
        Post joMi = re(4, "13:20", jonah, mi1, "Point the bells at the floor tom side, and ask the trumpets to step "
                + "back in the loud bits.");
        re(4, "13:30", maisie, joMi, "Thanks!");
        say(5, "16:00", sdNews, mateusz, "Heads up: I'm crewing at a festival from Monday 29 May to Friday 2 June with "
                + "next to no signal. Beverley is covering tech questions while I'm away.");
        say(6, "10:00", sdNews, rhiannon, "Two summer kits left for the festival weekends: "
                + "stagedoorbackline.example/summer");
        Post mi2 = say(6, "12:00", sdAsk, maisie, "I've booked one of those festival kits for 8 July! Can it come with "
                + "a throne that goes low?");
        Post rhMi = re(6, "12:20", rhiannon, mi2, "Yes, I'll put the low Roc-n-Soc in.");
        re(6, "12:30", maisie, rhMi, "Perfect.");
        // W22
        Post cy1 = say(8, "11:00", sdBand, cyprian, "Bank holiday gig tonight, wish us luck!");
        re(8, "11:20", esther, cy1, "Break a leg!");
        Post jo2 = say(9, "10:00", sdAsk, jonah, "@Mateusz Kowal the floor tom on the Vistalite has a buzzing lug. Is "
                + "there a fix before Friday?");
        Post beJo2 = re(9, "10:40", beverley, jo2, "Mateusz is away this week, so I'll cover: bring it in tomorrow and "
                + "we'll swap the floor tom.");
        re(9, "10:50", jonah, beJo2, "Thanks Beverley, will do.");
        Post es2 = say(10, "15:00", sdAsk, esther, "Can we extend our amp line hire to Monday? The tour got an extra "
                + "date.");
        Post rhEs = re(10, "15:30", rhiannon, es2, "Yes, Monday added at the day rate.");
        re(10, "15:40", esther, rhEs, "Brilliant.");
        Post es3 = say(11, "12:00", sdBand, esther, "Anyone know a van hire in Leeds that's open on Sundays?");
        Post miEs = re(11, "12:30", maisie, es3, "Northgate Vans by the ring road open Sundays.");
        re(11, "12:40", esther, miEs, "Thanks!");
        say(12, "10:00", sdNews, beverley, "Reminder: returns this week are open 9 to 5 as usual.");
        Post maJo = re(13, "09:00", mateusz, jo2, "Back now. The buzz was a loose tension rod washer, Jonah, fixed on "
                + "the one you swapped out.");
        re(13, "09:20", jonah, maJo, "Ace, thanks Mateusz.");
        // W23
        Post miDm = say(15, "10:00", sdDm, maisie, "Hi Beverley, quick one. I sent the Kestrel Lane band your way last "
                + "month, hope they booked! Could you also hold a Nord Stage for my 8 July wedding?");
        Post beDm = re(15, "10:30", beverley, miDm, "Hi Maisie, thank you for sending them, they did book! The Nord is "
                + "held for 8 July.");
        re(15, "10:40", maisie, beDm, "You're a star.");
        Post cy2 = say(16, "11:00", sdAsk, cyprian, "Could I get a copy of the invoice for the bass rig? Our accountant "
                + "wants it.");
        Post beCy = re(16, "11:20", beverley, cy2, "Sent to your email just now.");
        re(16, "11:30", cyprian, beCy, "Got it, thanks.");
        Post rh1 = say(17, "13:00", sdNews, rhiannon, "We've added two Fender Twin reissues to the amp line for the "
                + "summer. Thanks to everyone who asked for them.");
        re(17, "13:30", jonah, rh1, "Finally!");
        Post jo3 = say(18, "14:00", sdBand, jonah, "Anyone sharing a van down to Meadowbank? We're going on the 15th.");
        re(18, "14:30", cyprian, jo3, "We might be, I'll ask the band.");
        Post ru2 = say(19, "10:00", sdAsk, reuben, "Gig's Saturday! Do we need to bring anything for the kit?");
        Post maRu = re(19, "10:30", mateusz, ru2, "Just sticks, and your own snare if you like it. The stool and mat "
                + "come with the kit.");
        re(19, "10:40", reuben, maRu, "Thanks!");
        Post ru3 = say(20, "22:00", sdBand, reuben, "Played our first real gig on your kit tonight, it sounded huge. "
                + "Cheers Stagedoor.");
        re(20, "22:30", rhiannon, ru3, "Brilliant, Reuben! Welcome to the club.");
    }

    /**
     * D. Bus Call (nobody sells): Torin joins on day 2 and within six minutes asks #general and #on-the-road to follow
     * and subscribe to his vlog; from W22 he talks like anyone. Cordelia posts only about her own tour in W21 (five
     * posts), is quieter at home in W22 and in W23 asks Wilfred and Ulrike about theirs. Emrys says on day 6 he is in
     * Japan from day 8; Paloma asks him on day 10 and he answers on day 17. Wilfred is helped on days 8, 10 and 12,
     * reports back each time and answers Ulrike without a reply link on day 13.
     */
    private void busCall() {
        Post si1 = say(1, "10:00", bcGeneral, siobhan, "Morning crew. Who's out this week and where?");
        re(1, "10:20", gideon, si1, "Birmingham, then Cardiff.");
        re(1, "10:30", paloma, si1, "Home till Thursday, then Dublin.");
        say(1, "10:40", bcGeneral, ulrike, "On a bus to Hamburg, send snacks.");
        joins(2, "18:00", bcGeneral, torin);
        say(2, "18:03", bcGeneral, torin, "Hey all! I vlog life as a touring guitar tech. Please follow and subscribe: "
                + "youtube.example/@torinontour, every sub helps!");
        say(2, "18:06", bcRoad, torin, "New vlog up, like and subscribe if you get a minute: "
                + "youtube.example/@torinontour");
        Post cd1 = say(3, "09:00", bcRoad, cordelia, "Day 12 of my tour. My show calls have been perfect all week, my "
                + "prompt book is the tidiest it's ever been and I finally got my load-out under two hours. I'm so "
                + "proud of my crew and my show.");
        re(3, "09:30", gideon, cd1, "Nice one.");
        Post ul1 = say(3, "14:00", bcRoad, ulrike, "How do you all cope with sleeping on the bus the first few nights? "
                + "I'm a wreck.");
        Post paUl = say(3, "14:20", bcRoad, paloma, "Earplugs, an eye mask, and sleep with your head towards the front. "
                + "The ride's smoother there.");
        say(3, "14:25", bcRoad, gideon, "And no coffee after the changeover. Took me years to learn that.");
        re(3, "14:40", ulrike, paUl, "Head to the front, never thought of that. Thanks both.");
        ul1.react("👍", siobhan);
        Post cd2 = say(4, "19:00", bcRoad, cordelia, "Tonight I called the whole show from memory when my cue light "
                + "died. I didn't miss a single cue and my MD said it was my best show yet. I'm honestly buzzing.");
        re(4, "20:00", siobhan, cd2, "Brilliant calling.");
        say(5, "10:00", bcHome, cordelia, "My garden's gone wild while I'm away. My neighbour is watering my tomatoes, "
                + "I've sent her my list, and I've booked my gutters in for my week off.");
        Post em1 = say(5, "11:00", bcHome, emrys, "Anyone found a dentist that does Saturday appointments? My "
                + "schedule never lines up.");
        Post siEm = re(5, "11:20", siobhan, em1, "Mine in Stockport does, I'll send you the name.");
        re(5, "11:30", emrys, siEm, "Thanks Siobhan.");
        Post em2 = say(6, "12:00", bcGeneral, emrys, "Heads up: I'm off to Japan with the band from Monday until the "
                + "7th, and the bus has barely any signal. If you need me, I'll answer when I'm back.");
        re(6, "12:20", siobhan, em2, "Safe travels! Bring back snacks.");
        say(6, "20:00", bcRoad, cordelia, "Finished my run in Leeds. I wrote my show report in ten minutes, my "
                + "fastest ever. My next stop is Sheffield and my digs there look lovely.");
        say(7, "10:00", bcGeneral, cordelia, "My week in one line: my best calling, my best reports, my crew on top "
                + "form. I'm ready for my week off.");
        // W22
        Post wi1 = say(8, "10:00", bcRoad, wilfred, "First tour as a backline tech and my hands are shredded from "
                + "restringing. Any tips?");
        Post giWi = re(8, "10:30", gideon, wi1, "Gloves for load-in, a string winder with a cutter, and moisturise at "
                + "night.");
        re(8, "10:50", wilfred, giWi, "Thanks! Got a winder already, and my hands feel better after two nights of "
                + "cream.");
        Post to1 = say(9, "11:00", bcRoad, torin, "Anyone know a launderette near the Barrowland that's open late?");
        Post ulTo = re(9, "11:20", ulrike, to1, "There's one on Gallowgate open till 9.");
        re(9, "11:30", torin, ulTo, "Cheers Ulrike!");
        say(10, "09:00", bcRoad, paloma, "@Emrys Llewellyn you swear by that sleep mask with the ear cut-outs. Which "
                + "one is it?");
        Post wi2 = say(10, "12:00", bcRoad, wilfred, "Tuners keep dying on the ride. Batteries or rechargeables?");
        Post siWi = re(10, "12:20", siobhan, wi2, "Rechargeables, and a charging strip in the workbox.");
        re(10, "12:40", wilfred, siWi, "Thanks! Swapped today, no dead tuners at soundcheck.");
        Post cd3 = say(11, "14:00", bcHome, cordelia, "Week off. Tomatoes rescued. Anyone else find the first day "
                + "home weird?");
        Post paCd = re(11, "14:20", paloma, cd3, "Every time. I walk round the supermarket like a ghost.");
        re(11, "14:30", cordelia, paCd, "Ha, yes. Glad it's not just me.");
        Post wi3 = say(12, "16:00", bcRoad, wilfred, "How do you keep track of whose picks are whose on a three-band "
                + "bill?");
        Post ulWi = re(12, "16:20", ulrike, wi3, "Coloured tape on the pick tins, one colour per band.");
        re(12, "16:30", wilfred, ulWi, "Genius, thanks! Doing it tomorrow.");
        say(13, "09:00", bcRoad, ulrike, "Hamburg's done. Does anyone have a trick for drying laundry on a bus?");
        Post wiUl = say(13, "09:10", bcRoad, wilfred, "A washing line across the back lounge, our driver was fine with "
                + "it. Dry by morning.");
        re(13, "09:30", ulrike, wiUl, "Brilliant, thanks Wilfred.");
        Post to2 = say(14, "11:00", bcGeneral, torin, "Home for two days. What's everyone's first meal back?");
        re(14, "11:20", gideon, to2, "Beans on toast, every time.");
        re(14, "11:30", siobhan, to2, "Anything that isn't catering.");
        // W23
        Post cd4 = say(15, "10:00", bcRoad, cordelia, "@Wilfred Nakamura how's your first tour treating you? Are your "
                + "hands holding up?");
        Post wiCd = re(15, "10:20", wilfred, cd4, "Much better, thanks! The gloves changed everything.");
        Post cdWi = re(15, "10:30", cordelia, wiCd, "Glad to hear. What's next for you after this run?");
        re(15, "10:45", wilfred, cdWi, "Two weeks off, then a festival run.");
        Post cd5 = say(16, "10:00", bcGeneral, cordelia, "@Ulrike Baumann did Hamburg go well? You were dreading that "
                + "load-in.");
        re(16, "10:20", ulrike, cd5, "It did, the local crew were great. Thanks for asking!");
        Post emPa = say(17, "09:00", bcRoad, emrys, "@Paloma Reyes sorry, just back from Japan! It's the Mavogel "
                + "contour one, worth every penny.");
        re(17, "09:20", paloma, emPa, "Thanks Emrys, ordered.");
        Post gi1 = say(17, "14:00", bcHome, gideon, "Anyone sorted their tax return while touring? I'm drowning in "
                + "receipts.");
        say(17, "14:15", bcHome, siobhan, "A shoebox per month and a scanning app on the bus, then one afternoon with "
                + "it all.");
        re(17, "14:30", gideon, gi1, "A shoebox per month I can manage. Thanks.");
        Post to3 = say(18, "11:00", bcRoad, torin, "Cardiff tonight. Anyone got a spare 9V? Mine died.");
        re(18, "11:20", paloma, to3, "I'm at the same venue, come to monitor world.");
        Post si2 = say(19, "12:00", bcGeneral, siobhan, "Crew meet-up in Manchester on 1 July, anyone around?");
        re(19, "12:20", paloma, si2, "I'm in!");
        re(19, "12:30", cordelia, si2, "I'll be there, and I'll bring cake for everyone.");
        re(19, "12:40", gideon, si2, "Count me in.");
    }

    /**
     * E. Larkspur Live Productions (Team: Adaeze Morrow, Quentin Ashby, Rosamund Keel; Client: Philippa, Devendra,
     * Imelda): Philippa sends the team a wedding on day 5. Annabel joins on day 8 and Lucius on day 9; Quentin courts
     * both (a site visit, notes, a quote by DM) while Philippa's power question (day 9, chased day 11) waits until day
     * 13. In W23 he answers her within twenty minutes.
     */
    private void larkspurLive() {
        Post ad1 = say(1, "09:00", llNews, adaeze, "Welcome to the summer season, everyone. Our new 4 m LED wall "
                + "arrives this week, and June crew calls go out on Friday.");
        re(1, "09:30", philippa, ad1, "Exciting! The Harcourt couple will love that.");
        Post dv1 = say(2, "10:00", llDesk, devendra, "Hi team, Ashgrove School here. Same stage and sound as last year "
                + "for our prize-giving on 23 June? And can you arrive by 8?");
        Post roDv = re(2, "10:30", rosamund, dv1, "Hi Devendra, yes, the same package as last year, crew on site at "
                + "7:45.");
        re(2, "10:40", devendra, roDv, "Perfect, thank you.");
        Post ph1 = say(3, "14:00", llDesk, philippa, "@Quentin Ashby for the Harcourt wedding, can the band's risers "
                + "go on the lawn if it rains the night before?");
        Post quPh = re(3, "14:40", quentin, ph1, "Yes, with ground protection under them. I'll add it to the plan.");
        re(3, "14:50", philippa, quPh, "Lovely.");
        Post im1 = say(4, "11:00", llDesk, imelda, "Quick one: do we need a separate generator for the bar tent at the "
                + "village festival, or can it share with the stage?");
        Post quIm = re(4, "11:30", quentin, im1, "Separate. Bar fridges and a stage on one generator make for a "
                + "nervous night.");
        re(4, "11:40", imelda, quIm, "Ha, separate it is.");
        say(5, "15:00", llNews, rosamund, "June crew calls are out by email. Please reply by Wednesday to confirm.");
        Post ph2 = say(5, "16:00", llDesk, philippa, "I've sent the Fenwick-Doyle wedding your way, they'll call you "
                + "on Monday. Hope that's alright!");
        re(5, "16:20", adaeze, ph2, "More than alright, thank you Philippa! We'll look after them.");
        // W22
        joins(8, "09:00", llDesk, annabel);
        Post an1 = say(8, "09:10", llDesk, annabel, "Hi, I'm organising a new food and music festival in Thornbury "
                + "for September, about 3,000 people. Could someone talk me through staging and sound options?");
        Post quAn = re(8, "09:30", quentin, an1, "Hi Annabel, welcome! Happy to. What's the site like, a field or a "
                + "park?");
        Post anQu = re(8, "09:45", annabel, quAn, "A sloping field by the river.");
        Post quAn2 = re(8, "10:00", quentin, anQu, "Then the stage goes at the bottom, facing up the slope. Could I "
                + "come out for a site visit on Wednesday?");
        re(8, "10:10", annabel, quAn2, "Yes please!");
        Post ph3 = say(9, "10:00", llDesk, philippa, "@Quentin Ashby the Harcourt venue has sent its power details for "
                + "17 June. Is one 63 A three-phase supply enough for the band, lights and the dance floor? I need to "
                + "confirm with them by Thursday.");
        joins(9, "11:00", llDesk, lucius);
        Post lu1 = say(9, "11:05", llDesk, lucius, "Hello, I run events for a software firm. We want a product launch "
                + "in a Bristol warehouse in July. Who do I speak to?");
        re(9, "11:30", quentin, lu1, "Hi Lucius, that's me. I'll send you a DM.");
        Post quLu = say(9, "12:00", llDm, quentin, "Hi Lucius, Quentin from Larkspur. Tell me about the warehouse and "
                + "your numbers and I'll put a quote together.");
        Post luQu = re(9, "12:30", lucius, quLu, "Around 400 people, a bare warehouse, a stage for talks and a band "
                + "afterwards.");
        Post quLu2 = re(9, "13:00", quentin, luQu, "Got it. Roughly £9,500 for staging, sound, lighting and crew, "
                + "with a site visit first. Shall I book one for next week?");
        re(9, "13:20", lucius, quLu2, "Yes, Tuesday works.");
        Post quAn3 = re(10, "14:00", quentin, an1, "Annabel, the site visit notes are in your email, with three stage "
                + "sizes and prices to choose from.");
        re(10, "14:20", annabel, quAn3, "Thank you, I'll read them tonight.");
        Post ph4 = say(11, "09:00", llDesk, philippa, "@Quentin Ashby sorry to chase, the Harcourt venue needs the power "
                + "answer by tomorrow.");
        Post an2 = say(11, "10:00", llDesk, annabel, "Read the notes, the middle option looks right. What's the "
                + "deposit?");
        Post quAn4 = re(11, "10:15", quentin, an2, "25% to hold the date, the rest a month before.");
        re(11, "10:30", annabel, quAn4, "Great, I'll take it to the committee.");
        Post quLu3 = say(12, "16:00", llDm, quentin, "Lucius, confirming the site visit on Tuesday at 10 at the "
                + "warehouse.");
        re(12, "16:20", lucius, quLu3, "See you there.");
        Post quPh2 = re(13, "08:30", quentin, ph4, "Philippa, apologies, yes: 63 A three-phase covers the band, lights "
                + "and dance floor with room to spare.");
        re(13, "08:50", philippa, quPh2, "Thank you. I'd told them yes already, on a hunch.");
        // W23
        Post ad2 = say(15, "10:00", llNews, adaeze, "The LED wall's first outing was Ashgrove's rehearsal. Thanks "
                + "Devendra for letting us test it!");
        re(15, "10:20", devendra, ad2, "The students loved it.");
        Post ph5 = say(16, "09:00", llDesk, philippa, "@Quentin Ashby the Harcourt couple want a sparkler exit. Is "
                + "that fine with the marquee?");
        Post quPh3 = re(16, "09:20", quentin, ph5, "Fine, at least 10 m from the marquee, and we'll have a fire "
                + "blanket ready.");
        re(16, "09:30", philippa, quPh3, "Perfect, thanks Quentin.");
        Post lu2 = say(16, "10:00", llDm, lucius, "Site visit was great. Can we book?");
        re(16, "10:20", quentin, lu2, "Booked, the contract's in your inbox.");
        Post im2 = say(17, "11:00", llDesk, imelda, "Village festival went brilliantly, the separate generator was "
                + "worth it. Same again next year?");
        re(17, "11:20", adaeze, im2, "Yes please! Pencilled in.");
        Post an3 = say(18, "15:00", llDesk, annabel, "The committee said yes to the middle stage. Deposit paid!");
        re(18, "15:20", quentin, an3, "Wonderful, welcome aboard.");
        Post dv2 = say(19, "09:00", llDesk, devendra, "Prize-giving is Friday. Can the crew park on the staff car "
                + "park?");
        re(19, "09:20", rosamund, dv2, "Yes, thanks, I'll tell them.");
    }

    /**
     * F. Mains &amp; Monitors: Horace answers Barnaby's question about what a sports day needs and what hiring costs
     * with his own battery package, its price and page (day 3). Anouk joins on day 5. On day 9 Cormac posts his June
     * discount code with its link into all three rooms within forty minutes, and again in #sound-enquiries on day 12.
     * On day 16 Delphine shares her news of a barn wedding and Anouk, who had never spoken to her, replies with her
     * price and "DM me".
     */
    private void mainsAndMonitors() {
        Post yv1 = say(1, "10:00", mmShop, yvette, "Anyone else's van insurance gone up 30% this year?");
        Post hoYv = re(1, "10:20", horace, yv1, "40 here. Shopped around, and the broker with the events scheme was "
                + "cheapest.");
        re(1, "10:30", yvette, hoYv, "Thanks, I'll try them.");
        Post he1 = say(2, "11:00", mmAsk, henrike, "Village fete on Saturday 17 June: a brass band, a dog show and a "
                + "raffle. What sound do we need for a field about the size of a football pitch?");
        Post yvHe = re(2, "11:30", yvette, he1, "Two speakers on poles facing the same way and a small mixer for the "
                + "raffle mic and the dog show commentary. The brass band won't need a PA. Keep the speakers near the "
                + "arena.");
        Post heYv = re(2, "11:45", henrike, yvHe, "That's so helpful. Could you quote for that?");
        re(2, "12:00", yvette, heYv, "Yes, I'll message you one this afternoon.");
        Post bb1 = say(3, "09:30", mmAsk, barnaby, "Primary school sports day on a field with no power. What would we "
                + "need so parents can hear the announcer, and roughly what does it cost to hire?");
        Post hoBb = re(3, "10:00", horace, bb1, "You want a battery PA, two speakers and a radio mic. I've got a "
                + "battery package that does exactly that, £120 for the day: penhaligonpa.example/battery. Anyone's "
                + "similar kit will do the job.");
        re(3, "10:15", barnaby, hoBb, "Perfect, I'll book yours.");
        Post cm1 = say(4, "14:00", mmShop, cormac, "Job last night: the venue's limiter cut us at 96 dB mid-set. How do "
                + "you all handle venues with limiters?");
        Post hoCm = re(4, "14:20", horace, cm1, "Ask for the limiter settings in advance and set your mains 3 dB under "
                + "them.");
        re(4, "14:30", cormac, hoCm, "Good shout.");
        joins(5, "09:00", mmShop, anouk);
        Post an1 = say(5, "09:10", mmShop, anouk, "Hello! Just started a small PA hire in Bath after ten years of "
                + "mixing. Glad to be here.");
        re(5, "09:20", yvette, an1, "Welcome Anouk!");
        re(5, "09:30", horace, an1, "Welcome, ask away.");
        Post al1 = say(6, "15:00", mmAsk, alasdair, "Venue manager at the Old Ropeworks. Our in-house speakers crackle "
                + "when bands push them. Repair or replace?");
        Post cmAl = re(6, "15:30", cormac, al1, "Sounds like a blown driver. Get a repair quote first, it's usually a "
                + "recone.");
        re(6, "15:40", alasdair, cmAl, "Thanks, I'll get them looked at.");
        say(7, "11:00", mmSale, horace, "For sale: two 15 inch subs, working, tired grilles, £300 the pair.");
        // W22
        Post cm2 = say(9, "09:00", mmShop, cormac, "Summer offer: 10% off all PA packages booked for June with code "
                + "JUNE10: delaneysound.example/summer");
        say(9, "09:20", mmAsk, cormac, "Summer offer: 10% off all PA packages booked for June with code JUNE10: "
                + "delaneysound.example/summer");
        say(9, "09:40", mmSale, cormac, "Summer offer: 10% off all PA packages booked for June with code JUNE10: "
                + "delaneysound.example/summer");
        Post yvCm = re(9, "10:00", yvette, cm2, "Brave, I'm full in June already.");
        re(9, "10:10", cormac, yvCm, "Lucky you!");
        Post dl1 = say(10, "11:00", mmAsk, delphine, "Wedding planner here. A couple want their own playlist through "
                + "the PA in a marquee rather than a DJ. Is that a bad idea?");
        Post yvDl = re(10, "11:20", yvette, dl1, "Not at all. A tablet with the playlist downloaded, not streamed, "
                + "someone named to look after it, and a mic for the speeches.");
        re(10, "11:30", delphine, yvDl, "Love it, thanks!");
        Post an2 = say(11, "14:00", mmShop, anouk, "How do you price delivery and set-up outside your own town?");
        Post hoAn = re(11, "14:20", horace, an2, "Mileage both ways, plus an hour each way at your labour rate.");
        re(11, "14:30", anouk, hoAn, "Makes sense, thanks Horace.");
        say(12, "10:00", mmAsk, cormac, "Still a few June dates at 10% off with JUNE10: delaneysound.example/summer");
        Post he2 = say(12, "16:00", mmAsk, henrike, "Thanks @Yvette Marchbank, quote accepted. See you on the 17th!");
        re(12, "16:20", yvette, he2, "See you there!");
        Post yv2 = say(13, "09:00", mmSale, yvette, "Wanted: a spare radio mic receiver, any make, cheap.");
        Post anYv = re(13, "09:30", anouk, yv2, "I've got a spare one you can have for £40.");
        re(13, "09:40", yvette, anYv, "Deal, thanks.");
        // W23
        Post ho1 = say(15, "11:00", mmShop, horace, "Sports day done for Barnaby's school. The sun shone and the "
                + "battery lasted all day.");
        re(15, "11:20", cormac, ho1, "Good stuff.");
        Post dl2 = say(16, "14:00", mmAsk, delphine, "Lovely news: I've just confirmed a barn wedding at Hollowmere "
                + "for 12 August!");
        Post anDl = re(16, "14:20", anouk, dl2, "Congratulations! I can do ceremony and reception sound at Hollowmere "
                + "for £650, DM me.");
        re(16, "15:00", delphine, anDl, "Thanks, but the couple have a band who bring their own.");
        Post al2 = say(17, "10:00", mmAsk, alasdair, "Speakers repaired, a recone as you said. Cheers @Cormac "
                + "Delaney.");
        re(17, "10:20", cormac, al2, "Glad it was only that.");
        Post yv3 = say(18, "12:00", mmShop, yvette, "Fete on Saturday and the forecast is rain. Who uses covers on "
                + "pole-mounted tops?");
        Post cmYv = re(18, "12:20", cormac, yv3, "Rain hoods from the marine shop, half the price of the branded "
                + "ones.");
        re(18, "12:30", yvette, cmYv, "Ha, thanks.");
        Post bb2 = say(19, "09:00", mmAsk, barnaby, "Sports day was a triumph, thank you @Horace Penhaligon. Can we "
                + "book the same for next year?");
        re(19, "09:20", horace, bb2, "Gladly, pencilled in for next June.");
        say(20, "18:00", mmShop, yvette, "Fete survived the rain. The hoods worked a treat.");
    }

    /**
     * G. Cannon &amp; Haze: Florentyna joins on day 1 and introduces herself with her site. Rowena asks Sunniva for her
     * packages page and gets it (day 4). In W22 Percival posts his availability, kit and reel to nobody eleven times
     * (the reel link on days 8, 10 and 12, "DM me for rates" three times) while the rooms talk around him. In W23 Ewan
     * posts ten updates on a CO2 depot's closure to the bench and answers one thanks; Percival answers Magnus's request
     * with a price.
     */
    private void cannonAndHaze() {
        joins(1, "09:00", chIntro, florentyna);
        Post fl1 = say(1, "09:05", chIntro, florentyna, "Hi all, I'm Florentyna, I run confetti and streamers for "
                + "weddings in Kent. My work: florentynafx.example");
        Post suFl = re(1, "09:30", sunniva, fl1, "Welcome!");
        re(1, "09:40", florentyna, suFl, "Thank you!");
        Post cl1 = say(2, "10:00", chAsk, clodagh, "Drama teacher here. Is a snow machine safe in a school hall? Our "
                + "Narnia needs snow.");
        Post suCl = re(2, "10:30", sunniva, cl1, "Yes, a fluid snow machine is fine. Use one rated for indoors, keep "
                + "it off the stage edge, and mop after: the floor gets slippery.");
        re(2, "10:40", clodagh, suCl, "Mopping noted, thanks!");
        Post ew1 = say(3, "16:00", chBench, ewan, "Anyone else finding CO2 cylinder deliveries slipping? My supplier's "
                + "two weeks late.");
        Post peEw = re(3, "16:20", percival, ew1, "Same here, we went to a second supplier.");
        Post ewPe = re(3, "16:30", ewan, peEw, "Which one?");
        re(3, "16:40", percival, ewPe, "Frostline Gases in Swindon, reliable so far.");
        Post ro1 = say(4, "12:00", chAsk, rowena, "@Sunniva Hargreaves do you have a page with your confetti packages? "
                + "My couple wants to see the options before our call.");
        Post suRo = re(4, "12:20", sunniva, ro1, "Here you go: sunnivaeffects.example/confetti. The biodegradable "
                + "tissue is the one most venues allow.");
        re(4, "12:30", rowena, suRo, "Perfect, thank you.");
        Post mg1 = say(5, "14:00", chAsk, magnus, "Promoter here. Flame effects on an outdoor festival stage: what do I "
                + "need to sort with the council?");
        Post ewMg = re(5, "14:30", ewan, mg1, "A flame risk assessment, the operator's insurance, and tell the fire "
                + "officer at the safety advisory group. Your operator does most of it.");
        re(5, "14:40", magnus, ewMg, "Great, that helps.");
        Post fl2 = say(6, "11:00", chBench, florentyna, "Is anyone using the new paper-only confetti? Venues keep "
                + "asking if it's compostable.");
        Post suFl2 = re(6, "11:20", sunniva, fl2, "I am. It's compostable and it clears faster in the rain.");
        re(6, "11:30", florentyna, suFl2, "Thanks Sunniva.");
        // W22
        say(8, "09:00", chAsk, percival, "Summer's here! We've got CO2 jets, confetti cannons and low fog free for "
                + "June. Our reel: strandsfx.example/reel");
        say(8, "15:00", chBench, percival, "Our new CO2 jets have landed, six of them, all tested.");
        say(9, "10:00", chAsk, percival, "June dates still free for confetti and CO2. DM me for rates.");
        Post cl2 = say(9, "12:00", chAsk, clodagh, "Our snow machine has died the day before the show. Can anyone lend "
                + "or hire one in Leeds tomorrow?");
        Post ewCl = re(9, "12:30", ewan, cl2, "I'm in Leeds, I can drop one round tonight.");
        re(9, "12:40", clodagh, ewCl, "You're a lifesaver!");
        say(9, "18:00", chBench, percival, "We finished our fog fluid stock check, we're set for the season.");
        say(10, "09:00", chAsk, percival, "Our reel again for anyone planning a summer show: strandsfx.example/reel");
        Post su1 = say(10, "13:00", chBench, sunniva, "A venue in Bath wants a confetti clean-up fee on top of the "
                + "deposit. Is that normal now?");
        Post ewSu = re(10, "13:20", ewan, su1, "Getting more common. Put the clean-up in your quote.");
        re(10, "13:30", sunniva, ewSu, "Will do.");
        say(10, "16:00", chBench, percival, "Our van's wrapped at last, we look the part now.");
        say(11, "10:00", chAsk, percival, "Weddings: our confetti cannons make the first dance. DM me for rates.");
        say(11, "19:00", chBench, percival, "We're trialling a new low-fog machine this week, very quiet.");
        say(12, "09:00", chAsk, percival, "Last June dates, see our work here: strandsfx.example/reel");
        say(12, "17:00", chBench, percival, "Our crew's biggest week booked so far. We're ready.");
        say(13, "10:00", chAsk, percival, "Still a couple of weekends left. DM me for rates.");
        Post cl3 = say(13, "20:00", chAsk, clodagh, "Narnia had snow! Thank you @Ewan McCracken.");
        re(13, "20:20", ewan, cl3, "Brilliant, glad it worked.");
        // W23
        Post ew2 = say(15, "08:00", chBench, ewan, "CO2 news: the Avonmouth depot has shut for repairs until at least "
                + "the 23rd. If you fill there, plan around it.");
        ew2.react("🙏", sunniva, percival, florentyna);
        Post ro2 = say(15, "11:00", chAsk, rowena, "@Sunniva Hargreaves the couple chose the biodegradable tissue! Can "
                + "you do 12 August at Larkbarrow Farm?");
        Post suRo2 = re(15, "11:20", sunniva, ro2, "Yes, 12 August is yours.");
        re(15, "11:30", rowena, suRo2, "Yay!");
        say(15, "14:00", chBench, ewan, "Frostline in Swindon still has stock today, but they're limiting trade "
                + "customers to four cylinders each.");
        say(16, "09:00", chBench, ewan, "Update: Frostline now wants 48 hours' notice on cylinders.");
        Post ig1 = say(16, "12:00", chAsk, ignatius, "Technical manager at the Palace Theatre. Our fire officer wants "
                + "hazer output figures for the panto. Where do I find them?");
        Post flIg = re(16, "12:30", florentyna, ig1, "The manufacturer's data sheet lists output and particle size. If "
                + "it's hired, ask the hire firm for the sheet.");
        re(16, "12:45", ignatius, flIg, "Found it, thanks.");
        Post ew3 = say(16, "17:00", chBench, ewan, "Cardiff Gas Supplies say they can take new trade accounts, 20 kg "
                + "cylinders only.");
        ew3.react("👍", sunniva);
        say(17, "08:30", chBench, ewan, "Prices: Cardiff are about 30% dearer than Avonmouth was. Worth it if you've "
                + "got a show.");
        Post mg2 = say(17, "11:00", chAsk, magnus, "Anyone free for CO2 jets at a club night on 1 July in Bristol?");
        Post peMg = re(17, "11:20", percival, mg2, "We are. Jets plus an operator, £450 for the night.");
        re(17, "11:30", magnus, peMg, "Booked, thanks Percival.");
        say(17, "16:00", chBench, ewan, "Dry ice is short too, the Bristol supplier is out till Monday.");
        say(18, "09:00", chBench, ewan, "Avonmouth now say the 26th at the earliest.");
        Post ew4 = say(18, "15:00", chBench, ewan, "If anyone has a CO2 show this weekend and no cylinders, Frostline "
                + "had eight left at lunchtime.");
        Post suEw = re(18, "15:20", sunniva, ew4, "Thank you for keeping us posted, Ewan, that saved my Saturday.");
        re(18, "15:30", ewan, suEw, "Glad it helped.");
        say(19, "10:00", chBench, ewan, "Frostline are out now. Cardiff still have stock.");
        Post ew5 = say(19, "18:00", chBench, ewan, "Last update for the week: Avonmouth reopening is confirmed for the "
                + "26th.");
        ew5.react("🙌", percival, sunniva);
    }

    /**
     * H. Small Rooms: Brigid, a new promoter, asks the lounge on days 1, 2 and 4 and Leofric answers each time; she
     * says only "Thanks" and helps nobody that week. On day 10 she finds Fergus a support act. Zoltan joins on day 8
     * and DMs her a priced PA offer with a booking link on day 9. Jolene answers Ngozi's request for crew with her
     * rates (day 5) and offers June crew once in #suppliers (day 11). Rupert asks Fergus by mention to confirm a hold on
     * day 15 and chases on day 17; Fergus posts in the lounge meanwhile and answers on day 19.
     */
    private void smallRooms() {
        Post br1 = say(1, "10:00", srLounge, brigid, "Hi all, first gig as a promoter next month. How do you work out a "
                + "door split with a touring band?");
        Post leBr = re(1, "10:30", leofric, br1, "Usually 70/30 in the band's favour after costs, or 80/20 for a "
                + "bigger name. Agree the costs in writing first.");
        re(1, "10:40", brigid, leBr, "Thanks!");
        Post br2 = say(2, "11:00", srLounge, brigid, "How many tickets should I expect to sell on the door in a 150 "
                + "capacity room?");
        Post leBr2 = re(2, "11:30", leofric, br2, "For a local support and a touring band, maybe a third on the night. "
                + "Don't count on it.");
        re(2, "11:40", brigid, leBr2, "Thanks.");
        Post ru1 = say(3, "12:00", srDates, rupert, "Holds wanted: Saltmarsh (indie folk) on a UK run, 9 to 16 "
                + "October. Looking for 150 to 250 capacity rooms.");
        re(3, "12:20", ngozi, ru1, "I can hold 12 October in Hull.");
        re(3, "12:30", fergus, ru1, "13 October in York is free.");
        re(3, "13:00", rupert, ru1, "Thanks both, pencilling you in.");
        Post br3 = say(4, "15:00", srLounge, brigid, "Do I need my own insurance if the venue has public liability?");
        Post leBr3 = re(4, "15:30", leofric, br3, "Yes, get event insurance of your own: venues' cover usually "
                + "leaves promoters out.");
        re(4, "15:40", brigid, leBr3, "Thanks.");
        Post ng1 = say(5, "10:00", srSuppliers, ngozi, "Looking for two crew for a get-in on 24 June in Hull, four "
                + "hours. Any crew firms here?");
        Post joNg = re(5, "10:30", jolene, ng1, "Yes, we can do two crew for a four-hour call at £18 an hour each. "
                + "Details: ashcombecrew.example/rates");
        re(5, "10:45", ngozi, joNg, "Booked, thanks Jolene.");
        Post fg1 = say(6, "16:00", srLounge, fergus, "Anyone else seen ticket fees going up on the big platforms?");
        Post ngFg = re(6, "16:20", ngozi, fg1, "Yes, we're switching to a smaller one.");
        Post fgNg = re(6, "16:30", fergus, ngFg, "Which one?");
        re(6, "16:40", ngozi, fgNg, "Tixbox. Lower fees, and they pay out weekly.");
        // W22
        joins(8, "09:00", srSuppliers, zoltan);
        Post br4 = say(8, "10:00", srLounge, brigid, "First show's on sale! The Wrens, Friday 30 June at the Coach "
                + "House.");
        re(8, "10:20", ngozi, br4, "Congrats!");
        re(8, "10:30", leofric, br4, "Nice, good band.");
        say(8, "11:00", srSuppliers, zoltan, "Hello, Zoltan from Kertesz Audio. We do PA and engineers for small rooms "
                + "across the north.");
        Post zoBr = say(9, "09:00", srDm, zoltan, "Hi Brigid, congrats on your first show! We supply PA and an "
                + "engineer for rooms like the Coach House, £280 a night. Book a quick call here: "
                + "kerteszaudio.example/book");
        re(9, "14:00", brigid, zoBr, "Thanks, the venue has its own PA and engineer.");
        Post fg2 = say(10, "11:00", srLounge, fergus, "Support act pulled out of my Saturday. Anyone know a local act "
                + "in York who could step in?");
        Post brFg = re(10, "11:20", brigid, fg2, "The Linnets played my friend's night in York last month, they were "
                + "great. I can send you their contact.");
        re(10, "11:30", fergus, brFg, "Yes please, thanks Brigid!");
        say(11, "12:00", srSuppliers, jolene, "We've still got crew for June and July get-ins. DM me for rates.");
        Post wy1 = say(12, "10:00", srDates, wynn, "Band manager for The Osiers. Anyone booking Sunday shows in the "
                + "north? We're routing July.");
        Post leWy = re(12, "10:30", leofric, wy1, "I do Sunday matinees in Sheffield. Send me the dates.");
        re(12, "10:40", wynn, leWy, "Will do, thanks.");
        Post ng2 = say(13, "15:00", srLounge, ngozi, "Any advice on getting a venue's noise limit raised for one "
                + "night?");
        Post leNg = re(13, "15:20", leofric, ng2, "Ask the council's licensing officer for a temporary variation, and "
                + "give them two weeks.");
        re(13, "15:30", ngozi, leNg, "Thanks Leofric.");
        // W23
        say(15, "10:00", srDates, rupert, "@Fergus Whitlock can you confirm the York hold for Saltmarsh on 13 "
                + "October? I need to confirm the run by Wednesday.");
        Post fg3 = say(15, "12:00", srLounge, fergus, "Saturday's support was brilliant, the Linnets stole the show.");
        re(15, "12:20", brigid, fg3, "So glad!");
        Post fg4 = say(16, "14:00", srLounge, fergus, "Has anyone used a cashless bar system in a small room? The "
                + "queues are killing us.");
        Post ngFg2 = re(16, "14:20", ngozi, fg4, "We did, the card readers paid for themselves in a month.");
        re(16, "14:30", fergus, ngFg2, "Sold, thanks.");
        Post ru2 = say(17, "11:00", srDates, rupert, "@Fergus Whitlock still need a yes or no on 13 October, please.");
        Post fg5 = say(17, "16:00", srLounge, fergus, "York's new licensing rules start in July. Anyone read them "
                + "yet?");
        re(17, "16:20", leofric, fg5, "Skimmed them, mostly about outdoor seating.");
        Post br5 = say(18, "10:00", srLounge, brigid, "The Wrens are 80% sold! Thank you all for the advice last "
                + "month.");
        re(18, "10:20", leofric, br5, "Brilliant work.");
        re(18, "10:30", ngozi, br5, "Told you!");
        Post fgRu = re(19, "09:00", fergus, ru2, "Sorry Rupert, yes, 13 October is confirmed.");
        re(19, "09:20", rupert, fgRu, "Thanks, it's in.");
        Post jo1 = say(19, "12:00", srSuppliers, jolene, "@Ngozi Eze how did the Hull get-in go?");
        re(19, "12:20", ngozi, jo1, "Smooth, your crew were great.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes142Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 142");
    }
}
