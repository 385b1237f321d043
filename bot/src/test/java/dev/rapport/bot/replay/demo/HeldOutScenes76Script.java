package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 76 (sealed): eight communities of travel, hospitality and the outdoors, of kinds no earlier round
 * used (holiday-let owners with a room where guests and would-be owners ask and a changeover cleaner among them, B&B
 * hosts with a marketplace where one host sells a template pack, a family campsite's own server with its Staff and its
 * campers, rock-climbing instructors with a room where climbers ask, slow-train travellers where nobody sells,
 * hot-air balloon pilots with a room where passengers ask, independent hostel owners with a bunk maker among them,
 * bothy maintenance volunteers with a work-party sign-up), over three ISO weeks (2029-W18 to W20), written and
 * labelled by writer76 (session 44) before any coach ran on them, with many borderline cases. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-76.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes76Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 4, 30);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 5, 21, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-76";
    private static final int BASE = 58800;

    // --- A. holiday-let owners ---
    private final String lets = cast.guild(1041);
    private final Channel leLounge = cast.channel(lets, "Cottage Keepers", "owners-lounge",
            "chat for holiday-let owners", "le-owners-lounge.json");
    private final Channel leChange = cast.channel(lets, "Cottage Keepers", "changeovers",
            "cleaning, laundry, linen, keys and everything between guests", "le-changeovers.json");
    private final Channel leAsk = cast.channel(lets, "Cottage Keepers", "ask-a-host",
            "guests and would-be owners: ask the hosts anything", "le-ask-a-host.json");
    private final Channel leSale = cast.channel(lets, "Cottage Keepers", "for-sale-and-wanted",
            "furniture, hot tubs, key safes and bedding to sell, swap or want", "le-for-sale-and-wanted.json");
    private final Persona harriet = cast.person("harriet.v", "Harriet Vance");
    private final Persona morag = cast.person("morag.d", "Morag Dunbar");
    private final Persona owain = cast.person("owain.p", "Owain Pritchard");
    private final Persona jude = cast.person("jude.okoye", "Jude Okoye");
    private final Persona saskia = cast.person("saskia.tidy", "Saskia Moreau");
    private final Persona priya = cast.person("priya.l", "Priya Lal");
    private final Persona felix = cast.person("felix.b", "Felix Brandt");

    // --- B. B&B hosts ---
    private final String bnb = cast.guild(1042);
    private final Channel bbTable = cast.channel(bnb, "The Full English", "breakfast-table",
            "general chat for B&B hosts", "bb-breakfast-table.json");
    private final Channel bbBook = cast.channel(bnb, "The Full English", "bookings-and-platforms",
            "OTAs, direct bookings, deposits, channel managers", "bb-bookings-and-platforms.json");
    private final Channel bbStories = cast.channel(bnb, "The Full English", "guest-stories",
            "the good, the bad and the towel thieves", "bb-guest-stories.json");
    private final Channel bbMarket = cast.channel(bnb, "The Full English", "hosts-marketplace",
            "sell or swap to other hosts: furniture, kit, templates, services", "bb-hosts-marketplace.json");
    private final Persona rosalind = cast.person("rosalind.pike", "Rosalind Pike");
    private final Persona colm = cast.person("colm.kinsale", "Colm Byrne");
    private final Persona anwen = cast.person("anwen.h", "Anwen Hughes");
    private final Persona ted = cast.person("ted.bassett", "Ted Bassett");
    private final Persona lucia = cast.person("lucia.f", "Lucía Ferrer");
    private final Persona geoff = cast.person("geoff.m", "Geoff Marlow");

    // --- C. a family campsite's own server ---
    private final String camp = cast.guild(1043);
    private final Role cStaff = cast.role("Staff", "#2e7d32", 2);
    private final Channel caNotices = cast.channel(camp, "Hollowbrook Campsite", "notices",
            "news from the site team: opening times, events, river levels", "ca-notices.json");
    private final Channel caBook = cast.channel(camp, "Hollowbrook Campsite", "bookings-help",
            "questions about bookings, pitches and hook-ups: the team answers here", "ca-bookings-help.json");
    private final Channel caFire = cast.channel(camp, "Hollowbrook Campsite", "campfire-chat",
            "chat between campers", "ca-campfire-chat.json");
    private final Channel caLost = cast.channel(camp, "Hollowbrook Campsite", "lost-and-found",
            "left something behind? found something?", "ca-lost-and-found.json");
    private final Persona bryn = cast.person("bryn.hollowbrook", "Bryn Hollis", cStaff);
    private final Persona nell = cast.person("nell.hollowbrook", "Nell Hollis", cStaff);
    private final Persona kieran = cast.person("kieran.warden", "Kieran Shaw", cStaff);
    private final Persona dot = cast.person("dot.ferris", "Dot Ferris");
    private final Persona sam = cast.person("sam.achebe", "Sam Achebe");
    private final Persona gregor = cast.person("gregor.l", "Gregor Lind");
    private final Persona ama = cast.person("ama.m", "Ama Mensah");
    private final Persona piotr = cast.person("piotr.n", "Piotr Nowak");

    // --- D. rock-climbing instructors ---
    private final String crag = cast.guild(1044);
    private final Channel crLedger = cast.channel(crag, "Crag & Rope", "belay-ledger",
            "chat for climbing instructors and coaches", "cr-belay-ledger.json");
    private final Channel crAsk = cast.channel(crag, "Crag & Rope", "ask-an-instructor",
            "climbers: ask the instructors anything", "cr-ask-an-instructor.json");
    private final Channel crGear = cast.channel(crag, "Crag & Rope", "gear-swap",
            "used ropes, racks and kit to sell or swap", "cr-gear-swap.json");
    private final Channel crCond = cast.channel(crag, "Crag & Rope", "conditions",
            "crag conditions, closures, nesting bans", "cr-conditions.json");
    private final Persona ffion = cast.person("ffion.climbs", "Ffion Ellis");
    private final Persona rory = cast.person("rory.g", "Rory Gault");
    private final Persona zainab = cast.person("zainab.q", "Zainab Qureshi");
    private final Persona mateo = cast.person("mateo.r", "Mateo Ruiz");
    private final Persona lottie = cast.person("lottie.b", "Lottie Barnes");
    private final Persona idris = cast.person("idris.k", "Idris Khan");
    private final Persona wen = cast.person("wen.z", "Wen Zhao");

    // --- E. slow-train travellers (nobody sells) ---
    private final String rail = cast.guild(1045);
    private final Channel raRoute = cast.channel(rail, "Slow Trains", "route-planning",
            "ask how to get from A to B by train", "ra-route-planning.json");
    private final Channel raTrips = cast.channel(rail, "Slow Trains", "trip-reports",
            "tell us about your trip", "ra-trip-reports.json");
    private final Channel raNight = cast.channel(rail, "Slow Trains", "night-trains",
            "sleepers, couchettes and booking windows", "ra-night-trains.json");
    private final Channel raFive = cast.channel(rail, "Slow Trains", "platform-5",
            "off-topic", "ra-platform-5.json");
    private final Persona gisela = cast.person("gisela.b", "Gisela Brandt");
    private final Persona tomas = cast.person("tomas.q", "Tomás Quinn");
    private final Persona hana = cast.person("hana.ito", "Hana Ito");
    private final Persona marcus = cast.person("marcus.w", "Marcus Webb");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");
    private final Persona elspeth = cast.person("elspeth.r", "Elspeth Rowe");

    // --- F. hot-air balloon pilots ---
    private final String balloon = cast.guild(1046);
    private final Channel baBrief = cast.channel(balloon, "Envelope & Basket", "pilots-briefing",
            "pilots' chat: flying, licences, crews, retrieves", "ba-pilots-briefing.json");
    private final Channel baAsk = cast.channel(balloon, "Envelope & Basket", "ask-a-pilot",
            "passengers and anyone curious: ask the pilots", "ba-ask-a-pilot.json");
    private final Channel baWx = cast.channel(balloon, "Envelope & Basket", "weather-watch",
            "the day's flying forecast: wind, cloud base, showers", "ba-weather-watch.json");
    private final Channel baKit = cast.channel(balloon, "Envelope & Basket", "kit-for-sale",
            "baskets, burners, envelopes and trailers for sale", "ba-kit-for-sale.json");
    private final Persona alistair = cast.person("alistair.skyborne", "Alistair Pryce");
    private final Persona deirdre = cast.person("deirdre.k", "Deirdre Kane");
    private final Persona hugo = cast.person("hugo.s", "Hugo Stavros");
    private final Persona malika = cast.person("malika.r", "Malika Ross");
    private final Persona ben = cast.person("ben.c", "Ben Coulter");
    private final Persona tamsin = cast.person("tamsin.g", "Tamsin Greaves");
    private final Persona oskar = cast.person("oskar.l", "Oskar Lindqvist");

    // --- G. independent hostel owners ---
    private final String hostel = cast.guild(1047);
    private final Channel hoCommon = cast.channel(hostel, "Hostel Keepers", "common-room",
            "chat for independent hostel owners and managers", "ho-common-room.json");
    private final Channel hoDesk = cast.channel(hostel, "Hostel Keepers", "front-desk-problems",
            "something gone wrong? ask the others", "ho-front-desk-problems.json");
    private final Channel hoSupp = cast.channel(hostel, "Hostel Keepers", "suppliers",
            "suppliers welcome: offers, kit and deals for hostels", "ho-suppliers.json");
    private final Channel hoVol = cast.channel(hostel, "Hostel Keepers", "volunteers-and-staff",
            "hiring, volunteers, rotas", "ho-volunteers-and-staff.json");
    private final Persona esme = cast.person("esme.f", "Esme Fairley");
    private final Persona lukas = cast.person("lukas.w", "Lukas Weber");
    private final Persona kwabena = cast.person("kwabena.o", "Kwabena Owusu");
    private final Persona orla = cast.person("orla.galway", "Orla Nash");
    private final Persona bastien = cast.person("bastien.bunks", "Bastien Roux");
    private final Persona inga = cast.person("inga.s", "Inga Solberg");

    // --- H. bothy maintenance volunteers (nobody sells) ---
    private final String bothy = cast.guild(1048);
    private final Channel boWork = cast.channel(bothy, "Bothy Workparty", "work-parties",
            "sign up for work parties, kit lists, plans", "bo-work-parties.json");
    private final Channel boReports = cast.channel(bothy, "Bothy Workparty", "bothy-reports",
            "how you found the bothy you stayed in", "bo-bothy-reports.json");
    private final Channel boLifts = cast.channel(bothy, "Bothy Workparty", "lifts-and-kit",
            "lift shares and spare kit to lend", "bo-lifts-and-kit.json");
    private final Channel boBlether = cast.channel(bothy, "Bothy Workparty", "blether",
            "off-topic", "bo-blether.json");
    private final Persona catriona = cast.person("catriona.m", "Catriona Moss");
    private final Persona fergus = cast.person("fergus.b", "Fergus Baird");
    private final Persona alun = cast.person("alun.p", "Alun Price");
    private final Persona shona = cast.person("shona.g", "Shona Grieve");
    private final Persona yasmin = cast.person("yasmin.c", "Yasmin Cole");
    private final Persona ewan = cast.person("ewan.t", "Ewan Tait");

    private HeldOutScenes76Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        lets();
        bnb();
        camp();
        crag();
        rail();
        balloon();
        hostel();
        bothy();
    }

    /** A. Holiday-let owners: a new owner who takes in W18, a changeover cleaner who scatters her booking link. */
    private void lets() {
        // W18
        say(1, "09:10", leLounge, harriet, "morning all, first full week of bookings since Easter. anyone else full "
                + "for the bank holiday?");
        say(1, "09:25", leLounge, owain, "full, and the hot tub has decided to die. naturally");
        say(1, "09:31", leLounge, morag, "full here too. Owain ring the tub people before Friday or you'll be "
                + "refunding");
        Post keys = say(1, "11:00", leLounge, jude, "hi all, new here, just bought a 2-bed in Keswick to let out. "
                + "first guests in 3 weeks and I'm panicking about everything lol. how do you do keys? key safe or "
                + "meet them?");
        Post keysA = re(1, "11:20", morag, keys, "key safe, every time. get a police-approved one and change the "
                + "code between stays");
        re(1, "11:26", jude, keysA, "thanks!!");
        Post change = say(2, "08:40", leChange, jude, "how long should a changeover take for a 2-bed? my cleaner "
                + "quoted 4 hours which seems a lot");
        Post changeA = re(2, "09:15", harriet, change, "3-4 is normal if they do the linen and a proper bathroom "
                + "clean. don't push them under 3, you'll get hair in the shower reviews");
        re(2, "09:22", jude, changeA, "ok thanks");
        say(2, "12:00", leAsk, priya, "hi, we're booking a cottage in the Lakes for August with our dog. is it "
                + "normal to pay a pet fee on top? one place wants £60");
        say(2, "12:40", leAsk, morag, "£20-40 a stay is usual. £60 isn't mad for a week if they deep clean after. "
                + "ask whether the sofa has covers, that's where the fee goes");
        say(2, "12:46", leAsk, priya, "that's really helpful, thank you");
        Post towels = say(3, "19:00", leChange, jude, "sorry another one, does everyone provide towels? the previous "
                + "owner didn't");
        Post towelsA = re(3, "19:30", morag, towels, "yes, guests expect them now. two per person plus tea towels "
                + "and a bath mat. budget for losing a few");
        re(3, "19:33", jude, towelsA, "👍 thanks");
        re(3, "19:41", morag, towelsA, "@Jude Okoye what are you doing for a welcome pack? I'm putting together a "
                + "list of what new owners do for our group guide, would love yours");
        Post chairs = say(4, "10:00", leSale, owain, "wanted: 2 outdoor bistro chairs, anything sturdy, Penrith "
                + "area");
        Post chairsA = re(4, "11:00", harriet, chairs, "@Owain Pritchard I've two in the shed from the old garden "
                + "set, yours for nothing if you collect");
        re(4, "11:20", owain, chairsA, "legend. Saturday?");
        say(4, "11:23", leSale, harriet, "Saturday's fine");
        say(5, "14:00", leAsk, felix, "thinking of buying a place to let out in Northumberland. what's a realistic "
                + "occupancy for year one?");
        say(5, "15:30", leAsk, harriet, "I'd plan on 50-60% in year one, more once you've got reviews. winter is the "
                + "hard bit");
        say(5, "15:42", leAsk, morag, "and cost it at 45% so you sleep at night");
        say(5, "16:00", leAsk, felix, "sobering, but thanks both");
        Post heat = say(5, "20:00", leChange, jude, "guests left the heating on full for a week 😩 how do you stop "
                + "that");
        Post heatA = re(5, "20:30", owain, heat, "smart thermostat with a max temperature. best £150 I ever spent");
        re(5, "20:36", jude, heatA, "ordering one");
        Post sas = say(6, "10:00", leLounge, saskia, "hi everyone, Saskia here, I run changeovers in the north Lakes "
                + "(cleaning, laundry, key handovers). been lurking a while, lots of you are my neighbours!");
        Post sasW = re(6, "10:20", morag, sas, "welcome Saskia! you did the Bassenthwaite barn didn't you? they rave "
                + "about you");
        re(6, "10:31", saskia, sasW, "that's me 😊 thank you");
        // W19
        say(8, "09:00", leChange, saskia, "anyone else having trouble with laundry turnaround? my usual laundry in "
                + "Keswick closed, Carlisle is a 2 day wait");
        say(8, "09:30", leChange, harriet, "ugh. we do our own now, two washers in the garage");
        say(8, "09:41", leChange, saskia, "might have to do the same");
        Post baby = say(8, "11:00", leAsk, priya, "@Harriet Vance is your Borrowdale place ok for a 9 month old? "
                + "stair gates etc?");
        say(8, "12:10", leAsk, morag, "Priya I've stayed at Harriet's, the stairs are steep but I think she keeps a "
                + "gate in the hall cupboard");
        say(8, "12:20", leAsk, priya, "oh good, thank you Morag");
        say(9, "17:00", leLounge, jude, "first guests arrived! they loved the welcome hamper");
        say(9, "17:10", leLounge, morag, "well done!").react("🎉", owain, harriet);
        re(10, "10:05", harriet, baby, "sorry Priya, only just seen this! yes, a gate and a travel cot, both in the "
                + "hall cupboard. just message when you book");
        say(10, "10:20", leAsk, priya, "perfect, booking tonight");
        Post late = say(10, "21:00", leLounge, jude, "now guests message at 11pm asking for the wifi password lol. "
                + "do you all answer late?");
        re(10, "21:15", owain, late, "put it on a card by the router and in the arrival email. saves your sanity");
        Post quote = say(11, "08:30", leChange, jude, "@Saskia Moreau do you cover Keswick town? and what do you "
                + "charge for a 2-bed?");
        Post quoteA = re(11, "09:00", saskia, quote, "I do! £95 for a 2-bed with linen, £75 without. I've a "
                + "Saturday slot free from June");
        re(11, "09:10", jude, quoteA, "booking you for June, will message");
        Post bedding = say(12, "10:00", leSale, morag, "selling: 6 sets of white king bedding, used twice, £15 a "
                + "set. I got the sizes wrong");
        Post beddingA = re(12, "10:30", owain, bedding, "I'll take 2 if they're still going Morag");
        re(12, "10:40", morag, beddingA, "yours");
        Post safe = say(13, "12:00", leAsk, felix, "which key safe brand do people use? so many on Amazon");
        re(13, "12:40", jude, safe, "I got the police-approved Master Lock one Morag recommended, easy to fit "
                + "and the code dial is big enough for gloves");
        say(13, "12:55", leAsk, felix, "thanks Jude");
        // W20: Saskia's slots, the same link in three rooms within the hour and a half, then again
        say(15, "09:00", leChange, saskia, "I've got Saturday changeover slots open for June and July now. north "
                + "Lakes, £95 a 2-bed with linen. details and booking: tidyturns.example/book");
        say(15, "09:40", leLounge, saskia, "owners! Saturday slots for June and July just opened: "
                + "tidyturns.example/book");
        say(15, "10:15", leAsk, saskia, "if any of you guests want your cottage cleaned before you arrive, or "
                + "owners reading, I have slots: tidyturns.example/book");
        say(15, "12:00", leLounge, owain, "Saskia I might want you for Saturdays in July, can I message you?");
        say(15, "12:10", leLounge, saskia, "of course Owain!");
        Post tips = say(16, "13:00", leAsk, priya, "booked Harriet's place 🎉 any tips for the Lakes with a baby?");
        re(16, "13:20", morag, tips, "Rydal Water is flat and buggy-friendly. go early");
        re(16, "13:30", harriet, tips, "and the gingerbread in Grasmere, for you not the baby");
        say(16, "13:40", leAsk, priya, "noted on both 😂");
        Post bleach = say(17, "08:30", leChange, morag, "PSA: bleach stains on grey towels. switched to white, not "
                + "going back");
        re(17, "08:50", saskia, bleach, "white all the way. we boil-wash everything");
        say(17, "09:10", leLounge, saskia, "still a couple of July Saturdays left if anyone's stuck: "
                + "tidyturns.example/book");
        say(17, "19:00", leChange, jude, "Morag I finally wrote my welcome pack list: tea, milk, biscuits, local "
                + "jam, a map of the fells and a note about the bins 😅 sorry I never replied!");
        say(17, "19:30", leChange, morag, "perfect, going in the guide. thanks Jude");
        say(18, "18:00", leLounge, felix, "update: offer accepted on the Northumberland place. thank you all for "
                + "the realism");
        say(18, "18:10", leLounge, harriet, "congrats Felix! come and ask anything");
        Post chair = say(19, "11:00", leSale, jude, "anyone got a spare high chair? guests keep asking");
        re(19, "11:30", owain, chair, "in my loft. bring biscuits");
    }

    /** B. B&B hosts: a host all about himself, a half-asked template link, a host away, help here and taking there. */
    private void bnb() {
        // W18
        say(1, "08:00", bbTable, anwen, "who else is on their third full english of the morning before 8");
        say(1, "08:05", bbTable, ted, "four. and a vegan who wants black pudding explained");
        say(1, "08:07", bbTable, colm, "I did eleven covers this morning on my own, I've got it down to a system now. "
                + "I plate my eggs last and I never burn a single one, my guests always say my breakfast is the "
                + "best they've had in Ireland");
        say(1, "08:30", bbTable, lucia, "eleven! respect");
        Post dep = say(1, "14:00", bbBook, lucia, "question: does anyone take deposits on direct bookings? I keep "
                + "getting no-shows from email bookings");
        re(1, "14:20", ted, dep, "25% non-refundable at booking. no-shows dropped to almost nothing");
        say(1, "14:30", bbBook, rosalind, "same, and send a reminder a week before with the balance date");
        say(1, "14:36", bbBook, lucia, "thanks both, doing it");
        Post view = say(2, "09:30", bbStories, ted, "guest asked if the sea view 'could be moved' because the sun was "
                + "in his eyes");
        re(2, "09:45", lucia, view, "😂 I had one ask if the sheep could be quieter. at 5am they are loud, to be "
                + "fair");
        say(2, "09:50", bbStories, anwen, "sheep complaints are a rite of passage");
        re(2, "10:10", colm, view, "I had a guest once who wanted me to repaint my room because my colours clashed "
                + "with his pyjamas. I told him my rooms are designed by my wife and me and I'm very proud of my rooms, "
                + "I spent my whole winter on them and my reviews mention my rooms every week");
        say(3, "10:00", bbTable, geoff, "off to Portugal for two weeks from tomorrow, my sister's running the house. "
                + "won't be on here much, back on the 19th");
        say(3, "10:10", bbTable, anwen, "enjoy Geoff!");
        Post cash = say(3, "16:00", bbBook, lucia, "how do you handle a guest who booked through an OTA but wants to "
                + "pay cash on arrival?");
        re(3, "16:25", rosalind, cash, "if it's prepaid on the OTA you can't, if it's pay-at-property you can. "
                + "check the booking type in the extranet");
        say(3, "16:40", bbBook, lucia, "it was pay-at-property, phew");
        Post card = say(4, "19:00", bbStories, anwen, "a family left me a handwritten card and a jar of their own "
                + "honey. this job 🥹");
        re(4, "19:20", lucia, card, "that's the best bit. kids drew my cat last week, it's on the fridge");
        say(4, "19:30", bbStories, ted, "lovely");
        say(5, "11:00", bbMarket, ted, "@Geoff Marlow are you still selling your old 4-slice toaster? ours died "
                + "mid-breakfast");
        say(5, "21:00", bbBook, colm, "I switched my whole booking system myself over the weekend. my new channel "
                + "manager is brilliant, I set it all up in one evening, I've never had a double booking since, I'm "
                + "honestly the most organised I've been in my life");
        say(5, "21:10", bbBook, ted, "which one did you go with?");
        say(5, "21:20", bbBook, colm, "Stayflow. I did my research for weeks, I read every review myself, I'm very "
                + "thorough with these things, my wife says I'm too thorough");
        // W19: a template half-asked for, answered with one's own paid pack
        Post tmpl = say(8, "09:00", bbTable, anwen, "anyone got a house rules template they'd share? mine's a mess "
                + "of post-its and passive aggression");
        Post tmplA = re(8, "09:30", rosalind, tmpl, "I made one for my place and now sell it as an editable pack "
                + "for other hosts, house rules, check-in card and breakfast menu: rosalindpike.example/host-pack "
                + "(£12). or happy to tell you the headings if you just want those");
        re(8, "09:40", anwen, tmplA, "ooh I'll have a look, thanks");
        say(8, "09:45", bbTable, ted, "mine's three lines: breakfast 8-9.30, no smoking, be nice. works");
        Post ota = say(9, "15:00", bbBook, lucia, "OTA commission went up to 18% for me. is everyone eating that or "
                + "pushing direct?");
        re(9, "15:20", rosalind, ota, "pushing direct. 'book direct and get a free packed lunch' card in every room");
        re(9, "15:30", ted, ota, "eating it, honestly. half my guests only find me there");
        say(9, "15:40", bbBook, lucia, "thanks, I'll try the card");
        say(10, "08:30", bbStories, colm, "that reminds me of the time a guest asked me to recommend a restaurant and "
                + "I said my own breakfast was better than any restaurant in Kinsale. he laughed but I'm serious, I've "
                + "been told it many times, I keep a book of my guest comments and I read them every winter. my guests "
                + "are my life");
        say(10, "08:50", bbStories, lucia, "Colm you should frame some of those comments in the hall, guests love "
                + "reading them");
        say(10, "09:00", bbStories, colm, "I already do, I have my best twelve framed, I chose them myself and I "
                + "had my frames made by my cousin");
        Post ferry = say(10, "09:20", bbStories, anwen, "@Colm Byrne how do you deal with guests who want breakfast "
                + "at 6am for the ferry?");
        re(10, "09:40", colm, ferry, "I make an exception for my ferry guests, I'm up at 5 anyway, I always have been. "
                + "my father was a fisherman and I got my early starts from him, I've never needed an alarm in my "
                + "life");
        Post min = say(11, "14:00", bbBook, lucia, "sorry me again, how do you set minimum stays for weekends "
                + "without losing midweek singles?");
        re(11, "14:30", rosalind, min, "2 night minimum Fri/Sat only, and open single nights 7 days before if still "
                + "empty");
        say(11, "14:40", bbBook, lucia, "smart, thanks");
        say(12, "16:00", bbBook, rosalind, "for anyone else after what Anwen asked for, my host pack is updated for "
                + "summer: rosalindpike.example/host-pack");
        Post single = say(13, "11:00", bbBook, lucia, "last one I promise: do you charge less for single "
                + "occupancy?");
        re(13, "11:30", rosalind, single, "£10 off, no more, the breakfast costs the same");
        say(13, "11:35", bbBook, lucia, "fair");
        Post towel = say(13, "18:00", bbStories, lucia, "guest returned a towel by post with a note. faith in humanity "
                + "restored");
        re(13, "18:10", ted, towel, "😂 mine go to towel heaven");
        re(14, "09:00", colm, towel, "I've never lost a towel, my guests respect my house. I think it's because I make "
                + "them feel like family, I greet every one of my guests at my own door myself");
        // W20
        say(15, "08:00", bbTable, anwen, "rain as promised");
        Post pack = say(15, "10:00", bbMarket, rosalind, "summer host pack is up, £12: house rules, check-in card, "
                + "breakfast menu, all editable: rosalindpike.example/host-pack");
        Post packA = re(15, "10:30", anwen, pack, "bought it last week btw, the check-in card is great, saved me an "
                + "evening");
        re(15, "10:40", rosalind, packA, "so glad it helped Anwen!");
        Post tap = say(16, "08:40", bbBook, ted, "anyone's card machine failing on contactless today?");
        re(16, "08:55", lucia, tap, "mine did this morning, the provider had an outage, it's back since 8.30");
        say(16, "09:00", bbBook, ted, "ah it's back, thanks Lucía");
        Post prop = say(17, "10:00", bbStories, anwen, "guest proposed at breakfast. she said yes. the bacon went "
                + "cold and nobody cared");
        re(17, "10:10", lucia, prop, "😭 lovely");
        re(17, "10:30", colm, prop, "congratulations to them! did you do anything special for them after?");
        say(17, "10:45", bbStories, anwen, "bottle of fizz in the room and a late checkout");
        say(18, "17:00", bbTable, ted, "good week all?");
        say(18, "17:10", bbTable, colm, "busy one, how about yours Ted?");
        say(18, "17:20", bbTable, ted, "steady, two cancellations filled from the waitlist");
        say(19, "09:00", bbBook, lucia, "Rosalind the single-night trick worked, filled 3 midweeks")
                .react("🙌", rosalind, ted);
        say(20, "12:00", bbMarket, geoff, "back from Portugal. @Ted Bassett sorry, only just saw this, the toaster "
                + "is yours if you still want it");
        say(20, "12:30", bbMarket, ted, "yes please! I'll drop by Thursday");
    }

    /** C. A family campsite's own server: a camper's question to the owner left for a week, one answered by a camper. */
    private void camp() {
        // W18
        say(1, "09:00", caNotices, bryn, "we're open for the season from Friday! showers refurbished over the winter "
                + "and a new pitch map: hollowbrook.example/map").react("🎉", dot, sam, ama);
        Post dogs = say(1, "10:00", caBook, dot, "hi, can we bring two dogs to the meadow field or is it one per "
                + "pitch?");
        Post dogsA = re(1, "10:30", nell, dogs, "two is fine Dot, on leads in the meadow please");
        re(1, "10:40", dot, dogsA, "lovely thanks");
        say(2, "18:00", caFire, gregor, "who's coming for the opening weekend? bringing the new tent");
        say(2, "18:10", caFire, sam, "us! the kids have been packed since March");
        say(2, "18:25", caFire, ama, "Saturday to Monday here");
        Post shop = say(3, "12:00", caBook, piotr, "is there a shop on site or should we bring everything?");
        Post shopA = re(3, "12:20", kieran, shop, "small shop at reception: milk, bread, gas, firewood. the "
                + "supermarket is 10 minutes' drive");
        re(3, "12:30", piotr, shopA, "great, thanks Kieran");
        say(4, "09:00", caNotices, nell, "firewood is £6 a net this year. pizza van on Saturday night from 5");
        say(5, "17:00", caFire, ama, "arrived! the view over the river never gets old");
        say(5, "17:20", caFire, gregor, "we're the green tent by the hedge, come say hi");
        Post shower = say(6, "19:30", caFire, sam, "@Kieran Shaw is the shower block open late tonight? the kids are "
                + "still in the river");
        shower.react("👍", kieran);
        say(6, "19:50", caFire, sam, "cheers Kieran, rounding them up now");
        Post welly = say(6, "10:00", caLost, ama, "found a small blue wellington by the play area, it's at reception");
        re(6, "10:30", dot, welly, "that'll be ours! thank you");
        say(7, "11:00", caFire, gregor, "pizza van was unreal. 10/10 weekend");
        say(7, "11:15", caFire, nell, "so glad! safe travels home everyone");
        say(7, "16:00", caNotices, bryn, "thanks for a brilliant opening weekend. June dates are filling up: "
                + "hollowbrook.example/book");
        // W19: Sam asks the owner, who is around and does not answer
        say(8, "08:30", caBook, sam, "@Bryn Hollis we're booked for the 25th with a hook-up, can we swap to a "
                + "riverside pitch? and do the riverside ones have hook-ups?");
        Post falls = say(9, "18:00", caFire, gregor, "anyone tried the new footpath up to the falls? signposted from "
                + "the bridge");
        re(9, "18:20", ama, falls, "did it Sunday, muddy but gorgeous");
        re(9, "19:00", bryn, falls, "Gregor the path was cut by volunteers from the village, they did a lovely job. "
                + "take the left fork for the view");
        say(9, "19:10", caFire, gregor, "will do, thanks Bryn");
        say(10, "10:00", caBook, dot, "do you have any pitches for 4 nights over half term? the booking page says "
                + "full but wondered about cancellations");
        say(10, "11:00", caBook, gregor, "Dot they keep a waitlist at reception, we got in that way last year");
        say(10, "11:10", caBook, dot, "oh thanks Gregor, I'll ring them");
        say(11, "09:00", caNotices, kieran, "the river is up after the rain, please keep kids off the lower bank "
                + "this week");
        say(11, "16:00", caBook, nell, "Dot yes, there's a waitlist, I've put you on it for half term and will ring "
                + "if anything frees up");
        say(11, "16:20", caBook, dot, "thank you Nell!");
        say(12, "08:00", caNotices, bryn, "hedge trimming on the top field Wednesday morning, sorry in advance for "
                + "the noise");
        say(12, "20:00", caFire, piotr, "booked again for July! my wife says we're 'camping people' now");
        say(12, "20:10", caFire, sam, "welcome to the club 😂");
        Post chairLost = say(13, "09:00", caLost, piotr, "left a red camping chair at pitch 14, anyone seen it?");
        Post chairA = re(13, "09:40", kieran, chairLost, "it's in the barn Piotr, we'll keep it till you're back");
        re(13, "09:50", piotr, chairA, "you're a star");
        Post river = say(14, "19:00", caFire, sam, "still no word on our riverside swap. anyone know if they have "
                + "hook-ups down there?");
        re(14, "19:15", ama, river, "they do on 20 to 24, we were on 22");
        say(14, "19:20", caFire, sam, "thanks Ama");
        // W20
        say(15, "08:00", caNotices, bryn, "half term is fully booked, thank you all! new this year: a guided bat walk "
                + "on Friday at 7pm, £5 a head, book at reception");
        Post chase = say(15, "08:30", caBook, sam, "@Bryn Hollis sorry to chase, any news on the riverside pitch for "
                + "the 25th?");
        Post chaseA = re(15, "09:10", bryn, chase, "Sam so sorry, that slipped right past me. yes, pitch 21 is free "
                + "and has a hook-up, I've moved you");
        re(15, "09:20", sam, chaseA, "brilliant, thank you!");
        say(16, "10:00", caFire, dot, "we're on the waitlist for half term, fingers crossed");
        say(16, "10:30", caFire, nell, "Dot you're in! pitch 9 came free this morning, check your email");
        say(16, "10:40", caFire, dot, "🎉 amazing");
        say(18, "09:00", caNotices, nell, "pizza van back on Saturday, plus a coffee cart in the mornings");
        Post bats = say(19, "21:30", caFire, ama, "the bat walk was fab, Kieran knows everything about bats");
        re(19, "21:45", kieran, bats, "thank you! the pipistrelles were showing off");
        say(21, "08:00", caNotices, bryn, "bat walk again next Friday by popular demand. see you all soon");
    }

    /** D. Climbing instructors: one talks only with instructors while climbers' questions wait; a pitch to a newcomer. */
    private void crag() {
        // W18
        Post spa = say(1, "09:00", crLedger, rory, "anyone running the SPA assessment at Stanage in June? want to send "
                + "a trainee along");
        re(1, "09:30", mateo, spa, "I'm assessing 16-17 June, still two places");
        say(1, "09:40", crLedger, rory, "perfect, I'll point her at you");
        say(1, "12:00", crCond, zainab, "peregrine ban on the main wall at Tremadog has started, routes left of the "
                + "tree are fine");
        Post out = say(2, "10:00", crAsk, lottie, "moving from indoor to outdoor sport climbing this summer. what's "
                + "the one thing indoor climbers get wrong outside?");
        re(2, "10:30", zainab, out, "cleaning the anchor at the top. practise it on the ground until it's boring, "
                + "then do it with an instructor watching");
        re(2, "10:45", ffion, out, "and looking at the rock, not for chalk marks. outdoor holds aren't coloured 😄");
        say(2, "11:00", crAsk, lottie, "both noted! thank you");
        say(3, "08:00", crLedger, rory, "insurance renewal came in 30% higher. anyone else?");
        say(3, "08:20", crLedger, ffion, "20% for me. shopped around, the BMC partner scheme was cheapest");
        say(3, "08:30", crLedger, rory, "cheers, will look");
        Post rope = say(4, "09:00", crGear, mateo, "wanted: 60m single rope for top-rope groups, doesn't need to be "
                + "dry treated");
        Post ropeA = re(4, "09:20", rory, rope, "got one, 2 years old, low use, £60");
        re(4, "09:30", mateo, ropeA, "deal");
        Post harness = say(5, "19:00", crAsk, idris, "how do I know if my old harness is done? it's 7 years old but "
                + "looks fine");
        re(5, "19:30", zainab, harness, "7 years is retirement for most makers even unused. check the belay loop "
                + "for fuzz, but honestly, replace it");
        say(5, "19:40", crAsk, idris, "oof ok, thanks");
        say(6, "09:00", crCond, mateo, "Burbage North dry and busy, parking full by 9");
        Post first = say(6, "18:00", crLedger, ffion, "great day with a group at Burbage, one of them led her first "
                + "route 🎉");
        re(6, "18:10", zainab, first, "love that");
        // W19: Rory's week is all instructors
        say(8, "08:00", crLedger, rory, "Mateo did the rope do ok?");
        say(8, "08:15", crLedger, mateo, "yes, using it Thursday, thanks again");
        Post multi = say(8, "09:00", crAsk, lottie, "any tips for a first multi-pitch? doing one with a mate in two "
                + "weeks, we've both only led single pitch");
        Post draws = say(8, "12:00", crLedger, rory, "who's using the new DMM quickdraws? thoughts?");
        re(8, "12:20", ffion, draws, "lighter, but the gates are stiff for kids' hands");
        say(8, "12:30", crLedger, rory, "good shout, I do a lot of kids groups");
        say(9, "08:30", crLedger, rory, "@Zainab Qureshi are you still doing the rescue refresher in Llanberis?");
        say(9, "09:00", crLedger, zainab, "yes, second weekend of June");
        say(9, "09:10", crLedger, rory, "put me down please");
        Post trad = say(9, "20:00", crAsk, idris, "is it worth doing a course to learn trad or just learn off "
                + "mates?");
        say(10, "08:00", crLedger, rory, "my trainee passed her SPA! Mateo you were right about the rope work");
        say(10, "08:10", crLedger, mateo, "brilliant, tell her well done");
        Post multiA = re(10, "13:00", zainab, multi, "Lottie: take the guidebook, agree your calls before you set "
                + "off, a prusik each, and pick something two grades under your max");
        re(10, "13:20", lottie, multiA, "thank you!! calls, yes");
        say(11, "09:00", crLedger, rory, "anyone's insurance cover coasteering now? mine just dropped it");
        say(11, "09:20", crLedger, ffion, "mine doesn't, Mateo's does I think");
        say(11, "09:30", crLedger, mateo, "yes, through my outdoor centre's policy");
        say(11, "09:35", crLedger, rory, "ugh");
        say(12, "08:00", crCond, rory, "Froggatt green and wet, don't bother till the weekend");
        say(12, "17:00", crLedger, rory, "off to Fontainebleau with the instructors from my centre next week, anyone "
                + "want anything?");
        say(12, "17:10", crLedger, ffion, "a crepe");
        say(13, "08:00", crLedger, rory, "Ffion I'll bring you back three");
        Post anyone = re(13, "12:00", idris, trad, "anyone?");
        Post tradA = re(13, "12:30", ffion, anyone, "Idris honestly both, but a course first gets your placements "
                + "right before bad habits set in. happy to talk you through what a course covers if that helps");
        re(13, "12:45", idris, tradA, "that's helpful, thanks Ffion");
        // W20: a newcomer's hello answered with a priced course
        Post hello = say(15, "19:00", crLedger, wen, "hi all, Wen here, just moved to Sheffield, climbed indoors for "
                + "3 years. mostly here to learn from you lot and find people to climb with");
        re(15, "19:20", ffion, hello, "welcome Wen! if you fancy getting outside properly, my Intro to Trad course has "
                + "2 places left on 2 June, £180 for two days, DM me to book");
        Post meet = re(15, "19:40", zainab, hello, "welcome! there's a free meet at Burbage on Tuesday evenings, lots "
                + "of people looking for partners");
        re(15, "19:50", wen, meet, "oh perfect, I'll come along Tuesday");
        say(16, "09:00", crLedger, rory, "back from Font, my forearms are gone");
        say(16, "09:10", crLedger, mateo, "pics or it didn't happen");
        say(17, "08:00", crCond, zainab, "Tremadog ban lifted early, the chicks have fledged");
        say(17, "08:30", crCond, rory, "great news");
        Post did = say(19, "20:00", crAsk, lottie, "did the multi-pitch! the calls worked, the prusik didn't get "
                + "used, thank you Zainab");
        re(19, "20:10", zainab, did, "so proud!");
        say(20, "09:00", crAsk, idris, "booked a trad course with Ffion in the end. thanks for the honest answer");
        say(20, "09:20", crAsk, ffion, "see you on the 9th Idris!");
        say(21, "10:00", crLedger, rory, "quiet week, rain");
    }

    /** E. Slow-train travellers, where nobody sells: a helper's favourite planner, a reminder people asked for. */
    private void rail() {
        // W18
        Post lj = say(1, "10:00", raRoute, noor, "London to Ljubljana by train in 2 days, possible?");
        re(1, "10:40", marcus, lj, "yes: Eurostar to Brussels, ICE to Munich, then the day train to Ljubljana. the "
                + "planner on this site lays the whole run out: seatguide.example/planner");
        say(1, "10:50", raRoute, noor, "amazing, thanks");
        Post nj = say(2, "09:00", raNight, hana, "does anyone know when the Nightjet summer dates open for "
                + "booking?");
        re(2, "09:30", marcus, nj, "usually 6 months out but they've been late this year. the same planner tracks "
                + "it: seatguide.example/planner");
        say(2, "09:40", raNight, hana, "oh useful");
        say(2, "13:00", raFive, elspeth, "how is it only Wednesday");
        say(2, "13:05", raFive, tomas, "it's Tuesday Elspeth");
        say(2, "13:06", raFive, elspeth, "worse");
        Post naples = say(3, "18:00", raTrips, gisela, "back from Naples via Rome and Milan. the Frecciarossa is "
                + "absurdly smooth, I wrote in my notebook for 4 hours. my favourite bit was my coffee at Milano "
                + "Centrale, I had three");
        re(3, "18:20", tomas, naples, "jealous. how were the connections?");
        say(3, "18:30", raTrips, gisela, "one was 8 minutes and it worked, the Italians were calm so I was calm");
        re(3, "19:00", marcus, naples, "@Gisela Brandt did you book the Milan leg separately? split tickets come "
                + "out cheaper, the planner shows where to split: seatguide.example/planner");
        say(3, "19:10", raTrips, gisela, "no, all in one, next time!");
        Post sleeper = say(4, "09:00", raNight, tomas, "the Caledonian Sleeper summer fares go on sale Thursday, for "
                + "anyone who was asking. booking page: sleeper.example/book");
        re(4, "09:20", hana, sleeper, "ooh could you remind us when it opens? I'll forget");
        say(4, "09:25", raNight, tomas, "will do");
        say(5, "07:00", raNight, tomas, "it's open! sleeper.example/book");
        say(5, "07:30", raNight, elspeth, "booked Inverness for July 🎉 thank you");
        say(5, "08:10", raNight, hana, "got the last club room on the 12th");
        Post pod = say(6, "11:00", raFive, noor, "anyone know a good podcast for long train rides");
        re(6, "11:30", elspeth, pod, "In Our Time, never fails");
        say(7, "20:00", raTrips, hana, "Kyoto to Tokyo on local trains for fun. 9 hours, 6 changes, would do again");
        say(7, "20:20", raTrips, gisela, "that sounds like my kind of mad");
        // W19
        say(8, "08:00", raNight, tomas, "heads up, the cheap sleeper fares have gone but the seated coach is still "
                + "£45: sleeper.example/book");
        say(8, "08:30", raNight, noor, "thanks Tomás");
        say(9, "10:00", raRoute, elspeth, "Edinburgh to Penzance in one day: madness or doable?");
        say(9, "10:15", raRoute, tomas, "doable, about 10 hours via Birmingham. take snacks and a book");
        say(9, "10:20", raRoute, gisela, "and sit on the left after Exeter for the sea wall");
        say(9, "10:30", raRoute, elspeth, "sea wall yes!");
        Post done = say(10, "19:00", raTrips, noor, "did London to Ljubljana! the Munich stopover was the best "
                + "accident. thanks Marcus");
        re(10, "19:20", marcus, done, "so glad it worked!");
        Post tier = say(11, "12:00", raFive, hana, "train snack tier list: onigiri S, crisps B, egg sandwich F");
        Post tierQ = re(11, "12:10", marcus, tier, "egg sandwich F??");
        re(11, "12:15", hana, tierQ, "on a shared table? F.");
        say(11, "12:20", raFive, elspeth, "correct ranking");
        Post sto = say(12, "09:00", raRoute, gisela, "Berlin to Stockholm, is the night train back yet?");
        re(12, "09:20", marcus, sto, "Snälltåget runs it again from late May. dates are on the planner: "
                + "seatguide.example/planner");
        say(12, "09:30", raRoute, gisela, "oh perfect");
        Post cat = say(14, "21:00", raFive, elspeth, "my cat sat in my open suitcase and refuses to move");
        re(14, "21:10", tomas, cat, "that's your travel companion sorted");
        cat.react("😂", noor, hana);
        // W20
        say(15, "08:00", raNight, hana, "Nightjet summer dates are finally open");
        say(15, "08:30", raNight, gisela, "booked Vienna to Hamburg, thank you Hana");
        Post bcn = say(16, "10:00", raRoute, noor, "cheapest way Paris to Barcelona? the TGV is €120");
        re(16, "10:30", tomas, bcn, "book 3 months ahead, or take the Ouigo to Perpignan and change");
        say(16, "10:40", raRoute, noor, "thanks, 3 months it is");
        Post bruges = say(17, "19:00", raTrips, gisela, "weekend in Bruges by train. waffles eaten: 4");
        re(17, "19:10", tomas, bruges, "only 4?");
        Post pass = say(19, "11:00", raRoute, hana, "does the Interrail pass cover Eurostar?");
        re(19, "11:30", marcus, pass, "only with a reservation fee, about €30. the planner explains the fees: "
                + "seatguide.example/planner");
        say(19, "11:40", raRoute, hana, "oh good, thanks Marcus");
        say(20, "18:00", raTrips, noor, "first solo trip booked! Lyon in June");
        say(20, "18:10", raTrips, gisela, "you'll love it");
    }

    /** F. Balloon pilots: plugs riding on answers, a customer's voucher question left for days, the forecast room. */
    private void balloon() {
        String[] wx = {"Mon: wind 5-8 kt SW, cloud base 3000 ft, evening flyable",
            "Tue: 12 kt gusting 20, no flying", "Wed: calm morning, 4 kt, go for dawn",
            "Thu: 6 kt W, showers after 3pm, morning only", "Fri: 15 kt, no",
            "Sat: 3-5 kt, cloud base 4000 ft, perfect", "Sun: 10 kt, marginal"};
        // W18
        say(1, "05:00", baWx, hugo, wx[0] + ". flyforecast.example/today");
        Post dawn = say(1, "09:00", baAsk, ben, "how early do morning flights actually go? my voucher says 'dawn' which "
                + "sounds like 4am");
        Post dawnA = re(1, "09:30", alistair, dawn, "about 30-40 minutes after sunrise, so 5:15 this time of year. "
                + "bring a hat, the burner is hot on your head. and btw our sunset flights are 20% off this month if "
                + "mornings are too brutal: skyborne.example/sunset");
        re(1, "09:40", ben, dawnA, "5:15 😭 ok thanks");
        say(2, "05:00", baWx, hugo, wx[1] + ". flyforecast.example/today");
        say(2, "10:00", baBrief, deirdre, "crew shortage again. anyone got a spare retrieve driver Saturday?");
        say(2, "10:20", baBrief, malika, "my nephew's free, he's done it twice");
        say(2, "10:25", baBrief, deirdre, "yes please");
        say(3, "05:00", baWx, hugo, wx[2] + ". flyforecast.example/today");
        Post cows = say(3, "14:00", baAsk, tamsin, "what happens if you land in a field with cows?");
        re(3, "14:20", malika, cows, "we avoid livestock fields, and if we can't we pack up fast and tell the farmer. "
                + "most farmers get a bottle of fizz");
        re(3, "14:40", alistair, cows, "and on our flights the landowner gets a free flight every year, keeps "
                + "everyone sweet. we've a few spring dates left too: skyborne.example/sunset");
        say(3, "14:50", baAsk, tamsin, "ha, bribery by fizz. thanks both");
        say(4, "05:00", baWx, hugo, wx[3] + ". flyforecast.example/today");
        Post insp = say(4, "12:00", baBrief, hugo, "envelope inspection due, who are people using?");
        re(4, "12:30", deirdre, insp, "Cameron's service centre, 3 week wait");
        say(4, "12:40", baBrief, hugo, "ta");
        say(5, "05:00", baWx, hugo, wx[4] + ". flyforecast.example/today");
        say(6, "05:00", baWx, hugo, wx[5] + ". flyforecast.example/today");
        say(6, "10:00", baBrief, malika, "flew 8 passengers at dawn, glassy. best morning this year");
        say(6, "10:10", baBrief, alistair, "same, landed in a clearing full of bluebells");
        say(6, "10:30", baBrief, deirdre, "the nephew was brilliant, thanks Malika");
        say(7, "05:00", baWx, hugo, wx[6] + ". flyforecast.example/today");
        say(7, "15:00", baKit, hugo, "selling a 2016 4-person basket, good weave, new floor, £1,900");
        // W19: Tamsin, a customer, asks Alistair about her voucher
        say(8, "05:00", baWx, hugo, "Mon: 4 kt, high pressure all week. flyforecast.example/today");
        Post voucher = say(8, "19:00", baAsk, tamsin, "@Alistair Pryce I bought a flight voucher from you for my "
                + "dad's 70th, can he move it to August? he's having his knee done in June");
        Post weight = say(9, "09:00", baAsk, oskar, "is there a weight limit for passengers?");
        re(9, "09:40", alistair, weight, "most operators say 17-18 stone, it's about the basket compartments. our "
                + "sunset flights are still 20% off btw: skyborne.example/sunset");
        say(9, "09:50", baAsk, oskar, "ok good to know");
        Post env = say(10, "18:00", baBrief, alistair, "new envelope arrives next week, 105 thousand cubic ft, very "
                + "excited");
        re(10, "18:10", malika, env, "ooh what colour");
        say(10, "18:20", baBrief, alistair, "orange and navy");
        say(10, "05:00", baWx, hugo, "Wed: 2-4 kt, dawn and dusk both on. flyforecast.example/today");
        Post chase = re(11, "12:00", tamsin, voucher, "@Alistair Pryce sorry to chase, I just need to know about the "
                + "transfer before his op");
        say(11, "12:30", baAsk, deirdre, "Tamsin most operators allow one free date change, but Alistair will know "
                + "his own terms");
        say(11, "12:40", baAsk, tamsin, "thanks Deirdre");
        Post breakIn = say(12, "19:00", baBrief, alistair, "anyone got tips for breaking in a new envelope?");
        re(12, "19:20", hugo, breakIn, "gentle first flights, don't cook it");
        say(12, "19:30", baBrief, alistair, "noted");
        // W20
        re(15, "08:00", alistair, chase, "Tamsin so sorry, new envelope chaos. yes, the transfer's fine, any date to "
                + "the end of September");
        say(15, "08:20", baAsk, tamsin, "phew, thank you");
        say(15, "05:00", baWx, hugo, "Mon: 8 kt NW, evening only. flyforecast.example/today");
        Post caa = say(16, "11:00", baBrief, deirdre, "CAA renewal forms changed, has anyone done the new one?");
        re(16, "11:30", malika, caa, "yes, page 3 is the confusing bit, tick 'commercial' not 'aerial work'");
        say(16, "11:40", baBrief, deirdre, "lifesaver");
        Post show = say(17, "09:00", baAsk, oskar, "@Hugo Stavros do you fly from the showground or the park?");
        re(17, "09:30", hugo, show, "the showground, the park is too small for the big baskets");
        Post wed = say(17, "20:00", baBrief, malika, "landed next to a wedding tonight, got invited to the "
                + "reception");
        re(17, "20:10", hugo, wed, "?");
        re(17, "20:15", deirdre, wed, "you went??");
        say(17, "20:20", baBrief, malika, "obviously, there was cake");
        say(19, "05:00", baWx, hugo, "Sat: 5 kt, cloud base 3500 ft, good. flyforecast.example/today");
        say(20, "12:00", baAsk, tamsin, "dad's booked for August 🎉 thank you Alistair");
        say(20, "12:15", baAsk, alistair, "we'll give him a smooth one");
    }

    /** G. Hostel owners: a bunk maker whose peers are his customers pitches a newcomer; an owner away for a month. */
    private void hostel() {
        // W18
        say(1, "08:00", hoCommon, esme, "May bank holiday, 100% full, 3 walk-ins turned away at midnight. hostel "
                + "life");
        say(1, "08:20", hoCommon, lukas, "full here too, and the dishwasher flooded the kitchen at 11");
        say(1, "08:30", hoCommon, kwabena, "the dishwasher always knows");
        Post stay = say(2, "11:00", hoDesk, lukas, "guest refusing to leave after checkout, says his friend is "
                + "'coming back with the money'. how do you handle it?");
        re(2, "11:15", esme, stay, "bags to the luggage room, polite and firm, call the police non-emergency line if "
                + "it drags. never argue in the dorm");
        re(2, "11:25", kwabena, stay, "and take a card deposit at check-in next time");
        say(2, "13:00", hoDesk, lukas, "he left. thanks both");
        say(3, "10:00", hoSupp, bastien, "hi all, Bastien, I build hardwood bunks for hostels in my Lyon workshop, "
                + "shipping to the UK and EU. spring batch open, from £420 a bunk with privacy curtains. photos: "
                + "roux-bunks.example");
        Post away = say(3, "17:00", hoCommon, inga, "heading to Svalbard for a month from Friday, Per has the hostel. "
                + "no signal most of the time, back 4 June");
        re(3, "17:10", esme, away, "jealous! bring back a polar bear photo (from a distance)");
        Post wp = say(4, "09:00", hoVol, kwabena, "anyone use Worldpackers for volunteers? is it worth it?");
        re(4, "09:20", esme, wp, "yes, but always a video interview first");
        say(4, "09:30", hoVol, kwabena, "good tip");
        Post lock = say(5, "14:00", hoDesk, esme, "lockers: padlocks or digital? our padlocks keep walking off");
        re(5, "14:20", bastien, lock, "digital, with a master code. our bunks have a locker drawer option too, but "
                + "digital is the fix whatever furniture you have");
        re(5, "14:30", lukas, lock, "digital, 3 years, no problems");
        say(5, "14:40", hoDesk, esme, "digital it is, thanks");
        Post uke = say(6, "21:00", hoCommon, kwabena, "a guest left a ukulele. third one this year. starting a band");
        re(6, "21:10", lukas, uke, "we have two. merger?");
        say(7, "10:00", hoVol, esme, "@Inga Solberg are you still after a summer volunteer? I've got a great one I "
                + "can't fit in");
        // W19: a newcomer opening a hostel
        Post orlaHi = say(8, "09:00", hoCommon, orla, "hi everyone, I'm Orla, opening a 24-bed hostel in Galway in "
                + "July! terrified and excited. learning everything from scratch");
        re(8, "09:10", esme, orlaHi, "welcome Orla! ask us anything");
        Post pitch = re(8, "09:20", bastien, orlaHi, "congratulations Orla! if you haven't ordered bunks yet I can do "
                + "12 hardwood bunks for 24 beds at £4,600 delivered to Galway, that's my opening discount, DM me");
        re(8, "09:40", orla, pitch, "ha, thanks, I'll keep it in mind");
        Post pms = say(9, "10:00", hoDesk, orla, "what booking system do you all use? there are so many");
        re(9, "10:20", lukas, pms, "Cloudbeds, fine for 24 beds");
        re(9, "10:30", kwabena, pms, "Little Hotelier, cheaper");
        say(9, "10:40", hoDesk, orla, "thanks! going to try both demos");
        Post bugs = say(10, "07:30", hoDesk, lukas, "bedbugs. in one dorm. don't ask how I know. who do you call?");
        re(10, "07:50", esme, bugs, "a heat treatment company, not spray. and bag every bit of linen from that room");
        re(10, "08:10", bastien, bugs, "and check the bunk joints, they hide in the slots. happy to look at photos if "
                + "you want a second opinion");
        say(10, "08:30", hoDesk, lukas, "thanks both, heat treatment booked for tomorrow");
        Post hours = say(11, "15:00", hoVol, orla, "how many hours do volunteers work for a bed? I've seen 20 and 30");
        re(11, "15:20", kwabena, hours, "20 max, and give them one meal a day. happy volunteers stay");
        say(11, "15:30", hoVol, orla, "great, 20 it is");
        say(12, "10:00", hoSupp, bastien, "summer batch: 6 sets left before August, from £420: roux-bunks.example");
        say(12, "18:00", hoCommon, lukas, "no bugs after the treatment 🙌");
        say(12, "18:10", hoCommon, esme, "phew");
        Post cash = say(13, "11:00", hoDesk, orla, "card machine or cash only for a small place?");
        re(13, "11:10", esme, cash, "card. nobody carries cash any more");
        say(13, "11:20", hoDesk, orla, "thank you, you're all so kind");
        say(14, "16:00", hoCommon, kwabena, "anyone going to the hostel conference in Porto?");
        say(14, "16:20", hoCommon, lukas, "yes!");
        // W20
        Post quote = say(15, "10:00", hoSupp, orla, "@Bastien Roux could you send me a quote for 10 bunks with "
                + "curtains? we're 20 beds now, not 24");
        re(15, "10:30", bastien, quote, "of course Orla, sending it by DM tonight");
        Post alarm = say(16, "22:00", hoDesk, kwabena, "smoke alarm keeps going off from shower steam. solutions?");
        re(16, "22:20", orla, alarm, "a heat detector instead of smoke in that corridor, the fire officer told me "
                + "that last week");
        say(16, "22:30", hoDesk, kwabena, "genius, thanks Orla");
        say(18, "09:00", hoVol, kwabena, "here's our summer rota layout for anyone who wants to copy it: "
                + "sheets.example/rota-template");
        say(18, "09:20", hoVol, esme, "stealing this, thank you");
        say(19, "14:00", hoCommon, bastien, "anyone at the Porto conference want to meet for a coffee? I'll be there "
                + "Saturday");
        say(19, "14:20", hoCommon, lukas, "yes, Saturday morning");
    }

    /** H. Bothy volunteers, where nobody sells: a sign-up form as places fill, a video pushed into three rooms. */
    private void bothy() {
        // W18
        say(1, "19:00", boWork, catriona, "Corrour work party 18-20 May: new floor in the sleeping room. 8 places. "
                + "sign up here: forms.example/corrour-may");
        say(1, "19:20", boWork, fergus, "signed up!");
        say(1, "19:30", boWork, alun, "me too, I'll bring the big saw");
        Post glen = say(2, "20:00", boReports, shona, "Glenpean last weekend: dry, tidy, someone left a full bag of "
                + "coal. the stove draws well now");
        re(2, "20:15", fergus, glen, "that stove was a nightmare last year, good to hear");
        Post fw = say(3, "18:00", boLifts, yasmin, "anyone driving up to Fort William on the 17th? can chip in for "
                + "fuel");
        re(3, "18:30", alun, fw, "I'm going from Glasgow, room for one");
        say(3, "18:40", boLifts, yasmin, "yes please!");
        say(4, "12:00", boBlether, ewan, "rain again, the midges don't care");
        say(4, "12:10", boBlether, shona, "midge season officially open");
        say(5, "19:00", boWork, catriona, "5 places left for Corrour: forms.example/corrour-may");
        say(5, "19:30", boWork, shona, "signed up");
        Post hut = say(6, "21:00", boReports, ewan, "Hutchison Memorial hut on Saturday. amazing sunset, full house, "
                + "everyone shared a dram");
        re(6, "21:10", yasmin, hut, "Hutchie is my favourite");
        say(7, "09:00", boBlether, fergus, "anyone watching the hill race tomorrow?");
        say(7, "09:10", boBlether, alun, "running it, pray for me").react("🙏", fergus, shona);
        // W19
        say(8, "19:00", boWork, catriona, "2 places left for Corrour: forms.example/corrour-may");
        say(8, "19:20", boWork, yasmin, "signed up 🙂");
        Post mat = say(9, "20:00", boLifts, yasmin, "does anyone have a spare sleeping mat I could borrow for the "
                + "work party? mine split");
        re(9, "20:10", shona, mat, "I've got one, I'll bring it");
        say(9, "20:15", boLifts, yasmin, "thank you!");
        Post ford = say(10, "18:00", boReports, alun, "heading to Staoineag next week, is the river crossing ok?");
        re(10, "18:30", yasmin, ford, "it was knee deep two weeks ago. there's a wire bridge 500m upstream if it's "
                + "high");
        say(10, "18:40", boReports, alun, "good to know, thanks");
        Post trowel = say(11, "19:00", boLifts, yasmin, "does anyone have a spare trowel? do I need one for the floor "
                + "job?");
        re(11, "19:20", fergus, trowel, "bring nothing, Catriona has a van full of tools");
        say(11, "19:25", boLifts, yasmin, "ha ok");
        say(12, "09:00", boWork, ewan, "my new video's up: the Glenpean stove rebuild, start to finish 🔥 "
                + "vidtube.example/ewantait-glenpean");
        say(12, "10:30", boReports, ewan, "if you want to see Glenpean before you go, my video's here: "
                + "vidtube.example/ewantait-glenpean");
        Post vid = say(12, "13:00", boBlether, ewan, "new video out today, would mean a lot if you watched: "
                + "vidtube.example/ewantait-glenpean");
        Post vidA = re(12, "15:00", shona, vid, "watched it, the timelapse of the stove is great");
        re(12, "15:10", ewan, vidA, "thanks Shona!");
        say(13, "18:00", boBlether, alun, "finished the hill race. 3h41. never again. (until next year)")
                .react("👏", catriona, fergus);
        say(13, "18:10", boBlether, fergus, "legend");
        Post back = say(14, "19:00", boLifts, yasmin, "still need a lift back on the 20th, anyone?");
        re(14, "19:20", fergus, back, "I'm driving back that day, you're in");
        say(14, "19:25", boLifts, yasmin, "thank you!!");
        // W20
        say(15, "19:00", boWork, catriona, "Corrour is full! waiting list in the same form: "
                + "forms.example/corrour-may");
        say(15, "19:10", boWork, fergus, "see you all Friday");
        say(16, "20:00", boLifts, alun, "Glasgow car leaves 7am Friday, Yasmin I'll get you at Partick");
        say(16, "20:10", boLifts, yasmin, "perfect");
        say(17, "09:00", boWork, catriona, "kit list: gloves, head torch, your own mug. we'll feed you");
        say(17, "09:20", boWork, shona, "bringing tablet (the sweet kind)");
        Post film = say(17, "21:00", boBlether, ewan, "@Catriona Moss is it ok if I film the work party? some "
                + "people might not want to be in it");
        re(17, "21:30", catriona, film, "ask everyone on the day, most won't mind. Shona will 😄");
        say(20, "19:00", boReports, catriona, "Corrour floor done!! 8 volunteers, 2 days, not one splinter. thank "
                + "you all");
        say(20, "19:10", boReports, alun, "best work party yet");
        say(20, "19:20", boReports, yasmin, "my first one and I'm hooked. thanks for the lift Alun and the mat Shona");
        say(20, "19:30", boReports, ewan, "filmed the whole thing, video next week");
    }

    static Map<String, String> files() {
        return new HeldOutScenes76Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 76");
    }
}
