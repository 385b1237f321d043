package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 79 (sealed): eight communities of building and the trades around a house, of kinds no earlier round
 * used (scaffolders with a room where homeowners ask and a fittings dealer among them, plasterers with a room where
 * homeowners ask and a supplier's rep among them, tilers with a room where homeowners ask and a showcase, self-builders
 * where nobody sells, a builders' merchant's own server with its Staff and Trade Account holders, architectural
 * technicians with a room where homeowners ask, damp and timber surveyors with a room where homeowners ask and a
 * treatment seller's DM, kitchen fitters with a room where homeowners ask and a tool-hire supplier among them), over
 * three ISO weeks (2029-W30 to W32), written and labelled by writer79 (session 45) before any coach ran on them, with
 * many borderline cases. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-79.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes79Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 7, 23);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 8, 13, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-79";
    private static final int BASE = 61200;

    // --- A. scaffolders ---
    private final String scaff = cast.guild(1071);
    private final Channel scYard = cast.channel(scaff, "Tube & Fitting", "the-yard",
            "shop talk for scaffolders: tube, fittings, tags, inspections", "sc-the-yard.json");
    private final Channel scAsk = cast.channel(scaff, "Tube & Fitting", "ask-a-scaffolder",
            "homeowners and other trades ask about scaffolds here", "sc-ask-a-scaffolder.json");
    private final Channel scKit = cast.channel(scaff, "Tube & Fitting", "kit-for-sale",
            "buy, sell and swap boards, fittings and tube", "sc-kit-for-sale.json");
    private final Channel scBrew = cast.channel(scaff, "Tube & Fitting", "brew-hut",
            "anything else", "sc-brew-hut.json");
    private final Persona dean = cast.person("dean.holloway", "Dean Holloway");
    private final Persona kerry = cast.person("kerry.m", "Kerry Mansfield");
    private final Persona pawel = cast.person("pawel.n", "Pawel Nowicki");
    private final Persona gethin = cast.person("gethin.fittings", "Gethin Rowlands");
    private final Persona sue = cast.person("sue.p", "Sue Pardoe");
    private final Persona imran = cast.person("imran.q", "Imran Qadir");
    private final Persona fiona = cast.person("fiona.b", "Fiona Blake");

    // --- B. plasterers ---
    private final String plaster = cast.guild(1072);
    private final Channel plTrowel = cast.channel(plaster, "Skim Coat", "float-and-trowel",
            "trade talk for plasterers and renderers", "pl-float-and-trowel.json");
    private final Channel plAsk = cast.channel(plaster, "Skim Coat", "homeowner-questions",
            "homeowners and DIYers ask plasterers here", "pl-homeowner-questions.json");
    private final Channel plJobs = cast.channel(plaster, "Skim Coat", "jobs-board",
            "work going and work wanted, plasterers only", "pl-jobs-board.json");
    private final Channel plBanter = cast.channel(plaster, "Skim Coat", "banter",
            "off topic", "pl-banter.json");
    private final Persona lorna = cast.person("lorna.t", "Lorna Tait");
    private final Persona marcus = cast.person("marcus.plasters", "Marcus Ebo");
    private final Persona shay = cast.person("shay.d", "Shay Doyle");
    private final Persona ricky = cast.person("ricky.v", "Ricky Vance");
    private final Persona jenny = cast.person("jenny.w", "Jenny Walsh");
    private final Persona tom = cast.person("tom.a", "Tom Ashby");
    private final Persona ngozi = cast.person("ngozi.e", "Ngozi Eze");

    // --- C. tilers ---
    private final String tiles = cast.guild(1073);
    private final Channel tiTalk = cast.channel(tiles, "Grout Expectations", "tile-talk",
            "trade chat for tilers", "ti-tile-talk.json");
    private final Channel tiAsk = cast.channel(tiles, "Grout Expectations", "ask-a-tiler",
            "homeowners: ask about your tiling job here", "ti-ask-a-tiler.json");
    private final Channel tiShow = cast.channel(tiles, "Grout Expectations", "show-your-floors",
            "finished jobs, show them off", "ti-show-your-floors.json");
    private final Channel tiOff = cast.channel(tiles, "Grout Expectations", "off-cuts",
            "off topic", "ti-off-cuts.json");
    private final Persona bryony = cast.person("bryony.h", "Bryony Hale");
    private final Persona nikos = cast.person("nikos.tiles", "Nikos Petrakis");
    private final Persona aisha = cast.person("aisha.k", "Aisha Kamara");
    private final Persona dougie = cast.person("dougie.f", "Dougie Frame");
    private final Persona rhiannon = cast.person("rhiannon.l", "Rhiannon Lloyd");
    private final Persona graham = cast.person("graham.p", "Graham Pike");
    private final Persona mei = cast.person("mei.c", "Mei Chen");

    // --- D. self-builders (nobody sells) ---
    private final String selfb = cast.guild(1074);
    private final Channel sbDiary = cast.channel(selfb, "Plot to Keys", "build-diaries",
            "your build, week by week", "sb-build-diaries.json");
    private final Channel sbPlan = cast.channel(selfb, "Plot to Keys", "planning-and-regs",
            "planning permission, building control, warranties", "sb-planning-and-regs.json");
    private final Channel sbTools = cast.channel(selfb, "Plot to Keys", "tools-and-tips",
            "tools, methods, what worked", "sb-tools-and-tips.json");
    private final Channel sbKettle = cast.channel(selfb, "Plot to Keys", "kettle-on",
            "everything else", "sb-kettle-on.json");
    private final Persona hamish = cast.person("hamish.g", "Hamish Grant");
    private final Persona zara = cast.person("zara.o", "Zara Okafor");
    private final Persona ellen = cast.person("ellen.m", "Ellen Moss");
    private final Persona vikram = cast.person("vikram.d", "Vikram Desai");
    private final Persona carys = cast.person("carys.j", "Carys Jenkins");
    private final Persona olly = cast.person("olly.b", "Olly Brennan");

    // --- E. a builders' merchant's own server ---
    private final String merchant = cast.guild(1075);
    private final Role staff = cast.role("Staff", "#e67e22", 2);
    private final Role tradeAccount = cast.role("Trade Account", "#3498db", 1);
    private final Channel hbCounter = cast.channel(merchant, "Harcourt Building Supplies", "counter",
            "ask the Harcourt team: stock, orders, advice", "hb-counter.json");
    private final Channel hbDeliv = cast.channel(merchant, "Harcourt Building Supplies", "deliveries",
            "delivery days, wagon times, collections", "hb-deliveries.json");
    private final Channel hbOffers = cast.channel(merchant, "Harcourt Building Supplies", "offers",
            "this week's offers from the Harcourt team", "hb-offers.json");
    private final Channel hbSite = cast.channel(merchant, "Harcourt Building Supplies", "site-chat",
            "members' chat: trades and DIYers", "hb-site-chat.json");
    private final Persona gail = cast.person("gail.harcourt", "Gail Harcourt", staff);
    private final Persona kofi = cast.person("kofi.m", "Kofi Mensah", staff);
    private final Persona ruth = cast.person("ruth.pen", "Ruth Penhaligon", staff);
    private final Persona stevie = cast.person("stevie.k", "Stevie Knox", tradeAccount);
    private final Persona tariq = cast.person("tariq.a", "Tariq Aziz", tradeAccount);
    private final Persona benji = cast.person("benji.roofs", "Benji Ward", tradeAccount);
    private final Persona lou = cast.person("lou.c", "Lou Carver");

    // --- F. architectural technicians ---
    private final String tech = cast.guild(1076);
    private final Channel atCad = cast.channel(tech, "Section & Detail", "cad-and-bim",
            "CAD, Revit, BIM: software talk for technicians", "at-cad-and-bim.json");
    private final Channel atRegs = cast.channel(tech, "Section & Detail", "regs-corner",
            "building regs and planning details", "at-regs-corner.json");
    private final Channel atHome = cast.channel(tech, "Section & Detail", "plans-for-homeowners",
            "homeowners ask about drawings, planning and regs", "at-plans-for-homeowners.json");
    private final Channel atWater = cast.channel(tech, "Section & Detail", "watercooler",
            "off topic", "at-watercooler.json");
    private final Persona priyanka = cast.person("priyanka.s", "Priyanka Shah");
    private final Persona rob = cast.person("rob.k", "Rob Kettle");
    private final Persona ines = cast.person("ines.d", "Ines Duarte");
    private final Persona callum = cast.person("callum.bim", "Callum Reid");
    private final Persona bernie = cast.person("bernie.c", "Bernie Cole");
    private final Persona alison = cast.person("alison.f", "Alison Fry");
    private final Persona jas = cast.person("jas.d", "Jas Dhillon");

    // --- G. damp and timber surveyors ---
    private final String damp = cast.guild(1077);
    private final Channel dtSurvey = cast.channel(damp, "Damp & Timber Network", "survey-talk",
            "for damp and timber surveyors", "dt-survey-talk.json");
    private final Channel dtAsk = cast.channel(damp, "Damp & Timber Network", "ask-about-damp",
            "homeowners ask about damp, rot and woodworm", "dt-ask-about-damp.json");
    private final Channel dtCpd = cast.channel(damp, "Damp & Timber Network", "cpd-and-events",
            "training, webinars and events", "dt-cpd-and-events.json");
    private final Channel dtLunch = cast.channel(damp, "Damp & Timber Network", "lunchbox",
            "off topic", "dt-lunchbox.json");
    private final Persona malcolm = cast.person("malcolm.r", "Malcolm Reade");
    private final Persona hannah = cast.person("hannah.b", "Hannah Brook");
    private final Persona dev = cast.person("dev.p", "Dev Patel");
    private final Persona sian = cast.person("sian.r", "Sian Roberts");
    private final Persona kev = cast.person("kev.damp", "Kev Dunmore");
    private final Persona paula = cast.person("paula.g", "Paula Gray");
    private final Persona nate = cast.person("nate.o", "Nate Osei");
    private final Persona maureen = cast.person("maureen.k", "Maureen Kirby");
    private final Channel dmKevNate = cast.dm(nate, "dm-kev-nate.json");

    // --- H. kitchen fitters ---
    private final String kitchens = cast.guild(1078);
    private final Channel kfBench = cast.channel(kitchens, "Worktop Wednesday", "fitters-bench",
            "trade talk for kitchen fitters", "kf-fitters-bench.json");
    private final Channel kfAsk = cast.channel(kitchens, "Worktop Wednesday", "ask-a-fitter",
            "homeowners ask about their kitchen here", "kf-ask-a-fitter.json");
    private final Channel kfTrade = cast.channel(kitchens, "Worktop Wednesday", "trade-counter",
            "tools, hire, offcuts and kit for sale", "kf-trade-counter.json");
    private final Channel kfTea = cast.channel(kitchens, "Worktop Wednesday", "tea-break",
            "chat", "kf-tea-break.json");
    private final Persona lee = cast.person("lee.b", "Lee Barnes");
    private final Persona joanne = cast.person("joanne.p", "Joanne Pryor");
    private final Persona sami = cast.person("sami.hire", "Sami Haddad");
    private final Persona craig = cast.person("craig.d", "Craig Dunne");
    private final Persona ellie = cast.person("ellie.m", "Ellie Marsh");
    private final Persona raj = cast.person("raj.v", "Raj Varma");
    private final Persona gwen = cast.person("gwen.h", "Gwen Hughes");

    private HeldOutScenes79Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        scaffolders();
        plasterers();
        tilers();
        selfBuilders();
        merchant();
        technicians();
        surveyors();
        kitchenFitters();
    }

    private void scaffolders() {
        // W30
        say(1, "07:10", scYard, dean, "morning all. wind's up again, 3 jobs pushed to wednesday");
        say(1, "07:15", scYard, kerry, "same here. not putting lads up 6 lifts in 40mph gusts");
        say(1, "07:20", scYard, pawel, "good, my hands are still frozen from friday");
        Post drive = say(1, "12:00", scAsk, fiona, "homeowner question: our neighbours want to put scaffold on our "
                + "drive for their loft conversion. do we have to say yes?");
        Post licence = re(1, "12:40", kerry, drive, "you don't have to, but it's usually easier to agree a licence in "
                + "writing: how long, where exactly, who fixes any damage. and ask for "
                + "their scaffolder's insurance cert");
        re(1, "13:00", fiona, licence, "oh that's really helpful, we'll ask for it in writing");
        say(2, "09:00", scKit, gethin, "400 used doubles and 200 swivels in, all checked, £1.10 and £1.40 each. "
                + "gethinfittings.example/fittings");
        say(2, "09:30", scYard, dean, "anyone had the new compliance sheets kick off on a cantilever? ours wanted a "
                + "design for a 1.2m one");
        say(2, "09:45", scYard, kerry, "yep. anything past a standard config needs a design now, we use a freelance "
                + "engineer, about £180 a drawing");
        say(2, "09:50", scYard, gethin, "same from what I hear round the yards");
        say(2, "10:00", scYard, dean, "ta both, will get one ordered");
        Post strike = say(3, "10:15", scAsk, sue, "@Dean Holloway your lads put our scaffold up in June for the roof. "
                + "roofer finished Tuesday, when's it coming down? it's blocking the side gate");
        strike.react("👍", dean);
        Post office = re(3, "11:00", kerry, strike, "not my firm but usually it's a strike request to the office and "
                + "a few days' wait. worth ringing them too");
        re(3, "11:10", sue, office, "will do, thanks Kerry");
        say(3, "17:00", scBrew, pawel, "who's watching the cricket");
        say(3, "17:05", scBrew, gethin, "on the radio in the van all day 😂");
        say(3, "17:10", scBrew, kerry, "not me, kids have got the telly");
        say(4, "08:00", scYard, dean, "tag inspections done on the school job, all green");
        say(4, "08:10", scYard, pawel, "👍 took forever on that back elevation");
        Post conserv = say(5, "16:00", scAsk, imran, "can scaffold go up over a glass conservatory roof? getting the "
                + "gutters done");
        Post bridge = re(5, "16:30", kerry, conserv, "yes, we bridge over it with beams and never touch the glass. "
                + "costs a bit more because of the extra tube");
        re(5, "16:40", imran, bridge, "makes sense, cheers");
        say(6, "10:00", scBrew, dean, "barbecue at the yard next saturday if anyone's about, bring your own meat");
        say(6, "10:20", scBrew, gethin, "I'll bring the sausages");
        // W31: Gethin's boards in three rooms
        say(8, "08:00", scKit, gethin, "boards back in, 3.9m and 3m, banded, £9 each: gethinfittings.example/boards");
        say(8, "09:00", scAsk, sue, "for anyone wondering, ours came down on Friday after I rang the office");
        Post brackets = say(8, "08:30", scYard, kerry, "anyone know a decent place for brackets? ours are all bent");
        re(8, "08:45", gethin, brackets, "I've got hop-ups and brackets, used but straight. message me");
        re(8, "09:10", kerry, brackets, "will do Gethin");
        say(9, "07:30", scYard, gethin, "boards back in if anyone's short, £9 each for you lot: "
                + "gethinfittings.example/boards");
        say(9, "07:40", scYard, pawel, "we're alright for boards for once");
        Post climb = say(9, "12:00", scAsk, imran, "scaffold went up today. can I go on it to look at the gutters "
                + "myself?");
        re(9, "12:30", kerry, climb, "best not without asking the firm, it's their scaffold and their insurance. "
                + "some let you if it's tagged, but ask first");
        say(9, "12:35", scAsk, pawel, "and never if the tag's red or missing");
        say(9, "13:00", scAsk, imran, "fair, I'll ring them");
        say(10, "18:00", scBrew, gethin, "anyone doing a loft or an extension at home? boards going cheap: "
                + "gethinfittings.example/boards");
        say(10, "18:10", scBrew, pawel, "haha always selling");
        say(10, "18:15", scBrew, gethin, "gotta shift them 😂");
        say(11, "09:00", scYard, dean, "new lad started monday, keen as anything");
        say(11, "09:05", scYard, kerry, "get him on the CISRS course early");
        say(11, "09:20", scYard, dean, "booked for september");
        Post agreed = say(12, "14:00", scAsk, fiona, "neighbours agreed a licence, 8 weeks, all in writing. thank you "
                + "again Kerry");
        agreed.react("❤️", kerry);
        say(12, "14:20", scAsk, kerry, "good stuff, glad it worked out");
        say(13, "09:00", scBrew, dean, "barbecue tomorrow, 1pm, yard gates open");
        say(14, "16:00", scBrew, kerry, "cheers for the barbecue Dean, lovely do");
        say(14, "16:10", scBrew, dean, "thanks for coming");
        // W32: Dean talks only with the trade while Imran waits
        say(15, "07:00", scYard, dean, "anyone else's wagon failed its MOT on the tail lift?");
        say(15, "07:10", scYard, pawel, "ours passed last month");
        Post rams = say(15, "07:20", scYard, kerry, "ours did in March, £600 for new rams");
        re(15, "07:30", dean, rams, "ouch. that's about what they quoted us");
        Post extra = say(15, "12:00", scAsk, imran, "roofer wants the scaffold another 2 weeks and the scaffold firm "
                + "says that's £90 a week extra. is that normal?");
        say(15, "12:30", scYard, dean, "@Gethin Rowlands you got any 21ft tube going? need 30");
        Post tube = say(15, "12:45", scYard, gethin, "@Dean Holloway yep, 30 in the yard, £14 a length to you");
        re(15, "13:00", dean, tube, "lovely, I'll send the lad round tomorrow");
        say(16, "08:00", scYard, dean, "lad picked up the tube, all good, cheers Gethin");
        say(16, "08:10", scYard, gethin, "👍");
        Post hse = say(16, "10:00", scYard, kerry, "HSE were on our Leeds job yesterday. all fine but they checked "
                + "every tag");
        re(16, "10:10", dean, hse, "good. they were at ours in May, asked for the handover certs");
        say(16, "10:20", scYard, kerry, "I keep copies in the van now");
        say(16, "10:25", scYard, dean, "same, learned that the hard way");
        say(17, "07:30", scYard, dean, "rain all day, lads on the yard sorting fittings");
        say(17, "07:40", scYard, pawel, "sorting fittings in the rain, living the dream");
        say(17, "07:45", scYard, dean, "😂 there's tea in the cabin");
        say(17, "16:00", scBrew, dean, "who's up for darts friday");
        say(17, "16:10", scBrew, kerry, "count me in");
        say(17, "16:15", scBrew, dean, "go on then, the Crown at 8");
        Post weekly = re(18, "09:00", kerry, extra, "that's about right, hire goes weekly after the first period. "
                + "check your quote, it should say what the weekly extension costs");
        re(18, "09:30", imran, weekly, "it did say £90, I missed it. thanks");
        say(19, "08:00", scYard, dean, "@Kerry Mansfield did you sort the engineer for that cantilever in the end?");
        say(19, "08:30", scYard, kerry, "yep, drawing came Monday");
    }

    private void plasterers() {
        // W30
        say(1, "08:00", plTrowel, lorna, "anyone using the new lightweight backing coat? bag says 2 hours but it's "
                + "going off in 40 in this heat");
        say(1, "08:20", plTrowel, ricky, "heat does that. keep the bags out of the van and use cold water. a "
                + "teaspoon of retarder per mix if you must");
        say(1, "08:30", plTrowel, marcus, "cold water from the tap in the house, never the van tank");
        say(1, "08:40", plTrowel, lorna, "ta both, makes sense, the van's an oven");
        Post cracks = say(2, "19:00", plAsk, jenny, "we had a room skimmed 3 weeks ago and there are hairline cracks "
                + "all round the ceiling edge. did the plasterer do it wrong?");
        Post caulk = re(2, "19:30", marcus, cracks, "not necessarily. hairlines where wall meets ceiling are movement "
                + "as it dries, very common in the first month. fill them with flexible decorator's caulk before "
                + "painting, not filler. if they're wider than a coin's edge get him back. I did a full video on this, "
                + "subscribe for more: youtube.example/@marcusplasters");
        re(2, "19:45", jenny, caulk, "that's a relief, caulk it is. thank you!");
        say(3, "12:00", plBanter, ricky, "who's at the trade show in Coventry next month?");
        say(3, "12:10", plBanter, lorna, "me, for the free bacon rolls");
        say(3, "12:15", plBanter, marcus, "😂 priorities");
        Post meme = say(4, "10:00", plAsk, tom, "me: I'll just patch this little bit myself. the wall: 👀 ... how do "
                + "I stop the patch showing through the paint?");
        Post mist = re(4, "10:20", lorna, meme, "haha classic. seal the patch with a mist coat (watered-down "
                + "emulsion, about 70/30) before the top coats, and feather the edges wider than you think");
        re(4, "10:30", tom, mist, "mist coat, got it 🙏");
        say(5, "17:00", plBanter, marcus, "new video up lads, how I skim a ceiling solo with no hop-up: "
                + "youtube.example/watch?v=skim-solo drop a sub if it helps");
        say(5, "17:20", plBanter, shay, "watched it already, the box trick is clever");
        say(5, "17:30", plBanter, marcus, "cheers Shay");
        Post labourer = say(6, "09:00", plJobs, lorna, "need a labourer 3 days next week in Harrogate, £140 a day");
        re(6, "09:40", marcus, labourer, "my nephew's free, I'll send him your number");
        // W31: Shay is taught, and leaves Lorna's question; Ricky sells to the trade
        Post angles = say(8, "07:30", plTrowel, shay, "first solo job this week, a full kitchen. any tips for getting "
                + "the angles straight? mine always look wavy");
        Post beads = re(8, "07:50", lorna, angles, "angle beads on every external, no exceptions, and run a feather "
                + "edge up the internals. take your time on the first coat and the second follows it");
        Post wetBrush = re(8, "18:00", shay, beads, "beads on and it looks miles better. internals still a bit rough, "
                + "went over them with a wet brush");
        re(8, "18:10", lorna, wetBrush, "that's it, the brush does half the work");
        say(9, "09:00", plTrowel, ricky, "price rise on multi-finish from the 1st, about 6%. I can hold old prices "
                + "for orders in before Friday");
        Post forty = say(9, "09:15", plTrowel, marcus, "put me down for 40 bags Ricky");
        re(9, "09:20", ricky, forty, "done, Thursday drop ok?");
        say(9, "09:25", plTrowel, marcus, "perfect");
        say(9, "11:00", plTrowel, lorna, "@Ricky Vance 25 bags and a box of thin coat beads for me please");
        say(9, "11:10", plTrowel, ricky, "@Lorna Tait no problem, Thursday as well");
        Post artex = say(10, "07:00", plTrowel, shay, "kitchen ceiling is artex. skim straight over it or scrape?");
        Post asbestos = re(10, "07:30", lorna, artex, "test it for asbestos first, older artex can have it. if it's "
                + "clear, PVA or a bonding primer and two coats over the top. don't scrape");
        Post kit = re(10, "08:00", shay, asbestos, "test kit ordered, holding off till it's back");
        re(10, "08:05", lorna, kit, "good lad. @Shay Doyle where abouts are you based? I get overflow work round York "
                + "and might pass some on");
        say(11, "08:00", plTrowel, ricky, "anyone tried the new blue bead? the galv rusts through in bathrooms");
        say(11, "08:20", plTrowel, lorna, "stainless in bathrooms always for me");
        say(11, "08:25", plTrowel, ricky, "stainless it is, I'll stock more");
        say(11, "12:00", plBanter, shay, "anyone else's knees gone after a week of floors 😂");
        say(11, "12:05", plBanter, marcus, "every week mate");
        Post adhesive = say(11, "14:00", plAsk, ngozi, "can you plaster straight onto old brick after taking tiles "
                + "off? the wall's a mess of adhesive");
        Post chisel = re(11, "14:30", lorna, adhesive, "get the adhesive off with a scraper or an SDS chisel first, "
                + "then bond it, and a backing coat if it's uneven. plaster won't stick to tile adhesive");
        re(11, "14:40", ngozi, chisel, "ugh ok, chisel it is");
        say(12, "12:00", plBanter, ricky, "@Shay Doyle heard you did your first solo kitchen, nice one");
        say(12, "12:10", plBanter, shay, "cheers Ricky, nearly there");
        say(12, "12:15", plBanter, ricky, "trade account's there when you need one");
        Post pinholes = say(12, "19:00", plTrowel, shay, "artex test came back clear 🙌 it's all skimmed but there's a "
                + "few pinholes near the window");
        Post fine = re(12, "19:20", lorna, pinholes, "pinholes is usually the second coat too thin or trowelled up "
                + "too early. fill with a bit of finish on a small trowel, they'll vanish under paint");
        re(12, "19:30", shay, fine, "sorted, thanks Lorna");
        Post pink = say(13, "10:00", plAsk, tom, "is it normal for new plaster to go pink then patchy brown?");
        re(13, "10:15", lorna, pink, "yep, that's it drying. leave it till it's all the same light pink, 1-2 weeks, "
                + "before the mist coat");
        say(13, "15:00", plBanter, ricky, "deliveries done, weekend starts at 2");
        say(13, "15:05", plBanter, marcus, "jealous");
        say(13, "15:10", plBanter, ricky, "shout if anyone runs short monday");
        say(14, "11:00", plBanter, ricky, "anyone going to the match sunday?");
        say(14, "11:20", plBanter, lorna, "yes, north stand");
        // W32
        Post thanksMarcus = say(15, "18:00", plAsk, jenny, "caulked and painted, cracks gone. thanks @Marcus Ebo");
        re(15, "18:30", marcus, thanksMarcus, "glad it worked 👍");
        Post render = say(16, "08:00", plJobs, marcus, "anyone free to help on a render job in Leeds next week? "
                + "2 days");
        re(16, "08:20", shay, render, "I'm free Tue and Wed");
        say(16, "08:30", plJobs, marcus, "sound, I'll message you");
        Post selby = say(17, "07:30", plTrowel, shay, "@Lorna Tait sorry, missed your message last week, I'm in Selby "
                + "so not far from York");
        re(17, "08:00", lorna, selby, "ace, I'll keep you in mind");
        Post subs = say(18, "12:00", plBanter, marcus, "hit 10k subs this morning 🎉 thank you to anyone who watched");
        subs.react("🎉", lorna, shay);
        say(18, "12:10", plBanter, lorna, "well done!");
        say(18, "12:20", plBanter, ricky, "legend");
        say(19, "17:00", plAsk, ngozi, "adhesive is off and the bonding's on. thank you all");
    }

    private void tilers() {
        // W30
        Post large = say(1, "08:00", tiTalk, bryony, "large format 1200x600 on a timber floor this week. ply and a "
                + "decoupling mat, or backer board?");
        re(1, "08:20", aisha, large, "ply screwed at 150 centres then a decoupling mat. I wouldn't go straight onto "
                + "boards with that size");
        say(1, "08:25", tiTalk, nikos, "same, and check the joists for bounce first");
        say(1, "08:40", tiTalk, bryony, "ta, joists are fine, ordering the mat");
        Post hex = say(2, "18:00", tiShow, nikos, "finished this hexagon shower wall today 🔥 more on my insta: "
                + "instagram.example/nikos.tiles");
        hex.react("😍", bryony, aisha);
        Post herring = say(3, "11:00", tiAsk, mei, "anyone got a template or a guide for setting out herringbone? "
                + "first time, doing our hallway floor");
        Post guide = re(3, "11:30", aisha, herring, "start from a centre line down the hall and dry-lay a full run "
                + "before any adhesive, working out from the middle so the cuts are equal at both walls. I wrote a "
                + "setting-out guide with printable templates, £12: aishatiles.example/herringbone-guide. the free "
                + "bit is the centre line and the dry run, that's 80% of it");
        re(3, "11:45", mei, guide, "the dry run tip alone is gold, thank you");
        Post quote = say(4, "20:00", tiAsk, graham, "@Bryony Hale my mate said you did his bathroom in Headingley. "
                + "could you quote for ours? about 8 square metres, walls and floor");
        Post sat = re(5, "07:30", bryony, quote, "hiya Graham, yes happy to. I'm booked solid next week but can "
                + "come and look Saturday, send me a DM with your address");
        re(5, "07:45", graham, sat, "DM sent 👍");
        say(5, "12:00", tiOff, dougie, "anyone fancy five-a-side thursday?");
        say(5, "12:10", tiOff, bryony, "I'm in");
        say(5, "12:15", tiOff, nikos, "knee's still dodgy, next time");
        Post black = say(6, "19:00", tiAsk, rhiannon, "grout in the shower's gone black in the corners. regrout or is "
                + "there a trick?");
        black.react("👀", dougie);
        Post epoxy = re(7, "09:00", aisha, black, "rake out the worst corners and regrout there with an epoxy grout, "
                + "and silicone the internal corner instead of grouting it. black in the corners is usually mould in "
                + "cracked grout");
        re(7, "09:20", rhiannon, epoxy, "thanks Aisha");
        // W31: Dougie's faint week
        Post skins = say(8, "07:40", tiTalk, dougie, "anyone else find the new rapid-set adhesive skins over in 10 "
                + "mins?");
        re(8, "08:00", aisha, skins, "in this heat yes, I only spread a metre at a time");
        Post marble = say(9, "18:00", tiShow, nikos, "marble-look porcelain kitchen floor, 60 m2, happy with this "
                + "one. insta: instagram.example/nikos.tiles");
        marble.react("🔥", bryony, dougie);
        say(9, "20:00", tiOff, nikos, "anyone watching the athletics?");
        say(9, "20:10", tiOff, aisha, "yes, the 800m was brilliant");
        Post blade = say(10, "07:00", tiTalk, dougie, "wet saw blade recommendations? mine's chipping porcelain");
        re(10, "07:20", nikos, blade, "continuous rim diamond blade and a slow feed");
        say(10, "07:30", tiTalk, dougie, "cheers");
        Post herringDone = say(10, "19:00", tiShow, mei, "my first ever tiling job, herringbone hallway 😊");
        herringDone.react("😍", aisha, bryony, nikos);
        re(10, "19:20", aisha, herringDone, "that's brilliant Mei, the centre line is spot on");
        say(11, "07:00", tiTalk, dougie, "wetrooms: anyone still screeding to falls or all pre-formed trays now?");
        say(11, "07:15", tiTalk, bryony, "pre-formed every time now, fewer call-backs");
        say(11, "07:20", tiTalk, dougie, "that's what I thought");
        say(12, "09:00", tiAsk, rhiannon, "regrouted the corners and siliconed, looks new");
        say(12, "09:10", tiAsk, aisha, "🙌");
        say(13, "16:00", tiTalk, dougie, "right that's me off to Cornwall for a week, phone off");
        // W32
        Post bulk = say(15, "08:00", tiTalk, aisha, "anyone got a reliable supplier for epoxy grout in bulk? price "
                + "has jumped");
        Post ring = re(15, "08:30", bryony, bulk, "I get mine from the merchant on the ring road, trade account gets "
                + "15% off");
        re(15, "08:40", aisha, ring, "will try them, thanks");
        Post niche = say(16, "18:00", tiShow, nikos, "shower with a niche and mitred edges, took all day on the "
                + "mitres: instagram.example/nikos.tiles");
        niche.react("👏", aisha);
        Post done = say(17, "20:00", tiAsk, graham, "Bryony's been and the bathroom's done, absolutely spot on. "
                + "recommended her to my sister already");
        re(17, "20:30", bryony, done, "thank you Graham, that's so kind 🙏");
        Post straight = say(18, "10:00", tiAsk, mei, "next project is the bathroom floor, straight lay. does the same "
                + "method work?");
        re(18, "10:40", aisha, straight, "yes, centre line and dry lay again, no template needed for a straight lay. "
                + "ask here if you hit a snag");
        say(19, "18:00", tiOff, dougie, "back from Cornwall, sunburnt and skint");
        say(19, "18:05", tiOff, nikos, "welcome back 😂");
        say(20, "12:00", tiTalk, nikos, "@Bryony Hale you doing five-a-side again thursday?");
        say(20, "12:30", tiTalk, bryony, "yes if my knees survive");
    }

    private void selfBuilders() {
        // W30
        Post trusses = say(1, "19:00", sbDiary, vikram, "week 30: roof trusses arrived, crane booked Thursday. diary's "
                + "here: vikbuild.example/week-30-trusses");
        Post crane = re(1, "19:20", hamish, trusses, "exciting! what size crane did you need?");
        re(1, "19:40", vikram, crane, "35 tonne. the trusses are only 9m so it's overkill but it was all they had");
        Post certs = say(2, "10:00", sbPlan, hamish, "building control want the insulation certs again");
        re(2, "10:15", zara, certs, "again?");
        say(2, "10:20", sbPlan, zara, "ours want the SAP calcs for the third time 🙃");
        say(2, "10:40", sbPlan, hamish, "they're all the same");
        Post pir = say(3, "20:00", sbTools, carys, "what do people use for cutting PIR board? the bread knife is "
                + "losing");
        re(3, "20:15", ellen, pir, "a cheap panel saw kept just for insulation, or a long snap-off knife for the "
                + "thin stuff");
        re(3, "20:20", olly, pir, "track saw if you've got one, clean edges, but it's dusty");
        say(3, "20:30", sbTools, carys, "panel saw it is, thanks both");
        say(4, "23:10", sbKettle, ellen, "anyone else lying awake doing cash-flow spreadsheets in their head");
        say(4, "23:15", sbKettle, zara, "every night");
        say(4, "23:20", sbKettle, vikram, "the spreadsheet is my life now 😂");
        Post frame = say(5, "18:00", sbDiary, ellen, "timber frame is up! 4 days from slab to roofline. so happy");
        frame.react("🎉", hamish, zara, carys);
        Post craneDay = say(5, "19:00", sbDiary, vikram, "crane day went perfectly, trusses on: "
                + "vikbuild.example/week-30-crane-day");
        craneDay.react("🔥", ellen);
        // W31: Ellen away; Vikram's diary; Olly helped by Hamish
        say(8, "07:00", sbKettle, ellen, "on site in the Cairngorms with no signal till Thursday, shout and I'll "
                + "answer when I'm back");
        Post battens = say(8, "19:00", sbDiary, vikram, "week 31 diary: felt and battens on, we're watertight-ish: "
                + "vikbuild.example/week-31-battens");
        Post watertight = re(8, "19:30", carys, battens, "watertight is the best word in self-building");
        re(8, "19:40", vikram, watertight, "ha, it really is. first dry night in the caravan");
        Post delay = say(9, "18:00", sbDiary, vikram, "window delivery delayed two weeks, the supplier 'lost' the "
                + "order. notes on what we did: vikbuild.example/window-delay");
        Post writing = re(9, "18:20", hamish, delay, "ugh. did they give you a new date in writing?");
        re(9, "18:30", vikram, writing, "yes, got it by email after chasing, the 7th");
        Post tape = say(9, "20:00", sbTools, zara, "@Ellen Moss what airtightness tape did you use on the frame? yours "
                + "looked so neat");
        Post bcVisit = say(10, "08:00", sbPlan, olly, "building control visit on friday for the foundations. what do "
                + "they actually check?");
        Post trench = re(10, "08:30", hamish, bcVisit, "depth and width against the drawings and the ground "
                + "conditions, and they want to see it before you pour. have the trench open and dry");
        re(10, "08:45", olly, trench, "trench is open, pumping it out now, cheers");
        say(10, "21:00", sbKettle, vikram, "caravan life update: a mouse has moved in");
        say(10, "21:05", sbKettle, carys, "name it");
        say(10, "21:10", sbKettle, vikram, "Gerald");
        Post screed = say(11, "09:00", sbTools, carys, "anyone got a cheap way to get a level screed in a small "
                + "room?");
        Post conduit = re(11, "09:30", olly, screed, "screed rails and a long straightedge, level the rails with a "
                + "laser or a long spirit level first. I did mine with 25mm conduit as rails, worked fine");
        re(11, "09:40", carys, conduit, "conduit! clever, thanks Olly");
        Post tesc = re(11, "17:00", ellen, tape, "back! Pro Clima Tescon, pricier but it sticks in the cold. sorry "
                + "for the wait");
        re(11, "17:10", zara, tesc, "perfect, ordering");
        Post firstFix = say(11, "19:00", sbDiary, vikram, "and the plumber's first fix plan, in case it helps anyone: "
                + "vikbuild.example/first-fix-plan");
        re(11, "19:10", carys, firstFix, "saving this, thanks");
        Post passed = say(12, "10:00", sbPlan, olly, "foundations passed! next question: do I need a warranty "
                + "provider or is building control sign-off enough for a mortgage?");
        Post lender = re(12, "10:20", hamish, passed, "most lenders want a structural warranty or an architect's "
                + "certificate. ring your lender before you pick one");
        Post ugh = re(12, "15:00", olly, lender, "lender says warranty. ugh, more money");
        Post stage = re(12, "15:10", hamish, ugh, "@Olly Brennan what did they say about stage payments, by the way? "
                + "ours were awkward");
        Post providers = say(13, "09:00", sbPlan, olly, "which warranty providers are decent for self-build? quotes "
                + "are all over the place");
        Post onePercent = re(13, "09:30", hamish, providers, "we went with a self-build specialist, they inspect at "
                + "each stage, about 1% of the build cost. avoid the ones that want the whole fee upfront");
        re(13, "09:40", olly, onePercent, "1% sounds fair, thanks");
        Post roundup = say(13, "19:00", sbDiary, vikram, "week 31 roundup: scaffold half down and it looks like a "
                + "house: vikbuild.example/week-31-roundup");
        Post house = re(13, "19:20", zara, roundup, "it really does look like a house!");
        re(13, "19:30", vikram, house, "thank you, took a while to sink in");
        Post cubes = say(14, "17:00", sbKettle, olly, "concrete's in, 14 cubes, knackered");
        cubes.react("🎉", zara, carys);
        say(14, "18:00", sbKettle, vikram, "anyone going to the self-build show in Harrogate next month?");
        say(14, "18:10", sbKettle, hamish, "yes, Saturday");
        say(14, "18:15", sbKettle, vikram, "see you there then");
        // W32
        Post airtight = say(15, "18:00", sbDiary, ellen, "windows in, airtightness test booked for next week. "
                + "nervous");
        re(15, "18:15", zara, airtight, "you'll smash it, that frame was so tight");
        Post discharge = say(16, "12:00", sbPlan, zara, "planning finally signed off the discharge of conditions 🙌");
        discharge.react("🎉", hamish, ellen);
        say(17, "20:00", sbTools, hamish, "tip: label every cable at both ends before plastering. I didn't. I'm now "
                + "tracing 40 cables");
        say(17, "20:10", sbTools, carys, "😂 taking notes");
        Post windows = say(18, "19:00", sbDiary, vikram, "week 32: windows arrived on the 7th as promised, all in by "
                + "Friday: vikbuild.example/week-32-windows");
        re(18, "19:15", hamish, windows, "brilliant");
        Post late = re(19, "08:00", olly, stage, "sorry @Hamish Grant only just saw this. stage payments were fine "
                + "with ours, they release after each warranty inspection");
        re(19, "08:20", hamish, late, "that's useful, thanks");
        say(20, "19:00", sbKettle, carys, "skip hire has gone up 30% round here, anyone else?");
        say(20, "19:10", sbKettle, ellen, "yep, we share one with the neighbours now");
    }

    private void merchant() {
        // W30: Ruth's offers link in three rooms within the day
        say(1, "09:00", hbOffers, ruth, "This week's trade offers: 20% off Type 1 and sharp sand, PIR board at last "
                + "year's price: harcourt.example/offers");
        say(1, "09:05", hbSite, ruth, "offers are up for the week 👇 harcourt.example/offers");
        say(2, "08:30", hbCounter, ruth, "morning! don't forget this week's offers: harcourt.example/offers");
        Post multi = say(2, "09:00", hbCounter, lou, "what's the difference between multi-finish and board finish? "
                + "doing a small patch");
        Post answer = re(2, "09:15", ruth, multi, "board finish goes on plasterboard only, multi-finish goes on boards "
                + "or backing coats. for a patch on an old wall, multi-finish");
        re(2, "09:20", lou, answer, "multi it is, I'll pop in later");
        Post wagon = say(2, "10:00", hbDeliv, stevie, "what time's the Leeds wagon tomorrow?");
        Post drop = re(2, "10:10", kofi, wagon, "first drop 7:30, you're second, about 8:15");
        re(2, "10:15", stevie, drop, "spot on");
        Post sparky = say(3, "13:00", hbSite, stevie, "anyone know a good sparky round Otley? mine's let me down");
        re(3, "13:20", tariq, sparky, "Dan Kerr in Burley, honest bloke, always answers his phone");
        say(3, "13:25", hbSite, stevie, "cheers Tariq");
        Post limit = say(4, "08:00", hbCounter, tariq, "@Gail Harcourt can you check my trade account limit? card "
                + "declined at the till yesterday");
        Post glitch = re(4, "08:30", gail, limit, "sorted, it was a glitch on the new system, sorry Tariq. limit's "
                + "back where it was");
        re(4, "08:35", tariq, glitch, "legend");
        Post splash = say(5, "17:00", hbSite, lou, "first time tiling a splashback, wish me luck");
        re(5, "17:10", stevie, splash, "you'll be fine, buy more spacers than you think");
        // W31
        say(8, "09:00", hbOffers, ruth, "New week, new offers: sheet materials 15% off till Friday: "
                + "harcourt.example/offers");
        Post hi = say(8, "11:00", hbSite, benji, "hi all, Benji, roofer out of Ilkley, just got my trade account "
                + "sorted");
        re(8, "11:20", gail, hi, "welcome Benji!");
        Post copper = say(10, "15:00", hbCounter, tariq, "@Kofi Mensah is my copper order on tomorrow's wagon? need "
                + "it for 8am");
        Post covered = re(10, "15:40", gail, copper, "it's on, Tariq, Kofi's out on the wagon. first drop, 7:45");
        re(10, "15:45", tariq, covered, "perfect, ta Gail");
        say(11, "07:00", hbDeliv, kofi, "Friday's wagon is full, anything ordered after 2pm goes Monday");
        say(11, "07:10", hbDeliv, stevie, "noted");
        Post stain = say(12, "10:00", hbSite, lou, "ceiling's got a brown stain after the storm, roof leaking i think "
                + "😩");
        Post callOut = re(12, "10:30", benji, stain, "sounds like a slipped tile or the flashing round the chimney. "
                + "I'm a roofer in Ilkley, could pop round Saturday and look, £60 call-out, dm me");
        re(12, "10:40", lou, callOut, "oh that'd be great, DMing you");
        Post block = say(12, "11:00", hbCounter, lou, "what do I use to cover the stain once the roof's fixed? it "
                + "keeps coming through the paint");
        Post primer = re(12, "11:20", ruth, block, "stain block primer first, then your emulsion. we've got it on "
                + "aisle 4");
        re(12, "11:25", lou, primer, "thanks Ruth");
        say(13, "08:00", hbDeliv, kofi, "sorry I missed your message Wednesday @Tariq Aziz, Gail had it covered");
        Post slipped = say(14, "16:00", hbSite, benji, "roof fixed for Lou today, slipped tile over the bathroom 👍");
        re(14, "16:20", lou, slipped, "can confirm, dry as a bone. thanks Benji");
        // W32
        say(15, "09:00", hbOffers, ruth, "offers this week: timber 10% off, OSB back in stock: "
                + "harcourt.example/offers");
        Post cut = say(15, "10:00", hbCounter, stevie, "do you cut timber to length? need 40 lengths of 4x2 at 2.4");
        Post cuts = re(15, "10:20", kofi, cut, "yes, 50p a cut, ready next morning");
        re(15, "10:25", stevie, cuts, "book it in please");
        Post collect = say(16, "14:00", hbDeliv, tariq, "can I collect instead of delivery tomorrow?");
        re(16, "14:10", ruth, collect, "yes, yard opens at 7");
        Post painted = say(17, "18:00", hbSite, lou, "bathroom ceiling painted, no stain! thank you Harcourt lot and "
                + "Benji");
        re(17, "18:20", gail, painted, "🙌 glad it's sorted");
        say(18, "12:00", hbSite, benji, "anyone need roof work, booking into September now");
        Post mould = say(19, "09:00", hbCounter, lou, "I bought the stain block from you last week, worked a treat. do "
                + "you do mould-resistant paint too?");
        re(19, "09:20", ruth, mould, "we do, the bathroom range on aisle 4, 2.5L is £24");
        say(20, "15:00", hbSite, tariq, "hot one today, water in the van fridge is warm");
        say(20, "15:10", hbSite, stevie, "😂");
    }

    private void technicians() {
        // W30: Priyanka half-answers Bernie
        Post crash = say(1, "09:00", atCad, ines, "anyone else's Revit crashing on the new update when you open "
                + "sheets?");
        Post driver = re(1, "09:20", rob, crash, "yep, roll back the graphics driver, fixed mine");
        re(1, "10:00", ines, driver, "worked, thank you");
        Post knock = say(2, "12:00", atHome, bernie, "@Priyanka Shah do I need building regs for knocking our kitchen "
                + "and dining room into one, and what do you charge for drawings?");
        Post loadBearing = re(2, "18:00", priyanka, knock, "if the wall's load-bearing, yes: you need a structural "
                + "engineer's calcs for the steel and building control approval. if it's a stud partition, usually "
                + "not. check from the loft or under the floorboards which way the joists run");
        re(2, "19:00", bernie, loadBearing, "joists run onto it, so load-bearing. thanks!");
        Post partL = say(3, "10:00", atRegs, priyanka, "Part L: anyone found a neat way to show thermal bridging on "
                + "extension details?");
        Post accredited = re(3, "10:30", callum, partL, "I use the accredited details and reference them on the "
                + "section, saves drawing every psi value");
        re(3, "10:40", priyanka, accredited, "good shout");
        Post dormer = say(4, "20:00", atHome, alison, "we want a dormer. permitted development or planning?");
        Post pd = re(4, "20:30", priyanka, dormer, "often PD if it's at the back and within the volume limits, 40 or "
                + "50 cubic metres. worth getting a lawful development certificate anyway, lenders ask for it");
        re(4, "20:40", alison, pd, "thank you, that's clear");
        say(5, "14:00", atWater, rob, "office aircon broken, 29 degrees, drawing in my vest");
        say(5, "14:05", atWater, ines, "😂 send photos");
        say(5, "14:10", atWater, callum, "working from the garden today, no regrets");
        // W31: Callum's pack three times; Ines only with the trade while Jas waits
        Post pack = say(8, "09:00", atCad, callum, "launched my Revit family pack today: 300 doors, windows and "
                + "rooflights to UK standards, £39 launch price: callumbim.example/pack");
        re(8, "09:30", rob, pack, "nice, will have a look later");
        Post clouds = say(8, "11:00", atCad, ines, "@Rob Kettle how do you handle revision clouds on sheets with 20 "
                + "revisions? mine's a mess");
        Post current = re(8, "11:20", rob, clouds, "only cloud the current revision, list the rest in the table");
        re(8, "11:30", ines, current, "so obvious now, thanks");
        Post fd20 = say(9, "10:00", atRegs, ines, "fire doors in a loft conversion, still FD20 onto the stair or has "
                + "that changed?");
        Post docB = re(9, "10:30", priyanka, fd20, "FD20 on the habitable rooms off the protected stair, or a "
                + "sprinkler route. check the latest Approved Doc B diagram");
        re(9, "10:40", ines, docB, "ta");
        Post warmRoof = say(9, "19:00", atHome, jas, "our builder says we need warm roof drawings for the flat roof "
                + "on our extension. what does that mean and who draws them?");
        say(10, "09:00", atCad, callum, "reminder: launch price on the pack ends Sunday, £39 then £59: "
                + "callumbim.example/pack");
        Post freelance = say(10, "12:00", atWater, ines, "I'm freelance now, properly, and after more residential "
                + "work if anyone's overflowing");
        re(10, "12:20", rob, freelance, "will send stuff your way");
        say(10, "12:25", atWater, ines, "thanks Rob");
        Post plugin = say(11, "10:00", atCad, ines, "best plugin for modelling dormers?");
        re(11, "10:20", callum, plugin, "just model in place, plugins are overkill");
        say(11, "10:30", atCad, ines, "fair");
        Post ciat = say(12, "13:00", atWater, ines, "anyone at the CIAT meet next week?");
        re(12, "13:10", rob, ciat, "yes");
        say(12, "13:15", atWater, ines, "see you there");
        Post deck = re(12, "18:00", priyanka, warmRoof, "warm roof means the insulation sits above the deck, under "
                + "the waterproofing, so the timber stays warm and dry. a technician or architect draws the section "
                + "and the build-up, and building control check it");
        re(12, "18:30", jas, deck, "so that's what it means. thanks Priyanka");
        say(13, "09:00", atWater, callum, "last chance for the £39 launch price! callumbim.example/pack");
        say(13, "09:10", atWater, ines, "😂 we know Callum");
        // W32: a reminder Rob asked for
        Post v2 = say(15, "09:00", atCad, callum, "v2 of the pack is coming Friday with stairs and balustrades: "
                + "callumbim.example/pack");
        re(15, "09:20", rob, v2, "oh nice, give us a shout when it's out, I need stair families");
        Post steel = say(16, "11:00", atHome, bernie, "engineer's done the calcs, the steel is a 203 UB. do I need "
                + "drawings for building control or are the calcs enough?");
        Post plan = re(16, "12:00", priyanka, steel, "you'll need a simple plan and section showing the steel, "
                + "padstones and fire protection with the calcs. I can do that for you, or any technician can, "
                + "usually a few hundred pounds");
        Post email = re(16, "12:30", bernie, plan, "please do, I'll email you tonight");
        re(16, "12:40", priyanka, email, "👍 speak tomorrow");
        Post ldc = say(17, "16:00", atHome, alison, "lawful development certificate came through!");
        re(17, "16:30", priyanka, ldc, "brilliant news");
        say(18, "14:00", atWater, rob, "aircon fixed, I've got my dignity back");
        say(18, "14:05", atWater, ines, "😂");
        say(19, "09:00", atCad, callum, "@Rob Kettle v2's out with the stairs: callumbim.example/pack");
        say(19, "09:30", atCad, rob, "bought, cheers");
    }

    private void surveyors() {
        // W30
        Post solo = say(1, "18:00", dtSurvey, sian, "first survey on my own tomorrow, Victorian terrace. any "
                + "advice?");
        Post outside = re(1, "18:30", malcolm, solo, "start outside: gutters, ground levels, pointing. half of all "
                + "'rising damp' is a blocked gutter or a raised patio");
        re(1, "18:40", sian, outside, "outside first, noted");
        Post meter = say(2, "19:00", dtSurvey, sian, "what meter settings do you use on plaster?");
        Post map = re(2, "19:30", hannah, meter, "on plaster a meter only tells you one spot is wetter than another. "
                + "use it to map, not to diagnose, and a carbide test if you need a real number");
        re(2, "19:40", sian, map, "that's really helpful");
        Post worm = say(3, "10:00", dtAsk, maureen, "Hannah did our survey last month and found woodworm in the loft. "
                + "is it active? the holes look old");
        Post frass = re(3, "11:00", hannah, worm, "from my photos most of it was old, I flagged two areas with fresh "
                + "frass. treat those two, leave the rest");
        re(3, "11:10", maureen, frass, "thank you, that's reassuring");
        say(4, "12:30", dtLunch, kev, "anyone else's van been broken into this month? third time on our street");
        say(4, "12:35", dtLunch, malcolm, "sorry Kev, grim");
        say(4, "12:40", dtLunch, dev, "keep the tools in a bolted box, they went for the van but not the box in "
                + "mine");
        Post flying = say(5, "08:00", dtSurvey, kev, "injection jobs are flying this month");
        re(5, "08:20", malcolm, flying, "be honest with people though Kev, most of what I see isn't rising damp");
        say(5, "08:30", dtSurvey, kev, "horses for courses");
        // W31: Dev's webinar rides on an answer, then two more rooms
        Post mouldy = say(9, "09:30", dtAsk, paula, "black mould on the bedroom walls every winter, worst behind the "
                + "wardrobe. do I need a damp survey?");
        Post condensation = re(9, "10:00", dev, mouldy, "probably not a damp survey, that pattern is condensation. "
                + "move the wardrobe 5cm off the wall, open the trickle vents, run the bathroom extractor and dry "
                + "washing outside or with a dehumidifier. wipe the mould with a mould wash, not bleach. btw I'm "
                + "running a £15 webinar on condensation for homeowners Thursday, tickets: "
                + "dampcpd.example/condensation");
        re(9, "10:20", paula, condensation, "wardrobe's moving today, thank you");
        say(9, "10:30", dtCpd, dev, "condensation webinar for homeowners, Thursday 7pm, £15: "
                + "dampcpd.example/condensation. surveyors welcome to send clients");
        say(10, "18:00", dtLunch, dev, "webinar tomorrow night, still a few places: dampcpd.example/condensation");
        say(10, "18:20", dtLunch, malcolm, "I'll send a couple of clients, good topic");
        Post dryRot = say(11, "16:00", dtSurvey, hannah, "dry rot in a 1960s semi today, under a bathroom that's "
                + "leaked for years. first I've seen in a post-war house");
        re(11, "16:20", malcolm, dryRot, "it's all about the leak, not the age");
        say(11, "16:30", dtSurvey, hannah, "yep, plumber's booked");
        Post gutter = say(12, "17:00", dtSurvey, sian, "my client doesn't believe it's the gutter. how do you explain "
                + "it without sounding like you're dodging?");
        Post photos = re(12, "17:30", malcolm, gutter, "photos. show the wet patch right under the overflow, then "
                + "the dry wall either side of it");
        re(12, "17:40", sian, photos, "photos, yes");
        Post crete = say(14, "12:00", dtLunch, hannah, "off to Crete tomorrow till the 11th, laptop stays home ☀️");
        crete.react("🎉", malcolm, dev);
        // W32: Kev's DM to a homeowner he has never spoken to; Hannah away
        Post tide = say(15, "09:00", dtAsk, nate, "damp patch low on the wall under the front window, tide marks, "
                + "1930s semi. is that rising damp?");
        Post sill = re(15, "09:40", malcolm, tide, "maybe, but check the window sill and the gutter above first, and "
                + "whether the path outside is above the damp course. tide marks under a window are very often the "
                + "sill");
        re(15, "10:00", nate, sill, "the path is quite high actually, and the sill's cracked. will check");
        say(15, "19:00", dmKevNate, kev, "Hi Nate, saw your post about the damp. We do chemical DPC injection, a wall "
                + "that size is about £450, you can book a survey here: kdamp.example/book");
        say(15, "20:00", dmKevNate, nate, "thanks, going to check the path and the sill first");
        Post email = say(16, "10:00", dtAsk, maureen, "@Hannah Brook did you get my email about the loft report? the "
                + "buyer's surveyor is asking");
        Post away = re(16, "11:00", dev, email, "Hannah's on holiday till the 11th, Maureen, she'll pick it up when "
                + "she's back");
        re(16, "11:10", maureen, away, "ah thank you Dev");
        Post lime = say(18, "10:00", dtCpd, malcolm, "free lime plaster demo at the heritage centre on the 25th, all "
                + "welcome");
        re(18, "10:30", sian, lime, "I'll come");
        Post drying = say(19, "18:00", dtAsk, nate, "lowered the path by the wall and sealed the sill, the patch is "
                + "drying out already");
        re(19, "18:20", malcolm, drying, "brilliant, that's the best news");
        Post back = re(20, "08:30", hannah, email, "back now Maureen, sorry. replying to your email this morning, the "
                + "report's attached there");
        re(20, "08:45", maureen, back, "thank you!");
        say(20, "12:30", dtLunch, kev, "quiet week");
        say(20, "12:40", dtLunch, dev, "enjoy it");
    }

    private void kitchenFitters() {
        // W30
        say(1, "07:00", kfTrade, sami, "tool hire prices for August: worktop jigs £18/day, plunge routers £22/day, "
                + "laser levels £12/day: samihire.example/prices");
        Post chip = say(1, "16:00", kfBench, lee, "quartz worktop chipped on the first cut this morning. client's not "
                + "thrilled");
        re(1, "16:10", joanne, chip, "new blade for every quartz job, always");
        re(1, "16:15", craig, chip, "had that last month, ouch");
        say(1, "16:30", kfBench, lee, "lesson learned, £40 blade vs a £600 worktop");
        Post borrow = say(2, "08:00", kfBench, craig, "anyone got a worktop jig I can borrow thursday? mine's "
                + "snapped");
        Post hire = re(2, "08:20", sami, borrow, "can hire you one, Trend 900mm, £18 a day, pick up from Bramley: "
                + "samihire.example/prices");
        re(2, "08:30", craig, hire, "perfect, I'll grab it wednesday night");
        Post oak = say(3, "19:00", kfAsk, gwen, "what's the best way to clean oak worktops? they've gone grey near "
                + "the sink");
        Post oil = re(3, "19:30", joanne, oak, "light sand with 240 grit and re-oil with Danish oil, 3 thin coats. "
                + "wipe up water near the sink quickly, that's what greys it");
        re(3, "19:40", gwen, oil, "thank you, will try at the weekend");
        Post bristol = say(4, "12:00", kfAsk, raj, "can anyone recommend a fitter in Bristol? we've got the units "
                + "delivered, need them fitting in September");
        Post me = re(4, "12:20", craig, bristol, "me! I'm in Bristol, here's my page with past jobs: "
                + "facebook.example/craigdunnekitchens. happy to come and measure");
        re(4, "12:40", raj, me, "great, I'll message you");
        Post like = say(5, "18:00", kfBench, craig, "lads give my page a like if you get a sec, trying to get it "
                + "going: facebook.example/craigdunnekitchens");
        re(5, "18:10", lee, like, "done 👍");
        say(6, "08:00", kfTea, joanne, "van's making a noise like a dying goose");
        say(6, "08:05", kfTea, lee, "that's the belt");
        say(6, "08:10", kfTea, joanne, "it's always the belt");
        // W31: Ellie waits three days for Lee; Joanne's tea-break chat
        say(9, "10:00", kfAsk, ellie, "@Lee Barnes you fitted our kitchen last year, the hinge on the corner unit has "
                + "dropped and the door's catching. could you pop back?");
        say(10, "12:00", kfTea, joanne, "on a job in Harrogate today, gorgeous old farmhouse");
        say(10, "12:02", kfTea, craig, "anyone watching the cricket?");
        say(10, "12:04", kfTea, lee, "nice, what are they having Jo?");
        say(10, "12:06", kfTea, joanne, "shaker in sage green with a walnut worktop");
        say(10, "12:07", kfTea, craig, "Root's on 80");
        say(10, "12:09", kfTea, joanne, "and yes craig, on the radio in the van");
        say(10, "12:10", kfTea, lee, "sage and walnut, classy");
        say(10, "12:12", kfTea, joanne, "client made bacon sandwiches too, best job ever");
        say(10, "12:15", kfTea, craig, "😂 five stars");
        say(11, "12:30", kfTea, joanne, "back in Harrogate, the walnut's being a pain to scribe");
        say(11, "12:32", kfTea, lee, "go slow with a sharp blade, it tears");
        say(11, "12:35", kfTea, joanne, "yeah doing it with the jigsaw upside down, sloooow");
        say(11, "12:40", kfTea, sami, "if you need a scribing jig I've got one in");
        say(11, "12:42", kfTea, joanne, "ta Sami I'm alright, nearly there");
        say(12, "07:00", kfTea, joanne, "morning all, last day at the farmhouse");
        say(12, "07:05", kfTea, lee, "morning, get some photos");
        say(12, "08:00", kfAsk, lee, "sorry @Ellie Marsh, missed this. it just needs the hinge adjusting, I'll pop by "
                + "Thursday morning");
        say(12, "08:30", kfAsk, ellie, "thank you!");
        say(12, "17:00", kfTea, joanne, "done! they cried, I nearly cried");
        say(12, "17:10", kfTea, lee, "best feeling");
        say(13, "12:00", kfTea, joanne, "day off, washing the van for the first time since May");
        say(13, "12:05", kfTea, craig, "the van won't recognise itself");
        say(13, "12:07", kfTea, joanne, "😂 it's a different colour underneath");
        say(14, "09:00", kfTrade, sami, "jigs all back in after the rush, two routers free next week");
        // W32
        say(15, "19:00", kfAsk, raj, "Craig came and measured up, booked in for the 10th of September. thanks for "
                + "the recommendation");
        Post jpull = say(16, "07:30", kfBench, lee, "anyone fitting handleless J-pull units? the gaps are killing me");
        Post plinth = re(16, "07:50", craig, jpull, "set the plinth height first and take everything else off that");
        re(16, "08:00", lee, plinth, "ta");
        Post oiled = say(17, "18:00", kfAsk, gwen, "oak's sanded and oiled, looks new 😍 thank you @Joanne Pryor");
        re(17, "18:30", joanne, oiled, "brilliant, keep oiling it every few months");
        Post offcuts = say(18, "09:00", kfTrade, sami, "offcuts of 40mm laminate going free, 6 pieces, collect from "
                + "Bramley");
        re(18, "09:20", craig, offcuts, "I'll have two for a utility job");
        say(18, "09:30", kfTrade, sami, "they're yours");
        say(19, "17:00", kfTea, craig, "first week in the new van and someone's already reversed into it");
        say(19, "17:05", kfTea, joanne, "noooo");
        say(19, "17:10", kfTea, lee, "😂 sorry but");
        Post fixed = say(20, "10:00", kfAsk, ellie, "hinge fixed, door's perfect. thanks Lee");
        re(20, "10:30", lee, fixed, "anytime");
    }

    static Map<String, String> files() {
        return new HeldOutScenes79Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 79");
    }
}
