package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 144 (sealed): eight communities of nutrition and food coaching, of kinds no earlier round used
 * (sports nutritionists, Fuel Window, with a room where athletes, coaches and gyms ask, an open-slots room, a new
 * nutritionist's priced reply to a cyclist's news and a nutritionist who spends a week with fellow nutritionists
 * getting an impersonator account taken down (screenshots, impersonation reports, a warning post, a solicitor's letter)
 * while her returning rugby-club client and a marathoner who asked for her by name wait; a meal-prep kitchen's own
 * server, Portion &amp; Pan Kitchen, with its Staff and Customers, a nutrition lead away who said so, a customer who
 * pitches his personal training and a driver who answers a missing box late; allergy-friendly and free-from food
 * makers, Top Fourteen Free, with a room where parents, a school cook and a café ask, a market stall and a maker who
 * scatters her new shop link; independent supplement and health-food shop owners, Capsule Counter, with a reps' corner,
 * a distributor's rep and his DM pitch to a new owner; cookery-for-health tutors, Healthy Hob Tutors, with a
 * course-requests room, a tutor who posts tips to nobody for a week and a tutor who answers late with an apology; a
 * nutrition software firm's own server, Macrolens, with its Team and Customers, a customer helped on three days who
 * says only thanks and a customer who asks for award votes; parents of children with cows' milk allergy, Milk Ladder
 * Parents, where nobody sells, with a mother who talks about herself and improves in the third week; FODMAP-trained
 * gut-health practitioners, Gut Feeling Practitioners, with a room where patients ask, a referrals room, a therapist
 * whose answers carry his own app and a dietitian who runs a daily series the patients asked for), over three ISO
 * weeks (2034-W29 to W31), written and labelled by writer144 (session 65) before any coach ran on them. The labels are
 * in {@code bot/src/test/resources/eval/held-out-scenes-144.csv}. Run {@link #main} from the project root to write
 * the export again.
 */
final class HeldOutScenes144Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 7, 17);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 8, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-144";
    private static final int BASE = 113200;

    // --- A. sports nutritionists ---
    private final String fuel = cast.guild(1721);
    private final Channel faPractice = cast.channel(fuel, "Fuel Window", "practice-room",
            "sports nutritionists among ourselves: evidence, cases, the trade", "fw-practice-room.json");
    private final Channel faAsk = cast.channel(fuel, "Fuel Window", "athlete-asks",
            "athletes, coaches, clubs and gyms ask; nutritionists reply", "fw-athlete-asks.json");
    private final Channel faSlots = cast.channel(fuel, "Fuel Window", "open-slots",
            "nutritionists post their open slots and services", "fw-open-slots.json");
    private final Persona delphine = cast.person("delphine.okafor", "Delphine Okafor");
    private final Persona rupert = cast.person("rupert.kh", "Rupert Kingsley-Hale");
    private final Persona marisa = cast.person("marisa.quenby", "Marisa Quenby");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wierzbicki");
    private final Persona ansel = cast.person("ansel.pryor", "Ansel Pryor");
    private final Persona gideon = cast.person("gideon.farrow", "Gideon Farrow");
    private final Persona lucille = cast.person("lucille.banerjee", "Lucille Banerjee");
    private final Persona hamish = cast.person("hamish.ord", "Hamish Ord");
    private final Persona priti = cast.person("priti.solanki", "Priti Solanki");

    // --- B. a meal-prep kitchen's own server ---
    private final String portion = cast.guild(1722);
    private final Role ppStaff = cast.role("Staff", "#c0392b", 2);
    private final Role ppCustomer = cast.role("Customer", "#7f8c8d", 1);
    private final Channel ppNews = cast.channel(portion, "Portion & Pan Kitchen", "announcements",
            "menus, delivery days and kitchen news", "pp-announcements.json");
    private final Channel ppOrders = cast.channel(portion, "Portion & Pan Kitchen", "orders-help",
            "customers: orders, deliveries, allergens and swaps; staff reply", "pp-orders-help.json");
    private final Channel ppLounge = cast.channel(portion, "Portion & Pan Kitchen", "customer-lounge",
            "customers chat: results, favourite meals, questions for each other", "pp-customer-lounge.json");
    private final Persona benedetta = cast.person("benedetta.marlowe", "Benedetta Marlowe", ppStaff);
    private final Persona kofi = cast.person("kofi.ab", "Kofi Adjei-Brown", ppStaff);
    private final Persona ottilie = cast.person("ottilie.grange", "Ottilie Grange", ppStaff);
    private final Persona harvey = cast.person("harvey.lindqvist", "Harvey Lindqvist", ppCustomer);
    private final Persona roisin = cast.person("roisin.taaffe", "Roisin Taaffe", ppCustomer);
    private final Persona jerome = cast.person("jerome.castellanos", "Jerome Castellanos", ppCustomer);
    private final Persona annelise = cast.person("annelise.wetherby", "Annelise Wetherby", ppCustomer);
    private final Persona maxine = cast.person("maxine.drury", "Maxine Drury", ppCustomer);
    private final Persona wendell = cast.person("wendell.stroud", "Wendell Stroud", ppCustomer);
    private final Channel ppDm = cast.dm(annelise, "pp-dm-annelise-wetherby.json");

    // --- C. allergy-friendly and free-from food makers ---
    private final String topFree = cast.guild(1723);
    private final Channel tfKitchen = cast.channel(topFree, "Top Fourteen Free", "makers-kitchen",
            "free-from makers among ourselves: recipes, labelling, cross-contact, suppliers", "tf-makers-kitchen.json");
    private final Channel tfAsk = cast.channel(topFree, "Top Fourteen Free", "ask-the-makers",
            "parents, schools, cafés and shops ask allergy-friendly makers", "tf-ask-the-makers.json");
    private final Channel tfStall = cast.channel(topFree, "Top Fourteen Free", "market-stall",
            "makers list what they sell: products, prices, stockists", "tf-market-stall.json");
    private final Persona saffron = cast.person("saffron.achterberg", "Saffron Achterberg");
    private final Persona idris = cast.person("idris.penhallow", "Idris Penhallow");
    private final Persona carys = cast.person("carys.moorcroft", "Carys Moorcroft");
    private final Persona nadim = cast.person("nadim.farouk", "Nadim Farouk");
    private final Persona beatrix = cast.person("beatrix.holloway", "Beatrix Holloway");
    private final Persona teodor = cast.person("teodor.lamb", "Teodor Lamb");
    private final Persona valentina = cast.person("valentina.rusk", "Valentina Rusk");
    private final Persona gwendolyn = cast.person("gwendolyn.ashby", "Gwendolyn Ashby");

    // --- D. independent supplement and health-food shop owners ---
    private final String capsule = cast.guild(1724);
    private final Channel ccShop = cast.channel(capsule, "Capsule Counter", "shop-talk",
            "independent health-food and supplement shop owners among ourselves", "cc-shop-talk.json");
    private final Channel ccReps = cast.channel(capsule, "Capsule Counter", "reps-corner",
            "distributors and brands present their lines; owners ask", "cc-reps-corner.json");
    private final Channel ccRegs = cast.channel(capsule, "Capsule Counter", "regs-and-labels",
            "claims, labelling, novel foods, trading standards", "cc-regs-and-labels.json");
    private final Persona ignatius = cast.person("ignatius.brannigan", "Ignatius Brannigan");
    private final Persona leonie = cast.person("leonie.fairweather", "Leonie Fairweather");
    private final Persona sunil = cast.person("sunil.rajapakse", "Sunil Rajapakse");
    private final Persona philippa = cast.person("philippa.crowther", "Philippa Crowther");
    private final Persona morwenna = cast.person("morwenna.tregear", "Morwenna Tregear");
    private final Persona crispin = cast.person("crispin.vale", "Crispin Vale");
    private final Channel ccDm = cast.dm(philippa, "cc-dm-philippa-crowther.json");

    // --- E. cookery-for-health tutors ---
    private final String hob = cast.guild(1725);
    private final Channel hhStaff = cast.channel(hob, "Healthy Hob Tutors", "tutors-staffroom",
            "cookery-for-health tutors among ourselves", "hh-tutors-staffroom.json");
    private final Channel hhReq = cast.channel(hob, "Healthy Hob Tutors", "course-requests",
            "social prescribers, clinics, charities and housing groups ask about courses; tutors reply",
            "hh-course-requests.json");
    private final Channel hhCards = cast.channel(hob, "Healthy Hob Tutors", "recipe-cards",
            "tutors share recipe cards and teaching notes", "hh-recipe-cards.json");
    private final Persona florence = cast.person("florence.abernethy", "Florence Abernethy");
    private final Persona rashid = cast.person("rashid.velasco", "Rashid Velasco");
    private final Persona imogen = cast.person("imogen.scarsdale", "Imogen Scarsdale");
    private final Persona bartholomew = cast.person("bartholomew.n", "Bartholomew Nkemelu");
    private final Persona oonagh = cast.person("oonagh.keel", "Oonagh Keel");
    private final Persona desmond = cast.person("desmond.ruthven", "Desmond Ruthven");
    private final Persona pauline = cast.person("pauline.gatiss", "Pauline Gatiss");
    private final Persona yvette = cast.person("yvette.lachance", "Yvette Lachance");

    // --- F. a nutrition software firm's own server ---
    private final String macrolens = cast.guild(1726);
    private final Role mlTeam = cast.role("Team", "#1565c0", 2);
    private final Role mlCustomer = cast.role("Customer", "#90a4ae", 1);
    private final Channel mlNews = cast.channel(macrolens, "Macrolens", "announcements",
            "releases, downtime and news from the Macrolens team", "ml-announcements.json");
    private final Channel mlHelp = cast.channel(macrolens, "Macrolens", "help-desk",
            "customers ask about recipes, reports and exports; the team replies, customers help too",
            "ml-help-desk.json");
    private final Channel mlIdeas = cast.channel(macrolens, "Macrolens", "feature-ideas",
            "ask for features, vote with a reaction", "ml-feature-ideas.json");
    private final Channel mlLounge = cast.channel(macrolens, "Macrolens", "lounge",
            "customers chat: practice, clients, anything", "ml-lounge.json");
    private final Persona evander = cast.person("evander.quist", "Evander Quist", mlTeam);
    private final Persona solveig = cast.person("solveig.ambrose", "Solveig Ambrose", mlTeam);
    private final Persona tariq = cast.person("tariq.lindholm", "Tariq Lindholm", mlTeam);
    private final Persona perpetua = cast.person("perpetua.ivanova", "Perpetua Ivanova", mlCustomer);
    private final Persona horatio = cast.person("horatio.blackwood", "Horatio Blackwood", mlCustomer);
    private final Persona cordelia = cast.person("cordelia.fenwick", "Cordelia Fenwick", mlCustomer);
    private final Persona lysander = cast.person("lysander.ogundipe", "Lysander Ogundipe", mlCustomer);
    private final Persona marguerite = cast.person("marguerite.sallis", "Marguerite Sallis", mlCustomer);

    // --- G. parents of children with cows' milk allergy (nobody sells) ---
    private final String ladder = cast.guild(1727);
    private final Channel lpGeneral = cast.channel(ladder, "Milk Ladder Parents", "general",
            "parents of children with cows' milk allergy: chat and support", "lp-general.json");
    private final Channel lpLadder = cast.channel(ladder, "Milk Ladder Parents", "ladder-steps",
            "where you are on the milk ladder, reactions, questions", "lp-ladder-steps.json");
    private final Channel lpRecipes = cast.channel(ladder, "Milk Ladder Parents", "recipes",
            "milk-free and ladder recipes that worked", "lp-recipes.json");
    private final Persona araminta = cast.person("araminta.coles", "Araminta Coles");
    private final Persona fergus = cast.person("fergus.haldane", "Fergus Haldane");
    private final Persona delia = cast.person("delia.nakashima", "Delia Nakashima");
    private final Persona quentin = cast.person("quentin.arbuthnot", "Quentin Arbuthnot");
    private final Persona rosamund = cast.person("rosamund.yeo", "Rosamund Yeo");
    private final Persona lachlan = cast.person("lachlan.featherstone", "Lachlan Featherstone");
    private final Persona petunia = cast.person("petunia.okoro", "Petunia Okoro");

    // --- H. FODMAP-trained gut-health practitioners ---
    private final String gut = cast.guild(1728);
    private final Channel gfClin = cast.channel(gut, "Gut Feeling Practitioners", "clinicians-room",
            "FODMAP-trained dietitians and nutritional therapists among ourselves", "gf-clinicians-room.json");
    private final Channel gfPatients = cast.channel(gut, "Gut Feeling Practitioners", "patient-questions",
            "patients and carers ask about IBS and the low-FODMAP diet; practitioners reply", "gf-patient-questions.json");
    private final Channel gfRefer = cast.channel(gut, "Gut Feeling Practitioners", "referrals-and-availability",
            "clinics post referrals; practitioners post their availability", "gf-referrals-and-availability.json");
    private final Persona ophelia = cast.person("ophelia.trent", "Ophelia Trent");
    private final Persona caspian = cast.person("caspian.mulholland", "Caspian Mulholland");
    private final Persona winifred = cast.person("winifred.oyelaran", "Winifred Oyelaran");
    private final Persona thaddeus = cast.person("thaddeus.brennock", "Thaddeus Brennock");
    private final Persona esther = cast.person("esther.galloway", "Esther Galloway");
    private final Persona barnaby = cast.person("barnaby.keswick", "Barnaby Keswick");
    private final Persona aurelia = cast.person("aurelia.montfort", "Aurelia Montfort");
    private final Persona cosmo = cast.person("cosmo.pettigrew", "Cosmo Pettigrew");

    HeldOutScenes144Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        fuelWindow();
        portionAndPan();
        topFourteenFree();
        capsuleCounter();
        healthyHob();
        macrolens();
        milkLadder();
        gutFeeling();
    }

    /**
     * A. Fuel Window: Delphine serves Gideon (returning rugby-club client) in W29; on day 7 she finds an account
     * impersonating her. Days 8-14 she gets it taken down with Rupert, Marisa and Tomasz (all her messages with them)
     * while Gideon (day 8, chased day 11) and Lucille (day 9, asks for her by name) wait; she answers both on day 15.
     * Ansel joins on day 8 and answers Hamish's sportive news with a priced "DM me" on day 9.
     */
    private void fuelWindow() {
        // W29
        Post gi1 = say(1, "09:10", faAsk, gideon, "Morning all. @Delphine Okafor pre-season starts in three weeks for "
                + "our squad at Harrowgate RFC. The plan you wrote us last season worked a treat. Same again, or would "
                + "you change the carb periodisation for the backs?");
        Post deGi = re(1, "10:05", delphine, gi1, "Gideon, good to hear from you! I'd keep the base but add a "
                + "higher-carb day before the two contact sessions for the backs. I'll send a revised sheet by Thursday.");
        re(1, "10:12", gideon, deGi, "Perfect, thanks.");
        Post ru1 = say(1, "14:00", faPractice, rupert, "Anyone else seeing more teenage clients on creatine they bought "
                + "themselves? Had three this month.");
        re(1, "14:30", delphine, ru1, "Two for me. I go through the evidence with the parents there and then; it's "
                + "usually the pre-workout they bought with it that worries me more.");
        say(2, "08:30", faAsk, hamish, "Doing my first sportive in three weeks (112 km). How many grams of carbs an "
                + "hour should I be aiming for? I bonked on my last long ride.");
        Post maHa = say(2, "08:55", faAsk, marisa, "Start around 60 g an hour and practise it on your long rides first, "
                + "your gut needs training too. Eat from the first half hour, not when you feel hungry.");
        re(2, "09:05", hamish, maHa, "That makes sense, I waited until two hours in last time. Thank you!");
        say(2, "12:00", faSlots, marisa, "Two slots open from August for endurance athletes: fuelling plans and a "
                + "gut-training block. Details: quenbynutrition.example/endurance");
        Post pr1 = say(2, "16:00", faAsk, priti, "I own a small strength gym (Forge Fitness) and members keep asking "
                + "about protein. Does anyone here do talks for gyms? What would it cost for an evening?");
        Post ruPr = re(2, "16:40", rupert, pr1, "I do, Priti. An hour's talk with Q&A is £180, or £250 with a handout "
                + "pack. Happy to tailor it to strength members.");
        Post prRu = re(2, "17:00", priti, ruPr, "Lovely, could you do a Thursday in August?");
        re(2, "17:15", rupert, prRu, "Thursday the 10th works. I'll message you to confirm.");
        Post to1 = say(3, "10:00", faPractice, tomasz, "Question on a case: a 17-year-old rower with signs of low energy "
                + "availability, and a mum keen on a meal plan. Do you write one or refer first?");
        Post deTo = re(3, "10:30", delphine, to1, "Refer to the GP first for bloods and a RED-S screen, then plan "
                + "together. I'd not hand a plan over until that's done.");
        re(3, "11:00", tomasz, deTo, "Thanks, that's what I'll do.");
        Post de1 = say(4, "09:00", faAsk, delphine, "@Gideon Farrow the revised sheet is in your inbox, with the backs' "
                + "higher-carb days marked.");
        re(4, "09:30", gideon, de1, "Got it, the coaches love it. Cheers!");
        Post de2 = say(7, "20:00", faPractice, delphine, "Not a fun Sunday: a client sent me an Instagram account using "
                + "my photos, my name and my SENr number to sell 'fat-burner' capsules. It has 4,000 followers. Has this "
                + "happened to anyone?");
        Post ruDe = re(7, "20:30", rupert, de2, "That's awful. Screenshot everything before you report it, they delete "
                + "and rename.");
        // W30
        joins(8, "08:00", faPractice, ansel);
        say(8, "08:30", faSlots, ansel, "Hi all, new here. Sports nutritionist in Sheffield, taking clients for race "
                + "fuelling and body composition. ansel-nutrition.example");
        Post de3 = re(8, "09:00", delphine, ruDe, "Done, 31 screenshots. Reported it twice last night and got 'doesn't "
                + "go against our guidelines'. What next?");
        Post maDe = re(8, "09:20", marisa, de3, "Report it as impersonation, not as spam, and use the form where you "
                + "upload ID. That's the one that worked for a friend of mine.");
        re(8, "09:40", delphine, maDe, "Found it. ID uploaded. Thanks Marisa.");
        Post gi2 = say(8, "10:15", faAsk, gideon, "@Delphine Okafor two of our backs are out for six weeks (a knee and a "
                + "shoulder). Could you do them a rehab fuelling plan? Happy to pay as a separate job.");
        Post lu1 = say(9, "10:00", faAsk, lucille, "Hello! Looking for @Delphine Okafor: my clubmate Jess said you "
                + "sorted her marathon fuelling last year. I'm doing Chester in October and keep getting stomach cramps "
                + "after 25 km. Do you have space?");
        Post ha3 = say(9, "11:00", faAsk, hamish, "Finished the Dales sportive yesterday! 112 km, no bonk this time. "
                + "60 g an hour worked, thanks Marisa.");
        re(9, "11:20", marisa, ha3, "Brilliant, well done!");
        re(9, "11:30", ansel, ha3, "Nice work! I do race-fuelling plans for sportives and gran fondos, £95 for a full "
                + "plan, DM me.");
        Post to2 = say(9, "13:30", faPractice, tomasz, "@Delphine Okafor any luck with the fake account?");
        Post deTo2 = re(9, "14:00", delphine, to2, "Still up. They've now posted a 'client testimonial' with my logo. I'm "
                + "drafting a warning post for my own page, would any of you read it before I post?");
        re(9, "14:20", tomasz, deTo2, "Send it over, happy to.");
        Post de4 = say(10, "10:00", faPractice, delphine, "Draft, be honest: 'An account is using my name, photos and "
                + "registration number to sell supplements. I don't sell supplements and never have. Please report it "
                + "and don't buy.' Too blunt?");
        re(10, "10:20", marisa, de4, "Not blunt at all. I'd add your real handle so people can check.");
        Post ruDe2 = re(10, "10:30", rupert, de4, "And say the SENr register is where to check anyone's number.");
        re(10, "11:00", delphine, ruDe2, "Good call, both added. Posted.");
        say(11, "09:00", faAsk, gideon, "@Delphine Okafor just checking you saw this? The lads are asking what to eat and "
                + "the physio wants a plan.");
        Post pr2 = say(11, "09:30", faAsk, priti, "@Rupert Kingsley-Hale the 10th is booked, thanks! Could you add a "
                + "slide on protein for over-60s? We've a lunchtime group.");
        re(11, "10:00", rupert, pr2, "Yes, easily: leucine and spreading protein over the day. I'll add two slides.");
        Post de5 = say(11, "15:00", faPractice, delphine, "The register wrote back: they can't act on social media but "
                + "they've noted it. Has anyone had a solicitor's letter work on a platform?");
        Post toDe = re(11, "15:30", tomasz, de5, "My cousin's a solicitor. She says a letter to the platform's legal "
                + "address works better than the form, and she sent me a template. Passing it on.");
        re(11, "15:45", delphine, toDe, "You're a star, thank you.");
        Post ru2 = say(12, "10:00", faPractice, rupert, "Anyone used the new sweat-patch kits? Wondering if they're worth "
                + "£60.");
        Post maRu = re(12, "10:20", marisa, ru2, "Interesting for keen athletes, but lab testing is more reliable. I'd "
                + "not bother unless they're cramping.");
        re(12, "10:40", delphine, maRu, "Agree with Marisa. I've had athletes bring me results I couldn't do much with.");
        Post lu2 = say(12, "16:00", faAsk, lucille, "Could anyone else help with the cramps in the meantime? Another long "
                + "run this weekend.");
        Post maLu = re(12, "16:30", marisa, lu2, "Try lower-fibre food the day before and sip little and often rather "
                + "than big gulps. If it keeps happening, worth seeing someone properly.");
        re(12, "16:40", lucille, maLu, "Thank you, I'll try that on Sunday.");
        Post de6 = say(13, "09:00", faPractice, delphine, "It's gone! The solicitor's letter did it. Thank you all, "
                + "honestly, I couldn't have done it alone.");
        de6.react("🎉", marisa, tomasz);
        Post ruDe3 = re(13, "09:15", rupert, de6, "Great news. Frame that template.");
        re(14, "18:00", delphine, ruDe3, "Writing it up as a how-to for the room, in case it happens to anyone else. "
                + "@Tomasz Wierzbicki I'll credit your cousin's template.");
        // W31
        Post deGi2 = re(15, "08:30", delphine, gi2, "Gideon, I'm so sorry, I've been fighting an account impersonating "
                + "me all week and let this slip. Yes to both backs. Send me their injury notes and I'll have plans to "
                + "you by Wednesday.");
        re(15, "08:50", gideon, deGi2, "No worries, saw your post about that, grim. Notes coming over now.");
        Post deLu = re(15, "09:00", delphine, lu1, "Lucille, sorry for the slow reply, and thank Jess for me! Yes, I have "
                + "space from next week. Cramps after 25 km are very fixable. Does Tuesday evening work for a first call?");
        re(15, "09:30", lucille, deLu, "Tuesday is perfect, thank you!");
        say(16, "14:00", faSlots, marisa, "One slot left for August endurance clients (gut training, race-day plans). "
                + "quenbynutrition.example/endurance");
        Post an1 = say(17, "10:00", faPractice, ansel, "How do you all handle clients who want a body-composition scan "
                + "every fortnight?");
        Post ruAn = re(17, "10:30", rupert, an1, "Every 8-12 weeks at most, and I explain why. Fortnightly is just "
                + "measurement noise.");
        re(17, "10:40", ansel, ruAn, "Makes sense, thanks.");
        Post de7 = say(18, "09:00", faAsk, delphine, "@Gideon Farrow both plans sent. Shout if the physio wants changes.");
        re(18, "09:20", gideon, de7, "Brilliant, thanks Delphine. I've told the Ilkley club's coach about you too.");
    }

    /**
     * B. Portion &amp; Pan Kitchen (Staff: Benedetta, owner and chef; Kofi, orders and delivery; Ottilie, nutrition
     * lead): Wendell, a customer and personal trainer, answers Annelise's first post with his priced programme (day 3)
     * and posts PT offers to the lounge (days 4 and 6). Annelise DMs Kofi (day 4). Ottilie says on day 5 she is away
     * days 8-12; Roisin asks her on day 9, Benedetta covers and Ottilie adds on day 13. Jerome asks Kofi about a
     * missing box on day 16 at 18:00; Kofi posts a route notice the next morning and answers at 20:30 with an apology.
     */
    private void portionAndPan() {
        // W29
        say(1, "09:00", ppNews, benedetta, "Menu for w/c 24 July is up: harissa chicken, miso salmon and a new lentil "
                + "ragu. Order by Friday 6pm. portionpan.example/menu");
        Post je1 = say(1, "12:00", ppOrders, jerome, "Can I switch my Wednesday delivery to Thursday this week? Night "
                + "shifts.");
        Post koJe = re(1, "12:20", kofi, je1, "Done, Jerome: Thursday between 8 and 10am.");
        re(1, "12:25", jerome, koJe, "Legend, thanks.");
        Post hv1 = say(2, "10:00", ppLounge, harvey, "Week six on the high-protein plan: down 4 kg and my squat's up. "
                + "The beef chilli is the MVP.");
        re(2, "10:30", roisin, hv1, "Well done! The chilli is my husband's favourite too.");
        joins(3, "08:00", ppLounge, annelise);
        Post an1 = say(3, "08:30", ppLounge, annelise, "Hi everyone, just started my first week of meals. Getting "
                + "married in September and hoping to lose a stone and feel good in the dress!");
        Post hvAn = re(3, "09:00", harvey, an1, "Welcome! Tip: the breakfast pots are worth adding, they stopped me "
                + "snacking.");
        re(3, "09:10", wendell, an1, "Congrats! I'm a PT and I do a 6-week wedding shred programme that pairs perfectly "
                + "with these meals. £180, DM me.");
        re(3, "09:30", annelise, hvAn, "Ooh thank you, will add them.");
        Post ro1 = say(3, "14:00", ppOrders, roisin, "@Ottilie Grange I'm breastfeeding and always starving. Is the "
                + "1,800 kcal plan enough or should I go up?");
        Post otRo = re(3, "14:40", ottilie, ro1, "Good question, Roisin. Breastfeeding adds roughly 330-400 kcal a day, "
                + "so I'd go up to the 2,200 plan and add the snack box. Eat to hunger, too.");
        re(3, "14:50", roisin, otRo, "Thank you, switching now.");
        say(4, "11:00", ppLounge, wendell, "Two PT spots open for August at the Eastgate gym, £45 a session. DM me if you "
                + "want to get strong.");
        Post dm1 = say(4, "11:30", ppDm, annelise, "Hi Kofi, sorry to message directly. We're on honeymoon 16-30 "
                + "September, can I pause deliveries for those two weeks without losing my discount?");
        Post dm2 = re(4, "12:00", kofi, dm1, "Congratulations! Yes: pause it from your account page, or I can do it for "
                + "you. The discount stays.");
        re(4, "12:10", annelise, dm2, "Please do it for me, thank you so much!");
        say(5, "09:00", ppNews, ottilie, "A note: I'm on holiday from Monday 24 to Friday 28 July. Benedetta will pick up "
                + "nutrition questions while I'm off, and I'll catch up when I'm back.");
        say(6, "10:00", ppLounge, wendell, "Free posture check this Saturday for anyone on the plan, then £45 a session "
                + "after. DM me.");
        say(7, "17:00", ppNews, benedetta, "Menu for w/c 31 July: chicken shawarma, tofu katsu, and the salmon's back. "
                + "portionpan.example/menu");
        // W30
        Post ro2 = say(8, "09:00", ppOrders, roisin, "@Benedetta Marlowe the 2,200 plan is great but I'm hungry again "
                + "around 3pm. Which snack has the most protein?");
        Post beRo = re(8, "09:30", benedetta, ro2, "The Greek yogurt and granola pot, 22 g. I'll add one to your Tuesday "
                + "box.");
        re(8, "09:35", roisin, beRo, "Thank you!");
        Post ro3 = say(9, "10:00", ppOrders, roisin, "@Ottilie Grange sorry, another one: are the matcha overnight oats OK "
                + "while breastfeeding? Worried about the caffeine.");
        Post beRo2 = re(9, "10:40", benedetta, ro3, "Ottilie's on holiday till Friday, Roisin, but I checked her notes: "
                + "one pot has about 35 mg caffeine, well under the 200 mg a day guidance. She'll confirm when she's "
                + "back.");
        re(9, "10:45", roisin, beRo2, "Perfect, thanks Benedetta.");
        Post mx1 = say(10, "12:00", ppOrders, maxine, "@Benedetta Marlowe my sister's ordered after I sent her your way. "
                + "She's coeliac: are the gluten-free meals made in a separate area?");
        Post beMx = re(10, "12:30", benedetta, mx1, "Thank you for sending her! Yes, a separate prep bench, tested weekly. "
                + "She can pick the GF filter on the menu.");
        re(10, "12:40", maxine, beMx, "Great, I'll tell her.");
        Post we1 = say(10, "18:00", ppLounge, wendell, "@Harvey Lindqvist how much protein a day do you get on the "
                + "high-protein plan? Thinking of switching.");
        Post hvWe = re(10, "18:30", harvey, we1, "About 160 g with the snacks. Worth it.");
        re(10, "18:35", wendell, hvWe, "Cheers, switching next week.");
        Post an2 = say(11, "09:00", ppLounge, annelise, "Down 2 kg in two weeks and not hungry at all. The breakfast pots "
                + "were a good shout @Harvey Lindqvist.");
        an2.react("🎉", harvey, maxine);
        Post ro4 = say(11, "14:00", ppOrders, roisin, "Is the tofu katsu breaded with wheat? My mum's visiting and she "
                + "avoids it.");
        Post beRo3 = re(11, "14:20", benedetta, ro4, "Yes, wheat panko. Her box can have the rice-crumb version, just add "
                + "a note.");
        re(11, "14:25", roisin, beRo3, "Thank you!");
        say(12, "17:00", ppNews, benedetta, "Menu for w/c 7 August: jerk chicken, a summer minestrone and beef bulgogi. "
                + "portionpan.example/menu");
        Post otRo2 = re(13, "09:00", ottilie, ro3, "Back now! Benedetta's right, Roisin: one pot a day is fine, with your "
                + "usual tea or coffee on top.");
        re(13, "09:10", roisin, otRo2, "Great, thank you both.");
        Post je3 = say(13, "11:00", ppLounge, jerome, "Night-shift people: do you eat your main meal before or during the "
                + "shift?");
        Post otJe = re(13, "11:40", ottilie, je3, "Before, if you can, then something lighter for the 2-3am dip. Want me "
                + "to suggest which boxes?");
        Post jeOt = re(13, "11:50", jerome, otJe, "Yes please!");
        re(13, "12:10", ottilie, jeOt, "Have a main at 6pm, then the soup or a breakfast pot around 2am. Avoid the heavy "
                + "rice dishes at night.");
        // W31
        Post ro5 = say(15, "09:00", ppOrders, roisin, "Just wanted to say thank you all, these meals got me through the "
                + "worst month of sleep of my life.");
        re(15, "09:20", benedetta, ro5, "Roisin, that means a lot to us.");
        Post je4 = say(16, "18:00", ppOrders, jerome, "@Kofi Adjei-Brown my Thursday box hasn't turned up and there's "
                + "nothing on tracking. I'm on shift from 8, can you tell me what happened?");
        say(17, "07:30", ppNews, kofi, "Delivery note: the Tuesday route now starts at 7am with a new van. Thanks for "
                + "your patience this week.");
        Post koJe2 = re(17, "20:30", kofi, je4, "Jerome, really sorry for the slow reply: a driver was off sick and I was "
                + "covering routes. Your box went to your old address. A fresh one's on its way tomorrow at 9, no "
                + "charge.");
        re(17, "20:45", jerome, koJe2, "Thanks Kofi, appreciated.");
        Post we2 = say(18, "11:00", ppOrders, wendell, "Can I pause for a week in August? Away at a competition.");
        Post koWe = re(18, "11:20", kofi, we2, "Sure, Wendell, which week?");
        Post weKo = re(18, "11:30", wendell, koWe, "14th to 20th.");
        re(18, "11:40", kofi, weKo, "Done, good luck!");
        say(19, "17:00", ppNews, benedetta, "Menu for w/c 14 August is up: peri-peri chicken, aubergine dhal and a new "
                + "high-protein bolognese. portionpan.example/menu");
        Post mx2 = say(20, "10:00", ppLounge, maxine, "My sister says the GF meals are the first ready meals she's "
                + "trusted in years. Thanks team!");
        re(20, "10:30", benedetta, mx2, "That's made our week, Maxine. Thank her for trusting us.");
    }

    /**
     * C. Top Fourteen Free (makers Saffron, Idris, Carys, Nadim; buyers Beatrix, a parent; Teodor, a school cook;
     * Valentina, a café owner; Gwendolyn, a parent who joins on day 9): Idris answers Beatrix's request with his own
     * order page and price (day 1). Carys posts her new shop link into all three rooms within twenty minutes (day 2).
     * Saffron answers Teodor with the FSA guidance and her own free template on her shop's site (day 4). Nadim answers
     * Gwendolyn two days late, unmentioned, with a gift (day 11).
     */
    private void topFourteenFree() {
        // W29
        Post sa1 = say(1, "10:00", tfKitchen, saffron, "Has anyone found an oat supplier that'll guarantee no "
                + "cross-contact with tree nuts, not just gluten? Mine's changed its spec sheet.");
        Post naSa = re(1, "10:30", nadim, sa1, "Try Highfold Mills. They run a nut-free site and send the audit each "
                + "year.");
        re(1, "10:40", saffron, naSa, "Brilliant, thanks Nadim.");
        Post be1 = say(1, "15:00", tfAsk, beatrix, "My daughter (6) is allergic to egg, peanut and tree nuts, and her "
                + "party's in August. Does anyone make a birthday cake that's safe for all three and delivers near "
                + "Leeds?");
        Post idBe = re(1, "15:40", idris, be1, "Hi Beatrix, I make egg-free, nut-free celebration cakes in a nut-free "
                + "kitchen in Otley and deliver to Leeds. A 20 cm two-tier is £55, order page: "
                + "idrisbakes.example/celebration. Happy to talk flavours.");
        re(1, "15:50", beatrix, idBe, "Perfect, ordering tonight! Chocolate, obviously.");
        Post ca1 = say(2, "09:00", tfKitchen, carys, "Big day: my new shop is live! Top-14-free snack bars, three "
                + "flavours. carysbars.example/shop");
        say(2, "09:10", tfAsk, carys, "For anyone looking for safe lunchbox snacks, my new shop is live: "
                + "carysbars.example/shop");
        say(2, "09:20", tfStall, carys, "Top-14-free snack bars: cocoa-oat, apple-cinnamon and berry. Box of 12 £14. "
                + "carysbars.example/shop");
        re(2, "09:30", idris, ca1, "Congrats Carys!");
        say(2, "11:00", tfStall, nadim, "Milk-free, nut-free chocolate buttons back in stock: 10 bags for £22, for "
                + "schools and parties.");
        Post id1 = say(3, "12:00", tfKitchen, idris, "Labelling question: if my cake-board supplier's glue has soya in "
                + "it, does that go on the label?");
        Post saId = re(3, "12:30", saffron, id1, "Only if it can get into the food. Ask the supplier for a food-contact "
                + "declaration; most say it can't.");
        re(3, "12:40", idris, saId, "Good thinking, thank you.");
        Post te1 = say(4, "14:00", tfAsk, teodor, "I'm the cook at St Aidan's primary. We're rewriting our 'may contain' "
                + "policy for bought-in snacks. Is 'may contain' on a label a legal requirement or the maker's choice?");
        Post saTe = re(4, "14:30", saffron, te1, "It's voluntary, but it should mean a real risk was found. The FSA's "
                + "precautionary labelling guidance is the best start: food.gov.example/precautionary-allergen-labelling. "
                + "I also made a free allergen matrix template for schools, it's on my site with my flapjacks: "
                + "saffronflapjack.example/schools");
        re(4, "14:50", teodor, saTe, "That's really useful, thank you. The template's exactly what we needed.");
        Post ca2 = say(5, "10:00", tfKitchen, carys, "Does anyone else struggle with bars crumbling without egg or nut "
                + "binders? Mine go sandy by day five.");
        Post naCa = re(5, "10:20", nadim, ca2, "Date paste and a little golden syrup. And press them harder than you "
                + "think.");
        say(5, "10:30", tfKitchen, saffron, "Psyllium helps too, a teaspoon per tray.");
        re(5, "10:45", carys, naCa, "Thanks both, trying both tomorrow.");
        Post va1 = say(6, "13:00", tfAsk, valentina, "I run a café in Harrogate. We'd like a free-from traybake we can "
                + "trust. Who does wholesale?");
        re(6, "13:30", nadim, va1, "I don't do traybakes, but @Saffron Achterberg's flapjacks are made for this.");
        Post saVa = re(6, "14:00", saffron, va1, "Thanks Nadim! Valentina, I do wholesale trays of 16 from £19, with a "
                + "full allergen sheet. Shall I send the list?");
        re(6, "14:10", valentina, saVa, "Yes please.");
        // W30
        Post ca3 = say(8, "10:00", tfKitchen, carys, "The date paste trick worked, bars still firm on day seven. Thank "
                + "you @Nadim Farouk!");
        re(8, "10:15", nadim, ca3, "Great stuff.");
        joins(9, "09:00", tfAsk, gwendolyn);
        Post gw1 = say(9, "09:10", tfAsk, gwendolyn, "Hi, my son's class has a party next week and two of the children "
                + "are dairy- and nut-allergic. Is there a chocolate that's safe for both?");
        Post id2 = say(9, "15:00", tfKitchen, idris, "Anyone going to the Free From Festival in York? Thinking of taking "
                + "a stall.");
        Post saId2 = re(9, "15:30", saffron, id2, "I am! Share a table?");
        re(9, "15:40", idris, saId2, "Deal.");
        Post te2 = say(10, "11:00", tfAsk, teodor, "Follow-up: we've switched to the matrix template. Now a supplier "
                + "wants us to sign a declaration. Is that normal?");
        Post caTe = re(10, "11:30", carys, te2, "Yes, ours ask for one too. Read it for a line saying you've checked "
                + "their kitchen; you shouldn't have to sign that.");
        re(10, "11:40", teodor, caTe, "Good spot, there is one. Thank you.");
        Post naGw = re(11, "16:00", nadim, gw1, "Sorry Gwendolyn, missed this! My chocolate buttons are milk-free and "
                + "nut-free and made on a nut-free site. I'll send you two bags for the party, no charge.");
        re(11, "16:10", gwendolyn, naGw, "That's so kind, thank you!");
        say(12, "10:00", tfStall, idris, "Summer flavours: lemon-elderflower and strawberry, both egg-free and nut-free, "
                + "from £28. idrisbakes.example/celebration");
        Post sa2 = say(12, "11:00", tfKitchen, saffron, "Ugh: my oat supplier's audit arrived and it's a year out of "
                + "date. Switching to Highfold.");
        re(12, "11:20", nadim, sa2, "Good call, they're sticklers.");
        Post va2 = say(13, "12:00", tfAsk, valentina, "@Saffron Achterberg the trays sold out in two days! Can we go to "
                + "two a week?");
        re(13, "12:20", saffron, va2, "Wonderful! Yes, Tuesdays and Fridays from next week.");
        // W31
        Post be2 = say(15, "09:00", tfAsk, beatrix, "@Idris Penhallow the cake was perfect, my daughter ate cake at her "
                + "own party for the first time. I've told the other allergy mums at school about you.");
        re(15, "09:30", idris, be2, "Beatrix, that's made my year. Thank you for telling them!");
        Post ca4 = say(15, "14:00", tfKitchen, carys, "Does anyone test their own batches for allergens, or trust the "
                + "supply chain?");
        Post saCa = re(15, "14:30", saffron, ca4, "I run quick strip tests for peanut on each oat lot. Not cheap, but it "
                + "lets me sleep.");
        Post caSa = re(15, "14:40", carys, saCa, "Which strips? Link?");
        re(15, "15:00", saffron, caSa, "The Veritest peanut kit: veritest.example/peanut-strips. About £6 a test.");
        Post gw2 = say(16, "10:00", tfAsk, gwendolyn, "The party went fine, no reactions! Can I order the buttons for "
                + "our school fair?");
        Post naGw2 = re(16, "10:20", nadim, gw2, "So glad! Yes, 10 bags for £22. I'll deliver with Teodor's order if "
                + "you're near St Aidan's.");
        re(16, "10:30", gwendolyn, naGw2, "We're right next to it!");
        Post id3 = say(17, "14:00", tfKitchen, idris, "Festival table booked with Saffron. Who else is going?");
        re(17, "14:20", carys, id3, "Me, as a visitor. I'll bring bars for you both to try.");
        Post te3 = say(18, "11:00", tfAsk, teodor, "Last one: does anyone do nut-free granola for a breakfast club? "
                + "About 5 kg a week.");
        Post caTe2 = re(18, "11:30", carys, te3, "Mine's top-14-free: 5 kg bags at £38 each. Want a sample bag first?");
        re(18, "11:40", teodor, caTe2, "Yes, a sample would be great.");
        say(20, "15:00", tfStall, carys, "New: top-14-free granola in 1 kg and 5 kg bags, from £9. "
                + "carysbars.example/shop");
    }

    /**
     * D. Capsule Counter (owners Ignatius, Leonie, Sunil, Morwenna and Philippa, who joins on day 2 before opening;
     * Crispin, a distributor's rep): Crispin answers Leonie's request for a supplier with his trade page (day 2), posts
     * an opening code in the reps' corner (day 4) and on day 5 DMs Philippa, whom he has never spoken to, a priced
     * starter pallet with a call to book. Philippa is helped on days 3, 5 and 6, says thanks, answers Morwenna's
     * question a day late; from day 8 she helps others.
     */
    private void capsuleCounter() {
        // W29
        Post ig1 = say(1, "09:30", ccShop, ignatius, "Morning all. Anyone else's magnesium glycinate supplier out of "
                + "stock till September?");
        Post leIg = re(1, "10:00", leonie, ig1, "Yes! I need a new supplier that does small cases. Anyone?");
        re(1, "10:15", sunil, leIg, "I've been short too. Following.");
        joins(2, "08:00", ccShop, philippa);
        Post ph1 = say(2, "08:20", ccShop, philippa, "Hello! Opening my first shop in Totnes in under two "
                + "weeks: supplements, refill dry goods and a little café counter. Terrified and excited.");
        re(2, "08:40", ignatius, ph1, "Welcome Philippa! Thirty years in and still terrified. Ask anything.");
        re(2, "09:00", morwenna, ph1, "Welcome! Where in Totnes? I'm over in Ashburton.");
        Post cr1 = say(2, "10:00", ccReps, crispin, "Hi all, Crispin from Greenvale Distribution. @Leonie Fairweather saw "
                + "you're after magnesium glycinate in small cases: we have it in stock, cases of six. Trade page: "
                + "greenvale.example/trade");
        re(2, "10:30", leonie, cr1, "Thanks Crispin, I'll set up an account.");
        Post ph2 = say(3, "11:00", ccRegs, philippa, "Can I say 'supports immunity' on a shelf label for vitamin C, or "
                + "is that not allowed?");
        Post igPh = re(3, "11:30", ignatius, ph2, "Only the authorised wording: 'contributes to the normal function of "
                + "the immune system'. 'Supports immunity' isn't on the register.");
        re(3, "11:40", philippa, igPh, "Thanks!");
        Post su1 = say(3, "15:00", ccShop, sunil, "Anyone selling the new creatine gummies? Customers ask but I'm wary of "
                + "the dosing.");
        Post leSu = re(3, "15:30", leonie, su1, "I looked into them: half the gummies tested low in an independent "
                + "review. I'd hold off.");
        re(3, "15:40", sunil, leSu, "That's what I feared, thanks.");
        say(4, "10:00", ccReps, crispin, "Opening offer for new accounts: 15% off your first order with code GREEN15 "
                + "until the end of August. greenvale.example/trade");
        Post dm1 = say(5, "09:00", ccDm, crispin, "Hi Philippa, Crispin from Greenvale here. Saw you're opening in "
                + "Totnes, congratulations! We do a new-shop starter pallet, 120 best-sellers for £450 with 60 days to "
                + "pay. Shall I book us a 15-minute call this week? greenvale.example/trade");
        Post ph3 = say(5, "12:00", ccShop, philippa, "How much stock did everyone open with? My budget's about £6,000 "
                + "for the first order.");
        Post moPh = re(5, "12:30", morwenna, ph3, "I opened with £4,500 and wished I'd kept more back for reorders. "
                + "What's the footfall like on your street?");
        Post suPh = say(5, "12:40", ccShop, sunil, "Start with the top 40 lines your wholesaler sells most of, and add "
                + "what customers ask for.");
        re(5, "13:00", philippa, suPh, "Thanks both!");
        Post phMo = re(6, "09:00", philippa, moPh, "Sorry Morwenna, missed your question! High street, near the castle. "
                + "About 2,000 people past the door a day in summer, half that in winter.");
        Post moPh2 = re(6, "09:20", morwenna, phMo, "That's good footfall. Stock more gifts for the summer trade then.");
        re(6, "09:25", philippa, moPh2, "Noted, thank you!");
        Post ph4 = say(6, "14:00", ccRegs, philippa, "Do I need to register with the council for the café counter even "
                + "if it's only drinks and flapjacks?");
        Post lePh = re(6, "14:30", leonie, ph4, "Yes, food business registration, 28 days before you open. It's free.");
        re(6, "14:35", philippa, lePh, "Thank you, doing it today.");
        re(6, "16:00", philippa, dm1, "Thanks, but I've already chosen my wholesaler.");
        // W30
        Post su2 = say(8, "10:00", ccShop, sunil, "Shop-fit question: what did you all use for shelving? The quotes I've "
                + "had are £3k and up.");
        Post phSu = re(8, "10:30", philippa, su2, "I've just done mine: second-hand pharmacy shelving from a chemist "
                + "that was closing, £600 for eight bays. Check the liquidation sites, they come up a lot.");
        re(8, "10:40", sunil, phSu, "Genius, thank you.");
        Post mo1 = say(9, "11:00", ccRegs, morwenna, "Trading standards visited. They asked for the novel food "
                + "application numbers of our CBD products. Where does everyone find those?");
        Post igMo = re(9, "11:30", ignatius, mo1, "The FSA's public list of CBD products, searched by brand. If it's not "
                + "there, take it off the shelf.");
        re(9, "11:40", morwenna, igMo, "Found two, one missing. Off it comes.");
        Post le1 = say(10, "09:00", ccReps, leonie, "@Crispin Vale my first order arrived with two cases of the wrong "
                + "strength. How do I return them?");
        Post crLe = re(10, "09:30", crispin, le1, "Sorry Leonie! I'll have the driver collect them on Thursday and swap "
                + "them, no charge.");
        re(10, "09:35", leonie, crLe, "Thanks.");
        Post ig2 = say(11, "15:00", ccShop, ignatius, "Looking for an EPOS for a small shop that handles weighed refills. "
                + "Recommendations?");
        Post phIg = re(11, "15:30", philippa, ig2, "I went with Tallyroll: it does weighed items and the till prints the "
                + "allergen line. £39 a month.");
        say(11, "15:40", ccShop, morwenna, "We use the same, no complaints.");
        re(11, "15:50", ignatius, phIg, "Thanks, trying the demo.");
        Post le2 = say(12, "10:00", ccShop, leonie, "Anyone else's customers asking about ashwagandha after that TV piece? "
                + "What are you telling them?");
        re(12, "10:30", sunil, le2, "What the label can legally say, and to check with their GP if they're on thyroid "
                + "medication.");
        say(12, "10:40", ccShop, ignatius, "Same. And we don't sell it to anyone pregnant.");
        say(13, "12:00", ccReps, crispin, "New in: Greenvale's own vitamin D drops, trade price £3.20. Free samples for "
                + "anyone who asks.");
        // W31
        Post ph5 = say(15, "09:00", ccShop, philippa, "We opened on Saturday! 140 customers on day one. Thank you all, "
                + "this room got me here.");
        ph5.react("🎉", ignatius, sunil, leonie);
        re(15, "09:30", morwenna, ph5, "Well done! Send photos.");
        Post su3 = say(16, "11:00", ccRegs, sunil, "Is 'sugar-free' allowed on gummies sweetened with xylitol?");
        Post phSu2 = re(16, "11:20", philippa, su3, "Yes, if they're under 0.5 g sugars per 100 g, but you need the "
                + "'excessive consumption may produce laxative effects' line too. It caught me on my first order!");
        re(16, "11:30", sunil, phSu2, "Ha, thanks!");
        Post cr2 = say(17, "10:00", ccReps, crispin, "@Philippa Crowther congratulations on opening! If you ever need a "
                + "second supplier for short-dated lines, we're here.");
        re(17, "10:30", philippa, cr2, "Thanks Crispin, I'll bear it in mind.");
        Post le3 = say(18, "14:00", ccShop, leonie, "Has anyone got a loyalty card that actually works?");
        re(18, "14:30", morwenna, le3, "Stamp card, tenth item free. Boring, but it works.");
        re(18, "14:40", ignatius, le3, "Ours is on the EPOS; customers lose paper ones.");
        say(18, "14:50", ccShop, leonie, "Thanks both.");
    }

    /**
     * E. Healthy Hob Tutors (tutors Florence, Rashid, Imogen, Bartholomew; askers Oonagh, a GP surgery's social
     * prescriber; Desmond, a cardiac rehab nurse; Pauline, a housing association's community officer and Florence's
     * client; Yvette, a diabetes support group's leader): Oonagh asks Bartholomew on day 2 at 09:00; he answers on day
     * 3 at 15:30 with an apology (teaching a residential week without signal). Rashid posts eleven tips and cards to
     * nobody in W30. Imogen, who helped Desmond on day 1, answers his news on day 10 with a priced block and "DM me".
     */
    private void healthyHob() {
        // W29
        Post ds1 = say(1, "10:00", hhReq, desmond, "Hello, I'm a cardiac rehab nurse at Moorfield. Does anyone have "
                + "low-salt recipe cards at a reading age of about nine? Ours are far too wordy.");
        Post imDs = re(1, "10:30", imogen, ds1, "Try the ones in #recipe-cards from last spring: I wrote six with a "
                + "picture for each step. Happy to adapt them for your group.");
        re(1, "10:45", desmond, imDs, "Found them, they're great. Thank you!");
        Post oo1 = say(2, "09:00", hhReq, oonagh, "@Bartholomew Nkemelu I'm a social prescriber at Castlegate surgery. "
                + "We'd like a six-week cook-and-eat course for patients with pre-diabetes, from September. Could you "
                + "do it, and what would it cost?");
        Post fl1 = say(2, "11:00", hhStaff, florence, "How's everyone handling people who can't stand for a two-hour "
                + "class? I've got two with COPD this term.");
        Post raFl = re(2, "11:20", rashid, fl1, "Stools at the bench, and I do the chopping demo seated so it feels "
                + "normal.");
        say(2, "11:30", hhStaff, imogen, "And a mid-session tea break. Nobody minds.");
        re(2, "11:40", florence, raFl, "Stools it is. Thanks both.");
        Post baOo = re(3, "15:30", bartholomew, oo1, "Oonagh, so sorry for the slow reply, I've been teaching a "
                + "residential week at Hollins with no signal. Yes, very happy to. Six weeks for up to ten patients is "
                + "£840 including ingredients. Shall we talk on Thursday?");
        Post ooBa = re(3, "15:45", oonagh, baOo, "No apology needed! Thursday at 2?");
        re(3, "15:50", bartholomew, ooBa, "Perfect.");
        Post ra1 = say(4, "10:00", hhCards, rashid, "New card: 15-minute chickpea curry, with a frozen-veg version and "
                + "notes on cost per portion (68p).");
        re(4, "10:30", florence, ra1, "Lovely, using this with my diabetes group next week.");
        Post yv1 = say(4, "13:00", hhReq, yvette, "I lead a Type 2 diabetes support group (Riverside). Could anyone run "
                + "a one-off 'eating out and takeaways' session in August? Our budget is about £150.");
        Post flYv = re(4, "13:30", florence, yv1, "I could, Yvette: a 90-minute session with menus and swaps, £140 "
                + "including handouts. Any Tuesday in August?");
        Post yvFl = re(4, "13:40", yvette, flYv, "Tuesday the 15th?");
        re(4, "13:45", florence, yvFl, "Booked in.");
        // W30
        say(8, "08:00", hhStaff, rashid, "Tip of the day: a tin of lentils in a bolognese halves the cost and doubles "
                + "the fibre.");
        say(8, "11:00", hhCards, rashid, "New card: overnight oats three ways, 40p a portion.");
        say(9, "08:00", hhStaff, rashid, "Tip of the day: frozen spinach is cheaper than fresh and keeps its folate.");
        Post fl2 = say(9, "10:00", hhStaff, florence, "@Imogen Scarsdale do you still have the knife-skills risk "
                + "assessment? Mine went in a laptop crash.");
        Post imFl = re(9, "10:30", imogen, fl2, "Sending it now.");
        re(9, "10:35", florence, imFl, "Lifesaver.");
        say(10, "08:00", hhStaff, rashid, "Tip of the day: salt-free stock cubes exist, and nobody in my groups can "
                + "tell the difference.");
        Post ds2 = say(10, "15:00", hhReq, desmond, "Our first cook-along with the rehab group was today. Eight patients "
                + "made the chickpea curry and took it home. Really proud of them.");
        Post imDs2 = re(10, "15:30", imogen, ds2, "Lovely! I run four-week heart-healthy cookery blocks for rehab "
                + "groups, £320 a block, DM me if you'd like one for the next cohort.");
        re(10, "15:40", florence, ds2, "That's brilliant, well done to them and to you.");
        re(10, "16:00", desmond, imDs2, "Might do, I'll ask my manager about budget.");
        say(11, "08:00", hhStaff, rashid, "Tip of the day: a wok on a high heat means less oil for the same flavour.");
        say(11, "12:00", hhCards, rashid, "New card: five-ingredient fish pie with a mash top, 95p a portion.");
        say(12, "08:00", hhStaff, rashid, "Tip of the day: brown rice cooked and frozen flat reheats in three minutes.");
        Post ba2 = say(12, "14:00", hhStaff, bartholomew, "Started planning the Castlegate course. Week 1 is reading "
                + "labels, week 2 breakfasts. Any ideas for week 3?");
        Post flBa = re(12, "14:30", florence, ba2, "Lunches on the go. They'll love soup in a flask.");
        re(12, "14:40", bartholomew, flBa, "Perfect.");
        say(13, "08:00", hhStaff, rashid, "Tip of the day: yogurt instead of cream in a curry; stir it in off the heat "
                + "so it doesn't split.");
        say(13, "17:00", hhCards, rashid, "New card: one-pan chicken traybake, £1.10 a portion.");
        say(14, "08:00", hhStaff, rashid, "Tip of the day: the wonky veg box is the same veg for less.");
        say(14, "12:00", hhCards, rashid, "New card: flask soup, red lentil and carrot, 50p a portion.");
        // W31
        Post pa1 = say(15, "10:00", hhReq, pauline, "@Florence Abernethy your course for our tenants last spring was the "
                + "best thing we ran all year, and I've told the Millbrook tenants' group about you. Could you do an "
                + "autumn one for us? Same budget.");
        Post flPa = re(15, "10:40", florence, pa1, "Pauline, thank you, and for passing my name on! Yes to autumn. "
                + "Tuesdays in October?");
        re(15, "10:50", pauline, flPa, "Perfect, I'll book the hall.");
        Post ra3 = say(16, "09:00", hhStaff, rashid, "@Florence Abernethy how did the chickpea curry go with your "
                + "diabetes group?");
        Post flRa = re(16, "09:30", florence, ra3, "They loved it! Two made it at home the same week.");
        Post raFl2 = re(16, "09:40", rashid, flRa, "Love that. Did anyone struggle with the spices?");
        re(16, "09:50", florence, raFl2, "One found it hot; she halved the chilli.");
        Post oo2 = say(17, "11:00", hhReq, oonagh, "@Bartholomew Nkemelu eight patients signed up already. Could we add "
                + "a session for carers?");
        re(17, "11:30", bartholomew, oo2, "Wonderful! Yes, a carers' session in week 6 makes sense.");
        Post ds3 = say(17, "14:00", hhReq, desmond, "@Imogen Scarsdale my manager said yes for the next cohort. How do "
                + "we book?");
        re(17, "14:20", imogen, ds3, "Great news! I'll email you dates today.");
        Post raBa = say(18, "10:00", hhStaff, rashid, "@Bartholomew Nkemelu for your week 3, my flask soup card is in "
                + "#recipe-cards if it's useful.");
        re(18, "10:30", bartholomew, raBa, "Thanks Rashid, taking it.");
        Post yv2 = say(19, "15:00", hhReq, yvette, "Could someone recommend a slow cooker for a group demo? Under £40.");
        Post raYv = re(19, "15:20", rashid, yv2, "The basic 3.5-litre ones from any supermarket are fine. I'd avoid the "
                + "ones with only a high setting.");
        re(19, "15:30", yvette, raYv, "Thanks Rashid.");
    }

    /**
     * F. Macrolens (Team: Evander, founder; Solveig, support; Tariq, developer; Customers: Perpetua, Horatio, Cordelia,
     * Lysander and Marguerite, who joins on day 8): Horatio asks on days 8, 9, 11 and 12, is helped by Lysander (days
     * 8, 9, 11) and Solveig (day 12) and says only "Thanks"; Lysander's question to him (day 11 in reply, day 12 by
     * mention) waits until day 15, when he answers, and on day 16 he helps Marguerite. Cordelia asks the lounge and the
     * ideas room to vote for her and follow her (day 9) and asks again (day 12).
     */
    private void macrolens() {
        // W29
        say(1, "09:00", mlNews, tariq, "Release 4.12: the micronutrient report now shows iodine and selenium, and PDF "
                + "export is 40% faster. Notes: macrolens.example/releases/4-12");
        Post pe1 = say(1, "11:00", mlHelp, perpetua, "Recipe analysis gives my lentil soup 9 g of salt a portion. It's "
                + "definitely not that salty; what am I doing wrong?");
        Post soPe = re(1, "11:20", solveig, pe1, "Hi Perpetua! The stock cube is entered as 100 g instead of one cube "
                + "(10 g). Edit the line and choose 'cube' as the unit.");
        re(1, "11:30", perpetua, soPe, "Ha, that's it. Thank you!");
        Post ly1 = say(2, "14:00", mlIdeas, lysander, "Idea: a sports mode that shows carbs per kg of body weight in the "
                + "meal plan.");
        ly1.react("👍", perpetua, horatio);
        Post evLy = re(2, "14:30", evander, ly1, "This is the third time it's been asked. On the list for autumn.");
        re(2, "14:40", lysander, evLy, "Brilliant.");
        Post ho1 = say(4, "16:00", mlHelp, horatio, "Can I share a meal plan with a client without them needing an "
                + "account?");
        Post soHo = re(4, "16:20", solveig, ho1, "Yes: 'Share as link' on the plan page. The link expires after 30 "
                + "days.");
        re(4, "16:25", horatio, soHo, "Thanks.");
        say(5, "10:00", mlNews, evander, "We'll be at BDA Nutrition Live on 3 August, stand 42. Come and say hello, we'd "
                + "love to hear what you'd like next.");
        Post co1 = say(5, "13:00", mlLounge, cordelia, "Hi all, I'm a nutritionist and food blogger in Brighton. I use "
                + "the app for my recipe posts.");
        re(5, "13:20", perpetua, co1, "Welcome! The recipe card export is great for blogs.");
        Post ly2 = say(6, "11:00", mlHelp, lysander, "The USDA import keeps timing out for big recipes (30+ "
                + "ingredients). Anyone else?");
        Post taLy = re(6, "11:30", tariq, ly2, "Thanks Lysander, found it: a timeout on our side. Fixed in 4.12.1 "
                + "tonight.");
        re(6, "11:40", lysander, taLy, "Speedy, thank you.");
        // W30
        joins(8, "08:00", mlLounge, marguerite);
        Post ho2 = say(8, "08:30", mlHelp, horatio, "How do I set a client's energy target by hand? The calculator keeps "
                + "overriding me.");
        Post lyHo = re(8, "09:00", lysander, ho2, "Untick 'auto-calculate' in the client profile, then the target field "
                + "unlocks.");
        re(8, "09:10", horatio, lyHo, "Thanks.");
        Post mg1 = say(8, "10:00", mlHelp, marguerite, "New here, dietitian in Bristol. Can I import my recipes from an "
                + "old FoodCalc export?");
        Post soMg = re(8, "10:20", solveig, mg1, "Welcome! Yes: Import > FoodCalc CSV. Send me the file if anything "
                + "doesn't map.");
        re(8, "10:30", marguerite, soMg, "Lovely, thank you.");
        Post ho3 = say(9, "09:00", mlHelp, horatio, "Is there a way to put my logo on PDF reports?");
        Post lyHo2 = re(9, "09:30", lysander, ho3, "Settings > Branding. A PNG under 1 MB works best.");
        re(9, "09:35", horatio, lyHo2, "Thanks.");
        say(9, "12:00", mlLounge, cordelia, "Friends, I'm shortlisted for Nutrition Blogger of the Year! The public vote "
                + "closes Friday. Please vote and follow me on Instagram: bloggerawards.example/vote/fenwick");
        say(9, "12:20", mlIdeas, cordelia, "Sorry to post here too, but votes help so much: "
                + "bloggerawards.example/vote/fenwick. And a follow on Instagram @cordeliaeats would mean the world!");
        say(10, "10:00", mlNews, tariq, "Release 4.13: the client portal now shows meal plans on mobile. "
                + "macrolens.example/releases/4-13");
        Post ho4 = say(11, "11:00", mlHelp, horatio, "The renal template flags potassium on every meal. Can I change the "
                + "threshold?");
        Post lyHo3 = re(11, "11:30", lysander, ho4, "Yes, in Templates > Renal > Limits. Out of interest, which renal "
                + "template are you using, CKD 3 or CKD 4? I'm setting mine up too.");
        re(11, "11:35", horatio, lyHo3, "Thanks.");
        say(12, "09:00", mlLounge, cordelia, "Last call! Voting closes Friday, a vote would really help: "
                + "bloggerawards.example/vote/fenwick");
        Post ho5 = say(12, "10:00", mlHelp, horatio, "And how do I export the shopping list as a spreadsheet?");
        Post soHo2 = re(12, "10:20", solveig, ho5, "Plan page > Shopping list > Export > CSV. It opens straight into "
                + "Excel.");
        re(12, "10:25", horatio, soHo2, "Thanks.");
        Post ly3 = say(12, "15:00", mlLounge, lysander, "@Horatio Blackwood did the renal limits work out? Still curious "
                + "which template you went with.");
        Post mg2 = say(13, "11:00", mlHelp, marguerite, "The import worked, all 214 recipes! Do the portion weights "
                + "carry over?");
        Post soMg2 = re(13, "11:20", solveig, mg2, "They do if the CSV had a portion column. If not, set a default in "
                + "Settings > Recipes.");
        re(13, "11:30", marguerite, soMg2, "Perfect.");
        Post pe3 = say(13, "14:00", mlIdeas, perpetua, "Idea: a FODMAP column in the recipe analysis. I'd use it every "
                + "day.");
        pe3.react("👍", lysander, marguerite);
        re(13, "14:30", evander, pe3, "Love it. We're talking to a FODMAP database about licensing; no promises on "
                + "timing.");
        // W31
        Post hoLy = re(15, "10:00", horatio, ly3, "Sorry Lysander, busy week! CKD 4, and I set the potassium limit to "
                + "2,500 mg a day, it works much better now. How are you finding yours?");
        re(15, "10:20", lysander, hoLy, "Same limit here, good to know it works.");
        Post mg3 = say(16, "11:00", mlHelp, marguerite, "Does anyone know how to merge two duplicate clients?");
        Post hoMg = re(16, "11:20", horatio, mg3, "Client list > tick both > Merge. It keeps the older one's notes.");
        re(16, "11:30", marguerite, hoMg, "Thank you!");
        Post co2 = say(16, "14:00", mlLounge, cordelia, "I came second! Thanks to everyone who voted.");
        re(16, "14:20", perpetua, co2, "Congratulations!");
        say(17, "09:00", mlNews, evander, "See you at BDA Nutrition Live this Thursday, stand 42. We'll have a preview "
                + "of the FODMAP column on a laptop.");
        Post pe4 = say(17, "10:00", mlHelp, perpetua, "PDF reports are showing yesterday's date on today's plans?");
        Post taPe = re(17, "10:30", tariq, pe4, "A timezone bug, sorry! Fixed within the hour.");
        re(17, "10:40", perpetua, taPe, "Thanks Tariq.");
        Post ly4 = say(18, "16:00", mlLounge, lysander, "Came by stand 42 today, the FODMAP preview looks good.");
        re(18, "16:20", solveig, ly4, "Thanks for coming by, Lysander! Lovely to meet in person.");
    }

    /**
     * G. Milk Ladder Parents (nobody sells; Araminta hosts; Petunia is a dietetic assistant by day): Rosamund asks for
     * help on day 1; in W30 she posts about her own baking, notebook and feelings (five posts); in W31 she asks Delia,
     * Lachlan, Petunia and Fergus about theirs. Fergus says on day 6 he is camping without signal days 8-14; Quentin
     * asks him on day 10 and he answers on day 15. Lachlan joins on day 2, is helped and from day 12 helps back.
     */
    private void milkLadder() {
        // W29
        say(1, "09:00", lpGeneral, araminta, "Morning all. A reminder: we share what worked for our own children, but "
                + "every step up the ladder should be agreed with your child's dietitian or allergy team.");
        Post ro1 = say(1, "20:00", lpLadder, rosamund, "Help please. My son Teddy (14 months) moved to step 2, the malted "
                + "milk biscuit, on Saturday and has a faint rash round his mouth today. I've stopped and photographed "
                + "it and I'm in a state. Do I go back to step 1 for a week or wait for the dietitian? My appointment "
                + "isn't until the 3rd and I don't know if I'm overreacting or not doing enough.");
        Post deRo = re(1, "20:20", delia, ro1, "You're not overreacting. A faint rash round the mouth can just be "
                + "contact, but the usual advice is to go back a step and ring the allergy nurse line tomorrow; they'll "
                + "tell you whether you can wait.");
        re(1, "20:40", rosamund, deRo, "Thank you. I'll ring first thing. I feel better having a plan, I've been pacing "
                + "the kitchen.");
        joins(2, "07:30", lpGeneral, lachlan);
        Post la1 = say(2, "07:45", lpGeneral, lachlan, "Hi, dad of a 9-month-old with CMPA, just diagnosed. No idea "
                + "where to start. What do you all use instead of milk in cooking?");
        Post peLa = re(2, "08:10", petunia, la1, "Welcome! Oat milk for cooking once they're over a year; until then "
                + "stick to the prescribed formula. I'm a dietetic assistant by day and I still got it wrong at first.");
        re(2, "08:20", lachlan, peLa, "Thanks, that helps.");
        say(2, "12:00", lpLadder, rosamund, "Update: the nurse said go back to step 1 for a week, then try again. Thank "
                + "you @Delia Nakashima.");
        Post qu1 = say(3, "19:00", lpRecipes, quentin, "Milk-free mac and cheese that my two actually eat: butternut "
                + "squash, nutritional yeast and a spoon of mustard.");
        say(3, "19:01", lpRecipes, quentin, "250 g squash, 2 tbsp yeast, 1 tsp mustard, 150 ml oat milk: blend and stir "
                + "through pasta.");
        re(3, "19:30", fergus, qu1, "Making this tomorrow.");
        say(4, "18:00", lpLadder, fergus, "Step 4 (yogurt) passed today! Six months on the ladder. Hang in there, new "
                + "folks.");
        say(4, "18:15", lpLadder, delia, "Brilliant news Fergus!");
        say(4, "18:30", lpLadder, lachlan, "Needed to read that, thanks.");
        Post la2 = say(5, "20:00", lpGeneral, lachlan, "Is it normal for the prescribed formula to make them "
                + "constipated?");
        Post feLa = re(5, "20:30", fergus, la2, "Very common with the hydrolysed ones. Ask the GP about a little extra "
                + "water between feeds, and pear purée once you're weaning.");
        re(5, "20:40", lachlan, feLa, "Thanks.");
        say(6, "09:00", lpGeneral, fergus, "Heads up: I'm off camping in Snowdonia from Monday to Sunday, no signal. Back "
                + "on the 31st.");
        say(6, "10:00", lpRecipes, delia, "Milk-free pancakes, step-1 friendly: 100 g flour, 1 egg, 200 ml oat milk. My "
                + "daughter asks for them daily.");
        // W30
        say(8, "20:00", lpGeneral, rosamund, "Long one, sorry. I've decided I'm going to bake everything myself from now "
                + "on. I've bought a second freezer, I've cleared my Sundays, and I've started a notebook of every ladder "
                + "bake I make, with my own tweaks. My husband thinks I'm obsessed but I honestly feel I've finally got "
                + "control of my own kitchen again. I even made my own biscuits for step 2 with my own recipe.");
        say(9, "19:00", lpLadder, rosamund, "Step 2 again, take two: I did it my way this time, with my own biscuits, my "
                + "own timing (mornings only, so I can watch him all day) and my notebook open. No rash! I'm so proud of "
                + "myself. I cried in my car after nursery drop-off.");
        say(10, "09:00", lpGeneral, quentin, "@Fergus Haldane what did you do for the step 3 muffin? Shop-bought or "
                + "home-made?");
        Post ro2 = say(10, "12:00", lpRecipes, rosamund, "My step-3 muffin recipe, my way: I use my own mix of spelt and "
                + "plain flour and my oat milk trick, and I bake mine at 180 for exactly 30 minutes, which I think is the "
                + "key. I've made mine twelve times now and I tweak my batch each time. I'll post my notebook pages as I "
                + "go.");
        re(10, "12:30", delia, ro2, "Saving this, thank you.");
        Post la3 = say(11, "08:30", lpLadder, lachlan, "We had our first dietitian appointment. She says we can start the "
                + "ladder at 12 months. Thank you all for getting me through the first weeks.");
        Post peLa2 = re(11, "08:50", petunia, la3, "That's great news. Write your questions down as you go, the "
                + "appointments are short.");
        re(11, "09:00", lachlan, peLa2, "Will do.");
        Post qu2 = say(11, "15:00", lpRecipes, quentin, "@Rosamund Yeo your muffins worked a treat here, the spelt's a "
                + "good idea.");
        re(11, "15:30", rosamund, qu2, "Thanks! I'm already thinking about my next batch: I'm going to try my own carrot "
                + "version this weekend and I'll write it up in my notebook.");
        say(12, "10:00", lpGeneral, rosamund, "My week: step 2 done, my freezer full, my notebook half full. I feel like "
                + "myself again for the first time since he was born. I'm going to be the calmest mum at my antenatal "
                + "reunion on Saturday.");
        Post la4 = say(12, "19:00", lpRecipes, lachlan, "Tried Quentin's mac and cheese with sweet potato instead of "
                + "squash: works too, if anyone's out of squash.");
        re(12, "19:20", quentin, la4, "Good swap, thanks!");
        Post pe1 = say(13, "14:00", lpLadder, petunia, "Does anyone's little one still react to baked milk at step 3 "
                + "after passing step 2 easily? Mine's fine but a friend's isn't.");
        Post dePe = re(13, "14:30", delia, pe1, "Mine did, we stayed on step 2 an extra month. Totally fine in the end.");
        re(13, "14:40", petunia, dePe, "Reassuring, I'll tell her.");
        // W31
        Post feQu = say(15, "09:00", lpGeneral, fergus, "Back from Snowdonia! @Quentin Arbuthnot home-made for the "
                + "muffin: the shop ones have too much milk powder for step 3.");
        re(15, "09:20", quentin, feQu, "Thanks, that's what we'll do.");
        Post ro3 = say(15, "20:00", lpLadder, rosamund, "@Delia Nakashima how did your daughter get on with step 3 in the "
                + "end? You said you stayed on step 2 an extra month; how did you know she was ready?");
        Post deRo2 = re(15, "20:30", delia, ro3, "She'd had a clear fortnight and the dietitian said go. She sailed "
                + "through. How's Teddy?");
        Post roDe = re(15, "20:40", rosamund, deRo2, "Really good, thank you. Did you do anything special the day you "
                + "tried it?");
        re(15, "20:50", delia, roDe, "Morning, at home, antihistamine in the cupboard just in case.");
        Post ro4 = say(16, "10:00", lpGeneral, rosamund, "@Lachlan Featherstone how are you getting on with the formula "
                + "now? Did the pear purée help?");
        re(16, "10:30", lachlan, ro4, "Much better, thanks for asking! Pear and a bit of prune.");
        Post ro5 = say(17, "18:00", lpRecipes, rosamund, "@Petunia Okoro for your friend with the baked milk trouble: "
                + "would my step-2 biscuit recipe help her? Happy to send it to you.");
        re(17, "18:30", petunia, ro5, "Yes please, that's kind.");
        Post ar1 = say(18, "11:00", lpGeneral, araminta, "Lovely to see the room this busy. Any ideas for a summer picnic "
                + "meet-up? Somewhere with a café that does oat milk.");
        re(18, "11:20", quentin, ar1, "Hollybank Park, the café does oat everything.");
        say(18, "11:30", lpGeneral, fergus, "I'm in.");
        Post fe1 = say(19, "20:00", lpLadder, fergus, "Step 5 (cheese) tomorrow. Nervous!");
        re(19, "20:10", rosamund, fe1, "You'll be fine, you've done this four times already. Will you tell us how it "
                + "goes?");
        Post fe2 = say(20, "19:00", lpLadder, fergus, "Passed step 5!");
        fe2.react("🎉", rosamund, delia, araminta);
    }

    /**
     * H. Gut Feeling Practitioners (Ophelia and Winifred, dietitians; Thaddeus, a dietitian; Caspian, a nutritional
     * therapist who built a symptom app; patients Esther, Barnaby and Cosmo; Aurelia, a practice manager who refers
     * patients to Ophelia): Caspian answers Esther twice in W30 with his app (day 8) and its discount code (day 12).
     * Esther asks Winifred on day 13 for a reintroduction series; Winifred posts it twice a day on days 15-19. Aurelia
     * asks Ophelia by mention on day 16 and chases on day 18; Ophelia, busy in the clinicians' room and answering
     * Barnaby, does not answer her.
     */
    private void gutFeeling() {
        // W29
        Post wi1 = say(1, "10:00", gfClin, winifred, "Has anyone read the new paper on 'gentle' FODMAP diets against full "
                + "elimination? Thoughts?");
        Post opWi = re(1, "10:40", ophelia, wi1, "Read it last night. Small sample, but the symptom scores were close. "
                + "I'm going to try the gentle approach with my more anxious patients.");
        re(1, "11:00", winifred, opWi, "Agreed, that matches my clinic.");
        Post es1 = say(2, "09:00", gfPatients, esther, "I'm three weeks into the elimination phase and feel so much "
                + "better. How do I know when to start reintroducing?");
        Post wiEs = re(2, "09:30", winifred, es1, "Usually after 2-6 weeks, once symptoms have settled. Best done with "
                + "your dietitian, so you test one group at a time.");
        re(2, "09:40", esther, wiEs, "Thank you, I'll book a follow-up.");
        Post caEs = re(2, "09:50", caspian, es1, "And keep your food diary going through it, Esther, it makes "
                + "reintroduction much easier to read.");
        re(2, "10:00", esther, caEs, "Will do, thanks.");
        Post au1 = say(3, "14:00", gfRefer, aurelia, "Castle Hill Medical: three IBS patients to refer for low-FODMAP "
                + "support, two can do video calls. Who has space in August?");
        Post opAu = re(3, "14:30", ophelia, au1, "I have three slots in the week of the 7th, Aurelia. Send them over as "
                + "usual.");
        re(3, "14:40", aurelia, opAu, "Done, thank you as always.");
        Post bn1 = say(4, "11:00", gfPatients, barnaby, "Is garlic-infused oil actually low FODMAP or is that a myth?");
        Post thBn = re(4, "11:20", thaddeus, bn1, "It's genuinely fine: fructans don't dissolve in oil. Just don't use "
                + "oil with bits of garlic in it.");
        re(4, "11:30", barnaby, thBn, "Game changer, thanks.");
        say(5, "15:00", gfRefer, caspian, "August availability: four slots for IBS clients, by video or in person in "
                + "Cheltenham. casmulholland.example/book");
        Post op1 = say(5, "16:00", gfClin, ophelia, "Does anyone use a symptom app with patients, or a paper diary?");
        re(5, "16:20", caspian, op1, "I built one, actually. Patients like the graphs.");
        Post cm1 = say(6, "10:00", gfPatients, cosmo, "Can I eat bread on low FODMAP? I miss toast.");
        Post wiCm = re(6, "10:30", winifred, cm1, "Spelt sourdough is often tolerated in small amounts, two slices. Test "
                + "it on a good day.");
        re(6, "10:40", cosmo, wiCm, "Toast is back!");
        // W30
        Post es2 = say(8, "09:00", gfPatients, esther, "Reintroduction started: honey on day 1 was fine. Any tips for "
                + "keeping track?");
        Post caEs2 = re(8, "11:00", caspian, es2, "Well done! Keep a simple diary: food, amount, and symptoms at 2, 6 and "
                + "24 hours. If you'd like an app for it, mine's GutLog: gutlog.example, it graphs your symptoms "
                + "against each challenge.");
        re(8, "11:10", esther, caEs2, "Thanks Caspian, I'll look.");
        Post wi2 = say(9, "10:00", gfClin, winifred, "A question for you all: a patient on a PPI with ongoing bloating "
                + "despite good FODMAP adherence. Where would you look next?");
        re(9, "10:30", ophelia, wi2, "SIBO is over-diagnosed, but I'd ask the GP about the PPI itself and check fibre "
                + "intake.");
        Post es3 = say(12, "16:00", gfPatients, esther, "Day 5 of reintroduction: mango made me bloated but apple was "
                + "OK?? Confused.");
        Post caEs3 = re(12, "16:30", caspian, es3, "That's normal: mango tests excess fructose, and apple's sorbitol "
                + "depends a lot on the portion. Log your portion sizes. GutLog does that for you, and there's 20% off "
                + "this week with code GUT20: gutlog.example");
        re(12, "16:40", esther, caEs3, "Ah, that makes sense.");
        Post wi3 = say(12, "17:00", gfClin, winifred, "Patients keep asking me for help with the reintroduction phase. "
                + "Thinking of a five-day guided series in #patient-questions next week, one post a morning. Mad?");
        Post opWi2 = re(12, "17:20", ophelia, wi3, "Not mad at all. Just say clearly that it's general advice.");
        re(12, "17:30", winifred, opWi2, "Will do.");
        Post es4 = say(13, "10:00", gfPatients, esther, "@Winifred Oyelaran would you run a reintroduction series here? "
                + "A few of us would love it.");
        re(13, "10:30", winifred, es4, "Yes! Starting Monday, a post every morning and a recap every evening.");
        // W31
        Post s1 = say(15, "08:00", gfPatients, winifred, "Reintroduction series, day 1: lactose. Try 125 ml of milk with "
                + "breakfast and note symptoms at 2, 6 and 24 hours. Skip it if you already know lactose is fine.");
        say(15, "18:00", gfPatients, winifred, "Day 1 evening: if milk went badly, don't worry, it's about amounts. Rest "
                + "tomorrow before the next one.");
        re(15, "18:30", esther, s1, "Done, no symptoms!");
        say(16, "08:00", gfPatients, winifred, "Day 2: rest day. Eat your usual low-FODMAP meals so tomorrow's test is "
                + "clear.");
        Post au2 = say(16, "09:00", gfRefer, aurelia, "@Ophelia Trent two more from Castle Hill, one a teenager who'd "
                + "come with her mum. You've been so good with our patients that I've told our sister practice in "
                + "Dursley about you too. Could you take them in September?");
        Post op2 = say(16, "14:00", gfClin, ophelia, "Anyone going to the gut health conference in Birmingham in "
                + "October? Early bird ends Friday.");
        re(16, "14:20", thaddeus, op2, "Booked! Let's get a coffee.");
        say(16, "18:00", gfPatients, winifred, "Day 2 evening: a rest day is part of the test, not a break from it.");
        Post s3 = say(17, "08:00", gfPatients, winifred, "Day 3: fructose. Half a mango or a teaspoon and a half of "
                + "honey, and log it as before.");
        Post bn3 = say(17, "11:00", gfPatients, barnaby, "@Ophelia Trent my GP mentioned you. Do you see patients with "
                + "IBS and coeliac disease together?");
        Post opBn = re(17, "11:30", ophelia, bn3, "Yes, Barnaby, that's quite common. The coeliac diagnosis needs "
                + "confirming first, then we'd make the FODMAP plan gluten-free too.");
        re(17, "11:40", barnaby, opBn, "Great, I'll ask for a referral.");
        Post cmS3 = re(17, "12:00", cosmo, s3, "Does the honey have to be on its own or can it go in porridge?");
        re(17, "12:20", winifred, cmS3, "Porridge is fine, as long as it's porridge you already tolerate.");
        say(17, "18:00", gfPatients, winifred, "Day 3 evening: bloating a few hours after fructose is the most common "
                + "reaction. Note when it started.");
        say(18, "08:00", gfPatients, winifred, "Day 4: rest day again.");
        say(18, "09:00", gfRefer, aurelia, "@Ophelia Trent just checking you saw my message about the two September "
                + "patients?");
        Post op3 = say(18, "15:00", gfClin, ophelia, "Has anyone had a patient react to the new lactose-free cheeses? "
                + "One of mine swears they're not lactose-free.");
        Post wiOp = re(18, "15:20", winifred, op3, "Some use a different enzyme and aren't fully lactose-free. Check the "
                + "sugars line on the label.");
        re(18, "15:30", ophelia, wiOp, "Aha, that explains it.");
        Post s4 = say(18, "18:00", gfPatients, winifred, "Day 4 evening: halfway! How's everyone doing?");
        re(18, "19:00", barnaby, s4, "Fructose was fine for me, thanks for doing this!");
        say(19, "08:00", gfPatients, winifred, "Day 5: sorbitol. Half an avocado or two apricots.");
        Post s5 = say(19, "18:00", gfPatients, winifred, "Day 5 evening: that's the series. Take your notes to your "
                + "dietitian, that's where it all comes together. Thank you all for joining in.");
        re(19, "18:30", esther, s5, "Thank you Winifred, this was brilliant.");
        say(20, "16:00", gfRefer, caspian, "September availability: three slots for IBS clients. "
                + "casmulholland.example/book");
    }

    static Map<String, String> files() {
        return new HeldOutScenes144Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 144");
    }
}
