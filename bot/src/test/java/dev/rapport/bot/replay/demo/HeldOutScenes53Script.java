package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 53 (sealed): eight communities of online work and learning (freelance copywriters with a client-leads
 * room, self-taught developers' study group where nobody sells, an online spreadsheet course's own server with its
 * staff, virtual assistants with a room where business owners ask for help, video-essay creators with a rough-cuts
 * room, a remote workers' virtual coworking server, online tutors with a parents' corner, independent newsletter
 * writers with a swaps room), over three ISO weeks (2027-W27 to W29), written and labelled by writer53 (session 35)
 * before any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-53.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes53Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 7, 5);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 7, 26, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-53";

    // --- A. freelance copywriters ---
    private final String inkwell = cast.guild(801);
    private final Channel acDesk = cast.channel(inkwell, "Inkwell Freelance Copy", "the-desk",
            "general chat for freelance copywriters", "ac-the-desk.json");
    private final Channel acNew = cast.channel(inkwell, "Inkwell Freelance Copy", "new-faces",
            "introduce yourself: who you are and what you write", "ac-new-faces.json");
    private final Channel acLeads = cast.channel(inkwell, "Inkwell Freelance Copy", "client-leads",
            "clients post briefs here; copywriters reply with availability and rates", "ac-client-leads.json");
    private final Channel acSwipe = cast.channel(inkwell, "Inkwell Freelance Copy", "swipe-file",
            "copy you admired in the wild: drop links to ads, emails and landing pages worth a read",
            "ac-swipe-file.json");
    private final Channel acRed = cast.channel(inkwell, "Inkwell Freelance Copy", "red-pen",
            "post a piece, ask for honest notes", "ac-red-pen.json");
    private final Persona priya = cast.person("priya.raman", "Priya Raman");
    private final Persona leah = cast.person("leah.okafor", "Leah Okafor");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wrobel");
    private final Persona nadia = cast.person("nadia.writes", "Nadia Haddad");
    private final Persona grant = cast.person("grant.pellow", "Grant Pellow");
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho");
    private final Persona declan = cast.person("declan.r", "Declan Rourke");
    private final Persona seun = cast.person("seun.bello", "Seun Bello");
    private final Channel acDmGrant = cast.dm(grant, "dm-grant-pellow.json");

    // --- B. self-taught developers' study group (nobody sells) ---
    private final String commit = cast.guild(802);
    private final Channel bStand = cast.channel(commit, "Commit Club", "standup",
            "one line a day: what you're learning today", "cc-standup.json");
    private final Channel bStuck = cast.channel(commit, "Commit Club", "stuck",
            "error messages, broken builds, confusing docs: ask away", "cc-stuck.json");
    private final Channel bShelf = cast.channel(commit, "Commit Club", "bookshelf",
            "tutorials, docs and articles worth reading", "cc-bookshelf.json");
    private final Channel bLounge = cast.channel(commit, "Commit Club", "off-by-one",
            "everything else", "cc-off-by-one.json");
    private final Persona amara = cast.person("amara.codes", "Amara Nwosu");
    private final Persona jonas = cast.person("jonas.reuter", "Jonas Reuter");
    private final Persona mei = cast.person("meilin.dev", "Mei Lin");
    private final Persona oskar = cast.person("oskar.l", "Oskar Lindahl");
    private final Persona farah = cast.person("farah.sid", "Farah Siddiqui");
    private final Persona diego = cast.person("diego.paredes", "Diego Paredes");

    // --- C. an online spreadsheet course's own server ---
    private final String gridwise = cast.guild(803);
    private final Role gwStaff = cast.role("Staff", "#2e86de", 2);
    private final Channel cTeam = cast.channel(gridwise, "Gridwise Academy", "from-the-team",
            "course news and updates from the Gridwise team", "gw-from-the-team.json");
    private final Channel cHelp = cast.channel(gridwise, "Gridwise Academy", "lesson-help",
            "stuck on a lesson? post here and a TA will reply", "gw-lesson-help.json");
    private final Channel cLounge = cast.channel(gridwise, "Gridwise Academy", "student-lounge",
            "chat with other students", "gw-student-lounge.json");
    private final Channel cGallery = cast.channel(gridwise, "Gridwise Academy", "sheet-gallery",
            "show off your own sheets and dashboards", "gw-sheet-gallery.json");
    private final Persona henrik = cast.person("henrik.aalto", "Henrik Aalto", gwStaff);
    private final Persona chioma = cast.person("chioma.eze", "Chioma Eze", gwStaff);
    private final Persona rosa = cast.person("rosa.delgado", "Rosa Delgado", gwStaff);
    private final Persona anjali = cast.person("anjali.r", "Anjali Rao");
    private final Persona pablo = cast.person("pablo.ruiz", "Pablo Ruiz");
    private final Persona vikram = cast.person("vikram.sethi", "Vikram Sethi");
    private final Persona marek = cast.person("marek.novak", "Marek Novak");
    private final Persona ingrid = cast.person("ingrid.s", "Ingrid Solberg");

    // --- D. virtual assistants ---
    private final String vac = cast.guild(804);
    private final Channel dBack = cast.channel(vac, "The VA Collective", "back-office",
            "for virtual assistants: tools, rates and moans", "va-back-office.json");
    private final Channel dNeed = cast.channel(vac, "The VA Collective", "need-a-hand",
            "business owners: say what you need help with, VAs reply with their offer", "va-need-a-hand.json");
    private final Channel dTools = cast.channel(vac, "The VA Collective", "tools-talk",
            "apps, automations and workflows", "va-tools-talk.json");
    private final Channel dNew = cast.channel(vac, "The VA Collective", "hellos",
            "introduce yourself: who you are and what you help with", "va-hellos.json");
    private final Persona lucy = cast.person("lucy.brennan", "Lucy Brennan");
    private final Persona yetunde = cast.person("yetunde.a", "Yetunde Adeyemi");
    private final Persona rhea = cast.person("rhea.kapoor", "Rhea Kapoor");
    private final Persona bianca = cast.person("bianca.moretti", "Bianca Moretti");
    private final Persona dominika = cast.person("dominika.w", "Dominika Wolska");
    private final Persona graham = cast.person("graham.pike", "Graham Pike");
    private final Persona carmen = cast.person("carmen.ib", "Carmen Ibáñez");
    private final Persona harriet = cast.person("harriet.c", "Harriet Coombs");

    // --- E. video-essay creators ---
    private final String longform = cast.guild(805);
    private final Channel eHall = cast.channel(longform, "Long Form Club", "main-hall",
            "the club's main room: chat about making video essays", "lf-main-hall.json");
    private final Channel eCuts = cast.channel(longform, "Long Form Club", "rough-cuts",
            "post a draft or a cut, ask for honest notes, give some back", "lf-rough-cuts.json");
    private final Channel ePrem = cast.channel(longform, "Long Form Club", "premieres",
            "announce your own new uploads here, one post per video", "lf-premieres.json");
    private final Channel eCollab = cast.channel(longform, "Long Form Club", "collab-board",
            "looking for a narrator, editor, co-host? post it here", "lf-collab-board.json");
    private final Persona saoirse = cast.person("saoirse.q", "Saoirse Quinn");
    private final Persona theo = cast.person("theo.lambert", "Theo Lambert");
    private final Persona priyanka = cast.person("priyanka.s", "Priyanka Shah");
    private final Persona mateo = cast.person("mateo.gallardo", "Mateo Gallardo");
    private final Persona ayo = cast.person("ayo.adebayo", "Ayo Adebayo");
    private final Persona kyle = cast.person("kyle.brandt", "Kyle Brandt");
    private final Persona jun = cast.person("jun.park", "Jun Park");

    // --- F. remote workers' virtual coworking ---
    private final String den = cast.guild(806);
    private final Channel fSess = cast.channel(den, "Deep Work Den", "sessions",
            "post when you start a focus block and what you're on", "dw-sessions.json");
    private final Channel fCooler = cast.channel(den, "Deep Work Den", "water-cooler",
            "breaks, chat, remote life", "dw-water-cooler.json");
    private final Channel fSetup = cast.channel(den, "Deep Work Den", "desk-setups",
            "chairs, desks, screens, and questions about them", "dw-desk-setups.json");
    private final Persona yuki = cast.person("yuki.tanaka", "Yuki Tanaka");
    private final Persona preston = cast.person("preston.hale", "Preston Hale");
    private final Persona elena = cast.person("elena.petrova", "Elena Petrova");
    private final Persona kofi = cast.person("kofi.mensah", "Kofi Mensah");
    private final Persona ngozi = cast.person("ngozi.obi", "Ngozi Obi");
    private final Persona lars = cast.person("lars.eriksen", "Lars Eriksen");

    // --- G. online tutors ---
    private final String staffroom = cast.guild(807);
    private final Channel gStaff = cast.channel(staffroom, "Tutor Staffroom", "staffroom",
            "for tutors: pricing, resources, tricky students, moans", "tu-staffroom.json");
    private final Channel gParents = cast.channel(staffroom, "Tutor Staffroom", "parents-corner",
            "parents and students: ask for a tutor or ask about tutoring; tutors reply with availability",
            "tu-parents-corner.json");
    private final Channel gSheets = cast.channel(staffroom, "Tutor Staffroom", "worksheets",
            "share and ask for teaching resources", "tu-worksheets.json");
    private final Channel gFirst = cast.channel(staffroom, "Tutor Staffroom", "first-day",
            "new here? introduce yourself", "tu-first-day.json");
    private final Persona samuel = cast.person("samuel.osei", "Samuel Osei");
    private final Persona wendy = cast.person("wendy.marsh", "Wendy Marsh");
    private final Persona callum = cast.person("callum.fraser", "Callum Fraser");
    private final Persona aarav = cast.person("aarav.m", "Aarav Mehta");
    private final Persona ruth = cast.person("ruth.alcott", "Ruth Alcott");
    private final Persona deborah = cast.person("deborah.f", "Deborah Fisch");
    private final Persona aisha = cast.person("aisha.begum", "Aisha Begum");
    private final Persona lina = cast.person("lina.sato", "Lina Sato");

    // --- H. independent newsletter writers ---
    private final String letterbox = cast.guild(808);
    private final Channel hLobby = cast.channel(letterbox, "The Letterbox", "letterbox-lobby",
            "general chat for independent newsletter writers", "lb-letterbox-lobby.json");
    private final Channel hSwaps = cast.channel(letterbox, "The Letterbox", "rec-swaps",
            "find a recommendation swap partner: post your list size and niche", "lb-rec-swaps.json");
    private final Channel hGrowth = cast.channel(letterbox, "The Letterbox", "growth-questions",
            "subscribers, open rates, pricing: ask the room", "lb-growth-questions.json");
    private final Channel hFresh = cast.channel(letterbox, "The Letterbox", "fresh-issues",
            "your latest issue, one post each, no chat", "lb-fresh-issues.json");
    private final Persona hannah = cast.person("hannah.wilde", "Hannah Wilde");
    private final Persona rupert = cast.person("rupert.vance", "Rupert Vance");
    private final Persona marisa = cast.person("marisa.costa", "Marisa Costa");
    private final Persona gus = cast.person("gus.lindgren", "Gus Lindgren");
    private final Persona zainab = cast.person("zainab.h", "Zainab Haidari");
    private final Persona ilse = cast.person("ilse.vd", "Ilse van Dijk");

    HeldOutScenes53Script() {
        super(new SceneIds(40400), FIRST_MONDAY, 21);
        copywriters();
        studyGroup();
        spreadsheetCourse();
        virtualAssistants();
        videoEssays();
        coworking();
        tutors();
        newsletters();
    }

    /** A. Freelance copywriters: a newcomer's introduction, a client's briefs, a coach who sells to everyone. */
    private void copywriters() {
        // W27.
        Post tweaks = say(1, "09:10", acDesk, tomasz, "morning all. anyone else find Mondays are when every client "
                + "remembers they need 'just a quick tweak'?");
        re(1, "09:25", priya, tweaks, "every single week 😂 I've started batching tweaks for Tuesday afternoons");
        re(1, "09:40", declan, tweaks, "batching is the way. also charging for rounds past two, changed my life");
        say(1, "11:00", acSwipe, leah, "this subject line is perfect, four words and I opened it instantly "
                + "https://mailsnaps.example/archive/oat-milk-launch");
        say(1, "11:03", acSwipe, leah, "and a landing page that explains a boring product without one buzzword "
                + "https://pagecatalog.example/p/invoicing-tool");
        say(1, "16:00", acDesk, grant, "hey all, Grant here. I coach copywriters on landing clients, been at it 9 "
                + "years");
        Post nadiaHi = say(2, "08:30", acNew, nadia, "Hi everyone! I'm Nadia, just went freelance after four years "
                + "writing in-house for a travel company. mostly web copy and emails. portfolio's here if anyone's "
                + "curious: https://nadiahaddad.example/work");
        Post welcome = re(2, "08:50", priya, nadiaHi, "welcome Nadia! travel copy is a lovely niche. if you're "
                + "setting rates for the first time, @Leah Okafor wrote a really good rates guide, it's pinned in "
                + "#swipe-file");
        re(2, "09:05", nadia, welcome, "oh amazing, thank you, reading it now");
        re(2, "09:30", leah, nadiaHi, "welcome! shout if anything in the guide is unclear, it got a bit long 😅");
        say(2, "10:15", acDmGrant, grant, "Hi Nadia, saw your intro. Most new freelancers go a whole year without "
                + "steady clients. My Copy Clients Accelerator fixes that in 8 weeks ($297, spots limited). Book a "
                + "free call here: https://grantpellow.example/book");
        say(2, "18:40", acDmGrant, nadia, "thanks but I'm ok for now");
        Post brief = say(3, "10:00", acLeads, ines, "Hi! I run a small ceramics shop online and need 5 product "
                + "descriptions and a short About page. budget around $350, done by end of July. who's free?");
        Post tomaszBid = re(3, "10:40", tomasz, brief, "Hi Ines, I'm free from next week. I'd do the five "
                + "descriptions and the About page for $340, two rounds of edits. samples: "
                + "https://wrobelcopy.example/samples");
        Post nadiaBid = re(3, "11:15", nadia, brief, "Hi Ines! I could start Thursday, $320 for the lot. I've "
                + "written a lot of product copy for handmade goods, happy to send examples");
        Post examples = re(3, "14:00", ines, nadiaBid, "thanks both! Nadia could you send a couple of examples? "
                + "I'll decide by Friday");
        re(3, "14:30", nadia, examples, "sending now by DM 🙂");
        Post walkies = say(4, "13:00", acRed, declan, "landing page for a dog-walking app, the hero section feels "
                + "flat. honest notes please https://declanrourke.example/drafts/walkies");
        Post hero = re(4, "13:40", priya, walkies, "headline is doing too much. lead with the owner's worry (is my "
                + "dog ok?) and move the GPS stuff to the subhead");
        re(4, "14:05", declan, hero, "ooh yes. that's it. thank you");
        Post decided = re(5, "08:45", ines, tomaszBid, "Thanks Tomasz, I went with Nadia this time but I'll keep "
                + "your samples for the autumn catalogue");
        re(5, "10:00", tomasz, decided, "no worries at all, good luck with the launch!");
        Post gig = say(5, "09:00", acDesk, nadia, "update: got the ceramics gig!! first client as a freelancer 🎉");
        re(5, "09:10", tomasz, gig, "congrats! well deserved").react("🎉", priya, declan, leah);
        re(5, "09:20", priya, gig, "🎉 go Nadia");
        say(6, "11:30", acSwipe, leah, "a cancellation email that made me *not* want to cancel "
                + "https://mailsnaps.example/archive/retention-note");
        // W28.
        Post august = say(8, "09:00", acDesk, priya, "who's doing anything for the August slowdown? I'm thinking of "
                + "finally rewriting my own site");
        re(8, "09:20", declan, august, "same, my own About page is three years old and embarrassing");
        Post slow = re(8, "10:30", nadia, august, "is August really slow? first freelance summer, bit nervous");
        re(8, "10:45", priya, slow, "usually yes, lots of clients away. good time to pitch for September though");
        say(9, "19:00", acDesk, grant, "Summer intake for the Copy Clients Accelerator is open 🚀 8 weeks to a full "
                + "client roster, $297 until Sunday: https://grantpellow.example/accelerator");
        Post grantSwipe = say(9, "19:04", acSwipe, grant, "Best copy I've written all year 😉 the Accelerator sales "
                + "page, only $297 until Sunday: https://grantpellow.example/accelerator");
        say(9, "19:08", acRed, grant, "Summer intake is open, 8 weeks, $297: https://grantpellow.example/accelerator");
        Post keepOut = re(10, "08:30", leah, grantSwipe, "hey Grant, this channel's for other people's copy we "
                + "admired, could you keep your own offers out of it? thanks");
        re(10, "09:00", grant, keepOut, "fair enough, sorry!");
        Post flowery = say(10, "11:00", acRed, nadia, "first draft of the ceramics About page, it feels a bit "
                + "flowery? notes welcome");
        Post kiln = re(10, "11:30", declan, flowery, "a bit, yeah. cut the adjectives in half and keep the bit about "
                + "the kiln in her garage, that's the heart of it");
        re(10, "11:45", nadia, kiln, "the kiln bit! yes. thank you");
        say(11, "15:00", acSwipe, tomasz, "stumbled on this pricing page, the FAQ is better than most sales pages "
                + "https://pagecatalog.example/p/bike-insurance");
        Post newsletter = say(12, "10:00", acLeads, ines, "back again: anyone free for a monthly newsletter for the "
                + "shop, about 600 words a month? budget $150 an issue");
        Post keepGoing = re(12, "10:20", nadia, newsletter, "yes! would love to keep going, I can do $150 and start "
                + "in August");
        re(12, "11:00", ines, keepGoing, "perfect, let's do it 🙌");
        Post saturday = say(13, "10:10", acDesk, tomasz, "Saturday and I'm still answering client emails. "
                + "boundaries, Tomasz. boundaries");
        re(13, "10:30", declan, saturday, "close the laptop 😂");
        // W29.
        Post contract = say(15, "09:00", acDesk, declan, "does anyone use a contract template they actually like? "
                + "mine is a Frankenstein of three");
        Post union = re(15, "09:25", priya, contract, "I use the one from the freelancers' union site, tweaked the "
                + "kill fee clause. can DM you my version");
        re(15, "09:40", declan, union, "yes please, thank you!");
        Post onboarding = say(16, "12:00", acSwipe, leah, "this onboarding sequence is a masterclass in short "
                + "sentences https://mailsnaps.example/archive/plant-app-day1");
        re(16, "12:30", nadia, onboarding, "saving this one");
        Post seunHi = say(17, "10:00", acNew, seun, "hi all, Seun here, B2B tech copywriter in Lagos, 6 years in. "
                + "mostly whitepapers and case studies. happy to be here");
        re(17, "10:20", priya, seunHi, "welcome Seun! we've got a few B2B folks, @Tomasz Wrobel does a lot of SaaS");
        re(17, "10:40", tomasz, seunHi, "hey Seun, welcome! always nice to meet another case-study nerd");
        Post logistics = say(18, "14:00", acRed, tomasz, "case study for a logistics client, does the opening drag? "
                + "would love eyes on it");
        Post number = re(18, "14:30", seun, logistics, "a little. I'd open with the number (38% fewer missed "
                + "deliveries) and tell the story after");
        re(18, "14:50", tomasz, number, "great shout, thanks Seun");
        Post outreach = say(19, "11:00", acDesk, grant, "curious what's working for people's outreach this summer? "
                + "cold email, referrals, something else?");
        Post referrals = re(19, "11:30", priya, outreach, "mostly referrals from past clients, honestly");
        re(19, "11:45", grant, referrals, "makes sense, thanks Priya");
        Post invoice = say(20, "16:00", acDesk, nadia, "sent my first invoice as a freelancer and it got paid in a "
                + "day. is this normal or did I get lucky");
        re(20, "16:15", declan, invoice, "lucky 😂 enjoy it while it lasts");
    }

    /** B. Self-taught developers' study group: nobody sells; one learner is helped day after day. */
    private void studyGroup() {
        // W27.
        say(1, "08:00", bStand, mei, "day 12 of the JS course: array methods. map finally clicked");
        Post rebase = say(1, "08:30", bStand, diego, "learning git rebase and already regretting it");
        re(1, "09:00", amara, rebase, "rebase -i with a backup branch first, always 😅");
        Post promise = say(1, "12:00", bStuck, farah, "my fetch call returns a pending Promise and I can't get the "
                + "data out, what am I missing?");
        Post box = re(1, "12:20", amara, promise, "you need to await it (inside an async function) or chain .then(). "
                + "the Promise is the box, not the thing inside");
        re(1, "12:35", farah, box, "the box, not the thing inside. that's going on a sticky note, thanks!");
        say(2, "10:00", bShelf, oskar, "good intro to HTTP caching https://webdocs.example/http/caching");
        say(2, "10:01", bShelf, oskar, "and the follow-up on ETags https://webdocs.example/http/etags");
        say(2, "10:03", bShelf, oskar, "this one on CSS grid is the clearest I've seen "
                + "https://gridguide.example/intro");
        Post sql = say(2, "10:04", bShelf, oskar, "plus a free SQL practice site https://sqlyard.example");
        re(2, "10:30", diego, sql, "sqlyard is great, did the joins section last month");
        say(2, "14:00", bStand, mei, "day 13: reduce. did not click. tomorrow maybe");
        say(3, "07:50", bStand, mei, "day 14: reduce clicked!! it's just a loop with a memory");
        Post wedding = say(3, "18:00", bLounge, farah, "off to my cousin's wedding in Lahore, back Monday 12th, be "
                + "good everyone");
        re(3, "18:10", diego, wedding, "have fun!! 🎉");
        Post notesAsk = say(4, "09:00", bLounge, oskar, "@Farah Siddiqui when you're back, could you send me that "
                + "notes repo you mentioned? the async section especially");
        Post eacces = say(4, "20:00", bStuck, jonas, "npm install fails with EACCES permission denied, tried sudo and "
                + "now it's worse??");
        Post nvm = re(4, "20:20", diego, eacces, "don't sudo npm 😬 use a node version manager so everything lives "
                + "in your home folder");
        re(4, "20:35", jonas, nvm, "ok trying that, thanks");
        Post tipCalc = say(5, "08:10", bStand, mei, "day 15: small project, a tip calculator. ugly but it works");
        re(5, "08:40", amara, tipCalc, "ugly and working is the best kind 👏");
        Post jam = say(6, "10:00", bLounge, diego, "anyone doing the weekend game jam?");
        re(6, "10:30", mei, jam, "I'm in, first one!");
        // W28.
        Post notFound = say(8, "09:00", bStuck, jonas, "installed nvm like Diego said but now `node` isn't found in "
                + "a new terminal?");
        Post zshrc = re(8, "09:20", amara, notFound, "add the nvm lines to your ~/.zshrc (not .bashrc if you're on "
                + "a Mac), then open a new terminal");
        re(8, "09:40", jonas, zshrc, "thanks!!");
        Post repo = re(8, "10:00", farah, notesAsk, "Back! sorry Oskar, only just saw this. here's my notes repo, "
                + "messy but yours: https://codehost.example/farahs/js-notes");
        re(8, "10:15", oskar, repo, "legend, thank you");
        say(8, "12:00", bStand, mei, "day 19: fetch + async. Farah's box metaphor helped a lot");
        say(9, "08:30", bStand, diego, "rebase: survived. still scared");
        Post blank = say(10, "14:00", bStuck, jonas, "my React app shows a blank page after build, works fine in "
                + "dev. no errors in the terminal");
        Post base = re(10, "14:25", amara, blank, "check the browser console. most often it's the base path: set "
                + "`base` in your vite config to your repo name if you're deploying to a subfolder");
        re(10, "14:50", jonas, base, "thank you");
        Post portfolio = say(11, "16:00", bLounge, amara, "could someone look over my portfolio site before I apply "
                + "for a junior role on Friday? would love eyes on it, especially the projects page "
                + "https://amaranwosu.example");
        Post cors = say(11, "16:20", bStuck, jonas, "ok last one I promise: CORS error when my frontend calls my "
                + "express api locally??");
        Post corsFix = re(11, "16:40", amara, cors, "add the cors middleware to express: "
                + "`app.use(cors({ origin: 'http://localhost:5173' }))` and restart the server");
        Post thanksCors = re(12, "09:00", jonas, corsFix, "thanks!!");
        re(12, "09:30", amara, thanksCors, "np! which node version did you end up on in the end, 20 or 22? about "
                + "to set up my new laptop");
        Post demoLinks = re(12, "17:00", diego, portfolio, "looked at it, really clean! projects page: I'd put the "
                + "live demo links above the screenshots");
        re(12, "17:30", amara, demoLinks, "good call, thank you Diego!");
        say(13, "11:00", bStand, jonas, "learning: express middleware order matters a lot");
        say(13, "12:00", bStand, mei, "day 23: a todo app with localStorage");
        Post streams = say(14, "15:00", bLounge, jonas, "anyone watching the game jam streams?");
        re(14, "15:20", diego, streams, "yes! the puzzle one with the cats is great");
        // W29.
        say(15, "08:30", bStand, diego, "learning: docker compose, in theory");
        Post loop = say(15, "13:00", bStuck, mei, "why does my for loop with setTimeout print 5 five times?");
        Post letFix = re(15, "13:15", oskar, loop, "classic! use let instead of var in the loop, var shares one i "
                + "across all the timeouts");
        re(15, "13:30", mei, letFix, "WHAT. that's it. thanks Oskar");
        Post interview = say(16, "18:00", bLounge, amara, "got an interview!! the portfolio tips worked, thanks "
                + "Diego 🎉");
        re(16, "18:10", farah, interview, "yesss 🎉").react("❤️", amara);
        re(16, "18:30", oskar, interview, "go get it");
        interview.react("🎉", diego, mei, jonas);
        say(17, "09:00", bShelf, oskar, "nice write-up of how JS closures actually work "
                + "https://webdocs.example/js/closures");
        say(18, "08:00", bStand, jonas, "learning: writing my first test with vitest");
        Post detached = say(19, "19:00", bStuck, farah, "git says 'detached HEAD' and I'm scared to touch anything");
        Post switchMain = re(19, "19:10", jonas, detached, "git switch main gets you back, nothing's lost 🙂");
        re(19, "19:20", farah, switchMain, "phew. thanks Jonas");
        say(20, "08:00", bStand, mei, "day 30!! a whole month of learning every day").react("🔥", amara, diego);
    }

    /** C. An online spreadsheet course's own server: its staff sell the course; a student's question waits. */
    private void spreadsheetCourse() {
        // W27.
        say(1, "09:00", cTeam, henrik, "Welcome to July, everyone! Module 6 (Power Query) is now live for Pro "
                + "members. Not on Pro yet? the upgrade is $49 until Friday: https://gridwise.example/upgrade");
        Post sumifs = say(1, "10:00", cHelp, pablo, "lesson 2.4: my SUMIFS returns 0 even though I can see matching "
                + "rows?");
        Post text = re(1, "10:30", chioma, sumifs, "Hi Pablo! 9 times out of 10 it's numbers stored as text in the "
                + "criteria column. select the column, Data > Text to Columns > Finish, then try again");
        re(1, "10:50", pablo, text, "omg that was it. thank you!!");
        Post early = say(2, "05:10", cLounge, anjali, "hi all, accountant in Pune, doing this course at 5am before "
                + "work ☕ anyone else an early bird?");
        Post tromso = re(2, "06:05", ingrid, early, "6am here in Tromsø, with the midnight sun it doesn't feel early "
                + "at all");
        re(2, "06:20", anjali, tromso, "haha the midnight sun, that's a whole other problem 😄");
        Post pasteValues = say(2, "20:00", cHelp, marek, "is there a shortcut for paste values? lesson 2.6 uses it "
                + "constantly");
        Post toolbar = re(2, "20:30", rosa, pasteValues, "Ctrl+Alt+V, then V, then Enter. or put it on your quick "
                + "access toolbar");
        re(2, "20:45", marek, toolbar, "quick access toolbar, why did nobody tell me this years ago 😂");
        Post budget = say(3, "19:00", cGallery, marek, "my household budget dashboard from module 3, first thing "
                + "I've built that my wife actually uses 😄");
        re(3, "19:30", chioma, budget, "this is lovely Marek, the conditional formatting on the overspend column is "
                + "spot on");
        re(3, "19:45", henrik, budget, "👏 brilliant");
        Post levelUp = say(3, "20:00", cLounge, vikram, "anyone else doing this to level up for freelance work? I "
                + "build spreadsheets for small businesses on the side");
        re(3, "20:30", ingrid, levelUp, "not freelance, but I'm hoping to automate half my job 😅");
        say(4, "08:00", cTeam, henrik, "Live Q&A with me this Thursday 17:00 UTC, link goes out in the morning. "
                + "bring your gnarliest lookup questions");
        say(4, "12:00", cLounge, henrik, "last call: the Pro upgrade is $49 until Friday, then it goes back to $79. "
                + "https://gridwise.example/upgrade");
        Post named = say(5, "11:00", cHelp, ingrid, "lesson 3.1 asks for a named range but my names keep giving "
                + "#NAME? errors");
        Post spaces = re(5, "11:40", rosa, named, "check for spaces in the name, Excel hates them. use underscores "
                + "instead");
        re(5, "12:00", ingrid, spaces, "fixed, thanks Rosa!");
        // W28.
        Post sentThem = say(8, "09:00", cLounge, marek, "@Chioma Eze you reviewed my budget template last week and "
                + "it made such a difference, I told two colleagues to sign up 😄 is the review thing only for Pro?");
        re(8, "09:40", chioma, sentThem, "Marek that's so kind, thank you for sending them our way! reviews are for "
                + "everyone, just post in #lesson-help and tag a TA");
        Post pivot = say(9, "10:00", cHelp, pablo, "how do I stop my pivot table re-sorting every time I refresh? "
                + "lesson 4.2");
        re(9, "10:15", vikram, pivot, "honestly quicker to have someone build it for you. I do freelance spreadsheet "
                + "builds, $45/hr, DM me");
        Post manual = re(9, "11:00", chioma, pivot, "Hi Pablo! right-click the pivot > PivotTable Options, and under "
                + "Totals & Filters set the sort to manual. lesson 4.3 covers it in more detail");
        re(9, "11:20", pablo, manual, "perfect, thank you Chioma");
        say(9, "16:00", cHelp, rosa, "heads up: I'm on leave from tomorrow, back Monday 26 July. Chioma and Henrik "
                + "have #lesson-help while I'm away ☀️");
        Post report = say(10, "17:00", cGallery, ingrid, "automated my team's weekly report with power query, 2 hours "
                + "→ 4 minutes");
        re(10, "17:20", chioma, report, "Ingrid!!! this is exactly what module 6 is for 🙌");
        re(10, "18:00", henrik, report, "love this");
        Post xlookup = say(11, "06:00", cLounge, anjali, "finished module 4, the XLOOKUP section was so good");
        xlookup.react("👍", ingrid, marek);
        Post phone = say(11, "19:00", cLounge, pablo, "does anyone else do the lessons on their phone? the videos are "
                + "fine but the practice files 😬");
        Post bus = re(11, "19:30", anjali, phone, "laptop only for the files, phone for the videos on the bus");
        re(11, "19:40", pablo, bus, "bus videos, smart");
        say(12, "09:00", cTeam, henrik, "Q&A recording is up in the course library under Module 6 > Extras");
        // W29.
        Post addictive = say(15, "18:00", cLounge, ingrid, "anyone else find power query a bit addictive");
        re(15, "18:20", marek, addictive, "yes. I am transforming everything now");
        Post quoting = say(15, "20:00", cLounge, vikram, "the power query module is really good, wish I'd done it "
                + "before quoting a client last month");
        re(15, "20:30", ingrid, quoting, "ha, the next quote will be faster then");
        say(16, "05:30", cHelp, anjali, "module 5 lesson 3: the practice file won't download, I just get a blank "
                + "page. anyone else? the quiz after it needs the file");
        Post budget2 = say(16, "13:00", cGallery, marek, "v2 of the budget dashboard, now with a savings tracker");
        re(16, "13:30", chioma, budget2, "the progress bars are so satisfying!");
        Post templates = say(17, "09:00", cTeam, henrik, "New this month: a templates library for Pro members, 20 "
                + "ready-made sheets. https://gridwise.example/templates");
        re(17, "09:40", ingrid, templates, "ooh the rota template is exactly what I needed");
        say(18, "05:20", cHelp, anjali, "still can't get the lesson 5.3 file, tried two browsers 😕");
        Post rainy = say(18, "10:00", cLounge, chioma, "good morning from a very rainy Lagos ☔ what's everyone "
                + "working on this week?");
        Post rota = re(18, "10:30", ingrid, rainy, "a rota sheet for the ward!");
        re(18, "10:45", chioma, rota, "love it, share it in the gallery when it's done");
        say(19, "12:00", cLounge, henrik, "summer offer for anyone still on the free plan: Pro is $59 this week "
                + "instead of $79 https://gridwise.example/upgrade");
        Post firstPivot = say(20, "19:00", cGallery, pablo, "my first pivot dashboard, and it doesn't re-sort anymore "
                + "😄");
        re(20, "19:20", chioma, firstPivot, "look at that! 🎉");
    }

    /** D. Virtual assistants: a VA who wants clients talks only shop while a business owner's request waits. */
    private void virtualAssistants() {
        // W27.
        Post hours = say(1, "08:20", dBack, lucy, "Monday and the agency I sub for just cut my hours again 🙃 I "
                + "really need more direct clients");
        Post steadier = re(1, "08:45", yetunde, hours, "ugh sorry Lucy. direct clients are so much steadier, took me "
                + "a year to build up but worth it");
        re(1, "09:00", lucy, steadier, "a year 😩 ok, patience");
        say(2, "11:00", dTools, bianca, "PSA if anyone's switching scheduling apps: sign up with my referral link and "
                + "we both get a month free 👉 https://calendo.example/r/bianca22");
        Post yoga = say(2, "13:00", dNeed, carmen, "Hi! I run a small online yoga studio and I'm drowning in email + "
                + "class bookings. looking for someone ~8h a week. rates?");
        re(2, "13:30", yetunde, yoga, "Hi Carmen! inbox + booking management is my bread and butter. I'm $30/h, "
                + "could start the week after next. happy to hop on a quick chat");
        Post rheaBid = re(2, "14:10", rhea, yoga, "Hi Carmen, I'm $28/h and have two yoga studios as clients already, "
                + "so I know the booking tools. free from Monday");
        Post whichTool = re(3, "09:00", carmen, rheaBid, "Rhea that sounds perfect, which booking tool do your "
                + "studios use?");
        Post classloop = re(3, "09:20", rhea, whichTool, "mostly Classloop, and one on Bookwell. I can work with "
                + "either");
        re(3, "09:35", carmen, classloop, "great, DMing you now");
        Post dominikaHi = say(3, "12:00", dNew, dominika, "Cześć! I'm Dominika, a VA in Kraków. I do admin and "
                + "bookkeeping support for Polish and English speaking coaches. site: https://dominikawolska.example");
        Post rareGold = re(3, "12:30", yetunde, dominikaHi, "welcome Dominika! bookkeeping VAs are rare gold, glad "
                + "you're here");
        re(3, "12:45", dominika, rareGold, "thank you 😊");
        Post reminder = say(4, "10:00", dBack, bianca, "reminder my calendo referral link still gets you a free "
                + "month: https://calendo.example/r/bianca22");
        re(4, "10:40", rhea, reminder, "I'm happy with my setup, but thanks");
        Post reminders = say(4, "15:00", dTools, yetunde, "anyone automated invoice reminders without paying for yet "
                + "another tool? I'm on a spreadsheet + email merge and it's held together with tape");
        Post zap = re(4, "15:20", lucy, reminders, "I use a free zap: new row in the sheet → reminder email 3 days "
                + "after the due date. can send you the steps");
        re(4, "15:30", yetunde, zap, "yes please!");
        Post landed = say(5, "16:00", dBack, rhea, "landed the yoga studio 🧘‍♀️");
        re(5, "16:10", lucy, landed, "congrats!!");
        landed.react("🎉", yetunde, dominika);
        // W28: Lucy talks shop all week; Graham's request waits.
        Post quiet = say(8, "08:30", dBack, lucy, "morning! anyone else's clients all on holiday at once? inbox is "
                + "eerily quiet");
        Post ownAdmin = re(8, "08:45", rhea, quiet, "mine too, I'm doing my own admin for once lol");
        re(8, "09:00", lucy, ownAdmin, "the cobbler's children etc 😂 I finally sorted my own invoices");
        Post property = say(9, "10:00", dNeed, graham, "Hi all, I run a small property management firm, 3 of us. "
                + "need a VA for inbox and calendar, roughly 10h/week, remote is fine. who's available?");
        Post mailnest = say(9, "11:00", dTools, lucy, "has anyone tried the new AI inbox sorting in Mailnest? worth "
                + "it?");
        Post spam = re(9, "11:20", yetunde, mailnest, "tried it for a week, it filed a client's invoice under spam. "
                + "so no 😅");
        re(9, "11:30", lucy, spam, "ha. noted, sticking with rules then");
        Post weekend = say(10, "09:00", dBack, lucy, "rate question: do you all charge more for weekend work?");
        Post onePointFive = re(10, "09:15", rhea, weekend, "1.5x for weekends, and I rarely say yes anyway");
        re(10, "09:30", lucy, onePointFive, "1.5x seems fair, going to start doing that");
        Post inContract = re(10, "09:40", dominika, weekend, "same as Rhea, 1.5x. and I put it in the contract");
        re(10, "09:50", lucy, inContract, "contract, good point, mine doesn't mention it");
        Post passwords = say(11, "14:00", dBack, lucy, "anyone else find onboarding new clients takes forever? 3 "
                + "hours of password sharing yesterday");
        Post vaults = re(11, "14:20", yetunde, passwords, "password manager with shared vaults, saved my sanity");
        Post whichOne = re(11, "14:30", lucy, vaults, "which one do you use?");
        Post vaultly = re(11, "14:45", yetunde, whichOne, "Vaultly, the free tier is enough for 3 clients");
        re(11, "15:00", lucy, vaultly, "perfect, thanks!");
        Post steps = say(12, "10:00", dTools, lucy, "sharing back: my free invoice reminder setup, written up for "
                + "@Yetunde Adeyemi and anyone else. 5 steps: sheet → zap → email template. shout if stuck");
        re(12, "10:30", yetunde, steps, "you're a star Lucy ⭐");
        Post sorry = re(12, "12:00", yetunde, property, "Hi Graham, sorry for the slow reply here! I'm $30/h and have "
                + "one more slot from August, property firms are a good fit for me. happy to chat");
        re(12, "13:00", graham, sorry, "Thanks Yetunde, messaging you now");
        // W29.
        Post podcast = say(16, "10:00", dNeed, harriet, "Looking for a VA for podcast admin (guest booking, show "
                + "notes), ~5h a week. anyone?");
        Post lucyBid = re(16, "10:30", lucy, podcast, "Hi Harriet! I've done guest booking for two podcasts, I'm "
                + "$28/h and free from next week. happy to send examples");
        Post sendThem = re(16, "11:00", harriet, lucyBid, "Lovely, yes please send them");
        re(16, "11:15", lucy, sendThem, "sending now 🙂");
        Post friday = say(17, "16:00", dBack, rhea, "it's Wednesday and my brain thinks it's Friday");
        re(17, "16:20", dominika, friday, "same, the heat isn't helping");
        Post welcomePack = say(18, "09:00", dBack, bianca, "anyone got a good template for a client welcome pack?");
        Post notion = re(18, "09:30", dominika, welcomePack, "I made one in Notion, happy to share a copy: "
                + "https://dominikawolska.example/welcome-pack");
        re(18, "09:50", bianca, notion, "oh that's lovely, thank you!");
        Post harrietDone = say(20, "15:00", dBack, lucy, "new direct client as of today 🎉 podcast admin, 5h a week");
        re(20, "15:10", yetunde, harrietDone, "LUCY 🎉🎉");
    }

    /** E. Video-essay creators: a newcomer cross-posts for subs; a member takes notes and gives none back. */
    private void videoEssays() {
        // W27.
        Post ratio = say(1, "10:00", eHall, priyanka, "what's everyone's script-to-edit ratio these days? I'm at "
                + "like 3 weeks writing, 1 week editing");
        re(1, "10:20", mateo, ratio, "the opposite 😭 I script fast then live in the timeline forever");
        re(1, "11:00", saoirse, ratio, "writing is the video. editing is just keeping up with it");
        Post services = say(2, "17:00", ePrem, saoirse, "new one's up: the strange history of motorway service "
                + "stations 🚗 https://vidtube.example/watch?v=sq-services");
        Post menus = re(2, "18:30", jun, services, "watched it on my lunch break, the bit about the 1960s menus 😂");
        re(2, "19:00", saoirse, menus, "that menu was the whole reason I made it");
        Post cartoons = say(3, "19:00", eHall, kyle, "new video essay on why old cartoons looked better 👉 "
                + "https://vidtube.example/watch?v=kb-cartoons subscribe and I'll sub back!!");
        say(3, "19:04", eCuts, kyle, "like and share pls 🙏 https://vidtube.example/watch?v=kb-cartoons");
        say(3, "19:09", eCollab, kyle, "sub4sub anyone? drop your channel, here's mine "
                + "https://vidtube.example/watch?v=kb-cartoons");
        re(4, "09:00", mateo, cartoons, "hey Kyle, welcome. we don't really do sub4sub here, but if you ever want "
                + "notes on a cut, #rough-cuts is great for that");
        Post narrator = say(4, "12:00", eCollab, ayo, "looking for a narrator with a calm voice for a 20-min piece "
                + "on lighthouses. paid, $150. anyone?");
        Post reel = re(4, "12:40", jun, narrator, "I narrate! sample reel here: https://junpark.example/voice-reel");
        re(5, "08:30", ayo, reel, "your voice is perfect, DMing you");
        Post paperclip = say(5, "14:00", eCuts, priyanka, "second draft of my script on the history of the paperclip, "
                + "does the middle drag? would love notes https://docs.example/ps-paperclip-v2");
        Post patent = re(5, "15:00", theo, paperclip, "a bit, around the patent section. maybe cut the second "
                + "inventor entirely?");
        re(5, "15:30", priyanka, patent, "ruthless. you're right though, thanks");
        say(6, "20:00", eHall, ayo, "weekend plans: colour grading hell");
        // W28.
        Post brutal = say(8, "10:00", eCuts, theo, "rough cut of my piece on brutalist libraries, 14 min. honest notes "
                + "welcome, especially the first 2 minutes https://vidtube.example/unlisted/tl-brutal-1");
        Post upFront = re(8, "12:00", priyanka, brutal, "the opening shot is gorgeous but you don't say what the video "
                + "is about until 1:40. put the question up front");
        re(8, "12:30", theo, upFront, "ah. good point, thanks");
        Post duck = re(9, "18:00", mateo, brutal, "music is too loud under the VO from 4:00 on, duck it by ~6dB. and "
                + "the archive footage at 9:10 needs a credit");
        re(9, "18:20", theo, duck, "thanks!");
        say(9, "20:00", ePrem, saoirse, "short one this week: 60 seconds on why pylons are shaped like that "
                + "https://vidtube.example/shorts/sq-pylons");
        Post ferries = say(10, "15:00", eCuts, mateo, "first pass at my video on ferry timetables (yes really). would "
                + "love eyes on it, 11 min https://vidtube.example/unlisted/mg-ferries");
        Post rewatch = say(10, "15:30", eHall, theo, "does anyone else rewatch their own cut 40 times and hate it "
                + "more each time");
        re(10, "15:40", saoirse, rewatch, "only 40?");
        Post lastImage = re(10, "16:45", priyanka, ferries, "ferry timetables is such a good subject 😂 pacing is "
                + "great, the ending needs a last image though");
        re(10, "17:00", mateo, lastImage, "a last image, yes! thanks");
        Post v2 = say(11, "11:00", eCuts, theo, "v2 of the brutalist one, moved the question to the top "
                + "https://vidtube.example/unlisted/tl-brutal-2");
        Post rushed = re(11, "13:00", ayo, v2, "much stronger opening. the narration in the middle sounds rushed "
                + "though, were you recording late at night? 😅");
        re(11, "13:20", theo, rushed, "haha yes, 1am. thanks Ayo");
        Post lights = say(12, "10:00", eCuts, ayo, "lighthouse rough cut with Jun's narration 🎙️ notes please! "
                + "https://vidtube.example/unlisted/aa-lights");
        say(12, "10:20", eHall, theo, "re-recording the middle tonight, wish me luck");
        Post map = re(12, "11:00", saoirse, lights, "Jun's voice + lighthouses is a dream combo. the map animation at "
                + "3:00 is a bit fast");
        re(12, "11:30", ayo, map, "slow it down, got it. ty!");
        Post shipIt = re(13, "09:00", priyanka, v2, "v2 is so much better. ship it!");
        re(13, "09:30", theo, shipIt, "thank you 🙏");
        say(13, "19:00", ePrem, saoirse, "and the full video: the secret life of level crossings "
                + "https://vidtube.example/watch?v=sq-crossings");
        // W29.
        Post itsUp = say(15, "18:00", ePrem, theo, "it's up! brutalist libraries, thanks to everyone who gave "
                + "notes 🙏 https://vidtube.example/watch?v=tl-brutal");
        itsUp.react("🎉", priyanka, mateo, ayo);
        Post fax = say(16, "10:00", eCuts, jun, "my first ever script, on the history of the fax machine. any notes "
                + "welcome, be honest https://docs.example/jp-fax");
        Post hook = re(16, "10:30", theo, fax, "love the topic! the intro is long though, I'd start at the 1843 "
                + "patent, that's your hook");
        re(16, "11:00", jun, hook, "1843 it is, thanks Theo!");
        Post first100 = say(17, "20:00", eHall, kyle, "how do you guys get your first 100 subs?");
        Post patient = re(17, "20:30", saoirse, first100, "honestly: make the video you'd want to watch, post it in "
                + "the right place once, and be patient. and come hang out here");
        re(17, "20:45", kyle, patient, "ok fair, thanks");
        Post subtitles = say(18, "14:00", eCollab, mateo, "need someone to check Spanish subtitles on a 9 min video, "
                + "can pay $40");
        Post cousin = re(18, "14:30", priyanka, subtitles, "my cousin does subtitling, I'll send you her email");
        re(18, "14:45", mateo, cousin, "amazing, thanks!");
        Post mum = say(19, "21:00", eHall, ayo, "lighthouse video went out and my mum watched it twice 🥹");
        re(19, "21:10", jun, mum, "mums are the best audience");
    }

    /** F. Remote workers' virtual coworking: session posts, one member who turns every chat to himself. */
    private void coworking() {
        // W27.
        say(1, "08:00", fSess, yuki, "50 min: translating a user manual, chapter 3");
        say(1, "08:05", fSess, kofi, "joining! 50 min on a quarterly report");
        Post drilling = say(1, "13:00", fCooler, ngozi, "anyone else's neighbour start drilling the exact minute "
                + "their meetings start");
        re(1, "13:10", lars, drilling, "every. single. time.");
        say(2, "08:00", fSess, yuki, "90 min: glossary cleanup");
        Post calves = say(2, "17:00", fSetup, elena, "finally got a standing desk after 2 years of back pain. day 1 "
                + "report: my calves hate me");
        Post easeIn = re(2, "17:20", ngozi, calves, "ease in! 20 min standing per hour the first week");
        re(2, "17:40", elena, easeIn, "20 min, ok, will try that");
        say(3, "08:10", fSess, yuki, "50 min: invoices 😑");
        Post lunch = say(3, "12:30", fCooler, kofi, "what does everyone do for lunch when working from home? I keep "
                + "eating crackers over the keyboard");
        re(3, "12:45", lars, lunch, "batch cook on Sunday, otherwise crackers is my life too");
        re(3, "13:00", ngozi, lunch, "I go for a walk first, then eat. stops the crackers spiral");
        say(4, "08:00", fSess, yuki, "50 min: manual chapter 4");
        say(4, "08:02", fSess, lars, "joining, 25 min pomodoro on code review");
        say(4, "09:00", fCooler, preston, "morning all, first week here. nice to have some company while working");
        Post moving = say(5, "17:00", fCooler, ngozi, "offline till Thursday, moving flats 📦 wish me luck");
        re(5, "17:15", lars, moving, "good luck!! 📦");
        Post arm = say(6, "11:00", fSetup, kofi, "@Ngozi Obi which monitor arm did you end up getting? the one in "
                + "your video background looks solid");
        // W28.
        Post lunchBreak = say(8, "09:00", fCooler, lars, "finally took a proper lunch break yesterday and my "
                + "afternoon was twice as good. who knew");
        re(8, "09:30", preston, lunchBreak, "I figured that out years ago. I block my whole day in 15 minute slots, "
                + "lunch included, and I haven't missed a block since March. my output has basically tripled since "
                + "I started doing it");
        say(8, "10:00", fSess, yuki, "50 min: manual chapter 5");
        say(8, "10:05", fSess, kofi, "in, 50 min on slides");
        Post camp = say(9, "10:00", fCooler, kofi, "kid's first day at summer camp, house is so quiet I can't "
                + "concentrate 😂");
        re(9, "10:20", preston, camp, "I work best in total silence, it's why I built my office at the bottom of the "
                + "garden. I've got my noise setup dialled in now, my own white noise mix and my own focus playlist, "
                + "I honestly can't work any other way");
        say(10, "08:00", fSess, preston, "2 hours deep work: my newsletter");
        say(10, "08:30", fSess, yuki, "50 min: manual chapter 6");
        Post brief = say(10, "14:00", fCooler, elena, "rough day, the client changed the whole brief after I'd "
                + "finished 😩");
        re(10, "14:10", preston, brief, "that never happens to me anymore. I make my clients sign off a one-page "
                + "brief before I start, and I charge for every change after that. my process is airtight, I've had "
                + "zero scope creep this year");
        re(10, "14:30", lars, brief, "oof, sorry Elena. hope they're paying for the redo");
        Post record = say(11, "16:00", fCooler, preston, "hit a new personal record today: 6 hours of focused work, my "
                + "longest streak ever. my system works, I'm thinking of writing up my whole method");
        re(11, "16:30", lars, record, "nice one");
        Post armstrong = re(11, "18:00", ngozi, arm, "Back and unpacked! Kofi, it's the Armstrong single arm, about "
                + "60 quid, rock solid");
        re(11, "18:20", kofi, armstrong, "ordering it, cheers Ngozi");
        say(12, "08:00", fSess, yuki, "50 min: final proofread, last chapter!!");
        Post done = say(12, "15:00", fCooler, yuki, "manual DONE. three months of my life 🥲");
        re(12, "15:20", preston, done, "nice. I finished a similar project in six weeks last year, mostly because I "
                + "never let myself work past my 4pm cutoff. my cutoff rule is the single best thing I ever did for my "
                + "career");
        re(12, "15:30", ngozi, done, "🎉 well done Yuki! celebrate properly");
        done.react("🎉", lars, kofi, elena);
        say(13, "09:00", fSess, yuki, "50 min: new client, a medical device leaflet");
        // W29.
        Post gone = say(15, "09:00", fSetup, elena, "three weeks with the standing desk: back pain mostly gone!! 🙌");
        re(15, "10:00", kofi, gone, "@Elena Petrova amazing! which desk did you get? and does it wobble at full "
                + "height? I'm 1.93m so that's my worry");
        say(16, "08:00", fSess, elena, "50 min: Russian-English contract, part 1");
        say(16, "08:05", fSess, yuki, "joining, 50 min on the leaflet");
        Post cat = say(16, "15:00", fCooler, elena, "anyone else's cat insist on sitting on the keyboard during "
                + "calls");
        re(16, "15:15", lars, cat, "only during the important ones");
        say(17, "08:00", fSess, elena, "50 min: contract part 2");
        Post cabin = say(17, "12:00", fCooler, preston, "back from three days at a cabin, phone off the whole "
                + "time, best thing I've done all year");
        Post where = re(17, "12:20", ngozi, cabin, "that sounds dreamy. where was it?");
        re(17, "12:40", preston, where, "Lake District, tiny place with no signal. you'd love it, honestly");
        say(18, "13:00", fCooler, elena, "heatwave here, working from the bathtub (not really)");
        Post chair = say(19, "10:00", fSetup, lars, "question for the taller folks: what chair height do you use "
                + "with a 75cm desk?");
        Post height = re(19, "10:20", kofi, chair, "I'm 1.93m and go with about 52cm, feet flat on the floor");
        re(19, "10:30", lars, height, "ta");
        say(19, "11:00", fSess, yuki, "50 min: leaflet final pass");
    }

    /** G. Online tutors: parents ask for tutors; a returning parent waits; a newcomer is pitched. */
    private void tutors() {
        // W27.
        Post intensives = say(1, "19:00", gStaff, wendy, "summer holidays = half my students vanish. anyone else do "
                + "summer intensives to fill the gap?");
        Post bootcamp = re(1, "19:30", aarav, intensives, "I run a 5-day GCSE maths bootcamp every August, fills up "
                + "fast. parents love a fixed block");
        re(1, "19:45", wendy, bootcamp, "ooh, a fixed block. might steal that");
        Post eli = say(2, "10:00", gParents, deborah, "Hello! looking for an online GCSE maths tutor for my son Eli "
                + "(Year 10), Tues/Thurs evenings. he's bright but has lost his confidence");
        Post wendyBid = re(2, "10:40", wendy, eli, "Hi Deborah! I've got Tuesday 6pm and Thursday 7pm free. £38 an "
                + "hour, and the first session is a free chat so Eli can see if we click");
        re(2, "11:15", aarav, eli, "Hi Deborah, I'm £35/h with Thursday 6pm free, mostly Year 10-11 students. happy "
                + "to do a free intro call");
        Post tuesday = re(3, "09:00", deborah, wendyBid, "thanks both! Wendy, could we try Tuesday 6pm next week?");
        re(3, "09:30", wendy, tuesday, "yes, booked in! I'll send you a link");
        Post practicals = say(3, "20:00", gStaff, samuel, "anyone else find the new A-level chem spec has way more "
                + "practical write-ups? my students are drowning");
        re(3, "20:30", callum, practicals, "yes, I do one practical a week with mine now, just the write-up part");
        Post mechanics = say(4, "18:00", gParents, aisha, "Hi, does anyone tutor A-level physics? my daughter is "
                + "struggling with mechanics");
        Post samuelBid = re(4, "18:30", samuel, mechanics, "Hi! I tutor A-level physics and chemistry, £45/h, Mondays "
                + "and Wednesdays open from September");
        re(4, "19:00", aisha, samuelBid, "thanks Samuel, will message you");
        Post fractions = say(5, "16:00", gSheets, aarav, "anyone have decent KS3 fractions worksheets? mine are "
                + "ancient");
        Post mySet = re(5, "16:30", callum, fractions, "I made a set last year, free to use: "
                + "https://fraserlearning.example/free/fractions-ks3");
        re(5, "17:00", aarav, mySet, "these are great, thank you!");
        Post cancelled = say(6, "10:00", gStaff, aarav, "Saturday lesson cancelled 10 min before, third time from the "
                + "same family. do you all charge for late cancellations?");
        re(6, "10:20", wendy, cancelled, "24h notice or full fee, it's in my terms. saves arguments");
        re(6, "10:40", callum, cancelled, "same, though I let the first one slide");
        re(6, "11:00", aarav, cancelled, "ok, adding it to my terms this weekend");
        // W28.
        Post priceRise = say(8, "19:00", gStaff, callum, "how are people handling the price rise conversation with "
                + "parents? going from £35 to £40 in September and dreading it");
        Post oneLine = re(8, "19:20", wendy, priceRise, "tell them in writing a month ahead with one line on why. "
                + "nobody has ever left me over it");
        re(8, "19:40", callum, oneLine, "one line on why. ok. thanks Wendy");
        say(9, "09:15", gParents, ruth, "@Samuel Osei you tutored my daughter Maya through A-level chemistry last "
                + "year and she got her A 🎉 could you take my son Leo for GCSE physics from September? Tuesdays "
                + "ideally");
        Post whiteboard = say(9, "14:00", gStaff, samuel, "does anyone use a whiteboard app they actually like? mine "
                + "lags with more than one student");
        Post boardly = re(9, "14:20", aarav, whiteboard, "Boardly, the free plan is fine for 1:1");
        re(9, "14:30", samuel, boardly, "thanks, will try it");
        Post moles = say(10, "17:00", gSheets, samuel, "made a set of moles calculation drills for GCSE, free for "
                + "anyone: https://oseitutoring.example/free/moles");
        re(10, "17:30", wendy, moles, "oh these are great");
        say(11, "20:00", gStaff, samuel, "Boardly is miles better, thanks Aarav 👍");
        Post fifteen = say(12, "18:00", gStaff, wendy, "anyone else had a parent ask for 'just 15 minutes'?");
        re(12, "18:20", samuel, fifteen, "all the time, I say 30 minimum or nothing");
        Post mock = say(12, "20:00", gParents, deborah, "update: Eli did his first mock paper since starting with "
                + "@Wendy Marsh and got a 6, up from a 4! 🎉");
        re(12, "20:15", wendy, mock, "so proud of him!! he did the work 💪");
        Post circles = say(14, "11:00", gSheets, wendy, "does anyone have a good set of circle theorem diagrams? mine "
                + "are hand drawn and wonky");
        Post geom = re(14, "11:30", aarav, circles, "https://geomsheets.example/circle-theorems is free and clean");
        re(14, "11:45", wendy, geom, "perfect, thanks Aarav");
        // W29.
        Post linaHi = say(15, "09:00", gFirst, lina, "Hi all, I'm Lina, homeschooling my two kids (8 and 11) in Osaka. "
                + "mostly here to learn how online lessons work for other families 🙂");
        re(15, "09:30", callum, linaHi, "welcome Lina! I do a homeschool maths package, £120/month for both kids, "
                + "4 sessions each. DM me to grab a slot before September fills up");
        Post corner = re(15, "10:00", wendy, linaHi, "welcome! the parents' corner is a good place to ask questions, "
                + "lots of homeschool families there");
        re(15, "10:20", lina, corner, "thank you Wendy!");
        Post structure = say(16, "08:00", gParents, lina, "how do other homeschool families structure online lessons? "
                + "one long session or several short ones?");
        Post shortOnes = re(16, "08:40", deborah, structure, "short! Eli switches off after 45 min");
        re(16, "09:00", lina, shortOnes, "thanks Deborah, that's helpful");
        Post full = say(17, "19:00", gStaff, aarav, "bootcamp is full for August 🎉 waiting list started");
        re(17, "19:10", callum, full, "nice!");
        Post summer = say(18, "20:00", gStaff, samuel, "end of term at last. anyone got summer plans?");
        re(18, "20:15", wendy, summer, "sleeping for a week");
        say(19, "17:00", gSheets, wendy, "free mock paper pack for Year 11 if anyone needs it: "
                + "https://wendymarsh.example/free/mocks");
        Post aboutTime = say(20, "18:00", gStaff, callum, "first parent told about the price rise, she said "
                + "'about time' 😂");
        re(20, "18:10", wendy, aboutTime, "told you!");
    }

    /** H. Independent newsletter writers: swaps, a paid tier pushed twice, a loyal reader left waiting. */
    private void newsletters() {
        // W27.
        say(1, "09:00", hLobby, marisa, "welcome to the new folks this week! reminder that #rec-swaps is the place "
                + "to find swap partners");
        Post hannahSwap = say(1, "12:00", hSwaps, hannah, "looking for a rec swap: 2.1k subs, parenting of under-5s, "
                + "weekly, 48% opens. anything adjacent welcome");
        Post cooking = re(1, "14:00", zainab, hannahSwap, "Hi Hannah! I write a home-cooking one for busy families, "
                + "1.8k subs. swap in August?");
        Post august = re(2, "08:30", hannah, cooking, "yes! love that overlap. first week of August?");
        re(2, "09:00", zainab, august, "perfect, booked");
        Post openRate = say(2, "11:00", hGrowth, ilse, "what's a normal open rate drop in summer? mine's down from "
                + "52% to 41% and I'm spiralling a bit");
        Post normal = re(2, "11:30", rupert, openRate, "totally normal, mine drops ~10 points every July. it comes "
                + "back in September");
        re(2, "11:45", ilse, normal, "phew. thanks Rupert");
        say(3, "07:00", hFresh, hannah, "Issue 112: sleep regressions, what actually helps (and what's a myth) "
                + "https://wildeparenting.example/112");
        say(3, "08:00", hFresh, zainab, "This week: 5 no-cook dinners for a heatwave "
                + "https://zainabcooks.example/heatwave");
        Post introLast = say(4, "10:00", hLobby, rupert, "does anyone else write the intro last? I always do mine "
                + "last");
        re(4, "10:30", marisa, introLast, "intro last, subject line very last, after a walk");
        Post annual = say(5, "15:00", hGrowth, marisa, "paid tier question: monthly only, or annual too? thinking of "
                + "adding annual at 2 months free");
        Post forty = re(5, "15:30", hannah, annual, "annual! 40% of my paid readers are on annual and they churn way "
                + "less");
        re(5, "15:45", marisa, forty, "40%, wow. doing it");
        Post images = say(6, "16:00", hLobby, zainab, "what's everyone using for images? tired of my own blurry phone "
                + "photos");
        Post cropHard = re(6, "16:30", ilse, images, "free stock from the usual places, and I crop hard");
        re(6, "16:45", zainab, cropHard, "crop hard, noted");
        // W28.
        Post swapWorked = say(8, "09:00", hLobby, zainab, "rec swap with Hannah brought me 140 new subs in a week 🤯 "
                + "swaps really work");
        re(8, "09:30", hannah, swapWorked, "same on my side, 120! let's do it again in autumn");
        Post lurker = say(9, "08:00", hLobby, gus, "hi all, I'm a reader not a writer, hope that's ok! lurking to see "
                + "how the sausage gets made");
        re(9, "08:20", marisa, lurker, "readers very welcome 😄");
        Post thousand = say(9, "12:00", hGrowth, ilse, "how long did it take you all to get to 1k?");
        re(9, "12:30", rupert, thousand, "about 14 months");
        Post slowSteady = re(9, "13:00", zainab, thousand, "2 years, slow and steady");
        re(9, "13:20", ilse, slowSteady, "ok I feel better about my 400 😅");
        say(10, "07:00", hFresh, rupert, "The Quiet Ledger #57: why your savings account is quietly losing "
                + "https://quietledger.example/57");
        say(10, "07:30", hFresh, hannah, "Issue 113: the great snack debate https://wildeparenting.example/113");
        Post slowTravel = say(11, "18:00", hLobby, marisa, "if anyone could subscribe to my new one on slow travel "
                + "that'd mean a lot, first issue goes out Friday https://slowmiles.example");
        re(11, "18:30", ilse, slowTravel, "subscribed! love the name");
        Post firstSwap = say(12, "10:00", hSwaps, ilse, "first swap request! 400 subs, personal finance for students. "
                + "anyone small and friendly?");
        Post rememberFour = re(12, "10:30", rupert, firstSwap, "happy to do one, I remember being at 400. DM me");
        re(12, "10:45", ilse, rememberFour, "thank you!! DMing");
        Post halfTerm = say(13, "11:00", hLobby, hannah, "anyone else writing ahead so they can actually take a week "
                + "off in August?");
        re(13, "11:30", marisa, halfTerm, "writing 3 ahead, it's painful but worth it");
        Post paidOnly = say(14, "10:00", hGrowth, marisa, "how many of you do a paid-only issue each month?");
        re(14, "10:30", rupert, paidOnly, "one a month, the rest free");
        re(14, "11:00", hannah, paidOnly, "none yet, maybe in autumn");
        // W29.
        say(15, "10:00", hLobby, rupert, "Issue 58 of The Quiet Ledger is out 📬 paid subs are 20% off this week "
                + "only: https://quietledger.example/subscribe");
        re(16, "11:00", gus, halfTerm, "@Hannah Wilde been a paying subscriber since March and your issue on sleep "
                + "regressions saved my sanity, I forwarded it to my whole antenatal group. is there an archive of "
                + "the older issues anywhere? can't find it on the site");
        Post autumn = say(17, "09:00", hSwaps, hannah, "autumn swap slots open: 2.3k now, parenting under-5s. "
                + "anyone?");
        Post october = re(17, "09:30", zainab, autumn, "me again for October? 😄");
        re(17, "10:00", hannah, october, "always!");
        say(17, "14:00", hGrowth, rupert, "my paid tier just passed 300 🎉 still 20% off till Sunday if anyone wants "
                + "in: https://quietledger.example/subscribe");
        Post welcomeSeq = say(18, "16:00", hGrowth, hannah, "anyone tried a welcome sequence for new subs? worth the "
                + "effort?");
        Post halved = re(18, "16:30", marisa, welcomeSeq, "yes! 3 emails, my unsubscribes halved");
        re(18, "16:45", hannah, halved, "halved! ok, setting one up this weekend");
        say(19, "07:00", hFresh, hannah, "Issue 114: grandparents and screen time https://wildeparenting.example/114");
        Post teacher = say(19, "12:00", hLobby, ilse, "my 500th subscriber was my old maths teacher 🥹");
        re(19, "12:20", marisa, teacher, "iconic");
        teacher.react("❤️", rupert, zainab, gus);
        Post sunday = say(20, "09:00", hLobby, zainab, "Sunday writing session anyone?");
        Post tenAm = re(20, "09:20", ilse, sunday, "in, 10am?");
        re(20, "09:30", zainab, tenAm, "10am 👍");
    }

    static Map<String, String> files() {
        return new HeldOutScenes53Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 53");
    }
}
