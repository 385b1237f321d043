package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 80 (sealed): eight communities of children, families and care, of kinds no earlier round used (a day
 * nursery's own server with its Staff and its parents, children's party entertainers with a room where parents ask,
 * self-employed home carers for the elderly with a room where families ask and a care-aids seller among them, a
 * primary school's uniform swap where nobody sells, parents of twins and triplets where nobody sells, foster and
 * kinship carers with a fostering agency's recruiter among them, baby and toddler class leaders with a room where
 * parents ask, cloth nappy library volunteers with a nappy shop owner among them), over three ISO weeks (2029-W34 to
 * W36), written and labelled by writer80 (session 45) before any coach ran on them, with many borderline cases. The
 * labels are in {@code bot/src/test/resources/eval/held-out-scenes-80.csv}. Run {@link #main} from the project root
 * to write the export again.
 */
final class HeldOutScenes80Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 8, 20);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 9, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-80";
    private static final int BASE = 62000;

    // --- A. a day nursery's own server ---
    private final String nursery = cast.guild(1081);
    private final Role naStaff = cast.role("Staff", "#2e8b57", 2);
    private final Role naParent = cast.role("Parent", "#f4a460", 1);
    private final Channel naNotices = cast.channel(nursery, "Little Acorns Nursery", "notices",
            "news from the nursery team: closures, events, forms", "na-notices.json");
    private final Channel naAsk = cast.channel(nursery, "Little Acorns Nursery", "ask-the-nursery",
            "questions for the team about your child's day, fees, forms", "na-ask-the-nursery.json");
    private final Channel naChat = cast.channel(nursery, "Little Acorns Nursery", "parents-chat",
            "parents talking to parents", "na-parents-chat.json");
    private final Channel naLost = cast.channel(nursery, "Little Acorns Nursery", "lost-property",
            "one welly, one hat, whose is it", "na-lost-property.json");
    private final Persona dawn = cast.person("dawn.hailey", "Dawn Hailey", naStaff);
    private final Persona kofi = cast.person("kofi.a", "Kofi Asante", naStaff);
    private final Persona becca = cast.person("becca.lyle", "Becca Lyle", naStaff);
    private final Persona sinead = cast.person("sinead.c", "Sinead Cully", naParent);
    private final Persona tariq = cast.person("tariq.h", "Tariq Hussain", naParent);
    private final Persona holly = cast.person("holly.b", "Holly Brennan", naParent);
    private final Persona mateo = cast.person("mateo.r", "Mateo Ruiz", naParent);
    private final Persona yvonne = cast.person("yvonne.p", "Yvonne Pratt", naParent);

    // --- B. children's party entertainers ---
    private final String party = cast.guild(1082);
    private final Channel peGreen = cast.channel(party, "Jelly & Giggles", "green-room",
            "entertainers only: shows, bookings, survival", "pe-green-room.json");
    private final Channel peAsk = cast.channel(party, "Jelly & Giggles", "parents-ask",
            "planning a party? ask the entertainers", "pe-parents-ask.json");
    private final Channel peCover = cast.channel(party, "Jelly & Giggles", "gigs-and-cover",
            "can't make a booking? post it for cover. entertainers offer dates here", "pe-gigs-and-cover.json");
    private final Channel peKit = cast.channel(party, "Jelly & Giggles", "props-and-kit",
            "bubble mix, paints, speakers, puppets", "pe-props-and-kit.json");
    private final Persona nell = cast.person("nell.bubbles", "Nell Finch");
    private final Persona ricky = cast.person("uncle.ricky", "Ricky Dunmore");
    private final Persona aisha = cast.person("aisha.paints", "Aisha Bello");
    private final Persona gus = cast.person("gus.puppets", "Gus Hartley");
    private final Persona laura = cast.person("laura.k", "Laura Kemp");
    private final Persona dev = cast.person("dev.p", "Dev Pillai");
    private final Persona megan = cast.person("megan.o", "Megan Orr");

    // --- C. self-employed home carers ---
    private final String carers = cast.guild(1083);
    private final Channel hcLounge = cast.channel(carers, "Kind Hands Carers", "carers-lounge",
            "for carers: rotas, rants, tips", "hc-carers-lounge.json");
    private final Channel hcFamilies = cast.channel(carers, "Kind Hands Carers", "families-ask",
            "families of older people ask the carers here", "hc-families-ask.json");
    private final Channel hcCover = cast.channel(carers, "Kind Hands Carers", "shift-cover",
            "carers offering or needing cover", "hc-shift-cover.json");
    private final Channel hcTraining = cast.channel(carers, "Kind Hands Carers", "training",
            "courses, refreshers, certificates", "hc-training.json");
    private final Persona bernadette = cast.person("bernie.k", "Bernadette Kelly");
    private final Persona joy = cast.person("joy.m", "Joy Mensah");
    private final Persona stan = cast.person("stan.w", "Stan Whitlow");
    private final Persona pauline = cast.person("pauline.aids", "Pauline Roker");
    private final Persona graham = cast.person("graham.t", "Graham Tew");
    private final Persona meena = cast.person("meena.i", "Meena Iyer");
    private final Persona olive = cast.person("olive.m", "Olive Marsh");

    // --- D. a school uniform swap ---
    private final String uniform = cast.guild(1084);
    private final Channel usShelf = cast.channel(uniform, "St Brendan's Uniform Swap", "swap-shelf",
            "free pre-loved uniform: say what you've put on the shelf", "us-swap-shelf.json");
    private final Channel usWanted = cast.channel(uniform, "St Brendan's Uniform Swap", "wanted",
            "looking for a size? ask here", "us-wanted.json");
    private final Channel usChat = cast.channel(uniform, "St Brendan's Uniform Swap", "chat",
            "school gate chat", "us-chat.json");
    private final Channel usRota = cast.channel(uniform, "St Brendan's Uniform Swap", "volunteers-rota",
            "volunteer shifts for the swap stall", "us-volunteers-rota.json");
    private final Persona fran = cast.person("fran.o", "Fran Ogilvie");
    private final Persona kerry = cast.person("kerry.d", "Kerry Doyle");
    private final Persona amir = cast.person("amir.h", "Amir Haddad");
    private final Persona polly = cast.person("polly.v", "Polly Vance");
    private final Persona janek = cast.person("janek.n", "Janek Nowicki");
    private final Persona rosie = cast.person("rosie.t", "Rosie Tate");

    // --- E. parents of twins and triplets ---
    private final String twins = cast.guild(1085);
    private final Channel twNappy = cast.channel(twins, "Double Trouble Club", "nappy-o-clock",
            "feeding, nappies, the endless laundry", "tw-nappy-o-clock.json");
    private final Channel twSleep = cast.channel(twins, "Double Trouble Club", "sleep-or-not",
            "naps, nights, tandem settling", "tw-sleep-or-not.json");
    private final Channel twBuggy = cast.channel(twins, "Double Trouble Club", "buggy-talk",
            "double buggies, car seats, getting out of the house", "tw-buggy-talk.json");
    private final Channel twWins = cast.channel(twins, "Double Trouble Club", "wins-and-wobbles",
            "the good days and the bad ones", "tw-wins-and-wobbles.json");
    private final Persona charlotte = cast.person("charlotte.a", "Charlotte Ames");
    private final Persona babajide = cast.person("jide.o", "Babajide Ojo");
    private final Persona morag = cast.person("morag.l", "Morag Leitch");
    private final Persona tess = cast.person("tess.k", "Tess Kowalczyk");
    private final Persona priyanka = cast.person("priyanka.s", "Priyanka Shah");
    private final Persona dom = cast.person("dom.r", "Dom Ryder");

    // --- F. foster and kinship carers ---
    private final String foster = cast.guild(1086);
    private final Channel fcKettle = cast.channel(foster, "Open Door Carers Circle", "kettle-on",
            "say hello, say how it's going", "fc-kettle-on.json");
    private final Channel fcAsk = cast.channel(foster, "Open Door Carers Circle", "ask-around",
            "allowances, reviews, schools, contact days: ask the circle", "fc-ask-around.json");
    private final Channel fcEvents = cast.channel(foster, "Open Door Carers Circle", "training-and-events",
            "courses and meet-ups", "fc-training-and-events.json");
    private final Channel fcRespite = cast.channel(foster, "Open Door Carers Circle", "respite",
            "when you need a breather", "fc-respite.json");
    private final Persona lorraine = cast.person("lorraine.b", "Lorraine Beck");
    private final Persona samuel = cast.person("samuel.a", "Samuel Adjei");
    private final Persona nia = cast.person("nia.g", "Nia Griffiths");
    private final Persona harvey = cast.person("harvey.q", "Harvey Quinn");
    private final Persona elspeth = cast.person("elspeth.m", "Elspeth Moore");
    private final Persona rukhsana = cast.person("rukhsana.ifa", "Rukhsana Begum");

    // --- G. baby and toddler class leaders ---
    private final String classes = cast.guild(1087);
    private final Channel btLounge = cast.channel(classes, "Tiny Steps Leaders", "leaders-lounge",
            "class leaders talking shop", "bt-leaders-lounge.json");
    private final Channel btParents = cast.channel(classes, "Tiny Steps Leaders", "parents-questions",
            "parents ask the class leaders", "bt-parents-questions.json");
    private final Channel btTimetables = cast.channel(classes, "Tiny Steps Leaders", "timetables-for-sale",
            "leaders post their terms, spaces and prices here", "bt-timetables-for-sale.json");
    private final Channel btResources = cast.channel(classes, "Tiny Steps Leaders", "resources",
            "songs, props, risk assessments", "bt-resources.json");
    private final Persona gemma = cast.person("gemma.massage", "Gemma Rowe");
    private final Persona ifeoma = cast.person("ifeoma.e", "Ifeoma Eze");
    private final Persona carys = cast.person("carys.signs", "Carys Lloyd");
    private final Persona zoe = cast.person("zoe.music", "Zoe Marsh");
    private final Persona hannah = cast.person("hannah.p", "Hannah Pike");
    private final Persona omar = cast.person("omar.s", "Omar Said");
    private final Persona lucy = cast.person("lucy.f", "Lucy Fenwick");

    // --- H. a cloth nappy library ---
    private final String nappies = cast.guild(1088);
    private final Channel clDesk = cast.channel(nappies, "Fluff Library", "library-desk",
            "volunteers: kits, loans, sessions", "cl-library-desk.json");
    private final Channel clFit = cast.channel(nappies, "Fluff Library", "fit-and-leaks",
            "families ask about fit, leaks and sizing", "cl-fit-and-leaks.json");
    private final Channel clWash = cast.channel(nappies, "Fluff Library", "wash-routines",
            "detergent, drying, stains", "cl-wash-routines.json");
    private final Channel clOffers = cast.channel(nappies, "Fluff Library", "offers",
            "shops and makers: offers and discount codes go here only", "cl-offers.json");
    private final Persona bryony = cast.person("bryony.s", "Bryony Sutton");
    private final Persona kwame = cast.person("kwame.b", "Kwame Boateng");
    private final Persona ffion = cast.person("ffion.r", "Ffion Rees");
    private final Persona mags = cast.person("mags.bumble", "Mags Delaney");
    private final Persona jade = cast.person("jade.m", "Jade Mercer");
    private final Persona rahul = cast.person("rahul.m", "Rahul Menon");
    private final Persona ellie = cast.person("ellie.b", "Ellie Barr");

    private HeldOutScenes80Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        nursery();
        party();
        carers();
        uniform();
        twins();
        foster();
        classes();
        nappies();
    }

    private void nursery() {
        say(1, "07:45", naNotices, dawn, "Morning all! Reminder that the garden is closed this week while the new "
                + "decking goes in. Wellies still welcome for puddle walks");
        Post sunCream = say(1, "08:30", naAsk, tariq, "do we need to put sun cream on before drop off or do you "
                + "do it?");
        re(1, "09:10", becca, sunCream, "Before drop off please, we top up at lunch with the cream you've named "
                + "in their bag");
        re(1, "09:15", tariq, sunCream, "perfect thanks");
        say(1, "12:00", naChat, sinead, "anyone else's kid come home singing the tidy up song on loop");
        say(1, "12:05", naChat, mateo, "every. single. evening 😂");
        say(1, "12:20", naChat, holly, "ours sings it at bath time now, small mercies");
        say(2, "08:05", naLost, becca, "one blue welly, dinosaur on the side, size 7. whose?");
        say(2, "08:40", naLost, mateo, "Leo's! thank you, he came home in one welly and one sock and said "
                + "nothing");
        say(2, "17:30", naAsk, holly, "is there a spare clothes bag policy? Ava keeps coming home in nursery "
                + "leggings");
        say(2, "18:00", naAsk, kofi, "One full change in a named bag is perfect. Send the leggings back whenever, "
                + "no rush");
        say(2, "18:05", naAsk, holly, "will do, sorry!");
        say(3, "10:00", naNotices, dawn, "Stay & Play is Saturday 8 Sept, 10-12. Please sign up so we can plan "
                + "snacks: forms.example/acorns-stayplay");
        Post remindMe = say(3, "10:30", naNotices, sinead, "can you remind us the week before? I will 100% forget");
        remindMe.react("👍", mateo, tariq);
        say(3, "10:40", naNotices, dawn, "Will do Sinead!");
        say(4, "19:00", naChat, tariq, "random q but does anyone know if the 47 bus stops outside on Saturdays");
        say(4, "19:20", naChat, yvonne, "it does but only every half hour");
        say(4, "19:25", naChat, tariq, "cheers, that'll do for stay and play");
        say(5, "14:00", naAsk, mateo, "Leo said he did painting with 'real cabbage'. was that a real thing or is "
                + "he making stuff up again");
        say(5, "14:30", naAsk, kofi, "Real thing! Red cabbage printing in Oak room. He loved it");
        say(5, "14:35", naAsk, mateo, "amazing, I owe him an apology");
        // W35: a newcomer, Holly's photo sessions, an unanswered question to Kofi
        joins(8, "09:00", naChat, yvonne);
        say(8, "09:05", naChat, yvonne, "Hi all, Yvonne here, my daughter Isla starts in Acorn room next week. "
                + "bit nervous (me more than her)");
        say(8, "09:20", naChat, sinead, "welcome! the settling sessions are really gentle, you'll be fine");
        say(8, "09:40", naChat, mateo, "welcome Yvonne, Leo cried for two days then refused to come home");
        say(9, "20:00", naChat, holly, "For anyone who wants nice pics before the kids grow up too fast, I'm doing "
                + "autumn mini sessions in the park, £40 for 20 mins and 10 edited photos: hollybphoto.example/autumn");
        say(9, "20:30", naChat, tariq, "oh nice, do you do dogs too? 😂");
        say(9, "20:35", naChat, holly, "dogs cost extra 😂");
        say(9, "08:10", naAsk, sinead, "@Kofi Asante I dropped off the new nappy cream for Rory "
                + "this morning, do I need to fill in another medicine form for it or does the old one cover it?");
        Post firstDay = say(10, "09:50", naChat, yvonne, "First day done! she didn't even look back");
        re(10, "10:00", holly, firstDay, "aww that's the dream! if you want to mark the start of nursery I've got "
                + "two mini session slots left Saturday, £40, message me");
        say(10, "10:20", naChat, yvonne, "thanks, I'll think about it");
        say(10, "18:00", naAsk, tariq, "@Becca Lyle is pick up still 5.45 on Friday or earlier because of the "
                + "staff training?");
        say(10, "18:20", naAsk, mateo, "it's 4.30 this Friday, it was on the notice last week");
        say(10, "18:25", naAsk, tariq, "ah missed that, thanks Mateo");
        say(11, "12:00", naLost, becca, "pink hat with ears, found in the buggy shed");
        say(11, "12:30", naLost, yvonne, "Isla's! sorry");
        say(11, "16:00", naAsk, sinead, "@Kofi Asante sorry to chase, just checking about the nappy cream form? "
                + "they said they couldn't use it today");
        say(12, "08:00", naChat, holly, "Saturday mini sessions: one slot left! hollybphoto.example/autumn");
        say(12, "13:00", naNotices, kofi, "Oak room's sunflowers are taller than the fence now 🌻 photos on the "
                + "board in the hall");
        say(12, "13:10", naNotices, mateo, "Leo says his is the best one");
        say(13, "17:00", naAsk, sinead, "never mind, Becca sorted the form at pick up");
        // W36: the reminder Sinead asked for, quieter week
        say(15, "08:00", naNotices, dawn, "As promised: Stay & Play is this Saturday 10-12, sign up here if you "
                + "haven't: forms.example/acorns-stayplay");
        say(15, "08:30", naNotices, sinead, "thank you!! signed up");
        say(15, "09:00", naNotices, yvonne, "signed, Isla's first one");
        say(16, "19:00", naChat, holly, "gallery from the park sessions is up if anyone wants to see how the "
                + "leaves turned out: hollybphoto.example/gallery");
        say(16, "19:30", naChat, tariq, "those are lovely");
        Post feverQ = say(17, "07:50", naAsk, yvonne, "Isla had a temperature last night but is fine this "
                + "morning, can she come in?");
        re(17, "08:10", dawn, feverQ, "Morning Yvonne, if she's had no temperature without Calpol for 24 hours "
                + "she's fine to come, otherwise best to keep her home today. Hope she feels better");
        re(17, "08:15", yvonne, feverQ, "ok home day then, thank you");
        say(18, "13:00", naChat, mateo, "anyone selling a balance bike? Leo's outgrown the trike");
        say(18, "13:30", naChat, sinead, "we've got one in the shed you can have, free, just take it away");
        say(18, "13:40", naChat, mateo, "legend, thank you");
        say(19, "15:00", naChat, becca, "the balance bike handover photos better go on the board 😄");
        say(19, "16:00", naNotices, dawn, "Stay & Play tomorrow! Snacks sorted, bring wellies");
        Post stay = say(20, "13:00", naNotices, dawn, "Thank you to everyone who came to Stay & Play, 31 "
                + "families! Kofi's cabbage printing was a hit again");
        stay.react("❤️", sinead, mateo, yvonne, tariq);
        say(20, "13:20", naNotices, tariq, "lovely morning, thanks all");
    }

    private void party() {
        say(1, "09:00", peGreen, gus, "heads up I'm at the Fringe doing the puppet show till Sunday 2nd, "
                + "barely checking Discord. don't let Nell buy more bubble mix");
        say(1, "09:20", peGreen, nell, "no promises 🫧");
        say(1, "09:25", peGreen, ricky, "break a leg Gus, or a puppet string, whichever");
        Post eczema = say(1, "19:00", peAsk, laura, "my son has eczema on his cheeks, is face paint a bad idea "
                + "for his party? he REALLY wants to be a tiger");
        re(1, "19:40", aisha, eczema, "Not necessarily! Ask the painter to patch test on his arm a few days "
                + "before, avoid the broken skin and use a hypoallergenic brand like Snazaroo sensitive. A tiger "
                + "nose and whiskers can skip the cheeks entirely. Also if you're local I'm running a face painting "
                + "for parents workshop at half term, tickets: aishapaints.example/workshop");
        re(1, "20:00", laura, eczema, "that's so helpful, thank you");
        Post games = say(2, "18:00", peAsk, laura, "how many party games for 2 hours with 15 five year olds? "
                + "planning it myself this year");
        re(2, "18:30", nell, games, "Honestly 5-6 with food in the middle. Musical statues, pass the parcel, "
                + "bubble chase, then a story while they eat. They fade after an hour");
        re(2, "18:45", laura, games, "thank you!");
        say(3, "11:00", peKit, ricky, "my speaker died mid-show yesterday. anyone rate a battery one that "
                + "survives a bouncy castle");
        say(3, "11:20", peKit, nell, "the JBL one I use has survived a paddling pool");
        say(3, "11:30", peKit, aisha, "+1 JBL, and tape the charger to it");
        say(3, "11:35", peKit, ricky, "ordered, thanks both");
        Post cake = say(4, "20:00", peAsk, laura, "last one I promise: when do you do the cake, start or end?");
        re(4, "20:30", aisha, cake, "End, once the entertainer has packed up, otherwise it's sugar and chaos "
                + "for the show");
        re(4, "20:35", laura, cake, "end it is, thanks");
        say(5, "13:00", peCover, nell, "Need cover Sat 1 Sept 2pm, 6th birthday in Hove, bubbles or magic, "
                + "£150. DM me");
        say(5, "14:00", peCover, ricky, "I can do it, DMing");
        say(6, "10:00", peGreen, aisha, "painted 41 faces at the fete today and my wrist has retired");
        say(6, "10:15", peGreen, nell, "41! ice pack and a biscuit");
        // W35: Ricky stays in the green room
        say(8, "09:00", peGreen, ricky, "anyone else find the 3-year-olds are harder than the 7-year-olds now");
        say(8, "09:10", peGreen, nell, "the 3s cry at balloons popping, the 7s heckle. pick your poison");
        say(8, "09:15", peGreen, ricky, "a 7 year old told me my magic was 'just a trick'. yes Harry");
        say(8, "09:20", peGreen, aisha, "😂 give him the wand next time");
        Post dates = say(9, "19:00", peAsk, dev, "@Ricky Dunmore are you free Saturday 15 Sept afternoon for "
                + "a 5th birthday? my sister saw you at her nephew's party");
        say(9, "19:30", peAsk, megan, "anyone got a party invite template? I'm useless at design");
        say(9, "20:00", peAsk, nell, "There are free ones on Canva if you search 'kids party invite'. I also "
                + "sell a printable bubble party pack with invites and thank you cards, £3: nellfinch.example/pack");
        say(9, "20:20", peAsk, megan, "oh the bubble one is cute, bought it");
        dates.react("👀", megan);
        say(9, "12:00", peKit, ricky, "has anyone tried the paper confetti cannons, the venues keep banning glitter");
        say(9, "12:30", peKit, aisha, "paper ones are fine, hoover-friendly");
        say(10, "10:00", peGreen, ricky, "what do you all charge for a 2 hour show now? I haven't gone up since "
                + "covid");
        say(10, "10:20", peGreen, nell, "£180-220 round here, more with a balloon modelling add-on");
        say(10, "10:30", peGreen, ricky, "right I'm underpricing by miles");
        say(10, "10:40", peGreen, aisha, "go up, nobody will blink");
        say(11, "14:00", peKit, ricky, "new speaker arrived and survived its first castle");
        say(11, "14:10", peKit, nell, "🎉");
        Post theme = say(11, "18:00", peAsk, megan, "is it ok to do a mixed theme, one twin wants dinosaurs "
                + "and the other wants fairies?");
        re(11, "18:30", aisha, theme, "Dino-fairies! Honestly kids love it. Wings and claws, I've painted "
                + "stranger");
        re(11, "18:40", megan, theme, "dino-fairies it is 😂");
        say(12, "09:00", peGreen, ricky, "does anyone do a DBS update service or do you renew every year");
        say(12, "09:20", peGreen, nell, "update service, £16 a year, saves so much hassle");
        say(12, "09:25", peGreen, ricky, "signing up now cheers");
        say(13, "21:00", peGreen, ricky, "did 3 parties today. feet gone. balloon dog count 60");
        say(13, "21:10", peGreen, aisha, "hero");
        say(13, "21:15", peGreen, ricky, "and my balloon pump snapped on party 3. anyone got a spare double action");
        say(13, "21:30", peGreen, nell, "I've got two, grab one at the next meet");
        say(14, "11:00", peGreen, ricky, "new price list done, thanks for the push");
        // W36
        say(15, "09:00", peGreen, gus, "back from the Fringe! sold out 9 of 12 shows, tired beyond words");
        say(15, "09:10", peGreen, nell, "welcome back superstar");
        say(15, "10:00", peAsk, ricky, "@Dev Pillai so sorry, just seen this, I'm booked on the 15th but Gus "
                + "might be free?");
        say(15, "10:30", peAsk, gus, "@Dev Pillai I'm free the 15th, puppet show and games, £190");
        say(15, "11:00", peAsk, dev, "brilliant, I'll message you Gus");
        say(16, "12:00", peKit, gus, "one of my puppets lost an eye in Edinburgh. glue or sew?");
        say(16, "12:20", peKit, aisha, "sew, glue always goes shiny");
        Post rain = say(17, "19:00", peAsk, laura, "party went great btw!! thank you all. one question, what do you "
                + "do if it rains at an outdoor party?");
        re(17, "19:30", nell, rain, "Gazebo plus a plan B indoors. Bubbles don't mind rain, parents do");
        re(17, "19:35", laura, rain, "ha, fair");
        say(18, "16:00", peCover, aisha, "Free Sat 22 Sept morning if anyone needs a face painter to cover");
        say(19, "10:00", peGreen, ricky, "first party at the new price, nobody blinked, you were right");
        say(19, "10:10", peGreen, aisha, "told you");
    }

    private void carers() {
        say(1, "07:00", hcLounge, joy, "morning all, 6 calls before lunch and the first one has run out of milk "
                + "again");
        say(1, "07:10", hcLounge, bernadette, "take a pint in your bag, I always do for Mr P");
        say(1, "07:15", hcLounge, stan, "I carry teabags too. tea fixes most visits");
        Post bath = say(2, "17:00", hcFamilies, graham, "Mum can't get out of the bath any more but won't give up "
                + "baths for showers. is a bath lift worth it or a gimmick?");
        re(2, "17:30", joy, bath, "Worth it if she can manage the handset. Ask the council OT for an assessment "
                + "first, they sometimes lend one free");
        re(2, "18:00", pauline, bath, "Agree with Joy, OT first. If you do end up buying, the battery ones are "
                + "easier than the water-pressure ones. I stock a couple: rokercareaids.example/bath-lifts");
        re(2, "18:20", graham, bath, "thanks both, ringing the OT tomorrow");
        say(3, "10:00", hcLounge, pauline, "Kind Hands members get 10% off anything at rokercareaids.example "
                + "this month with code KIND10, grab rails, pill timers, the lot");
        say(3, "10:30", hcTraining, pauline, "if your clients need grab rails or perching stools before their OT "
                + "visit, rokercareaids.example has them, 10% off with KIND10");
        say(3, "11:00", hcTraining, stan, "is anyone doing the moving and handling refresher in September?");
        say(3, "11:20", hcTraining, joy, "I am, the council one on 5 Sept, it's free");
        say(3, "11:25", hcTraining, stan, "booking it, ta");
        Post thursday = say(4, "15:00", hcFamilies, meena, "@Joy Mensah could you do Thursday instead of Friday "
                + "next week? Dad has the hospital on Friday");
        re(5, "09:00", joy, thursday, "Yes that's fine Meena, Thursday 10am. Hope the appointment goes ok");
        re(5, "09:10", meena, thursday, "thank you so much");
        say(5, "12:00", hcLounge, bernadette, "heads up, I'm in Portugal from 1st to 8th Sept. Joy and Stan are "
                + "covering my regulars, families know");
        say(5, "12:10", hcLounge, joy, "enjoy it, you've earned it");
        say(6, "09:00", hcCover, stan, "Available for cover Mon-Wed next week, days only, Brighton and Hove");
        say(7, "20:00", hcLounge, stan, "one of mine turned 100 today. telegram from the King and everything");
        say(7, "20:15", hcLounge, bernadette, "aww give her my love");
        // W35
        Post nights = say(8, "19:00", hcFamilies, graham, "@Stan Whitlow do you do overnights? Mum's been falling "
                + "at night and my sister and I can't keep doing it");
        re(8, "19:40", joy, nights, "I don't think Stan does nights but he'll confirm. Have a look at a falls "
                + "alarm pendant too, it helps a lot");
        say(9, "08:00", hcCover, stan, "Need cover Thursday 2-4pm, one call in Portslade, easy going lady");
        say(9, "08:30", hcCover, joy, "I can do it Stan");
        say(9, "08:35", hcCover, stan, "cheers Joy, I'll send the notes");
        say(9, "13:00", hcLounge, pauline, "quick question for the carers: are the pill timers with the loud "
                + "alarm actually used, or do clients switch them off?");
        say(9, "13:20", hcLounge, joy, "half of mine switch them off. the ones with a flashing light do better");
        say(9, "13:30", hcLounge, bernadette, "flashing light, and a big display");
        say(9, "13:35", hcLounge, pauline, "that's useful, I'll stop ordering the tiny ones");
        say(10, "17:00", hcFamilies, graham, "any word from Stan on nights? we're a bit desperate");
        say(10, "17:30", hcFamilies, bernadette, "Graham I'd ring the council reablement team too, they can do "
                + "short-term nights sometimes");
        say(10, "17:40", hcFamilies, graham, "didn't know that existed, thank you");
        say(11, "12:00", hcLounge, stan, "anyone know a good podiatrist who does home visits? one of mine needs "
                + "toenails done");
        say(11, "12:20", hcLounge, joy, "Carla at Footsteps, she's lovely with older clients");
        say(12, "18:00", hcCover, stan, "Available for cover Mon-Wed again next week");
        say(12, "20:00", hcLounge, stan, "cheers for Carla's number, booked");
        Post powerOfAttorney = say(13, "10:00", hcFamilies, meena, "Dad's hospital said we should sort power of "
                + "attorney. do carers ever get involved in that or is it solicitors only?");
        re(13, "10:40", joy, powerOfAttorney, "You can do it yourself online through the government site, no "
                + "solicitor needed. Carers can't be attorneys for clients but I can help you find the forms");
        re(13, "10:50", meena, powerOfAttorney, "thank you Joy, you're a star");
        // W36: Bernadette away
        say(15, "11:00", hcFamilies, olive, "@Bernadette Kelly you looked after Dad last winter and he's asking "
                + "for you again. Could you take him on from October, Tuesdays and Fridays?");
        say(15, "11:30", hcFamilies, joy, "Olive she's in Portugal till Saturday, she'll be back to you then");
        say(15, "11:35", hcFamilies, olive, "oh of course, no rush");
        say(16, "09:00", hcTraining, joy, "moving and handling refresher is tomorrow, 9.30 at the civic centre, "
                + "bring your certificate");
        say(16, "09:20", hcTraining, stan, "see you there");
        say(17, "16:00", hcLounge, pauline, "the bigger pill timers came in, thanks for the steer");
        say(17, "16:10", hcLounge, joy, "👍");
        say(18, "08:00", hcCover, stan, "Available for cover next week, days");
        say(20, "18:00", hcFamilies, bernadette, "@Olive Marsh just back, yes I'd love to have your dad again. "
                + "Tuesdays and Fridays from October works, I'll ring you Monday");
        say(20, "18:20", hcFamilies, olive, "wonderful, he'll be thrilled");
        say(21, "09:00", hcLounge, bernadette, "home, tanned, missing the sea already. thanks for covering Joy "
                + "and Stan");
        say(21, "09:20", hcLounge, stan, "welcome back");
    }

    private void uniform() {
        say(1, "08:00", usChat, fran, "Swap stall is back in the playground every Friday 3-3.30 from 7 Sept. "
                + "Shelf in the school office is open all week");
        say(1, "08:30", usChat, rosie, "yay, saved me £40 last year");
        say(2, "09:00", usShelf, amir, "3 green jumpers age 7-8 and a PE bag on the shelf");
        say(2, "12:00", usShelf, polly, "2 summer dresses age 5-6, one has a tiny pen mark");
        Post hem = say(3, "19:00", usWanted, rosie, "does anyone know someone who hems trousers cheaply? bought "
                + "age 9 for my tall 7 year old and they're 3 inches too long");
        re(3, "19:30", janek, hem, "my wife Ola does alterations from home, £5 a pair, drop them round to ours "
                + "on Maple Close");
        re(3, "19:45", rosie, hem, "amazing thank you, will drop them Thursday");
        say(4, "15:30", usChat, polly, "who decided grey socks were a good idea. they're beige by October");
        say(4, "15:40", usChat, amir, "white socks would be worse tbh");
        say(4, "15:45", usChat, polly, "true. beige it is");
        say(5, "10:00", usChat, janek, "does anyone know if the book bags changed colour this year? Zofia's says "
                + "blue but the letter says green");
        say(5, "10:20", usChat, fran, "both are allowed, green is the new one");
        say(5, "10:25", usChat, janek, "great, one less thing to buy");
        say(6, "20:00", usRota, fran, "Volunteer rota for the Friday stall is up, 12 slots for the autumn term: "
                + "docs.example/sheet/stbrendans-swap-rota");
        say(6, "20:30", usRota, rosie, "put myself down for 2");
        say(7, "11:00", usShelf, rosie, "age 4-5 cardigans x2 on the shelf");
        // W35: Kerry takes
        joins(8, "08:00", usChat, kerry);
        Post shoesQ = say(8, "08:10", usWanted, kerry, "looking for black school shoes size 12 and a coat, "
                + "is there any on the shelf?");
        re(8, "09:00", polly, shoesQ, "No shoes this week but there's a navy coat age 6 on the shelf, take it");
        re(8, "09:10", kerry, shoesQ, "thanks");
        say(9, "08:00", usRota, fran, "rota: 7 slots left for the autumn stall docs.example/sheet/stbrendans-swap-rota");
        say(9, "10:00", usWanted, polly, "@Kerry Doyle you mentioned on the playground you had age 6 skirts to "
                + "pass on, do you still have them? my two are desperate");
        Post labels = say(10, "19:00", usChat, kerry, "how do you get iron-on name labels off? got jumpers from "
                + "the shelf with another kid's name on");
        re(10, "19:20", rosie, labels, "Iron over baking paper and peel while warm, then a bit of sellotape for "
                + "the glue");
        re(10, "19:30", kerry, labels, "thx");
        say(11, "12:00", usRota, fran, "rota: 4 slots left, Fridays 3-3.30 docs.example/sheet/stbrendans-swap-rota");
        say(11, "12:30", usRota, amir, "took the 21st");
        Post coatRule = say(12, "17:00", usWanted, kerry, "are coats meant to be school colour or can they wear "
                + "any coat?");
        re(12, "17:30", amir, coatRule, "Any coat, only jumpers and ties have to be school ones");
        re(12, "17:35", kerry, coatRule, "ok ta");
        say(12, "18:00", usChat, kerry, "one more week of holidays, send help");
        say(13, "08:30", usShelf, polly, "pile of PE shorts age 5-8 on the shelf");
        say(13, "09:00", usChat, rosie, "the hems are perfect btw @Janek Nowicki, tell Ola thank you");
        say(13, "09:20", usChat, janek, "will do, she was pleased");
        say(14, "15:00", usChat, fran, "shelf count for August: 48 items found a home 🎉");
        // W36: Kerry gives back; Amir's quiet week
        say(15, "08:00", usShelf, amir, "age 9-10 trousers x3 on the shelf");
        say(15, "19:00", usWanted, kerry, "@Polly Vance sorry, only just seen this! yes, 2 skirts age 6, I'll "
                + "put them on the shelf tomorrow with a bag of Jayden's old stuff");
        say(15, "19:20", usWanted, polly, "thank you Kerry!");
        say(16, "08:30", usShelf, kerry, "2 grey skirts age 6 (for Polly) and a bag of age 4-5 polos on the shelf");
        say(16, "10:00", usShelf, amir, "one tie, kind of chewed");
        say(17, "08:00", usShelf, amir, "book bag, green, good as new");
        Post socks = say(17, "12:00", usWanted, janek, "anyone have age 6-7 PE trainers? Zofia's split");
        re(17, "12:40", kerry, socks, "there were some velcro ones on the shelf this morning, size 13 I think");
        re(17, "13:00", janek, socks, "that's her size! thanks Kerry");
        say(18, "08:00", usShelf, amir, "two winter hats, red and green");
        say(18, "15:00", usRota, fran, "autumn rota is full! thank you all");
        say(19, "09:00", usShelf, amir, "PE bag with a broken drawstring, still usable");
        say(20, "09:00", usShelf, amir, "age 7-8 jumper, the last of ours");
        say(21, "16:00", usChat, fran, "first Friday stall: 61 items. the shelf is working!");
        say(21, "16:10", usChat, polly, "👏 thanks for running it Fran");
    }

    private void twins() {
        say(1, "03:10", twNappy, charlotte, "3am feed club, who's up");
        say(1, "03:15", twNappy, tess, "me, both of them, one each side, send coffee");
        say(1, "03:20", twNappy, charlotte, "solidarity ☕");
        say(1, "14:00", twSleep, charlotte, "I really need some help with naps. My two are 7 months and I can "
                + "never get them down at the same time. I try putting Ben down first because he's easier but then "
                + "my Maya screams and wakes him, and by the time I've settled her he's up again and my whole "
                + "afternoon is gone. I've tried white noise and I've tried separate rooms but my flat only has the "
                + "one bedroom. I'm honestly at the end of my rope, my partner is back at work and I'm on my own "
                + "all day. I feel like I'm failing at the one thing I'm meant to do");
        say(1, "14:30", twSleep, morag, "You're not failing, two at once is brutal. We did the harder one first "
                + "and let the easy one play in the cot with a toy. Also the Twins Trust sleep guide was the only "
                + "one that made sense for us: twinstrust.example/sleep");
        say(1, "14:40", twSleep, babajide, "seconding hardest first. and a blackout blind for the room");
        say(1, "15:00", twSleep, charlotte, "hardest first, will try tomorrow, thank you both");
        say(2, "10:00", twBuggy, tess, "can a double side-by-side actually fit through a normal front door? "
                + "looking at one second hand");
        say(2, "10:20", twBuggy, dom, "measure the door! most are 74cm and the door is usually 76ish. ours "
                + "scrapes the frame but fits");
        say(2, "10:30", twBuggy, tess, "measuring now, 77! we're in");
        say(3, "16:00", twWins, priyanka, "both of them laughed at each other for the first time today and I "
                + "cried in the kitchen");
        say(3, "16:10", twWins, morag, "the best sound");
        say(3, "16:15", twWins, tess, "😍");
        say(4, "11:00", twSleep, charlotte, "hardest first worked!! 40 min of both asleep at the same time");
        say(4, "11:05", twSleep, morag, "🎉");
        Post walk = say(5, "18:00", twBuggy, tess, "@Babajide Ojo are you still coming to the Thursday buggy "
                + "walk round the park?");
        walk.react("👍", babajide);
        say(6, "09:00", twBuggy, tess, "see you at the gate at 10 then");
        say(6, "12:00", twWins, babajide, "first buggy walk with the triplets and another dad, felt like a "
                + "parade");
        // W35: Dom helps in buggy-talk, takes in sleep
        say(8, "03:00", twSleep, dom, "nobody:\nme at 3am: is it normal that twin A wakes twin B every single "
                + "time they cry?");
        say(8, "09:00", twSleep, morag, "Very normal, and most twins learn to sleep through each other's cries "
                + "within a few weeks. Don't rush in for the second one");
        say(8, "09:10", twSleep, dom, "ok, thanks");
        say(8, "12:00", twBuggy, charlotte, "double buggy on a bus, is it even allowed?");
        say(8, "12:20", twBuggy, dom, "Depends on the bus company, ours lets one double in the wheelchair space "
                + "if it's free. Fold-up is a no. Go at quiet times, 10-11 is best");
        say(8, "12:30", twBuggy, charlotte, "10am bus it is");
        say(9, "20:00", twWins, priyanka, "Ada and Ivo made the shortlist of the Echo's bonny babies contest 🙈 "
                + "if anyone has a second to vote: echo.example/bonnybabies/ada-ivo");
        say(9, "20:10", twWins, morag, "voted! they're gorgeous");
        say(9, "20:30", twNappy, priyanka, "and sorry for the spam but voting closes Sunday, "
                + "echo.example/bonnybabies/ada-ivo");
        say(9, "20:40", twNappy, charlotte, "voted 💯");
        say(10, "04:00", twSleep, dom, "the 4am wake up is back. do we move bedtime later?");
        say(10, "09:30", twSleep, babajide, "earlier, weirdly. overtired babies wake earlier");
        say(10, "09:35", twSleep, dom, "ta");
        say(10, "13:00", twBuggy, tess, "any tips for getting a double through the supermarket?");
        say(10, "13:20", twBuggy, dom, "Don't. Click and collect. Or a sling for one and a trolley seat for the "
                + "other");
        say(10, "13:25", twBuggy, tess, "😂 click and collect it is");
        say(11, "10:00", twNappy, priyanka, "how many nappies a day are you all getting through at 4 months? we're "
                + "on 18 between them");
        say(11, "10:30", twNappy, tess, "16-20, normal. buy in bulk");
        say(11, "10:40", twNappy, priyanka, "phew");
        say(12, "02:30", twSleep, dom, "one of them sleeps in a ball at the bottom of the cot now, is that ok?");
        say(12, "08:00", twSleep, charlotte, "Ours did that, it's fine as long as they're on their back and "
                + "there's nothing loose in the cot");
        say(12, "08:10", twSleep, dom, "👍");
        say(13, "11:00", twBuggy, babajide, "anyone used a triple buggy on gravel? asking for me");
        say(13, "11:30", twBuggy, dom, "we did the country park path with a double, fine but hard work. I'd try "
                + "it with big air tyres");
        say(14, "19:00", twWins, priyanka, "they came 2nd!! thank you everyone who voted ❤️");
        say(14, "19:10", twWins, tess, "congratulations!");
        // W36: quiet week for Dom; Tess's faint week
        say(15, "10:00", twWins, dom, "both slept 7-5. I'm a new man");
        say(15, "10:05", twWins, charlotte, "the dream");
        say(16, "13:00", twNappy, morag, "does anyone have a good hack for two bottles at once? I've got a "
                + "cushion but they slide off");
        say(16, "13:20", twNappy, priyanka, "rolled towels either side, works for us");
        say(16, "13:25", twNappy, morag, "genius, thank you");
        say(17, "20:00", twWins, tess, "first night out since they were born. managed 90 minutes");
        say(17, "20:10", twWins, babajide, "90 minutes is a full holiday");
        say(18, "16:00", twBuggy, charlotte, "we made the bus! driver even helped us on");
        say(18, "16:10", twBuggy, dom, "told you, 10am is golden");
        say(19, "09:00", twSleep, tess, "any tips for dropping the third nap?");
        say(19, "09:30", twSleep, morag, "push the second later bit by bit and it goes by itself");
    }

    private void foster() {
        say(1, "09:00", fcKettle, lorraine, "Morning circle. Our teenager has been with us a full year today, first "
                + "time in four placements he's stayed that long");
        say(1, "09:20", fcKettle, samuel, "that's huge Lorraine");
        say(1, "09:30", fcKettle, nia, "brilliant ❤️");
        joins(2, "10:00", fcKettle, harvey);
        Post hello = say(2, "10:05", fcKettle, harvey, "Hi all, I'm Harvey. My partner and I got approved as "
                + "foster carers in July and our first placement, a 6 year old, arrived on Friday. Terrified, "
                + "happy, tired");
        re(2, "10:30", lorraine, hello, "Welcome Harvey! The first week is a blur, be kind to yourselves");
        re(2, "11:00", rukhsana, hello, "Welcome Harvey! If you ever feel unsupported by your local authority, "
                + "Brightpath Fostering pays higher allowances with 24/7 support. Book a no-pressure chat: "
                + "brightpath.example/book");
        re(2, "11:30", samuel, hello, "Welcome. Ask anything in #ask-around, no question is daft");
        re(2, "12:00", harvey, hello, "thank you all");
        Post school = say(3, "16:00", fcAsk, harvey, "How do you handle the school when the child's name is "
                + "sensitive? social worker said to be careful");
        re(3, "16:30", samuel, school, "Ask for a meeting with the designated teacher for looked-after children, "
                + "every school has one. They'll sort the register and who knows what");
        re(3, "16:45", harvey, school, "didn't know that role existed, will email them. is it usually the head?");
        re(3, "17:00", samuel, school, "Sometimes, in small schools. The office will know");
        say(4, "19:00", fcEvents, nia, "Circle meet-up at the Pavilion café Thursday 6 Sept, 10am, kids welcome");
        say(4, "19:20", fcEvents, elspeth, "I'll be there");
        Post tax = say(5, "11:00", fcAsk, elspeth, "do we pay tax on the fostering allowance? and what about the "
                + "mileage they pay for contact runs?");
        re(5, "11:40", samuel, tax, "The allowance is covered by qualifying care relief, so usually no tax up to "
                + "the limit. Not sure about mileage, sorry");
        re(6, "09:00", lorraine, tax, "Mileage is part of it too if the LA pays it as an expense, ask the "
                + "Fostering Network helpline, they're great on tax");
        re(6, "09:15", elspeth, tax, "thank you both, ringing them");
        say(7, "20:00", fcKettle, harvey, "first week done. he laughed at dinner tonight");
        say(7, "20:10", fcKettle, nia, "that's everything");
        // W35: Rukhsana's info evening; Harvey learns
        say(9, "10:00", fcEvents, rukhsana, "Brightpath Fostering info evening, Wed 5 Sept 7pm at the Hove "
                + "library, free, for anyone thinking of fostering or transferring: brightpath.example/evening");
        say(10, "12:00", fcKettle, rukhsana, "reminder that our Brightpath info evening is next Wednesday, come "
                + "and ask us anything: brightpath.example/evening");
        Post contact = say(10, "18:00", fcAsk, harvey, "first contact visit with birth mum on Saturday. any "
                + "advice for afterwards? he was upset last time I'm told");
        re(10, "18:30", lorraine, contact, "Keep the rest of the day quiet, his favourite tea, no questions. They "
                + "often need to be cross at someone safe, and that's you");
        re(10, "18:40", harvey, contact, "that makes sense. what do you do if he won't go to bed?");
        re(10, "19:00", lorraine, contact, "Sit with him, let him stay up a bit. One night doesn't matter");
        say(12, "09:00", fcAsk, rukhsana, "for anyone asking about allowances, our info evening covers them: "
                + "brightpath.example/evening");
        say(12, "10:00", fcAsk, nia, "@Harvey Quinn how did the contact visit go?");
        say(12, "10:30", fcAsk, harvey, "better than feared! he was quiet after, we did pizza and a film. "
                + "thanks @Lorraine Beck, the 'cross at someone safe' bit helped");
        Post pocketMoney = say(12, "19:00", fcAsk, harvey, "how much pocket money do you give a 6 year old in "
                + "care? the guidance is vague");
        re(12, "19:30", nia, pocketMoney, "We do £2 a week plus savings, the LA guidance says to match what "
                + "you'd give your own");
        re(12, "19:40", harvey, pocketMoney, "£2 sounds right, he'll be rich");
        say(13, "12:00", fcRespite, samuel, "anyone near Portslade free for a sitter swap next Saturday? we have a "
                + "wedding");
        say(13, "12:30", fcRespite, nia, "we can have your two for the afternoon");
        say(13, "12:35", fcRespite, samuel, "you're a lifesaver Nia");
        // W36: Elspeth's hard week
        say(15, "21:00", fcRespite, elspeth, "I don't even know why I'm writing this. I'm so tired. Our "
                + "placement has been really hard this month and I've had maybe four hours a night. I love her "
                + "but I can't keep doing the 2am screaming and then the school calls at 11. My husband is "
                + "working away and my own mum is poorly. I feel like I'm not the carer I was. I haven't told "
                + "my social worker because I'm scared they'll think I can't cope. I just needed to say it "
                + "somewhere where people get it");
        say(15, "21:20", fcRespite, lorraine, "Elspeth you are allowed to say this out loud. Tell your social "
                + "worker, asking for respite is what good carers do, not a sign you can't cope. Ring me tomorrow?");
        say(15, "21:30", fcRespite, samuel, "we've all had that month. we'll have her for an afternoon if the LA "
                + "signs it off");
        say(15, "21:45", fcRespite, elspeth, "thank you both. I'll ring you Lorraine");
        say(16, "09:00", fcEvents, nia, "meet-up Thursday is still on, Pavilion café 10am");
        say(17, "14:00", fcRespite, elspeth, "told my social worker. respite weekend booked. thank you for the "
                + "push");
        say(17, "14:10", fcRespite, lorraine, "so proud of you");
        say(18, "12:00", fcKettle, harvey, "he's asked to call us by our first names instead of Mr and Mrs. small "
                + "thing, made my week");
        say(18, "12:10", fcKettle, samuel, "not a small thing at all");
        say(18, "14:30", fcEvents, nia, "lovely meet-up today, 9 of us and 11 kids. same time next month");
        say(18, "15:00", fcEvents, elspeth, "thank you for organising Nia");
    }

    private void classes() {
        say(1, "09:00", btLounge, gemma, "new term prep day. 14 dolls oiled, don't ask");
        say(1, "09:10", btLounge, zoe, "my shakers are in the dishwasher, same energy");
        say(1, "09:15", btLounge, carys, "😂");
        Post register = say(2, "13:00", btResources, ifeoma, "anyone got a template for a class register with "
                + "allergies and photo consent on? mine is a mess of spreadsheets");
        re(2, "13:30", carys, register, "I made one for my signing classes and sell it as a printable, £6: "
                + "carysigns.example/register. Honestly a spreadsheet with those three columns does the same job "
                + "though");
        re(2, "13:45", ifeoma, register, "bought it, saves me an evening, thanks Carys");
        joins(3, "10:00", btParents, hannah);
        Post worthIt = say(3, "10:05", btParents, hannah, "Hi, first baby, 8 weeks. Is baby massage actually "
                + "worth it or just a nice thing to do? and where do you find a class near Hove?");
        re(3, "10:40", gemma, worthIt, "Both! It can help with wind and sleep and it's lovely time together. I "
                + "run a class in Hove on Tuesdays, 6 weeks for £60, starts 4 Sept, but the children's centre "
                + "does a free one too on Thursdays");
        re(3, "10:50", hannah, worthIt, "oh free is good to start, thank you for being honest");
        say(4, "15:00", btParents, lucy, "how old do they have to be for baby signing? mine's 5 months");
        say(4, "15:30", btParents, carys, "Around 6 months is a good start, they won't sign back till 9-12 "
                + "months but they understand way before");
        say(4, "15:35", btParents, lucy, "ooh ok, next month then");
        say(5, "11:00", btResources, zoe, "does anyone have a risk assessment for parachute play?");
        say(5, "11:30", btResources, gemma, "pinned mine in here last term, scroll up to March");
        say(5, "11:40", btResources, zoe, "found it, thanks Gemma");
        say(6, "18:00", btLounge, ifeoma, "how many babies do you cap at? I'm at 12 and it's chaos");
        say(6, "18:20", btLounge, gemma, "10 for massage, more for music");
        say(6, "18:30", btLounge, zoe, "14 for music, with a helper");
        // W35: Zoe's timetable in three rooms
        say(8, "09:00", btTimetables, zoe, "Autumn term, Little Notes music: Mon and Wed 10am, Hove, 10 weeks "
                + "£75, 3 spaces left: zoemusic.example/autumn");
        say(8, "09:20", btParents, zoe, "Little Notes autumn term has 3 spaces left! zoemusic.example/autumn");
        say(8, "09:40", btLounge, zoe, "term's up, nearly full: zoemusic.example/autumn");
        say(8, "10:00", btLounge, carys, "nice one");
        Post sick = say(9, "14:00", btParents, omar, "if my daughter has a cold, do I skip class or is a runny nose "
                + "fine?");
        re(9, "14:30", ifeoma, sick, "Runny nose is fine for most of us, skip it with a temperature or a cough "
                + "that sounds chesty");
        re(9, "14:40", omar, sick, "great, thanks");
        say(10, "12:00", btLounge, gemma, "summer drop-in done, 9 babies, one wee on the mat, a success");
        say(10, "12:10", btLounge, ifeoma, "a wee is a rite of passage");
        say(11, "10:00", btParents, lucy, "is it weird to go to two different classes a week? feels like a lot "
                + "for a baby");
        say(11, "10:30", btParents, gemma, "Not weird at all, as long as you're both enjoying it. Stop if "
                + "either of you dreads it");
        say(11, "10:35", btParents, lucy, "that's a good rule");
        say(12, "19:00", btResources, carys, "free printable of the 20 first signs we use, share with your "
                + "families: carysigns.example/first-signs");
        say(12, "19:10", btResources, gemma, "lovely, will pass it on");
        say(13, "09:00", btLounge, zoe, "do your families pay per term or per class? someone asked for pay as "
                + "you go");
        say(13, "09:20", btLounge, ifeoma, "per term, drop-ins only if there's space");
        // W36: Ifeoma among leaders; Omar asks Gemma
        say(15, "09:00", btLounge, ifeoma, "my leader training weekend is running again in October for anyone "
                + "thinking of adding sensory classes, details in #timetables-for-sale");
        say(15, "09:05", btTimetables, ifeoma, "Sensory class leader training, 13-14 Oct, Brighton, £180 with "
                + "the starter kit: ifeomasenses.example/training");
        say(15, "09:30", btLounge, zoe, "I'd be up for that actually, what's in the kit?");
        say(15, "09:40", btLounge, ifeoma, "lights, scarves, a bubble tube and the session plans. you'd love it");
        say(15, "10:00", btLounge, carys, "I did it last year, worth it for the plans alone");
        say(15, "10:10", btLounge, ifeoma, "thank you Carys! how are your signing numbers this term?");
        say(15, "10:20", btLounge, carys, "full on Mondays, half on Fridays");
        say(15, "10:25", btLounge, ifeoma, "Fridays are always slow, try 9.30 instead of 11");
        say(16, "12:00", btLounge, ifeoma, "does anyone insure through the guild or separately?");
        say(16, "12:15", btLounge, gemma, "separately, it was half the price");
        say(16, "12:20", btLounge, ifeoma, "will look, thanks");
        Post gemmaQ = say(16, "19:00", btParents, omar, "@Gemma Rowe is your Tuesday class ok for a 10 week old "
                + "or is that too young?");
        re(17, "15:00", gemma, gemmaQ, "Sorry Omar, busy day! 10 weeks is perfect, they can start from 6 weeks "
                + "once they've had their check");
        re(17, "15:10", omar, gemmaQ, "brilliant, booking for next term");
        say(17, "09:00", btLounge, ifeoma, "booked 4 places on the October training already, thank you all");
        say(17, "09:10", btLounge, zoe, "make it 5, just booked");
        say(17, "09:15", btLounge, ifeoma, "yay! see you there Zoe");
        say(18, "11:00", btLounge, ifeoma, "what songs are you doing for autumn? I'm stuck on leaves");
        say(18, "11:20", btLounge, zoe, "Autumn leaves are falling down, to London Bridge. classic");
        say(18, "11:25", btLounge, ifeoma, "perfect, stealing it");
        say(19, "14:00", btParents, hannah, "went to the free massage class at the children's centre, loved it. "
                + "might do Gemma's next after");
        say(19, "14:20", btParents, gemma, "so glad Hannah! the children's centre team are lovely");
    }

    private void nappies() {
        say(1, "10:00", clDesk, bryony, "Kits 3, 7 and 12 are back and washed. Kit 9 is still out with the "
                + "Patels till the 30th");
        say(1, "10:20", clDesk, kwame, "I'll check 3 for velcro wear, it was tired last time");
        say(2, "19:00", clDesk, bryony, "Library session Sat 8 Sept, Hove children's centre, 10-12: families "
                + "book a fitting slot here: forms.example/fluff-sept");
        say(2, "19:30", clDesk, jade, "can you remind us the week before? I want a newborn kit slot");
        say(2, "19:35", clDesk, bryony, "will do Jade");
        Post leaks = say(3, "08:00", clFit, ellie, "night nappy leaks every single night at the legs, 11 months, "
                + "what am I doing wrong");
        re(3, "08:40", ffion, leaks, "Usually the fit: the leg elastic should sit in the knicker line, not on "
                + "the thigh. And for nights you need more absorbency, a hemp booster underneath");
        re(3, "08:50", ellie, leaks, "knicker line, I've been doing it too low, will try tonight");
        say(4, "09:00", clFit, ellie, "dry night!! knicker line was the answer");
        say(4, "09:10", clFit, ffion, "🎉");
        say(5, "14:00", clWash, rahul, "is it ok to use fabric softener? my wife says no, my mum says yes");
        say(5, "14:30", clWash, kwame, "Your wife wins, softener coats the fibres and they stop absorbing");
        say(5, "14:35", clWash, rahul, "I will not be telling my mum");
        say(6, "11:00", clOffers, mags, "Bumble Bums end of summer sale: 15% off pocket nappies till Sunday, "
                + "bumblebums.example/sale");
        say(7, "16:00", clDesk, mags, "I've put aside 10 newborn wraps at cost for the library for the "
                + "September session, can someone collect?");
        say(7, "16:20", clDesk, bryony, "amazing Mags, Kwame can you grab them Friday?");
        say(7, "16:30", clDesk, kwame, "yep");
        // W35
        say(9, "09:00", clDesk, bryony, "As promised Jade: library session is next Saturday, slots here: "
                + "forms.example/fluff-sept");
        say(9, "09:30", clDesk, jade, "booked the 10.30, thank you!");
        say(10, "12:00", clWash, mags, "if you're sick of stains, sunshine is free, and our new stain stick is "
                + "£4.50 with code FLUFF10 at bumblebums.example");
        say(10, "12:10", clWash, ellie, "sun does work miracles");
        Post poo = say(11, "20:00", clFit, ellie, "poo leaks up the back with the all in ones, only at nursery, "
                + "help?");
        re(11, "20:30", mags, poo, "Sounds like the rise is on the wrong snaps, go one up at the back. Our "
                + "pocket nappies have a taller back too, 10% off with FLUFF10 at bumblebums.example");
        re(11, "20:45", ellie, poo, "will try the snaps first, thanks");
        say(12, "10:00", clDesk, kwame, "kit 14 came back smelling of... I don't want to talk about it. strip "
                + "wash tonight");
        say(12, "10:10", clDesk, ffion, "godspeed");
        say(13, "14:00", clFit, rahul, "what size for a 4.5kg newborn? everything says birth to potty but it "
                + "looks huge on him");
        say(13, "14:30", clFit, ffion, "Birth to potty rarely fits under 5kg, try newborn wraps for a few weeks. "
                + "The library kit has them");
        say(13, "14:40", clFit, rahul, "booking a kit then, thanks Ffion");
        say(14, "12:00", clWash, kwame, "what temperature do you all wash at? the library says 60 but a family "
                + "asked about 40");
        say(14, "12:20", clWash, ffion, "60 for the library kits, 40 is fine at home if it's a long cycle");
        // W36: Rahul waits on Mags
        Post inserts = say(15, "18:00", clFit, rahul, "@Mags Delaney I bought the bamboo inserts from you at the "
                + "sling meet, they're leaking after 2 hours, is that normal or have I prepped them wrong?");
        say(16, "09:00", clOffers, mags, "Autumn colours are in! New prints on the pocket nappies, "
                + "bumblebums.example/autumn");
        say(16, "10:00", clDesk, bryony, "session Saturday! 14 families booked");
        say(16, "10:15", clDesk, mags, "I'll bring the newborn wraps myself then");
        say(17, "19:00", clFit, rahul, "@Mags Delaney sorry to chase, still leaking. should I wash them more "
                + "before using?");
        say(17, "19:30", clFit, ffion, "Not Mags but bamboo needs about 6-8 washes before it's fully absorbent, "
                + "it's probably that");
        say(17, "19:40", clFit, rahul, "only washed them twice, that'll be it");
        say(18, "11:00", clDesk, mags, "anyone want to help me on the stall at the baby fair in October?");
        say(18, "11:20", clDesk, kwame, "I can do the morning");
        say(18, "11:25", clDesk, mags, "great thanks Kwame");
        say(19, "09:00", clWash, jade, "newborn kit is amazing, but how do you dry things in a flat in winter?");
        say(19, "09:20", clWash, kwame, "airer by a radiator, not on it. a dehumidifier if you can borrow one");
        say(20, "17:00", clDesk, bryony, "great session today, 14 kits out. thank you Mags for the wraps");
        inserts.react("👀", ellie);
        say(21, "10:00", clDesk, ffion, "kit returns are piling up, strip wash party Tuesday?");
        say(21, "10:20", clDesk, bryony, "I'll bring biscuits");
    }

    static Map<String, String> files() {
        return new HeldOutScenes80Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 80");
    }
}
