package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 99 (sealed): eight communities of faith, civic life and local campaigns, of kinds no earlier round
 * used (a mosque's own community server with its Committee and a driving instructor among the worshippers, a campaign
 * to save a branch library where nobody sells and a ward councillor who turns up with a petition of his own, a trade
 * union branch with its officers and reps answering members and a member who is also a financial adviser and his DM, a
 * campaign print shop's own server with its Staff and the candidates, parishes, union branches and residents' groups it
 * prints for, an interfaith food bank's volunteers with a room where support workers refer families, wedding officiants
 * of different faiths with a room where couples ask and a newcomer's DM to a bride, small-church treasurers with an
 * accounting-software maker among them and a Gift Aid agency that turns up in the last week, and a town's street
 * pastors where nobody sells but one of them has written a book), over three ISO weeks (2031-W06 to W08), written and
 * labelled by writer99 (session 51) before any coach ran on them, with many borderline cases. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-99.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes99Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 2, 3);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2031, 2, 24, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-99";
    private static final int BASE = 77200;

    // --- A. a mosque's own community server with its Committee ---
    private final String masjid = cast.guild(1271);
    private final Role committee = cast.role("Committee", "#1f8b4c", 1);
    private final Channel mqNotices = cast.channel(masjid, "Eastfield Masjid Community", "announcements",
            "notices from the committee: prayer times, janazah, appeals, events", "mq-announcements.json");
    private final Channel mqAsk = cast.channel(masjid, "Eastfield Masjid Community", "ask-the-committee",
            "questions for the committee: classes, the burial fund, hall bookings, parking, anything",
            "mq-ask-the-committee.json");
    private final Channel mqMadrasa = cast.channel(masjid, "Eastfield Masjid Community", "madrasa-parents",
            "weekend madrasa: parents and teachers, homework, pick-ups, term dates", "mq-madrasa-parents.json");
    private final Channel mqBoard = cast.channel(masjid, "Eastfield Masjid Community", "noticeboard",
            "members' notices: lost and found, lifts, events, small ads and services", "mq-noticeboard.json");
    private final Persona imran = cast.person("imran.siddiqui", "Imran Siddiqui", committee);
    private final Persona nasreen = cast.person("nasreen.akhtar", "Nasreen Akhtar", committee);
    private final Persona zainab = cast.person("zainab.r", "Zainab Rahman", committee);
    private final Persona yusuf = cast.person("yusuf.drives", "Yusuf Patel");
    private final Persona farah = cast.person("farah.begum", "Farah Begum");
    private final Persona tahir = cast.person("tahir.mahmood", "Tahir Mahmood");
    private final Persona salma = cast.person("salma.q", "Salma Qureshi");
    private final Persona bilal = cast.person("bilal.hussain", "Bilal Hussain");

    // --- B. a campaign to save a branch library, where nobody sells ---
    private final String library = cast.guild(1272);
    private final Channel lbNews = cast.channel(library, "Friends of Marsh Lane Library", "campaign-news",
            "updates from the steering group: meetings, press, what happens next", "lb-campaign-news.json");
    private final Channel lbConsult = cast.channel(library, "Friends of Marsh Lane Library", "consultation-help",
            "the council's consultation and our petition: the links, how to respond, your questions",
            "lb-consultation-help.json");
    private final Channel lbRota = cast.channel(library, "Friends of Marsh Lane Library", "volunteer-rota",
            "volunteer shifts: the market stall, leafleting rounds, the readathon", "lb-volunteer-rota.json");
    private final Channel lbChat = cast.channel(library, "Friends of Marsh Lane Library", "library-chat",
            "memories, story time, Lego club, anything library", "lb-library-chat.json");
    private final Persona helen = cast.person("helen.okonjo", "Helen Okonjo");
    private final Persona graham = cast.person("graham.pettifer", "Graham Pettifer");
    private final Persona priya = cast.person("priya.raman", "Priya Raman");
    private final Persona joan = cast.person("joan.whiteley", "Joan Whiteley");
    private final Persona tom = cast.person("tom.ashby", "Tom Ashby");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona oliver = cast.person("cllr.brandreth", "Oliver Brandreth");

    // --- C. a trade union branch with its officers and reps ---
    private final String union = cast.guild(1273);
    private final Role officer = cast.role("Branch Officer", "#c0392b", 2);
    private final Role rep = cast.role("Rep", "#e67e22", 1);
    private final Channel unNotices = cast.channel(union, "PSWU Harbourside Branch", "branch-notices",
            "from the branch officers: meetings, ballots, pay news", "un-branch-notices.json");
    private final Channel unAsk = cast.channel(union, "PSWU Harbourside Branch", "ask-a-rep",
            "members: ask about pay, rotas, contracts, sickness, grievances; a rep will answer. No managers' names",
            "un-ask-a-rep.json");
    private final Channel unReps = cast.channel(union, "PSWU Harbourside Branch", "reps-room",
            "stewards and reps among ourselves: casework, training, cover for drop-ins", "un-reps-room.json");
    private final Channel unCanteen = cast.channel(union, "PSWU Harbourside Branch", "canteen",
            "members' chat: football, the quiz, whatever", "un-canteen.json");
    private final Persona angela = cast.person("angela.murray", "Angela Murray", officer);
    private final Persona gareth = cast.person("gareth.wynne", "Gareth Wynne", rep);
    private final Persona stuart = cast.person("stuart.kellett", "Stuart Kellett", rep);
    private final Persona sophie = cast.person("sophie.marchetti", "Sophie Marchetti");
    private final Persona kieran = cast.person("kieran.doyle", "Kieran Doyle");
    private final Persona dominic = cast.person("dominic.fairley", "Dominic Fairley");
    private final Persona lindsay = cast.person("lindsay.mottram", "Lindsay Mottram");
    private final Persona paul = cast.person("paul.adeyemi", "Paul Adeyemi");
    private final Channel dmSophie = cast.dm(sophie, "dm-dominic-sophie.json");

    // --- D. a campaign print shop's own server with its Staff and Customers ---
    private final String print = cast.guild(1274);
    private final Role staff = cast.role("Staff", "#3498db", 2);
    private final Role customer = cast.role("Customer", "#95a5a6", 1);
    private final Channel prHelp = cast.channel(print, "Inkwell Print & Banner", "order-help",
            "customers: quotes, turnaround, paper, delivery; Staff answer here", "pr-order-help.json");
    private final Channel prProofs = cast.channel(print, "Inkwell Print & Banner", "artwork-proofs",
            "send your artwork or ask about your proof; we check every file before it prints",
            "pr-artwork-proofs.json");
    private final Channel prOffers = cast.channel(print, "Inkwell Print & Banner", "offers",
            "our deals and new products, posted by Staff", "pr-offers.json");
    private final Channel prLounge = cast.channel(print, "Inkwell Print & Banner", "customer-lounge",
            "customers chatting: campaigns, events, leafleting, what worked", "pr-customer-lounge.json");
    private final Persona owen = cast.person("owen.inkwell", "Owen Blackwood", staff);
    private final Persona leah = cast.person("leah.corrigan", "Leah Corrigan", staff);
    private final Persona marek = cast.person("marek.z", "Marek Zielinski", staff);
    private final Persona rachel = cast.person("rachel.obuya", "Rachel Obuya", customer);
    private final Persona tomasz = cast.person("fr.tomasz", "Tomasz Nowak", customer);
    private final Persona jerome = cast.person("jerome.baptiste", "Jerome Baptiste", customer);
    private final Persona sunita = cast.person("sunita.bains", "Sunita Bains");
    private final Persona aled = cast.person("aled.rhys", "Aled Rhys", customer);

    // --- E. an interfaith food bank's volunteers with a room where support workers refer ---
    private final String foodbank = cast.guild(1275);
    private final Channel fbRota = cast.channel(foodbank, "Northgate Interfaith Food Bank", "rota",
            "volunteer shifts: warehouse Tuesdays, distribution Wednesdays and Fridays, drivers", "fb-rota.json");
    private final Channel fbReferrals = cast.channel(foodbank, "Northgate Interfaith Food Bank", "referrals-desk",
            "support workers, schools, GPs and advice agencies: ask about vouchers, parcels, opening times, diets",
            "fb-referrals-desk.json");
    private final Channel fbStock = cast.channel(foodbank, "Northgate Interfaith Food Bank", "stock-and-donations",
            "what's short, what came in: collections from the churches, the masjid, the gurdwara and the synagogue",
            "fb-stock-and-donations.json");
    private final Channel fbTea = cast.channel(foodbank, "Northgate Interfaith Food Bank", "tea-room",
            "chat, thanks and biscuits", "fb-tea-room.json");
    private final Persona judith = cast.person("revd.judith", "Judith Ormerod");
    private final Persona gurpreet = cast.person("gurpreet.sandhu", "Gurpreet Sandhu");
    private final Persona miriam = cast.person("miriam.feldman", "Miriam Feldman");
    private final Persona hamza = cast.person("hamza.iqbal", "Hamza Iqbal");
    private final Persona dariusz = cast.person("dariusz.k", "Dariusz Kowalczyk");
    private final Persona stacey = cast.person("stacey.holroyd", "Stacey Holroyd");
    private final Persona kerry = cast.person("kerry.ainsworth", "Kerry Ainsworth");

    // --- F. wedding officiants of different faiths with a room where couples ask ---
    private final String officiants = cast.guild(1276);
    private final Channel ofIntro = cast.channel(officiants, "Wedding Officiants Circle", "introductions",
            "new here? say who you are and which ceremonies you lead", "of-introductions.json");
    private final Channel ofCouples = cast.channel(officiants, "Wedding Officiants Circle", "couples-ask",
            "couples and families: ask about ceremonies, the legal bit, mixing traditions; officiants answer",
            "of-couples-ask.json");
    private final Channel ofLounge = cast.channel(officiants, "Wedding Officiants Circle", "officiants-lounge",
            "for celebrants, ministers and priests among ourselves: scripts, law, diaries, moans",
            "of-officiants-lounge.json");
    private final Channel ofCover = cast.channel(officiants, "Wedding Officiants Circle", "date-cover",
            "can't make a date? post it and another officiant may cover", "of-date-cover.json");
    private final Persona callum = cast.person("callum.rennie", "Callum Rennie");
    private final Persona celia = cast.person("revd.celia", "Celia Marchbank");
    private final Persona ravi = cast.person("pandit.ravi", "Ravi Sharma");
    private final Persona moira = cast.person("moira.handfast", "Moira Cunliffe");
    private final Persona jordan = cast.person("jordan.weds", "Jordan Whitfield");
    private final Persona ellie = cast.person("ellie.haddad", "Ellie Haddad");
    private final Persona niall = cast.person("niall.brophy", "Niall Brophy");
    private final Persona anjali = cast.person("anjali.desai", "Anjali Desai");
    private final Channel dmEllie = cast.dm(ellie, "dm-jordan-ellie.json");

    // --- G. small-church treasurers with a software maker among them ---
    private final String treasurers = cast.guild(1277);
    private final Channel ctQuestions = cast.channel(treasurers, "Church Treasurers' Table", "questions",
            "treasurers, secretaries and administrators: ask anything about church money, Gift Aid, payroll",
            "ct-questions.json");
    private final Channel ctYearEnd = cast.channel(treasurers, "Church Treasurers' Table", "year-end",
            "annual accounts and independent examination: checklists, templates, deadlines", "ct-year-end.json");
    private final Channel ctSuppliers = cast.channel(treasurers, "Church Treasurers' Table", "suppliers",
            "software, banks, card readers, Gift Aid services: suppliers may post here", "ct-suppliers.json");
    private final Channel ctVestry = cast.channel(treasurers, "Church Treasurers' Table", "vestry",
            "chat, tea and the odd moan", "ct-vestry.json");
    private final Persona hilary = cast.person("hilary.bostock", "Hilary Bostock");
    private final Persona gloria = cast.person("gloria.mensah", "Gloria Mensah");
    private final Persona trevor = cast.person("trevor.ainsley", "Trevor Ainsley");
    private final Persona ian = cast.person("ian.pemberton", "Ian Pemberton");
    private final Persona adrian = cast.person("adrian.ledger", "Adrian Fenton");
    private final Persona beverley = cast.person("beverley.giftaid", "Beverley Hartnell");
    private final Persona neville = cast.person("neville.dacre", "Neville Dacre");

    // --- H. a town's street pastors, where nobody sells ---
    private final String pastors = cast.guild(1278);
    private final Channel spWelcome = cast.channel(pastors, "Kingsbridge Street Pastors", "welcome",
            "new to the team? say hello and ask anything", "sp-welcome.json");
    private final Channel spRota = cast.channel(pastors, "Kingsbridge Street Pastors", "patrol-rota",
            "Friday and Saturday night patrols and prayer base cover; the rota form is pinned", "sp-patrol-rota.json");
    private final Channel spReports = cast.channel(pastors, "Kingsbridge Street Pastors", "night-reports",
            "after each patrol: what happened, who we met, what we need", "sp-night-reports.json");
    private final Channel spPrayer = cast.channel(pastors, "Kingsbridge Street Pastors", "prayer-and-chat",
            "prayer requests, encouragement and general chat", "sp-prayer-and-chat.json");
    private final Persona bernadette = cast.person("bernadette.q", "Bernadette Quigley");
    private final Persona samuel = cast.person("samuel.adebayo", "Samuel Adebayo");
    private final Persona glenys = cast.person("glenys.parfitt", "Glenys Parfitt");
    private final Persona wendell = cast.person("wendell.clarke", "Wendell Clarke");
    private final Persona anita = cast.person("anita.kowalski", "Anita Kowalski");
    private final Persona dafydd = cast.person("dafydd.morgan", "Dafydd Morgan");
    private final Persona nathan = cast.person("nathan.oduya", "Nathan Oduya");

    HeldOutScenes99Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        masjid();
        library();
        union();
        printShop();
        foodBank();
        officiants();
        treasurers();
        streetPastors();
    }

    private void masjid() {
        // W06
        say(1, "09:00", mqNotices, imran, "Assalamu alaikum all. From Monday the 10th Zuhr moves to 12:45 and Asr to "
                + "3:15. The February timetable is pinned above, and printed copies are by the shoe racks.");
        say(1, "19:00", mqNotices, nasreen, "Roof appeal: the surveyor's report is in and the repair will cost about "
                + "£48,000. We have raised £27,900 so far. You can give online at donate.example/eastfield-roof or "
                + "in the box by the office. JazakAllah khair to everyone who has given.")
                .react("🙏", tahir, farah, bilal);
        say(2, "10:15", mqBoard, yusuf, "Salaam all, I'm a driving instructor (manual and automatic) covering "
                + "Eastfield and Hollins. Sisters can ask for a female instructor, my colleague Aisha works with me. "
                + "£32 an hour, or a block of ten for £300. Message me if you need lessons.");
        Post biForm = say(2, "17:30", mqBoard, bilal, "Saturday youth football restarts this week! Ages 10 to 16, "
                + "10am on the Hollins Road pitches, free. Put your child's name on the form so we know how many are "
                + "coming: forms.example/eastfield-youth-football");
        Post yuQ = re(2, "18:00", yusuf, biForm, "MashaAllah Bilal, my two will be there. Do they need shin pads or "
                + "is it casual?");
        re(2, "18:20", bilal, yuQ, "Shin pads if they've got them, we have spares if not. Bring water!");
        joins(3, "08:00", mqAsk, salma);
        Post saQ = say(3, "11:00", mqAsk, salma, "Assalamu alaikum, I'm Salma. I took my shahada in December and "
                + "I've been coming to the Friday khutbah at the back. Is there anything for new Muslims, like a "
                + "class or someone I can ask things?");
        Post imA = re(3, "11:40", imran, saQ, "Wa alaikum salaam Salma, and welcome, we're so glad you're here. "
                + "There's a new Muslims' class on Wednesdays at 7pm in the small hall. Sister Zainab runs it with "
                + "Ustadha Hafsa. No need to book, just come.");
        Post saQ2 = re(3, "12:05", salma, imA, "Thank you! Do I need to bring anything? I don't have my own Quran "
                + "yet.");
        Post faA = re(3, "12:30", farah, saQ2, "There are plenty on the shelves by the sisters' entrance, and the "
                + "class has some with the English alongside. I'll be there tonight dropping my daughter at Quran "
                + "class, I'll show you where they are.");
        re(3, "12:45", salma, faA, "That's so kind, thank you Farah. I'll look out for you.");
        Post faGift = say(4, "19:00", mqMadrasa, farah, "Is there a way to give to the roof appeal online with Gift "
                + "Aid? My husband wants to do it monthly.");
        Post naA = re(4, "19:30", nasreen, faGift, "Yes, donate.example/eastfield-roof has a monthly option and a "
                + "Gift Aid box. If he pays tax it adds 25% at no cost to him.");
        re(4, "19:45", farah, naA, "Perfect, done. JazakAllah");
        Post taQ = say(5, "14:30", mqAsk, tahir, "Brother Imran, how does the burial fund work now? My wife and I "
                + "joined years ago under the old committee and I don't know if we're still on the list.");
        Post naT = re(5, "15:10", nasreen, taQ, "Uncle Tahir, you're both on the list, I checked the register this "
                + "morning. It's £30 a year per adult now and renewal is in April. I'll send the letter with your "
                + "receipt.");
        re(5, "15:30", tahir, naT, "Thank you beti. A weight off.");
        say(5, "16:00", mqNotices, imran, "Jummah was full to the stairs today, alhamdulillah. From next week there "
                + "will be a second jamaat at 1:45 in the main hall. Please leave the car park for elderly and "
                + "disabled worshippers and use the Co-op, they've kindly said yes.");
        Post saWear = say(5, "20:00", mqAsk, salma, "Sorry, another question. What should I wear to the Wednesday "
                + "class? I don't wear hijab every day yet and I don't want to get it wrong.");
        Post faWear = re(5, "20:30", farah, saWear, "Come as you are, honestly. Most sisters put a scarf on in the "
                + "prayer hall and there are spares in a basket by the door. Nobody will say anything.");
        re(5, "21:00", salma, faWear, "Okay. I was more nervous about that than anything. I'll bring a scarf.");
        Post zaAway = say(6, "10:00", mqNotices, zainab, "Salaam everyone, I'm away for Umrah from tomorrow until "
                + "Sunday the 16th. Brother Imran is covering the sisters' circle and the new Muslims' class while "
                + "I'm gone, so please send him anything meant for me. Keep us in your duas!");
        zaAway.react("❤️", farah, salma, nasreen);
        re(6, "10:30", salma, zaAway, "Have a blessed trip! I'll be at class on Wednesday.");
        Post biDone = say(6, "13:00", mqBoard, bilal, "Great first session today, 23 kids! Same time next week. "
                + "The form's still open for anyone who missed it: forms.example/eastfield-youth-football");
        re(6, "13:30", tahir, biDone, "Well done, grandson. Your grandmother is very proud.");
        // W07
        Post saZa = say(9, "19:00", mqAsk, salma, "@Zainab Rahman are the sisters' circle sessions open to new "
                + "Muslims too, or is it just the class for now?");
        Post imZa = re(9, "19:40", imran, saZa, "Salma, Zainab's away till Sunday so I'll answer for her: yes, the "
                + "sisters' circle is open to all sisters, Thursday evenings. She'll be glad to see you there.");
        re(9, "20:00", salma, imZa, "Thank you, I'll come on Thursday.");
        say(9, "20:15", mqMadrasa, yusuf, "Salaam parents! Are any of your older ones turning 17 this year? I teach "
                + "driving, £32 an hour, with a female instructor for sisters. DM me to book.");
        Post faQaida = say(10, "18:00", mqMadrasa, farah, "Did anyone else's child come home without the Qaida book "
                + "last Saturday? Maryam says the teacher kept them.");
        Post yuQaida = re(10, "18:30", yusuf, faQaida, "Mine too. The teacher is marking them, they come back this "
                + "Saturday.");
        re(10, "18:45", farah, yuQaida, "Ah okay, thanks.");
        say(10, "19:00", mqNotices, nasreen, "Roof appeal: we're at £31,400 of £48,000! Thank you for every pound. "
                + "The builders can start the first phase in March, inshaAllah. donate.example/eastfield-roof")
                .react("🙏", tahir, salma, bilal);
        Post biPark = say(11, "18:00", mqAsk, bilal, "Where should people park for the football fundraiser dinner on "
                + "Saturday night? The car park will be full.");
        re(11, "18:20", yusuf, biPark, "The Co-op car park is fine after 8, and the school on Leyland Road lets us "
                + "use theirs for events, ask the caretaker. Btw if any football parents need lessons for their "
                + "older kids, £32 an hour, DM me.");
        Post imPark = re(11, "19:00", imran, biPark, "Yusuf's right about the school. I've already spoken to Mr "
                + "Evans, the gates open from 6:30.");
        re(11, "19:05", bilal, imPark, "Brilliant, thanks both.");
        say(12, "14:30", mqNotices, imran, "Janazah prayer for Brother Abdul Karim Shah after Asr today, 3:15, "
                + "burial at Hollins cemetery. Inna lillahi wa inna ilayhi raji'un.").react("🙏", tahir, farah);
        say(14, "11:00", mqAsk, salma, "Went to my first sisters' circle on Thursday and everyone was so welcoming. "
                + "Ustadha Hafsa gave me a little book on wudu which helped loads. If anyone needs help with English "
                + "or forms, I used to work in the council's benefits office, happy to help.")
                .react("❤️", farah, imran, nasreen);
        // W08
        Post imYu = say(15, "09:30", mqAsk, imran, "@Yusuf Patel a gentle one, brother: could the driving lesson "
                + "posts go in #noticeboard only? We keep the other rooms for questions and the madrasa. JazakAllah.");
        re(15, "10:00", yusuf, imYu, "Of course, sorry brother, my mistake. Won't happen again.");
        Post zaBack = re(15, "20:00", zainab, saZa, "Salma, I'm so sorry, just back and catching up! Imran told you "
                + "right, and I'm so glad you came on Thursday. See you this week inshaAllah.");
        Post saUmrah = re(15, "20:30", salma, zaBack, "Welcome back! How was Umrah?");
        re(15, "21:00", zainab, saUmrah, "Beautiful and exhausting. I'll tell you all about it at circle.");
        say(16, "12:00", mqBoard, yusuf, "Driving lessons: a couple of Saturday morning slots free from March. £32 "
                + "an hour, and Aisha does lessons for sisters. Message me.");
        Post faPark = say(15, "19:00", mqMadrasa, farah, "No madrasa this Saturday for half term. Does anyone want "
                + "to meet at the park on Wednesday with the kids?");
        Post saPark = re(15, "19:30", salma, faPark, "Can I come and help? I miss my nieces and nephews, they're all "
                + "in Leeds.");
        re(15, "19:45", farah, saPark, "Of course! Hollins Park, 11am by the café.");
        Post taSa = say(18, "18:00", mqAsk, tahir, "@Salma Qureshi sister, you said you know council forms. My "
                + "pension credit letter makes no sense to me. Could I bring it after Asr on Saturday?");
        re(18, "18:30", salma, taSa, "Of course uncle, I'll be in the small hall after Asr. Bring the letter and any "
                + "bank statements.");
        say(19, "20:00", mqNotices, nasreen, "Roof appeal: £36,200! The March start is confirmed. The page is the "
                + "same as before for anyone who hasn't given yet: donate.example/eastfield-roof. May Allah reward "
                + "you all.");
        say(19, "15:00", mqBoard, bilal, "Football's on this Saturday as usual. The dinner raised £640 and the "
                + "new kit is ordered!").react("🎉", yusuf, farah, tahir, imran);
        say(20, "16:00", mqAsk, tahir, "Salma sat with me for an hour and sorted my letter. I'm getting back pay. "
                + "She is a blessing to this masjid.").react("❤️", farah, imran, zainab);
    }

    private void library() {
        // W06
        say(1, "10:00", lbNews, helen, "Morning all. The council's cabinet paper is out: Marsh Lane is one of four "
                + "branches 'proposed for closure or community transfer'. The consultation runs until 28 February. "
                + "Steering group meets Wednesday at 7 at the Friends' Meeting House, everyone welcome.");
        say(1, "10:05", lbConsult, helen, "The council's survey is here: council.example/libraries-consultation. Our "
                + "own petition, to be handed in at full council on 4 March, is here: "
                + "petition.example/save-marsh-lane. Questions about filling in either, ask below.")
                .react("👍", priya, kwame, tom);
        Post grTaught = say(1, "12:30", lbChat, graham, "Taught at Marsh Lane Juniors for 31 years and walked every "
                + "class down to the library once a fortnight. I shan't let it go without a fight.");
        Post kwGr = re(1, "13:00", kwame, grTaught, "Mr Pettifer! You taught me in 1996. I still remember the Roald "
                + "Dahl readings.");
        re(1, "13:20", graham, kwGr, "Kwame Asante, good heavens. You were the boy who read Danny the Champion twice "
                + "in one week. Lovely to hear from you.");
        Post joSurvey = say(2, "11:00", lbConsult, joan, "I've tried the online survey three times and it keeps "
                + "throwing me back to the start when I press next. I'm on my tablet. Am I doing something wrong?");
        Post prFix = re(2, "11:30", priya, joSurvey, "Hi Joan, it does that if the postcode box on page 1 is empty, "
                + "even though it says optional. Put your postcode in and it should let you through.");
        Post joQ9 = re(2, "12:10", joan, prFix, "That was it! I'm on page 4 now. Question 9 asks what we'd lose, can "
                + "I write as much as I like?");
        Post prQ9 = re(2, "12:20", priya, joQ9, "Yes, the box takes about 2,000 characters. Tell them about the "
                + "large-print books and the Tuesday coffee morning, that's the stuff they never count.");
        re(2, "14:00", joan, prQ9, "Done and submitted. Took me an hour but it's in.").react("🎉", priya, helen);
        say(2, "18:00", lbRota, tom, "We have a stall at the market on Saturday and the one after, 9 till "
                + "1. We need two people per shift. Put your name down: forms.example/marsh-lane-rota");
        say(3, "09:00", lbNews, graham, "I've written to the Gazette. The letter should run on "
                + "Friday, I'll post it when it does.");
        Post joPaper = say(4, "10:00", lbConsult, joan, "Is there a paper version of the survey? My neighbour Ethel "
                + "is 91 and won't go near a computer.");
        Post kwPaper = re(4, "10:40", kwame, joPaper, "The library desk has paper copies, with a freepost envelope. "
                + "I picked up five for our street.");
        re(4, "11:00", joan, kwPaper, "Thank you, I'll get one for Ethel and one for the lady at number 12.");
        Post grGazette = say(5, "10:30", lbNews, graham, "My letter's in today's Gazette, page 14: "
                + "gazette.example/letters/2031/02/marsh-lane");
        Post joGazette = re(5, "11:00", joan, grGazette, "Read it over breakfast. You put it better than any of us "
                + "could.");
        re(5, "11:20", graham, joGazette, "Very kind, Joan. It was your story about the large-print books that gave "
                + "me the last paragraph.");
        Post joMeeting = say(5, "08:30", lbNews, joan, "When is the public meeting the council promised? I'd like "
                + "to go.");
        Post heMeeting = re(5, "09:00", helen, joMeeting, "Tuesday the 18th, 6:30pm at the Town Hall. We'll sort out "
                + "lifts, give me your name.");
        Post joCake = re(5, "09:10", joan, heMeeting, "Please do. And I'll bake for the Saturday stall if that's "
                + "useful, I do a decent lemon drizzle.");
        re(5, "09:20", helen, joCake, "Very useful! Cake sells better than leaflets.");
        say(6, "14:00", lbRota, tom, "Market stall done: 212 signatures and £48 from Joan's cake. Next Saturday "
                + "still needs one more person 11 to 1: forms.example/marsh-lane-rota");
        // W07
        say(8, "09:15", lbNews, graham, "The Gazette rang me last night. They want to do a feature on me and my "
                + "years walking classes to the library. Photographer coming on Thursday.");
        Post prVideo = say(8, "10:00", lbNews, priya, "Our video of Saturday's story-time protest is up: "
                + "facebook.example/savemarshlane/videos/1. Please share it with your school and church groups, "
                + "every share reaches someone who hasn't heard yet.");
        prVideo.react("🙌", helen, kwame, tom);
        Post kwShared = re(8, "10:30", kwame, prVideo, "Shared to the Juniors' parents' group, 400 people in there.");
        re(8, "10:40", priya, kwShared, "Amazing, thank you!");
        say(8, "20:00", lbChat, graham, "I've been going through my old lesson plans. I counted 611 trips to that "
                + "library in my career. I may put that in my next letter.");
        Post heGr = say(9, "09:00", lbRota, helen, "@Graham Pettifer could you take the stall from 9 to 11 on "
                + "Saturday the 15th? We're one short and you're brilliant with passers-by.");
        say(9, "12:00", lbNews, graham, "I've drafted a second letter, this time to the cabinet member directly. I'm "
                + "aiming for firm but courteous.");
        say(9, "19:00", lbChat, graham, "My late wife used to say I cared more about that library than about the "
                + "house. She was probably right.").react("❤️", joan);
        joins(10, "08:00", lbNews, oliver);
        say(10, "09:00", lbNews, oliver, "Hello all, Cllr Oliver Brandreth here, your ward councillor for Marsh and "
                + "Hollins. I'm fighting this closure in the chamber. Please sign my petition at "
                + "brandreth.example/save-our-library and share it with everyone you know!");
        Post olConsult = say(10, "09:20", lbConsult, oliver, "Petition to save Marsh Lane library: "
                + "brandreth.example/save-our-library. Please share it far and wide.");
        say(10, "09:40", lbChat, oliver, "Sign and share my petition to keep Marsh Lane open: "
                + "brandreth.example/save-our-library");
        Post heOl = re(10, "11:00", helen, olConsult, "Thanks for your support, Cllr Brandreth. Could people be "
                + "pointed to the group's petition, petition.example/save-marsh-lane? Two petitions split the "
                + "signatures and only ours goes to full council. And will you speak for us at scrutiny on the 19th?");
        Post olHe = re(10, "15:00", oliver, heOl, "Fair point, Helen, I'll link to yours from now on. And yes, I've "
                + "asked to speak at scrutiny, I'll confirm by Friday.");
        re(10, "15:30", helen, olHe, "Thank you, that would mean a lot.");
        say(10, "18:00", lbNews, graham, "Photographer's confirmed for Thursday. I've dug out my old tweed jacket "
                + "for it.");
        say(11, "13:00", lbChat, graham, "Found a photo of my 1987 class outside the library. I'm the one with the "
                + "beard.");
        say(11, "20:00", lbNews, graham, "Second letter sent to the cabinet member. I copied in the MP for good "
                + "measure.");
        Post toCover = re(12, "09:00", tom, heGr, "I can do 9 to 11 on Saturday if Graham can't, I haven't heard "
                + "from him. 11 to 1 has Kwame and Priya.");
        re(12, "09:30", helen, toCover, "Thanks Tom, you're on.");
        say(12, "11:00", lbChat, graham, "I shall be on Radio Kentish on Saturday morning talking about my teaching "
                + "years and the library. 8:40 slot.");
        say(12, "15:00", lbNews, graham, "Photos done. The photographer had me stand in the children's corner with "
                + "a pile of books. I felt about nine.");
        say(12, "19:00", lbChat, graham, "Radio Kentish have moved me to 9:10 on Saturday. I'll be talking mostly "
                + "about my own years there and why I keep writing letters.");
        say(13, "08:30", lbRota, tom, "Today's stall: 9 to 11 me and Joan (with cake), 11 to 1 Kwame and Priya. "
                + "Next week's list is open: forms.example/marsh-lane-rota");
        say(14, "20:00", lbNews, graham, "The radio piece went well, I think. I've had three letters from old pupils "
                + "already. I may write a short memoir of it all.").react("👏", joan);
        // W08
        Post grSorry = re(15, "09:00", graham, heGr, "Helen, I'm so sorry. I saw this and then got carried away "
                + "with the radio business. I'll do both Saturday shifts this week to make up for it.");
        re(15, "09:30", helen, grSorry, "No harm done, Tom covered. Both shifts would be wonderful, thank you.");
        Post kwFigures = say(15, "19:00", lbConsult, kwame, "Has anyone had a reply from the council's libraries "
                + "email? I asked for the footfall figures a week ago and heard nothing.");
        re(15, "19:30", helen, kwFigures, "Not yet. Cllr Brandreth is asking for them at scrutiny on Wednesday, so "
                + "we may get them there.");
        Post olKw = re(15, "20:00", oliver, kwFigures, "I've put in a formal request too, Kwame. If they're not "
                + "published by Wednesday I'll say so in the meeting.");
        re(15, "20:10", kwame, olKw, "Thank you, that's what we need.");
        Post joRadio = say(16, "10:00", lbChat, joan, "Graham, my granddaughter heard you on the radio at work and "
                + "rang me. She said you sounded like a proper campaigner.");
        Post grEthel = re(16, "10:30", graham, joRadio, "Ha! Tell her thank you. How's Ethel, did she get a reply "
                + "about her survey?");
        re(16, "11:00", joan, grEthel, "She did, and she's framed it. I'm not joking.");
        Post heMet = say(16, "22:00", lbNews, helen, "Public meeting tonight: over 200 people, standing room only. "
                + "The cabinet member admitted the footfall figures are 'under review'. Thank you everyone who came.");
        heMet.react("🔥", priya, kwame, graham, tom).react("👏", joan);
        Post olScrutiny = say(17, "21:00", lbNews, oliver, "Scrutiny committee voted to refer the libraries decision "
                + "back to cabinet. Not a win yet, but a real step. Thank you to the Friends for filling the gallery.");
        re(17, "21:15", helen, olScrutiny, "Thank you for speaking so well for us.");
        Post toSat = say(18, "17:00", lbRota, tom, "Stall this Saturday: Graham 9 to 1 (hero), plus one more needed "
                + "11 to 1. forms.example/marsh-lane-rota");
        re(18, "17:30", priya, toSat, "I'll take 11 to 1.");
    }

    private void union() {
        // W06
        joins(1, "08:00", unCanteen, sophie);
        say(1, "08:30", unNotices, angela, "Morning all. The pay offer ballot opens on Monday the 10th and closes on "
                + "3 March. Papers go to your home address, so check we have the right one: "
                + "pswu.example/update-my-details");
        Post soHi = say(1, "12:00", unCanteen, sophie, "Hi all, I've just joined, TA at Harbour Road Primary. My mum "
                + "was a rep for 20 years so she made me sign up in my first week!");
        re(1, "12:20", lindsay, soHi, "Welcome Sophie! Your mum raised you right.");
        Post kiBank = say(2, "07:40", unAsk, kieran, "Question for the depot reps: the new rota has us on 4 on 4 off "
                + "but nobody's said if bank holidays still count double. Anyone know?");
        Post stBank = re(2, "09:15", stuart, kiBank, "They do, Kieran. It's in the 2027 local agreement, section 6: "
                + "bank holidays worked are paid at double time whatever the pattern. If your payslip says different, "
                + "bring it to me.");
        re(2, "09:30", kieran, stBank, "Cheers Stuart. I'll check March's.");
        Post stGreen = say(2, "13:00", unReps, stuart, "Depot update: management want to move the green-waste rounds "
                + "to Saturdays from April. No consultation yet. I'm asking for a meeting.");
        Post anGreen = re(2, "13:30", angela, stGreen, "Put it in writing and copy me in. If it changes contractual "
                + "hours they have to consult collectively.");
        re(2, "13:40", stuart, anGreen, "Will do.");
        Post soPension = say(3, "16:00", unAsk, sophie, "Does anyone know if I can move my pension from my old job, "
                + "a private scheme with a retail company, into the council's LGPS? Is it worth it?");
        Post anPension = re(3, "16:40", angela, soPension, "You can ask for a transfer quote, but it has to be within "
                + "12 months of joining the LGPS to do it without the employer's say-so. The fund's page explains "
                + "it: lgps-harbourside.example/transfers-in. Whether it's worth it depends on the old scheme, so get "
                + "the quote first.");
        re(3, "17:00", dominic, soPension, "I'm an independent financial adviser as well as working in revenues. A "
                + "transfer review with me is £250 and I can tell you if it's worth it. Book a free 15-minute call: "
                + "fairley-finance.example/book");
        re(3, "17:30", sophie, anPension, "Thanks Angela, I'll ask for the quote.");
        Post paBack = say(4, "19:00", unAsk, paul, "I've been off with my back for three weeks and now I've got a "
                + "letter inviting me to a 'wellbeing meeting'. Is that the start of capability? Do I need someone "
                + "with me?");
        Post anBack = re(4, "19:30", angela, paBack, "Not necessarily, Paul, but you have the right to be "
                + "accompanied and you should be. I'll come with you. Message me the meeting date and who signed the "
                + "letter, and don't sign anything on the day.");
        re(4, "19:45", paul, anBack, "Thank you. Sending it now.");
        Post gaLunch = say(5, "10:00", unReps, gareth, "Schools: Harbour Road are trying to make TAs cover lunch "
                + "duty unpaid again. Third time in two years. Going in on Monday.");
        Post stLunch = re(5, "10:20", stuart, gaLunch, "Want a depot lad with you for the muscle? Joking. Good luck.");
        re(5, "10:30", gareth, stLunch, "Ha. Might take you up on it.");
        Post soLunch = say(5, "14:00", unAsk, sophie, "@Gareth Wynne I'm at Harbour Road. Are we meant to be doing "
                + "lunch duty? Nobody's told me it's optional.");
        Post gaSo = re(5, "14:30", gareth, soLunch, "It's voluntary, and paid at your hourly rate if you do it. I'm "
                + "seeing the head on Monday about exactly this. Don't do it unpaid in the meantime.");
        re(5, "14:45", sophie, gaSo, "That's a relief, thanks Gareth.");
        Post doDm = say(6, "18:00", dmSophie, dominic, "Hi Sophie, following up on your pension question. I've got "
                + "time on Thursday evening if you'd like that free call. Most people are surprised what a review "
                + "turns up.");
        re(6, "20:00", sophie, doDm, "Thanks Dominic, I'm going to get the fund's quote first and go from there.");
        // W07
        Post kiGreen = say(8, "07:30", unAsk, kieran, "@Stuart Kellett the Saturday green-waste thing: they've put a "
                + "notice up saying it starts in April and we lose the weekend enhancement. Can they do that without "
                + "consulting us?");
        say(8, "08:30", unNotices, angela, "The ballot opens today. If your papers haven't come by Friday, ask for a "
                + "replacement: pswu.example/replacement-ballot. Vote yes or vote no, but vote.");
        Post stTemplate = say(8, "12:00", unReps, stuart, "Anyone got a template for a collective grievance? Green "
                + "waste is heading that way.");
        Post anTemplate = re(8, "12:30", angela, stTemplate, "Sending you the 2029 one from the parks dispute. Change "
                + "the dates and the clause numbers.");
        re(8, "12:45", stuart, anTemplate, "Legend.");
        Post stMet = say(9, "09:00", unReps, stuart, "Met the depot manager this morning. They say the notice was "
                + "'just a heads-up'. Written request for consultation going in today.");
        re(9, "09:30", gareth, stMet, "Same line we got at Harbour Road. Get it in writing.");
        say(9, "11:00", unCanteen, dominic, "Pension MOTs for branch members: first meeting free, then £150 for a "
                + "full written review. Plenty of you are near retirement and haven't looked at your options. DM me.");
        Post stCover = say(9, "15:00", unReps, stuart, "Also, can someone cover my drop-in at the depot next Tuesday? "
                + "Got a hospital appointment.");
        re(9, "15:20", gareth, stCover, "I'll do it, I'm free after 2.");
        Post stKi = re(9, "15:30", stuart, kiGreen, "Sorry Kieran, only just seen this. Short answer: no. "
                + "Enhancements are in your contract, so they need consultation and your agreement. I met the "
                + "manager this morning and we've put in a written request. Don't sign any new rota.");
        re(9, "16:00", kieran, stKi, "Cheers. The lads were getting wound up.");
        say(10, "12:00", unAsk, paul, "Wellbeing meeting done. Angela was brilliant. They've agreed a "
                + "phased return on reduced hours.");
        Post soName = say(11, "18:00", unCanteen, sophie, "Quiz team name ideas? I've got 'Solidarity Forever "
                + "(Wrong)'");
        Post kiName = re(11, "18:20", kieran, soName, "The Usual Suspensions");
        re(11, "18:30", lindsay, kiName, "Ha! That's the one.");
        Post doAsk = say(12, "13:00", unAsk, dominic, "For anyone thinking about retirement: I do pension reviews for "
                + "members, £150, and the first meeting is free. DM me and I'll fit you in.");
        Post anDo = re(12, "14:00", angela, doAsk, "Dominic, could you keep business posts out of the branch rooms "
                + "please? The branch can't be seen to recommend one adviser, and members get free pension guidance "
                + "through the union's own helpline.");
        re(12, "14:30", dominic, anDo, "Understood, I'll take them down. Sorry Angela.");
        say(13, "10:00", unAsk, sophie, "Lunch duty update: it's now paid! Thanks to Gareth for going in. Worth "
                + "saying for any other TAs here: ask your rep before you agree to extras.")
                .react("👏", angela, lindsay, kieran, paul);
        Post gaCourse = say(14, "17:00", unReps, gareth, "Heads up: I'm on the regional reps' course all next week, "
                + "Monday to Friday, phone off in sessions. Angela's covering schools while I'm away.");
        re(14, "17:20", angela, gaCourse, "Enjoy, and bring back the biscuits.");
        // W08
        say(15, "08:00", unNotices, angela, "Ballot turnout so far: 31%. We need 50% for it to count. If you've "
                + "voted, thank you. If not, papers back by 3 March.");
        Post soClub = say(16, "19:00", unAsk, sophie, "@Gareth Wynne the school are now saying TAs have to do the "
                + "after-school club too, for nothing extra. Is that allowed?");
        Post anClub = re(16, "19:30", angela, soClub, "Gareth's on his course this week so I'll pick this up, "
                + "Sophie. After-school club isn't in the TA job description, so it's voluntary. Who asked you?");
        Post soWho = re(16, "19:45", sophie, anClub, "The deputy head, in the staff room. Nothing in writing.");
        re(16, "20:00", angela, soWho, "Then politely ask for it in writing. That usually ends it.");
        Post kiWon = say(17, "07:45", unAsk, kieran, "Depot has backed down on the Saturdays! Notice taken down this "
                + "morning.");
        re(17, "08:00", stuart, kiWon, "Told you. Well done to everyone who held the line.");
        Post liTeam = say(15, "19:00", unCanteen, lindsay, "Quiz is Thursday, 7:30 at the Anchor. Team: me, Sophie, "
                + "Kieran, Paul, and we need two more!");
        Post doQuiz = re(15, "19:20", dominic, liTeam, "I'll come, I'm decent on geography.");
        re(15, "19:30", lindsay, doQuiz, "Welcome aboard!");
        Post gaBack = re(20, "20:00", gareth, soClub, "Back now, Sophie. Angela's right. I'll ring the head tomorrow "
                + "so it's sorted before the club starts.");
        re(20, "20:15", sophie, gaBack, "Thanks, both of you.");
        say(18, "23:00", unCanteen, lindsay, "We came SECOND. The Usual Suspensions will return.")
                .react("🎉", sophie, kieran, paul, dominic);
    }

    private void printShop() {
        // W06
        say(1, "09:00", prOffers, owen, "February offer: 20% off A5 and A4 leaflets for community groups and "
                + "charities with the code GROUPS20, till the end of the month. inkwellprint.example/leaflets");
        Post toQ = say(1, "11:00", prHelp, tomasz, "Good morning. We need 60 A3 posters for the parish Lenten "
                + "concert by the 14th. Can you do colour on a thicker paper so they survive the church door?");
        Post owTo = re(1, "11:30", owen, toQ, "Morning Father Tomasz. 60 A3 on 250gsm silk is £38, or £72 on "
                + "weatherproof synthetic paper if they're going outside. Either is ready in 3 working days.");
        re(1, "11:50", tomasz, owTo, "The silk will do, they go inside the porch. I'll send the file today.");
        joins(2, "09:00", prLounge, sunita);
        Post suQ = say(2, "09:30", prHelp, sunita, "Hi, we're a new residents' group fighting a quarry extension "
                + "near Colby. We'll need leaflets for about 2,000 houses and maybe a banner for the village green. "
                + "No idea where to start or what it costs.");
        Post owSu = re(2, "10:00", owen, suQ, "Welcome Sunita. 2,000 A5 double-sided on 130gsm is £68 delivered, and "
                + "a 3m by 1m PVC banner with eyelets is £54. GROUPS20 takes 20% off the leaflets. Send us your "
                + "wording and Leah will lay it out for free the first time.");
        re(2, "10:30", sunita, owSu, "That's so much cheaper than I feared. Wording coming tonight.");
        Post jeMarch = say(3, "10:00", prLounge, jerome, "Our branch banner came out beautifully, the march on "
                + "Saturday looked the part. I sent the Harbour Road residents your way too, they need placards.");
        re(3, "10:30", owen, jeMarch, "Thank you Jerome, that's kind of you. Send us a photo from the "
                + "march if you've got one!");
        Post raQ = say(3, "14:00", prHelp, rachel, "I'm standing as an independent in the Westgate by-election on 8 "
                + "May. What has to go on an election leaflet legally? I know there's an imprint but not what it "
                + "says.");
        Post owRa = re(3, "14:40", owen, raQ, "You need the imprint: the name and address of the promoter (you or "
                + "your agent) and the name and address of the printer, which is us. We add ours automatically. The "
                + "Electoral Commission guidance is here: electoralcommission.example/imprints");
        re(3, "15:00", rachel, owRa, "Perfect, thank you. I'll put my agent's address on.");
        Post suWording = say(4, "11:00", prProofs, sunita, "Here's our wording. Is it too much text for an A5?");
        Post leSu = re(4, "12:00", leah, suWording, "It's about 320 words, which is a lot for A5. I'd cut it to the "
                + "three main points and put the rest behind a QR code. I've done a draft with that layout, have a "
                + "look.");
        re(4, "12:30", sunita, leSu, "You're right, nobody reads the back page. Love the draft.");
        Post suDoors = say(4, "16:00", prLounge, sunita, "Has anyone done door-to-door leafleting in a village? How "
                + "long does 2,000 take with five of us?");
        Post raDoors = re(4, "16:40", rachel, suDoors, "I did 1,800 in Westgate last weekend with four of us, about "
                + "six hours in all. Villages are slower with the long drives. Take rubber gloves for the letterboxes "
                + "with springs!");
        re(4, "17:00", sunita, raDoors, "Six hours, okay. Good tip about the springs.");
        Post alQ = say(5, "10:00", prHelp, aled, "Hi, chapel choir concert posters again please, same design as "
                + "last year but a new date. Do you still have the file?");
        Post maAl = re(5, "10:30", marek, alQ, "We do, Aled, it's in your account from March 2030. Send me the new "
                + "date and venue and we'll do 40 A4 like last time, £22.");
        re(5, "10:45", aled, maAl, "Saturday 29 March, Capel Seion, 7pm. Thank you!");
        Post leJe = say(5, "15:00", prProofs, leah, "Proof for @Jerome Baptiste: the branch's 50th anniversary "
                + "banner, 2.5m by 1m, in the same colours as your last one.");
        Post jeDates = re(5, "16:00", jerome, leJe, "Looks great. Can the dates be a bit bigger?");
        re(5, "16:30", leah, jeDates, "Done, new proof up tomorrow morning.");
        Post leJe2 = say(6, "09:00", prProofs, leah, "@Jerome Baptiste the anniversary banner again, with the bigger "
                + "dates.");
        // W07
        say(8, "09:00", prOffers, owen, "New: correx placards, A2 and A3, single or double-sided, from £3.20 each for "
                + "50 or more. Ready in 48 hours for marches and vigils. inkwellprint.example/placards");
        Post jeRed = re(9, "10:00", jerome, leJe2, "@Leah Corrigan the red on the proof has come out more orange than "
                + "our union red. Can you match Pantone 485? We need it printed by Friday for the anniversary rally.");
        Post leRa = say(9, "14:00", prProofs, leah, "Proof for @Rachel Obuya: the Westgate leaflet, A5 "
                + "double-sided. The imprint is on the back, bottom left, please check your agent's address.");
        Post raOk = re(9, "15:00", rachel, leRa, "All correct. Go ahead with 5,000 please.");
        re(9, "15:20", leah, raOk, "Lovely, sending it to print this afternoon.");
        Post leTo2 = say(10, "11:00", prProofs, leah, "Proof for Father Tomasz: the Lenten concert poster, 60 A3 on "
                + "silk. Please check the date and the times.");
        re(10, "11:30", tomasz, leTo2, "All correct, thank you. Go ahead.");
        Post jeWait = say(10, "12:00", prHelp, jerome, "Has anyone seen my question about the banner colour? The "
                + "rally is on Saturday and it still needs printing.");
        re(10, "12:30", marek, jeWait, "Sorry Jerome, proofs are Leah's. I'll flag it to her as soon as she's off "
                + "the phone.");
        Post leRed = re(11, "14:00", leah, jeRed, "Jerome, I'm so sorry, this slipped past me in the by-election "
                + "rush. I've matched it to 485 and the new proof is up. If you OK it in the next hour it prints "
                + "tonight and reaches you Friday morning.");
        Post jeOk = re(11, "14:20", jerome, leRed, "OK'd. Thanks, that was close.");
        re(11, "15:00", owen, jeOk, "Sorry for the wait, Jerome. Delivery's on us this time.");
        Post raDeliver = say(12, "09:00", prHelp, rachel, "Can you deliver the 5,000 leaflets straight to my agent's "
                + "house rather than collecting from the shop?");
        re(12, "09:20", marek, raDeliver, "Yes, just put the address in the order notes. They're printed and on the "
                + "van first thing Monday.");
        say(12, "13:00", prLounge, jerome, "The anniversary banner arrived this morning. The red is perfect now.")
                .react("🔥", owen, leah, rachel);
        Post raVote = say(14, "16:00", prLounge, rachel, "If anyone here lives in Westgate ward, I'd be grateful for "
                + "your vote on 8 May! Rachel Obuya, independent. My leaflet's here: obuya4westgate.example");
        re(14, "16:30", sunita, raVote, "Not my ward, but good luck! You've been so helpful.");
        // W08
        say(15, "09:00", prOffers, owen, "Half-term offer for schools, churches and clubs: 500 A5 flyers for £29 "
                + "until Friday. inkwellprint.example/flyers");
        Post suBanner = say(15, "11:00", prHelp, sunita, "We want a second banner for the planning meeting, the same "
                + "size but with the date on. Can we reuse the first one's design?");
        Post leBanner = re(15, "11:20", leah, suBanner, "Yes, I'll add the date and send you a proof this "
                + "afternoon.");
        Post leDate = re(15, "15:00", leah, leBanner, "Proof's up in #artwork-proofs. Tuesday 4 March, 7pm, Colby "
                + "Village Hall, right?");
        re(15, "15:30", sunita, leDate, "Spot on, go ahead please.");
        Post toPraise = say(16, "10:00", prLounge, tomasz, "The Lenten concert posters are up all over town. Three "
                + "people have already asked who printed them, and I told them Inkwell.");
        re(16, "10:30", owen, toPraise, "That's lovely to hear, Father, thank you. Hope the concert is packed.");
        Post raQr = say(18, "10:00", prProofs, rachel, "Second leaflet, for the last fortnight of the campaign. Can "
                + "you check the QR code scans before it prints? It goes to my campaign page.");
        Post leQr = re(18, "10:40", leah, raQr, "Scanned it on two phones, both go to the right page. The code is a "
                + "little small though, I'd make it 2.5cm wide.");
        re(18, "11:00", rachel, leQr, "Do it, thanks.");
        Post suSigs = say(19, "12:00", prLounge, sunita, "Our objection has 612 signatures now. The banner on the "
                + "green stopped traffic, in a good way.");
        Post jeSigs = re(19, "12:30", jerome, suSigs, "That's brilliant. Send me the details, the branch might send "
                + "a message of support.");
        re(19, "13:00", sunita, jeSigs, "Oh that would mean a lot. I'll message you.");
    }

    private void foodBank() {
        // W06
        Post juGaps = say(1, "08:30", fbRota, judith, "Good morning all. This week's gaps: Wednesday distribution "
                + "needs two more on the welcome desk, and Friday needs a driver for the Co-op pickup. Shifts: "
                + "sheets.example/northgate-rota");
        Post daPick = re(1, "09:00", dariusz, juGaps, "I'll do the Friday pickup, the van's free.");
        re(1, "09:10", judith, daPick, "Thank you Dariusz!");
        Post stCooker = say(1, "11:00", fbReferrals, stacey, "Hi, I'm a housing support worker at Harbour Housing. "
                + "I've got a client who's just moved into a flat with no cooker. Do you do parcels that don't need "
                + "cooking?");
        Post miKettle = re(1, "11:30", miriam, stCooker, "Yes, we do a kettle box: things that only need boiling "
                + "water or nothing at all. Tick 'no cooking facilities' on the e-voucher and the team will pack "
                + "one.");
        re(1, "11:45", stacey, miKettle, "Perfect. Voucher going in now.");
        Post miShort = say(2, "10:00", fbStock, miriam, "Warehouse check: we're short on tinned fruit, UHT milk, "
                + "tinned potatoes, toilet roll and deodorant. Overstocked on pasta and baked beans, please don't "
                + "send more of those!");
        Post guSunday = re(2, "10:30", gurpreet, miShort, "I'll tell the gurdwara committee. Sunday's collection can "
                + "be milk and toilet roll.");
        re(2, "10:40", miriam, guSunday, "Wonderful, thank you.");
        Post stGf = say(2, "14:00", fbReferrals, stacey, "Another one: a family of five, and the mum is coeliac. Can "
                + "you do gluten-free?");
        Post guGf = re(2, "14:30", gurpreet, stGf, "We keep a gluten-free shelf. It's small but it's there. Note it "
                + "on the voucher and whoever packs will take from it. If we're short, the langar at the gurdwara "
                + "can do her a cooked gluten-free meal on Sundays, no questions asked.");
        re(2, "14:50", stacey, guGf, "That's really kind. The langar is a great shout, she'd never have known about "
                + "it.");
        say(3, "17:00", fbStock, hamza, "Friday's collection from Northgate Jamia Masjid: 38 bags, mostly rice, "
                + "tinned tomatoes, tea and nappies. I'll drop them on Saturday morning.")
                .react("🙏", judith, miriam);
        Post keHalf = say(4, "09:00", fbReferrals, kerry, "Hello, I'm the family support worker at St Mark's "
                + "Primary. Over half term we usually see families struggle without free school meals. Is there any "
                + "extra provision that week?");
        Post juHalf = re(4, "09:45", judith, keHalf, "Hi Kerry. We open an extra session on the Tuesday of half "
                + "term (the 18th), 10 till 12, and the churches are running a lunch club at St Anne's hall Monday "
                + "to Thursday. I'll send you the poster.");
        re(4, "10:00", kerry, juHalf, "That's great, I'll put it in the newsletter.");
        Post stWalk = say(4, "15:00", fbReferrals, stacey, "Last one this week, I promise: can a client come in "
                + "person without a voucher if they're desperate?");
        Post juWalk = re(4, "15:20", judith, stWalk, "We never turn anyone away on the day. We give an emergency "
                + "parcel and then link them in with an agency for a voucher. Send them to the Wednesday session.");
        re(4, "15:40", stacey, juWalk, "Good to know, thank you. And for everyone: the new family hub on Lime "
                + "Street opened this week and does fuel vouchers, that might help some of your people too.")
                .react("👍", judith, kerry, miriam);
        say(7, "19:00", fbRota, judith, "Next week's shifts are up, and Tuesday warehouse still needs three: "
                + "sheets.example/northgate-rota");
        // W07
        say(8, "09:00", fbRota, judith, "@Hamza Iqbal could you do the Saturday collection run from St Anne's on the "
                + "15th? Dariusz is away that weekend.");
        Post keBed = say(8, "12:00", fbReferrals, kerry, "One of our families needs a bed and a sofa, they've been "
                + "rehoused with nothing. Does anyone know where they can get furniture? It's outside what you do, I "
                + "know.");
        Post daBed = re(8, "12:40", dariusz, keBed, "The furniture project on Bank Street gives free beds and sofas "
                + "to referred families: furnitureproject.example/referrals. I run a small removals firm, so I can "
                + "bring them round in the van for nothing, just tell me when.");
        re(8, "13:00", kerry, daBed, "Dariusz, that's amazing. I'll do the referral today and let you know.");
        say(9, "10:00", fbStock, miriam, "The synagogue's Tu BiShvat collection came in: 22 boxes of dried fruit and "
                + "nuts, plus the tinned fruit we were short of. Toda raba to everyone at Beth Shalom.")
                .react("🙌", judith, gurpreet);
        Post haMilk = say(10, "17:00", fbStock, hamza, "The Jamia collection this Friday will be a big one, the imam "
                + "asked everyone for UHT milk. I'll bring it on Saturday.");
        re(10, "17:30", miriam, haMilk, "Lovely, we're down to six cartons.");
        Post stLangar = say(11, "11:00", fbReferrals, stacey, "Quick update: the coeliac mum got her parcel and went "
                + "to the langar on Sunday. She cried telling me about it. Thank you @Gurpreet Sandhu.");
        re(11, "11:30", gurpreet, stLangar, "Tell her she's welcome every Sunday. Nobody needs a reason to eat at "
                + "the langar.");
        Post juAnyone = say(11, "15:00", fbRota, judith, "Still looking for someone for Saturday's St Anne's run, "
                + "10am. Anyone?");
        Post daAnne = re(12, "09:00", dariusz, juAnyone, "I can move my trip. I'll do St Anne's on Saturday and "
                + "leave after.");
        re(12, "09:20", judith, daAnne, "You're a star. Thank you.");
        Post guOnions = say(12, "18:00", fbTea, gurpreet, "Langar numbers are up again, 240 meals on Sunday. If "
                + "anyone wants to come and chop onions, Sunday 8am, all welcome, bring something to cover your "
                + "head.");
        re(12, "18:30", judith, guOnions, "I'll bring the youth group from St Anne's, they've been asking.");
        say(13, "14:00", fbReferrals, kerry, "The family got the bed and sofa yesterday. Dariusz delivered and put "
                + "the bed frame together too. Thank you all.").react("❤️", judith, miriam, gurpreet);
        say(14, "19:00", fbRota, judith, "Half-term week: Tuesday's extra session needs 6 and the lunch club needs "
                + "cooks. sheets.example/northgate-rota");
        // W08
        Post haSorry = say(15, "13:00", fbStock, hamza, "Sorry I went quiet, my mum was in hospital all week. The "
                + "Jamia's milk collection is at St Anne's: 96 cartons. Dariusz helped me unload.");
        Post juHa = re(15, "13:30", judith, haSorry, "Oh Hamza, I'm sorry, I hope she's home now. Thank you for "
                + "still doing this.");
        re(15, "13:45", hamza, juHa, "She's home, thank God. And sorry I missed your message about Saturday.");
        Post keDrop = say(15, "09:00", fbReferrals, kerry, "Half term: is the Tuesday extra session drop-in or "
                + "voucher only?");
        re(15, "09:20", judith, keDrop, "Drop-in for St Mark's families, they just mention the school.");
        say(15, "16:00", fbTea, judith, "Lunch club day 1: 58 children and 31 parents. Huge thanks to the St Anne's "
                + "youth group and to Gurpreet's team, who brought dal for everyone.")
                .react("🙏", gurpreet, miriam, kerry, stacey);
        Post stBags = say(18, "14:00", fbReferrals, stacey, "Is it okay for a client to bring his own bags? He's "
                + "embarrassed carrying the branded ones on the bus.");
        Post miBags = re(18, "14:15", miriam, stBags, "Of course, and we have plain carrier bags too, just ask at the "
                + "desk.");
        re(18, "14:30", stacey, miBags, "Thanks, that'll help him a lot.");
        Post daMove = say(19, "18:00", fbTea, dariusz, "If any volunteers are moving house this spring, my firm does "
                + "15% off for food bank people: dariuszremovals.example. And the food bank runs stay free, "
                + "obviously.");
        re(19, "18:30", gurpreet, daMove, "My cousin is moving in April, I'll send him your way!");
        Post miLate = say(21, "10:00", fbStock, miriam, "Short this week: tinned meat, instant mash, shampoo, size 5 "
                + "nappies.");
        re(21, "10:20", gurpreet, miLate, "Next Sunday's collection will be mash and nappies then.");
        say(21, "16:00", fbRota, judith, "Thank you all for half term. March shifts are up: "
                + "sheets.example/northgate-rota");
    }

    private void officiants() {
        // W06
        Post caDead = say(1, "09:00", ofLounge, callum, "January was dead. Two enquiries all month and neither "
                + "booked. I need more couples booking by spring or it's back to supply teaching.");
        Post ceDead = re(1, "09:30", celia, caDead, "January's always slow, couples book after Valentine's. But yes, "
                + "it's been quieter than last year for me too.");
        re(1, "09:45", callum, ceDead, "Hope you're right. I've redone my website twice out of boredom.");
        Post moLaw = say(1, "14:00", ofLounge, moira, "Law question: have the Law Commission changes actually come "
                + "in yet, or are couples still doing the legal bit at the register office separately?");
        Post caLaw = re(1, "14:30", callum, moLaw, "Still separate in England for now. Couples do the two-minute "
                + "legal bit at the register office and we do the real ceremony wherever they like.");
        re(1, "14:50", moira, caLaw, "That's what I thought. Thanks.");
        Post elQ = say(2, "10:00", ofCouples, ellie, "Hi! We're planning a woodland wedding in June. We're not "
                + "religious, but my family are Maronite Christians and my fiancé's are Church of Scotland. Can a "
                + "humanist ceremony include a blessing from my grandmother?");
        Post moCover = say(2, "16:00", ofCover, moira, "Can't do Saturday 21 June, double-booked by my own mistake. "
                + "Handfasting in Hexham, 2pm, lovely couple. Anyone free?");
        Post caCover = re(2, "16:30", callum, moCover, "I'm free that day but I've never done a handfasting. Could I "
                + "do a humanist ceremony with one in it?");
        re(2, "17:00", moira, caCover, "The couple are easy-going. I'll ask them, and I'll send you my cord notes if "
                + "they say yes.");
        Post niQ = say(3, "12:00", ofCouples, niall, "My fiancée is Muslim and I'm Catholic. We want a nikah and "
                + "some kind of blessing on the same day. Does anyone do both, or do we need an imam and a priest "
                + "separately?");
        Post ceNi = re(3, "13:00", celia, niQ, "Hi Niall. The nikah itself needs an imam, and I work alongside two "
                + "who are happy to do joint days. I lead the interfaith part: readings from both traditions and "
                + "vows you write together. Many couples do the nikah in the morning and the joint ceremony in the "
                + "afternoon.");
        Post niFee = re(3, "13:30", niall, ceNi, "That sounds like us. What do interfaith ministers usually "
                + "charge?");
        Post ceFee = re(3, "14:00", celia, niFee, "I charge £550 for a ceremony with two meetings beforehand, plus "
                + "travel over 30 miles. Others range from about £400 to £800.");
        re(3, "14:20", niall, ceFee, "Thank you, really helpful. I'll talk to Samira tonight.");
        Post caContract = say(3, "15:00", ofLounge, callum, "Does anyone use a contract template they like? Mine is "
                + "from 2026 and says nothing about cancellations.");
        Post moContract = re(3, "15:30", moira, caContract, "I'll share mine. The cancellation clause saved me last "
                + "year.");
        re(3, "15:45", callum, moContract, "That'd be great.");
        Post anQ = say(4, "10:00", ofCouples, anjali, "I'm Gujarati Hindu and my partner is Jewish. Is it possible to "
                + "have a pandit and a rabbi at the same ceremony, or is that a fantasy?");
        Post caDrone = say(4, "11:00", ofLounge, callum, "Got the contract, Moira, thank you. Adding a clause about "
                + "drones after last summer.");
        Post moDrone = re(4, "11:20", moira, caDrone, "Please tell the drone story.");
        re(4, "11:40", callum, moDrone, "The groom's brother flew one into the arch. The arch won.");
        re(4, "19:00", ravi, anQ, "Namaste Anjali. It's not a fantasy, I've done three with rabbis. "
                + "Usually there's a shortened Hindu ceremony with the mandap and the saptapadi, and the rabbi leads "
                + "the ketubah and the glass. Some rabbis won't co-officiate, so ask early. Happy to talk it "
                + "through.");
        Post caHex = say(5, "09:00", ofCover, callum, "Moira, did the Hexham couple say yes?");
        Post moHex = re(5, "10:00", moira, caHex, "They did! I'll send you their details and introduce you by "
                + "email.");
        re(5, "10:10", callum, moHex, "Brilliant. Thank you.");
        Post elBump = re(5, "18:00", ellie, elQ, "Bumping my question from Tuesday, sorry! Also, is a woodland "
                + "ceremony legal at all, or only the bit at the register office?");
        Post moEl = re(6, "10:00", moira, elBump, "Hi Ellie! In England the legal part still happens at the register "
                + "office or a licensed venue, so the woodland ceremony is the one that matters to you, not to the "
                + "law. And yes, a grandmother's blessing fits beautifully into a humanist ceremony. I did one in "
                + "Kielder last year with a Maronite blessing in Arabic.");
        re(6, "10:30", ellie, moEl, "That's exactly what I hoped. Thank you so much!");
        Post caReads = say(6, "12:00", ofLounge, callum, "Quiet Saturday, so I'm sorting my readings library. Does "
                + "anyone want my list of non-religious readings?");
        re(6, "12:30", celia, caReads, "Yes please!");
        // W07
        joins(8, "08:00", ofIntro, jordan);
        Post joHi = say(8, "09:00", ofIntro, jordan, "Hi all, I'm Jordan, a newly trained independent celebrant in "
                + "Newcastle. Weddings, vow renewals and naming days. My site is jordanwhitfield.example if you want "
                + "to see what I do. Looking forward to learning from you all.");
        Post ceJo = re(8, "09:30", celia, joHi, "Welcome Jordan! The lounge is where we moan and swap scripts, come "
                + "and say hi.");
        re(8, "09:40", jordan, ceJo, "Thanks Celia, will do!");
        Post ceNudge = say(8, "10:00", ofLounge, celia, "@Callum Rennie gentle nudge: a humanist question sat in "
                + "#couples-ask for four days last week. The couples in there are exactly the ones you said you need.");
        re(8, "10:30", callum, ceNudge, "Ouch, but fair. I've been hiding in here. Going over now.");
        Post caEl = re(8, "11:00", callum, elQ, "Hi Ellie, sorry I'm late to this. Moira's answer is spot on. One "
                + "thing to add: if your grandmother says the blessing in Arabic, ask her for a short English line "
                + "after it so the Scottish side feel part of it too. It's lovely when both families are included.");
        re(8, "11:30", ellie, caEl, "Ooh, good idea, she'll love that.");
        Post elCords = say(9, "14:00", ofCouples, ellie, "Another question: can we do a handfasting as part of a "
                + "humanist ceremony? We love the idea of the cords.");
        Post moCords = re(9, "14:30", moira, elCords, "Absolutely, I'm the handfasting one here! Three cords is "
                + "traditional: one from each family and one you choose together.");
        re(9, "14:40", callum, elCords, "And it mixes well with a humanist ceremony. I'm doing my first handfasting "
                + "in June and Moira's been teaching me.");
        re(9, "15:00", ellie, moCords, "One from each family, I love that.");
        Post joDm = say(10, "09:00", dmEllie, jordan, "Hi Ellie, I saw you're planning a woodland wedding! I've still "
                + "got 14 June free and I'd love to create a bespoke ceremony with a handfasting for you, £480 all "
                + "in. Book a 15-minute call here: jordanwhitfield.example/book");
        re(10, "12:00", ellie, joDm, "Hi Jordan, thanks, but we've pretty much decided to go with Moira.");
        say(11, "10:00", ofCouples, jordan, "Still a few 2031 Saturdays left! Bespoke ceremonies from £480, "
                + "handfastings included. DM me.");
        Post joReel = say(13, "09:00", ofLounge, jordan, "Check out my new ceremony showreel, filmed at my first "
                + "three weddings: jordanwhitfield.example/showreel");
        Post moReel = re(13, "09:30", moira, joReel, "Nice pacing. One tip from an old hand: don't post prices in "
                + "the couples room, it reads like a sales board and couples go quiet. Answer their questions and "
                + "the bookings come.");
        re(13, "10:00", jordan, moReel, "Noted, thank you Moira. Still learning.");
        say(14, "17:00", ofLounge, moira, "Heads up: I'm at a handfasting retreat on Orkney from "
                + "Monday to Friday with no signal at all. Back on Saturday.");
        // W08
        Post niSister = say(16, "13:00", ofCouples, niall, "@Moira Cunliffe my sister and her partner want a "
                + "handfasting at their civil partnership on 9 August. Are you free that day?");
        Post joNi = re(16, "13:30", jordan, niSister, "Moira's on Orkney till Saturday with no signal, Niall, but "
                + "I'm sure she'll get back to you then.");
        re(16, "13:40", niall, joNi, "Ah thanks, no rush.");
        Post elMeet = say(17, "11:00", ofCouples, ellie, "Last question, I promise! Do humanist celebrants usually "
                + "meet the couple in person beforehand?");
        Post caMeet = re(17, "11:30", callum, elMeet, "I always do two meetings, one to get to know you and one to "
                + "read through the script. Video calls if you're far away.");
        re(17, "11:40", ellie, caMeet, "Thank you!");
        Post ceRenew = say(19, "10:00", ofCover, celia, "Can anyone cover a vow renewal on 2 August in Morpeth? "
                + "Small, in a garden, a Quaker couple.");
        Post joRenew = re(19, "10:30", jordan, ceRenew, "I'm free that day and would love to, if the couple are "
                + "happy with someone new.");
        re(19, "11:00", celia, joRenew, "They'll love you. I'll introduce you.");
        Post moNi = re(21, "10:00", moira, niSister, "Niall, back from Orkney! 9 August is free. Give your sister my "
                + "number and we'll talk cords.");
        re(21, "10:30", niall, moNi, "Thank you! She'll be in touch.");
    }

    private void treasurers() {
        // W06
        Post iaStart = say(1, "10:00", ctQuestions, ian, "Hello, I became treasurer of St Cuthbert's (small parish, "
                + "about 40 on the roll) at Christmas because nobody else would. Where do I even start with Gift "
                + "Aid?");
        Post hiStart = re(1, "10:45", hilary, iaStart, "Welcome Ian, and bless you for saying yes. Start with the "
                + "declarations: every donor who Gift Aids needs a signed declaration on file. Then check the parish "
                + "is registered with HMRC's charities service. Your predecessor will have a reference number "
                + "somewhere.");
        re(1, "11:00", ian, hiStart, "Thanks.");
        Post glExam = say(2, "11:00", ctYearEnd, gloria, "Our independent examiner wants the accounts by 31 March "
                + "this year instead of April. Anyone else had that?");
        re(2, "11:30", trevor, glExam, "Ours too. I think the diocese is pushing them all earlier.");
        Post hiExam = re(2, "11:50", hilary, glExam, "The Charity Commission deadline hasn't changed, 10 months "
                + "after year end, so it's the examiner's own diary. Worth asking if they'd take the bank "
                + "reconciliation a bit later.");
        re(2, "12:00", gloria, hiExam, "Good idea, I'll ask. Thank you Hilary.");
        Post iaGasds = say(3, "09:30", ctQuestions, ian, "Found the HMRC reference. Now what's a GASDS claim? The "
                + "old treasurer's notes mention it.");
        Post hiGasds = re(3, "10:00", hilary, iaGasds, "The Gift Aid Small Donations Scheme: you can claim on cash "
                + "collections up to £8,000 a year without declarations, as long as each gift is £30 or under. "
                + "It's worth about £2,000 a year to a parish your size.");
        re(3, "10:10", ian, hiGasds, "Ok thanks.");
        Post adRelease = say(3, "15:00", ctSuppliers, adrian, "ChurchLedger 4.2 is out: the Gift Aid schedule now "
                + "exports straight into HMRC's spreadsheet format, and the GASDS tally is on the dashboard. "
                + "Release notes: churchledger.example/releases/4-2");
        Post glRelease = re(3, "15:30", gloria, adRelease, "Finally! That export has cost me hours every quarter.");
        re(3, "15:40", adrian, glRelease, "You were one of the people who asked for it, so thank you.");
        Post neExp = say(4, "19:00", ctQuestions, neville, "URC treasurer here. Do any of you pay your minister's "
                + "expenses through payroll or as a separate claim?");
        re(4, "19:30", hilary, neExp, "Separate claim for us, through the circuit, with receipts. Payroll only for "
                + "the stipend.");
        re(4, "19:40", gloria, neExp, "Same for us, separate. Our pastor's mileage goes on a monthly form.");
        say(4, "20:00", ctQuestions, neville, "Thank you both, that's what I suspected.");
        Post iaLunch = say(5, "10:00", ctQuestions, ian, "Sorry, another one. The PCC wants to know if we can claim "
                + "Gift Aid on what people pay for the Lent lunches.");
        re(5, "10:30", hilary, iaLunch, "No, sadly: if they get a lunch for it, it's a payment, not a gift. But if "
                + "the lunch is free and people give what they like into a bowl, the bowl can go into GASDS. Which "
                + "bank is your PCC account with, by the way? Some don't let two signatories approve online, which "
                + "will matter for you.");
        Post iaMandate = say(6, "09:00", ctQuestions, ian, "Last one for now: do I need to do anything about the old "
                + "treasurer's name on the bank mandate, or can I just carry on?");
        Post trMandate = re(6, "09:40", trevor, iaMandate, "Get it changed now, Ian. If the old treasurer can't be "
                + "reached, the bank will freeze things at the worst moment. They'll ask for the PCC minutes that "
                + "appointed you.");
        re(6, "10:00", ian, trMandate, "ok.");
        // W07
        Post neCard = say(8, "10:00", ctQuestions, neville, "Our stewards want to take card donations at the door. "
                + "Anyone using a card reader that doesn't eat the whole donation in fees?");
        Post iaCard = re(8, "10:30", ian, neCard, "We got one in January. The charity rate on SumPay is 1.2% with no "
                + "monthly fee, and the diocese has a deal with them. It's been fine for us so far.");
        re(8, "10:45", neville, iaCard, "Thank you Ian, I'll look it up.");
        Post hiBank = say(8, "11:00", ctQuestions, hilary, "@Ian Pemberton did you find out which bank the PCC is "
                + "with? Still worth checking the two-signatory thing before year end.");
        Post iaBank = re(8, "11:30", ian, hiBank, "Sorry Hilary, missed that. It's Lloyds, and yes, both signatories "
                + "can approve online. Thanks for checking.");
        re(8, "11:40", hilary, iaBank, "Good, that's one thing less to worry about.");
        Post trTemplate = say(9, "15:00", ctYearEnd, trevor, "Anyone got a simple receipts and payments template? "
                + "Our accounts are tiny and the diocese one has 14 tabs.");
        Post hiTemplate = re(9, "15:30", hilary, trTemplate, "I've got a one-page one I made for the small chapels "
                + "in our circuit: sheets.example/hilary-receipts-payments. Copy it, don't edit mine!");
        re(9, "15:40", trevor, hiTemplate, "Perfect, thank you.");
        Post trSoftware = say(10, "10:00", ctQuestions, trevor, "Can anyone recommend software for a small church? "
                + "I've been on paper for 12 years and my eyes are going.");
        Post adSoftware = re(10, "10:30", adrian, trSoftware, "I make ChurchLedger, so I'm biased: "
                + "churchledger.example, £9 a month for under 100 givers. But plenty of small churches do fine on a "
                + "spreadsheet, and Hilary's template beats most software for a parish your size.");
        re(10, "10:45", gloria, trSoftware, "We use ChurchLedger, and Adrian answers his emails, which is more than "
                + "I can say for the last lot.");
        re(10, "11:00", trevor, adSoftware, "Honest answer, thank you. I'll start with the spreadsheet and see.");
        say(11, "19:00", ctVestry, ian, "Survived my first PCC meeting as treasurer. Nobody asked about the accounts, "
                + "which I'm told is a miracle.").react("😂", hilary, gloria, trevor);
        Post glBug = say(12, "12:00", ctSuppliers, gloria, "@Adrian Fenton since 4.2 the Gift Aid export puts the "
                + "postcode in the house-number column. Is that me?");
        Post adBug = re(12, "12:40", adrian, glBug, "Not you, a bug. The fix goes out tonight, and I've emailed you "
                + "a corrected file for this quarter. Sorry Gloria.");
        re(12, "13:00", gloria, adBug, "Thank you, that was quick.");
        // W08
        joins(15, "08:00", ctQuestions, beverley);
        Post beWeb = say(15, "09:00", ctQuestions, beverley, "Free webinar for church treasurers: 'Gift Aid without "
                + "the headache', Thursday 7pm. Most churches under-claim by 20% or more! Sign up here: "
                + "giftaidplus.example/webinar");
        say(15, "09:02", ctYearEnd, beverley, "Year-end tip: claim your Gift Aid before the accounts close! Free "
                + "webinar on Thursday at 7pm: giftaidplus.example/webinar");
        say(15, "09:04", ctVestry, beverley, "Hi everyone! Don't miss our free Gift Aid webinar for churches, "
                + "Thursday at 7: giftaidplus.example/webinar");
        re(15, "10:00", hilary, beWeb, "Hello Beverley. Supplier posts go in #suppliers here, that's what it's for. "
                + "You're welcome to answer people's Gift Aid questions in this room, though.");
        Post iaXing = say(15, "12:00", ctQuestions, ian, "Quick one: for our GASDS claim, do I count the collection "
                + "at the Christingle service even though it went to the Children's Society?");
        Post hiXing = re(15, "12:30", hilary, iaXing, "No, only gifts to your own charity count. Money collected for "
                + "another charity is theirs to claim.");
        re(15, "12:40", ian, hiXing, "Makes sense, thanks. I'd have got that wrong.");
        say(17, "09:00", ctQuestions, beverley, "Last chance to book! Tomorrow's webinar is nearly full. Our clients "
                + "get back an average of £1,400 they'd missed: giftaidplus.example/webinar");
        Post glVol = say(18, "15:00", ctYearEnd, gloria, "Does anyone put the value of volunteer time in the notes "
                + "to the accounts? Our examiner suggested it.");
        Post neVol = re(18, "15:30", neville, glVol, "We mention it in the trustees' report, not in the figures. "
                + "Hours, roughly, and what they did.");
        re(18, "15:40", gloria, neVol, "That's a nice way of doing it.");
        Post iaNow = say(19, "19:00", ctVestry, ian, "Christingle question answered, GASDS submitted, bank mandate "
                + "changed. I think I'm actually a treasurer now.");
        re(19, "19:20", hilary, iaNow, "You are! Pass it on when the next new one turns up.");
        Post neReader = say(21, "12:00", ctVestry, neville, "Our stewards started with the card reader Ian "
                + "recommended. £64 on the first Sunday from people who never carry cash.");
        re(21, "12:30", ian, neReader, "Glad it's working!");
    }

    private void streetPastors() {
        // W06
        Post beFeb = say(1, "10:00", spRota, bernadette, "February patrols: we're short for Saturday the 8th (one "
                + "more pastor) and for the prayer base on Friday the 14th. Rota form: "
                + "forms.example/kingsbridge-patrols");
        Post daFeb = re(1, "10:30", dafydd, beFeb, "I can do Saturday the 8th, the baby's finally sleeping.");
        re(1, "10:40", bernadette, daFeb, "Thank you Dafydd! Put yourself on the form when you get a minute.");
        Post glEdna = say(2, "19:00", spPrayer, glenys, "Please pray for my neighbour Edna. She's had a fall and "
                + "she's in the General. She's 88 and frightened.");
        Post anEdna = re(2, "19:20", anita, glEdna, "Praying. I'm on the wards at the General this week, I'll pop in "
                + "and see her.");
        re(2, "19:30", glenys, anEdna, "Oh would you? She's on ward 9. Thank you love.");
        Post weEdit = say(3, "12:00", spPrayer, wendell, "Morning all. Finished the final edit of the book about our "
                + "first ten years of patrols. The publisher says it'll be out next week.");
        Post glEdit = re(3, "12:20", glenys, weEdit, "How exciting, Wendell! Am I in it?");
        re(3, "12:30", wendell, glEdit, "Chapter 2, the night you made tea for an entire rugby team.");
        say(6, "02:45", spReports, samuel, "Friday report: quiet start, busy after 1am. We handed out 14 pairs of "
                + "flip-flops, walked two young women to the taxi rank, and sat with a lad who'd lost his friends "
                + "and his phone until his mum came. One ambulance call, a man who'd hit his head outside Chasers; "
                + "the door staff were good with him. We cleared forty-odd bottles off Market Street. Thank you "
                + "Glenys and the prayer base, we felt it.").react("🙏", bernadette, glenys, dafydd);
        say(6, "10:00", spRota, bernadette, "Tonight: Dafydd (lead), Anita, Samuel. Prayer base: me. The 14th's prayer "
                + "base is still empty: forms.example/kingsbridge-patrols");
        say(7, "03:10", spReports, dafydd, "Saturday report: cold and wet, so fewer people out. 9 pairs of "
                + "flip-flops, 6 foil blankets, and one woman helped into a safe taxi after her ex followed her; the "
                + "police came within four minutes. Lots of chat in the kebab shop queue. Home by 3.")
                .react("🙏", samuel, glenys, bernadette);
        // W07
        joins(8, "09:00", spWelcome, nathan);
        Post naHi = say(8, "10:00", spWelcome, nathan, "Hi everyone, I'm Nathan from Kingsbridge Baptist. I finished "
                + "the training weekend last month and Bernadette says I can shadow a patrol. Nervous but keen!");
        re(8, "10:20", bernadette, naHi, "Welcome Nathan! You'll be with Samuel on Friday the 14th, he's the best "
                + "person to shadow.");
        Post saHi = re(8, "10:40", samuel, naHi, "Looking forward to it. Bring layers, warm boots, and no "
                + "expectations.");
        Post naFirst = re(8, "11:00", nathan, saHi, "Will do. What's the one thing you wish you'd known on your "
                + "first night?");
        re(8, "11:30", samuel, naFirst, "That listening is the job. Most people just want someone to stop and ask "
                + "how they are.");
        say(9, "18:00", spPrayer, wendell, "It's here! My book, Out After Midnight: Ten Years on Kingsbridge's "
                + "Streets, is out. Paperback £9.99, ebook £4.99 at wendellclarke.example/book. Every review on the "
                + "site helps!").react("🎉", glenys, dafydd);
        Post naConvert = say(10, "19:00", spWelcome, nathan, "Question for the experienced ones: what do you say when "
                + "someone asks if you're trying to convert them?");
        Post anConvert = re(10, "19:30", anita, naConvert, "I say we're here to listen, care and help, and if they "
                + "want to talk about God, we're happy to. Most people laugh and then tell you their life story.");
        re(10, "19:45", nathan, anConvert, "That's reassuring. I was worried I'd freeze.");
        Post beEmpty = say(11, "12:00", spRota, bernadette, "This Friday (the 14th): Samuel (lead), Nathan "
                + "shadowing, Wendell. The prayer base is still EMPTY. Anyone? forms.example/kingsbridge-patrols");
        re(11, "12:30", glenys, beEmpty, "I'll do it. Valentine's night, what else would I be doing at my age.");
        say(11, "19:00", spPrayer, dafydd, "@Anita Kowalski can you swap Saturday the 15th with me? My wife's back on "
                + "nights.");
        say(11, "21:00", spPrayer, anita, "Dafydd, yes, I'll take the 15th and you have the 22nd. I'll change the "
                + "form.").react("🙏", dafydd);
        Post saVal = say(13, "02:50", spReports, samuel, "Friday report, Valentine's edition: busy. Nathan shadowed "
                + "his first night and was brilliant. 22 pairs of flip-flops, one lost engagement ring found in a "
                + "gutter (really), and a couple reconciled on a bench. We sat with a young man in a bad way outside "
                + "the station for an hour until the crisis team came. Thank you Glenys at base.");
        saVal.react("🙏", bernadette, glenys, anita, dafydd);
        Post naVal = re(13, "09:00", nathan, saVal, "Thank you for looking after me. I keep thinking about the young "
                + "man at the station.");
        re(13, "09:20", samuel, naVal, "That's normal. Pray for him, then let him go. We'll talk on Tuesday.");
        re(13, "10:00", wendell, saVal, "This is the kind of night I write about in chapter 4 of my book, Out After "
                + "Midnight. The paperback's £9.99 here: wendellclarke.example/book");
        say(14, "03:00", spReports, anita, "Saturday report: Anita and Bernadette, Glenys at base. 11 flip-flops, 4 "
                + "blankets, lots of tears in the Market Street queue. One young woman came back to say thank you "
                + "for last month. Quiet end.").react("🙏", glenys, nathan, samuel);
        Post naMoney = say(14, "12:00", spWelcome, nathan, "Sorry, more questions: is there a rule about giving "
                + "people money? A man asked me for £2 for the bus on Friday and I didn't know what to do.");
        Post beMoney = re(14, "12:30", bernadette, naMoney, "We don't give money, ever, it protects you and them. "
                + "Offer to walk them to the stop or ring one of the taxi firms we know. You did right to ask.");
        re(14, "12:45", nathan, beMoney, "Okay, that makes sense. I walked him to the stop in the end.");
        // W08
        Post glBook = say(15, "14:00", spPrayer, glenys, "Wendell, I read your book in one sitting. I laughed at the "
                + "rugby chapter and cried at the one about the girl on the bridge.");
        Post weBook = re(15, "14:30", wendell, glBook, "Thank you Glenys. That chapter took me a year to write. How's "
                + "Edna doing?");
        re(15, "14:40", glenys, weBook, "Back to bossing the district nurses.");
        Post naBook = say(16, "18:00", spPrayer, nathan, "Where can I get your book, Wendell? I'd love to read it "
                + "before my next shift.");
        Post weNa = re(16, "18:20", wendell, naBook, "Thank you Nathan! wendellclarke.example/book, or borrow mine, "
                + "I'll bring it on Friday.");
        re(16, "18:30", nathan, weNa, "I'll borrow yours, I'm skint till payday!");
        Post beHalf = say(17, "10:00", spRota, bernadette, "Half-term patrols: Friday the 21st Samuel (lead), Nathan, "
                + "Dafydd. Saturday the 22nd Dafydd (lead), Wendell, Anita. Prayer base Friday is Glenys, Saturday "
                + "still open: forms.example/kingsbridge-patrols");
        Post weKnee = re(17, "10:30", wendell, beHalf, "I'll take Saturday's prayer base if someone can walk in my "
                + "place, my knee's playing up.");
        re(17, "11:00", samuel, weKnee, "Happy to, I'll do both nights. Rest that knee.");
        Post daFfion = say(18, "20:00", spPrayer, dafydd, "Please pray for our little one. Ffion's got a chest "
                + "infection and isn't feeding well. Probably nothing, but we're tired.");
        Post anFfion = re(18, "20:15", anita, daFfion, "Praying. If her breathing gets fast or she has no wet "
                + "nappies, ring 111, don't wait.");
        re(18, "20:30", dafydd, anFfion, "Thanks Anita. She's had a feed now, small mercies.");
        Post saDebrief = say(19, "09:00", spPrayer, samuel, "Tuesday's debrief with Nathan went well. He's signing up "
                + "for two patrols a month from March.");
        re(19, "09:20", nathan, saDebrief, "Thanks for the time. I've put myself down for the 7th and the 21st on the "
                + "form.");
        say(20, "03:00", spReports, samuel, "Friday report: Samuel, Nathan, Dafydd. Half term, so lots of students "
                + "home. 17 flip-flops, two people helped home, one first aid (a cut hand, Dafydd sorted it). Nathan "
                + "talked a young man out of a fight outside the Lamb while I mostly watched. Thank you Glenys.")
                .react("🙏", bernadette, glenys, wendell, anita);
        say(21, "03:20", spReports, dafydd, "Saturday report: Dafydd, Anita and Samuel. Quiet and cold, 5 blankets. "
                + "Ffion is much better, thank you all for praying.").react("❤️", glenys, wendell, nathan);
    }

    static Map<String, String> files() {
        return new HeldOutScenes99Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 99");
    }
}
