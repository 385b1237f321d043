package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 157 (sealed): eight communities of chocolate, confectionery, sweet shops and tea blending, of kinds
 * no earlier round used (bean-to-bar chocolatiers, Nib &amp; Temper, with a makers' room, a room where shops, cafés and
 * gift buyers ask and a bar-market room, a maker who spends a week running a heatwave shipping trial with fellow
 * makers while her café customer asks twice about a reorder, and a maker who answers a newcomer's first question with
 * his price and "DM me"; a traditional sweet shop's own server, Humbug &amp; Co, with its Staff and Customers, a DM
 * left five days and a customer who asks two rooms to follow and share; a tea blender's own server, Steep &amp;
 * Sorrel Tea Co, with its Team and Customers, a teammate away, a weekend question and a packaging rep's DM pitch;
 * tea blenders and merchants, The Blending Room, with a cross-posted link, a week of posts to nobody and a cold
 * offer; fudge and toffee makers who trade at markets, Boiling Point, with a maker who answers everyone with her own
 * news, a burst of links and stall announcements; a tea appreciation society, The Second Flush Society, where nobody
 * sells; seaside rock and lollipop makers, Letters Through the Middle, with a fellow maker's request left a week and a
 * link dropped after two weeks away; bonbon and truffle chocolatiers, Shell &amp; Ganache, with a newcomer who asks two
 * rooms for follows), over three ISO weeks (2035-W30 to W32), written and labelled by writer157 (session 70) before
 * any coach ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-157.csv}. Run
 * {@link #main} from the project root to write the export again.
 */
final class HeldOutScenes157Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2035, 7, 23);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2035, 8, 13, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-157";
    private static final int BASE = 123600;

    // --- A. bean-to-bar chocolatiers ---
    private final String nib = cast.guild(1851);
    private final Channel ntConche = cast.channel(nib, "Nib & Temper", "the-conche",
            "bean-to-bar makers among ourselves: beans, roasting, tempering, pricing, the trade", "nt-the-conche.json");
    private final Channel ntAsks = cast.channel(nib, "Nib & Temper", "buyer-asks",
            "shops, cafés and gift buyers ask about bars and wholesale; makers reply", "nt-buyer-asks.json");
    private final Channel ntMarket = cast.channel(nib, "Nib & Temper", "bar-market",
            "makers post new batches and wholesale offers, one post per batch", "nt-bar-market.json");
    private final Persona isolde = cast.person("isolde.marchetti", "Isolde Marchetti");
    private final Persona barnaby = cast.person("barnaby.oyelaran", "Barnaby Oyelaran");
    private final Persona wren = cast.person("wren.castellan", "Wren Castellan");
    private final Persona fitz = cast.person("fitz.harrow", "Fitz Harrow");
    private final Persona philippa = cast.person("philippa.dunmore", "Philippa Dunmore");
    private final Persona ravi = cast.person("ravi.chaudhry", "Ravi Chaudhry");
    private final Persona ottilie = cast.person("ottilie.sands", "Ottilie Sands");

    // --- B. a traditional sweet shop's own server ---
    private final String humbug = cast.guild(1852);
    private final Role hcStaff = cast.role("Staff", "#8e3b5a", 2);
    private final Role hcCustomer = cast.role("Customer", "#4a7f5c", 1);
    private final Channel hcNews = cast.channel(humbug, "Humbug & Co", "shop-news",
            "news from the shop: arrivals, opening hours, jar of the month", "hc-shop-news.json");
    private final Channel hcAsk = cast.channel(humbug, "Humbug & Co", "ask-the-shop",
            "questions about orders, posting, allergens and hampers; staff answer", "hc-ask-the-shop.json");
    private final Channel hcChat = cast.channel(humbug, "Humbug & Co", "sweet-chat",
            "chat about sweets old and new", "hc-sweet-chat.json");
    private final Persona dorothy = cast.person("dorothy.pennock", "Dorothy Pennock", hcStaff);
    private final Persona sid = cast.person("sid.gallagher", "Sid Gallagher", hcStaff);
    private final Persona amara = cast.person("amara.okafor", "Amara Okafor", hcStaff);
    private final Persona len = cast.person("len.rowntree", "Len Rowntree", hcCustomer);
    private final Persona fiona = cast.person("fiona.baird", "Fiona Baird", hcCustomer);
    private final Persona tobias = cast.person("tobias.quarrie", "Tobias Quarrie", hcCustomer);
    private final Persona hattie = cast.person("hattie.blythe", "Hattie Blythe");
    private final Channel hcDmFiona = cast.dm(fiona, "hc-dm-fiona-baird.json");

    // --- C. a tea blender's own server ---
    private final String steep = cast.guild(1853);
    private final Role ssTeam = cast.role("Team", "#2f6b4f", 2);
    private final Role ssCustomer = cast.role("Customer", "#a0662d", 1);
    private final Channel ssNews = cast.channel(steep, "Steep & Sorrel Tea Co", "blend-news",
            "new blends, restocks and news from the blending room", "ss-blend-news.json");
    private final Channel ssHelp = cast.channel(steep, "Steep & Sorrel Tea Co", "brewing-help",
            "ask about brewing, storage and orders; the team answers", "ss-brewing-help.json");
    private final Channel ssNotes = cast.channel(steep, "Steep & Sorrel Tea Co", "tasting-notes",
            "what are you drinking? tasting notes and chat", "ss-tasting-notes.json");
    private final Persona juniper = cast.person("juniper.achterberg", "Juniper Achterberg", ssTeam);
    private final Persona cosmo = cast.person("cosmo.ferrante", "Cosmo Ferrante", ssTeam);
    private final Persona mabel = cast.person("mabel.threlfall", "Mabel Threlfall", ssCustomer);
    private final Persona dev = cast.person("dev.anand", "Dev Anand", ssCustomer);
    private final Persona agnieszka = cast.person("agnieszka.nowak", "Agnieszka Nowak", ssCustomer);
    private final Persona grant = cast.person("grant.pollock", "Grant Pollock");
    private final Channel ssDmGrant = cast.dm(grant, "ss-dm-grant-pollock.json");

    // --- D. tea blenders and merchants ---
    private final String blending = cast.guild(1854);
    private final Channel brBlenders = cast.channel(blending, "The Blending Room", "blenders-only",
            "blenders and merchants among ourselves: sourcing, blending, pricing", "br-blenders-only.json");
    private final Channel brQuestions = cast.channel(blending, "The Blending Room", "tea-questions",
            "cafés, shops and tea drinkers ask; blenders reply", "br-tea-questions.json");
    private final Channel brOffers = cast.channel(blending, "The Blending Room", "wholesale-offers",
            "blenders post wholesale offers and new blends for trade buyers", "br-wholesale-offers.json");
    private final Persona saoirse = cast.person("saoirse.mulcahy", "Saoirse Mulcahy");
    private final Persona hamish = cast.person("hamish.tennant", "Hamish Tennant");
    private final Persona priyanka = cast.person("priyanka.dhillon", "Priyanka Dhillon");
    private final Persona laurent = cast.person("laurent.obi", "Laurent Obi");
    private final Persona edwina = cast.person("edwina.lisle", "Edwina Lisle");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona bettina = cast.person("bettina.kraus", "Bettina Kraus");

    // --- E. fudge and toffee makers at markets ---
    private final String boiling = cast.guild(1855);
    private final Channel bpPan = cast.channel(boiling, "Boiling Point", "copper-pan",
            "fudge and toffee makers among ourselves: recipes, sugar temps, markets, pricing", "bp-copper-pan.json");
    private final Channel bpPitches = cast.channel(boiling, "Boiling Point", "market-pitches",
            "market organisers post pitches going and shoppers ask; makers reply", "bp-market-pitches.json");
    private final Channel bpSale = cast.channel(boiling, "Boiling Point", "for-sale",
            "pans, thermometers, stall kit and seconds for sale", "bp-for-sale.json");
    private final Persona nora = cast.person("nora.cattermole", "Nora Cattermole");
    private final Persona dougie = cast.person("dougie.pratt", "Dougie Pratt");
    private final Persona maisie = cast.person("maisie.ferris", "Maisie Ferris");
    private final Persona owain = cast.person("owain.lloyd", "Owain Lloyd");
    private final Persona sheila = cast.person("sheila.madden", "Sheila Madden");
    private final Persona jude = cast.person("jude.faraday", "Jude Faraday");
    private final Persona gus = cast.person("gus.penrose", "Gus Penrose");

    // --- F. a tea appreciation society ---
    private final String flush = cast.guild(1856);
    private final Channel sfIntro = cast.channel(flush, "The Second Flush Society", "introductions",
            "new here? introduce yourself", "sf-introductions.json");
    private final Channel sfBench = cast.channel(flush, "The Second Flush Society", "brewing-bench",
            "brewing questions, kit, water, technique", "sf-brewing-bench.json");
    private final Channel sfDiary = cast.channel(flush, "The Second Flush Society", "tea-diary",
            "what's in your cup this week", "sf-tea-diary.json");
    private final Persona horace = cast.person("horace.wickham", "Horace Wickham");
    private final Persona ngozi = cast.person("ngozi.eze", "Ngozi Eze");
    private final Persona clem = cast.person("clem.ashdown", "Clem Ashdown");
    private final Persona lydia = cast.person("lydia.frost", "Lydia Frost");
    private final Persona rafferty = cast.person("rafferty.dunn", "Rafferty Dunn");
    private final Persona yuki = cast.person("yuki.tanabe", "Yuki Tanabe");

    // --- G. seaside rock and lollipop makers ---
    private final String letters = cast.guild(1857);
    private final Channel ltRoom = cast.channel(letters, "Letters Through the Middle", "boiling-room",
            "rock and lolly makers among ourselves: sugar, lettering, pulling, kit", "lt-boiling-room.json");
    private final Channel ltOrders = cast.channel(letters, "Letters Through the Middle", "orders-and-enquiries",
            "seafront shops, weddings and events ask about lettered rock and lollies; makers reply",
            "lt-orders-and-enquiries.json");
    private final Channel ltSale = cast.channel(letters, "Letters Through the Middle", "for-sale",
            "seconds, offcuts and kit for sale, one post per item", "lt-for-sale.json");
    private final Persona bernadette = cast.person("bernadette.quayle", "Bernadette Quayle");
    private final Persona tristram = cast.person("tristram.pike", "Tristram Pike");
    private final Persona sunniva = cast.person("sunniva.holt", "Sunniva Holt");
    private final Persona percy = cast.person("percy.adeyemi", "Percy Adeyemi");
    private final Persona gwendolyn = cast.person("gwendolyn.parr", "Gwendolyn Parr");
    private final Persona marco = cast.person("marco.bellini", "Marco Bellini");
    private final Persona esther = cast.person("esther.lomax", "Esther Lomax");

    // --- H. bonbon and truffle chocolatiers ---
    private final String shell = cast.guild(1858);
    private final Channel sgLab = cast.channel(shell, "Shell & Ganache", "ganache-lab",
            "chocolatiers among ourselves: shells, ganache, shelf life, pricing", "sg-ganache-lab.json");
    private final Channel sgEnquiries = cast.channel(shell, "Shell & Ganache", "client-enquiries",
            "couples, hotels and shops ask about bonbons and truffles; chocolatiers reply", "sg-client-enquiries.json");
    private final Channel sgJobs = cast.channel(shell, "Shell & Ganache", "jobs-and-cover",
            "overflow work, cover and availability", "sg-jobs-and-cover.json");
    private final Persona celestine = cast.person("celestine.moreau", "Celestine Moreau");
    private final Persona rufus = cast.person("rufus.hendry", "Rufus Hendry");
    private final Persona anouk = cast.person("anouk.devries", "Anouk de Vries");
    private final Persona tariq = cast.person("tariq.haddad", "Tariq Haddad");
    private final Persona verity = cast.person("verity.salt", "Verity Salt");
    private final Persona conrad = cast.person("conrad.bligh", "Conrad Bligh");
    private final Persona poppy = cast.person("poppy.larkin", "Poppy Larkin");

    HeldOutScenes157Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        nibAndTemper();
        humbugAndCo();
        steepAndSorrel();
        blendingRoom();
        boilingPoint();
        secondFlush();
        lettersThroughTheMiddle();
        shellAndGanache();
    }

    /**
     * A. Nib &amp; Temper: Isolde agrees an August reorder of sixty bars with Philippa, her café customer (days 1, 2);
     * Barnaby answers Ravi on bloom (day 2); Wren posts a batch in #bar-market (day 3); on day 5 Isolde proposes a
     * heatwave shipping trial. Days 8-14 all Isolde's messages are in #the-conche with Barnaby, Wren and Fitz (packaging,
     * bars posted to each other, arrival logs, results), while Philippa asks her by name on day 9 whether the reorder
     * ships before her food festival and chases on day 11; Wren tells her on day 12; she answers on day 15 with an
     * apology. Ottilie joins on day 8 and asks what bean-to-bar means; Fitz replies with his price and "DM me"; Barnaby
     * explains; asked for a maker of custom wrappers, Wren answers with her page. Ravi tells Barnaby on day 16 he sent
     * his sister's deli his way.
     */
    private void nibAndTemper() {
        Post p1 = say(1, "09:10", ntAsks, philippa, "@Isolde Marchetti morning! Your bars sold out in a fortnight "
                + "again, same as my last order. Could we do 60 for August, mostly the 70% Tumaco and the milk with sea salt?");
        re(1, "09:40", isolde, p1, "Brilliant to hear Philippa! Yes, 60 is fine. 40 Tumaco and 20 milk? I can ship "
                + "the week of the 6th");
        re(1, "10:05", philippa, p1, "Perfect, 40/20 it is");
        re(2, "08:50", isolde, p1, "Invoice sent, and I've pencilled the roast for the 3rd");
        Post r1 = say(2, "11:00", ntAsks, ravi, "The bars on my deli counter keep going dusty and grey by the window. "
                + "Is that heat? Tried moving them twice");
        re(2, "11:30", barnaby, r1, "Sounds like fat bloom, Ravi. Warm afternoons then cool nights. Keep them out of "
                + "the sun and under 20C, and rotate stock so the window bars go first");
        re(2, "11:45", ravi, r1, "Makes sense, the window gets the afternoon sun. Ta Barnaby");
        say(3, "10:00", ntMarket, wren, "New batch: Madagascar 72%, red fruit and a bit of citrus. 70g bars, "
                + "wholesale £3.10 a bar, minimum 24. wrencastellan.example/wholesale");
        Post b1 = say(3, "14:20", ntConche, barnaby, "Anyone else's winnower jamming on the Ecuador beans? Husk is "
                + "really papery this lot");
        re(3, "14:45", fitz, b1, "Roast a minute longer, the husk comes off cleaner. Mine did the same in June");
        re(3, "15:00", isolde, b1, "And knock the fan down a notch, papery husk blows around");
        re(3, "15:20", barnaby, b1, "Both worked, cheers");
        Post f1 = say(4, "09:30", ntConche, fitz, "What's everyone charging wholesale now cocoa's gone up again? I'm at "
                + "£2.90 and it hurts");
        re(4, "09:50", wren, f1, "£3.10, and I've told my shops it's going to £3.30 in the autumn");
        re(4, "10:10", isolde, f1, "£3.20. Cafés have taken it fine, they see the bean prices in the news");
        Post i1 = say(5, "16:00", ntConche, isolde, "Mad idea for next week: the forecast's 31C. Shall we post bars to "
                + "each other in different packaging and log how they arrive? I keep losing bars in summer post and "
                + "I'd love real numbers");
        re(5, "16:20", wren, i1, "Yes! I've got three kinds of insulated mailer to try");
        re(5, "16:45", barnaby, i1, "Count me in, I'll do ice packs vs no ice packs");
        re(6, "10:00", fitz, i1, "In. Monday send, Wednesday arrival?");
        // W31
        joins(8, "08:30", ntAsks, ottilie);
        Post o1 = say(8, "08:45", ntAsks, ottilie, "Hello all, newbie here. What actually is the difference between "
                + "bean-to-bar and ordinary chocolate? We're thinking about gift boxes for clients this Christmas");
        re(8, "09:05", fitz, o1, "Hi Ottilie, I do branded gift bars from £3.20 a bar, 200 minimum. DM me and I'll "
                + "send the price list");
        Post ob = re(8, "09:30", barnaby, o1, "Welcome Ottilie! Bean-to-bar means one maker does everything from "
                + "the raw cocoa beans: roasting, grinding, conching. Most chocolate is made from bought-in "
                + "couverture. Happy to say more if useful");
        re(8, "09:50", ottilie, ob, "That's really clear, thank you");
        Post i2 = say(8, "10:00", ntConche, isolde, "Trial sheet is up: sender, packaging, ice or not, temp on "
                + "arrival, bloom yes/no, photo. Sending mine to Wren and Barnaby today");
        re(8, "10:20", wren, i2, "Mine go out this afternoon, one each to all three of you");
        re(8, "10:40", isolde, i2, "Lovely. I've done one plain box, one wool liner, one foil mailer");
        re(8, "11:10", fitz, i2, "Sent mine with the cheap ice packs, fingers crossed");
        Post ph1 = say(9, "09:15", ntAsks, philippa, "@Isolde Marchetti hi! Just checking the 60 bars will ship "
                + "before our food festival on Saturday the 11th? Want them on the stall");
        Post i3 = say(9, "12:00", ntConche, isolde, "Barnaby's box arrived: 27C inside the ice pack one, no bloom. "
                + "The no-ice one is soft at the corners");
        re(9, "12:30", barnaby, i3, "Interesting, the ice pack is earning its keep then");
        re(9, "12:45", isolde, i3, "Looks like it. Wren's foil mailer isn't here yet");
        Post i4 = say(10, "10:30", ntConche, isolde, "Wren's arrived. Foil mailer 24C, perfect snap. Wool liner "
                + "similar. Plain box was a disaster, full bloom");
        re(10, "10:50", wren, i4, "Yay for foil! Your wool one to me was fine too");
        re(10, "11:10", fitz, i4, "My plain box to Barnaby was a mess as well");
        re(10, "11:30", isolde, i4, "So plain boxes are out till September, noted on the sheet");
        Post ph2 = re(11, "09:00", philippa, ph1, "@Isolde Marchetti sorry to chase, just need to know about the "
                + "festival order so I can plan the stall");
        Post i5 = say(11, "14:00", ntConche, isolde, "Costing it up: foil mailer adds 68p a parcel, ice pack 40p. "
                + "Is that what you're all seeing?");
        re(11, "14:20", barnaby, i5, "Ice packs are cheaper bought by the hundred, about 30p");
        re(11, "14:40", isolde, i5, "Good shout, I'll split a box with you");
        Post w1 = say(12, "09:20", ntConche, wren, "@Isolde Marchetti btw Philippa's been asking you about her "
                + "festival order in #buyer-asks, twice now");
        Post i6 = say(12, "16:00", ntConche, isolde, "Write-up draft in the sheet: foil or wool plus ice when it's "
                + "over 25C, never a plain box. Comments welcome before I share it");
        re(12, "16:30", fitz, i6, "Looks good, add the cost per parcel too");
        re(13, "10:00", isolde, i6, "Added. Thanks all, this was brilliant");
        Post o2 = say(13, "11:00", ntAsks, ottilie, "Could anyone recommend a maker who does custom wrappers with a "
                + "company logo? About 300 bars");
        re(13, "11:30", wren, o2, "I do, Ottilie: printed sleeves on my 70g bars, £3.60 a bar at 300. "
                + "Examples are here: wrencastellan.example/custom");
        re(13, "12:00", ottilie, o2, "Gorgeous, I'll email you Monday");
        // W32
        re(15, "08:40", isolde, ph2, "Philippa I'm so sorry, I completely missed these last week. They ship "
                + "tomorrow in foil mailers with ice, you'll have them Wednesday, well before the 11th");
        re(15, "09:10", philippa, ph2, "Phew! Thanks Isolde");
        re(15, "09:30", isolde, w1, "Thanks for the nudge Wren, sorted");
        Post r2 = say(16, "10:00", ntAsks, ravi, "@Barnaby Oyelaran the bars have been fine since I moved them. "
                + "I told my sister about you, she's opening a deli in Hebden Bridge and wants to stock you");
        re(16, "10:20", barnaby, r2, "Ravi that's so kind, thank you! Tell her to message me any time");
        say(16, "15:00", ntMarket, fitz, "Gift bars for Christmas orders: branded sleeves, 200 minimum, from £3.20. "
                + "fitzharrow.example/gifts");
        Post f2 = say(17, "11:00", ntConche, fitz, "Who's doing the Harrogate chocolate fair in October? Stall "
                + "fees are up again");
        re(17, "11:20", isolde, f2, "I am, sharing with Wren to split the fee");
        re(17, "11:40", barnaby, f2, "Not this year, too far for me");
        Post o3 = say(18, "10:00", ntAsks, ottilie, "What's a sensible shelf life to put on gift boxes?");
        re(18, "10:30", isolde, o3, "For solid bars, 12 months is normal. Filled or milk ones less, ask the maker");
        re(18, "10:50", ottilie, o3, "Thanks Isolde");
        say(19, "09:00", ntMarket, barnaby, "Ecuador 70% back in stock, 24 bars a case, £3.20 a bar wholesale. "
                + "barnabyoyelaran.example/wholesale");
        Post ph3 = say(20, "17:00", ntAsks, philippa, "The festival went brilliantly, sold every one of the bars. "
                + "@Isolde Marchetti thank you!");
        re(20, "17:30", isolde, ph3, "So glad! Thank you for having them on the stall");
    }

    /**
     * B. Humbug &amp; Co: Dorothy posts shop news in #shop-news (days 1, 8, 15). Amara answers Len's question about
     * sugar-free sweets without a reply link (day 2); Dorothy answers Len's posting question (day 3). Fiona orders a
     * hamper for her mother's 80th with Sid (day 4); on day 9 she DMs Sid whether it will arrive by the 4th and chases
     * on day 11, while Sid chats in #sweet-chat (days 9, 10, 12); he answers her on day 14 with an apology. Hattie joins
     * on day 8 and asks where to get sherbet lemons that aren't rock hard; Amara answers with the shop's selection box
     * and its page. Dorothy posts restocks with prices and their page in #sweet-chat (day 16) and #ask-the-shop (day
     * 18). Tobias, who has only chatted with Len, asks #sweet-chat and #ask-the-shop to follow and share his retro
     * wrapper page (day 17). Len tells Dorothy on day 19 he sent his bowls club in.
     */
    private void humbugAndCo() {
        say(1, "08:30", hcNews, dorothy, "Jar of the month is Pear Drops! Shop's open 9-5 as usual, and the summer "
                + "pick 'n' mix tubs are back");
        Post l1 = say(2, "10:00", hcAsk, len, "Do you do any sugar-free sweets? Doctor's told me to cut down but I "
                + "can't give up my mint imperials");
        say(2, "10:25", hcAsk, amara, "Hi Len, yes, sugar-free mint imperials and sugar-free pear drops, both on the "
                + "top shelf, same price as the ordinary ones");
        re(2, "10:40", len, l1, "Champion, I'll be in Thursday");
        Post l2 = say(3, "09:00", hcAsk, len, "Can you post to Spain? My grandson's out there and he misses Uncle "
                + "Joe's Mint Balls");
        re(3, "09:30", dorothy, l2, "We can Len, about £9 for a small box. Chocolate won't travel in this heat "
                + "but boiled sweets are fine");
        re(3, "09:45", len, l2, "Lovely, I'll sort it with you when I come in");
        Post f1 = say(4, "11:00", hcAsk, fiona, "I'd like a hamper for my mum's 80th on the 4th: she loves "
                + "rhubarb and custards, sherbet fountains and anything aniseed");
        re(4, "11:20", sid, f1, "Sounds a great hamper Fiona! The large one's £35, I'll put it together and post "
                + "it on the 1st");
        re(4, "11:35", fiona, f1, "Perfect, thank you Sid");
        Post t1 = say(5, "19:00", hcChat, tobias, "Found a 1978 Spangles wrapper in my loft. Anyone remember the "
                + "Old English flavour?");
        re(5, "19:20", len, t1, "I do! Tasted like a sweet shop smelt. My dad used to buy them");
        re(5, "19:40", tobias, t1, "That's exactly it Len");
        Post s0 = say(6, "12:00", hcChat, sid, "Hottest sweet-shop debate: Black Jacks or Fruit Salads?");
        re(6, "12:15", len, s0, "Black Jacks, no contest");
        re(6, "12:20", amara, s0, "Fruit Salads, obviously");
        // W31
        say(8, "08:30", hcNews, dorothy, "Shop news: we're closed Monday 27th for stocktaking. Jar of the month "
                + "for August is Kola Kubes");
        joins(8, "10:00", hcAsk, hattie);
        Post h1 = say(8, "10:10", hcAsk, hattie, "Hi! Where can I get sherbet lemons that aren't rock hard? The "
                + "supermarket ones nearly broke my tooth");
        re(8, "10:30", amara, h1, "Hi Hattie, welcome! Ours are the softer Scottish ones. They come in our sherbet "
                + "selection box, £12.50: humbugandco.example/sherbet-box");
        re(8, "10:45", hattie, h1, "Ordered, thank you!");
        say(9, "09:05", hcDmFiona, fiona, "Hi Sid, just checking the hamper will definitely arrive by Saturday "
                + "the 4th? It's for mum's party");
        Post s1 = say(9, "14:00", hcChat, sid, "New in: proper Wham bars. Who's old enough to remember them at 10p?");
        re(9, "14:20", len, s1, "10p? I remember them at 2p");
        re(9, "14:30", sid, s1, "Show-off Len");
        Post t2 = say(10, "18:00", hcChat, tobias, "Any other wrapper collectors here?");
        re(10, "18:30", sid, t2, "Not me, but Dorothy's got a drawer of old shop ones");
        say(11, "08:50", hcDmFiona, fiona, "Sid? Sorry to chase, the party's Saturday and I need to know whether "
                + "to get a backup present");
        Post s2 = say(12, "11:00", hcChat, sid, "Rhubarb and custards or strawberry and cream, which is better?");
        re(12, "11:15", amara, s2, "Rhubarb and custards, every time");
        re(12, "11:40", sid, s2, "Agreed");
        Post h2 = say(12, "15:00", hcAsk, hattie, "Do the sherbet lemons have gelatine in? My daughter's veggie");
        re(12, "15:20", amara, h2, "No gelatine, Hattie, they're fine for veggies");
        re(12, "15:30", hattie, h2, "Great, thanks");
        Post l9 = say(13, "18:00", hcChat, len, "Anyone remember Cabana bars? Coconut and cherry, I'd give "
                + "anything for one");
        re(13, "18:20", tobias, l9, "Only the wrapper! Red and yellow stripes");
        re(13, "18:40", len, l9, "That's the one, you've a better memory than me");
        say(14, "10:00", hcDmFiona, sid, "Fiona I'm really sorry, I've only just seen your messages. It went out "
                + "on the 1st and the tracking says delivered yesterday, so your mum should have it. Hope the party "
                + "is lovely");
        say(14, "10:30", hcDmFiona, fiona, "Oh thank goodness. Thanks Sid");
        // W32
        say(15, "08:30", hcNews, dorothy, "This week: back-to-school tubs are in, and we're at the village show "
                + "on Saturday");
        Post d1 = say(16, "10:00", hcChat, dorothy, "Back in stock: Kola Kubes and Pear Drops, £2.40 a quarter. "
                + "Order here: humbugandco.example/boiled");
        re(16, "10:20", len, d1, "Save me a quarter of Pear Drops!");
        say(17, "19:00", hcChat, tobias, "I've started an Instagram of old sweet wrappers. Please follow it and "
                + "share it with your friends: wrapperarchive.example/tobias");
        say(17, "19:04", hcAsk, tobias, "Would anyone in here mind following my wrapper page and sharing it "
                + "round? wrapperarchive.example/tobias");
        say(18, "11:00", hcAsk, dorothy, "Kola Kubes are flying out since the jar of the month. Get yours while they "
                + "last: humbugandco.example/boiled");
        Post l3 = say(19, "10:00", hcAsk, len, "@Dorothy Pennock I told my bowls club about you and four of them "
                + "are coming in on Friday");
        re(19, "10:15", dorothy, l3, "Len you're a star, thank you! Tell them to say hello");
        Post f2 = say(19, "16:00", hcChat, fiona, "Mum loved her hamper by the way, she's still eating the "
                + "aniseed balls");
        re(19, "16:20", sid, f2, "So glad Fiona, happy birthday to her!");
        Post a1 = say(20, "11:00", hcAsk, hattie, "Do you do a smaller sherbet box? The big one was a lot for one "
                + "kid");
        re(20, "11:20", amara, a1, "The half-size box is £6.50, same mix");
        re(20, "11:30", hattie, a1, "Perfect");
    }

    /**
     * C. Steep &amp; Sorrel Tea Co: Juniper announces blends with prices and pages in #blend-news (days 1, 8, 15).
     * Mabel is helped with cold brew by Cosmo (day 2), with a cloudy iced tea by Juniper (day 4) and with storage by
     * Cosmo (day 6), answering their questions and reporting back each time, and tells Dev about a kettle (day 5).
     * Cosmo says on day 7 he is off until Monday 6th; Dev asks him by name on day 9 and Juniper answers the same
     * morning. Dev asks which blend suits a teapot (day 10); Juniper answers with the blend's page. Grant joins on day
     * 15, chats in #tasting-notes, and DMs Juniper the same evening with a pitch for compostable pouches and a call to
     * book. Agnieszka tells Juniper on day 17 she sent her book club; Juniper thanks her in 15 minutes. Agnieszka asks
     * the room a question on Friday evening (day 19) and Juniper answers on Sunday morning (day 21).
     */
    private void steepAndSorrel() {
        say(1, "09:00", ssNews, juniper, "New blend: Hedgerow Breakfast, Assam with a little blackberry leaf. "
                + "£7.50 for 100g, steepandsorrel.example/hedgerow");
        Post m1 = say(2, "10:00", ssHelp, mabel, "My cold brew comes out bitter. I'm using the Lapsang overnight in "
                + "the fridge, 12 hours");
        Post c1 = re(2, "10:30", cosmo, m1, "Lapsang goes bitter cold, Mabel. Try the Darjeeling at 8 hours. How "
                + "much leaf are you using?");
        re(2, "10:50", mabel, c1, "About 4 teaspoons to a litre");
        re(2, "11:05", cosmo, c1, "Bit much for cold, try 3");
        re(3, "09:00", mabel, c1, "3 spoons of the Darjeeling, 8 hours: lovely and sweet. Thank you!");
        Post m2 = say(4, "15:00", ssHelp, mabel, "Now my iced tea goes cloudy when I pour it over ice");
        Post j1 = re(4, "15:20", juniper, m2, "That's the tannins, it's harmless. Brew it stronger and cool it "
                + "to room temperature before the ice. Are you pouring it hot?");
        re(4, "15:40", mabel, j1, "Straight from the pot, yes");
        re(4, "18:00", mabel, j1, "Let it cool first: clear as anything. Thanks Juniper");
        Post d1 = say(5, "12:00", ssNotes, dev, "Drinking the Hedgerow Breakfast in my new glass kettle. Very "
                + "pretty, not sure it's better");
        re(5, "12:20", mabel, d1, "I've got the same kettle, the temperature dial is the best bit. Set it to 95 "
                + "for that one");
        re(5, "12:40", dev, d1, "Didn't know it had a dial, ha. Thanks Mabel");
        Post m3 = say(6, "10:00", ssHelp, mabel, "How long does the loose leaf keep once the pouch is open?");
        Post c2 = re(6, "10:15", cosmo, m3, "Black teas a good six months if it's sealed and dark. Greens less, "
                + "three or so. Where are you keeping it?");
        re(6, "10:30", mabel, c2, "Jar on the windowsill");
        re(6, "10:40", cosmo, c2, "Move it into the cupboard and it'll last much longer");
        re(6, "11:00", mabel, c2, "Moved! Cheers Cosmo");
        say(7, "17:00", ssNotes, cosmo, "Off on holiday until Monday the 6th, Juniper's holding the fort. Be nice "
                + "to her");
        // W31
        say(8, "09:00", ssNews, juniper, "Back in: First Flush Darjeeling from Jungpana, £11 for 50g. "
                + "steepandsorrel.example/jungpana");
        Post d2 = say(9, "09:30", ssHelp, dev, "@Cosmo Ferrante you said the Jungpana wants cooler water, what "
                + "temperature exactly?");
        re(9, "10:10", juniper, d2, "Cosmo's away till Monday Dev, so I'll jump in: 85C, 3 minutes, and you can "
                + "go again twice");
        re(9, "10:30", dev, d2, "Perfect, thanks Juniper");
        Post d3 = say(10, "11:00", ssHelp, dev, "Which of your blends would suit a big brown betty teapot? Feeding "
                + "six at the weekend");
        re(10, "11:20", juniper, d3, "The Hedgerow Breakfast, it stands up to a long brew: "
                + "steepandsorrel.example/hedgerow. One spoon per person and one for the pot");
        re(10, "11:40", dev, d3, "Ordering now");
        Post a1 = say(11, "19:00", ssNotes, agnieszka, "Jungpana this evening. Muscatel, honey, a bit of peach. "
                + "Worth every penny");
        re(11, "19:30", juniper, a1, "That's the one! Glad you like it");
        re(12, "08:00", mabel, a1, "Peach is exactly it");
        Post m4 = say(13, "10:00", ssNotes, mabel, "Cold brew Darjeeling in the garden, 29 degrees. Bliss");
        re(13, "10:20", dev, m4, "Doing the same once the kids are at the pool");
        // W32
        say(15, "09:00", ssNews, juniper, "Autumn preview: Smoked Pear Oolong lands on the 20th. £9 for 50g, "
                + "steepandsorrel.example/smoked-pear");
        joins(15, "11:00", ssNotes, grant);
        Post g1 = say(15, "11:10", ssNotes, grant, "Hi all, found you through a friend. Big oolong drinker");
        re(15, "11:30", juniper, g1, "Welcome Grant! You'll like what's coming on the 20th then");
        re(15, "11:40", cosmo, g1, "Welcome! Back from holiday and catching up");
        say(15, "18:00", ssDmGrant, grant, "Hi Juniper, I work with tea brands like yours on packaging. Our "
                + "compostable pouches cut costs by 20%. Book a 15-minute call and I'll show you samples: "
                + "greenpouch.example/book");
        say(16, "09:00", ssDmGrant, juniper, "Thanks Grant, but we're happy with our pouches for now");
        Post a2 = say(17, "10:00", ssHelp, agnieszka, "@Juniper Achterberg my book club loved the Jungpana, so I "
                + "sent them all your way. Expect six orders!");
        re(17, "10:15", juniper, a2, "Agnieszka that's wonderful, thank you so much!");
        Post c3 = say(17, "14:00", ssNotes, cosmo, "First cup back from holiday: the new Hedgerow. Anyone else "
                + "tried it with a drop of milk?");
        re(17, "14:20", dev, c3, "Milk and a biscuit, it's made for it");
        re(17, "14:30", cosmo, c3, "Ha, right answer");
        Post a3 = say(19, "18:00", ssHelp, agnieszka, "Is the Smoked Pear Oolong okay for someone who doesn't "
                + "like smoky tea? Deciding whether to order on the 20th");
        re(21, "08:00", juniper, a3, "Sorry Agnieszka, weekend! The smoke's very light, more pear than bonfire. "
                + "I'd say try 50g");
        re(21, "08:30", agnieszka, a3, "Great, will do");
        Post m5 = say(20, "11:00", ssHelp, mabel, "Is it normal for the oolong leaves to unfurl so much? They've "
                + "filled the pot");
        re(20, "11:20", cosmo, m5, "Perfectly normal, rolled oolong opens four or five times its size");
        re(20, "11:30", mabel, m5, "Amazing, thanks");
    }

    /**
     * D. The Blending Room: Hamish posts "check out my new masala chai" with its page into all three rooms within ten
     * minutes (day 3). Priyanka says on day 5 she is in Darjeeling for the harvest until the 3rd; Edwina asks her on
     * day 9 and she answers on day 12. Kwame joins on day 8 and asks who could recommend a decaf Earl Grey for his
     * café; Saoirse answers with her own blend, its price and page. Days 8-14 Laurent posts eleven times to nobody
     * (harvest notes, his blends, prices) and answers nobody; in W32 he talks with Saoirse and Hamish. Bettina joins
     * on day 15 and asks how long loose tea keeps; Hamish answers with an offer of 5kg at £95 and "DM me"; Saoirse
     * answers her question.
     */
    private void blendingRoom() {
        Post s1 = say(1, "10:00", brBlenders, saoirse, "Anyone found a decent bergamot oil since the Calabrian "
                + "harvest went bad? Mine smells of floor cleaner");
        re(1, "10:30", priyanka, s1, "The cold-pressed one from Reggio is fine, pricier though");
        re(1, "10:50", hamish, s1, "Same, I pay the extra");
        re(1, "11:10", saoirse, s1, "Fair enough, ordering");
        Post e1 = say(2, "09:30", brQuestions, edwina, "Our café's English Breakfast tastes flat when we make it "
                + "in the urn. Any ideas?");
        re(2, "10:00", priyanka, e1, "Urns hold water just off the boil for hours and it goes flat. Fresh water, "
                + "boil once, and brew by the pot not the urn if you can");
        re(2, "10:20", edwina, e1, "Brew by the pot, got it. Thank you");
        say(3, "14:00", brBlenders, hamish, "Check out my new masala chai blend! tennantteas.example/masala-chai");
        say(3, "14:04", brQuestions, hamish, "Check out my new masala chai blend! tennantteas.example/masala-chai");
        say(3, "14:08", brOffers, hamish, "Check out my new masala chai blend! tennantteas.example/masala-chai");
        Post p1 = say(5, "11:00", brBlenders, priyanka, "Off to Darjeeling tomorrow for the second flush, back on "
                + "Friday the 3rd. Signal is awful up there so don't expect replies");
        re(5, "11:20", saoirse, p1, "Jealous! Bring back stories");
        say(6, "10:00", brOffers, saoirse, "Wholesale: organic Earl Grey with cornflower, 1kg bags £24, decaf "
                + "version £28. mulcahytea.example/trade");
        Post l0 = say(7, "15:00", brBlenders, laurent, "Has anyone used the new nitrogen-flush sealers? Worth it "
                + "for greens?");
        re(7, "15:20", hamish, l0, "Worth it if you ship greens in summer, otherwise no");
        re(7, "15:30", laurent, l0, "OK, thanks Hamish");
        // W31
        joins(8, "09:00", brQuestions, kwame);
        Post k1 = say(8, "09:10", brQuestions, kwame, "Hi everyone, I run a café in Leeds. Can anyone recommend a "
                + "good decaf Earl Grey? Customers keep asking");
        re(8, "09:40", saoirse, k1, "Hi Kwame! I blend one, CO2 decaf with proper bergamot: 1kg £28, "
                + "mulcahytea.example/trade. Happy to post a sample first");
        re(8, "10:00", kwame, k1, "A sample would be great, thank you");
        say(8, "11:00", brOffers, laurent, "New: Kenyan purple tea, 1kg £32. obiblends.example/purple");
        say(8, "16:00", brBlenders, laurent, "Rain's finally arrived in Nandi Hills, the next pick should be good");
        Post e2 = say(9, "10:00", brQuestions, edwina, "@Priyanka Dhillon are you doing the Darjeeling second "
                + "flush for cafés this year? I'd want 2kg");
        say(9, "14:00", brQuestions, laurent, "Purple tea is high in anthocyanins, great for health-conscious "
                + "customers");
        say(10, "09:00", brOffers, laurent, "Rooibos and vanilla blend back in, 1kg £18. obiblends.example/rooibos");
        say(10, "15:00", brBlenders, laurent, "Packed 40kg today, shoulders are done in");
        say(11, "10:00", brQuestions, laurent, "If your customers like floral teas, try my jasmine silver needle");
        Post h1 = say(11, "12:00", brBlenders, hamish, "Are people charging cafés for samples? I've sent out 30 "
                + "this month");
        re(11, "12:30", saoirse, h1, "First one free, then £5 off their first order");
        re(11, "12:50", hamish, h1, "Good idea, doing that");
        say(11, "16:00", brOffers, laurent, "Jasmine silver needle, 500g £45. obiblends.example/jasmine");
        re(12, "17:00", priyanka, e2, "Back from the hills Edwina, sorry for the wait! Yes, 2kg is fine. Tasting "
                + "notes and prices on Monday");
        re(12, "17:30", edwina, e2, "Brilliant, thank you");
        say(12, "10:00", brBlenders, laurent, "Price of Kenyan orthodox up 15% at the last auction");
        say(13, "11:00", brQuestions, laurent, "Kenyan teas are having a moment, worth a look for any café");
        say(13, "15:00", brOffers, laurent, "Kenyan orthodox breakfast back in, 1kg bags at £22");
        say(14, "10:00", brBlenders, laurent, "Sunday blending day. Three new recipes on the go");
        Post k2 = say(13, "09:00", brQuestions, kwame, "The sample came, customers loved it. @Saoirse Mulcahy "
                + "can I order 2kg?");
        re(13, "09:20", saoirse, k2, "Wonderful! Yes, I'll send the invoice now");
        // W32
        Post p2 = say(15, "09:00", brBlenders, priyanka, "Home and jet-lagged. Second flush is astonishing this "
                + "year, very muscatel");
        re(15, "09:20", laurent, p2, "Welcome back! Which estates?");
        re(15, "09:40", priyanka, p2, "Giddapahar and Castleton mostly");
        joins(15, "10:00", brQuestions, bettina);
        Post b1 = say(15, "10:10", brQuestions, bettina, "Hello! How long does loose tea keep? I've got tins from "
                + "two Christmases ago");
        re(15, "10:30", hamish, b1, "Hi Bettina, I can do you 5kg of my house breakfast for £95, DM me");
        Post sb = re(15, "10:50", saoirse, b1, "Welcome Bettina! Black tea keeps about two years sealed, greens "
                + "one. Smell it: if it's musty or smells of nothing, bin it");
        re(15, "11:05", bettina, sb, "Mostly smells of nothing, ha. Thanks Saoirse");
        Post l2 = say(16, "10:00", brBlenders, laurent, "Question for you all: does anyone blend with Kenyan "
                + "purple? Looking for ideas");
        re(16, "10:20", saoirse, l2, "I tried it with lemongrass, lovely colour");
        re(16, "10:40", laurent, l2, "Lemongrass, good call, thanks Saoirse");
        re(16, "11:00", hamish, l2, "Ginger works too");
        re(16, "11:20", laurent, l2, "Will try both");
        Post e3 = say(17, "09:00", brQuestions, edwina, "@Priyanka Dhillon the second flush arrived, my "
                + "regulars are obsessed. Thank you!");
        re(17, "09:30", priyanka, e3, "So pleased Edwina!");
        Post s2 = say(18, "14:00", brBlenders, saoirse, "Has anyone's cornflower gone brown in the tin?");
        re(18, "14:20", laurent, s2, "Light. Keep it in the dark and it stays blue");
        re(18, "14:40", saoirse, s2, "Ah, glass jar on the shelf. Thanks Laurent");
        Post k3 = say(19, "10:00", brQuestions, kwame, "Any tips for making chai in a café without it taking "
                + "forever?");
        re(19, "10:30", hamish, k3, "Make a concentrate in the morning and heat it with milk to order");
        re(19, "10:45", kwame, k3, "Genius, thanks Hamish");
    }

    /**
     * E. Boiling Point: Sheila posts pitches at her Christmas market and asks which makers want one (day 2); Nora
     * answers with her prices and stall size. Owain says on day 6 he is at a festival in Wales until the 2nd; Sheila asks
     * him on day 9 and he answers on day 13. Days 8-14 Maisie replies to Nora's, Dougie's and Owain's news with her own
     * stall, pans, sales and plans, asking them nothing. Dougie tells #market-pitches where his stall is with his
     * flavours and prices on days 9 and 12. Jude joins on day 8 and asks about wedding favours; Nora and Maisie answer.
     * On day 17 Dougie posts five flavour pages into #market-pitches in seven minutes, to nobody. Gus tells Nora on day
     * 18 he bought from her at Ludlow and sent his daughter's school fair her way.
     */
    private void boilingPoint() {
        Post n1 = say(1, "09:30", bpPan, nora, "Batch of clotted cream fudge went grainy on me yesterday. Stirred "
                + "it too early I think");
        re(1, "09:50", maisie, n1, "Wait till it's down to 50C before you beat it, and no stirring while it boils");
        re(1, "10:10", nora, n1, "That'll be it, I was impatient");
        Post s1 = say(2, "11:00", bpPitches, sheila, "Pitches going at the Kendal Christmas market, 1-3 Dec. Which "
                + "fudge or toffee makers want one? £60 for the weekend");
        re(2, "11:30", nora, s1, "Me please Sheila! I need a 3m pitch, fudge £4 a bar and gift tins £12");
        re(2, "11:45", sheila, s1, "Lovely, pencilled you in Nora");
        Post d1 = say(3, "14:00", bpPan, dougie, "Anyone tried glucose instead of golden syrup in treacle toffee?");
        re(3, "14:20", owain, d1, "Sets harder and less chewy. I do half and half");
        re(3, "14:40", dougie, d1, "Half and half, cheers Owain");
        say(4, "10:00", bpSale, owain, "Selling my old 10-litre copper pan, well seasoned, £70 collected from "
                + "Shrewsbury");
        Post g1 = say(5, "12:00", bpPitches, gus, "Who makes the honeycomb toffee at Ludlow market on Saturdays? "
                + "Best I've had");
        re(5, "12:30", nora, g1, "That's me Gus! Thank you, I'm there every Saturday");
        re(5, "12:45", gus, g1, "See you Saturday then");
        say(6, "09:00", bpPan, owain, "Off to the Green Man festival stall till Thursday the 2nd. No signal, see "
                + "you after");
        // W31
        joins(8, "09:00", bpPitches, jude);
        Post j1 = say(8, "09:15", bpPitches, jude, "Hi! I plan weddings. Does fudge keep well enough for favours "
                + "made two weeks ahead?");
        re(8, "09:40", nora, j1, "Hi Jude, yes, butter fudge keeps three to four weeks wrapped. Cellophane and a "
                + "ribbon, out of the sun");
        re(8, "10:00", maisie, j1, "Agree with Nora. Avoid fresh cream fudge, it's shorter");
        re(8, "10:20", jude, j1, "Perfect, thank you both");
        Post n2 = say(8, "14:00", bpPan, nora, "Sold out at Ludlow on Saturday, first time ever!");
        re(8, "14:20", maisie, n2, "I sold out at Bakewell too, my best day this year. I'd made 200 bars and I "
                + "still ran out by two. My rum and raisin went first, then my ginger. I'm going to make 300 next "
                + "time and I think I'll put my prices up");
        say(9, "10:00", bpPitches, dougie, "I'm at Whitby market Saturday, come and say hi. Salted caramel fudge "
                + "£4 a bar, treacle toffee £3");
        Post e1 = say(9, "11:00", bpPitches, sheila, "@Owain Lloyd do you want your usual corner pitch at Kendal "
                + "in December?");
        Post d2 = say(9, "15:00", bpPan, dougie, "My new pan's arrived, 15 litres, it's massive");
        re(9, "15:20", maisie, d2, "I got my big one last year and it changed my life. I do all my batches in it "
                + "now and my arms thank me. My next one will be copper, I've been saving for it since my birthday");
        Post o1 = say(10, "10:00", bpPan, nora, "Trying a lavender fudge for the autumn fairs");
        re(10, "10:20", maisie, o1, "I did lavender in 2032 and my customers loved it. My secret is I infuse the "
                + "cream overnight. I'll do mine again this year I think, my stall needs something new");
        Post d3 = say(11, "09:30", bpPan, dougie, "Whitby was rammed, sold 150 bars");
        re(11, "09:50", maisie, d3, "My Bakewell record is 230! I'm hoping I beat it at Buxton. I've booked my "
                + "pitch, I've ordered my tins, and my niece is helping me on the stall");
        re(11, "10:05", nora, d3, "Well done Dougie!");
        say(12, "10:00", bpPitches, dougie, "Also at Malton Sunday market this week. Rum and raisin fudge, £4 a "
                + "bar");
        Post n3 = say(12, "14:00", bpPan, nora, "Bought a laser thermometer, so much easier than the clip one");
        re(12, "14:30", maisie, n3, "I have two! My old one and my new one. I use mine for my toffee and my fudge "
                + "and I think my batches are better for it. I'll probably buy another for my niece");
        re(13, "09:30", owain, e1, "Back from the festival Sheila, sorry! Yes please, the corner pitch");
        re(13, "09:45", sheila, e1, "Done");
        Post o2 = say(13, "11:00", bpPan, owain, "Festival was brilliant, sold out of honeycomb by Saturday night");
        re(13, "11:30", maisie, o2, "I sold out of my honeycomb at Buxton in 2033. My honeycomb sets so well "
                + "because I use my own bicarb trick, I've been doing it my way for years");
        // W32
        Post m1 = say(15, "10:00", bpPan, maisie, "How are you all pricing gift tins this year? I'm stuck between "
                + "£10 and £12");
        re(15, "10:20", nora, m1, "£12, people pay for a nice tin");
        re(15, "10:40", maisie, m1, "£12 it is. What size tins are you using Nora?");
        re(15, "11:00", nora, m1, "250g, from the wholesaler in Leicester");
        say(17, "14:00", bpPitches, dougie, "dougiesfudge.example/salted-caramel");
        say(17, "14:01", bpPitches, dougie, "dougiesfudge.example/rum-raisin");
        say(17, "14:03", bpPitches, dougie, "dougiesfudge.example/treacle-toffee");
        say(17, "14:05", bpPitches, dougie, "dougiesfudge.example/ginger");
        say(17, "14:07", bpPitches, dougie, "dougiesfudge.example/honeycomb");
        Post g2 = say(18, "10:00", bpPitches, gus, "@Nora Cattermole I bought your honeycomb at Ludlow again. I "
                + "told my daughter's school about you, they want you for the Christmas fair");
        re(18, "10:25", nora, g2, "Gus, thank you! Tell them to drop me a line here");
        Post j2 = say(18, "12:00", bpPitches, jude, "Is it okay to do fudge favours for an outdoor wedding in "
                + "September?");
        re(18, "12:30", maisie, j2, "Yes if they're in the shade. How long will they be out for, Jude?");
        re(18, "12:50", jude, j2, "Most of the afternoon");
        re(18, "13:10", maisie, j2, "Then keep them in a cool box till the meal and put them out at the tables");
        say(19, "09:00", bpSale, maisie, "Seconds: broken bars of vanilla fudge, £5 a kilo bag, collection from "
                + "Matlock");
        Post ow = say(21, "10:00", bpPan, owain, "Anyone made a vegan fudge that actually sets? Coconut "
                + "milk version is a puddle");
        re(21, "10:30", nora, ow, "Use coconut cream, not milk, and take it two degrees higher");
        Post s2 = say(20, "10:00", bpPitches, sheila, "Two pitches left at Kendal if anyone else wants one");
        re(20, "10:30", dougie, s2, "I'll take one please Sheila");
        re(20, "10:45", sheila, s2, "Yours Dougie");
    }

    /**
     * F. The Second Flush Society: Lydia joins and introduces herself (day 1); Horace (day 2), Ngozi (day 3) and Horace
     * again (day 5) help her with water, a gaiwan and a bitter oolong, and Clem answers her request for a gongfu guide
     * with his own write-up (day 4); each time she answers their questions and reports back. Rafferty joins on day 8 and
     * is helped by Ngozi (day 9), Horace (days 10, 12) and Lydia (day 13); he says "thanks" or "ta" each time, helps
     * nobody and leaves Horace's day-12 question unanswered. Yuki joins on day 15 and introduces herself with her tea
     * blog. Clem shares his new article in #tea-diary and asks for shares (day 16), and answers a question with it
     * (day 18).
     */
    private void secondFlush() {
        joins(1, "09:00", sfIntro, lydia);
        Post l1 = say(1, "09:10", sfIntro, lydia, "Hello! I'm Lydia, a teabag convert trying loose leaf for the "
                + "first time. Mostly drinking Darjeeling so far");
        re(1, "09:30", horace, l1, "Welcome Lydia! Good place to start");
        re(1, "09:45", ngozi, l1, "Welcome! Ask us anything");
        Post l2 = say(2, "10:00", sfBench, lydia, "Our tap water is really hard and my tea tastes chalky. Is a "
                + "filter jug worth it?");
        Post h1 = re(2, "10:20", horace, l2, "Yes, a filter jug makes a huge difference with hard water. What "
                + "are you brewing in?");
        re(2, "10:40", lydia, h1, "Just a mug with an infuser");
        re(2, "18:00", lydia, h1, "Tried the filtered water tonight: no scum on top and it tastes of tea. Thank "
                + "you Horace");
        Post l3 = say(3, "11:00", sfBench, lydia, "Bought a gaiwan. How do I stop burning my fingers?");
        Post n1 = re(3, "11:20", ngozi, l3, "Hold it by the rim and the saucer, lid tilted, and don't fill it "
                + "past the line. How full are you going?");
        re(3, "11:40", lydia, n1, "To the top, oops");
        re(3, "19:00", lydia, n1, "Two-thirds full and no burns. Thanks Ngozi");
        Post l4 = say(4, "09:30", sfBench, lydia, "Can anyone point me to a good guide for gongfu brewing?");
        re(4, "09:50", clem, l4, "I wrote one up last year, with timings: clemsteanotes.example/gongfu");
        re(4, "10:10", lydia, l4, "Reading it now, the timings table is great");
        Post l5 = say(5, "14:00", sfBench, lydia, "My oolong is coming out bitter on the third infusion");
        Post h2 = re(5, "14:20", horace, l5, "Shorten the later steeps, or drop the water to 90C. How long are "
                + "you going?");
        re(5, "14:30", lydia, h2, "A minute each time");
        re(5, "16:00", lydia, h2, "20 seconds then adding 10 each time: not bitter at all. Thanks Horace");
        Post c1 = say(6, "10:00", sfDiary, clem, "Week's cup: an Assam from Halmari, malty as anything");
        re(6, "10:20", lydia, c1, "Ooh, I'll try that next");
        // W31
        joins(8, "09:00", sfIntro, rafferty);
        say(8, "09:10", sfIntro, rafferty, "Hi, Rafferty, new to this");
        Post r1 = say(9, "10:00", sfBench, rafferty, "What's the best temperature for green tea?");
        re(9, "10:20", ngozi, r1, "70-80C, Rafferty. Boiling water scorches it");
        re(9, "10:30", rafferty, r1, "thanks");
        Post r2 = say(10, "11:00", sfBench, rafferty, "How long do I steep a white tea?");
        re(10, "11:20", horace, r2, "About 3 minutes at 85C, and you can go again");
        re(10, "11:30", rafferty, r2, "ta");
        Post l6 = say(10, "19:00", sfDiary, lydia, "Tried the Halmari Assam, Clem. Malty is right!");
        re(10, "19:20", clem, l6, "Told you");
        Post r3 = say(12, "09:00", sfBench, rafferty, "My matcha is lumpy");
        Post h3 = re(12, "09:30", horace, r3, "Sieve it first and whisk in a W, not circles. Which whisk are "
                + "you using?");
        Post r4 = say(13, "10:00", sfBench, rafferty, "Is pu-erh supposed to smell like a barn?");
        re(13, "10:30", lydia, r4, "The shou ones do a bit at first! Rinse it once and it mellows");
        re(13, "10:40", rafferty, r4, "thanks");
        Post n2 = say(13, "15:00", sfDiary, ngozi, "Week's cup: a Taiwanese high mountain oolong a friend brought "
                + "back");
        re(13, "15:20", lydia, n2, "Jealous!");
        re(13, "15:40", horace, n2, "Lucky you");
        // W32
        joins(15, "09:00", sfIntro, yuki);
        Post y1 = say(15, "09:10", sfIntro, yuki, "Hi all, I'm Yuki, I write about Japanese teas and the farms "
                + "they come from: yukitanabe.example/blog. Lovely to find you");
        re(15, "09:30", ngozi, y1, "Welcome Yuki! Your sencha post is brilliant");
        re(15, "09:50", yuki, y1, "Thank you Ngozi!");
        say(16, "10:00", sfDiary, clem, "New on my blog: a week of brewing the same Darjeeling six ways. If you "
                + "enjoy it, a share would mean a lot: clemsteanotes.example/six-ways");
        Post l7 = say(17, "10:00", sfBench, lydia, "What do people do with leaves after gongfu? Seems a waste");
        re(17, "10:20", yuki, l7, "In Japan people eat sencha leaves with a bit of ponzu!");
        re(17, "10:30", ngozi, l7, "Compost, or cold brew them overnight for one more cup");
        re(17, "10:45", lydia, l7, "Trying the ponzu, thanks both");
        Post h4 = say(18, "11:00", sfBench, horace, "Does anyone know how much difference the water temperature "
                + "really makes for Darjeeling?");
        re(18, "11:20", clem, h4, "I tested exactly that last week, six temperatures: "
                + "clemsteanotes.example/six-ways. 90C won");
        re(18, "11:40", horace, h4, "Ha, perfect timing Clem");
        Post y2 = say(19, "14:00", sfDiary, yuki, "Week's cup: a gyokuro shaded for 20 days. Like drinking "
                + "seaweed broth, in a good way");
        re(19, "14:20", clem, y2, "Love gyokuro. Low and slow?");
        re(19, "14:30", yuki, y2, "50C, 2 minutes");
        Post h5 = say(21, "09:00", sfDiary, horace, "Week's cup: Clem's 90C Darjeeling, and he's right");
        re(21, "09:20", ngozi, h5, "Converted me too");
        re(21, "09:40", lydia, h5, "Same here, no more bitter cups");
        Post r5 = say(20, "10:00", sfBench, rafferty, "What's a good starter oolong?");
        re(20, "10:20", ngozi, r5, "A Tieguanyin, easy and forgiving");
        re(20, "10:30", rafferty, r5, "ok");
    }

    /**
     * G. Letters Through the Middle: Percy talks in #orders-and-enquiries on days 1 and 2 and otherwise only in
     * #boiling-room until day 17, when he opens a post in #orders-and-enquiries with his new lollies' page. On day 2
     * Sunniva asks Tristram by name whether she could borrow his pulling hook on Saturday; Tristram talks in
     * #boiling-room on days 3, 5 and 6 and answers her on day 9 ("sorry, missed this"). Bernadette serves Gwendolyn's
     * seafront shop (days 1, 4, 10, 16); Gwendolyn tells her on day 16 she sent the pier shop her way. Marco joins on
     * day 8 and asks who can do 300 sticks of wedding rock with names through the middle; Sunniva and Tristram answer
     * with prices. Esther asks Bernadette on day 11 (Thursday) at 17:00 how long rock keeps; Bernadette answers on
     * Friday at 16:00. Sunniva posts seconds in #for-sale (days 12, 19).
     */
    private void lettersThroughTheMiddle() {
        Post g1 = say(1, "09:00", ltOrders, gwendolyn, "@Bernadette Quayle morning! Can you do me another 400 "
                + "sticks of Morecambe rock for August? Same as last year's order, pink with mint");
        re(1, "09:30", bernadette, g1, "Morning Gwendolyn! Yes, 400 pink and mint, ready for the 10th");
        re(1, "09:45", gwendolyn, g1, "Lovely");
        Post p1 = say(1, "11:00", ltOrders, percy, "Do shops want the lettering on rock this year in capitals or "
                + "lower case? Asking for my own planning");
        re(1, "11:30", gwendolyn, p1, "Capitals sell better for us, Percy");
        re(2, "09:00", percy, p1, "Good to know, thanks Gwendolyn");
        Post s1 = say(2, "10:00", ltRoom, sunniva, "@Tristram Pike could I borrow your pulling hook on Saturday? "
                + "Mine's snapped and the new one won't come for a fortnight");
        Post t1 = say(3, "14:00", ltRoom, tristram, "Anyone else struggling with the humidity? My rock's going "
                + "sticky in the bags");
        re(3, "14:20", bernadette, t1, "Silica sachets in the boxes, and don't bag it till it's fully cool");
        re(3, "14:40", tristram, t1, "Sachets, yes. Cheers Bernadette");
        Post b1 = say(4, "10:00", ltOrders, bernadette, "@Gwendolyn Parr first 200 are done, shall I bring them "
                + "on Thursday?");
        re(4, "10:30", gwendolyn, b1, "Thursday's perfect");
        Post p2 = say(5, "15:00", ltRoom, percy, "Letters keep coming out squashed in the middle. Is it my "
                + "rolling?");
        re(5, "15:20", tristram, p2, "Roll from the middle out and keep the batch warm, Percy. Squashed letters "
                + "are a cold batch");
        re(5, "15:40", percy, p2, "Warming cabinet it is");
        Post t2 = say(6, "11:00", ltRoom, tristram, "What are people charging for wedding rock per stick now?");
        re(6, "11:20", bernadette, t2, "£1.80 for 300 plus, £2.20 under");
        re(6, "11:40", sunniva, t2, "Same as Bernadette near enough");
        // W31
        joins(8, "09:00", ltOrders, marco);
        Post m1 = say(8, "09:10", ltOrders, marco, "Hello! I'm planning a wedding in Blackpool in October. Can "
                + "anyone do 300 sticks of rock with the couple's names through the middle?");
        re(8, "09:40", sunniva, m1, "Hi Marco, yes! 300 sticks with names is £1.80 a stick, I need six weeks. DM "
                + "me the names and colours");
        re(8, "10:00", tristram, m1, "I can too, £1.90 a stick, four weeks' notice");
        re(8, "10:20", marco, m1, "Thank you both, I'll come back once the couple decide");
        re(9, "09:00", tristram, s1, "Sunniva, sorry, completely missed this. Course you can, any time");
        re(9, "09:20", sunniva, s1, "Thanks Tristram, I managed with a broom handle in the end but I'll take you up "
                + "on it next time");
        Post g2 = say(10, "10:00", ltOrders, gwendolyn, "@Bernadette Quayle the rock's flying, could the next 200 "
                + "come early?");
        re(10, "10:20", bernadette, g2, "Can do Monday");
        Post e1 = say(11, "17:00", ltOrders, esther, "@Bernadette Quayle how long does your rock keep? Buying for "
                + "a raffle in November");
        re(12, "16:00", bernadette, e1, "Sorry Esther, busy day at the market! Sealed, a good six months, so "
                + "November's fine");
        re(12, "16:20", esther, e1, "Great, thanks");
        say(12, "10:00", ltSale, sunniva, "Seconds: a 5kg box of misprinted rock, letters a bit wonky, £15");
        Post p3 = say(13, "14:00", ltRoom, percy, "Trying lettered lollies! Letters are harder on a round face");
        re(13, "14:30", sunniva, p3, "Use a thinner letter rope and they stay crisp");
        re(13, "14:45", percy, p3, "Thinner rope, will try");
        // W32
        Post g3 = say(16, "09:00", ltOrders, gwendolyn, "@Bernadette Quayle the pier shop asked where we get our "
                + "rock and I sent them your way. Expect a call from Janice");
        re(16, "09:15", bernadette, g3, "Gwendolyn thank you, that's so kind!");
        say(17, "11:00", ltOrders, percy, "percyslollies.example/lettered lettered lollies with your shop name, "
                + "50p each for 500");
        Post t3 = say(17, "15:00", ltRoom, tristram, "My boiler's packed in mid-batch. Anyone know a man near "
                + "Scarborough?");
        re(17, "15:20", percy, t3, "Dave at Hob Repairs, he did mine in a day");
        re(17, "15:40", tristram, t3, "Ringing him now, thanks Percy");
        Post m2 = say(18, "10:00", ltOrders, marco, "The couple chose red and white. @Sunniva Holt can we go "
                + "ahead?");
        re(18, "10:20", sunniva, m2, "Brilliant, yes! Send me the names and I'll send a proof this week");
        say(19, "10:00", ltSale, sunniva, "Seconds: broken humbugs, 2kg bags £6");
        Post b2 = say(20, "11:00", ltRoom, bernadette, "Pier shop ordered 600 sticks, thanks to Gwendolyn. Going "
                + "to need a bigger pan");
        re(20, "11:20", tristram, b2, "Nice one!");
    }

    /**
     * H. Shell &amp; Ganache: Tariq joins on day 1 and on day 2 asks #ganache-lab and #client-enquiries to follow his
     * new Instagram and like his first post. Verity, Celestine's bride, agrees a tasting box (day 1) and on Friday
     * (day 5) at 16:00 asks whether the tasting could move to the following Saturday; Celestine answers on Saturday at
     * 18:30 with an apology. Conrad asks about pillow chocolates for his hotel (day 3); Rufus and Celestine answer.
     * Anouk's ganache splits; Rufus helps her on days 8, 10 and 12 and she reports back each time and helps Poppy (day
     * 11). Poppy joins on day 8 and asks how far ahead wedding bonbons can be made. Rufus posts his availability with a
     * day rate and "DM me" in #jobs-and-cover (days 9, 17). Verity tells Celestine on day 17 she sent her sister.
     */
    private void shellAndGanache() {
        Post v1 = say(1, "10:00", sgEnquiries, verity, "@Celestine Moreau hi! We'd love the tasting box before we "
                + "choose the wedding bonbons. Is the 4th of August okay?");
        re(1, "10:30", celestine, v1, "Hi Verity! The 4th is perfect, six flavours including the passion fruit "
                + "you mentioned");
        re(1, "10:45", verity, v1, "Yay, thank you");
        joins(1, "12:00", sgLab, tariq);
        Post a0 = say(1, "15:00", sgLab, anouk, "Shells coming out streaky in this heat. Anyone else?");
        re(1, "15:20", celestine, a0, "Cool the room to 18C before you temper, and polish the moulds");
        re(1, "15:40", anouk, a0, "Polishing now, thanks Celestine");
        say(2, "11:00", sgLab, tariq, "Just started an Instagram for my bonbons! Please follow and like my first "
                + "post: instagram.example/tariqbonbons");
        say(2, "11:03", sgEnquiries, tariq, "Please follow my new bonbon Instagram and like my first post: "
                + "instagram.example/tariqbonbons");
        Post c1 = say(3, "09:30", sgEnquiries, conrad, "We want a pillow chocolate for our hotel rooms, 80 rooms. "
                + "How long do filled bonbons keep at room temperature?");
        re(3, "10:00", rufus, c1, "Filled ones three to four weeks at 18C, Conrad. In a hot room less. Solid "
                + "squares keep months");
        re(3, "10:20", celestine, c1, "Agree with Rufus. For pillows I'd do a solid square with your logo");
        re(3, "10:40", conrad, c1, "Solid squares it is, thank you both");
        Post r1 = say(4, "14:00", sgLab, rufus, "Shelf-life testing: anyone sent ganache off to a lab for water "
                + "activity?");
        re(4, "14:30", celestine, r1, "Yes, about £40 a sample. Worth it for the wedding orders");
        re(4, "14:45", rufus, r1, "Cheaper than I thought, booking it");
        Post v2 = say(5, "16:00", sgEnquiries, verity, "@Celestine Moreau sorry to be a pain, could the tasting "
                + "move to Saturday the 11th instead? My fiancé's away on the 4th");
        re(6, "18:30", celestine, v2, "Sorry Verity, I was in the kitchen all day and yesterday. Yes, the 11th "
                + "is fine");
        re(6, "18:45", verity, v2, "Thank you!!");
        // W31
        Post a1 = say(8, "10:00", sgLab, anouk, "My ganache keeps splitting when I add the butter. Tried it three "
                + "times");
        Post r2 = re(8, "10:20", rufus, a1, "Butter's too cold or the ganache is too hot. What temperature are "
                + "you adding it at?");
        re(8, "10:35", anouk, r2, "Straight from the pan, 50 odd");
        re(8, "12:00", anouk, r2, "Let it cool to 35 and the butter at room temp: smooth! Thanks Rufus");
        joins(8, "13:00", sgEnquiries, poppy);
        Post p1 = say(8, "13:10", sgEnquiries, poppy, "Hi, how far ahead can bonbons for a wedding be made?");
        re(8, "13:30", celestine, p1, "Hi Poppy, welcome! Two weeks is comfortable for most fillings, less for "
                + "fresh fruit ones");
        re(8, "13:45", poppy, p1, "Thank you");
        say(9, "09:00", sgJobs, rufus, "Free for cover and overflow from the 20th, £180 a day. DM me");
        Post a2 = say(10, "11:00", sgLab, anouk, "Now the raspberry ganache is too soft to cut");
        Post r3 = re(10, "11:20", rufus, a2, "Less fruit purée or more chocolate. What ratio are you at?");
        re(10, "11:30", anouk, r3, "1:1");
        re(10, "15:00", anouk, r3, "Went to 1.5:1 chocolate: cuts clean now. Cheers Rufus");
        Post p2 = say(11, "10:00", sgEnquiries, poppy, "Do bonbons need to be kept in the fridge at the venue?");
        re(11, "10:20", anouk, p2, "No, a cool room is better, fridges make them sweat. Under 20C is ideal");
        re(11, "10:40", poppy, p2, "Great, thank you");
        Post a3 = say(12, "09:00", sgLab, anouk, "Last one I promise: the caramel layer is crystallising");
        Post r4 = re(12, "09:20", rufus, a3, "Add a spoon of glucose and stop stirring once it boils. Are you "
                + "using a wet caramel?");
        re(12, "09:40", anouk, r4, "Dry, with just sugar");
        re(12, "14:00", anouk, r4, "Wet caramel with glucose, no crystals. You're a star Rufus");
        Post c2 = say(12, "16:00", sgJobs, celestine, "Overflow: 400 wedding favours for the 25th, two flavours. "
                + "Anyone free?");
        re(12, "16:20", tariq, c2, "I can do it! First big job, I'd love it");
        re(12, "16:40", celestine, c2, "Great Tariq, I'll send the details");
        Post t1 = say(13, "11:00", sgLab, tariq, "How do you get a clean foot on a bonbon? Mine are ragged");
        re(13, "11:20", anouk, t1, "Scrape the mould with a warm scraper in one pass, Tariq");
        re(13, "11:30", tariq, t1, "That's done it, thank you");
        // W32
        Post v3 = say(17, "10:00", sgEnquiries, verity, "@Celestine Moreau tasting was amazing. My sister's "
                + "getting married next spring, I sent her your way!");
        re(17, "10:20", celestine, v3, "Verity thank you! I'd love to meet her");
        say(17, "11:00", sgJobs, rufus, "Still free from the 20th for cover, £180 a day. DM me");
        Post c3 = say(18, "10:00", sgEnquiries, conrad, "The squares went down well with guests. Could we do a "
                + "seasonal flavour for Christmas?");
        re(18, "10:30", celestine, c3, "Love that. Spiced orange or gingerbread?");
        re(18, "10:45", conrad, c3, "Spiced orange");
        Post t2 = say(19, "14:00", sgJobs, tariq, "@Celestine Moreau favours are boxed and ready for collection");
        re(19, "14:20", celestine, t2, "Amazing, collecting tomorrow. Thank you Tariq");
        Post a4 = say(20, "10:00", sgLab, anouk, "Made the raspberry ones again this weekend, perfect cut. Thanks "
                + "again everyone");
        re(20, "10:20", rufus, a4, "Looking good!");
    }

    static Map<String, String> files() {
        return new HeldOutScenes157Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 157");
    }
}
