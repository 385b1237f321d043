package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 36 (sealed): eight communities of kinds no earlier round used (herbalists, notaries, nannies, a
 * volleyball club, a snooker hall's own server, adult LEGO builders, church organists, RC car racers), over three ISO
 * weeks (2026-W45 to W47), written and labelled by writer36 (session 29) before any coach ran on them. The labels are
 * in {@code bot/src/test/resources/eval/held-out-scenes-36.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes36Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 11, 2);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. herbalists ---
    private final String hedgerow = cast.guild(643);
    private final Channel herbGeneral = cast.channel(hedgerow, "Hedgerow Apothecary", "general",
            "chat, foraging finds, the weather, tea", "herb-general.json");
    private final Channel herbAsk = cast.channel(hedgerow, "Hedgerow Apothecary", "ask-the-herbalists",
            "questions about plants, preparations and safety. not medical advice!", "herb-ask.json");
    private final Channel herbMarket = cast.channel(hedgerow, "Hedgerow Apothecary", "remedies-market",
            "sell your own tinctures, salves and teas here, one post per item", "herb-market.json");
    private final Persona morwenna = cast.person("morwenna.t", "Morwenna Teague");
    private final Persona kofi = cast.person("kofi_a", "Kofi Asante");
    private final Persona ysolde = cast.person("ysolde.balms", "Ysolde Ferrand");
    private final Persona lachlan = cast.person("lachlan.b", "Lachlan Birch");
    private final Persona pernille = cast.person("pernille.aas", "Pernille Aas");
    private final Persona dai = cast.person("dai.probert", "Dai Probert");

    // --- B. notaries ---
    private final String seal = cast.guild(644);
    private final Channel notaryGeneral = cast.channel(seal, "Seal & Signature", "general",
            "notaries public: chat, news, CPD", "notary-general.json");
    private final Channel notaryPractice = cast.channel(seal, "Seal & Signature", "practice-questions",
            "tricky certificates, apostilles, ID checks", "notary-practice.json");
    private final Channel notaryReferrals = cast.channel(seal, "Seal & Signature", "referrals",
            "pass on work you can't take: languages, areas, dates", "notary-referrals.json");
    private final Persona henrietta = cast.person("henrietta.vass", "Henrietta Vass");
    private final Persona amadou = cast.person("amadou.d", "Amadou Diallo");
    private final Persona giulia = cast.person("giulia.ferraro", "Giulia Ferraro");
    private final Persona torben = cast.person("torben.k", "Torben Kjaer");
    private final Persona wendell = cast.person("wendell.signstack", "Wendell Osei");
    private final Persona marjorie = cast.person("marjorie.f", "Marjorie Fenn");
    private final Channel dmWendell = cast.dm(wendell, "notary-dm-wendell.json");

    // --- C. nannies ---
    private final String nannyGuild = cast.guild(645);
    private final Channel nannyChat = cast.channel(nannyGuild, "Nanny Circle Leeds", "chat",
            "nannies and parents: chat, advice, rants about soft play", "nanny-chat.json");
    private final Channel nannyJobs = cast.channel(nannyGuild, "Nanny Circle Leeds", "jobs-board",
            "families post jobs, nannies reply in thread", "nanny-jobs.json");
    private final Persona roisin = cast.person("roisin.k", "Roisin Kavanagh");
    private final Persona beatriz = cast.person("bea.salgado", "Beatriz Salgado");
    private final Persona fenella = cast.person("fenella.m", "Fenella Moore");
    private final Persona shanice = cast.person("shanice.w", "Shanice Ward");
    private final Persona oksana = cast.person("oksana.h", "Oksana Hrytsenko");
    private final Persona priya = cast.person("priya.nair", "Priya Nair");
    private final Channel dmBeatriz = cast.dm(beatriz, "nanny-dm-beatriz.json");

    // --- D. volleyball club ---
    private final String spikers = cast.guild(646);
    private final Channel vbGeneral = cast.channel(spikers, "Riverside Spikers VC", "general",
            "club chat", "vb-general.json");
    private final Channel vbMatchDay = cast.channel(spikers, "Riverside Spikers VC", "match-day",
            "lifts, line-ups, who's got the balls", "vb-match-day.json");
    private final Channel vbFixtures = cast.channel(spikers, "Riverside Spikers VC", "fixtures",
            "fixtures and results, posted by the captain", "vb-fixtures.json");
    private final Persona jonas = cast.person("jonas.weir", "Jonas Weir");
    private final Persona marisol = cast.person("marisol.o", "Marisol Ortega");
    private final Persona declan = cast.person("declan.f", "Declan Furlong");
    private final Persona tamsin = cast.person("tamsin.r", "Tamsin Royle");
    private final Persona ade = cast.person("ade.bankole", "Ade Bankole");
    private final Persona hyunwoo = cast.person("hyunwoo.p", "Hyun-woo Park");
    private final Persona cerys = cast.person("cerys.ll", "Cerys Lloyd");

    // --- E. snooker hall (the hall's own server) ---
    private final String crucible = cast.guild(647);
    private final Role hallStaff = cast.role("Staff", "#2e7d32", 2);
    private final Channel hallNews = cast.channel(crucible, "Crucible Cue Club", "hall-news",
            "leagues, offers and opening hours from the hall", "snooker-hall-news.json");
    private final Channel hallBookings = cast.channel(crucible, "Crucible Cue Club", "bookings-help",
            "table bookings, memberships, problems: ask the staff", "snooker-bookings.json");
    private final Channel hallBanter = cast.channel(crucible, "Crucible Cue Club", "banter",
            "breaks, misses, excuses", "snooker-banter.json");
    private final Persona barry = cast.person("barry.crucible", "Barry Okafor", hallStaff);
    private final Persona leanne = cast.person("leanne.h", "Leanne Hussain", hallStaff);
    private final Persona gordon = cast.person("gordon.pike", "Gordon Pike");
    private final Persona stelian = cast.person("stelian.p", "Stelian Popa");
    private final Persona noel = cast.person("noel.cues", "Noel Fairweather");
    private final Persona wyn = cast.person("wyn.jenkins", "Wyn Jenkins");

    // --- F. adult LEGO builders ---
    private final String bricks = cast.guild(648);
    private final Channel brickGeneral = cast.channel(bricks, "AFOL Brickworks", "general",
            "builders chat", "lego-general.json");
    private final Channel brickMocs = cast.channel(bricks, "AFOL Brickworks", "show-your-mocs",
            "your own creations, WIPs welcome", "lego-mocs.json");
    private final Channel brickSale = cast.channel(bricks, "AFOL Brickworks", "bricks-for-sale",
            "sell your own parts, sets and lots", "lego-for-sale.json");
    private final Channel brickHelp = cast.channel(bricks, "AFOL Brickworks", "help",
            "techniques, instructions, sorting, storage", "lego-help.json");
    private final Persona ravi = cast.person("ravi.m", "Ravi Menon");
    private final Persona hattie = cast.person("hattie.bricks", "Hattie Greenwood");
    private final Persona felix = cast.person("felix.b", "Felix Brandt");
    private final Persona minh = cast.person("minh.tran", "Minh Tran");
    private final Persona otto = cast.person("otto.l", "Otto Lindqvist");
    private final Persona jules = cast.person("jules.hart", "Jules Hart");

    // --- G. church organists ---
    private final String loft = cast.guild(649);
    private final Channel organGeneral = cast.channel(loft, "The Organ Loft", "general",
            "organists, choirs, clergy who won't stop talking", "organ-general.json");
    private final Channel organRep = cast.channel(loft, "The Organ Loft", "repertoire",
            "what to play, registration, editions", "organ-repertoire.json");
    private final Channel organDeps = cast.channel(loft, "The Organ Loft", "deps",
            "need a dep or free to dep? post here", "organ-deps.json");
    private final Persona cuthbert = cast.person("cuthbert.e", "Cuthbert Ellery");
    private final Persona philippa = cast.person("philippa.n", "Philippa Noakes");
    private final Persona anneliese = cast.person("anneliese.v", "Anneliese Vogt");
    private final Persona rhodri = cast.person("rhodri.v", "Rhodri Vaughan");
    private final Persona efua = cast.person("efua.m", "Efua Mensah");
    private final Persona godfrey = cast.person("godfrey.h", "Godfrey Hale");
    private final Channel dmCuthbert = cast.dm(cuthbert, "organ-dm-cuthbert.json");

    // --- H. RC car racers ---
    private final String tarmac = cast.guild(650);
    private final Channel pitLane = cast.channel(tarmac, "Tarmac Tuners RC", "pit-lane",
            "general chat", "rc-pit-lane.json");
    private final Channel rcResults = cast.channel(tarmac, "Tarmac Tuners RC", "race-results",
            "results and the next meeting, posted by the club secretary", "rc-results.json");
    private final Channel rcSetup = cast.channel(tarmac, "Tarmac Tuners RC", "setup-help",
            "diffs, springs, gearing, electrics", "rc-setup-help.json");
    private final Channel rcClassifieds = cast.channel(tarmac, "Tarmac Tuners RC", "classifieds",
            "sell or swap your own cars and parts", "rc-classifieds.json");
    private final Persona kai = cast.person("kai.lindgren", "Kai Lindgren");
    private final Persona dmitri = cast.person("dmitri.v", "Dmitri Volkov");
    private final Persona sunny = cast.person("sunny.a", "Sunny Adeyemi");
    private final Persona brodie = cast.person("brodie.rc", "Brodie McCall");
    private final Persona ewan = cast.person("ewan.t", "Ewan Treloar");
    private final Persona lottie = cast.person("lottie.f", "Lottie Fenwick");
    private final Channel dmEwan = cast.dm(ewan, "rc-dm-ewan.json");

    private HeldOutScenes36Script() {
        super(new SceneIds(26800), FIRST_MONDAY, 21);
        herbalists();
        notaries();
        nannies();
        volleyball();
        snooker();
        lego();
        organists();
        rcCars();
    }

    static Map<String, String> files() {
        return new HeldOutScenes36Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-36"), files(), "held-out round 36");
    }

    private void herbalists() {
        // Week 1: Lachlan's syrup three times in the general room; the market room sits empty of it.
        say(1, "08:40", herbGeneral, morwenna, "frost on the rosehips this morning, finally. picking tomorrow");
        say(1, "09:05", herbGeneral, dai, "same here, the hawthorn is stripped though, blackbirds got there first");
        say(1, "11:30", herbGeneral, lachlan, "my elderberry syrup is back for winter! £12 a bottle, "
                + "small batch: https://hedgerowhouse.example/elderberry-syrup");
        Post tincture = say(1, "19:10", herbAsk, kofi, "first time making a tincture. 40% vodka ok or do I need "
                + "something stronger for dried herbs?");
        say(1, "19:25", herbGeneral, ysolde, "rosehip syrup weekend for me too. the kitchen smells amazing");
        re(2, "07:50", morwenna, tincture, "40% is fine for most dried leaf and flower. roots and resins like "
                + "more, but start with vodka. label it with the date and the ratio, you'll forget otherwise");
        re(2, "12:15", kofi, tincture, "ratio?? ok I did not measure anything 😂 next one I will. thanks");
        say(2, "12:40", herbGeneral, dai, "anyone else think this year's sloes were tiny");
        say(2, "13:02", herbGeneral, morwenna, "tiny and sour. gin won't care");
        say(3, "10:20", herbGeneral, lachlan, "still got 6 bottles of elderberry syrup left, £12 each "
                + "https://hedgerowhouse.example/elderberry-syrup");
        Post balm = say(3, "16:45", herbAsk, pernille, "what's good for cracked hands? mine are bleeding at the "
                + "knuckles from the cold");
        re(3, "18:00", morwenna, balm, "calendula infused oil into a beeswax balm, 1 part wax to 4 parts oil. "
                + "gloves at night over it. if they're actually bleeding see a pharmacist too");
        re(3, "18:20", pernille, balm, "thanks!");
        Post sells = say(4, "09:00", herbAsk, kofi, "does anyone here make a calendula balm? I'd rather buy one "
                + "than mess it up");
        re(4, "09:40", ysolde, sells, "I do, £9 for 60ml, it's in the market channel. or honestly Morwenna's "
                + "recipe above is easy, worth a try");
        re(4, "10:05", kofi, sells, "both! buying yours and trying the recipe");
        say(4, "10:10", herbMarket, ysolde, "Calendula & chamomile hand balm, 60ml tin, £9 + £2.50 post. "
                + "https://ysoldeferrand.example/shop/calendula-balm");
        say(5, "20:30", herbGeneral, dai, "made fire cider. my eyes are watering from the horseradish alone");
        say(5, "20:41", herbGeneral, kofi, "fire cider?");
        say(5, "20:55", herbGeneral, dai, "vinegar, garlic, onion, ginger, horseradish, chilli, honey. steep 4 "
                + "weeks. tastes like a punch in the face, in a good way");
        say(6, "18:00", herbGeneral, lachlan, "last call on the elderberry syrup before I brew the next lot! "
                + "£12 https://hedgerowhouse.example/elderberry-syrup");
        say(7, "10:30", herbGeneral, ysolde, "sunny sunday, anyone out foraging? found a ring of wood blewits");

        // Week 2: Pernille keeps asking, Morwenna keeps answering, Pernille never answers back.
        Post sleep = say(8, "21:00", herbAsk, pernille, "any herbs for sleep that aren't valerian? hate the "
                + "smell");
        re(9, "08:10", morwenna, sleep, "lemon balm and chamomile together, strong infusion, covered while it "
                + "steeps. passionflower if you want something more. careful with anything if you're on meds");
        re(9, "08:40", pernille, sleep, "thanks!");
        say(9, "12:00", herbMarket, lachlan, "Elderberry syrup, 250ml, £12, next batch ready "
                + "the 20th: https://hedgerowhouse.example/elderberry-syrup");
        Post cough = say(10, "19:30", herbAsk, pernille, "and for a tickly cough? thyme?");
        re(10, "20:15", morwenna, cough, "thyme, yes, with honey. did the lemon balm help at all? what did you "
                + "end up using, dried or fresh? trying to work out how strong people make it");
        say(10, "20:20", herbAsk, dai, "marshmallow root cold infusion too, it's slimy but it works");
        Post syrup = say(11, "17:40", herbAsk, kofi, "mine ran out: anyone selling elderberry syrup still? "
                + "would rather buy than wait 4 weeks");
        re(11, "18:05", lachlan, syrup, "next batch is the 20th, can put one aside for you: "
                + "https://hedgerowhouse.example/elderberry-syrup");
        re(11, "18:30", kofi, syrup, "yes please 🙏");
        Post stain = say(12, "20:00", herbAsk, pernille, "how do you get turmeric stains off a worktop");
        re(12, "21:10", morwenna, stain, "bicarb paste, sunlight if you can, and acceptance");
        re(12, "21:12", pernille, stain, "thanks!!");
        say(13, "09:15", herbGeneral, morwenna, "blewits on toast for breakfast, thanks for the tip Ysolde");
        say(13, "09:30", herbGeneral, ysolde, "🍄 told you. same spot every year");
        say(14, "16:00", herbGeneral, kofi, "tincture update: shook it every day like a good boy. labelled it "
                + "this time");

        // Week 3: quieter; Pernille asks again.
        say(15, "10:00", herbGeneral, dai, "hedge cut along the lane. goodbye, next year's sloes");
        Post nettle = say(16, "19:00", herbAsk, pernille, "can you still pick nettles in november?");
        re(17, "08:30", dai, nettle, "the young tips at the bottom, yes, if they've regrown after a cut");
        re(17, "09:00", pernille, nettle, "thanks");
        say(18, "19:00", herbAsk, kofi, "strained the tincture, it's so dark! 4 weeks was right. thank you "
                + "@Morwenna Teague for the ratio nagging");
        say(18, "19:30", herbAsk, morwenna, "ha, glad it came out. write down what it tasted like too");
        say(20, "17:00", herbMarket, lachlan, "Elderberry syrup batch 2 is bottled, 14 left, £12: "
                + "https://hedgerowhouse.example/elderberry-syrup");
        say(20, "17:30", herbGeneral, kofi, "@Lachlan Birch got my bottle, thank you! it's lovely");
        say(20, "18:00", herbGeneral, lachlan, "cheers Kofi, glad it landed safe");
    }

    private void notaries() {
        // Week 1: a CPD evening, practice questions, a newcomer learning.
        say(1, "09:00", notaryGeneral, henrietta, "CPD evening on 26 Nov: apostille changes and remote ID checks. "
                + "free for members, sign up so we know numbers: https://forms.example/seal-cpd-november");
        Post poa = say(1, "10:30", notaryPractice, amadou, "first power of attorney for use in Spain tomorrow. "
                + "do I need the client to sign in front of me or can they bring it signed?");
        re(1, "11:15", giulia, poa, "in front of you, always. and check whether the Spanish side wants it "
                + "translated before or after, it changes the order of everything");
        re(1, "11:40", amadou, poa, "they want it in Spanish and English side by side. so I notarise the "
                + "bilingual version?");
        re(1, "12:05", giulia, poa, "yes, and your certificate in English only unless they asked. then it goes "
                + "for the apostille");
        re(1, "12:10", amadou, poa, "got it. thank you Giulia, that saved me a mess");
        say(2, "14:00", notaryGeneral, torben, "anyone else had the FCDO turnaround go to 10 days?");
        say(2, "14:20", notaryGeneral, marjorie, "12 for me last week. madness");
        say(2, "14:25", notaryGeneral, torben, "my clients think I'm the one slow. I'm not the one slow");
        say(3, "09:30", notaryReferrals, giulia, "Italian speaker needed in Bristol next Thursday, a house sale, "
                + "I'm away. anyone?");
        say(3, "10:10", notaryReferrals, marjorie, "I can't do Italian but I know someone in Bath who does, "
                + "will ask her to join here");
        Post id = say(4, "16:00", notaryPractice, marjorie, "client with an expired passport but a valid "
                + "driving licence and a utility bill. enough for you lot?");
        re(4, "16:30", henrietta, id, "not for me, I want one current photo ID from the list. the licence is "
                + "photo ID though, so licence plus the bill is fine");
        re(4, "16:45", marjorie, id, "yes that's what I thought, just wanted a second opinion");
        say(5, "11:00", notaryGeneral, amadou, "did my first apostille submission today. felt like posting a "
                + "letter to Hogwarts");
        say(5, "11:05", notaryGeneral, giulia, "wait till they come back with a missing signature page 😂");

        // Week 2: the vendor's cold DM; the CPD reminder; Torben wants clients.
        say(8, "09:00", notaryGeneral, wendell, "hi all, Wendell here, I work with notaries on remote signing. "
                + "great to find this group");
        say(8, "09:30", notaryGeneral, henrietta, "welcome Wendell. read the pinned rules about selling please");
        say(9, "08:15", dmWendell, wendell, "Hi Amadou! Saw you're newly qualified, congrats. SignStack halves "
                + "the admin on remote notarisations, £29/month for sole practitioners. Grab 15 min with me "
                + "here: https://signstack.example/book/wendell");
        say(9, "10:00", notaryGeneral, henrietta, "CPD 26 Nov: 12 places left. "
                + "https://forms.example/seal-cpd-november");
        Post clients = say(9, "13:00", notaryGeneral, torben, "honest question: how do you lot find new clients? "
                + "my solicitor referrals have dried up since the merger");
        re(9, "13:40", marjorie, clients, "google business profile, boring but it works. most of mine find me "
                + "searching 'notary near me'");
        re(9, "13:55", giulia, clients, "languages. if you have any, say so everywhere");
        re(9, "14:10", torben, clients, "Danish, which gets me about one job a year 😂 will do the google thing");
        Post trans = say(10, "10:20", notaryPractice, amadou, "client's birth certificate is in French, needs a "
                + "translation. can I certify a translation I did myself?");
        re(10, "17:45", henrietta, trans, "you can certify it was translated by a translator you've checked. "
                + "your own translation only if you're qualified as one. most of us use a sworn translator");
        re(10, "18:00", amadou, trans, "sworn translator it is. anyone have one for French they like?");
        re(10, "18:30", giulia, trans, "I'll send you mine tomorrow");
        say(11, "09:10", notaryReferrals, giulia, "@Amadou Diallo French translator: Claire at "
                + "traductions-claire.example, tell her I sent you");
        say(11, "09:30", notaryReferrals, amadou, "thank you! and the Bristol job, did anyone take it?");
        say(11, "09:50", notaryReferrals, marjorie, "my Bath contact did, all sorted");
        say(12, "15:00", notaryGeneral, torben, "google profile done. three enquiries already, one was a "
                + "wedding abroad, one a boat");
        say(12, "15:20", notaryGeneral, marjorie, "a boat!");
        say(12, "15:22", notaryGeneral, torben, "registering a boat in Denmark, my one Danish job of the year");

        // Week 3.
        Post seal1 = say(15, "10:00", notaryPractice, marjorie, "embosser jammed mid-certificate. anyone know "
                + "who repairs them?");
        re(15, "12:30", amadou, seal1, "mine came from Shaw's, they do repairs by post, took a week when I "
                + "dropped it");
        re(15, "12:50", marjorie, seal1, "brilliant, thanks Amadou");
        say(16, "09:00", notaryGeneral, henrietta, "CPD on the 26th: 5 places left, last call "
                + "https://forms.example/seal-cpd-november");
        say(17, "11:00", notaryGeneral, giulia, "signed up. bringing biscuits");
        say(18, "20:00", notaryGeneral, torben, "third boat enquiry this week. I am now the boat notary apparently");
    }

    private void nannies() {
        // Week 1: a job post answered with rates; an unasked offer under a parent's question.
        Post job = say(1, "09:30", nannyJobs, fenella, "Looking for a nanny Tue and Thu from January, two "
                + "kids (3 and 1), Headingley. Please reply with experience and your hourly rate!");
        re(1, "10:15", beatriz, job, "Hi Fenella! 8 years, Ofsted registered, paediatric first aid, £15/hr "
                + "net. I'm in Meanwood so 10 minutes away. Happy to meet");
        re(1, "11:00", roisin, job, "I'm full on Tuesdays sadly but Beatriz is lovely, go for it");
        re(1, "20:00", fenella, job, "thank you both! Beatriz I'll message you");
        say(2, "19:00", dmBeatriz, fenella, "Hi Beatriz, Fenella from the jobs board. Could we meet Saturday "
                + "morning with the kids?");
        say(2, "19:30", dmBeatriz, beatriz, "Of course! 10am at the park by the library? I'll bring bubbles, "
                + "works every time with the little ones");
        say(2, "19:45", dmBeatriz, fenella, "perfect, see you then");
        Post fussy = say(3, "13:00", nannyChat, oksana, "my 2 year old eats only pasta and grapes. literally. "
                + "how do you handle fussy eaters?");
        re(3, "13:20", shanice, fussy, "I do 1:1 feeding consults for exactly this, £40/hr, DM me 😊");
        re(3, "15:40", priya, fussy, "totally normal at 2. put one safe food on the plate every time and one "
                + "new thing, no pressure, no bribes. it takes 15 tries sometimes");
        re(3, "16:10", oksana, fussy, "15 tries?! ok. thank you Priya, we'll try that first");
        say(3, "16:12", nannyChat, oksana, "дякую 🙏");
        say(4, "08:00", nannyChat, roisin, "who else is doing the school run in this rain. my umbrella died a "
                + "hero");
        say(4, "08:05", nannyChat, priya, "the buggy rain cover has a hole. child is damp and delighted");
        say(5, "12:30", nannyChat, shanice, "anyone know a soft play that isn't a germ pit?");
        say(5, "12:50", nannyChat, roisin, "none exist. Jungle Mania is the least bad");
        say(6, "18:00", nannyJobs, shanice, "Hi families! I have Monday and Wednesday availability from "
                + "January, 6 years experience, DBS checked. DM me if interested");
        say(7, "11:00", dmBeatriz, fenella, "the kids haven't stopped talking about the bubbles. can we agree "
                + "Jan start? 8 til 6 Tue/Thu");
        say(7, "11:30", dmBeatriz, beatriz, "yes!! I'll send over a contract draft tomorrow");

        // Week 2: Roisin away at a wedding; a question waits for her.
        say(8, "20:00", nannyChat, roisin, "how do you all handle a parent who 'pops home for lunch' every day "
                + "and undoes the whole nap routine");
        say(8, "20:30", nannyChat, priya, "ugh. I told mine lunch at home is fine but the bedroom is off "
                + "limits till 2. worked");
        say(8, "20:40", nannyChat, roisin, "off limits, love it, stealing that");
        say(9, "10:00", dmBeatriz, beatriz, "contract draft attached, have a read and tell me what to change");
        say(10, "09:00", nannyChat, roisin, "off to my sister's wedding in Galway! back Sunday, behave 💃");
        Post course = say(11, "14:00", nannyChat, oksana, "@Roisin Kavanagh you mentioned a paediatric first "
                + "aid course last month, who ran it? our new nanny needs one");
        say(11, "14:30", nannyChat, priya, "she's in Galway till Sunday I think! I did mine with St John's but "
                + "not sure it was the same");
        say(11, "15:00", nannyChat, oksana, "ah ok, no rush");
        say(12, "19:00", nannyChat, shanice, "sleep consultant availability for December! Gentle methods, "
                + "packages from £120, DM me");
        say(13, "10:00", dmBeatriz, fenella, "looks great, one question on holiday pay, can we talk tonight?");
        say(13, "10:15", dmBeatriz, beatriz, "sure, call me after 7");
        re(14, "21:00", roisin, course, "back and broken 😂 Oksana it was Little Lifesavers, Harehills, they do "
                + "Saturday ones. tell them I sent you");
        re(14, "21:30", oksana, course, "thank you! how was the wedding?");
        say(14, "21:40", nannyChat, roisin, "emotional and very long. there was a ceili. my calves");

        // Week 3.
        Post ill = say(16, "07:30", nannyChat, priya, "charge ran a temp overnight, parents want me in anyway. "
                + "what's your rule?");
        re(16, "08:00", roisin, ill, "24h after a fever for me, in the contract. saves arguing at 7am");
        re(16, "08:10", beatriz, ill, "same, and I put it in writing in week one");
        re(16, "08:30", priya, ill, "writing it in this week. thank you both");
        say(17, "12:00", nannyChat, oksana, "update: grapes, pasta AND one pea. progress");
        say(17, "12:05", nannyChat, priya, "ONE PEA 🎉");
        say(19, "19:00", nannyChat, fenella, "signed with Beatriz! thanks for the recommendation Roisin");
    }

    private void volleyball() {
        // Week 1: fixtures, lifts, a members' grant vote.
        say(1, "08:00", vbFixtures, jonas, "Sat 7 Nov: Riverside vs Kirkstall Hawks, 2pm, Parkside sports hall. "
                + "Availability form please: https://forms.example/spikers-availability");
        Post lift = say(2, "18:30", vbMatchDay, ade, "who's driving Saturday? I've got space for 3");
        re(2, "18:45", hyunwoo, lift, "me please, I'm on your way");
        re(2, "19:30", cerys, lift, "and me!");
        say(3, "12:00", vbGeneral, marisol, "the council community grant vote is open, our club is one of the "
                + "six! members can vote once each, poll link pinned in here. it'd pay for new nets");
        say(3, "12:20", vbGeneral, declan, "voted. give us the nets");
        say(3, "12:30", vbGeneral, hyunwoo, "done ✅");
        say(4, "09:00", vbFixtures, jonas, "still need 3 more on the availability form for Saturday or we "
                + "forfeit: https://forms.example/spikers-availability");
        say(4, "21:00", vbGeneral, declan, "who put the ball bag in the sauna");
        say(4, "21:05", vbGeneral, ade, "not me. (it was me)");
        say(5, "20:00", vbMatchDay, jonas, "line-up for Saturday: Ade, Cerys, Declan, Hyun-woo, Marisol, me. "
                + "libero Ade. be there 1.15");
        Post serve = say(5, "20:40", vbGeneral, cerys, "my float serve keeps going into the net, any tips "
                + "before Saturday?");
        re(6, "07:50", declan, serve, "toss lower, hit the middle of the ball with a stiff wrist, no follow "
                + "through. and stop looking at the net 😂");
        re(6, "08:10", cerys, serve, "stiff wrist, no follow through, got it");
        say(6, "17:30", vbFixtures, jonas, "Result: Riverside 3-1 Kirkstall Hawks. Cerys 5 aces. FIVE.");
        say(6, "17:40", vbGeneral, cerys, "the stiff wrist thing!! thank you @Declan Furlong");
        say(6, "17:45", vbGeneral, declan, "I accept payment in chips");

        // Week 2: a newcomer asks everyone to vote for her photo; Declan asks his friends once.
        joins(8, "18:00", vbGeneral, tamsin);
        Post vote = say(9, "09:10", vbGeneral, tamsin, "hey all! I'm in the Leeds photo awards this year, please vote for "
                + "my entry 🙏 https://leedsphotoawards.example/vote/entry-214");
        re(9, "09:40", ade, vote, "welcome Tamsin! do you play or just lurk?");
        say(10, "12:00", vbMatchDay, tamsin, "if anyone hasn't voted for my entry yet, it closes Friday! "
                + "https://leedsphotoawards.example/vote/entry-214");
        say(10, "18:00", vbFixtures, jonas, "Sat 14 Nov: away at Horsforth, 3pm. Form: "
                + "https://forms.example/spikers-availability");
        say(11, "21:00", vbGeneral, declan, "random one: I finally started putting my match photos on "
                + "instagram, @declan.shoots.vb if you want a follow. you're all in them anyway");
        say(11, "21:10", vbGeneral, marisol, "following, if I look terrible in any of them they're coming down");
        say(11, "21:12", vbGeneral, hyunwoo, "followed 👀");
        say(12, "08:00", vbGeneral, marisol, "grant poll closes Sunday, we're second! if you haven't voted the "
                + "link is still pinned");
        Post knee = say(12, "19:00", vbGeneral, hyunwoo, "knee's been sore after every session, anyone had "
                + "patellar tendon stuff?");
        re(12, "19:30", marisol, knee, "yes, went to a physio, eccentric squats on a slant board. months, "
                + "not weeks, sorry");
        re(12, "19:50", hyunwoo, knee, "months 😭 ok, booking a physio");
        say(13, "18:00", vbFixtures, jonas, "Result: Horsforth 3-2 Riverside. we were robbed (we were not "
                + "robbed)");

        // Week 3.
        say(15, "10:00", vbGeneral, marisol, "WE GOT THE GRANT 🎉 new nets in January");
        say(15, "10:10", vbGeneral, ade, "🎉🎉 nets that don't sag in the middle");
        say(16, "19:00", vbGeneral, cerys, "selling my old knee pads (size M, barely used) £10 if anyone "
                + "needs a pair, I went up a size");
        say(16, "19:20", vbGeneral, hyunwoo, "I'll take them! my knees need all the help");
        say(17, "20:00", vbFixtures, jonas, "Sat 21 Nov: home vs Otley, 2pm. Form: "
                + "https://forms.example/spikers-availability");
        say(19, "18:00", vbMatchDay, ade, "driving again Saturday, 3 seats");
        say(19, "18:30", vbMatchDay, cerys, "seat please, bringing the knee pads for Hyun-woo");
        say(20, "17:00", vbFixtures, jonas, "Result: Riverside 3-0 Otley.");
    }

    private void snooker() {
        // The hall's own server: staff post the hall's offers; a customer's problem waits on Barry.
        say(1, "10:00", hallNews, barry, "Winter league starts 16 Nov! £5 per player per night, teams of "
                + "three, sign up at the bar or here: https://cruciblecueclub.example/winter-league");
        say(1, "10:30", hallBanter, stelian, "honestly the best tables in town, told my brother to come down "
                + "and play");
        say(1, "11:00", hallBanter, wyn, "the best tables and the worst coffee");
        say(2, "16:00", hallBookings, stelian, "can I book table 2 for Thursday 7pm, two hours?");
        say(2, "16:20", hallBookings, leanne, "done Stelian, table 2 Thursday 7-9 under your name");
        Post tips = say(3, "19:00", hallBanter, stelian, "anyone here re-tip cues? mine is like hitting with "
                + "a broom handle");
        re(3, "19:30", noel, tips, "I do, £8 a tip, Elk Master or £12 for a layered one. leave it with "
                + "Leanne at the bar and I'll pick it up");
        re(3, "19:45", stelian, tips, "layered please, dropping it in tomorrow");
        say(4, "20:30", hallBanter, wyn, "made a 42 tonight. don't ask how many misses before it");
        say(4, "20:35", hallBanter, gordon, "how many misses before it");
        say(4, "20:36", hallBanter, wyn, "I said DON'T ASK");
        say(5, "09:00", hallNews, barry, "Happy hour Mon-Thu: tables £6/hr before 6pm");
        say(6, "11:00", hallBanter, stelian, "@Noel Fairweather cue is magic now. potted a long red for the "
                + "first time since 2019");

        // Week 2.
        say(8, "12:00", hallBookings, leanne, "I'm off on holiday till Thursday, Barry's on the desk, be nice "
                + "to him");
        Post light = say(9, "13:00", hallBookings, gordon, "@Barry Okafor played table 4 Friday night and the "
                + "light flickered the whole frame, couldn't see the baulk end. any chance of a rebook?");
        say(9, "18:00", hallNews, barry, "Winter league: 6 teams in, room for 2 more! "
                + "https://cruciblecueclub.example/winter-league");
        say(10, "20:00", hallBanter, barry, "who left a half-eaten pasty on table 6. I know where you live");
        say(10, "20:10", hallBanter, wyn, "it was a steak bake actually");
        say(11, "19:00", hallBanter, gordon, "century break on the telly last night, 147 attempt missed the "
                + "final black. I felt that in my soul");
        say(11, "09:00", hallBookings, leanne, "back! missed you all. three bookings for this weekend, all "
                + "confirmed");
        say(12, "14:00", hallNews, barry, "Winter league full! Fixtures go up Sunday");
        Post member = say(12, "17:00", hallBookings, wyn, "does the annual membership include the league or "
                + "is that extra?");
        re(12, "17:25", leanne, member, "extra I'm afraid, but members get 10% off it. want me to add you?");
        re(12, "18:00", wyn, member, "go on then");
        say(13, "20:00", hallBanter, stelian, "Barry the new cloth on 3 is lovely, runs like glass");
        say(13, "20:15", hallBanter, barry, "cost a fortune, treat it nicely");

        // Week 3: Gordon asks again; Noel touts his repairs unasked, twice.
        say(15, "09:00", hallNews, barry, "Winter league fixtures are up on the board. First night tonight!");
        Post again = re(16, "12:00", gordon, light, "still hoping for an answer on this one Barry");
        re(16, "12:40", barry, again, "Gordon I'm so sorry, this slipped past me completely. rebook on the "
                + "house, any table, and the bulb's been changed");
        re(16, "13:00", gordon, again, "cheers Barry, Friday then");
        say(17, "19:00", hallBanter, noel, "cue re-tips £8, ferrules £15, cases repaired. DM me, quick "
                + "turnaround");
        say(17, "19:30", hallBanter, wyn, "league night 1 done. we lost. Gordon potted the cue ball twice");
        say(17, "19:32", hallBanter, gordon, "tactical");
        say(19, "18:00", hallBanter, noel, "a few slots left before Christmas for re-tips and ferrules, £8 a "
                + "tip, DM me");
        say(20, "21:00", hallBanter, stelian, "rebooked table 4 with Gordon, light is perfect. lost anyway");
    }

    private void lego() {
        // Week 1: builds shown, parts sold where they belong, a help question answered the next day.
        Post castle = say(1, "20:00", brickMocs, ravi, "finally finished the cliffside castle, 4,200 pieces. "
                + "more angles here: https://flickr.example/ravimenon/cliffside");
        re(1, "20:30", otto, castle, "the rockwork!! how did you do the overhang");
        re(1, "21:00", ravi, castle, "SNOT brackets all the way down, and a lot of swearing");
        re(2, "08:00", jules, castle, "this is unreal");
        say(2, "10:00", brickSale, hattie, "New in: dark tan 1x2 tiles, 500 of them, 6p each. BrickLink store: "
                + "https://bricklink.example/store/hattiegreenwood");
        say(2, "10:30", brickSale, felix, "Technic pin lots restocked, 1kg bags £18: "
                + "https://bricklink.example/store/felixbrandt");
        Post gearbox = say(3, "19:00", brickHelp, jules, "my Technic gearbox keeps slipping out of 3rd. "
                + "tried a new driving ring, same");
        re(4, "09:15", ravi, gearbox, "usually the axle flexes. brace it with a second beam either side of "
                + "the ring, and check the changeover catch isn't the old grey one");
        re(4, "18:00", jules, gearbox, "it WAS the old grey one. swapped, braced, holds in every gear now");
        say(4, "18:05", brickHelp, jules, "thank you Ravi 🙌");
        Post tiles = say(5, "12:00", brickGeneral, minh, "where do you all buy dark tan tiles in bulk? the "
                + "pick a brick wall never has them");
        re(5, "12:30", hattie, tiles, "I've got 500 in my store right now, 6p each, link's in bricks-for-sale");
        re(5, "13:00", minh, tiles, "ordered 200, thanks!");
        say(6, "15:00", brickGeneral, felix, "@Hattie Greenwood are you seeing the new BrickLink fees too? "
                + "3% on top now");
        say(6, "15:20", brickGeneral, hattie, "yep. putting my prices up a penny, nothing else to do");
        say(6, "15:25", brickGeneral, otto, "same, and I dropped free postage");
        say(7, "11:00", brickGeneral, minh, "tiles arrived from Hattie, packed beautifully");

        // Week 2: Minh's order from Felix is short; Felix talks fees and postage with the other sellers.
        say(8, "19:00", brickSale, felix, "Technic beams mixed lot, 2kg, £30: "
                + "https://bricklink.example/store/felixbrandt");
        say(9, "20:00", brickMocs, jules, "first MOC! a tiny lighthouse, be kind");
        say(9, "20:20", brickMocs, ravi, "be kind? it's great. the light in the lamp room is a smart use of "
                + "a trans-yellow cone");
        say(9, "20:30", brickMocs, jules, "😍 thank you");
        Post missing = say(10, "09:00", brickGeneral, minh, "@Felix Brandt got my Technic pin lot from your "
                + "store last week, two of the bags were missing. could you check your end?");
        say(10, "18:00", brickGeneral, felix, "@Otto Lindqvist what are you using for postage now, Royal Mail "
                + "or the courier thing?");
        say(10, "18:10", brickGeneral, otto, "courier, Royal Mail lost two parcels of mine in a month");
        say(10, "18:15", brickGeneral, felix, "two?? I'm switching");
        say(11, "17:00", brickGeneral, felix, "@Hattie Greenwood do you weigh lots or count them");
        say(11, "17:20", brickGeneral, hattie, "weigh, life is too short. I think Minh asked you something "
                + "yesterday btw");
        say(11, "17:22", brickGeneral, felix, "counting by weight is so much faster, you're right");
        say(12, "12:00", brickGeneral, otto, "BrickLink maintenance tonight, store closed till 2am");
        say(12, "12:10", brickGeneral, felix, "of course it's on a Thursday");
        say(13, "09:00", brickGeneral, minh, "still no word on the missing bags, @Felix Brandt?");
        say(13, "21:00", brickSale, felix, "Weekend deal: Technic pins 1kg £16: "
                + "https://bricklink.example/store/felixbrandt");

        // Week 3.
        say(16, "10:00", brickGeneral, felix, "@Minh Tran so sorry, I only just saw this. two bags going out "
                + "today, tracked");
        say(16, "10:30", brickGeneral, minh, "thanks Felix, appreciated");
        say(17, "19:00", brickMocs, otto, "WIP: a Nordic stave church. roof is giving me grief");
        say(17, "19:40", brickMocs, ravi, "cheese slopes in dark brown offset by half a plate, looks like "
                + "shingles");
        say(18, "19:00", brickMocs, otto, "half plate offset = shingles. you're a genius");
        say(19, "12:00", brickHelp, jules, "best way to sort 30kg of bulk? I'm drowning");
        say(19, "13:00", brickHelp, hattie, "by part first, not colour. tackle boxes for small bits, tubs for "
                + "bricks. and don't sort what you'll never use, sell it");
        say(19, "13:30", brickHelp, jules, "by part not colour, noted. thank you!");
        say(20, "20:00", brickMocs, ravi, "cliffside castle got featured on the fan blog! "
                + "https://flickr.example/ravimenon/cliffside");
    }

    private void organists() {
        // Week 1: Anneliese's recital posted twice; registration help answered by someone else.
        say(1, "09:00", organGeneral, cuthbert, "Remembrance Sunday. Nimrod, the Last Post and then the vicar "
                + "wants the Widor. oh joy, I love a Widor on a dreary Sunday");
        say(1, "09:30", organGeneral, godfrey, "at least yours isn't asking for Pachelbel at the end of it");
        say(2, "11:00", organGeneral, anneliese, "My recital at St Mary's is on the 21st: Bach, Franck and "
                + "Vierne. Tickets £12: https://stmarysmusic.example/tickets/vogt-recital");
        Post reg = say(3, "19:00", organRep, philippa, "@Cuthbert Ellery how would you register 'O God our help' "
                + "on a two manual with no mixtures? it sounds thin whatever I do");
        re(4, "08:30", efua, reg, "Cuthbert's at a funeral today I think. try 8 and 4 on the swell coupled to "
                + "the great with the principal 8, box half shut, and bring in the 2 for the last verse");
        re(4, "09:00", philippa, reg, "swell coupled, box half shut... trying it at practice tonight, thank "
                + "you Efua");
        say(4, "21:00", organRep, philippa, "it worked!! the last verse actually sounded like a last verse");
        say(5, "10:00", organRep, anneliese, "a reminder that my Vierne recital is on the 21st, £12: "
                + "https://stmarysmusic.example/tickets/vogt-recital");
        say(5, "18:00", organDeps, rhodri, "need a dep for Evensong Sun 15 Nov at St Cuthbert's, fee £90, "
                + "choir of 12, Stanford in C");
        say(5, "18:40", organDeps, efua, "I'm free, happy to do it. can you send the music list?");
        say(5, "19:00", organDeps, rhodri, "perfect, will email tonight");
        Post franck = say(6, "09:00", organGeneral, rhodri, "@Anneliese Vogt which Franck are you doing? if "
                + "it's the E major chorale I'm there");
        re(6, "10:30", anneliese, franck, "the A minor, sorry! the E major next year maybe");
        say(6, "14:00", organGeneral, cuthbert, "back from the funeral, sorry Philippa, Efua said it better "
                + "than I would have");

        // Week 2: a DM continues a conversation; Godfrey's long grumble.
        say(8, "20:00", organRep, philippa, "does anyone have a decent edition of the Stanford postludes? mine "
                + "is falling apart");
        say(8, "20:30", organRep, cuthbert, "I have a spare Stainer & Bell copy, I'll send it over");
        say(9, "09:00", dmCuthbert, cuthbert, "Philippa, the Stanford is in the post, with my pencil marks I'm "
                + "afraid. keep it");
        say(9, "12:00", dmCuthbert, philippa, "that's so kind, thank you! I'll return the favour with my "
                + "Howells");
        say(10, "21:00", organGeneral, godfrey, "blower packed up mid-psalm. twelve verses of Ps 78 "
                + "unaccompanied. never again");
        say(10, "21:10", organGeneral, efua, "Ps 78 of all psalms 😂");
        say(11, "19:00", organDeps, efua, "Evensong at St Cuthbert's on Sunday, anyone know if the pedal "
                + "board there is radiating?");
        say(11, "19:40", organDeps, rhodri, "flat and straight, sorry! and the bottom C sticks");
        say(12, "10:00", organRep, anneliese, "does anyone know whether the Vierne Carillon is in the Durand "
                + "or the Lemoine edition originally?");
        say(12, "11:30", organRep, cuthbert, "Lemoine, 1927. the Durand reprint has two wrong notes in the "
                + "pedal, bar 40-ish");
        say(12, "11:45", organRep, anneliese, "thank you! that explains the bar I couldn't make sense of");

        // Week 3.
        say(14, "22:00", organDeps, efua, "Evensong done. Stanford in C with 12 singers and a sticking bottom C. "
                + "we survived");
        say(14, "22:10", organDeps, rhodri, "thank you Efua, the choir loved you");
        say(18, "18:00", organGeneral, godfrey, "wedding Saturday, couple want 'something from Bridgerton' on "
                + "the organ. I'm too old for this");
        say(18, "18:20", organGeneral, cuthbert, "play it slowly in D flat and they'll think it's Elgar");
        say(20, "22:00", organGeneral, anneliese, "recital done, thank you to everyone who came! the Vierne "
                + "behaved");
        say(20, "22:15", organGeneral, philippa, "it was gorgeous, that Carillon 🔥");
    }

    private void rcCars() {
        // Week 1: the club secretary's meeting, setup help, Brodie's video when asked.
        say(1, "09:00", rcResults, kai, "Next meeting Sun 8 Nov, carpark track, touring and buggy classes. "
                + "Entries: https://forms.example/tarmac-tuners-nov8");
        Post diff = say(2, "19:00", rcSetup, dmitri, "any good guides on diff oil weights for a TT-02 on "
                + "tarmac? mine pushes wide everywhere");
        re(2, "19:30", brodie, diff, "I did a video on exactly this last month, diff oil from 1k to 5k "
                + "compared on the same car: https://youtube.example/watch?v=brodie-diffs");
        re(2, "19:50", sunny, diff, "and start with 3k front 1k rear for tarmac, go up at the front if it "
                + "still pushes");
        re(2, "20:30", dmitri, diff, "watched it, the 3k front made sense after that. thanks both");
        Post first = say(3, "12:00", pitLane, lottie, "hi! just bought my first car (a Tamiya Hornet). is "
                + "it ok for the carpark track or will I embarrass myself");
        re(3, "12:40", sunny, first, "bring it! the Hornet's a classic, the buggy class will love it");
        say(4, "20:00", pitLane, brodie, "new vid up: building a budget TT-02 for under £100. sub if you "
                + "haven't 😄 https://youtube.example/watch?v=brodie-budget");
        say(4, "20:15", pitLane, sunny, "watched, the £4 bearings tip is gold");
        say(6, "18:00", rcResults, kai, "Sunday's entries: 14 so far, last few places "
                + "https://forms.example/tarmac-tuners-nov8");
        say(8, "17:00", rcResults, kai, "Results 8 Nov: Touring A Sunny, Dmitri, Brodie. Buggy: Ewan, Kai.");
        say(8, "17:30", pitLane, dmitri, "2nd!! the diff oil is magic");

        // Week 2: chatter; Dmitri's troubles.
        say(9, "19:00", pitLane, ewan, "anyone else's track day ruined by the wet patch at the hairpin");
        say(9, "19:15", pitLane, brodie, "every single lap");
        say(10, "12:00", pitLane, sunny, "new body painted, fluoro orange. you'll see me coming");
        Post esc = say(11, "20:00", rcSetup, dmitri, "esc keeps cutting out after 4 minutes, motor's hot. "
                + "tried a new battery, same");
        re(12, "08:30", sunny, esc, "gearing too tall probably. what pinion are you on? drop two teeth and "
                + "check the motor temp after 3 minutes");
        re(12, "19:00", dmitri, esc, "was on a 24, dropped to 22. still cuts out around 5 min");
        re(13, "09:00", sunny, esc, "then it might be the esc's thermal cutoff itself, is it the stock one? "
                + "the stock TBLE-02 cuts early");
        re(13, "19:30", dmitri, esc, "stock yes. so new esc then 😭");
        say(14, "10:00", rcResults, kai, "Next meeting Sun 22 Nov. Entries: "
                + "https://forms.example/tarmac-tuners-nov22");

        // Week 3: Ewan's chassis into three rooms, and a cold offer by DM.
        say(16, "19:00", rcClassifieds, ewan, "For sale: my Tamiya TT-02 rolling chassis, hop-ups fitted, "
                + "£70 + postage. pics: https://rcmart.example/listing/88213");
        say(16, "19:04", pitLane, ewan, "TT-02 chassis for sale if anyone's after one, £70: "
                + "https://rcmart.example/listing/88213");
        say(16, "19:06", rcSetup, ewan, "selling my TT-02 rolling chassis btw, £70 "
                + "https://rcmart.example/listing/88213");
        say(17, "09:30", dmEwan, ewan, "hi Dmitri, saw your esc is cutting out. I've got a spare Hobbywing "
                + "60A, £45 new, yours for £40 if you want it");
        say(17, "13:00", dmEwan, dmitri, "thanks, I'll have a think, Sunny's looking at mine first");
        say(17, "20:00", rcSetup, dmitri, "@Sunny Adeyemi turns out a wire on the esc plug was half "
                + "soldered. resoldered, ran 8 minutes cool. you were half right 😂");
        say(17, "20:20", rcSetup, sunny, "half right is my best result this year");
        say(18, "18:00", rcResults, kai, "Sunday: 11 entries, room for more "
                + "https://forms.example/tarmac-tuners-nov22");
        say(19, "19:00", pitLane, brodie, "Dmitri's 'new esc' saga is going in my next video as a warning");
        say(19, "19:10", pitLane, dmitri, "I want royalties");
        say(19, "12:00", pitLane, lottie, "is Sunday ok for complete beginners? still scared");
        say(19, "12:20", pitLane, kai, "absolutely, there's a novice heat. bring spare batteries");
    }
}
