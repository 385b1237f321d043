package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 65 (sealed): eight communities of home, family and neighbourhood life, of kinds no earlier round used
 * (house-sitters with a room where homeowners ask and a sits-wanted board, a housing co-op's tenants where nobody
 * sells, henna artists with a room where brides ask, balloon and party decorators with a room where parents ask, a
 * home tiffin kitchen's own server with its Staff, a nearly-new baby gear swap, home organisers and declutterers with a
 * room where clients ask, independent funeral celebrants with a room where families ask), over three ISO weeks
 * (2028-W23 to W25), written and labelled by writer65 (session 39) before any coach ran on them. The labels are in
 * {@code bot/src/test/resources/eval/held-out-scenes-65.csv}. Run {@link #main} from the project root to write the
 * export again.
 */
final class HeldOutScenes65Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2028, 6, 5);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2028, 6, 26, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-65";
    private static final int BASE = 50000;

    // --- A. house-sitters ---
    private final String keys = cast.guild(931);
    private final Channel hsLounge = cast.channel(keys, "Keys & Kettles", "sitters-lounge",
            "sitters chatting: keysafes, pets, reviews, the odd disaster", "hs-sitters-lounge.json");
    private final Channel hsAsk = cast.channel(keys, "Keys & Kettles", "homeowners-ask",
            "homeowners: ask the sitters anything about having your home and pets looked after", "hs-homeowners-ask.json");
    private final Channel hsWanted = cast.channel(keys, "Keys & Kettles", "sits-wanted",
            "homeowners post their dates here, sitters reply", "hs-sits-wanted.json");
    private final Channel hsHello = cast.channel(keys, "Keys & Kettles", "hello",
            "introduce yourself", "hs-hello.json");
    private final Role hsMod = cast.role("Moderator", "#3b82f6", 2);
    private final Persona marisol = cast.person("marisol.f", "Marisol Ferreira", hsMod);
    private final Persona tobias = cast.person("tobias.sits", "Tobias Lindqvist");
    private final Persona nkechi = cast.person("nkechi.o", "Nkechi Obi");
    private final Persona fergus = cast.person("fergus.doyle", "Fergus Doyle");
    private final Persona annelise = cast.person("annelise.b", "Annelise Brandvold");
    private final Persona ravi = cast.person("ravi.m", "Ravi Menon");
    private final Persona hana = cast.person("hana.k", "Hana Kobayashi");
    private final Channel hsDmFergus = cast.dm(fergus, "hs-dm-fergus.json");

    // --- B. housing co-op (nobody sells) ---
    private final String elm = cast.guild(932);
    private final Channel coRepairs = cast.channel(elm, "Elm Row Housing Co-op", "repairs",
            "report and talk through repairs; Wiremu is the maintenance rep", "co-repairs.json");
    private final Channel coMeetings = cast.channel(elm, "Elm Row Housing Co-op", "meetings",
            "general meetings: agendas, minutes, proxy forms", "co-meetings.json");
    private final Channel coGarden = cast.channel(elm, "Elm Row Housing Co-op", "garden-and-bins",
            "the shared garden, bin rota, bike shed", "co-garden-and-bins.json");
    private final Channel coChat = cast.channel(elm, "Elm Row Housing Co-op", "chat",
            "anything else", "co-chat.json");
    private final Persona wiremu = cast.person("wiremu.t", "Wiremu Tane");
    private final Persona dorota = cast.person("dorota.w", "Dorota Wiśniewska");
    private final Persona sefa = cast.person("sefa.sec", "Sefa Tuilagi");
    private final Persona gulnara = cast.person("gulnara.a", "Gulnara Akhmetova");
    private final Persona ciaran = cast.person("ciaran.m", "Ciarán Mulvey");
    private final Persona priyanka = cast.person("priyanka.d", "Priyanka Das");

    // --- C. henna artists ---
    private final String mehndi = cast.guild(933);
    private final Channel heChat = cast.channel(mehndi, "Mehndi Circle", "artists-chat",
            "henna artists talking shop", "he-artists-chat.json");
    private final Channel heBrides = cast.channel(mehndi, "Mehndi Circle", "brides-ask",
            "brides, families and party hosts: ask the artists", "he-brides-ask.json");
    private final Channel heCones = cast.channel(mehndi, "Mehndi Circle", "cone-recipes",
            "paste, oils, drying, stain: recipes and troubleshooting", "he-cone-recipes.json");
    private final Channel heIntro = cast.channel(mehndi, "Mehndi Circle", "introductions",
            "new here? introduce yourself", "he-introductions.json");
    private final Persona zainab = cast.person("zainab.henna", "Zainab Qureshi");
    private final Persona lakshmi = cast.person("lakshmi.mehndi", "Lakshmi Iyer");
    private final Persona noor = cast.person("noor.h", "Noor Haddad");
    private final Persona farida = cast.person("farida.b", "Farida Begum");
    private final Persona shreya = cast.person("shreya.k", "Shreya Kapoor");
    private final Persona amira = cast.person("amira.s", "Amira Saleh");
    private final Persona yusra = cast.person("yusra.art", "Yusra Malik");

    // --- D. balloon and party decorators ---
    private final String pop = cast.guild(934);
    private final Channel pdDen = cast.channel(pop, "Pop & Garland", "decorators-den",
            "decorators only: pricing, suppliers, rigging, moaning", "pd-decorators-den.json");
    private final Channel pdParents = cast.channel(pop, "Pop & Garland", "party-parents",
            "parents and party hosts: ask the decorators", "pd-party-parents.json");
    private final Channel pdSupplies = cast.channel(pop, "Pop & Garland", "supplies",
            "where to get balloons, helium, frames, weights", "pd-supplies.json");
    private final Channel pdSetups = cast.channel(pop, "Pop & Garland", "show-your-setups",
            "show your setups: photos and links welcome", "pd-show-your-setups.json");
    private final Persona bronwyn = cast.person("bronwyn.balloons", "Bronwyn Hughes");
    private final Persona ikenna = cast.person("ikenna.events", "Ikenna Eze");
    private final Persona sanne = cast.person("sanne.v", "Sanne Visser");
    private final Persona delphine = cast.person("delphine.decor", "Delphine Moreau");
    private final Persona matteo = cast.person("matteo.r", "Matteo Russo");
    private final Persona keisha = cast.person("keisha.b", "Keisha Brown");
    private final Persona olumide = cast.person("olumide.b", "Olumide Bakare");
    private final Persona aroha = cast.person("aroha.n", "Aroha Ngata");

    // --- E. a home tiffin kitchen's own server ---
    private final String tiffin = cast.guild(935);
    private final Channel tfMenu = cast.channel(tiffin, "Auntie Roshan's Tiffin", "menu-this-week",
            "this week's menu and the order form", "tf-menu-this-week.json");
    private final Channel tfHelp = cast.channel(tiffin, "Auntie Roshan's Tiffin", "orders-help",
            "questions about orders, swaps and delivery: the team will reply", "tf-orders-help.json");
    private final Channel tfChat = cast.channel(tiffin, "Auntie Roshan's Tiffin", "regulars-chat",
            "chat, recipes, photos of your lunch", "tf-regulars-chat.json");
    private final Role tfStaff = cast.role("Staff", "#e67e22", 3);
    private final Persona roshan = cast.person("auntie.roshan", "Roshan Patel", tfStaff);
    private final Persona kabir = cast.person("kabir.p", "Kabir Patel", tfStaff);
    private final Persona helene = cast.person("helene.d", "Hélène Dubois");
    private final Persona sipho = cast.person("sipho.n", "Sipho Ndlovu");
    private final Persona marguerite = cast.person("marguerite.oh", "Marguerite O'Hara");
    private final Persona jun = cast.person("jun.t", "Jun Takahashi");
    private final Persona beatriz = cast.person("beatriz.s", "Beatriz Santos");

    // --- F. nearly-new baby gear swap ---
    private final String loops = cast.guild(936);
    private final Channel swTable = cast.channel(loops, "Little Loops Swap", "swap-table",
            "giving away or swapping? say what it is, its size and where to collect", "sw-swap-table.json");
    private final Channel swWanted = cast.channel(loops, "Little Loops Swap", "wanted",
            "looking for something? ask here", "sw-wanted.json");
    private final Channel swChat = cast.channel(loops, "Little Loops Swap", "parent-chat",
            "sleep, weaning, buggies, everything", "sw-parent-chat.json");
    private final Channel swWelcome = cast.channel(loops, "Little Loops Swap", "welcome",
            "say hello and introduce yourself", "sw-welcome.json");
    private final Persona meiling = cast.person("meiling.t", "Mei Ling Tan");
    private final Persona abena = cast.person("abena.o", "Abena Owusu");
    private final Persona karolina = cast.person("karolina.n", "Karolina Nowak");
    private final Persona diego = cast.person("diego.h", "Diego Herrera");
    private final Persona rania = cast.person("rania.a", "Rania Aziz");
    private final Persona tamsin = cast.person("tamsin.p", "Tamsin Pryce");
    private final Persona ayodele = cast.person("ayo.adeyemi", "Ayodele Adeyemi");

    // --- G. home organisers and declutterers ---
    private final String shelf = cast.guild(937);
    private final Channel orLounge = cast.channel(shelf, "Clear Shelf Collective", "organisers-lounge",
            "organisers talking shop", "or-organisers-lounge.json");
    private final Channel orBefore = cast.channel(shelf, "Clear Shelf Collective", "before-and-after",
            "show a job: photos welcome", "or-before-and-after.json");
    private final Channel orClients = cast.channel(shelf, "Clear Shelf Collective", "client-questions",
            "anyone can ask the organisers here", "or-client-questions.json");
    private final Channel orHello = cast.channel(shelf, "Clear Shelf Collective", "hello",
            "introduce yourself", "or-hello.json");
    private final Persona ingrid = cast.person("ingrid.s", "Ingrid Solberg");
    private final Persona yaw = cast.person("yaw.b", "Yaw Boateng");
    private final Persona carmen = cast.person("carmen.r", "Carmen Ruiz");
    private final Persona esi = cast.person("esi.m", "Esi Mensah");
    private final Persona pilar = cast.person("pilar.d", "Pilar Domínguez");
    private final Persona lorcan = cast.person("lorcan.b", "Lorcan Byrne");
    private final Persona hamid = cast.person("hamid.r", "Hamid Rahimi");

    // --- H. independent funeral celebrants ---
    private final String kindred = cast.guild(938);
    private final Channel fcCircle = cast.channel(kindred, "Kindred Words", "celebrant-circle",
            "celebrants talking shop", "fc-celebrant-circle.json");
    private final Channel fcFamilies = cast.channel(kindred, "Kindred Words", "families-ask",
            "families planning a farewell can ask here", "fc-families-ask.json");
    private final Channel fcCraft = cast.channel(kindred, "Kindred Words", "ceremony-craft",
            "readings, music, scripts, rituals", "fc-ceremony-craft.json");
    private final Persona gideon = cast.person("gideon.a", "Gideon Ashworth");
    private final Persona rosa = cast.person("rosa.alb", "Rosa Albescu");
    private final Persona thandiwe = cast.person("thandiwe.k", "Thandiwe Khumalo");
    private final Persona aurelie = cast.person("aurelie.f", "Aurélie Fontaine");
    private final Persona jasper = cast.person("jasper.q", "Jasper Quinn");
    private final Persona leilani = cast.person("leilani.k", "Leilani Kahale");
    private final Persona imogen = cast.person("imogen.frost", "Imogen Frost");

    HeldOutScenes65Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        houseSitters();
        housingCoop();
        henna();
        balloons();
        tiffinKitchen();
        swap();
        organisers();
        celebrants();
    }

    private void houseSitters() {
        Post away = say(1, "08:10", hsLounge, tobias, "heads up all, I'm off grid on Harris from tomorrow till the "
                + "14th, no signal at the croft. back on the 15th");
        re(1, "08:30", marisol, away, "enjoy!! send us a sheep photo when you're back");
        Post keysafe = say(1, "19:00", hsLounge, nkechi, "does anyone else refuse sits where the key is under a "
                + "flowerpot? had one today and just said no");
        re(1, "19:20", marisol, keysafe, "yep. keysafe or handover in person, nothing else");
        re(1, "19:45", tobias, keysafe, "same. insurance wont cover it anyway");
        Post cats = say(2, "10:05", hsAsk, hana, "@Tobias Lindqvist hi! you looked after our neighbour's dog last "
                + "year. are you free 1-8 July for our two cats? flat in Didsbury");
        Post checklist = say(2, "18:00", hsAsk, ravi, "first time using a sitter in August. is there a checklist "
                + "of what to leave out / write down for them?");
        Post mine = re(2, "18:40", nkechi, checklist, "I keep one for my homeowners, feel free to use it: "
                + "https://nkechisits.example/homeowner-checklist . vet details and the stopcock are the two "
                + "people forget");
        re(2, "19:05", ravi, mine, "perfect, the stopcock one is so true. thank you");
        Post fergusHi = say(3, "09:00", hsHello, fergus, "Hi all, Fergus here, I've just gone full time as a house "
                + "and pet sitter around Manchester after 10 yrs in retail. my page: https://fergussits.example");
        re(3, "09:30", marisol, fergusHi, "welcome Fergus! have a look at the pinned post in sitters-lounge");
        re(3, "09:50", fergus, fergusHi, "thanks Marisol will do 👍");
        say(4, "12:00", hsLounge, nkechi, "got my first 5 star review from the greyhound family 🎉");
        say(4, "12:10", hsLounge, marisol, "well deserved, that dog is a LOT");
        Post plants = say(5, "16:00", hsLounge, fergus, "how do you all handle a homeowner with 80 houseplants and "
                + "no instructions? asking for me lol");
        re(5, "16:30", marisol, plants, "ask for a photo list before they go. I won't guess on orchids");
        re(5, "16:45", nkechi, plants, "chopsticks in the soil, if it comes out dry you water. old trick");
        re(5, "17:00", fergus, plants, "ha the chopstick is great, thanks both");
        Post ravDates = say(6, "10:00", hsWanted, ravi, "Sit wanted: 12-26 Aug, terraced house in Chorlton, one "
                + "elderly spaniel who needs pills twice a day. any sitters free?");
        re(6, "11:00", fergus, ravDates, "I'm free those dates Ravi, happy with pills, I did 3 years with my mum's "
                + "old lab. my rate is £32 a night, happy to meet first");
        re(6, "11:40", nkechi, ravDates, "I'm away mid Aug sadly, but Fergus sounds good");
        re(6, "12:30", ravi, ravDates, "thanks both, @Fergus Doyle could you do a meet next weekend?");
        say(6, "13:00", hsWanted, fergus, "@Ravi Menon yes Saturday works, I'll bring references");
        joins(9, "08:00", hsHello, annelise);
        Post anneHi = say(9, "08:30", hsHello, annelise, "hello, Annelise here, we've got a farmhouse near "
                + "Hebden Bridge with 6 hens and an old cat. never used a sitter, we're just reading for now");
        Post welcome = re(9, "09:00", marisol, anneHi, "welcome Annelise! @Nkechi Obi wrote a lovely guide for "
                + "first-time homeowners, it's pinned in homeowners-ask");
        re(9, "09:20", annelise, welcome, "thank you, will read it tonight");
        at(9, "20:15").in(hsDmFergus).say(fergus, "Hi Annelise, saw your hello post. I do full time house and pet "
                + "sitting, hens no problem at all. £35/night, I have 2 weeks free in August. you can book me "
                + "here: https://fergussits.example/book");
        at(10, "07:50").in(hsDmFergus).say(annelise, "oh hi, thanks Fergus, we're not booking anything yet, "
                + "still just reading up");
        at(11, "18:00").in(hsDmFergus).say(fergus, "no worries! just so you know August is filling up fast, so "
                + "let me know soon 🙂 the booking link is above");
        Post hens = say(10, "10:00", hsAsk, annelise, "do sitters usually mind collecting eggs and shutting hens in "
                + "at dusk? dusk is like 10pm here in June");
        re(10, "10:40", marisol, hens, "most of us love hens. just say the dusk time in the listing so people know");
        re(10, "11:00", annelise, hens, "good tip, thanks");
        say(12, "19:00", hsLounge, nkechi, "anyone used the new keysafe with the code wheel? mine jammed in the rain");
        say(12, "19:30", hsLounge, marisol, "the cheap ones do. get the shrouded kind");
        Post back = re(15, "09:10", tobias, cats, "@Hana Kobayashi so sorry, just back from Harris! yes I'm free "
                + "1-8 July, shall I pop round to meet the cats?");
        re(15, "10:00", hana, back, "amazing! Thursday evening?");
        re(15, "10:20", tobias, back, "Thursday 6pm works, see you then");
        say(15, "12:00", hsLounge, tobias, "back and sunburnt. 2 weeks with no phone was bliss 😄");
        say(16, "14:00", hsLounge, fergus, "did my first meet and greet with a spaniel owner, went well I think");
        say(16, "14:20", hsLounge, nkechi, "nice one!");
        say(17, "09:00", hsWanted, annelise, "Sit wanted: 8-18 Aug, farmhouse near Hebden Bridge, 6 hens, 1 cat. "
                + "hens shut in at dusk. no car needed, village has a bus");
        say(17, "10:00", hsWanted, marisol, "@Annelise Brandvold I can do 8-18! I did hens all last summer. "
                + "shall we do a video call first?");
        say(17, "10:30", hsWanted, annelise, "@Marisol Ferreira yes please, tomorrow evening?");
        say(19, "21:00", hsLounge, marisol, "who else is doing a Christmas sit this year? planning already");
        say(19, "21:30", hsLounge, nkechi, "I've got Frome booked already 😂");
        Post meet = say(13, "18:00", hsWanted, ravi, "met @Fergus Doyle on Saturday, Bramble loved him. booked! "
                + "thanks for the replies everyone");
        meet.react("🎉", marisol, nkechi);
        Post ins = say(14, "11:00", hsAsk, hana, "do I need to tell my home insurer when a sitter stays?");
        Post insAns = re(14, "11:30", nkechi, ins, "worth a quick call, most are fine with it but some want to "
                + "know if the house is empty over 30 days otherwise");
        re(14, "11:50", hana, insAns, "ok calling them tomorrow, thanks");
        say(16, "20:00", hsLounge, marisol, "PSA: a homeowner asked me to do a 'free trial night'. no.");
        say(16, "20:10", hsLounge, tobias, "a free trial night 😂 what next");
        Post tip = say(18, "08:00", hsAsk, ravi, "should I leave cash for the sitter for emergencies or is that "
                + "weird?");
        re(18, "08:40", marisol, tip, "not weird at all, £50 in an envelope with the vet's number on it");
        re(18, "09:00", ravi, tip, "done, thanks Marisol");
        say(20, "19:00", hsWanted, annelise, "update: Marisol is booked for August, we had a lovely call 🙂");
        say(21, "10:00", hsLounge, tobias, "Hana's cats approved of me, Mochi sat on my feet the whole meet");
    }

    private void housingCoop() {
        Post rad = say(1, "09:00", coRepairs, dorota, "my bedroom radiator is cold at the top, flat 4B. what do I do?");
        Post bleed = re(1, "09:40", wiremu, rad, "needs bleeding. radiator key is in the cupboard by the bike shed, "
                + "turn it a quarter till it hisses then water comes, towel underneath");
        re(1, "18:00", dorota, bleed, "thanks!");
        Post agm = say(2, "10:00", coMeetings, sefa, "AGM is Thursday 15th, 7pm in the common room. draft agenda "
                + "and proxy form: https://elmrow.example/agm-2028");
        agm.react("👍", gulnara, ciaran, wiremu);
        Post form = say(3, "08:30", coRepairs, dorota, "where is the repair form? the bathroom tap drips");
        Post formAns = re(3, "09:00", wiremu, form, "https://elmrow.example/repair-form , put tap + flat number, "
                + "I'll bring a washer Thursday");
        re(3, "12:00", dorota, formAns, "thanks!");
        Post rota = say(4, "11:00", coGarden, wiremu, "@Dorota Wiśniewska could you put your name on the garden day "
                + "rota for Saturday 17th? we need two more to clear the bin shed. sheet is on the noticeboard");
        say(4, "11:15", coGarden, gulnara, "I'm on it for the 17th, bringing gloves for everyone");
        Post fan = say(5, "19:00", coRepairs, dorota, "bathroom extractor fan doesnt work since yesterday, is it "
                + "the fuse?");
        Post fanAns = re(5, "19:30", wiremu, fan, "probably the isolator switch outside the bathroom door, high "
                + "up. if that's on I'll look Tuesday");
        re(5, "20:10", dorota, fanAns, "it was the switch, thanks!");
        Post noise = say(6, "22:00", coChat, gulnara, "is anyone else hearing drilling after 10pm? not a complaint "
                + "yet, just wondering if it's a repair");
        re(6, "22:15", ciaran, noise, "that's me, sorry!! shelf emergency. stopping now");
        re(6, "22:20", gulnara, noise, "haha no worries");
        say(7, "10:00", coChat, priyanka, "fresh coriander and mint from my window boxes in the common room, help "
                + "yourselves");
        say(8, "09:00", coChat, ciaran, "the post for flat 2 keeps ending up in 2A, can whoever has it leave it on "
                + "the shelf?");
        Post agm2 = say(9, "10:00", coMeetings, sefa, "AGM reminder, Thursday 15th 7pm. agenda and proxy form "
                + "again: https://elmrow.example/agm-2028 . two motions this year: the solar panels and the rent "
                + "review");
        re(9, "11:00", ciaran, agm2, "can we add bike shed lighting under any other business?");
        re(9, "11:30", sefa, agm2, "yes added");
        Post latch = say(10, "08:00", coRepairs, dorota, "window latch in kitchen is broken, window wont close "
                + "properly");
        Post latchAns = re(10, "09:00", wiremu, latch, "I've a spare latch, can fit it tomorrow 5pm");
        say(10, "09:05", coGarden, wiremu, "@Dorota Wiśniewska did you see my ask about the garden day rota? "
                + "still need one more person for the 17th, can you do it?");
        re(10, "12:00", dorota, latchAns, "thanks!! 5pm good");
        Post drain = say(12, "18:00", coRepairs, dorota, "washing machine is draining slow, is that ours or the "
                + "co-op's problem?");
        Post drainAns = re(12, "18:40", wiremu, drain, "the machine is yours but the trap under the sink is ours, "
                + "try the filter at the front of the machine first, bottom right");
        re(12, "20:00", dorota, drainAns, "thanks");
        Post cat = say(13, "07:40", coChat, priyanka, "our cat Biscuit got out last night, ginger with a white "
                + "chest. has anyone seen him? photo: https://photos.example/biscuit");
        say(13, "07:42", coGarden, priyanka, "has anyone seen Biscuit? ginger, white chest, got out last night. "
                + "please check sheds: https://photos.example/biscuit");
        say(13, "07:44", coRepairs, priyanka, "sorry wrong room but: Biscuit the ginger cat is missing since last "
                + "night, please look in the boiler cupboards https://photos.example/biscuit");
        re(13, "09:00", gulnara, cat, "checking the bike shed now");
        re(13, "12:00", priyanka, cat, "FOUND! he was in the bin store 😂 thank you all");
        say(13, "18:00", coMeetings, sefa, "AGM tomorrow 7pm common room, tea from 6.45. last chance for proxy "
                + "forms: https://elmrow.example/agm-2028");
        say(15, "09:00", coMeetings, sefa, "thanks to the 23 who came! solar motion passed. minutes in a week");
        Post garden = say(17, "16:00", coGarden, gulnara, "bin shed is CLEAR. 4 of us did it, thank you Wiremu for "
                + "the skip");
        garden.react("🙌", wiremu, ciaran, priyanka);
        say(18, "10:00", coChat, ciaran, "anyone want a free toddler bed? we've outgrown it, flat 7");
        say(18, "10:30", coChat, priyanka, "@Ciarán Mulvey yes please! can I grab it tonight?");
        say(18, "10:40", coChat, ciaran, "@Priyanka Das sure, any time after 6");
        say(20, "19:00", coMeetings, sefa, "draft minutes of the AGM are up in the office folder, corrections to me "
                + "by Friday");
        Post solar = say(16, "09:00", coChat, gulnara, "now the solar motion passed, when do the panels go in?");
        re(16, "10:00", sefa, solar, "the committee meets the installer on the 28th, we'll post dates after");
        re(16, "10:20", gulnara, solar, "great, thanks Sefa");
        Post sorry = say(16, "18:00", coGarden, dorota, "sorry @Wiremu Tane I missed the rota thing, I was "
                + "buried in work. put me down for the next one");
        re(16, "18:30", wiremu, sorry, "no worries, next one is in September, you're on it");
        say(19, "08:00", coGarden, ciaran, "bin lorry didn't come, recycling is piling up by the gate");
        say(19, "09:00", coGarden, wiremu, "reported to the council, they say tomorrow");
        say(19, "09:10", coGarden, ciaran, "cheers");
        say(20, "12:00", coChat, priyanka, "Biscuit has been banned from the bin store by the whole household");
        say(21, "15:00", coRepairs, gulnara, "hallway light on the 2nd floor is flickering");
        say(21, "15:30", coRepairs, wiremu, "on my list for Monday, thanks Gulnara");
        Post keys = say(17, "10:00", coChat, ciaran, "found a set of keys with a blue fob by the bike shed, they're "
                + "on the office hook");
        re(17, "11:00", gulnara, keys, "mine!! thank you, I've been looking all morning");
    }

    private void henna() {
        Post zIntro = say(1, "10:00", heChat, zainab, "wedding season has started properly, I had three mehndi "
                + "nights this weekend and my wrist is done");
        re(1, "10:20", noor, zIntro, "rest it! ice and no cones for a day");
        re(1, "10:40", zainab, zIntro, "trying, but there's a sangeet on Wednesday 😂");
        say(2, "09:00", heBrides, lakshmi, "Bridal season! full bridal hands and feet £260, includes aftercare "
                + "kit. only 3 July dates left, DM me 💯");
        Post budget = say(2, "14:00", heBrides, shreya, "how early should I book for an October wedding and what "
                + "should I budget roughly? Birmingham");
        Post zAns = re(2, "14:40", zainab, budget, "book by August if you can, October fills up. most artists round "
                + "Birmingham are £200-300 for full bridal. my packages are here if it helps: "
                + "https://zainabhenna.example/bridal");
        re(2, "15:00", shreya, zAns, "super helpful, thank you!");
        re(2, "15:10", noor, budget, "also ask if a trial is included, some charge extra");
        Post black = say(3, "11:00", heBrides, amira, "my cousin wants 'black henna' for the party, is that safe?");
        Post blackAns = re(3, "11:20", noor, black, "no!! black henna usually has PPD in it, it can burn and scar. "
                + "natural henna is only ever orange to brown");
        re(3, "11:30", amira, blackAns, "oh wow ok, telling her now, thank you");
        say(4, "13:00", heChat, lakshmi, "I've still got July dates free, bridal £260, DM me if any of your "
                + "brides need a cover artist");
        Post oil = say(4, "20:00", heCones, yusra, "my paste is going stringy after 2 days in the fridge, too "
                + "much sugar?");
        Post oilAns = re(4, "20:30", noor, oil, "yes probably, drop the sugar to a teaspoon per 20g and freeze "
                + "cones you won't use in 48h");
        re(4, "21:00", yusra, oilAns, "thank you, trying it tomorrow");
        say(6, "10:00", heBrides, lakshmi, "Eid party packages are open 🎉 £15 per person for simple designs, "
                + "minimum 6 guests, DM me to book");
        Post yIntro = say(7, "09:00", heIntro, yusra, "salaam everyone, I'm Yusra from Leicester, doing henna 2 "
                + "years, mostly Eid and parties. my work is at https://yusrahenna.example");
        re(7, "09:20", zainab, yIntro, "welcome Yusra, lovely linework!");
        re(7, "09:40", yusra, yIntro, "thank you so much 🙏");
        Post praise = say(8, "12:00", heBrides, farida, "@Zainab Qureshi the henna you did for my engagement was "
                + "stunning, I'm still getting compliments in the photos. could you do my sister's mehndi night on "
                + "15 July? about 8 guests");
        praise.react("😍", noor, shreya);
        Post stain = say(9, "10:00", heCones, zainab, "anyone tried the new Rajasthani crop? stains look darker "
                + "on my test patches");
        re(9, "10:30", noor, stain, "yes, darker but it dries faster on the cone tip");
        re(9, "10:45", zainab, stain, "good to know, I'll add a drop more oil");
        say(10, "16:00", heChat, zainab, "does anyone charge travel per mile or flat? I'm redoing my prices");
        say(10, "16:20", heChat, noor, "flat up to 10 miles, then 40p a mile");
        say(10, "16:30", heChat, zainab, "that's sensible, stealing it 😄");
        Post trial = say(11, "18:00", heBrides, shreya, "is a trial worth it or a waste of money?");
        re(11, "18:30", lakshmi, trial, "worth it for the stain test, I do them for £40, knocked off the bridal "
                + "price if you book");
        re(11, "19:00", shreya, trial, "makes sense, thanks");
        say(12, "11:00", heChat, zainab, "booked solid till August now, alhamdulillah");
        say(15, "09:00", heCones, noor, "eucalyptus vs cajeput for terps, what's everyone's favourite right now?");
        say(15, "09:30", heCones, yusra, "cajeput, the eucalyptus gave one client a rash");
        say(16, "19:00", heChat, lakshmi, "my bridal from Saturday, the bride cried happy tears, I cried too");
        say(17, "10:00", heBrides, amira, "update: cousin had natural henna, deep brown by day 2, thanks Noor 🙏");
        say(18, "14:00", heChat, zainab, "anyone going to the henna meetup in Leicester in July?");
        say(18, "14:30", heChat, yusra, "me! come say hi");
        Post feet = say(5, "17:00", heBrides, amira, "does henna on feet last longer than hands? wedding in 3 "
                + "weeks");
        re(5, "17:30", noor, feet, "usually yes, feet stain darker. keep the paste on overnight and no water for "
                + "12 hours");
        re(5, "17:45", amira, feet, "overnight, ok! thanks Noor");
        say(13, "10:00", heCones, yusra, "fridge trick worked, the paste stayed smooth all week");
        say(13, "10:20", heCones, noor, "yay 🙌");
        Post booked = say(15, "12:00", heBrides, shreya, "booked my October artist today! thank you all for the "
                + "advice, I'd never have known about trials");
        booked.react("🎉", zainab, noor, lakshmi);
        Post lemon = say(19, "19:00", heCones, amira, "is lemon and sugar after the paste dries actually needed?");
        re(19, "19:30", zainab, lemon, "helps it stay on longer, but go light or it gets sticky everywhere");
        re(19, "19:40", amira, lemon, "noted, light dab");
        say(20, "11:00", heChat, noor, "my wrist is now the one that's done 😂 Zainab, what did you do for yours?");
        say(20, "11:30", heChat, zainab, "@Noor Haddad a brace at night and smaller cones, it helped a lot");
        say(21, "10:00", heBrides, farida, "does anyone know a henna artist free on 15 July in Bradford? about "
                + "8 guests, mehndi night");
        Post fr = say(21, "10:30", heBrides, noor, "@Farida Begum I'm in Bradford and free that evening, happy to "
                + "chat if you'd like");
        re(21, "11:00", farida, fr, "oh lovely, yes please, I'll message you");
    }

    private void balloons() {
        say(1, "09:00", pdSetups, bronwyn, "last weekend's first birthday arch in Headingley, pastel rainbow, 6ft: "
                + "https://bronwynballoons.example/gallery/rainbow");
        Post heliumQ = say(2, "11:00", pdDen, ikenna, "helium price went up again at my supplier, £110 a small "
                + "cylinder now. anyone found cheaper?");
        re(2, "11:30", sanne, heliumQ, "air-filled on frames where I can, helium only for bouquets now");
        Post party1 = say(3, "15:00", pdParents, matteo, "planning my son's 5th, garden party, is a balloon arch "
                + "going to survive wind?");
        Post party1Ans = re(3, "15:40", ikenna, party1, "if it's framed and weighted yes, ask your decorator for "
                + "sandbags or water weights. anything loose will sail off");
        re(3, "16:00", matteo, party1Ans, "haha good to know, thanks Ikenna");
        say(4, "10:00", pdSetups, sanne, "christening backdrop, sage and ivory, took 3 hours with the mesh wall");
        say(5, "18:00", pdSupplies, delphine, "where are people getting 260 modelling balloons in bulk now?");
        say(5, "18:20", pdSupplies, ikenna, "the wholesaler in Bradford, 10% off over 500");
        // W24: Bronwyn talks only with the other decorators while parents ask.
        Post b1 = say(8, "09:00", pdDen, bronwyn, "@Ikenna Eze what sizes do you stock for organic garlands, "
                + "5 and 11 or also 18?");
        Post i1 = re(8, "09:30", ikenna, b1, "5, 11 and 18, and a couple of 24s for the focal bits");
        re(8, "09:45", bronwyn, i1, "ok that's what I'm missing, the big ones");
        Post b2 = say(8, "14:00", pdDen, bronwyn, "@Sanne Visser how much do you charge for a 2m garland, "
                + "trying to work out if I'm too cheap");
        Post s2 = re(8, "14:30", sanne, b2, "£120 delivered and installed, more if there's a ladder");
        re(8, "14:40", bronwyn, s2, "right I'm way too cheap then");
        Post kQ = say(9, "10:00", pdParents, keisha, "does anyone do organic balloon garlands in the Leeds area? "
                + "daughter's 10th, end of June");
        say(9, "12:00", pdDen, bronwyn, "@Delphine Moreau your frame rig from Sunday, is that a DIY one?");
        say(9, "12:30", pdDen, delphine, "@Bronwyn Hughes yes, copper pipe and elbows, cheap as chips");
        say(9, "12:40", pdDen, bronwyn, "@Delphine Moreau genius, doing that");
        Post aQ = say(10, "17:00", pdParents, aroha, "how far in advance do decorators get booked for a July "
                + "Saturday? west Leeds");
        say(10, "18:00", pdDen, bronwyn, "@Ikenna Eze did your van cope with the 8ft arch or did you build on site?");
        say(10, "18:30", pdDen, ikenna, "@Bronwyn Hughes on site always, never again in a van 😂");
        say(11, "09:00", pdDen, bronwyn, "@Sanne Visser what mesh do you use for the flower wall?");
        say(11, "09:20", pdDen, sanne, "@Bronwyn Hughes the green garden netting, 2 rolls");
        say(11, "09:30", pdDen, bronwyn, "@Sanne Visser thanks, ordered");
        say(12, "20:00", pdDen, bronwyn, "@Delphine Moreau @Ikenna Eze do either of you put a deposit on bookings? "
                + "had a no show today");
        say(12, "20:30", pdDen, delphine, "@Bronwyn Hughes 30% always");
        say(12, "20:40", pdDen, ikenna, "@Bronwyn Hughes 50 for anything over 200");
        say(12, "21:00", pdDen, bronwyn, "@Delphine Moreau @Ikenna Eze thanks, adding 30% from now");
        re(12, "22:00", olumide, kQ, "bumping this, I'm in Leeds too and looking for someone for September");
        re(13, "10:00", sanne, aQ, "4-6 weeks for summer Saturdays usually");
        re(13, "10:30", aroha, aQ, "ok, better get going then, thanks");
        // W25: Delphine scatters one link.
        say(16, "10:00", pdSupplies, delphine, "my helium-free garland kits are in my shop now, £45 with a "
                + "frame: https://delphinedecor.example/kits");
        say(16, "10:04", pdParents, delphine, "DIY party idea: my helium-free garland kits, £45 with a frame "
                + "https://delphinedecor.example/kits");
        say(16, "10:08", pdSetups, delphine, "here's what the kit looks like built "
                + "https://delphinedecor.example/kits");
        say(17, "12:00", pdSetups, bronwyn, "my first organic garland with the 18s, thanks for the tips all");
        say(17, "12:30", pdSetups, ikenna, "looks brilliant");
        Post party2 = say(18, "09:00", pdParents, matteo, "the arch survived!! windy as anything and it stayed put. "
                + "thanks for the sandbag tip");
        party2.react("🎉", ikenna, sanne);
        say(19, "11:00", pdDen, sanne, "anyone else get the batch of pastel blue that pops in the sun?");
        say(19, "11:30", pdDen, ikenna, "yes! complained to the supplier, they sent a new bag");
        Post wt = say(6, "10:00", pdParents, olumide, "silly question but how do you stop balloons popping on a "
                + "hot day? party is outdoors");
        re(6, "10:30", sanne, wt, "keep them in the shade till the last minute and don't overinflate, they grow "
                + "in the heat");
        re(6, "10:45", olumide, wt, "makes sense, thanks Sanne");
        say(7, "16:00", pdDen, ikenna, "did a wedding today, 14ft arch, my back is finished");
        say(7, "16:20", pdDen, sanne, "hot bath and no balloons tomorrow");
        say(15, "09:00", pdDen, ikenna, "who's doing the trade fair in Harrogate? thinking of going");
        say(15, "09:30", pdDen, sanne, "me, Saturday only");
        Post rent = say(20, "14:00", pdParents, aroha, "can you hire just the frame and do balloons yourself?");
        re(20, "14:40", ikenna, rent, "some of us do, I hire mine out for £20 a weekend. depends who's near you");
        re(20, "15:00", aroha, rent, "oh that's a good option, thank you");
    }

    private void tiffinKitchen() {
        say(1, "08:00", tfMenu, kabir, "this week: Mon dal makhani, Tue chana, Wed veg biryani, Thu paneer "
                + "butter masala, Fri kadhi pakora. order by Sunday: https://roshantiffin.example/order");
        Post t1 = say(1, "12:00", tfHelp, helene, "can I pause my box for next week? on holiday");
        re(1, "12:30", roshan, t1, "of course Hélène, paused. enjoy the holiday!");
        Post t2 = say(2, "09:00", tfHelp, jun, "is the biryani very spicy? my kids are 6 and 8");
        re(2, "09:20", kabir, t2, "medium, I can send the kids' portions mild, just note it on the order");
        say(3, "13:00", tfChat, sipho, "the chana today 🔥 I told my whole office about you, four of us order now");
        say(3, "13:30", tfChat, roshan, "@Sipho Ndlovu that's so kind, thank you! tell them the kadhi on Friday is "
                + "my mother's recipe");
        say(4, "19:00", tfChat, beatriz, "made the raita from your card, my husband asked if I'd bought it 😂");
        say(4, "19:20", tfChat, roshan, "@Beatriz Santos haha then you're a proper auntie now");
        Post t3 = say(5, "08:00", tfHelp, beatriz, "delivery didn't come yesterday, Ashton area");
        Post t3a = re(5, "08:20", kabir, t3, "so sorry Beatriz, the driver's van broke down. refund is on its way "
                + "and there's an extra box Friday");
        re(5, "09:00", beatriz, t3a, "thank you for sorting it so quickly");
        say(8, "08:00", tfMenu, kabir, "this week: Mon rajma, Tue aloo gobi, Wed khichdi, Thu palak paneer, Fri "
                + "undhiyu special. order by Sunday: https://roshantiffin.example/order");
        say(9, "12:00", tfChat, marguerite, "the dal last week was perfect, first time I've had one as good as in "
                + "Delhi");
        say(9, "12:30", tfChat, roshan, "@Marguerite O'Hara oh thank you, the secret is patience and ghee");
        Post t4 = say(10, "10:00", tfHelp, sipho, "can I add a second box to my order on Thursday for a colleague?");
        re(10, "10:30", kabir, t4, "done, added");
        say(11, "18:00", tfChat, jun, "kids ate the whole khichdi and asked for more, a miracle");
        say(11, "18:15", tfChat, helene, "same with mine, they'd never eaten lentils before");
        say(12, "11:00", tfChat, roshan, "undhiyu Friday is a once a year thing, order soon if you want it");
        say(15, "08:00", tfMenu, kabir, "this week: Mon sambar, Tue matar paneer, Wed pulao, Thu baingan bharta, "
                + "Fri pav bhaji. order by Sunday: https://roshantiffin.example/order");
        Post vegan = say(16, "09:00", tfHelp, marguerite, "@Kabir Patel could I switch my Thursday box to vegan "
                + "from now on? my doctor says no dairy for a while");
        say(17, "10:00", tfChat, kabir, "new boxes arrived, fully compostable now 🌿");
        say(17, "10:30", tfChat, jun, "nice one");
        say(18, "13:00", tfChat, kabir, "pav bhaji Friday is almost sold out, 6 left");
        say(18, "13:10", tfChat, helene, "just got one!");
        Post t5 = say(18, "15:00", tfHelp, helene, "back from holiday, can you restart my box from Monday?");
        re(18, "15:20", kabir, t5, "restarted from Monday, welcome back!");
        say(19, "12:00", tfChat, beatriz, "baingan bharta was smoky perfection");
        say(19, "12:30", tfChat, roshan, "@Beatriz Santos thank you, charred on the gas ring the old way");
        say(20, "17:00", tfChat, sipho, "Roshan, any chance of the kadhi coming back next month?");
        say(20, "17:20", tfChat, roshan, "@Sipho Ndlovu yes, first week of July!");
        Post t6 = say(3, "10:00", tfHelp, sipho, "do you deliver to Stalybridge?");
        re(3, "10:20", roshan, t6, "yes, Tuesdays and Fridays only for now");
        say(6, "12:30", tfChat, helene, "kadhi pakora, best Friday lunch in Manchester");
        say(6, "13:00", tfChat, jun, "agree, the pakoras were still crispy somehow");
        say(7, "18:00", tfChat, beatriz, "does anyone freeze the Friday box for Monday? does it hold up?");
        say(7, "18:30", tfChat, sipho, "@Beatriz Santos the dal freezes fine, the rice not so much");
        Post t7 = say(9, "08:00", tfHelp, jun, "can I get an extra roti with every box? happy to pay");
        re(9, "08:30", kabir, t7, "yes, 50p each, added to your standing order");
        say(13, "12:30", tfChat, sipho, "undhiyu!! never had it before, now I need it weekly");
        say(13, "13:00", tfChat, roshan, "@Sipho Ndlovu haha once a year makes it special");
        say(14, "10:00", tfChat, beatriz, "photo of my lunch on the allotment, palak paneer and a view 🌿");
        say(16, "12:00", tfChat, jun, "sambar day is the best day");
        say(21, "11:00", tfChat, helene, "holiday was lovely but I missed the dal");
        say(21, "11:30", tfChat, roshan, "@Hélène Dubois welcome home, dal makhani is on Monday just for you");
        Post t8 = say(20, "09:00", tfHelp, beatriz, "can I have Friday's box delivered to my work instead this "
                + "week? Piccadilly");
        re(20, "09:30", roshan, t8, "yes, just put the work address in the notes by Thursday");
        re(20, "09:40", beatriz, t8, "done, thanks Roshan");
    }

    private void swap() {
        Post buggy = say(1, "10:00", swChat, diego, "which buggy folds small enough for a Fiesta boot? ours is "
                + "huge");
        re(1, "10:30", abena, buggy, "the umbrella-fold ones, we had one for 2 years and it fit a Micra");
        re(1, "10:40", diego, buggy, "great thanks, will look");
        say(1, "12:00", swTable, abena, "giving away: bag of 6-9m girls' vests and sleepsuits, clean, collect "
                + "from Harehills");
        say(1, "14:00", swTable, tamsin, "swap: 3 board books for any Julia Donaldson, Roundhay");
        Post kHi = say(2, "09:00", swWelcome, karolina, "hi! Karolina, new to Leeds, baby due in August, no idea "
                + "what I need 😅");
        re(2, "09:20", meiling, kHi, "welcome! @Abena Owusu has a list of what's actually worth getting, ask her");
        re(2, "10:00", abena, kHi, "haha yes, honestly: car seat, sling, somewhere to sleep, muslins. the rest "
                + "can wait");
        re(2, "10:20", karolina, kHi, "that's a relief, thank you");
        Post cot = say(3, "18:00", swWanted, karolina, "wanted: cot or next-to-me crib, can collect anywhere in "
                + "Leeds");
        re(3, "18:30", abena, cot, "I've a next-to-me crib in the loft, yours if you want it, Friday?");
        re(3, "19:00", karolina, cot, "yes please!! thank you so much");
        Post sling = say(5, "11:00", swChat, karolina, "which sling for a newborn? so many types");
        Post slingAns = re(5, "11:30", tamsin, sling, "come to the sling library on Saturdays and try some, it's "
                + "free: https://leedsslings.example/sessions");
        re(5, "12:00", karolina, slingAns, "didn't know that existed, thanks!");
        say(6, "09:00", swTable, ayodele, "giving away: bumbo seat and a play mat, Chapel Allerton");
        say(6, "09:30", swTable, karolina, "@Ayodele Adeyemi could I have the play mat?");
        say(6, "10:00", swTable, ayodele, "@Karolina Nowak yes, message me for the address");
        say(8, "19:00", swChat, meiling, "reminder: no selling on the swap table, giving and swapping only 🙏");
        joins(10, "09:00", swWelcome, rania);
        say(10, "09:30", swChat, rania, "hi all!! please vote for my little Zara in the Bonny Baby contest, it "
                + "takes 2 secs, like and share everywhere 🙏 https://bonnybaby.example/vote/zara-a");
        say(11, "08:30", swTable, rania, "everyone please vote for Zara!! like and share, voting closes Sunday "
                + "https://bonnybaby.example/vote/zara-a");
        say(11, "09:00", swChat, meiling, "@Rania Aziz please keep the swap table for swaps 🙂 you're welcome in "
                + "parent-chat");
        Post teeth = say(12, "02:10", swChat, ayodele, "anyone else up with a teething 7 month old. what works");
        re(12, "02:30", abena, teeth, "frozen flannel and lots of cuddles. solidarity 😴");
        re(12, "02:40", ayodele, teeth, "thank you, trying the flannel");
        say(13, "10:00", swTable, tamsin, "giving away: baby bath and top and tail bowl, Roundhay");
        say(13, "10:20", swTable, karolina, "@Tamsin Pryce oh could I take the bath? if nobody asked first");
        say(13, "10:30", swTable, tamsin, "@Karolina Nowak it's yours");
        Post car = say(15, "09:00", swWanted, karolina, "anyone have an infant car seat going? happy to swap for "
                + "the maternity clothes I won't need soon");
        re(15, "09:40", abena, car, "be careful with second hand car seats unless you know it's never been in a "
                + "crash. I'd ask the seller straight out");
        re(15, "10:00", karolina, car, "good point, thank you");
        say(17, "21:00", swTable, diego, "https://resale.example/listing/88213");
        say(18, "09:00", swTable, abena, "giving away: two bags of 12-18m boys' clothes, Harehills, first come");
        say(18, "11:00", swChat, meiling, "meet-up in Potternewton Park Saturday 10am, bring any swaps");
        say(19, "09:00", swChat, tamsin, "see you all Saturday!");
        say(20, "20:00", swChat, karolina, "the crib is set up and I've cried twice, you lot are so kind ❤️");
        Post nap = say(4, "14:00", swChat, tamsin, "how do you all get a 2 year old to nap when the sun is up till "
                + "10?");
        re(4, "14:30", meiling, nap, "blackout blind and a fan for white noise. and giving up on some days");
        re(4, "14:45", tamsin, nap, "giving up some days is the real advice 😂");
        say(9, "10:00", swWanted, ayodele, "wanted: size 4 sandals for a boy, any colour");
        say(9, "11:00", swWanted, tamsin, "@Ayodele Adeyemi I've got blue ones, barely worn, Roundhay");
        say(9, "11:10", swWanted, ayodele, "@Tamsin Pryce amazing, can I swap you a bag of duplo?");
        say(9, "11:20", swWanted, tamsin, "@Ayodele Adeyemi deal!");
        say(14, "19:00", swChat, diego, "took the umbrella buggy on the train today, life changing");
        say(16, "10:00", swTable, meiling, "giving away: stair gate, fits 75-85cm, Potternewton");
        say(16, "10:30", swTable, ayodele, "@Mei Ling Tan we'd love the stair gate if it's still there");
        say(16, "10:40", swTable, meiling, "@Ayodele Adeyemi yours, it's on the porch");
        say(21, "12:00", swChat, abena, "lovely meet-up, the park was full of babies and bags of clothes");
        say(21, "12:20", swChat, meiling, "best one yet, thank you all for coming");
    }

    private void organisers() {
        Post garage = say(1, "09:00", orLounge, yaw, "how do you price garages? mine took twice what I quoted");
        re(1, "09:40", esi, garage, "by the day now, never by the job. garages always hide something");
        re(1, "10:00", ingrid, garage, "same, half days minimum");
        Post loft = say(2, "11:00", orClients, pilar, "my mum is moving to a smaller flat after 40 years. where do "
                + "we even start?");
        Post loftAns = re(2, "11:40", esi, loft, "start with the room she uses least, and measure the new flat "
                + "first so you both know what fits. go slowly, it's a lot of memories");
        re(2, "12:00", pilar, loftAns, "that's really kind, thank you. do you have anything printable?");
        say(2, "12:10", orClients, esi, "@Pilar Domínguez yes, my downsizing checklist, free: "
                + "https://esiorganises.example/downsizing-checklist");
        say(2, "12:30", orClients, pilar, "@Esi Mensah perfect, printing it");
        Post hHi = say(3, "10:00", orHello, hamid, "hi I'm Hamid, just started as an organiser in Bristol after "
                + "clearing my late dad's house. site: https://hamidclears.example");
        re(3, "10:30", carmen, hHi, "welcome Hamid, sorry about your dad");
        re(3, "11:00", hamid, hHi, "thank you Carmen");
        say(4, "15:00", orBefore, carmen, "kids' playroom before and after, everything in labelled tubs now");
        say(4, "15:20", orBefore, yaw, "those tubs 😍");
        Post tax = say(5, "09:00", orLounge, carmen, "do any of you take donations to charity shops for clients "
                + "or make them do it?");
        re(5, "09:30", yaw, tax, "I take one car load, anything more they book a van");
        // W24: Ingrid talks only to the room, about herself.
        say(8, "08:30", orLounge, ingrid, "I finished my third garage this month and I think I'm finally getting "
                + "my system right, I now do it in zones and I label as I go");
        say(8, "12:00", orBefore, ingrid, "my pantry job from Friday: I decanted everything into my usual jars and "
                + "I'm really proud of how my shelves came out");
        say(9, "09:00", orLounge, ingrid, "I've decided I'm raising my rates in July, I'm worth more than I was "
                + "charging and my diary is full anyway");
        say(9, "17:00", orLounge, ingrid, "my new label maker arrived and I spent my whole evening labelling my "
                + "own spice drawer, I regret nothing");
        say(10, "10:00", orBefore, ingrid, "my wardrobe edit for a client who had 60 pairs of shoes, I got her "
                + "down to 22 and I think my colour method did it");
        say(10, "19:00", orLounge, ingrid, "I'm thinking of writing my own little guide to my method, I've had so "
                + "many people ask me how I do my zones");
        say(11, "09:00", orLounge, ingrid, "I did a talk at my local library last night, my first one, I was so "
                + "nervous but I think my slides went well");
        say(11, "15:00", orBefore, ingrid, "my garage from Tuesday, I'm still amazed how much I fitted back in "
                + "after my sort");
        say(12, "08:00", orLounge, ingrid, "I'm taking Friday off, my first day off in three weeks, I need my "
                + "sofa and my book");
        say(13, "20:00", orLounge, ingrid, "my Sunday reset routine is done, I always do my own kitchen first and "
                + "my desk last, it keeps me sane");
        say(14, "10:00", orLounge, ingrid, "I've booked my first ever stall at the home show in September, my "
                + "nerves are already going");
        Post shoes = say(10, "11:00", orBefore, carmen, "wow 60 to 22 is a miracle");
        shoes.react("😂", yaw);
        Post q2 = say(9, "13:00", orClients, lorcan, "is it normal to feel guilty giving away wedding presents "
                + "we never use?");
        Post q2a = re(9, "13:30", yaw, q2, "very normal. the giver wanted you to have something you'd enjoy, not "
                + "a duty. keep one, photograph the rest");
        re(9, "14:00", lorcan, q2a, "photographing them is a good idea, thanks Yaw");
        Post q3 = say(12, "10:00", orLounge, hamid, "first paid job Friday, a hoarding situation. any advice?");
        re(12, "10:30", esi, q3, "go in with no judgement and let them lead. and wear proper gloves");
        re(12, "10:45", carmen, q3, "short sessions, 3 hours max, it's exhausting for them");
        re(12, "11:00", hamid, q3, "really helpful, thank you both");
        say(15, "09:00", orLounge, ingrid, "how did your hoarding job go @Hamid Rahimi?");
        say(15, "10:00", orLounge, hamid, "@Ingrid Solberg hard but good, she cried when she saw her table again");
        say(15, "10:20", orLounge, ingrid, "@Hamid Rahimi that's the best bit of this job");
        Post q4 = say(16, "12:00", orClients, pilar, "mum's move went well, we used the checklist. thank you Esi!");
        q4.react("❤️", esi, yaw);
        say(17, "09:00", orLounge, yaw, "anyone got a good van hire in Bristol? need one Saturday");
        say(17, "09:30", orLounge, hamid, "@Yaw Boateng the one on Feeder Road, cheap and the vans are clean");
        say(6, "18:00", orLounge, yaw, "client asked me to 'just bin' her late husband's records. I boxed them "
                + "and told her to sleep on it");
        say(6, "18:30", orLounge, esi, "good call. they always want them back a week later");
        Post kids = say(16, "15:00", orClients, lorcan, "any tips for getting kids to tidy their own rooms?");
        re(16, "15:30", carmen, kids, "fewer toys out, a picture label on each tub, and a 5 minute song at the "
                + "end of the day");
        re(16, "15:45", lorcan, kids, "the song is genius, trying it tonight");
        say(18, "10:00", orBefore, hamid, "the hoarding job, day 3. a path to the kitchen and a table they can eat "
                + "at");
        say(18, "10:20", orBefore, esi, "this is what the job is about. well done");
        say(19, "11:00", orLounge, carmen, "@Ingrid Solberg how did the library talk go in the end?");
        say(19, "11:30", orLounge, ingrid, "@Carmen Ruiz really well, they asked me back in the autumn. how's your "
                + "playroom client?");
        say(19, "11:45", orLounge, carmen, "@Ingrid Solberg still tidy a month later, a record");
    }

    private void celebrants() {
        Post q1 = say(1, "10:00", fcCircle, aurelie, "how long do your scripts usually run for a 30 min crematorium "
                + "slot? I keep overrunning");
        re(1, "10:30", rosa, q1, "about 2,200 words for me, and I leave 4 minutes for the curtain and music");
        re(1, "10:45", aurelie, q1, "that's much shorter than mine, thank you Rosa");
        say(2, "09:00", fcCircle, gideon, "my eulogy-writing course opens Monday 🕯️ early bird £89 until Friday: "
                + "https://gideonwords.example/eulogy-course");
        say(2, "09:05", fcCraft, gideon, "for anyone who writes eulogies: my course opens Monday, early bird £89 "
                + "until Friday https://gideonwords.example/eulogy-course");
        say(2, "09:10", fcFamilies, gideon, "writing a eulogy for someone you love? my course can help, early bird "
                + "£89 until Friday: https://gideonwords.example/eulogy-course");
        Post dad = say(3, "14:00", fcFamilies, jasper, "my dad died last week. he wasn't religious at all. what "
                + "does a non-religious funeral actually look like?");
        Post dadAns = re(3, "14:40", thandiwe, dad, "I'm so sorry about your dad. it's built around his life: "
                + "his story, music he loved, maybe a poem or a reading by family, and a moment of quiet to say "
                + "goodbye. no hymns or prayers unless you want one");
        re(3, "15:10", jasper, dadAns, "that sounds like him. thank you");
        re(3, "15:20", jasper, dadAns, "would you be able to take it? it's on the 16th at the crematorium");
        re(3, "16:00", thandiwe, dadAns, "I'm free on the 16th. my fee is £220 and we'd meet at your home first "
                + "to talk about him. no pressure at all, take your time");
        re(3, "17:00", jasper, dadAns, "yes please, I'll message you");
        Post reading = say(4, "11:00", fcCraft, aurelie, "looking for a reading for a keen gardener, something not "
                + "too sad");
        re(4, "11:30", rosa, reading, "'Digging' by Edward Thomas, or a short bit from The Secret Garden");
        re(4, "11:40", aurelie, reading, "the Secret Garden one is perfect 🌿");
        say(5, "19:00", fcCircle, gideon, "last 2 days of the early bird price for my eulogy course: "
                + "https://gideonwords.example/eulogy-course");
        Post chant = say(6, "10:00", fcFamilies, leilani, "can a celebrant include a Hawaiian oli (chant) by my "
                + "uncle at my grandma's service? the funeral home seemed unsure");
        Post chantAns = re(6, "10:40", rosa, chant, "absolutely, it's your family's ceremony. tell your celebrant "
                + "early so they can build the running order around it");
        re(6, "11:00", leilani, chantAns, "mahalo, that's a weight off");
        Post ref = say(8, "09:00", fcCircle, imogen, "@Thandiwe Khumalo I've sent two families your way this "
                + "month, both wanted someone who'd take time with them");
        re(8, "09:30", thandiwe, ref, "thank you Imogen, I'll call them both today. likewise I keep sending "
                + "people your way");
        Post rain = say(9, "15:00", fcCircle, aurelie, "outdoor burial next week and rain forecast, what do you do "
                + "with your notes?");
        re(9, "15:20", thandiwe, rain, "plastic sleeves in a ring binder, and a golf umbrella someone else holds");
        re(9, "15:30", aurelie, rain, "ha someone else holds, noted");
        say(10, "12:00", fcCraft, rosa, "I've started ending with a minute where everyone says the person's name "
                + "together. it's been very moving");
        say(10, "12:30", fcCraft, aurelie, "that's beautiful, can I borrow it?");
        say(10, "12:40", fcCraft, rosa, "of course");
        say(11, "10:00", fcCircle, gideon, "question for you all: do you charge for the family visit separately?");
        say(11, "10:30", fcCircle, thandiwe, "no, it's in the fee. it's the most important hour");
        say(11, "10:40", fcCircle, gideon, "agreed, I've always folded it in too");
        Post after = say(17, "18:00", fcFamilies, jasper, "Dad's service was today. @Thandiwe Khumalo you made "
                + "everyone laugh and cry and that was exactly him. thank you");
        re(17, "18:30", thandiwe, after, "it was an honour to tell his story, Jasper. look after yourself");
        Post music = say(18, "09:00", fcCraft, aurelie, "exit music ideas for a biker? family said 'nothing "
                + "cheesy'");
        re(18, "09:30", gideon, music, "Born to be Wild is cheesy but they always love it. or something of the "
                + "bikes themselves, a recording of his engine starting");
        re(18, "09:45", aurelie, music, "the engine, oh that's perfect");
        say(19, "11:00", fcCircle, rosa, "anyone doing the celebrants' picnic in July?");
        say(19, "11:20", fcCircle, imogen, "I'll bring the cake");
        say(12, "16:00", fcCircle, rosa, "had a family ask for no eulogy at all today, just music and silence. "
                + "it was so powerful");
        say(12, "16:30", fcCircle, aurelie, "I'd never have thought of that, thank you for sharing");
        Post ashes = say(13, "10:00", fcFamilies, leilani, "is it allowed to scatter ashes at sea from a beach, "
                + "or do you need permission?");
        re(13, "10:40", thandiwe, ashes, "in most places you don't need permission from a beach, just avoid "
                + "swimming spots. your celebrant can do a short scattering ceremony too");
        re(13, "11:00", leilani, ashes, "that's exactly what grandma wanted, thank you");
        say(15, "09:00", fcCircle, gideon, "did my first woodland burial on Saturday, a very different feel to a "
                + "crem");
        say(15, "09:30", fcCircle, rosa, "I love woodland ones, the birds do half the work");
        say(16, "14:00", fcCraft, thandiwe, "a reading I've been using for grandparents, 'Miss Me But Let Me Go'. "
                + "short and families get it");
        say(16, "14:20", fcCraft, aurelie, "adding it to my folder");
        say(20, "10:00", fcCircle, aurelie, "my first solo ceremony is on Friday, any last words?");
        say(20, "10:20", fcCircle, thandiwe, "@Aurélie Fontaine breathe, slow down, look up at the family. you'll be "
                + "great");
        say(20, "10:40", fcCircle, rosa, "@Aurélie Fontaine and bring water. good luck!");
        Post fri = say(21, "18:00", fcCircle, aurelie, "it went well!! I only cried once, in the car after");
        re(21, "18:20", rosa, fri, "that's the right place for it. well done 🙌");
    }

    static Map<String, String> files() {
        return new HeldOutScenes65Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 65");
    }
}
