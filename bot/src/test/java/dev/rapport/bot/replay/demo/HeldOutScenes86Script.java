package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 86 (sealed): eight communities of technology and IT work for small firms and households, of kinds no
 * earlier round used (data-cabling and home Wi-Fi installers with a room where householders ask, a library's
 * tech-help volunteers where nobody sells, an EPOS till reseller's own server with its Staff and the cafés and shops
 * it serves, small firms' accidental IT admins with a licence reseller among them, CCTV and smart-doorbell installers
 * with a room where homeowners ask and a for-sale room, a village community broadband co-op where nobody sells,
 * cloud-accounting setup consultants with a room where sole traders ask, ex-lease IT asset brokers who trade among
 * themselves), over three ISO weeks (2030-W06 to W08), written and labelled by writer86 (session 47) before any coach
 * ran on them, with many borderline cases. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-86.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes86Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 2, 4);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 2, 25, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-86";
    private static final int BASE = 66800;

    // --- A. data-cabling and home Wi-Fi installers, with a room where householders ask ---
    private final String patch = cast.guild(1141);
    private final Channel ppTrade = cast.channel(patch, "Patch Panel", "trade-talk",
            "installers only: jobs, kit, pricing, moaning", "pp-trade-talk.json");
    private final Channel ppAsk = cast.channel(patch, "Patch Panel", "ask-an-installer",
            "householders and small offices: ask about wifi, cabling, dead spots", "pp-ask-an-installer.json");
    private final Channel ppTools = cast.channel(patch, "Patch Panel", "kit-and-tools",
            "testers, crimpers, access points, what's worth buying", "pp-kit-and-tools.json");
    private final Channel ppOff = cast.channel(patch, "Patch Panel", "off-the-clock",
            "anything else", "pp-off-the-clock.json");
    private final Persona rhys = cast.person("rhys.cables", "Rhys Pryce");
    private final Persona dani = cast.person("dani.k.net", "Dani Kowalczyk");
    private final Persona gareth = cast.person("gareth.gl", "Gareth Lowe");
    private final Persona maureen = cast.person("maureen.t", "Maureen Tate");
    private final Persona kwame = cast.person("kwame.a", "Kwame Asante");
    private final Persona sophie = cast.person("sophie.lq", "Sophie Lindqvist");

    // --- B. a library's tech-help volunteers (nobody sells) ---
    private final String help = cast.guild(1142);
    private final Channel thRota = cast.channel(help, "Tech Help Tuesdays", "rota",
            "volunteer shifts at the library tech-help desk", "th-rota.json");
    private final Channel thRoom = cast.channel(help, "Tech Help Tuesdays", "volunteer-room",
            "volunteers: how sessions went, questions, notices", "th-volunteer-room.json");
    private final Channel thTricky = cast.channel(help, "Tech Help Tuesdays", "tricky-ones",
            "the visitor problems we couldn't solve on the day", "th-tricky-ones.json");
    private final Channel thTea = cast.channel(help, "Tech Help Tuesdays", "tea-break",
            "chat", "th-tea-break.json");
    private final Persona pam = cast.person("pam.okafor", "Pam Okafor");
    private final Persona dev = cast.person("dev.m", "Dev Malhotra");
    private final Persona ray = cast.person("ray.collins", "Ray Collins");
    private final Persona jun = cast.person("jun.p", "Jun Park");
    private final Persona hilary = cast.person("hilary.b", "Hilary Brook");
    private final Persona ade = cast.person("ade.bello", "Ade Bello");

    // --- C. an EPOS till reseller's own server ---
    private final String till = cast.guild(1143);
    private final Role tillStaff = cast.role("Staff", "#16a085", 2);
    private final Channel ttNews = cast.channel(till, "TillTop EPOS", "announcements",
            "updates and news from TillTop", "tt-announcements.json");
    private final Channel ttDesk = cast.channel(till, "TillTop EPOS", "help-desk",
            "customers: till, card reader and printer problems, we answer here", "tt-help-desk.json");
    private final Channel ttIdeas = cast.channel(till, "TillTop EPOS", "feature-requests",
            "what you'd like the till to do", "tt-feature-requests.json");
    private final Channel ttCounter = cast.channel(till, "TillTop EPOS", "the-counter",
            "chat between shopkeepers", "tt-the-counter.json");
    private final Persona lorna = cast.person("lorna.tilltop", "Lorna Fitch", tillStaff);
    private final Persona sam = cast.person("sam.tilltop", "Sam Ridley", tillStaff);
    private final Persona priyesh = cast.person("priyesh.tt", "Priyesh Nair", tillStaff);
    private final Persona beth = cast.person("beth.bakehouse", "Beth Carver");
    private final Persona tony = cast.person("tony.pizza", "Tony Russo");
    private final Persona ayo = cast.person("ayo.fades", "Ayo Mensah");
    private final Persona gwen = cast.person("gwen.gifts", "Gwen Harte");

    // --- D. small firms' accidental IT admins, with a licence reseller among them ---
    private final String admins = cast.guild(1144);
    private final Channel aaHelp = cast.channel(admins, "Accidental Admins", "help",
            "email, accounts, laptops, the printer: ask away", "aa-help.json");
    private final Channel aaLic = cast.channel(admins, "Accidental Admins", "licensing-and-billing",
            "which plan, how many seats, why the bill went up", "aa-licensing-and-billing.json");
    private final Channel aaWar = cast.channel(admins, "Accidental Admins", "war-stories",
            "the week's disasters", "aa-war-stories.json");
    private final Channel aaGen = cast.channel(admins, "Accidental Admins", "general",
            "general chat", "aa-general.json");
    private final Persona colin = cast.person("colin.shawcloud", "Colin Shaw");
    private final Persona fatima = cast.person("fatima.z", "Fatima Zahir");
    private final Persona neil = cast.person("neil.booth", "Neil Booth");
    private final Persona ruth = cast.person("ruth.adeyemi", "Ruth Adeyemi");
    private final Persona marcus = cast.person("marcus.h", "Marcus Hale");
    private final Persona iona = cast.person("iona.g", "Iona Grant");

    // --- E. CCTV and smart-doorbell installers, with a room where homeowners ask ---
    private final String dome = cast.guild(1145);
    private final Channel ddInst = cast.channel(dome, "Doorbell & Dome", "installers",
            "installers' chat: jobs, kit, regs", "dd-installers.json");
    private final Channel ddAsk = cast.channel(dome, "Doorbell & Dome", "homeowners-ask",
            "homeowners: ask about cameras, doorbells, privacy and the neighbours", "dd-homeowners-ask.json");
    private final Channel ddSale = cast.channel(dome, "Doorbell & Dome", "for-sale",
            "used and refurbished kit for sale, price and postage in the post", "dd-for-sale.json");
    private final Channel ddBrew = cast.channel(dome, "Doorbell & Dome", "brew-room",
            "off-topic", "dd-brew-room.json");
    private final Persona lee = cast.person("lee.marsden", "Lee Marsden");
    private final Persona asha = cast.person("asha.v", "Asha Varma");
    private final Persona craig = cast.person("craig.dunnsecure", "Craig Dunn");
    private final Persona owain = cast.person("owain.r", "Owain Rees");
    private final Persona janet = cast.person("janet.mills", "Janet Mills");
    private final Persona pete = cast.person("pete.sandhu", "Pete Sandhu");
    private final Persona rosa = cast.person("rosa.b", "Rosa Bianchi");

    // --- F. a village community broadband co-op (nobody sells) ---
    private final String fern = cast.guild(1146);
    private final Channel fbNotices = cast.channel(fern, "Fernhill Broadband Co-op", "notices",
            "co-op notices: meetings, bills, works", "fb-notices.json");
    private final Channel fbOut = cast.channel(fern, "Fernhill Broadband Co-op", "outages",
            "is it down? status and fault updates", "fb-outages.json");
    private final Channel fbHelp = cast.channel(fern, "Fernhill Broadband Co-op", "help-each-other",
            "routers, wifi, getting the kids' tablets online", "fb-help-each-other.json");
    private final Channel fbChat = cast.channel(fern, "Fernhill Broadband Co-op", "village-chat",
            "anything else", "fb-village-chat.json");
    private final Persona malcolm = cast.person("malcolm.reid", "Malcolm Reid");
    private final Persona sue = cast.person("sue.pennington", "Sue Pennington");
    private final Persona tom = cast.person("tom.ash", "Tom Ashworth");
    private final Persona bridget = cast.person("bridget.k", "Bridget Kane");
    private final Persona kofi = cast.person("kofi.b", "Kofi Boateng");
    private final Persona elaine = cast.person("elaine.f", "Elaine Frost");
    private final Persona nigel = cast.person("nigel.darby", "Nigel Darby");

    // --- G. cloud-accounting setup consultants, with a room where sole traders ask ---
    private final String ledger = cast.guild(1147);
    private final Channel ldCons = cast.channel(ledger, "Ledger Setup Desk", "consultants",
            "setup consultants: clients, bank feeds, migrations", "ld-consultants.json");
    private final Channel ldAsk = cast.channel(ledger, "Ledger Setup Desk", "ask-a-setup-question",
            "sole traders and small firms: ask about getting your books online", "ld-ask-a-setup-question.json");
    private final Channel ldTools = cast.channel(ledger, "Ledger Setup Desk", "templates-and-tools",
            "templates and tools we use, share yours", "ld-templates-and-tools.json");
    private final Channel ldCoffee = cast.channel(ledger, "Ledger Setup Desk", "coffee",
            "chat", "ld-coffee.json");
    private final Persona hannah = cast.person("hannah.p", "Hannah Price");
    private final Persona oskar = cast.person("oskar.n", "Oskar Nyberg");
    private final Persona yasmin = cast.person("yasmin.c", "Yasmin Cole");
    private final Persona mick = cast.person("mick.plumbing", "Mick Fenwick");
    private final Persona leah = cast.person("leah.grooms", "Leah Ostrowski");
    private final Persona carys = cast.person("carys.photo", "Carys Vaughan");

    // --- H. ex-lease IT asset brokers trading among themselves ---
    private final String pallet = cast.guild(1148);
    private final Channel pdWanted = cast.channel(pallet, "Pallet Desk", "wanted",
            "what you're looking for: model, grade, quantity", "pd-wanted.json");
    private final Channel pdAvail = cast.channel(pallet, "Pallet Desk", "available",
            "stock you're selling to the trade: model, grade, quantity, price", "pd-available.json");
    private final Channel pdWipe = cast.channel(pallet, "Pallet Desk", "data-wipe-and-certs",
            "erasure, certificates, WEEE paperwork", "pd-data-wipe-and-certs.json");
    private final Channel pdChat = cast.channel(pallet, "Pallet Desk", "market-chat",
            "prices, couriers, gossip", "pd-market-chat.json");
    private final Persona vik = cast.person("vik.sharma", "Vik Sharma");
    private final Persona jade = cast.person("jade.h", "Jade Holloway");
    private final Persona bram = cast.person("bram.dv", "Bram de Vries");
    private final Persona kenny = cast.person("kenny.lam", "Kenny Lam");
    private final Persona nadine = cast.person("nadine.o", "Nadine Okoye");
    private final Persona stuart = cast.person("stuart.kemp", "Stuart Kemp");
    private final Channel dmVik = cast.dm(vik, "dm-vik-sharma.json");

    private HeldOutScenes86Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        cabling();
        techHelp();
        tills();
        accidentalAdmins();
        doorbells();
        villageBroadband();
        ledgerDesk();
        palletDesk();
    }

    private void cabling() {
        // W06
        say(1, "07:40", ppTrade, rhys, "morning all. anyone else's Fluke throwing a wiremap fault on brand new patch "
                + "leads? three out of a box of ten today");
        say(1, "08:05", ppTrade, gareth, "cheap leads. test every one, bin the dodgy ones, send the supplier "
                + "the photos");
        say(1, "08:10", ppTrade, rhys, "yeah figured. ta");
        say(1, "19:20", ppOff, dani, "anyone watching the rugby saturday or am I on my own again");
        say(1, "19:40", ppOff, gareth, "watching it at my in-laws. pray for me");
        say(2, "09:00", ppTrade, rhys, "heads up, off to a job in Cornwall tomorrow till Thursday, barn conversion, "
                + "no signal at all down there. back Friday");
        say(2, "09:05", ppTrade, dani, "enjoy the pasties");
        Post maureenQ = say(3, "10:15", ppAsk, maureen, "@Rhys Pryce you sorted my neighbour's wifi last year. "
                + "I've got "
                + "a garden office 20m from the house and the signal dies at the door. would those plug-in powerline "
                + "things work?");
        re(3, "11:00", dani, maureenQ, "Rhys is away till Friday so I'll jump in. powerline rarely survives the trip "
                + "to a garden office, it's usually on a different circuit. an outdoor point-to-point pair or a cable "
                + "in a duct is what actually works. a duct is more digging but it lasts");
        re(3, "11:20", maureen, maureenQ, "oh thank you Dani. which is cheaper roughly?");
        say(3, "11:35", ppAsk, dani, "the wireless pair, by a lot, if you can see the office from the house. a cable "
                + "needs a trench, but it's there for 20 years");
        say(3, "11:40", ppAsk, maureen, "I can see it from the kitchen window, so that's good news");
        Post sophieQ = say(4, "18:30", ppAsk, sophie, "can anyone recommend someone to sort wifi in a three storey "
                + "townhouse in Leeds? we've tried two extenders and the top floor is still hopeless");
        re(4, "18:50", gareth, sophieQ, "that's me, I'm in Headingley. three storeys usually wants an access point per "
                + "floor on cable, not extenders. gl-networks.example/book for a survey, or DM me");
        re(4, "19:05", sophie, sophieQ, "brilliant, booked for the 12th");
        say(5, "12:00", ppTools, gareth, "anyone tried the new Ubiquiti wall-plate APs? thinking of them for hotel "
                + "rooms");
        say(5, "12:30", ppTools, dani, "fitted 8 in a guest house. fine, but the PoE budget on a small switch goes "
                + "quick");
        say(5, "12:35", ppTools, gareth, "good shout, cheers");
        say(6, "08:30", ppTrade, rhys, "back. barn was 600m of cable and one very nosy goat");
        say(6, "08:40", ppTrade, gareth, "goat tax is real");
        re(6, "09:10", rhys, maureenQ, "sorry Maureen, just back. Dani's spot on, a point-to-point pair if you can "
                + "see it. happy to come and look if you want");
        re(6, "09:30", maureen, maureenQ, "thank you both, Rhys I'll ring you");
        say(7, "16:00", ppOff, dani, "well that was a terrible game");
        say(7, "16:05", ppOff, rhys, "😂 don't");
        // W07: Dani talks only shop with installers while a householder waits
        say(8, "08:10", ppTrade, dani, "who's doing CAT6A on domestic now? a builder wants it 'future proof' in a "
                + "two-bed flat");
        say(8, "08:25", ppTrade, gareth, "I quote both and let them pick. nobody's ever picked 6A twice");
        say(8, "08:30", ppTrade, dani, "ha. fair");
        say(8, "08:45", ppTrade, rhys, "6A in a flat is bend-radius hell. I'd talk them down");
        say(8, "08:50", ppTrade, dani, "that's what I thought, ta Rhys");
        Post kwameQ = say(9, "20:10", ppAsk, kwame, "we're building a single storey extension, plasterboard goes up in "
                + "two weeks. should I get network cable run before that? and to where?");
        re(9, "20:40", gareth, kwameQ, "yes, before the boards, always. run two to each spot a TV or desk might go, "
                + "and one to the ceiling for an access point. all back to wherever the router lives");
        re(9, "21:00", kwame, kwameQ, "@Gareth Lowe would cat6 be enough or do I need the 6a one? "
                + "the electrician says 6a");
        say(10, "07:30", ppTrade, dani, "anyone got a decent supplier for keystone jacks? mine's gone up 30%");
        say(10, "07:45", ppTrade, gareth, "I use the wholesaler on the ring road, they price-match if you ask");
        say(10, "07:50", ppTrade, dani, "will ask, cheers");
        say(10, "12:15", ppTools, dani, "my crimper's finally died. Klein or the cheap one everyone has?");
        say(10, "12:40", ppTools, rhys, "Klein. the cheap one makes you re-terminate every third plug");
        say(10, "12:45", ppTools, dani, "Klein it is 👍");
        say(11, "09:00", ppAsk, sophie, "different question while I wait for the 12th: is mesh wifi "
                + "any good or a gimmick? my brother swears by it");
        say(11, "17:30", ppTrade, dani, "quoting a small office, 12 points and a cabinet. day rate or per point "
                + "these days?");
        say(11, "17:40", ppTrade, rhys, "per point for the cabling, day rate for anything weird");
        say(11, "17:45", ppTrade, dani, "makes sense");
        say(12, "08:00", ppTrade, gareth, "surveyed a townhouse last night, three floors, extenders everywhere. "
                + "classic");
        say(12, "08:10", ppTrade, dani, "the extender graveyard, love it");
        say(12, "18:30", ppTrade, dani, "office job won btw, thanks for the pricing sense check");
        say(12, "18:40", ppTrade, rhys, "nice one");
        say(13, "10:00", ppAsk, rhys, "@Sophie Lindqvist mesh is fine if the units can see each other well. it's "
                + "cable behind each one that makes it great. in your house Gareth will probably wire the backhaul");
        say(13, "10:30", ppAsk, sophie, "that's what he said, ta!");
        // W08
        say(15, "09:00", ppTrade, gareth, "anyone fancy a day's labour on the 26th? school job, 40 points");
        say(15, "09:20", ppTrade, rhys, "I'm free, send details");
        say(16, "19:00", ppAsk, maureen, "the wireless pair is in! full speed in the garden office. thank you @Rhys "
                + "Pryce and Dani");
        say(16, "19:30", ppAsk, rhys, "great stuff Maureen, enjoy the commute");
        say(17, "11:00", ppOff, dani, "rugby redemption this weekend?");
        say(17, "11:05", ppOff, gareth, "don't jinx it");
        say(19, "20:00", ppAsk, kwame, "boards are going up monday, went with 6a in the end because the sparky had it "
                + "on the van");
        say(19, "20:20", ppAsk, dani, "6a's fine, just don't let them staple through it");
        say(19, "20:25", ppAsk, kwame, "will watch them like a hawk, thanks");
    }

    private void techHelp() {
        String sheet = "https://docs.google.com/spreadsheets/d/1thTechHelpRotaSpring2030/edit";
        // W06: Jun, a new volunteer, learns from Ray and reports back
        say(1, "09:00", thRota, pam, "February and March shifts are up, please put your name against the Tuesdays "
                + "you can do: " + sheet);
        Post junQ1 = say(1, "13:10", thRoom, jun, "first shift tomorrow! what do people mostly come in with?");
        re(1, "13:40", ray, junQ1, "phones, mostly. the NHS app, WhatsApp photos, 'my email has gone'. bring "
                + "patience and a biro, half of them need their passwords written down");
        re(1, "13:45", jun, junQ1, "biro, got it. I was expecting printers");
        say(1, "13:50", thRoom, ray, "printers are the library staff's problem, thank god");
        say(2, "17:30", thRoom, jun, "survived! a lady called Mrs Dawson wanted her repeat prescription on the NHS app "
                + "and it kept asking for ID she didn't have. we gave up in the end");
        Post junQ2 = say(2, "17:32", thTricky, jun, "NHS app asking for photo ID, visitor has no passport or licence. "
                + "is there another way in?");
        re(2, "18:15", ray, junQ2, "yes, the GP surgery can give her a linkage key instead, three codes on a "
                + "letter. she asks reception, then you type them in. no ID needed");
        re(2, "18:20", jun, junQ2, "oh that's so much easier, I'll tell her next week. did you have to do that "
                + "with someone before?");
        re(2, "18:40", ray, junQ2, "dozens of times. the receptionists know it as 'the online access letter'");
        say(3, "10:00", thTea, ade, "who ate the last of the ginger nuts in the staff room, I just want to talk");
        say(3, "10:10", thTea, hilary, "not me, I'm a custard cream woman");
        say(3, "10:12", thTea, dev, "👀");
        Post junQ3 = say(4, "16:00", thRoom, jun, "another one: a man wants to video call his grandson in Canada "
                + "but his tablet is so old the app won't install. anything we can do?");
        re(4, "16:30", ray, junQ3, "check the android version in settings. below 8 and nothing current will "
                + "install, but the browser version of most video apps still works. try that first");
        re(4, "16:35", jun, junQ3, "it's android 7 I think, I'll try the browser. thank you Ray, you're a walking "
                + "manual");
        say(4, "17:00", thRota, pam, "3 shifts left in March, sheet is here: " + sheet);
        say(5, "09:30", thTea, dev, "I've got an exam thursday so I'm off the rota next week, sorry Pam");
        say(5, "09:40", thTea, pam, "no worries Dev, good luck!");
        say(7, "11:00", thRoom, jun, "update: browser video call worked!! grandson appeared on the screen and the "
                + "man cried a bit and so did I");
        say(7, "11:10", thRoom, ray, "that's the job. well done");
        say(7, "11:12", thRoom, hilary, "❤️ lovely");
        // W07: Hilary sends a scam warning to every room within minutes
        say(8, "09:00", thRota, pam, "Still need someone for the 25th March, sheet: " + sheet);
        String scam = "https://www.actionfraud.example/alerts/fake-bank-texts-feb-2030";
        say(9, "10:00", thRoom, hilary, "everyone please read this, fake bank texts are going round and two of our "
                + "visitors got one: " + scam);
        say(9, "10:02", thTricky, hilary, "this is the scam I mentioned, worth knowing before Tuesday " + scam);
        say(9, "10:05", thTea, hilary, "and here in case anyone missed it!! " + scam);
        say(9, "10:30", thTea, ade, "saw it in the other two rooms Hilary, but thanks");
        say(9, "10:40", thTea, hilary, "sorry, got a bit carried away 🙈 it scared me");
        Post adeQ = say(10, "15:00", thTricky, ade, "visitor's printer 'prints blank pages' from her laptop at home. "
                + "we can't see it obviously. any ideas to give her?");
        re(10, "15:20", jun, adeQ, "we had that at my mum's, it was the ink cartridge tape still on. if not, "
                + "run the head cleaning thing from the printer's menu twice");
        re(10, "15:30", ade, adeQ, "the tape! I bet it is. thanks Jun");
        say(10, "15:35", thTricky, ray, "and if it's a cheap one, the 'original ink only' chip. Jun's first, though");
        say(11, "09:00", thRoom, pam, "great session yesterday, 14 visitors. thank you all");
        say(11, "09:10", thRoom, dev, "sorry I missed it. exam was fine I think?");
        say(11, "09:15", thRoom, ray, "'I think' is the correct answer to how an exam went");
        say(12, "12:00", thTea, ade, "ginger nut update: there are now two packets. I have been heard");
        say(12, "12:05", thTea, dev, "justice 🙌");
        say(13, "18:00", thRoom, hilary, "Mrs Dawson came in with her letter and we did the linkage key thing. "
                + "prescription ordered! Jun, she asked after you");
        say(13, "18:10", thRoom, jun, "yay!! tell her hi");
        // W08
        say(15, "09:00", thRota, pam, "Two shifts left, 25th March and 8th April: " + sheet);
        say(15, "09:20", thRota, dev, "put myself on the 8th");
        Post hilQ = say(16, "14:00", thTricky, hilary, "a man wants to stop his late wife's Facebook popping up with "
                + "birthday reminders. it upsets him every time. anyone done that?");
        re(16, "14:40", dev, hilQ, "you can ask facebook to memorialise it, there's a form, you need a copy of the "
                + "death notice. or he can remove it as a friend if he'd rather not see it at all");
        re(16, "14:50", hilary, hilQ, "memorialise, that's the word I couldn't find. thank you Dev, I'll help him "
                + "with the form next week");
        say(17, "10:00", thTea, ray, "I'm away 24th to 2nd March, walking in the Lakes. no phones, no printers");
        say(17, "10:05", thTea, pam, "have a lovely time Ray");
        say(18, "16:00", thRoom, jun, "question for the old hands: how do you say no when someone asks you to just "
                + "'take it home and fix it'?");
        say(18, "16:30", thRoom, ray, "I say the library's insurance won't let me, which is true, and point them at "
                + "the repair café on Saturdays");
        say(18, "16:35", thRoom, pam, "what Ray said. we can't take devices away, ever");
        say(18, "16:40", thRoom, jun, "perfect, thank you both");
        say(19, "20:00", thTea, ade, "quiz night friday at the Fleece if anyone fancies it");
        say(19, "20:15", thTea, hilary, "count me in");
        say(19, "20:20", thTea, jun, "me too!");
    }

    private void tills() {
        String notes = "https://tilltop.example/releases/5-2";
        // W06
        say(1, "09:00", ttNews, lorna, "Morning all. Our support line hours change from next Monday: 8am to 8pm, "
                + "seven days. The help desk here stays the same");
        say(1, "10:30", ttCounter, beth, "anyone else had a mad January? we did more coffees than December somehow");
        say(1, "10:45", ttCounter, tony, "january is pizza month. nobody cooks after christmas");
        say(1, "10:50", ttCounter, gwen, "january is 'returns month' in a gift shop 😂");
        Post bethQ = say(2, "08:15", ttDesk, beth, "receipt printer is printing really faint since yesterday. "
                + "new roll, "
                + "same thing. help?");
        re(2, "08:40", sam, bethQ, "morning Beth, sounds like the roll's in upside down, thermal paper only prints "
                + "on one side. if it's the right way round, give the print head a wipe with a bit of alcohol");
        re(2, "08:55", beth, bethQ, "upside down. I'm an idiot. thanks Sam");
        say(2, "09:00", ttDesk, sam, "happens to everyone, honestly");
        say(3, "14:00", ttIdeas, ayo, "would love a tips button on the card screen that splits between barbers");
        say(3, "14:30", ttIdeas, priyesh, "tips on the reader is coming in 5.2, the split by staff bit is on the list "
                + "too. I'll let you know when it's in");
        say(3, "14:35", ttIdeas, ayo, "legend");
        say(4, "21:30", ttCounter, tony, "does anyone close their card reader at night or leave it on charge?");
        say(4, "21:45", ttCounter, beth, "on charge, always. ours died mid-rush once and never again");
        Post tonyQ = say(5, "19:30", ttDesk, tony, "friday night, card reader keeps disconnecting from the till every "
                + "10 mins. we're rammed. anyone?");
        say(5, "19:50", ttDesk, gwen, "ours did that when the microwave was on next to the router, might be "
                + "worth a look?");
        re(6, "11:00", sam, tonyQ, "sorry Tony, the desk isn't watched after 6 on weekdays yet. the reader wants a "
                + "fixed spot on the wifi: turn off 'auto channel' on the router, or plug the base into the router "
                + "with a cable. ring the line tonight if it does it again and we'll stay on with you");
        re(6, "11:30", tony, tonyQ, "cheers Sam, cabled it this morning, we'll see tonight");
        say(7, "10:00", ttDesk, tony, "not one drop last night. cable's staying");
        say(7, "10:05", ttDesk, sam, "great news");
        // W07: release 5.2, Priyesh answers Gwen's booking with a thumbs up
        say(8, "09:00", ttNews, lorna, "Version 5.2 goes out tonight: tips on the card reader, faster end of day, "
                + "and the stock alerts you asked for. Notes here: " + notes);
        say(8, "09:30", ttCounter, ayo, "tips on the reader!! been asking for that for a year");
        say(8, "09:35", ttCounter, beth, "the stock alerts are the bit I want, we keep running out of oat milk");
        Post gwenQ = say(10, "09:10", ttDesk, gwen, "@Priyesh Nair could you come Thursday morning to fit the barcode "
                + "scanner? any time before 10");
        gwenQ.react("👍", priyesh);
        say(10, "12:00", ttNews, lorna, "5.2 is now on every till. Restart once if you don't see the tips screen. "
                + "Notes: " + notes);
        say(10, "13:00", ttIdeas, beth, "could the stock alert also text me? I'm never looking at the till when it "
                + "beeps");
        say(10, "13:20", ttIdeas, lorna, "good idea, noted. how many items would you want alerts on?");
        say(10, "13:25", ttIdeas, beth, "10 or so, just the milks and the cups");
        say(11, "10:30", ttDesk, gwen, "scanner's in and working, thanks Priyesh, and sorry about the mess in the "
                + "stock room!");
        say(11, "10:40", ttDesk, priyesh, "ha, I've seen worse. any trouble with it, shout");
        say(12, "09:00", ttNews, lorna, "If your till still shows 5.1, restart it twice and it will pick up the "
                + "update: " + notes);
        say(12, "16:00", ttCounter, tony, "valentines thursday, who's doing a deal? we're doing heart shaped pizzas "
                + "and I already regret it");
        say(12, "16:10", ttCounter, beth, "heart shaped brownies here, same regret");
        say(13, "11:00", ttCounter, ayo, "if any of you lot need a trim before the weekend we're opposite the station, "
                + "walk-ins all day Friday");
        say(13, "11:15", ttCounter, tony, "I need more than a trim mate");
        say(13, "11:20", ttCounter, ayo, "😂 we do miracles on Tuesdays");
        say(14, "23:00", ttCounter, tony, "sold 61 heart pizzas. never again. until next year");
        // W08: Beth's billing question to Lorna waits
        Post bethBill = say(16, "10:00", ttDesk, beth, "@Lorna Fitch our invoice this month has two licence fees on "
                + "it, one for each till, but we only have one till now since we moved. can you check?");
        say(16, "10:30", ttDesk, ayo, "we had that when we dropped a till too, Lorna sorted it, just a mistake");
        say(17, "09:00", ttNews, lorna, "We'll be at the Small Business Show in Manchester on 5 March, come and say "
                + "hello at stand 14");
        say(17, "11:00", ttIdeas, gwen, "could we have gift wrap as an add-on item on the till? I keep typing it in "
                + "by hand");
        say(17, "11:30", ttIdeas, lorna, "you can already, Gwen: add it as a product with no stock. Priyesh can "
                + "show you");
        say(17, "11:35", ttIdeas, gwen, "oh! didn't know that, thank you");
        say(18, "15:00", ttCounter, lorna, "anyone here going to the Manchester show? would be nice to put faces to "
                + "names");
        say(18, "15:20", ttCounter, tony, "maybe, depends if I can get cover");
        re(19, "09:30", beth, bethBill, "just bumping this, the payment goes out on the 25th");
        say(19, "14:00", ttDesk, tony, "quick one, can I change the VAT on a single item or is it all or nothing?");
        say(19, "14:20", ttDesk, sam, "per item, Tony: edit the product, there's a VAT box at the bottom");
        say(19, "14:25", ttDesk, tony, "found it, cheers");
        say(20, "12:00", ttIdeas, priyesh, "@Ayo Mensah split tips by staff is in the beta now, want me to turn it on "
                + "for you?");
        say(20, "12:30", ttIdeas, ayo, "yes please!!");
        say(21, "10:00", ttCounter, gwen, "Sunday and it's actually busy. spring's coming");
    }

    private void accidentalAdmins() {
        String offer = "https://shawcloud.example/feb-offer";
        // W06: Marcus takes help from Fatima on three days and answers nobody
        Post marcusQ1 = say(1, "09:20", aaHelp, marcus, "how do I stop staff forwarding work email to their gmail? "
                + "found one doing it by accident");
        re(1, "09:50", fatima, marcusQ1, "outbound spam policy in the Defender admin centre, set automatic forwarding "
                + "to Off. takes an hour or so to bite");
        re(1, "10:00", marcus, marcusQ1, "ta");
        say(1, "12:00", aaGen, neil, "three years as 'the one who's good with computers' today. no pay rise, "
                + "obviously");
        say(1, "12:10", aaGen, ruth, "happy anniversary Neil 🎉 same boat");
        say(1, "12:15", aaGen, iona, "we should have a badge");
        Post neilQ = say(2, "10:00", aaLic, neil, "cheapest way to get Business Standard for 6 users? we're paying "
                + "full whack monthly, direct");
        re(2, "10:40", colin, neilQ, "declare an interest, I'm a reseller: I can do it at £9.40 a user a month on "
                + "annual, DM me and I'll quote properly. if you'd rather not go through anyone, annual direct is "
                + "still cheaper than monthly");
        re(2, "11:00", neil, neilQ, "thanks Colin, appreciate the honesty, I'll DM you");
        Post marcusQ2 = say(3, "14:00", aaHelp, marcus, "new starter monday, what's the quickest way to set up a "
                + "laptop for them?");
        re(3, "14:30", fatima, marcusQ2, "if you've got Business Premium, Autopilot. if not, a local account, sign "
                + "in with their work account in Settings, then install Office from the portal. 40 mins");
        re(3, "14:40", marcus, marcusQ2, "cheers");
        Post ruthQ = say(3, "16:00", aaHelp, ruth, "shared mailbox for accounts@, can I give it to two people without "
                + "paying for another licence?");
        re(3, "16:20", iona, ruthQ, "yes, shared mailboxes are free under 50GB. add them both as members and it "
                + "pops up in their Outlook");
        re(3, "16:25", ruth, ruthQ, "free! my favourite word. thank you Iona");
        say(4, "09:00", aaWar, ruth, "the boss clicked a 'your parcel is waiting' text on his work phone. on a "
                + "Monday. before coffee");
        say(4, "09:10", aaWar, iona, "the Monday parcel. a classic");
        say(4, "09:12", aaWar, neil, "did he type his password in?");
        say(4, "09:30", aaWar, ruth, "no, thank god, just the postcode. password changed anyway");
        Post marcusQ3 = say(5, "10:10", aaHelp, marcus, "someone in our team keeps getting locked out of their "
                + "account. what causes that?");
        re(5, "10:45", fatima, marcusQ3, "usually an old password saved on a phone that keeps trying. check the "
                + "sign-in logs for the device, then remove the account from the phone and add it again");
        re(5, "11:00", marcus, marcusQ3, "ok");
        say(5, "11:30", aaHelp, iona, "@Marcus Hale did you end up turning on security defaults? you said last month "
                + "you would. it'd stop a lot of this");
        say(6, "15:00", aaGen, fatima, "who's going to the IT for small firms meetup in Leeds in March?");
        say(6, "15:20", aaGen, neil, "if work pays the train, yes");
        // W07: Colin's offer goes into three rooms, then again; Iona leans on Colin but helps others
        say(8, "09:30", aaHelp, marcus, "what's the best backup for onedrive? boss wants 'a backup of the backup'");
        say(8, "10:10", aaHelp, neil, "third-party backup, there are a few. the main thing is it's outside "
                + "Microsoft. we use one that's about £2 a user");
        Post ionaQ1 = say(8, "11:00", aaLic, iona, "@Colin Shaw we're at 11 licences but only 9 people, can I just "
                + "drop two mid-contract?");
        re(8, "11:40", colin, ionaQ1, "not on an annual, sadly, only at renewal. on monthly you can. when's your "
                + "renewal?");
        re(8, "11:45", iona, ionaQ1, "August. ugh. thanks");
        say(9, "10:00", aaGen, colin, "Shaw Cloud February offer: first three months of Business Premium 20% off "
                + "for new customers, migrations included. " + offer);
        say(9, "10:04", aaLic, colin, "February offer if anyone's weighing up Premium: " + offer);
        say(9, "10:07", aaHelp, colin, "for anyone doing security stuff, Premium's 20% off with us this month: "
                + "" + offer);
        Post ruthQ2 = say(9, "13:00", aaHelp, ruth, "outlook keeps asking for the password every morning. only on "
                + "one PC");
        re(9, "13:30", iona, ruthQ2, "clear the saved credentials in Credential Manager on that PC, then sign in "
                + "once. it's nearly always that");
        re(9, "13:50", ruth, ruthQ2, "fixed! thank you");
        Post ionaQ2 = say(10, "10:00", aaLic, iona, "@Colin Shaw another one: do I need a licence for the meeting room "
                + "screen that just does Teams calls?");
        re(10, "10:30", colin, ionaQ2, "a Teams Rooms licence, not a user one. cheaper. the Basic one is free for a "
                + "few rooms");
        re(10, "10:35", iona, ionaQ2, "free again, love it");
        Post neilQ2 = say(11, "09:00", aaHelp, neil, "how do I see who opened a file in sharepoint? partner swears he "
                + "never saw the contract");
        re(11, "09:25", iona, neilQ2, "audit log in Purview, search by the file name. if auditing is on, it's all "
                + "there. it's on by default now");
        re(11, "09:40", neil, neilQ2, "he saw it. twice. thank you Iona 😂");
        say(11, "12:00", aaWar, marcus, "printer decided to print 400 copies of a lunch menu");
        say(11, "12:10", aaWar, ruth, "at least it worked");
        Post ionaQ3 = say(12, "09:00", aaLic, iona, "@Colin Shaw last one I promise: is the 'copilot' thing on our "
                + "bill something we asked for?");
        re(12, "09:40", colin, ionaQ3, "only if someone clicked trial. check Billing > Your products, cancel it "
                + "before the 30 days and it's free");
        re(12, "09:45", iona, ionaQ3, "someone clicked trial. cancelled. you're a star");
        say(12, "14:00", aaWar, colin, "war story: a client's whole office on personal licences from a shop. "
                + "last call on the feb offer btw, ends friday: " + offer);
        say(13, "16:00", aaGen, fatima, "friday feeling on a wednesday");
        // W08
        say(15, "09:00", aaHelp, ruth, "anyone using passkeys for staff yet or is it too early?");
        say(15, "09:30", aaHelp, marcus, "we turned them on last week for the office. the authenticator app does "
                + "it, took 5 mins each, nobody's complained");
        say(15, "09:40", aaHelp, ruth, "that's encouraging, thanks Marcus");
        say(16, "11:00", aaGen, neil, "moved us to annual through Colin, saved about £300 a year. cheers Colin");
        say(16, "11:20", aaGen, colin, "glad it worked out Neil");
        say(17, "10:00", aaWar, fatima, "practice manager wants a 'smart fridge' on the office wifi. no.");
        say(17, "10:05", aaWar, iona, "the fridge is how they get in 😂");
        say(18, "13:00", aaLic, fatima, "are the price rises in April confirmed?");
        say(18, "13:30", aaLic, colin, "yes, about 5% on most plans from 1 April. locking in annual before then "
                + "keeps the old price for the year");
        say(18, "13:35", aaLic, fatima, "thanks, will tell the partners");
        say(19, "16:00", aaHelp, iona, "handy: you can set shared mailbox sent items to save in the shared box, not "
                + "yours. one powershell line, happy to share if anyone wants it");
        say(19, "16:10", aaHelp, ruth, "yes please, that's been driving me mad");
        say(19, "16:20", aaHelp, iona, "Set-Mailbox accounts -MessageCopyForSentAsEnabled $true, swap 'accounts' for "
                + "yours");
    }

    private void doorbells() {
        String survey = "dunnsecure.example/survey";
        String shop = "https://ashavarma.example/refurb";
        // W06: Craig's survey offer rides on an answer, then goes to the brew room
        say(1, "08:30", ddInst, lee, "anyone fitting the new 4K turrets yet? the night picture on the demo unit is "
                + "unreal");
        say(1, "08:50", ddInst, asha, "fitted two. night is great, the app is a mess");
        say(1, "08:55", ddInst, lee, "the app is always a mess");
        say(2, "10:00", ddInst, owain, "off on holiday from tomorrow till the 17th, Tenerife, phone's going in a "
                + "drawer. Lee's covering my callouts");
        say(2, "10:05", ddInst, lee, "enjoy, don't come back sunburnt");
        Post peteQ = say(3, "19:00", ddAsk, pete, "our neighbour says our doorbell camera records his front garden and "
                + "he's not happy. are we breaking the law?");
        re(3, "19:30", craig, peteQ, "not breaking it, but if it captures beyond your boundary, data protection "
                + "applies to you like a business. set privacy masking over his garden in the app and tell him you "
                + "have. that usually ends it");
        say(3, "19:32", ddAsk, craig, "btw for anyone in the Wirral, we're doing free site surveys all February: "
                + survey);
        re(3, "19:50", pete, peteQ, "didn't know about masking, found it. thanks Craig");
        say(4, "12:00", ddSale, asha, "refurbished 4MP dome, 2.8mm, with mount, £45 + postage " + shop);
        say(4, "13:00", ddBrew, rosa, "is it just me or is the weather app always wrong by exactly one day");
        say(4, "13:10", ddBrew, lee, "it's you. also me");
        Post janetQ = say(5, "09:15", ddAsk, janet, "is it worth getting a camera with a hard drive box, or just the "
                + "cloud ones? the subscriptions add up");
        re(5, "09:40", lee, janetQ, "if you want more than two cameras, a recorder box pays for itself in about a "
                + "year and there's no monthly fee. for one doorbell, the cloud's fine");
        re(5, "09:50", janet, janetQ, "three cameras, so the box. thank you Lee");
        say(6, "18:00", ddBrew, craig, "busy month! 14 surveys booked off the Feb offer, a few slots still left: "
                + survey);
        say(6, "18:20", ddBrew, asha, "nice one");
        say(7, "11:00", ddInst, asha, "anyone know if the new rules on doorbells with mics are actually coming in?");
        say(7, "11:30", ddInst, lee, "not that I've seen. audio's always been the risky bit, I leave it off by "
                + "default");
        // W07: Janet asks Owain while he is away
        say(8, "09:00", ddSale, asha, "refurbished 8-channel recorder, 2TB drive, wiped, £90 + postage " + shop);
        say(9, "16:00", ddAsk, rosa, "doorbell keeps going offline at night. router's in the back room");
        say(9, "16:30", ddAsk, lee, "it's probably just at the edge of the wifi. a cheap extender near the front "
                + "door or a chime with a wifi booster built in usually sorts it");
        say(9, "16:40", ddAsk, rosa, "extender it is, thanks");
        say(10, "10:00", ddAsk, janet, "@Owain Rees are you the one who fitted the cameras at the Crown? we'd like "
                + "the same for our shop, can you do a quote?");
        say(10, "10:20", ddAsk, lee, "Janet, Owain's away till the 17th, he'll pick it up then. I can look if it's "
                + "urgent");
        say(10, "10:25", ddAsk, janet, "no rush, happy to wait for him, thanks Lee");
        say(11, "12:00", ddSale, asha, "2 x wifi doorbells, refurbished, new batteries, £30 each + postage " + shop);
        say(11, "12:40", ddSale, pete, "is the doorbell one the same as the one Craig told me about masking on?");
        say(11, "12:50", ddSale, asha, "same app, same masking. want one?");
        say(11, "12:55", ddSale, pete, "for my mum, yes please, DMing");
        say(12, "19:00", ddAsk, craig, "reminder the free surveys run to the end of the month, " + survey);
        say(12, "21:00", ddBrew, rosa, "extender sorted the doorbell btw. it now rings at 2am when foxes walk past");
        say(12, "21:10", ddBrew, lee, "turn motion sensitivity down a notch or two, foxes are a menace");
        say(13, "10:00", ddInst, craig, "anyone had a job where the customer wanted the cameras pointed at the "
                + "neighbour's drive on purpose? walked away from one today");
        say(13, "10:20", ddInst, lee, "twice. I walked too. not worth the grief");
        say(13, "10:25", ddInst, asha, "same, I put it in writing as well");
        say(14, "20:00", ddBrew, asha, "happy valentine's to all my fellow people who spend nights up ladders");
        say(14, "20:05", ddBrew, craig, "❤️");
        // W08
        say(17, "19:00", ddInst, owain, "back, tanned and skint. what did I miss?");
        say(17, "19:05", ddInst, lee, "Janet in homeowners-ask wants a quote for her shop, she asked for you");
        say(18, "08:30", ddAsk, owain, "@Janet Mills yes that was me at the Crown! sorry for the wait, been away. "
                + "I can pop round Thursday to look at the shop, does 10 work?");
        say(18, "09:00", ddAsk, janet, "10 is perfect, thank you");
        say(18, "12:00", ddSale, asha, "4MP turret, white, refurbished, £40 + postage " + shop);
        say(19, "14:00", ddAsk, rosa, "can the police ask for my doorbell footage? someone tried car doors on our "
                + "street last night");
        say(19, "14:30", ddAsk, owain, "they can ask, you don't have to give it but it helps. most apps let you "
                + "download the clip, send it with the crime number");
        say(19, "14:40", ddAsk, rosa, "will do, thank you");
        say(20, "16:00", ddInst, lee, "anyone want 20 spare junction boxes? overordered. free to a good home");
        say(20, "16:10", ddInst, owain, "me, I'll grab them thursday");
        say(21, "18:00", ddBrew, janet, "Owain's been, quote's in, very reasonable. thank you all for the advice "
                + "this month");
        say(21, "18:10", ddBrew, owain, "thanks Janet 🙏");
    }

    private void villageBroadband() {
        String status = "https://status.fernhillfibre.example";
        // W06
        say(1, "19:00", fbNotices, malcolm, "AGM is Thursday 21 Feb, 7pm in the village hall. Accounts and the "
                + "plan for the second cabinet on the agenda");
        say(1, "19:30", fbChat, elaine, "is the hall heating fixed yet or do we bring blankets again");
        say(1, "19:35", fbChat, sue, "bring blankets. always bring blankets");
        Post bridgetQ1 = say(2, "10:00", fbHelp, bridget, "the light on the box is orange, not green. internet "
                + "works but slow");
        re(2, "10:30", tom, bridgetQ1, "orange usually means it's connected at the slower speed. turn it off at the "
                + "wall for 30 seconds and back on. if it stays orange, check the cable at the back is clicked in");
        re(2, "10:45", bridget, bridgetQ1, "ta Tom");
        say(3, "08:00", fbChat, kofi, "anyone lost a black cat with a white chin? sat on my car all night");
        say(3, "08:20", fbChat, elaine, "that's Biscuit from the Old Forge, he does rounds");
        say(3, "08:22", fbChat, kofi, "he's very confident for a trespasser");
        Post elaineQ = say(4, "17:00", fbHelp, elaine, "how do I stop my grandson's tablet getting on the internet "
                + "after 9pm? he's staying half term");
        re(4, "17:30", tom, elaineQ, "on the co-op router you can set a schedule for one device. log in at the "
                + "address on the sticker, parental controls, pick his tablet, set the hours");
        re(4, "17:40", elaine, elaineQ, "done! he'll be furious. thank you Tom");
        say(5, "20:00", fbNotices, sue, "Membership fees for March go out on the 1st as usual. If your bank details "
                + "changed, message me before the 25th");
        say(6, "12:00", fbChat, bridget, "who's doing the cake stall at the AGM? I can do a lemon drizzle");
        say(6, "12:30", fbChat, sue, "you're a saint Bridget");
        // W07: an outage day; Bridget takes help from Tom on three days
        Post bridgetQ2 = say(8, "09:00", fbHelp, bridget, "printer won't connect to the wifi since the new router");
        re(8, "09:40", tom, bridgetQ2, "the new router has a new wifi name and password, the printer's still "
                + "looking for the old one. on the printer's screen, wifi setup, pick the new name");
        re(8, "09:50", bridget, bridgetQ2, "ok ta");
        say(10, "06:50", fbOut, kofi, "anyone else off? nothing since 6");
        say(10, "06:55", fbOut, elaine, "off here too");
        say(10, "07:10", fbOut, malcolm, "Fault at the cabinet on Mill Lane, about 30 properties off. Engineer "
                + "booked. Status page: " + status);
        say(10, "09:30", fbOut, malcolm, "Engineer on site. 14 properties still off. " + status);
        say(10, "12:00", fbOut, malcolm, "6 properties still off, all on Mill Lane. " + status);
        say(10, "12:10", fbOut, kofi, "I'm one of the 6 🙃");
        say(10, "12:20", fbOut, malcolm, "Kofi you're on the last card they're splicing, should be an hour");
        say(10, "14:00", fbOut, malcolm, "All 30 back online. Thank you for your patience. " + status);
        say(10, "14:05", fbOut, kofi, "back! thanks Malcolm");
        say(10, "14:10", fbOut, elaine, "thank you for keeping us posted, so much better than the big companies");
        say(10, "15:00", fbHelp, tom, "anyone got a spare long ethernet cable? the village hall needs one for the AGM "
                + "projector");
        say(10, "15:30", fbHelp, kofi, "I've got a 10m one, I'll drop it at the hall");
        say(10, "15:35", fbHelp, tom, "legend");
        Post bridgetQ3 = say(10, "18:00", fbHelp, bridget, "since the outage my phone won't connect at all");
        re(10, "18:30", tom, bridgetQ3, "forget the network on your phone and join it again, it sometimes gets stuck "
                + "after the router restarts");
        re(10, "18:40", bridget, bridgetQ3, "worked ta");
        Post bridgetQ4 = say(11, "10:00", fbHelp, bridget, "how do I get the telly on the wifi, it says no network");
        re(11, "10:30", elaine, bridgetQ4, "mine did that, the telly only sees the older wifi band. on the router "
                + "there's a setting to split them, Tom showed me");
        say(12, "11:00", fbHelp, bridget, "and now the doorbell thing won't work since the outage");
        say(12, "11:40", fbHelp, tom, "same as the phone, Bridget: in the doorbell app, wifi settings, join it "
                + "again");
        say(12, "11:45", fbHelp, bridget, "ok");
        say(13, "20:00", fbChat, bridget, "lemon drizzle practice run went well, the family ate it in an hour");
        say(13, "20:10", fbChat, elaine, "that's the sign of a good drizzle");
        say(14, "09:00", fbNotices, malcolm, "A full report on Wednesday's outage will be at the AGM. In short: a "
                + "rodent in the Mill Lane cabinet. It has been evicted");
        say(14, "09:15", fbChat, kofi, "justice for the rodent");
        // W08
        Post kofiQ = say(15, "19:00", fbHelp, kofi, "my router keeps dropping every evening around 8. would anyone "
                + "come and have a look? happy to pay for someone's time");
        re(15, "19:30", nigel, kofiQ, "I do this for a living so happy to pop round Saturday, £30 for the hour. but "
                + "first try moving it off the windowsill, it's next to the storage heater isn't it? they cook "
                + "routers");
        re(15, "19:45", kofi, kofiQ, "it is next to the heater 😂 I'll move it and shout if it still drops");
        say(16, "10:00", fbHelp, tom, "for anyone with the old grey routers: the co-op has new ones to swap, free, "
                + "ask Sue");
        say(17, "21:00", fbHelp, kofi, "moved it, not dropped once. thanks Nigel, saved you a trip");
        say(17, "21:10", fbHelp, nigel, "best kind of job 👍");
        say(18, "09:00", fbNotices, malcolm, "AGM reminder: Thursday 7pm, village hall. Please bring blankets");
        say(18, "09:20", fbChat, sue, "told you");
        say(20, "12:00", fbChat, bridget, "drizzle made, two of them. see you all tomorrow");
        say(21, "22:00", fbChat, malcolm, "Thank you all for coming tonight, 41 members and two cakes gone in ten "
                + "minutes. The second cabinet got the vote");
        say(21, "22:10", fbChat, tom, "🎉🎉");
        say(21, "22:15", fbChat, elaine, "well done Malcolm, and thank you Bridget for the drizzle");
        say(21, "22:20", fbChat, bridget, "❤️");
    }

    private void ledgerDesk() {
        String packs = "hannahprice.example/templates/trades";
        // W06
        say(1, "09:00", ldCons, oskar, "bank feed for the challenger banks broke again over the weekend, anyone else?");
        say(1, "09:20", ldCons, yasmin, "two clients, yes. reconnecting fixes it till the next time");
        say(1, "09:25", ldCons, hannah, "same, I've stopped apologising for it");
        say(2, "13:00", ldCoffee, carys, "is it normal to spend more time choosing an accounting app than doing the "
                + "actual accounts");
        say(2, "13:10", ldCoffee, oskar, "completely normal. the accounts come later, with tears");
        Post mickQ1 = say(3, "18:00", ldAsk, mick, "@Yasmin Cole you did my mate Darren's setup. do you do CIS for "
                + "subbies as well? and does the app even do CIS?");
        re(3, "19:00", oskar, mickQ1, "not Yasmin, but the app does do CIS: Settings, turn on Construction Industry "
                + "Scheme, then mark your subbies as CIS suppliers. she'll tell you what she offers");
        re(3, "19:10", mick, mickQ1, "good to know it does it, ta Oskar");
        Post mickQ2 = say(5, "08:00", ldAsk, mick, "anyone got a template for a chart of accounts for a plumber? the "
                + "default one is all wrong, it's got 'rent income' and nothing for materials");
        re(5, "08:40", hannah, mickQ2, "delete what you'll never use, add 'materials', 'van costs' and 'subcontractor "
                + "labour' as cost of sales, and a 'tools under £500' line. if you'd rather not build it, I sell a "
                + "trades template pack for £18: " + packs + " but the above gets you most of the way");
        re(5, "08:50", mick, mickQ2, "cheers Hannah, I'll do it myself first and see");
        say(5, "12:00", ldAsk, yasmin, "sorry Mick, only just seen this! Oskar's right, and yes, I do CIS setups. "
                + "happy to talk if you need a hand");
        say(5, "12:20", ldAsk, mick, "will do, thanks Yasmin");
        say(6, "10:00", ldCons, yasmin, "client wants to migrate 8 years of history from desktop. do you bother with "
                + "all of it?");
        say(6, "10:20", ldCons, hannah, "two years of detail, the rest as opening balances. nobody looks at 2022");
        say(6, "10:25", ldCons, yasmin, "that's what I'll suggest, thanks");
        say(7, "16:00", ldTools, oskar, "free one I use: a receipt-naming checklist for clients, plain pdf, "
                + "take it: oskarbooks.example/free/receipt-checklist.pdf");
        say(7, "16:30", ldTools, carys, "that's useful even for me, thanks Oskar");
        // W07: Hannah's valentine's offer
        Post leahQ = say(8, "11:00", ldAsk, leah, "two questions from a new dog groomer: should I go on the flat rate "
                + "VAT scheme when I register, and how do I get my card machine payments to match up in the app?");
        re(8, "11:40", yasmin, leahQ, "card machine: connect the card provider as its own bank feed, then the payouts "
                + "match the deposits in your bank account. much tidier");
        re(8, "11:50", leah, leahQ, "oh that's clever, thank you. and the VAT bit?");
        say(9, "09:00", ldCoffee, hannah, "valentine's treat: 20% off all my template packs this week with code "
                + "LOVE20, "
                + packs);
        say(9, "09:30", ldCoffee, carys, "do you have one for photographers?");
        say(9, "09:45", ldCoffee, hannah, "not yet! a creative one's on my list");
        say(9, "14:00", ldAsk, oskar, "@Leah Ostrowski on flat rate: groomers are a service with low costs, so it "
                + "often works out, but run last year's figures both ways first. if you spend under 2% on goods "
                + "you're a limited cost trader and it's rarely worth it");
        say(9, "14:20", ldAsk, leah, "I spend loads on shampoo so maybe not limited cost. will run the numbers, thanks "
                + "Oskar");
        say(10, "10:00", ldCons, yasmin, "anyone else's clients forgetting to approve the bank feed consent every "
                + "90 days?");
        say(10, "10:15", ldCons, oskar, "all of them. I put a calendar invite in their diary now");
        say(11, "09:00", ldTools, hannah, "new in the shop: a trades pack with CIS codes built in. still 20% off this "
                + "week: " + packs);
        say(11, "09:30", ldTools, oskar, "I'll send Mick's type of clients your way if they want it ready made");
        say(12, "15:00", ldAsk, carys, "is it ok to use my personal card for business stuff and sort it out later?");
        say(12, "15:30", ldAsk, hannah, "you can, but you'll hate yourself in January. if it's a few things a month, "
                + "record them as 'paid by owner' as you go");
        say(12, "15:35", ldAsk, carys, "january me says thank you");
        say(13, "12:00", ldCoffee, mick, "built my own chart of accounts in the end. took an hour. feel like an "
                + "accountant now");
        say(13, "12:10", ldCoffee, oskar, "welcome to the dark side Mick");
        // W08: Yasmin talks only to consultants while Carys waits
        say(15, "09:00", ldCons, yasmin, "migration weekend done, 3 clients moved, one crying (me)");
        say(15, "09:10", ldCons, oskar, "congrats and condolences");
        say(15, "09:12", ldCons, yasmin, "😂 thanks");
        say(15, "14:00", ldCons, yasmin, "how long do you give a client to send receipts before you chase?");
        say(15, "14:20", ldCons, hannah, "a week, then I send them Oskar's checklist and a gif of a sad accountant");
        say(15, "14:25", ldCons, yasmin, "the sad gif, stealing it");
        say(16, "10:00", ldCons, yasmin, "anyone pricing setups as a fixed fee now or still hourly?");
        say(16, "10:30", ldCons, oskar, "fixed for setup, hourly for the mess I find after");
        say(16, "10:35", ldCons, yasmin, "ha, sensible");
        Post carysQ = say(17, "11:00", ldAsk, carys, "I'm about to go over the VAT threshold. what do I actually need "
                + "to change in the app on the day?");
        say(17, "16:00", ldCons, yasmin, "anyone used the new payroll add-on yet? a client's asking");
        say(17, "16:20", ldCons, hannah, "one client. fine for 3 staff, clunky for more");
        say(17, "16:25", ldCons, yasmin, "perfect, he has 2");
        say(18, "09:00", ldCons, yasmin, "bank feeds down again this morning lads");
        say(18, "09:05", ldCons, oskar, "of course they are");
        say(18, "09:10", ldCons, yasmin, "every monday 🙃");
        re(19, "10:00", oskar, carysQ, "turn on VAT in settings from your registration date, set your scheme, and "
                + "from that day every sale needs the 20% line. also tell the clients you invoice, they'll need "
                + "your VAT number");
        re(19, "10:20", carys, carysQ, "perfect, thank you Oskar");
        say(20, "13:00", ldCoffee, leah, "ran the flat rate numbers, not worth it for me. thanks again for the "
                + "pointer");
        say(20, "13:10", ldCoffee, hannah, "good that you checked!");
    }

    private void palletDesk() {
        String stock = "https://kempitd.example/stock";
        // W06
        say(1, "08:00", pdAvail, vik, "200 x Dell Latitude 5420, i5 11th gen, 16GB, 256GB, grade A, wiped with certs. "
                + "£145 each, pallet only");
        say(1, "09:30", pdChat, bram, "courier quotes to Ireland have doubled since Christmas, anyone else?");
        say(1, "09:45", pdChat, jade, "yes. I've started sending to a mate's unit in Holyhead and going from there");
        Post kennyQ1 = say(1, "11:00", pdWipe, kenny, "customer wants NIST 800-88 purge on the SSDs, not just "
                + "overwrite. does the usual software do that or do I need something else?");
        re(1, "11:30", nadine, kennyQ1, "the usual one does, pick the 'secure erase / crypto erase' option, not the "
                + "3-pass. the certificate then says purge. old drives without it go to the shredder");
        re(1, "11:40", kenny, kennyQ1, "ah it's the option, cheers Nadine");
        joins(2, "08:00", pdChat, stuart);
        say(2, "08:30", pdWanted, stuart, "looking for 14in business laptops, i5 8th gen or newer, 100ish units, "
                + "ThinkPad preferred. Kemp IT, new here");
        say(2, "09:00", pdChat, jade, "welcome Stuart");
        say(3, "10:00", dmVik, vik, "morning Stuart, saw your wanted post. I've got 200 Latitude 5420s grade A at "
                + "£145, can split a pallet for you at 100. not ThinkPads but better spec than you asked for. pics "
                + "if you want them");
        say(3, "10:30", dmVik, stuart, "cheers Vik, send pics. customer might take Dells if the price is right");
        say(3, "10:35", dmVik, vik, "sending now");
        Post kennyQ2 = say(3, "14:00", pdWipe, kenny, "does a WEEE waste transfer note need my customer's SIC code "
                + "or mine?");
        re(3, "14:30", nadine, kennyQ2, "theirs, as the producer of the waste. yours goes in the carrier box");
        re(3, "14:35", kenny, kennyQ2, "makes sense now you say it");
        Post bramQ = say(4, "09:00", pdChat, bram, "what's everyone using to test battery health in bulk? doing them "
                + "one by one is killing me");
        re(4, "09:30", kenny, bramQ, "the diagnostic boot usb most of us use does batteries too, 20 at a time on a "
                + "bench. I'll send you the config I use");
        re(4, "09:40", bram, bramQ, "you're a gent Kenny");
        say(4, "11:00", pdAvail, stuart, "first stock list from Kemp IT, mixed HP and Lenovo, grade A-B: " + stock);
        Post kennyQ3 = say(5, "15:00", pdWipe, kenny, "last one: phones. do I need to do anything beyond the "
                + "factory reset for a cert?");
        re(5, "15:40", nadine, kennyQ3, "reset isn't enough for a cert on older androids. use the erasure tool's "
                + "mobile module, it logs the IMEI on the cert, which is what the customer actually wants");
        re(5, "15:45", kenny, kennyQ3, "ta, will buy the module");
        say(6, "12:00", pdChat, vik, "anyone going to the trade day in Birmingham next month?");
        say(6, "12:10", pdChat, jade, "yes, I've got a table");
        say(6, "12:15", pdChat, vik, "see you there then");
        // W07: Stuart's list goes into every room, twice; Vik deals only with brokers
        say(8, "09:00", pdWanted, bram, "wanted: 50 x 24in monitors, any brand, for a school");
        say(8, "09:30", pdAvail, vik, "@Bram de Vries got 60 x Dell P2419H, grade B, £38 each");
        say(8, "09:40", pdAvail, bram, "I'll take 50, invoice me");
        say(8, "09:45", pdAvail, vik, "done, on the truck thursday");
        say(9, "10:00", pdAvail, stuart, "updated stock list, 300+ units, prices dropped: " + stock);
        say(9, "10:03", pdChat, stuart, "new list up, best prices on the desk this week " + stock);
        say(9, "10:05", pdWanted, stuart, "if you're wanting anything, check my list first " + stock);
        say(9, "11:00", pdChat, kenny, "had the EliteBooks off Jade in january, all good btw, 2 dead batteries out of "
                + "80");
        say(9, "11:10", pdChat, jade, "good to hear, thanks Kenny");
        say(10, "14:00", pdChat, vik, "Bram, monitors left on the truck, should be with you tomorrow");
        say(10, "14:10", pdChat, bram, "cheers Vik");
        say(10, "15:00", pdWipe, vik, "anyone else had a customer refuse a cert because the serials were in lower "
                + "case? real thing that happened");
        say(10, "15:20", pdWipe, nadine, "I've had one reject because the logo was blurry");
        say(10, "15:25", pdWipe, vik, "the world we live in");
        say(11, "09:00", pdAvail, stuart, "Kemp IT list refreshed, ThinkPad T480s just landed: " + stock);
        say(11, "09:02", pdChat, stuart, "T480s landed, cheapest in the UK, list here " + stock);
        say(11, "09:04", pdWanted, stuart, "T480s in stock " + stock);
        say(11, "10:00", pdChat, jade, "Stuart mate, one list in available is plenty, we all read it");
        say(11, "10:30", pdChat, vik, "@Jade Holloway what are you getting for T480s at the moment? I'm offered "
                + "£70 and "
                + "it feels low");
        say(11, "10:45", pdChat, jade, "£75-80 grade A. £70 is fine for B");
        say(11, "10:50", pdChat, vik, "B's what they are, cheers");
        say(12, "16:00", pdAvail, vik, "40 x Lenovo M720q tiny PCs, i5, no drives, £55 each");
        say(12, "16:30", pdAvail, kenny, "I'll have 10 if you split");
        say(12, "16:40", pdAvail, vik, "for you Kenny, yes");
        say(13, "11:00", pdChat, vik, "@Stuart Kemp did the Dells work out for your customer?");
        say(13, "12:00", pdChat, stuart, "they're thinking about it, will let you know");
        // W08: Kenny, Jade's customer, waits
        say(15, "09:00", pdAvail, jade, "80 x HP EliteBook 840 G8, i5, 16GB, grade A-, £160");
        Post kennyAsk = say(16, "10:00", pdAvail, kenny, "@Jade Holloway are the 840 G8s still going? could take 30, "
                + "can collect weds");
        say(17, "09:00", pdAvail, jade, "20 x HP ProDesk 600 G5 SFF, grade A, £60");
        say(17, "14:00", pdChat, jade, "anyone know a good pallet wrapper repair bloke near Stoke?");
        say(17, "14:20", pdChat, bram, "my unit uses one in Hanley, I'll dig out his number");
        say(17, "14:30", pdChat, jade, "ta Bram");
        re(18, "09:00", kenny, kennyAsk, "bump, can still do weds if they're going");
        say(18, "15:00", pdWipe, nadine, "new WEEE guidance out this week, the transfer note template's changed. "
                + "gov page has it");
        say(18, "15:30", pdWipe, kenny, "thanks for the heads up Nadine, I'll update mine");
        say(19, "11:00", pdChat, jade, "trade day tables are going fast if anyone's still deciding");
        say(20, "10:00", pdWanted, nadine, "wanted: anyone with a working drive shredder to share? mine's down for "
                + "two weeks");
        say(20, "10:30", pdWanted, bram, "ours is free thursdays, bring a sandwich");
        say(20, "10:35", pdWanted, nadine, "deal");
    }

    static Map<String, String> files() {
        return new HeldOutScenes86Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 86");
    }
}
