package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 43 (sealed): eight communities (freelance voice actors with a casting-calls room, 3D-printing makers
 * with a print-farm owner among them, a yoga studio's own server, storm chasers and weather watchers, Shopify store
 * owners, cold-water swimmers, furniture restorers and upholsterers, a community theatre company), over three ISO
 * weeks (2026-W16 to W18), written and labelled by writer43 (session 32) before any coach ran on them. The labels are
 * in {@code bot/src/test/resources/eval/held-out-scenes-43.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes43Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 4, 13);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 5, 4, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-43";

    // --- A. freelance voice actors ---
    private final String booth = cast.guild(701);
    private final Channel vaGeneral = cast.channel(booth, "Booth Buddies VO", "general",
            "chat for working and aspiring voice actors", "va-general.json");
    private final Channel vaCalls = cast.channel(booth, "Booth Buddies VO", "casting-calls",
            "post your casting call here: role, rate, deadline, how to submit. Questions about a call go in a reply",
            "va-casting-calls.json");
    private final Channel vaBooth = cast.channel(booth, "Booth Buddies VO", "mic-and-booth",
            "gear, treatment, software and recording troubles", "va-mic-and-booth.json");
    private final Channel vaFeedback = cast.channel(booth, "Booth Buddies VO", "demo-feedback",
            "share a reel or a read and ask for honest feedback", "va-demo-feedback.json");
    private final Persona priya = cast.person("priya.vo", "Priya Nandakumar");
    private final Persona wes = cast.person("wes.reads", "Wes Okonjo");
    private final Persona carmen = cast.person("carmen.devs", "Carmen Ibáñez");
    private final Persona declan = cast.person("declan.voicecoach", "Declan Moss");
    private final Persona ruth = cast.person("ruth.booth", "Ruth Abernathy");
    private final Persona tobi = cast.person("tobi.voices", "Tobi Adeyemi");
    private final Persona hollis = cast.person("hollis.f", "Hollis Fenwick");
    private final Channel dmDeclan = cast.dm(declan, "dm-declan-moss.json");

    // --- B. 3D-printing makers ---
    private final String layers = cast.guild(702);
    private final Channel plGeneral = cast.channel(layers, "Layer Lines Makers", "general",
            "anything printing", "pl-general.json");
    private final Channel plHelp = cast.channel(layers, "Layer Lines Makers", "print-help",
            "failed prints, slicer settings, troubleshooting", "pl-print-help.json");
    private final Channel plShow = cast.channel(layers, "Layer Lines Makers", "show-your-prints",
            "show off your own prints: what it is, which printer, which filament", "pl-show-your-prints.json");
    private final Persona grigor = cast.person("grigor.printfarm", "Grigor Petrov");
    private final Persona hanne = cast.person("hanne.makes", "Hanne Solberg");
    private final Persona marcus = cast.person("marcus.t", "Marcus Tembo");
    private final Persona yuki = cast.person("yuki.layers", "Yuki Tanabe");
    private final Persona felix = cast.person("felix.ardent", "Felix Ardent");
    private final Persona dolores = cast.person("dolly.q", "Dolores Quintero");
    private final Persona sami = cast.person("sami.v", "Sami Virtanen");

    // --- C. a yoga studio's own server ---
    private final String studio = cast.guild(703);
    private final Role team = cast.role("Team", "#7bc8a4", 2);
    private final Channel ygAnnounce = cast.channel(studio, "Still Point Yoga", "announcements",
            "class timetable, workshops and studio news, posted by the team", "yg-announcements.json");
    private final Channel ygChat = cast.channel(studio, "Still Point Yoga", "members-chat",
            "for members: chat, carpools, meetups", "yg-members-chat.json");
    private final Channel ygAsk = cast.channel(studio, "Still Point Yoga", "ask-the-studio",
            "questions about classes, bookings and memberships; the team answers here", "yg-ask-the-studio.json");
    private final Persona anjali = cast.person("anjali.stillpoint", "Anjali Mehra", team);
    private final Persona bruno = cast.person("bruno.teaches", "Bruno Castellano", team);
    private final Persona sofie = cast.person("sofie.yoga", "Sofie Lindqvist", team);
    private final Persona maeve = cast.person("maeve.d", "Maeve Donnelly");
    private final Persona ravi = cast.person("ravi.shah", "Ravi Shah");
    private final Persona ingrid = cast.person("ingrid.h", "Ingrid Holm");
    private final Persona colette = cast.person("colette.massage", "Colette Marchand");

    // --- D. storm chasers and weather watchers ---
    private final String plains = cast.guild(704);
    private final Channel swGeneral = cast.channel(plains, "Plains Sky Watchers", "general",
            "chat for chasers, spotters and sky watchers", "sw-general.json");
    private final Channel swObs = cast.channel(plains, "Plains Sky Watchers", "obs-reports",
            "one post per sighting: time, place, what you saw, photo if you have one", "sw-obs-reports.json");
    private final Channel swRadar = cast.channel(plains, "Plains Sky Watchers", "radar-talk",
            "model runs, radar, setups and forecast chat", "sw-radar-talk.json");
    private final Persona dale = cast.person("dale.h", "Dale Hutchins");
    private final Persona keisha = cast.person("keisha.skywarn", "Keisha Morrow");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wróbel");
    private final Persona beatriz = cast.person("bia.souza", "Beatriz Souza");
    private final Persona jonah = cast.person("jonah.w", "Jonah Whitfield");
    private final Persona elif = cast.person("elif.wx", "Elif Yıldız");
    private final Persona arlo = cast.person("arlo.p", "Arlo Pennington");

    // --- E. Shopify store owners ---
    private final String stores = cast.guild(705);
    private final Channel shGeneral = cast.channel(stores, "Storefront Owners Circle", "general",
            "chat for independent store owners", "sh-general.json");
    private final Channel shHelp = cast.channel(stores, "Storefront Owners Circle", "ask-the-group",
            "stuck on something in your store? ask here", "sh-ask-the-group.json");
    private final Channel shWins = cast.channel(stores, "Storefront Owners Circle", "wins",
            "share your wins, big or small: first sale, best month, a review that made your day", "sh-wins.json");
    private final Persona farah = cast.person("farah.candles", "Farah Qureshi");
    private final Persona gus = cast.person("gus.roasts", "Gus Lindahl");
    private final Persona marisol = cast.person("marisol.v", "Marisol Vega");
    private final Persona otto = cast.person("otto.leather", "Otto Kern");
    private final Persona nils = cast.person("nils.apps", "Nils Brandvold");
    private final Persona ashton = cast.person("ashton.growth", "Ashton Pryce");
    private final Persona june = cast.person("june.o", "June Oyelaran");
    private final Channel dmAshton = cast.dm(ashton, "dm-ashton-pryce.json");

    // --- F. cold-water swimmers ---
    private final String harbour = cast.guild(706);
    private final Channel hdGeneral = cast.channel(harbour, "Harbour Dippers", "general",
            "chat for the Harbour Dippers", "hd-general.json");
    private final Channel hdPlans = cast.channel(harbour, "Harbour Dippers", "swim-plans",
            "who's swimming when and where; sign-up sheet for the Sunday group swim", "hd-swim-plans.json");
    private final Channel hdCond = cast.channel(harbour, "Harbour Dippers", "conditions",
            "today's water temp, tide and swell, with the buoy link if you have it", "hd-conditions.json");
    private final Persona nuala = cast.person("nuala.b", "Nuala Brennan");
    private final Persona ollie = cast.person("ollie.h", "Ollie Hartmann");
    private final Persona sunita = cast.person("sunita.swims", "Sunita Rao");
    private final Persona ferdie = cast.person("ferdie.q", "Ferdie Quist");
    private final Persona aga = cast.person("aga.knits", "Agnieszka Nowak");
    private final Persona bridget = cast.person("bridget.lowe", "Bridget Lowe");
    private final Persona torvald = cast.person("torvald.e", "Torvald Eide");
    private final Channel dmFerdie = cast.dm(ferdie, "dm-ferdie-quist.json");

    // --- G. furniture restorers and upholsterers ---
    private final String bench = cast.guild(707);
    private final Channel bwTalk = cast.channel(bench, "Bench & Webbing", "workshop-talk",
            "general chat for restorers, upholsterers and french polishers", "bw-workshop-talk.json");
    private final Channel bwHelp = cast.channel(bench, "Bench & Webbing", "help-desk",
            "ask about a piece you're restoring: photos and what you've tried", "bw-help-desk.json");
    private final Channel bwSale = cast.channel(bench, "Bench & Webbing", "for-sale",
            "sell your pieces, tools and fabric offcuts: price, location, photos. Questions in a reply",
            "bw-for-sale.json");
    private final Persona hamid = cast.person("hamid.upholstery", "Hamid Rahimi");
    private final Persona lottie = cast.person("lottie.f", "Lottie Fairweather");
    private final Persona piet = cast.person("piet.tools", "Piet van Dam");
    private final Persona cyril = cast.person("cyril.polish", "Cyril Baptiste");
    private final Persona greta = cast.person("greta.s", "Greta Sørlie");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");
    private final Persona clem = cast.person("clem.a", "Clem Ashdown");

    // --- H. a community theatre company ---
    private final String lamplight = cast.guild(708);
    private final Channel lpGeneral = cast.channel(lamplight, "Lamplight Players", "general",
            "chat for members of the Lamplight Players", "lp-general.json");
    private final Channel lpAud = cast.channel(lamplight, "Lamplight Players", "auditions",
            "audition notices and sign-up sheets, posted by the committee", "lp-auditions.json");
    private final Channel lpProps = cast.channel(lamplight, "Lamplight Players", "props-swap",
            "lend, borrow or give away props, costumes and set bits", "lp-props-swap.json");
    private final Persona verity = cast.person("verity.director", "Verity Clough");
    private final Persona emeka = cast.person("emeka.obi", "Emeka Obi");
    private final Persona joss = cast.person("joss.props", "Joss Harlow");
    private final Persona pip = cast.person("pip.grant", "Philippa Grant");
    private final Persona reuben = cast.person("reuben.kaye", "Reuben Kaye");
    private final Persona aoife = cast.person("aoife.costumes", "Aoife Gallagher");
    private final Persona stan = cast.person("stan.ivanov", "Stan Ivanov");

    HeldOutScenes43Script() {
        super(new SceneIds(32400), FIRST_MONDAY, 21);
    }

    /** The round's export: file name to DiscordChatExporter JSON. */
    static Map<String, String> files() {
        HeldOutScenes43Script script = new HeldOutScenes43Script();
        script.write();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 43");
    }

    private void write() {
        voiceActors();
        makers();
        yogaStudio();
        stormWatchers();
        storeOwners();
        swimmers();
        restorers();
        theatre();
    }

    private void voiceActors() {
        // Week 1: a newcomer, a hum fixed, a casting call answered late from another time zone, a cold DM.
        say(1, "09:10", vaGeneral, priya, "morning booth goblins ☕ reminder: casting calls go in #casting-calls, "
                + "not here, and every call needs a rate. thanks all");
        joins(1, "10:02", vaGeneral, wes);
        Post wesHi = say(1, "10:05", vaGeneral, wes, "hi all! I'm Wes, been doing VO as a hobby for a year, trying to "
                + "go semi-pro. mostly animation and game stuff");
        Post what = re(1, "10:30", priya, wesHi, "welcome Wes! what are you recording on?");
        re(1, "10:41", wes, what, "an AT2020 in a wardrobe lol. clothes everywhere");
        re(1, "10:50", hollis, wesHi, "the wardrobe is a rite of passage. mine had a moth in it for all of 2019");
        Post hum = say(1, "19:00", vaBooth, wes, "my recordings have a low hum under everything, like 50hz-ish? I "
                + "tried a different usb port and it didnt help");
        Post charger = re(2, "08:15", ruth, hum, "sounds like a ground loop or the laptop charger. try recording on "
                + "battery with the charger unplugged");
        Post fixed = re(2, "18:40", wes, charger, "RUTH. it was the charger. unplugged and the hum is gone 😭 thank "
                + "you");
        re(2, "18:45", ruth, fixed, "🙌");
        Post call = say(2, "12:00", vaCalls, carmen, "CASTING: 'Lanternfall' (indie narrative game), 6 roles, 40-120 "
                + "lines each. Rate: $250 per role plus a credit. Deadline May 1. Sides and submission form: "
                + "https://forms.example/lanternfall-casting");
        Post union = re(2, "12:30", tobi, call, "is that non-union? and do you want wav or mp3 for auditions?");
        Post wav = re(3, "09:10", carmen, union, "non-union, and wav please, 48k. sorry for the slow reply, I'm on "
                + "Madrid time and slept through it");
        re(3, "09:30", tobi, wav, "perfect, thanks!");
        Post plosive = say(3, "11:00", vaBooth, tobi, "pop filter or foam windscreen for plosives? my p's are killing "
                + "me");
        Post angle = re(3, "11:40", declan, plosive, "angle the mic slightly off-axis and speak across it, fixes "
                + "most of it before you buy anything");
        re(3, "12:05", tobi, angle, "oh that's so simple, trying tonight");
        say(4, "20:00", dmDeclan, declan, "Hey Wes, saw your intro in Booth Buddies. I coach new voice actors into paid "
                + "work: my 6-week programme is $480 and I have 2 spots left this month. Book a free 15 min call "
                + "here: https://calendly.example/declanmoss/intro");
        say(5, "08:30", dmDeclan, wes, "thanks, not for me right now");
        Post reel = say(5, "17:00", vaFeedback, tobi, "new animation reel, 60s. honest thoughts on the order? not sure "
                + "the gruff one should open https://soundcloud.example/tobiadeyemi/anim-reel-2026");
        Post order = re(5, "19:20", priya, reel, "open with your strongest natural voice. the gruff one is great but "
                + "it's a character, put it third. also the music bed is a touch loud at 0:40");
        re(6, "09:00", hollis, reel, "agree with Priya. and cut the sneeze take, it's funny but it's a reel, not a "
                + "blooper tape 😂");
        re(6, "13:10", tobi, order, "moved it to third and dipped the music, it breathes more now. thanks both");
        Post reno = say(6, "16:00", vaGeneral, hollis, "anyone else's neighbour start renovating on the exact week "
                + "of a deadline or is it just me ?!");
        re(6, "16:12", ruth, reno, "they can smell a deadline");
        re(6, "16:30", priya, reno, "mine got a new dog. it has opinions");

        // Week 2: the call's update in its room, an offer that was asked for, a noise floor fixed.
        Post update = say(8, "12:00", vaCalls, carmen, "update on Lanternfall: 4 of 6 roles cast, still open: the "
                + "ferryman (older, warm) and Pell (teen, sardonic). same form: "
                + "https://forms.example/lanternfall-casting");
        Post ferry = re(8, "14:00", wes, update, "is the ferryman ok for someone in their 20s with a low register?");
        re(8, "15:30", carmen, ferry, "absolutely, send it. it's about warmth, not age");
        Post callback = say(9, "18:00", vaGeneral, tobi, "got a callback from the Lanternfall audition!!");
        re(9, "18:05", priya, callback, "TOBI 🎉");
        re(9, "18:30", hollis, callback, "callbacks are the best bit. enjoy it");
        Post coach = say(10, "10:00", vaGeneral, wes, "does anyone here coach audiobook narration? I want to try "
                + "ACX but my pacing is all over the place. happy to pay");
        Post hollisOffer = re(10, "11:15", hollis, coach, "I do, £40 an hour over Zoom. we'd do a couple of chapters "
                + "together and mark up breaths. calendar's here if useful: https://cal.example/hollisfenwick");
        Post readAloud = re(10, "12:00", ruth, coach, "also, free tip: read the chapter out loud once before "
                + "recording. pacing gets way more natural");
        re(11, "09:00", wes, hollisOffer, "booked Thursday!");
        re(11, "09:02", wes, readAloud, "and trying that tonight Ruth");
        Post floor = say(11, "21:00", vaBooth, wes, "quick one, the ACX check says my noise floor is -58, needs -60. "
                + "anything besides buying foam?");
        Post duvet = re(12, "07:45", priya, floor, "hang a duvet behind you, the back of the wardrobe is reflecting. "
                + "and turn the gain down 2-3 dB and bring it up in post");
        re(12, "19:00", wes, duvet, "duvet + lower gain = -63 🥳 I owe you all a coffee");
        Post bristol = say(12, "20:00", vaGeneral, declan, "anyone going to the VO meetup in Bristol next month?");
        re(12, "20:40", priya, bristol, "maybe! depends on a deadline");
        say(13, "09:30", vaBooth, ruth, "PSA: if you use the free noise reduction plugin, update it. the new version "
                + "stopped the warbly artefacts on my s sounds");

        // Week 3: the call closes, a sample read, the server's birthday.
        Post cast3 = say(15, "10:00", vaCalls, carmen, "all Lanternfall roles are cast! thank you everyone who sent "
                + "auditions, genuinely a lovely pile of reads. the form is closed");
        re(15, "10:30", tobi, cast3, "congrats on casting! (and yes, I'm the ferryman 😎)");
        Post sample = say(16, "18:00", vaFeedback, wes, "first audiobook sample, chapter 1 of a public-domain thing. "
                + "is my narrator voice too flat? https://soundcloud.example/wesokonjo/ch1-sample");
        re(16, "19:10", hollis, sample, "not flat, just careful. you're reading, not telling yet. we'll work on it "
                + "Thursday but it's a good start");
        Post clean = re(17, "08:20", ruth, sample, "your s sounds are so clean now!");
        re(17, "09:00", wes, clean, "it's the duvet, it lives there permanently now");
        Post bday = say(18, "12:00", vaGeneral, priya, "mod note: the server turns 3 on Saturday 🎂 voice-chat "
                + "hangout 8pm UK, bring a snack and your worst accent");
        re(18, "12:20", hollis, bday, "my Cornish accent has been banned in four countries");
        re(19, "10:00", ruth, bday, "o meu sotaque português vai aparecer, estão avisados 😂");
        say(20, "21:30", vaGeneral, declan, "happy birthday Booth Buddies 🎂 great hangout");
    }

    private void makers() {
        // Week 1: help, a challenge, a print farm's offer spread over three rooms, and a question to it left waiting.
        say(1, "08:00", plGeneral, dolores, "welcome to the week! the monthly build challenge theme is 'something "
                + "that fixes something'. post entries in #show-your-prints and tag them [challenge]");
        Post spaghetti = say(1, "18:00", plHelp, marcus, "first print ever and it's spaghetti after layer 3. Ender 3, "
                + "PLA, default Cura profile. what am I doing wrong");
        Post adhesion = re(1, "18:40", yuki, spaghetti, "99% it's bed adhesion or first layer height. wash the bed "
                + "with dish soap, re-level with a sheet of paper, then print a single-layer square to check");
        re(1, "21:00", grigor, spaghetti, "+1 to Yuki. also slow the first layer to 20mm/s. I run 14 printers and "
                + "that's the first thing I set on every new one");
        re(2, "17:30", marcus, adhesion, "washed it and re-levelled, the square came out perfect!! now printing a "
                + "benchy");
        Post hinge = say(2, "19:00", plShow, felix, "[challenge] replacement hinge for our 1970s kitchen cupboard, "
                + "PETG on my Prusa, 3 perimeters. file's up if anyone has the same cupboards: "
                + "https://printables.example/model/88213-cupboard-hinge");
        re(2, "19:30", hanne, hinge, "this is exactly the spirit of the challenge 👏");
        say(2, "20:10", plShow, yuki, "[challenge] clip that stops my bike light rattling. PLA+, took 12 minutes");
        say(3, "09:00", plGeneral, grigor, "Spring offer at Petrov Print Farm: 20% off bulk runs of 50+ parts until "
                + "the end of April, PLA/PETG/ASA. quotes at https://petrovprintfarm.example/quote");
        say(3, "11:30", plHelp, grigor, "btw if anyone needs parts printed in bulk, 20% off this month: "
                + "https://petrovprintfarm.example/quote");
        say(3, "14:00", plShow, grigor, "20% off bulk runs at my farm this month, 14 printers humming 🔥 "
                + "https://petrovprintfarm.example/quote");
        Post retraction = say(4, "20:10", plHelp, hanne, "@Grigor Petrov what retraction did you run for PETG on "
                + "the Bambu? I'm getting wispy strings between every tower");
        say(4, "21:00", plGeneral, grigor, "4 more printers arrived for the farm today, unboxing took all afternoon");
        Post blends = say(5, "19:00", plGeneral, grigor, "anyone tried the new high-speed PLA blends? thinking of "
                + "switching the farm over");
        Post brittle = re(5, "19:40", felix, blends, "I tried one. fine for speed, brittle for functional parts");
        re(5, "19:50", grigor, brittle, "good to know, thanks Felix");
        Post dry = re(6, "10:00", yuki, retraction, "not Grigor but: dry the PETG first. wet PETG strings whatever "
                + "retraction you use. 65°C for 4 hours");
        re(6, "10:30", hanne, dry, "oh it's been sitting open since January... drying it now, thanks Yuki");
        say(6, "20:00", plShow, hanne, "[challenge] after drying: clean PETG cable guides for the desk, no strings 🎉");
        Post finland = say(7, "11:00", plGeneral, sami, "hi, where do people get decent cheap filament in Finland? "
                + "shipping kills me");
        re(7, "12:00", felix, finland, "a few EU shops ship free over €50, worth pooling an order with someone");

        // Week 2: a learner with three problems, who comes back and reports; the farm's milestone.
        Post shifts = say(8, "18:00", plHelp, sami, "my prints have layer shifts halfway up. what do I check?");
        Post belts = re(8, "18:30", yuki, shifts, "belts first: tension, and check the pulley grub screws aren't "
                + "loose");
        re(8, "21:00", sami, belts, "it was the grub screw on Y. thanks");
        Post clog = say(9, "18:00", plHelp, sami, "and now the nozzle clogs every other print. help?");
        Post coldPull = re(9, "19:15", grigor, clog, "cold pull with nylon or PLA at 90°C, and check the PTFE tube "
                + "isn't gapped at the nozzle. on an Ender the tube gap is the usual one");
        re(9, "20:00", sami, coldPull, "there was a 1mm gap. recut the tube, no clogs since");
        Post bed = say(10, "18:00", plHelp, sami, "bed won't heat past 50, any ideas");
        Post connector = re(10, "18:20", felix, bed, "check the connector at the bed, they burn out on Enders. "
                + "photo?");
        re(11, "09:00", sami, connector, "yep, melted on one pin. photo: https://imgs.example/sami/connector.jpg "
                + "ordered a new one");
        Post same = re(11, "12:00", marcus, bed, "@Sami Virtanen did you fix it in the end? same printer, want to "
                + "know before mine goes");
        re(11, "13:00", sami, same, "connector, €6 part. check yours for brown marks on the pins");
        Post tenk = say(12, "10:00", plGeneral, grigor, "farm update: we hit 10,000 parts shipped since January 🥳");
        Post avoided = re(12, "10:20", dolores, tenk, "that's a lot of spaghetti avoided");
        re(12, "10:25", grigor, avoided, "haha and a lot made, ask my bin");
        Post knob = say(13, "17:00", plShow, marcus, "[challenge] my first useful print! a replacement knob for the "
                + "washing machine, fits perfectly");
        re(13, "17:30", yuki, knob, "first functional print is the best feeling");

        // Week 3: an offer that was asked for, a question answered, the challenge's winner.
        say(15, "08:00", plGeneral, dolores, "challenge voting is open till Friday: react to your favourite in "
                + "#show-your-prints, the winner gets a spool from the club fund");
        Post pod = say(15, "12:00", plHelp, hanne, "does anyone do print-on-demand? I need 80 small ASA brackets for "
                + "a garden project and my printer would take a month");
        Post quote = re(15, "13:10", grigor, pod, "that's my bread and butter 🙂 80 ASA brackets would be about £95, "
                + "4-5 days. send the STL via https://petrovprintfarm.example/quote and I'll confirm");
        re(16, "08:00", hanne, quote, "perfect, sent!");
        Post calib = say(16, "19:00", plHelp, felix, "@Grigor Petrov sorry if it's a dumb question, how do you keep "
                + "14 printers calibrated?");
        re(16, "19:45", grigor, calib, "not dumb! one calibration print every Monday per printer and a log in a "
                + "spreadsheet. boring but it works");
        say(17, "09:00", plGeneral, yuki, "voted. it was hard, the hinge and the knob are both so practical");
        Post winner = say(18, "18:00", plGeneral, dolores, "and the winner is Felix's cupboard hinge! spool's on "
                + "its way");
        re(18, "18:30", felix, winner, "haha thank you all, my cupboards thank you too");
        say(19, "10:00", plGeneral, sami, "kiitos for all the help last week, printer runs every day now");
    }

    private void yogaStudio() {
        // Week 1: the team's timetable, a beginner welcomed, a member who is a massage therapist arrives.
        say(1, "07:00", ygAnnounce, anjali, "This week's timetable is up, with a new Thursday 7am slow flow with "
                + "Bruno. Book on the app: https://stillpoint.example/book");
        Post buddy = say(1, "12:00", ygChat, maeve, "anyone else doing the Thursday 7am? need a buddy to guilt me "
                + "out of bed");
        re(1, "12:30", ingrid, buddy, "me! I'll text you at 6:15 😈");
        Post toes = say(2, "09:00", ygAsk, ravi, "new here, is the beginners' course ok if I can't touch my toes? "
                + "like, at all");
        Post fine = re(2, "11:00", sofie, toes, "completely fine Ravi, most people start there. bring a blanket, we "
                + "have blocks and straps");
        re(2, "11:20", ravi, fine, "phew. booked!");
        Post coletteHi = say(3, "13:00", ygChat, colette, "hi all, joined via the studio newsletter. I'm a massage "
                + "therapist in town, love the Friday class");
        re(3, "13:30", maeve, coletteHi, "welcome Colette!");
        Post sore = say(4, "19:00", ygChat, ravi, "my hamstrings after the beginners class yesterday: 💀");
        re(4, "19:20", colette, sore, "gentle walk and a warm bath! they'll be fine by Thursday");
        say(5, "08:00", ygAnnounce, bruno, "Reminder: Thursday slow flow moves to the small room next week while the "
                + "hall is painted. Same time, same app: https://stillpoint.example/book");
        Post pyjamas = say(6, "08:00", ygChat, ingrid, "Maeve showed up at 6:58, in pyjama bottoms, as promised");
        re(6, "08:10", maeve, pyjamas, "they're yoga pyjamas, there's a difference");
        say(7, "18:00", ygChat, sofie, "I'm off to a teacher training retreat from Monday, back on Thursday! Anjali "
                + "and Bruno have the desk while I'm gone");

        // Week 2: a question to a teacher who is away, answered by a colleague; a member selling to members;
        // a booking problem left with a teacher who is around.
        say(8, "07:00", ygAnnounce, anjali, "Saturday workshop: Yin & breath with Sofie, 2 hours, £25 members / £30 "
                + "guests. Book: https://stillpoint.example/book");
        Post knee = say(8, "12:00", ygAsk, maeve, "@Sofie Lindqvist is the Yin workshop ok for someone with a dodgy "
                + "knee? I went to your Tuesday class and loved it but kneeling is hard");
        Post bolster = re(9, "09:30", anjali, knee, "Sofie's away till Thursday, but yes: Yin is all props, we'll "
                + "give you a bolster under the knee and every pose has a seated option");
        re(9, "10:00", maeve, bolster, "amazing, booking it");
        say(9, "13:00", ygChat, colette, "desk workers: tension headaches are so common, I see loads at the clinic. "
                + "20% off your first massage this month with code STILLPOINT: https://colettemassage.example");
        Post banana = say(10, "08:00", ygAsk, ravi, "what should I eat before a 7am class, anything or nothing?");
        Post plug = re(10, "09:00", colette, banana, "nothing heavy! a banana. and my code STILLPOINT still works "
                + "till Sunday if those hamstrings need it 😉 https://colettemassage.example");
        re(10, "09:30", ravi, plug, "banana it is");
        re(11, "10:00", sofie, knee, "back! Anjali's right Maeve, and tell me on the day which knee, I'll adapt the "
                + "sequence 💛");
        Post charged = say(12, "10:00", ygAsk, ingrid, "@Bruno Castellano I booked the Thursday 7am for next week and the app "
                + "charged me twice, could you refund one? 🙏");
        Post marathon = say(13, "09:00", ygChat, bruno, "who else is in the 10k on Sunday? I'll be at the water "
                + "station at km 6 with orange slices");
        Post walking = re(13, "09:30", maeve, marathon, "I'll wave! walking it, not running");
        re(13, "09:45", bruno, walking, "walking counts 🧡");
        say(14, "17:00", ygChat, bruno, "km 6 crew handed out 400 orange slices today. my hands smell of citrus "
                + "forever");

        // Week 3: the refund sorted, the park class, a member who brings her sister.
        Post refund = re(15, "09:00", anjali, charged, "so sorry Ingrid, refunded now, you'll see it in "
                + "2-3 days. Bruno's been at the 10k all weekend 🙈");
        re(15, "09:20", ingrid, refund, "thank you! no worries");
        Post sorry = say(16, "08:00", ygAsk, bruno, "Ingrid, I'm sorry, I saw your message and then the race ate my "
                + "brain. all sorted?");
        re(16, "08:30", ingrid, sorry, "all sorted 😊");
        say(16, "07:00", ygAnnounce, anjali, "May timetable is live, plus a free community class in the park on the "
                + "3rd, everyone welcome, bring friends. Book a spot so we know numbers: "
                + "https://stillpoint.example/book");
        Post sister = say(17, "12:00", ygChat, maeve, "told my sister about Still Point, she's coming to the park "
                + "class!");
        re(17, "13:00", anjali, sister, "Maeve 🥹 that's the nicest thing, tell her to find me at the start");
        Post touched = say(18, "18:00", ygChat, ravi, "week 3 of beginners: I touched my toes. once. briefly.");
        re(18, "18:10", ingrid, touched, "that counts!!");
        re(18, "19:00", sofie, touched, "so proud of you Ravi 🎉");
        Post lift = say(19, "10:00", ygChat, colette, "anyone want a lift to the park class? I go past the station");
        re(19, "10:30", ravi, lift, "yes please!");
    }

    private void stormWatchers() {
        // Week 1: training sign-up, a newcomer helped by four people who lets a question go by, a storm reported.
        Post training = say(1, "09:00", swGeneral, keisha, "storm season is here 🌩️ free spotter training on "
                + "Saturday the 25th, online, 2 hours. sign up here so I can send the link: "
                + "https://forms.example/spotter-training-apr");
        Post quiz = re(1, "09:30", jonah, training, "signed up. will there be a quiz? I panic at quizzes");
        re(1, "09:45", keisha, quiz, "there's a quiz. it's about clouds. you'll live");
        say(2, "07:30", swRadar, dale, "Thursday looks interesting for the panhandle: decent shear, moisture "
                + "returning. still 2 days out so grain of salt");
        Post shear = say(2, "08:10", swRadar, tomasz, "hi, total newbie here. what's 'shear' and why does it matter?");
        Post shearA = re(2, "08:40", dale, shear, "winds changing speed and direction with height. it's what lets a "
                + "storm rotate. decent primer: https://spc.example/education/shear-basics");
        re(2, "09:00", tomasz, shearA, "thanks!");
        Post hook = say(3, "19:00", swRadar, tomasz, "what does the hook on the radar mean?");
        Post hookA = re(3, "19:30", keisha, hook, "a hook echo can mean rotation, rain wrapping around a "
                + "mesocyclone. doesn't always mean a tornado. guide with pictures: "
                + "https://weather.example/hook-echo-guide");
        re(3, "19:35", tomasz, hookA, "thanks");
        say(4, "18:30", swObs, beatriz, "Thu 17:42, 6 mi W of Canadian TX: wall cloud, slow rotation, no funnel. "
                + "hail to nickel size. photo: https://imgs.example/bia/0416-wallcloud");
        say(4, "18:40", swObs, dale, "Thu 17:55, same storm from the south side: strong RFD, wind maybe 50mph. no "
                + "tornado seen");
        Post porch = say(4, "19:00", swObs, jonah, "Thu 18:10, from my porch 200 miles away: a cloud. it was nice");
        re(4, "19:05", keisha, porch, "😂 accepted as a valid report");
        Post find = say(5, "10:00", swGeneral, tomasz, "how do people find the storms once they're out there? I drove "
                + "around yesterday and saw nothing");
        Post target = re(5, "11:30", beatriz, find, "pick a target the night before, get there early, and don't "
                + "chase the first storm you see. radar on your phone with GPS helps. which road were you on? I "
                + "might have been near you");
        re(5, "11:40", tomasz, target, "thanks");
        say(6, "15:00", swGeneral, tomasz, "thanks all for the help this week");
        Post next = say(6, "16:00", swRadar, tomasz, "when is the next setup?");
        Post tues = re(6, "17:00", dale, next, "maybe Tuesday, too early to tell");
        re(6, "17:05", tomasz, tues, "👍");

        // Week 2: a newcomer asks everyone to vote for her photo; the group's own poll; a bust; the road answered.
        say(8, "10:00", swGeneral, elif, "hi all, I have a weather station on my roof in Wichita and I entered a "
                + "lightning photo in the county fair contest 📸 could you all vote for my photo? it's number 14: "
                + "https://countyfair.example/photo-contest/vote");
        Post bbq = say(8, "12:00", swGeneral, keisha, "spotter BBQ: which Saturday works? poll is pinned, vote by "
                + "Friday 🍔");
        re(8, "12:40", arlo, bbq, "voted for the 9th. I'll bring the smoker");
        Post pleaseVote = say(9, "09:00", swRadar, elif, "please vote for my photo if you haven't, voting closes "
                + "Sunday! https://countyfair.example/photo-contest/vote");
        Post model = re(9, "09:30", jonah, pleaseVote, "voted, it's a great shot. nice station too, what model?");
        re(9, "10:00", elif, model, "thank you!! it's a Davis Vantage Vue, 6 years old");
        Post bust = say(9, "21:00", swRadar, dale, "Tuesday busted. capped all day. the lid held ?!");
        re(9, "21:10", jonah, bust, "oh great, another cap bust. my favourite genre");
        re(9, "21:20", beatriz, bust, "at least the sunset was nice, posted it in obs");
        say(9, "21:15", swObs, beatriz, "Tue 20:05, near Woodward OK: no storms, but mammatus at sunset. photo: "
                + "https://imgs.example/bia/0421-mammatus");
        Post went = say(10, "08:00", swGeneral, tomasz, "I went out Tuesday too! on 412 west of Woodward, saw the "
                + "mammatus. @Beatriz Souza that's also where I was last week btw, sorry I never said");
        Post passed = re(10, "08:30", beatriz, went, "ha! I was on 412 both times, we probably passed each other");
        Post coffee = re(10, "08:45", tomasz, passed, "next time coffee at the gas station in Mooreland?");
        re(10, "09:00", beatriz, coffee, "deal ☕");
        Post hrrr = say(11, "14:00", swRadar, arlo, "anyone else notice the HRRR keeps overdoing the dryline this "
                + "spring?");
        Post east = re(11, "14:30", dale, hrrr, "yes, 20-30 miles too far east most days");
        re(11, "14:35", arlo, east, "glad it's not just me");
        Post miles = say(12, "20:00", swGeneral, dale, "chased 900 miles this week and saw one (1) cloud worth "
                + "photographing. living the dream");
        re(12, "20:15", keisha, miles, "the dream is mostly gas station burritos");
        Post rain = say(13, "11:00", swGeneral, elif, "my station logged 2.3 inches of rain this morning in 40 "
                + "minutes, anybody else in Wichita get hammered?");
        re(13, "11:30", arlo, rain, "east side, 1.9! my gutters gave up");

        // Week 3: a tornado reported, the newcomer passes help on, the second training.
        Post rope = say(15, "17:30", swObs, dale, "Mon 16:30, 4 mi N of Laverne OK: brief rope tornado, 2 minutes, "
                + "open fields. reported to NWS. video: https://video.example/dale/0427-laverne");
        Post missed = re(15, "18:00", tomasz, rope, "WOW. I was 10 miles south and missed it by that much");
        re(15, "18:20", dale, missed, "next time! you were in the right area, that's the hard part");
        Post passOn = say(16, "10:00", swRadar, tomasz, "for anyone new like me: what helped most was Keisha's hook "
                + "echo guide and picking a target the night before like Beatriz said");
        re(16, "10:30", keisha, passOn, "love this 🥹");
        Post again = say(17, "09:00", swGeneral, keisha, "spotter training #2 on May 9, same form, 6 places left: "
                + "https://forms.example/spotter-training-apr");
        re(17, "09:40", elif, again, "signed up! my first one");
        Post green = say(18, "16:00", swGeneral, jonah, "¿alguien más tiene el cielo verde hoy o solo yo?");
        Post hail = re(18, "16:05", arlo, green, "green sky = hail, stay inside Jonah");
        re(18, "16:10", jonah, hail, "staying inside. with snacks");
        say(19, "20:00", swRadar, dale, "next week looks quiet. rest your tires");
    }

    private void storeOwners() {
        // Week 1: a checkout fixed by a peer, a cold DM to the one who had the problem, an app its maker names when
        // asked, a sale pushed twice.
        Post canada = say(1, "14:00", shHelp, marisol, "customers in Canada can't check out, the page just spins. US "
                + "is fine. I tried clearing the shipping zones and re-adding them");
        Post markets = re(1, "17:10", gus, canada, "check that Canada is in a market in Settings > Markets, not just "
                + "in shipping. bit me last year");
        re(2, "08:00", marisol, markets, "that was it!! it wasn't in any market. thank you Gus");
        say(2, "10:00", shGeneral, otto, "Spring sale at Kern Leather, 20% off all wallets with code SPRING20 👉 "
                + "https://kernleather.example/collections/wallets");
        Post ashtonHi = say(2, "15:00", shGeneral, ashton, "hi all, Ashton here, I work with Shopify stores on "
                + "growth. been lurking for a while, great group");
        re(2, "15:30", june, ashtonHi, "welcome!");
        say(3, "09:00", dmAshton, ashton, "Hi Marisol, saw your checkout post in Storefront Owners. I run a Shopify "
                + "growth agency and we fix conversion issues like that in 48h. Worth a 15 min chat? grab a slot: "
                + "https://calendly.example/ashtonpryce/audit");
        say(3, "12:00", dmAshton, marisol, "thanks, but it's already fixed");
        Post fiveHundred = say(3, "20:00", shWins, farah, "first 500-order month!! started this shop at my kitchen "
                + "table in 2023 🕯️");
        re(3, "20:10", gus, fiveHundred, "massive, congrats Farah");
        re(3, "20:15", june, fiveHundred, "🎉🎉");
        re(3, "20:30", farah, fiveHundred, "thank you both, I'm buying myself a label printer to celebrate");
        Post restock = say(4, "11:00", shHelp, gus, "anyone know an app for back-in-stock emails that doesn't cost $30 "
                + "a month? my single-origin coffees sell out constantly");
        Post restockly = re(4, "11:40", nils, restock, "full disclosure, I make one: Restockly, free up to 100 "
                + "subscribers, then $8/mo: https://restockly.example. if you'd rather not use mine, Klaviyo's flows "
                + "can do it too");
        re(4, "12:00", gus, restockly, "oh nice, $8 is fine, installing. thanks for the honesty Nils");
        Post lastDays = say(5, "10:00", shGeneral, otto, "last 3 days of the wallet sale! code SPRING20 at "
                + "https://kernleather.example/collections/wallets");
        Post vegTan = re(5, "13:00", june, lastDays, "are those veg tan? and do you ship to Ireland?");
        re(5, "13:30", otto, vegTan, "yes veg tan, and yes, €9 shipping to Ireland");
        Post headache = say(6, "16:00", shGeneral, ashton, "what's everyone's biggest headache right now?");
        re(6, "16:20", farah, headache, "returns. always returns");
        Post quiet = say(7, "11:00", shGeneral, june, "does anyone else find April dead quiet? my sales halved after "
                + "Easter");
        re(7, "11:40", farah, quiet, "every year. picks up mid-May for me");

        // Week 2: a guide behind an email, a win thanked, notes shared, a maker's milestone.
        Post extensibility = say(8, "09:00", shHelp, farah, "is it worth switching to the new checkout extensibility "
                + "thing now or wait?");
        Post waitSummer = re(8, "10:00", nils, extensibility, "wait till your apps all support it, I'd say summer. "
                + "check each app's changelog");
        re(8, "10:10", farah, waitSummer, "will do, thanks");
        Post guide = say(9, "09:00", shGeneral, ashton, "free guide: 7 conversion fixes for small stores 👉 "
                + "https://ashtonpryce.example/guide (just need your email)");
        Post fixOne = re(9, "09:30", gus, guide, "what's fix #1? not giving my email for a list lol");
        Post shipping = re(9, "10:00", ashton, fixOne, "fair! #1: show shipping costs on the product page. surprise "
                + "costs at checkout kill more carts than anything");
        re(9, "10:15", gus, shipping, "ok that one's actually good");
        Post firstCa = say(10, "15:00", shWins, marisol, "first sale to Canada since the fix 🇨🇦 thank you again "
                + "@Gus Lindahl");
        re(10, "15:10", gus, firstCa, "🎉 go Marisol");
        Post gpsr = say(11, "09:00", shHelp, june, "how are you all handling the new EU product safety rules for "
                + "candles and soaps? I'm drowning");
        re(11, "12:00", farah, gpsr, "I wrote up what I did for mine: labels, the responsible person thing, the lot. "
                + "give me a day to tidy it");
        Post notes = re(12, "09:00", farah, gpsr, "here: https://docs.example/farah/gpsr-notes. not legal advice, "
                + "just what worked for me");
        re(12, "09:20", june, notes, "Farah you're a hero");
        Post payout = say(12, "14:00", shGeneral, otto, "anyone else's Shopify Payments payout delayed this week?");
        Post holiday = re(12, "14:30", marisol, payout, "mine came a day late, I think it was a US bank holiday");
        re(12, "14:40", otto, holiday, "ah right, thanks");
        Post thousand = say(13, "18:00", shGeneral, nils, "Restockly hit 1,000 stores this week, which is wild. "
                + "thank you to the folks here who told me what was broken in v1");
        re(13, "18:30", farah, thousand, "deserved!");

        // Week 3: a customer's small question answered the same day, a for-fun poll.
        Post wholesale = say(15, "10:00", shHelp, gus, "what's everyone using for wholesale orders? a separate store "
                + "or B2B?");
        re(15, "11:00", june, wholesale, "password-protected collection, works fine at my size");
        re(15, "11:30", marisol, wholesale, "same");
        say(16, "09:00", shGeneral, farah, "returns down 30% since I put a size photo next to each candle. thank "
                + "you to whoever suggested it last month");
        Post forty = say(17, "12:00", shWins, gus, "back-in-stock emails brought back 40 orders this month. Nils, "
                + "your app has paid for itself a hundred times");
        re(17, "13:00", nils, forty, "this made my week Gus! if anything breaks, ping me");
        Post german = say(18, "10:00", shHelp, gus, "@Nils Brandvold small thing: Restockly emails go out in English "
                + "to my German customers, can I change the language?");
        Post locale = re(18, "11:20", nils, german, "yes! Settings > Templates > add a locale. German's built in");
        re(18, "11:30", gus, locale, "Danke!");
        Post dread = say(19, "20:00", shGeneral, marisol, "for fun: which do you dread more, photoshoots or writing "
                + "product descriptions?");
        re(19, "20:10", june, dread, "descriptions. 100%");
        re(19, "20:30", otto, dread, "photos. leather shows every speck of dust");
    }

    private void swimmers() {
        // Week 1: the Sunday sheet, the daily reading, a newcomer, a charity swim, a hat that was asked about.
        say(1, "08:00", hdPlans, nuala, "Sunday group swim, 8am at the slipway, sauna booked 9-10 for 10 people. put "
                + "your name on the sheet: https://docs.example/sheet/dippers-sunday-apr19");
        say(1, "07:10", hdCond, ollie, "Mon 07:10: water 9.8°C, low tide 06:40, flat. buoy: "
                + "https://buoys.example/station/harbour-east");
        say(2, "07:05", hdCond, ollie, "Tue 07:05: 9.9°C, bit of chop from the west. buoy: "
                + "https://buoys.example/station/harbour-east");
        Post first = say(2, "12:00", hdGeneral, sunita, "hi everyone! moved here in March, been swimming in a pool for "
                + "years but never outdoors. how cold is too cold for a first go?");
        re(2, "12:20", nuala, first, "welcome Sunita! 10° is a lovely first go. in and out, 3-5 minutes max, and "
                + "something warm to put on straight after");
        Post shriek = re(2, "12:30", ferdie, first, "and a hot drink. and a sense of humour about the shrieking");
        re(2, "12:45", sunita, shriek, "haha noted. gloves worth it?");
        Post gloves = re(3, "08:00", torvald, first, "gloves and socks, yes! neoprene ones from any surf shop. your "
                + "hands give up before you do");
        re(3, "08:30", sunita, gloves, "thanks Torvald, off to buy some");
        say(3, "07:00", hdCond, ollie, "Wed 07:00: 10.1°C 📈 double figures! buoy: "
                + "https://buoys.example/station/harbour-east");
        say(4, "09:00", hdPlans, nuala, "3 sauna places left for Sunday, sheet here: "
                + "https://docs.example/sheet/dippers-sunday-apr19");
        Post lifeboat = say(4, "19:00", hdGeneral, bridget, "I'm swimming 5k in the lake on 16 May for the lifeboat "
                + "charity, they pulled my brother out in 2019. if anyone can chip in, here's my page: "
                + "https://justgiving.example/bridget-swims-5k 💙");
        re(4, "19:10", ferdie, lifeboat, "done. go Bridget");
        re(4, "19:30", nuala, lifeboat, "done too, and I'll come and cheer");
        re(4, "20:00", bridget, lifeboat, "you two 🥹 thank you");
        Post hat = say(5, "10:00", hdGeneral, sunita, "@Agnieszka Nowak where did you get the bobble hat in "
                + "Sunday's photo? best hat I've ever seen");
        Post knit = re(5, "13:00", aga, hat, "I knit them! wool outside, fleece lining inside. happy to make you one, "
                + "£18, any colours you like");
        Post teal = re(5, "13:20", sunita, knit, "yes please!! teal and orange?");
        re(5, "14:00", aga, teal, "perfect combo, ready in 2 weeks 🧶");
        Post nervous = say(7, "18:00", hdPlans, sunita, "added myself for Sunday, first sea swim!! nervous");
        re(7, "18:30", torvald, nervous, "I'll swim next to you");

        // Week 2: the first sea swim, a lift arranged and carried on in a DM, the fundraiser's thank-you, a storm.
        Post amazing = say(8, "10:00", hdGeneral, sunita, "SUNDAY WAS AMAZING. 4 minutes, shrieked the whole time, "
                + "went back for a second go");
        re(8, "10:15", nuala, amazing, "proud of you!");
        re(8, "10:30", ferdie, amazing, "the shriek is mandatory, you passed");
        Post bath = say(8, "06:55", hdCond, ollie, "Mon 06:55: 10.4°C, swell 0.5m. buoy: "
                + "https://buoys.example/station/harbour-east");
        Post going = re(8, "08:00", ferdie, bath, "10.4! practically a bath. Ollie are you going to the cove "
                + "Thursday?");
        Post liftOffer = re(8, "08:20", ollie, going, "yes, dawn dip. want a lift?");
        re(8, "08:25", ferdie, liftOffer, "yes pls");
        say(9, "19:00", dmFerdie, ferdie, "hey, still on for Thursday? I'll be at yours 6:30");
        say(9, "19:10", dmFerdie, ollie, "yep, coffee will be in the flask");
        say(9, "19:12", dmFerdie, ferdie, "legend. also I owe you for petrol from last week, £6?");
        say(9, "19:20", dmFerdie, ollie, "call it even if you bring the biscuits");
        say(10, "07:00", hdCond, ollie, "Wed 07:00: 10.2°C, two moon jellies by the steps, harmless. buoy: "
                + "https://buoys.example/station/harbour-east");
        Post jelly = say(10, "09:00", hdGeneral, torvald, "moon jellies at the cove this morning. harmless but "
                + "startling");
        re(10, "09:20", sunita, jelly, "startling is one word for it 😳");
        Post update = say(11, "18:00", hdGeneral, bridget, "update: sponsorship is at £640 of £500 🤯 thank you so "
                + "much everyone. the page is still open if anyone wants to: "
                + "https://justgiving.example/bridget-swims-5k");
        re(11, "18:20", torvald, update, "amazing Bridget!");
        say(12, "12:00", hdPlans, nuala, "no Sunday swim this week, storm due. stay safe and stay out! sauna moved to "
                + "next week");
        Post washer = say(13, "15:00", hdGeneral, ferdie, "storm's here. the sea is doing its best washing machine "
                + "impression ?!");
        re(13, "15:30", aga, washer, "perfect knitting weather");

        // Week 3: the swim back on, the hat delivered, night swims.
        say(15, "08:00", hdPlans, nuala, "Sunday 3rd is back on, 8am slipway. sheet: "
                + "https://docs.example/sheet/dippers-sunday-may3");
        say(15, "07:05", hdCond, ollie, "Mon 07:05: 10.0°C after the storm, murky. buoy: "
                + "https://buoys.example/station/harbour-east");
        Post hatDone = say(16, "17:00", hdGeneral, aga, "@Sunita Rao your hat's done! teal and orange as ordered 🧶 "
                + "I'll bring it Sunday");
        re(16, "17:10", sunita, hatDone, "AHHH I can't wait");
        Post night = say(17, "21:00", hdGeneral, sunita, "do people swim at night here? a friend said the "
                + "bioluminescence is amazing in summer");
        re(17, "21:30", torvald, night, "a few of us do in August, never alone, always with lights. we'll post in "
                + "#swim-plans when it starts");
        say(17, "07:00", hdCond, ollie, "Wed 07:00: 10.6°C, glassy. buoy: https://buoys.example/station/harbour-east");
        say(18, "12:00", hdGeneral, ferdie, "hat reveal on Sunday. I've been told to bring sunglasses because of the "
                + "orange");
        Post four = say(19, "09:00", hdPlans, nuala, "4 places left for Sunday, sheet here: "
                + "https://docs.example/sheet/dippers-sunday-may3");
        re(19, "09:30", sunita, four, "added! and bringing my friend Rosa");
    }

    private void restorers() {
        // Week 1: horsehair saved, a buyer's question under a listing left for days while the seller talks shop,
        // one tool listing scattered over every room.
        Post horsehair = say(1, "17:00", bwHelp, lottie, "stripped an old dining chair and found horsehair stuffing "
                + "under the foam. keep it or bin it? it smells a bit of barn");
        Post keep = re(1, "19:00", hamid, horsehair, "keep it! horsehair is gold. tease it out, wash it in warm "
                + "soapy water in a pillowcase, dry it in the sun. it comes back springy");
        Post tub = re(2, "10:00", lottie, keep, "washing it now, the bathtub looks like a crime scene");
        re(2, "10:30", hamid, tub, "that's how you know it's working 😄");
        Post bureau = say(2, "12:00", bwSale, cyril, "Georgian-style mahogany bureau, restored and French polished, "
                + "all drawers run smooth. £420, collection from York or I can arrange delivery. photos: "
                + "https://imgs.example/cyril/bureau");
        Post shellac = say(3, "10:00", bwTalk, cyril, "@Hamid Rahimi what shellac are you using now? my usual "
                + "supplier's blonde has gone cloudy");
        Post flakes = re(3, "11:00", hamid, shellac, "I switched to flakes and mix my own, 2 lb cut. never looked "
                + "back");
        re(3, "11:10", cyril, flakes, "flakes it is");
        Post leeds = re(3, "19:00", noor, bureau, "is the bureau still available? could you deliver to Leeds, and "
                + "roughly what would that cost?");
        Post marples = say(4, "09:00", bwTalk, cyril, "@Piet van Dam do you still have that set of Marples chisels?");
        Post stanley = re(4, "09:30", piet, marples, "sold last week sorry, got a Stanley set coming in");
        Post save = re(4, "09:40", cyril, stanley, "save them for me?");
        re(4, "09:50", piet, save, "will do");
        Post brass = say(4, "16:00", bwTalk, cyril, "anyone know a good source of brass escutcheons? the "
                + "reproduction ones are all too shiny");
        Post ammonia = re(4, "16:30", hamid, brass, "age them in a tub with a bit of ammonia overnight");
        re(4, "16:40", cyril, ammonia, "brilliant, trying that");
        Post coats = say(5, "18:00", bwTalk, cyril, "finished polishing a card table today, 11 coats. my shoulder "
                + "hates me");
        Post pics = re(5, "18:20", piet, coats, "worth it though, send pics");
        re(5, "18:30", cyril, pics, "tomorrow when the light's better");
        re(6, "10:00", noor, leeds, "hi again, just checking if the bureau's still available? happy to pay delivery");
        Post cardTable = say(6, "12:00", bwTalk, cyril, "card table pics: https://imgs.example/cyril/cardtable");
        re(6, "12:30", hamid, cardTable, "that figure in the top 😍");
        say(7, "09:00", bwTalk, piet, "Stanley chisel set, 6 pieces, 1970s, sharpened and honed, £65 + postage: "
                + "https://toolbarn.example/listing/stanley-6");
        say(7, "09:05", bwSale, piet, "Stanley chisel set, 6 pieces, 1970s, sharpened and honed, £65 + postage: "
                + "https://toolbarn.example/listing/stanley-6");
        say(7, "09:10", bwHelp, piet, "if anyone's chisels are the problem 😉 Stanley set, £65: "
                + "https://toolbarn.example/listing/stanley-6");
        Post webbing = say(7, "15:00", bwHelp, clem, "my chair's webbing has gone saggy after 2 years, jute. should I "
                + "have used elastic?");
        re(7, "16:00", hamid, webbing, "for a traditional seat jute is right. sounds like it wasn't stretched enough, "
                + "you want it drum-tight with a web stretcher");

        // Week 2: the buyer answered at last, a returning client answered overnight, offcuts given away.
        Post sorryNoor = re(8, "09:00", cyril, leeds, "Noor, so sorry, I missed this completely! yes, still "
                + "available, and Leeds delivery is £45");
        Post take = re(8, "09:30", noor, sorryNoor, "great, I'll take it. bank transfer ok?");
        re(8, "09:40", cyril, take, "perfect, I'll message you the details");
        Post corners = say(9, "20:00", bwHelp, lottie, "horsehair back in, calico on, now scared of the top fabric. "
                + "any tips for corners?");
        Post pleat = re(9, "21:00", hamid, corners, "pleat the front corners, one pleat each, facing the back. cut "
                + "away the excess before you fold. take your time");
        re(10, "12:00", lottie, pleat, "did one corner, it's... a corner! thank you");
        Post wingback = say(10, "18:00", bwTalk, greta, "@Hamid Rahimi you reupholstered my mum's wingback in March "
                + "and she's still showing it to everyone. what would you charge for two matching dining chairs, "
                + "drop-in seats?");
        Post seats = re(11, "08:00", hamid, wingback, "Greta that's lovely to hear! drop-in seats are £70 each in a "
                + "fabric of your choice, or £55 if you bring your own. bring them by any Saturday");
        re(11, "08:30", greta, seats, "bringing them this Saturday");
        say(11, "19:00", bwTalk, clem, "stretcher borrowed, webbing re-done, drum-tight. Hamid you were right again");
        Post stretcher = say(12, "10:00", bwHelp, lottie, "@Clem Ashdown where did you find a stretcher? about to do "
                + "my first webbing");
        re(12, "13:00", clem, stretcher, "borrowed one from the community tool library, they had two. go before "
                + "Saturday, it gets busy");
        Post offcuts = say(13, "11:00", bwSale, lottie, "small pile of upholstery offcuts, velvet and linen, free to "
                + "anyone who collects in Bristol");
        re(13, "11:30", greta, offcuts, "I'd love the velvet for cushion backs!");

        // Week 3: the bureau's buyer comes back with a question, a free evening for beginners, woodworm.
        say(15, "09:00", bwTalk, piet, "new stock in at the tool barn: spokeshaves, marking gauges, a couple of "
                + "Record planes");
        say(15, "09:10", bwSale, piet, "Record No.4 plane, fettled and sharp, £55. "
                + "https://toolbarn.example/listing/record-4");
        Post sticks = say(16, "18:00", bwHelp, noor, "the bureau arrived safely 😍 one drawer sticks a bit in wet "
                + "weather, is that normal?");
        Post candle = re(16, "18:40", cyril, sticks, "totally normal in a damp spring. rub a candle on the runners "
                + "Noor and it'll glide. and thank you for giving it a home!");
        re(17, "09:00", noor, candle, "candle trick worked!");
        Post chairsDone = say(17, "17:00", bwTalk, greta, "the chairs are done and they're gorgeous, Hamid. my mum "
                + "wants to know if you do footstools too 😂");
        re(17, "17:30", hamid, chairsDone, "tell her yes!");
        Post evening = say(18, "10:00", bwTalk, hamid, "free 'first drop-in seat' evening at the community workshop "
                + "on the 12th: bring a seat, I bring the tacks. sign up so I know numbers: "
                + "https://forms.example/dropin-evening");
        re(18, "10:30", lottie, evening, "signed up!!");
        re(18, "11:00", clem, evening, "me too");
        Post worm = say(19, "15:00", bwHelp, cyril, "anyone dealt with woodworm that's still active in a 1900s "
                + "wardrobe?");
        Post tent = re(19, "15:30", hamid, worm, "treat it with permethrin, then tent it for a week. and check the "
                + "neighbours");
        re(19, "15:40", cyril, tent, "the neighbours being the other furniture, I hope 😅");
    }

    private void theatre() {
        // Week 1: auditions called, a newcomer pitched in reply to her hello, props lent.
        say(1, "10:00", lpAud, verity, "AUDITIONS for our summer show, 'The Importance of Being Earnest': Sat 25 "
                + "April, 10am-4pm, church hall. all parts open, no experience needed. pick a slot here: "
                + "https://forms.example/lamplight-earnest");
        Post algernon = say(1, "12:00", lpGeneral, emeka, "EARNEST! I've wanted to play Algernon since school");
        Post sandwiches = re(1, "12:15", stan, algernon, "you'll have to eat a lot of cucumber sandwiches. method "
                + "acting");
        re(1, "12:20", emeka, sandwiches, "a sacrifice I'm willing to make");
        Post pipHi = say(2, "18:00", lpGeneral, pip, "hi everyone, I'm Pip, just moved to town and did am-dram at "
                + "uni. thinking about auditioning, is it ok to come if I'm rusty?");
        re(2, "18:20", verity, pipHi, "of course, welcome Pip! rusty is our house style");
        Post headshots = re(2, "21:00", reuben, pipHi, "welcome! if you want headshots for the auditions, I do them, "
                + "£60 for 10 edited shots, book here: https://reubenkayephoto.example/book");
        Post need = re(3, "08:00", pip, headshots, "oh, thanks, I don't think we need headshots for this? 😅");
        re(3, "08:30", verity, need, "we don't! just come as you are");
        Post handbag = say(3, "12:00", lpProps, aoife, "does anyone have a Victorian-looking handbag? Lady Bracknell "
                + "will need one and mine fell apart");
        Post cupboard = re(3, "14:00", joss, handbag, "two in the props cupboard at the hall, I'll bring them "
                + "Saturday");
        re(3, "14:10", aoife, cupboard, "Joss you angel");
        Post rocking = say(4, "17:00", lpProps, stan, "giving away: a slightly haunted rocking chair. it rocks by "
                + "itself. free to a good home 🪑👻");
        re(4, "17:30", joss, rocking, "we'll take it for the set store, ghost and all");
        say(5, "10:00", lpAud, verity, "12 audition slots left for Saturday the 25th, same form: "
                + "https://forms.example/lamplight-earnest");
        Post build = say(6, "11:00", lpGeneral, joss, "set build day will be Sunday 3 May, need hands. no experience "
                + "needed, I'll teach you the drill (pun intended)");
        re(6, "11:30", pip, build, "I'll come! I can hold things very confidently");

        // Week 2: a long-standing member's sheepish poll, a tea set, audition nerves, auditions.
        Post poll = say(8, "19:00", lpGeneral, emeka, "ok this is embarrassing but the Gazette is running a 'local "
                + "talent' poll and someone nominated me for my panto dame last year 🙈 if any of you fancy voting, "
                + "it's here: https://gazette.example/local-talent-poll");
        re(8, "19:20", stan, poll, "voted, but only because your dame terrified me into it");
        re(8, "20:00", verity, poll, "voted! the dame was iconic");
        Post teaSet = say(10, "12:00", lpProps, aoife, "need: a silver tea set (doesn't need to be real silver, just "
                + "shiny). anyone?");
        Post gran = re(10, "13:00", pip, teaSet, "my gran left me one that's honestly hideous, you can have it "
                + "forever");
        re(10, "13:20", aoife, gran, "hideous is perfect for Algernon's flat");
        Post nerves = say(11, "20:00", lpGeneral, pip, "nervous about Saturday. what do they ask you to do?");
        Post listen = re(11, "20:30", emeka, nerves, "read a bit of a scene with Verity, maybe twice with different "
                + "notes. she's lovely. just listen and react");
        re(11, "20:40", pip, listen, "ok that helps a lot, thank you Emeka");
        Post dress = say(12, "10:00", lpGeneral, reuben, "I'll photograph the dress rehearsal for the programme and "
                + "the socials, free of course, it's my favourite night of the year");
        re(12, "10:30", verity, dress, "Reuben you star, thank you");
        Post voice = say(13, "19:00", lpGeneral, stan, "auditions done, voice gone. my 'A HANDBAG?' might have been "
                + "heard in Wales");
        re(13, "19:10", aoife, voice, "it was heard in my kitchen");
        say(13, "20:00", lpGeneral, verity, "thank you to all 23 who auditioned today! cast list goes up Monday in "
                + "#auditions");

        // Week 3: the cast list, the set-build sheet and its reminder, the poll's end.
        say(15, "18:00", lpAud, verity, "CAST LIST is up: https://docs.example/lamplight-earnest-cast. congratulations "
                + "everyone, and thank you all for coming, it was a very hard week of decisions. first read-through "
                + "Thursday 7pm");
        Post cecily = say(15, "18:30", lpGeneral, pip, "I'M CECILY?!");
        Post propose = re(15, "18:40", emeka, cecily, "and I'm Algernon, so I have to propose to you. sorry in "
                + "advance");
        re(15, "18:45", pip, propose, "😂😂");
        Post bracknell = say(16, "09:00", lpGeneral, stan, "Lady Bracknell, baby. the handbag line is mine");
        re(16, "09:30", verity, bracknell, "nobody else could");
        Post sheet = say(16, "12:00", lpProps, joss, "set build day Sunday 3 May, 10am at the hall, bring a drill if "
                + "you have one. put your name down so I buy enough sandwiches: "
                + "https://forms.example/lamplight-setbuild");
        re(17, "08:00", pip, sheet, "down! bringing my confident holding");
        say(18, "12:00", lpProps, joss, "still need 3 more hands on Sunday, same sheet: "
                + "https://forms.example/lamplight-setbuild");
        Post second = say(19, "19:00", lpGeneral, emeka, "poll closed, I came second to a man who juggles chainsaws. "
                + "honestly fair");
        re(19, "19:10", stan, second, "robbed");
        say(20, "10:00", lpGeneral, aoife, "costume fittings next week, I'll post a sheet. Pip, I already have a "
                + "Cecily dress in mind 👗");
        say(21, "22:00", lpGeneral, pip, "read-through done and I'm already in love with this group. merci à tous 💛");
    }
}
