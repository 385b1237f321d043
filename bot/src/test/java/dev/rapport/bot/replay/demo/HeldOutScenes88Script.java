package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 88 (sealed): eight communities of home energy, cleaning and household services, of kinds no earlier
 * round used (solar panel and home battery installers with a room where householders ask, heat pump owners where
 * nobody sells, an oven-valeting firm's own server with its Staff and the customers who book it, window cleaners with
 * a pure-water resin and pole supplier among them whose fellow cleaners are also his customers, end-of-tenancy
 * cleaners with a room where letting agents and landlords ask and a jobs board, domestic energy (EPC) assessors with a
 * checklist seller among them who sells to her peers only, firewood and log merchants with a room where stove owners
 * ask and a merchant's DM to a newcomer, draught-proofing volunteers where nobody sells), over three ISO weeks
 * (2030-W14 to W16), written and labelled by writer88 (session 48) before any coach ran on them, with many borderline
 * cases. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-88.csv}. Run {@link #main} from the
 * project root to write the export again.
 */
final class HeldOutScenes88Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 4, 1);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 4, 22, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-88";
    private static final int BASE = 68400;

    // --- A. solar panel and battery installers with a room where householders ask ---
    private final String solar = cast.guild(1161);
    private final Channel soInst = cast.channel(solar, "Sunroof Collective", "installer-chat",
            "for installers: kit, DNO forms, scaffolding, jobs gone wrong", "so-installer-chat.json");
    private final Channel soAsk = cast.channel(solar, "Sunroof Collective", "householders-ask",
            "householders ask about panels, batteries and inverters; installers answer", "so-householders-ask.json");
    private final Channel soOff = cast.channel(solar, "Sunroof Collective", "off-topic",
            "anything else", "so-off-topic.json");
    private final Persona gareth = cast.person("gareth.pv", "Gareth Pryce");
    private final Persona linh = cast.person("linh.solar", "Linh Tran");
    private final Persona owen = cast.person("owen.brightroof", "Owen Marsh");
    private final Persona stu = cast.person("stu.sparks", "Stu Danby");
    private final Persona pam = cast.person("pam.w", "Pam Whitlock");
    private final Persona raj = cast.person("raj.b", "Raj Bhatt");
    private final Persona celia = cast.person("celia.m", "Celia Moss");

    // --- B. heat pump owners (nobody sells) ---
    private final String heat = cast.guild(1162);
    private final Channel hpSet = cast.channel(heat, "Heat Pump Owners North", "setup-and-settings",
            "flow temperatures, weather curves, controls, noise", "hp-setup-and-settings.json");
    private final Channel hpRead = cast.channel(heat, "Heat Pump Owners North", "bills-and-readings",
            "post your weekly kWh in and out, COP and bills", "hp-bills-and-readings.json");
    private final Channel hpGen = cast.channel(heat, "Heat Pump Owners North", "general",
            "chat, meet-ups, open house tours", "hp-general.json");
    private final Persona ingrid = cast.person("ingrid.h", "Ingrid Holm");
    private final Persona terry = cast.person("terry.b", "Terry Bolt");
    private final Persona anjali = cast.person("anjali.r", "Anjali Rao");
    private final Persona mick = cast.person("mick.dunn", "Mick Dunn");
    private final Persona sue = cast.person("sue.c", "Sue Carver");
    private final Persona pete = cast.person("pete.lowry", "Pete Lowry");

    // --- C. an oven-valeting firm's own server ---
    private final String gleam = cast.guild(1163);
    private final Role gmStaff = cast.role("Staff", "#2e86c1", 2);
    private final Channel gmBook = cast.channel(gleam, "Gleam Oven Valeting", "bookings-help",
            "book, change or ask about an oven clean; the office answers weekdays", "gm-bookings-help.json");
    private final Channel gmShow = cast.channel(gleam, "Gleam Oven Valeting", "before-and-after",
            "photos of our cleans, and yours", "gm-before-and-after.json");
    private final Channel gmChat = cast.channel(gleam, "Gleam Oven Valeting", "chat",
            "anything else", "gm-chat.json");
    private final Persona dawn = cast.person("dawn.gleam", "Dawn Fisher", gmStaff);
    private final Persona kyle = cast.person("kyle.gleam", "Kyle Benton", gmStaff);
    private final Persona zara = cast.person("zara.gleam", "Zara Qureshi", gmStaff);
    private final Persona hilary = cast.person("hilary.g", "Hilary Grant");
    private final Persona brian = cast.person("brian.oakes", "Brian Oakes");
    private final Persona sally = cast.person("sally.p", "Sally Petch");
    private final Persona neil = cast.person("neil.d", "Neil Dyer");

    // --- D. window cleaners with a resin and pole supplier among them ---
    private final String windows = cast.guild(1164);
    private final Channel wcTrade = cast.channel(windows, "Pole & Squeegee", "trade-talk",
            "rounds, pricing, customers, the job", "wc-trade-talk.json");
    private final Channel wcKit = cast.channel(windows, "Pole & Squeegee", "kit-and-water",
            "poles, brushes, RO/DI filters, resin, vans", "wc-kit-and-water.json");
    private final Channel wcSale = cast.channel(windows, "Pole & Squeegee", "for-sale",
            "kit for sale and wanted; suppliers welcome", "wc-for-sale.json");
    private final Channel wcBanter = cast.channel(windows, "Pole & Squeegee", "banter",
            "dogs, geese, weather, tea", "wc-banter.json");
    private final Persona vic = cast.person("vic.purewater", "Vic Hammond");
    private final Persona shaun = cast.person("shaun.k", "Shaun Kelly");
    private final Persona tasha = cast.person("tasha.b", "Tasha Byrne");
    private final Persona leon = cast.person("leon.a", "Leon Agyei");
    private final Persona paddy = cast.person("paddy.r", "Paddy Rourke");
    private final Persona mel = cast.person("mel.ash", "Mel Ashdown");

    // --- E. end-of-tenancy cleaners with a room where agents and landlords ask ---
    private final String tenancy = cast.guild(1165);
    private final Channel etLounge = cast.channel(tenancy, "Deposit Back Cleaners", "cleaners-lounge",
            "for cleaners: products, pricing, awkward jobs", "et-cleaners-lounge.json");
    private final Channel etAgents = cast.channel(tenancy, "Deposit Back Cleaners", "agents-ask",
            "letting agents and landlords ask about end-of-tenancy cleans; cleaners answer", "et-agents-ask.json");
    private final Channel etJobs = cast.channel(tenancy, "Deposit Back Cleaners", "jobs-board",
            "agents post jobs, cleaners post availability", "et-jobs-board.json");
    private final Channel etChat = cast.channel(tenancy, "Deposit Back Cleaners", "chat",
            "anything else", "et-chat.json");
    private final Persona bev = cast.person("bev.lowe", "Bev Lowe");
    private final Persona marek = cast.person("marek.n", "Marek Nowicki");
    private final Persona chantelle = cast.person("chantelle.d", "Chantelle Day");
    private final Persona fiona = cast.person("fiona.lets", "Fiona Blake");
    private final Persona dean = cast.person("dean.h", "Dean Hartley");
    private final Persona priti = cast.person("priti.harcourt", "Priti Shah");

    // --- F. domestic energy assessors with a checklist seller among them ---
    private final String epc = cast.guild(1166);
    private final Channel epChat = cast.channel(epc, "EPC Assessors' Room", "assessor-chat",
            "domestic energy assessors: RdSAP, lodging, accreditation, the job", "ep-assessor-chat.json");
    private final Channel epSoft = cast.channel(epc, "EPC Assessors' Room", "software-and-forms",
            "software, site notes, forms and templates", "ep-software-and-forms.json");
    private final Channel epSite = cast.channel(epc, "EPC Assessors' Room", "site-stories",
            "what you found on site this week", "ep-site-stories.json");
    private final Persona lorraine = cast.person("lorraine.pike", "Lorraine Pike");
    private final Persona tom = cast.person("tom.weir", "Tom Weir");
    private final Persona hamid = cast.person("hamid.a", "Hamid Aziz");
    private final Persona becky = cast.person("becky.n", "Becky Nolan");
    private final Persona jon = cast.person("jon.starling", "Jon Starling");
    private final Persona gail = cast.person("gail.p", "Gail Percy");

    // --- G. firewood and log merchants with a room where stove owners ask ---
    private final String logs = cast.guild(1167);
    private final Channel fwMerch = cast.channel(logs, "Seasoned Logs Network", "merchants",
            "for log and wood-fuel merchants: kilns, suppliers, prices, vans", "fw-merchants.json");
    private final Channel fwAsk = cast.channel(logs, "Seasoned Logs Network", "stove-owners-ask",
            "stove owners ask merchants about logs, moisture and storage", "fw-stove-owners-ask.json");
    private final Channel fwYard = cast.channel(logs, "Seasoned Logs Network", "yard-chat",
            "chat and introductions", "fw-yard-chat.json");
    private final Persona roy = cast.person("roy.catterall", "Roy Catterall");
    private final Persona kerry = cast.person("kerry.woodhouse", "Kerry Woodhouse");
    private final Persona ifan = cast.person("ifan.p", "Ifan Pugh");
    private final Persona nadia = cast.person("nadia.k", "Nadia Kerr");
    private final Persona geoff = cast.person("geoff.a", "Geoff Ambler");
    private final Persona olu = cast.person("olu.a", "Olu Adeyemi");
    private final Channel dmNadia = cast.dm(nadia, "dm-nadia-kerr.json");

    // --- H. draught-proofing volunteers (nobody sells) ---
    private final String warm = cast.guild(1168);
    private final Channel whRota = cast.channel(warm, "Warm Homes Hillside", "volunteer-rota",
            "volunteer shifts: this week's draught-proofing visits and the sign-up sheet", "wh-volunteer-rota.json");
    private final Channel whHow = cast.channel(warm, "Warm Homes Hillside", "how-to",
            "brush strips, letterbox flaps, loft hatches: what worked", "wh-how-to.json");
    private final Channel whChat = cast.channel(warm, "Warm Homes Hillside", "chat",
            "tea, cake and everything else", "wh-chat.json");
    private final Persona jenny = cast.person("jenny.arm", "Jenny Armitage");
    private final Persona colm = cast.person("colm.b", "Colm Brady");
    private final Persona hetty = cast.person("hetty.s", "Hetty Sloane");
    private final Persona wes = cast.person("wes.fenton", "Wes Fenton");
    private final Persona ama = cast.person("ama.b", "Ama Boateng");
    private final Persona ken = cast.person("ken.o", "Ken Oduya");

    HeldOutScenes88Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        solar();
        heatPumps();
        ovens();
        windowCleaners();
        tenancyCleans();
        assessors();
        firewood();
        warmHomes();
    }

    private void solar() {
        // W14
        Post gDno = say(1, "09:10", soInst, gareth, "morning all. anyone else had the DNO sit on a G99 for six weeks? "
                + "got a customer ringing me every day");
        Post lDno = re(1, "09:25", linh, gDno, "six weeks is normal for us now. I tell people eight up front and look "
                + "like a hero when it's five");
        say(1, "09:40", soInst, stu, "ours came back in four last month, depends which area office gets it I reckon");
        re(1, "10:02", gareth, lDno, "eight up front, stealing that");
        Post pamQ = say(1, "19:30", soAsk, pam, "Hi all, we've had panels 3 years and we're thinking about adding a "
                + "battery. Is it worth it if we're both out at work all day? we're on a normal tariff");
        Post gPam = re(1, "20:05", gareth, pamQ, "Usually yes if you're out all day: the panels make most at midday "
                + "when nobody's in, and right now you export that for pennies. A 5kWh battery would shift most of it "
                + "to the evening. Look at a time-of-use tariff too, then you can charge it cheap overnight in winter");
        Post pamQ2 = re(1, "20:30", pam, gPam, "that makes sense, thank you. roughly what does one cost fitted?");
        Post gPam2 = re(2, "08:15", gareth, pamQ2, "for 5kWh fitted with the paperwork most of us are somewhere "
                + "between £2,800 and £4,000, depending on the make and whether the inverter needs changing. Get two "
                + "or three quotes");
        re(2, "08:40", pam, gPam2, "thanks Gareth, really helpful 🙏");
        Post owenOffer = say(2, "12:00", soAsk, owen, "Spring offer at Brightroof Solar: 10% off all battery installs "
                + "booked before 30 April! brightroof.example/spring");
        re(3, "10:00", raj, owenOffer, "@Owen Marsh do you cover Bury? and is that 10% off the Fox ones too?");
        Post lHyb = say(3, "11:00", soInst, linh, "anyone used the new hybrid inverter from the Sigen lot yet? "
                + "their rep "
                + "keeps ringing");
        Post sHyb = re(3, "11:20", stu, lHyb, "fitted two. app is slick, commissioning took me an hour longer than it "
                + "should have");
        re(3, "11:35", linh, sHyb, "ta, I'll hold off till they sort the app");
        Post celiaQ = say(3, "18:00", soAsk, celia, "We've got pigeons nesting under our panels and the noise is "
                + "driving me mad. what do people do about it?");
        say(4, "09:00", soOff, owen, "Still time to grab 10% off a battery this spring ☀️ brightroof.example/spring");
        say(4, "09:30", soOff, stu, "the weather this week though, 30kWh a day off my own roof");
        say(4, "09:45", soOff, linh, "same, first proper day of the year");
        Post lCel = re(4, "13:00", linh, celiaQ, "Celia, bird mesh round the edge of the array. It clips to the panel "
                + "frames, no drilling. The nests have to come out first, and check nobody's sitting on eggs");
        Post celQ2 = re(4, "13:30", celia, lCel, "ah, thank you! is that something you do or do I need a pest person?");
        re(4, "14:10", linh, celQ2, "most installers do it, half a day with a scaffold tower. ask whoever fitted yours "
                + "first");
        Post gCable = say(5, "10:00", soInst, gareth, "anyone got a 10mm² offcut near Rochdale? two metres "
                + "short, daft");
        Post sCable = re(5, "10:20", stu, gCable, "got some, pop by after 4");
        re(5, "10:25", gareth, sCable, "legend");
        Post rajQ2 = say(6, "11:00", soAsk, raj, "Also, is it worth switching export tariff? our supplier pays 4p");
        Post pamRaj = re(6, "12:30", pam, rajQ2, "we switched to one paying 15p last year, made a big "
                + "difference. Not an "
                + "installer, just a happy switcher!");
        re(6, "13:00", raj, pamRaj, "15p! thank you, looking now");
        Post g10k = say(7, "10:00", soOff, gareth, "who's doing the charity 10k in May? I'm in, regretting it already");
        re(7, "10:10", linh, g10k, "in, walking most of it");
        // W15
        Post lNec = say(8, "08:30", soInst, linh, "right, who's going to the installer show at the NEC next week?");
        Post sNec = re(8, "08:45", stu, lNec, "me, on the Thursday");
        Post lNec2 = re(8, "08:50", linh, sNec, "Thursday too, lunch?");
        re(8, "09:00", stu, lNec2, "go on then");
        Post gHooks = say(8, "14:00", soInst, gareth, "had a roof today where the last lot used plastic hooks. "
                + "plastic. "
                + "on slate");
        Post lHooks = re(8, "14:10", linh, gHooks, "no way. photos please");
        re(8, "14:30", gareth, lHooks, "grim. replaced the lot");
        Post rajF28 = say(9, "09:00", soAsk, raj, "Our inverter has shown an F28 error since this morning and the app "
                + "says 0 generation. Is that something I can reset or do I need someone out?");
        Post lMcs = say(9, "09:30", soInst, linh, "@Stu Danby did you get the MCS audit letter too? what do they want "
                + "to see");
        Post sMcs = re(9, "10:00", stu, lMcs, "photos of every job's isolators and the handover pack. took me an "
                + "evening");
        re(9, "10:10", linh, sMcs, "an evening 😂 you're organised then");
        Post celClean = say(9, "17:00", soAsk, celia, "Does anyone get their panels cleaned? a man came to the door "
                + "offering to do it for £80 and I can't tell if it's a scam");
        Post lScaf = say(10, "09:00", soInst, linh, "anyone found a scaffolder who isn't booked solid till June? ours "
                + "has let us down twice");
        Post gScaf = re(10, "09:20", gareth, lScaf, "try Hollins, slow to answer but they turn up");
        re(10, "09:30", linh, gScaf, "cheers, ringing them");
        say(10, "20:00", soOff, owen, "Final 3 weeks of our spring battery offer! brightroof.example/spring");
        say(11, "08:30", soInst, linh, "Hollins came good, booked for Tuesday. ta Gareth");
        Post lPanels = say(11, "08:45", soInst, linh, "also: is anyone's wholesaler still out of the 450W black "
                + "panels?");
        Post sPanels = re(11, "09:00", stu, lPanels, "ours says May");
        re(11, "09:10", linh, sPanels, "May!! ugh. I'll switch the Baker job to the 430s");
        Post gF28 = re(11, "12:00", gareth, rajF28, "Raj, sorry this sat. F28 on most of those is a grid fault: it "
                + "trips when the voltage on your street runs high. Switch it off at the AC isolator, count to "
                + "60, back "
                + "on. If it keeps coming back ring your installer, the settings may need changing");
        re(11, "12:40", raj, gF28, "turned it off and on and it's generating again! thank you");
        Post gCel = re(11, "12:45", gareth, celClean, "Celia, rain does most of it. A clean every couple of years does "
                + "no harm, but £80 from a door-knocker is steep and they mustn't use a pressure washer or detergent. "
                + "Pure water and a soft brush only");
        re(11, "13:10", celia, gCel, "thank you, I'll send him away then");
        Post l10k = say(12, "10:00", soOff, linh, "10k training has started. 3k today and I'm dying");
        re(12, "10:20", gareth, l10k, "3k is 3k!");
        Post lWhit = say(13, "09:00", soInst, linh, "DNO finally approved the Whitworth job, 7 weeks 🎉");
        lWhit.react("🎉", stu, gareth);
        // W16
        Post pamBat = say(15, "10:00", soAsk, pam, "Update: we went with Gareth in the end and the battery's in! "
                + "charged it for 7p last night. I've told my brother to get a quote off him too");
        Post gBat = re(15, "10:30", gareth, pamBat, "so glad it's working Pam, and thank you! tell your brother to "
                + "message me whenever");
        Post pamQ3 = re(15, "11:00", pam, gBat, "@Gareth Pryce quick one, the app shows the battery at 10% even "
                + "overnight, is that right?");
        re(15, "12:00", gareth, pamQ3, "yes, it keeps a 10% reserve so it never runs flat. you can change it in the "
                + "settings but I'd leave it");
        say(16, "09:00", soAsk, celia, "the man came back and I said no thanks 😄");
        Post rajBust = say(16, "11:00", soAsk, raj, "F28 came back twice more this week. Who do I ring if my installer "
                + "has gone bust?");
        Post lBust = re(16, "14:00", linh, rajBust, "any MCS installer can look at it, they'll charge a callout. Check "
                + "whether your warranty was insurance-backed first, it often is even if the firm's gone. I'm over "
                + "your way Thursday if you get stuck");
        re(16, "14:30", raj, lBust, "found the paperwork, it's insured! thanks Linh");
        Post sLunch = say(17, "09:00", soInst, stu, "NEC was good. Linh's lunch choice less so");
        re(17, "09:10", linh, sLunch, "the burrito was fine Stu").react("😂", gareth);
        say(18, "11:00", soOff, owen, "Last 2 weeks! 10% off batteries brightroof.example/spring");
        Post gRun = say(19, "10:00", soOff, gareth, "10k on Sunday, anyone want to sponsor my misery? form's on the "
                + "noticeboard at the wholesaler");
        re(19, "10:20", pam, gRun, "sponsored! good luck");
        Post lDone = say(20, "15:00", soOff, linh, "done!! 58 minutes");
        re(20, "15:10", gareth, lDone, "nice one, I was 64");
    }

    private void heatPumps() {
        // W14
        Post sueAway = say(1, "09:00", hpGen, sue, "morning. I'm off to my sister's in Wexford from Wednesday for a "
                + "fortnight, no laptop, so no answers from me till the 15th!");
        re(1, "09:10", ingrid, sueAway, "have a lovely time Sue");
        Post tCold = say(1, "19:00", hpSet, terry, "Our house is cold in the mornings since they fitted it. flow temp "
                + "is 45 and it's set to come on at 6. what am I doing wrong?");
        Post iCold = re(1, "19:40", ingrid, tCold, "Terry, most of us got warmer and cheaper by leaving it on all the "
                + "time and turning the flow temperature down, not timing it. Heat pumps are slow to warm a house from "
                + "cold. Try running it 24h on a weather curve at about 38-40 for a week");
        re(1, "20:00", terry, iCold, "ok");
        Post aHum = say(2, "08:00", hpSet, anjali, "does anyone's outdoor unit hum louder at night? ours sounds like a "
                + "fridge with opinions");
        Post pHum = re(2, "08:30", pete, aHum, "mine does that when it's defrosting, lasts a couple of minutes");
        re(2, "08:40", anjali, pHum, "ah defrost, that'll be it. thank you!");
        Post t18 = say(3, "20:00", hpSet, terry, "left it on all night and it used 18kWh, is that normal?? that's way "
                + "more than the gas");
        re(3, "20:30", ingrid, t18, "18kWh of electricity at a COP of about 3 is 54kWh of heat, which is roughly what "
                + "the gas was giving you. Compare the bills, not the units");
        Post pTour = say(4, "12:00", hpGen, pete, "anyone going to the open house on Saturday? the one with the "
                + "underfloor retrofit");
        re(4, "12:20", anjali, pTour, "me! I'll bring cake");
        re(4, "12:30", ingrid, pTour, "I'll be there, want to see their buffer tank setup");
        Post aBuf = say(5, "10:00", hpSet, anjali, "question: do we need a buffer tank? our installer says no, "
                + "a mate's "
                + "installer says yes");
        Post iBuf = re(5, "10:30", ingrid, aBuf, "depends on the pump and how many zones. With mostly open radiators "
                + "you usually don't. Did your installer give you the heat loss report? it'll say");
        re(5, "10:45", anjali, iBuf, "he did, I'll dig it out");
        say(6, "10:00", hpGen, pete, "open house was great, their floor is toasty at 35 flow");
        say(6, "10:10", hpGen, anjali, "cake went down well too 😄");
        say(7, "18:00", hpRead, mick, "Week 14: 138 kWh in, 460 kWh out, COP 3.3. Live data: "
                + "heatpumpmonitor.example/mick-dunn");
        say(7, "18:20", hpRead, ingrid, "mine: 160 in, 498 out, 3.1. bigger house, worse windows 😂");
        say(7, "18:30", hpRead, anjali, "121 in, 370 out, 3.06");
        // W15
        Post tBath = say(8, "08:00", hpSet, terry, "tried 38 and now the bathroom's freezing");
        re(8, "08:40", ingrid, tBath, "open the bathroom TRV fully, and the others too. With a heat pump the valves "
                + "should mostly be open and the flow temperature does the work. @Terry Bolt what tariff are you on? "
                + "it changes when you'd want it working hardest");
        Post tDef = say(9, "19:00", hpSet, terry, "the defrost noise is waking us up now, the unit's right under the "
                + "bedroom");
        re(9, "19:30", pete, tDef, "you can ask the installer to set a quiet mode at night, most have one. ours drops "
                + "the fan speed after 10pm");
        Post pSnap = say(10, "08:00", hpRead, pete, "@Mick Dunn what did yours do in the cold snap on Tuesday? ours "
                + "went down to 2.4");
        Post mSnap = re(10, "09:00", mick, pSnap, "2.6 on the day at minus 3, 41 kWh in. It's all on the dashboard by "
                + "the hour: heatpumpmonitor.example/mick-dunn");
        re(10, "09:20", pete, mSnap, "better than I expected, thanks");
        say(10, "12:00", hpSet, anjali, "@Sue Carver you've got the same Daikin as Terry haven't you? did you ever get "
                + "quiet mode working?");
        Post tWater = say(11, "20:00", hpSet, terry, "installer says quiet mode costs efficiency. what temp should the "
                + "hot water be?");
        re(11, "20:20", ingrid, tWater, "50 is plenty for most people, with a weekly cycle to 60 for legionella. Every "
                + "degree above costs you. Terry, you still haven't said which tariff you're on, it matters for when "
                + "to heat the water");
        Post aLoss = say(12, "10:00", hpGen, anjali, "found the heat loss report. says 6.2kW at minus 3 and "
                + "they fitted "
                + "an 8. is that bad?");
        Post iLoss = re(12, "10:30", ingrid, aLoss, "a bit oversized, not terrible. It may cycle more in spring, watch "
                + "how often it starts and stops");
        re(12, "10:45", anjali, iLoss, "will do, thanks");
        Post iGrant = say(13, "09:00", hpGen, ingrid, "anyone else's grant paperwork come through yet? ours took 5 "
                + "months");
        re(13, "09:20", pete, iGrant, "4 months here");
        Post tStill = say(13, "10:00", hpSet, terry, "hot water at 50 now. still cold in the mornings");
        re(13, "10:30", ingrid, tStill, "is it on all night now? if so, nudge the curve up 2 degrees at the cold end "
                + "rather than raising the flow temp overall");
        Post m15 = say(14, "18:00", hpRead, mick, "Week 15: 121 kWh in, 409 out, COP 3.4. Live data: "
                + "heatpumpmonitor.example/mick-dunn");
        re(14, "18:10", ingrid, m15, "nice, spring's here");
        // W16
        Post sBack = say(15, "09:00", hpGen, sue, "back! what did I miss");
        Post aMiss = re(15, "09:10", anjali, sBack, "Mick's COP went up, Terry's house is still cold, Pete went to an "
                + "open house");
        re(15, "09:20", sue, aMiss, "so nothing then 😂");
        say(15, "09:40", hpSet, sue, "sorry Anjali, only just back. yes, it's in the installer settings, they need the "
                + "code. @Terry Bolt ask your installer for the night quiet setting, it's in the back of the manual");
        Post tGas = say(15, "20:00", hpSet, terry, "still cold in the mornings. might just go back to gas tbh");
        re(15, "20:30", ingrid, tGas, "before you do, get the installer back to check the weather curve and the bypass "
                + "valve. Happy to look at your settings screen if you post a photo");
        say(16, "18:00", hpRead, pete, "week 16 so far, 98 in, 350 out 🌿");
        Post iMeet = say(17, "12:00", hpGen, ingrid, "who fancies a meet at the Crown next month? there's a talk on "
                + "flow temps");
        re(17, "12:30", pete, iMeet, "yes");
        iMeet.react("👍", anjali, sue);
        Post m16 = say(21, "18:00", hpRead, mick, "Week 16: 102 kWh in, 358 out, COP 3.5. Live data: "
                + "heatpumpmonitor.example/mick-dunn");
        m16.react("👍", pete, ingrid);
    }

    private void ovens() {
        // W14
        Post dOpen = say(1, "09:00", gmBook, dawn, "Morning all! The spring diary opens for April and May next Monday. "
                + "We'll post here when it does");
        Post hPing = re(1, "09:30", hilary, dOpen, "ooh, would you give us a shout when it opens? I want the Aga done "
                + "before Easter");
        re(1, "09:40", dawn, hPing, "will do Hilary!");
        joins(2, "10:00", gmChat, sally);
        Post sHi = say(2, "10:05", gmChat, sally, "hi! found you through the village Facebook group. how long does a "
                + "range cooker clean take?");
        Post zSally = re(2, "10:30", zara, sHi, "Hi Sally, welcome! a range cooker is about 4 hours. It's £145 for a "
                + "double range including the hob and extractor, and you can book at gleam.example/book");
        re(2, "10:45", sally, zSally, "perfect thanks");
        Post kRange = say(2, "14:00", gmShow, kyle, "Today's before-and-after: a Rangemaster that hadn't been cleaned "
                + "since 2019 😬 came up lovely");
        re(2, "14:20", brian, kRange, "that's witchcraft");
        kRange.react("🔥", neil, hilary);
        Post hFilt = say(3, "09:00", gmBook, hilary, "@Dawn Fisher also, can you do the extractor filters on the same "
                + "visit? ours are sticky");
        Post zFilt = re(3, "11:30", zara, hFilt, "Hi Hilary, Zara here. Dawn's out on jobs all week so I'm picking up "
                + "her messages: yes, filters are £15 extra, I've added them to your note");
        re(3, "11:50", hilary, zFilt, "brilliant, thank you");
        Post bGlass = say(4, "19:00", gmChat, brian, "what do people use to keep the oven glass clean between cleans? "
                + "mine's brown again already");
        Post kGlass = re(4, "19:30", kyle, bGlass, "Brian, a paste of bicarb and a little water, leave it 20 min, wipe "
                + "with a damp microfibre. And wipe it while it's still warm after a roast, not hot");
        re(4, "19:45", brian, kGlass, "will try, ta");
        Post nKids = say(5, "17:00", gmChat, neil, "anyone else's kids convinced the oven man is a wizard?");
        Post hKids = re(5, "17:10", hilary, nKids, "mine asked if Kyle could do their bedroom next 😂");
        re(5, "17:20", kyle, hKids, "bedrooms are extra 😄");
        Post hNext = say(6, "12:00", gmChat, hilary, "Told next door about you lot, she's booking for May");
        re(6, "18:00", dawn, hNext, "thank you Hilary, that's so kind ❤️");
        Post nHob = say(7, "11:00", gmShow, neil, "did my own hob with Kyle's bicarb trick, not bad for an amateur");
        re(7, "11:30", kyle, nHob, "that's a proper job Neil");
        // W15
        Post dSlots = say(8, "09:00", gmBook, dawn, "As promised, April and May slots are open now: "
                + "gleam.example/book. "
                + "Hilary, the Aga Thursdays are going fast!");
        re(8, "09:20", hilary, dSlots, "booked! thank you");
        re(8, "09:30", sally, dSlots, "booked for the 17th 🙂");
        Post bScratch = say(9, "10:00", gmBook, brian, "@Kyle Benton you did our oven last Thursday and there's a "
                + "scratch on the inside of the door glass I don't remember being there. Was it there before? "
                + "not a big "
                + "deal but I'd like to know");
        Post kNeff = say(10, "14:00", gmShow, kyle, "Neff slide-and-hide today, the hinges came out spotless");
        Post nNeff = re(10, "14:30", neil, kNeff, "how long do those take?");
        re(10, "14:45", kyle, nNeff, "about 2.5 hours with the hob");
        Post kSnook = say(11, "21:00", gmChat, kyle, "anyone watch the snooker final? what a match");
        re(11, "21:10", neil, kSnook, "missed it, no spoilers!");
        say(12, "09:00", gmBook, brian, "still wondering about the scratch if anyone knows");
        Post dFive = say(12, "12:00", gmChat, dawn, "Gleam turns 5 this month! thank you all for having us in your "
                + "kitchens 🎉");
        dFive.react("🎉", hilary, neil, sally);
        Post kLate = re(13, "16:00", kyle, bScratch, "Brian, sorry, been on back-to-back jobs. I checked my "
                + "before photos "
                + "and it was there before, bottom left, about 3cm. I can send you the photo");
        re(13, "16:20", brian, kLate, "ah fair enough, thanks for checking");
        Post sBosch = say(14, "10:00", gmChat, sally, "anyone know if the self-clean setting on a Bosch is worth "
                + "using?");
        re(14, "11:00", dawn, sBosch, "Sally, the pyrolytic clean is fine for the cavity but it's hard on the door "
                + "seal, so no more than once a month");
        // W16
        Post dEaster = say(15, "09:00", gmBook, dawn, "Easter week: a few slots left on Tues 16th and Wed 17th: "
                + "gleam.example/book");
        re(15, "09:30", neil, dEaster, "grabbed the Wednesday");
        Post kSally = say(16, "15:00", gmShow, kyle, "Sally's range today, a beauty");
        re(16, "15:30", sally, kSally, "it looks brand new!! thank you Kyle, worth every penny");
        Post hAga = say(17, "13:00", gmChat, hilary, "Aga done, I could cry. the neighbour's is next");
        re(17, "13:30", dawn, hAga, "so glad! and thank you for sending her our way");
        Post bEaster = say(18, "10:00", gmChat, brian, "happy Easter all");
        re(19, "09:00", neil, bEaster, "and you Brian");
    }

    private void windowCleaners() {
        // W14
        joins(1, "08:00", wcBanter, leon);
        Post lHi = say(1, "08:05", wcBanter, leon, "hi all, Leon. just bought a round in Salford off a bloke who's "
                + "retiring. 140 houses. terrified");
        re(1, "08:20", shaun, lHi, "welcome Leon, 140 is a nice start. ask away");
        re(1, "08:30", vic, lHi, "welcome mate");
        Post lKit = say(1, "12:00", wcKit, leon, "can anyone recommend a starter water-fed setup? the old boy used "
                + "ladders and a bucket and I want to go pole");
        Post vKit = re(1, "12:30", vic, lKit, "I do a starter kit: 20ft carbon-glass pole, brush, 2-stage filter and "
                + "hose reel, £185, could do £170 for you as you're starting out: vicspurewater.example/starter");
        re(1, "12:50", shaun, lKit, "Vic's kit is decent, I started on it. Whatever you get, get a TDS meter");
        re(1, "13:00", leon, vKit, "sounds good, I'll have a look tonight");
        Post tPrice = say(2, "09:00", wcTrade, tasha, "how's everyone pricing a 3-bed semi now? I'm at £14 and feel "
                + "cheap");
        re(2, "09:15", paddy, tPrice, "£16 round me and nobody blinked");
        re(2, "09:30", mel, tPrice, "£15, £18 with the conservatory roof");
        say(2, "09:40", wcTrade, vic, "resin's gone up 12% this year, so I'd put prices up on the back of that "
                + "honestly. customers expect it in spring");
        say(2, "10:00", wcTrade, tasha, "note through the doors next month then");
        Post lTds = say(3, "10:00", wcKit, leon, "the TDS meter reads 180 out of the tap, is that high?");
        Post sTds = re(3, "10:20", shaun, lTds, "about average for Manchester. you want 000 out of the filter, the DI "
                + "resin does that last bit");
        Post lRes = re(3, "10:40", leon, sTds, "got it, thanks Shaun. so the resin is the bit I keep buying?");
        re(3, "11:00", vic, lRes, "yep, every 4-6 weeks on a round your size");
        Post pGoose = say(4, "16:00", wcBanter, paddy, "got chased by a goose on my Tuesday round. an actual goose");
        Post mGoose = re(4, "16:05", mel, pGoose, "😂 on a farm?");
        re(4, "16:10", paddy, mGoose, "a cul-de-sac!!");
        say(4, "16:15", wcBanter, tasha, "geese fear no one");
        Post mPump = say(5, "07:30", wcKit, mel, "my pump keeps cutting out when the van's cold. any ideas?");
        Post vPump = re(5, "08:00", vic, mPump, "sounds like the pressure switch, they hate the cold. clean the "
                + "contacts, and if that doesn't do it they're about £25 anywhere");
        re(5, "12:00", mel, vPump, "cleaned it and it's fine, cheers Vic");
        Post lArms = say(6, "18:00", wcKit, leon, "first week on the pole. arms gone. windows spotless though");
        Post sArms = re(6, "18:10", shaun, lArms, "you'll have the arms in a fortnight 💪");
        re(6, "18:20", leon, sArms, "the tip about rinsing the frames first was gold");
        say(7, "09:00", wcSale, paddy, "wanted: a second-hand 30ft pole, message me");
        // W15
        say(8, "09:00", wcSale, vic, "New spring price list: resin, poles, brushes, brush heads. "
                + "vicspurewater.example/prices");
        say(8, "09:20", wcTrade, vic, "spring price list is out lads, resin still the cheapest in the north west: "
                + "vicspurewater.example/prices");
        Post vBanter = say(8, "11:00", wcBanter, vic, "don't forget the new price list: vicspurewater.example/prices "
                + "👍");
        re(8, "11:30", paddy, vBanter, "we saw it the first time Vic 😂");
        Post tCover = say(9, "08:00", wcTrade, tasha, "@Paddy Rourke I'm laid up with my back, could you cover my "
                + "Thursday round in Eccles? 22 houses, I'll split it 50/50");
        Post mCover = re(9, "09:00", mel, tCover, "I can do half if Paddy can't, I'm near Eccles Thursday afternoon");
        re(9, "09:15", tasha, mCover, "you're a star Mel");
        Post pGary = say(10, "16:00", wcBanter, paddy, "the goose was there again. I've named him Gary");
        re(10, "16:10", leon, pGary, "😂 Gary");
        Post lStreak = say(10, "19:00", wcKit, leon, "the brush is leaving streaks on the top corners, am I rinsing "
                + "wrong?");
        Post sStreak = re(10, "19:30", shaun, lStreak, "probably not rinsing long enough at the top. work top down and "
                + "let the last rinse run off the bottom frame");
        Post lVessel = re(11, "17:00", leon, sStreak, "that was it. also bought a resin vessel off Vic, works a treat");
        re(11, "17:30", vic, lVessel, "glad it's working mate");
        Post lFrames = say(12, "18:00", wcTrade, leon, "had my first customer cancel because 'the old fella did the "
                + "frames'. do you lot do frames as standard?");
        re(12, "18:10", mel, lFrames, "I do, 30 seconds with the pole");
        re(12, "18:20", tasha, lFrames, "always, it's half the point of water-fed");
        Post pPole = say(13, "09:00", wcSale, paddy, "still after a 30ft pole if anyone has one");
        re(13, "09:30", vic, pPole, "got an ex-demo 30ft for £220, can drop it round Tuesday");
        // W16
        Post tBack = say(15, "08:00", wcTrade, tasha, "back's better. thanks Mel for Thursday, the customers didn't "
                + "notice a thing");
        re(15, "08:10", mel, tBack, "anytime");
        say(15, "12:00", wcTrade, paddy, "@Tasha Byrne sorry, missed your message last week, my phone's been living in "
                + "the van door. glad Mel sorted it");
        Post lTds2 = say(16, "17:00", wcKit, leon, "TDS reading 002 out of the vessel today, time for new resin?");
        re(16, "17:20", vic, lTds2, "yep, anything over 000 shows spots on glass in the sun. I can drop a bag Tuesday");
        Post sHyb = say(17, "12:00", wcKit, shaun, "anyone tried the new hybrid brushes with the rubber blade? "
                + "gimmick?");
        re(17, "12:10", mel, sHyb, "gimmick. snapped mine in a week");
        re(17, "12:30", vic, sHyb, "I stock them but I'm with Mel, they're made to sell, not to use");
        Post lSigned = say(18, "19:00", wcTrade, leon, "signed up 8 new houses this week off a leaflet drop 🎉");
        re(18, "19:10", shaun, lSigned, "get in!");
        lSigned.react("👏", tasha, mel, vic);
        say(19, "09:00", wcSale, vic, "brush heads back in stock, prices as before: vicspurewater.example/prices");
        Post pTwo = say(20, "15:00", wcBanter, paddy, "Gary the goose has a girlfriend now. there's two of them");
        pTwo.react("😂", leon, tasha);
    }

    private void tenancyCleans() {
        // W14
        Post cLime = say(1, "08:30", etLounge, chantelle, "what's everyone using on limescale round taps now the old "
                + "stuff's been discontinued?");
        Post mLime = re(1, "08:50", marek, cLime, "citric acid, a spoon in warm water, wrap it in cling film "
                + "for 20 min");
        re(1, "09:00", chantelle, mLime, "old school, I like it");
        Post bLime = re(1, "09:05", bev, cLime, "same, and a cheap toothbrush for round the base");
        re(1, "09:10", chantelle, bLime, "the toothbrush is the secret weapon honestly");
        Post fFridge = say(1, "14:00", etAgents, fiona, "Hi, letting agent in Leeds here. Do most of you include the "
                + "fridge and oven in a standard end-of-tenancy clean, or is that extra?");
        Post bFridge = re(1, "15:00", bev, fFridge, "Fridge always included. Ovens I price separately because "
                + "they vary "
                + "so much, a filthy one is an extra 2 hours. I'd put it in your checklist either way so tenants know");
        re(1, "15:20", fiona, bFridge, "thank you, that's really useful");
        Post cSkirt = say(2, "10:00", etLounge, chantelle, "had a landlord try to knock £40 off yesterday for "
                + "'a mark on "
                + "the skirting'. it was a scuff from 2015");
        Post mSkirt = re(2, "10:20", marek, cSkirt, "before photos, always. saves the argument");
        re(2, "10:30", chantelle, mSkirt, "I had them! sent them over and he went quiet 😂");
        cSkirt.react("😂", bev);
        Post dWine = say(3, "09:00", etAgents, dean, "Landlord here. Tenant's leaving a carpet with red wine "
                + "stains. Is "
                + "that a cleaner's job or a carpet cleaner's?");
        say(3, "09:30", etAgents, fiona, "@Chantelle Day you did one of ours on Shaw Lane last month, do you do "
                + "carpets "
                + "as well or just the clean?");
        Post cMicro = say(3, "12:00", etLounge, chantelle, "does anyone know a good supplier for microfibre in bulk? I "
                + "go through hundreds");
        Post bMicro = re(3, "12:20", bev, cMicro, "the cash and carry on Kirkstall Road");
        re(3, "12:30", chantelle, bMicro, "ta hun");
        Post mTenant = say(4, "17:00", etLounge, marek, "anyone else had a tenant turn up mid-clean and argue "
                + "about the "
                + "deposit with you like it's your fault?");
        re(4, "17:10", chantelle, mTenant, "every week. I just say I'm only the cleaner and keep scrubbing");
        re(4, "17:20", bev, mTenant, "I put the kettle on and let them vent 😄");
        Post fJob = say(5, "09:00", etJobs, fiona, "3-bed house, LS6, keys from Friday 12th, full end-of-tenancy clean "
                + "incl. oven. DM me with availability");
        re(5, "09:30", marek, fJob, "I can do the 12th, will DM");
        re(5, "11:00", bev, dWine, "Dean, red wine usually needs hot water extraction, a normal clean won't shift it. "
                + "Some of us do both, I don't, so ask for a carpet cleaner");
        Post cBath = say(6, "18:00", etLounge, chantelle, "Friday feeling: 3 jobs today and a bath that could stand up "
                + "on its own");
        re(6, "18:15", marek, cBath, "respect");
        Post cTv = say(7, "20:00", etChat, chantelle, "anyone else watching that new cleaning show? they'd never pass "
                + "an inventory check lol");
        re(7, "20:10", bev, cTv, "cringe. the music though");
        // W15
        say(8, "08:00", etAgents, chantelle, "Fiona sorry, missed your message! just the clean, no carpets, but Bev "
                + "knows someone who does them");
        say(8, "08:30", etAgents, fiona, "no worries, thanks both");
        Post pHours = say(9, "10:00", etAgents, priti, "Morning! Priti from Harcourt Lets. Is 5 hours realistic for a "
                + "2-bed flat, or should we book a full day?");
        Post bHours = re(9, "10:30", bev, pHours, "5 hours is fine for a 2-bed that's been looked after. if they had "
                + "pets book 7");
        re(9, "10:45", priti, bHours, "lovely, thanks Bev");
        say(10, "08:00", etJobs, marek, "Available Tue 16 and Wed 17, Leeds/Bradford, end-of-tenancy or deep cleans");
        Post mWeb = say(10, "12:00", etLounge, marek, "who's doing the deposit scheme webinar on Thursday?");
        re(10, "12:10", bev, mWeb, "me");
        Post dReceipt = say(11, "09:00", etAgents, dean, "Tenant says it was 'professionally cleaned' but the oven is "
                + "disgusting. is it normal to ask for the receipt?");
        Post cReceipt = re(11, "09:40", chantelle, dReceipt, "totally normal, and most of us leave a checklist with "
                + "photos. if there's no receipt and no photos, the check-out report is what counts");
        re(11, "10:00", dean, cReceipt, "thanks, the check-out report backs me up then");
        Post pFlats = say(12, "09:00", etJobs, priti, "two flats in Headingley, keys Monday 22nd, anyone?");
        re(12, "09:20", bev, pFlats, "I'll take both");
        say(13, "10:00", etChat, marek, "happy Saturday, no jobs, garden time");
        say(14, "19:00", etJobs, marek, "Still free Tue 16 and Wed 17 if anyone needs a clean");
        // W16
        say(15, "18:00", etAgents, priti, "Just to say, I've recommended Bev to our Otley and Ilkley branches, "
                + "so you may "
                + "get calls! @Bev Lowe do you cover Ilkley or is that too far?");
        Post bIlkley = say(16, "08:00", etAgents, bev, "Priti, thank you so much! Ilkley's fine, I'm up there on "
                + "Thursdays anyway");
        bIlkley.react("👍", priti);
        Post cTow = say(16, "12:00", etLounge, chantelle, "my van got towed. TOWED. from outside the job");
        Post mTow = re(16, "12:10", marek, cTow, "no!! was there a sign?");
        re(16, "12:20", chantelle, mTow, "a tiny one behind a bush");
        Post fBlinds = say(17, "10:00", etAgents, fiona, "what do you all do about blinds? charge extra or include?");
        re(17, "10:30", chantelle, fBlinds, "I include a wipe down. deep cleans of fabric blinds I don't touch, too "
                + "risky");
        re(17, "10:45", marek, fBlinds, "same, fabric ones go to a specialist");
        Post dArmley = say(18, "09:00", etJobs, dean, "1-bed in Armley, keys Saturday, anyone free?");
        re(18, "09:30", marek, dArmley, "I'm free Saturday, can do it for £160 incl. the oven");
        say(19, "16:00", etChat, bev, "Ilkley branch rang already! thank you Priti ❤️");
    }

    private void assessors() {
        // W14
        Post hCpd = say(1, "09:00", epChat, hamid, "RdSAP 10 changeover: has everyone done the CPD yet? mine's due "
                + "Friday");
        Post bCpd = re(1, "09:20", becky, hCpd, "done it, took 3 hours. the new window data is the only real change");
        re(1, "09:30", hamid, bCpd, "3 hours, ok, tonight then");
        Post gTpl = say(2, "10:00", epSoft, gail, "anyone got a template for ventilation notes? my site notes have "
                + "been a mess since the new rules");
        Post lTpl = re(2, "10:30", lorraine, gTpl, "I made a site checklist pack that covers ventilation and the new "
                + "window fields, it's £12 on my shop: pikeassess.example/checklist. If you'd rather not pay, the "
                + "scheme's own guidance has a basic table on page 14");
        Post bTpl = re(2, "10:45", becky, gTpl, "I use a free one I made: a table with room, extract type, trickle "
                + "vents and the photo number. that's all the auditor wants");
        re(2, "11:00", gail, bTpl, "that's all I need, thank you both");
        lTpl.react("👍", gail);
        Post jSq = say(3, "17:00", epSite, jon, "Found a loft today with 6 inches of insulation and a family of "
                + "squirrels. I gave it 'partially insulated'");
        re(3, "17:20", hamid, jSq, "squirrels count as 50mm");
        jSq.react("😂", tom, becky);
        Post tSlow = say(4, "08:00", epSoft, tom, "is it just me or is the lodging portal slow this week");
        re(4, "08:30", becky, tSlow, "slow for me too, early morning's better");
        Post bCover = say(5, "12:00", epChat, becky, "anyone need cover in Derby next week? I've space Tues-Wed");
        re(5, "12:30", hamid, bCover, "maybe, I'll know tomorrow");
        Post gC = say(6, "16:00", epSite, gail, "house with the original 1930s windows and the owner wanted a C. that "
                + "was a fun conversation");
        Post lC = re(6, "16:20", lorraine, gC, "ugh, those are the worst. I start with what they can change, not the "
                + "grade");
        re(6, "16:30", gail, lC, "good tip");
        Post lFee = say(7, "10:00", epChat, lorraine, "does anyone know if the accreditation fee's going up in May?");
        re(7, "10:15", hamid, lFee, "letter said 6%");
        // W15
        Post jWeek = say(8, "19:00", epSite, jon, "Well, I had a week. My van broke down on Monday on the way to my "
                + "first job and I lost the whole day. I rang my garage and they said it was my clutch, so I spent my "
                + "Tuesday in a courtesy car I could barely fit my ladder in. I did my Wednesday jobs late and my last "
                + "customer was not impressed with me. Then my laptop died on Thursday with three of my surveys not "
                + "backed up. I have learned my lesson and I now back everything up to my cloud drive every night");
        Post bWeek = re(8, "19:30", becky, jWeek, "oof Jon, that's a week. glad the surveys came back");
        say(8, "20:00", epChat, tom, "lodging portal down again");
        re(9, "08:00", jon, bWeek, "I only got two of them back, I had to go back out for the third. My customer was "
                + "kind about it but I felt like an idiot. I'm thinking I need a second laptop in my van for my own "
                + "peace of mind. I reckon my business can stand it this year");
        say(9, "08:30", epSoft, tom, "new software update broke my templates");
        say(9, "12:00", epChat, jon, "I'm also doing my first commercial course next month, which I'm excited about. "
                + "My plan is to move half my work over by next year, I think my knees will thank me");
        Post gRir = say(9, "14:00", epSoft, gail, "how do people record a room-in-roof without access? my notes said "
                + "'assumed' and the auditor queried it");
        Post bRir = re(9, "14:30", becky, gRir, "photo from the hatch, write down why there was no access, and use the "
                + "defaults. auditors are fine if the reason's written down");
        re(9, "14:45", gail, bRir, "thank you, that's exactly what I needed");
        Post hSync = say(10, "08:00", epSoft, hamid, "my tablet won't sync photos to the software, any ideas?");
        Post bSync = re(10, "08:20", becky, hSync, "turn off battery saver, it stops the background upload. took me a "
                + "week to work out");
        re(10, "08:40", hamid, bSync, "that's it! thanks");
        Post tPaid = say(10, "10:00", epChat, tom, "anyone else not been paid by the panel this month");
        re(10, "10:30", hamid, tPaid, "paid late here too, chased them Monday");
        say(10, "18:00", epSite, jon, "Today I did my twelfth survey of the week, my record. I think I'm finally "
                + "getting my speed up");
        say(11, "17:00", epSite, tom, "cavity wall with polystyrene beads pouring out of the air bricks, a new one on "
                + "me");
        Post bAudit = say(11, "09:00", epChat, becky, "Can anyone explain the new audit sampling? I've had 3 audits in "
                + "2 months and I'm starting to take it personally");
        Post hAudit = re(11, "09:30", hamid, bAudit, "it's random plus targeted if you lodge a lot of A and B ratings. "
                + "you doing a lot of new builds?");
        re(11, "09:45", becky, hAudit, "yes, loads, that'll be it");
        Post lAudit = re(12, "08:30", lorraine, bAudit, "Becky, if you pass them it drops back after 6 months. don't "
                + "take it personally");
        re(12, "08:45", becky, lAudit, "phew, ok. thanks Lorraine");
        say(12, "11:00", epChat, tom, "portal back");
        say(13, "09:00", epSoft, tom, "fixed the templates, it was the export setting");
        // W16
        Post lNew = say(15, "09:00", epChat, lorraine, "New version of my site checklist pack is out, updated for "
                + "RdSAP 10 with the window and ventilation pages! £12: pikeassess.example/checklist");
        Post hNew = re(15, "09:30", hamid, lNew, "nice, how's it different from the free scheme sheets?");
        re(15, "09:50", lorraine, hNew, "one sheet per room type with tick boxes for the new fields, and the photo log "
                + "built in");
        Post lTer = say(17, "18:00", epSite, lorraine, "Used my new checklist pack on a horrible 1900s terrace "
                + "today and "
                + "got round in 50 minutes. If you want to try it: pikeassess.example/checklist");
        Post gTer = re(17, "18:20", gail, lTer, "what was the terrace like?");
        re(17, "18:40", lorraine, gTer, "solid walls, a 1970s extension and a lean-to nobody would own up to");
        Post jBacon = say(18, "17:00", epSite, jon, "had a lovely old couple today who made me a bacon sandwich. best "
                + "job of the month");
        re(18, "17:15", becky, jBacon, "the bacon sandwich jobs are the best ones");
        Post tDown = say(19, "08:00", epChat, tom, "portal down again 🙃");
        re(19, "08:10", hamid, tDown, "of course it is");
        Post gBought = say(20, "10:00", epSoft, gail, "bought Lorraine's pack in the end, the photo log is handy");
        re(20, "10:30", lorraine, gBought, "thanks Gail! tell me if anything's missing");
    }

    private void firewood() {
        // W14
        Post rKiln = say(1, "08:00", fwMerch, roy, "kiln's been running since Friday, birch coming out at 14%. how's "
                + "everyone's stock after the winter?");
        re(1, "08:30", ifan, rKiln, "low. ash all gone, selling the oak mix till June");
        re(1, "09:00", kerry, rKiln, "sold out of crates twice in March, mad");
        Post oHiss = say(2, "10:00", fwAsk, olu, "First winter with a stove. What moisture should logs be? the ones I "
                + "bought from the garage hiss");
        Post rHiss = re(2, "10:30", roy, oHiss, "under 20%, ideally 15 or less. hissing is water boiling off, "
                + "so they're "
                + "wet. a moisture meter is about £15: split a log and test the fresh face, not the outside");
        re(2, "10:45", olu, rHiss, "didn't know about the fresh face, thanks");
        say(2, "14:00", fwAsk, kerry, "Spring clearance! Kiln-dried hardwood crates £85 delivered across Cumbria, use "
                + "code SPRING10 for 10% off: woodhousefuel.example/spring");
        Post gBirch = say(3, "09:00", fwAsk, geoff, "Roy, where can I get kiln-dried birch near Kendal? the crate I "
                + "bought from you in February was lovely but I'm nearly out");
        Post rBirch = re(3, "09:30", roy, gBirch, "that'll be us Geoff 😄 I'm in Kendal on Thursdays, same crate £90, "
                + "shall I put you down?");
        re(3, "09:45", geoff, rBirch, "yes please");
        Post kCode = say(4, "12:00", fwYard, kerry, "SPRING10 still running, stock up before the price rise: "
                + "woodhousefuel.example/spring");
        Post iRise = re(4, "12:30", ifan, kCode, "price rise? what do you know that I don't 😂");
        re(4, "12:40", kerry, iRise, "diesel, mate");
        Post iSplit = say(5, "08:00", fwMerch, ifan, "can anyone recommend a log splitter that won't die in a year?");
        Post rSplit = re(5, "08:20", roy, iSplit, "the 10 tonne one from the farm shop lot, mine's 4 years old");
        re(5, "08:30", ifan, rSplit, "cheers");
        Post oMeter = say(6, "17:00", fwAsk, olu, "got a meter. the garage logs read 31% 😬");
        Post iMeter = re(6, "17:30", ifan, oMeter, "stack them off the ground under a cover till autumn, they'll be "
                + "fine by October. buy dry for now");
        re(6, "17:45", olu, iMeter, "will do");
        say(7, "15:00", fwYard, geoff, "first barbecue of the year on the leftover kindling, lovely");
        // W15
        joins(8, "10:00", fwYard, nadia);
        Post nHi = say(8, "10:05", fwYard, nadia, "Hi! just moved to a cottage near Ulverston with a wood burner and "
                + "no idea what I'm doing");
        re(8, "10:30", roy, nHi, "welcome Nadia! ask anything in stove-owners-ask, no daft questions");
        Post nCrate = say(9, "19:00", fwAsk, nadia, "how much wood does a stove get through in a month? the estate "
                + "agent said 'about a crate' which sounds made up");
        Post rCrate = re(9, "19:30", roy, nCrate, "depends how often you light it. evenings only in winter, a crate "
                + "lasts most people 4-6 weeks. in April you'll hardly use any");
        re(9, "19:45", nadia, rCrate, "phew, ok");
        Post kDm = say(10, "11:00", dmNadia, kerry, "Hi Nadia, saw you're new to the area! I run Woodhouse Fuel just "
                + "outside Ulverston. I can do you a starter crate plus kindling for £80 delivered, just message me "
                + "back and I'll book you in 🙂");
        re(10, "18:00", nadia, kDm, "thanks, I'm sorted for now but I'll keep you in mind");
        Post iFan = say(11, "09:00", fwMerch, ifan, "kiln fan's gone. £400. lovely");
        re(11, "09:10", kerry, iFan, "ouch");
        Post rFan = re(11, "09:30", roy, iFan, "Ifan, I've a spare fan motor in the shed, come and get it");
        re(11, "09:40", ifan, rFan, "you're a good man Roy");
        Post gGarage = say(12, "14:00", fwAsk, geoff, "logs all stacked. is it ok to keep them in the garage? the wife "
                + "says it's a fire risk");
        Post kGarage = re(12, "14:30", kerry, gGarage, "it's fine away from the boiler and anything flammable, "
                + "and leave "
                + "a gap for air");
        re(12, "14:45", geoff, kGarage, "thanks Kerry");
        say(13, "16:00", fwMerch, ifan, "quiet week");
        // W16
        Post gThu = say(15, "09:00", fwAsk, geoff, "@Roy Catterall can you drop the next crate Thursday as well? same "
                + "as before");
        gThu.react("👍", roy);
        Post nSmoke = say(16, "19:00", fwAsk, nadia, "lit the stove for the first time! only filled the room "
                + "with smoke "
                + "once");
        Post oSmoke = re(16, "19:20", olu, nSmoke, "open the air vent fully to start, and warm the flue with a bit of "
                + "rolled-up newspaper first. I smoked us out 3 times");
        re(16, "21:00", nadia, oSmoke, "newspaper trick worked!");
        Post kSite = say(17, "10:00", fwYard, kerry, "New website's up! woodhousefuel.example");
        re(17, "10:30", ifan, kSite, "looks smart");
        Post oFan = say(18, "18:00", fwAsk, olu, "is a stove fan worth getting?");
        re(18, "18:30", roy, oFan, "they help a bit in a long room. don't expect miracles");
        say(18, "19:00", fwAsk, geoff, "crate arrived, cheers Roy");
        Post rEstate = say(19, "08:00", fwMerch, roy, "anyone want to split a load of birch from the estate sale? 20 "
                + "tonne is too much for me");
        re(19, "08:20", ifan, rEstate, "I'll take 8");
        re(19, "08:40", kerry, rEstate, "I'll have 5");
        say(20, "12:00", fwYard, geoff, "Nadia's smoke story made me laugh, we've all been there");
    }

    private void warmHomes() {
        // W14
        Post jWeek = say(1, "09:00", whRota, jenny, "This week's visits are up: 6 homes, Tues to Sat. Sign up here: "
                + "docs.example/sheet/warmhomes-apr");
        re(1, "09:30", colm, jWeek, "put myself down for Tues and Thurs");
        Post hAway = say(1, "10:00", whRota, hetty, "I can do Saturday. Then I'm in Portugal from the 6th until the "
                + "15th, so count me out next week");
        re(1, "10:10", jenny, hAway, "lucky you! noted");
        Post aMeme = say(2, "20:00", whHow, ama, "me: fits a brush strip to the front door. the door: no longer shuts. "
                + "anyone?");
        Post cMeme = re(2, "20:20", colm, aMeme, "ha, classic. the strip's too low. take it off and raise it "
                + "3mm so the "
                + "bristles just kiss the floor");
        re(2, "20:30", ama, cMeme, "kiss the floor, got it. will try tomorrow");
        Post j3 = say(3, "09:00", whRota, jenny, "3 slots left this week: Weds pm, Fri am, Sat am. Sheet: "
                + "docs.example/sheet/warmhomes-apr");
        re(3, "09:20", ken, j3, "Weds pm for me");
        Post kFlap = say(3, "14:00", whHow, ken, "anyone fitted the letterbox flaps with brushes? the ones in the kit "
                + "are tight on old doors");
        Post wFlap = re(3, "14:30", wes, kFlap, "the slot's usually not square on old doors. a couple of "
                + "washers behind "
                + "the top screws sorts it. I'm a joiner by trade, so tag me on door stuff");
        re(3, "14:40", ken, wFlap, "washers, genius");
        Post cCake = say(4, "18:00", whChat, colm, "Mrs Patel on Tuesday's visit sent me home with a whole lemon "
                + "drizzle");
        re(4, "18:10", ama, cCake, "the perks of the job 😍");
        Post j1 = say(5, "09:00", whRota, jenny, "1 slot left: Sat am. docs.example/sheet/warmhomes-apr");
        re(5, "09:30", ama, j1, "grabbed it!");
        say(6, "06:00", whChat, hetty, "off to the airport, behave yourselves");
        say(7, "12:00", whHow, ama, "door shuts, no draught. I'm unstoppable").react("👏", colm, jenny);
        // W15
        Post jNext = say(8, "09:00", whRota, jenny, "Next week's visits: 8 homes, two need loft hatches doing. "
                + "Sign-up: "
                + "docs.example/sheet/warmhomes-apr2");
        re(8, "09:20", colm, jNext, "Mon and Weds");
        Post jHatch = say(9, "10:00", whHow, jenny, "@Hetty Sloane when you're back, how did you seal the loft hatch "
                + "at the Grove Street house? the owner says it's the warmest room in the house now");
        re(9, "10:30", wes, jHatch, "I can show anyone the hatch method meanwhile: foam tape on the frame and two turn "
                + "buttons to pull it tight");
        Post kSkirt = say(10, "15:00", whHow, ken, "what's best for gaps under skirting boards? we've got a house with "
                + "a gale coming through");
        Post wSkirt = re(10, "15:30", wes, kSkirt, "clear decorator's caulk for small gaps, and over 5mm put a foam "
                + "backing rod in first. if the owner ever wants the floor done properly that's what I do for a "
                + "living, "
                + "Fenton Joinery, but the caulk will do them fine for now");
        re(10, "15:45", ken, wSkirt, "caulk it is");
        Post j4 = say(11, "09:00", whRota, jenny, "4 slots left next week: Mon am, Tues pm, Thu x2. Sheet: "
                + "docs.example/sheet/warmhomes-apr2");
        re(11, "09:30", ama, j4, "Thu am");
        Post aCry = say(12, "19:00", whChat, ama, "does anyone else get weirdly emotional when a pensioner says their "
                + "house is warm for the first time");
        re(12, "19:10", colm, aCry, "every time");
        re(12, "19:20", jenny, aCry, "that's why we do it ❤️");
        Post cFame = say(13, "11:00", whChat, colm, "Ama, your door strip fame has spread. Mrs Patel's asking for 'the "
                + "girl with the brushes'");
        re(13, "11:10", ama, cFame, "😂 I'm a brand now");
        // W16
        Post hBack = re(15, "18:00", hetty, jHatch, "back! Jenny, foam tape and two turn buttons like Wes says, plus I "
                + "glued a bit of insulation board to the back of the hatch");
        Post jShow = re(15, "18:20", jenny, hBack, "thank you! could you show the new lot on Saturday?");
        re(15, "18:30", hetty, jShow, "yes, happy to");
        say(15, "19:00", whChat, hetty, "Portugal was glorious and I'm now sunburnt in April");
        say(16, "09:00", whRota, jenny, "Last week of the spring round: 5 homes. docs.example/sheet/warmhomes-apr3");
        Post cTub = say(17, "17:00", whChat, colm, "who left a tub of caulk in my car");
        Post kTub = re(17, "17:05", ken, cTub, "?");
        Post cTub2 = re(17, "17:10", colm, kTub, "?? as in, was it you Ken");
        re(17, "17:15", ken, cTub2, "ah. yes. sorry 😂");
        say(18, "12:00", whChat, jenny, "we did 19 homes this spring. thank you all 🎉").react("🎉", ama, colm, ken,
                hetty);
        Post aAutumn = say(19, "10:00", whChat, ama, "when's the autumn round?");
        re(19, "10:20", jenny, aAutumn, "September. I'll put the sheet up in August");
    }

    static Map<String, String> files() {
        return new HeldOutScenes88Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 88");
    }
}
