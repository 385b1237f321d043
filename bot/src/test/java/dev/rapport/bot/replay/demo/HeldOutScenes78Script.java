package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 78 (sealed): eight communities of repair, restoration and second life of things, of kinds no
 * earlier round used (independent phone repairers with a room where the public asks and a parts supplier among them,
 * a visible-mending circle where nobody sells, film camera repairers with a room where owners ask and classifieds,
 * upholsterers with a room where owners ask and a fabric seller's DM, a refurbished laptop shop's own server with its
 * Staff and Customers, teddy bear and doll restorers with a room where owners ask, typewriter restorers with type-ins
 * and a for-sale room, kintsugi and ceramic restorers with a workshops room), over three ISO weeks (2029-W26 to W28),
 * written and labelled by writer78 (session 44) before any coach ran on them, with many borderline cases. The labels
 * are in {@code bot/src/test/resources/eval/held-out-scenes-78.csv}. Run {@link #main} from the project root to write
 * the export again.
 */
final class HeldOutScenes78Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2029, 6, 25);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2029, 7, 16, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-78";
    private static final int BASE = 60400;

    // --- A. independent phone repairers ---
    private final String phones = cast.guild(1061);
    private final Channel phBench = cast.channel(phones, "Bench & Glass", "the-bench",
            "shop talk for independent phone and tablet repairers", "ph-the-bench.json");
    private final Channel phAsk = cast.channel(phones, "Bench & Glass", "ask-a-repairer",
            "cracked screen, dead battery, dropped in the bath? members of the public ask here", "ph-ask-a-repairer.json");
    private final Channel phParts = cast.channel(phones, "Bench & Glass", "parts-and-tools",
            "parts, tools and suppliers: sellers welcome", "ph-parts-and-tools.json");
    private final Channel phOff = cast.channel(phones, "Bench & Glass", "off-topic",
            "anything but phones", "ph-off-topic.json");
    private final Persona kemal = cast.person("kemal.fix", "Kemal Arslan");
    private final Persona priya = cast.person("priya.l", "Priya Lal");
    private final Persona jonno = cast.person("jonno.parts", "Jonno Welsh");
    private final Persona shona = cast.person("shona.mc", "Shona McRae");
    private final Persona bev = cast.person("bev.o", "Bev Oduya");
    private final Persona leon = cast.person("leon.p", "Leon Park");
    private final Persona marta = cast.person("marta.s", "Marta Silva");
    private final Persona aled = cast.person("aled.m", "Aled Morgan");

    // --- B. a visible-mending circle ---
    private final String mending = cast.guild(1062);
    private final Channel meTable = cast.channel(mending, "Patch & Darn", "mending-table",
            "what's on your lap tonight", "me-mending-table.json");
    private final Channel meHelp = cast.channel(mending, "Patch & Darn", "help-my-hole",
            "moth holes, worn knees, split seams: ask the circle", "me-help-my-hole.json");
    private final Channel meShow = cast.channel(mending, "Patch & Darn", "show-your-mends",
            "finished mends, visible and proud", "me-show-your-mends.json");
    private final Channel meChat = cast.channel(mending, "Patch & Darn", "chat",
            "everything else", "me-chat.json");
    private final Persona ailsa = cast.person("ailsa.b", "Ailsa Brodie");
    private final Persona fenna = cast.person("fenna.dv", "Fenna de Vries");
    private final Persona harriet = cast.person("harriet.c", "Harriet Cole");
    private final Persona noor = cast.person("noor.q", "Noor Qureshi");
    private final Persona wen = cast.person("wen.li", "Wen Li");
    private final Persona deborah = cast.person("deborah.a", "Deborah Ames");

    // --- C. film camera repairers ---
    private final String cameras = cast.guild(1063);
    private final Channel caBench = cast.channel(cameras, "Shutter Clinic", "workbench",
            "for the people who open cameras up: CLAs, shutters, light seals", "ca-workbench.json");
    private final Channel caAsk = cast.channel(cameras, "Shutter Clinic", "ask-the-techs",
            "camera owners: ask what's wrong with yours", "ca-ask-the-techs.json");
    private final Channel caClass = cast.channel(cameras, "Shutter Clinic", "classifieds",
            "buy, sell, wanted", "ca-classifieds.json");
    private final Channel caFilm = cast.channel(cameras, "Shutter Clinic", "film-chat",
            "stocks, labs, what you shot this week", "ca-film-chat.json");
    private final Persona tomasz = cast.person("tomasz.cla", "Tomasz Nowak");
    private final Persona elodie = cast.person("elodie.m", "Elodie Marchand");
    private final Persona rufus = cast.person("rufus.b", "Rufus Beale");
    private final Persona sanjay = cast.person("sanjay.r", "Sanjay Rao");
    private final Persona gemma = cast.person("gemma.h", "Gemma Hollis");
    private final Persona ikaika = cast.person("ikaika.k", "Ikaika Kahale");
    private final Persona brigid = cast.person("brigid.d", "Brigid Doyle");

    // --- D. upholsterers ---
    private final String uphol = cast.guild(1064);
    private final Channel upWork = cast.channel(uphol, "Tacks & Webbing", "workroom",
            "upholsterers talking shop", "up-workroom.json");
    private final Channel upAsk = cast.channel(uphol, "Tacks & Webbing", "ask-an-upholsterer",
            "got a chair that needs help? owners ask here", "up-ask-an-upholsterer.json");
    private final Channel upDeals = cast.channel(uphol, "Tacks & Webbing", "fabric-deals",
            "deals, offcuts and end of rolls: suppliers and sellers welcome", "up-fabric-deals.json");
    private final Channel upCoffee = cast.channel(uphol, "Tacks & Webbing", "coffee-break",
            "chat", "up-coffee-break.json");
    private final Persona marguerite = cast.person("marguerite.o", "Marguerite Okoye");
    private final Persona callum = cast.person("callum.f", "Callum Fraser");
    private final Persona dilys = cast.person("dilys.p", "Dilys Pugh");
    private final Persona rosa = cast.person("rosa.fabrics", "Rosa Fiorentino");
    private final Persona nadia = cast.person("nadia.h", "Nadia Haddad");
    private final Persona pete = cast.person("pete.y", "Pete Yarrow");
    private final Persona jamal = cast.person("jamal.r", "Jamal Richards");
    private final Channel upDm = cast.dm(jamal, "up-dm-jamal-richards.json");

    // --- E. a refurbished laptop shop's own server ---
    private final String laptops = cast.guild(1065);
    private final Role lStaff = cast.role("Staff", "#2e86c1", 2);
    private final Role lCustomer = cast.role("Customer", "#27ae60", 1);
    private final Channel laNews = cast.channel(laptops, "Second Byte", "shop-news",
            "new stock, deals and opening hours", "la-shop-news.json");
    private final Channel laHelp = cast.channel(laptops, "Second Byte", "help-desk",
            "questions about your laptop, warranty and orders", "la-help-desk.json");
    private final Channel laTrade = cast.channel(laptops, "Second Byte", "trade-ins",
            "what's my old laptop worth?", "la-trade-ins.json");
    private final Channel laChat = cast.channel(laptops, "Second Byte", "chit-chat",
            "off-topic", "la-chit-chat.json");
    private final Persona ingrid = cast.person("ingrid.sb", "Ingrid Solberg", lStaff);
    private final Persona mohammed = cast.person("mo.farah.tech", "Mohammed Farah", lStaff);
    private final Persona bea = cast.person("bea.q", "Bea Quinlan", lStaff);
    private final Persona ollie = cast.person("ollie.g", "Ollie Grant", lCustomer);
    private final Persona yasmin = cast.person("yasmin.s", "Yasmin Shah", lCustomer);
    private final Persona carlos = cast.person("carlos.m", "Carlos Mendes", lCustomer);
    private final Persona tess = cast.person("tess.h", "Tess Harwood", lCustomer);

    // --- F. teddy bear and doll restorers ---
    private final String bears = cast.guild(1066);
    private final Channel beWard = cast.channel(bears, "The Bear Ward", "ward-round",
            "restorers' shop talk", "be-ward-round.json");
    private final Channel beAdmit = cast.channel(bears, "The Bear Ward", "patient-admissions",
            "can my bear be saved? owners ask here", "be-patient-admissions.json");
    private final Channel beParts = cast.channel(bears, "The Bear Ward", "parts-cupboard",
            "eyes, growlers, mohair, joints: swap or sell", "be-parts-cupboard.json");
    private final Channel beTea = cast.channel(bears, "The Bear Ward", "tea-room",
            "general chat", "be-tea-room.json");
    private final Persona gwendolyn = cast.person("gwen.ash", "Gwendolyn Ash");
    private final Persona mabel = cast.person("mabel.k", "Mabel Kerrigan");
    private final Persona hollis = cast.person("hollis.mohair", "Hollis Brandt");
    private final Persona ruth = cast.person("ruth.ab", "Ruth Abernethy");
    private final Persona kieran = cast.person("kieran.l", "Kieran Lowry");
    private final Persona saoirse = cast.person("saoirse.f", "Saoirse Flynn");
    private final Persona amara = cast.person("amara.n", "Amara Nwosu");

    // --- G. typewriter restorers ---
    private final String types = cast.guild(1067);
    private final Channel tyBench = cast.channel(types, "Platen & Ribbon", "restoration-bench",
            "cleaning, adjusting, parts, finds", "ty-restoration-bench.json");
    private final Channel tyTypeIns = cast.channel(types, "Platen & Ribbon", "type-ins",
            "type-in meetups: dates and sign-ups", "ty-type-ins.json");
    private final Channel tySale = cast.channel(types, "Platen & Ribbon", "for-sale",
            "machines and parts for sale or wanted", "ty-for-sale.json");
    private final Channel tyCast = cast.channel(types, "Platen & Ribbon", "typecasts",
            "post something you typed", "ty-typecasts.json");
    private final Persona augustin = cast.person("augustin.l", "Augustin Leclerc");
    private final Persona phoebe = cast.person("phoebe.m", "Phoebe Marsh");
    private final Persona desmond = cast.person("desmond.a", "Desmond Achebe");
    private final Persona yuki = cast.person("yuki.t", "Yuki Tanaka");
    private final Persona lorcan = cast.person("lorcan.d", "Lorcan Daly");
    private final Persona ivy = cast.person("ivy.pen", "Ivy Penrose");

    // --- H. kintsugi and ceramic restorers ---
    private final String ceramics = cast.guild(1068);
    private final Channel ciTable = cast.channel(ceramics, "Golden Seam", "repair-table",
            "restorers and menders: work in progress", "ki-repair-table.json");
    private final Channel ciAsk = cast.channel(ceramics, "Golden Seam", "ask-about-your-break",
            "broke something you love? ask here", "ki-ask-about-your-break.json");
    private final Channel ciSupplies = cast.channel(ceramics, "Golden Seam", "supplies",
            "urushi, epoxy, gold powder, where to buy", "ki-supplies.json");
    private final Channel ciWorkshops = cast.channel(ceramics, "Golden Seam", "workshops",
            "classes and workshops members run", "ki-workshops.json");
    private final Persona haruka = cast.person("haruka.m", "Haruka Mori");
    private final Persona ansel = cast.person("ansel.w", "Ansel Whitfield");
    private final Persona clemence = cast.person("clemence.r", "Clemence Roy");
    private final Persona tobi = cast.person("tobi.a", "Tobi Adeyemi");
    private final Persona linnea = cast.person("linnea.b", "Linnea Berg");
    private final Persona gareth = cast.person("gareth.p", "Gareth Pryce");
    private final Persona zainab = cast.person("zainab.m", "Zainab Musa");

    private HeldOutScenes78Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        phones();
        mending();
        cameras();
        upholstery();
        laptops();
        bears();
        typewriters();
        ceramics();
    }

    private void phones() {
        // W26
        Post tt = say(1, "08:40", phBench, kemal, "morning all, anyone else getting iPhone 13 screens where true tone "
                + "won't carry over from the new batch?");
        re(1, "08:55", shona, tt, "yes!! three this week. the older batch was fine. I've gone back to transferring "
                + "with the programmer every time");
        say(1, "09:02", phBench, priya, "same here, I think it's the flex revision. annoying when the customer "
                + "notices the colour's off");
        say(1, "09:10", phBench, kemal, "right, programmer it is. cheers both");
        Post sink = say(1, "19:20", phAsk, bev, "dropped my phone in the sink 🙃 it turns on but the speaker sounds "
                + "muffled. do I put it in rice??");
        Post sinkA = re(1, "19:45", kemal, sink, "no rice! it leaves starch in the ports. leave it speaker-down on a "
                + "towel overnight. if it's still muffled tomorrow the speaker mesh needs a clean, any repair shop can "
                + "do it in ten minutes");
        re(1, "19:52", bev, sinkA, "oh thank god I hadn't opened the rice yet. thank you!");
        say(2, "09:00", phParts, jonno, "summer trade list is up: jonnoparts.example/trade-list. 13 and 14 screens "
                + "down £4, Pixel batteries back in");
        Post bat = say(2, "11:15", phBench, priya, "@Jonno Welsh are your Pixel 7 batteries the grey label ones or the "
                + "new ones? had two swell last month from somewhere else");
        re(2, "11:40", jonno, bat, "new ones, cycle-tested before they ship. if one swells send it back, no "
                + "quibble");
        re(2, "11:48", priya, bat, "sold, I'll put an order in tonight");
        Post price = say(3, "12:30", phAsk, marta, "how much would a new screen for a Galaxy A54 cost roughly? and "
                + "is anyone here in Leeds?");
        Post priceA = re(3, "13:05", kemal, price, "roughly £70-90 for a good quality one, more for original. I'm in "
                + "Leeds, Headingley: £79 fitted, about an hour. book at kemalfix.example/book or just walk in");
        re(3, "13:20", marta, priceA, "perfect, booking for Thursday");
        say(4, "10:00", phBench, priya, "anyone tried the new JC programmer for battery health on 15s?");
        say(4, "10:30", phBench, kemal, "works for me, update the firmware first or it won't see the cell");
        say(4, "10:33", phBench, priya, "ah that'll be it 🙏");
        say(5, "15:00", phOff, shona, "the shop is an oven. 31 degrees and the soldering station isn't helping");
        say(5, "15:10", phOff, kemal, "fan pointed at the customer, not at you, is my rule");
        say(5, "15:12", phOff, shona, "😂");
        say(6, "17:00", phAsk, marta, "Kemal sorted the A54, looks brand new. thanks for the tip to come here");
        say(6, "17:30", phAsk, kemal, "glad it's sorted Marta!");
        // W27: Priya talks only shop with peers while the room where the public asks waits for her
        say(8, "09:30", phAsk, leon, "@Priya Lal you did my sister's phone in May, do you do Pixel 6 "
                + "batteries? mine dies at 40%");
        say(8, "10:15", phBench, priya, "right who's been getting the 'unknown part' message on 14 batteries even "
                + "after programming?");
        say(8, "10:25", phBench, shona, "me, it goes after a restart for me. sometimes two");
        say(8, "10:30", phBench, priya, "two restarts did it. you're a star Shona");
        say(9, "18:40", phAsk, bev, "my daughter's iPad only charges if the cable is held at an angle. "
                + "is that the port or the cable? tried two cables");
        say(9, "20:00", phBench, priya, "@Jonno Welsh any news on the A-series frames? customer's been waiting a week");
        say(9, "20:20", phBench, jonno, "Thursday, the shipment's in customs. I'll ping you");
        say(10, "08:50", phAsk, shona, "@Bev Oduya that's usually fluff packed in the port. a wooden toothpick, gently, "
                + "with a torch. if that doesn't do it, the port needs replacing");
        say(10, "12:00", phBench, priya, "anyone got a good supplier for tempered glass in bulk? mine's doubled his "
                + "price");
        say(10, "12:15", phBench, jonno, "I do them, 50 for £30 to the trade. but honestly the place Kemal uses "
                + "is cheaper for big lots");
        say(10, "12:20", phBench, kemal, "I'll DM you the name Priya");
        say(10, "12:24", phBench, priya, "ta both");
        say(10, "19:00", phAsk, bev, "TOOTHPICK. a whole sock's worth of fluff. thank you Shona!!");
        say(11, "09:00", phParts, jonno, "trade list updated, iPad screens added: jonnoparts.example/trade-list");
        say(11, "14:00", phBench, jonno, "@Priya Lal frames landed, going out today");
        say(11, "14:05", phBench, priya, "legend");
        Post micro = say(12, "11:00", phBench, priya, "do you lot do microsoldering in house or send it out? "
                + "thinking about a course");
        re(12, "11:30", kemal, micro, "send it out. I tried for a year, the board work is a trade of its own");
        re(12, "11:40", shona, micro, "I do simple stuff, charging ICs. the course in Bristol was worth it");
        say(12, "11:50", phBench, priya, "hm ok, Bristol one. does it run in the autumn?");
        say(12, "12:05", phBench, shona, "October I think");
        say(13, "16:00", phBench, priya, "quiet Friday. anyone else's Fridays dead since the bank holiday?");
        say(13, "16:20", phBench, kemal, "dead here too, doing the stock count");
        say(14, "10:00", phBench, priya, "ok fine I booked the Bristol course 😅");
        // W28: a newcomer to the trade is pitched in reply to his hello
        Post aledHi = say(15, "09:20", phBench, aled, "hi all, Aled here. just opened a little repair kiosk in "
                + "Swansea market, mostly screens and batteries so far. glad I found this place");
        re(15, "09:45", jonno, aledHi, "welcome Aled! I supply screens and batteries at trade prices, 10% off your "
                + "first order, DM me and I'll send the list");
        re(15, "10:10", kemal, aledHi, "welcome! first bit of advice nobody gave me: photograph every phone front "
                + "and back before you touch it. saves arguments");
        say(15, "10:30", phBench, aled, "ha, noted Kemal. already had one 'that scratch wasn't there' customer");
        say(16, "13:00", phAsk, leon, "guess I'll try somewhere else for the Pixel battery then");
        say(16, "13:40", phAsk, kemal, "@Leon Park sorry you were left hanging. I do Pixel 6 batteries, £45, same day. "
                + "where are you based?");
        say(16, "13:55", phAsk, leon, "Wakefield, is that far from you?");
        say(16, "14:05", phAsk, kemal, "20 min on the train, or Shona's nearer you in Castleford");
        say(17, "10:00", phBench, priya, "course is 6-8 Oct if anyone wants to come, we can share a room lol");
        say(18, "09:00", phOff, aled, "the Swansea market pasty stall has ruined me");
        say(18, "09:20", phOff, shona, "worth it");
    }

    private void mending() {
        // W26: Harriet is helped on three days by Ailsa and gives nothing back
        say(1, "20:00", meTable, ailsa, "on my lap tonight: the elbows of my dad's old jumper, third time round");
        say(1, "20:10", meTable, noor, "the third darn is the one that's more darn than jumper 😄");
        Post moth = say(1, "20:30", meHelp, harriet, "moths got my good wool coat, three little holes on the sleeve. "
                + "where do I even start");
        Post mothA = re(1, "20:50", ailsa, moth, "freeze it for 48 hours first to kill any eggs. then a small "
                + "woven darn on each, matching yarn if you want it hidden or a bright one if not. start at the "
                + "smallest");
        re(1, "21:00", harriet, mothA, "ty!!");
        Post video = say(2, "19:00", meHelp, wen, "anyone got a good video for swiss darning? reading about it "
                + "isn't clicking");
        Post videoA = re(2, "19:20", fenna, video, "I made one last winter, it's slow and close up: "
                + "youtube.example/watch?v=fenna-swiss. the bit at 4:10 is where it clicked for most people");
        re(2, "19:40", wen, videoA, "that's exactly what I needed, the close up helps");
        say(2, "19:45", meHelp, noor, "also the Tom of Holland book has good diagrams, if you like paper");
        Post knee = say(3, "21:10", meHelp, harriet, "jeans gone at the knee. patch inside or outside??");
        Post kneeA = re(3, "21:30", ailsa, knee, "inside with sashiko running stitch over it, it moves with the knee "
                + "better than an outside patch. cut the patch 2cm bigger than the hole all round");
        re(3, "21:33", harriet, kneeA, "thanks");
        Post floss = say(4, "18:00", meHelp, noor, "is embroidery floss ok for darning socks? 👍 if yes 👎 if no");
        floss.react("👍", ailsa, wen, fenna);
        say(4, "18:40", meHelp, noor, "3 thumbs, floss it is");
        say(5, "20:00", meShow, wen, "first swiss darn! it's wonky but it's mine");
        say(5, "20:05", meShow, ailsa, "wonky is the point. love the yellow on the grey");
        Post heel = say(5, "21:00", meHelp, harriet, "sock heel is basically lace now. worth saving?");
        Post heelA = re(5, "21:20", ailsa, heel, "if the rest is sound yes. darning mushroom, go past the thin bit "
                + "by a good centimetre each way, and don't pull tight");
        re(5, "21:22", harriet, heelA, "ok ty");
        say(6, "10:00", meChat, deborah, "off to Orkney for ten days tomorrow, no signal on the farm. don't wait on "
                + "me for the sashiko swap, back around the 10th!");
        say(6, "10:10", meChat, fenna, "have the best time! bring back wool");
        say(7, "15:00", meTable, fenna, "mending the kids' school trousers for the summer fair, all of them at once");
        // W27: Harriet gives back; Deborah is away when asked
        say(8, "20:00", meShow, harriet, "coat done! you can't even see the darns");
        say(8, "20:10", meShow, ailsa, "look at that. told you");
        say(9, "11:00", meChat, fenna, "@Deborah Ames do you still have the indigo thread from the "
                + "swap? I owe you a skein");
        Post silk = say(9, "19:00", meHelp, wen, "how do you mend a silk blouse? the seam under the arm split");
        Post silkA = re(9, "19:30", harriet, silk, "I did one of these last year: fine silk thread, tiny ladder "
                + "stitch from the inside, and press with a cloth over it. don't use a cotton thread, it cuts the "
                + "silk");
        re(9, "19:40", wen, silkA, "oh good tip about the cotton, thank you Harriet");
        say(9, "19:45", meHelp, ailsa, "seconding the ladder stitch");
        say(10, "20:00", meTable, noor, "visible mending on my partner's work shirt, he doesn't know yet");
        say(10, "20:05", meTable, wen, "the best kind of visible");
        say(11, "20:30", meTable, harriet, "tonight: the jeans knee, the sashiko way Ailsa said. slow going");
        Post lining = say(11, "21:00", meHelp, noor, "coat lining torn at the pocket, hand or machine?");
        re(11, "21:15", harriet, lining, "hand, slip stitch. the machine can't get in there without unpicking the "
                + "whole hem");
        say(11, "21:20", meHelp, noor, "makes sense, thank you");
        say(12, "19:00", meChat, fenna, "anyone going to the wool fair at Bakewell on the 14th?");
        say(12, "19:10", meChat, ailsa, "yes! Saturday morning");
        say(12, "19:12", meChat, wen, "can't, work. buy me something");
        say(13, "20:00", meShow, noor, "the shirt. he noticed. he likes it");
        say(13, "20:05", meShow, fenna, "🙌");
        say(14, "18:00", meChat, fenna, "Bakewell haul: 6 skeins and a darning egg shaped like a duck");
        // W28
        say(15, "20:00", meTable, ailsa, "starting a community mending table at the library, first Tuesday of the "
                + "month. free, bring your holes");
        say(15, "20:10", meTable, harriet, "I'll come and help if you want a second pair of hands");
        say(15, "20:12", meTable, ailsa, "yes please Harriet!");
        Post wenQ = say(16, "19:00", meHelp, wen, "how do you darn a hole that's right on a seam?");
        re(16, "19:30", fenna, wenQ, "open the seam a bit, darn each side flat, then sew the seam back. fiddly but "
                + "it lies flat after");
        say(16, "21:00", meChat, deborah, "back! Orkney was glorious. @Fenna de Vries yes still got the indigo, no "
                + "rush on the skein");
        say(16, "21:10", meChat, fenna, "welcome back!! bringing it to the swap");
        say(17, "20:00", meShow, deborah, "mended on the ferry: my husband's fisherman's jumper");
        say(17, "20:05", meShow, harriet, "the colours!! that's gorgeous");
        say(18, "20:00", meTable, wen, "the seam darn worked, thanks Fenna");
        say(20, "11:00", meChat, noor, "heatwave = no wool on laps. mending linen instead");
    }

    private void cameras() {
        // W26
        say(1, "09:00", caBench, elodie, "light seal foam from the usual place has gone sticky in the packet. anyone "
                + "else?");
        say(1, "09:20", caBench, tomasz, "yes, bad batch. I've switched to the 1.5mm from the Dutch supplier, cuts "
                + "cleaner too");
        say(1, "09:25", caBench, rufus, "same, Dutch stuff is better. pricier though");
        say(1, "18:00", caFilm, sanjay, "Portra 400 up again. £17 a roll now");
        say(1, "18:10", caFilm, brigid, "back to HP5 and pretending I prefer black and white");
        say(1, "18:12", caFilm, gemma, "you DO prefer black and white");
        Post fm2 = say(2, "20:00", caAsk, gemma, "@Tomasz Nowak my FM2 shutter sticks at 1/4000 now and then. you "
                + "said the FE2 had the same thing, is it the same fix on the FM2?");
        Post fm2A = re(3, "08:15", elodie, fm2, "same honeycomb titanium shutter, same fix: it's usually the blades "
                + "catching oil from the mirror box. don't fire it at 1/4000 till it's cleaned, it can bend a blade");
        fm2A.react("👍", tomasz);
        re(3, "08:40", gemma, fm2A, "oh no I've been firing it to 'test' it. stopping now, thanks Elodie");
        Post spot = say(3, "12:00", caAsk, ikaika, "is it worth getting my dad's Pentax Spotmatic serviced? it "
                + "fires but the meter's dead. who does that kind of thing?");
        Post spotA = re(3, "12:45", tomasz, spot, "worth it, they're tanks. the meter is often just the battery "
                + "adapter or a broken wire by the switch. I do CLAs for £85 with new seals and the meter looked at, "
                + "DM me if you want to send it");
        re(3, "13:00", ikaika, spotA, "DMing you, thank you!");
        say(4, "10:00", caClass, rufus, "Olympus OM-1n, CLA'd by me, new seals, meter accurate, £180: "
                + "rufuscams.example/om1n");
        Post om = say(4, "11:30", caClass, sanjay, "@Rufus Beale does the OM-1n come with the mirror bumper done?");
        re(4, "12:00", rufus, om, "yes, replaced it, and the prism foam");
        say(5, "10:00", caClass, rufus, "Canon AE-1 Program, no squeal, £150: rufuscams.example/ae1p");
        say(5, "14:00", caBench, tomasz, "anyone got a spare Copal Square blade set? customer's Nikkormat");
        say(5, "14:30", caBench, elodie, "I think I have one from a donor body, I'll look tonight");
        say(5, "21:00", caBench, elodie, "found it @Tomasz Nowak, posting tomorrow");
        say(5, "21:10", caBench, tomasz, "you're a gem, I'll send you the foam I over-ordered");
        say(6, "17:00", caFilm, ikaika, "Spotmatic off to Tomasz. feels like sending my dad's camera to hospital");
        say(7, "11:00", caFilm, gemma, "shot the whole roll at 1/500 like a coward. they came out fine");
        // W27: Rufus takes one listing into three rooms in a day
        say(8, "09:00", caBench, elodie, "anyone used the new ultrasonic cleaner from the jewellery suppliers on "
                + "lens helicoids?");
        say(8, "09:30", caBench, tomasz, "yes, fine for the parts, never the lens elements");
        say(8, "09:40", caBench, elodie, "that's what I thought, thanks");
        say(9, "08:30", caClass, rufus, "Just in: Nikon F3 HP, CLA'd, new seals, £320: rufuscams.example/f3hp");
        say(9, "09:30", caFilm, rufus, "anyone after an F3? just finished one, lovely viewfinder: "
                + "rufuscams.example/f3hp");
        say(9, "09:50", caFilm, brigid, "I shoot a Rollei and a Rollei only, Rufus");
        say(9, "15:00", caBench, rufus, "this F3 came out lovely, if any of your customers are after one: "
                + "rufuscams.example/f3hp");
        Post trip = say(10, "10:00", caAsk, sanjay, "@Tomasz Nowak you serviced my OM-1 last year and it's been "
                + "perfect. my mate Dev wants his Trip 35 done, I sent him your way");
        re(10, "10:40", tomasz, trip, "thank you Sanjay, that's kind. tell him to message me, Trips are quick");
        Post flare = say(10, "19:00", caAsk, gemma, "why would one frame in every roll have a red flare on the left "
                + "edge?");
        re(10, "19:30", elodie, flare, "light leak at the hinge seal most likely. if it's the same frame position "
                + "each time, check the door seal by the hinge");
        say(11, "08:00", caAsk, gemma, "hinge seal was crumbs. replaced it. thanks!");
        say(11, "12:00", caBench, elodie, "donor Nikkormat for parts if anyone wants it, free, just pay postage");
        say(11, "12:15", caBench, tomasz, "me please, for the blades");
        say(12, "18:00", caFilm, ikaika, "Spotmatic's back and the meter works!! first roll in tomorrow");
        say(12, "18:20", caFilm, tomasz, "enjoy it Ikaika, it was a nice one to work on");
        say(13, "17:00", caFilm, sanjay, "Dev's Trip is with Tomasz now");
        // W28: a customer's warranty question waits
        Post rollei = say(15, "10:00", caAsk, brigid, "@Tomasz Nowak you serviced my Rolleiflex in March and the "
                + "shutter's sticking again at 1/500. can I bring it back under your warranty?");
        say(15, "14:00", caBench, tomasz, "that donor Nikkormat had the good blades, thanks Elodie. saved a job");
        say(15, "14:10", caBench, elodie, "🙌");
        say(16, "11:00", caBench, tomasz, "anyone know where the self timer springs for Rollei TLRs come from now?");
        say(16, "11:30", caBench, rufus, "I've got two, will bring them to the swap");
        say(17, "09:00", caBench, tomasz, "Copal shutters, 3 in this week. is it the heat?");
        say(17, "09:10", caBench, elodie, "old lube goes thin in the heat, yes");
        re(18, "09:00", elodie, rollei, "@Brigid Doyle Tomasz is the one for the warranty, but in the meantime "
                + "that's usually the speed escapement gumming up again. don't force it");
        say(18, "09:20", caAsk, brigid, "thanks Elodie, not touching it");
        say(19, "18:00", caFilm, gemma, "FM2 is back from the clean, shooting 1/4000 again like a hero");
        say(19, "18:05", caFilm, sanjay, "😂 hero");
        say(20, "12:00", caClass, ikaika, "wanted: 52mm yellow filter for the Spotmatic");
        say(20, "12:30", caClass, rufus, "got one, yours for a fiver");
    }

    private void upholstery() {
        // W26: Dilys answers owners in one room and only asks in the other
        say(1, "08:30", upWork, marguerite, "new staple gun day. the old one finally bit me");
        say(1, "08:45", upWork, callum, "the pneumatic? you'll never go back");
        Post webbing = say(1, "12:00", upWork, dilys, "jute or elastic webbing for a 1930s club chair? customer "
                + "wants it 'original' but sat in");
        re(1, "12:30", marguerite, webbing, "jute, tight, done the traditional way. elastic on a sprung chair is a "
                + "cheat you can feel");
        re(1, "12:40", dilys, webbing, "jute it is, thank you");
        say(2, "09:00", upDeals, rosa, "end-of-roll velvet bundles this week, 5m for £40, six colours: "
                + "rosafabrics.example/offcuts");
        Post wobbly = say(2, "19:00", upAsk, pete, "dining chair seat is wobbly and the fabric's torn. reupholster "
                + "or new chair?");
        Post wobblyA = re(2, "19:30", dilys, wobbly, "if the frame is solid wood, reupholster. glue the joints "
                + "first (the wobble is the frame, not the seat), then it's a drop-in seat job, one evening");
        re(2, "19:45", pete, wobblyA, "solid oak, so doing it. cheers");
        say(3, "10:00", upWork, dilys, "where's everyone getting fire-rated foam since the price rise?");
        say(3, "10:40", upWork, callum, "the place in Wigan, cut to size, next day");
        say(3, "10:45", upWork, dilys, "ta Callum");
        Post stain = say(3, "20:00", upAsk, jamal, "red wine on a linen armchair. help");
        re(3, "20:10", dilys, stain, "cold water, blot don't rub, from the outside in. no salt whatever the "
                + "internet says. test washing-up liquid on the back first");
        say(3, "20:40", upAsk, jamal, "blotted, it's faint now. life saver");
        Post velvet = say(5, "18:00", upAsk, nadia, "where do people buy upholstery velvet without paying £60 a "
                + "metre? redoing a sofa");
        Post velvetA = re(5, "18:20", rosa, velvet, "I sell end of rolls, rosafabrics.example/offcuts, and the mill "
                + "shop in Macclesfield is good if you can get there");
        re(5, "18:25", marguerite, velvet, "and measure twice, sofas eat 12m+ with pattern matching");
        re(5, "18:40", nadia, velvetA, "ooh both helpful, thank you");
        say(6, "13:00", upCoffee, pete, "velvet on a sofa with two labradors? 😂");
        say(6, "13:05", upCoffee, nadia, "it's for the front room. they're not allowed. they go in anyway");
        say(6, "13:10", upCoffee, dilys, "brave");
        say(7, "10:00", upWork, marguerite, "anyone else's Saturdays all 'can you just look at this chair'?");
        say(7, "10:15", upWork, callum, "every one");
        // W27: Callum's workshop rides on two answers
        Post seat = say(8, "19:00", upAsk, pete, "how hard is it to redo a drop-in dining seat myself? first time");
        re(8, "19:30", callum, seat, "very doable. unscrew the seat, pull the old staples, new 2 inch foam, "
                + "wadding, then fabric stapled from the middle of each side outwards. I'm also running a drop-in seat "
                + "workshop this Saturday, £45: callumupholstery.example/workshop");
        say(8, "19:40", upAsk, pete, "middle outwards, got it. might do it alone first and cry later");
        Post sag = say(9, "18:00", upAsk, jamal, "my armchair seat sags in the middle, is that the springs?");
        Post sagA = re(9, "18:30", callum, sag, "probably the webbing under the springs has gone, not the springs. "
                + "tip it over and look. if you fancy learning to do it, my Saturday workshop still has places: "
                + "callumupholstery.example/workshop");
        re(9, "18:45", dilys, sag, "if the springs have dropped through the bottom, it's the webbing. easy fix");
        re(10, "09:00", nadia, sagA, "@Callum Fraser would you remind us when you run the next one? can't do this "
                + "Saturday");
        re(10, "12:00", callum, sagA, "will do Nadia");
        say(10, "12:30", upWork, callum, "six booked for Saturday, nervous");
        say(10, "12:45", upWork, marguerite, "you'll be great. hide the sharp tools");
        say(11, "14:00", upDeals, rosa, "new in: Harris tweed remnants, 1m pieces £22: rosafabrics.example/tweed");
        say(11, "15:00", upDm, rosa, "Hi Jamal! saw your armchair in the ask room. I've got a tartan that would "
                + "look great on it, 4m for £88, want me to hold it for you?");
        say(12, "16:00", upWork, dilys, "tack lifter or the flat screwdriver, which do you use for old tacks?");
        say(12, "16:20", upWork, marguerite, "ripping chisel and a mallet. the screwdriver ends up in your hand");
        say(12, "16:30", upWork, dilys, "good to know, thanks");
        say(13, "20:00", upAsk, jamal, "it was the webbing! ordered some");
        say(13, "20:05", upAsk, dilys, "brilliant, pull it really tight, use a stretcher");
        say(14, "18:00", upCoffee, callum, "workshop done. six seats, nobody stapled themselves");
        say(14, "18:10", upCoffee, pete, "mine's done too, the solo way. only one staple in my thumb");
        // W28: the reminder Nadia asked for
        say(16, "09:00", upAsk, callum, "@Nadia Haddad as promised: next seat workshop is Sat 28th, "
                + "callumupholstery.example/workshop");
        say(16, "09:30", upAsk, nadia, "booked! thank you for remembering");
        say(16, "12:00", upDm, jamal, "thanks but I've already got fabric");
        Post tufting = say(17, "19:00", upAsk, nadia, "how do you do buttons on a headboard without the fabric "
                + "puckering?");
        re(17, "19:30", marguerite, tufting, "mark your grid on the foam first, pleat the fabric towards the "
                + "buttons, and tie off at the back loosely first, then tighten them all evenly");
        say(17, "19:50", upAsk, nadia, "loosely first, that's the bit I was missing");
        say(18, "10:00", upWork, dilys, "finished the club chair. jute, tight, old way. the customer sat in it and "
                + "went quiet in a good way");
        say(18, "10:20", upWork, marguerite, "best review there is");
        say(19, "17:00", upCoffee, marguerite, "fabric fair in Manchester next month, anyone?");
        say(19, "17:10", upCoffee, callum, "yes, Saturday");
    }

    private void laptops() {
        // W26: a customer's warranty question to the owner waits while the news goes out
        say(1, "09:00", laNews, ingrid, "New in: 12 ThinkPad T480s, i5, 16GB, £289 with our 12-month warranty: "
                + "secondbyte.example/t480");
        Post tessQ = say(2, "10:30", laHelp, tess, "@Ingrid Solberg the battery on the X260 I bought from you in "
                + "April only holds 2 hours now. is that covered by the warranty?");
        Post ram = say(3, "09:15", laHelp, carlos, "which RAM fits the T480, and can you fit it for me?");
        re(3, "09:40", mohammed, ram, "DDR4 2400 SODIMM, up to 32GB over two slots. one slot is free on ours");
        say(3, "12:00", laNews, ingrid, "Summer sale starts Friday: 10% off all Dell Latitudes, "
                + "secondbyte.example/summer");
        Post brother = say(3, "19:00", laChat, ollie, "I bought my X270 from you in March and told my brother "
                + "about you, he's ordering one this week");
        re(3, "19:30", ingrid, brother, "that's lovely to hear Ollie, thank you! tell him to say hi when he orders");
        say(4, "08:50", laHelp, carlos, "and can you fit it?");
        say(4, "09:30", laHelp, bea, "@Carlos Mendes yes, free if you buy the RAM from us, £10 if not. drop it in "
                + "any weekday");
        say(4, "09:40", laHelp, carlos, "great, I'll get it from you then");
        say(4, "12:00", laNews, ingrid, "We're closed Monday for stocktaking, back Tuesday 9am");
        Post mba = say(4, "18:00", laTrade, yasmin, "what would a 2015 MacBook Air be worth in trade? works fine, "
                + "battery tired");
        re(4, "18:30", mohammed, mba, "about £90 in trade with a tired battery, £110 if the charger is there too");
        say(4, "18:35", laTrade, yasmin, "charger yes! will bring it in");
        re(5, "11:00", bea, tessQ, "@Tess Harwood sorry for the wait! yes, batteries are covered for 12 months, "
                + "bring it in and we'll swap it");
        say(5, "11:20", laHelp, tess, "thanks Bea, will come Saturday");
        say(6, "14:00", laChat, yasmin, "does anyone else's cat sleep on the warm laptop or just mine");
        say(6, "14:10", laChat, ollie, "mine sleeps on the charger brick. weirdo");
        say(6, "14:15", laChat, mohammed, "please don't let them on the vents 😅");
        // W27
        say(8, "09:00", laNews, ingrid, "Summer sale extended to Sunday, Latitudes 10% off: "
                + "secondbyte.example/summer");
        say(8, "10:00", laHelp, tess, "new battery is great, 9 hours yesterday!");
        say(8, "10:20", laHelp, ingrid, "brilliant Tess, and sorry I missed your message last week");
        Post dock = say(9, "15:00", laHelp, yasmin, "will a USB-C dock work with the T480?");
        re(9, "15:20", mohammed, dock, "yes, any Thunderbolt 3 or plain USB-C dock, the Lenovo one is the least "
                + "fussy");
        say(9, "15:30", laHelp, yasmin, "👍");
        say(10, "09:00", laNews, ingrid, "Just in: 8 MacBook Pro 2019s, 13 inch, from £449: "
                + "secondbyte.example/mbp2019");
        say(10, "16:00", laChat, carlos, "RAM fitted, Chrome has stopped eating my laptop");
        say(10, "16:10", laChat, bea, "🎉");
        say(11, "12:00", laNews, ingrid, "Trade-in prices up for ThinkPads this month, see trade-ins for a quote");
        Post t14 = say(11, "19:00", laTrade, carlos, "what's a ThinkPad T14 gen 1 worth in trade, i5, 8GB?");
        re(11, "19:30", bea, t14, "around £170, a bit more with the box");
        say(12, "10:00", laChat, ollie, "brother's laptop came, he's very happy. he says hi");
        say(12, "10:20", laChat, ingrid, "hi to your brother! 😄");
        say(13, "09:00", laNews, ingrid, "Saturday opening 10-4 this week, the van's at a fair in the morning");
        // W28
        Post hinge = say(15, "10:00", laHelp, tess, "@Ingrid Solberg the hinge on my X260 creaks, is that "
                + "normal?");
        re(15, "10:30", ingrid, hinge, "a little creak is normal on those, but if it gets stiff bring it in and "
                + "Mohammed will look, it's covered");
        say(15, "10:40", laHelp, tess, "thank you!");
        say(16, "12:00", laTrade, yasmin, "traded the MacBook Air, got £110. thanks Mohammed");
        say(16, "12:05", laTrade, mohammed, "enjoy the new one Yasmin");
        Post wifi = say(17, "20:00", laHelp, carlos, "wifi drops every hour on the T480, any ideas?");
        re(17, "20:30", mohammed, wifi, "turn off power saving on the wifi card in Device Manager, that's 9 out of "
                + "10 of these");
        re(18, "08:00", carlos, wifi, "that was it. no drops overnight");
        say(18, "09:00", laNews, ingrid, "New in: Latitude 7490s, £249 with warranty: secondbyte.example/7490");
        say(19, "15:00", laChat, ollie, "anyone tried Linux on the X270? brother wants to");
        say(19, "15:20", laChat, mohammed, "runs beautifully, Mint is the easiest start");
    }

    private void bears() {
        // W26: Kieran and Gwendolyn talk a rabbit through over three days
        Post paw = say(1, "19:00", beAdmit, ruth, "my grandad's 1950s bear has a torn paw pad and the stuffing is "
                + "coming out. can he be saved?");
        Post pawA = re(1, "19:40", gwendolyn, paw, "almost certainly. 1950s pads are usually felt or rexine, both "
                + "can be patched from behind so the old pad stays. keep him in a bag so you don't lose any stuffing");
        re(1, "20:00", ruth, pawA, "he's in a freezer bag now. thank you, I was dreading the answer");
        say(2, "09:00", beParts, hollis, "fresh mohair in: distressed gold and a lovely sparse caramel for old "
                + "bears, fat quarters £18. list and photos: hollismohair.example/new");
        say(2, "10:00", beWard, mabel, "wood wool or kapok for restuffing a Chiltern? owner wants him firm");
        say(2, "10:20", beWard, gwendolyn, "wood wool for the head, kapok in the body if she'll let you. firm but "
                + "huggable");
        say(2, "10:30", beWard, hollis, "I've got fine wood wool if you're short Mabel");
        say(2, "10:40", beWard, mabel, "yes please, I'll order tonight");
        Post rabbit = say(3, "18:00", beAdmit, kieran, "my daughter's rabbit lost an eye in the wash. can I just "
                + "sew a button on?");
        Post rabbitA = re(3, "18:30", gwendolyn, rabbit, "you can, but how old is she? for under threes an "
                + "embroidered eye is safer than a button. what colour is the other eye?");
        re(3, "18:45", kieran, rabbitA, "she's 2. the other eye is black plastic, like a bead");
        re(3, "19:00", gwendolyn, rabbitA, "then I'd embroider both, black satin stitch, so they match. I can talk "
                + "you through it");
        re(3, "19:10", kieran, rabbitA, "yes please, I've never embroidered anything");
        Post eye = say(4, "20:00", beAdmit, kieran, "tried the satin stitch, it looks a bit like he's winking. is "
                + "that fixable?");
        re(4, "20:20", gwendolyn, eye, "pull the top stitches out and go over it with smaller stitches, from the "
                + "centre out. a wink has charm though");
        re(4, "20:45", kieran, eye, "second go is better. she's decided he's winking on purpose");
        Post ear = say(5, "19:30", beAdmit, kieran, "last one I promise: his ear is hanging by a thread, ladder "
                + "stitch?");
        re(5, "19:50", gwendolyn, ear, "ladder stitch, strong thread, pull it tight every few stitches and the "
                + "seam disappears");
        re(5, "21:00", kieran, ear, "done! he's had a full recovery. thank you Gwendolyn, honestly");
        say(6, "11:00", beParts, hollis, "glass eyes restocked, 8mm to 18mm, amber and black");
        say(6, "16:00", beTea, saoirse, "rainy Saturday, perfect for sorting the doll cupboard");
        say(6, "16:10", beTea, ruth, "I'd have to find the doll cupboard first");
        // W27: Mabel's open day rides on an answer, then goes to the room
        Post wig = say(8, "21:00", beAdmit, saoirse, "porcelain doll's mohair wig has gone brittle, replace it or "
                + "try to restore?");
        say(9, "08:30", beAdmit, gwendolyn, "for a brittle mohair wig I'd keep it and make a new one in the same "
                + "style. restoring brittle mohair rarely lasts, and the original keeps the doll's value if stored");
        say(9, "09:00", beAdmit, saoirse, "keep and copy, makes sense");
        Post musty = say(9, "12:00", beAdmit, amara, "bought a bear at a car boot and he smells musty. can he go "
                + "in the washing machine?");
        re(9, "12:30", mabel, musty, "please don't, the joints rust and the mohair mats. put him in a bag with "
                + "bicarb for a few days, shake it off outside, then surface clean with a barely damp cloth. if "
                + "you're local, I'm having an open day at my studio Saturday, bring him along: "
                + "mabelsbears.example/openday");
        say(9, "12:45", beAdmit, amara, "bicarb bag it is, thank you! Frome is only half an hour");
        say(10, "09:00", beTea, mabel, "Open day at my studio in Frome this Saturday! free, tea and cake, bring "
                + "your bears for a check-up: mabelsbears.example/openday");
        say(10, "09:20", beTea, ruth, "wish I was nearer!");
        say(10, "10:00", beWard, hollis, "anyone else find the new cotter pins too soft?");
        say(10, "10:15", beWard, gwendolyn, "yes, I've gone back to the old stock");
        say(10, "10:20", beWard, hollis, "I'll ask the supplier, might be a bad run");
        say(11, "09:00", beWard, hollis, "supplier says the whole batch was wrong, replacements free to anyone who "
                + "bought from me since May");
        say(11, "09:10", beWard, mabel, "oh good, I had 40 of them");
        say(11, "09:15", beWard, hollis, "send me your order number Mabel");
        Post dye = say(11, "14:00", beWard, hollis, "question for the restorers: do your customers ever ask for "
                + "dyed-to-match mohair for patches?");
        re(11, "14:30", gwendolyn, dye, "all the time. if you did small batches in faded colours I'd buy");
        re(11, "14:40", mabel, dye, "yes please, faded gold especially");
        say(11, "14:50", beWard, hollis, "ok, going to try some. faded gold, faded brown, tired white");
        say(12, "10:00", beParts, hollis, "first dyed-to-match batch: faded gold and tired white, half fat "
                + "quarters £11");
        say(12, "10:30", beWard, hollis, "@Gwendolyn Ash put two faded gold aside for you");
        say(12, "10:40", beWard, gwendolyn, "thank you Hollis");
        say(13, "18:00", beWard, hollis, "growlers: does anyone still refurb the old bellows ones or just replace?");
        say(13, "18:30", beWard, mabel, "replace, unless the owner really wants the old voice");
        say(13, "18:40", beWard, hollis, "thought so. I'll stock more of the modern ones");
        say(14, "17:00", beTea, amara, "went to Mabel's open day! Barnaby has been admitted 😄");
        say(14, "17:10", beTea, mabel, "he's doing very well on the ward 🧸");
        // W28
        say(15, "19:00", beAdmit, ruth, "grandad's bear is home, paw patched from behind like you said. my mum "
                + "cried");
        say(15, "19:20", beAdmit, gwendolyn, "that's the best bit of the job. give him a hug from me");
        Post squeak = say(16, "12:00", beAdmit, saoirse, "does anyone know how to make a doll's mama voice box work "
                + "again? it just wheezes");
        re(16, "12:40", mabel, squeak, "the bellows paper has usually cracked. it can be re-papered, it's fiddly but "
                + "doable, I'll write the steps up for you tonight");
        say(16, "21:00", beAdmit, mabel, "@Saoirse Flynn steps: open the box, lift the old paper, cut new from "
                + "thin leather or tissue paper layered with glue, fold it to the old creases, let it dry a day");
        say(16, "21:20", beAdmit, saoirse, "you're a saint, trying it this weekend");
        say(17, "10:00", beWard, gwendolyn, "Chiltern came out beautifully, wood wool head like you said Mabel");
        say(17, "10:05", beWard, mabel, "you said it, I just did it 😄");
        say(18, "09:00", beParts, hollis, "faded brown dyed mohair in now, same price");
        say(19, "19:00", beTea, kieran, "the rabbit has been through the wash AGAIN. eye held though");
        say(19, "19:10", beTea, gwendolyn, "a triumph of satin stitch");
    }

    private void typewriters() {
        // W26: Ivy brings the type-in sheet back as seats fill
        say(1, "19:00", tyBench, augustin, "a Hermes 3000 on the bench this week. seafoam, the good green");
        say(1, "19:10", tyBench, phoebe, "the best green. I'm jealous already");
        say(2, "10:00", tyTypeIns, ivy, "Type-in at Leeds Central Library, Sat 7 July, 1-4pm, 12 seats, bring a "
                + "machine or borrow one. sign-up sheet: forms.example/typein-leeds");
        say(2, "10:30", tyTypeIns, phoebe, "signed up! bringing the Olivetti");
        say(2, "11:00", tyTypeIns, yuki, "me too, with spare ribbons for anyone");
        Post drawband = say(3, "20:00", tyBench, desmond, "one does not simply... replace a drawband without losing "
                + "the mainspring tension. or does one?");
        re(3, "20:20", yuki, drawband, "one does, if one hooks the new band on before unhooking the old one. and "
                + "counts the turns. write the number down");
        re(3, "20:30", desmond, drawband, "counting the turns. I've been winging it for years");
        say(4, "09:00", tyTypeIns, ivy, "6 seats left for the Leeds type-in, sheet here: "
                + "forms.example/typein-leeds");
        say(4, "12:00", tyCast, phoebe, "typed my shopping list on the Olivetti. it feels important now");
        say(4, "12:10", tyCast, desmond, "the Olivetti makes 'eggs' look like a manifesto");
        say(5, "18:00", tyBench, augustin, "what does everyone use for platen rubber now? the rejuvenator stuff "
                + "didn't last");
        say(5, "18:30", tyBench, yuki, "I send them out for recovering now. the rejuvenator is a week's grace");
        say(5, "18:35", tyBench, phoebe, "same, recovering is the only fix");
        say(6, "09:00", tyTypeIns, ivy, "2 seats left for Saturday week! forms.example/typein-leeds");
        say(6, "09:20", tyTypeIns, desmond, "grabbed one");
        // W27: Lorcan is helped by three people and gives nothing, and a question to him waits
        Post sm3 = say(8, "19:00", tyBench, lorcan, "got an Olympia SM3 from my nan, the carriage won't move at "
                + "all");
        Post sm3A = re(8, "19:30", yuki, sm3, "check the carriage lock first, it's a little lever at the back "
                + "left. if that's off, the drawband may have come off its hook");
        re(8, "19:40", lorcan, sm3A, "it was the lock lol ty");
        re(8, "19:50", yuki, sm3A, "ha, it gets everyone. what's the serial number on it, by the way? I'm "
                + "logging SM3s for the database");
        say(8, "20:00", tySale, augustin, "Restored Hermes 3000, seafoam, new platen, new feet, £260: "
                + "augustintypes.example/hermes3000");
        Post ribbon = say(10, "20:00", tyBench, lorcan, "ribbon keeps slipping off the spool");
        re(10, "20:30", augustin, ribbon, "the spool probably needs the little hook at the centre, old ribbons "
                + "have it, new ones often don't. rewind a new ribbon onto the old spool");
        re(10, "20:40", lorcan, ribbon, "thx");
        say(11, "09:00", tySale, augustin, "bump, Hermes 3000 now £240: augustintypes.example/hermes3000");
        say(11, "10:00", tyBench, phoebe, "anyone know a good glass cleaner for the key tops? the legends are "
                + "fading");
        say(11, "10:20", tyBench, yuki, "nothing with alcohol on those legends. warm water and a cotton bud");
        Post buy = say(12, "21:00", tyBench, lorcan, "where do u buy ribbons");
        re(12, "21:20", phoebe, buy, "any office supply place for the universal ones, or the ribbon shop in "
                + "Hebden Bridge for cotton");
        re(12, "21:25", lorcan, buy, "ok");
        say(13, "17:00", tyTypeIns, ivy, "thank you all for a lovely type-in! 12 people, 14 machines, one child "
                + "who typed 'POO' for an hour");
        say(13, "17:10", tyTypeIns, desmond, "the child was the best typist there");
        say(14, "10:00", tySale, augustin, "last bump, Hermes 3000 £220 and I'll post it free: "
                + "augustintypes.example/hermes3000");
        say(14, "11:00", tySale, phoebe, "@Augustin Leclerc is the Hermes the one with the script typeface?");
        say(14, "11:30", tySale, augustin, "no, pica, sorry Phoebe");
        // W28: Desmond passes on auction finds
        say(15, "08:00", tyBench, desmond, "not mine, but someone's selling a Smith-Corona Silent with the green "
                + "keys: auctions.example/lot/41877");
        say(15, "08:30", tyBench, phoebe, "too far for me to collect, sadly");
        say(15, "09:00", tyBench, desmond, "and a very sad Remington portable for parts: auctions.example/lot/41902");
        say(16, "08:00", tyBench, desmond, "Olympia SG1 going cheap in Bradford: auctions.example/lot/42011");
        say(16, "08:20", tyBench, yuki, "SG1s are heavy but worth it");
        say(16, "08:25", tyBench, desmond, "two people to lift, one to type");
        say(16, "20:00", tyBench, lorcan, "how do u clean the slugs");
        say(16, "20:20", tyBench, desmond, "old toothbrush and a bit of mineral spirits, let it dry before typing");
        say(17, "08:00", tyBench, desmond, "Royal Quiet De Luxe, looks complete: auctions.example/lot/42100");
        say(17, "18:00", tyCast, desmond, "typecast: an ode to the margin bell");
        say(17, "18:10", tyCast, ivy, "the rhyme on 'ding' 👏");
        say(18, "08:00", tyBench, desmond, "last one this week I promise, Adler Tippa: auctions.example/lot/42233");
        say(18, "08:30", tyBench, desmond, "I have a problem");
        say(19, "19:00", tyCast, lorcan, "typed this on nan's SM3. serial is 1293xxx if anyone still wants it");
        say(19, "19:10", tyCast, yuki, "me! thank you Lorcan, into the database it goes");
        say(19, "19:30", tyCast, desmond, "lovely Lorcan, SM3s type like butter");
        say(20, "10:00", tyTypeIns, ivy, "next type-in: Harrogate, Sat 4 Aug. sheet soon");
    }

    private void ceramics() {
        // W26: a beginner asks for a kit and a maker answers with her own
        say(1, "10:00", ciTable, clemence, "gold seam on a Cornishware jug this week. the blue and the gold!");
        say(1, "10:20", ciTable, tobi, "that's going to look amazing, post it when it's done");
        Post kit = say(2, "19:00", ciAsk, zainab, "anyone got a kit recommendation for a first go at kintsugi? my "
                + "favourite mug broke");
        Post kitA = re(2, "19:30", haruka, kit, "I put together a beginner kit with real urushi and brass powder, "
                + "£38: harukakintsugi.example/kit. if you'd rather start quick and cheap, any craft shop's epoxy "
                + "'kintsugi kit' is fine for a mug you won't drink from");
        re(2, "19:45", clemence, kit, "urushi takes weeks to cure and can give you a rash, so gloves. epoxy is "
                + "quicker for a first go, urushi is the real thing");
        re(2, "20:10", zainab, kitA, "I do want to drink from it again... so urushi? thank you both");
        re(2, "20:20", haruka, kitA, "urushi, yes, once fully cured it's food safe. take your time with it");
        say(3, "09:00", ciWorkshops, haruka, "July evening class: kintsugi with urushi, 4 Tuesdays from 10 July, "
                + "£120, materials included: harukakintsugi.example/classes");
        Post lac = say(3, "20:00", ciAsk, linnea, "is the gold lacquer on kintsugi actually safe to eat off? "
                + "thinking of fixing a plate");
        say(3, "20:30", ciAsk, clemence, "real urushi is, once it's cured for a few weeks. epoxy isn't, keep those "
                + "for display");
        say(3, "20:40", ciAsk, tobi, "and check the gold powder isn't a mix with something odd in it, buy from a "
                + "proper supplier");
        re(3, "21:00", linnea, lac, "thank you! urushi for the plate then");
        say(4, "11:00", ciTable, ansel, "filling chips on a Worcester figure today. the colour matching takes "
                + "longer than the fill");
        say(4, "11:20", ciTable, clemence, "always the colour. what do you use for the glaze effect?");
        say(4, "11:40", ciTable, ansel, "a UV-cured clear over airbrushed acrylic. not for kintsugi folk, sorry "
                + "Clemence 😄");
        say(5, "19:00", ciSupplies, clemence, "anyone bought the brass powder from the Kyoto shop? shipping "
                + "worth it?");
        say(5, "19:30", ciSupplies, haruka, "yes, three weeks to arrive, the quality is very even");
        say(6, "15:00", ciTable, tobi, "first full bowl done! three breaks, all gold");
        say(6, "15:10", ciTable, haruka, "the join at the foot is very clean Tobi");
        // W27: Ansel's quiet week, and a drop-off agreed with a thumbs-up
        Post moor = say(8, "10:00", ciAsk, gareth, "@Ansel Whitfield would you take on a Moorcroft vase for an "
                + "insurance job? clean break in two");
        Post moorA = re(8, "11:00", ansel, moor, "yes, that's an invisible repair job, a clean break is the best "
                + "kind. about three weeks, I'll give the insurer a written quote");
        Post drop = re(8, "11:20", gareth, moorA, "could I drop it off Thursday?");
        drop.react("👍", ansel);
        say(9, "10:00", ciTable, ansel, "does anyone else find the new slow epoxy yellows faster than the old?");
        say(9, "10:30", ciTable, clemence, "haven't used it, sticking with the old until someone tests it");
        say(9, "10:40", ciTable, ansel, "I'll test a tile in the window and report back");
        say(10, "09:00", ciWorkshops, haruka, "2 places left for the July class: harukakintsugi.example/classes");
        say(10, "09:15", ciWorkshops, zainab, "grabbed one! the mug is coming with me");
        say(11, "18:00", ciAsk, gareth, "dropped the vase off with Ansel, very reassuring man");
        Post gold = say(11, "19:00", ciAsk, linnea, "real gold or brass powder for the plate? the price "
                + "difference is huge");
        re(11, "19:20", tobi, gold, "brass for practice, it's what I used on my first bowl. gold once you're "
                + "confident, it's mostly the same technique");
        re(11, "19:30", linnea, gold, "brass first, thank you Tobi");
        say(12, "12:00", ciTable, ansel, "tile test: new epoxy yellowed in a week in the window. old stuff still "
                + "clear");
        say(12, "12:10", ciTable, tobi, "useful, thank you for testing");
        say(13, "16:00", ciTable, clemence, "the Cornishware jug, done and gold");
        say(13, "16:05", ciTable, tobi, "told you! gorgeous");
        // W28: Tobi asks three rooms for votes
        say(15, "09:00", ciTable, tobi, "my kintsugi bowl made the shortlist for the craft fair people's vote! "
                + "please vote for me: craftvote.example/entry/tobi-bowl");
        say(15, "09:10", ciSupplies, tobi, "if anyone has a minute, please vote for my bowl 🙏 "
                + "craftvote.example/entry/tobi-bowl");
        say(15, "09:15", ciWorkshops, tobi, "vote for my bowl? craftvote.example/entry/tobi-bowl");
        say(15, "09:40", ciTable, clemence, "voted! well deserved");
        say(15, "10:00", ciTable, haruka, "congratulations Tobi");
        Post urushiRash = say(16, "20:00", ciAsk, zainab, "got an itchy rash on my wrist after the class. is that "
                + "the urushi?");
        re(16, "20:30", haruka, urushiRash, "almost certainly, it happens to most people once. wash with soap and "
                + "cool water, keep long sleeves and nitrile gloves next time. if it spreads, see a pharmacist");
        say(16, "20:40", ciAsk, zainab, "long sleeves from now on, thank you");
        say(17, "11:00", ciTable, ansel, "Moorcroft vase is glued and curing. the break's gone under the light");
        say(17, "11:10", ciTable, clemence, "magic");
        say(18, "18:00", ciAsk, gareth, "@Ansel Whitfield any idea when the vase will be ready? the insurer is "
                + "asking");
        say(18, "18:30", ciAsk, ansel, "@Gareth Pryce end of next week, I'll email the insurer Friday");
        say(19, "12:00", ciTable, tobi, "didn't win but came third! thank you everyone who voted");
        say(19, "12:10", ciTable, haruka, "third in the county, that's wonderful");
    }

    static Map<String, String> files() {
        return new HeldOutScenes78Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 78");
    }
}
