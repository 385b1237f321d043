package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 141 (sealed): eight communities of perfumery, cosmetics, skincare formulation and the beauty-supply
 * trades, of kinds no earlier round used (independent perfumers, The Drydown, with a room where clients ask for
 * bespoke scents, a for-sale room, a perfumer whose answer is his own vetiver at a price and a perfumer who spends a
 * week with fellow perfumers tracing a recalled lot of bergamot oil she split among them while a bride and a returning
 * hotel client wait; cosmetic safety assessors and regulatory consultants, Safety Dossier, with a room where small
 * brands ask, a jobs board, a new assessor's priced reply to a newcomer's news and a contract filler's DM pitch; a
 * cosmetic raw-materials supplier's own server, Verdant Actives, with its Staff and Customers, a technical chemist
 * away at a trade show who said so, a customer helped on four days who says only thanks and a member of staff who
 * leaves a customer's missing order while posting notices; a fragrance-appreciation club, Sillage Society, where
 * nobody sells, with a newcomer who asks for TikTok follows, a reviewer who scatters one blog post and a collector who
 * talks about herself and improves in the third week; freelance makeup artists for film and weddings, Kit &amp; Call,
 * with a bookings board, a kit-sale room, an artist who broadcasts his availability and a priced reply to someone
 * met two weeks before; independent beauty-shop owners, Counter Talk, with a brand-pitches room, a brand founder who
 * posts to nobody and a distributor's rep; small-batch contract fillers, Batch &amp; Fill, with a brand-briefs room and
 * a filler whose MOQ table is also his price list; freelance cosmetic formulators, The Formulators' Bench, with a
 * brief board, a new formulator who talks her help through and a formulator who asks for award votes), over three ISO
 * weeks (2034-W17 to W19), written and labelled by writer141 (session 64) before any coach ran on them. The labels are
 * in {@code bot/src/test/resources/eval/held-out-scenes-141.csv}. Run {@link #main} from the project root to write
 * the export again.
 */
final class HeldOutScenes141Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 4, 24);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 5, 15, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-141";
    private static final int BASE = 110800;

    // --- A. independent perfumers ---
    private final String drydown = cast.guild(1691);
    private final Channel dyLab = cast.channel(drydown, "The Drydown", "perfumers-lab",
            "perfumers among ourselves: materials, IFRA, suppliers, the trade", "dy-perfumers-lab.json");
    private final Channel dyBriefs = cast.channel(drydown, "The Drydown", "bespoke-briefs",
            "clients ask for bespoke and custom scents, workshops and gifts; perfumers reply", "dy-bespoke-briefs.json");
    private final Channel dySale = cast.channel(drydown, "The Drydown", "for-sale",
            "materials, bottles and kit for sale", "dy-for-sale.json");
    private final Persona odile = cast.person("odile.ferrand", "Odile Ferrand");
    private final Persona marcus = cast.person("marcus.lindgren", "Marcus Lindgren");
    private final Persona priya = cast.person("priya.ramaswamy", "Priya Ramaswamy");
    private final Persona tobias = cast.person("tobias.wren", "Tobias Wren");
    private final Persona henrietta = cast.person("henrietta.gale", "Henrietta Gale");
    private final Persona rafael = cast.person("rafael.okonjo", "Rafael Okonjo");
    private final Persona juno = cast.person("juno.whitcombe", "Juno Whitcombe");
    private final Persona casimir = cast.person("casimir.holt", "Casimir Holt");
    private final Channel dyDm = cast.dm(rafael, "dy-dm-rafael-okonjo.json");

    // --- B. cosmetic safety assessors and regulatory consultants ---
    private final String dossier = cast.guild(1692);
    private final Channel sdRoom = cast.channel(dossier, "Safety Dossier", "assessors-room",
            "safety assessors and regulatory consultants among ourselves", "sd-assessors-room.json");
    private final Channel sdAsk = cast.channel(dossier, "Safety Dossier", "brand-questions",
            "brands ask about safety reports, PIFs, labels and claims; assessors reply", "sd-brand-questions.json");
    private final Channel sdJobs = cast.channel(dossier, "Safety Dossier", "jobs-board",
            "brands post assessments wanted; assessors and suppliers offer their services", "sd-jobs-board.json");
    private final Persona ingrid = cast.person("ingrid.halvorsen", "Ingrid Halvorsen");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona margarethe = cast.person("margarethe.kolb", "Margarethe Kolb");
    private final Persona niamh = cast.person("niamh.carrow", "Niamh Carrow");
    private final Persona dario = cast.person("dario.benedetti", "Dario Benedetti");
    private final Persona saoirse = cast.person("saoirse.lennon", "Saoirse Lennon");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona clementine = cast.person("clementine.aske", "Clementine Aske");
    private final Channel sdDm = cast.dm(clementine, "sd-dm-clementine-aske.json");

    // --- C. a cosmetic raw-materials supplier's own server ---
    private final String verdant = cast.guild(1693);
    private final Role vaStaff = cast.role("Staff", "#2e7d32", 2);
    private final Role vaCustomer = cast.role("Customer", "#78909c", 1);
    private final Channel vaNews = cast.channel(verdant, "Verdant Actives", "announcements",
            "new stock, dispatch times and shop news", "va-announcements.json");
    private final Channel vaAsk = cast.channel(verdant, "Verdant Actives", "ask-verdant",
            "customers: orders, ingredients and specs; one of the staff will reply", "va-ask-verdant.json");
    private final Channel vaChat = cast.channel(verdant, "Verdant Actives", "formulation-chat",
            "customers talk formulas among themselves", "va-formulation-chat.json");
    private final Persona petra = cast.person("petra.novak", "Petra Novak", vaStaff);
    private final Persona lionel = cast.person("lionel.achebe", "Lionel Achebe", vaStaff);
    private final Persona ffion = cast.person("ffion.harcourt", "Ffion Harcourt", vaStaff);
    private final Persona bettina = cast.person("bettina.sorlie", "Bettina Sorlie", vaCustomer);
    private final Persona ravi = cast.person("ravi.chandrasekhar", "Ravi Chandrasekhar", vaCustomer);
    private final Persona mireille = cast.person("mireille.dufresne", "Mireille Dufresne", vaCustomer);
    private final Persona gustav = cast.person("gustav.ekholm", "Gustav Ekholm", vaCustomer);
    private final Persona tamsin = cast.person("tamsin.ogilvy", "Tamsin Ogilvy", vaCustomer);
    private final Persona annika = cast.person("annika.borg", "Annika Borg");

    // --- D. a fragrance-appreciation club ---
    private final String sillage = cast.guild(1694);
    private final Channel ssGeneral = cast.channel(sillage, "Sillage Society", "general",
            "chat about perfume; nobody sells here, no decant sales", "ss-general.json");
    private final Channel ssSotd = cast.channel(sillage, "Sillage Society", "scent-of-the-day",
            "what you're wearing today", "ss-scent-of-the-day.json");
    private final Channel ssReviews = cast.channel(sillage, "Sillage Society", "reviews",
            "longer reviews and comparisons", "ss-reviews.json");
    private final Persona cosima = cast.person("cosima.treadwell", "Cosima Treadwell");
    private final Persona augustin = cast.person("augustin.pell", "Augustin Pell");
    private final Persona noor = cast.person("noor.haddad", "Noor Haddad");
    private final Persona leopold = cast.person("leopold.vance", "Leopold Vance");
    private final Persona beatriz = cast.person("beatriz.montalvo", "Beatriz Montalvo");
    private final Persona hollis = cast.person("hollis.ferncastle", "Hollis Ferncastle");
    private final Persona sable = cast.person("sable.quinlan", "Sable Quinlan");

    // --- E. freelance makeup artists for film and weddings ---
    private final String kitCall = cast.guild(1695);
    private final Channel kcCrew = cast.channel(kitCall, "Kit & Call", "crew-room",
            "makeup artists among ourselves: kit, rates, sets, the trade", "kc-crew-room.json");
    private final Channel kcBook = cast.channel(kitCall, "Kit & Call", "bookings-board",
            "brides, productions and photographers post dates; artists reply", "kc-bookings-board.json");
    private final Channel kcKit = cast.channel(kitCall, "Kit & Call", "kit-sale",
            "kit, brushes and cases for sale", "kc-kit-sale.json");
    private final Persona rosalie = cast.person("rosalie.fontaine", "Rosalie Fontaine");
    private final Persona jasper = cast.person("jasper.okwu", "Jasper Okwu");
    private final Persona esme = cast.person("esme.varley", "Esme Varley");
    private final Persona luka = cast.person("luka.petrovic", "Luka Petrovic");
    private final Persona harriet = cast.person("harriet.moss", "Harriet Moss");
    private final Persona celeste = cast.person("celeste.abara", "Celeste Abara");
    private final Persona finnian = cast.person("finnian.doyle", "Finnian Doyle");

    // --- F. independent beauty-shop owners ---
    private final String counter = cast.guild(1696);
    private final Channel ctFloor = cast.channel(counter, "Counter Talk", "shop-floor",
            "independent beauty and apothecary shop owners among ourselves", "ct-shop-floor.json");
    private final Channel ctPitches = cast.channel(counter, "Counter Talk", "brand-pitches",
            "brands introduce their lines to stockists; shop owners reply", "ct-brand-pitches.json");
    private final Persona ottoline = cast.person("ottoline.marsh", "Ottoline Marsh");
    private final Persona benedikt = cast.person("benedikt.faure", "Benedikt Faure");
    private final Persona zainab = cast.person("zainab.qadir", "Zainab Qadir");
    private final Persona lorcan = cast.person("lorcan.tierney", "Lorcan Tierney");
    private final Persona amara = cast.person("amara.nwosu", "Amara Nwosu");
    private final Persona fenella = cast.person("fenella.crisp", "Fenella Crisp");
    private final Persona sebastian = cast.person("sebastian.hale", "Sebastian Hale");

    // --- G. small-batch contract fillers ---
    private final String batchFill = cast.guild(1697);
    private final Channel bfFloor = cast.channel(batchFill, "Batch & Fill", "filling-floor",
            "contract fillers and manufacturers among ourselves", "bf-filling-floor.json");
    private final Channel bfBriefs = cast.channel(batchFill, "Batch & Fill", "brand-briefs",
            "brands post runs to fill or make; fillers reply", "bf-brand-briefs.json");
    private final Channel bfKit = cast.channel(batchFill, "Batch & Fill", "kit-for-sale",
            "fillers, cappers and tanks for sale", "bf-kit-for-sale.json");
    private final Persona hendrik = cast.person("hendrik.vos", "Hendrik Vos");
    private final Persona marisol = cast.person("marisol.quintero", "Marisol Quintero");
    private final Persona anwen = cast.person("anwen.pritchard", "Anwen Pritchard");
    private final Persona theo = cast.person("theo.castellane", "Theo Castellane");
    private final Persona ines = cast.person("ines.albarran", "Ines Albarran");
    private final Persona petronella = cast.person("petronella.lusk", "Petronella Lusk");

    // --- H. freelance cosmetic formulators ---
    private final String bench = cast.guild(1698);
    private final Channel fbFormulary = cast.channel(bench, "The Formulators' Bench", "formulary",
            "formulators among ourselves: chemistry, suppliers, rates", "fb-formulary.json");
    private final Channel fbBriefs = cast.channel(bench, "The Formulators' Bench", "brief-board",
            "brands post formulation briefs; formulators reply", "fb-brief-board.json");
    private final Channel fbIntro = cast.channel(bench, "The Formulators' Bench", "introductions",
            "introduce yourself", "fb-introductions.json");
    private final Persona cassius = cast.person("cassius.rendell", "Cassius Rendell");
    private final Persona leontyne = cast.person("leontyne.marr", "Leontyne Marr");
    private final Persona uma = cast.person("uma.bhattacharya", "Uma Bhattacharya");
    private final Persona greer = cast.person("greer.lachlan", "Greer Lachlan");
    private final Persona wilhelmina = cast.person("wilhelmina.oduya", "Wilhelmina Oduya");
    private final Persona bastian = cast.person("bastian.kroll", "Bastian Kroll");
    private final Persona eulalia = cast.person("eulalia.brennan", "Eulalia Brennan");

    HeldOutScenes141Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        drydown();
        safetyDossier();
        verdantActives();
        sillageSociety();
        kitAndCall();
        counterTalk();
        batchAndFill();
        formulatorsBench();
    }

    /**
     * A. The Drydown: Tobias answers Juno's request for a vetiver with his own at a price (day 2) and posts its launch
     * to the lab (day 4). Odile, who split a recalled bergamot drum among Priya, Marcus and Tobias, spends days 8-13
     * tracing the lot with them while Henrietta (day 8, chased day 11) and Rafael's DM (day 9) wait; she answers on
     * day 15 with apologies.
     */
    private void drydown() {
        Post ma1 = say(1, "09:10", dyLab, marcus, "Anyone else finding the new orris butter lot much greener than "
                + "last year's?");
        Post odMa = re(1, "09:40", odile, ma1, "Yes, mine too. Let it rest a fortnight in the bottle, it rounds out.");
        re(1, "10:05", marcus, odMa, "Good to know, thanks Odile. I'll hold off reformulating.");
        Post ju1 = say(2, "11:00", dyBriefs, juno, "Can anyone recommend an indie perfume built around vetiver? It's "
                + "for my dad's 70th, he wears nothing but old vetiver colognes.");
        Post toJu = re(2, "11:30", tobias, ju1, "Mine is vetiver-led, Wren Vetiver Root, £68 for 50ml: "
                + "tobiaswren.example/vetiver-root. If you'd rather not buy from me, Maison Lisle's Terre Seche is "
                + "lovely too.");
        Post juTo = re(2, "12:00", juno, toJu, "Oh that sounds like him. Is it sharp or smoky?");
        Post toJu2 = re(2, "12:20", tobias, juTo, "Smoky-dry, with grapefruit on top. Happy to send you a sample vial "
                + "first if you want to try it on him.");
        re(2, "12:30", juno, toJu2, "Yes please, that's kind.");
        Post ra1 = say(3, "10:00", dyBriefs, rafael, "@Odile Ferrand the lobby scent you made for the Harbour Hotel "
                + "last year is still the thing guests ask about most. I recommended you to my friend who runs the "
                + "Bellmoor in Whitby, she may be in touch.");
        Post odRa = re(3, "10:40", odile, ra1, "Rafael, that's so kind, thank you! How are the diffusers holding up "
                + "with the sea air?");
        Post raOd = re(3, "11:00", rafael, odRa, "Fine, we top them up monthly. I'll need more refills before summer.");
        re(3, "11:15", odile, raOd, "Just message me when you do, I keep your formula on file.");
        Post pr1 = say(4, "14:00", dyLab, priya, "IFRA 51st amendment: has anyone redone their certificates yet? The "
                + "new citral limits are catching me out.");
        Post toPr = re(4, "14:30", tobias, pr1, "Did mine last week. Most florals were fine, one cologne needed the "
                + "lemon cut by a third.");
        Post prTo = re(4, "14:45", priya, toPr, "That helps. Which software did you use for the calculations?");
        re(4, "15:00", tobias, prTo, "A spreadsheet and a lot of coffee. I'll send you the template.");
        Post to2 = say(4, "16:00", dyLab, tobias, "Wren Vetiver Root is finally out, the one you all smelled at the "
                + "spring meet: tobiaswren.example/vetiver-root");
        re(4, "16:20", marcus, to2, "Congrats Tobias, that drydown was the best thing at the meet.");
        Post ca1 = say(5, "10:00", dyBriefs, casimir, "Does anyone here run one-to-one workshops where you make your "
                + "own perfume? Somewhere near Bristol?");
        Post prCa = re(5, "10:30", priya, ca1, "I do, in my studio in Stroud, about 40 minutes from Bristol. Three "
                + "hours, £120, you leave with 30ml. Dates are on priyaramaswamy.example/workshops");
        re(5, "10:50", casimir, prCa, "Perfect, booking one for June.");
        Post ma2 = say(6, "12:00", dySale, marcus, "Spare 10g of the new orris butter, £45 posted, and 100ml of Iso E "
                + "Super, £12.");
        Post odMa2 = re(6, "12:30", odile, ma2, "I'll take the Iso E if it's still there.");
        re(6, "12:40", marcus, odMa2, "Yours, I'll post it Monday.");
        Post od1 = say(7, "17:00", dyLab, odile, "Heads up: Aldwyn Naturals emailed about a recall on bergamot oil, lot "
                + "BG-2291, bergapten over the limit. I split a kilo drum of that lot among several of you in March.");
        re(7, "17:20", priya, od1, "Oh no. I think mine came from that drum.");
        // W2: Odile with her fellow perfumers only
        joins(8, "08:30", dyBriefs, henrietta);
        Post he1 = say(8, "09:00", dyBriefs, henrietta, "Hello! @Odile Ferrand my sister wore one of your bespoke "
                + "scents at her wedding and I'd love one for mine on 17 June. Is there still time, and what does it "
                + "cost?");
        Post od2 = say(8, "09:30", dyLab, odile, "Right, the bergamot recall. From the March split list: "
                + "@Priya Ramaswamy 100g, @Marcus Lindgren 200g, @Tobias Wren 100g. Can you each check the lot number "
                + "on your bottle?");
        re(8, "10:00", priya, od2, "BG-2291, confirmed.");
        re(8, "10:15", marcus, od2, "Mine's BG-2291 too, 140g left.");
        Post toOd = re(8, "11:00", tobias, od2, "Mine says BG-2288, a different lot. I must have topped up from my own "
                + "stock.");
        re(8, "11:20", odile, toOd, "Lucky you. Can you check your label against your invoice to be sure?");
        Post raDm = say(9, "10:00", dyDm, rafael, "Hi Odile, hope you're well. Could you send me 12 diffuser refills of "
                + "the lobby scent, and would you make a lighter spring version for the breakfast room? Happy to pay "
                + "for a brief.");
        Post od3 = say(9, "11:00", dyLab, odile, "Aldwyn want the unused oil back in its original bottles, or "
                + "destruction with photos. Which suits you, @Marcus Lindgren?");
        re(9, "11:30", marcus, od3, "Photos. I'm not posting oil around again.");
        Post od4 = say(9, "14:00", dyLab, odile, "Next job: which finished perfumes went out with it. Three of mine, 64 "
                + "bottles sold. How many of yours, @Priya Ramaswamy?");
        re(9, "14:30", priya, od4, "One cologne, 20 bottles, all to one shop.");
        Post od5 = say(10, "09:00", dyLab, odile, "@Tobias Wren did your invoice match?");
        re(10, "09:40", tobias, od5, "It did, BG-2288. Good luck with the rest of it.");
        Post od6 = say(10, "12:00", dyLab, odile, "Drafted a letter for the shops and customers who bought affected "
                + "bottles, you're welcome to copy it. It offers them a replacement made with the new lot.");
        re(10, "12:30", priya, od6, "Using it, thank you. Saves me an evening.");
        Post ju2 = say(10, "18:00", dyBriefs, juno, "@Tobias Wren the sample came and Dad loved it. Ordering the 50ml.");
        re(10, "18:30", tobias, ju2, "Wonderful, thank you Juno. I'll gift-wrap it.");
        say(11, "09:00", dyBriefs, henrietta, "@Odile Ferrand just checking you saw my message? Happy to come to the "
                + "studio whenever suits.");
        Post od7 = say(11, "10:00", dyLab, odile, "Aldwyn have offered a credit for all of us on one claim. "
                + "@Marcus Lindgren @Priya Ramaswamy can you send me your photos and I'll put it in today?");
        re(11, "10:30", marcus, od7, "Sent.");
        re(11, "11:00", priya, od7, "Photos are in your inbox.");
        Post pr2 = say(12, "10:00", dyLab, priya, "@Odile Ferrand there's a bride waiting for you in #bespoke-briefs "
                + "since Monday, and wasn't your hotel man after refills?");
        re(12, "10:30", odile, pr2, "I know, and I'm sorry for them. I want this recall closed first, then I'll answer "
                + "them properly.");
        Post ca2 = say(12, "11:00", dyBriefs, casimir, "Could a perfume be made without any of the 26 listed "
                + "allergens? My partner reacts to most of them.");
        re(12, "11:40", priya, ca2, "Mostly, yes: it limits the naturals a lot, but a good musky woody base can be "
                + "allergen-free. Bring your partner to the workshop and we'll test on a strip first.");
        say(12, "15:00", dyLab, odile, "Credit confirmed, £310 across the four of us, off your next Aldwyn orders. "
                + "Thank you all for being so quick.");
        Post ma3 = say(13, "11:00", dyLab, marcus, "Thanks for herding us, Odile. Round of applause.");
        re(13, "11:20", odile, ma3, "Ha, the next recall is yours to run.");
        Post od8 = say(13, "14:00", dyLab, odile, "Last thing: I've added a lot check to my intake sheet. Would any of "
                + "you like a copy?");
        re(13, "14:20", tobias, od8, "Yes please.");
        // W3
        Post odHe = re(15, "09:00", odile, he1, "Henrietta, I'm so sorry for the wait, a supplier recall ate my week. "
                + "Yes, there's time for 17 June: a bespoke scent is three sessions over five weeks, £450 with a 50ml "
                + "bottle. Would Thursday or Saturday suit you for the first?");
        Post heOd = re(15, "09:30", henrietta, odHe, "Saturday please! And no worries at all.");
        re(15, "09:40", odile, heOd, "Saturday at 11 then, I'll send you the address.");
        Post odDm = re(15, "10:00", odile, raDm, "Rafael, apologies for the slow reply, I was dealing with a recall "
                + "all week. Your twelve refills go out Wednesday. For the spring version, a short brief call? I'm free "
                + "Thursday afternoon.");
        re(15, "12:00", rafael, odDm, "No problem at all. Thursday at 3 works.");
        Post to3 = say(19, "11:00", dyLab, tobias, "Amber question: does anyone still use labdanum absolute, or has "
                + "everyone gone to the resinoid?");
        Post odTo = re(19, "11:30", odile, to3, "Absolute, but cut with benzyl benzoate so it pours. The resinoid is flatter to my "
                + "nose. What are you building?");
        re(19, "12:00", tobias, odTo, "A winter amber for the autumn list. Thanks, I'll try it cut.");
    }

    /**
     * B. Safety Dossier: Ingrid quotes Yusuf with her booking page when he asks (day 1); Niamh, new, answers Saoirse's
     * news with a priced "DM me" (day 2); Dario DMs Clementine a filling offer after her post about hand-filling (day
     * 5); Kwame answers Yusuf's question 30 hours late with an apology (days 15-16).
     */
    private void safetyDossier() {
        Post yu1 = say(1, "09:00", sdAsk, yusuf, "We're launching a niacinamide serum in July. Does the safety "
                + "assessor need the finished product's stability data before signing the CPSR, or can it come later?");
        Post inYu = re(1, "09:45", ingrid, yu1, "Before signing: at least accelerated stability and a packaging "
                + "compatibility check. Start the stability now, it's the slow part.");
        Post yuIn = re(1, "10:10", yusuf, inYu, "Thank you, that changes our timeline. Do you take on assessments "
                + "yourself? What would one cost and how do I book?");
        Post inYu2 = re(1, "10:30", ingrid, yuIn, "I do. A serum like yours is £260 for parts A and B; the booking form "
                + "is at ingridhalvorsen.example/book");
        re(1, "10:40", yusuf, inYu2, "Booked for next week.");
        Post da1 = say(1, "12:00", sdRoom, dario, "Morning all. Did the flammable-labelling rule for alcohol sprays "
                + "change with the new CLP update? Our filling line does a lot of room sprays.");
        Post maDa = re(1, "12:40", margarethe, da1, "Room sprays aren't cosmetics, so CLP applies in full: yes, the new "
                + "pictogram sizes apply from next January.");
        re(1, "12:55", dario, maDa, "Thanks Margarethe, I'll warn our customers.");
        joins(2, "13:50", sdAsk, saoirse);
        Post sa1 = say(2, "14:00", sdAsk, saoirse, "Hi all, I've just started making tinted lip balms and sold my first "
                + "40 at a craft market on Saturday! Learning the regulatory side now.");
        Post niSa = re(2, "14:30", niamh, sa1, "Congrats! Have you had a CPSR done yet? I do lip balms from £150, DM me "
                + "and I'll send my slots.");
        re(2, "15:00", saoirse, niSa, "Not yet, I'm still reading up. Thanks.");
        Post kwSa = re(2, "15:20", kwame, sa1, "Welcome Saoirse. Before you sell any more, you need a safety report and "
                + "a Responsible Person even for market stalls. The trade association's small-business guide is a good "
                + "free start.");
        re(2, "15:40", saoirse, kwSa, "Oh, I didn't know that about markets. Thank you Kwame.");
        joins(3, "10:40", sdAsk, clementine);
        Post cl1 = say(3, "11:00", sdAsk, clementine, "Does a body oil with only plant oils and vitamin E need a "
                + "challenge test? My supplier says no because there's no water.");
        Post maCl = re(3, "11:30", margarethe, cl1, "Your supplier's right: anhydrous products usually don't, but the "
                + "assessor has to justify it in the report, so keep the reasoning in your file.");
        re(3, "11:45", clementine, maCl, "Great, thank you.");
        Post kw1 = say(3, "13:00", sdRoom, kwame, "Is anyone else getting PIF requests from Trading Standards in the "
                + "north-west? Three of my clients had letters this week.");
        Post inKw = re(3, "13:30", ingrid, kw1, "Two of mine. They're asking for proof behind 'reduces fine lines' "
                + "claims.");
        re(3, "13:45", margarethe, inKw, "Same here. I've started adding a claims annex to every report by default.");
        Post cl2 = say(4, "16:00", sdAsk, clementine, "Honestly the paperwork is fine, it's the filling. I'm hand-filling "
                + "300 bottles a week with a syringe and my wrists have had it.");
        Post yuCl = re(4, "16:20", yusuf, cl2, "Been there. A cheap peristaltic pump changed my life.");
        re(4, "16:30", clementine, yuCl, "Ooh, I'll look into those.");
        Post ni1 = say(4, "17:00", sdRoom, niamh, "New assessor here, qualified in March. What do you all charge for a "
                + "simple anhydrous balm? I don't want to undercut anyone.");
        Post inNi = re(4, "17:30", ingrid, ni1, "£150 to £200 is usual. Don't go lower, the hours are real.");
        re(4, "17:40", niamh, inNi, "Thanks Ingrid, useful.");
        Post daDm = say(5, "10:00", sdDm, dario, "Hi Clementine, saw your post in Safety Dossier about hand-filling. "
                + "We're a contract filler in Northampton: body oils from 500 units at 24p a bottle, filled and capped. "
                + "Book a call: benedettifill.example/call");
        Post clDa = re(5, "13:00", clementine, daDm, "Thanks, I'm not at 500 yet but I'll keep it in mind.");
        re(5, "13:10", dario, clDa, "No problem. Good luck with the oils.");
        Post yu2 = say(6, "11:00", sdJobs, yusuf, "Wanted: a claims review for a serum label and carton, two weeks' "
                + "turnaround. Quotes welcome.");
        Post maYu = re(6, "11:30", margarethe, yu2, "I can do it, £180 for label and carton. Send me the artwork.");
        re(6, "11:45", yusuf, maYu, "Sending it now.");
        // W2
        Post sa2 = say(8, "10:00", sdAsk, saoirse, "My tinted balm uses a red iron oxide. Do I list it as CI 77491 or "
                + "can I just say 'iron oxides'?");
        Post kwSa2 = re(8, "10:40", kwame, sa2, "CI 77491 on the label, and the assessor will want the supplier's spec "
                + "sheet for heavy metals.");
        re(8, "11:00", saoirse, kwSa2, "Thanks Kwame, found the spec sheet.");
        Post cl3 = say(10, "14:00", sdAsk, clementine, "Can I call my oil 'natural' on the label if the vitamin E in it "
                + "is synthetic?");
        Post maCl2 = re(10, "14:30", margarethe, cl3, "Safest is 'made with natural oils' and the percentage, or switch "
                + "to a natural-origin tocopherol. 'Natural' on its own invites questions.");
        re(10, "14:45", clementine, maCl2, "Switching the vitamin E then. Thanks Margarethe.");
        Post cl4 = say(11, "09:00", sdJobs, clementine, "Wanted: a CPSR for a body oil range, four oils on the same "
                + "base. Quotes please.");
        Post niCl = re(11, "09:30", niamh, cl4, "Happy to quote: £150 for the first and £60 for each variant, so £330. "
                + "I can start next week.");
        re(11, "10:15", ingrid, cl4, "£340 from me, same turnaround.");
        re(12, "09:00", clementine, niCl, "Going with Niamh, thanks both.");
        Post ni2 = say(12, "12:00", sdRoom, niamh, "First proper range booked, thanks for the pricing advice last week.");
        re(12, "12:30", ingrid, ni2, "Well done.");
        Post da2 = say(13, "10:00", sdRoom, dario, "Can anyone recommend a lab for preservative efficacy tests with a "
                + "quick turnaround? A customer's waiting on one.");
        Post kwDa = re(13, "10:30", kwame, da2, "Cosmolab in Leeds, three weeks.");
        re(13, "10:45", dario, kwDa, "Thanks Kwame.");
        // W3
        Post yu3 = say(15, "09:00", sdAsk, yusuf, "@Kwame Asante quick one: our carton has the PAO symbol but no batch "
                + "code yet. Is a sticker on the bottle enough?");
        Post kwYu = re(16, "15:00", kwame, yu3, "Sorry Yusuf, I was on a site audit with no signal. A sticker is fine if "
                + "it's durable and on the container itself, not just the carton.");
        re(16, "15:20", yusuf, kwYu, "No problem, thanks Kwame.");
        Post ma1 = say(17, "10:00", sdRoom, margarethe, "The consultation on the new allergen labelling closes 30 June. "
                + "I'm drafting a response from us assessors, happy for anyone to add to it.");
        re(17, "10:30", ingrid, ma1, "Count me in.");
        re(17, "11:00", kwame, ma1, "Me too, I'll send you my notes on the 80-allergen list.");
        say(18, "09:00", sdJobs, niamh, "Two slots free in June for balms and oils, DM me if you need one.");
        Post cl5 = say(19, "16:00", sdAsk, clementine, "Niamh's report came through, all four oils signed off! Thank you "
                + "everyone for the help these weeks.");
        re(19, "16:30", niamh, cl5, "It was lovely to work on, good luck with the launch.");
    }

    /**
     * C. Verdant Actives: Petra posts new stock with the same link on days 1 and 4; Lionel says on day 6 he will be at
     * a trade show days 8-11, Petra answers Gustav's question to him on day 9 and he follows up on day 12. Ravi is
     * helped on days 8, 9, 11 and 13 and says only thanks, leaving Bettina's questions (days 11, 12) until day 15, then
     * helps Annika. Tamsin asks Ffion about a missing item on day 15 and chases on day 17 while Ffion posts notices;
     * Petra answers on day 18, Ffion on day 19.
     */
    private void verdantActives() {
        say(1, "09:00", vaNews, petra, "New in: bakuchiol, olive squalane and a COSMOS-certified emulsifying wax, all "
                + "in 50g and 250g packs. verdantactives.example/new");
        Post gu1 = say(1, "10:00", vaAsk, gustav, "Is your sodium benzoate cosmetic grade? I need the CoA for my "
                + "assessor.");
        Post liGu = re(1, "10:30", lionel, gu1, "Cosmetic grade, and the CoA is on the product page under Documents. "
                + "I can email it if that's easier.");
        re(1, "10:45", gustav, liGu, "Found it, thanks Lionel.");
        Post ta1 = say(3, "09:00", vaAsk, tamsin, "@Ffion Harcourt order 4471 says dispatched but the tracking hasn't "
                + "moved since Friday?");
        Post ffTa = re(3, "10:00", ffion, ta1, "Sorry Tamsin, the courier missed our collection. It went out this "
                + "morning, new tracking is in your email.");
        re(3, "10:10", tamsin, ffTa, "Got it, thanks Ffion.");
        Post ra1 = say(3, "20:00", vaChat, ravi, "Hi all, first go at an emulsion. Mine split overnight: 5% emulsifying "
                + "wax, 20% oil. What did I do wrong?");
        Post beRa = re(3, "20:30", bettina, ra1, "Probably temperature: both phases need to be at 70-75°C when you "
                + "combine them. How hot were yours?");
        re(3, "20:45", ravi, beRa, "I didn't measure. I'll try again with a thermometer.");
        say(4, "09:00", vaNews, petra, "Reminder: the bakuchiol launch price ends Sunday. verdantactives.example/new");
        Post mi1 = say(5, "11:00", vaAsk, mireille, "Do you sell the emulsifying wax in 1kg? I'm scaling up.");
        Post peMi = re(5, "11:30", petra, mi1, "Not yet, 1kg packs come in June. Meanwhile I can do you 4 x 250g at the "
                + "1kg price.");
        re(5, "11:40", mireille, peMi, "Deal, ordering now.");
        say(6, "16:00", vaNews, lionel, "I'll be at in-cosmetics in Amsterdam from Monday 1 to Thursday 4 May. Petra is "
                + "covering technical questions while I'm away; anything else I'll pick up on Friday.");
        say(7, "10:00", vaNews, ffion, "Bank holiday Monday 1 May: orders placed after Friday noon go out on Tuesday.");
        Post gu2 = say(7, "15:00", vaChat, gustav, "My first preserved toner passed its challenge test! pH 5.2.");
        gu2.react("🎉", mireille, bettina);
        re(7, "15:30", mireille, gu2, "Congrats, that's a milestone.");
        // W2
        Post ra2 = say(8, "19:00", vaChat, ravi, "Emulsion round 2: temperatures right this time, but now it's grainy "
                + "after a day.");
        Post beRa2 = re(8, "19:30", bettina, ra2, "Grainy usually means the butter crystallised. Heat the oil phase to "
                + "75°C and hold it 20 minutes before mixing.");
        re(8, "19:40", ravi, beRa2, "thanks!");
        Post gu3 = say(9, "10:00", vaAsk, gustav, "@Lionel Achebe what pH range does your benzoate-sorbate blend work "
                + "in? My toner drifted up to 5.8.");
        Post peGu = re(9, "10:40", petra, gu3, "Lionel's away this week, so it's me: it's effective up to about pH 5.5, "
                + "so bring yours down with a little citric acid.");
        re(9, "10:50", gustav, peGu, "Thanks Petra, I'll adjust it.");
        Post ra3 = say(9, "20:00", vaChat, ravi, "Does anyone know a thickener for a gel that doesn't go stringy?");
        Post guRa = re(9, "20:20", gustav, ra3, "Sclerotium gum at 1%. Not stringy at all.");
        re(9, "20:30", ravi, guRa, "thanks");
        joins(10, "12:00", vaChat, annika);
        Post an1 = say(10, "12:10", vaChat, annika, "Hello! Just bought my first kit from here. Can I use glycerin and "
                + "aloe together in a toner?");
        Post miAn = re(10, "12:40", mireille, an1, "Yes, that's a classic. Keep the glycerin under 5% or it's sticky.");
        re(10, "12:50", annika, miAn, "Thank you!");
        Post ra4 = say(11, "19:00", vaChat, ravi, "Grainy fixed! Next problem: my cream smells a bit off after a week. "
                + "Preservative issue?");
        re(11, "19:30", bettina, ra4, "Almost certainly. Which preservative did you use, and at what %? And what's the "
                + "pH?");
        Post mi2 = say(12, "09:00", vaAsk, mireille, "Is the bakuchiol oil-soluble?");
        Post liMi = re(12, "09:30", lionel, mi2, "Oil-soluble, yes: add it to the oil phase below 40°C. Back from the "
                + "show and catching up.");
        re(12, "09:40", mireille, liMi, "Perfect, thanks.");
        Post liGu2 = re(12, "09:50", lionel, gu3, "Catching up on this one too: Petra's right, and if you ever need to "
                + "go above 5.5 I'd switch you to the glyceryl caprylate blend.");
        re(12, "10:10", gustav, liGu2, "Good to know, thanks Lionel.");
        say(12, "18:00", vaChat, bettina, "@Ravi Chandrasekhar did you sort the smell? Curious which preservative you "
                + "used, I'm choosing one for a cream myself.");
        Post ra5 = say(13, "20:00", vaChat, ravi, "Last one, promise: how long should I wait before testing a cream on "
                + "my skin?");
        Post beRa3 = re(13, "20:20", bettina, ra5, "At least a day after making it, then a patch test on the inner arm "
                + "for 48 hours.");
        re(13, "20:30", ravi, beRa3, "thanks!");
        // W3
        Post ta2 = say(15, "10:00", vaAsk, tamsin, "@Ffion Harcourt my hyaluronic acid order (4530) arrived without "
                + "the powder, just the ready-made gel. Could you send the powder?");
        say(15, "14:00", vaNews, ffion, "Dispatch this week: same-day for orders placed before 1pm.");
        Post raBe = say(15, "19:00", vaChat, ravi, "@Bettina Sorlie sorry, I never answered you! It was 0.6% of the "
                + "phenoxyethanol blend and the pH was 6.8.");
        Post beRa4 = re(15, "19:20", bettina, raBe, "Then the 0.6% was probably too low for a cream, the blend wants "
                + "1%. Thanks for telling me, I'll start at 1% too.");
        re(15, "19:30", ravi, beRa4, "Trying 1% this weekend, I'll report back.");
        say(16, "11:00", vaNews, ffion, "Olive squalane 250g is back in stock.");
        Post an2 = say(16, "18:00", vaChat, annika, "My toner has gone cloudy after a week, is that bad?");
        Post raAn = re(16, "18:20", ravi, an2, "Usually the aloe: the 10x concentrate stays clearer than the juice. I "
                + "had the same in my first month.");
        re(16, "18:30", annika, raAn, "Swapping it, thanks Ravi!");
        Post ta3 = say(17, "09:00", vaAsk, tamsin, "@Ffion Harcourt hello? Still no powder, and I'm meant to make a "
                + "batch for a market on Saturday.");
        say(17, "12:00", vaNews, ffion, "We're closed for stocktake on Friday; orders placed then go out Monday.");
        Post peTa = re(18, "10:00", petra, ta3, "Tamsin, I'm so sorry, that slipped past us. Sending the powder first "
                + "class today with a free 50g squalane.");
        re(18, "10:20", tamsin, peTa, "Thank you Petra, that's a relief.");
        re(19, "09:00", ffion, ta2, "Apologies Tamsin, I missed your message in the stocktake rush. Glad Petra sorted "
                + "it.");
    }

    /**
     * D. Sillage Society (nobody sells): Sable joins on day 2 and within ten minutes asks three rooms to follow and
     * like her TikTok, then joins in from W2. Noor posts one blog review into three rooms within four minutes (day 8).
     * Beatriz talks about her own collection in W1 and W2 and asks the others about theirs in W3. Augustin and Hollis
     * answer Leopold without reply links (day 3).
     */
    private void sillageSociety() {
        Post co1 = say(1, "09:00", ssSotd, cosima, "SOTD: Iris Poudre on a grey Monday. What's everyone wearing?");
        re(1, "09:20", augustin, co1, "Vetiver Extraordinaire, as every Monday.");
        re(1, "09:40", hollis, co1, "Something cheap and cheerful: Eau de Cologne Imperiale.");
        Post bea1 = say(1, "19:00", ssGeneral, beatriz, "My collection passed 140 bottles this weekend. I spent all day "
                + "reorganising my shelves by family: my chypres on the top shelf, my ambers in my cabinet. My favourite "
                + "is still my vintage Mitsouko, which I found at a flea market in Lisbon when I was twenty. My husband "
                + "says I have a problem!");
        Post leBe = re(1, "19:20", leopold, bea1, "Ha, 140 is a library. How do you keep them out of the light?");
        re(1, "19:40", beatriz, leBe, "My cabinet has solid doors, and I keep my most precious ones in my wine fridge. "
                + "I bought that fridge for my vintages only. My rule is that I never decant my vintages; I only wear "
                + "them on my birthday and my anniversary.");
        joins(2, "10:00", ssGeneral, sable);
        say(2, "10:05", ssGeneral, sable, "Hi!! I review perfumes on TikTok, please follow me and like my latest "
                + "video, it'd mean the world: tiktok.example/@sablesniffs/video/8812");
        say(2, "10:08", ssSotd, sable, "Follow me on TikTok for daily SOTDs! tiktok.example/@sablesniffs");
        say(2, "10:12", ssReviews, sable, "New review video up, please like and share: "
                + "tiktok.example/@sablesniffs/video/8812");
        Post coSa = say(2, "11:00", ssGeneral, cosima, "Welcome @Sable Quinlan! We're a chat-first club here, tell us "
                + "what you're wearing today?");
        re(2, "11:30", sable, coSa, "Oh sorry! Baccarat Rouge today.");
        say(2, "19:00", ssSotd, beatriz, "SOTD: my vintage Shalimar extrait. I bought my first Shalimar at sixteen and "
                + "I've owned every version since. My mother wore it too, so for me it's my childhood in a bottle.");
        Post no1 = say(3, "18:00", ssReviews, noor, "Terre d'Hermes against the new Parfum, side by side for a week. "
                + "The Parfum is softer and woodier, the original still wins on the flint. Full write-up: "
                + "noorhaddad.example/terre");
        re(3, "18:30", augustin, no1, "Agree on the Parfum, the flint is tamer.");
        Post le1 = say(3, "20:00", ssGeneral, leopold, "Question for the chypre people: is modern Mitsouko worth it, or "
                + "should I hunt vintage?");
        say(3, "20:15", ssGeneral, augustin, "Modern is fine, just lighter on the oakmoss. Try a sample first.");
        say(3, "20:25", ssGeneral, hollis, "Agree with Augustin, and the EDP lasts better than the EDT now.");
        re(3, "20:40", leopold, le1, "Samples it is, thanks both.");
        Post bea2 = say(4, "18:00", ssGeneral, beatriz, "I smelled the new Guerlain today and I didn't like it. I think "
                + "my nose is spoiled by my vintages. My collection is really my diary; I can tell where I was for "
                + "every bottle I own.");
        Post coBe = re(4, "18:20", cosima, bea2, "That's a lovely way to put it. Which bottle holds the oldest memory?");
        re(4, "18:40", beatriz, coBe, "My Mitsouko, I told the story on Monday! I'll post my shelves tonight so you can "
                + "see my whole collection. My husband built them for me.");
        Post co2 = say(6, "10:00", ssGeneral, cosima, "Swap-and-sniff picnic in Regent's Park on Saturday 6 May! "
                + "Bring samples to share, no selling. Who's in?");
        re(6, "10:20", hollis, co2, "In!");
        re(6, "10:40", noor, co2, "Yes!");
        // W2
        say(8, "20:00", ssReviews, noor, "New review up: Ambre Sultan revisited, fifteen years on. "
                + "noorhaddad.example/ambre-sultan");
        say(8, "20:02", ssGeneral, noor, "Wrote about Ambre Sultan for the blog tonight: "
                + "noorhaddad.example/ambre-sultan");
        Post no3 = say(8, "20:04", ssSotd, noor, "SOTD Ambre Sultan, obviously. Review here: "
                + "noorhaddad.example/ambre-sultan");
        re(8, "20:30", augustin, no3, "Great piece. The bit about the oregano is spot on.");
        Post sa1 = say(9, "12:00", ssGeneral, sable, "Question: what's a good first chypre for someone who loves "
                + "Baccarat Rouge?");
        Post leSa = re(9, "12:30", leopold, sa1, "Try Chypre Palatin, it's softer than the classics.");
        re(9, "12:45", sable, leSa, "Ooh, thank you, adding it to my sample list!");
        say(9, "19:00", ssSotd, beatriz, "SOTD: my vintage Vol de Nuit. I wore it for my daughter's graduation and I "
                + "always wear it when I want to feel brave. It's one of my three desert-island bottles, with my "
                + "Mitsouko and my Shalimar.");
        Post bea3 = say(10, "18:00", ssGeneral, beatriz, "I've been thinking about my collection a lot. What do you all "
                + "do with bottles you've fallen out of love with?");
        Post hoBe = re(10, "18:20", hollis, bea3, "I give them away at the picnic!");
        re(10, "18:40", beatriz, hoBe, "That's a kind idea. I have twelve I never wear, I'll bring my spares. My husband "
                + "will be thrilled to get a shelf back.");
        Post bea4 = say(11, "19:00", ssGeneral, beatriz, "I finally photographed my shelves, my whole collection in one "
                + "picture. My favourite is my vintage shelf, which took me twenty years. I think my next project is "
                + "my travel case.");
        re(11, "19:20", leopold, bea4, "Stunning shelves.");
        Post le2 = say(12, "17:00", ssGeneral, leopold, "Picnic tomorrow, forecast says dry!");
        re(12, "17:20", cosima, le2, "Bring a blanket, the grass will be damp.");
        Post co3 = say(13, "20:00", ssGeneral, cosima, "Thanks all for today's picnic: 14 of us and about 200 samples "
                + "swapped.");
        re(13, "20:10", noor, co3, "Best one yet.");
        re(13, "20:20", beatriz, co3, "Loved it. @Hollis Ferncastle your Cologne Imperiale tip was perfect for the "
                + "heat.");
        // W3
        Post bea5 = say(15, "18:00", ssGeneral, beatriz, "@Leopold Vance how did your modern Mitsouko sample go? Did "
                + "you end up liking it?");
        Post leBe2 = re(15, "18:30", leopold, bea5, "Loved it, bought a bottle!");
        Post beLe = re(15, "18:45", beatriz, leBe2, "Wonderful! How do you find the drydown compared with the vintage "
                + "you smelled at the picnic?");
        re(15, "19:00", leopold, beLe, "Warmer, less moss. Thanks for letting me sniff yours.");
        Post bea6 = say(16, "20:00", ssReviews, beatriz, "@Noor Haddad I read your Ambre Sultan piece. What do you "
                + "make of the reformulation rumours?");
        re(16, "20:30", noor, bea6, "I think they've cut the labdanum a little, but it's still the best amber under "
                + "£100.");
        Post sa2 = say(17, "09:00", ssSotd, sable, "SOTD: Chypre Palatin, thanks to @Leopold Vance! You were right.");
        re(17, "09:20", leopold, sa2, "Glad it worked!");
        re(17, "09:40", beatriz, sa2, "Good choice. Are you getting the plum or more the leather?");
        say(17, "10:00", ssSotd, sable, "Plum first, leather after lunch.");
        say(19, "18:00", ssReviews, noor, "Chypre Palatin, after Sable's SOTD made me wear it again: "
                + "noorhaddad.example/chypre-palatin");
        Post co4 = say(20, "08:00", ssSotd, cosima, "SOTD: Apres l'Ondee in the rain.");
        Post beCo = re(20, "08:30", beatriz, co4, "Perfect choice. How do you find the longevity these days?");
        re(20, "08:45", cosima, beCo, "An hour, but a lovely hour.");
    }

    /**
     * E. Kit &amp; Call: Rosalie takes Harriet's crowd days and Finnian's video (W1); Esme helps Finnian with a tip
     * (day 2). In W2 Jasper posts his availability to nobody eleven times, his portfolio link three times; Luka, new,
     * answers Celeste's request with a price. On day 16 Esme answers Finnian's thanks to Rosalie with her SFX day rate.
     */
    private void kitAndCall() {
        Post ha1 = say(1, "10:00", kcBook, harriet, "Period drama 'The Lantern Years', shooting in Bath 22 May to 9 "
                + "June: we need a second makeup artist for crowd days, £300 a day. Anyone?");
        Post roHa = re(1, "10:30", rosalie, ha1, "Harriet, I'd love to. I did the crowd on your Georgian pilot last "
                + "year, so I know your team. Free on all dates except 2 June.");
        re(1, "11:00", harriet, roHa, "Brilliant, Rosalie, pencilling you in. Call sheet to follow.");
        Post fi1 = say(1, "14:00", kcBook, finnian, "Music video in Manchester on Thursday 4 May: looking for a makeup artist "
                + "who can do glitter and a bit of SFX blood. Budget £350.");
        Post roFi = re(1, "14:30", rosalie, fi1, "I'm free on the 4th and glitter is my happy place. Is the blood on "
                + "skin or on clothes?");
        Post fiRo = re(1, "15:00", finnian, roFi, "Both, sadly. It's a prom that goes wrong.");
        say(2, "09:00", kcBook, esme, "@Finnian Doyle a tip for the blood: ask wardrobe for doubles, the "
                + "glycerin-based stuff never fully washes out of satin.");
        Post fiEs = say(2, "09:20", kcBook, finnian, "Good shout, thanks Esme, I'll warn wardrobe.");
        re(2, "09:30", esme, fiEs, "Any time. Good luck with the shoot.");
        Post fiRo2 = re(2, "10:00", finnian, fiRo, "Rosalie, you're booked at £350. Treatment and call sheet coming "
                + "over today.");
        re(2, "10:15", rosalie, fiRo2, "Lovely, thank you Finnian.");
        Post es1 = say(3, "12:00", kcCrew, esme, "Anyone else find the new Kryolan blood stains silicone brushes?");
        Post jaEs = re(3, "12:30", jasper, es1, "Yes, wash them with an oil cleanser first, then soap.");
        re(3, "12:40", esme, jaEs, "Thanks Jasper, that worked.");
        Post ro1 = say(5, "10:00", kcCrew, rosalie, "Rate check: what's everyone charging for bridal trials this year?");
        re(5, "10:30", jasper, ro1, "£90 for a trial, taken off the day rate if they book.");
        Post esRo = re(5, "10:45", esme, ro1, "£80, same deal.");
        re(5, "11:00", rosalie, esRo, "Thanks both, I'm underpriced.");
        Post ja1 = say(6, "13:00", kcCrew, jasper, "Has anyone done a wedding at Prior Park? Wondering about the light "
                + "in the bridal room.");
        Post roJa = re(6, "13:30", rosalie, ja1, "North-facing, bring a daylight ring.");
        re(6, "13:40", jasper, roJa, "Perfect, thanks Rosalie.");
        // W2: Jasper broadcasts
        joins(8, "08:00", kcBook, luka);
        say(8, "09:00", kcBook, jasper, "Availability update: free for weddings on 13, 20 and 27 May. Portfolio: "
                + "jasperokwu.example/portfolio");
        say(8, "13:00", kcCrew, jasper, "Bridal lookbook shoot done today, very happy with how it came out.");
        say(8, "18:00", kcBook, jasper, "Still got 13 May open for a wedding, Bath or Bristol.");
        joins(9, "09:50", kcBook, celeste);
        Post ce1 = say(9, "10:00", kcBook, celeste, "Hi! Looking for a makeup artist for my wedding on 3 June in Bath: "
                + "me and three bridesmaids, natural look, budget around £400. Who's free?");
        Post luCe = re(9, "10:30", luka, ce1, "Hi Celeste, I'm free on 3 June. I've just moved to Bath from Belgrade, "
                + "six years in bridal. For you and three bridesmaids it would be £380, trial £80. Portfolio: "
                + "lukapetrovic.example");
        Post ceLu = re(9, "11:00", celeste, luCe, "Lovely work! Can I book a trial?");
        Post luCe2 = re(9, "11:15", luka, ceLu, "Of course. How about Saturday 20 May?");
        re(9, "11:30", celeste, luCe2, "Perfect, see you then.");
        say(9, "12:00", kcBook, jasper, "Bridal parties of up to six, trials included. Portfolio: "
                + "jasperokwu.example/portfolio");
        say(10, "09:00", kcCrew, jasper, "New set of Hakuhodo brushes arrived today. Worth every penny.");
        Post es3 = say(10, "11:00", kcCrew, esme, "Doing a zombie short next week. Who has a good bald cap supplier?");
        Post roEs2 = re(10, "11:30", rosalie, es3, "Mouldlife, and get the pre-coloured ones.");
        re(10, "11:40", esme, roEs2, "Ordered, thanks Rosalie.");
        say(10, "17:00", kcBook, jasper, "New in the kit: airbrush foundation for long days, brides love it.");
        Post ja2 = say(11, "09:00", kcCrew, jasper, "Anyone know a good lash glue that isn't latex?");
        Post roJa2 = re(11, "09:30", rosalie, ja2, "DUO clear latex-free.");
        re(11, "09:40", jasper, roJa2, "thanks");
        say(11, "19:00", kcBook, jasper, "13 May is gone! Still free on 20 and 27. jasperokwu.example/portfolio");
        Post ha2 = say(12, "10:00", kcBook, harriet, "@Rosalie Fontaine call sheet's in your inbox. Could you bring "
                + "your own hair kit for the crowd?");
        re(12, "10:50", rosalie, ha2, "Yes, I'll bring it. See you in Bath.");
        say(12, "12:00", kcBook, jasper, "Taking bookings for autumn weddings now: Bath, Bristol and the Cotswolds.");
        say(13, "10:00", kcCrew, jasper, "Ten weddings booked for the summer so far, busy one.");
        say(13, "18:00", kcBook, jasper, "Last call for 20 May, message me.");
        // W3
        Post ha3 = say(15, "09:00", kcBook, harriet, "We need one more artist for crowd days 5 to 9 June, £300 a day.");
        Post esHa = re(15, "09:30", esme, ha3, "I'm free those dates, I've done crowd on two period films.");
        re(15, "10:00", harriet, esHa, "Booked, welcome aboard Esme.");
        Post fi2 = say(16, "11:00", kcBook, finnian, "Video's out! Thanks @Rosalie Fontaine for the prom-gone-wrong "
                + "look, the blood held up all night.");
        re(16, "11:30", rosalie, fi2, "So glad, that was a fun night.");
        Post esFi = re(16, "12:00", esme, fi2, "Looks brilliant. If you ever need prosthetics, I do SFX from £350 a "
                + "day, DM me.");
        re(16, "12:30", finnian, esFi, "Ha, noted. We've a horror short in the autumn.");
        Post ja3 = say(17, "10:00", kcCrew, jasper, "@Rosalie Fontaine how did you get the blood to hold all night on "
                + "Finnian's shoot? I've got a Halloween job coming.");
        Post roJa3 = re(17, "10:30", rosalie, ja3, "Sealer under it, setting spray between layers, and blot, never "
                + "wipe.");
        re(17, "10:40", jasper, roJa3, "Thank you, that's gold.");
        Post ce2 = say(18, "14:00", kcBook, celeste, "@Luka Petrovic could you also do my mum on the day? She loved "
                + "the trial photos.");
        Post luCe3 = re(18, "14:30", luka, ce2, "Happily, that's £60 more.");
        re(18, "14:40", celeste, luCe3, "Great, add her in!");
    }

    /**
     * F. Counter Talk: Fenella posts her brand's news to nobody in #brand-pitches, twice in W1 and twelve times in W2,
     * and in W3 asks Zainab about refill sizes. Sebastian joins on day 8 and answers Ottoline's request for a
     * distributor with his firm's page, then posts its opening discount (day 9). Zainab asks on days 9, 12 and 13 and
     * helps Lorcan on day 11.
     */
    private void counterTalk() {
        Post ot1 = say(1, "09:00", ctFloor, ottoline, "Sunscreen question: are your customers still asking for mineral "
                + "only, or has the new chemical-filter stuff won them over?");
        re(1, "09:30", benedikt, ot1, "Half and half in Bristol. The tinted minerals fly.");
        Post zaOt = re(1, "10:00", zainab, ot1, "Mineral only in Leeds, they don't trust the filters.");
        re(1, "10:20", ottoline, zaOt, "Helpful, thanks both.");
        Post am1 = say(2, "11:00", ctPitches, amara, "Hello stockists! I'm Amara, I make body oils in Margate: three "
                + "scents, glass bottles, RRP £28. What do you look for when you take on a new small brand?");
        Post loAm = re(2, "11:30", lorcan, am1, "Good margins, at least 50%, testers, and a brand that answers emails.");
        Post amLo = re(2, "11:45", amara, loAm, "Thanks Lorcan, that's really useful. Do you prefer consignment or "
                + "wholesale?");
        Post loAm2 = re(2, "12:00", lorcan, amLo, "Wholesale, always. Consignment is admin.");
        re(2, "12:10", amara, loAm2, "Noted!");
        say(3, "10:00", ctPitches, fenella, "Crisp Botanicals here. We've just been shortlisted for the Pure Beauty "
                + "awards, our third nomination this year!");
        say(4, "10:00", ctPitches, fenella, "Our new refill pouches are out, cutting our plastic by 60%. "
                + "crispbotanicals.example/refills");
        Post za1 = say(4, "15:00", ctFloor, zainab, "How do you all stop testers getting grim by Saturday? Mine are a "
                + "mess.");
        Post otZa = re(4, "15:30", ottoline, za1, "Spatulas, and a tester tray you wipe down every night.");
        re(4, "15:40", zainab, otZa, "Spatulas, of course. Thanks Ottoline.");
        Post zaAm = say(5, "11:00", ctPitches, zainab, "@Amara Nwosu I'd like to try your oils in my Leeds shop. "
                + "What's your minimum order?");
        Post amZa = re(5, "11:30", amara, zaAm, "Six per scent, so 18 bottles, at £14 each. Testers free with a first "
                + "order.");
        re(5, "11:45", zainab, amZa, "Perfect, I'll email you.");
        // W2
        joins(8, "08:00", ctFloor, sebastian);
        say(8, "09:00", ctPitches, fenella, "Good morning stockists! Our spring catalogue is out: twelve products, all "
                + "vegan. crispbotanicals.example/catalogue");
        Post ot2 = say(8, "10:00", ctFloor, ottoline, "Can anyone recommend a UK distributor for Korean sunscreens? "
                + "Mine has just gone bust.");
        Post seOt = re(8, "10:20", sebastian, ot2, "That's us, I'm the rep for Hanbit Distribution in Manchester: forty "
                + "K-beauty brands, £250 minimum, next-day delivery. hanbit.example/trade");
        Post otSe = re(8, "10:40", ottoline, seOt, "Thanks Sebastian, do you carry Round Lab?");
        Post seOt2 = re(8, "11:00", sebastian, otSe, "We do, the whole birch line.");
        re(8, "11:10", ottoline, seOt2, "Applying for an account now.");
        say(8, "15:00", ctPitches, fenella, "We've just passed 2,000 units sold this year, thank you to our "
                + "customers.");
        say(9, "09:00", ctPitches, fenella, "Our founder story: we started at my kitchen table in 2029 and now we're in "
                + "40 shops.");
        say(9, "10:00", ctFloor, sebastian, "Also, we're giving new shop accounts 10% off opening orders this month: "
                + "hanbit.example/trade");
        Post za2 = say(9, "14:00", ctFloor, zainab, "My Korean toner line isn't moving at all, three months in. What "
                + "am I doing wrong?");
        Post loZa = re(9, "14:30", lorcan, za2, "Where's it placed? Eye level by the till moves anything.");
        re(9, "14:45", zainab, loZa, "It's on the bottom shelf. Moving it tomorrow, thanks Lorcan!");
        say(9, "16:00", ctPitches, fenella, "Our rosehip serum is our best seller, and we're expanding the range in "
                + "June.");
        Post fe1 = say(10, "10:00", ctPitches, fenella, "Our wholesale terms: 50% margin, minimum order £150.");
        say(10, "18:00", ctPitches, fenella, "We're at the Harrogate trade fair next week, stand B12.");
        Post lo2 = say(11, "09:00", ctFloor, lorcan, "Has anyone got a till app that handles wholesale pricing too?");
        Post zaLo = re(11, "09:30", zainab, lo2, "I use Tillbox, it does trade prices per customer. Happy to show you "
                + "my setup on a call.");
        re(11, "09:45", lorcan, zaLo, "Great, thanks Zainab. Thursday?");
        say(11, "11:00", ctPitches, fenella, "Our packaging is now 100% recyclable.");
        say(11, "17:00", ctPitches, fenella, "We're proud to announce our third award nomination.");
        say(12, "10:00", ctPitches, fenella, "Our new hand cream launches on Monday.");
        Post zaFe = re(12, "11:00", zainab, fe1, "Is the £150 minimum across the range or per product?");
        re(12, "11:30", fenella, zaFe, "Across the range.");
        Post za3 = say(12, "15:00", ctFloor, zainab, "Toner update: moved to the till and sold six this week! Now, how "
                + "do you all price samples?");
        Post beZa = re(12, "15:30", benedikt, za3, "50p, refundable against the full size.");
        re(12, "15:40", zainab, beZa, "Love that, stealing it.");
        say(13, "10:00", ctPitches, fenella, "Our Harrogate stand will have free samples for shop owners.");
        Post za4 = say(13, "12:00", ctFloor, zainab, "Last one: does anyone do loyalty cards?");
        Post otZa2 = re(13, "12:30", ottoline, za4, "Stamp cards, tenth product half price.");
        re(13, "12:40", zainab, otZa2, "Doing it, thanks.");
        say(13, "16:00", ctPitches, fenella, "We're now stocked in a London department store's beauty hall, a big "
                + "moment for our team.");
        // W3
        Post feZa = say(15, "10:00", ctPitches, fenella, "@Zainab Qadir how are refills going in Leeds? We're "
                + "wondering whether to do smaller pouches.");
        Post zaFe2 = re(15, "10:30", zainab, feZa, "Smaller would sell better, people want to try first.");
        Post feZa2 = re(15, "10:45", fenella, zaFe2, "That's really useful, thank you. Would a 100ml trial size work "
                + "in your shop?");
        re(15, "11:00", zainab, feZa2, "Yes, at about £6 it would.");
        Post amLo2 = say(16, "11:00", ctPitches, amara, "@Lorcan Tierney I took your advice: testers in every first "
                + "order now. Would you like to try a box?");
        re(16, "11:30", lorcan, amLo2, "Go on then, send a set.");
        Post ot3 = say(18, "10:00", ctFloor, ottoline, "Round Lab order arrived in a day. Thanks @Sebastian Hale.");
        re(18, "10:30", sebastian, ot3, "Glad it worked out. Shout if anything arrives damaged.");
        Post feOt = re(19, "11:00", fenella, ot1, "Late to this thread, sorry: @Ottoline Marsh do your mineral "
                + "customers ask for tinted or clear? We're choosing our first SPF shade.");
        re(19, "11:30", ottoline, feOt, "Tinted, two shades at least, or they'll go elsewhere.");
    }

    /**
     * G. Batch &amp; Fill: Hendrik answers Ines's question about minimums with his MOQ table, which he says is also his
     * price list (day 3), and posts his new tube line with it (day 5). Brands post runs and fillers quote; Ines, happy
     * with her test fill, sends Hendrik a friend (day 12).
     */
    private void batchAndFill() {
        Post th1 = say(1, "10:00", bfBriefs, theo, "Brief: 2,000 units of a 50ml hand cream into aluminium tubes, crimp "
                + "sealed, end of June. Quotes please.");
        Post maTh = re(1, "10:40", marisol, th1, "We can do it: 31p a tube filled and crimped, you supply the tubes. "
                + "Slot in week 24.");
        re(1, "11:10", anwen, th1, "34p from us, and we can source the tubes.");
        Post an1 = say(2, "09:00", bfFloor, anwen, "Our old piston filler is dribbling on the return stroke. New seals "
                + "didn't fix it.");
        Post maAn = re(2, "09:30", marisol, an1, "Check the nozzle's non-drip valve, ours had a hairline crack.");
        re(2, "11:00", anwen, maAn, "That was it! New valve, clean fills. Thank you.");
        Post in1 = say(3, "14:00", bfBriefs, ines, "What's a realistic minimum order for filling airless pumps? Quotes "
                + "I'm getting range from 500 to 5,000.");
        Post heIn = re(3, "14:30", hendrik, in1, "Most small fillers start at 1,000 for airless, because the pumps need "
                + "a dedicated head. Our MOQ table is public if you want to compare: hendrikvos.example/moq (it's our "
                + "price list too).");
        re(3, "14:45", ines, heIn, "That's really clear, thank you.");
        re(4, "09:00", theo, maTh, "Going with Marisol, the week 24 slot suits us.");
        say(5, "10:00", bfBriefs, hendrik, "Vos Filling has a new tube line: 15 to 200ml, from 1,000 units. "
                + "hendrikvos.example/moq");
        Post ma1 = say(5, "15:00", bfFloor, marisol, "Anyone found a decent UK supplier of airless bottles? Lead times "
                + "from China are 14 weeks now.");
        say(5, "15:20", bfFloor, hendrik, "Packwell in Corby hold stock, 3 to 4 weeks.");
        say(5, "15:30", bfFloor, anwen, "Plus one for Packwell.");
        re(5, "15:45", marisol, ma1, "Thanks both, calling them tomorrow.");
        Post an2 = say(6, "12:00", bfKit, anwen, "Selling our old piston filler (the dribbler, fixed), £650.");
        Post heAn = re(6, "12:30", hendrik, an2, "Does it handle thick creams?");
        re(6, "12:45", anwen, heAn, "Up to a thick body butter.");
        // W2
        Post in2 = say(8, "10:00", bfBriefs, ines, "Brief: 1,200 airless pumps of a retinol serum, with a nitrogen "
                + "flush. Who can?");
        Post heIn2 = re(8, "10:30", hendrik, in2, "We can, nitrogen flush is standard on our airless line. 38p a unit, "
                + "1,000 minimum, a slot in late May.");
        re(8, "10:50", ines, heIn2, "Great, sending the formula spec.");
        Post he1 = say(9, "09:00", bfFloor, hendrik, "Question for the other fillers: how are you handling batch codes "
                + "on tiny tubes?");
        Post anHe = re(9, "09:30", anwen, he1, "Laser coder on the crimp. Expensive but clean.");
        re(9, "09:45", hendrik, anHe, "Thanks, I'll price one up.");
        Post an3 = say(10, "08:00", bfFloor, anwen, "Main pump motor on our line has burnt out. Has anyone got a spare "
                + "0.75kW motor?");
        Post maAn2 = re(10, "08:30", marisol, an3, "We've one on the shelf, I'll drive it over this afternoon.");
        re(10, "08:40", anwen, maAn2, "You're a star. Next pallet share is on me.");
        Post th2 = say(11, "10:00", bfBriefs, theo, "Follow-up on my hand cream: can anyone also pack into outer "
                + "cartons?");
        Post maTh2 = re(11, "10:30", marisol, th2, "We can, 6p a carton packed.");
        re(11, "10:45", theo, maTh2, "Great, add it on.");
        Post in3 = say(12, "11:00", bfBriefs, ines, "@Hendrik Vos the test fill came out perfect, thank you! I told my "
                + "friend at Lune Skincare about you, she'll be in touch.");
        re(12, "11:30", hendrik, in3, "That's really kind, Ines, thank you. Tell her to mention your name.");
        Post ma2 = say(13, "09:00", bfKit, marisol, "Buying: a small induction cap sealer, anyone?");
        Post heMa = re(13, "09:30", hendrik, ma2, "I have a spare, £200.");
        re(13, "09:40", marisol, heMa, "Deal.");
        // W3
        joins(15, "09:00", bfBriefs, petronella);
        Post pe1 = say(15, "09:10", bfBriefs, petronella, "Brief: first run of a lip oil, 600 units into 8ml wand "
                + "bottles. Is that too small for you all?");
        Post anPe = re(15, "09:40", anwen, pe1, "Not for us, 600 is fine. 45p a unit.");
        Post peAn = re(15, "10:00", petronella, anPe, "Great! Could I visit first?");
        re(15, "10:15", anwen, peAn, "Of course. Tuesday morning?");
        Post in4 = say(16, "10:00", bfBriefs, ines, "@Hendrik Vos can you pencil in a repeat of 1,200 for July? Sales "
                + "are going well.");
        re(16, "12:00", hendrik, in4, "Pencilled in for week 28, Ines.");
        Post ma3 = say(17, "09:00", bfFloor, marisol, "Heads up: Packwell's airless prices go up 12% from June.");
        re(17, "09:20", hendrik, ma3, "Ouch. Thanks for the warning.");
        re(17, "09:30", anwen, ma3, "Ordering now then.");
        Post th3 = say(18, "15:00", bfBriefs, theo, "Hand creams filled and delivered, thanks @Marisol Quintero!");
        re(18, "15:20", marisol, th3, "Our pleasure, see you for the autumn run.");
        Post he2 = say(19, "10:00", bfFloor, hendrik, "Anyone want to share a pallet of wand bottles?");
        Post anHe2 = re(19, "10:30", anwen, he2, "Yes, 2,000 for a lip-oil run.");
        re(19, "10:40", hendrik, anHe2, "Done, I'll put the order in.");
    }

    /**
     * H. The Formulators' Bench: Greer, newly freelance, is helped by Cassius on days 1-3 and talks each fix through,
     * asking him back; she and Uma quote Wilhelmina's brief (day 4). Leontyne asks the formulary for award votes (day
     * 5) after answering Uma and Cassius there. Bastian, Uma's client, sends her his cousin's brand (day 6).
     */
    private void formulatorsBench() {
        Post gr1 = say(1, "09:00", fbFormulary, greer, "Hi all, I've just gone freelance after five years at a contract "
                + "lab. First problem: my vitamin C serum goes orange in a week. 15% ascorbic acid, water base.");
        Post caGr = re(1, "09:40", cassius, gr1, "Classic oxidation. Drop the pH to 3, add ferulic and vitamin E, and "
                + "fill into airless.");
        re(1, "10:00", greer, caGr, "Mine was at pH 3.6, so that's it. I'll reformulate tonight and tell you how it "
                + "goes.");
        Post gr2 = say(2, "09:00", fbFormulary, greer, "Reformulated at pH 3.0 with ferulic: day 1 and clear. But now "
                + "it stings.");
        Post caGr2 = re(2, "09:30", cassius, gr2, "Stinging at pH 3 is normal at 15%. Drop to 10% or buffer slightly.");
        Post grCa = re(2, "10:00", greer, caGr2, "Dropped to 10%, still clear. Does 10% still count as high strength "
                + "for claims?");
        re(2, "10:20", cassius, grCa, "People call anything over 10% high strength; keep the claim to the number.");
        Post um1 = say(2, "14:00", fbFormulary, uma, "Anyone using the new sugar-based emulsifier? It's waxy in my "
                + "hands.");
        Post leUm = re(2, "14:30", leontyne, um1, "Melt it with the oil phase at 80°C, it's fussier than the data sheet "
                + "says.");
        re(2, "14:45", uma, leUm, "That fixed it, thanks Leontyne.");
        Post gr3 = say(3, "09:00", fbFormulary, greer, "Day 3: still clear at 10%. Now the texture is watery. Any "
                + "thickener that survives pH 3?");
        Post caGr3 = re(3, "09:30", cassius, gr3, "Hydroxyethylcellulose is fine at 3.");
        Post grCa2 = re(3, "11:00", greer, caGr3, "Thickened with HEC, lovely slip. @Cassius Rendell how do you handle "
                + "stability on a client's timeline? Do you ever ship before 12 weeks?");
        re(3, "11:30", cassius, grCa2, "Never fully: I give them 8-week accelerated data and a written caveat.");
        Post ca1 = say(3, "15:00", fbFormulary, cassius, "What are people charging per hour now?");
        re(3, "15:30", leontyne, ca1, "£75, £90 for rush jobs.");
        re(3, "15:40", greer, ca1, "I was going to ask the same, so thank you both.");
        joins(4, "08:50", fbIntro, wilhelmina);
        Post wi1 = say(4, "09:00", fbIntro, wilhelmina, "Hi, I'm Wilhelmina, founder of Oduya Skin, skincare for "
                + "melanin-rich skin. Looking for a formulator for our first serum soon.");
        re(4, "09:30", uma, wi1, "Welcome! Post the brief in #brief-board when you're ready.");
        Post wi2 = say(4, "11:00", fbBriefs, wilhelmina, "Brief: a niacinamide and tranexamic acid serum for "
                + "hyperpigmentation, budget £1,500 for formula and stability. Who's interested?");
        re(4, "11:30", greer, wi2, "I'd love to. £1,400 for the formula and two rounds of samples, and I'll set up the "
                + "stability. I've done three tranexamic serums at my old lab.");
        re(4, "12:00", uma, wi2, "£1,600 from me, including a dossier for your safety assessor.");
        say(4, "12:30", fbBriefs, wilhelmina, "Thanks both, I'll call you each this week.");
        Post le1 = say(5, "10:00", fbFormulary, leontyne, "A big ask, friends: I'm a finalist for Indie Formulator of "
                + "the Year and the public vote closes Sunday. A vote would mean a lot: "
                + "indieformulator.example/vote/marr");
        re(5, "10:30", cassius, le1, "Voted! Congratulations on getting that far.");
        re(5, "11:00", uma, le1, "Done, good luck.");
        Post ba1 = say(6, "10:00", fbBriefs, bastian, "@Uma Bhattacharya the day cream you formulated for us last year "
                + "is our best seller, and I told my cousin's brand about you. Could we do a night cream version? What "
                + "would it cost?");
        Post umBa = re(6, "10:30", uma, ba1, "Bastian, lovely to hear! A night version from the same base would be "
                + "£900, about six weeks.");
        re(6, "10:45", bastian, umBa, "Go ahead, I'll send the PO.");
        // W2
        Post gr4 = say(8, "09:00", fbFormulary, greer, "Stability update on the vitamin C: four weeks at 40°C and still "
                + "pale. Thanks to everyone who helped.");
        re(8, "09:30", cassius, gr4, "Nicely done.");
        Post wi3 = say(8, "14:00", fbBriefs, wilhelmina, "Decision made: going with @Greer Lachlan for the serum. "
                + "Thanks Uma for your quote.");
        re(8, "14:30", greer, wi3, "Thank you, Wilhelmina! I'll send my first questions today.");
        re(8, "15:00", uma, wi3, "Good luck, both.");
        Post gr5 = say(9, "10:00", fbFormulary, greer, "@Leontyne Marr did the vote go your way?");
        Post leGr = re(9, "10:30", leontyne, gr5, "Runner-up! Thanks for the votes, everyone.");
        re(9, "10:40", greer, leGr, "Congratulations all the same.");
        Post eu1 = say(10, "11:00", fbBriefs, eulalia, "Brief: a lip scrub with sugar that doesn't melt in the tin. Any "
                + "ideas first, before I commission?");
        Post leEu = re(10, "11:30", leontyne, eu1, "Use a butter blend with a high melting point, keep the sugar coarse "
                + "and add 3% candelilla wax.");
        Post euLe = re(10, "11:50", eulalia, leEu, "Thanks! Would you quote for making it?");
        Post leEu2 = re(10, "12:10", leontyne, euLe, "£600 for the formula and samples.");
        re(10, "12:20", eulalia, leEu2, "Booked.");
        Post wi4 = say(13, "15:00", fbBriefs, wilhelmina, "@Greer Lachlan samples arrived, the texture is perfect. A "
                + "slight yellow tint though?");
        Post grWi = re(13, "15:30", greer, wi4, "That's the niacinamide grade. I'll swap to a low-nicotinic grade in "
                + "round two.");
        re(13, "15:40", wilhelmina, grWi, "Great, thank you.");
        // W3
        Post gr6 = say(15, "09:00", fbFormulary, greer, "Question for round two: has anyone seen tranexamic acid "
                + "crystallise at 3%?");
        Post umGr = re(15, "09:30", uma, gr6, "Only below pH 5 in cold storage.");
        re(15, "09:40", greer, umGr, "Mine's at 5.5, good.");
        Post ba2 = say(16, "10:00", fbBriefs, bastian, "@Uma Bhattacharya the night cream samples are wonderful. Can "
                + "we also talk about a travel size?");
        Post umBa2 = re(16, "10:30", uma, ba2, "Yes! Call on Thursday?");
        re(16, "10:40", bastian, umBa2, "Perfect.");
        Post eu2 = say(18, "16:00", fbBriefs, eulalia, "@Leontyne Marr the lip scrub sample survived a week on a sunny "
                + "windowsill!");
        re(18, "16:30", leontyne, eu2, "Hooray, the candelilla earns its keep.");
        Post gr7 = say(19, "09:00", fbFormulary, greer, "Two months freelance: thanks to this room I've now got four "
                + "clients. @Uma Bhattacharya your cold-storage tip saved my round two.");
        re(19, "09:30", cassius, gr7, "Well earned.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes141Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 141");
    }
}
