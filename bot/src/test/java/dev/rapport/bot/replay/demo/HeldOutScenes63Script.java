package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 63 (sealed): eight communities of creative, digital and remote work, of kinds no earlier round used
 * (subtitlers and live captioners with a room where producers ask and an open-slots room, foley artists and
 * sound-effects recordists, 2D animators with a room where clients ask, premade book-cover designers with a room
 * where authors ask and a drops room, a sample-pack label's own server with its Staff, volunteer public-domain
 * audiobook readers where nobody sells, enamel pin collectors and makers with a trade table, crossword setters with a
 * test-solving room), over three ISO weeks (2028-W15 to W17), written and labelled by writer63 (session 38) before
 * any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-63.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes63Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 4, 10);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 5, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-63";

    // --- A. subtitlers and live captioners ---
    private final String cue = cast.guild(911);
    private final Channel cqTiming = cast.channel(cue, "Cue & Caption", "timing-talk",
            "subtitlers and captioners talking shop: timing, reading speed, software, rates", "cq-timing-talk.json");
    private final Channel cqAsk = cast.channel(cue, "Cue & Caption", "ask-a-captioner",
            "producers, teachers, event organisers: ask about subtitles and captions here", "cq-ask-a-captioner.json");
    private final Channel cqSlots = cast.channel(cue, "Cue & Caption", "open-slots",
            "captioners: post your open slots and rates here", "cq-open-slots.json");
    private final Channel cqHello = cast.channel(cue, "Cue & Caption", "say-hello",
            "introduce yourself", "cq-say-hello.json");
    private final Persona ines = cast.person("ines.subs", "Inês Carvalho");
    private final Persona kwame = cast.person("kwame.captions", "Kwame Asante");
    private final Persona lotta = cast.person("lotta.srt", "Lotta Virtanen");
    private final Persona benoit = cast.person("benoit.cc", "Benoît Marchal");
    private final Persona aiyana = cast.person("aiyana.w", "Aiyana Whitehorse");
    private final Persona rosalind = cast.person("ros.docs", "Rosalind Achterberg");
    private final Persona tariq = cast.person("tariq.events", "Tariq Mansour");
    private final Persona helga = cast.person("helga.teaches", "Helga Sørensen");

    // --- B. foley artists and sound-effects recordists ---
    private final String foley = cast.guild(912);
    private final Channel fbPits = cast.channel(foley, "Footsteps & Fabric", "pits-and-props",
            "foley pits, surfaces, props: what makes which sound", "fb-pits-and-props.json");
    private final Channel fbStories = cast.channel(foley, "Footsteps & Fabric", "session-stories",
            "war stories from the stage and the edit", "fb-session-stories.json");
    private final Channel fbMics = cast.channel(foley, "Footsteps & Fabric", "mics-and-rooms",
            "recorders, mics, treatment, noise floors", "fb-mics-and-rooms.json");
    private final Persona dmitri = cast.person("dmitri.steps", "Dmitri Volkov");
    private final Persona bea = cast.person("bea.sounds", "Beatriz Olmedo");
    private final Persona priya = cast.person("priya.foley", "Priya Raman");
    private final Persona hollis = cast.person("hollis.k", "Hollis Kerr");
    private final Persona aurelio = cast.person("aurelio.mix", "Aurelio Santangelo");
    private final Persona fenna = cast.person("fenna.rec", "Fenna de Graaf");
    private final Persona moses = cast.person("moses.fx", "Moses Okonkwo");
    private final Channel fbDmAurelio = cast.dm(aurelio, "fb-dm-aurelio.json");

    // --- C. 2D animators ---
    private final String inbetween = cast.guild(913);
    private final Channel ibWip = cast.channel(inbetween, "Inbetween Club", "wip-critique",
            "animators: post a work in progress, get notes", "ib-wip-critique.json");
    private final Channel ibClients = cast.channel(inbetween, "Inbetween Club", "client-corner",
            "studios, brands and clients: ask animators here", "ib-client-corner.json");
    private final Channel ibGeneral = cast.channel(inbetween, "Inbetween Club", "lightbox",
            "general chat", "ib-lightbox.json");
    private final Persona rafaela = cast.person("rafaela.frames", "Rafaela Cunha");
    private final Persona bastian = cast.person("bastian.loops", "Bastian Krüger");
    private final Persona noor = cast.person("noor.anim", "Noor Haddad");
    private final Persona tomas = cast.person("tomas.2d", "Tomás Echeverría");
    private final Persona shiori = cast.person("shiori.k", "Shiori Kaneko");
    private final Persona dorothea = cast.person("dorothea.bakes", "Dorothea Lindqvist");
    private final Persona emeka = cast.person("emeka.studio", "Emeka Nwosu");

    // --- D. premade book-cover designers ---
    private final String covers = cast.guild(914);
    private final Channel pcLounge = cast.channel(covers, "Premade Cover Collective", "designers-lounge",
            "for cover designers talking shop: fonts, stock, clients, tools", "pc-designers-lounge.json");
    private final Channel pcAuthors = cast.channel(covers, "Premade Cover Collective", "authors-ask",
            "authors: ask anything about covers, briefs and rights", "pc-authors-ask.json");
    private final Channel pcDrops = cast.channel(covers, "Premade Cover Collective", "premade-drops",
            "show your new premades: image, price, link", "pc-premade-drops.json");
    private final Persona sunniva = cast.person("sunniva.covers", "Sunniva Haugen");
    private final Persona hadiza = cast.person("hadiza.design", "Hadiza Bello");
    private final Persona lucia = cast.person("lucia.premades", "Lucía Ferrer");
    private final Persona greta = cast.person("greta.mod", "Greta Pohl");
    private final Persona brigid = cast.person("brigid.writes", "Brigid Fallon");
    private final Persona callum = cast.person("callum.scifi", "Callum Reid");
    private final Persona leona = cast.person("leona.romance", "Leona Abernathy");

    // --- E. a sample-pack label's own server ---
    private final String lowtide = cast.guild(915);
    private final Role ltStaff = cast.role("Staff", "#1f8b4c", 2);
    private final Channel ltDesk = cast.channel(lowtide, "Lowtide Samples", "support-desk",
            "orders, licences, downloads: the team will reply here", "lt-support-desk.json");
    private final Channel ltDrops = cast.channel(lowtide, "Lowtide Samples", "new-drops",
            "new packs and offers from the Lowtide team", "lt-new-drops.json");
    private final Channel ltBeats = cast.channel(lowtide, "Lowtide Samples", "flip-it",
            "post what you made with our sounds", "lt-flip-it.json");
    private final Channel ltLounge = cast.channel(lowtide, "Lowtide Samples", "lounge",
            "chat", "lt-lounge.json");
    private final Persona marcus = cast.person("marcus.lowtide", "Marcus Oyelaran", ltStaff);
    private final Persona yuki = cast.person("yuki.lowtide", "Yuki Tamura", ltStaff);
    private final Persona anouk = cast.person("anouk.beats", "Anouk Verhoeven");
    private final Persona tobiah = cast.person("tobiah.prod", "Tobiah Greenberg");
    private final Persona jaden = cast.person("jaden.wav", "Jaden Mbeki");
    private final Persona lisandro = cast.person("lisandro.keys", "Lisandro Paz");
    private final Persona cerys = cast.person("cerys.lofi", "Cerys Pritchard");

    // --- F. volunteer public-domain audiobook readers ---
    private final String shelf = cast.guild(916);
    private final Channel osClaim = cast.channel(shelf, "Open Shelf Readers", "claim-a-chapter",
            "pick up a chapter, say which, say when", "os-claim-a-chapter.json");
    private final Channel osProof = cast.channel(shelf, "Open Shelf Readers", "proof-listening",
            "proof listeners' notes on submitted chapters", "os-proof-listening.json");
    private final Channel osMic = cast.channel(shelf, "Open Shelf Readers", "mic-and-closet",
            "recording setups, noise, editing help", "os-mic-and-closet.json");
    private final Channel osLounge = cast.channel(shelf, "Open Shelf Readers", "reading-room",
            "chat about books and reading aloud", "os-reading-room.json");
    private final Persona mireille = cast.person("mireille.reads", "Mireille Dufresne");
    private final Persona gideon = cast.person("gideon.voice", "Gideon Ashworth");
    private final Persona ananya = cast.person("ananya.pl", "Ananya Iyer");
    private final Persona wojtek = cast.person("wojtek.audio", "Wojciech Nowak");
    private final Persona ruthie = cast.person("ruthie.m", "Ruth Mendelsohn");
    private final Persona kofi = cast.person("kofi.reads", "Kofi Mensah");

    // --- G. enamel pin collectors and makers ---
    private final String pins = cast.guild(917);
    private final Channel bcTrade = cast.channel(pins, "Backing Card Club", "trade-table",
            "buy, sell, trade: price or wants please", "bc-trade-table.json");
    private final Channel bcGrails = cast.channel(pins, "Backing Card Club", "grails-and-hauls",
            "show your boards, hauls and hunts", "bc-grails-and-hauls.json");
    private final Channel bcMakers = cast.channel(pins, "Backing Card Club", "makers-bench",
            "pin makers talking shop: factories, plating, backing cards", "bc-makers-bench.json");
    private final Channel bcHello = cast.channel(pins, "Backing Card Club", "introductions",
            "new here? introduce yourself", "bc-introductions.json");
    private final Persona kasimir = cast.person("kasimir.pins", "Kasimir Nowicki");
    private final Persona paloma = cast.person("paloma.enamel", "Paloma Reyes");
    private final Persona oren = cast.person("oren.collects", "Oren Adler");
    private final Persona felix = cast.person("felix.trades", "Felix Baptiste");
    private final Persona ruth = cast.person("ruth.boards", "Ruth Okafor");
    private final Persona jonah = cast.person("jonah.iso", "Jonah Whitfield");
    private final Persona amara = cast.person("amara.draws", "Amara Diallo");

    // --- H. crossword setters ---
    private final String grid = cast.guild(918);
    private final Channel gcTest = cast.channel(grid, "Grid & Clue", "test-solve",
            "swap grids for test-solving, give notes", "gc-test-solve.json");
    private final Channel gcWorkshop = cast.channel(grid, "Grid & Clue", "clue-workshop",
            "stuck on a clue? workshop it here", "gc-clue-workshop.json");
    private final Channel gcOutlets = cast.channel(grid, "Grid & Clue", "outlets-and-editors",
            "which papers and sites buy puzzles, pay rates, submission news", "gc-outlets-and-editors.json");
    private final Persona harriet = cast.person("harriet.grids", "Harriet Quayle");
    private final Persona wen = cast.person("wen.jh", "Wen Jiahao");
    private final Persona ottilie = cast.person("ottilie.sets", "Ottilie Brandt");
    private final Persona padraig = cast.person("padraig.c", "Pádraig Cullen");
    private final Persona zanele = cast.person("zanele.x", "Zanele Khumalo");
    private final Persona milo = cast.person("milo.anagram", "Milo Petrakis");

    HeldOutScenes63Script() {
        super(new SceneIds(48400), FIRST_MONDAY, 21);
        captioners();
        foley();
        animators();
        coverDesigners();
        sampleLabel();
        audiobookReaders();
        pinCollectors();
        crosswordSetters();
    }

    private void captioners() {
        Post hi = say(1, "09:10", cqHello, aiyana, "hi all! I'm Aiyana, I caption a couple of community radio shows "
                + "in Lakota and English and I'm moving into film subtitling. portfolio if anyone's curious: "
                + "https://aiyanacaptions.example/work");
        Post welcome = re(1, "09:40", kwame, hi, "welcome Aiyana! the reading speed thread in #timing-talk is a good "
                + "place to start");
        re(1, "09:55", aiyana, welcome, "thank you!! heading there now");
        Post cps = say(1, "11:00", cqTiming, lotta, "anyone else think 17 cps is too fast for kids content? client "
                + "wants 20 and I think that's bonkers");
        Post kids = re(1, "11:20", benoit, cps, "for kids I stay at 13-15. push back and send them the guidelines");
        re(1, "11:30", lotta, kids, "yeah going to. thanks");
        say(2, "14:00", cqAsk, rosalind, "Hi, I produce a small documentary series (8 x 25 min). Is it normal to pay "
                + "per minute for subtitles? And do captioners usually do the translation too or is that separate?");
        Post perMin = say(2, "14:35", cqAsk, kwame, "@Rosalind Achterberg per runtime minute is the usual way yes. "
                + "translation is normally quoted separately, a lot of us only do same-language");
        re(2, "14:50", rosalind, perMin, "that's really helpful. what would you charge per minute for English SDH?");
        Post rate = say(2, "15:05", cqAsk, kwame, "for SDH I'm at €6 per runtime minute, 5 working days. happy to do "
                + "a test minute free if you send me a clip");
        re(2, "15:20", rosalind, rate, "perfect, I'll send one over tomorrow");
        say(3, "10:00", cqSlots, ines, "Open slots from 24 April: EN/PT subtitling and SDH, €7 per runtime minute. "
                + "portfolio https://inescarvalho.example");
        say(3, "10:30", cqSlots, benoit, "FR>EN subtitling, 2 slots in May, €8/min. https://benoitsubs.example");
        Post beta = say(3, "12:00", cqTiming, ines, "has anyone tried the shot-change detection in the new beta? it "
                + "keeps snapping to dissolves");
        Post sens = re(3, "12:20", lotta, beta, "yes!! turn sensitivity down to 30, fixed it for me");
        re(3, "12:25", ines, sens, "oh that's it. thanks");
        Post school = say(4, "16:00", cqAsk, helga, "I teach at a secondary school and want to caption our drama "
                + "club videos myself. Any free tool you'd recommend for a beginner?");
        Post loom = re(4, "16:40", lotta, school, "Subtitle Loom is free and simple. @Benoît Marchal wrote a good "
                + "beginner guide for it: https://benoitsubs.example/guide-basics");
        re(4, "17:00", helga, loom, "brilliant, thank you both");
        Post three = say(5, "09:00", cqTiming, benoit, "reminder that two lines max is a rule for a reason, I just "
                + "QC'd a file with three-line subs 😂");
        re(5, "09:15", kwame, three, "three?? who does that");
        three.react("😂", lotta, ines);

        Post rush = say(8, "09:00", cqTiming, ines, "morning all. anyone else in the festival rush? I have four "
                + "shorts due by Friday");
        Post two = re(8, "09:10", lotta, rush, "two for me. and the festival spec sheet changed again");
        Post what = re(8, "09:20", ines, two, "did it?? what changed");
        Post chars = re(8, "09:35", lotta, what, "42 characters per line now, not 40");
        re(8, "09:40", ines, chars, "ugh ok, I'll redo my QC profile");
        say(8, "13:00", cqAsk, tariq, "Hello! I organise a two-day conference in Lisbon in June, talks in English "
                + "and Portuguese. We need live captions on screen. Does anyone here caption live in both languages, "
                + "and roughly what does it cost per day?");
        Post forced = say(9, "10:00", cqTiming, ines, "@Benoît Marchal do you QC forced narratives in a separate "
                + "pass or in the main one?");
        Post sep = re(9, "10:30", benoit, forced, "separate, always. I miss them otherwise");
        re(9, "10:35", ines, sep, "makes sense, I'll split it");
        Post raise = say(10, "11:00", cqTiming, kwame, "rates talk: is anyone raising prices this year? I haven't "
                + "in two years");
        Post went = re(10, "11:20", ines, raise, "I went up 10% in January, nobody left");
        Post enc = re(10, "11:30", kwame, went, "ok that's encouraging");
        re(10, "11:40", ines, enc, "do it! you're worth more than you charge honestly");
        say(10, "15:00", cqAsk, helga, "Follow-up: our drama club would now pay someone to caption the end-of-year "
                + "show, 90 minutes, Portuguese and English. Anyone interested? deadline mid June");
        Post prof = say(11, "12:00", cqTiming, ines, "@Lotta Virtanen is your QC profile shareable? mine is a mess "
                + "after the 42 change");
        Post sure = re(11, "12:30", lotta, prof, "sure, sending it tonight");
        re(11, "12:40", ines, sure, "you're a star");
        Post done = say(12, "09:00", cqTiming, ines, "four shorts delivered 🎉 going to sleep for a week");
        Post congrats = re(12, "09:10", benoit, done, "congrats!!");
        re(12, "09:12", ines, congrats, "thank youuu");
        say(13, "17:00", cqAsk, tariq, "Still looking for live captions EN/PT for the June conference, any pointers "
                + "welcome");
        Post didYou = say(13, "17:40", cqTiming, ines, "@Kwame Asante did you raise in the end?");
        Post eight = re(14, "10:00", kwame, didYou, "I did, 8%. one client grumbled, that's all");
        re(14, "10:10", ines, eight, "told you 😄");

        Post live = say(15, "09:30", cqAsk, lotta, "@Tariq Mansour live EN/PT is specialised, most of us do "
                + "recorded work only. the live captioners' association keeps a list: https://livecaptioners.example/find");
        re(15, "10:15", tariq, live, "thank you, that's a start");
        Post spacing = say(16, "14:00", cqTiming, aiyana, "question for the film people: do you leave 2 frames "
                + "between subs or more?");
        Post frames = re(16, "14:20", benoit, spacing, "2 frames minimum, I snap to 4 near shot changes");
        re(16, "14:30", aiyana, frames, "thanks, that's what I guessed");
        say(18, "10:00", cqSlots, kwame, "June open: EN SDH €6.50 per runtime minute, 5 working days");
        say(19, "16:00", cqAsk, helga, "found someone for the show through a colleague, thanks anyway!");
        Post qc = say(20, "11:00", cqTiming, lotta, "new festival spec out again, they went back to 40 chars 🙃");
        re(20, "11:30", benoit, qc, "of course they did");
    }

    private void foley() {
        Post snow = say(1, "10:00", fbPits, priya, "cornstarch in a leather pouch is still the best snow I've found. "
                + "anyone beat it?");
        Post peas = re(1, "10:20", fenna, snow, "frozen peas in a pillowcase, for crunchy old snow");
        re(1, "10:30", priya, peas, "ooh trying that");
        Post horse = say(1, "18:00", fbStories, moses, "did horse hooves for 3 hours today with coconuts. the "
                + "director still wants more 'gallop'");
        re(1, "18:10", bea, horse, "😂 classic");
        say(2, "19:00", fbStories, dmitri, "My new footsteps library is out: 600 steps on gravel, snow, wood and "
                + "tile, 96k. https://dmitrivolkov.example/footsteps");
        say(2, "19:02", fbPits, dmitri, "My new footsteps library is out: 600 steps on gravel, snow, wood and "
                + "tile, 96k. https://dmitrivolkov.example/footsteps");
        say(2, "19:04", fbMics, dmitri, "My new footsteps library is out: 600 steps on gravel, snow, wood and "
                + "tile, 96k. https://dmitrivolkov.example/footsteps");
        Post hiss = say(3, "09:00", fbMics, fenna, "what noise floor do you all accept for quiet cloth passes? my "
                + "recorder's preamp hisses");
        Post floor = re(3, "09:30", moses, hiss, "below -70 or it shows under dialogue. try an external pre");
        re(3, "09:40", fenna, floor, "thanks, I'll borrow one");
        Post pdf = say(3, "12:00", fbPits, hollis, "@Priya Raman you mentioned a write-up on cornstarch footsteps "
                + "last month, do you still have it?");
        Post write = re(3, "12:30", priya, pdf, "yes! it's on my site: https://priyaraman.example/cornstarch-steps");
        re(3, "12:45", hollis, write, "perfect thank you");
        Post gravel = say(4, "15:00", fbPits, dmitri, "for gravel I use aquarium gravel in a tray, much cleaner than "
                + "garden stuff");
        re(4, "15:20", bea, gravel, "good tip, garden gravel is so dusty");
        Post knees = say(5, "20:00", fbStories, bea, "finished the sound on my friend's short film, 14 minutes of "
                + "pure foley. my knees are done");
        Post hardest = re(5, "20:15", priya, knees, "haha well earned. what was the hardest bit?");
        re(5, "20:30", bea, hardest, "a wet dog shaking. ended up with a soaked chamois and a desk fan");
        Post shotgun = say(6, "11:00", fbMics, moses, "my short shotgun died mid session. anyone rate the cheap "
                + "ones or should I just save up?");
        re(6, "11:40", fenna, shotgun, "save up, the cheap ones hiss worse than my preamp");

        joins(8, "10:00", fbStories, aurelio);
        Post ciao = say(8, "10:05", fbStories, aurelio, "hi all, Aurelio here, re-recording mixer from Turin. just "
                + "found this place");
        re(8, "10:30", bea, ciao, "welcome!");
        Post fest = say(9, "09:00", fbStories, bea, "the short I did got into a regional festival 🎉");
        Post which = re(9, "09:20", aurelio, fest, "congrats! which festival?");
        re(9, "09:25", bea, which, "Valmont shorts, in June");
        fest.react("🎉", priya, moses, fenna);
        at(9, "21:00").in(fbDmAurelio).say(aurelio, "Hi Bea, saw your festival news. I do full mix + foley packages "
                + "for indie shorts, €450 for up to 15 min, festival deliverables included. Want me to send you my "
                + "reel and book a slot?");
        at(9, "21:40").in(fbDmAurelio).say(bea, "hey, thanks, but the mix is already done and delivered");
        Post celery = say(10, "09:00", fbPits, priya, "testing celery vs carrots for bone breaks this week. carrot "
                + "wins for snap, celery for crunch");
        Post fresh = re(10, "09:20", hollis, celery, "how fresh does the celery have to be?");
        re(10, "09:30", priya, fresh, "day one fresh. after that it bends");
        Post pre = say(11, "14:00", fbMics, fenna, "borrowed the external pre, noise floor is -78 now 🙌");
        re(11, "14:10", moses, pre, "told you");
        Post dragon = say(12, "16:00", fbStories, moses, "anyone else been asked to make a dragon 'sound less like "
                + "a dragon'?");
        Post purr = re(12, "16:20", dmitri, dragon, "yes. always yes. try a cat purr slowed 4x under it");
        re(12, "16:30", moses, purr, "ooh");
        Post sword = say(13, "10:00", fbPits, hollis, "what do you all use for sword draws? a metal ruler sounds "
                + "thin");
        Post file = re(13, "10:30", dmitri, sword, "a spatula dragged along a file. thicker");
        re(13, "10:35", hollis, file, "thanks!");

        Post doors = say(15, "11:00", fbStories, dmitri, "next library is car doors, if anyone has an old car I can "
                + "slam near Rotterdam 😂");
        Post uncle = re(15, "11:20", fenna, doors, "my uncle has a 90s estate in Delft, I'll ask him");
        re(15, "11:30", dmitri, uncle, "you're a hero");
        Post peasOk = say(16, "09:00", fbPits, priya, "frozen peas update: @Fenna de Graaf perfect for old snow, "
                + "thank you");
        peasOk.react("🙌", fenna);
        Post monitors = say(17, "19:00", fbMics, aurelio, "what do you monitor on for foley editing? I'm on "
                + "nearfields only");
        Post cans = re(17, "19:20", moses, monitors, "nearfields plus headphones for cloth, you miss detail "
                + "otherwise");
        re(17, "19:25", aurelio, cans, "good point, thanks");
        say(18, "12:00", fbStories, bea, "Valmont screening is 10 June if anyone's near the coast");
        Post spat = say(19, "09:00", fbPits, hollis, "@Dmitri Volkov the spatula sword draws sound great btw");
        re(19, "09:40", dmitri, spat, "nice! add a tiny ring from a wine glass on the tail");
    }

    private void animators() {
        Post walk = say(1, "10:00", ibWip, tomas, "walk cycle WIP, the hips feel stiff to me: "
                + "https://framebin.example/tomas/walk-03");
        Post hips = re(1, "10:40", noor, walk, "hips need more rotation on the passing pose, and the shoulders "
                + "should counter them");
        re(1, "10:50", tomas, hips, "ahh yes. thank you");
        say(2, "09:00", ibGeneral, rafaela, "Commissions open for May: logo animations and short explainer loops, "
                + "from €350. examples and booking: https://rafaelacunha.example/commissions");
        say(3, "14:00", ibGeneral, bastian, "new loops up https://loopreel.example/bastian/rain");
        say(3, "14:02", ibGeneral, bastian, "https://loopreel.example/bastian/neon-cat");
        say(3, "14:04", ibGeneral, bastian, "https://loopreel.example/bastian/tram");
        say(3, "14:05", ibGeneral, bastian, "https://loopreel.example/bastian/lantern");
        Post all = say(3, "14:07", ibGeneral, bastian, "all hand drawn, 12fps https://loopreel.example/bastian/all");
        Post tram = re(3, "14:40", shiori, all, "the tram one is lovely");
        re(3, "14:50", bastian, tram, "thank you!!");
        Post studio = say(4, "11:00", ibClients, emeka, "Hi, we're a small studio in Lagos looking for a freelance "
                + "2D animator for a 60s explainer in May. Budget around €1,200. Who should I talk to?");
        Post me = re(4, "11:30", noor, studio, "I'd be interested! I've done a few explainers, reel: "
                + "https://noorhaddad.example/reel. free from the 2nd of May");
        re(4, "12:00", emeka, me, "great, I'll email you a brief");
        say(5, "17:00", ibGeneral, noor, "off until Monday, family wedding 🎉");
        Post v4 = say(6, "10:00", ibWip, tomas, "@Noor Haddad updated the walk with your notes, better? "
                + "https://framebin.example/tomas/walk-04");
        re(6, "12:00", shiori, v4, "way better hips");
        Post back = re(8, "09:15", noor, v4, "sorry Tomás, I was away at the wedding! much better, the counter in "
                + "the shoulders reads now. maybe ease the arm swing a touch");
        re(8, "09:30", tomas, back, "thanks!!");

        Post lip = say(8, "11:00", ibWip, rafaela, "lip sync test for a client, notes welcome "
                + "https://framebin.example/rafa/lipsync-2");
        Post mbp = re(8, "11:30", shiori, lip, "the M/B/P shapes pop a frame early, I'd hold them 2 frames");
        re(8, "11:45", rafaela, mbp, "good eye, fixing");
        Post bakery = say(9, "10:00", ibClients, dorothea, "@Rafaela Cunha hi! you animated our bakery logo last "
                + "autumn and people still mention it. could you quote for a 10 second version for Instagram? we'd "
                + "like it by the end of May");
        Post v3 = say(10, "14:00", ibWip, rafaela, "lip sync v3 https://framebin.example/rafa/lipsync-3");
        Post nice = re(10, "14:20", noor, v3, "much better, the holds work");
        re(10, "14:30", rafaela, nice, "thanks!!");
        Post porto = say(11, "16:00", ibGeneral, rafaela, "anyone going to the Porto animation fest in June?");
        Post meToo = re(11, "16:30", tomas, porto, "me! first time");
        re(11, "16:40", rafaela, meToo, "yay, let's get a coffee there");
        Post punch = say(12, "10:00", ibWip, shiori, "smear frames on this punch, too much? "
                + "https://framebin.example/shiori/punch");
        Post smear = re(12, "10:30", rafaela, punch, "not too much, maybe one fewer smear on the recoil");
        re(12, "10:45", shiori, smear, "trying it 🙏");
        Post bump = re(13, "09:00", dorothea, bakery, "@Rafaela Cunha just checking you saw this? no rush, I'm "
                + "planning our May posts");
        say(13, "18:00", ibGeneral, rafaela, "client lip sync delivered 🎉 weekend starts now");
        Post tea = say(14, "11:00", ibGeneral, tomas, "what do you all drink on long cleanup days? I'm on my 5th tea");
        re(14, "11:20", shiori, tea, "barley tea, gallons of it");

        Post sorry = re(15, "09:00", rafaela, bump, "Dorothea I'm so sorry, I missed this! yes, happy to, I'll send "
                + "you a quote today");
        re(15, "09:20", dorothea, sorry, "lovely, thank you!");
        Post rain = say(16, "10:00", ibWip, bastian, "rain loop v2, any notes on the splash timing? "
                + "https://loopreel.example/bastian/rain-v2");
        Post late = re(16, "10:30", tomas, rain, "splash peaks a frame late I think");
        re(16, "10:40", bastian, late, "ah yes, thanks");
        Post run = say(17, "15:00", ibWip, tomas, "run cycle, first pass https://framebin.example/tomas/run-01");
        Post lean = re(17, "15:30", bastian, run, "more forward lean, and the contact frame could squash more");
        re(17, "15:40", tomas, lean, "good call");
        say(18, "12:00", ibClients, emeka, "update: Noor is doing our explainer. thanks all!");
        Post hair = say(19, "09:00", ibGeneral, shiori, "anyone have a good tutorial on overlapping action for hair?");
        Post mika = re(19, "09:30", noor, hair, "the one by Mika Ostrander is the best I know: "
                + "https://animnotes.example/hair-overlap");
        re(19, "09:45", shiori, mika, "thank you!");
        Post quote = say(20, "10:00", ibClients, dorothea, "@Rafaela Cunha got the quote, all good, let's go ahead!");
        re(20, "10:30", rafaela, quote, "wonderful, starting Monday");
    }

    private void coverDesigners() {
        Post tags = say(1, "10:00", pcLounge, hadiza, "anyone else seeing the stock site's new auto-tagging ruin "
                + "search? I searched 'lighthouse' and got toasters");
        re(1, "10:20", sunniva, tags, "😂 yes. I've gone back to my old keyword list");
        re(1, "10:25", lucia, tags, "same, it's chaos");
        say(2, "09:00", pcDrops, lucia, "new premade: 'Salt and Lantern', coastal fantasy, $90 with ebook + print "
                + "wrap. https://luciaferrer.example/premades/salt-lantern");
        say(2, "11:00", pcDrops, hadiza, "two thriller premades, $75 each https://hadizabello.example/premades");
        say(2, "13:00", pcDrops, sunniva, "cozy mystery premade, a cat on a bookshop step, $70 "
                + "https://sunnivahaugen.example/premades/cat-step");
        Post cost = say(3, "15:00", pcAuthors, callum, "How much does a custom cover usually cost for a sci-fi ebook "
                + "+ paperback? And does anyone have openings in June?");
        Post range = re(3, "15:40", hadiza, cost, "custom ebook + paperback wrap is usually $250-600 depending on "
                + "the designer. I'm at $380 and have one June opening: https://hadizabello.example/custom");
        re(3, "16:00", callum, range, "thank you, that's really clear. I'll look tonight");
        Post licence = say(4, "10:00", pcLounge, sunniva, "font licence question: does anyone buy the extended "
                + "licence for print runs over 5000? clients never go that high but...");
        Post insure = re(4, "10:30", hadiza, licence, "I buy extended for anything I use as a title font, it's "
                + "cheap insurance");
        re(4, "10:40", sunniva, insure, "ok that settles it");
        say(5, "19:00", pcAuthors, leona, "@Hadiza Bello my cover got so many compliments at the romance book fair "
                + "on Saturday! I've sent two author friends your way 😍");
        Post slow = say(6, "12:00", pcLounge, lucia, "sales are slow this month. anyone else?");
        re(6, "12:30", sunniva, slow, "April is always dead for me");

        joins(8, "09:00", pcAuthors, brigid);
        say(8, "09:10", pcAuthors, greta, "welcome @Brigid Fallon! if you're new to commissioning covers, Hadiza's "
                + "guide to writing a brief is the best start: https://hadizabello.example/briefing-guide");
        Post draft = say(8, "09:30", pcAuthors, brigid, "thank you! I just finished draft 3 of my cozy mystery, a "
                + "retired librarian and her parrot solve crimes. so excited and terrified");
        Post pitch = re(8, "10:05", sunniva, draft, "congrats!! sounds adorable. I do custom covers from $180 and "
                + "cozy premades from $70, DM me and I'll hold a slot for you before summer fills up");
        re(8, "10:30", brigid, pitch, "oh thanks, I'm not at the cover stage yet, still editing!");
        Post checkout = say(9, "11:00", pcLounge, sunniva, "is anyone else's shop platform down? my checkout page is "
                + "404ing");
        Post cache = re(9, "11:15", lucia, checkout, "mine's fine, try clearing the cache");
        re(9, "11:30", sunniva, cache, "that was it, thanks");
        say(9, "14:00", pcDrops, lucia, "new premade: 'The Quiet Orchard', literary, $85 "
                + "https://luciaferrer.example/premades/quiet-orchard");
        Post pages = say(10, "16:00", pcAuthors, brigid, "Question for the designers: do I need to know my page "
                + "count before a paperback cover can be made?");
        Post spine = re(10, "16:20", lucia, pages, "for the spine yes, but the front can be done first and the "
                + "wrap later");
        re(10, "16:30", brigid, spine, "that's a relief, thank you");
        Post booked = say(11, "10:00", pcAuthors, callum, "update: booked Hadiza for June. thanks for the help all");
        re(11, "10:20", hadiza, booked, "looking forward to it!");
        Post mock = say(12, "13:00", pcLounge, hadiza, "mockup templates: anyone moved off the old free set? the "
                + "shadows look so 2019");
        Post own = re(12, "13:30", lucia, mock, "I made my own in a 3D app, happy to share the file");
        re(12, "13:40", hadiza, own, "yes please!");
        say(13, "10:00", pcDrops, hadiza, "romantic suspense premade, $80 "
                + "https://hadizabello.example/premades/harbour");

        Post series = say(15, "18:00", pcAuthors, leona, "@Hadiza Bello do you do series branding? I want books 2 "
                + "and 3 to match the first one you did for me");
        Post yes = re(15, "18:40", hadiza, series, "yes! and thank you for the compliments and the referrals, both "
                + "your friends got in touch. I'll email you about the series");
        re(15, "18:50", leona, yes, "yay!");
        say(16, "09:00", pcDrops, lucia, "new premade: 'Ember Court', romantasy, $95 "
                + "https://luciaferrer.example/premades/ember-court");
        say(16, "12:00", pcDrops, sunniva, "two new cozy premades, $70 each "
                + "https://sunnivahaugen.example/premades/spring");
        Post set = say(17, "10:00", pcLounge, sunniva, "price check: what do you all charge for a series of three?");
        Post off = re(17, "10:20", hadiza, set, "I take 15% off the set");
        re(17, "10:30", sunniva, off, "ok good, same ballpark");
        Post ready = say(18, "15:00", pcAuthors, brigid, "editing done!! starting to think about covers for real. "
                + "what should I have ready before I contact a designer?");
        Post blurb = re(18, "15:30", greta, ready, "blurb, genre, two or three comp titles and your trim size. the "
                + "brief guide covers the rest");
        re(18, "15:40", brigid, blurb, "perfect, thank you");
        Post spring = say(7, "11:00", pcLounge, hadiza, "sunday question: anyone else redo their portfolio every "
                + "spring?");
        re(7, "11:30", lucia, spring, "every spring, and I hate it every time");
        Post matte = say(14, "10:00", pcAuthors, callum, "for a paperback, matte or glossy? the printer offers both");
        Post genre = re(14, "10:30", lucia, matte, "matte for most genres, glossy pops for thrillers");
        re(14, "10:40", callum, genre, "matte it is");
        Post fixed = say(19, "09:00", pcLounge, lucia, "auto-tagging update: they fixed lighthouse search 🎉");
        re(19, "09:20", hadiza, fixed, "finally, no more toasters");
        Post mood = say(20, "17:00", pcAuthors, brigid, "I made a mood board for my cover, is that ok to send a "
                + "designer?");
        Post boards = re(20, "17:30", hadiza, mood, "yes, designers love mood boards, just say what you like "
                + "about each picture");
        re(20, "17:40", brigid, boards, "thank you!");
    }

    private void sampleLabel() {
        say(1, "10:00", ltDrops, marcus, "New pack out today: Tape Choir, 240 vocal chops and pads recorded on a 1974 "
                + "reel-to-reel. €29, 20% off this week for members: https://lowtidesamples.example/tape-choir");
        Post choir = say(1, "12:00", ltBeats, cerys, "flipped the Tape Choir pads into a lofi thing already "
                + "https://soundwell.example/cerys/choir-flip");
        Post chord = re(1, "12:30", lisandro, choir, "that chord at 0:40 😍");
        re(1, "12:40", cerys, chord, "thank you!!");
        Post keys7 = say(2, "18:00", ltBeats, lisandro, "my flip of Dusty Keys loop 7 "
                + "https://soundwell.example/lisandro/keys7");
        Post swing = re(2, "18:30", anouk, keys7, "the swing on this 🔥");
        re(2, "18:40", lisandro, swing, "🙏");
        Post kettle = say(3, "09:00", ltLounge, anouk, "anyone else sampling their own kitchen now? I recorded my "
                + "kettle for a hi-hat");
        re(3, "09:20", cerys, kettle, "😂 the kettle hat is elite");
        joins(3, "15:00", ltLounge, jaden);
        say(3, "15:05", ltLounge, jaden, "yo everyone, I drop beats every day on my channel, go subscribe and like "
                + "the latest one!! https://vidtube.example/@jadenwav");
        say(4, "16:00", ltLounge, jaden, "new beat up, trying to hit 100 subs by Friday, pls subscribe "
                + "https://vidtube.example/@jadenwav");
        say(4, "10:00", ltDesk, tobiah, "Hi, I bought Dusty Keys on Saturday and the download link says expired. can "
                + "you resend?");
        Post fresh = say(4, "10:40", ltDesk, yuki, "@Tobiah Greenberg sorry about that! just sent a fresh link to "
                + "your order email, it's good for 7 days");
        re(4, "11:00", tobiah, fresh, "got it, thank you!");
        say(5, "09:00", ltDrops, yuki, "Friday: Marcus builds a beat from Tape Choir in 30 minutes, live at 7pm UTC "
                + "on the stage channel");
        Post first = say(6, "20:00", ltBeats, tobiah, "first beat with Dusty Keys "
                + "https://soundwell.example/tobiah/first-keys");
        Post bass = re(6, "20:30", marcus, first, "love the bass under it 🔥");
        re(6, "20:40", tobiah, bass, "from you that means a lot");

        say(8, "09:00", ltLounge, marcus, "heads up: I'm off until Monday the 24th, recording in Lisbon. Yuki has "
                + "the desk");
        Post sync = say(9, "10:00", ltDesk, anouk, "@Yuki Tamura quick one: I bought Tape Choir last week, does the "
                + "licence cover sync in a monetised YouTube documentary? a friend's film wants one of my tracks");
        say(10, "12:00", ltDrops, yuki, "Dusty Keys 2 is out! 180 Rhodes and Wurli loops, €25, or €19 until Sunday: "
                + "https://lowtidesamples.example/dusty-keys-2");
        Post next = say(11, "17:00", ltLounge, yuki, "what should our next pack be? brass, or field recordings from "
                + "markets?");
        re(11, "17:10", cerys, next, "markets!!");
        Post brass = re(11, "17:20", lisandro, next, "brass pls");
        re(11, "17:30", yuki, brass, "noted 😄 poll coming tomorrow");
        say(12, "09:00", ltDrops, yuki, "poll: brass or market field recordings? vote in #lounge, closes Sunday");
        Post dk23 = say(12, "19:00", ltBeats, lisandro, "Dusty Keys 2 loop 3 flip "
                + "https://soundwell.example/lisandro/dk2-3");
        Post share = re(12, "19:30", yuki, dk23, "this is great, ok if we put it in the newsletter?");
        re(12, "19:40", lisandro, share, "of course!!");
        Post again = re(13, "11:00", anouk, sync, "bump on the sync licence question, my friend needs to know by "
                + "the end of the month");
        Post rain = say(14, "21:00", ltBeats, cerys, "rainy sunday flip https://soundwell.example/cerys/rain-sunday");
        re(14, "21:30", anouk, rain, "so cosy");

        Post covered = re(15, "09:30", marcus, again, "Anouk, sorry for the wait! yes, monetised YouTube sync is "
                + "covered by the standard licence, festivals too. only TV broadcast needs the extended one");
        re(15, "09:45", anouk, covered, "perfect, thanks Marcus");
        say(15, "10:00", ltLounge, marcus, "back from Lisbon with a whole drive of tram and market sounds 👀");
        say(16, "10:00", ltDrops, marcus, "Markets won the poll! Lisbon Market pack out in May. Tape Choir is still "
                + "20% off for members: https://lowtidesamples.example/tape-choir");
        Post muddy = say(17, "18:00", ltLounge, jaden, "anyone got tips on getting drums to cut through? my beats "
                + "sound muddy");
        Post eq = re(17, "18:20", cerys, muddy, "high pass everything but the kick, and cut around 300hz on the "
                + "pads");
        re(17, "18:30", jaden, eq, "thank you, will try");
        Post clear = say(18, "20:00", ltBeats, jaden, "tried Cerys' eq tips on a Tape Choir beat "
                + "https://vidtube.example/@jadenwav/choir");
        Post way = re(18, "20:20", cerys, clear, "way clearer!");
        re(18, "20:25", jaden, way, "🙏");
        Post kettle2 = say(19, "12:00", ltLounge, tobiah, "@Yuki Tamura is the Lisbon pack royalty free like the "
                + "others?");
        re(19, "13:00", yuki, kettle2, "yes, same licence as every Lowtide pack");
        Post bridge = say(7, "16:00", ltLounge, cerys, "sunday session anyone? I'm stuck on a bridge");
        Post listen = re(7, "16:20", lisandro, bridge, "post it in #flip-it, I'll have a listen");
        re(7, "16:30", cerys, listen, "doing it tonight, thanks");
        Post tape = say(13, "20:00", ltLounge, lisandro, "anyone tried the Dusty Keys 2 Wurli loops through tape "
                + "saturation? magic");
        re(13, "20:15", cerys, tape, "yes!! loop 11 especially");
        Post doc = say(20, "19:00", ltBeats, anouk, "the doc track is done, built on Tape Choir pads "
                + "https://soundwell.example/anouk/doc-theme");
        Post gorgeous = re(20, "19:30", marcus, doc, "gorgeous, congrats on the film");
        re(20, "19:40", anouk, gorgeous, "thank you! and for the licence answer");
    }

    private void audiobookReaders() {
        Post project = say(1, "09:00", osClaim, mireille, "New project up: 'The Lighthouse Keeper's Daughter' (1889), "
                + "24 chapters. claim below!");
        re(1, "09:20", ananya, project, "I'll take 1 and 2");
        re(1, "09:40", kofi, project, "chapter 5 please");
        re(1, "10:10", gideon, project, "I'll do 3 and 4");
        re(1, "10:30", mireille, project, "noted all 👍");
        Post hum = say(2, "19:00", osMic, wojtek, "my recordings have a low hum, fridge maybe? tried moving the mic "
                + "already");
        Post notch = re(2, "19:20", mireille, hum, "notch at 50 and 100 Hz, our wiki page walks through it: "
                + "https://openshelf.example/wiki/hum");
        re(2, "19:50", wojtek, notch, "that did it, thank you");
        Post ch1 = say(3, "11:00", osProof, ruthie, "ch 1 by @Ananya Iyer: lovely reading. one misread at 4:12, "
                + "'wind' (air) read as 'wind' (clock)");
        re(3, "11:30", ananya, ch1, "oops 😂 will patch it");
        Post loud = say(4, "20:00", osMic, kofi, "what's our loudness target again?");
        Post levels = re(4, "20:10", mireille, loud, "-18 to -23 dB RMS, peaks under -3. "
                + "https://openshelf.example/wiki/levels");
        re(4, "20:20", kofi, levels, "thanks");
        Post gaskell = say(5, "15:00", osLounge, ruthie, "anyone else reading the Gaskell short stories? I love how "
                + "chatty they are");
        re(5, "15:30", ananya, gaskell, "yes! 'The Old Nurse's Story' gives me chills");
        Post ch3 = say(6, "10:00", osProof, wojtek, "@Gideon Ashworth ch 3 sounds great, just one page turn at "
                + "11:30");
        re(6, "10:30", gideon, ch3, "thanks, I'll cut it");

        say(8, "08:00", osLounge, gideon, "I finally finished my chapter 4 last night. I think my pacing is getting "
                + "better, I slowed down like I planned.");
        say(8, "19:00", osClaim, gideon, "I've claimed chapters 9 and 10 as well, I want to do the storm scenes "
                + "myself because I love them.");
        say(9, "07:30", osLounge, gideon, "My new closet booth is done. I lined it with my old duvets and my noise "
                + "floor dropped a lot.");
        Post crash = say(9, "12:00", osMic, kofi, "my audio editor keeps crashing when I export, tried reinstalling "
                + "twice");
        Post export = re(9, "12:30", mireille, crash, "it's the plugin cache, delete it and restart: "
                + "https://openshelf.example/wiki/export-crash");
        re(9, "13:00", kofi, export, "fixed! thanks Mireille");
        say(9, "21:00", osMic, gideon, "I recorded my test in the new booth tonight and I'm really happy with how "
                + "my voice sounds now.");
        say(10, "08:00", osLounge, gideon, "I've been practising my Scottish accent for the keeper. My wife says I'm "
                + "getting there.");
        say(10, "11:00", osClaim, mireille, "chapters 11 to 24 are still open, shout if you want one");
        Post eleven = say(10, "11:30", osClaim, wojtek, "11 and 12 for me");
        eleven.react("👍", mireille);
        say(10, "20:00", osClaim, gideon, "I'm halfway through my chapter 9. I did the storm twice because my first "
                + "take felt flat to me.");
        say(11, "09:00", osLounge, gideon, "I think I've now recorded more than 40 hours for the project since I "
                + "joined. I'm proud of my progress.");
        say(11, "22:00", osMic, gideon, "I bought myself a new pop filter and my plosives are much better, I can "
                + "hear it on my p's.");
        Post ch2 = say(12, "08:00", osProof, ruthie, "ch 2 by @Ananya Iyer is clean, approved ✨");
        re(12, "08:30", ananya, ch2, "yay thank you Ruth");
        say(12, "08:30", osLounge, gideon, "I'm reading Gaskell next, I've always wanted to do my own version of "
                + "Cranford.");
        say(13, "10:00", osClaim, gideon, "My chapters 9 and 10 are uploaded. I'm going to claim more of my "
                + "favourite parts next week.");
        Post cranford = say(13, "16:00", osLounge, ruthie, "@Ananya Iyer did you ever finish Cranford? I'm halfway");
        re(13, "16:30", ananya, cranford, "twice! the cow in the flannel waistcoat 😂");
        say(14, "11:00", osLounge, gideon, "I listened back to my whole week of work and I think my best chapter is "
                + "10. I'm pleased with my storm.");

        Post storm = say(15, "10:00", osProof, ruthie, "@Gideon Ashworth ch 9 and 10 proofed, both clean, the storm "
                + "is great");
        re(15, "10:30", gideon, storm, "thank you Ruthie, that means a lot. your notes on ch 3 helped me too");
        Post thirteen = say(16, "09:00", osClaim, ananya, "13 please!");
        re(16, "09:10", mireille, thirteen, "yours 👍");
        Post gate = say(17, "19:00", osMic, wojtek, "noise gate or not? mine chops the ends of words");
        Post noGate = re(17, "19:30", gideon, gate, "I turned mine off, editing breaths by hand sounds more natural. "
                + "how long is your release time?");
        Post rel = re(17, "19:50", wojtek, noGate, "50ms");
        re(17, "20:00", gideon, rel, "try 200, the tails will come back");
        Post ch5 = say(18, "11:00", osProof, mireille, "ch 5 by @Kofi Mensah approved, lovely voice for the keeper");
        re(18, "11:20", kofi, ch5, "thank you!!");
        Post next = say(20, "16:00", osLounge, kofi, "what are you all reading aloud for fun this week?");
        re(20, "16:20", ruthie, next, "Three Men in a Boat to my nephew");
        re(20, "16:40", gideon, next, "Cranford, to my wife, she's a tough critic");
    }

    private void pinCollectors() {
        Post iso = say(1, "10:00", bcTrade, oren, "ISO: the 2021 Hollow Moon lighthouse pin, gold plating. will pay "
                + "fair or trade");
        Post silver = re(1, "10:30", felix, iso, "have the silver one, not the gold sorry");
        re(1, "10:40", oren, silver, "thanks anyway");
        say(2, "09:00", bcTrade, felix, "FS: glitter fox LE 50 $40, moth series set $55, shipped in the US. DM for "
                + "photos");
        Post board = say(2, "12:00", bcGrails, ruth, "my cat board is finally full!!");
        Post tabby = re(2, "12:20", felix, board, "that board is gorgeous, is that the rare sleeping tabby top left?");
        re(2, "12:30", ruth, tabby, "yes! took me two years");
        board.react("😍", jonah, paloma);
        say(3, "09:00", bcTrade, oren, "also ISO anything from the Hollow Moon sea series, paying $25-40 each");
        Post hi = say(3, "14:00", bcHello, amara, "hi! I'm Amara, I draw cats and just got my first pin made 😍 "
                + "I'm on the picture site as amaradraws, follow me if you like cats! "
                + "https://picturesite.example/amaradraws");
        Post cats = re(3, "14:20", ruth, hi, "welcome!! cats are always welcome here");
        re(3, "14:30", amara, cats, "yay thank you!");
        Post factory = say(4, "11:00", bcMakers, paloma, "anyone used the factory that does hard enamel with "
                + "glitter fill? quotes look good but I'm nervous");
        Post sample = re(4, "11:30", kasimir, factory, "used them twice, the glitter was even, but ask for a sample, "
                + "their plating runs thin");
        re(4, "11:40", paloma, sample, "good to know, thanks");
        Post where = say(5, "18:00", bcGrails, jonah, "@Paloma Reyes where can I get your sleepy cat pin? saw it on "
                + "Ruth's board");
        Post left = re(5, "18:20", paloma, where, "aww thank you! a few left here: "
                + "https://palomaenamel.example/sleepy-cat");
        re(5, "18:30", jonah, left, "ordered!");
        Post cards = say(6, "10:00", bcMakers, kasimir, "backing card printers: anyone found one that does runs "
                + "under 200?");
        re(6, "10:30", paloma, cards, "the print co-op does 100 minimum, decent stock too");

        Post moths = say(8, "10:00", bcTrade, jonah, "ISO: any moth pins, building a moth board");
        Post set = re(8, "10:20", felix, moths, "I've got the moth series set, $55 shipped");
        re(8, "10:30", jonah, set, "yes please! DMing you");
        Post yarn = say(9, "19:00", bcGrails, ruth, "new addition: the tabby with the yarn ball 😍");
        Post glitter = re(10, "09:00", felix, yarn, "nice! I've got the glitter tabby variant that would sit right "
                + "next to it, $45, DM me");
        re(10, "09:30", ruth, glitter, "ooh tempting, maybe next month");
        Post samples = say(11, "16:00", bcMakers, kasimir, "first samples of my moth pin arrived, the plating looks "
                + "great");
        Post show = re(11, "16:10", paloma, samples, "show us!!");
        re(11, "16:20", kasimir, show, "here: https://kasimirpins.example/img/moth-sample.jpg");
        say(12, "09:00", bcTrade, oren, "still ISO the Hollow Moon gold lighthouse, up to $60 now");
        Post haul = say(13, "17:00", bcGrails, amara, "my first haul from the trade table! thank you @Felix Baptiste "
                + "for the fast shipping");
        re(13, "17:30", felix, haul, "enjoy them!");

        say(15, "12:00", bcGrails, kasimir, "my moth pin preorder is live!! 60 made, hard enamel, glow wings: "
                + "https://kasimirpins.example/moth");
        Post layout = say(16, "19:00", bcGrails, ruth, "finished my moth board layout, room for 3 more");
        re(16, "19:30", jonah, layout, "mine too, twinning");
        say(17, "12:00", bcGrails, kasimir, "only 14 moth preorders left, they close Friday. grab yours: "
                + "https://kasimirpins.example/moth");
        Post lot = say(18, "08:00", bcMakers, oren, "https://pinhaul.example/lot-4471");
        Post fakes = re(18, "09:00", paloma, lot, "careful, that seller had fakes last year");
        re(18, "09:30", oren, fakes, "oh really? thanks for the warning");
        say(19, "10:00", bcTrade, felix, "FS: second moth series set $55, glitter tabby $45");
        Post glow = say(20, "14:00", bcMakers, kasimir, "anyone know a glow fill that doesn't yellow after a year?");
        Post pale = re(20, "14:30", paloma, glow, "the pale green one yellows least in my experience");
        re(20, "14:40", kasimir, pale, "thanks, will ask the factory");
        Post sorting = say(7, "15:00", bcGrails, paloma, "sunday sorting day, my backing cards are everywhere");
        re(7, "15:30", ruth, sorting, "the eternal struggle");
        Post arrived = say(14, "12:00", bcTrade, jonah, "moth set arrived safe, thanks @Felix Baptiste");
        re(14, "12:30", felix, arrived, "glad it made it!");
        Post keep = say(19, "18:00", bcGrails, amara, "question for the collectors: do you keep pins on their "
                + "backing cards or on boards?");
        re(19, "18:20", ruth, keep, "boards for display, cards for spares");
        Post shoebox = re(19, "18:40", jonah, keep, "boards, always. the cards go in a shoebox");
        re(19, "18:50", amara, shoebox, "thanks both!");
        Post gold = say(21, "11:00", bcGrails, oren, "finally got the gold lighthouse from a collector in Leeds!!");
        re(21, "11:20", ruth, gold, "NO WAY congrats");
    }

    private void crosswordSetters() {
        Post ledger = say(1, "09:00", gcOutlets, ottilie, "The Sunday Ledger took my first themed grid! runs on the "
                + "30th. no link yet, just happy");
        re(1, "09:20", padraig, ledger, "brilliant, congrats!");
        ledger.react("🎉", zanele, harriet, milo);
        Post orch = say(2, "20:00", gcWorkshop, milo, "need a clue for ORCHESTRA that isn't the carthorse anagram, "
                + "everyone knows that one");
        Post pit = re(2, "20:30", zanele, orch, "skip the anagram, go cryptic definition: 'They play in the pit'?");
        re(2, "20:40", milo, pit, "ooh I like that");
        Post tl4 = say(3, "10:00", gcTest, wen, "@Harriet Quayle could you test-solve my 15x15 themeless? "
                + "https://gridshare.example/wen/themeless-4");
        re(3, "10:30", harriet, tl4, "sure, tonight");
        Post notes = re(3, "22:00", harriet, tl4, "done! 24 min. NW corner is lovely. 31A dupes SET with 12D, and "
                + "the 44D crossing is a Natick for most people");
        re(4, "08:00", wen, notes, "thanks!!");
        Post pays = say(4, "12:00", gcOutlets, padraig, "anyone know if the Ledger pays on acceptance or on "
                + "publication?");
        Post pub = re(4, "12:30", ottilie, pays, "publication, about 6 weeks after");
        re(4, "12:40", padraig, pub, "ah ok, thanks");
        Post earn = say(5, "15:00", gcWorkshop, zanele, "is EARN clued as 'get' too loose?");
        re(5, "15:30", harriet, earn, "fine in an easy, I'd avoid it in a hard");

        Post tl4b = say(8, "10:00", gcTest, wen, "@Harriet Quayle fixed the Natick, mind a second look? "
                + "https://gridshare.example/wen/themeless-4b");
        Post clean = re(8, "13:00", harriet, tl4b, "looks clean now. the 38A clue is a bit flat, maybe pun it");
        re(8, "13:20", wen, clean, "thanks!");
        Post tea = say(9, "20:00", gcWorkshop, padraig, "how do you clue TEA without 'cuppa' or 'char'?");
        Post tee = re(9, "20:30", zanele, tea, "homophone: 'Golf peg, we hear'");
        re(9, "20:40", padraig, tee, "perfect");
        Post oreo = say(10, "14:00", gcWorkshop, wen, "@Harriet Quayle how would you clue OREO without the cookie? "
                + "editors hate it");
        Post rework = re(10, "14:20", harriet, oreo, "honestly I'd rework the corner, OREO gets a sigh from every "
                + "editor. swap the O for an A and you get AREA");
        re(10, "14:30", wen, rework, "ok, reworking, thanks!");
        say(10, "15:00", gcTest, harriet, "@Wen Jiahao could you test-solve my new themeless when you have a minute? "
                + "https://gridshare.example/harriet/tl-12 no rush");
        Post zgrid = say(11, "11:00", gcTest, zanele, "my first cryptic, be gentle "
                + "https://gridshare.example/zanele/cryptic-1");
        Post solved = re(11, "19:00", milo, zgrid, "solved in 40 min, 9A made me laugh out loud. 17D's surface "
                + "doesn't quite read");
        re(11, "19:20", zanele, solved, "thanks Milo, I'll rework 17D");
        Post words = say(12, "10:00", gcTest, wen, "@Harriet Quayle last one I promise, is a 78-word grid too many "
                + "for the Ledger?");
        Post max = re(12, "10:30", harriet, words, "78 is their max for a themeless, 72 is safer");
        re(12, "10:40", wen, max, "thanks, going to 72");
        Post sub = say(13, "18:00", gcOutlets, wen, "submitted my themeless to the Ledger 🙏");
        re(13, "18:30", ottilie, sub, "fingers crossed!");
        say(14, "09:00", gcOutlets, ottilie, "my Ledger grid ran today, so strange seeing it in print with a "
                + "coffee ring on it");

        Post tl12 = say(15, "11:00", gcTest, zanele, "@Harriet Quayle solved your tl-12, 19 min, loved 1A! only "
                + "note: the 27D clue has a typo");
        re(15, "11:30", harriet, tl12, "thank you Zanele!! fixing it now");
        say(16, "09:00", gcOutlets, padraig, "heads up: the Ledger pays $150 for a 15x15 now, up from $120");
        Post late = say(17, "20:00", gcTest, wen, "@Harriet Quayle sorry, I missed your ask last week! doing tl-12 "
                + "tonight");
        Post fine = re(17, "20:20", harriet, late, "no worries, Zanele got to it, but a second solver is always "
                + "welcome");
        re(17, "23:00", wen, fine, "done, 31 min, the SE was tough in a good way. 40A/41D crossing maybe a bit "
                + "obscure");
        Post anag = say(18, "19:00", gcWorkshop, milo, "is 'confused' still fine as an anagram indicator or is it "
                + "tired?");
        re(18, "19:30", padraig, anag, "tired but fair. 'wild' or 'off' read better");
        say(19, "09:00", gcOutlets, ottilie, "news: my first puzzle book comes out in June, 50 themed grids. I'll "
                + "share more once there's a page for it");
        Post fav = say(6, "19:00", gcWorkshop, harriet, "favourite clue you solved this week? mine was 'Flower of "
                + "London (6)' for THAMES, got me again");
        re(6, "19:20", milo, fav, "classic");
        re(6, "19:40", padraig, fav, "that one gets me every single time");
        Post etui = say(14, "15:00", gcWorkshop, milo, "stuck: cluing ETUI without 'needle case'");
        Post accept = re(14, "15:30", padraig, etui, "just accept the needle case, solvers expect it");
        re(14, "15:40", milo, accept, "fair");
        Post weekly = say(20, "10:00", gcOutlets, zanele, "has anyone sent puzzles to the online weekly at "
                + "Puzzlehouse? they seem to want cryptics");
        Post notesOk = re(20, "10:30", ottilie, weekly, "they do, the rate is low but the editor gives good notes");
        re(20, "10:45", zanele, notesOk, "thanks, might try my second one there");
    }

    static Map<String, String> files() {
        return new HeldOutScenes63Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 63");
    }
}
