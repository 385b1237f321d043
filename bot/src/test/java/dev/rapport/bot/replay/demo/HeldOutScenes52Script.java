package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 52 (sealed): eight communities (cobblers and shoe repairers with a room where the public asks, picture
 * framers with a trade counter, a florist's own server with its staff, repair café volunteers where nobody sells,
 * luthiers and guitar builders, independent hardware shop owners with a reps' room, alterations tailors with a room
 * where customers ask, leatherworkers with a makers' market), over three ISO weeks (2027-W23 to W25), written and
 * labelled by writer52 (session 35) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-52.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes52Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 6, 7);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 6, 28, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-52";
    private static final int BASE = 39600;

    // --- A. cobblers and shoe repairers ---
    private final String welt = cast.guild(791);
    private final Channel cbShop = cast.channel(welt, "Welt & Heel", "shop-talk",
            "for cobblers and shoe repairers talking shop: leather, glue, machines, moans", "cb-shop-talk.json");
    private final Channel cbIntro = cast.channel(welt, "Welt & Heel", "introductions",
            "new? say hello and where your shop is", "cb-introductions.json");
    private final Channel cbAsk = cast.channel(welt, "Welt & Heel", "ask-a-cobbler",
            "members of the public: ask about your shoes and boots, repairers answer here", "cb-ask-a-cobbler.json");
    private final Channel cbKit = cast.channel(welt, "Welt & Heel", "kit-for-sale",
            "buy, sell, swap machines, lasts and leather: price and photos", "cb-kit-for-sale.json");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wójcik");
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho");
    private final Persona declan = cast.person("declan.f", "Declan Furey");
    private final Persona bukola = cast.person("bukola.a", "Bukola Adeyemi");
    private final Persona hamid = cast.person("hamid.r", "Hamid Rostami");
    private final Persona owen = cast.person("owenp", "Owen Prichard");
    private final Persona margit = cast.person("margit.k", "Margit Kallas");
    private final Persona sadia = cast.person("sadia.karim", "Sadia Karim");
    private final Persona liesel = cast.person("liesel.b", "Liesel Baum");

    // --- B. picture framers ---
    private final String mitre = cast.guild(792);
    private final Channel pfGeneral = cast.channel(mitre, "Mitre & Mount", "general",
            "framers chatting: mouldings, mountboard, glazing, the lot", "pf-general.json");
    private final Channel pfIntro = cast.channel(mitre, "Mitre & Mount", "introductions",
            "introduce yourself and your workshop", "pf-introductions.json");
    private final Channel pfCounter = cast.channel(mitre, "Mitre & Mount", "trade-counter",
            "sell your own kit, offcuts and stock: price, photos, link", "pf-trade-counter.json");
    private final Channel pfHelp = cast.channel(mitre, "Mitre & Mount", "help",
            "stuck on a job? ask here", "pf-help.json");
    private final Persona ngozi = cast.person("ngozi.frames", "Ngozi Okafor");
    private final Persona rasmus = cast.person("rasmus.e", "Rasmus Eklund");
    private final Persona marta = cast.person("marta.j", "Marta Jelinek");
    private final Persona callum = cast.person("callum.reid", "Callum Reid");
    private final Persona vance = cast.person("vance.holloway", "Vance Holloway");
    private final Persona haruka = cast.person("haruka.m", "Haruka Mori");
    private final Persona esi = cast.person("esi.mensah", "Esi Mensah");
    private final Persona theo = cast.person("theo.lund", "Theo Lund");
    private final Channel pfDmVance = cast.dm(vance, "pf-dm-vance.json");

    // --- C. a florist's own server ---
    private final String bramble = cast.guild(793);
    private final Role staff = cast.role("Staff", "#6b8f71", 2);
    private final Channel flWeek = cast.channel(bramble, "Bramble & Bloom", "this-week",
            "what's in the shop this week, from the team", "fl-this-week.json");
    private final Channel flOrders = cast.channel(bramble, "Bramble & Bloom", "orders-and-questions",
            "ask the team about orders, deliveries and weddings: our staff will reply", "fl-orders-and-questions.json");
    private final Channel flShow = cast.channel(bramble, "Bramble & Bloom", "show-your-blooms",
            "photos of your Bramble & Bloom flowers at home", "fl-show-your-blooms.json");
    private final Channel flChat = cast.channel(bramble, "Bramble & Bloom", "chat",
            "everything else", "fl-chat.json");
    private final Persona marguerite = cast.person("marguerite.bb", "Marguerite Oduya", staff);
    private final Persona devi = cast.person("devi.bb", "Devi Raman", staff);
    private final Persona alba = cast.person("alba.ferraz", "Alba Ferraz");
    private final Persona joonho = cast.person("joonho.p", "Joon-ho Park");
    private final Persona clemency = cast.person("clem.tate", "Clemency Tate");
    private final Persona yusra = cast.person("yusra.h", "Yusra Haddad");
    private final Persona pilar = cast.person("pilar.flores", "Pilar Ortega");
    private final Persona benedikt = cast.person("bene.k", "Benedikt Kraus");

    // --- D. repair café volunteers (nobody sells) ---
    private final String fixit = cast.guild(794);
    private final Channel rcGeneral = cast.channel(fixit, "Fixit Thursdays", "general",
            "chat for the repair café's volunteers", "rc-general.json");
    private final Channel rcLog = cast.channel(fixit, "Fixit Thursdays", "fix-log",
            "one entry per fix: what came in, what was wrong, fixed or not", "rc-fix-log.json");
    private final Channel rcBench = cast.channel(fixit, "Fixit Thursdays", "help-bench",
            "stuck on a repair? ask the bench", "rc-help-bench.json");
    private final Channel rcRota = cast.channel(fixit, "Fixit Thursdays", "rota",
            "volunteer shifts for the Thursday sessions, sign up on the sheet", "rc-rota.json");
    private final Persona wanjiru = cast.person("wanjiru.k", "Wanjiru Kamau");
    private final Persona hyejin = cast.person("hyejin.cho", "Hye-jin Cho");
    private final Persona aurelio = cast.person("aurelio.b", "Aurelio Bassi");
    private final Persona piotr = cast.person("piotr.nowak", "Piotr Nowak");
    private final Persona lowri = cast.person("lowri.e", "Lowri Evans");
    private final Persona farid = cast.person("farid.benali", "Farid Benali");
    private final Persona sunniva = cast.person("sunniva.d", "Sunniva Dahl");

    // --- E. luthiers and guitar builders ---
    private final String bent = cast.guild(795);
    private final Channel luBench = cast.channel(bent, "Bent Side Luthiers", "workbench",
            "general chat for luthiers and builders", "lu-workbench.json");
    private final Channel luLogs = cast.channel(bent, "Bent Side Luthiers", "build-logs",
            "keep a log of your builds, one post per step", "lu-build-logs.json");
    private final Channel luSale = cast.channel(bent, "Bent Side Luthiers", "for-sale",
            "sell your own instruments, tonewood and tools: price, photos, link", "lu-for-sale.json");
    private final Channel luSetup = cast.channel(bent, "Bent Side Luthiers", "setup-help",
            "action, intonation, buzzing, nut slots", "lu-setup-help.json");
    private final Persona kofi = cast.person("kofi.asante", "Kofi Asante");
    private final Persona lucia = cast.person("lucia.mq", "Lucía Márquez");
    private final Persona brennan = cast.person("brennan.s", "Brennan Shaw");
    private final Persona anouk = cast.person("anouk.dw", "Anouk de Wit");
    private final Persona sebastian = cast.person("seb.ruiz", "Sebastián Ruiz");
    private final Persona mette = cast.person("mette.holm", "Mette Holm");
    private final Persona ravi = cast.person("ravi.menon", "Ravi Menon");

    // --- F. independent hardware shop owners ---
    private final String till = cast.guild(796);
    private final Channel hwCounter = cast.channel(till, "Counter & Till", "the-counter",
            "independent hardware shop owners talking shop: suppliers, margins, footfall", "hw-the-counter.json");
    private final Channel hwIntro = cast.channel(till, "Counter & Till", "introductions",
            "say hello: your shop, your town", "hw-introductions.json");
    private final Channel hwReps = cast.channel(till, "Counter & Till", "reps-and-suppliers",
            "suppliers and reps welcome: post your offers and catalogues here", "hw-reps-and-suppliers.json");
    private final Channel hwSwap = cast.channel(till, "Counter & Till", "stockroom-swap",
            "buy, sell, swap surplus stock between shops", "hw-stockroom-swap.json");
    private final Persona aoife = cast.person("aoife.keane", "Aoife Keane");
    private final Persona gideon = cast.person("gideon.marsh", "Gideon Marsh");
    private final Persona samir = cast.person("samir.h", "Samir Haddou");
    private final Persona kerstin = cast.person("kerstin.v", "Kerstin Vogel");
    private final Persona lindiwe = cast.person("lindiwe.dube", "Lindiwe Dube");
    private final Persona travis = cast.person("travis.k", "Travis Kopecky");
    private final Persona bartek = cast.person("bartek.l", "Bartek Lewandowski");

    // --- G. alterations tailors ---
    private final String seam = cast.guild(797);
    private final Channel taRoom = cast.channel(seam, "Seam Allowance", "sewing-room",
            "tailors and alterations folk talking shop", "ta-sewing-room.json");
    private final Channel taAsk = cast.channel(seam, "Seam Allowance", "ask-a-tailor",
            "anyone can ask about alterations and repairs; our tailors answer", "ta-ask-a-tailor.json");
    private final Channel taSlots = cast.channel(seam, "Seam Allowance", "open-slots",
            "tailors: post your open slots and turnaround here", "ta-open-slots.json");
    private final Persona thandi = cast.person("thandi.n", "Thandi Nkosi");
    private final Persona rosa = cast.person("rosa.fonseca", "Rosa Fonseca");
    private final Persona agnieszka = cast.person("aga.z", "Agnieszka Zielińska");
    private final Persona mehmet = cast.person("mehmet.aydin", "Mehmet Aydın");
    private final Persona priya = cast.person("priya.v", "Priya Venkatesh");
    private final Persona tevita = cast.person("tevita.f", "Tevita Fifita");
    private final Persona colette = cast.person("colette.m", "Colette Marchand");
    private final Persona dorothea = cast.person("dot.whitby", "Dorothea Whitby");

    // --- H. leatherworkers ---
    private final String saddle = cast.guild(798);
    private final Channel lwGeneral = cast.channel(saddle, "Stitch & Saddle", "general",
            "leathercraft chat", "lw-general.json");
    private final Channel lwIntro = cast.channel(saddle, "Stitch & Saddle", "introductions",
            "introduce yourself", "lw-introductions.json");
    private final Channel lwMarket = cast.channel(saddle, "Stitch & Saddle", "makers-market",
            "sell your own leatherwork: price, photos, link", "lw-makers-market.json");
    private final Channel lwTools = cast.channel(saddle, "Stitch & Saddle", "tools-and-techniques",
            "edges, stitching, dyes, tools", "lw-tools-and-techniques.json");
    private final Persona ilse = cast.person("ilse.brandvold", "Ilse Brandvold");
    private final Persona jaroslav = cast.person("jaroslav.n", "Jaroslav Novák");
    private final Persona tove = cast.person("tove.l", "Tove Lindahl");
    private final Persona ewan = cast.person("ewan.macleod", "Ewan MacLeod");
    private final Persona amara = cast.person("amara.eze", "Amara Eze");
    private final Persona nikhil = cast.person("nikhil.b", "Nikhil Bose");
    private final Persona rhiannon = cast.person("rhiannon.p", "Rhiannon Pryce");

    HeldOutScenes52Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        cobblers();
        framers();
        florist();
        repairCafe();
        luthiers();
        hardware();
        tailors();
        leather();
    }

    private void cobblers() {
        // W23.
        Post cement = say(1, "09:10", cbShop, bukola, "morning all. anyone else's contact cement gone stringy in this "
                + "heat?");
        Post fridge = re(1, "09:25", tomasz, cement, "yes!! keep the tin in the fridge overnight, sorted mine");
        re(1, "09:40", declan, fridge, "fridge, never thought of that");
        Post hamidHi = say(1, "11:00", cbIntro, hamid, "Hi all, Hamid here. Took over my uncle's repair kiosk in "
                + "Leicester market in May, still learning the finisher. Shop page if anyone's curious: "
                + "https://hamidrepairs.example/");
        Post welcomeHamid = re(1, "11:20", bukola, hamidHi, "welcome Hamid! market kiosks are hard graft, shout if you "
                + "get stuck");
        re(1, "11:45", hamid, welcomeHamid, "thank you, will do 🙏");
        Post chelsea = say(2, "08:30", cbAsk, owen, "my chelsea boots have split along the side where the elastic meets "
                + "the leather, is that fixable or are they done?");
        Post gusset = re(2, "09:05", declan, chelsea, "fixable, that's a restitch of the gusset, most repairers do it "
                + "for £15-25. don't leave it or it'll tear further");
        re(2, "09:30", owen, gusset, "brilliant, thanks Declan 👍");
        Post finisher = say(2, "14:00", cbShop, tomasz, "anyone running a second hand finisher from the 80s? mine's "
                + "started throwing the belt");
        Post spring = re(2, "14:20", ines, finisher, "check the tension arm spring, mine did that and it was the spring "
                + "gone soft");
        re(2, "14:35", tomasz, spring, "ta, will look tonight");
        say(3, "10:00", cbKit, declan, "WTS: box of 40 pairs rubber half soles, mixed sizes, £30 collected, Cardiff");
        Post platforms = say(3, "16:00", cbShop, ines, "had a lady bring in 1970s platform boots today, cork midsole "
                + "crumbling. took the job, wish me luck");
        re(3, "16:10", bukola, platforms, "ooh. cork sheet from the craft shop, contact both sides, clamp overnight");
        re(3, "16:30", tomasz, platforms, "send pics when done!");
        Post footfall = say(4, "12:00", cbShop, tomasz, "Bristol here, honestly footfall's been dead since they moved "
                + "the bus stop. need more walk-ins somehow");
        Post keys = re(4, "12:15", declan, footfall, "tried a key cutting sign outside? half my repair jobs come from "
                + "key customers");
        re(4, "12:40", tomasz, keys, "don't do keys yet, might have to");
        say(5, "17:00", cbShop, bukola, "friday. who's open tomorrow?");
        say(5, "17:05", cbShop, tomasz, "me till 1");
        say(5, "17:20", cbShop, ines, "9 till 4, the joys");
        Post cork = re(6, "10:00", tomasz, platforms, "how'd the cork go?");
        re(6, "10:30", ines, cork, "clamped, looks good, she collected today and was thrilled");

        // W24: Tomasz talks shop all week while two people from the public ask; one wants a Bristol repairer.
        say(8, "08:45", cbAsk, margit, "hi, my leather soled brogues have a hole right through at the ball of the foot. "
                + "worth resoling or time to bin them? they were my dad's");
        Post sprungIt = say(8, "09:30", cbShop, tomasz, "took the finisher apart, it WAS the spring. thanks @Ines "
                + "Carvalho");
        Post toldYou = re(8, "09:45", ines, sprungIt, "told you 😄");
        Post spares = re(8, "10:00", tomasz, toldYou, "where do you get replacement springs, anywhere decent?");
        Post northampton = re(8, "10:20", ines, spares, "the machine spares place in Northampton, they post");
        re(8, "10:25", tomasz, northampton, "legend");
        Post sadiaAsk = say(9, "11:10", cbAsk, sadia, "@Ines Carvalho hi! you resoled my walking boots in March and "
                + "they've been great, but the left heel has started lifting at the back. can I bring them in or is it "
                + "something I can glue myself?");
        say(9, "13:00", cbAsk, liesel, "anyone in Bristol do heels while you wait? need my work shoes done before "
                + "Thursday");
        Post price = say(9, "14:00", cbShop, tomasz, "what's everyone charging for a full leather sole and heel now? "
                + "I'm at £55 and feel cheap");
        re(9, "14:20", declan, price, "£60-65 here");
        Post bath = re(9, "14:30", bukola, price, "£68 but I'm in Bath and everyone's posh");
        re(9, "14:45", tomasz, bath, "haha. going to £60 from July then");
        Post pincers = say(10, "10:00", cbShop, ines, "anyone seen the new lasting pincers from the German place? "
                + "pricey but lovely");
        re(10, "10:30", tomasz, pincers, "saw them at the trade fair, too rich for me");
        Post loyalty = say(10, "16:00", cbShop, tomasz, "thinking of doing a loyalty card, every 5th heel free. mad?");
        Post wallet = re(10, "16:15", bukola, loyalty, "not mad, mine works, people keep the card in their wallet");
        re(10, "16:20", tomasz, wallet, "ok doing it");
        say(11, "09:00", cbKit, tomasz, "WTS: hand crank stitcher, works, £120, collection Bristol, photos on request");
        Post brogues = say(11, "10:00", cbAsk, declan, "sorry Margit, only just saw this. if the uppers are sound, "
                + "absolutely resole them, a decent repairer will put a new leather sole on for about £60. your dad's "
                + "brogues are worth it");
        re(11, "10:30", margit, brogues, "oh lovely, thank you, I'll take them in");
        Post printed = say(12, "15:00", cbShop, tomasz, "loyalty cards printed!! 200 of them");
        re(12, "15:10", ines, printed, "🎉");
        Post drown = say(12, "15:30", cbShop, ines, "both saturday helpers off sick, I'm going to drown tomorrow");
        re(12, "15:40", tomasz, drown, "good luck, coffee first");

        // W25.
        Post restitched = say(15, "09:00", cbAsk, owen, "update: got the chelsea boots restitched, good as new 👍");
        re(15, "09:20", declan, restitched, "nice one");
        Post onMe = re(16, "08:30", ines, sadiaAsk, "Sadia I'm so sorry, only just seen this! bring them in any day, "
                + "that's a quick reglue and it's on me");
        re(16, "09:00", sadia, onMe, "amazing, thank you! thursday then");
        Post skiBoots = say(17, "12:00", cbShop, hamid, "question from the new guy: how do you price a job you've never "
                + "done? someone brought in ski boots 😅");
        Post neverQuote = re(17, "12:20", bukola, skiBoots, "say you'll look and ring them with a price, never quote on "
                + "the spot");
        re(17, "12:30", hamid, neverQuote, "good shout, thanks");
        say(18, "10:00", cbAsk, liesel, "never mind, found a place on Gloucester Road that did them same day");
        Post handedOut = say(19, "14:00", cbShop, tomasz, "loyalty cards: 14 handed out already, 2 came back full");
        re(19, "14:10", declan, handedOut, "now do keys");
        Post last = say(20, "11:00", cbKit, bukola, "WTB: a size 7 women's last, anyone got spares?");
        Post pair = re(20, "11:30", declan, last, "I've got a pair, yours for nothing if you cover postage");
        re(20, "11:45", bukola, pair, "you star");
    }

    private void framers() {
        // W23.
        Post busy = say(1, "08:50", pfGeneral, rasmus, "morning framers. who's got a busy week?");
        say(1, "09:10", pfGeneral, esi, "wedding season, 11 marriage certificates in the queue 😂");
        re(1, "09:15", rasmus, busy, "ha, the certificate rush. every june");
        Post ngoziHi = say(1, "10:00", pfIntro, ngozi, "Hi! I'm Ngozi, two years framing from a garage workshop in "
                + "Peckham, mostly textiles and kids' art. Hoping to learn loads here");
        Post welcome = re(1, "10:20", rasmus, ngoziHi, "welcome Ngozi! textiles are tricky, @Marta Jelinek wrote a "
                + "great guide to stitching fabric onto mountboard: https://mitreandmount.example/guides/fabric-mounting");
        re(1, "10:40", ngozi, welcome, "oh perfect, thank you");
        re(1, "11:00", marta, ngoziHi, "welcome! shout if any of the guide doesn't make sense, I wrote it in a hurry");
        Post uvGlass = say(2, "09:00", pfHelp, ngozi, "what's everyone using for conservation glass on big pieces? the "
                + "UV stuff I get costs a fortune and scratches if you look at it");
        joins(3, "09:20", pfGeneral, vance);
        Post acrylic = re(3, "09:40", vance, uvGlass, "acrylic with a UV filter is lighter and cheaper on big sizes, "
                + "just use a proper cloth to clean it");
        re(3, "10:00", ngozi, acrylic, "thanks, hadn't thought of acrylic");
        re(3, "10:05", haruka, uvGlass, "+1 acrylic for anything over A1, glass for the rest");
        say(3, "11:30", pfDmVance, vance, "Hi Ngozi, Vance here from the help channel. I run Holloway Mouldings, we "
                + "supply framers all over London. 20% off your first trade order this month, grab a 15 min call and "
                + "I'll set your account up: https://hollowaymouldings.example/book");
        Post banksy = say(4, "12:00", pfGeneral, esi, "anyone else had a customer bring in a 'genuine Banksy' this "
                + "week 🙃");
        re(4, "12:10", callum, banksy, "every week");
        re(4, "12:15", marta, banksy, "ask for the certificate, watch them go pale");
        Post floatAsk = say(4, "15:00", pfGeneral, theo, "@Haruka Mori do you have a website with your float mounts? "
                + "want to show my partner before we order the prints");
        Post gallery = re(4, "15:30", haruka, floatAsk, "yes! gallery here: https://harukaframes.example/float-mounts "
                + "the third one is closest to what you described");
        re(4, "16:00", theo, gallery, "perfect, will email you this week");
        Post mitres = say(5, "10:00", pfHelp, esi, "mitre joins opening up on oak moulding, v-nails not holding. "
                + "ideas?");
        Post blades = re(5, "10:15", rasmus, mitres, "glue first, clamp, then underpin. and check your guillotine "
                + "blades, fuzzy cuts don't glue");
        re(5, "10:40", esi, blades, "blades. it's the blades isn't it. thanks");
        say(6, "11:00", pfCounter, marta, "selling: 2 boxes of 1.4mm white core mountboard, £40 a box, collection "
                + "Leeds");
        say(6, "17:00", pfDmVance, vance, "Hi again Ngozi, did you get a chance to look? the 20% runs till the end "
                + "of the month, happy to walk you through the range");

        // W24: Callum's listing goes into three rooms within ten minutes.
        Post cutterGen = say(8, "09:00", pfGeneral, callum, "right, upgrading my mount cutter at last. old one going "
                + "cheap: https://tradelist.example/callum/mount-cutter-120");
        Post cutterHelp = say(8, "09:05", pfHelp, callum, "selling my old mount cutter if anyone needs one "
                + "https://tradelist.example/callum/mount-cutter-120");
        say(8, "09:10", pfCounter, callum, "120cm mount cutter, good nick, £180 "
                + "https://tradelist.example/callum/mount-cutter-120");
        Post oneRoom = re(8, "10:00", rasmus, cutterHelp, "Callum mate, trade-counter's the place for that, no need "
                + "for every channel 🙂");
        re(8, "10:10", callum, oneRoom, "fair, sorry, got excited");
        cutterGen.react("👀", esi);
        Post hotel = say(9, "09:30", pfGeneral, haruka, "big job in: 40 identical frames for a hotel. send help");
        Post batch = re(9, "09:50", esi, hotel, "batch it, cut all the mitres first, then all the mounts");
        re(9, "10:05", haruka, batch, "yep that's the plan, and a lot of tea");
        Post mirror = say(9, "14:00", pfHelp, ngozi, "how do you hang a really heavy mirror frame safely? customer "
                + "wants it above a fireplace");
        Post cleat = re(9, "14:20", marta, mirror, "french cleat, screwed into studs or proper fixings, never a wire "
                + "at that weight");
        re(9, "14:30", ngozi, cleat, "thanks Marta!");
        Post show = say(10, "11:00", pfGeneral, esi, "anyone going to the framing trade show in Birmingham in "
                + "September?");
        re(10, "11:30", marta, show, "going on the Saturday");
        re(10, "12:10", callum, show, "both days, I'm a nerd");
        Post underpinner = say(11, "10:00", pfCounter, haruka, "WTB: a second hand underpinner, under £300");
        Post notMine = re(11, "10:20", callum, underpinner, "not mine sorry, but Rasmus said he had a spare?");
        Post spare = re(11, "11:00", rasmus, notMine, "I do, £250 and it's yours, collection from Norwich");
        re(11, "11:15", haruka, spare, "deal, messaging you");
        Post quilt = say(12, "16:00", pfGeneral, ngozi, "framed my first quilt using Marta's guide and the customer "
                + "cried 😭");
        re(12, "16:20", marta, quilt, "that's the best bit ❤️");
        quilt.react("❤️", rasmus, esi, haruka);

        // W25.
        Post gilded = say(15, "09:30", pfHelp, esi, "anyone know a good source for gilded moulding? customer wants "
                + "something 19th century looking");
        Post oona = re(15, "10:00", marta, gilded, "there's a gilder in Bath, Oona, she's ace: https://oonagilds.example/");
        re(15, "10:20", esi, oona, "thank you!!");
        say(16, "12:00", pfGeneral, callum, "mount cutter sold 👍 cheers all");
        Post stitching = say(17, "13:00", pfHelp, ngozi, "pricing question: how do you charge for stitching textiles "
                + "onto a mount? per hour or per piece?");
        re(17, "13:20", haruka, stitching, "per piece with a minimum, people hate hourly");
        re(17, "13:35", rasmus, stitching, "same, plus an add-on for fiddly ones");
        say(17, "14:00", pfHelp, ngozi, "makes sense, thanks both");
        Post meetup = say(19, "10:00", pfGeneral, rasmus, "summer meetup is 10 July in Leeds, put your name on the "
                + "sheet so we can book enough tables https://sheets.example/mitre-summer-meetup");
        re(19, "10:15", esi, meetup, "in!");
        re(19, "11:00", ngozi, meetup, "in, first one!");
        Post hotelDone = say(20, "18:00", pfGeneral, haruka, "hotel job done. 40 frames. never again. (until the next "
                + "one)");
        re(20, "18:10", callum, hotelDone, "legend");
    }

    private void florist() {
        // W23.
        say(1, "08:00", flWeek, marguerite, "This week's bunch: peonies, sweet william and eucalyptus, £28 small / "
                + "£40 large. Order for Saturday delivery here: https://brambleandbloom.example/this-week");
        Post dayNine = say(1, "09:30", flShow, clemency, "last week's large bunch still going strong on day 9! the "
                + "peonies opened like dinner plates");
        Post magic = re(1, "09:50", devi, dayNine, "oh that makes my morning! thanks for sharing Clemency");
        re(1, "10:05", clemency, magic, "you lot are magic");
        Post harrow = say(2, "10:00", flOrders, joonho, "hi, can you deliver to Harrow on Saturday? it's my mum's "
                + "birthday");
        re(2, "10:20", pilar, harrow, "I deliver to Harrow from my own studio, £8 cheaper than here and same day, DM "
                + "me 🌸");
        Post yesHarrow = say(2, "10:35", flOrders, marguerite, "Joon-ho yes, we do Harrow on Saturdays, £6 delivery, "
                + "just pick it at checkout. happy birthday to your mum!");
        re(2, "10:50", joonho, yesHarrow, "perfect, ordering now, thank you!");
        say(3, "09:00", flWeek, devi, "Wedding consultations for 2028 are open, book a 30 min chat with me: "
                + "https://brambleandbloom.example/weddings");
        Post sweetPeas = say(3, "18:00", flChat, yusra, "anyone else's sweet peas at home going mad this year?");
        Post twoMetres = re(3, "18:20", alba, sweetPeas, "mine are 2m tall and still going");
        re(3, "18:30", yusra, twoMetres, "jealous. mine got the aphids");
        Post buttonholes = say(4, "11:00", flOrders, alba, "do you do buttonholes to order? need 6 for a christening on "
                + "the 26th");
        Post nine = re(4, "11:11", devi, buttonholes, "we do! £9 each, order by the 22nd and tell us your colours");
        re(4, "11:30", alba, nine, "amazing, thank you");
        Post anniversary = say(5, "10:00", flShow, benedikt, "anniversary flowers from Friday, my wife was very "
                + "pleased 😄");
        re(5, "10:30", marguerite, anniversary, "that's what we like to hear! happy anniversary to you both");
        Post cat = say(5, "15:00", flChat, devi, "unrelated but the shop cat has learned to open the cold room door, "
                + "send help");
        re(5, "15:10", yusra, cat, "😂 what's his name??");
        say(5, "15:15", flChat, devi, "Parsnip");
        say(6, "08:30", flWeek, marguerite, "Saturday workshop: summer wreaths, 2-4pm, £45 with all materials, 3 places "
                + "left: https://brambleandbloom.example/workshops");
        Post beginner = say(6, "09:00", flOrders, yusra, "is the wreath workshop ok for a total beginner?");
        say(6, "09:10", flOrders, marguerite, "totally, Yusra, most people are first-timers");
        re(6, "09:20", yusra, beginner, "booked!");

        // W24: Clemency, whose mother's funeral flowers Devi made, asks her about the memorial and waits.
        say(8, "08:00", flWeek, marguerite, "This week: garden roses, stocks and larkspur, £30 small / £42 large. "
                + "Order here: https://brambleandbloom.example/this-week");
        Post sympathy = say(8, "10:00", flWeek, devi, "Our new sympathy range is up, whites and greens, from £35: "
                + "https://brambleandbloom.example/sympathy");
        Post memorial = re(9, "09:15", clemency, sympathy, "@Devi Raman you did my mum's funeral flowers back in April "
                + "and everyone still talks about them. we're having a small memorial for her on 12 July, could you do "
                + "something similar for the table? roughly what would it cost?");
        Post bucket = say(9, "14:00", flChat, devi, "Parsnip update: he now sleeps IN the eucalyptus bucket");
        re(9, "14:20", alba, bucket, "😂😂 of course he does");
        Post typo = say(10, "09:00", flOrders, benedikt, "can I change the card message on order 4471? typo in her "
                + "name 🙈");
        say(10, "09:25", flOrders, marguerite, "done Benedikt, fixed to 'Annelie'");
        re(10, "09:40", benedikt, typo, "lifesaver, thank you");
        Post wreath = say(10, "12:00", flShow, yusra, "my wreath from the workshop is on the front door and the "
                + "neighbours keep asking about it");
        re(10, "12:30", devi, wreath, "it looks amazing Yusra!!");
        wreath.react("😍", marguerite, alba);
        Post telly = say(11, "17:00", flChat, devi, "who's watching the flower show on telly tonight?");
        Post wine = re(11, "17:20", alba, telly, "me, with wine");
        re(11, "17:30", devi, wine, "same plan");
        Post pressing = say(12, "10:00", flOrders, joonho, "mum loved them btw, she's pressing one of the roses 🌹");
        re(12, "10:20", marguerite, pressing, "aww, thank you for telling us");
        say(13, "09:00", flWeek, devi, "Sunday hours this week: 10 till 1, collections only");

        // W25.
        say(15, "08:00", flWeek, marguerite, "This week: sweet peas and cornflowers, £26 small / £38 large: "
                + "https://brambleandbloom.example/this-week");
        Post nudge = re(16, "09:00", clemency, memorial, "@Devi Raman just checking you saw this? no rush, I just need "
                + "to sort the memorial soon");
        Post sixtyFive = re(16, "13:00", devi, nudge, "Clemency I'm so sorry, this slipped right past me. yes of "
                + "course, a low table arrangement like April's would be about £65. I'll message you to sort the "
                + "details");
        re(16, "13:30", clemency, sixtyFive, "thank you Devi, that's perfect");
        Post perfect = say(17, "10:00", flShow, alba, "the christening buttonholes were perfect, thank you both!");
        re(17, "10:30", marguerite, perfect, "so glad! what a lovely day for it");
        Post aphids = say(18, "18:00", flChat, yusra, "sweet pea update: aphids defeated with soapy water");
        Post roses = re(18, "18:15", pilar, aphids, "soapy water works on roses too, spray in the evening");
        re(18, "18:40", yusra, roses, "thanks Pilar, the roses are next");
        Post vase = say(19, "11:00", flOrders, benedikt, "what vase size works best for the large bunch?");
        Post vaseAnswer = re(19, "11:20", devi, vase, "a 25cm one with a narrow neck, keeps them upright");
        re(19, "11:30", benedikt, vaseAnswer, "great, thanks Devi");
    }

    private void repairCafe() {
        // W23.
        say(1, "09:00", rcRota, wanjiru, "Rota for June is up, 4 Thursday sessions, 6 shifts each. sign up here: "
                + "https://sheets.example/fixit-june-rota");
        Post cupboard = say(1, "12:00", rcGeneral, farid, "who's got the key for the tool cupboard? it was locked last "
                + "week and I fixed a puncture with a spoon");
        Post copy = re(1, "12:30", wanjiru, cupboard, "Lowri has it, I'll get a copy cut this week");
        re(1, "12:45", farid, copy, "the spoon worked tho");
        Post sunnivaHi = say(2, "10:00", rcGeneral, sunniva, "hi everyone, I'm Sunniva, just moved here, I can sew "
                + "and do a bit of soldering. first Thursday this week!");
        Post jeans = re(2, "10:20", lowri, sunnivaHi, "welcome!! the sewing table needs you, I'm drowning in jeans");
        re(2, "10:40", sunniva, jeans, "jeans I can do 😄");
        Post pat = say(3, "09:00", rcBench, hyejin, "does the community centre have a PAT tester now or do I bring "
                + "mine?");
        say(3, "09:20", rcBench, wanjiru, "bring yours, theirs is away being calibrated");
        re(3, "09:30", hyejin, pat, "ok 👍");
        say(4, "08:00", rcRota, wanjiru, "3 shifts still open for tonight, sheet here: "
                + "https://sheets.example/fixit-june-rota");
        say(4, "20:10", rcLog, piotr, "Lamp, brass, 1960s. Flex perished. Rewired. Fixed.");
        say(4, "20:14", rcLog, piotr, "Kettle, cuts out early. Scale on the thermostat. Descaled. Fixed.");
        say(4, "20:20", rcLog, lowri, "Jeans x4, crotch blowouts, darned. Fixed 🙌");
        say(4, "20:25", rcLog, farid, "Kid's bike, brakes rubbing. Adjusted, new pads. Fixed.");
        say(4, "20:31", rcLog, piotr, "DAB radio, no sound. Speaker coil open. Part ordered. Not yet.");
        Post session = say(4, "21:00", rcGeneral, wanjiru, "great session tonight! 23 items in, 17 fixed. thank you "
                + "all ❤️");
        re(4, "21:10", sunniva, session, "loved it, see you in 2 weeks");
        Post record = re(4, "21:15", hyejin, session, "is that a record?");
        re(4, "21:20", wanjiru, record, "second best ever");
        session.react("🙌", farid, piotr, lowri);
        say(5, "09:00", rcLog, piotr, "Toaster, one side dead. Element snapped. Not fixable, sent to recycling.");
        say(5, "09:05", rcLog, piotr, "Hand blender, intermittent. Dry joint on the switch. Resoldered. Fixed.");
        Post aurelioHi = say(6, "11:00", rcGeneral, aurelio, "hello, Aurelio here, joined last Thursday on the "
                + "electronics table, sorry in advance for the basic questions 😅");
        re(6, "11:30", hyejin, aurelioHi, "no such thing, ask away");

        // W24: Hye-jin answers Aurelio three days running; her own asks go by him.
        Post toaster = say(8, "10:00", rcBench, aurelio, "my neighbour's toaster heats on one side only. element looks "
                + "ok. where do I start?");
        Post continuity = re(8, "10:30", hyejin, toaster, "continuity test each element with the multimeter, unplugged. "
                + "if the element's fine check the crimp connectors at the ends, they go brittle");
        re(8, "11:00", aurelio, continuity, "thanks!");
        Post lamp = say(9, "09:00", rcBench, aurelio, "desk lamp flickers when you touch the switch");
        Post terminal = re(9, "09:40", hyejin, lamp, "loose terminal at the switch almost certainly. open it up, "
                + "tighten, and check the flex isn't fraying where it goes in");
        re(9, "09:55", aurelio, terminal, "ok cheers");
        Post cover = say(10, "12:00", rcGeneral, hyejin, "can anyone cover my shift on Thursday 24th? my daughter's "
                + "school play got moved 🙈");
        re(10, "12:30", lowri, cover, "can't sorry, I'm already on that night");
        Post radio = say(11, "08:30", rcBench, aurelio, "old valve radio, hums really loud once it warms up. is that "
                + "dangerous??");
        Post caps = re(11, "09:15", hyejin, radio, "usually the smoothing capacitors, they dry out. DON'T open it while "
                + "it's plugged in, they hold charge. bring it tonight and we'll do it together");
        re(11, "09:20", aurelio, caps, "thanks so much");
        say(11, "09:30", rcBench, hyejin, "@Aurelio Bassi you said you've got a clamp meter, could you bring it "
                + "tonight? mine's died");
        say(11, "19:40", rcLog, piotr, "Lamp, standard, switch broken. New switch. Fixed.");
        say(11, "19:48", rcLog, piotr, "Kettle, leaking at base. Seal perished. No part. Not fixed.");
        say(11, "19:55", rcLog, piotr, "Radio alarm clock, display dead. Cracked solder joint. Fixed.");
        say(11, "20:02", rcLog, piotr, "Food mixer, slow. Brushes worn down. Ordered brushes. Not yet.");
        say(11, "20:09", rcLog, piotr, "Extension lead, melted plug. New plug, advised not to daisy chain. Fixed.");
        say(11, "20:15", rcLog, piotr, "Hair dryer, cuts out. Thermal fuse. Replaced. Fixed.");
        say(11, "20:21", rcLog, piotr, "CD player, tray stuck. Belt slipped. New belt. Fixed.");
        say(11, "20:28", rcLog, piotr, "Fan, no spin. Seized bearing. Cleaned and oiled. Fixed.");
        say(11, "20:34", rcLog, sunniva, "Rucksack, zip gone. New slider. Fixed.");
        say(11, "20:40", rcLog, piotr, "Lamp, touch dimmer. Module dead. Swapped for a switch. Fixed.");
        say(11, "20:47", rcLog, piotr, "Valve radio, loud hum. Smoothing caps replaced with Aurelio. Fixed.");
        say(11, "20:52", rcLog, piotr, "Clock radio, hum. Transformer. Not worth it. Not fixed.");
        Post grandad = say(11, "21:05", rcGeneral, wanjiru, "21 in tonight, 15 fixed, and one very happy man with his "
                + "grandad's radio");
        grandad.react("❤️", hyejin, lowri, sunniva);
        Post hoover = say(12, "10:00", rcBench, aurelio, "one more, sorry: hoover's brush roller won't spin but the "
                + "motor runs");
        Post belt = re(12, "10:20", farid, hoover, "belt, 99%. they snap or stretch");
        re(12, "10:30", aurelio, belt, "thanks!");
        say(12, "11:00", rcRota, wanjiru, "Thursday 24th: 2 shifts still open, and Hye-jin needs a swap if anyone "
                + "can: https://sheets.example/fixit-june-rota");
        Post swap = say(13, "09:00", rcGeneral, sunniva, "I can take Hye-jin's shift on the 24th!");
        re(13, "09:20", hyejin, swap, "you are a hero, thank you!!");

        // W25.
        say(15, "09:00", rcRota, wanjiru, "July rota is up: https://sheets.example/fixit-july-rota");
        Post stillHum = say(16, "10:00", rcBench, aurelio, "the radio from last week is still humming a bit after the "
                + "caps. normal?");
        Post normal = re(16, "10:30", hyejin, stillHum, "a little hum is normal at its age. if it gets louder, the "
                + "rectifier is next");
        re(16, "10:40", aurelio, normal, "ok thanks");
        Post stand = say(17, "12:00", rcGeneral, farid, "bike stand is wobbling, anyone got a spare 13mm spanner to "
                + "leave in the cupboard?");
        re(17, "12:40", piotr, stand, "I'll bring one tomorrow");
        say(18, "20:15", rcLog, piotr, "Toaster, won't stay down. Latch magnet weak. Cleaned. Fixed.");
        say(18, "20:22", rcLog, sunniva, "Coat lining ripped. Restitched. Fixed.");
        Post newRecord = say(18, "21:00", rcGeneral, wanjiru, "26 in, 20 fixed!! new record 🎉");
        newRecord.react("🎉", farid, sunniva, piotr, hyejin);
        say(19, "17:00", rcGeneral, lowri, "off to my sister's in Aberystwyth till Monday, someone water the sewing "
                + "table cactus");
        say(20, "10:00", rcGeneral, sunniva, "@Lowri Evans where's the spare thread box kept? want to restock it before "
                + "next week");
    }

    private void luthiers() {
        // W23.
        Post gluePot = say(1, "09:00", luBench, sebastian, "Monday, glue pot's on. what's everyone building?");
        Post mango = re(1, "09:20", lucia, gluePot, "soprano uke in mango, my first one!");
        re(1, "09:35", mette, gluePot, "refretting a 70s acoustic for a mate, pray for me");
        re(1, "09:50", sebastian, mango, "mango's gorgeous, post a log!");
        say(2, "10:00", luBench, kofi, "New batch of AAA spruce tops just in 🔥 20% off all tonewood sets this week "
                + "with code KOFI20: https://asantetonewoods.example/sets");
        Post sides = say(2, "19:00", luLogs, lucia, "Uke #1, day 1: sides bent on a hot pipe, only cracked one 😬");
        re(2, "19:30", sebastian, sides, "only one is a win");
        say(3, "08:40", luSetup, mette, "frets sprouting on a guitar that's been in a dry flat. file them back or wait "
                + "for the humidity to come back?");
        Post fileThem = say(3, "09:05", luSetup, sebastian, "file them, but bevel gently. if you wait, it'll just happen "
                + "again next winter");
        re(3, "09:30", mette, fileThem, "ok filing tonight, thanks");
        say(3, "12:00", luSale, ravi, "For sale: handmade OM, spruce/walnut, hardshell case, £1,400. photos: "
                + "https://ravimenonguitars.example/om-12");
        Post pegs = say(4, "20:00", luLogs, lucia, "Day 3: kerfing in. my clamps are every clothes peg in the house");
        re(4, "20:20", mette, pegs, "the clothes peg era, we've all been there");
        say(5, "09:00", luBench, kofi, "Last days of the KOFI20 code, 20% off tonewood sets, stock's going fast: "
                + "https://asantetonewoods.example/sets");
        Post bone = say(5, "11:00", luBench, brennan, "anyone know a good source of bone nut blanks that aren't "
                + "bleached to death?");
        Post butcher = re(5, "11:30", ravi, bone, "unbleached from the butcher, boil them yourself. smells awful, works "
                + "great");
        re(5, "11:45", brennan, butcher, "...ok that's dedication");
        Post topOn = say(6, "18:00", luLogs, lucia, "Day 5: top on!! bracing pics below");
        Post bracing = re(6, "18:30", kofi, topOn, "lovely bracing, really clean work");
        re(6, "18:45", lucia, bracing, "thank you! nervous about the bridge next");

        // W24.
        Post frets = say(8, "19:00", luLogs, lucia, "Day 8: fretboard on, frets in. a few are a bit high around the "
                + "5th-7th");
        Post levelling = re(8, "19:20", brennan, frets, "I do fret levelling and crowning, £60, DM me and I'll sort it");
        re(8, "19:40", lucia, levelling, "oh, I was going to try it myself first");
        Post beam = re(8, "19:45", sebastian, frets, "sanding beam and a marker on the fret tops, level till the "
                + "marker's gone on all of them. easy on a uke");
        re(8, "20:00", lucia, beam, "going to try that tonight, thanks!");
        Post trussRod = say(9, "10:00", luSetup, mette, "truss rod on the 70s one won't budge. heat or walk away?");
        Post walkAway = re(9, "10:30", ravi, trussRod, "walk away for a day, drop of penetrating oil on the nut, then "
                + "try gently. don't force it");
        re(9, "10:45", mette, walkAway, "thanks Ravi");
        Post goBar = say(10, "09:00", luBench, sebastian, "made a go-bar deck from broom handles this weekend, best "
                + "thing I've ever done");
        Post pics = re(10, "09:20", brennan, goBar, "pics or it didn't happen");
        re(10, "09:30", sebastian, pics, "in build-logs!");
        say(10, "09:35", luLogs, sebastian, "Go-bar deck: 2 sheets of ply, 30 broom handle offcuts, one free weekend");
        say(11, "08:00", luBench, brennan, "@Sebastián Ruiz what did you put on the go-bar tips, rubber?");
        say(11, "08:40", luBench, sebastian, "bits of bike inner tube, glued on. free and they grip");
        say(11, "10:00", luSale, kofi, "Spruce and cedar tops, AAA, £45 each, more at "
                + "https://asantetonewoods.example/sets");
        Post waitList = say(11, "15:00", luBench, ravi, "question for anyone who builds for customers: how long is "
                + "your waiting list? I'm at 9 months and feel bad about it");
        re(11, "15:20", kofi, waitList, "3 months, but I only do ukes");
        re(11, "15:40", sebastian, waitList, "don't feel bad, people wait for good work");
        Post plays = say(12, "20:00", luLogs, lucia, "Day 12: levelled with a beam like Sebastián said. it plays!! 🎉");
        plays.react("🎉", mette, sebastian, kofi);
        re(12, "20:30", sebastian, plays, "told you, easy");
        say(13, "11:00", luSetup, mette, "truss rod moved. quarter turn. I may cry");

        // W25: Anouk arrives and asks for follows.
        say(15, "10:00", luBench, anouk, "Hi all! could you follow my workshop page and share it with your friends? "
                + "https://picshare.example/anoukdewit.guitars 🙏");
        Post strung = say(16, "19:00", luBench, lucia, "uke is strung! it's a bit quiet but it's MINE");
        re(16, "19:20", kofi, strung, "quiet is normal on a first, the top will open up");
        re(16, "19:40", anouk, strung, "congrats!! could you give my workshop page a follow too? "
                + "https://picshare.example/anoukdewit.guitars");
        Post slots = say(17, "09:00", luSetup, mette, "nut slots on the 70s one: anyone got a chart for slot depths?");
        Post feeler = re(17, "09:30", sebastian, slots, "no chart, feeler gauge at the first fret, about 0.1mm "
                + "clearance on the treble side. patience");
        re(17, "09:45", mette, feeler, "patience, my weakest tool");
        say(18, "12:00", luSetup, anouk, "if anyone here could follow and rate my page, every follow helps a small "
                + "maker 🙏 https://picshare.example/anoukdewit.guitars");
        say(18, "15:00", luSale, ravi, "OM sold, thanks all for the interest");
        Post newark = say(19, "10:00", luBench, brennan, "anyone going to the luthiers' fair in Newark in August?");
        re(19, "10:30", ravi, newark, "yes, sharing a table with a friend");
        say(20, "18:00", luLogs, lucia, "Uke #2: started. koa this time. I think I'm hooked");
    }

    private void hardware() {
        // W23.
        Post flying = say(1, "08:30", hwCounter, aoife, "Monday! what's flying off your shelves this week?");
        re(1, "08:50", samir, flying, "fence paint, the sun came out");
        re(1, "09:10", kerstin, flying, "slug pellets and more slug pellets");
        re(1, "09:30", aoife, flying, "same here, and barbecue bits");
        say(1, "11:00", hwReps, lindiwe, "Hi all, Lindiwe from Dube Garden Supply. Summer trade list is out, 12% off "
                + "compost and grow bags till the end of June: https://dubegarden.example/trade-summer");
        Post frome = say(2, "10:00", hwIntro, bartek, "hi, Bartek here, just bought the old ironmonger's in Frome from "
                + "the owner who retired after 40 years. terrified");
        re(2, "10:15", aoife, frome, "welcome! 40 years of stock in the back room I bet 😄 ask anything");
        Post speedDial = re(2, "10:40", kerstin, frome, "congrats! keep the old owner's number, you'll need it");
        re(2, "11:00", bartek, speedDial, "ha, already on speed dial");
        Post catCounter = say(3, "10:00", hwCounter, travis, "Travis from Kopecky Fixings here, our new trade "
                + "catalogue is live, 15% off your first order this month: https://kopeckyfixings.example/catalogue");
        say(3, "10:06", hwSwap, travis, "anyone needing fixings stock, 15% off your first trade order: "
                + "https://kopeckyfixings.example/catalogue");
        say(3, "10:12", hwReps, travis, "Kopecky Fixings trade catalogue, 15% off first orders this month: "
                + "https://kopeckyfixings.example/catalogue");
        re(3, "10:30", samir, catCounter, "there's a reps channel for this mate");
        say(3, "15:00", hwCounter, gideon, "Gideon, Marsh Hardware, Hexham. my Saturday was my best since Easter");
        Post keyMargins = say(4, "09:00", hwCounter, kerstin, "how's everyone doing on key cutting? my machine's dying "
                + "and a new one is 2k");
        re(4, "09:20", samir, keyMargins, "keys are most of my margin, a machine pays for itself in a year");
        re(4, "09:40", bartek, keyMargins, "the old owner left me a key machine from 1982 and it still works 😂");
        Post convinced = say(4, "10:00", hwCounter, kerstin, "ok convinced, buying one");
        convinced.react("👍", samir, aoife);
        Post gloss = say(5, "11:00", hwSwap, samir, "surplus: 30 tins of white gloss, short dated, £3 a tin to any "
                + "shop");
        re(5, "11:20", kerstin, gloss, "I'll take 10, messaging you");
        Post window = say(6, "09:00", hwCounter, gideon, "I rearranged my window display this morning, I think my "
                + "window is now the best on the street");
        re(6, "09:30", aoife, window, "ooh, bold claim 😄");

        // W24: Gideon posts about his shop all week and answers nobody.
        say(8, "08:30", hwCounter, gideon, "I opened at 7 today instead of 8 and I had four customers before my usual "
                + "time. I'm going to keep it up");
        Post cardFees = say(8, "11:00", hwCounter, samir, "anyone else getting hammered on card fees? 1.9% on my new "
                + "terminal");
        Post switchIt = re(8, "11:20", aoife, cardFees, "switch providers, I'm on 1.2 now");
        Post which = re(8, "11:30", samir, switchIt, "which one?");
        re(8, "11:45", aoife, which, "the one the chamber recommended, I'll DM you the name");
        say(8, "16:00", hwCounter, gideon, "my till did £1,100 today, my best Monday this year");
        Post paraffin = say(9, "09:00", hwCounter, gideon, "I've started stocking paraffin again, my older customers "
                + "asked me for it and I think it'll sell");
        re(9, "09:40", kerstin, paraffin, "paraffin! haven't seen that on a shelf in years");
        say(9, "12:00", hwCounter, gideon, "I did my own shelf labels on my laptop, they look far more professional "
                + "than my old ones");
        Post stopping = say(10, "10:00", hwCounter, gideon, "my new window display has people stopping, I counted 12 "
                + "this morning");
        re(10, "10:30", aoife, stopping, "12! nice one");
        Post hinges = say(10, "12:00", hwSwap, bartek, "found 200 brass hinges in the back room from the 90s, anyone "
                + "want them? free to a good home");
        re(10, "12:20", kerstin, hinges, "yes please! my customers love old brass");
        say(10, "17:30", hwCounter, gideon, "I'm thinking of putting my prices up 5% in July, my margins on timber are "
                + "terrible and my suppliers keep going up");
        say(11, "08:15", hwCounter, gideon, "my delivery from the wholesaler was short again, I've emailed them twice "
                + "now and I'm still waiting");
        say(11, "11:00", hwReps, lindiwe, "Hose fittings are back in stock, same 12% trade discount: "
                + "https://dubegarden.example/trade-summer");
        say(11, "15:00", hwCounter, gideon, "I sold my last three wheelbarrows today, I should have ordered more for "
                + "my summer rush");
        say(12, "09:30", hwCounter, gideon, "my Saturday lad starts today, I'm going to train him on my key machine "
                + "myself");
        Post nineOfTen = say(12, "14:00", hwCounter, kerstin, "new key machine arrived, cut my first 10 keys, 9 "
                + "worked 😅");
        re(12, "14:20", samir, nineOfTen, "90% is a pass");
        say(12, "17:00", hwCounter, gideon, "I've had my best week since I took over my shop, I'm really pleased with "
                + "myself");
        say(13, "10:00", hwCounter, gideon, "I'm off to the trade show in Harrogate next month, I'll report back on what "
                + "I find");

        // W25.
        Post heat = say(15, "09:00", hwCounter, aoife, "quiet week? the heat's keeping people home");
        Post fans = re(15, "09:30", gideon, heat, "same here, you're right, it's the heat. how's your fan stock "
                + "holding up?");
        re(15, "09:45", aoife, fans, "sold out lol");
        say(16, "10:00", hwSwap, travis, "fixings clearance, all boxes half price this week: "
                + "https://kopeckyfixings.example/clearance");
        Post month = say(17, "18:00", hwCounter, bartek, "first month done. didn't go bankrupt 🎉");
        re(17, "18:10", aoife, month, "🎉 congrats!");
        re(17, "18:20", kerstin, month, "the first month is the hardest one");
        re(17, "18:45", gideon, month, "well done Bartek, how are you finding the old stock?");
        say(18, "09:00", hwReps, lindiwe, "Last week of the summer trade list: https://dubegarden.example/trade-summer");
        Post ladders = say(19, "11:00", hwCounter, samir, "anyone stock ladders? the insurance people are asking me "
                + "weird questions");
        Post tryThem = re(19, "11:30", kerstin, ladders, "we do, the insurer wants to know if you let people try them "
                + "out in the shop 🙃");
        re(19, "11:40", samir, tryThem, "that's exactly it");
    }

    private void tailors() {
        // W23.
        Post brides = say(1, "09:00", taRoom, agnieszka, "anyone else get the 'can you take this in by tomorrow' bride "
                + "every June?");
        re(1, "09:15", thandi, brides, "three this week. THREE");
        re(1, "09:40", mehmet, brides, "I charge a rush fee now, cured half of them");
        say(1, "12:00", taSlots, mehmet, "2 slots open for suit alterations w/c 14th, 5 day turnaround");
        Post shoulders = say(2, "10:00", taAsk, tevita, "can a suit jacket be taken in at the shoulders or is that a "
                + "no?");
        Post wrongJacket = re(2, "10:30", agnieszka, shoulders, "shoulders are the hardest bit, usually not worth it. "
                + "sleeves, waist and length are easy. if the shoulders don't fit, it's the wrong jacket");
        re(2, "10:45", tevita, wrongJacket, "thank you, that saves me a wasted trip");
        Post lisbon = say(2, "16:00", taRoom, rosa, "off to Lisbon for my daughter's graduation, back Monday the 14th! "
                + "Thandi's covering my regulars");
        re(2, "16:10", thandi, lisbon, "have the best time 💛");
        Post hems = say(3, "11:00", taRoom, thandi, "question for the room: what are you charging for hemming jeans "
                + "with the original hem kept? I'm at £18");
        re(3, "11:20", mehmet, hems, "£20 here");
        re(3, "11:45", agnieszka, hems, "£16, but I'm in a cheap town");
        say(3, "12:00", taRoom, thandi, "ok keeping £18 then");
        Post lehenga = say(4, "10:00", taAsk, priya, "@Thandi Nkosi hi! you took in my wedding dress last summer and "
                + "it was perfect, I've sent my sister Anjali to you as well. are you taking bookings in August? she "
                + "needs a lehenga altered for her wedding 💛");
        Post relining = say(4, "11:00", taAsk, colette, "@Rosa Fonseca are you still doing leather jacket relining? a "
                + "friend gave me your name");
        Post organza = say(5, "09:30", taRoom, thandi, "does anyone have a good source for silk organza in bulk? my "
                + "supplier stopped");
        Post bradford = re(5, "09:50", agnieszka, organza, "the wholesaler in Bradford, they post: "
                + "https://bradfordsilks.example/");
        re(5, "10:00", thandi, bradford, "perfect thank you");
        Post clunk = say(5, "14:00", taRoom, mehmet, "machine's making a clunk on the backstroke, anyone?");
        Post timing = re(5, "14:20", thandi, clunk, "timing slipped maybe? mine did that after a needle jam");
        re(5, "14:40", mehmet, timing, "it did jam yesterday. you're a genius");
        say(6, "08:30", taRoom, thandi, "weekend! who's working saturday?");
        say(6, "08:45", taRoom, agnieszka, "me, 9 till 2");

        // W24.
        Post basket = say(8, "08:30", taRoom, thandi, "Monday. 14 pieces in the basket");
        re(8, "08:45", mehmet, basket, "only 14? lucky");
        Post back = re(8, "09:30", rosa, relining, "Sorry, only just back from Lisbon! yes, I still reline leather "
                + "jackets, bring it in any weekday after 10");
        re(8, "09:50", colette, back, "brilliant, Thursday then");
        Post home = say(8, "10:00", taRoom, rosa, "back! Lisbon was glorious and I ate my weight in pastries");
        re(8, "10:10", thandi, home, "welcome back!!");
        say(8, "12:00", taSlots, agnieszka, "Open for July: bridal alterations, 3 spots left, message me for a quote");
        re(9, "11:00", priya, lehenga, "sorry to bump! just need to know if August works, otherwise I'll look "
                + "elsewhere 🙏");
        Post interfacing = say(9, "15:00", taRoom, thandi, "anyone tried the new stretch interfacing? it's rubbish");
        re(9, "15:20", agnieszka, interfacing, "yes, rubbish, go back to the old one");
        Post returned = say(10, "12:00", taAsk, tevita, "update: took the jacket back, bought one that fits the "
                + "shoulders and got the sleeves done. thanks again");
        re(10, "12:30", agnieszka, returned, "that's the way!");
        Post august = re(11, "09:00", thandi, lehenga, "Priya I'm so sorry, I've been buried. yes! August is fine, "
                + "and thank you for sending Anjali my way. message me the dates");
        re(11, "09:20", priya, august, "yay thank you!!");
        say(11, "14:00", taRoom, mehmet, "timing fixed btw, thanks @Thandi Nkosi");

        // W25.
        Post shorts = say(15, "09:00", taRoom, agnieszka, "did anyone else's customers all want shorts this week? "
                + "chopping jeans all day");
        re(15, "09:30", rosa, shorts, "chopped 11 pairs yesterday");
        say(16, "10:00", taSlots, rosa, "Open from July: leather jacket relining, 2 a week, 3 week turnaround");
        Post coat = say(16, "13:00", taAsk, dorothea, "is it worth altering a charity shop wool coat? paid £12 for it");
        Post loveIt = re(16, "13:30", mehmet, coat, "if the wool's good, yes. sleeves and a reline might be £60-80 "
                + "though, so it depends how much you love it");
        re(16, "13:45", dorothea, loveIt, "I love it a lot 😂 thanks");
        Post sequins = say(17, "16:00", taRoom, thandi, "Priya's sister's lehenga came in today, it's beautiful, so "
                + "many sequins 😭");
        re(17, "16:20", agnieszka, sequins, "sequins = tears. good luck");
        Post fitting = say(18, "10:00", taAsk, priya, "Anjali says the fitting went perfectly, thank you @Thandi "
                + "Nkosi!!");
        re(18, "10:30", thandi, fitting, "she was a dream to work with 💛");
        Post overlocker = say(19, "12:00", taRoom, mehmet, "anyone want a spare overlocker? upgrading mine");
        Post howMuch = re(19, "12:10", agnieszka, overlocker, "how much?");
        re(19, "12:20", mehmet, howMuch, "£150, it's old but fine");
    }

    private void leather() {
        // W23.
        Post bench = say(1, "09:00", lwGeneral, ewan, "morning all, what's on the bench?");
        Post lurcher = re(1, "09:20", rhiannon, bench, "a collar for my sister's lurcher. neck 40cm, head 12cm, "
                + "escape artist");
        re(1, "09:35", ewan, lurcher, "martingale style then!");
        say(1, "12:00", lwGeneral, jaroslav, "Commissions open for summer: belts £45, wallets from £60, 3 slots left. "
                + "DM me");
        Post amaraHi = say(2, "10:00", lwIntro, amara, "Hi, I'm Amara, from Lagos, living in Glasgow now. Been doing "
                + "leatherwork 3 years, mostly bags. my stuff: https://amaraeze.example/bags");
        Post edgesGuide = re(2, "10:20", ewan, amaraHi, "welcome Amara! gorgeous bags. if you're into edges, @Tove "
                + "Lindahl's burnishing guide is pinned in tools, best one going: "
                + "https://stitchandsaddle.example/guides/edges");
        re(2, "10:40", amara, edgesGuide, "thank you! edges are my nemesis");
        re(2, "11:00", tove, amaraHi, "welcome! ping me if the guide's unclear anywhere");
        Post wonky = say(3, "09:00", lwTools, nikhil, "my saddle stitch looks fine on one side and wonky on the other. "
                + "what am I doing wrong?");
        Post sameNeedle = re(3, "09:30", tove, wonky, "same needle through first every time and cross the same way, "
                + "consistency is everything. also check your chisel angle");
        re(3, "09:45", nikhil, sameNeedle, "oh. I've been alternating. thanks!");
        say(3, "12:00", lwMarket, jaroslav, "Tan bridle leather belt, 38mm, solid brass buckle, £45, made to size: "
                + "https://novakleather.example/belts");
        say(4, "11:00", lwGeneral, jaroslav, "reminder commissions are open, belts £45 and wallets from £60, 2 slots "
                + "left, DM me");
        Post escaped = say(4, "18:00", lwGeneral, rhiannon, "the lurcher escaped the martingale. respect");
        re(4, "18:10", ewan, escaped, "😂 he's a pro");
        Post edgePaint = say(5, "10:00", lwTools, amara, "anyone tried the new water based edge paints? thinking of "
                + "switching");
        Post coats = re(5, "10:20", ilse, edgePaint, "I have, they're fine but need more coats");
        re(5, "10:35", amara, coats, "good to know, thanks");
        Post skiving = say(6, "14:00", lwGeneral, ilse, "found this video on hand skiving, really clear: "
                + "https://videos.example/watch/skiving-basics");
        re(6, "14:30", nikhil, skiving, "oh that's useful");

        // W24: Ilse's week is mostly links dropped to the room.
        say(8, "09:00", lwGeneral, ilse, "good article on veg tan vs chrome tan: "
                + "https://leatherjournal.example/veg-vs-chrome");
        say(8, "09:30", lwTools, ilse, "dye chart someone made, handy: https://dyecharts.example/spirit-dyes");
        say(9, "08:30", lwGeneral, ilse, "this guy's channel is great for wallets https://videos.example/c/walletworks");
        Post threadWeight = say(9, "10:00", lwTools, nikhil, "what thread weight for a watch strap?");
        Post fortyFive = re(9, "10:20", ilse, threadWeight, "0.45 or 0.55mm, I use 0.45 for straps");
        re(9, "10:30", nikhil, fortyFive, "thanks!");
        say(9, "11:00", lwMarket, amara, "New: small crossbody in olive, £95 https://amaraeze.example/bags/olive-crossbody");
        say(10, "09:00", lwTools, ilse, "burnishing tutorial: https://videos.example/watch/burnish-fast");
        Post walsall = say(10, "12:00", lwGeneral, ilse, "anyone going to the leather fair in Walsall?");
        Post saturday = re(10, "12:30", ewan, walsall, "yes, Saturday");
        re(10, "12:40", ilse, saturday, "see you there then");
        say(11, "09:00", lwGeneral, ilse, "stitching chisel comparison, very thorough: "
                + "https://toolreviews.example/chisels-2027");
        Post hate = say(11, "16:00", lwGeneral, tove, "anyone else finish a piece and immediately hate the stitching");
        re(11, "16:15", amara, hate, "every single time");
        re(11, "16:30", ewan, hate, "it's called being a maker");
        say(12, "09:00", lwGeneral, ilse, "good piece on pricing your work: https://leatherjournal.example/pricing");
        Post collar = say(12, "17:00", lwGeneral, rhiannon, "finished the collar, third attempt, he's not escaping this "
                + "one");
        re(12, "17:20", ilse, collar, "ha! lovely colour");
        say(13, "10:00", lwTools, ilse, "hand sewn vs machine, interesting read: "
                + "https://leatherjournal.example/hand-vs-machine");

        // W25.
        Post fair = say(15, "09:00", lwGeneral, ewan, "Walsall was great, met half this server");
        re(15, "09:20", ilse, fair, "so good! my bag is full of offcuts");
        Post fourCoats = say(16, "10:00", lwTools, amara, "edge paint switch done, 4 coats, worth it");
        re(16, "10:30", tove, fourCoats, "looks super clean");
        Post dadWallet = say(17, "11:00", lwGeneral, nikhil, "@Jaroslav Novák are you still taking wallet commissions? "
                + "would like one for my dad's birthday in August");
        Post bifold = re(17, "11:30", jaroslav, dadWallet, "yes! £60 for the bifold, I'll DM you for details");
        re(17, "11:45", nikhil, bifold, "perfect");
        say(18, "12:00", lwMarket, jaroslav, "2 wallet slots left for August: https://novakleather.example/wallets");
        Post business = say(19, "18:00", lwGeneral, rhiannon, "dog collar business idea: I'm joking. mostly.");
        re(19, "18:20", tove, business, "😂 do it");
        Post strap = say(20, "11:00", lwTools, nikhil, "watch strap done with 0.45 thread like Ilse said, feels great");
        re(20, "11:30", ilse, strap, "looks brilliant!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes52Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 52");
    }
}
