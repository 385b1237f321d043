package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 122 (sealed): eight communities of removals, storage and moving house, of kinds no earlier round used
 * (piano and heavy-item movers, Keys &amp; Castors, with a move-requests room where owners, a school and a church ask,
 * a kit-for-sale room and a mover who spends a week working out a joint council tender with fellow movers while his
 * old school customer and a churchwarden wait; estate and probate house clearers, Clear &amp; Fair, with a room where
 * executors, landlords and families ask, a finds room, a clearer who pushes his discount code and an antiques dealer
 * who answers a bereaved executor's thanks with a priced offer; a relocation agency's own server, Northway Relocation,
 * with its Staff, its Clients and a prospective client's DM; a renters' moving-help group, Elm Ward Renters, where
 * nobody sells; downsizing and senior move managers, Gentle Moves Network, with a room where older people and their
 * families ask; flat-pack furniture assemblers, Allen Key Collective, with an assembly-jobs room where people moving
 * in post jobs and a newcomer's DM ask to an office manager; a removal-crate hire firm's own server, Crateful, with
 * its Team and its household and removal-firm Customers; pet relocation couriers, Paws in Transit, with a room where
 * owners ask and a runs board), over three ISO weeks (2032-W46 to W48), written and labelled by
 * writer122 (session 58) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-122.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes122Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2032, 11, 8);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2032, 11, 29, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-122";
    private static final int BASE = 95600;

    // --- A. piano and heavy-item movers ---
    private final String keys = cast.guild(1501);
    private final Channel kcLounge = cast.channel(keys, "Keys & Castors", "movers-lounge",
            "piano and safe movers among ourselves: boards, stairs, vans, insurance and the trade",
            "kc-movers-lounge.json");
    private final Channel kcRequests = cast.channel(keys, "Keys & Castors", "move-requests",
            "piano owners, schools, churches and venues ask for moves; members reply and quote",
            "kc-move-requests.json");
    private final Channel kcKit = cast.channel(keys, "Keys & Castors", "kit-for-sale",
            "members sell used skids, boards, dollies and straps", "kc-kit-for-sale.json");
    private final Persona gideon = cast.person("gideon.ashworth", "Gideon Ashworth");
    private final Persona marguerite = cast.person("marguerite.lacey", "Marguerite Lacey");
    private final Persona ifan = cast.person("ifan.rhyspowell", "Ifan Rhys-Powell");
    private final Persona solomon = cast.person("solomon.achterberg", "Solomon Achterberg");
    private final Persona rowena = cast.person("rowena.stirling", "Rowena Stirling");
    private final Persona cormac = cast.person("cormac.devlin", "Cormac Devlin");
    private final Persona pearl = cast.person("pearl.hathaway", "Pearl Hathaway");

    // --- B. estate and probate house clearers ---
    private final String clear = cast.guild(1502);
    private final Channel cfChat = cast.channel(clear, "Clear & Fair", "clearers-chat",
            "house clearers among ourselves: tips (the dump kind), vans, dealers and the trade", "cf-clearers-chat.json");
    private final Channel cfAsk = cast.channel(clear, "Clear & Fair", "ask-a-clearer",
            "families, executors and landlords ask about clearing a house; members answer", "cf-ask-a-clearer.json");
    private final Channel cfFinds = cast.channel(clear, "Clear & Fair", "finds",
            "interesting things that turned up in a clearance", "cf-finds.json");
    private final Persona bartholomew = cast.person("bart.quist", "Bartholomew Quist");
    private final Persona ngozi = cast.person("ngozi.achebelane", "Ngozi Achebe-Lane");
    private final Persona lorcan = cast.person("lorcan.tighe", "Lorcan Tighe");
    private final Persona vivienne = cast.person("vivienne.ashdown", "Vivienne Ashdown");
    private final Persona harriet = cast.person("harriet.pennock", "Harriet Pennock");
    private final Persona dev = cast.person("dev.malhotra", "Dev Malhotra");
    private final Persona eunice = cast.person("eunice.blackwood", "Eunice Blackwood");

    // --- C. a relocation agency's own server ---
    private final String northway = cast.guild(1503);
    private final Role staff = cast.role("Staff", "#1f8b4c", 2);
    private final Role client = cast.role("Client", "#3498db", 1);
    private final Channel nwNews = cast.channel(northway, "Northway Relocation", "announcements",
            "from the Northway team: webinars, office hours and news", "nw-announcements.json");
    private final Channel nwDesk = cast.channel(northway, "Northway Relocation", "client-desk",
            "clients: ask about your move, your shipment and your paperwork; the team answers", "nw-client-desk.json");
    private final Channel nwSettle = cast.channel(northway, "Northway Relocation", "settling-in",
            "clients among themselves: schools, doctors, neighbourhoods, the first weeks", "nw-settling-in.json");
    private final Persona annika = cast.person("annika.solberg", "Annika Solberg", staff);
    private final Persona tobias = cast.person("tobias.wren", "Tobias Wren", staff);
    private final Persona keiko = cast.person("keiko.tanabe", "Keiko Tanabe", client);
    private final Persona rafael = cast.person("rafael.quintero", "Rafael Quintero", client);
    private final Persona lidia = cast.person("lidia.novak", "Lidia Novak", client);
    private final Persona olumide = cast.person("olumide.bankole", "Olumide Bankole");
    private final Channel nwDm = cast.dm(olumide, "nw-dm-olumide-bankole.json");

    // --- D. a renters' moving-help group (nobody sells) ---
    private final String elm = cast.guild(1504);
    private final Channel emMoving = cast.channel(elm, "Elm Ward Renters", "moving-days",
            "sign up to help a neighbour carry on moving day; ask for hands here", "em-moving-days.json");
    private final Channel emBoxes = cast.channel(elm, "Elm Ward Renters", "box-swap",
            "boxes, tape, blankets and trolleys: give, lend, ask", "em-box-swap.json");
    private final Channel emDeposit = cast.channel(elm, "Elm Ward Renters", "deposit-help",
            "getting your deposit back: check-out, inventories, disputes", "em-deposit-help.json");
    private final Persona bronagh = cast.person("bronagh.keane", "Bronagh Keane");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona ottilie = cast.person("ottilie.marsh", "Ottilie Marsh");
    private final Persona ezra = cast.person("ezra.lindgren", "Ezra Lindgren");
    private final Persona priscilla = cast.person("priscilla.odum", "Priscilla Odum");
    private final Persona haruki = cast.person("haruki.sato", "Haruki Sato");

    // --- E. downsizing and senior move managers ---
    private final String gentle = cast.guild(1505);
    private final Channel gmRoom = cast.channel(gentle, "Gentle Moves Network", "managers-room",
            "move managers among ourselves: pricing, partners, hard cases and the trade", "gm-managers-room.json");
    private final Channel gmFamilies = cast.channel(gentle, "Gentle Moves Network", "families-ask",
            "older people and their families ask about downsizing and moving; members answer",
            "gm-families-ask.json");
    private final Channel gmResources = cast.channel(gentle, "Gentle Moves Network", "resources",
            "checklists and guides worth sharing", "gm-resources.json");
    private final Persona philippa = cast.person("philippa.garside", "Philippa Garside");
    private final Persona jonah = cast.person("jonah.whitlock", "Jonah Whitlock");
    private final Persona sunita = cast.person("sunita.rao", "Sunita Rao");
    private final Persona maeve = cast.person("maeve.corrigan", "Maeve Corrigan");
    private final Persona alistair = cast.person("alistair.crane", "Alistair Crane");
    private final Persona winifred = cast.person("winifred.hale", "Winifred Hale");

    // --- F. flat-pack furniture assemblers ---
    private final String allen = cast.guild(1506);
    private final Channel akLounge = cast.channel(allen, "Allen Key Collective", "assemblers-lounge",
            "flat-pack assemblers among ourselves: tools, brands, fixings, prices and the trade",
            "ak-assemblers-lounge.json");
    private final Channel akJobs = cast.channel(allen, "Allen Key Collective", "assembly-jobs",
            "people moving in post assembly jobs; members reply", "ak-assembly-jobs.json");
    private final Persona darius = cast.person("darius.fenn", "Darius Fenn");
    private final Persona maud = cast.person("maud.kettering", "Maud Kettering");
    private final Persona yusuf = cast.person("yusuf.hamdan", "Yusuf Hamdan");
    private final Persona tilly = cast.person("tilly.okafor", "Tilly Okafor");
    private final Persona benedikt = cast.person("benedikt.schaller", "Benedikt Schaller");
    private final Persona rhiannon = cast.person("rhiannon.pugh", "Rhiannon Pugh");
    private final Channel akDm = cast.dm(yusuf, "ak-dm-yusuf-hamdan.json");

    // --- G. a removal-crate hire firm's own server ---
    private final String crateful = cast.guild(1507);
    private final Role team = cast.role("Team", "#e74c3c", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel crNews = cast.channel(crateful, "Crateful", "news",
            "from the Crateful team: stock, delivery rounds, prices and holidays", "cr-news.json");
    private final Channel crHelp = cast.channel(crateful, "Crateful", "hire-help",
            "customers: ask about hiring, delivery, collection and deposits; the team answers", "cr-hire-help.json");
    private final Channel crMovers = cast.channel(crateful, "Crateful", "movers-corner",
            "removal firms who hire from us, among themselves and with the team", "cr-movers-corner.json");
    private final Persona leontine = cast.person("leontine.baptiste", "Leontine Baptiste", team);
    private final Persona hamza = cast.person("hamza.qureshi", "Hamza Qureshi", team);
    private final Persona isadora = cast.person("isadora.vance", "Isadora Vance", customer);
    private final Persona mungo = cast.person("mungo.fairlie", "Mungo Fairlie", customer);
    private final Persona saoirse = cast.person("saoirse.gallagher", "Saoirse Gallagher", customer);
    private final Persona cyrus = cast.person("cyrus.bellamy", "Cyrus Bellamy");

    // --- H. pet relocation couriers ---
    private final String paws = cast.guild(1508);
    private final Channel ptLounge = cast.channel(paws, "Paws in Transit", "couriers-lounge",
            "pet couriers among ourselves: routes, vets, paperwork, vans and the trade", "pt-couriers-lounge.json");
    private final Channel ptOwners = cast.channel(paws, "Paws in Transit", "owners-ask",
            "people moving house or country with pets ask; couriers answer", "pt-owners-ask.json");
    private final Channel ptRuns = cast.channel(paws, "Paws in Transit", "runs-board",
            "couriers post planned runs with spare space", "pt-runs-board.json");
    private final Persona esme = cast.person("esme.fairbanks", "Esmé Fairbanks");
    private final Persona rupert = cast.person("rupert.langley", "Rupert Langley");
    private final Persona tova = cast.person("tova.lindqvist", "Tova Lindqvist");
    private final Persona arjun = cast.person("arjun.mehta", "Arjun Mehta");
    private final Persona clodagh = cast.person("clodagh.byrne", "Clodagh Byrne");
    private final Persona bethan = cast.person("bethan.morcom", "Bethan Morcom");

    private HeldOutScenes122Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        pianoMovers();
        houseClearers();
        relocationAgency();
        rentersMovingHelp();
        moveManagers();
        assemblers();
        crateHire();
        petCouriers();
    }

    /** A. Keys & Castors: Gideon spends W47 on a joint council tender with fellow movers while two buyers wait. */
    private void pianoMovers() {
        // W46
        Post soPhotos = say(1, "08:40", kcLounge, solomon, "Morning all. Anyone else had the new insurer ask for "
                + "photos of every stair run before they'll cover a grand?");
        Post maVideo = re(1, "09:05", marguerite, soPhotos, "Yes, since September. I just do a quick video on the "
                + "survey visit now, takes two minutes.");
        Post giVideo = re(1, "09:20", gideon, maVideo, "Same here. They accepted a video from me last week, so no "
                + "need for stills.");
        re(1, "09:31", solomon, giVideo, "Good, video it is then. Cheers both.");
        Post pePiano = say(2, "10:10", kcRequests, pearl, "Hi, I'm moving flats in Bristol on the 20th and need an "
                + "upright piano taken from a ground floor to a first floor flat, one straight flight of stairs. Is "
                + "that something one of you could do, and roughly what would it cost?");
        Post ifStairs = re(2, "10:45", ifan, pePiano, "Hi Pearl, yes, that's a routine one for us. A straight flight "
                + "with an upright is a two-person job, about an hour at each end. Have you measured the stair width "
                + "and the turn at the top?");
        Post pePage = re(2, "11:20", pearl, ifStairs, "Stairs are 92cm wide, no turn, straight into the hall. Do you "
                + "have a page with your prices?");
        Post ifPage = re(2, "11:35", ifan, pePage, "92 is plenty. Prices are here: rhyspowell-pianos.example/prices "
                + "- Bristol to Bristol with one flight comes under the first band.");
        re(2, "12:10", pearl, ifPage, "Perfect, I'll book through the page. Thank you!");
        Post maDolly = say(3, "14:00", kcKit, marguerite, "For sale: stair-climbing dolly, 2019, serviced in June, "
                + "new battery. £650, collection from Shrewsbury.");
        Post soStraps = re(3, "15:30", solomon, maDolly, "Tempting. Does it come with the strap set?");
        re(3, "15:50", marguerite, soStraps, "It does, both straps and the charger.");
        Post ifBoard = say(4, "09:00", kcLounge, ifan, "Piano board tip for anyone newer: re-cover yours before "
                + "winter. Wet carpet on a board slides like ice on a wet ramp.");
        re(4, "09:30", marguerite, ifBoard, "Ha, learnt that the hard way outside a chapel in Ludlow.");
        Post giTender = say(5, "11:00", kcLounge, gideon, "Anyone seen that the county council is putting its "
                + "schools' piano work out to tender? Deadline is the 26th.");
        Post soTender = re(5, "11:20", solomon, giTender, "Saw it. It's the whole county, too big for one firm "
                + "really.");
        re(5, "11:40", gideon, soTender, "That's what I thought. Might be worth a few of us bidding together. Let's "
                + "talk next week.");
        Post peBooked = say(6, "10:00", kcRequests, pearl, "Update: booked with Ifan for the 20th. Thanks for the "
                + "quick help.");
        re(6, "10:20", ifan, peBooked, "See you on the 20th, Pearl.");
        // W47
        Post roGrand = say(8, "08:30", kcRequests, rowena, "@Gideon Ashworth hello again, you moved our Steinway "
                + "grand at Hollins Grammar three years ago. We're moving it from the old music block to the new hall "
                + "at the start of December. Could you quote, and do you have a date free in the week of 6 December?");
        Post giWho = say(8, "09:10", kcLounge, gideon, "Right, the council tender. Who's in? I'm thinking north and "
                + "east of the county for me, @Solomon Achterberg south, @Marguerite Lacey west?");
        Post maIns = re(8, "09:40", marguerite, giWho, "I'm in for the west. What about insurance, do we each carry "
                + "our own or one policy for the bid?");
        Post giIns = re(8, "10:05", gideon, maIns, "Each our own, I think, but we'd have to show the council the same "
                + "cover. Mine is £50k goods in transit.");
        re(8, "10:30", solomon, giIns, "Mine's £40k, I can lift it. South's fine for me.");
        Post coHall = say(9, "11:00", kcRequests, cormac, "Hello all, St Aldhelm's needs an upright moved from the "
                + "church hall to the vicarage next door. There are four stone steps down from the hall. Could anyone "
                + "help in the next few weeks?");
        Post maBooked = re(9, "11:40", marguerite, coHall, "Hi Cormac, I'd love to, but I'm booked solid until "
                + "January. @Gideon Ashworth does steps like those all the time.");
        re(9, "12:00", cormac, maBooked, "Thanks Marguerite, I'll wait to hear from Gideon then.");
        Post giMethod = say(9, "14:00", kcLounge, gideon, "Drafted the method statement for the bid. Two-person crew "
                + "for uprights, three for grands, a survey visit for every school. Shall I share the doc?");
        Post ifMethod = re(9, "14:30", ifan, giMethod, "Yes please. Should we add a tuning guarantee? No, scrap "
                + "that, none of us can promise tuning.");
        re(9, "14:45", gideon, ifMethod, "Ha, no promises on tuning. Doc's here: docs.example/keys-castors-tender");
        Post giRate = say(10, "09:00", kcLounge, gideon, "Pricing for the bid: one flat rate per upright across the "
                + "county, and grands quoted per site. Thoughts?");
        Post soRate = re(10, "09:25", solomon, giRate, "Flat rate for uprights works. £180?");
        Post giRate2 = re(10, "09:50", gideon, soRate, "£180 is about right for me too. @Marguerite Lacey?");
        re(10, "10:30", marguerite, giRate2, "£180 works in the west, less travel than you'd think.");
        Post roBump = say(11, "08:45", kcRequests, rowena, "@Gideon Ashworth just bumping this: the hall handover is "
                + "fixed now, so we really need to book a date. Are you able to do it?");
        Post giRefs = say(11, "10:00", kcLounge, gideon, "Reference letters: anyone got a school that would write "
                + "one? I've got two from churches.");
        Post ifRefs = re(11, "10:20", ifan, giRefs, "I can ask St Mary's primary, I move their piano every summer.");
        re(11, "10:40", gideon, ifRefs, "Great, thanks Ifan.");
        Post coChase = say(12, "09:00", kcRequests, cormac, "Sorry to chase, is anyone free for the church upright "
                + "before Christmas?");
        Post giSent = say(12, "13:00", kcLounge, gideon, "Submitted our expression of interest. Next bit is the full "
                + "bid by the 26th.");
        Post soMeet = re(12, "13:15", solomon, giSent, "Nice one. Shall we meet up Tuesday week to go through it?");
        re(12, "13:30", gideon, soMeet, "Tuesday works. Bring your insurance certificate.");
        Post giForm = say(13, "10:00", kcLounge, gideon, "One more for the bid: do we all use the same booking form "
                + "for schools, or our own?");
        Post maForm = re(13, "10:30", marguerite, giForm, "Same form, makes us look like one outfit.");
        re(13, "10:45", gideon, maForm, "Agreed, I'll make one.");
        // W48
        Post giRowena = re(15, "08:15", gideon, roBump, "Rowena, I'm so sorry, I've been buried in a council tender "
                + "all week and let your message sit. Yes, I'd be glad to move the Steinway again. I have Tuesday 7 "
                + "December free. For a grand between two buildings on one site it's £420, legs and lyre wrapped, "
                + "same crew as last time.");
        Post giCormac = re(15, "08:40", gideon, coChase, "Hello Cormac, sorry for the wait, I should have answered "
                + "last week. Four stone steps are fine with a stair board. I can do Thursday 25 November, £160 from "
                + "the hall to the vicarage.");
        re(15, "09:30", rowena, giRowena, "No harm done, Gideon. Tuesday 7th is perfect, please book us in.");
        re(15, "10:00", cormac, giCormac, "Thursday is grand, thank you. I'll let the vicar know.");
        Post soCert = say(16, "12:00", kcLounge, solomon, "Got my new insurance certificate through, £50k now, "
                + "@Gideon Ashworth.");
        re(16, "12:30", gideon, soCert, "Great, that makes the bid tidy.");
        Post coDone = say(18, "16:00", kcRequests, cormac, "The piano is in the vicarage and not a scratch on the "
                + "steps. Thank you @Gideon Ashworth!");
        re(18, "16:30", gideon, coDone, "Glad it went smoothly, Cormac. Say hello to the vicar.");
        Post maRamp = say(17, "09:00", kcLounge, marguerite, "Anyone know a good ramp supplier? Mine bent on a kerb "
                + "in Ludlow.");
        Post ifRamp = re(17, "09:20", ifan, maRamp, "Heavylift in Telford made mine, ten years and counting.");
        re(17, "09:40", marguerite, ifRamp, "Telford's close, thanks Ifan.");
        Post soSkids = say(19, "09:00", kcKit, solomon, "For sale: two piano skids, six-wheel, good rubber, £90 "
                + "each.");
        Post ifSkid = re(19, "09:40", ifan, soSkids, "I'll take one, can you post it?");
        re(19, "10:00", solomon, ifSkid, "Can do, £12 postage. DM me your address.");
        Post peUp = say(14, "17:00", kcRequests, pearl, "Piano safely up in the new flat, Ifan and his mate were "
                + "brilliant. I've told my choir about you, Ifan!");
        re(14, "17:30", ifan, peUp, "Thank you Pearl! Enjoy the new place.");
    }

    /** B. Clear & Fair: Lorcan pushes his code in W46; Vivienne answers a bereaved executor's thanks with an offer. */
    private void houseClearers() {
        // W46
        Post haStart = say(1, "09:00", cfAsk, harriet, "Hello, I'm executor for my mum's house in Canterbury. It's a "
                + "three-bed full of forty years of stuff. Where do I even start? Do clearers take everything, or do "
                + "we have to sort it first?");
        Post ngSort = re(1, "09:40", ngozi, haStart, "Hi Harriet, sorry about your mum. You don't have to sort it "
                + "all. Take out what the family wants to keep and any papers, and a good clearer does the rest: "
                + "sells what can be sold, donates what can be, and tips the remainder. Ask for a written quote that "
                + "says what happens to each.");
        Post haLong = re(1, "10:05", harriet, ngSort, "That's a relief, thank you. How long does a three-bed "
                + "usually take?");
        Post baDays = re(1, "10:30", bartholomew, haLong, "Two to three days with a crew of three, Harriet, less if "
                + "the loft is empty.");
        re(1, "10:50", harriet, baDays, "The loft is not empty, sadly! Thanks both.");
        say(2, "08:30", cfAsk, lorcan, "Same-week house clearances anywhere in Kent, fully licensed waste carrier. "
                + "£50 off this month with my code CLEAR50: tighe-clearance.example/book");
        Post baTip = say(2, "12:00", cfChat, bartholomew, "Anyone else finding the Maidstone tip has cut trade hours "
                + "again? Turned away at 3pm yesterday.");
        Post ngTip = re(2, "12:25", ngozi, baTip, "Yes, 2pm close for trade vans on Tuesdays now. I go to "
                + "Sittingbourne instead.");
        re(2, "12:40", bartholomew, ngTip, "Good shout, thanks.");
        Post deFlat = say(3, "11:00", cfAsk, dev, "Landlord question: a tenant left and abandoned a flat full of "
                + "furniture. Am I allowed to just clear it, or do I have to store it first?");
        Post baNotice = re(3, "11:45", bartholomew, deFlat, "You have to give the tenant written notice and a "
                + "reasonable time to collect first, Dev. Keep a record of what's there with photos. After that you "
                + "can clear it. Worth a quick word with a solicitor if the tenancy's still live.");
        re(3, "12:10", dev, baNotice, "Makes sense. I'll send the notice today. Cheers.");
        Post loSpread = say(4, "09:15", cfChat, lorcan, "Spread the word: same-week clearances anywhere in Kent, £50 "
                + "off with my code CLEAR50: tighe-clearance.example/book");
        Post baMate = re(4, "09:40", bartholomew, loSpread, "Lorcan, mate, everyone in here is a clearer. We're not "
                + "going to book you.");
        re(4, "10:00", lorcan, baMate, "Fair, worth a try!");
        Post ngRadio = say(5, "14:00", cfFinds, ngozi, "Found a 1950s Bush radio in a loft in Herne Bay today, still "
                + "works. The family kept it, quite right.");
        re(5, "14:20", bartholomew, ngRadio, "Lovely thing. Glad they kept it.");
        Post haTrust = say(5, "16:00", cfAsk, harriet, "We've taken out what we want. Any tips for finding a clearer "
                + "I can trust?");
        Post ngTrust = re(5, "16:30", ngozi, haTrust, "Check they're a registered waste carrier (the Environment "
                + "Agency has a public register), ask for a fixed written quote, and ask where the furniture goes. "
                + "Anyone cagey about that, walk away.");
        Post haQuote = re(5, "16:50", harriet, ngTrust, "Very helpful. Would you quote for it yourself? Mum's house "
                + "is on Whitstable Road.");
        re(5, "17:15", ngozi, haQuote, "I'd be glad to. I can come and look on Monday morning, and it'll be a fixed "
                + "price after the visit.");
        say(6, "10:00", cfFinds, lorcan, "Cleared a bungalow in Ashford, three loads. Book yours, £50 off with "
                + "CLEAR50: tighe-clearance.example/book");
        Post ngTools = say(6, "11:00", cfChat, ngozi, "Anyone got a dealer for old tools? Three chests of planes and "
                + "chisels from a carpenter's garage.");
        Post baTools = re(6, "11:30", bartholomew, ngTools, "Try the tool auction in Faversham, they take trade "
                + "consignments on Thursdays.");
        re(6, "11:45", ngozi, baTools, "Perfect, thanks Bart.");
        // W47
        joins(8, "09:00", cfChat, vivienne);
        Post haDone = say(8, "10:00", cfAsk, harriet, "Ngozi cleared Mum's house on Friday and Saturday. It's empty "
                + "and swept, and the family is so relieved. Thank you to everyone here who helped me through this.");
        re(8, "10:30", ngozi, haDone, "It was a privilege, Harriet. Good luck with the sale.");
        Post viHello = say(8, "11:00", cfChat, vivienne, "Hello all, Vivienne, antiques and jewellery dealer in "
                + "Tunbridge Wells. Happy to look at anything you turn up.");
        re(8, "11:20", bartholomew, viHello, "Welcome Vivienne. You'll see a lot of brown furniture from us, sorry "
                + "in advance.");
        re(9, "13:00", vivienne, haDone, "Sorry for your loss. If any jewellery, silver or watches turned up in the "
                + "clearance, I buy them: I pay 80% of scrap for broken gold and more for good pieces. DM me.");
        Post deBand = say(10, "10:00", cfAsk, dev, "Update on the abandoned flat: the notice period's up. @Lorcan "
                + "Tighe you're in Kent, do you have a page with prices? It's a one-bed in Dartford.");
        Post loBand = re(10, "10:40", lorcan, deBand, "Hi Dev, yes: tighe-clearance.example/book - a furnished "
                + "one-bed is usually the middle band. I can come Thursday and give you a fixed price.");
        Post deTen = re(10, "11:10", dev, loBand, "Thursday works, 10am?");
        re(10, "11:20", lorcan, deTen, "10am Thursday, see you then.");
        Post ngSold = say(11, "15:00", cfChat, ngozi, "The tools went at Faversham for £340, the family was thrilled. "
                + "Thanks again @Bartholomew Quist.");
        re(11, "15:20", bartholomew, ngSold, "Great result.");
        Post euAunt = say(12, "09:00", cfAsk, eunice, "My aunt is going into a care home and her flat in Folkestone "
                + "needs clearing by the end of the month. Can anyone recommend a clearer who's kind with older "
                + "people? She gets upset about her things.");
        Post ngAunt = re(12, "09:45", ngozi, euAunt, "Hi Eunice. I'd take it slowly with her: let her choose a few "
                + "things to take, and photograph the rest so she can see where it went. I'm over your way on "
                + "Tuesday if you'd like a visit, no charge for the visit.");
        re(12, "10:10", eunice, ngAunt, "That's so kind. Tuesday would be lovely.");
        say(12, "12:00", cfFinds, vivienne, "A Victorian mourning brooch turned up in a dealer's box this week, "
                + "jet and woven hair. Rare to see one intact.");
        Post loLoft = say(13, "10:00", cfChat, lorcan, "Question for the clearers: how do you price a loft on a "
                + "survey when you can't get up there?");
        Post baLoft = re(13, "10:30", bartholomew, loLoft, "I price it as half a room and say so in writing, then "
                + "adjust on the day if it's worse.");
        re(13, "10:45", lorcan, baLoft, "Half a room, that's a good rule. Thanks.");
        // W48
        Post deClean = say(15, "11:00", cfAsk, dev, "Flat cleared by @Lorcan Tighe on Friday, spotless. Thanks "
                + "Lorcan, I'll use you for the next one.");
        re(15, "11:20", lorcan, deClean, "Thanks Dev, good to work with you.");
        Post baProg = say(16, "09:00", cfFinds, bartholomew, "A box of 1970s football programmes in a garage in "
                + "Rochester. The grandson's over the moon.");
        Post viProg = re(16, "09:30", vivienne, baProg, "Those sell well too, if he ever wants to.");
        re(16, "09:50", bartholomew, viProg, "He says never!");
        Post euDot = say(17, "14:00", cfAsk, eunice, "Aunt Dot chose her favourite chair and the clock to take, and "
                + "she liked seeing the photos. Thank you @Ngozi Achebe-Lane, you were wonderful with her.");
        re(17, "14:30", ngozi, euDot, "She's a delight, Eunice. Give her my best.");
        Post viAuction = say(18, "10:00", cfChat, vivienne, "Question for you all: how do you decide what goes to "
                + "auction and what goes to a dealer?");
        Post ngAuction = re(18, "10:30", ngozi, viAuction, "Anything with a maker's mark goes to auction first for "
                + "me. Dealers for mixed lots.");
        re(18, "10:45", vivienne, ngAuction, "That's useful, thanks Ngozi.");
        Post haOffer = say(18, "15:00", cfAsk, harriet, "Mum's house is under offer! Thanks again, everyone.");
        re(18, "15:30", ngozi, haOffer, "Wonderful news, Harriet.");
        Post loStrap = say(19, "08:00", cfChat, lorcan, "Anyone got a spare tail-lift strap? Mine snapped this "
                + "morning.");
        Post baStrap = re(19, "08:30", bartholomew, loStrap, "I've got one, drop by the yard.");
        re(19, "08:45", lorcan, baStrap, "Legend, cheers Bart.");
    }

    /** C. Northway Relocation: Tobias leaves a Client's question three days in W46; Annika's webinar and a DM. */
    private void relocationAgency() {
        // W46
        say(1, "09:00", nwNews, annika, "Welcome to November, everyone. Our free school-search webinar is on "
                + "Thursday 18 November at 18:00, booking here: northway.example/webinar");
        Post keCustoms = say(1, "10:00", nwDesk, keiko, "Good morning. Our container from Osaka arrived in "
                + "Felixstowe on Friday. Do we need to do anything for customs, or does Northway handle it?");
        Post toCustoms = re(1, "10:30", tobias, keCustoms, "Morning Keiko. We handle the customs entry for you. I'll "
                + "need a signed copy of the packing list and your ToR1 relief reference, which you had in October. "
                + "Can you send both by Wednesday?");
        Post keTonight = re(1, "11:00", keiko, toCustoms, "Yes, I have both. I'll send them tonight.");
        Post raBeds = say(2, "09:15", nwDesk, rafael, "@Tobias Wren hello, has the storage company confirmed when "
                + "our sea freight is released? We move into the house on the 15th and the beds are in that "
                + "container.");
        Post toGot = re(3, "10:00", tobias, keTonight, "Got both documents, Keiko, thank you. The customs entry goes "
                + "in today.");
        re(3, "10:20", keiko, toGot, "Wonderful, thank you Tobias.");
        Post liGp = say(3, "14:00", nwSettle, lidia, "Has anyone found a GP in Roundhay that's still taking "
                + "patients?");
        Post keGp = re(3, "14:30", keiko, liGp, "We registered at the Street Lane practice last month. They took all "
                + "four of us, no waiting list.");
        re(3, "14:50", lidia, keGp, "Thank you! I'll call them tomorrow.");
        say(4, "09:00", nwSettle, tobias, "Reminder for anyone new to Leeds: bin day depends on your street, the "
                + "council's lookup is at leeds.example/bins");
        Post raChase = re(4, "11:30", rafael, raBeds, "@Tobias Wren sorry to chase, any news on the container? We "
                + "need the beds by the 15th.");
        Post liRef = say(4, "12:00", nwDesk, lidia, "Quick one: does our tenancy letter from Northway count as the "
                + "landlord's reference for the council tax form?");
        Post anRef = re(4, "12:30", annika, liRef, "Hi Lidia, yes, use our letter. It has the start date the council "
                + "asks for.");
        re(4, "12:45", lidia, anRef, "Perfect, thanks Annika.");
        Post toSorry = re(5, "15:00", tobias, raChase, "Rafael, I'm so sorry this sat for three days. The storage "
                + "company confirmed this morning: your container is released on Friday 12th and delivered on Monday "
                + "15th, first slot, beds first off the truck.");
        re(5, "15:20", rafael, toSorry, "That's a relief, thank you.");
        Post raPlay = say(6, "10:00", nwSettle, rafael, "Anyone know a Spanish-speaking playgroup in north Leeds? Our "
                + "youngest is three.");
        Post liPlay = re(6, "10:40", lidia, raPlay, "There's one on Saturdays at the library in Chapel Allerton, my "
                + "neighbour takes her twins.");
        re(6, "11:00", rafael, liPlay, "Gracias, Lidia!");
        // W47
        say(8, "09:00", nwNews, annika, "Reminder: the school-search webinar is this Thursday at 18:00, a few places "
                + "left: northway.example/webinar");
        Post liMarta = say(9, "10:00", nwSettle, lidia, "News: I told my colleague Marta about Northway, she's moving "
                + "from Warsaw in the spring and will get in touch.");
        re(9, "10:30", annika, liMarta, "Thank you so much, Lidia! We'll look after her.");
        Post raShop = say(9, "18:00", nwSettle, rafael, "Which supermarket delivers to LS8 on Sundays?");
        Post keShop = re(9, "18:20", keiko, raShop, "Ours comes on Sundays, the big orange one. Book by Thursday.");
        re(9, "18:40", rafael, keShop, "By Thursday, got it. Thanks.");
        joins(10, "08:00", nwSettle, olumide);
        Post olCost = say(10, "08:30", nwDm, olumide, "Hello Annika, a colleague of mine recommended you. My family "
                + "is relocating from Lagos to Leeds in February. Could you tell me what your full relocation package "
                + "costs for a family of four?");
        Post anCost = re(10, "11:00", annika, olCost, "Hello Olumide, welcome. For a family of four our full package "
                + "(home search, school search, shipping and the first month of settling in) is £4,800. If it helps, "
                + "I can walk you through it on a call this week.");
        Post olThu = re(10, "11:30", olumide, anCost, "That's within our budget. Thursday afternoon would suit me.");
        re(10, "11:45", annika, olThu, "Thursday at 15:00 then, I'll send the link here that morning.");
        Post raIn = say(10, "14:00", nwDesk, rafael, "We're in! The beds arrived first thing on Monday, as promised. "
                + "Thank you @Tobias Wren.");
        re(10, "14:30", tobias, raIn, "Wonderful news, Rafael. Welcome home.");
        say(11, "09:00", nwDm, annika, "Here's the link for 15:00 today: northway.example/call/olumide");
        Post olAhead = say(11, "16:00", nwDm, olumide, "Thank you for the call, we'd like to go ahead.");
        re(11, "16:20", annika, olAhead, "Wonderful, welcome aboard. Tobias will be your consultant.");
        say(12, "10:00", nwNews, annika, "Thank you to the 31 families who came to the school-search webinar. The "
                + "slides are on the client page.");
        say(12, "11:00", nwDesk, keiko, "One more customs question: a letter says we owe £0 but wants a signature. "
                + "Is that normal?");
        Post toSign = say(12, "11:10", nwDesk, tobias, "Yes, that's the HMRC confirmation, Keiko. Sign it and post "
                + "it back, nothing to pay.");
        re(12, "11:30", keiko, toSign, "Signed and posted, thank you.");
        Post keLakes = say(13, "15:00", nwSettle, keiko, "Our first weekend in Leeds without boxes. We walked round "
                + "Roundhay Park and the children found the lakes.");
        Post liLakes = re(13, "15:30", lidia, keLakes, "The lakes are the best bit! Try Tropical World next door "
                + "when it rains.");
        re(13, "15:45", keiko, liLakes, "Good idea, it rains a lot!");
        // W48
        Post olDocs = say(15, "09:00", nwDesk, olumide, "@Tobias Wren hello, Annika said you're my consultant. What "
                + "documents should I start gathering for the school applications?");
        Post toDocs = re(15, "09:40", tobias, olDocs, "Hello Olumide, glad to have you. Start with the children's "
                + "birth certificates, their last two school reports and proof of your Leeds address once you have "
                + "it. Applications for September open in January, so we're in good time.");
        re(15, "10:00", olumide, toDocs, "Clear, thank you.");
        say(16, "09:00", nwNews, annika, "Our office is closed on Friday 26th for staff training; the client desk "
                + "is answered as usual.");
        Post liMarket = say(17, "12:00", nwSettle, lidia, "Does anyone know when the Christmas market opens in "
                + "Millennium Square?");
        Post raMarket = re(17, "12:30", rafael, liMarket, "Thursday, I think, the kids saw the huts going up.");
        re(17, "12:45", lidia, raMarket, "Thanks!");
        Post raPud = say(18, "19:00", nwSettle, rafael, "Our first Yorkshire pudding attempt was a disaster. Any "
                + "tips?");
        Post kePud = re(18, "19:20", keiko, raPud, "Very hot oil, and don't open the oven. My neighbour taught me.");
        re(18, "19:40", rafael, kePud, "Hot oil, noted. Thanks Keiko.");
        Post liBooked = say(19, "10:00", nwDesk, lidia, "@Annika Solberg Marta has booked her first call with you, "
                + "she's very excited.");
        re(19, "10:30", annika, liBooked, "She has, and we're looking forward to it. Thank you again, Lidia.");
        Post keMonth = say(20, "11:00", nwSettle, keiko, "Thank you all for making our first month so much easier.");
        re(20, "11:30", lidia, keMonth, "So glad you're here, Keiko.");
    }

    /** D. Elm Ward Renters: nobody sells; Ezra takes help with only thanks in W46, Kwame is away in W47. */
    private void rentersMovingHelp() {
        // W46
        say(1, "09:00", emMoving, bronagh, "Moving days this month: Ezra on Sat 13th, Priscilla on Sat 20th, me on "
                + "Sun 28th. Sign up to carry here: forms.example/elm-moving-days");
        Post ezBoxes = say(1, "18:00", emBoxes, ezra, "Moving on the 13th and I have zero boxes. Anyone got "
                + "spares?");
        Post prBoxes = re(1, "18:30", priscilla, ezBoxes, "I've got about 20 from the corner shop, come by flat 4 "
                + "tomorrow evening.");
        re(1, "18:40", ezra, prBoxes, "Thanks!");
        Post haCarpet = say(2, "12:00", emDeposit, haruki, "My landlord wants to charge £150 for 'general wear' on "
                + "the carpet. Is that allowed?");
        Post otCarpet = re(2, "12:40", ottilie, haCarpet, "Not for fair wear and tear, Haruki. Ask for the check-in "
                + "inventory and photos and compare. If they won't budge, raise it with the deposit scheme, the "
                + "dispute is free.");
        Post haWorn = re(2, "13:00", haruki, otCarpet, "The check-in says 'carpet worn'. So I should be fine?");
        Post otWorn = re(2, "13:20", ottilie, haWorn, "Sounds like it. Quote that line back to them.");
        Post ezTrolley = say(3, "17:00", emBoxes, ezra, "Does anyone have a sack trolley I could borrow for the "
                + "13th?");
        Post kwTrolley = re(3, "17:30", kwame, ezTrolley, "You can borrow mine. I'll leave it in the bike store, "
                + "code 4471.");
        re(3, "17:45", ezra, kwTrolley, "Thanks!");
        Post brHands = say(4, "10:00", emMoving, bronagh, "Ezra's move on Saturday still needs 2 more pairs of "
                + "hands. Sheet here: forms.example/elm-moving-days");
        Post haHands = re(4, "10:30", haruki, brHands, "Put me down for Saturday morning.");
        re(4, "10:40", bronagh, haHands, "Done, thanks Haruki!");
        Post ezClean = say(5, "19:00", emDeposit, ezra, "My letting agent says I have to pay for professional "
                + "cleaning when I move out. Do I?");
        Post otClean = re(5, "19:30", ottilie, ezClean, "Only if your tenancy says so, and even then they can't "
                + "charge more than it costs to get the place back to how it was. Clean it well yourself and take "
                + "dated photos.");
        re(5, "19:40", ezra, otClean, "Thanks!");
        Post otBack = say(5, "20:00", emBoxes, ottilie, "@Ezra Lindgren can you get Kwame's trolley back to the bike "
                + "store by Sunday night? Priscilla needs it for her move next week.");
        Post kwAway = say(6, "09:00", emBoxes, kwame, "Heads up: I'm off to my sister's in Accra from tomorrow till "
                + "the 21st, very patchy signal. Trolley's yours till Sunday, Ezra.");
        re(6, "09:20", bronagh, kwAway, "Safe travels Kwame!");
        re(6, "10:00", haruki, otWorn, "The agent backed down on the carpet. Thanks Ottilie!");
        say(7, "10:00", emMoving, bronagh, "Thanks to everyone who carried for Ezra yesterday. 1 slot left for "
                + "Priscilla on the 20th: forms.example/elm-moving-days");
        // W47
        Post ezSorry = re(8, "19:00", ezra, otBack, "Sorry, moving chaos! The trolley went back to the bike store on "
                + "Sunday night.");
        re(8, "19:20", ottilie, ezSorry, "Great, thanks Ezra.");
        Post brKeys = say(9, "11:00", emBoxes, bronagh, "@Kwame Asante where did you leave the spare keys for the "
                + "community van? Priscilla's move needs it on Saturday.");
        Post otKeys = re(9, "11:30", ottilie, brKeys, "Kwame's away till the 21st, he said on Saturday. I think "
                + "they're in the hall key safe, but don't quote me.");
        re(9, "11:45", bronagh, otKeys, "Ah yes, I'll check the key safe.");
        Post prCheck = say(10, "18:00", emDeposit, priscilla, "Check-out is on Friday. Anything I should do "
                + "beforehand?");
        Post otCheck = re(10, "18:30", ottilie, prCheck, "Read your check-in inventory line by line, fix what you "
                + "can, clean, and take a dated video of every room on the day.");
        re(10, "18:45", priscilla, otCheck, "Video on the day, good idea. Thanks Ottilie.");
        Post brOne = say(11, "10:00", emMoving, bronagh, "Priscilla's move on Saturday needs one more pair of "
                + "hands: forms.example/elm-moving-days");
        Post ezOne = re(11, "10:20", ezra, brOne, "Put me down, I owe you all.");
        re(11, "10:30", bronagh, ezOne, "Brilliant, thanks Ezra.");
        Post haBlankets = say(12, "13:00", emBoxes, haruki, "Anyone got moving blankets? Just for the sofa.");
        Post prBlankets = re(12, "13:30", priscilla, haBlankets, "I have two, you can have them after Saturday.");
        re(12, "13:40", haruki, prBlankets, "Perfect.");
        Post prMoved = say(13, "17:00", emMoving, priscilla, "Moved! Thank you to everyone who carried, especially "
                + "@Ezra Lindgren who did the stairs twice.");
        re(13, "17:20", ezra, prMoved, "Happy to, enjoy the new place!");
        Post ezDeposit = say(14, "12:00", emDeposit, ezra, "Got my full deposit back today! Took photos like Ottilie "
                + "said.");
        re(14, "12:15", ottilie, ezDeposit, "Brilliant!");
        // W48
        Post brSheet = say(15, "09:00", emMoving, bronagh, "My own move on Sunday needs 3 people: "
                + "forms.example/elm-moving-days");
        re(15, "09:30", haruki, brSheet, "I'm in.");
        Post ezFlat = say(16, "18:00", emBoxes, ezra, "I've got all my boxes flattened if anyone's moving next. "
                + "About 25, good nick.");
        Post brFlat = re(16, "18:20", bronagh, ezFlat, "Me! Sunday. Can I grab them?");
        re(16, "18:30", ezra, brFlat, "They're yours, I'll drop them round tonight.");
        Post haFriend = say(17, "12:00", emDeposit, haruki, "Question from a friend: her landlord kept the deposit "
                + "and never protected it. What can she do?");
        Post ezFriend = re(17, "12:30", ezra, haFriend, "That happened to my brother. She can claim up to three times "
                + "the deposit through the small claims court if it wasn't protected within 30 days. Shelter's pages "
                + "explain it.");
        re(17, "12:50", haruki, ezFriend, "Three times! I'll tell her, thanks Ezra.");
        Post kwBack = re(15, "08:00", kwame, brKeys, "Sorry Bronagh, just back and catching up: the spare keys are "
                + "in the blue tin in the hall key safe.");
        re(15, "08:20", bronagh, kwBack, "Found them, but thank you! Welcome back.");
        Post prTape = say(19, "18:00", emBoxes, priscilla, "Anyone need tape? Four half rolls spare.");
        re(19, "18:15", bronagh, prTape, "Yes please, for Sunday!");
        Post brMoved = say(21, "18:00", emMoving, bronagh, "Moved! Thank you all, the new street already feels like "
                + "home.");
        re(21, "18:30", priscilla, brMoved, "Welcome to the neighbourhood, Bronagh!");
    }

    /** E. Gentle Moves Network: Jonah talks about himself among fellow managers in W46, then listens. */
    private void moveManagers() {
        // W46
        Post phBusy = say(1, "09:00", gmRoom, philippa, "Morning all. Busy week ahead, three moves and a care-home "
                + "handover.");
        Post joBusy = re(1, "09:30", jonah, phBusy, "Same here. I've got four moves this week and my team is "
                + "stretched. I've taken on a second van and I'm training my new assistant myself. We did 41 moves "
                + "last quarter, our best ever, and I think my system is finally paying off.");
        re(1, "10:00", philippa, joBusy, "Forty-one is a lot. Hope you're sleeping!");
        Post maDad = say(2, "11:00", gmFamilies, maeve, "My dad is 84 and moving from a four-bed house into a "
                + "one-bed flat near me. He's overwhelmed by how much he has to get rid of. Where do we start?");
        Post phPlan = re(2, "11:40", philippa, maDad, "Hi Maeve. Start with the new flat, not the old house: get a "
                + "floor plan and decide together which furniture fits. Then everything else becomes 'what do we do "
                + "with this' rather than 'what do I lose'. One room at a time, and let him keep the things with "
                + "stories.");
        re(2, "12:05", maeve, phPlan, "Starting from the floor plan makes so much sense. Thank you.");
        Post suWar = say(2, "14:00", gmRoom, sunita, "Two sisters at war over a dresser today. Long afternoon.");
        re(2, "14:30", philippa, suWar, "Oof. A turn-taking rule agreed before they start helps, I find.");
        re(2, "14:40", jonah, suWar, "I had that last year with my biggest client. I sat them down in my office and "
                + "told them my rule: I decide nothing, I just run my process. We've used my process on every move "
                + "since and I've never had a row I couldn't settle. I'm actually writing my book about it.");
        Post joBook = say(3, "10:00", gmRoom, jonah, "Big news from me: my book is out in the spring. I've spent two "
                + "years on it and my publisher thinks it will do well. I'm doing my launch at our office in "
                + "Harrogate, and we'll have my whole team there.");
        Post suCongrats = re(3, "10:30", sunita, joBook, "Congratulations Jonah.");
        re(3, "10:45", jonah, suCongrats, "Thanks. I'm really proud of my chapter on our packing method, I think it's "
                + "the best thing I've written. My editor loved it too.");
        Post alBooks = say(4, "15:00", gmFamilies, alistair, "I'm 78 and thinking of moving into a retirement flat. "
                + "I've got a house full of books, about 3,000. Is it realistic to keep any?");
        Post suBooks = re(4, "15:30", sunita, alBooks, "Hi Alistair, very realistic to keep some. Measure the "
                + "shelving you'll have, count roughly 30 books per metre, and choose the ones you'd reread. Libraries "
                + "and charity bookshops will often collect the rest.");
        re(4, "15:50", alistair, suBooks, "Thirty a metre gives me a target. Thank you.");
        Post phHome = say(5, "12:00", gmRoom, philippa, "Finally cracked the care-home handover. The manager agreed "
                + "to a phased move over two days.");
        Post joHome = re(5, "12:20", jonah, phHome, "Nice. I always do my care-home moves in one day, my crew is "
                + "quick. We've got it down to six hours and I've had three homes ask me to be their preferred mover. "
                + "I think my reputation does the work now.");
        re(5, "12:40", philippa, joHome, "Six hours, impressive.");
        Post wiBath = say(6, "10:00", gmFamilies, winifred, "Can anyone recommend a downsizing helper in Bath? I'm 81 "
                + "and my children live abroad.");
        Post suBath = re(6, "10:30", sunita, wiBath, "Hi Winifred, I cover Bath. I charge £35 an hour and most "
                + "downsizes take me three or four days. DM me and I'll come for a free chat over tea.");
        re(6, "10:50", winifred, suBath, "Lovely, I'll message you.");
        say(7, "16:00", gmRoom, jonah, "Quiet Sunday, I'm finally writing my newsletter. We've had our best year and "
                + "I want my clients to hear all about it.");
        // W47
        Post maDay = say(8, "10:00", gmFamilies, maeve, "Dad has chosen his furniture for the flat. Is there anyone "
                + "who could help on the day itself? It's Saturday 27th, Harrogate to Ripon.");
        Post joDay = re(8, "10:30", jonah, maDay, "Hi Maeve, Harrogate's my patch and I could do the 27th. For a "
                + "one-bed it's a day with two of us, £420 including unpacking and making the bed up, so your dad "
                + "sleeps in a finished room that night. Would you like me to come and meet him first?");
        Post maMeet = re(8, "11:00", maeve, joDay, "Yes please, he'd like that. Wednesday?");
        re(8, "11:15", jonah, maMeet, "Wednesday at 11, and I'll bring the floor plan Philippa suggested.");
        Post suPiano = say(9, "14:00", gmRoom, sunita, "Winifred in Bath booked me for four days. Lovely lady, she has "
                + "a piano nobody wants.");
        Post phPiano = re(9, "14:20", philippa, suPiano, "Try the piano rehoming charities, they sometimes collect "
                + "for free.");
        re(9, "14:40", sunita, phPiano, "Great idea, thanks.");
        Post phList = say(10, "09:00", gmResources, philippa, "A checklist families keep asking for: who to tell when "
                + "a parent moves (bank, GP, council, pension, post). Free to share: gentlemoves.example/checklist");
        re(10, "09:40", alistair, phList, "Very useful, thank you. I hadn't thought about the pension.");
        Post al400 = say(11, "16:00", gmFamilies, alistair, "Update: I've got it down to 400 books! The library took "
                + "900.");
        re(11, "16:30", sunita, al400, "That's a huge job done, Alistair. Well done.");
        Post joTrumpet = say(12, "13:00", gmRoom, jonah, "Met Maeve's dad on Wednesday. Lovely man, an ex-bandmaster, "
                + "keeping one trumpet. How do others handle instruments on moving day, case in the car with the "
                + "client?");
        Post phTrumpet = re(12, "13:20", philippa, joTrumpet, "Always in the car with the client, I'd say.");
        re(12, "13:35", jonah, phTrumpet, "Makes sense, thanks.");
        Post wiAngel = say(13, "11:00", gmFamilies, winifred, "Sunita has been an angel. Four days and the house "
                + "feels like mine again.");
        re(13, "11:30", sunita, wiAngel, "You did all the hard choosing, Winifred.");
        // W48
        Post maNight = say(15, "10:00", gmFamilies, maeve, "Any tips for the first night? Dad's nervous.");
        Post phNight = re(15, "10:30", philippa, maNight, "Make the bed up first, put his chair where he can see the "
                + "window, and have his own mug and kettle ready. Familiar things matter more than tidy.");
        re(15, "10:45", maeve, phNight, "His own mug, yes. Thank you.");
        Post suMind = say(16, "09:00", gmRoom, sunita, "How do you all price a move where the client keeps changing "
                + "their mind?");
        Post joMind = re(16, "09:20", jonah, suMind, "I quote by the day and say up front what a day covers. If they "
                + "change their mind the day just runs longer, and you can show them where the time went.");
        re(16, "09:40", sunita, joMind, "That's fair, thanks Jonah.");
        Post phYork = say(17, "12:00", gmRoom, philippa, "Anyone going to the association's winter meet-up in "
                + "York?");
        Post joYork = re(17, "12:15", jonah, phYork, "I am, are you driving?");
        Post phTrain = re(17, "12:30", philippa, joYork, "Train. Want to meet at the station?");
        re(17, "12:40", jonah, phTrain, "Yes, I'll be on the 10:15.");
        Post wiPiano = say(18, "14:00", gmFamilies, winifred, "My old piano has gone to a primary school in Frome "
                + "through a rehoming charity. Sunita found them for me!");
        re(18, "14:30", sunita, wiPiano, "It went to a very good home, Winifred.");
        Post maIn = say(21, "10:00", gmFamilies, maeve, "Dad's in! @Jonah Whitlock and his colleague were so patient "
                + "with him, and the trumpet rode with him in the car. He slept well.");
        re(21, "10:30", jonah, maIn, "It was a pleasure, Maeve. Tell him he owes us a tune.");
    }

    /** F. Allen Key Collective: Maud logs to nobody in W46; Yusuf asks for follows in W47 and joins in by W48. */
    private void assemblers() {
        // W46
        say(1, "08:00", akLounge, maud, "Two PAX wardrobes in Hackney today, 9am start.");
        say(1, "17:00", akLounge, maud, "PAX pair finished, five hours, doors aligned.");
        say(2, "08:10", akLounge, maud, "Kitchen island flat-pack in Stoke Newington today.");
        Post tiBow = say(2, "10:00", akJobs, tilly, "Moving into a flat in Bow on the 26th. I'll need a double "
                + "wardrobe and a bed frame put together, both IKEA. Anyone free on the 27th or 28th?");
        Post daBow = re(2, "10:25", darius, tiBow, "Hi Tilly, I can do Sunday 28th, morning. A double PAX and a bed "
                + "frame is about four hours, £140 all in. Want me to pencil it in?");
        re(2, "10:50", tilly, daBow, "Yes please, Sunday 28th.");
        say(2, "18:00", akLounge, maud, "Island finished. Worktop fixings short by two, shop called.");
        Post daCam = say(2, "19:00", akLounge, darius, "Anyone know if the new Hemnes drawers still use cam and "
                + "dowel fixings?");
        re(2, "19:20", maud, daCam, "Still cam and dowel, but longer screws for the runners now.");
        say(3, "08:05", akLounge, maud, "Bed frame and two chests, Walthamstow.");
        say(3, "16:00", akLounge, maud, "Bed and chests done by three.");
        say(4, "08:00", akLounge, maud, "Office desks x6 for a start-up, Shoreditch.");
        Post rhWobble = say(4, "13:00", akJobs, rhiannon, "Quick question rather than a job: the bed I built myself "
                + "wobbles. Is that the frame or the floor?");
        Post daWobble = re(4, "13:20", darius, rhWobble, "Usually the frame. Tighten every bolt with the bed standing "
                + "on the floor, not propped up, and check the centre leg touches the floor.");
        re(4, "13:45", rhiannon, daWobble, "The centre leg was 5mm off the floor! Fixed. Thank you!");
        say(4, "17:30", akLounge, maud, "Six desks done, cable trays fitted.");
        say(5, "08:15", akLounge, maud, "Day off the tools: van MOT.");
        say(6, "09:00", akLounge, maud, "Garden shed kit in Leyton, weather permitting.");
        say(6, "16:45", akLounge, maud, "Shed up before the rain.");
        // W47
        joins(8, "08:30", akLounge, yusuf);
        Post yuFollow = say(8, "09:00", akLounge, yusuf, "Hi all, Yusuf here, just started assembling in Croydon. "
                + "Please follow my page instagram.example/yusuf.builds and leave me a Google review if you can, "
                + "every follow helps!");
        Post maTorque = say(8, "10:00", akLounge, maud, "@Darius Fenn what clutch setting do you use for cam locks? "
                + "Stripped one yesterday.");
        Post daTorque = re(8, "10:20", darius, maTorque, "Clutch on 3, and the last quarter turn by hand.");
        re(8, "10:35", maud, daTorque, "By hand, got it. Thanks Darius.");
        Post beOffice = say(9, "09:00", akJobs, benedikt, "Our office in Croydon is moving floors on 29 November. We "
                + "need 12 desks and 4 storage cabinets taken apart and put back together. Quotes welcome.");
        say(9, "09:20", akJobs, yusuf, "Follow my page instagram.example/yusuf.builds to see my work, and please "
                + "leave me a Google review, it really helps a new business!");
        Post daOffice = re(9, "09:50", darius, beOffice, "Hi Benedikt, I've done a few office moves. 12 desks and 4 "
                + "cabinets, down and up, is a day for two of us: £380. I can do the 29th if it's an evening or a "
                + "weekend.");
        re(9, "10:15", benedikt, daOffice, "It's a Monday, so an evening works. Let's book it.");
        say(10, "12:00", akDm, yusuf, "Hi Benedikt, I saw your office job. Would you mind giving my page a follow "
                + "and writing me a Google review? It would really help me get started.");
        Post maWelcome = re(10, "13:00", maud, yuFollow, "@Yusuf Hamdan welcome! Whereabouts in Croydon? I get asked "
                + "for south London jobs I can't take.");
        re(10, "13:30", yusuf, maWelcome, "Thornton Heath. Please follow my page too!");
        Post tiDrawers = say(11, "19:00", akJobs, tilly, "@Darius Fenn I've got a chest of drawers too now, can you "
                + "add it on the 28th?");
        re(11, "19:30", darius, tiDrawers, "Of course, add £25 and half an hour.");
        Post maLocks = say(12, "09:00", akLounge, maud, "Anyone got a good source of replacement cam locks? The shops "
                + "only sell packs of 100.");
        Post daLocks = re(12, "09:30", darius, maLocks, "The hardware place on Mare Street sells them loose.");
        re(12, "09:45", maud, daLocks, "Mare Street, thank you.");
        Post rhSofa = say(13, "11:00", akJobs, rhiannon, "New job: a sofa bed that arrived in 9 boxes. Walthamstow, "
                + "any weekday evening.");
        Post maSofa = re(13, "11:30", maud, rhSofa, "Hi Rhiannon, I'm in Walthamstow on Wednesdays. A sofa bed is "
                + "about two hours, £70. Wednesday at 6?");
        re(13, "11:50", rhiannon, maSofa, "Wednesday at 6 is great.");
        // W48
        Post yuSorry = say(15, "09:00", akLounge, yusuf, "Sorry for spamming my page last week, I was a bit keen. "
                + "@Maud Kettering thanks for the welcome. Question: how do you all deal with missing parts on a "
                + "job?");
        Post maParts = re(15, "09:30", maud, yuSorry, "Photograph the box labels first thing, and the shop usually "
                + "sends parts within days. I carry a tub of common fixings too.");
        re(15, "09:50", yusuf, maParts, "A tub of fixings, smart. Thanks.");
        Post maGreen = say(16, "18:00", akLounge, maud, "Anyone been to the new Greenwich store? The collection point "
                + "took me an hour.");
        Post daGreen = re(16, "18:20", darius, maGreen, "Go before 10, it's empty then.");
        re(16, "18:30", maud, daGreen, "Before 10, noted.");
        Post beStand = say(17, "10:00", akJobs, benedikt, "Anyone know if standing desks need two people to take "
                + "apart, or can one do it?");
        Post yuStand = re(17, "10:20", yusuf, beStand, "Two people, Benedikt: the frames are heavy and the motors "
                + "don't like being dropped. Lower the legs fully before you unplug them.");
        re(17, "10:40", benedikt, yuStand, "Good to know, thanks.");
        Post yuHands = say(18, "12:00", akLounge, yusuf, "@Darius Fenn if the office job on the 29th needs a second "
                + "pair of hands, I'm free.");
        Post daHands = re(18, "12:30", darius, yuHands, "Thanks Yusuf, that would help. £120 for the evening?");
        re(18, "12:45", yusuf, daHands, "Deal.");
        Post rhBuilt = say(19, "20:00", akJobs, rhiannon, "Sofa bed built beautifully by @Maud Kettering on "
                + "Wednesday. Sending my sister your way, Maud, she's moving in January.");
        re(19, "20:30", maud, rhBuilt, "Thank you Rhiannon, I'd love to help her.");
        Post tiDone = say(21, "13:00", akJobs, tilly, "Wardrobe, bed and drawers all done by @Darius Fenn this "
                + "morning. Brilliant.");
        re(21, "13:30", darius, tiDone, "Enjoy the new flat, Tilly!");
    }

    /** G. Crateful: the Team answers well until W48, when Hamza is away and Isadora's deposit question waits. */
    private void crateHire() {
        // W46
        say(1, "08:00", crNews, leontine, "Delivery rounds this week: north London Monday and Thursday, south "
                + "Tuesday and Friday.");
        say(1, "10:00", crHelp, saoirse, "Can I extend my hire by a week? The buyer's solicitor is dragging their "
                + "feet.");
        Post haExtend = say(1, "10:15", crHelp, hamza, "Yes Saoirse, that's fine: £12 for the extra week and the "
                + "same crates stay with you.");
        re(1, "10:30", saoirse, haExtend, "Great, thanks Hamza.");
        Post muLids = say(2, "08:30", crMovers, mungo, "Morning all. Anyone else's crews complain about the lids on "
                + "the new blue crates sticking?");
        Post leLids = re(2, "09:00", leontine, muLids, "That's the cold, Mungo: the hinge plastic stiffens below "
                + "about 5 degrees. A squirt of silicone spray fixes it, and we'll put a can in each delivery this "
                + "winter.");
        re(2, "09:20", mungo, leLids, "Brilliant, thanks.");
        say(3, "12:00", crHelp, isadora, "How many crates would I need for a two-bed flat?");
        Post haForty = say(3, "12:10", crHelp, hamza, "Roughly 40 to 50 for a two-bed, Isadora, more if you have a "
                + "lot of books. Most people take our 50-crate pack.");
        re(3, "12:30", isadora, haForty, "50 it is. Booking now.");
        joins(4, "09:00", crHelp, cyrus);
        Post cyPack = say(4, "09:10", crHelp, cyrus, "Hello, new here. Do you deliver crates to Walthamstow, and "
                + "what does a pack of 30 cost for two weeks?");
        Post haPack = re(4, "09:40", hamza, cyPack, "Hi Cyrus, yes, Walthamstow's on our Monday round. 30 crates for "
                + "two weeks is £54 with delivery and collection, plus a £60 deposit you get back.");
        re(4, "10:00", cyrus, haPack, "Perfect, I'll book for next Monday.");
        say(5, "09:00", crNews, leontine, "All our crates now have label holders, so you can write the room on a card "
                + "and swap it next time.");
        Post muTwenty = say(5, "15:00", crMovers, mungo, "@Hamza Qureshi could you add 20 crates to Monday's drop at "
                + "our yard?");
        re(5, "15:20", hamza, muTwenty, "Added, Mungo: 20 extra on Monday.");
        Post saDoor = say(6, "11:00", crHelp, saoirse, "Completion is finally on Friday! Where do I leave the crates "
                + "for collection?");
        Post leDoor = re(6, "11:30", leontine, saDoor, "Congratulations! Stack them by the door of the new place and "
                + "text us the address; Monday's round can collect.");
        re(6, "11:45", saoirse, leDoor, "Will do, thank you.");
        // W47
        say(8, "08:00", crNews, leontine, "New: wardrobe crates with a hanging rail, £6 a week each.");
        Post cyCoats = say(8, "18:00", crHelp, cyrus, "Crates arrived, thanks. Are the wardrobe ones tall enough for "
                + "long coats?");
        Post leCoats = re(8, "18:30", leontine, cyCoats, "Just about, Cyrus: 120cm of hanging space. Long winter "
                + "coats fold over the rail.");
        re(8, "18:45", cyrus, leCoats, "Great, I'll add two.");
        Post muSent = say(9, "10:00", crMovers, mungo, "Sent two removal firms your way this week, @Leontine "
                + "Baptiste: Hartley Moves and a man-and-van from Leyton. Both fed up with cardboard.");
        Post leSent = re(9, "10:20", leontine, muSent, "Mungo, thank you! Both have been in touch already. Your next "
                + "hire's on us.");
        re(9, "10:40", mungo, leSent, "Ha, I'll hold you to that.");
        Post isPickup = say(10, "09:00", crHelp, isadora, "Moved in, all crates unpacked. Collection on Monday?");
        Post haPickup = re(10, "09:20", hamza, isPickup, "Monday's fine, Isadora, between 9 and 1. Leave them "
                + "stacked by the door if you're out.");
        re(10, "09:35", isadora, haPickup, "Thanks Hamza.");
        Post haShort = say(11, "08:00", crMovers, hamza, "Stock note for firms: we're short of 60-litre crates until "
                + "the 25th, the big ones are fine.");
        re(11, "08:30", mungo, haShort, "Noted, we'll use the big ones.");
        say(13, "09:00", crNews, hamza, "I'm off from Monday 22nd for a week. @Leontine Baptiste has the desk, so "
                + "answers may be a little slower.");
        Post saOld = say(13, "12:00", crHelp, saoirse, "Do you ever sell old crates? I'd love a few for the "
                + "garage.");
        Post leOld = re(13, "12:30", leontine, saOld, "Now and then, £4 each for scuffed ones. I'll put ten aside for "
                + "you if you like.");
        re(13, "12:45", saoirse, leOld, "Ten, yes please!");
        // W48
        say(15, "08:00", crNews, leontine, "Christmas rounds: last delivery 22 December, first collection 3 "
                + "January.");
        Post isCrack = say(16, "09:30", crHelp, isadora, "Bit of a problem: one crate cracked when the collection "
                + "driver stacked it on Monday. Will that come off my deposit? It wasn't us.");
        Post leJan = say(16, "11:00", crMovers, leontine, "Firms: January block bookings are open, tell me your "
                + "dates.");
        Post muJan = re(16, "11:30", mungo, leJan, "Put us down for 200 crates from 4 January.");
        re(16, "11:45", leontine, muJan, "Done, 200 from the 4th.");
        Post cyMarch = say(17, "10:00", crHelp, cyrus, "Moving again in March, funnily enough. Can I book now?");
        Post leMarch = re(17, "10:20", leontine, cyMarch, "You can! Tell me the date nearer the time and I'll hold 30 "
                + "for you.");
        re(17, "10:40", cyrus, leMarch, "Will do, thanks.");
        say(17, "15:00", crNews, leontine, "Scuffed crates at the yard, £4 each, while they last.");
        Post isNudge = re(18, "09:00", isadora, isCrack, "@Leontine Baptiste any word on the cracked crate? My "
                + "deposit hasn't come back yet.");
        Post leCrack = re(18, "19:00", leontine, isNudge, "Isadora, I'm sorry, that slipped past me while Hamza is "
                + "away. The crack is ours, not yours: your full £60 deposit went back to your card this evening.");
        re(18, "19:30", isadora, leCrack, "Thank you, that's a relief.");
        Post saTen = say(19, "12:00", crHelp, saoirse, "Picked up my ten crates, the garage looks amazing. Thanks "
                + "@Leontine Baptiste!");
        re(19, "12:30", leontine, saTen, "Glad they found a good home!");
    }

    /** H. Paws in Transit: Tova pushes her crates in W47 and sells only when asked in W48; Rupert's runs board. */
    private void petCouriers() {
        // W46
        Post ruFerry = say(1, "09:00", ptLounge, rupert, "The Belfast ferry is cancelling pet-friendly cabins for "
                + "December refits. Check your bookings.");
        re(1, "09:30", esme, ruFerry, "Thanks Rupert, I had two in December. Rebooking on the Liverpool crossing.");
        re(1, "10:00", tova, ruFerry, "Same, one booking moved.");
        joins(2, "10:00", ptOwners, bethan);
        Post beCats = say(2, "10:15", ptOwners, bethan, "Hi, we're moving from Cardiff to Inverness in January with "
                + "two elderly cats. Is it kinder to drive them ourselves over two days or use a courier?");
        Post esCats = re(2, "10:45", esme, beCats, "Hi Bethan. For elderly cats one long day is usually kinder than "
                + "an overnight stop in a strange place. A courier can do it in one go with breaks and a vet on call; "
                + "if you drive, keep the litter tray in the car and don't let them out at the stops.");
        Post beNorth = re(2, "11:10", bethan, esCats, "One long day makes sense. Do you go that far north?");
        Post esNorth = re(2, "11:30", esme, beNorth, "I do Inverness once a month. My next run is 14 January if that "
                + "helps, it's on the runs board.");
        re(2, "11:45", bethan, esNorth, "Perfect timing, I'll look.");
        Post arLab = say(3, "19:00", ptOwners, arjun, "We're moving to Dublin next month with our labrador. What "
                + "paperwork does he need?");
        Post toLab = re(3, "19:30", tova, arLab, "Hi Arjun, for Ireland he needs a microchip, a rabies vaccination at "
                + "least 21 days before travel, an Animal Health Certificate from your vet within 10 days of travel, "
                + "and tapeworm treatment 1 to 5 days before arrival.");
        re(3, "19:50", arjun, toLab, "That's a list! Thank you.");
        say(4, "08:00", ptRuns, rupert, "Run: Edinburgh to London, Tue 16 Nov, 2 spaces (cat or small dog). "
                + "Booking: langleypets.example/runs");
        Post toVet = say(5, "14:00", ptLounge, tova, "Does anyone know a vet near Holyhead who does Animal Health "
                + "Certificates at short notice?");
        Post esVet = re(5, "14:20", esme, toVet, "The practice on Market Street did one for me in a day last month.");
        re(5, "14:35", tova, esVet, "Brilliant, thanks Esmé.");
        Post clGalway = say(6, "10:00", ptOwners, clodagh, "Esmé took our cat Biscuit to Dublin last year and was "
                + "brilliant. Now my mum is moving to Galway with her dog. Does anyone go to Galway?");
        Post esGalway = re(6, "10:30", esme, clGalway, "Hello Clodagh, how's Biscuit? I go to Galway in December. "
                + "Message me and we'll sort a date for your mum.");
        re(6, "10:45", clodagh, esGalway, "Will do!");
        Post esHeater = say(7, "20:00", ptLounge, esme, "Anyone else's van heater packing in at night? The dogs were "
                + "chilly on the Carlisle run.");
        Post ruHeater = re(7, "20:20", rupert, esHeater, "Fit a diesel heater, best £400 I've spent.");
        re(7, "20:40", esme, ruHeater, "I'll look into it, thanks Rupert.");
        // W47
        say(8, "08:00", ptRuns, rupert, "Update: Edinburgh to London on Tue 16th, 1 space left. "
                + "langleypets.example/runs");
        Post toCrates = say(9, "09:00", ptLounge, tova, "My new IATA-approved travel crates are in, all sizes. 15% "
                + "off this month with code TOVA15: tovapets.example/crates");
        re(9, "09:30", rupert, toCrates, "Nice crates, though we all have suppliers already!");
        Post clSpaniel = say(9, "12:00", ptOwners, clodagh, "Hi Esmé, Mum's dog is a 12kg spaniel and she'd like to go "
                + "from Chester to Galway around 10 December. Is that possible?");
        Post esSpaniel = re(9, "12:40", esme, clSpaniel, "Hi Clodagh, yes: my December Ireland run leaves Chester on "
                + "the 10th and reaches Galway on the 11th. For a 12kg spaniel it's £380. Shall I put her down?");
        re(9, "13:00", clodagh, esSpaniel, "Yes please! I'll send Mum's details tonight.");
        say(10, "08:00", ptRuns, rupert, "Edinburgh to London on Tuesday is full, thanks all. Next run: London to "
                + "Bristol, Fri 26 Nov, 3 spaces: langleypets.example/runs");
        say(11, "09:00", ptOwners, tova, "Moving with a pet soon? My IATA-approved travel crates, 15% off with code "
                + "TOVA15: tovapets.example/crates");
        Post arDen = say(11, "18:00", ptOwners, arjun, "Paperwork's all done for Dublin. One more: how long before "
                + "should we get him used to his crate?");
        Post esDen = re(11, "18:30", esme, arDen, "At least two weeks, Arjun: leave it open in the living room with "
                + "his bed and a treat in it, so it's his den before it's a travel box.");
        re(11, "18:45", arjun, esDen, "His den, I like that. Thanks Esmé.");
        Post ruTebay = say(12, "12:00", ptLounge, rupert, "Anyone used the new pet-relief stop at Tebay? Worth the "
                + "detour?");
        Post toTebay = re(12, "12:30", tova, ruTebay, "Yes, fenced and quiet, I used it last week.");
        re(12, "12:45", rupert, toTebay, "Cheers Tova.");
        say(13, "09:00", ptRuns, esme, "Run: Chester to Galway via Holyhead, 10-11 December, 2 spaces left.");
        Post clBooked = say(14, "10:00", ptOwners, clodagh, "Mum's spaniel is booked with Esmé for December. Thanks "
                + "all!");
        re(14, "10:30", esme, clBooked, "Looking forward to meeting her, Clodagh.");
        // W48
        Post arBigger = say(15, "17:00", ptOwners, arjun, "The vet says he needs a bigger crate than the one we "
                + "bought. Where do people get IATA ones for a 30kg lab?");
        Post toBigger = re(15, "17:30", tova, arBigger, "Hi Arjun, for a 30kg lab you'll want a size 5 or 6: measure "
                + "nose to tail base plus half the leg length. I sell them, tovapets.example/crates, but any "
                + "IATA-marked crate from a pet shop will do.");
        re(15, "17:50", arjun, toBigger, "Ordered a size 6 from you, thanks Tova.");
        Post esPortal = say(16, "10:00", ptLounge, esme, "Anyone had trouble with the new Irish pet entry portal? It "
                + "logged me out twice.");
        Post ruPortal = re(16, "10:20", rupert, esPortal, "Use Chrome, not Safari, and it's fine.");
        re(16, "10:35", esme, ruPortal, "Chrome, got it. Thanks Rupert.");
        Post beBurrito = say(17, "19:00", ptOwners, bethan, "Booked Esmé's January run for the cats. Any tips for "
                + "getting elderly cats into carriers without a fight?");
        Post toBurrito = re(17, "19:20", tova, beBurrito, "Wrap them in a towel like a burrito and go in back end "
                + "first. A calming spray in the carrier half an hour before helps too.");
        re(17, "19:40", bethan, toBurrito, "Burrito, noted! Thanks.");
        say(19, "08:00", ptRuns, rupert, "Next run: Bristol to Edinburgh, Mon 6 Dec, 3 spaces: "
                + "langleypets.example/runs");
        Post toBristol = say(20, "10:00", ptLounge, tova, "@Rupert Langley how did the Bristol run go? Did the Tebay "
                + "stop help?");
        re(20, "10:30", rupert, toBristol, "Smooth, three happy cats, and yes, Tebay was perfect. Thanks for asking.");
        Post arLanded = say(21, "11:00", ptOwners, arjun, "Landed in Dublin, the lab is fine and already snoring in "
                + "his crate. Thank you all.");
        re(21, "11:30", tova, arLanded, "So glad, Arjun!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes122Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 122");
    }
}
