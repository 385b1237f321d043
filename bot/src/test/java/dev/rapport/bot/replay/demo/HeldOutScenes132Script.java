package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 132 (sealed): eight communities of legal services and the people around them, of kinds no earlier
 * round used (certified legal translators, Sworn Word, with a room where solicitors, caseworkers and litigants ask, a
 * hire-me room and a translator who spends a week leading a shared family-court glossary with fellow translators while
 * a returning solicitor client and a parent who asked for her by name wait; family mediators, Common Ground
 * Mediators, with a room where separating parents ask, a mediator who posts a tip of the day to nobody and a newcomer
 * who answers a parent's thanks with a priced slot; a small law firm's own server, Harcourt Lane Solicitors, with its
 * Team and Clients, a partner who said he would be away and a client's DM; litigants in person helping each other,
 * Own Case Circle, where nobody sells; freelance paralegals, Paralegal Pool, with a room where firms post work and a
 * paralegal who scatters his template pack; expert witnesses, The Witness Box, with a room where solicitors ask for
 * experts; regulated immigration advisers, Visa Desk, with a room where applicants ask and a newcomer's DM pitch; a
 * legal print and court-bundle firm's own server, Tabbed &amp; Bound, with its Team and Customers and two newcomers),
 * over three ISO weeks (2033-W33 to W35, the summer bank holiday on day 15), written and labelled by writer132
 * (session 61) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-132.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes132Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2033, 8, 15);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2033, 9, 5, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-132";
    private static final int BASE = 103600;

    // --- A. certified legal translators ---
    private final String sworn = cast.guild(1601);
    private final Channel swRoom = cast.channel(sworn, "Sworn Word", "translators-room",
            "legal translators among ourselves: terms, courts, certification", "sw-translators-room.json");
    private final Channel swAsk = cast.channel(sworn, "Sworn Word", "ask-a-translator",
            "solicitors, caseworkers and litigants ask about legal translation; translators reply",
            "sw-ask-a-translator.json");
    private final Channel swHire = cast.channel(sworn, "Sworn Word", "hire-me",
            "translators post their languages, availability and rates", "sw-hire-me.json");
    private final Persona teodora = cast.person("teodora.vasilescu", "Teodora Vasilescu");
    private final Persona anselm = cast.person("anselm.kowalczyk", "Anselm Kowalczyk");
    private final Persona marisa = cast.person("marisa.benedetti", "Marisa Benedetti");
    private final Persona hamza = cast.person("hamza.siddiqui", "Hamza Siddiqui");
    private final Persona yevgenia = cast.person("yevgenia.marchenko", "Yevgenia Marchenko");
    private final Persona bramwell = cast.person("bramwell.okafor", "Bramwell Okafor");
    private final Persona philippa = cast.person("philippa.drum", "Philippa Drum");
    private final Persona ruairi = cast.person("ruairi.flynn", "Ruairi Flynn");
    private final Persona gethin = cast.person("gethin.pryce", "Gethin Pryce");

    // --- B. family mediators ---
    private final String ground = cast.guild(1602);
    private final Channel cgRoom = cast.channel(ground, "Common Ground Mediators", "mediators-room",
            "family mediators among ourselves", "cg-mediators-room.json");
    private final Channel cgAsk = cast.channel(ground, "Common Ground Mediators", "parents-ask",
            "separating parents ask about mediation, MIAMs and the voucher scheme; mediators reply",
            "cg-parents-ask.json");
    private final Channel cgOffer = cast.channel(ground, "Common Ground Mediators", "offer-your-services",
            "mediators post availability, areas and fees", "cg-offer-your-services.json");
    private final Persona ingrid = cast.person("ingrid.solberg", "Ingrid Solberg");
    private final Persona dev = cast.person("dev.raghunathan", "Dev Raghunathan");
    private final Persona cosmo = cast.person("cosmo.fairweather", "Cosmo Fairweather");
    private final Persona aurelia = cast.person("aurelia.santos", "Aurelia Santos");
    private final Persona blaise = cast.person("blaise.montague", "Blaise Montague");
    private final Persona wren = cast.person("wren.castellano", "Wren Castellano");
    private final Persona gideon = cast.person("gideon.tuttle", "Gideon Tuttle");
    private final Persona ottilie = cast.person("ottilie.fenwick", "Ottilie Fenwick");
    private final Persona selwyn = cast.person("selwyn.maddox", "Selwyn Maddox");

    // --- C. a small law firm's own server ---
    private final String harcourt = cast.guild(1603);
    private final Role hlTeam = cast.role("Team", "#1a237e", 2);
    private final Role hlClient = cast.role("Client", "#607d8b", 1);
    private final Channel hlNews = cast.channel(harcourt, "Harcourt Lane Solicitors", "announcements",
            "office hours, closures and our guides", "hl-announcements.json");
    private final Channel hlDesk = cast.channel(harcourt, "Harcourt Lane Solicitors", "client-questions",
            "clients: post your questions here and one of our team will reply", "hl-client-questions.json");
    private final Channel hlGeneral = cast.channel(harcourt, "Harcourt Lane Solicitors", "general",
            "chat for clients and the team", "hl-general.json");
    private final Persona augustin = cast.person("augustin.perrault", "Augustin Perrault", hlTeam);
    private final Persona siobhan = cast.person("siobhan.garvey", "Siobhan Garvey", hlTeam);
    private final Persona kwabena = cast.person("kwabena.asante", "Kwabena Asante", hlTeam);
    private final Persona esme = cast.person("esme.whitlock", "Esme Whitlock", hlTeam);
    private final Persona rupert = cast.person("rupert.lisle", "Rupert Lisle", hlClient);
    private final Persona nadia = cast.person("nadia.haverfield", "Nadia Haverfield", hlClient);
    private final Persona tomasz = cast.person("tomasz.wojcik", "Tomasz Wojcik", hlClient);
    private final Persona marjorie = cast.person("marjorie.penrose", "Marjorie Penrose", hlClient);
    private final Persona delphine = cast.person("delphine.orr", "Delphine Orr");
    private final Channel hlDm = cast.dm(nadia, "hl-dm-nadia-haverfield.json");

    // --- D. litigants in person helping each other ---
    private final String owncase = cast.guild(1604);
    private final Channel ocGeneral = cast.channel(owncase, "Own Case Circle", "general",
            "people representing themselves in family and civil cases, helping each other; no paid services",
            "oc-general.json");
    private final Channel ocPrep = cast.channel(owncase, "Own Case Circle", "hearing-prep",
            "forms, bundles and hearings: ask and share what worked", "oc-hearing-prep.json");
    private final Channel ocWins = cast.channel(owncase, "Own Case Circle", "wins-and-woes",
            "how it went", "oc-wins-and-woes.json");
    private final Persona fern = cast.person("fern.ashcombe", "Fern Ashcombe");
    private final Persona lachlan = cast.person("lachlan.reid", "Lachlan Reid");
    private final Persona precious = cast.person("precious.ndlovu", "Precious Ndlovu");
    private final Persona hester = cast.person("hester.quigley", "Hester Quigley");
    private final Persona ambrose = cast.person("ambrose.kettering", "Ambrose Kettering");
    private final Persona dafydd = cast.person("dafydd.rees", "Dafydd Rees");
    private final Persona rhiannon = cast.person("rhiannon.vause", "Rhiannon Vause");

    // --- E. freelance paralegals ---
    private final String pool = cast.guild(1605);
    private final Channel ppWork = cast.channel(pool, "Paralegal Pool", "work-posted",
            "firms and solicitors post paralegal work; freelancers reply", "pp-work-posted.json");
    private final Channel ppLounge = cast.channel(pool, "Paralegal Pool", "paralegals-lounge",
            "freelance paralegals among ourselves", "pp-paralegals-lounge.json");
    private final Channel ppHire = cast.channel(pool, "Paralegal Pool", "hire-me",
            "freelance paralegals post availability and rates", "pp-hire-me.json");
    private final Persona lysander = cast.person("lysander.quill", "Lysander Quill");
    private final Persona nkechi = cast.person("nkechi.balogun", "Nkechi Balogun");
    private final Persona rosamund = cast.person("rosamund.tarrant", "Rosamund Tarrant");
    private final Persona fergus = cast.person("fergus.doherty", "Fergus Doherty");
    private final Persona clementine = cast.person("clementine.aske", "Clementine Aske");
    private final Persona obadiah = cast.person("obadiah.cray", "Obadiah Cray");
    private final Persona winifred = cast.person("winifred.halse", "Winifred Halse");

    // --- F. expert witnesses ---
    private final String witness = cast.guild(1606);
    private final Channel wbRoom = cast.channel(witness, "The Witness Box", "experts-room",
            "expert witnesses among ourselves: reports, court, CPR Part 35", "wb-experts-room.json");
    private final Channel wbAsk = cast.channel(witness, "The Witness Box", "instructions-wanted",
            "solicitors ask for experts; experts reply", "wb-instructions-wanted.json");
    private final Channel wbIntro = cast.channel(witness, "The Witness Box", "introductions",
            "introduce yourself: your discipline and where you practise", "wb-introductions.json");
    private final Persona alaric = cast.person("alaric.penhaligon", "Alaric Penhaligon");
    private final Persona henrietta = cast.person("henrietta.vallance", "Henrietta Vallance");
    private final Persona leontyne = cast.person("leontyne.adair", "Leontyne Adair");
    private final Persona oona = cast.person("oona.blackstock", "Oona Blackstock");
    private final Persona quentin = cast.person("quentin.roebuck", "Quentin Roebuck");
    private final Persona imogen = cast.person("imogen.saltmarsh", "Imogen Saltmarsh");
    private final Persona rafiq = cast.person("rafiq.choudhury", "Rafiq Choudhury");
    private final Persona thaddeus = cast.person("thaddeus.greenhalgh", "Thaddeus Greenhalgh");

    // --- G. regulated immigration advisers ---
    private final String visa = cast.guild(1607);
    private final Channel vdLounge = cast.channel(visa, "Visa Desk", "advisers-lounge",
            "regulated immigration advisers among ourselves", "vd-advisers-lounge.json");
    private final Channel vdAsk = cast.channel(visa, "Visa Desk", "ask-an-adviser",
            "applicants ask about visas and status; regulated advisers reply", "vd-ask-an-adviser.json");
    private final Persona farida = cast.person("farida.haque", "Farida Haque");
    private final Persona mateus = cast.person("mateus.oliveira", "Mateus Oliveira");
    private final Persona cordelia = cast.person("cordelia.nash", "Cordelia Nash");
    private final Persona sterling = cast.person("sterling.voss", "Sterling Voss");
    private final Persona kofi = cast.person("kofi.mensah", "Kofi Mensah-Bright");
    private final Persona anjali = cast.person("anjali.deshmukh", "Anjali Deshmukh");
    private final Persona luka = cast.person("luka.petrovic", "Luka Petrovic");
    private final Persona yusuf = cast.person("yusuf.amari", "Yusuf Amari");
    private final Channel vdDm = cast.dm(sterling, "vd-dm-sterling-voss.json");

    // --- H. a legal print and court-bundle firm's own server ---
    private final String tabbed = cast.guild(1608);
    private final Role tbTeam = cast.role("Team", "#2e7d32", 2);
    private final Role tbCustomer = cast.role("Customer", "#8d6e63", 1);
    private final Channel tbNews = cast.channel(tabbed, "Tabbed & Bound", "announcements",
            "turnaround times, closures and news", "tb-announcements.json");
    private final Channel tbDesk = cast.channel(tabbed, "Tabbed & Bound", "orders-desk",
            "customers: post your orders and questions here and our team will reply", "tb-orders-desk.json");
    private final Channel tbGeneral = cast.channel(tabbed, "Tabbed & Bound", "general",
            "chat for customers and the team", "tb-general.json");
    private final Persona crawford = cast.person("crawford.quarrie", "Crawford Quarrie", tbTeam);
    private final Persona hyacinth = cast.person("hyacinth.moreau", "Hyacinth Moreau", tbTeam);
    private final Persona idris = cast.person("idris.pugh", "Idris Pugh", tbTeam);
    private final Persona veronica = cast.person("veronica.stainsby", "Veronica Stainsby", tbCustomer);
    private final Persona osian = cast.person("osian.trevelyan", "Osian Trevelyan", tbCustomer);
    private final Persona mirela = cast.person("mirela.dobre", "Mirela Dobre", tbCustomer);
    private final Persona greer = cast.person("greer.halloran", "Greer Halloran");
    private final Persona jonty = cast.person("jonty.blackwood", "Jonty Blackwood");

    HeldOutScenes132Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        swornWord();
        commonGround();
        harcourtLane();
        ownCaseCircle();
        paralegalPool();
        witnessBox();
        visaDesk();
        tabbedAndBound();
    }

    /** A. Sworn Word: Teodora spends W34 leading a glossary among fellow translators while Bramwell and Philippa wait. */
    private void swornWord() {
        // W33: ordinary days
        say(1, "09:00", swHire, anselm, "Anselm Kowalczyk, Polish <> English, certified legal translation. Free from "
                + "22 August, £34 a page, 48 hours for short documents.");
        say(1, "09:30", swHire, marisa, "Marisa Benedetti, Italian and Spanish to English, court and notarial "
                + "documents. Two slots left this month.");
        say(1, "10:00", swHire, teodora, "Teodora Vasilescu, Romanian <> English, certified legal and civil "
                + "documents, £38 a page. How to send me papers: vasilescu.example/contact");
        Post ruQ = say(1, "11:00", swAsk, ruairi, "Caseworker at a law centre here. A client has a Polish police "
                + "certificate for an immigration appeal. Does it need a certified translation, or will a sworn one "
                + "done in Poland do?");
        Post anRu = re(1, "11:40", anselm, ruQ, "For a UK tribunal a certified English translation is what they "
                + "expect: the translator's statement of accuracy, name, date and contact. A Polish sworn translation "
                + "into English is usually fine too if it carries the same statement.");
        re(1, "12:05", ruairi, anRu, "That's clear, thank you.");
        Post teQ = say(2, "10:00", swRoom, teodora, "Does anyone put the statement of accuracy on every page or only "
                + "at the end? A court clerk in Leeds asked me for every page.");
        Post haTe = re(2, "10:20", hamza, teQ, "Only at the end for me, plus my initials on each page. Never had a "
                + "query.");
        Post maTe = re(2, "10:45", marisa, teQ, "Same as Hamza. Every page sounds like one clerk's preference.");
        re(2, "11:00", teodora, haTe, "Thanks, I'll initial each page and keep the statement at the end.");
        re(2, "11:05", teodora, maTe, "Good to know, thanks Marisa.");
        Post phQ = say(3, "14:00", swAsk, philippa, "I'm representing myself in a family case. My ex's documents are "
                + "in Romanian. Can I use Google Translate for the court, or do I need to pay someone?");
        re(3, "14:30", yevgenia, phQ, "For anything you rely on in court, the judge will want a proper translation "
                + "with a statement of accuracy. A machine translation is fine to understand what the papers say "
                + "first.");
        Post teQPh = re(3, "15:10", teodora, phQ, "Yevgenia's right. Read them first with a machine translation, then "
                + "only get the pages you actually rely on certified. That keeps your cost down.");
        re(3, "15:30", philippa, teQPh, "Thank you both, that's really helpful.");
        Post yeQ = say(4, "10:00", swRoom, yevgenia, "Anyone had a solicitor ask for a 'notarised' translation when "
                + "they meant certified? How do you explain the difference without sounding like you're correcting "
                + "them?");
        Post anYe = re(4, "10:30", anselm, yeQ, "I just say: certified means my statement, notarised means a notary "
                + "witnesses my signature, about £80 extra. Most pick certified once they hear the price.");
        re(4, "10:50", yevgenia, anYe, "Perfect wording, stealing that.");
        say(4, "11:30", swHire, yevgenia, "Yevgenia Marchenko, Ukrainian and Russian to English, family and "
                + "immigration papers. Free most of September.");
        Post geQ = say(5, "11:00", swAsk, gethin, "Do any of you translate Italian inheritance papers? A will and a "
                + "death certificate, maybe 6 pages. Rates please.");
        Post maGe = re(5, "11:25", marisa, geQ, "Yes, that's mine. Certified, £36 a page, so about £216, back within "
                + "4 working days. My page with the details: marisabenedetti.example/legal");
        re(5, "11:40", gethin, maGe, "Great, sending them over now.");
        Post haQ = say(6, "09:00", swRoom, hamza, "Court interpreter bookings have gone very slow this summer, anyone "
                + "else?");
        say(6, "09:20", swRoom, teodora, "Same here, quiet August. I'm using it to tidy my term base.");
        re(6, "09:30", anselm, haQ, "Slow here too, it picks up in September.");
        say(6, "10:00", swHire, hamza, "Hamza Siddiqui, Urdu and Punjabi to English, certified, tribunal work "
                + "welcome.");

        // W34: the glossary week
        Post teG = say(8, "09:30", swRoom, teodora, "Proposal: a shared glossary of family-court terms across our "
                + "languages, so we stop translating 'parental responsibility' five different ways. I've started a "
                + "sheet with the English column: sheets.example/sworn-word-family-glossary Who's in?");
        Post anG = re(8, "09:50", anselm, teG, "In. I'll do Polish.");
        Post maG = re(8, "10:05", marisa, teG, "In for Italian and Spanish.");
        re(8, "10:30", teodora, anG, "Brilliant. @Anselm Kowalczyk could you start with the child arrangements "
                + "terms?");
        re(8, "10:35", teodora, maG, "Thanks Marisa! Spanish has the 'guarda y custodia' split, could you add a note "
                + "column for it?");
        Post brQ1 = say(9, "10:00", swAsk, bramwell, "@Teodora Vasilescu you translated the Iasi birth certificates "
                + "for us in July and the court took them without a query. We now have a Romanian divorce decree, 4 "
                + "pages, needed certified for a bundle due 2 September. Same rate as last time? Can you take it?");
        Post haG = say(9, "11:00", swRoom, hamza, "@Teodora Vasilescu added 30 Urdu terms. 'Contact' is a problem "
                + "word: it reads as meeting in some places and phone contact in others.");
        re(9, "11:20", teodora, haG, "Great work Hamza. Let's add a usage note for 'contact' in every language, you've "
                + "found the hardest one.");
        Post yeG = say(9, "15:00", swRoom, yevgenia, "Ukrainian and Russian columns started. Should the Romanian "
                + "'încredințare' get a note too?");
        re(9, "15:30", teodora, yeG, "Yes, I'll write it tonight. Thank you for doing two columns, Yevgenia!");
        Post phQ2 = say(10, "09:00", swAsk, philippa, "@Teodora Vasilescu Anselm said you're the one for Romanian. I "
                + "need my son's school report, 2 pages, certified for a hearing on 6 September. How much would it "
                + "cost and how long does it take?");
        re(10, "09:40", anselm, phQ2, "Teodora's our Romanian translator, she'll get back to you.");
        Post anG2 = say(10, "11:00", swRoom, anselm, "@Teodora Vasilescu Polish done for sections 1-3. 'Prohibited "
                + "steps order' I left as a description, there's no Polish equivalent.");
        re(10, "11:30", teodora, anG2, "Agreed, a description is the honest way. I'll add a 'no equivalent' flag "
                + "column for all of us.");
        re(10, "14:00", teodora, haG, "Hamza, I've put your usage-note format in the instructions tab.");
        re(11, "14:00", bramwell, brQ1, "@Teodora Vasilescu just checking you saw this. The bundle date is fixed, so if "
                + "you can't take it I need to find someone else by Monday.");
        Post maG2 = say(11, "15:00", swRoom, marisa, "@Teodora Vasilescu formatting question: one row per term, or "
                + "one row per meaning?");
        re(11, "15:20", teodora, maG2, "One row per meaning, it's the only way 'contact' works. I'll reformat the "
                + "Romanian rows tonight.");
        Post teYe = say(11, "20:00", swRoom, teodora, "@Yevgenia Marchenko I've split your rows by meaning too, hope "
                + "that's all right, shout if I broke anything.");
        Post anNudge = say(12, "09:00", swRoom, anselm, "@Teodora Vasilescu there are two people waiting for you in "
                + "#ask-a-translator, a solicitor and a parent.");
        re(12, "09:30", teodora, anNudge, "Thanks, I'll get to them once we've locked the glossary, nearly there.");
        Post yeTe = re(12, "10:00", yevgenia, teYe, "Your split is fine, thank you.");
        re(12, "10:20", teodora, yeTe, "Great, thanks for checking.");
        Post teFinal = say(13, "10:00", swRoom, teodora, "Glossary v1 is locked: 212 terms, 7 languages. Thank you "
                + "@Anselm Kowalczyk @Marisa Benedetti @Hamza Siddiqui @Yevgenia Marchenko, this will save every one "
                + "of you hours in court work.");
        re(13, "10:30", hamza, teFinal, "Great job leading it.");
        Post maFinal = re(13, "10:45", marisa, teFinal, "Could I share it with my Spanish colleagues?");
        re(13, "11:00", teodora, maFinal, "Please do, Marisa, that's the idea.");
        say(13, "16:00", swAsk, philippa, "Still hoping to hear about the school report, the hearing is on the 6th.");

        // W35: she comes back to them
        Post teBr = re(15, "09:00", teodora, brQ1, "Bramwell, I'm so sorry for the silence, I was buried in a glossary "
                + "project all week. Yes, same rate, £38 a page, and I can have the decree certified by Thursday 1 "
                + "September. Send it over.");
        Post tePh = re(15, "09:20", teodora, phQ2, "Philippa, apologies for making you wait. Two pages certified is "
                + "£76, done in 3 working days, so well before the 6th. The address for the scan is on my #hire-me "
                + "post.");
        re(15, "10:00", bramwell, teBr, "Thank you, sending it now. Glad you're back.");
        re(15, "10:30", philippa, tePh, "Thank you! Sending it tonight.");
        Post ruQ2 = say(16, "11:00", swAsk, ruairi, "Anyone doing Lithuanian? Legal aid rates, sorry.");
        re(16, "11:30", teodora, ruQ2, "Not me, but @Hamza Siddiqui mentioned a Lithuanian colleague once?");
        Post haRu = re(16, "12:00", hamza, ruQ2, "Yes, Aiste at Baltic Legal Words takes legal aid work: "
                + "balticlegalwords.example");
        re(16, "12:10", ruairi, haRu, "Thanks both.");
        Post brDone = say(17, "10:00", swAsk, bramwell, "@Teodora Vasilescu got the certified decree this morning, spot "
                + "on as always. I've told our family team to use you for all Romanian work.");
        re(17, "10:30", teodora, brDone, "Thank you Bramwell, that means a lot.");
        Post yeConf = say(18, "09:00", swRoom, yevgenia, "Is anyone going to the legal translation day in Manchester "
                + "in October?");
        re(18, "09:30", anselm, yeConf, "Yes, booked.");
        re(18, "10:00", teodora, yeConf, "Probably, if the train strike doesn't get me.");
        Post phDone = say(19, "17:00", swAsk, philippa, "@Teodora Vasilescu report came back, thank you, the judge "
                + "will actually be able to read it now.");
        re(19, "17:30", teodora, phDone, "Good luck on the 6th, Philippa.");
        Post geDone = say(20, "10:00", swAsk, gethin, "@Marisa Benedetti the Italian will went through the probate "
                + "registry without a query, thanks again.");
        re(20, "10:30", marisa, geDone, "Glad to hear it!");
    }

    /** B. Common Ground Mediators: Cosmo's tips to nobody in W34, Blaise's priced reply to a thanks, Dev's late answer. */
    private void commonGround() {
        // W33
        say(1, "09:00", cgOffer, ingrid, "Ingrid Solberg, family mediator (FMC accredited). MIAMs this week Tuesday "
                + "and Thursday, online or in Harrogate. Legal aid and the voucher scheme accepted.");
        say(1, "09:20", cgOffer, dev, "Dev Raghunathan, all-issues mediation, Leeds and online. Evening sessions "
                + "available.");
        Post wrQ = say(1, "10:00", cgAsk, wren, "My ex and I split in June. His solicitor says we must do a MIAM "
                + "before court. What actually happens in one? I'm dreading it.");
        Post inWr = re(1, "10:40", ingrid, wrQ, "A MIAM is just you and the mediator, about 45 minutes. We talk about "
                + "what's happened, what mediation is, and whether it's safe and suitable for you. Nothing you say "
                + "commits you to anything, and you won't be in a room with him.");
        re(1, "11:00", wren, inWr, "That's a relief, thank you.");
        Post coQ = say(1, "14:00", cgRoom, cosmo, "How are you all getting on with the new online MIAM forms? Mine "
                + "keeps timing out.");
        Post auCo = re(1, "14:30", aurelia, coQ, "Save a draft on every page. Annoying, but it works.");
        re(1, "14:45", cosmo, auCo, "Ha, will do, thanks.");
        Post otQ = say(2, "10:00", cgAsk, ottilie, "Can my 12-year-old have a say in mediation? She has strong views "
                + "about weekends.");
        Post deOt = re(2, "10:30", dev, otQ, "Yes, that's child-inclusive mediation. A mediator trained for it meets "
                + "her on her own, with both parents' agreement, and feeds back only what she's happy to share.");
        re(2, "11:00", ottilie, deOt, "I didn't know that existed. Thank you.");
        Post giQ = say(3, "09:00", cgAsk, gideon, "@Dev Raghunathan is the £500 family mediation voucher still "
                + "running? Does it cover both of us?");
        Post inSup = say(4, "10:00", cgRoom, ingrid, "Reminder: supervision group Thursday 7pm, usual room.");
        re(4, "10:10", cosmo, inSup, "I'll be there.");
        Post deGi = re(4, "17:30", dev, giQ, "Sorry Gideon, two full days of sessions and I missed this. Yes, the "
                + "voucher is still running: up to £500 towards the case, paid to the mediator, so it covers the "
                + "sessions you both attend. Your MIAMs are separate and each of you usually pays your own.");
        re(4, "18:00", gideon, deGi, "No problem, thanks Dev, that helps a lot.");
        Post auQ = say(5, "15:00", cgRoom, aurelia, "First shuttle mediation over video today, parents in separate "
                + "breakout rooms. It felt clunky. Tips?");
        Post inAu = re(5, "15:30", ingrid, auQ, "Tell both parents at the start how long you'll be with each, and "
                + "stick to it. Nobody minds waiting when they know how long.");
        Post coAu = re(5, "15:40", cosmo, auQ, "Rename the rooms with the parents' first names, saves a panic mid "
                + "session.");
        re(5, "16:00", aurelia, inAu, "That's the bit I got wrong, thank you.");
        re(5, "16:05", aurelia, coAu, "Ha, yes, good one.");
        Post wrMiam = re(6, "12:00", wren, inWr, "Had my MIAM this morning. You were right, it was fine.");
        re(6, "12:30", ingrid, wrMiam, "So glad, Wren.");

        // W34: Cosmo's tip of the day, Blaise arrives
        Post t1 = say(8, "08:00", cgRoom, cosmo, "Tip of the day: open every joint session by asking each parent what "
                + "a good outcome looks like for the children.");
        Post wrQ2 = say(8, "10:00", cgAsk, wren, "Second question: my ex wants to bring his new partner to the joint "
                + "session. Can he?");
        Post inWr2 = re(8, "10:30", ingrid, wrQ2, "Only if you both agree and the mediator thinks it would help. You "
                + "can say no.");
        re(8, "11:00", wren, inWr2, "Thank you Ingrid, I'll say no then.");
        say(8, "17:00", cgRoom, cosmo, "Evening thought: silence is a tool. Count to five before filling it.");
        Post t3 = say(9, "08:00", cgRoom, cosmo, "Tip: write the agreed points on a shared screen as you go, it stops "
                + "the 'I never said that' later.");
        joins(9, "12:00", cgRoom, blaise);
        Post blHi = say(9, "12:30", cgRoom, blaise, "Hi all, Blaise Montague, newly accredited, based in Wakefield.");
        re(9, "13:00", ingrid, blHi, "Welcome Blaise!");
        say(9, "17:00", cgRoom, cosmo, "Thought: a parent who interrupts is usually a parent who doesn't feel heard.");
        say(10, "08:00", cgRoom, cosmo, "Tip: never summarise one parent's position without checking it with them "
                + "first.");
        Post wrThx = say(10, "09:00", cgAsk, wren, "@Ingrid Solberg thank you for all the help in here, I've booked the "
                + "joint session with your service for September.");
        Post blWr = re(10, "09:20", blaise, wrThx, "Wren, if you'd like it sooner I have a joint-session slot this "
                + "Thursday, £120 per parent. DM me and I'll hold it for you.");
        re(10, "10:00", wren, blWr, "Thanks, but I'm happy with Ingrid's service.");
        re(10, "10:30", ingrid, wrThx, "Looking forward to it, Wren.");
        say(10, "17:00", cgRoom, cosmo, "Tip: 'what would need to happen for that to work?' beats 'why not?' every "
                + "time.");
        Post t7 = say(11, "08:00", cgRoom, cosmo, "Tip: put the hardest issue in the middle of the session, not at the "
                + "end.");
        Post giBack = say(11, "11:00", cgAsk, gideon, "@Dev Raghunathan we used the voucher, first session done. "
                + "Thank you for explaining it.");
        re(11, "11:30", dev, giBack, "Great news, well done both.");
        say(11, "17:00", cgRoom, cosmo, "Tip: say the children's names, it keeps them in the room.");
        say(12, "08:00", cgRoom, cosmo, "Tip: if a session stalls, take a break and see each parent alone for ten "
                + "minutes.");
        Post otQ2 = say(12, "10:00", cgAsk, ottilie, "@Dev Raghunathan the child-inclusive part, does my daughter have "
                + "to come to an office?");
        Post deOt2 = re(12, "10:40", dev, otQ2, "No, it can be online, or at our office in the school holidays, "
                + "whichever she prefers.");
        re(12, "11:00", ottilie, deOt2, "Online it is, thank you.");
        Post auCover = say(12, "14:00", cgRoom, aurelia, "Anyone free to cover a Harrogate MIAM on 1 September? I have "
                + "a clash.");
        Post deAu = re(12, "14:30", dev, auCover, "I can, send me the details.");
        re(12, "14:45", aurelia, deAu, "Thank you Dev!");
        say(13, "08:00", cgRoom, cosmo, "Tip: end every session with one thing both parents agreed, however small.");
        Post t11 = say(14, "08:00", cgRoom, cosmo, "Tip: look after yourself this weekend, it's a heavy job.");
        t1.react("👍", aurelia);
        t3.react("👍", ingrid);
        t7.react("👍", dev);
        t11.react("❤️", aurelia, ingrid);

        // W35: Cosmo talks with people again
        Post coAu2 = say(15, "10:00", cgRoom, cosmo, "@Aurelia Santos how did the shuttle sessions go in the end?");
        Post auCo2 = re(15, "10:30", aurelia, coAu2, "Much better, thanks for asking. Timings at the start made all "
                + "the difference.");
        re(15, "10:45", cosmo, auCo2, "Glad. I've borrowed your breakout-room set-up, by the way.");
        Post seQ = say(16, "10:00", cgAsk, selwyn, "How long does mediation usually take? We mostly agree, we're just "
                + "stuck on the summer holidays.");
        Post coSe = re(16, "10:30", cosmo, seQ, "Often two or three sessions if you mostly agree. Bring both your "
                + "calendars to the first one, it helps.");
        re(16, "10:50", selwyn, coSe, "Thanks Cosmo, will do.");
        Post blQ = say(17, "09:00", cgRoom, blaise, "Does anyone co-mediate? I'd like to shadow someone on a "
                + "child-inclusive case before I take one on.");
        Post inBl = re(17, "09:30", ingrid, blQ, "Happy for you to shadow me in October.");
        re(17, "09:45", blaise, inBl, "Thank you, that would be great.");
        Post coQ2 = say(18, "14:00", cgRoom, cosmo, "Question for you all: how do you handle a parent who wants to "
                + "record sessions on their phone?");
        Post deCo = re(18, "14:20", dev, coQ2, "Ground rules at the start, in writing: no recordings, notes are "
                + "fine.");
        re(18, "14:40", cosmo, deCo, "Thanks Dev, adding it to my agreement to mediate.");
        Post wrLast = say(19, "11:00", cgAsk, wren, "Joint session booked for the 12th. Thank you all.");
        wrLast.react("❤️", ingrid, dev);
        say(20, "09:00", cgOffer, ingrid, "Ingrid Solberg: MIAM slots for September now open, Tuesdays and "
                + "Thursdays.");
    }

    /** C. Harcourt Lane Solicitors: the firm's Team with its Clients; Augustin said he would be away. */
    private void harcourtLane() {
        // W33
        say(1, "08:30", hlNews, siobhan, "Summer hours: the office closes at 4pm on Fridays until 9 September. Phone "
                + "messages are picked up the next morning.");
        Post ruQ = say(1, "10:00", hlDesk, rupert, "Morning. My late mother's house sale completed on Friday. When will "
                + "the money reach the estate account?");
        Post auRu = re(1, "10:40", augustin, ruQ, "Good morning Rupert. The buyer's solicitors sent the funds on Friday "
                + "afternoon; they'll be in the estate account by Wednesday and I'll email you the statement.");
        re(1, "11:00", rupert, auRu, "Thank you, that's great.");
        Post toQ = say(2, "09:30", hlDesk, tomasz, "My employer has offered me a settlement agreement. Do I have to "
                + "sign it within the 7 days they gave me?");
        Post kwTo = re(2, "10:15", kwabena, toQ, "No, the 7 days is their suggestion, not a legal limit. Don't sign "
                + "anything yet: we need to review it first, and employers normally pay towards our fee for that. "
                + "Could you upload it to the portal?");
        re(2, "10:30", tomasz, kwTo, "Uploading now, thanks Kwabena.");
        Post siLpa = say(3, "09:00", hlNews, siobhan, "New on our site: a plain-English guide to lasting powers of "
                + "attorney, with the forms you'll need. harcourtlane.example/guides/lpa");
        Post maLpa = say(3, "12:00", hlGeneral, marjorie, "Just read the LPA guide, very clear. My brother and I are "
                + "going to do ours together.");
        Post siMa = re(3, "12:20", siobhan, maLpa, "So glad it helped, Marjorie! Esme can check the forms before you "
                + "send them off, if you'd like.");
        re(3, "12:40", marjorie, siMa, "Yes please, I'll drop them in next week.");
        siLpa.react("👍", marjorie);
        Post naQ = say(4, "10:00", hlDesk, nadia, "Any news on the searches for the flat? The estate agent keeps "
                + "asking.");
        Post esNa = re(4, "10:30", esme, naQ, "The local search came back this morning and it's clear. We're waiting on "
                + "the water search, due Monday.");
        re(4, "10:45", nadia, esNa, "Perfect, I'll tell them.");
        Post auLeave = say(5, "09:00", hlGeneral, augustin, "A note for my clients: I'm on leave from Monday 22 to "
                + "Friday 26 August. @Kwabena Asante is looking after my files, and I'm back on Tuesday 30th after "
                + "the bank holiday.");
        re(5, "09:10", kwabena, auLeave, "Enjoy the break!");
        Post toQ2 = say(5, "14:00", hlDesk, tomasz, "@Kwabena Asante is it normal that the agreement says I can't talk "
                + "about my old job at all?");
        Post kwTo2 = re(5, "15:00", kwabena, toQ2, "A confidentiality clause is normal, but 'at all' is too wide: you "
                + "must be able to talk to your partner, your doctor and us. I'll push back on it.");
        re(5, "15:20", tomasz, kwTo2, "Great, thank you.");
        Post maForms = say(4, "15:00", hlGeneral, marjorie, "@Esme Whitlock are Saturdays any good for dropping the LPA "
                + "forms in?");
        Post esMa = re(4, "15:30", esme, maForms, "We're closed Saturdays, but the letterbox is fine, just mark it for "
                + "me.");
        re(4, "15:45", marjorie, esMa, "Will do.");

        // W34: Augustin away, Kwabena covers; a newcomer asks the price
        Post ruQ2 = say(9, "09:00", hlDesk, rupert, "@Augustin Perrault the estate account shows the money, thank you. "
                + "Can we pay my sister her share now, or do we have to wait for something?");
        Post kwRu = re(9, "10:00", kwabena, ruQ2, "Hello Rupert, Kwabena here while Augustin's on leave. We wait until "
                + "the estate's tax return is settled; Augustin has drafted it and will finish it when he's back. "
                + "I'll leave him a note for Tuesday.");
        re(9, "10:20", rupert, kwRu, "Understood, thank you Kwabena.");
        joins(10, "11:00", hlGeneral, delphine);
        Post deQ = say(10, "11:30", hlDesk, delphine, "Hello, I'm opening a small café and the landlord sent me a "
                + "10-year lease. How much would you charge to review it?");
        Post siDe = re(10, "12:00", siobhan, deQ, "Welcome Delphine! A commercial lease review is a fixed £450 plus "
                + "VAT, usually back within five working days. If you'd like to go ahead, I'll send our terms today.");
        re(10, "12:20", delphine, siDe, "That's fair, please send them.");
        Post naQ2 = say(11, "09:30", hlDesk, nadia, "Is the water search back yet?");
        Post esNa2 = re(11, "10:00", esme, naQ2, "Yes, all clear. Exchange could be next week if the seller's side is "
                + "ready.");
        re(11, "10:15", nadia, esNa2, "Fingers crossed!");
        say(12, "09:00", hlNews, siobhan, "The office is closed on Monday 29 August for the bank holiday. For urgent "
                + "matters, the emergency number is on harcourtlane.example/contact");
        Post toWin = say(12, "15:00", hlDesk, tomasz, "@Kwabena Asante they agreed to narrow the clause! Signing "
                + "tomorrow.");
        Post kwWin = re(12, "15:30", kwabena, toWin, "Excellent, well done for holding out.");
        re(12, "15:45", tomasz, kwWin, "Thanks for pushing on it.");

        // W35: Augustin back
        Post auRu2 = re(16, "09:00", augustin, ruQ2, "Rupert, I'm back: thank you for your patience, and thanks to "
                + "Kwabena for covering. I'll file the estate's tax return this week; once HMRC confirms, we can pay "
                + "your sister, likely mid September.");
        re(16, "09:30", rupert, auRu2, "Thank you, and welcome back.");
        say(16, "10:00", hlDm, nadia, "Hi Esme, the seller's agent says exchange on Thursday. Is that right from our "
                + "side?");
        say(16, "11:00", hlDm, esme, "Hi Nadia, yes, everything on our side is ready. I'll need your deposit in our "
                + "client account by Wednesday noon.");
        say(16, "11:30", hlDm, nadia, "Sending it this afternoon.");
        say(18, "14:00", hlDm, esme, "Exchanged! Completion is Thursday 15 September.");
        say(18, "14:10", hlDm, nadia, "Amazing, thank you so much!");
        Post deQ2 = say(17, "10:00", hlDesk, delphine, "@Siobhan Garvey got the lease report, thank you. The rent "
                + "review clause worries me, can we ask for a cap?");
        Post siDe2 = re(17, "10:20", siobhan, deQ2, "I've asked Augustin to reply on that, he knows the landlord's "
                + "solicitors.");
        Post auDe = re(17, "14:00", augustin, deQ2, "Yes, a cap of 3% a year is a reasonable thing to ask for. I'll "
                + "draft the request today and send it to you first.");
        re(17, "14:30", delphine, auDe, "Thank you both.");
        siDe2.react("👍", delphine);
        Post maDone = say(18, "12:00", hlGeneral, marjorie, "We've signed our LPAs! Thank you @Esme Whitlock for "
                + "checking them.");
        re(18, "12:30", esme, maDone, "Lovely, well done both. Registration takes a few weeks.");
        say(19, "09:00", hlNews, siobhan, "Summer hours end this Friday; normal hours again from Monday 12 "
                + "September.");
        Post ruRef = say(19, "16:00", hlGeneral, rupert, "I've recommended @Augustin Perrault to my neighbour, whose "
                + "father has just died. She'll be in touch.");
        re(19, "16:30", augustin, ruRef, "Thank you Rupert, that's very kind.");
    }

    /** D. Own Case Circle: litigants in person, nobody sells; Ambrose takes in W33 and gives back in W35. */
    private void ownCaseCircle() {
        // W33
        Post amQ1 = say(1, "19:00", ocPrep, ambrose, "First time here. I've got a first hearing (FHDRA) in two weeks "
                + "and no solicitor. What do I need to bring?");
        Post feAm1 = re(1, "19:30", fern, amQ1, "Bring your copy of the C100, the safeguarding letter if you've had "
                + "it, a short list of what you're asking for, and a notebook. Keep the list to one page.");
        re(1, "19:45", ambrose, feAm1, "Thanks.");
        re(1, "20:00", lachlan, amQ1, "And arrive an hour early, the usher will show you where to sit. Cafcass may want "
                + "to speak to you before you go in.");
        Post heQ = say(2, "10:00", ocGeneral, hester, "Does anyone know if you can get help with the court fee? £255 "
                + "is a lot right now.");
        Post prHe = re(2, "10:20", precious, heQ, "Yes, Help with Fees, form EX160. If your savings are under £4,250 "
                + "you'll probably get some or all of it back.");
        re(2, "10:40", hester, prHe, "Brilliant, thank you Precious.");
        Post amQ2 = say(2, "20:00", ocPrep, ambrose, "What's a position statement? The letter says I should file one.");
        Post feAm2 = re(2, "20:30", fern, amQ2, "It's your side in two pages: the background in a few lines, what you "
                + "want for the children, why, and what you propose. Numbered paragraphs. Happy to share the outline "
                + "I used.");
        re(2, "20:45", ambrose, feAm2, "Thanks.");
        joins(3, "12:00", ocGeneral, dafydd);
        Post daAsk1 = say(3, "12:30", ocGeneral, dafydd, "Please sign and share my petition to reform the family "
                + "courts: petitions.example/dafydd-family-justice and follow my TikTok @dafyddfightsback, every "
                + "follow helps!");
        re(3, "13:00", lachlan, daAsk1, "Welcome Dafydd. Lots of us feel the same, but this group is for helping each "
                + "other with cases. How's yours going?");
        say(4, "09:00", ocWins, dafydd, "1,200 signatures! Please share petitions.example/dafydd-family-justice and "
                + "follow @dafyddfightsback on TikTok, we need 10k.");
        Post amQ3 = say(4, "19:00", ocPrep, ambrose, "How do I ask the court to order a drugs test? My ex says it's "
                + "not allowed.");
        Post feAm3 = re(4, "19:40", fern, amQ3, "You can ask at the hearing: say why, briefly, in your position "
                + "statement. The judge decides; hair strand tests are usual. Don't make it the centre of your "
                + "statement unless it's central to the children's safety.");
        re(4, "20:00", ambrose, feAm3, "Thanks.");
        say(4, "20:10", ocPrep, fern, "@Ambrose Kettering did your safeguarding letter come through yet? It changes "
                + "what you'll want to say at the FHDRA.");
        Post heWin = say(5, "11:00", ocWins, hester, "Help with Fees came through, full remission!");
        re(5, "11:20", precious, heWin, "Fantastic!");
        Post laQ = say(5, "14:00", ocPrep, lachlan, "Has anyone used the court's e-bundle upload? It rejected my PDF "
                + "twice.");
        Post prLa = re(5, "14:30", precious, laQ, "Keep it under 50MB, with a bookmark for each section. That fixed "
                + "mine.");
        re(5, "14:50", lachlan, prLa, "That was it, thank you.");
        Post amQ4 = say(6, "18:00", ocPrep, ambrose, "The Cafcass officer rang. What should I say and not say?");
        Post feAm4 = re(6, "18:30", fern, amQ4, "Be calm and stick to the children: what they need and how you'll "
                + "provide it. Don't run your ex down, let the facts speak. Note the date and what you told them.");
        re(6, "18:45", ambrose, feAm4, "Thanks.");
        say(7, "10:00", ocGeneral, fern, "Sunday reminder: nobody here is a lawyer. Check anything important against "
                + "the court's own guidance or with a law centre.");

        // W34
        Post daQ = say(8, "19:00", ocPrep, dafydd, "I do have a review hearing next week. Do I need to file anything "
                + "new?");
        Post prDa = re(8, "19:30", precious, daQ, "Only if something's changed. If it has, a short update statement.");
        re(8, "19:45", dafydd, prDa, "Thanks Precious, nothing's changed, so I'll just go.");
        Post amQ5 = say(9, "20:00", ocPrep, ambrose, "Position statement filed. Can the other side see it before the "
                + "hearing?");
        Post laAm = re(9, "20:20", lachlan, amQ5, "Yes, you serve it on them too, same day you file it.");
        re(9, "20:30", ambrose, laAm, "Thanks.");
        Post heQ2 = say(10, "10:00", ocGeneral, hester, "Anyone going to Leeds court on Thursday 1 September? I could use a "
                + "friendly face in the waiting area.");
        Post feHe = re(10, "10:30", fern, heQ2, "I'll be in town that day, message me and I'll sit with you.");
        re(10, "10:45", hester, feHe, "You're a star.");
        Post prWin = say(11, "16:00", ocWins, precious, "Final order today. The kids are with me in the week and with "
                + "their dad every other weekend. Thank you all.");
        re(11, "16:20", lachlan, prWin, "So pleased for you.");
        re(11, "16:30", fern, prWin, "Brilliant news, Precious.");
        prWin.react("🎉", hester, dafydd);
        say(12, "12:00", ocPrep, lachlan, "Something that helped me: print three copies of everything, one for you, "
                + "one for the judge, one for the other side.");
        Post daWin = say(13, "18:00", ocWins, dafydd, "Review hearing went fine. The judge kept things as they are.");
        re(13, "18:30", precious, daWin, "That's a good result, Dafydd.");

        // W35: Ambrose gives back
        Post amWin = say(16, "19:00", ocWins, ambrose, "FHDRA done. Cafcass report ordered, next hearing in November. "
                + "Sorry @Fern Ashcombe, I never answered you: the safeguarding letter came the day before, and it "
                + "was fine.");
        re(16, "19:20", fern, amWin, "Well done Ambrose! Good news on the letter.");
        joins(17, "09:00", ocGeneral, rhiannon);
        Post rhQ = say(17, "10:00", ocPrep, rhiannon, "I've just started. The C100 form is 30 pages, which bits actually "
                + "matter?");
        Post amRh = re(17, "10:30", ambrose, rhQ, "I was exactly where you are three weeks ago. What matters: the section "
                + "on what order you want, the MIAM certificate or exemption, and the safeguarding boxes. Write the "
                + "background in short plain sentences, not the whole history.");
        re(17, "10:50", rhiannon, amRh, "That's so helpful, thank you Ambrose.");
        Post amRh2 = say(17, "15:00", ocPrep, ambrose, "@Rhiannon Vause also apply for Help with Fees before you "
                + "pay anything, it's form EX160. Precious explained it to Hester here a couple of weeks back.");
        re(17, "15:30", rhiannon, amRh2, "Done it, thank you!");
        Post feAsk = say(18, "10:00", ocPrep, fern, "@Ambrose Kettering would you be up for writing an FHDRA "
                + "checklist for our pinned notes?");
        re(18, "10:30", ambrose, feAsk, "Yes, I'll write it up tonight.");
        Post amList = say(18, "21:00", ocPrep, ambrose, "FHDRA checklist for the pinned notes: 1) your C100 copy 2) the "
                + "safeguarding letter 3) a one-page list of what you want 4) the position statement, 3 copies 5) "
                + "arrive an hour early 6) a notebook.");
        re(18, "21:15", fern, amList, "Perfect, pinned. Thank you.");
        Post daSorry = say(20, "11:00", ocGeneral, dafydd, "@Lachlan Reid sorry for the petition spam when I joined. "
                + "This place helped me more than the petition did.");
        re(20, "11:30", lachlan, daSorry, "No worries, glad it went OK.");
        Post heDone = say(18, "17:00", ocWins, hester, "Leeds hearing done. Thank you @Fern Ashcombe for sitting with "
                + "me.");
        re(18, "17:20", fern, heDone, "Any time, Hester.");
    }

    /** E. Paralegal Pool: Lysander scatters his template pack in W33; firms post work and freelancers take it. */
    private void paralegalPool() {
        // W33
        say(1, "09:00", ppHire, nkechi, "Nkechi Balogun, freelance paralegal: trial bundles, chronologies, disclosure "
                + "reviews. Free from 22 August, £28 an hour.");
        say(1, "09:30", ppHire, rosamund, "Rosamund Tarrant, property and probate paralegal, Land Registry work a "
                + "speciality. Two days a week free in September.");
        Post clQ = say(1, "11:00", ppWork, clementine, "Aske & Dunmore: we need a freelance paralegal for a 900-page "
                + "trial bundle, remote, 3 days from Monday 22 August. Could applicants post a sample index or "
                + "similar?");
        Post nkCl = re(1, "11:30", nkechi, clQ, "I'd love this one. A redacted sample index and pagination: "
                + "nkechibalogun.example/sample-bundle. I'm free from the 22nd, £28 an hour, so roughly £670 for the "
                + "3 days.");
        re(1, "12:00", clementine, nkCl, "Looks exactly right. I'll message you to sort the details.");
        say(2, "09:10", ppLounge, lysander, "My Bundle Builder template pack is out: 12 templates, an index and a "
                + "pagination guide, £29 launch price: lysanderquill.example/bundle-pack");
        say(2, "09:40", ppHire, lysander, "Lysander Quill, paralegal, and the Bundle Builder pack for firms that do "
                + "their own bundles, £29: lysanderquill.example/bundle-pack");
        say(2, "10:05", ppWork, lysander, "Firms: stop paying for bundling and do it in-house with my Bundle Builder "
                + "pack, £29: lysanderquill.example/bundle-pack");
        Post feQ = say(2, "11:00", ppLounge, fergus, "Has anyone hit the new upload limit on the court e-filing "
                + "system? 50MB per document is killing me.");
        Post roFe = re(2, "11:20", rosamund, feQ, "Split by section and number the files 01_, 02_ so they stay in "
                + "order.");
        re(2, "11:40", fergus, roFe, "Simple, thank you.");
        Post obQ = say(3, "10:00", ppWork, obadiah, "Sole practitioner here. I need someone to pull the title "
                + "registers and plans for 14 properties in a boundary dispute. Half a day's work?");
        Post roOb = re(3, "10:30", rosamund, obQ, "That's my bread and butter. Half a day, £120 plus the Land Registry "
                + "fees. I could start Thursday.");
        re(3, "10:50", obadiah, roOb, "Done, Thursday it is.");
        say(4, "10:00", ppLounge, lysander, "Launch price on the Bundle Builder pack ends Sunday! "
                + "lysanderquill.example/bundle-pack");
        Post wiQ = say(4, "14:00", ppWork, winifred, "Legal secretary at a high-street firm here. Does anyone type up "
                + "handwritten attendance notes? About 40 pages.");
        Post feWi = re(4, "14:30", fergus, wiQ, "I do, £2 a page, back in two days.");
        re(4, "14:45", winifred, feWi, "Lovely, I'll send them over.");
        Post nkTip = say(5, "12:00", ppLounge, nkechi, "Tip for anyone bundling for the first time: paginate last, "
                + "after the index is agreed.");
        re(5, "12:30", fergus, nkTip, "Learned that one the hard way.");
        say(6, "10:00", ppWork, lysander, "Still time to grab Bundle Builder at £29 before the price goes up tonight: "
                + "lysanderquill.example/bundle-pack");
        Post roDone = say(6, "15:00", ppLounge, rosamund, "Boundary dispute registers done for Obadiah, 14 titles. The "
                + "Land Registry portal was fast for once.");
        roDone.react("👍", nkechi);

        // W34
        Post nkDay = say(8, "09:00", ppLounge, nkechi, "First day on the Aske & Dunmore bundle. 900 pages, three lever "
                + "arches of emails. Wish me luck.");
        re(8, "09:20", rosamund, nkDay, "You'll smash it.");
        Post lyNk = re(9, "10:00", lysander, nkDay, "For the emails, sort by thread and then by date, it saved me days "
                + "on my last big one.");
        re(9, "10:20", nkechi, lyNk, "Great tip, doing that now.");
        Post clTab = say(10, "11:00", ppWork, clementine, "@Nkechi Balogun the index draft is great. Could tab 4 be "
                + "split into pre-action and post-action correspondence?");
        Post nkTab = re(10, "11:20", nkechi, clTab, "Yes, I'll have it done within the hour.");
        re(10, "11:30", clementine, nkTab, "Perfect.");
        Post obRo = say(10, "15:00", ppWork, obadiah, "@Rosamund Tarrant the registers were exactly what counsel "
                + "needed. Another job: a chronology from the client's emails, 2 days. Can you?");
        Post roOb2 = re(10, "15:30", rosamund, obRo, "Yes, I can start Tuesday 30th, after the bank holiday.");
        re(10, "15:45", obadiah, roOb2, "Perfect.");
        say(11, "09:00", ppHire, lysander, "Lysander Quill: available for bundling and chronologies from 5 "
                + "September.");
        Post feQ2 = say(12, "13:00", ppLounge, fergus, "Anyone know a good dictation app for attendance notes?");
        Post lyFe = re(12, "13:20", lysander, feQ2, "I use Talktype, its legal vocabulary pack is worth it.");
        re(12, "13:40", fergus, lyFe, "Cheers, I'll try it.");
        Post wiBack = say(13, "10:00", ppWork, winifred, "@Fergus Doherty the notes came back beautifully typed, thank "
                + "you. Can I send another batch next month?");
        re(13, "10:30", fergus, wiBack, "Any time.");

        // W35
        Post clBack = say(16, "10:00", ppWork, clementine, "@Nkechi Balogun the bundle was filed on time and counsel "
                + "loved the index. I've told our litigation partner at the Leeds office to use you too.");
        re(16, "10:20", nkechi, clBack, "That's wonderful, thank you Clementine.");
        Post clNext = say(17, "09:00", ppWork, clementine, "Next one: a disclosure review, 4 days in October. "
                + "@Nkechi Balogun first refusal?");
        re(17, "09:30", nkechi, clNext, "Yes please, pencil me in for the week of 10 October.");
        Post lyQ = say(17, "14:00", ppLounge, lysander, "Question for the experienced bundlers: do you charge for index "
                + "revisions, or build them into the day rate?");
        Post nkLy = re(17, "14:20", nkechi, lyQ, "Built in, up to two rounds.");
        re(17, "14:30", rosamund, lyQ, "Same, then hourly after that.");
        re(17, "14:45", lysander, nkLy, "Makes sense, thanks both.");
        Post roChr = say(18, "16:00", ppWork, rosamund, "@Obadiah Cray chronology done and uploaded, 46 entries.");
        re(18, "16:30", obadiah, roChr, "Superb, thank you.");
        say(19, "09:00", ppHire, fergus, "Fergus Doherty: audio and handwritten-note typing, legal terms no problem, "
                + "£2 a page. Free from 5 September.");
        Post nkCoffee = say(20, "11:00", ppLounge, nkechi, "Anyone fancy a freelancers' coffee in Manchester next "
                + "month?");
        re(20, "11:20", fergus, nkCoffee, "Yes!");
        re(20, "11:40", rosamund, nkCoffee, "Count me in.");
    }

    /** F. The Witness Box: Alaric talks about himself in W33 and asks about others in W34; Quentin pushes his course. */
    private void witnessBox() {
        // W33
        Post imQ = say(1, "09:30", wbAsk, imogen, "Looking for a forensic accountant for a loss-of-earnings claim: a "
                + "self-employed plumber, three years of accounts. Availability and fees please.");
        Post leIm = re(1, "10:10", leontyne, imQ, "I can help. An initial review and report is £2,400 fixed, report "
                + "within 6 weeks of instructions. Happy to have a short call first, no charge.");
        re(1, "10:40", imogen, leIm, "Thanks Leontyne, I'll send the papers.");
        Post al1 = say(1, "14:00", wbRoom, alaric, "I finished my 140th trial last week. I have been doing this for "
                + "twenty-two years and I still prepare my evidence the same way: I read my report three times, I mark "
                + "my own weak points, and I rehearse my answers aloud in my car. My method has never let me down and "
                + "I think my record in cross-examination speaks for itself.");
        Post ooAl = re(1, "14:30", oona, al1, "140 is a lot. Do you ever get asked about your fees in "
                + "cross-examination?");
        re(1, "15:00", alaric, ooAl, "Once or twice. I simply state my rates, I explain that my fees do not depend "
                + "on the outcome, and I move on. I have always found that judges respect my directness. My own view "
                + "is that my credibility comes from my consistency: I never change my methods and I never change my "
                + "opinions under pressure.");
        Post heQ = say(2, "10:00", wbRoom, henrietta, "Question for the group: how do you handle a solicitor who wants "
                + "to 'discuss' your draft report before you finalise it?");
        Post leHe = re(2, "10:30", leontyne, heQ, "I accept factual corrections only, in writing, and note them in the "
                + "report.");
        re(2, "10:50", alaric, heQ, "I had exactly this in 2019. I told them my report is my opinion and mine alone. I "
                + "have a standard paragraph in my letter of engagement that I wrote myself, and I have never had the "
                + "problem since. My colleagues at the Institute often ask me for my wording.");
        re(2, "11:10", henrietta, leHe, "That's a neat approach, thanks Leontyne.");
        Post raQ = say(3, "09:00", wbAsk, rafiq, "Any orthopaedic surgeons taking personal injury work in the North "
                + "East? Could you post a CV or a profile link?");
        Post heRa = re(3, "09:40", henrietta, raQ, "Yes, Newcastle and Durham. My CV and rates: "
                + "henriettavallance.example/cv");
        re(3, "10:00", rafiq, heRa, "Perfect, thank you, I'll be in touch.");
        Post quHi = say(4, "10:00", wbIntro, quentin, "Hello all, Quentin Roebuck, forensic document and handwriting "
                + "examiner, based in Bristol. More about my work: roebuckdocuments.example");
        Post ooQu = re(4, "10:30", oona, quHi, "Welcome Quentin!");
        re(4, "10:45", quentin, ooQu, "Thank you Oona.");
        say(4, "16:00", wbRoom, alaric, "I have been asked to speak at the Academy conference again this year. My talk "
                + "is on my approach to site inspections, which I developed myself over many years. I will be showing "
                + "photographs from my own cases and my own checklists. I expect it to be the most practical session "
                + "of the day, if I say so myself.");
        Post ooQ = say(5, "11:00", wbRoom, oona, "Has anyone given evidence remotely lately? The link dropped twice on "
                + "me.");
        Post leOo = re(5, "11:20", leontyne, ooQ, "Always ask the clerk for a phone number as a backup.");
        re(5, "11:40", alaric, ooQ, "I refuse remote hearings now. I find my evidence lands better in person, and I "
                + "insist on it in my terms. In my experience I lose nothing by it.");
        re(5, "12:00", oona, leOo, "Good idea, thanks.");

        // W34
        Post imQ2 = say(9, "09:00", wbAsk, imogen, "@Leontyne Adair report received, very clear. One question: could "
                + "you add a scenario where he goes back to work part-time?");
        Post leIm2 = re(9, "09:30", leontyne, imQ2, "Yes, I'll send an addendum by Friday.");
        re(9, "09:45", imogen, leIm2, "Thank you.");
        say(9, "14:00", wbAsk, quentin, "Solicitors: my new CPD course, Spotting Forged Signatures, two hours online, "
                + "£95. Sign up at roebuckdocuments.example/course");
        Post quQ = say(10, "10:00", wbRoom, quentin, "First time being instructed as a single joint expert. Any "
                + "pitfalls?");
        Post heQu = re(10, "10:20", henrietta, quQ, "Copy every letter to both sides, always.");
        Post alQu = re(10, "10:40", alaric, quQ, "Keep your questions to the parties in writing and agree the "
                + "timetable at the start; you'll thank yourself later. What's the document, if you can say?");
        re(10, "11:00", quentin, alQu, "A disputed signature on a will. Thank you both, very useful.");
        re(10, "11:05", quentin, heQu, "Noted, thanks Henrietta.");
        say(11, "09:00", wbRoom, quentin, "Colleagues, my CPD course Spotting Forged Signatures is open to experts "
                + "too, £95: roebuckdocuments.example/course");
        Post raQ2 = say(11, "12:00", wbAsk, rafiq, "@Henrietta Vallance the claimant's appointment on the 5th: could "
                + "you confirm the clinic address?");
        Post heRa2 = re(11, "12:30", henrietta, raQ2, "Yes, the Durham clinic on Claypath. I'll email the letter too.");
        re(11, "12:45", rafiq, heRa2, "Thanks.");
        Post thQ = say(12, "10:00", wbAsk, thaddeus, "I need a psychologist for a capacity assessment in a family case. "
                + "Any takers?");
        Post ooTh = re(12, "10:40", oona, thQ, "Yes, I do these. I'm booked until October though, would that work?");
        re(12, "11:00", thaddeus, ooTh, "October is fine, I'll send the letter of instruction.");
        Post alOo = say(13, "10:00", wbRoom, alaric, "@Oona Blackstock how did your remote hearing go in the end? Did "
                + "the clerk's number help?");
        Post ooAl2 = re(13, "10:30", oona, alOo, "It did, I had to use it twice!");
        re(13, "10:45", alaric, ooAl2, "Good to hear. I might have been too quick to dismiss remote evidence.");

        // W35
        Post heQ2 = say(16, "10:00", wbRoom, henrietta, "Has anyone read the new guidance on concurrent evidence?");
        Post leHe2 = re(16, "10:30", leontyne, heQ2, "Yes. In short: judges want a joint agenda from the experts a week "
                + "before.");
        re(16, "10:45", henrietta, leHe2, "Thank you!");
        Post imQ3 = say(17, "10:00", wbAsk, imogen, "Does anyone here examine handwriting? A disputed signature on a "
                + "personal guarantee.");
        Post quIm = re(17, "10:30", quentin, imQ3, "I do. £950 fixed for a single signature comparison, report within "
                + "3 weeks.");
        re(17, "10:50", imogen, quIm, "Great, I'll instruct you this week.");
        Post alQ = say(18, "09:00", wbRoom, alaric, "@Henrietta Vallance you mentioned concurrent evidence: have you "
                + "done it yet? How did the judge run it?");
        Post heAl = re(18, "09:30", henrietta, alQ, "Once. The judge put the agenda questions to us in turn, like a "
                + "chaired discussion. Less adversarial than I feared.");
        re(18, "09:45", alaric, heAl, "Useful, thank you.");
        Post raDone = say(19, "15:00", wbAsk, rafiq, "@Henrietta Vallance report received, thank you, exactly what we "
                + "needed.");
        re(19, "15:30", henrietta, raDone, "Glad it helps, Rafiq.");
    }

    /** G. Visa Desk: advisers answer applicants; Sterling joins and DMs Anjali a priced package the next day. */
    private void visaDesk() {
        // W33
        Post koQ = say(1, "12:00", vdAsk, kofi, "Spouse visa question: my wife's payslips are in Ghanaian cedi. Do we "
                + "need them converted, or translated?");
        Post faKo = re(1, "12:40", farida, koQ, "Not translated if they're already in English; just show the "
                + "conversion at the rate on the date of each payslip. The caseworker does their own check too.");
        re(1, "13:00", kofi, faKo, "Great, thank you Farida.");
        say(2, "18:00", vdAsk, luka, "My EU Settlement Scheme status says 'pre-settled' and it runs out next year. Do "
                + "I have to apply again?");
        say(2, "19:00", vdAsk, mateus, "Luka, no: pre-settled status now converts on its own when you're eligible, "
                + "the Home Office checks its records. Keep evidence that you live here, just in case.");
        say(2, "19:20", vdAsk, luka, "Thanks Mateus, that's a relief.");
        Post coQ = say(3, "10:00", vdLounge, cordelia, "Anyone seen the new financial requirement guidance? The "
                + "threshold table changed again.");
        Post faCo = re(3, "10:30", farida, coQ, "Yes, new figures from 1 September. I made a one-page summary for my "
                + "clients, I can share it here.");
        Post coFa = re(3, "10:40", cordelia, faCo, "Please do!");
        re(3, "11:00", farida, coFa, "Here it is: sheets.example/fin-req-summary-2033");
        Post maLong = say(4, "18:00", vdLounge, mateus, "Long day, three appeals. Remember to drink water, folks.");
        re(4, "18:20", cordelia, maLong, "Ha, noted.");
        Post koSub = say(5, "09:00", vdAsk, kofi, "Submitted! Biometrics booked for next week.");
        re(5, "09:30", farida, koSub, "Well done, Kofi.");
        Post faQ = say(6, "10:00", vdLounge, farida, "How long is the Home Office taking on Skilled Worker switches for "
                + "you all at the moment?");
        Post maFa = re(6, "10:30", mateus, faQ, "About 5 weeks.");
        re(6, "10:45", cordelia, faQ, "Six for me.");
        re(6, "11:00", farida, maFa, "Thanks, similar here.");

        // W34: Sterling joins
        joins(8, "09:00", vdLounge, sterling);
        Post stHi = say(8, "09:30", vdLounge, sterling, "Hi all, Sterling Voss, OISC level 2, just set up on my own in "
                + "Croydon.");
        re(8, "09:50", cordelia, stHi, "Welcome Sterling.");
        Post anQ = say(8, "11:00", vdAsk, anjali, "I'm on a Graduate visa and I have a job offer. Can I switch to "
                + "Skilled Worker from inside the UK, and does the employer need a licence?");
        Post faAn = re(8, "11:40", farida, anQ, "Yes, you can switch inside the UK, and yes, the employer must hold a "
                + "sponsor licence and give you a certificate of sponsorship. Check the job's occupation code and the "
                + "salary against the going rate first.");
        re(8, "12:00", anjali, faAn, "Thank you, that's really clear.");
        say(9, "10:00", vdDm, sterling, "Hi Anjali, saw your question in Visa Desk. I do Skilled Worker switches end to "
                + "end, £650 fixed fee including the CoS checks. I can start this week: book a call at "
                + "sterlingvoss.example/book");
        say(9, "13:00", vdDm, anjali, "Thanks, but Farida already answered me and my employer's lawyer is handling "
                + "it.");
        say(9, "13:10", vdDm, sterling, "No problem, good luck!");
        Post luBack = say(10, "12:00", vdAsk, luka, "@Mateus Oliveira my status converted to settled! You were "
                + "right.");
        re(10, "12:30", mateus, luBack, "Great news, Luka.");
        Post coQ2 = say(11, "10:00", vdLounge, cordelia, "Visitor visa refused for a client's mum: 'insufficient ties'. "
                + "Admin review or a fresh application?");
        Post maCo = re(11, "10:30", mateus, coQ2, "Fresh application with stronger evidence; admin review can't fix "
                + "that kind of refusal.");
        re(11, "10:45", cordelia, maCo, "Thought so, thanks.");
        Post koQ2 = say(12, "09:00", vdAsk, kofi, "Biometrics done. How long now, roughly?");
        Post faKo2 = re(12, "09:30", farida, koQ2, "Around 8 weeks for spouse visas at the moment.");
        re(12, "09:45", kofi, faKo2, "Thanks, fingers crossed.");
        Post stQ = say(13, "11:00", vdLounge, sterling, "Does anyone use a case-management tool they'd recommend for a "
                + "one-person practice?");
        Post faSt = re(13, "11:30", farida, stQ, "A simple spreadsheet plus calendar reminders, honestly.");
        re(13, "11:45", sterling, faSt, "Keeping it simple, thanks Farida.");

        // W35
        Post anBack = say(16, "09:00", vdAsk, anjali, "Update: CoS assigned and the application is in. Thanks again "
                + "@Farida Haque.");
        re(16, "09:30", farida, anBack, "Good luck, Anjali!");
        Post yuQ = say(17, "12:00", vdAsk, yusuf, "Can my mother visit on a visitor visa while my own application is "
                + "still pending?");
        Post stYu = re(17, "12:30", sterling, yuQ, "She can apply in her own right; your pending application doesn't "
                + "stop it. Show her ties at home: work, property, family.");
        re(17, "12:45", yusuf, stYu, "Thank you!");
        Post maHead = say(18, "10:00", vdLounge, mateus, "Heads-up: the approved English test list changes in "
                + "October.");
        re(18, "10:20", cordelia, maHead, "Thanks, hadn't seen that.");
        Post koWin = say(19, "16:00", vdAsk, kofi, "VISA GRANTED! Thank you all.");
        re(19, "16:10", farida, koWin, "Congratulations, Kofi!");
        koWin.react("🎉", mateus, cordelia);
        Post stCo = say(20, "10:00", vdLounge, sterling, "@Cordelia Nash how did the fresh visitor application go?");
        re(20, "10:30", cordelia, stCo, "Not back yet, I'll let you know.");
    }

    /** H. Tabbed &amp; Bound: the firm's Team and Customers; in W35 Crawford serves two newcomers while Veronica waits. */
    private void tabbedAndBound() {
        // W33
        say(1, "08:00", tbNews, hyacinth, "Turnaround this week: standard bundles 48 hours, express 24. The big "
                + "guillotine is back from its service.");
        Post veQ = say(1, "10:00", tbDesk, veronica, "Hi team, 3 copies of a 400-page bundle, tabbed A-F, for a hearing "
                + "on Thursday. Can you do Wednesday delivery?");
        Post idVe = re(1, "10:30", idris, veQ, "Yes, Veronica. Upload by 3pm today and it's with you on Wednesday "
                + "morning. Same tabs as the Brennan bundle?");
        re(1, "10:45", veronica, idVe, "Same tabs, uploading now. Thanks Idris.");
        Post osQ = say(2, "11:00", tbDesk, osian, "Chambers needs 20 copies of the new fee schedule, laminated, by "
                + "Friday. Doable?");
        Post crOs = re(2, "11:30", crawford, osQ, "Doable, Osian. £38 for the lot, ready Thursday to collect or by "
                + "courier on Friday.");
        re(2, "11:45", osian, crOs, "Collection Thursday, thanks Crawford.");
        Post miQ = say(3, "14:00", tbGeneral, mirela, "Does anyone else find the new court e-bundle rules confusing? "
                + "We still print for counsel.");
        re(3, "14:20", veronica, miQ, "Same at ours, counsel won't give up paper.");
        re(3, "14:40", idris, miQ, "Half our work is still paper for counsel. We can do both from the same upload if "
                + "that helps.");
        Post veThx = say(4, "09:00", tbDesk, veronica, "Bundle arrived, perfect. The tabs were spot on.");
        re(4, "09:20", idris, veThx, "Great, thanks Veronica.");
        say(5, "09:00", tbNews, crawford, "We're closed on Monday 29 August for the bank holiday. Orders uploaded by "
                + "noon on the Friday before go out on Tuesday.");
        Post miQ2 = say(5, "11:00", tbDesk, mirela, "Can you print A3 plans in colour inside an A4 bundle, folded?");
        Post hyMi = re(5, "11:30", hyacinth, miQ2, "Yes, we fold them to A4 with the title showing. 60p a sheet on top "
                + "of the bundle price.");
        re(5, "11:45", mirela, hyMi, "Perfect.");

        // W34
        Post osQ2 = say(8, "10:00", tbDesk, osian, "Another 10 copies of the fee schedule please, same as before.");
        Post crOs2 = re(8, "10:20", crawford, osQ2, "On it, ready Wednesday.");
        re(8, "10:30", osian, crOs2, "Thanks.");
        Post veHy = say(9, "09:00", tbGeneral, veronica, "Lovely to meet @Hyacinth Moreau at the Law Society do last "
                + "night!");
        re(9, "09:30", hyacinth, veHy, "You too, Veronica!");
        Post miQ3 = say(10, "14:00", tbDesk, mirela, "Is there a discount for regular monthly orders?");
        Post crMi = re(10, "14:30", crawford, miQ3, "Yes, 10% for regulars on a monthly invoice. I'll set it up for "
                + "you.");
        re(10, "14:45", mirela, crMi, "Brilliant, thank you.");
        say(11, "09:00", tbNews, idris, "I'm on leave from Tuesday 30 August to Friday 2 September. @Crawford Quarrie "
                + "has the orders desk while I'm away.");
        Post hySk = say(12, "09:00", tbNews, hyacinth, "New: spiral-bound skeleton arguments, same day if uploaded by "
                + "10am.");
        hySk.react("👍", veronica, osian);

        // W35: two newcomers, Veronica waits
        joins(15, "09:00", tbGeneral, greer);
        Post grQ = say(15, "09:30", tbDesk, greer, "Hello, I'm practice manager at a new set of chambers. Do you do "
                + "Court of Appeal core bundles? Price for 300 pages, 4 copies?");
        Post crGr = re(15, "10:00", crawford, grQ, "Welcome Greer! Yes, core bundles to the Court of Appeal spec. 300 "
                + "pages x 4 in lever-arch files with tabs is £96, 48 hours. I can post you a sample tab set free if "
                + "you'd like.");
        re(15, "10:20", greer, crGr, "Yes please, a sample would be great.");
        Post veQ2 = say(16, "08:30", tbDesk, veronica, "@Crawford Quarrie Idris said you're on the desk this week. We "
                + "need a 600-page bundle reprinted with new pagination for Wednesday morning, 3 copies. Can you fit "
                + "it in?");
        joins(16, "09:00", tbGeneral, jonty);
        Post joQ = say(16, "09:30", tbDesk, jonty, "Hi, I'm a solicitor starting my own practice. Do you do e-bundles "
                + "too, or just print?");
        Post crJo = re(16, "10:00", crawford, joQ, "Welcome Jonty! Both. E-bundles are £25 up to 500 pages, with "
                + "bookmarks and a hyperlinked index. New practices get 15% off their first three orders.");
        re(16, "10:20", jonty, crJo, "Great, I'll try you on the next one.");
        say(16, "14:00", tbGeneral, crawford, "@Greer Halloran the sample tab set is in the post, it should be with "
                + "you tomorrow.");
        re(17, "09:00", veronica, veQ2, "@Crawford Quarrie sorry to chase, we need to know today or I'll have to go "
                + "elsewhere.");
        Post grS = say(17, "10:00", tbGeneral, greer, "Sample arrived, lovely quality.");
        Post crGr2 = re(17, "10:20", crawford, grS, "Glad you like it! Want me to keep a day free next week for your "
                + "first appeal bundle?");
        re(17, "10:40", greer, crGr2, "Yes, Tuesday please.");
        Post crJo2 = say(17, "11:00", tbGeneral, crawford, "@Jonty Blackwood here's our e-bundle checklist so you can "
                + "get your files ready: tabbedbound.example/e-bundle-checklist");
        re(17, "11:30", jonty, crJo2, "Handy, thanks.");
        say(18, "14:00", tbDesk, veronica, "We've had the bundle done elsewhere in the end. Disappointing, after two "
                + "years of ordering here.");
        say(19, "09:00", tbNews, hyacinth, "Production note: the colour printer is down on Friday morning for a "
                + "service.");
        Post osQ3 = say(19, "11:00", tbDesk, osian, "Fee schedules for the new term please, 25 copies?");
        Post crOs3 = re(19, "11:30", crawford, osQ3, "Yes, Osian, ready Tuesday.");
        re(19, "11:45", osian, crOs3, "Thanks.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes132Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 132");
    }
}
