package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 16 (SEALED until the integrator's final run): eight communities of kinds no earlier round used, over
 * three weeks from Monday 2026-06-15 (2026-W25..W27, UTC), written with their verdicts before any coach ran on them
 * ({@code held-out-scenes-16.csv}). Run {@link #main} from the project root to write
 * {@code bot/src/test/resources/eval/held-out-scenes-16/}.
 */
final class HeldOutScenes16Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 6, 15);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 7, 6, 7, 30, 0, 0, ZoneOffset.UTC);

    // A. Fishkeeping: a hobby server with a swap channel, a shrimp breeder and a newcomer in trouble.
    private final String aqGuild = cast.guild(471);
    private final Channel aqJournals = ch(aqGuild, "Reef & Root", "tank-journals",
            "One thread per tank. Log your params, your wins and your disasters", "aquarium");
    private final Channel aqEr = ch(aqGuild, "Reef & Root", "sick-fish-er",
            "Fish emergencies. Post temp, ammonia, nitrite, nitrate and pH first", "aquarium");
    private final Channel aqChem = ch(aqGuild, "Reef & Root", "water-chem-nerds", null, "aquarium");
    private final Channel aqSwap = ch(aqGuild, "Reef & Root", "swaps-and-sales",
            "Sell or swap livestock, plants and gear. Say your region and if you ship", "aquarium");
    private final Channel aqBubble = ch(aqGuild, "Reef & Root", "bubble-talk",
            "off topic, memes, pets that aren't fish", "aquarium");
    private final Persona priyanka = cast.person("pri.rao", "Priyanka Rao");
    private final Persona tomek = cast.person("tomek_wis", "Tomek W");
    private final Persona dale = cast.person("daleshrimps", "Dale Okafor");
    private final Persona mirela = cast.person("mirela.s", "Mirela Stan");
    private final Persona gus = cast.person("gus_h", "Gus Halloran");
    private final Persona nadia = cast.person("nadia.aquadesign", "Nadia Ferreira");

    // B. A bouldering gym's own server: staff, members, a coach who is not staff.
    private final String clGuild = cast.guild(472);
    private final Role clStaff = cast.role("Staff", "#e67e22", 3);
    private final Role clMember = cast.role("Members", "#95a5a6", 1);
    private final Channel clNews = ch(clGuild, "Granite & Chalk", "gym-news", "Announcements from the G&C team",
            "climb");
    private final Channel clDesk = ch(clGuild, "Granite & Chalk", "ask-the-front-desk",
            "Questions about memberships, passes and bookings. Our staff will reply", "climb");
    private final Channel clBeta = ch(clGuild, "Granite & Chalk", "beta-spray", "how do you do the pink one", "climb");
    private final Channel clSent = ch(clGuild, "Granite & Chalk", "sent-it",
            "Share your sends, projects and PBs", "climb");
    private final Channel clCarpool = ch(clGuild, "Granite & Chalk", "crag-carpool",
            "Outdoor trips, lifts, who's going where", "climb");
    private final Persona rosa = cast.person("rosa_gc", "Rosa Lindqvist", clStaff);
    private final Persona kenji = cast.person("kenji.sets", "Kenji Mori", clStaff);
    private final Persona beth = cast.person("bethcrimps", "Beth Carraway", clMember);
    private final Persona marco = cast.person("marco_b", "Marco Bellini", clMember);
    private final Persona jess = cast.person("jesstrainsclimbers", "Jess Tran", clMember);
    private final Persona olu = cast.person("olu.a", "Olu Adeyemi", clMember);
    private final Persona hanna = cast.person("hannak", "Hanna Kovac", clMember);

    // C. Record collectors: dealers, a buyer, an ID wizard and a new shop owner.
    private final String vnGuild = cast.guild(473);
    private final Channel vnFinds = ch(vnGuild, "Wax & Needle", "crate-finds", "show off what you dug up", "vinyl");
    private final Channel vnId = ch(vnGuild, "Wax & Needle", "what-pressing-is-this",
            "matrix numbers in, answers out", "vinyl");
    private final Channel vnDeck = ch(vnGuild, "Wax & Needle", "turntable-setup", null, "vinyl");
    private final Channel vnSell = ch(vnGuild, "Wax & Needle", "sell-trade",
            "List records for sale or trade. Prices in £, grade by Goldmine", "vinyl");
    private final Channel vnParty = ch(vnGuild, "Wax & Needle", "listening-party", "Sunday night spins", "vinyl");
    private final Persona hal = cast.person("halbrennanrecords", "Hal Brennan");
    private final Persona ines = cast.person("ines.vinyl", "Ines Duarte");
    private final Persona wendell = cast.person("parkside_wendell", "Wendell Park");
    private final Persona lotte = cast.person("lottevos", "Lotte Vos");
    private final Persona sunny = cast.person("sunny_abara", "Sunny Abara");
    private final Persona cass = cast.person("cassm", "Cass Morley");

    // D. A community bike repair co-op: volunteers, a rota, a side hustle.
    private final String bkGuild = cast.guild(474);
    private final Channel bkWrench = ch(bkGuild, "Spoke & Sprocket Co-op", "wrench-help", null, "bikes");
    private final Channel bkParts = ch(bkGuild, "Spoke & Sprocket Co-op", "parts-bin",
            "free parts, take what you need, give what you can", "bikes");
    private final Channel bkRides = ch(bkGuild, "Spoke & Sprocket Co-op", "saturday-rides", null, "bikes");
    private final Channel bkRota = ch(bkGuild, "Spoke & Sprocket Co-op", "volunteer-rota",
            "Workshop volunteer shifts, sign up here", "bikes");
    private final Channel bkChat = ch(bkGuild, "Spoke & Sprocket Co-op", "chainring-chat", null, "bikes");
    private final Persona femi = cast.person("femi.wrench", "Femi Balogun");
    private final Persona ruth = cast.person("ruth_ack", "Ruth Ackerley");
    private final Persona sami = cast.person("sami.h", "Sami Haddad");
    private final Persona ewa = cast.person("ewa_k", "Ewa Kowalczyk");
    private final Persona declan = cast.person("declanmoss", "Declan Moss");
    private final Persona joss = cast.person("jossw", "Joss Whitfield");

    // E. Amateur astronomers: logs, a star party, a course seller, a scope for sale.
    private final String asGuild = cast.guild(475);
    private final Channel asAlerts = ch(asGuild, "Dark Sky Collective", "clear-sky-alerts", null, "astro");
    private final Channel asImaging = ch(asGuild, "Dark Sky Collective", "imaging-help", null, "astro");
    private final Channel asParty = ch(asGuild, "Dark Sky Collective", "star-party-planning", null, "astro");
    private final Channel asLogs = ch(asGuild, "Dark Sky Collective", "observing-logs",
            "Keep a log of your sessions: target, kit, conditions", "astro");
    private final Channel asClassifieds = ch(asGuild, "Dark Sky Collective", "scope-classifieds",
            "Buy/sell kit. Price + location please", "astro");
    private final Persona yusuf = cast.person("yusuf.d", "Yusuf Demir");
    private final Persona harriet = cast.person("harriet_c", "Harriet Cole");
    private final Persona leon = cast.person("leonmarsh", "Leon Marsh");
    private final Persona pia = cast.person("piasky", "Pia Sorensen");
    private final Persona arjun = cast.person("arjun.m", "Arjun Mehta");
    private final Persona greta = cast.person("greta_lund", "Greta Lund");

    // F. A chess club: analysis traded, a streamer, a coach, club nights.
    private final String chGuild = cast.guild(476);
    private final Channel chPuzzle = ch(chGuild, "Knight Shift Chess Club", "puzzle-of-the-day", null, "chess");
    private final Channel chAnalyze = ch(chGuild, "Knight Shift Chess Club", "analyze-my-game",
            "Post a game, get feedback. Give some back!", "chess");
    private final Channel chClub = ch(chGuild, "Knight Shift Chess Club", "club-nights",
            "Thursday club nights at the Crown & Anchor", "chess");
    private final Channel chBlitz = ch(chGuild, "Knight Shift Chess Club", "blitz-banter", null, "chess");
    private final Channel chCoaching = ch(chGuild, "Knight Shift Chess Club", "coaching-corner",
            "Questions about improving. Coaches welcome to answer", "chess");
    private final Persona viktor = cast.person("fm_viktor", "Viktor Hale");
    private final Persona amara = cast.person("amara.n", "Amara Nwosu");
    private final Persona ben = cast.person("benk", "Ben Kowal");
    private final Persona lucia = cast.person("lucia_r", "Lucía Romero");
    private final Persona theo = cast.person("theogrants", "Theo Grant");
    private final Persona moira = cast.person("moira.q", "Moira Quinn");

    // G. Mechanical keyboards: a designer's group buy, a repair business, helpers.
    private final String kbGuild = cast.guild(477);
    private final Channel kbBuilds = ch(kbGuild, "Clack Collective", "build-logs",
            "show your builds, in progress or done", "keeb");
    private final Channel kbGroupBuys = ch(kbGuild, "Clack Collective", "group-buys",
            "GB/IC threads and updates. Vendors & designers welcome", "keeb");
    private final Channel kbDead = ch(kbGuild, "Clack Collective", "help-my-board-is-dead", null, "keeb");
    private final Channel kbSwitches = ch(kbGuild, "Clack Collective", "switch-nerdery", null, "keeb");
    private final Channel kbMarket = ch(kbGuild, "Clack Collective", "marketplace", null, "keeb");
    private final Persona rin = cast.person("rin.designs", "Rin Takahashi");
    private final Persona kofi = cast.person("kofi_m", "Kofi Mensah");
    private final Persona dustin = cast.person("dustin_switchfix", "Dustin Reyes");
    private final Persona elif = cast.person("elif.aydin", "Elif Aydın");
    private final Persona marcus = cast.person("marcuswebb", "Marcus Webb");
    private final Persona noor = cast.person("noor.aziz", "Noor Aziz");

    // H. Campervan builders: a solar seller, build threads, a van page, a rental.
    private final String vlGuild = cast.guild(478);
    private final Channel vlElectrics = ch(vlGuild, "Van Build Crew", "12v-electrical", null, "vanlife");
    private final Channel vlBuilds = ch(vlGuild, "Van Build Crew", "build-threads",
            "One thread per build, post your progress", "vanlife");
    private final Channel vlSpots = ch(vlGuild, "Van Build Crew", "spots-and-routes", null, "vanlife");
    private final Channel vlForSale = ch(vlGuild, "Van Build Crew", "for-sale-wanted", null, "vanlife");
    private final Channel vlCampfire = ch(vlGuild, "Van Build Crew", "campfire", null, "vanlife");
    private final Persona jonah = cast.person("jonah.pikesolar", "Jonah Pike");
    private final Persona saoirse = cast.person("saoirse.k", "Saoirse Kelly");
    private final Persona mateo = cast.person("mateo_r", "Mateo Ruiz");
    private final Persona wren = cast.person("wren.roams", "Wren Holloway");
    private final Persona bram = cast.person("bram_dv", "Bram de Vries");
    private final Persona tilly = cast.person("tillyvans", "Tilly Brooks");

    private HeldOutScenes16Script() {
        super(new SceneIds(10800), FIRST_MONDAY, 21);
        aquarium();
        climbing();
        vinyl();
        bikes();
        astronomy();
        chess();
        keyboards();
        vanlife();
    }

    /** The round's files: one DiscordChatExporter JSON per channel. */
    static Map<String, String> files() {
        return new HeldOutScenes16Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-16"), files(),
                "held-out round 16");
    }

    /** This round names each channel's file for its community and the channel: {@code aquarium-tank-journals.json}. */
    private Channel ch(String guild, String guildName, String name, String topic, String community) {
        return cast.channel(guild, guildName, name, topic, community + "-" + name + ".json");
    }

    private void aquarium() {
        // Week 1 (W25): a journal keeper, a newcomer's sick betta, listings where listings go.
        say(1, "07:42", aqJournals, tomek, "Day 41 of my 60L. Ammonia 0, nitrite 0, nitrate 10. I trimmed my "
                + "rotala again, it grows like crazy since I raise the light to 8h");
        say(1, "08:05", aqJournals, priyanka, "Tank 2 (the nano): finally no more hair algae. Siamese algae eater "
                + "did the work, I did nothing lol");
        Post betta = say(1, "19:20", aqEr, mirela, "help!! my betta is lying on the bottom and not eating since "
                + "yesterday. tank is 3 weeks old, 25L, heater on 26");
        Post params = re(1, "19:31", priyanka, betta, "Oh no. Can you test ammonia, nitrite and nitrate? Do you have "
                + "a liquid test kit or strips? And did you cycle the tank before he went in?");
        re(1, "19:50", mirela, params, "strips only 😬 nitrite looks like 1 maybe? ammonia I dont have. cycle = "
                + "what? I set it up and bought him the same day");
        say(1, "19:58", aqEr, gus, "3 weeks old and no cycle = ammonia. 50% water change now, dechlorinator, same "
                + "temp. then 25% every day till you can test 0");
        re(1, "20:03", priyanka, betta, "What Gus said ^ and feed him tiny amounts or skip 2 days, food makes it "
                + "worse. Get a liquid kit when you can, strips lie");
        say(1, "20:40", aqEr, mirela, "done the change. thank you both so much 😭");
        say(1, "21:10", aqJournals, tomek, "Evening update: my kuhli loaches came out for first time, 5 of 6! I "
                + "think they like the new sand. I will add more cover tomorrow");
        Post potassium = say(2, "10:00", aqChem, priyanka, "@Gus Halloran you dose potassium separately or just "
                + "an all-in-one? my crypts are melting");
        say(2, "10:40", aqChem, gus, "separate. all in ones are low on K for crypts. and dont panic, crypts melt "
                + "when you move them, give it 3 wks before you change anything");
        say(2, "10:52", aqChem, priyanka, "ok that's reassuring, they were moved last week. patience it is");
        potassium.react("👍", tomek);
        Post shrimpList = say(2, "12:15", aqSwap, dale, "[UK, ships Mon-Wed] Neocaridina: blue dream + red cherry, "
                + "£2.50 each or 10 for £20. Bred in cycled tanks, 4 yrs. DM me or dalesshrimp.example/shop");
        shrimpList.react("🔥", tomek);
        say(2, "13:30", aqSwap, gus, "[Leeds, collection] old Eheim 2213, works fine, £25. also a bag of "
                + "Amazon frogbit free to anyone who asks");
        say(2, "14:02", aqSwap, priyanka, "@Gus Halloran dibs on the frogbit!! can swap you some java fern");
        say(2, "14:20", aqSwap, gus, "deal");
        say(2, "18:30", aqJournals, tomek, "Day 42. I lost one ember tetra this morning 😞 no signs, params "
                + "perfect. I think it was old, I had it from my first tank");
        say(3, "08:10", aqJournals, tomek, "My first carpet is finally connecting in the front left. Photo later, "
                + "my phone is dead");
        Post update = say(3, "18:45", aqEr, mirela, "update: got a liquid kit!! ammonia 1ppm still, nitrite 0.5. "
                + "he ate 2 pellets today");
        re(3, "19:02", priyanka, update, "That's progress! Keep doing the daily 25% and don't add any new fish "
                + "for a few weeks. 1ppm will come down");
        say(3, "19:30", aqChem, dale, "anyone else's tap water GH jump this month? mine went from 6 to 11 overnight");
        say(3, "19:41", aqChem, gus, "yorkshire water changed source in june, they do it every summer. RO mix or "
                + "live with it");
        say(3, "19:44", aqChem, dale, "ugh. RO mix it is, the shrimp hate swings");
        say(3, "21:40", aqJournals, tomek, "Night: I see the first snail eggs on the glass. I will remove them, "
                + "I have too many snails already");
        say(4, "07:55", aqJournals, tomek, "Carpet photo: it is more brown than green in the back. I will try "
                + "more CO2, my drop checker is only light green");
        say(4, "12:10", aqSwap, dale, "update: blue dreams gone, reds still available. thanks all 🦐");
        say(4, "20:15", aqJournals, gus, "the 200L: moved the driftwood, the plecos are furious. will report back");
        say(5, "08:20", aqJournals, tomek, "CO2 up one bubble per sec. I check the fish every hour today, I am "
                + "nervous haha");
        Post swimming = say(5, "18:05", aqEr, mirela, "HE'S SWIMMING AGAIN!!! ammonia 0.25, flaring at his "
                + "reflection like an idiot 😂");
        re(5, "18:20", priyanka, swimming, "YES!! So happy. Keep the changes going until it reads 0 for a week");
        swimming.react("🎉", priyanka, gus, tomek);
        say(5, "21:30", aqJournals, tomek, "Day 45: all fish ok with more CO2, my drop checker is green now. I "
                + "am happy with my carpet finally");
        say(6, "10:12", aqJournals, tomek, "Saturday water change done, I did 40% and also clean my filter "
                + "sponge in tank water. My shrimp are all over the new moss");
        say(6, "11:00", aqBubble, mirela, "my cat is OBSESSED with the tank now lol he sits there all day");
        say(6, "11:08", aqBubble, gus, "lid. get a lid.");
        say(7, "16:40", aqJournals, tomek, "Week summary of my tank: lost 1 ember, carpet better, loaches out. "
                + "Next I want to try a background, I am thinking black");
        say(7, "17:02", aqJournals, priyanka, "Black background makes every red fish pop, do it");

        // Week 2 (W26): a question left for the newcomer, a stranger's pitch, an answer with one's own guide.
        joins(8, "09:30", aqBubble, nadia);
        say(8, "09:41", aqBubble, nadia, "hi everyone 👋 I'm Nadia, I run an aquascaping studio in Leeds, we "
                + "design and look after tanks for offices and restaurants");
        say(8, "10:05", aqBubble, gus, "welcome");
        Post kit = say(9, "12:30", aqChem, priyanka, "@Mirela Stan which liquid kit did you end up getting, and "
                + "where from? I'm writing a little beginners' pin for the server and want to say what shops near "
                + "people actually stock");
        Post cloudy = say(9, "19:10", aqEr, mirela, "tank is cloudy white again, did a 50% change yesterday 😩 "
                + "betta is fine tho");
        re(9, "19:25", nadia, cloudy, "Hi Mirela! cloudy water after a big change is a classic bacterial bloom. "
                + "Honestly this is exactly what our maintenance plan solves, we come monthly and keep everything "
                + "stable. £45/visit, book a free 15 min call here: aquadesign.example/book");
        re(9, "19:40", gus, cloudy, "bacterial bloom. leave it alone, no more big changes, it clears in 3-4 days");
        say(9, "19:48", aqEr, mirela, "ok leaving it alone 🙏");
        say(10, "08:00", aqBubble, mirela, "the cat update: he now tries to drink from the tank 🙄");
        say(10, "08:20", aqBubble, tomek, "my cat did the same, I put a water fountain for him, he forgot the tank");
        Post molt = say(10, "20:05", aqEr, tomek, "my shrimp are dying when they molt, I see white ring on them. "
                + "3 dead this week. GH 11, KH 4. What do I do wrong?");
        re(10, "20:22", dale, molt, "white ring = failed molt, usually GH too high or swinging with big changes. "
                + "I wrote up what I do here dalesshrimp.example/blog/molting but tl;dr: small changes, same GH "
                + "every time, aim for 6-8");
        re(10, "20:40", tomek, molt, "ah I do 40% with tap every saturday, this is the swing. thank you Dale!");
        say(11, "09:15", aqBubble, mirela, "does anyone else name their snails? I have Gary and Gary 2");
        say(11, "09:20", aqBubble, priyanka, "Gary 2 😂");
        say(11, "18:00", aqJournals, tomek, "Day 52. I changed to 15% twice a week with RO mix, GH now 7. No dead "
                + "shrimp since Tuesday");
        say(12, "18:30", aqBubble, mirela, "Gary 3 appeared. I did not buy Gary 3.");
        say(12, "18:41", aqBubble, gus, "you'll have 40 garys by august");
        say(13, "10:00", aqJournals, priyanka, "Nano: added 6 chili rasboras, they're the size of an eyelash");

        // Week 3 (W27): the breeder's sale away from the sales channel.
        say(15, "09:00", aqBubble, dale, "SUMMER SHRIMP SALE 🦐 20% off all neos this week with code SHRIMPFEST "
                + "→ dalesshrimp.example/shop");
        say(15, "11:30", aqChem, gus, "GH back down to 7 from the tap this week btw @Dale Okafor, summer source "
                + "done");
        say(15, "11:42", aqChem, dale, "oh nice, thanks for the heads up");
        say(16, "19:00", aqJournals, tomek, "Day 57: black background is on! My reds look amazing. I am so happy "
                + "with my tank now");
        say(17, "20:10", aqEr, priyanka, "Anyone seen fin rot on a betta that clears up and comes back? asking "
                + "for a friend at the club");
        say(17, "20:30", aqEr, gus, "water quality. it always comes back to water quality");
        say(18, "12:00", aqChem, dale, "btw the sale ends sunday, SHRIMPFEST still works, shipping to the whole "
                + "UK this week");
        say(19, "18:20", aqBubble, mirela, "betta has been fine 2 weeks!! thank you everyone seriously");
        say(19, "18:35", aqBubble, priyanka, "So glad ❤️");
    }

    private void climbing() {
        // Week 1 (W25): the gym's own news, a member's sends, a member selling her coaching block.
        say(1, "08:30", clNews, rosa, "Morning all ☀️ New boulders on the cave wall this week, and our Intro to "
                + "Lead course starts 1 July: £60 for 3 sessions, sign up at the desk or gcclimbing.example/lead");
        Post slab = say(1, "12:10", clBeta, beth, "anyone done the pink on the slab? how do you get off the start, "
                + "I keep peeling");
        Post heel = re(1, "12:25", jess, slab, "left heel on the volume, trust it, then stand up fast");
        re(1, "12:31", beth, heel, "omg the HEEL. ty will try tonight");
        say(1, "20:45", clSent, beth, "pink slab DONE 💅 heel beta worked first go");
        say(1, "20:50", clSent, olu, "first V3 flash tonight, the orange roof one 🙌");
        say(2, "09:15", clBeta, jess, "anyone plateaued at V4-V5? I'm running a 6-week strength block for "
                + "boulderers, £120, 3 spots left, DM me 💪");
        Post freeze = say(2, "10:00", clDesk, olu, "hi, can I freeze my membership for 6 weeks? broke a finger "
                + "(not climbing, car door 🤦)");
        re(2, "11:20", rosa, freeze, "Ouch! Yes, up to 3 months once a year, no fee. I've frozen it from today, "
                + "just tell us when you're back. Heal well Olu!");
        say(2, "07:30", clSent, beth, "morning session before work, did all the new greens in the cave");
        say(2, "19:10", clSent, beth, "repeated the blue traverse in one go, 3rd time ever, arms are gone");
        say(2, "21:00", clSent, hanna, "project update: stuck the crimp on the black one!! didn't top it but still");
        say(3, "09:00", clNews, rosa, "Reminder: the summer bouldering league starts Friday! £5 a night, teams "
                + "of 3, sign up: gcclimbing.example/league");
        say(3, "18:30", clSent, beth, "flashed the new purple in the cave. felt strong today");
        say(3, "20:05", clBeta, marco, "the new yellow in the cave: is the start match or cross? setter pls");
        say(3, "20:30", clBeta, kenji, "@Marco Bellini cross, then the toe hook does the rest. no spoilers beyond that 😇");
        say(4, "18:00", clSent, beth, "first session on my project (the black arete). fell off the last move 4 "
                + "times, my skin is done");
        Post sendBeth = say(4, "21:10", clSent, beth, "update: got the black arete on the 9th go!!! my hardest "
                + "send ever");
        re(4, "21:25", jess, sendBeth, "so strong!! if you want to push for V7 before the comp, my block would be "
                + "perfect for you, still got 2 spots 👀");
        sendBeth.react("🔥", jess, olu, hanna, marco);
        say(5, "08:40", clCarpool, jess, "also if anyone's training for an outdoor trip, my 6 week block starts "
                + "Monday, DM me");
        say(5, "09:10", clNews, rosa, "League night tonight 🎉 last team spots: gcclimbing.example/league");
        say(5, "16:00", clSent, beth, "hangboard PB today: 20mm edge, +8kg, 10 seconds. I'm so proud of my "
                + "little fingers");
        say(5, "22:30", clSent, beth, "league night 1: we came 4th of 12 teams, I topped 5 of 8");
        say(6, "11:00", clSent, beth, "saturday morning in an empty gym is the best thing ever. did 4x4s till I "
                + "cried");
        say(6, "12:00", clCarpool, marco, "anyone heading to Stanage tomorrow? could do with a spotter and a pad");
        say(6, "12:40", clCarpool, olu, "can't climb but I'll come spot 😅");
        say(7, "19:00", clSent, beth, "rest day. my fingers say thank you");
        say(7, "20:30", clNews, rosa, "League week 1 results are up! Next Friday's sign-up: "
                + "gcclimbing.example/league");
        say(7, "21:10", clNews, kenji, "I'm off to Fontainebleau for a week, back on the 29th. don't break the "
                + "walls while I'm gone");

        // Week 2 (W26): a customer's question at the front desk, a carpool sheet, the staff's news.
        say(8, "09:20", clCarpool, marco, "Peak trip Sat 27th! I'm driving, 3 seats, Olu has 2. put your name in "
                + "the sheet so we can sort lifts: docs.example/sheet/peaktrip");
        say(8, "10:12", clDesk, hanna, "Hi! I bought a 10-visit pass from you in March but was off 6 weeks with a "
                + "pulley injury, it expires on the 30th with 5 visits left. Any chance it can be extended? The "
                + "desk said to ask here");
        say(8, "19:30", clSent, olu, "finger healed enough for jugs. just jugs. happy anyway");
        say(9, "09:00", clNews, rosa, "New sets on the slab wall going up Thursday, so the slab is closed "
                + "Thursday morning. Kids' club has 4 spaces left for July: gcclimbing.example/kids");
        say(9, "18:15", clBeta, hanna, "the green on the slab, anyone? the mantle is impossible for short people");
        say(9, "18:40", clBeta, beth, "@Hanna Kovac do it from the left, get your foot up by your hand first. I'm "
                + "5'3 and that's how I did it");
        say(10, "12:00", clCarpool, marco, "4 seats left for the Peak, sheet here docs.example/sheet/peaktrip");
        say(10, "17:30", clNews, rosa, "League week 2 tonight? No! Friday as always 😄 sign-up still open: "
                + "gcclimbing.example/league");
        say(11, "08:50", clDesk, hanna, "bumping this 🙏 the pass runs out on the 30th");
        say(11, "20:00", clSent, beth, "new slab set is SPICY, did 3 of 6");
        say(12, "09:30", clCarpool, marco, "last call for lifts, leaving 7am from the gym car park. "
                + "docs.example/sheet/peaktrip");
        say(12, "09:45", clCarpool, hanna, "I'm in! put my name down");
        say(12, "11:00", clNews, rosa, "Friday league night, doors 6pm. Pizza after for anyone who stays to help "
                + "strip the old set 🍕");
        say(13, "19:30", clCarpool, marco, "great day at Stanage everyone, skin destroyed, 10/10");

        // Week 3 (W27): the setter back, the desk catching up late.
        say(15, "08:40", clNews, kenji, "back from Font 🇫🇷 new sets going up Wednesday in the cave");
        say(15, "10:30", clDesk, rosa, "@Hanna Kovac so sorry, this slipped through while Kenji was away and I was "
                + "on league nights. Yes, your pass is extended to the end of August!");
        say(15, "11:00", clDesk, hanna, "amazing thank you!!");
        say(16, "19:00", clSent, hanna, "TOPPED THE BLACK ONE 😭 6 weeks of physio worth it");
        say(16, "19:20", clSent, beth, "HANNA!!! 🎉");
    }

    private void vinyl() {
        // Week 1 (W25): an ID wizard answering with links, a new shop asking strangers for follows, listings.
        say(1, "10:00", vnFinds, wendell, "just opened my record shop in Hebden Bridge!! 🎉 could you all follow us "
                + "on insta @parkside.wax, trying to hit 1k before the launch party");
        say(1, "18:20", vnFinds, cass, "car boot haul: 4 blue notes for £10 the lot, no idea what I've got yet");
        Post four = say(2, "09:05", vnId, cass, "ok here are the 4 from the car boot. matrix in the runout: "
                + "1) BLP 1577 A, ear 2) BST 84003 VAN GELDER 3) BST 84149 A/B no ear 4) 84185 liberty. any "
                + "originals??");
        re(2, "09:12", lotte, four, "1) is Blue Train, ear + BLP = you might have an early one, compare here "
                + "discogs.example/release/1001");
        say(2, "09:14", vnId, lotte, "2) Van Gelder stamp but no ear on a BST is a 60s repress: "
                + "discogs.example/release/1002");
        say(2, "09:16", vnId, lotte, "3) Liberty era, still a lovely copy: discogs.example/release/1003");
        say(2, "09:18", vnId, lotte, "4) 84185 with Liberty label is the first UA reissue, "
                + "discogs.example/release/1004. check the cover for a Liberty sticker");
        re(2, "09:40", cass, four, "LOTTE. you're a legend. the Blue Train has the ear!!!");
        say(2, "11:00", vnSell, hal, "For sale: Miles Davis - Kind of Blue, 6-eye, VG+/VG, £140. Mingus Ah Um "
                + "2-eye VG £60. Pics on request, post or collect in Sheffield");
        say(2, "11:30", vnSell, ines, "nice copies Hal. I've got a Kind of Blue 2-eye coming in next week if "
                + "anyone wants the cheaper route");
        Post cassFind = say(3, "17:00", vnFinds, cass, "the car boot Blue Train is an early one per Lotte, "
                + "cleaned it and it plays like butter 🧈");
        re(3, "17:05", lotte, cassFind, "told you 😄 enjoy it");
        re(3, "17:20", wendell, cassFind, "nice find! could you give @parkside.wax a follow? we post new stock daily");
        Post sunnyId = say(3, "20:00", vnId, sunny, "Rumours, runout says BSK 3010 and some scratched letters "
                + "'SH'. is this worth anything?");
        re(3, "20:12", lotte, sunnyId, "the SH is the Sterling Hitsville cut, it's a nice US first press, not "
                + "rare but a good one: discogs.example/release/2001");
        re(3, "20:30", sunny, sunnyId, "oh cool, thank you!");
        say(4, "10:30", vnFinds, wendell, "@Sunny Abara @Lotte Vos would you mind following the shop insta? every "
                + "follow helps 🙏 @parkside.wax");
        say(4, "11:00", vnSell, hal, "Kind of Blue has gone, thanks. Ah Um still here");
        Post halId = say(4, "14:00", vnId, hal, "bit embarrassed but: Love Supreme with an orange/black label and "
                + "no gatefold, is that a UK pressing?");
        re(4, "14:20", lotte, halId, "yep HMV/Impulse UK, 1965. usually laminated sleeve: "
                + "discogs.example/release/3001");
        say(5, "19:00", vnId, sunny, "another one: Led Zep IV, 'Porky' scratched in the runout??");
        say(5, "19:10", vnId, lotte, "@Sunny Abara Porky = George Peckham cut it, UK. lots of variants, match "
                + "yours here discogs.example/release/4001");
        say(5, "19:25", vnId, lotte, "and if the Atlantic label is plum/orange it's an early UK one: "
                + "discogs.example/release/4002");
        say(6, "21:00", vnParty, cass, "Sunday spin tomorrow: bring one record you found under £5");
        say(7, "21:05", vnParty, lotte, "Bobbie Gentry, Ode to Billie Joe, £2 at a charity shop 🎶");
        say(7, "21:09", vnParty, sunny, "Rumours (the SH one!!)");
        say(7, "21:15", vnParty, cass, "the Blue Train obviously");

        // Week 2 (W26): dealers talk shop while a buyer asks the room.
        Post fees = say(8, "10:00", vnSell, ines, "has anyone else noticed discogs fees eating everything this year? "
                + "thinking of doing more fairs instead");
        re(8, "10:15", hal, fees, "same. 9% plus the paypal cut. fairs are better if you can get a good pitch");
        re(8, "10:40", ines, fees, "Sheffield fair pitch was £45 last time, worth it?");
        say(8, "10:52", vnSell, hal, "@Ines Duarte worth it if you bring jazz and soul, the rock crowd haggle "
                + "like mad");
        say(8, "11:30", vnSell, wendell, "@Hal Brennan do you do the Leeds one too? thinking of getting a pitch");
        say(8, "11:45", vnSell, hal, "@Wendell Park yeah every other month. go halves on a table if you like");
        Post firstDeck = say(9, "18:00", vnDeck, sunny, "looking for my first proper turntable, budget £250, used is "
                + "fine. anyone selling one or got a recommendation?");
        say(9, "19:30", vnSell, hal, "@Ines Duarte what are you pricing UK 2-eye Kind of Blues at now? I went £140 "
                + "on a 6-eye and it went in a day, thinking I was cheap");
        say(9, "19:45", vnSell, ines, "£90-110 for VG+. yours went fast cause 6-eye, you could've asked 170");
        say(9, "19:55", vnSell, hal, "damn. lesson learned");
        re(9, "20:10", lotte, firstDeck, "a used Technics SL-1500 or a Rega P1 both fit. avoid anything with a "
                + "plastic tonearm and a built-in speaker");
        re(9, "20:30", sunny, firstDeck, "thank you, looking for a Rega then");
        say(10, "09:10", vnSell, sunny, "anyone have a decent copy of A Love Supreme? VG+ or better, around £40");
        Post inesOffer = say(10, "10:30", vnSell, ines, "@Sunny Abara I've got a 70s Impulse reissue, VG+/VG+, "
                + "£35. pics?");
        say(10, "11:20", vnSell, hal, "@Ines Duarte are you doing Leeds fair in July? might share with Wendell");
        say(10, "11:35", vnSell, ines, "probably! if you two go halves I'll take the table next to you");
        say(10, "12:00", vnSell, wendell, "deal, that makes us a jazz corner 😄");
        say(10, "12:05", vnSell, hal, "jazz corner it is. @Ines Duarte bring your 45s box, they sell");
        say(11, "18:00", vnDeck, sunny, "also is a pre-amp needed if my speakers are powered?");
        say(11, "18:40", vnDeck, cass, "@Sunny Abara if the deck has no built-in phono stage then yes, or get "
                + "speakers with a phono input");
        say(11, "19:00", vnSell, hal, "@Wendell Park what crates are you using in the shop? mine are falling apart");
        say(11, "19:20", vnSell, wendell, "ikea kallax like everyone 😂");
        say(11, "19:25", vnSell, hal, "ha of course");
        say(12, "14:00", vnSell, hal, "@Ines Duarte did you get the Sheffield pitch confirmed?");
        say(12, "14:30", vnSell, ines, "yes, table 14");
        say(12, "14:40", vnSell, hal, "I'm 15 then 😄 see you there");

        // Week 3 (W27): the buyer's question to one dealer, left while she talks to the other.
        Post porto = re(16, "09:30", sunny, inesOffer, "yes please! still available? and do you ship to Porto? I'm "
                + "there for the summer");
        say(16, "16:00", vnSell, ines, "@Hal Brennan fair report: sold 40 records, half of them 45s. you were "
                + "right about jazz and soul");
        say(16, "16:20", vnSell, hal, "told you! what went first?");
        say(16, "16:30", vnSell, ines, "northern soul 45s, all gone in an hour");
        say(17, "11:00", vnSell, ines, "new stock up tomorrow: a box of 60s Blue Notes from a house clearance 👀");
        say(18, "10:00", vnSell, hal, "@Ines Duarte save me the Lee Morgans if there are any");
        say(18, "10:10", vnSell, ines, "ha, you'll have to fight for them");
        porto.react("👀", cass);
        say(19, "21:00", vnParty, lotte, "Sunday spin theme: records with a story");
    }

    private void bikes() {
        // Week 1 (W25): the rota, the ride, a newcomer's old bike and a side hustle.
        say(1, "08:00", bkRota, ruth, "July rota is up! we need 2 people per shift, Tue & Thu evenings + Sat "
                + "morning: rota.example/spoke-july");
        say(1, "12:30", bkParts, declan, "anyone need a refurbished commuter? I do them on the side, from £150, "
                + "DM me");
        say(1, "13:10", bkParts, joss, "free: 2 pairs of V-brake pads, a 26\" tube (patched once), box of "
                + "assorted bolts. in the parts bin at the workshop");
        say(1, "13:40", bkParts, femi, "cheers Joss, the bolts will go in a day");
        say(2, "09:00", bkRides, ewa, "Saturday ride!! 45km loop to Otley, cafe stop, pace easy ~22kmh. Meet 9:00 "
                + "at the bridge. Please put your name in the form so I know who to wait for: forms.example/satride");
        joins(2, "18:00", bkChat, sami);
        Post raleigh = say(2, "18:20", bkWrench, sami, "hi, new here. I bought old raleigh for £40, gears skip all "
                + "the time and back brake is like nothing. worth fixing or waste of money?");
        re(2, "18:35", declan, raleigh, "honestly for what you'll spend on parts just buy one of mine, refurbished "
                + "commuters from £150, serviced + 3 months warranty, DM me");
        re(2, "18:50", femi, raleigh, "Worth fixing! skipping is nearly always a stretched chain + worn cassette. "
                + "check the chain first: guides.example/chain-wear and guides.example/cassette-wear");
        say(2, "18:53", bkWrench, femi, "brake: probably just a stretched cable and glazed pads, cheap fix. "
                + "guides.example/brake-cable and guides.example/v-brake-pads. or bring it Thursday and we'll do "
                + "it together");
        re(2, "19:20", sami, raleigh, "thank you!! I will come thursday");
        say(3, "08:30", bkRota, ruth, "still 5 shifts empty, esp Thursdays 🙏 rota.example/spoke-july");
        say(3, "12:00", bkRides, declan, "if anyone needs a bike for Ewa's ride I've got 3 refurbs ready, "
                + "£150-220, DM");
        say(3, "12:20", bkRides, joss, "I'm in for Saturday, put my name down Ewa");
        say(4, "21:30", bkChat, femi, "workshop tonight: 9 bikes fixed, 3 new volunteers, and Sami's raleigh "
                + "shifts like new. good night");
        say(4, "21:40", bkChat, sami, "it's amazing, thank you Femi and Joss!! I never fix anything before");
        say(5, "08:45", bkRides, ewa, "Reminder Saturday ride, 11 people in the form already! cafe is booked for "
                + "12. forms.example/satride");
        say(5, "09:30", bkRota, ruth, "Sat 4th and Thu 9th still need someone 🙏 rota.example/spoke-july");
        say(5, "10:00", bkRota, joss, "took the Thu 9th");
        say(6, "08:15", bkChat, declan, "weekend deal: £20 off any of my refurbs this week, DM me");
        say(6, "15:30", bkRides, ewa, "thank you all for today!! 13 people, nobody dropped, only one puncture 🚴");
        say(6, "15:45", bkRides, joss, "best cake stop yet");

        // Week 2 (W26): the newcomer helped day after day, a question he could answer.
        Post shifting = say(8, "18:30", bkWrench, sami, "new chain on, now it shifts weird between 3rd and 4th "
                + "at the back?");
        re(8, "18:45", femi, shifting, "barrel adjuster at the shifter, quarter turn anticlockwise, try again. "
                + "repeat till it's clean");
        re(8, "19:00", sami, shifting, "worked!");
        say(9, "12:00", bkChat, sami, "btw got my new chain from Cog Street Cycles, only £12 and the guy was super "
                + "nice");
        say(9, "12:30", bkChat, joss, "Cog Street are great, they sponsor our raffle");
        Post squeal = say(10, "19:10", bkWrench, sami, "now back brake squeals like crazy 😅");
        re(10, "19:25", femi, squeal, "toe the pads in: front of the pad touches first, a business card between "
                + "the back of the pad and the rim when you tighten. and clean the rim with alcohol");
        re(10, "19:50", sami, squeal, "no more squeal 🙏");
        say(10, "20:00", bkRota, ruth, "August rota is up early this time, 12 shifts: rota.example/spoke-august");
        say(11, "17:40", bkChat, femi, "anyone know where to get cheap 9-speed chains this week? the co-op stock "
                + "is out and we've got 3 bikes waiting for one");
        say(11, "18:05", bkWrench, sami, "what pressure should tyres be? the shop said 80 but it feels like "
                + "rock");
        say(11, "18:20", bkWrench, femi, "@Sami Haddad on 35mm tyres and city roads, 55-60 psi is plenty. 80 is "
                + "for skinny road tyres");
        say(11, "18:30", bkWrench, sami, "ok 60 then, thanks");
        say(12, "09:00", bkChat, joss, "@Femi Balogun Cog Street had some last month, maybe try them?");
        say(12, "09:10", bkChat, femi, "cheers Joss, will ring them");
        Post tube = say(12, "18:00", bkWrench, sami, "got a puncture on the way home, how do I find the hole if "
                + "I can't hear it?");
        re(12, "18:15", femi, tube, "pump it up and dunk it in a bucket, bubbles show it. then check the tyre "
                + "inside for the thorn before you put a new tube in");
        re(12, "18:40", sami, tube, "found it, a piece of glass. thanks Femi");
        say(13, "09:00", bkRides, ewa, "No ride this Saturday sorry, I have my sister's wedding. next week "
                + "again!");

        // Week 3 (W27): quieter.
        say(15, "09:00", bkRides, ewa, "Saturday ride: 60km to Ilkley, a bit faster ~25kmh. form: "
                + "forms.example/satride");
        say(16, "20:00", bkChat, femi, "Cog Street sorted us with 10 chains at cost 🙌");
        say(16, "20:10", bkChat, declan, "nice one, they're good lads");
        say(17, "19:00", bkWrench, joss, "anyone got a spare 27.2 seatpost? mine has seized");
        say(17, "19:30", bkWrench, declan, "@Joss Whitfield I've got one in the shed, yours for free, I'll drop it "
                + "at the workshop Thursday");
        say(17, "19:35", bkWrench, joss, "legend");
    }

    private void astronomy() {
        // Week 1 (W25): a busy logger, the star party called, a member away when asked.
        say(1, "01:10", asLogs, yusuf, "Mon 15/6, Bortle 4 back garden. Target: Veil East. Kit: my 80ED + "
                + "2600MC on the HEQ5. 3h of OIII before the dawn killed it. My guiding was 0.6\" all night");
        say(1, "08:30", asParty, harriet, "Summer star party at Kielder, Sat 20th! Free, bring a scope or just "
                + "come. Sign up so we know numbers for the campsite: forms.example/kielder-party");
        say(1, "08:50", asParty, leon, "in! bringing the big dob");
        say(1, "22:30", asAlerts, arjun, "clear skies in the north tonight per the forecast, anyone out?");
        say(1, "22:35", asAlerts, yusuf, "out already");
        say(2, "01:30", asLogs, yusuf, "Tue 16/6: Veil East night 2. I added 2h Ha. My stars are a bit bloated, "
                + "I think my focus drifted with the temperature");
        say(2, "02:00", asLogs, leon, "16/6, 10\" dob, M13 resolved to the core, best I've ever seen it. seeing 4/5");
        say(2, "10:00", asLogs, yusuf, "Stacked the two nights: my first Veil mosaic panel is done. I'm really "
                + "happy with the OIII, the Ha needs more time");
        say(2, "23:50", asLogs, yusuf, "Tue night: clouds at midnight, I only got 40 min. I used it for flats");
        Post flatsQ = say(3, "12:00", asImaging, arjun, "my flats overcorrect, the corners come out brighter "
                + "than the middle after calibration. what am I doing wrong?");
        re(3, "12:30", pia, flatsQ, "usually the flats are too bright or light leaks in. aim for a third to "
                + "half of the histogram, and cover the scope with a t-shirt when you shoot them");
        re(3, "13:10", arjun, flatsQ, "t-shirt trick it is. thanks Pia");
        say(3, "16:00", asParty, harriet, "11 signed up for Kielder already! remember warm layers, it's cold at "
                + "2am even in June. forms.example/kielder-party");
        say(3, "20:00", asAlerts, leon, "clear tonight then I'm off to the coast till Monday, no signal at the "
                + "cottage 🌊 have fun at Kielder all!");
        say(4, "00:40", asLogs, yusuf, "Wed 17/6: panel 2 of the Veil mosaic. 3h OIII. My new dew heater works, "
                + "no more fog on my lens");
        say(4, "18:00", asParty, harriet, "@Leon Marsh could you bring your 10 inch dob for the kids' session on "
                + "Saturday? they always love the Moon through it");
        say(4, "18:20", asParty, arjun, "I can bring my little refractor for the kids too if that helps");
        say(4, "18:30", asParty, harriet, "@Arjun Mehta yes please!");
        say(5, "01:00", asLogs, yusuf, "Thu 18/6: 2h more Ha on panel 2. I'm now at 14h total on my Veil");
        say(5, "09:00", asParty, harriet, "Final reminder: Kielder tomorrow! gates open 6pm, last sign-ups "
                + "forms.example/kielder-party");
        say(5, "14:00", asLogs, yusuf, "I'm processing my mosaic today, the join between my two panels shows. "
                + "I will try a different blend mode");
        say(6, "01:20", asLogs, yusuf, "Fri 19/6: too much moon, I did only my calibration frames");
        say(6, "15:00", asLogs, yusuf, "Final: my Veil mosaic is done! 16h total, 2 panels. I'm very proud of "
                + "this one, my best image so far");
        say(7, "10:00", asParty, harriet, "Kielder was magic ✨ 34 people, the kids saw Saturn's rings at 3am "
                + "through Arjun's refractor. thank you all!");
        say(7, "10:20", asParty, arjun, "the kids were the best part 😄");

        // Week 2 (W26): the logger asked by name, a course plugged on answers, the member back.
        say(8, "09:00", asParty, leon, "Harriet so sorry, just back and saw this! no signal all week. how did the "
                + "kids' session go? I'll bring the dob next time for sure");
        say(8, "09:20", asParty, harriet, "@Leon Marsh no worries at all! Arjun saved the day. next time 🙂");
        Post leonFlats = say(8, "20:00", asImaging, leon, "trying imaging for the first time with a cheap DSLR "
                + "on the dob mount. my flats make everything worse, corners brighter? same as Arjun had");
        re(8, "20:30", pia, leonFlats, "Same fix: flats at a third of the histogram, cover the tube, and make "
                + "sure the camera hasn't rotated between lights and flats. btw my processing course covers "
                + "calibration in module 2, it's 30% off this week: piasky.example/course");
        re(8, "21:00", leon, leonFlats, "rotation! I took the camera off to charge it. thanks");
        Post guiding = say(9, "21:00", asImaging, arjun, "@Yusuf Demir your Veil mosaic in the logs is unreal. "
                + "what guiding settings did you use? my PHD2 graph is all over the place with the same mount");
        say(10, "00:50", asLogs, yusuf, "Tue 23/6: started the North America nebula. My 80ED is too long for "
                + "it, I will need 3 panels");
        re(10, "12:00", pia, guiding, "not Yusuf but: calibrate near the celestial equator, use 2s exposures and "
                + "check your balance slightly east-heavy. if you want the full workflow, my course is 30% off "
                + "till Sunday piasky.example/course");
        say(10, "12:30", asImaging, arjun, "thanks Pia, will try the balance");
        say(11, "01:30", asLogs, yusuf, "Wed 24/6: NA panel 1, 3h Ha. I'm happy with my guiding tonight");
        say(11, "09:00", asAlerts, yusuf, "forecast says clear till Saturday in the north, go get it");
        say(11, "21:00", asAlerts, leon, "out with the dob tonight, anyone near Hexham want to join?");
        say(12, "02:00", asLogs, yusuf, "Thu 25/6: NA panel 2. I switched my filter to the dual band, much "
                + "faster for me");
        say(12, "19:00", asImaging, arjun, "still wobbly guiding 😕 I'll try again on the weekend");
        say(13, "11:00", asLogs, leon, "26/6: first DSLR image of M27, 20 min total, tiny but mine");
        say(13, "11:30", asLogs, harriet, "Leon that's lovely for a first go!");

        // Week 3 (W27): a newcomer selling her old scope, asked about first scopes.
        joins(15, "18:00", asAlerts, greta);
        say(15, "18:10", asAlerts, greta, "hi all, Greta from Hexham. upgraded to a bigger scope and looking for "
                + "dark site company");
        say(15, "18:30", asAlerts, leon, "@Greta Lund welcome! I'm near Hexham too, I'll ping you next clear night");
        say(16, "10:00", asClassifieds, greta, "Selling: Skywatcher 130PDS + EQ3 mount + 2 eyepieces, £180, "
                + "collection Hexham or I can bring it to a meet. pics: imgur.example/abc123");
        Post nephew = say(17, "19:00", asImaging, arjun, "my nephew wants a first scope for his birthday, "
                + "budget about £200. what should I look at?");
        re(17, "19:20", greta, nephew, "a 130PDS on an EQ3 is a great first scope, bright enough for Saturn and "
                + "lots of galaxies. full disclosure, I'm selling mine in #scope-classifieds for £180, happy to let "
                + "him look through it first and no pressure if you go new");
        re(17, "19:40", harriet, nephew, "a 6\" dob is the other classic, simpler to use for a kid");
        re(17, "20:10", arjun, nephew, "@Greta Lund oh perfect, could we come see it Saturday?");
        say(17, "20:20", asImaging, greta, "@Arjun Mehta Saturday works, I'll DM you my address");
        say(18, "01:00", asLogs, yusuf, "Wed 1/7: NA panel 3 done, 11h total. my mosaic is almost "
                + "there");
    }

    private void chess() {
        // Week 1 (W25): a streamer's "live now", the club night called, a coach introducing himself.
        say(1, "08:00", chPuzzle, amara, "Puzzle of the day: white to move and win. r1b2rk1/pp3ppp/2n5/3q4/3P4/"
                + "2PB1N2/P4PPP/R2Q1RK1. hint: the bishop is not just decoration");
        say(1, "09:10", chPuzzle, ben, "Bxh7+ Kxh7 Ng5+ and the queen comes to h5?");
        say(1, "09:30", chPuzzle, amara, "@Ben Kowal exactly 👏 Greek gift");
        say(1, "10:00", chClub, moira, "Club night Thursday 7pm, Crown & Anchor back room. Rapid tournament, "
                + "15+10. Put your name down so we have enough boards: forms.example/knightshift-thu");
        say(1, "19:02", chBlitz, theo, "live now, blitz arena till I hit 2200 or rage quit twitch.example/theogrants");
        say(1, "19:30", chBlitz, lucia, "theo you always rage quit first 😂");
        say(2, "11:00", chCoaching, viktor, "Hi all, Viktor here, FM, I've coached juniors for 10 years. Happy to "
                + "answer questions in here for free. I also do 1:1 lessons online (£30/h, first one free) if "
                + "anyone ever wants that");
        say(2, "11:20", chCoaching, amara, "welcome Viktor! good to have a titled player around");
        say(2, "20:00", chBlitz, theo, "LIVE again, speedrun from 1000 rating 🔥 twitch.example/theogrants");
        Post flag = say(3, "13:00", chCoaching, ben, "how do i stop blundering in time trouble? lost 3 games this "
                + "week on the clock, all winning positions");
        re(3, "13:40", viktor, flag, "Three things: play with increment for a month (10+5, not 5+0), decide on a "
                + "plan at move 15 so you're not thinking from scratch, and when under a minute only look at "
                + "checks, captures and threats. Most of time trouble is spent on moves that don't matter");
        re(3, "14:00", ben, flag, "that makes a lot of sense, thank you");
        say(3, "21:00", chBlitz, lucia, "anyone for a 3+2 arena after dinner?");
        say(3, "21:10", chBlitz, ben, "me!");
        say(3, "21:11", chBlitz, theo, "me, on stream tho");
        say(4, "09:00", chClub, moira, "Tonight! 14 signed up, we have 8 boards so bring yours if you can. "
                + "forms.example/knightshift-thu");
        say(4, "18:40", chBlitz, theo, "going live in 5! club night warmup twitch.example/theogrants");
        say(4, "23:00", chClub, moira, "Rapid results: 1st Amara 5/5 (of course), 2nd Lucía 4/5, 3rd Ben 3.5. "
                + "Thanks all!");
        say(5, "09:00", chAnalyze, ben, "lost to a 1300 in the rapid, i think I was winning until move 30? "
                + "lichess.example/ben123");
        say(5, "10:15", chAnalyze, amara, "@Ben Kowal you were, 28.Rd7 wins outright. 30...Qe5 was the "
                + "blunder, you missed the back rank. classic clock panic");
        say(6, "12:00", chBlitz, theo, "live now, sub goal 50 👀 twitch.example/theogrants");
        say(6, "12:20", chBlitz, lucia, "I watched yesterday, the rook sac was 🔥");
        say(6, "12:25", chBlitz, theo, "@Lucía Romero ty!! pure luck");

        // Week 2 (W26): one who takes analysis and gives none, one who gives it back.
        Post benGame1 = say(8, "10:00", chAnalyze, ben, "another one, London vs KID, I got crushed on the "
                + "kingside: lichess.example/ben201");
        re(8, "11:30", amara, benGame1, "you let him get f5 and g4 in for free. when black plays ...f5 in the "
                + "KID you need c4-c5 going on the queenside, not waiting moves");
        re(8, "11:45", ben, benGame1, "ok thanks");
        say(8, "19:00", chClub, moira, "Club night Thursday: simul vs Viktor! 20 boards max, sign up: "
                + "forms.example/knightshift-thu");
        say(9, "10:30", chCoaching, ben, "@Viktor Hale followed your advice, increment games helped a lot! how "
                + "do I study endgames without falling asleep lol");
        say(9, "11:00", chCoaching, viktor, "@Ben Kowal haha, 15 minutes a day, not more: basic rook endings "
                + "first (Lucena, Philidor), play them out against the engine until you win them blind. If you "
                + "ever want a structured plan that's what I do in lessons, first one's free, but the 15 minutes "
                + "is what matters");
        Post benGame2 = say(10, "09:00", chAnalyze, ben, "game from last night, blundered a piece on move 19 and "
                + "don't get why: lichess.example/ben202");
        re(10, "09:40", amara, benGame2, "19...Nd4 looks active but the knight has no retreat, Nxd4 and Bxd4 "
                + "loses the exchange of defenders. check what's defending what before you jump");
        Post lucia1 = say(10, "09:45", chAnalyze, lucia, "would love eyes on this, I lost in 25 moves and I "
                + "don't understand where it goes wrong, I think the opening: lichess.example/lucia88");
        re(10, "10:00", ben, benGame2, "ahh the defenders. ok");
        re(10, "14:00", amara, lucia1, "the opening is fine! 11.Qb3 is the problem, it leaves d4 weak");
        Post lucia2 = say(11, "20:00", chAnalyze, lucia, "another one for whoever has time, a Sicilian where I "
                + "end up with no moves: lichess.example/lucia89");
        say(11, "20:05", chAnalyze, ben, "I'll post mine from tonight as well");
        re(12, "09:00", amara, lucia2, "classic: you traded your dark bishop, now d6 is a hole forever");
        Post benGame3 = say(12, "12:00", chAnalyze, ben, "rapid game, lost on time in a winning endgame 🙃 "
                + "lichess.example/ben203");
        re(12, "12:30", lucia, benGame3, "I look at it: at move 41 you play Kf2 but Rf7 is winning directly, I "
                + "think you saw it but clock?");
        re(12, "13:00", amara, benGame3, "Lucía is right, Rf7 and it's over. still: 10+5, remember Viktor");
        re(12, "13:10", ben, benGame3, "yeah 🙃");
        say(12, "21:00", chBlitz, theo, "stream was 6 hours today, my eyes are square");
        say(13, "10:00", chClub, moira, "Simul result: Viktor won 17, drew 2, lost 1 (to Amara!) 🎉");

        // Week 3 (W27): quiet.
        say(15, "08:00", chPuzzle, amara, "Puzzle of the day: black to move, mate in 3. hint: the queen is "
                + "bait");
        say(15, "08:40", chPuzzle, lucia, "Qxh2+ Kxh2 Rh5#? no, that's 2... wait");
        say(15, "09:00", chPuzzle, amara, "@Lucía Romero almost! there's a knight check first");
        say(16, "10:00", chClub, moira, "Summer break: no club night 9 July, back on the 16th");
    }

    private void keyboards() {
        // Week 1 (W25): a designer's group buy in the group-buy channel, a build log in the build channel.
        say(1, "15:00", kbGroupBuys, rin, "GMK Saltmarsh GB is LIVE 🌊 runs till 12 July, base kit $129, "
                + "novelties $45, spacebars $35: saltmarshkeys.example/gb");
        say(1, "15:20", kbGroupBuys, kofi, "the colourway is gorgeous, in for base + spacebars");
        say(1, "17:00", kbBuilds, elif, "Today I start my first build! Tofu65 with Gateron yellows, I lube all "
                + "the switch myself. Wish me luck");
        say(1, "22:00", kbBuilds, elif, "20 switch lubed. My fingers are already dying haha");
        say(2, "18:00", kbBuilds, elif, "45 switches. I put too much lube on 5 of them, now I must clean them again 😭");
        say(2, "19:00", kbBuilds, marcus, "finished my Bakeneko60, brass plate, Holy Pandas. thock city");
        say(2, "21:30", kbBuilds, elif, "All 68 lubed!! Tomorrow the stabilizers, I am scared of them");
        say(3, "10:00", kbGroupBuys, rin, "update: we hit MOQ in 2 days!!! thank you all 😭 here's the spacebar "
                + "kit render saltmarshkeys.example/gb");
        say(3, "10:30", kbGroupBuys, noor, "congrats!!");
        say(3, "19:00", kbBuilds, elif, "Stabilizers done, I did the band-aid mod from a video. My spacebar "
                + "sounds like a little drum now, I love it");
        say(3, "21:00", kbSwitches, kofi, "hot take: linears are just tactiles that gave up");
        say(3, "21:05", kbSwitches, dustin, "clickbait take 😂 linears for gaming, tactiles for typing, fight me");
        say(3, "21:10", kbSwitches, kofi, "fair. Boba U4T for both though");
        say(4, "18:30", kbBuilds, elif, "Plate + switches in. The keycaps do not arrive until Saturday, so my "
                + "board is naked. I type on it anyway");
        say(4, "20:00", kbBuilds, elif, "Problem: my E key does not work. I think I bend a pin. I fix tomorrow");
        say(5, "11:00", kbBuilds, elif, "Yes it was the bend pin, I straighten it with tweezers. All keys work "
                + "now!");
        say(5, "15:00", kbGroupBuys, rin, "one week in, 640 kits sold 🥹 still 3 weeks to join "
                + "saltmarshkeys.example/gb");
        say(6, "12:00", kbBuilds, elif, "Keycaps arrived!! Photo of my finished board: it is white and mint "
                + "green. I am so proud, my first build is done");
        say(6, "12:30", kbBuilds, kofi, "clean!! the mint is perfect with the white case");
        say(6, "13:00", kbBuilds, elif, "thank you 🥹 I already want to build the next one");
        say(7, "20:00", kbMarket, marcus, "WTS: Holy Panda x70, lubed, $60 shipped US");

        // Week 2 (W26): a newcomer's dead board, links that answer, a repair pitch, an answer by turn.
        joins(8, "09:00", kbDead, noor);
        Post dead = say(8, "09:30", kbDead, noor, "my new board, half the keys on the right dont work after I "
                + "swapped switches, did I kill it??");
        re(8, "09:40", kofi, dead, "probably not! first check for bent pins and popped sockets, this guide has "
                + "pictures: guides.example/hotswap-sockets");
        say(8, "09:42", kbDead, kofi, "then flash a fresh firmware just in case: qmk.example/toolbox");
        say(8, "09:44", kbDead, kofi, "and this video shows how to test each key with tweezers: "
                + "video.example/tweezer-test");
        say(8, "09:45", kbDead, kofi, "if it's a Vial board you can test keys live here: vial.example/tester");
        re(8, "10:10", dustin, dead, "sounds like bent pins or popped hotswap sockets. we do repairs at "
                + "Switchfix, $35 flat + shipping, book here switchfix.example/repair");
        say(9, "12:00", kbSwitches, dustin, "anyone tried the new Gateron Oil Kings? worth it over Black Inks?");
        say(9, "12:20", kbSwitches, elif, "I try them at a meetup, very smooth but loud bottom out");
        Post spacebar = say(10, "18:00", kbDead, noor, "@Kofi Mensah it was 2 bent pins!! fixed it with "
                + "tweezers like the video. do you know why the spacebar rattles tho?");
        say(10, "18:25", kbDead, kofi, "stabs need lube + the band-aid mod. dielectric grease on the wire ends, "
                + "a bit of plaster under the stab housing where the wire hits. 10 min job");
        say(10, "18:50", kbDead, noor, "no rattle!! ty ty");
        spacebar.react("🎉", elif);
        say(11, "20:00", kbBuilds, marcus, "next build is a Tofu like Elif's but in purple");
        say(12, "17:00", kbGroupBuys, rin, "Saltmarsh: 900 kits! adding a deskmat to the GB at no extra MOQ");

        // Week 3 (W27): the designer's last days pushed everywhere, upvotes asked of strangers.
        say(15, "10:00", kbBuilds, marcus, "posted my Bakeneko on reddit!! reddit.example/r/mk/bakeneko");
        say(15, "10:05", kbDead, marcus, "@Kofi Mensah @Noor Aziz could you upvote my build on r/mk? trying to "
                + "get it on the front page reddit.example/r/mk/bakeneko");
        say(15, "14:00", kbSwitches, rin, "last 5 days for the Saltmarsh GB!! don't miss it "
                + "saltmarshkeys.example/gb");
        say(16, "09:00", kbSwitches, marcus, "@Elif Aydın @Dustin Reyes pls upvote 🙏 "
                + "reddit.example/r/mk/bakeneko");
        Post elifNext = say(16, "19:00", kbBuilds, elif, "My second build started: a Bakeneko like Marcus, "
                + "with tactile this time");
        re(17, "10:00", rin, elifNext, "omg this would look insane with Saltmarsh 👀 last 3 days "
                + "saltmarshkeys.example/gb");
        say(17, "11:00", kbBuilds, marcus, "upvotes appreciated!! reddit.example/r/mk/bakeneko");
        say(17, "12:00", kbBuilds, kofi, "@Elif Aydın tactile Bakeneko is a great choice, U4Ts in brass "
                + "sound unreal");
        say(18, "16:00", kbGroupBuys, rin, "Saltmarsh GB closed: 1,312 kits. thank you all so much 🌊");
    }

    private void vanlife() {
        // Week 1 (W25): a solar seller asked his price, a spot question at the weekend.
        Post inverter = say(1, "19:00", vlElectrics, mateo, "how big an inverter do I need? only laptop, phone, "
                + "and a blender sometimes 😅");
        re(1, "19:30", jonah, inverter, "the blender is the one that decides. most are 300-600W but spike on "
                + "start, so a 1000W pure sine covers you. laptop alone would be fine on 300W");
        re(1, "19:45", mateo, inverter, "1000W pure sine then, thanks!");
        say(2, "08:00", vlBuilds, saoirse, "Sprinter build week 6: insulation done, wool everywhere, I itch");
        say(2, "10:00", vlCampfire, wren, "morning from a car park in Wales, it's raining and I love it");
        say(2, "10:10", vlCampfire, tilly, "Wales in June, classic 😂");
        Post kitPrice = say(3, "12:00", vlElectrics, saoirse, "@Jonah Pike what do you charge for the 200W kit "
                + "you mentioned last week? and does it come with the MPPT?");
        re(3, "12:40", jonah, kitPrice, "£340 with a Victron 75/15, cables, fuses and roof brackets. spec here: "
                + "pikesolar.example/200w. happy to talk through your roof layout first, no obligation");
        re(3, "13:00", saoirse, kitPrice, "great, will DM you the roof measurements");
        say(4, "18:00", vlSpots, bram, "Nice free spot near Utrecht, by the river, max 1 night, very quiet. pin: "
                + "maps.example/utrecht-river");
        say(4, "18:20", vlSpots, tilly, "ooh saving that");
        say(5, "09:00", vlBuilds, saoirse, "week 6 cont: ceiling battens up. my first time using a multitool, "
                + "still have all fingers");
        Post annecy = say(6, "11:00", vlSpots, saoirse, "@Bram de Vries is the aire by Lake Annecy still free to "
                + "stay overnight? going in august");
        say(6, "14:00", vlCampfire, wren, "anyone else's van smell like wet dog when it rains? I don't have a dog");
        say(6, "14:10", vlCampfire, mateo, "it's the wool insulation, mine too for the first summer");
        say(7, "20:00", vlForSale, mateo, "WANTED: 2nd hand diesel heater, Midlands");
        say(7, "20:30", vlForSale, tilly, "@Mateo Ruiz my old Chinese one is in the garage, works, £60?");
        say(7, "20:40", vlForSale, mateo, "yes!! DM");

        // Week 2 (W26): the weekend answer, a build thread, a member talking only about her page.
        re(8, "08:30", bram, annecy, "Hoi Saoirse! sorry, offline all weekend. yes still free but max 48h, and "
                + "in august it's full by 5pm, arrive early");
        say(8, "09:00", vlCampfire, wren, "Just hit 20k on my insta!! I can't believe my little van page grew so "
                + "fast, I started it in January");
        say(8, "12:00", vlCampfire, wren, "I posted my van tour reel today, my best one yet I think, I filmed it "
                + "all on my phone");
        Post fuse = say(8, "19:00", vlElectrics, mateo, "my fuse box has 6 fuses and I don't know what size for "
                + "the fridge 🙈");
        re(8, "19:20", jonah, fuse, "check the fridge manual for its max draw, then fuse at about 1.25x that. "
                + "most 12v compressor fridges are fine on 10A");
        re(8, "19:30", mateo, fuse, "10A it is");
        say(9, "08:00", vlBuilds, saoirse, "week 7: walls up! ply cladding, I cut the wheel arch piece 3 times");
        say(8, "20:00", vlBuilds, saoirse, "week 7 start: first cladding board on, only took 2 hours 🙃");
        say(9, "10:00", vlSpots, wren, "my route for July: Wales, then the Lakes, then Scotland. I'll be filming "
                + "everything for my page");
        Post route = say(9, "11:00", vlSpots, tilly, "anyone done the NC500 in a big van? worried about the "
                + "single track roads");
        re(9, "11:40", mateo, route, "did it in a LWB Sprinter last year, fine if you use the passing places "
                + "and go anticlockwise. skip the Bealach na Ba");
        re(9, "11:50", tilly, route, "thank you, skipping it then 😅");
        say(9, "15:00", vlCampfire, wren, "my engagement is up 40% since I started posting every day. my "
                + "followers love the cooking videos most");
        say(9, "20:00", vlBuilds, saoirse, "evening: window trim done on the sliding door side");
        say(9, "21:00", vlCampfire, wren, "I'm thinking of starting a YouTube too, my reels are getting too long "
                + "for insta");
        say(10, "08:00", vlBuilds, saoirse, "week 7: the bed frame is in, it's slatted so I can put the bikes "
                + "underneath");
        Post solarWire = say(10, "18:00", vlElectrics, mateo, "how thick cable from battery to inverter? 1000W "
                + "at 12V");
        re(10, "18:30", jonah, solarWire, "that's ~90A, so 25mm² for a short run, 35mm² if it's over a metre. "
                + "and a 100A fuse close to the battery");
        re(10, "18:40", mateo, solarWire, "good, I had 16 😬 changing it");
        say(10, "18:50", vlBuilds, saoirse, "tested the bed with the bikes under it, they fit with 2cm to "
                + "spare");
        say(10, "19:00", vlCampfire, wren, "I filmed a sunset timelapse for my page, I sat there 2 hours, my "
                + "best shot ever");
        say(11, "08:00", vlBuilds, saoirse, "week 7: kitchen unit carcass done, my cuts are getting better");
        say(11, "10:00", vlCampfire, wren, "I had a brand reach out to me today for my first paid collab!! a "
                + "camping stove company, I'm so excited");
        say(11, "12:00", vlSpots, wren, "I'm in the Lakes now, my spot is amazing, I'll post it on my page "
                + "tonight");
        say(11, "18:00", vlBuilds, saoirse, "worktop oiled, 3 coats. the smell 😵");
        say(12, "09:00", vlCampfire, wren, "my collab video went up, I'm nervous about how my followers will "
                + "react to an ad");
        say(12, "10:00", vlBuilds, saoirse, "week 7 end: water tank in, pump wired, first tap water in the van!!");
        Post tank = say(12, "18:00", vlElectrics, mateo, "last one: my leisure battery shows 12.1V in the "
                + "morning, is that bad?");
        re(12, "18:40", jonah, tank, "12.1V resting is about 40% on lead acid, so yes, you're running it "
                + "down. check what's drawing overnight, the fridge probably");
        re(12, "19:00", mateo, tank, "the fridge was on max 🤦 thanks Jonah");
        say(12, "19:30", vlBuilds, saoirse, "no leaks after an hour of running the pump. celebrating with tea");
        say(12, "20:00", vlCampfire, wren, "my van page is my full-time job now I think, I made more this month "
                + "from my reels than from my old job");
        say(13, "10:00", vlBuilds, saoirse, "sunday: rest day, I sat in the van and ate toast. it's a home now");
        say(13, "10:30", vlSpots, wren, "I'm heading to Scotland tomorrow, my followers voted for Skye");
        say(13, "11:00", vlSpots, mateo, "@Wren Holloway the Sligachan campsite is good for Skye, book ahead");
        say(13, "20:00", vlCampfire, wren, "my week: 20k followers, first collab, I filmed 9 reels. I'm so "
                + "grateful for my page");

        // Week 3 (W27): a rental offer sprayed over three channels.
        say(15, "09:00", vlCampfire, mateo, "fridge on eco mode, battery at 12.7 this morning 🎉");
        say(15, "09:30", vlCampfire, jonah, "nice, that's a full battery");
        say(16, "10:00", vlSpots, tilly, "Fancy trying vanlife before you build? 🚐 rent our converted Sprinter "
                + "from Bristol, 10% off July with code VANFAM → tillyvans.example/book");
        say(16, "10:04", vlCampfire, tilly, "Fancy trying vanlife before you build? 🚐 rent our converted "
                + "Sprinter from Bristol, 10% off July with code VANFAM → tillyvans.example/book");
        say(16, "10:07", vlForSale, tilly, "Fancy trying vanlife before you build? 🚐 rent our converted "
                + "Sprinter from Bristol, 10% off July with code VANFAM → tillyvans.example/book");
        say(17, "09:00", vlBuilds, saoirse, "week 8: solar is on the roof!! thanks @Jonah Pike for the help "
                + "with the layout");
        say(17, "09:20", vlBuilds, jonah, "looks great, tidy cable run too");
        say(18, "12:00", vlSpots, bram, "Annecy update for @Saoirse Kelly: they put a barrier now, 2.5m max "
                + "height, so high top vans can't go in anymore 😕");
    }
}
