package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 66 (sealed): eight communities of business-to-business, industrial, scientific and technical work, of
 * kinds no earlier round used (non-destructive-testing inspectors with a room where fabricators ask and an
 * availability room, soil-testing lab technicians where nobody sells, a hydraulic hose and fittings supplier's own
 * server with its Staff, customs brokers and freight forwarders with a room where small exporters ask, crop-spraying
 * contractors with a farmers' bookings room, small-batch PCB assemblers from hobby to pro with a for-sale room and a
 * showcase, calibration and metrology technicians with a jobs board, plant and access-equipment hire owners with a
 * room where builders ask), over three ISO weeks (2028-W27 to W29), written and labelled by writer66 (session 39)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-66.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes66Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 7, 3);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 7, 24, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-66";
    private static final int BASE = 50800;

    // --- A. NDT inspectors ---
    private final String ndt = cast.guild(941);
    private final Channel ndShop = cast.channel(ndt, "Echo & Dye", "probe-talk",
            "inspectors talking shop: UT, MT, PT, procedures, kit", "nd-probe-talk.json");
    private final Channel ndAsk = cast.channel(ndt, "Echo & Dye", "fabricators-ask",
            "fabricators and welders: ask inspectors about testing your work", "nd-fabricators-ask.json");
    private final Channel ndAvail = cast.channel(ndt, "Echo & Dye", "who-is-free",
            "inspectors: post your availability and day rates here", "nd-who-is-free.json");
    private final Channel ndCerts = cast.channel(ndt, "Echo & Dye", "cert-renewals",
            "level 2 / level 3 renewals, exams, CPD", "nd-cert-renewals.json");
    private final Persona seun = cast.person("seun.ut", "Oluwaseun Adebayo");
    private final Persona marit = cast.person("marit.h", "Marit Haugen");
    private final Persona dariusz = cast.person("dariusz.paut", "Dariusz Wróbel");
    private final Persona camila = cast.person("camila.fab", "Camila Restrepo");
    private final Persona hamish = cast.person("hamish.welds", "Hamish Loudon");
    private final Persona lan = cast.person("lan.trainee", "Nguyen Thi Lan");
    private final Persona ruairi = cast.person("ruairi.b", "Ruairi Brennan");
    private final Persona vesna = cast.person("vesna.coatings", "Vesna Kovačević");
    private final Channel ndDmVesna = cast.dm(vesna, "nd-dm-vesna.json");

    // --- B. soil-testing lab technicians (nobody sells) ---
    private final String soil = cast.guild(942);
    private final Channel slBench = cast.channel(soil, "Bench & Sieve", "bench-notes",
            "day-to-day at the bench: prep, drying, sieving, grumbles", "sl-bench-notes.json");
    private final Channel slMethods = cast.channel(soil, "Bench & Sieve", "methods-qa",
            "questions about methods: pH, organic matter, P and K extractions", "sl-methods-qa.json");
    private final Channel slShifts = cast.channel(soil, "Bench & Sieve", "shift-swaps",
            "swap weekend cover between us", "sl-shift-swaps.json");
    private final Persona anneliese = cast.person("anneliese.k", "Anneliese Kruger");
    private final Persona tomasz = cast.person("tomasz.z", "Tomasz Zieliński");
    private final Persona fatou = cast.person("fatou.lab", "Fatou Diallo");
    private final Persona rhys = cast.person("rhys.p", "Rhys Pritchard");
    private final Persona keiko = cast.person("keiko.h", "Keiko Hayashi");
    private final Persona santiago = cast.person("santi.ibarra", "Santiago Ibarra");

    // --- C. hydraulic hose supplier's own server ---
    private final String hyd = cast.guild(943);
    private final Role hyStaffRole = cast.role("Staff", "#1f8b4c", 2);
    private final Channel hyCounter = cast.channel(hyd, "Tidemark Hydraulics", "trade-counter",
            "ask about hoses, fittings, crimping and repairs; one of our counter staff will reply",
            "hy-trade-counter.json");
    private final Channel hyOffers = cast.channel(hyd, "Tidemark Hydraulics", "offers",
            "this month's offers from the Tidemark team", "hy-offers.json");
    private final Channel hyWorkshop = cast.channel(hyd, "Tidemark Hydraulics", "workshop-chat",
            "customers chatting: breakdowns, bodges, good fixes", "hy-workshop-chat.json");
    private final Persona graham = cast.person("graham.tidemark", "Graham Ashby", hyStaffRole);
    private final Persona priyanka = cast.person("priyanka.tidemark", "Priyanka Nair", hyStaffRole);
    private final Persona bogdan = cast.person("bogdan.plant", "Bogdan Petrescu");
    private final Persona shona = cast.person("shona.fitter", "Shona McAllister");
    private final Persona yusuf = cast.person("yusuf.d", "Yusuf Demir");
    private final Persona eli = cast.person("eli.cohen", "Eli Cohen");
    private final Persona tamsin = cast.person("tamsin.forestry", "Tamsin Hale");

    // --- D. customs brokers and freight forwarders ---
    private final String clr = cast.guild(944);
    private final Channel cdLounge = cast.channel(clr, "Clearance Desk", "brokers-lounge",
            "brokers and forwarders: tariffs, systems, rants", "cd-brokers-lounge.json");
    private final Channel cdAsk = cast.channel(clr, "Clearance Desk", "exporter-questions",
            "small exporters and importers: ask about paperwork, duties, shipping", "cd-exporter-questions.json");
    private final Channel cdHello = cast.channel(clr, "Clearance Desk", "introductions",
            "new here? introduce yourself", "cd-introductions.json");
    private final Channel cdRates = cast.channel(clr, "Clearance Desk", "rate-watch",
            "container and groupage rates people are seeing", "cd-rate-watch.json");
    private final Persona ingrid = cast.person("ingrid.broker", "Ingrid Solberg");
    private final Persona kofi = cast.person("kofi.forwarding", "Kofi Mensah");
    private final Persona leticia = cast.person("leticia.m", "Leticia Moreno");
    private final Persona arjun = cast.person("arjun.exports", "Arjun Mehta");
    private final Persona wiebke = cast.person("wiebke.h", "Wiebke Hartmann");
    private final Persona chidi = cast.person("chidi.o", "Chidi Okafor");
    private final Persona saoirse = cast.person("saoirse.k", "Saoirse Kinsella");

    // --- E. crop-spraying contractors ---
    private final String spray = cast.guild(945);
    private final Channel bnShop = cast.channel(spray, "Boom & Nozzle", "sprayer-shed",
            "contractors: nozzles, booms, tank mixes, kit", "bn-sprayer-shed.json");
    private final Channel bnBook = cast.channel(spray, "Boom & Nozzle", "farmer-bookings",
            "farmers: ask about getting a job booked in", "bn-farmer-bookings.json");
    private final Channel bnWind = cast.channel(spray, "Boom & Nozzle", "weather-window",
            "morning wind and delta-T readings, with the station link", "bn-weather-window.json");
    private final Persona callum = cast.person("callum.spray", "Callum Rennie");
    private final Persona agnieszka = cast.person("aga.lis", "Agnieszka Lis");
    private final Persona teodor = cast.person("teodor.agri", "Teodor Ivanov");
    private final Persona morag = cast.person("morag.farm", "Morag Finlayson");
    private final Persona dilip = cast.person("dilip.c", "Dilip Chauhan");
    private final Persona benedikt = cast.person("benedikt.agro", "Benedikt Auer");

    // --- F. small-batch PCB assemblers ---
    private final String pcb = cast.guild(946);
    private final Channel rfBench = cast.channel(pcb, "Reflow Collective", "bench",
            "general chat: boards, parts, ovens, life", "rf-bench.json");
    private final Channel rfHelp = cast.channel(pcb, "Reflow Collective", "debug-help",
            "board not working? post photos and symptoms", "rf-debug-help.json");
    private final Channel rfSale = cast.channel(pcb, "Reflow Collective", "for-sale",
            "selling boards, kits, spare reels, services", "rf-for-sale.json");
    private final Channel rfShow = cast.channel(pcb, "Reflow Collective", "showcase",
            "show your boards", "rf-showcase.json");
    private final Persona jovana = cast.person("jovana.smt", "Jovana Marković");
    private final Persona haruto = cast.person("haruto.s", "Haruto Sato");
    private final Persona efua = cast.person("efua.b", "Efua Boateng");
    private final Persona lars = cast.person("lars.boards", "Lars Eriksen");
    private final Persona mateus = cast.person("mateus.f", "Mateus Figueiredo");
    private final Persona zainab = cast.person("zainab.h", "Zainab Hussain");

    // --- G. calibration and metrology technicians ---
    private final String cal = cast.guild(947);
    private final Channel trGauge = cast.channel(cal, "Traceable", "gauge-room",
            "micrometers, gauge blocks, CMMs, torque, pressure", "tr-gauge-room.json");
    private final Channel trUnc = cast.channel(cal, "Traceable", "uncertainty-budgets",
            "help with uncertainty budgets and audits", "tr-uncertainty-budgets.json");
    private final Channel trJobs = cast.channel(cal, "Traceable", "jobs",
            "vacancies and contract work", "tr-jobs.json");
    private final Channel trCoffee = cast.channel(cal, "Traceable", "coffee",
            "off topic", "tr-coffee.json");
    private final Persona siobhan = cast.person("siobhan.cal", "Siobhan Carey");
    private final Persona emeka = cast.person("emeka.n", "Emeka Nwosu");
    private final Persona hannelore = cast.person("hanne.w", "Hannelore Weiss");
    private final Persona rashid = cast.person("rashid.af", "Rashid Al-Farsi");
    private final Persona pilar = cast.person("pilar.q", "Pilar Quintana");
    private final Persona dov = cast.person("dov.adler", "Dov Adler");

    // --- H. plant and access-equipment hire owners ---
    private final String hire = cast.guild(948);
    private final Channel hdYard = cast.channel(hire, "Hire Yard Network", "yard-talk",
            "hire firm owners: fleet, insurance, damage, the lot", "hd-yard-talk.json");
    private final Channel hdAsk = cast.channel(hire, "Hire Yard Network", "builders-ask",
            "builders and DIYers: which machine for the job?", "hd-builders-ask.json");
    private final Channel hdSpare = cast.channel(hire, "Hire Yard Network", "kit-for-sale",
            "selling ex-hire kit and spares", "hd-kit-for-sale.json");
    private final Persona gwilym = cast.person("gwilym.hire", "Gwilym Price");
    private final Persona nadia = cast.person("nadia.b", "Nadia Benali");
    private final Persona ferenc = cast.person("ferenc.t", "Ferenc Tóth");
    private final Persona ayesha = cast.person("ayesha.builds", "Ayesha Qureshi");
    private final Persona conor = cast.person("conor.d", "Conor Doyle");
    private final Persona mirela = cast.person("mirela.d", "Mirela Dumitru");

    HeldOutScenes66Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        ndt();
        soil();
        hydraulics();
        clearance();
        spraying();
        reflow();
        traceable();
        hireYard();
        ordinaryDays();
    }

    private void ndt() {
        say(1, "07:40", ndShop, marit, "heads up all, I'm on leave Wed 5th to Thu 13th, hiking with no signal. back "
                + "on the 14th, anything urgent go to Seun");
        re(1, "07:55", seun, say(1, "07:50", ndShop, ruairi, "jealous. where to?"), "enjoy it Marit!");
        say(1, "08:10", ndShop, marit, "Jotunheimen, if the knees hold up 😂");
        say(1, "09:30", ndAvail, dariusz, "PAUT and TOFD kit, Level 2 both, free from the 10th for a couple of "
                + "weeks. £650/day plus travel, DM me");
        Post dac = say(2, "18:20", ndShop, lan, "how do you all set the DAC with a 4MHz 60 degree probe? my curve "
                + "keeps drifting between the 1st and 3rd points");
        Post dacA = re(2, "18:45", seun, dac, "check your couplant first, then re-zero on the IIW block before each "
                + "point. drifting like that is nearly always a wobbly probe hand or a dry spot");
        re(2, "19:02", lan, dacA, "thanks!! will try tomorrow");
        Post galv = say(3, "10:15", ndAsk, hamish, "@Oluwaseun Adebayo quick one, is dye pen ok on galvanised "
                + "stuff or do we need to strip it back at the weld?");
        say(3, "10:40", ndAsk, seun, "strip it at the weld and 25mm either side. the zinc masks fine cracks and "
                + "the developer won't sit right on it");
        re(3, "10:52", hamish, galv, "cheers, thought so. lads won't be happy 😂");
        Post ask = say(4, "12:30", ndShop, seun, "@Nguyen Thi Lan btw you sat your level 2 in June right? could you "
                + "tell me which edition of the question bank they used? I'm resitting the general paper in Sept");
        Post mag = say(4, "20:10", ndShop, lan, "another one sorry, what lift test weight do you use for an AC "
                + "yoke? our procedure says 4.5kg but the old hands use a 10lb bar");
        Post magA = re(4, "20:30", seun, mag, "4.5kg for AC is right, 10lb is the same thing near enough. just "
                + "check it at max pole spacing");
        re(4, "20:41", lan, magA, "ahh ok that makes sense, thank you");
        say(5, "08:00", ndAsk, camila, "@Marit Haugen you did the MT on our crane brackets last autumn, could you "
                + "quote for the new batch? 30 brackets, same drawing");
        say(5, "11:20", ndCerts, ruairi, "renewal form is up for anyone due this year: "
                + "https://certbody.example/renewals/form");
        re(5, "11:40", seun, say(5, "11:30", ndCerts, ruairi, "deadline is end of August btw"), "ta, I'm due in Nov");
        Post rep = say(6, "19:00", ndShop, lan, "what do you put on a report when the scan surface is too rough to "
                + "get full coverage? just 'limited'?");
        Post repA = re(6, "19:25", seun, rep, "say how much was covered and why, and sketch it. 'limited' on its "
                + "own gets bounced by any decent client");
        re(6, "19:33", lan, repA, "thank you that's really helpful");
        say(7, "10:00", ndShop, ruairi, "anyone else's yoke legs gone loose? mine rattles like a tin of nails");
        say(7, "10:30", ndShop, seun, "mine did, the grub screw. loctite and done");

        // W28: Dariusz talks shop with peers while fabricators ask what he does
        Post frame = say(8, "08:30", ndAsk, hamish, "we've a pressure frame with 40mm butt welds, client wants UT "
                + "not RT. anyone do PAUT up in the north east? need it within two weeks");
        say(8, "12:00", ndShop, dariusz, "got the new 55 degree wedge on the array probe, what a difference on thick "
                + "sections");
        Post wedge = say(8, "12:20", ndShop, ruairi, "which one, the one with the built in irrigation?");
        re(8, "12:35", dariusz, wedge, "yeah that one, no more squeezing a bottle on a ladder");
        Post sorry = say(9, "09:10", ndShop, lan, "@Oluwaseun Adebayo sorry just saw your question! it was the "
                + "2027 edition, the general paper was mostly the old questions reworded");
        re(9, "09:30", seun, sorry, "brilliant, thanks Lan, that helps a lot");
        Post focal = say(9, "14:00", ndShop, dariusz, "@Oluwaseun Adebayo do you use focal laws from the software "
                + "or build your own for TOFD and PA combined?");
        re(9, "14:30", seun, focal, "software mostly, I tweak the start angle");
        re(9, "14:45", dariusz, focal, "same, tho the defaults are a bit optimistic on 60mm+");
        Post nozzle = say(10, "16:00", ndAsk, camila, "anyone able to do TOFD on a 60mm nozzle weld, end of the "
                + "month? paying obviously, we're in Gateshead");
        say(10, "18:00", ndShop, dariusz, "calibration day tomorrow, 6 hours on the blocks, send help");
        re(10, "18:20", ruairi, say(10, "18:10", ndShop, seun, "bring snacks"), "and a chair");
        say(11, "13:00", ndShop, dariusz, "@Ruairi Brennan you still got that spare encoder? mine's skipping");
        say(11, "13:40", ndShop, ruairi, "@Dariusz Wróbel yep, in the van, come grab it friday");
        say(12, "09:00", ndShop, dariusz, "cheers Ruairi. anyone going to the NDT show in October?");
        re(12, "10:10", seun, say(12, "10:00", ndAsk, hamish, "bump on the PAUT question, still looking"),
                "@Hamish Loudon not my kit sorry, ask in a few days when more people are about");
        say(13, "15:00", ndShop, dariusz, "encoder fixed, thanks again @Ruairi Brennan");
        say(13, "19:00", ndAsk, ruairi, "@Camila Restrepo I can do TOFD that week if nobody closer can, I'm in "
                + "Carlisle though");
        say(13, "19:30", ndAsk, camila, "@Ruairi Brennan that's fine, travel's ok, I'll DM you");
        Post back = say(14, "10:00", ndAsk, marit, "@Camila Restrepo back now! sorry for the wait, yes happy to "
                + "quote for the brackets, same as last time? I'll send it Monday");
        Post audit = re(14, "10:30", camila, back, "yes same, welcome back! the old ones passed their audit, "
                + "thanks to you");
        re(14, "11:00", marit, audit, "so glad to hear it 😊");

        // W29: a coatings rep arrives and pitches in a DM the same day
        say(15, "09:00", ndShop, vesna, "hi all, I'm Vesna, I look after fabricators for a coatings firm. lurking "
                + "to learn what you lot look for on painted welds");
        Post hiV = say(15, "09:20", ndShop, hamish, "welcome Vesna. mostly we want the paint not to be on "
                + "them when the inspector comes 😂");
        re(15, "09:30", vesna, hiV, "ha fair enough");
        Post pitch = say(15, "11:00", ndDmVesna, vesna, "Hi Hamish, nice to meet you earlier! our zinc-rich primer "
                + "is 20% off for fabricators this month, £38 a tin instead of £48. shall I send you the price list "
                + "and book a demo at your shop?");
        re(15, "13:00", hamish, pitch, "no thanks, we buy through our merchant");
        say(16, "08:00", ndShop, marit, "what did I miss? 200 messages and half are about encoders");
        say(16, "08:15", ndShop, seun, "welcome back! Lan passed her practical btw 🎉");
        Post passed = say(16, "08:30", ndShop, lan, "I did! thanks everyone for putting up with all my questions "
                + "🙏");
        re(16, "08:40", marit, passed, "well done!!");
        say(17, "14:00", ndAsk, hamish, "@Dariusz Wróbel saw your post in who-is-free, are you still free this "
                + "week for the pressure frame? 40mm butt welds");
        Post yes = say(17, "14:30", ndAsk, dariusz, "@Hamish Loudon sorry mate, missed this. yes I can do thursday, "
                + "DM me the drawings");
        re(17, "14:40", hamish, yes, "sent");
        Post lanQ = say(18, "18:00", ndShop, lan, "@Ruairi Brennan you asked about the cheap couplant last week, "
                + "it's the one from the pound shop, honestly fine for MT");
        re(18, "18:20", ruairi, lanQ, "legend, ta");
        say(19, "12:00", ndCerts, marit, "reminder renewals close end of August, don't leave it like I did in 2026");
        say(20, "16:00", ndShop, seun, "anyone got a good trick for reading through thick mill scale?");
        say(20, "16:20", ndShop, marit, "grind it, there's no trick, sorry 😂");
    }

    private void soil() {
        Post ph = say(1, "08:30", slMethods, fatou, "new lab, new method 🙃 where do people find the current method "
                + "notes for pH in calcium chloride and for loss on ignition? our SOP folder is a mess");
        re(1, "08:41", keiko, ph, "these are the ones we work from: https://soilmethods.example/ph-cacl2 "
                + "https://soilmethods.example/loi https://soilmethods.example/drying-40c and the sieving one "
                + "https://soilmethods.example/sieve-2mm");
        re(1, "08:44", keiko, ph, "the LOI one says 450, we do 550 but write it on the sheet");
        Post ty = re(1, "09:00", fatou, ph, "amazing, thank you Keiko!");
        say(1, "12:00", slBench, tomasz, "drying room hit 38 degrees today. the samples are fine, I'm not");
        say(1, "12:10", slBench, santiago, "same here, fan broke again");
        Post olsen = say(2, "10:20", slMethods, tomasz, "@Anneliese Kruger do you shake Olsen P for 30 min exactly or "
                + "is 30 +/- 1 fine in your lab?");
        say(2, "10:35", slMethods, anneliese, "30 +/- 1 is fine, what matters more is the temperature, keep it 20-25");
        re(2, "10:50", tomasz, olsen, "perfect, ta");
        say(3, "07:30", slShifts, santiago, "can anyone cover Sat 15th? I'll take one of yours in August");
        Post cov = say(3, "08:10", slShifts, keiko, "@Santiago Ibarra I can, give me the 26th Aug?");
        re(3, "08:20", santiago, cov, "deal, thanks Keiko 🙏");
        Post lumpy = say(4, "14:00", slBench, fatou, "anyone else get clay samples that come out of the oven like "
                + "bricks? the grinder hates them");
        re(4, "14:20", anneliese, lumpy, "break them up by hand at half dry, saves the grinder and your ears");
        re(4, "14:45", rhys, lumpy, "we soak ours overnight for texture, for chem we just suffer");
        say(5, "16:00", slBench, keiko, "our new balance passed its check today, only took three engineers");
        say(6, "11:00", slMethods, santiago, "does anyone run a reference soil every batch or every day?");
        say(6, "11:30", slMethods, anneliese, "every batch, and chart it. every day hides drift");
        say(6, "11:40", slMethods, santiago, "ok every batch it is. thanks");

        // W28: Rhys talks at the room about himself
        say(8, "08:00", slBench, rhys, "I finally got my own bench today, 4 years in and I have a drawer with my "
                + "name on it");
        say(8, "15:30", slBench, rhys, "my CEC runs came back within 2% of the ring test, best I've ever done");
        say(9, "10:00", slBench, rhys, "I've decided I'm going to do my HNC part time from September, my manager "
                + "says I'm ready");
        say(10, "09:00", slMethods, rhys, "I rewrote my own worksheet for the nitrate method, cut my time by an "
                + "hour. my batches are so much cleaner now");
        Post nit = say(10, "09:30", slMethods, fatou, "how did you handle the blanks? we get high readings on ours");
        re(10, "10:40", rhys, nit, "I run mine first thing, my results are always better when I do");
        say(11, "17:00", slBench, rhys, "my gran asked what I do all day and I said I weigh mud. she was "
                + "unimpressed with me");
        say(12, "12:00", slBench, rhys, "I'm doing 120 samples tomorrow on my own, wish me luck");
        say(13, "18:00", slBench, rhys, "did the 120, I'm knackered, my back is done in");
        say(9, "14:00", slShifts, tomasz, "looking for someone to take Sun 16th, can swap any weekend in Sept");
        Post tz = say(9, "15:00", slShifts, fatou, "@Tomasz Zieliński I'll take it if you do 10th Sept");
        re(9, "15:10", tomasz, tz, "done, thank you!");
        Post cal = say(11, "09:00", slMethods, anneliese, "question for everyone: how often do you check your "
                + "pipettes? we're weekly gravimetric and the auditor wants daily");
        re(11, "09:40", keiko, cal, "weekly gravimetric plus a daily visual is what passed our audit");
        re(11, "10:00", tomasz, cal, "weekly for us, daily seems overkill unless it's a critical step");
        re(11, "10:15", anneliese, cal, "thanks both, I'll push back then");
        say(12, "16:00", slBench, santiago, "shaker table walked across the bench again. tied it down with a "
                + "ratchet strap, very professional");
        say(12, "16:10", slBench, keiko, "😂 ours has rubber feet now, game changer");

        // W29
        Post sieve = say(15, "09:00", slMethods, keiko, "@Anneliese Kruger do you ever see 2mm sieves wear "
                + "oval? ours passed the check last year but look dodgy");
        re(15, "09:30", anneliese, sieve, "yes, send them for verification, ours failed at 3 years");
        re(15, "09:45", keiko, sieve, "ok will do, thanks");
        Post rhysQ = say(16, "10:00", slBench, rhys, "@Fatou Diallo how's the new lab treating you? sorry I never "
                + "asked properly");
        re(16, "10:30", fatou, rhysQ, "getting there! the SOP folder is sorted now thanks to Keiko's links");
        say(17, "13:00", slBench, tomasz, "new drying oven arrives friday, the old one is 31 years old");
        say(17, "13:05", slBench, santiago, "give it a send-off");
        Post bl = say(18, "11:00", slMethods, fatou, "update: fixed our nitrate blanks, it was the filter papers. "
                + "swapped brand and they're clean");
        re(18, "11:20", rhys, bl, "nice one, I'll check ours");
        say(19, "07:50", slShifts, santiago, "anyone want an extra Saturday? I owe Keiko, so Keiko first");
        say(20, "15:00", slBench, anneliese, "auditor happy with weekly pipette checks. thanks for the backup "
                + "@Keiko Hayashi @Tomasz Zieliński");
    }

    private void hydraulics() {
        say(1, "08:00", hyOffers, priyanka, "July offer: 1/2\" two-wire hose 15% off by the metre until Sunday, "
                + "https://tidemark.example/offers/july");
        Post q1 = say(2, "07:15", hyCounter, yusuf, "morning, need a 3/8 BSP to JIC adaptor, 90 degree. do you keep "
                + "them or is it order in?");
        re(2, "07:40", priyanka, q1, "we keep them, 20 on the shelf. want one put by?");
        re(2, "07:45", yusuf, q1, "yes please, thanks");
        Post q2 = say(3, "13:00", hyCounter, eli, "what's the max working pressure on your 4SH hose in 1 inch? "
                + "spec sheet on my phone won't open");
        say(3, "13:20", hyCounter, priyanka, "@Eli Cohen 1 inch 4SH is 380 bar working. I'll email the sheet too");
        re(3, "13:30", eli, q2, "cheers 👍");
        Post q3 = say(4, "16:00", hyCounter, yusuf, "the fitting you put by leaks at the thread, did I need tape on "
                + "it?");
        Post q3a = re(4, "16:30", graham, q3, "no tape on BSP with a bonded seal, use a new dowty washer, bet the old "
                + "one's nicked");
        re(4, "16:40", yusuf, q3a, "that was it, thanks Graham");
        say(5, "09:00", hyWorkshop, bogdan, "digger blew a hose on the boom ram at 8am, 40 mins from the yard. "
                + "love mondays. oh wait it's friday");
        say(5, "09:10", hyWorkshop, shona, "😂 that's the spirit");
        Post q4 = say(5, "11:00", hyCounter, yusuf, "last one this week I promise: can you crimp a hose if I bring "
                + "my own fittings?");
        re(5, "11:20", priyanka, q4, "we can, as long as they're a make our dies cover. bring them in and we'll "
                + "check");
        re(5, "11:30", yusuf, q4, "great, thank you");
        say(6, "18:00", hyWorkshop, eli, "anyone run a log splitter off a tractor PTO pump? mine's slow as a week");
        say(6, "18:30", hyWorkshop, shona, "check the relief valve, ours was set way low from the factory");

        // W28: a returning customer waits while Graham greets new people
        say(8, "08:00", hyOffers, priyanka, "this week: quick-release couplings, 10% off, "
                + "https://tidemark.example/offers/couplings");
        say(8, "09:00", hyCounter, bogdan, "@Graham Ashby you did our excavator hoses in March, could you quote "
                + "for the dozer? 6 hoses, I'll bring the old ones in whenever suits");
        joins(9, "10:00", hyWorkshop, tamsin);
        say(9, "10:20", hyWorkshop, tamsin, "hi all, forestry contractor in the valleys, harvester and forwarder, "
                + "hoses are my life");
        Post tw = say(9, "11:00", hyWorkshop, graham, "@Tamsin Hale welcome! we do mobile hose repair out your way, "
                + "want me to send over the callout rates?");
        re(9, "12:00", tamsin, tw, "maybe later thanks, just looking for now");
        Post ref = say(10, "14:00", hyWorkshop, shona, "the crimper I got off you lot in May has done 200 fittings "
                + "without a miss. told my neighbour Ian to come to you for his baler");
        re(10, "14:30", priyanka, ref, "Shona that's lovely to hear, thank you for sending Ian our way! tell him to "
                + "ask for me");
        say(10, "16:30", hyWorkshop, graham, "welcome to the new faces this week! ask us anything at the counter, "
                + "first visit gets a free dust cap kit");
        say(11, "08:30", hyOffers, graham, "reminder: the mobile van covers 40 miles from the yard, same day if you "
                + "call before 10");
        say(11, "09:00", hyWorkshop, graham, "@Tamsin Hale if you're near Cwmcarn Thursday the van's there anyway, "
                + "happy to swing by");
        say(12, "10:00", hyCounter, bogdan, "@Graham Ashby any news on the dozer quote?");
        say(12, "11:30", hyCounter, priyanka, "@Bogdan Petrescu sorry Bogdan, I'll get Graham to call you this "
                + "afternoon, he's had the van out all week");
        say(12, "15:00", hyCounter, graham, "@Bogdan Petrescu apologies, quote coming tonight, bring the old hoses "
                + "Monday");
        say(13, "17:00", hyWorkshop, eli, "log splitter fixed, relief valve was it. cheers @Shona McAllister");

        // W29
        say(15, "08:00", hyOffers, priyanka, "new stock: stainless fittings for food and wash-down kit, prices on "
                + "the counter page https://tidemark.example/stainless");
        Post dozer = say(15, "12:00", hyCounter, bogdan, "dropped the dozer hoses off, thanks for squeezing them in");
        re(15, "12:30", graham, dozer, "no bother, ready Wednesday. and sorry again for last week");
        Post q5 = say(16, "09:00", hyCounter, tamsin, "what's the lead time on a 2.5m hose for a harvester head, "
                + "1/2 inch, ORFS both ends?");
        re(16, "09:15", priyanka, q5, "same day if you're in before 2");
        re(16, "09:20", tamsin, q5, "brilliant, coming in");
        Post own = say(17, "19:00", hyWorkshop, yusuf, "brought my own fittings in like you said, all crimped, no "
                + "leaks. cheers Tidemark");
        re(17, "19:30", priyanka, own, "thanks Yusuf, glad it all sealed up 👍");
        say(18, "08:00", hyWorkshop, shona, "anyone else's baler knotter hydraulics playing up in this heat?");
        say(18, "08:40", hyWorkshop, bogdan, "not baler but everything's sweating oil this week");
        Post dz = say(19, "16:00", hyCounter, bogdan, "dozer's back working, hoses look tidy");
        re(19, "16:10", graham, dz, "great stuff, thanks Bogdan");
    }

    private void clearance() {
        say(1, "09:00", cdLounge, ingrid, "morning. systems down again at the port, anyone else getting timeouts "
                + "on declarations?");
        say(1, "09:05", cdLounge, saoirse, "since 7am, lovely start");
        say(1, "09:20", cdLounge, kofi, "same, I've given up and I'm doing paperwork the old way");
        joins(2, "10:00", cdHello, arjun);
        Post hiA = say(2, "10:15", cdHello, arjun, "hello! Arjun, I make brass fittings for restorers and just started "
                + "exporting to the EU. my shop is https://arjunbrass.example if you're curious. here to learn "
                + "paperwork without crying");
        re(2, "10:40", ingrid, hiA, "welcome Arjun! start with Kofi's guide to incoterms, it saves a lot of tears: "
                + "https://kofimensah.example/incoterms-plain-english");
        re(2, "10:50", arjun, hiA, "thank you, reading it now");
        Post haul = say(3, "14:00", cdLounge, saoirse, "@Kofi Mensah who do you use for haulage out of Felixstowe "
                + "these days? our usual lot doubled their rate");
        say(4, "08:30", cdRates, kofi, "40ft Shanghai to Felixstowe quoted at $2,950 this week, down from $3,400");
        Post inv = say(4, "11:00", cdAsk, arjun, "does anyone have a checklist for commercial invoices? my first one "
                + "got bounced for missing something and they won't tell me what");
        Post invA = re(4, "11:20", ingrid, inv, "I wrote one for my clients, free to use: "
                + "https://ingridsolberg.example/invoice-checklist - usually it's the EORI or the origin line");
        re(4, "11:35", arjun, invA, "it was the origin line 🙄 thank you so much");
        say(5, "16:00", cdLounge, kofi, "anyone else seeing demurrage at Southampton go silly? 5 days free now");
        say(5, "16:20", cdLounge, ingrid, "4 at ours, and they're strict");
        say(6, "10:00", cdRates, kofi, "groupage Leeds to Oslo, £175 a pallet this month");
        say(6, "10:10", cdRates, wiebke, "seeing similar to Gothenburg, £190");
        re(7, "09:00", ingrid, haul, "@Saoirse Kinsella try the co-op at the north gate, we moved to them in May");
        say(7, "09:20", cdLounge, saoirse, "thanks Ingrid, will ring them Monday");

        // W28: Wiebke's webinar everywhere
        say(8, "09:00", cdLounge, wiebke, "morning all, anyone else doing the new safety and security filings by "
                + "hand still?");
        say(8, "09:30", cdLounge, saoirse, "yes and I hate it");
        say(10, "12:00", cdLounge, wiebke, "I'm running a webinar on the new filing rules on the 20th, £45, early "
                + "bird £30 until Friday: https://wiebkehartmann.example/webinar-filings");
        say(10, "12:06", cdAsk, wiebke, "exporters, if the new filing rules confuse you, my webinar on the 20th: "
                + "https://wiebkehartmann.example/webinar-filings");
        say(10, "12:12", cdRates, wiebke, "not rates but useful: webinar on the new filings, "
                + "https://wiebkehartmann.example/webinar-filings");
        Post hs = say(11, "15:00", cdAsk, chidi, "how do I find the right commodity code for dried hibiscus? the "
                + "tariff search gives me three");
        re(11, "15:30", saoirse, hs, "it depends if it's for tea or for dyeing. for tea it's usually the herbal "
                + "infusion line. send me the spec and I'll have a look");
        re(11, "15:40", chidi, hs, "for tea, thanks Saoirse");
        say(12, "09:00", cdLounge, wiebke, "last 2 days of the early bird price for the filings webinar! "
                + "https://wiebkehartmann.example/webinar-filings");
        say(12, "11:00", cdRates, kofi, "20ft Ningbo to Southampton, $1,800, first drop in months");
        say(13, "14:00", cdLounge, ingrid, "port systems down again. it's a tradition now");
        say(13, "14:05", cdLounge, kofi, "I'll bring the cake");

        // W29: a new exporter and a forwarder's priced reply
        joins(15, "08:00", cdHello, leticia);
        Post hiL = say(15, "08:20", cdHello, leticia, "hi everyone, Leticia here, I make ceramic tiles in a small "
                + "workshop and we just got our first order from a Norwegian architect 😍");
        re(15, "08:45", ingrid, hiL, "welcome Leticia, congratulations! shout in exporter-questions whenever you're "
                + "stuck");
        Post first = say(16, "10:00", cdAsk, leticia, "first pallet left the workshop this morning for Bergen! the "
                + "forwarder the architect chose did everything, I just signed");
        re(16, "10:20", kofi, first, "congrats! next time use me, I do groupage to Norway for £175 a pallet "
                + "door to door, DM me and I'll set you up an account");
        re(16, "10:40", saoirse, first, "lovely news, well done 🎉");
        re(16, "12:00", leticia, first, "thank you both!");
        Post cert = say(17, "09:00", cdAsk, chidi, "@Ingrid Solberg do I need a certificate of origin for the "
                + "hibiscus to Germany or is the invoice statement enough?");
        re(17, "09:40", ingrid, cert, "invoice statement is fine under the agreement if you're under 6,000 euro, "
                + "above that you need to be registered");
        re(17, "09:50", chidi, cert, "under, phew. thanks");
        say(18, "13:00", cdRates, wiebke, "Hamburg to Felixstowe feeder, £1,050 a 20ft this week");
        say(19, "10:00", cdLounge, saoirse, "the north gate co-op is great btw, thanks again @Ingrid Solberg");
        say(20, "16:00", cdAsk, arjun, "update: EU shipment number 3 cleared in a day! this channel is the best");
    }

    private void spraying() {
        say(1, "05:30", bnWind, callum, "5:30 reading: 6 km/h SW, gusts 11, delta-T 3. good window till 9 "
                + "https://windcheck.example/station/kinross");
        joins(1, "09:00", bnBook, dilip);
        say(1, "18:00", bnShop, agnieszka, "anyone tried the new air-induction flat fans on a 36m boom? worried "
                + "about coverage on the cereals");
        say(1, "18:30", bnShop, callum, "on wheat they're fine, on oilseed I'd go twin cap");
        say(2, "05:35", bnWind, callum, "5:35: 14 km/h W, gusts 22. no go this morning "
                + "https://windcheck.example/station/kinross");
        say(2, "08:00", bnBook, morag, "@Teodor Ivanov you did our spring barley in May, could you fit the wheat "
                + "fungicide in before the 15th? the Hendersons next door want your number too, I told them you're "
                + "the best we've had");
        Post scorch = say(2, "13:00", bnBook, dilip, "new to arable here, took over my uncle's place. the headlands on "
                + "the field by the road look scorched after the last contractor, is that normal?");
        re(2, "14:00", benedikt, scorch, "not normal, could be overlap at the turns or drift. send a photo, and "
                + "check which product went on");
        re(2, "14:20", dilip, scorch, "thanks, photo in a bit");
        say(3, "05:40", bnWind, callum, "5:40: 4 km/h S, gusts 8, delta-T 2. perfect "
                + "https://windcheck.example/station/kinross");
        re(3, "09:00", teodor, scorch, "@Dilip Chauhan that's sloppy work, never happens with my kit. I've got "
                + "slots Thursday, £14/ha, want me to book you in?");
        say(3, "11:00", bnShop, teodor, "3am start, 600ha done by lunch. best week of the year so far");
        Post pic = say(3, "12:00", bnBook, dilip, "photo of the headland, it's about 6m in from the hedge");
        re(3, "12:30", benedikt, pic, "classic overlap at the turn, no sectional shut-off probably. it'll "
                + "recover, just note it for next time");
        re(3, "12:40", dilip, pic, "good to know, ta");
        say(4, "05:30", bnWind, callum, "5:30: 7 km/h SW, gusts 12, delta-T 4 "
                + "https://windcheck.example/station/kinross");
        say(4, "19:00", bnShop, teodor, "@Agnieszka Lis your twin caps, which make? thinking of switching");
        say(4, "19:20", bnShop, agnieszka, "@Teodor Ivanov the blue ones from the co-op, no brand worth naming");
        say(5, "05:30", bnWind, callum, "5:30: 9 km/h W, gusts 15, delta-T 5. marginal "
                + "https://windcheck.example/station/kinross");
        say(5, "20:00", bnBook, teodor, "couple of slots left next week for fungicides around Perth, "
                + "shout if you need one");
        say(6, "17:00", bnShop, callum, "pump seal went on the trailed sprayer, anyone know a quick source?");
        re(6, "17:30", agnieszka, say(6, "17:10", bnShop, benedikt, "the dealer at Bankfoot had them last month"),
                "they still do, got one tuesday");
        say(7, "10:00", bnBook, morag, "@Teodor Ivanov just checking you saw my message about the wheat?");

        // W28
        say(8, "06:00", bnWind, agnieszka, "Callum's away so me today: 5 km/h SE, gusts 9, delta-T 3 "
                + "https://windcheck.example/station/kinross");
        say(9, "08:00", bnBook, teodor, "@Morag Finlayson so sorry Morag, saw it late. yes, Wednesday for the "
                + "wheat? and thank you for passing my name to the Hendersons");
        say(9, "08:30", bnBook, morag, "@Teodor Ivanov Wednesday's great");
        Post nozz = say(10, "19:00", bnShop, agnieszka, "has anyone had their tests come back with one section "
                + "over-applying? mine's 12% heavy on the left wing");
        re(10, "19:20", teodor, nozz, "worn nozzles or a kinked feed line, check the line first, it's cheaper");
        re(10, "19:40", agnieszka, nozz, "kinked line!! under the fold. thanks Teodor");
        Post book = say(11, "12:00", bnBook, dilip, "how far ahead do people book a contractor for autumn "
                + "herbicides?");
        re(11, "12:30", agnieszka, book, "4-6 weeks for September, the good days go fast");
        re(11, "12:45", dilip, book, "thanks, will sort it now then");
        say(12, "21:00", bnShop, benedikt, "resistance testing results for blackgrass are out from the trial "
                + "site, worse than last year");
        say(13, "20:00", bnShop, callum, "back from holiday, sprayer still works, miracle");

        // W29
        Post wht = say(15, "17:00", bnBook, morag, "wheat's looking clean after Teodor's fungicide, thanks again");
        re(15, "17:20", teodor, wht, "great to hear, thanks Morag 🙏");
        Post aut = say(16, "10:00", bnBook, dilip, "@Agnieszka Lis could I get you for the autumn herbicide, about "
                + "80ha? you were helpful last week");
        re(16, "10:30", agnieszka, aut, "@Dilip Chauhan yes, second week of September, I'll DM you to sort details");
        say(17, "05:30", bnWind, callum, "5:30: 3 km/h N, gusts 6, delta-T 2, spray away "
                + "https://windcheck.example/station/kinross");
        say(18, "18:00", bnShop, agnieszka, "who's going to the demo day at the college?");
        say(18, "18:15", bnShop, callum, "me, for the free bacon rolls mainly");
        say(19, "07:00", bnShop, teodor, "I'll be there too, bringing the new boom to show");
    }

    private void reflow() {
        say(1, "10:00", rfSale, jovana, "small-batch assembly, 10-200 boards, 0402 and up, stencils included. "
                + "from £3 a board plus parts, details https://jovanasmt.example/assembly");
        say(1, "19:00", rfBench, haruto, "my toaster oven conversion finally holds a profile within 3 degrees 🎉");
        re(1, "19:20", zainab, say(1, "19:10", rfBench, efua, "photo or it didn't happen"), "seconded");
        say(1, "19:30", rfBench, haruto, "thermocouple taped to a scrap board, graph in the morning");
        Post dead = say(2, "21:00", rfHelp, efua, "my board wont power up at all, 3.3V rail sits at 0.4V. tried "
                + "reflowing the regulator twice already");
        re(2, "21:20", haruto, dead, "work through these: https://pcbnotes.example/shorted-rail "
                + "https://pcbnotes.example/thermal-camera-trick https://pcbnotes.example/ldo-orientation "
                + "https://pcbnotes.example/cap-cracks");
        re(2, "21:25", haruto, dead, "my money's on the regulator footprint being mirrored, check pin 1");
        Post dead2 = re(3, "08:00", efua, dead, "IT WAS MIRRORED. thank you Haruto 😂");
        re(3, "08:10", haruto, dead2, "classic, we've all done it");
        Post stencil = say(3, "18:00", rfHelp, zainab, "@Jovana Marković how thick a stencil do you use for 0402 "
                + "with a QFN nearby? my QFN keeps bridging");
        Post stA = re(3, "18:30", jovana, stencil, "0.12mm and window-pane the QFN pad, 50% coverage. I wrote it up "
                + "here with photos: https://jovanasmt.example/notes/qfn-paste");
        re(3, "18:45", zainab, stA, "this is great, thank you!");
        say(4, "12:00", rfShow, zainab, "my first 4-layer board! a little LoRa weather node");
        say(4, "12:20", rfShow, jovana, "@Zainab Hussain that's gorgeous, those via fences 😍");
        say(4, "12:40", rfShow, zainab, "@Jovana Marković thanks! your stencil tip fixed the QFN");
        Post flux = say(5, "20:00", rfHelp, haruto, "what do people use to clean no-clean flux when it still looks "
                + "grim?");
        re(5, "20:30", efua, flux, "IPA and a toothbrush, then a rinse in demineralised water if you're brave");
        re(5, "20:40", haruto, flux, "brave I am not. IPA it is");
        say(6, "11:00", rfBench, lars, "anyone been to the maker fair at the old tram depot? worth a table?");
        say(6, "11:30", rfBench, efua, "went last year, busy, mostly families, not sure they'd buy boards");

        // W28: Lars dumps his store into the bench
        say(9, "20:00", rfBench, lars, "new in the shop: USB-C breakout, £4 https://larsboards.example/usbc");
        say(9, "20:01", rfBench, lars, "RP2040 mini, £9 https://larsboards.example/rp2040-mini");
        say(9, "20:02", rfBench, lars, "e-ink driver board, £12 https://larsboards.example/eink");
        say(9, "20:03", rfBench, lars, "LiPo charger, £5 https://larsboards.example/lipo");
        say(9, "20:05", rfBench, lars, "and the solder practice kit, £6 https://larsboards.example/practice");
        say(9, "21:00", rfBench, zainab, "uhh ok");
        Post reel = say(10, "17:00", rfBench, efua, "anyone have spare 100nF 0402 on a reel? I need like 200");
        re(10, "17:30", zainab, reel, "I've a half reel, post it tomorrow, just pay the stamp");
        re(10, "17:40", efua, reel, "you're a star 🙏");
        say(11, "19:00", rfShow, haruto, "reflow profile graph as promised, 3 degree band over the whole soak");
        say(11, "19:15", rfShow, efua, "@Haruto Sato that's a better curve than my work oven 👀");
        Post cut = say(12, "10:00", rfHelp, lars, "my v-score panels snap badly, the edge is ragged, anyone? tried a "
                + "sharper depanel jig already");
        re(12, "10:30", jovana, cut, "ask the fab for a deeper score, 1/3 each side, and snap over a rounded edge");
        re(12, "10:45", lars, cut, "will do, ta");
        say(13, "18:00", rfSale, zainab, "selling: half reel 10k 0603 and a spare hot plate, £20 the plate, collection "
                + "Leeds");

        // W29: a contest entry pushed at strangers
        say(16, "09:00", rfBench, mateus, "hi please vote for my board in the spring contest, it's a synth "
                + "module: https://boardcontest.example/entry/311 voting ends friday!!");
        say(16, "09:05", rfShow, mateus, "please vote for me 🙏 https://boardcontest.example/entry/311");
        Post help = say(17, "14:00", rfHelp, efua, "ESP32 keeps brown-out resetting when wifi starts, 1000uF on the "
                + "rail already");
        re(17, "14:20", jovana, help, "check the trace from the regulator, thin traces sag on the wifi burst. and "
                + "a 10uF right at the module");
        re(17, "14:40", efua, help, "trace is 0.2mm 😬 that's it, thanks");
        say(18, "20:00", rfBench, zainab, "stamp money received, reel on its way @Efua Boateng");
        say(18, "20:30", rfBench, efua, "got it already! the post is fast this week");
        say(19, "12:00", rfBench, haruto, "toaster oven died. RIP. it gave its life for science");
        say(19, "12:10", rfBench, lars, "respects 🕯️");
        say(20, "08:00", rfBench, mateus, "last day to vote!! https://boardcontest.example/entry/311");
    }

    private void traceable() {
        say(1, "08:00", trGauge, siobhan, "gauge block set came back from UKAS with two blocks out by 0.2um, "
                + "the 1.005 and the 1.3. anyone else's wearing that fast?");
        say(1, "08:30", trGauge, hannelore, "the small ones get handled most, ours go every 3 years or so");
        Post rep = say(2, "13:00", trUnc, rashid, "first uncertainty budget for a torque wrench, what do I put for "
                + "the resolution term if it's a click type?");
        re(2, "13:40", siobhan, rep, "for a click type the resolution is really the repeatability of the click, so "
                + "take it from your repeat readings, rectangular, divide by root 3");
        re(2, "13:50", rashid, rep, "ahh makes sense, thanks");
        Post cmm = say(3, "10:00", trGauge, dov, "@Hannelore Weiss your CMM room, how tight do you hold the "
                + "temperature? ours swings 1.5 degrees over a day");
        say(3, "10:20", trGauge, hannelore, "20 +/- 0.5 and we log it every 10 min. 1.5 will show up on anything "
                + "over 300mm");
        re(3, "10:30", dov, cmm, "ouch. ok, time to fight facilities");
        Post k2 = say(4, "15:00", trUnc, rashid, "and the coverage factor, k=2 always or does it depend?");
        re(4, "15:30", hannelore, k2, "k=2 unless your effective degrees of freedom are low, then look it up");
        re(4, "15:40", rashid, k2, "thank you 🙏");
        Post ppm = say(5, "09:00", trGauge, dov, "pressure balance question: do you correct for local gravity or "
                + "use standard?");
        re(5, "09:20", rashid, ppm, "local, we had it measured when the lab was built, it's on the certificate");
        re(5, "09:30", dov, ppm, "cheers Rashid");
        say(6, "12:00", trJobs, pilar, "we're hiring a calibration tech, dimensional and pressure, Bristol, full "
                + "time, details https://pilarlabs.example/jobs/cal-tech");
        say(7, "10:00", trCoffee, siobhan, "anyone else's lab kettle calibrated? ours has a sticker, someone thought "
                + "they were funny");

        // W28: Emeka's app
        say(8, "09:00", trGauge, emeka, "morning, anyone tried the new digital indicators with bluetooth? gimmick or "
                + "useful?");
        say(8, "09:30", trGauge, siobhan, "useful for logging, battery life is awful though");
        say(9, "11:00", trGauge, emeka, "btw I built a calibration records app for small labs, due dates, "
                + "certificates, audit trail. £49 a seat a year, DM me for a demo");
        say(10, "16:00", trCoffee, dov, "heatwave week in a 20 degree lab. best office in the building");
        re(10, "16:20", pilar, say(10, "16:10", trCoffee, hannelore, "we get visitors just for the air con"),
                "same 😂");
        say(12, "10:00", trCoffee, emeka, "launch discount on the records app, first 3 months half price: "
                + "https://emekacal.example/launch");
        Post mu = say(12, "14:00", trUnc, dov, "has anyone had an auditor ask for the uncertainty of the reference "
                + "temperature itself? first time for me");
        re(12, "14:30", emeka, mu, "yes, they want the thermometer's own cal uncertainty in the budget, it's usually "
                + "tiny but it has to be there");
        re(12, "14:40", dov, mu, "right, easy enough, thanks");
        say(13, "09:00", trJobs, pilar, "still looking for the cal tech, closing date 28th");

        // W29: Siobhan is at an audit
        say(15, "07:30", trCoffee, siobhan, "off to a customer audit all week, back Friday, slow replies from "
                + "me till then");
        Post rev = say(15, "12:00", trUnc, rashid, "@Siobhan Carey when you're back could you glance at my torque "
                + "budget? no rush, I know you're away");
        say(16, "13:00", trGauge, hannelore, "anyone have a spare 25mm setting standard we could borrow for a day?");
        say(16, "13:30", trGauge, dov, "@Hannelore Weiss I do, I'll drop it round thursday");
        Post thx = say(17, "09:00", trGauge, rashid, "passed my first audit on torque! thanks everyone in "
                + "uncertainty-budgets for the help");
        re(17, "09:30", hannelore, thx, "well done Rashid!");
        re(17, "10:00", dov, thx, "nice one 👏");
        say(18, "15:00", trGauge, emeka, "bluetooth indicator update: battery died after 9 days, Siobhan was right");
        say(19, "11:00", trJobs, pilar, "filled! thank you to everyone who shared it");
        Post back = re(19, "17:00", siobhan, rev, "@Rashid Al-Farsi back now! send me the latest version and I'll "
                + "go through it Monday");
        re(19, "17:20", rashid, back, "sent, thank you Siobhan");
    }

    private void ordinaryDays() {
        // A. NDT
        Post bat = say(7, "15:00", ndShop, marit, "(from a hut with one bar) does anyone know if flaw detector "
                + "batteries survive a week in the van in this heat?");
        re(7, "15:30", ruairi, bat, "mine swelled last summer, bring them inside. and get off your phone, you're on "
                + "holiday 😂");
        say(11, "10:00", ndCerts, lan, "booked my practical for the 16th, nervous");
        say(11, "10:20", ndCerts, seun, "@Nguyen Thi Lan you'll be fine, just take your time on the sizing");
        say(18, "09:00", ndAsk, camila, "@Marit Haugen quote received, all good, PO on its way");
        say(18, "09:30", ndAsk, marit, "@Camila Restrepo thank you! booked for the 2nd");
        say(20, "09:00", ndCerts, ruairi, "sent my renewal off. the form asks for my hours twice, in two formats");

        // B. soil lab
        say(3, "16:00", slBench, tomasz, "the ring test samples arrived. someone at the post office opened one. "
                + "it's soil. what did they expect");
        say(3, "16:05", slBench, keiko, "😂 contraband loam");
        say(14, "10:00", slBench, fatou, "power cut mid-run, lost a whole batch of extractions. weekend ruined");
        say(14, "10:30", slBench, anneliese, "oh no. at least it's only a day, we lost a week to a freezer once");
        say(19, "17:00", slBench, keiko, "new oven at Tomasz's yet?");
        say(19, "17:30", slBench, tomasz, "@Keiko Hayashi in and humming, the old one went to the college");

        // C. hydraulics
        say(3, "17:00", hyWorkshop, bogdan, "fitted the new couplers from the offer, way better than the old "
                + "ones. tip: grease the balls before first use");
        say(3, "17:20", hyWorkshop, eli, "good to know, mine are stiff as anything");
        Post tq = say(18, "12:00", hyCounter, eli, "torque figure for a 1/2 JIC, steel on steel?");
        re(18, "12:15", priyanka, tq, "about 50 Nm, or flats from finger tight: 2 flats");
        re(18, "12:25", eli, tq, "ta 👍");

        // D. clearance
        say(9, "10:00", cdLounge, chidi, "is it just me or did the new tariff search lose its filters overnight?");
        say(9, "10:20", cdLounge, ingrid, "not just you, it's in the release notes as 'improvements'");
        say(14, "15:00", cdRates, saoirse, "40ft Rotterdam to Dublin, €1,400 this week, up 100");
        Post bond = say(19, "14:00", cdAsk, arjun, "do I need a bond for a one-off temporary import of a lathe "
                + "for a trade fair?");
        re(19, "14:30", saoirse, bond, "look at an ATA carnet, your chamber of commerce does them, much simpler "
                + "than a bond for a show");
        re(19, "14:45", arjun, bond, "never heard of it, perfect, thank you");

        // E. spraying
        say(13, "12:00", bnShop, agnieszka, "tank rinse tip: half tank clean water through the boom before the "
                + "final rinse saves an hour");
        say(13, "12:30", bnShop, teodor, "stealing that");
        say(20, "06:00", bnWind, agnieszka, "6:00: 10 km/h W, gusts 18, delta-T 6, holding off "
                + "https://windcheck.example/station/kinross");
        say(20, "09:00", bnShop, benedikt, "demo day photos up on the college page, the boom looked good "
                + "@Teodor Ivanov");
        say(20, "09:30", bnShop, teodor, "@Benedikt Auer cheers, it behaved for once");

        // F. reflow
        say(7, "14:00", rfBench, zainab, "anyone else's solder paste separate in the fridge? stir or bin?");
        say(7, "14:20", rfBench, jovana, "stir it well with a spatula for a couple of minutes, bin if it's past "
                + "date");
        say(14, "19:00", rfShow, efua, "fixed board from last week, it lives! blinking LED never looked so good");
        say(14, "19:20", rfShow, haruto, "@Efua Boateng the mirrored footprint club welcomes you 😂");

        // G. traceable
        say(11, "12:00", trCoffee, rashid, "anyone else doing the metrology society's summer school? looking for "
                + "a lift from Bristol");
        say(11, "12:30", trCoffee, pilar, "@Rashid Al-Farsi I'm driving from Bristol, room for one");
        say(11, "12:40", trCoffee, rashid, "@Pilar Quintana amazing, thank you, I'll pay for fuel");
        say(18, "16:00", trGauge, dov, "setting standard dropped off at Hannelore's, all in one piece");

        // H. hire yard
        say(9, "19:00", hdYard, gwilym, "quiet week, everything's out. first time since April");
        say(9, "19:20", hdYard, nadia, "same, the good kind of quiet");
        say(15, "08:00", hdAsk, conor, "gable's done, tower was perfect, walk-through was worth it @Gwilym Price");
        say(15, "08:30", hdAsk, gwilym, "@Conor Doyle good stuff, glad it went up safe");
    }

    private void hireYard() {
        Post waiver = say(1, "09:00", hdYard, gwilym, "how are people handling damage waivers this year? insurer "
                + "wants us to drop ours");
        re(1, "09:40", ferenc, waiver, "I charge 12% on mine and I've never had a complaint. my yard's had three "
                + "damage-free years, I built my own checkout system");
        re(1, "10:00", nadia, waiver, "we kept ours at 10% but made the excess clearer on the form. fewer rows "
                + "since");
        re(1, "10:20", gwilym, waiver, "thanks both, Nadia that's a good shout on the form");
        Post clay = say(2, "12:00", hdAsk, ayesha, "which machine for footings 1m deep in heavy clay, 12m run, "
                + "tight side access (about 1.1m)?");
        re(2, "12:30", nadia, clay, "a 1 tonne micro with a 300 bucket fits through 1m, it'll do clay slowly. a "
                + "1.5t with retractable tracks if the gate's really 1.1");
        re(2, "12:45", ayesha, clay, "gate is 1.1 exactly, 1.5t it is. thanks!");
        Post tele = say(3, "08:00", hdYard, mirela, "anyone put telehandlers out to farms? the wear is brutal, "
                + "thinking of stopping");
        re(3, "08:30", ferenc, tele, "I stopped years ago, I only do builders now. my fleet is the youngest in the "
                + "county, I replace everything at 3 years");
        re(3, "09:00", gwilym, tele, "we charge a farm rate, 20% more, covers the tyres");
        re(3, "09:10", mirela, tele, "farm rate makes sense, thanks Gwilym");
        Post ins = say(4, "14:00", hdYard, nadia, "has anyone's insurer started asking for telematics on every "
                + "machine?");
        re(4, "14:30", ferenc, ins, "I put telematics on mine in 2024, I was first round here. my premiums dropped "
                + "15% because I pushed them");
        re(4, "15:00", mirela, ins, "ours asked, we said only on the big ones and they accepted");
        Post thef = say(5, "10:00", hdYard, gwilym, "two mini diggers nicked from a site near us overnight. "
                + "anyone doing anything clever about theft?");
        re(5, "10:30", ferenc, thef, "I've never lost one, I park mine behind my own gates with my own cameras. I "
                + "designed the whole yard myself");
        re(5, "11:00", nadia, thef, "track lock plus a hidden cut-off switch, cheap and it's stopped two tries");
        say(5, "11:15", hdYard, gwilym, "@Nadia Benali where do you hide the switch? (DM fine)");
        say(6, "17:00", hdYard, ferenc, "I just took delivery of my fifth 3 tonner, my biggest month ever");
        say(7, "09:00", hdSpare, mirela, "ex-hire 2.2kW breaker, serviced, £180, collection Swansea");

        // W28
        Post scaf = say(8, "10:00", hdAsk, conor, "need a tower for a gable end, 7m to the ridge, soft ground. "
                + "alloy tower or a small cherry picker?");
        re(8, "10:30", gwilym, scaf, "tower with sole boards on soft ground, a picker will sink unless you've got "
                + "mats. and you'll want it over a weekend for a gable anyway");
        re(8, "10:40", conor, scaf, "tower it is, cheers");
        say(10, "13:00", hdAsk, conor, "@Gwilym Price do I need a PASMA ticket to put the tower up myself?");
        say(10, "13:30", hdAsk, gwilym, "not by law for your own job, but we do a 20 min walk-through on delivery "
                + "and you'd be daft to skip it");
        say(10, "13:40", hdAsk, conor, "fair, I'll be there for it");
        say(11, "08:00", hdSpare, nadia, "selling two ex-hire 1t dumpers, 2019, hours on request, £3,200 each");
        say(11, "09:00", hdYard, mirela, "anyone using the new hire software everyone's on about? worth the switch?");
        say(11, "09:30", hdYard, nadia, "we trialled it, good for bookings, bad for invoicing. stayed put");
        Post dig = say(12, "18:00", hdAsk, ayesha, "footings are in! hired the 1.5t from @Nadia Benali, driver "
                + "was brilliant. told my brother to go to you for his extension");
        re(12, "18:30", nadia, dig, "so glad it went well Ayesha, and thank you for sending your brother! 😊");
        say(13, "07:00", hdYard, ferenc, "@Mirela Dumitru how's the farm trade going, kept it or dropped it?");
        say(13, "07:30", hdYard, mirela, "@Ferenc Tóth kept it with Gwilym's farm rate, tyres paid for already");

        // W29
        Post gen = say(16, "11:00", hdAsk, ayesha, "what size generator for a site cabin with a kettle, heater and "
                + "a couple of laptops?");
        re(16, "11:30", ferenc, gen, "a 6kVA if the heater's 3kW, kettles are greedy. keep the heater off when "
                + "the kettle's on if you go smaller");
        re(16, "11:45", ayesha, gen, "6kVA, great, thanks Ferenc");
        say(17, "16:00", hdYard, gwilym, "insurer backed down on the waivers, thanks for the ammo everyone");
        say(18, "09:00", hdSpare, gwilym, "ex-hire alloy tower, 6.2m, full set of braces, £900");
        say(19, "12:00", hdYard, nadia, "anyone going to the plant show in Builth? I'll buy the first round");
        say(19, "12:20", hdYard, ferenc, "I'll be there, say hello");
    }

    static Map<String, String> files() {
        return new HeldOutScenes66Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 66");
    }
}
