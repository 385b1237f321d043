package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 89 (sealed): eight communities of collecting, hobbies and making things at home, of kinds no earlier
 * round used (jigsaw puzzlers with a swap shelf where nobody sells, picture-postcard collectors with a dealer among
 * them whose fellow collectors are also his customers, a paint-by-numbers kit shop's own server with its Staff and
 * customers, scale plastic model kit builders with a decal maker and an airbrush refurbisher among them, antique
 * bottle diggers where nobody sells, macramé makers with a room where the public asks for commissions, terrarium
 * builders with a moss seller, a grow-light seller and his DM to a newcomer, scrapbookers and junk journal makers with
 * a printables seller), over three ISO weeks (2030-W18 to W20), written and labelled by writer89 (session 48) before
 * any coach ran on them, with many borderline cases. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-89.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes89Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 4, 29);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 5, 20, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-89";
    private static final int BASE = 69200;

    // --- A. jigsaw puzzlers (nobody sells) ---
    private final String jig = cast.guild(1171);
    private final Channel jgTable = cast.channel(jig, "Edge Pieces First", "on-the-table",
            "what's on your table this week, progress pics", "jg-on-the-table.json");
    private final Channel jgSwap = cast.channel(jig, "Edge Pieces First", "swap-shelf",
            "swaps and loans between members; the swap sheet lives here", "jg-swap-shelf.json");
    private final Channel jgMissing = cast.channel(jig, "Edge Pieces First", "missing-pieces",
            "lost a piece? ask here, someone may have the same puzzle", "jg-missing-pieces.json");
    private final Channel jgChat = cast.channel(jig, "Edge Pieces First", "chat",
            "anything else", "jg-chat.json");
    private final Persona margaret = cast.person("margaret.l", "Margaret Lowe");
    private final Persona deb = cast.person("deb.harlow", "Deb Harlow");
    private final Persona tom = cast.person("tom.pruett", "Tom Pruett");
    private final Persona anjali = cast.person("anjali.r", "Anjali Rao");
    private final Persona colm = cast.person("colm.d", "Colm Doyle");
    private final Persona wendy = cast.person("wendy.sato", "Wendy Sato");
    private final Persona pete = cast.person("pete.g", "Pete Garvey");

    // --- B. picture-postcard collectors with a dealer among them ---
    private final String cards = cast.guild(1172);
    private final Channel pcFinds = cast.channel(cards, "The Postcard Box", "finds",
            "show what you picked up", "pc-finds.json");
    private final Channel pcIdent = cast.channel(cards, "The Postcard Box", "identify-this",
            "dating, publishers, postmarks, what is it worth", "pc-identify-this.json");
    private final Channel pcFairs = cast.channel(cards, "The Postcard Box", "fairs-and-dealers",
            "postcard fairs, dealers' lists, who has what", "pc-fairs-and-dealers.json");
    private final Channel pcChat = cast.channel(cards, "The Postcard Box", "chat",
            "general chat", "pc-chat.json");
    private final Persona harold = cast.person("harold.beck", "Harold Beck");
    private final Persona sheila = cast.person("sheila.m", "Sheila Morton");
    private final Persona ravi = cast.person("ravi.k", "Ravi Kapoor");
    private final Persona june = cast.person("june.ellery", "June Ellery");
    private final Persona alan = cast.person("alan.firth", "Alan Firth");
    private final Persona maisie = cast.person("maisie.t", "Maisie Tull");

    // --- C. a paint-by-numbers kit shop's own server ---
    private final String kits = cast.guild(1173);
    private final Role kitStaff = cast.role("Staff", "#9b59b6", 2);
    private final Channel pkNews = cast.channel(kits, "Tidy Brush Kits", "announcements",
            "new kits, restocks and offers from Tidy Brush", "pk-announcements.json");
    private final Channel pkHelp = cast.channel(kits, "Tidy Brush Kits", "help-with-my-kit",
            "missing paints, torn canvas, how do I...; the team answers here", "pk-help-with-my-kit.json");
    private final Channel pkDone = cast.channel(kits, "Tidy Brush Kits", "finished-paintings",
            "show off your finished kits", "pk-finished-paintings.json");
    private final Channel pkChat = cast.channel(kits, "Tidy Brush Kits", "chat",
            "chat about anything", "pk-chat.json");
    private final Persona ruby = cast.person("ruby.tidybrush", "Ruby Quinn", kitStaff);
    private final Persona jon = cast.person("jon.tidybrush", "Jon Ashby", kitStaff);
    private final Persona carol = cast.person("carol.dent", "Carol Dent");
    private final Persona farid = cast.person("farid.n", "Farid Nasser");
    private final Persona lou = cast.person("lou.b", "Lou Bennett");
    private final Persona grace = cast.person("grace.o", "Grace Ohene");
    private final Persona stan = cast.person("stan.wick", "Stan Wick");

    // --- D. scale plastic model kit builders ---
    private final String models = cast.guild(1174);
    private final Channel smBench = cast.channel(models, "Sprue & Glue", "workbench",
            "works in progress", "sm-workbench.json");
    private final Channel smHelp = cast.channel(models, "Sprue & Glue", "help-desk",
            "stuck on a build? paint, glue, seams, decals", "sm-help-desk.json");
    private final Channel smSale = cast.channel(models, "Sprue & Glue", "for-sale",
            "sell your spares, stash kits and your own products", "sm-for-sale.json");
    private final Channel smChat = cast.channel(models, "Sprue & Glue", "chat",
            "off-topic", "sm-chat.json");
    private final Persona priti = cast.person("priti.decals", "Priti Shah");
    private final Persona dean = cast.person("dean.marsh", "Dean Marsh");
    private final Persona les = cast.person("les.corbin", "Les Corbin");
    private final Persona hiro = cast.person("hiro.t", "Hiro Tanaka");
    private final Persona nadia = cast.person("nadia.p", "Nadia Petrov");
    private final Persona gordon = cast.person("gordon.kay", "Gordon Kay");
    private final Persona fern = cast.person("fern.lyle", "Fern Lyle");

    // --- E. antique bottle diggers (nobody sells) ---
    private final String bottles = cast.guild(1175);
    private final Channel bdFinds = cast.channel(bottles, "Dump Diggers", "finds",
            "show your finds", "bd-finds.json");
    private final Channel bdIdent = cast.channel(bottles, "Dump Diggers", "identify",
            "what is it, how old, embossing and closures", "bd-identify.json");
    private final Channel bdDigs = cast.channel(bottles, "Dump Diggers", "digs",
            "planning digs, permissions, who's going where", "bd-digs.json");
    private final Channel bdChat = cast.channel(bottles, "Dump Diggers", "chat",
            "everything else", "bd-chat.json");
    private final Persona kev = cast.person("kev.lomax", "Kev Lomax");
    private final Persona barry = cast.person("barry.n", "Barry Nunn");
    private final Persona sue = cast.person("sue.pike", "Sue Pike");
    private final Persona owen = cast.person("owen.rees", "Owen Rees");
    private final Persona gail = cast.person("gail.m", "Gail Mercer");
    private final Persona ted = cast.person("ted.hollis", "Ted Hollis");

    // --- F. macramé makers with a room where the public asks ---
    private final String knots = cast.guild(1176);
    private final Channel mkHelp = cast.channel(knots, "Knot Collective", "knot-help",
            "stuck on a knot or a pattern? ask", "mk-knot-help.json");
    private final Channel mkMakers = cast.channel(knots, "Knot Collective", "maker-chat",
            "for makers who sell: cord suppliers, pricing, fairs, moans", "mk-maker-chat.json");
    private final Channel mkAsk = cast.channel(knots, "Knot Collective", "ask-a-maker",
            "want something made? ask our makers here", "mk-ask-a-maker.json");
    private final Channel mkShow = cast.channel(knots, "Knot Collective", "show-your-knots",
            "finished pieces", "mk-show-your-knots.json");
    private final Persona lina = cast.person("lina.ferris", "Lina Ferris");
    private final Persona bea = cast.person("bea.holt", "Bea Holt");
    private final Persona cora = cast.person("cora.v", "Cora Vance");
    private final Persona zoe = cast.person("zoe.marr", "Zoe Marr");
    private final Persona neil = cast.person("neil.abbott", "Neil Abbott");
    private final Persona tilly = cast.person("tilly.s", "Tilly Shaw");

    // --- G. terrarium builders with two sellers ---
    private final String jars = cast.guild(1177);
    private final Channel tgBuilds = cast.channel(jars, "Glass Gardens", "builds",
            "your jars, bottles and tanks", "tg-builds.json");
    private final Channel tgHelp = cast.channel(jars, "Glass Gardens", "help",
            "mould, fogging, dying moss: ask", "tg-help.json");
    private final Channel tgSupplies = cast.channel(jars, "Glass Gardens", "moss-and-supplies",
            "where to get moss, substrate and lights; sellers welcome", "tg-moss-and-supplies.json");
    private final Channel tgChat = cast.channel(jars, "Glass Gardens", "chat",
            "general", "tg-chat.json");
    private final Persona ivy = cast.person("ivy.mossbox", "Ivy Penrose");
    private final Persona glen = cast.person("glen.t", "Glen Tarrant");
    private final Persona ruth = cast.person("ruth.ames", "Ruth Ames");
    private final Persona sanjay = cast.person("sanjay.i", "Sanjay Iyer");
    private final Persona moll = cast.person("moll.carey", "Moll Carey");
    private final Persona pablo = cast.person("pablo.r", "Pablo Reyes");
    private final Persona kat = cast.person("kat.ferrin", "Kat Ferrin");
    private final Channel tgDmGlen = cast.dm(glen, "tg-dm-glen-tarrant.json");

    // --- H. scrapbookers and junk journal makers with a printables seller ---
    private final String glue = cast.guild(1178);
    private final Channel gsShow = cast.channel(glue, "Glue Stick Club", "show-and-share",
            "show your spreads, journals and anything you made", "gs-show-and-share.json");
    private final Channel gsTech = cast.channel(glue, "Glue Stick Club", "techniques",
            "how-tos, bindings, ageing paper, questions", "gs-techniques.json");
    private final Channel gsSwap = cast.channel(glue, "Glue Stick Club", "ephemera-swap",
            "swap your spare ephemera by post", "gs-ephemera-swap.json");
    private final Channel gsChat = cast.channel(glue, "Glue Stick Club", "chat",
            "natter", "gs-chat.json");
    private final Persona tasha = cast.person("tasha.greer", "Tasha Greer");
    private final Persona helen = cast.person("helen.birch", "Helen Birch");
    private final Persona mo = cast.person("mo.jaffar", "Mo Jaffar");
    private final Persona elin = cast.person("elin.m", "Elin Morgan");
    private final Persona dot = cast.person("dot.fenwick", "Dot Fenwick");
    private final Persona ama = cast.person("ama.b", "Ama Boateng");

    HeldOutScenes89Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        jigsaws();
        postcards();
        kitShop();
        scaleModels();
        bottleDiggers();
        macrame();
        terrariums();
        scrapbooks();
    }

    private void jigsaws() {
        // W18
        say(1, "08:40", jgTable, margaret, "Morning all. Started the Wasgij last night, the one with the village "
                + "fete. Edges done by bedtime, which never happens");
        say(1, "09:05", jgTable, wendy, "ooh that one's mean, the cake stall is all the same beige");
        say(1, "09:20", jgTable, margaret, "Don't tell me that now Wendy");
        say(1, "19:30", jgChat, colm, "1000 pieces of sky. why do I do this to myself?");
        say(1, "19:34", jgChat, pete, "because you enjoy suffering, clearly");
        say(1, "19:40", jgChat, colm, "fair");
        Post debSheet = say(2, "10:00", jgSwap, deb, "Swap shelf at the library is on Saturday 10-12 as usual. "
                + "Put what you're bringing on the sheet so people can plan: forms.example/edgepieces-swap");
        debSheet.react("👍", tom, wendy);
        say(2, "10:30", jgSwap, tom, "Bringing the two Gibsons and the Cobble Hill barn");
        Post anjQ = say(2, "21:10", jgMissing, anjali, "Hi, new here. Finished my first 1000 (a Ravensburger "
                + "cat one) and there's one piece missing, right in the middle of the cat's face. Is there any way "
                + "to get a single piece?");
        Post wenA = re(2, "21:25", wendy, anjQ, "Ravensburger have a replacement parts form on their site, you "
                + "give the number off the box and the position. Took about 3 weeks for me but it came");
        re(2, "21:40", anjali, wenA, "oh amazing, didn't know that was a thing. thank you!");
        say(2, "21:45", jgMissing, pete, "also check under the sofa. always the sofa");
        say(3, "08:10", jgMissing, anjali, "IT WAS UNDER THE SOFA 😂");
        say(3, "08:15", jgMissing, pete, "every time");
        say(3, "12:00", jgTable, tom, "halfway through the Gibsons pub one, the bar is all glasses and i keep "
                + "mixing up the pint pieces");
        say(3, "12:20", jgTable, margaret, "Sort by the shape of the tabs Tom, not the picture, it's faster with "
                + "those");
        say(3, "12:25", jgTable, tom, "will try that, ta");
        Post debQ = say(4, "18:00", jgSwap, deb, "@Tom Pruett still on to help me carry the crates in Saturday?");
        debQ.react("👍", tom);
        say(4, "18:30", jgSwap, deb, "3 of 12 tables left on the sheet: forms.example/edgepieces-swap");
        say(5, "20:00", jgChat, wendy, "does anyone glue and frame theirs or is that a crime");
        say(5, "20:10", jgChat, colm, "crime");
        say(5, "20:12", jgChat, margaret, "I did one for my mum, the Ravensburger mod podge stuff, it looked lovely. "
                + "Use the sheets not the liquid, the liquid warps");
        say(5, "20:20", jgChat, wendy, "sheets, noted, thanks Margaret");
        say(6, "13:30", jgSwap, tom, "great shelf today, came home with four boxes and a cake");
        say(6, "13:40", jgSwap, deb, "thanks for the muscles Tom 💪");
        // W19
        say(8, "09:00", jgTable, margaret, "Wasgij done. The answer was in the cake stall all along");
        say(8, "09:10", jgTable, anjali, "congrats!! I'm on a 500 of a library, trying to build up");
        Post antQ = say(8, "19:00", jgSwap, anjali, "@Margaret Lowe you mentioned you've got the Ravensburger "
                + "2000 of the Alps, would you lend it once you're done? I'd post it back");
        say(9, "10:15", jgChat, margaret, "Anyone watching the puzzle championship stream on Saturday? Spain are "
                + "favourites apparently");
        say(9, "10:30", jgChat, colm, "I'll have it on in the background while I fail at my sky");
        say(9, "11:00", jgTable, margaret, "Starting the Heye map tonight, 2000 pieces of Triangle and tiny place "
                + "names");
        say(10, "20:00", jgChat, pete, "does 'when is a puzzle finished' count as a philosophical question if the "
                + "last piece is missing? asking for me");
        say(10, "20:05", jgChat, wendy, "it's finished when the dog eats the piece");
        say(10, "20:07", jgChat, margaret, "Ha! Ours ate two off a Jumbo, never forgave him");
        say(11, "09:00", jgSwap, deb, "Next swap shelf in two weeks, 25th. Sheet's open again: "
                + "forms.example/edgepieces-swap");
        Post colQ = say(11, "14:00", jgMissing, colm, "anyone else got the Eurographics 'Cats of the World'? "
                + "I'm missing the tabby's ear, bottom left corner");
        say(11, "14:30", jgMissing, pete, "mine's at my sister's, I'll look on Sunday");
        say(13, "17:00", jgMissing, pete, "@Colm Doyle no tabby ear in mine either, sorry. but I did find a "
                + "spare piece of something blue");
        say(13, "17:10", jgMissing, colm, "it's probably my sky");
        say(12, "21:00", jgTable, margaret, "Map going slowly, Triangle is hard on the eyes at night");
        // W20
        say(15, "08:30", jgTable, wendy, "new one: Cobble Hill beach huts. the sand is brutal");
        say(15, "08:50", jgTable, margaret, "Sand and sky, the two great evils");
        say(15, "19:00", jgSwap, deb, "Sheet's filling up for the 25th, 5 of 12 tables left: "
                + "forms.example/edgepieces-swap");
        say(16, "12:00", jgChat, pete, "who else is doing a speed puzzle at the library night? I'm doing it "
                + "just to lose gracefully");
        say(16, "12:10", jgChat, anjali, "me! terrified");
        say(16, "12:15", jgChat, pete, "you'll be fine Anjali, you found a piece under a sofa, that's skill");
        say(17, "20:00", jgTable, anjali, "finished my library 500 in two evenings 🎉");
        say(17, "20:10", jgTable, wendy, "that's quick!! next stop 1000");
        say(18, "10:00", jgChat, margaret, "Went to the charity shop in town, 50p puzzles, came home with six. "
                + "My husband is not thrilled");
        say(18, "10:05", jgChat, colm, "the stash grows");
    }

    private void postcards() {
        // W18
        say(1, "10:00", pcFinds, june, "Picked up a little bundle of Valentine's of Dundee views at the car boot, "
                + "£3 the lot. Some lovely ones of Oban");
        say(1, "10:20", pcFinds, ravi, "Valentine's are so underrated. Nice find June");
        say(1, "11:00", pcFinds, harold, "Oban ones go quick at fairs, you did well there");
        Post maiQ = say(2, "19:00", pcIdent, maisie, "Hello, I've been left my gran's albums, about 400 cards, "
                + "lots of seaside ones from the 1900s to the 60s. Where do people even start with knowing what's "
                + "what? Is there a place to find more seaside ones too, she collected Whitby and Scarborough");
        Post harA = re(2, "19:40", harold, maiQ, "Lovely inheritance. Start with the backs: divided back is after "
                + "1902 in the UK, the publisher's name is usually down the middle, and the stamp and postmark date "
                + "most of them. Keep them in the albums for now, don't peel anything. For Whitby and Scarborough, "
                + "fairs are your best bet. I have a stall at the Newark fair on the 19th and my seaside stock is on "
                + "beckcards.example/seaside if you want to see what's around");
        re(2, "20:10", maisie, harA, "That's so helpful, thank you Harold. I'll have a look at the backs tonight");
        say(2, "20:15", pcIdent, june, "Also the Picture Postcard Monthly has a good beginner piece on dating, "
                + "the library might have back issues");
        say(3, "09:00", pcChat, alan, "rain again. good day for sorting the shoebox");
        say(3, "09:30", pcChat, sheila, "I've been sorting mine by county and I regret it already");
        say(3, "09:40", pcChat, alan, "by county is the only way Sheila, stay strong");
        Post ravQ = say(4, "14:00", pcIdent, ravi, "Anyone know the publisher 'E.T.W. Dennis'? Got a Filey one "
                + "with that on the back, looks 1930s");
        Post harB = re(4, "14:20", harold, ravQ, "Dennis of Scarborough, huge seaside publisher, 1920s to 60s. "
                + "The 'Dainty' series is the one people chase");
        re(4, "14:30", ravi, harB, "brilliant, thanks");
        say(5, "11:00", pcFairs, alan, "Is anyone going to Newark on the 19th? I'll be there first thing");
        say(5, "11:20", pcFairs, harold, "I'm there all day, table near the door, come and say hello");
        say(5, "11:30", pcFairs, sheila, "I'll come, I still owe you for the Whitby jet workers card Harold, "
                + "the one I bought from you at York");
        say(5, "11:45", pcFairs, harold, "You owe me nothing Sheila, paid in full!");
        say(6, "16:00", pcFinds, maisie, "Found a real photo card in gran's album of the Scarborough spa bandstand "
                + "with her written on the back aged 9. I cried a bit");
        say(6, "16:30", pcFinds, june, "oh that's precious Maisie ❤️");
        // W19
        Post sheQ = say(8, "10:00", pcFairs, sheila, "@Harold Beck do you have any more of the Whitby fishing "
                + "series, the sepia ones? I'd buy two or three at Newark if you can bring them");
        say(8, "15:00", pcFinds, harold, "New in: a run of 1910s Whitby harbour cards, a few Sutcliffe-style "
                + "real photos. Bringing them all to Newark");
        say(8, "15:20", pcFinds, ravi, "those look great");
        say(9, "12:00", pcIdent, alan, "Can anyone date a card with a halfpenny green Edward VII stamp and an "
                + "undivided back? Bit puzzled");
        say(9, "12:30", pcIdent, harold, "Before 1902 most likely Alan, the undivided back says so, and the Edward "
                + "stamp came in January 1902, so early 1902");
        say(9, "12:40", pcIdent, alan, "that narrows it, ta");
        say(9, "18:00", pcChat, harold, "Anyone else find the prices at the last Birmingham fair a bit mad?");
        say(9, "18:20", pcChat, ravi, "the railway ones were silly money");
        say(9, "18:30", pcChat, harold, "They were. Topographical is still sane thank goodness");
        say(10, "09:00", pcChat, june, "sorted 200 cards last night, only 3000 to go");
        say(10, "09:05", pcChat, maisie, "I've done the first album, I have a new respect for gran's handwriting");
        say(11, "19:00", pcFairs, ravi, "Newark list is up on the fair site, 40 dealers this time");
        say(11, "19:10", pcFairs, harold, "Busy one then. Bring a flask, the cafe queue is famous");
        say(12, "10:30", pcFinds, alan, "found a comic card from Blackpool, 1950s, Bamforth, very rude, won't "
                + "post it here 😂");
        say(12, "10:40", pcFinds, harold, "The Bamforths always sell first");
        // W20
        re(15, "09:00", harold, sheQ, "Sheila, sorry, missed this. Yes, I've got four of the sepia fishing ones, "
                + "I'll put them aside for you for Sunday");
        say(15, "09:30", pcFairs, sheila, "Oh lovely, thank you Harold");
        say(16, "14:00", pcIdent, maisie, "What does 'RP' mean on a dealer's list? I see it everywhere");
        say(16, "14:10", pcIdent, june, "real photo: an actual photographic print, not printed ink. usually "
                + "sharper and they cost more");
        say(16, "14:15", pcIdent, maisie, "ah that makes sense, thanks June");
        say(19, "18:00", pcFinds, alan, "Newark haul: 30 cards of Lincolnshire villages and a Tuck oilette of "
                + "Skegness");
        say(19, "18:10", pcFinds, sheila, "and I got my Whitby fishing ones, thank you Harold, they're beautiful");
        say(19, "18:30", pcFinds, harold, "Lovely to see you all. Good fair");
        say(19, "19:00", pcFinds, maisie, "I went too! bought three Whitby cards gran didn't have 🙂");
    }

    private void kitShop() {
        // W18
        say(1, "09:00", pkNews, ruby, "Morning everyone! Spring range is in: six new kits including the "
                + "lighthouse and the Cornish harbour, 40x50 on framed canvas. tidybrush.example/spring");
        say(1, "09:30", pkChat, lou, "the harbour one is gorgeous, ordered");
        say(1, "10:00", pkChat, ruby, "Thank you Lou! Show us when it's done");
        Post stanQ = say(2, "14:00", pkHelp, stan, "Hi, my canvas has a crease across the middle from the "
                + "post, will it come out or have I ruined it?");
        Post jonA = re(2, "14:25", jon, stanQ, "Hi Stan, sorry about that. Lay it face down on a towel and iron "
                + "the back on low, no steam, it'll flatten. If it doesn't, send us a photo and we'll replace it");
        re(2, "15:10", stan, jonA, "ironed it, flat as anything. thank you Jon");
        say(3, "19:00", pkDone, grace, "My first one finished! The poppies. Took three weeks of evenings");
        say(3, "19:10", pkDone, lou, "that looks like a real painting Grace");
        say(3, "19:20", pkDone, ruby, "Beautiful! The shading on the petals 😍");
        say(3, "19:30", pkDone, grace, "thank you 😊 number 23 nearly broke me");
        say(4, "11:00", pkChat, farid, "does anyone listen to anything while painting? I've run out of podcasts");
        say(4, "11:20", pkChat, carol, "audiobooks. I did a whole Agatha Christie over the lighthouse");
        say(4, "11:25", pkChat, farid, "good shout Carol");
        Post farQ = say(5, "10:00", pkHelp, farid, "@Jon Ashby quick one, can I stretch my finished canvas onto "
                + "a frame myself or is that a job for a framer?");
        Post rubA = re(5, "10:20", ruby, farQ, "Hi Farid, you can do it yourself, the framed kits come with "
                + "bars, and for the rolled ones any 40x50 stretcher bars work. Staple the middle of each side "
                + "first then work out to the corners");
        rubA.react("👍", jon);
        re(5, "10:40", farid, rubA, "perfect, thanks Ruby");
        // W19
        say(8, "09:00", pkNews, ruby, "Mother's Day is sorted: gift wrap on any kit this week, just tick the box "
                + "at checkout. tidybrush.example/gifts");
        Post carQ = say(8, "12:00", pkHelp, carol, "@Ruby Quinn my lighthouse kit came with two pots of 14 and no "
                + "15. Could you send a 15? I'm stuck on the sky");
        say(8, "16:00", pkChat, ruby, "What's everyone painting this week? I'm testing the next range and I've "
                + "mixed a purple that looks like bruises");
        say(8, "16:20", pkChat, lou, "harbour! nearly done");
        say(8, "16:30", pkChat, ruby, "Can't wait to see it Lou");
        say(9, "10:00", pkDone, lou, "Harbour finished 🎉");
        say(9, "10:10", pkDone, ruby, "Wow Lou, the water! That's going straight on our Instagram if you don't "
                + "mind");
        say(9, "10:15", pkDone, lou, "go for it!");
        say(9, "20:00", pkHelp, carol, "still stuck on the sky 😕");
        say(10, "11:00", pkNews, ruby, "Restock: the Highland cow kit is back, only 20 made this time");
        say(10, "13:00", pkChat, grace, "starting the lighthouse tonight, wish me luck");
        say(10, "13:10", pkChat, ruby, "You'll smash it Grace");
        say(11, "10:00", pkHelp, stan, "is it normal for number 8 to be nearly dry when I opened it? bit gloopy");
        Post jonB = say(11, "10:20", pkHelp, jon, "Stan a drop of water stirred in brings it back, just a drop. "
                + "If it's really solid tell us and we'll send one");
        re(11, "10:45", stan, jonB, "a drop did it, cheers");
        Post rubC = re(11, "12:00", ruby, carQ, "Carol so sorry, this got buried! A 15 is in the post today, first class");
        re(11, "12:30", carol, rubC, "thank you, it's fine, I did some of the harbour meanwhile");
        // W20
        say(15, "09:00", pkNews, ruby, "Summer kits are up for preorder, they ship on the 1st: "
                + "tidybrush.example/summer");
        say(15, "14:00", pkHelp, carol, "pot arrived, sky done! Thanks Ruby");
        say(16, "19:00", pkDone, carol, "Lighthouse done at last");
        say(16, "19:10", pkDone, grace, "gorgeous Carol, I'm on the rocks bit of mine");
        say(16, "19:20", pkDone, jon, "Love the sky on that, worth the wait");
        say(17, "12:00", pkChat, stan, "got my grandson doing one now. he does the numbers in order, I do them by "
                + "colour. we argue");
        say(17, "12:10", pkChat, farid, "colour is the only sane way");
        say(17, "12:15", pkChat, jon, "team colour here too");
        Post gracQ = say(18, "20:00", pkHelp, grace, "how do you all do the tiny white bits on the waves? my brush "
                + "is too fat");
        Post jonC = re(18, "20:20", jon, gracQ, "Grace, the kit brush #0 is the one, or a cocktail stick for the "
                + "really small dots. Do the white last");
        re(18, "20:30", grace, jonC, "cocktail stick! genius, thanks");
    }

    private void scaleModels() {
        // W18
        say(1, "18:00", smBench, les, "1/72 Lancaster, wing roots done, seams filled. The fit on the old Airfix "
                + "is something else");
        say(1, "18:20", smBench, hiro, "that's a big beast in 72. looking clean Les");
        say(1, "18:25", smBench, priti, "Nice seams. Which squadron are you doing?");
        say(1, "18:40", smBench, les, "617, the grey one, Priti. might want your codes for it");
        say(1, "18:45", smBench, priti, "I do a 617 sheet, send me the serial when you pick one and I'll check I "
                + "have the letters");
        say(2, "10:00", smSale, priti, "New sheet up: 1/48 Battle of Britain Spitfire codes, 6 aircraft, £8.50 "
                + "+ postage. prititransfers.example/bob48");
        Post nadQ = say(2, "20:00", smHelp, nadia, "Hi all, I'm back into models after 20 years. Any "
                + "recommendations for a first airbrush? budget about £80");
        Post gorA = re(2, "20:30", gordon, nadQ, "For £80 a gravity-feed 0.3 double action is the sweet spot. I "
                + "service and sell used ones, I've got an H&S Ultra refurbished for £65 if you'd want it, new seals, "
                + "tested. Otherwise the cheap Chinese ones are fine to learn on");
        Post hirA = re(2, "20:45", hiro, nadQ, "also budget for a compressor with a tank, that matters more than "
                + "the brush");
        re(2, "21:00", nadia, hirA, "didn't think of the compressor, good point");
        re(2, "21:05", nadia, gorA, "thanks Gordon, I'll have a think and come back to you");
        say(3, "19:00", smBench, dean, "Tiger I coming along, zimmerit done with putty and a screwdriver");
        say(3, "19:15", smBench, fern, "that zimmerit looks properly nasty, in a good way");
        say(4, "11:00", smChat, hiro, "anyone going to Telford this year?");
        say(4, "11:10", smChat, les, "every year, it's where my pension goes");
        say(4, "11:15", smChat, fern, "first time for me! any tips?");
        say(4, "11:25", smChat, les, "comfy shoes and a list. and a budget you will ignore");
        Post ferQ = say(5, "20:00", smHelp, fern, "my decals keep silvering on gloss, what am I doing wrong?");
        Post priA = re(5, "20:15", priti, ferQ, "Is the gloss fully cured? Give it 24h. Then a drop of Microset "
                + "under and Microsol on top, and press with a cotton bud. Silvering is almost always trapped air");
        re(5, "20:30", fern, priA, "I was putting them on the same evening... ok, patience");
        // W19
        say(8, "18:00", smBench, les, "Lancaster in primer. It's huge. The cat is unimpressed");
        say(8, "18:10", smBench, priti, "617 sheet is in the post for you Les");
        say(8, "18:15", smBench, les, "ta Priti, paid you this morning");
        say(9, "19:00", smHelp, nadia, "@Gordon Kay is the H&S still going? I'd like it if so");
        say(9, "19:30", smHelp, gordon, "it is Nadia, I'll DM you the details");
        say(10, "20:00", smBench, fern, "decals on the Spitfire, no silvering! thanks Priti");
        say(10, "20:10", smBench, priti, "that's come out lovely, the codes sit really flat");
        say(10, "20:20", smBench, hiro, "crisp!");
        say(11, "10:00", smSale, priti, "Restocked the Lancaster sheets, 617 and 9 Sqn. "
                + "prititransfers.example/lanc72");
        say(11, "15:00", smChat, dean, "rain all weekend = bench time");
        say(11, "15:05", smChat, fern, "same here");
        say(12, "18:00", smHelp, hiro, "what do people use for rigging biplanes? thread keeps sagging");
        say(12, "18:15", smHelp, les, "EZ Line, the stretchy stuff. stays tight");
        say(12, "18:20", smHelp, priti, "+1 EZ Line, and CA on a needle tip for the ends");
        say(12, "18:30", smHelp, hiro, "ordering some, thanks both");
        // W20
        say(15, "19:00", smBench, dean, "Tiger build video is up! 40 minutes of zimmerit pain, please like and "
                + "subscribe, it really helps the channel youtube.example/watch?v=tiger76");
        say(15, "19:03", smChat, dean, "new video out, would mean a lot if you gave it a like and subscribed "
                + "youtube.example/watch?v=tiger76");
        say(15, "19:05", smHelp, dean, "if anyone's stuck on zimmerit I covered it in my new vid, subscribe for "
                + "more youtube.example/watch?v=tiger76");
        say(16, "20:00", smBench, nadia, "first go with the airbrush, green everywhere including me");
        say(16, "20:10", smBench, gordon, "thin it more than you think, like milk. you'll get there");
        say(16, "20:15", smBench, nadia, "like milk. got it. thanks Gordon, the brush is a dream by the way");
        say(17, "19:00", smBench, les, "Lancaster finished, codes on, 617 it is");
        say(17, "19:10", smBench, priti, "That's a proper bomber, well done Les");
        say(17, "19:15", smBench, hiro, "stunning");
        say(18, "11:00", smChat, fern, "Telford tickets bought!");
        say(18, "11:10", smChat, les, "welcome to the poorhouse");
    }

    private void bottleDiggers() {
        // W18
        Post gailPoison = say(1, "17:00", bdFinds, gail, "Sunday's dig on the old farm tip: a cobalt poison bottle with the ribbing, "
                + "not a chip on it");
        Post barR1 = re(1, "17:20", barry, gailPoison, "nice. I've got eleven of those now, my best is a triangular "
                + "one I dug in 2019 from my mate's field, I keep it on my kitchen windowsill with my other blues");
        barR1.react("👍", gail);
        say(1, "17:30", bdFinds, sue, "lovely colour Gail, was it deep?");
        say(1, "17:40", bdFinds, gail, "about four foot, under a layer of ash");
        say(2, "12:00", bdChat, ted, "anyone else's back ruined after Sunday or just me");
        say(2, "12:10", bdChat, barry, "my back's been ruined since 1998. I dig every weekend regardless, I "
                + "reckon I've done more holes than anyone in this county. my wife says I should get my knees "
                + "insured");
        say(2, "12:15", bdChat, ted, "ha");
        Post owenQ = say(3, "19:00", bdIdent, ted, "Got a codd bottle with a marble still in, embossed 'Hartlepool' "
                + "on the shoulder. Any idea of age?");
        re(3, "19:30", owen, owenQ, "Codds with the marble are 1875 to about 1910, and Hartlepool makers usually "
                + "put the name and town on the shoulder like that, so probably 1890s. Check the base for a "
                + "glassworks mark. If you're interested, I'm doing a talk on codds at the Hexham history society "
                + "on Thursday, it's free and there's tea");
        say(3, "19:45", bdIdent, ted, "base says 'Rylands Barnsley'. might come to the talk too");
        say(3, "19:50", bdIdent, barry, "I've got a Rylands codd too, mine's green. my favourite one is my "
                + "Hamilton torpedo though, I found it myself at a tip I'd been after for years, my best day ever");
        say(4, "10:00", bdChat, sue, "did anyone see the documentary on the Thames mudlarks? lovely");
        say(4, "10:20", bdChat, barry, "I watched it twice. I was mudlarking before it was trendy, I had my "
                + "permit in 2005 and I found my clay pipe collection on the foreshore, I've got 60 now, I should "
                + "write a book about my finds really");
        say(4, "10:25", bdChat, sue, "you should");
        say(5, "15:00", bdDigs, owen, "Farm tip at Low Moor: landowner's fine with us on the 11th, max 5 people. "
                + "Who's in?");
        say(5, "15:10", bdDigs, sue, "me");
        say(5, "15:15", bdDigs, gail, "me");
        say(5, "15:30", bdDigs, kev, "me please, new to this");
        say(5, "15:40", bdDigs, barry, "I'm in, I'll bring my long probe, I made it myself from my old car aerial, "
                + "best thing I ever made");
        // W19
        Post kevQ1 = say(8, "18:00", bdIdent, kev, "Found this on a walk by the beck, brown bottle with 'Bovril' "
                + "on it. old or not?");
        Post sueA = re(8, "18:20", sue, kevQ1, "Bovril ones are 1900s to 1930s usually, the ones with the cork top are "
                + "older. Nice first find");
        re(8, "18:40", kev, sueA, "cool thanks");
        Post kevQ2 = say(9, "19:00", bdDigs, kev, "what do I need to bring on Saturday? I've got a spade");
        Post gaiA = re(9, "19:15", gail, kevQ2, "gloves, a sieve, kneeling pad, lots of newspaper to wrap things, "
                + "and water. Not a spade, a small fork, spades break glass");
        re(9, "19:20", kev, gaiA, "ok thanks");
        Post sueQ = say(9, "19:30", bdDigs, sue, "@Kev Lomax where was the beck you found the Bovril? if it's the "
                + "bit behind the old mill there might be a tip there, worth asking the farmer");
        say(10, "12:00", bdFinds, gail, "Washed up my poison bottle, it's even bluer clean");
        say(10, "12:10", bdFinds, barry, "mine came up like that too, I use my own soak, I worked it out myself, "
                + "my recipe is better than the shop stuff");
        Post kevQ3 = say(11, "17:00", bdIdent, kev, "got 3 bottles today at Low Moor! one says 'Camp Coffee' and "
                + "one has a weird pointy bottom. what are they");
        Post owA = re(11, "17:20", owen, kevQ3, "the pointy one is a torpedo, a soda bottle laid on its side so the cork "
                + "stayed wet, 1870s-1890s. Camp Coffee ones go back to 1880s, yours with the paper label gone "
                + "probably 1920s");
        re(11, "17:30", kev, owA, "sweet");
        say(11, "18:00", bdDigs, owen, "Good dig today all, the landowner says we can come back in June");
        say(11, "18:05", bdDigs, gail, "brilliant day, thanks for sorting it Owen");
        say(12, "10:00", bdChat, ted, "the talk on Thursday was great Owen, learned loads about the glassworks");
        say(12, "10:15", bdChat, owen, "glad you came Ted");
        say(12, "11:00", bdFinds, kev, "my 3 from saturday");
        say(12, "11:10", bdFinds, sue, "the torpedo's a beauty Kev");
        // W20
        Post kevQ4 = say(15, "18:00", bdIdent, kev, "how do you get the white cloudy stuff off the inside? "
                + "tried vinegar");
        Post tedA = re(15, "18:30", ted, kevQ4, "that's sickness, the glass itself is etched. vinegar won't shift it, it "
                + "needs tumbling, which is a whole thing. most people just live with it");
        re(15, "18:40", kev, tedA, "ah ok");
        say(16, "09:00", bdChat, gail, "anyone fancy a dig at the canal tip in June? I'll ask the trust");
        say(16, "09:20", bdChat, sue, "yes please");
        say(16, "09:30", bdChat, ted, "count me in");
        say(17, "14:00", bdIdent, gail, "Ted what's a blob top? someone at the car boot said my beer bottle was "
                + "one");
        say(17, "14:20", bdIdent, ted, "the thick rounded lip, for a wired cork. pre-1900s beer and mineral "
                + "water mostly");
        say(17, "14:25", bdIdent, gail, "ahh thanks");
        say(18, "19:00", bdFinds, barry, "dug a lovely stoneware ginger beer today, two-tone, my first from that "
                + "pottery");
        say(18, "19:10", bdFinds, gail, "ooh, which pottery?");
        say(18, "19:20", bdFinds, barry, "Port Dundas, Glasgow stamp on the back");
    }

    private void macrame() {
        // W18
        Post tilQ1 = say(1, "19:00", mkHelp, tilly, "trying my first plant hanger and my square knots keep "
                + "twisting into a spiral. what am I doing wrong?");
        Post beaA1 = re(1, "19:15", bea, tilQ1, "you're starting every knot from the same side! alternate left "
                + "and right each time and it stays flat. always starting left makes the spiral (which is also "
                + "a nice knot, just not the one you wanted)");
        re(1, "19:30", tilly, beaA1, "omg that's it. thank you Bea!!");
        say(2, "10:00", mkShow, cora, "finished my first wall hanging, 3mm cotton, took a month of evenings");
        say(2, "10:20", mkShow, lina, "the fringe is so neat Cora! lovely");
        say(2, "10:30", mkShow, bea, "gorgeous, love the diamond bit");
        Post zoeQ = say(2, "20:00", mkAsk, zoe, "Hi! Can anyone make a large wall hanging for over my bed, about "
                + "1m wide, natural colour? What would something like that cost?");
        Post linA = re(2, "20:40", lina, zoeQ, "Hi Zoe, I could do that. A 1m hanging in natural recycled cotton "
                + "would be around £85, about two weeks. I'll DM you photos of similar ones if you like");
        re(2, "21:00", zoe, linA, "yes please!");
        say(3, "11:00", mkMakers, bea, "has anyone found a cord supplier that isn't hiking prices every month? "
                + "mine's gone up again");
        say(3, "11:20", mkMakers, lina, "I switched to the Portuguese one, bulk 5kg cones, cheaper even with "
                + "postage. I'll find you the name");
        say(3, "11:30", mkMakers, bea, "please do");
        say(4, "09:00", mkHelp, cora, "how do you all keep the cords from tangling on long pieces?");
        say(4, "09:20", mkHelp, bea, "butterfly bundles with an elastic band on each. changed my life");
        say(4, "09:25", mkHelp, cora, "trying that tonight, thanks");
        Post neilQ = say(5, "14:00", mkAsk, neil, "Does anyone make macramé plant hangers for big pots, like "
                + "30cm? Most I see are tiny");
        re(5, "14:30", bea, neilQ, "I do! I make them up to 35cm pots, double-strand. Have a look at the ones on "
                + "my stall, I'm at Hebden Bridge market Sundays");
        say(5, "14:40", mkAsk, neil, "perfect, I'll come by on Sunday");
        // W19
        say(8, "09:00", mkMakers, lina, "@Bea Holt the cord place is Fio Natural, ask for the trade list");
        say(8, "09:10", mkMakers, bea, "ta. how do you price your big hangings? I feel like I'm undercharging");
        say(8, "09:30", mkMakers, lina, "cord cost times three plus £15 an hour for my time, then I round. "
                + "people pay for big ones");
        say(8, "09:35", mkMakers, bea, "£15 an hour, ok. mine works out at about £4");
        say(8, "09:40", mkMakers, lina, "that's why you're tired 😂");
        Post tilQ2 = say(9, "19:00", mkHelp, tilly, "my hanger is lopsided, one side's longer than the other. can I "
                + "fix it without undoing everything?");
        re(9, "19:20", bea, tilQ2, "loosen the gathering knot at the bottom and slide the short side down, then "
                + "retie. it's usually the gather not the knots");
        say(9, "19:40", mkHelp, tilly, "fixed! you're a star Bea");
        say(10, "10:00", mkMakers, lina, "anyone doing the Leeds makers fair in June? pitch fees have gone up to "
                + "£60");
        say(10, "10:15", mkMakers, bea, "I'm on the waiting list. is it worth £60?");
        say(10, "10:30", mkMakers, lina, "last year I took £400 so yes, if you take big pieces");
        Post neilQ2 = say(10, "12:00", mkAsk, neil, "Does anyone here do custom colours? I'd want a hanging in "
                + "terracotta to match my sofa");
        say(10, "21:00", mkMakers, bea, "how do you photograph big pieces? mine look flat");
        say(11, "09:00", mkMakers, lina, "outside, overcast day, against a white wall. never indoors");
        say(11, "09:10", mkMakers, bea, "overcast I can do, it's Yorkshire");
        say(11, "15:00", mkMakers, lina, "dyeing a batch of cord with avocado stones, it's going peachy");
        say(11, "15:20", mkMakers, bea, "ooh show us when it's dry");
        Post cusQ = say(12, "11:00", mkAsk, zoe, "Could someone make a matching smaller one for my hallway, maybe "
                + "40cm? Loving the big one");
        say(12, "16:00", mkMakers, lina, "avocado cord dry, it's a lovely blush pink. photos tomorrow");
        say(12, "16:10", mkMakers, bea, "can't wait");
        say(12, "16:20", mkMakers, lina, "it's all going in the Leeds pile if I get a pitch");
        say(13, "10:00", mkMakers, lina, "also the Portuguese supplier has a 10% trade offer till Friday Bea");
        // W20
        say(15, "09:00", mkHelp, tilly, "off to my sister's wedding in Spain till Sunday, no knots for a week 😭");
        say(15, "09:10", mkHelp, cora, "have the best time!");
        say(16, "18:00", mkHelp, cora, "@Tilly Shaw did the lopsided hanger end up straight in the end? I've got "
                + "the same thing going on");
        re(16, "10:00", lina, cusQ, "Zoe sorry I missed this! Yes, a 40cm to match would be £35, I'll message "
                + "you");
        re(16, "10:10", lina, neilQ2, "and Neil, yes, I dye to order, terracotta is easy. How big were you thinking?");
        say(16, "10:30", mkAsk, neil, "about 60cm wide. lovely, thanks Lina");
        say(17, "19:00", mkShow, lina, "the avocado-dyed runner, blush pink and very pleased with it");
        say(17, "19:10", mkShow, cora, "that colour!!");
        say(19, "20:00", mkHelp, tilly, "back! @Cora Vance yes it came out straight, loosen the gather and slide "
                + "the short side, Bea's trick. works every time");
        say(19, "20:15", mkHelp, cora, "thank you, doing it now");
    }

    private void terrariums() {
        // W18
        say(1, "20:00", tgBuilds, sanjay, "sealed jar number 3: fittonia, cushion moss and a bit of wood from the "
                + "park. day one fog is real");
        say(1, "20:10", tgBuilds, ruth, "fog on day one is normal, crack the lid an hour a day for a week");
        say(1, "20:15", tgBuilds, sanjay, "oh good, thought I'd messed it up");
        Post molQ = say(2, "09:00", tgHelp, moll, "white fluffy stuff on the wood in my jar, is it mould? "
                + "panicking");
        Post glenA = re(2, "09:20", glen, molQ, "most likely, it's common on new wood in the first month. Wipe it "
                + "off with a cotton bud, air the jar a day, and springtails will eat it if you add some");
        Post kaA = re(2, "09:30", kat, molQ, "+1 springtails, best thing I ever did");
        re(2, "09:45", moll, glenA, "phew. where do people get springtails?");
        say(2, "10:00", tgHelp, ivy, "I send them out in little tubs Moll, but any reptile shop has them too, "
                + "they're cheap");
        say(2, "10:10", tgHelp, moll, "reptile shop is round the corner, brilliant");
        say(3, "18:00", tgChat, kat, "my cat knocked over the big bottle garden. carpet now has a terrarium");
        say(3, "18:05", tgChat, ruth, "oh no 😂 is the fittonia ok?");
        say(3, "18:10", tgChat, kat, "fittonia is fine, carpet is not");
        say(4, "11:00", tgSupplies, ivy, "Fresh sheet moss and mood moss in this week, cushion moss is nearly gone. "
                + "mossbox.example/shop");
        say(4, "11:30", tgSupplies, ruth, "got some mood moss off you last month Ivy, still perfect");
        say(4, "11:40", tgSupplies, ivy, "so glad, thank you Ruth");
        say(5, "16:00", tgBuilds, moll, "mould gone, springtails in, jar looks happy");
        say(5, "16:10", tgBuilds, kat, "look at it go");
        // W19
        say(8, "10:00", tgSupplies, ivy, "Cushion moss has sold out, more comes in Friday: "
                + "mossbox.example/restock");
        say(8, "10:20", tgSupplies, ruth, "@Ivy Penrose give us a shout when it's back please! need some for a "
                + "big bowl");
        say(8, "10:25", tgSupplies, ivy, "will do Ruth");
        say(9, "19:00", tgChat, glen, "my Pro light is back in stock, best light for jars on the market honestly: "
                + "glowtank.example/pro-light");
        say(9, "19:30", tgChat, kat, "how many lumens is it?");
        say(9, "19:40", tgChat, glen, "1200, 6500K, dimmable");
        Post sanB = say(10, "20:00", tgBuilds, sanjay, "jar 3 a week on, fittonia's flowering!");
        re(10, "20:10", ruth, sanB, "that's so healthy Sanjay");
        re(10, "20:20", glen, sanB, "looking good, it'd really pop under the Pro light: "
                + "glowtank.example/pro-light");
        say(11, "12:00", tgSupplies, ivy, "@Ruth Ames as promised: cushion moss is back tomorrow 9am, there's a "
                + "bit more than last time. mossbox.example/restock");
        say(11, "12:10", tgSupplies, ruth, "thanks Ivy! alarm set");
        Post sanQ = say(11, "19:00", tgHelp, sanjay, "my moss is going brown at the tips. too much light or too "
                + "little?");
        re(11, "19:20", ivy, sanQ, "usually too much direct sun, or the jar's too dry. Is it on a windowsill?");
        say(11, "19:25", tgHelp, sanjay, "south windowsill... ok moving it");
        say(12, "09:00", tgSupplies, ivy, "cushion moss back in: mossbox.example/restock");
        say(12, "09:15", tgSupplies, ruth, "got mine, thanks for the heads up");
        say(12, "18:00", tgChat, glen, "weekend offer, 15% off the Pro light till Sunday: "
                + "glowtank.example/pro-light");
        say(13, "11:00", tgChat, moll, "went to a terrarium workshop in town, made a tiny one in a lightbulb");
        say(13, "11:10", tgChat, ruth, "a lightbulb! show us");
        say(13, "11:15", tgChat, moll, "will when I'm home");
        // W20
        joins(15, "08:00", tgChat, pablo);
        say(15, "08:30", tgBuilds, pablo, "hi all, made my first one this weekend, a pickle jar with a baby fern "
                + "and moss from the garden. be gentle");
        say(15, "08:45", tgBuilds, ruth, "welcome Pablo! that's a lovely first one");
        say(15, "09:00", tgBuilds, kat, "garden moss is the best moss");
        say(15, "09:10", tgBuilds, pablo, "thank you 🙂");
        say(16, "10:00", tgDmGlen, glen, "hey Pablo, welcome! saw your pickle jar, nice start. You'll want a "
                + "proper light for ferns, my Pro light is £34 and I'll do 10% off for new members: "
                + "glowtank.example/pro-light");
        say(16, "13:00", tgDmGlen, pablo, "oh thanks, I'll think about it, it's on a bright shelf for now");
        Post pabQ = say(17, "19:00", tgHelp, pablo, "is condensation on the glass every morning bad? can't see "
                + "the fern till lunch");
        Post ruA = re(17, "19:15", ruth, pabQ, "a bit in the morning is fine. if it never clears, open it for an hour");
        re(17, "19:30", pablo, ruA, "it clears by lunch so I'll leave it. thanks Ruth");
        say(18, "12:00", tgChat, moll, "lightbulb terrarium as promised");
        say(18, "12:10", tgChat, sanjay, "that's tiny!! how do you water it?");
        say(18, "12:20", tgChat, moll, "a spray bottle and a prayer");
        say(19, "17:00", tgSupplies, ivy, "moss walk in the woods next Sunday if anyone wants to learn to tell "
                + "the mosses apart, free, meet at the car park 10am");
        say(19, "17:20", tgSupplies, sanjay, "I'd love that");
    }

    private void scrapbooks() {
        // W18
        say(1, "19:00", gsShow, helen, "this week's spread: tickets from the Whitby trip, a pressed sea pink and "
                + "a lot of washi");
        say(1, "19:10", gsShow, mo, "the sea pink!! lovely Helen");
        say(1, "19:20", gsShow, tasha, "love the layering on that");
        Post dotQ = say(2, "10:00", gsTech, dot, "anyone got a template for a pocket page? the ones with the "
                + "little tucked envelope");
        Post tasA = re(2, "10:30", tasha, dotQ, "I made one, it's in my shop as a printable, £2.50: "
                + "tashaprints.example/pocket-page. Or honestly you can fold one from an A5 envelope cut in half");
        Post moA = re(2, "10:40", mo, dotQ, "the envelope trick is what I do, glue the flap down and trim the "
                + "corner");
        re(2, "11:00", dot, moA, "ooh free! doing that");
        say(3, "20:00", gsChat, elin, "does anyone else buy old books just for the pages");
        say(3, "20:05", gsChat, ama, "guilty");
        say(3, "20:07", gsChat, dot, "my husband thinks I'm a vandal");
        say(3, "20:10", gsChat, elin, "charity shop 20p hardbacks, the pages are perfect for tea staining");
        Post amaQ = say(4, "15:00", gsTech, ama, "how do you age paper with tea without it going wrinkly?");
        Post elA = re(4, "15:20", elin, amaQ, "strong black tea, brush it on rather than dunking, then dry it "
                + "flat under a board with a towel between");
        re(4, "15:30", ama, elA, "brushing! thank you");
        say(5, "11:00", gsSwap, dot, "I have a stack of old bus tickets and some 60s seed packets to swap, anyone "
                + "after those?");
        say(5, "11:10", gsSwap, helen, "me for the seed packets! I've got vintage stamps to send back");
        say(5, "11:15", gsSwap, dot, "deal, DM me your address");
        say(6, "18:00", gsShow, tasha, "junk journal finished, all my own printables and a lot of old maps");
        say(6, "18:15", gsShow, ama, "the map spine 😍");
        // W19
        say(8, "10:00", gsShow, tasha, "Just listed: vintage botanical sticker sheets, 3 designs. "
                + "tashaprints.example/botanicals");
        say(8, "10:20", gsShow, helen, "the foxgloves are so pretty");
        say(8, "10:30", gsShow, tasha, "thank you Helen!");
        say(9, "20:00", gsChat, mo, "anyone watching the bake off repeat");
        say(9, "20:02", gsChat, elin, "what's a good glue for fabric onto card? tacky glue bleeds");
        say(9, "20:05", gsChat, dot, "yes Mo, the bread week one, carnage");
        say(9, "20:07", gsChat, helen, "Elin, double sided tape sheets, no bleed at all");
        say(9, "20:08", gsChat, mo, "carnage is right");
        say(9, "20:10", gsChat, elin, "tape sheets, will try");
        say(10, "12:00", gsChat, tasha, "new botanical stickers listed if anyone needs some for spring pages: "
                + "tashaprints.example/botanicals");
        Post helQ = say(10, "19:00", gsTech, helen, "how do you bind a journal with a long stitch? the tutorials "
                + "go too fast");
        re(10, "19:30", tasha, helQ, "punch your holes with a template first, 5 stations, and keep the thread "
                + "tension loose till the end. I'll do you a diagram tomorrow");
        say(11, "10:00", gsTech, tasha, "Helen here's the diagram, stations 1 to 5 with the thread path");
        say(11, "10:20", gsTech, helen, "that makes so much more sense, thank you Tasha");
        say(12, "16:00", gsSwap, ama, "anyone have old sheet music to swap? I have ticket stubs and postcards");
        say(12, "16:20", gsSwap, elin, "I've got a whole hymn book falling apart, it's yours");
        // W20
        say(15, "09:00", gsChat, tasha, "flash sale! 30% off everything in my shop today only "
                + "tashaprints.example/sale");
        say(15, "09:30", gsChat, mo, "morning all, who's up for a swap parcel round?");
        say(15, "09:40", gsChat, tasha, "me for the swap!");
        say(15, "09:45", gsChat, dot, "me too");
        say(15, "19:00", gsShow, tasha, "made a spread with the new bundle pages, loving the greens");
        say(16, "10:00", gsTech, tasha, "if you're struggling with ephemera, my ephemera pack does the hard work "
                + "for you, 40 pages: tashaprints.example/ephemera-pack");
        say(16, "10:20", gsTech, dot, "how do people stop pages from buckling when there's loads of glue?");
        say(16, "10:30", gsTech, ama, "thin layers, and a glue stick rather than PVA for paper");
        say(16, "10:35", gsTech, dot, "glue stick, ok!");
        say(16, "11:00", gsChat, tasha, "anyone know if Royal Mail large letter goes up in June?");
        say(16, "11:20", gsChat, mo, "I think it did in April already");
        say(17, "09:00", gsChat, tasha, "bundle of the month is up: 3 packs for £10 tashaprints.example/bundle");
        say(17, "12:00", gsSwap, tasha, "swap parcel going out to Dot tomorrow");
        say(17, "12:10", gsSwap, dot, "yay!");
        say(18, "10:00", gsChat, tasha, "botanical sheets 2 for £5 till tonight tashaprints.example/botanicals");
        say(18, "15:00", gsShow, tasha, "tried Helen's washi layering on my spread, so good");
        say(18, "15:10", gsShow, helen, "that looks better than mine!");
        say(19, "12:00", gsChat, tasha, "thanks for all the orders this week everyone 💕");
        say(19, "12:20", gsChat, elin, "parcel came, stickers are lovely");
    }

    static Map<String, String> files() {
        return new HeldOutScenes89Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 89");
    }
}
