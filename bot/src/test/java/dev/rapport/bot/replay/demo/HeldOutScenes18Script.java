package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Held-out round 18 (SEALED until the integrator's final run): eight communities of kinds no earlier round used,
 * over three ISO weeks (2026-W42..W44, UTC), written and labelled by writer18 before any coach ran on them. Its
 * labels are in {@code held-out-scenes-18.csv}; {@code main} writes the export to
 * {@code bot/src/test/resources/eval/held-out-scenes-18/}.
 */
final class HeldOutScenes18Script extends StoryScript {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 12);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 11, 2, 8, 40, 0, 0, ZoneOffset.UTC);

    // --- A. bonsai club ---
    private final String bonsaiGuild = cast.guild(491);
    private final Persona haruto = cast.person("haruto.ishii", "Haruto Ishii");
    private final Persona mireille = cast.person("mimi_lyon", "Mireille Dufort");
    private final Persona gus = cast.person("gus.whitcombe", "Gus Whitcombe");
    private final Persona priya = cast.person("priya_r", "Priya Raman");
    private final Persona colm = cast.person("colmd", "Colm Doyle");
    private final Persona tess = cast.person("tessv", "Tess Varga");
    private final Channel speciesHelp = cast.channel(bonsaiGuild, "Little Trees Collective", "species-help",
            "Sick tree? Not sure what you've got? Ask here", "bonsai-species-help.json");
    private final Channel nurseryFinds = cast.channel(bonsaiGuild, "Little Trees Collective", "nursery-finds",
            "Good material spotted at nurseries, garden centres and sales", "bonsai-nursery-finds.json");
    private final Channel showYourTrees = cast.channel(bonsaiGuild, "Little Trees Collective", "show-your-trees",
            "Progress pics of your own trees, post away", "bonsai-show-your-trees.json");
    private final Channel soilAndPots = cast.channel(bonsaiGuild, "Little Trees Collective", "soil-and-pots",
            "Substrates, pots, tools", "bonsai-soil-and-pots.json");
    private final Channel moss = cast.channel(bonsaiGuild, "Little Trees Collective", "off-topic-moss",
            "Anything else (including moss)", "bonsai-off-topic-moss.json");

    // --- B. amateur radio club ---
    private final String hamGuild = cast.guild(492);
    private final Role clubOfficer = cast.role("Committee", "#e67e22", 4);
    private final Persona walt = cast.person("walt_k", "Walt Kozlowski");
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho");
    private final Persona dev = cast.person("dev_sdr", "Dev Anand");
    private final Persona barb = cast.person("barb.l", "Barb Lindqvist", clubOfficer);
    private final Persona rory = cast.person("m0rqy", "Rory Quigley");
    private final Persona kenji = cast.person("kenji.m", "Kenji Moreau");
    private final Channel shackTalk = cast.channel(hamGuild, "Ridge Line ARC", "shack-talk", "General chatter",
            "ham-shack-talk.json");
    private final Channel antennaLab = cast.channel(hamGuild, "Ridge Line ARC", "antenna-lab",
            "Wires, traps, baluns, masts", "ham-antenna-lab.json");
    private final Channel netsAndSkeds = cast.channel(hamGuild, "Ridge Line ARC", "nets-and-skeds",
            "Club nets, schedules and the check-in sheet", "ham-nets-and-skeds.json");
    private final Channel dxSpots = cast.channel(hamGuild, "Ridge Line ARC", "dx-spots",
            "Spots only: freq, mode, call, signal", "ham-dx-spots.json");
    private final Channel licenseStudy = cast.channel(hamGuild, "Ridge Line ARC", "license-study",
            "Foundation / Intermediate / Full: questions welcome", "ham-license-study.json");
    private final Channel dmRoryInes = cast.dm(ines, "ham-dm-ines.json");

    // --- C. beekeepers' association ---
    private final String beeGuild = cast.guild(493);
    private final Persona agnes = cast.person("agnes.pryor", "Agnes Pryor");
    private final Persona tomasz = cast.person("tomasz_z", "Tomasz Zielinski");
    private final Persona leona = cast.person("leonab", "Leona Baptiste");
    private final Persona fergus = cast.person("fergusmcrae", "Fergus McRae");
    private final Persona sunniva = cast.person("sunniva.h", "Sunniva Holt");
    private final Persona obi = cast.person("obi_n", "Obi Nwachukwu");
    private final Channel hiveTalk = cast.channel(beeGuild, "Hollow Oak Beekeepers", "hive-talk",
            null, "bees-hive-talk.json");
    private final Channel swarmAlerts = cast.channel(beeGuild, "Hollow Oak Beekeepers", "swarm-alerts",
            "Swarm reports from the public and members: who can collect?", "bees-swarm-alerts.json");
    private final Channel honeyTrade = cast.channel(beeGuild, "Hollow Oak Beekeepers", "honey-and-wax-trade",
            "Buy, sell and swap honey, wax, nucs and kit", "bees-honey-and-wax-trade.json");
    private final Channel apiaryDays = cast.channel(beeGuild, "Hollow Oak Beekeepers", "apiary-days",
            "Club apiary sessions and sign-ups", "bees-apiary-days.json");
    private final Channel varroaWatch = cast.channel(beeGuild, "Hollow Oak Beekeepers", "varroa-watch",
            "Mite counts and treatment chat", "bees-varroa-watch.json");

    // --- D. an indie perfume house's own server ---
    private final String scentGuild = cast.guild(494);
    private final Role team = cast.role("Team", "#9b59b6", 5);
    private final Role customer = cast.role("Customer", "#1abc9c", 2);
    private final Persona celeste = cast.person("celeste.nocturne", "Celeste Arroyo", team);
    private final Persona marguerite = cast.person("marguerite_np", "Marguerite Hale", team);
    private final Persona yusuf = cast.person("yusuf.d", "Yusuf Demir", customer);
    private final Persona bea = cast.person("beafontaine", "Bea Fontaine", customer);
    private final Persona karolina = cast.person("karo_wojcik", "Karolina Wojcik");
    private final Persona jasper = cast.person("jasper.l", "Jasper Lindgren");
    private final Persona noor = cast.person("noor.sayegh", "Noor Al-Sayegh");
    private final Channel newReleases = cast.channel(scentGuild, "Nocturne Parfums", "new-releases",
            "News from the atelier", "scent-new-releases.json");
    private final Channel askTheTeam = cast.channel(scentGuild, "Nocturne Parfums", "ask-the-team",
            "Order or shipping questions? Post here and our team will reply within a day", "scent-ask-the-team.json");
    private final Channel sotd = cast.channel(scentGuild, "Nocturne Parfums", "scent-of-the-day",
            "What are you wearing today?", "scent-of-the-day.json");
    private final Channel swapDecant = cast.channel(scentGuild, "Nocturne Parfums", "swap-and-decant",
            "Member to member swaps and splits", "scent-swap-and-decant.json");
    private final Channel layeringLab = cast.channel(scentGuild, "Nocturne Parfums", "layering-lab",
            "Combos that work (and don't)", "scent-layering-lab.json");

    // --- E. cosplay makers ---
    private final String cosGuild = cast.guild(495);
    private final Persona juno = cast.person("juno.forge", "Juno Takahara");
    private final Persona ravi = cast.person("ravi_wigs", "Ravi Bhat");
    private final Persona elodie = cast.person("elodie.m", "Elodie Marchetti");
    private final Persona maelle = cast.person("maelle_g", "Maelle Girard");
    private final Persona dario = cast.person("dario.r", "Dario Ruiz");
    private final Persona freya = cast.person("freya_lund", "Freya Lund");
    private final Persona kit = cast.person("kit.abernathy", "Kit Abernathy");
    private final Channel wipArmor = cast.channel(cosGuild, "Seam Rippers Cosplay", "wip-armor",
            "Foam, worbla, resin, paint", "cos-wip-armor.json");
    private final Channel wigStyling = cast.channel(cosGuild, "Seam Rippers Cosplay", "wig-styling", null,
            "cos-wig-styling.json");
    private final Channel commissions = cast.channel(cosGuild, "Seam Rippers Cosplay", "commissions-open",
            "Makers: post your open slots. Buyers: post what you're looking for", "cos-commissions-open.json");
    private final Channel conMeetups = cast.channel(cosGuild, "Seam Rippers Cosplay", "con-meetups",
            "Cons, shoots and meetups", "cos-con-meetups.json");
    private final Channel critiqueCorner = cast.channel(cosGuild, "Seam Rippers Cosplay", "critique-corner",
            "Post your costume, get honest feedback. Give one, get one", "cos-critique-corner.json");

    // --- F. mushroom foragers ---
    private final String fungiGuild = cast.guild(496);
    private final Role mod = cast.role("Mod", "#2ecc71", 3);
    private final Persona hollis = cast.person("hollis.grebe", "Hollis Grebe", mod);
    private final Persona anouk = cast.person("anouk_v", "Anouk Verbeek");
    private final Persona petra = cast.person("petra.s", "Petra Sokolova");
    private final Persona marcus = cast.person("ebbe_spawn", "Marcus Ebbe");
    private final Persona lina = cast.person("lina.h", "Lina Haddad");
    private final Persona quentin = cast.person("quentin_r", "Quentin Roche");
    private final Channel idRequests = cast.channel(fungiGuild, "Mycology Ramblers", "id-requests",
            "Photos for ID: cap, gills, stem base, spore print. Never eat on an internet ID", "fungi-id-requests.json");
    private final Channel forayPlans = cast.channel(fungiGuild, "Mycology Ramblers", "foray-plans", null,
            "fungi-foray-plans.json");
    private final Channel sporePrints = cast.channel(fungiGuild, "Mycology Ramblers", "spore-prints", null,
            "fungi-spore-prints.json");
    private final Channel growTek = cast.channel(fungiGuild, "Mycology Ramblers", "grow-tek", "Growing at home",
            "fungi-grow-tek.json");
    private final Channel cookingHaul = cast.channel(fungiGuild, "Mycology Ramblers", "cooking-the-haul", null,
            "fungi-cooking-the-haul.json");

    // --- G. guitar builders ---
    private final String luthGuild = cast.guild(497);
    private final Persona ottilie = cast.person("ottilie.b", "Ottilie Brandauer");
    private final Persona cal = cast.person("cal_merri", "Cal Merriweather");
    private final Persona nnamdi = cast.person("nnamdi.o", "Nnamdi Okafor");
    private final Persona sergio = cast.person("valente_woods", "Sergio Valente");
    private final Persona wren = cast.person("wren.c", "Wren Castillo");
    private final Persona pavel = cast.person("pavel.hruby", "Pavel Hruby");
    private final Channel buildLogs = cast.channel(luthGuild, "Bench & Bindings", "build-logs",
            "Keep a log of your builds here", "luth-build-logs.json");
    private final Channel finishing = cast.channel(luthGuild, "Bench & Bindings", "finishing-questions", null,
            "luth-finishing-questions.json");
    private final Channel tonewood = cast.channel(luthGuild, "Bench & Bindings", "tonewood-market",
            "For sale / wanted: wood, parts, tools", "luth-tonewood-market.json");
    private final Channel jigs = cast.channel(luthGuild, "Bench & Bindings", "jigs-and-tools",
            null, "luth-jigs-and-tools.json");
    private final Channel shopTalk = cast.channel(luthGuild, "Bench & Bindings", "shop-talk",
            null, "luth-shop-talk.json");

    // --- H. family historians ---
    private final String rootsGuild = cast.guild(498);
    private final Persona margit = cast.person("margit.s", "Margit Sundqvist");
    private final Persona desmond = cast.person("des_achterberg", "Desmond Achterberg");
    private final Persona rosalind = cast.person("featherstone_gen", "Rosalind Featherstone");
    private final Persona tomas = cast.person("tomas.e", "Tomas Elizondo");
    private final Persona ilse = cast.person("ilse.kowal", "Ilse Kowal");
    private final Persona harriet = cast.person("harriet_ng", "Harriet Ng");
    private final Channel brickWalls = cast.channel(rootsGuild, "Roots & Records", "brick-walls", "Stuck? Ask here",
            "roots-brick-walls.json");
    private final Channel censusTips = cast.channel(rootsGuild, "Roots & Records", "census-tips", null,
            "roots-census-tips.json");
    private final Channel dnaMatches = cast.channel(rootsGuild, "Roots & Records", "dna-matches", null,
            "roots-dna-matches.json");
    private final Channel archiveTrips = cast.channel(rootsGuild, "Roots & Records", "archive-trips",
            "Record office visits, lookups, car shares", "roots-archive-trips.json");
    private final Channel foundIt = cast.channel(rootsGuild, "Roots & Records", "found-it",
            "Share your breakthroughs and finds!", "roots-found-it.json");

    private HeldOutScenes18Script() {
        super(new SceneIds(12400), FIRST_DAY, 21);
    }

    /** The round's files: one DiscordChatExporter JSON per channel. */
    static Map<String, String> files() {
        HeldOutScenes18Script script = new HeldOutScenes18Script();
        script.bonsai();
        script.ham();
        script.bees();
        script.scent();
        script.cosplay();
        script.fungi();
        script.luthiers();
        script.roots();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-18"), files(), "held-out round 18");
    }

    // A. Bonsai club. Week 1: a nursery owner's sale, twice, unasked; a member's follow-me ask. Week 2: a beginner's
    // questions, answered and paid forward; a progress channel. Week 3: a question left standing; someone back from
    // a trip answering what waited.
    private void bonsai() {
        Post tessLeaves = say(1, "09:10", speciesHelp, tess,
                "anyone else's trident maples dropping leaves already? mine look like they gave up in one weekend");
        Post priyaLeaves = re(1, "09:41", priya, tessLeaves,
                "totally normal for tridents in mid oct, they colour up then drop fast. as long as the buds look plump ur fine");
        re(1, "09:52", tess, priyaLeaves, "buds look ok i think. thanks, was panicking lol");
        say(1, "12:05", nurseryFinds, gus, "Autumn clearance is on at the nursery: 20% off all pre-bonsai stock and "
                + "imported pots this week only. Check out my sale here https://whitcombebonsai.co.uk/autumn-sale 🍁");
        Post elm = say(1, "18:20", showYourTrees, colm,
                "Chinese elm update, wired the left branch finally. still looks like a broccoli but a directed broccoli");
        re(1, "18:31", tess, elm, "directed broccoli 😂 it's coming along tho").react("😂", colm);
        Post away = say(2, "07:45", moss, haruto, "Heads up: I'm off to the Kyoto show and a nursery tour from "
                + "Wednesday, back on the 26th. Limited signal, so I'll catch up when I'm home.");
        Post jealous = re(2, "08:02", priya, away, "jealous!! bring back pics of the big pines");
        re(2, "08:30", haruto, jealous, "Will do, promise.");
        say(2, "20:10", showYourTrees, colm, "@Mireille Dufort @Tess Varga would you mind following my bonsai insta? "
                + "trying to hit 1k before the winter show, every follow helps 🙏 https://instagram.com/colmstrees");
        Post juniper = say(3, "11:15", speciesHelp, mireille, "Hello all, I am new in bonsai (from Lyon, sorry for my "
                + "english). My juniper procumbens become yellow inside, and brown tips also. I water every day. It is dying?");
        Post priyaJ = re(3, "11:40", priya, juniper, "yellow inside on a juniper in autumn is often just old foliage "
                + "being shed, but brown tips + watering every day sounds like too wet. is it in garden soil or a bonsai mix?");
        re(3, "12:20", mireille, priyaJ, "It is in the soil from the shop, very black and heavy. I put water each "
                + "morning because I read they are thirsty");
        say(3, "12:31", speciesHelp, priya,
                "yeah that's probably it. only water when the top cm is dry. and in spring repot into something gritty");
        re(3, "13:02", gus, juniper, "Priya's right. Heavy compost holds far too much water for a juniper. Let it "
                + "dry out a bit between waterings and keep it outside, they hate being indoors.");
        say(3, "13:10", speciesHelp, mireille, "Ok outside, I will do. Thank you both 🙏");
        Post maple = say(4, "09:05", speciesHelp, tess, "@Haruto Ishii could you look at my maple's roots pic before "
                + "I repot on saturday? you know tridents better than anyone here");
        Post priyaMaple = re(4, "09:30", priya, maple, "he's in Japan till the 26th I think! repotting tridents in "
                + "october is a bit late tho, I'd wait for spring");
        re(4, "09:44", tess, priyaMaple, "ahh ok. spring it is then, i'll just leave it be");
        say(5, "12:40", soilAndPots, gus, "Reminder the 20% off ends Sunday, plenty of akadama and pots left: "
                + "https://whitcombebonsai.co.uk/autumn-sale");
        Post mix = say(5, "14:00", soilAndPots, colm,
                "what's everyone's go-to mix for elms? I've been doing 1:1:1 akadama pumice lava");
        Post gusMix = re(5, "14:22", gus, mix,
                "1:1:1 is solid for elms. I'd go a touch more akadama if you're watering once a day in summer.");
        re(5, "14:30", colm, gusMix, "cheers Gus");
        Post hornbeam = say(6, "10:15", showYourTrees, colm, "saturday job: defoliated the hornbeam. bare twigs everywhere");
        say(6, "10:40", showYourTrees, mireille, "Very nice ramification Colm! Mine is far from that 😅");
        hornbeam.react("🔥", priya, tess);
        Post canal = say(7, "16:00", moss, tess,
                "found a gorgeous cushion moss on the old wall by the canal, is it ok to take a tiny bit?");
        Post mossTray = re(7, "16:20", priya, canal, "tiny bit and not from protected land yeah. tbh I just grow mine "
                + "on a tray from scraps now, way less guilt");

        // Week 2.
        Post update = say(8, "10:05", speciesHelp, mireille, "Update on my juniper: I stop watering every day, now "
                + "only when dry. Inside still yellow but tips less brown. Also a question, where I can buy the akadama "
                + "in France? Here the garden shop do not know this.");
        Post gusAka = re(8, "10:30", gus, update, "Good news on the juniper. For akadama in France I'd look for a "
                + "specialist bonsai nursery near Lyon, most of them stock it. We ship to the EU too if you get stuck, "
                + "about 14€ a bag plus postage, but honestly a local nursery saves you the shipping.");
        re(8, "10:41", mireille, gusAka, "Ah perfect, I will search in Lyon first. Merci Gus!");
        String[][] colmLog = {
            {"8", "08:10", "morning watering done, the elm's pushing a late flush somehow"},
            {"8", "21:00", "cut back the elm's top, the apex was getting way too strong"},
            {"9", "07:50", "hornbeam buds setting nicely after the defoliation"},
            {"9", "22:10", "tried a jin on the dead juniper branch. first attempt, be kind"},
            {"10", "08:15", "jin looks less like a chewed pencil in daylight"},
            {"11", "21:30", "potted the little azalea cutting into a tiny mame pot"},
            {"12", "07:40", "frost forecast tonight, everything's going on the bench against the wall"},
        };
        for (String[] line : colmLog) {
            say(Integer.parseInt(line[0]), line[1], showYourTrees, colm, line[2]);
        }
        Post ficus = say(9, "19:30", speciesHelp, mireille,
                "Sorry again me. Is it normal the bark of my ficus has white spots? like powder");
        Post bug = re(9, "19:52", priya, ficus, "hmm white powder that wipes off could be mealybug. look in the leaf "
                + "joints for little cottony bits. rubbing alcohol on a cotton bud gets them");
        re(9, "20:15", mireille, bug, "Yes!! cotton bits in the joints. I do the alcohol now. And you asked last week "
                + "the soil: now I mix with pumice I found in a shop for cactus");
        say(9, "20:20", speciesHelp, priya, "cactus pumice works great 👌");
        Post wire = say(10, "18:00", speciesHelp, tess, "random q, is it too late to wire a juniper in october?");
        Post mimiWire = re(10, "18:25", mireille, wire, "I read in a french forum that autumn is ok for junipers if "
                + "you protect from hard frost after, and no repot at same time. But I am beginner so check with others 😅");
        re(10, "18:40", priya, mimiWire, "that's right actually, autumn wiring on junipers is fine");
        say(10, "18:46", speciesHelp, tess, "nice, ty both");
        Post winter = say(11, "09:15", speciesHelp, mireille, "Last question this week I promise: when I bring the "
                + "ficus inside for winter, near the window or near the radiator?");
        Post gusWin = re(11, "09:40", gus, winter,
                "Window, away from the radiator. Ficus hate the dry air right above heating.");
        re(11, "09:50", mireille, gusWin, "ok thank you 🙏");
        Post ba = say(12, "20:00", showYourTrees, colm,
                "elm before/after of the year so far, it's actually a tree now");
        Post wild = re(12, "20:14", tess, ba, "the before/after is wild, well done");
        re(12, "20:30", colm, wild, "ta! took 3 years of not killing it");
        ba.react("🔥", priya, mireille).react("👏", gus);
        say(13, "10:00", showYourTrees, colm, "saturday: cleaned all the pots, so much calcium build up");
        say(13, "15:30", showYourTrees, colm, "found a field maple seedling in the gutter, it's mine now");
        say(14, "11:00", showYourTrees, colm, "sunday moss top-dress on the hornbeam, looks finished now");

        // Week 3.
        say(15, "08:30", moss, haruto, "Home! Kyoto was unreal, pictures coming tonight.");
        Post back = re(15, "08:40", haruto, maple, "@Tess Varga sorry, only just saw this from while I was away. "
                + "Priya gave you the right answer: leave the roots alone until the buds swell in spring, then I'm happy "
                + "to look with you.");
        re(15, "09:00", tess, back, "no worries!! welcome back, spring it is");
        Post kyoto = say(15, "20:15", showYourTrees, haruto, "Kyoto show, a few favourites: a 300 year old white pine, "
                + "and a shohin quince display that made me want to burn all my trees and start over.");
        re(15, "20:40", mireille, kyoto, "Magnifique 😍");
        kyoto.react("😍", priya, colm, tess);
        Post mossQ = re(16, "19:00", colm, mossTray, "@Priya Raman how do you keep the moss tray alive? what's "
                + "under it? mine just goes brown every time");
        Post shimpaku = say(17, "12:10", speciesHelp, priya,
                "anyone know if shimpaku and itoigawa need different winter protection or is it all the same?");
        Post harutoW = re(17, "12:40", haruto, shimpaku,
                "Same for both in a UK winter: out of the wind, pot protected from hard frost, that's it.");
        re(17, "12:48", priya, harutoW, "perfect thanks!");
        Post pumice = say(18, "18:30", soilAndPots, priya,
                "stocking up on pumice before winter, anyone done a group order before? shipping on 1 bag is silly");
        re(18, "18:50", tess, pumice, "I'd go in on a group order!");
        Post atCost = re(18, "19:05", gus, pumice, "If it helps, happy to bring a few bags to the club meeting at "
                + "cost, saves everyone the postage.");
        re(18, "19:20", priya, atCost, "that'd be amazing gus, I'll make a list");
        say(19, "17:45", speciesHelp, mireille,
                "For info: my juniper has new green tips now!! Thank you all for the help 🌿").react("🎉", gus, priya, tess);
        say(19, "20:00", showYourTrees, priya, "my shimpaku after styling last night!").react("🔥", colm, haruto);
        say(20, "10:30", moss, colm, "bump on the moss thing, still going brown lol");
        say(21, "11:10", soilAndPots, priya, "pumice list so far: me 2 bags, Tess 1. anyone else, shout by friday");
        mossQ.react("👀", tess);
    }

    // B. Amateur radio club. A spots channel where everyone posts to nobody; the club net's sheet posted again with
    // each net; a newcomer studying, helped by several people; a refurbisher who arrives selling, by DM too; an
    // old hand asked about his antenna who never answers.
    private void ham() {
        say(1, "19:00", netsAndSkeds, barb, "Tuesday night net is on as usual, 19:30 on the club repeater 145.650. "
                + "Check-in sheet for anyone logging remotely: https://forms.ridgelinearc.org/net-checkin");
        String[][] spotsWeek1 = {
            {"1", "07:12", "dev", "14.074 FT8 ZL1BQ -12, long path wide open rn"},
            {"1", "07:40", "walt", "7.155 SSB EA8 59, booming"},
            {"1", "21:05", "dev", "10.136 FT8 PY2 -08"},
            {"2", "06:55", "dev", "21.074 FT8 JA1 -15 first JA this season!!"},
            {"2", "12:10", "kenji", "28.400 SSB CT1 57 ten metres is alive"},
            {"3", "07:20", "dev", "18.100 FT8 VK6 -18 grey line"},
            {"3", "17:30", "barb", "3.760 SSB GB2RL special event, 57 here"},
            {"4", "06:40", "dev", "14.074 FT8 KH6 -20 barely there"},
            {"4", "22:15", "dev", "7.074 FT8 W1 -10 the usual evening pileup"},
            {"5", "07:05", "dev", "24.915 FT8 ZS6 -11"},
            {"6", "09:30", "walt", "14.250 SSB VP8 55 Falklands!"},
            {"6", "11:20", "dev", "50.313 FT8 EA7 -17 six metres sporadic E in october??"},
            {"7", "08:00", "dev", "21.074 FT8 9M2 -13"},
        };
        spots(spotsWeek1);
        Post efhw = say(2, "12:00", shackTalk, walt, "finally got the EFHW up in the oak, 40m to 10m no tuner");
        Post height = re(2, "12:30", kenji, efhw, "nice! what height?");
        re(2, "13:00", walt, height, "about 9m at the feed, sloping down to the fence");
        say(2, "19:20", netsAndSkeds, barb,
                "Net starts in 10 minutes! Same sheet as always: https://forms.ridgelinearc.org/net-checkin");
        Post record = say(2, "20:45", netsAndSkeds, kenji, "good net tonight, 14 check-ins is a record no?");
        re(2, "20:50", barb, record, "15 with the late one from Walt 😄 record indeed");
        Post study = say(1, "20:10", licenseStudy, ines, "Hi! I passed my Foundation last month (yay) and now "
                + "studying for the Intermediate. Any good resources? The book is so dry 😅");
        re(1, "20:16", dev, study,
                "congrats!! these helped me a lot: https://www.essexham.co.uk/intermediate-licence-course");
        say(1, "20:17", licenseStudy, dev, "https://hamexam.org/view_pool/intermediate for the question pools to drill");
        say(1, "20:18", licenseStudy, dev, "and this playlist explains the electronics bits better than the book "
                + "https://www.youtube.com/playlist?list=PLintermediateRSGB");
        say(1, "20:19", licenseStudy, dev, "oh and the syllabus itself, so you know what's actually examined "
                + "https://rsgb.org/main/clubs-training/for-students/intermediate/");
        say(1, "20:40", licenseStudy, ines, "Wow thank you Dev! Saving all of them 🙏");
        Post dipole = say(3, "21:00", licenseStudy, ines,
                "Question: why a dipole is half wave? why not full wave? I don't get the explanation in chapter 4");
        Post waltD = re(3, "21:25", walt, dipole, "Good question. A half wave dipole is resonant: the current peaks "
                + "in the middle where you feed it, so it shows a nice low impedance, about 70 ohms. A full wave fed in "
                + "the middle puts you at a voltage peak, thousands of ohms, hard to match. That's the gist.");
        re(3, "21:40", ines, waltD, "Ahhh ok it's about where you feed it. Makes sense now, thank you!");
        say(4, "18:00", netsAndSkeds, barb, "Thanks all for Tuesday. If you checked in on air but didn't fill the "
                + "sheet, please add yourself so the log is complete: https://forms.ridgelinearc.org/net-checkin");
        Post swr = say(5, "20:00", licenseStudy, ines, "Last one for this week: SWR 1.5 is good or bad?");
        Post kenjiSwr = re(5, "20:12", kenji, swr, "1.5 is fine, most rigs are happy under 2. don't chase 1.0");
        re(5, "20:15", ines, kenjiSwr, "ok good, thank you Kenji");
        Post rally = say(6, "10:00", shackTalk, kenji, "anyone going to the rally at Newark next sunday?");
        re(6, "10:30", walt, rally, "Going, hunting for a cheap rotator");
        re(6, "11:05", dev, rally, "me too, can give someone a lift from town");

        // Week 2.
        Post hello = say(8, "11:00", shackTalk, rory, "Hi all, Rory here, M0RQY, licensed 20 yrs. I refurbish old "
                + "radios as a side business. Got a lovely FT-891 just back from the bench, fully aligned, $520 shipped. "
                + "DM me if interested");
        re(8, "11:20", kenji, hello, "welcome Rory");
        say(8, "14:30", dmRoryInes, rory, "Hi Ines, saw you just got licensed 🎉 New hams always overpay for their "
                + "first rig. I've got a refurbished FT-891 for $520, could do $480 for you as a newcomer. Want pics?");
        say(9, "10:00", antennaLab, rory, "Also have a refurbished MFJ-949 tuner, $90, and the FT-891 is still "
                + "available at $520. DM me.");
        say(9, "18:00", dmRoryInes, rory, "Hi again, did you get a chance to look? price is good till Friday");
        say(9, "21:10", dmRoryInes, ines, "Hi Rory, thank you but I'm not buying a radio yet, I borrow the club one "
                + "for now 🙂");
        String[][] spotsWeek2 = {
            {"8", "07:00", "dev", "14.074 FT8 VK3 -14"},
            {"8", "19:45", "kenji", "7.130 SSB OH2 57"},
            {"9", "06:50", "dev", "18.100 FT8 ZL2 -16 again on 17m"},
            {"10", "07:15", "dev", "21.074 FT8 VU2 -12"},
            {"10", "21:00", "walt", "3.573 FT8 VE1 -19 on 80m with the EFHW"},
            {"11", "08:05", "dev", "28.074 FT8 LU1 -09"},
            {"12", "07:30", "dev", "14.195 SSB 3B8 55 Mauritius"},
            {"13", "10:20", "barb", "145.500 FM GB4RL portable on the ridge, come say hi"},
            {"13", "16:40", "dev", "10.136 FT8 TI2 -15"},
            {"14", "07:50", "dev", "24.915 FT8 A71 -13"},
            {"14", "18:10", "dev", "7.074 FT8 4X4 -07"},
        };
        spots(spotsWeek2);
        Post balun = re(10, "19:00", kenji, efhw, "@Walt Kozlowski meant to ask, what unun did you use on the EFHW? "
                + "homebrew or bought? mine gets warm at 100w and I don't trust it");
        Post mock = say(10, "20:30", licenseStudy, ines, "Mock exam today: 41/46 🎉");
        re(10, "20:41", dev, mock, "ez pass territory!").react("🎉", ines);
        mock.react("🎉", walt, kenji);
        Post crimp = say(11, "12:00", shackTalk, walt,
                "anyone got a spare PL-259 crimp tool I can borrow for the weekend? mine's walked off");
        Post devCrimp = re(11, "12:20", dev, crimp, "I've got one, will bring it to the rally");
        re(11, "12:25", walt, devCrimp, "star, thanks Dev");
        Post mast = say(12, "09:10", antennaLab, walt, "Put a second guy line on the mast after Thursday's wind. "
                + "Not taking chances with the neighbour's greenhouse again 😂");
        mast.react("😂", dev, barb);
        say(12, "20:00", shackTalk, kenji, "bump on the unun question Walt, no rush, just curious what core you used");
        say(13, "17:30", shackTalk, walt, "Rally was good. Got a rotator for 40 quid, no idea if it works yet");
        say(13, "17:45", shackTalk, dev, "40 quid is a steal even as parts");
        say(14, "11:00", licenseStudy, ines, "Booked my Intermediate practical for November 🤞");

        // Week 3.
        say(15, "19:00", netsAndSkeds, barb, "Net tomorrow 19:30 as usual, 145.650. Sheet: "
                + "https://forms.ridgelinearc.org/net-checkin");
        Post foundation = say(17, "18:20", licenseStudy, kenji, "my son (13) is starting the Foundation next month. "
                + "Ines what did you find hardest in the practical part?");
        Post inesHelp = re(17, "18:45", ines, foundation, "For me the hardest was the soldering of the PL259 plug! "
                + "Practise it at home 3 or 4 times before, with cheap cable. And the SWR meter part, make him do it "
                + "on a real antenna, not only read. He will be fine 😊");
        re(17, "19:00", kenji, inesHelp, "great tips, thank you! he's already burnt one finger so we're off to a start");
        inesHelp.react("🙏", kenji);
        say(18, "07:20", dxSpots, dev, "14.074 FT8 ZL1 -10 ZL every morning this week");
        say(19, "20:10", shackTalk, walt, "Rotator works! Just needed a new cap in the control box");
    }

    private void spots(String[][] lines) {
        for (String[] line : lines) {
            Persona who = switch (line[2]) {
                case "dev" -> dev;
                case "walt" -> walt;
                case "kenji" -> kenji;
                default -> barb;
            };
            say(Integer.parseInt(line[0]), line[1], dxSpots, who, line[3]);
        }
    }

    // C. Beekeepers. The chair's apiary session sign-up, reminded twice; a honey and nuc seller who pushes nucs
    // outside the trade channel and later leaves a returning customer waiting; a swarm call to someone away for
    // the weekend; a member who tells the room only about his own hives.
    private void bees() {
        say(1, "09:00", apiaryDays, agnes, "Last open apiary session of the season is Saturday 24th, 10am at the "
                + "Hollow Oak site: winter prep, feeding and mouse guards. Numbers limited to 12 because of suits, "
                + "sign up here: https://forms.hollowoakbees.org/apiary-oct");
        Post heather = say(2, "08:30", honeyTrade, tomasz, "Heather honey is in. 340g jars £7.50, 454g £9. "
                + "Collection from Fenwick or the Saturday market.");
        Post obiJars = re(2, "09:15", obi, heather, "put me down for 2 of the big ones");
        Post market = re(2, "09:40", tomasz, obiJars, "done, Saturday at the market?");
        re(2, "09:48", obi, market, "👍");
        Post places = say(3, "18:00", apiaryDays, agnes, "7 places left for the 24th. Please sign up on the form so "
                + "we know how many suits to bring: https://forms.hollowoakbees.org/apiary-oct");
        Post daughter = re(3, "18:30", sunniva, places, "signed up! can I bring my daughter (14)?");
        re(3, "18:45", agnes, daughter,
                "Of course, under 16s just need a grown-up with them. I'll put a small suit aside.");
        Post count = say(4, "19:10", varroaWatch, leona, "did my oxalic drip count, 3 mites per day on the board "
                + "in hive 2. treat now or wait for broodless?");
        re(4, "19:30", fergus, count, "I'd wait til it's broodless, december");
        Post obiC = re(4, "19:42", obi, count, "3/day in october is fine honestly, I'd wait too");
        re(4, "20:05", leona, obiC, "ok waiting, thanks both");
        Post wasps = say(5, "12:00", hiveTalk, obi, "wasps finally calming down at mine. lost one weak nuc to them tho 😞");
        Post fergusW = re(5, "12:30", fergus, wasps, "sorry mate. did you have the entrance reduced?");
        re(5, "13:10", obi, fergusW, "not enough clearly. lesson learned");
        say(6, "09:30", apiaryDays, agnes,
                "3 places left for Saturday the 24th! https://forms.hollowoakbees.org/apiary-oct");
        Post ivy = say(7, "15:00", hiveTalk, sunniva, "the ivy is HUMMING today, bees everywhere on it");
        re(7, "15:25", leona, ivy, "same here, the smell of ivy honey in the hive though 😂").react("😂", sunniva);

        // Week 2.
        say(8, "10:00", honeyTrade, tomasz, "Booking 2027 nucs now: 5-frame Buckfast nucs, £185, May delivery. "
                + "10% deposit holds one. DM me to reserve.");
        Post nucs = say(10, "12:30", hiveTalk, tomasz, "If anyone's planning to expand next year, my treatment-free "
                + "Buckfast nucs are £185 and going fast, DM me to get on the list 🐝");
        Post tf = re(10, "12:50", leona, nucs,
                "is treatment-free actually a thing tho? genuine question, our club varroa counts say otherwise");
        Post fair = re(10, "13:30", tomasz, tf, "Fair question. I monitor and treat when counts say so, so "
                + "'treatment-free' is a stretch, you're right. Low-treatment is more honest, I'll say that.");
        re(10, "13:41", leona, fair, "respect for that 👍");
        say(11, "18:00", varroaWatch, fergus, "anyone used the new formic strips? curious how hard they are on queens");
        say(11, "18:40", varroaWatch, agnes, "I lost a queen to them two years ago in a hot spell. Fine when it's cool.");
        say(12, "19:00", apiaryDays, agnes, "Full up for Saturday, thank you all! See you at 10, bring gloves.");
        Post swarm = say(13, "11:00", swarmAlerts, obi, "SWARM reported on a hedge on Mill Lane, Fenwick, about "
                + "head height. I'm in Leeds today. @Leona Baptiste you're in Fenwick, can you grab it? Owner's number in DM");
        re(13, "11:40", sunniva, swarm, "I can't, no box here. anyone?");
        Post agnesGo = say(13, "13:10", swarmAlerts, agnes,
                "I'll go after the apiary session, there in 30 with a skep");
        say(13, "15:00", swarmAlerts, agnes, "Got it. Lovely calm swarm, a late one for October though, they'll need "
                + "feeding all winter");
        agnesGo.react("🙌", obi, sunniva);
        Post session = say(13, "17:20", apiaryDays, agnes, "Fantastic session today, 12 of you, thank you! Mouse "
                + "guards on, fondant on, and a bonus swarm for the road.");
        session.react("❤️", sunniva, obi, fergus);
        re(13, "18:00", sunniva, session, "my daughter wants her own hive now. send help 😂");
        say(14, "16:00", hiveTalk, fergus, "quiet sunday, just hefted mine, all feel heavy");

        // Week 3.
        re(15, "08:10", leona, swarm, "so sorry Obi, I was at my sister's all weekend with no signal. glad Agnes "
                + "got it!");
        Post jars = re(15, "12:00", sunniva, heather, "@Tomasz Zielinski I bought two of your heather jars at the "
                + "market last month and my mum is obsessed. Any left for christmas? would want 4 of the big ones");
        say(16, "09:20", hiveTalk, tomasz,
                "anyone else seeing ivy honey crystallise in the frames already? it's like concrete");
        say(16, "09:45", hiveTalk, obi, "yep, they'll cope, they just take water in on warm days");
        say(17, "17:00", varroaWatch, tomasz, "did oxalic vapour on all 14 hives today, drop boards in");
        say(18, "11:30", honeyTrade, tomasz, "Wax blocks available, clean and filtered, £12/kg. Collection Fenwick.");
        re(19, "18:00", sunniva, jars, "bump 🙂 4 jars of the heather if there are any left @Tomasz Zielinski");
        say(20, "08:40", varroaWatch, tomasz, "drop boards after the vapour: 60-120 mites each, glad I did it");
        String[][] fergusWeek = {
            {"15", "07:30", "hive", "My hive 4 is the heaviest I've ever had going into winter, I hefted it this "
                + "morning and I could barely lift the back of my stand."},
            {"15", "19:00", "hive", "I've decided I'm going double brood on all my colonies next year, my gut says "
                + "my queens need the room."},
            {"16", "07:20", "varroa", "My mite drop this week: 1, 0, 2, 1 across my four hives. I think my timing on "
                + "my treatment was perfect this year."},
            {"16", "20:15", "hive", "I built my own insulated crown boards last night, my own design, I'll probably "
                + "write it up on my blog at some point."},
            {"17", "07:40", "hive", "Hefted all my hives again. My bees are in better shape than I've ever had "
                + "them, honestly."},
            {"17", "21:00", "varroa", "My neighbour's bees are robbing my weak nuc, so I've reduced my entrance to "
                + "one bee space."},
            {"18", "07:10", "hive", "I'm thinking of rearing my own queens next year, I've ordered my cell punch and "
                + "my mating nucs already."},
            {"18", "19:40", "hive", "My honey total for the year came to 96 lbs, my best year by far."},
            {"19", "08:00", "hive", "I've put my mouse guards on, my fondant on, I'm basically done for the year."},
            {"20", "07:30", "varroa", "My sticky boards are clean, I'm not treating again till I see more than 5 a "
                + "day on mine."},
            {"20", "18:00", "hive", "I'll be honest, I think my method this year beat anything in the books."},
            {"21", "09:00", "hive", "My last look of the year is done. My bees, my rules 😄"},
        };
        List<Post> fergusPosts = new ArrayList<>();
        for (String[] line : fergusWeek) {
            fergusPosts.add(say(Integer.parseInt(line[0]), line[1], line[2].equals("hive") ? hiveTalk : varroaWatch,
                    fergus, line[3]));
        }
        re(16, "20:40", obi, fergusPosts.get(3), "nice, would love to see that design sometime");
        re(18, "20:05", leona, fergusPosts.get(7), "96 is great, congrats");
        fergusPosts.get(7).react("👏", agnes);
    }

    // D. An indie perfume house's own server. The team announcing its own release; a member pushing his decant shop
    // and pitching a newcomer; a customer's order question left while one of the team was off sick and the other
    // kept posting; an advocate answered the same day; a scent-of-the-day room where everyone posts to the room.
    private void scent() {
        say(1, "10:00", newReleases, celeste, "Introducing Ember Vetiver, our autumn release 🍂 smoky vetiver, "
                + "cardamom, a little birch tar. 50ml $118, samples $6. Shop: https://nocturneparfums.com/ember-vetiver")
                .react("😍", bea, karolina).react("🔥", yusuf);
        say(3, "16:00", newReleases, celeste,
                "Ember Vetiver samples are back in stock: https://nocturneparfums.com/ember-vetiver");
        say(6, "11:00", newReleases, celeste, "Weekend only: a free sample of Ember with any full bottle "
                + "https://nocturneparfums.com/ember-vetiver");
        String[][] sotdWeek1 = {
            {"1", "08:05", "karo", "SOTD: Fig Nocturne, rainy monday vibes"},
            {"1", "08:40", "bea", "Ember Vetiver sample arrived this morning so that's me today 🔥"},
            {"1", "20:30", "karo", "evening switch to Santal 33, sorry Celeste 😂"},
            {"2", "07:50", "karo", "SOTD Tam Dao, office safe"},
            {"2", "12:15", "yusuf", "Ember today. It's like sitting next to a campfire in a library"},
            {"3", "08:10", "karo", "Ember Vetiver day 1 for me, the birch tar is LOUD on my skin"},
            {"3", "19:00", "karo", "Ember dry down 11 hours later is gorgeous tho, creamy smoky"},
            {"4", "08:00", "karo", "SOTD Musc Ravageur because it's cold and I'm cold"},
            {"4", "09:30", "bea", "Fig Nocturne, always and forever"},
            {"5", "07:55", "karo", "SOTD Ember again, hooked"},
            {"5", "13:00", "celeste", "Wearing the winter mod of Ember in the studio today, shhh 🤫"},
            {"6", "10:10", "karo", "saturday: Bal d'Afrique for brunch"},
            {"6", "21:00", "karo", "layered the Fig with a drop of Ember tonight... wow"},
            {"7", "09:00", "karo", "SOTD nothing, skin break sunday"},
            {"7", "18:30", "yusuf", "Ember again, third day in a row, send help"},
        };
        for (String[] line : sotdWeek1) {
            Persona who = switch (line[2]) {
                case "karo" -> karolina;
                case "bea" -> bea;
                case "yusuf" -> yusuf;
                default -> celeste;
            };
            say(Integer.parseInt(line[0]), line[1], sotd, who, line[3]);
        }
        say(2, "14:00", swapDecant, jasper, "Restocked my decant shop: Baccarat, Kilian, Nishane, 2ml from $4. Use "
                + "code JASPER10 for 10% off https://jaspersdecants.shop");
        Post split = say(3, "19:30", swapDecant, bea, "anyone want to split a bottle of Ember 50? I only need 15ml");
        re(3, "20:10", karolina, split, "me! 15ml too?").react("🙌", bea);
        Post fig = say(5, "18:00", layeringLab, bea, "Fig Nocturne + a tiny dab of vanilla absolute = dessert");
        re(5, "18:30", yusuf, fig, "trying this tomorrow");
        say(5, "19:10", layeringLab, jasper, "for layering experiments it's way cheaper to buy decants, my shop has "
                + "200+ options, JASPER10 still works https://jaspersdecants.shop");

        // Week 2.
        say(8, "08:00", askTheTeam, marguerite,
                "Morning all, I'm off sick until Thursday; Celeste is covering orders in the meantime 🤒");
        Post hi = say(8, "09:15", sotd, noor, "Hi everyone! just found you via a review video, never tried niche "
                + "perfume before. What should I start with? 🙈");
        re(8, "09:40", jasper, hi, "welcome! don't blind buy full bottles, sample first. I run a decant shop, 2ml "
                + "of most niche houses from $4, DM me and I'll put a starter set together for you");
        re(8, "10:05", celeste, hi, "Welcome Noor! Our discovery set is the gentlest way to try all eight of ours, "
                + "and people here are great for recommendations.");
        Post bf = re(8, "10:20", bea, hi, "start with Fig Nocturne, trust me");
        re(8, "11:00", noor, bf, "noted!! thank you all, what a warm welcome");
        Post order = say(9, "10:00", askTheTeam, yusuf, "Hi, order #NP-4471 placed on the 12th still says "
                + "'processing'. 9 days now. Can someone check? It was meant to be a birthday gift 😕");
        say(9, "14:00", newReleases, celeste, "Behind the scenes: macerating the winter batch 🕯️ it smells like a "
                + "church full of oranges in here");
        say(10, "08:30", sotd, celeste, "SOTD: the winter batch on one wrist, Ember on the other");
        Post clove = say(10, "12:00", layeringLab, karolina, "has anyone layered Ember with anything clove-y?");
        re(10, "12:40", celeste, clove, "Try it over a plain clove oil, it pushes the smoke back and the spice up. "
                + "We tested that pairing for the winter batch!");
        say(10, "17:00", askTheTeam, yusuf, "Still nothing on #NP-4471, anyone there?");
        Post backNow = re(11, "09:00", marguerite, order, "Hi Yusuf, so sorry, I'm back today and just checked: "
                + "your order got stuck on a label error. It's shipped now, tracking is in your email, and I've added "
                + "a sample of the winter batch for the wait.");
        re(11, "09:30", yusuf, backNow, "Thank you Marguerite!! 🙏 just in time");
        String[][] sotdWeek2 = {
            {"8", "08:20", "SOTD Ember, Monday armour"},
            {"9", "08:05", "Fig Nocturne"},
            {"11", "07:45", "SOTD: Oud Wood, borrowed from my brother"},
            {"12", "08:30", "Ember, obviously"},
            {"13", "11:00", "saturday: testing the clove + Ember idea, Celeste was right"},
        };
        for (String[] line : sotdWeek2) {
            say(Integer.parseInt(line[0]), line[1], sotd, karolina, line[2]);
        }
        say(12, "15:00", swapDecant, jasper, "Anyone have a Kilian they'd swap for some of my Nishane decants?");

        // Week 3.
        Post figBack = say(15, "10:00", newReleases, celeste, "Fig Nocturne restock is brewing for November 🍂");
        Post bookClub = re(16, "11:00", bea, figBack, "@Celeste Arroyo I told my whole book club about Fig Nocturne "
                + "and three of them ordered lol. Will the fig come back in 50ml? the 100 is a lot for them");
        re(16, "13:20", celeste, bookClub, "Bea, you're a star, thank you for sending them our way! Yes, the 50ml "
                + "fig is back in the November batch, I'll ping you the day it's live.");
        say(17, "08:10", sotd, karolina, "SOTD: Ember, grey cold wednesday so it fits");
        say(18, "09:00", sotd, noor, "my discovery set came!! Fig Nocturne first, Bea was right 😍")
                .react("❤️", bea, celeste);
        say(19, "08:00", sotd, yusuf, "the winter sample Marguerite put in, wow. when does that launch?");
        say(19, "10:30", sotd, marguerite, "Yusuf: first week of December! glad it landed well.");
    }

    // E. Cosplay makers. A wig maker asking the critique room to roast his wig; a tangled wig; an armour maker who
    // talks shop with other makers all week while a buyer's request waits; someone taking feedback three times and
    // giving none; the group shoot's sign-up and its reminders.
    private void cosplay() {
        say(1, "10:00", commissions, juno, "Commissions open for Nov/Dec: EVA foam armour, pauldrons up to full "
                + "sets. From £120 per piece, DM me with refs.");
        say(1, "10:30", commissions, ravi, "Wig commissions open, 3 slots before MCM: styled lacefronts from £90. "
                + "DM for a quote.");
        Post kafka = say(2, "19:00", critiqueCorner, ravi, "New wig for my Kafka cosplay, first time doing a sharp "
                + "undercut look. Roast it, would love honest feedback before I wear it to MCM: "
                + "https://instagram.com/p/ravibhatwigs-kafka");
        Post fringe = re(2, "19:30", dario, kafka, "the colour gradient is chef's kiss. the fringe looks a bit heavy "
                + "on the left tho, maybe thin it with texturizing shears?");
        re(2, "19:45", ravi, fringe, "ooh yeah I see it now. will thin it tonight");
        say(3, "09:10", critiqueCorner, ravi, "thinned it, way better, thanks man");
        Post nezuko = say(3, "21:00", wigStyling, maelle, "ok I need help. my arda wig for Nezuko keeps tangling at "
                + "the back after like an hour of wear. I've tried a fabric softener soak, I tried silicone spray, I "
                + "brushed it from the ends up like the videos say, and I even cut off the worst bits but my wig still "
                + "looks like a bird's nest by lunchtime. I'm wearing it on the 31st and I'm honestly about to cry. my "
                + "last two wigs did the exact same thing, so it must be me. what am I doing wrong??");
        Post collar = re(3, "21:20", ravi, nezuko, "the back tangles from friction with your collar. wig cap, spray "
                + "the nape section with 1:1 water/conditioner, and braid the under layer if it's long");
        re(3, "21:35", maelle, collar, "omg I didn't even think about the collar. my kimono collar is literally "
                + "rubbing it all day. I'll braid underneath, thank you!!");
        say(4, "10:00", wigStyling, maelle, "update: braided under layer + the spray, wore it 4 hours, NO nest 😭🙏");
        Post gauntlet = say(4, "18:00", wipArmor, kit, "mando gauntlet primed, weathering tomorrow");
        re(4, "18:20", juno, gauntlet, "looking clean! what primer?");
        Post primer = say(4, "18:35", wipArmor, kit, "plasti dip, 3 coats");
        re(4, "18:40", dario, primer, "same, never going back");
        say(6, "14:00", wipArmor, dario, "heat gun died mid bevel. rip");

        // Week 2.
        Post hylian = say(8, "09:00", commissions, elodie, "Looking for someone to make a Zelda (TOTK) Hylian armour "
                + "chest piece + bracers by early December, budget around £300. Anyone?");
        re(8, "10:15", ravi, hylian, "not armour sorry, but @Dario Ruiz does zelda stuff I think? and there are "
                + "armour makers here");
        re(8, "11:00", dario, hylian, "I'm hobby only, sorry! but there's definitely people here who take commissions");
        Post sealing = say(8, "12:00", wipArmor, juno,
                "@Dario Ruiz how are you sealing foam clay before paint? mine keeps cracking");
        Post thin = re(8, "12:25", dario, sealing, "thin layers + heat gun between, then plasti dip");
        re(8, "12:40", juno, thin, "thin layers, got it. I've been slapping it on way too thick");
        Post mercury = say(8, "19:00", critiqueCorner, freya,
                "first time doing a full Sailor Mercury, posting front + back. go easy, be honest");
        Post pleats = re(8, "19:30", juno, mercury, "the bow proportions are really good! skirt pleats are a bit "
                + "uneven at the back, a steam press with a pressing cloth would fix it");
        re(8, "19:40", freya, pleats, "ugh yes the pleats. thanks");
        Post weather = say(9, "17:00", wipArmor, kit, "weathering done on the gauntlet, too much?");
        re(9, "17:10", juno, weather, "Kit that weathering is unreal, not too much at all");
        Post hd = say(9, "17:30", wipArmor, juno,
                "anyone tried the new 10mm high density foam from the foam shop? @Kit Abernathy you had some right?");
        Post holds = re(9, "17:45", kit, hd, "yes! holds bevels way better, a bit harder to cut");
        re(9, "17:50", juno, holds, "sold, ordering tonight");
        Post tiara = say(10, "12:30", critiqueCorner, freya, "pleats fixed! also made the tiara, thoughts?");
        Post gloss = re(10, "12:50", maelle, tiara, "tiara is perfect, maybe a bit of gloss on the gem?");
        re(10, "13:05", freya, gloss, "ooh yes");
        say(10, "14:00", critiqueCorner, maelle, "would love eyes on my Nezuko kimono, the pattern alignment across "
                + "the back seam is bugging me and I can't tell if it's noticeable");
        say(10, "14:20", critiqueCorner, freya, "what gloss do people use on resin gems? UV resin or varnish?");
        Post sword = say(10, "16:00", conMeetups, elodie, "also, anyone making props for MCM? I need a master sword, "
                + "happy to pay");
        re(10, "16:30", kit, sword, "not me sorry, I'd be scared to take money for my props 😂");
        Post group = say(11, "20:00", wigStyling, juno, "@Ravi Bhat could you do a matching wig for my Kafka group? "
                + "thinking 3 of us");
        Post ravi3 = re(11, "20:20", ravi, group, "for you? absolutely, send me the refs");
        re(11, "20:30", juno, ravi3, "legend, sending tomorrow");
        Post fit = say(12, "19:00", critiqueCorner, freya, "full fit test for Mercury! last check before the 31st, "
                + "anything look off?");
        Post boots = re(12, "19:20", dario, fit, "boots need a bit more shine, otherwise it's screen accurate 💯");
        re(12, "19:30", freya, boots, "thanks!!");
        say(12, "20:00", wipArmor, juno, "pauldron #2 patterned, the curve on this one is nasty");
        Post mando = say(13, "11:00", critiqueCorner, kit, "my first try at a mandalorian helmet, roast me. the "
                + "visor angle feels off but I can't say why");
        say(13, "11:30", conMeetups, freya, "who's doing the Sunday shoot? I might bring Mercury for a test run");
        re(13, "12:00", juno, mando, "visor sits a touch low, raise it 3-4mm and it'll read right");
        say(13, "12:20", wipArmor, juno, "bevels on pauldron #2 done, finally");
        say(14, "15:00", wipArmor, juno, "foam clay on the trim, thin layers this time like Dario said");

        // Week 3.
        say(15, "10:00", conMeetups, kit, "Seam Rippers group shoot: Sunday 1st Nov, Riverside Park bandstand, 2pm. "
                + "Free, just bring your fit. Sign up here so we can plan group shots: https://forms.gle/seamrippers-shoot");
        Post sorry = re(15, "18:00", juno, hylian, "@Elodie Marchetti sorry, I completely missed this! still need the "
                + "Hylian set? I could do chest + bracers by Dec 5 for about £280");
        re(15, "18:30", elodie, sorry, "yes!! DMing you now");
        say(16, "20:00", critiqueCorner, freya, "Mercury is DONE, thanks for all the notes everyone ✨");
        say(17, "19:00", conMeetups, kit, "14 signed up so far! If you're coming please add yourself so we can "
                + "sort groups by fandom: https://forms.gle/seamrippers-shoot");
        say(18, "12:00", wigStyling, ravi, "Kafka group wigs are cut, styling the first one tonight");
        say(20, "12:00", conMeetups, kit,
                "Last reminder, shoot is Sunday 2pm, form closes tonight: https://forms.gle/seamrippers-shoot");
        say(21, "18:00", conMeetups, maelle, "today was SO fun, thank you Kit for organising 🙌");
    }

    // F. Mushroom foragers. A grow-kit seller dropping his sale into three channels in half an hour, then told off
    // and answering a request with his own kit; the ID expert away for a weekend, then sending the same key in
    // answer after answer; a recipe asked for and never given; a week of other people's articles.
    private void fungi() {
        Post pinning = say(1, "18:00", growTek, petra, "first ever oyster block is pinning!! 🍄");
        re(1, "18:15", lina, pinning, "yay! mist it twice a day and give it fresh air").react("🙏", petra);
        say(1, "20:00", forayPlans, quentin, "anyone out at Thetford this weekend? ceps are up apparently");
        say(1, "20:30", forayPlans, anouk, "I go Saturday! with my brother");
        say(2, "11:02", growTek, marcus, "Autumn special at Ebbe Spawn Co: all grow kits 15% off this week, lion's "
                + "mane, blue oyster, king oyster. Check out my kits: https://ebbespawn.co/kits");
        say(2, "11:20", forayPlans, marcus, "Going foraging this weekend? Grab a grow kit for the rainy days 😉 15% off: "
                + "https://ebbespawn.co/kits");
        Post drop = say(2, "11:41", idRequests, marcus,
                "While you wait for IDs, my kits are 15% off this week: https://ebbespawn.co/kits");
        Post off = re(2, "12:10", hollis, drop,
                "Marcus, please keep shop posts out of id-requests, this channel is for IDs only. Thanks.");
        re(2, "12:30", marcus, off, "sorry, fair enough, won't happen again");
        Post bolete = say(3, "10:00", idRequests, petra, "found these on birch in the woods behind the school, caps "
                + "about 8cm, brown, spongy underneath not gills. bolete?");
        Post scabers = re(3, "10:40", hollis, bolete, "Brown birch bolete (Leccinum scabrum), look at the dark "
                + "scabers on the stem. Edible well cooked, but older ones go mushy fast.");
        re(3, "10:55", petra, scabers, "scabers! that's the word I was missing, thanks");
        say(3, "19:00", sporePrints, quentin, "first spore print that actually worked, rusty brown. Cortinarius I think");
        say(3, "19:30", sporePrints, lina, "ooh nice, overnight on black and white paper?");
        say(3, "19:40", sporePrints, quentin, "white card only, next time half and half");
        say(4, "12:00", cookingHaul, quentin, "hen of the woods in butter with thyme, 10/10");
        say(4, "12:30", cookingHaul, lina, "jealous, never found one");
        say(5, "07:30", forayPlans, hollis, "I'm off on a foray in the Cairngorms this weekend, no signal, back "
                + "Monday. Be careful with IDs while I'm away!");
        Post amanita = say(5, "19:40", idRequests, anouk, "@Hollis Grebe is this Amanita? white, ring on the stem, "
                + "found under oak. I want to cook Sunday, please tell me 🙏");
        Post dont = re(5, "20:10", petra, amanita, "please don't cook ANYTHING white with a ring from under oak on "
                + "an internet guess, that's death cap territory. wait for Hollis.");
        re(5, "20:25", anouk, dont, "ok ok I wait, I promise");
        say(6, "17:00", forayPlans, anouk, "Thetford was amazing, 3 kinds of bolete and a lot of rain");
        say(6, "17:20", forayPlans, quentin, "same, we must have just missed each other");
        say(7, "16:00", growTek, quentin, "anyone growing on coffee grounds? worth it or gimmick?");
        say(7, "16:30", growTek, petra, "gimmick in my experience, contaminates fast");

        // Week 2.
        Post binned = re(8, "08:30", hollis, amanita, "Anouk, just back: the bulb at the base with a sac around it "
                + "makes this an Amanita, quite possibly phalloides. Do NOT eat it, and wash your hands after handling. "
                + "Glad you waited. The key I always send: https://www.mycokey.org/beginners");
        re(8, "09:00", anouk, binned, "oh my god. binned it. thank you both 🙏");
        Post chant = say(9, "10:00", idRequests, lina,
                "chanterelles or false chanterelles? from the pine forest, they smell like apricots");
        Post ridges = re(9, "10:30", hollis, chant, "True chanterelles: blunt ridges, not gills, forking and running "
                + "down the stem, and that apricot smell. Work it through the key: https://www.mycokey.org/beginners");
        re(9, "10:45", lina, ridges, "ridges it is. thanks Hollis!");
        Post butter = say(9, "19:30", cookingHaul, lina, "chanterelle butter on toast tonight, best thing I've made "
                + "all year");
        Post ink = say(10, "09:00", idRequests, quentin, "inky cap from the lawn, shaggy, or the one you can't have "
                + "with wine?");
        re(10, "09:20", hollis, ink, "Shaggy ink cap (Coprinus comatus), fine with wine, the common ink cap is the "
                + "one that isn't. Key, as ever: https://www.mycokey.org/beginners");
        Post lm = say(10, "11:00", growTek, lina, "does anyone know where to get a decent lion's mane kit in the EU? "
                + "the amazon ones all arrive contaminated");
        Post kit = re(10, "11:25", marcus, lm, "I ship to the EU, lion's mane kits are €24 and I replace it if it "
                + "doesn't fruit: https://ebbespawn.co/kits/lions-mane. Mist twice a day, keep it out of direct sun.");
        re(10, "11:40", lina, kit, "ordered one, thanks!");
        Post green = say(10, "18:00", growTek, petra, "uh oh, green patches on my oyster block. trichoderma?");
        Post tricho = re(10, "18:30", marcus, green, "Looks like it. Bag it and bin it outside, don't open it "
                + "indoors. Your next block, flame the knife and keep the cut small.");
        re(10, "18:45", petra, tricho, "noooo. ok thanks Marcus");
        Post recipe = re(11, "19:00", quentin, butter, "@Lina Haddad ok you have to share that chanterelle butter "
                + "recipe, how much garlic??");
        say(12, "08:00", idRequests, lina, "another one from the pines: slimy brown cap, sponge underneath. slippery jack?");
        say(12, "08:30", idRequests, hollis, "Slippery jack, yes. Peel the cap skin before cooking.");
        say(12, "18:00", growTek, lina, "lion's mane kit arrived, already pinning 👀");
        say(13, "20:00", cookingHaul, lina, "porcini risotto attempt 2 went way better, used the soaking water");
        say(14, "10:00", forayPlans, petra, "next group foray: Sunday 8th, Wendover woods?");
        recipe.react("👀", petra);

        // Week 3.
        String[][] quentinWeek = {
            {"15", "09:00", "foray", "https://www.bbc.co.uk/news/science-environment-fungi-networks"},
            {"15", "09:05", "foray", "wild that they think the networks are smaller than claimed"},
            {"15", "18:00", "spore", "https://www.theguardian.com/science/2026/oct/spore-printing-art"},
            {"16", "08:00", "grow", "https://www.nytimes.com/2026/10/27/dining/lions-mane-craze.html"},
            {"17", "07:45", "cook", "https://www.seriouseats.com/how-to-clean-wild-mushrooms"},
            {"17", "20:00", "foray", "https://www.nature.com/articles/fungal-fruiting-drought-2026"},
            {"18", "09:00", "foray", "this drought thing explains why the pines were empty last week"},
            {"18", "12:00", "id", "https://www.atlasobscura.com/articles/the-mushroom-that-glows"},
            {"19", "08:30", "spore", "https://www.smithsonianmag.com/science-nature/spore-colour-genetics"},
            {"20", "10:00", "foray", "https://www.bbc.co.uk/news/uk-scotland-fungi-record-year"},
            {"21", "11:00", "cook", "https://www.bonappetit.com/story/mushroom-stock"},
        };
        List<Post> qPosts = new ArrayList<>();
        for (String[] line : quentinWeek) {
            Channel where = switch (line[2]) {
                case "foray" -> forayPlans;
                case "spore" -> sporePrints;
                case "grow" -> growTek;
                case "cook" -> cookingHaul;
                default -> idRequests;
            };
            qPosts.add(say(Integer.parseInt(line[0]), line[1], where, quentin, line[3]));
        }
        Post paywall = re(16, "08:10", petra, qPosts.get(3), "paywalled for me :(");
        re(16, "08:25", quentin, paywall, "ah sorry, the gist is lion's mane prices crashed because everyone's "
                + "growing it now");
        Post good = re(19, "08:45", anouk, qPosts.get(8), "oh that's a good one");
        re(19, "08:50", quentin, good, "right?");
        say(16, "19:00", forayPlans, hollis, "Sunday 8th works for me, I'll lead if people want");
        say(17, "12:00", cookingHaul, lina, "made mushroom stock from all the stems in the freezer, house smells amazing");
    }

    // G. Guitar builders. A builder helped three days running who answers nobody and passes over a question about
    // the bender he uses; a build log; a marketing studio pitching in three channels on its first day; a wood
    // seller who lists in the market and answers a question with his stock; an answer given by name, no reply link.
    private void luthiers() {
        Post gobar = say(1, "10:00", jigs, nnamdi, "building a go-bar deck for bracing. what length rods do you use "
                + "and how much bend? mine keep flying out 😬");
        Post rods = re(1, "10:40", ottilie, gobar, "Fibreglass rods, about 5 cm longer than the gap. If they fly out, "
                + "the deck is too short or the rods too stiff. A rubber tip on each end helps too.");
        re(1, "10:55", nnamdi, rods, "rubber tips, genius. thanks");
        say(1, "11:10", jigs, nnamdi, "sides are done already at least, I bend on a fox style bender with a silicone "
                + "heat blanket, works fine for mahogany");
        say(2, "09:00", tonewood, sergio, "Listing: 5 sets of Indian rosewood back & sides, AAA, £140/set; 10 "
                + "Engelmann spruce tops AA, £60. Shipping UK/EU.");
        Post dish = say(3, "19:00", jigs, nnamdi, "radius dish question: 28ft or 15ft for the back? building a dread");
        Post fifteen = re(3, "19:30", ottilie, dish, "15ft for the back, 25 or 28 for the top. That's what most "
                + "builders do.");
        re(3, "19:35", ottilie, fifteen, "@Nnamdi Okafor what thickness are your back and sides at? that changes it a bit");
        Post crack = say(4, "14:00", jigs, cal, "anyone here bend sides on a fox bender with a heat blanket? my "
                + "rosewood sides keep cracking at the waist, I'm at 2.2mm and spraying water on them");
        say(4, "14:30", jigs, nnamdi, "ok go-bar deck finished, pics tomorrow");
        say(5, "09:00", jigs, cal, "bump, any bender people?");
        re(5, "09:40", ottilie, crack, "2.2 is thick for rosewood at the waist, go down to 2.0 and use a spring steel "
                + "slat on both sides so it can't split outwards.");
        say(5, "10:00", jigs, cal, "2.0 and slats, will try, thanks Ottilie");
        Post filler = say(5, "19:00", finishing, nnamdi, "what's the best grain filler for mahogany under nitro? first time");
        Post zpoxy = re(5, "19:20", cal, filler, "I use Z-Poxy, two thin coats, scrape it flush");
        re(5, "19:30", nnamdi, zpoxy, "nice thanks");
        say(6, "12:00", tonewood, sergio, "Also Honduran mahogany neck blanks, quartersawn, £45. DM for pics.");
        say(7, "15:00", shopTalk, wren, "hi all! Wren, first build, an OM kit. already scared of the finish 😅");
        say(7, "15:20", shopTalk, ottilie, "Welcome Wren! Everyone is scared of the finish. Ask anything.");

        // Week 2.
        Post deck = say(8, "18:00", jigs, nnamdi, "go-bar deck done! braced my first top in it");
        deck.react("🔥", cal, ottilie);
        String[][] calLog = {
            {"8", "08:00", "OM #3, day 1: sides bent, 2.0mm and slats, zero cracks. thanks bender gods"},
            {"8", "20:30", "kerfing glued in, clothes pegs everywhere"},
            {"9", "08:15", "top braced. X brace scalloped a bit more than last time, tap tone is lovely"},
            {"9", "21:00", "back braces carved, 15ft dish"},
            {"10", "09:00", "closed the box! always the scariest glue-up"},
            {"10", "19:45", "binding channels routed, one small tear-out on the lower bout, fixable"},
            {"11", "10:30", "bindings on, tape everywhere, looks like a mummy"},
            {"12", "08:20", "scraped the bindings flush, the herringbone purfling is worth the pain"},
            {"12", "21:10", "neck blank cut, truss rod channel routed"},
            {"13", "11:00", "headstock veneer on, shaping the heel tomorrow"},
            {"14", "10:00", "heel carved. sunday well spent"},
        };
        List<Post> calPosts = new ArrayList<>();
        for (String[] line : calLog) {
            calPosts.add(say(Integer.parseInt(line[0]), line[1], buildLogs, cal, line[2]));
        }
        re(10, "09:30", ottilie, calPosts.get(4), "Congrats on closing it! Listen to it before the bindings go on.");
        calPosts.get(7).react("😍", wren, ottilie);
        say(9, "08:00", shopTalk, pavel, "Hi all, Pavel here. I run a small marketing studio for independent "
                + "luthiers, we help builders get a steady order book. If you're selling your guitars, book a free "
                + "15-minute call: https://calendly.com/pavel-hruby/luthier-growth");
        Post blush = say(9, "09:00", finishing, wren, "my first nitro finish is blushing (white haze) in patches, it's "
                + "so humid here. is it ruined??");
        re(9, "09:30", pavel, blush, "Humidity is a pain! Funny enough this is exactly what we help builders with: "
                + "getting the business side sorted so you can afford a proper spray booth. 15 min call, on me: "
                + "https://calendly.com/pavel-hruby/luthier-growth");
        Post retarder = re(9, "10:00", ottilie, blush, "Not ruined. Blush is moisture trapped in the lacquer. A light "
                + "mist of retarder, or wait for a warm dry day and spray a thin coat over it, and it usually clears. "
                + "Don't sand it.");
        re(9, "11:00", pavel, deck, "Great work! Builders like you are exactly who we help sell more guitars, "
                + "book a call: https://calendly.com/pavel-hruby/luthier-growth");
        Post hang = say(9, "11:30", shopTalk, ottilie, "Pavel, people here are mostly hobbyists building for "
                + "themselves. Maybe hang out a bit before the booking links?");
        re(9, "12:10", pavel, hang, "fair point, apologies");
        re(10, "18:00", wren, retarder, "retarder worked!!! the haze is gone. thank you Ottilie 🙏");
        Post bridge = say(11, "19:00", jigs, nnamdi, "anyone have a bridge clamp caul template? gluing the bridge friday");
        re(11, "19:30", cal, bridge, "trace the bridge on mdf, 3mm bigger all round, cut the saddle slot relief in");
        say(11, "19:40", jigs, nnamdi, "ok 👍");

        // Week 3.
        Post ebony = say(16, "10:00", finishing, wren,
                "where do you all buy fretboard blanks? the big sites are out of ebony");
        Post stock = re(16, "10:30", sergio, ebony, "I've got ebony fretboard blanks, slotted or unslotted, £28, in "
                + "my #tonewood-market listing. Otherwise the specialist suppliers restock in winter, worth waiting for.");
        re(16, "10:45", wren, stock, "slotted please! DMing you");
        Post grit = say(17, "10:00", finishing, wren, "@Ottilie Brandauer which grit did you stop at before starting "
                + "the french polish on your parlour guitar?");
        say(17, "16:00", shopTalk, cal, "anyone going to the guitar show in Birmingham?");
        say(18, "09:00", finishing, ottilie, "Wren: 320, then straight to pumice with the first bodying sessions. "
                + "No need to go finer.");
        say(18, "09:15", finishing, wren, "perfect, thanks!");
        grit.react("👀", cal);
        say(19, "18:00", buildLogs, cal, "OM #3 is strung up. it sounds like a real guitar, I'm shaking");
        say(20, "12:00", tonewood, sergio, "New in: 4 sets of flamed maple, £95/set.");
    }

    // H. Family historians. A newcomer helped by several people; a professional researcher answering with her own
    // guide, then advertising her hours, then asking for follows; a wins channel; a question asked on a Saturday and
    // answered on Monday; someone who turns every thread to her own tree.
    private void roots() {
        Post jan = say(1, "10:00", brickWalls, ilse, "Hi, new here. I can't find my great-grandfather Jan Kowal in "
                + "the 1921 census, he should be in Bradford. Tried every spelling I can think of. Any ideas?");
        Post street = re(1, "10:45", margit, jan, "Try searching by the street address instead of the name, if you "
                + "have it from a marriage or birth cert. Transcribers mangle Polish names all the time: Kowal could "
                + "be Koval, Cowall, even Rowal.");
        re(1, "11:00", ilse, street, "I have the address from his daughter's birth cert! trying now");
        Post guide = re(2, "09:30", rosalind, jan, "Adding to Margit: I wrote up how Eastern European names get "
                + "mangled in English census transcriptions, with the common letter swaps, it covers exactly this: "
                + "https://featherstonegenealogy.co.uk/blog/polish-names-census");
        re(2, "10:10", ilse, guide, "this is so helpful, the K→R thing!!");
        Post found = say(3, "18:00", censusTips, ilse, "Found him!! listed as 'John Rowal'. Next question: the 1921 "
                + "says 'out of work', where would I find if the family got poor relief?");
        Post guardians = re(3, "18:30", tomas, found, "Board of Guardians records at the local archive. For "
                + "Bradford that's the West Yorkshire Archive Service, Wakefield has most of them.");
        re(3, "18:40", ilse, guardians, "thank you! Wakefield is not far");
        Post cm = say(5, "20:00", dnaMatches, ilse, "how do I know if a 45cM match is real? she has no tree");
        Post shared = re(5, "20:30", harriet, cm, "45cM is usually 3rd-5th cousin. Look at your shared matches with "
                + "her, if they cluster on one side of your family it's real.");
        re(5, "20:45", ilse, shared, "ok clusters, got it, ty");
        String[][] desWeek1 = {
            {"2", "21:00", "FOUND my great-grandmother's baptism in a parish I'd never heard of!!"},
            {"4", "20:30", "and her sister! I didn't know she had a sister"},
            {"6", "16:00", "1881: the whole household, nine of them in two rooms"},
        };
        for (String[] line : desWeek1) {
            say(Integer.parseInt(line[0]), line[1], foundIt, desmond, line[2]).react("🎉", margit);
        }

        // Week 2.
        say(8, "09:00", brickWalls, rosalind, "If anyone's stuck on a brick wall, I take research commissions: "
                + "£35/hour, most walls come down in 3-5 hours. DM me.");
        String[][] desWeek2 = {
            {"8", "19:00", "FOUND the marriage! 1903, Leeds, she was 17"},
            {"8", "19:30", "and the groom's father was a cordwainer, had to look that up"},
            {"9", "20:15", "the sister married in Hull in 1911, tracking her kids now"},
            {"10", "10:00", "1911 census for the sister: 4 kids, one named after my great-grandmother ❤️"},
            {"10", "21:00", "found a newspaper notice for the sister's husband, a dock accident 1915"},
            {"11", "18:30", "war pension card for the same man, so he survived the accident and then the war"},
            {"12", "20:00", "grandad's school admission register, he was a 'truant', of course he was"},
            {"13", "12:00", "saturday breakthrough: the cordwainer's own baptism, 1851"},
            {"13", "20:40", "and HIS father, a weaver from Halifax. 6 generations now"},
            {"14", "11:00", "made a wall chart of all of it for mum's birthday"},
        };
        List<Post> desPosts = new ArrayList<>();
        for (String[] line : desWeek2) {
            desPosts.add(say(Integer.parseInt(line[0]), line[1], foundIt, desmond, line[2]));
        }
        Post cord = re(8, "19:45", tomas, desPosts.get(1), "a cordwainer! shoemaker, fancy");
        re(8, "20:00", desmond, cord, "fancy indeed, more than the rest of us managed 😂");
        desPosts.get(3).react("❤️", ilse, margit);
        desPosts.get(9).react("😍", harriet, ilse, tomas);
        Post trip = say(9, "12:00", archiveTrips, tomas, "Group trip to the West Yorkshire Archive in Wakefield, "
                + "Saturday 31st. Car share sign-up so we can fill cars: https://forms.gle/rootsrecords-wakefield");
        re(9, "12:30", ilse, trip, "signed up!! I will finally look at the Guardians records");
        say(11, "14:00", censusTips, rosalind, "Reminder I have two research slots open in November, £35/hour, DM me "
                + "to book.");
        Post lookup = say(12, "10:00", archiveTrips, ilse, "@Margit Sundqvist you said you know the Wakefield "
                + "search room well: do I need to order the Guardians books in advance, or can I ask on the day?");
        say(13, "09:30", dnaMatches, harriet, "anyone else's ethnicity estimate jump around every update?");
        say(13, "10:00", dnaMatches, tomas, "mine moved 8% Irish to 3% Irish, I ignore it now");

        // Week 3.
        Post order = re(15, "08:20", margit, lookup, "Order in advance, Ilse! At least three working days, by email. Ask for the "
                + "relief order books and the admission and discharge registers, those name people.");
        re(15, "08:45", ilse, order, "emailing them today, thank you Margit 🙏");
        say(16, "10:00", foundIt, rosalind, "Could you all give my new Featherstone Genealogy page a follow on "
                + "Facebook? every like helps me reach more families 🙏 @Desmond Achterberg @Harriet Ng "
                + "https://facebook.com/featherstonegenealogy");
        say(17, "11:00", dnaMatches, rosalind, "follows appreciated, still trying to get the new page off the "
                + "ground: https://facebook.com/featherstonegenealogy");
        say(18, "09:00", archiveTrips, tomas, "Still room in two cars for Saturday: "
                + "https://forms.gle/rootsrecords-wakefield");
        Post ship = say(15, "19:00", foundIt, desmond, "found my great-great-uncle on a ship manifest to New York, 1907!");
        Post results = say(17, "20:00", dnaMatches, ilse, "got my DNA results!! 300 matches, no idea where to start");
        Post report = say(21, "10:00", archiveTrips, tomas, "Report from yesterday: 6 of us in Wakefield, and Ilse "
                + "found the family in the relief books. Great day, thanks all for the lifts.");
        report.react("🙌", ilse, margit, desmond);
        String[][] harrietLines = {
            {"15", "09:00", "dna", "", "My Ancestry results updated overnight and my ethnicity estimate changed "
                + "again, I'm now 12% Scandinavian which makes no sense for my tree."},
            {"15", "19:30", "", "ship", "Nice! I found my great-great-uncle on a manifest too last year, my tree has "
                + "about 4,000 people in it now so I've done a lot of manifests."},
            {"16", "09:10", "dna", "", "I've got 312 matches at 4th cousin or closer, I've identified about 200 of "
                + "mine so far, my spreadsheet is enormous."},
            {"17", "21:00", "", "results", "Congrats! My results took 6 weeks, I remember I checked my email every "
                + "day. I've got my mum's kit now too."},
            {"18", "08:30", "dna", "", "I'm going to phase all my matches with my mother's kit, I think I'm the only "
                + "one in my family who cares about any of this."},
            {"18", "20:00", "found", "", "My 4,000th person went into my tree today, I've been doing my tree since I "
                + "was 16."},
            {"19", "10:00", "brick", "", "My Hakka line is the one wall I've got left, I'm sure I'll crack it myself "
                + "eventually, I always do."},
            {"20", "09:00", "dna", "", "I've decided I'm going to test my dad's side with Y-DNA too, I want my tree to "
                + "be the most complete one in my family."},
            {"21", "11:00", "", "report", "I went to Wakefield in 2019, I spent my whole day on my Ng side and found "
                + "my great-grandfather's naturalisation papers."},
        };
        for (String[] line : harrietLines) {
            int day = Integer.parseInt(line[0]);
            switch (line[3]) {
                case "ship" -> re(day, line[1], harriet, ship, line[4]);
                case "results" -> re(day, line[1], harriet, results, line[4]);
                case "report" -> re(day, line[1], harriet, report, line[4]);
                default -> say(day, line[1], switch (line[2]) {
                    case "dna" -> dnaMatches;
                    case "found" -> foundIt;
                    default -> brickWalls;
                }, harriet, line[4]);
            }
        }
        re(17, "21:30", margit, results, "Start with your top 20 and their shared matches, Ilse. Happy to go "
                + "through them with you on a call if you like.");
    }
}
