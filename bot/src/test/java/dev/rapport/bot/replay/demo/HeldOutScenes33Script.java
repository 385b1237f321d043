package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 33 (sealed): eight communities of kinds no earlier round used (motorcycle restorers, letterpress
 * printers, poets, songwriters, a brass band, van-life builders, a make-up school's own server, a permaculture
 * group), over three ISO weeks (2026-W35 to W37), written and labelled by writer33 (session 28) before any coach ran
 * on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-33.csv}. Run {@link #main} from the
 * project root to write the export again.
 */
final class HeldOutScenes33Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 8, 24);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 9, 14, 9, 0, 0, 0, ZoneOffset.UTC);

    // --- A. motorcycle restorers ---
    private final String rust = cast.guild(619);
    private final Channel garage = cast.channel(rust, "Rust & Chrome Restorers", "garage-chat",
            "general natter, runs, shows, whatever", "moto-garage-chat.json");
    private final Channel motoTech = cast.channel(rust, "Rust & Chrome Restorers", "tech-help",
            "carbs, wiring, seized bolts: ask away", "moto-tech-help.json");
    private final Channel motoSale = cast.channel(rust, "Rust & Chrome Restorers", "parts-for-sale",
            "sell your own spares, one post per item please", "moto-parts-for-sale.json");
    private final Channel showBikes = cast.channel(rust, "Rust & Chrome Restorers", "show-your-bikes",
            "your restorations, before and after", "moto-show-your-bikes.json");
    private final Persona dariusz = cast.person("dariusz.k", "Dariusz Kowal");
    private final Persona ines = cast.person("ines.cb350", "Ines Carvalho");
    private final Persona gethin = cast.person("gethin_p", "Gethin Pryce");
    private final Persona marguerite = cast.person("marg.ashby", "Marguerite Ashby");
    private final Persona olek = cast.person("olek.spares", "Olek Brandvold");
    private final Persona hamza = cast.person("hamza.q", "Hamza Qureshi");
    private final Channel dmOlek = cast.dm(olek, "moto-dm-olek.json");

    // --- B. letterpress printers ---
    private final String quoin = cast.guild(620);
    private final Channel pressRoom = cast.channel(quoin, "Quoin & Chase", "press-room",
            "the main room: presses, ink, paper, jobs, moaning", "press-press-room.json");
    private final Channel typeSwap = cast.channel(quoin, "Quoin & Chase", "type-swap",
            "buy, sell and swap type, furniture and presses", "press-type-swap.json");
    private final Channel firstPulls = cast.channel(quoin, "Quoin & Chase", "first-pulls",
            "new to letterpress? ask the obvious questions here", "press-first-pulls.json");
    private final Persona perpetua = cast.person("perpetua.press", "Perpetua Oyelaran");
    private final Persona anselm = cast.person("anselm.g", "Anselm Grieve");
    private final Persona clodagh = cast.person("clodagh.f", "Clodagh Feeney");
    private final Persona yusuf = cast.person("yusuf.d", "Yusuf Demir");
    private final Persona wilhelmina = cast.person("willa.sato", "Wilhelmina Sato");
    private final Persona bartholomew = cast.person("barty.ince", "Bartholomew Ince");

    // --- C. poets ---
    private final String stanza = cast.guild(621);
    private final Channel poetChat = cast.channel(stanza, "Stanza Night", "chat",
            "talk, reading recs, gripes about line breaks", "poets-chat.json");
    private final Channel poetWorkshop = cast.channel(stanza, "Stanza Night", "workshop",
            "post a draft for feedback; give feedback on two others for each one you post", "poets-workshop.json");
    private final Channel openMic = cast.channel(stanza, "Stanza Night", "open-mic-nights",
            "our monthly open mic: dates, sign-ups, running order", "poets-open-mic-nights.json");
    private final Persona ottoline = cast.person("ottoline.m", "Ottoline Marsh");
    private final Persona caspian = cast.person("caspian.r", "Caspian Reyes");
    private final Persona naledi = cast.person("naledi.k", "Naledi Khumalo");
    private final Persona fitz = cast.person("fitz.abe", "Fitz Abernathy");
    private final Persona juniper = cast.person("juniper.h", "Juniper Halloran");
    private final Persona remy = cast.person("remy.a", "Remy Aucoin");

    // --- D. songwriters ---
    private final String bridge = cast.guild(622);
    private final Channel songIntros = cast.channel(bridge, "Bridge & Chorus", "introductions",
            "say hi, tell us what you write", "songs-introductions.json");
    private final Channel songFeedback = cast.channel(bridge, "Bridge & Chorus", "feedback",
            "post a demo, get honest ears; give some back", "songs-feedback.json");
    private final Channel coWrite = cast.channel(bridge, "Bridge & Chorus", "co-write",
            "looking for a co-writer? say what you're after", "songs-co-write.json");
    private final Channel songLounge = cast.channel(bridge, "Bridge & Chorus", "lounge",
            "off-topic and gear talk", "songs-lounge.json");
    private final Persona marisol = cast.person("marisol.mix", "Marisol Fenwick");
    private final Persona kwame = cast.person("kwame.beats", "Kwame Asante-Boyd");
    private final Persona elodie = cast.person("elodie.m", "Elodie Marchand");
    private final Persona barnaby = cast.person("barnaby.t", "Barnaby Tolliver");
    private final Persona lior = cast.person("lior.s", "Lior Shapiro");
    private final Persona priyanka = cast.person("priyanka.v", "Priyanka Vasquez");
    private final Channel dmPriyanka = cast.dm(priyanka, "songs-dm-priyanka.json");

    // --- E. brass band ---
    private final String harbour = cast.guild(623);
    private final Channel bandRoom = cast.channel(harbour, "Harbourside Silver Band", "band-room",
            "chat for players, family and friends of the band", "band-band-room.json");
    private final Channel bandNotices = cast.channel(harbour, "Harbourside Silver Band", "notices",
            "rehearsals, concerts, uniform: posted by the band secretary", "band-notices.json");
    private final Persona edwin = cast.person("edwin.sec", "Edwin Pargeter");
    private final Persona fenella = cast.person("fenella.cornet", "Fenella Crouch");
    private final Persona dmitri = cast.person("dmitri.tuba", "Dmitri Ostrowski");
    private final Persona hollis = cast.person("hollis.k", "Hollis Kavanagh");
    private final Persona agnieszka = cast.person("aga.perc", "Agnieszka Wozniak");
    private final Persona ravi = cast.person("ravi.euph", "Ravi Chaudhary");

    // --- F. van-life builders ---
    private final String rolling = cast.guild(624);
    private final Channel buildHelp = cast.channel(rolling, "Rolling Home Builds", "build-help",
            "insulation, electrics, water, gas: ask here", "van-build-help.json");
    private final Channel showVan = cast.channel(rolling, "Rolling Home Builds", "show-your-van",
            "show off your build, progress pics welcome", "van-show-your-van.json");
    private final Channel vanMarket = cast.channel(rolling, "Rolling Home Builds", "marketplace",
            "sell your own kit and services here", "van-marketplace.json");
    private final Channel meetups = cast.channel(rolling, "Rolling Home Builds", "meetups",
            "group meets and convoys", "van-meetups.json");
    private final Persona corentin = cast.person("corentin.volts", "Corentin Baptiste");
    private final Persona maple = cast.person("maple.o", "Maple Okafor");
    private final Persona jasper = cast.person("jasper.builds", "Jasper Lindqvist");
    private final Persona nadia = cast.person("nadia.fc", "Nadia Ferreira-Cole");
    private final Persona linus = cast.person("linus.a", "Linus Achterberg");
    private final Persona bex = cast.person("bex.m", "Bex Mayhew");
    private final Channel dmCorentin = cast.dm(corentin, "van-dm-corentin.json");

    // --- G. a make-up school's own server ---
    private final String glow = cast.guild(625);
    private final Role team = cast.role("Team", "#d67fa3", 2);
    private final Channel announcements = cast.channel(glow, "Glowhaus Academy", "announcements",
            "courses, dates and news from the Glowhaus team", "makeup-announcements.json");
    private final Channel studentLounge = cast.channel(glow, "Glowhaus Academy", "student-lounge",
            "students and alumni: chat, questions, looks", "makeup-student-lounge.json");
    private final Channel facecharts = cast.channel(glow, "Glowhaus Academy", "face-charts",
            "post your own face charts and looks", "makeup-face-charts.json");
    private final Persona valentina = cast.person("valentina.glow", "Valentina Roux", team);
    private final Persona imogen = cast.person("imogen.glow", "Imogen Clarke", team);
    private final Persona lottie = cast.person("lottie.b", "Lottie Brannigan");
    private final Persona zainab = cast.person("zainab.m", "Zainab Mirza");
    private final Persona celeste = cast.person("celeste.mua", "Celeste Amari");
    private final Persona ffion = cast.person("ffion.r", "Ffion Rhys");

    // --- H. permaculture group ---
    private final String sisters = cast.guild(626);
    private final Channel gardenChat = cast.channel(sisters, "Three Sisters Permaculture", "garden-chat",
            "guilds, swales, soil, slugs", "perma-garden-chat.json");
    private final Channel seedSwap = cast.channel(sisters, "Three Sisters Permaculture", "seed-swap",
            "offer and ask for seeds, cuttings and divisions; free or swap only", "perma-seed-swap.json");
    private final Channel workDays = cast.channel(sisters, "Three Sisters Permaculture", "work-days",
            "community garden work parties", "perma-work-days.json");
    private final Persona obadiah = cast.person("obadiah.fenn", "Obadiah Fenn");
    private final Persona rosalind = cast.person("rosalind.a", "Rosalind Achebe");
    private final Persona teodor = cast.person("teodor.v", "Teodor Vlahos");
    private final Persona hester = cast.person("hester.q", "Hester Quayle");
    private final Persona amara = cast.person("amara.n", "Amara Nwachukwu");
    private final Persona ebony = cast.person("ebony.t", "Ebony Tregarthen");

    HeldOutScenes33Script() {
        super(new SceneIds(24400), FIRST_MONDAY, 21);
        motorcycles();
        letterpress();
        poets();
        songwriters();
        brassBand();
        vanLife();
        makeupSchool();
        permaculture();
    }

    static Map<String, String> files() {
        return new HeldOutScenes33Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-33"), files(), "held-out round 33");
    }

    private void motorcycles() {
        // Week 1: Ines's first carb question, Olek's kits, Gethin's autumn run, Marguerite's Triumph.
        say(1, "07:40", motoSale, olek, "Carb rebuild kits for CB350/CL350, jets, needles, gaskets, floats. £35 "
                + "posted. https://olek-spares.example/carb-kits");
        Post idle = say(1, "19:12", motoTech, ines, "hi all, first post. 1972 CB350, bought it as a 'runner' "
                + "(lol). it idles for about 30 sec then dies unless I hold the choke on. where do I even start");
        re(1, "20:05", hamza, idle, "ha, 'runner' is seller for 'it ran once in 2009'. sounds lean, carbs probably "
                + "gummed up from sitting");
        say(1, "21:30", garage, gethin, "evening all, who's dragging a bike to the Usk autojumble on sunday?");
        say(1, "21:44", garage, marguerite, "me, looking for a tank badge that isn't £90");
        Post idleAgain = re(2, "08:15", dariusz, idle, "Hamza's right, lean. pull the bowls and look at the pilot "
                + "jets, hold them up to the light. if you can't see through the tiny hole that's your problem. "
                + "don't poke it with wire, use a single bristle off a wire brush");
        say(2, "09:02", garage, olek, "Carb rebuild kits back in stock £35 → https://olek-spares.example/carb-kits");
        say(2, "09:04", motoTech, olek, "Carb rebuild kits back in stock £35 → https://olek-spares.example/carb-kits");
        say(2, "09:07", showBikes, olek, "Carb rebuild kits back in stock £35 → https://olek-spares.example/carb-kits");
        Post bowls = re(2, "18:40", ines, idleAgain, "ok bowls off. left pilot jet completely blocked, right one "
                + "half. bristle trick worked on the left?! do I need new jets or is cleaning enough");
        Post floatQ = re(2, "19:30", dariusz, bowls, "cleaning is usually enough if the brass isn't chewed. check "
                + "the float needles too, the rubber tips go hard and it floods");
        Post whereNeedle = re(2, "20:10", ines, floatQ, "the tips look kind of ridged. where do people get float "
                + "needles for these? the ones on the big sites look sketchy");
        re(2, "20:40", dariusz, whereNeedle, "the cheap ones are sketchy yeah, the tip is too hard. I turn "
                + "proper ones with viton tips, £12 a pair, https://kowal-machining.example/cb-needles . or OEM if "
                + "you can find NOS, worth checking the autojumble");
        say(2, "20:52", motoTech, ines, "ordered a pair 🙏 thank you both");
        Post run = say(3, "12:00", garage, gethin, "Autumn Run is on: Sunday 20 Sept, Brecon loop, ~110 miles, "
                + "pub lunch in Talybont. pre-75 bikes get the front. sign up so I can tell the pub numbers: "
                + "https://forms.example/rustchrome-autumn-run");
        run.react("👍", marguerite, hamza, dariusz);
        say(3, "12:20", garage, marguerite, "in. the Bonnie will be done by then or I'll die trying");
        say(3, "12:22", garage, hamza, "in if the clutch cable arrives");
        Post bonnie = say(4, "20:00", showBikes, marguerite, "the T120 so far. frame back from powder coat, "
                + "wheels rebuilt by yours truly (3 evenings, 1 broken spoke key, 0 regrets). pics on my build "
                + "blog https://ashby-garage.example/t120-part4");
        bonnie.react("🔥", dariusz, gethin, hamza);
        re(4, "20:35", gethin, bonnie, "that frame is gorgeous. what colour did you go for, it looks almost black");
        re(4, "21:10", marguerite, bonnie, "@Gethin Pryce Aston green! it's black until the sun hits it");
        say(5, "08:30", garage, hamza, "PSA the Usk jumble moved to the cattle market car park this year");
        say(6, "17:00", garage, marguerite, "got the tank badge. £40. haggled like my nan taught me");
        say(6, "17:05", garage, gethin, "😂 legend");
        say(7, "10:40", garage, dariusz, "jumble haul: a Lucas switch, two tins of nuts labelled 'misc' and a "
                + "sunburn");

        // Week 2: Ines runs it in, Olek's DM, the autumn run reminders.
        Post needles = say(8, "18:00", motoTech, ines, "needles in, jets clean, it idles!!! but now it pops "
                + "through the exhaust when I let off the throttle");
        Post pops = re(8, "18:45", dariusz, needles, "popping on overrun is usually an air leak at the exhaust "
                + "joints or the intake boots. spray a bit of carb cleaner round the boots while it idles, if the "
                + "revs change you've found it. what are the boots like, cracked?");
        re(8, "19:20", ines, pops, "right side one has a crack you can get a fingernail in, yes. didn't even "
                + "notice");
        say(8, "19:40", garage, gethin, "14 bikes signed up for the Autumn Run so far, form's still open: "
                + "https://forms.example/rustchrome-autumn-run");
        say(9, "10:15", dmOlek, olek, "hi Ines, saw your CB350 posts. I've got a complete carb rebuild kit, boots "
                + "included, normally £35, can do £30 for you. want one?");
        say(9, "12:02", dmOlek, ines, "oh thanks but Dariusz is helping me sort it bit by bit, I'm ok for now");
        Post boots = say(10, "19:00", motoTech, ines, "new boots on. no more popping. it's still a bit hesitant "
                + "off idle though, like it coughs before it goes");
        Post cough = re(10, "19:50", dariusz, boots, "that's probably the synch. are both slides lifting at the "
                + "same time? look down the throats with the airbox off while someone twists");
        re(10, "20:30", ines, cough, "left one lifts a hair later. I'll borrow my neighbour to twist tomorrow");
        say(10, "21:00", garage, gethin, "Autumn Run: pub needs final numbers Friday. if you're coming and "
                + "haven't filled the form, do it now 🙏 https://forms.example/rustchrome-autumn-run");
        Post wiring = say(11, "09:10", motoTech, hamza, "anyone got a wiring diagram for a 1968 BSA A65 that isn't "
                + "a fuzzy photocopy of a fuzzy photocopy");
        re(11, "13:30", marguerite, wiring, "I redrew one in colour last winter, here: "
                + "https://ashby-garage.example/a65-loom.pdf");
        re(11, "13:40", hamza, wiring, "marguerite you absolute saint");
        Post synced = say(12, "20:15", motoTech, ines, "SYNCHED. neighbour twisted, I squinted, it pulls clean "
                + "from idle now. @Dariusz Kowal I owe you a pint at the run");
        re(12, "20:30", dariusz, synced, "ha, I'll hold you to that. lovely job");
        say(13, "11:00", garage, ines, "signed up for the autumn run btw, first ever group ride, slightly "
                + "terrified");
        say(13, "11:20", garage, marguerite, "stay behind me, I ride like a vicar");
        say(13, "11:25", garage, hamza, "she does not ride like a vicar");
        say(13, "11:26", garage, gethin, "she rides like a vicar who's late for a funeral");

        // Week 3: run prep, Ines helps a newer member.
        Post newbie = say(15, "18:30", motoTech, hamza, "asking for my cousin: CD175, dies at idle unless on "
                + "choke. same as Ines's was?");
        re(15, "19:10", ines, newbie, "sounds exactly like mine! pull the carb bowls, pilot jets were blocked. "
                + "clean with a bristle not wire, Dariusz's trick");
        re(15, "19:30", hamza, newbie, "passing it on, cheers Ines");
        say(16, "09:00", garage, gethin, "Autumn Run route card is pinned. meet 9:00 at the Crickhowell services, "
                + "fuel up before");
        say(17, "20:00", showBikes, marguerite, "T120 runs!! first start video on the blog "
                + "https://ashby-garage.example/t120-first-start");
        say(17, "20:10", showBikes, ines, "😍😍 that sound");
        say(18, "07:50", motoSale, olek, "CB750 K2 side panels, pair, original paint, £80 "
                + "https://olek-spares.example/cb750-panels");
    }

    private void letterpress() {
        // Week 1: Clodagh's rollers, Yusuf's Adana, the old hands.
        Post rollers = say(1, "10:00", firstPulls, clodagh, "my prints are blotchy in the middle and faint at the "
                + "edges. is it the rollers? they're the ones that came with the press (1980s?)");
        re(1, "14:25", anselm, rollers, "almost certainly. 40 year old rubber goes hard and shrinks. if you roll "
                + "a pencil across them and it rattles through a gap they're too small for the trucks. you can "
                + "build the trucks up with tape as a stopgap");
        say(1, "14:50", firstPulls, clodagh, "pencil rattles. ugh. thank you!");
        say(2, "08:00", typeSwap, yusuf, "Adana 8x5 for sale, recently serviced, 2 chases, roller set. £450, "
                + "collection only (Leeds)");
        say(2, "09:30", pressRoom, perpetua, "Van Son rubber base vs the oil based stuff on a platen, go");
        Post inkWar = say(2, "09:45", pressRoom, anselm, "rubber base. stays open all day. fight me");
        re(2, "10:02", perpetua, inkWar, "it's the 'stays open' that's the problem, it never dries on the cotton "
                + "stock I use");
        say(2, "10:20", pressRoom, bartholomew, "I use whatever my late uncle left in the shed, which is either "
                + "ink or tar");
        Post adana = say(3, "19:00", pressRoom, clodagh, "@Yusuf Demir is the Adana still going? how much are "
                + "you after? I'm in Bradford");
        re(3, "20:15", yusuf, adana, "still here! £450 but I'd do £420 for someone who can collect this month, "
                + "Bradford's nothing");
        re(3, "20:30", clodagh, adana, "oh that's perfect, can I come look saturday?");
        re(3, "21:02", yusuf, adana, "saturday works, I'll DM you the address");
        say(4, "11:00", pressRoom, perpetua, "anyone know if Zerkall still do the 145gsm? the mill's site says "
                + "'temporarily unavailable' since march");
        say(4, "11:40", pressRoom, anselm, "they do, my supplier had it last week. stock comes in waves");
        say(4, "12:05", pressRoom, bartholomew, "stock comes in waves. so does my enthusiasm for distributing "
                + "type");
        say(5, "09:15", pressRoom, anselm, "Bartholomew distribute your type. I'm begging you. the case photos "
                + "keep me up at night");
        say(6, "16:00", pressRoom, clodagh, "IT'S IN MY CAR. the adana. I have a press. thank you Yusuf!!");
        say(6, "16:30", pressRoom, yusuf, "enjoy it! the platen screws are a bit stiff, WD40 and patience");

        // Week 2: Wilhelmina asks Perpetua for thank-you cards; Perpetua talks ink with the printers.
        Post cards = say(8, "09:20", pressRoom, wilhelmina, "@Perpetua Oyelaran hello! you printed our wedding "
                + "invitations last spring (one is framed in our hall). would you be able to do matching "
                + "thank-you cards? about 60, same blue if possible. what would that cost roughly?");
        say(8, "13:00", pressRoom, bartholomew, "the uncle's tar is now officially on my hands forever");
        Post platen = say(9, "08:45", pressRoom, anselm, "@Perpetua Oyelaran did you ever sort the ghosting on "
                + "the Heidelberg?");
        re(9, "09:30", perpetua, platen, "partly. reset the roller heights and it's better but still there on "
                + "big solids. next suspect is the ink distribution, I'm running too little I think");
        re(9, "10:05", anselm, platen, "more ink, fewer passes. and let the rollers warm up for ten minutes "
                + "first");
        re(9, "11:30", perpetua, platen, "warm up! of course. will try tomorrow");
        Post swapChase = say(10, "14:00", typeSwap, perpetua, "looking for a 10x15 chase, will swap for a "
                + "case of 24pt Gill Sans (mostly complete)");
        re(10, "15:10", yusuf, swapChase, "I might have one, let me check the garage tonight");
        re(10, "21:40", perpetua, swapChase, "amazing, thank you");
        say(11, "10:00", pressRoom, perpetua, "warm up + more ink = ghosting gone. Anselm, you are a wizard");
        say(11, "10:30", pressRoom, anselm, "old age is the wizard, I just remember things going wrong");
        say(11, "19:00", firstPulls, clodagh, "first real print on the adana: a bookmark for my mum. crooked. "
                + "she loves it");
        say(11, "19:20", firstPulls, bartholomew, "crooked is 'hand-made'. charge double");
        say(12, "17:10", pressRoom, wilhelmina, "bumping this in case it got lost 🙈 thank-you cards, 60ish");
        say(12, "18:00", typeSwap, yusuf, "@Perpetua Oyelaran found it, it's a 10x15 but one corner's been "
                + "welded, does that matter?");
        say(12, "18:45", typeSwap, perpetua, "not at all if it's square. deal!");
        say(13, "10:00", pressRoom, bartholomew, "distributed ONE case. I'd like a medal");

        // Week 3: Perpetua answers at last.
        say(15, "08:30", pressRoom, perpetua, "@Wilhelmina Sato I'm so sorry, I completely missed this! yes, "
                + "happily. I still have your blue mixed and noted. I'll message you a proper quote today");
        say(15, "09:10", pressRoom, wilhelmina, "no worries at all! thank you 💙");
        Post chase = say(16, "12:00", typeSwap, yusuf, "chase posted, tracking in your DMs");
        re(16, "12:40", perpetua, chase, "Gill Sans going out tomorrow 🙌");
        Post roll2 = say(17, "20:00", firstPulls, clodagh, "new rollers arrived. they're so squishy. is that "
                + "normal?");
        re(18, "07:30", anselm, roll2, "that's what rollers are supposed to feel like, yours were fossils");
        say(18, "08:00", firstPulls, clodagh, "😂 fossils. ok");
    }

    private void poets() {
        // Week 1: workshop drafts, open mic sign-up.
        Post tide = say(1, "20:00", poetWorkshop, naledi, "draft: 'Low Tide at Margate'. the ending feels "
                + "rushed, would love honest eyes. https://docs.example/d/low-tide-draft");
        re(1, "21:30", juniper, tide, "the gull stanza is stunning. agree the ending rushes: you go from the "
                + "pier to your father in one line. maybe let it breathe, one more image?");
        re(2, "08:10", naledi, tide, "yes! that's exactly the jump that bothers me. thank you");
        say(2, "12:00", openMic, ottoline, "September open mic: Thurs 17 Sept, the Crooked Lantern back room, "
                + "8pm. 12 slots of 5 min. sign-up sheet: https://lanternlist.example/stanza/sept-openmic");
        say(2, "12:30", openMic, remy, "inscrit ✍️");
        say(2, "12:40", openMic, juniper, "down for slot 4 if it's free");
        Post ferry = say(3, "19:00", poetWorkshop, juniper, "new one, untitled, about the night ferry. it's "
                + "very raw. https://docs.example/d/ferry-untitled");
        re(3, "20:20", remy, ferry, "the line about the engine 'humming in French' made me laugh, as a French "
                + "person I approve. the middle drags a bit?");
        re(3, "21:00", naledi, ferry, "love the sea-as-grammar idea. I'd cut the second stanza entirely, the "
                + "poem starts at 'the bar shuts at two'");
        re(3, "21:30", juniper, ferry, "ooh. cutting it. thank you both 🙏");
        say(4, "10:00", poetChat, caspian, "who's reading anything good? I'm on the new Kei Miller collection "
                + "and it's wrecking me");
        say(4, "10:40", poetChat, naledi, "same, the hurricane sequence!!");
        say(5, "22:00", poetChat, remy, "writing at 10pm on a friday, very glamourous life we lead");
        say(5, "22:05", poetChat, juniper, "the glamour is unbearable");
        say(6, "11:00", poetChat, naledi, "does anyone else read their drafts out loud to the cat");
        say(6, "11:30", poetChat, remy, "my cat leaves the room. harshest editor I've had");

        // Week 2: Caspian's chapbook, Ottoline's poll and the filling sheet.
        say(8, "12:00", openMic, ottoline, "6 slots left for the 17th: https://lanternlist.example/stanza/sept-openmic");
        Post salt = say(9, "09:30", poetChat, caspian, "my chapbook 'Salt Ledger' is out!! 22 poems, hand-sewn, "
                + "£8 → https://caspianreyes.example/salt-ledger");
        salt.react("🎉", naledi, remy);
        re(9, "10:00", remy, salt, "félicitations!! the cover is gorgeous");
        say(9, "18:00", poetChat, ottoline, "housekeeping: poll pinned for October's workshop theme (Water / "
                + "Thresholds / Inventories). vote by Sunday, it's the pinned message");
        say(10, "12:00", openMic, ottoline, "4 slots left: https://lanternlist.example/stanza/sept-openmic");
        Post ledger = say(10, "20:00", poetWorkshop, caspian, "not a critique post, sorry, but 'Salt Ledger' is "
                + "out and it's early bird price £6 till sunday → https://caspianreyes.example/salt-ledger");
        re(10, "20:45", juniper, ledger, "congrats! (gentle reminder this channel is for drafts 🙂 #chat is "
                + "perfect for this)");
        Post hinge = say(11, "19:30", poetWorkshop, naledi, "revised Margate, with a breath before the father. "
                + "https://docs.example/d/low-tide-v2");
        re(11, "21:00", juniper, hinge, "YES. the new image of the closed kiosk does it");
        say(12, "12:00", openMic, ottoline, "2 slots left! https://lanternlist.example/stanza/sept-openmic");
        say(12, "12:10", openMic, naledi, "took one. terrified");
        say(12, "12:15", openMic, juniper, "you'll be brilliant. I'll be the one clicking too loudly");
        say(13, "20:00", poetChat, caspian, "thank you for all the kind words about the chapbook this week, "
                + "genuinely. back to reading everyone else's stuff now 🙂");

        // Week 3: Fitz arrives with a vote, the open mic, Caspian reads.
        say(14, "20:00", poetChat, ottoline, "poll closed: Thresholds wins October by two votes");
        say(15, "11:00", poetChat, fitz, "hey everyone! my poem 'Lantern Fish' is shortlisted for the Tidewrack "
                + "Prize, public vote closes friday, please vote 🙏 https://tidewrack-prize.example/vote/lantern-fish");
        say(15, "11:05", poetWorkshop, fitz, "@Naledi Khumalo @Juniper Halloran would you vote for mine? every "
                + "vote counts 🙏 https://tidewrack-prize.example/vote/lantern-fish");
        Post attic = say(15, "19:00", poetWorkshop, remy, "short one, 'Attic, August'. is the last line too "
                + "much? https://docs.example/d/attic-august");
        re(15, "20:30", caspian, attic, "not too much, it earns it. I'd lose 'suddenly' in line 3 though");
        re(15, "21:10", remy, attic, "merci, suddenly is gone");
        say(16, "13:00", poetChat, naledi, "congrats on the shortlist Fitz, what's the poem about?");
        say(17, "23:30", openMic, ottoline, "what a night. 12 readers, 40ish people, the landlord wants us back "
                + "monthly. thank you all 🕯️");
        say(18, "09:00", openMic, juniper, "Naledi's Margate poem got an actual gasp");
        say(18, "09:20", openMic, caspian, "it really did. also thanks to whoever bought the last 3 chapbooks "
                + "off the table, you know who you are");
    }

    private void songwriters() {
        // Week 1: Elodie's introduction, Kwame's reply, feedback traffic.
        Post hello = say(1, "17:00", songIntros, elodie, "hi! I'm Elodie, I write sad folk songs in my bedroom in "
                + "Lyon (and sometimes happy ones by accident 🙃). stuff is here if you're curious: "
                + "https://soundhollow.example/elodiem, follow if you like it!");
        re(1, "17:40", lior, hello, "welcome! sad folk from Lyon is a very specific and excellent niche");
        re(1, "18:10", kwame, hello, "welcome! I produce beats and full productions for singer-songwriters, $50 a "
                + "track this month, book a call here: https://kwamebeats.example/book");
        re(1, "18:30", elodie, hello, "haha thanks Lior 😊");
        Post mixQ = say(2, "20:00", songFeedback, lior, "demo of 'Paper Boats'. vocals feel buried under the "
                + "guitar, any tips? https://soundhollow.example/lior/paper-boats-demo");
        re(2, "21:15", marisol, mixQ, "cut some 200-400Hz on the guitar, that's where it fights the voice. and "
                + "try the vocal a touch drier, the reverb pushes it back");
        re(3, "09:00", lior, mixQ, "the 300Hz cut is magic. do you do mixing for hire by the way? I'd love this "
                + "done properly");
        re(3, "12:30", marisol, mixQ, "I do! £90 a song for a mix, stems in, two rounds of notes. happy to do a "
                + "free test on the chorus first if you want to hear it");
        re(3, "13:00", lior, mixQ, "deal, sending stems tonight");
        say(4, "21:00", songLounge, barnaby, "is a capo cheating y/n");
        say(4, "21:05", songLounge, priyanka, "n. is autotune? also n. is writing at 3am on a school night? y");
        say(4, "21:10", songLounge, lior, "what about writing a song about a capo");
        say(4, "21:12", songLounge, barnaby, "that's just Wonderwall");
        Post folk = say(5, "10:00", coWrite, elodie, "anyone up for a folk co-write? I have a verse and a melody "
                + "and no idea where it goes");
        re(5, "13:20", priyanka, folk, "oh hello, that's my favourite kind of problem. send me the verse? what "
                + "key is it in?");
        re(5, "15:00", elodie, folk, "@Priyanka Vasquez D, capo 2 (sorry Barnaby 😂). sending!");
        re(5, "15:10", priyanka, folk, "capo 2 gang. got it, will have a play this weekend");

        // Week 2: Barnaby gets feedback all week and gives none; Priyanka's DM.
        Post demo1 = say(8, "19:00", songFeedback, barnaby, "new demo 'Motorway Hymn', thoughts? "
                + "https://soundhollow.example/barnaby/motorway-hymn");
        re(8, "20:30", marisol, demo1, "great hook. the verse melody sits on the same three notes the whole way, "
                + "try lifting the last line of each verse");
        say(8, "20:40", songFeedback, barnaby, "ty");
        say(9, "11:00", dmPriyanka, priyanka, "ok I played with your verse all morning, I think the chorus should "
                + "drop to the relative minor. voice memo: https://soundhollow.example/priyanka/memo-elodie1");
        say(9, "13:30", dmPriyanka, elodie, "OH. yes. that's the sad I wanted. can we write the bridge on a call "
                + "thursday?");
        say(9, "13:45", dmPriyanka, priyanka, "thursday 7pm your time works. and no pressure at all, but if we "
                + "ever want it properly produced I do that too, £120 a track. let's just write first though");
        say(9, "14:00", dmPriyanka, elodie, "haha noted, writing first 💛");
        Post firstSong = say(10, "18:00", songFeedback, elodie, "first song I've ever shown anyone. be kind but "
                + "honest? https://soundhollow.example/elodiem/harbour-lights");
        Post demo2 = say(10, "18:20", songFeedback, barnaby, "second verse rewritten, better? "
                + "https://soundhollow.example/barnaby/motorway-hymn-v2");
        re(10, "19:00", marisol, demo2, "better! the lift works. chorus lyric 'feeling fine' is a bit of a "
                + "placeholder though, what's the motorway actually doing to him?");
        say(10, "19:05", songFeedback, barnaby, "cheers");
        Post ukeQ = say(11, "20:00", songLounge, lior, "anyone tried the cheap travel ukes? thinking of one for "
                + "the train");
        re(11, "20:20", barnaby, ukeQ, "lol no");
        re(12, "10:30", lior, firstSong, "this is lovely Elodie. the second verse image of the ferry lights is "
                + "the best thing in it, I'd start the song there");
        re(12, "11:00", elodie, firstSong, "thank you!! starting with the ferry lights, that's so smart");
        Post demo3 = say(12, "19:00", songFeedback, barnaby, "chorus rewrite, last one I promise "
                + "https://soundhollow.example/barnaby/motorway-hymn-v3");
        re(12, "20:10", marisol, demo3, "'the road keeps my secrets better than you' YES. that's the chorus. "
                + "record it like that");
        say(12, "20:15", songFeedback, barnaby, "ty ty");
        say(12, "21:00", songFeedback, priyanka, "first demo from the Elodie co-write, rough as anything, would "
                + "love ears on the bridge especially https://soundhollow.example/priyanka/harbour-cowrite");

        // Week 3: the co-write lands; Barnaby gives one back at last; Marisol sends Lior his mix.
        re(15, "09:30", marisol, say(15, "09:00", songFeedback, lior, "Marisol's mix of Paper Boats is up and "
                + "I'm never mixing my own stuff again https://soundhollow.example/lior/paper-boats-mix"),
                "thank you for trusting me with it, it was a joy");
        say(16, "19:00", songFeedback, barnaby, "@Priyanka Vasquez the bridge is great but it's long, the "
                + "second half repeats the first. cut 4 bars?");
        say(16, "20:00", songFeedback, priyanka, "@Barnaby Tolliver you're right, it's flabby. cutting");
        say(17, "21:00", songLounge, elodie, "we finished a song!! co-writing is the best thing I've ever done");
        say(17, "21:10", songLounge, lior, "🎉🎉");
        say(17, "21:30", songLounge, marisol, "that's the best news this week. co-writes that work are rare, "
                + "hold on to it");
        say(18, "10:00", songLounge, priyanka, "it was all Elodie's verse, I just moved some chords around");
    }

    private void brassBand() {
        // Week 1: rehearsal notes, Fenella's away notice.
        say(1, "09:00", bandNotices, edwin, "Rehearsal Thursday 7:30, band hall. Bring the Holst (Suite No. 1) "
                + "and the new hymn arrangement. Uniform check after the break.");
        say(2, "20:00", bandRoom, agnieszka, "who took the good triangle beater home. I know it was a cornet");
        say(2, "20:05", bandRoom, fenella, "slander");
        say(2, "20:06", bandRoom, ravi, "it was definitely a cornet");
        say(3, "18:00", bandRoom, hollis, "is thursday still on? my mum says there's roadworks on Quay St");
        say(3, "18:20", bandRoom, ravi, "still on, go round by the chippy");
        say(4, "22:30", bandRoom, dmitri, "great rehearsal. the Holst march is finally not a funeral");
        say(5, "12:00", bandRoom, fenella, "off to my sister's wedding in Cork tomorrow, back Thursday. don't "
                + "let the cornets rush the march without me 😅");
        say(5, "12:10", bandRoom, agnieszka, "have fun!! (we will rush)");
        say(6, "19:00", bandRoom, ravi, "Dmitri is it true you played the whole march a bar ahead on thursday "
                + "and nobody noticed");
        say(6, "19:30", bandRoom, dmitri, "I was early. it's different");

        // Week 2: concert tickets, Hollis's questions.
        say(7, "18:00", bandNotices, edwin, "Harbourside Proms, Saturday 12 Sept, 7pm at St Brannoc's. Tickets "
                + "£10 / £5 under-16s. Please send the link to family and friends: "
                + "https://harbourside-band.example/proms");
        Post mouthpiece = say(8, "17:30", bandRoom, hollis, "@Fenella Crouch which mouthpiece do you use? mine "
                + "makes my top G sound like a goose");
        Post holst = say(8, "17:35", bandRoom, hollis, "also @Dmitri Ostrowski did you keep my 2nd cornet part "
                + "for the Holst from thursday? it's not in the library box");
        say(9, "13:00", bandRoom, dmitri, "tuba valve oil recommendations? mine smells like a petrol station");
        say(9, "13:20", bandRoom, agnieszka, "that's just what tubas smell like Dmitri");
        say(9, "13:30", bandRoom, dmitri, "rude. accurate, but rude");
        say(9, "19:00", bandRoom, edwin, "Proms tickets going well, 60 sold! if your nan hasn't got one yet, "
                + "now's the time: https://harbourside-band.example/proms");
        say(10, "21:00", bandRoom, dmitri, "who's coming to the pub after thursday, I'm buying the first round "
                + "(it's my birthday, be nice to me)");
        say(10, "21:05", bandRoom, ravi, "happy birthday big man 🎉");
        re(11, "16:00", fenella, mouthpiece, "back! Hollis: a Denis Wick 4B, but the goose is usually air not "
                + "mouthpiece. come early thursday and I'll show you");
        say(11, "16:20", bandRoom, hollis, "ok!! thank you, I'll be there at 7");
        say(11, "23:00", bandRoom, dmitri, "best birthday rehearsal ever, thank you for the song, terrible "
                + "tuning, perfect");
        say(12, "09:00", bandNotices, edwin, "Proms: 140 tickets sold, 60 left. Call 6pm for 7pm, full uniform. "
                + "https://harbourside-band.example/proms");
        say(12, "20:00", bandRoom, hollis, "still don't have the Holst part btw, just borrowed Ravi's copy");

        // Week 3: the Proms, the radio awards.
        say(13, "22:00", bandRoom, agnieszka, "PROMS!!! sold out, standing ovation, the triangle was returned");
        say(13, "22:10", bandRoom, fenella, "the cornets did not rush. much");
        say(14, "09:00", bandRoom, ravi, "raffle raised £212 for the new music stands btw, thank you whoever "
                + "donated the whisky");
        say(15, "10:00", bandRoom, dmitri, "the band's been nominated for community group of the year in the "
                + "Bay Radio awards! vote for us, takes 10 seconds: https://bayradio.example/awards/vote");
        say(15, "10:30", bandRoom, ravi, "voted, and made my whole family vote");
        say(16, "19:00", bandNotices, edwin, "Rehearsal Thursday as usual. Christmas concert pads go out this "
                + "week, please take care of them.");
        say(17, "22:00", bandRoom, hollis, "top G didn't goose once tonight!!");
        say(17, "22:05", bandRoom, fenella, "👏👏 told you it was air");
    }

    private void vanLife() {
        // Week 1: Maple's insulation question, Jasper's course, Linus's van.
        Post wool = say(1, "08:00", buildHelp, maple, "Sprinter LWB, about to insulate. sheep wool or foam "
                + "board? I keep reading opposite things");
        re(1, "09:10", jasper, wool, "wool, it breathes and deals with condensation better. my full build "
                + "course covers insulation start to finish, 40% off this week only: "
                + "https://jasperbuilds.example/course");
        re(1, "12:30", linus, wool, "wool for the walls and ceiling, but put closed-cell foam board on the "
                + "floor, wool under a floor just gets crushed. and tape every hole in the panels first");
        re(1, "13:00", maple, wool, "closed cell on the floor, wool everywhere else, tape the holes. got it, "
                + "thank you!");
        Post transit = say(2, "19:00", showVan, linus, "two years in, finally 'done' (never done). Transit "
                + "MWB, birch ply, diesel heater, 400Ah lithium https://linus-van.example/tour");
        transit.react("😍", maple, nadia, bex);
        re(3, "10:00", jasper, transit, "nice! if anyone wants to learn to build like this, my course is 40% off "
                + "till Sunday https://jasperbuilds.example/course");
        re(3, "10:30", nadia, transit, "that kitchen!! where did you get the worktop?");
        re(3, "12:00", linus, transit, "offcut of iroko from a boatyard, £20 and some sanding");
        Post vent = say(4, "21:00", buildHelp, maple, "roof fan: 2 small ones or one big one? and where, "
                + "middle or over the bed?");
        re(5, "08:30", linus, vent, "one good one over the kitchen end, and a passive vent low at the back "
                + "for cross flow. over the bed you get drips on your face");
        say(5, "09:00", buildHelp, maple, "drips on face is a strong argument. kitchen end it is");
        say(6, "10:00", meetups, nadia, "thinking of a Dartmoor meet 19-20 Sept, would people come?");
        say(6, "10:30", meetups, bex, "yes!!");
        say(6, "11:00", meetups, linus, "if it's not the weekend of the solar storm");
        say(6, "11:05", meetups, nadia, "the what");
        say(6, "11:20", meetups, linus, "I read one headline and now I'm scared of the sun");

        // Week 2: Corentin's customer, a wiring request, the Dartmoor sheet.
        Post flashing = say(8, "08:15", buildHelp, bex, "@Corentin Baptiste you did my solar last spring, the "
                + "charge controller's been flashing red since the weekend and the batteries aren't filling. "
                + "any idea before I panic?");
        re(8, "10:30", corentin, flashing, "don't panic 🙂 red flashing on that one is usually panel over-voltage "
                + "or a loose MC4. check the connectors on the roof first, then send me a photo of the display");
        re(8, "17:00", bex, flashing, "one MC4 had pulled half out!! clicked it back and it's green. thank you");
        say(8, "12:00", meetups, nadia, "Dartmoor meet is ON: 19-20 Sept, Cosdon field (farmer's ok'd it). sign "
                + "up so we know how many vans: https://forms.example/rolling-home-dartmoor");
        Post wire = say(9, "14:00", buildHelp, maple, "can anyone recommend someone to do the 12v system near "
                + "Exeter? I've done everything else myself but I'm scared of electrics");
        re(9, "15:30", corentin, wire, "I do that, I'm in Totnes. usually £650-900 depending on the system. "
                + "happy to look over your plan first for free, DM me");
        re(9, "16:10", linus, wire, "can vouch for Corentin, he did my mate's LT35");
        re(9, "18:00", maple, wire, "DMing you now, thank you!");
        say(9, "18:05", dmCorentin, maple, "hi! here's my plan, 200Ah lithium, 2 panels, DC-DC off the "
                + "alternator: https://docs.example/d/maple-12v-plan");
        say(9, "19:30", dmCorentin, corentin, "looks solid. I'd go 2x175W not 2x100W for that roof, and fuse the "
                + "DC-DC closer to the battery. all in about £720, I could do 6-7 Oct. want me to pencil you in?");
        say(9, "20:10", dmCorentin, maple, "yes please!! 6th works");
        say(10, "20:00", vanMarket, corentin, "Booking 12v installs for October: Devon/Cornwall, lithium, solar, "
                + "DC-DC. 3 slots left. https://corentin-volts.example/installs");
        say(11, "12:00", meetups, nadia, "12 vans so far, 8 pitches left: https://forms.example/rolling-home-dartmoor");
        say(12, "09:00", vanMarket, maple, "selling: 2 rolls of wool insulation I over-ordered, £30 each, "
                + "collection Exeter");
        say(13, "09:00", meetups, nadia, "last 3 pitches for Dartmoor! https://forms.example/rolling-home-dartmoor");
        say(13, "09:20", meetups, bex, "bringing cake");

        // Week 3: Maple's install, the meet.
        say(15, "18:00", showVan, maple, "electrics in (thanks @Corentin Baptiste!!), walls lined, I have LIGHTS");
        say(15, "18:30", showVan, corentin, "that was a fun one, your cable runs were tidier than mine");
        Post gas = say(16, "19:00", buildHelp, bex, "anyone done a gas locker in a Vivaro? the only spot is "
                + "behind the driver");
        re(17, "07:45", linus, gas, "a mate did, drop vent through the floor is non-negotiable. I'll ask him "
                + "for photos");
        say(19, "20:00", meetups, nadia, "arrived! fog is biblical, kettle is on, follow the fairy lights");
        say(20, "11:00", meetups, linus, "best meet yet. Bex's cake 10/10");
    }

    private void makeupSchool() {
        // Week 1: the team's courses, students' questions.
        say(1, "09:00", announcements, valentina, "Autumn Bridal Masterclass, 3 Saturdays from 19 Sept: "
                + "airbrush, lashes, long-wear. £180. Book: https://glowhaus-academy.example/bridal");
        Post shade = say(1, "15:00", studentLounge, zainab, "my foundation looks fine at home then orange by "
                + "lunch?? is that oxidising or am I going mad");
        re(1, "16:10", imogen, shade, "oxidising! skin oils + some formulas. go half a shade lighter and use a "
                + "primer, we'll cover it properly in week 4 of your course");
        re(1, "16:30", zainab, shade, "thank youuu");
        Post charts = say(2, "20:00", facecharts, ffion, "week 3 face chart: smoky halo eye. the blending on the "
                + "left is 😬");
        re(2, "20:40", lottie, charts, "the left is fine!! the colour choice is so nice");
        re(3, "09:10", imogen, charts, "the placement is spot on Ffion. blend the crease with a clean brush "
                + "after, that's all it needs");
        say(3, "10:00", studentLounge, valentina, "reminder: bridal masterclass has 4 places left for the 19th, "
                + "booking on https://glowhaus-academy.example/bridal");
        say(4, "19:00", studentLounge, celeste, "hi all, alumni from 2024 here 👋 good to see the lounge busy");
        say(4, "19:20", studentLounge, ffion, "hi Celeste!");
        say(4, "19:40", studentLounge, zainab, "is anyone else's brush cleaning taking longer than the actual "
                + "homework 😭");
        say(4, "19:45", studentLounge, lottie, "every night. my sink is a crime scene");
        say(5, "13:00", announcements, imogen, "Lash lift short course is back: one day, Saturday 26 Sept, £95, "
                + "kit included. https://glowhaus-academy.example/lash-lift");

        // Week 2: Celeste's offers, Imogen at the trade show.
        say(8, "09:30", studentLounge, imogen, "I'm at the trade show in Lyon from tomorrow, back Monday 14th. "
                + "Valentina's around for anything urgent");
        say(9, "11:00", studentLounge, celeste, "bridal trials open for Sept/Oct, £60, travel within 20 miles "
                + "included, DM me ✨");
        Post lifts = say(10, "15:00", studentLounge, zainab, "followed Imogen's tip, shade lighter + primer, "
                + "still going a bit orange on clients by the afternoon. anything else?");
        re(10, "15:45", celeste, lifts, "might be your setting powder too, some go warm. I also do 1:1 lessons "
                + "£40/h if you want someone to look at your technique, message me");
        re(11, "09:00", valentina, lifts, "Zainab, check what you're prepping with: a rich moisturiser under a "
                + "long-wear foundation oxidises faster. bring your kit on Thursday and we'll look together");
        re(11, "09:30", zainab, lifts, "omg it's the moisturiser isn't it. thank you, bringing it");
        say(11, "18:00", facecharts, lottie, "my first cut crease!! it's not symmetrical but it exists");
        say(11, "18:20", facecharts, ffion, "it EXISTS 👏");
        say(12, "10:00", announcements, valentina, "Bridal masterclass is full! waiting list open for the "
                + "November dates: https://glowhaus-academy.example/bridal");

        // Week 3: Lottie asks Valentina by name; Valentina is busy with announcements.
        Post airbrush = say(15, "10:00", studentLounge, lottie, "@Valentina Roux went to your Saturday bridal "
                + "class, it was amazing. which airbrush compressor was that you demoed? I want to save up for "
                + "the same one");
        say(15, "17:00", announcements, valentina, "New: Editorial & Fashion course, 6 weeks from November. "
                + "Early bird £420 until 30 Sept. https://glowhaus-academy.example/editorial");
        say(16, "11:00", studentLounge, valentina, "congrats to everyone who finished the Foundations course "
                + "this weekend, certificates go out by post this week 🎓");
        say(16, "11:10", studentLounge, ffion, "🎓🎓 finally");
        Post graphic = say(16, "19:00", facecharts, zainab, "graphic liner practice, be honest");
        re(17, "10:00", valentina, graphic, "clean wing Zainab! the left is a touch thicker, use tape as a guide "
                + "for a week and it'll click");
        say(17, "10:30", facecharts, zainab, "tape trick!! ok");
        say(17, "11:00", studentLounge, ffion, "certificate arrived!! framing it next to my bad first face chart "
                + "for contrast");
        say(18, "14:00", studentLounge, lottie, "bumping my compressor question in case anyone knows? 🙈");
        say(18, "14:30", studentLounge, ffion, "not sure sorry, I wasn't in the Saturday group");
        say(19, "12:00", announcements, valentina, "Editorial course: 5 early bird places left. "
                + "https://glowhaus-academy.example/editorial");
        say(20, "16:00", studentLounge, celeste, "anyone else's setting spray clogging? mine's spitting");
        say(20, "16:20", studentLounge, zainab, "mine did that, soak the nozzle in warm water");
    }

    private void permaculture() {
        // Week 1: Hester's first guild, seeds going free.
        Post guild = say(1, "18:00", gardenChat, hester, "total beginner here. planning an apple guild, what "
                + "actually goes under the tree? every site lists 40 plants");
        re(1, "19:30", rosalind, guild, "keep it simple: comfrey at the drip line, chives and daffs close in, "
                + "something nitrogen-fixing like clover as the carpet. add more once you see what thrives");
        re(1, "20:00", hester, guild, "comfrey, chives, daffs, clover. ok that I can do. does the comfrey not "
                + "take over?");
        re(2, "07:30", rosalind, guild, "get Bocking 14, it's sterile, it stays where you put it");
        say(2, "08:00", gardenChat, hester, "ordering bocking 14 💚");
        say(2, "12:00", seedSwap, amara, "free: runner bean 'Czar' seeds, saved from this year, plenty. just "
                + "cover postage or swap");
        say(2, "12:30", seedSwap, ebony, "swap for some Cherokee Trail of Tears? 🙏");
        say(2, "13:00", seedSwap, amara, "deal! DM me your address");
        say(3, "19:00", workDays, obadiah, "Community garden work party Sat 5 Sept: swale digging + mulching. "
                + "tools, tea and soup provided. put your name down so I know how much soup: "
                + "https://forms.example/three-sisters-sept-work");
        say(3, "19:30", workDays, teodor, "in, bringing my own mattock because I don't trust the shed ones");
        say(4, "20:00", gardenChat, teodor, "the forest garden finally looks like a forest and not a car park. "
                + "the hazels took off this year");
        say(4, "20:15", gardenChat, rosalind, "pics or it didn't happen");
        say(4, "20:30", gardenChat, teodor, "tomorrow in daylight, promise");
        say(6, "15:00", workDays, obadiah, "great turnout today, 9 of us, 40m of swale. soup was gone by 12");

        // Week 2: Hester's soil, Teodor's instagram, the next work day.
        Post soil = say(8, "18:00", gardenChat, hester, "dug a test hole where the guild is going. orange clay "
                + "after one spade depth, water sits in it for a day. is that bad?");
        re(8, "19:00", rosalind, soil, "not bad, just slow. plant the tree slightly proud on a mound and don't "
                + "dig a deep hole in clay, it becomes a sump. mulch heavily, the worms will do the rest");
        re(8, "19:20", hester, soil, "a mound! makes sense, a hole in clay is just a bucket");
        say(8, "20:00", workDays, obadiah, "next work party Sat 19 Sept, hedge laying with the Coppice lot. "
                + "sign up here: https://forms.example/three-sisters-sept-work");
        Post hedge = say(9, "09:00", gardenChat, teodor, "@Rosalind Achebe @Hester Quayle I finally made a "
                + "garden instagram, it's all the forest garden progress, would you give it a follow? "
                + "@teodor.grows 🌳");
        re(9, "09:30", rosalind, hedge, "obviously. I want to see those hazels");
        re(9, "10:00", hester, hedge, "followed!! teach me your ways");
        Post sheetMulch = say(10, "17:00", gardenChat, hester, "cardboard or woodchip first for sheet mulching "
                + "over grass?");
        re(10, "18:30", rosalind, sheetMulch, "cardboard first, overlap it a hand's width, soak it, then "
                + "woodchip on top. tape off, staples out");
        re(10, "19:00", hester, sheetMulch, "tape off staples out, soaking it tonight. thanks Rosalind!");
        say(11, "12:00", workDays, obadiah, "hedge laying: 6 places left, the Coppice lot bring the billhooks: "
                + "https://forms.example/three-sisters-sept-work");
        Post beans = say(11, "19:00", seedSwap, ebony, "do runner beans cross with french beans? want to save "
                + "seed from both");
        re(11, "20:00", hester, beans, "I asked this last week! rosalind said they mostly don't cross because "
                + "they're different species, but keep varieties of the same one apart");
        re(11, "20:10", ebony, beans, "perfect, thanks Hester");
        say(12, "10:00", workDays, obadiah, "last 2 places for the hedge laying! "
                + "https://forms.example/three-sisters-sept-work");
        Post mound = say(12, "18:00", gardenChat, hester, "mound built, tree in, mulched. my back is destroyed. "
                + "do I stake it?");
        re(12, "19:00", rosalind, mound, "short stake, low down, remove after a year. well done!");
        re(12, "19:15", hester, mound, "short stake low down ✔️ thank you thank you");

        // Week 3: the hedge, the harvest.
        say(15, "09:00", gardenChat, amara, "glut report: 11kg of tomatoes. send help, or jars");
        say(15, "09:20", gardenChat, ebony, "passata party at yours then");
        say(15, "09:40", gardenChat, amara, "bring jars and basil and you're in");
        say(16, "18:00", seedSwap, ebony, "Cherokee beans sent to Amara, Czar arrived here. swap system works 🌿");
        say(19, "17:00", workDays, obadiah, "hedge laid! 30m of pleached hawthorn. the Coppice lot were brilliant");
        say(19, "17:30", workDays, teodor, "my arms are scratched to ribbons and I'm weirdly happy");
        say(20, "10:00", gardenChat, hester, "apples on the guild tree next year maybe? 🍏 (it's a whip, I know)");
        say(20, "10:20", gardenChat, rosalind, "patience, three years. plant the clover in the meantime");
    }
}
