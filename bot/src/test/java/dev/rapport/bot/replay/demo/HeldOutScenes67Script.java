package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 67 (sealed): eight communities of money, law, property and paperwork, of kinds no earlier round used
 * (residential conveyancers with a room where home buyers ask and a capacity board, small landlords with a letting
 * agent among them, executors settling a parent's estate where nobody sells, a payroll bureau's own server with its
 * Staff and client businesses, sole traders doing their own tax returns with tax advisers and an advisers' corner,
 * public-sector bid writers with a room where small firms ask, flood-hit households with public loss assessors, and
 * mortgage brokers with a room where first-time buyers ask), over three ISO weeks (2028-W31 to W33), written and
 * labelled by writer67 (session 40) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-67.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes67Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 7, 31);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 8, 21, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-67";
    private static final int BASE = 51600;

    // --- A. conveyancers ---
    private final String conv = cast.guild(951);
    private final Channel acShop = cast.channel(conv, "Exchange & Complete", "searches-and-snags",
            "for conveyancers talking shop: searches, lenders, chains, moans", "ec-searches-and-snags.json");
    private final Channel acAsk = cast.channel(conv, "Exchange & Complete", "buyers-ask",
            "buying or selling a home? ask the conveyancers here", "ec-buyers-ask.json");
    private final Channel acCap = cast.channel(conv, "Exchange & Complete", "capacity-board",
            "conveyancers: post your open capacity and fixed fees here", "ec-capacity-board.json");
    private final Channel acBell = cast.channel(conv, "Exchange & Complete", "completion-bell",
            "ring the bell: one line per completion", "ec-completion-bell.json");
    private final Persona harriet = cast.person("harriet.ok", "Harriet Okonjo");
    private final Persona bilal = cast.person("bilal.q", "Bilal Qureshi");
    private final Persona ines = cast.person("ines.conv", "Ines Carvalho");
    private final Persona rosalind = cast.person("ros.achter", "Rosalind Achterberg");
    private final Persona tadhg = cast.person("tadhg.m", "Tadhg Mulvey");
    private final Persona sunniva = cast.person("sunniva.l", "Sunniva Lind");
    private final Persona kwame = cast.person("kwame.a", "Kwame Asante");
    private final Persona yusra = cast.person("yusra.h", "Yusra Haddad");
    private final Persona dov = cast.person("dov.searchpilot", "Dov Perlman");
    private final Channel acDmDov = cast.dm(dov, "ec-dm-dov.json");

    // --- B. small landlords ---
    private final String land = cast.guild(952);
    private final Channel blChat = cast.channel(land, "Two-Up Two-Down Landlords", "rent-day-chat",
            "general chat for small landlords", "ll-rent-day-chat.json");
    private final Channel blPaper = cast.channel(land, "Two-Up Two-Down Landlords", "notices-and-deposits",
            "tenancy paperwork: notices, deposits, EPCs, licensing", "ll-notices-and-deposits.json");
    private final Channel blTrades = cast.channel(land, "Two-Up Two-Down Landlords", "trusted-trades",
            "recommend tradespeople you've used; tradespeople welcome to say hello", "ll-trusted-trades.json");
    private final Channel blIntro = cast.channel(land, "Two-Up Two-Down Landlords", "say-hello",
            "new? introduce yourself", "ll-say-hello.json");
    private final Persona mehwish = cast.person("mehwish.r", "Mehwish Rana");
    private final Persona gareth = cast.person("gareth.p", "Gareth Pryce");
    private final Persona caspian = cast.person("caspian.rk", "Caspian Rowe");
    private final Persona philippa = cast.person("philippa.o", "Philippa Oyelaran");
    private final Persona hoseong = cast.person("hoseong.b", "Ho-seong Baek");
    private final Persona loredana = cast.person("loredana.f", "Loredana Ferri");
    private final Persona abdi = cast.person("abdi.gas", "Abdi Warsame");

    // --- C. executors (nobody sells) ---
    private final String exec = cast.guild(953);
    private final Channel exForms = cast.channel(exec, "The Executors' Table", "probate-forms",
            "PA1P, IHT, bank letters: help each other with the forms", "ex-probate-forms.json");
    private final Channel exHouse = cast.channel(exec, "The Executors' Table", "emptying-the-house",
            "clearing, valuing and selling a parent's home", "ex-emptying-the-house.json");
    private final Channel exHowAre = cast.channel(exec, "The Executors' Table", "how-are-you-doing",
            "tell us how you're doing this week, no advice unless asked", "ex-how-are-you-doing.json");
    private final Channel exWelcome = cast.channel(exec, "The Executors' Table", "welcome-in",
            "new? say hello and tell us a little about whose estate you're handling", "ex-welcome-in.json");
    private final Persona margit = cast.person("margit.sz", "Margit Szabó");
    private final Persona ayodele = cast.person("ayo.bankole", "Ayodele Bankole");
    private final Persona ruth = cast.person("ruth.k", "Ruth Kaminski");
    private final Persona fergal = cast.person("fergal.q", "Fergal Quinlan");
    private final Persona shanthi = cast.person("shanthi.r", "Shanthi Ramaswamy");
    private final Persona mateus = cast.person("mateus.o", "Mateus Oliveira");
    private final Persona henrike = cast.person("henrike.v", "Henrike Vogel");

    // --- D. payroll bureau's own server ---
    private final String pay = cast.guild(954);
    private final Role payStaff = cast.role("Staff", "#2e86c1", 2);
    private final Channel pdDesk = cast.channel(pay, "Ledgerlight Payroll", "payroll-desk",
            "clients: post your payroll questions here and one of our payroll team will reply", "pr-payroll-desk.json");
    private final Channel pdDates = cast.channel(pay, "Ledgerlight Payroll", "cut-off-dates",
            "cut-off dates and notices, posted by the payroll team", "pr-cut-off-dates.json");
    private final Channel pdLounge = cast.channel(pay, "Ledgerlight Payroll", "clients-lounge",
            "chat between client businesses", "pr-clients-lounge.json");
    private final Channel pdHello = cast.channel(pay, "Ledgerlight Payroll", "new-clients",
            "introduce your business", "pr-new-clients.json");
    private final Persona joanna = cast.person("joanna.ll", "Joanna Pietrowska", payStaff);
    private final Persona ravi = cast.person("ravi.ll", "Ravi Chandrasekar", payStaff);
    private final Persona siobhan = cast.person("siobhan.cafe", "Siobhan Farrelly");
    private final Persona nikos = cast.person("nikos.garage", "Nikos Papadakis");
    private final Persona marisol = cast.person("marisol.v", "Marisol Vega");
    private final Persona eero = cast.person("eero.joinery", "Eero Lindqvist");
    private final Persona matteo = cast.person("matteo.b", "Matteo Bruni");
    private final Persona aaliyah = cast.person("aaliyah.clean", "Aaliyah Brooks");
    private final Persona oksana = cast.person("oksana.salons", "Oksana Melnyk");

    // --- E. self-assessment filers and tax advisers ---
    private final String tax = cast.guild(955);
    private final Channel saQs = cast.channel(tax, "Self-Assessment Survivors", "return-questions",
            "stuck on your tax return? ask here", "sa-return-questions.json");
    private final Channel saRants = cast.channel(tax, "Self-Assessment Survivors", "receipts-and-rants",
            "sole traders' chat: receipts, records, rants", "sa-receipts-and-rants.json");
    private final Channel saAdv = cast.channel(tax, "Self-Assessment Survivors", "adviser-corner",
            "tax advisers: offer your services here, fees and availability", "sa-adviser-corner.json");
    private final Channel saIntro = cast.channel(tax, "Self-Assessment Survivors", "introductions",
            "introduce yourself and your trade", "sa-introductions.json");
    private final Persona benedikt = cast.person("benedikt.auer", "Benedikt Auer");
    private final Persona nomvula = cast.person("nomvula.d", "Nomvula Dube");
    private final Persona kerryann = cast.person("kerryann.grooms", "Kerry-Ann Whitfield");
    private final Persona arjun = cast.person("arjun.photo", "Arjun Mehta");
    private final Persona liesel = cast.person("liesel.h", "Liesel Hartmann");
    private final Persona desmond = cast.person("desmond.plumb", "Desmond Achebe");
    private final Persona yara = cast.person("yara.draws", "Yara Nasser");
    private final Persona tavita = cast.person("tavita.f", "Tavita Faleolo");

    // --- F. bid writers ---
    private final String bid = cast.guild(956);
    private final Channel bwShop = cast.channel(bid, "Scored & Submitted", "bid-room",
            "bid writers talking shop: frameworks, scoring, word counts, moans", "bw-bid-room.json");
    private final Channel bwAsk = cast.channel(bid, "Scored & Submitted", "small-firms-ask",
            "small firms: ask the bid writers about tenders and frameworks", "bw-small-firms-ask.json");
    private final Channel bwNotices = cast.channel(bid, "Scored & Submitted", "tender-notices",
            "new public tenders worth a look, one per post, link + deadline", "bw-tender-notices.json");
    private final Persona philomena = cast.person("philomena.a", "Philomena Adjei");
    private final Persona gunnar = cast.person("gunnar.e", "Gunnar Eklund");
    private final Persona saoirse = cast.person("saoirse.d", "Saoirse Dunleavy");
    private final Persona mirko = cast.person("mirko.j", "Mirko Jovanović");
    private final Persona pedro = cast.person("pedro.clean", "Pedro Alcántara");
    private final Persona hina = cast.person("hina.catering", "Hina Sato");
    private final Persona rahel = cast.person("rahel.it", "Rahel Tesfaye");

    // --- G. flood claims with loss assessors ---
    private final String flood = cast.guild(957);
    private final Channel fwDiary = cast.channel(flood, "After the Water: Calder Bridge", "claim-diary",
            "tell us where your claim is at this week", "fw-claim-diary.json");
    private final Channel fwAsk = cast.channel(flood, "After the Water: Calder Bridge", "ask-an-assessor",
            "homeowners: ask the loss assessors here", "fw-ask-an-assessor.json");
    private final Channel fwChat = cast.channel(flood, "After the Water: Calder Bridge", "drying-out",
            "general chat for flooded households", "fw-drying-out.json");
    private final Channel fwTrade = cast.channel(flood, "After the Water: Calder Bridge", "assessors-only",
            "for loss assessors and adjusters talking shop", "fw-assessors-only.json");
    private final Persona aziza = cast.person("aziza.k", "Aziza Karimova");
    private final Persona lachlan = cast.person("lachlan.d", "Lachlan Drummond");
    private final Persona dagny = cast.person("dagny.s", "Dagny Solberg");
    private final Persona brendan = cast.person("brendan.oh", "Brendan O'Hare");
    private final Persona parveen = cast.person("parveen.a", "Parveen Akhtar");
    private final Persona mina = cast.person("mina.r", "Mina Rauch");
    private final Persona teodor = cast.person("teodor.i", "Teodor Ilić");

    // --- H. mortgage brokers ---
    private final String mort = cast.guild(958);
    private final Channel mbLounge = cast.channel(mort, "Rate Watch", "broker-lounge",
            "brokers chatting: lenders, cases, the lot", "mb-broker-lounge.json");
    private final Channel mbFtb = cast.channel(mort, "Rate Watch", "first-time-buyers-ask",
            "buying your first home? ask the brokers", "mb-first-time-buyers-ask.json");
    private final Channel mbRates = cast.channel(mort, "Rate Watch", "rate-moves",
            "lender rate changes as they happen, one per post", "mb-rate-moves.json");
    private final Channel mbHello = cast.channel(mort, "Rate Watch", "hello",
            "introduce yourself", "mb-hello.json");
    private final Persona marguerite = cast.person("marguerite.a", "Marguerite Ashdown");
    private final Persona emeka = cast.person("emeka.n", "Emeka Nwosu");
    private final Persona sigrun = cast.person("sigrun.h", "Sigrún Halldórsdóttir");
    private final Persona farhan = cast.person("farhan.s", "Farhan Siddiqui");
    private final Persona chloe = cast.person("chloe.m", "Chloé Marchetti");
    private final Persona jonah = cast.person("jonah.f", "Jonah Feldman");
    private final Persona noor = cast.person("noor.as", "Noor Al-Sayed");
    private final Persona ngaire = cast.person("ngaire.t", "Ngaire Tamihana");

    private HeldOutScenes67Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        conveyancers();
        landlords();
        executors();
        payroll();
        taxReturns();
        bidWriters();
        floodClaims();
        mortgageBrokers();
    }

    private void conveyancers() {
        // W31
        Post eastmoor = say(1, "09:10", acShop, harriet, "morning all. anyone else had the local authority search "
                + "from Eastmoor take 6 weeks? client's chain is wobbling");
        Post regulated = re(1, "09:25", bilal, eastmoor, "Eastmoor is a nightmare, we've gone to regulated searches "
                + "for them. or indemnity if the lender allows");
        re(1, "09:40", harriet, regulated, "lender allows it, I'll put it to the client. ta");
        Post boiler = say(1, "11:00", acAsk, tadhg, "first time buying. the seller's side say the boiler has no "
                + "certificates, should I be worried or is that normal?");
        Post boilerAns = re(1, "11:30", ines, boiler, "quite common on older installs. ask for the service history "
                + "and budget for a Gas Safe check before exchange. your surveyor may flag it too");
        re(1, "11:45", tadhg, boilerAns, "ok that's reassuring, thanks Ines");
        say(2, "08:30", acCap, rosalind, "two openings for freehold purchases in August, £950 + VAT fixed fee, "
                + "searches admin included. message me for a quote");
        say(2, "08:45", acCap, ines, "capacity for 3 leasehold sales from mid-Aug, free quotes");
        say(2, "14:00", acBell, harriet, "completed on a probate sale that's been going since February 🔔")
                .react("🎉", bilal, ines);
        say(2, "14:10", acBell, bilal, "two completions today, both first time buyers").react("👏", harriet);
        Post sameDay = say(3, "10:00", acAsk, sunniva, "our buyer wants to exchange and complete on the same day. "
                + "is that risky for us as sellers?");
        Post sameDayAns = re(3, "10:40", harriet, sameDay, "not really risky for you, the risk is mostly removals. "
                + "if you're buying too, make sure your own purchase can complete that day as well");
        re(3, "10:50", sunniva, sameDayAns, "we're renting after, so no chain. brilliant, thank you");
        Post panel = say(3, "16:00", acShop, rosalind, "lender panel question: anyone been dropped from Northgate's "
                + "panel this year? we got a letter with zero reasons");
        Post panelAns = re(3, "16:20", bilal, panel, "us too in March. reapplied with the new PI certificate and "
                + "got back on in 5 weeks");
        re(3, "16:30", rosalind, panelAns, "thanks, that's hopeful");
        Post stmt = say(4, "09:00", acAsk, yusra, "what does a 'completion statement' actually include? ours came "
                + "in higher than we expected");
        Post stmtAns = re(4, "09:20", bilal, stmt, "it'll have the stamp duty, Land Registry fee, searches and the "
                + "firm's fee. ask them to break out the disbursements if it isn't clear");
        re(4, "09:30", yusra, stmtAns, "stamp duty! forgot about that entirely. thanks Bilal");
        Post signoff = say(5, "13:00", acShop, ines, "Friday. anyone else's client just discovered their extension "
                + "was never signed off?");
        Post signoffAns = re(5, "13:10", harriet, signoff, "weekly occurrence. indemnity or retrospective sign off, "
                + "depends how brave the buyer is");
        re(5, "13:15", ines, signoffAns, "buyer is brave, lender is not 😂");

        // W32
        Post ta6 = say(8, "08:05", acShop, rosalind, "Monday again. who's seen the new TA6 draft? the flood "
                + "question is twice as long");
        Post ta6b = re(8, "08:20", harriet, ta6, "saw it. clients are going to love page 4");
        re(8, "08:25", rosalind, ta6b, "page 4 is going to be my whole week");
        Post dovHi = say(8, "09:30", acShop, dov, "hi all, Dov here, I build search-ordering software for small "
                + "firms. been lurking a bit");
        re(8, "09:40", ines, dovHi, "welcome Dov");
        say(8, "11:00", acAsk, kwame, "@Bilal Qureshi you handled our flat purchase in 2026, could you quote for a "
                + "transfer of equity? my partner's coming onto the deeds");
        Post gift = say(8, "14:00", acShop, rosalind, "anyone had a lender refuse a gifted deposit from a "
                + "grandparent abroad? first time for me");
        Post giftAns = re(8, "14:20", ines, gift, "only when the source of funds trail was thin. get the bank "
                + "statements translated early");
        re(8, "14:30", rosalind, giftAns, "good shout, will do");
        say(8, "15:00", acDmDov, dov, "Hi Ines, thanks for the welcome! We help small firms cut search ordering "
                + "time in half. £49/month per fee earner, first month free. Grab a 15 min demo here: "
                + "https://searchpilot.example/book");
        Post portal = say(9, "09:00", acShop, bilal, "Land Registry portal down again, or just me?");
        Post portalAns = re(9, "09:10", rosalind, portal, "down for me too, since 8:40");
        re(9, "09:15", bilal, portalAns, "phew. coffee then");
        say(9, "10:00", acAsk, yusra, "the sellers want to leave the garden shed but take the greenhouse. does that "
                + "go on a form somewhere or do we just trust them?");
        Post sdlt = say(9, "16:00", acShop, rosalind, "stamp duty one for the room: surcharge on a buyer who still "
                + "owns half a flat with an ex. anyone had HMRC accept a refund claim after?");
        Post sdltAns = re(9, "16:30", harriet, sdlt, "yes, twice, once they sold within 3 years. get the client to "
                + "diarise it");
        re(9, "16:40", rosalind, sdltAns, "perfect, thanks Harriet");
        say(10, "10:00", acDmDov, dov, "Hi again Ines, did you get a chance to look?");
        Post idChecks = say(10, "11:00", acShop, rosalind, "unpopular opinion: the new client ID checks are fine, "
                + "it's the clients who aren't");
        Post idb = re(10, "11:15", bilal, idChecks, "the ones who send a photo of a photo of their passport");
        re(10, "11:20", rosalind, idb, "taken in a car at night, classic");
        say(10, "17:00", acShop, bilal, "who's at the law society roadshow in Leeds next month?");
        Post bundle = say(11, "09:30", acShop, rosalind, "who uses the Chancery Lane search bundle? price went up "
                + "12% overnight");
        Post bundleAns = re(11, "09:45", ines, bundle, "we dropped them in spring, the regional ones are quicker "
                + "anyway");
        Post bundleQ = re(11, "10:00", rosalind, bundleAns, "noted. anyone got a name for the regional lot?");
        Post fenwick = re(11, "10:10", harriet, bundleQ, "Fenwick Searches, ask for Colm");
        re(11, "10:15", rosalind, fenwick, "cheers");
        say(11, "12:00", acAsk, tadhg, "the seller's solicitor says they can only give 'limited title guarantee'. "
                + "is that bad?");
        Post crete = say(12, "15:00", acShop, rosalind, "Friday chain update: 7-link chain, 6 ready, one buyer "
                + "on holiday in Crete");
        re(12, "15:20", harriet, crete, "there's always one in Crete");

        // W33
        Post shedAns = at(15, "09:00").in(acAsk).reply(harriet, findPost(acAsk, yusra, "garden shed"),
                "sorry this sat! that's the fittings and contents form, TA10. list both, shed stays, greenhouse goes");
        re(15, "09:10", yusra, shedAns, "ah TA10, thank you!");
        Post titleAns = at(15, "09:30").in(acAsk).reply(ines, findPost(acAsk, tadhg, "limited title"),
                "not bad, it usually means the seller is an executor and knows less about the house. your searches "
                        + "and enquiries cover most of the gap");
        re(15, "09:45", tadhg, titleAns, "makes sense, it is a probate sale. thanks Ines");
        Post toe = at(16, "08:40").in(acAsk).reply(bilal, findPost(acAsk, kwame, "transfer of equity"),
                "Kwame, so sorry, missed this in the portal chaos. yes, a transfer of equity is £450 + VAT plus the "
                        + "Land Registry fee, I'll email you the terms today");
        re(16, "08:55", kwame, toe, "great, thanks Bilal");
        say(17, "09:00", acCap, bilal, "capacity for remortgages and transfers of equity from September, free "
                + "quotes");
        say(18, "16:00", acBell, rosalind, "the Crete chain completed 🔔").react("🎉", harriet, ines, bilal);
        say(19, "12:00", acShop, harriet, "off next week, Ines is covering my files if anything lands");
    }

    private void landlords() {
        // W31
        Post hoHi = say(1, "08:00", blIntro, hoseong, "hi all, Ho-seong here. inherited my gran's terrace in "
                + "Barnsley and apparently I'm a landlord now. no idea what I'm doing");
        Post hoWelcome = re(1, "08:30", mehwish, hoHi, "welcome! start with the pinned checklist in "
                + "#notices-and-deposits, Philippa wrote it and it's the best thing on here");
        re(1, "08:40", hoseong, hoWelcome, "ooh thank you, reading now");
        Post casHi = say(1, "12:00", blIntro, caspian, "Hello! Caspian Rowe, I run a small lettings and management "
                + "agency in Leeds. Site's here if useful: https://roweandkey.example");
        re(1, "12:10", loredana, casHi, "welcome Caspian");
        Post noDep = say(2, "09:00", blPaper, hoseong, "the current tenant has been there 11 years and there's no "
                + "deposit at all. do I need to do anything?");
        Post noDepAns = re(2, "09:20", philippa, noDep, "no deposit means nothing to protect. but check there's a "
                + "gas cert, an EPC and the How to Rent guide given, or you can't serve notice later");
        re(2, "09:35", hoseong, noDepAns, "EPC exists, gas cert expired in May 😬 on it today");
        Post gasQ = say(2, "13:00", blTrades, hoseong, "anyone do gas safety certs round Barnsley or Sheffield?");
        Post gasAns = re(2, "13:30", abdi, gasQ, "I do, £65 a cert, Sheffield, Barnsley, Rotherham. can usually "
                + "come within the week, DM me");
        re(2, "13:40", hoseong, gasAns, "DMing now 👍");
        Post rent = say(3, "18:00", blChat, loredana, "rent day and 2 of 3 paid on time, which is a record for "
                + "August");
        re(3, "18:10", gareth, rent, "3 of 3 here but one paid in two halves 😂");
        Post lic = say(4, "10:00", blPaper, gareth, "licensing question: our council's selective licensing zone is "
                + "expanding. anyone been through the application? how long did it take?");
        Post licAns = re(4, "10:30", mehwish, lic, "about 9 weeks in Bradford. the fire doors were what slowed us");
        Post licQ = re(4, "10:45", gareth, licAns, "9 weeks, ok. which doors did you end up with, the FD30s?");
        re(4, "11:00", mehwish, licQ, "FD30s with closers, the inspector checked the gaps with a coin");
        Post abdiRec = say(5, "14:00", blTrades, hoseong, "gas cert done by @Abdi Warsame, he spotted a loose flue "
                + "too. recommend");
        re(5, "14:30", abdi, abdiRec, "thanks Ho-seong, glad it's sorted");
        Post sage = say(6, "11:00", blChat, philippa, "tenant asked to paint the living room 'sage'. I've said yes. "
                + "am I getting soft?");
        re(6, "11:20", loredana, sage, "sage is fine, it's when they ask for black ceilings you worry");

        // W32
        say(8, "09:00", blChat, caspian, "Landlords, tired of chasing rent and repairs? We fully manage from 8% + "
                + "VAT, first month free for members here. Book a free call: https://roweandkey.example/landlords");
        say(8, "09:20", blPaper, caspian, "Struggling with the new licensing rules? Our managed service handles the "
                + "whole application. 8% + VAT, first month free: https://roweandkey.example/landlords");
        say(8, "09:40", blTrades, caspian, "Not strictly a trade but we handle repairs for landlords across Leeds, "
                + "8%, first month free: https://roweandkey.example/landlords");
        say(8, "10:15", blChat, mehwish, "Caspian, no adverts in the chat rooms please, it's in the pinned rules");
        say(8, "10:30", blChat, caspian, "apologies Mehwish, noted");
        Post rtr = say(8, "11:00", blPaper, loredana, "right to rent check for a tenant with a share code: do I "
                + "keep a copy or just the result?");
        Post rtrAns = re(8, "11:30", philippa, rtr, "keep the PDF of the check result, dated. that's your "
                + "statutory excuse");
        re(8, "11:35", loredana, rtrAns, "perfect, thank you");
        Post good = say(9, "17:00", blChat, hoseong, "update: tenant loves the new boiler, I am apparently 'the "
                + "good landlord' now");
        re(9, "17:10", mehwish, good, "frame that");
        say(10, "10:00", blPaper, gareth, "selective licence application in! 47 pages")
                .react("👏", mehwish, philippa);
        Post howTo = say(10, "12:00", blPaper, hoseong, "@Philippa Oyelaran is the How to Rent guide still last "
                + "year's or is there a new one?");
        re(10, "12:40", philippa, howTo, "there's a new one from June, it's in the pinned checklist, I updated it "
                + "yesterday");
        Post roofer = say(11, "08:30", blTrades, mehwish, "anyone got a roofer in Bradford who'll actually turn up? "
                + "two no-shows this month");
        Post kuba = re(11, "08:50", gareth, roofer, "Kuba at Highfield Roofing, not cheap but shows up");
        re(11, "09:00", mehwish, kuba, "that's all I ask 😂 thanks");
        Post sold = say(12, "19:00", blChat, loredana, "sold one of my three this week. feels strange");
        Post soldQ = re(12, "19:15", philippa, sold, "end of an era. were they good tenants?");
        re(12, "19:30", loredana, soldQ, "brilliant, they bought it off me actually!");

        // W33
        Post bill = say(15, "09:00", blChat, philippa, "the renters' rights summary is out, worth a read for the "
                + "periodic tenancy changes: https://housingbrief.example/renters-rights-summary");
        re(15, "09:30", gareth, bill, "thanks, the bit on rent review notices is what I needed");
        Post cat = say(16, "18:00", blPaper, hoseong, "tenant's asked if he can have a cat. can I say no?");
        Post catAns = re(16, "18:20", mehwish, cat, "depends on the tenancy, but a flat no is getting harder. a lot "
                + "of us ask for pet insurance instead");
        re(16, "18:30", hoseong, catAns, "pet insurance it is. thanks Mehwish");
        say(17, "08:00", blTrades, abdi, "booking autumn gas certs now, Sheffield area, £65, slots on my page: "
                + "https://abdigas.example/book");
        Post mid = say(18, "10:00", blChat, caspian, "quick one: anyone had a tenant leave mid fixed term and "
                + "refuse to pay the rest?");
        Post midAns = re(18, "10:30", loredana, mid, "had it once. we agreed a surrender and re-let in a month, "
                + "cheaper than chasing");
        re(18, "10:45", caspian, midAns, "that's what I'd have said too, thanks Loredana");
        Post meet = say(19, "12:00", blChat, mehwish, "anyone at the landlords' meetup in Huddersfield next "
                + "Thursday?");
        re(19, "12:20", gareth, meet, "yep");
        re(19, "13:00", philippa, meet, "will try!");
    }

    private void executors() {
        // W31
        Post matHi = say(1, "10:00", exWelcome, mateus, "hi. my dad died in June and I'm executor with my sister. "
                + "we're in Portugal and the house is in Leicester. feel a bit lost");
        Post ruthHi = re(1, "10:20", ruth, matHi, "so sorry about your dad, Mateus. you're in the right place. "
                + "Margit's pinned guide in #probate-forms walks through the PA1P step by step, start there and "
                + "ask anything");
        re(1, "10:35", mateus, ruthHi, "thank you Ruth, will read it tonight");
        Post iht = say(1, "13:00", exForms, shanthi, "does anyone know if we need the IHT400 if the estate is under "
                + "the threshold? the bank is asking");
        Post ihtAns = re(1, "13:30", margit, iht, "if it's an excepted estate you don't, you just answer the tax "
                + "questions on the online probate form. tell the bank you'll send the grant");
        re(1, "13:50", shanthi, ihtAns, "that's such a relief, thank you");
        Post dom = say(2, "09:00", exForms, mateus, "the PA1P asks for 'domicile'. dad lived in England 40 years but "
                + "was born in Portugal. what do I put?");
        re(2, "09:30", shanthi, dom, "not an expert, but I think it's where he treated as his permanent home. "
                + "the official guide explains it: https://probateinfo.example/start");
        Post domM = re(2, "09:45", margit, dom, "Shanthi's right. if he never planned to go back, England. if "
                + "you're unsure a solicitor can answer just that one question");
        re(2, "10:00", mateus, domM, "he always said he'd retire to Braga but never did... I'll ask. thanks both");
        Post coats = say(2, "20:00", exHowAre, fergal, "week 6 since mum. I sorted her wardrobe on Sunday and I "
                + "couldn't do the coats. I left them. I keep thinking I should be faster at this");
        re(2, "20:15", henrike, coats, "there is no fast. coats can wait").react("❤️", fergal);
        Post cert = say(3, "11:00", exForms, fergal, "bank says they need a 'certified copy' of the death "
                + "certificate. can I certify it myself?");
        Post certAns = re(3, "11:20", shanthi, cert, "no, they want one of the copies from the register office, "
                + "not a photocopy. you can order more online, it's linked from here: "
                + "https://probateinfo.example/start");
        re(3, "11:30", fergal, certAns, "ordered 5 more. thank you");
        say(3, "15:00", exHouse, henrike, "heads up: clearing mum's flat in Bremen until Sunday, no wifi there, "
                + "back Monday");
        Post photo = say(4, "10:00", exHouse, margit, "tip from last year: photograph every room before anything "
                + "moves. the valuer and the siblings will both thank you");
        re(4, "10:30", ayodele, photo, "wish I'd read this a month ago 😂 too late for the kitchen");
        Post bank = say(4, "15:00", exForms, ayodele, "how long did the banks take to release money after the "
                + "grant for everyone?");
        Post bankAns = re(4, "15:40", shanthi, bank, "two weeks for one, six for the other. the form's on the "
                + "same page: https://probateinfo.example/start");
        re(4, "15:50", ayodele, bankAns, "six weeks 😩 ok, thank you");
        say(5, "09:00", exHouse, mateus, "@Henrike Vogel you said you used a house clearance firm, was it worth it "
                + "or did you do it yourselves?");
        say(5, "14:00", exHowAre, ayodele, "probate granted today. cried in a supermarket car park for some "
                + "reason").react("❤️", ruth, fergal, margit);
        say(6, "19:00", exHowAre, fergal, "did the coats. kept her green one.").react("❤️", ruth, ayodele);

        // W32
        Post clear = at(8, "09:00").in(exHouse).reply(henrike, findPost(exHouse, mateus, "clearance firm"),
                "Mateus sorry, only just back! we did half ourselves and got a firm for the heavy stuff. worth it, "
                        + "get 3 quotes");
        re(8, "09:20", mateus, clear, "3 quotes, got it. thank you");
        say(9, "10:00", exForms, ayodele, "@Margit Szabó could you post the template letter you used for the "
                + "pension company? mine keeps sending back the same form");
        Post car = say(9, "19:00", exHowAre, fergal, "went back to mum's today to meet the estate agent. I sat in "
                + "my car outside for twenty minutes first. I'm fine. I think I'm fine");
        re(9, "19:20", ruth, car, "twenty minutes is allowed. proud of you for going in");
        Post val = say(10, "11:00", exHouse, margit, "valuer came back £12k under what the agent said. anyone "
                + "else had a probate valuation that low?");
        Post valAns = re(10, "11:30", henrike, val, "ours was low too. the tax office only cares it's a fair "
                + "value, and low helps if you're near the threshold");
        re(10, "11:40", margit, valAns, "we're miles under so it doesn't matter, it just stung. thanks Henrike");
        Post bags = say(11, "09:00", exHouse, shanthi, "bin men refused 14 bags of mum's paperwork 😅 does the "
                + "tip take confidential stuff?");
        Post bagsAns = re(11, "09:20", margit, bags, "ours has a shredding day the first Saturday of the month, "
                + "ring and ask");
        re(11, "09:25", shanthi, bagsAns, "ooh, thanks Margit");
        say(11, "20:00", exHowAre, fergal, "my brother and I finally agreed on the house. I don't feel happy, I "
                + "feel tired. my wife says that's normal. I think she's right").react("❤️", henrike, ruth);
        Post pa1p = say(12, "10:00", exForms, mateus, "domicile sorted, the solicitor said England. PA1P "
                + "submitted!");
        pa1p.react("🎉", ruth, shanthi, margit);
        re(12, "10:20", ruth, pa1p, "well done Mateus!");
        Post pict = say(12, "16:00", exHouse, margit, "found a box of dad's slides in the loft. whole decade of "
                + "caravan holidays");
        re(12, "16:30", henrike, pict, "oh that's a treasure");
        say(13, "20:00", exHowAre, ayodele, "sold mum's piano today. the buyer played Clair de Lune in the hall "
                + "and I had to leave the room").react("❤️", henrike, fergal);

        // W33
        Post tmpl = at(15, "08:30").in(exForms).reply(margit, findPost(exForms, ayodele, "template letter"),
                "Ayodele I'm so sorry, I completely missed this. here it is with my details taken out: "
                        + "https://pastebox.example/7f3k2 . the key bit is quoting the scheme reference on every line");
        re(15, "08:45", ayodele, tmpl, "thank you! sending it this week");
        say(17, "09:00", exHowAre, ayodele, "pension finally paid out, Margit's letter did it")
                .react("🙌", margit, ruth);
        Post ctax = say(16, "10:00", exForms, fergal, "do I need to tell the council tax office or does the "
                + "registrar do it?");
        Post ctaxAns = re(16, "10:30", margit, ctax, "if you used Tell Us Once at the registration it's done, "
                + "otherwise ring them. the house gets an exemption while it's empty");
        re(16, "10:40", fergal, ctaxAns, "we did Tell Us Once I think. will check, thanks Margit");
        Post listed = say(17, "12:00", exHouse, fergal, "house is on the market. the agent's photos make it look "
                + "like someone else's house. maybe that helps");
        re(17, "12:30", henrike, listed, "it does help, in a strange way");
        Post close = say(18, "10:00", exForms, henrike, "final question before I close the estate account: do I "
                + "need anything from the tax office to say there's no tax due?");
        Post closeAns = re(18, "10:20", shanthi, close, "I asked the same! if it's an excepted estate there's no "
                + "clearance letter, you just keep your records");
        re(18, "10:30", henrike, closeAns, "keep records, right. danke Shanthi");
        say(19, "11:00", exWelcome, ruth, "we're 60 members now. thank you all for being kind to each other")
                .react("❤️", margit, fergal, shanthi);
        say(20, "18:00", exHowAre, fergal, "took the kids to the coast. first weekend in months nobody mentioned "
                + "solicitors").react("❤️", henrike);
    }

    private void payroll() {
        // W31
        say(1, "08:00", pdDates, ravi, "August payroll: changes and new starters by Friday 18th, 5pm. upload "
                + "through the portal: https://ledgerlight.example/portal");
        Post p45 = say(1, "10:00", pdDesk, siobhan, "new starter on Monday, she's a student with a P45 from her "
                + "summer job. do I just send it over?");
        Post p45Ans = re(1, "10:20", ravi, p45, "yes, a photo of the P45 and her starter checklist through the "
                + "portal, we'll set her tax code from it");
        re(1, "10:25", siobhan, p45Ans, "easy, thanks Ravi");
        Post aaHi = say(2, "09:00", pdHello, aaliyah, "hi! Aaliyah, I run a small cleaning company in Salford, 6 "
                + "staff, just moved our payroll to Ledgerlight");
        re(2, "09:15", joanna, aaHi, "welcome Aaliyah! lovely to have you. your onboarding call is Thursday, shout "
                + "in #payroll-desk with anything before then");
        Post van = say(2, "09:30", pdLounge, eero, "anyone else's van insurance gone up 30%? joinery here");
        re(2, "09:50", nikos, van, "garage here, every customer is moaning about it");
        Post perJob = say(3, "11:00", pdDesk, aaliyah, "quick q before Thursday: two of my cleaners are paid per "
                + "job not per hour. is that a problem for minimum wage?");
        re(3, "11:05", matteo, perJob, "honestly that's more a bookkeeping question, you'd want someone tracking "
                + "hours per job. I do bookkeeping on the side for small firms, £25/hr, DM me and I'll sort it");
        Post perJobAns = re(3, "11:40", joanna, perJob, "it's allowed, but pay per job has to work out at least "
                + "minimum wage for the hours actually worked. we'll go through the records on Thursday");
        re(3, "11:50", aaliyah, perJobAns, "phew, ok. thank you Joanna");
        Post bonus = say(4, "13:00", pdLounge, marisol, "nursery here. does anyone pay staff Christmas bonuses "
                + "through payroll or separately?");
        Post bonusAns = re(4, "13:20", siobhan, bonus, "through payroll, taxed like wages. learnt that the hard "
                + "way");
        re(4, "13:30", marisol, bonusAns, "ugh, ok thanks");
        say(5, "08:30", pdDates, ravi, "reminder: re-declarations of compliance are due for clients who started "
                + "auto-enrolment in 2025. we'll email the ones affected today: https://ledgerlight.example/portal");
        Post shout = say(5, "15:00", pdLounge, siobhan, "shout out to Ravi and Joanna, first month with no payslip "
                + "drama in two years. told the bakery next door to move to you lot");
        re(5, "15:20", ravi, shout, "Siobhan that's so kind, thank you! and thanks for sending the bakery our "
                + "way 🙏");
        Post bh = say(6, "10:00", pdLounge, nikos, "does anyone else close on bank holiday Mondays or is that "
                + "just us?");
        Post bhAns = re(6, "10:30", siobhan, bh, "café's open, bank holidays are our busiest day");
        re(6, "10:40", nikos, bhAns, "fair, cake beats brakes");

        // W32
        Post appr = say(8, "09:00", pdDesk, eero, "how do we pay an apprentice who turns 19 mid-month? pro rata?");
        Post apprAns = re(8, "09:30", joanna, appr, "the new rate from the birthday if they've done their first "
                + "year. we'll do the split, just tell us the date");
        re(8, "09:40", eero, apprAns, "it's the 22nd. thanks Joanna");
        Post nice = say(9, "12:00", pdLounge, aaliyah, "onboarding done, Joanna made the per-job thing make sense. "
                + "is everyone this nice here?");
        re(9, "12:30", nikos, nice, "mostly 😂 welcome");
        say(10, "08:00", pdDates, joanna, "bank holiday on the 28th: payroll runs a day early, so changes by "
                + "Thursday 24th please");
        Post exp = say(10, "14:00", pdLounge, matteo, "any of you use that new expenses app? worth it for a "
                + "5-person firm?");
        re(10, "14:20", eero, exp, "tried it, too fiddly for us. spreadsheet still wins");
        Post p60 = say(11, "10:00", pdDesk, nikos, "can I get a P60 reissued for one of my mechanics? he lost his");
        Post p60Ans = re(11, "10:15", ravi, p60, "yep, it's in the portal under Documents, or I'll email you a "
                + "copy this afternoon");
        re(11, "10:30", nikos, p60Ans, "found it, cheers Ravi");
        Post login = say(12, "09:00", pdDesk, siobhan, "can we add my business partner to the portal login?");
        Post loginAns = re(12, "09:20", ravi, login, "yes, send me her email and I'll invite her");
        re(12, "09:30", siobhan, loginAns, "sent, thanks!");
        say(13, "10:00", pdDesk, marisol, "one of my staff starts maternity leave in October. what do you need from "
                + "me and when?");

        // W33
        Post matAns = at(15, "08:30").in(pdDesk).reply(ravi, findPost(pdDesk, marisol, "maternity"),
                "morning Marisol! we'll need her MATB1 form and the date she wants to start leave. we'll work out "
                        + "her SMP and what you can reclaim");
        re(15, "08:45", marisol, matAns, "MATB1 coming today, thank you");
        say(15, "10:00", pdDesk, nikos, "@Joanna Pietrowska you set up our auto-enrolment in 2026, could you redo "
                + "it for the two new apprentices? their pension contributions are missing from this month's "
                + "payslips");
        say(16, "09:00", pdDates, joanna, "reminder: August changes by Friday 18th, 5pm");
        Post preview = say(16, "14:00", pdDesk, aaliyah, "first payroll with you goes out Friday! anything I should "
                + "check on the preview?");
        Post prevAns = re(16, "14:20", joanna, preview, "check the hours for the per-job staff and the two holiday "
                + "days. looks good from our side 👍");
        re(16, "14:25", aaliyah, prevAns, "will do, thanks");
        say(17, "11:00", pdDesk, nikos, "@Joanna Pietrowska any news on the apprentices' pension? they're asking "
                + "me");
        Post pens = at(18, "10:00").in(pdDesk).reply(joanna, findPost(pdDesk, nikos, "redo it for the two"),
                "Nikos I'm so sorry, that slipped past me. both apprentices are enrolled now and the missing "
                        + "contributions go on Friday's run");
        re(18, "10:10", nikos, pens, "brilliant, thanks Joanna");
        Post bfast = say(18, "12:00", pdLounge, eero, "anyone going to the small business breakfast next week?");
        re(18, "12:30", marisol, bfast, "me! save me a croissant");
        Post small = say(18, "16:00", pdLounge, aaliyah, "first payroll done and nobody's shouted at me. small "
                + "wins");
        re(18, "16:20", eero, small, "the best kind");
        Post okHi = say(19, "10:00", pdHello, oksana, "hi, Oksana, two hair salons in Wigan, joining from next "
                + "month");
        re(19, "10:30", ravi, okHi, "welcome Oksana! we'll be in touch about your first run");
    }

    private void taxReturns() {
        // W31
        Post kaHi = say(1, "09:00", saIntro, kerryann, "hi all! Kerry-Ann, mobile dog groomer in Swindon, second "
                + "year self-employed and first year doing my own return 😬 my little site: "
                + "https://muddypawsgrooming.example");
        Post yaraWelcome = re(1, "09:30", yara, kaHi, "welcome! first year doing it yourself is the scariest, it "
                + "gets better");
        re(1, "09:50", benedikt, kaHi, "Welcome Kerry-Ann. I'm a chartered tax adviser, I do sole trader returns "
                + "from £180 fixed fee. Book a free 15-minute call: https://auertax.example/book");
        re(1, "10:00", kerryann, yaraWelcome, "thanks Yara!");
        Post camera = say(2, "11:00", saQs, arjun, "can I claim my camera if I bought it before I registered as "
                + "self-employed?");
        Post camAns = re(2, "11:30", nomvula, camera, "usually yes, if you brought it into the business. you claim "
                + "it at its market value when you started using it for work, not what you paid");
        re(2, "11:40", arjun, camAns, "market value when I started... lower but fair. thank you!");
        say(2, "14:00", saAdv, benedikt, "taking on 10 more sole traders for January, fixed fees from £180, free "
                + "quotes: https://auertax.example");
        say(2, "14:30", saAdv, nomvula, "capacity for a handful of CIS and landlord returns this autumn. fees "
                + "depend on complexity, happy to quote");
        Post string = say(3, "16:00", saRants, liesel, "found a receipt for £4.20 of string in my coat pocket. it's "
                + "going in the spreadsheet out of spite");
        re(3, "16:10", desmond, string, "every £4.20 counts 😂");
        Post allow = say(3, "19:00", saQs, yara, "is there a difference between the 'trading allowance' and just "
                + "claiming expenses? I have very few expenses");
        Post allowAns = re(3, "19:30", nomvula, allow, "you pick one or the other. with few expenses the £1,000 "
                + "allowance can beat them, but you can't have both");
        re(3, "19:40", yara, allowAns, "ah so compare both. got it, thanks Nomvula");
        Post miles = say(4, "10:00", saQs, kerryann, "mileage: do I use 45p a mile or my actual fuel? I drive to "
                + "every dog");
        Post milesAns = re(4, "10:30", desmond, miles, "I use the 45p rate, much simpler, just keep a log of trips");
        re(4, "10:40", kerryann, milesAns, "log of trips it is, thanks Desmond");
        Post petrol = say(5, "17:00", saRants, arjun, "wedding season means petrol receipts in every pocket");
        re(5, "17:30", liesel, petrol, "the coat pocket economy");
        say(6, "10:00", saQs, liesel, "@Desmond Achebe you said you're CIS, did you get a refund last year or did "
                + "it all go on tax?");

        // W32
        Post cis = at(8, "08:00").in(saQs).reply(desmond, findPost(saQs, liesel, "you're CIS"),
                "morning Liesel, got £640 back! the deductions were more than the tax");
        re(8, "08:20", liesel, cis, "640! I'm now jealous of plumbers");
        Post site = say(9, "12:00", saQs, arjun, "@Nomvula Dube do you have a site? a mate wants someone to do his "
                + "return properly");
        Post siteAns = re(9, "12:30", nomvula, site, "that's kind of you! it's https://dubetax.example , he can "
                + "book a chat there");
        re(9, "12:40", arjun, siteAns, "passed on 👍");
        Post late = say(10, "15:00", saRants, yara, "client paid 94 days late. ninety-four.");
        Post lateAns = re(10, "15:10", kerryann, late, "charge them interest, you're allowed!");
        re(10, "15:20", yara, lateAns, "I know, I'm just too polite about it");
        Post poa = say(11, "09:00", saQs, liesel, "payments on account: do I have to pay them if my income drops "
                + "this year?");
        Post poaAns = re(11, "09:30", benedikt, poa, "you can apply to reduce them if you expect a lower bill. "
                + "only by a realistic amount, there's interest if you under-estimate");
        re(11, "09:40", liesel, poaAns, "oh that's good to know. thanks Benedikt");
        Post vanNew = say(12, "17:00", saRants, desmond, "new van arrived. my accountant mate says it's a capital "
                + "allowance. I say it's a beauty");
        re(12, "17:20", arjun, vanNew, "both can be true");

        say(13, "15:00", saRants, yara, "doing my bookkeeping on a Sunday, send help").react("🙏", liesel);

        // W33
        Post shampoo = say(15, "10:00", saQs, kerryann, "can I claim the dog shampoo I buy in bulk if I also use "
                + "some on my own dog? 😅");
        re(15, "10:20", yara, shampoo, "I think you split it, just the business share?");
        Post shAns = re(15, "10:40", nomvula, shampoo, "Yara's right, claim a fair business share and note how you "
                + "worked it out");
        re(15, "10:50", kerryann, shAns, "my dog's share is small, he's a terrier. thanks both");
        Post vanQ = say(16, "12:00", saQs, desmond, "if I buy a second van outright this year, do I claim it all "
                + "at once?");
        Post vanA = re(16, "12:30", benedikt, vanQ, "usually yes under the annual investment allowance. are you "
                + "on the cash basis or traditional accounting?");
        Post vanB = re(16, "12:45", desmond, vanA, "cash basis I think");
        Post vanC = re(16, "13:00", benedikt, vanB, "then you claim it when you pay for it, as long as it's a van "
                + "and not a car");
        re(16, "13:10", desmond, vanC, "lovely, thanks Benedikt");
        Post taHi = say(16, "09:00", saIntro, tavita, "hi, Tavita, freelance subtitler, first return due in "
                + "January");
        re(16, "09:20", liesel, taHi, "welcome Tavita!");
        Post reg = say(17, "11:00", saQs, tavita, "do I need to register for self assessment if I only started in "
                + "June?");
        Post regAns = re(17, "11:30", nomvula, reg, "yes, by 5 October after the end of the tax year you started "
                + "in, so you've a while. your UTR comes by post");
        re(17, "11:40", tavita, regAns, "good, I have time. thank you");
        say(18, "14:00", saAdv, benedikt, "January slots filling, 4 left, fixed fees from £180: "
                + "https://auertax.example");
        say(19, "18:00", saRants, liesel, "the spreadsheet is done. I'm going to lie down")
                .react("🎉", yara, desmond);
    }

    private void bidWriters() {
        // W31
        Post sv = say(1, "09:00", bwShop, gunnar, "anyone else find the new social value questions impossible to "
                + "score above a 3?");
        Post svAns = re(1, "09:20", saoirse, sv, "they want numbers. hours volunteered, local spend %, "
                + "apprenticeships. no numbers, no 5");
        re(1, "09:30", gunnar, svAns, "numbers it is, thanks");
        say(1, "11:00", bwNotices, mirko, "Northvale council: grounds maintenance framework, 4 lots, deadline 25 "
                + "Aug https://tenders.example/nv-grounds-0825");
        say(2, "10:00", bwAsk, pedro, "@Saoirse Dunleavy we're a 12-person cleaning firm. is it even worth "
                + "bidding for council contracts or do the big firms win them all?");
        say(2, "10:25", bwAsk, saoirse, "worth it for lots under £200k, councils are meant to split contracts for "
                + "small firms. look for 'lotted' contracts and start small");
        say(2, "10:40", bwAsk, pedro, "lotted, ok. that's the first useful thing anyone's told me, thanks Saoirse");
        say(2, "15:00", bwShop, philomena, "Bid tip: answer the question in the first sentence. Evaluators skim.");
        say(3, "09:00", bwNotices, mirko, "NHS South: patient transport dynamic purchasing system, rolling entry "
                + "https://tenders.example/nhs-south-pt");
        Post hinaQ = say(3, "13:00", bwAsk, hina, "@Gunnar Eklund you wrote our school catering bid in March and we "
                + "won it! could you take the hospital canteen one in September?");
        Post hinaAns = re(3, "13:30", gunnar, hinaQ, "Hina that's brilliant news! yes, September works. send me the "
                + "spec when it's out and I'll block the week");
        re(3, "13:40", hina, hinaAns, "amazing, will do");
        Post wc = say(4, "11:00", bwShop, saoirse, "word counts vs character counts: which portal is the worst?");
        re(4, "11:10", gunnar, wc, "the one that counts spaces as characters and doesn't tell you");
        re(4, "11:30", mirko, wc, "that one. lost 40 words to it last month");
        say(4, "16:00", bwShop, philomena, "Bid tip: never paste generic policies into a method statement.");
        Post pqq = say(5, "10:00", bwAsk, rahel, "what's a PQQ and why does this one want 3 years of accounts? "
                + "we're 2 years old");
        Post pqqAns = re(5, "10:20", mirko, pqq, "pre-qualification questionnaire. ask the buyer, most accept 2 "
                + "years plus a bank reference if you explain");
        re(5, "10:30", rahel, pqqAns, "will email them today, thanks Mirko");

        // W32
        say(8, "08:30", bwShop, philomena, "Bid tip 12: a case study needs a number in its first line.");
        Post price = say(8, "10:00", bwAsk, pedro, "we're going for the Northvale lot 3! first bid ever. any advice "
                + "on the pricing schedule?");
        Post priceAns = re(8, "10:30", gunnar, price, "price all 4 years, add the inflation uplift if they allow "
                + "it, and never go under cost to win");
        re(8, "10:40", pedro, priceAns, "not under cost. noted, thanks Gunnar");
        say(8, "15:00", bwShop, philomena, "Finished the Eastshire library bid. 38 pages. Going for a walk.");
        Post ai = say(9, "09:00", bwShop, gunnar, "anyone tried the AI bid checkers? clients keep asking");
        Post aiAns = re(9, "09:20", saoirse, ai, "tried one. it told me to add more passion. binned");
        re(9, "09:40", philomena, aiAns, "ha, same");
        say(9, "13:00", bwShop, philomena, "Bid tip 13: read the scoring matrix before the spec.");
        say(9, "17:00", bwShop, philomena, "Reminder that a method statement is a plan, not an essay.");
        Post acc = say(10, "10:00", bwAsk, rahel, "emailed the buyer about the accounts, they said 2 years is "
                + "fine 🙌 now writing the thing");
        re(10, "10:15", mirko, acc, "nice one Rahel!");
        say(10, "12:00", bwShop, philomena, "Bid tip 14: don't call yourselves passionate. Everyone is passionate.");
        say(10, "18:00", bwShop, philomena, "Submitted two today, both with an hour to spare. Personal record.");
        say(11, "08:30", bwShop, philomena, "Bid tip 15: mirror the buyer's headings exactly, in their order.");
        say(11, "11:00", bwNotices, mirko, "Westmoor housing: responsive repairs, 3 lots, 14 Sep "
                + "https://tenders.example/wm-repairs");
        say(11, "15:00", bwShop, philomena, "Bid tip 16: CVs half a page each, tops. Nobody reads page two.");
        say(12, "08:45", bwShop, philomena, "Bid tip 17: if the clarification deadline has passed, the spec is "
                + "the spec.");
        Post spec = say(12, "11:00", bwAsk, hina, "spec for the hospital canteen is out, sending it over "
                + "@Gunnar Eklund");
        re(12, "11:30", gunnar, spec, "got it, reading tonight");
        say(12, "16:00", bwShop, philomena, "Friday thought: the best bids read like the buyer wrote them.");

        // W33
        Post won = say(15, "10:00", bwShop, saoirse, "won the Eastshire lot 2 for my client 🎉");
        won.react("🎉", gunnar, mirko, philomena);
        Post wonQ = re(15, "10:15", philomena, won, "congratulations Saoirse, what did it score?");
        re(15, "10:30", saoirse, wonQ, "92. the social value numbers did it");
        say(16, "17:00", bwAsk, pedro, "Northvale bid submitted!! whatever happens, thank you all")
                .react("👏", saoirse, gunnar);
        Post review = say(17, "09:00", bwAsk, rahel, "does anyone here review bids before they go in? happy to pay "
                + "for a second pair of eyes");
        Post revAns = re(17, "09:30", saoirse, review, "I do reviews, £300 for up to 20 pages, back to you in 3 "
                + "days. DM me");
        re(17, "09:40", rahel, revAns, "DMing");
        say(18, "10:00", bwNotices, mirko, "Eastshire: school meals framework, 2 Oct "
                + "https://tenders.example/es-school-meals");
        Post hosp = say(19, "15:00", bwShop, gunnar, "Hina's hospital bid went in today. fingers crossed");
        re(19, "15:20", philomena, hosp, "fingers crossed, Gunnar!");
    }

    private void floodClaims() {
        // W31
        Post air = say(1, "09:00", fwChat, mina, "morning all. dehumidifiers still going, the house sounds like an "
                + "airport");
        re(1, "09:20", parveen, air, "ours too. 11 days now");
        Post kitchen = say(1, "11:00", fwDiary, brendan, "week 3: insurer's surveyor came, offered £8k for the "
                + "kitchen. feels low, we're thinking it over");
        re(1, "11:20", lachlan, kitchen, "That's low for a full kitchen. I'm a public loss assessor, 8% of the "
                + "settlement, no win no fee. DM me and I'll take the claim over");
        Post breakdown = re(1, "12:00", aziza, kitchen, "Brendan you don't have to take the first offer. ask for "
                + "the surveyor's breakdown line by line, it's free and it often moves things");
        re(1, "12:15", brendan, breakdown, "didn't know we could ask for that. thanks Aziza");
        Post floor = say(2, "10:00", fwAsk, parveen, "do we have to get three quotes for the flooring or can we "
                + "use the fitter we like?");
        Post floorAns = re(2, "10:30", aziza, floor, "you can use your fitter, but the insurer may only pay what "
                + "their own contractor would charge. get your fitter's quote itemised");
        re(2, "10:40", parveen, floorAns, "itemised, ok. thank you");
        Post cash = say(2, "14:00", fwTrade, teodor, "afternoon. anyone else seeing insurers push cash settlements "
                + "on the Calder claims?");
        re(2, "14:20", aziza, cash, "all of them. cheaper for them than managing the repair");
        re(2, "14:30", lachlan, cash, "and the homeowners take it because they're exhausted");
        say(3, "18:00", fwDiary, parveen, "week 3 for us too: floors up, plaster off to a metre, living in the "
                + "front bedroom. my daughter thinks it's camping").react("❤️", mina, aziza);
        Post dagHi = say(4, "12:00", fwChat, dagny, "hi, Dagny, number 14 Riverside. just joined, we're 2 weeks "
                + "behind everyone");
        re(4, "12:20", mina, dagHi, "welcome Dagny, sorry you're in the club");
        Post alt = say(5, "09:00", fwAsk, mina, "is 'alternative accommodation' something we have to ask for, or "
                + "should the insurer offer it?");
        Post altAns = re(5, "09:30", lachlan, alt, "ask for it in writing. most policies cover it, they rarely "
                + "volunteer it");
        re(5, "09:40", mina, altAns, "writing today, thanks Lachlan");
        Post walk = say(5, "15:00", fwTrade, lachlan, "more Calder claims than I can walk round this week. anyone "
                + "got room?");
        re(5, "15:20", aziza, walk, "I can take two if they're on the east side");

        // W32
        Post photos = say(8, "10:00", fwAsk, dagny, "what do I photograph before the strip-out? they're coming "
                + "Wednesday");
        Post photosAns = re(8, "10:30", aziza, photos, "everything, before and after: skirting, sockets, the tide "
                + "mark with a tape measure against it, inside the cupboards. and a video walk-round");
        re(8, "10:40", dagny, photosAns, "thanks!");
        Post carpet = say(9, "14:00", fwAsk, dagny, "do I keep the ruined carpet or can it go in the skip?");
        Post carpetAns = re(9, "14:20", parveen, carpet, "keep a sample, a square foot or so, and photos. the rest "
                + "can go once the insurer says so");
        re(9, "14:25", dagny, carpetAns, "thanks Parveen!");
        Post desk = say(9, "16:00", fwTrade, lachlan, "Teodor, are your lot still doing desktop surveys for "
                + "anything under 10k?");
        re(9, "16:30", teodor, desk, "under 7.5k now. anything over gets a visit");
        Post upfront = say(10, "09:00", fwAsk, dagny, "the strip-out firm wants paying upfront, is that normal?");
        Post upAns = re(10, "09:30", aziza, upfront, "no, most invoice the insurer directly. ask them to, and tell "
                + "your insurer they've started");
        re(10, "09:35", dagny, upAns, "ok thanks");
        say(10, "09:50", fwChat, aziza, "@Dagny Solberg could you post your tide mark photo with the tape measure "
                + "in here? Mina's insurer says the water on our side of Riverside wasn't that high and yours "
                + "shows it was");
        Post dehum = say(10, "18:00", fwChat, mina, "anyone know a dehumidifier hire place that isn't daylight "
                + "robbery?");
        Post dehumAns = re(10, "18:20", brendan, dehum, "the hire shop on Mill Lane, £15 a week");
        re(10, "18:30", mina, dehumAns, "bargain, thanks");
        Post ror = say(11, "11:00", fwAsk, dagny, "what's a 'reservation of rights' letter?? just got one");
        Post rorAns = re(11, "11:30", brendan, ror, "we had one. it means they're still checking the policy before "
                + "agreeing. ours turned out fine, don't panic");
        re(11, "11:40", dagny, rorAns, "phew, thanks");
        say(12, "10:00", fwDiary, brendan, "week 4: got the line by line breakdown, they'd left out the utility "
                + "room. new offer £11.4k").react("🎉", aziza, parveen, mina);
        Post builder = say(12, "15:00", fwAsk, dagny, "should I use the insurer's builder or get my own?");
        Post builderAns = re(12, "15:30", parveen, builder, "we got our own, took longer but we trust him");
        re(12, "15:35", dagny, builderAns, "thanks");

        // W33
        say(15, "18:00", fwDiary, parveen, "week 5: plaster back on! smells like a building site but a dry one")
                .react("🙌", mina, aziza);
        Post tide = say(16, "09:00", fwChat, dagny, "sorry Aziza, only just seen this. here's the photo, tide mark "
                + "at 74cm: https://photos.example/dagny/tidemark");
        Post tideAns = re(16, "09:20", aziza, tide, "thank you Dagny, that's exactly it. Mina, this is the one");
        re(16, "09:40", mina, tideAns, "forwarded to the insurer. thank you both");
        Post accept = say(17, "13:00", fwAsk, brendan, "accepted the £11.4k. thanks for the nudge @Aziza Karimova, "
                + "would never have known to ask");
        re(17, "13:30", aziza, accept, "so pleased, Brendan!");
        say(18, "19:00", fwDiary, mina, "week 5 for us: insurer agreed the water level after seeing Dagny's photo. "
                + "alternative accommodation from Monday").react("❤️", dagny, parveen);
        Post bbq = say(19, "11:00", fwChat, parveen, "street barbecue on the 2nd once the skips are gone? bring your "
                + "own chairs, ours are all in a skip 😂");
        re(19, "11:20", dagny, bbq, "we're in!");
        re(19, "11:40", brendan, bbq, "I'll bring the grill");
    }

    private void mortgageBrokers() {
        // W31
        Post chHi = say(1, "10:00", mbHello, chloe, "hi! Chloé, nurse, trying to buy my first flat in Nottingham "
                + "with a 5% deposit. slightly terrified");
        Post chWelcome = re(1, "10:30", emeka, chHi, "welcome Chloé! 5% is very doable for nurses, a few lenders "
                + "have key worker schemes. ask away in #first-time-buyers-ask");
        re(1, "10:40", chloe, chWelcome, "oh that's good to hear, thank you");
        Post dip = say(2, "09:00", mbFtb, chloe, "is a 'decision in principle' the same as a mortgage offer? the "
                + "agent wants one before viewings");
        Post dipAns = re(2, "09:30", sigrun, dip, "no, a DIP is a soft check saying they'd probably lend. the offer "
                + "comes after the valuation. agents just want to know you're serious");
        re(2, "09:40", chloe, dipAns, "ahh ok. thanks Sigrún");
        say(2, "12:00", mbRates, farhan, "Harbourline: 5yr fixes down 0.15% from today, up to 90% LTV");
        Post down = say(3, "10:00", mbLounge, emeka, "anyone else had a new build down-valued by 20k this month?");
        Post downAns = re(3, "10:20", marguerite, down, "twice. the new-build premium is getting hammered");
        re(3, "10:30", emeka, downAns, "glad it's not just me");
        Post job = say(4, "11:00", mbFtb, jonah, "does it matter that I've only been in my new job 2 months? "
                + "probation ends in October");
        Post jobAns = re(4, "11:30", farhan, job, "some lenders want probation passed, some don't mind if you're "
                + "in the same line of work. a broker can match you, don't apply blind");
        re(4, "11:40", jonah, jobAns, "same line of work, yes. that's hopeful, thanks");
        Post cpd = say(5, "09:00", mbLounge, sigrun, "Friday. who's done their CPD hours this year? I'm at 6 of 15");
        re(5, "09:20", farhan, cpd, "11, because I binged the webinars in March");
        say(5, "16:00", mbRates, farhan, "Tidewell BS: 2yr trackers withdrawn at 5pm tonight");
        Post bankQ = say(6, "11:00", mbFtb, jonah, "what's the difference between a broker and going straight to "
                + "my bank?");
        Post bankA = re(6, "11:40", emeka, bankQ, "a broker sees lots of lenders, your bank only sees itself. some "
                + "brokers charge a fee, plenty don't, ask upfront");
        re(6, "11:50", jonah, bankA, "good to know, thanks Emeka");

        // W32
        Post good = say(8, "09:00", mbLounge, farhan, "good week last week, 3 completions");
        re(8, "09:20", marguerite, good, "Nice. We had our best month ever in July, 31 cases, my team is "
                + "brilliant. I've been saying for years that our process is the secret, I built it myself after "
                + "I left the bank and I still review every file myself.");
        Post noorQ = say(8, "11:00", mbFtb, noor, "@Emeka Nwosu you got us our first mortgage in 2026 and now my "
                + "brother wants to buy. I've told him you're the one to call. do you still do the free first "
                + "chat?");
        Post noorAns = re(8, "11:30", emeka, noorQ, "Noor, thank you so much for sending him my way! yes, the first "
                + "chat is free, tell him to message me whenever");
        re(8, "11:40", noor, noorAns, "will do!");
        Post derby = say(8, "14:00", mbLounge, sigrun, "the lender roadshow in Derby was good yesterday, the "
                + "Harbourline team were actually honest about turnaround times");
        re(8, "14:30", marguerite, derby, "I was on the panel there actually. I talked about how we grew our firm "
                + "from just me to eight advisers, my slides went down really well and I'm doing it again in "
                + "Leeds in October. my business partner says I should write a book 😂");
        Post offer = say(9, "18:00", mbFtb, chloe, "offer accepted on a flat!!! what happens now?");
        Post offerAns = re(9, "18:30", sigrun, offer, "congratulations!! now the full application, the valuation, "
                + "and instruct a conveyancer. your broker will chase the lender");
        re(9, "18:40", chloe, offerAns, "eek ok. thank you");
        Post gifted = say(9, "10:00", mbLounge, emeka, "finally got through the new rules on gifted deposits from "
                + "overseas. what a slog");
        re(9, "10:30", marguerite, gifted, "Haven't even opened them, I've been flat out. I had four new clients "
                + "on Monday alone and my diary is full till September. We're going to need another adviser, I'm "
                + "interviewing next week, my third hire this year.");
        say(10, "09:00", mbRates, farhan, "Harbourline: 90% LTV back to 4.79% on the 5yr");
        Post award = say(10, "12:00", mbLounge, farhan, "congrats @Sigrún Halldórsdóttir on the award shortlist!");
        re(10, "12:20", sigrun, award, "thank you! still can't believe it");
        re(10, "13:00", marguerite, award, "I won that one in 2026, my firm was the first in the county to win it. "
                + "I still have the trophy on my desk and my clients always ask about it. I think my speech is "
                + "still on our website somewhere.");
        Post factFind = say(11, "10:00", mbLounge, sigrun, "trying out the new fact-find app this week, so far so "
                + "good");
        re(11, "10:30", marguerite, factFind, "We built our own fact-find. I designed it myself last year and my "
                + "advisers love it, we've cut our admin time in half. I might license it one day, my accountant "
                + "thinks it could be a second business for us.");
        Post dipNo = say(12, "11:00", mbFtb, jonah, "had a DIP declined, does that wreck my credit score?");
        Post dipNoAns = re(12, "11:30", farhan, dipNo, "a soft search won't. check which kind it was, some lenders "
                + "do a hard search even for the DIP");
        re(12, "11:40", jonah, dipNoAns, "it was soft, phew. thanks Farhan");

        Post crm = say(13, "10:00", mbLounge, farhan, "Sunday admin. anyone else's case notes not saving today?");
        re(13, "10:20", emeka, crm, "the CRM had an outage this morning, back now");

        // W33
        say(15, "09:00", mbLounge, marguerite, "how's everyone's August going? @Emeka Nwosu you had that new build "
                + "down-valuation, did it get sorted?");
        Post sorted = re(15, "09:30", emeka, findPost(mbLounge, marguerite, "how's everyone's August"),
                "it did, the buyer renegotiated the price. thanks for asking!");
        Post valDone = say(16, "12:00", mbFtb, chloe, "valuation came back at the asking price 🎉");
        valDone.react("🎉", sigrun, emeka, marguerite);
        Post valQ = re(16, "12:30", marguerite, valDone, "brilliant news Chloé! how long did the valuation take?");
        re(16, "12:45", chloe, valQ, "four days! quicker than I feared");
        say(17, "09:00", mbRates, farhan, "Tidewell BS: new 2yr trackers from Monday, 0.2% under the withdrawn "
                + "ones");
        Post speech = say(18, "15:00", mbLounge, sigrun, "made the shortlist dinner. Marguerite, any tips for the "
                + "speech if I win?");
        Post speechAns = re(18, "15:20", marguerite, speech, "keep it under a minute and thank your clients first. "
                + "you'll be great");
        re(18, "15:30", sigrun, speechAns, "under a minute, ok!");
        Post ngHi = say(19, "09:00", mbHello, ngaire, "hi all, Ngaire, broker in Bristol, just set up on my own");
        re(19, "09:30", sigrun, ngHi, "welcome Ngaire! lots of us went solo, shout if you need anything");
        sorted.react("👍", marguerite);
    }

    /** The post written by {@code who} in {@code channel} whose text contains {@code words}. */
    private Post findPost(Channel channel, Persona who, String words) {
        return story.posts().stream()
                .filter(p -> p.channel().equals(channel) && p.author().equals(who) && p.content().contains(words))
                .findFirst().orElseThrow(() -> new IllegalStateException("no post by " + who + " with " + words));
    }

    static Map<String, String> files() {
        return new HeldOutScenes67Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 67");
    }
}
