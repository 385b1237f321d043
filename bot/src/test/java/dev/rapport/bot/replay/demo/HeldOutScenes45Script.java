package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 45 (sealed): eight communities (a town's chamber of commerce, a paint-your-own-pottery café's own
 * server, freelance illustrators with a commissions board, retro video-game collectors, animal foster carers for a
 * rescue, dog walkers and pet sitters, indie authors with an advance-reader swap, a makerspace), over three ISO weeks
 * (2027-W02 to W04), written and labelled by writer45 (session 32) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-45.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes45Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 1, 11);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2027, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-45";

    // --- A. a town's chamber of commerce ---
    private final String chamber = cast.guild(721);
    private final Channel ccGeneral = cast.channel(chamber, "Harbourside Chamber of Commerce", "general",
            "members' chat: trade, parking, the high street", "cc-general.json");
    private final Channel ccEvents = cast.channel(chamber, "Harbourside Chamber of Commerce", "events",
            "mixers, breakfasts and talks, posted by the committee", "cc-events.json");
    private final Channel ccOffers = cast.channel(chamber, "Harbourside Chamber of Commerce", "member-offers",
            "members: post offers and discounts for fellow members here", "cc-member-offers.json");
    private final Channel ccIntro = cast.channel(chamber, "Harbourside Chamber of Commerce", "introductions",
            "new member? introduce yourself and your business", "cc-introductions.json");
    private final Persona philippa = cast.person("philippa.ashby", "Philippa Ashby");
    private final Persona rupert = cast.person("rupert.okonkwo", "Rupert Okonkwo");
    private final Persona priya = cast.person("petalandstem", "Priya Dassan");
    private final Persona tomasz = cast.person("tomasz.print", "Tomasz Wieczorek");
    private final Persona elspeth = cast.person("elspeth.bakes", "Elspeth Murray");
    private final Persona declan = cast.person("declan.foyle", "Declan Foyle");
    private final Persona hyacinth = cast.person("hyacinth.b", "Hyacinth Boateng");
    private final Channel dmElspeth = cast.dm(elspeth, "cc-dm-elspeth.json");

    // --- B. a paint-your-own-pottery café's own server ---
    private final String kiln = cast.guild(722);
    private final Role staff = cast.role("Staff", "#e67e22", 2);
    private final Channel kcGeneral = cast.channel(kiln, "Kiln & Cuppa", "general",
            "chat with the Kiln & Cuppa crew and fellow painters", "kc-general.json");
    private final Channel kcBookings = cast.channel(kiln, "Kiln & Cuppa", "bookings-and-pickups",
            "questions about bookings, firings and collecting your pieces", "kc-bookings.json");
    private final Channel kcGallery = cast.channel(kiln, "Kiln & Cuppa", "glaze-gallery",
            "show what you painted!", "kc-glaze-gallery.json");
    private final Channel kcNews = cast.channel(kiln, "Kiln & Cuppa", "cafe-news",
            "opening hours, themed nights and offers from the café", "kc-cafe-news.json");
    private final Persona marisol = cast.person("marisol.kiln", "Marisol Vega", staff);
    private final Persona fergus = cast.person("fergus.l", "Fergus Lindqvist", staff);
    private final Persona hattie = cast.person("hattie.brennan", "Hattie Brennan");
    private final Persona ngozi = cast.person("ngozi.a", "Ngozi Adebayo");
    private final Persona oskar = cast.person("oskar.pen", "Oskar Penhaligon");
    private final Persona jiwoo = cast.person("jiwoo.seo", "Ji-woo Seo");

    // --- C. freelance illustrators with a commissions board ---
    private final String inkwell = cast.guild(723);
    private final Channel ilGeneral = cast.channel(inkwell, "Inkwell Illustrators", "general",
            "illustrators chatting: tools, clients, the odd rant", "il-general.json");
    private final Channel ilBoard = cast.channel(inkwell, "Inkwell Illustrators", "commissions-board",
            "clients post what they need; illustrators reply with rates or open their slots", "il-commissions.json");
    private final Channel ilCritique = cast.channel(inkwell, "Inkwell Illustrators", "critique",
            "post a WIP and ask for honest feedback", "il-critique.json");
    private final Persona anouska = cast.person("anouska.draws", "Anouska Pryce");
    private final Persona lorcan = cast.person("lorcan.ink", "Lorcan Mahe");
    private final Persona saffron = cast.person("saffron.t", "Saffron Teague");
    private final Persona caspian = cast.person("caspian.reyes", "Caspian Reyes");
    private final Persona bram = cast.person("bram.o", "Bram Ostrowski");
    private final Persona mina = cast.person("mina.crouch", "Mina Crouch");
    private final Persona delphine = cast.person("delphine.a", "Delphine Auclair");
    private final Channel dmMina = cast.dm(mina, "il-dm-mina.json");

    // --- D. retro video-game collectors ---
    private final String cove = cast.guild(724);
    private final Channel rgGeneral = cast.channel(cove, "Cartridge Cove", "general",
            "retro games chat", "rg-general.json");
    private final Channel rgTrading = cast.channel(cove, "Cartridge Cove", "trading-room",
            "buy, sell, swap: post what you have and what you want", "rg-trading-room.json");
    private final Channel rgShelves = cast.channel(cove, "Cartridge Cove", "collection-pics",
            "show your shelves", "rg-collection-pics.json");
    private final Channel rgRepair = cast.channel(cove, "Cartridge Cove", "repair-help",
            "dead consoles, dirty pins, yellowed shells", "rg-repair-help.json");
    private final Persona dmitri = cast.person("dmitri.varga", "Dmitri Varga");
    private final Persona keziah = cast.person("keziah.h", "Keziah Holt");
    private final Persona nnamdi = cast.person("nnamdi.solder", "Nnamdi Eze");
    private final Persona tobiah = cast.person("tobiah.q", "Tobiah Quill");
    private final Persona sylvie = cast.person("sylvie.m", "Sylvie Marchand");
    private final Persona gus = cast.person("gus.harlow", "Gus Harlow");

    // --- E. animal foster carers for a rescue ---
    private final String paws = cast.guild(725);
    private final Channel fpGeneral = cast.channel(paws, "Second Chance Paws Fosters", "general",
            "foster carers' chat", "fp-general.json");
    private final Channel fpHelp = cast.channel(paws, "Second Chance Paws Fosters", "foster-help",
            "feeding, meds, behaviour: ask the other carers", "fp-foster-help.json");
    private final Channel fpRota = cast.channel(paws, "Second Chance Paws Fosters", "rota",
            "volunteer shifts for vet runs and adoption days; sign up on the sheet", "fp-rota.json");
    private final Channel fpTails = cast.channel(paws, "Second Chance Paws Fosters", "happy-tails",
            "adopted! updates and photos", "fp-happy-tails.json");
    private final Persona beatrix = cast.person("beatrix.f", "Beatrix Fenwick");
    private final Persona ahmed = cast.person("ahmed.salem", "Ahmed Salem");
    private final Persona clementine = cast.person("clementine.r", "Clementine Roux");
    private final Persona idris = cast.person("idris.m", "Idris Mbeki");
    private final Persona leonie = cast.person("leonie.h", "Leonie Hartmann");
    private final Persona wendell = cast.person("wendell.p", "Wendell Price");

    // --- F. dog walkers and pet sitters ---
    private final String pack = cast.guild(726);
    private final Channel dwGeneral = cast.channel(pack, "Northgate Pet Pros", "general",
            "walkers and sitters of Northgate", "dw-general.json");
    private final Channel dwCover = cast.channel(pack, "Northgate Pet Pros", "cover-swaps",
            "need cover for a walk or a sit? ask here", "dw-cover-swaps.json");
    private final Channel dwBiz = cast.channel(pack, "Northgate Pet Pros", "business-talk",
            "insurance, pricing, keys, clients", "dw-business-talk.json");
    private final Persona gemma = cast.person("gemma.walks", "Gemma Thornbury");
    private final Persona rashid = cast.person("rashid.c", "Rashid Coleman");
    private final Persona paulina = cast.person("paulina.k", "Paulina Kowal");
    private final Persona otis = cast.person("otis.fw", "Otis Fairweather");
    private final Persona winifred = cast.person("winifred.a", "Winifred Achterberg");
    private final Persona lachlan = cast.person("lachlan.pawplanner", "Lachlan Murdo");
    private final Channel dmWinifred = cast.dm(winifred, "dw-dm-winifred.json");

    // --- G. indie authors with an advance-reader swap ---
    private final String quill = cast.guild(727);
    private final Channel iaGeneral = cast.channel(quill, "Quill & Query", "general",
            "indie authors chatting", "ia-general.json");
    private final Channel iaArc = cast.channel(quill, "Quill & Query", "arc-swap",
            "offer advance reader copies and find readers; honest reviews only", "ia-arc-swap.json");
    private final Channel iaCraft = cast.channel(quill, "Quill & Query", "craft-help",
            "blurbs, covers, structure, formatting", "ia-craft-help.json");
    private final Channel iaReleases = cast.channel(quill, "Quill & Query", "new-releases",
            "post your release here, one post per book", "ia-new-releases.json");
    private final Persona rosalind = cast.person("rosalind.writes", "Rosalind Achebe");
    private final Persona fenella = cast.person("fenella.d", "Fenella Drummond");
    private final Persona jasper = cast.person("jasper.k", "Jasper Kowalczyk");
    private final Persona mei = cast.person("mei.tanaka", "Mei Tanaka");
    private final Persona hollis = cast.person("hollis.grant", "Hollis Grant");
    private final Persona orla = cast.person("orla.fitz", "Orla Fitzgerald");

    // --- H. a makerspace ---
    private final String forge = cast.guild(728);
    private final Channel mkGeneral = cast.channel(forge, "Forge Lane Makerspace", "general",
            "members' chat", "mk-general.json");
    private final Channel mkInductions = cast.channel(forge, "Forge Lane Makerspace", "inductions",
            "tool inductions: trainers post the dates, members sign up on the form", "mk-inductions.json");
    private final Channel mkMarket = cast.channel(forge, "Forge Lane Makerspace", "makers-market",
            "members sell what they make here, one post per item", "mk-makers-market.json");
    private final Channel mkHelp = cast.channel(forge, "Forge Lane Makerspace", "project-help",
            "stuck on a build? ask here", "mk-project-help.json");
    private final Persona cormac = cast.person("cormac.d", "Cormac Delaney");
    private final Persona ingrid = cast.person("ingrid.turns", "Ingrid Solberg");
    private final Persona zainab = cast.person("zainab.q", "Zainab Qureshi");
    private final Persona percy = cast.person("percy.prints", "Percy Hollingsworth");
    private final Persona thaddeus = cast.person("thaddeus.g", "Thaddeus Grimm");
    private final Persona maeve = cast.person("maeve.o", "Maeve O'Shea");
    private final Channel dmThaddeus = cast.dm(thaddeus, "mk-dm-thaddeus.json");

    private HeldOutScenes45Script() {
        super(new SceneIds(34000), FIRST_MONDAY, 21);
        chamberOfCommerce();
        potteryCafe();
        illustrators();
        retroGames();
        fosters();
        petPros();
        authors();
        makerspace();
        chatter();
    }

    static Map<String, String> files() {
        return new HeldOutScenes45Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 45");
    }

    private void chamberOfCommerce() {
        // Week 1 (W02).
        Post breakfast = say(1, "08:00", ccEvents, philippa, "Morning all! January business breakfast is Thursday "
                + "the 21st at the Anchor, 7:30 sharp, bacon rolls on the chamber. Sign-up so we can tell the kitchen: "
                + "https://forms.example/harbourside-breakfast-jan");
        breakfast.react("👍", rupert, hyacinth, declan);
        Post vat = say(1, "10:40", ccGeneral, hyacinth, "quick one: I've gone over the VAT threshold by about £2k "
                + "this year, do I have to register straight away or is there a grace period?");
        say(1, "11:05", ccGeneral, declan, "parking on Quay St is suspended again from Wednesday btw, roadworks");
        say(1, "11:07", ccGeneral, tomasz, "again?! third time since October");
        re(1, "13:20", rupert, vat, "You've 30 days from the end of the month you went over to tell HMRC. Look at "
                + "the rolling 12 months, not the calendar year. Happy to sanity-check the figures if you like, no "
                + "charge for members");
        re(1, "13:45", hyacinth, vat, "Rupert you are a star, thank you. I'll send you the numbers tonight");
        Post vote = say(2, "09:15", ccGeneral, priya, "Hi everyone! Petal & Stem has been shortlisted for Best Local "
                + "Business in the Harbour Gazette awards 🌷 please vote for us here, takes 10 seconds: "
                + "https://gazette.example/awards/vote/petal-and-stem");
        vote.react("❤️", hyacinth);
        say(2, "09:40", ccGeneral, declan, "anyone else had the new bin collection letter? fortnightly for "
                + "businesses now apparently");
        say(2, "09:52", ccGeneral, hyacinth, "yes and the cafés are fuming");
        say(3, "12:10", ccOffers, priya, "Not an offer sorry, but if any members have a spare moment please vote "
                + "for Petal & Stem in the Gazette awards! https://gazette.example/awards/vote/petal-and-stem");
        say(3, "14:00", ccOffers, tomasz, "Members' offer: 15% off business cards and letterheads until end of "
                + "January, quote CHAMBER15 at the counter or online https://printworks.example/chamber");
        say(3, "14:30", ccOffers, declan, "Free website health check for chamber members this month, just reply "
                + "here and I'll take a look");
        say(3, "15:10", ccOffers, hyacinth, "@Declan Foyle yes please, mine loads like treacle");
        say(3, "15:40", ccOffers, declan, "on it Hyacinth, I'll DM you the report by Friday");
        say(5, "17:30", ccGeneral, priya, "Voting closes Sunday! Every vote really counts for small shops like us 🙏 "
                + "https://gazette.example/awards/vote/petal-and-stem");
        say(5, "18:00", ccGeneral, tomasz, "who's going to the breakfast? I'll bring the good coffee this time");
        say(5, "18:05", ccGeneral, rupert, "me, if someone saves me a seat near the door");
        // Week 2 (W03): a new member, a welcome, a pitch by DM.
        Post hello = say(8, "09:00", ccIntro, elspeth, "Hello! I'm Elspeth, I've just taken over the old bakery on "
                + "Quay Street (Murray's, opening 1 Feb). Twelve years in a hotel kitchen, first business of my own. "
                + "Very nervous, very excited");
        re(8, "09:20", philippa, hello, "Welcome Elspeth! So glad someone's brought the bakery back. Come to the "
                + "breakfast on the 21st, everyone's friendly");
        re(8, "09:45", tomasz, hello, "Welcome! My kids will be queueing for the cinnamon buns already");
        re(8, "10:30", hyacinth, hello, "welcome!! the street has missed that smell");
        re(8, "11:00", elspeth, hello, "thank you all, that's made my week. Philippa I've signed up!");
        say(9, "08:10", dmElspeth, tomasz, "Hi Elspeth, Tomasz from Harbour Printworks. A new shop needs menus, "
                + "flyers and an A-board: our opening bundle is £149 for 500 flyers, 100 menus and a board. Book a "
                + "15-minute call and I'll sort it before your launch: https://printworks.example/book-a-call");
        say(10, "19:45", dmElspeth, elspeth, "Thanks Tomasz, I've got a friend doing my design for now but I'll keep "
                + "you in mind");
        say(10, "19:50", dmElspeth, tomasz, "No problem at all, good luck with the opening!");
        Post poll = say(9, "12:00", ccEvents, philippa, "Where should the March mixer be? Poll is pinned in here, "
                + "vote by Friday: the Anchor, the Old Custom House or the rowing club");
        poll.react("👍", rupert, declan, hyacinth, tomasz);
        Post payroll = say(10, "10:00", ccGeneral, elspeth, "does anyone here do payroll for small businesses? I'll "
                + "have two part-timers from February and I'm lost");
        re(10, "10:25", rupert, payroll, "We do, Elspeth, it's a big part of what my practice does. For two staff "
                + "it's £35 a month including pension enrolment, or happy to just walk you through doing it yourself "
                + "on free software first");
        re(10, "11:10", elspeth, payroll, "honestly I'd rather not do it myself! I'll ring you Monday");
        say(11, "16:20", ccGeneral, declan, "Quay St reopened, hallelujah");
        say(11, "16:22", ccGeneral, hyacinth, "🙌");
        // Week 3 (W04).
        say(15, "07:50", ccEvents, philippa, "Breakfast is on Thursday! 4 seats left, sign-up still open: "
                + "https://forms.example/harbourside-breakfast-jan");
        say(18, "10:30", ccGeneral, hyacinth, "great breakfast, thanks Philippa. Rupert's talk on cash flow was "
                + "worth getting up for");
        say(18, "10:45", ccGeneral, elspeth, "agreed! and thank you Rupert for the payroll setup, done in 20 minutes");
        say(18, "11:00", ccGeneral, rupert, "Pleasure, Elspeth. Save me a cinnamon bun on the 1st");
        say(19, "09:00", ccGeneral, priya, "We came second in the Gazette awards! Thank you to everyone who voted 🌷");
        say(19, "09:30", ccGeneral, philippa, "Well done Priya, well deserved");
        say(20, "14:00", ccGeneral, declan, "Hyacinth your site is fixed: 6 seconds to 1.2. it was a 9MB photo of "
                + "a cake");
        say(20, "14:20", ccGeneral, hyacinth, "it was a very good cake though. thank you Declan!!");
    }

    private void potteryCafe() {
        // Week 1 (W02).
        say(1, "09:00", kcNews, marisol, "Happy new year painters! Open Tue-Sun 10-6 this month. Galentine's night "
                + "is Friday 12 Feb: £22 a head, bisque, paints and prosecco, book here: "
                + "https://kilnandcuppa.example/book/galentines");
        Post book = say(2, "11:30", kcBookings, ngozi, "hi! can I book a table for 6 on Saturday afternoon? it's my "
                + "daughter's 8th");
        re(2, "11:50", fergus, book, "Hi Ngozi! Saturday 2pm is free for 6, I've popped you in. Kids' plates are "
                + "£9, we'll put a candle in a cupcake for her 🎂");
        re(2, "12:05", ngozi, book, "amazing, thank you!");
        Post fox = say(3, "16:00", kcGallery, hattie, "my fox plate!! took me three hours and I regret nothing 🦊");
        say(3, "16:20", kcGallery, jiwoo, "the fur texture!! how did you do that");
        fox.react("😍", marisol, fergus, oskar);
        say(3, "16:40", kcGallery, hattie, "dry brush, Marisol showed me. Ji-woo you should come Thursday, it's "
                + "quieter");
        say(4, "10:15", kcGallery, oskar, "I throw my own pots at home, these are the ones I glaze in the same "
                + "blues: https://www.etsy.example/shop/penhaligonpots");
        say(4, "10:40", kcGallery, marisol, "Oskar those are gorgeous, you should come and show the Saturday crowd");
        Post hen = say(5, "13:00", kcGeneral, hattie, "brought the book club last week and they haven't stopped "
                + "talking about it, my sister's booking her hen do with you too");
        re(5, "13:30", marisol, hen, "Hattie!! thank you, that's the nicest thing. Tell her to mention you and "
                + "we'll do the prosecco");
        say(6, "18:00", kcGeneral, fergus, "I'm in Galway for my brother's graduation till Thursday, Marisol's "
                + "holding the fort 🎓");
        say(6, "18:10", kcGeneral, hattie, "congrats to him!");
        Post glaze = say(7, "12:00", kcBookings, jiwoo, "@Fergus Lindqvist do the metallic glazes go in the "
                + "dishwasher after firing?");
        re(7, "14:30", marisol, glaze, "Fergus is away Ji-woo, but no: metallics are hand-wash only. Everything "
                + "else is dishwasher safe");
        re(7, "14:40", jiwoo, glaze, "good to know, thanks Marisol");
        // Week 2 (W03): a regular's question waits.
        say(8, "09:00", kcNews, marisol, "Galentine's is filling up, 10 places left at £22: "
                + "https://kilnandcuppa.example/book/galentines");
        Post teapot = say(9, "10:15", kcBookings, ngozi, "@Marisol Vega hi! did the teapot I painted at the party "
                + "come out of the kiln ok? hoping to collect on Saturday");
        say(9, "15:00", kcGeneral, marisol, "new colours in: sage, terracotta and a lovely speckled oat. come try them");
        say(9, "15:30", kcGeneral, hattie, "speckled oat!! I'm coming Thursday");
        say(9, "15:40", kcGeneral, marisol, "saving you the good brushes Hattie");
        say(10, "11:00", kcGallery, jiwoo, "first attempt, be kind 😅 a very wobbly cat");
        say(10, "11:30", kcGallery, marisol, "not wobbly, expressive! love the little nose");
        say(11, "12:00", kcGeneral, fergus, "back! what did I miss");
        say(11, "12:10", kcGeneral, hattie, "speckled oat. that is all");
        say(11, "19:30", kcBookings, ngozi, "sorry to chase, just checking the teapot's ok before we drive over "
                + "Saturday?");
        re(11, "20:15", marisol, teapot, "Ngozi I'm so sorry, missed this in the new-year chaos! It came out "
                + "beautifully, it's on the pickup shelf with your name on");
        re(11, "20:30", ngozi, teapot, "phew, thank you!! see you Saturday");
        // Week 3 (W04).
        say(15, "10:00", kcNews, marisol, "Half-term kids' clubs are up, Tue and Thu mornings, £12: "
                + "https://kilnandcuppa.example/book/kids-club");
        Post kids = say(16, "09:30", kcBookings, oskar, "is the kids' club ok for a 4 year old or is it older kids?");
        re(16, "10:05", fergus, kids, "4 is fine Oskar, a grown-up stays with them. We use the chunky brushes");
        say(17, "17:00", kcGallery, ngozi, "the famous teapot 🫖 my daughter painted the lid");
        say(17, "17:20", kcGallery, hattie, "the lid is the best bit");
        say(18, "12:00", kcGeneral, oskar, "ja, the speckled oat is lovely, used it on a bowl yesterday");
    }

    private void illustrators() {
        // Week 1 (W02): a newcomer who takes.
        Post cover = say(2, "19:00", ilCritique, bram, "first attempt at a book cover, fantasy YA, feedback welcome");
        re(2, "19:40", saffron, cover, "Nice mood! The title is fighting the sky for attention though: try a "
                + "darker band behind it, and push the figure off centre so the eye has somewhere to travel");
        re(2, "20:05", bram, cover, "thanks!!");
        say(3, "10:00", ilGeneral, anouska, "reminder that the Feb prompt list is pinned, theme is 'weather'");
        say(3, "10:20", ilGeneral, caspian, "weather as in storms or weather as in my mood");
        say(3, "10:22", ilGeneral, anouska, "both are valid Caspian");
        Post v2 = say(4, "18:30", ilCritique, bram, "v2 of the cover");
        re(4, "20:00", anouska, v2, "Much clearer. The hands are stiff: do a quick gesture pass from a reference "
                + "photo of your own hand, it's what I do");
        re(4, "20:30", bram, v2, "thank you");
        Post price = say(6, "11:00", ilGeneral, bram, "how do you all price a spot illustration for a magazine?");
        re(6, "12:15", saffron, price, "Depends on size and usage rights. What size are you working at, Bram, and "
                + "is it print or web? That changes it a lot");
        say(6, "12:40", ilGeneral, caspian, "and whatever you think, add 30%. we all undercharge at first");
        Post v3 = say(7, "15:00", ilCritique, bram, "colour version");
        re(7, "16:10", caspian, v3, "the orange rim light is great. I'd cool down the shadows so it pops more");
        re(7, "16:30", bram, v3, "ty");
        say(7, "17:00", ilGeneral, anouska, "Procreate update broke my brushes again, anyone else?");
        say(7, "17:20", ilGeneral, saffron, "yes, re-import the .brushset, it keeps the settings");
        // Week 2 (W03): slots opened, then only shop talk with peers while buyers wait.
        say(8, "09:00", ilBoard, lorcan, "Commissions open for February: 3 slots, book covers and character art, "
                + "from £150. DM me for the form");
        Post dog = say(9, "10:00", ilBoard, mina, "Hi! I'd love someone to draw our family dog for my dad's 70th. "
                + "Budget about £120, needs to be done by 5 Feb. Digital is fine, he'll print it");
        re(9, "11:30", saffron, dog, "Hi Mina! Pet portraits are half my work: A4 digital, two rounds of changes, "
                + "£110, done in ten days. Examples are on my profile, DM me if you'd like to chat");
        say(9, "12:00", ilGeneral, lorcan, "anyone tried the new Kyle brushes? the gouache set");
        say(9, "12:10", ilGeneral, caspian, "yes, the dry one is lush");
        say(9, "12:15", ilGeneral, lorcan, "Caspian the dry one is what sold me. the wet ones are mush though");
        say(9, "12:30", ilGeneral, anouska, "Lorcan I've been using the wet one for skies, lower the flow to 40%");
        say(9, "12:35", ilGeneral, lorcan, "oh that's clever Anouska, trying it tonight");
        say(10, "09:30", dmMina, caspian, "Hi Mina, saw your post on the board. I'd love to do your dad's dog: A4 "
                + "digital £100, sketch in 3 days. Portfolio: https://caspianreyes.example/pets");
        say(10, "13:00", dmMina, mina, "thanks Caspian! I've gone with Saffron this time but your spaniel is adorable");
        say(10, "13:10", dmMina, caspian, "no worries, hope your dad loves it");
        Post wedding = say(10, "14:00", ilGeneral, delphine, "bonjour! does anyone here do wedding invitations? "
                + "floral, small budget, wedding is mid-June");
        say(10, "15:00", ilGeneral, lorcan, "Saffron how do you handle usage rights for covers? client wants "
                + "'all rights forever' for £200");
        say(10, "15:20", ilGeneral, saffron, "Lorcan no. Licence it for the print run, buyout is 3x at least");
        say(10, "15:30", ilGeneral, lorcan, "that's what I thought. thanks Saffron");
        say(10, "15:45", ilGeneral, caspian, "'forever' lol. in perpetuity throughout the universe");
        say(10, "15:50", ilGeneral, lorcan, "Caspian literally that wording, universe and all 😂");
        say(11, "19:00", ilCritique, caspian, "WIP for my picture book dummy, honest feedback please: does the "
                + "page turn work? https://caspianreyes.example/wip/fox-dummy");
        say(11, "19:30", ilCritique, lorcan, "Caspian the turn works, the fox's face on spread 3 is a bit small");
        say(11, "19:40", ilCritique, caspian, "good catch, thanks Lorcan");
        re(11, "21:00", saffron, wedding, "Delphine not my thing sadly, but Lorcan's post on the board says he's "
                + "got slots");
        say(12, "10:00", ilGeneral, lorcan, "Anouska are you doing the Bologna fair this year?");
        say(12, "10:30", ilGeneral, anouska, "thinking about it! you?");
        say(12, "10:35", ilGeneral, lorcan, "if I can afford the train. Anouska let's split a table?");
        say(12, "10:50", ilGeneral, lorcan, "Caspian you in for Bologna? we could do a three-way table");
        say(12, "11:15", ilGeneral, caspian, "if someone else books the hostel, yes");
        Post update = say(13, "20:00", ilBoard, mina, "update: Saffron's sketch is perfect, my dad is going to cry 🐶 thank you!");
        update.react("❤️", saffron, anouska);
        // Week 3 (W04).
        say(16, "11:00", ilGeneral, bram, "the cover got accepted by the author!");
        say(16, "11:30", ilGeneral, saffron, "congrats Bram!");
        say(17, "09:00", ilGeneral, lorcan, "Delphine sorry, only just saw this! yes, floral invites are my "
                + "favourite, I'll DM you");
        say(17, "09:20", ilGeneral, delphine, "merci Lorcan!");
    }

    private void retroGames() {
        // Week 1 (W02).
        say(1, "20:00", rgShelves, keziah, "finally finished the Mega Drive shelf, all PAL, all boxed 📦");
        say(1, "20:15", rgShelves, gus, "the spine alignment is making me emotional");
        say(1, "20:30", rgTrading, dmitri, "FS: Pokémon Crystal, cart only, new save battery fitted, £55 posted. "
                + "Photos and my other bits: https://dmitriretro.example/listing/crystal");
        Post snes = say(2, "09:30", rgRepair, sylvie, "my SNES picture has wavy lines on it, tried a different "
                + "telly, still wavy. anyone sell a decent RGB cable that isn't £60?");
        re(2, "10:10", nnamdi, snes, "Wavy lines usually means a cheap cable or a bad ground. Check the multi-out "
                + "pins for green crud first, a bit of IPA on a cotton bud");
        re(2, "11:00", dmitri, snes, "I make shielded ones, Sylvie, £18 posted, they're on my trading post. But try "
                + "Nnamdi's cleaning first, might save you the money");
        re(2, "18:40", sylvie, snes, "cleaned it, a bit better! might take you up on the cable Dmitri");
        say(3, "19:00", rgGeneral, tobiah, "check out my new listing, boxed Game Boy Color in atomic purple, £85: "
                + "https://www.ebay.example/itm/441700913");
        say(3, "19:06", rgShelves, tobiah, "check out my new listing, boxed Game Boy Color in atomic purple, £85: "
                + "https://www.ebay.example/itm/441700913");
        say(3, "19:12", rgTrading, tobiah, "check out my new listing, boxed Game Boy Color in atomic purple, £85: "
                + "https://www.ebay.example/itm/441700913");
        say(3, "19:30", rgGeneral, keziah, "@Tobiah Quill the trading room is right there mate 😅");
        say(3, "19:45", rgGeneral, tobiah, "sorry! new here, didn't know the etiquette");
        say(3, "19:50", rgGeneral, gus, "no harm, welcome. nice colour that one");
        say(4, "20:00", rgGeneral, keziah, "£300 for a loose Earthbound?! in this economy?!");
        say(4, "20:05", rgGeneral, gus, "that's cheap now, sadly");
        say(4, "20:06", rgGeneral, keziah, "I'm going to lie down");
        say(5, "18:00", rgTrading, dmitri, "FS: two shielded SNES RGB cables, £18 each posted: "
                + "https://dmitriretro.example/listing/snes-rgb");
        say(6, "12:00", rgTrading, dmitri, "FT: my spare Zelda Link's Awakening DX (boxed) for a boxed Wario Land "
                + "II, photos: https://dmitriretro.example/listing/ladx");
        say(6, "12:30", rgTrading, keziah, "Dmitri I've got a Wario Land II but the box has a crease, still "
                + "interested?");
        say(6, "12:50", rgTrading, dmitri, "Keziah a crease is fine, DM me pics");
        // Week 2 (W03).
        Post dead = say(9, "21:00", rgRepair, tobiah, "my N64 turns on but black screen, tried two games and "
                + "blowing on them 😬");
        re(9, "21:30", nnamdi, dead, "Don't blow on them, the moisture corrodes the pins! Is the jumper pak or "
                + "expansion pak in the top slot? Without it you get exactly that");
        re(9, "21:50", tobiah, dead, "the slot was EMPTY. someone nicked the jumper pak. ordered one, thanks Nnamdi");
        say(10, "19:00", rgShelves, sylvie, "mon petit coin Game Boy 💜 with the new RGB cable on the SNES behind");
        say(10, "19:10", rgShelves, dmitri, "glad it worked out Sylvie, looks ace");
        say(11, "20:00", rgGeneral, gus, "car boot on Sunday had a box of Master System games for £2 each. bought "
                + "all nine. no regrets");
        say(11, "20:10", rgGeneral, keziah, "Gus you absolute legend");
        say(12, "17:00", rgTrading, tobiah, "WTB a jumper pak if anyone has a spare, the one I ordered is a fake");
        say(12, "17:30", rgTrading, nnamdi, "Tobiah I've got one in a drawer, yours for the postage");
        say(12, "17:40", rgTrading, tobiah, "Nnamdi that's so kind, thank you");
        // Week 3 (W04).
        say(16, "19:00", rgGeneral, keziah, "anyone going to the retro fair in Leeds on the 6th?");
        say(16, "19:20", rgGeneral, nnamdi, "yes, I'm doing the repair table again");
        say(16, "19:30", rgGeneral, tobiah, "I'll come! N64 works now thanks to Nnamdi 🎮");
        say(18, "18:00", rgTrading, dmitri, "Wario Land II swap done with Keziah, thanks! next up: a Virtual Boy "
                + "with stand, £180: https://dmitriretro.example/listing/virtualboy");
    }

    private void fosters() {
        // Week 1 (W02): a new carer learns; the rota sheet comes back as places fill.
        say(1, "08:00", fpRota, beatrix, "Shifts for the next fortnight are up: vet runs Tue/Thu and adoption day "
                + "on Saturday the 16th. Please add yourselves: https://docs.example/sheet/scp-rota-jan");
        Post first = say(1, "21:00", fpHelp, clementine, "first foster! three kittens, about 3 weeks. how often "
                + "overnight do they need feeding? I'm a bit scared");
        re(1, "21:20", ahmed, first, "At 3 weeks every 4-5 hours is fine overnight. Warm the formula to wrist "
                + "temperature and feed them on their tummies, never on their backs");
        re(1, "21:40", clementine, first, "on tummies, ok! the ginger one keeps falling asleep mid-bottle, is that "
                + "bad?");
        re(1, "21:50", ahmed, first, "normal, let her rest and try again in 10 minutes");
        Post poop = say(3, "08:30", fpHelp, clementine, "grey one hasn't pooped since yesterday morning, should I "
                + "be worried?");
        re(3, "09:10", beatrix, poop, "Stimulate with a warm damp cotton pad after every feed. If nothing by "
                + "tonight ring the vet line, it's on the card in your foster pack");
        re(3, "13:00", clementine, poop, "it worked!! sorry, too much information probably 😂 thank you Beatrix");
        say(4, "12:00", fpRota, beatrix, "Saturday adoption day still needs 2 drivers, sheet: "
                + "https://docs.example/sheet/scp-rota-jan");
        say(4, "12:30", fpRota, ahmed, "added myself for the morning");
        say(5, "17:00", fpGeneral, idris, "off to Lisbon until the 20th, Ahmed has my fosters' meds list if "
                + "anything comes up");
        say(5, "17:10", fpGeneral, leonie, "boa viagem Idris!");
        Post flea = say(6, "10:00", fpHelp, clementine, "@Idris Mbeki which flea treatment did you use on your "
                + "kittens last spring? mine are scratching");
        re(6, "14:00", ahmed, flea, "Idris is away, but it'll be the spray on the vet's list: only that one under "
                + "8 weeks. Comb them first with a flea comb and a bowl of soapy water");
        re(6, "14:30", clementine, flea, "combed, found two. you're all so patient with me");
        Post biscuit = say(6, "16:00", fpTails, leonie, "Biscuit went home today! her new family sent this already, she's "
                + "claimed the sofa 🛋️");
        say(6, "16:10", fpTails, beatrix, "oh Biscuit 😭 well done Leonie");
        biscuit.react("❤️", ahmed, clementine, wendell);
        // Week 2 (W03).
        say(9, "09:00", fpGeneral, leonie, "Big news: we've been shortlisted for the Brightwell community fund, "
                + "£5,000 for the rescue! Please vote for Second Chance Paws, one vote per email: "
                + "https://brightwell.example/fund/vote/second-chance-paws");
        say(9, "09:20", fpGeneral, wendell, "voted, and made my whole office vote 😄");
        say(10, "08:00", fpRota, beatrix, "New sheet for the rest of January, vet runs still short on Thursdays: "
                + "https://docs.example/sheet/scp-rota-jan");
        Post shy = say(10, "20:00", fpHelp, wendell, "my foster dog won't come out from behind the sofa, day 3. "
                + "do I just leave him?");
        re(10, "20:30", clementine, shy, "not a dog person yet but Ahmed told me with the kittens: sit on the floor "
                + "nearby, read out loud, let them come to you. worked on the shy grey one");
        re(10, "21:30", ahmed, shy, "What Clementine said. And scatter a few treats on the way out, no eye contact");
        re(11, "08:00", wendell, shy, "he came out for the chicken! thanks both");
        say(12, "19:00", fpGeneral, leonie, "fund vote closes Sunday, we're second on the board! "
                + "https://brightwell.example/fund/vote/second-chance-paws");
        // Week 3 (W04).
        say(15, "10:00", fpGeneral, idris, "back and tanned. did anything exciting happen? Clementine how are "
                + "the kittens?");
        say(15, "10:30", fpGeneral, clementine, "huge and feral. also I got your flea answer from Ahmed, all sorted!");
        say(16, "12:00", fpGeneral, leonie, "WE WON THE FUND 🎉 thank you all for voting");
        say(16, "12:10", fpGeneral, beatrix, "incredible, thank you Leonie for doing the application");
        say(19, "15:00", fpTails, clementine, "all three kittens reserved! the ginger one is going with her brother");
        say(19, "15:20", fpTails, idris, "first foster and a clean sweep, well done");
    }

    private void petPros() {
        // Week 1 (W02).
        Post keys = say(1, "08:30", dwBiz, rashid, "how are you all doing keys? one client wants me to keep a key, "
                + "I'm nervous about it");
        re(1, "09:10", paulina, keys, "Key safe at the client's, never keys on you with the address on them. And "
                + "check your insurance covers key loss, mine didn't until I asked");
        re(1, "09:30", rashid, keys, "insurance, good shout, I'll ring them");
        Post intro = say(2, "10:00", dwGeneral, winifred, "Hi all, Winifred here. Just started pet sitting in "
                + "Northgate after ten years as a vet nurse. Mostly cats and small animals so far");
        re(2, "10:20", gemma, intro, "welcome Winifred! a vet nurse, we'll be pestering you");
        re(2, "10:45", otis, intro, "welcome! cats are a mystery to me, glad someone's on it");
        re(2, "11:00", winifred, intro, "ha, pester away!");
        say(2, "14:00", dwBiz, lachlan, "Built a booking app for walkers and sitters after years of WhatsApp chaos: "
                + "PawPlanner. First 90 days free: https://pawplanner.example/signup");
        say(3, "09:00", dmWinifred, lachlan, "Hi Winifred! Saw you're just starting out, PawPlanner would save you "
                + "hours with bookings and invoices. £12 a month after the trial, happy to walk you through it on a "
                + "quick video call, pick a time here: https://pawplanner.example/calendar");
        say(3, "18:00", dmWinifred, winifred, "thanks Lachlan, I'm keeping it on paper for now");
        Post cover = say(3, "12:00", dwCover, gemma, "@Otis Fairweather could you take my 11am spaniels on "
                + "Thursday? dentist");
        re(3, "12:45", otis, cover, "can't Thursday sorry Gemma, I've got the vet run with Bramble");
        re(3, "13:30", rashid, cover, "I can do them Gemma, send me the details");
        re(3, "13:40", gemma, cover, "lifesaver Rashid, DMing now");
        say(4, "16:00", dwGeneral, lachlan, "Anyone who signs up for PawPlanner this week, use my code PACK20 for "
                + "20% off after the trial: https://pawplanner.example/signup");
        say(4, "16:30", dwGeneral, rashid, "love a 6am walk in sleet, living the dream");
        say(4, "16:35", dwGeneral, gemma, "the dream ☔");
        // Week 2 (W03).
        Post rabbit = say(9, "19:00", dwBiz, winifred, "what do people charge for a rabbit check-in? 30 mins, feed, "
                + "clean, a cuddle");
        re(9, "19:30", paulina, rabbit, "I do £12 for 30 minutes for small animals, £15 if there's meds");
        re(9, "20:00", gemma, rabbit, "about the same, Winifred, and more on bank holidays");
        re(9, "20:10", winifred, rabbit, "thank you both, I was way under");
        Post cat = say(10, "08:00", dwBiz, otis, "cat won't eat for her sitter (me), owner's away 5 days. "
                + "worried, day 2");
        re(10, "08:20", winifred, cat, "Day 2 is usually nerves. Warm the food a little, sit with her while she "
                + "eats. If it's 48 hours with nothing, ring her vet: cats go downhill quickly when they don't eat");
        re(10, "18:00", otis, cat, "warmed it and she ate half! thank you Winifred");
        say(11, "21:00", dwGeneral, paulina, "finally made an insta for my walks 🐾 a follow would make my week: "
                + "https://snapgram.example/paulinawalks");
        say(11, "21:10", dwGeneral, gemma, "followed! the header photo is perfect");
        say(11, "21:20", dwGeneral, otis, "done ✅");
        // Week 3 (W04).
        Post holiday = say(16, "09:00", dwCover, paulina, "anyone free to cover 3 walks a day 22-26 Feb? I'm "
                + "away, they're lovely dogs");
        re(16, "09:40", otis, holiday, "I can take the morning ones Paulina");
        re(16, "10:00", winifred, holiday, "I can do the afternoons if they're ok with a newbie");
        re(16, "10:30", paulina, holiday, "perfect, thank you both! I'll set up meet-and-greets");
        say(18, "20:00", dwGeneral, rashid, "Winifred you saved my life with the hamster advice btw");
        say(18, "20:10", dwGeneral, winifred, "anytime! how's he doing?");
        say(18, "20:15", dwGeneral, rashid, "fat and smug");
    }

    private void authors() {
        // Week 1 (W02).
        say(1, "09:00", iaGeneral, rosalind, "Happy new year all! The 2027 reading challenge thread is pinned: read "
                + "one book by a member each month, post a line about it");
        Post arc = say(2, "12:00", iaArc, mei, "Looking for 5 ARC readers for my cosy fantasy (dragons, a bakery, "
                + "no spice), out 15 Feb. Swaps welcome. Form: https://forms.example/mei-arc-ember");
        say(2, "12:30", iaArc, jasper, "@Mei Tanaka I'll swap! mine's a noir, ARC ready now");
        say(2, "12:45", iaArc, mei, "deal Jasper, sending it tonight");
        Post blurb = say(3, "20:00", iaCraft, fenella, "my blurb is 240 words and I know it's too long. how do I "
                + "decide what to cut? it's a dual-timeline historical");
        re(3, "20:40", rosalind, blurb, "Keep one timeline's hook in the blurb, tease the other in one line. Cut "
                + "every name except the two leads");
        re(4, "11:00", jasper, blurb, "Late to this, but read the back of five books in your genre out loud. "
                + "Yours should take the same time to read");
        re(4, "12:30", fenella, blurb, "down to 140! thank you both, the read-aloud trick is brutal");
        say(6, "18:00", iaArc, mei, "3 ARC spots left for the dragon bakery, same form: "
                + "https://forms.example/mei-arc-ember");
        say(7, "10:00", iaGeneral, orla, "finished Jasper's noir for the challenge. the twist in chapter 12 ¡madre "
                + "mía!");
        say(7, "10:30", iaGeneral, jasper, "Orla you've made my weekend");
        // Week 2 (W03): one author's price in every room.
        say(8, "09:00", iaArc, mei, "last 2 ARC spots, closing Wednesday: https://forms.example/mei-arc-ember");
        say(9, "18:00", iaReleases, hollis, "My thriller Salt Lines is $1.99 until Sunday: "
                + "https://books.example/salt-lines");
        say(9, "18:20", iaGeneral, hollis, "Salt Lines is $1.99 until Sunday, grab it while it's cheap! "
                + "https://books.example/salt-lines");
        say(9, "18:40", iaGeneral, orla, "anyone else's KDP report not loading today?");
        say(9, "18:50", iaGeneral, fenella, "mine neither, Orla, I think it's down everywhere");
        Post hook = say(10, "08:30", iaCraft, orla, "how do you write a first line that isn't the weather?");
        re(10, "09:00", hollis, hook, "Start in the middle of something going wrong. That's how I opened Salt "
                + "Lines, and it's $1.99 until Sunday: https://books.example/salt-lines");
        re(10, "10:00", rosalind, hook, "Give us a person wanting something on the first line, Orla. The weather "
                + "can come in paragraph two");
        re(10, "10:20", orla, hook, "'a person wanting something', writing that on a post-it. thanks Rosalind");
        say(11, "20:00", iaArc, jasper, "Mei's ARC review is up, the bakery scenes made me hungry. Still have 3 "
                + "noir ARCs if anyone wants to swap");
        say(11, "20:30", iaArc, fenella, "@Jasper Kowalczyk I'll take one! mine's out in March, happy to swap");
        say(12, "09:00", iaArc, jasper, "sent Fenella 📚");
        // Week 3 (W04).
        say(15, "09:00", iaReleases, mei, "Ember & Crumb is out today! Thank you to all my ARC readers here: "
                + "https://books.example/ember-and-crumb");
        say(15, "09:30", iaGeneral, rosalind, "congrats Mei! 🐉");
        say(15, "09:40", iaGeneral, fenella, "congrats!! buying it at lunch");
        Post formatting = say(17, "14:00", iaCraft, hollis, "anyone know why my scene breaks vanish in the epub?");
        re(17, "14:30", mei, formatting, "Vellum or Word? In Word, use a centred asterism, not an empty line: empty "
                + "lines get eaten by the converter");
        re(17, "15:00", hollis, formatting, "Word, and that was it. thanks Mei");
        say(19, "11:00", iaGeneral, orla, "finished Mei's dragons for the challenge, cosy as promised");
    }

    private void makerspace() {
        // Week 1 (W02).
        say(1, "09:00", mkInductions, cormac, "Inductions this month: laser cutter Sat 16th 10am, bandsaw Sun 17th "
                + "2pm, 4 places each. Sign up: https://forms.example/forgelane-inductions");
        say(1, "12:00", mkMarket, ingrid, "Ash bowl, 18cm, food-safe oil finish, £45, collect from the space or "
                + "post at cost");
        Post engrave = say(2, "19:00", mkHelp, zainab, "laser engraving on slate comes out patchy, some letters "
                + "barely there. same settings as the wood");
        re(2, "20:10", cormac, engrave, "Slate wants much less power and more speed than wood: try 30% at full "
                + "speed, two passes. And wipe it with a damp cloth after, the dust hides the engraving");
        re(3, "08:00", zainab, engrave, "two passes at 30%, perfect. thanks Cormac!");
        say(3, "18:00", mkGeneral, maeve, "who keeps leaving the 3D printer bed covered in glue stick 😤");
        say(3, "18:15", mkGeneral, thaddeus, "not me but I admire their commitment");
        say(5, "10:00", mkInductions, cormac, "2 places left on Saturday's laser induction, form: "
                + "https://forms.example/forgelane-inductions");
        say(5, "11:00", mkInductions, maeve, "signed up for the bandsaw one 🪚");
        say(6, "16:00", mkMarket, percy, "Articulated dragons, printed here, £15 each or 2 for £25. Six colours");
        say(7, "14:00", mkGeneral, ingrid, "open day went well! sold 8 bowls, thanks to everyone who came");
        // Week 2 (W03): an answer with a plug, and the plug again.
        Post stringing = say(9, "20:00", mkHelp, zainab, "my prints keep stringing on PETG, tried drying the "
                + "filament for 4 hours");
        re(9, "20:30", percy, stringing, "Bump retraction to 6mm and drop the nozzle 5 degrees. Also my filament "
                + "shop has 20% off PETG this week with code FORGE20: https://percyprints.example/petg");
        re(9, "21:00", ingrid, stringing, "and turn on 'wipe' in the slicer, it helped mine");
        re(10, "09:00", zainab, stringing, "retraction + wipe fixed it! thanks both");
        say(11, "12:00", mkGeneral, percy, "Restocked the silk PLA in my shop, gold and copper are back: "
                + "https://percyprints.example/silk");
        say(11, "12:30", mkGeneral, maeve, "the glue stick culprit has confessed, it was the Tuesday kids' club");
        say(12, "19:00", mkGeneral, thaddeus, "is the bandsaw back in action? blade snapped last week");
        say(12, "19:30", mkGeneral, cormac, "new blade fitted today Thaddeus, good to go (if you're inducted)");
        say(13, "10:00", mkInductions, cormac, "February inductions: lathe Sat 6th, CNC Sun 7th. Sign up: "
                + "https://forms.example/forgelane-inductions");
        // Week 3 (W04): a customer of one member asks late in the evening.
        say(15, "21:40", mkGeneral, thaddeus, "@Ingrid Solberg got one of your ash bowls at the open day and my mum "
                + "won't stop using it. any chance of a set of four for her birthday?");
        say(16, "09:30", mkGeneral, ingrid, "Thaddeus that's lovely to hear! yes, I'll DM you");
        say(16, "09:40", dmThaddeus, ingrid, "Hi! Four ash bowls to match, 18cm: £160 for the set, ready in about "
                + "3 weeks. Her birthday's when?");
        say(16, "12:00", dmThaddeus, thaddeus, "perfect, 20 Feb, so that works. go ahead please!");
        say(16, "12:05", dmThaddeus, ingrid, "lovely, I'll send photos as they come off the lathe");
        say(17, "18:00", mkMarket, percy, "Print-in-place fidget hexes, £6, all proceeds to the space's new "
                + "extractor fund");
        say(18, "20:00", mkHelp, maeve, "bandsaw drifting to the left on every cut, tried a new blade");
        say(18, "20:30", mkHelp, cormac, "Maeve check the fence is parallel to the blade, not the table edge. Tilt "
                + "it with the two bolts underneath");
        say(18, "20:50", mkHelp, maeve, "it was 2mm out. straight as anything now, ta Cormac");
        say(19, "13:00", mkGeneral, zainab, "slate coasters for everyone at the social on Friday, engraved with "
                + "your member numbers 🪨");
        say(19, "13:10", mkGeneral, ingrid, "Zainab these are gorgeous");
    }

    /** Everyday talk in every room: answers the next day, answers by someone else, emoji replies. */
    private void chatter() {
        // Chamber.
        Post gulls = say(12, "17:00", ccGeneral, hyacinth, "anyone know a good window cleaner? the gulls have been "
                + "very busy on my shopfront");
        re(13, "09:05", declan, gulls, "the lad who does the Anchor's windows, Sam, ask at the bar. cheap and he "
                + "turns up");
        re(13, "09:20", tomasz, gulls, "😂 the gulls on Quay St are the size of dogs");
        re(13, "10:00", hyacinth, gulls, "thanks Declan, will do");
        // Pottery café.
        Post voucher = say(17, "11:00", kcGeneral, jiwoo, "do you do gift vouchers? my sister's birthday is next week");
        re(17, "11:25", fergus, voucher, "We do! £10, £25 or £50, at the counter or online: "
                + "https://kilnandcuppa.example/vouchers");
        re(17, "11:40", hattie, voucher, "best present, got my mum one last year and now she's here more than me");
        re(17, "12:00", jiwoo, voucher, "sold 😄 thanks Fergus");
        // Retro games.
        Post fade = say(15, "20:00", rgRepair, gus, "game gear screen fades to nothing after 10 minutes. caps?");
        re(16, "08:30", nnamdi, fade, "Classic Game Gear caps, yes. All of them, they go together. I'll bring my iron "
                + "to Leeds if you want to do it at the repair table");
        re(16, "09:00", gus, fade, "deal, I'll bring biscuits");
        say(16, "09:10", rgRepair, sylvie, "merci encore pour le câble, Dmitri, toujours parfait 👌");
        say(17, "21:00", rgShelves, gus, "the nine Master System games, arranged by spine colour as god intended");
        say(17, "21:05", rgShelves, keziah, "🔥");
        // Fosters.
        Post crate = say(17, "09:00", fpHelp, wendell, "does anyone have a spare cat crate I could borrow for a vet "
                + "run on Friday? the dog one is huge");
        re(17, "12:30", leonie, crate, "mine's in the boot, I'll drop it round tonight");
        re(17, "12:40", wendell, crate, "you're a gem Leonie");
        say(18, "08:00", fpRota, beatrix, "February sheet is up, adoption day on the 13th: "
                + "https://docs.example/sheet/scp-rota-feb");
        say(18, "09:00", fpRota, wendell, "put myself down for the 13th");
        say(18, "17:00", fpGeneral, ahmed, "vet says the grey kitten's eye has cleared 🎉");
        say(18, "17:10", fpGeneral, clementine, "🎉🎉");
        // Dog walkers.
        Post harness = say(15, "08:00", dwGeneral, otis, "found a red harness on the Meadow path, medium. anyone's?");
        re(15, "08:30", gemma, harness, "not mine, try the Northgate lost pets page");
        re(15, "08:35", otis, harness, "👍");
        Post planner = say(17, "19:00", dwBiz, rashid, "does anyone here actually use PawPlanner? is it worth it "
                + "for 8 regular clients?");
        re(17, "19:30", lachlan, planner, "I built it, so I'm biased 😄 for 8 regulars the recurring bookings and "
                + "automatic invoices are the bit people like. Trial costs nothing if you want to see");
        re(17, "20:00", gemma, planner, "I use a shared google calendar and it's fine for 10, for what it's worth");
        re(17, "20:10", rashid, planner, "thanks both, I'll try the trial and see");
        // Authors.
        Post join = say(16, "14:00", iaArc, orla, "can I join the swap? YA contemporary, ARCs ready in March");
        re(16, "14:30", jasper, join, "of course! post your form here when it's ready");
        re(16, "14:40", orla, join, "🙌");
        say(18, "10:00", iaGeneral, rosalind, "gentle reminder: challenge posts go in the pinned thread please, "
                + "keeps general readable");
        say(18, "10:10", iaGeneral, fenella, "oops, guilty 🙈");
        // Makerspace.
        Post bolts = say(12, "18:00", mkGeneral, maeve, "anyone know where the M6 bolts went? the tub's empty");
        re(12, "18:20", thaddeus, bolts, "top drawer of the red cabinet, someone tidied");
        re(12, "18:25", maeve, bolts, "found them, ta Thaddeus");
        Post cnc = say(13, "20:00", mkInductions, zainab, "is the CNC induction ok for a total beginner?");
        re(14, "08:30", cormac, cnc, "Yes Zainab, bring a simple design on a USB stick and we'll cut it together");
        re(14, "09:00", zainab, cnc, "signed up!");
    }
}
