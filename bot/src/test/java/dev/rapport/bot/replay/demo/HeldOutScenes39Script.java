package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 39 (sealed): eight communities (translators, a climbing gym's own server, a chess club, locksmiths,
 * tarot readers, bonsai growers, doulas, vintage car restorers), over three ISO weeks (2026-W40 to W42), written and
 * labelled by writer39 (session 30) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-39.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes39Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 9, 28);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 10, 19, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. translators ---
    private final String lingua = cast.guild(667);
    private final Channel trGeneral = cast.channel(lingua, "Lingua Franca Collective", "general",
            "chat for working translators: news, rants, coffee", "tr-general.json");
    private final Channel trTerms = cast.channel(lingua, "Lingua Franca Collective", "terminology",
            "stuck on a term? ask here, say your language pair", "tr-terminology.json");
    private final Channel trJobs = cast.channel(lingua, "Lingua Franca Collective", "jobs-board",
            "agencies and clients post jobs; reply in thread with your offer", "tr-jobs-board.json");
    private final Persona ingrid = cast.person("ingrid.solheim", "Ingrid Solheim");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wrona");
    private final Persona aurelie = cast.person("aurelie.m", "Aurelie Marchand");
    private final Persona benedikt = cast.person("benedikt.auer", "Benedikt Auer");
    private final Persona paloma = cast.person("paloma.pm", "Paloma Ruiz");
    private final Persona kenji = cast.person("kenji.mori", "Kenji Mori");
    private final Persona reza = cast.person("reza.teaches", "Reza Tehrani");
    private final Channel dmKenji = cast.dm(kenji, "tr-dm-kenji.json");
    private final Channel dmBenedikt = cast.dm(benedikt, "tr-dm-benedikt.json");

    // --- B. a climbing gym's own server ---
    private final String cragline = cast.guild(668);
    private final Role staff = cast.role("Staff", "#e67e22", 2);
    private final Channel clNews = cast.channel(cragline, "Cragline Climbing Centre", "announcements",
            "news from the Cragline team", "cl-announcements.json");
    private final Channel clDesk = cast.channel(cragline, "Cragline Climbing Centre", "ask-the-desk",
            "questions about memberships, passes and classes: post here and our staff will reply", "cl-desk.json");
    private final Channel clSends = cast.channel(cragline, "Cragline Climbing Centre", "beta-and-sends",
            "share your sends and beta for the current sets", "cl-sends.json");
    private final Channel clChat = cast.channel(cragline, "Cragline Climbing Centre", "general",
            "members' chat, partners, crag trips", "cl-general.json");
    private final Persona marisol = cast.person("marisol.sets", "Marisol Quintero", staff);
    private final Persona declan = cast.person("declan.desk", "Declan Foyle", staff);
    private final Persona priya = cast.person("priya.n", "Priya Natarajan");
    private final Persona oskar = cast.person("oskar.physio", "Oskar Lindqvist");
    private final Persona hattie = cast.person("hattie.b", "Hattie Brennan");
    private final Persona femi = cast.person("femi.climbs", "Femi Okonkwo");
    private final Persona wen = cast.person("wen.j", "Wen Jiahui");
    private final Persona lorcan = cast.person("lorcan.d", "Lorcan Daly");

    // --- C. chess club ---
    private final String owls = cast.guild(669);
    private final Channel chGeneral = cast.channel(owls, "Knight Owls Chess Club", "general",
            "club chat", "ch-general.json");
    private final Channel chAnalysis = cast.channel(owls, "Knight Owls Chess Club", "game-analysis",
            "post your games, get feedback", "ch-analysis.json");
    private final Channel chFixtures = cast.channel(owls, "Knight Owls Chess Club", "fixtures",
            "league fixtures and team lists, posted by the match secretary", "ch-fixtures.json");
    private final Persona gordon = cast.person("gordon.pike", "Gordon Pike");
    private final Persona ananya = cast.person("ananya.i", "Ananya Iyer");
    private final Persona viktor = cast.person("viktor.h", "Viktor Halas");
    private final Persona moira = cast.person("moira.g", "Moira Gallacher");
    private final Persona lukas = cast.person("lukas.feld", "Lukas Feld");
    private final Persona pablo = cast.person("pablo.o", "Pablo Ortega");
    private final Persona esme = cast.person("esme.w", "Esme Whitlock");

    // --- D. locksmiths ---
    private final String keyway = cast.guild(670);
    private final Channel lkShop = cast.channel(keyway, "Keyway Locksmiths", "shop-talk",
            "trade chat for working locksmiths", "lk-shop-talk.json");
    private final Channel lkTools = cast.channel(keyway, "Keyway Locksmiths", "tools-for-sale",
            "sell your own tools and stock, one post per item", "lk-tools-for-sale.json");
    private final Channel lkJobs = cast.channel(keyway, "Keyway Locksmiths", "jobs-and-referrals",
            "jobs from the public, and work you can't cover: pass it on", "lk-jobs.json");
    private final Persona clive = cast.person("clive.ash", "Clive Ashworth");
    private final Persona nadia = cast.person("nadia.r", "Nadia Rahman");
    private final Persona trent = cast.person("trent.locks", "Trent Bywater");
    private final Persona gus = cast.person("gus.k", "Gus Kowalczyk");
    private final Persona dawn = cast.person("dawn.p", "Dawn Pettifer");
    private final Persona imogen = cast.person("imogen.f", "Imogen Frayne");
    private final Persona sol = cast.person("sol.abadi", "Sol Abadi");

    // --- E. tarot readers ---
    private final String openDeck = cast.guild(671);
    private final Channel taGeneral = cast.channel(openDeck, "The Open Deck", "general",
            "chat, deck talk, memes", "ta-general.json");
    private final Channel taSpread = cast.channel(openDeck, "The Open Deck", "spread-help",
            "ask about a reading or a card: members help each other", "ta-spread-help.json");
    private final Channel taOffers = cast.channel(openDeck, "The Open Deck", "readers-offering",
            "readers: offer your paid readings here, one post a week each", "ta-readers-offering.json");
    private final Persona selene = cast.person("selene.reads", "Selene Avery");
    private final Persona marguerite = cast.person("marguerite.o", "Marguerite Okafor");
    private final Persona dani = cast.person("dani.f", "Dani Ferreira");
    private final Persona corvin = cast.person("corvin.hale", "Corvin Hale");
    private final Persona astrid = cast.person("astrid.n", "Astrid Nyberg");
    private final Persona ruby = cast.person("ruby.c", "Ruby Castellanos");
    private final Channel dmCorvin = cast.dm(corvin, "ta-dm-corvin.json");

    // --- F. bonsai growers ---
    private final String littleTrees = cast.guild(672);
    private final Channel bnGeneral = cast.channel(littleTrees, "Little Trees Club", "general",
            "chat", "bn-general.json");
    private final Channel bnHelp = cast.channel(littleTrees, "Little Trees Club", "tree-help",
            "problems with your trees? ask here", "bn-tree-help.json");
    private final Channel bnShow = cast.channel(littleTrees, "Little Trees Club", "show-your-trees",
            "progress pics of your own trees", "bn-show.json");
    private final Channel bnStock = cast.channel(littleTrees, "Little Trees Club", "nursery-stock",
            "members selling trees, pots and soil", "bn-nursery-stock.json");
    private final Persona haruto = cast.person("haruto.s", "Haruto Sasaki");
    private final Persona wilf = cast.person("wilf.m", "Wilf Merriman");
    private final Persona dagny = cast.person("dagny.holm", "Dagny Holm");
    private final Persona olwen = cast.person("olwen.p", "Olwen Price");
    private final Persona caspar = cast.person("caspar.v", "Caspar Vane");
    private final Persona beatrix = cast.person("beatrix.l", "Beatrix Lowe");
    private final Channel dmDagny = cast.dm(dagny, "bn-dm-dagny.json");

    // --- G. doulas ---
    private final String birthKeepers = cast.guild(673);
    private final Channel dlGeneral = cast.channel(birthKeepers, "Birth Keepers Network", "general",
            "chat for doulas and the families we support", "dl-general.json");
    private final Channel dlPeer = cast.channel(birthKeepers, "Birth Keepers Network", "peer-support",
            "debriefs, hard births, self-care. doulas only please", "dl-peer-support.json");
    private final Channel dlRef = cast.channel(birthKeepers, "Birth Keepers Network", "referrals",
            "pass on clients you can't take: area, dates, needs", "dl-referrals.json");
    private final Persona efua = cast.person("efua.m", "Efua Mensah");
    private final Persona rosa = cast.person("rosa.d", "Rosa Delgado");
    private final Persona leontine = cast.person("leontine.calm", "Leontine Marsh");
    private final Persona harriet = cast.person("harriet.s", "Harriet Sowerby");
    private final Persona ngozi = cast.person("ngozi.e", "Ngozi Eze");
    private final Persona bryony = cast.person("bryony.t", "Bryony Tait");
    private final Persona saoirse = cast.person("saoirse.f", "Saoirse Flynn");
    private final Channel dmHarriet = cast.dm(harriet, "dl-dm-harriet.json");

    // --- H. vintage car restorers ---
    private final String chrome = cast.guild(674);
    private final Channel crGarage = cast.channel(chrome, "Chrome & Rust Restorers", "garage-chat",
            "general natter", "cr-garage-chat.json");
    private final Channel crTech = cast.channel(chrome, "Chrome & Rust Restorers", "tech-help",
            "stuck on a job? ask here", "cr-tech-help.json");
    private final Channel crParts = cast.channel(chrome, "Chrome & Rust Restorers", "parts-for-sale",
            "your own spares for sale: price it and say where", "cr-parts-for-sale.json");
    private final Channel crShow = cast.channel(chrome, "Chrome & Rust Restorers", "show-your-resto",
            "your own restorations, before and after", "cr-show.json");
    private final Persona alistair = cast.person("alistair.g", "Alistair Grieve");
    private final Persona bernadette = cast.person("bernadette.trim", "Bernadette Crowe");
    private final Persona everett = cast.person("everett.d", "Everett Dunmore");
    private final Persona maeve = cast.person("maeve.l", "Maeve Lennon");
    private final Persona rupert = cast.person("rupert.o", "Rupert Oyelaran");
    private final Persona cosmo = cast.person("cosmo.p", "Cosmo Pritchard");
    private final Persona ffion = cast.person("ffion.j", "Ffion Jarvis");

    HeldOutScenes39Script() {
        super(new SceneIds(29200), FIRST_MONDAY, 21);
        translators();
        climbingGym();
        chessClub();
        locksmiths();
        tarot();
        bonsai();
        doulas();
        restorers();
    }

    static Map<String, String> files() {
        return new HeldOutScenes39Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-39"), files(), "held-out round 39");
    }

    /** Translators: a course seller's plugs, a tool maker who answers when asked and then sells cold, a job answered. */
    private void translators() {
        // Week 1.
        say(1, "09:10", trGeneral, ingrid, "Morning all. The October term-swap call is Thursday 18:00 CET, add "
                + "yourself to the sheet if you're coming: https://docs.example/sheet/term-swap-oct");
        Post coffee = say(1, "09:40", trGeneral, tomasz, "coffee #3 and it's not even ten. 4k words of pharma due "
                + "tomorrow");
        re(1, "09:42", aurelie, coffee, "courage! pharma on a Monday should be illegal");
        Post sheltered = say(1, "11:05", trTerms, tomasz, "PL>EN: 'zakład pracy chronionej'. sheltered workplace? "
                + "supported employment enterprise? client is a ministry so it has to sound official");
        re(1, "13:30", ingrid, sheltered, "EU texts use 'sheltered employment establishment' I think. check IATE "
                + "before you trust me");
        re(1, "13:50", tomasz, sheltered, "IATE agrees with you, thanks!");
        joins(2, "08:10", trGeneral, kenji);
        Post hello = say(2, "08:15", trGeneral, kenji, "Hi everyone, Kenji here, JA>EN, mostly games and manga, "
                + "based in Osaka. found you via Ingrid's blog. still figuring out how agencies work outside Japan");
        re(2, "08:40", ingrid, hello, "Welcome Kenji! Ask anything, we're a nosy bunch");
        re(2, "09:02", aurelie, hello, "bienvenue ! games people are rare here, we need you");
        say(2, "10:20", trJobs, paloma, "[JOB] ES>EN and JA>EN, marketing copy for a kitchenware brand, ~6k words "
                + "each, deadline 16 Oct. Reply here or DM me with your rate + a sample.");
        say(2, "14:10", dmKenji, kenji, "Hi @Paloma Ruiz, about your JA>EN kitchenware job: I can do the 6k words "
                + "by the 14th at €0.11/word. A sample of product copy I did for a ceramics shop: "
                + "https://kenjimori.example/samples/ceramics.pdf");
        say(2, "16:45", dmKenji, paloma, "Thanks Kenji, the sample reads well. Could you do a 300-word test this "
                + "week?");
        say(2, "17:10", dmKenji, kenji, "Sure, send it over!");
        say(3, "10:00", trTerms, reza, "Terminology giving you headaches? My course Terminology Mastery covers "
                + "exactly this, 30% off with code TERM30 this week: https://rezatehrani.example/courses/terminology");
        Post nbsp = say(3, "10:30", trGeneral, benedikt, "does anyone else get the QA check flagging every "
                + "non-breaking space as an error? driving me nuts");
        re(3, "10:50", aurelie, nbsp, "yes! in Trados untick 'check for spaces before punctuation' under QA "
                + "Checker > Punctuation. fixed it for my French files");
        re(3, "11:15", benedikt, nbsp, "found it, merci Aurélie 🙏");
        Post slides = say(4, "09:00", trGeneral, ingrid, "Term-swap call tomorrow, 6 names on the sheet so far. "
                + "@Aurelie Marchand you're presenting the legal glossary, right?");
        re(4, "09:30", aurelie, slides, "Yes! slides nearly done. Off to the Lyon conference straight after, back "
                + "Tuesday");
        say(5, "18:30", trGeneral, ingrid, "Thanks all for coming, the recording is on the members' drive. "
                + "Aurelie's glossary slides were 🔥");
        say(5, "18:45", trGeneral, tomasz, "learned more in an hour than in a month of googling");
        say(5, "19:10", trTerms, tomasz, "@Aurelie Marchand quick one for when you're back: 'mise en demeure' in a "
                + "lease, 'formal notice' or 'letter of demand'?");
        Post bootcamp = say(6, "11:00", trGeneral, reza, "Weekend read: 5 mistakes new translators make with "
                + "clients, and how my Translator Business Bootcamp fixes them. Enrol here: "
                + "https://rezatehrani.example/bootcamp");
        re(6, "11:20", tomasz, bootcamp, "😐");

        // Week 2.
        Post first = say(8, "09:00", trGeneral, kenji, "got my first agency job through here! thanks @Paloma Ruiz "
                + "for the chance");
        re(8, "09:20", paloma, first, "you aced the test 🎉");
        Post senpai = say(8, "10:00", trTerms, kenji, "JA>EN games: how do you all handle 先輩? keep 'senpai' or "
                + "localise? the client's style guide says nothing");
        re(8, "12:30", tomasz, senpai, "not my pair, but in manga fan translations 'senpai' usually stays. for a "
                + "mainstream game I'd ask the client");
        say(9, "08:40", trTerms, aurelie, "Back from Lyon! Tomasz: 'formal notice' for a lease, 'letter of demand' "
                + "smells of debt collection. sorry for the wait");
        say(9, "09:05", trTerms, tomasz, "perfect, dziękuję! hope Lyon was fun");
        Post qa = say(9, "11:00", trTerms, paloma, "what do you all use for QA checks on big multi-language jobs? "
                + "our PMs are drowning in Excel");
        re(9, "11:40", benedikt, qa, "Xbench is the usual answer. Full disclosure, I also make a small Trados "
                + "plugin, TermGuard, that does batch QA across languages; free trial at https://termguard.example "
                + "if you want to compare. Verifika is good too.");
        re(9, "12:10", paloma, qa, "oh nice, will trial both with the team, thanks!");
        say(10, "15:00", dmBenedikt, benedikt, "Hi @Kenji Mori, welcome to the collective! Saw you're new to agency "
                + "work. Most agencies want Trados QA reports and TermGuard makes them in one click: 20% off the "
                + "annual licence for newcomers (€96 instead of €120). Book a 15-min demo here: "
                + "https://termguard.example/book");
        say(10, "16:30", dmBenedikt, kenji, "thanks, but I'm on memoQ");
        Post modNote = say(11, "09:00", trGeneral, ingrid, "Mod note: a gentle reminder that we don't do course "
                + "ads in general or terminology. If you sell training, ask me first 🙏");
        re(11, "09:30", reza, modNote, "Noted, sorry Ingrid!");
        Post overtime = say(11, "14:00", trTerms, tomasz, "'godziny nadliczbowe' in a collective agreement: "
                + "'overtime hours'? or is there a fancier term");
        re(11, "17:20", ingrid, overtime, "'overtime hours' is fine, nothing fancier needed");
        re(11, "17:30", tomasz, overtime, "dzięki!");
        Post mtpe = say(12, "10:00", trGeneral, aurelie, "Is it just me or are agencies offering 'AI post-editing' "
                + "at 40% of the rate now?! 🙃");
        re(12, "10:12", tomasz, mtpe, "not just you. said no to two this month");
        re(12, "10:30", ingrid, mtpe, "we should do a call on MTPE rates. who'd come?");
        re(12, "10:40", kenji, mtpe, "me! no idea what to charge");

        // Week 3.
        say(15, "09:00", trGeneral, ingrid, "MTPE rates call: Thu 15 Oct 18:00 CET, sheet's here: "
                + "https://docs.example/sheet/mtpe-call");
        Post lease = say(16, "11:00", trJobs, paloma, "[JOB] FR>EN legal, 12 pages of lease contracts, certified, "
                + "deadline 30 Oct. Reply with your rate.");
        re(16, "11:40", aurelie, lease, "I'd love this one. €0.14/word or €38/page certified, can start Monday");
        re(16, "12:00", paloma, lease, "Great, DMing you the files");
        Post soup = say(17, "14:00", trGeneral, tomasz, "ministry job delivered 🎉 my brain is soup");
        re(17, "14:05", aurelie, soup, "🥳");
        say(16, "20:00", trGeneral, kenji, "added myself for the MTPE call. nervous lol");
        say(18, "19:30", trGeneral, ingrid, "great call tonight, notes are pinned. next one in November");
        Post otsukare = say(20, "09:00", trTerms, kenji, "「お疲れ様です」 in a game, end of a work scene. 'thanks "
                + "for your hard work' sounds so stiff");
        re(20, "09:50", reza, otsukare, "speaking as a gamer rather than a JA translator: 'nice work today' or "
                + "just 'see you tomorrow' reads natural. depends how close the characters are");
        re(20, "10:05", kenji, otsukare, "casual coworkers. 'nice work today' it is, thanks Reza");
    }

    /** The gym's own server: staff post the gym's offers, one leaves a customer's question two days, a physio pitches. */
    private void climbingGym() {
        // Week 1.
        say(1, "08:00", clNews, marisol, "New bouldering circuit goes up Wednesday: wall 3 closed Tue 10:00-18:00. "
                + "The October intro-to-lead course is £85 for 4 sessions, book at https://cragline.example/courses/lead");
        Post freeze = say(1, "12:00", clDesk, hattie, "hi! can I freeze my membership for 3 weeks? off on a work "
                + "trip");
        re(1, "12:40", declan, freeze, "Hi Hattie, yes, up to 6 weeks a year. Put the dates in the app under "
                + "Membership > Freeze, or tell me here and I'll do it");
        re(1, "13:00", hattie, freeze, "14 Oct to 4 Nov please!");
        re(1, "13:10", declan, freeze, "done ✅ enjoy the trip");
        Post jelly = say(2, "18:50", clChat, priya, "first week climbing here and my arms are jelly. is that "
                + "normal or am I doing it wrong 😅");
        re(2, "19:05", lorcan, jelly, "totally normal. climb with straight arms when you can, it gets better");
        Post stanage = say(2, "19:20", clChat, oskar, "anyone fancy Stanage on Sunday if it's dry?");
        re(2, "19:40", lorcan, stanage, "if it's dry. big if");
        Post spotter = say(2, "19:30", clChat, femi, "who's in tomorrow evening? need a spotter for the roof "
                + "problem");
        re(2, "19:45", wen, spotter, "me, from 7");
        Post flash = say(3, "21:00", clSends, femi, "Flashed the pink on wall 2!! the heel hook at the top is the "
                + "key");
        re(3, "21:10", lorcan, flash, "nice, I fell off that heel hook 5 times");
        say(3, "17:00", clNews, marisol, "I'm off setting at the Northern Bouldering Open until Sunday, back "
                + "Monday. Declan and the desk team have you covered!");
        Post pass = say(4, "09:15", clDesk, priya, "morning! I bought a 10-visit pass last month, only used 3 and "
                + "the app now says 0 left. could someone check?");
        Post chalk = say(4, "18:00", clChat, declan, "@Femi Okonkwo your chalk bag's been in lost property since "
                + "Tuesday 😂");
        re(4, "18:20", femi, chalk, "so THAT's where it went");
        say(5, "12:00", clNews, declan, "Friday social climb tonight 7pm, pizza after. Sign up at the desk or "
                + "here so we order enough: https://forms.example/cragline-social");
        say(5, "16:00", clDesk, priya, "sorry to nag, it still shows 0 visits 🙈");
        re(6, "10:00", declan, pass, "Priya so sorry, only just seen this! The pass had been added to a second "
                + "account by mistake. Fixed: 7 visits left, and your next visit's on us.");
        re(6, "10:30", priya, pass, "amazing, thank you!! ❤️");

        // Week 2.
        say(8, "09:00", clNews, marisol, "Back from the Open! New comp set on wall 1 from Wednesday. The club comp "
                + "poll is in #general, vote for the night that suits you");
        say(8, "09:05", clChat, marisol, "📌 Poll: club comp night, Thursday or Friday? react 👍 for Thursday, 🔥 "
                + "for Friday").react("👍", wen, lorcan, femi, priya).react("🔥", oskar, hattie);
        Post overhang = say(10, "19:00", clSends, wen, "finally sent the purple overhang after 3 weeks. beta: left "
                + "toe hook, don't match on the jug");
        re(10, "19:20", femi, overhang, "congrats!! that toe hook is evil");
        Post finger = say(9, "20:00", clChat, priya, "tweaked something in my ring finger on the crimpy yellow, "
                + "hurts when I bend it. rest or climb through it?");
        re(9, "20:25", oskar, finger, "sounds like a pulley. I'm a physio and do climbing injury assessments at my "
                + "clinic, £45 for the hour, DM me and I'll get you in this week");
        re(9, "20:40", marisol, finger, "Stop climbing on it for now and no crimping. If it swells or you heard a "
                + "pop, see a doctor. @Declan Foyle can you leave the taping guide at the desk for Priya?");
        re(9, "21:00", priya, finger, "thanks Marisol, resting it. no pop thankfully");
        re(10, "09:00", declan, finger, "taping guide's at the front desk with your name on it Priya 👍");
        Post vid = say(11, "20:00", clSends, femi, "new vid: all 8 of the new wall-1 problems with beta, on my "
                + "channel https://youtube.example/watch?v=femiclimbs8");
        re(11, "20:30", lorcan, vid, "legend, saved me an evening of falling off things");
        Post hoodie = say(12, "12:00", clDesk, lorcan, "do you still sell the Cragline hoodies? the green one");
        re(12, "12:30", marisol, hoodie, "Yes! £38 at the desk, or online: https://cragline.example/shop/hoodie-green. "
                + "S to XL in stock");

        // Week 3.
        say(15, "09:00", clNews, declan, "Club comp night is Thursday (poll said 14 to 9). Free for members, sign "
                + "up here: https://forms.example/cragline-comp-oct");
        Post masters = say(15, "10:00", clChat, oskar, "does the comp have a masters category?");
        re(15, "10:30", declan, masters, "it does, 40+, all genders");
        Post dublin = say(16, "18:00", clChat, hattie, "checking in from Dublin, missing plastic already. is the "
                + "yellow still up when I'm back on the 4th?");
        re(16, "18:40", marisol, dublin, "yellow comes down on the 2nd, sorry Hattie! the new set will be kinder");
        say(17, "19:00", clChat, priya, "finger's much better, back on easy stuff. thanks for the help everyone");
        say(18, "21:00", clSends, lorcan, "comp: 6/8 tops, that slab was a nightmare");
        say(18, "21:05", clSends, femi, "7/8, the slab said no to me too");
        say(18, "21:15", clSends, wen, "4/8 but I flashed the dyno!! 🙌");
        Post photos = say(19, "10:00", clDesk, wen, "@Declan Foyle are the comp photos going up anywhere?");
        re(19, "11:00", declan, photos, "Photographer sends them Monday, we'll post in #announcements");
    }

    /** Chess club, where nobody sells: a learner who takes and lets a helper's question go by, then gives back. */
    private void chessClub() {
        // Week 1.
        say(1, "19:00", chFixtures, gordon, "Div 2 v Castle Hill, Tue 29 Sep, away. Team: Viktor, Moira, Pablo, "
                + "Esme. Boards in that order.");
        say(1, "19:30", chGeneral, moira, "Good luck to the Div 2 team tomorrow! Club night Thursday as usual, "
                + "beginners' table from 7.");
        Post win = say(2, "22:30", chGeneral, viktor, "2.5-1.5 at Castle Hill 🎉 Esme's endgame was a masterclass");
        re(2, "22:40", esme, win, "a lucky masterclass. he hung a rook");
        Post caro = say(3, "18:00", chAnalysis, ananya, "lost again with black in the Caro-Kann, here's the game "
                + "https://lichess.example/AbC123xy what went wrong?");
        re(3, "20:30", viktor, caro, "11...Nf6? lets him play e5 with tempo, 11...Ngf6 was fine. Which line do you "
                + "usually play against 3.e5, 3...Bf5 or 3...c5?");
        re(3, "20:45", ananya, caro, "thanks!!");
        say(4, "19:00", chGeneral, lukas, "streaming club night blitz from the back table tonight if anyone wants "
                + "to watch: https://twitch.example/lukasfeld");
        Post loss = say(5, "17:00", chAnalysis, ananya, "another loss 😭 https://lichess.example/Qr7tLm2p");
        re(5, "18:10", viktor, loss, "You missed 24.Rxd5! wins a piece: checks and captures first, always. Still "
                + "curious which line you play against 3.e5 btw?");
        re(5, "18:30", pablo, loss, "that one's sneaky though, I missed it too at first");
        re(5, "19:00", ananya, loss, "ty 🙏");
        Post rapid = say(6, "11:00", chGeneral, pablo, "anyone going to the Leeds rapidplay in November? carshare?");
        re(6, "11:30", esme, rapid, "me! I can drive, 2 seats");
        Post won = say(7, "10:00", chAnalysis, ananya, "won this one!! https://lichess.example/Wn4hP0qz any "
                + "comments?");
        re(7, "12:00", viktor, won, "Nice! 18.Qh5 was strong. 31.Kf2 was slow, Rc7 wins faster.");
        re(7, "12:15", ananya, won, "thank youuu");

        // Week 2.
        say(8, "19:00", chFixtures, gordon, "Div 1 v Riverside, Wed 7 Oct, home. Team: Viktor, Moira, Gordon, "
                + "Lukas. Div 2 has a bye.");
        Post rook = say(9, "10:00", chAnalysis, esme, "Moira and I argued for an hour about this R+P v R ending. "
                + "Philidor or not? https://lichess.example/EsmPos55");
        re(9, "12:00", moira, rook, "It's not Philidor, the king's cut off. I stand by my loss 😂");
        re(9, "12:30", viktor, rook, "Moira's right, it's a Lucena-ish win for white after Rb4");
        Post draw = say(10, "22:00", chGeneral, gordon, "Div 1 drew 2-2 with Riverside. Lukas held a worse ending "
                + "for 3 hours, respect");
        re(10, "22:10", lukas, draw, "my brain is porridge");
        Post trap = say(11, "14:00", chAnalysis, ananya, "@Viktor Halas sorry I never answered: 3...Bf5! and I "
                + "found a trap in it for other beginners, after 4.Nc3 e6 5.g4 Bg6 6.Nge2 c5 white's centre "
                + "wobbles. my study: https://lichess.example/study/Bf5trap");
        re(11, "15:00", viktor, trap, "nice find, that c5 break is exactly the idea");
        Post switching = say(12, "19:00", chGeneral, pablo, "thinking of switching to the Caro-Kann as black. is "
                + "3...Bf5 playable at club level or too much theory?");
        re(12, "19:20", ananya, switching, "I play it! very playable, the main thing is knowing the g4 pawn storm "
                + "ideas. I can share my study notes if you want");
        re(12, "19:30", pablo, switching, "yes please!");

        // Week 3.
        say(15, "19:00", chFixtures, gordon, "Club championship round 1: Thu 15 Oct, 7:15 start. Pairings: "
                + "https://chessresults.example/knightowls-2026");
        say(15, "19:05", chGeneral, moira, "Please vote in the pinned poll: should club night move to Wednesdays "
                + "from January? closes Sunday");
        Post streaming = say(16, "09:00", chGeneral, esme, "is anyone streaming the club champs?");
        re(16, "12:00", lukas, streaming, "I'll stream the top boards if Gordon's ok with it: "
                + "https://twitch.example/lukasfeld");
        re(16, "12:20", gordon, streaming, "fine by me, 30 min delay please so nobody gets ideas");
        re(16, "12:25", lukas, streaming, "of course 👍");
        Post retire = say(18, "23:00", chGeneral, viktor, "round 1 done. Ananya beat me. I'm retiring. 😂");
        re(18, "23:05", ananya, retire, "he was in time trouble!! still shaking");
        re(18, "23:10", moira, retire, "brilliant game Ananya, the whole room was watching");
        Post knight = say(19, "10:00", chAnalysis, ananya, "my win from last night if anyone wants to see Viktor "
                + "suffer https://lichess.example/Rnd1Av9k");
        re(19, "11:00", pablo, knight, "that knight sac on move 20?! calculated or vibes?");
        re(19, "11:20", ananya, knight, "half vibes, half I'd seen it in a Caro study 😅");
        say(20, "18:00", chFixtures, gordon, "Round 2 pairings go up Sunday.");
    }

    /** Locksmiths: a question that waits for someone away, a seller who talks shop while a homeowner's job waits. */
    private void locksmiths() {
        // Week 1.
        say(1, "07:30", lkShop, clive, "Off to a big commercial job in Cornwall, no signal most of the week, back "
                + "Thursday");
        say(1, "10:00", lkShop, nadia, "@Clive Ashworth you fitted those Mul-T-Lock cams last year, do the 7x7 "
                + "ones fit a standard euro housing?");
        Post lockouts = say(1, "11:00", lkShop, gus, "morning all. third lockout today and it's not even 11");
        re(1, "11:10", sol, lockouts, "students are back, it's lockout season");
        say(2, "09:00", lkTools, trent, "Selling my spare Lishi HU66 2-in-1, barely used, £60 + postage: "
                + "https://keyway-market.example/listing/3920");
        Post ultion = say(2, "14:00", lkShop, trent, "anyone tried the new Ultion with the attack indicator? had a "
                + "customer ask");
        re(2, "14:20", sol, ultion, "fitted two. feels solid, pricey though");
        re(2, "14:30", trent, ultion, "cheers Sol");
        Post swindon = say(3, "08:00", lkJobs, imogen, "Can't cover: commercial rekey in Swindon, 30 doors, next "
                + "week. Anyone? DM me");
        re(3, "09:10", sol, swindon, "I'll take it if nobody closer does, DMing");
        Post back = say(4, "19:00", lkShop, clive, "Back! Nadia: yes, the 7x7 fits a standard euro profile, you "
                + "just need the longer cam screw. sorry for the slow one, Cornwall had zero bars");
        re(4, "19:20", nadia, back, "brilliant, thanks Clive. how was the job?");
        re(4, "19:40", clive, back, "220 locks and a seagull stole my pasty");
        say(5, "10:00", lkTools, clive, "Restocked my hand-made tension wrenches, spring steel, set of 8 for £18: "
                + "https://ashworthtools.example/tension-8");
        Post bs = say(5, "10:30", lkShop, gus, "anyone else think the new BS3621 guidance is a mess?");
        re(5, "11:00", trent, bs, "total mess, insurers don't even read it");

        // Week 2.
        Post custom = say(8, "08:30", lkShop, trent, "how are you lot finding new customers? domestic work's been "
                + "dead since August, just insurance jobs");
        re(8, "09:00", nadia, custom, "Google Business profile honestly. and being the one who picks up at 11pm");
        re(8, "09:10", gus, custom, "leaflets at the student lets, every September");
        Post shed = say(8, "12:00", lkJobs, dawn, "Hi, hope it's ok to ask here. Locked out of my garden workshop "
                + "in Bristol (BS5): lost the key to the padlock and to the 5-lever on the door. Can anyone help this "
                + "week?");
        Post gun = say(8, "13:00", lkShop, trent, "Gus do you still use the Magnum pick gun or gone electric?");
        re(8, "13:20", gus, gun, "electric, never going back");
        re(8, "13:30", trent, gun, "which one? the Magnum's killing my wrist");
        re(8, "14:00", gus, gun, "a Kwikset one from the US, I'll send you the link");
        re(9, "08:00", nadia, shed, "Not my patch (Leeds), sorry! hope someone in Bristol sees this");
        Post show = say(9, "09:00", lkShop, trent, "Sol, you still doing the picking demo at the trade show?");
        re(9, "09:30", sol, show, "yep, Saturday 3pm, come heckle");
        re(9, "09:40", trent, show, "will do 😂");
        say(9, "16:00", lkShop, trent, "quiet day here in Bristol. one insurance job in Clifton then nothing");
        Post avocet = say(10, "10:00", lkShop, clive, "anyone know a decent supplier for Avocet ABS in bulk?");
        re(10, "10:20", trent, avocet, "Locks Direct did me 20 for a good price last month");
        re(10, "10:25", clive, avocet, "ta Trent");
        say(10, "18:00", lkJobs, dawn, "anyone? still locked out 🙁 happy to pay a call-out");
        re(11, "09:00", trent, gun, "@Gus Kowalczyk did that pick gun link ever turn up?");
        re(11, "09:30", gus, gun, "oops, https://locktools.example/kw-electric-pick");
        re(11, "09:35", trent, gun, "legend");
        re(11, "20:00", dawn, shed, "Sorted, a neighbour knew someone. thanks Nadia for replying");
        Post dinner = say(12, "17:00", lkShop, trent, "anyone going to the MLA dinner in Birmingham?");
        re(12, "17:30", imogen, dinner, "yes, table 6, come say hi");
        re(12, "17:40", trent, dinner, "see you there");

        // Week 3.
        Post cylinders = say(15, "08:30", lkTools, gus, "Selling: 20 Abus Bravus cylinders, new in box, £12 each or "
                + "£200 the lot. https://keyway-market.example/listing/4471");
        re(17, "08:30", gus, cylinders, "12 left, same link https://keyway-market.example/listing/4471");
        Post exeter = say(15, "12:00", lkJobs, sol, "Can't cover: safe opening in Exeter on the 20th. Anyone with a "
                + "scope?");
        re(15, "12:40", clive, exeter, "I can, I'm down that way that week anyway. DMing you");
        Post waiver = say(16, "10:00", lkShop, imogen, "does anyone have a template for a lockout waiver? had a "
                + "landlord dispute");
        re(16, "10:30", nadia, waiver, "here's mine, adapt away https://docs.example/nadia-lockout-waiver");
        re(16, "10:45", imogen, waiver, "life saver, thank you!");
        Post tired = say(18, "19:00", lkShop, gus, "6 lockouts, 2 burglary repairs, 1 cat flap. what a week");
        re(18, "19:10", clive, tired, "a cat flap 😂");
    }

    /** Tarot readers: a reader's vote asked of the people she talks with, and a cold reading sold to a newcomer by DM. */
    private void tarot() {
        // Week 1.
        say(1, "10:00", taGeneral, astrid, "Welcome to October! Deck of the month vote: reply 🔥 for Thoth, ❤️ for "
                + "the Wild Unknown. Closes Friday");
        say(1, "11:00", taGeneral, ruby, "🔥");
        say(1, "12:30", taGeneral, corvin, "🔥 Thoth obviously");
        Post newDeck = say(2, "20:00", taGeneral, dani, "hi all, Dani here, got my first deck (Rider-Waite) for my "
                + "birthday and have no idea what I'm doing 😅");
        re(2, "20:15", marguerite, newDeck, "Welcome Dani! Start with one card a day and jot down what you notice, "
                + "no pressure to memorise anything");
        re(2, "20:30", selene, newDeck, "welcome! RWS is the best first deck, the pictures do half the work");
        re(2, "20:45", dani, newDeck, "thank you both 💛");
        say(3, "09:00", taOffers, selene, "Readings open for October: 3-card £20, Celtic Cross £45, by video or "
                + "written. Book: https://seleneavery.example/book");
        Post tower = say(3, "19:00", taSpread, dani, "pulled the Tower for 'how will the new job go' 😬 should I be "
                + "worried?!");
        re(3, "19:30", ruby, tower, "oh great, the Tower, I'll start packing your desk 😂 (jk jk)");
        re(3, "19:40", marguerite, tower, "Not doom! The Tower is often the shake-up that clears out something "
                + "that wasn't working. A new job is literally a change of structure. What did you notice in the "
                + "picture?");
        re(3, "20:00", dani, tower, "lightning, people falling, very dramatic lol. but ok, a shake-up, that makes "
                + "sense");
        say(4, "10:30", dmCorvin, corvin, "Hi @Dani Ferreira, I saw your Tower pull. The energy around you feels "
                + "heavy right now. I do 30-min clarity readings for £25, want me to book you in? "
                + "https://corvinhale.example/calendly");
        say(4, "12:00", dmCorvin, dani, "oh, thanks, but I'm just learning for fun");
        Post deckResult = say(5, "18:00", taGeneral, astrid, "Deck of the month: Thoth wins 9 to 6. Study thread "
                + "starts Monday in #spread-help");
        re(6, "10:00", selene, deckResult, "Thoth! my first love. Ruby you'll be converted by November");
        re(6, "10:20", ruby, deckResult, "we'll see about that 👀");

        // Week 2.
        Post vote = say(8, "19:00", taGeneral, selene, "I've been shortlisted for the Holistic Business Awards 🥹 "
                + "if any of you have a minute, voting's open till Friday: "
                + "https://holisticawards.example/vote/selene-avery");
        re(8, "19:10", ruby, vote, "voted! congrats 🎉");
        re(8, "19:30", marguerite, vote, "done, fingers crossed for you");
        Post lust = say(9, "21:00", taSpread, ruby, "Thoth study: Lust (Strength in RWS?) confuses me. why the "
                + "name change?");
        re(10, "08:30", marguerite, lust, "Crowley renamed it to stress vitality and passion rather than taming. "
                + "Same slot, XI in the Thoth. The Book of Thoth chapter on it is worth the slog");
        re(10, "09:15", selene, lust, "and in practice I read it as 'ecstatic courage'. it's a yes card");
        re(10, "09:40", ruby, lust, "ecstatic courage, love that");
        Post reversals = say(11, "20:00", taSpread, dani, "how do you all read reversals? my book says one thing, "
                + "youtube another");
        re(11, "20:30", astrid, reversals, "Lots of us don't use them at all. Try a month without and see if you "
                + "miss them");
        re(11, "20:45", dani, reversals, "ok trying that! thanks Astrid");
        say(12, "09:00", taOffers, corvin, "Intuitive readings by Corvin: £25 for 30 min, book here "
                + "https://corvinhale.example/calendly");
        Post retro = say(12, "13:00", taGeneral, corvin, "Mercury retrograde starts Friday, anyone else feeling it "
                + "already?");
        re(12, "13:20", ruby, retro, "my wifi definitely is");

        // Week 3.
        say(15, "09:00", taOffers, selene, "Halloween special: 13-card year-ahead spreads, £55, 10 spots. "
                + "https://seleneavery.example/book");
        Post second = say(15, "12:00", taGeneral, selene, "Thank you all for voting!! I came second, honestly "
                + "thrilled 🥈");
        re(15, "12:30", astrid, second, "second in the country! proud of you");
        Post friendReading = say(16, "21:00", taSpread, dani, "did my first reading for a friend!! she cried (happy "
                + "tears). Three of Cups came up 🥂");
        re(16, "21:30", marguerite, friendReading, "the friendship card for a friend, perfect");
        Post heresy = say(17, "10:00", taSpread, ruby, "Thoth people: does anyone read the Thoth with RWS "
                + "meanings, or is that heresy");
        re(18, "09:00", dani, heresy, "not Thoth, but I mix my RWS with meanings from a Marseille book and it "
                + "works fine?");
        re(18, "09:30", astrid, heresy, "not heresy, plenty of us do");
        say(19, "08:00", taGeneral, marguerite, "Ten of Pentacles for my morning pull. bring on soup season");
    }

    /** Bonsai growers: a learner who talks the help through, a nursery owner who sells when asked. */
    private void bonsai() {
        // Week 1.
        Post juniper = say(1, "18:00", bnHelp, wilf, "my juniper's going brown from the inside, it's been on the "
                + "windowsill since I bought it in August. is it dying?");
        re(1, "18:40", haruto, juniper, "Junipers are outdoor trees, indoors they slowly starve of light. Is the "
                + "brown on the inner foliage only, or the new tips too?");
        re(1, "19:00", wilf, juniper, "inner mostly, tips still green-ish. it's a procumbens from the garden "
                + "centre");
        re(1, "19:15", haruto, juniper, "Then move it outside today, bright shade for a week, then sun. Inner "
                + "browning is normal shedding; watch the tips");
        re(2, "08:00", wilf, juniper, "moved it to the balcony, north-facing though. enough?");
        re(2, "12:30", haruto, juniper, "North is thin for a juniper. East is better if you have it");
        re(2, "12:45", wilf, juniper, "no east sadly, I'll ask my neighbour if it can live in her garden 😂");
        Post trident = say(3, "20:00", bnShow, caspar, "Trident maple, year 3 from a cutting. autumn colour "
                + "starting 🍁 https://instagram.example/caspar.trees/p/tm3");
        re(3, "20:30", olwen, trident, "that nebari is coming on lovely");
        say(4, "09:00", bnStock, dagny, "Autumn stock: field-grown tridents £40-£120, Japanese black pine "
                + "pre-bonsai £35. Collect from the nursery or posted: https://holmnursery.example/autumn");
        Post repot = say(4, "19:00", bnHelp, olwen, "when do you all repot tridents, spring or can I do it now?");
        re(4, "19:30", haruto, repot, "Spring, just as the buds swell. Autumn repotting is for a few conifers "
                + "only");
        re(5, "08:00", wilf, juniper, "update: neighbour says yes, it's moving to her south wall. thanks Haruto, "
                + "and sorry for all the questions");
        re(5, "08:30", haruto, juniper, "頑張って! Questions are how the club works");
        Post showSheet = say(6, "10:00", bnGeneral, beatrix, "Club show is Sat 17 Oct at the village hall. "
                + "Sign-up sheet for tables: https://forms.example/littletrees-show");
        re(6, "10:20", olwen, showSheet, "signed up!");

        // Week 2.
        say(8, "18:00", bnShow, caspar, "Same trident, first leaves going red 🍁 "
                + "https://instagram.example/caspar.trees/p/tm4");
        Post green = say(8, "19:00", bnGeneral, wilf, "juniper update: new tips bright green after a week outside "
                + "🎉");
        re(8, "19:20", haruto, green, "🌿");
        Post akadama = say(9, "12:00", bnGeneral, beatrix, "where do you all buy akadama? the garden centre stuff "
                + "turns to dust in a year");
        re(9, "14:00", dagny, akadama, "We stock hard-grade double-line at the nursery, £28 for 14L: "
                + "https://holmnursery.example/akadama. Kaizen's is good too if you're nearer them");
        re(9, "14:30", beatrix, akadama, "ooh, I'll come and pick some up Saturday");
        Post oval = say(10, "10:00", bnStock, olwen, "does anyone have a shallow glazed oval pot, about 25cm, "
                + "blue-ish? for my trident");
        re(10, "10:40", dagny, oval, "I have a Tokoname one in a sort of nanban blue, 24cm. I'll DM you pics");
        say(10, "11:00", dmDagny, dagny, "Hi @Olwen Price, pics of the blue oval: "
                + "https://holmnursery.example/pots/tokoname-24. It's £35 posted, want me to hold it till the show?");
        say(10, "11:30", dmDagny, olwen, "oh it's perfect, yes please hold it!");
        Post scale = say(11, "19:00", bnHelp, caspar, "scale on my ficus 😩 is rubbing alcohol ok?");
        re(11, "19:40", wilf, scale, "I had that on a jade last year! cotton bud with rubbing alcohol on each one, "
                + "then neem spray every week for a month. worked for me");
        re(12, "08:00", caspar, scale, "thanks Wilf, doing it tonight");

        // Week 3.
        say(15, "18:00", bnShow, caspar, "Show prep: trident cleaned up and wired 🍁 "
                + "https://instagram.example/caspar.trees/p/tm5");
        Post kettle = say(15, "19:00", bnGeneral, beatrix, "Show's Saturday! 14 tables booked. bring lunch, the "
                + "hall kettle is broken");
        re(16, "08:00", haruto, kettle, "I'll bring my kettle");
        Post wobble = say(17, "10:00", bnHelp, olwen, "help! slip-potted the trident into the new pot for the "
                + "show, no root pruning, and it wobbles. wire it in?");
        re(17, "10:30", haruto, wobble, "Yes, tie-down wires through the drainage holes, over the roots. It must "
                + "not rock or the fine roots tear");
        re(17, "11:00", olwen, wobble, "done, rock solid. ありがとう Haruto!");
        Post best = say(19, "09:00", bnGeneral, beatrix, "what a show! 60 visitors, and Haruto's juniper won best "
                + "in show 👏");
        re(19, "09:30", dagny, best, "congrats Haruto! and thanks for sending people to my stall Beatrix");
        re(19, "10:00", wilf, best, "my juniper came along to watch. it's a survivor");
    }

    /** Doulas: a family's question to their doula left for a week, a workshop pushed twice, a referral's terms by DM. */
    private void doulas() {
        // Week 1.
        say(1, "08:30", dlGeneral, bryony, "Morning all, welcome to the new members. The monthly online circle is "
                + "Wednesday 8pm, link pinned");
        say(1, "12:00", dlGeneral, leontine, "My Calm Birth prep workshop is back on 17 Oct in Hebden Bridge! "
                + "Tickets £60 per couple: https://leontinemarsh.example/calm-birth");
        Post rough = say(2, "09:00", dlPeer, saoirse, "rough one last night. 30 hours and an emergency section. mum "
                + "and baby fine. I'm not");
        re(2, "09:20", efua, rough, "Sending you so much love. Eat, sleep, then debrief with someone today. I'm "
                + "free at 2 if you want a call");
        re(2, "09:45", harriet, rough, "been there. you held that room, I know you did");
        re(2, "10:10", saoirse, rough, "yes please Efua, 2pm. thank you both 💛");
        say(3, "11:00", dlGeneral, leontine, "Only 4 couples' places left for Calm Birth on the 17th! "
                + "https://leontinemarsh.example/calm-birth");
        Post leeds = say(3, "14:00", dlRef, ngozi, "Can't take: EDD 12 Nov, Leeds LS6, first baby. A doula who "
                + "speaks Yoruba or Twi would be lovely but not essential. Anyone?");
        re(3, "14:40", harriet, leeds, "I'm LS7 and free in November, no Twi though. happy to chat with her");
        re(3, "15:00", ngozi, leeds, "thanks Harriet, I'll DM you her details");
        say(4, "10:00", dmHarriet, ngozi, "Hi @Harriet Sowerby, the LS6 family: Abi, she's expecting your call this "
                + "week. She asked what you charge, what shall I tell her?");
        say(4, "10:30", dmHarriet, harriet, "Thanks Ngozi! My birth package is £950 incl. two prenatal visits. She "
                + "can ring me any evening. I owe you a coffee 😊");
        Post circle = say(7, "21:30", dlGeneral, bryony, "Circle was lovely, thank you all. Next month's theme: "
                + "boundaries with clients' families");
        re(7, "21:40", leontine, circle, "such a good one, thank you Bryony");

        // Week 2.
        Post yoga = say(8, "10:00", dlGeneral, rosa, "Hi everyone, I'm not a doula, I'm one of Efua's families 😊 "
                + "@Efua Mensah we hired you for Milo's birth in June and you were amazing. Could you recommend a "
                + "postnatal yoga class near Otley? I'm ready to move again");
        re(8, "10:30", bryony, yoga, "Welcome Rosa! lovely to have families here too");
        Post busy = say(9, "22:00", dlPeer, efua, "anyone else find October the busiest month? 3 births in 9 days");
        re(9, "22:15", harriet, busy, "September babies are my October!");
        re(9, "22:30", efua, busy, "ha. I'm running on toast");
        Post ilkley = say(10, "09:00", dlRef, efua, "Can't take: EDD 3 Dec, Ilkley, second baby, hoping for a VBAC. "
                + "Lovely family.");
        re(10, "09:40", saoirse, ilkley, "I'm Ilkley! would love to");
        re(10, "10:00", efua, ilkley, "perfect, DMing you");
        Post soup = say(11, "13:00", dlPeer, efua, "post-birth self-care tip that changed my life: a freezer "
                + "drawer of soup");
        re(11, "13:30", ngozi, soup, "the soup drawer is sacred");
        Post again = say(12, "19:00", dlGeneral, rosa, "no worries if Efua's busy! does anyone else know a "
                + "postnatal yoga class near Otley?");
        re(12, "19:30", ngozi, again, "not Efua but: there's a mums-and-babies yoga at Otley Courthouse on "
                + "Tuesday mornings, babies welcome on the mat");
        re(13, "08:00", rosa, again, "thank you Ngozi! booked for Tuesday 🧘");

        // Week 3.
        Post sorry = say(15, "09:00", dlGeneral, efua, "@Rosa Delgado I'm so sorry, I completely missed your "
                + "message in a mad fortnight! Ngozi's tip is exactly the one I'd give. How's Milo?");
        re(15, "09:40", rosa, sorry, "he's thriving and crawling backwards 😂 no worries at all");
        say(16, "12:00", dlGeneral, leontine, "Calm Birth is sold out, thank you! Next one in January, waitlist "
                + "here: https://leontinemarsh.example/calm-birth");
        say(17, "10:00", dlPeer, bryony, "Reminder to log your CPD hours by the end of October for the directory");
        Post booked = say(18, "16:00", dlRef, harriet, "Update: Abi booked me, thank you @Ngozi Eze 🙏");
        re(18, "16:30", ngozi, booked, "yay! she's in good hands");
    }

    /** Vintage car restorers: one carb listing scattered over three rooms, a trim shop serving its customers. */
    private void restorers() {
        // Week 1.
        Post axle = say(1, "18:00", crGarage, rupert, "Spitfire's finally off the axle stands! 14 years 😭");
        re(1, "18:10", ffion, axle, "14 years! pics or it didn't happen");
        re(1, "18:20", rupert, axle, "in #show-your-resto tonight");
        Post spit = say(1, "21:00", crShow, rupert, "1967 Triumph Spitfire Mk3, 14 years, before and after. Thanks "
                + "to everyone in tech-help who talked me through the wiring");
        re(1, "21:20", alistair, spit, "stunning. that red is spot on");
        Post idle = say(2, "19:00", crTech, cosmo, "MGB won't idle below 1200rpm since I rebuilt the SUs. reset "
                + "the mixture twice, no change");
        re(2, "19:40", alistair, idle, "check the throttle spindles for wear, an air leak there does exactly "
                + "that. spray carb cleaner round them with it running, if the revs change that's your leak");
        re(3, "18:00", cosmo, idle, "revs jumped on the front one. spindle's worn");
        re(3, "18:30", alistair, idle, "there you go. Burlen do bushing kits, or I've a good used pair of "
                + "spindles you can have at cost");
        re(3, "18:45", cosmo, idle, "bushing kit first I think, thanks Alistair!");
        Post cards = say(4, "11:00", crGarage, maeve, "@Bernadette Crowe you redid the seats on my Herald last "
                + "spring and they still look new. What would you charge for matching door cards?");
        re(4, "12:15", bernadette, cards, "Maeve! lovely to hear. Door cards in matching vinyl would be about £240 "
                + "the pair, fitted. Bring it in any Thursday");
        re(4, "12:30", maeve, cards, "booking a Thursday in November!");
        Post chromeQ = say(5, "10:00", crTech, ffion, "does anyone here do rechroming? the bumpers on my Minor are "
                + "pitted");
        re(5, "10:30", bernadette, chromeQ, "Not us, we're trim only. Try Royal Chrome in Walsall");
        re(5, "11:00", alistair, chromeQ, "+1 Royal Chrome. or keep them pitted and call it patina!");

        // Week 2.
        say(8, "19:00", crParts, everett, "For sale: my spare Weber DCOE 40, rebuilt, £180 + postage. "
                + "https://ebay.example/itm/2219047731");
        say(8, "19:06", crGarage, everett, "anyone after a Weber 40? my spare's going for £180 "
                + "https://ebay.example/itm/2219047731");
        say(8, "19:12", crTech, everett, "selling a rebuilt Weber 40 if anyone's carb woes need a cure 😉 "
                + "https://ebay.example/itm/2219047731");
        say(9, "18:00", crTech, cosmo, "bushings in, idles at 800 like a dream. thanks again Alistair");
        Post paint = say(10, "12:00", crGarage, everett, "does anyone know a good paint shop near Stockport?");
        re(10, "12:40", ffion, paint, "Redline in Hazel Grove did my Minor. not cheap but perfect");
        Post wings = say(11, "17:00", crShow, ffion, "Minor progress: new wings on, primer next week");
        re(11, "17:30", maeve, wings, "she's looking great");
        Post hood = say(12, "20:00", crGarage, cosmo, "@Bernadette Crowe what do you use for hood fabric on a B "
                + "roadster? thinking mohair");
        re(13, "09:00", bernadette, hood, "Mohair for originality, vinyl for drizzle 😂 we can do either, happy "
                + "to quote if you bring it in");

        // Week 3.
        Post loft = say(15, "10:00", crParts, alistair, "Clearing the loft: Lucas 25D distributor £35, SU HS4 pair "
                + "for spares £40, Mini door handles x4 £15. Collection from Halifax or postage at cost.");
        re(15, "10:20", rupert, loft, "I'll take the door handles!");
        re(15, "10:40", alistair, loft, "they're yours, DM me your address");
        say(16, "19:00", crGarage, everett, "Weber's gone, thanks all");
        Post fan = say(17, "17:00", crTech, rupert, "Spitfire's overheating in traffic since the show. fan switch "
                + "or thermostat?");
        re(17, "17:30", alistair, fan, "Test the switch first: bridge its two wires with the engine hot, if the "
                + "fan runs, the switch is dead");
        re(18, "10:00", rupert, fan, "switch was dead. £12 fix. you're a star");
        Post brother = say(19, "12:00", crGarage, maeve, "told my brother about Bernadette's trim shop, he's "
                + "bringing his Jag in next month");
        re(19, "12:30", bernadette, brother, "you're the best, Maeve 💛 tell him to mention you");
    }
}
