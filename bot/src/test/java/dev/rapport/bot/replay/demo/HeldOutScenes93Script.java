package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 93 (sealed): eight communities of life's big occasions, weddings, funerals, christenings and
 * milestone anniversaries, of kinds no earlier round used (independent funeral directors with a room where families
 * ask and a willow coffin maker among them, a widowed people's peer-support circle where nobody sells, a brides-to-be
 * group where nobody sells but a newcomer with a favours shop, event caterers and hog-roast operators with a room where
 * hosts ask, a photo booth hire firm's own server with its Staff and Customers, toastmasters and wedding MCs with a
 * room where couples and families ask and a speech-guide seller among them, christening gown makers and restorers with
 * a room where parents ask and a lace supplier whose fellow makers are her customers, a family planning its
 * grandparents' golden wedding party where nobody sells), over three ISO weeks (2030-W34 to W36), written and
 * labelled by writer93 (session 49) before any coach ran on them, with many borderline cases. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-93.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes93Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 8, 19);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 9, 9, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-93";
    private static final int BASE = 72400;

    // --- A. independent funeral directors with a room where families ask ---
    private final String funeral = cast.guild(1211);
    private final Channel fdTrade = cast.channel(funeral, "Independent Funeral Directors", "trade-talk",
            "funeral directors among ourselves: cases, regulations, the day job", "fd-trade-talk.json");
    private final Channel fdFamilies = cast.channel(funeral, "Independent Funeral Directors", "families-ask",
            "families and the public: ask anything about arranging a funeral, one of us will answer",
            "fd-families-ask.json");
    private final Channel fdSupply = cast.channel(funeral, "Independent Funeral Directors", "suppliers",
            "coffin, urn and vehicle suppliers welcome: ranges, prices, lead times", "fd-suppliers.json");
    private final Channel fdBack = cast.channel(funeral, "Independent Funeral Directors", "back-room",
            "tea, moans, anything else", "fd-back-room.json");
    private final Persona gwen = cast.person("gwen.pritchard", "Gwen Pritchard");
    private final Persona neil = cast.person("neil.cartwright", "Neil Cartwright");
    private final Persona rhodri = cast.person("rhodri.fd", "Rhodri Evans");
    private final Persona ayesha = cast.person("ayesha.willow", "Ayesha Kapoor");
    private final Persona martin = cast.person("martin.hughes", "Martin Hughes");
    private final Persona elaine = cast.person("elaine.fw", "Elaine Fairweather");
    private final Persona joanne = cast.person("joanne.kerr", "Joanne Kerr");

    // --- B. a widowed people's peer-support circle where nobody sells ---
    private final String widowed = cast.guild(1212);
    private final Channel wdIntro = cast.channel(widowed, "Still Here", "introductions",
            "new here? say hello, as much or as little as you like", "wd-introductions.json");
    private final Channel wdHard = cast.channel(widowed, "Still Here", "hard-days",
            "for the bad days and the long nights; someone will sit with you", "wd-hard-days.json");
    private final Channel wdPractical = cast.channel(widowed, "Still Here", "practical-stuff",
            "probate, bank accounts, pensions, forms: what worked for us", "wd-practical-stuff.json");
    private final Channel wdWins = cast.channel(widowed, "Still Here", "small-wins",
            "first trip to the shops, a night's sleep, a laugh: tell us", "wd-small-wins.json");
    private final Persona maureen = cast.person("maureen.b", "Maureen Benson");
    private final Persona dennis = cast.person("dennis.whitlock", "Dennis Whitlock");
    private final Persona lorraine = cast.person("lorraine.mackie", "Lorraine Mackie");
    private final Persona tariq = cast.person("tariq.h", "Tariq Hussain");
    private final Persona fiona = cast.person("fiona.galloway", "Fiona Galloway");
    private final Persona peter = cast.person("peter.lq", "Peter Lindqvist");
    private final Persona sian = cast.person("sian.prothero", "Sian Prothero");

    // --- C. a brides-to-be group where nobody sells ---
    private final String brides = cast.guild(1213);
    private final Channel brIntro = cast.channel(brides, "Engaged and Overwhelmed", "introductions",
            "say hi: your name, your date, your biggest worry", "br-introductions.json");
    private final Channel brHelp = cast.channel(brides, "Engaged and Overwhelmed", "planning-help",
            "stuck on something? ask the group", "br-planning-help.json");
    private final Channel brBudget = cast.channel(brides, "Engaged and Overwhelmed", "budget-talk",
            "what things really cost, savings we found, what we'd skip", "br-budget-talk.json");
    private final Channel brVent = cast.channel(brides, "Engaged and Overwhelmed", "vent-room",
            "mothers-in-law, seating plans, everything. no advice unless asked", "br-vent-room.json");
    private final Persona chloe = cast.person("chloe.bradshaw", "Chloe Bradshaw");
    private final Persona amara = cast.person("amara.o", "Amara Okafor");
    private final Persona hannah = cast.person("hannah.lindgren", "Hannah Lindgren");
    private final Persona leanne = cast.person("leanne.pryce", "Leanne Pryce");
    private final Persona natalie = cast.person("natalie.q", "Natalie Quinlan");
    private final Persona becky = cast.person("becky.favours", "Becky Lomas");
    private final Persona jess = cast.person("jess.thornbury", "Jess Thornbury");

    // --- D. event caterers and hog-roast operators with a room where hosts ask ---
    private final String catering = cast.guild(1214);
    private final Channel ctKitchen = cast.channel(catering, "Roast and Feast Caterers", "kitchen-talk",
            "caterers among ourselves: menus, kit, staffing, the season", "ct-kitchen-talk.json");
    private final Channel ctAsk = cast.channel(catering, "Roast and Feast Caterers", "hosts-ask",
            "planning a wedding, a party or a wake? ask the caterers here", "ct-hosts-ask.json");
    private final Channel ctKit = cast.channel(catering, "Roast and Feast Caterers", "kit-for-sale",
            "buy and sell used catering kit: chafers, gazebos, spit roasters", "ct-kit-for-sale.json");
    private final Channel ctBook = cast.channel(catering, "Roast and Feast Caterers", "bookings-board",
            "dates we can't cover, passed on to each other", "ct-bookings-board.json");
    private final Persona craig = cast.person("craig.hogroast", "Craig Dunmore");
    private final Persona sabrina = cast.person("sabrina.grazing", "Sabrina Costa");
    private final Persona liam = cast.person("liam.mobilebar", "Liam Fairclough");
    private final Persona oksana = cast.person("oksana.cooks", "Oksana Petrenko");
    private final Persona gillian = cast.person("gillian.a", "Gillian Ashdown");
    private final Persona raj = cast.person("raj.mehta", "Raj Mehta");
    private final Persona lorna = cast.person("lorna.brennan", "Lorna Brennan");

    // --- E. a photo booth hire firm's own server ---
    private final String booth = cast.guild(1215);
    private final Role sbStaff = cast.role("Staff", "#c2185b", 2);
    private final Role sbCustomer = cast.role("Customer", "#1976d2", 1);
    private final Channel sbNews = cast.channel(booth, "Snapshot Booth Co.", "announcements",
            "news, galleries and offers from Snapshot Booth Co.", "sb-announcements.json");
    private final Channel sbAsk = cast.channel(booth, "Snapshot Booth Co.", "ask-us",
            "questions about your booking: backdrops, props, timings. the team answers here", "sb-ask-us.json");
    private final Channel sbPhotos = cast.channel(booth, "Snapshot Booth Co.", "your-photos",
            "share your booth pictures from the big day", "sb-your-photos.json");
    private final Channel sbLounge = cast.channel(booth, "Snapshot Booth Co.", "lounge",
            "general chat for customers and the team", "sb-lounge.json");
    private final Persona kirsty = cast.person("kirsty.snapshot", "Kirsty Waddell", sbStaff);
    private final Persona jamal = cast.person("jamal.snapshot", "Jamal Khouri", sbStaff);
    private final Persona erin = cast.person("erin.snapshot", "Erin Kowal", sbStaff);
    private final Persona donna = cast.person("donna.fenwick", "Donna Fenwick", sbCustomer);
    private final Persona greg = cast.person("greg.harwood", "Greg Harwood", sbCustomer);
    private final Persona yasmin = cast.person("yasmin.aziz", "Yasmin Aziz", sbCustomer);
    private final Persona colin = cast.person("colin.ferris", "Colin Ferris", sbCustomer);

    // --- F. toastmasters and wedding MCs with a room where couples and families ask ---
    private final String toast = cast.guild(1216);
    private final Channel tmCraft = cast.channel(toast, "Toastmasters and MCs Guild", "craft-talk",
            "the job among ourselves: running orders, voice, difficult crowds", "tm-craft-talk.json");
    private final Channel tmBookers = cast.channel(toast, "Toastmasters and MCs Guild", "bookers-ask",
            "couples, families and venues: ask about speeches, running orders, hiring a toastmaster",
            "tm-bookers-ask.json");
    private final Channel tmCover = cast.channel(toast, "Toastmasters and MCs Guild", "cover-and-dates",
            "dates you can't do and cover needed, passed between members", "tm-cover-and-dates.json");
    private final Channel tmGreen = cast.channel(toast, "Toastmasters and MCs Guild", "green-room",
            "off duty", "tm-green-room.json");
    private final Persona gerald = cast.person("gerald.toastmaster", "Gerald Ashworth");
    private final Persona marcus = cast.person("marcus.mc", "Marcus Obi");
    private final Persona fenella = cast.person("fenella.speaks", "Fenella Drummond");
    private final Persona patrick = cast.person("patrick.leary", "Patrick Leary");
    private final Persona sophie = cast.person("sophie.tennant", "Sophie Tennant");
    private final Persona brian = cast.person("brian.tolley", "Brian Tolley");

    // --- G. christening gown makers and restorers with a room where parents ask ---
    private final String gowns = cast.guild(1217);
    private final Channel hgMakers = cast.channel(gowns, "Heirloom Gowns Circle", "makers-chat",
            "makers and restorers among ourselves", "hg-makers-chat.json");
    private final Channel hgParents = cast.channel(gowns, "Heirloom Gowns Circle", "parents-ask",
            "parents and grandparents: ask about christening gowns, sizes, restoring a family gown",
            "hg-parents-ask.json");
    private final Channel hgSupplies = cast.channel(gowns, "Heirloom Gowns Circle", "lace-and-supplies",
            "lace, silk and trims: suppliers and members' offers", "hg-lace-and-supplies.json");
    private final Channel hgShow = cast.channel(gowns, "Heirloom Gowns Circle", "show-and-tell",
            "finished gowns and restorations", "hg-show-and-tell.json");
    private final Persona margery = cast.person("margery.hollis", "Margery Hollis");
    private final Persona ines = cast.person("ines.gowns", "Ines Carvalho");
    private final Persona deirdre = cast.person("deirdre.lace", "Deirdre Conlon");
    private final Persona bethan = cast.person("bethan.lloyd", "Bethan Lloyd");
    private final Persona laura = cast.person("laura.whitcombe", "Laura Whitcombe");
    private final Persona sam = cast.person("sam.okoro", "Sam Okoro");

    // --- H. a family planning its grandparents' golden wedding party, where nobody sells ---
    private final String golden = cast.guild(1218);
    private final Channel gaPlan = cast.channel(golden, "Nana and Grandad's Golden 50th", "planning",
            "the party on Saturday 14 September: hall, food, timings", "ga-planning.json");
    private final Channel gaMem = cast.channel(golden, "Nana and Grandad's Golden 50th", "photos-and-memories",
            "old photos and stories for the slideshow, post them all here", "ga-photos-and-memories.json");
    private final Channel gaBring = cast.channel(golden, "Nana and Grandad's Golden 50th", "who-brings-what",
            "sign up for food, chairs and lifts", "ga-who-brings-what.json");
    private final Channel gaChat = cast.channel(golden, "Nana and Grandad's Golden 50th", "chat",
            "everything else", "ga-chat.json");
    private final Persona bridget = cast.person("bridget.reilly", "Bridget Reilly");
    private final Persona kevin = cast.person("kev.reilly", "Kevin Reilly");
    private final Persona chidi = cast.person("chidi.ok", "Chidi Okonkwo");
    private final Persona aoife = cast.person("aoife.r", "Aoife Reilly");
    private final Persona terence = cast.person("terence.reilly", "Terence Reilly");
    private final Persona niamh = cast.person("niamh.flowers", "Niamh Okonkwo");

    // --- direct messages ---
    private final Channel craigDm = cast.dm(craig, "dm-craig-dunmore.json");
    private final Channel beckyDm = cast.dm(becky, "dm-becky-lomas.json");

    HeldOutScenes93Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        funeralDirectors();
        widowedCircle();
        bridesToBe();
        caterers();
        photoBooth();
        toastmasters();
        christeningGowns();
        goldenWedding();
    }

    private void funeralDirectors() {
        // W34
        say(1, "08:40", fdTrade, gwen, "morning all. three this week and one of them a baby, so go gently on me if "
                + "I'm slow to answer anything");
        say(1, "08:55", fdTrade, rhodri, "sorry Gwen. shout if you need a hand with bearers, I've got two lads free "
                + "Thursday");
        say(1, "09:10", fdTrade, gwen, "thank you Rhodri, I might take you up on that");
        Post maQ = say(1, "19:30", fdFamilies, martin, "my mum died on Saturday in the hospice. I've never done "
                + "this before. what do I actually have to do first? I don't even know if I ring you or the council");
        Post gwA = re(1, "20:05", gwen, maQ, "I'm so sorry about your mum, Martin. First thing is the medical "
                + "certificate, the hospice will tell you when it's ready. Then you register the death with the "
                + "registrar (within 5 days in England). You can ring a funeral director any time, even before "
                + "that, and they'll bring her into their care. There's no rush to decide anything else tonight");
        re(1, "20:20", martin, gwA, "thank you. that helps more than you know");
        Post neA = re(1, "20:40", neil, maQ, "and the government's step by step is decent if you like a list: "
                + "gov.example/when-someone-dies");
        neA.react("🙏", martin);
        Post maQ2 = say(2, "10:15", fdFamilies, martin, "is it normal for quotes to vary so much? one place said "
                + "£4,800 and another £3,100 for what sounds like the same thing");
        Post neA2 = re(2, "10:50", neil, maQ2, "very normal sadly. ask each one for the standardised price list, "
                + "every funeral director has to publish one now, so you can compare like with like. look at what's "
                + "in the cremation fee and the doctor's fee line");
        re(2, "11:05", martin, neA2, "I didn't know that existed. asking now");
        say(2, "14:00", fdSupply, ayesha, "new season's willow and seagrass coffins are in, plus the cardboard "
                + "range for direct cremations. trade price list here: willowrest.example/trade");
        say(2, "14:30", fdTrade, neil, "anyone else had the crematorium change their slot lengths without telling "
                + "you? we're down to 30 min at Oakfield now");
        say(2, "14:40", fdTrade, rhodri, "same. families are furious and they blame us");
        Post maQ3 = say(4, "09:20", fdFamilies, martin, "sorry, one more. Mum wanted her ashes split between my "
                + "sister in Canada and the garden. can you send ashes abroad?");
        Post gwA3 = re(4, "09:45", gwen, maQ3, "you can, Martin. Royal Mail won't take them but specialist "
                + "couriers do, or your sister can carry them in hand luggage with the cremation certificate. ask "
                + "your funeral director for a smaller container for her share");
        re(4, "10:00", martin, gwA3, "that's a weight off. thank you Gwen");
        say(4, "16:00", fdBack, rhodri, "who took the last of the biscuits at the regional meeting, be honest");
        say(4, "16:05", fdBack, gwen, "it was Neil. it's always Neil");
        say(4, "16:06", fdBack, neil, "slander 🍪");
        say(6, "11:00", fdTrade, gwen, "the baby's service was this morning. balloons, not black. the parents "
                + "asked everyone to wear yellow");
        Post gw6 = say(6, "11:02", fdTrade, gwen, "I'm going to sit in the car for ten minutes");
        re(6, "11:20", rhodri, gw6, "take as long as you need. proud of you");
        gw6.react("❤️", neil, ayesha);
        // W35
        say(8, "09:00", fdTrade, neil, "quiet August. funerals well down on last year and I need a few more "
                + "families through the door or the new hearse payments start to bite");
        Post rhN = say(8, "09:20", fdTrade, rhodri, "summer's always slow. we're down too");
        re(8, "09:30", neil, rhN, "glad it's not just me. any of you do pre-paid plans direct?");
        say(8, "09:45", fdTrade, gwen, "through one of the big providers. the paperwork's awful but it evens out "
                + "the year");
        say(9, "09:10", fdTrade, neil, "anyone using the new digital registration? keen to try it");
        say(9, "09:30", fdTrade, ayesha, "two of my customers are. they say it saves a trip");
        say(9, "10:00", fdTrade, neil, "right, I'll ask the registrar's office about it");
        Post joQ = say(9, "21:10", fdFamilies, joanne, "what's a direct cremation and is it a bad thing to choose "
                + "it? Dad always said he didn't want any fuss but my aunt says it's disrespectful");
        Post elQ = say(10, "10:00", fdFamilies, elaine, "is a woodland burial possible near Shrewsbury? my dad "
                + "loved the forest more than anywhere. he's in the hospital and it won't be long");
        Post ayP = re(10, "10:30", ayesha, elQ, "our willow coffins are perfect for woodland burial, £495 delivered "
                + "anywhere in the Midlands, dm me and I'll get one reserved");
        Post gwE = re(10, "11:10", gwen, elQ, "I'm sorry, Elaine. Yes, there are two natural burial grounds within "
                + "half an hour of Shrewsbury. You can visit them before anything happens, they're used to that and "
                + "it can be a comfort to see the place. Any local funeral director can arrange it, or you can do "
                + "much of it yourselves");
        re(10, "11:40", elaine, gwE, "thank you Gwen. I think we'll go and walk round one this weekend");
        say(10, "15:00", fdTrade, neil, "registrar says digital is fine for us. anyone know if it works for "
                + "coroner cases?");
        say(10, "15:20", fdTrade, rhodri, "not yet, coroner cases still on paper");
        say(10, "15:25", fdTrade, neil, "typical. thanks");
        say(11, "12:00", fdBack, neil, "new hearse is in. she's beautiful and I'm terrified of scratching her");
        say(11, "12:10", fdBack, ayesha, "photos or it didn't happen");
        say(11, "12:12", fdBack, neil, "tomorrow, when she's polished");
        Post gwJ = re(11, "20:30", gwen, joQ, "Not a bad thing at all, Joanne. A direct cremation is just the "
                + "cremation without a service at the crematorium. Lots of families then hold their own gathering, "
                + "in a pub, a garden, wherever your dad would have liked. It's about what he wanted, and he told "
                + "you");
        re(11, "21:00", joanne, gwJ, "I've been crying reading this but in a good way. thank you. I'll show my "
                + "aunt");
        say(12, "10:00", fdBack, neil, "as promised, the new girl");
        say(12, "10:05", fdBack, rhodri, "stunning. don't let the apprentice near her");
        say(12, "14:00", fdTrade, neil, "anyone got a decent template for a family arrangement form? ours is "
                + "from 2009");
        Post rhT = say(12, "14:30", fdTrade, rhodri, "I'll send you mine. Gwen's is better though");
        re(12, "14:40", neil, rhT, "both then please!");
        say(14, "17:00", fdTrade, rhodri, "off on the embalming refresher all next week and no phone in the "
                + "theatre, back on the 2nd. Gwen's got my cover");
        // W36
        say(15, "09:00", fdSupply, ayesha, "seagrass now back in stock in all sizes, same trade prices: "
                + "willowrest.example/trade");
        say(16, "10:00", fdTrade, gwen, "@Rhodri Evans the Jenkins family asked whether you'd still "
                + "do the reading at the chapel on the 6th, is that ok with you?");
        Post neQ = say(16, "11:00", fdFamilies, elaine, "Dad died on Sunday, peacefully. we walked round the "
                + "burial ground last weekend and he'll go under the oaks. thank you for telling me it was possible");
        re(16, "11:30", gwen, neQ, "I'm so sorry, Elaine. Under the oaks sounds just right for him. Be gentle "
                + "with yourself this week");
        re(16, "12:00", neil, neQ, "sorry for your loss. if you need anyone local to help with the arranging I'm "
                + "in Ludlow and happy to talk it through, no obligation");
        neQ.react("❤️", ayesha, joanne);
        say(17, "10:00", fdTrade, neil, "Elaine's family rang me. doing her dad's burial next Thursday. what a "
                + "lovely family");
        say(17, "10:10", fdTrade, gwen, "good. look after them");
        Post joQ2 = say(18, "19:00", fdFamilies, joanne, "we had Dad's gathering at his allotment in the end. "
                + "beans everywhere. my aunt came round. would it be odd to keep some ashes for the allotment?");
        Post neJ = re(18, "19:40", neil, joQ2, "not odd at all. plenty of families keep a little back. just ask "
                + "the allotment committee before scattering, some sites have rules");
        re(18, "20:00", joanne, neJ, "will do, thank you");
        say(20, "16:00", fdBack, ayesha, "weekend! anyone doing the county show?");
        say(20, "16:10", fdBack, neil, "working. someone has to die on a Saturday");
        say(20, "16:12", fdBack, gwen, "Neil 😂 go home");
    }

    private void widowedCircle() {
        // W34
        say(1, "10:00", wdWins, maureen, "did the big shop on my own on Saturday. first time since Alan. bought his "
                + "biscuits out of habit and then just laughed in the aisle");
        say(1, "10:20", wdWins, lorraine, "that laugh counts Maureen. well done");
        say(1, "10:25", wdWins, sian, "the biscuits are allowed. I still buy Gareth's marmalade");
        Post peQ = say(2, "14:00", wdPractical, peter, "does anyone know if I have to tell the DVLA separately or "
                + "does Tell Us Once cover it?");
        Post maP = re(2, "14:30", maureen, peQ, "Tell Us Once did the DVLA for me, and the pension and the council "
                + "tax. the banks you do yourself");
        re(2, "14:45", peter, maP, "brilliant, one less phone call. thanks Maureen");
        say(3, "23:40", wdHard, dennis, "can't sleep again. the house is so loud when it's quiet");
        Post lo3 = say(3, "23:55", wdHard, lorraine, "I'm up too Dennis. the fridge hums louder at night, I swear");
        re(4, "00:10", dennis, lo3, "it does. thanks for being up");
        say(5, "09:00", wdWins, peter, "went back to the walking group. nobody made it weird. one lady just "
                + "linked arms with me for the hill");
        say(5, "09:30", wdWins, maureen, "that's lovely Peter");
        say(6, "20:00", wdHard, sian, "would have been our anniversary tomorrow. 22 years");
        say(6, "20:15", wdHard, maureen, "thinking of you tomorrow Sian. do something he'd have laughed at");
        say(6, "20:20", wdHard, peter, "sending love. the dates are the worst");
        // W35
        joins(8, "18:00", wdIntro, tariq);
        say(8, "18:05", wdIntro, tariq, "hi. my wife Samira died in June. my son found this group for me. I don't "
                + "really know what to say");
        say(8, "18:20", wdIntro, lorraine, "you don't have to say anything Tariq. welcome, I'm sorry about Samira");
        Post taQ = say(8, "18:40", wdPractical, tariq, "how do you deal with the bank? they keep writing to her "
                + "and I can't open the letters");
        Post loT = re(8, "19:00", lorraine, taQ, "ask for the bereavement team, not the normal line. they'll stop "
                + "the letters to her name. it took me one call with them and four with the normal line");
        re(8, "19:20", tariq, loT, "thank you Lorraine. I'll ring tomorrow");
        joins(9, "12:00", wdIntro, fiona);
        say(9, "12:05", wdIntro, fiona, "hello all. widowed four years now, Rob had a heart attack at 51. I write "
                + "about the messy bits of grief at fiona-writes.example, it helped me to write it down. glad to "
                + "have found a group");
        say(9, "12:30", wdIntro, maureen, "welcome Fiona. four years sounds a long way from where some of us are");
        say(8, "23:30", wdHard, dennis, "a week since the stone went up. I keep going to tell her about it");
        say(9, "23:10", wdHard, dennis, "found her reading glasses in the car today. just sat in the car park");
        say(9, "23:30", wdHard, lorraine, "oh Dennis. those little finds knock you flat");
        say(10, "07:00", wdHard, dennis, "up at 5 again. the birds don't care, do they");
        Post taQ2 = say(10, "19:00", wdPractical, tariq, "do I need probate if the house was in both our names?");
        Post maT = re(10, "19:40", maureen, taQ2, "if it was joint tenants it passes straight to you, no probate "
                + "for the house. your solicitor or the deeds will say. her own savings might still need it");
        re(10, "20:00", tariq, maT, "I'll look for the deeds. thank you");
        say(10, "23:50", wdHard, dennis, "47 years. I don't know how to cook for one");
        say(11, "00:20", wdHard, fiona, "batch and freeze, Dennis. and it's ok to have toast for tea some nights");
        say(11, "22:40", wdHard, dennis, "the neighbours mean well but if one more person says she's in a better "
                + "place");
        say(12, "19:10", wdPractical, tariq, "sorry, last one for now. the car insurance was in her name. am I "
                + "even insured to drive it?");
        Post liT = say(12, "19:30", wdPractical, lorraine, "ring them Tariq, most insurers keep cover for a "
                + "couple of weeks after a death. mine moved it to my name on the phone");
        re(12, "19:45", tariq, liT, "done, they were kind about it. thank you");
        say(12, "23:30", wdHard, dennis, "made a shepherd's pie. ate it standing up. progress I suppose");
        say(13, "09:00", wdHard, dennis, "her roses have gone mad. I don't know what she fed them");
        say(13, "23:15", wdHard, dennis, "her sister rang. we talked for an hour about the caravan holidays. "
                + "first time I've laughed about them");
        say(13, "23:40", wdHard, maureen, "that's a good phone call Dennis");
        say(14, "01:10", wdHard, dennis, "still awake. thinking about the caravan");
        say(14, "15:00", wdWins, peter, "off to my daughter's in Cork all next week, signal is terrible there so "
                + "I'll be quiet. be kind to yourselves");
        say(14, "23:20", wdHard, dennis, "Sunday nights are the worst. she always did the crossword on Sunday "
                + "nights");
        say(14, "23:35", wdHard, lorraine, "I do the crossword for Ken now. badly");
        // W36
        Post loP = say(16, "10:00", wdWins, lorraine, "@Peter Lindqvist did the walking group do the coast path in "
                + "the end? I'm thinking of joining one near me");
        Post siQ = say(16, "20:30", wdHard, sian, "how do you all get through Sunday evenings? that's when it "
                + "lands for me");
        re(16, "21:00", fiona, siQ, "Sunday evenings were mine too. I wrote about what slowly helped, a walk at 6, "
                + "a phone call booked with a friend, the radio on: fiona-writes.example/sunday-evenings. be gentle "
                + "with yourself, it does soften");
        Post taS = re(16, "21:20", tariq, siQ, "I've started ringing my brother on Sundays. Lorraine told me to "
                + "book the call in advance and it works");
        re(16, "21:40", sian, taS, "booking it is a good idea. thank you both");
        Post siP = say(17, "14:00", wdPractical, sian, "do you have to close a joint account or can you keep it "
                + "going?");
        re(17, "14:20", tariq, siP, "my bank let me keep ours and just took her name off, the bereavement team did "
                + "it in one call");
        say(18, "09:00", wdWins, tariq, "opened the letters. all of them. had a cup of tea after");
        say(18, "09:15", wdWins, maureen, "huge, Tariq");
        say(18, "09:20", wdWins, dennis, "well done lad");
        say(19, "23:00", wdHard, dennis, "went to the caravan site today. sat on our bench. it was all right "
                + "actually");
        say(19, "23:10", wdHard, sian, "that's brave Dennis");
        say(21, "11:00", wdWins, maureen, "grandson's christening today, I'm wearing Alan's favourite blue. he'd "
                + "have cried at the font");
    }

    private void bridesToBe() {
        // W34
        say(1, "19:00", brIntro, jess, "hi all, Jess, getting married 3 May next year in a barn near York. biggest "
                + "worry: my dad's speech");
        say(1, "19:20", brIntro, amara, "welcome Jess! barn weddings are gorgeous");
        Post chQ = say(2, "12:30", brHelp, chloe, "how far ahead did you all send save the dates? we're June 2031 "
                + "and my mum says now, my fiancé says January");
        Post haC = re(2, "13:00", hannah, chQ, "we did 9 months, but 12 if lots of people need to travel or book "
                + "time off");
        re(2, "13:10", chloe, haC, "half his family are in Lagos so 12 it is. thanks Hannah");
        Post amQ = say(2, "20:00", brBudget, amara, "@Hannah Lindgren you said your venue let you bring your own "
                + "drinks, did they charge corkage?");
        say(2, "21:30", brBudget, hannah, "Amara they charged £5 a bottle for wine but nothing for the fizz if we "
                + "poured it ourselves. still saved about £900");
        amQ.react("🙏", chloe);
        say(3, "21:00", brVent, leanne, "my mum has invited her entire Zumba class. I have never met these women");
        say(3, "21:05", brVent, jess, "the Zumba class will bring the best dancing though");
        say(3, "21:10", brVent, leanne, "that's what she said!! I'm outnumbered");
        Post leQ = say(4, "10:00", brHelp, leanne, "what did you do about kids? we said no kids and now my cousin "
                + "won't come");
        Post chL = re(4, "10:40", chloe, leQ, "we're allowing family kids only and saying it's a venue limit. half "
                + "true");
        re(4, "10:50", leanne, chL, "venue limit, I like it. thanks Chloe");
        Post chQ2 = say(4, "15:00", brBudget, chloe, "has anyone done their own flowers? supermarket buckets + a "
                + "YouTube tutorial, or is it a disaster waiting to happen");
        Post naC = re(4, "15:40", natalie, chQ2, "my sister did hers from the wholesale market the day before. "
                + "gorgeous but she was up till 2am. get helpers");
        re(4, "15:45", chloe, naC, "helpers and wine noted");
        say(6, "18:00", brBudget, jess, "found out the cake is cheaper if you call it a birthday cake. the wedding "
                + "tax is real");
        say(6, "18:10", brBudget, amara, "no way 😂");
        // W35
        joins(9, "09:00", brIntro, becky);
        say(9, "09:05", brIntro, becky, "hi lovelies! Becky here, I make personalised wedding favours and "
                + "little keepsake jars, check out my shop: favours.example/becky-lomas");
        say(9, "09:40", brIntro, chloe, "hi Becky, welcome!");
        Post chQ3 = say(9, "12:00", brHelp, chloe, "table plan question: do divorced parents go on the top table "
                + "or do you give them their own tables?");
        Post amC = re(9, "12:30", amara, chQ3, "we're doing a long top table for us and the bridal party only, "
                + "parents each host their own table. nobody has to sit next to anyone");
        re(9, "12:40", chloe, amC, "parents hosting their own tables is genius, thank you");
        say(10, "10:00", brHelp, becky, "check out my shop for favours, 10% off for brides in this group! "
                + "favours.example/becky-lomas");
        Post jeQ = say(10, "13:00", brHelp, jess, "how do I tell my dad gently that his speech can't be 25 "
                + "minutes");
        Post chJ = re(10, "13:30", chloe, jeQ, "give him a running order with times on it, so it's the schedule "
                + "saying 7 minutes, not you");
        re(10, "13:35", jess, chJ, "sneaky. love it");
        say(11, "11:00", brBudget, becky, "budget tip: favours don't need to cost loads, use code ENGAGED10 at "
                + "favours.example/becky-lomas");
        say(11, "11:30", brBudget, leanne, "we're skipping favours entirely tbh. nobody takes them home");
        say(11, "21:00", brVent, leanne, "my future mother-in-law wants to wear white. WHITE");
        say(11, "21:05", brVent, amara, "absolutely not");
        say(11, "21:10", brVent, hannah, "the audacity");
        at(12, "09:00").in(beckyDm).say(becky, "hey @Chloe Bradshaw! saw you're planning a June wedding, would "
                + "you follow my shop page and share it with your bridesmaids? favours.example/becky-lomas xx");
        Post haQ = say(12, "14:00", brHelp, hannah, "anyone done a weekday wedding? Thursday is half the price "
                + "at our place but I'm scared nobody will come");
        Post leH = re(12, "14:30", leanne, haQ, "my brother did a Friday, everyone came. people book leave for "
                + "weddings, give them a year's notice");
        re(12, "14:40", hannah, leH, "a year's notice, ok, Thursday is back on the table");
        say(13, "19:00", brVent, chloe, "photographer just moved our call for the third time. breathe");
        say(13, "19:10", brVent, natalie, "breathing with you");
        // W36
        Post jeQ2 = say(16, "10:00", brHelp, jess, "can anyone recommend a make-up artist near Leeds who does "
                + "trials? my sister's getting married first and needs one");
        Post naJ = re(16, "10:30", natalie, jeQ2, "I'm a make-up artist in Leeds actually! I do trials for £60 "
                + "and I'm free most weekday evenings, dm me if you'd like me for her");
        re(16, "10:50", jess, naJ, "didn't know that! passing your name on now");
        Post amQ2 = say(16, "20:00", brBudget, amara, "honest question, is a videographer worth it? it's £1,400 "
                + "and I'm torn");
        Post haA = re(16, "20:30", hannah, amQ2, "my cousin says it's the thing she'd keep if she could only keep "
                + "one. hearing the speeches again");
        Post chA = re(16, "20:40", chloe, amQ2, "we asked for a speeches-only package, £450. worth asking");
        re(16, "21:00", amara, chA, "didn't know that was a thing, asking tomorrow");
        haA.react("❤️", amara);
        say(17, "21:00", brVent, leanne, "my dad cried at the dress fitting and then asked how much it cost. "
                + "classic dad");
        say(17, "21:10", brVent, jess, "😂 the crying and the costing in one breath");
        say(18, "12:00", brHelp, chloe, "tip for anyone doing a plan: the free seating plan tool at "
                + "tableplanner.example lets you drag people around and prints place cards");
        say(18, "12:30", brHelp, hannah, "oh that's useful, thank you");
        say(19, "18:00", brIntro, jess, "dad's speech is down to 9 minutes. I'm calling it a win");
        say(20, "20:00", brBudget, amara, "booked the speeches-only video. thank you Chloe, saved me £950");
    }

    private void caterers() {
        // W34
        say(1, "08:30", ctKitchen, oksana, "three weddings this weekend and my second chef has covid. anyone got a "
                + "name for a day's cover?");
        Post saO = say(1, "08:50", ctKitchen, sabrina, "Oksana try Dom at the catering college, he did a day for "
                + "me in July and was great");
        re(1, "09:00", oksana, saO, "thank you, messaging him now");
        Post giQ = say(2, "11:00", ctAsk, gillian, "planning my dad's 80th, about 70 people in a village hall. "
                + "how many people does one pig actually feed?");
        Post crG = re(2, "11:40", craig, giQ, "a 50kg pig does 80-100 with rolls, so one's plenty for 70. ask the "
                + "hall about power first, most roasters want a 13 amp socket and somewhere outside to sit");
        re(2, "12:00", gillian, crG, "I'd never have thought of the power. thanks Craig");
        Post saG = re(2, "12:20", sabrina, giQ, "and have a veggie option ready, there's always more of them than "
                + "the RSVPs said");
        saG.react("👍", gillian);
        say(3, "10:00", ctKitchen, liam, "still got a few Saturdays free this summer for the mobile bar, dates "
                + "here: liamsbar.example/summer-dates");
        say(3, "10:04", ctAsk, liam, "planning a party? the mobile bar still has Saturdays free, dates here: "
                + "liamsbar.example/summer-dates");
        say(3, "10:08", ctBook, liam, "free Saturdays for the mobile bar if anyone's overbooked: "
                + "liamsbar.example/summer-dates");
        say(3, "14:00", ctKit, sabrina, "selling 4 stainless chafing dishes, used twice, £25 each or £90 the lot, "
                + "collect from Stockport");
        Post crS = say(3, "14:30", ctKit, craig, "@Sabrina Costa are the fuel holders included?");
        re(3, "15:00", sabrina, crS, "yes, and a box of gel cans");
        say(4, "09:00", ctBook, oksana, "can't do 31 Aug, a wedding of 120 in Macclesfield, buffet. anyone free? "
                + "the couple are lovely");
        Post crO = say(4, "09:30", ctBook, craig, "I'm free that day. send them my way");
        re(4, "09:40", oksana, crO, "sent. thank you Craig");
        say(5, "17:00", ctKitchen, liam, "two bar staff, a bar that fits in a hall, from £450 for the night. "
                + "still got Saturdays");
        say(5, "17:30", ctKitchen, craig, "gas prices are killing me this summer. anyone on a fixed deal?");
        say(5, "17:40", ctKitchen, oksana, "fixed till March. it helped");
        // W35
        Post giQ2 = say(8, "10:00", ctAsk, gillian, "how far ahead should I order the cake for a party of 70? "
                + "it's in five weeks");
        Post okG = re(8, "10:30", oksana, giQ2, "ring a baker this week, good ones book out 6-8 weeks in summer. "
                + "and tell them how many slices, not how many tiers");
        re(8, "10:40", gillian, okG, "ringing today. thanks Oksana");
        joins(10, "18:00", ctAsk, raj);
        Post raQ = say(10, "18:10", ctAsk, raj, "hello, our daughter's christening lunch is on 22 Sep, about 40 "
                + "of us, mostly family and some very old aunties. what food do people usually do for a christening?");
        Post saR = re(10, "18:40", sabrina, raQ, "congratulations! a cold buffet or sharing platters works well, "
                + "people mingle and the aunties can sit and be brought food. something soft for anyone with bad "
                + "teeth, and a cake to cut after the photos");
        re(10, "19:00", craig, raQ, "hog roast for 40 is £520 all in with rolls, stuffing and "
                + "apple sauce, dm me to book, dates going fast");
        re(10, "19:30", raj, saR, "sharing platters sounds right for us. thank you");
        at(11, "12:00").in(craigDm).say(craig, "hi @Raj Mehta, following up on the christening, I've still got "
                + "22 Sep free. £520 all in, want me to pencil you in?");
        at(11, "19:00").in(craigDm).say(raj, "thanks @Craig Dunmore, my aunt is doing a buffet in the end, but "
                + "thank you");
        say(12, "09:00", ctKitchen, oksana, "anyone tried the new compostable platters? the lids are flimsy");
        Post saK = say(12, "09:20", ctKitchen, sabrina, "I use the palm leaf ones, lids are separate but they "
                + "hold up");
        re(12, "09:30", oksana, saK, "palm leaf, ok, ordering a sample");
        say(13, "15:00", ctKitchen, craig, "spit motor died mid-wedding on Saturday. turned it by hand for an "
                + "hour. arms gone");
        say(13, "15:10", ctKitchen, liam, "legend");
        say(13, "15:20", ctKit, craig, "wanted: spare spit motor for a Hog Master 80, anyone got one lying about?");
        Post liK = say(13, "16:00", ctKit, liam, "@Craig Dunmore I've got one off my old roaster, yours for £40");
        re(13, "16:20", craig, liK, "deal, I'll collect Thursday");
        // W36
        say(15, "10:00", ctAsk, lorna, "Oksana did our wedding last year and it was perfect, I've told my cousin "
                + "about her for hers");
        Post loQ = say(15, "10:05", ctAsk, lorna, "@Oksana Petrenko my uncle died on Friday and we need food for "
                + "about 30 after the funeral next Friday at his house. do you do small wakes at short notice?");
        say(16, "09:00", ctKitchen, oksana, "who's going to the trade show in Birmingham? thinking of a stand "
                + "next year");
        say(16, "09:20", ctKitchen, sabrina, "me, Tuesday. let's get a coffee");
        say(16, "09:25", ctKitchen, oksana, "yes! Tuesday it is");
        Post giQ3 = say(16, "14:00", ctAsk, gillian, "last question I promise. the party's on 14 Sep, is it too "
                + "late to change from buffet to sit-down for 70?");
        Post okG3 = re(16, "14:40", oksana, giQ3, "not too late, but sit-down for 70 needs more staff and "
                + "tables laid, so ask your caterer now. happy to quote if you're stuck, I've got that date free");
        re(16, "15:00", gillian, okG3, "sent you a message Oksana, thank you!");
        say(17, "11:00", ctKitchen, oksana, "new menu cards done for the autumn, very pleased with the squash "
                + "and sage");
        say(17, "11:10", ctKitchen, craig, "looks great");
        Post saL = re(17, "15:00", sabrina, loQ, "I'm so sorry about your uncle, Lorna. I do small wakes, "
                + "sandwiches, quiche, cake, tea urn, and Friday's free. if Oksana can't, message me and we'll sort "
                + "something gentle");
        re(17, "15:30", lorna, saL, "thank you Sabrina, that's really kind. I'll message you tonight");
        say(18, "10:00", ctKitchen, oksana, "anyone selling a second oven for a van? mine's on its last legs");
        say(18, "10:30", ctKitchen, craig, "ask in kit-for-sale, Liam had one in spring");
        say(19, "13:00", ctBook, craig, "can't do 5 Oct anymore, a 60th in Buxton, hog roast wanted. anyone?");
        say(19, "13:30", ctBook, liam, "I'll mention it to the hog roast lad I share a unit with");
        say(20, "17:00", ctAsk, gillian, "the hall is booked, the sit-down is booked, Dad has no idea. thank you "
                + "all");
    }

    private void photoBooth() {
        // W34
        say(1, "09:00", sbNews, kirsty, "weekend galleries are up! Donna's 40th: gallery.example/snapshot/donna40, "
                + "the Patel-Hughes wedding: gallery.example/snapshot/patel-hughes");
        say(1, "09:30", sbPhotos, donna, "the feather boas were a mistake and I regret nothing. best 40th ever");
        Post doP = say(1, "09:35", sbPhotos, donna, "I've told all the girls from work about you, two of them "
                + "have weddings next year");
        re(1, "10:00", kirsty, doP, "Donna that means the world, thank you! the boa strip with your mum is our "
                + "favourite of the summer");
        Post yaQ = say(2, "11:00", sbAsk, yasmin, "hi, we're booked for Leo's christening on 7 Sep. is the booth "
                + "ok indoors in a church hall with low ceilings?");
        say(2, "11:25", sbAsk, jamal, "Yasmin it needs 2.1m, most church halls are fine. if the ceiling's low we "
                + "bring the open-air setup instead, no roof at all");
        yaQ.react("👍", kirsty);
        say(2, "11:40", sbAsk, yasmin, "perfect, it's about 3m. thank you Jamal");
        say(2, "12:00", sbLounge, kirsty, "Donna's gallery has had 300 views already. the boas were a hit");
        say(3, "10:00", sbNews, kirsty, "new backdrop: pale sage with dried flowers, free upgrade for September "
                + "christenings and naming days. see it at snapshotbooth.example/sage");
        say(3, "10:30", sbLounge, erin, "who's doing the Hendersons' wedding Saturday, me or Jamal?");
        say(3, "10:40", sbLounge, jamal, "you, I'm on the 40th in Bury");
        say(3, "10:41", sbLounge, erin, "👍");
        Post coQ = say(4, "14:00", sbAsk, colin, "my wife and I have our golden wedding in October. is a photo "
                + "booth daft for people our age?");
        Post kiC = re(4, "14:30", kirsty, coQ, "not daft at all Colin! our oldest booth star was 96. we can do "
                + "a gold backdrop and print a '50 years' strip. grandchildren love dragging grandparents in");
        re(4, "15:00", colin, kiC, "sold. my wife will pretend to hate it");
        say(5, "09:00", sbNews, kirsty, "last weekend's wedding gallery: gallery.example/snapshot/hendersons");
        say(5, "10:00", sbLounge, kirsty, "team, the new sage backdrop smells faintly of hay. is that just me");
        say(5, "10:05", sbLounge, erin, "it's the dried flowers. it's lovely");
        say(6, "16:00", sbNews, kirsty, "October dates filling fast, book at snapshotbooth.example/book");
        say(7, "19:00", sbPhotos, colin, "a practice run at our grandson's birthday, I'm told I'm a natural");
        say(7, "19:10", sbPhotos, kirsty, "Colin you ARE a natural");
        say(7, "19:15", sbLounge, kirsty, "lovely busy week, thank you both");
        // W35
        Post grQ = say(8, "10:00", sbAsk, greg, "@Erin Kowal can we swap to the gold sequin backdrop for the 14th? "
                + "my fiancée changed the colour scheme again");
        say(8, "12:00", sbLounge, erin, "anyone seen the spare ring light? it's not in the van");
        say(8, "12:10", sbLounge, jamal, "in the office cupboard");
        say(9, "09:00", sbLounge, erin, "ring light found. who leaves a ring light in a cupboard");
        say(9, "09:10", sbNews, kirsty, "christening gallery from Sunday: gallery.example/snapshot/leo");
        say(9, "11:00", sbPhotos, yasmin, "Leo slept through the booth and the aunties went wild. thank you "
                + "all");
        say(9, "11:10", sbPhotos, jamal, "the aunties in the viking helmets made my year");
        Post grQ2 = say(10, "09:30", sbAsk, greg, "@Erin Kowal sorry to chase, just need to know about the gold "
                + "backdrop so I can tell the florist");
        say(10, "11:00", sbLounge, erin, "van's booked in for its MOT on Friday so we'll use the small one");
        Post jaG = re(10, "18:00", jamal, grQ2, "Greg sorry for the wait! the gold sequin is free on the 14th, "
                + "I've swapped it on your booking");
        re(10, "18:20", greg, jaG, "brilliant, thanks Jamal");
        say(11, "14:00", sbLounge, erin, "props box needs new moustaches, we're down to three");
        say(11, "14:10", sbLounge, kirsty, "order a hundred, they walk off at every wedding");
        grQ.react("👀", kirsty);
        say(12, "10:00", sbNews, kirsty, "reminder: props and backdrop choices lock 7 days before your date");
        Post doQ = say(13, "20:00", sbAsk, donna, "my friend Ruth wants one for her wedding in May, can she book "
                + "through me or does she need to go on the website?");
        say(14, "09:00", sbAsk, jamal, "Donna she can book on the website or just message us here, and thank you "
                + "for sending her!");
        doQ.react("❤️", kirsty);
        // W36
        say(15, "09:00", sbNews, kirsty, "gallery from Greg and Priya's wedding: gallery.example/snapshot/harwood");
        say(15, "10:00", sbPhotos, greg, "the gold sequin was the right call. my fiancée, now my wife, agrees");
        say(15, "10:20", sbPhotos, erin, "it was a lovely wedding, your nan's dance moves!");
        Post coQ2 = say(16, "11:00", sbAsk, colin, "@Erin Kowal what time would you need to get in to set up at "
                + "the cricket club on 12 Oct?");
        Post erC = re(16, "11:30", erin, coQ2, "Colin an hour before, so 6pm if the party starts at 7. I'll ring "
                + "the club about parking");
        re(16, "11:45", colin, erC, "6pm, noted. thank you");
        say(17, "09:00", sbLounge, jamal, "moustaches arrived. 100 of them. we are rich in moustaches");
        say(17, "09:10", sbLounge, erin, "😂");
        say(18, "15:00", sbAsk, yasmin, "can we buy an extra print of one strip? the one with Grandma and the "
                + "tiara");
        say(18, "15:30", sbAsk, jamal, "Yasmin yes, £3 a print, I'll post it this week. that strip is gorgeous");
    }

    private void toastmasters() {
        // W34
        say(1, "10:00", tmCraft, gerald, "thirty-one years in the red coat and a bride's grandmother still asked "
                + "me on Saturday if I was the butler");
        say(1, "10:10", tmCraft, marcus, "you do have a butler's bearing Gerald");
        say(1, "10:12", tmCraft, fenella, "take it as a compliment 😂");
        Post brQ = say(2, "15:00", tmBookers, brian, "we're throwing a ruby anniversary for my parents, 80 "
                + "guests. do we need a toastmaster or is that over the top for a 40th?");
        say(2, "15:40", tmBookers, marcus, "Brian not over the top if there are speeches, a cake cut and a first "
                + "dance to keep on time. if it's just food and a disco, a confident family member can do it");
        Post brQ2 = say(2, "16:00", tmBookers, brian, "@Marcus Obi speeches and a dance, yes. what would you "
                + "charge for a 3 hour evening?");
        re(2, "16:30", marcus, brQ2, "for a 3 hour evening I'm £350, including a chat beforehand to plan the "
                + "running order. happy to talk it over whenever suits");
        say(2, "16:45", tmBookers, brian, "thanks, I'll talk to my sister and come back to you");
        joins(3, "09:00", tmCraft, patrick);
        say(3, "09:05", tmCraft, patrick, "hi all, Patrick, just finished my MC course, first wedding booked for "
                + "October. terrified and excited");
        say(3, "09:20", tmCraft, gerald, "welcome Patrick. terrified is right, it means you care");
        say(4, "11:00", tmCover, gerald, "can't do 20 Sep, a golden wedding in Harrogate. anyone free? lovely "
                + "family, 60 guests");
        Post maG = say(4, "11:30", tmCover, marcus, "@Gerald Ashworth I'm free, send them over");
        re(4, "11:40", gerald, maG, "done, thank you Marcus");
        say(5, "19:00", tmGreen, fenella, "did a memorial celebration today, a man's 70th that became his "
                + "wake. they still had the cake. we cut it for him");
        say(5, "19:10", tmGreen, gerald, "those are the ones you remember");
        say(5, "19:15", tmGreen, marcus, "what a thing to carry off. well done");
        // W35
        Post paQ = say(8, "10:00", tmCraft, patrick, "how do you handle a best man who's clearly had too much "
                + "before the speeches?");
        Post geP = re(8, "10:30", gerald, paQ, "move him up the running order, before the main course, and have a "
                + "quiet word with the usher to get a pint of water in him. never take the mic off him in public");
        re(8, "10:40", patrick, geP, "thanks Gerald");
        Post soQ = say(9, "13:00", tmBookers, sophie, "any tips for a father of the bride speech? my dad is "
                + "terrified and keeps writing 20 pages");
        Post feS = re(9, "13:30", fenella, soQ, "keep it to 5-7 minutes: one story about her as a child, one "
                + "about the couple, a welcome to the new family, a toast. my guide covers it all step by step, "
                + "£12 at fenella-speaks.example/guide");
        Post geS = re(9, "13:45", gerald, soQ, "and have him practise it out loud to someone, twice. a speech "
                + "on paper always runs longer than he thinks");
        re(9, "14:00", sophie, geS, "out loud twice, I'll make him. thank you both");
        feS.react("👍", sophie);
        say(10, "09:00", tmCraft, fenella, "my speech guide is 20% off this week for your couples, do pass it "
                + "on: fenella-speaks.example/guide");
        Post paQ2 = say(10, "11:00", tmCraft, patrick, "what mic setup do you use? venues always give me a "
                + "rubbish one");
        Post geP2 = re(10, "11:30", gerald, paQ2, "my own radio mic and a small speaker in the car boot. never "
                + "trust a venue's mic. the one I use is about £180 second hand");
        re(10, "11:40", patrick, geP2, "cheers");
        say(10, "15:00", tmGreen, marcus, "first wedding back since my knee op. danced at the end. regret it");
        say(10, "15:10", tmGreen, gerald, "ice and a brandy, Marcus");
        Post paQ3 = say(12, "09:30", tmCraft, patrick, "do you give the couple a written running order or just "
                + "talk it through?");
        Post geP3 = re(12, "10:00", gerald, paQ3, "written, one page, times on it, and a copy for the venue "
                + "manager. then nobody argues on the day");
        re(12, "10:10", patrick, geP3, "thank you");
        Post geQ = say(12, "16:00", tmCover, gerald, "@Patrick Leary any chance you could cover a small ruby "
                + "anniversary on Saturday 21 Sep? I've double booked myself and it'd be a good first one for "
                + "you");
        say(12, "19:00", tmGreen, fenella, "sold 40 copies of my speech guide this month! I'm thrilled");
        say(12, "19:10", tmGreen, marcus, "nice one Fenella");
        say(13, "20:00", tmGreen, patrick, "watching old wedding speeches on youtube for research. some of these "
                + "best men should be arrested");
        say(13, "20:10", tmGreen, marcus, "😂 the ones that go viral are all warnings");
        say(14, "12:00", tmBookers, brian, "we'd like to book you for Mum and Dad's ruby, Marcus! 12 Oct");
        say(14, "12:30", tmBookers, marcus, "Brian that's wonderful, I'll message you to go through it");
        // W36
        re(16, "09:00", patrick, geQ, "sorry Gerald, only just seen this! yes please if it's still going");
        say(16, "09:30", tmCover, gerald, "Marcus took it in the end, but I'll keep you in mind");
        Post soQ2 = say(16, "18:00", tmBookers, sophie, "Dad did the speech tonight at the rehearsal dinner, 6 "
                + "minutes, everyone cried. what do we do if the microphone fails on the day?");
        re(16, "18:30", marcus, soQ2, "carry on without it! ask your toastmaster to have a spare, and if all "
                + "else fails he stands on a chair. people love it");
        re(16, "18:40", patrick, soQ2, "and seat the older guests nearest the top table, it helps if the mic "
                + "dies");
        say(17, "10:00", tmCraft, fenella, "anyone done a humanist naming day? asked to host one in October");
        say(17, "10:30", tmCraft, gerald, "did one last spring. lovely, very relaxed, the celebrant leads and "
                + "you keep time around it");
        say(18, "11:00", tmCraft, patrick, "running order for my first wedding done, one page, times on. thanks "
                + "Gerald for that tip");
        say(19, "17:00", tmGreen, gerald, "golden wedding in Ilkley tonight, the couple danced to the song they "
                + "danced to in 1980. not a dry eye");
    }

    private void christeningGowns() {
        // W34
        say(1, "10:00", hgMakers, margery, "restoring a 1912 gown this week, silk lawn, rust spots from a pin "
                + "someone left in it in 1950. I could weep");
        say(1, "10:20", hgMakers, bethan, "the pin crimes of the past. go slow Margery");
        Post inQ = say(2, "09:00", hgMakers, ines, "what's everyone using to starch antique lace? rice starch or "
                + "the spray?");
        Post deI = re(2, "09:30", deirdre, inQ, "rice starch, mixed thin, never the spray on anything old, it "
                + "yellows");
        re(2, "09:40", ines, deI, "rice starch it is, thank you Deirdre");
        Post laQ = say(3, "20:00", hgParents, laura, "I have my grandmother's christening gown from 1948. it has "
                + "yellowed and there's a small tear at the hem. can it be saved for my son's christening in "
                + "November?");
        Post maL = re(3, "20:40", margery, laQ, "almost certainly, Laura. yellowing on cotton usually comes out "
                + "with a long gentle soak, and a small hem tear is an easy repair. don't wash it yourself in "
                + "the machine, and keep it out of plastic");
        Post laQ2 = re(3, "21:00", laura, maL, "that's such a relief. how much would a restoration like that "
                + "cost roughly, and could you do it?");
        re(3, "21:30", margery, laQ2, "for a soak and a small repair I'd charge about £90. I could have it back "
                + "to you by mid October, message me and we'll arrange posting");
        say(4, "10:00", hgSupplies, deirdre, "new stock of French Chantilly edging, 3 widths, and silk satin "
                + "ribbon in ivory and oyster. members' prices at conlonlace.example/new");
        say(4, "14:00", hgShow, bethan, "finished! a gown for my niece, made from her mum's wedding dress");
        say(4, "14:10", hgShow, ines, "Bethan that's stunning, the bodice lace reused as the yoke 😍");
        say(4, "14:15", hgShow, deirdre, "beautiful work");
        Post saQ = say(6, "11:00", hgParents, sam, "what size christening gown for a baby who'll be 9 months? "
                + "everything online seems to be newborn");
        Post beS = re(6, "11:30", bethan, saQ, "most heirloom gowns are generous, but for 9 months look for a 6-12 "
                + "month size with a chest of about 50cm. a shorter christening romper is also lovely for "
                + "crawlers");
        re(6, "11:45", sam, beS, "50cm, perfect, thanks Bethan");
        // W35
        say(8, "09:00", hgMakers, deirdre, "how's everyone finding the silk prices this year? mine are up 20% from "
                + "the mill");
        say(8, "09:20", hgMakers, ines, "I've noticed. I'm using more cotton lawn");
        say(8, "09:30", hgMakers, deirdre, "I'll try to keep the lawn price where it is for you all");
        Post beQ = say(9, "10:00", hgMakers, bethan, "@Deirdre Conlon do you have any of the narrow Valenciennes "
                + "insertion left? I need 4 metres");
        re(9, "10:20", deirdre, beQ, "I've 6m left of the 1cm. I'll put 4 aside for you, same price as last time");
        say(9, "14:00", hgMakers, margery, "Laura's 1948 gown arrived. the tear is worse than she thought but "
                + "it'll come good");
        Post deM = say(10, "09:00", hgMakers, deirdre, "@Margery Hollis if you need matching cotton for that "
                + "tear I've got some 1940s stock, happy to send a scrap for nothing");
        re(10, "09:30", margery, deM, "oh Deirdre, yes please. that's kind");
        say(10, "16:00", hgMakers, deirdre, "sent. it's in the post");
        say(11, "10:00", hgMakers, ines, "pattern question: who puts the opening at the back and who does side "
                + "ties? mothers hate back buttons on a wriggly baby");
        say(11, "10:20", hgMakers, deirdre, "side ties every time, my customers say the same");
        say(11, "10:30", hgMakers, bethan, "side ties. learned the hard way");
        say(11, "10:40", hgMakers, deirdre, "@Ines Carvalho if you're trying side ties I can cut some of the "
                + "ivory satin to length for your samples");
        say(12, "09:00", hgSupplies, deirdre, "restock of the 1cm Valenciennes due next week, I'll shout when it "
                + "lands");
        Post laQ3 = say(12, "20:00", hgParents, laura, "is it normal to feel emotional about a gown? my gran died "
                + "in March and this feels like she's coming to the christening");
        Post maL3 = re(12, "20:30", margery, laQ3, "completely normal. it's the reason we do this. she will be "
                + "there, in every stitch she kept safe for you");
        Post deL = re(12, "21:00", deirdre, laQ3, "it's a lovely way to have her there");
        re(12, "21:10", laura, maL3, "🥹 thank you");
        deL.react("❤️", laura);
        say(13, "11:00", hgMakers, deirdre, "good week everyone, thanks for the orders");
        say(13, "11:10", hgMakers, bethan, "thanks for the scraps and the advice as always");
        // W36
        say(17, "09:00", hgMakers, ines, "new patterns up: gallery.example/ines/lily-gown");
        say(17, "09:01", hgMakers, ines, "gallery.example/ines/rose-bonnet");
        say(17, "09:03", hgMakers, ines, "gallery.example/ines/heirloom-romper");
        say(17, "09:05", hgMakers, ines, "gallery.example/ines/christening-cape");
        say(17, "10:00", hgMakers, bethan, "the cape is gorgeous Ines");
        Post saQ2 = say(18, "14:00", hgParents, sam, "can a christening gown be worn for a naming day instead? we're "
                + "not religious but it's the family gown");
        Post inS = re(18, "14:30", ines, saQ2, "of course! a gown is a family thing, not a church thing. lots of "
                + "families use them for naming days");
        re(18, "14:40", sam, inS, "that settles a family argument, thank you");
        say(19, "16:00", hgShow, margery, "Laura's gown, before and after. 1948 and ready for its fourth baby");
        say(19, "16:30", hgShow, laura, "I cried when I opened the box. thank you Margery, my gran would be so "
                + "happy");
        say(19, "16:40", hgShow, bethan, "the hem repair is invisible. magic");
        say(20, "10:00", hgSupplies, deirdre, "the Valenciennes is in: conlonlace.example/valenciennes");
    }

    private void goldenWedding() {
        // W34
        say(1, "19:00", gaPlan, bridget, "right everyone, Nana and Grandad's 50th: Saturday 14 Sep, St Anne's "
                + "hall, 2pm till late. they think it's a quiet lunch at Kevin's. DO NOT TELL NANA");
        say(1, "19:10", gaPlan, aoife, "my lips are sealed 🤐");
        Post brK = say(1, "19:20", gaPlan, bridget, "@Kevin Reilly can you confirm you paid the hall deposit? "
                + "the lady from the parish rang me");
        say(2, "08:15", gaPlan, kevin, "paid Friday Bridge, sorry, should've said. receipt's in my email");
        brK.react("👍", aoife);
        say(2, "12:00", gaPlan, niamh, "I'll do the table flowers. gold and white, all at cost, about £80 for the "
                + "lot and I'll do them the morning of");
        say(2, "12:20", gaPlan, bridget, "Niamh you're a star, yes please");
        say(3, "20:00", gaMem, terence, "found the box of slides in Mam's attic. scanning them this week. there's "
                + "one of the wedding car with a goat in it and I need to know why");
        say(3, "20:15", gaMem, chidi, "the goat needs to be in the slideshow");
        Post aoQ = say(4, "18:00", gaBring, aoife, "who's doing what food? I'll do the trifle. can someone put "
                + "their name down for sandwiches?");
        re(4, "18:30", chidi, aoQ, "Niamh and I will do sandwiches and sausage rolls");
        re(4, "18:45", kevin, aoQ, "I'll bring the urns and the folding chairs from the club");
        say(5, "21:00", gaChat, terence, "Grandad rang to ask if I knew what was happening on the 14th. I said "
                + "golf. he believed me");
        say(5, "21:05", gaChat, aoife, "Uncle Terence you don't play golf");
        say(5, "21:06", gaChat, terence, "he doesn't know that");
        // W35
        say(8, "20:00", gaMem, terence, "first batch of slides, 1974: photos.example/reilly/1974-wedding");
        say(8, "20:02", gaMem, terence, "the honeymoon in Bundoran: photos.example/reilly/bundoran");
        say(8, "20:04", gaMem, terence, "the goat: photos.example/reilly/goat");
        say(8, "20:06", gaMem, terence, "Kevin's christening 1976: photos.example/reilly/kevin-christening");
        say(8, "20:30", gaMem, aoife, "NANA'S HAIR. these are incredible");
        say(8, "20:40", gaMem, kevin, "I'd like the christening one taken down please");
        say(8, "20:45", gaMem, terence, "absolutely not");
        Post chQ = say(9, "19:00", gaPlan, chidi, "who's picking Nana and Grandad up and how do we get them to the "
                + "hall without them guessing?");
        Post brC = re(9, "19:30", bridget, chQ, "Kevin collects them for 'lunch', says he's forgotten something at "
                + "the hall on the way. classic");
        re(9, "19:40", chidi, brC, "perfect. I'll be on the door with the phone to warn everyone");
        say(10, "20:00", gaMem, terence, "the 80s: photos.example/reilly/1980s. the perm years");
        say(10, "20:10", gaMem, terence, "and the caravan in Tramore: photos.example/reilly/tramore");
        say(10, "20:30", gaMem, bridget, "the perm years 😂 Mam will kill you");
        Post teQ = say(11, "19:00", gaMem, terence, "does anyone know who the man in the brown suit is at the "
                + "wedding? he's in every photo");
        re(11, "19:20", kevin, teQ, "that's Grandad's cousin Dessie from Athlone. he came uninvited and stayed "
                + "a week");
        say(11, "19:30", gaMem, terence, "legend. he's going in the slideshow twice");
        say(12, "20:00", gaMem, terence, "last lot, the 90s and the grandkids: photos.example/reilly/1990s");
        say(12, "20:05", gaBring, niamh, "flowers ordered, gold roses and white gypsophila. £76 in the end");
        say(12, "20:10", gaBring, bridget, "thank you Niamh, I'll send you the money tonight");
        say(13, "21:00", gaChat, aoife, "Nana asked me what I'm wearing to 'the lunch'. panicked and said jeans");
        say(13, "21:05", gaChat, chidi, "now you have to wear jeans");
        say(14, "11:00", gaMem, terence, "slideshow draft done: photos.example/reilly/slideshow-draft. 14 "
                + "minutes, the goat gets its own music");
        // W36
        say(15, "10:00", gaMem, bridget, "Terence it's beautiful. I cried at the caravan");
        say(15, "10:30", gaMem, kevin, "still objecting to the christening photo");
        Post brQ = say(16, "19:00", gaPlan, bridget, "final numbers: 84 coming. @Aoife Reilly can you do the "
                + "seating plan? you're the only one with patience");
        re(16, "19:30", aoife, brQ, "on it! Nana and Grandad in the middle, Dessie's family near the bar");
        say(17, "18:00", gaBring, chidi, "sandwich count for 84: 170 rounds, that's 15 loaves. god help us");
        say(17, "18:10", gaBring, aoife, "I'll help butter");
        say(19, "20:00", gaChat, kevin, "Grandad asked me if he needed a tie for the lunch. told him yes, the "
                + "good one");
        say(19, "20:05", gaChat, terence, "he'll suspect nothing");
        say(21, "22:00", gaChat, aoife, "ONE WEEK TO GO 🎉");
    }

    static Map<String, String> files() {
        return new HeldOutScenes93Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 93");
    }
}
