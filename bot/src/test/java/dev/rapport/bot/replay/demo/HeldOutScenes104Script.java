package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 104 (sealed): eight communities of animals and pets, their keepers, breeders, carers and the trades
 * around them, of kinds no earlier round used (a cattery's own server, Whisker Lodge, with its Staff and Customers, a
 * rabbit and guinea-pig rescue's adopters and volunteers where nobody sells, a flyball club with a tug-toy maker and a
 * race-video maker among its members, pet photographers with a room where owners ask and an introductions room,
 * equine physiotherapists and bodyworkers with a room where horse owners ask and a saddle fitter among them, parrot
 * keepers with a toy maker among them whose fellow keepers are his customers and a keeper's DM to him, small-batch
 * pet-food and treat makers with a room where shops and groomers ask, and a pet crematorium's own server, Evermore
 * Meadow, with its Staff, the vet practices and families it serves, and a memorial-pendant maker who turns up), over
 * three ISO weeks (2031-W26 to W28), written and labelled by writer104 (session 53) before any coach ran on them. The
 * labels are in {@code bot/src/test/resources/eval/held-out-scenes-104.csv}. Run {@link #main} from the project root
 * to write the export again.
 */
final class HeldOutScenes104Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 6, 23);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 7, 14, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-104";
    private static final int BASE = 81200;

    // --- A. a cattery's own server ---
    private final String cattery = cast.guild(1321);
    private final Role staff = cast.role("Staff", "#8e44ad", 2);
    private final Role customer = cast.role("Customer", "#7f8c8d", 1);
    private final Channel ctNews = cast.channel(cattery, "Whisker Lodge Cattery", "announcements",
            "from the cattery team: opening hours, the bookings calendar, price changes, open days",
            "ct-announcements.json");
    private final Channel ctAsk = cast.channel(cattery, "Whisker Lodge Cattery", "ask-the-team",
            "questions for the team: bookings, vaccinations, diets, medication, drop-off and collection",
            "ct-ask-the-team.json");
    private final Channel ctChat = cast.channel(cattery, "Whisker Lodge Cattery", "cat-chat",
            "owners chatting: cats, vets, carriers, holidays", "ct-cat-chat.json");
    private final Channel ctPhotos = cast.channel(cattery, "Whisker Lodge Cattery", "boarder-photos",
            "the team posts photos of the cats staying with us, so owners on holiday can see them",
            "ct-boarder-photos.json");
    private final Persona fiona = cast.person("fiona.albright", "Fiona Albright", staff);
    private final Persona kasia = cast.person("kasia.nowak", "Kasia Nowak", staff);
    private final Persona rhodri = cast.person("rhodri.meredith", "Rhodri Meredith", staff);
    private final Persona deborah = cast.person("deborah.whitlock", "Deborah Whitlock", customer);
    private final Persona imran = cast.person("imran.siddiqui", "Imran Siddiqui", customer);
    private final Persona petra = cast.person("petra.lindgren", "Petra Lindgren", customer);
    private final Persona maureen = cast.person("maureen.hollings", "Maureen Hollings", customer);
    private final Persona colin = cast.person("colin.mayhew", "Colin Mayhew");

    // --- B. a rabbit and guinea-pig rescue's adopters and volunteers ---
    private final String rescue = cast.guild(1322);
    private final Role volunteer = cast.role("Volunteer", "#27ae60", 1);
    private final Channel rbHelp = cast.channel(rescue, "Burrow End Rabbit & Cavy Rescue", "adopters-help",
            "after adoption: diet, bonding, vets, hutches and runs; volunteers and other adopters answer",
            "rb-adopters-help.json");
    private final Channel rbRota = cast.channel(rescue, "Burrow End Rabbit & Cavy Rescue", "volunteer-rota",
            "cleaning and feeding shifts at the rescue: sign up on the sheet, swap shifts here",
            "rb-volunteer-rota.json");
    private final Channel rbHomes = cast.channel(rescue, "Burrow End Rabbit & Cavy Rescue", "happy-homes",
            "updates and photos from rabbits and guinea pigs in their new homes", "rb-happy-homes.json");
    private final Channel rbGeneral = cast.channel(rescue, "Burrow End Rabbit & Cavy Rescue", "general",
            "everything else: fundraising, the summer fun day, chat", "rb-general.json");
    private final Persona morag = cast.person("morag.penhaligon", "Morag Penhaligon", volunteer);
    private final Persona tariq = cast.person("tariq.haddad", "Tariq Haddad", volunteer);
    private final Persona lucy = cast.person("lucy.ferncombe", "Lucy Ferncombe", volunteer);
    private final Persona ellie = cast.person("ellie.prothero", "Ellie Prothero");
    private final Persona jolene = cast.person("jolene.kowalczyk", "Jolene Kowalczyk");
    private final Persona gareth = cast.person("gareth.pembury", "Gareth Pembury");
    private final Persona anjali = cast.person("anjali.rao", "Anjali Rao");

    // --- C. a flyball club ---
    private final String flyball = cast.guild(1323);
    private final Role committee = cast.role("Committee", "#e67e22", 1);
    private final Channel fbTraining = cast.channel(flyball, "Calder Rockets Flyball Club", "training-nights",
            "Tuesday and Thursday training: who's coming, drills, box work, problems", "fb-training-nights.json");
    private final Channel fbComps = cast.channel(flyball, "Calder Rockets Flyball Club", "tournaments",
            "entries, team sheets, travel and camping at competitions", "fb-tournaments.json");
    private final Channel fbKit = cast.channel(flyball, "Calder Rockets Flyball Club", "kit-and-tuggies",
            "buy, sell and swap: boxes, harnesses, tug toys, crates", "fb-kit-and-tuggies.json");
    private final Channel fbPaddock = cast.channel(flyball, "Calder Rockets Flyball Club", "paddock",
            "off-topic: dog photos, videos, birthdays, chat", "fb-paddock.json");
    private final Persona alistair = cast.person("alistair.penrose", "Alistair Penrose", committee);
    private final Persona sian = cast.person("sian.whitfield", "Sian Whitfield", committee);
    private final Persona dev = cast.person("dev.raman", "Dev Raman");
    private final Persona becky = cast.person("becky.lomax", "Becky Lomax");
    private final Persona marta = cast.person("marta.zielinska", "Marta Zielinska");
    private final Persona connor = cast.person("connor.haslam", "Connor Haslam");
    private final Persona gordon = cast.person("gordon.mackie", "Gordon Mackie");

    // --- D. pet photographers ---
    private final String photo = cast.guild(1324);
    private final Channel phAsk = cast.channel(photo, "Paws & Lens: Pet Photographers", "owners-ask",
            "pet owners ask: booking a shoot, prices, what to expect, photographing your own pets",
            "ph-owners-ask.json");
    private final Channel phCrit = cast.channel(photo, "Paws & Lens: Pet Photographers", "critique",
            "photographers post a shot and get honest feedback", "ph-critique.json");
    private final Channel phGear = cast.channel(photo, "Paws & Lens: Pet Photographers", "gear-and-editing",
            "lenses, flashes, editing, presets, studio setups", "ph-gear-and-editing.json");
    private final Channel phIntro = cast.channel(photo, "Paws & Lens: Pet Photographers", "introductions",
            "say hello: photographer or pet owner, tell us who you are", "ph-introductions.json");
    private final Persona yasmin = cast.person("yasmin.kaur", "Yasmin Kaur");
    private final Persona lorcan = cast.person("lorcan.mulligan", "Lorcan Mulligan");
    private final Persona freya = cast.person("freya.halvorsen", "Freya Halvorsen");
    private final Persona nathaniel = cast.person("nathaniel.osei", "Nathaniel Osei");
    private final Persona gillian = cast.person("gillian.prescott", "Gillian Prescott");
    private final Persona rajesh = cast.person("rajesh.menon", "Rajesh Menon");
    private final Persona bronwen = cast.person("bronwen.tully", "Bronwen Tully");

    // --- E. equine physiotherapists and bodyworkers ---
    private final String equine = cast.guild(1325);
    private final Channel eqOwners = cast.channel(equine, "Equine Physio & Bodywork Network", "owners-questions",
            "horse owners ask the physios and bodyworkers: stiffness, rehab, saddles, when to call the vet",
            "eq-owners-questions.json");
    private final Channel eqRef = cast.channel(equine, "Equine Physio & Bodywork Network", "referrals-and-cover",
            "practitioners only: passing on work, holiday cover, vet referrals", "eq-referrals-and-cover.json");
    private final Channel eqCpd = cast.channel(equine, "Equine Physio & Bodywork Network", "cpd-reading",
            "papers, articles and course notes worth reading", "eq-cpd-reading.json");
    private final Channel eqTack = cast.channel(equine, "Equine Physio & Bodywork Network", "tack-room",
            "chat: yards, horses, the weather, the driving", "eq-tack-room.json");
    private final Persona catriona = cast.person("catriona.beaumont", "Catriona Beaumont");
    private final Persona elin = cast.person("elin.vaughan", "Elin Vaughan");
    private final Persona rupert = cast.person("rupert.ashdown", "Rupert Ashdown");
    private final Persona kerry = cast.person("kerry.dobson", "Kerry Dobson");
    private final Persona philippa = cast.person("philippa.gresham", "Philippa Gresham");
    private final Persona aoife = cast.person("aoife.brannigan", "Aoife Brannigan");
    private final Persona saul = cast.person("saul.whitcombe", "Saul Whitcombe");

    // --- F. parrot keepers ---
    private final String parrots = cast.guild(1326);
    private final Channel prHealth = cast.channel(parrots, "Feathered Companions: Parrot Keepers",
            "health-and-behaviour", "plucking, biting, screaming, avian vets: ask and share",
            "pr-health-and-behaviour.json");
    private final Channel prDiet = cast.channel(parrots, "Feathered Companions: Parrot Keepers", "diet-and-enrichment",
            "pellets, chop, foraging and training", "pr-diet-and-enrichment.json");
    private final Channel prToys = cast.channel(parrots, "Feathered Companions: Parrot Keepers", "toy-makers-corner",
            "keepers who make toys and perches sell them here; orders and questions for the makers",
            "pr-toy-makers-corner.json");
    private final Channel prShow = cast.channel(parrots, "Feathered Companions: Parrot Keepers", "show-off",
            "photos and videos of your birds", "pr-show-off.json");
    private final Persona marguerite = cast.person("marguerite.olsson", "Marguerite Olsson");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona bethany = cast.person("bethany.crowther", "Bethany Crowther");
    private final Persona ahmed = cast.person("ahmed.farouk", "Ahmed Farouk");
    private final Persona dorothea = cast.person("dorothea.quayle", "Dorothea Quayle");
    private final Persona lachlan = cast.person("lachlan.ferrie", "Lachlan Ferrie");
    private final Channel prDm = cast.dm(ahmed, "pr-dm-dorothea-ahmed.json");

    // --- G. small-batch pet-food and treat makers ---
    private final String petfood = cast.guild(1327);
    private final Channel pfMakers = cast.channel(petfood, "Small-Batch Pet Food Makers", "makers-only",
            "for people who make pet food and treats for a living: suppliers, labelling, regulations, moans",
            "pf-makers-only.json");
    private final Channel pfStock = cast.channel(petfood, "Small-Batch Pet Food Makers", "stockists-ask",
            "pet shops, groomers and owners ask the makers: stock, ingredients, allergies, wholesale",
            "pf-stockists-ask.json");
    private final Channel pfMarkets = cast.channel(petfood, "Small-Batch Pet Food Makers", "markets-and-shows",
            "fairs, dog shows and markets: pitches, fees, who's going", "pf-markets-and-shows.json");
    private final Persona gideon = cast.person("gideon.blakemore", "Gideon Blakemore");
    private final Persona saoirse = cast.person("saoirse.kehoe", "Saoirse Kehoe");
    private final Persona pauline = cast.person("pauline.okafor", "Pauline Okafor");
    private final Persona mateusz = cast.person("mateusz.wojcik", "Mateusz Wojcik");
    private final Persona lindsay = cast.person("lindsay.carmody", "Lindsay Carmody");
    private final Persona trevor = cast.person("trevor.ashby", "Trevor Ashby");

    // --- H. a pet crematorium's own server ---
    private final String crem = cast.guild(1328);
    private final Channel emNotices = cast.channel(crem, "Evermore Meadow Pet Crematorium", "notices",
            "from the Evermore Meadow team: collection rounds, opening hours, bank holidays", "em-notices.json");
    private final Channel emPractices = cast.channel(crem, "Evermore Meadow Pet Crematorium", "vet-practices",
            "for practice managers and nurses: booking collections, paperwork, leaflets and urns",
            "em-vet-practices.json");
    private final Channel emAsk = cast.channel(crem, "Evermore Meadow Pet Crematorium", "ask-us",
            "families' questions about cremation, returning ashes, urns and keepsakes", "em-ask-us.json");
    private final Channel emRemember = cast.channel(crem, "Evermore Meadow Pet Crematorium", "remembrance",
            "share a memory or a photo of a pet who has died. Be gentle here.", "em-remembrance.json");
    private final Persona alasdair = cast.person("alasdair.kinnear", "Alasdair Kinnear", staff);
    private final Persona priya = cast.person("priya.chandran", "Priya Chandran", staff);
    private final Persona lorraine = cast.person("lorraine.beckwith", "Lorraine Beckwith", staff);
    private final Persona wendy = cast.person("wendy.aspinall", "Wendy Aspinall", customer);
    private final Persona joe = cast.person("joe.fairbrother", "Joe Fairbrother", customer);
    private final Persona carolyn = cast.person("carolyn.ingleby", "Carolyn Ingleby", customer);
    private final Persona stuart = cast.person("stuart.penhale", "Stuart Penhale", customer);
    private final Persona nadine = cast.person("nadine.corbett", "Nadine Corbett");

    HeldOutScenes104Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        cattery();
        rescue();
        flyball();
        photographers();
        physios();
        parrotKeepers();
        petFoodMakers();
        crematorium();
    }

    private void cattery() {
        // W26
        Post fiSummer = say(1, "09:00", ctNews, fiona, "Summer calendar update: July is nearly full. We still have "
                + "pens free from 7 to 13 July and again after the 21st. Ask in #ask-the-team and we'll pencil you in.");
        fiSummer.react("👍", deborah, maureen);
        Post imVacc = say(1, "10:15", ctAsk, imran, "Do you need the vaccination card itself at drop-off, or will a "
                + "photo of it on my phone do?");
        Post rhVacc = re(1, "10:40", rhodri, imVacc, "A photo is fine as long as the booster date is readable. If "
                + "the card turns up, bring it anyway.");
        re(1, "10:50", imran, rhVacc, "Perfect, thanks Rhodri.");
        Post kaNight = say(1, "18:00", ctPhotos, kasia, "Tonight's boarders: Mabel has claimed the top shelf again, "
                + "and the two Bengals from Harrogate finally ate their supper.");
        kaNight.react("❤️", deborah, petra);
        Post peCarrier = say(2, "12:00", ctChat, petra, "Does anyone else's cat hate the carrier? Tansy yowled the "
                + "whole way to the vet this morning.");
        Post maCarrier = re(2, "12:20", maureen, peCarrier, "Leave the carrier out in the living room for a week "
                + "before the trip, door open, with a blanket in it. Then it's furniture, not a threat.");
        Post deCarrier = re(2, "12:45", deborah, peCarrier, "And a towel over it in the car. Pepper settles as soon "
                + "as she can't see the road going past.");
        re(2, "13:10", petra, maCarrier, "It lives in the loft the rest of the year, that's probably half the "
                + "problem. Bringing it down tonight.");
        re(2, "13:12", petra, deCarrier, "Towel trick next time too, thank you.");
        joins(3, "08:00", ctChat, colin);
        Post coFirst = say(3, "08:10", ctAsk, colin, "Hi, first time using a cattery. Two cats, brother and sister, "
                + "fourteen nights from 11 July. Would they share a pen, and what would it cost?");
        Post fiFirst = re(3, "08:40", fiona, coFirst, "Welcome Colin! Siblings share a pen, that's what we'd "
                + "recommend for them. Two cats sharing is £19 a night, so £266 for the fortnight, food included. "
                + "Most owners like to look round before booking, you'd be very welcome.");
        Post coVisit = re(3, "09:00", colin, fiFirst, "Could I come and see it on Saturday morning?");
        re(3, "09:15", fiona, coVisit, "Saturday at 10:30 works, see you then.");
        Post deInsulin = say(4, "19:00", ctChat, deborah, "Pepper's glucose readings have been steadier since the vet "
                + "changed her insulin. Fingers crossed it stays that way through the holidays.");
        deInsulin.react("🙏", petra, imran, maureen);
        Post maEarly = say(5, "11:00", ctAsk, maureen, "Could I drop Toffee off at half seven on Monday? We've got "
                + "an early flight.");
        Post rhEarly = re(5, "11:30", rhodri, maEarly, "We open at 8 but I'm in from 7 on Mondays, I'll meet you "
                + "at the gate.");
        re(5, "11:40", maureen, rhEarly, "You're a star, thank you.");
        Post coLitter = say(6, "12:00", ctAsk, colin, "Came round this morning, the pens are lovely, and we've "
                + "booked. Do they need their own litter?");
        Post kaLitter = re(6, "12:30", kasia, coLitter, "No need, we use clumping wood litter. If they're used to "
                + "something very different, bring a bag and we'll mix it in for the first few days.");
        re(6, "12:45", colin, kaLitter, "They're on wood pellets at home, so that should be fine. Thanks Kasia.");
        say(6, "17:00", ctPhotos, kasia, "Saturday round-up: Mabel went home today after three weeks and a great "
                + "many chin scratches. Quiet evening for everyone else.");
        Post rhLeave = say(7, "10:00", ctAsk, rhodri, "Heads up: I'm on leave from Monday 30 June to Sunday 6 July. "
                + "Fiona and Kasia have the desk while I'm off.");
        rhLeave.react("👍", fiona, kasia);
        Post imHome = say(7, "20:00", ctChat, imran, "Home from Cornwall and Luna hasn't forgiven me, she's sitting "
                + "with her back to me on the windowsill.");
        Post peHome = re(7, "20:15", petra, imHome, "Classic. Mine does exactly one day of that, then forgets.");
        re(7, "20:30", imran, peHome, "Day one of the silent treatment it is.");
        // W27
        Post fiPrice = say(8, "09:00", ctNews, fiona, "Price update from 1 September: a single pen goes to £15.50 a "
                + "night and a shared pen to £20. Anything booked before then keeps today's price.");
        fiPrice.react("👍", imran);
        Post deTimes = say(8, "10:00", ctAsk, deborah, "@Fiona Albright Pepper's booked in for 14 to 27 July. Her "
                + "insulin is now 2 units twice a day with food, at 8am and 8pm. Can the team do those exact times, "
                + "or should I get the vet to shift them? She's been with you every summer since 2027, so you know "
                + "her, but the dose is new.");
        Post coStress = say(9, "09:00", ctAsk, colin, "Do you give them anything to calm them down, or should I ask "
                + "my vet for something before the 11th?");
        Post fiStress = re(9, "09:20", fiona, coStress, "Most cats settle in a day or two without anything. There's "
                + "a calming diffuser in every pen, and a blanket that smells of home does more than any tablet.");
        re(9, "09:35", colin, fiStress, "Blanket it is, thanks Fiona.");
        Post fiOpen = say(9, "16:00", ctNews, fiona, "Open day this Saturday, 11 till 2: come and see the new garden "
                + "pens. Cake in the office, owners and cats' fan clubs welcome.");
        fiOpen.react("🎉", petra, imran, maureen);
        Post deChase = re(10, "10:00", deborah, deTimes, "Sorry to chase, I just need to know about the insulin times "
                + "before I see the vet on Friday.");
        Post peGroom = say(10, "14:00", ctChat, petra, "Does anyone know a groomer who'll do a matted Persian "
                + "without sedating her? She's sixteen.");
        Post fiGroom = re(10, "15:00", fiona, peGroom, "Try the groomer at Coat & Comb in Ripon. She's very patient "
                + "with old cats and does them in short sessions.");
        re(10, "15:20", petra, fiGroom, "Booked for next week, thank you.");
        say(11, "18:00", ctPhotos, kasia, "Friday: Toffee has found the sunny corner of the garden pen and refuses "
                + "to leave it.");
        Post imOpen = say(12, "15:00", ctChat, imran, "Great open day, the garden pens are brilliant. Luna would "
                + "love those climbing shelves.");
        Post fiThanksIm = re(12, "15:30", fiona, imOpen, "Thanks for coming Imran, and for the flapjack!");
        fiThanksIm.react("😄", imran);
        Post maOpen = re(12, "16:00", maureen, imOpen, "Agreed, Toffee's got a view of the bird table from hers.");
        maOpen.react("❤️", kasia);
        Post kaInsulin = re(13, "11:00", kasia, deChase, "Sorry Deborah, this slipped past us. Yes, 8 and 8 is fine. "
                + "Rhodri does the insulin rounds for our diabetic boarders and he's back on Monday.");
        re(13, "11:20", deborah, kaInsulin, "Thank you Kasia, that's a weight off.");
        say(13, "17:00", ctPhotos, kasia, "Sunday: Toffee's last night with us, and she's been fed far too many "
                + "salmon pouches.");
        // W28
        Post rhBack = re(15, "08:30", rhodri, deTimes, "Back from leave and I've read this. 8am and 8pm is what we "
                + "already do for two of our regulars, so Pepper will slot in. Bring her pen needles and the insulin "
                + "in a cool bag, and her glucose notes if you keep them.");
        re(15, "08:50", deborah, rhBack, "Brilliant, I'll bring the notebook too. Thank you Rhodri.");
        Post peDiscount = say(16, "10:00", ctAsk, petra, "Is there a discount if my sister's cat comes the same week? "
                + "Different house, but they've met before.");
        Post fiDiscount = re(16, "10:40", fiona, peDiscount, "No multi-household discount I'm afraid, but if the two "
                + "of them get on they can share a pen at the sharing rate, which works out cheaper.");
        re(16, "11:00", petra, fiDiscount, "Fair enough, I'll ask her whether they'd get on.");
        Post maHome = say(17, "18:00", ctChat, maureen, "Toffee's home and she's put on weight. What on earth are "
                + "you feeding them?");
        Post kaHome = re(17, "18:30", kasia, maHome, "Guilty. She loved the salmon pouches and we're soft touches.");
        re(17, "18:45", maureen, kaHome, "She's back on the diet as of tonight.");
        Post coDrop = say(19, "10:00", ctAsk, colin, "Dropped them off this morning, they went straight into the "
                + "hammock. Thanks Fiona and Kasia for making it easy.");
        coDrop.react("❤️", fiona, kasia);
        Post kaNew = say(19, "18:00", ctPhotos, kasia, "Friday: welcome Nutmeg and Clove, both ate their supper and "
                + "are sharing the hammock like it was made for two.");
        Post coPhoto = re(20, "09:00", colin, kaNew, "@Kasia Nowak thank you for the photo, made my morning. Nutmeg "
                + "never shares anything at home.");
        coPhoto.react("😄", kasia);
        say(21, "18:00", ctPhotos, kasia, "Sunday: Nutmeg and Clove have discovered the window shelf. Clove supervises "
                + "the birds, Nutmeg supervises Clove.");
    }

    private void rescue() {
        // W26
        Post elHide = say(1, "09:00", rbHelp, ellie, "Picked up Pip and Squeak on Saturday. They hide in the hay all "
                + "day and won't come out when I sit by the cage. Is that normal?");
        Post moHide = re(1, "09:40", morag, elHide, "Completely normal for the first week or two. Sit nearby and read "
                + "aloud so they get used to your voice, and hand them a bit of coriander in the evenings. Let them "
                + "come to you.");
        re(1, "10:00", ellie, moHide, "thanks!");
        Post moRota = say(1, "12:00", rbRota, morag, "Shifts for next week are on the sheet: "
                + "forms.example/burrowend-rota. Saturday morning still needs two people.");
        Post taRota = re(1, "12:30", tariq, moRota, "Put myself down for Saturday.");
        taRota.react("🙏", morag);
        Post luRota = re(1, "12:45", lucy, moRota, "Me too, and I'll take Wednesday evening.");
        luRota.react("🙏", morag);
        Post elVeg = say(2, "08:30", rbHelp, ellie, "How much veg should they have a day? The leaflet says a cup but "
                + "a cup of what?");
        Post taVeg = re(2, "09:00", tariq, elVeg, "About a cup of leafy greens per pig per day, plus hay they can't "
                + "finish and a small scoop of pellets. Guinea pigs can't make their own vitamin C, so a slice of "
                + "pepper every day is great. @Ellie Prothero how old are they, and did the vet check their teeth "
                + "when you took them home?");
        re(2, "09:30", ellie, taVeg, "thanks");
        Post gaTwo = say(2, "19:00", rbHomes, gareth, "Clover and Basil, two years with us today. Still destroying "
                + "every cardboard box in the house.");
        gaTwo.react("❤️", morag, anjali, lucy);
        Post anCake = say(3, "12:00", rbGeneral, anjali, "Is the summer fun day still on for 12 July? I'd like to "
                + "bake for the cake stall.");
        Post moCake = re(3, "12:20", morag, anCake, "Yes! 11 till 3 at the village hall. Cakes very welcome.");
        re(3, "12:30", anjali, moCake, "Lemon drizzle it is.");
        Post joRun = say(3, "18:00", rbHomes, jolene, "Biscuit enjoying the new garden run 🐰");
        joRun.react("😍", lucy, anjali);
        Post elTeeth = say(4, "10:00", rbHelp, ellie, "One of them keeps chattering his teeth at the other one. Are "
                + "they fighting??");
        Post luTeeth = re(4, "10:30", lucy, elTeeth, "Chattering is a warning, usually over food or space. Give them "
                + "two hay piles and two hides so nobody has to share. If you see blood or clumps of fur, separate "
                + "them and message us straight away.");
        re(4, "10:45", ellie, luTeeth, "ok thanks");
        Post gaEye = say(4, "20:00", rbHelp, gareth, "Clover's had a runny eye since yesterday. Vet, or wait and "
                + "see?");
        Post anEye = re(4, "20:15", anjali, gaEye, "Vet. Mine turned out to be a blocked tear duct, easy to flush but "
                + "it did need doing.");
        Post moEye = re(4, "20:30", morag, gaEye, "Agree with Anjali. Eyes, and not eating, are never wait-and-see "
                + "with rabbits.");
        moEye.react("👍", gareth);
        Post gaBooked = re(4, "20:45", gareth, anEye, "Booked for tomorrow, thanks Anjali.");
        gaBooked.react("🙏", anjali);
        re(5, "17:00", gareth, anEye, "Blocked tear duct, same as yours. Flushed and he's fine, just offended.");
        Post luSwap = say(6, "09:00", rbRota, lucy, "Can anyone swap Wednesday evening for Thursday? Work has moved "
                + "my shifts.");
        Post taSwap = re(6, "09:30", tariq, luSwap, "I'll take your Wednesday, you have my Thursday.");
        re(6, "09:40", lucy, taSwap, "Done, thank you. Updating the sheet.");
        Post moRaffle = say(7, "10:00", rbGeneral, morag, "Raffle for the fun day: £1 a strip, every penny goes to the "
                + "vet bill fund. Buy on the form: forms.example/burrowend-raffle");
        moRaffle.react("👍", anjali, gareth, lucy);
        // W27
        Post anDand = say(8, "09:00", rbHelp, anjali, "Is dried dandelion OK for rabbits every day? I saw big bags of "
                + "it at the pet shop.");
        Post elDand = re(8, "09:30", ellie, anDand, "Our vet said dandelion leaves are fine daily for guinea pigs in "
                + "small amounts. Not sure about rabbits, but I'd check the dried stuff has nothing added.");
        Post gaDand = re(8, "10:00", gareth, anDand, "Fine daily for rabbits too, mine get a handful. Just check the "
                + "bag says 100% dandelion.");
        re(8, "10:20", anjali, elDand, "Good point about the additives, thank you.");
        re(8, "10:22", anjali, gaDand, "Handful a day then, thanks Gareth.");
        Post elSorry = re(8, "11:00", ellie, taVeg, "Sorry @Tariq Haddad, I missed your question last week! They're "
                + "about eight months, both neutered, and the vet said their teeth are fine.");
        re(8, "11:30", tariq, elSorry, "Good to hear. Sounds like they're settling in well.");
        Post elPepper = say(9, "20:00", rbHomes, ellie, "Pip came out and took a slice of pepper from my hand "
                + "tonight!!");
        elPepper.react("🎉", morag, lucy, tariq);
        say(10, "19:00", rbGeneral, jolene, "Please vote for Biscuit in the Cutest Bun 2031 contest!! "
                + "cutestbun.example/vote/biscuit-k every vote counts 💕");
        say(10, "19:05", rbHomes, jolene, "Biscuit made the final 20 of Cutest Bun, please vote for him here: "
                + "cutestbun.example/vote/biscuit-k 🙏");
        Post moRaffle2 = say(11, "12:00", rbGeneral, morag, "Raffle reminder: the form is still open at "
                + "forms.example/burrowend-raffle, 140 strips sold so far. Draw is at the fun day.");
        moRaffle2.react("👍", anjali);
        Post taHay = say(11, "14:00", rbRota, tariq, "Saturday morning: the hay delivery comes at 9. Can whoever's on "
                + "help me stack it in the barn?");
        Post luHay = re(11, "14:20", lucy, taHay, "I'm on, I'll bring gloves.");
        luHay.react("👍", tariq);
        Post gaNails = say(12, "16:00", rbHelp, gareth, "Tips for trimming nails on a rabbit who turns into a "
                + "wriggling eel?");
        Post luNails = re(12, "16:30", lucy, gaNails, "Wrap him in a towel like a burrito, one paw out at a time, and "
                + "do two paws a day instead of all four at once.");
        re(12, "16:45", gareth, luNails, "Burrito method tonight. Thanks Lucy.");
        say(13, "10:00", rbGeneral, jolene, "Only 2 days left to vote for Biscuit!! please please vote 🐰 "
                + "cutestbun.example/vote/biscuit-k");
        Post anBinky = say(14, "18:00", rbHomes, anjali, "Hazel did her first binky in the new run tonight.");
        anBinky.react("😍", morag, ellie, gareth);
        // W28
        Post moFun = say(15, "09:00", rbRota, morag, "Fun day rota is on the sheet now, forms.example/burrowend-rota: "
                + "we need people for the tombola and the cake stall on Saturday.");
        Post anFun = re(15, "09:30", anjali, moFun, "Cake stall, obviously.");
        anFun.react("😄", morag);
        Post joFourth = say(15, "18:00", rbGeneral, jolene, "Biscuit came 4th!! thanks to everyone who voted");
        joFourth.react("🎉", ellie, anjali);
        Post joPellets = say(16, "09:00", rbHelp, jolene, "Biscuit has stopped eating his pellets but he's still "
                + "eating hay. Should I worry?");
        Post moPellets = re(16, "09:30", morag, joPellets, "Eating hay and pooing normally are the main things. Some "
                + "rabbits go off pellets in the heat. Watch his droppings: if they get small or stop, vet the same "
                + "day.");
        re(16, "10:00", jolene, moPellets, "Droppings look normal, I'll keep watching. Thank you.");
        Post luSwap2 = say(17, "08:00", rbRota, lucy, "Swapped Thursday with Tariq again, sheet updated.");
        luSwap2.react("👍", tariq);
        Post elHeat = say(18, "17:00", rbHelp, ellie, "Ideas for keeping the pigs cool? Their shed hit 27 today.");
        Post gaHeat = re(18, "17:20", gareth, elHeat, "Frozen water bottles wrapped in a tea towel, and bring them "
                + "indoors if it goes past 25.");
        Post anHeat = re(18, "17:30", anjali, elHeat, "Ceramic tiles from the fridge. Mine lie on them like "
                + "sunbathers.");
        re(18, "17:45", ellie, gaHeat, "Bottles in the freezer now, and they're coming into the utility room.");
        re(18, "17:47", ellie, anHeat, "Tiles too, brilliant.");
        Post moTotal = say(19, "19:00", rbGeneral, morag, "Fun day raised £1,280 for the vet fund. Thank you all, "
                + "and a special mention for Anjali's lemon drizzle, sold out by noon.");
        moTotal.react("🎉", anjali, tariq, lucy, gareth, ellie);
        Post gaFun = re(19, "19:30", gareth, moTotal, "Brilliant day. Basil says thank you for the raffle carrots.");
        gaFun.react("😄", morag);
        Post taDraw = say(20, "11:00", rbGeneral, tariq, "Raffle winners who haven't collected: prizes are at the "
                + "rescue, pop in any shift time.");
        taDraw.react("👍", morag);
    }

    private void flyball() {
        // W26
        joins(1, "10:00", fbPaddock, connor);
        Post coHello = say(1, "10:05", fbPaddock, connor, "Hi all, Connor here with Skye, an 18-month collie who "
                + "thinks every ball in the world is hers. Came to the taster night last week and we're hooked.");
        Post alHello = re(1, "10:30", alistair, coHello, "Welcome Connor! Skye did really well for a first go. "
                + "Tuesday is box training for the newer dogs, bring a tuggy she loves.");
        Post beHello = re(1, "10:45", becky, coHello, "Welcome! She's got a lovely tight turn already.");
        beHello.react("😄", connor);
        re(1, "11:00", connor, alHello, "Will do, see you Tuesday.");
        Post alTue = say(2, "12:00", fbTraining, alistair, "Tonight: box turns for the newer dogs from 7, full runs "
                + "for the A team from 8. Who's in?");
        re(2, "12:10", becky, alTue, "In with Nell.");
        re(2, "12:30", dev, alTue, "In, Rocket's sore foot is fine now.");
        re(2, "13:00", connor, alTue, "Coming!");
        Post coDrop = say(3, "09:00", fbTraining, connor, "Skye keeps dropping the ball on the way back and going to "
                + "say hello to the other dogs. How do we fix that?");
        Post beDrop = re(3, "09:20", becky, coDrop, "Totally normal at her stage. Reward the return with her tuggy "
                + "the second she reaches you, so you're the best thing in the hall. The dropped ball, just ignore.");
        Post goDrop = re(3, "09:40", gordon, coDrop, "And put a gate across the next lane for a few weeks, so "
                + "visiting isn't an option.");
        re(3, "10:00", connor, beDrop, "Tuggy the moment she's back, got it.");
        re(3, "10:02", connor, goDrop, "We'll ask for the gate on Thursday, thanks Gordon.");
        Post maTug = say(3, "19:00", fbKit, marta, "New batch of fleece tuggies with bungee handles, £8 each or two "
                + "for £15. Colours in the photo, I'll bring them to training.");
        re(3, "19:20", becky, maTug, "Two please, the red and the purple.");
        Post coTug = re(3, "19:40", connor, maTug, "One for Skye please, blue if there's one left.");
        re(3, "20:00", marta, coTug, "Blue's saved for you, I'll bring it Thursday.");
        Post siRipon = say(4, "10:00", fbComps, sian, "Entries for the Ripon Open (12-13 July) close Sunday. Team "
                + "sheet: forms.example/rockets-ripon. Two teams plus a starters team if we get four dogs for it.");
        Post alRipon = re(4, "10:30", alistair, siRipon, "A team: Nell, Rocket, Juno and Ziggy, I think.");
        re(4, "11:00", becky, alRipon, "Nell's in for both days.");
        Post deLoader = say(5, "08:00", fbTraining, dev, "Anyone got a spare ball loader for tonight? Mine's cracked.");
        Post maLoader = re(5, "08:30", marta, deLoader, "I've got two, bring yours and I'll show you where it glues.");
        re(5, "08:40", dev, maLoader, "Legend, thanks Marta.");
        Post goBday = say(6, "09:00", fbPaddock, gordon, "Ziggy's 9th birthday today. Still the fastest spaniel in "
                + "Yorkshire, in his own head.");
        goBday.react("🎉", becky, marta, alistair, connor);
        Post siAway = say(7, "09:00", fbComps, sian, "Starters team needs one more dog for Ripon, the sheet's still "
                + "open: forms.example/rockets-ripon. I'm in Cornwall from Monday to the 6th, @Alistair Penrose has "
                + "the entry list while I'm gone.");
        Post coStarter = re(7, "09:30", connor, siAway, "Could Skye go in the starters team? She's only done box work "
                + "for a fortnight.");
        Post siStarter = re(7, "10:00", sian, coStarter, "Starters is exactly for that, she's in. Don't worry if she "
                + "runs off, every dog does at their first comp.");
        siStarter.react("🎉", connor);
        // W27
        Post beCamp = say(9, "10:00", fbComps, becky, "@Sian Whitfield no rush as you're away, but did you book the "
                + "camping pitches for Ripon, or should we each book our own?");
        say(9, "20:00", fbPaddock, dev, "New race videos up from Tuesday's practice 🎥 youtube.example/watch?v=rk01");
        say(9, "20:01", fbPaddock, dev, "Rocket's fastest run yet youtube.example/watch?v=rk02");
        say(9, "20:02", fbPaddock, dev, "A team changeover fail lol youtube.example/watch?v=rk03");
        Post deSkye = say(9, "20:03", fbPaddock, dev, "Skye's first full turn youtube.example/watch?v=rk04");
        say(9, "20:04", fbPaddock, dev, "slow-mo of Nell's turn youtube.example/watch?v=rk05");
        Post coFile = re(9, "20:30", connor, deSkye, "Ha, Skye's first turn! Could you send me the original file?");
        re(9, "20:45", dev, coFile, "Sure, I'll send it over tomorrow.");
        Post alOrder = say(10, "12:00", fbTraining, alistair, "Tonight we practise the Ripon running order, A team "
                + "first. Starters, bring your box tuggies.");
        alOrder.react("👍", becky, connor, gordon);
        Post goBox = say(11, "17:00", fbKit, gordon, "Selling my old box, left-handed, £60. Fine for training at "
                + "home. Collect from Knaresborough.");
        Post coBox = re(11, "17:30", connor, goBox, "Is it still going? It would be great for practising at home.");
        re(11, "17:45", gordon, coBox, "It's yours, bring cash on Tuesday.");
        Post beStop = say(12, "10:00", fbTraining, becky, "Nell's stopped on the way back at the last two trainings. "
                + "The vet's checked her over and says she's fine. Ideas?");
        Post alStop = re(12, "10:30", alistair, beStop, "Heat, probably. It was 26 degrees in the hall on Thursday. "
                + "Shorter sessions and a cooling coat between runs.");
        Post deStop = re(12, "10:45", dev, beStop, "Rocket did the same last summer, a cool mat in the crate sorted "
                + "him out.");
        re(12, "11:00", becky, alStop, "Cooling coat ordered.");
        re(12, "11:02", becky, deStop, "And I'll dig out our cool mat, thanks Dev.");
        Post maNap = say(13, "18:00", fbPaddock, marta, "Juno asleep upside down after a hard day of doing nothing.");
        maNap.react("😂", dev, becky);
        Post alLift = say(14, "19:00", fbComps, alistair, "Travel for Ripon: the convoy leaves the hall at 7am "
                + "Saturday. Shout if you need a lift.");
        Post coLift = re(14, "19:20", connor, alLift, "Could I get a lift? Skye travels well in a crate.");
        Post goLift = re(14, "19:40", gordon, coLift, "I've room, I'll pick you up at 6:45.");
        re(14, "19:50", connor, goLift, "Thanks Gordon, I'll have coffee ready.");
        // W28
        Post siCamp = re(15, "09:00", sian, beCamp, "Back! Yes, four pitches booked together under the club's name. "
                + "Pay me at training.");
        re(15, "09:20", becky, siCamp, "Great, I'll bring cash Tuesday.");
        Post siFinal = say(15, "10:00", fbComps, sian, "Final team sheets for Ripon are in. Starters: Skye, Ziggy, "
                + "Juno and Pickle. Good luck all!");
        siFinal.react("🎉", connor, gordon, marta);
        say(15, "18:00", fbKit, marta, "A few tuggies left for Ripon, £8, bring cash or pay at the club gazebo.");
        Post deChange = say(16, "21:00", fbTraining, dev, "Tonight's changeovers filmed, for anyone who wants to "
                + "study them: youtube.example/watch?v=rk06");
        Post alChange = re(16, "21:20", alistair, deChange, "That's really useful, thanks Dev. Look how early Nell "
                + "goes on the second pass.");
        re(16, "21:30", dev, alChange, "Half a box early, I counted the frames.");
        Post alDay1 = say(19, "19:00", fbComps, alistair, "Ripon day 1: the A team came 3rd in the division, and the "
                + "starters ran clean in their last heat!");
        alDay1.react("🎉", becky, marta, dev, connor, sian);
        Post coClean = say(20, "18:00", fbPaddock, connor, "Skye ran four clean legs today, I may have cried. Thank you "
                + "all for the help these last weeks.");
        Post siClean = re(20, "18:20", sian, coClean, "She was brilliant, and so were you.");
        siClean.react("❤️", connor);
        Post maClean = re(20, "18:30", marta, coClean, "Best turn of the starters, no question.");
        maClean.react("❤️", connor);
        Post siNext = say(21, "10:00", fbComps, sian, "Next one is Harrogate in August. Entry form will follow once "
                + "they publish it.");
        siNext.react("👍", alistair, becky);
    }

    private void photographers() {
        // W26
        Post loLens = say(1, "09:00", phGear, lorcan, "Summer's been dead quiet for me, I need more bookings before "
                + "autumn or it's back to weddings. Anyway: has anyone swapped the 70-200 for a 100-400 for running "
                + "dogs outdoors?");
        Post yaLens = re(1, "09:30", yasmin, loLens, "I did last year. Sharper at distance but heavier, and f/5.6 in "
                + "woodland shade hurts. I kept the 70-200 for anything under trees.");
        Post loIso = re(1, "09:45", lorcan, yaLens, "That's my worry, half my shoots are in woods. What ISO do you end "
                + "up at?");
        Post yaIso = re(1, "10:00", yasmin, loIso, "3200 on a grey day, it cleans up fine in Lightroom.");
        re(1, "10:10", lorcan, yaIso, "Right, I'll rent one for a weekend before buying.");
        Post giOld = say(2, "11:00", phAsk, gillian, "My Labrador is 13 and I'd like proper photos of her before it's "
                + "too late. Is a home shoot better than outdoors for an old dog? We're just outside York.");
        Post naLeap = say(2, "14:00", phCrit, nathaniel, "Spaniel mid-leap over a puddle, shot at 1/2000. Does the "
                + "crop feel too tight?");
        Post loLeap = re(2, "14:30", lorcan, naLeap, "Tight but it works, the spray sells it. I'd leave a touch more "
                + "room in front of the nose.");
        re(2, "14:45", nathaniel, loLeap, "Fair, I'll re-crop and post it again.");
        Post loSunset = say(2, "20:00", phCrit, lorcan, "Whippet against the sunset from Sunday, my first go at "
                + "backlighting. Too much flare?");
        Post frSunset = re(2, "20:30", freya, loSunset, "The flare's nice, but the eye is soft. Put the focus point "
                + "on the near eye next time.");
        re(2, "20:45", lorcan, frSunset, "You're right, it grabbed the ear. Thanks.");
        Post yaOld = re(3, "09:00", yasmin, giOld, "Home is usually kinder for an old dog: her own bed, no car, and "
                + "she can lie down whenever she likes. Morning window light is lovely. If she still enjoys a short "
                + "walk, five minutes outside at the end is a nice extra.");
        re(3, "09:30", gillian, yaOld, "That makes so much sense, she's so stiff after the car. Thank you.");
        Post loGrey = say(3, "19:00", phGear, lorcan, "Anyone got a good preset for grey skies? Everything I shoot in "
                + "this weather looks like porridge.");
        Post frGrey = re(3, "19:20", freya, loGrey, "Lift the shadows, drop the blue saturation and warm it two "
                + "notches. I'll share mine later.");
        re(3, "19:30", lorcan, frGrey, "Please do, thanks Freya.");
        Post raLook = say(4, "10:00", phAsk, rajesh, "Our rescue greyhound turns her head away every time we point a "
                + "camera at her. Any tips for a photo where she's actually looking at us?");
        Post frLook = re(4, "10:30", freya, raLook, "Don't point the phone straight at her, to a shy dog it's like "
                + "staring. Sit side-on, get someone to squeak a toy just above the lens, and take the shot in the "
                + "first second.");
        re(4, "11:00", rajesh, frLook, "Tried it this morning and got three where she's looking! Thank you.");
        Post frSet = say(4, "18:00", phCrit, freya, "New equine set for feedback: halvorsenphoto.example/equine-2031. "
                + "Be honest about the third one.");
        Post loSet = re(4, "18:30", lorcan, frSet, "Third one: the horizon's tilted, otherwise gorgeous. The grey in "
                + "the mist is my favourite.");
        re(4, "18:45", freya, loSet, "Tilt fixed, thank you!");
        Post naFlash = say(5, "12:00", phGear, nathaniel, "Godox or Profoto for a small home studio?");
        Post loFlash = re(5, "12:20", lorcan, naFlash, "Godox. Profoto's lovely but a puppy won't know the "
                + "difference.");
        re(5, "12:30", nathaniel, loFlash, "Ha, Godox it is.");
        Post loAgain = say(6, "11:00", phCrit, lorcan, "Re-edited the whippet, sharpened the eye as far as it will "
                + "go. Better?");
        re(6, "11:30", yasmin, loAgain, "Much better, and the warmer grade suits it.");
        Post giLong = say(6, "15:00", phAsk, gillian, "How long does a home session usually take? She gets tired "
                + "quickly these days.");
        Post yaLong = re(6, "15:30", yasmin, giLong, "An hour at most, with breaks whenever she wants them. Plenty of "
                + "photographers do shorter sessions for senior dogs, ask for that.");
        re(6, "15:45", gillian, yaLong, "Shorter sounds perfect, thank you again.");
        say(7, "18:00", phGear, lorcan, "Rented the 100-400 for next weekend. Report to follow.");
        // W27
        Post loReport = say(8, "09:00", phGear, lorcan, "100-400 report: sharp, heavy, and the woods were exactly as "
                + "dark as Yasmin said.");
        Post yaReport = re(8, "09:20", yasmin, loReport, "Told you! Did you get anything?");
        re(8, "09:40", lorcan, yaReport, "A couple of keepers in the open field. Sticking with the 70-200 for woods.");
        Post raWhitby = say(9, "10:00", phAsk, rajesh, "We're in York and going to Whitby in August. Does anyone do "
                + "beach sessions up there, and what does that usually cost?");
        Post loZoom = say(9, "19:00", phCrit, lorcan, "Greyhound zoomies from the weekend, panned at 1/60. Keep or "
                + "bin?");
        Post naZoom = re(9, "19:20", nathaniel, loZoom, "Keep. The blur on the legs is great.");
        Post frZoom = re(9, "19:30", freya, loZoom, "Keep, but the head isn't quite sharp. Try 1/125.");
        re(9, "19:40", lorcan, naZoom, "Cheers.");
        re(9, "19:42", lorcan, frZoom, "1/125 next time.");
        Post naWhitby = re(10, "08:00", nathaniel, raWhitby, "I'm in Scarborough and do Whitby beach shoots, early "
                + "morning before the crowds. Around £140 for the session with 15 images. Check the tide times "
                + "before you pick a day.");
        re(10, "08:30", rajesh, naWhitby, "Thank you, I'll message you closer to the time.");
        Post loCrash = say(10, "20:00", phGear, lorcan, "Lightroom keeps crashing on export since the update. Anyone "
                + "else?");
        Post frCrash = re(10, "20:20", freya, loCrash, "Yes, roll back one version, it's the GPU setting.");
        re(10, "20:40", lorcan, frCrash, "Rolled back, working again. Thanks.");
        Post giBooked = say(11, "12:00", phAsk, gillian, "Update: I've booked a home session with a photographer "
                + "near us for next week. Thanks for all the advice in here.");
        giBooked.react("❤️", yasmin, freya);
        Post yaLab = say(11, "17:00", phCrit, yasmin, "Senior Lab session from last week, window light only.");
        Post loLab = re(11, "17:30", lorcan, yaLab, "Gorgeous light. What time of day?");
        re(11, "17:45", yasmin, loLab, "About 10am, north-facing window.");
        Post loPrices = say(12, "10:00", phGear, lorcan, "Thinking of putting my prices up for autumn. What's "
                + "everyone charging for a one-hour session?");
        Post naPrices = re(12, "10:20", nathaniel, loPrices, "£140 with 15 images.");
        Post frPrices = re(12, "10:40", freya, loPrices, "£180, but horses take longer.");
        re(12, "11:00", lorcan, naPrices, "Interesting, I'm well under that.");
        frPrices.react("👍", lorcan);
        Post raWorth = say(13, "09:00", phAsk, rajesh, "Is a photographer worth it for a greyhound who hates "
                + "cameras, or will it be wasted money?");
        Post frWorth = re(13, "18:00", freya, raWorth, "Worth it if they're patient. A good pet photographer spends "
                + "the first twenty minutes not taking pictures at all.");
        re(13, "18:30", rajesh, frWorth, "That's reassuring, thank you.");
        say(14, "17:00", phCrit, lorcan, "The greyhound again, this time at 1/125. Head's sharp now.");
        // W28
        joins(15, "10:00", phIntro, bronwen);
        Post brHello = say(15, "10:05", phIntro, bronwen, "Hi, I'm Bronwen! Just got a cockapoo puppy called Pudding "
                + "and I'm mostly here to learn how to take better photos of her on my phone.");
        re(15, "10:30", nathaniel, brHello, "Welcome Bronwen! Puppy shoots are my speciality: £120 for an hour at "
                + "your home with ten edited images. Only 3 slots left in July, DM me to grab one.");
        Post yaHello = re(15, "10:45", yasmin, brHello, "Welcome! Get down to her eye level and use burst mode, "
                + "you'll get far more keepers on the phone.");
        re(15, "11:00", bronwen, yaHello, "Eye level and burst mode, trying it tonight!");
        Post raTwo = say(16, "10:00", phAsk, rajesh, "What would a shoot with two greyhounds cost roughly? Trying to "
                + "budget for the autumn.");
        Post yaTwo = re(16, "10:30", yasmin, raTwo, "I'm £95 for the session and images are from £25 each, most "
                + "people spend £200-250 in all. Everyone here prices a bit differently, so ask around.");
        Post loTwo = re(16, "10:45", lorcan, raTwo, "I'm £150 including ten digital images, and I'm in York too, so "
                + "no travel charge.");
        Post raSunday = re(16, "11:00", rajesh, loTwo, "York is handy. Could you do a Sunday in September?");
        re(16, "11:15", lorcan, raSunday, "Sundays are fine, pick one and I'll pencil you in.");
        re(16, "11:20", rajesh, yaTwo, "Thanks for the breakdown too, very helpful.");
        Post brBlob = say(17, "19:00", phAsk, bronwen, "Every phone photo of Pudding is a black blob with two shiny "
                + "eyes. Help?");
        Post loBlob = re(17, "19:20", lorcan, brBlob, "Dark dogs need light: put her near a window with your back to "
                + "it, and tap on her face on the screen before you shoot, so the phone exposes for her and not the "
                + "room.");
        re(17, "19:40", bronwen, loBlob, "That's so much better already, thank you!");
        Post frIns = say(18, "12:00", phGear, freya, "Is anyone insured through the pet photographers' guild? My "
                + "renewal is due.");
        Post yaIns = re(18, "12:30", yasmin, frIns, "I am, about £90 a year with equipment cover. Claims were easy "
                + "when my flash got knocked into a pond.");
        re(18, "12:45", freya, yaIns, "That's cheaper than mine, switching.");
        Post giPhotos = say(19, "15:00", phAsk, gillian, "The session photos arrived and I cried. Worth every penny. "
                + "Thank you all for pointing me towards a home shoot.");
        giPhotos.react("❤️", yasmin, lorcan, freya);
        Post naRecrop = say(20, "11:00", phCrit, nathaniel, "The spaniel leap from a few weeks back, re-cropped with "
                + "more room in front.");
        re(20, "11:30", lorcan, naRecrop, "Much better, it breathes now.");
    }

    private void physios() {
        // W26
        say(1, "07:30", eqTack, rupert, "Monday and I've already driven 140 miles and treated six horses. My "
                + "shoulders are done in.");
        Post elPaper = say(1, "09:00", eqCpd, elin, "Open-access paper on rider weight and back soreness, short and "
                + "readable: vetjournal.example/rider-weight-2031");
        Post caPaper = re(1, "11:00", catriona, elPaper, "Good find. The section on saddle fit lines up with what I "
                + "see in riding-school horses.");
        re(1, "11:20", elin, caPaper, "Same here, the small ponies with adult riders especially.");
        say(1, "12:00", eqOwners, rupert, "I have slots in Wiltshire and north Somerset this Thursday, £65 per horse, "
                + "and yards booking three or more get 10% off. DM me to book.");
        say(2, "19:00", eqTack, rupert, "I finally finished my kinesiology taping course. My certificate arrived "
                + "today and I'm very proud of it.");
        Post aoLeft = say(3, "09:00", eqOwners, aoife, "My ex-racer is stiff turning left and a bit cold-backed "
                + "under saddle. Physio or saddle fitter first?");
        Post keLeft = re(3, "09:30", kerry, aoLeft, "Saddle check first is cheap and rules a lot out. Ex-racers "
                + "change shape fast once they're in light work, so the saddle that fitted in spring may not now.");
        Post caLeft = re(3, "10:00", catriona, aoLeft, "Agree with Kerry. And if she's at all lame, the vet before "
                + "either of us.");
        Post aoCome = re(3, "10:30", aoife, keLeft, "Not lame, just stiff. Can you come out to Nantwich?");
        re(3, "10:35", aoife, caLeft, "Noted, thank you.");
        re(3, "10:50", kerry, aoCome, "Yes, Tuesday morning works. I'll message you for the yard address.");
        Post keNantwich = say(3, "11:00", eqRef, kerry, "Catriona, I'm fitting a saddle in Nantwich on Tuesday, an "
                + "ex-racer who'll need a physio after. Happy for me to pass on your number?");
        Post caNantwich = re(3, "11:30", catriona, keNantwich, "Yes please, thanks Kerry. Tuesday afternoon I'm "
                + "nearby anyway.");
        caNantwich.react("👍", kerry);
        say(3, "18:30", eqTack, rupert, "My new massage table arrived. I'm going to use it for my human clients on "
                + "Fridays too.");
        say(4, "09:00", eqOwners, rupert, "Still two slots left this Thursday in Wiltshire, £65, DM me.");
        say(4, "21:00", eqTack, rupert, "I did my first treatment on a Shire today. My arms may never recover, but I "
                + "loved every minute of it.");
        Post phHock = say(5, "08:00", eqOwners, philippa, "@Catriona Beaumont you've treated my mare for three years "
                + "and I've sent half my yard your way, so you know her. She knocked her hock on the trailer "
                + "yesterday, a bit puffy but sound. Cold hose and wait for your visit on the 14th, or call the vet?");
        Post caHock = re(5, "13:00", catriona, phHock, "Cold hose twice a day for three days. If the swelling is hot, "
                + "spreading or she goes lame, call the vet straight away; otherwise I'll check it on the 14th.");
        re(5, "13:20", philippa, caHock, "Will do, thank you.");
        say(5, "20:00", eqTack, rupert, "My car's clutch went on the A303 today and I missed my last two "
                + "appointments. I'm gutted.");
        Post ruCover = say(6, "10:00", eqRef, rupert, "I'm away 20 to 27 July. My clients in Wiltshire will need "
                + "cover if anything comes up.");
        Post keCover = re(6, "10:40", kerry, ruCover, "I'm in Wiltshire the week of the 21st for saddle fits, I can "
                + "at least look at anything urgent and pass it on.");
        re(6, "11:00", rupert, keCover, "Thanks Kerry, I'll give my clients your number.");
        say(6, "15:00", eqTack, rupert, "I'm at the Royal Bath show tomorrow with my stand. Come and say hello if "
                + "you're there.");
        say(7, "19:00", eqTack, rupert, "I treated eight horses at the show today and I've got three new clients "
                + "from it. My best weekend of the year.");
        Post saCob = say(7, "20:00", eqOwners, saul, "Our cob is 22 and stiff in the mornings. Is massage worth it at "
                + "that age, or is it just pampering?");
        // W27
        Post ruCob = re(8, "08:00", rupert, saCob, "Worth it, honestly. Older horses get the most out of it: "
                + "regular light work, a good rug, and massage every four to six weeks keep a lot of cobs going "
                + "happily. Ask your vet about joint support too.");
        Post saThanks = re(8, "09:00", saul, ruCob, "That's really helpful. Is there anything I can do myself between "
                + "sessions?");
        Post ruSelf = re(8, "09:30", rupert, saThanks, "Carrot stretches, and walking him in hand for ten minutes "
                + "before you tack up. Catriona's much better at explaining stretches than I am.");
        Post caStretch = re(8, "10:30", catriona, ruSelf, "Ha, thanks Rupert. @Saul Whitcombe this is the sheet I "
                + "give my own clients: beaumontphysio.example/carrot-stretches. Three each side, hold for five "
                + "seconds, only when he's warm.");
        re(8, "11:00", saul, caStretch, "Printed and on the tack room wall. Thank you both.");
        Post elStudy = say(9, "09:00", eqCpd, elin, "Another good one: a study of hind-limb lameness and saddle slip, "
                + "with videos. vetjournal.example/saddle-slip");
        Post ruStudy = re(9, "12:00", rupert, elStudy, "Watched the videos, the slip is so obvious once you know "
                + "to look. Thanks Elin.");
        ruStudy.react("🙌", elin);
        Post aoFit = say(9, "18:00", eqOwners, aoife, "Kerry's fitted a new saddle and Catriona treated her on "
                + "Tuesday. She's turning left like a different horse. Thank you both!");
        aoFit.react("❤️", kerry, catriona);
        Post keDrive = say(10, "19:00", eqTack, kerry, "Four hours on the M6 for a 20-minute fit. Who else is living "
                + "in their car this summer?");
        Post ruDrive = re(10, "19:20", rupert, keDrive, "Me, after the clutch saga. Do you stop anywhere decent on the "
                + "M6?");
        Post keStop = re(10, "19:40", kerry, ruDrive, "Tebay services, every time. The farm shop is worth the queue.");
        re(10, "20:00", rupert, keStop, "Noted for next month.");
        Post saStiff = say(11, "08:30", eqOwners, saul, "Tried the stretches for four days. He's reaching further, "
                + "but he stops if I ask for the far left one. Push on or leave it?");
        Post ruStiff = re(11, "09:00", rupert, saStiff, "Leave that one for a week and keep the others. If he still "
                + "won't, it's worth a physio looking at his neck.");
        re(11, "09:20", saul, ruStiff, "Will do, thanks Rupert.");
        Post caCpd = say(12, "10:00", eqRef, catriona, "Anyone going to the rehab conference in Cirencester in "
                + "September? Could share a car from the north.");
        Post elCpd = re(12, "10:30", elin, caCpd, "Going, and I'd love a lift from Shrewsbury if that's on your way.");
        re(12, "11:00", catriona, elCpd, "It is, I'll pick you up.");
        Post phHock2 = say(14, "17:00", eqOwners, philippa, "Catriona checked the hock today, all clear. Thank you "
                + "for the advice last week.");
        phHock2.react("👍", catriona);
        // W28
        say(15, "09:00", eqCpd, elin, "Summary for anyone short on time: the saddle-slip paper says to look at the "
                + "hind limbs first when a saddle keeps slipping to one side. Full text: vetjournal.example/saddle-slip");
        Post aoRider = say(16, "10:00", eqOwners, aoife, "Would a rider physio help? I think my own wonky hips might "
                + "be half the problem.");
        Post elRider = re(16, "10:30", elin, aoRider, "Very likely. Horses mirror their riders. A chartered physio "
                + "who rides is ideal, and a few sessions on a rider mechanics course make a big difference.");
        re(16, "11:00", aoife, elRider, "Looking for one near Nantwich now, thank you.");
        Post ruShow = say(17, "20:00", eqTack, rupert, "Anyone else doing the county show on Saturday? I'll be in the "
                + "trade stands.");
        Post keShow = re(17, "20:30", kerry, ruShow, "I'm there too, we're two rows apart. Coffee at 10?");
        re(17, "20:40", rupert, keShow, "Deal.");
        Post saSaddle = say(18, "09:00", eqOwners, saul, "Another question about our cob: his saddle's fifteen years "
                + "old. How do you know when one's past it?");
        Post keSaddle = re(18, "09:30", kerry, saSaddle, "When the tree's cracked or the panels have gone flat and "
                + "lumpy. Old isn't bad on its own. Get it checked, a fitter can often reflock it.");
        re(18, "10:00", saul, keSaddle, "Booking a check, thank you.");
    }

    private void parrotKeepers() {
        // W26
        Post laFruit = say(1, "18:00", prDiet, lachlan, "How much fruit is too much for a conure? Mango would live on "
                + "grapes if I let him.");
        Post maFruit = re(1, "18:30", marguerite, laFruit, "Keep fruit to a small share of the day's food, veg and "
                + "pellets for the rest. Grapes as a training treat only, cut in quarters.");
        re(1, "18:45", lachlan, maFruit, "Quartered grapes for training it is. Thanks Marguerite.");
        joins(2, "09:00", prHealth, dorothea);
        Post doPluck = say(2, "09:10", prHealth, dorothea, "We've just taken on a 15-year-old African grey from a "
                + "house clearance. He's plucked his chest bare. Where do we even start?");
        Post kwPluck = re(2, "09:40", kwame, doPluck, "Start with an avian vet check, plucking has medical causes "
                + "too. Then plenty of shredding toys, 10 to 12 hours of dark for sleep, and patience: after 15 "
                + "years it may never fully grow back, and that's okay.");
        Post mgPluck = re(2, "10:00", marguerite, doPluck, "And fresh chop every morning. A lot of rescued greys have "
                + "only ever had seed.");
        re(2, "10:20", dorothea, kwPluck, "Vet booked for Thursday. Ten to twelve hours is more than he's been "
                + "getting, his cage was in the kitchen.");
        Post doChop = re(2, "10:25", dorothea, mgPluck, "What's chop?");
        Post mgChop = re(2, "10:50", marguerite, doChop, "Finely chopped veg mix: peppers, kale, sweet potato, a bit "
                + "of cooked grain. I'll post my recipe in #diet-and-enrichment.");
        mgChop.react("🙏", dorothea);
        Post mgRecipe = say(2, "11:30", prDiet, marguerite, "My chop recipe, as promised: 2 peppers, a handful of "
                + "kale, one sweet potato (steamed), a cup of cooked quinoa, a grated carrot. Freeze in ice-cube trays, "
                + "one cube per bird per morning.");
        mgRecipe.react("❤️", dorothea, lachlan, bethany);
        Post ahWheel = say(3, "10:00", prToys, ahmed, "New in: foraging wheels with four paper cups to fill, £14, and "
                + "balsa shredder towers, £11. Order here or message me.");
        ahWheel.react("👀", kwame);
        Post doVet = say(5, "17:00", prHealth, dorothea, "Vet says no infection. Probably years of boredom and the old "
                + "diet. Thank you for pointing us the right way.");
        Post kwVet = re(5, "17:30", kwame, doVet, "Good news. Give it months, not weeks.");
        kwVet.react("👍", dorothea);
        Post laWave = say(5, "19:00", prShow, lachlan, "Mango learned to wave! Took three weeks and a lot of quartered "
                + "grapes.");
        laWave.react("😂", marguerite, kwame, bethany);
        Post beVeg = say(5, "20:00", prDiet, bethany, "My amazon refuses every vegetable I offer. Tried chopping, "
                + "tried whole, tried hiding it. Nothing works.");
        Post kwVeg = re(5, "20:20", kwame, beVeg, "Eat it in front of her and make a fuss of how good it is. Greys and "
                + "amazons both want what you've got.");
        Post laVeg = re(5, "20:40", lachlan, beVeg, "Skewer it on a kabob so it's a toy, not a dinner. Mango only "
                + "eats peppers if he's had to pull them off something.");
        re(5, "21:00", bethany, kwVeg, "I'll try eating broccoli at her like a lunatic.");
        re(5, "21:02", bethany, laVeg, "And the kabob. Thank you both.");
        Post kwBig = say(6, "10:00", prToys, kwame, "@Ahmed Farouk could you make a bigger version of the foraging "
                + "wheel for a grey? My Kofi finished the small one in an afternoon.");
        Post ahBig = re(6, "10:30", ahmed, kwBig, "Yes, an XL wheel with thicker cups, £18. Ready Wednesday.");
        re(6, "10:45", kwame, ahBig, "Perfect, one please.");
        // W27
        Post doAsk = say(8, "09:00", prDm, dorothea, "Hi Ahmed, Kwame showed me the wheel you made for Kofi. Could you "
                + "make something for a grey who has never played with toys? Soft wood, nothing scary.");
        Post ahAsk = re(8, "09:40", ahmed, doAsk, "Lovely to hear from you. For a beginner I'd do a soft balsa and "
                + "paper kabob, £9, and a small set of foraging cups, £7. Both ready by Friday and I can post them.");
        Post doYes = re(8, "10:00", dorothea, ahAsk, "Yes please, both. Sending you the address now.");
        re(8, "10:10", ahmed, doYes, "Got it, thank you!");
        Post beScream = say(9, "07:00", prHealth, bethany, "Amazon screams at 6am every single day. The neighbours "
                + "have started commenting.");
        Post mgScream = re(9, "07:30", marguerite, beScream, "Cover the cage until 7 and go to her the moment the "
                + "cover comes off, before she starts. Never go in while she's screaming, it teaches her it works.");
        re(9, "08:00", bethany, mgScream, "Cover ordered. The neighbours thank you.");
        say(10, "12:00", prToys, ahmed, "Summer sale: all perches 20% off this week.");
        Post doTouch = say(11, "19:00", prShow, dorothea, "Ollie touched the kabob Ahmed made! Didn't shred it, but "
                + "he touched it with his beak and didn't run away.");
        doTouch.react("🎉", ahmed, kwame, marguerite);
        Post laChop = say(12, "18:00", prDiet, lachlan, "Is there a chop mix that works for a picky conure? Mango "
                + "throws out everything green.");
        Post doMix = re(12, "18:30", dorothea, laChop, "Ollie was the same with Marguerite's recipe until I grated the "
                + "carrot over the top and mixed in a few of his pellets. Now he digs through it.");
        re(12, "18:45", lachlan, doMix, "Carrot on top, trying it tomorrow. Thanks Dorothea.");
        Post laRope = say(13, "11:00", prToys, lachlan, "@Ahmed Farouk do you do rope perches small enough for a "
                + "conure?");
        Post ahRope = re(13, "11:30", ahmed, laRope, "Yes, 12mm cotton rope perches, £10, any length up to 60cm.");
        re(13, "11:45", lachlan, ahRope, "A 40cm one please.");
        // W28
        Post kwStaple = say(15, "09:00", prToys, kwame, "@Ahmed Farouk the XL wheel I bought from you has a staple "
                + "poking through the bottom cup. Is it safe to keep using, or should I take it out of the cage?");
        say(15, "18:00", prToys, ahmed, "New in: coconut hideaways, £16, and rope boings, £12. Photos in "
                + "#show-off.");
        say(15, "18:05", prShow, ahmed, "The new coconut hideaways, look at the grain on these.");
        Post doMore = say(16, "10:00", prToys, dorothea, "@Ahmed Farouk Ollie has nearly finished the kabob I bought "
                + "from you. Could I order two more?");
        Post mgBite = say(16, "19:00", prHealth, marguerite, "One of my cockatiels has started biting when I pick her "
                + "up at night. Hormones?");
        Post kwBite = re(16, "19:30", kwame, mgBite, "Sounds like it this time of year. Shorter days help: cover "
                + "earlier and take away anything she treats as a nest.");
        re(16, "19:45", marguerite, kwBite, "Her shredding box has become a nest, hasn't it. Out it goes.");
        say(17, "19:00", prToys, kwame, "Took the wheel out for now. Still keen to know about the staple.");
        Post beFlock = say(18, "12:00", prShow, bethany, "Pablo has learned to say the neighbours' dog's name, which "
                + "the neighbours think is hilarious.");
        beFlock.react("😂", kwame, marguerite, lachlan);
        say(19, "11:00", prToys, ahmed, "Weekend deal: any three toys for £30.");
        Post doPellet = say(20, "09:00", prDiet, dorothea, "Ollie ate a pellet today, the first in four weeks of "
                + "trying. Feeling like a proud parent.");
        doPellet.react("🎉", marguerite, kwame, lachlan);
        re(20, "20:00", ahmed, kwStaple, "Sorry Kwame, only just seen this. Bin it, I'll send you a new one free.");
    }

    private void petFoodMakers() {
        // W26
        Post paTs = say(1, "09:00", pfMakers, pauline, "Has anyone had trading standards round yet this year? They're "
                + "asking about feeding guidelines on every pack now.");
        Post giTs = re(1, "09:30", gideon, paTs, "Had mine in May. They wanted the guideline per kg of bodyweight and "
                + "the batch number on the front, not just the back.");
        Post saTs = re(1, "09:45", saoirse, paTs, "Same here. The trade association's labelling guide has a page on "
                + "exactly that: pfma.example/labelling-guide");
        re(1, "10:00", pauline, giTs, "Front of pack, right. Thanks Gideon.");
        re(1, "10:02", pauline, saTs, "Reading it now, thank you.");
        Post liHearts = say(2, "11:00", pfStock, lindsay, "@Saoirse Kehoe the peanut butter hearts sold out in four "
                + "days again. Could I have 60 bags by Friday? And I've told the shop in Otley about you, they'll be "
                + "in touch.");
        Post saHearts = re(2, "11:30", saoirse, liHearts, "Amazing, thank you Lindsay! 60 by Friday is fine, I'll drop "
                + "them in myself on Thursday.");
        saHearts.react("🙌", lindsay);
        Post trRaw = say(3, "10:00", pfStock, trevor, "Can anyone recommend a raw food maker who delivers to "
                + "Harrogate? One of my grooming clients has a dog with a chicken allergy.");
        Post giRaw = re(3, "10:30", gideon, trRaw, "That's us: a duck range and a venison range, made on days with no "
                + "chicken in the kitchen at all. We deliver to Harrogate every Tuesday, £2.80 a kg in 10 kg boxes. "
                + "Price list: blakemoreraw.example/prices");
        re(3, "10:45", trevor, giRaw, "Perfect, I'll pass it on to her today.");
        Post saShow = say(4, "12:00", pfMarkets, saoirse, "Who's doing the Great Yorkshire Show this month? Pitch "
                + "fees have gone up to £340.");
        Post paShow = re(4, "12:20", pauline, saShow, "Not this year, too dear for cat treats. I'm doing the Harewood "
                + "dog day instead.");
        Post giShow = re(4, "12:40", gideon, saShow, "We're in the food hall, come and say hello.");
        re(4, "13:00", saoirse, paShow, "Harewood's a good one, I might join you there.");
        giShow.react("👍", saoirse);
        Post trGrain = say(5, "09:00", pfStock, trevor, "Do any of you make treats without grain? A lot of my grooming "
                + "clients ask for them.");
        Post paGrain = re(5, "09:20", pauline, trGrain, "My cat treats are all single-ingredient, but for dogs Saoirse "
                + "does a grain-free range.");
        Post saGrain = re(5, "09:40", saoirse, trGrain, "Yes, sweet potato and salmon. Happy to send you a sample box "
                + "for the salon counter, no charge.");
        re(5, "10:00", trevor, saGrain, "Yes please! Address is on the salon website.");
        paGrain.react("👍", trevor);
        Post giVan = say(6, "16:00", pfMakers, gideon, "Freezer van quote just went up 40%. Does anyone share a "
                + "cold-chain courier?");
        Post paVan = re(6, "16:30", pauline, giVan, "I use Frostline, they do a shared run on Tuesdays that's much "
                + "cheaper than a dedicated van.");
        re(6, "16:45", gideon, paVan, "Never heard of them, ringing tomorrow. Thanks Pauline.");
        // W27
        joins(8, "09:00", pfMakers, mateusz);
        Post maHello = say(8, "09:10", pfMakers, mateusz, "Hi all, Mateusz here. I've just started making air-dried "
                + "beef and fish chews from a unit in Wakefield.");
        Post paHello = re(8, "09:30", pauline, maHello, "Welcome! Have you registered with the council yet? That's the "
                + "first hurdle.");
        re(8, "09:45", mateusz, paHello, "Yes, registered last month, inspection next week.");
        Post giCourier = say(9, "12:00", pfMakers, gideon, "Frostline update: signed up, saving about £90 a week. "
                + "Owe you a pint, Pauline.");
        giCourier.react("👍", pauline);
        say(10, "10:00", pfMakers, mateusz, "My shop is live! Air-dried chews, beef trachea, fish skins, bully "
                + "sticks: wojcikchews.example/shop 🐶");
        say(10, "13:00", pfStock, mateusz, "Shops and groomers: wholesale on air-dried chews, 30% off RRP on your "
                + "first order: wojcikchews.example/shop");
        say(10, "17:00", pfMarkets, mateusz, "Find me at markets all summer, or order online any time: "
                + "wojcikchews.example/shop");
        Post liPuppy = say(11, "10:00", pfStock, lindsay, "Does anyone make a chew that's safe for young puppies? "
                + "Lots of people with 10-week-olds asking in the shop.");
        Post maPuppy = re(11, "10:30", mateusz, liPuppy, "Fish skins are soft enough from about 12 weeks. Under that "
                + "I'd stick to frozen carrots, honestly.");
        Post saPuppy = re(11, "10:45", saoirse, liPuppy, "I do half-size puppy biscuits, soft bake, no added salt.");
        re(11, "11:00", lindsay, maPuppy, "Frozen carrots is a good tip for the under-12-weeks, thanks.");
        re(11, "11:02", lindsay, saPuppy, "Add 20 bags of those to my next order please.");
        Post paLabel = say(12, "09:00", pfMakers, pauline, "Printer messed up my batch codes on 500 labels. Can I "
                + "sticker over them or do they need reprinting?");
        Post saLabel = re(12, "09:20", saoirse, paLabel, "Stickers are fine if they can't peel off easily. I did the "
                + "same last year and the inspector was happy.");
        re(12, "09:40", pauline, saLabel, "Phew, stickers it is.");
        // W28
        Post maShelf = say(15, "10:00", pfMakers, mateusz, "How long do you test shelf life before putting a date on "
                + "air-dried stuff?");
        Post saShelf = re(15, "10:30", saoirse, maShelf, "I ran mine for six months with a lab test at three and six, "
                + "then dated at nine. Don't guess, the council will ask.");
        Post maLab = re(15, "10:50", mateusz, saShelf, "Which lab did you use? Mine quoted £400 a test.");
        Post saLab = re(15, "11:10", saoirse, maLab, "The one at the agricultural college, about half that. I'll "
                + "find you the contact.");
        re(15, "11:20", mateusz, saLab, "That would be a huge help, thank you.");
        Post trSalon = say(16, "10:00", pfStock, trevor, "My salon's going to stock a small shelf of treats. Who does "
                + "wholesale to salons, and what are the minimums?");
        Post saSalon = re(16, "10:20", saoirse, trSalon, "I do, minimum 24 bags mixed, 35% off RRP. You've had the "
                + "samples, so you know the range.");
        Post maSalon = re(16, "10:40", mateusz, trSalon, "I do too: 30% off RRP, minimum 20 packs mixed. Price sheet: "
                + "wojcikchews.example/wholesale");
        re(16, "11:00", trevor, saSalon, "The salmon ones went in a day, so yes.");
        re(16, "11:02", trevor, maSalon, "I'll try a mixed 20 of yours as well, thanks.");
        Post paHarewood = say(17, "12:00", pfMarkets, pauline, "Harewood dog day pitch list is out. Anyone else going?");
        Post maHarewood = re(17, "12:30", mateusz, paHarewood, "I am! Pitch 14.");
        Post saHarewood = re(17, "12:40", saoirse, paHarewood, "Pitch 22, I took your advice.");
        re(17, "13:00", pauline, maHarewood, "I'm 15, we're neighbours.");
        saHarewood.react("🎉", pauline);
        Post liReorder = say(18, "09:00", pfStock, lindsay, "@Saoirse Kehoe the Otley shop says they've ordered from "
                + "you. Could my next order be 80 bags of hearts instead of 60?");
        Post saReorder = re(18, "09:30", saoirse, liReorder, "Yes, 80 is fine, and thank you for sending Otley my way.");
        saReorder.react("❤️", lindsay);
    }

    private void crematorium() {
        // W26
        say(1, "08:00", emNotices, priya, "Collection rounds this week: Brookside and Meadowbank on Tuesday and "
                + "Friday, the Harrogate practices on Wednesday.");
        Post weFri = say(1, "09:30", emPractices, wendy, "Could we move Friday's collection to the morning? We're "
                + "closing at 1 for staff training.");
        Post prFri = re(1, "10:00", priya, weFri, "Yes, we'll be with you by 10.");
        re(1, "10:10", wendy, prFri, "Thank you Priya.");
        Post stWeeks = say(2, "14:00", emAsk, stuart, "How long does an individual cremation take to come back? Our "
                + "vet said about two weeks.");
        Post loWeeks = re(2, "14:30", lorraine, stWeeks, "At the moment it's five to seven working days. We ring the "
                + "day before, and you can collect here or from your vet, whichever is easier.");
        re(2, "14:45", stuart, loWeeks, "Thank you, that's sooner than we thought.");
        Post caBess = say(3, "19:00", emRemember, carolyn, "Bess, 14 years, the best collie who ever lived. She came "
                + "home today in the oak box and it feels right to have her back.");
        caBess.react("❤️", lorraine, stuart);
        Post loBess = re(3, "19:30", lorraine, caBess, "She was a beautiful girl, Carolyn. Thinking of you.");
        loBess.react("🙏", carolyn);
        Post joLeaflet = say(4, "11:00", emPractices, joe, "Do you have a leaflet we can hand families at the desk? "
                + "People ask what happens next and we don't always explain it well.");
        Post alLeaflet = re(4, "11:30", alasdair, joLeaflet, "Yes, I'll drop a box of 50 in on Friday's round. There's "
                + "a printable copy on our site too: evermoremeadow.example/what-happens-next");
        re(4, "11:45", joe, alLeaflet, "Brilliant, thank you.");
        Post caUrn = say(5, "10:00", emAsk, carolyn, "Could I buy a second small urn so my daughter can keep some of "
                + "Bess's ashes?");
        Post alUrn = re(5, "10:30", alasdair, caUrn, "Of course. Keepsake urns are £25, and we'll divide the ashes for "
                + "you at no charge. Call in any weekday.");
        re(5, "10:45", carolyn, alUrn, "I'll come in on Thursday, thank you.");
        Post stMilo = say(6, "20:00", emRemember, stuart, "Saying goodbye to Milo on Monday. Nineteen years old. I "
                + "don't know how we'll manage the quiet.");
        Post loMilo = re(6, "20:30", lorraine, stMilo, "Nineteen years of love. Be gentle with yourselves, and come "
                + "and talk to us any time.");
        Post caMilo = re(6, "21:00", carolyn, stMilo, "It is quiet, and it does get gentler. Thinking of you all.");
        loMilo.react("🙏", stuart);
        caMilo.react("🙏", stuart);
        // W27
        say(8, "08:00", emNotices, priya, "Collection rounds this week as usual. Wednesday's round will run late, "
                + "roadworks on the A61.");
        joins(8, "09:00", emRemember, nadine);
        Post stGone = say(8, "18:00", emRemember, stuart, "Milo went peacefully this morning, at home, with the vet. "
                + "Thank you all for the kind words last week.");
        Post loGone = re(8, "18:30", lorraine, stGone, "Thinking of you, Stuart. We'll take good care of him.");
        loGone.react("🙏", stuart);
        Post caGone = re(8, "19:00", carolyn, stGone, "Sending love.");
        caGone.react("🙏", stuart);
        re(9, "10:00", nadine, stGone, "So sorry for your loss. I make memorial pendants with a little of your pet's "
                + "ashes set in resin, £45, a lovely way to keep them close. DM me if you'd like one 💜");
        Post caBeach = say(10, "11:00", emAsk, carolyn, "Are we allowed to scatter ashes on a public beach? Bess loved "
                + "Filey.");
        Post loBeach = re(10, "11:30", lorraine, caBeach, "Generally yes, on the shore below the high-tide line, away "
                + "from bathers. Choose a quiet moment and stand with the wind behind you.");
        re(10, "12:00", nadine, caBeach, "You could also keep a little back in a pendant, I make them for £45, DM me.");
        re(10, "12:30", carolyn, loBeach, "Wind behind us, noted. Thank you Lorraine.");
        Post alNote = say(11, "09:00", emNotices, alasdair, "A gentle reminder that #remembrance is for memories. "
                + "Please don't offer things for sale there; if someone asks for a keepsake, #ask-us is the place.");
        alNote.react("🙏", lorraine, carolyn, stuart);
        Post naSorry = re(11, "10:00", nadine, alNote, "Sorry, I didn't mean to upset anyone.");
        re(11, "10:30", alasdair, naSorry, "No harm meant, none taken. You're very welcome here.");
        Post weInv = say(12, "09:00", emPractices, wendy, "June's invoice has two collections we didn't book. Could "
                + "someone check?");
        Post prInv = re(12, "09:40", priya, weInv, "Checked, they were Meadowbank's. Sorry, a corrected invoice is on "
                + "its way.");
        re(12, "09:50", wendy, prInv, "Thanks Priya.");
        Post caFiley = say(13, "17:00", emRemember, carolyn, "We scattered some of Bess at Filey this afternoon. "
                + "Windy, and she would have loved it.");
        caFiley.react("❤️", lorraine, stuart, nadine);
        // W28
        say(15, "08:00", emNotices, priya, "Collection rounds this week: Brookside and Meadowbank Tuesday and Friday, "
                + "Harrogate Wednesday, and Knaresborough Thursday from this week on.");
        Post joTalk = say(15, "11:00", emPractices, joe, "Would you do a short talk for our nurses on what happens "
                + "after a cremation? Families ask us and we'd like to answer better.");
        Post alTalk = re(15, "11:30", alasdair, joTalk, "Gladly. Could I come to your lunch meeting on the 24th?");
        re(15, "11:45", joe, alTalk, "The 24th is perfect.");
        Post stAshes = say(16, "10:00", emAsk, stuart, "Milo's ashes came back today. Is it normal for there to be so "
                + "much? We expected a tiny amount for a cat.");
        Post loAshes = re(16, "10:30", lorraine, stAshes, "Quite normal. It's mostly bone, and older cats can have "
                + "more than people expect. Everything in the box is Milo's alone.");
        re(16, "10:45", stuart, loAshes, "That's a comfort. Thank you.");
        Post naMouse = say(17, "20:00", emRemember, nadine, "Our old tabby Mouse died two years ago today. Her collar "
                + "still hangs on the hook by the back door.");
        naMouse.react("❤️", carolyn, lorraine);
        Post stPlaque = say(18, "10:00", emAsk, stuart, "Could someone engrave his name on the lid of the box?");
        Post alPlaque = re(18, "10:30", alasdair, stPlaque, "Yes, a brass plaque is £18 and takes about a week. Tell "
                + "us the wording and we'll send a proof.");
        re(18, "10:45", stuart, alPlaque, "\"Milo, 2012 to 2031, king of the windowsill\". Thank you.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes104Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 104");
    }
}
