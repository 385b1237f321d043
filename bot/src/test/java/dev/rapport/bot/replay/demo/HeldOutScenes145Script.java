package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 145 (sealed): eight communities of stand-up, improv and live comedy, of kinds no earlier round used
 * (comedians who sell corporate workshops, hosting and writing, Serious Funny, with a room where HR teams and event
 * planners ask and an open-dates room, a newcomer's priced "DM me" under a planner's party news, and a comedian who
 * spends a week with fellow comedians running an anonymous survey of corporate fees while the HR manager who booked
 * her last year and a conference organiser he sent wait; a comedy club's own server, The Crooked Mic, with its Staff
 * and Customers, a regular who plugs his Fringe preview, an access manager away who said so, a customer's DM about an
 * office party and a box-office manager who answers a refund the next day with an apology; an improv school's own
 * server, Yes And Improv School, with its Team and Students, a new student who asks everyone to subscribe to his
 * channel, a student who pitches his confidence workshops under a newcomer's hello and a student helped on three days
 * who leaves a classmate's question; open-mic hosts and promoters, Open Spot, with an introductions room, a listings
 * room, a host who scatters his new booking link and a host who posts tips and hot takes to nobody for a week; comedy
 * writers for hire, Gag Room, with a commissions room and a portfolio room, a newcomer who dumps five links, and a
 * writer who talks only of his sitcom pilot for a week; a ticketing app's own server, Laughstub, with its Team and
 * Customers, a promoter who pushes his own ticket link in the promoters' lounge and a developer who answers an
 * advocate's scanning bug 28 hours late with an apology; a society of vintage radio and TV comedy fans, The Wireless
 * Laughs Society, where nobody sells, with an archivist who posts finds, a member away at the Fringe who said so and a
 * member who talks about her tapes for a week and asks about others the next; comedy poster designers and headshot
 * photographers, Poster &amp; Headshot, with a room where comedians ask, a for-hire room, a photographer who leaves a
 * double act's question two days and a photographer who posts his package to the comedians' room unasked), over three
 * ISO weeks (2034-W33 to W35), written and labelled by writer145 (session 66) before any coach ran on them. The
 * labels are in {@code bot/src/test/resources/eval/held-out-scenes-145.csv}. Run {@link #main} from the project root
 * to write the export again.
 */
final class HeldOutScenes145Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2034, 8, 14);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2034, 9, 4, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-145";
    private static final int BASE = 114000;

    // --- A. comedians who sell corporate workshops, hosting and writing ---
    private final String serious = cast.guild(1731);
    private final Channel sfGreen = cast.channel(serious, "Serious Funny", "green-room",
            "comedians who run workshops and corporate gigs, among ourselves", "sf-green-room.json");
    private final Channel sfClient = cast.channel(serious, "Serious Funny", "client-asks",
            "HR teams, event planners and conference organisers ask; comedians reply", "sf-client-asks.json");
    private final Channel sfDates = cast.channel(serious, "Serious Funny", "open-dates",
            "post your open dates, workshops and fees", "sf-open-dates.json");
    private final Persona imelda = cast.person("imelda.rourke", "Imelda Rourke");
    private final Persona baz = cast.person("baz.okonjo", "Baz Okonjo");
    private final Persona lorna = cast.person("lorna.mcteer", "Lorna McTeer");
    private final Persona felix = cast.person("felix.darrow", "Felix Darrow");
    private final Persona gordon = cast.person("gordon.pike", "Gordon Pike");
    private final Persona harriet = cast.person("harriet.voss", "Harriet Voss");
    private final Persona niamh = cast.person("niamh.cully", "Niamh Cully");
    private final Persona rajiv = cast.person("rajiv.mehta", "Rajiv Mehta");

    // --- B. a comedy club's own server ---
    private final String crooked = cast.guild(1732);
    private final Role cmStaff = cast.role("Staff", "#8e44ad", 2);
    private final Role cmCustomer = cast.role("Customer", "#95a5a6", 1);
    private final Channel cmOn = cast.channel(crooked, "The Crooked Mic Comedy Club", "whats-on",
            "line-ups, ticket links and club news", "cm-whats-on.json");
    private final Channel cmBox = cast.channel(crooked, "The Crooked Mic Comedy Club", "box-office",
            "tickets, refunds, access and seating; staff reply", "cm-box-office.json");
    private final Channel cmBar = cast.channel(crooked, "The Crooked Mic Comedy Club", "the-bar",
            "regulars chat: gigs you loved, who to see, anything", "cm-the-bar.json");
    private final Persona connie = cast.person("connie.baptiste", "Connie Baptiste", cmStaff);
    private final Persona wes = cast.person("wes.harland", "Wes Harland", cmStaff);
    private final Persona priya = cast.person("priya.lally", "Priya Lally", cmStaff);
    private final Persona tobias = cast.person("tobias.fenn", "Tobias Fenn", cmCustomer);
    private final Persona mags = cast.person("mags.ellery", "Mags Ellery", cmCustomer);
    private final Persona dougie = cast.person("dougie.stroud", "Dougie Stroud", cmCustomer);
    private final Persona yasmin = cast.person("yasmin.kell", "Yasmin Kell", cmCustomer);
    private final Persona clem = cast.person("clem.adair", "Clem Adair");
    private final Channel cmDm = cast.dm(dougie, "cm-dm-dougie-stroud.json");

    // --- C. an improv school's own server ---
    private final String yesAnd = cast.guild(1733);
    private final Role yaTeam = cast.role("Team", "#e67e22", 2);
    private final Role yaStudent = cast.role("Student", "#bdc3c7", 1);
    private final Channel yaNews = cast.channel(yesAnd, "Yes And Improv School", "announcements",
            "term dates, shows and school news", "ya-announcements.json");
    private final Channel yaQs = cast.channel(yesAnd, "Yes And Improv School", "class-questions",
            "students ask about classes, levels and make-ups; the team replies", "ya-class-questions.json");
    private final Channel yaLounge = cast.channel(yesAnd, "Yes And Improv School", "student-lounge",
            "students chat: practice groups, shows you've seen, anything", "ya-student-lounge.json");
    private final Persona ottoline = cast.person("ottoline.marsh", "Ottoline Marsh", yaTeam);
    private final Persona kit = cast.person("kit.brannagh", "Kit Brannagh", yaTeam);
    private final Persona sunny = cast.person("sunny.adeyemi", "Sunny Adeyemi", yaTeam);
    private final Persona hester = cast.person("hester.quayle", "Hester Quayle", yaStudent);
    private final Persona ines = cast.person("ines.barros", "Ines Barros", yaStudent);
    private final Persona jonah = cast.person("jonah.pelly", "Jonah Pelly", yaStudent);
    private final Persona femi = cast.person("femi.cole", "Femi Cole");
    private final Persona marcus = cast.person("marcus.tolley", "Marcus Tolley", yaStudent);
    private final Persona bea = cast.person("bea.lindqvist", "Bea Lindqvist");
    private final Channel yaDm = cast.dm(jonah, "ya-dm-jonah-pelly.json");

    // --- D. open-mic hosts and promoters ---
    private final String openSpot = cast.guild(1734);
    private final Channel osBar = cast.channel(openSpot, "Open Spot", "promoters-only",
            "hosts and promoters among ourselves: venues, no-shows, door splits", "os-promoters-only.json");
    private final Channel osAsk = cast.channel(openSpot, "Open Spot", "acts-ask",
            "new acts ask about spots, etiquette and getting started; hosts reply", "os-acts-ask.json");
    private final Channel osList = cast.channel(openSpot, "Open Spot", "nights-listings",
            "post your nights: date, venue, how to book a spot", "os-nights-listings.json");
    private final Channel osIntro = cast.channel(openSpot, "Open Spot", "introductions",
            "new here? introduce yourself", "os-introductions.json");
    private final Persona rafferty = cast.person("rafferty.quill", "Rafferty Quill");
    private final Persona jude = cast.person("jude.mallory", "Jude Mallory");
    private final Persona sol = cast.person("sol.hennessy", "Sol Hennessy");
    private final Persona teddy = cast.person("teddy.marchbank", "Teddy Marchbank");
    private final Persona ciara = cast.person("ciara.doyle", "Ciara Doyle");
    private final Persona nat = cast.person("nat.ferreira", "Nat Ferreira");
    private final Persona olu = cast.person("olu.bankole", "Olu Bankole");
    private final Persona percy = cast.person("percy.vane", "Percy Vane");

    // --- E. comedy writers for hire ---
    private final String gagRoom = cast.guild(1735);
    private final Channel grRoom = cast.channel(gagRoom, "Gag Room", "writers-room",
            "comedy writers among ourselves: craft, rates, credits, the trade", "gr-writers-room.json");
    private final Channel grAsk = cast.channel(gagRoom, "Gag Room", "commissions-wanted",
            "presenters, speakers, YouTubers, brands and best men ask for writers", "gr-commissions-wanted.json");
    private final Channel grPort = cast.channel(gagRoom, "Gag Room", "portfolio",
            "share a piece you've written: sketches, gags, scripts", "gr-portfolio.json");
    private final Persona petra = cast.person("petra.langley", "Petra Langley");
    private final Persona hugo = cast.person("hugo.tennant", "Hugo Tennant");
    private final Persona mina = cast.person("mina.sorensen", "Mina Sorensen");
    private final Persona gethin = cast.person("gethin.rowe", "Gethin Rowe");
    private final Persona lottie = cast.person("lottie.crane", "Lottie Crane");
    private final Persona dominic = cast.person("dominic.hale", "Dominic Hale");
    private final Persona saoirse = cast.person("saoirse.bell", "Saoirse Bell");
    private final Persona arlo = cast.person("arlo.whitcombe", "Arlo Whitcombe");
    private final Persona tamsin = cast.person("tamsin.rudd", "Tamsin Rudd");

    // --- F. a ticketing app's own server ---
    private final String laughstub = cast.guild(1736);
    private final Role lsTeam = cast.role("Team", "#16a085", 2);
    private final Role lsCustomer = cast.role("Customer", "#7f8c8d", 1);
    private final Channel lsNews = cast.channel(laughstub, "Laughstub", "announcements",
            "releases, fixes and news from the Laughstub team", "ls-announcements.json");
    private final Channel lsHelp = cast.channel(laughstub, "Laughstub", "help-desk",
            "promoters and venues: events, payouts, scanning; the team replies", "ls-help-desk.json");
    private final Channel lsLounge = cast.channel(laughstub, "Laughstub", "promoters-lounge",
            "promoters and venues who sell with Laughstub chat among themselves", "ls-promoters-lounge.json");
    private final Persona anya = cast.person("anya.petrossian", "Anya Petrossian", lsTeam);
    private final Persona ravi = cast.person("ravi.holloway", "Ravi Holloway", lsTeam);
    private final Persona blessing = cast.person("blessing.udeh", "Blessing Udeh", lsTeam);
    private final Persona vinnie = cast.person("vinnie.castell", "Vinnie Castell", lsCustomer);
    private final Persona georgie = cast.person("georgie.mayhew", "Georgie Mayhew", lsCustomer);
    private final Persona ike = cast.person("ike.durant", "Ike Durant", lsCustomer);
    private final Persona harold = cast.person("harold.bream", "Harold Bream", lsCustomer);
    private final Persona delphi = cast.person("delphi.stone", "Delphi Stone", lsCustomer);
    private final Channel lsDm = cast.dm(georgie, "ls-dm-georgie-mayhew.json");

    // --- G. fans of vintage radio and TV comedy ---
    private final String wireless = cast.guild(1737);
    private final Channel wlGeneral = cast.channel(wireless, "The Wireless Laughs Society", "general",
            "anything about old radio and TV comedy", "wl-general.json");
    private final Channel wlFinds = cast.channel(wireless, "The Wireless Laughs Society", "archive-finds",
            "drop links to old radio and TV comedy you've found: episodes, clips, scripts", "wl-archive-finds.json");
    private final Channel wlClub = cast.channel(wireless, "The Wireless Laughs Society", "listening-club",
            "one episode a week: listen along and discuss", "wl-listening-club.json");
    private final Persona bernard = cast.person("bernard.ashcombe", "Bernard Ashcombe");
    private final Persona winnie = cast.person("winnie.cartwright", "Winnie Cartwright");
    private final Persona ambrose = cast.person("ambrose.dunmore", "Ambrose Dunmore");
    private final Persona frankie = cast.person("frankie.lowe", "Frankie Lowe");
    private final Persona maud = cast.person("maud.pembury", "Maud Pembury");
    private final Persona enid = cast.person("enid.carver", "Enid Carver");
    private final Persona sid = cast.person("sid.rahman", "Sid Rahman");

    // --- H. comedy poster designers and headshot photographers ---
    private final String poster = cast.guild(1738);
    private final Channel phStudio = cast.channel(poster, "Poster & Headshot", "studio-talk",
            "poster designers and photographers who work with comedians, among ourselves", "ph-studio-talk.json");
    private final Channel phAsk = cast.channel(poster, "Poster & Headshot", "comics-ask",
            "comedians and promoters ask for posters, headshots and flyers", "ph-comics-ask.json");
    private final Channel phHire = cast.channel(poster, "Poster & Headshot", "for-hire",
            "your availability, packages and prices", "ph-for-hire.json");
    private final Persona rosalind = cast.person("rosalind.kemp", "Rosalind Kemp");
    private final Persona dev = cast.person("dev.chaudhry", "Dev Chaudhry");
    private final Persona ezra = cast.person("ezra.blythe", "Ezra Blythe");
    private final Persona marnie = cast.person("marnie.sutcliffe", "Marnie Sutcliffe");
    private final Persona kemi = cast.person("kemi.adebayo", "Kemi Adebayo");
    private final Persona barney = cast.person("barney.fitzgerald", "Barney Fitzgerald");
    private final Persona shona = cast.person("shona.mcallister", "Shona McAllister");
    private final Persona tilly = cast.person("tilly.warburton", "Tilly Warburton");

    HeldOutScenes145Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        seriousFunny();
        crookedMic();
        yesAndImprov();
        openSpot();
        gagRoom();
        laughstub();
        wirelessLaughs();
        posterAndHeadshot();
    }

    /**
     * A. Serious Funny: in W33 Imelda quotes Niamh's conference workshop when she asks (day 1) and Baz quotes Rajiv's
     * trainee session when Rajiv asks whether he runs it (day 2; Baz first answers without a reply link). Lorna posts
     * her open dates in #open-dates (days 2 and 16). Felix joins on day 3 and on day 4 answers Niamh's news of a
     * Christmas party she has to sort with "£600 for the evening, DM me". On day 7 Imelda proposes an anonymous fee
     * survey; in W34 all eleven of her messages are with Baz, Lorna and Felix building it, collating it and posting the
     * results (day 13), while Gordon (who booked her last year) asks her by mention on day 9 and chases on day 11, and
     * Harriet, sent by Gordon, asks her on day 10 (with a copied mention of Gordon). Lorna helps Harriet meanwhile (day
     * 12). Imelda answers both on day 15 with apologies; Gordon says he has told a sister company about her.
     */
    private void seriousFunny() {
        Post ni1 = say(1, "09:30", sfClient, niamh, "Hi all, I organise the staff conference for a housing association "
                + "(about 40 people, Leeds, 19 Oct). We'd like a 90-minute session on presenting with confidence, "
                + "ideally funny. Has anyone here done that kind of thing, and roughly what does it cost?");
        Post imNi = re(1, "10:05", imelda, ni1, "Hi Niamh, yes, that's exactly what my Stand-Up for Presenters session "
                + "is. For 40 people, 90 mins, it's £850 plus travel from Sheffield. Everyone does a 60-second bit by "
                + "the end but nobody is forced on stage.");
        Post niIm = re(1, "10:20", niamh, imNi, "That sounds perfect. Is the 19th free?");
        re(1, "10:40", imelda, niIm, "It is! I'll pencil you in and send over a short booking form.");
        Post ba1 = say(1, "11:00", sfGreen, baz, "Morning all. Did a pharma awards dinner on Saturday, the CEO heckled "
                + "me about my tie. Went down a storm tho");
        Post loBa = re(1, "11:15", lorna, ba1, "Ha, the CEO heckle is the corporate version of a stag do. What did you "
                + "come back with?");
        re(1, "11:30", baz, loBa, "Told him his share price had more ups and downs than my set. Silence, then he "
                + "laughed first so everyone else was allowed to");
        say(2, "09:00", sfDates, lorna, "Open dates in September for corporate writing: speeches, awards scripts, "
                + "internal comms with jokes in. 4, 11, 12 and 25 Sept. Day rate £450. lornamcteer.example/corporate");
        say(2, "14:00", sfClient, rajiv, "L&D manager at a law firm here. Our trainees hate the networking drinks, "
                + "they stand in corners clutching warm wine. Has anyone done an improv-based session to loosen people "
                + "up? Genuinely asking what works before I book anything.");
        Post ba2 = say(2, "14:40", sfClient, baz, "Rajiv, I've done a few of those. What works is short games in pairs "
                + "first, nothing in front of the whole room for the first half hour. Trainees are terrified of "
                + "looking daft in front of the partners.");
        Post raBa = re(2, "15:10", rajiv, ba2, "That's really useful, thank you. Do you run it yourself or just "
                + "advise?");
        Post baRa = re(2, "15:30", baz, raBa, "I run it. 2 hours, £700 for up to 30. Happy to send an outline.");
        re(2, "15:45", rajiv, baRa, "Please do, I'll take it to my boss.");
        joins(3, "08:50", sfGreen, felix);
        Post fe1 = say(3, "10:00", sfGreen, felix, "Hi all, Felix, comic from Manchester, just started doing corporate "
                + "stuff. Lots to learn!");
        re(3, "10:20", imelda, fe1, "Welcome Felix! Ask away, we don't bite. Much.");
        re(3, "10:30", lorna, fe1, "Welcome! The pinned doc has the contract template most of us use.");
        Post ni2 = say(4, "12:00", sfClient, niamh, "Update for anyone curious: we've also got the Christmas party to "
                + "sort for the same team, 60 people, probably a quiz night in the office. Should be fun!");
        Post feNi = re(4, "12:25", felix, ni2, "I host corporate quiz nights with comedy rounds! £600 for the evening, "
                + "DM me and I'll hold the date.");
        re(4, "13:00", niamh, feNi, "Thanks, we're doing it ourselves this year, it's a bit of a tradition.");
        Post im1 = say(5, "10:00", sfGreen, imelda, "Question for the room: how do you all handle clients who want the "
                + "session recorded for their intranet? I've started charging a usage fee");
        Post loIm = re(5, "10:30", lorna, im1, "I charge 25% on top for recording, internal use only, one year.");
        re(5, "10:45", baz, im1, "Same, plus I get a veto on the edit. One firm cut my best bit and kept the one where "
                + "I tripped over the mic lead");
        re(5, "11:00", imelda, loIm, "25% sounds right. Thanks both.");
        Post raBa2 = re(6, "16:00", rajiv, baRa, "Boss said yes! Booking you for 14 Nov, Baz.");
        re(6, "16:20", baz, raBa2, "Brilliant, I'll send the booking form tonight.");
        Post im2 = say(7, "19:00", sfGreen, imelda, "Bit of a grumble. A client told me on Friday another comic did "
                + "'basically your workshop' for £250. Either someone's underselling badly or none of us has a clue "
                + "what anyone charges. Would you lot fill in an anonymous fee survey if I built one?");
        re(7, "19:20", lorna, im2, "Yes. I've wondered for years.");
        Post baIm = re(7, "19:40", baz, im2, "In. Keep it anonymous though or nobody will be honest");
        // W34
        Post imBa = re(8, "09:30", imelda, baIm, "Anonymous, promise. Drafting the questions now: session type, "
                + "length, headcount, fee, travel, recording fee.");
        Post loIm2 = re(8, "09:50", lorna, imBa, "Add 'did you get knocked down' - I always get negotiated down 15%");
        re(8, "10:00", imelda, loIm2, "Good one, added.");
        Post feIm = re(8, "10:10", felix, imBa, "Can you add 'first corporate year y/n'? I suspect I'm the £250 guy "
                + "tbh");
        re(8, "10:25", imelda, feIm, "Ha, no judgement. Added, and that's exactly why we need this.");
        Post go1 = say(9, "09:15", sfClient, gordon, "@Imelda Rourke hello again! We'd love you back for our October "
                + "away day, same format as last year but 60 people this time. Could you do Monday 2 Oct, and would "
                + "the fee change for 60?");
        Post im3 = say(9, "12:00", sfGreen, imelda, "Survey's live: forms.example/sf-fee-survey - takes 4 minutes. "
                + "Please fill it in by Friday so I can collate.");
        Post baIm2 = re(9, "12:30", baz, im3, "Done. Question 6 is a bit ambiguous, do you mean per session or per "
                + "day?");
        re(9, "12:45", imelda, baIm2, "Per session, I'll reword it. Thanks");
        Post ha1 = say(10, "10:00", sfClient, harriet, "Hi, I organise a fintech conference (300 delegates, London, "
                + "November). @Gordon Pike told me @Imelda Rourke ran a brilliant session for his team. Imelda, could "
                + "you do a 45-minute opener on 20 Nov? Happy to talk fees.");
        Post lo1 = say(10, "11:00", sfGreen, lorna, "Filled it in. Curious what the spread is going to look like");
        re(10, "11:20", imelda, lo1, "14 responses already! The spread is wild, £250 to £1,800 for the same 90 "
                + "minutes.");
        Post go2 = say(11, "09:00", sfClient, gordon, "@Imelda Rourke just bumping this, we need to confirm the venue "
                + "by Friday. Is 2 Oct ok?");
        Post fe2 = say(11, "14:00", sfGreen, felix, "Saw the early numbers, I'm putting my rates up immediately");
        re(11, "14:10", imelda, fe2, "Do! Nobody should be doing 90 minutes for £250.");
        Post loHa = re(12, "10:00", lorna, ha1, "Hi Harriet, Imelda's a bit snowed under this week I think, she'll "
                + "be back to you. For what it's worth, I write conference openers rather than perform them, so "
                + "happy to help whoever you book.");
        re(12, "10:30", harriet, loHa, "Thanks Lorna, that's kind. I'll wait to hear from Imelda first.");
        say(12, "19:00", sfGreen, imelda, "Collating tonight. Someone put £9,000 for a 90-minute session, I'm "
                + "assuming that's a typo or a bank");
        Post im4 = say(13, "16:00", sfGreen, imelda, "Results! 41 responses. Median for a 90-minute corporate "
                + "workshop is £750, middle half between £550 and £1,000. Recording fees 20-30%. Full summary: "
                + "forms.example/sf-fee-survey/results");
        re(13, "16:20", baz, im4, "This is gold. Pinning it");
        Post loIm3 = re(13, "16:30", lorna, im4, "Thank you for doing this, seriously");
        re(13, "16:45", imelda, loIm3, "Pleasure! Felt like group therapy.");
        Post fe3 = say(14, "11:00", sfGreen, felix, "Quick one: a client wants me to sign an NDA for a quiz night. "
                + "Normal?");
        Post baFe = re(14, "11:15", baz, fe3, "Normal for finance firms. Read it for anything about your material "
                + "though - you keep your jokes.");
        Post feBa = re(14, "11:25", felix, baFe, "Cheers, will check. There's a line about 'all content created' so "
                + "I'll ask them to strike it");
        re(14, "11:30", imelda, feBa, "Yes, strike it. I had one try to claim a bit of mine for their Christmas "
                + "video");
        // W35
        Post imGo = re(15, "08:30", imelda, go2, "Gordon, I'm so sorry, I got swallowed by a project last week. Yes "
                + "to 2 Oct, and for 60 it's £1,050 as we'd need a second room for the pairs bit. Shall I send the "
                + "form?");
        Post imHa = re(15, "08:45", imelda, ha1, "Harriet, apologies for the slow reply. I'd love to do the opener on "
                + "20 Nov. For 300 delegates, 45 minutes, it's £1,400 plus travel. Want a quick call to talk through "
                + "the crowd?");
        Post goIm = re(15, "09:10", gordon, imGo, "Great, yes please. And no harm done. I've also told our sister "
                + "company in Bradford about you, expect an email.");
        re(15, "09:30", imelda, goIm, "That's so kind, thank you!");
        Post haIm = re(15, "10:00", harriet, imHa, "Perfect, yes. Tuesday at 2?");
        re(15, "10:20", imelda, haIm, "Tuesday at 2 it is.");
        say(16, "09:00", sfDates, lorna, "Updated: September almost gone (25th left), October wide open. Day rate "
                + "£450. lornamcteer.example/corporate");
        Post ni3 = say(17, "14:00", sfClient, niamh, "@Baz Okonjo a colleague at another housing association wants an "
                + "awards host for March. Are you doing those?");
        re(17, "14:30", baz, ni3, "I am! Send them my way, or pass on my email: baz@bazokonjo.example");
        Post fe4 = say(18, "10:00", sfGreen, felix, "Raised my quiz night rate to £550 and got a yes first time. "
                + "Thanks Imelda and everyone for the survey");
        re(18, "10:15", imelda, fe4, "YES. Love this.");
        say(19, "11:00", sfClient, rajiv, "For anyone who was curious: the trainee session with Baz is booked and "
                + "I'll report back in November.");
    }

    /**
     * B. The Crooked Mic: Connie posts the week's line-up with the same ticket link in #whats-on (days 1, 8, 11, 15).
     * Tobias, a regular, plugs his £5 Fringe preview in #the-bar on days 3 and 5 with its link and under Yasmin's
     * four-day-old hello on day 6; in W35 he posts it once unasked (day 17) and answers Mags's question about it (day
     * 18). Priya (access) serves Mags on day 2, says on day 6 she is on leave days 8-12; Mags asks her by mention on
     * day 9 and Wes answers in 90 minutes; Priya adds on day 13. Dougie DMs Wes about an office party on day 10 and is
     * answered in 40 minutes. Yasmin asks Wes by mention about a refund on day 16 at 19:00; he answers on day 17 at
     * 17:00 with an apology and a free ticket.
     */
    private void crookedMic() {
        say(1, "10:00", cmOn, connie, "This week at the Crooked Mic: Thursday new-material night (£6), Friday and "
                + "Saturday headliner Rosa Quint with MC Danny Bale (£14). Tickets: crookedmic.example/tickets");
        Post ma1 = say(1, "18:00", cmBar, mags, "Anyone going Friday? Rosa Quint was the best thing I saw last year");
        Post doMa = re(1, "18:20", dougie, ma1, "Me and the wife are! Front row again, god help us");
        re(1, "18:35", mags, doMa, "Brave. She'll have you about your shoes");
        Post ma2 = say(2, "11:00", cmBox, mags, "Hi, is the step-free entrance still round the side for Friday? And "
                + "can I still get a companion ticket for my carer?");
        Post prMa = re(2, "11:40", priya, ma2, "Hi Mags! Yes, side door on Cole Lane, ring the bell and someone will "
                + "come. Companion tickets are free, I've added one to your booking.");
        re(2, "11:50", mags, prMa, "You're a star, thanks Priya");
        joins(2, "13:00", cmBar, yasmin);
        Post ya1 = say(2, "13:10", cmBar, yasmin, "Hello! Just moved to the area and booked my first Crooked Mic show "
                + "for Friday. Anything I should know? Is it the sort of place you get picked on in the front row?");
        Post doYa = re(2, "13:30", dougie, ya1, "Welcome! Front row = fair game. Row C onwards you're safe. Get there "
                + "by 7:30 for a good table.");
        re(2, "13:45", yasmin, doYa, "Row C it is, thank you!");
        Post to1 = say(3, "19:00", cmBar, tobias, "Doing my Fringe preview Thursday week at the Fox & Anchor, 8pm, "
                + "£5. Come and watch me sweat: tobiasfenn.example/preview");
        re(3, "19:30", mags, to1, "Ooh, I'll try to come!");
        Post ya2 = say(4, "10:00", cmBox, yasmin, "Can I swap my Friday ticket to Saturday? Sorry, work thing came up");
        Post weYa = re(4, "10:25", wes, ya2, "No problem Yasmin, done. Same seats, row C. You'll get a new email.");
        re(4, "10:30", yasmin, weYa, "Amazing, thanks Wes");
        Post to2 = say(5, "20:00", cmBar, tobias, "Preview update: 14 tickets left! If you've ever wanted to watch a "
                + "man do 55 minutes about his divorce, this is your chance. tobiasfenn.example/preview");
        re(5, "20:30", dougie, to2, "Ha, will see if I can make it mate");
        say(6, "12:00", cmBox, priya, "Heads up: I'm on leave from Monday 21st to Friday 25th. Wes and Connie are on "
                + "access queries while I'm off.");
        Post toYa = re(6, "21:30", tobias, ya1, "Welcome to the area! If you fancy something cheaper than a Saturday, "
                + "my preview is £5 on Thursday week, link's further up the channel");
        re(6, "22:00", yasmin, toYa, "Oh, I'll see, thanks");
        Post do1 = say(7, "12:00", cmBar, dougie, "Rosa Quint was unreal last night. Me and the wife are still laughing "
                + "about the satnav bit");
        re(7, "12:15", mags, do1, "Told you! The satnav bit killed");
        say(7, "14:00", cmOn, connie, "Thanks to everyone who came this weekend, two sell-outs. Photos from Saturday "
                + "are up on our page.");
        // W34
        say(8, "10:00", cmOn, connie, "This week: Wednesday comedy quiz (£4), Thursday new material, Friday and "
                + "Saturday headliner Tash Morrow with MC Danny Bale (£14). Tickets: crookedmic.example/tickets");
        joins(9, "09:00", cmBar, clem);
        Post ma3 = say(9, "10:00", cmBox, mags, "@Priya Lally sorry, I know you're off! Is the ramp at the side door "
                + "fixed? It was wobbly last week and I've got Saturday tickets");
        Post weMa = re(9, "11:30", wes, ma3, "Hi Mags, Wes here while Priya's away. The ramp was re-bolted yesterday, "
                + "should be solid now. Shout if not!");
        re(9, "11:45", mags, weMa, "Brilliant, thank you");
        Post cl1 = say(9, "12:00", cmBar, clem, "Hi all, first time in the server. Who's worth seeing in the next few "
                + "weeks? I like the weirder stuff");
        Post toCl = re(9, "12:30", tobias, cl1, "Thursday new-material nights are the weird ones, half of it doesn't "
                + "work but when it does it's the best night of the month. Tash Morrow on Saturday is brilliant too, "
                + "very odd.");
        re(9, "12:45", clem, toCl, "Sold, Thursday it is");
        Post doDm = say(10, "14:00", cmDm, dougie, "Hi Wes, I'm sorting our office Christmas do, 14 of us, was thinking "
                + "a Friday in December. Can you do a group rate? I've been telling the whole office about this place "
                + "since the Rosa Quint gig");
        Post weDm = re(10, "14:40", wes, doDm, "Hi Dougie! Yes, 10+ is £11 a head instead of £14, and we'll keep you "
                + "two tables together. Fridays 5, 12 and 19 Dec have space.");
        re(10, "14:50", dougie, weDm, "12th please! I'll get the names together");
        say(10, "15:00", cmDm, wes, "Done, held for you until Friday.");
        say(11, "11:00", cmOn, connie, "Late show added Saturday at 10pm, Tash Morrow again, because the 8pm sold "
                + "out in a day. crookedmic.example/tickets");
        Post ma4 = say(11, "19:00", cmBar, mags, "Who's doing Thursday? I'm thinking of trying it");
        re(11, "19:20", clem, ma4, "Me! First one");
        Post to3 = say(12, "09:30", cmBar, tobias, "Preview went well on Thursday, thanks Mags and Dougie for coming. "
                + "Cut 10 minutes of divorce, added 5 about the dog.");
        re(12, "10:00", mags, to3, "You were great! The dog bit needs to stay");
        re(12, "10:10", dougie, to3, "The solicitor's waiting room bit had me in bits");
        Post prMa2 = re(13, "10:00", priya, ma3, "Back from leave! Mags, Wes sorted the ramp, but tell me tonight if "
                + "it's not solid and I'll get it seen to before the late show.");
        re(13, "10:20", mags, prMa2, "Will do, thank you!");
        say(14, "13:00", cmBar, clem, "Thursday was brilliant. One guy did ten minutes on lighthouses, it went "
                + "nowhere and I loved it");
        // W35
        say(15, "10:00", cmOn, connie, "This week: Thursday new material, Friday and Saturday headliner Kofi Brandt "
                + "with MC Lorraine Pett (£14). Tickets: crookedmic.example/tickets");
        Post ya3 = say(16, "19:00", cmBox, yasmin, "@Wes Harland hi, I got an email saying Saturday's late show is "
                + "cancelled. How do I get my refund? Sorry if it's obvious");
        Post weYa2 = re(17, "17:00", wes, ya3, "Hi Yasmin, sorry for the slow reply, it's been chaos rebooking "
                + "everyone since the headliner's train was cancelled. Refunds go back to your card automatically "
                + "within 5 days, and I've put a free ticket for any Thursday on your account.");
        re(17, "17:15", yasmin, weYa2, "Oh that's lovely, thank you!");
        say(17, "20:00", cmBar, tobias, "Preview number two is Thursday 7 Sept, same place, £5. New hour, less divorce. "
                + "tobiasfenn.example/preview");
        Post ma5 = say(18, "12:00", cmBar, mags, "@Tobias Fenn when's the next preview? Dougie wants to bring his "
                + "brother");
        Post toMa = re(18, "12:30", tobias, ma5, "Thursday 7th! Same link as before. Tell him to sit anywhere but the "
                + "front");
        re(18, "12:40", dougie, toMa, "He'll sit in the front. He's that kind of brother");
        Post cl2 = say(19, "11:00", cmBar, clem, "Anyone know if the Thursday nights are every week? Want to bring my "
                + "flatmate");
        re(19, "11:10", mags, cl2, "Every Thursday except bank holidays!");
        say(20, "13:00", cmOn, connie, "Kofi Brandt: two sell-outs. Next month's line-up goes up on Monday.");
        Post cl3 = say(21, "18:00", cmBox, clem, "Can I book a wheelchair space for a friend for next Thursday?");
        re(21, "18:20", connie, cl3, "Of course, Clem. I've reserved one. Priya will email your friend about the side "
                + "door.");
    }

    /**
     * C. Yes And Improv School: Ottoline posts term dates and the showcase with their booking links (days 1, 7, 15).
     * Femi joins on day 2 and asks the lounge (day 3), Ines (day 3) and #class-questions (day 4) to subscribe to his
     * sketch channel. Jonah DMs Sunny about instalments on day 4. Bea joins on day 8 and says hello in the lounge;
     * on day 11 Marcus answers her hello with his £95 presence workshops and a booking link. Hester is helped by Ines
     * (days 8 and 10) and Kit (day 12), says only "thanks", and leaves Ines's questions about the practice group (days
     * 10 and 13); on day 15 she answers Ines with an apology and on day 16 helps Bea.
     */
    private void yesAndImprov() {
        say(1, "09:00", yaNews, ottoline, "Autumn term starts Monday 11 Sept! Levels 1, 2 and 3 on Tuesday and "
                + "Wednesday evenings, Level 4 on Thursdays. Booking: yesandimprov.example/autumn");
        Post in1 = say(1, "19:00", yaLounge, ines, "Who's up for a practice group before term? Thinking Thursday "
                + "evenings in the park, weather permitting");
        re(1, "19:20", hester, in1, "Ooh maybe! I'm so rusty after the summer");
        re(1, "19:40", jonah, in1, "Count me in, I need all the practice I can get");
        joins(2, "10:00", yaLounge, femi);
        Post jo1 = say(2, "10:30", yaQs, jonah, "Quick one: if I miss a Level 1 class, is there a make-up option?");
        Post kiJo = re(2, "11:00", kit, jo1, "Yes, you can drop into the same level on the other night that week. "
                + "Just let Sunny know.");
        re(2, "11:05", jonah, kiJo, "Perfect, thanks Kit");
        Post fe1 = say(3, "12:00", yaLounge, femi, "Hey all! I've started a sketch channel on YouTube, could you all "
                + "subscribe? I need 100 subs to get a custom URL 🙏 youtube.example/@femicole");
        Post inFe = re(3, "12:30", ines, fe1, "Welcome Femi! Are you starting Level 1 in September?");
        re(3, "13:00", femi, inFe, "Yeah probably! Could you sub tho 😅 every sub counts");
        Post fe2 = say(4, "09:00", yaQs, femi, "Does anyone here have a YouTube channel? Could you all subscribe to "
                + "mine and share it with your friends? youtube.example/@femicole");
        Post suFe = re(4, "09:30", sunny, fe2, "Hi Femi! This room is for class questions, the lounge is the place "
                + "for that sort of thing. Are you booked on a course yet?");
        re(4, "10:00", femi, suFe, "Not yet, sorry! Will look");
        Post joDm = say(4, "18:00", yaDm, jonah, "Hi Sunny, is it possible to pay for Level 2 in instalments? Money's "
                + "tight till October");
        Post suDm = re(4, "18:45", sunny, joDm, "Hi Jonah, yes, three monthly payments, no extra cost. I'll send you "
                + "the link for the first one.");
        re(4, "18:50", jonah, suDm, "Thank you so much");
        Post in2 = say(5, "19:00", yaLounge, ines, "Practice group last night was lovely, 6 of us! Same time next week");
        re(5, "19:20", hester, in2, "Sorry I missed it, next week for sure");
        Post he1 = say(6, "10:00", yaQs, hester, "Kit, is there a reading list for Level 3? Want to get a head start");
        Post kiHe = re(6, "10:40", kit, he1, "Truth in Comedy is the classic. And watch as many shows as you can - "
                + "honestly worth more than any book.");
        re(6, "11:00", hester, kiHe, "Thanks!");
        say(7, "16:00", yaNews, ottoline, "Showcase on Sat 9 Sept: our Level 4 grads do a full long-form set. £8, "
                + "students free. yesandimprov.example/showcase");
        // W34
        joins(8, "09:00", yaLounge, bea);
        Post be1 = say(8, "09:30", yaLounge, bea, "Hi! Bea, starting Level 1 in September, terrified, been told improv "
                + "will help my confidence at work.");
        re(8, "09:45", ines, be1, "Welcome Bea! Everyone's terrified in week one, it's part of it");
        Post he2 = say(8, "10:00", yaQs, hester, "I freeze every time I have to start a scene. Like total blank. Any "
                + "tips??");
        Post inHe = re(8, "10:30", ines, he2, "Start with an emotion, not a plot. 'I'm so proud of you' gives your "
                + "partner everything they need.");
        re(8, "10:45", hester, inHe, "thanks!");
        Post be2 = say(9, "19:00", yaQs, bea, "What should I wear for Level 1?");
        re(9, "19:20", sunny, be2, "Anything you can move in! Trainers, comfy trousers.");
        Post he3 = say(10, "18:00", yaLounge, hester, "How do you lot remember your scene partner's name when they "
                + "name themselves mid-scene?? I always forget");
        Post inHe2 = re(10, "18:20", ines, he3, "Repeat it straight back, 'Gerald! Of course!' - it locks it in and "
                + "it's funny. @Hester Quayle also, are you coming Thursday? We need at least 6 for the group games");
        re(10, "18:30", hester, inHe2, "thanks");
        Post maBe = re(11, "10:00", marcus, be1, "Welcome Bea! Confidence at work is exactly what I do: I run presence "
                + "workshops for professionals, £95 a session. Grab 15 minutes with me here: marcustolley.example/book");
        re(11, "10:30", bea, maBe, "Oh, thanks, I'll see how the course goes first");
        say(11, "19:00", yaLounge, ines, "Thursday group: 5 of us tonight, so close! Next week we need one more");
        Post he4 = say(12, "12:00", yaQs, hester, "What's the difference between a 'game' and a 'premise'? The Level 3 "
                + "page mentions both");
        Post kiHe2 = re(12, "12:40", kit, he4, "Premise is the set-up, game is the unusual thing you heighten. Ines "
                + "explained it beautifully at the practice group once, actually.");
        re(12, "12:50", hester, kiHe2, "thanks Kit");
        Post in3 = say(13, "10:00", yaLounge, ines, "@Hester Quayle are you about next Thursday? Need to know numbers "
                + "for the park booking");
        Post jo2 = say(14, "15:00", yaLounge, jonah, "Saw the Level 4 lot do a set at the pub last night - so good. "
                + "Bit scary how good");
        re(14, "15:20", ines, jo2, "Right?? That's us in two years");
        // W35
        Post heIn = re(15, "09:00", hester, in3, "@Ines Barros so sorry, it's been a week. Yes to Thursday! And thank "
                + "you for all the tips, the emotion thing worked first time I tried it");
        re(15, "09:20", ines, heIn, "Yay! Glad it worked");
        say(15, "10:00", yaNews, ottoline, "Two weeks to go! Level 1 has 3 places left, Level 2 is full. Waitlist: "
                + "yesandimprov.example/autumn");
        Post be3 = say(16, "19:00", yaLounge, bea, "Does anyone have tips for the first class? Honestly dreading the "
                + "warm-ups");
        Post heBe = re(16, "19:15", hester, be3, "Warm-ups are the best bit, nobody's watching you because everyone's "
                + "panicking about themselves. And start with an emotion if you freeze!");
        re(16, "19:30", bea, heBe, "That's weirdly reassuring, thank you");
        Post ma1 = say(17, "11:00", yaQs, marcus, "Level 4 question: is there a way to audition for the house team "
                + "this term?");
        re(17, "11:30", ottoline, ma1, "Yes, auditions are in week 4, details in October.");
        Post in4 = say(18, "18:00", yaLounge, ines, "Thursday group: 8 of us! Thank you all");
        re(18, "18:20", jonah, in4, "Best one yet");
        Post fe3 = say(19, "12:00", yaQs, femi, "Is there still space on Level 1? Just booked, wanted to check I got "
                + "in");
        Post suFe2 = re(19, "12:20", sunny, fe3, "You're in, Femi! See you on the Tuesday.");
        re(19, "12:25", femi, suFe2, "Yesss");
        say(20, "13:00", yaLounge, femi, "Thanks to everyone who subbed btw, hit 100 🎉");
    }

    /**
     * D. Open Spot: Ciara joins on day 1 and introduces herself in #introductions with a clip; Jude invites her to her
     * night. On day 2 Rafferty posts his new booking link into #promoters-only, #acts-ask and #nights-listings within
     * twelve minutes. Jude answers Nat (day 3) and gives Percy her sign-up page when he asks for a beginners' night
     * (day 6); Sol answers Nat without a reply link. Teddy lists his weekly night in #nights-listings (days 1, 8, 15).
     * In W34 Sol posts twelve tips, hot takes and notices to nobody and replies to no one. Olu joins on day 9. In W35
     * Sol talks with Olu, Rafferty and Jude; Ciara gets her first paid spot.
     */
    private void openSpot() {
        joins(1, "09:00", osIntro, ciara);
        Post ci1 = say(1, "09:15", osIntro, ciara, "Hi all! Ciara, Galway-born, Bristol-based, six open mics in. "
                + "Here's my best five minutes so far if anyone fancies a look: ciaradoyle.example/clip");
        Post juCi = re(1, "09:40", jude, ci1, "Welcome Ciara! Six in is the fun bit. Come to Jude's Juice on a "
                + "Wednesday, we'd love to have you.");
        re(1, "10:00", ciara, juCi, "Ah thanks, I'll sign up!");
        say(1, "12:00", osList, teddy, "THE GIGGLE PIT open mic, every Tuesday, The Hare, Bristol. 10 spots of 5 mins, "
                + "no bringers. Book: gigglepit.example/spots");
        Post ra1 = say(2, "10:00", osBar, rafferty, "New booking system for all three of my nights, acts pick their "
                + "own slot now: quillcomedy.example/spots");
        say(2, "10:05", osAsk, rafferty, "Acts! Book your spots for all my nights here: quillcomedy.example/spots");
        say(2, "10:12", osList, rafferty, "Quill Comedy nights (Mon at the Crown, Wed at the Lamb, Sat at the Globe) - "
                + "book: quillcomedy.example/spots");
        Post soRa = re(2, "11:00", sol, ra1, "Which system is it? I'm sick of my spreadsheet");
        Post raSo = re(2, "11:20", rafferty, soRa, "It's Slotbox, £8 a month. Does waitlists too");
        re(2, "11:30", sol, raSo, "Ooh, waitlists. I'll try it");
        Post na1 = say(3, "14:00", osAsk, nat, "Is it ok to do the same five minutes at every open mic? Or do hosts get "
                + "sick of it?");
        Post juNa = re(3, "14:30", jude, na1, "Totally fine while you're learning! Just don't do it at the same night "
                + "two weeks running. Hosts care that you're on time and stick to your light.");
        say(3, "14:45", osAsk, sol, "Nat, honestly do the same five until it works everywhere. That's the whole "
                + "point.");
        re(3, "15:00", nat, juNa, "That's a relief, thanks both");
        Post ci2 = say(4, "19:00", osAsk, ciara, "What's a bringer? Saw one night that says 'bringer spots only'");
        Post teCi = re(4, "19:20", teddy, ci2, "You bring a paying audience member and you get a spot. Some acts hate "
                + "them, I get why promoters do them though, rooms are hard to fill.");
        re(4, "19:30", ciara, teCi, "Ahh, makes sense. Thank you");
        Post ju1 = say(5, "12:00", osBar, jude, "Anyone had trouble with the Lamb's landlord? He's telling me he wants "
                + "£100 for the room now");
        Post raJu = re(5, "12:30", rafferty, ju1, "Yes, he tried it with me. Settled on £60 and a guaranteed 30 "
                + "people. Stand firm");
        re(5, "12:45", sol, ju1, "He tried £120 with me. Must be the new kitchen");
        re(5, "13:00", jude, raJu, "£60 I can live with. Thanks");
        Post pe1 = say(6, "20:00", osAsk, percy, "Any nights in Bristol for total beginners that don't need a bringer? "
                + "I have no friends who'll come 😅");
        Post juPe = re(6, "20:20", jude, pe1, "Mine! Jude's Juice, Wednesdays at the Bell, no bringers ever, new acts "
                + "first. Sign up here: judesjuice.example/signup");
        re(6, "20:30", percy, juPe, "Amazing, signing up now");
        // W34
        say(8, "09:00", osList, teddy, "THE GIGGLE PIT open mic, every Tuesday, The Hare, Bristol. 10 spots of 5 mins, "
                + "no bringers. Book: gigglepit.example/spots");
        say(8, "10:00", osBar, sol, "Hot take: the light should come 30 seconds earlier at every open mic. Nobody has "
                + "ever been sad that a five-minute set ended at four and a half.");
        say(8, "14:00", osAsk, sol, "Tip for new acts: write your set list on your hand. The mic stand eats paper.");
        joins(9, "09:00", osIntro, olu);
        Post ol1 = say(9, "09:20", osIntro, olu, "Alright all, Olu from Cardiff, just moved to Bristol, been gigging "
                + "two years. Looking for spots!");
        Post teOl = re(9, "09:40", teddy, ol1, "Welcome Olu! Giggle Pit on Tuesdays has space next week.");
        re(9, "10:00", olu, teOl, "Nice one, booking now");
        say(9, "11:00", osBar, sol, "The Anchor was rammed last night. 40 in for an open mic on a Monday. Doing "
                + "something right");
        say(9, "18:00", osAsk, sol, "Reminder that hosts see everything. If you leave right after your spot, we "
                + "notice.");
        say(10, "10:00", osBar, sol, "Thinking of going to two nights a week at the Anchor. Or is that mad.");
        say(10, "16:00", osAsk, sol, "Tip: don't apologise before your first joke. Nobody knew you were nervous until "
                + "you told them.");
        Post ju2 = say(11, "09:00", osBar, jude, "Post-gig debrief: my Wednesday was 12 acts, 3 no-shows. Anyone "
                + "fixed no-shows?");
        re(11, "09:20", rafferty, ju2, "Slotbox waitlist fixes it. People on the list get a text when someone drops");
        Post teJu = re(11, "09:30", teddy, ju2, "I take a £2 deposit, refunded when you turn up. No-shows went from 4 "
                + "to 0");
        re(11, "09:45", jude, teJu, "Ooh, deposits. Going to try that");
        say(11, "12:00", osBar, sol, "Anchor photos from Monday are up on the page, great night");
        say(11, "20:00", osAsk, sol, "Tip: if a joke dies, move on. Do not explain it.");
        say(12, "11:00", osList, sol, "Anchor Laughs: Mondays, The Anchor, 8pm, 12 spots, no bringers. Message me "
                + "here to book.");
        say(12, "15:00", osBar, sol, "Hot take 2: MCs who do 15 minutes before the first act should be banned");
        say(13, "10:00", osAsk, sol, "Tip: record every set. Even the bad ones. Especially the bad ones.");
        Post pe2 = say(13, "14:00", osAsk, percy, "First ever gig at Jude's on Wednesday! Died on the first joke but "
                + "the last one landed. Hooked.");
        Post juPe2 = re(13, "14:20", jude, pe2, "You were brilliant for a first go! The bit about your nan's phone was "
                + "a proper joke.");
        re(13, "14:30", percy, juPe2, "Thank you!! Coming back next week");
        say(14, "12:00", osBar, sol, "Weekend thought: open mics are the only place where the audience is also the "
                + "acts. Be nice to your audience.");
        // W35
        say(15, "09:00", osList, teddy, "THE GIGGLE PIT open mic, every Tuesday, The Hare, Bristol. 10 spots of 5 mins, "
                + "no bringers. Book: gigglepit.example/spots");
        Post ol2 = say(15, "10:00", osAsk, olu, "Anyone know a night that does 10-minute spots? Got a tight ten I want "
                + "to try out");
        Post soOl = re(15, "10:15", sol, ol2, "Anchor does 10s for acts with a year plus. Monday?");
        Post olSo = re(15, "10:30", olu, soOl, "Monday works, cheers");
        re(15, "10:35", sol, olSo, "Put you down. 8pm, sign in at the bar.");
        Post ra2 = say(16, "11:00", osBar, rafferty, "The Globe is closing its function room in October. Anyone know a "
                + "room near Old Market for Saturdays?");
        Post soRa2 = re(16, "11:30", sol, ra2, "The Pelican's got a back room that's empty on Saturdays. Ask for Mo.");
        re(16, "11:45", jude, ra2, "Gutted. The Pelican's good, the sound's better than the Globe too");
        re(16, "12:00", rafferty, soRa2, "Legend, ringing Mo now");
        Post ci3 = say(17, "19:00", osAsk, ciara, "Got my first paid spot! £20 and a drink at Rafferty's on Saturday. "
                + "Thank you all for the advice");
        re(17, "19:20", rafferty, ci3, "You earned it! See you Saturday");
        re(17, "19:30", teddy, ci3, "Massive. First of many");
        Post so1 = say(18, "14:00", osBar, sol, "How do you lot handle an act who's clearly drunk before their spot?");
        re(18, "14:20", teddy, so1, "Bump them to the end and hope they go home");
        Post juSo = re(18, "14:30", jude, so1, "Quiet word, no spot. Safety first for everyone");
        re(18, "14:40", sol, juSo, "That's what I did on Monday. Felt harsh but right");
    }

    /**
     * E. Gag Room: Mina quotes Saoirse's speech punch-up when she asks (day 1); Petra takes Arlo's series-3 booking
     * (day 2) and quotes Tamsin's radio ad with her examples page when Tamsin asks (day 5), Mina offering too. Gethin
     * advises Dominic (day 3) and takes his trial sketch when Dominic asks for takers (day 11). Lottie joins on day 8
     * and posts five links to her sketches into #writers-room in four minutes before saying hello. In W34 Hugo talks
     * only of his sitcom pilot (second round, notes, rewrites, sent off), in posts and replies; in W35 he asks Mina
     * about her prices. On day 15 Saoirse thanks Mina and says she has sent two best men her way.
     */
    private void gagRoom() {
        Post sa1 = say(1, "10:00", grAsk, saoirse, "I'm best woman at my brother's wedding on Saturday 26th and my "
                + "speech is... not funny. Can anyone punch it up? Budget around £100.");
        Post miSa = re(1, "10:30", mina, sa1, "Hi Saoirse, that's what I do most weekends! £90 for a punch-up of a "
                + "speech up to 5 minutes, back within 48 hours. DM me the draft and a few stories about him.");
        re(1, "10:40", saoirse, miSa, "Sending now, thank you!");
        Post pe1 = say(1, "14:00", grRoom, petra, "Topical desk this week is all heatwave and hosepipe ban. I have "
                + "written 40 hosepipe jokes. Four are good.");
        re(1, "14:20", gethin, pe1, "Four is a great hit rate for hosepipes");
        re(1, "14:30", hugo, pe1, "Ten percent is industry standard, you're overperforming");
        Post ar1 = say(2, "09:00", grAsk, arlo, "@Petra Langley hi Petra, the panel show's back for series 3 from "
                + "October. Could you do the topical monologue again, 4 jokes a week, same rate?");
        Post peAr = re(2, "11:00", petra, ar1, "Arlo! Yes, absolutely. Same rate is fine for series 3. Send the "
                + "contract over");
        re(2, "11:10", arlo, peAr, "Great, it'll be with you today");
        Post ge1 = say(2, "16:00", grPort, gethin, "A sketch I wrote for the Fringe show 'Two Dads in a Lift': "
                + "gethinrowe.example/two-dads");
        re(2, "16:30", hugo, ge1, "The lift inspection bit is superb");
        Post do1 = say(3, "12:00", grAsk, dominic, "Sketch YouTuber here (48k subs). I'm burning out writing two "
                + "sketches a week. How do people find writers they can trust with their voice? Not hiring yet, just "
                + "thinking.");
        Post geDo = re(3, "12:30", gethin, do1, "Start with one sketch as a paid trial, and tell them your three "
                + "favourite sketches of yours and why. Anyone who gets your voice will show it in the first draft.");
        re(3, "12:45", dominic, geDo, "That's a great way of doing it");
        Post hu1 = say(4, "10:00", grRoom, hugo, "Rewriting the cold open of my sitcom pilot for the fifth time. "
                + "Anyone else go a bit mad at draft five?");
        Post miHu = re(4, "10:20", mina, hu1, "Draft five is where it gets good. Draft six is where it gets worse.");
        re(4, "10:30", hugo, miHu, "Noted, stopping at five");
        Post ta1 = say(5, "11:00", grAsk, tamsin, "Brand manager at a snack company. We want a funny script for a "
                + "60-second radio ad. Who writes ad copy that's actually funny? Budget £500.");
        Post peTa = re(5, "11:20", petra, ta1, "I've written a few for radio, happy to quote. Most 60-second scripts "
                + "I do are £400-500 with two rounds of changes. Examples: petralangley.example/ads");
        re(5, "11:30", tamsin, peTa, "Lovely, I'll email you");
        re(5, "12:00", mina, ta1, "I do these too, happy to send a test line or two. mina@sorensenwrites.example");
        Post pe2 = say(6, "19:00", grPort, petra, "New hosepipe jokes from Friday's show, the four good ones: "
                + "petralangley.example/hosepipe");
        re(6, "19:30", gethin, pe2, "'The garden is now a crime scene' is perfect");
        // W34
        joins(8, "09:00", grRoom, lottie);
        say(8, "09:10", grRoom, lottie, "lottiecrane.example/sketch1");
        say(8, "09:11", grRoom, lottie, "lottiecrane.example/sketch2");
        say(8, "09:12", grRoom, lottie, "lottiecrane.example/sketch3 lottiecrane.example/sketch4");
        Post lo1 = say(8, "09:13", grRoom, lottie, "lottiecrane.example/reel");
        Post huLo = re(8, "09:40", hugo, lo1, "Welcome Lottie! Maybe say hi first next time 😄 The cat sketch is fun "
                + "though");
        re(8, "09:50", lottie, huLo, "sorry, bit nervous! Hi everyone, Lottie, sketch writer from Brighton");
        Post hu2 = say(8, "10:30", grRoom, hugo, "Anyway. Big news: my pilot got through to the second round of the "
                + "BBC Writersroom thing! I've been waiting on this for four months. My agent thinks I've got a real "
                + "shot. I'm rewriting my whole first act this week, I want my main character to be less of a "
                + "me-stand-in.");
        Post peHu = re(8, "11:00", petra, hu2, "Huge congratulations!");
        re(8, "11:10", hugo, peHu, "Thanks! I honestly can't believe it. I've sent it to fourteen things this year and "
                + "this is my first yes. My mum cried, I nearly cried, my flatmate bought me a pint.");
        Post mi1 = say(9, "10:00", grRoom, mina, "How is everyone pricing best man speeches this summer? I've had loads "
                + "and I think I'm too cheap at £90");
        re(9, "10:15", hugo, mi1, "I charge £120 but I only do them for friends of friends. My last one I wrote in the "
                + "back of a taxi on my way to my own gig, and my client told me it was the best speech at the whole "
                + "wedding. I'm actually thinking of adding a speech page to my site once my pilot stuff calms down.");
        Post geMi = re(9, "10:30", gethin, mi1, "£90 is low. £120-150 is normal for a proper rewrite");
        re(9, "10:40", mina, geMi, "Right, going up");
        Post hu3 = say(10, "14:00", grRoom, hugo, "Pilot update: my second-round notes came back. My script editor "
                + "says my second act sags. I think my problem is I wrote my lead too nice. I'm rewriting my B-plot "
                + "tonight and I'll probably rewrite my ending too.");
        Post geHu = re(10, "14:30", gethin, hu3, "Good notes though, that's fixable");
        re(10, "14:40", hugo, geHu, "Yeah I think so. My plan is to get my draft back to them by Friday. I've cleared "
                + "my whole week for it.");
        Post do2 = say(11, "12:00", grAsk, dominic, "Update: decided to try a writer for one sketch a month. Any "
                + "takers? £80 per sketch, my style is deadpan office stuff");
        Post geDo2 = re(11, "12:20", gethin, do2, "I'd love to try. Deadpan office is my favourite register - happy to "
                + "do the first one as a trial at your budget.");
        re(11, "12:40", dominic, geDo2, "Great, DMing you");
        re(11, "13:00", lottie, do2, "I'd be up for it too! Office stuff I've done: lottiecrane.example/sketch2");
        Post ge2 = say(12, "16:00", grPort, gethin, "Trial sketch I wrote for a sketch channel (they said I could "
                + "share it): gethinrowe.example/printer");
        re(12, "16:20", mina, ge2, "The printer's revenge arc is beautiful");
        Post hu4 = say(12, "17:00", grRoom, hugo, "Sent my draft off! I rewrote my whole ending in the end. I feel like "
                + "I finally know what my show is about. I'll tell you all when I hear, probably October.");
        re(12, "17:10", petra, hu4, "Fingers crossed for you");
        say(13, "11:00", grPort, gethin, "And a topical bit I wrote for a radio show last week: "
                + "gethinrowe.example/topical-heatwave");
        Post pe3 = say(14, "10:00", grRoom, petra, "Anyone else find producers' notes getting shorter every series? I "
                + "got 'funnier pls' this week");
        re(14, "10:20", gethin, pe3, "I got '?' once. Just a question mark");
        // W35
        Post sa2 = say(15, "10:00", grAsk, saoirse, "Update: the wedding was Saturday and the speech Mina punched up "
                + "absolutely brought the house down. My brother's boss asked who wrote it. @Mina Sorensen I've sent "
                + "two friends who are best men next month your way!");
        re(15, "10:30", mina, sa2, "Oh this makes my week! Thank you Saoirse, and congratulations to your brother.");
        Post lo2 = say(16, "09:00", grRoom, lottie, "Dominic picked a sketch of mine for next month as well as "
                + "Gethin's! Any advice for writing in someone else's voice?");
        Post geLo = re(16, "09:20", gethin, lo2, "Watch ten of his, write down how his sentences end. He always "
                + "undercuts with a tiny word. Congrats!");
        re(16, "09:30", lottie, geLo, "That's so useful, thanks Gethin");
        re(16, "09:40", petra, lo2, "Read his comments too, his audience tells you what they love");
        Post hu5 = say(17, "11:00", grRoom, hugo, "How are you all handling the Fringe-season dry spell? Everyone's in "
                + "Edinburgh and the commissions have stopped");
        Post miHu2 = re(17, "11:20", mina, hu5, "Honestly I treat it as my holiday. Back to normal in September");
        Post huMi = re(17, "11:30", hugo, miHu2, "That's healthier than my plan, which was panic. How did your price "
                + "rise go?");
        re(17, "11:45", mina, huMi, "Three bookings at £130 since! Nobody blinked");
        Post ta2 = say(18, "14:00", grAsk, tamsin, "Thank you Petra, the radio ad is recorded and it's really funny. "
                + "We'll need two more in spring.");
        re(18, "14:30", petra, ta2, "Thanks Tamsin, loved working on it. Just say when for spring!");
        Post lo3 = say(19, "10:00", grPort, lottie, "My first paid sketch went up on Dominic's channel today! "
                + "dominichale.example/open-plan");
        re(19, "10:30", dominic, lo3, "Been getting great comments!");
    }

    /**
     * F. Laughstub: Anya posts releases in #announcements (days 1, 8, 15, 19). Vinnie posts the same ticket link for
     * his club night into #promoters-lounge on days 2, 3 and 4 and next month's on day 6; in W34 he talks prices
     * with Harold. Ravi fixes Ike's payout (day 3) and sets up Georgie's split payout by DM (day 5). Delphi joins on
     * day 8 and is helped by Ravi and Blessing on days 8, 9 and 11, talks it through and helps Ike (day 11). Harold,
     * who brought three clubs to Laughstub, asks Blessing by mention about a scanning bug on day 10 at 10:00; she
     * answers on day 11 at 14:30 with an apology and the fix.
     */
    private void laughstub() {
        say(1, "09:00", lsNews, anya, "Laughstub 4.2 is out: seat maps for cabaret tables, and payouts now land in 2 "
                + "working days instead of 5. Notes: laughstub.example/changelog");
        Post ha1 = say(1, "11:00", lsLounge, harold, "Seat maps! Finally. I've been doing table plans on a napkin");
        re(1, "11:20", georgie, ha1, "Same. Tried it already, took ten minutes to set up our room");
        say(2, "10:00", lsLounge, vinnie, "Giggle Factory this Friday, Bristol, 4 acts + headliner, tickets going "
                + "fast: laughstub.example/e/giggle-factory-aug");
        Post ik1 = say(3, "09:00", lsHelp, ike, "My payout for last Saturday's show hasn't arrived. Was due yesterday "
                + "under the new 2-day thing?");
        Post raIk = re(3, "09:40", ravi, ik1, "Hi Ike, sorry about that. Your bank details were flagged for a re-check "
                + "after the update. I've cleared it, it'll land tomorrow morning.");
        re(3, "09:50", ike, raIk, "Cheers Ravi");
        say(3, "18:00", lsLounge, vinnie, "Only 20 left for Friday! laughstub.example/e/giggle-factory-aug");
        Post ik2 = say(4, "10:00", lsLounge, ike, "How are you all handling no-shows for free events? I'm giving away "
                + "100 for a preview and half won't come");
        Post haIk = re(4, "10:20", harold, ik2, "Overbook by 40% for free shows. Works every time for me");
        say(4, "10:30", lsLounge, vinnie, "Friday's nearly sold out!! Last chance: "
                + "laughstub.example/e/giggle-factory-aug");
        re(4, "10:45", ike, haIk, "40%! Brave. Will try 30");
        Post geDm = say(5, "15:00", lsDm, georgie, "Hi Ravi, can I send a show's payout to a different bank account? "
                + "It's a co-promotion and the other promoter is paying the acts");
        Post raDm = re(5, "15:30", ravi, geDm, "Hi Georgie, yes, on the event page under Payouts > Split. You can send "
                + "a percentage to a second account. Want me to set it up?");
        re(5, "15:40", georgie, raDm, "Yes please, 50/50 with the account ending 4471");
        say(5, "15:55", lsDm, ravi, "Done!");
        Post vi1 = say(6, "12:00", lsLounge, vinnie, "Next month's Giggle Factory is on sale too, tell your mates: "
                + "laughstub.example/e/giggle-factory-sep");
        re(6, "12:30", harold, vi1, "Good luck with it Vinnie");
        // W34
        joins(8, "09:00", lsLounge, delphi);
        say(8, "09:10", lsNews, anya, "Heads up: scanning app update tomorrow morning, 8-9am, it may log you out. "
                + "Sorry!");
        Post de1 = say(8, "10:00", lsHelp, delphi, "Hi, just signed up. How do I make a ticket type that's cheaper for "
                + "students?");
        Post raDe = re(8, "10:20", ravi, de1, "Welcome Delphi! Event page > Tickets > Add type, and tick 'requires "
                + "code' if you want them to show ID. Want me to walk you through it?");
        Post deRa = re(8, "10:35", delphi, raDe, "Found it, thanks! I'm going to do £8 student, £12 standard. Does the "
                + "code have to be unique?");
        re(8, "10:50", ravi, deRa, "No, one code for everyone is fine, e.g. STUDENT8.");
        Post de2 = say(9, "14:00", lsHelp, delphi, "Can I add a Fringe-style pay-what-you-want option?");
        Post blDe = re(9, "14:30", blessing, de2, "Yes! Set the price to 0 and tick 'let buyers pay more'. You can set "
                + "a minimum too.");
        re(9, "14:45", delphi, blDe, "Perfect, I'm going to set a £3 minimum and see what happens.");
        Post ha2 = say(10, "10:00", lsHelp, harold, "@Blessing Udeh hi Blessing, since the scanning update the app "
                + "rejects tickets bought on the old checkout. Had a queue of 20 last night. Can you look before "
                + "Saturday? The three clubs I brought over to Laughstub are all asking me about it too");
        Post ik3 = say(10, "11:00", lsLounge, ike, "Anyone else's scanner playing up since the update?");
        re(10, "11:15", georgie, ik3, "Mine's fine, maybe log out and in again?");
        Post blHa = re(11, "14:30", blessing, ha2, "Harold, I'm really sorry for the wait, I was on site with a venue "
                + "all of yesterday. Found it: old-checkout tickets had a different barcode prefix. The fix is live, "
                + "rescan and they'll go through. Do tell the other clubs, and thank you for bringing them over.");
        re(11, "14:45", harold, blHa, "Working, thank you!");
        Post de3 = say(11, "16:00", lsHelp, delphi, "Last one I promise: how do I download the guest list as a "
                + "spreadsheet?");
        Post raDe2 = re(11, "16:10", ravi, de3, "Event page > Attendees > Export CSV. Never a bother!");
        re(11, "16:20", delphi, raDe2, "Got it. You lot are so quick");
        re(11, "16:30", delphi, ik3, "Ike, mine did that too after the update. Logging out and back in fixed it, and "
                + "old-checkout tickets scan now as well");
        Post vi2 = say(12, "10:00", lsLounge, vinnie, "How's everyone pricing the autumn? I'm thinking £12 advance, "
                + "£15 on the door");
        Post haVi = re(12, "10:20", harold, vi2, "£12/£15 is about right for Bristol. I do a £10 early bird for the "
                + "first 30");
        re(12, "10:30", vinnie, haVi, "Early bird, good shout, doing it");
        Post ge1 = say(13, "19:00", lsLounge, georgie, "Sold out our first cabaret-table show with the seat map. People "
                + "loved picking their tables");
        re(13, "19:15", anya, ge1, "That's brilliant to hear, Georgie!");
        // W35
        say(15, "09:00", lsNews, anya, "Laughstub 4.3: old-checkout barcodes now scan everywhere, and the attendee "
                + "export has dietary notes. laughstub.example/changelog");
        Post ik4 = say(15, "11:00", lsHelp, ike, "@Anya Petrossian is there a way to refund just one ticket from a group "
                + "booking?");
        Post anIk = re(15, "11:30", anya, ik4, "Yes, open the order, tick the ticket you want to refund, then 'Partial "
                + "refund'.");
        re(15, "11:35", ike, anIk, "Perfect");
        Post de4 = say(16, "14:00", lsLounge, delphi, "Had my first show on Laughstub on Saturday! 64 sold, 20 of them "
                + "pay-what-you-want. Average paid was £6.40");
        Post haDe = re(16, "14:20", harold, de4, "Good average that! Congrats");
        re(16, "14:30", delphi, haDe, "Thanks! Your early-bird tip in here helped too");
        Post vi3 = say(17, "10:00", lsLounge, vinnie, "Giggle Factory September is 70% sold, cheers for the early-bird "
                + "tip Harold. laughstub.example/e/giggle-factory-sep");
        re(17, "10:20", harold, vi3, "Nice one");
        Post ge2 = say(18, "09:00", lsHelp, georgie, "Could the seat map show which tables have a step? We get asked a "
                + "lot by wheelchair users");
        re(18, "09:30", blessing, ge2, "Great idea, adding it to the list. Should be doable next month.");
        say(19, "16:00", lsNews, anya, "We're at the Comedy Promoters' Forum in Manchester on 14 Sept - come and say "
                + "hi at stand 12.");
    }

    /**
     * G. The Wireless Laughs Society (nobody sells): Bernard runs the listening club. Winnie posts archive finds in
     * #archive-finds through W33 and gives Frankie a link he asks for (day 5). Frankie is helped by Bernard (day 1),
     * Enid (day 3, without a reply link) and Winnie (day 5), talks it through and passes on a find of his own (day 6).
     * Ambrose says on day 6 he is at the Fringe until the 28th; Bernard asks him by mention on day 10 and he answers
     * on day 15. In W34 Maud talks about her tapes, her dad and her notebooks in every message and asks nobody
     * anything; in W35 she asks Ambrose, Sid and the club about theirs. Sid joins on day 9.
     */
    private void wirelessLaughs() {
        say(1, "10:00", wlClub, bernard, "This week's episode: Hancock's Half Hour, 'The Blood Donor'. Listen when you "
                + "can, discussion Thursday.");
        say(1, "12:00", wlFinds, winnie, "Found a clean copy of the 1958 Goon Show Christmas special: "
                + "archive.example/goons-xmas-58");
        Post fr1 = say(1, "14:00", wlGeneral, frankie, "Bit of a newbie question, where do I start with the Goons? "
                + "There are hundreds of episodes");
        Post beFr = re(1, "14:30", bernard, fr1, "Start with 'The Dreaded Batter Pudding Hurler'. If that doesn't get "
                + "you, nothing will.");
        re(1, "14:45", frankie, beFr, "On it, thanks");
        say(2, "11:00", wlFinds, winnie, "Round the Horne, series 2, episode 4, the one with the Julian and Sandy "
                + "bit: archive.example/rth-2-4");
        say(2, "11:20", wlFinds, winnie, "And the script for the same episode, scanned from the BBC archive book: "
                + "archive.example/rth-2-4-script");
        say(2, "11:40", wlFinds, winnie, "Also the Beyond Our Ken opening, just the theme: "
                + "archive.example/byk-theme");
        Post fr2 = say(3, "09:00", wlGeneral, frankie, "Listened to Batter Pudding Hurler twice. Is it normal to not "
                + "understand half of it?");
        Post en1 = say(3, "09:30", wlGeneral, enid, "Completely normal Frankie, half of it doesn't make sense on "
                + "purpose and the other half is wartime references. Try 'The Phantom Head Shaver' next.");
        re(3, "09:45", frankie, en1, "Ha, that's reassuring");
        say(3, "12:00", wlFinds, winnie, "Tony Hancock interview from 1960, a rare one: "
                + "archive.example/hancock-1960-interview");
        re(3, "14:00", winnie, fr2, "Frankie, the Phantom Head Shaver is a good shout, Enid's right");
        Post be1 = say(4, "19:00", wlClub, bernard, "Blood Donor discussion! What's the best line? Mine's 'a pint? "
                + "why that's very nearly an armful'");
        re(4, "19:20", maud, be1, "That's the one. I saw it on telly with my dad when I was seven and didn't get it, I "
                + "just laughed because he laughed");
        re(4, "19:30", enid, be1, "For me it's the bit about the nurse's name");
        re(4, "19:35", winnie, be1, "The pint line every time");
        re(4, "19:45", frankie, be1, "I liked the whole 'I'm not going to be fobbed off' bit");
        Post fr3 = say(5, "10:00", wlGeneral, frankie, "Where can I find Round the Horne? It's not on any of the "
                + "streaming apps");
        Post wiFr = re(5, "10:20", winnie, fr3, "Here's series 1 complete: archive.example/rth-series-1. Series 2 is in "
                + "#archive-finds from this week");
        re(5, "10:30", frankie, wiFr, "You're a legend");
        Post am1 = say(6, "10:00", wlGeneral, ambrose, "Off to Edinburgh for the Fringe from Sunday, back on the 28th. "
                + "Won't be checking much. Will report back on any old-school acts I see!");
        re(6, "10:15", bernard, am1, "Have a wonderful time. Don't see anything modern");
        Post fr4 = say(6, "15:00", wlFinds, frankie, "Found this on an old forum - a 1976 radio sketch show nobody "
                + "talks about, 'The Burkiss Way' pilot: archive.example/burkiss-pilot");
        re(6, "15:30", winnie, fr4, "Oh well found! Never heard this one");
        say(7, "11:00", wlFinds, winnie, "Last one for this week, The Navy Lark Christmas 1961: "
                + "archive.example/navy-lark-61");
        // W34
        say(8, "10:00", wlClub, bernard, "This week: The Goon Show, 'The Phantom Head Shaver', for Frankie. "
                + "Discussion Thursday.");
        Post ma1 = say(8, "10:30", wlGeneral, maud, "Morning all. I've been sorting my tape collection this weekend. I "
                + "have 214 cassettes of radio comedy that I recorded myself off the radio between 1974 and 1989. My "
                + "husband says I should throw them out. I won't. I labelled every one of them myself in my best "
                + "handwriting.");
        Post enMa = re(8, "11:00", enid, ma1, "214! That's a treasure. Are they all catalogued?");
        re(8, "11:30", maud, enMa, "I catalogued them in my own notebooks, I have three. I did it every Sunday for "
                + "fifteen years. My mother used to say I was the only girl she knew who recorded the radio on "
                + "purpose. I still have my first tape recorder, my dad bought it for me in 1973.");
        joins(9, "09:00", wlGeneral, sid);
        Post si1 = say(9, "09:15", wlGeneral, sid, "Hello! Sid, 24, got into old radio comedy through my grandad's Navy "
                + "Lark tapes. Glad to find you all");
        re(9, "09:30", bernard, si1, "Welcome Sid! The Navy Lark is a fine way in. Join us in #listening-club on "
                + "Thursdays.");
        re(9, "09:45", maud, si1, "Welcome. I taped the Navy Lark myself every week in 1977, I still have all of them. "
                + "My favourite is the one where I first heard 'left hand down a bit', I was nine and I said it for a "
                + "whole year.");
        Post be2 = say(10, "10:00", wlGeneral, bernard, "@Ambrose Dunmore hope the Fringe is good! When you're back, "
                + "could you do the intro for the Round the Horne session on 7 Sept?");
        Post fr5 = say(10, "19:00", wlGeneral, frankie, "@Maud Pembury do you have any of the Burkiss Way series on "
                + "your tapes? Would love to hear it");
        re(10, "20:00", maud, fr5, "I think I have two. I recorded them in my bedroom with my little microphone up "
                + "against my radio because my brother had the good cassette player. I remember I had to shush my "
                + "whole family. My tapes from that year are the best ones in my collection I think.");
        Post be3 = say(11, "19:00", wlClub, bernard, "Phantom Head Shaver discussion: who's listened?");
        re(11, "19:10", frankie, be3, "Loved it, understood maybe 60% this time! Progress");
        Post maBe = re(11, "19:20", maud, be3, "I have the original broadcast on my tape, with my dad's cough in the "
                + "background at minute 12. I always listen for it. I'd know my dad's cough anywhere.");
        re(11, "19:30", enid, maBe, "That's rather lovely, Maud");
        Post wi1 = say(12, "11:00", wlFinds, winnie, "For Sid: the Navy Lark Troutbridge episodes, all in one place: "
                + "archive.example/navy-lark-troutbridge");
        re(12, "11:20", sid, wi1, "Amazing, thank you!");
        Post ma2 = say(13, "14:00", wlGeneral, maud, "I've decided I'm going to digitise my whole collection this "
                + "winter. I've bought myself a tape deck with a USB port. I'll start with my 1974 tapes because my "
                + "earliest ones are the most fragile. My husband has been told he's doing the labels.");
        re(13, "14:20", sid, ma2, "That's a great project! Would love to hear some");
        // W35
        Post amBe = re(15, "09:00", ambrose, be2, "Back! Yes, I'd love to do the Round the Horne intro on the 7th. Saw "
                + "a double act doing a Julian and Sandy tribute at the Fringe, will tell all");
        re(15, "09:20", bernard, amBe, "Wonderful, thank you");
        say(15, "10:00", wlClub, bernard, "This week: Round the Horne, series 2, episode 4 (Winnie's find). Discussion "
                + "Thursday.");
        Post maAm = re(15, "11:00", maud, amBe, "Welcome back Ambrose! Which double act? And did you see anything that "
                + "reminded you of the old radio shows?");
        re(15, "11:30", ambrose, maAm, "Two women called Bona Vada, absolutely perfect. And a sketch group doing "
                + "radio-style sound effects live on stage!");
        Post ma3 = say(16, "10:00", wlGeneral, maud, "@Sid Rahman did your grandad tape the Navy Lark himself or were "
                + "they bought ones? I'd love to know how he got into it");
        Post siMa = re(16, "10:30", sid, ma3, "Taped off the radio! He was in the navy, so it was basically his life "
                + "story");
        Post maSi = re(16, "10:40", maud, siMa, "Oh, that's wonderful. Do you still have them?");
        re(16, "11:00", sid, maSi, "Yes, 30-odd tapes in a shoebox");
        Post be4 = say(17, "19:00", wlClub, bernard, "Round the Horne discussion tonight!");
        re(17, "19:15", winnie, be4, "The Julian and Sandy bit still holds up");
        Post siBe = re(17, "19:20", sid, be4, "First time hearing it. Didn't expect it to be that cheeky for the 60s");
        Post maSi2 = re(17, "19:30", maud, siBe, "Sid, what did you make of Kenneth Williams? Everyone either loves him "
                + "or can't stand him");
        re(17, "19:40", sid, maSi2, "Love him. The voices!");
        say(18, "12:00", wlFinds, winnie, "Bona Vada's show, since Ambrose mentioned them, there's a recording of last "
                + "year's: archive.example/bona-vada-2033");
    }

    /**
     * H. Poster &amp; Headshot: Kemi (Rosalind's client from last year) asks for a tour poster on day 1 and is answered
     * in 90 minutes; on day 9 she says she has sent two comics Rosalind's way, and asks again on day 18. Barney asks
     * Dev by mention for a double-act shoot on day 3 at 09:00; Dev posts in #studio-talk that noon and answers Barney
     * on day 5 at 15:00 with an apology, a price and his booking page. Marnie quotes Shona's reusable template when
     * she asks (day 4). Ezra posts his packages in #for-hire (day 2); in W34 he posts a priced "DM me" offer to
     * #comics-ask unasked (days 8 and 11) and to #studio-talk (day 12). Tilly joins on day 10 and asks on day 15 for
     * headshots; Ezra and Dev answer.
     */
    private void posterAndHeadshot() {
        Post ke1 = say(1, "10:00", phAsk, kemi, "@Rosalind Kemp hiya! Doing a tour in the spring off the back of my "
                + "Fringe run. Could you do the poster again? Same vibe as last year's but in green");
        Post roKe = re(1, "11:30", rosalind, ke1, "Kemi! Love that. Green it is. I'll send some roughs by Friday, and "
                + "same fee as last time.");
        re(1, "11:40", kemi, roKe, "Perfect!");
        Post ma1 = say(1, "14:00", phStudio, marnie, "Anyone else getting asked for 'like the Netflix special posters "
                + "but cheaper'? Third one this month");
        re(1, "14:20", rosalind, ma1, "Constantly. I send them a mood board of what their budget actually buys");
        re(1, "14:30", dev, ma1, "Photographer version: 'can you make me look like I'm in a Netflix special'. Sure, "
                + "bring a Netflix budget");
        say(2, "10:00", phHire, ezra, "Booking headshots for September: studio sessions in Leeds, £120 for 20 edited "
                + "shots, £180 with a live-gig shoot. ezrablythe.example/book");
        Post ba1 = say(3, "09:00", phAsk, barney, "@Dev Chaudhry saw your shots of Leeds comics, gorgeous. Do you do "
                + "group shots for double acts? Me and my partner need one for a festival brochure by the 25th");
        Post de1 = say(3, "12:00", phStudio, dev, "Anyone used the new Canon RF lens for gig shots? Thinking of "
                + "upgrading before the autumn");
        Post ezDe = re(3, "12:30", ezra, de1, "I have. Sharp, but heavy for a full night of shooting");
        re(3, "12:45", dev, ezDe, "Good to know, cheers");
        Post sh1 = say(4, "10:00", phAsk, shona, "Promoter here. I need a poster template I can reuse for a monthly "
                + "night, changing the names each month. Anyone do that kind of thing?");
        Post maSh = re(4, "10:30", marnie, sh1, "Yes! I do reusable templates in Canva or InDesign so you can swap the "
                + "names yourself. £150 one-off, including two rounds of changes. Examples: "
                + "marniesutcliffe.example/templates");
        re(4, "10:45", shona, maSh, "That's exactly it. Emailing you");
        Post deBa = re(5, "15:00", dev, ba1, "Barney, sorry, I missed this. Yes I do double acts, £160 for a session, "
                + "and I can turn it round by the 25th. Booking: devchaudhry.example/book");
        re(5, "15:20", barney, deBa, "Booked!");
        Post ro1 = say(6, "11:00", phStudio, rosalind, "Kemi's roughs are done, went full green. Slightly worried it "
                + "looks like a vegetable poster");
        re(6, "11:20", marnie, ro1, "Vegetable poster is a whole vibe");
        re(6, "11:30", dev, ro1, "Comedians love a vegetable");
        // W34
        say(8, "10:00", phAsk, ezra, "Fringe season's nearly over, time for new headshots! £120 for 20 edited shots, 3 "
                + "slots left this month. DM me");
        Post ke2 = say(9, "10:00", phAsk, kemi, "Posters are printed and they look AMAZING. Thank you @Rosalind Kemp - "
                + "and I've sent two comics from my Fringe venue your way, hope that's ok");
        re(9, "10:30", rosalind, ke2, "Thank you! More than ok, I'll look after them");
        joins(10, "09:00", phAsk, tilly);
        Post ti1 = say(10, "09:20", phAsk, tilly, "Hi! Doing my first hour next year. What do I need first, poster or "
                + "headshots?");
        Post roTi = re(10, "09:40", rosalind, ti1, "Headshots first, the poster gets built around the photo. Welcome "
                + "Tilly!");
        re(10, "09:50", tilly, roTi, "Makes sense, thank you");
        say(11, "15:00", phAsk, ezra, "Headshots are the first thing a promoter sees. Don't let a selfie be yours! "
                + "£120, 20 edited shots, 2 slots left. DM me");
        Post ez1 = say(12, "11:00", phStudio, ezra, "Had a good week, two slots left for Leeds headshots if anyone's "
                + "got overflow clients! £120, DM me");
        re(12, "11:20", dev, ez1, "Will send anyone I can't fit in");
        Post sh2 = say(13, "16:00", phAsk, shona, "Template is working brilliantly, thanks Marnie. Updated the names for "
                + "September in about 4 minutes");
        re(13, "16:20", marnie, sh2, "Yay! That's the dream");
        Post ma2 = say(14, "12:00", phStudio, marnie, "Print shop question: who's doing A2 posters cheapest at the "
                + "moment? Mine's gone up 30%");
        Post roMa = re(14, "12:20", rosalind, ma2, "Printbarn, £4 each for 20. Decent paper");
        re(14, "12:30", marnie, roMa, "Ooh thank you");
        // W35
        Post ti2 = say(15, "10:00", phAsk, tilly, "Ok I've got the budget together! Looking for headshots in Leeds in "
                + "September, who's about?");
        Post ezTi = re(15, "10:20", ezra, ti2, "Hi Tilly! I'm in Leeds, £120 for 20 edited shots, any weekday in "
                + "September. ezrablythe.example/book");
        re(15, "10:30", dev, ti2, "I'm Leeds too and have Saturdays. Either of us will look after you!");
        re(15, "10:45", tilly, ezTi, "Booking you for the 12th, thanks both");
        Post ba2 = say(16, "11:00", phAsk, barney, "Double-act photos came out brilliantly, thanks Dev. The festival "
                + "used one on the cover!");
        re(16, "11:20", dev, ba2, "Ah that's brilliant, congrats both!");
        Post ro2 = say(17, "14:00", phStudio, rosalind, "Kemi's referrals have both booked. Word of mouth is still the "
                + "best marketing");
        re(17, "14:20", marnie, ro2, "Every one of my good clients came from another comic");
        Post ke3 = say(18, "10:00", phAsk, kemi, "@Rosalind Kemp can you do a matching social media banner for the "
                + "tour? Same green");
        re(18, "10:30", rosalind, ke3, "Yes, easily, I'll send it with the final files on Friday");
    }

    static Map<String, String> files() {
        return new HeldOutScenes145Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 145");
    }
}
