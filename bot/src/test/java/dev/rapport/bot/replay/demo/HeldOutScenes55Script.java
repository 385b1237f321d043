package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 55 (sealed): eight communities of people who work for themselves and sell to other businesses, and
 * two around them (commercial cleaning contractors with a room where facilities managers ask, freelance technical
 * writers with a gigs board, one-person IT support contractors with a room for small-business questions, vending and
 * office-coffee machine operators, freelance event AV technicians with a venues' room, a freelancers' pub quiz team
 * where nobody sells, a linen-hire company's own server for its restaurant clients with its Staff, commercial
 * refrigeration engineers with a room where shop owners ask), over three ISO weeks (2027-W35 to W37), written and
 * labelled by writer55 (session 36) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-55.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes55Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 8, 30);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 9, 20, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-55";

    // --- A. commercial cleaning contractors ---
    private final String mop = cast.guild(821);
    private final Channel ccShop = cast.channel(mop, "Clean Contracts Collective", "shop-talk",
            "for cleaning contractors talking shop: chemicals, staff, contracts, moans", "cc-shop-talk.json");
    private final Channel ccAsk = cast.channel(mop, "Clean Contracts Collective", "ask-a-contractor",
            "facilities and office managers: ask the contractors here", "cc-ask-a-contractor.json");
    private final Channel ccKit = cast.channel(mop, "Clean Contracts Collective", "kit-and-machines",
            "scrubber dryers, vacs, carpet kit: reviews and repairs", "cc-kit-and-machines.json");
    private final Persona bronwyn = cast.person("bron.achter", "Bronwyn Achterberg");
    private final Persona emeka = cast.person("emeka.o", "Emeka Obi");
    private final Persona aroha = cast.person("aroha.n", "Aroha Ngata");
    private final Persona kasimir = cast.person("kasimir.v", "Kasimir Vogt");
    private final Persona samir = cast.person("samir.h", "Samir Haddad");
    private final Persona gail = cast.person("gail.fm", "Gail Ferreira");
    private final Persona dusan = cast.person("dusan.p", "Dušan Petrović");
    private final Persona mei = cast.person("mei.lin.c", "Mei Lin Cho");
    private final Channel ccDmAroha = cast.dm(aroha, "cc-dm-aroha.json");

    // --- B. freelance technical writers ---
    private final String docs = cast.guild(822);
    private final Channel twIntro = cast.channel(docs, "Write the Manual", "say-hello",
            "introduce yourself: what you write and who for", "tw-say-hello.json");
    private final Channel twLounge = cast.channel(docs, "Write the Manual", "lounge",
            "general chat for tech writers", "tw-lounge.json");
    private final Channel twTools = cast.channel(docs, "Write the Manual", "docs-tools",
            "static site generators, OpenAPI, diagrams, style linters: questions and tips", "tw-docs-tools.json");
    private final Channel twGigs = cast.channel(docs, "Write the Manual", "gigs",
            "clients post documentation work here; writers reply with availability", "tw-gigs.json");
    private final Channel twFeedback = cast.channel(docs, "Write the Manual", "portfolio-feedback",
            "post a sample or case study, get honest feedback, give some back", "tw-portfolio-feedback.json");
    private final Persona adaeze = cast.person("adaeze.ok", "Adaeze Okoro");
    private final Persona tomas = cast.person("tomas.lq", "Tomas Lindqvist");
    private final Persona ines = cast.person("ines.carv", "Ines Carvalho");
    private final Persona yusuf = cast.person("yusuf.d", "Yusuf Demir");
    private final Persona harriet = cast.person("harriet.mod", "Harriet Quayle");
    private final Persona raj = cast.person("raj.s.iyer", "Raj Iyer");
    private final Persona birgit = cast.person("birgit.h", "Birgit Haugen");

    // --- C. one-person IT support contractors ---
    private final String patch = cast.guild(823);
    private final Channel itGeneral = cast.channel(patch, "Solo IT Support Network", "general",
            "chat for independent IT support techs", "it-general.json");
    private final Channel itOutage = cast.channel(patch, "Solo IT Support Network", "outage-watch",
            "is it down for everyone? vendor outages, patch problems", "it-outage-watch.json");
    private final Channel itClients = cast.channel(patch, "Solo IT Support Network", "small-biz-questions",
            "small business owners ask, the techs answer", "it-small-biz-questions.json");
    private final Persona gareth = cast.person("gareth.pryce", "Gareth Pryce");
    private final Persona nadia = cast.person("nadia.rahimi", "Nadia Rahimi");
    private final Persona dev = cast.person("dev.malhotra", "Dev Malhotra");
    private final Persona siobhan = cast.person("siobhan.k", "Siobhan Kearney");
    private final Persona takeshi = cast.person("takeshi.m", "Takeshi Mori");
    private final Persona amina = cast.person("amina.dental", "Amina Yusuf");
    private final Persona colm = cast.person("colm.b", "Colm Byrne");
    private final Persona lerato = cast.person("lerato.m", "Lerato Mokoena");

    // --- D. vending and office-coffee operators ---
    private final String coin = cast.guild(824);
    private final Channel vnChat = cast.channel(coin, "Vend Operators Hub", "operators-chat",
            "route talk for vending and office coffee operators", "vn-operators-chat.json");
    private final Channel vnSites = cast.channel(coin, "Vend Operators Hub", "site-leads",
            "placements, site owners' enquiries, commission rates", "vn-site-leads.json");
    private final Channel vnSale = cast.channel(coin, "Vend Operators Hub", "machines-for-sale",
            "used machines and parts: price, location, photos", "vn-machines-for-sale.json");
    private final Channel vnSuppliers = cast.channel(coin, "Vend Operators Hub", "suppliers",
            "cash-and-carry prices, coffee beans, telemetry", "vn-suppliers.json");
    private final Persona connor = cast.person("connor.mag", "Connor Maguire");
    private final Persona leticia = cast.person("leticia.b", "Leticia Barros");
    private final Persona vikram = cast.person("vikram.n", "Vikram Nair");
    private final Persona hanne = cast.person("hanne.j", "Hanne Jakobsen");
    private final Persona oskar = cast.person("oskar.w", "Oskar Wiśniewski");
    private final Persona phoebe = cast.person("phoebe.gym", "Phoebe Carrington");
    private final Persona kofi = cast.person("kofi.vend", "Kofi Boateng");

    // --- E. freelance event AV technicians ---
    private final String rig = cast.guild(825);
    private final Channel avCrew = cast.channel(rig, "Fader & Flightcase", "crew-room",
            "chat for freelance sound, lighting and video techs", "av-crew-room.json");
    private final Channel avVenues = cast.channel(rig, "Fader & Flightcase", "venues-ask",
            "venue and event managers: ask for crew or advice", "av-venues-ask.json");
    private final Channel avGear = cast.channel(rig, "Fader & Flightcase", "gear-talk",
            "desks, mics, cables, what broke this week", "av-gear-talk.json");
    private final Persona marguerite = cast.person("marguerite.d", "Marguerite Dubois");
    private final Persona rhys = cast.person("rhys.ok", "Rhys Okonjo");
    private final Persona zanele = cast.person("zanele.d", "Zanele Dlamini");
    private final Persona pawel = cast.person("pawel.z", "Paweł Zieliński");
    private final Persona jun = cast.person("jun.park", "Jun Park");
    private final Persona carmen = cast.person("carmen.events", "Carmen Ruiz");
    private final Persona ewan = cast.person("ewan.lx", "Ewan MacLeod");

    // --- F. freelancers' pub quiz team (nobody sells) ---
    private final String quiz = cast.guild(826);
    private final Channel qzTeam = cast.channel(quiz, "The Invoice Dodgers (quiz team)", "team-chat",
            "who's in this week, lifts, tactics", "qz-team-chat.json");
    private final Channel qzWrong = cast.channel(quiz, "The Invoice Dodgers (quiz team)", "ones-we-got-wrong",
            "the answers that haunt us", "qz-ones-we-got-wrong.json");
    private final Channel qzTrivia = cast.channel(quiz, "The Invoice Dodgers (quiz team)", "trivia-practice",
            "practice questions, fun facts, revision", "qz-trivia-practice.json");
    private final Persona orla = cast.person("orla.fitz", "Orla Fitzpatrick");
    private final Persona benji = cast.person("benji.a", "Benji Adeyemi");
    private final Persona ravi = cast.person("ravi.kap", "Ravi Kapoor");
    private final Persona sanne = cast.person("sanne.v", "Sanne de Vries");
    private final Persona malik = cast.person("malik.t", "Malik Thompson");

    // --- G. linen-hire company's own server ---
    private final String linen = cast.guild(827);
    private final Role lnStaff = cast.role("Staff", "#1f6f8b", 2);
    private final Role lnClient = cast.role("Client", "#8e8e8e", 1);
    private final Channel lnNews = cast.channel(linen, "Crisp & Co Linen Hire", "announcements",
            "service notices from the Crisp & Co team", "ln-announcements.json");
    private final Channel lnDeliveries = cast.channel(linen, "Crisp & Co Linen Hire", "deliveries",
            "drop times, route changes, missed collections", "ln-deliveries.json");
    private final Channel lnHelp = cast.channel(linen, "Crisp & Co Linen Hire", "help-desk",
            "orders, invoices, stains, shortages: ask the team", "ln-help-desk.json");
    private final Channel lnKitchen = cast.channel(linen, "Crisp & Co Linen Hire", "pass-chat",
            "chat between our restaurant and cafe clients", "ln-pass-chat.json");
    private final Persona priscilla = cast.person("priscilla.crisp", "Priscilla Mensah", lnStaff);
    private final Persona kwame = cast.person("kwame.crisp", "Kwame Asante", lnStaff);
    private final Persona helga = cast.person("helga.crisp", "Helga Sørensen", lnStaff);
    private final Persona luca = cast.person("luca.osteria", "Luca Bianchi", lnClient);
    private final Persona fen = cast.person("fen.bakes", "Fen Whitlock", lnClient);
    private final Persona aiko = cast.person("aiko.cafe", "Aiko Tanabe", lnClient);
    private final Persona declan = cast.person("declan.grill", "Declan Hughes", lnClient);

    // --- H. commercial refrigeration engineers ---
    private final String frost = cast.guild(828);
    private final Channel rfColdRoom = cast.channel(frost, "Refrigeration Engineers UK", "the-cold-room",
            "for fridge and cold-room engineers talking shop: parts, gas, jobs, moans", "rf-the-cold-room.json");
    private final Channel rfParts = cast.channel(frost, "Refrigeration Engineers UK", "parts-swap",
            "spare compressors, controllers, gaskets: swap or sell", "rf-parts-swap.json");
    private final Channel rfOwners = cast.channel(frost, "Refrigeration Engineers UK", "shop-owners-ask",
            "shop, cafe and pub owners: ask about your fridges and freezers", "rf-shop-owners-ask.json");
    private final Persona stelian = cast.person("stelian.p", "Stelian Popescu");
    private final Persona wanjiru = cast.person("wanjiru.k", "Wanjiru Kamau");
    private final Persona alun = cast.person("alun.cold", "Alun Griffiths");
    private final Persona bashir = cast.person("bashir.shop", "Bashir Osman");
    private final Persona ruth = cast.person("ruth.deli", "Ruth Abernathy");
    private final Persona jakub = cast.person("jakub.r", "Jakub Nowicki");

    HeldOutScenes55Script() {
        super(new SceneIds(42000), FIRST_MONDAY, 21);
        cleaners();
        writers();
        itSupport();
        vending();
        avTechs();
        quizTeam();
        linenHire();
        refrigeration();
        more();
    }

    private void cleaners() {
        // W35.
        Post monday = say(1, "07:40", ccShop, emeka, "anyone else lose a cleaner to the new warehouse on the ring road? "
                + "they're paying 50p an hour more than I can");
        Post same = re(1, "08:05", bronwyn, monday, "two of mine went in June. I've started paying travel time between "
                + "sites, that's kept the rest");
        re(1, "08:20", emeka, same, "travel time, hadn't thought of that. cheers");
        say(1, "12:10", ccShop, dusan, "quarterly invoices out, three clients on 60 day terms again 🙄");
        Post wanted = say(2, "09:30", ccAsk, gail, "Hi all, I manage a small business park (6 units, shared "
                + "kitchens). Looking for a contractor who can do evening cleans Mon-Fri. Anyone cover Salford Quays?");
        Post bronQuote = re(2, "10:15", bronwyn, wanted, "Hi Gail, we cover the Quays, we do two units on Broadway "
                + "already. Happy to come and walk it with you and quote, evenings are fine");
        re(2, "10:40", gail, bronQuote, "great, Thursday 4pm work?");
        say(2, "10:44", ccAsk, bronwyn, "Thursday 4pm is fine, see you at reception");
        Post scrub = say(3, "14:00", ccKit, mei, "our ride-on scrubber dryer leaves streaks on the new vinyl at the gym "
                + "site. squeegee blades are new. any ideas?");
        Post blades = re(3, "14:30", dusan, scrub, "check the squeegee tilt and the vac hose, a tiny split in the hose "
                + "does exactly that");
        Post tilt = re(3, "15:10", emeka, scrub, "also too much chemical on vinyl leaves a film. we went down to half "
                + "dose on those floors");
        re(4, "08:10", mei, blades, "split hose it was!! thank you");
        tilt.react("👍", mei);
        say(4, "13:00", ccShop, gail, "quick one from the client side: what's a fair hourly for evening office cleans "
                + "these days? trying to budget");
        Post fair = say(4, "13:20", ccShop, dusan, "depends on the spec but round here most of us are £19-24 an hour "
                + "all in, with supplies");
        re(4, "13:45", gail, fair, "that helps, thanks Dušan");
        say(5, "18:30", ccShop, emeka, "Friday. 11 sites done this week with one van. I need a holiday");
        say(5, "18:42", ccShop, mei, "same. my knees are writing letters of complaint");
        Post visit = say(6, "10:00", ccAsk, gail, "Walked the park with Bronwyn on Thursday, sorted, thanks all");
        visit.react("🙌", bronwyn, dusan);
        // W36.
        Post first = say(9, "08:30", ccShop, aroha, "first post! just went out on my own after 6 yrs at an agency. signed "
                + "my first contract on Friday, a dental practice, 3 evenings a week 🎉");
        first.react("🎉", emeka, mei, bronwyn, dusan);
        Post welcome = re(9, "08:50", emeka, first, "welcome Aroha and congrats! get your COSHH sheets sorted early, "
                + "dental clients always ask");
        re(9, "09:20", aroha, welcome, "ooh good shout, will do");
        Post coldPitch = re(9, "10:05", kasimir, first, "Congrats! I supply concentrated chemicals to new contractors. "
                + "Starter pack £149 instead of £199 for new firms this month, grab 15 min on a call here: "
                + "https://kleenchem.example/book");
        Post samirAsk = say(10, "09:00", ccAsk, samir, "@Bronwyn Achterberg you did our offices on Deansgate last spring "
                + "and the team were great. We've just taken the second floor as well, could you quote for weekly "
                + "cleans there too?");
        say(10, "11:20", ccShop, bronwyn, "anyone tried the new microfibre colour coding from the trade counter? ours "
                + "keep fading after 50 washes");
        Post fade = say(10, "11:40", ccShop, mei, "wash them at 60 not 90, ours last way longer");
        re(10, "12:00", bronwyn, fade, "we're on 90, that'll be it then");
        at(11, "09:15").in(ccDmAroha).say(kasimir, "Hi Aroha, did you see my offer? the new-firm price ends Friday, "
                + "happy to ring you today: https://kleenchem.example/book");
        at(11, "09:40").in(ccDmAroha).say(aroha, "hi, I'm sorted for now thanks");
        say(11, "14:00", ccKit, bronwyn, "our backpack vac motor has gone again, third one this year. what are people "
                + "running now?");
        Post vac = say(11, "14:25", ccKit, dusan, "we switched to the battery ones last year, dearer but no cords in "
                + "offices and the motors last");
        re(11, "14:50", bronwyn, vac, "battery life ok for a full evening?");
        say(11, "15:00", ccKit, dusan, "two batteries each, swap at the break");
        Post coshh = say(12, "19:00", ccShop, aroha, "where do you all keep COSHH sheets at client sites? in the "
                + "cleaner's cupboard?");
        Post folder = re(12, "19:20", bronwyn, coshh, "folder in the cupboard plus a copy on our phones, the dental "
                + "inspector wanted both");
        re(12, "19:30", aroha, folder, "perfect thank you");
        say(13, "10:00", ccShop, bronwyn, "saturday deep clean at the gym done, 7 hours. never again on a weekend");
        // W37.
        say(15, "08:00", ccShop, emeka, "client wants us to sign a 'zero hours for contractors' clause. what even is that");
        Post clause = say(15, "08:30", ccShop, dusan, "send it to me, had one last year. it's mostly about not "
                + "subcontracting without telling them");
        re(15, "09:00", emeka, clause, "sent, ta");
        Post samirAgain = say(16, "10:00", ccAsk, samir, "Never mind, we've gone with someone on the floor below's "
                + "recommendation. Thanks anyway");
        samirAgain.react("👀", gail);
        say(16, "12:30", ccKit, bronwyn, "got the battery vacs in, the team love them. thanks @Dušan Petrović");
        Post gym = say(17, "09:00", ccAsk, gail, "One more: our tenants want a deep clean of the shared kitchens before "
                + "Christmas. Is that something you'd price separately from the regular contract?");
        Post sep = re(17, "09:45", bronwyn, gym, "yes we'd quote it as a one-off, usually a day for two people. I'll "
                + "send you a figure this week");
        re(17, "10:00", gail, sep, "lovely");
        say(18, "16:00", ccShop, aroha, "second contract signed! an accountant's office next to the dental one 🙌");
        Post yay = say(18, "16:10", ccShop, mei, "look at you go!!");
        re(18, "16:20", aroha, yay, "haha thanks, couldn't have done the COSHH bit without you lot");
        say(19, "11:00", ccShop, emeka, "anyone at the trade show in Birmingham on the 30th? could share a car");
        Post car = say(19, "11:30", ccShop, dusan, "I'm going, I'll drive from Bolton if you want to meet there");
        re(19, "11:45", emeka, car, "yes please");
    }

    private void writers() {
        // W35.
        Post hello = say(1, "09:00", twIntro, yusuf, "Hi all, Yusuf, ex-support engineer now writing API and SDK docs "
                + "freelance, mostly for payments start-ups. Portfolio's here if anyone's curious: "
                + "https://yusufwrites.example");
        Post modWelcome = re(1, "09:30", harriet, hello, "Welcome Yusuf! If you're setting up your docs-as-code "
                + "stack, @Adaeze Okoro's starter guide is the best thing we have: "
                + "https://adaeze-docs.example/starter. Say hi in #lounge too");
        re(1, "09:45", yusuf, modWelcome, "thanks Harriet, reading it now");
        say(2, "10:00", twLounge, ines, "My API docs course opens Monday! Early bird price until Friday: "
                + "https://inesdocs.example/course");
        Post rates = say(2, "13:00", twLounge, raj, "how are people pricing docs audits these days? day rate or fixed?");
        Post fixed = re(2, "13:30", adaeze, rates, "fixed, with a page cap. day rate audits always turned into "
                + "rewrites for me");
        Post cap = re(2, "13:50", birgit, rates, "fixed too. I quote per 20 pages of reference");
        re(2, "14:10", raj, fixed, "page cap is smart, thanks");
        cap.react("👍", raj);
        Post vale = say(3, "11:00", twTools, birgit, "anyone got the prose linter running in CI without it failing on "
                + "every code block?");
        Post ignore = re(3, "11:25", adaeze, vale, "add the code block scope to the ignore list in the config, two lines");
        re(3, "11:40", birgit, ignore, "that did it 🙏");
        say(4, "15:00", twTools, ines, "Few early bird seats left for my docs-as-code course, price goes up Friday → "
                + "https://inesdocs.example/course");
        Post gig = say(4, "16:00", twGigs, raj, "Client side for once: a fintech I'm doing UX for needs someone for SDK "
                + "reference docs, 3 months, remote, Python and Kotlin. Reply here if you're available");
        Post yusufGig = re(4, "16:30", yusuf, gig, "I'm available from the 13th, Python SDKs are most of what I do, "
                + "happy to share samples");
        Post birgitGig = re(4, "17:00", birgit, gig, "Interested, I've done two Kotlin SDKs. Day rate £420");
        re(5, "09:00", raj, yusufGig, "sent you both their contact, good luck");
        birgitGig.react("👍", raj);
        say(5, "12:00", twLounge, harriet, "reminder the style-guide book club is Wednesday, chapter 4");
        // W36.
        Post q1 = say(8, "10:00", twTools, tomas, "first time writing OpenAPI by hand, how do you reuse one error "
                + "schema across 40 endpoints without copy paste?");
        Post a1 = re(8, "10:30", adaeze, q1, "put it under components/responses and $ref it from each endpoint. one "
                + "line per endpoint");
        re(8, "10:40", tomas, a1, "thanks!");
        Post caseStudy = say(9, "11:00", twFeedback, adaeze, "would love eyes on my new case study before it goes to "
                + "a prospect tomorrow, mostly the first section: https://adaeze-docs.example/case/payments-migration");
        say(9, "11:30", twLounge, tomas, "is it just me or is every docs job ad now 'docs + devrel + video'");
        Post justMe = say(9, "11:45", twLounge, birgit, "not just you. I skip any with 'video' in it");
        justMe.react("😂", tomas);
        Post q2 = say(10, "09:15", twTools, tomas, "my rendered reference shows the $ref path instead of the schema. "
                + "did I break something?");
        Post a2 = re(10, "09:50", adaeze, q2, "probably a relative path, the renderer wants it from the root file. "
                + "try #/components/responses/Error");
        Post ty2 = re(10, "10:05", tomas, a2, "thank you!!");
        re(11, "08:30", adaeze, ty2, "@Tomas Lindqvist btw could you have a look at my case study in "
                + "#portfolio-feedback when you get a sec? you know the OpenAPI side better than most of my readers");
        say(11, "13:00", twLounge, tomas, "anyone watching the docs conference talks tonight?");
        Post q3 = say(12, "10:00", twTools, tomas, "last one I promise: how do you version the reference when the API "
                + "has v1 and v2 live at once?");
        Post a3 = re(12, "10:40", adaeze, q3, "two folders, two specs, a switcher in the nav. don't try to merge them");
        re(12, "10:50", tomas, a3, "thanks so much");
        Post ed = say(12, "15:00", twFeedback, raj, "short sample for a quickstart, 1 page, tear it apart: "
                + "https://rajiyer.example/quickstart-sample");
        Post edNotes = re(12, "15:40", birgit, ed, "clear! I'd move the auth step above install, I got stuck there");
        re(12, "16:00", raj, edNotes, "good catch, moving it");
        say(13, "09:00", twLounge, harriet, "book club moved to Thursday this week, sorry all");
        // W37.
        say(15, "09:30", twLounge, tomas, "landed my first contract with my own spec! thanks to everyone in docs-tools");
        Post land = say(15, "09:40", twLounge, birgit, "congrats!! which client?");
        re(15, "09:55", tomas, land, "a logistics start-up, tiny team, nice people");
        say(16, "10:00", twGigs, raj, "@Birgit Haugen the fintech asked if you could start on the 27th instead?");
        say(16, "10:20", twGigs, birgit, "27th works, I'll email them");
        Post lint = say(17, "14:00", twTools, yusuf, "does anyone lint for inclusive language automatically?");
        Post rule = re(17, "14:30", birgit, lint, "the same prose linter has a package for it, Adaeze's guide covers "
                + "the setup");
        re(17, "14:45", yusuf, rule, "found it, thanks");
        say(18, "12:00", twFeedback, adaeze, "sent the case study in the end, the prospect signed. still happy to hear "
                + "what I could do better");
        Post sent = say(18, "12:30", twFeedback, raj, "read it now, the before/after numbers at the top are great. "
                + "maybe cut the tooling list");
        re(18, "13:00", adaeze, sent, "thanks Raj, will trim it");
        say(19, "17:00", twLounge, harriet, "book club next week: chapter 5, bring your worst style-guide crime");
    }

    private void itSupport() {
        // W35.
        say(1, "08:15", itGeneral, dev, "morning. who else spent the weekend on a client's 'quick' email migration");
        Post mig = say(1, "08:40", itGeneral, siobhan, "me. 'only 12 mailboxes'. it was 12 mailboxes and 40 shared "
                + "ones nobody knew about");
        mig.react("😂", dev, gareth);
        Post direct = say(2, "10:00", itGeneral, nadia, "honest question: how did you all get direct clients? I'm in Edinburgh, the "
                + "agencies I subcontract for take 30% and I need more direct clients of my own");
        Post bni = re(2, "10:30", dev, direct, "local business breakfasts, boring but 4 of my clients came from one");
        Post acc = re(2, "10:45", siobhan, direct, "accountants. befriend two accountants and they'll send you every "
                + "small office that panics");
        re(2, "11:00", nadia, bni, "breakfasts, ugh, but ok 😄");
        acc.react("🔥", nadia);
        say(3, "09:00", itGeneral, gareth, "Wrote up what we saw during last week's big sign-in outage and the "
                + "checks I now run every Monday: https://pryce-it.example/blog/monday-checklist");
        say(3, "09:20", itOutage, gareth, "post-mortem + Monday checklist from last week's outage here: "
                + "https://pryce-it.example/blog/monday-checklist");
        say(3, "09:45", itClients, gareth, "small businesses: worth a read after last week's outage "
                + "https://pryce-it.example/blog/monday-checklist");
        Post down = say(4, "13:10", itOutage, takeshi, "anyone else's clients getting mail bounced from the big "
                + "provider right now?");
        Post yes = re(4, "13:15", siobhan, down, "yep, 3 clients. status page says 'investigating'");
        re(4, "13:20", takeshi, yes, "ok not just me then, thanks");
        Post wifi = say(5, "10:00", itClients, lerato, "We're a 4-person design studio. Is it worth paying for a "
                + "business router or is the ISP one fine?");
        Post router = re(5, "10:40", takeshi, wifi, "for 4 people the ISP one is fine if you change the admin password "
                + "and turn off WPS. upgrade when you add a guest network");
        re(5, "11:00", lerato, router, "thanks, doing that today");
        // W36.
        say(8, "08:30", itGeneral, gareth, "new firewall firmware bricked one of my units this morning, hold off");
        Post brick = say(8, "08:40", itGeneral, nadia, "@Gareth Pryce which model? I've got two of those on the shelf");
        Post model = re(8, "08:50", gareth, brick, "the small desktop one, v7 firmware");
        re(8, "09:00", nadia, model, "right, not touching those till they pull it");
        Post rmm = say(9, "10:00", itGeneral, dev, "anyone moved off the big RMM since the price rise?");
        re(9, "10:20", nadia, rmm, "@Dev Malhotra looking at the open source one, tried it on my lab. agents are "
                + "light, patching is meh");
        Post rmm2 = re(9, "10:40", dev, rmm, "meh patching is a dealbreaker for me");
        re(9, "10:55", nadia, rmm2, "same, I'd script it myself before paying their new price");
        Post lab = say(10, "14:00", itGeneral, siobhan, "@Nadia Rahimi what's your lab running on? thinking of building "
                + "one");
        re(10, "14:20", nadia, lab, "old mini PCs off an auction, 3 of them, with a hypervisor. cost me £140");
        Post mini = re(10, "14:40", siobhan, lab, "£140 is nothing, link to the auction?");
        re(10, "14:50", nadia, mini, "it's the council surplus one, they do a sale every quarter");
        Post patchDay = say(11, "09:00", itOutage, gareth, "this month's patches broke shared printers for two clients "
                + "already");
        re(11, "09:15", nadia, patchDay, "@Gareth Pryce same, rolled back on one. was it the print spooler one again?");
        Post spool = re(11, "09:30", gareth, patchDay, "yep, spooler. the fix is the registry key from last year");
        re(11, "09:40", nadia, spool, "cheers, applying it");
        Post printer = say(12, "08:45", itClients, amina, "Hi, I run a dental practice in Leith. Our reception "
                + "printer drops off the wifi every morning and we restart it every day. Any ideas?");
        say(12, "11:00", itGeneral, siobhan, "anyone know a decent cert for small business security that clients "
                + "actually recognise?");
        Post cert = say(12, "11:20", itGeneral, nadia, "@Siobhan Kearney the government scheme one, clients ask for it "
                + "by name now. I did it in June, took a week");
        re(12, "11:40", siobhan, cert, "ta, looking");
        Post till = say(13, "10:00", itClients, colm, "Does anyone here do on-site support in Leith or Portobello? "
                + "Our cafe till PC is ancient and it froze twice this morning");
        say(13, "15:00", itGeneral, nadia, "@Dev Malhotra did you go with the new backup vendor in the end?");
        say(13, "15:20", itGeneral, dev, "not yet, trial ends friday. will report back");
        // W37.
        say(15, "07:50", itGeneral, dev, "family wedding in Jaipur 🎉 off from today, back Thursday");
        Post nas = say(16, "09:30", itClients, lerato, "@Dev Malhotra you set up our NAS last year, it's started beeping "
                + "every few minutes. could you have a look?");
        Post beep = say(16, "10:10", itClients, takeshi, "@Lerato Mokoena Dev's away till Thursday I think. beeping is "
                + "usually a drive warning, is there a red light on one bay?");
        re(16, "10:30", lerato, beep, "yes bay 2 is orange!");
        say(18, "09:00", itClients, dev, "back! @Lerato Mokoena sounds like drive 2 is failing, you're still on "
                + "warranty. I'll bring a new one Friday morning");
        say(18, "09:15", itClients, lerato, "amazing, thank you Dev");
        Post check = say(17, "11:00", itGeneral, takeshi, "@Gareth Pryce have you got that Monday checklist link "
                + "again? want to send it to a client");
        re(17, "11:10", gareth, check, "here you go https://pryce-it.example/blog/monday-checklist");
        Post printerFix = re(17, "14:00", siobhan, printer, "sorry this sat so long! usually the printer is going "
                + "to sleep and losing its lease. give it a fixed IP and turn off deep sleep in its settings");
        re(17, "15:00", amina, printerFix, "that fixed it, thank you so much");
        say(19, "10:00", itGeneral, nadia, "took Siobhan's advice and had coffee with an accountant. she has 3 "
                + "clients for me already 😮");
        till.react("👀", siobhan);
    }

    private void vending() {
        // W35.
        say(1, "07:30", vnChat, vikram, "morning all. card reader on my hospital machine rejecting contactless again, "
                + "third time this month");
        Post reader = say(1, "07:50", vnChat, hanne, "firmware. the telemetry people pushed an update Friday, roll it "
                + "back from the portal");
        re(1, "08:10", vikram, reader, "rolled back, working. legend");
        Post gym = say(2, "12:00", vnSites, phoebe, "Hi, I manage a gym (400 members) and we'd like a snack and protein "
                + "drinks machine in reception. How does it usually work, do we pay or do you?");
        Post how = re(2, "12:40", hanne, gym, "usually the operator owns and fills the machine and you get a "
                + "commission, 5-10% of sales depending on volume. nothing for you to pay");
        re(2, "13:00", phoebe, how, "oh that's much easier than I thought, thank you");
        say(2, "13:05", vnSites, phoebe, "Anyone covering Stockport who'd want the site?");
        Post stockport = say(2, "13:30", vnSites, oskar, "I cover Stockport, I've got a chiller machine free from "
                + "October. Can pop in this week to look at the space and talk commission");
        re(2, "14:00", phoebe, stockport, "perfect, Wednesday afternoon?");
        say(2, "14:10", vnSites, oskar, "Wednesday 3ish works, see you then");
        say(3, "10:00", vnSale, kofi, "Spiral snack machine, 6 trays, card reader fitted, collection from Leeds. "
                + "£650. DM me");
        Post wtb = say(4, "09:00", vnSale, vikram, "WTB a bean-to-cup for an office, anyone selling one under 1k?");
        Post bean = re(4, "09:40", leticia, wtb, "I've got one coming out of a site in two weeks, serviced, £850 to "
                + "you");
        re(4, "10:00", vikram, bean, "interested, let me know when it's out");
        Post beans = say(5, "11:00", vnSuppliers, hanne, "who's got the best price on 1kg espresso beans right now? "
                + "my roaster just went up 18%");
        Post roaster = re(5, "11:30", kofi, beans, "cash and carry on the A6 has an own-label one, fine for offices, "
                + "about 14 a kilo");
        re(5, "11:45", hanne, roaster, "will try it, thanks");
        // W36.
        say(9, "09:00", vnChat, connor, "We're shortlisted for the regional small business awards! Would mean a lot "
                + "if you all voted for us 🙏 https://bizawards.example/vote/maguire-vending");
        say(10, "10:00", vnSuppliers, connor, "anyone who hasn't voted yet, please vote for us, closes Sunday: "
                + "https://bizawards.example/vote/maguire-vending");
        Post meter = say(10, "14:00", vnChat, oskar, "gym site signed 🎉 first one from this server. thanks @Hanne Jakobsen "
                + "for explaining commission to them before I even got there");
        re(10, "14:30", hanne, meter, "ha, good stuff, enjoy the protein bar restocks");
        Post coins = say(11, "08:30", vnChat, vikram, "do any of you still empty coin boxes every week? my cash is "
                + "down to 8% of sales");
        Post fort = re(11, "09:00", kofi, coins, "fortnightly now, only the factory sites still use coins");
        re(11, "09:20", vikram, fort, "fortnightly it is");
        say(12, "16:00", vnSale, leticia, "@Vikram Nair the bean-to-cup is out, serviced and photographed, still £850 "
                + "if you want it");
        say(12, "16:40", vnSale, vikram, "yes please, can collect Saturday");
        // W37.
        say(15, "07:15", vnChat, leticia, "restocked the hospital site, crisps nearly gone again");
        say(15, "13:00", vnChat, leticia, "college site back open for term, two machines refilled");
        say(16, "07:20", vnChat, leticia, "new coffee blend in at the offices on Albert St");
        say(16, "17:30", vnChat, leticia, "telemetry showing the station machine sold out of water by 4pm");
        say(17, "07:10", vnChat, leticia, "van serviced, back on the road");
        say(17, "15:40", vnChat, leticia, "swapped the card reader at the college, fingers crossed");
        say(18, "07:30", vnChat, leticia, "price change on cans done across all sites");
        say(19, "18:00", vnChat, leticia, "Friday restock at the hospital, fully stocked for the weekend");
        say(20, "11:30", vnChat, leticia, "Saturday route done by 11 for once");
        say(20, "19:00", vnChat, leticia, "week done. 212 restocks this week");
        Post awards = say(16, "10:00", vnChat, hanne, "@Connor Maguire how did the awards go?");
        awards.react("👀", vikram);
        Post newSite = say(17, "12:00", vnSites, phoebe, "Just to say Oskar's machine is in and members love it. "
                + "thanks for the advice everyone");
        newSite.react("❤️", oskar, hanne);
        Post tele = say(18, "10:00", vnSuppliers, kofi, "anyone switched telemetry provider this year? mine's ending "
                + "support for the old modems");
        Post swap = re(18, "10:30", hanne, tele, "we went to the one with the 4G sims, install was an hour a machine");
        re(18, "10:50", kofi, swap, "an hour is fine, thanks Hanne");
        Post chiller = say(19, "14:00", vnSale, oskar, "chiller machine glass door, cracked one corner, free to "
                + "anyone who collects from Stockport");
        re(19, "15:00", kofi, chiller, "I'll have it if it's still there Monday");
    }

    private void avTechs() {
        // W35.
        Post rf = say(1, "10:00", avGear, ewan, "anyone running IEMs at the arena this month? the new LED wall eats "
                + "half the UHF band");
        say(1, "10:25", avGear, jun, "ewan we scanned there in July, 606-614 was the only clean bit. bring a scanner");
        Post thanksJun = re(1, "10:40", ewan, rf, "cheers Jun, scanner's packed");
        thanksJun.react("👍", jun);
        Post crew = say(2, "11:00", avVenues, carmen, "Hi all, event manager at a conference centre. Looking for a "
                + "sound op for a 200-seat conference on Thu 23 Sept, 8am-6pm, our desk. Anyone free?");
        Post zan = re(2, "11:30", zanele, crew, "I'm free on the 23rd, I know your room, ran the pharma thing there in "
                + "May. £320 for the day");
        Post paw = re(2, "12:00", pawel, crew, "free too if Zanele's taken, £300 day rate, own mics if you need extra");
        re(2, "12:30", carmen, zan, "Zanele, booked! will email the run sheet");
        paw.react("🙏", carmen);
        say(3, "19:00", avCrew, rhys, "loaded out at 2am, home at 4, call at 9. living the dream");
        Post dream = say(3, "19:10", avCrew, jun, "the glamour never stops");
        dream.react("😂", rhys, zanele);
        Post desk = say(4, "09:30", avGear, pawel, "our old digital desk's screen has gone dim on one side. worth "
                + "repairing or just replace?");
        Post back = re(4, "10:00", marguerite, desk, "backlight strip, about £60 and an hour with a screwdriver. "
                + "I did mine last year");
        re(4, "10:20", pawel, back, "£60 I can do, thanks!");
        say(5, "16:00", avCrew, zanele, "anyone got a spare 10m XLR or six? lent mine to a band and never saw them again");
        Post xlr = say(5, "16:10", avCrew, ewan, "got a box of them, I'm at the theatre tonight, grab them from stage "
                + "door");
        re(5, "16:30", zanele, xlr, "you're a star, will swing by at 6");
        // W36.
        Post gala = say(8, "09:00", avVenues, carmen, "@Marguerite Dubois the sound at our gala on Saturday was "
                + "perfect, our CEO said the speeches were the clearest ever. thank you!");
        gala.react("❤️", zanele);
        Post tour = say(8, "12:00", avCrew, jun, "just got offered a 6-week tour in October, monitors, first one in years");
        re(8, "12:30", marguerite, tour, "I did three tours back to back in 2019 and honestly I'm still tired. my "
                + "record was 41 shows in 44 days, I mixed every one of them on my own desk");
        Post baby = say(9, "10:00", avCrew, zanele, "going to be off for a month from November, baby number two 🥰");
        baby.react("🎉", jun, rhys, pawel, ewan);
        re(9, "10:30", marguerite, baby, "I took no time off when mine were little, I was mixing my first festival "
                + "stage two weeks after. I still don't know how I managed it");
        Post desk2 = say(10, "14:00", avGear, pawel, "fixed the backlight, desk looks new. thanks all");
        re(10, "14:20", marguerite, desk2, "told you. I've done that repair on my own desks four times now, I keep "
                + "a spare strip in my van");
        Post van = say(11, "09:00", avCrew, ewan, "van failed its MOT, brakes. £900 😩");
        re(11, "09:40", marguerite, van, "my van's never failed, I service it myself every spring. I learned on my "
                + "dad's old bus, I can do brakes in my sleep");
        say(12, "18:00", avCrew, marguerite, "Big weekend for me: my mix of the charity gala is going on my showreel, "
                + "and I've been asked back for my fourth year at the jazz festival");
        Post jazz = say(12, "18:20", avCrew, rhys, "nice one");
        jazz.react("👍", marguerite);
        // W37.
        say(15, "10:00", avCrew, rhys, "desk deal: https://stagekit.example/deals/compact-digital-desk");
        say(15, "10:02", avCrew, rhys, "and this one's cheap https://avmart.example/used/stagebox-16");
        say(15, "10:05", avCrew, rhys, "https://stagekit.example/deals/iem-pack-4");
        say(15, "10:08", avCrew, rhys, "also LED pars going for nothing https://lightbay.example/lot/par-12");
        Post cheap = say(15, "10:30", avCrew, jun, "that stagebox is a good price tbh");
        Post parts = re(15, "10:40", rhys, cheap, "I know, I'd have it if I had the van space");
        parts.react("😂", jun);
        Post conf = say(16, "09:00", avVenues, carmen, "Any lighting people free for a product launch on 2 Oct? "
                + "Small stage, 6 movers, we provide the desk");
        Post ewanLx = re(16, "09:30", ewan, conf, "I can do the 2nd, I programme on that desk every week. £340");
        re(16, "10:00", carmen, ewanLx, "great, sending details");
        Post mic = say(17, "13:00", avGear, zanele, "headset mics sweating out at every conference. anyone found one "
                + "that survives a sweaty keynote?");
        Post cover = re(17, "13:20", pawel, mic, "the ones with the moisture guard covers, plus spare covers. changed "
                + "my life");
        re(17, "13:40", zanele, cover, "ordering some");
        say(18, "11:00", avCrew, marguerite, "who's at the trade show next week? I'm doing a demo on the Friday");
        say(18, "11:30", avCrew, ewan, "I'll be there Thursday only, say hi if you see me");
    }

    private void quizTeam() {
        // W35.
        say(1, "18:00", qzTeam, orla, "League night Thursday at the Crown, 7:30. Who's in?");
        Post in1 = say(1, "18:20", qzTeam, ravi, "in");
        say(1, "18:40", qzTeam, sanne, "in, can give someone a lift from town");
        Post benjiIn = say(1, "19:10", qzTeam, benji, "in! I'll take Sanne's lift if that's ok");
        Post lift = re(1, "19:30", sanne, benjiIn, "course, pick you up at 7");
        lift.react("🙏", benji);
        in1.react("👍", orla);
        Post eels = say(4, "23:10", qzWrong, malik, "how did none of us know eels spawn in the Sargasso Sea. I will "
                + "never forget it now");
        eels.react("😂", ravi, benji, orla);
        re(4, "23:20", ravi, eels, "we put Bermuda, which is honestly close");
        say(5, "09:00", qzTeam, orla, "3rd place last night, 2 points off top. Table's here: "
                + "https://pubquizleague.example/tables/north");
        Post capitals = say(5, "12:00", qzTrivia, sanne, "practice q: what's the only capital city with no traffic "
                + "lights?");
        Post thimphu = re(5, "12:30", benji, capitals, "Thimphu?");
        re(5, "12:40", sanne, thimphu, "yes!! you've done this one before haven't you");
        say(5, "12:45", qzTrivia, benji, "might have 😄");
        // W36.
        say(8, "10:00", qzTeam, malik, "camping in the Lakes till Sunday, no signal, count me out for Thursday");
        Post semi = say(8, "08:30", qzTeam, orla, "@Benji Adeyemi are you in for Thursday's semi-final? I need to know by "
                + "Tuesday night to book the table for 5 or 6");
        Post ravIn = say(9, "09:30", qzTeam, ravi, "I'm in, and I'll bring my sister if we're short");
        ravIn.react("🙌", orla);
        Post opera = say(9, "20:00", qzTrivia, benji, "practice q: which opera has the Anvil Chorus?");
        Post trov = re(9, "20:20", sanne, opera, "Il Trovatore");
        re(9, "20:30", benji, trov, "correct, too easy for you");
        Post malikQ = say(10, "08:00", qzTeam, sanne, "@Malik Thompson do we still have your mum's list of 80s number "
                + "ones? want to revise");
        say(10, "21:00", qzTrivia, benji, "practice q: how many hearts does an octopus have?");
        Post three = say(10, "21:05", qzTrivia, ravi, "3");
        re(10, "21:10", benji, three, "yep. and blue blood");
        Post wrong2 = say(11, "23:30", qzWrong, sanne, "the semi: 'which planet has the longest day'. we said Mercury. "
                + "it's Venus. I'm going to bed");
        re(11, "23:40", benji, wrong2, "I SAID Venus!! nobody listened");
        say(12, "10:00", qzTeam, orla, "We're in the final! 🎉 table: https://pubquizleague.example/tables/north");
        say(12, "10:30", qzTrivia, benji, "practice q: what's the only letter not in any US state name?");
        // W37.
        say(14, "19:00", qzTeam, malik, "back from the Lakes! @Sanne de Vries yes, mum's list is in my email, sending "
                + "it now");
        Post q = say(15, "09:00", qzTeam, orla, "Final is Thursday 23rd. Same lineup as the semi? shout if you can't make "
                + "it");
        Post can = re(15, "09:20", ravi, q, "I can");
        can.react("👍", orla);
        re(15, "09:40", sanne, q, "in");
        Post flags = say(16, "12:00", qzTrivia, ravi, "flags round is our weak spot. anyone got a good way to learn "
                + "them?");
        Post app = re(16, "12:30", malik, flags, "there's a free flashcard deck, I did 10 a day for a month. link: "
                + "https://flashdecks.example/world-flags");
        re(16, "13:00", ravi, app, "downloading, thanks Malik");
        Post j = say(17, "20:00", qzTrivia, benji, "answer to last week's: Q. nobody got it 😎");
        j.react("😂", sanne, orla);
        say(18, "18:00", qzTeam, orla, "Table booked for 6 on the 23rd. bring pens");
    }

    private void linenHire() {
        // W35.
        say(1, "08:00", lnNews, priscilla, "Good morning all. From 1 October napkin hire goes up 2p per item, "
                + "tablecloths and chef whites stay the same. Letters are in the post this week");
        Post mon = say(1, "06:30", lnDeliveries, kwame, "Monday route: city centre drops 6-9am, Northern Quarter "
                + "after 10 because of the road closure");
        Post nq = re(1, "07:10", aiko, mon, "ok! side door on Thomas St is open from 9");
        re(1, "07:20", kwame, nq, "side door, noted");
        Post stain = say(2, "11:00", lnHelp, declan, "beetroot on white cloths. do you lot get it out or do we get "
                + "charged?");
        Post beet = re(2, "11:30", priscilla, stain, "We get most of it out! If a cloth's ruined we write it off, "
                + "no charge unless it's more than 5 a month");
        re(2, "11:45", declan, beet, "fair, thanks");
        say(3, "15:00", lnKitchen, aiko, "anyone else's pot washer quit mid service this week or just mine 🙃");
        Post pw = say(3, "15:20", lnKitchen, declan, "our KP quit by text. at 5pm. on a Friday");
        pw.react("😂", aiko, luca);
        Post buns = say(4, "10:00", lnKitchen, declan, "does anyone know a bakery doing wholesale brioche buns? our "
                + "supplier's closing");
        Post fenBuns = re(4, "10:30", fen, buns, "we do! 60p a bun for 100+, delivered Tues and Fri in the centre. "
                + "happy to drop a sample box round");
        re(4, "11:00", declan, fenBuns, "yes please, Thursday?");
        say(4, "11:05", lnKitchen, fen, "Thursday it is");
        say(6, "17:00", lnHelp, helga, "I'm on leave next week, back Monday the 13th. Invoice questions to "
                + "@Priscilla Mensah till then please");
        // W36.
        Post inv = say(8, "09:00", lnHelp, aiko, "@Helga Sørensen our August invoice has the tablecloths twice, can "
                + "you check?");
        Post credit = re(8, "09:40", priscilla, inv, "Hi Aiko, Helga's away this week so I've looked: you're right, "
                + "credit note on its way today");
        re(8, "10:00", aiko, credit, "thank you!");
        Post tue = say(9, "06:20", lnDeliveries, kwame, "Tuesday: all on time, Ancoats drops first");
        Post shortDrop = re(10, "08:30", luca, tue, "@Kwame Asante yesterday's drop for Osteria Bianchi was 20 "
                + "napkins short and two chef jackets came back with stains still on. can you send replacements "
                + "before Saturday?");
        say(10, "06:40", lnDeliveries, kwame, "Wednesday route as normal, new driver Aleks with me");
        say(11, "06:30", lnDeliveries, kwame, "Thursday: running 20 min late, roadworks on the A56");
        Post football = say(11, "14:00", lnKitchen, declan, "anyone watching the derby tonight? we've got it on the big "
                + "screen");
        re(11, "14:30", kwame, football, "I'll be listening in the van, up the blues");
        say(12, "06:30", lnDeliveries, kwame, "Friday: all on time, extra tablecloth run at 2pm for the weddings");
        say(12, "15:00", lnKitchen, luca, "quiet lunch, everyone's at the football");
        say(13, "11:00", lnHelp, luca, "still waiting on those napkins from Tuesday, tonight's fully booked");
        Post sorry = say(13, "11:30", lnHelp, priscilla, "@Luca Bianchi so sorry, just seen this. 20 napkins and two "
                + "jackets going out on the 2pm van today");
        re(13, "12:00", luca, sorry, "thanks Priscilla");
        // W37.
        say(15, "08:30", lnHelp, helga, "Back! thanks Priscilla for covering. Aiko, credit note's on your account");
        say(15, "06:30", lnDeliveries, kwame, "Monday route as normal");
        Post xmas = say(16, "09:00", lnNews, priscilla, "Christmas party season: please place extra tablecloth orders "
                + "by 15 November so we can stock up");
        xmas.react("👍", declan, aiko);
        Post gold = say(17, "10:00", lnHelp, declan, "can we hire gold napkins for a 50th on the 9th of October, 80 "
                + "of them?");
        Post goldYes = re(17, "10:20", helga, gold, "Yes, we have 120 in stock. added to your order for the 8th, "
                + "same price as white");
        re(17, "10:30", declan, goldYes, "brilliant");
        Post jackets = say(18, "12:00", lnKitchen, aiko, "does anyone make their chefs wear hats still or is that gone?");
        Post caps = re(18, "12:30", luca, jackets, "caps here, the hats fall in the sauce");
        caps.react("😂", aiko, fen);
        say(19, "10:00", lnKitchen, fen, "thanks @Declan Hughes for the brioche order, your burger photos on insta "
                + "made my week");
    }

    private void refrigeration() {
        // W35.
        Post comp = say(1, "09:00", rfParts, wanjiru, "got a spare 1/2hp compressor off a job, R290, anyone need one? "
                + "swap for a couple of electronic controllers");
        Post swapC = re(1, "10:00", alun, comp, "I'll swap, got three controllers in the van doing nothing");
        re(1, "10:20", wanjiru, swapC, "deal, meet at the wholesaler Thursday?");
        say(1, "10:30", rfParts, alun, "thursday 8am, I'll be the one with the coffee");
        say(2, "08:00", rfOwners, stelian, "24/7 breakdown cover for shops, cafes and pubs across the West Midlands, "
                + "£85 callout, no fix no fee. DM me");
        Post gas = say(2, "12:00", rfColdRoom, jakub, "wholesaler's out of R404A again, quoting 3 weeks. anyone else?");
        Post retro = re(2, "12:30", wanjiru, gas, "same. I'm telling clients it's time to retrofit, the price has "
                + "doubled since spring");
        re(2, "12:45", jakub, retro, "yeah, had that chat with two of mine this week");
        Post ice = say(3, "10:00", rfOwners, bashir, "My display fridge in the shop keeps icing up at the back and the "
                + "milk on the top shelf freezes. I tried turning it down but no change. Any ideas?");
        Post fan = re(3, "10:40", alun, ice, "sounds like the evaporator fan or a stuck defrost timer. check the fan "
                + "at the back is spinning when the door's shut (press the door switch). if it's not, that's your "
                + "icing. I'm in Wolverhampton if you want me to look, £70 callout");
        Post spin = re(3, "11:30", bashir, fan, "fan's not spinning! I'm in Walsall, can you come tomorrow?");
        re(3, "11:45", alun, spin, "tomorrow 9am, text me the address: 07700 900412");
        say(4, "14:00", rfColdRoom, alun, "Bashir's fan motor was seized solid, 20 min swap. love an easy one");
        say(5, "08:00", rfOwners, stelian, "Still got room on my maintenance contracts, £40 a month per cabinet, "
                + "two visits a year and priority callout. DM me");
        say(5, "16:00", rfColdRoom, wanjiru, "F-gas renewal done for another 5 years 🙌");
        // W36.
        Post seal = say(8, "09:30", rfOwners, ruth, "@Jakub Nowicki you serviced our cold room in June, now the door "
                + "seal is torn at the bottom and it's letting warm air in. could you fit a new one?");
        say(8, "11:00", rfOwners, jakub, "@Ruth Abernathy yes, I'll order the seal today, should have it Thursday. "
                + "I'll text you a time");
        re(8, "11:15", ruth, seal, "lovely, thank you");
        Post leak = say(9, "13:00", rfColdRoom, wanjiru, "leak-tested a whole supermarket today. 14 cases. my ears "
                + "are ringing from the bleeper");
        leak.react("😂", jakub, alun);
        Post pub = say(10, "10:00", rfOwners, ruth, "not for me, for the pub next door: anyone recommend someone for "
                + "cellar cooling in Dudley?");
        Post dudley = re(10, "10:30", jakub, pub, "@Alun Griffiths does cellar coolers, he's nearer than me");
        Post alunPub = re(10, "11:00", alun, pub, "yep I can do Dudley, tell them to give me a ring on 07700 900412");
        dudley.react("🙏", alun);
        re(10, "11:10", ruth, alunPub, "passed it on!");
        Post vac = say(11, "15:00", rfColdRoom, jakub, "vacuum pump died mid job. what are people buying now, "
                + "cordless?");
        Post cordless = re(11, "15:30", wanjiru, vac, "cordless two stage, the battery does 3 jobs easy");
        re(11, "15:45", jakub, cordless, "ok sold, thanks");
        say(14, "09:00", rfColdRoom, alun, "Sunday callout to a butcher's walk-in. the door had been propped open "
                + "with a box of sausages all night");
        // W37.
        say(15, "08:00", rfColdRoom, jakub, "fitted Ruth's seal, easy job. anyone going to the refrigeration expo?");
        say(15, "08:30", rfColdRoom, wanjiru, "I'm going Wednesday, the F-gas talk");
        Post freeze = say(16, "11:00", rfOwners, bashir, "Thanks again to @Alun Griffiths, the fridge has been perfect. "
                + "now the chest freezer is making a clicking noise every few minutes, is that bad?");
        Post click = re(16, "11:30", alun, freeze, "clicking every few minutes is usually the start relay trying and "
                + "failing. unplug it for an hour and see, and don't fill it up till I've looked. I can swing by "
                + "Thursday");
        re(16, "11:40", bashir, click, "Thursday is great");
        say(17, "09:00", rfParts, wanjiru, "https://coldparts.example/clearance");
        Post stelianQ = say(17, "12:00", rfColdRoom, stelian, "anyone got a wiring diagram for the older under-counter "
                + "controllers? the customer lost the manual");
        Post diag = re(17, "12:40", jakub, stelianQ, "the manufacturer has them under 'legacy' on the support page, "
                + "you need the model number off the back");
        re(17, "12:50", stelian, diag, "found it, cheers");
        say(19, "10:00", rfColdRoom, alun, "Bashir's relay swapped. two happy fridges in one shop");
    }

    private void more() {
        // A. cleaners, more everyday talk.
        Post bank = say(7, "20:00", ccShop, mei, "bank holiday rates: do you charge clients double or just eat it?");
        Post dbl = re(7, "20:30", emeka, bank, "time and a half, it's in every contract now");
        re(7, "20:45", mei, dbl, "going to add that, cheers");
        Post glove = say(14, "09:00", ccKit, emeka, "nitrile gloves doubled in price at the trade counter, anyone "
                + "found them cheaper?");
        Post box = re(14, "09:30", mei, glove, "online wholesaler, 10 boxes at a time, about half");
        re(14, "09:40", emeka, box, "nice one");
        Post keys = say(20, "08:00", ccShop, dusan, "how do you all manage client keys? I've got 30 on a ring and it's a "
                + "nightmare");
        Post safe = re(20, "08:30", mei, keys, "numbered tags, spreadsheet, key safe in the van. no addresses on the "
                + "tags");
        re(20, "08:45", dusan, safe, "no addresses, good point");
        // B. writers.
        Post lunch = say(7, "12:00", twLounge, birgit, "anyone else invoice in their clients' currency? the euro "
                + "swings are killing me");
        Post gbp = re(7, "12:30", raj, lunch, "I moved everyone to GBP this year, only lost one client over it");
        re(7, "12:50", birgit, gbp, "brave. might do it for new ones");
        Post diag = say(14, "11:00", twTools, birgit, "what are people using for sequence diagrams in markdown?");
        Post merm = re(14, "11:30", yusuf, diag, "the text-based one that renders in most site generators, saves so "
                + "much time");
        re(14, "11:45", birgit, merm, "perfect");
        Post bookClub = say(20, "18:00", twLounge, raj, "book club was great tonight, thanks Harriet for hosting");
        bookClub.react("❤️", harriet, birgit);
        // C. IT.
        Post ssl = say(6, "10:00", itOutage, siobhan, "cert renewals failing on the shared hosting for anyone else?");
        Post ssl2 = re(6, "10:20", dev, ssl, "yes two sites, their ACME endpoint is timing out");
        re(6, "10:30", siobhan, ssl2, "phew, ok, waiting it out");
        Post vpn = say(20, "09:00", itOutage, takeshi, "VPN provider down for anyone? 3 clients can't connect");
        Post vpn2 = re(20, "09:10", siobhan, vpn, "up for me in Glasgow, might be regional");
        re(20, "09:30", takeshi, vpn2, "back now, 20 min blip");
        // D. vending.
        Post milk = say(7, "09:00", vnSuppliers, vikram, "granulated milk for the office machines, anyone tried the "
                + "cheaper one at the cash and carry?");
        Post clumps = re(7, "09:30", hanne, milk, "clumps in humid weather, I went back to the branded one");
        re(7, "09:45", vikram, clumps, "good to know, thanks");
        Post hot = say(13, "15:00", vnChat, oskar, "anyone put a hot food machine in a hospital? staff keep asking");
        Post hotA = re(13, "15:40", vikram, hot, "I did, pies and pasta pots. sells well on nights, the shelf life is "
                + "the headache");
        re(13, "16:00", oskar, hotA, "nights is where they want it, thanks Vikram");
        // E. AV.
        Post batt = say(6, "14:00", avGear, jun, "rechargeable AA for radio mics: yay or nay?");
        Post nay = re(6, "14:30", zanele, batt, "yay if you label them and retire them after a year");
        re(6, "14:45", jun, nay, "labelling, ok");
        Post tax = say(13, "20:00", avCrew, pawel, "self assessment question: do you claim your van as a whole or "
                + "mileage?");
        Post mil = re(13, "20:30", ewan, tax, "mileage, my accountant said simpler and it worked out better");
        re(13, "20:45", pawel, mil, "same advice from mine, cheers");
        Post rigging = say(19, "10:00", avGear, ewan, "anyone done their rigging ticket renewal online? is it "
                + "legit?");
        Post legit = re(19, "10:30", jun, rigging, "did mine in a day at the training centre, online one isn't "
                + "accepted by most venues");
        re(19, "10:45", ewan, legit, "in person then, thanks");
        // F. quiz.
        Post kit = say(6, "20:00", qzTrivia, ravi, "practice q: which element has the symbol W?");
        Post tung = re(6, "20:10", orla, kit, "tungsten, from wolfram");
        re(6, "20:15", ravi, tung, "too quick");
        Post cake = say(13, "11:00", qzTeam, sanne, "I'll bake for the final if we win, what do we want");
        Post lemon = re(13, "11:20", orla, cake, "lemon drizzle, obviously");
        re(13, "11:30", sanne, lemon, "done");
        Post cap = say(19, "20:00", qzTrivia, sanne, "practice q: what's the capital of Burkina Faso?");
        Post ouag = re(19, "20:30", ravi, cap, "Ouagadougou, I've been revising");
        re(19, "20:40", sanne, ouag, "look at you");
        Post mum = say(20, "11:00", qzWrong, malik, "mum's 80s list says we'd have got the Kajagoogoo question. she "
                + "is insufferable now");
        mum.react("😂", sanne, orla);
        // G. linen.
        Post cups = say(7, "15:00", lnKitchen, aiko, "new oat milk brand is foaming way better, if anyone's looking");
        Post which = re(7, "15:30", luca, cups, "which one?");
        re(7, "15:40", aiko, which, "the barista one in the green carton");
        Post aprons = say(20, "10:00", lnHelp, aiko, "could we add 10 bib aprons to our weekly order from next week?");
        Post apr = re(20, "10:30", helga, aprons, "Done Aiko, they'll be on next Tuesday's drop");
        re(20, "10:40", aiko, apr, "thanks Helga");
        // H. refrigeration.
        Post van = say(6, "18:00", rfColdRoom, jakub, "anyone racked out an electric van yet? worried about range with "
                + "a recovery machine on board");
        Post range = re(6, "18:30", alun, van, "mate's got one, fine for city jobs, he keeps the diesel for rural");
        re(6, "18:45", jakub, range, "makes sense");
        Post apprentice = say(13, "09:00", rfColdRoom, wanjiru, "thinking of taking on an apprentice. any of you done "
                + "it solo?");
        Post appr = re(13, "09:30", jakub, apprentice, "took one last year. best and most tiring thing I've done, the "
                + "college day is the tricky bit");
        re(13, "09:50", wanjiru, appr, "that's the bit I'm worried about, thanks");
        // More everyday talk in the quiz team, the linen clients and the fridge engineers.
        Post parking = say(3, "17:00", qzTeam, ravi, "is the Crown car park still pay and display after 6?");
        Post free = re(3, "17:30", orla, parking, "free after 6 since the summer");
        re(3, "17:40", ravi, free, "result");
        Post sport = say(18, "21:00", qzTrivia, orla, "practice q: which country has won the most Olympic medals "
                + "in curling?");
        Post canada = re(18, "21:15", sanne, sport, "Canada?");
        re(18, "21:20", orla, canada, "Canada. we'll get it on the night now");
        Post rota = say(5, "16:00", lnKitchen, luca, "how do you all do the staff rota, paper on the wall or an app?");
        Post app = re(5, "16:30", aiko, rota, "an app but the chefs still write on the paper one 😂");
        re(5, "16:45", luca, app, "same here honestly");
        Post wed = say(17, "15:00", lnHelp, fen, "do you do round tablecloths for 6ft tables? first wedding order for "
                + "the bakery next month");
        Post round = re(17, "15:30", priscilla, wed, "We do, 120 inch rounds. How many and which date? I'll reserve them");
        re(17, "15:45", fen, round, "12, for Saturday 16 October. thank you!");
        Post insure = say(7, "19:00", rfColdRoom, alun, "anyone changed public liability insurer lately? renewal "
                + "came in 30% up");
        Post broker = re(7, "19:30", jakub, insure, "went through the trade association broker, saved a third");
        re(7, "19:40", alun, broker, "will ring them Monday");
        Post temp = say(19, "14:00", rfOwners, ruth, "what temperature should a deli counter actually sit at? the "
                + "inspector's coming next week");
        Post five = re(19, "14:20", jakub, temp, "aim for 1-4C for cooked meats and cheese, and log it twice a day. "
                + "the log is what they want to see");
        re(19, "14:30", ruth, five, "we log once, doubling it. thanks Jakub");
        say(20, "08:00", rfColdRoom, jakub, "expo was good, the F-gas talk was packed");
    }

    static Map<String, String> files() {
        return new HeldOutScenes55Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 55");
    }
}
