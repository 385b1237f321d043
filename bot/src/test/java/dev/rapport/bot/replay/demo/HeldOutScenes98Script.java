package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 98 (sealed): eight communities of waste, recycling, repair and the environment, of kinds no earlier
 * round used (scrap-metal merchants and skip-hire operators with a room where householders and builders ask, a
 * metal-prices room, a kit-for-sale room and a builder's DM to his skip firm, a community energy co-operative's own
 * server with its Board, its members and the solar installer who maintains its arrays, a town's climate campaign
 * group where nobody sells, canal litter-pick volunteers with a council officer, a café owner and a litter-picking
 * video maker among them, a worm-composting and compost club with a worm seller and a bokashi-bran maker among them,
 * a zero-waste refill shop's own server with its Staff and Customers, a neighbourhood give-away group where nobody
 * sells but a house-clearance man turns up, carbon and sustainability consultants for small firms with a room where
 * business owners ask, a services room, a software vendor among them and his DM to a consultant), over three ISO
 * weeks (2031-W02 to W04), written and labelled by writer98 (session 51) before any coach ran on them, with many
 * borderline cases. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-98.csv}. Run {@link #main}
 * from the project root to write the export again.
 */
final class HeldOutScenes98Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 1, 6);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 1, 27, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-98";
    private static final int BASE = 76400;

    // --- A. scrap-metal merchants and skip-hire operators with a room where householders and builders ask ---
    private final String yard = cast.guild(1261);
    private final Channel aTrade = cast.channel(yard, "Yard and Skip Network", "trade-yard",
            "scrap merchants and skip-hire operators talking shop: prices, permits, lorries, moans",
            "ys-trade-yard.json");
    private final Channel aAsk = cast.channel(yard, "Yard and Skip Network", "ask-the-yard",
            "householders and builders: ask about skips, scrap and what goes where; one of us will answer",
            "ys-ask-the-yard.json");
    private final Channel aPrices = cast.channel(yard, "Yard and Skip Network", "metal-prices",
            "the day's scrap prices per tonne from the yards, with the market page, one post a day",
            "ys-metal-prices.json");
    private final Channel aKit = cast.channel(yard, "Yard and Skip Network", "kit-for-sale",
            "lorries, skips, grabs and balers for sale or wanted", "ys-kit-for-sale.json");
    private final Persona gareth = cast.person("gareth.pemberton", "Gareth Pemberton");
    private final Persona bernadette = cast.person("bern.quigley", "Bernadette Quigley");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wrobel");
    private final Persona keeley = cast.person("keeley.osborne", "Keeley Osborne");
    private final Persona ffion = cast.person("ffion.meredith", "Ffion Meredith");
    private final Persona dominic = cast.person("dom.ashby", "Dominic Ashby");
    private final Persona alun = cast.person("alun.protheroe", "Alun Protheroe");
    private final Channel aDm = cast.dm(dominic, "dm-dominic-ashby.json");

    // --- B. a community energy co-operative's own server with its Board, members and its installer ---
    private final String energy = cast.guild(1262);
    private final Role board = cast.role("Board", "#2e7d32", 2);
    private final Role installer = cast.role("Installer", "#f9a825", 1);
    private final Channel bNews = cast.channel(energy, "Hartside Community Energy", "announcements",
            "news from the board: generation figures, the share offer, meetings", "hce-announcements.json");
    private final Channel bChat = cast.channel(energy, "Hartside Community Energy", "members-chat",
            "members talking: questions about the co-op, your own homes, anything energy", "hce-members-chat.json");
    private final Channel bReading = cast.channel(energy, "Hartside Community Energy", "reading",
            "energy news and longreads worth a read", "hce-reading.json");
    private final Channel bAsk = cast.channel(energy, "Hartside Community Energy", "ask-the-installer",
            "questions for Brightroof Solar, who built and maintain our arrays", "hce-ask-the-installer.json");
    private final Persona imogen = cast.person("imogen.thackeray", "Imogen Thackeray", board);
    private final Persona femi = cast.person("femi.adeyemi", "Femi Adeyemi", board);
    private final Persona rhys = cast.person("rhys.brightroof", "Rhys Cadwallader", installer);
    private final Persona dilys = cast.person("dilys.pugh", "Dilys Pugh");
    private final Persona alasdair = cast.person("alasdair.munro", "Alasdair Munro");
    private final Persona harriet = cast.person("harriet.l", "Harriet Lumsden");
    private final Persona pradeep = cast.person("pradeep.nair", "Pradeep Nair");

    // --- C. a town's climate campaign group where nobody sells ---
    private final String climate = cast.guild(1263);
    private final Channel cWelcome = cast.channel(climate, "Tarnford Climate Action", "welcome",
            "new here? introduce yourself and what you care about", "tca-welcome.json");
    private final Channel cCampaigns = cast.channel(climate, "Tarnford Climate Action", "campaigns",
            "what we're pushing the council on: buses, the incinerator, the tree plan; plans and letters",
            "tca-campaigns.json");
    private final Channel cRota = cast.channel(climate, "Tarnford Climate Action", "actions-rota",
            "stalls, leafleting and petition shifts: sign up on the sheet", "tca-actions-rota.json");
    private final Channel cChat = cast.channel(climate, "Tarnford Climate Action", "chat",
            "everything else: news, moans, cake", "tca-chat.json");
    private final Persona marisol = cast.person("marisol.fuentes", "Marisol Fuentes");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona saskia = cast.person("saskia.b", "Saskia Brennan");
    private final Persona niall = cast.person("niall.fitz", "Niall Fitzgerald");
    private final Persona bronwen = cast.person("bronwen.harries", "Bronwen Harries");
    private final Persona tobias = cast.person("tobias.wainwright", "Tobias Wainwright");
    private final Persona roderick = cast.person("roderick.ashcombe", "Roderick Ashcombe");

    // --- D. canal litter-pick volunteers ---
    private final String litter = cast.guild(1264);
    private final Channel dIntro = cast.channel(litter, "Canal Side Litter Pickers", "introductions",
            "new pickers, say hello", "clp-introductions.json");
    private final Channel dPicks = cast.channel(litter, "Canal Side Litter Pickers", "picks",
            "where and when: next picks, meeting points, the sign-up sheet", "clp-picks.json");
    private final Channel dHaul = cast.channel(litter, "Canal Side Litter Pickers", "haul-photos",
            "show the haul: bags, odd finds, before and after", "clp-haul-photos.json");
    private final Channel dChat = cast.channel(litter, "Canal Side Litter Pickers", "chat",
            "everything else", "clp-chat.json");
    private final Persona moira = cast.person("moira.stewart", "Moira Stewart");
    private final Persona anil = cast.person("anil.streetscene", "Anil Chaudhry");
    private final Persona lucia = cast.person("lucia.towpath", "Lucia Romano");
    private final Persona jaden = cast.person("jadenpicks", "Jaden Okoye");
    private final Persona trish = cast.person("trish.halloran", "Trish Halloran");
    private final Persona ewan = cast.person("ewan.gallacher", "Ewan Gallacher");
    private final Persona priya = cast.person("priya.raman", "Priya Raman");

    // --- E. a worm-composting and compost club ---
    private final String worms = cast.guild(1265);
    private final Channel eIntro = cast.channel(worms, "Worm Bin Club", "introductions",
            "say hello: what you compost and how", "wbc-introductions.json");
    private final Channel eTrouble = cast.channel(worms, "Worm Bin Club", "troubleshooting",
            "smelly bins, flies, soggy heaps, escaping worms: ask here", "wbc-troubleshooting.json");
    private final Channel eShow = cast.channel(worms, "Worm Bin Club", "show-your-bin",
            "photos of your bins, heaps and harvests", "wbc-show-your-bin.json");
    private final Channel eSwap = cast.channel(worms, "Worm Bin Club", "swap-and-sell",
            "spare worms, castings, bins and bokashi bran: swap, give away or sell", "wbc-swap-and-sell.json");
    private final Persona hamish = cast.person("hamish.durward", "Hamish Durward");
    private final Persona greta = cast.person("greta.hallberg", "Greta Hallberg");
    private final Persona nkechi = cast.person("nkechi.eze", "Nkechi Eze");
    private final Persona wilfred = cast.person("wilfred.p", "Wilfred Pargeter");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona carys = cast.person("carys.whitfield", "Carys Whitfield");
    private final Persona tamsin = cast.person("tamsin.ck", "Tamsin Vickery");

    // --- F. a zero-waste refill shop's own server with its Staff and Customers ---
    private final String refill = cast.guild(1266);
    private final Role staff = cast.role("Staff", "#00897b", 2);
    private final Role customer = cast.role("Customer", "#8d6e63", 1);
    private final Channel fNews = cast.channel(refill, "The Scoop Refillery", "announcements",
            "new stock, opening hours and the delivery round, from the shop", "scoop-announcements.json");
    private final Channel fAsk = cast.channel(refill, "The Scoop Refillery", "ask-the-shop",
            "questions about stock, refills and bringing your own containers; staff answer here",
            "scoop-ask-the-shop.json");
    private final Channel fTips = cast.channel(refill, "The Scoop Refillery", "recipes-and-tips",
            "what we make with our refills: cleaners, granola, tips", "scoop-recipes-and-tips.json");
    private final Channel fJars = cast.channel(refill, "The Scoop Refillery", "jar-swap",
            "spare jars and bottles, free to a good home", "scoop-jar-swap.json");
    private final Persona naomi = cast.person("naomi.scoop", "Naomi Farrant", staff);
    private final Persona kieran = cast.person("kieran.doyle", "Kieran Doyle", staff);
    private final Persona beatrix = cast.person("beatrix.k", "Beatrix Kellner", staff);
    private final Persona gemma = cast.person("gemmacooks", "Gemma Sutcliffe", customer);
    private final Persona anwar = cast.person("anwar.siddiqui", "Anwar Siddiqui", customer);
    private final Persona philippa = cast.person("philippa.drury", "Philippa Drury", customer);
    private final Persona zainab = cast.person("zainab.h", "Zainab Hussein");

    // --- G. a neighbourhood give-away group where nobody sells ---
    private final String giveaway = cast.guild(1267);
    private final Channel gOffered = cast.channel(giveaway, "Eastbrook Give and Take", "offered",
            "giving something away? say what, where and collect by when. free things only", "egt-offered.json");
    private final Channel gWanted = cast.channel(giveaway, "Eastbrook Give and Take", "wanted",
            "looking for something? ask, a neighbour may have one spare", "egt-wanted.json");
    private final Channel gChat = cast.channel(giveaway, "Eastbrook Give and Take", "chat",
            "thank-yous, collection arrangements, everything else", "egt-chat.json");
    private final Persona audrey = cast.person("audrey.fenton", "Audrey Fenton");
    private final Persona marek = cast.person("marek.k", "Marek Kowalczyk");
    private final Persona yvonne = cast.person("yvonne.baptiste", "Yvonne Baptiste");
    private final Persona lewis = cast.person("lewis.clearances", "Lewis Mackintosh");
    private final Persona sunita = cast.person("sunita.kapadia", "Sunita Kapadia");
    private final Persona graham = cast.person("graham.tulloch", "Graham Tulloch");
    private final Persona elspeth = cast.person("elspeth.rowe", "Elspeth Rowe");

    // --- H. carbon and sustainability consultants for small firms with a room where business owners ask ---
    private final String netzero = cast.guild(1268);
    private final Channel hLounge = cast.channel(netzero, "Net Zero Small Firms", "consultants-lounge",
            "for carbon and sustainability consultants among ourselves: methods, fees, moans",
            "nz-consultants-lounge.json");
    private final Channel hAsk = cast.channel(netzero, "Net Zero Small Firms", "ask-a-consultant",
            "small business owners: ask about carbon footprints, net zero and tender questions; a consultant will "
                    + "answer", "nz-ask-a-consultant.json");
    private final Channel hOffer = cast.channel(netzero, "Net Zero Small Firms", "offer-your-services",
            "consultants: your services, rates and availability", "nz-offer-your-services.json");
    private final Channel hTools = cast.channel(netzero, "Net Zero Small Firms", "tools-and-reading",
            "calculators, standards and guidance worth a read", "nz-tools-and-reading.json");
    private final Persona clarissa = cast.person("clarissa.pennington", "Clarissa Pennington");
    private final Persona devinder = cast.person("devinder.sandhu", "Devinder Sandhu");
    private final Persona ingrid = cast.person("ingrid.solberg", "Ingrid Solberg");
    private final Persona felicity = cast.person("felicity.armitage", "Felicity Armitage");
    private final Persona oscar = cast.person("oscar.carbonledger", "Oscar Lindgren");
    private final Persona marguerite = cast.person("marguerite.bakes", "Marguerite Lowther");
    private final Persona jonty = cast.person("jonty.blakemore", "Jonty Blakemore");
    private final Channel hDm = cast.dm(oscar, "dm-oscar-lindgren.json");

    private HeldOutScenes98Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        yardAndSkip();
        communityEnergy();
        climateAction();
        litterPickers();
        wormBinClub();
        refillShop();
        giveAndTake();
        netZero();
    }

    private void yardAndSkip() {
        // W02
        Post gaQuiet = say(1, "08:10", aTrade, gareth, "Morning all. First week back and the phone's dead. Anyone "
                + "else quiet or is it just me?");
        re(1, "08:25", keeley, gaQuiet, "dead here too. January's always like this till the Christmas packaging "
                + "mountain turns up");
        re(1, "08:40", bernadette, gaQuiet, "the yard's busy, everyone's dragging old radiators out after the "
                + "holidays. skips will pick up by the 20th, they always do");
        say(1, "09:05", aPrices, bernadette, "Mon 6 Jan, Quigley Metals gate prices per tonne: bright copper "
                + "£5,900, brass £3,400, lead £1,300, heavy steel £170, cast aluminium £700. Market page: "
                + "metalprices.example/lme");
        say(2, "09:00", aPrices, bernadette, "Tue 7 Jan: bright copper £5,950, brass £3,400, lead £1,300, heavy "
                + "steel £170, cast aluminium £710. Market page: metalprices.example/lme");
        Post ffPermit = say(2, "10:15", aAsk, ffion, "Hi, I'm clearing my late mum's house on Ashgrove Road. Do I "
                + "need a permit if the skip goes on the road outside rather than the drive? The drive's full of her "
                + "car.");
        Post gaPermit = re(2, "10:40", gareth, ffPermit, "Yes, on the road it needs a council permit, but the skip "
                + "firm applies for it, not you. Usually 3-5 working days and it goes on the hire price. Put it on "
                + "the drive if you can move the car, it's cheaper and quicker.");
        re(2, "11:02", ffion, gaPermit, "That's really clear, thank you. I'll get my brother to move the car.");
        say(3, "09:00", aPrices, bernadette, "Wed 8 Jan: bright copper £5,900, brass £3,350, lead £1,290, heavy "
                + "steel £170, cast aluminium £710. Market page: metalprices.example/lme");
        Post doSoil = say(3, "12:20", aAsk, dominic, "Builder here, small extensions mostly. Got about 6 tonnes of "
                + "clay from footings. Skip or grab lorry? @Gareth Pemberton you did my 8-yarder in November and it "
                + "was fine, but I'm not sure an 8 takes this much weight.");
        Post toSoil = re(3, "12:45", tomasz, doSoil, "6 tonnes of clay won't go in an 8, it's the weight limit not "
                + "the size. a grab lorry is your friend, one load and it's gone, usually £280-£320 round here");
        re(3, "13:10", gareth, doSoil, "agree with Tomasz, grab for the soil. if you want a skip for the rest of "
                + "the rubbish after, give me a shout");
        re(3, "13:30", dominic, toSoil, "grab it is, that saves me a wasted skip. thanks both");
        say(4, "09:00", aPrices, bernadette, "Thu 9 Jan: bright copper £5,850, brass £3,350, lead £1,290, heavy "
                + "steel £165, cast aluminium £700. Market page: metalprices.example/lme");
        Post ffPaint = say(4, "10:30", aAsk, ffion, "Another one, sorry. Mum had loads of old paint tins and a "
                + "fridge. Can those go in the skip?");
        Post toPaint = re(4, "10:50", tomasz, ffPaint, "neither, sorry. paint tins go to the council tip (they've a "
                + "paint shelf, someone might even reuse them), the fridge needs a special collection. I can take "
                + "the fridge off your hands for nothing, working or not, I'm passing Ashgrove Thursday");
        re(4, "11:15", ffion, toPaint, "Oh that would be a huge help, yes please. Number 42, I'll be there from 10.")
                .react("👍", tomasz);
        say(5, "09:00", aPrices, bernadette, "Fri 10 Jan: bright copper £5,880, brass £3,380, lead £1,300, heavy "
                + "steel £165, cast aluminium £700. Market page: metalprices.example/lme");
        say(5, "18:00", aAsk, tomasz, "Doing free scrap collections in Eastfield and Ashgrove this Saturday and "
                + "next: old cookers, washing machines, radiators, bikes, anything metal. Just post here, no charge.");
        re(6, "10:30", ffion, toPaint, "Just to say Tomasz took the fridge and a pile of old radiators this "
                + "morning. Skip arrives Monday. You lot have saved me so much stress.");
        re(6, "10:50", bernadette, ffPaint, "glad it's coming together. take your time with the sorting, it's a "
                + "lot to do emotionally as well");

        // W03
        Post gaTracking = say(8, "08:30", aTrade, gareth, "has anyone read the consultation on digital waste "
                + "tracking? from April every transfer note goes on the national system");
        Post keTracking = re(8, "08:50", keeley, gaTracking, "read it last night. another login, another form. the "
                + "small operators will get buried");
        re(8, "09:20", gareth, keTracking, "my worry is the skip permits. if the council systems don't talk to it "
                + "we'll be typing everything in twice");
        say(8, "09:30", aPrices, bernadette, "Mon 13 Jan: bright copper £5,920, brass £3,400, lead £1,310, heavy "
                + "steel £165, cast aluminium £705. Market page: metalprices.example/lme");
        Post beTracking = re(8, "09:40", bernadette, gaTracking, "yards are in it too. we're meant to log every "
                + "load of scrap in by weight and where it came from");
        Post gaWebinar = re(8, "10:10", gareth, beTracking, "are you going to the trade association webinar on "
                + "Thursday?");
        re(8, "10:30", bernadette, gaWebinar, "yes, I'll take notes for anyone who can't make it");
        say(9, "09:00", aPrices, bernadette, "Tue 14 Jan: bright copper £5,900, brass £3,400, lead £1,300, heavy "
                + "steel £165, cast aluminium £700. Market page: metalprices.example/lme");
        Post alLead = say(9, "14:00", aAsk, alun, "Roofer here. I've about 200kg of old lead flashing from a church "
                + "job. Can I just turn up at a yard and get cash for it?");
        Post beLead = re(9, "14:35", bernadette, alLead, "not cash, that's been illegal for scrap since 2013. bring "
                + "photo ID and proof of address and we pay by bank transfer the same day. at today's price that's "
                + "roughly £260 for 200kg");
        re(9, "15:00", alun, beLead, "didn't know about the cash rule, good job I asked. I'll come by Friday");
        Post doDm = say(10, "08:15", aDm, dominic, "Morning Gareth, Dominic from the Elm Road extension. Could you "
                + "drop an 8-yard skip Thursday morning and leave it for a week? Same as November.");
        Post gaApp = say(10, "10:00", aTrade, gareth, "anyone found a decent app for transfer notes that'll work "
                + "with the new system?");
        Post keApp = re(10, "10:20", keeley, gaApp, "I'm testing one, it tells you when a permit's about to run "
                + "out too. will report back");
        re(10, "10:40", gareth, keApp, "please do, I'm still on paper pads in the cab");
        Post doChase = say(10, "19:00", aAsk, dominic, "@Gareth Pemberton sent you a message this morning about "
                + "Thursday, did it come through?");
        say(11, "09:00", aPrices, bernadette, "Thu 16 Jan: bright copper £5,850, brass £3,350, lead £1,290, heavy "
                + "steel £160, cast aluminium £690. Market page: metalprices.example/lme");
        Post gaOn = say(11, "13:00", aTrade, gareth, "webinar in an hour, who's on?");
        re(11, "13:05", keeley, gaOn, "me, with a sandwich");
        Post beNotes = say(11, "15:30", aTrade, bernadette, "Webinar notes: it starts in April but fines don't "
                + "begin till the autumn, small operators get a paper route for a year, transfer notes are kept for "
                + "2 years as now. Slides: wasteassoc.example/tracking-webinar");
        re(11, "15:45", gareth, beNotes, "brilliant, thank you. the paper route is a relief");
        re(11, "16:00", keeley, beNotes, "legend. saves me a page of scribbles");
        re(11, "17:00", alun, beLead, "Took the lead in this afternoon, paid by transfer within the hour. Thanks "
                + "@Bernadette Quigley");
        Post gaSorry = re(12, "08:40", gareth, doDm, "Sorry Dominic, missed this with the webinar and everything. "
                + "Thursday's gone now, I can do Monday first thing if that works?");
        say(12, "09:00", aPrices, bernadette, "Fri 17 Jan: bright copper £5,880, brass £3,360, lead £1,300, heavy "
                + "steel £160, cast aluminium £690. Market page: metalprices.example/lme");
        re(12, "09:15", dominic, gaSorry, "Monday's fine. I've stacked it all in the garden for now.");
        re(12, "10:00", gareth, doChase, "sorted, replied to your message. sorry for the wait");
        Post ffDone = say(13, "10:00", aAsk, ffion, "Skip's full and gone, house is nearly empty. Thank you all, "
                + "honestly. Mum would have loved how much of it got reused.");
        re(13, "10:30", tomasz, ffDone, "good on you Ffion, that's a hard job done");

        // W04
        say(15, "10:00", aPrices, bernadette, "Mon 20 Jan: bright copper £5,900, brass £3,380, lead £1,300, heavy "
                + "steel £160, cast aluminium £700. Market page: metalprices.example/lme");
        Post doCopper = say(16, "11:00", aAsk, dominic, "Skip came Monday as promised, thanks @Gareth Pemberton. "
                + "Quick one for anyone: what do yards pay for copper pipe with the solder still on?");
        Post beCopper = re(16, "11:25", bernadette, doCopper, "that's no.2 copper, about £5,200 a tonne today. cut "
                + "the fittings off and you'll get the bright price");
        re(16, "11:40", dominic, beCopper, "worth the hacksaw then. thanks");
        say(17, "09:00", aPrices, bernadette, "Wed 22 Jan: bright copper £5,910, brass £3,400, lead £1,300, heavy "
                + "steel £165, cast aluminium £700. Market page: metalprices.example/lme");
        say(17, "14:10", aAsk, keeley, "keeleyskips.example/wait-and-load wait-and-load now running in Tarnford "
                + "and Cleeve, the driver waits while you fill it");
        Post gaSkips = say(18, "10:00", aKit, gareth, "FOR SALE: ten 6-yard skips, good order, repainted last "
                + "year, £350 each or £3,000 the lot. Collection from Cleeve.");
        Post keSkips = re(18, "10:30", keeley, gaSkips, "might take four off you. can I see them Saturday?");
        re(18, "10:45", gareth, keSkips, "Saturday morning's fine, the yard's open till 12");
        say(19, "09:00", aPrices, bernadette, "Fri 24 Jan: bright copper £5,900, brass £3,390, lead £1,300, heavy "
                + "steel £165, cast aluminium £705. Market page: metalprices.example/lme");
    }

    private void communityEnergy() {
        // W02
        Post imDec = say(1, "10:00", bNews, imogen, "Happy new year all. December generation from the school and "
                + "leisure centre roofs: 4.1 MWh, low as expected with the short days, but the school battery covered "
                + "every evening club. Full figures: hartside-energy.example/generation");
        Post diDec = re(1, "10:40", dilys, imDec, "4.1 in December is better than I feared! how does it compare "
                + "with last year?");
        re(1, "11:05", imogen, diDec, "about 8% up, mostly because the leisure centre array wasn't on for all of "
                + "last December");
        say(1, "19:00", bReading, alasdair, "good explainer on why winter output drops more than people think: "
                + "energynews.example/winter-solar");
        Post diSilly = say(2, "09:30", bChat, dilys, "Silly question maybe. If I'm a member, does any of the "
                + "electricity come to my house?");
        Post feSilly = re(2, "09:55", femi, diSilly, "Not silly at all! No, the power goes to the school and the "
                + "leisure centre at a cheap rate. Members get a share of the surplus as interest on their shares, "
                + "and the community fund gets the rest. This year that's 3%.");
        Post diLandlord = re(2, "10:10", dilys, feSilly, "ah that makes sense. so I'm a tiny landlord of a roof 😄");
        re(2, "10:15", femi, diLandlord, "exactly that");
        say(2, "20:00", bReading, alasdair, "the community energy fund's third round opens in March: "
                + "energynews.example/community-fund-r3");
        Post diScreen = say(3, "11:00", bAsk, dilys, "@Rhys Cadwallader the display in the school foyer has said "
                + "0 kW since Sunday. Is that the panels or just the screen?");
        re(3, "12:30", rhys, diScreen, "Thanks for spotting it Dilys. The monitoring shows the array generating "
                + "fine, it's the foyer screen's wifi dongle. I'll swap it when I'm there Thursday.")
                .react("🙏", dilys);
        say(3, "19:30", bReading, alasdair, "longread on who owns the grid and why it matters for co-ops: "
                + "longreads.example/who-owns-the-grid");
        Post rhScreen = say(4, "16:00", bAsk, rhys, "Foyer screen's back, new dongle fitted. Cleaned the panel "
                + "edges too while the ladders were up.");
        re(4, "16:30", imogen, rhScreen, "thank you Rhys, the head teacher was asking about it");
        say(4, "19:00", bReading, alasdair, "heat pumps in Victorian terraces, with real bills: "
                + "energynews.example/terrace-heat-pumps");
        Post feOffer = say(5, "10:00", bNews, femi, "The share offer for the library roof is open: £60,000 target, "
                + "shares from £50, 3% target interest. Everything is in the offer document: "
                + "hartside-energy.example/share-offer. Questions welcome in #members-chat.");
        Post alShares = say(5, "10:30", bChat, alasdair, "bought 10 shares, library roof here we come");
        re(5, "11:00", dilys, alShares, "me too, 4 of them. my grandson says it's the first sensible thing I've "
                + "bought in years");
        feOffer.react("🎉", dilys, alasdair);
        say(6, "14:00", bReading, alasdair, "a Welsh co-op did the same with their library: "
                + "news.example/welsh-library-solar");
        Post alOpen = say(7, "18:00", bChat, alasdair, "anyone going to the heat pump open house at the community "
                + "centre on Saturday?");
        re(7, "18:20", dilys, alOpen, "I am, my boiler's 19 years old and making noises");

        // W03
        joins(8, "08:50", bChat, harriet);
        Post haHow = say(8, "09:00", bChat, harriet, "Hi all, new member here, just moved to Hartside and heard "
                + "about the share offer from a neighbour. Can anyone explain how the 3% works? Is it guaranteed?");
        Post feHow = re(8, "09:30", femi, haHow, "Welcome Harriet! It's a target, not a guarantee. We've paid 3% "
                + "every year since 2024, but it depends on the sun and on the school paying its bills. The offer "
                + "document has the risks on page 6: hartside-energy.example/share-offer");
        Post haMin = re(8, "10:00", harriet, feHow, "Thank you, that's honest. I'll read page 6 tonight. Is there "
                + "a minimum time before I can withdraw?");
        re(8, "10:20", femi, haMin, "three years, then you can ask to withdraw with three months' notice");
        say(8, "12:00", bReading, alasdair, "Ofgem's new figures on community energy: "
                + "energynews.example/ofgem-community-2031");
        joins(8, "13:55", bChat, pradeep);
        Post prHello = say(8, "14:00", bChat, pradeep, "Hello, Pradeep here, joined today. We're thinking about "
                + "solar for our own house, a 3-bed semi. Is it worth it with a north-east roof?");
        re(8, "14:40", dilys, prHello, "ours faces east and still does well in summer. Rhys is the expert though, "
                + "try #ask-the-installer");
        Post prAsk = say(9, "10:00", bAsk, pradeep, "Hi, Dilys sent me here. 3-bed semi, roof faces north-east "
                + "and south-west. Would panels on the south-west side be enough, and roughly what would it cost?");
        Post rhPrice = re(9, "11:30", rhys, prAsk, "Welcome Pradeep. South-west is good, you'd fit 8-10 panels "
                + "there, about 3.5-4 kW. That usually costs £5,500-£7,000 fitted round here, plus £3,000-£4,000 "
                + "if you want a battery. Happy to come and look, no charge: brightroof.example/survey");
        re(9, "12:00", pradeep, rhPrice, "That's really helpful, thank you. I'll talk to my wife and book the "
                + "survey.");
        Post haFold = say(9, "19:00", bChat, harriet, "Read page 6. One more question: what happens to my shares "
                + "if the co-op folds?");
        Post diFold = re(9, "19:30", dilys, haFold, "I asked the same at the AGM! Femi will know the detail, but I "
                + "think the panels get sold and members are paid back from that first");
        Post feFold = re(9, "20:10", femi, diFold, "that's right, after any debts. Members are paid before the "
                + "community fund.");
        re(9, "20:30", harriet, feFold, "Reassuring. Thank you both, I'm in for 20 shares.");
        Post rhWinter = say(10, "11:00", bChat, rhys, "Brightroof winter offer for members: 10% off any home "
                + "battery installed before March. Book a free survey: brightroof.example/survey");
        Post alVat = re(10, "11:20", alasdair, rhWinter, "is that on top of the zero VAT?");
        re(10, "11:45", rhys, alVat, "yes, the 10% comes off the zero-VAT price");
        say(10, "18:00", bReading, alasdair, "why batteries pay off faster on time-of-use tariffs: "
                + "energynews.example/battery-tariffs");
        Post diLibrary = say(11, "09:15", bAsk, dilys, "@Rhys Cadwallader was the library roof survey done? "
                + "Imogen mentioned it at the meeting");
        Post rhLibrary = re(11, "10:00", rhys, diLibrary, "Yes, done Tuesday. The roof's sound, room for 42 "
                + "panels, the report's with the board. And if anyone in your street's thinking about a battery, "
                + "the members' 10% is on till March: brightroof.example/survey");
        re(11, "10:30", dilys, rhLibrary, "great news about the roof!");
        say(11, "19:00", bNews, imogen, "Library roof update: the survey's done and it fits 42 panels. Share offer "
                + "so far: £23,400 of £60,000. Thank you all. The offer document again: "
                + "hartside-energy.example/share-offer");
        Post haMeter = say(12, "10:00", bChat, harriet, "Slightly random, but how do I read my smart meter's "
                + "export figure? The neighbour's panels have made me curious.");
        Post alMeter = re(12, "10:30", alasdair, haMeter, "press the button until you see 'export kWh' or register "
                + "2.8.0, that's what's gone out to the grid");
        re(12, "10:50", harriet, alMeter, "Found it! 0.0, because we don't have panels 😄 but now I know where "
                + "to look").react("😂", alasdair);
        Post diOpen = say(13, "16:00", bChat, dilys, "Heat pump open house was brilliant, I've booked a survey. "
                + "@Harriet Lumsden there's another one in February if you're interested");
        re(13, "16:20", harriet, diOpen, "Yes please, I'd love to go. Our gas bill is frightening.");

        // W04
        say(15, "19:00", bReading, alasdair, "export tariffs compared, clearly laid out: "
                + "energynews.example/export-tariffs-2031");
        say(16, "09:30", bChat, dilys, "@Imogen Thackeray is the AGM room step-free this year? last time the lift "
                + "was out").react("👍", imogen);
        Post haBattery = say(16, "14:00", bAsk, harriet, "@Rhys Cadwallader is a battery worth it without panels? "
                + "Someone at work says you can charge it overnight on a cheap tariff.");
        Post rhBattery = re(16, "15:10", rhys, haBattery, "It can be. On a tariff with a cheap overnight rate a "
                + "5 kWh battery saves most people £200-£300 a year, so 10-12 years to pay back without panels. With "
                + "panels it's much quicker. I'd wait until you know whether panels will work on your roof.");
        re(16, "15:30", harriet, rhBattery, "Honest answer, thank you. I'll wait.");
        say(17, "12:00", bNews, femi, "Share offer: £41,200 raised, 11 days left. Thank you to everyone who's "
                + "spread the word.");
    }

    private void climateAction() {
        // W02
        Post maTerm = say(1, "19:00", cCampaigns, marisol, "Welcome back everyone. Three things this term: the "
                + "bus petition (1,240 of 2,000), the incinerator consultation closes 31 Jan, and the tree plan "
                + "goes to committee in February.");
        Post niDraft = re(1, "19:20", niall, maTerm, "I'll draft our response on the incinerator. Can someone who "
                + "knows the air-quality figures look it over?");
        re(1, "19:45", tobias, niDraft, "I can, I did the monitoring tubes with the school last year");
        say(1, "20:00", cRota, marisol, "Stall shifts for Saturday's market, 4 slots of 2 hours: "
                + "forms.example/tca-stall-sat");
        say(1, "20:30", cChat, kwame, "councils that dropped bus subsidies lost a fifth of riders: "
                + "news.example/bus-subsidy-cuts");
        say(2, "09:00", cChat, kwame, "ocean temperatures hit a new January high: news.example/ocean-temps-jan");
        Post saHi = say(2, "10:00", cWelcome, saskia, "Hi! I'm Saskia, MSc student at Tarnford Uni, researching "
                + "how local climate groups influence councils. Would love to learn from you all.");
        re(2, "10:30", marisol, saHi, "Welcome Saskia! Ask away, we're an open book. Bronwen has been here "
                + "longest");
        Post saTree = say(2, "11:00", cCampaigns, saskia, "First question: how did you get the council to agree "
                + "to the tree plan in the first place?");
        Post brTree = re(2, "11:40", bronwen, saTree, "Three years of turning up at every full council, a "
                + "petition with 3,000 names, and one councillor who happened to be a gardener. Persistence mostly.");
        re(2, "11:50", saskia, brTree, "Thanks!");
        say(2, "12:30", cChat, kwame, "heat pump sales up 40% on last year: news.example/heat-pump-sales");
        say(2, "18:00", cCampaigns, marisol, "If you haven't signed the bus petition yet, please sign and share it "
                + "on your street WhatsApp: petition.example/tarnford-buses");
        say(2, "20:00", cChat, kwame, "a good thread on why protests work: news.example/do-protests-work");
        say(3, "09:30", cRota, marisol, "2 slots left for Saturday: forms.example/tca-stall-sat");
        Post kwReport = say(3, "19:00", cChat, kwame, "the incinerator firm's own report admits higher emissions: "
                + "news.example/incinerator-report");
        Post niReport = re(3, "19:30", niall, kwReport, "that's gold for my consultation response, thanks Kwame");
        re(3, "19:40", kwame, niReport, "there's a second one on the dioxin limits, I'll dig it out");
        re(4, "10:00", kwame, niReport, "here it is: news.example/dioxin-limits");
        Post niSection = say(4, "18:00", cCampaigns, niall, "Incinerator response draft: "
                + "docs.example/tca-incinerator-draft. @Tobias Wainwright the air quality bit is section 3");
        re(4, "19:10", tobias, niSection, "on it tomorrow night");
        Post saVote = say(5, "11:00", cCampaigns, saskia, "Who decides what the group campaigns on? Is there a "
                + "vote?");
        re(5, "11:30", marisol, saVote, "We vote at the monthly meeting, anyone who's come twice can vote. "
                + "@Saskia Brennan would you be up for sharing your findings with us when you're done? Could you "
                + "come and talk at the March meeting?");
        say(5, "12:00", cChat, kwame, "Tarnford's air quality ranking is out today: news.example/aq-league-table");
        Post toDone = re(5, "21:00", tobias, niSection, "section 3 done, added the tube readings from Church "
                + "Street");
        re(5, "21:15", niall, toDone, "brilliant, thank you");
        say(6, "15:00", cChat, kwame, "UK wind broke another record last night: news.example/wind-record");
        Post saTactics = say(6, "17:00", cCampaigns, saskia, "Sorry, another one: do members ever disagree about "
                + "tactics, like direct action against letters?");
        Post niTactics = re(6, "17:30", niall, saTactics, "All the time! We agreed years ago: nothing illegal, "
                + "nothing that puts the stall at risk. Otherwise it's case by case and a lot of tea.");
        re(6, "17:40", saskia, niTactics, "really useful, thanks");
        say(7, "10:00", cChat, kwame, "Sunday read: news.example/sunday-climate-longread");
        say(7, "18:00", cChat, tobias, "Off to my sister's in Inverness for a week from tomorrow. No signal at hers, "
                + "back on the 20th.");

        // W03
        Post maSpeakers = say(8, "19:00", cCampaigns, marisol, "Tree plan committee is 6 Feb. We need three people "
                + "to speak for three minutes each. Who's up for it?");
        Post roSpeak = re(8, "19:30", roderick, maSpeakers, "I spoke at the 2019 committee, I'll do it again. I've "
                + "spoken at more committees than anyone in this group and I know how my speeches land with them. "
                + "I'll use my notes from my own tree survey, I walked every street myself in 2020.");
        Post maYounger = re(8, "19:45", marisol, roSpeak, "thanks Roderick! anyone else? it'd be good to have a "
                + "younger voice too");
        Post kwSpeak = re(8, "20:00", kwame, maYounger, "I'll do it, if someone helps me get it into three minutes");
        re(8, "20:10", bronwen, kwSpeak, "I'll help you Kwame, we can practise at mine");
        Post saInterview = say(9, "10:00", cCampaigns, saskia, "Could anyone spare 20 minutes for an interview "
                + "this week? It's for my dissertation.");
        Post maInterview = re(9, "10:30", marisol, saInterview, "@Saskia Brennan happy to. Did you see my question "
                + "last week about coming to talk in March?");
        Post saSorry = re(9, "11:00", saskia, maInterview, "Sorry, I did and then lost it in my notifications! Yes, "
                + "I'd love to present in March. Thursday for the interview?");
        re(9, "11:15", marisol, saSorry, "Thursday 6pm, the café on Mill Lane");
        Post roInterview = re(9, "12:00", roderick, saInterview, "I can give you an interview, I've been in the "
                + "movement since 1998. I started the first recycling scheme in Tarnford myself, I ran my own "
                + "newsletter for ten years and I've written to every MP we've had. My archive would be the "
                + "backbone of your research, I keep all my letters in my loft.");
        Post saFriday = re(9, "12:30", saskia, roInterview, "That would be great, thank you Roderick! Friday?");
        re(9, "12:45", roderick, saFriday, "Friday suits me. I'll bring my scrapbook, my newsletters and my photos "
                + "from my first march in 1998. I'm sure I'll talk for longer than 20 minutes, I always do.");
        Post niTubes = say(10, "09:00", cCampaigns, niall, "@Tobias Wainwright do you have the tube readings as a "
                + "spreadsheet? the council officer wants the raw numbers");
        Post kwLeeds = say(10, "19:00", cChat, kwame, "bus cuts in Leeds, worth a read for our petition: "
                + "news.example/leeds-bus-cuts. their numbers look a lot like ours, ridership fell within a year");
        Post roLeeds = re(10, "19:30", roderick, kwLeeds, "I wrote to the Leeds paper about that in 2014. My "
                + "letter was published, I still have my clipping. I said then what I'm saying now, my view hasn't "
                + "changed in all my years of campaigning.");
        Post kwShare = re(10, "20:00", kwame, roLeeds, "that's cool, would you share it? could be a good "
                + "comparison");
        re(10, "20:20", roderick, kwShare, "I'll dig it out of my files. My filing system is my own invention, I "
                + "can find anything I've written since the 90s.");
        say(11, "12:00", cChat, roderick, "Found my old banner from the 2009 march in the loft today. I painted it "
                + "myself and my wife sewed the edges. I might bring it to the stall, I think it still says more "
                + "than anything I've seen printed since.");
        say(11, "18:00", cRota, marisol, "Leafleting the Church Street estate Sunday 2-4pm, for the bus petition. "
                + "Sheet: forms.example/tca-leaflet-sun");
        Post niSubmitted = say(12, "09:00", cCampaigns, niall, "Incinerator response submitted! 14 pages. Thanks "
                + "Tobias for section 3 when he's back in signal");
        Post roOwn = re(12, "11:00", roderick, niSubmitted, "I submitted my own response too. I always write mine "
                + "separately, I find my own words carry more weight with the planners. I made my points about the "
                + "chimney height, I've been making them since the first application.");
        re(12, "11:30", niall, roOwn, "the more the better, thanks Roderick");
        say(12, "15:00", cChat, marisol, "Petition at 1,400! Please keep sharing it with friends and neighbours: "
                + "petition.example/tarnford-buses");
        say(13, "13:00", cRota, marisol, "1 place left for Sunday leafleting: forms.example/tca-leaflet-sun");
        say(13, "17:00", cChat, roderick, "My letter to the Gazette is in this week's paper, page 12. I think it's "
                + "my best one yet, I kept it short for once. My neighbours have all read it.");

        // W04
        Post toBack = re(15, "09:00", tobias, niTubes, "Back! Sorry Niall, no signal as promised. The raw "
                + "readings: docs.example/tube-readings-2030");
        re(15, "09:30", niall, toBack, "no worries, sent them over. welcome back");
        Post niBike = say(16, "12:00", cChat, niall, "Anyone know somewhere that'll fix a bike for less than a "
                + "fortune? Mine's been in the shed since the leafleting.");
        Post brBike = re(16, "12:30", bronwen, niBike, "I run Spokes on Mill Lane, bring it in. I'll do a service "
                + "for £25 for members, it's usually £40");
        re(16, "12:45", niall, brBike, "sold, I'll wheel it down Saturday");
        say(17, "10:00", cRota, marisol, "Stall this Saturday, 3 slots: forms.example/tca-stall-25jan");
        say(17, "10:30", cChat, kwame, "this one's actually about us, the Gazette picked up the "
                + "petition! 1,560 now: news.example/tarnford-bus-petition");
        Post saSurvey = say(18, "19:00", cCampaigns, saskia, "Interviews done, thank you Marisol and Roderick. "
                + "Could I send everyone a short anonymous survey? 5 minutes, about how you got involved");
        re(18, "19:30", marisol, saSurvey, "go for it, post it in #chat");
        say(18, "20:00", cChat, saskia, "Here's the survey, 5 minutes, anonymous: "
                + "forms.example/tca-involvement-survey. Thank you all so much for having me");
    }

    private void litterPickers() {
        // W02
        say(1, "18:00", dPicks, moira, "First pick of 2031: Saturday 11th, 10am, meet at the Lock Street bridge. "
                + "Grabbers and bags provided. Sign up so I know how many hoops to bring: "
                + "forms.example/canal-pick-11jan");
        say(1, "18:30", dPicks, trish, "signed up, bringing my mum");
        say(1, "19:00", dChat, anil, "Hi all, Anil from the council's street scene team. I'll collect the bags "
                + "from the bridge after each pick as usual. I check this server on weekdays.");
        Post ewNeedles = say(2, "09:00", dChat, ewan, "what do we do if we find needles? last time I just left one "
                + "where it was");
        Post anNeedles = re(2, "09:40", anil, ewNeedles, "Leave it and don't touch it. Post the spot here or "
                + "report it on the council app with a photo, the sharps team clears it within 24 hours. Moira has "
                + "a sharps box for picks too.");
        re(2, "10:00", ewan, anNeedles, "good to know, thanks Anil");
        joins(3, "11:55", dIntro, jaden);
        Post jaHi = say(3, "12:00", dIntro, jaden, "Hey everyone, I'm Jaden, I film my litter picks round the "
                + "canal and the park for my channel: youtube.example/@jadenpicks. Found you through a comment. See "
                + "you Saturday?");
        re(3, "12:20", moira, jaHi, "Welcome Jaden! Yes, 10am at the bridge, the sign-up's in #picks");
        Post prTrolley = re(3, "12:40", priya, jaHi, "welcome! I've seen your shopping trolley video 😄");
        re(3, "13:00", jaden, prTrolley, "haha that trolley took two of us");
        say(3, "14:00", dPicks, moira, "13 signed up, 7 places left: forms.example/canal-pick-11jan");
        Post luCoffee = say(4, "10:00", dChat, lucia, "Hello pickers, I run the Towpath Café by the lock. Anyone "
                + "who comes in after Saturday's pick gets a coffee on me, just bring your grabber so I know 😊");
        re(4, "10:20", trish, luCoffee, "that's lovely Lucia, thank you!");
        re(4, "10:30", moira, luCoffee, "so kind, I'll tell everyone at the start");
        say(6, "14:00", dHaul, trish, "the haul! photos.example/canal/11jan-bags");
        say(6, "14:02", dHaul, trish, "the shopping trolley, again: photos.example/canal/11jan-trolley");
        say(6, "14:04", dHaul, trish, "a traffic cone wearing a hat: photos.example/canal/11jan-cone");
        say(6, "14:06", dHaul, trish, "before and after at the lock: photos.example/canal/11jan-lock");
        Post trTeam = say(6, "14:08", dHaul, trish, "and the team: photos.example/canal/11jan-team");
        re(6, "14:30", priya, trTeam, "we look so cold and so happy");
        say(6, "14:45", dHaul, moira, "23 bags, 1 trolley, 1 cone (with hat), 18 pickers. Thank you all!");
        Post jaCoffee = say(6, "15:00", dChat, jaden, "thanks for the coffee @Lucia Romano, the flapjack was "
                + "unreal too");
        re(6, "15:20", lucia, jaCoffee, "come back any time! the flapjack's my gran's recipe");
        say(6, "16:00", dHaul, jaden, "filmed the whole pick, editing tonight");

        // W03
        say(8, "19:00", dPicks, moira, "Next pick: Saturday 18th at the park end, meet at the bandstand 10am: "
                + "forms.example/canal-pick-18jan");
        Post prSofa = say(9, "09:00", dChat, priya, "@Anil Chaudhry there's a sofa dumped by the bins at the Wharf "
                + "Road end of the towpath, can the council take it?");
        Post anSofa = re(9, "09:40", anil, prSofa, "thanks Priya, logged as fly-tipping, the crew's going this "
                + "afternoon. if you saw anyone dump it, the enforcement team would love to know");
        re(9, "09:50", priya, anSofa, "didn't see, sorry. thanks for being so quick!");
        Post jaSub1 = say(10, "18:00", dHaul, jaden, "Please subscribe to my channel and like the canal video, every "
                + "sub really helps me keep filming 🙏 youtube.example/@jadenpicks");
        Post ewCamera = re(10, "19:00", ewan, jaSub1, "watched it, the cone bit made me laugh. what do you film on, "
                + "a chest mount?");
        re(10, "19:30", jaden, ewCamera, "yeah, a chest mount and my phone");
        say(11, "20:00", dPicks, moira, "12 signed up for Saturday, 8 places left: forms.example/canal-pick-18jan");
        say(12, "17:00", dPicks, jaden, "if you haven't yet, please subscribe and share my channel with your "
                + "friends, trying to hit 1,000 subs this month: youtube.example/@jadenpicks");
        Post prPark = say(13, "13:00", dHaul, priya, "park end haul: 14 bags and a bike with no wheels: "
                + "photos.example/canal/18jan");
        re(13, "13:30", moira, prPark, "14! and a mystery bike. thank you all, 15 pickers even in the drizzle");
        Post trCafe = say(13, "14:00", dChat, trish, "@Lucia Romano your café saved my fingers, thank you for the "
                + "coffees again");
        re(13, "14:20", lucia, trCafe, "any time, you lot are heroes");
        say(13, "16:00", dChat, jaden, "only 100 subs to go! please share it around 🙏 youtube.example/@jadenpicks");
        Post ewMidweek = say(14, "10:00", dChat, ewan, "does anyone know if the canal trust runs its own volunteer "
                + "days? looking for something midweek too");
        re(14, "10:30", moira, ewMidweek, "they do, Wednesdays at the marina. I'll ask my contact for you");

        // W04
        Post anSpring = say(15, "09:30", dChat, anil, "bike collected from the park end. @Moira Stewart can we talk "
                + "about a joint pick with the council's spring clean in March? We can bring skips");
        Post moSpring = re(15, "10:00", moira, anSpring, "yes please! could you do the 22nd?");
        re(15, "10:30", anil, moSpring, "22nd March pencilled in, I'll confirm with my manager this week");
        Post moTrust = re(15, "11:00", moira, ewMidweek, "@Ewan Gallacher the canal trust says come along Wednesday "
                + "10am at the marina and ask for Gwyneth");
        re(15, "11:20", ewan, moTrust, "brilliant, thank you Moira");
        say(16, "18:00", dPicks, moira, "No pick this weekend, I'm away. Back on 1 Feb at the bridge, sign-up next "
                + "week");
        Post prGrabber = say(18, "11:00", dChat, priya, "I've a spare grabber if anyone wants one, mine broke and "
                + "the replacement came as a pair");
        Post jaGrabber = re(18, "11:30", jaden, prGrabber, "yes please! mine's held together with tape");
        re(18, "11:45", priya, jaGrabber, "it's yours, I'll bring it on the 1st");
    }

    private void wormBinClub() {
        // W02
        Post nkHi = say(1, "10:00", eIntro, nkechi, "Hi all! Nkechi here, just got a wormery for Christmas from my "
                + "sister and I'm scared I'll kill them. Flat in Leeds, kitchen scraps only.");
        Post wiHi = re(1, "10:30", wilfred, nkHi, "Welcome. You won't kill them if you don't drown them. Go easy on "
                + "the food for the first month.");
        re(1, "10:45", hamish, nkHi, "welcome Nkechi! worms are tougher than they look. shout in #troubleshooting "
                + "with anything");
        re(1, "11:00", nkechi, wiHi, "Thank you both! Noted: less food, less water.");
        Post nkSour = say(2, "08:30", eTrouble, nkechi, "Day 3 and there's a sour smell from the bin. What am I "
                + "doing wrong?");
        Post wiSour = re(2, "09:10", wilfred, nkSour, "Too wet and too much food, almost certainly. Add a big "
                + "handful of torn cardboard and stop feeding for a week. Guides if you like reading: "
                + "compostguide.example/sour-bin compostguide.example/bedding compostguide.example/moisture "
                + "compostguide.example/feeding");
        re(2, "09:30", nkechi, wiSour, "Cardboard in, feeding paused. Reading the bedding one now.");
        Post grBran = say(4, "10:00", eSwap, greta, "Fresh batch of bokashi bran, wheat bran and molasses, 1kg bags "
                + "£6 plus postage: bokashi.example/greta/bran");
        Post caBran = re(4, "10:30", carys, grBran, "ordered two, my bucket's on its last scoop");
        re(4, "11:00", greta, caBran, "thank you Carys! posting tomorrow");
        Post nkMites = say(4, "14:00", eTrouble, nkechi, "Smell's gone! But now there are tiny white things in the "
                + "bedding. Mites? Are they bad?");
        Post haMites = re(4, "14:30", hamish, nkMites, "white mites are harmless, they just mean it's still a bit "
                + "wet. lay a slice of bread on top for a day and lift it off with the mites on it. if they're red, "
                + "that's another story");
        re(4, "14:45", nkechi, haMites, "white, phew. bread trick tonight, thanks Hamish");
        Post yuBlack = say(5, "11:00", eTrouble, yusuf, "my bokashi bucket's liquid has gone black, is that "
                + "normal?");
        Post grBlack = re(5, "11:30", greta, yuBlack, "Black means it's gone off, the lid probably isn't tight. "
                + "Drain it every 2 days and press the scraps down hard.");
        re(5, "11:45", yusuf, grBlack, "ah, the lid's cracked. new one ordered");
        Post caHarvest = say(6, "09:00", eShow, carys, "first castings harvest from the worms I got from @Hamish "
                + "Durward in October: photos.example/carys/harvest1");
        Post haSieve = re(6, "09:30", hamish, caHarvest, "look at that! how long did it take to sieve?");
        re(6, "09:50", carys, haSieve, "about an hour, with a cup of tea");
        Post nkBottom = say(6, "16:00", eTrouble, nkechi, "Bread trick worked, it came up covered in mites. The "
                + "worms are all at the bottom now, is that ok?");
        Post grBottom = re(6, "16:30", greta, nkBottom, "Yes, it means they're happy. They come up to eat and go "
                + "down to hide.");
        re(6, "16:40", nkechi, grBottom, "ok! Less panicking from now on, I promise 😄");

        // W03
        Post caEscape = say(8, "10:00", eTrouble, carys, "@Hamish Durward the worms are trying to escape up the "
                + "sides since I moved the bin into the garage. Too cold? Too wet?");
        Post haEscape = re(8, "10:40", hamish, caEscape, "probably the move and the cold snap. keep a light on over "
                + "it for two nights, they go away from light, and add some dry cardboard. they'll settle");
        re(8, "11:00", carys, haEscape, "light on. thanks!");
        Post yuCitrus = say(9, "19:00", eTrouble, yusuf, "someone at work asked me whether citrus peel is ok in a "
                + "wormery. I said no but couldn't say why");
        Post nkCitrus = re(9, "19:30", nkechi, yuCitrus, "I read about this last week! small amounts are fine, lots "
                + "makes it too acidic. I do one peel a week and mine are fine");
        re(9, "19:45", yusuf, nkCitrus, "perfect, I'll tell her");
        Post nkBabies = say(10, "12:00", eShow, nkechi, "one month in and they're breeding! tiny worm babies "
                + "everywhere: photos.example/nkechi/babies");
        re(10, "12:20", wilfred, nkBabies, "that's the sign you're doing it right");
        re(10, "12:30", hamish, nkBabies, "congratulations, you're a worm grandparent now");
        Post haStock = say(11, "10:00", eSwap, hamish, "Restocked for spring: tiger worms 250g £12, 500g £18, posted "
                + "Mon-Wed so they don't sit in a depot over the weekend: tigerworms.example/shop");
        Post yuOrder = re(11, "10:30", yusuf, haStock, "500g please, for the new wormery at the work allotment");
        re(11, "10:45", hamish, yuOrder, "done, it goes Monday");
        say(13, "10:00", eSwap, greta, "New batch ready, same as before, £6 a bag: bokashi.example/greta/bran");

        // W04
        joins(15, "09:00", eIntro, tamsin);
        Post yuAllot = say(15, "09:30", eShow, yusuf, "the new allotment wormery with Hamish's worms, settled in: "
                + "photos.example/yusuf/allotment-wormery");
        Post taYusuf = re(15, "10:00", tamsin, yuAllot, "Great bin! You should try CompostKick, it doubles the "
                + "speed of any heap. 20% off with code WORMS20: compostkick.example/shop");
        re(15, "10:20", yusuf, taYusuf, "it's a wormery, not a heap, but thanks");
        Post caSieve = say(16, "12:00", eShow, carys, "castings from batch two, and the sieve I made out of an old "
                + "pallet: photos.example/carys/sieve");
        Post taCarys = re(16, "12:15", tamsin, caSieve, "Love it! CompostKick would make batch three come even "
                + "faster, 20% off with code WORMS20: compostkick.example/shop");
        re(16, "12:30", wilfred, taCarys, "Worms don't need an accelerator. Please read the room.");
        Post nkPumpkin = say(17, "09:00", eTrouble, nkechi, "Is it ok to feed them pumpkin? A neighbour gave me a "
                + "whole one.");
        re(17, "09:20", tamsin, nkPumpkin, "Pumpkin's great with CompostKick, code WORMS20 for 20% off: "
                + "compostkick.example/shop");
        Post grPumpkin = re(17, "09:40", greta, nkPumpkin, "Pumpkin's fine, chop it small and freeze it first, it "
                + "softens and they get through it much faster. Go slow, a few chunks a week.");
        re(17, "09:50", nkechi, grPumpkin, "freezing it now, thanks Greta");
        say(17, "10:00", eSwap, hamish, "@Tamsin Vickery this room's the place for products, the others are for "
                + "people's bins. You're welcome to post here.");
        Post caMum = say(18, "11:00", eSwap, carys, "@Hamish Durward could I order another 250g for my mum? She's "
                + "caught the bug after seeing my castings, I've told her you're the one to buy from.");
        re(18, "11:30", hamish, caMum, "of course, and thank your mum from me! it goes Monday");
        say(19, "14:00", eShow, nkechi, "the pumpkin is GONE. the freezer trick works: photos.example/nkechi/pumpkin")
                .react("❤️", greta);
    }

    private void refillShop() {
        // W02
        say(1, "09:00", fNews, naomi, "Open again from today, 9-5:30 Mon-Sat. New in: oat milk concentrate by the "
                + "litre and refillable deodorant tins. Delivery round is Thursdays as before.");
        Post anBottle = say(1, "10:00", fAsk, anwar, "Do you refill washing-up liquid into any bottle, or does it "
                + "have to be one of yours?");
        Post beBottle = re(1, "10:20", beatrix, anBottle, "any clean bottle! we weigh it empty first. old squash "
                + "bottles are perfect");
        re(1, "10:30", anwar, beBottle, "great, I've a cupboard full of them");
        Post geGranola = say(2, "12:00", fTips, gemma, "My oat-and-seed granola with the Scoop's jumbo oats and "
                + "sunflower seeds, about £1.20 a batch: gemmacooks.example/refill-granola");
        Post phGranola = re(2, "12:30", philippa, geGranola, "made this on Sunday, my kids ate it in two days");
        Post geMaple = re(2, "12:45", gemma, phGranola, "ha, double it next time! what did you use instead of the "
                + "maple?");
        re(2, "13:00", philippa, geMaple, "honey from the shop's jar, worked fine");
        Post phBulk = say(2, "15:00", fAsk, philippa, "@Naomi Farrant the lady from my yoga class came in on "
                + "Saturday, I've sent half the class your way 😄 Do you do bigger orders for the class retreat? "
                + "10kg of rice, lentils and oats");
        Post naBulk = re(2, "15:40", naomi, phBulk, "Thank you so much for sending them Philippa! Yes, bulk orders "
                + "are fine with two days' notice, 5% off over 10kg. Just send me the list");
        re(2, "16:00", philippa, naBulk, "list coming tonight");
        Post anJars = say(3, "11:00", fJars, anwar, "40 clean jam jars free, collect from Hollins Road");
        Post geJars = re(3, "11:30", gemma, anJars, "could I have 10? for the granola");
        re(3, "11:40", anwar, geJars, "they're yours, on the porch by Thursday");
        say(3, "16:00", fNews, naomi, "Bulk deal this month: 10% off oats, rice and pasta in 5kg+ amounts. Bring "
                + "your own sack or borrow one of ours.");
        say(4, "09:00", fNews, kieran, "Delivery round today: Hollins, Ashgrove, the top of Mill Lane. I'll be with "
                + "you between 10 and 2.");
        Post anList = say(4, "12:30", fAsk, anwar, "@Kieran Doyle have you got me on the list today? 2 litres of "
                + "laundry liquid");
        Post kiList = re(4, "12:45", kieran, anList, "yep, you're my 1:30. bottles out on the step please");
        re(4, "13:40", anwar, kiList, "got it, cheers");
        Post geShampoo = say(6, "11:00", fAsk, gemma, "is the rosemary shampoo back in stock?");
        re(6, "11:15", beatrix, geShampoo, "back Tuesday, sorry! the lavender's here though");

        // W03
        say(8, "09:00", fNews, naomi, "New this week: loose dishwasher tablets (bring a tub) and bulk chickpeas. "
                + "Rosemary shampoo back tomorrow.");
        Post zaFirst = say(9, "10:00", fAsk, zainab, "Hi, I've never been to a refill shop. Do I need to bring my "
                + "own containers, or can I buy them there?");
        Post naFirst = re(9, "10:20", naomi, zaFirst, "Welcome Zainab! Either. Paper bags for dry goods are free, "
                + "and jars and bottles are from £1. Lots of people start with bags and bring jars next time.");
        re(9, "10:40", zainab, naFirst, "oh that's easy, I'll pop in Saturday");
        re(9, "11:00", anwar, zaFirst, "check #jar-swap too, people give jars away all the time");
        Post geSoup = say(10, "12:00", fTips, gemma, "Chickpea and lentil soup with the new bulk chickpeas, 6 "
                + "portions for under £3: gemmacooks.example/refill-soup");
        re(10, "12:30", zainab, geSoup, "saving this, thank you");
        re(10, "12:45", naomi, geSoup, "Gemma you're our unofficial recipe queen");
        say(11, "09:00", fNews, kieran, "Delivery round today, same streets plus the new estate at Cleeve Park.");
        Post phRetreat = say(11, "17:00", fAsk, philippa, "retreat went brilliantly, everyone asked where the "
                + "lentils came from! sent them all to you again");
        re(11, "17:30", naomi, phRetreat, "You're a star, thank you. Tell them to mention you and they'll get a "
                + "stamp on their refill card");
        Post zaCame = say(13, "12:00", fAsk, zainab, "Came in today! Beatrix was so patient with my 14 questions. "
                + "Bought oats, rice and a shampoo bar.");
        re(13, "12:20", beatrix, zaCame, "you were lovely, come back soon!");

        // W04
        say(15, "08:00", fNews, kieran, "Off with flu till Thursday, folks. Naomi has the shop, and this week's "
                + "deliveries move to Friday.");
        say(15, "09:00", fNews, naomi, "Bulk week! 15% off 5kg+ of oats, rice, lentils and pasta until Saturday.");
        Post phFair = say(15, "19:00", fAsk, philippa, "Hi both, my school's spring fair is on 8 March and we'd "
                + "love a refill stall with your stuff. Could you do 20kg of mixed dry goods on sale-or-return? "
                + "Happy to talk numbers.");
        say(16, "09:30", fNews, naomi, "New in: solid conditioner bars in three scents.");
        say(16, "14:00", fTips, naomi, "Washing soda from the bins plus a drop of lavender oil makes the cheapest "
                + "floor cleaner in town. Recipe card by the till.");
        say(17, "10:00", fNews, naomi, "Reminder: bulk week ends Saturday!");
        Post geBig = say(17, "11:00", fJars, gemma, "anyone got big 2-litre jars? my rice lives in a carrier bag");
        re(17, "11:20", naomi, geBig, "we've three at the shop that someone left, they're yours");
        Post kiFair = re(18, "10:00", kieran, phFair, "Sorry @Philippa Drury, I've been off ill and this slipped "
                + "past us. Sale-or-return is fine for the fair, I'll get Naomi to ring you about quantities.");
        re(18, "10:20", philippa, kiFair, "no worries, hope you're feeling better!");
        re(18, "11:00", naomi, phFair, "Philippa, so sorry, I saw this and then lost it in the chaos of bulk week. "
                + "Ringing you at lunch.");
        say(19, "09:00", fNews, kieran, "Back on the van, delivering today instead of yesterday. Thanks for your "
                + "patience.");
        Post zaBicarb = say(20, "11:00", fAsk, zainab, "Back for round two with my own jars this time 😄 Do you "
                + "stock bicarbonate of soda?");
        re(20, "11:10", beatrix, zaBicarb, "we do, big tub by the scales, £1.20 per 100g");
    }

    private void giveAndTake() {
        // W02
        Post yvBike = say(1, "09:30", gOffered, yvonne, "Free: a child's bike, 16 inch, needs a new chain. Collect "
                + "from Foxley Close by Friday.");
        Post suBike = re(1, "10:00", sunita, yvBike, "could I have it for my nephew? my husband can fit a chain");
        re(1, "10:10", yvonne, suBike, "it's yours, any time after 4");
        Post grMicro = say(2, "09:00", gWanted, graham, "Anyone have a working microwave going spare? Mine died and "
                + "money's tight this month.");
        Post elMicro = re(2, "09:40", elspeth, grMicro, "I've got one, a bit scratched but it works. I'm on Holly "
                + "Road, when suits?");
        Post grTonight = re(2, "10:00", graham, elMicro, "tonight after 6 if that's ok? thank you so much");
        re(2, "10:05", elspeth, grTonight, "6 is fine, number 9");
        Post yvCurtains = say(2, "12:00", gOffered, yvonne, "Free: three pairs of curtains, cream, 66x72, from my "
                + "old house");
        Post auCurtains = re(2, "12:30", audrey, yvCurtains, "those might suit the community centre's back room, "
                + "could I take them for there?");
        re(2, "12:40", yvonne, auCurtains, "of course!");
        say(3, "10:00", gOffered, yvonne, "Free: a baby gate, a high chair and a bag of muslins. The toddler has "
                + "outgrown the lot.");
        Post grWorks = re(3, "15:00", graham, elMicro, "microwave works perfectly, thank you Elspeth. first hot "
                + "lunch in a week");
        re(3, "15:20", elspeth, grWorks, "so glad, enjoy");
        Post suWasher = say(4, "11:00", gWanted, sunita, "Does anyone know someone who repairs washing machines? "
                + "Happy to pay, it's just stopped spinning.");
        Post maWasher = re(4, "11:30", marek, suWasher, "my brother-in-law Stefan fixes them, he's fair, about £40 "
                + "call-out: stefanfix.example. tell him Marek sent you");
        re(4, "11:45", sunita, maWasher, "thank you, calling him now");
        Post yvAirer = say(5, "10:00", gOffered, yvonne, "Free: an ironing board and a clothes airer.");
        Post grAirer = re(5, "10:20", graham, yvAirer, "could I have the airer please?");
        re(5, "10:30", yvonne, grAirer, "yes! Foxley Close, number 3");
        say(6, "14:00", gChat, audrey, "Reminder for everyone: this group is for free things only. No selling or "
                + "adverts please, there are other groups for that. And thank you all for being so generous this "
                + "week.");
        say(6, "15:00", gOffered, yvonne, "Last one from the clear-out: a children's desk and chair.");
        Post yvThanks = say(7, "11:00", gChat, yvonne, "Loft and spare room empty! Thank you all for taking things, "
                + "I've had such lovely people at the door.");
        re(7, "11:20", sunita, yvThanks, "the bike's fixed and my nephew won't get off it");

        // W03
        joins(8, "10:00", gChat, lewis);
        Post elBed = say(8, "12:00", gWanted, elspeth, "Looking for a single bed frame for my grandson's visits, "
                + "anyone?");
        Post maBed = re(8, "12:30", marek, elBed, "I've got a pine one in the garage, it's yours if you can carry it");
        re(8, "12:45", elspeth, maBed, "my son-in-law will, thank you Marek");
        say(9, "10:00", gOffered, lewis, "House clearances, garden clearances, garage clearances. Cheapest in "
                + "Eastbrook, fully licensed waste carrier. DM me for prices.");
        say(9, "11:00", gOffered, graham, "Free: two single duvets, washed, from my mum's");
        say(10, "14:00", gChat, audrey, "@Lewis Mackintosh hi, welcome to the group! Could you take the advert down "
                + "please? It's free things only here. Is there anything you'd like to give or ask for?");
        Post leVan = say(11, "16:00", gChat, lewis, "Clearing a house on Foxley Close this weekend, if anyone else "
                + "wants a van load gone the same day it's £80, DM me");
        re(11, "16:20", yvonne, leVan, "Foxley Close? That'll be my neighbour's. Please don't take the good stuff "
                + "to the tip, people here would have it");
        Post suSock = say(12, "10:00", gChat, sunita, "Stefan fixed the washing machine in 20 minutes, a sock in "
                + "the pump. Thank you @Marek Kowalczyk!");
        re(12, "10:20", marek, suSock, "the classic sock! glad it's sorted");
        Post suCooker = say(12, "14:00", gOffered, sunita, "Free: a slow cooker, used twice. Holly Road.");
        re(12, "14:30", elspeth, suCooker, "oh yes please, for soups");
        Post grKettle = say(13, "11:00", gWanted, graham, "anyone have a kettle? ours blew up this morning, "
                + "literally");
        Post yvKettle = re(13, "11:20", yvonne, grKettle, "I've a spare, the one from my mum's house. come and get "
                + "it");
        re(13, "11:40", graham, yvKettle, "on my way, thank you Yvonne");
        say(14, "09:00", gChat, audrey, "Weekly tally: 23 things given away and nothing thrown out. Thank you "
                + "neighbours");

        // W04
        say(15, "10:00", gOffered, marek, "Free: a bag of tomato cages and canes, for anyone with an allotment");
        Post auLunch = say(15, "11:00", gWanted, audrey, "The community centre needs a kettle and a toaster for the "
                + "Tuesday lunch club, anyone?");
        re(15, "11:30", elspeth, auLunch, "I've a toaster, I'll bring it Tuesday");
        Post grHelp = re(15, "12:00", graham, auLunch, "no kettle left to give, but could I give my time instead? "
                + "I could help at the lunch club");
        re(15, "12:15", audrey, grHelp, "Yes please! Tuesday 11:30, we always need someone on the washing up");
        Post elSewing = say(16, "09:00", gOffered, elspeth, "Free: a sewing box full of threads and buttons");
        re(16, "09:30", yvonne, elSewing, "oh, could I have it? I'd like to learn to mend things instead of buying");
        say(16, "15:00", gChat, graham, "Lunch club washing up done, 34 lunches. Best Tuesday I've had in ages");
    }

    private void netZero() {
        // W02
        say(1, "09:00", hOffer, clarissa, "Clarissa Pennington: carbon footprints and net zero plans for firms "
                + "under 50 staff. Fixed fee from £950, usually two weeks. Booking from February.");
        say(1, "09:30", hOffer, devinder, "Devinder Sandhu: carbon reduction plans for tenders (PPN 06/21), "
                + "£600-£1,200 depending on size. Two slots left in January.");
        say(1, "10:00", hAsk, felicity, "Net zero tip #1: start with your energy bills. Twelve months of gas and "
                + "electricity is 70% of most small firms' footprint.");
        say(1, "16:00", hAsk, felicity, "Net zero tip #2: business travel is easy to forget. Ask your staff for a "
                + "rough annual mileage, it's good enough for year one.");
        Post inFees = say(2, "11:00", hLounge, ingrid, "Has anyone priced in the new reporting standard yet? Not "
                + "sure whether to put my fees up or swallow it");
        Post clFees = re(2, "11:30", clarissa, inFees, "I've added £150 for the extra scope 3 screening. Nobody has "
                + "blinked so far");
        re(2, "11:45", ingrid, clFees, "useful, thanks. I'll do the same");
        Post maStart = say(2, "14:00", hAsk, marguerite, "I run a bakery with 12 staff. A supermarket we supply "
                + "wants our carbon footprint by April. Where do I even start, and is it expensive?");
        say(2, "14:20", hAsk, felicity, "Net zero tip #3: LED lighting pays for itself in under two years in most "
                + "workshops.");
        Post deStart = re(2, "14:40", devinder, maStart, "Not as scary as it sounds. They'll want scope 1 and 2 at "
                + "least: your ovens' gas, electricity and the vans. Dig out 12 months of bills and mileage and do "
                + "a first pass yourself with the free government calculator: gov.example/sme-carbon-calculator. If "
                + "the supermarket wants it checked, that's when you'd pay someone, usually £600-£900 for a firm "
                + "your size.");
        re(2, "15:00", marguerite, deStart, "That's so helpful, thank you. I'll gather the bills this week and come "
                + "back.");
        say(3, "10:00", hAsk, felicity, "Net zero tip #4: most firms' biggest scope 3 is what they buy. Your top "
                + "five suppliers are a good place to start asking.");
        say(3, "12:00", hTools, oscar, "Hi all, Oscar from CarbonLedger. We've built carbon accounting software for "
                + "consultants: client dashboards, tender-ready reports, PPN 06/21 templates. Free 14-day trial: "
                + "carbonledger.example/trial");
        Post osLounge = say(3, "12:05", hLounge, oscar, "Consultants, CarbonLedger cuts report writing from days to "
                + "hours. Free 14-day trial: carbonledger.example/trial");
        say(3, "12:10", hAsk, oscar, "Small business owners: ask your consultant if they use CarbonLedger! "
                + "carbonledger.example/trial");
        Post inScope = re(3, "12:40", ingrid, osLounge, "does it handle spend-based scope 3 or only activity data?");
        re(3, "13:30", oscar, inScope, "both, with the 2030 government factors built in");
        Post clPhotos = say(3, "15:00", hLounge, clarissa, "anyone else get clients who send bills as photos of "
                + "photos? 40 blurry images this morning");
        Post dePhotos = re(3, "15:20", devinder, clPhotos, "every week. I now send a one-page list of what I need "
                + "before the first call");
        re(3, "15:40", clarissa, dePhotos, "stealing that, thanks");
        say(3, "16:00", hAsk, felicity, "Net zero tip #5: a heat pump in an office works best after a fabric "
                + "survey.");
        say(4, "10:00", hAsk, felicity, "Net zero tip #6: a bike-to-work scheme costs the firm almost nothing.");
        Post joPlan = say(4, "11:00", hAsk, jonty, "Printing firm, 20 staff. A council tender asks for a 'carbon "
                + "reduction plan'. Is that the same as a footprint?");
        Post inPlan = re(4, "11:30", ingrid, joPlan, "Related but not the same: the plan is your footprint plus "
                + "targets and what you'll do to hit them. For a council tender it follows a set format (PPN "
                + "06/21), two or three pages, signed by a director.");
        Post joSelf = re(4, "11:50", jonty, inPlan, "ah, so footprint first, then the plan. Do I need to pay "
                + "someone, or can I do it myself?");
        Post inSelf = re(4, "12:20", ingrid, joSelf, "You can do it yourself with the guidance, it's just fiddly. If "
                + "you'd rather hand it over, any of us in #offer-your-services can quote.");
        re(4, "12:40", jonty, inSelf, "thank you, I'll have a go and see");
        say(4, "15:00", hLounge, felicity, "Does anyone else find clients forget their refrigerant top-ups "
                + "entirely?");
        say(5, "10:00", hAsk, felicity, "Net zero tip #7: set one target for the year, not ten.");
        say(5, "16:00", hLounge, oscar, "Founding price for consultants: £29/month for life if you sign up by 31 "
                + "January: carbonledger.example/founding");
        say(5, "16:30", hAsk, felicity, "Net zero tip #8: measure before you offset. Offsets come last.");
        say(6, "10:00", hAsk, felicity, "Net zero tip #9: your landlord may already have the building's energy "
                + "data. Ask them.");
        say(7, "10:00", hAsk, felicity, "Net zero tip #10: write down what you did this year, however small. "
                + "Tenders reward progress.");

        // W03
        Post maSixty = say(8, "09:00", hAsk, marguerite, "Bills gathered! 12 months of gas, electricity and the two "
                + "vans' fuel. The calculator says 61 tonnes. Does that sound right for a bakery?");
        Post deSixty = re(8, "09:40", devinder, maSixty, "Sounds about right, ovens are hungry and the gas will be "
                + "most of it. If the supermarket wants it checked I could verify it for £650, or you could send it "
                + "as it is and see if they're happy.");
        Post maBook = re(8, "10:00", marguerite, deSixty, "Let me check with them first, but I'd rather someone "
                + "checked it. Can I book you for next Wednesday?");
        re(8, "10:20", devinder, maBook, "Of course, Wednesday it is. Bring the bills and the calculator's "
                + "printout.");
        Post clMethod = say(8, "11:00", hLounge, clarissa, "Scope 3 question of the week: spend-based or "
                + "supplier-specific for a client with 200 suppliers?");
        Post inMethod = re(8, "11:20", ingrid, clMethod, "spend-based for year one, supplier-specific for the top "
                + "20 by spend. anything else is a year of emails");
        Post clParent = re(8, "11:45", clarissa, inMethod, "that's my instinct too, but the client's parent company "
                + "wants supplier data for all of them");
        Post inParent = re(8, "12:10", ingrid, clParent, "then they pay for the year of emails 😄");
        re(8, "12:20", clarissa, inParent, "ha. I'll put that in the proposal, in nicer words");
        say(9, "09:00", hAsk, felicity, "Net zero tip #11: switch off the compressor at weekends.");
        Post joBaseline = say(9, "10:00", hAsk, jonty, "Had a go at the carbon reduction plan. Stuck on the "
                + "'baseline year': should it be last year or the year before? Our 2029 was odd because of one big "
                + "job.");
        Post clHotel = say(9, "11:00", hLounge, clarissa, "Anyone going to the IEMA conference in March? Thinking of "
                + "splitting a hotel.");
        Post deHotel = re(9, "11:30", devinder, clHotel, "I am, but I've booked already. Ask Ingrid");
        Post inHotel = re(9, "11:45", ingrid, deHotel, "I'm in! twin room?");
        re(9, "12:00", clarissa, inHotel, "perfect, I'll book the Thursday night");
        Post osDm = say(10, "09:30", hDm, oscar, "Hi Clarissa, saw your post in #offer-your-services. Consultants "
                + "like you save 10 hours a report with CarbonLedger. 20-minute demo this week? The founding price "
                + "of £29/month ends 31 Jan: carbonledger.example/book-demo");
        Post clKickoff = say(10, "11:00", hLounge, clarissa, "Does anyone else charge for the kick-off call? I've "
                + "done three free ones this month and none of them turned into work");
        Post inKickoff = re(10, "11:20", ingrid, clKickoff, "I do 20 minutes free, then it's paid. It stopped the "
                + "tyre kickers");
        re(10, "11:40", clarissa, inKickoff, "20 minutes, that's sensible. I've been giving an hour");
        Post maTarget = say(10, "14:00", hAsk, marguerite, "The supermarket also asks whether we have a "
                + "'science-based target'. What is that, and do bakeries bother?");
        re(10, "15:00", clarissa, osDm, "Thanks, but I'm happy with my spreadsheets for now.");
        Post feBaseline = re(11, "09:30", felicity, joBaseline, "Use the most recent year that's typical. If 2029 "
                + "had a one-off big job, say so in a footnote and use 2030, that's allowed.");
        re(11, "09:50", jonty, feBaseline, "thank you! footnote it is");
        Post clMarket = say(11, "11:00", hLounge, clarissa, "Also, has anyone found a client-friendly way to explain "
                + "market-based against location-based electricity? My last client glazed over");
        Post deMarket = re(11, "11:30", devinder, clMarket, "I say: one is what your supplier sells you, the other "
                + "is what the grid actually burns. Then stop talking");
        re(11, "11:45", clarissa, deMarket, "perfect, that's going on a slide");
        re(11, "18:00", devinder, maTarget, "A science-based target is a reduction target in line with the science, "
                + "roughly 4% a year. Supermarkets love them, but for a firm your size there's a simple online "
                + "route for small firms. I'll show you next Wednesday.");
        Post joSolar = say(12, "09:00", hAsk, jonty, "Does anyone know if solar panels on our roof can count "
                + "towards the plan? We lease the building.");
        Post clSheet = say(12, "10:00", hLounge, clarissa, "Friday confession: I still use a spreadsheet I built in "
                + "2022 for everything");
        Post inSheet = re(12, "10:20", ingrid, clSheet, "same, mine has 41 tabs");
        re(12, "10:40", clarissa, inSheet, "41! you win");
        Post deSolar = re(14, "18:00", devinder, joSolar, "They can if the power is used on site, even in a leased "
                + "building, but you'll need the landlord's permission to fit them. Worth asking whether the "
                + "landlord will split the cost.");

        // W04
        Post joTariff = re(15, "09:00", jonty, deSolar, "Thanks Devinder, the landlord's interested! One more for "
                + "anyone: if we switch to a green tariff, can we count our electricity as zero?");
        Post clTariff = re(15, "09:30", clarissa, joTariff, "Under the market-based method yes, if the tariff is "
                + "backed by certificates; under location-based, no. Report both, tenders like to see both. In "
                + "plain words: one is what your supplier sells you, the other is what the grid actually burns.");
        re(15, "09:50", jonty, clTariff, "that's the clearest anyone's put it, thanks");
        say(16, "10:00", hAsk, felicity, "Net zero tip #13: check the tyre pressures on the vans, it's free fuel.");
        Post maDone = say(17, "16:00", hAsk, marguerite, "Session with Devinder done, footprint checked and sent to "
                + "the supermarket! @Devinder Sandhu thank you for making it painless. I've told two other bakers "
                + "in our network about you.");
        re(17, "16:20", devinder, maDone, "That's kind, thank you Marguerite. Well done for gathering everything so "
                + "quickly, it made it easy.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes98Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 98");
    }
}
