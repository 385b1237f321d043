package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 87 (sealed): eight communities of music, sound and instruments, of kinds no earlier round used (a
 * barbershop chorus where nobody sells, Highland bagpipers with a reed maker among them whose fellow pipers are also
 * his customers, a rehearsal and recording studio's own server with its Staff and the bands who book it, DIY guitar
 * effects pedal builders with a PCB and kit seller among them, karaoke hosts with a room where pubs ask, hi-fi and
 * turntable listeners with a cable seller and his DM to a newcomer, street buskers where nobody sells, sound bath and
 * gong practitioners with a room where the people who come to their sessions ask), over three ISO weeks (2030-W10 to
 * W12), written and labelled by writer87 (session 47) before any coach ran on them, with many borderline cases. The
 * labels are in {@code bot/src/test/resources/eval/held-out-scenes-87.csv}. Run {@link #main} from the project root
 * to write the export again.
 */
final class HeldOutScenes87Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 3, 4);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 3, 25, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-87";
    private static final int BASE = 67600;

    // --- A. a barbershop chorus (nobody sells) ---
    private final String chorus = cast.guild(1151);
    private final Channel chNotes = cast.channel(chorus, "Friday Night Harmony", "rehearsal-notes",
            "what we covered on Friday and what to learn for next week", "ch-rehearsal-notes.json");
    private final Channel chTracks = cast.channel(chorus, "Friday Night Harmony", "learning-tracks",
            "part-predominant tracks and questions about learning your part", "ch-learning-tracks.json");
    private final Channel chGlow = cast.channel(chorus, "Friday Night Harmony", "afterglow",
            "the pub after rehearsal, and anything else", "ch-afterglow.json");
    private final Persona maureen = cast.person("maureen.md", "Maureen Tate");
    private final Persona hugh = cast.person("hugh.bass", "Hugh Barnaby");
    private final Persona dev = cast.person("dev.lead", "Dev Patel");
    private final Persona colin = cast.person("colin.bari", "Colin Shaw");
    private final Persona sam = cast.person("sam.tenor", "Sam Okafor");
    private final Persona rhys = cast.person("rhys.m", "Rhys Morgan");
    private final Persona greg = cast.person("greg.lomas", "Greg Lomas");

    // --- B. Highland bagpipers with a reed maker among them ---
    private final String pipes = cast.guild(1152);
    private final Channel piChanter = cast.channel(pipes, "Sticks & Reeds", "chanter-talk",
            "practice, tunes, gracenotes, fingering", "pi-chanter-talk.json");
    private final Channel piReeds = cast.channel(pipes, "Sticks & Reeds", "reeds-and-bags",
            "reeds, bags, drones, getting the pipes set up", "pi-reeds-and-bags.json");
    private final Channel piGigs = cast.channel(pipes, "Sticks & Reeds", "gigs",
            "weddings, funerals, Burns nights: who can cover what", "pi-gigs.json");
    private final Channel piBothy = cast.channel(pipes, "Sticks & Reeds", "the-bothy",
            "chat", "pi-the-bothy.json");
    private final Persona alasdair = cast.person("alasdair.reeds", "Alasdair Munro");
    private final Persona fiona = cast.person("fiona.pm", "Fiona Gillies");
    private final Persona ewan = cast.person("ewan.b", "Ewan Baird");
    private final Persona kirsty = cast.person("kirsty.pipes", "Kirsty Mackay");
    private final Persona duncan = cast.person("duncan.r", "Duncan Reid");
    private final Persona jamie = cast.person("jamie.low", "Jamie Low");

    // --- C. a rehearsal and recording studio's own server ---
    private final String studio = cast.guild(1153);
    private final Role studioStaff = cast.role("Staff", "#e67e22", 2);
    private final Channel stNews = cast.channel(studio, "Backline Studios", "announcements",
            "news from Backline: opening hours, new rooms, offers", "st-announcements.json");
    private final Channel stBook = cast.channel(studio, "Backline Studios", "bookings",
            "book rooms, move slots, ask about rates", "st-bookings.json");
    private final Channel stLive = cast.channel(studio, "Backline Studios", "the-live-room",
            "gear, sound and recording questions, ask the engineers", "st-the-live-room.json");
    private final Channel stGreen = cast.channel(studio, "Backline Studios", "green-room",
            "chat between sessions", "st-green-room.json");
    private final Persona nina = cast.person("nina.backline", "Nina Kowalski", studioStaff);
    private final Persona tariq = cast.person("tariq.eng", "Tariq Aziz", studioStaff);
    private final Persona beth = cast.person("beth.frontdesk", "Beth Rowe", studioStaff);
    private final Persona lewis = cast.person("lewis.saints", "Lewis Grant");
    private final Persona megan = cast.person("megan.sings", "Megan Cho");
    private final Persona oscar = cast.person("oscar.drums", "Oscar Finch");
    private final Persona priya = cast.person("priya.choir", "Priya Menon");

    // --- D. DIY guitar pedal builders with a PCB seller among them ---
    private final String pedals = cast.guild(1154);
    private final Channel peBuilds = cast.channel(pedals, "Fuzz Factory", "builds",
            "show your builds, enclosures, artwork", "pe-builds.json");
    private final Channel peDebug = cast.channel(pedals, "Fuzz Factory", "debug-help",
            "it doesn't work: post your voltages and photos", "pe-debug-help.json");
    private final Channel peSale = cast.channel(pedals, "Fuzz Factory", "for-sale",
            "sell builds, spare parts, PCBs", "pe-for-sale.json");
    private final Channel peOff = cast.channel(pedals, "Fuzz Factory", "off-topic",
            "anything else", "pe-off-topic.json");
    private final Persona marcus = cast.person("marcus.halefx", "Marcus Hale");
    private final Persona jo = cast.person("jo.lindqvist", "Jo Lindqvist");
    private final Persona tomasz = cast.person("tomasz.n", "Tomasz Nowak");
    private final Persona rachel = cast.person("rachel.fuzz", "Rachel Adeyemi");
    private final Persona sid = cast.person("sid.v", "Sid Varma");
    private final Persona kat = cast.person("kat.ellery", "Kat Ellery");

    // --- E. karaoke hosts with a room where venues ask ---
    private final String kj = cast.guild(1155);
    private final Channel kjLounge = cast.channel(kj, "KJ Collective", "kj-lounge",
            "karaoke hosts talking shop", "kj-kj-lounge.json");
    private final Channel kjVenues = cast.channel(kj, "KJ Collective", "venues-wanted",
            "pubs, clubs and venues: post here if you're looking for a karaoke host", "kj-venues-wanted.json");
    private final Channel kjGear = cast.channel(kj, "KJ Collective", "gear-and-software",
            "mics, mixers, screens, karaoke software", "kj-gear-and-software.json");
    private final Channel kjDoom = cast.channel(kj, "KJ Collective", "songs-of-doom",
            "the songs you dread, and other chat", "kj-songs-of-doom.json");
    private final Persona donna = cast.person("donna.kj", "Donna Pryce");
    private final Persona stacey = cast.person("stacey.sings", "Stacey Lim");
    private final Persona baz = cast.person("baz.karaoke", "Baz Coleman");
    private final Persona mike = cast.person("mike.ortega", "Mike Ortega");
    private final Persona leanne = cast.person("leanne.crown", "Leanne Doyle");
    private final Persona gary = cast.person("gary.redlion", "Gary Hobbs");

    // --- F. hi-fi and turntable listeners with a cable seller among them ---
    private final String hifi = cast.guild(1156);
    private final Channel hfHelp = cast.channel(hifi, "Turntable & Valve", "system-help",
            "hum, hiss, setup, matching amps and speakers", "hf-system-help.json");
    private final Channel hfSpin = cast.channel(hifi, "Turntable & Valve", "now-spinning",
            "post what's on the deck tonight", "hf-now-spinning.json");
    private final Channel hfAds = cast.channel(hifi, "Turntable & Valve", "classifieds",
            "buy and sell kit and records", "hf-classifieds.json");
    private final Channel hfLounge = cast.channel(hifi, "Turntable & Valve", "lounge",
            "chat", "hf-lounge.json");
    private final Persona roy = cast.person("roy.cables", "Roy Palmer");
    private final Persona ellie = cast.person("ellie.b", "Ellie Brooks");
    private final Persona nigel = cast.person("nigel.spins", "Nigel Foster");
    private final Persona ade = cast.person("ade.bankole", "Ade Bankole");
    private final Persona hannah = cast.person("hannah.w", "Hannah Weiss");
    private final Persona frank = cast.person("frank.e", "Frank Ellison");
    private final Channel hfDmRoy = cast.dm(roy, "hf-dm-roy-palmer.json");

    // --- G. street buskers (nobody sells) ---
    private final String busk = cast.guild(1157);
    private final Channel buPitch = cast.channel(busk, "Kerb Notes", "pitches-and-permits",
            "where to play, council permits, pitch etiquette", "bu-pitches-and-permits.json");
    private final Channel buGear = cast.channel(busk, "Kerb Notes", "gear-and-amps",
            "battery amps, loopers, cases, keeping dry", "bu-gear-and-amps.json");
    private final Channel buHat = cast.channel(busk, "Kerb Notes", "the-hat",
            "how the day went, and everything else", "bu-the-hat.json");
    private final Persona callum = cast.person("callum.rees", "Callum Rees");
    private final Persona aoife = cast.person("aoife.fiddle", "Aoife Byrne");
    private final Persona marta = cast.person("marta.accordion", "Marta Silva");
    private final Persona yusuf = cast.person("yusuf.sax", "Yusuf Demir");
    private final Persona ollie = cast.person("ollie.penn", "Ollie Penn");
    private final Persona gwen = cast.person("gwen.harper", "Gwen Harper");

    // --- H. sound bath and gong practitioners with a room where clients ask ---
    private final String gong = cast.guild(1158);
    private final Channel goPrac = cast.channel(gong, "Resonance Circle", "practitioners",
            "practitioners talking shop: bowls, gongs, running sessions", "go-practitioners.json");
    private final Channel goAsk = cast.channel(gong, "Resonance Circle", "ask-a-practitioner",
            "questions from people who come to sessions", "go-ask-a-practitioner.json");
    private final Channel goEvents = cast.channel(gong, "Resonance Circle", "events",
            "sessions and events are listed here: post yours", "go-events.json");
    private final Channel goTea = cast.channel(gong, "Resonance Circle", "tea-room",
            "chat", "go-tea-room.json");
    private final Persona willow = cast.person("willow.hart", "Willow Hart");
    private final Persona serena = cast.person("serena.vale", "Serena Vale");
    private final Persona dominic = cast.person("dominic.gongs", "Dominic Ashe");
    private final Persona jade = cast.person("jade.k", "Jade Kimura");
    private final Persona lorna = cast.person("lorna.fitch", "Lorna Fitch");
    private final Persona ben = cast.person("ben.oduya", "Ben Oduya");

    HeldOutScenes87Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        chorus();
        pipers();
        studio();
        pedals();
        karaoke();
        hifi();
        buskers();
        gongs();
    }

    private void chorus() {
        // W10
        say(1, "19:00", chNotes, maureen, "Friday: warm-ups then straight into Coney Island Baby from the top. "
                + "Leads, please have the verse off copy by the 15th");
        Post colinQ1 = say(1, "20:10", chTracks, colin, "first week on bari, where are the learning tracks kept? "
                + "the welcome email had a link but it's dead");
        Post mLink1 = re(1, "20:30", maureen, colinQ1, "here Colin, all four parts: drive.example/fnh-tracks");
        re(1, "20:40", colin, mLink1, "got them, ta");
        Post colinQ2 = say(2, "18:30", chTracks, colin, "bari part in bar 12 jumps around so much. is it me or is "
                + "the track wrong");
        Post hughA1 = re(2, "19:05", hugh, colinQ2, "it's not you, bari is the part that fills the gaps so it "
                + "never sits still. sing it slow against the bass track, not the bari one, and you'll hear why");
        re(2, "19:20", colin, hughA1, "ohh that helps, it resolves onto your note. makes sense now");
        say(2, "21:00", chGlow, sam, "who's driving friday, my car's in for its MOT");
        say(2, "21:05", chGlow, rhys, "I'll grab you Sam, 7pm");
        say(2, "21:06", chGlow, sam, "legend");
        Post devQ = say(3, "12:00", chNotes, dev, "@Hugh Barnaby are basses doing the tag at the end or is that "
                + "just the leads holding?");
        re(3, "12:40", maureen, devQ, "everyone holds, basses drop to the low D on the post. I'll go over it "
                + "Friday");
        say(3, "12:45", chNotes, dev, "perfect, thanks Maureen");
        say(4, "19:30", chTracks, rhys, "anyone else find the tenor track impossible to hear over the lead?");
        say(4, "19:40", chTracks, sam, "pan it hard left on headphones, the tenor is on its own channel");
        say(4, "19:42", chTracks, rhys, "🤯 eleven years in this chorus and nobody told me");
        Post colinQ3 = say(4, "21:00", chTracks, colin, "is the breath after 'baby' in bar 20 or do we carry "
                + "over?");
        Post hughA2 = re(4, "21:30", hugh, colinQ3, "carry over, breathe after 'night'. mark it in pencil, "
                + "Maureen checks");
        re(4, "21:35", colin, hughA2, "marked. I tried it through twice and the carry over works if I breathe "
                + "low before the phrase");
        say(5, "23:10", chGlow, greg, "great night. Colin you sounded like you'd been there a year");
        say(5, "23:12", chGlow, colin, "ha I was hiding behind Hugh the whole time");
        say(5, "23:15", chGlow, hugh, "that's what basses are for");
        say(6, "10:00", chGlow, rhys, "anyone found a brown scarf? left it on the risers");
        say(6, "10:30", chGlow, greg, "?");
        say(6, "10:32", chGlow, greg, "sorry wrong chat, meant that for my wife 😂");
        // W11
        say(8, "18:00", chNotes, maureen, "Notes from Friday: tag is better, the swipe in bar 28 still mushy. "
                + "Learning tracks again for anyone who asked: drive.example/fnh-tracks");
        Post rhysQ = say(9, "17:00", chGlow, rhys, "@Greg Lomas can you give me a lift thursday for the extra "
                + "sectional? the car's still in the garage");
        say(10, "20:00", chGlow, greg, "watched the quartet final from 2019 again, the bari in the winners is "
                + "untouchable");
        say(10, "20:10", chGlow, sam, "the one with the beard? he's a monster");
        Post colinQ4 = say(10, "21:00", chTracks, colin, "where did the tracks end up again? the folder moved "
                + "on my phone");
        re(10, "21:20", maureen, colinQ4, "same place Colin: drive.example/fnh-tracks. I'll pin it");
        re(10, "21:25", colin, colinQ4, "found it, cheers");
        say(11, "19:00", chGlow, rhys, "got a bus in the end, all good");
        Post colinQ5 = say(11, "20:00", chTracks, colin, "Hugh, the swipe in 28: do baris go up or down to "
                + "meet the lead?");
        Post hughA3 = re(11, "20:30", hugh, colinQ5, "up a half step, then hold. lead moves, you don't");
        re(11, "20:40", colin, hughA3, "ah so I'd been following the lead. sang it up the half step just now "
                + "and it locks. what should I listen for at the sectional?");
        re(11, "20:50", hugh, colinQ5, "the buzz when it rings. you'll know");
        say(12, "23:00", chGlow, sam, "THAT SWIPE. it rang. I heard it ring");
        say(12, "23:02", chGlow, dev, "Maureen actually smiled");
        say(12, "23:03", chGlow, maureen, "don't get used to it");
        // W12
        say(15, "18:00", chNotes, maureen, "Spring show is 13 April. Dress rehearsal 12th. Tickets from "
                + "Sue at the door, nobody else needs to sell anything");
        say(16, "19:00", chTracks, dev, "leads: verse off copy by this friday please, Maureen is checking");
        say(16, "19:05", chTracks, rhys, "tenors too?");
        say(16, "19:08", chTracks, dev, "everyone I think");
        say(17, "12:00", chGlow, colin, "Hugh thanks for the last two weeks, you've been a star. I owe you a pint");
        say(17, "12:30", chGlow, hugh, "I'll hold you to that");
        say(19, "23:20", chGlow, greg, "sorry Rhys, only just seen your message about the lift. hope you got "
                + "there");
        say(19, "23:25", chGlow, rhys, "ha that was a week ago Greg, got the bus");
        say(17, "19:00", chTracks, colin, "bari verse off copy! sang it to the dog twice without the sheet");
        say(17, "19:10", chTracks, sam, "the dog's verdict?");
        say(17, "19:12", chTracks, colin, "left the room halfway through the tag");
        say(19, "23:00", chGlow, dev, "two quartets formed in the pub tonight and both were terrible. "
                + "perfect evening");
        say(19, "23:05", chGlow, hugh, "our tag was fine, the tenor was the problem");
        say(20, "11:00", chGlow, sam, "anyone want the spare riser cover? it's in my boot");
    }

    private void pipers() {
        // W10
        Post kirQ1 = say(1, "18:00", piReeds, kirsty, "my chanter reed is so hard I go purple after two tunes. "
                + "is that normal at 6 months in?");
        Post alaA1 = re(1, "18:40", alasdair, kirQ1, "not normal, it's too strong for you. take it out, sand the "
                + "blades near the tip with fine paper, a few strokes, try it, repeat. or put it in a bit deeper. "
                + "if it's still a brick I've a few easy ones on the shelf at £8, but try the sanding first");
        re(1, "19:10", kirsty, alaA1, "sanded it like you said, three goes. I can get through Scotland the Brave "
                + "now without seeing stars");
        say(2, "20:00", piChanter, fiona, "band practice thursday, we're running the MSR set. Kirsty you're on "
                + "the 2/4 march only, that's fine");
        say(2, "20:05", piChanter, kirsty, "ok! nervous");
        Post ewanQ1 = say(3, "09:00", piGigs, ewan, "wedding at Cromlix on the 16th, couple want two pipers. "
                + "anyone free?");
        re(3, "09:40", duncan, ewanQ1, "I'm free, put me down");
        say(3, "10:00", piReeds, duncan, "drones keep cutting out on the big G. bag's new, hemp on the stocks is "
                + "fine");
        say(3, "10:30", piReeds, alasdair, "drone reeds set too open for the new bag. close the bridles a "
                + "hair on the bass and tenors, they'll stop shutting off when you squeeze");
        say(3, "12:00", piReeds, duncan, "did the bridles, all three drones holding now. cheers");
        Post ewanQ2 = say(6, "12:00", piGigs, ewan, "@Jamie Low you still ok for the funeral at Falkirk on the "
                + "14th? family asked for Flowers of the Forest and Going Home");
        say(7, "10:00", piBothy, jamie, "anyone else watch the worlds replays last night? Field Marshal's "
                + "medley gave me chills");
        say(7, "10:20", piBothy, fiona, "that medley is ridiculous. the drum corps alone");
        say(7, "10:25", piBothy, ewan, "the tenor drummers spinning in time is what gets me");
        // W11
        Post dunQ = say(9, "08:30", piReeds, duncan, "@Alasdair Munro did my two reeds go in the post? I ordered "
                + "them from you last week and the band comp is Saturday");
        Post kirQ2 = say(10, "19:00", piChanter, kirsty, "my birls sound like a sneeze. any tips?");
        Post alaA2 = re(10, "19:20", alasdair, kirQ2, "slow. really slow, on the practice chanter, and keep the "
                + "low A finger moving from the knuckle not the wrist");
        re(10, "19:30", kirsty, alaA2, "from the knuckle, ok, that's what I've been doing wrong");
        say(10, "19:45", piBothy, alasdair, "new batch of cane in from Spain, best I've had in years");
        say(10, "20:00", piBothy, fiona, "the Var cane? nice");
        re(11, "08:00", jamie, ewanQ2, "sorry Ewan, only saw this now. yes I'm on for Falkirk");
        say(11, "08:10", piGigs, ewan, "thanks Jamie, I'll send you the details");
        re(12, "07:30", alasdair, dunQ, "Duncan I'm so sorry, missed this. posted first class this morning, "
                + "should be with you Thursday. if it's not I'll drive one over");
        re(12, "08:00", duncan, dunQ, "phew, ta");
        say(13, "18:00", piReeds, duncan, "reeds arrived, lovely and steady");
        say(14, "20:00", piChanter, fiona, "well played everyone today, third in grade 4! Kirsty your first comp "
                + "and not a note out of place");
        say(14, "20:05", piChanter, kirsty, "I was shaking the whole way round 😅");
        say(14, "20:10", piChanter, ewan, "nobody could tell, honestly");
        say(14, "20:20", piBothy, duncan, "pints on me next practice, Alasdair's reeds carried us");
        // W12
        say(15, "09:00", piGigs, jamie, "heads up, I'm away on the rig from the 18th to April, no signal. "
                + "can't cover anything till then");
        say(15, "09:10", piGigs, fiona, "safe trip Jamie");
        say(16, "19:00", piReeds, kirsty, "started on the bagpipes proper this week, not just the practice "
                + "chanter. my bag leaks like a sieve");
        say(16, "19:20", piReeds, ewan, "seasoning. Alasdair will say seasoning. it's always seasoning");
        say(16, "19:40", piReeds, alasdair, "it's seasoning 😂 a capful, roll it round, leave overnight");
        say(17, "10:00", piReeds, kirsty, "seasoned it, bag holds now. thanks both");
        Post fioQ = say(18, "12:00", piGigs, fiona, "@Jamie Low did you ever get the Falkirk family's fee sorted? "
                + "they asked me");
        say(18, "12:30", piGigs, ewan, "he's on the rig Fiona, he said Monday. I'll ask the family");
        re(18, "13:00", fiona, fioQ, "ah of course, thanks Ewan");
        say(19, "20:00", piBothy, alasdair, "Kirsty, how are the birls coming on?");
        say(19, "20:30", piBothy, kirsty, "they're birls now not sneezes! slow practice works");
        say(19, "21:00", piChanter, ewan, "anyone got a setting of Mist Covered Mountains with fewer "
                + "doublings? the band one is brutal");
        say(19, "21:20", piChanter, fiona, "the band one is the one we're playing Ewan 😂 but the College of "
                + "Piping book has an easier one for practice");
        say(19, "21:25", piChanter, ewan, "grand, I've got that book somewhere");
        say(20, "18:00", piChanter, fiona, "next practice we start learning Mist Covered Mountains. grab the "
                + "score from the band folder");
        say(21, "11:00", piBothy, duncan, "sun's out, playing in the park if anyone wants to join");
        say(21, "11:05", piBothy, kirsty, "coming!");
    }

    private void studio() {
        // W10
        say(1, "09:00", stNews, nina, "Room 3 is back open after the new acoustic panels. Same rates, and it "
                + "finally doesn't sound like a bathroom");
        Post megQ1 = say(1, "11:00", stBook, megan, "is the 7pm slot in room 1 still free friday?");
        megQ1.react("👍", beth);
        say(1, "11:30", stBook, megan, "great, see you friday then 🙂");
        Post oscQ = say(2, "14:00", stLive, oscar, "my snare sounds amazing in the room and like a cardboard box "
                + "on the recording. what am I doing wrong");
        Post tarA = re(2, "14:30", tariq, oscQ, "usually too much ring tuned out. loosen the bottom head a "
                + "quarter turn all round, take the gaffer off, and put the mic two fingers above the rim, not "
                + "pointing at the middle. btw we now do mastering too, £35 a track: backline.example/mastering");
        re(2, "15:00", oscar, tarA, "taking the gaffer off feels wrong but ok, will try tonight");
        say(3, "10:00", stNews, nina, "New: mastering by Tariq, £35 a track or £150 for an EP. Details "
                + "backline.example/mastering");
        say(3, "10:30", stGreen, lewis, "oh nice, we'll need that for the EP");
        Post priQ = say(3, "16:00", stBook, priya, "hi, I run a community choir (24 singers). do you have a room "
                + "big enough, and is there a rate for charities?");
        re(3, "16:40", beth, priQ, "Hi Priya! Room 1 fits 30 standing. Charity rate is 20% off weekdays before "
                + "5pm. Want me to pencil a Tuesday?");
        re(3, "17:00", priya, priQ, "yes please, Tuesday 2-4 on the 19th");
        say(3, "17:10", stBook, beth, "done Priya, booked for the 19th");
        say(4, "21:00", stLive, oscar, "UPDATE: gaffer off, bottom head looser, it's a real snare now");
        say(4, "21:10", stLive, tariq, "told you 😎");
        say(5, "23:30", stGreen, megan, "thanks for tonight, room 1 sounded lush");
        say(6, "14:00", stGreen, lewis, "who left a single drumstick in room 2");
        say(6, "14:05", stGreen, oscar, "that's mine, I had one stick for the whole encore");
        // W11
        say(8, "09:00", stNews, beth, "Reminder: the car park is resurfaced on Wednesday, park on Mill Lane");
        Post lewQ1 = say(8, "12:00", stBook, lewis, "can we have room 2 for the whole of saturday the 16th? "
                + "tracking the EP drums");
        re(8, "12:30", beth, lewQ1, "yes Lewis, 10-6 is yours. Tariq's engineering");
        Post lewQ2 = say(9, "19:00", stLive, lewis, "@Tariq Aziz for saturday, do you want us click tracked "
                + "or live?");
        re(9, "19:40", tariq, lewQ2, "click, the EP is four songs, we'll do a live take at the end for fun");
        say(10, "15:00", stLive, megan, "anyone got tips for singing to a click without sounding robotic?");
        say(10, "15:20", stLive, nina, "put less click in your ears than you think, and sing the phrase not the "
                + "beat. Tariq can add a shaker loop instead of a click if it helps");
        say(10, "15:30", stLive, megan, "shaker loop sounds much nicer, will ask for that");
        say(12, "11:00", stGreen, priya, "the choir is so excited about next Tuesday");
        say(12, "11:05", stGreen, beth, "we'll have the tea on 🙂");
        say(13, "22:00", stGreen, lewis, "long day. 4 drum tracks, zero broken heads");
        say(13, "22:05", stGreen, oscar, "one broken ego though");
        say(13, "22:06", stGreen, lewis, "😂 all the takes were good mate");
        // W12
        say(15, "10:00", stLive, lewis, "@Tariq Aziz can you send us the stems from saturday? a "
                + "mate of ours is doing a rough mix before the mastering");
        say(16, "13:00", stGreen, tariq, "did anyone see the cup final? robbed");
        say(16, "13:10", stGreen, oscar, "robbed is generous, they were shocking");
        Post lewQ4 = say(17, "10:00", stLive, lewis, "bump on the stems if you get a sec");
        say(16, "15:00", stGreen, megan, "recorded my first demo here last year, just got played on local "
                + "radio!!");
        say(16, "15:10", stGreen, beth, "Megan that's brilliant!! which show?");
        say(16, "15:20", stGreen, megan, "the Sunday night unsigned one, 9pm");
        say(17, "18:00", stNews, nina, "Easter hours: closed Good Friday and Easter Monday. Otherwise normal");
        Post tarA2 = re(18, "11:00", tariq, lewQ4, "sorry Lewis, sent now by wetransfer to your band email. full res, "
                + "24 bit");
        re(18, "11:20", lewis, tarA2, "got them, thanks");
        say(19, "14:00", stBook, priya, "we're here! the room is perfect");
        say(19, "16:30", stGreen, priya, "best rehearsal we've had all year, the sound in room 1 makes us sound "
                + "twice the size. I've told the other choir leaders in the county about you");
        say(19, "16:40", stGreen, nina, "that's so kind Priya, come back any time");
        Post megQ2 = say(20, "10:00", stBook, megan, "could I move next friday to thursday, same time?");
        re(20, "10:20", beth, megQ2, "moved Megan, Thursday 7pm room 1");
        say(21, "17:00", stGreen, oscar, "new cymbals arrive monday, room 2 is going to be LOUD");
    }

    private void pedals() {
        // W10
        say(1, "19:00", peBuilds, rachel, "finished my first tube screamer clone! hand painted enclosure, "
                + "it's wonky but it's mine");
        say(1, "19:20", peBuilds, jo, "that paint job is ace, the wonky is character");
        say(1, "19:30", peBuilds, sid, "love the colour. what pot values did you go for?");
        say(1, "19:45", peBuilds, rachel, "stock, 500k drive. next time I want more gain");
        Post tomQ1 = say(2, "20:00", peDebug, tomasz, "built a fuzz face, LED comes on but no sound at all when "
                + "it's engaged. bypass works");
        Post joA1 = re(2, "20:20", jo, tomQ1, "classic. 9 times out of 10 it's the transistor in backwards or "
                + "the input and output jacks swapped on the footswitch. check the pinout against your layout");
        re(2, "20:40", tomasz, joA1, "thanks");
        Post tomQ2 = say(3, "19:00", peDebug, tomasz, "transistor looks right. still nothing");
        Post joA2 = re(3, "19:30", jo, tomQ2, "ok, what voltages do you get on the collector and base of each "
                + "transistor? and a photo of the board, both sides");
        Post racQ = say(3, "21:00", peBuilds, rachel, "anyone got a layout for a big muff? want something "
                + "fuzzier for the next one");
        Post marA1 = re(3, "21:20", marcus, racQ, "there are free vero layouts for the ram's head on "
                + "tagboardeffects. if you'd rather a proper board, I sell a PCB for it, £9: hale-fx.example/muff. "
                + "either way use 2N5088s, they're cheap and consistent");
        re(3, "21:40", rachel, marA1, "ooh I'll try the vero one first and see how I get on, thanks Marcus");
        say(4, "18:00", peOff, sid, "anyone going to the synth and pedal meet in Leeds on the 30th?");
        say(4, "18:05", peOff, kat, "yep! I'm bringing my delay, if it survives the train");
        Post tomQ3 = say(5, "20:00", peDebug, tomasz, "now I get sound but it's really quiet and gated. what "
                + "causes that");
        Post sidA = re(5, "20:20", sid, tomQ3, "biasing. a fuzz face lives or dies on Q2's collector voltage, "
                + "you want about 4.5V. trim the 10k");
        re(5, "20:30", jo, tomQ3, "what Sid said, but I'd still like those voltages from before, we're "
                + "guessing otherwise");
        re(5, "21:00", tomasz, sidA, "ok ty");
        say(6, "12:00", peSale, marcus, "Restocked: Muff, Klon-style and Rat PCBs, £9 each, kits £35. "
                + "hale-fx.example");
        say(7, "15:00", peOff, kat, "does anyone else's partner call the shed 'the fuzz dungeon' or just mine");
        say(7, "15:10", peOff, rachel, "mine calls it the smell of burning solder");
        // W11
        Post katQ = say(8, "19:00", peDebug, kat, "my delay has a loud click when I stomp it, true bypass "
                + "3PDT. any cure?");
        Post tomA = re(8, "19:30", tomasz, katQ, "I had that on my first build, a 1M pulldown resistor from the "
                + "input to ground fixed mine");
        re(8, "19:40", kat, tomA, "had a 1M in the drawer, clicks gone. ta Tomasz");
        say(9, "20:00", peDebug, tomasz, "fuzz face finally works, Q2 was 1.2V, trimmed to 4.6V like Sid said. "
                + "sounds huge");
        say(9, "20:10", peDebug, jo, "yesss, welcome to the fuzz club");
        say(10, "19:00", peBuilds, kat, "delay finished and boxed, with a tap tempo that mostly works");
        say(10, "19:20", peBuilds, marcus, "mostly is the best kind of tap tempo. lovely layout inside");
        say(11, "21:00", peBuilds, rachel, "big muff on vero, done! it's a wall of fuzz. 2N5088s as Marcus "
                + "said");
        say(11, "21:10", peBuilds, marcus, "that's a tidy board, nice one");
        say(12, "18:00", peSale, sid, "selling my old Rat build, £25 plus postage, works fine, ugly as sin");
        say(12, "18:30", peSale, kat, "how ugly are we talking");
        say(12, "18:35", peSale, sid, "painted with a sample pot of 'mushroom' ugly");
        say(13, "20:00", peOff, jo, "anyone else burnt out on the hobby for a bit? I've not built in a month");
        say(13, "20:15", peOff, rachel, "happens to me every winter. comes back with the light");
        // W12
        say(15, "09:00", peSale, marcus, "NEW: the Hale Drift, a tape-style delay kit, everything in the box, "
                + "£55. hale-fx.example/drift");
        say(15, "09:10", peBuilds, marcus, "just launched the Drift kit, tape delay wobble for £55: "
                + "hale-fx.example/drift");
        say(15, "09:20", peOff, marcus, "Drift kit is live if anyone fancies a weekend build "
                + "hale-fx.example/drift");
        say(16, "20:00", peDebug, rachel, "big muff is squealing at full sustain. normal?");
        say(16, "20:20", peDebug, jo, "some squeal at full sustain is normal, lots isn't. keep the input and "
                + "output wires apart and twist them");
        say(16, "20:30", peDebug, rachel, "twisted them, it's quiet now unless I really push it. cheers Jo");
        say(18, "19:00", peOff, marcus, "first Drift kits shipped! 20% off the rest this week with code DRIFT20 "
                + "hale-fx.example/drift");
        say(18, "19:30", peOff, sid, "looks fun but my build pile is already 6 deep");
        say(20, "18:00", peBuilds, tomasz, "second build, a fuzz face in a sardine tin. thanks all for the help "
                + "last month");
        say(20, "18:10", peBuilds, jo, "the sardine tin 😂 amazing");
        say(20, "18:30", peBuilds, sid, "sardine tin fuzz is a whole genre now, I'm calling it");
        say(21, "11:00", peOff, rachel, "anyone car sharing to the Leeds meet from Sheffield?");
        say(21, "11:30", peOff, jo, "I've got two seats, 8am from the station");
        say(21, "12:00", peOff, kat, "see you at the Leeds meet everyone");
    }

    private void karaoke() {
        // W10
        joins(1, "10:00", kjLounge, mike);
        Post mikQ1 = say(1, "10:30", kjLounge, mike, "hi all, just starting out as a KJ, doing my first pub "
                + "night next week. what do you wish you'd known?");
        re(1, "11:00", donna, mikQ1, "keep a rotation sheet and stick to it, people will fight you over "
                + "queue jumping. and never let anyone take the mic stand home");
        re(1, "11:30", baz, mikQ1, "bring spare AA batteries for the radio mics, twice what you think");
        say(1, "11:45", kjLounge, mike, "rotation sheet, batteries. noted, thank you both");
        say(2, "15:00", kjLounge, stacey, "heads up, I'm in Tenerife from Sunday 10th for a week, no laptop, "
                + "Donna's covering my Thursday at the Anchor");
        say(2, "15:10", kjLounge, donna, "have a lovely time Stacey");
        Post leaQ = say(3, "11:00", kjVenues, leanne, "Hi, bar manager at the Crown, Ashton. Looking for a "
                + "karaoke host for Fridays from April, 9 till late. What do people charge?");
        re(3, "11:30", mike, leaQ, "hi Leanne, I can do Fridays, £150 for 9-1 with my own speakers and mics. "
                + "happy to come and see the room first");
        re(3, "11:40", donna, leaQ, "around here it's £120-£180 for four hours depending on kit. ask whoever "
                + "you book for public liability insurance and PAT certs");
        re(3, "12:00", leanne, leaQ, "thank you both, that's really useful. Mike I'll be in touch");
        Post mikQ2 = say(4, "20:00", kjLounge, mike, "what do you do when someone's clearly too drunk to sing "
                + "but insists?");
        re(4, "20:20", baz, mikQ2, "duet them with a sober mate. works every time, and nobody's embarrassed");
        say(4, "20:25", kjLounge, mike, "genius");
        say(5, "22:00", kjDoom, stacey, "someone did all 8 minutes of American Pie tonight. ALL of it");
        say(5, "22:05", kjDoom, baz, "I fade it at the second chorus. I have no shame");
        say(5, "22:06", kjDoom, donna, "respect the chorus fade");
        say(6, "12:00", kjGear, donna, "anyone tried the new version of KaraFun for hosts? worth the upgrade?");
        say(6, "12:20", kjGear, stacey, "yes, the singer queue on people's phones is worth it alone");
        // W11
        Post bazQ1 = say(8, "14:00", kjGear, baz, "my radio mics keep dropping out at the Feathers. new "
                + "batteries, same mics fine elsewhere");
        re(8, "14:30", donna, bazQ1, "that pub has a big LED screen near the bar, they put out interference. "
                + "move your receiver away from it or change the channel");
        Post bazQ2 = say(9, "15:00", kjGear, baz, "what's a decent second screen for singers? the pub telly is "
                + "behind half the room");
        re(9, "15:30", donna, bazQ2, "any cheap 32 inch and a long HDMI. I use a stand from the speaker shop");
        Post mikQ3 = say(10, "12:00", kjLounge, mike, "@Stacey Lim how do you handle requests for songs you "
                + "don't have? Donna said you've got a system");
        Post mikQ4 = say(10, "13:00", kjLounge, mike, "also what do you all do for the first half hour when "
                + "nobody wants to go first");
        re(10, "13:20", baz, mikQ4, "sing one yourself, something bad on purpose. nobody wants to follow a "
                + "great singer but everyone will follow a terrible one");
        say(10, "13:25", kjLounge, mike, "ha ok, Mr Blobby it is");
        Post bazQ3 = say(11, "16:00", kjGear, baz, "mixer recommendation for 4 mics and a laptop, small "
                + "enough for a backpack?");
        re(11, "16:20", donna, bazQ3, "Yamaha MG10, been gigging mine five years");
        say(11, "16:30", kjGear, baz, "cheers");
        say(12, "21:00", kjDoom, gary, "we had a lad do Bohemian Rhapsody solo tonight. doing all the voices");
        say(12, "21:10", kjDoom, donna, "the Galileos are the best part");
        say(13, "11:00", kjVenues, gary, "Red Lion here, our Saturday KJ is moving away. anyone covering "
                + "Saturdays in Stockport?");
        say(13, "11:30", kjVenues, donna, "I do Saturdays Gary, I've got the 23rd and 30th free. DM me and "
                + "I'll send my insurance");
        say(13, "11:45", kjVenues, gary, "brilliant, messaging you now");
        // W12
        say(15, "10:00", kjLounge, stacey, "back and brown! Mike sorry, only just saw your question. I keep "
                + "a 'maybe next week' list, buy the top 5 each week, and tell them the song's coming");
        say(15, "10:10", kjLounge, mike, "that's a great idea, thanks Stacey");
        Post leaQ2 = say(16, "12:00", kjVenues, leanne, "@Mike Ortega do you bring your own screens or do we "
                + "need to provide them? looking at the 5th April as a first night");
        say(16, "19:00", kjLounge, mike, "first night went great! 14 singers, no fights");
        say(16, "19:05", kjLounge, donna, "14 on a first night is brilliant");
        say(17, "20:00", kjDoom, mike, "someone did My Way and the whole pub went silent. not in a good way");
        say(17, "20:10", kjDoom, stacey, "the funeral song hush 😂");
        say(18, "11:00", kjLounge, mike, "what do you all charge for a wedding karaoke? got asked");
        say(18, "11:20", kjLounge, baz, "double a pub night, and ask if there's a first dance to cue");
        say(19, "12:00", kjGear, baz, "the MG10 arrived, tiny. Mike if you want my old Behringer it's yours "
                + "free, it works fine");
        say(19, "12:10", kjGear, mike, "yes please! I'll grab it saturday");
        say(19, "22:00", kjDoom, stacey, "tonight someone asked for Wonderwall and the whole pub groaned "
                + "before the intro even started");
        say(19, "22:05", kjDoom, mike, "is it even karaoke without a Wonderwall");
        say(20, "21:00", kjDoom, gary, "Donna you were a hit Saturday, the regulars keep asking when you're "
                + "back");
        say(20, "21:10", kjDoom, donna, "thanks Gary, see you on the 30th");
    }

    private void hifi() {
        // W10
        say(1, "21:00", hfSpin, nigel, "Kind of Blue, the 2015 mono reissue. Monday sorted");
        say(1, "21:30", hfSpin, hannah, "mono Miles on a monday, lovely");
        say(2, "12:00", hfAds, roy, "Handmade silver interconnects, 1m pairs £110, speaker cable to order. "
                + "roycables.example");
        say(2, "22:00", hfSpin, nigel, "Nick Drake, Pink Moon. rain outside, perfect");
        joins(3, "18:00", hfLounge, ellie);
        Post ellQ = say(3, "18:30", hfHelp, ellie, "hi, new here! inherited my dad's Rega Planar 3 and an old "
                + "NAD amp. there's a loud hum from the speakers when the turntable is selected");
        Post adeA = re(3, "18:50", ade, ellQ, "welcome! almost certainly the earth wire. there should be a thin "
                + "wire from the turntable, screw it under the GND post on the back of the NAD");
        re(3, "19:00", hannah, ellQ, "and if there's no wire, the Rega's lead sometimes has it tucked in the "
                + "plug. check there");
        re(3, "19:30", ellie, adeA, "found it tucked in the plug like Hannah said, screwed it on, hum gone!! "
                + "thank you both");
        say(3, "22:00", hfSpin, nigel, "Talk Talk, Spirit of Eden. side two, lights off");
        say(4, "22:00", hfSpin, nigel, "Alice Coltrane, Journey in Satchidananda");
        say(4, "22:15", hfSpin, frank, "what a record");
        say(5, "20:00", hfDmRoy, roy, "Hi Ellie, saw your post about the Rega. Now the hum's gone you'd hear a "
                + "real difference with a proper interconnect, the stock lead is thin. I can do you a pair of my "
                + "silver ones for £90 instead of £110");
        say(5, "22:00", hfSpin, nigel, "Joni, Blue. always Blue");
        say(6, "11:00", hfLounge, ellie, "first record I played on dad's deck: his copy of Rumours, with his "
                + "name written on the sleeve");
        say(6, "11:10", hfLounge, hannah, "that's made me well up a bit");
        say(6, "11:15", hfLounge, ade, "best first record there is");
        // W11
        say(8, "21:00", hfSpin, nigel, "Bill Evans, Sunday at the Village Vanguard");
        Post frQ = say(9, "21:30", hfSpin, frank, "@Nigel Foster which pressing of the Vanguard is that? mine "
                + "is a Riverside reissue and it's a bit bright");
        say(9, "22:00", hfSpin, nigel, "Portishead, Dummy. the bass on this pressing");
        say(10, "22:00", hfSpin, nigel, "Kate Bush, Hounds of Love, side one is perfect");
        say(10, "22:10", hfSpin, ellie, "I've only heard Running Up That Hill, is the whole album like that?");
        say(10, "22:20", hfSpin, nigel, "side one yes. side two is a whole other thing, a suite, you need to "
                + "hear it in one go with the lights off");
        say(10, "22:25", hfSpin, ellie, "doing that this weekend then");
        say(11, "21:00", hfSpin, nigel, "Radiohead, In Rainbows");
        say(11, "21:45", hfSpin, nigel, "then Nude again because it's Nude");
        Post hanQ = say(12, "19:00", hfHelp, hannah, "thinking of upgrading speaker cable, is there any point "
                + "going above 2.5mm for a 3m run?");
        re(12, "19:20", roy, hanQ, "not for 3m, 2.5mm is plenty at that length. if you ever want them "
                + "terminated nicely I make them up: roycables.example");
        re(12, "19:30", ade, hanQ, "agree, 2.5mm, spend the money on records");
        say(12, "19:35", hfHelp, hannah, "ha fair enough, thank you");
        say(12, "22:00", hfSpin, nigel, "Sade, Diamond Life");
        say(13, "22:00", hfSpin, nigel, "Coltrane, A Love Supreme. Wednesday night service");
        say(13, "23:00", hfSpin, nigel, "nightcap: Nina Simone, Wild is the Wind");
        say(14, "22:00", hfSpin, nigel, "Fleetwood Mac, Tusk. Ellie's Rumours post made me dig it out");
        say(14, "22:05", hfSpin, ellie, "ha! the weird sister album");
        say(14, "22:30", hfAds, roy, "Back in stock: silver speaker cable, made to length. roycables.example");
        // W12
        say(15, "20:00", hfSpin, ellie, "Hounds of Love side two, lights off, as instructed. wow");
        say(15, "20:10", hfSpin, nigel, "told you. the Ninth Wave 🙌");
        say(16, "10:00", hfLounge, frank, "anyone going to the Bristol show next month?");
        say(16, "10:30", hfLounge, ade, "yes, Saturday. pint at the bar by the valve room?");
        say(16, "10:40", hfLounge, frank, "deal");
        say(17, "19:00", hfHelp, ellie, "the right channel goes quiet sometimes, comes back if I tap the "
                + "amp. what's that?");
        say(17, "19:20", hfHelp, ade, "dirty switch or a dry solder joint. try working the selector back and "
                + "forth 20 times first, switch cleaner if you have it");
        say(17, "19:30", hfHelp, ellie, "20 times and it's fine now. you lot are better than the manual");
        say(18, "21:00", hfAds, frank, "WTB: a Denon DL-103, anyone got one spare?");
        say(18, "21:30", hfAds, hannah, "I've got one with 200 hours on it, £120, DM if you want it");
        say(19, "20:00", hfLounge, hannah, "record fair in Stroud on Saturday, anyone?");
        say(19, "20:10", hfLounge, ellie, "me! dad's Rumours needs company");
        say(19, "20:15", hfLounge, hannah, "meet by the cake stall at 10");
        say(20, "22:00", hfSpin, nigel, "Bert Jansch, first album. Frank, mine is the 1965 Transatlantic, "
                + "you asked me ages ago about pressings, sorry, that was the Vanguard one: OJC, not bright at all");
        say(20, "22:10", hfSpin, frank, "cheers Nigel, I'll hunt for an OJC");
    }

    private void buskers() {
        // W10
        Post marQ1 = say(1, "10:00", buPitch, marta, "moving to Bristol next month. do I need a permit to play "
                + "accordion on the harbourside or just turn up?");
        Post yusA1 = re(1, "10:30", yusuf, marQ1, "no permit in Bristol, but there's a code: one hour per "
                + "pitch, no amps on the harbourside before 10, and move on if another act is waiting");
        re(1, "10:40", marta, yusA1, "one hour and move on, that's easy. obrigada");
        say(2, "17:00", buHat, aoife, "£46 and a Twix on Grafton St today. the Twix was the highlight");
        say(2, "17:10", buHat, callum, "the Twix economy is strong");
        Post gwenQ = say(2, "18:00", buGear, gwen, "what battery amp are people using? my Roland Cube died in "
                + "the rain");
        Post olA = re(2, "18:30", ollie, gwenQ, "the Cube Street EX if you can stretch to it. or the Boss "
                + "Katana mini for vocals and guitar at low volume");
        re(2, "18:45", marta, gwenQ, "I use a Cube Street EX for the accordion mic, four hours on 8 AAs");
        re(2, "19:00", gwen, olA, "Street EX it is, second-hand on the marketplace, thanks");
        Post marQ2 = say(3, "12:00", buPitch, marta, "and what about Bath? I heard they're strict");
        re(3, "12:20", yusuf, marQ2, "Bath has a busking code too, the abbey pitch is taken by the same few "
                + "people. try Kingsmead Square, much kinder");
        say(3, "12:30", buPitch, marta, "Kingsmead, noted. thank you Yusuf");
        Post aoiQ = say(4, "19:00", buHat, aoife, "Callum did you film yesterday? the crowd for your loop "
                + "set was massive");
        re(4, "19:20", callum, aoiQ, "yep, here: youtube.example/watch?v=kerb42 the bit at 3 minutes is when "
                + "the dog joined in");
        say(4, "19:30", buHat, aoife, "the dog 😂😂");
        say(5, "09:00", buGear, marta, "Gwen I've got a rain cover that fits the Street EX if you want it, "
                + "bought the wrong size twice");
        say(5, "09:20", buGear, gwen, "yes please!! I'll buy you a coffee for it");
        say(6, "20:00", buGear, callum, "new vid from sunday if anyone fancies a look, all looper, no "
                + "dog this time: youtube.example/watch?v=kerb43");
        say(6, "20:10", buGear, ollie, "what looper is that? sounds huge");
        say(6, "20:15", buGear, callum, "Boss RC-30, eight years old and never let me down");
        Post marQ3 = say(7, "11:00", buPitch, marta, "last one I promise: Cardiff? I'm doing a tour of "
                + "the west");
        re(7, "11:30", yusuf, marQ3, "Cardiff's Queen St is first come first served, nice and wide, police "
                + "are fine with it");
        say(7, "11:35", buPitch, marta, "you're a walking guidebook Yusuf");
        // W11
        Post yusQ = say(9, "10:00", buPitch, yusuf, "@Ollie Penn you did Manchester last summer right? what's "
                + "the number for the council busking permit, their website goes round in circles");
        say(10, "18:00", buGear, ollie, "new strap from a saddler in Walsall, leather, lovely. back's "
                + "thanking me");
        say(10, "18:20", buGear, aoife, "ooh photo?");
        say(10, "18:25", buGear, ollie, "later, it's on the guitar in the van");
        say(11, "15:00", buHat, marta, "first day in Bristol. £60, two requests for Bella Ciao, a man "
                + "danced for 20 minutes");
        say(11, "15:10", buHat, yusuf, "told you the harbourside was good");
        say(12, "12:00", buPitch, aoife, "Yusuf, Manchester's permit is through the licensing office, not "
                + "the events team, that's why the site loops. I did it in January");
        say(12, "12:20", buPitch, yusuf, "thank you Aoife, sorted the form");
        say(13, "09:00", buGear, marta, "Aoife what do you do about fiddle strings going flat in the cold?");
        say(13, "09:30", buGear, aoife, "tune every song and keep it in the case between sets, and fine "
                + "tuners on all four strings");
        say(13, "09:35", buGear, marta, "ah I don't play fiddle, I meant for my friend! I'll tell her");
        say(14, "17:00", buHat, gwen, "first outing with the new amp and Marta's rain cover, it poured, "
                + "played two hours. heroes both");
        // W12
        say(16, "16:00", buHat, callum, "quiet week, flu");
        say(17, "12:00", buHat, aoife, "get well Callum");
        say(18, "19:00", buHat, marta, "Bath Saturday, Kingsmead like Yusuf said. lovely square");
        say(19, "11:00", buPitch, ollie, "sorry Yusuf missed your message, glad Aoife got you sorted");
        say(20, "17:00", buGear, gwen, "does anyone know if the Street EX runs on rechargeable AAs?");
        say(20, "17:30", buGear, marta, "yes, eneloops, I get about three hours");
        say(21, "15:00", buHat, callum, "back out today, voice like a foghorn, made £12 😂");
    }

    private void gongs() {
        // W10
        say(1, "10:00", goPrac, willow, "anyone else find the big crystal bowls carry a headache risk for "
                + "some people? had two complaints on Saturday");
        say(1, "10:30", goPrac, dominic, "crystal is brutal in a small room. I keep them under mezzo piano and "
                + "never hold one note longer than a minute");
        say(1, "10:45", goPrac, serena, "same, and I tell people at the start they can sit up or leave any "
                + "time");
        say(1, "11:00", goPrac, willow, "good shout, thank you both");
        Post jadeQ1 = say(2, "19:00", goAsk, jade, "first sound bath this Thursday, what should I bring? "
                + "bit nervous");
        re(2, "19:30", willow, jadeQ1, "a blanket, a pillow, warm socks, and water for after. and nothing to "
                + "be nervous about, you just lie there 🙂");
        re(2, "19:40", jade, jadeQ1, "socks, noted! thank you");
        Post benQ1 = say(3, "12:00", goAsk, ben, "is it ok to do a gong bath if you have a pacemaker?");
        re(3, "12:40", dominic, benQ1, "ask your cardiologist first, honestly. most gong players say avoid "
                + "the first months after fitting and stay away from lying right by the gong");
        say(3, "12:50", goAsk, ben, "will do, thanks Dominic");
        say(5, "22:00", goTea, jade, "went to my first one tonight. I fell asleep and snored apparently. "
                + "mortified");
        say(5, "22:10", goTea, willow, "a snore means it worked 😄");
        say(6, "10:00", goTea, lorna, "I love that this group exists");
        // W11
        say(8, "10:00", goPrac, dominic, "got a new 32 inch Paiste symphonic, it arrived yesterday and I "
                + "haven't stopped playing it. our cat has moved out");
        say(8, "10:20", goPrac, willow, "ooh the symphonic! send us a clip");
        say(8, "10:30", goPrac, dominic, "tonight. the low end on it is unreal, my whole floor hums");
        Post lorQ = say(9, "11:00", goAsk, lorna, "I have tinnitus, would a gong bath make it worse? I loved "
                + "my first bowls session but I'm wary of gongs");
        Post benQ2 = say(9, "12:00", goAsk, ben, "how long is a typical gong session, an hour?");
        say(9, "20:00", goPrac, dominic, "clip of the symphonic, headphones on: soundcloud.example/dashe/sym32");
        say(9, "20:15", goPrac, serena, "that's gorgeous Dominic. what mallet?");
        say(9, "20:20", goPrac, dominic, "a big fluffy Rub 60 for the roar and a small hard one for the edge");
        Post lorQ2 = say(10, "09:00", goAsk, lorna, "@Serena Vale I came to your bowls session at the library "
                + "last month, do your bowls sessions suit tinnitus? or should I stick to something else");
        say(10, "10:00", goPrac, serena, "My spring retreat in the Peak District, 3 days of bowls, gong and "
                + "silence, early bird £280 till Friday: serenavale.example/retreat");
        say(10, "10:20", goTea, serena, "early bird for the spring retreat ends friday! serenavale.example/retreat");
        say(10, "11:00", goAsk, serena, "anyone wondering what a full immersion feels like, my retreat has a "
                + "few places left: serenavale.example/retreat");
        say(10, "15:00", goPrac, dominic, "how do you all price a private one-to-one gong bath? I'm at £60 "
                + "and booked solid, feels too low");
        say(10, "15:20", goPrac, willow, "£60 is low for an hour plus setup. I'd go £75 and see");
        say(10, "15:30", goPrac, dominic, "£75 it is. my regulars won't blink I think");
        say(11, "19:00", goPrac, dominic, "does anyone insure their gongs separately? mine's on home contents "
                + "and I'm not sure it covers me taking it to venues");
        say(11, "19:20", goPrac, serena, "separately, musical instrument cover. home contents won't do it off "
                + "site");
        say(11, "19:30", goPrac, dominic, "thought so, sorting it. thanks");
        say(12, "09:00", goEvents, willow, "Community sound bath, Thursday 21 March 7.30pm, St Anne's hall, "
                + "£12, mats provided: willowhart.example/community");
        Post jadeQ2 = say(12, "09:30", goEvents, jade, "I'm in! would you remind us nearer the time? I'll "
                + "forget otherwise");
        re(12, "09:40", willow, jadeQ2, "will do Jade");
        say(12, "14:00", goPrac, dominic, "playing the symphonic at a yoga studio tonight, first time out of "
                + "the house with it. terrified I'll drop it");
        say(12, "14:10", goPrac, willow, "you won't. good luck!");
        say(13, "09:00", goPrac, dominic, "last night went well, 22 people, the symphonic filled the room. "
                + "I was too loud at the end though, I need to learn restraint");
        say(13, "09:20", goPrac, serena, "we all were at first 🙂");
        say(13, "12:00", goTea, serena, "3 places left on the retreat! serenavale.example/retreat");
        // W12
        say(16, "10:00", goEvents, willow, "Reminder as promised: community sound bath this Thursday 7.30pm, "
                + "a few mats left: willowhart.example/community");
        say(16, "10:15", goEvents, jade, "thank you! booked");
        Post wilA = re(16, "12:00", willow, lorQ, "Lorna, sorry nobody got back to you. bowls and gong can both "
                + "be fine with tinnitus if the player keeps it soft. sit further from the instruments, and tell the "
                + "player before you start");
        re(16, "12:30", lorna, wilA, "thank you Willow, that's really kind");
        re(16, "13:00", dominic, benQ2, "an hour usually, sometimes 75 minutes with the rest at the end");
        say(18, "09:00", goEvents, willow, "Tonight 7.30! St Anne's, last 3 mats: "
                + "willowhart.example/community");
        say(18, "23:00", goTea, jade, "tonight was beautiful Willow, I didn't snore this time");
        say(18, "23:10", goTea, ben, "my first one, cardiologist said yes. I'm floating");
        say(19, "10:00", goTea, willow, "thank you all for coming 🙏");
        say(19, "12:00", goPrac, willow, "has anyone tried the new felt mallets from that Dutch maker? mine "
                + "keep shedding");
        say(19, "12:30", goPrac, serena, "I have, they shed for a week then settle");
        say(20, "11:00", goPrac, serena, "retreat is full, thank you everyone");
        say(20, "11:20", goPrac, dominic, "congrats Serena");
    }

    static Map<String, String> files() {
        return new HeldOutScenes87Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 87");
    }
}
