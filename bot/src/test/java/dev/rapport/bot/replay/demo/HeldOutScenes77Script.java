package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 77 (sealed): eight communities of professional services and small-business back offices, of kinds
 * no earlier round used (freelance credit controllers with a room where business owners ask about late payers, small
 * firms' office managers with a printer-leasing rep among them, a call-answering service's own server with its Team
 * and its clients, data protection consultants with a room where small firms ask, dental practice managers where
 * nobody sells, freelance HR advisers with a room where small employers ask and a DM pitch, audio typists and
 * transcriptionists who pass overflow work between them, process servers and a tracing agent who sells to them), over
 * three ISO weeks (2029-W22 to W24), written and labelled by writer77 (session 44) before any coach ran on them, with
 * many borderline cases. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-77.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes77Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 5, 28);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 6, 18, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-77";
    private static final int BASE = 59600;

    // --- A. freelance credit controllers ---
    private final String paid = cast.guild(1051);
    private final Channel poBack = cast.channel(paid, "Paid On Time", "back-office",
            "general chat for freelance credit controllers", "po-back-office.json");
    private final Channel poAsk = cast.channel(paid, "Paid On Time", "ask-a-credit-controller",
            "business owners: ask about late payers, chasing and payment terms", "po-ask-a-credit-controller.json");
    private final Channel poTemplates = cast.channel(paid, "Paid On Time", "templates-and-letters",
            "letter wording, chase sequences, statements", "po-templates-and-letters.json");
    private final Channel poOffer = cast.channel(paid, "Paid On Time", "offer-your-services",
            "credit controllers with capacity: say so here", "po-offer-your-services.json");
    private final Persona harriet = cast.person("harriet.o", "Harriet Oyelaran");
    private final Persona niall = cast.person("niall.chases", "Niall Brennan");
    private final Persona priya = cast.person("priya.s", "Priya Sethi");
    private final Persona aled = cast.person("aled.p", "Aled Pritchard");
    private final Persona dougie = cast.person("dougie.joinery", "Dougie Mair");
    private final Persona ffion = cast.person("ffion.flowers", "Ffion Hughes");
    private final Persona carla = cast.person("carla.cafe", "Carla Mendes");

    // --- B. office managers of small firms ---
    private final String office = cast.guild(1052);
    private final Channel obStaff = cast.channel(office, "The Staffroom", "staffroom",
            "chat for office and practice managers of small firms", "ob-staffroom.json");
    private final Channel obHelp = cast.channel(office, "The Staffroom", "help-desk",
            "ask the room: printers, phones, holidays, suppliers, fire drills", "ob-help-desk.json");
    private final Channel obKit = cast.channel(office, "The Staffroom", "suppliers-and-kit",
            "suppliers welcome: offers and kit, one post a week please", "ob-suppliers-and-kit.json");
    private final Channel obOff = cast.channel(office, "The Staffroom", "off-topic",
            "anything else", "ob-off-topic.json");
    private final Persona jo = cast.person("jo.whitcombe", "Jo Whitcombe");
    private final Persona rahim = cast.person("rahim.c", "Rahim Chowdhury");
    private final Persona beverley = cast.person("bev.lamb", "Beverley Lamb");
    private final Persona tom = cast.person("tom.keating", "Tom Keating");
    private final Persona sunita = cast.person("sunita.r", "Sunita Rao");
    private final Persona gary = cast.person("gary.fenn", "Gary Fenn");

    // --- C. a call-answering service's own server ---
    private final String bell = cast.guild(1053);
    private final Role cTeam = cast.role("Team", "#2f6fb3", 2);
    private final Channel caLounge = cast.channel(bell, "Bellwether Call Answering", "client-lounge",
            "chat for Bellwether clients", "ca-client-lounge.json");
    private final Channel caHelp = cast.channel(bell, "Bellwether Call Answering", "account-help",
            "questions about your account, call scripts, diverts and messages: the team answers here",
            "ca-account-help.json");
    private final Channel caNews = cast.channel(bell, "Bellwether Call Answering", "service-updates",
            "news from the Bellwether team", "ca-service-updates.json");
    private final Channel caTips = cast.channel(bell, "Bellwether Call Answering", "tips-for-your-business",
            "clients swap tips on running a small business", "ca-tips-for-your-business.json");
    private final Persona marianne = cast.person("marianne.bellwether", "Marianne Holt", cTeam);
    private final Persona kofi = cast.person("kofi.bellwether", "Kofi Mensah", cTeam);
    private final Persona lucy = cast.person("lucy.bellwether", "Lucy Tran", cTeam);
    private final Persona alasdair = cast.person("alasdair.plumbing", "Alasdair Finch");
    private final Persona renata = cast.person("renata.physio", "Renata Silva");
    private final Persona wendell = cast.person("wendell.price", "Wendell Price");
    private final Persona ayesha = cast.person("ayesha.podiatry", "Ayesha Karim");
    private final Persona bronagh = cast.person("bronagh.grooms", "Bronagh Kelly");

    // --- D. data protection consultants ---
    private final String privacy = cast.guild(1054);
    private final Channel dpPrac = cast.channel(privacy, "Data Protection Practitioners", "practitioners",
            "chat for DPOs and data protection consultants", "dp-practitioners.json");
    private final Channel dpAsk = cast.channel(privacy, "Data Protection Practitioners", "ask-about-data",
            "small firms, charities and clubs: ask your GDPR questions here", "dp-ask-about-data.json");
    private final Channel dpReading = cast.channel(privacy, "Data Protection Practitioners", "reading",
            "drop useful links here: ICO guidance, decisions, good articles", "dp-reading.json");
    private final Channel dpEvents = cast.channel(privacy, "Data Protection Practitioners", "events",
            "webinars, meetups and training", "dp-events.json");
    private final Persona seun = cast.person("seun.dpo", "Oluwaseun Adebayo");
    private final Persona greta = cast.person("greta.privacy", "Greta Lindqvist");
    private final Persona marcus = cast.person("marcus.w", "Marcus Webb");
    private final Persona imran = cast.person("imran.dpo", "Imran Siddiqui");
    private final Persona bethan = cast.person("bethan.salon", "Bethan Morgan");
    private final Persona stelian = cast.person("stelian.it", "Stelian Popa");
    private final Persona hazel = cast.person("hazel.q", "Hazel Quinn");

    // --- E. dental practice managers (nobody sells) ---
    private final String dental = cast.guild(1055);
    private final Channel pmCommon = cast.channel(dental, "Practice Managers' Common Room", "common-room",
            "chat for dental practice managers", "pm-common-room.json");
    private final Channel pmCqc = cast.channel(dental, "Practice Managers' Common Room", "cqc-and-compliance",
            "inspections, policies, audits, logs", "pm-cqc-and-compliance.json");
    private final Channel pmRota = cast.channel(dental, "Practice Managers' Common Room", "rotas-and-staffing",
            "rotas, sickness, recruitment, locums", "pm-rotas-and-staffing.json");
    private final Channel pmWhinge = cast.channel(dental, "Practice Managers' Common Room", "wins-and-whinges",
            "the good, the bad and the 'you won't believe this'", "pm-wins-and-whinges.json");
    private final Persona moira = cast.person("moira.c", "Moira Caldwell");
    private final Persona deepak = cast.person("deepak.j", "Deepak Joshi");
    private final Persona shona = cast.person("shona.mca", "Shona McAllister");
    private final Persona ifeoma = cast.person("ifeoma.n", "Ifeoma Nwosu");
    private final Persona karen = cast.person("karen.b", "Karen Blythe");
    private final Persona pete = cast.person("pete.ark", "Pete Arkwright");

    // --- F. freelance HR advisers ---
    private final String hr = cast.guild(1056);
    private final Channel hrLounge = cast.channel(hr, "Small Firm HR Circle", "hr-lounge",
            "chat for freelance HR advisers", "hr-lounge.json");
    private final Channel hrAsk = cast.channel(hr, "Small Firm HR Circle", "employer-questions",
            "small employers: ask the HR people", "hr-employer-questions.json");
    private final Channel hrHire = cast.channel(hr, "Small Firm HR Circle", "hire-an-adviser",
            "advisers: say what you offer; employers: say what you need", "hr-hire-an-adviser.json");
    private final Channel hrCase = cast.channel(hr, "Small Firm HR Circle", "case-law",
            "drop useful links here: tribunal decisions and guidance", "hr-case-law.json");
    private final Persona rosalind = cast.person("rosalind.hr", "Rosalind Achebe");
    private final Persona callum = cast.person("callum.drysdale", "Callum Drysdale");
    private final Persona yvette = cast.person("yvette.m", "Yvette Marchetti");
    private final Persona graham = cast.person("graham.t", "Graham Tully");
    private final Persona kieran = cast.person("kieran.motors", "Kieran Lowry");
    private final Persona patience = cast.person("patience.nursery", "Patience Obi");
    private final Persona sven = cast.person("sven.kitchen", "Sven Halvorsen");
    private final Channel hrDm = cast.dm(patience, "dm-callum-drysdale-patience-obi.json");

    // --- G. audio typists and transcriptionists ---
    private final String typing = cast.guild(1057);
    private final Channel tyTea = cast.channel(typing, "The Typists' Corner", "tea-break",
            "general chat", "ty-tea-break.json");
    private final Channel tyKit = cast.channel(typing, "The Typists' Corner", "kit-and-software",
            "foot pedals, headsets, software, shortcuts", "ty-kit-and-software.json");
    private final Channel tySwap = cast.channel(typing, "The Typists' Corner", "work-swap",
            "overflow work passed between typists: post jobs you can't take, say if you have capacity",
            "ty-work-swap.json");
    private final Channel tyStyle = cast.channel(typing, "The Typists' Corner", "style-queries",
            "verbatim, legal and medical style questions", "ty-style-queries.json");
    private final Persona lorraine = cast.person("lorraine.types", "Lorraine Pike");
    private final Persona aisha = cast.person("aisha.b", "Aisha Begum");
    private final Persona fergus = cast.person("fergus.d", "Fergus Doyle");
    private final Persona meilin = cast.person("meilin.legal", "Mei Lin Chua");
    private final Persona tamsin = cast.person("tamsin.r", "Tamsin Rowe");
    private final Persona olek = cast.person("olek.n", "Olek Nowak");

    // --- H. process servers and a tracing agent ---
    private final String serve = cast.guild(1058);
    private final Channel stDoor = cast.channel(serve, "Serve & Trace", "the-doorstep",
            "chat for process servers and enquiry agents", "st-the-doorstep.json");
    private final Channel stReq = cast.channel(serve, "Serve & Trace", "serve-requests",
            "solicitors and agents: post papers to be served, servers quote here", "st-serve-requests.json");
    private final Channel stLaw = cast.channel(serve, "Serve & Trace", "law-and-practice",
            "CPR, service rules, statements of service", "st-law-and-practice.json");
    private final Channel stKit = cast.channel(serve, "Serve & Trace", "kit-and-cars",
            "bodycams, cars, apps", "st-kit-and-cars.json");
    private final Persona barry = cast.person("barry.serves", "Barry Clough");
    private final Persona nadia = cast.person("nadia.traces", "Nadia Farouk");
    private final Persona justin = cast.person("justin.o", "Justin Okoro");
    private final Persona ravi = cast.person("ravi.m", "Ravi Menon");
    private final Persona gemma = cast.person("gemma.fife", "Gemma Lowther");
    private final Persona siobhan = cast.person("siobhan.k", "Siobhan Kerr");
    private final Persona hugo = cast.person("hugo.kendal", "Hugo Pennington");

    private HeldOutScenes77Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        creditControllers();
        officeManagers();
        callAnswering();
        dataProtection();
        practiceManagers();
        hrAdvisers();
        typists();
        processServers();
    }

    private void creditControllers() {
        // W22
        say(1, "08:40", poBack, harriet, "morning all. month end for three clients this week so if I'm short with "
                + "anyone that's why");
        say(1, "08:52", poBack, priya, "same here, two of mine have quarter end too. coffee number three already");
        say(1, "09:05", poBack, niall, "the month-end stare. I know it well");
        Post q1 = say(1, "10:30", poAsk, dougie, "hi all, joiner here, 4 of us. a builder owes me £6,200 from March "
                + "and keeps saying 'next week'. at what point do I stop being nice? @Harriet Oyelaran you said in "
                + "the spring thread you'd go to a letter at 60 days?");
        Post q1a = re(2, "08:15", harriet, q1, "morning Dougie. yes, roughly: statement at 30, a call at 45, then a "
                + "letter before action at 60 with 14 days to pay. you're past that. before the letter ring him and "
                + "ask for a date and an amount, then put it in writing. people pay the ones who ask clearly");
        Post q1b = re(2, "08:40", dougie, q1a, "he's on site in Perth today, I'll catch him at the van. what do I put "
                + "in the email after?");
        Post q1c = re(2, "09:10", harriet, q1b, "'Thanks for the call today. As agreed you'll pay £3,100 on Friday 1 "
                + "June and the balance by 15 June. If either date slips I'll send a formal letter.' short, dated, no "
                + "emotion");
        re(2, "09:15", dougie, q1c, "brilliant, copying that word for word");
        Post tq = say(2, "11:00", poTemplates, ffion, "anyone got a template for a final demand letter? wedding "
                + "client hasn't paid the balance on £1,400 of flowers and the wedding was three weeks ago 🙃");
        re(2, "11:20", niall, tq, "I put my whole set together as a pack, final demand, letter before action and the "
                + "statement wording, £19: niallbrennan.example/letters. happy to answer questions on it too");
        Post tqA = re(2, "11:45", aled, tq, "the free one on the small business commissioner's site is decent too, "
                + "the 'final request for payment'. keep it polite and put the date you'll escalate");
        Post tqT = re(2, "12:10", ffion, tqA, "thanks both! trying the free one first, sorry Niall 😅");
        re(2, "12:15", niall, tqT, "ha no offence taken, the free one's fine");
        Post sx = say(3, "09:00", poBack, priya, "anyone moved a client from Sage to Xero mid-year? aged debt report "
                + "comes out weird for the first month");
        Post sxA = re(3, "09:20", harriet, sx, "yes, the opening balances land as one lump dated the conversion day. "
                + "I kept the Sage report for the first quarter and ran both");
        re(3, "09:25", priya, sxA, "ugh ok. that's what I was afraid of");
        say(3, "14:00", poOffer, priya, "I've got room for two more clients from July, ideally trades or "
                + "hospitality, 1-2 days a month. message me if that's you");
        Post q2 = say(4, "10:00", poAsk, carla, "café owner. a catering client (an office) pays on 60 days but my "
                + "invoices say 14. is it even worth arguing?");
        Post q2a = re(4, "10:40", harriet, q2, "worth one conversation. big offices pay on their own terms unless "
                + "someone asks. ask their accounts team which terms they have you on, and if it's 60 ask for 30 in "
                + "return for holding the price");
        re(4, "10:45", carla, q2a, "didn't know you could just ask that");
        Post paidHalf = say(5, "16:00", poAsk, dougie, "update: £3,100 landed today, on the date he agreed 🎉 thank "
                + "you @Harriet Oyelaran");
        re(5, "16:20", harriet, paidHalf, "that's the hard bit done. diary the 15th");
        say(5, "16:30", poBack, niall, "client replied to my polite reminder with 'as per my last email'. there was "
                + "no last email. who taught them this");
        // W23: Priya talks shop with her peers all week while the owners' questions wait
        Post ffPaid = say(8, "08:30", poAsk, ffion, "wedding client paid!! the free letter worked, thank you Aled");
        re(8, "08:40", aled, ffPaid, "🎉 nice one");
        Post rem = say(8, "09:00", poBack, priya, "morning. anyone else's client refusing to send remittance advice? "
                + "I'm matching payments by guesswork");
        Post remA = re(8, "09:10", harriet, rem, "send them a one-line form. they ignore it, but their accounts clerk "
                + "won't");
        re(8, "09:15", priya, remA, "good shout, doing that");
        say(8, "09:20", poBack, niall, "I just ring the clerk. clerks are the unsung heroes");
        say(8, "09:22", poBack, priya, "clerks rule, agreed");
        Post q3 = say(8, "13:00", poAsk, carla, "another one from me: a customer paid by card over the phone and now "
                + "says he never agreed, and the bank's taken it back. can I chase that like a normal debt?");
        say(9, "08:50", poBack, priya, "Xero's new bank rules thing is fab btw, halved my matching time");
        Post where = say(9, "09:00", poBack, aled, "where's that?");
        Post whereA = re(9, "09:05", priya, where, "settings, bank rules, 'suggest from history'. turn it on per "
                + "account");
        re(9, "09:10", aled, whereA, "found it, thanks");
        Post q4 = say(9, "14:00", poAsk, dougie, "different one: a homeowner has asked for 'a few more weeks' because "
                + "of a divorce. feel like a monster chasing. how do you do it without being awful?");
        Post icm = say(10, "08:00", poBack, priya, "@Niall Brennan are you going to the ICM evening in Manchester on "
                + "the 20th?");
        Post icmA = re(10, "08:30", niall, icm, "yes if the trains run. you?");
        re(10, "08:35", priya, icmA, "yes! let's get a drink after");
        Post q3a = re(10, "15:00", harriet, q3, "yes, a chargeback isn't the end of it. invoice it again and chase as "
                + "normal, and keep your call notes. if you've got an email where he agreed, send him a copy");
        re(10, "15:20", carla, q3a, "I have his email! thank you");
        Post q4a = re(10, "16:00", niall, q4, "not awful at all. ask him for a plan in writing, small amounts on set "
                + "dates. kindness and a date aren't opposites");
        re(10, "16:30", dougie, q4a, "that's a good line. thanks Niall");
        say(11, "09:00", poBack, priya, "anyone else's client on leave in June with nobody signing off payment "
                + "runs? 😩");
        Post dep = say(11, "09:10", poBack, harriet, "every June. get a named deputy now");
        re(11, "09:12", priya, dep, "doing it");
        Post seq = say(11, "12:00", poTemplates, priya, "sharing my chase sequence in case it helps anyone: day 1 "
                + "statement, day 7 friendly email, day 14 call, day 21 second call, day 30 formal letter. tweak for "
                + "construction");
        Post seqA = re(11, "12:30", harriet, seq, "nice, I'd move the first call earlier for trades");
        re(11, "12:35", priya, seqA, "fair, trades move fast");
        Post away = say(12, "10:00", poBack, niall, "off to Portugal from Saturday till the 17th, so if I go quiet "
                + "that's why. Aled's got my two urgent clients");
        re(12, "10:10", priya, away, "jealous. bring back tarts");
        say(12, "16:00", poOffer, niall, "letter pack is 20% off till I'm back: niallbrennan.example/letters");
        Post q5 = say(13, "11:00", poAsk, carla, "@Niall Brennan is your letter pack ok for a café? or is it all "
                + "construction stuff");
        Post q5a = re(13, "11:40", aled, q5, "Niall's away till the 17th, but I've used it, it's general. the "
                + "construction bit is one letter you can skip");
        re(13, "12:00", carla, q5a, "perfect, thank you!");
        // W24
        Post plan = say(15, "10:00", poAsk, dougie, "the divorce homeowner sent a plan, £400 a month. took it. thanks "
                + "all");
        re(15, "10:20", harriet, plan, "good outcome. get it signed");
        Post q6 = say(16, "14:00", poAsk, ffion, "what do people put for late payment interest on invoices? do I "
                + "have to?");
        Post q6a = re(16, "14:30", priya, q6, "you don't have to but you can: statutory interest is 8% over base for "
                + "business customers. put it in your terms so nobody's surprised. couples aren't businesses though, "
                + "so not for your weddings");
        re(16, "14:40", ffion, q6a, "oh that's useful, thanks Priya");
        Post back = say(19, "08:30", poBack, niall, "back! tarts acquired. what did I miss");
        re(19, "08:40", priya, back, "🙌 tarts");
        Post q5b = re(19, "09:00", niall, q5, "sorry Carla, just back. Aled's right, it's general, and the statement "
                + "wording is the one a café needs most. shout if anything in it is unclear");
        re(19, "09:20", carla, q5b, "thanks Niall, bought it this morning actually");
    }

    private void officeManagers() {
        // W22: Tom's summer offer goes into three rooms in one day
        say(1, "09:00", obStaff, beverley, "morning! our fire alarm test went off at 08:59 instead of 11 and half "
                + "the office was in the car park in their slippers");
        say(1, "09:10", obStaff, jo, "slippers at work is a whole other conversation Bev");
        say(1, "09:12", obStaff, beverley, "it's a lettings office, we're very relaxed 😂");
        say(2, "09:00", obKit, tom, "summer offer from us: A3 colour copiers from £39 a month on a 36-month lease, "
                + "service and toner included, 0% for the first 12 months. details: keatingoffice.example/summer");
        Post jam = say(2, "10:30", obHelp, gary, "our printer keeps jamming on the duplex with thick letterhead. "
                + "anyone? it's a 5 year old Kyocera");
        Post jamA = re(2, "11:00", tom, jam, "tray 1 not the cassette for anything over 120gsm, and set paper type "
                + "to 'heavy 1' in the driver, otherwise it drives it too fast. and if you're out of contract, we're "
                + "doing 0% for 12 months on new ones: keatingoffice.example/summer");
        re(2, "11:20", gary, jamA, "tray 1 fixed it, you're a star. not buying a printer though 😂");
        Post cheap = say(2, "15:00", obStaff, tom, "anyone fancy cheaper printing this summer? our offer's live: "
                + "keatingoffice.example/summer");
        re(2, "15:10", beverley, cheap, "👀 Tom's on commission again");
        say(2, "15:12", obStaff, tom, "always Bev, always");
        Post hol = say(3, "09:30", obHelp, sunita, "how do you all do holiday booking? we're on a paper calendar and "
                + "two people have booked the same week again");
        Post holA = re(3, "09:45", rahim, hol, "shared Outlook calendar with a rule: first to book gets it, manager "
                + "approves within 2 days. paper never works past about 8 people");
        re(3, "09:50", sunita, holA, "thanks");
        re(3, "10:00", jo, hol, "BrightHR has a free tier for small teams too, we're on it");
        say(4, "08:30", obStaff, rahim, "dental nurse called in sick, receptionist on holiday, so I'm on the front "
                + "desk. if anyone rings about fillings I'm your guy");
        say(4, "08:40", obStaff, gary, "I'd trust you with a filling Rahim");
        say(4, "14:00", obHelp, jo, "@Beverley Lamb still ok to swap the fire marshal training to Thursday? the "
                + "trainer can do 2pm").react("👍", beverley);
        Post clean = say(5, "09:00", obHelp, sunita, "what do people pay for office cleaning? ours have put their "
                + "price up 20%");
        Post cleanA = re(5, "09:30", beverley, clean, "we pay £16 an hour, 3 hours a week, small office. 20% is "
                + "cheeky, get two quotes and show them");
        re(5, "09:35", sunita, cleanA, "ok thanks");
        Post shred = say(5, "10:00", obStaff, beverley, "does anyone know a decent shredding firm in Leeds? ours has "
                + "gone bust");
        // W23: Sunita is helped on three days and lets a question to her go by
        Post ph = say(8, "09:00", obHelp, sunita, "our phones: calls go to voicemail after 4 rings and clients "
                + "complain. can I change that myself or is it the provider?");
        Post phA = re(8, "09:20", rahim, ph, "usually yourself: log into the provider's portal, call routing, ring "
                + "time. set it to 25 seconds. if it's an old BT line, it's the provider");
        re(8, "09:30", sunita, phA, "thanks");
        Post shredA = re(8, "10:00", rahim, shred, "sorry Bev only just saw this, Shred-it did ours in Bradford, "
                + "they cover Leeds");
        re(8, "10:10", beverley, shredA, "ta, I'll ring them");
        Post fa = say(9, "10:00", obHelp, sunita, "anyone know the rules on how many first aiders we need? 14 staff");
        Post faA = re(9, "10:30", beverley, fa, "low risk office, 14 people: an appointed person is the minimum, one "
                + "trained first aider is better. the HSE page has a little calculator");
        re(9, "10:35", sunita, faA, "thanks!");
        Post bevQ = say(9, "11:00", obHelp, beverley, "@Sunita Rao while you're here, didn't your firm move to a new "
                + "cleaning company? who are they, are they any good?");
        say(10, "09:00", obKit, tom, "new toner recycling scheme: we collect your empties free, any brand. book it "
                + "in: keatingoffice.example/recycle");
        say(10, "09:30", obKit, gary, "ooh, we've got a cupboard of empties");
        Post sign = say(10, "14:00", obHelp, jo, "anyone use a visitor sign-in app? the paper book is a GDPR "
                + "nightmare");
        Post signA = re(10, "14:20", tom, sign, "we don't sell one, but the ones I see most in offices are Sine and "
                + "the free tier of Envoy. Sine's simplest");
        re(10, "14:30", jo, signA, "thanks Tom, looking at Sine");
        Post party = say(11, "09:00", obHelp, sunita, "what's a reasonable amount to spend on a staff summer do? "
                + "boss says 'whatever' which helps nobody");
        Post partyA = re(11, "09:30", rahim, party, "we do £40 a head and a half day off. the half day matters more "
                + "than the food");
        re(11, "09:40", gary, party, "£30 a head and a bowling alley, everyone loved it");
        re(11, "09:45", sunita, partyA, "thanks");
        Post ts = say(11, "10:00", obHelp, gary, "anyone know if we have to keep paper timesheets or is the app "
                + "enough?");
        Post tsA = re(11, "10:30", rahim, ts, "app's enough if it keeps records for 2 years and people can't edit "
                + "them after approval");
        re(11, "10:35", gary, tsA, "👍 cheers");
        // W24
        Post voip = say(15, "09:00", obHelp, rahim, "anyone moved to VoIP phones? thinking of it for the practice");
        Post voipA = re(15, "09:30", sunita, voip, "we did last year. check the internet connection first, ours "
                + "dropped calls until we got a second line. and keep one analogue line for the lift alarm");
        re(15, "09:40", rahim, voipA, "the lift alarm thing I'd never have thought of, thanks Sunita");
        Post bevA = re(15, "10:05", sunita, bevQ, "sorry Bev, missed this! Sparkle & Co, they're fine, a bit "
                + "pricey");
        re(15, "10:20", beverley, bevA, "thanks, might try them");
        say(16, "09:00", obKit, tom, "reminder the toner collection runs next Thursday, book in: "
                + "keatingoffice.example/recycle");
        say(16, "09:10", obKit, jo, "booked, thanks Tom");
        Post ext = say(18, "14:00", obHelp, jo, "how often do you check fire extinguishers? our landlord says it's "
                + "us");
        Post extA = re(18, "14:30", beverley, ext, "annual service by a firm, monthly visual check by you (pin in, "
                + "needle in the green). write it in the log");
        re(18, "14:35", jo, extA, "thanks, we've never done monthly 😬");
        Post jam2 = say(20, "09:00", obHelp, gary, "printer's jamming again, different tray this time. @Tom Keating "
                + "any ideas?");
        Post jam2A = re(20, "09:40", tom, jam2, "check the rubber pickup roller on that tray, they go shiny. wipe it "
                + "with a damp cloth. if it still does it I'll send you the part number, no charge");
        re(20, "10:00", gary, jam2A, "damp cloth worked. what sorcery");
    }

    private void callAnswering() {
        // W22
        say(1, "08:00", caNews, marianne, "Morning all. Bank holiday cover went well: 1,140 calls answered on "
                + "Monday, average pick-up 9 seconds. Thank you for bearing with us on the new message format.");
        Post nine = say(1, "08:30", caLounge, alasdair, "9 seconds is quicker than my wife picks up 😂");
        re(1, "08:40", marianne, nine, "don't tell her we said that Alasdair");
        Post dup = say(1, "10:00", caHelp, renata, "Hi, since the new message format I'm getting the caller's "
                + "number twice in the email. Is that just me?");
        Post dupA = re(1, "10:20", kofi, dup, "Not just you Renata, it's a template bug, fixed by this afternoon. "
                + "Sorry!");
        re(1, "10:25", renata, dupA, "no worries 👍");
        Post script = say(2, "09:00", caHelp, wendell, "Could your receptionists please stop saying 'no problem at "
                + "all' to people calling about a bereavement? Small thing, but it jars. Our script should be more "
                + "formal.");
        Post scriptA = re(2, "09:30", lucy, script, "You're right Wendell, that's on us. I've changed your script to "
                + "'Of course, I'll make sure Mr Price gets this today' and briefed the team this morning.");
        re(2, "09:45", wendell, scriptA, "Much better, thank you Lucy.");
        Post price = say(2, "13:00", caLounge, ayesha, "hello! just joined, a friend uses you. I'm a one-person "
                + "podiatry clinic, how much is it roughly and can I try it first?");
        Post priceA = re(2, "13:20", lucy, price, "Hi Ayesha, welcome! For one person most clinics are on Starter, "
                + "£49 a month for up to 60 calls, and the first two weeks are free. If you like, book a 10 minute "
                + "setup call and we'll write your script with you: bellwether.example/setup");
        re(2, "13:30", ayesha, priceA, "perfect, booked for Thursday");
        Post dep = say(3, "08:30", caTips, bronagh, "tip for anyone with a diary full of no-shows: I started taking "
                + "a £10 deposit by link when booking. no-shows went from 5 a week to 1");
        re(3, "08:45", renata, dep, "doing the same for first appointments, it works");
        re(3, "09:00", alasdair, dep, "can't do that for burst pipes sadly 😂 but for quotes maybe");
        Post wish = say(3, "16:00", caLounge, marianne, "Quick one for everyone: what would you most like from us "
                + "this year? Weekend cover, texts instead of emails, or something else?");
        re(3, "16:20", alasdair, wish, "texts. I'm under a sink half the day");
        re(3, "16:30", bronagh, wish, "texts too please!");
        re(3, "16:45", wendell, wish, "Email is fine for us, but a daily summary would help.");
        say(3, "17:00", caLounge, marianne, "Thanks all, texts are top so far. Wendell, daily summary noted");
        Post emerg = say(4, "09:00", caHelp, alasdair, "@Kofi Mensah can you put my emergency number on the script "
                + "for weekends? it's 07700 900123");
        re(4, "09:15", kofi, emerg, "done Alasdair, live from Saturday");
        Post live = say(5, "11:00", caLounge, ayesha, "had my setup call, Lucy wrote the nicest script. going live "
                + "Monday!");
        re(5, "11:10", lucy, live, "🎉 we'll look after them Ayesha");
        // W23: Renata's question waits on Kofi, who is off sick; Lucy covers
        say(8, "09:00", caNews, marianne, "Texts are coming! From 18 June you can choose text, email or both for "
                + "each message. Thanks for the votes.");
        say(8, "09:20", caLounge, alasdair, "legends");
        Post course = say(8, "10:00", caHelp, renata, "@Kofi Mensah one more: I'm on a course Thursday and Friday, "
                + "can calls those days get a 'back Monday' message instead of being booked in?");
        Post courseA = re(8, "10:30", kofi, course, "Should be fine, let me check how the diary sync handles it and "
                + "come back to you");
        Post courseQ = re(8, "10:40", renata, courseA, "thanks. and will the diary still block those days if I take "
                + "them out, or do I need to do both?");
        Post welcome = say(9, "12:00", caLounge, lucy, "Welcome to our new clients this week, including Ayesha's "
                + "clinic! Shout if anything sounds wrong on your calls.");
        re(9, "12:20", ayesha, welcome, "first week done, 14 calls and 3 new patients 🙌");
        Post video = say(10, "09:00", caLounge, marianne, "we're recording a little video for new clients on how to "
                + "read your messages. any volunteers to say one line?");
        Post videoA = re(10, "09:15", bronagh, video, "me! as long as I can bring a dog");
        re(10, "09:20", marianne, videoA, "a dog is required");
        Post anyone = say(10, "17:00", caHelp, renata, "anyone? course is tomorrow morning");
        Post cover = re(10, "17:30", lucy, courseQ, "Sorry Renata! I've set Thursday and Friday to the 'back Monday' "
                + "message, and yes, take them out of the diary too so nobody books online. Kofi's off sick this "
                + "week, I'm covering his clients.");
        re(10, "17:40", renata, cover, "you're a lifesaver, thank you Lucy");
        // W24: Wendell asks Marianne and hears nothing while she chats about the launch
        Post sorry = re(15, "09:00", kofi, anyone, "Back now, sorry Renata, I was off last week. Lucy set it all up "
                + "right, and I've checked the diary sync for next time.");
        re(15, "09:10", renata, sorry, "hope you're feeling better!");
        say(15, "10:00", caNews, lucy, "Refer a business you know and you both get a month free. Details and the "
                + "form: bellwether.example/refer");
        Post refer = say(15, "10:30", caLounge, lucy, "psst, if you love us, the month free for referrals is live: "
                + "bellwether.example/refer");
        Post bil = re(15, "10:40", alasdair, refer, "sending my brother-in-law your way, he's an electrician");
        re(15, "10:50", lucy, bil, "thank you Alasdair! we'll look after him");
        say(16, "10:00", caLounge, wendell, "@Marianne Holt when the daily summary arrives, can it go to our "
                + "practice manager rather than me? Her address is on our account.");
        say(17, "09:00", caNews, marianne, "Texts go live tomorrow! Choose text, email or both in your settings "
                + "from 8am.");
        Post first = say(17, "09:30", caLounge, marianne, "Who's trying texts first? We'd love feedback in the first "
                + "week");
        Post firstA = re(17, "09:40", alasdair, first, "me, obviously");
        re(17, "09:45", bronagh, first, "me too");
        re(17, "10:00", marianne, firstA, "brilliant, tell us everything, even the bad");
        Post glove = say(18, "11:00", caLounge, alasdair, "first text came through while I was under a boiler, read "
                + "it without taking my gloves off. 10/10");
        re(18, "11:20", marianne, glove, "this is the dream");
        Post addr = say(19, "09:00", caHelp, ayesha, "can the receptionist tell callers my clinic address? people "
                + "keep asking");
        Post addrA = re(19, "09:20", kofi, addr, "yes, I've added it to your script, with the parking note too");
        re(19, "09:25", ayesha, addrA, "amazing, thanks Kofi");
    }

    private void dataProtection() {
        // W22: Greta's webinar rides on a full answer; the reminder was asked for
        say(1, "09:00", dpPrac, seun, "morning. anyone else had three subject access requests land on a Friday "
                + "afternoon? asking for a friend (me)");
        say(1, "09:10", dpPrac, marcus, "it's always Friday. they know");
        say(1, "09:15", dpPrac, greta, "Friday 4:55pm is the traditional time");
        say(1, "11:00", dpReading, marcus, "ICO's updated guidance on monitoring workers is out, worth a read: "
                + "ico.example/guidance/monitoring-workers");
        say(1, "11:30", dpReading, marcus, "and a good plain-English piece on legitimate interests by Dana Kowal: "
                + "privacyplain.example/li-explained");
        Post cctv = say(2, "10:00", dpAsk, bethan, "hi, I own a hair salon. we've put a camera at the till after a "
                + "break-in. do I need to tell clients? do I need a sign?");
        Post cctvA = re(2, "10:45", greta, cctv, "Yes to both. A clear sign at the door saying CCTV is in use, who "
                + "runs it and how to contact you. Point it at the till, not the chairs or the back room where "
                + "staff change. Keep footage 30 days unless there's an incident. Write a one-page note of why you "
                + "have it. I'm running a free webinar on exactly this on Thursday at 12, sign up here if it helps: "
                + "greta-privacy.example/webinars");
        Post cctvB = re(2, "11:00", bethan, cctvA, "that's so clear, thank you. is the note just for me or do I send "
                + "it somewhere?");
        Post cctvC = re(2, "11:20", greta, cctvB, "Just keep it on file. If anyone ever asks, you show it.");
        re(2, "11:25", bethan, cctvC, "👍 sorted");
        Post web = say(2, "12:00", dpEvents, greta, "Free lunchtime webinar Thursday 12:00: CCTV for small shops and "
                + "salons, 40 minutes plus questions. greta-privacy.example/webinars");
        Post webR = re(2, "12:30", hazel, web, "ooh can you remind us on the day? I'll forget");
        re(2, "12:35", greta, webR, "will do!");
        Post proc = say(3, "09:00", dpAsk, stelian, "@Oluwaseun Adebayo we're a 12 person IT support firm, clients "
                + "keep sending us questionnaires asking if we're 'processors'. are we? you helped my friend's firm "
                + "with this");
        Post procA = re(3, "09:40", greta, proc, "Jumping in as Seun's on a train this morning I think: yes, for the "
                + "client data you touch while supporting them you're a processor. They should give you a data "
                + "processing agreement, or you send them yours. For your own staff and marketing you're a "
                + "controller.");
        re(3, "10:00", stelian, procA, "thanks Greta, that helps a lot");
        say(3, "13:00", dpPrac, seun, "back from the train. the quiet coach was not quiet");
        say(3, "13:10", dpPrac, marcus, "it never is");
        say(4, "09:00", dpEvents, greta, "Reminder as promised: CCTV webinar today at 12 → "
                + "greta-privacy.example/webinars");
        say(4, "13:00", dpEvents, hazel, "that was great, thanks Greta. the bit about doorbell cameras was new to me");
        say(4, "13:20", dpEvents, bethan, "I watched too, sign is up!");
        Post vol = say(5, "10:00", dpAsk, hazel, "charity question: can we email our old volunteers about a "
                + "fundraiser, or do we need fresh consent? the list is 3 years old");
        Post volA = re(5, "10:30", seun, vol, "Depends how they signed up. If they gave you details as volunteers and "
                + "you said you'd keep them updated, legitimate interest can cover a one-off with a clear "
                + "unsubscribe. If it's for fundraising asks specifically, fresh consent is safer. The Fundraising "
                + "Regulator has a good guide too");
        Post volB = re(5, "10:45", hazel, volA, "they signed a form that says 'updates about volunteering'. so the "
                + "fundraiser's a stretch?");
        Post volC = re(5, "11:00", seun, volB, "A bit of a stretch. Send a 'still want to hear from us?' email first "
                + "and only fundraise to the ones who say yes");
        re(5, "11:10", hazel, volC, "ok that's doable, thank you");
        say(6, "10:00", dpReading, marcus, "EDPB statement on age verification: edpb.example/statements/age-checks");
        // W23
        Post dsar = say(8, "09:00", dpPrac, greta, "anyone using a DSAR tool they actually like? we're still doing "
                + "it in spreadsheets");
        re(8, "09:20", seun, dsar, "spreadsheets and a strong coffee here too. tried two tools, both wanted £300 a "
                + "month");
        re(8, "09:30", marcus, dsar, "there's a decent comparison on the IAPP blog, I'll drop it in reading");
        say(8, "09:35", dpReading, marcus, "DSAR tools compared (IAPP): iapp.example/dsar-tools-2029");
        say(8, "09:40", dpPrac, greta, "thanks Marcus");
        Post foot = say(9, "10:00", dpAsk, bethan, "new one: a client asked for the footage of her in the salon "
                + "because of an argument with her ex?? can she do that");
        Post footA = re(9, "10:20", seun, foot, "Yes, it's her personal data, she can ask for a copy (a subject "
                + "access request). You have a month. Blur or crop out anyone else in the frame before you send it. "
                + "If you can't, tell her what you can give her instead");
        Post footB = re(9, "10:25", bethan, footA, "blurring! I have no idea how to do that");
        Post footC = re(9, "10:40", marcus, footB, "free option: Shotcut has a blur filter. or your CCTV installer "
                + "can often do it");
        re(9, "10:50", bethan, footC, "installer it is, thank you both");
        Post dpa = say(11, "14:00", dpAsk, stelian, "ok so we're a processor. do I need to write our own DPA or use "
                + "theirs?");
        Post dpaA = re(11, "14:30", greta, dpa, "Either. Most small firms use the client's and check it for three "
                + "things: what you do if there's a breach, whether you can use subcontractors like your cloud "
                + "backup, and what happens to the data when the contract ends");
        re(11, "14:40", stelian, dpaA, "three things I can check. thanks!");
        Post june = say(12, "10:00", dpEvents, greta, "Next free webinar 21 June: DPAs for IT support firms. Same "
                + "page as before: greta-privacy.example/webinars");
        re(12, "10:20", stelian, june, "signed up");
        // W24: Imran pitches on his first word to Stelian
        Post dpo = say(15, "09:00", dpAsk, stelian, "last one for a while I promise: do we actually need a DPO? we're "
                + "12 people, but we look after about 40 clients' systems");
        re(15, "09:30", imran, dpo, "Probably not legally, a DPO is only mandatory if your core work is large-scale "
                + "monitoring or special category data. But with 40 clients' systems you'd want someone on call. We "
                + "offer outsourced DPO from £150 a month, DM me");
        Post dpoA = re(15, "10:00", seun, dpo, "Agree it's probably not mandatory. Write down why you decided you "
                + "don't need one (a paragraph is fine) and name someone internally who owns data protection. That "
                + "covers most of what clients' questionnaires ask.");
        re(15, "10:10", stelian, dpoA, "a paragraph I can do. thanks Seun");
        Post hi = say(16, "10:00", dpPrac, imran, "hi all, been lurking a while. I do DPO work, mainly for schools");
        Post hiA = re(16, "10:10", seun, hi, "welcome Imran! which area?");
        re(16, "10:20", imran, hiA, "Midlands. 14 academies");
        re(16, "10:25", greta, hi, "welcome! we need more schools people here");
        Post photo = say(17, "09:00", dpAsk, hazel, "our fundraiser went well and nobody complained about the email "
                + "😄 one more: can we put volunteers' photos on Facebook if they were at a public event?");
        Post photoA = re(17, "09:40", marcus, photo, "ask them. a quick 'happy to be in photos?' at sign-in saves all "
                + "the worry. for crowd shots where nobody's the focus, a sign at the entrance is usually enough");
        re(17, "09:50", hazel, photoA, "sign-in question, love it");
        Post dpaWeb = say(19, "12:00", dpEvents, greta, "DPA webinar Thursday, 45 minutes, free: "
                + "greta-privacy.example/webinars");
        re(19, "12:15", stelian, dpaWeb, "see you there");
        say(20, "09:00", dpReading, marcus, "worth a read on AI and subject access from Dana Kowal: "
                + "privacyplain.example/ai-sars");
    }

    private void practiceManagers() {
        // W22: Karen asks a lot in compliance and helps Deepak with his rota
        say(1, "08:15", pmCommon, moira, "morning. who's got a CQC visit this month? ours is 'sometime in June' which "
                + "is so helpful");
        say(1, "08:25", pmCommon, shona, "ours too. I've cleaned the same cupboard three times");
        say(1, "08:30", pmCommon, deepak, "the cupboard is always what they open");
        Post log = say(1, "10:00", pmCqc, karen, "where's the latest form for the autoclave validation log? the one "
                + "we've got says 2024 on it");
        Post logA = re(1, "10:20", deepak, log, "it's the HTM 01-05 log sheet, current version here: "
                + "gov.example/htm-01-05-logbook");
        re(1, "10:25", karen, logA, "thanks Deepak");
        Post hols = say(2, "09:00", pmRota, deepak, "how are people covering the nurse rota over the school "
                + "holidays? 3 of mine have kids at primary");
        Post holsA = re(2, "09:40", karen, hols, "we do a holiday swap sheet in March: parents pick weeks first in "
                + "rota order and swap between themselves. I only step in if there's a gap. saves me hours");
        Post holsB = re(2, "09:50", deepak, holsA, "rota order so it's fair each year?");
        re(2, "10:00", karen, holsB, "yes, the order moves round one place every year");
        Post sharps = say(3, "10:00", pmCqc, karen, "do you need a written policy for sharps injuries or is the "
                + "poster enough?");
        Post sharpsA = re(3, "10:30", moira, sharps, "written policy, the poster's the summary. the BDA has a "
                + "template in the members' area");
        re(3, "10:35", karen, sharpsA, "we're members, found it. ta");
        Post rad = say(3, "14:00", pmCqc, shona, "anyone have the link for the new radiation protection guidance? "
                + "I've lost it again");
        Post radA = re(3, "14:10", deepak, rad, "here: gov.example/ionising-radiation-dental");
        re(3, "14:15", shona, radA, "you're a star");
        Post rant = say(4, "11:00", pmWhinge, ifeoma, "rant incoming. I've had the week from hell. my associate quit "
                + "by text, my receptionist is on jury service, my compressor died on Tuesday, and I spent my whole "
                + "evening redoing my rota for the third time because my principal changed his days again without "
                + "telling me. I love my job. I love my job. I love my job.");
        Post rantA = re(4, "11:10", moira, rant, "oh Ifeoma. by text?! that's grim. how are you covering the "
                + "compressor?");
        re(4, "11:20", ifeoma, rantA, "I hired one for the week, my engineer found it for me. I've been living on "
                + "biscuits");
        say(4, "11:25", pmWhinge, shona, "biscuits are a food group in this job");
        say(4, "11:30", pmWhinge, ifeoma, "thanks both, honestly I feel better for saying it. how are your weeks "
                + "going?");
        say(4, "11:40", pmWhinge, shona, "quiet, which is suspicious");
        Post leg = say(5, "09:00", pmCqc, karen, "how often are people doing the legionella temperature checks? "
                + "monthly?");
        Post legA = re(5, "09:30", moira, leg, "monthly at the sentinel taps, logged. and flush the little-used ones "
                + "weekly");
        re(5, "09:35", karen, legA, "thanks Moira");
        // W23
        Post cqc = say(8, "09:00", pmCommon, deepak, "CQC came to us on Friday. survived. the cupboard was not "
                + "opened 😂");
        Post cqcA = re(8, "09:10", shona, cqc, "congrats! what did they ask most about?");
        Post cqcB = re(8, "09:30", deepak, cqcA, "recruitment checks and how we learn from complaints. have your "
                + "complaint log say what you changed, not just what happened");
        re(8, "09:40", shona, cqcB, "noted, ours is what happened only");
        Post log2 = say(9, "10:00", pmCqc, ifeoma, "where's the sheet for the autoclave validation log? the "
                + "government one");
        Post log2A = re(9, "10:20", deepak, log2, "gov.example/htm-01-05-logbook, same one Karen asked about last "
                + "week");
        re(9, "10:30", ifeoma, log2A, "thank you");
        Post agency = say(10, "09:00", pmRota, karen, "anyone use an agency for dental nurses they'd recommend? "
                + "North Leeds");
        Post agencyA = re(10, "09:30", shona, agency, "we've had good ones from a local agency, not the national "
                + "ones. I'll DM you the name");
        re(10, "09:35", karen, agencyA, "please do");
        Post late = say(10, "14:00", pmRota, moira, "how do people handle a nurse who's lovely with patients but "
                + "always 10 minutes late? I keep letting it go");
        re(10, "14:30", karen, late, "I'd have the chat now, kindly, and ask what's going on first. ours turned out "
                + "to be a bus timetable thing, we moved her start by 15 minutes");
        re(10, "14:40", pete, late, "agree. and write it down after, even if it was friendly");
        say(10, "14:50", pmRota, moira, "thanks both, having the chat tomorrow");
        Post log3 = say(12, "10:00", pmCqc, pete, "has anyone got the link for the HTM log? ours has coffee on it");
        Post log3A = re(12, "10:15", deepak, log3, "gov.example/htm-01-05-logbook, third time lucky 😄 I'll pin it");
        re(12, "10:20", pete, log3A, "thanks Deepak");
        Post chat = say(13, "09:00", pmRota, moira, "had the chat with late nurse. it's her childminder. we've moved "
                + "her start. crisis averted");
        chat.react("🙌", karen, pete);
        say(13, "09:30", pmWhinge, deepak, "me: 'can you send the invoice?' the lab: 'what invoice?' me: 👁️👄👁️");
        // W24: Pete, in a quiet week, takes Shona's help three times and lets her question go
        Post auto = say(15, "09:00", pmCqc, pete, "autoclave failed its daily test this morning. what do you do "
                + "first?");
        Post autoA = re(15, "09:20", shona, auto, "stop using it, quarantine anything from the last cycle, ring your "
                + "engineer. log the failure and what you did");
        re(15, "09:30", pete, autoA, "thanks Shona");
        Post spare = say(17, "09:00", pmCqc, pete, "engineer says it's the door seal. is it ok to use the spare "
                + "autoclave from our other site without revalidating?");
        Post spareA = re(17, "09:30", shona, spare, "no, it needs its own validation before you use it in a new "
                + "room, moving it counts. most engineers will do it same day");
        re(17, "09:40", pete, spareA, "thanks");
        Post col = say(17, "11:00", pmRota, deepak, "recruitment q: anyone paying trainee nurses for their college "
                + "day? we're being asked");
        re(17, "11:30", moira, col, "we do, it's cheaper than losing them to the practice down the road");
        re(17, "11:40", karen, col, "we pay it too");
        say(17, "11:50", pmRota, deepak, "thanks, that settles it");
        Post where = say(19, "09:00", pmCqc, pete, "last one, promise: where do I record the failed test for CQC? in "
                + "the autoclave log or an incident report?");
        Post whereA = re(19, "09:30", shona, where, "both. the autoclave record, and a short incident report with "
                + "what you did");
        say(19, "09:32", pmCqc, shona, "@Pete Arkwright also, did your lot ever find the daily test sheets? you said "
                + "they'd gone missing");
        re(19, "09:35", pete, whereA, "thanks, doing both");
    }

    private void hrAdvisers() {
        // W22: Kieran leaves Rosalind's question hanging, then posts his garage's offer
        say(1, "09:00", hrLounge, rosalind, "morning all. who else is drowning in holiday pay questions since the "
                + "new rules?");
        say(1, "09:10", hrLounge, yvette, "all of them. every client, every day");
        say(1, "09:12", hrLounge, graham, "I've started a template reply");
        Post hp = say(1, "11:00", hrAsk, kieran, "garage owner, 6 staff. one of my mechanics works 4 days in summer "
                + "and 5 in winter. how do I work out his holiday?");
        re(1, "11:30", rosalind, hp, "For irregular hours the 12.07% accrual is the easy route, but if his days are "
                + "set by season you can also do it pro rata per season. Does that help, or did you mean his "
                + "holiday pay rate rather than how many days?");
        say(2, "10:00", hrHire, callum, "Drysdale HR: retained HR for firms of 5-50, from £95 a month, unlimited "
                + "advice line. drysdalehr.example");
        Post tips = say(2, "14:00", hrAsk, sven, "restaurant, 22 staff. can I make tips part of the minimum wage? a "
                + "friend says yes");
        Post tipsA = re(2, "14:20", yvette, tips, "No. Tips have to go to staff in full and can't top wages up to "
                + "the minimum. You need a written tipping policy too. Your friend is a few years out of date");
        re(2, "14:30", sven, tipsA, "oh. ok. glad I asked before I did it. thank you");
        say(3, "09:00", hrCase, graham, "EAT on holiday pay for term-time workers, worth a read: "
                + "eat.example/2029/term-time-holiday");
        Post esign = say(3, "11:00", hrLounge, yvette, "does anyone use an e-signature tool for contracts they like? "
                + "clients keep printing them 😩");
        re(3, "11:20", rosalind, esign, "I use the free tier of one, it's fine for 3 a month");
        say(3, "11:25", hrLounge, graham, "clients print them anyway. it's a law of nature");
        Post mot = say(4, "10:00", hrAsk, kieran, "Lowry Motors in Harrogate, 10% off MOTs for anyone here through "
                + "June 🚗 just mention the server");
        re(4, "10:20", yvette, mot, "ha, mine's due in July Kieran, I'll bring it");
        Post sick = say(5, "09:00", hrAsk, sven, "next one: a waiter has been off sick 3 weeks and won't answer my "
                + "calls. what can I do?");
        Post sickA = re(5, "09:30", rosalind, sick, "Write to him (email and post), kindly: ask how he is, ask for a "
                + "fit note for the time after the first 7 days, and suggest a call at a time he chooses. Don't "
                + "start any process yet. Silence usually means he's scared, not that he's gone");
        re(5, "09:40", sven, sickA, "that's kinder than I was going to be. will do");
        Post mum = say(6, "11:00", hrLounge, graham, "Saturday HR question from my own family: can my mum's cleaner "
                + "have a contract? yes. should she? also yes. has she? no.");
        re(6, "11:05", rosalind, mum, "😂 the cobbler's children");
        // W23: Callum pitches a newcomer, in the room and then by DM
        Post wr = say(8, "09:00", hrAsk, sven, "the waiter replied to the letter! he's been struggling, fit note "
                + "coming. thank you Rosalind");
        re(8, "09:10", rosalind, wr, "really glad. go gently with the return");
        Post phone = say(9, "10:00", hrAsk, patience, "Hello, I run a small nursery (11 staff). A practitioner has "
                + "had three warnings about phone use in the rooms and did it again today. Can I dismiss her or do "
                + "I need to do something first?");
        re(9, "10:30", callum, phone, "Depends what the warnings were: if they were formal and in writing you may be "
                + "at a final stage, but you need a hearing with the right to be accompanied first. Honestly this is "
                + "exactly what we sort out for nurseries every week. Book a free 15 min call and we'll take it from "
                + "here: drysdalehr.example/book");
        Post phoneA = re(9, "10:50", yvette, phone, "Were the three warnings written, and did they say what would "
                + "happen next time? If it was a chat each time, it's not three warnings yet. Send a letter inviting "
                + "her to a disciplinary hearing, say she can bring a colleague or union rep, and that dismissal is "
                + "a possible outcome. Hold it, listen, then decide.");
        Post phoneB = re(9, "11:00", patience, phoneA, "They were chats 😬 so I start with a proper written warning?");
        Post phoneC = re(9, "11:15", yvette, phoneB, "Yes, a formal hearing and a written warning if it's upheld. "
                + "Make the phone rule clear in writing too, it's safeguarding so it's serious");
        re(9, "11:20", patience, phoneC, "Thank you, that's really clear");
        say(10, "09:00", hrDm, callum, "Hi Patience, following up from the server. Our nursery package is £95 a "
                + "month and includes all letters and hearings. Happy to get you set up this week?");
        say(10, "18:00", hrDm, patience, "Thanks, I'm ok for now.");
        Post surge = say(10, "11:00", hrLounge, callum, "anyone else had a surge of nursery clients? think it's the "
                + "new ratios");
        re(10, "11:20", graham, surge, "a few, yes");
        Post aug = say(11, "10:00", hrAsk, kieran, "back again: can I stop a mechanic taking his holiday in August "
                + "when we're busiest?");
        Post augA = re(11, "10:30", graham, aug, "Yes, if you give notice twice as long as the holiday you're "
                + "refusing, and ideally have a written policy saying August is blocked. Be fair about it, rotate "
                + "who gets August off year to year");
        re(11, "10:40", kieran, augA, "twice as long, didn't know that. thanks");
        Post judge = say(12, "14:00", hrLounge, rosalind, "the judge at today's tribunal said 'HR is mostly "
                + "remembering to write things down'. framing it");
        re(12, "14:10", yvette, judge, "put it on a mug");
        say(13, "09:00", hrCase, rosalind, "Acas guidance on menopause at work has been updated: "
                + "acas.example/menopause-at-work");
        // W24
        Post hb = say(15, "09:00", hrHire, patience, "Looking for someone to write our staff handbook properly, "
                + "nursery, 11 staff. Quotes welcome");
        Post hbY = re(15, "09:30", yvette, hb, "Happy to quote Patience, I'd want to see what you have first. DM me?");
        re(15, "09:45", callum, hb, "We do nursery handbooks, fixed fee £450: drysdalehr.example/handbooks");
        re(15, "10:00", patience, hbY, "Will DM you now, thank you");
        Post phased = say(16, "10:00", hrAsk, sven, "the waiter is back on a phased return. do I pay him full wage "
                + "for half hours?");
        Post phasedA = re(16, "10:20", rosalind, phased, "Normally you pay for the hours worked on a phased return, "
                + "unless you agree otherwise. Lots of small employers pay full for the first week or two as "
                + "goodwill. Put whatever you agree in writing");
        re(16, "10:30", sven, phasedA, "we'll do two weeks full. thanks");
        Post cipd = say(17, "09:00", hrLounge, graham, "anyone going to the CIPD thing in Leeds next week?");
        re(17, "09:10", yvette, cipd, "yes, Thursday");
        re(17, "09:15", callum, cipd, "I'll be there, running our stand");
        Post rot = say(18, "10:00", hrAsk, kieran, "tried the August thing, staff were fine with it when I said we'd "
                + "rotate. cheers Graham");
        re(18, "10:05", graham, rot, "👍 nice one");
        say(19, "10:00", hrCase, yvette, "Court of Appeal on fire and rehire, short and readable: "
                + "judiciary.example/fire-rehire-2029");
        say(20, "14:00", hrLounge, rosalind, "tribunal week done, off for a quiet weekend with no HR in it. see you "
                + "Monday");
    }

    private void typists() {
        // W22: Fergus launches his tag pack; Tamsin asks for a reminder on payday
        say(1, "08:30", tyTea, lorraine, "morning typists. 4 hours of a planning inquiry with one microphone for 12 "
                + "people. pray for me");
        say(1, "08:40", tyTea, tamsin, "🙏 bring biscuits");
        say(1, "08:45", tyTea, olek, "planning inquiries are the worst, everyone says 'the applicant' and you never "
                + "know which one");
        Post pedal = say(1, "10:00", tyKit, aisha, "new here, just started. is a foot pedal worth it? my wrists hurt "
                + "already");
        Post pedalA = re(1, "10:20", lorraine, pedal, "yes, game changer. a basic USB one is about £50. and check "
                + "your chair height before anything else, wrists are usually the chair");
        re(1, "10:30", aisha, pedalA, "thank you! ordering one");
        Post pack = say(2, "09:00", tyKit, fergus, "I've made a text expander pack for verbatim tags: [inaudible], "
                + "[crosstalk], timestamps, speaker IDs, 140 shortcuts. £12 launch price: fergusdoyle.example/tagpack");
        Post packR = re(2, "09:20", tamsin, pack, "ooh. payday's Friday, remind me then?");
        re(2, "09:25", fergus, packR, "will do 😄");
        Post fill = say(2, "11:00", tyStyle, aisha, "for intelligent verbatim do I keep 'you know' and 'like'?");
        Post fillA = re(2, "11:15", meilin, fill, "no, drop fillers unless they change the meaning. keep them in "
                + "full verbatim only");
        re(2, "11:20", aisha, fillA, "thanks!");
        Post skip = say(3, "10:00", tyKit, olek, "my pedal's started skipping back 5 seconds at random. anyone had "
                + "this?");
        Post skipA = re(3, "10:30", aisha, skip, "mine did that yesterday out of the box! it was the auto backstep "
                + "setting in Express Scribe, it's on by default. I turned it down to 1 second");
        re(3, "10:40", olek, skipA, "that was it. thanks Aisha");
        Post over = say(3, "14:00", tySwap, olek, "overflow: 3 hours of focus groups, market research, due Friday. "
                + "anyone with capacity?");
        Post overA = re(3, "14:10", tamsin, over, "I can take it Olek");
        re(3, "14:15", olek, overA, "sending now");
        Post same = say(4, "09:00", tyStyle, aisha, "how do you mark two speakers with the same first name?");
        Post sameA = re(4, "09:20", lorraine, same, "surname initial, 'Sarah M:' and 'Sarah T:', and say so in a note "
                + "at the top");
        re(4, "09:25", aisha, sameA, "perfect");
        Post payday = say(5, "09:00", tyKit, fergus, "as promised for payday Tamsin, here's the tag pack: "
                + "fergusdoyle.example/tagpack");
        re(5, "09:15", tamsin, payday, "bought! thank you");
        Post great = say(6, "11:00", tyTea, tamsin, "the tag pack is great btw, saved me loads on the focus groups");
        re(6, "11:10", fergus, great, "so glad 😊");
        // W23: Fergus's pack again, once on an answer and once to the room
        Post cap = say(10, "09:00", tySwap, meilin, "capacity next week, legal or medical, 6 hours or so");
        re(10, "09:30", olek, cap, "might have something for you Thursday, I'll shout");
        Post hs = say(10, "14:00", tyKit, aisha, "headset recommendations? under £80. the cheap one hisses");
        Post hsA = re(10, "14:30", olek, hs, "Sennheiser HD 280, around £70, no hiss, lasts years");
        re(10, "14:35", aisha, hsA, "thanks Olek");
        Post ct = say(11, "10:00", tyStyle, meilin, "what's the standard tag for people talking over each other in "
                + "legal verbatim? client's style guide doesn't say");
        re(11, "10:15", fergus, ct, "[crosstalk], and timestamp where it starts. my pack has it as ;ct if you want "
                + "it: fergusdoyle.example/tagpack");
        Post ctB = re(11, "10:30", lorraine, ct, "[crosstalk] for us too, and if you can make out who says what "
                + "afterwards, put both in");
        re(11, "10:35", meilin, ctB, "thanks both");
        Post v2 = say(12, "09:00", tyTea, fergus, "v2 of the tag pack is out, 40 new legal tags, free update if you "
                + "bought it: fergusdoyle.example/tagpack");
        re(12, "09:10", tamsin, v2, "updated, the legal ones are handy");
        Post money = say(12, "15:00", tyTea, aisha, "first month's invoices out! I earned actual money typing");
        re(12, "15:10", lorraine, money, "🎉 well done you");
        Post dose = say(13, "10:00", tyStyle, tamsin, "medical q: do we write doses as spoken ('five milligrams') or "
                + "'5 mg'?");
        Post doseA = re(13, "10:20", aisha, dose, "our medical client wants '5 mg' with a space, unless the doctor "
                + "says a number oddly, then they want it as said in brackets");
        re(13, "10:30", tamsin, doseA, "thanks, that's what I guessed");
        // W24
        Post job = say(15, "09:00", tySwap, olek, "Thursday job is real: 4 hours of employment tribunal audio, legal "
                + "verbatim. @Mei Lin Chua still got capacity?");
        re(15, "09:10", meilin, job, "yes! send it over");
        Post ai = say(16, "10:00", tyKit, lorraine, "anyone tried the new AI first-pass tools? a client wants me to "
                + "'just correct' them at half the rate");
        re(16, "10:20", olek, ai, "tried one on a focus group, it gave everyone the same name. correcting took "
                + "longer than typing");
        re(16, "10:30", meilin, ai, "same on legal. it guesses names and gets the numbers wrong, which is the bit "
                + "that matters");
        say(16, "10:40", tyKit, lorraine, "that's what I thought. saying no at half rate");
        Post yn = say(18, "10:00", tyStyle, aisha, "when someone says 'yeah no', is that yes or no in the "
                + "transcript? asking for real");
        Post ynA = re(18, "10:15", lorraine, yn, "you type 'yeah, no' and let the reader decide 😄");
        re(18, "10:20", aisha, ynA, "ha ok");
        re(18, "10:30", fergus, yn, "we just write what they say. in full verbatim both words");
        Post es = say(19, "09:00", tyKit, fergus, "does anyone know if Express Scribe's still supported? mine keeps "
                + "asking to update");
        Post esA = re(19, "09:20", olek, es, "it is, the new version's fine, just back up your settings first");
        re(19, "09:25", fergus, esA, "cheers Olek");
        say(20, "16:00", tyTea, lorraine, "Friday. no audio until Monday. bliss");
    }

    private void processServers() {
        // W22: Siobhan asks Barry on Friday evening; he jokes on Saturday and answers on Monday
        say(1, "08:00", stDoor, barry, "Monday. the dog at 14 Acacia Avenue has learned my car. progress");
        say(1, "08:10", stDoor, justin, "the dogs always learn the car");
        say(1, "08:12", stDoor, gemma, "in Fife it's the geese");
        Post bolton = say(1, "10:00", stReq, siobhan, "Divorce petition to serve in Bolton, BL3, respondent works "
                + "shifts. Need it by Friday. Quotes please");
        Post boltonA = re(1, "10:20", barry, bolton, "I'm in Bolton Wednesday, £75 inc. 3 attempts and a statement "
                + "of service");
        re(1, "10:30", siobhan, boltonA, "perfect, booked. sending papers now");
        Post slots = say(2, "09:00", stDoor, nadia, "tracing's busy this week, if anyone needs a trace before they go "
                + "out I've got slots. usual £45 for a standard address trace");
        Post slotsA = re(2, "09:30", justin, slots, "I've got one for you, someone moved from Oldham, no forwarding");
        re(2, "09:35", nadia, slotsA, "send it over, back by tomorrow");
        Post door = say(2, "14:00", stLaw, justin, "new-ish question: if they refuse to take the papers and shut the "
                + "door, is it served?");
        Post doorA = re(2, "14:30", barry, door, "if you've told them what they are and left them as near to them as "
                + "you can, yes, that's personal service. write down exactly what was said. bodycam helps");
        re(2, "14:35", justin, doorA, "thanks Barry");
        Post salford = say(3, "11:00", stDoor, nadia, "@Justin Okoro your Oldham one is in Salford now, sent you the "
                + "address");
        re(3, "11:10", justin, salford, "legend, serving it Thursday");
        Post carlisle = say(3, "15:00", stReq, hugo, "Hi all, sole practitioner in Kendal. Need a statutory demand "
                + "served in Carlisle this week, any takers?");
        Post carlisleA = re(3, "15:10", justin, carlisle, "I can do it tomorrow, £65 inc. statement of service. DM "
                + "me the papers");
        re(3, "15:20", hugo, carlisleA, "great, DMing you now");
        Post chase = say(5, "17:30", stReq, siobhan, "@Barry Clough did the Bolton one go out? client's asking and "
                + "I'm off from 6");
        Post garden = say(6, "10:00", stDoor, barry, "Saturday serve in a garden centre car park. he was buying "
                + "compost. very polite");
        re(6, "10:05", gemma, garden, "the politest ones are always in garden centres");
        say(6, "10:10", stDoor, barry, "😂 going in my book");
        // W23: Nadia sells traces to the servers, her customers, all week
        Post chaseA = re(8, "08:30", barry, chase, "morning Siobhan, yes, served Wednesday 4:10pm at his work, "
                + "statement's in your inbox now");
        re(8, "09:00", siobhan, chaseA, "thank you!");
        Post spain = say(8, "10:00", stDoor, nadia, "traces back on all of this week's. two of them are in Spain, "
                + "good luck to whoever's serving those 😂");
        re(8, "10:10", ravi, spain, "not me!");
        Post hague = say(8, "10:20", stDoor, nadia, "@Ravi Menon didn't you do a Hague service last year? how long "
                + "did it take?");
        Post hagueA = re(8, "10:40", ravi, hague, "five months. Spain's central authority is slow. tell the client "
                + "to budget for six");
        re(8, "10:45", nadia, hagueA, "six months, oof. thanks");
        Post scot = say(9, "09:00", stLaw, gemma, "Scots question: does anyone know if an English order has to go "
                + "through a sheriff officer up here, or can any of us serve it?");
        Post scotA = re(9, "09:40", barry, scot, "for an English order into Scotland I think it has to be registered "
                + "there first, then sheriff officers. check with the court before you go out");
        re(9, "09:45", gemma, scotA, "that matches what I'd heard, thanks");
        Post reg = say(9, "11:00", stDoor, nadia, "new this month: vehicle traces from a reg plate, £60, 48 hours. "
                + "shout if useful");
        Post regA = re(9, "11:10", justin, reg, "oh that's handy for the ones who sleep in the car");
        re(9, "11:20", nadia, regA, "that's exactly who it's for");
        Post wigan = say(10, "10:00", stReq, siobhan, "Claim form to serve in Wigan, business address, by next "
                + "Wednesday. Quotes please");
        re(10, "10:30", justin, wigan, "£60 Monday, statement same day");
        re(10, "10:35", barry, wigan, "£55 tomorrow");
        Post wins = say(10, "10:50", stReq, siobhan, "Barry's tomorrow wins, sorry Justin!");
        re(10, "10:55", justin, wins, "no worries 😄");
        Post dundee = say(10, "14:00", stDoor, nadia, "@Gemma Lowther do you ever need trace help up there? I do "
                + "Scotland too now");
        Post dundeeA = re(10, "14:20", gemma, dundee, "might do, one came in this morning, Dundee. sending it");
        Post perth = re(11, "09:00", nadia, dundeeA, "Dundee trace done Gemma, he's in Perth");
        re(11, "09:10", gemma, perth, "brilliant, thanks Nadia");
        Post roll = say(11, "16:00", stLaw, nadia, "tracers' question: if I find someone's new address through an "
                + "electoral roll search, can the server rely on that alone for a statement?");
        Post rollA = re(11, "16:20", barry, roll, "I always ask for the trace report with a date on it and attach "
                + "it. on its own a server's statement is just what they saw");
        re(11, "16:25", nadia, rollA, "makes sense, I'll put dates on all reports");
        Post rise = say(12, "10:00", stDoor, nadia, "heads up, my prices go up in July, standard trace £50. anything "
                + "booked before then is £45");
        Post riseA = re(12, "10:10", ravi, rise, "fair, first rise in years?");
        re(12, "10:15", nadia, riseA, "first in three");
        // W24: Ravi's referral code in two rooms
        Post code = say(15, "09:00", stKit, ravi, "if anyone's after a bodycam, use my code RAVI10 for 10% off at "
                + "Clipcam: clipcam.example/?ref=ravi10");
        re(15, "09:20", justin, code, "already bought mine 😅");
        say(16, "10:00", stDoor, ravi, "Clipcam code still going if anyone's looking, RAVI10, 10% off: "
                + "clipcam.example/?ref=ravi10");
        Post penrith = say(16, "14:00", stReq, hugo, "Thanks @Justin Okoro, the Carlisle one was perfect. Got "
                + "another: a witness summons in Penrith next Tuesday, yours if you want it");
        re(16, "14:20", justin, penrith, "yes please, same price");
        Post wrong = say(17, "09:00", stLaw, justin, "if the address on the papers is wrong but I find them at the "
                + "right one, do I serve or send back?");
        Post wrongA = re(17, "09:30", barry, wrong, "ring the solicitor first. most will say serve and note the right "
                + "address in the statement. don't guess");
        re(17, "09:35", justin, wrongA, "thanks");
        Post preston = say(19, "11:00", stReq, siobhan, "Last one before my holiday: injunction to serve in Preston, "
                + "urgent, tomorrow morning ideally. Quotes please");
        Post prestonA = re(19, "11:10", barry, preston, "on it, £90 for the urgent, 8am attempt");
        re(19, "11:15", siobhan, prestonA, "booked, thank you Barry!");
        Post served = say(20, "10:00", stReq, barry, "@Siobhan Kerr Preston served 8:20 this morning, statement to "
                + "follow before lunch");
        re(20, "10:10", siobhan, served, "you're a star, enjoy your weekend");
    }

    static Map<String, String> files() {
        return new HeldOutScenes77Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 77");
    }
}
