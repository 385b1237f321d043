package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 70 (sealed): eight communities of beauty, wellbeing and the body, of kinds no earlier round used
 * (lash and brow artists with a room where clients ask, hairdressers renting chairs with a chairs-to-let room, a
 * reflexology clinic's own server with its Staff, a menopause peer-support circle where nobody sells, dietitians with
 * a room where the public ask and a reading room, baby sleep consultants with a night-log room for parents, body
 * piercers with an aftercare room and a jewellery swap, wig makers with a room where people with hair loss ask), over
 * three ISO weeks (2028-W43 to W45), written and labelled by writer70 (session 40) before any coach ran on them. The
 * labels are in {@code bot/src/test/resources/eval/held-out-scenes-70.csv}. Run {@link #main} from the project root
 * to write the export again.
 */
final class HeldOutScenes70Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 10, 23);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 11, 13, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-70";
    private static final int BASE = 54000;

    // --- A. lash and brow artists ---
    private final String lash = cast.guild(981);
    private final Channel laBench = cast.channel(lash, "Lift & Tint Guild", "tech-bench",
            "for lash and brow techs among ourselves: glue, mapping, pricing, moans", "la-tech-bench.json");
    private final Channel laAsk = cast.channel(lash, "Lift & Tint Guild", "ask-the-techs",
            "clients and the curious: ask the lash and brow techs about lifts, tints, patch tests and aftercare",
            "la-ask-the-techs.json");
    private final Channel laHello = cast.channel(lash, "Lift & Tint Guild", "say-hello",
            "new here? introduce yourself", "la-say-hello.json");
    private final Channel laSets = cast.channel(lash, "Lift & Tint Guild", "your-sets",
            "show your own finished sets and brows, one set per post", "la-your-sets.json");
    private final Persona sadia = cast.person("sadia.lashes", "Sadia Hussain");
    private final Persona chloe = cast.person("chloe.brows", "Chloé Martin");
    private final Persona bukola = cast.person("bukola.lash", "Bukola Adeyemi");
    private final Persona tamsin = cast.person("tamsin.r", "Tamsin Rees");
    private final Persona keiko = cast.person("keiko.s", "Keiko Sato");
    private final Persona viktor = cast.person("viktor.supply", "Viktor Hale");
    private final Persona mirela = cast.person("mirela.p", "Mirela Popa");
    private final Persona yasmin = cast.person("yasmin.h", "Yasmin Haddou");
    private final Persona dimitra = cast.person("dimitra.k", "Dimitra Kostas");
    private final Persona priyanka = cast.person("priyanka.s", "Priyanka Shah");

    // --- B. hairdressers renting chairs ---
    private final String chairs = cast.guild(982);
    private final Channel bfFloor = cast.channel(chairs, "Rented Chair Club", "salon-floor",
            "general chat for self-employed stylists renting chairs", "bf-salon-floor.json");
    private final Channel bfLet = cast.channel(chairs, "Rented Chair Club", "chairs-to-let",
            "salon owners: list chairs and rooms to rent, with price and link", "bf-chairs-to-let.json");
    private final Channel bfAdmin = cast.channel(chairs, "Rented Chair Club", "tax-and-admin",
            "self-assessment, insurance, contracts, invoices", "bf-tax-and-admin.json");
    private final Channel bfColour = cast.channel(chairs, "Rented Chair Club", "colour-help",
            "stuck on a colour? ask, answer, share formulas", "bf-colour-help.json");
    private final Persona kirsty = cast.person("kirsty.cuts", "Kirsty Doyle");
    private final Persona priya = cast.person("priya.colour", "Priya Nair");
    private final Persona gianni = cast.person("gianni.russo", "Gianni Russo");
    private final Persona fatima = cast.person("fatima.b", "Fatima Benali");
    private final Persona roisin = cast.person("roisin.b", "Róisín Byrne");
    private final Persona marcus = cast.person("marcus.t", "Marcus Thorne");
    private final Persona ayse = cast.person("ayse.k", "Ayşe Kaya");

    // --- C. a reflexology clinic's own server ---
    private final String clinic = cast.guild(983);
    private final Role staff = cast.role("Staff", "#2e8b57", 3);
    private final Channel csNews = cast.channel(clinic, "Soles & Stillness Reflexology", "clinic-news",
            "news from the clinic team", "cs-clinic-news.json");
    private final Channel csDesk = cast.channel(clinic, "Soles & Stillness Reflexology", "ask-the-clinic",
            "questions about bookings and treatments: one of our therapists will reply", "cs-ask-the-clinic.json");
    private final Channel csLounge = cast.channel(clinic, "Soles & Stillness Reflexology", "the-lounge",
            "members' chat: feet up, say hi", "cs-the-lounge.json");
    private final Channel csOffers = cast.channel(clinic, "Soles & Stillness Reflexology", "offers",
            "this month's offers from the clinic", "cs-offers.json");
    private final Persona ingrid = cast.person("ingrid.solberg", "Ingrid Solberg", staff);
    private final Persona mei = cast.person("mei.tanaka", "Mei Tanaka", staff);
    private final Persona gwen = cast.person("gwen.parry", "Gwen Parry");
    private final Persona ruth = cast.person("ruth.okoye", "Ruth Okoye");
    private final Persona anjali = cast.person("anjali.r", "Anjali Rao");
    private final Persona beatriz = cast.person("beatriz.s", "Beatriz Souza");
    private final Persona colm = cast.person("colm.duffy", "Colm Duffy");
    private final Persona leona = cast.person("leona.f", "Leona Fischer");

    // --- D. a menopause peer-support circle (nobody sells) ---
    private final String circle = cast.guild(984);
    private final Channel ssKitchen = cast.channel(circle, "Second Spring Circle", "kitchen-table",
            "general chat, the kettle's on", "ss-kitchen-table.json");
    private final Channel ssSym = cast.channel(circle, "Second Spring Circle", "symptoms-and-swaps",
            "hot flushes, sleep, joints, brain fog: ask and share what helped", "ss-symptoms-and-swaps.json");
    private final Channel ssIntro = cast.channel(circle, "Second Spring Circle", "introductions",
            "new here? introduce yourself", "ss-introductions.json");
    private final Channel ssWins = cast.channel(circle, "Second Spring Circle", "small-wins",
            "share your own small wins, however small", "ss-small-wins.json");
    private final Persona oluwaseun = cast.person("seun.b", "Oluwaseun Bello");
    private final Persona hana = cast.person("hana.k", "Hana Kimura");
    private final Persona carmen = cast.person("carmen.r", "Carmen Ruiz");
    private final Persona brigid = cast.person("brigid.on", "Brigid O'Neill");
    private final Persona dolores = cast.person("dolores.v", "Dolores Vega");
    private final Persona margit = cast.person("margit.h", "Margit Horváth");
    private final Persona shirin = cast.person("shirin.t", "Shirin Tehrani");

    // --- E. dietitians ---
    private final String plate = cast.guild(985);
    private final Channel ppPros = cast.channel(plate, "Plate & Practice", "dietitians-only",
            "for registered dietitians talking shop among ourselves: caseloads, CPD, "
                + "referrals", "pp-dietitians-only.json");
    private final Channel ppAsk = cast.channel(plate, "Plate & Practice", "ask-a-dietitian",
            "public: ask the dietitians about food, allergies, IBS, weight", "pp-ask-a-dietitian.json");
    private final Channel ppRead = cast.channel(plate, "Plate & Practice", "reading",
            "drop useful reading here: papers, guidelines, good articles", "pp-reading.json");
    private final Channel ppJobs = cast.channel(plate, "Plate & Practice", "clinics-and-jobs",
            "post your open clinic slots, locum shifts and jobs", "pp-clinics-and-jobs.json");
    private final Persona nadia = cast.person("nadia.haddad", "Nadia Haddad");
    private final Persona tomasz = cast.person("tomasz.z", "Tomasz Zielinski");
    private final Persona efe = cast.person("efe.ok", "Efe Okonkwo");
    private final Persona harriet = cast.person("harriet.c", "Harriet Cole");
    private final Persona brandon = cast.person("brandon.k", "Brandon Kessler");
    private final Persona lucia = cast.person("lucia.r", "Lucía Romero");
    private final Persona sunil = cast.person("sunil.p", "Sunil Perera");
    private final Channel ppDm = cast.dm(brandon, "pp-dm-brandon-kessler.json");

    // --- F. baby sleep consultants ---
    private final String owls = cast.guild(986);
    private final Channel lnCorner = cast.channel(owls, "Little Night Owls", "consultants-corner",
            "sleep consultants among ourselves: clients, pricing, burnout", "ln-consultants-corner.json");
    private final Channel lnAsk = cast.channel(owls, "Little Night Owls", "parents-ask",
            "parents: ask the sleep consultants anything", "ln-parents-ask.json");
    private final Channel lnLog = cast.channel(owls, "Little Night Owls", "night-log",
            "parents: one entry per night, how did it go?", "ln-night-log.json");
    private final Channel lnHello = cast.channel(owls, "Little Night Owls", "hello",
            "introduce yourself", "ln-hello.json");
    private final Persona jade = cast.person("jade.sleeps", "Jade Whitlock");
    private final Persona efua = cast.person("efua.m", "Efua Mensah");
    private final Persona ros = cast.person("ros.kerr", "Ros Kerr");
    private final Persona aisling = cast.person("aisling.q", "Aisling Quinn");
    private final Persona ravi = cast.person("ravi.m", "Ravi Menon");
    private final Persona tunde = cast.person("tunde.b", "Tunde Bakare");
    private final Persona lotte = cast.person("lotte.vd", "Lotte van Dijk");

    // --- G. body piercers ---
    private final String needle = cast.guild(987);
    private final Channel cnStudio = cast.channel(needle, "Clean Needle Collective", "studio-chat",
            "piercers talking shop: jewellery, autoclaves, anatomy, studios", "cn-studio-chat.json");
    private final Channel cnAfter = cast.channel(needle, "Clean Needle Collective", "aftercare-questions",
            "pierced recently? ask about healing, bumps, downsizing", "cn-aftercare-questions.json");
    private final Channel cnFresh = cast.channel(needle, "Clean Needle Collective", "fresh-and-healed",
            "show your own new and healed piercings", "cn-fresh-and-healed.json");
    private final Channel cnSwap = cast.channel(needle, "Clean Needle Collective", "jewellery-swap",
            "buy, sell, swap: list your own titanium and gold, with price", "cn-jewellery-swap.json");
    private final Persona mateus = cast.person("mateus.f", "Mateus Ferreira");
    private final Persona dorian = cast.person("dorian.pierces", "Dorian Blake");
    private final Persona greta = cast.person("greta.l", "Greta Lindqvist");
    private final Persona zainab = cast.person("zainab.y", "Zainab Yusuf");
    private final Persona ellie = cast.person("ellie.m", "Ellie Morgan");
    private final Persona kofi = cast.person("kofi.b", "Kofi Boateng");
    private final Persona noa = cast.person("noa.l", "Noa Levi");

    // --- H. wig makers ---
    private final String lace = cast.guild(988);
    private final Channel lcBench = cast.channel(lace, "Lace & Crown Makers", "makers-bench",
            "for wig makers and hair-loss practitioners among ourselves: lace, knotting, suppliers",
            "lc-makers-bench.json");
    private final Channel lcAsk = cast.channel(lace, "Lace & Crown Makers", "ask-about-hair-loss",
            "alopecia, chemo, thinning hair: ask the wig makers anything", "lc-ask-about-hair-loss.json");
    private final Channel lcWelcome = cast.channel(lace, "Lace & Crown Makers", "welcome",
            "introduce yourself", "lc-welcome.json");
    private final Channel lcSale = cast.channel(lace, "Lace & Crown Makers", "for-sale",
            "list your own wigs, toppers and bases, with price", "lc-for-sale.json");
    private final Persona odette = cast.person("odette.m", "Odette Marchand");
    private final Persona simone = cast.person("simone.a", "Simone Achterberg");
    private final Persona lorraine = cast.person("lorraine.b", "Lorraine Baptiste");
    private final Persona rukhsana = cast.person("rukhsana.b", "Rukhsana Begum");
    private final Persona amina = cast.person("amina.d", "Amina Diallo");
    private final Persona felicity = cast.person("felicity.s", "Felicity Shaw");
    private final Persona iris = cast.person("iris.n", "Iris Novak");

    private HeldOutScenes70Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        lashes();
        chairRenters();
        reflexologyClinic();
        menopauseCircle();
        dietitians();
        sleepConsultants();
        piercers();
        wigMakers();
    }

    private void lashes() {
        // W43
        Post glue = say(1, "09:10", laBench, sadia, "morning all. anyone else's glue going gloopy with this "
                + "cold snap?");
        Post glueA = re(1, "09:25", chloe, glue, "yes!! keep it out of the fridge, room temp, and a humidifier near "
                + "the bed helps a lot");
        re(1, "09:31", sadia, glueA, "ah I've been fridging it. cheers");
        Post wispy = say(1, "14:00", laSets, tamsin, "hybrid set from this morning, she wanted wispy but not "
                + "dramatic 🙂");
        re(1, "14:20", keiko, wispy, "gorgeous mapping").react("😍", chloe);
        Post hurt = say(2, "10:00", laAsk, mirela, "does a lash lift hurt? first one booked for saturday and im "
                + "nervous lol");
        Post hurtA = re(2, "10:40", chloe, hurt, "not at all, it's just lying with your eyes closed for 45 mins. the "
                + "solution can sting a bit if you open them so keep them shut!");
        re(2, "10:45", mirela, hurtA, "phew ok thank you");
        say(2, "19:00", laBench, keiko, "what are you all charging for a brow lam now? I'm on £35 and feel like "
                + "thats low");
        Post lamA = say(2, "19:20", laBench, sadia, "Keiko: £40 here, £45 with tint. honestly put it up");
        re(2, "19:30", keiko, lamA, "right, doing it. thanks Sadia");
        Post intro = say(3, "08:30", laHello, bukola, "Hi everyone! I'm Bukola, just qualified in classic and "
                + "russian "
                + "volume, working from a room in my flat in Croydon. my work is at https://bukolalashes.example if "
                + "you're curious. be gentle 😅");
        Post welcome = re(3, "09:00", chloe, intro, "welcome Bukola! lovely retention in those pics");
        joins(3, "09:05", laHello, viktor);
        re(3, "09:20", viktor, intro, "Welcome! We supply adhesive and trays to new techs, starter bundle £45 "
                + "(worth £70), DM me and I'll sort you out");
        re(3, "09:40", bukola, welcome, "thank you!! took me ages to get retention right");
        Post sens = say(3, "12:00", laBench, tamsin, "has anyone tried a sensitive glue from the wholesaler on the "
                + "high st? one of mine reacts to everything");
        re(3, "12:30", sadia, sens, "I use a sensitive one for two clients, slower to cure but no reactions so far");
        Post preg = say(4, "11:00", laAsk, yasmin, "can you get a brow tint while pregnant? 24 weeks and my brows "
                + "have basically vanished 🙃");
        Post pregA = re(4, "11:50", keiko, preg, "lots of techs will after a patch test, but check with your "
                + "midwife first to be safe. tint is usually fine, some people wait on lamination");
        re(4, "12:10", yasmin, pregA, "thank you that's really helpful");
        Post lam = say(5, "16:00", laSets, keiko, "brow lam + tint, before and after. she cried happy tears");
        re(5, "16:30", sadia, lam, "those brows!! 🔥");
        Post slow = say(6, "10:00", laBench, sadia, "slow week for me tbh, I need more bookings before christmas. "
                + "anyone doing referral cards?");
        Post slowA = re(6, "10:15", chloe, slow, "I do £5 off for both of them. works ok");
        re(6, "10:20", sadia, slowA, "might try that");
        Post mirror = say(7, "18:00", laBench, tamsin, "sunday and I'm mapping my own brows in the mirror, "
                + "someone stop me");
        re(7, "18:10", chloe, mirror, "step away from the tweezers");
        // W44: Sadia talks with the other techs all week while two clients' questions wait
        say(8, "09:00", laAsk, mirela, "had my lift on saturday, love it! is it ok to wear mascara on them yet?");
        Post patch = say(8, "09:30", laBench, sadia, "does anyone patch test 24 or 48 hours before? my insurer "
                + "says 48");
        Post patchA = re(8, "09:45", keiko, patch, "48 for tints, 24 for lash glue. I just do 48 for everything now");
        re(8, "09:50", sadia, patchA, "makes sense, easier to remember");
        Post lamp = say(8, "13:00", laBench, tamsin, "my lamp for the UV glue died mid set 😩");
        re(8, "13:10", sadia, lamp, "nooo. the one I got last year is still going, I'll find you the name");
        say(9, "10:00", laAsk, dimitra, "how long should a russian volume set actually last? mine are falling out "
                + "after a week and a half");
        Post lampA = say(9, "11:00", laBench, sadia, "Tamsin: it's the folding one with the blue base, from the "
                + "same place we all get trays");
        re(9, "11:10", tamsin, lampA, "ahh yes, ordering one. ta");
        Post swap = say(9, "15:00", laBench, chloe, "anyone fancy a skills swap? I'll teach brow mapping if "
                + "someone shows me mega volume fans");
        Post swapA = re(9, "15:20", sadia, swap, "me! I'm rubbish at mapping. saturday?");
        re(9, "15:30", chloe, swapA, "saturday works");
        Post empty = say(10, "09:30", laBench, sadia, "another empty morning. how are you all getting new clients? "
                + "tried insta, nothing");
        Post emptyA = re(10, "09:50", keiko, empty, "word of mouth mostly, and a few from this server tbh");
        re(10, "10:00", sadia, emptyA, "hm. will think");
        Post bed = say(10, "17:00", laBench, sadia, "@Bukola Adeyemi how's the flat set-up going? did you get a "
                + "proper bed in the end");
        Post bedA = re(10, "17:30", bukola, bed, "yes! second hand, £60, my back is very grateful");
        re(10, "17:35", sadia, bedA, "haha best £60 you'll spend");
        Post price = say(11, "12:00", laBench, sadia, "Keiko did you put your lam price up in the end?");
        Post priceA = re(11, "12:40", keiko, price, "yep £40, nobody blinked");
        re(11, "12:45", sadia, priceA, "told you 😄");
        Post anyone = say(12, "10:00", laAsk, mirela, "anyone? 👀 mascara question above");
        say(12, "10:30", laBench, sadia, "skills swap tomorrow with Chloé, bringing cake");
        Post fans = say(13, "18:00", laBench, chloe, "Sadia's fans are unreal, my brain hurts");
        re(13, "18:10", sadia, fans, "your mapping tho!! thank you for today ❤️");
        Post mascA = re(13, "19:00", chloe, anyone, "sorry Mirela, missed this! wait 24h after a lift, then yes, "
                + "just not waterproof mascara");
        mascA.react("🙏", mirela);
        Post swapSet = say(14, "12:00", laSets, chloe, "my first try at mega volume fans after the skills swap");
        re(14, "12:30", keiko, swapSet, "so neat!");
        // W45
        Post cards = say(15, "09:00", laBench, sadia, "tried Chloé's referral card thing, two bookings already!!");
        re(15, "09:20", keiko, cards, "yesss").react("🎉", chloe);
        Post retention = say(15, "11:00", laAsk, chloe, "Dimitra, sorry this sat so long: 2-3 weeks is normal "
                + "before a fill. a week and a half sounds like retention, did they get wet or steamy the "
                + "first day?");
        say(15, "13:00", laAsk, dimitra, "oh they got wet at the gym the same evening oops. thank you");
        retention.react("👍", dimitra);
        Post mega = say(16, "14:00", laSets, bukola, "first mega volume set, 6 weeks after qualifying. feedback "
                + "welcome!");
        re(16, "14:30", tamsin, mega, "fans are really even, well done");
        Post croydon = say(17, "10:00", laAsk, priyanka, "does anyone here do brow lamination near Croydon?");
        Post croydonA = re(17, "10:20", bukola, croydon, "I do! £38 with tint, I'm in Croydon, happy to send "
                + "details");
        re(17, "10:30", priyanka, croydonA, "yes please!");
        Post midwife = say(18, "09:00", laAsk, yasmin, "update: midwife said the tint is fine, booked in with "
                + "Keiko next week 🙌");
        re(18, "09:20", keiko, midwife, "see you tuesday!");
        say(18, "12:00", laBench, tamsin, "new lamp came, so much brighter. thanks again Sadia");
        Post fair = say(19, "16:00", laBench, keiko, "who's doing the trade fair in Birmingham next month?");
        re(19, "16:20", chloe, fair, "me, saturday only");
        say(20, "11:00", laSets, tamsin, "classic set on natural lashes that were really sparse, happy with how it "
                + "came out");
    }

    private void chairRenters() {
        // W43
        Post monday = say(1, "10:00", bfFloor, marcus, "monday off, rent paid, coffee in hand. living the dream");
        re(1, "10:20", ayse, monday, "haha mine is due friday 😬");
        Post liab = say(1, "18:00", bfAdmin, fatima, "does public liability cover a chair renter if the salon owner "
                + "has their own? mine lapses in december");
        Post liabA = re(1, "18:30", roisin, liab, "you need your own, the owner's only covers their staff. mine is "
                + "about £90 a year");
        re(1, "18:40", fatima, liabA, "ah ok. thanks, saved me a headache");
        Post brass = say(2, "09:00", bfColour, priya, "anyone have a go-to toner for brassy level 8? client keeps "
                + "coming back warm");
        Post brassA = re(2, "09:30", ayse, brass, "violet-blue mix at 10 vol, 20 mins, check it at 10");
        re(2, "09:45", priya, brassA, "trying it thursday, thanks!");
        say(3, "12:00", bfFloor, fatima, "off to the trade show in London till Friday, back on here then 👋");
        Post contract = say(3, "14:00", bfAdmin, marcus, "@Fatima Benali you switched to renting last year, did "
                + "you need a new contract or did your old one carry over?");
        Post black = say(4, "11:00", bfColour, kirsty, "help 😭 client came in with box black, wants caramel. "
                + "where do I even start");
        Post blackA = re(4, "11:30", priya, black, "colour remover first, not bleach. two rounds, then see where "
                + "you are. strand test, and book her for at least 2 visits");
        re(4, "11:40", kirsty, blackA, "thank you!!");
        Post contractA = say(5, "19:00", bfAdmin, fatima, "Marcus sorry, only just back! new contract, the old one "
                + "was for employed. happy to send you mine to compare");
        re(5, "19:20", marcus, contractA, "that'd be brilliant, thank you");
        say(6, "10:00", bfLet, gianni, "chair available at Russo's in Leith, £130/week, backbar products included. "
                + "https://russoshair.example/chair-rental");
        Post sunday = say(7, "11:00", bfFloor, ayse, "who else works sundays? the quiet is nice");
        re(7, "11:20", marcus, sunday, "me, I do the school mums 😂");
        // W44: Priya helps Kirsty on three days; Kirsty only thanks, and Priya's own question to her waits
        Post red = say(8, "09:10", bfColour, kirsty, "update: remover took 2 levels off, she's a 4 with loads "
                + "of red. "
                + "what now?");
        Post redA = re(8, "09:40", priya, red, "now a gentle lightener at 20 vol on mids and ends, roots last. "
                + "then tone");
        re(8, "09:45", kirsty, redA, "ok thank you");
        say(9, "11:00", bfAdmin, priya, "@Kirsty Doyle you rented at the Morningside place before me, was their "
                + "contract ok? they've sent me one and the notice period is 3 months 😳");
        Post quiet = say(9, "15:00", bfFloor, kirsty, "quiet day, two cancellations 😒");
        re(9, "15:20", ayse, quiet, "same here, it's the weather");
        Post tax = say(10, "10:00", bfAdmin, kirsty, "how do I do expenses for self assessment? first year "
                + "renting and I have a carrier bag of receipts lol");
        Post taxA = re(10, "10:30", priya, tax, "spreadsheet, one tab per month: products, rent, insurance, "
                + "training, travel. keep the receipts 5 years. the tax office site has a simple guide too");
        re(10, "10:40", kirsty, taxA, "thanks so much!");
        say(10, "19:00", bfLet, gianni, "still got a chair at Russo's in Leith, now £120/week, products included "
                + "https://russoshair.example/chair-rental");
        Post gFloor = say(10, "19:20", bfFloor, gianni, "chair going at my place in Leith, £120 a week, DM me "
                + "https://russoshair.example/chair-rental");
        say(10, "19:45", bfColour, gianni, "any colourists fancy a chair in Leith? £120/week, great light for "
                + "colour work, DM me https://russoshair.example/chair-rental");
        re(10, "20:00", ayse, gFloor, "is that the one down by the shore? nice spot");
        Post patchy = say(11, "14:00", bfColour, kirsty, "she's a 7 now but patchy at the back. tone or wait?");
        Post patchyA = re(11, "14:20", priya, patchy, "wait. bond treatment now, then a demi gloss over the lot "
                + "next visit, the patchy bits will even out");
        re(11, "14:30", kirsty, patchyA, "thank you Priya!!");
        say(12, "09:00", bfFloor, priya, "@Kirsty Doyle did you see my question in tax-and-admin? need to sign by "
                + "monday 🙏");
        Post course = say(12, "10:00", bfFloor, kirsty, "anyone doing the balayage course in Glasgow in jan?");
        re(12, "10:25", marcus, course, "thinking about it, it's £200 though");
        Post notMe = say(13, "11:00", bfAdmin, roisin, "Priya, not Kirsty but: ask them to cut the notice to 4 "
                + "weeks, most owners will if you ask. mine did");
        re(13, "11:30", priya, notMe, "thanks Róisín, I'll push back");
        Post foils = say(14, "16:00", bfColour, roisin, "went back to foils after a year of freehand balayage "
                + "and my clients prefer it, weirdly");
        re(14, "16:30", ayse, foils, "foils never die");
        // W45
        Post ins = say(15, "10:00", bfAdmin, kirsty, "what insurance do you all use? mine renews soon");
        Post insA = re(15, "10:30", roisin, ins, "a hair and beauty one, £90ish, covers treatment risk too");
        re(15, "10:35", kirsty, insA, "thanks!");
        Post signed = say(16, "09:00", bfFloor, priya, "signed the Morningside contract with 4 weeks notice in "
                + "the end 🎉");
        re(16, "09:15", ayse, signed, "get in!");
        Post henna = say(17, "13:00", bfColour, ayse, "client wants silver grey from a level 5 henna'd head. "
                + "saying no, right?");
        Post hennaA = re(17, "13:20", priya, henna, "saying no politely and booking a consultation. henna and "
                + "bleach can literally smoke");
        re(17, "13:25", ayse, hennaA, "that's what I thought, thanks");
        Post diff = say(18, "09:00", bfFloor, marcus, "anyone got a spare diffuser attachment? mine cracked");
        Post diffA = re(18, "09:30", fatima, diff, "I've got an old one you can have, I'm in Leith on thursday");
        re(18, "09:35", marcus, diffA, "legend, thank you");
        Post caramel = say(19, "17:00", bfFloor, kirsty, "the box black client is caramel!!! she loves it 😭 "
                + "took 4 visits");
        Post caramelA = re(19, "17:20", priya, caramel, "amazing, told you she'd get there");
        re(19, "17:30", kirsty, caramelA, "couldn't have done it without you honestly");
        Post coffee = say(20, "12:00", bfFloor, fatima, "diffuser handed over, Marcus owes me a coffee");
        re(20, "12:10", marcus, coffee, "two coffees");
    }

    private void reflexologyClinic() {
        // W43
        say(1, "09:00", csNews, ingrid, "Good morning all! Autumn hours are up: open till 8pm on Tuesdays and "
                + "Thursdays from this week 🍂");
        say(1, "09:30", csLounge, gwen, "the late thursdays are perfect for me, thank you!");
        Post candle = say(1, "11:00", csLounge, anjali, "anyone else go to the candle workshop at the library last "
                + "week?");
        re(1, "11:20", beatriz, candle, "yes! mine smells of fig and it's amazing");
        say(2, "12:00", csOffers, mei, "New: 10% off a course of five reflexology sessions until 12 Nov. Book at "
                + "https://solesandstillness.example/courses");
        say(2, "12:10", csLounge, mei, "our course offer is up in #offers, 10% off five sessions till 12 Nov: "
                + "https://solesandstillness.example/courses");
        Post voucher = say(3, "15:00", csDesk, anjali, "do you do gift vouchers? my sister's birthday is on the "
                + "10th");
        Post voucherA = re(3, "15:40", mei, voucher, "we do! any amount, by email or printed. at the desk or "
                + "https://solesandstillness.example/vouchers");
        re(3, "15:45", anjali, voucherA, "perfect, thank you");
        Post first = say(4, "19:00", csLounge, colm, "first reflexology ever yesterday with Ingrid. slept 10 hours. "
                + "who knew feet could do that");
        re(4, "19:20", ingrid, first, "so glad Colm! drink lots of water this week");
        re(4, "19:30", ruth, first, "haha welcome to the club");
        Post buns = say(5, "11:00", csLounge, gwen, "has anyone tried the new café next door? the cardamom buns 👀");
        re(5, "11:30", beatriz, buns, "yes. dangerous");
        Post feet = say(6, "10:00", csLounge, ruth, "I'm a massage therapist myself and I still can't do my own "
                + "feet 😂");
        re(6, "10:20", colm, feet, "the cobbler's children...");
        say(7, "17:00", csLounge, anjali, "voucher bought, sister thrilled 💐");
        // W44: a regular's booking question waits at the desk for more than a day
        Post taster = say(8, "09:00", csNews, ingrid, "Mei is running a hand reflexology taster on Sat 11 Nov, free "
                + "for members, 6 places. reply here to grab one");
        re(8, "09:20", beatriz, taster, "me please!");
        re(8, "09:25", colm, taster, "and me");
        Post dbl = say(9, "10:00", csDesk, gwen, "Hi both, I've had my monthly session with you since March and "
                + "it's honestly helped my sleep so much. Could I book a double slot on the 18th, one for me and "
                + "one for my mum's 70th? 🎂");
        say(9, "13:00", csOffers, mei, "Winter warmer: hot stone foot ritual, £48 (usually £55) through November: "
                + "https://solesandstillness.example/hot-stone");
        say(9, "18:00", csLounge, ingrid, "thank you for all the lovely cards this week, the clinic smells of "
                + "eucalyptus and gratitude");
        Post full = say(10, "11:00", csNews, mei, "the taster is full! reply here for the waiting list");
        re(10, "11:30", anjali, full, "waiting list please");
        Post bake = say(10, "16:00", csLounge, mei, "who's watching the bake-off final tonight");
        re(10, "16:20", beatriz, bake, "me! team Fern");
        say(11, "10:00", csDesk, gwen, "just checking on the above, I imagine the 18th is filling up 🙂");
        Post doubleA = re(11, "20:30", mei, dbl, "So sorry Gwen, this slipped past us! Yes, 2pm and 3pm on the "
                + "18th are both yours. happy birthday to your mum 💐");
        re(11, "20:40", gwen, doubleA, "wonderful, thank you!");
        Post physio = say(12, "12:00", csLounge, ruth, "anyone know a good physio in town? my shoulder is wrecked "
                + "from work");
        Post physioA = re(12, "12:30", colm, physio, "Ola at the sports centre, she's great");
        re(12, "12:35", ruth, physioA, "thanks Colm");
        Post socks = say(13, "10:00", csLounge, beatriz, "anyone else's feet freezing this week? thinking "
                + "fluffy socks");
        re(13, "10:30", gwen, socks, "the ones from the market, I bought three pairs");
        // W45
        say(15, "09:00", csNews, ingrid, "reminder: clinic closed on Wednesday for staff training");
        joins(16, "09:55", csDesk, leona);
        Post head = say(16, "10:00", csDesk, leona, "hello, a friend recommended you. do you do anything for "
                + "tension headaches? I get them most afternoons");
        re(16, "10:15", ruth, head, "I do Indian head massage from home, great for headaches. £35 an hour, DM me");
        Post headA = re(16, "11:00", mei, head, "Hi Leona, welcome! reflexology can help with tension, we'd "
                + "suggest a free 15 minute consultation first. want me to find you a slot?");
        Post slot = re(16, "11:20", leona, headA, "yes please, any evening");
        Post slotA = re(16, "11:30", mei, slot, "Thursday at 6pm? I'll pop you in");
        re(16, "11:35", leona, slotA, "perfect thanks");
        Post stones = say(17, "18:00", csLounge, beatriz, "the hot stone ritual is ridiculous. melted");
        re(17, "18:20", mei, stones, "so pleased you loved it!");
        say(18, "10:00", csOffers, ingrid, "Christmas gift vouchers now come in a little linen bag 🎁 "
                + "https://solesandstillness.example/vouchers");
        say(19, "20:00", csLounge, colm, "have fun at the taster tomorrow everyone, I'm off to my sister's");
        Post lovely = say(20, "16:00", csLounge, anjali, "the hand taster was lovely, thank you Mei");
        re(20, "16:30", mei, lovely, "thank you for coming!");
        Post mum = say(21, "11:00", csLounge, gwen, "mum loved her birthday session, now she wants to come "
                + "monthly too!");
        re(21, "11:30", ingrid, mum, "that made our day Gwen 💐");
    }

    private void menopauseCircle() {
        // W43
        Post sleep = say(1, "08:00", ssKitchen, oluwaseun, "Morning all ☕ how did everyone sleep?");
        re(1, "08:20", margit, sleep, "3 wake ups, 2 soaked pillowcases. so, normal");
        Post five = re(1, "08:25", dolores, sleep, "5 hours straight!! first time in weeks");
        re(1, "08:40", oluwaseun, five, "Dolores that's brilliant");
        Post fan = say(2, "20:00", ssSym, carmen, "the little clip-on fan I got for the bedside has changed my "
                + "nights honestly");
        re(2, "20:30", brigid, fan, "@Carmen Ruiz which one is it? the ones I've tried rattle like a helicopter");
        Post walked = say(3, "09:00", ssWins, carmen, "walked to work both days this week 💪");
        re(3, "09:20", hana, walked, "go you!");
        Post hi = say(4, "10:00", ssIntro, shirin, "Hi, I'm Shirin, 49, perimenopausal apparently (news to me). "
                + "brain fog and joint pain mostly. my GP was not very helpful. glad to find you all");
        Post hiA = re(4, "10:30", oluwaseun, hi, "Welcome Shirin! you're in the right place. @Hana Kimura wrote a "
                + "really good guide to getting the most out of a GP appointment, it's pinned in "
                + "#symptoms-and-swaps, worth a read before your next one");
        re(4, "10:45", shirin, hiA, "thank you, will read it tonight");
        Post telly = say(4, "13:00", ssKitchen, carmen, "anyone watching the new detective thing on sunday nights?");
        Post tellyA = re(4, "13:15", margit, telly, "yes!! the sister did it");
        re(4, "13:20", carmen, tellyA, "NO SPOILERS margit 😂");
        Post joints = say(5, "09:00", ssSym, shirin, "does the joint pain go away on HRT or is that wishful "
                + "thinking?");
        Post jointsA = re(5, "09:30", dolores, joints, "mine got much better after about 3 months on it. not "
                + "everyone's does though");
        re(5, "09:40", margit, joints, "magnesium helped me a bit with the aching, ask the pharmacist first if "
                + "you're on other things");
        re(5, "10:00", shirin, jointsA, "thanks both, that gives me hope");
        Post no = say(6, "11:00", ssWins, margit, "said no to a committee I didn't want to be on. no guilt. ok "
                + "some guilt");
        re(6, "11:15", dolores, no, "that's a big one!");
        say(7, "14:00", ssKitchen, dolores, "sunday roast and a nap, the dream");
        // W44
        Post rx = say(8, "19:00", ssSym, shirin, "used Hana's guide for my GP appointment and came out with an HRT "
                + "prescription!! thank you @Hana Kimura");
        re(8, "19:30", hana, rx, "oh I'm so pleased Shirin! let us know how you get on");
        Post itch = say(9, "20:00", ssSym, shirin, "day 2 of the patches and my skin is itchy where the patch is. "
                + "normal?");
        Post itchA = re(9, "20:20", brigid, itch, "I had that, move it around each time. bum works better than "
                + "tummy for me");
        re(9, "20:30", shirin, itchA, "thanks Brigid");
        say(10, "12:00", ssKitchen, dolores, "@Oluwaseun Bello is the meetup in the park still on for the 11th?");
        say(10, "12:40", ssKitchen, oluwaseun, "yes, 11am by the bandstand, bring a flask");
        Post fog = say(11, "09:00", ssSym, shirin, "brain fog question: does anyone write everything down or is "
                + "there a trick?");
        Post fogA = re(11, "09:30", hana, fog, "notes app plus a paper list on the fridge. and I tell people "
                + "'give me a sec', no shame");
        re(11, "09:40", shirin, fogA, "love that, thank you");
        Post pin = say(12, "17:00", ssWins, shirin, "remembered my PIN first time at the shop 😂 small wins");
        re(12, "17:10", margit, pin, "celebrating this");
        say(12, "21:00", ssSym, brigid, "found a quiet fan in the end, the one with soft blades from the hardware "
                + "shop. for anyone else who was looking");
        say(13, "12:00", ssKitchen, margit, "rainy saturday, soup on");
        Post gel = say(14, "09:00", ssSym, margit, "sleep tip that helped me: a cooling gel pillow insert, the "
                + "cheap supermarket one works");
        re(14, "09:30", dolores, gel, "ordering one");
        // W45
        Post meet = say(15, "09:00", ssKitchen, oluwaseun, "meetup this saturday! 11 by the bandstand, 6 of us so "
                + "far");
        re(15, "09:20", shirin, meet, "I'll come!");
        Post flutter = say(16, "21:00", ssSym, dolores, "anyone else get heart flutters? GP says it's fine but it "
                + "scares me at night");
        Post flutterA = re(16, "21:20", margit, flutter, "yes, mine settled once my dose was right. scary though, "
                + "you're not alone");
        re(16, "21:30", dolores, flutterA, "thank you Margit, that helps");
        Post guide = say(17, "10:00", ssSym, hana, "updated the GP guide with a bit about asking for a review "
                + "after 3 months, thanks Shirin for the nudge");
        re(17, "10:30", shirin, guide, "it's such a good guide");
        Post swam = say(18, "10:00", ssWins, dolores, "swam 20 lengths!");
        re(18, "10:20", carmen, swam, "amazing Dolores");
        Post back = say(19, "18:00", ssKitchen, carmen, "sorry I've been quiet, work has been mad. how's "
                + "everyone?");
        re(19, "18:30", brigid, back, "all good here!");
        Post park = say(20, "14:00", ssKitchen, oluwaseun, "lovely to see you all today at the bandstand ❤️");
        re(20, "14:30", shirin, park, "so lovely to meet you in person");
        Post six = say(21, "08:00", ssWins, margit, "3 nights of 6 hours in a row");
        re(21, "08:30", hana, six, "🎉 brilliant");
    }

    private void dietitians() {
        // W43
        Post iron = say(1, "09:00", ppRead, nadia, "new guideline summary on iron in plant-based toddlers, really "
                + "clear https://paeds-nutrition.example/iron-summary");
        joins(1, "09:30", ppRead, brandon);
        re(1, "09:40", brandon, iron, "great read, thanks for sharing!");
        say(1, "11:00", ppDm, brandon, "Hi Nadia, loved your post on iron. We make a gut-health powder that "
                + "dietitians across the country recommend, and we'd love to partner with you: 25% commission on "
                + "every client you refer. Grab 15 minutes with me here: https://calendar.example/brandon-kessler");
        Post fodmap = say(1, "14:00", ppAsk, lucia, "is it worth doing a low FODMAP diet on my own? IBS is getting "
                + "me down");
        Post fodmapA = re(1, "14:30", tomasz, fodmap, "best done with a dietitian, it's meant to be short term and "
                + "then you reintroduce. on your own people often stay too restrictive");
        Post handout = re(1, "14:40", lucia, fodmapA, "@Tomasz Zielinski do you have your FODMAP handout online "
                + "somewhere? you mentioned it in another thread");
        Post handoutA = re(1, "15:00", tomasz, handout, "yes, here: https://tomaszdiet.example/handouts/low-fodmap-"
                + "start. it's free, the same one I give my clinic patients");
        re(1, "15:10", lucia, handoutA, "thank you!!");
        Post jab = say(2, "10:00", ppPros, efe, "anyone else's caseload doubled since the weight-loss jab craze? "
                + "half my referrals are side effects");
        Post jabA = re(2, "10:20", nadia, jab, "yes, nausea and muscle loss mostly. I've started a protein handout "
                + "just for them");
        re(2, "10:30", efe, jabA, "could you share it? no point us all writing one");
        say(2, "10:45", ppPros, nadia, "sure, it's on the team drive under protein, feel free to edit");
        say(3, "08:30", ppRead, nadia, "good long read on ultra-processed food and what the evidence actually says "
                + "https://foodevidence.example/upf-longread");
        say(3, "13:00", ppRead, tomasz, "this one on coeliac screening in kids is worth 10 mins "
                + "https://gut-journal.example/coeliac-kids");
        Post dad = say(4, "18:00", ppAsk, sunil, "my dad was just diagnosed with type 2, what's the one thing we "
                + "should change first?");
        Post dadA = re(4, "18:30", efe, dad, "sugary drinks first if he has them, then portions of starchy foods. "
                + "his GP should refer him to a structured course, ask for it");
        re(4, "18:40", sunil, dadA, "thank you, he loves his fizzy orange so that's where we start");
        say(5, "12:00", ppJobs, nadia, "My private clinic has Thursday evening slots from November: paediatric "
                + "allergy and fussy eating, £70 first consult. https://nadiahaddad-nutrition.example/book");
        say(5, "15:00", ppJobs, efe, "locum needed for 3 weeks at the hospital in December, message me if "
                + "interested");
        // W44
        say(8, "08:30", ppRead, nadia, "notes from last week's webinar on gut microbiome myths "
                + "https://foodevidence.example/microbiome-myths");
        say(8, "08:35", ppRead, nadia, "and this on vitamin D dosing in winter "
                + "https://paeds-nutrition.example/vit-d");
        Post conf = say(9, "12:00", ppPros, tomasz, "anyone going to the conference in Manchester?");
        Post confA = re(9, "12:30", nadia, conf, "yes, presenting a poster! nervous");
        re(9, "12:40", tomasz, confA, "you'll be great");
        Post human = say(10, "19:00", ppAsk, lucia, "2 weeks into low FODMAP with Tomasz's handout and I feel "
                + "human again 🙌");
        re(10, "19:20", tomasz, human, "so glad! remember the reintroduction bit in weeks 4 to 6");
        Post noshow = say(11, "13:00", ppPros, efe, "how do you all handle no-shows in private work? charging "
                + "feels awful");
        Post noshowA = re(11, "13:20", nadia, noshow, "I charge half after the first one, with a warning. people "
                + "mostly understand");
        re(11, "13:30", efe, noshowA, "fair, stealing that");
        Post orange = say(12, "17:00", ppAsk, sunil, "dad swapped fizzy orange for sparkling water with a splash of "
                + "juice and his readings are already a bit better");
        re(12, "17:30", efe, orange, "that's a brilliant start, well done to him");
        Post oat = say(13, "10:00", ppAsk, sunil, "is oat milk ok for someone with type 2?");
        Post oatA = re(13, "10:30", tomasz, oat, "unsweetened is fine, check the label for added sugar");
        re(13, "10:40", sunil, oatA, "thanks");
        // W45: a mother whose son Nadia saw asks her to take her daughter too, and hears nothing
        say(16, "10:00", ppAsk, harriet, "@Nadia Haddad you saw my son Theo in March for his milk allergy and he's "
                + "thriving now, thank you so much! Could you take my daughter too? she's 3 and eats about five "
                + "foods 🙈");
        Post poster = say(16, "14:00", ppPros, nadia, "poster printed! 😅");
        re(16, "14:20", tomasz, poster, "looks great");
        Post ladder = say(17, "09:30", ppPros, nadia, "anyone used the new allergy ladder resource? thinking of "
                + "switching");
        re(17, "10:00", efe, ladder, "yes, much simpler for parents");
        Post beige = say(18, "08:00", ppAsk, harriet, "anyone else's toddler only eat beige food? 🙃");
        Post beigeA = re(18, "08:30", efe, beige, "very common at 3! keep offering one new thing next to the safe "
                + "foods, no pressure, and eat it yourself in front of her");
        re(18, "08:40", harriet, beigeA, "thanks Efe");
        say(18, "12:00", ppRead, nadia, "short and sensible piece on fussy eating and screen time at meals "
                + "https://paeds-nutrition.example/mealtime-screens");
        Post done = say(19, "20:00", ppPros, nadia, "conference done, poster survived, I need a week of sleep");
        re(19, "20:20", efe, done, "well done you!");
        Post garlic = say(20, "11:00", ppAsk, lucia, "reintroductions going well, garlic is my enemy, onion is "
                + "fine!");
        re(20, "11:20", tomasz, garlic, "that's a really useful thing to know, well done");
        say(21, "10:00", ppJobs, efe, "locum filled, thanks for passing it around");
    }

    private void sleepConsultants() {
        // W43
        Post lotteHi = say(1, "20:00", lnHello, lotte, "Hi! Lotte, mum to Bram (7 months), who thinks 4am is party "
                + "time. found this via a friend");
        Post lotteW = re(1, "20:30", efua, lotteHi, "welcome Lotte! 4am parties are very on trend at 7 months 😄 "
                + "ask away in #parents-ask");
        re(1, "20:40", lotte, lotteW, "haha thank you");
        say(2, "07:00", lnLog, aisling, "night 1 of writing these down: up at 11, 2, 4:30. baby fine, me not");
        say(2, "07:30", lnLog, ravi, "night log: she went down at 7:15, slept till 3, fed, back down till 6. best "
                + "in weeks").react("🙌", tunde, aisling);
        Post nap = say(3, "13:00", lnAsk, ravi, "when do you drop the third nap? she fights it every day now "
                + "(8 months)");
        Post napA = re(3, "13:30", efua, nap, "usually between 7 and 9 months. if she fights it most days and "
                + "bedtime is drifting late, drop it and move bedtime earlier for a week");
        re(3, "13:40", ravi, napA, "thank you, will try");
        Post rush = say(3, "19:00", lnCorner, ros, "how are you all handling the christmas rush? I'm full till "
                + "january already");
        re(3, "19:20", efua, rush, "same prices, I just stop taking new families at the start of December");
        re(3, "19:40", jade, rush, "I've got space, send them my way 😅");
        Post feed = say(4, "14:00", lnAsk, lotte, "is it ok to feed to sleep? everyone keeps telling me I'm making "
                + "a rod for my own back");
        Post feedA = re(4, "14:30", ros, feed, "totally ok if it works for you both. it's only a problem if it "
                + "stops working for you");
        re(4, "14:40", lotte, feedA, "needed to hear that, thank you");
        Post n4 = say(5, "07:00", lnLog, aisling, "night 4: up at 12 and 3. progress??");
        re(5, "07:30", lotte, n4, "that's progress!! 💪");
        say(6, "07:00", lnLog, ravi, "night log: 6:30 to 5:45, I'll take it");
        // W44
        Post n7 = say(8, "07:00", lnLog, aisling, "night 7: back to 11, 2 and 4. teething I think. coffee is my "
                + "whole personality now");
        Post pitch = re(8, "09:30", jade, n7, "sounds like overtiredness more than teeth tbh. my 14-night reset "
                + "plan is £129 and I could start you Monday, DM me");
        re(8, "10:00", aisling, pitch, "ah I'm ok thanks, just venting");
        say(9, "09:00", lnAsk, jade, "autumn offer 🍂 my 14-night reset plan is £99 until Sunday, book here: "
                + "https://jadesleeps.example/reset");
        Post twins = say(9, "20:00", lnAsk, tunde, "our twins wake each other up every night. same room or split "
                + "them?");
        Post twinsA = re(9, "20:30", efua, twins, "most twins settle better together once they're used to it. "
                + "white noise between the cots helps a lot");
        re(9, "20:40", tunde, twinsA, "we'll try the white noise first, thanks");
        Post cert = say(10, "12:00", lnCorner, jade, "anyone doing the new certification next year? thinking about "
                + "it");
        re(10, "12:30", ros, cert, "it's pricey for what it is");
        say(11, "09:00", lnAsk, jade, "last 3 days of the autumn price! 14 nights of support, £99: "
                + "https://jadesleeps.example/reset");
        Post through = say(11, "19:00", lnAsk, ravi, "dropped the third nap, bedtime at 6:45 now and she sleeps "
                + "through!! thank you @Efua Mensah");
        re(11, "19:30", efua, through, "amazing Ravi! 🎉");
        Post once = say(12, "07:00", lnLog, aisling, "night 11: up once!!! ONCE!");
        re(12, "07:20", tunde, once, "🎉 yesss");
        Post bed = say(13, "19:00", lnAsk, aisling, "what's a sensible bedtime at 10 months? we're at 8:30 and "
                + "it feels late");
        Post bedA = re(13, "19:30", efua, bed, "7 to 7:30 suits most at that age, move it 15 mins earlier "
                + "every few days");
        re(13, "19:40", aisling, bedA, "thanks, starting tonight");
        // W45
        Post five = say(15, "13:00", lnAsk, lotte, "Bram has started waking at 5am on the dot. is that just his "
                + "day now?");
        Post fiveA = re(15, "13:30", ros, five, "check the room is dark enough, early light is the usual culprit. "
                + "blackout blinds, or even foil on the window for a week");
        re(15, "13:40", lotte, fiveA, "foil it is, thanks!");
        Post draft = say(16, "10:00", lnCorner, efua, "I've been asked to write a guide for the library's parent "
                + "group. anyone want to read a draft?");
        re(16, "10:30", ros, draft, "me, send it over");
        Post notes = say(17, "16:00", lnCorner, ros, "Efua your draft is lovely, a couple of notes in the margin");
        re(17, "16:30", efua, notes, "thank you Ros!");
        say(18, "07:00", lnLog, ravi, "night log: 7pm to 6:10am. I don't know who I am anymore");
        Post overflow = say(19, "12:00", lnCorner, jade, "quiet week, anyone got overflow clients?");
        re(19, "12:30", ros, overflow, "I might in January");
        Post foil = say(20, "07:00", lnLog, lotte, "foil on the window: 6:15 wake up!! an extra hour 🙏");
        re(20, "07:30", aisling, foil, "foil gang");
        say(21, "07:00", lnLog, tunde, "twins in the same room, white noise on, 9 hours 🙏");
    }

    private void piercers() {
        // W43
        Post spore = say(1, "08:00", cnStudio, dorian, "autoclave spore test came back clean, small joys");
        re(1, "08:20", greta, spore, "best feeling in the world honestly");
        Post bump = say(2, "12:00", cnAfter, zainab, "my helix has a bump after 3 weeks 😭 do I need to take it "
                + "out?");
        Post bumpA = re(2, "12:30", greta, bump, "don't take it out! usually pressure or sleeping on it. saline "
                + "twice a day, travel pillow at night, and get the jewellery checked by your piercer. worth a read: "
                + "https://piercingsafety.example/bumps https://piercingsafety.example/saline "
                + "https://piercingsafety.example/sleeping https://piercingsafety.example/downsizing");
        re(2, "12:40", zainab, bumpA, "thank you so much, going to try the pillow");
        Post thread = say(3, "10:00", cnStudio, dorian, "anyone using the implant-grade threadless from the new "
                + "supplier? quality ok?");
        Post threadA = re(3, "10:30", mateus, thread, "good so far, a couple of ends had rough edges, sent them "
                + "back");
        re(3, "10:40", dorian, threadA, "cheers Mateus");
        say(4, "17:00", cnFresh, ellie, "healed nostril by @Mateus Ferreira, 6 months and not one bump 😍");
        say(4, "19:00", cnFresh, kofi, "my first ever piercing, a conch, done by Mateus last week. barely felt it");
        Post curation = say(5, "11:00", cnStudio, mateus, "anyone else doing more ear curation this year? half my "
                + "bookings are 'make my ear look nice' now");
        re(5, "11:20", greta, curation, "same. love it, it's the fun bit");
        Post labret = say(6, "14:00", cnSwap, noa, "selling 2 titanium flat back labrets, 16g 8mm, never worn, £12 "
                + "each");
        re(6, "14:30", ellie, labret, "I'll take one! dm'ing you");
        // W44
        Post crust = say(8, "08:00", cnAfter, kofi, "conch is 10 days old and a bit crusty in the mornings, "
                + "normal?");
        Post crustA = re(8, "08:30", greta, crust, "totally normal, that's lymph. rinse with saline, don't pick");
        re(8, "08:40", kofi, crustA, "ok phew thanks");
        Post gone = say(9, "18:00", cnFresh, zainab, "helix bump is GONE after the pillow trick 🙏");
        re(9, "18:30", greta, gone, "yesss");
        say(10, "16:00", cnStudio, mateus, "staff training day tomorrow, anatomy checks on 20 volunteer ears lol");
        say(11, "12:00", cnFresh, ellie, "added a second lobe with @Mateus Ferreira, he's so gentle, best studio "
                + "in town honestly");
        say(11, "18:00", cnStudio, mateus, "training went great, everyone passed");
        say(12, "10:00", cnSwap, greta, "downsizing my stash: 3 rose gold threadless ends, £25 each, pics on "
                + "request");
        Post charity = say(12, "19:00", cnStudio, dorian, "did 14 lobes at the charity day, raised £400 for the "
                + "hospice");
        re(12, "19:20", mateus, charity, "legend");
        Post spray = say(13, "11:00", cnStudio, greta, "saline spray prices have doubled at the wholesaler, "
                + "anyone found a cheaper one?");
        re(13, "11:30", dorian, spray, "buying the big cans helps");
        // W45
        Post tragus = say(15, "10:00", cnAfter, noa, "what size should I downsize my tragus to? it was pierced with "
                + "an 8mm");
        Post tragusA = re(15, "10:30", mateus, tragus, "usually a 6 or 5mm once the swelling's down, around 6-8 "
                + "weeks. pop in and we'll measure");
        re(15, "10:40", noa, tragusA, "thanks!");
        Post wall = say(16, "13:00", cnStudio, greta, "new jewellery wall is up 🎉");
        re(16, "13:30", dorian, wall, "looks amazing");
        say(17, "11:00", cnAfter, dorian, "https://dorianbody.example/shop/aftercare-mist");
        say(17, "15:00", cnAfter, kofi, "conch healed up fine btw, thanks for the help all");
        Post down = say(18, "12:00", cnFresh, noa, "downsized tragus, thanks @Mateus Ferreira!");
        re(18, "12:30", mateus, down, "looks perfect Noa");
        Post up = say(19, "17:00", cnStudio, mateus, "ear curation consults up 30% this month, wild");
        re(19, "17:20", greta, up, "nice");
        say(20, "13:00", cnFresh, ellie, "3 piercings with Mateus now, i'm a collector 😅");
        Post swim = say(21, "10:00", cnAfter, zainab, "can I swim with a 6 week old helix?");
        re(21, "10:30", greta, swim, "best to wait till it's healed, or a waterproof dressing and rinse after");
    }

    private void wigMakers() {
        // W43
        Post amHi = say(1, "10:00", lcWelcome, amina, "Hi, I'm Amina. starting chemo next month and my oncologist "
                + "said to sort a wig before my hair goes. feeling a bit lost");
        Post amW = re(1, "10:30", rukhsana, amHi, "welcome Amina, lots of us here have helped people in exactly "
                + "your spot. ask anything in #ask-about-hair-loss, no question is silly");
        re(1, "10:40", amina, amW, "thank you 💛");
        Post synth = say(2, "11:00", lcAsk, amina, "synthetic or human hair for chemo? the prices are so "
                + "different");
        Post synthA = re(2, "11:30", simone, synth, "synthetic is lighter and easier to care for, which matters "
                + "when you're tired. human hair lasts longer. lots of my chemo clients start synthetic. and ask "
                + "your hospital about the wig voucher");
        re(2, "11:40", amina, synthA, "didn't know about the voucher, thank you!");
        Post swiss = say(3, "09:00", lcBench, rukhsana, "anyone got a good supplier for swiss lace? mine's gone up "
                + "40%");
        Post swissA = re(3, "09:20", odette, swiss, "the one in Leeds is still fair, I'll find you the name");
        re(3, "09:25", rukhsana, swissA, "please");
        say(3, "09:50", lcBench, odette, "Rukhsana: it's the one on Kirkgate, ask for trade price");
        say(4, "20:00", lcAsk, felicity, "@Simone Achterberg my topper from you is the best thing I've bought this "
                + "year. went swimming with my niece on saturday and didn't think about my hair once. "
                + "thank you ❤️");
        Post vent = say(5, "10:00", lcBench, simone, "ventilating a full lace today, 40 hours to go, send tea");
        re(5, "10:20", lorraine, vent, "🫡 godspeed");
        say(6, "12:00", lcSale, rukhsana, "mid brown monofilament topper, 8 inch, £260, never worn (client changed "
                + "her mind)");
        Post irisHi = say(7, "15:00", lcWelcome, iris, "Hi all, Iris, alopecia since my 20s, toppers mostly. "
                + "nice to find makers who talk straight");
        re(7, "15:30", rukhsana, irisHi, "welcome Iris!");
        // W44: Odette posts a tip to the room twice a day and talks with nobody
        say(8, "08:00", lcBench, odette, "knotting tip: single knots at the hairline, double everywhere else, and "
                + "bleach the knots at the front only");
        Post clip = say(8, "10:00", lcAsk, iris, "how do you stop a topper clip pulling on thin hair?");
        Post clipA = re(8, "10:40", simone, clip, "a tiny bit of dry shampoo or a bobby pin under the clip as an "
                + "anchor, and move the clip spot a little each day");
        re(8, "10:50", iris, clipA, "brilliant, thank you");
        say(8, "13:00", lcAsk, odette, "reminder for anyone new: a wig shouldn't hurt. if it gives you headaches "
                + "the cap is too tight");
        say(8, "19:00", lcBench, odette, "pre-plucking tip: go slow, a few hairs at a time, and check in a mirror "
                + "from two metres away");
        say(9, "08:00", lcAsk, odette, "wash synthetic wigs in cool water only, hot water kinks the fibre for good");
        say(9, "11:00", lcBench, rukhsana, "sold the topper, thanks all");
        say(9, "14:00", lcBench, odette, "has anyone else found the new lace glue leaves a white film? switching "
                + "back");
        say(10, "08:00", lcAsk, odette, "silk pillowcase for your wig and your scalp, trust me");
        Post fitting = say(10, "12:00", lcAsk, amina, "first wig fitting done. I cried, then I laughed, then I "
                + "bought it 😂");
        re(10, "12:30", simone, fitting, "Amina that's exactly how it's meant to go 💛");
        say(10, "17:00", lcBench, odette, "reminder to oil your ventilating needles, they rust in this damp");
        say(11, "09:00", lcAsk, odette, "if you're on chemo, a soft cotton cap under the wig helps with the itch");
        Post bridal = say(11, "12:00", lcBench, lorraine, "anyone doing the bridal fair in March?");
        re(11, "12:20", rukhsana, bridal, "yes, sharing a stand with my sister");
        say(11, "16:00", lcBench, odette, "measuring tip: always measure the head twice, ear to ear over the top "
                + "and all the way round");
        say(12, "08:00", lcAsk, odette, "brush a curly wig only when it's wet, with fingers or a wide comb");
        say(12, "15:00", lcBench, odette, "density for first-timers: 130% looks natural on most people, 180% reads "
                + "as a wig");
        say(13, "10:00", lcAsk, odette, "ventilated partings look more natural than silk tops in photos, fyi");
        Post lace41 = say(14, "17:00", lcBench, simone, "finished the full lace, 41 hours in the end 😮‍💨");
        re(14, "17:30", rukhsana, lace41, "beautiful");
        // W45
        Post vote = say(15, "10:00", lcBench, lorraine, "I've been shortlisted for wig maker of the year!! please "
                + "vote for me, takes 10 seconds: https://hairawards.example/vote/lorraine-baptiste every vote "
                + "counts 🙏");
        re(15, "10:30", rukhsana, vote, "congrats Lorraine!");
        Post sauna = say(15, "14:00", lcAsk, felicity, "does anyone know if toppers are ok in a sauna? going on a "
                + "spa weekend");
        Post saunaA = re(15, "14:30", simone, sauna, "heat is hard on the base glue and on synthetic fibre, I'd wear "
                + "a silk scarf in the sauna and pop the topper on after");
        re(15, "14:40", felicity, saunaA, "good plan thanks");
        say(16, "11:00", lcAsk, lorraine, "could you all give my new page a follow? @lorrainebaptiste.wigs on "
                + "insta, trying to get to 1k before the awards 💕");
        say(17, "12:00", lcSale, simone, "two demo toppers from my fair stand, light brown and ash blonde, £180 "
                + "each, photos on request");
        Post kirk = say(18, "10:00", lcBench, rukhsana, "lace prices at Kirkgate are fair, thanks again Odette");
        re(18, "10:30", odette, kirk, "told you!");
        Post clipped = say(19, "09:00", lcAsk, iris, "the topper clip trick works, thank you Simone");
        re(19, "09:30", simone, clipped, "yay!");
        Post best = say(19, "19:00", lcAsk, amina, "3 weeks into chemo and my wig is my best friend. thank you all "
                + "in here, honestly");
        re(19, "19:20", simone, best, "so glad Amina 💛 here whenever you need us");
        re(19, "19:30", rukhsana, best, "sending love");
    }

    static Map<String, String> files() {
        return new HeldOutScenes70Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 70");
    }
}
