package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 152 (sealed): eight communities of classic and vintage cars and the trades around them, of kinds no
 * earlier round used (coachbuilders and panel beaters, Wheel &amp; Hammer, with a shop room among themselves, a room
 * where owners ask and a panels-for-sale room, a panel beater who answers a newcomer's rust question with a price and
 * "DM me", and a coachbuilder who spends a week measuring a surviving 1950s coachbuilder's wooden body buck with fellow
 * coachbuilders to draw its lost sections while his own customer's weeping wing waits; classic car trimmers, Hood
 * &amp; Hide, with introductions, a trim room, an owners' room and a commissions room, a trimmer who scatters his
 * gallery link into three rooms and posts hood slots with a price in the owners' room, a trimmer away at a fair who
 * said so, and a newcomer fitting his own headlining who is helped three times and gives thanks and his finished
 * photo; a Triumph Herald and Vitesse owners' register where nobody sells, with a member who posts his rebuild diary,
 * a member who leaves a run question four days and a member who answers everyone with his own car; a classic wedding
 * car hire firm's own server, Ivory Ribbon, with its Team and Clients and a DM, a chauffeur who leaves a groom's
 * questions before his wedding and a booker who answers a Saturday question on Sunday night; a Morris Minor spares
 * shop's own server, Minor Matters, with its Staff and Customers and two DMs, a customer who refurbishes dynamos and
 * pitches a newcomer in the room and by DM, and a customer who asks two rooms to vote for his car; a classic car
 * show's volunteer crew, Stanway Park, where nobody sells, with a marshal rota posted weekly and a volunteer who
 * offers his detailing twice; chrome platers and brightwork restorers, Bright Work, with a plater who posts to nobody
 * for a week, a plater away who said so and a plater who drops his offer into the owners' room; and self-drive
 * classic car hire operators, Open Road, with a room where hirers ask and a fleet-for-sale room, an operator who
 * answers a newcomer's track-day question with his own priced track day and an operator who answers hirers with his
 * own fleet), over three ISO weeks (2035-W10 to W12), written and labelled by writer152 (session 68) before any coach
 * ran on them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-152.csv}. Run {@link #main} from
 * the project root to write the export again.
 */
final class HeldOutScenes152Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2035, 3, 5);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2035, 3, 26, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-152";
    private static final int BASE = 119600;

    // --- A. coachbuilders and panel beaters ---
    private final String wheel = cast.guild(1801);
    private final Channel whShop = cast.channel(wheel, "Wheel & Hammer", "the-shop",
            "panel beaters and coachbuilders among ourselves: metal, lead, wheels, pricing, the trade",
            "wh-the-shop.json");
    private final Channel whAsk = cast.channel(wheel, "Wheel & Hammer", "owners-ask",
            "classic car owners ask about bodywork, rust and repairs; members answer", "wh-owners-ask.json");
    private final Channel whSale = cast.channel(wheel, "Wheel & Hammer", "panels-for-sale",
            "members list repair panels and parts for sale: one post per item, price and pics",
            "wh-panels-for-sale.json");
    private final Persona cormac = cast.person("cormac.hale", "Cormac Hale");
    private final Persona bryony = cast.person("bryony.tasker", "Bryony Tasker");
    private final Persona lyle = cast.person("lyle.penrose", "Lyle Penrose");
    private final Persona ivo = cast.person("ivo.strand", "Ivo Strand");
    private final Persona dot = cast.person("dot.fairclough", "Dot Fairclough");
    private final Persona ashok = cast.person("ashok.mehra", "Ashok Mehra");
    private final Persona gail = cast.person("gail.munro", "Gail Munro");

    // --- B. classic car trimmers ---
    private final String hood = cast.guild(1802);
    private final Channel hhIntro = cast.channel(hood, "Hood & Hide", "introductions",
            "new here? introduce yourself and your car", "hh-introductions.json");
    private final Channel hhTrim = cast.channel(hood, "Hood & Hide", "trim-room",
            "trimmers among ourselves: hides, cloth, suppliers, prices, the trade", "hh-trim-room.json");
    private final Channel hhAsk = cast.channel(hood, "Hood & Hide", "owners-ask",
            "owners ask about hoods, seats, carpets and headlinings; trimmers answer", "hh-owners-ask.json");
    private final Channel hhComm = cast.channel(hood, "Hood & Hide", "commissions",
            "trimmers: post open slots and finished work here", "hh-commissions.json");
    private final Persona russell = cast.person("russell.amory", "Russell Amory");
    private final Persona maud = cast.person("maud.keeling", "Maud Keeling");
    private final Persona tobias = cast.person("tobias.wren", "Tobias Wren");
    private final Persona hester = cast.person("hester.lund", "Hester Lund");
    private final Persona clive = cast.person("clive.benbow", "Clive Benbow");
    private final Persona priti = cast.person("priti.sandhu", "Priti Sandhu");
    private final Persona jonty = cast.person("jonty.marsh", "Jonty Marsh");

    // --- C. Triumph Herald and Vitesse owners' register ---
    private final String herald = cast.guild(1803);
    private final Channel hvIntro = cast.channel(herald, "Herald & Vitesse Register", "introductions",
            "new members: say hello and tell us about your car", "hv-introductions.json");
    private final Channel hvTech = cast.channel(herald, "Herald & Vitesse Register", "tech-help",
            "questions and answers about keeping them on the road", "hv-tech-help.json");
    private final Channel hvBuild = cast.channel(herald, "Herald & Vitesse Register", "build-threads",
            "members' restoration diaries", "hv-build-threads.json");
    private final Channel hvRuns = cast.channel(herald, "Herald & Vitesse Register", "club-runs",
            "runs, meets and shows", "hv-club-runs.json");
    private final Persona alun = cast.person("alun.prosser", "Alun Prosser");
    private final Persona gethin = cast.person("gethin.rowlands", "Gethin Rowlands");
    private final Persona morag = cast.person("morag.innes", "Morag Innes");
    private final Persona pip = cast.person("pip.calloway", "Pip Calloway");
    private final Persona reuben = cast.person("reuben.hart", "Reuben Hart");
    private final Persona ffion = cast.person("ffion.teague", "Ffion Teague");

    // --- D. classic wedding car hire firm ---
    private final String ivory = cast.guild(1804);
    private final Role irTeam = cast.role("Team", "#8b6f47", 2);
    private final Role irClient = cast.role("Client", "#b0c4de", 1);
    private final Channel irNews = cast.channel(ivory, "Ivory Ribbon Wedding Cars", "news",
            "news from Ivory Ribbon", "ir-news.json");
    private final Channel irBook = cast.channel(ivory, "Ivory Ribbon Wedding Cars", "bookings-and-questions",
            "ask us anything about your booking", "ir-bookings-and-questions.json");
    private final Channel irDay = cast.channel(ivory, "Ivory Ribbon Wedding Cars", "on-the-day",
            "photos from weddings and chat", "ir-on-the-day.json");
    private final Persona leonie = cast.person("leonie.marsh", "Leonie Marsh", irTeam);
    private final Persona dougal = cast.person("dougal.pike", "Dougal Pike", irTeam);
    private final Persona keturah = cast.person("keturah.bell", "Keturah Bell", irTeam);
    private final Persona sian = cast.person("sian.gallagher", "Sian Gallagher", irClient);
    private final Persona marcus = cast.person("marcus.oyelaran", "Marcus Oyelaran", irClient);
    private final Persona fenella = cast.person("fenella.brooke", "Fenella Brooke", irClient);
    private final Persona rhodri = cast.person("rhodri.vaughan", "Rhodri Vaughan");
    private final Channel irDmSian = cast.dm(sian, "ir-dm-sian-gallagher.json");

    // --- E. Morris Minor spares shop ---
    private final String minor = cast.guild(1805);
    private final Role mmStaff = cast.role("Staff", "#2f4f4f", 2);
    private final Role mmCustomer = cast.role("Customer", "#cd853f", 1);
    private final Channel mmNews = cast.channel(minor, "Minor Matters Spares", "shop-news",
            "stock, opening hours and news from the shop", "mm-shop-news.json");
    private final Channel mmHelp = cast.channel(minor, "Minor Matters Spares", "parts-help",
            "which part do I need? ask here, staff and customers answer", "mm-parts-help.json");
    private final Channel mmChat = cast.channel(minor, "Minor Matters Spares", "minor-chat",
            "anything Morris Minor", "mm-minor-chat.json");
    private final Persona wilf = cast.person("wilf.garside", "Wilf Garside", mmStaff);
    private final Persona nadia = cast.person("nadia.boateng", "Nadia Boateng", mmStaff);
    private final Persona trevor = cast.person("trevor.skeet", "Trevor Skeet", mmCustomer);
    private final Persona elsie = cast.person("elsie.cartwright", "Elsie Cartwright", mmCustomer);
    private final Persona howard = cast.person("howard.pym", "Howard Pym", mmCustomer);
    private final Persona lorcan = cast.person("lorcan.devlin", "Lorcan Devlin", mmCustomer);
    private final Persona yasmin = cast.person("yasmin.khoury", "Yasmin Khoury");
    private final Channel mmDmElsie = cast.dm(elsie, "mm-dm-elsie-cartwright.json");
    private final Channel mmDmTrevor = cast.dm(trevor, "mm-dm-trevor-skeet.json");

    // --- F. classic car show volunteer crew ---
    private final String stanway = cast.guild(1806);
    private final Channel spCrew = cast.channel(stanway, "Stanway Park Classic Show Crew", "crew",
            "volunteers planning the May show", "sp-crew.json");
    private final Channel spRota = cast.channel(stanway, "Stanway Park Classic Show Crew", "marshal-rota",
            "volunteer shifts: sign up here", "sp-marshal-rota.json");
    private final Channel spGeneral = cast.channel(stanway, "Stanway Park Classic Show Crew", "general",
            "everything else", "sp-general.json");
    private final Persona cressida = cast.person("cressida.vale", "Cressida Vale");
    private final Persona rowan = cast.person("rowan.fitch", "Rowan Fitch");
    private final Persona bernard = cast.person("bernard.okafor", "Bernard Okafor");
    private final Persona lettie = cast.person("lettie.sharma", "Lettie Sharma");
    private final Persona dermot = cast.person("dermot.fry", "Dermot Fry");
    private final Persona imogen = cast.person("imogen.pascoe", "Imogen Pascoe");
    private final Persona nico = cast.person("nico.albescu", "Nico Albescu");

    // --- G. chrome platers and brightwork restorers ---
    private final String bright = cast.guild(1807);
    private final Channel bwBench = cast.channel(bright, "Bright Work", "platers-bench",
            "platers and polishers among ourselves: tanks, chemistry, pricing", "bw-platers-bench.json");
    private final Channel bwAsk = cast.channel(bright, "Bright Work", "owners-ask",
            "owners ask about bumpers, trim and badges; platers answer", "bw-owners-ask.json");
    private final Channel bwPrices = cast.channel(bright, "Bright Work", "price-lists",
            "platers post their price lists and turnaround times", "bw-price-lists.json");
    private final Persona neville = cast.person("neville.crouch", "Neville Crouch");
    private final Persona ottoline = cast.person("ottoline.graves", "Ottoline Graves");
    private final Persona sunil = cast.person("sunil.varma", "Sunil Varma");
    private final Persona kezia = cast.person("kezia.lamb", "Kezia Lamb");
    private final Persona gordon = cast.person("gordon.pell", "Gordon Pell");
    private final Persona bea = cast.person("bea.ashworth", "Bea Ashworth");
    private final Persona mungo = cast.person("mungo.reid", "Mungo Reid");

    // --- H. self-drive classic car hire operators ---
    private final String open = cast.guild(1808);
    private final Channel orLounge = cast.channel(open, "Open Road Classic Hire", "operators-lounge",
            "hire operators among ourselves: insurance, fleet, pricing", "or-operators-lounge.json");
    private final Channel orAsk = cast.channel(open, "Open Road Classic Hire", "hirers-ask",
            "thinking of hiring a classic? ask the operators here", "or-hirers-ask.json");
    private final Channel orFleet = cast.channel(open, "Open Road Classic Hire", "fleet-for-sale",
            "operators sell cars out of their fleets: one post per car", "or-fleet-for-sale.json");
    private final Persona fergus = cast.person("fergus.lyall", "Fergus Lyall");
    private final Persona juno = cast.person("juno.castellane", "Juno Castellane");
    private final Persona ptolemy = cast.person("ptolemy.briggs", "Ptolemy Briggs");
    private final Persona annika = cast.person("annika.sorensen", "Annika Sorensen");
    private final Persona cedric = cast.person("cedric.molyneux", "Cedric Molyneux");
    private final Persona rosalind = cast.person("rosalind.achebe", "Rosalind Achebe");

    HeldOutScenes152Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        wheelAndHammer();
        hoodAndHide();
        heraldRegister();
        ivoryRibbon();
        minorMatters();
        stanwayCrew();
        brightWork();
        openRoad();
    }

    /**
     * A. Wheel &amp; Hammer: Cormac answers his customer Dot's bubbling wing (day 1); Bryony helps Ashok's Spitfire boot
     * floor (days 2, 4); Lyle and Bryony list panels in #panels-for-sale (days 2, 6). On day 1 Ivo finds an old
     * coachbuilder's wooden buck in his late father's barn and on day 5 asks who will help measure it. Days 8-13 all of
     * Cormac's messages are with Ivo, Lyle and Bryony, measuring the buck and drawing its sections, while Dot asks him
     * by name on day 9 (the wing weeps now) and chases on day 11; he answers her on day 15 with an apology. Gail joins
     * on day 8 asking whether she can treat her Riley's rear arches herself; Lyle answers with a price and "DM me",
     * Bryony with advice, and on day 11 offers to look at it; Gail books with her on day 17.
     */
    private void wheelAndHammer() {
        Post iv1 = say(1, "09:10", whShop, ivo, "Found the old Abbott of Farnham buck for the drophead in my late dad's "
                + "barn. Half the formers are loose but it's all there.");
        re(1, "09:25", bryony, iv1, "No way. Photos please!!");
        Post co1 = re(1, "09:40", cormac, iv1, "That's the only one I've ever heard of surviving. Can you get "
                + "measurements off it before it dries out any more?");
        re(1, "10:05", ivo, co1, "That's the plan, could do with a few hands though.");
        Post dt1 = say(1, "14:00", whAsk, dot, "@Cormac Hale the nearside wing you made for my Healey last spring has a "
                + "tiny bubble starting by the headlamp bowl. Anything I should do before the show season?");
        Post coDt = re(1, "14:40", cormac, dt1, "Hi Dot, sounds like moisture getting in behind the bowl seal. Pull "
                + "the bowl, dry it out, bit of cavity wax in the seam. If it's through the paint bring it in and I'll "
                + "look at it, no charge.");
        re(1, "15:00", dot, coDt, "Brilliant, thank you Cormac!");
        say(2, "10:00", whSale, lyle, "Pair of MGB outer sills, steel, made on the wheel and edge-rolled, £180 the pair "
                + "plus postage. Pics: lylepenrose.example/sills");
        Post as1 = say(2, "16:00", whAsk, ashok, "Spitfire boot floor has gone like lace. Repair section or a whole new "
                + "floor? Not fussed about concours, just want it solid.");
        Post brAs = re(2, "16:30", bryony, as1, "If the rails are sound a repair section is fine. Cut back to clean "
                + "metal and butt-weld it, don't lap it or you'll trap water.");
        re(2, "17:10", ashok, brAs, "Cheers Bryony, rails look ok so I'll go that way.");
        Post ly1 = say(3, "08:45", whShop, lyle, "What are people charging for lead loading these days? I'm still at "
                + "£45 an hour and feel like a mug");
        re(3, "09:00", bryony, ly1, "£55 here and nobody's blinked.");
        re(3, "09:30", cormac, ly1, "£60, lead's gone up again.");
        Post as2 = say(4, "11:00", whAsk, ashok, "@Bryony Tasker one more, MIG for the butt weld or should I learn gas?");
        re(4, "11:20", bryony, as2, "MIG's fine, just stitch it and let it cool between runs or it'll warp.");
        Post iv2 = say(5, "19:00", whShop, ivo, "Right, I want to loan the buck round. Who's in? I want a proper set of "
                + "section drawings so it's never lost again.");
        re(5, "19:15", cormac, iv2, "In. I'll take it first if you like, the long bench is free.");
        re(5, "19:20", lyle, iv2, "I'll do the tail section");
        re(5, "19:45", bryony, iv2, "Count me in for the doors.");
        say(6, "12:00", whSale, bryony, "Morris Minor front wing repair sections, two left, £38 each, collection from "
                + "Stroud or post at cost.");
        // W11
        Post co2 = say(8, "08:30", whShop, cormac, "Buck's on my bench. First five formers measured, plotting them on "
                + "the big sheet tonight.");
        Post ivCo = re(8, "08:50", ivo, co2, "Good man. Watch former 3, it's been re-glued at some point.");
        re(8, "09:05", cormac, ivCo, "Spotted that, it's 2mm proud. I'll note it rather than fix it.");
        joins(8, "09:20", whAsk, gail);
        Post ga1 = say(8, "09:30", whAsk, gail, "Hi all, just bought a 1962 Riley and both rear arches have rust. Is "
                + "this something I can treat myself or am I kidding myself? Total beginner.");
        re(8, "10:00", lyle, ga1, "Rear arches on those go right through, you'll want new metal. I can do both arches "
                + "for £650, DM me.");
        Post brGa = re(8, "10:20", bryony, ga1, "Welcome Gail! Poke it with a screwdriver first. If it goes through it "
                + "needs cutting out, if it's just surface then wire brush, rust converter and seal it. Post pics and "
                + "we'll tell you which.");
        re(8, "10:45", gail, brGa, "Thanks Bryony, will do at the weekend");
        Post dt2 = say(9, "11:00", whAsk, dot, "@Cormac Hale sorry to bother you again, the bubble's opened up and "
                + "there's a brown weep at the bottom of the wing. Can I bring it in next week?");
        Post co3 = say(9, "20:00", whShop, cormac, "Formers 6 to 11 done. The waist line dips 4mm on the nearside, did "
                + "Abbott do that on purpose?");
        Post ivCo2 = re(9, "20:20", ivo, co3, "They did, it's the door shut line. Don't correct it!");
        re(9, "20:25", lyle, co3, "Ha, I'd have corrected it");
        re(9, "20:40", cormac, ivCo2, "Wouldn't dare. Drawing it as found.");
        Post co4 = say(10, "18:30", whShop, cormac, "@Lyle Penrose tail section's yours from Saturday, I'll run it over "
                + "in the van.");
        Post lyCo = re(10, "18:50", lyle, co4, "Perfect, bench will be clear by then");
        re(10, "19:00", cormac, lyCo, "Bring a blanket for it, the rear formers are fragile.");
        say(11, "09:00", whAsk, dot, "@Cormac Hale just bumping this, the show's on 7 April and I'd rather not take "
                + "it with a weeping wing.");
        Post co5 = say(11, "13:00", whShop, cormac, "Drawings for the front half are scanned, shared folder is up for "
                + "all of us.");
        Post brCo = re(11, "13:20", bryony, co5, "Those are gorgeous. Can I come and see it before it goes to Lyle?");
        re(11, "13:35", cormac, brCo, "Course, Friday afternoon?");
        co5.react("🔥", ivo, lyle);
        Post ga2 = say(11, "15:00", whAsk, gail, "Screwdriver went straight through on the nearside, offside is just "
                + "surface. Photos: imgbox.example/riley-arches");
        Post brGa2 = re(11, "15:30", bryony, ga2, "Nearside needs a repair section, offside you can treat. The Riley "
                + "Register sells the section. If you want someone to do the nearside I'm in Stroud, happy to have a "
                + "look at it.");
        re(11, "15:50", gail, brGa2, "Stroud's 20 min from me! I'll message you.");
        Post co6 = say(12, "17:00", whShop, cormac, "Handed over to Lyle. Forty-one sections so far, what a week.");
        re(12, "17:20", ivo, co6, "Thank you all. Dad would be chuffed.");
        re(12, "17:40", cormac, co6, "@Ivo Strand he would. It's a lovely bit of work, that buck.");
        say(13, "10:00", whShop, lyle, "Tail's measured, scanning tomorrow.");
        Post co7 = say(13, "18:00", whShop, cormac, "Anyone got a spare planishing hammer face? Mine's chipped.");
        Post brCo2 = re(13, "18:20", bryony, co7, "Got one, yours for nothing, I'll bring it Friday");
        re(13, "18:30", cormac, brCo2, "Legend, ta.");
        // W12
        Post coDt2 = re(15, "08:30", cormac, dt2, "Dot I'm so sorry, I've had my head in a project all week and missed "
                + "both of these. Bring it Tuesday and I'll have it right well before the 7th.");
        re(15, "09:00", dot, coDt2, "Thanks Cormac, Tuesday it is.");
        say(16, "12:00", whShop, lyle, "Tail drawings in the folder, over to @Bryony Tasker for the doors.");
        Post ga3 = say(17, "10:00", whAsk, gail, "Booked in with Bryony for the nearside arch, and I've done the offside "
                + "myself! Thanks everyone.");
        ga3.react("👏", bryony, ashok, dot);
        say(18, "14:00", whSale, lyle, "Riley rear arch repair sections, made to order, £95 each.");
        Post as3 = say(19, "16:00", whAsk, ashok, "Boot floor done and painted, thanks @Bryony Tasker for the steer.");
        re(19, "16:30", bryony, as3, "Looks spot on, nice welding.");
        say(20, "11:00", whShop, ivo, "Buck back together and under a cover. Thanks to all three of you.");
        Post by1 = say(6, "20:00", whShop, bryony, "Picked up a Victorian English wheel at a farm sale, frame's cast "
                + "iron and it weighs a ton.");
        re(6, "20:20", lyle, by1, "Jealous. What anvils came with it?");
        re(6, "20:45", bryony, by1, "Four, one cracked. Still a bargain at £300.");
        re(7, "09:00", ivo, by1, "Cracked ones can be brazed, bring it round sometime.");
        Post as4 = say(16, "18:00", whAsk, ashok, "What seam sealer do people use on a boot floor, brush-on or gun?");
        re(16, "18:30", lyle, as4, "Brush-on for a factory look, the gun stuff for anything you won't see.");
        re(16, "18:45", ashok, as4, "Brush-on then, ta.");
        Post dt3 = say(18, "19:00", whAsk, dot, "Healey's back and the wing looks perfect, thank you @Cormac Hale.");
        re(18, "19:20", cormac, dt3, "Pleasure Dot, sorry again for the wait. Enjoy the show.");
        Post ga4 = say(20, "18:00", whAsk, gail, "Rust converter question, how long before I can paint over it?");
        re(20, "18:30", bryony, ga4, "24 hours at least, longer if the garage is cold.");
    }

    /**
     * B. Hood &amp; Hide: Jonty joins and introduces his Rover P5 (day 1). On day 2 Russell posts "check out my latest
     * work" with his gallery link in #trim-room, #owners-ask and #commissions within nine minutes; on day 4 he posts
     * two hood slots at £900 with "DM me" in #owners-ask. Maud answers Jonty's headlining question with the club's
     * guide (day 2) and Priti's split seat with her price (day 5). Tobias says on day 6 he is at a fair in Essen days
     * 8-10; Clive asks him on day 8 and he answers on day 11. Jonty is helped by Maud (days 8, 11) and Hester (day 9),
     * says only thanks, answers Maud's colour question and shows his finished headlining on day 12. Maud posts her May
     * slots in #commissions (day 15); Priti says on day 16 she sent her brother-in-law to Maud.
     */
    private void hoodAndHide() {
        joins(1, "18:00", hhIntro, jonty);
        Post jo1 = say(1, "18:05", hhIntro, jonty, "Hi all, Jonty here. I've got a 1967 Rover P5 coupé and the "
                + "headlining is literally falling on my head. Here to learn!");
        re(1, "18:30", maud, jo1, "Welcome Jonty! Lovely cars those.");
        re(1, "19:00", clive, jo1, "Welcome aboard, post some pics of her");
        say(2, "10:00", hhTrim, russell, "Check out my latest work, full retrim on a Jag Mk2 in biscuit hide: "
                + "russellamory.example/gallery");
        say(2, "10:04", hhAsk, russell, "Check out my latest work, Jag Mk2 retrim: russellamory.example/gallery");
        say(2, "10:09", hhComm, russell, "Latest work, Jag Mk2 in biscuit: russellamory.example/gallery");
        Post jo2 = say(2, "12:00", hhAsk, jonty, "What's involved in replacing a P5 headlining? Is it a DIY job or "
                + "should I leave it to a pro?");
        Post maJo = re(2, "12:40", maud, jo2, "Doable but fiddly. The bows have to come out in order, number them as you "
                + "go. The P5 club wrote a good guide: p5club.example/headlining. If you get stuck shout.");
        re(2, "13:00", jonty, maJo, "Thanks Maud, that's brilliant");
        Post he1 = say(3, "09:00", hhTrim, hester, "Hide's up again, my supplier wants £310 a hide now.");
        re(3, "09:20", tobias, he1, "I've switched to the Scottish tannery, £270 and better grain.");
        re(3, "09:45", maud, he1, "Same here Hester, I've had to put my seat prices up.");
        re(3, "10:10", russell, he1, "Ouch. Does the Scottish lot do vat-dyed?");
        Post ru2 = say(4, "10:00", hhAsk, russell, "Two hood slots open for April, £900 fitted for MGB and Midget, DM "
                + "me.");
        Post clRu = re(4, "10:30", clive, ru2, "Any chance you do TR hoods?");
        re(4, "11:00", russell, clRu, "Yes, same price");
        Post pr1 = say(5, "15:00", hhAsk, priti, "@Maud Keeling are you still doing seat repairs? My Spitfire driver's "
                + "seat has split along the bolster.");
        Post maPr = re(5, "15:30", maud, pr1, "Yes! Send me a photo. A bolster repair is usually £85 a seat.");
        re(5, "15:45", priti, maPr, "Will do tonight, thank you.");
        say(6, "17:00", hhTrim, tobias, "Heads up, I'm at Techno Classica in Essen Mon to Wed next week, no signal in "
                + "the halls. Back Thursday.");
        // W11
        Post cl1 = say(8, "09:00", hhAsk, clive, "@Tobias Wren did you ever get that TR4 hood frame straight? No rush.");
        Post jo3 = say(8, "19:00", hhAsk, jonty, "Old headlining's out! What glue for the new one, contact adhesive?");
        Post maJo2 = re(8, "19:30", maud, jo3, "High-temp spray contact, not the tin stuff. Only glue the edges and the "
                + "front and back, the bows hold the rest.");
        re(8, "19:40", jonty, maJo2, "thanks");
        say(9, "12:00", hhComm, russell, "Finished this week: MGB hood in black double-duck.").react("👍", hester);
        Post jo4 = say(9, "20:00", hhAsk, jonty, "The middle bow won't come out of its socket, it's stuck fast.");
        Post heJo = re(9, "20:30", hester, jo4, "Heat the socket with a hairdryer and twist, don't pull. They rust in "
                + "on the P5s.");
        re(9, "21:00", jonty, heJo, "ok ta");
        Post ma1 = say(10, "11:00", hhTrim, maud, "Anyone know a good supplier of Wilton carpet for Triumphs?");
        re(10, "11:30", russell, ma1, "Newtons, ask for Pat.");
        re(10, "12:00", hester, ma1, "Second Newtons.");
        re(11, "08:40", tobias, cl1, "Back now Clive, frame's straight, ready Saturday.");
        Post jo5 = say(11, "13:00", hhAsk, jonty, "Nearly there. How do I get it neat round the rear window?");
        Post maJo3 = re(11, "14:00", maud, jo5, "Relief cuts every inch, then tuck it under the rubber. What colour did "
                + "you go for in the end?");
        re(11, "14:20", jonty, maJo3, "thanks!!");
        Post jo6 = re(12, "12:00", jonty, maJo3, "Went with the original light grey. All done, photo: "
                + "imgbox.example/p5-headlining couldn't have done it without you all.");
        jo6.react("😍", maud, hester, clive);
        say(13, "10:00", hhTrim, hester, "Mohair's back in stock at Hartley's if anyone was waiting.");
        // W12
        say(15, "09:00", hhComm, maud, "Slots open for May: seats, hoods and headlinings. Quotes by message.");
        Post pr2 = say(16, "18:00", hhAsk, priti, "Seat's back in and it's perfect, thanks Maud. I've sent my "
                + "brother-in-law your way for his Herald.");
        re(16, "18:20", maud, pr2, "Oh thank you Priti, that's so kind!");
        Post cl2 = say(17, "10:00", hhAsk, clive, "Anyone know how to stop a vinyl hood rear screen going cloudy?");
        re(17, "10:30", russell, cl2, "Plastic polish by hand, never anything with alcohol in it.");
        re(17, "10:45", clive, cl2, "Cheers Russell");
        say(18, "11:00", hhTrim, tobias, "Essen was good btw, picked up two Vitesse door cards for nothing.");
        say(20, "14:00", hhAsk, jonty, "Next job is the carpets. Is it worth buying a kit or making my own?");
        say(20, "15:00", hhAsk, maud, "A kit for a P5, the moulded tunnel is hard to do at home.");
        Post cl0 = say(6, "10:00", hhAsk, clive, "Mohair or double-duck for a TR4 hood? Car lives outside.");
        re(6, "10:30", hester, cl0, "Double-duck if it lives outside, mohair looks lovely but hates rain.");
        re(6, "10:50", clive, cl0, "Double-duck it is then.");
        Post ho9 = say(19, "09:00", hhTrim, hester, "Has anyone tried the new hood-stick covers from Hartley's?");
        re(19, "09:30", maud, ho9, "Yes, they're good, a bit short for Triumph bows though.");
        re(19, "10:00", tobias, ho9, "Same, I add an inch when cutting.");
        Post pr3 = say(19, "17:00", hhAsk, priti, "Any tips for cleaning a vinyl dash top?");
        re(19, "17:30", hester, pr3, "Warm water and a drop of washing-up liquid, then a vinyl dressing, nothing "
                + "shiny.");
        re(19, "17:45", priti, pr3, "Thanks Hester");
        re(20, "15:20", jonty, pr3, "What Hester said, did mine last week and it came up lovely.");
        say(21, "12:00", hhTrim, russell, "Quiet week here, anyone else?");
    }

    /**
     * C. Herald &amp; Vitesse Register (nobody sells): Alun answers Morag's and Pip's questions with the workshop manual
     * pages they ask for (days 2, 4); Gethin starts his Vitesse rebuild diary (day 3) and in W11 posts ten updates to
     * #build-threads (days 8-14), answering two comments. Ffion joins on day 8, introduces her Herald 13/60, is helped
     * by Alun and Morag and answers Reuben's question on day 12. Morag asks Reuben by name on day 9 about the Easter run
     * route and bumps it on day 11; he posts about his own car on day 10 and answers her on day 13. In W12 Pip answers
     * Morag's, Ffion's, Alun's, Gethin's and Reuben's posts with his own Vitesse (days 15-20).
     */
    private void heraldRegister() {
        Post mo1 = say(2, "19:00", hvTech, morag, "Is there a torque figure for the Herald trunnions anywhere? My manual's "
                + "missing that page.");
        Post alMo = re(2, "19:30", alun, mo1, "It's in the factory manual, page 6-12: heraldregister.example/manual/"
                + "trunnions. And use oil in them, not grease.");
        re(2, "19:45", morag, alMo, "Star, thank you Alun.");
        say(3, "10:00", hvBuild, gethin, "Starting my Vitesse 2-litre thread. Body's off the chassis as of Saturday, "
                + "chassis is better than I feared. Photos: imgbox.example/vitesse-day1");
        Post pi1 = say(4, "20:00", hvTech, pip, "Does anyone have the wiring diagram for a Mk2 Vitesse overdrive?");
        Post alPi = re(4, "20:20", alun, pi1, "Here you go: heraldregister.example/manual/od-wiring and the relay "
                + "version is on the next page.");
        re(4, "20:35", pip, alPi, "Perfect, thanks.");
        Post al1 = say(5, "18:00", hvRuns, alun, "Easter run is on, starting from the Black Horse at 10. Route to "
                + "follow.");
        re(5, "18:30", morag, al1, "Yesss, count me in.");
        re(5, "19:00", reuben, al1, "I'll plan the route if you like.");
        say(6, "11:00", hvTech, reuben, "Anyone run a Herald on E10 long term? Any issues with the seals?");
        say(6, "11:40", hvTech, alun, "Fine on mine with new hoses, just don't leave it sat with E10 in for months.");
        // W11
        say(8, "08:00", hvBuild, gethin, "Chassis is at the blasters. Nothing to do but clean parts tonight.");
        joins(8, "09:00", hvIntro, ffion);
        Post ff1 = say(8, "09:10", hvIntro, ffion, "Hello! Ffion from Bridgend, just bought a 1970 Herald 13/60 in "
                + "Jasmine yellow. First classic, first everything.");
        re(8, "09:30", alun, ff1, "Croeso Ffion! Jasmine is a great colour.");
        re(8, "10:00", morag, ff1, "Welcome! You'll love it.");
        say(8, "21:00", hvBuild, gethin, "Stripped the diff tonight. Crown wheel is fine, pinion bearing is shot.");
        Post mo2 = say(9, "10:00", hvRuns, morag, "@Reuben Hart have you got the Easter route yet? Want to check it "
                + "misses the ford for the low cars.");
        Post ge3 = say(9, "20:30", hvBuild, gethin, "Ordered bearings, seals and a new gaiter kit. Diff rebuild "
                + "next weekend.");
        Post alGe = re(9, "21:00", alun, ge3, "Get the shims measured before you order, the kit ones are never right.");
        re(9, "21:15", gethin, alGe, "Good shout, will do.");
        Post ff2 = say(9, "12:00", hvTech, ffion, "My Herald's temperature gauge sits right on cold even after a "
                + "long drive. Gauge or sender?");
        re(9, "12:30", alun, ff2, "Earth the sender wire, if the needle shoots up it's the sender. £12 new.");
        say(10, "18:00", hvBuild, gethin, "Chassis back from the blasters. Two small patches needed at the rear "
                + "outriggers.");
        say(10, "19:00", hvTech, reuben, "Just fitted a spin-on oil filter adapter to mine, so much cleaner.");
        say(10, "21:00", hvBuild, gethin, "Outriggers cut out, new ones tacked in.");
        say(11, "08:30", hvRuns, morag, "@Reuben Hart bumping this, the route sheet goes to print on Friday.");
        say(11, "15:00", hvBuild, gethin, "Outriggers fully welded. Chassis in primer tonight.");
        Post ff3 = say(11, "16:00", hvTech, ffion, "It was the sender! Thanks Alun. Now the indicators flash really "
                + "slowly.");
        re(11, "16:30", morag, ff3, "Flasher unit, or a bad earth at the front lamps. Try the earths first.");
        say(12, "20:00", hvBuild, gethin, "Chassis in satin black. Looks like new.");
        Post ge8 = say(12, "20:05", hvBuild, gethin, "Rear springs off for refurb, one leaf cracked.");
        re(12, "20:40", pip, ge8, "Mine cracked at the same place, it's a known spot.");
        Post re1 = say(12, "09:00", hvTech, reuben, "Does anyone know if a 13/60 dash fits a Mk1 Herald?");
        re(12, "11:00", ffion, re1, "Mine's a 13/60 and the seller said it came out of a Mk1 originally, the dash bolts "
                + "are different, he had to drill two new holes.");
        say(13, "07:30", hvRuns, reuben, "@Morag Innes sorry, route's done, it skips the ford. "
                + "heraldregister.example/easter-route");
        say(13, "19:00", hvBuild, gethin, "Diff rebuilt and shimmed. Quiet as anything on the bench.");
        say(14, "16:00", hvBuild, gethin, "Running gear back on the chassis. Rolling chassis by next week!");
        // W12
        Post mo3 = say(15, "09:00", hvTech, morag, "Got my Herald through its first MOT in years, no advisories!");
        re(15, "09:40", pip, mo3, "Nice one. My Vitesse got through mine last month, I did all my own prep and my "
                + "tester said it was the cleanest underside he'd seen all year. I'd spent weeks on mine.");
        Post ff4 = say(16, "12:00", hvTech, ffion, "Indicators sorted, it was the front earth. Thank you Morag!");
        re(16, "12:30", pip, ff4, "I had that on my Vitesse, I rewired my whole front loom in the end and I've "
                + "never had a fault since. I made my own earth strap too.");
        Post al2 = say(17, "18:00", hvRuns, alun, "Easter run: 14 cars so far. Sign-ups close Friday.");
        re(17, "18:30", pip, al2, "I'll bring my Vitesse, I've just had my carbs balanced so I'm hoping mine is "
                + "the quickest up the hill. I'll be at the front with my wife.");
        Post ge9 = say(18, "20:00", hvBuild, gethin, "Rolling chassis! Body goes back on next month.");
        re(18, "20:20", pip, ge9, "When I did my body-off I used my own home-made spit, I still have it in my garage, "
                + "I built it from my old scaffold poles.");
        Post re2 = say(19, "10:00", hvTech, reuben, "Which coil do people use with electronic ignition?");
        re(19, "10:30", pip, re2, "I run a Lucas Sports coil on my Vitesse with my own Pertronix kit, I fitted it "
                + "myself and I've done 4,000 miles on it with my trailer on the back.");
        say(20, "09:00", hvRuns, morag, "Route sheets printed. See you all at the Black Horse.");
        Post ff5 = say(20, "11:00", hvIntro, ffion, "Took my Herald to work today for the first time!");
        re(20, "11:20", pip, ff5, "I drive my Vitesse to work most days, I did my first commute in mine in 2019 and "
                + "I haven't looked back, I love my old car more than my new one.");
        re(20, "12:00", alun, ff5, "Brilliant, that's what they're for.");
        say(1, "09:00", hvRuns, alun, "Spring meet dates are on the calendar, first one is the Easter run.");
        Post mo0 = say(7, "14:00", hvTech, morag, "New trunnions in, steering feels like a different car.");
        re(7, "14:30", reuben, mo0, "They really do transform it.");
        re(7, "14:40", morag, mo0, "Should have done it years ago.");
        Post al3 = say(21, "18:00", hvRuns, alun, "Easter run sign-ups closed, 19 cars. Thanks all.");
        re(21, "18:20", morag, al3, "Fab, see you there.");
        re(21, "18:30", ffion, al3, "My first run! Bit nervous.");
        re(21, "18:45", reuben, al3, "@Ffion Teague you'll be fine, we go slow and stop for cake.");
        re(21, "19:00", ffion, al3, "Cake I can do");
        say(21, "19:30", hvBuild, gethin, "Body's coming back from paint on Wednesday, pics then.");
        say(21, "20:00", hvTech, reuben, "Pertronix in, starts first turn now. Thanks for the coil tip.");
    }

    /**
     * D. Ivory Ribbon Wedding Cars (the firm's own server; Team: Leonie (owner), Dougal (chauffeur), Keturah (bookings);
     * Client: Sian, Marcus, Fenella; Rhodri joins day 8): Leonie posts news in #news (days 1, 8, 15). Keturah answers
     * Sian (day 2); Fenella asks Keturah on Saturday day 6 at 19:00 about the deposit and Keturah answers on Sunday day 7
     * at 21:30 with an apology (a wedding that day). Marcus, married on day 13, asks Dougal by name on day 8 about the
     * ribbon colour and the route and chases on day 10, while Dougal chats in #on-the-day on days 9-11; Keturah answers
     * Marcus on day 11 and Dougal apologises on day 12. Rhodri's enquiry (day 8) gets Leonie's price and booking page.
     * Sian DMs Leonie on day 16 that she sent her cousin their way; Leonie thanks her within the hour.
     */
    private void ivoryRibbon() {
        say(1, "09:00", irNews, leonie, "Our 1936 Austin 18 Windsor is back from her winter service and ready for the "
                + "season!").react("😍", sian, fenella);
        Post si1 = say(2, "13:00", irBook, sian, "Hi, can we have the bridesmaids' car wait at the church until the "
                + "photos are done?");
        Post keSi = re(2, "13:30", keturah, si1, "Of course Sian, the driver waits up to 90 minutes, all included.");
        re(2, "13:40", sian, keSi, "Perfect, thanks!");
        Post dg1 = say(3, "17:00", irDay, dougal, "Windsor looking her best after a polish today.");
        dg1.react("🔥", leonie, marcus);
        Post mc1 = say(4, "12:00", irBook, marcus, "Just confirmed our booking for the 17th, can't wait!");
        re(4, "12:20", leonie, mc1, "Wonderful, thank you Marcus!");
        Post fe1 = say(6, "19:00", irBook, fenella, "@Keturah Bell does the second half of the deposit have to be in "
                + "by the end of this month, or 8 weeks before the day?");
        Post keFe = re(7, "21:30", keturah, fe1, "So sorry Fenella, we had a wedding all day yesterday. 8 weeks before "
                + "the day, so no rush at all.");
        re(7, "21:45", fenella, keFe, "No problem, thanks!");
        // W11
        say(8, "09:00", irNews, leonie, "We've added a 1958 Bentley S1 to the fleet, first wedding in her is 5 April.");
        Post mc2 = say(8, "10:00", irBook, marcus, "@Dougal Pike you're our driver on Saturday 17th! Could we have "
                + "ivory ribbons rather than white, and can you go the long way round by the river after the church?");
        joins(8, "11:00", irBook, rhodri);
        Post rh1 = say(8, "11:10", irBook, rhodri, "Hi, how much is a car for a wedding in Chepstow on 20 September, "
                + "ceremony and reception about 5 miles apart?");
        Post leRh = re(8, "11:40", leonie, rh1, "Hi Rhodri, welcome! The Windsor is £495 for that, the Bentley £595, "
                + "both with the driver and ribbons. You can book here: ivoryribbon.example/book");
        re(8, "12:00", rhodri, leRh, "Thank you, will talk to my fiancée.");
        Post sn1 = say(9, "15:00", irDay, sian, "Our photos came back! The car looks incredible in them.");
        re(9, "15:30", dougal, sn1, "You both looked amazing, it was a lovely day to drive.");
        re(9, "16:00", leonie, sn1, "Beautiful, Sian!");
        say(10, "09:30", irBook, marcus, "@Dougal Pike sorry to chase, just need to know about the ribbons and the "
                + "river by Friday so we can tell the photographer.");
        Post fe2 = say(10, "14:00", irDay, fenella, "Went to see the Bentley at the open day, wow.");
        re(10, "14:20", dougal, fe2, "Wait till you hear the engine.");
        Post le2 = say(11, "10:00", irDay, leonie, "Throwback to last June at Tintern.");
        re(11, "10:30", dougal, le2, "My favourite day last year that.");
        re(11, "11:00", keturah, mc2, "Hi Marcus, ivory ribbons are no problem and the river road is fine, it adds ten "
                + "minutes. I'll let Dougal know.");
        re(11, "11:30", marcus, mc2, "Thanks Keturah, that's a relief.");
        re(12, "08:00", dougal, mc2, "Marcus I'm really sorry, I missed your messages. All sorted as Keturah said, "
                + "see you Saturday.");
        Post mc3 = say(14, "10:00", irDay, marcus, "Best day ever, thank you Dougal and everyone!");
        mc3.react("❤️", leonie, dougal, keturah);
        // W12
        say(15, "09:00", irNews, leonie, "Thank you to our March couples, eleven weddings and not one drop of rain.");
        say(16, "19:00", irDmSian, sian, "Hi Leonie, my cousin's getting married in August, I've sent her your way, "
                + "hope that's ok!");
        say(16, "19:30", irDmSian, leonie, "That's so lovely of you Sian, thank you. I'll look after her.");
        Post rh2 = say(17, "10:00", irBook, rhodri, "We've booked the Bentley! Can the driver wear a grey suit "
                + "rather than black?");
        re(17, "10:20", keturah, rh2, "Congratulations! Yes, just note it on the form.");
        Post fe3 = say(18, "16:00", irBook, fenella, "Can we put a 'just married' sign on the back?");
        re(18, "16:30", dougal, fe3, "Yes, we've got a nice wooden one you can borrow.");
        re(18, "16:45", fenella, fe3, "Aw perfect");
        say(19, "12:00", irDay, dougal, "Bentley's first run out with ribbons on today.").react("😍", fenella, rhodri);
        Post fe0 = say(5, "11:00", irBook, fenella, "Is the Windsor available in any colour other than ivory?");
        re(5, "11:20", leonie, fe0, "Only ivory I'm afraid, but we can do any ribbon colour you like.");
        re(5, "11:30", fenella, fe0, "Ivory's lovely anyway!");
        Post si2 = say(20, "17:00", irDay, sian, "A year ago today! Still our favourite photo.");
        re(20, "17:20", leonie, si2, "Happy anniversary you two!");
        re(20, "17:40", dougal, si2, "Can't believe it's a year.");
        Post rh3 = say(21, "10:00", irBook, rhodri, "Do you do a trial drive so my fiancée can see the car?");
        re(21, "10:30", keturah, rh3, "Yes, we do viewings on Sundays at the garage, just say which week.");
        re(21, "10:45", rhodri, rh3, "Great, 6 April?");
        re(21, "11:00", keturah, rh3, "Booked in.");
    }

    /**
     * E. Minor Matters Spares (the shop's own server; Staff: Wilf (owner), Nadia; Customer: Trevor (refurbishes
     * dynamos), Elsie, Howard, Lorcan; Yasmin joins day 8): Wilf posts news in #shop-news (days 1, 8, 15). Nadia answers
     * Howard (day 2) and Elsie's DM (day 4) and answers questions in #parts-help without reply links. Yasmin's first
     * question (day 8, her dynamo isn't charging) gets Trevor's "exchange unit £65, DM me" and Nadia's test steps; on
     * day 9 Trevor DMs her 10% off; she fixes it herself. Howard tells Wilf on day 10 he sent his club mates to the shop;
     * Wilf thanks him. On day 16 Lorcan, who has replied to nobody, asks #minor-chat and #parts-help to vote for his
     * Traveller in a magazine's readers' cars poll.
     */
    private void minorMatters() {
        say(1, "09:00", mmNews, wilf, "Open Saturday mornings again from this week, 9 till 1.");
        Post ho1 = say(2, "10:00", mmHelp, howard, "Which kingpin kit for a 1964 Minor, the standard or the uprated "
                + "one?");
        say(2, "10:40", mmHelp, nadia, "Howard, the uprated kit if you're keeping drums, they last twice as long. £42 "
                + "the pair.");
        re(2, "11:00", howard, ho1, "Uprated it is, ordering now.");
        Post tr1 = say(3, "18:00", mmChat, trevor, "Three more dynamos rebuilt this week, the bench is getting full.");
        re(3, "18:30", elsie, tr1, "You must have magic hands Trevor");
        say(4, "09:00", mmDmElsie, elsie, "Hi Nadia, the wiper motor I ordered came with the wrong wheelbox, could you "
                + "swap it?");
        say(4, "09:20", mmDmElsie, nadia, "So sorry Elsie, the right one goes out today, keep the other one for now.");
        say(4, "09:25", mmDmElsie, elsie, "Thank you!");
        say(5, "12:00", mmChat, lorcan, "Traveller's ash frame all varnished. Looks lovely.");
        Post el1 = say(6, "14:00", mmChat, elsie, "First run of the year in the Minor, all the way to Bibury.");
        el1.react("🙌", wilf, howard);
        // W11
        say(8, "09:00", mmNews, wilf, "Stainless exhausts back in stock for saloons and Travellers.");
        joins(8, "10:00", mmHelp, yasmin);
        Post ya1 = say(8, "10:10", mmHelp, yasmin, "Hi, new to Minors. Ignition light stays on above idle and the "
                + "battery goes flat. Is it the dynamo?");
        re(8, "10:30", trevor, ya1, "Sounds like the dynamo, I do exchange units, £65, DM me.");
        say(8, "10:50", mmHelp, nadia, "Welcome Yasmin! Before buying anything check the fan belt tension and the two "
                + "wires on the back of the dynamo, then test it: link the terminals and you should see 12V at "
                + "fast idle.");
        say(9, "19:00", mmDmTrevor, trevor, "Hi Yasmin, Trevor from the Minor Matters server. I can do you 10% off an "
                + "exchange dynamo this week, £58.50 posted.");
        Post ya2 = say(9, "20:00", mmHelp, yasmin, "@Nadia Boateng it was a loose wire on the dynamo! Light goes out "
                + "now. Thank you so much.");
        re(9, "20:15", nadia, ya2, "Brilliant, easy fix!");
        say(10, "08:00", mmDmTrevor, yasmin, "Thanks, but it turned out to be a loose wire, all sorted.");
        Post ho2 = say(10, "11:00", mmChat, howard, "@Wilf Garside I've told everyone at the Cotswold Minor club to buy "
                + "from you, three of them said they'd be in touch.");
        re(10, "11:30", wilf, ho2, "Howard that's brilliant, thank you. Tea's on me next time.");
        Post el2 = say(11, "15:00", mmHelp, elsie, "What grease for the front suspension, EP or LM?");
        say(11, "15:30", mmHelp, wilf, "Elsie, EP90 oil in the trunnions, not grease, the rest LM.");
        re(11, "15:40", elsie, el2, "Thanks Wilf");
        say(12, "19:00", mmChat, trevor, "Anyone else doing the Bristol autojumble on Sunday?");
        say(12, "19:30", mmChat, howard, "I'll be there, come find the green Traveller.");
        // W12
        say(15, "09:00", mmNews, wilf, "Easter opening: closed Good Friday, open Saturday as usual.");
        say(16, "12:00", mmChat, lorcan, "Please vote for my Traveller in Classic Minor Monthly's readers' cars! "
                + "cmmonthly.example/readers-cars/vote");
        say(16, "12:06", mmHelp, lorcan, "If anyone has a minute could you vote for my car please, it's Traveller "
                + "number 7: cmmonthly.example/readers-cars/vote");
        Post ya3 = say(17, "10:00", mmHelp, yasmin, "Next question, what tyre pressures for a 1968 saloon?");
        say(17, "10:30", mmHelp, nadia, "Yasmin, 22 front and 24 rear on crossplies.");
        re(17, "10:35", yasmin, ya3, "Thanks!");
        Post ho3 = say(18, "09:00", mmHelp, howard, "Brake pipes kit for a Traveller, copper or cunifer?");
        re(18, "09:20", yasmin, ho3, "I've just done mine in cunifer, much easier to bend.");
        re(18, "09:40", howard, ho3, "Thanks Yasmin, cunifer it is");
        say(19, "14:00", mmChat, elsie, "Minor's off for her MOT tomorrow, fingers crossed.");
        say(19, "14:30", mmChat, wilf, "Good luck Elsie!");
        Post hw0 = say(7, "10:00", mmChat, howard, "Where do people go for a Minor wheel alignment near "
                + "Gloucester?");
        re(7, "10:30", elsie, hw0, "Tyreway in Quedgeley did mine, they know the old cars.");
        re(7, "10:45", howard, hw0, "Cheers Elsie");
        Post el3 = say(20, "17:00", mmChat, elsie, "Passed! One advisory for a slightly weeping shock.");
        re(20, "17:20", nadia, el3, "Congratulations Elsie! Lever-arm shocks are on the shelf when you need one.");
        re(20, "17:30", howard, el3, "Well done!");
        Post tr3 = say(20, "19:00", mmChat, trevor, "Bristol autojumble haul: two horn pushes and a Smiths clock.");
        re(20, "19:20", howard, tr3, "Good haul, the clock alone was worth going for.");
        Post ya4 = say(21, "11:00", mmHelp, yasmin, "Is it worth fitting a negative-earth conversion?");
        say(21, "11:30", mmHelp, wilf, "Yasmin, only if you want a modern radio or an electric fan, otherwise leave it.");
        re(21, "11:40", yasmin, ya4, "Leave it then, thanks Wilf");
    }

    /**
     * F. Stanway Park Classic Show Crew (volunteers; nobody sells to the others): Cressida posts the marshal sign-up
     * sheet in #marshal-rota on days 3, 10 and 17 with shifts still open. Nico joins on day 2, is helped by Bernard and
     * Lettie (days 2, 4) and answers Imogen's parking question (day 5). Rowan, who runs a detailing business, posts a
     * pre-show detail at £120 with "DM me" in #general on day 9 and again in #crew on day 11; on day 16 Dermot asks who
     * can get tree sap off a hood and Rowan answers with his price. Lettie is away days 8-12 and said so; Bernard asks
     * her on day 9 and she answers on day 13.
     */
    private void stanwayCrew() {
        Post cr1 = say(1, "10:00", spCrew, cressida, "Nine weeks to go! Entries are at 312 cars, up on last year.");
        re(1, "10:20", bernard, cr1, "Brilliant. Are we doing the concours lawn again?");
        re(1, "10:40", cressida, cr1, "Yes, same spot by the lake.");
        joins(2, "18:00", spGeneral, nico);
        Post ni1 = say(2, "18:10", spGeneral, nico, "Hi, Nico, signed up to marshal for the first time. What do "
                + "marshals actually do all day?");
        re(2, "18:40", bernard, ni1, "Welcome Nico! Mostly parking the show cars in their rows and keeping the public "
                + "off the lawns at the start. Wear boots.");
        re(2, "19:00", nico, ni1, "Ha, boots noted. Thanks Bernard.");
        say(3, "09:00", spRota, cressida, "Marshal shifts for show day are up, 14 still open: "
                + "stanwaypark.example/rota");
        Post ni2 = say(4, "12:00", spGeneral, nico, "Do we get hi-vis or bring our own?");
        re(4, "12:20", lettie, ni2, "Provided, collect at the crew tent at 6.30. Bring a flask!");
        Post im1 = say(5, "19:00", spGeneral, imogen, "Where do crew park on the day? Last year I ended up in the far "
                + "field.");
        re(5, "19:30", nico, im1, "The sheet Bernard sent round says crew park behind the stable block, gate B.");
        re(5, "19:40", imogen, im1, "Thanks Nico!");
        say(6, "10:00", spGeneral, lettie, "I'm away on a course Mon-Fri next week, back at the weekend.");
        Post de1 = say(7, "16:00", spCrew, dermot, "Got the PA booked, same firm as last year.");
        re(7, "16:20", cressida, de1, "Great, thanks Dermot.");
        // W11
        Post be1 = say(9, "09:00", spCrew, bernard, "@Lettie Sharma are you still doing the programme adverts this "
                + "year or shall I ask round?");
        say(9, "11:00", spGeneral, rowan, "Anyone want their car detailed before the show? Full machine polish and wax, "
                + "£120 a car, DM me.");
        say(10, "09:00", spRota, cressida, "Rota update, 9 shifts still open, mostly the 2-5 slot: "
                + "stanwaypark.example/rota");
        Post ni3 = say(10, "18:00", spCrew, nico, "I can do a 2-5 as well as my morning if it helps.");
        re(10, "18:20", cressida, ni3, "It does, thank you Nico!");
        say(11, "10:00", spCrew, rowan, "Still got three detailing slots the week before the show, £120, DM me. "
                + "Cars come back looking mint.");
        Post im2 = say(11, "14:00", spCrew, imogen, "Does anyone have a gazebo we can borrow for the judges?");
        re(11, "14:30", dermot, im2, "I've got a 3x3, I'll bring it.");
        re(11, "14:40", imogen, im2, "Star");
        re(13, "18:00", lettie, be1, "Back now! Yes, I'll do the adverts, I've already got six of last year's back.");
        re(13, "18:20", bernard, be1, "Great, I'll leave it with you.");
        say(14, "11:00", spGeneral, cressida, "Site walk on Saturday 24th at 10, all welcome.");
        // W12
        Post de2 = say(16, "10:00", spGeneral, dermot, "My MG's been under a lime tree all winter and the hood's covered "
                + "in sap. Can anyone get it off before the show?");
        Post roDe = re(16, "10:30", rowan, de2, "I can, £40 for a hood, Saturday morning any good?");
        re(16, "10:45", dermot, roDe, "Perfect, see you then.");
        say(17, "09:00", spRota, cressida, "Last call, 4 shifts left: stanwaypark.example/rota");
        Post ni4 = say(17, "12:00", spRota, nico, "Took one of the last ones, 2-5 on the gate.");
        ni4.react("🙏", cressida);
        Post le1 = say(18, "15:00", spCrew, lettie, "Adverts: 11 booked, programme goes to the printer on the 4th.");
        re(18, "15:20", cressida, le1, "Amazing work Lettie.");
        Post be2 = say(19, "19:00", spCrew, bernard, "Do we have enough rope for the concours lawn?");
        re(19, "19:30", rowan, be2, "I've got 200m in the van from the autumn show, I'll bring it.");
        re(19, "19:40", bernard, be2, "Lifesaver");
        say(20, "10:00", spGeneral, imogen, "Raffle prizes so far: a hamper, two tickets to Goodwood, a detail from "
                + "Rowan. Thanks all!");
        Post im0 = say(8, "19:00", spCrew, imogen, "Trophies ordered, same engraver as last year.");
        re(8, "19:30", dermot, im0, "Did we get the extra one for best Minor?");
        re(8, "19:40", imogen, im0, "We did!");
        Post cr2 = say(15, "10:00", spCrew, cressida, "Anyone able to do a run to the hire place for the barriers "
                + "the Friday before?");
        re(15, "10:30", dermot, cr2, "I can, I've got the trailer.");
        re(15, "10:45", cressida, cr2, "Thank you Dermot!");
        Post ni5 = say(20, "18:00", spGeneral, nico, "Is the site walk on Saturday still on if it rains?");
        re(20, "18:20", bernard, ni5, "Still on, bring wellies.");
        re(20, "18:30", nico, ni5, "Will do");
        Post le2 = say(21, "12:00", spCrew, lettie, "Programme proof is in, looks great.");
        re(21, "12:30", cressida, le2, "So exciting!");
    }

    /**
     * G. Bright Work (chrome platers and polishers; #platers-bench among themselves, #owners-ask, #price-lists): Kezia
     * answers Bea's pitted mazak door handles (day 2) and Mungo (day 9) and talks with Sunil and Ottoline on the bench;
     * Ottoline re-chromes Gordon's bumpers (days 3, 5). Days 8-14 Neville posts twelve times to nobody across the three
     * rooms (his tank, his turnaround, his new polishing line, his prices) and answers nobody. Ottoline says on day 12
     * she is away days 15-17; Gordon asks her on day 15 and she answers on day 18. On day 17 Sunil, who has spoken
     * only in #platers-bench, opens a post in #owners-ask with his spring-offer link.
     */
    private void brightWork() {
        Post ne0 = say(1, "08:30", bwBench, neville, "Nickel tank back up to temperature after the weekend.");
        re(1, "09:00", sunil, ne0, "Mine took till lunchtime, the unit was freezing this morning.");
        Post be1 = say(2, "11:00", bwAsk, bea, "My MGA door handles are pitted, mazak I think. Can they be "
                + "re-chromed or do I buy new?");
        Post keBe = re(2, "11:40", kezia, be1, "Mazak can be done but pits need filling with copper first, so it's not "
                + "cheap. Reproduction handles are often better value unless you want originals.");
        re(2, "12:00", bea, keBe, "That's really helpful, thank you Kezia.");
        Post go1 = say(3, "09:00", bwAsk, gordon, "@Ottoline Graves bumpers are wrapped and ready, can I drop them "
                + "in Thursday?");
        re(3, "09:45", ottoline, go1, "Thursday's great Gordon, any time after 10.");
        Post su1 = say(4, "16:00", bwBench, sunil, "Anyone else struggling to get chromic acid since the new rules?");
        re(4, "16:20", kezia, su1, "Trivalent for decorative now, I've nearly switched everything over.");
        re(4, "16:40", ottoline, su1, "Same, the colour's nearly there on trivalent.");
        Post ot1 = say(5, "17:00", bwAsk, ottoline, "@Gordon Pell bumpers are through copper, nickel next week.");
        re(5, "17:30", gordon, ot1, "Great news, thanks for the update.");
        say(6, "10:00", bwPrices, kezia, "Spring prices: polishing from £20 a piece, turnaround 3 weeks.");
        // W11
        say(8, "08:30", bwBench, neville, "Tank's running sweet this week, plating bumpers all day.");
        say(8, "14:00", bwPrices, neville, "Updated list: bumper blades £180, overriders £60, turnaround 5 weeks.");
        joins(9, "09:00", bwAsk, mungo);
        Post mu1 = say(9, "09:10", bwAsk, mungo, "Hi, is it worth re-chroming a Jaguar grille or is it too far gone? "
                + "The slats are rusty at the ends.");
        Post keMu = re(9, "09:40", kezia, mu1, "Usually worth it on a Jag, the slats come out and can be done one by "
                + "one. Post a photo and we can say more.");
        re(9, "10:00", mungo, keMu, "Will do, thanks!");
        say(9, "16:00", bwBench, neville, "New polishing line going in next week, two more mops.");
        say(9, "18:00", bwAsk, neville, "We now do triple-layer copper nickel chrome on everything.");
        say(10, "08:00", bwBench, neville, "Busy day, three Jag bumpers and a Rolls grille in.");
        say(10, "16:00", bwPrices, neville, "Turnaround now 6 weeks on bumpers.");
        Post su2 = say(10, "17:00", bwBench, sunil, "@Kezia Lamb what compound are you using on stainless trim?");
        re(10, "17:30", kezia, su2, "Green rouge after the sisal, then a loose mop.");
        say(11, "09:00", bwBench, neville, "Polishing line's in, running it up tomorrow.");
        Post ne8 = say(11, "14:00", bwAsk, neville, "Our workshop's open for visits on Saturdays now.");
        ne8.react("👍", mungo);
        say(12, "08:30", bwBench, neville, "Tank temperature steady, new rectifier's made a big difference.");
        say(12, "11:00", bwBench, ottoline, "I'm away Mon-Wed next week, tank's off, back Thursday.");
        say(12, "15:00", bwPrices, neville, "Badges and script now £35 each.");
        say(13, "10:00", bwBench, neville, "Chrome on the Rolls grille came out lovely.");
        say(14, "09:00", bwAsk, neville, "Still taking bumpers for April.");
        // W12
        Post go2 = say(15, "10:00", bwAsk, gordon, "@Ottoline Graves how are the bumpers coming along? Hoping to have "
                + "them for the Easter run.");
        Post mu2 = say(16, "10:00", bwAsk, mungo, "Grille photos: imgbox.example/jag-grille");
        Post keMu2 = re(16, "10:30", kezia, mu2, "That's fine, the rust is only on the ends. £280 or so from most of "
                + "us.");
        re(16, "10:40", mungo, keMu2, "Better than I feared!");
        say(17, "09:00", bwAsk, sunil, "sunilvarma.example/spring-offer 15% off all bumper work this month.");
        re(18, "09:30", ottoline, go2, "Back today Gordon! They're done, just polishing. Ready Saturday for Easter.");
        re(18, "10:00", gordon, go2, "Fantastic, thank you.");
        Post ne9 = say(18, "11:00", bwBench, neville, "Anyone had trouble with burning on the high-current end?");
        re(18, "11:30", kezia, ne9, "Lower the current for the first two minutes, then ramp up.");
        re(18, "11:45", neville, ne9, "Thanks Kezia, I'll try that.");
        Post be2 = say(19, "15:00", bwAsk, bea, "Went for reproduction handles in the end, fitted and gorgeous.");
        re(19, "15:30", kezia, be2, "Glad it worked out!");
        Post ot0 = say(3, "15:00", bwBench, ottoline, "Has anyone found a decent supplier of copper anodes since "
                + "Hallam closed?");
        re(3, "15:30", sunil, ot0, "Metal Direct, slow but the quality's fine.");
        re(3, "15:45", ottoline, ot0, "Thanks, will try them.");
        Post ke0 = say(6, "12:00", bwBench, kezia, "Finally got the dust extraction sorted on the polishing side.");
        re(6, "12:20", sunil, ke0, "About time, your lungs will thank you.");
        Post go3 = say(20, "16:00", bwAsk, gordon, "Bumpers on, car looks new. Thanks @Ottoline Graves.");
        re(20, "16:30", ottoline, go3, "So glad Gordon, enjoy Easter!");
        go3.react("🔥", kezia, bea);
        Post mu3 = say(20, "18:00", bwAsk, mungo, "Who can do a Jag grille in the north west?");
        re(20, "18:30", kezia, mu3, "I'm in Wigan, happy to take it on, or Ottoline's in Preston.");
        re(20, "18:45", mungo, mu3, "Wigan's handy, I'll message you.");
        say(21, "09:00", bwBench, sunil, "Trivalent colour match finally right on my line.");
    }

    /**
     * H. Open Road Classic Hire (self-drive classic hire operators; #operators-lounge among themselves, #hirers-ask,
     * #fleet-for-sale): Cedric joins on day 1 and asks for recommendations for a Cotswolds weekend (day 2); Juno answers
     * with her own E-type and price, Fergus with his. Juno talks insurance with Fergus and Ptolemy in the lounge and
     * answers Annika's questions (days 3, 9, 10, 16). Rosalind joins on day 8 and asks whether a hired classic may go on
     * a track day; Ptolemy answers with his own track day, its price and "book now". In W12 Fergus answers Annika's,
     * Cedric's and Rosalind's questions mostly with his own fleet, his awards and his plans (days 15-20). Ptolemy lists a
     * car in #fleet-for-sale (day 17).
     */
    private void openRoad() {
        joins(1, "12:00", orAsk, cedric);
        Post ce1 = say(2, "09:00", orAsk, cedric, "Can anyone recommend somewhere to hire a classic for a weekend in "
                + "the Cotswolds in June? Anniversary surprise.");
        Post juCe = re(2, "09:30", juno, ce1, "Congratulations! I'm near Cirencester, our 1969 E-type roadster is £450 "
                + "for a weekend, 300 miles included. junocastellane.example/etype");
        re(2, "10:00", fergus, ce1, "I've got a Healey 3000 in Stow, £420 the weekend.");
        re(2, "10:20", cedric, juCe, "Ooh, the E-type! I'll message you.");
        Post fe1 = say(3, "14:00", orLounge, fergus, "Renewal came in, insurer wants an extra £900 for under-30 "
                + "drivers. Anyone else?");
        re(3, "14:30", juno, fe1, "Same. I've stopped taking under-30s, it isn't worth it.");
        re(3, "15:00", ptolemy, fe1, "Try the specialist broker in Banbury, they were £600 cheaper for me.");
        Post an1 = say(4, "11:00", orAsk, annika, "Do I need to have driven a manual with no power steering before? "
                + "I'm only used to modern cars.");
        re(4, "11:30", juno, an1, "Helps, but we do a 30-minute handover drive with everyone. You'll be fine.");
        say(5, "17:00", orFleet, juno, "1972 MGB GT, ex-hire, full history, new clutch, £11,500.");
        Post pt1 = say(6, "10:00", orLounge, ptolemy, "Anyone using telematics on the fleet? Thinking about it after "
                + "last year's speeding fines.");
        re(6, "10:30", juno, pt1, "I have, it's paid for itself.");
        // W11
        joins(8, "09:00", orAsk, rosalind);
        Post ro1 = say(8, "09:10", orAsk, rosalind, "Hi! Does anyone know if you're allowed to take a hired classic on "
                + "a track day, or is that always excluded?");
        re(8, "09:40", ptolemy, ro1, "We run our own track days in E-types at Castle Combe, £395 a session, book now at "
                + "ptolemybriggs.example/track");
        re(8, "10:10", juno, ro1, "Almost always excluded on normal hire insurance, you need a track-day hire with its "
                + "own cover.");
        re(8, "10:30", rosalind, ro1, "Thanks Juno, that makes sense.");
        Post an2 = say(9, "12:00", orAsk, annika, "Is it normal to have a £1,500 deposit?");
        re(9, "12:30", juno, an2, "Yes, £1,000-£2,000 is normal, it goes back on return.");
        Post ju1 = say(10, "08:00", orLounge, juno, "Has anyone had a hirer ask to take a car abroad?");
        re(10, "08:30", fergus, ju1, "Twice. I said no both times.");
        re(10, "09:00", ptolemy, ju1, "Yes with a green card and a bigger deposit.");
        re(10, "09:20", juno, ju1, "Useful, thanks both.");
        Post an3 = say(10, "18:00", orAsk, annika, "Booked a Stag for May! Any tips for keeping it cool in traffic?");
        re(10, "18:30", juno, an3, "Keep an eye on the gauge and don't idle for long, they do get hot.");
        // W12
        Post an4 = say(15, "10:00", orAsk, annika, "What happens if it breaks down while I've got it?");
        re(15, "10:30", fergus, an4, "I've never had one of mine break down on a hire, I service all my cars myself "
                + "and I replace all my hoses every year. My Healey won best-kept fleet car at the show last year.");
        re(15, "11:00", annika, an4, "Good to know, thanks.");
        Post ce2 = say(16, "09:00", orAsk, cedric, "Are the older cars ok on motorways or should I stick to A roads?");
        re(16, "09:30", fergus, ce2, "My cars are all fine on motorways, I've fitted overdrive to my Healey and my MGB "
                + "and I did 500 miles in my Healey myself last month. You'll want to keep it to 60 though.");
        re(16, "10:00", juno, ce2, "A roads are more fun, but they're fine at 60 on the motorway.");
        say(17, "08:00", orFleet, ptolemy, "1967 Jaguar E-type FHC, our old track car, recently rebuilt, £78,000.");
        Post ro2 = say(17, "11:00", orAsk, rosalind, "Which classic is easiest to drive for a first-timer?");
        re(17, "11:30", fergus, ro2, "My MGB is the easiest car in my fleet, I bought it in 2021 and I've had it "
                + "rebuilt twice. I'm adding a Morgan to my fleet in the summer as well, I'm very excited about it.");
        re(17, "12:00", rosalind, ro2, "Thanks Fergus, an MGB sounds good.");
        Post fe2 = say(18, "14:00", orLounge, fergus, "I've just won the county tourism award for my hire business, "
                + "very proud of my little team.");
        re(18, "14:20", juno, fe2, "Well deserved!");
        re(18, "14:40", ptolemy, fe2, "Congrats Fergus.");
        Post an5 = say(19, "16:00", orAsk, annika, "Do you usually give a handbook with the car?");
        re(19, "16:30", fergus, an5, "I write my own handbook for each of my cars, I put in my own tips and my phone "
                + "number. You'll have it in the glovebox.");
        re(20, "10:00", juno, an5, "I do too, and a laminated card with the choke and overdrive.");
        Post ju0 = say(7, "17:00", orLounge, juno, "Does anyone do a winter storage discount for owners who want "
                + "their own cars looked after?");
        re(7, "17:30", ptolemy, ju0, "I do, £80 a month with a run-out every fortnight.");
        re(7, "17:45", juno, ju0, "Good to know, I keep getting asked.");
        Post ce3 = say(12, "20:00", orAsk, cedric, "Booked the E-type with Juno for June, she's going to love it.");
        ce3.react("🎉", juno, annika);
        Post an6 = say(21, "12:00", orAsk, annika, "Does anyone do a classic for a day rather than a weekend?");
        re(21, "12:30", juno, an6, "Most of us do, mine's £190 a day for the MGB.");
        re(21, "12:45", annika, an6, "Perfect, thanks Juno");
        Post ro3 = say(21, "14:00", orAsk, rosalind, "Booked a track day with proper cover in the end, thanks for the "
                + "advice!");
        re(21, "14:20", juno, ro3, "Have fun!");
        say(21, "15:00", orLounge, ptolemy, "Easter bookings are mad this year.");
    }

    static Map<String, String> files() {
        return new HeldOutScenes152Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 152");
    }
}
