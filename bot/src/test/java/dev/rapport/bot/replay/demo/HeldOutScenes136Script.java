package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 136 (sealed): eight communities of clocks, watches and the horological and jewellery-repair trades, of
 * kinds no earlier round used (turret-clock restorers and maintainers, Going Train, with a room where churchwardens, a
 * parish clerk, a school bursar and an estate manager ask, a contracts room and a restorer who spends a week moving his
 * workshop to a new unit with fellow restorers' help while a returning churchwarden and a new parish clerk who asked
 * for him by name wait; watch-strap makers, Keeper &amp; Loop, with a strap-requests room, a showcase and a market, a
 * newcomer who scatters his new shop link, a maker whose answers carry his priced listings and a maker away at a
 * leather fair who said so; a high-street jewellery repair shop's own server, Claw &amp; Clasp, with its Staff and
 * Customers, a bench jeweller who answers a day late with an apology and a customer's DM; horology students and
 * apprentices, Beat Setting, where nobody sells, with a newcomer who asks for subscribers and a student who takes help
 * in mock-exam week and gives it back later; antique-clock collectors, Fusee &amp; Fret, with a collector who talks
 * about himself, a member who posts auction notes to nobody and a dealer who offers to buy a newcomer's inherited
 * clock; pearl and bead restringers, Knot &amp; Silk, with an owners' room, a trade-work room, a newcomer's DM pitch
 * and a restringer who leaves an owner's question; watch case and dial refinishers, Brushed &amp; Polished, with a
 * refinisher who plugs his course and a bench diary posted at a fellow's request; a watch-parts material house's own
 * server, Pallet &amp; Pivot Supplies, with its Team and Trade Customers and a rep who onboards two new accounts while
 * a long-standing customer waits), over three ISO weeks (2033-W49 to W51), written and labelled by writer136
 * (session 63) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-136.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes136Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 12, 5);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 12, 26, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-136";
    private static final int BASE = 106800;

    // --- A. turret-clock restorers and maintainers ---
    private final String goingTrain = cast.guild(1641);
    private final Channel gtWorkshop = cast.channel(goingTrain, "Going Train", "workshop-talk",
            "turret-clock restorers among ourselves: movements, tools, the trade", "gt-workshop-talk.json");
    private final Channel gtAsk = cast.channel(goingTrain, "Going Train", "clock-asks",
            "churchwardens, parish clerks and estates ask about their public clocks; restorers reply",
            "gt-clock-asks.json");
    private final Channel gtContracts = cast.channel(goingTrain, "Going Train", "contracts",
            "restorers post availability and maintenance contracts; parishes post jobs", "gt-contracts.json");
    private final Persona ambrose = cast.person("ambrose.keele", "Ambrose Keele");
    private final Persona tegan = cast.person("tegan.rowcliffe", "Tegan Rowcliffe");
    private final Persona lucian = cast.person("lucian.pardoe", "Lucian Pardoe");
    private final Persona odile = cast.person("odile.marchbank", "Odile Marchbank");
    private final Persona prudence = cast.person("prudence.whitlock", "Prudence Whitlock");
    private final Persona gideon = cast.person("gideon.thorne", "Gideon Thorne");
    private final Persona rajan = cast.person("rajan.mistry", "Rajan Mistry");
    private final Persona wynne = cast.person("wynne.castell", "Wynne Castell");

    // --- B. watch-strap makers ---
    private final String keeperLoop = cast.guild(1642);
    private final Channel klBench = cast.channel(keeperLoop, "Keeper & Loop", "makers-bench",
            "strap makers among ourselves: leather, thread, tools, suppliers", "kl-makers-bench.json");
    private final Channel klAsk = cast.channel(keeperLoop, "Keeper & Loop", "strap-requests",
            "wearers ask about straps for their watches; makers reply", "kl-strap-requests.json");
    private final Channel klShow = cast.channel(keeperLoop, "Keeper & Loop", "showcase",
            "show your finished straps", "kl-showcase.json");
    private final Channel klMarket = cast.channel(keeperLoop, "Keeper & Loop", "market",
            "makers list straps for sale", "kl-market.json");
    private final Persona saskia = cast.person("saskia.verhoeven", "Saskia Verhoeven");
    private final Persona mattias = cast.person("mattias.brunell", "Mattias Brunell");
    private final Persona tempe = cast.person("tempe.oduya", "Temperance Oduya");
    private final Persona dorian = cast.person("dorian.flegg", "Dorian Flegg");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona leopold = cast.person("leopold.fairweather", "Leopold Fairweather");
    private final Persona zainab = cast.person("zainab.qureshi", "Zainab Qureshi");
    private final Persona rosalind = cast.person("rosalind.byatt", "Rosalind Byatt");

    // --- C. a high-street jewellery repair shop's own server ---
    private final String clawClasp = cast.guild(1643);
    private final Role ccStaff = cast.role("Staff", "#8e24aa", 2);
    private final Role ccCustomer = cast.role("Customer", "#607d8b", 1);
    private final Channel ccNews = cast.channel(clawClasp, "Claw & Clasp Repairs", "shop-news",
            "opening hours, Christmas deadlines and news from the workshop", "cc-shop-news.json");
    private final Channel ccAsk = cast.channel(clawClasp, "Claw & Clasp Repairs", "repair-questions",
            "customers ask about repairs, sizing, chains and collections; staff reply", "cc-repair-questions.json");
    private final Channel ccShow = cast.channel(clawClasp, "Claw & Clasp Repairs", "show-and-tell",
            "show us what we mended", "cc-show-and-tell.json");
    private final Persona bronwen = cast.person("bronwen.tallis", "Bronwen Tallis", ccStaff);
    private final Persona kofi = cast.person("kofi.mensah", "Kofi Mensah", ccStaff);
    private final Persona perpetua = cast.person("perpetua.quinlan", "Perpetua Quinlan", ccStaff);
    private final Persona edwina = cast.person("edwina.catterall", "Edwina Catterall", ccCustomer);
    private final Persona mohsin = cast.person("mohsin.rafiq", "Mohsin Rafiq", ccCustomer);
    private final Persona ruth = cast.person("ruth.abernethy", "Ruth Abernethy", ccCustomer);
    private final Persona florian = cast.person("florian.weiss", "Florian Weiss", ccCustomer);
    private final Persona nkechi = cast.person("nkechi.obiora", "Nkechi Obiora", ccCustomer);
    private final Persona seamus = cast.person("seamus.gilroy", "Seamus Gilroy");
    private final Channel ccDm = cast.dm(ruth, "cc-dm-ruth-abernethy.json");

    // --- D. horology students and apprentices ---
    private final String beatSetting = cast.guild(1644);
    private final Channel bsGeneral = cast.channel(beatSetting, "Beat Setting", "general",
            "watchmaking students and apprentices: school, exams, the trade", "bs-general.json");
    private final Channel bsHelp = cast.channel(beatSetting, "Beat Setting", "bench-help",
            "stuck on a movement? ask, and help when you can", "bs-bench-help.json");
    private final Channel bsOff = cast.channel(beatSetting, "Beat Setting", "off-topic",
            "anything else", "bs-off-topic.json");
    private final Persona thaddeus = cast.person("thaddeus.mwangi", "Thaddeus Mwangi");
    private final Persona freya = cast.person("freya.lindqvist", "Freya Lindqvist");
    private final Persona imogen = cast.person("imogen.castellane", "Imogen Castellane");
    private final Persona caspian = cast.person("caspian.reed", "Caspian Reed");
    private final Persona aurelio = cast.person("aurelio.bianchi", "Aurelio Bianchi");
    private final Persona rowena = cast.person("rowena.ashcombe", "Rowena Ashcombe");
    private final Persona haruto = cast.person("haruto.sato", "Haruto Sato");

    // --- E. antique-clock collectors ---
    private final String fusee = cast.guild(1645);
    private final Channel ffChat = cast.channel(fusee, "Fusee & Fret", "collectors-chat",
            "collectors of antique clocks: finds, history, restoration", "ff-collectors-chat.json");
    private final Channel ffIdent = cast.channel(fusee, "Fusee & Fret", "identify-my-clock",
            "post your clock and ask what it is; members help", "ff-identify-my-clock.json");
    private final Channel ffSale = cast.channel(fusee, "Fusee & Fret", "for-sale-corner",
            "members and dealers list clocks for sale", "ff-for-sale-corner.json");
    private final Persona cornelius = cast.person("cornelius.wray", "Cornelius Wray");
    private final Persona philippa = cast.person("philippa.goodbody", "Philippa Goodbody");
    private final Persona desmond = cast.person("desmond.arkle", "Desmond Arkle");
    private final Persona valentina = cast.person("valentina.russo", "Valentina Russo");
    private final Persona augustin = cast.person("augustin.pelletier", "Augustin Pelletier");
    private final Persona meredith = cast.person("meredith.loft", "Meredith Loft");
    private final Persona ezra = cast.person("ezra.holloway", "Ezra Holloway");
    private final Persona sunita = cast.person("sunita.rao", "Sunita Rao");

    // --- F. pearl and bead restringers ---
    private final String knotSilk = cast.guild(1646);
    private final Channel ksRoom = cast.channel(knotSilk, "Knot & Silk", "restringers-room",
            "pearl and bead restringers among ourselves: silk, knots, clasps, suppliers", "ks-restringers-room.json");
    private final Channel ksAsk = cast.channel(knotSilk, "Knot & Silk", "owners-ask",
            "owners ask about broken necklaces, pearls and beads; restringers reply", "ks-owners-ask.json");
    private final Channel ksWork = cast.channel(knotSilk, "Knot & Silk", "trade-work",
            "jewellers post restringing work; restringers post availability", "ks-trade-work.json");
    private final Persona marisol = cast.person("marisol.ortega", "Marisol Ortega");
    private final Persona delphine = cast.person("delphine.aubert", "Delphine Aubert");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona honor = cast.person("honor.blakeway", "Honor Blakeway");
    private final Persona clementine = cast.person("clementine.shaw", "Clementine Shaw");
    private final Persona eustace = cast.person("eustace.pym", "Eustace Pym");
    private final Persona anjali = cast.person("anjali.desai", "Anjali Desai");
    private final Persona roderick = cast.person("roderick.baines", "Roderick Baines");
    private final Channel ksDm = cast.dm(honor, "ks-dm-honor-blakeway.json");

    // --- G. watch case and dial refinishers ---
    private final String brushed = cast.guild(1647);
    private final Channel bpBench = cast.channel(brushed, "Brushed & Polished", "refinishers-bench",
            "case and dial refinishers among ourselves: wheels, compounds, jigs, the trade",
            "bp-refinishers-bench.json");
    private final Channel bpAsk = cast.channel(brushed, "Brushed & Polished", "owners-ask",
            "watch owners ask about scratches, polishing, dials and lume; refinishers reply", "bp-owners-ask.json");
    private final Channel bpShow = cast.channel(brushed, "Brushed & Polished", "before-after",
            "show your refinishing work", "bp-before-after.json");
    private final Persona lysander = cast.person("lysander.crewe", "Lysander Crewe");
    private final Persona quentin = cast.person("quentin.abara", "Quentin Abara");
    private final Persona ines = cast.person("ines.laurent", "Inès Laurent");
    private final Persona bart = cast.person("bart.nkemelu", "Bartholomew Nkemelu");
    private final Persona fergus = cast.person("fergus.doyle", "Fergus Doyle");
    private final Persona henrietta = cast.person("henrietta.crane", "Henrietta Crane");
    private final Persona ashok = cast.person("ashok.pillai", "Ashok Pillai");
    private final Persona lorelei = cast.person("lorelei.finch", "Lorelei Finch");

    // --- H. a watch-parts material house's own server ---
    private final String pallet = cast.guild(1648);
    private final Role ppTeam = cast.role("Team", "#00897b", 2);
    private final Role ppCustomer = cast.role("Trade Customer", "#78909c", 1);
    private final Channel ppNews = cast.channel(pallet, "Pallet & Pivot Supplies", "stock-news",
            "new stock, back-orders and holiday hours from the team", "pp-stock-news.json");
    private final Channel ppCounter = cast.channel(pallet, "Pallet & Pivot Supplies", "trade-counter",
            "trade customers: parts look-ups, orders and tool questions; the team replies", "pp-trade-counter.json");
    private final Channel ppBench = cast.channel(pallet, "Pallet & Pivot Supplies", "bench-chat",
            "watchmakers chatting among themselves", "pp-bench-chat.json");
    private final Persona solomon = cast.person("solomon.adair", "Solomon Adair", ppTeam);
    private final Persona everard = cast.person("everard.quist", "Everard Quist", ppTeam);
    private final Persona niamh = cast.person("niamh.doherty", "Niamh Doherty", ppTeam);
    private final Persona gertrude = cast.person("gertrude.amsel", "Gertrude Amsel", ppCustomer);
    private final Persona bashir = cast.person("bashir.hakimi", "Bashir Hakimi", ppCustomer);
    private final Persona linnea = cast.person("linnea.sjoberg", "Linnea Sjöberg", ppCustomer);
    private final Persona piers = cast.person("piers.whitmore", "Piers Whitmore", ppCustomer);
    private final Persona jolyon = cast.person("jolyon.penhale", "Jolyon Penhale");
    private final Persona amara = cast.person("amara.okafor", "Amara Okafor");
    private final Channel ppDm = cast.dm(jolyon, "pp-dm-jolyon-penhale.json");

    HeldOutScenes136Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        goingTrain();
        keeperAndLoop();
        clawAndClasp();
        beatSetting();
        fuseeAndFret();
        knotAndSilk();
        brushedAndPolished();
        palletAndPivot();
    }

    /** A: turret-clock restorers; Ambrose moves his workshop with his fellows while Prudence and Gideon wait. */
    private void goingTrain() {
        // W49
        Post prQ = say(1, "11:00", gtAsk, prudence, "@Ambrose Keele the St Botolph's clock you overhauled last year is "
                + "losing about four minutes a day since the frost came. Anything the tower captain and I can check "
                + "before calling you out?");
        Post amPr = re(1, "11:45", ambrose, prQ, "Hello Prudence, good to hear from you. A steel rod would make it "
                + "gain in the cold, so losing points elsewhere: check for ice or a bird's nest on the motion work "
                + "behind the dial, and whether the leading-off rods are catching anywhere.");
        Post prFound = re(1, "12:10", prudence, amPr, "Found it! A pigeon's nest on the motion work. The tower captain "
                + "cleared it out. Thank you!");
        Post amRun = re(1, "12:20", ambrose, prFound, "Classic. Let it run a week and tell me the rate.");
        Post raQ = say(2, "10:00", gtAsk, rajan, "Our school has a 1920s electric slave clock system: a master clock "
                + "in the office and 12 slave dials, half of them stopped. Is this a job for a turret clock person or "
                + "an electrician?");
        Post odRa = re(2, "10:40", odile, raQ, "Turret clock person, ideally one who knows impulse systems. Is it "
                + "Synchronome or Gent? The label inside the master case will say. Half stopped usually means the "
                + "slaves have lost step, not that they're broken.");
        Post odRa2 = say(2, "11:20", gtAsk, odile, "Then it's a day's work to reset them and check the line voltage. "
                + "I'm in Leicester, happy to look after Christmas if you're near.");
        re(2, "11:30", rajan, odRa2, "We're in Loughborough, perfect. I'll send you the office number.");
        Post teQ = say(3, "09:00", gtWorkshop, tegan, "A church in Rutland wants their flatbed converted to "
                + "auto-winding. I hate doing it but they can't find winders any more. Which kit?");
        Post amTe = re(3, "09:25", ambrose, teQ, "I've fitted the Kemble kit three times. Keep the weights and the "
                + "maintaining power so it can go back to hand-winding one day.");
        re(3, "09:40", lucian, teQ, "Agree with Ambrose. And take a full photo record before you touch it, the DAC "
                + "will ask.");
        re(3, "10:00", tegan, amTe, "Kemble it is. Good shout on keeping the weights.");
        Post wyQ = say(4, "14:00", gtAsk, wynne, "Estate manager at Harcombe Park here. Our stable-block clock "
                + "strikes thirteen at noon. Charming, but the owner isn't amused. Where do I start?");
        Post luWy = re(4, "14:30", lucian, wyQ, "The count wheel has slipped a tooth or the locking lever is worn. "
                + "Don't adjust it yourself if the hammer's heavy. Where is Harcombe?");
        Post wyWhere = re(4, "14:50", wynne, luWy, "Near Stamford.");
        Post luWy2 = re(4, "15:10", lucian, wyWhere, "That's mine then, I'm in Oakham. I could look at it next week.");
        Post wyWed = re(4, "15:20", wynne, luWy2, "Wonderful, thank you. Wednesday?");
        re(4, "15:25", lucian, wyWed, "Wednesday, 10am.");
        say(5, "09:00", gtContracts, odile, "Taking on two more annual maintenance contracts in Leicestershire and "
                + "Rutland for 2034: two visits a year, oiling, rating and a written report for the DAC.");
        Post amNews = say(5, "16:00", gtWorkshop, ambrose, "News: I've got the keys to a new unit on the Welland "
                + "estate. Triple the space and a proper crane beam. Moving next week, lord help me.");
        re(5, "16:20", tegan, amNews, "Congratulations! About time you stopped working in a cowshed.");
        Post odHands = re(5, "16:30", odile, amNews, "Shout if you need hands.");
        re(5, "16:45", ambrose, odHands, "I'll hold you to that.");
        Post prRate = re(6, "10:00", prudence, amRun, "Running to time now, within ten seconds all week. The PCC says "
                + "thank you.");
        re(6, "10:30", ambrose, prRate, "Great news. See you for the spring service.");

        // W50: the move
        Post amMove = say(8, "08:30", gtWorkshop, ambrose, "Move plan: Saturday. Biggest worry is the wheel-cutting "
                + "engine, 300kg and all of it delicate. Anyone moved one? Strap it to a pallet or take the head off?");
        Post teMove = re(8, "09:00", tegan, amMove, "Take the dividing head off and box it separately. Bolt the base "
                + "to a pallet through the feet.");
        Post amPallet = re(8, "09:15", ambrose, teMove, "Thanks, that's what I feared. I'll need a pallet truck then.");
        Post prStrike = say(8, "10:00", gtAsk, prudence, "@Ambrose Keele the hour bell has stopped striking since the "
                + "ringers' practice on Friday. The clock keeps time but there's no strike at all. Could you come and "
                + "look before our carol service on the 22nd? It's our biggest night of the year.");
        Post luTruck = re(8, "11:00", lucian, amPallet, "I've a pallet truck you can borrow. Pick it up Thursday.");
        re(8, "11:10", ambrose, luTruck, "Legend. Thursday it is.");
        joins(9, "08:00", gtAsk, gideon);
        Post giQ = say(9, "08:15", gtAsk, gideon, "Hello, I'm the parish clerk at Kirby Bellars. Prudence Whitlock at "
                + "St Botolph's recommended you, @Ambrose Keele. Ours is an 1880s Smith of Derby, stopped since 1990, "
                + "and the parish wants it going for the church's 150th in June. Could you look at it and give us an "
                + "idea of the cost?");
        Post amVan = say(9, "09:00", gtWorkshop, ambrose, "Who's got a van with a tail lift? Mine won't take the "
                + "lathe. Happy to pay diesel and a curry.");
        Post odVan = re(9, "09:30", odile, amVan, "Mine has a tail lift. I can do Saturday morning.");
        Post amEight = re(9, "09:45", ambrose, odVan, "Brilliant. 8am at the old place?");
        re(9, "09:50", odile, amEight, "8am.");
        re(10, "10:00", prudence, prStrike, "@Ambrose Keele sorry to chase, I'm just worried about the 22nd. Is it "
                + "something the tower captain could check?");
        Post amIns = say(10, "11:00", gtWorkshop, ambrose, "Insurance question: I'll have six customers' clocks in "
                + "the van. Does anyone's policy cover goods in transit for a workshop move, or do I need a one-off?");
        Post luIns = re(10, "11:30", lucian, amIns, "Mine covers it up to 20k, but check yours doesn't exclude "
                + "'removal of premises'. Mine did until I rang them.");
        re(10, "11:40", ambrose, luIns, "Ringing them now.");
        Post raDone = say(10, "14:00", gtAsk, rajan, "Update: Odile reset our slave dials and all twelve are running. "
                + "Hurrah.");
        re(10, "14:30", odile, raDone, "Glad to hear it, Rajan.");
        Post amPhase = say(11, "09:00", gtWorkshop, ambrose, "Insurer says I'm covered. Next problem: the new unit "
                + "is single-phase only and my lathe's three-phase. Converter or a new motor?");
        Post tePhase = re(11, "09:20", tegan, amPhase, "Rotary converter. I got a second-hand one for 300. Send me "
                + "the motor plate.");
        re(11, "09:45", ambrose, tePhase, "Photo sent. Cheers Tegan.");
        Post wyThanks = re(11, "14:00", wynne, luWy2, "@Lucian Pardoe thank you for Wednesday, the clock strikes "
                + "twelve at noon now. Invoice paid.");
        re(11, "14:20", lucian, wyThanks, "Thanks Wynne. It'll want oiling in the spring.");
        re(12, "09:00", gideon, giQ, "Hello again, just checking this reached @Ambrose Keele. The council meets on "
                + "Thursday and I'd love to bring a rough figure.");
        Post teNudge = say(12, "09:30", gtWorkshop, tegan, "@Ambrose Keele Prudence and a new clerk, Gideon, are both "
                + "waiting on you in clock-asks. Prudence has her carol service next week.");
        re(12, "10:15", ambrose, teNudge, "I know, I know. Once the lathe's in I'll do the lot. I can't think past "
                + "Saturday.");
        say(13, "08:00", gtWorkshop, ambrose, "Move day. Coffee at 8, lathe first while we're fresh.");
        Post amDone = say(13, "16:30", gtWorkshop, ambrose, "All in. Wheel-cutting engine survived, lathe on its "
                + "stand, six clocks unscathed. Thank you @Odile Marchbank and @Lucian Pardoe, you're heroes.");
        re(13, "16:45", odile, amDone, "Good luck with the converter!");

        // W51
        Post amGi = re(15, "08:05", ambrose, giQ, "Gideon, apologies for the wait, I was moving workshops last week. "
                + "An 1880s Smith of Derby stopped since 1990 is usually a full overhaul: roughly £3,800 to £5,500 "
                + "depending on the dial and the hands. I can survey it free in January.");
        Post amPr2 = re(15, "08:20", ambrose, prStrike, "Prudence, I'm so sorry, I was moving the workshop all week "
                + "and let this sit. It's most likely the strike release stuck after the ringers jarred the frame. "
                + "I can be at St Botolph's at 2pm today, no charge, well before the 22nd.");
        Post prOk = re(15, "08:30", prudence, amPr2, "Oh, thank goodness. 2pm is perfect. And congratulations on the "
                + "new workshop!");
        re(15, "09:00", gideon, amGi, "That's very helpful, thank you. I'll put it to the council and book the "
                + "survey.");
        Post prStrikes = re(15, "17:00", prudence, prOk, "Striking again! The tower captain says you're a wizard.");
        re(15, "17:20", ambrose, prStrikes, "Glad it's sorted. Enjoy the carols.");
        Post amCut = say(19, "15:00", gtWorkshop, ambrose, "First wheel cut in the new unit. The converter hums but it "
                + "works. Thanks again @Tegan Rowcliffe.");
        re(19, "15:20", tegan, amCut, "Told you.");
    }

    /** B: strap makers; Dorian scatters his shop link, Mattias's answers carry his listings, Saskia is away. */
    private void keeperAndLoop() {
        // W49
        Post kwQ = say(1, "10:00", klAsk, kwame, "@Saskia Verhoeven the shell cordovan strap you made me in the summer "
                + "has gone a bit stiff by the buckle. Condition it or leave it?");
        Post saKw = re(1, "10:30", saskia, kwQ, "Leave it mostly. A tiny bit of Renapur on the flesh side only, once, "
                + "then flex it by hand. It softens with wear.");
        re(1, "10:45", kwame, saKw, "Will do, thanks Saskia.");
        Post maQ = say(1, "14:00", klBench, mattias, "Anyone tried the new Buttero from Conceria Rossi? The sample "
                + "looks gorgeous but I'm wary of the edges.");
        Post teMa = re(1, "14:20", tempe, maQ, "Used it twice. The edges burnish well if you bevel first, it's a firm "
                + "tannage.");
        re(1, "14:35", mattias, teMa, "Good, ordering a hide.");
        Post doBench = say(2, "09:00", klBench, dorian, "Hi all, Dorian here. My new strap shop is live! 15% off "
                + "launch week: flegg-straps.example/shop");
        say(2, "09:04", klAsk, dorian, "Looking for a new strap? My shop just launched, 15% off this week: "
                + "flegg-straps.example/shop");
        say(2, "09:07", klShow, dorian, "Fresh batch of straps, all on the shop with 15% off: "
                + "flegg-straps.example/shop");
        re(2, "09:30", saskia, doBench, "Welcome Dorian. The market room is where listings go, it's where people "
                + "look.");
        Post zaQ = say(2, "12:00", klAsk, zainab, "I've a 1960s Omega Seamaster with 18mm lugs and I'm looking for "
                + "something brown that won't look too chunky. Any thoughts?");
        Post maZa = re(2, "12:30", mattias, zaQ, "For a 60s Seamaster go thin: 3mm at the lugs, tapering to 16mm at "
                + "the buckle. A mid-brown suede or a smooth vachetta both work.");
        re(2, "12:50", zainab, maZa, "Tapering to 16, that makes sense. Thank you!");
        say(4, "10:00", klAsk, dorian, "Still 15% off for launch week, every strap handmade: "
                + "flegg-straps.example/shop");
        Post roQ = say(4, "10:30", klAsk, rosalind, "Is there such a thing as a strap for a tiny 12mm ladies' cocktail "
                + "watch? Everything I find is huge.");
        Post teRo = re(4, "11:00", tempe, roQ, "Yes, most of us can go down to 10mm. Tell me the lug gap exactly and "
                + "the colour you'd like.");
        Post roRe = re(4, "11:20", rosalind, teRo, "12mm at the lugs, and something burgundy.");
        re(4, "11:40", tempe, roRe, "Burgundy calf in 12/10 is easy. I'll put a photo of a similar one in the "
                + "showcase.");
        re(4, "12:00", mattias, roQ, "Tempe's the one for tiny straps, she made my mum's.");
        Post saAway = say(5, "09:00", klBench, saskia, "Heads up: I'm at the Lineapelle fair in Florence from Tuesday "
                + "to Saturday next week (13th to 17th). @Temperance Oduya has kindly said she'll keep an eye on my "
                + "commission questions while I'm gone.");
        re(5, "09:20", tempe, saAway, "Happy to. Bring back samples!");
        say(5, "14:00", klMarket, mattias, "Listed: three tapered 18mm straps in tan, chestnut and slate, £45 each. "
                + "brunell.example/shop");

        // W50
        Post zaQ2 = say(8, "09:00", klAsk, zainab, "Back again about the Seamaster: would a grey strap look odd with a "
                + "silver dial and gold hands?");
        Post maZa2 = re(8, "09:40", mattias, zaQ2, "Grey with gold hands can look flat, I'd stay warm: a chestnut or a "
                + "rust suede. I've got an 18/16 chestnut on my shop now, £45: brunell.example/chestnut-18");
        re(8, "10:00", zainab, maZa2, "Ooh, I'll have a look.");
        Post roQ2 = say(9, "10:00", klAsk, rosalind, "Tempe's burgundy strap arrived and it's perfect. Next question: "
                + "my husband's Seiko has 20mm lugs and he sweats a lot. Leather or something else?");
        Post maRo = re(9, "10:30", mattias, roQ2, "For sweat go rubber or sailcloth, leather will darken and smell. My "
                + "sailcloth straps have quick-release pins and are £40: brunell.example/sailcloth");
        re(9, "10:50", rosalind, maRo, "Sailcloth, good idea, thank you.");
        Post kwQ2 = say(10, "11:00", klAsk, kwame, "@Saskia Verhoeven could my Christmas commission (the navy one for "
                + "my dad) still make it for the 23rd?");
        Post teKw = re(10, "11:30", tempe, kwQ2, "Saskia's in Florence till Saturday. She told me yours is cut and "
                + "stitched with only the edges left, so it should be fine. She'll confirm when she's back.");
        re(10, "11:45", kwame, teKw, "Brilliant, thank you Tempe.");
        Post leQ2 = say(10, "15:00", klAsk, leopold, "Does anyone make straps for the old wire-lug trench watches? "
                + "I've got my grandad's.");
        Post doLe = re(10, "15:30", dorian, leQ2, "I do! Wire lugs need a one-piece pass-through with the ends left "
                + "open. I've made a few in dark brown.");
        Post leLink = re(10, "15:45", leopold, doLe, "Any pictures or a listing I could look at?");
        Post doLink = re(10, "16:00", dorian, leLink, "Here: flegg-straps.example/wire-lug. Happy to make one to "
                + "measure if the lug gap's odd.");
        re(10, "16:15", leopold, doLink, "Lovely, ordering one.");
        Post teThread = say(11, "09:00", klBench, tempe, "Supplier question: has anyone else's Ritza thread gone up "
                + "30%?");
        Post maThread = re(11, "09:20", mattias, teThread, "Yep. I've switched half my stock to Vinyl Nylon, fine for "
                + "casual straps.");
        re(11, "09:30", dorian, teThread, "Same here, ouch.");
        Post teBulk = re(11, "09:45", tempe, maThread, "Might bulk-buy with someone if anyone's up for it.");
        re(11, "10:00", mattias, teBulk, "Count me in for five spools.");
        Post maShow = say(12, "10:00", klShow, mattias, "Rust suede 18/16 on a friend's Seamaster.");
        re(12, "10:30", zainab, maShow, "That's the look I want! I bought the chestnut one, by the way.");
        re(14, "09:00", saskia, kwQ2, "Back from Florence! Kwame, the navy strap's finished and posting Monday, "
                + "you'll have it by the 20th.");
        Post saFair = say(14, "10:00", klBench, saskia, "Florence report: veg-tan prices up again, but the new "
                + "Badalassi colours are lovely. I brought samples for anyone who wants one.");
        re(14, "10:20", tempe, saFair, "Me please!");

        // W51
        say(15, "09:00", klMarket, dorian, "Listed: wire-lug trench straps made to measure, £38. "
                + "flegg-straps.example/wire-lug");
        re(15, "12:00", leopold, doLink, "The trench strap arrived and fits grandad's watch perfectly. Thank you "
                + "Dorian.");
        Post kwNavy = say(16, "10:00", klAsk, kwame, "The navy strap arrived, Dad's going to love it.");
        re(16, "10:30", saskia, kwNavy, "Merry Christmas to you both.");
        Post doEdge = say(16, "14:00", klBench, dorian, "Question for the bench: my edges keep cracking on the Buttero "
                + "after a week. Bevel deeper?");
        Post teEdge = re(16, "14:20", tempe, doEdge, "Bevel, sand to 400, a thin coat of edge paint, then burnish. "
                + "Don't skip the sanding.");
        re(16, "14:40", dorian, teEdge, "That's what I've been skipping. Thanks Tempe.");
        Post roVoucher = re(17, "10:00", rosalind, maRo, "Sailcloth strap on, husband very pleased. Do you do gift "
                + "vouchers?");
        Post maVoucher = re(17, "10:20", mattias, roVoucher, "I can email a voucher for any amount.");
        re(17, "10:40", rosalind, maVoucher, "A £40 one for my sister, please. I'll message you.");
        Post zaSuede = say(20, "10:00", klAsk, zainab, "Any tips to stop a suede strap going shiny?");
        Post saSuede = re(20, "10:30", saskia, zaSuede, "Brush it with a suede brush every couple of weeks and keep "
                + "hand cream away from it.");
        re(20, "10:45", zainab, saSuede, "Thanks Saskia!");
    }

    /** C: a jewellery repair shop's own server; Kofi answers a day late with an apology. */
    private void clawAndClasp() {
        // W49
        say(1, "09:00", ccNews, bronwen, "Christmas deadlines: ring sizing and chain repairs in by Friday 16th, "
                + "anything needing stones set by Friday 9th. Open late on Thursdays this month.");
        Post edQ = say(1, "10:30", ccAsk, edwina, "Morning! My wedding ring has worn thin at the back. Can it be "
                + "re-shanked, or is that a silly idea at 40 years old?");
        Post koEd = re(1, "11:00", kofi, edQ, "Not silly at all, it's the usual fix. We'd add a new half shank in "
                + "matching 18ct; the front and your engraving stay. About a week.");
        re(1, "11:20", edwina, koEd, "Lovely, I'll bring it in on Saturday.");
        Post flQ = say(2, "14:00", ccAsk, florian, "My watch bracelet clasp won't stay shut. Do you do those or only "
                + "jewellery?");
        Post peFl = re(2, "14:20", perpetua, flQ, "We do bracelet clasps, yes. Bring it in and Kofi can tighten or "
                + "replace it while you wait if it's the common type.");
        re(2, "14:30", florian, peFl, "Great, thanks.");
        Post moQ = say(3, "11:00", ccAsk, mohsin, "Is it safe to steam-clean an opal ring?");
        Post brMo = re(3, "11:15", bronwen, moQ, "Never steam or ultrasonic an opal. Warm water, a drop of "
                + "washing-up liquid, a soft brush, and dry it straight away.");
        re(3, "11:30", mohsin, brMo, "Glad I asked! Thank you.");
        Post ruDm = say(3, "16:00", ccDm, ruth, "Hi Perpetua, is my grandmother's ring ready to collect? The one with "
                + "the loose sapphire.");
        Post peRu = re(3, "16:20", perpetua, ruDm, "Hi Ruth, yes, Kofi re-tipped the claws yesterday. It's in the "
                + "safe, any time until 5:30.");
        re(3, "16:30", ruth, peRu, "Coming Thursday, thank you!");
        Post flQ2 = say(4, "10:00", ccAsk, florian, "Clasp fixed in ten minutes, brilliant. Could you also look at a "
                + "pocket-watch chain with a broken link?");
        Post koFl = re(4, "10:30", kofi, flQ2, "Yes, usually a new jump ring. Bring it in.");
        re(4, "10:40", florian, koFl, "Will do.");
        say(5, "09:00", ccNews, bronwen, "We'll have a table at the St Anne's Christmas market on Saturday with free "
                + "cleaning and quick claw checks. Come and say hello.");
        Post ruShow = say(6, "12:00", ccShow, ruth, "Grandma's sapphire is back on my finger, sparkly and safe. Thank "
                + "you @Kofi Mensah!");
        re(6, "12:30", kofi, ruShow, "That made my day, Ruth.");
        Post moMarket = say(6, "16:00", ccAsk, mohsin, "Saw you at the market, thanks for checking my claws for "
                + "free.");
        re(6, "16:20", bronwen, moMarket, "Our pleasure, Mohsin.");

        // W50
        Post nkQ = say(8, "10:00", ccAsk, nkechi, "@Kofi Mensah you fixed my tennis bracelet in the spring. One of the "
                + "safety catches has gone loose again. Should I stop wearing it?");
        Post flChain = say(8, "11:00", ccAsk, florian, "Dropped the chain off this morning. Perpetua said Thursday?");
        re(8, "11:15", perpetua, flChain, "Thursday after 2, yes.");
        say(8, "12:00", ccNews, bronwen, "Reminder: the stone-setting deadline has passed; sizing and chains until "
                + "this Friday, the 16th.");
        Post edDone = say(9, "10:00", ccAsk, edwina, "My re-shanked ring is perfect, I'd forgotten how it felt before "
                + "it wore thin. My daughter's bringing her engagement ring for sizing, I've told her to ask for "
                + "Kofi.");
        re(9, "10:30", bronwen, edDone, "Thank you Edwina, we'll look after her.");
        Post koNk = re(9, "14:30", kofi, nkQ, "Sorry Nkechi, I was off sick yesterday and have only just seen this. "
                + "Yes, stop wearing it until we've looked; a loose catch is how bracelets get lost. Bring it in and "
                + "I'll redo the catch while you wait.");
        re(9, "14:45", nkechi, koNk, "Oh, I hope you're feeling better! Bringing it tomorrow.");
        Post flEng = say(10, "10:00", ccAsk, florian, "Can you engrave the back of the pocket watch too? Just "
                + "initials.");
        Post peEng = re(10, "10:20", perpetua, flEng, "We send engraving to a hand engraver, about ten days, so it "
                + "would be after Christmas. Still want it?");
        re(10, "10:30", florian, peEng, "After Christmas is fine.");
        Post nkDone = re(10, "14:00", nkechi, koNk, "Catch redone, the bracelet feels solid again. Thank you Kofi.");
        re(10, "14:10", kofi, nkDone, "Any time.");
        Post moQ2 = say(12, "10:00", ccAsk, mohsin, "How much would it cost to turn my late dad's cufflinks into "
                + "earrings for my wife? Or is that a bad idea?");
        Post brMo2 = re(12, "10:30", bronwen, moQ2, "Not a bad idea at all, it's a lovely thing to do. It depends on "
                + "the fittings, usually £60 to £120 for the pair. Bring them in and I'll quote properly.");
        re(12, "10:45", mohsin, brMo2, "I'll pop in on Saturday.");
        say(14, "10:00", ccNews, perpetua, "Last posting day for repairs going back by Royal Mail is Tuesday the "
                + "20th.");

        // W51
        joins(15, "09:00", ccAsk, seamus);
        Post seQ = say(15, "09:20", ccAsk, seamus, "Hi, how much to size a silver ring up two sizes?");
        Post peSe = re(15, "09:40", perpetua, seQ, "Hi Seamus, a silver ring up two sizes is £25, usually same day if "
                + "it's in by 11.");
        re(15, "09:50", seamus, peSe, "Great, I'll bring it in tomorrow.");
        Post edSized = say(15, "14:00", ccAsk, edwina, "Daughter's engagement ring sized, she's thrilled.");
        re(15, "14:20", kofi, edSized, "Congratulations to her!");
        Post moEar = say(16, "12:00", ccShow, mohsin, "The earrings made from Dad's cufflinks. My wife cried, in a "
                + "good way.");
        re(16, "12:30", bronwen, moEar, "That's the best kind of job.");
        Post nkPearl = say(17, "10:00", ccAsk, nkechi, "Last-minute question: can you clean a pearl necklace or is "
                + "that a restringing job?");
        Post brPearl = re(17, "10:20", bronwen, nkPearl, "Pearls only need a damp cloth. If the knots have gone grey, "
                + "that's restringing; we send pearls to a restringer and it takes two weeks.");
        re(17, "10:30", nkechi, brPearl, "Damp cloth it is for now.");
        Post ruDm2 = say(18, "11:00", ccDm, ruth, "Hi Perpetua, do you do gift vouchers for repairs? Mum's watch needs "
                + "a battery and a new strap.");
        Post peRu2 = re(18, "11:20", perpetua, ruDm2, "We do, any amount. I'll put one aside for you.");
        re(18, "11:30", ruth, peRu2, "£30 please, I'll collect on Tuesday.");
        Post brClose = say(20, "09:00", ccNews, bronwen, "Closing at 2pm today for Christmas, back on 2 January. Thank "
                + "you all for a lovely year.");
        re(20, "09:30", seamus, brClose, "Merry Christmas, and thanks for the sizing!");
    }

    /** D: horology students; nobody sells. Imogen takes help in mock week; Caspian asks for subscribers. */
    private void beatSetting() {
        // W49
        Post imQ = say(1, "09:30", bsHelp, imogen, "The balance on my exam 6497 won't start without a flick. Beat "
                + "error? How do I check without a timegrapher?");
        Post thIm = re(1, "10:00", thaddeus, imQ, "Listen to the tick: an uneven tick-tock means out of beat. Move the "
                + "stud carrier a hair at a time.");
        re(1, "10:40", imogen, thIm, "It's running now, thank you Thaddeus!");
        Post auMock = say(1, "14:00", bsGeneral, aurelio, "Mock exams on Thursday. Who else is dreading the "
                + "wheel-depthing question?");
        Post frMock = re(1, "14:15", freya, auMock, "Me. I draw the pitch circles and then panic.");
        Post auCall = re(1, "14:30", aurelio, frMock, "Same. Revise together on a call Wednesday night?");
        re(1, "14:40", freya, auCall, "Yes.");
        Post imQ2 = say(2, "10:00", bsHelp, imogen, "Now the hairspring touches the balance cock on one side. Is it "
                + "not flat, or bent?");
        Post frIm = re(2, "10:20", freya, imQ2, "Check it in profile with a loupe. If it dips on one side it's not "
                + "flat; lift the outer coil at the stud with tweezers.");
        re(2, "11:00", imogen, frIm, "Thanks Freya.");
        joins(3, "09:00", bsGeneral, caspian);
        Post caHi = say(3, "09:10", bsGeneral, caspian, "Hey all, I'm Caspian, first year at Birmingham. I film my "
                + "bench work, please subscribe to my channel, every sub helps! youtube.example/@caspianbench");
        say(3, "09:12", bsOff, caspian, "If anyone's bored, subscribe to my watch channel: "
                + "youtube.example/@caspianbench");
        Post thCa = re(3, "09:40", thaddeus, caHi, "Welcome Caspian. What are you working on at the moment?");
        re(3, "10:00", caspian, thCa, "An ETA 2824 service mostly, and trying to get my filming set up.");
        say(3, "14:00", bsHelp, freya, "@Imogen Castellane which hairspring did you use on your exam piece in the end? "
                + "I'm about to order mine.");
        Post imQ3 = say(4, "10:00", bsHelp, imogen, "Stupid question: how much oil on the pallet stones? Mine looks "
                + "like a puddle.");
        Post roIm = re(4, "10:30", rowena, imQ3, "Not stupid. A drop the size of a full stop on every other tooth of "
                + "the escape wheel as you turn it, never on the stones directly. Clean it off and start again.");
        re(4, "11:00", imogen, roIm, "Redone it, that's what I did wrong. Thank you Rowena.");
        Post roTip = say(5, "09:00", bsGeneral, rowena, "Old-timer's tip of the week: put your screws in a cup tray in "
                + "order as you strip, top left to bottom right. It's saved me a thousand times.");
        re(5, "09:30", aurelio, roTip, "Doing that from now on, thanks.");
        Post imQ4 = say(6, "10:00", bsHelp, imogen, "Last one before the mock: amplitude is only 220 after servicing. "
                + "Mainspring?");
        Post thIm2 = re(6, "10:30", thaddeus, imQ4, "Could be the mainspring, or too much oil on the escapement (see "
                + "Rowena's tip). Try a fresh spring if you have one.");
        re(6, "11:00", imogen, thIm2, "Thanks.");
        Post frDone = say(6, "14:00", bsGeneral, freya, "Mock done. The depthing question was horrible.");
        re(6, "14:20", aurelio, frDone, "It was. We survived though.");

        // W50
        Post imFr = say(8, "09:00", bsHelp, imogen, "@Freya Lindqvist so sorry, I missed your question in mock week! "
                + "I used a Nivarox 1 from Cousins and it fitted fine.");
        re(8, "09:20", freya, imFr, "Ta, ordering one.");
        Post caQ = say(8, "11:00", bsHelp, caspian, "How do you get a hand off without marking the dial?");
        Post thCa2 = re(8, "11:20", thaddeus, caQ, "Hand levers, with a plastic sheet over the dial, and lift "
                + "straight up.");
        re(8, "11:30", caspian, thCa2, "The plastic sheet, genius.");
        Post thProj = say(9, "10:00", bsGeneral, thaddeus, "Final-year project: I'm making a tourbillon cage this "
                + "term. Anyone up for helping with the photos?");
        Post auProj = re(9, "10:20", aurelio, thProj, "Me!");
        re(9, "10:30", thaddeus, auProj, "Brilliant, Thursday?");
        Post frPass = say(11, "12:00", bsGeneral, freya, "Results are out: Imogen and I both passed the mock!");
        re(11, "12:15", imogen, frPass, "We did! Thanks to everyone who got me through that week.");
        re(11, "12:30", rowena, frPass, "Well done, both of you.");
        Post haQ2 = say(12, "12:00", bsHelp, haruto, "My watch gains 30 s/day dial up and loses 10 dial down. Poise?");
        Post imHa = re(12, "12:30", imogen, haQ2, "I had exactly that on my mock piece. Check the hairspring's "
                + "centred first: it looked like poise on mine and wasn't.");
        re(12, "12:50", haruto, imHa, "Will check, thanks Imogen.");

        // W51
        Post caQ2 = say(15, "09:30", bsHelp, caspian, "Setting lever spring snapped. Can I make one or must I buy "
                + "one?");
        Post imCa = re(15, "10:00", imogen, caQ2, "Buy one, they're pennies, but you can make one from blued steel if "
                + "you're stuck. Ask Rowena, she showed me once.");
        re(15, "10:15", caspian, imCa, "Buying, thanks Imogen.");
        re(15, "10:30", rowena, caQ2, "Imogen's right, but I'm happy to show you after Christmas.");
        Post caFilm = say(16, "19:00", bsGeneral, caspian, "Filmed my first full service. It took me nine hours.");
        Post thFilm = re(16, "19:20", thaddeus, caFilm, "Nice. Which calibre?");
        re(16, "19:30", caspian, thFilm, "A Seiko 7S26, the classic.");
        Post frQ = say(17, "11:00", bsHelp, freya, "Anybody got a spare 2824 date jumper? Mine flew off.");
        Post haFr = re(17, "11:30", haruto, frQ, "I've got two, I'll post you one.");
        re(17, "11:40", freya, haFr, "Haruto, you're a star.");
        Post thPhotos = say(18, "12:00", bsGeneral, thaddeus, "Tourbillon cage photos are on the school board now. "
                + "Thanks @Aurelio Bianchi for the lighting.");
        re(18, "12:20", aurelio, thPhotos, "It was fun.");
        Post roXmas = say(19, "17:00", bsGeneral, rowena, "Happy Christmas all, see you at the January bench evening.");
        re(19, "17:30", imogen, roXmas, "Happy Christmas Rowena, and thank you for everything this term.");
    }

    /** E: antique-clock collectors; Cornelius talks about himself, Desmond posts auction notes, Augustin bids. */
    private void fuseeAndFret() {
        // W49
        Post coKnibb = say(1, "10:00", ffChat, cornelius, "Finally collected my Knibb-school bracket clock from the "
                + "auction house today. I have wanted one for twenty years and I paid more than I planned, but my "
                + "collection felt incomplete without it. I spent the whole evening just watching it run on my "
                + "mantel.");
        Post phKnibb = re(1, "10:30", philippa, coKnibb, "Congratulations! Which auction?");
        re(1, "10:45", cornelius, phKnibb, "Bonhams, my third purchase from them this year. I nearly lost it to a "
                + "phone bidder but I held my nerve and I'm so glad I did. My wife says I'm out of shelf space, but "
                + "I've got plans for my study.");
        Post vaQ = say(2, "11:00", ffChat, valentina, "Does anyone else find French carriage clock repeaters fiddly? "
                + "My Drocourt's repeat train sticks.");
        Post deVa = re(2, "11:30", desmond, vaQ, "Often the rack hook's gummed up. Clean it, don't oil it, and check "
                + "the return spring.");
        re(2, "11:45", valentina, deVa, "Will try that.");
        re(2, "13:00", cornelius, vaQ, "I had the same with my Drocourt years ago. I took mine to my restorer in Bath "
                + "and I've never had a problem since. I've used him for all eleven of my carriage clocks.");
        say(3, "10:00", ffChat, cornelius, "My longcase project update: I've stripped the hood myself and I'm waxing "
                + "it this weekend. I'm quite proud of my progress, I did all the veneer repairs on my own, which I "
                + "never thought I could manage.");
        Post ezQ = say(3, "15:00", ffIdent, ezra, "Found this wall clock at a car boot, 'Ansonia' on the dial. Worth "
                + "restoring?");
        Post suEz = re(3, "15:30", sunita, ezQ, "Ansonia made millions, so the value is modest, but they're robust "
                + "and lovely to learn on. Check the movement isn't rusted.");
        re(3, "15:45", ezra, suEz, "Thanks, the movement looks clean. Going to have a go.");
        Post coTalk = say(4, "09:00", ffChat, cornelius, "I gave my talk on my collection to the local history society "
                + "last night. I showed them my Tompion-style bracket and my marine chronometer and they kept me for "
                + "an extra hour. I think I might do it again in the spring.");
        re(4, "09:30", philippa, coTalk, "Sounds a lovely evening.");
        Post auDrop = say(5, "10:00", ffSale, augustin, "For sale: a Victorian mahogany drop-dial wall clock, fusee, "
                + "recently serviced, £850. pelletier-antiques.example/dropdial");
        Post suDrop = re(5, "10:30", sunita, auDrop, "Is the dial original or repainted?");
        Post auSu = re(5, "10:45", augustin, suDrop, "Original, with some old restoration at six o'clock. Happy to "
                + "send close-ups.");
        re(5, "11:00", sunita, auSu, "Please do.");
        say(6, "10:00", ffChat, cornelius, "My grandson asked me which is my favourite clock and I couldn't choose. "
                + "I've got forty-one now and I know each one's tick. I think it's my little Vulliamy, I bought it in "
                + "1987 with my first bonus.");
        Post phWind = say(7, "10:00", ffChat, philippa, "Question for the room: do you wind on Sundays or whenever you "
                + "remember?");
        re(7, "10:20", cornelius, phWind, "I wind mine every Sunday morning after breakfast, all forty-one. It takes "
                + "me an hour and I love it.");
        re(7, "10:40", ezra, phWind, "Whenever my wife reminds me.");

        // W50: Desmond's auction notes, Meredith's aunt's clock
        say(8, "09:00", ffChat, desmond, "Christie's results: the Graham month-going longcase made £86,000 hammer.");
        Post coAsk = say(8, "11:00", ffChat, cornelius, "What's everyone working on this winter? @Philippa Goodbody "
                + "how's your lantern clock coming along?");
        Post phLantern = re(8, "11:30", philippa, coAsk, "Slowly! The hoop's bent, I'm straightening it with a wooden "
                + "mallet.");
        re(8, "11:50", cornelius, phLantern, "Take your time with it, brass hoops crack if you rush. Will you post a "
                + "photo when you're done?");
        say(8, "18:00", ffChat, desmond, "Bonhams Knightsbridge: a Dent carriage clock with its original box, "
                + "£3,100.");
        say(9, "09:00", ffChat, desmond, "For the diary: the Lyon & Turnbull clocks sale closes on the 15th.");
        joins(9, "10:00", ffIdent, meredith);
        Post meQ = say(9, "10:10", ffIdent, meredith, "Hello, I've inherited my aunt's bracket clock. The dial says "
                + "'Jas. McCabe London' and there's a number on the back plate. What is it, and roughly what's it "
                + "worth? I've no idea what I'm doing.");
        Post auMe = re(9, "10:40", augustin, meQ, "Hello Meredith, sorry about your aunt. James McCabe was a very good "
                + "London maker; from the dial it's likely 1830s or 40s, twin fusee, striking the hours on a bell. "
                + "As it stands I'd give you £1,400 for it, cash, and collect. I'm in Hungerford.");
        re(9, "11:00", meredith, auMe, "Oh! I wasn't thinking of selling, but thank you for the date.");
        Post vaMe = re(9, "11:30", valentina, meQ, "Welcome Meredith. McCabes are lovely. Do get it insured, and don't "
                + "move it without taking the pendulum off first.");
        re(9, "11:45", meredith, vaMe, "Thank you, that's really useful.");
        say(9, "17:30", ffChat, desmond, "The Tennants preview is online: 40 clocks, mostly Victorian.");
        say(10, "10:00", ffChat, desmond, "Interesting: a Vulliamy bracket clock withdrawn at Sotheby's, reserve "
                + "probably too high.");
        say(10, "19:00", ffChat, desmond, "Price watch: Black Forest cuckoo clocks up again, 30% on last year at the "
                + "regional sales.");
        say(11, "10:00", ffChat, desmond, "Lyon & Turnbull: the skeleton clocks all sold, top lot £9,200.");
        Post vaCo = say(11, "12:00", ffChat, valentina, "@Cornelius Wray you mentioned a restorer in Bath. Is he "
                + "taking on work? My Drocourt still sticks.");
        Post coVa = re(11, "12:30", cornelius, vaCo, "He is, I'll message you his number. How long has it been "
                + "sticking?");
        re(11, "12:45", valentina, coVa, "Since the summer. Thank you.");
        say(11, "16:00", ffChat, desmond, "Reminder: Tennants viewing is on Saturday and Sunday.");
        say(12, "09:00", ffChat, desmond, "An Ellicott bracket clock at a provincial sale, estimate £6,000 to "
                + "£8,000.");
        Post auAtmos = say(12, "11:00", ffSale, augustin, "New in: a 1965 Jaeger-LeCoultre Atmos, running, £1,450. "
                + "pelletier-antiques.example/atmos");
        Post ezAtmos = re(12, "11:30", ezra, auAtmos, "An Atmos! Does it need special packing to move?");
        re(12, "11:45", augustin, ezAtmos, "Yes, the balance must be locked. I deliver them myself.");
        say(13, "09:00", ffChat, desmond, "Dreweatts on Thursday: three lantern clocks, one with its original "
                + "alarm.");
        Post phHoop = say(13, "15:00", ffChat, philippa, "Lantern clock hoop is straight. Photo soon.");
        re(13, "15:20", cornelius, phHoop, "That's great news, well done.");
        say(14, "10:00", ffChat, desmond, "Weekly summary: prices firm for English bracket clocks, softer for French "
                + "marble.");

        // W51
        Post meVal = say(15, "10:00", ffIdent, meredith, "Update: my aunt's McCabe was valued for insurance at "
                + "£2,200. I'm keeping it. It's on the hall table and it ticks like she's still there.");
        re(15, "10:30", valentina, meVal, "Perfect place for it.");
        Post coMe = re(15, "11:00", cornelius, meVal, "Lovely to hear, Meredith. Are you going to wind it yourself?");
        re(15, "11:20", meredith, coMe, "Yes, Sunday mornings!");
        Post deVa2 = say(16, "10:00", ffChat, desmond, "@Valentina Russo did the Drocourt get sorted?");
        re(16, "10:30", valentina, deVa2, "Cornelius's man has it, back in January.");
        Post vaCase = say(17, "12:00", ffSale, valentina, "Selling a spare carriage clock case, 1890s, no movement, "
                + "£60.");
        Post ezCase = re(17, "12:30", ezra, vaCase, "I'll take it for my project!");
        re(17, "12:45", valentina, ezCase, "Yours.");
        Post coEz = say(20, "10:00", ffChat, cornelius, "@Ezra Holloway did the Ansonia get going in the end?");
        re(20, "10:30", ezra, coEz, "It did, and it keeps time to a minute a day now. Thanks for asking.");
    }

    /** F: pearl and bead restringers; Honor's DM pitch, Delphine's priced reply, Yusuf leaves Anjali's question. */
    private void knotAndSilk() {
        // W49
        Post euQ = say(1, "10:00", ksAsk, eustace, "My late wife's pearls: the silk has gone grey and one knot's "
                + "broken. I'd like my daughter to wear them at Christmas. Is it too late to have them done?");
        Post maEu = re(1, "10:30", marisol, euQ, "Not too late, Eustace, and I'm sorry about your wife. A standard "
                + "strand takes me three days. Grey silk is normal after years; it's a simple restring with new "
                + "knots.");
        Post euHow = re(1, "10:50", eustace, maEu, "That's a relief. How do I send them?");
        Post maHow = re(1, "11:00", marisol, euHow, "Recorded delivery in a small box, with a note inside. I'll "
                + "message you my address.");
        re(1, "11:10", eustace, maHow, "Thank you so much.");
        Post roWork = say(2, "14:00", ksWork, roderick, "Baines Jewellers, Harrogate: 14 strands of pearls for "
                + "Christmas, needed back by 20 December. Any takers?");
        re(2, "14:20", marisol, roWork, "I can take six.");
        re(2, "14:30", yusuf, roWork, "I'll take the other eight.");
        say(2, "14:45", ksWork, roderick, "Brilliant, sending Monday.");
        Post clNews = say(3, "10:30", ksAsk, clementine, "Just found my mum's amber beads in the loft, the string's "
                + "perished. Going to have them done for my sister for Christmas.");
        Post deCl = re(3, "11:00", delphine, clNews, "Oh how lovely! Amber's light so it restrings beautifully. I can "
                + "do them for £28 with a new box clasp if you like, DM me.");
        re(3, "11:20", clementine, deCl, "Ooh yes please, messaging you now.");
        Post maWire = say(4, "09:00", ksRoom, marisol, "Eustace's pearls arrived: a graduated strand, gorgeous "
                + "lustre. Has anyone got French wire in 14ct yellow? I'm out.");
        Post deWire = re(4, "09:30", delphine, maWire, "I'll post you a metre.");
        re(4, "09:40", marisol, deWire, "You're a gem.");
        Post anQ = say(5, "10:00", ksAsk, anjali, "Is it worth knotting between lapis beads or is that only for "
                + "pearls?");
        Post yuAn = re(5, "10:30", yusuf, anQ, "Worth it for lapis: it stops the beads rubbing, and if it breaks you "
                + "lose one bead, not all of them. Use a thicker silk, lapis holes are bigger.");
        re(5, "10:45", anjali, yuAn, "Brilliant, thank you.");
        Post euBack = re(6, "12:00", eustace, maHow, "The pearls came back today. My daughter will wear them on "
                + "Christmas Day. I can't thank you enough.");
        re(6, "12:30", marisol, euBack, "That's what I do it for, Eustace. Merry Christmas to you both.");
        say(6, "16:00", ksWork, yusuf, "Roderick's eight strands are done and back in the post.");

        // W50
        joins(8, "08:00", ksRoom, honor);
        Post hoHi = say(8, "08:15", ksRoom, honor, "Hi, I'm Honor. I've just set up restringing from home in Bristol "
                + "after a course.");
        Post maHo = re(8, "08:40", marisol, hoHi, "Welcome Honor! Which course?");
        Post hoCourse = re(8, "08:50", honor, maHo, "The two-day one in Dunstable.");
        re(8, "09:00", delphine, hoCourse, "Good one. Shout if you get stuck.");
        Post anGran = say(8, "14:00", ksAsk, anjali, "Following on from my lapis question: I've a lapis and carnelian "
                + "necklace of my gran's that's gone loose. A sentimental one.");
        Post maAn = re(8, "14:30", marisol, anGran, "Loose usually means the silk has stretched. If the knots are "
                + "still tight it's fine to wear for a while; if there are gaps, it's time for a restring.");
        re(8, "14:45", anjali, maAn, "Gaps, sadly.");
        Post hoDm = say(9, "10:00", ksDm, honor, "Hi Anjali, saw your post in Knot & Silk about your gran's necklace. "
                + "I restring lapis and carnelian, £32 for up to 18 inches, five-day turnaround. DM me here to book!");
        re(9, "12:00", anjali, hoDm, "Thanks, I'll have a think.");
        Post hoQ = say(9, "15:00", ksRoom, honor, "Question: how do you stop the first knot slipping at the clasp "
                + "end?");
        Post deHo = re(9, "15:20", delphine, hoQ, "Gimp (French wire) over the loop and a dab of GS Hypo cement.");
        re(9, "15:30", honor, deHo, "Thank you!");
        Post clBack = say(11, "15:00", ksAsk, clementine, "Amber beads are back and my sister's going to be so happy. "
                + "Thank you @Delphine Aubert!");
        re(11, "15:20", delphine, clBack, "I loved doing them.");
        say(12, "09:00", ksWork, honor, "Restringing from Bristol, taking orders before Christmas: pearls £30, beads "
                + "£25.");
        say(13, "10:00", ksAsk, anjali, "I'm going to wait until January for gran's necklace, but thank you all.");

        // W51
        Post anYu = say(15, "10:00", ksAsk, anjali, "@Yusuf Demir you said a thicker silk for lapis. What size would "
                + "you use for 8mm lapis with carnelian spacers? I'm thinking of learning to do it myself in "
                + "January.");
        Post yuRush = say(15, "14:00", ksRoom, yusuf, "Christmas rush report: 22 strands this week and my fingers "
                + "hurt.");
        re(15, "14:20", marisol, yuRush, "Same, 17 here. Tea and biscuits.");
        say(16, "09:00", ksWork, yusuf, "Last posting day is Tuesday for anything coming back before Christmas.");
        re(17, "09:00", anjali, anYu, "@Yusuf Demir bumping this, no rush though!");
        Post yuCrack = say(17, "11:00", ksRoom, yusuf, "Has anyone had a pearl crack while picking out an old knot?");
        Post deCrack = re(17, "11:20", delphine, yuCrack, "Once. Soften the knot with steam first and pick it, never "
                + "force it.");
        re(17, "11:30", yusuf, deCrack, "Lesson learned.");
        Post euPhoto = say(18, "19:00", ksAsk, eustace, "A photo of my daughter in her mum's pearls at the carol "
                + "service. Thank you all.");
        re(18, "19:30", marisol, euPhoto, "Beautiful.");
        Post maAn2 = re(19, "10:00", marisol, anYu, "Anjali, for 8mm lapis I'd use size 8 silk. Yusuf's snowed under "
                + "this week.");
        re(19, "10:20", anjali, maAn2, "Thank you Marisol!");
        Post hoFirst = say(19, "15:00", ksRoom, honor, "Got my first proper trade order from a jeweller!");
        re(19, "15:20", delphine, hoFirst, "Well done!");
    }

    /** G: case and dial refinishers; Quentin plugs his course, Lysander posts a bench diary Bart asked for. */
    private void brushedAndPolished() {
        // W49
        say(1, "10:00", bpAsk, fergus, "Deep scratch on the clasp of my Omega Seamaster bracelet. Polish it out or "
                + "live with it?");
        Post inFe = say(1, "10:40", bpAsk, ines, "On a brushed clasp I'd have it re-brushed rather than polished. "
                + "Polishing rounds the edges and never looks right.");
        re(1, "11:00", fergus, inFe, "Re-brush it is, thanks Inès.");
        Post heQ = say(2, "10:00", bpAsk, henrietta, "How do I get a tiny scratch off my watch crystal? It's sapphire, "
                + "apparently.");
        Post quHe = re(2, "10:30", quentin, heQ, "Sapphire can't be polished at home, it's harder than anything "
                + "you've got. If it's a real scratch it needs a new crystal; if it's a mark on the surface, try a "
                + "pencil eraser.");
        re(2, "10:50", henrietta, quHe, "The eraser worked, it was a mark! Thanks.");
        say(3, "09:00", bpAsk, quentin, "Owners: if you'd like to learn to look after your own cases, my online "
                + "refinishing course is 20% off this week: abara.example/course");
        Post asQ = say(3, "11:00", bpAsk, ashok, "My 1970s Seiko dial has spots. Can they be cleaned or only "
                + "restored?");
        Post lyAs = re(3, "11:30", lysander, asQ, "Spots are usually under the lacquer, so cleaning won't shift them. "
                + "A restored dial loses value on collectible Seikos; I'd leave it unless it bothers you.");
        re(3, "11:45", ashok, lyAs, "Leaving it, it has character. Thank you.");
        Post quBench = say(5, "09:00", bpBench, quentin, "New batch of my course goes live Friday, 20% off until "
                + "Sunday, for anyone whose apprentices need it: abara.example/course");
        Post inQu = re(5, "09:30", ines, quBench, "Bit of a hard sell for the bench, Quentin.");
        re(5, "09:45", quentin, inQu, "Fair. Just trying to fill it.");
        Post inShow = say(5, "12:00", bpShow, ines, "Before and after: an Oyster case with 30 years of desk-diving, "
                + "re-brushed with the edges kept sharp.");
        re(5, "12:30", bart, inShow, "Lovely edges.");
        Post loQ = say(6, "11:00", bpAsk, lorelei, "Can hands be re-lumed without redoing the dial?");
        Post baLo = re(6, "11:30", bart, loQ, "Yes, hands alone are easy. Matching the dial's aged lume is the hard "
                + "part, so ask for a colour match.");
        re(6, "11:45", lorelei, baLo, "Good tip, thanks Bart.");
        Post baDiary = say(7, "15:00", bpBench, bart, "@Lysander Crewe we newer ones keep asking what a normal week on "
                + "your bench looks like. Would you post a diary next week? I'd read every line.");
        re(7, "15:30", lysander, baDiary, "Go on then. Bench diary, all next week.");

        // W50: Lysander's diary
        say(8, "08:30", bpBench, lysander, "Diary, Monday: Seiko 6139 case, flanks re-brushed at 320 then "
                + "Scotch-Brite. Two hours in the jig.").react("👍", bart);
        Post heDing = say(8, "10:00", bpAsk, henrietta, "Crystal's fine now, but the bezel has a ding. Worth sending "
                + "off?");
        Post inHe = re(8, "10:30", ines, heDing, "A ding on a steel bezel can usually be taken down without losing "
                + "the shape. Photo?");
        re(8, "10:45", henrietta, inHe, "Posting one in a minute.");
        say(8, "16:00", bpBench, lysander, "Monday afternoon: Rolex 1601 bracelet, too much stretch to fix honestly. "
                + "Told the owner to keep it original and buy a spare.");
        say(9, "09:00", bpBench, lysander, "Tuesday: Omega Constellation pie-pan dial in for assessment. Crazing "
                + "under the lacquer, sent back untouched.").react("👍", quentin, bart);
        Post asQ2 = say(9, "11:00", bpAsk, ashok, "Changed my mind: I'd like the Seiko case polished, but not the "
                + "dial. Can anyone here do it?");
        Post baAs = re(9, "11:30", bart, asQ2, "I can: £60 for a case refinish, keeping the brushed and polished "
                + "areas as they were.");
        re(9, "11:45", ashok, baAs, "Deal, I'll message you.");
        say(9, "15:30", bpBench, lysander, "Tuesday afternoon: four quick polishes for a dealer, 40 minutes each. "
                + "Bread and butter.");
        say(10, "09:00", bpBench, lysander, "Wednesday: a bezel insert swap on a Submariner. The hardest part is the "
                + "wire spring.");
        say(10, "17:00", bpBench, lysander, "Wednesday afternoon: mop change on the bench motor, sisal for cutting, "
                + "cotton for finishing.");
        say(11, "09:30", bpBench, lysander, "Thursday: a Heuer Carrera case with the lugs over-polished by someone "
                + "before me. Needs laser welding, out to Sheffield.").react("👀", ines);
        Post feBack = re(11, "11:00", fergus, inFe, "Clasp re-brushed by Inès, it looks new. Thanks!");
        re(11, "11:20", ines, feBack, "Glad it worked out.");
        say(11, "16:00", bpBench, lysander, "Thursday afternoon: invoicing. The worst part of any week.");
        say(12, "10:00", bpBench, lysander, "Friday: a gold Patek. Nothing stronger than rouge on 18ct. Slow and "
                + "cool.");
        Post baShow = say(12, "14:00", bpShow, bart, "Before and after: Ashok's Seiko case, edges kept crisp.");
        re(12, "14:30", ashok, baShow, "It looks factory-new, thank you Bart.");
        say(13, "11:00", bpBench, lysander, "Saturday: cleaned the wheels, swept the dust, went home.");
        Post loQ2 = say(13, "12:00", bpAsk, lorelei, "Where can I send hands for re-luming in the UK?");
        Post quLo = re(13, "12:30", quentin, loQ2, "Most of us here do them; ask for a sample of colours first. Bart "
                + "did a nice set last month.");
        re(13, "12:45", lorelei, quLo, "Thanks Quentin.");
        Post lyEnd = say(14, "10:00", bpBench, lysander, "Sunday: day off. That's the diary, hope it helps the newer "
                + "folk.");
        re(14, "10:30", bart, lyEnd, "Brilliant, thank you Lysander.");

        // W51
        Post feCourse = say(15, "10:00", bpAsk, fergus, "@Quentin Abara do you still run that refinishing course? My "
                + "son wants to learn it as a career.");
        Post quFe = re(15, "10:30", quentin, feCourse, "I do, the next one starts in February, details here: "
                + "abara.example/course. Happy to talk to him first.");
        re(15, "10:45", fergus, quFe, "Thank you, I'll pass it on.");
        Post lyFilm = say(16, "09:00", bpBench, lysander, "Anyone tried the new 3M film for bezels?");
        Post inFilm = re(16, "09:20", ines, lyFilm, "Yes, fine on steel, too aggressive for gold.");
        re(16, "09:30", lysander, inFilm, "Ta Inès.");
        Post heBezel = re(17, "10:00", henrietta, inHe, "Bezel done by Inès, I can't see where the ding was.");
        re(17, "10:20", ines, heBezel, "Happy Christmas Henrietta!");
        Post lyHeuer = say(17, "14:00", bpShow, lysander, "Before and after: the Heuer back from laser welding, lugs "
                + "rebuilt.");
        re(17, "14:30", bart, lyHeuer, "Stunning.");
        Post baXmas = say(19, "16:00", bpBench, bart, "Happy Christmas, bench. Thanks for all the help this year, "
                + "especially the diary.");
        re(19, "16:30", quentin, baXmas, "Happy Christmas all.");
    }

    /** H: a material house's own server; Everard onboards two new accounts while Gertrude waits. */
    private void palletAndPivot() {
        // W49
        say(1, "09:00", ppNews, solomon, "In this week: Generale Ressorts mainsprings for the ETA 2824 and 2892, and a "
                + "restock of Moebius 9010.");
        Post geQ = say(1, "10:00", ppCounter, gertrude, "@Everard Quist could you check the back-order on my Bergeon "
                + "screwdriver set? Ordered in October.");
        Post evGe = re(1, "10:20", everard, geQ, "Hi Gertrude, it landed on Friday, posting today.");
        re(1, "10:30", gertrude, evGe, "Perfect, thank you.");
        Post baQ = say(2, "09:30", ppCounter, bashir, "Looking for a balance staff for a Unitas 6497. Part number?");
        Post niBa = re(2, "09:50", niamh, baQ, "The 6497 staff is part 721. In stock, two left.");
        re(2, "10:00", bashir, niBa, "One please, adding it to my order.");
        Post piQ = say(3, "11:00", ppCounter, piers, "Gertrude Amsel recommended you, I'm new to the trade account. "
                + "Can I order by phone or only on the site?");
        Post evPi = re(3, "11:20", everard, piQ, "Both, Piers, and welcome. Ask me anything here too.");
        re(3, "11:30", piers, evPi, "Thanks Everard.");
        say(4, "09:00", ppNews, solomon, "Christmas: last orders for next-day delivery on Wednesday the 21st. We're "
                + "closed from the 23rd to 2 January.");
        Post liQ = say(4, "11:00", ppCounter, linnea, "Are the Seiko NH35 movements back in stock?");
        Post niLi = re(4, "11:15", niamh, liQ, "Back on Monday, 40 coming.");
        Post liTwo = re(4, "11:25", linnea, niLi, "Could you put two aside for me?");
        re(4, "11:30", niamh, liTwo, "Done.");
        Post geQ2 = say(5, "14:00", ppCounter, gertrude, "I also need two mainsprings for a Longines 12.68Z. Any "
                + "chance?");
        Post evGe2 = re(5, "14:30", everard, geQ2, "Not in stock. I'll check with Generale Ressorts and come back to "
                + "you.");
        re(5, "14:40", gertrude, evGe2, "Thanks.");
        Post evGe3 = say(6, "10:00", ppCounter, everard, "@Gertrude Amsel the Longines springs are ordered, due "
                + "around the 16th.");
        re(6, "10:30", gertrude, evGe3, "Wonderful, they're for a customer's Christmas present.");

        // W50
        say(8, "09:00", ppNews, solomon, "NH35s are in. Also new: Bergeon case-opener dies.");
        Post liGot = say(8, "14:00", ppCounter, linnea, "Got my NH35s, thanks Niamh.");
        re(8, "14:15", niamh, liGot, "Enjoy.");
        Post piQ2 = say(11, "10:00", ppCounter, piers, "Can I set up a standing order for Moebius oil every quarter?");
        Post evPi2 = re(11, "10:20", everard, piQ2, "Yes, I'll set it up, the first one in January.");
        re(11, "10:30", piers, evPi2, "Great.");
        say(12, "09:00", ppNews, niamh, "Parts look-ups: please include the calibre AND the movement number, it halves "
                + "our search time.");
        Post baRush = say(12, "18:00", ppBench, bashir, "Christmas service rush: 14 watches this week. Anyone else "
                + "drowning?");
        re(12, "18:20", gertrude, baRush, "17 here.");
        re(12, "18:30", linnea, baRush, "11.");
        Post geChase = re(13, "10:00", gertrude, evGe3, "@Everard Quist any news on the Longines springs?");
        Post evShip = re(13, "10:30", everard, geChase, "Shipped from Switzerland today, you'll have them Monday.");
        re(13, "10:40", gertrude, evShip, "Phew.");

        // W51: two new accounts
        joins(15, "08:00", ppCounter, jolyon);
        Post joHi = say(15, "08:10", ppCounter, jolyon, "Hello all, I've just opened a repair shop in Truro.");
        re(15, "08:20", everard, joHi, "Welcome Jolyon! I'll message you about an account.");
        Post evDm = say(15, "08:30", ppDm, everard, "Hi Jolyon, Everard here. To set up a trade account we only need "
                + "your company number and a delivery address. What sort of work will you mostly be doing?");
        Post joDm = re(15, "09:00", jolyon, evDm, "Mostly services and batteries to start with, some vintage. Is "
                + "there a discount on the first order?");
        re(15, "09:20", everard, joDm, "10% off the first order. I'll email the form and a starter kit list for a new "
                + "shop.");
        Post geQ3 = say(15, "10:00", ppCounter, gertrude, "@Everard Quist the Longines springs haven't arrived, the "
                + "tracking says 'held at depot'. My customer collects on the 23rd. Could you chase the courier?");
        joins(16, "09:00", ppCounter, amara);
        Post amQ = say(16, "09:10", ppCounter, amara, "Hi, I'm Amara. I've just qualified and I'm buying my first "
                + "tools. Where do I start?");
        Post evAm = re(16, "09:30", everard, amQ, "Welcome Amara! Screwdrivers, tweezers, a loupe and a movement "
                + "holder. I'd start with the Bergeon set and Dumont 5 tweezers; the starter bundle saves 15%.");
        Post amLoupe = re(16, "09:45", amara, evAm, "Thank you! Which loupe strength?");
        Post evLoupe = re(16, "10:00", everard, amLoupe, "3.5x for general work, 10x for jewels.");
        re(16, "10:10", amara, evLoupe, "Ordering now.");
        Post joForm = say(16, "15:00", ppDm, jolyon, "Form's sent back. Thanks for the kit list, that's so helpful.");
        re(16, "15:30", everard, joForm, "Pleasure. Your account will be live tomorrow morning.");
        re(17, "09:00", gertrude, geQ3, "@Everard Quist still stuck at the depot. Anyone on the team?");
        say(17, "11:00", ppDm, everard, "Jolyon, your account's live and the 10% code is on it.");
        Post amFluid = say(17, "14:00", ppCounter, amara, "Tools arrived, thank you Everard! Which cleaning fluid for "
                + "a first ultrasonic?");
        Post evFluid = re(17, "14:20", everard, amFluid, "L&R 566 for the clean and No. 3 for the rinse. Diluted, "
                + "never neat.");
        re(17, "14:30", amara, evFluid, "Got it.");
        Post niGe = re(17, "15:00", niamh, geQ3, "Sorry Gertrude, Everard holds the courier account. I've flagged it "
                + "to him.");
        re(17, "15:10", gertrude, niGe, "Thank you Niamh.");
        Post evGe4 = re(18, "16:00", everard, geQ3, "Gertrude, I'm sorry, I let this slip while setting up new "
                + "accounts. The courier now says Wednesday, too late for your customer, so I've sent a spare pair "
                + "from our own bench stock by same-day courier, free. You'll have them tomorrow morning.");
        re(18, "16:20", gertrude, evGe4, "Thank you, that saves me.");
        say(18, "17:00", ppNews, solomon, "Closed from the 23rd to 2 January. Happy Christmas from all at Pallet & "
                + "Pivot.");
        Post geIn = say(19, "11:00", ppCounter, gertrude, "Springs in, the Longines is running, the customer collects "
                + "at four. Thank you Niamh for flagging it.");
        re(19, "11:20", niamh, geIn, "Happy Christmas Gertrude.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes136Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 136");
    }
}
