package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 44 (sealed): eight communities (real-estate photographers with a gigs room, a cycling café's own
 * server, fountain-pen collectors with a classifieds room, tabletop RPG game masters, personal chefs, a Linux desktop
 * help server, cross-stitch pattern designers, student pilots with a few instructors), over three ISO weeks
 * (2026-W37 to W39), written and labelled by writer44 (session 32) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-44.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes44Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 9, 7);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 9, 28, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-44";

    // --- A. real-estate photographers ---
    private final String frame = cast.guild(711);
    private final Channel reGeneral = cast.channel(frame, "Frame & Floorplan", "general",
            "property photographers chatting: kit, clients, the odd rant", "re-general.json");
    private final Channel reGigs = cast.channel(frame, "Frame & Floorplan", "gigs",
            "agents and photographers: post shoots that need covering, or reply to cover them", "re-gigs.json");
    private final Channel reEdit = cast.channel(frame, "Frame & Floorplan", "editing-help",
            "HDR, flash blending, verticals, sky swaps: ask away", "re-editing-help.json");
    private final Persona priya = cast.person("priya.r", "Priya Raman");
    private final Persona tomasz = cast.person("tomasz.w", "Tomasz Wojcik");
    private final Persona delphine = cast.person("delphine.lets", "Delphine Marchetti");
    private final Persona kwame = cast.person("kwame.shoots", "Kwame Asante");
    private final Persona rosalind = cast.person("rosalind.f", "Rosalind Fairweather");
    private final Persona jonah = cast.person("jonah.aerial", "Jonah Beckett");
    private final Channel dmJonah = cast.dm(jonah, "dm-jonah-beckett.json");

    // --- B. cycling café's own server ---
    private final String spoke = cast.guild(712);
    private final Role staff = cast.role("Staff", "#c0392b", 2);
    private final Channel cfCounter = cast.channel(spoke, "Spoke & Crema", "counter",
            "questions for the café team: orders, workshop bookings, opening times", "cf-counter.json");
    private final Channel cfRides = cast.channel(spoke, "Spoke & Crema", "saturday-rides",
            "the café's Saturday social rides: routes and the sign-up sheet", "cf-saturday-rides.json");
    private final Channel cfChat = cast.channel(spoke, "Spoke & Crema", "ride-chat",
            "everything bikes, between regulars", "cf-ride-chat.json");
    private final Persona marta = cast.person("marta.spoke", "Marta Oyelaran", staff);
    private final Persona finn = cast.person("finn.barista", "Finn Adebayo", staff);
    private final Persona gus = cast.person("gus.l", "Gus Lindqvist");
    private final Persona helene = cast.person("helene.roux", "Hélène Roux");
    private final Persona bartek = cast.person("bartek.n", "Bartek Nowak");
    private final Persona yara = cast.person("yara.h", "Yara Haddad");
    private final Persona sol = cast.person("sol.fits", "Sol Mendes");

    // --- C. fountain-pen collectors ---
    private final String nib = cast.guild(713);
    private final Channel fpGeneral = cast.channel(nib, "The Nib Exchange", "general",
            "pens, paper, and pen people", "fp-general.json");
    private final Channel fpClassifieds = cast.channel(nib, "The Nib Exchange", "classifieds",
            "buy, sell, trade: one listing per pen, price and postage please", "fp-classifieds.json");
    private final Channel fpInk = cast.channel(nib, "The Nib Exchange", "ink-talk",
            "inks, nibs, grinds, shading and sheen", "fp-ink-talk.json");
    private final Persona ambrose = cast.person("ambrose.k", "Ambrose Kettering");
    private final Persona noor = cast.person("noor.s", "Noor Siddiqui");
    private final Persona lucja = cast.person("lucja.grinds", "Łucja Zielińska");
    private final Persona percy = cast.person("percy.odum", "Percy Odum");
    private final Persona mireille = cast.person("mireille.d", "Mireille Dubois");
    private final Persona hiro = cast.person("hiro.t", "Hiro Tanabe");
    private final Persona wendell = cast.person("wendell.a", "Wendell Ashby");
    private final Channel dmAmbrose = cast.dm(ambrose, "dm-ambrose-kettering.json");

    // --- D. tabletop RPG game masters ---
    private final String screen = cast.guild(714);
    private final Channel gmLounge = cast.channel(screen, "Behind the Screen", "gm-lounge",
            "GMs talking shop", "gm-lounge.json");
    private final Channel gmPaid = cast.channel(screen, "Behind the Screen", "paid-games",
            "paid GMs: post your open tables here, one post per table", "gm-paid-games.json");
    private final Channel gmHelp = cast.channel(screen, "Behind the Screen", "session-zero-help",
            "stuck with a table, a player or a plot? ask here", "gm-session-zero-help.json");
    private final Channel gmIntro = cast.channel(screen, "Behind the Screen", "introductions",
            "new here? introduce yourself and what you run", "gm-introductions.json");
    private final Persona odile = cast.person("odile.gm", "Odile Ferreira");
    private final Persona rhys = cast.person("rhys.c", "Rhys Calloway");
    private final Persona anwen = cast.person("anwen.p", "Anwen Price");
    private final Persona dmitri = cast.person("dmitri.rolls", "Dmitri Volkov");
    private final Persona tallulah = cast.person("tallulah.b", "Tallulah Brooks");
    private final Persona cass = cast.person("cass.ito", "Cass Ito");

    // --- E. personal chefs ---
    private final String table = cast.guild(715);
    private final Channel chKitchen = cast.channel(table, "Private Table Collective", "kitchen-talk",
            "personal and private chefs talking shop", "ch-kitchen-talk.json");
    private final Channel chLeads = cast.channel(table, "Private Table Collective", "client-leads",
            "clients and referrals: post the job, chefs reply with a quote", "ch-client-leads.json");
    private final Channel chMenus = cast.channel(table, "Private Table Collective", "menus-and-pricing",
            "how do you cost a tasting menu? compare notes", "ch-menus-and-pricing.json");
    private final Persona beatriz = cast.person("beatriz.l", "Beatriz Lomelí");
    private final Persona gareth = cast.person("gareth.cooks", "Gareth Munro");
    private final Persona sunita = cast.person("sunita.rao", "Sunita Rao");
    private final Persona lorenzo = cast.person("lorenzo.b", "Lorenzo Bassi");
    private final Persona ottoline = cast.person("ottoline.m", "Ottoline Marsh");
    private final Persona jaewon = cast.person("minjun.eats", "Minjun Park");
    private final Persona felicity = cast.person("felicity.g", "Felicity Grant");
    private final Channel dmJaewon = cast.dm(jaewon, "dm-minjun-park.json");

    // --- F. Linux desktop help ---
    private final String tux = cast.guild(716);
    private final Channel lxHelp = cast.channel(tux, "Tux Desk", "help",
            "desktop Linux help: say your distro, paste logs with a paste site", "lx-help.json");
    private final Channel lxOff = cast.channel(tux, "Tux Desk", "off-topic",
            "anything else", "lx-off-topic.json");
    private final Channel lxDesk = cast.channel(tux, "Tux Desk", "show-your-desktop",
            "screenshots of your own setups, dotfiles welcome", "lx-show-your-desktop.json");
    private final Persona ingrid = cast.person("ingrid.s", "Ingrid Solberg");
    private final Persona mateus = cast.person("mateus.c", "Mateus Carvalho");
    private final Persona bao = cast.person("bao.tran", "Bao Tran");
    private final Persona elspeth = cast.person("elspeth.r", "Elspeth Rowe");
    private final Persona kofi = cast.person("kofi.m", "Kofi Mensah");
    private final Persona zygmunt = cast.person("zyg.ptak", "Zygmunt Ptak");
    private final Persona ruby = cast.person("ruby.o", "Ruby Okonkwo");

    // --- G. cross-stitch pattern designers ---
    private final String stitch = cast.guild(717);
    private final Channel xsChat = cast.channel(stitch, "Cross My Heart Designers", "studio-chat",
            "designers chatting: charts, fabric, software, life", "xs-studio-chat.json");
    private final Channel xsLaunch = cast.channel(stitch, "Cross My Heart Designers", "pattern-launches",
            "designers: announce your new patterns here, one post per pattern", "xs-pattern-launches.json");
    private final Channel xsTest = cast.channel(stitch, "Cross My Heart Designers", "test-stitchers",
            "calls for test stitchers: post your call here", "xs-test-stitchers.json");
    private final Persona wilhelmina = cast.person("wil.cho", "Wilhelmina Cho");
    private final Persona agnieszka = cast.person("aga.bury", "Agnieszka Bury");
    private final Persona tabitha = cast.person("tabitha.g", "Tabitha Greer");
    private final Persona nkechi = cast.person("nkechi.o", "Nkechi Obi");
    private final Persona ruth = cast.person("ruth.a", "Ruth Abernathy");
    private final Persona saskia = cast.person("saskia.h", "Saskia Holm");

    // --- H. student pilots and instructors ---
    private final String circuit = cast.guild(718);
    private final Channel plGround = cast.channel(circuit, "Left Seat", "ground-school",
            "air law, navigation, met, the written exams", "pl-ground-school.json");
    private final Channel plWx = cast.channel(circuit, "Left Seat", "weather-go-no-go",
            "is it flyable? METARs, TAFs and gut feelings", "pl-weather.json");
    private final Channel plHangar = cast.channel(circuit, "Left Seat", "hangar",
            "general chat for students and instructors", "pl-hangar.json");
    private final Persona harlan = cast.person("harlan.cfi", "Harlan Brooks");
    private final Persona mei = cast.person("mei.fi", "Mei Sato");
    private final Persona isaac = cast.person("isaac.f", "Isaac Feld");
    private final Persona priyanka = cast.person("priyanka.d", "Priyanka Desai");
    private final Persona luca = cast.person("luca.r", "Luca Romano");
    private final Persona beth = cast.person("beth.a", "Beth Ashworth");
    private final Persona omar = cast.person("omar.s", "Omar Shaheen");

    private HeldOutScenes44Script() {
        super(new SceneIds(33200), FIRST_MONDAY, 21);
    }

    static Map<String, String> files() {
        HeldOutScenes44Script script = new HeldOutScenes44Script();
        script.photographers();
        script.cafe();
        script.pens();
        script.gameMasters();
        script.chefs();
        script.linux();
        script.stitchers();
        script.pilots();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 44");
    }

    private void photographers() {
        say(1, "08:30", reGigs, priya, "Reminder for the new term: gigs posts need date, area, property size and the "
                + "fee. Photographers reply in the thread, and settle the details in DMs. Be nice to the agents 🙂");
        Post flat = say(1, "10:05", reGigs, delphine, "Tues 8th, 2-bed flat in Headingley, interiors + floorplan, "
                + "£140, keys from our office at 9. Anyone?");
        re(1, "10:40", rosalind, flat, "I can take it Delphine, I'm in Headingley anyway that morning");
        re(1, "10:52", delphine, flat, "lovely, it's yours. I'll DM the lockbox code");
        Post verticals = say(2, "19:12", reEdit, kwame, "hi all, first month doing this properly. my verticals lean "
                + "in every kitchen shot even tho I level the tripod?? what am I doing wrong");
        re(2, "20:03", rosalind, verticals, "level isn't enough, the camera has to be pointing dead flat, no tilt "
                + "up or down. Shoot from about chest height and crop later. Lightroom's Upright 'vertical' fixes "
                + "the rest");
        re(2, "20:10", kwame, verticals, "ohh I always tilt down to get the floor in. thanks!");
        Post presets = say(3, "11:20", reEdit, kwame, "can anyone recommend HDR presets for Lightroom? mine look "
                + "like a radioactive sunset");
        re(3, "12:02", tomasz, presets, "Full disclosure, I sell a pack myself (£25, "
                + "https://wojcikvisuals.co.uk/presets/hdr-interiors) but honestly start with the free ones in "
                + "Adobe's own premium set and pull saturation down to -15 before anything else");
        re(3, "12:30", kwame, presets, "ha, -15 it is. cheers Tomasz");
        say(3, "21:40", reGeneral, jonah, "CAA renewal done for another year 🚁 anyone else find the new portal "
                + "awful");
        say(3, "21:55", reGeneral, priya, "it logged me out twice mid-form. awful is generous");
        Post flash = say(4, "09:15", reEdit, kwame, "flash blending: do I need one flash frame per wall or is one "
                + "bounced off the ceiling ok?");
        re(4, "10:01", rosalind, flash, "one ceiling bounce for the ambient-fill frame, then a couple of window "
                + "pulls. Don't overthink it in small rooms. Also watch your white balance between frames");
        re(4, "10:05", kwame, flash, "thanks!");
        say(5, "16:30", reGeneral, rosalind, "@Kwame Asante you're Leeds-based, right? Could you cover a twilight "
                + "shoot for me on Thursday the 17th? I'm double-booked, fee's £180, the agent's lovely");
        say(6, "13:10", reEdit, kwame, "what's everyone using for sky replacement, is Luminar worth it or just "
                + "photoshop");
        say(6, "13:45", reEdit, tomasz, "Photoshop's Sky Replacement is plenty for property. Keep the skies "
                + "boring blue, agents hate drama");
        say(6, "14:02", reEdit, kwame, "boring blue, got it 😂");
        say(7, "18:00", reGeneral, delphine, "thank you Rosalind, the Headingley vendor said the photos were the "
                + "best she's seen of her own flat");
        say(7, "18:20", reGeneral, rosalind, "aw, tell her thanks! the light was kind");
        // Week 2: Tomasz's sale, Jonah's cold DM, Kwame carries on.
        say(8, "08:50", reGigs, delphine, "Weds 16th, detached 4-bed in Ilkley, interiors, exteriors and aerials if "
                + "anyone does drone, £260 + £90 aerials");
        Post aerials = say(8, "09:30", reGigs, jonah, "I'll take the aerials Delphine, licensed and insured, £90 "
                + "works");
        re(8, "09:40", delphine, aerials, "perfect, thanks Jonah. Rosalind, fancy the ground shots?");
        say(8, "10:15", reGigs, rosalind, "yes please, I'll liaise with Jonah on timings");
        say(9, "07:45", dmJonah, jonah, "Hi Kwame, saw you're new to property work. I offer drone add-on packages "
                + "for other photographers' clients, from £60 a property. Book a slot here: "
                + "https://calendly.com/jonah-beckett-aerial/addon");
        say(9, "12:00", dmJonah, kwame, "hi, no thanks for now, I don't have drone clients yet");
        say(9, "19:30", reGeneral, tomasz, "HDR Interiors pack is 30% off this weekend only → "
                + "https://wojcikvisuals.co.uk/presets/hdr-interiors");
        Post ceiling = say(10, "20:15", reEdit, kwame, "how do people deal with those yellow downlights? "
                + "everything looks like a 1970s pub");
        re(10, "21:00", priya, ceiling, "set WB off the daylight frame, then mask the lamps and cool them a touch. "
                + "Or switch them off if the agent lets you");
        re(10, "21:05", kwame, ceiling, "ty");
        say(11, "10:30", reGeneral, priya, "Meet-up poll for October is pinned in #general, vote for the date that "
                + "suits. Pub near the station again?");
        say(11, "10:42", reGeneral, delphine, "the 14th for me!");
        say(12, "22:10", reEdit, tomasz, "Last few hours of 30% off the HDR pack, ends midnight: "
                + "https://wojcikvisuals.co.uk/presets/hdr-interiors");
        say(13, "11:00", reGeneral, kwame, "first paid shoot invoiced 🎉 3 bed semi, agent happy");
        say(13, "11:20", reGeneral, rosalind, "brilliant Kwame!! 👏").react("🎉", priya, tomasz);
        // Week 3: quiet.
        say(16, "09:00", reGigs, delphine, "Mon 28th, office space in Leeds centre, 12 shots, £180. Anyone?");
        say(16, "11:30", reGigs, priya, "@Rosalind Fairweather this one's near you?");
        say(16, "13:00", reGigs, rosalind, "I'll take it, thanks both");
        say(11, "12:00", reGeneral, rosalind, "found cover for the 17th in the end, all sorted");
        Post banding = say(15, "10:10", reEdit, priya, "anyone else getting banding in skies after the agents' "
                + "portal compresses everything?");
        re(15, "11:00", tomasz, banding, "export sRGB 8-bit with a touch of grain (5-8) added, the portal's "
                + "compression chokes on perfectly smooth gradients");
        re(15, "16:40", priya, banding, "the grain trick worked, ta Tomasz");
        Post terms = say(17, "09:30", reGeneral, kwame, "is it normal for agents to pay 60 days after the shoot?");
        re(17, "10:15", delphine, terms, "sadly for some. Ours pays in 14. Put your terms on the invoice before "
                + "the first job");
        re(17, "10:20", kwame, terms, "will do, thanks Delphine");
        say(18, "17:05", reGeneral, jonah, "windy week, grounded three days out of five. glad I do kitchens too");
        say(18, "17:30", reGeneral, kwame, "what's the wind limit on your drone?");
        say(18, "19:10", reGeneral, jonah, "about 20 mph steady for mine, less if it's gusting");
    }

    private void cafe() {
        Post menu = say(1, "07:30", cfCounter, marta, "Autumn menu's on from today: pumpkin loaf, chai oat latte, "
                + "and the rider's breakfast is back. Pre-orders for the Saturday ride: "
                + "https://spokeandcrema.co.uk/order");
        menu.react("😍", gus, yara);
        say(1, "08:00", cfRides, finn, "Saturday 12th: the reservoir loop, 62 km, café stop at Otley. Sign-up "
                + "sheet: https://docs.google.com/spreadsheets/d/1spokeRides12");
        say(1, "09:10", cfRides, gus, "in! 🚴");
        say(1, "12:40", cfChat, yara, "who else got soaked on the way in?! the forecast said 10% rain. ten percent "
                + "of WHAT");
        say(1, "12:48", cfChat, bartek, "ten percent of the clouds were dry I guess");
        Post hours = say(2, "10:20", cfCounter, helene, "are you open on bank holiday Monday? asking for a group of "
                + "six");
        re(2, "10:35", finn, hours, "We are, 8 till 2! Tables for six are fine without booking before 10");
        re(2, "10:40", helene, hours, "merci Finn 🙏");
        say(4, "18:00", cfRides, finn, "Saturday's loop has 4 places left on the sheet, pace is chatty: "
                + "https://docs.google.com/spreadsheets/d/1spokeRides12");
        say(4, "18:30", cfRides, yara, "added myself + Bartek, he said yes in person so no backing out");
        say(4, "18:40", cfChat, bartek, "apparently I'm riding Saturday 😅");
        say(3, "17:30", cfChat, bartek, "anyone got an 11-speed chain tool I could borrow? mine's gone walkabout");
        say(3, "17:50", cfChat, gus, "Bartek yep, I'll leave it behind the counter tomorrow");
        Post vegan = say(5, "11:00", cfCounter, yara, "is the pumpkin loaf vegan??");
        re(5, "11:25", finn, vegan, "not yet! Marta's testing a version with aquafaba this week");
        say(6, "15:20", cfChat, gus, "great ride today, the Otley climb nearly finished me. Finn setting the pace "
                + "like it was a recovery spin");
        say(6, "15:45", cfChat, finn, "it was a recovery spin Gus 😇");
        // Week 2: Finn away, Marta covers; Sol answers a request.
        say(8, "09:00", cfCounter, finn, "Off till Thursday, racing in the Dales! Marta's holding the fort, the "
                + "workshop's open as usual");
        Post mech = say(9, "08:15", cfCounter, gus, "@Finn Adebayo you serviced my Ribble in June and the rear mech "
                + "is clicking again in the small cogs. Could I bring it in this week?");
        re(9, "12:30", marta, mech, "Bring it Wednesday morning Gus, I'll have a look at the hanger first, usually "
                + "that after a knock");
        re(9, "12:50", gus, mech, "Wednesday it is, thanks Marta");
        Post knee = say(9, "20:10", cfChat, bartek, "can anyone recommend a bike fitter round here? knee's "
                + "complaining after anything over 60k");
        re(10, "07:55", sol, knee, "I do fits at my studio on Kirk Lane, £75 for two hours, happy to chat. Before "
                + "that though, try dropping the saddle 5mm, knee pain at the front is often a saddle too high");
        re(10, "08:30", bartek, knee, "dropped it last night and rode to work, already better. Might still book, "
                + "thanks Sol");
        say(11, "16:00", cfCounter, finn, "Back! 4th in my category. Gus, saw Marta sorted your mech 👍");
        say(11, "16:20", cfCounter, gus, "it was the hanger, she was right. shifts like new");
        say(12, "08:00", cfRides, finn, "Saturday 19th: coast and back, 80 km, two groups. Sheet: "
                + "https://docs.google.com/spreadsheets/d/1spokeRides19");
        say(12, "09:30", cfChat, yara, "80km?!! I'm in the slow group and I'm bringing snacks");
        say(13, "14:10", cfChat, sol, "anyone tried the new gravel route past the quarry? it's lush but the descent "
                + "is loose");
        say(13, "14:40", cfChat, bartek, "did it Sunday, walked the bottom bit, no shame");
        // Week 3: Finn away again; a customer's question to Marta waits.
        say(14, "19:00", cfCounter, finn, "Bikepacking in Scotland from tomorrow, back on the 29th. Be good to "
                + "Marta 🏴");
        Post offers = say(15, "07:30", cfCounter, marta, "New this week: the Sunday long-ride bundle, coffee + "
                + "flapjack + bottle fill for £5.50 if you show your Strava. Order ahead: "
                + "https://spokeandcrema.co.uk/order");
        re(15, "09:45", helene, offers, "@Marta Oyelaran I had the rider's breakfast last Sunday, "
                + "lovely! Can I book the back room for 8 riders on Sunday 27th? And do you still do the oat milk "
                + "discount for the club?");
        say(16, "07:40", cfCounter, marta, "Pumpkin loaf sold out by 10 yesterday, baking double today!");
        say(16, "11:10", cfChat, yara, "I had two slices, I'm part of the problem");
        say(17, "07:35", cfCounter, marta, "Workshop slots for next week are open, book at the till or here: "
                + "https://spokeandcrema.co.uk/workshop");
        say(17, "18:20", cfChat, marta, "who's riding the coast on Saturday? I'll put a second urn on");
        say(17, "18:30", cfChat, gus, "me, and I'll need both urns");
        say(18, "12:00", cfRides, marta, "Saturday 26th sheet is up, Finn's route from last spring: "
                + "https://docs.google.com/spreadsheets/d/1spokeRides26");
        say(19, "17:00", cfCounter, helene, "bumping my question above about the back room for Sunday 😊");
        say(19, "20:00", cfChat, helene, "anyone from the club coming Sunday? we'll be in the back room, or on the "
                + "pavement 🙃");
        say(19, "20:15", cfChat, yara, "pavement picnic it is");
        say(20, "09:00", cfCounter, marta, "Rain forecast tomorrow so the ride starts at 9 instead of 8, same sheet");
    }

    private void pens() {
        Post m800 = say(1, "19:00", fpClassifieds, ambrose, "FS: Pelikan M800 green stripe, F nib, 2019, boxed, "
                + "no damage. £240 + £6 postage. Photos: https://imgur.com/a/m800greenstripe");
        say(2, "20:15", fpGeneral, wendell, "hello all! Wendell here, been lurking. I want my first proper pen "
                + "under £50 for journaling, where do I even start??");
        say(2, "20:40", fpGeneral, noor, "welcome! a TWSBI Eco or a Lamy Safari, both great. Fine nib for "
                + "journaling");
        say(3, "08:05", fpGeneral, hiro, "Pilot Custom 74 if you can stretch a bit. よろしく Wendell");
        say(3, "19:30", fpGeneral, wendell, "thanks both! leaning Eco because I can see the ink sloshing 😄");
        Post grind = say(3, "21:00", fpInk, percy, "who does nib grinds in the UK these days? want an italic on a "
                + "cheap Jinhao before I try it on anything nice");
        re(3, "21:35", lucja, grind, "I do, £35 for a cursive italic including return postage, DM me. Jinhao is "
                + "a smart place to start, the steel's forgiving");
        re(3, "22:00", percy, grind, "perfect, will DM");
        say(4, "12:10", fpGeneral, ambrose, "my M800 is in #classifieds if anyone's been after one, reluctantly");
        say(4, "12:30", fpGeneral, mireille, "the green stripe?! tu me tentes Ambrose");
        Post still = re(5, "09:00", percy, m800, "is this still available? and is the F a true Pelikan fine or "
                + "closer to a medium?");
        re(5, "09:20", ambrose, still, "still here Percy. Pelikan F writes like a Japanese medium, honestly");
        say(5, "09:40", dmAmbrose, percy, "hi Ambrose, about the M800, would you take £220 for it?");
        say(5, "10:05", dmAmbrose, ambrose, "£230 with postage included and it's yours, can post Monday");
        say(5, "10:10", dmAmbrose, percy, "deal! sending now");
        say(6, "15:00", fpInk, mireille, "Diamine Oxblood in a Pilot Metropolitan, the shading is unreal. "
                + "Photo: https://imgur.com/a/oxbloodmetro");
        say(6, "15:20", fpInk, noor, "that red-black edge! what paper?");
        say(6, "15:31", fpInk, mireille, "Tomoe River, 52gsm");
        // Week 2: Ambrose scatters a listing; Wendell reports back.
        say(8, "18:00", fpGeneral, wendell, "Eco arrived! filled with Oxblood after seeing Mireille's photo. it "
                + "skips a bit on the upstroke?");
        say(8, "18:45", fpGeneral, hiro, "flush it with a drop of dish soap, new pens have oil from the factory");
        say(9, "08:30", fpGeneral, noor, "@Wendell Ashby and what paper are you on? cheap copy paper feathers a lot");
        say(9, "12:20", fpGeneral, wendell, "Noor, a Leuchtturm, and Hiro's soap trick fixed the skipping!! "
                + "thank you");
        say(10, "19:00", fpClassifieds, ambrose, "FS: Sailor 1911 Large, 21k M nib, black/gold. £180 + postage. "
                + "https://www.ebay.co.uk/itm/2566301944");
        say(10, "19:06", fpGeneral, ambrose, "my Sailor 1911 is listed now, £180 → "
                + "https://www.ebay.co.uk/itm/2566301944");
        say(10, "19:09", fpInk, ambrose, "anyone fancy a Sailor 1911 with a lovely wet M? mine's up for £180 → "
                + "https://www.ebay.co.uk/itm/2566301944");
        say(10, "19:40", fpInk, lucja, "that's a good price for a 21k. not me though, I'm on a no-buy till "
                + "Christmas 🙃");
        say(11, "21:00", fpInk, hiro, "anyone tried the new Kon-Peki with more sheen? or is that a myth");
        say(11, "21:30", fpInk, percy, "myth, same ink, different lighting in the photos");
        say(12, "09:10", fpGeneral, percy, "the M800 arrived, Ambrose packs like a museum curator. thank you!");
        say(12, "09:30", fpGeneral, ambrose, "glad it got there in one piece, enjoy it Percy");
        // Week 3: chat.
        say(13, "21:00", fpGeneral, hiro, "today's ink: Iroshizuku Yama-budo. very pink, no regrets");
        say(13, "21:20", fpGeneral, mireille, "très joli Hiro");
        say(15, "20:00", fpInk, wendell, "question: is it ok to mix two Diamine inks? want a slightly browner red");
        say(16, "07:50", fpInk, lucja, "same brand usually mixes fine, do a tiny test vial first and leave it a "
                + "day to see if it sludges");
        say(16, "18:10", fpInk, wendell, "test vial has been sitting since this morning, no sludge yet 🤞");
        say(17, "12:00", fpGeneral, mireille, "pen meet at the café on Rue Dauphine, anyone passing through "
                + "Paris on the 3rd? sinon je bois mon café seule");
        say(17, "12:40", fpGeneral, noor, "so jealous. bring back a bottle of J. Herbin for me");
        say(18, "18:00", fpInk, percy, "M800 + Oxblood, I finally see why everyone goes on about it");
        say(18, "18:30", fpInk, ambrose, "told you that F was generous");
        say(19, "16:00", fpClassifieds, hiro, "WTB: Pilot Falcon, SF nib, up to £120");
        Post falcon = say(19, "17:15", fpClassifieds, noor, "I have one I barely use, let me dig it out and I'll "
                + "send photos");
        re(20, "10:00", noor, falcon, "@Hiro Tanabe photos: https://imgur.com/a/noorfalcon £95 posted if you want it");
        re(20, "10:40", hiro, falcon, "yes please! sending now, thank you Noor");
    }

    private void gameMasters() {
        say(1, "09:00", gmLounge, tallulah, "Welcome back everyone! The one-shot jam theme poll is pinned here, "
                + "voting closes Sunday. Entries open next week");
        Post intro = say(1, "20:30", gmIntro, anwen, "Hi! I'm Anwen, running my first ever campaign (Blades in the "
                + "Dark) for four friends. Nervous but excited. Be gentle 😅");
        re(1, "20:50", rhys, intro, "Welcome Anwen! Blades is a great first pick, the clocks do half the work for "
                + "you");
        re(2, "08:40", dmitri, intro, "welcome! if you want a hand I do 1:1 GM coaching, £20/hr, DM me 🎲");
        re(2, "09:10", anwen, intro, "thank you both! Rhys, that's reassuring");
        say(2, "11:00", gmPaid, odile, "Open table: Delta Green, Thursdays 7pm UK, 5 sessions, £12 a session, 2 "
                + "seats. Safety tools used. https://startplaying.games/gm/odile-ferreira");
        say(3, "19:00", gmPaid, dmitri, "Mothership one-shot Friday 8pm, £10, 4 seats: "
                + "https://startplaying.games/gm/dmitrivolkov");
        Post quiet = say(4, "21:15", gmHelp, anwen, "session 1 done! one player barely spoke all night. I don't "
                + "want to force her but she seemed bored?");
        re(4, "21:40", rhys, quiet, "ask her privately what she enjoyed, not what went wrong. Some players like "
                + "watching at first. Give her character one hook that needs her, no spotlight ambush");
        re(5, "18:00", anwen, quiet, "I messaged her, she said she loved it but was nervous about the rules. "
                + "I'll give her a contact in the next score who only talks to her character");
        re(5, "18:20", rhys, quiet, "perfect, that's exactly it");
        Post zero = say(3, "20:30", gmHelp, cass, "how long should a session zero be? my last one ran 3 hours "
                + "and nobody made a character");
        re(3, "21:00", rhys, zero, "as long as it takes to agree lines and veils and the pitch, usually 90 mins "
                + "for us. Characters can be homework");
        re(4, "09:30", odile, zero, "I do 60 minutes then a tiny one-shot so they feel the system");
        say(5, "20:00", gmLounge, cass, "hot take: initiative is overrated and I will die on this hill?!");
        say(5, "20:10", gmLounge, odile, "popcorn initiative gang 🍿");
        say(5, "20:14", gmLounge, rhys, "Cass you say that until your players all go at once");
        // Week 2: Dmitri streams; Odile away.
        say(9, "19:50", gmLounge, dmitri, "going live in 10, running Mothership for my paid table → "
                + "https://twitch.tv/dmitrivolkovgm");
        say(10, "10:00", gmLounge, odile, "off to a con till Monday, phone mostly off. Be kind to each other");
        say(10, "13:30", gmLounge, tallulah, "jam entries are open! the winning theme was 'lighthouses'. Post "
                + "yours by the 25th");
        Post noshow = say(11, "12:15", gmLounge, rhys, "@Odile Ferreira how do you handle no-shows for paid "
                + "tables? deposit, or just eat it? thinking of starting one");
        say(12, "20:55", gmLounge, dmitri, "live now, the crew just found the derelict 👀 "
                + "https://twitch.tv/dmitrivolkovgm");
        say(12, "21:30", gmLounge, cass, "watched 20 mins of Dmitri's stream, the ship voice is 🔥");
        Post villain = say(13, "15:00", gmHelp, cass, "my villain keeps getting murdered before the reveal. "
                + "how do you protect a villain without railroading?");
        re(13, "15:40", anwen, villain, "I'm new but Rhys told me about clocks: let the villain act offscreen so "
                + "the reveal happens even if they're gone?");
        re(13, "16:10", cass, villain, "oh that's good, the villain's plan as a clock. thank you Anwen!");
        // Week 3.
        re(15, "09:20", odile, noshow, "back! Rhys: 50% deposit at booking, refundable up to 48h before. "
                + "No-shows dropped from 1 in 5 to almost none");
        re(15, "10:00", rhys, noshow, "perfect, stealing that, thanks");
        say(16, "20:00", gmLounge, anwen, "session 3: the quiet player ran the whole heist. I cried a bit");
        say(16, "20:10", gmLounge, tallulah, "that's the best feeling in this hobby");
        say(17, "11:00", gmPaid, odile, "Delta Green table has 1 seat left from the 1st, £12 a session: "
                + "https://startplaying.games/gm/odile-ferreira");
        say(18, "19:00", gmLounge, cass, "jam entry done, 2 pages, one lighthouse, zero survivors");
        say(18, "19:20", gmLounge, dmitri, "zero survivors is the correct number for a lighthouse");
        say(19, "09:00", gmLounge, anwen, "Rhys, your clocks advice is now written in my GM notebook in capitals");
        say(19, "09:15", gmLounge, rhys, "🙌");
        say(20, "12:00", gmPaid, dmitri, "Mothership table is full now, thanks all");
        say(19, "10:00", gmLounge, tallulah, "reminder: jam entries close on the 25th, post them in the jam thread");
    }

    private void chefs() {
        Post lead = say(1, "11:00", chLeads, ottoline, "Looking for a chef: dinner for 10 on Sat 19th in Bath, "
                + "vegetarian, budget around £60 a head. Please reply with a rough quote");
        re(1, "12:10", beatriz, lead, "Hi Ottoline, I'd do it at £55 a head, three courses, Mexican-leaning "
                + "veg menu. Sample here: https://beatrizcooks.co.uk/menus/veg");
        re(1, "14:30", lorenzo, lead, "£62 a head for four courses, all plant-forward Italian. Happy to adapt");
        re(2, "09:00", ottoline, lead, "thank you both, going with Beatriz this time, the mole sold it");
        say(2, "15:00", chKitchen, sunita, "how are people pricing the hidden hours? shopping, prep, travel. I keep "
                + "undercharging and I know it");
        say(2, "15:30", chKitchen, gareth, "I add 30% on top of ingredients for shopping and travel and don't "
                + "apologise for it");
        say(2, "15:45", chKitchen, felicity, "I charge a flat day rate for prep days. Clients understand a day");
        say(2, "16:10", chKitchen, sunita, "flat day rate, yes. thank you both");
        say(3, "10:00", chMenus, lorenzo, "my costing sheet for a 6-course tasting menu if it helps anyone "
                + "compare: https://docs.google.com/spreadsheets/d/1tastingCost");
        say(3, "10:30", chMenus, felicity, "this is so tidy. your wastage line is higher than mine though");
        say(3, "10:40", chMenus, lorenzo, "fish. always the fish");
        say(5, "17:00", chKitchen, jaewon, "anyone cooked on an induction hob in a client's house that cuts out "
                + "every 10 mins? nearly lost a risotto");
        say(5, "17:20", chKitchen, felicity, "some have a safety timer, hold the + button for 3 sec. worked on a "
                + "Bosch for me");
        say(4, "09:00", chKitchen, beatriz, "anyone have a supplier for decent masa harina in the south west? "
                + "need it for a dinner");
        say(4, "10:30", chKitchen, lorenzo, "the Mexican deli on Gloucester Road in Bristol, or order online "
                + "from a London importer, two days");
        say(4, "10:45", chKitchen, beatriz, "Bristol it is, gracias Lorenzo");
        // Week 2: a returning client's question waits.
        Post again = say(9, "10:30", chLeads, ottoline, "@Gareth Munro you cooked our anniversary dinner in May "
                + "and we're still talking about it. Could you do my husband's 50th, 8 people, Sat 3 Oct? What "
                + "would it cost?");
        say(9, "14:00", chKitchen, gareth, "what knives are people taking to jobs? I'm tired of carrying seven");
        say(9, "14:20", chKitchen, lorenzo, "three. chef's, petty, bread. the rest is vanity");
        say(9, "14:30", chKitchen, gareth, "vanity is a strong word for my yanagiba Lorenzo");
        say(10, "11:00", chMenus, gareth, "how are you all costing canapés, per piece or per head?");
        say(10, "11:20", chMenus, sunita, "per head, 6 pieces each, easier for clients to picture");
        say(10, "11:25", chMenus, gareth, "makes sense, cheers Sunita");
        say(11, "20:00", chKitchen, gareth, "worst client kitchen you've cooked in? mine had no extractor and a "
                + "smoke alarm with opinions");
        say(11, "20:20", chKitchen, beatriz, "a galley with a cat who wanted everything");
        say(12, "09:40", chLeads, felicity, "@Ottoline Marsh if Gareth's booked I'm free on the 3rd and happy "
                + "to quote, no pressure");
        say(12, "10:10", chLeads, ottoline, "thank you Felicity, I'll wait to hear from Gareth first, we loved him");
        say(13, "16:00", chKitchen, gareth, "anyone done a wedding for 40 solo? asking for a friend (me)");
        say(13, "16:30", chKitchen, sunita, "hire a second pair of hands, always. I did 30 alone once, never again");
        say(14, "11:00", chKitchen, beatriz, "Saturday's veg dinner in Bath went so well, the mole was gone in "
                + "ten minutes");
        say(14, "11:30", chKitchen, lorenzo, "the mole always wins 🔥");
        // Week 3: a cold ask by DM.
        say(15, "12:00", chKitchen, jaewon, "launched my food instagram this week!! supper clubs and what I cook "
                + "for clients");
        say(15, "12:30", chKitchen, sunita, "congrats!");
        say(15, "18:00", dmJaewon, jaewon, "hey Beatriz! love your mole. could you follow my new insta "
                + "@minjun.eats and share my launch post with your followers? would really help 🙏");
        say(16, "09:00", dmJaewon, beatriz, "hi! congrats on the launch, will have a look later");
        say(16, "13:00", chMenus, sunita, "question for the room: do you charge for menu consultations that "
                + "don't turn into a booking?");
        say(16, "13:40", chMenus, beatriz, "first one's free, 30 min. after that £40 off the final bill if they "
                + "book");
        say(16, "13:55", chMenus, sunita, "ooh, credited against the booking. nice");
        say(17, "10:00", chLeads, ottoline, "Gareth never came back to me so we've booked Felicity for the 3rd. "
                + "Thanks all");
        say(17, "10:30", chLeads, felicity, "Looking forward to it Ottoline! I'll email menus this week");
        say(18, "19:00", chKitchen, gareth, "finally sharpened everything. four knives in the roll now, Lorenzo "
                + "wins");
    }

    private void linux() {
        say(1, "09:00", lxHelp, ingrid, "Pinned: say your distro and desktop, paste logs with a paste site, "
                + "not screenshots of text. Be patient, we're all volunteers 🐧");
        Post wifi = say(1, "19:00", lxHelp, bao, "wifi drops every few minutes on fedora 40 gnome, laptop is a "
                + "thinkpad e14");
        re(1, "19:30", mateus, wifi, "probably wifi power saving. Try `nmcli connection modify <name> "
                + "802-11-wireless.powersave 2` and reconnect");
        re(1, "20:10", bao, wifi, "ok works");
        Post sound = say(3, "21:00", lxHelp, bao, "no sound after update, pipewire");
        re(3, "21:25", ingrid, sound, "run `systemctl --user restart wireplumber` and check the output device "
                + "in settings, the update sometimes picks HDMI");
        re(3, "21:40", bao, sound, "thx");
        say(4, "12:00", lxDesk, kofi, "finally happy with my hyprland rice 🌊 screenshot + dotfiles: "
                + "https://github.com/kofimensah/dots");
        say(4, "12:20", lxDesk, zygmunt, "the gaps are perfect. what's the bar?");
        say(4, "12:35", lxDesk, kofi, "waybar, config is in the repo under waybar/");
        Post boot = say(5, "08:30", lxHelp, bao, "laptop froze on resume twice last night, had to hard reset");
        re(5, "09:10", mateus, boot, "@Bao Tran what does `journalctl -b -1 -p err` show? paste it and we'll "
                + "see which driver hangs");
        say(5, "09:40", lxOff, zygmunt, "oh great, another systemd release, my favourite day of the year?!");
        say(5, "09:55", lxOff, elspeth, "Zygmunt please, some of us love systemd 😇");
        say(6, "14:00", lxHelp, bao, "how do I install discord on fedora, flatpak or rpm?");
        say(6, "14:30", lxHelp, ingrid, "flatpak from flathub is the easiest to keep updated");
        say(7, "11:00", lxHelp, bao, "flatpak worked");
        // Week 2: Elspeth gets help and talks back; Ruby pastes logs.
        Post nvidia = say(8, "20:00", lxHelp, elspeth, "@Ingrid Solberg is Wayland usable on nvidia now? I have "
                + "a 3060 and KDE 6 and I'm scared to switch");
        say(9, "08:15", lxHelp, mateus, "Elspeth, with the 555+ driver it's fine for me on a 3070. Set "
                + "nvidia_drm.modeset=1 first");
        re(9, "12:00", ingrid, nvidia, "sorry, was offline, what Mateus said. Keep the X11 session in the login "
                + "menu as a fallback the first week");
        re(9, "19:30", elspeth, nvidia, "switched! one flicker in Firefox, everything else smooth. thank you both");
        say(9, "19:45", lxHelp, mateus, "for the Firefox flicker try widget.dmabuf.force-enabled in about:config");
        say(10, "18:00", lxHelp, elspeth, "Mateus that fixed it 🎉 I'll write it up in the pinned FAQ if Ingrid "
                + "doesn't mind");
        say(10, "18:20", lxHelp, ingrid, "please do, that'd be great");
        Post grub = say(11, "22:00", lxHelp, ruby, "dual boot: grub doesn't show windows anymore after a kernel "
                + "update (ubuntu 24.04)");
        say(11, "22:03", lxHelp, ruby, "os-prober says: Found Windows Boot Manager on /dev/nvme0n1p1");
        say(11, "22:05", lxHelp, ruby, "and there is no OS_PROBER line in /etc/default/grub at all");
        re(11, "22:30", kofi, grub, "add GRUB_DISABLE_OS_PROBER=false to the grub file and run sudo update-grub, "
                + "it's off by default now");
        say(11, "22:40", lxHelp, ruby, "that was it!! thank you Kofi");
        Post polybar = say(12, "10:00", lxHelp, zygmunt, "anyone have a waybar module for battery that shows "
                + "time left?");
        re(12, "10:30", kofi, polybar, "mine does, it's the battery block in "
                + "https://github.com/kofimensah/dots/blob/main/waybar/config.jsonc");
        re(12, "10:45", zygmunt, polybar, "stolen, thanks");
        say(13, "15:00", lxHelp, bao, "bluetooth headphones wont connect, fedora");
        say(13, "15:40", lxHelp, elspeth, "Bao, try removing the device in settings and re-pairing while "
                + "holding the headphone button until it flashes");
        // Week 3.
        say(15, "19:00", lxOff, ruby, "installed Linux on my mum's laptop. she asked where the Start button went, "
                + "otherwise fine");
        say(15, "19:15", lxOff, ingrid, "that's a win in my book");
        say(19, "10:00", lxOff, zygmunt, "fine, systemd-boot is actually nice. don't tell anyone");
        say(19, "10:05", lxOff, elspeth, "screenshotting this for posterity 😂");
        say(16, "21:00", lxDesk, elspeth, "first rice ever, be nice. KDE with a nord theme: "
                + "https://imgur.com/a/elspethnord");
        say(16, "21:30", lxDesk, kofi, "clean! the matching konsole colours are a nice touch");
        say(17, "12:00", lxHelp, ruby, "how do I stop the fan going mad when I open a browser? ryzen laptop");
        say(17, "12:40", lxHelp, zygmunt, "install power-profiles-daemon and pick balanced, and check "
                + "`amd_pstate` is active");
        say(17, "13:10", lxHelp, ruby, "amd_pstate wasn't active, fixed with the kernel param. thanks!");
    }

    private void stitchers() {
        say(1, "10:00", xsLaunch, agnieszka, "New pattern: 'Harvest Hare', 120x90 stitches, DMC list included. "
                + "https://www.etsy.com/listing/1650023311/harvest-hare");
        say(1, "11:00", xsChat, wilhelmina, "does anyone else's software crash on 400+ colour confetti charts or "
                + "is it just my ancient laptop");
        say(1, "11:30", xsChat, ruth, "Wil, mine does on WinStitch above 300. I split big charts into quarters");
        say(1, "11:45", xsChat, wilhelmina, "quarters, genius. thank you Ruth");
        say(2, "09:30", xsTest, nkechi, "Test stitchers wanted: small autumn sampler, 60x60, 14ct, by Oct 5. "
                + "Free pattern + kit. Sign up: https://forms.gle/autumnSamplerTest");
        say(2, "09:50", xsChat, ruth, "Aga your hare is gorgeous, the ears!!");
        say(2, "10:20", xsChat, agnieszka, "thank you Ruth 🥰 the ears took four tries");
        say(3, "14:00", xsChat, tabitha, "how do you all decide fabric count for a new pattern? 14 or 16?");
        say(3, "14:30", xsChat, wilhelmina, "14 for anything with beginners in mind, 16 if there's fine detail. "
                + "I say both on the listing");
        say(3, "14:45", xsChat, tabitha, "both on the listing, good shout");
        say(5, "18:00", xsTest, nkechi, "Two spots left for the autumn sampler test: "
                + "https://forms.gle/autumnSamplerTest");
        say(6, "09:00", xsTest, nkechi, "All filled, thank you! Closing the form: "
                + "https://forms.gle/autumnSamplerTest");
        say(4, "19:00", xsChat, agnieszka, "anyone going to the Harrogate show on the 26th?");
        say(4, "19:30", xsChat, ruth, "Saturday! meet at the tea tent?");
        say(4, "19:45", xsChat, wilhelmina, "count me in, I'll wear the hare brooch");
        // Week 2: launches, Ruth's vote ask among friends.
        say(8, "10:00", xsLaunch, tabitha, "New: 'Lighthouse at Dusk', 150x100, 22 colours, launch price £6 till "
                + "Sunday: https://www.etsy.com/listing/1651187720/lighthouse-dusk");
        say(8, "10:40", xsChat, agnieszka, "Tabitha that sky gradient 😍");
        say(8, "11:05", xsChat, tabitha, "thank you! 7 blues and a lot of swearing");
        say(9, "16:00", xsChat, wilhelmina, "where did you get the lighthouse pattern Tabitha, I want to send it "
                + "to my sister");
        say(9, "16:20", xsChat, tabitha, "it's in #pattern-launches Wil, thank you!!");
        say(10, "12:00", xsChat, ruth, "bit cheeky, but my 'Bee Garden' made the Stitch Weekly readers' vote 🙈 if "
                + "anyone has a sec: https://stitchweekly.example/vote/bee-garden");
        say(10, "12:30", xsChat, nkechi, "voted! so deserved");
        say(10, "12:35", xsChat, agnieszka, "done Ruth, good luck!");
        say(11, "20:00", xsChat, nkechi, "stitch count question: do you count backstitch in the 'colours' number "
                + "on a listing?");
        say(11, "20:30", xsChat, ruth, "I do, if it's a separate DMC colour. buyers buy threads by that list");
        say(12, "13:00", xsChat, agnieszka, "my printer ate the chart key for the third time today. that's it, "
                + "I'm becoming a potato farmer");
        say(12, "13:05", xsChat, wilhelmina, "🥔");
        // Week 3: Saskia's vote asks.
        say(15, "09:00", xsLaunch, wilhelmina, "New: 'Moth Sampler', 80x80, beginner friendly, free this week for "
                + "members here: https://www.etsy.com/listing/1652200456/moth-sampler");
        say(15, "09:30", xsChat, ruth, "free?! Wil you're too kind");
        say(16, "10:00", xsChat, saskia, "Hi all! please vote for my design 'Winter Fox' in the Stitch Weekly "
                + "readers' vote, voting closes Friday 🙏 https://stitchweekly.example/vote/winter-fox");
        say(16, "10:30", xsChat, tabitha, "good luck!");
        say(17, "15:00", xsChat, nkechi, "does anyone use a light pad for stitching at night? mine died");
        say(17, "15:20", xsChat, agnieszka, "the A4 one from the big craft shop, 3 years and going");
        say(18, "09:00", xsChat, saskia, "last day tomorrow!! every vote for Winter Fox counts "
                + "https://stitchweekly.example/vote/winter-fox");
        say(19, "14:00", xsChat, nkechi, "autumn sampler test stitches are coming back and they're gorgeous");
        say(19, "14:10", xsChat, wilhelmina, "show us!!");
        say(18, "10:00", xsChat, ruth, "Bee Garden came third btw! thank you all for voting 💛");
        say(18, "10:20", xsChat, nkechi, "third!! 🐝");
    }

    private void pilots() {
        Post airspace = say(1, "18:00", plGround, isaac, "Class D vs Class E: do I need to talk to anyone in E "
                + "under VFR? the textbook contradicts itself");
        re(2, "07:30", harlan, airspace, "No clearance needed in E under VFR, but you still need the weather "
                + "minimums for E. In D you need two-way radio before you enter. Btw my online ground course "
                + "covers airspace in detail, 20% off this week: https://brooksground.school/course");
        re(2, "08:10", isaac, airspace, "got it, thanks Harlan");
        say(2, "19:00", plWx, priyanka, "METAR says wind 240 at 14 gusting 24, runway 27. I'm solo-endorsed "
                + "up to 15 kt. No-go, right?");
        say(2, "19:20", plWx, mei, "No-go for your solo limits, the gusts count. Good call asking. Go fly dual "
                + "with your instructor and practise gusty landings instead");
        say(2, "19:30", plWx, priyanka, "cancelled, booked dual for Thursday instead 👍");
        say(4, "12:00", plGround, harlan, "Written exam coming up? My online ground course is 20% off until "
                + "Sunday: https://brooksground.school/course");
        say(4, "13:00", plHangar, beth, "first solo cross-country done!! 84 nm, one wrong turn at a "
                + "reservoir that looked like every other reservoir");
        say(4, "13:20", plHangar, omar, "congrats Beth! all reservoirs are the same reservoir");
        say(4, "13:40", plHangar, mei, "Well flown Beth 👏").react("👏", isaac, priyanka);
        Post checkride = say(5, "10:00", plHangar, priyanka, "@Mei Sato do you do checkride prep sessions? my "
                + "school's instructors are booked solid till November");
        re(5, "10:30", mei, checkride, "I do, £40 an hour, mostly oral exam prep online. DM me and we'll find a "
                + "time");
        re(5, "10:40", priyanka, checkride, "amazing, DMing now");
        // Week 2: Omar answers late but answers.
        say(8, "17:00", plHangar, omar, "class 2 medical booked finally");
        Post ame = say(9, "13:00", plHangar, beth, "@Omar Shaheen did you get your medical sorted in the end? "
                + "which AME did you use? mine retired");
        re(10, "18:10", omar, ame, "sorry Beth, was on nights all week. Yes! Dr Hale at Oxford, thorough but "
                + "kind, 90 minutes all in");
        re(10, "18:30", beth, ame, "perfect, booking her. thanks Omar");
        Post vor = say(10, "20:00", plGround, luca, "VOR radials are melting my brain. FROM vs TO on the CDI, "
                + "anyone have a way to picture it?");
        re(10, "20:40", mei, vor, "Imagine standing on the station looking out along the radial. FROM means "
                + "you're on that line, flying away. Twist the OBS until the needle centres with a FROM flag: "
                + "that's the radial you're on");
        re(10, "21:05", luca, vor, "standing on the station!! that finally clicked, thank you");
        say(11, "09:00", plWx, isaac, "fog forecast to lift by 11, TAF says BECMG 1012 9999. worth waiting?");
        say(11, "09:20", plWx, omar, "I'd wait till you see it lift on the METAR, not the TAF");
        say(11, "11:30", plWx, isaac, "lifted at half 11, went flying, glad I waited");
        say(12, "19:00", plWx, priyanka, "@Isaac Feld how was the flight after the fog in the end?");
        say(12, "19:40", plWx, isaac, "lovely Priyanka, smooth air, three circuits and a decent crosswind landing");
        // Week 3: Luca's checkride.
        say(16, "17:00", plHangar, luca, "I PASSED MY CHECKRIDE!!! I genuinely can't believe it. My examiner "
                + "gave me an engine failure right after takeoff and I think my brain left my body, but my hands "
                + "did the checklist anyway. My steep turns were my best ever, I nailed my short-field landing, "
                + "and I only forgot one item on my shutdown flow, which I caught myself. I've wanted this since "
                + "I was nine. My mum cried, my dad pretended he didn't. I'm a pilot!!");
        say(16, "17:10", plHangar, beth, "LUCA!!! congratulations ✈️");
        say(16, "17:12", plHangar, mei, "Huge congratulations Luca, you earned every bit of that");
        say(16, "17:30", plHangar, luca, "thank you Beth, thank you Mei, your VOR trick was on the oral exam!!");
        say(16, "17:40", plHangar, isaac, "legend. who's taking you flying first?");
        say(16, "17:55", plHangar, luca, "my mum, she's already asked twice");
        say(17, "09:00", plGround, isaac, "any tips for the met paper? the cloud types all look the same to me");
        say(17, "09:40", plGround, priyanka, "I made flashcards of the cloud photos from the textbook, happy to "
                + "send them to you Isaac");
        say(17, "10:00", plGround, isaac, "yes please Priyanka!");
        say(19, "12:00", plHangar, omar, "Beth, how did you get on with Dr Hale?");
        say(19, "13:30", plHangar, beth, "exactly as you said, thorough and kind. medical done, thanks again Omar!");
        say(18, "15:00", plWx, beth, "crosswind 12 kt on 09 and my limit is 10. staying on the ground and "
                + "being annoyed about it");
        say(18, "15:10", plWx, harlan, "annoyed on the ground is the right kind of annoyed. good decision Beth");
    }
}
