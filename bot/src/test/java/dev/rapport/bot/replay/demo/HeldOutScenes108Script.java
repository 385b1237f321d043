package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 108 (sealed): eight communities of research, universities and laboratories, of kinds no earlier
 * round used (marine-ecology PhD students writing up their theses where nobody sells, research software engineers
 * with a room where researchers ask and a freelance engineer among them who wants research groups as clients, a
 * university spin-out's own server, Cellwise Instruments, with its Team and its Customers, university lab managers
 * and technicians with a suppliers' corner kept by a lab-supplies rep and his DM to a new technician, scientific
 * illustrators with a room where researchers ask, a commissions board and a template-pack seller among them,
 * research-development officers and funding advisers with a room where academics ask and a freelance bid consultant
 * among them, citizen-science volunteers transcribing old ships' weather logs for a university project where nobody
 * sells, and clinical-trial coordinators and research nurses with a jobs board, a staffing recruiter and a GCP trainer
 * among them and the recruiter's DM to a newcomer), over three ISO weeks (2031-W42 to W44, autumn term), written and
 * labelled by writer3 (session 54) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-108.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes108Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 10, 13);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 11, 3, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-108";
    private static final int BASE = 84400;

    // --- A. marine-ecology PhD students writing up ---
    private final String tide = cast.guild(1361);
    private final Channel taSprints = cast.channel(tide, "Tidepool: Marine Ecology PhDs", "writing-sprints",
            "post your writing goal for the session and how it went; cheer each other on", "ta-writing-sprints.json");
    private final Channel taStats = cast.channel(tide, "Tidepool: Marine Ecology PhDs", "stats-help",
            "R, models, stats and plotting questions; anyone answers", "ta-stats-help.json");
    private final Channel taField = cast.channel(tide, "Tidepool: Marine Ecology PhDs", "fieldwork-and-lab",
            "samples, freezers, cruises, flume and lab bookings", "ta-fieldwork-and-lab.json");
    private final Channel taOff = cast.channel(tide, "Tidepool: Marine Ecology PhDs", "off-topic",
            "cake, pub quiz, anything not thesis", "ta-off-topic.json");
    private final Persona catriona = cast.person("catriona.mackintosh", "Catriona Mackintosh");
    private final Persona oluwaseun = cast.person("oluwaseun.adeyemi", "Oluwaseun Adeyemi");
    private final Persona jonas = cast.person("jonas.weidmann", "Jonas Weidmann");
    private final Persona freya = cast.person("freya.lindqvist", "Freya Lindqvist");
    private final Persona tomasz = cast.person("tomasz.kowalczyk", "Tomasz Kowalczyk");
    private final Persona priyanka = cast.person("priyanka.raman", "Priyanka Raman");

    // --- B. research software engineers ---
    private final String rse = cast.guild(1362);
    private final Channel rsAsk = cast.channel(rse, "RSE Commons: Research Software Engineers", "researchers-ask",
            "researchers ask about their code, HPC jobs, data pipelines and reproducibility; RSEs answer",
            "rs-researchers-ask.json");
    private final Channel rsShop = cast.channel(rse, "RSE Commons: Research Software Engineers", "rse-shoptalk",
            "research software engineers among ourselves: tools, careers, the job", "rs-rse-shoptalk.json");
    private final Channel rsJobs = cast.channel(rse, "RSE Commons: Research Software Engineers", "jobs-and-contracts",
            "RSE posts, fixed-term roles and freelance contracts: offer your work or ask for it", "rs-jobs-and-contracts.json");
    private final Channel rsIntro = cast.channel(rse, "RSE Commons: Research Software Engineers", "introductions",
            "new here? say hello and what you work on", "rs-introductions.json");
    private final Persona henrik = cast.person("henrik.solberg", "Henrik Solberg");
    private final Persona aoife = cast.person("aoife.brennan", "Aoife Brennan");
    private final Persona rahul = cast.person("rahul.deshpande", "Rahul Deshpande");
    private final Persona joost = cast.person("joost.verhoeven", "Joost Verhoeven");
    private final Persona ingrid = cast.person("ingrid.halvorsen", "Ingrid Halvorsen");
    private final Persona kwabena = cast.person("kwabena.mensah", "Kwabena Mensah");
    private final Persona lucia = cast.person("lucia.ferraro", "Lucia Ferraro");

    // --- C. a university spin-out's own server ---
    private final String cell = cast.guild(1363);
    private final Role team = cast.role("Team", "#1abc9c", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel ceNews = cast.channel(cell, "Cellwise Instruments", "announcements",
            "from the Cellwise team: firmware releases, shipping, events", "ce-announcements.json");
    private final Channel ceSupport = cast.channel(cell, "Cellwise Instruments", "support",
            "customers: questions about your CellWatch imager, its software and firmware; the team answers",
            "ce-support.json");
    private final Channel ceGallery = cast.channel(cell, "Cellwise Instruments", "image-gallery",
            "share time-lapses and images taken on your CellWatch", "ce-image-gallery.json");
    private final Channel ceGeneral = cast.channel(cell, "Cellwise Instruments", "general",
            "everything else, and questions if you're thinking of getting a CellWatch", "ce-general.json");
    private final Persona elspeth = cast.person("elspeth.carrow", "Elspeth Carrow", team);
    private final Persona ravi = cast.person("ravi.anand", "Ravi Anand", team);
    private final Persona mirela = cast.person("mirela.popescu", "Mirela Popescu", team);
    private final Persona sunita = cast.person("sunita.bhandari", "Sunita Bhandari", customer);
    private final Persona patrick = cast.person("patrick.oyelowo", "Patrick Oyelowo", customer);
    private final Persona hanna = cast.person("hanna.virtanen", "Hanna Virtanen", customer);
    private final Persona mateo = cast.person("mateo.guerrero", "Mateo Guerrero");
    private final Persona adaeze = cast.person("adaeze.nwosu", "Adaeze Nwosu");

    // --- D. lab managers and technicians ---
    private final String bench = cast.guild(1364);
    private final Channel lbBench = cast.channel(bench, "Bench Managers Network", "bench-talk",
            "lab managers and technicians: kit, orders, waste, training, the day-to-day running of a lab",
            "lb-bench-talk.json");
    private final Channel lbSuppliers = cast.channel(bench, "Bench Managers Network", "suppliers-corner",
            "suppliers' reps post their offers here; ask them about stock, prices and lead times",
            "lb-suppliers-corner.json");
    private final Channel lbSafety = cast.channel(bench, "Bench Managers Network", "safety-and-compliance",
            "COSHH, biosafety, inspections, waste audits", "lb-safety-and-compliance.json");
    private final Channel lbIntro = cast.channel(bench, "Bench Managers Network", "introductions",
            "new here? tell us your lab and what you look after", "lb-introductions.json");
    private final Persona yvonne = cast.person("yvonne.achterberg", "Yvonne Achterberg");
    private final Persona bartosz = cast.person("bartosz.wisniewski", "Bartosz Wisniewski");
    private final Persona fergus = cast.person("fergus.mcallister", "Fergus Mcallister");
    private final Persona shreya = cast.person("shreya.kulkarni", "Shreya Kulkarni");
    private final Persona leticia = cast.person("leticia.amaral", "Leticia Amaral");
    private final Persona declan = cast.person("declan.moriarty", "Declan Moriarty");
    private final Channel lbDm = cast.dm(declan, "dm-declan-moriarty.json");

    // --- E. scientific illustrators ---
    private final String figs = cast.guild(1365);
    private final Channel fsAsk = cast.channel(figs, "Figure Studio: Scientific Illustrators", "researchers-ask",
            "researchers ask about figures, posters and graphical abstracts, or look for an illustrator; "
                    + "illustrators answer", "fs-researchers-ask.json");
    private final Channel fsStudio = cast.channel(figs, "Figure Studio: Scientific Illustrators", "studio-chat",
            "illustrators among ourselves: software, rates, clients, the craft", "fs-studio-chat.json");
    private final Channel fsShow = cast.channel(figs, "Figure Studio: Scientific Illustrators", "portfolio-showcase",
            "show your own recent work, links welcome", "fs-portfolio-showcase.json");
    private final Channel fsJobs = cast.channel(figs, "Figure Studio: Scientific Illustrators", "commissions-board",
            "researchers post paid figure jobs with budget and deadline; illustrators reply with quotes",
            "fs-commissions-board.json");
    private final Persona marguerite = cast.person("marguerite.obi", "Marguerite Obi");
    private final Persona anders = cast.person("anders.kjeldsen", "Anders Kjeldsen");
    private final Persona tobias = cast.person("tobias.reinholt", "Tobias Reinholt");
    private final Persona celia = cast.person("celia.dunmore", "Celia Dunmore");
    private final Persona wen = cast.person("wen.zhao", "Wen Zhao");
    private final Persona efua = cast.person("efua.boateng", "Efua Boateng");
    private final Persona rosalind = cast.person("rosalind.petrie", "Rosalind Petrie");

    // --- F. research-development officers and funding advisers ---
    private final String grants = cast.guild(1366);
    private final Channel roCalls = cast.channel(grants, "Research Office Network", "funding-calls",
            "open funding calls, fellowships and deadlines with their pages: opportunities for academics",
            "ro-funding-calls.json");
    private final Channel roAsk = cast.channel(grants, "Research Office Network", "academics-ask",
            "academics ask about bids, budgets, costings and funder rules; officers and consultants answer",
            "ro-academics-ask.json");
    private final Channel roLounge = cast.channel(grants, "Research Office Network", "officers-lounge",
            "research officers and bid advisers among ourselves: workload, funders, the job",
            "ro-officers-lounge.json");
    private final Channel roIntro = cast.channel(grants, "Research Office Network", "introductions",
            "say hello: your university or practice, and what you look after", "ro-introductions.json");
    private final Persona philippa = cast.person("philippa.glendinning", "Philippa Glendinning");
    private final Persona oskar = cast.person("oskar.lindgren", "Oskar Lindgren");
    private final Persona beatriz = cast.person("beatriz.oliveira", "Beatriz Oliveira");
    private final Persona callum = cast.person("callum.strachan", "Callum Strachan");
    private final Persona hamid = cast.person("hamid.karimi", "Hamid Karimi");
    private final Persona nadia = cast.person("nadia.petrovic", "Nadia Petrovic");

    // --- G. citizen-science log transcribers ---
    private final String logs = cast.guild(1367);
    private final Role project = cast.role("Project Team", "#3498db", 1);
    private final Channel lgNews = cast.channel(logs, "Logbook Weather: Citizen Science", "project-news",
            "from the project team at the university: milestones, data releases, talks", "lg-project-news.json");
    private final Channel lgHelp = cast.channel(logs, "Logbook Weather: Citizen Science", "transcription-help",
            "stuck on handwriting, units or abbreviations in a log? ask here", "lg-transcription-help.json");
    private final Channel lgFinds = cast.channel(logs, "Logbook Weather: Citizen Science", "curious-finds",
            "share odd, moving or funny entries you found in the logs", "lg-curious-finds.json");
    private final Channel lgTally = cast.channel(logs, "Logbook Weather: Citizen Science", "weekly-tallies",
            "post how many pages you transcribed this week and cheer each other on", "lg-weekly-tallies.json");
    private final Persona isobel = cast.person("isobel.ferrante", "Isobel Ferrante", project);
    private final Persona gwilym = cast.person("gwilym.pritchard", "Gwilym Pritchard");
    private final Persona hyunwoo = cast.person("hyunwoo.seo", "Hyun-woo Seo");
    private final Persona marjorie = cast.person("marjorie.entwistle", "Marjorie Entwistle");
    private final Persona ricardo = cast.person("ricardo.almeida", "Ricardo Almeida");
    private final Persona beatrix = cast.person("beatrix.kowalski", "Beatrix Kowalski");
    private final Persona desmond = cast.person("desmond.achebe", "Desmond Achebe");

    // --- H. clinical-trial coordinators and research nurses ---
    private final String trials = cast.guild(1368);
    private final Channel tcProtocol = cast.channel(trials, "Trial Site Coordinators", "protocol-questions",
            "consent, eligibility, visit windows, SAE reporting: ask and answer", "tc-protocol-questions.json");
    private final Channel tcLounge = cast.channel(trials, "Trial Site Coordinators", "coordinators-lounge",
            "chat among ourselves: workload, sites, sponsors, rants", "tc-coordinators-lounge.json");
    private final Channel tcJobs = cast.channel(trials, "Trial Site Coordinators", "jobs-board",
            "research nurse and coordinator posts: sites and agencies post roles, members ask",
            "tc-jobs-board.json");
    private final Channel tcCpd = cast.channel(trials, "Trial Site Coordinators", "training-and-cpd",
            "courses, GCP refreshers and CPD: post your own or others'", "tc-training-and-cpd.json");
    private final Persona siobhan = cast.person("siobhan.gallagher", "Siobhan Gallagher");
    private final Persona adebayo = cast.person("adebayo.ogunleye", "Adebayo Ogunleye");
    private final Persona hilde = cast.person("hilde.brekke", "Hilde Brekke");
    private final Persona kamal = cast.person("kamal.haddad", "Kamal Haddad");
    private final Persona fenella = cast.person("fenella.ashcroft", "Fenella Ashcroft");
    private final Persona ruairi = cast.person("ruairi.dolan", "Ruairi Dolan");
    private final Channel tcDm = cast.dm(kamal, "dm-kamal-haddad.json");

    HeldOutScenes108Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        phds();
        rses();
        spinout();
        labManagers();
        illustrators();
        researchOffice();
        logbooks();
        trialSites();
    }

    private void phds() {
        // W42
        Post caMon = say(1, "09:00", taSprints, catriona, "Monday goal: finish the methods of chapter 3, the "
                + "sediment coring part. Two sessions, phone in the drawer.");
        Post caUgly = say(1, "12:30", taSprints, catriona, "Methods done apart from the grain-size paragraph. I have "
                + "rewritten one sentence eleven times.");
        Post joUgly = re(1, "12:40", jonas, caUgly, "Leave it ugly and move on, the edit pass is for sentences.");
        re(1, "12:45", catriona, joUgly, "Fair. Ugly it stays.");
        caMon.react("🔥", freya, tomasz);
        Post toSingular = say(2, "10:00", taStats, tomasz, "First-year question: lme4 says 'boundary (singular) fit' "
                + "on my urchin model. Site is the random effect and I only have four sites. What is it telling me?");
        Post prSingular = re(2, "10:40", priyanka, toSingular, "With four sites the model can't estimate a site "
                + "variance, so it squashes it to zero. Either make site a fixed effect or keep it random and say "
                + "the fit was singular.");
        Post toFixed = re(2, "11:10", tomasz, prSingular, "As a fixed effect the warning is gone and the other "
                + "estimates hardly moved. Is that a good sign?");
        Post prFixed = re(2, "11:30", priyanka, toFixed, "It is: site wasn't soaking much up. Report both versions "
                + "in the methods.");
        re(2, "11:35", tomasz, prFixed, "Will do.");
        Post frFreezer = say(2, "15:00", taField, freya, "Is the -80 in room 2.14 fixed yet? My kelp tissue is in "
                + "the one downstairs and that one keeps alarming.");
        Post olFreezer = re(2, "15:20", oluwaseun, frFreezer, "Fixed on Friday, they replaced a fan. Shelf 3 is "
                + "empty.");
        re(2, "15:25", freya, olFreezer, "Moving them now, thank you.");
        say(3, "09:00", taSprints, catriona, "Wednesday: grain-size paragraph, then start on results. Aim 800 "
                + "words.");
        Post ca740 = say(3, "16:00", taSprints, catriona, "740 words. Close enough, off to the pool.");
        re(3, "16:10", jonas, ca740, "740 is a proper day.");
        Post toFan = say(4, "10:00", taStats, tomasz, "Back again, sorry. My residuals fan out as the fitted values "
                + "get bigger. Should I log the response?");
        Post prFan = re(4, "10:30", priyanka, toFan, "Are they counts? Then don't log them, fit a negative binomial "
                + "GLMM instead. glmmTMB does it.");
        Post toNb = re(4, "11:00", tomasz, prFan, "Urchins per quadrat, so yes. nbinom2 and the residuals look calm "
                + "now, the DHARMa checks pass too.");
        Post prNb = re(4, "11:15", priyanka, toNb, "Textbook. Nice work.");
        Post frCruise = say(5, "11:00", taField, freya, "Reminder: I'm on the research cruise from tomorrow until "
                + "Sunday the 26th, no signal past the shelf edge. If anyone needs something from my samples, "
                + "Oluwaseun knows where everything is.");
        Post olSquid = re(5, "11:20", oluwaseun, frCruise, "Good luck out there. Bring us back a squid.");
        re(5, "11:30", freya, olSquid, "Only if it fits in a falcon tube.");
        say(5, "15:00", taSprints, catriona, "Friday: results has a skeleton. Weekend off, properly off.");
        re(5, "16:00", tomasz, prNb, "Wrote both models up today. Thanks for the patience this week.");
        // W43
        say(8, "09:00", taSprints, catriona, "New week. First half of results, figures 3 and 4 described.");
        Post joScript = say(8, "09:30", taStats, jonas, "@Oluwaseun Adeyemi could I borrow your R script for the "
                + "core age-depth models? Mine is a mess and I think you used rbacon for yours?");
        Post toPredict = say(8, "10:00", taStats, tomasz, "How do I get predictions with confidence intervals out of "
                + "glmmTMB? predict() gives me no standard errors.");
        Post prPredict = re(8, "10:30", priyanka, toPredict, "predict(model, newdata, se.fit = TRUE), or the "
                + "ggeffects package does it and draws the plot for you.");
        re(8, "11:00", tomasz, prPredict, "ggeffects worked first time, and the plot beats the one I drew by hand.");
        Post caLabels = say(10, "11:00", taField, catriona, "@Freya Lindqvist are the tissue boxes on shelf 3 "
                + "labelled by site or by date? I need to shift one for the defrost.");
        Post olLabels = re(10, "11:30", oluwaseun, caLabels, "She's at sea till the 26th. They're by site, I helped "
                + "her move them.");
        re(10, "11:40", catriona, olLabels, "Perfect, thanks.");
        Post caFig4 = say(10, "14:00", taSprints, catriona, "Figures 3 and 4 described. Figure 4 still looks wrong "
                + "to me.");
        re(10, "14:30", jonas, caFig4, "Put it in stats-help tomorrow and I'll have a look.");
        Post caLoess = say(11, "10:00", taStats, catriona, "Figure 4: biomass against depth with a loess line, and it "
                + "wiggles at the deep end where I only have three points. Is it honest to show that?");
        Post joLoess = re(11, "10:20", jonas, caLoess, "Stop the smoother where the data thin out, or shade that "
                + "stretch. Three points can't carry a curve.");
        re(11, "10:30", catriona, joLoess, "Shading it. Thanks Jonas.");
        Post toLrt = say(11, "11:00", taStats, tomasz, "Small one: when I drop a term, do I report AIC or a "
                + "likelihood ratio test?");
        Post prLrt = re(11, "11:25", priyanka, toLrt, "Either, but pick one and stick with it. For nested models "
                + "the LRT is the natural choice.");
        re(11, "11:40", tomasz, prLrt, "LRT then, and I'll say why in a footnote.");
        Post caDryer = say(12, "09:00", taField, catriona, "Does anyone know how to book the freeze-dryer now the "
                + "paper sheet has gone?");
        Post toDryer = re(12, "09:15", tomasz, caDryer, "It's on the facilities booking page now, under Chemistry "
                + "shared kit. I booked it last week, your university login works.");
        re(12, "09:20", catriona, toDryer, "Found it. Cheers Tomasz.");
        // W44
        say(15, "09:00", taSprints, catriona, "Week three of results. Today: an outline of the discussion.");
        say(15, "13:00", taSprints, catriona, "Outline done. It is mostly questions to myself.");
        Post olScript = re(16, "09:00", oluwaseun, joScript, "Sorry @Jonas Weidmann, I completely missed this. The "
                + "script is on the group drive under cores/age-depth, the bacon settings are in its header.");
        re(16, "09:20", jonas, olScript, "Found it, and the header notes are gold. Thanks.");
        Post toAppendix = say(16, "11:00", taStats, tomasz, "Is it fine to put the full model tables in an appendix "
                + "and only the effect plots in the main text?");
        Post joAppendix = re(16, "11:30", jonas, toAppendix, "That's what our lab does in theses, and examiners like "
                + "the plots up front.");
        re(16, "11:40", tomasz, joAppendix, "Great, that's how I'll lay it out.");
        re(17, "10:00", freya, caLabels, "Only seeing this now I'm back on land: by site, and Oluwaseun had it "
                + "right.");
        Post frBack = say(17, "10:30", taField, freya, "Back on land. 41 kelp cores, all labelled, and shelf 3 of "
                + "the downstairs -80 is now mostly me.");
        re(17, "10:40", oluwaseun, frBack, "Welcome back. Still no squid, I see.");
        Post caSuper = say(18, "09:00", taSprints, catriona, "Discussion, first 1000 words. Supervisor meeting on "
                + "Friday and I'm terrified.");
        re(18, "09:30", freya, caSuper, "You'll be fine, you've written more this month than I have all year.");
        Post caLiked = say(19, "15:00", taSprints, catriona, "She liked it! Two pages of comments but mostly small "
                + "ones.");
        caLiked.react("🎉", jonas, freya, tomasz, priyanka);
    }

    private void rses() {
        // W42
        Post heFree = say(1, "09:30", rsShop, henrik, "Going freelance properly this year. The hard part isn't the "
                + "code, I need more research groups as clients now the two university contracts have ended.");
        Post aoFree = re(1, "09:50", aoife, heFree, "Brave. The grant cycle makes it lumpy, I've watched two friends "
                + "try it.");
        Post heLumpy = re(1, "10:05", henrik, aoFree, "Lumpy is the word. I'm pricing per project rather than per "
                + "day, which helps.");
        re(1, "10:20", aoife, heLumpy, "Per project is kinder to the grant budgets too.");
        say(1, "11:00", rsJobs, henrik, "Freelance RSE taking contracts from November: Python and Rust performance "
                + "work, pipelines, packaging for research groups. solbergcode.example");
        Post inNetcdf = say(2, "09:00", rsAsk, ingrid, "My Python script reads 40 years of river gauge netCDF files "
                + "and takes six hours. Is there a quicker way?");
        Post aoNetcdf = re(2, "09:40", aoife, inNetcdf, "Almost certainly. xarray's open_mfdataset with dask will "
                + "read them in parallel, and check you aren't opening each file inside a loop.");
        Post inLoop = re(2, "10:30", ingrid, aoNetcdf, "I was opening each file in a loop. Down to 25 minutes "
                + "already.");
        inLoop.react("🔥", aoife, rahul);
        Post raRust = say(2, "14:00", rsShop, rahul, "Anyone using PyO3 for the hot loops in a Python package? "
                + "Wondering if it's worth the build pain.");
        Post heRust = re(2, "14:20", henrik, raRust, "Worth it with maturin, the build pain is mostly gone. I moved "
                + "a particle tracker over last year, 30x faster.");
        Post raWheels = re(2, "14:40", rahul, heRust, "And wheels for the cluster? We've got an ancient glibc.");
        re(2, "15:00", henrik, raWheels, "Build manylinux2014 wheels in CI and it runs on the old nodes fine.");
        Post joConf = say(3, "13:00", rsShop, joost, "Who's going to the RSE conference in Utrecht? We could do a "
                + "dinner.");
        Post heConf = re(3, "13:20", henrik, joConf, "I'm in, giving a talk on testing numerical code.");
        re(3, "13:30", joost, heConf, "Great, put me down for the front row.");
        Post aoTests = say(4, "10:00", rsShop, aoife, "How do people test stochastic simulations? Fixed seeds feel "
                + "like cheating.");
        Post heTests = re(4, "10:15", henrik, aoTests, "Fixed seeds for regression tests, statistical tests on the "
                + "distributions for the science. Two kinds of test for two questions.");
        Post joTests = re(4, "10:30", joost, heTests, "Same here, and we run the statistical ones nightly, not on "
                + "every push.");
        re(4, "10:45", henrik, joTests, "Nightly is sensible, they're slow.");
        Post kwCite = say(5, "15:00", rsAsk, kwabena, "How do I make my code citable? My supervisor wants a DOI for "
                + "it in the thesis.");
        Post raRates = say(5, "16:00", rsShop, rahul, "Henrik, what do you charge, roughly? Asking for a friend "
                + "who's thinking of leaving the university.");
        Post heRates = re(5, "16:20", henrik, raRates, "Depends on the project, but a week of work lands around "
                + "£3k. Tell your friend to charge more than they think.");
        re(5, "16:30", rahul, heRates, "Ha, I'll pass that on.");
        Post inData = say(6, "10:00", rsAsk, ingrid, "Is there a sensible way to version big data files alongside "
                + "the code? Git chokes on our gauge archive.");
        say(6, "11:00", rsShop, henrik, "Anyone else find the worst part of freelancing is the unpaid scoping "
                + "calls?");
        // W43
        Post aoCite = re(8, "09:00", aoife, kwCite, "Connect the GitHub repo to Zenodo and every release gets a DOI. "
                + "Add a CITATION.cff file so people know how to cite it.");
        re(8, "09:30", kwabena, aoCite, "Done, and my supervisor is delighted.");
        Post joPoetry = say(8, "11:00", rsShop, joost, "Poetry or uv for new projects? I'm tired of lockfile fights.");
        Post hePoetry = re(8, "11:15", henrik, joPoetry, "uv. Everything is faster and the lockfiles behave.");
        Post aoPoetry = re(8, "11:30", aoife, hePoetry, "uv here too, but our users still pip install from a README.");
        re(8, "11:45", henrik, aoPoetry, "That's what the README is for. Keep both working.");
        Post raData = re(8, "12:00", rahul, inData, "Keep the data out of git: DVC or git-annex track it and store "
                + "the files on the university's object store.");
        re(8, "12:30", ingrid, raData, "DVC looks right for us, thanks.");
        Post luLaptop = say(9, "10:00", rsAsk, lucia, "Our R pipeline only runs on one person's laptop. How do we "
                + "make it run anywhere?");
        Post heScope = say(9, "14:00", rsShop, henrik, "Had a lab ask me to scope a whole rewrite and then vanish. "
                + "How do you lot handle that?");
        Post raScope = re(9, "14:20", rahul, heScope, "Charge for the scoping once it's more than an hour.");
        re(9, "14:40", henrik, raScope, "Going to start doing that.");
        Post joRenv = re(10, "09:00", joost, luLaptop, "renv to pin the packages, then a Docker image or a Rocker "
                + "container if the cluster allows it. targets helps if the steps are tangled.");
        re(10, "09:30", lucia, joRenv, "renv is already half the battle, thanks Joost.");
        Post joOutput = say(10, "13:00", rsShop, joost, "Does anyone's university count software as a research "
                + "output yet?");
        Post heOutput = re(10, "13:20", henrik, joOutput, "Mine never did, it's one reason I left.");
        Post joSlowly = re(10, "13:40", joost, heOutput, "Ours is starting to, slowly.");
        re(10, "13:50", henrik, joSlowly, "Slowly is still progress.");
        Post inFortran = say(11, "09:00", rsAsk, ingrid, "Why would my Fortran model give slightly different answers "
                + "on the cluster than on my desktop? Same inputs, same code.");
        Post raHiring = say(11, "10:00", rsJobs, rahul, "We're hiring two RSEs at Northfield, fixed-term three "
                + "years, hybrid: northfield-uni.example/jobs/rse-2031");
        Post heHiring = re(11, "10:30", henrik, raHiring, "Does Northfield take contractors as well, or posts "
                + "only?");
        re(11, "11:00", rahul, heHiring, "Posts only for this one, sorry.");
        Post aoBurn = say(11, "15:00", rsShop, aoife, "Third person this month asking us to 'just make it faster' "
                + "with no profiling. Do you push back?");
        Post heBurn = re(11, "15:20", henrik, aoBurn, "Always profile first. Half the time it's I/O, not the maths.");
        re(11, "15:40", aoife, heBurn, "Going to print that and stick it on the door.");
        Post joVisa = say(12, "10:00", rsShop, joost, "Dinner in Utrecht is booked for Thursday the 30th, 8 people.");
        re(12, "10:20", henrik, joVisa, "Perfect, I land that afternoon.");
        Post heVat = say(13, "11:00", rsShop, henrik, "Invoice question: anyone got a template that handles VAT for "
                + "EU universities?");
        Post aoVat = re(13, "11:20", aoife, heVat, "Ask Joost, he invoices Dutch ones.");
        Post joVat = re(13, "11:40", joost, aoVat, "Reverse-charge line and their VAT number, that's all it needs.");
        re(13, "12:00", henrik, joVat, "Perfect, thanks both.");
        Post aoFortran = re(13, "09:00", aoife, inFortran, "Different compilers or flags, most likely. Floating-point "
                + "order changes with optimisation; -O3 and -ffast-math can reorder sums.");
        re(13, "09:40", ingrid, aoFortran, "The cluster build uses -ffast-math! That explains a lot.");
        // W44
        Post inFlags = re(15, "09:00", ingrid, aoFortran, "Follow-up: without -ffast-math it's 40% slower. Is there a "
                + "middle way?");
        Post heFlags = re(15, "10:00", henrik, inFlags, "Try -O3 without fast-math but with -march=native, and "
                + "vectorise the inner loop by hand if the profiler says it's hot. You keep reproducible sums and "
                + "win most of the speed back.");
        re(15, "10:30", ingrid, heFlags, "Most of the speed is back. Thank you, Henrik.");
        Post luContract = say(16, "11:00", rsAsk, lucia, "@Henrik Solberg do you take on contracts? Our group has a "
                + "little money left this year to get the pipeline containerised properly. Do you have a site?");
        Post heContract = re(16, "11:30", henrik, luContract, "I do, rates are at solbergcode.example. Happy to "
                + "scope it on a short call first, no charge for that one.");
        re(16, "12:00", lucia, heContract, "Lovely, I'll email you this week.");
    }

    private void spinout() {
        // W42
        Post miFw = say(1, "09:00", ceNews, mirela, "Firmware 2.3 is out: steadier CO2 readings and a new "
                + "condensation warning. Update from the Settings page, it takes about four minutes.");
        miFw.react("👍", sunita, hanna);
        Post haExport = say(1, "14:00", ceSupport, hanna, "Is there a way to get the time-lapse out as a video, not "
                + "a TIFF stack? My supervisor wants it for a talk.");
        Post raExport = re(1, "14:30", ravi, haExport, "Yes: Export, then Movie, and pick MP4. If you need it in "
                + "Fiji later, keep the TIFFs too.");
        re(1, "14:50", hanna, raExport, "Found it, the MP4 looks great.");
        Post haCells = say(2, "10:00", ceGallery, hanna, "48 hours of fibroblasts closing a scratch wound, every 10 "
                + "minutes. Taken on the CellWatch in our incubator.");
        Post suCells = re(2, "10:30", sunita, haCells, "Beautiful migration front. What seeding density?");
        re(2, "10:45", hanna, suCells, "30,000 per well in a 24-well plate.");
        haCells.react("😍", mirela, patrick);
        Post suSent = say(3, "11:00", ceGeneral, sunita, "We've had ours since the beta and it hasn't missed a night. "
                + "I sent the Whitfield lab your way after their seminar, they're looking at two.");
        Post elSent = re(3, "11:30", elspeth, suSent, "Sunita, that's so kind, thank you. Beta users like you shaped "
                + "half of what it does now.");
        re(3, "11:40", sunita, elSent, "It earned it.");
        Post paFocus = say(3, "15:00", ceSupport, patrick, "The autofocus hunts for a few seconds on every frame with "
                + "our thin coverslips. Any setting for that?");
        Post miFocus = re(3, "15:20", mirela, paFocus, "Set the coverslip thickness to 0.13 in Plate Setup and turn "
                + "on 'focus from previous frame'. It stops hunting.");
        re(3, "15:45", patrick, miFocus, "Both done, no more hunting. Thank you.");
        Post raLeave = say(5, "10:00", ceNews, ravi, "I'm on leave Monday 20th to Friday 24th. Elspeth and Mirela "
                + "will pick up support while I'm away.");
        raLeave.react("👍", hanna);
        // W43
        joins(8, "08:30", ceGeneral, mateo);
        Post maPrice = say(8, "09:00", ceGeneral, mateo, "Hi, I run a small stem-cell lab at Linfield. What does a "
                + "CellWatch cost, and does it fit a standard Binder incubator?");
        Post elPrice = re(8, "09:20", elspeth, maPrice, "Hi Mateo! It fits Binder C150s and most others. The base "
                + "unit is £6,900, the two-channel fluorescence version £9,400, academic prices.");
        Post maDemo = re(8, "10:00", mateo, elPrice, "Could I see it running before I ask for the money?");
        Post elDemo = re(8, "10:15", elspeth, maDemo, "Of course. I can bring one to Linfield next week, or do a "
                + "live video demo from our lab: would Wednesday suit?");
        re(8, "10:30", mateo, elDemo, "Wednesday at 2 is good.");
        Post paDrift = say(8, "11:00", ceSupport, patrick, "@Elspeth Carrow since Ravi's away: after the 2.3 update "
                + "our incubator reading drifts up to 38.5C overnight. Should we roll back the firmware?");
        joins(9, "09:00", ceGeneral, adaeze);
        Post adConf = say(9, "09:30", ceGeneral, adaeze, "Hello, we spoke at the Glasgow imaging meeting! Elspeth, "
                + "you said there's an organoid protocol?");
        Post elConf = re(9, "09:50", elspeth, adConf, "Adaeze, great to see you here! Yes, I'll send it today. How "
                + "big are your organoids by day 10?");
        Post adSize = re(9, "10:30", adaeze, elConf, "Around 500 microns.");
        re(9, "10:45", elspeth, adSize, "Then the 4x lens is what you want. Protocol is on its way.");
        Post haKey = say(9, "14:00", ceSupport, hanna, "The analysis software says my licence expires on Friday. "
                + "Do I need a new key?");
        Post miKey = re(9, "14:20", mirela, haKey, "Renewed it from our side, restart the software and it's fine "
                + "until next October.");
        re(9, "14:30", hanna, miKey, "Sorted, thanks Mirela.");
        Post maWed = say(10, "15:00", ceGeneral, mateo, "Thanks for the demo. Does the fluorescence version do "
                + "GFP and mCherry at the same time?");
        Post elWed = re(10, "15:20", elspeth, maWed, "Both channels, yes, switched per frame. I'll send a formal "
                + "quote with the academic discount tomorrow.");
        re(10, "15:40", mateo, elWed, "Perfect.");
        Post elGlasgow = say(10, "16:00", ceGeneral, elspeth, "Lovely to meet so many of you at the Glasgow imaging "
                + "meeting. If you came by the stand and haven't said hello here yet, do!");
        elGlasgow.react("🙌", adaeze, mateo);
        Post paAgain = re(10, "17:00", patrick, paDrift, "Still drifting last night, we've moved the organoids to "
                + "the other incubator for now.");
        Post elDrift = re(11, "14:00", elspeth, paDrift, "Patrick, I'm so sorry this sat for three days. Please "
                + "roll back to 2.2 from Settings, then Firmware history. We think the new condensation check "
                + "heats the sensor; Mirela is testing a fix.");
        re(11, "14:30", patrick, elDrift, "Rolled back, temperature's steady. Thanks.");
        // W44
        Post raBack = say(15, "09:00", ceSupport, ravi, "Back from leave. @Patrick Oyelowo Mirela's fix for the "
                + "drift is in 2.3.1, out today. Would you try it on one incubator first and tell me how it goes?");
        Post paFixed = re(16, "09:00", patrick, raBack, "Two nights on 2.3.1, steady at 37.0. Looks fixed.");
        re(16, "09:30", ravi, paFixed, "Brilliant, thanks for testing.");
        say(15, "12:00", ceNews, mirela, "Firmware 2.3.1 fixes the overnight temperature drift some of you saw with "
                + "2.3. If you rolled back to 2.2, it's safe to update now.");
        Post maOrder = say(16, "11:00", ceGeneral, mateo, "Our purchase order for the fluorescence version went in "
                + "today!");
        Post elOrder = re(16, "11:20", elspeth, maOrder, "Wonderful, thank you Mateo. Ravi will be in touch about "
                + "installation dates.");
        Post raModel = re(16, "11:40", ravi, maOrder, "@Mateo Guerrero I'll be in touch this week about "
                + "installation. Which incubator model is it going into?");
        re(16, "12:10", mateo, raModel, "A Binder C170, the newer one.");
        Post suTwo = say(17, "10:00", ceGeneral, sunita, "Whitfield lab ordered their two. I'll take my thanks "
                + "in cake.");
        Post elCake = re(17, "10:20", elspeth, suTwo, "Cake is coming, Sunita. Thank you for sending them.");
        re(17, "10:30", sunita, elCake, "I'll hold you to it.");
        Post haPhase = say(18, "14:00", ceSupport, hanna, "Can I get phase contrast on the base unit, or is it "
                + "brightfield only?");
        Post raPhase = re(18, "14:20", ravi, haPhase, "Brightfield only on the base unit, but the digital phase "
                + "option in the software gets you close. Turn it on under Processing.");
        re(18, "14:40", hanna, raPhase, "That's good enough for counting, thanks.");
        Post adOrg = say(19, "11:00", ceGallery, adaeze, "First organoid run with the protocol Elspeth sent, day 10.");
        Post el4x = re(19, "11:30", elspeth, adOrg, "They look lovely and round. Did you use the 4x?");
        re(19, "12:00", adaeze, el4x, "The 4x, every 30 minutes. Worked first time.");
    }

    private void labManagers() {
        // W42
        Post baAutoclave = say(1, "08:30", lbBench, bartosz, "Autoclave is showing E14 and won't start a cycle. "
                + "Anyone seen that?");
        Post yvAutoclave = re(1, "09:00", yvonne, baAutoclave, "E14 is the door seal sensor on the Priorclaves. "
                + "Wipe the seal and the sensor with water, no ethanol, and reseat the door. If it comes back, "
                + "estates need to replace the sensor.");
        Post yvEstates = re(1, "11:00", yvonne, baAutoclave, "@Bartosz Wisniewski did you log it with estates "
                + "anyway? They want the error code on the ticket so they can bring the part.");
        Post baLn2 = say(2, "10:00", lbBench, bartosz, "How do you order liquid nitrogen here? The old form link is "
                + "dead.");
        Post feLn2 = re(2, "10:20", fergus, baLn2, "It moved to the stores portal, under Gases. Orders by Tuesday "
                + "noon come on Thursday.");
        re(2, "10:30", bartosz, feLn2, "ok");
        Post shTips = say(2, "14:00", lbSuppliers, shreya, "Any reps got a cheaper source of filter tips? We go "
                + "through forty boxes a month.");
        Post deTips = re(2, "14:30", declan, shTips, "Kestrel's own-brand filter tips are £3.10 a box at 40+ boxes, "
                + "racked and sterile: kestrellab.example/filter-tips. Happy to send samples first.");
        Post shSamples = re(2, "15:00", shreya, deTips, "Samples would be great, send them to the Garrod building.");
        re(2, "15:10", declan, shSamples, "On their way tomorrow.");
        Post yvCoshh = say(3, "09:00", lbSafety, yvonne, "Reminder that COSHH assessments for anything new must be "
                + "signed before it comes out of stores. The audit is in November.");
        Post feCoshh = re(3, "09:30", fergus, yvCoshh, "Is the new template the one from September or the old "
                + "one?");
        re(3, "09:45", yvonne, feCoshh, "September's, the old one lacks the disposal section.");
        Post baGel = say(4, "10:00", lbBench, bartosz, "Gel doc software says licence expired. Who deals with "
                + "that?");
        Post yvGel = re(4, "10:30", yvonne, baGel, "Research IT hold the licences. Raise a ticket under Scientific "
                + "Software and mention the serial on the back of the imager.");
        re(4, "11:00", bartosz, yvGel, "thx");
        say(5, "09:00", lbSuppliers, declan, "Kestrel's November offers are up, mostly plasticware and gloves: "
                + "kestrellab.example/offers");
        // W43
        Post leHello = say(8, "09:00", lbIntro, leticia, "Hi all, I'm Leticia, new technician in a plant science "
                + "lab at Hollins. The lab is brand new, so I'm setting it up almost from scratch.");
        Post yvHello = re(8, "09:20", yvonne, leHello, "Welcome Leticia! Setting up from scratch is a great way to "
                + "learn where everything lives. Ask anything.");
        re(8, "09:30", leticia, yvHello, "Thank you, I will!");
        Post leWaste = say(8, "11:00", lbBench, leticia, "First question: who collects clinical waste from a brand "
                + "new lab? Nobody seems to have us on a list.");
        Post yvWaste = re(8, "11:20", yvonne, leWaste, "Estates waste team. Email them your room numbers and ask to "
                + "be added to the Tuesday round.");
        re(8, "11:40", leticia, yvWaste, "Emailed, they've added us from next week.");
        Post deDm = at(9, "08:30").in(lbDm).say(declan, "Hi Leticia, saw your intro. Our new-lab starter bundle is "
                + "£340 instead of £425 this month: pipettes, tips, racks and tubes. Grab 15 minutes with me here "
                + "and I'll walk you through it: kestrellab.example/book-declan");
        say(9, "10:00", lbSuppliers, declan, "Setting up a new lab? Starter bundle, £340 this month only: "
                + "kestrellab.example/new-lab-bundle");
        say(9, "10:20", lbBench, declan, "New lab starter bundle for anyone setting up this term, £340: "
                + "kestrellab.example/new-lab-bundle");
        say(9, "15:00", lbSafety, declan, "Safety starts with the right kit. Our new-lab bundle includes a spill "
                + "kit: kestrellab.example/new-lab-bundle");
        Post leIce = say(9, "11:00", lbBench, leticia, "Where does everyone get ice? Our building doesn't have an "
                + "ice machine.");
        Post baIce = re(9, "11:15", bartosz, leIce, "Ground floor of the Garrod building, next to the goods lift. "
                + "Bring a box, not a bucket, the door's narrow.");
        re(9, "11:30", leticia, baIce, "Ha, noted. Thanks!");
        at(10, "09:00").in(lbDm).reply(leticia, deDm, "Thanks, but our purchasing goes through the framework "
                + "supplier. Maybe later in the year.");
        Post lePipettes = say(10, "10:00", lbBench, leticia, "Should new pipettes be calibrated before first use, or "
                + "is the factory certificate enough?");
        Post shPipettes = re(10, "10:30", shreya, lePipettes, "The certificate is fine to start with. Put them on "
                + "the annual calibration list from the date of purchase.");
        re(10, "10:45", leticia, shPipettes, "That's easy then, thank you.");
        Post deEnds = say(11, "09:00", lbBench, declan, "Last call, the new-lab bundle offer ends Sunday. DM me for "
                + "the full price list.");
        Post feFridge = say(11, "14:00", lbSafety, fergus, "Flammables fridge in our corridor failed its check. Does "
                + "anyone know a supplier who certifies them?");
        Post deFridge = re(11, "14:30", declan, feFridge, "Our service team certifies spark-free fridges, usually "
                + "within a fortnight. I can put you in touch.");
        re(11, "14:45", fergus, deFridge, "Please do, send me their email.");
        Post baDry = say(12, "10:00", lbBench, bartosz, "Anyone know if dry ice can go in the normal cold room? "
                + "Delivery came early.");
        Post yvDry = re(12, "10:15", yvonne, baDry, "No, it needs ventilation. Leave it in its box in the "
                + "corridor store, never a sealed room.");
        re(12, "10:25", bartosz, yvDry, "Moved it. And sorry, I never answered about the autoclave: I did log it, "
                + "the sensor was replaced last week.");
        // W44
        Post shAudit = say(15, "09:00", lbSafety, shreya, "Waste audit checklist from last year, for anyone who "
                + "hasn't seen one: most of it is labelling and the sharps bins.");
        re(15, "09:30", leticia, shAudit, "Really useful for a new lab, thanks.");
        Post leCal = say(16, "10:00", lbBench, leticia, "How often do people service their biosafety cabinets? "
                + "Ours is brand new.");
        Post deCal = re(16, "10:30", declan, leCal, "Yearly inspection and an airflow test is the usual, sooner if "
                + "the alarm goes. Your estates team may already have a contract covering it.");
        re(16, "10:45", leticia, deCal, "They do, I checked. Thanks Declan.");
        Post feStores = say(17, "12:00", lbBench, fergus, "Stores closing at 3 on Friday for the stocktake.");
        feStores.react("👍", yvonne, bartosz, shreya);
        Post yvTraining = say(18, "09:00", lbBench, yvonne, "Running autoclave training for new starters on "
                + "Thursday at 10, Garrod basement. @Leticia Amaral you'd be welcome.");
        re(18, "09:30", leticia, yvTraining, "Yes please, I'll be there.");
        Post baTemp = say(19, "10:00", lbBench, bartosz, "Anyone have a spare data logger for the -20 while ours is "
                + "away for calibration?");
        Post feTemp = re(19, "10:30", fergus, baTemp, "Lend you one till Monday.");
        re(19, "10:40", bartosz, feTemp, "Cheers Fergus, I'll bring it back Monday morning.");
        Post shLogger = say(19, "14:00", lbBench, shreya, "Which brand of data logger do people like? Ours keep "
                + "losing their clocks.");
        Post baLogger = re(19, "14:30", bartosz, shLogger, "We switched to the ones with a replaceable battery, the "
                + "clock only drifts when the battery's low.");
        re(19, "14:45", shreya, baLogger, "Makes sense, I'll look for those.");
    }

    private void illustrators() {
        // W42
        Post maAffinity = say(1, "10:00", fsStudio, marguerite, "Has anyone moved their figure work from Illustrator "
                + "to Affinity? Journals keep asking for layered EPS and I'm nervous.");
        Post anAffinity = re(1, "10:30", anders, maAffinity, "Two years now. EPS export is fine, just outline the "
                + "fonts first or the journal's system swaps them.");
        re(1, "10:45", marguerite, anAffinity, "Outline the fonts, got it. Thanks Anders.");
        Post weAbstract = say(2, "09:00", fsAsk, wen, "What size should a graphical abstract be? The journal just "
                + "says 'landscape'.");
        Post maAbstract = re(2, "09:30", marguerite, weAbstract, "Most Elsevier titles want 1328 by 531 pixels at "
                + "least, readable at 5 by 13 cm. One clear left-to-right story, almost no text.");
        re(2, "09:45", wen, maAbstract, "That's so much clearer than the author guide, thank you.");
        say(3, "10:00", fsShow, tobias, "My scientific figure template pack is out: 120 icons, poster layouts and "
                + "colour-blind palettes. scifigkit.example/pack");
        say(3, "14:00", fsStudio, tobias, "Finally launched the figure pack I've been making all summer! "
                + "scifigkit.example/pack");
        say(3, "18:00", fsAsk, tobias, "Researchers: save hours on your next paper's figures with my template "
                + "pack. scifigkit.example/pack");
        Post roCover = say(4, "11:00", fsAsk, rosalind, "Marguerite drew our graphical abstract last year and the "
                + "journal used it as the cover. I've sent two colleagues her way since.");
        Post maCover = re(4, "11:30", marguerite, roCover, "Rosalind, that made my week. How is the follow-up paper "
                + "going?");
        re(4, "12:00", rosalind, maCover, "In review, fingers crossed. You'll be the first to know.");
        Post wePortfolio = say(5, "10:00", fsAsk, wen, "@Marguerite Obi do you have a portfolio link? I'd love to see "
                + "your cell biology work before I ask you about a figure.");
        Post maPortfolio = re(5, "10:20", marguerite, wePortfolio, "Of course: margueriteobi.example/cell-biology. "
                + "The mitochondria series is the closest to what you described.");
        re(5, "10:40", wen, maPortfolio, "Gorgeous. I'll put a job on the commissions board next week.");
        Post anRates = say(5, "15:00", fsStudio, anders, "How do you all price revisions? I keep doing round four "
                + "for free.");
        Post maRates = re(5, "15:20", marguerite, anRates, "Two rounds included, then an hourly rate. It's in the "
                + "quote before I start.");
        re(5, "15:40", anders, maRates, "Writing that into my next quote.");
        // W43
        Post ceHello = say(8, "09:00", fsStudio, celia, "Hello! Celia here, just went freelance after six years on "
                + "a journal's art desk. Glad to find you all.");
        Post maHello = re(8, "09:20", marguerite, ceHello, "Welcome Celia! Art desk experience is gold, you'll know "
                + "exactly what editors reject.");
        re(8, "09:40", celia, maHello, "Mostly pixelated western blots, honestly.");
        say(8, "10:00", fsShow, celia, "Some recent work from the art desk and since: covers, schematics, a "
                + "protein-folding series. celiadunmore.example");
        Post weHeat = say(9, "10:00", fsAsk, wen, "What's the best way to make a heatmap colour-blind friendly? Our "
                + "red-green one got flagged by a reviewer.");
        Post anHeat = re(9, "10:20", anders, weHeat, "Use viridis or cividis, they're even in brightness so they "
                + "survive greyscale too. Avoid rainbow scales entirely.");
        re(9, "10:40", wen, anHeat, "Cividis it is, thanks.");
        re(9, "11:00", tobias, weHeat, "viridis or cividis. My pack has ready-made palettes for both, 25% off this "
                + "week with code FIGS25: scifigkit.example/pack");
        joins(10, "09:00", fsAsk, efua);
        Post efDraft = say(11, "10:00", fsAsk, efua, "Reviewers called our pathway schematic confusing. Does this "
                + "read clearly to you? Draft: efuaboateng.example/draft-fig1.png");
        Post anDraft = re(11, "10:40", anders, efDraft, "It reads right to left, which fights the eye. Put the "
                + "receptor on the left, use one arrow style for activation and another for inhibition, and drop "
                + "the legend into the picture. If you'd rather hand it off, I redraw figures like this for about "
                + "£180.");
        re(11, "11:00", efua, anDraft, "The direction point is so obvious now you say it. I'll try the fixes myself "
                + "first.");
        say(11, "15:00", fsStudio, tobias, "Last two days of 25% off the pack, code FIGS25. scifigkit.example/pack");
        Post ceTablet = say(12, "10:00", fsStudio, celia, "Which tablet do you use for line work? My old Intuos is "
                + "dying.");
        Post anTablet = re(12, "10:20", anders, ceTablet, "Intuos Pro medium. I tried a screen tablet and my neck "
                + "hated it.");
        Post maTablet = re(12, "10:30", marguerite, ceTablet, "iPad and Procreate for sketches, then vectors on the "
                + "desktop.");
        re(12, "10:50", celia, maTablet, "Both very helpful, I'll try the iPad route first.");
        Post toPoster = say(12, "14:00", fsStudio, tobias, "Anyone know how to stop Inkscape mangling fonts in PDF "
                + "export?");
        Post ceFonts = re(12, "14:20", celia, toPoster, "Convert text to paths before export, or embed the fonts "
                + "in the PDF settings.");
        re(12, "14:40", tobias, ceFonts, "Embedding worked. Thanks Celia.");
        // W44
        Post weJob = say(15, "09:00", fsJobs, wen, "Paid job: three figures for a review article on T-cell "
                + "exhaustion. Budget £600, needed by 24 November. Reply with a quote.");
        Post ceJob = re(15, "09:40", celia, weJob, "I can do all three for £550 by the 21st, with two rounds of "
                + "changes. Recent schematics: celiadunmore.example");
        Post maJob = re(15, "10:00", marguerite, weJob, "I'd love to, but I'm full until December. Celia's "
                + "schematics are lovely.");
        Post weChoose = re(16, "09:00", wen, ceJob, "Going with you Celia, I'll send the outline tonight.");
        re(16, "09:20", celia, weChoose, "Wonderful, looking forward to it.");
        maJob.react("❤️", celia);
        Post efDone = re(17, "10:00", efua, anDraft, "Redrew it left to right with your arrow idea and the "
                + "reviewers accepted it! Thank you.");
        re(17, "10:30", anders, efDone, "Great news, congratulations.");
        Post toColour = say(18, "11:00", fsStudio, tobias, "Anyone doing CMYK proofs for posters anymore, or is "
                + "everything printed from RGB now?");
        Post anColour = re(18, "11:20", anders, toColour, "Most university print rooms take RGB PDFs now. I only "
                + "proof for journal covers.");
        re(18, "11:40", tobias, anColour, "Good to know, saves me a step.");
        Post roPaper = say(19, "12:00", fsAsk, rosalind, "Follow-up paper accepted! @Marguerite Obi could you do the "
                + "abstract again, early next year?");
        Post maPaper = re(19, "12:30", marguerite, roPaper, "Congratulations! Yes, gladly. January works well for "
                + "me.");
        re(19, "12:45", rosalind, maPaper, "January it is.");
    }

    private void researchOffice() {
        // W42
        say(1, "09:00", roCalls, philippa, "Leverhulme Research Project Grants, outline stage, rolling deadline: "
                + "leverhulme-grants.example/rpg");
        say(1, "14:00", roCalls, philippa, "British Academy Small Research Grants open, up to £10k, closes 19 "
                + "November: ba-grants.example/small");
        say(1, "11:00", roCalls, philippa, "ERC Starting Grants 2032 work programme published, deadline expected "
                + "mid-October next year: erc-funding.example/stg-2032");
        Post naBa = say(2, "09:00", roAsk, nadia, "First-time applicant: for the BA small grants, can I pay a "
                + "research assistant, or only my own travel and costs?");
        Post caBa = re(2, "09:40", callum, naBa, "You can pay an RA, but the panel looks hard at whether the hours "
                + "match the tasks. Spell out what they'll do each month and it reads as value, not padding.");
        Post naMonth = re(2, "10:10", nadia, caBa, "A monthly plan, that's really helpful. Is a Gantt chart "
                + "overkill for £10k?");
        re(2, "10:30", callum, naMonth, "A small table is enough. Save the Gantt for the big ones.");
        say(2, "15:00", roCalls, philippa, "Wellcome Discovery Awards, next deadline 4 February, early chats with "
                + "your research office recommended: wellcome-funding.example/discovery");
        Post osFte = say(3, "10:00", roLounge, oskar, "Anyone else getting academics who put themselves at 2% FTE "
                + "on a three-year project? Funders are starting to query it.");
        Post beFte = re(3, "10:20", beatriz, osFte, "All the time. We now refuse under 5% unless there's a reason "
                + "written down.");
        Post caFte = re(3, "10:40", callum, beFte, "The panels I sit near read under 5% as 'name on the bid only'.");
        re(3, "11:00", oskar, caFte, "That's exactly the line I'll use.");
        re(3, "11:20", philippa, osFte, "We ask for a sentence in the case for support justifying anything under "
                + "10%. It stops the argument before it starts.");
        say(3, "15:00", roCalls, philippa, "Royal Society International Exchanges, closes 12 November, up to "
                + "£12k: royalsoc-grants.example/exchanges");
        say(4, "10:00", roCalls, philippa, "NIHR Research for Patient Benefit, stage 1 closes 26 November: "
                + "nihr-funding.example/rfpb");
        say(4, "14:00", roCalls, philippa, "UKRI Policy Fellowships 2032 announced, briefing webinar on the 29th: "
                + "ukri-funding.example/policy-fellows");
        Post naOverheads = say(5, "10:00", roAsk, nadia, "Why does my costing tool show the total as more than the "
                + "funder will pay? Have I done something wrong?");
        Post beOverheads = re(5, "10:30", beatriz, naOverheads, "No, that's full economic cost: the funder pays 80% "
                + "and the university covers the rest. Your budget to them is the 80% column.");
        re(5, "10:45", nadia, beOverheads, "That explains the panic, thank you!");
        say(5, "15:00", roCalls, philippa, "Nuffield Foundation Research Grants, outline deadline 8 December: "
                + "nuffield-grants.example/research");
        Post phQuiet = say(5, "16:00", roLounge, philippa, "Calls channel is up to date for the month. Tell me if I "
                + "missed one you've spotted.");
        re(5, "16:30", oskar, phQuiet, "You never do, but thank you.");
        // W43
        Post haResub = say(8, "10:00", roAsk, hamid, "Callum reviewed our ESRC bid last spring and it got funded, "
                + "I've pointed two colleagues in my department to him since. @Callum Strachan would you have room "
                + "to look at our Leverhulme resubmission in February?");
        Post caPanels = say(8, "11:00", roLounge, callum, "Busy month. Three bids in review and two more being "
                + "drafted, I'm living on coffee.");
        Post osPanels = re(8, "11:20", oskar, caPanels, "Same here, the autumn rounds all landed at once.");
        re(8, "11:40", callum, osPanels, "At least the Leverhulme outlines are short.");
        say(8, "14:00", roCalls, philippa, "AHRC Research Networking scheme open, up to £45k: "
                + "ahrc-funding.example/networking");
        Post beImpact = say(9, "09:00", roLounge, beatriz, "How are people handling the new impact summary? The "
                + "guidance is two lines long.");
        Post caImpact = re(9, "09:30", callum, beImpact, "I treat it as the first paragraph of the pathway: who "
                + "benefits, how they'll hear, by when.");
        Post osImpact = re(9, "09:50", oskar, caImpact, "Stealing 'who, how, when'.");
        re(9, "10:00", callum, osImpact, "Steal away.");
        Post naPi = say(9, "14:00", roAsk, nadia, "Can I be PI on a network grant if my contract ends before the "
                + "project does?");
        Post osPi = re(9, "14:30", oskar, naPi, "Usually only if the university confirms it will extend your "
                + "contract to cover it. Ask HR for a letter now, it takes weeks.");
        re(9, "14:45", nadia, osPi, "Emailing HR today.");
        Post caWorkload = say(10, "10:00", roLounge, callum, "Do any of your universities cap how many bids one "
                + "academic can submit a year?");
        Post beCap = re(10, "10:30", beatriz, caWorkload, "We cap at two as PI for the big councils, demand "
                + "management.");
        re(10, "10:45", callum, beCap, "Interesting, that explains some of my clients' timing.");
        say(10, "15:00", roCalls, philippa, "Reminder: Royal Society International Exchanges closes in 16 days.");
        Post osLetters = say(11, "10:00", roLounge, oskar, "Letters of support: does anyone still insist on "
                + "letterhead and a wet signature?");
        Post caLetters = re(11, "10:20", callum, osLetters, "A PDF on letterhead is fine for every funder I've "
                + "worked with this year.");
        re(11, "10:30", oskar, caLetters, "Good, I'll tell the physics lot.");
        Post caResub = re(12, "09:00", callum, haResub, "Hamid, I'm sorry this waited four days. Yes, February "
                + "works, and thank you for sending people my way. Send me the panel feedback when you have it.");
        re(12, "09:30", hamid, caResub, "Will do, it's three pages of it.");
        // W44
        Post naOsk = say(16, "10:00", roAsk, nadia, "@Oskar Lindgren do the overheads go on the FEC line or "
                + "separately for a Wellcome award?");
        Post beOsk = re(16, "10:15", beatriz, naOsk, "Wellcome doesn't pay overheads at all, so leave that line "
                + "at zero and the university absorbs it.");
        Post osOsk = re(16, "11:00", oskar, naOsk, "Beatriz is right. It surprises everyone the first time.");
        re(16, "11:20", nadia, osOsk, "It did surprise me, thanks both.");
        Post naDraft = say(17, "10:00", roAsk, nadia, "Would anyone read my one-page case for support? I've "
                + "rewritten the opening three times.");
        Post caDraft = re(17, "10:30", callum, naDraft, "Send it over, happy to give it a read for free. Opening "
                + "lines are where most of them stall.");
        Post naSent = re(17, "11:00", nadia, caDraft, "Sent, thank you!");
        Post caNotes = re(18, "09:00", callum, naSent, "Notes back to you: lead with the problem, not the method, "
                + "and cut the first paragraph.");
        re(18, "09:30", nadia, caNotes, "Cutting the first paragraph made it so much stronger.");
        say(18, "10:00", roCalls, philippa, "EPSRC New Investigator Awards, open call, no deadline: "
                + "epsrc-funding.example/new-investigator");
        Post haFeedback = say(19, "14:00", roAsk, hamid, "Callum, panel feedback is in your inbox. The main "
                + "complaint was the sample size.");
        re(19, "14:30", callum, haFeedback, "Got it, reading tonight. Sample size is very fixable.");
    }

    private void logbooks() {
        // W42
        Post isMilestone = say(1, "09:00", lgNews, isobel, "We passed 200,000 transcribed observations over the "
                + "weekend! The 1870s Arctic logs are now complete, thank you all.");
        isMilestone.react("🎉", gwilym, marjorie, ricardo, desmond);
        say(1, "10:00", lgTally, gwilym, "Last week: 64 pages of HMS Valorous, 1875. Her captain wrote the "
                + "barometer to three decimals, bless him.");
        Post riFahr = say(1, "14:00", lgHelp, ricardo, "In the Dundee whaler logs, is the temperature column "
                + "Fahrenheit? Some readings look too warm for the Davis Strait.");
        Post isFahr = re(1, "14:30", isobel, riFahr, "Fahrenheit, yes. Warm ones are often taken below decks by "
                + "the stove: type what's written and tick 'query'.");
        re(1, "14:45", ricardo, isFahr, "Ticking query, makes sense.");
        say(2, "09:00", lgFinds, gwilym, "Valorous, 3 June 1875: 'Saw a bear on the floe, the men very anxious to "
                + "shoot it, the bear more anxious to leave.'");
        say(2, "18:00", lgFinds, gwilym, "Same log, next day: 'Fog. Fog. Fog.' Three lines, nothing else.");
        Post riAbbr = say(2, "11:00", lgHelp, ricardo, "What does 'b.c.m.' mean in the weather column?");
        Post maAbbr = re(2, "11:20", marjorie, riAbbr, "Blue sky, clouds, mist: the Beaufort letters. There's a "
                + "list pinned in the help pages.");
        Post riList = re(2, "11:40", ricardo, maAbbr, "Found the list. I was reading it as a name. Is 'q' squally?");
        re(2, "11:50", marjorie, riList, "Squally, yes.");
        say(3, "10:00", lgFinds, gwilym, "A surgeon's note in the margin: 'Mr Harker's toe is no better.' We never "
                + "learn what became of the toe.");
        Post deToe = say(3, "10:30", lgFinds, desmond, "The toe mystery is the best thing I've read all week.");
        Post gwToe = re(3, "10:45", gwilym, deToe, "I'll keep reading in case it turns up.");
        Post hySeo = say(3, "20:00", lgTally, hyunwoo, "41 pages this week, all from the Eclipse, 1873.");
        hySeo.react("👏", gwilym, marjorie);
        Post gwInk = say(4, "09:00", lgHelp, gwilym, "The ink has faded to nothing on pages 88-92 of the Diana log. "
                + "Skip them, or type what I can guess?");
        Post riInk = re(4, "09:20", ricardo, gwInk, "Isobel told me to mark faded lines 'illegible' rather than "
                + "guess, it keeps the data honest.");
        re(4, "09:30", gwilym, riInk, "Illegible it is.");
        Post riLat = say(5, "10:00", lgHelp, ricardo, "Latitude written as '74.10' – is that decimal or degrees and "
                + "minutes?");
        Post isLat = re(5, "10:30", isobel, riLat, "Degrees and minutes: 74 degrees 10 minutes. Decimal came much "
                + "later.");
        re(5, "10:40", ricardo, isLat, "Of course, it's a ship, not a spreadsheet.");
        say(5, "15:00", lgFinds, gwilym, "Valorous crossing the Arctic Circle: 'Crew given an extra allowance of "
                + "rum in honour of the occasion.'");
        say(6, "11:00", lgTally, marjorie, "37 pages. Slow week, grandchildren visiting.");
        say(6, "19:00", lgTally, gwilym, "This week: 70 pages, a personal best.");
        say(7, "10:00", lgFinds, gwilym, "Found a pressed flower between pages 120 and 121 of the scan. Someone "
                + "loved that book.");
        // W43
        joins(9, "09:00", lgHelp, beatrix);
        Post bxHello = say(9, "09:30", lgHelp, beatrix, "Hi, just started! The handwriting in my first log is "
                + "impossible. Any tips for beginners?");
        Post riHello = re(9, "09:50", ricardo, bxHello, "Welcome! Start with a later log, the 1880s clerks wrote "
                + "more neatly. And zoom to 150%, it helps more than you'd think.");
        re(9, "10:10", beatrix, riHello, "150% made a huge difference, thank you.");
        say(10, "20:00", lgFinds, hyunwoo, "Made a timelapse of me transcribing a whole 1873 log in one sitting! "
                + "Please subscribe and like, every sub helps the channel: vidtube.example/@hyunwoologs");
        say(11, "21:00", lgTally, hyunwoo, "58 pages this week and the timelapse is up, please like and subscribe: "
                + "vidtube.example/@hyunwoologs");
        Post maBook = say(12, "10:00", lgFinds, marjorie, "@Desmond Achebe what was your book about the Dundee "
                + "whalers called again? My husband wants it for Christmas.");
        Post deBook = re(12, "10:30", desmond, maBook, "That's kind! Ice and Oil: the Dundee Whalers, 1850-1914. "
                + "desmondachebe.example/ice-and-oil");
        re(12, "10:45", marjorie, deBook, "Ordered, he'll be thrilled.");
        Post isTalk = say(13, "10:00", lgNews, isobel, "I'm giving a public talk on what the logs tell us about "
                + "Arctic sea ice on 30 October, in the university's Hutton Lecture Theatre and online.");
        isTalk.react("👍", marjorie, desmond, ricardo);
        Post gwRum = say(13, "11:00", lgFinds, gwilym, "The rum allowance again, this time for a birthday.");
        Post riRum = re(13, "11:20", ricardo, gwRum, "Whose birthday?");
        re(13, "11:30", gwilym, riRum, "The ship's cat, apparently.");
        Post bxUnits = say(14, "14:00", lgHelp, beatrix, "The barometer here says 29.84 – is that inches?");
        Post gwUnits = re(14, "14:20", gwilym, bxUnits, "Inches of mercury, yes. The millibar only arrived in "
                + "1914.");
        re(14, "14:30", beatrix, gwUnits, "Thanks Gwilym!");
        // W44
        Post isRelease = say(15, "09:00", lgNews, isobel, "The first data release from the 1870s logs is out, with "
                + "every volunteer named in the acknowledgements.");
        isRelease.react("❤️", gwilym, beatrix, marjorie, hyunwoo);
        Post hyFog = say(16, "12:00", lgFinds, hyunwoo, "Eclipse log, 1873: they sounded the foghorn every two "
                + "minutes for eleven hours.");
        Post maFog = re(16, "12:30", marjorie, hyFog, "Poor souls, and poor ears.");
        re(16, "12:45", hyunwoo, maFog, "The cook's note says he slept through it all.");
        Post deTalk = say(17, "18:00", lgNews, desmond, "Is the talk on the 30th being recorded? I can't get to "
                + "the city that day.");
        Post isRec = re(17, "18:30", isobel, deTalk, "Yes, it goes up on the project page a few days later.");
        re(17, "18:40", desmond, isRec, "Perfect, thank you.");
        Post bxWind = say(18, "10:00", lgHelp, beatrix, "Wind written as 'WSW 5' – do I type the 5 in the force "
                + "column?");
        Post riWind = re(18, "10:15", ricardo, bxWind, "Yes, force column, Beaufort number. The direction goes "
                + "in its own box.");
        re(18, "10:25", beatrix, riWind, "Got it, thanks Ricardo.");
        say(20, "10:00", lgTally, beatrix, "First full week: 22 pages!");
        say(20, "11:00", lgTally, gwilym, "61 pages, and the Valorous is home to Portsmouth.");
        Post isThanks = say(21, "16:00", lgNews, isobel, "Thank you to everyone who came to the talk. Lots of "
                + "questions about volunteering, so expect some new faces.");
        isThanks.react("🙌", gwilym, ricardo);
    }

    private void trialSites() {
        // W42
        Post adWindow = say(1, "09:00", tcProtocol, adebayo, "Visit window question: the protocol says day 28 plus "
                + "or minus 3. If day 31 is a bank holiday, is day 32 a deviation?");
        Post siWindow = re(1, "09:30", siobhan, adWindow, "Yes, strictly. Bring it forward to day 27 or 28 if you "
                + "can, and if not, log the deviation with the reason. Sponsors prefer honest to creative.");
        re(1, "09:45", adebayo, siWindow, "Day 27 it is, the patient's free.");
        Post hiQuery = say(1, "14:00", tcLounge, hilde, "The sponsor has raised 140 data queries on one site this "
                + "month. Is that normal for a phase 3?");
        Post siQuery = re(1, "14:30", siobhan, hiQuery, "Not for a settled site. Ask the monitor which fields; if "
                + "it's the same three, a training call fixes most of it.");
        re(1, "14:50", hilde, siQuery, "Same four fields, it turns out. Booking the call.");
        joins(2, "08:30", tcLounge, ruairi);
        Post ruHello = say(2, "09:00", tcLounge, ruairi, "Hi all, Ruairi, trial coordinator in oncology in Belfast. "
                + "Moving to Leeds in January and looking for a coordinator post there, if anyone hears of one.");
        Post siHello = re(2, "09:20", siobhan, ruHello, "Welcome Ruairi! Keep an eye on the jobs board, Leeds posts "
                + "come up every few weeks.");
        re(2, "09:40", ruairi, siHello, "Will do, thanks.");
        say(2, "11:00", tcJobs, kamal, "Meridian Clinical Staffing is placing: band 6 coordinator, respiratory "
                + "trials, Leeds, from January. Details: meridianstaffing.example/jobs/leeds-b6");
        Post kaDm = at(3, "10:00").in(tcDm).say(kamal, "Hi Ruairi, saw you're after a Leeds post from January. We're "
                + "placing a band 6 coordinator at Leeds Teaching Hospitals, respiratory trials, around £38k. Happy "
                + "to send the details, or book a call: meridianstaffing.example/book");
        Post ruDm = at(3, "12:00").in(tcDm).reply(ruairi, kaDm, "That's good timing, please send the details. Is it "
                + "hybrid at all?");
        at(3, "12:30").in(tcDm).reply(kamal, ruDm, "Two days from home after the first month. Details on their way "
                + "by email.");
        Post ruConsent = say(3, "14:00", tcProtocol, ruairi, "If a patient loses capacity partway through a trial, "
                + "do we stop, or does a consultee take over?");
        Post siConsent = re(3, "14:30", siobhan, ruConsent, "Depends what the ethics approval says. Most of ours "
                + "allow a personal consultee to advise; check the protocol's capacity section before anything "
                + "else.");
        re(3, "14:45", ruairi, siConsent, "Found the section, it does allow one. Thank you.");
        Post feGcp = say(4, "10:00", tcCpd, fenella, "Next live GCP refresher dates: 12 and 26 November, two "
                + "hours online, £45. ashcroftgcp.example/refresher");
        Post hiSae = say(4, "11:00", tcProtocol, hilde, "Is a planned hospital admission for a pre-existing "
                + "condition an SAE?");
        Post adSae = re(4, "11:20", adebayo, hiSae, "Usually not, if it was planned before consent and the protocol "
                + "excludes elective admissions. Document it either way.");
        re(4, "11:30", hilde, adSae, "Excluded, yes. Documenting it.");
        // W43
        say(8, "08:00", tcLounge, hilde, "MHRA draft guidance on decentralised trials is out for consultation: "
                + "mhra-news.example/dct-consultation");
        say(8, "12:00", tcLounge, hilde, "HRA approval times for October: median 41 days. "
                + "hra-stats.example/october");
        say(9, "08:00", tcLounge, hilde, "ICH E6(R3) training slides from the EMA webinar: "
                + "ema-webinars.example/e6r3-slides");
        say(9, "13:00", tcLounge, hilde, "NIHR recruitment league tables updated. nihr-data.example/league-2031");
        say(10, "08:00", tcLounge, hilde, "Another one on eConsent: trials-news.example/econsent-review");
        say(10, "15:00", tcLounge, hilde, "Ethics committee meeting dates for 2032 published.");
        say(11, "09:00", tcLounge, hilde, "Sponsor audit findings summary for the year: "
                + "mhra-news.example/inspection-findings");
        say(12, "08:00", tcLounge, hilde, "Good read on coordinator burnout: trials-news.example/burnout");
        say(12, "16:00", tcLounge, hilde, "The new SAE form template is now in the shared drive.");
        say(13, "10:00", tcLounge, hilde, "EU CTR transition deadline reminder: ema-news.example/ctr-transition");
        say(14, "09:00", tcLounge, hilde, "Weekend reading on patient and public involvement. "
                + "ppi-news.example/guide");
        Post adRef = say(8, "10:00", tcCpd, adebayo, "Can anyone recommend a GCP refresher that isn't six hours "
                + "of slides? Mine expires in December.");
        Post feRef = re(8, "10:30", fenella, adRef, "I run one, two hours live online, £45: "
                + "ashcroftgcp.example/refresher. The NIHR e-learning one is free and fine too if budget's tight.");
        re(8, "11:00", adebayo, feRef, "Booked your 12 November one, the live format suits me.");
        Post ruDelegation = say(9, "10:00", tcProtocol, ruairi, "Does the delegation log need updating when a "
                + "coordinator only covers for a week?");
        Post siDelegation = re(9, "10:30", siobhan, ruDelegation, "Yes, every person doing a delegated task, "
                + "however short. Sign them off the day they stop.");
        re(9, "10:45", ruairi, siDelegation, "Good to know before my first monitoring visit.");
        Post kaLeeds = say(10, "11:00", tcJobs, kamal, "Research nurse, band 6, cardiology trials, Sheffield, "
                + "start December: meridianstaffing.example/jobs/sheffield-rn");
        kaLeeds.react("👀", ruairi);
        Post adMonitor = say(11, "10:00", tcProtocol, adebayo, "Monitor wants source data for every ECG printed and "
                + "signed. Is that usual?");
        Post feMonitor = re(11, "10:30", fenella, adMonitor, "It's common, but the trace itself is the source; the "
                + "signature just shows it was reviewed. Agree the format in the monitoring plan.");
        re(11, "10:45", adebayo, feMonitor, "We'll raise it at the next visit, thanks.");
        Post ruInterview = say(12, "11:00", tcJobs, ruairi, "Got an interview for the Leeds respiratory post! Any "
                + "tips for a coordinator interview?");
        Post siInterview = re(12, "11:30", siobhan, ruInterview, "They'll ask about a deviation you handled. Have one "
                + "ready, what happened and what you changed.");
        re(12, "11:45", ruairi, siInterview, "I've a good one from last year, thank you!");
        // W44
        Post siHilde = say(15, "09:00", tcLounge, siobhan, "@Hilde Brekke thanks for all the links last week. Was "
                + "the burnout piece the one from the nursing journal?");
        Post hiHilde = re(15, "10:00", hilde, siHilde, "That one, yes. The comments under it were the best part.");
        re(15, "10:20", siobhan, hiHilde, "Reading them now.");
        Post ruJob = say(16, "14:00", tcJobs, ruairi, "Offered the Leeds job! Start 12 January.");
        Post kaJob = re(16, "14:30", kamal, ruJob, "Congratulations Ruairi, they were impressed.");
        re(16, "14:45", ruairi, kaJob, "Thanks for putting me forward, Kamal.");
        ruJob.react("🎉", siobhan, adebayo, hilde, fenella);
        say(17, "10:00", tcCpd, fenella, "December GCP refresher dates added: 3 and 10 December, £45. "
                + "ashcroftgcp.example/refresher");
        Post adEcrf = say(18, "10:00", tcProtocol, adebayo, "How do people handle an eCRF that won't accept a "
                + "valid lab value outside its range?");
        Post hiEcrf = re(18, "10:20", hilde, adEcrf, "Enter it, let it fire the query and answer the query with "
                + "the source. Never round it to fit.");
        re(18, "10:35", adebayo, hiEcrf, "Thanks, that's what I'll tell the new starter.");
        Post hiFlu = say(19, "12:00", tcLounge, hilde, "Anyone else's site doing flu jabs for staff this week?");
        Post feFlu = re(19, "12:20", fenella, hiFlu, "Ours was yesterday. Arm's still sore.");
        re(19, "12:30", hilde, feFlu, "Mine's Thursday, I'll report back.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes108Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 108");
    }
}
