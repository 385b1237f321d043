package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 156 (sealed): eight communities of scale models, dioramas, model kits and the hobby-shop trade, of
 * kinds no earlier round used (commission figure and bust painters, Brush &amp; Bust, with a painting table, a room where
 * collectors ask and an open-slots room, a painter who answers a newcomer's first question with his price and "DM me",
 * and a painter who spends a week running a blind mock-judging round of anonymised photos with fellow painters to
 * calibrate medal standards before a show while her own client asks twice whether his father's birthday bust is on
 * track; diorama and display-base builders, Groundwork, with a bench, a client-enquiries room and a for-sale room, a
 * builder who scatters his gallery link into three rooms and offers commissions with "DM me", a builder who posts to
 * nobody for a week, and a builder away at a show who said so; a model shop's own server, Sprue &amp; Spanner Models,
 * with its Staff and Customers, two DMs, a staffer who leaves a customer's back-order DM five days, restocks posted by
 * the owner in the build chat, and a customer who asks two rooms to subscribe to his build channel; a resin garage-kit
 * caster's own server, Kestrel Castings, with its Team and Customers, a customer who talks the help through, a
 * question to an absent teammate answered by the owner, and a commission painter who joins and offers her painting
 * twice; a scale ship-modelling club, Slipway, where nobody sells, with introductions, a learner who reports back on
 * three days of help and a newcomer who gives nothing back and leaves a question; dolls' house miniaturists, Small
 * Worlds, with a makers' table, a room where collectors ask and a fair-stall room, a maker who answers everyone with
 * her own news and a maker who drops his sale link into the collectors' room; aftermarket decal, photo-etch and
 * printed-parts makers, Aftermarket Alley, with a makers-only room, a room where modellers ask and a releases room, a
 * burst of five links in eight minutes and a decal sheet bumped three times in its room; architectural and museum
 * model makers, Scale &amp; Site, with a workshop, a project-enquiries room and a jobs-and-cover room, a maker who
 * leaves a fellow maker's request and a maker who pitches a museum newcomer a call), over three ISO weeks (2035-W26 to
 * W28), written and labelled by writer156 (session 69) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-156.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes156Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2035, 6, 25);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2035, 7, 16, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-156";
    private static final int BASE = 122800;

    // --- A. commission figure and bust painters ---
    private final String brush = cast.guild(1841);
    private final Channel bbTable = cast.channel(brush, "Brush & Bust", "painting-table",
            "painters among ourselves: paints, techniques, pricing, the trade", "bb-painting-table.json");
    private final Channel bbAsks = cast.channel(brush, "Brush & Bust", "collector-asks",
            "collectors and kit owners ask about painted figures and commissions; painters reply", "bb-collector-asks.json");
    private final Channel bbSlots = cast.channel(brush, "Brush & Bust", "open-slots",
            "painters post open commission slots and finished pieces for sale, one post per piece", "bb-open-slots.json");
    private final Persona odette = cast.person("odette.farrow", "Odette Farrow");
    private final Persona ramsay = cast.person("ramsay.quill", "Ramsay Quill");
    private final Persona thea = cast.person("thea.nakamura", "Thea Nakamura");
    private final Persona bastian = cast.person("bastian.voss", "Bastian Voss");
    private final Persona gideon = cast.person("gideon.marsh", "Gideon Marsh");
    private final Persona priya = cast.person("priya.hollins", "Priya Hollins");
    private final Persona lowri = cast.person("lowri.beck", "Lowri Beck");

    // --- B. diorama and display-base builders ---
    private final String ground = cast.guild(1842);
    private final Channel gwBench = cast.channel(ground, "Groundwork", "the-bench",
            "diorama builders among ourselves: groundwork, water, trees, pricing", "gw-the-bench.json");
    private final Channel gwEnquiries = cast.channel(ground, "Groundwork", "client-enquiries",
            "collectors, museums and shops ask about dioramas and display bases; builders reply",
            "gw-client-enquiries.json");
    private final Channel gwSale = cast.channel(ground, "Groundwork", "for-sale",
            "finished dioramas, bases and scenery for sale, one post per piece", "gw-for-sale.json");
    private final Persona fergus = cast.person("fergus.lyle", "Fergus Lyle");
    private final Persona annika = cast.person("annika.strand", "Annika Strand");
    private final Persona moss = cast.person("moss.adebayo", "Moss Adebayo");
    private final Persona hollis = cast.person("hollis.grant", "Hollis Grant");
    private final Persona constance = cast.person("constance.weir", "Constance Weir");
    private final Persona jasper = cast.person("jasper.quint", "Jasper Quint");
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho");

    // --- C. a model shop's own server ---
    private final String sprue = cast.guild(1843);
    private final Role ssStaff = cast.role("Staff", "#b5482c", 2);
    private final Role ssCustomer = cast.role("Customer", "#3d6fa3", 1);
    private final Channel ssNews = cast.channel(sprue, "Sprue & Spanner Models", "shop-news",
            "news from the shop: arrivals, workshops, opening hours", "ss-shop-news.json");
    private final Channel ssAsk = cast.channel(sprue, "Sprue & Spanner Models", "ask-the-shop",
            "ask us about kits, paints, tools and your orders", "ss-ask-the-shop.json");
    private final Channel ssBuild = cast.channel(sprue, "Sprue & Spanner Models", "build-chat",
            "what's on your bench: builds, photos, chat", "ss-build-chat.json");
    private final Persona maggie = cast.person("maggie.thorne", "Maggie Thorne", ssStaff);
    private final Persona devlin = cast.person("devlin.ashe", "Devlin Ashe", ssStaff);
    private final Persona kofi = cast.person("kofi.mensah", "Kofi Mensah", ssStaff);
    private final Persona rupert = cast.person("rupert.ingle", "Rupert Ingle", ssCustomer);
    private final Persona sunita = cast.person("sunita.rao", "Sunita Rao", ssCustomer);
    private final Persona alfie = cast.person("alfie.dunmore", "Alfie Dunmore", ssCustomer);
    private final Persona carys = cast.person("carys.penhale", "Carys Penhale", ssCustomer);
    private final Persona milo = cast.person("milo.fenn", "Milo Fenn");
    private final Channel ssDmSunita = cast.dm(sunita, "ss-dm-sunita-rao.json");
    private final Channel ssDmRupert = cast.dm(rupert, "ss-dm-rupert-ingle.json");

    // --- D. a resin garage-kit caster's own server ---
    private final String kestrel = cast.guild(1844);
    private final Role kcTeam = cast.role("Team", "#6b4fa0", 2);
    private final Role kcCustomer = cast.role("Customer", "#4f8a4a", 1);
    private final Channel kcReleases = cast.channel(kestrel, "Kestrel Castings", "releases",
            "new kits and restocks from the Kestrel bench", "kc-releases.json");
    private final Channel kcHelp = cast.channel(kestrel, "Kestrel Castings", "help-and-orders",
            "questions about casts, orders, miscasts and replacements", "kc-help-and-orders.json");
    private final Channel kcBuilds = cast.channel(kestrel, "Kestrel Castings", "customer-builds",
            "show us what you've built and painted from our kits", "kc-customer-builds.json");
    private final Persona wilf = cast.person("wilf.carrick", "Wilf Carrick", kcTeam);
    private final Persona jana = cast.person("jana.petrakova", "Jana Petrakova", kcTeam);
    private final Persona hugo = cast.person("hugo.brandon", "Hugo Brandon", kcCustomer);
    private final Persona elspeth = cast.person("elspeth.moore", "Elspeth Moore", kcCustomer);
    private final Persona nuno = cast.person("nuno.faria", "Nuno Faria", kcCustomer);
    private final Persona tamsin = cast.person("tamsin.lee", "Tamsin Lee");

    // --- E. a scale ship-modelling club ---
    private final String slipway = cast.guild(1845);
    private final Channel slIntro = cast.channel(slipway, "Slipway", "introductions",
            "new here? introduce yourself and what's on your slipway", "sl-introductions.json");
    private final Channel slHelp = cast.channel(slipway, "Slipway", "help-desk",
            "stuck on rigging, planking or paint? ask here", "sl-help-desk.json");
    private final Channel slShow = cast.channel(slipway, "Slipway", "show-and-tell",
            "members' builds in progress and finished", "sl-show-and-tell.json");
    private final Persona cuthbert = cast.person("cuthbert.pyle", "Cuthbert Pyle");
    private final Persona wynne = cast.person("wynne.harlow", "Wynne Harlow");
    private final Persona ellis = cast.person("ellis.drummond", "Ellis Drummond");
    private final Persona sorcha = cast.person("sorcha.bell", "Sorcha Bell");
    private final Persona laszlo = cast.person("laszlo.kerr", "Laszlo Kerr");
    private final Persona delia = cast.person("delia.ormond", "Delia Ormond");

    // --- F. dolls' house miniaturists ---
    private final String small = cast.guild(1846);
    private final Channel swTable = cast.channel(small, "Small Worlds", "makers-table",
            "1:12 and 1:24 makers among ourselves: materials, fairs, pricing", "sw-makers-table.json");
    private final Channel swAsks = cast.channel(small, "Small Worlds", "collector-asks",
            "collectors and dolls' house owners ask; makers reply", "sw-collector-asks.json");
    private final Channel swStall = cast.channel(small, "Small Worlds", "fair-stall",
            "makers' pieces for sale, one post per piece", "sw-fair-stall.json");
    private final Persona primrose = cast.person("primrose.adair", "Primrose Adair");
    private final Persona lucian = cast.person("lucian.vey", "Lucian Vey");
    private final Persona bronwen = cast.person("bronwen.tate", "Bronwen Tate");
    private final Persona keziah = cast.person("keziah.frost", "Keziah Frost");
    private final Persona rosalind = cast.person("rosalind.hart", "Rosalind Hart");
    private final Persona jem = cast.person("jem.okoro", "Jem Okoro");

    // --- G. aftermarket decal, photo-etch and printed-parts makers ---
    private final String alley = cast.guild(1847);
    private final Channel amMakers = cast.channel(alley, "Aftermarket Alley", "makers-only",
            "decal, etch and parts makers among ourselves: printers, films, suppliers", "am-makers-only.json");
    private final Channel amAsk = cast.channel(alley, "Aftermarket Alley", "modellers-ask",
            "modellers ask what exists, what fits and where to get it", "am-modellers-ask.json");
    private final Channel amReleases = cast.channel(alley, "Aftermarket Alley", "new-releases",
            "members: post your own new sheets, sets and parts here", "am-new-releases.json");
    private final Persona quentin = cast.person("quentin.avery", "Quentin Avery");
    private final Persona saffron = cast.person("saffron.mistry", "Saffron Mistry");
    private final Persona torben = cast.person("torben.ashcroft", "Torben Ashcroft");
    private final Persona nell = cast.person("nell.varga", "Nell Varga");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona clemency = cast.person("clemency.rook", "Clemency Rook");

    // --- H. architectural and museum model makers ---
    private final String scale = cast.guild(1848);
    private final Channel scWorkshop = cast.channel(scale, "Scale & Site", "workshop",
            "model makers among ourselves: laser cutting, finishes, fees", "sc-workshop.json");
    private final Channel scEnquiries = cast.channel(scale, "Scale & Site", "project-enquiries",
            "architects, developers and museums ask about models; makers reply", "sc-project-enquiries.json");
    private final Channel scJobs = cast.channel(scale, "Scale & Site", "jobs-and-cover",
            "work passed on, availability and cover between makers", "sc-jobs-and-cover.json");
    private final Persona rhiannon = cast.person("rhiannon.tull", "Rhiannon Tull");
    private final Persona idris = cast.person("idris.vaughan", "Idris Vaughan");
    private final Persona petra = cast.person("petra.holm", "Petra Holm");
    private final Persona cormac = cast.person("cormac.reilly", "Cormac Reilly");
    private final Persona beatrix = cast.person("beatrix.shaw", "Beatrix Shaw");
    private final Persona leopold = cast.person("leopold.grange", "Leopold Grange");
    private final Persona sabine = cast.person("sabine.roux", "Sabine Roux");

    HeldOutScenes156Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        brushAndBust();
        groundwork();
        sprueAndSpanner();
        kestrelCastings();
        slipway();
        smallWorlds();
        aftermarketAlley();
        scaleAndSite();
    }

    /**
     * A. Brush &amp; Bust: Odette agrees skin tones for Gideon's 75mm bust of his father (days 1, 3); Thea answers Priya
     * on varnish (day 2); Bastian posts two open slots in #open-slots (day 3). On day 6 Odette proposes a blind
     * mock-judging round before the August show; days 8-14 all her messages are in #painting-table with Thea, Bastian and
     * Ramsay, collecting anonymised photos, a score sheet and the results, while Gideon asks her on day 9 whether the
     * bust is on track for his father's birthday on the 21st and chases on day 11; Thea tells her on day 12; she answers
     * on day 15 with an apology and a photo. Lowri joins on day 8 and asks what a display-standard 54mm costs; Ramsay
     * answers with his price and "DM me"; Thea gives ranges and, asked, her guide. Priya tells Thea on day 17 she sent her
     * brother.
     */
    private void brushAndBust() {
        Post o1 = say(1, "09:05", bbAsks, odette, "@Gideon Marsh morning! Primer's on the bust. For your dad's skin "
                + "tones, do you want him as he is now or more like the wedding photo, a bit younger and ruddier?");
        Post g1 = re(1, "10:20", gideon, o1, "The wedding photo I think. He'll love that. Grey at the temples though, "
                + "he'd notice if we skipped it");
        re(1, "10:40", odette, g1, "Grey at the temples it is. I'll send a progress shot Wednesday.");
        Post p1 = say(2, "19:00", bbAsks, priya, "Daft question maybe, but what varnish should I put over a figure I "
                + "bought painted? It's getting handled a lot by my nephew");
        Post t1 = re(2, "19:25", thea, p1, "Not daft! A brush-on matt acrylic varnish, two thin coats. Avoid rattle "
                + "cans in this humidity, they go cloudy. And maybe a display case for the nephew ;)");
        re(2, "19:40", priya, t1, "haha a case is definitely needed. thanks Thea");
        say(3, "08:30", bbSlots, bastian, "Two commission slots open for August: 54mm or 75mm historicals, £120 a "
                + "figure painted to display standard. DM me with references.");
        Post o2 = say(3, "16:00", bbAsks, odette, "@Gideon Marsh progress shot: base skin done, working up the "
                + "cheeks next. Does the tie colour look right to you?");
        re(3, "17:10", gideon, o2, "That's him! Tie was more of a bottle green, if you can");
        Post b1 = say(4, "10:00", bbTable, bastian, "Anyone else's white from the new batch going chalky? Three pots "
                + "now, all the same.");
        re(4, "10:30", thea, b1, "Yes! Shake it for ages and add a drop of flow improver, it's the pigment "
                + "settling.");
        re(4, "10:45", ramsay, b1, "Mine too. Wrote to them, no answer yet.");
        Post o3 = say(6, "20:00", bbTable, odette, "Idea for before the August show: a blind mock-judging round. "
                + "Everyone sends me two photos of a finished piece, no names, I number them, we all score them on the "
                + "show's sheet and then compare. Helps us see where the medal lines really sit. Who's in?");
        re(6, "20:30", thea, o3, "In. I never know if I'm a silver or a gold painter on a good day");
        re(6, "21:05", bastian, o3, "In, good shout.");
        // W27
        Post o4 = say(8, "09:00", bbTable, odette, "Mock judging: send me your two photos by Wednesday night, plain "
                + "background, no signature on the base. I've put the show's score sheet in a shared doc: "
                + "scoresheet.example/mock-judging");
        re(8, "09:40", ramsay, o4, "Sending mine tonight.");
        joins(8, "11:00", bbAsks, lowri);
        Post l1 = say(8, "11:10", bbAsks, lowri, "Hi all, new here. I've got a 54mm Napoleonic officer I'd love "
                + "painted properly for my study. What does display standard usually cost?");
        re(8, "11:35", ramsay, l1, "I do display standard 54mm from £140, two week turnaround. DM me and I'll book "
                + "you in.");
        Post t2 = re(8, "12:05", thea, l1, "Welcome Lowri! It varies a lot: roughly £80-£200 for a 54mm depending on "
                + "detail and how much freehand. Ask to see close-ups of a painter's faces and lace before you choose.");
        Post l2 = re(8, "12:30", lowri, t2, "That's really useful. Is there a list of what else to ask?");
        re(8, "12:50", thea, l2, "I wrote one up last year, it's here: theapaints.example/what-to-ask . Nothing to "
                + "buy, just questions.");
        re(8, "13:05", lowri, t2, "perfect, thank you");
        Post g2 = say(9, "10:00", bbAsks, gideon, "@Odette Farrow hi, is the bust still on track for Dad's birthday on "
                + "the 21st? Just want to sort a frame for the plinth");
        Post o5 = say(9, "21:00", bbTable, odette, "Five entries in so far. Thea, yours arrived sideways, can you "
                + "resend?");
        re(9, "21:20", thea, o5, "Oops, resent.");
        say(10, "09:15", bbSlots, ramsay, "One slot open for July: 54mm figure to display standard, £140, DM me.");
        Post o6 = say(10, "20:00", bbTable, odette, "All eight are in. Numbered 1-8, scoring sheet is live. Please "
                + "don't say which is yours until Sunday!");
        re(10, "20:40", bastian, o6, "No 6 is going to be a tough one to mark down, lovely blending");
        re(10, "21:00", odette, o6, "Score it as you see it, that's the point :)");
        Post g3 = say(11, "18:00", bbAsks, gideon, "@Odette Farrow sorry to chase, just need to know for the frame "
                + "shop by Friday. Is the 21st still OK?");
        Post o7 = say(11, "21:00", bbTable, odette, "Six of eight score sheets back. Early look: we're all harsher "
                + "on faces than the real judges were last year.");
        re(11, "21:30", ramsay, o7, "Makes sense, we know where to look");
        say(12, "09:00", bbTable, thea, "@Odette Farrow I think Gideon's been asking after his bust in "
                + "#collector-asks, twice now.");
        Post o8 = say(12, "20:30", bbTable, odette, "All sheets in. Spread on most pieces was 4 points out of 20. "
                + "Biggest gap was groundwork, half of us don't score it at all.");
        re(12, "21:00", bastian, o8, "That's me, I never look at bases. Noted.");
        Post o9 = say(13, "20:00", bbTable, odette, "Draft write-up of the results: where the medal lines sit, "
                + "what we all missed. Comments before I share it with the show's judges?");
        re(13, "20:30", thea, o9, "Clear and fair. Maybe add the groundwork point up top");
        re(14, "11:00", odette, o9, "Done, and sent. Thanks all, that was fun and useful.");
        say(14, "12:00", bbTable, ramsay, "Reveal time! No 3 was mine, scored a lot lower than I'd hoped");
        // W28
        re(15, "08:30", odette, g3, "Gideon I'm so sorry, I've been buried in a judging project and missed both of "
                + "these. Yes, the 21st is fine, he's finished bar the varnish. Photo in your DMs tonight.");
        Post g4 = say(15, "09:10", bbAsks, gideon, "Phew, thank you! Frame shop sorted.");
        g4.react("👍", odette);
        Post p2 = say(16, "19:00", bbAsks, priya, "Who paints horses well? I've a mounted hussar that needs doing");
        re(16, "19:30", bastian, p2, "Horses are my favourite bit, honestly. Happy to quote if you send me photos of "
                + "the kit.");
        re(16, "19:45", thea, p2, "Bastian's horses are lovely, his grey at the spring show was gorgeous.");
        Post p3 = say(17, "10:00", bbAsks, priya, "@Thea Nakamura I bought the dragoon off you last year and my "
                + "brother's just asked who did it, so I've sent him your way!");
        re(17, "10:20", thea, p3, "Oh that's so kind Priya, thank you! I'll look after him.");
        Post l3 = say(17, "14:00", bbAsks, lowri, "Can anyone tell me how to pack a painted figure to post safely?");
        re(17, "14:30", odette, l3, "Foam box cut to shape, the figure pinned to a cork so it can't rattle, then "
                + "that box inside a bigger one with padding. Never tissue on wet varnish!");
        re(17, "14:45", lowri, l3, "That's clear, thanks Odette");
        Post b2 = say(18, "10:00", bbTable, bastian, "Groundwork thoughts after the mock judging: I'm going to do "
                + "proper bases this season. Anyone got a go-to static grass?");
        re(18, "10:40", odette, b2, "The 2mm autumn mix from the railway shops, cut with a bit of 4mm.");
        re(18, "11:00", bastian, b2, "Brilliant, ordering");
        say(19, "09:00", bbSlots, odette, "Two slots for September: busts up to 1/9, £180 each. DM me.");
        // more everyday chat
        Post t9 = say(5, "20:00", bbTable, thea, "How do you all photograph for shows? My whites blow out every time");
        re(5, "20:30", bastian, t9, "Grey card behind, two daylight lamps at 45 degrees, and drop the exposure a "
                + "third.");
        re(5, "20:45", ramsay, t9, "And shoot in raw if your phone does it.");
        re(5, "21:00", thea, t9, "Grey card, that's the bit I was missing. Thanks both");
        Post r9 = say(16, "11:00", bbTable, ramsay, "Anyone tried the new wet palette paper? Mine dries out by "
                + "lunchtime");
        re(16, "11:30", thea, r9, "Too little water under the sponge, I think. It should look soggy.");
        re(16, "11:45", ramsay, r9, "Soggy it is, ta");
        Post g9 = say(20, "18:00", bbAsks, gideon, "@Odette Farrow the bust arrived and Dad was in tears. Thank you "
                + "so much");
        re(20, "18:30", odette, g9, "Oh Gideon, that's made my week. Happy birthday to him!");
    }

    /**
     * B. Groundwork: Fergus answers Constance, who runs a small transport museum, about a depot diorama (days 2, 4, 11)
     * and she tells him on day 18 she sent the railway museum his way. On day 3 Hollis posts "check out my latest
     * builds" with his gallery link into #the-bench, #client-enquiries and #for-sale within ten minutes, and on day 5
     * offers two autumn commissions "from £300, DM me" in #client-enquiries. Annika says on day 4 she is at a show in
     * Belgium 2-6 July; Jasper asks her on day 9 and she answers on day 13. Days 8-14 Moss posts eleven times to nobody
     * (his harbour build, scenery stock, prices, two "DM me" offers in #client-enquiries) and answers nobody; in W28 he
     * talks. Ines joins on day 15 to ask about a base for her late grandfather's ship model; Fergus and Annika answer,
     * Annika with her gallery when Ines asks for examples.
     */
    private void groundwork() {
        Post f1 = say(1, "10:00", gwBench, fergus, "Anyone tried the new two-part water resin? Mine's still tacky "
                + "after three days");
        re(1, "10:30", annika, f1, "Too cold in the shed? It wants 20 degrees or it never fully cures.");
        re(1, "10:50", fergus, f1, "That'll be it, the shed's freezing at night. Ta");
        Post c1 = say(2, "14:00", gwEnquiries, constance, "We run a small transport museum and would like a 1:76 "
                + "diorama of our old bus depot, about a metre long, to sit under our real bus. Is that the sort of "
                + "thing people here do?");
        Post fc1 = re(2, "14:40", fergus, c1, "Very much so. A metre in 1:76 is a lovely size. Have you got plans or "
                + "old photos of the depot? That decides most of the work.");
        re(2, "15:10", constance, fc1, "Lots of photos, no plans. I'll dig them out.");
        say(3, "11:00", gwBench, hollis, "check out my latest builds, new gallery is up: hollisgrant.example/gallery");
        say(3, "11:04", gwEnquiries, hollis, "check out my latest builds: hollisgrant.example/gallery");
        say(3, "11:08", gwSale, hollis, "Latest builds, some for sale: hollisgrant.example/gallery");
        say(4, "09:00", gwBench, annika, "Heads up, I'm at the Euro show in Belgium from 2 to 6 July, back on the "
                + "7th. Shout if you need anything before Sunday.");
        Post c2 = say(4, "16:00", gwEnquiries, constance, "@Fergus Lyle photos sent to you. Roughly what would a "
                + "diorama like that cost? We'd need to fundraise.");
        Post fc2 = re(4, "16:45", fergus, c2, "Thanks Constance. From those, around £1,400 including a case, "
                + "spread over two payments if that helps the fundraising.");
        re(4, "17:00", constance, fc2, "That's within reach. I'll take it to the trustees.");
        say(5, "10:00", gwEnquiries, hollis, "Taking two diorama commissions for the autumn, from £300. DM me.");
        Post j1 = say(5, "19:00", gwEnquiries, jasper, "How do people light a diorama inside a case without it "
                + "getting hot?");
        re(5, "19:30", annika, j1, "LED strip on the lid, warm white, with a diffuser. Barely gets warm at all.");
        say(6, "11:00", gwSale, annika, "Winter farmyard vignette, 1:35, 20x15cm, cased, £160 + postage.");
        // W27
        say(8, "08:00", gwBench, moss, "Harbour diorama update: quay walls done, water poured last night.");
        Post j2 = say(9, "10:00", gwEnquiries, jasper, "@Annika Strand is the farmyard vignette still available? "
                + "Would it post to Ireland?");
        say(9, "11:00", gwEnquiries, moss, "Harbour-scene display bases to order, £65 each. DM me.");
        say(9, "16:00", gwSale, moss, "Static grass and tuft packs back in stock, £4 a pack, six shades.");
        say(10, "09:00", gwBench, moss, "Harbour diorama: the crane is built, rigging tomorrow.");
        say(10, "15:00", gwSale, moss, "Resin water pours for bases, any size up to A3, from £20.");
        Post c3 = say(11, "11:00", gwEnquiries, constance, "@Fergus Lyle the trustees said yes! When could you "
                + "start?");
        Post fc3 = re(11, "11:30", fergus, c3, "Wonderful news! I can start on the 23rd. I'll send a schedule and "
                + "the first invoice this week.");
        re(11, "11:50", constance, fc3, "Perfect, thank you Fergus");
        say(11, "14:00", gwBench, moss, "New batch of laser-cut crates and barrels in, 1:35 and 1:48.");
        say(12, "10:00", gwEnquiries, moss, "Custom display cases with a scenic base, from £80. DM me.");
        say(12, "18:00", gwSale, moss, "Two harbour bases left from the last run, £65 each.");
        say(13, "09:00", gwBench, moss, "Long week on the harbour, the crane rigging took two evenings.");
        re(13, "09:30", annika, j2, "Back from Belgium! Still available Jasper, and yes it posts to Ireland, about "
                + "£22 tracked.");
        re(13, "10:00", jasper, j2, "Brilliant, I'll take it");
        say(13, "15:00", gwSale, moss, "Scenic tree armatures, twisted wire, packs of ten for £12.");
        say(14, "10:00", gwBench, moss, "Harbour diorama finished bar the figures. Photos next week.");
        Post a1 = say(14, "11:00", gwBench, annika, "The show was great, by the way. The Belgian lads do "
                + "incredible snow.");
        // W28
        Post m1 = re(15, "09:00", moss, a1, "Jealous! What were they using for the snow?");
        re(15, "09:30", annika, m1, "Baking soda and matt varnish mostly, with microballoons for drifts.");
        re(15, "09:45", moss, m1, "Going to try that on the harbour quay.");
        joins(15, "12:00", gwEnquiries, ines);
        Post i1 = say(15, "12:10", gwEnquiries, ines, "Hello. My late grandfather built a model of the trawler he "
                + "sailed on, and we'd like a proper sea base and case for it. Is that something you do?");
        Post fi = re(15, "12:40", fergus, i1, "Hello Ines, and I'm sorry about your grandfather. Yes, that's a lovely "
                + "thing to do. How long is the model, and is it waterline or full hull?");
        re(15, "13:00", ines, fi, "Full hull, about 60cm.");
        Post ai = re(15, "13:20", annika, i1, "A rough sea base suits a trawler really well. Happy to help too.");
        Post i2 = re(15, "13:40", ines, ai, "Do you have examples of sea bases I could look at?");
        re(15, "14:00", annika, i2, "A few here: annikastrand.example/sea-bases");
        Post m2 = say(16, "10:00", gwBench, moss, "Harbour diorama photos, figures in at last. Pleased with the water.");
        re(16, "10:30", fergus, m2, "The water's brilliant Moss, how many pours?");
        re(16, "10:45", moss, m2, "Four thin ones, tinted darker at the bottom.");
        Post c4 = say(18, "09:00", gwEnquiries, constance, "@Fergus Lyle I told the railway museum down the road "
                + "about you, they may be in touch about a goods yard!");
        re(18, "09:20", fergus, c4, "Thank you Constance, that's really good of you.");
        Post h1 = say(18, "15:00", gwBench, hollis, "Does anyone seal plaster rock before painting? Mine drinks "
                + "the paint");
        re(18, "15:30", moss, h1, "Dilute PVA wash first, then paint. Saves half the pot.");
        re(18, "15:45", hollis, h1, "ah good call, thanks");
        // more everyday chat
        Post m9 = say(2, "20:00", gwBench, moss, "What are people using for foliage on 1:35 trees these days?");
        re(2, "20:30", fergus, m9, "Sea foam for the armature, then the fine leaf flakes, sprayed glue between "
                + "layers.");
        re(2, "20:45", moss, m9, "Sea foam, will get some. Thanks");
        Post j9 = say(17, "11:00", gwEnquiries, jasper, "@Annika Strand farmyard arrived safe, it's even better in "
                + "person");
        re(17, "11:20", annika, j9, "So glad Jasper, enjoy it!");
        Post a9 = say(19, "16:00", gwBench, annika, "Anyone want to split a bulk order of static grass? The 1kg "
                + "bags are half the price");
        re(19, "16:30", fergus, a9, "Count me in for the summer mix");
        re(19, "16:45", hollis, a9, "Me too, the dead grass shade please");
    }

    /**
     * C. Sprue &amp; Spanner Models: Maggie posts shop news in #shop-news (days 1, 8 with a priced airbrush workshop
     * and its link, 15). Kofi answers Rupert without a reply link (day 1) and Maggie answers Rupert's DM within half an
     * hour (day 3). On day 9 Sunita DMs Devlin about her back-ordered Tiger kit and chases on day 11, while Devlin
     * chats with Rupert in #build-chat (days 10, 11); he answers her on day 14. Milo joins on day 8 and asks which
     * airbrush to start with; Kofi answers with the shop's starter-kit page; Maggie answers his follow-up (day 10).
     * Alfie, who has only asked the staff things, asks #build-chat and then #ask-the-shop to subscribe to his build
     * channel (day 16). Maggie posts a restock in #build-chat (day 16) and answers a customer's interest in it with its
     * page (day 18). Rupert says on day 18 he sent his nephew in; Maggie thanks him.
     */
    private void sprueAndSpanner() {
        say(1, "09:00", ssNews, maggie, "Morning all! New Eduard and Tamiya arrivals are on the shelves, and we're "
                + "open till 7 on Thursdays from this week.");
        Post r1 = say(1, "12:00", ssAsk, rupert, "Do you stock Mr Surfacer 1500 in black?");
        say(1, "12:15", ssAsk, kofi, "We do Rupert, two tins on the shelf and more due Friday.");
        Post s1 = say(2, "17:00", ssAsk, sunita, "Is the 1/35 Tiger I early production coming back in? Sold out "
                + "online");
        Post ds1 = re(2, "17:40", devlin, s1, "It's on order Sunita, due in about ten days. Want me to hold one?");
        re(2, "18:00", sunita, ds1, "Yes please, I'll pay when it lands.");
        r1.react("👍", maggie);
        Post rd1 = say(3, "10:00", ssDmRupert, rupert, "Hi Maggie, can I get a gift voucher for my nephew's "
                + "birthday posted out? £30");
        Post md1 = re(3, "10:25", maggie, rd1, "Of course Rupert, I'll pop one in the post today. Pay when you're "
                + "next in.");
        re(3, "10:40", rupert, md1, "Lovely, thanks");
        Post a1 = say(4, "19:00", ssAsk, alfie, "What glue do you recommend for clear parts?");
        re(4, "19:30", kofi, a1, "Canopy glue or a PVA-type clear glue, never poly cement on clear parts.");
        re(4, "19:40", alfie, a1, "ok ta");
        Post c1 = say(5, "11:00", ssBuild, carys, "First go at weathering on my Sherman, be gentle!");
        re(5, "11:30", devlin, c1, "Be proud Carys, that mud on the tracks looks right.");
        re(5, "11:45", carys, c1, "Thank you! Pigments and a cheap brush");
        // W27
        say(8, "09:00", ssNews, maggie, "Airbrush basics workshop on Saturday 21 July, 10-1, £35 with all paints "
                + "supplied. Six places: sprueandspanner.example/workshops");
        joins(8, "12:00", ssAsk, milo);
        Post mi1 = say(8, "12:10", ssAsk, milo, "Hi, coming back to modelling after 20 years. Which airbrush should "
                + "I start with? Budget about £100");
        Post km = re(8, "12:40", kofi, mi1, "Welcome back Milo! A 0.3mm dual-action with a small compressor with a "
                + "tank. Our starter kit is exactly that, £95: sprueandspanner.example/starter-airbrush . Happy "
                + "to show you one in the shop too.");
        re(8, "13:00", milo, km, "Great, I'll pop in Saturday");
        Post sd1 = say(9, "10:00", ssDmSunita, sunita, "Hi Devlin, did my Tiger come in? It's been a while and my "
                + "club build starts on the 20th.");
        Post r2 = say(10, "18:00", ssBuild, rupert, "Finally finished the Lancaster. 14 months!");
        Post dr = re(10, "18:20", devlin, r2, "What a beast. Did you do the exhausts with pigments?");
        re(10, "18:40", rupert, dr, "Pigments and a bit of rust wash");
        Post mi2 = say(10, "19:00", ssAsk, milo, "What thinner do I use for acrylics through the airbrush?");
        re(10, "19:30", maggie, mi2, "The same brand's own thinner is safest, plus a drop of flow improver. Bring "
                + "the airbrush Saturday and we'll set it up together.");
        re(10, "19:45", milo, mi2, "Will do, thanks Maggie");
        say(11, "09:30", ssDmSunita, sunita, "Devlin? Just need to know if it's here or not, thanks");
        Post d1 = say(11, "20:00", ssBuild, devlin, "@Rupert Ingle are you bringing the Lancaster to the club show? "
                + "It deserves a table");
        re(11, "20:30", rupert, d1, "Might do! If I can get it in the car");
        Post c2 = say(12, "11:00", ssAsk, carys, "Is there a good tutorial on chipping with hairspray?");
        re(12, "11:20", kofi, c2, "There's a good one by Night Shift on youtube, and we've the chipping fluid in "
                + "stock if you'd rather not use hairspray.");
        re(12, "11:40", carys, c2, "Brilliant, I'll watch it tonight");
        re(14, "10:00", devlin, sd1, "So sorry Sunita, I missed these. Your Tiger came in Wednesday, it's behind "
                + "the counter with your name on.");
        // W28
        say(15, "09:00", ssNews, maggie, "Summer opening: closed Monday 23 July, open as usual the rest of the "
                + "week. Workshop has two places left.");
        Post m1 = say(16, "10:00", ssBuild, maggie, "New Vallejo weathering sets in today, £28 each, on the shelf "
                + "by the door.");
        Post c3 = re(16, "10:30", carys, m1, "ooh the rust one looks nice");
        Post sd2 = say(16, "12:00", ssDmSunita, sunita, "Picked it up, thanks Devlin!");
        re(16, "12:20", devlin, sd2, "Enjoy the build!");
        Post a2 = say(16, "20:00", ssBuild, alfie, "Could you all subscribe to my build channel? Trying to hit 1,000 "
                + "subs this month: alfiebuilds.example/channel");
        say(16, "20:04", ssAsk, alfie, "If anyone could subscribe to my channel it'd really help, nearly at 1k: "
                + "alfiebuilds.example/channel");
        re(18, "11:00", maggie, c3, "It's lovely Carys, two left: sprueandspanner.example/vallejo-weathering");
        Post rd2 = say(18, "15:00", ssDmRupert, rupert, "Maggie, my nephew loved the voucher and I've told his dad "
                + "to bring him in for his first proper kit. Sent him your way!");
        re(18, "15:15", maggie, rd2, "That's so kind Rupert, we'll look after them both.");
        Post k1 = say(19, "10:00", ssBuild, kofi, "Anyone going to the Bovington show on Saturday?");
        re(19, "10:30", carys, k1, "Me! First time");
        a2.react("👀", kofi);
        // more everyday chat
        Post r9 = say(6, "17:00", ssBuild, rupert, "Lancaster progress: engines on at last, 13 months in");
        re(6, "17:30", kofi, r9, "That's looking great Rupert, the panel lines are lovely and subtle");
        re(6, "17:45", rupert, r9, "Thanks Kofi, oil wash did that");
        Post c9 = say(13, "10:00", ssAsk, carys, "Are you open Saturday afternoon?");
        re(13, "10:20", kofi, c9, "Till 5 on Saturdays Carys.");
        Post m9 = say(17, "18:00", ssAsk, milo, "Workshop booked! Do I bring my own airbrush?");
        re(17, "18:30", maggie, m9, "Yes please Milo, we'll set it up with you on the day.");
        re(17, "18:45", milo, m9, "Great, see you then");
        Post s9 = say(20, "19:00", ssBuild, sunita, "Tiger's on the bench, running gear done");
        re(20, "19:30", devlin, s9, "Neat work on the tracks Sunita!");
    }

    /**
     * D. Kestrel Castings: Wilf announces kits in #releases with their prices and pages (days 2, 9, 16). Jana answers
     * Hugo's miscast within the hour and sends a replacement (day 3); Wilf answers Hugo on the next bust (day 10). On
     * days 8, 10 and 12 Elspeth is helped with pinning, filling and priming by Wilf, Nuno and Jana, and each time answers
     * their questions and says how it went. On day 9 Elspeth asks Jana by name about a missing base; Wilf answers within
     * two hours that Jana is off till Thursday and posts a new base; Jana, back on day 11, answers Nuno but not that
     * thread. Nuno asks whether a conversion arm exists (day 13) and Wilf answers with the new part's page. Tamsin, a
     * commission painter, joins on day 15 and posts "I paint Kestrel busts to order, £90, DM me" in #customer-builds
     * on days 15 and 17; nobody asked. Hugo tells Wilf on day 18 he sent his club to the shop.
     */
    private void kestrelCastings() {
        say(2, "18:00", kcReleases, wilf, "New kit: the Lighthouse Keeper, 1/10 bust, five parts in grey resin, "
                + "£38. Pre-orders open: kestrelcastings.example/keeper");
        Post h1 = say(3, "10:00", kcHelp, hugo, "My Keeper arrived with the left arm short, looks like an air bubble "
                + "in the cast. Photos attached.");
        Post jh = re(3, "10:40", jana, h1, "Sorry Hugo, that's a miscast. Replacement arm goes out in today's post, "
                + "no need to send the old one back.");
        re(3, "11:00", hugo, jh, "Cheers Jana, quick work");
        Post n1 = say(4, "20:00", kcBuilds, nuno, "Keeper's done! Went for a stormy night palette.");
        re(4, "20:30", wilf, n1, "That lamp glow is cracking Nuno. Mind if we share it on the shop page?");
        re(4, "20:45", nuno, n1, "Go for it!");
        Post e0 = say(6, "15:00", kcBuilds, elspeth, "My first resin kit arrived. Terrified to cut anything.");
        re(6, "15:30", hugo, e0, "You'll be fine. Wash it in warm soapy water first, that's the main thing.");
        // W27
        Post e1 = say(8, "10:00", kcHelp, elspeth, "Washed, dried. How do I pin the head on? It keeps sliding off.");
        Post we = re(8, "10:30", wilf, e1, "Drill a 1mm hole in both parts, a bit of brass rod, superglue. What "
                + "drill have you got?");
        Post ew = re(8, "11:00", elspeth, we, "Just a pin vice with a 0.8 bit. Will that do? Trying it now");
        re(8, "12:30", elspeth, ew, "It worked! Head's on and straight. The 0.8 was fine with a paperclip.");
        say(9, "18:00", kcReleases, wilf, "Restock: the Ferryman bust is back, £42, and the kneeling archer gets a "
                + "new optional arm next week.");
        Post e2 = say(9, "19:00", kcHelp, elspeth, "@Jana Petrakova my Keeper box had no base in it. Is there "
                + "meant to be one?");
        re(9, "20:30", wilf, e2, "There is Elspeth, sorry! Jana's off till Thursday so I've posted you a base "
                + "tonight myself.");
        re(9, "20:45", elspeth, e2, "Thanks Wilf");
        Post h2 = say(10, "09:00", kcHelp, hugo, "@Wilf Carrick when's the sci-fi pilot bust due? Saving up");
        re(10, "10:30", wilf, h2, "Masters are done, casting in August Hugo. I'll shout in #releases.");
        Post e3 = say(10, "17:00", kcHelp, elspeth, "There's a seam line right across the cheek. Sand or fill?");
        Post ne = re(10, "17:30", nuno, e3, "Sand first with 600 wet, then a thin skim of putty if there's a dip. "
                + "Is it a ridge or a step?");
        Post en = re(10, "18:00", elspeth, ne, "A ridge, quite raised. Sanding now, I'll tell you how it goes");
        re(10, "19:30", elspeth, en, "Sanded away nicely, no putty needed. Thanks Nuno, wet sanding was the trick.");
        Post n2 = say(11, "09:00", kcHelp, nuno, "What primer do you use on your own kits? Mine keeps pooling in "
                + "the beard detail.");
        re(11, "10:00", jana, n2, "Back today! Grey rattle-can primer, light passes from 30cm, and warm the can in "
                + "a bowl of water first.");
        re(11, "10:15", nuno, n2, "Warm can, never heard that. Thanks");
        Post e4 = say(12, "11:00", kcHelp, elspeth, "Ready to prime. Grey or white for a pale skin tone?");
        Post je = re(12, "11:30", jana, e4, "White or light grey for pale skin. Do you have an airbrush or cans?");
        Post ej = re(12, "12:00", elspeth, je, "Cans only. Going white then, doing it after lunch");
        re(12, "16:00", elspeth, ej, "Primed! One run on the back but I sanded it off. Looks like a real bust now.");
        Post n3 = say(13, "20:00", kcHelp, nuno, "Is there a conversion arm for the kneeling archer, drawn bow?");
        re(13, "20:30", wilf, n3, "Yes, just released: the drawn-bow arm, £6, kestrelcastings.example/archer-arm");
        re(13, "20:45", nuno, n3, "Ordered");
        Post e5 = say(14, "16:00", kcBuilds, elspeth, "Keeper primed and the base is here. Painting starts "
                + "tomorrow!");
        re(14, "16:30", nuno, e5, "Looks great, post the paint job!");
        // W28
        joins(15, "09:00", kcBuilds, tamsin);
        say(15, "09:10", kcBuilds, tamsin, "Hi all! I paint Kestrel busts to order, £90 each including a plinth. "
                + "DM me.");
        say(16, "18:00", kcReleases, wilf, "New kit: the Harbour Master, 1/10 bust, £40: "
                + "kestrelcastings.example/harbour-master");
        Post e6 = say(16, "19:00", kcBuilds, elspeth, "Keeper painted! Far from perfect but I love him.");
        re(16, "19:30", jana, e6, "He's brilliant Elspeth, the beard especially.");
        re(16, "19:40", nuno, e6, "Love the blue jumper");
        say(17, "10:00", kcBuilds, tamsin, "Still two slots this month for Kestrel busts, £90 painted. DM me.");
        Post h3 = say(18, "12:00", kcHelp, hugo, "@Wilf Carrick I showed the Keeper at my club night and sent the "
                + "whole lot of them to your shop. Expect a few orders!");
        re(18, "12:30", wilf, h3, "Hugo, that's brilliant, thank you. Tell them to say hello in here.");
        Post t1 = say(19, "11:00", kcHelp, tamsin, "Does the Harbour Master come with the pipe as a separate part?");
        re(19, "11:20", jana, t1, "It does, a tiny separate part in the bag with the hands.");
        // more everyday chat
        Post n9 = say(5, "18:00", kcHelp, nuno, "Is the Keeper's lamp lens meant to be clear resin? Mine's grey");
        re(5, "18:30", wilf, n9, "Grey in this run, Nuno. A drop of gloss varnish over silver paint does the trick.");
        Post h9 = say(19, "20:00", kcBuilds, hugo, "Ferryman done, finally");
        Post eh = re(19, "20:20", elspeth, h9, "Gorgeous! How did you do the cloak?");
        re(19, "20:40", hugo, eh, "Dark green base, then glazes of black and a little blue in the folds.");
        Post n8 = say(20, "17:00", kcBuilds, nuno, "Harbour Master, painted the weekend it arrived");
        re(20, "17:30", jana, n8, "That was quick! Lovely weathered face");
        re(20, "17:45", wilf, n8, "Brilliant Nuno, the pipe smoke is a nice touch");
    }

    /**
     * E. Slipway (nobody sells): Ellis joins on day 1 and introduces himself; Cuthbert and Wynne help him on days 2, 3
     * and 5 with planking, clamps and deadeyes; each time he answers their questions and reports what he did. Laszlo
     * answers Ellis's request for a video on rigging with his own video (day 4). Sorcha joins on day 8 and is helped by
     * Cuthbert and Wynne on days 9, 10 and 12, saying "thanks" or "ta" each time, helps nobody, and leaves Wynne's
     * day-12 question (what scale the hull is) unanswered. Ellis helps Sorcha on day 13. Delia joins on day 15 and
     * introduces herself with her build blog; Ellis and Cuthbert welcome her; Ellis shows his finished hull (day 18).
     */
    private void slipway() {
        joins(1, "10:00", slIntro, ellis);
        Post e1 = say(1, "10:10", slIntro, ellis, "Hi all, I'm Ellis. Just started my first plank-on-frame kit, a "
                + "Thames barge, and already out of my depth!");
        re(1, "10:40", cuthbert, e1, "Welcome Ellis! Barges are a good first one, flat bottom helps. Ask away in "
                + "#help-desk.");
        re(1, "11:00", wynne, e1, "Welcome aboard!");
        Post e2 = say(2, "19:00", slHelp, ellis, "My first planks won't bend round the bow, they crack. What am I "
                + "doing wrong?");
        Post ce = re(2, "19:30", cuthbert, e2, "Soak them for half an hour and bend them with a hot plank bender or "
                + "a soldering iron. Are they walnut or lime?");
        Post ec = re(2, "19:50", ellis, ce, "Lime, 1mm. Soaking two now");
        re(2, "21:00", ellis, ec, "Soaked and bent with the iron, no cracks. Game changer, thanks Cuthbert");
        Post e3 = say(3, "18:00", slHelp, ellis, "How do people hold the planks while the glue dries? My fingers "
                + "aren't enough");
        Post we = re(3, "18:30", wynne, e3, "Bulldog clips and map pins. Did you get a plank clamp with the kit?");
        Post ew = re(3, "18:45", ellis, we, "No clamp, but I've got loads of bulldog clips from work. Trying them");
        re(3, "20:00", ellis, ew, "Clips work a treat, three planks on tonight.");
        Post e4 = say(4, "12:00", slHelp, ellis, "Is there a good video on rigging deadeyes? The kit diagram is "
                + "useless");
        re(4, "12:30", laszlo, e4, "I did one last year, it's slow and shows every step: "
                + "laszlobuilds.example/deadeyes");
        re(4, "12:45", ellis, e4, "Watching it now, thanks Laszlo");
        Post e5 = say(5, "19:00", slHelp, ellis, "Deadeyes on but they sit at different heights. Does it matter?");
        Post ce2 = re(5, "19:30", cuthbert, e5, "It does to the eye. Use a jig: a bit of wire bent to the spacing. "
                + "How many are off?");
        re(5, "19:45", ellis, ce2, "Four of twelve. Made a jig from a paperclip and redid them, all level now.");
        Post l1 = say(6, "10:00", slShow, laszlo, "HMS Victory's stern gallery finally done after two months.");
        re(6, "10:30", ellis, l1, "That's incredible, the windows!");
        re(6, "10:40", wynne, l1, "Stunning Laszlo");
        // W27
        joins(8, "09:00", slIntro, sorcha);
        Post s1 = say(9, "18:00", slHelp, sorcha, "How do I get the hull to stop warping when I plank one side?");
        re(9, "18:30", cuthbert, s1, "Always plank both sides alternately, one plank each side, and keep the "
                + "keel clamped to a flat board.");
        re(9, "18:40", sorcha, s1, "thanks");
        Post s2 = say(10, "19:00", slHelp, sorcha, "What glue for planking?");
        re(10, "19:30", wynne, s2, "Aliphatic wood glue for planks, a drop of CA only to tack the ends.");
        re(10, "19:35", sorcha, s2, "ta");
        Post w1 = say(11, "11:00", slShow, wynne, "Cutty Sark's copper plates finally all on.");
        re(11, "11:30", cuthbert, w1, "Lovely and even Wynne.");
        re(11, "12:00", ellis, w1, "How many plates is that?!");
        re(11, "12:20", wynne, w1, "About 1,900. Never again");
        Post s3 = say(12, "18:00", slHelp, sorcha, "How do I fill gaps between planks?");
        Post ws = re(12, "18:30", wynne, s3, "Sawdust from the same wood mixed with glue, then sand. @Sorcha Bell "
                + "what scale is your hull? For a big one I'd use filler instead.");
        re(12, "18:45", sorcha, s3, "thanks");
        Post s4 = say(13, "19:00", slHelp, sorcha, "How do you sand inside the bulwarks?");
        re(13, "19:30", ellis, s4, "Sandpaper glued round a lolly stick, worked for my barge.");
        Post c1 = say(14, "10:00", slShow, cuthbert, "Club meet at the library Saturday the 21st, 2pm. Bring "
                + "whatever's on your slipway.");
        c1.react("👍", ellis, wynne);
        // W28
        joins(15, "09:00", slIntro, delia);
        Post d1 = say(15, "09:10", slIntro, delia, "Hello! I'm Delia, I build waterline models of Clyde puffers "
                + "and write about it here: deliaormond.example/puffers");
        re(15, "09:40", ellis, d1, "Welcome Delia! Puffers are ace.");
        Post cd = re(15, "10:00", cuthbert, d1, "Welcome! We had a puffer at the last club meet, you'll fit right "
                + "in.");
        re(15, "10:20", delia, cd, "Ha, lovely. Looking forward to it");
        Post e6 = say(18, "20:00", slShow, ellis, "First hull planked, sanded and sealed. Thanks everyone for the "
                + "help with this one.");
        re(18, "20:30", cuthbert, e6, "Cracking job Ellis, better than my first");
        e6.react("🎉", wynne, delia);
        Post d2 = say(19, "11:00", slHelp, delia, "Anyone found a good paint match for puffer red oxide?");
        re(19, "11:40", wynne, d2, "Humbrol 70 with a touch of black.");
        re(19, "12:00", delia, d2, "Perfect, thanks Wynne");
        // more everyday chat
        Post c9 = say(7, "15:00", slShow, cuthbert, "Brig Niger's hull is coppered. Rigging starts next month.");
        re(7, "15:30", wynne, c9, "Lovely colour on the copper Cuthbert");
        re(7, "16:00", laszlo, c9, "Looks great");
        Post l9 = say(16, "19:00", slHelp, laszlo, "What's everyone using for sail cloth at 1:96? Cotton looks too "
                + "heavy");
        re(16, "19:30", wynne, l9, "Silkspan, doped and painted. Scales down much better.");
        re(16, "19:45", delia, l9, "Silkspan for me too, tea-stained.");
        re(16, "20:00", laszlo, l9, "Tea-stained silkspan, perfect, thanks both");
        Post w9 = say(20, "10:00", slShow, wynne, "Cutty Sark masts stepped. See you all at the library tomorrow.");
        re(20, "10:30", cuthbert, w9, "Bring her along!");
    }

    /**
     * F. Small Worlds: Lucian talks glues and veneers in #makers-table (days 1, 2) and nowhere else until day 17, when
     * he opens a post in #collector-asks with his summer-sale link. Bronwen says on day 5 she is at the Kensington fair
     * and with family 2-4 July, back Thursday; Rosalind asks her on day 9 and she answers on day 11. Jem joins on day 8
     * and asks who makes 1:12 Georgian furniture; Primrose answers with her own page and prices, and Bronwen names
     * another maker. Days 8-14 Primrose talks shop with Keziah and Bronwen and serves Rosalind's dresser order. Days
     * 9-13 Keziah answers the others' news and finished pieces with her own bakery range, fair, stall and plans, asking
     * nothing. Rosalind tells Primrose on day 18 she bought from her last spring and sent her sister.
     */
    private void smallWorlds() {
        Post lu1 = say(1, "10:00", swTable, lucian, "What's everyone using to glue veneer on 1:12 drawer fronts? "
                + "Contact adhesive keeps lifting at the corners.");
        re(1, "10:30", primrose, lu1, "Thin PVA and a clamp overnight. Contact glue hates tiny corners.");
        re(2, "09:00", lucian, lu1, "Tried the PVA, corners are down. Cheers Primrose");
        Post r1 = say(2, "15:00", swAsks, rosalind, "@Primrose Adair could you make a Welsh dresser for my 1:12 "
                + "farmhouse kitchen? In oak, with a plate rack");
        Post pr1 = re(2, "15:40", primrose, r1, "I'd love to Rosalind. About £85 in oak with the plate rack, four "
                + "weeks. Shall I sketch it first?");
        re(2, "16:00", rosalind, pr1, "Yes please!");
        say(3, "11:00", swStall, bronwen, "1:12 Victorian fireplace, cast-iron effect with real tile slips, £45 + "
                + "postage.");
        Post k0 = say(4, "18:00", swTable, keziah, "Anyone know where to get 1:12 cake stands? Mine keep snapping.");
        re(4, "18:30", bronwen, k0, "Turned ones from the brass man at the fairs, or make them from buttons and a "
                + "bead stem.");
        re(4, "18:45", keziah, k0, "buttons, genius, thanks");
        say(5, "09:00", swTable, bronwen, "I'm off to the Kensington fair and then family, 2-4 July. Back "
                + "Thursday, won't be checking in till then.");
        // W27
        joins(8, "10:00", swAsks, jem);
        Post j1 = say(8, "10:10", swAsks, jem, "Hello! Can anyone recommend someone who makes 1:12 Georgian "
                + "furniture? Our house is a 1780s town house.");
        re(8, "10:40", primrose, j1, "Welcome Jem! Georgian is my favourite period. My range is here, chairs from "
                + "£28, bureaux £70: primroseadair.example/georgian");
        re(8, "11:00", bronwen, j1, "Primrose is lovely to work with, and Hal Rowntree does beautiful Georgian "
                + "clocks if you need one.");
        re(8, "11:20", jem, j1, "Thank you both!");
        Post r2 = say(9, "10:00", swAsks, rosalind, "@Bronwen Tate is the Victorian fireplace still available? It "
                + "would be perfect for the parlour");
        Post p1 = say(9, "11:00", swTable, primrose, "Finished the oak dresser carcass. Plate rack next.");
        re(9, "11:20", keziah, p1, "Nice. I made my first dresser in 2019 and I still have it on my shelf, I was "
                + "so proud of my carving. I'm doing my bakery range now though, my loaves are my best sellers.");
        re(9, "11:40", bronwen, p1, "Lovely grain on that oak");
        Post pr2 = say(10, "14:00", swAsks, primrose, "@Rosalind Hart sketch of the dresser attached, with the "
                + "plate rack and two cupboards. Does that look right?");
        re(10, "15:00", rosalind, pr2, "It's perfect. Can the knobs be brass?");
        re(10, "15:20", primrose, pr2, "Brass it is.");
        Post b1 = say(11, "09:00", swTable, bronwen, "Back from Kensington. Busy fair, sold out of fireplaces.");
        re(11, "09:20", keziah, b1, "I did Kensington in my first year and I sold all my bread baskets in an hour. "
                + "I'm doing it again next year with my whole bakery range, I've booked my table already.");
        re(11, "09:30", bronwen, r2, "Sorry Rosalind, only just back. It sold at the fair but I can make you "
                + "another, about three weeks?");
        re(11, "10:00", rosalind, r2, "Yes please Bronwen");
        Post p2 = say(12, "11:00", swTable, primrose, "How are people pricing postage now? The new rates ate my "
                + "margin on small pieces");
        re(12, "11:30", bronwen, p2, "I've gone to a flat £4.50 for anything boxed, tracked.");
        re(12, "11:50", primrose, p2, "That's sensible, I'll do the same.");
        re(12, "12:00", keziah, p2, "My postage is all in my price now. I worked out my costs in my spreadsheet and "
                + "I put my prices up in May, and my stall still sells out every time I do a fair.");
        Post lu2 = say(12, "16:00", swStall, bronwen, "Georgian hob grate, 1:12, £38 + postage.");
        re(13, "10:00", keziah, lu2, "I'm doing a hob grate for my own bakery kitchen next. My ovens are my "
                + "favourite thing I make, I spent a month on my first one and I still use my first jig.");
        Post r3 = say(13, "14:00", swAsks, rosalind, "Does anyone have tips for lighting a 1:12 house? Mine's "
                + "very dark");
        re(13, "14:30", primrose, r3, "Tiny LED strips under the cornices, battery pack in the loft. Much easier "
                + "than the old bulbs.");
        re(13, "14:50", rosalind, r3, "Thank you, will try that");
        Post b2 = say(14, "10:00", swTable, bronwen, "Made a tiny copper kettle this week, really pleased with it.");
        re(14, "10:30", keziah, b2, "I make my kettles in brass for my bakery scenes. I sell my kettle and pan sets "
                + "at my stall, I've made about forty of my sets this year.");
        // W28
        Post pr3 = say(16, "09:00", swAsks, primrose, "@Rosalind Hart your dresser's finished and posted, tracking "
                + "in your DMs.");
        re(16, "12:00", rosalind, pr3, "Oh wonderful, thank you!");
        say(17, "19:00", swAsks, lucian, "luciansminis.example/summer-sale 20% off all 1:12 chairs and dressers "
                + "this week only");
        Post r4 = say(18, "10:00", swAsks, rosalind, "@Primrose Adair the dresser is perfect. I bought the kitchen "
                + "table from you last spring too, and I've sent my sister to you for her own house!");
        re(18, "10:15", primrose, r4, "That's so kind Rosalind, thank you!");
        Post k1 = say(19, "15:00", swTable, keziah, "Anyone going to the Birmingham fair in September? Could share "
                + "a lift");
        re(19, "15:30", bronwen, k1, "I'm going! Happy to share");
        // more everyday chat
        Post p9 = say(3, "10:00", swTable, primrose, "What stain are people using on 1:12 oak? Mine goes orange");
        re(3, "10:30", bronwen, p9, "Spirit stain, diluted, and always test on the back.");
        re(3, "10:45", primrose, p9, "Spirit stain it is, thanks Bronwen");
        Post b9 = say(16, "14:00", swTable, bronwen, "Anyone know the table sizes at Birmingham this year?");
        re(16, "14:30", primrose, b9, "Six foot, same as last year, with a cloth.");
        re(16, "14:45", keziah, b9, "Six foot, and bring your own lights.");
        Post j9 = say(20, "11:00", swAsks, jem, "The town house has its first room furnished, thank you all for the "
                + "pointers");
        re(20, "11:30", primrose, j9, "It looks wonderful Jem!");
    }

    /**
     * G. Aftermarket Alley: Saffron answers Yusuf on fitting her Spitfire etch (days 3, 11); Nell answers Clemency's
     * request for correct 1/48 roundels with her own sheet and price (day 9). Quentin and Saffron talk decal film and
     * printers in #makers-only. On day 10 Torben posts five of his printed-parts links into #modellers-ask in eight
     * minutes, to nobody. Quentin posts his Spitfire sheet in #new-releases on day 2, and the same sheet page again as a
     * restock (day 15), "6 left" (day 17) and "last 2" (day 20). Yusuf tells Saffron on day 19 he sent his club to her.
     */
    private void aftermarketAlley() {
        Post q1 = say(1, "10:00", amMakers, quentin, "White ink on my ALPS is going patchy again. Anyone got a "
                + "source for new ribbons?");
        re(1, "10:40", saffron, q1, "The Dutch supplier still has them, slow post but genuine.");
        re(1, "11:00", quentin, q1, "Thanks Saffron, ordering a box");
        say(2, "18:00", amReleases, quentin, "New sheet: Spitfire Mk IX codes for 1/48, six schemes, £7.50: "
                + "avery-decals.example/spitfire-ix");
        Post y1 = say(3, "19:00", amAsk, yusuf, "@Saffron Mistry does your Spitfire etch fit the Eduard kit or only "
                + "the Airfix?");
        re(3, "19:30", saffron, y1, "Both, but on the Eduard you trim the seat rails by about half a mm.");
        re(3, "19:40", yusuf, y1, "Brilliant, that's what I needed");
        Post n1 = say(5, "11:00", amMakers, nell, "Has anyone's clear decal film started yellowing on the shelf? "
                + "Bought a pack in March");
        re(5, "11:20", torben, n1, "Keep it in a dark drawer, mine yellowed by the window.");
        re(5, "11:40", nell, n1, "It's by the window. Of course it is. Thanks");
        say(6, "09:00", amReleases, saffron, "New etch set: Hurricane Mk I cockpit, 1/48, £11: "
                + "saffronetch.example/hurricane");
        // W27
        Post q2 = say(8, "10:00", amMakers, quentin, "Is anyone else seeing the post office lose more small "
                + "letters? Two sheets gone this month");
        re(8, "10:30", nell, q2, "Three for me. I've switched to large letter with tracking over a tenner.");
        re(8, "10:45", quentin, q2, "Good idea, I'll do the same");
        joins(9, "09:00", amAsk, clemency);
        Post c1 = say(9, "09:10", amAsk, clemency, "Hi! Can anyone recommend decals for 1/48 RAF roundels in the "
                + "right 1940 shades? The kit ones are far too bright.");
        re(9, "09:40", nell, c1, "Mine are colour-matched to the 1940 standard, £6.50 a sheet: "
                + "nellvarga.example/raf-1940 . Quentin's codes go well with them too.");
        re(9, "10:00", clemency, c1, "Ordered, thanks Nell!");
        say(10, "14:00", amAsk, torben, "Sherman stowage set, 1/35: torbenprints.example/sherman-stowage");
        say(10, "14:02", amAsk, torben, "Panther zimmerit roller kit: torbenprints.example/zimmerit");
        say(10, "14:04", amAsk, torben, "Jerry can rack, 12 cans: torbenprints.example/jerry-cans");
        say(10, "14:06", amAsk, torben, "Tiger tool clamps, 1/35: torbenprints.example/tool-clamps");
        say(10, "14:08", amAsk, torben, "Road wheels for the StuG: torbenprints.example/stug-wheels");
        Post y2 = say(11, "19:00", amAsk, yusuf, "@Saffron Mistry what glue for the etch seatbelts? CA keeps "
                + "fogging the canopy");
        re(11, "19:20", saffron, y2, "Fit the belts before the canopy, and use a gel CA sparingly. Or PVA, it "
                + "holds etch fine.");
        re(11, "19:30", yusuf, y2, "Ah, canopy last. Thanks");
        Post t1 = say(12, "10:00", amMakers, torben, "Best resin for printing fine rivets? Standard grey is too "
                + "soft");
        re(12, "10:30", nell, t1, "The 8k grey is much crisper, a bit brittle though.");
        re(12, "10:40", torben, t1, "Worth trying, cheers");
        Post c2 = say(13, "18:00", amAsk, clemency, "Roundels are on and they look so much better! Any tips for "
                + "silvering?");
        re(13, "18:30", quentin, c2, "Gloss coat under, setting solution, then a pin prick on any silvered bit and "
                + "more solution.");
        re(13, "18:40", clemency, c2, "Will do that, thanks Quentin");
        // W28
        say(15, "09:00", amReleases, quentin, "Spitfire Mk IX sheet restocked: avery-decals.example/spitfire-ix");
        Post n2 = say(16, "10:00", amMakers, nell, "Anyone tried printing white on clear film with the new inkjet "
                + "inks? The rep swears it works");
        re(16, "10:30", quentin, n2, "Tried it, it's thin, needs two passes. ALPS still wins for white.");
        re(16, "10:50", saffron, n2, "Same here, fine for stencils, not for roundels.");
        say(17, "12:00", amReleases, quentin, "Spitfire Mk IX sheet, 6 left: avery-decals.example/spitfire-ix");
        Post y3 = say(19, "19:00", amAsk, yusuf, "@Saffron Mistry showed the Spitfire at my club and sent them all "
                + "your way, three of them are ordering the etch!");
        re(19, "19:15", saffron, y3, "That's so kind Yusuf, thank you!");
        say(20, "09:00", amReleases, quentin, "Last 2 Spitfire Mk IX sheets before the reprint: "
                + "avery-decals.example/spitfire-ix");
        Post c3 = say(20, "14:00", amAsk, clemency, "Does anyone make etch for a 1/48 Blenheim?");
        re(20, "14:30", saffron, c3, "Not me sadly, but the Czech etch brands did one, worth a search.");
        // more everyday chat
        Post y9 = say(4, "19:00", amAsk, yusuf, "Does anyone do 1/72 Lancaster squadron codes?");
        re(4, "19:30", quentin, y9, "Not me, but the Xtradecal sheets cover most squadrons.");
        Post s9 = say(18, "10:00", amMakers, saffron, "Anyone found a brass sheet supplier since the old one "
                + "closed?");
        re(18, "10:30", nell, s9, "The Sheffield metals place does 0.1mm in small sheets.");
        re(18, "10:45", torben, s9, "Same, they're good and quick.");
        Post c9 = say(19, "12:00", amAsk, clemency, "Spitfire finished! Roundels and codes look spot on.");
        re(19, "12:30", nell, c9, "That's a lovely finish Clemency");
    }

    /**
     * H. Scale &amp; Site: Petra asks Cormac by name on day 2 whether she could borrow his vacuum former on Thursday;
     * Cormac talks finishes and laser settings in #workshop on days 3 and 4 and answers her on day 9 ("sorry, missed
     * this"). Rhiannon builds Beatrix's planning-application model (days 1, 3, 10, 16) and talks shop with Petra and
     * Idris. Idris posts his availability and day rate in #jobs-and-cover (days 2, 16). Sabine, a museum curator, joins
     * on day 8 and asks about a Roman villa model; Petra asks about it; Idris replies "we help museums like yours, book
     * a 15-minute call" with his booking page. Leopold asks about a sales-suite model (day 11); Rhiannon and Petra
     * answer. Beatrix tells Rhiannon on day 17 she sent a fellow architect her way.
     */
    private void scaleAndSite() {
        Post b1 = say(1, "10:00", scEnquiries, beatrix, "@Rhiannon Tull could we have the planning model at 1:200 "
                + "rather than 1:500? The committee want to see the windows.");
        Post rb1 = re(1, "10:40", rhiannon, b1, "We can, Beatrix. It doubles the footprint to about 80cm, so the "
                + "case changes too. I'll revise the quote today.");
        re(1, "11:00", beatrix, rb1, "Thank you, that's fine");
        Post p1 = say(2, "09:00", scWorkshop, petra, "@Cormac Reilly could I borrow your vacuum former on Thursday? "
                + "Mine's died mid-job");
        say(2, "12:00", scJobs, idris, "Available from 9 July for laser cutting and assembly, £280 a day. DM me.");
        Post c1 = say(3, "10:00", scWorkshop, cormac, "Has anyone found a matt white that doesn't yellow under "
                + "museum lighting?");
        re(3, "10:30", rhiannon, c1, "The conservation-grade acrylic, two coats. Pricey but stable.");
        re(3, "10:45", cormac, c1, "Thanks, I'll order some");
        Post rb2 = say(3, "15:00", scEnquiries, rhiannon, "@Beatrix Shaw revised quote for 1:200 in your inbox. "
                + "Could I have the elevations as DWG?");
        re(3, "16:00", beatrix, rb2, "Sent over now");
        Post c2 = say(4, "11:00", scWorkshop, cormac, "What power are people using to score 3mm acrylic on a 60W "
                + "laser?");
        re(4, "11:30", idris, c2, "About 18% at 300mm/s for a score, but test on an offcut.");
        re(4, "11:45", cormac, c2, "Will test, ta Idris");
        Post r1 = say(5, "14:00", scWorkshop, rhiannon, "Are people charging for revisions after sign-off? Had a "
                + "third set of changes this week");
        re(5, "14:30", petra, r1, "One round included, then hourly. It's in my terms now.");
        re(5, "14:45", rhiannon, r1, "I'm going to do the same.");
        // W27
        joins(8, "09:00", scEnquiries, sabine);
        Post s1 = say(8, "09:10", scEnquiries, sabine, "Hello, I'm a curator at a small county museum. We'd like a "
                + "model of the Roman villa excavated nearby, for the gallery. Is that something people here take on?");
        re(8, "09:40", idris, s1, "Hi Sabine, we help museums like yours bring sites to life. Book a 15-minute call "
                + "and I'll talk you through it: idrisvaughan.example/book");
        Post ps = re(8, "10:10", petra, s1, "Welcome Sabine! Yes, that's lovely work. Do you have the excavation "
                + "plans, and do you want it as found or as reconstructed?");
        re(8, "10:30", sabine, ps, "Reconstructed, and yes, we have the plans.");
        re(9, "09:00", cormac, p1, "Petra, sorry, completely missed this. Of course, anytime, it's in the garage.");
        re(9, "09:20", petra, p1, "Thanks Cormac, sorted it in the end but good to know.");
        Post rb3 = say(10, "10:00", scEnquiries, rhiannon, "@Beatrix Shaw the base and contours are done, photos "
                + "attached. Massing goes on next week.");
        re(10, "11:00", beatrix, rb3, "Looks great, the committee will love it");
        Post l1 = say(11, "15:00", scEnquiries, leopold, "We need a sales-suite model for a block of 40 flats by "
                + "September. Is that enough time?");
        re(11, "15:30", rhiannon, l1, "Tight but doable if the drawings are fixed. Are the finishes signed off?");
        re(11, "15:50", petra, l1, "Agree with Rhiannon, fix the drawings first and allow for lighting.");
        re(11, "16:10", leopold, l1, "Drawings are fixed, finishes nearly. Thanks both");
        Post i1 = say(12, "10:00", scWorkshop, idris, "Anyone else's laser tube losing power after a year?");
        re(12, "10:30", cormac, i1, "Mine too, they don't last on cheap machines. Check the water temperature.");
        re(12, "10:45", idris, i1, "Water's warm, that'll be it.");
        // W28
        say(16, "09:00", scJobs, idris, "Free from 30 July for assembly and finishing cover, £280 a day. DM me.");
        Post rb4 = say(16, "14:00", scEnquiries, rhiannon, "@Beatrix Shaw model's cased and ready for the "
                + "committee. Shall I deliver Thursday?");
        re(16, "14:30", beatrix, rb4, "Thursday's perfect");
        Post b2 = say(17, "10:00", scEnquiries, beatrix, "@Rhiannon Tull the committee loved it! I've told my "
                + "colleague at Harper Lane Architects about you, she has a scheme coming up.");
        re(17, "10:20", rhiannon, b2, "Thank you Beatrix, that means a lot!");
        Post s2 = say(18, "11:00", scEnquiries, sabine, "How long does a museum model usually take to build?");
        re(18, "11:40", petra, s2, "For a villa with interiors, three to four months. Happy to send you examples "
                + "if it helps.");
        re(18, "12:00", sabine, s2, "That's helpful, thank you Petra");
        // more everyday chat
        Post p9 = say(6, "10:00", scJobs, petra, "Overflow job: a 1:100 house extension model for a planning "
                + "appeal, two weeks. Anyone free?");
        re(6, "10:30", cormac, p9, "I can take it, send me the drawings.");
        re(6, "10:45", petra, p9, "Sent, thanks Cormac");
        Post r9 = say(13, "11:00", scWorkshop, rhiannon, "What's everyone using for glazing at 1:200? Acetate "
                + "keeps cockling");
        re(13, "11:30", petra, r9, "0.5mm clear PETG, laser cut. Doesn't cockle.");
        Post c9 = say(19, "10:00", scWorkshop, cormac, "How do you price cases? Supplier's just gone up 20%");
        re(19, "10:30", idris, c9, "Pass it straight on with a small handling fee, and say so in the quote.");
        re(19, "10:45", rhiannon, c9, "Same, I list the case as its own line now.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes156Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 156");
    }
}
