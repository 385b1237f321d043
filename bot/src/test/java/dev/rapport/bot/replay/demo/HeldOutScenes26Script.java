package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 26 (sealed): eight communities of kinds no earlier round used, over three ISO weeks
 * (2026-W35 to 2026-W37), written and labelled by writer26 before any coach ran on them. The labels are in
 * {@code held-out-scenes-26.csv}. {@code main} writes the export to {@code bot/src/test/resources/eval/held-out-scenes-26/}.
 */
final class HeldOutScenes26Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 8, 24);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 9, 14, 8, 0, 0, 0, ZoneOffset.UTC);

    // A. Doulas
    private final String doulaGuild = cast.guild(563);
    private final Channel birthStories = cast.channel(doulaGuild, "Birth Keepers Collective", "birth-stories-and-debriefs",
            "Share (anonymised!) births and ask for debrief support", "doulas-birth-stories.json");
    private final Channel askADoula = cast.channel(doulaGuild, "Birth Keepers Collective", "ask-a-doula",
            "Parents-to-be: ask anything. Doulas answer.", "doulas-ask-a-doula.json");
    private final Channel doulaBiz = cast.channel(doulaGuild, "Birth Keepers Collective", "the-business-side",
            "contracts, fees, on-call life", "doulas-business-side.json");
    private final Channel pantry = cast.channel(doulaGuild, "Birth Keepers Collective", "postpartum-pantry",
            "freezer meals, lactation cookies, recovery tips", "doulas-postpartum-pantry.json");
    private final Persona marisol = cast.person("marisol.births", "Marisol Vega");
    private final Persona ngozi = cast.person("ngozi_o", "Ngozi Okafor");
    private final Persona tamsin = cast.person("tamsinhale", "Tamsin Hale");
    private final Persona kerstin = cast.person("kerstin.lund", "Kerstin Lund");
    private final Persona priya = cast.person("priya.r31", "Priya Raman");
    private final Persona becca = cast.person("bloom.becca", "Becca Doyle");

    // B. Vet techs
    private final String vetGuild = cast.guild(564);
    private final Channel drugCalcs = cast.channel(vetGuild, "Scrubs & Whiskers", "drug-calcs-no-judgement",
            "show your working. double check everything with your DVM", "vettechs-drug-calcs.json");
    private final Channel ceHours = cast.channel(vetGuild, "Scrubs & Whiskers", "ce-and-race-hours", null,
            "vettechs-ce-hours.json");
    private final Channel warStories = cast.channel(vetGuild, "Scrubs & Whiskers", "er-war-stories", null,
            "vettechs-er-war-stories.json");
    private final Channel shiftSwap = cast.channel(vetGuild, "Scrubs & Whiskers", "relief-and-shift-swaps",
            "pick up / drop shifts, relief gigs", "vettechs-shift-swaps.json");
    private final Channel decompress = cast.channel(vetGuild, "Scrubs & Whiskers", "decompress",
            "rough day? put it here", "vettechs-decompress.json");
    private final Persona luis = cast.person("luis.anesthesia", "Luis Ferreira");
    private final Persona dana = cast.person("danak_er", "Dana Kowalczyk");
    private final Persona hana = cast.person("hana.vtstudent", "Hana Sato");
    private final Persona jolene = cast.person("jolene.vetprep", "Jolene Pratt");
    private final Persona aisha = cast.person("aisha.pm", "Aisha Bello");
    private final Persona remy = cast.person("remy_nights", "Remy Clarke");
    private final Channel dmJolene = cast.dm(jolene, "vettechs-dm-jolene.json");

    // C. Librarians
    private final String libGuild = cast.guild(565);
    private final Channel refDesk = cast.channel(libGuild, "Stacks & Circulation", "ref-desk-stumpers", null,
            "librarians-ref-desk.json");
    private final Channel cataloguing = cast.channel(libGuild, "Stacks & Circulation", "cataloguing-cave",
            "MARC, RDA, authority files, suffering", "librarians-cataloguing.json");
    private final Channel programming = cast.channel(libGuild, "Stacks & Circulation", "programming-ideas",
            "storytimes, makerspaces, adult programs", "librarians-programming.json");
    private final Channel weeding = cast.channel(libGuild, "Stacks & Circulation", "weeding-confessions", null,
            "librarians-weeding.json");
    private final Channel swapCall = cast.channel(libGuild, "Stacks & Circulation", "monthly-swap-call",
            "our monthly zoom to swap programme ideas. sign-up sheet pinned", "librarians-swap-call.json");
    private final Persona oona = cast.person("oona.catalogues", "Oona Brennan");
    private final Persona desmond = cast.person("des.storytime", "Desmond Achebe");
    private final Persona fenna = cast.person("fenna.dv", "Fenna de Vries");
    private final Persona gabe = cast.person("gabe.shelfwise", "Gabe Whitlock");
    private final Persona marguerite = cast.person("marguerite.p", "Marguerite Poole");
    private final Persona sunny = cast.person("sunny.mlis", "Sunny Park");

    // D. Electricians
    private final String sparkGuild = cast.guild(566);
    private final Channel codeQ = cast.channel(sparkGuild, "Live Wire Trades", "code-questions",
            "NEC / BS7671 questions. cite the reg if you can", "electricians-code-questions.json");
    private final Channel panelPics = cast.channel(sparkGuild, "Live Wire Trades", "panel-pics",
            "show us your panels. good, bad and cursed", "electricians-panel-pics.json");
    private final Channel banter = cast.channel(sparkGuild, "Live Wire Trades", "jobsite-banter", null,
            "electricians-banter.json");
    private final Channel tools = cast.channel(sparkGuild, "Live Wire Trades", "tools-and-deals",
            "deals, finds, tool reviews", "electricians-tools-and-deals.json");
    private final Channel findSparky = cast.channel(sparkGuild, "Live Wire Trades", "find-a-sparky",
            "Homeowners: post your job + area, trades reply with a quote", "electricians-find-a-sparky.json");
    private final Persona rick = cast.person("rick.t.electric", "Rick Tanaka");
    private final Persona shay = cast.person("shay_apprentice", "Shay O'Donnell");
    private final Persona bogdan = cast.person("bogdan.elektro", "Bogdan Petrov");
    private final Persona carla = cast.person("carla.headingley", "Carla Jimenez");
    private final Persona wes = cast.person("wes.deals", "Wes Hollins");
    private final Persona nadia = cast.person("nadia.brightroof", "Nadia Farouk");
    private final Persona imogen = cast.person("imogen.york", "Imogen Reyes");

    // E. Paralegals
    private final String paraGuild = cast.guild(567);
    private final Channel efiling = cast.channel(paraGuild, "Paralegal Break Room", "efiling-hell", null,
            "paralegals-efiling-hell.json");
    private final Channel templates = cast.channel(paraGuild, "Paralegal Break Room", "templates-swap",
            "share templates, REDACT client info!!", "paralegals-templates-swap.json");
    private final Channel certs = cast.channel(paraGuild, "Paralegal Break Room", "cle-and-certs", null,
            "paralegals-cle-and-certs.json");
    private final Channel freelanceDesk = cast.channel(paraGuild, "Paralegal Break Room", "freelance-desk",
            "freelance paralegals: post availability. attorneys: post projects", "paralegals-freelance-desk.json");
    private final Channel vent = cast.channel(paraGuild, "Paralegal Break Room", "vent-thread", null,
            "paralegals-vent-thread.json");
    private final Persona yvonne = cast.person("yvonne.lit", "Yvonne Castellanos");
    private final Persona thaddeus = cast.person("thad.freelance", "Thaddeus Obi");
    private final Persona meiling = cast.person("meiling.imm", "Mei-Ling Cho");
    private final Persona percy = cast.person("percy.docketpal", "Percy Albright");
    private final Persona rosa = cast.person("rosa.newbie", "Rosa Lindqvist");
    private final Persona ike = cast.person("ike.esq", "Ike Mensah");

    // F. Architects
    private final String archGuild = cast.guild(568);
    private final Channel critPit = cast.channel(archGuild, "Section Cut", "crit-pit",
            "post work, get honest crit. give crit back.", "architects-crit-pit.json");
    private final Channel revit = cast.channel(archGuild, "Section Cut", "revit-rage", null,
            "architects-revit-rage.json");
    private final Channel siteVisits = cast.channel(archGuild, "Section Cut", "site-visits", null,
            "architects-site-visits.json");
    private final Channel feeTalk = cast.channel(archGuild, "Section Cut", "fee-talk", null,
            "architects-fee-talk.json");
    private final Channel sketchbook = cast.channel(archGuild, "Section Cut", "show-your-sketchbook",
            "your sketches, any medium", "architects-sketchbook.json");
    private final Persona ines = cast.person("ines.draws", "Ines Carvalho");
    private final Persona otto = cast.person("otto.b", "Otto Brandauer");
    private final Persona kiri = cast.person("kiri.studio3", "Kiri Walters");
    private final Persona lachlan = cast.person("lachlan.viz", "Lachlan Fitzroy");
    private final Persona amara = cast.person("amara.n", "Amara Nwosu");
    private final Persona pavel = cast.person("pavel.bim", "Pavel Novak");

    // G. Plumbers (a plumbing firm's own server)
    private final String plumbGuild = cast.guild(569);
    private final Role team = cast.role("Team", "#1f8b4c", 2);
    private final Channel bookings = cast.channel(plumbGuild, "Flowright Plumbing & Heating", "bookings-help",
            "Customers: questions about your booking. Our team replies here Mon-Sat", "plumbers-bookings-help.json");
    private final Channel drips = cast.channel(plumbGuild, "Flowright Plumbing & Heating", "drips-and-dribbles",
            "DIY plumbing questions, customers helping customers (and us when we can)", "plumbers-drips.json");
    private final Channel boiler = cast.channel(plumbGuild, "Flowright Plumbing & Heating", "boiler-season",
            "get your boiler ready for winter", "plumbers-boiler-season.json");
    private final Channel offers = cast.channel(plumbGuild, "Flowright Plumbing & Heating", "offers-and-news",
            "what we've got on this month", "plumbers-offers.json");
    private final Channel waiting = cast.channel(plumbGuild, "Flowright Plumbing & Heating", "the-waiting-room", null,
            "plumbers-waiting-room.json");
    private final Persona gareth = cast.person("gareth.flowright", "Gareth Pryce", team);
    private final Persona lena = cast.person("lena.bookings", "Lena Sokolova", team);
    private final Persona jamal = cast.person("jamal.fitter", "Jamal Wright", team);
    private final Persona harriet = cast.person("harriet.b", "Harriet Bloom");
    private final Persona tomasz = cast.person("tomasz.z", "Tomasz Zielinski");
    private final Persona olu = cast.person("olu.handyman", "Olu Adeyemi");

    // H. Court reporters
    private final String stenoGuild = cast.guild(570);
    private final Channel dictionary = cast.channel(stenoGuild, "Steno Society", "dictionary-building",
            "briefs, phrases, theories. share your outlines", "courtreporters-dictionary.json");
    private final Channel realtime = cast.channel(stenoGuild, "Steno Society", "realtime-struggles", null,
            "courtreporters-realtime.json");
    private final Channel gear = cast.channel(stenoGuild, "Steno Society", "gear-talk",
            "writers, software, tripods, buy/sell used gear", "courtreporters-gear.json");
    private final Channel agency = cast.channel(stenoGuild, "Steno Society", "agency-work", null,
            "courtreporters-agency-work.json");
    private final Channel takes = cast.channel(stenoGuild, "Steno Society", "practice-takes",
            "log your practice takes: speed, accuracy, material. one post per session", "courtreporters-takes.json");
    private final Persona bernadette = cast.person("bernadette.cart", "Bernadette Ashby");
    private final Persona jun = cast.person("jun.180wpm", "Jun Nakamura");
    private final Persona felicity = cast.person("felicity.drummond", "Felicity Drummond");
    private final Persona marco = cast.person("marco.cat", "Marco Bellini");
    private final Persona destiny = cast.person("destiny.steno", "Destiny Harper");
    private final Persona lionel = cast.person("lionel.g", "Lionel Greaves");
    private final Channel dmMarco = cast.dm(marco, "courtreporters-dm-marco.json");

    HeldOutScenes26Script() {
        super(new SceneIds(18800), FIRST_MONDAY, 21);
        doulas();
        vetTechs();
        librarians();
        electricians();
        paralegals();
        architects();
        plumbers();
        courtReporters();
    }

    /** Every channel's export, file name to DiscordChatExporter JSON. */
    static Map<String, String> files() {
        return new HeldOutScenes26Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-26"), files(), "held-out round 26");
    }

    private void doulas() {
        Post priyaQ = say(1, "09:10", askADoula, priya, "hi all, 31 weeks with my first 🙈 what do people actually need in "
                + "the first 2 weeks postpartum? everyone says different things");
        re(1, "09:40", marisol, priyaQ, "congrats!! honestly: food someone else cooks, a peri bottle, and someone to hold "
                + "the baby while you shower. the NHS page is decent https://www.nhs.uk/conditions/baby/support-and-services/your-post-pregnancy-body/ "
                + "and this one is good for feeding https://www.laleche.org.uk/first-days/ . for the emotional side "
                + "https://www.tommys.org/pregnancy-information/after-birth and if it was rough, "
                + "https://www.birthtraumaassociation.org.uk/");
        Post priyaThanks = re(1, "10:05", priya, priyaQ, "this is so helpful thank you 🙏");
        Post cookies = say(1, "11:30", pantry, kerstin, "made the lactation cookies from last week, with less sugar. my "
                + "client say they are 'suspiciously healthy' 😂");
        Post oats = re(1, "11:41", tamsin, cookies, "haha suspiciously healthy is a compliment. oats + brewers yeast?");
        re(1, "11:50", kerstin, oats, "yes and flax. I will write the recipe later");
        say(2, "08:15", doulaBiz, ngozi, "heads up lovelies, on call for a birth from tonight, probably offline till "
                + "Thursday. be kind to each other 💛");
        say(2, "14:20", doulaBiz, tamsin, "@Ngozi Okafor when you're back - how do you handle a client who wants you at "
                + "the birth but the hospital only allows one support person and she wants her partner too? I have a "
                + "consult friday and no idea what to say");
        Post notNgozi = say(2, "14:55", doulaBiz, marisol, "not Ngozi but: ask the unit directly, lots of them quietly "
                + "allow a doula as a 'second' if you ask ahead. get it in writing tho");
        re(2, "15:02", tamsin, notNgozi, "ooh ok will ring them, thanks");
        joins(3, "10:00", askADoula, becca);
        Post capsules = re(3, "10:12", becca, priyaQ, "Hi Priya! postpartum recovery is SO much easier with placenta "
                + "capsules 💕 I encapsulate in your area, £180 full package, DM me to book your slot");
        say(3, "10:30", birthStories, becca, "Autumn postpartum packages now open 🍂 capsules, tincture & balm from £180 "
                + "→ https://bloomandbeginnings.co.uk/packages");
        say(3, "10:34", doulaBiz, becca, "Autumn postpartum packages now open 🍂 doulas, refer your clients! → "
                + "https://bloomandbeginnings.co.uk/packages");
        say(3, "10:37", pantry, becca, "Autumn postpartum packages now open 🍂 → https://bloomandbeginnings.co.uk/packages");
        re(3, "12:00", priya, capsules, "oh thanks, I'm not really sure about capsules tbh, still reading");
        Post website = say(4, "09:30", doulaBiz, kerstin, "question for the native speakers 😅 I rewrote my website in "
                + "english, is it ok or does it sound strange? https://kerstinlund-doula.se/en");
        re(4, "09:52", marisol, website, "it reads lovely! only thing: 'I accompany you through your birth' → 'I'll "
                + "support you through your birth' sounds more natural");
        Post fee = re(4, "10:10", tamsin, website, "agree with Marisol, and 'fee' not 'price' in the packages bit. "
                + "otherwise 💯");
        re(4, "10:20", kerstin, fee, "tack! both of you. changing it now");
        Post back = say(5, "19:40", doulaBiz, ngozi, "Back! 14 hours, healthy girl, mum was a rockstar. @Tamsin Hale "
                + "sorry only just seeing this - ring the unit, ask for the labour ward manager, and have your client "
                + "ask at her booking appt too. if it's a flat no, offer video support for early labour and be there "
                + "postnatal. happy to roleplay the consult call with you tomorrow if you want");
        Post tenAm = re(5, "20:02", tamsin, back, "omg congrats to her!! and yes please, 10am?");
        re(5, "20:05", ngozi, tenAm, "10am works 👍");
        back.react("❤️", tamsin, marisol, kerstin);
        say(6, "16:30", pantry, priya, "my mum is making a freezer lasagne army. 6 so far. is that enough 😂");
        say(6, "17:02", pantry, kerstin, "never enough lasagne");

        // W36
        Post workshop = say(8, "09:00", birthStories, marisol, "Hypnobirthing for partners, my 1-day workshop Sat 12 "
                + "Sept in Bristol, £65 a couple, tickets: https://www.eventbrite.co.uk/e/hypnobirthing-for-partners-bristol-7731");
        re(8, "09:20", kerstin, workshop, "wish I was in Bristol!");
        Post booked = say(8, "11:02", askADoula, priya, "@Marisol Vega hi! I booked you in July for my October due date "
                + "😊 do you still do the 36 week visit at home or is it on video now? my partner works shifts so want "
                + "to plan");
        Post pricing = say(8, "14:00", doulaBiz, tamsin, "how are you all pricing birth + 2 postnatal visits now? I'm at "
                + "£650 and it feels low for Bristol");
        re(8, "14:30", marisol, pricing, "too low. I'm at £950 and fully booked through Dec. charge for the on-call, "
                + "that's the real cost");
        Post onCall = re(8, "14:41", ngozi, pricing, "agree. on call is 4 weeks of your life. I'm £900 outside London");
        re(8, "15:00", tamsin, onCall, "ok raising it. scary but ok 😬");
        say(9, "10:15", pantry, marisol, "reminder: partners workshop Sat 12th, few tickets left! "
                + "https://www.eventbrite.co.uk/e/hypnobirthing-for-partners-bristol-7731");
        Post recipe = say(9, "10:40", pantry, kerstin, "as promised, cookie recipe: 2 cups oats, 1 cup flour, 2 tbsp "
                + "brewers yeast, 2 tbsp ground flax, 1 egg, butter, honey. 180C 12 min");
        re(9, "10:52", tamsin, recipe, "saving this 🙌");
        re(10, "09:05", priya, booked, "@Marisol Vega just bumping this in case it got buried 🙂");
        Post honeybook = say(10, "13:20", doulaBiz, marisol, "anyone used HoneyBook for contracts? my spreadsheet era "
                + "needs to end");
        Post dubsado = re(10, "13:35", ngozi, honeybook, "I use Dubsado, steep learning curve but worth it");
        re(10, "13:40", marisol, dubsado, "ooh will look thx");
        say(12, "18:10", birthStories, marisol, "workshop done!! 9 couples, one dad cried in the breathing bit (good "
                + "cry). so proud of them");

        // W37
        Post sorry = re(15, "08:30", marisol, booked, "@Priya Raman I'm so sorry, this completely slipped past me! home "
                + "visit, whatever day suits your partner's shifts. I'll message you now to book it in 💛");
        re(15, "09:00", priya, sorry, "no worries at all! thank you");
        Post debrief = say(16, "21:15", birthStories, tamsin, "debrief please 💛 first birth since raising my prices, "
                + "client had a long induction, ended in a section. she was amazing. I feel wrung out");
        re(16, "21:30", ngozi, debrief, "sending so much love. write it down tonight, then sleep. call me tomorrow if "
                + "you want to talk it through");
        re(16, "21:42", kerstin, debrief, "you did good. inductions are marathons ❤️");
        say(17, "12:05", doulaBiz, tamsin, "also the ward manager trick worked btw, they let me in as a second 🙏 "
                + "thank you @Ngozi Okafor @Marisol Vega");
        priyaThanks.react("❤️", marisol);
    }

    private void vetTechs() {
        Post q1 = say(1, "08:40", drugCalcs, hana, "student here 🙋 dog is 22 kg, order is maropitant 1 mg/kg SQ, "
                + "concentration 10 mg/ml. I got 2.2 ml, is that right?? my instructor said show working so: 22 x 1 / 10");
        Post a1 = re(1, "09:05", luis, q1, "yep 2.2 ml, working is perfect. pro tip: warm it a bit or the dog will "
                + "scream, maropitant stings");
        re(1, "09:10", hana, a1, "thank you!!");
        say(2, "07:30", warStories, hana, "went to the shelter's free CE webinar on fluid therapy last night, so good, "
                + "finally understand maintenance vs replacement");
        Post danaCe = say(2, "12:15", ceHours, dana, "anyone know free RACE-approved CE for dentistry? need 6 more hours "
                + "by Dec and I'm broke");
        re(2, "12:40", aisha, danaCe, "VetGirl had a free dental one last month, recordings stay up a while "
                + "https://vetgirlontherun.com/dental-ce");
        Post ah = say(2, "22:50", warStories, dana, "3am GDV, owner asked if we could 'just burp him'. sir.");
        re(2, "23:05", remy, ah, "😂 just burp him. I'm stealing that");
        Post q2 = say(3, "10:20", drugCalcs, hana, "cat 4.5 kg, buprenorphine 0.02 mg/kg, 0.3 mg/ml. 0.3 ml?");
        Post a2 = re(3, "10:45", luis, q2, "0.09 mg / 0.3 = 0.3 ml ✅ and buccal is fine for cats if your DVM is ok "
                + "with it");
        re(3, "10:50", hana, a2, "thanks so much!");
        say(4, "13:00", ceHours, luis, "anyone who went to last week's shelter webinar on fluid therapy: was it "
                + "worth it, and is there a recording somewhere? missed it, I was on shift");
        say(4, "13:40", ceHours, dana, "no idea sorry, didn't go");
        Post q3 = say(5, "09:15", drugCalcs, hana, "last one this week I promise 😅 CRI of fentanyl 3 mcg/kg/hr for a "
                + "30 kg dog, 50 mcg/ml, how many ml/hr?");
        Post a3 = re(5, "09:50", luis, q3, "90 mcg/hr / 50 = 1.8 ml/hr. if you dilute it in a syringe, recalc, and "
                + "ALWAYS get a second person to check a CRI");
        re(5, "09:55", hana, a3, "thank you!!! 🙏");
        Post vent = say(6, "23:40", decompress, remy, "lost a cat to saddle thrombus tonight. owner held her the whole "
                + "time. I'm ok. just. yeah");
        re(7, "08:10", dana, vent, "those ones stick with you. drink water and sleep, we're proud of you");
        vent.react("❤️", dana, luis, aisha);

        // W36
        joins(8, "10:00", ceHours, jolene);
        say(8, "10:20", warStories, jolene, "Tired of cramming? 🧠 VTNE prep that actually sticks, $89 this month only → "
                + "https://vetprepacademy.com/vtne");
        Post relief1 = say(8, "12:00", shiftSwap, aisha, "Relief tech needed Sat 19th 8a-6p, Riverside ER, $38/hr, "
                + "DM me");
        say(9, "09:30", dmJolene, jolene, "hey Hana! saw you're a student 🙂 my VTNE prep course is $89 this month "
                + "(normally $129), want me to send you the link?");
        say(9, "12:45", dmJolene, hana, "um thanks, my school gives us one, I'm ok");
        Post q4 = say(9, "14:00", drugCalcs, hana, "how do you all convert % solutions? ketamine 10% = 100 mg/ml right?");
        re(9, "14:12", luis, q4, "right, % x 10 = mg/ml. works for every % solution");
        say(10, "11:00", decompress, jolene, "burnout is real, so is passing your boards without stress 😉 $89 this "
                + "month → https://vetprepacademy.com/vtne");
        Post vts = say(11, "16:00", ceHours, remy, "anyone done a VTS anesthesia prep course? which one would you "
                + "recommend?");
        re(11, "16:20", jolene, vts, "mine! 12 RACE hours, $149, code TECH20 → https://vetprepacademy.com/vts-bundle");
        re(11, "16:45", luis, vts, "did the VSPN one, solid. and find a mentor who's VTS, the case logs are the hard "
                + "part, not the exam");
        say(12, "09:00", shiftSwap, aisha, "still need someone for Sat 19th at Riverside, $38/hr, DM me 🙏");
        Post taken = say(12, "11:30", shiftSwap, dana, "@Aisha Bello I can do the 19th!");
        re(12, "11:45", aisha, taken, "you're a star, sending details");
        Post newbie = say(13, "15:00", drugCalcs, hana, "@Luis Ferreira you were so right about the second check, "
                + "caught a decimal error on a CRI today because I asked my tech to look 😳");
        re(13, "15:20", luis, newbie, "THAT is the job. proud of you");
        relief1.react("👀", remy);

        // W37
        say(15, "07:50", decompress, remy, "on nights until Thursday, will be a zombie. talk to me in emoji only");
        Post sunday = say(15, "13:00", shiftSwap, dana, "@Remy Clarke are you still swapping your Sunday the 20th? "
                + "I could take it if you do my Tuesday");
        say(16, "02:15", warStories, luis, "dog ate a whole rotisserie chicken including the string. the string. "
                + "we got it back. don't ask how");
        say(18, "18:30", shiftSwap, remy, "back among the living 🧟 @Dana Kowalczyk yes! Sunday is yours, I'll do your "
                + "Tuesday, deal");
        re(18, "18:50", dana, sunday, "deal 🤝");
        Post ce = say(19, "10:10", ceHours, hana, "found a free pain management CE from the shelter network for the "
                + "students here, 2 RACE hours https://shelternetwork.org/ce/pain-management");
        re(19, "10:30", remy, ce, "ooh thanks Hana");
        say(20, "12:00", warStories, dana, "client brought the cat in a laundry basket with a towel on top. cat was "
                + "not in the basket. cat was in the car.");
    }
    private void librarians() {
        Post ils = say(1, "10:05", cataloguing, oona, "our ILS migration is eating my soul. authority records came over "
                + "with half the 4xx fields gone");
        Post which = re(1, "10:20", fenna, ils, "oh no. which system?");
        re(1, "10:31", oona, which, "moving off Koha to a vendor one, contract signed way above my head 🙃");
        joins(2, "09:00", cataloguing, gabe);
        Post pitch = re(2, "09:12", gabe, ils, "ugh, that's precisely what we sort out at ShelfWise, migrations with zero "
                + "authority loss. grab 15 min with me: https://calendly.com/gabe-shelfwise/intro");
        re(2, "09:40", oona, pitch, "we're mid-contract with someone else, but thanks");
        say(2, "11:05", cataloguing, fenna, "Oona quick one while you're here: 2024 reprint of an 1890s text, 264 _1 "
                + "with the reprint publisher and a 500 note for the original? or 534?");
        say(2, "11:28", cataloguing, oona, "Fenna: 264 _1 for the reprint, and 534 for the original if you want it "
                + "machine-actionable. 500 is fine if not, nobody will arrest you");
        say(2, "11:30", cataloguing, fenna, "haha perfect, dank je");
        Post tuscan = say(3, "15:40", refDesk, sunny, "patron asked for 'that book with the blue cover about the lady who "
                + "moved to Italy'. 40 min later: it was Under the Tuscan Sun. I am a detective now");
        re(3, "15:52", desmond, tuscan, "the blue cover ones are the worst 😂 welcome to the job");
        re(3, "16:30", marguerite, tuscan, "In 1987 I had one who wanted 'the red book about the war'. It was The Red "
                + "Badge of Courage. Second try.");
        tuscan.react("😂", oona, fenna);
        say(4, "09:00", swapCall, desmond, "September swap call is Thu 10th, 7pm UK. topic: teen programming that teens "
                + "actually come to. add yourself to the sheet so I can send the zoom: "
                + "https://docs.google.com/spreadsheets/d/1swapcallSept/edit");
        Post plan = say(4, "13:10", programming, sunny, "@Desmond Achebe could I run my storytime plan past you? first "
                + "solo one next week, theme is weather https://docs.google.com/document/d/1sunnyStorytime/edit");
        Post cloud = re(4, "14:00", desmond, plan, "love it! swap the 2nd book for something with call-and-response, "
                + "toddlers lose it after 8 min. Wemberly Worried is too long. try Little Cloud");
        re(5, "08:45", sunny, cloud, "Little Cloud it is! thank you");
        Post confess = say(5, "17:20", weeding, marguerite, "Confession: I once weeded a first edition because it looked "
                + "tatty. I have never told anyone this. I was young.");
        re(5, "17:25", oona, confess, "MARGUERITE 😱");
        re(5, "17:40", fenna, confess, "the rules don't protect us from ourselves haha");

        // W36
        say(8, "08:30", cataloguing, gabe, "Free webinar Thu: 'Discovery layers in 2027, what patrons actually click'. "
                + "Register → https://shelfwise.io/webinar-discovery?utm_source=discord");
        Post toddlers = say(8, "09:15", programming, sunny, "storytime went ok!! 11 toddlers, 1 meltdown (mine, "
                + "internally). how do you handle the parent who talks on the phone through the whole thing?");
        say(8, "09:40", programming, gabe, "Librarians! free webinar Thu on discovery layers, register → "
                + "https://shelfwise.io/webinar-discovery?utm_source=discord");
        re(8, "10:20", desmond, toddlers, "a 'phones down, voices up' sign by the door, and thank them out loud when they "
                + "join in. works 70% of the time");
        say(8, "10:45", refDesk, gabe, "Register for Thursday → https://shelfwise.io/webinar-discovery");
        say(9, "09:00", swapCall, desmond, "swap call Thursday, 6 spots left on the sheet → "
                + "https://docs.google.com/spreadsheets/d/1swapcallSept/edit");
        Post banned = say(9, "11:10", refDesk, sunny, "stumper: patron wants the 'official' list of every book banned in "
                + "Texas schools this year. PEN America has one but she wants it 'from the government'. ideas?");
        Post district = re(9, "11:35", oona, banned, "there isn't one central govt list, it's district by district. the "
                + "TEA has some district reports. PEN's index is the most complete honestly, tell her why");
        re(9, "11:50", sunny, district, "thank you, that's what I suspected");
        Post dropIn = say(10, "14:05", programming, sunny, "@Desmond Achebe also do you do sign-up or drop in for "
                + "storytime?");
        re(10, "14:30", desmond, dropIn, "drop in, cap at 25. sign-up kills it for the baby groups");
        Post citation = say(11, "10:00", refDesk, fenna, "anyone know a free citation tool for first years that isn't "
                + "one of the ad-covered ones?");
        Post zotero = re(11, "10:14", sunny, citation, "ZoteroBib! no account, no ads. they showed it in my MLIS intro "
                + "class and the first years get it in 2 minutes");
        re(11, "10:30", fenna, zotero, "perfect, thank you!");
        Post scream = say(11, "15:00", programming, desmond, "teen advisory board picked the October horror film night. "
                + "they chose Scream. I'm proud and scared");
        scream.react("😂", sunny, oona);
        say(13, "09:30", swapCall, desmond, "thanks all who came! notes are pinned, next one in October");

        // W37
        Post regular = say(15, "12:30", refDesk, sunny, "how do you all deal with the regular who wants to chat for an "
                + "hour at the desk every day? he's lovely but lonely and I have a queue");
        Post dobbs = re(15, "13:05", marguerite, regular, "Oh I had one of those for eleven years. Mr Dobbs. I gave him "
                + "a job: I asked him to sort the returned newspapers every morning, and I think it was the best thing I "
                + "ever did for him and for me. I learned that my patience ran out faster when I felt trapped at my "
                + "desk, so I started meeting him at the newspapers instead of at my counter. I kept my desk free and "
                + "my temper too. When I retired he came to my leaving do, and I still send him a card at Christmas. "
                + "My advice, for what it's worth: give him a purpose, not just your time.");
        re(15, "13:20", sunny, dobbs, "this made me tear up a bit. a job! yes");
        dobbs.react("❤️", sunny, desmond, oona);
        say(16, "10:10", weeding, oona, "weeded 40 copies of a 2009 'future of tech' book today. the future was "
                + "netbooks");
        say(17, "16:00", cataloguing, fenna, "anyone else getting duplicate OCLC numbers after the batch load? or is it "
                + "just us");
        say(17, "16:25", cataloguing, oona, "Fenna: us too, it's the 019 field, they fixed it in the next load");
    }

    private void electricians() {
        Post fuse = say(1, "18:00", findSparky, carla, "Hi! need my old fuse box swapped for a new consumer unit, 3 bed "
                + "semi in Headingley, Leeds. rough quotes?");
        Post quote = re(1, "18:40", bogdan, fuse, "Hello Carla, I am in Leeds. for 3 bed semi usually £650-750 with "
                + "RCBOs and the EIC certificate, depends on state of earthing. I can come look Thursday, DM me");
        Post solar = re(1, "19:05", nadia, fuse, "while you've got the board out, have you thought about solar? 😊 we do "
                + "free roof surveys across Yorkshire, book one here: https://brightroof-solar.co.uk/book");
        re(1, "19:30", carla, solar, "er no, just the fuse box for now thanks");
        re(2, "08:10", carla, quote, "Thursday works, will DM");
        Post neutral = say(2, "12:30", codeQ, shay, "apprentice q: why can't I use the neutral from one circuit on "
                + "another if they're on the same phase? my JW said 'because fire' which, fair, but why");
        Post fire = re(2, "12:55", rick, neutral, "because the breaker on circuit B doesn't see circuit A's neutral "
                + "current. you can overload that neutral and nothing trips. GFCIs go nuts too. your JW is right tho, "
                + "it's because fire");
        re(2, "13:00", shay, fire, "ohhh that makes sense. thanks Rick");
        say(3, "07:02", tools, wes, "deals today 🔥 Milwaukee M18 impact kit $179 https://www.homedepot.com/p/milwaukee-m18-kit/2849");
        say(3, "07:03", tools, wes, "Klein 11-in-1 $19 https://www.amazon.com/dp/B00KLEIN11");
        say(3, "07:05", tools, wes, "Ideal voltage tester $24 https://www.amazon.com/dp/B07IDEAL24");
        Post fluke = say(3, "07:07", tools, wes, "Fluke T5-600 $119 (lowest I've seen) https://www.amazon.com/dp/B0FLUKET5");
        re(3, "07:40", shay, fluke, "that fluke price is mad, grabbed one 🙌");
        Post cursed = say(4, "17:30", panelPics, bogdan, "today's job. someone's 'upgrade' from 2009, look at the earth "
                + "bonding 💀");
        Post speaker = re(4, "17:45", rick, cursed, "cursed. is that speaker wire??");
        re(4, "17:50", bogdan, speaker, "yes. SPEAKER WIRE. customer's brother-in-law 'knew electrics'");
        cursed.react("😂", shay, nadia);
        say(5, "20:00", findSparky, carla, "thanks @Bogdan Petrov booked in for next Wednesday 🙂");

        // W36
        Post sig = say(8, "08:20", banter, nadia, "how are you all getting on with the new Sigenergy inverters? had one "
                + "throw an isolation fault twice this week");
        re(8, "08:35", rick, sig, "haven't touched them. Enphase guy here");
        Post fw = re(8, "08:50", bogdan, sig, "one job, firmware update fixed it");
        Post remote = re(8, "09:00", nadia, fw, "did you do it remote or site visit?");
        re(8, "09:10", bogdan, remote, "remote, 10 min");
        Post run = say(9, "10:00", codeQ, shay, "@Rick Tanaka is a 20A breaker ok on 12awg for a 40ft run to a garage "
                + "subpanel? customer wants a welder on it eventually");
        Post clients = say(9, "11:00", banter, nadia, "honestly I need more residential clients, commercial is drying "
                + "up. where do you all get domestic work from these days?");
        Post mouth = re(9, "11:20", rick, clients, "word of mouth + one local fb group. and this place tbh");
        re(9, "11:30", nadia, mouth, "fb groups are a nightmare of 'my cousin can do it cheaper'");
        say(9, "13:15", findSparky, imogen, "Hi all, anyone do solar + battery in York? Looking at a 4kW system for a "
                + "terrace, no idea what's a fair price");
        Post rsd = say(10, "14:00", codeQ, nadia, "@Rick Tanaka for DC isolators on a roof, you lot in the US still "
                + "running rapid shutdown on everything?");
        Post nec = re(10, "14:20", rick, rsd, "yep, NEC 690.12, every roof array");
        re(10, "14:25", nadia, nec, "mad. ok thx");
        Post kew = say(10, "16:00", tools, nadia, "anyone tried the new Kewtech loop tester? worth the upgrade from the "
                + "KT64?");
        Post jw = re(10, "16:30", shay, kew, "my JW has it, says way faster on RCD tests");
        re(10, "16:35", nadia, jw, "nice cheers Shay");
        Post beers = say(11, "15:00", banter, nadia, "friday beers anyone in Leeds?");
        Post in = re(11, "15:10", bogdan, beers, "I'm in");
        re(11, "15:12", nadia, in, "🍻");
        say(11, "15:30", banter, rick, "jealous. 34C here and I'm in an attic");
        say(12, "09:45", codeQ, shay, "nvm asked my JW, 12awg is fine for 20A but size up now if the welder's coming");
        say(12, "16:00", panelPics, rick, "finished the 200A upgrade, labels and all. my OCD is at peace");

        // W37
        Post kettle = say(15, "18:00", findSparky, carla, "@Bogdan Petrov the new board is great, but one RCD trips every "
                + "time I put the kettle and the toaster on together, is that normal?");
        Post leak = re(16, "08:10", bogdan, kettle, "Morning Carla, not normal for RCD, probably the kettle element "
                + "leaking to earth. try kettle alone on another circuit and tell me 🙂");
        re(16, "12:30", carla, leak, "kettle alone trips it. new kettle time 😂 thank you! and I sent my neighbour your "
                + "way for her garden lights");
        Post deals = say(17, "07:10", tools, wes, "wago 221 assortment $29 https://www.amazon.com/dp/B0WAGO221 and a "
                + "Klein tester pen $15 https://www.amazon.com/dp/B0KLEINPEN");
        re(17, "09:00", rick, deals, "wagos saved my life. thanks Wes");
        Post bend = say(18, "13:00", codeQ, shay, "how tight can I bend 10mm twin and earth? doing a shower circuit "
                + "tomorrow");
        re(18, "13:40", bogdan, bend, "BS7671 says 4x diameter for this size. don't crush it at the joists");
        say(19, "19:00", banter, nadia, "first battery install on my own van today, it's ALIVE");
    }
    private void paralegals() {
        Post records = say(1, "09:30", templates, rosa, "first week as a paralegal at a 4-attorney PI firm 😅 does anyone "
                + "have a template for a medical records request + HIPAA authorization? the firm's is from 2011");
        re(1, "09:55", yvonne, records, "welcome!! here's what I use, redacted: records request "
                + "https://docs.google.com/document/d/1yvRecordsReq/edit HIPAA auth "
                + "https://docs.google.com/document/d/1yvHipaaAuth/edit follow-up letter "
                + "https://docs.google.com/document/d/1yvFollowUp/edit and my tracking sheet "
                + "https://docs.google.com/spreadsheets/d/1yvTracker/edit");
        say(1, "10:02", templates, rosa, "you're an angel 😭");
        Post pacer = say(2, "11:00", efiling, percy, "PACER down again? 🙃 this is why we built DocketPal: auto-retries "
                + "filings + deadline calendar, free for 30 days → https://docketpal.app/trial");
        say(2, "11:06", templates, percy, "Tired of copy-pasting captions? DocketPal fills them for you. free 30-day "
                + "trial → https://docketpal.app/trial");
        say(2, "11:12", certs, percy, "CLE tip: track your deadlines automatically with DocketPal, free for 30 days → "
                + "https://docketpal.app/trial");
        re(2, "11:30", meiling, pacer, "PACER's fine for me, it's the state portal that's dying");
        say(3, "08:00", freelanceDesk, thaddeus, "Availability: taking 2 new clients for Sept, doc review + privilege "
                + "logs, remote, $45/hr. DM me 🙂");
        Post index = say(3, "13:00", freelanceDesk, ike, "Need help with a discovery index, ~3k pages, employment case, "
                + "due the 18th. anyone?");
        Post take = re(3, "13:25", thaddeus, index, "Hi Ike, I can take it. $45/hr, I'd estimate ~20 hrs. DM'd you "
                + "the details");
        re(3, "14:00", ike, take, "got it, thanks. let's do it");
        Post uscis = say(4, "16:59", efiling, meiling, "USCIS portal ate my I-130 upload at 4:58pm. I'm fine. everything "
                + "is fine");
        re(4, "17:05", yvonne, uscis, "😭 screenshot the error for the file");
        re(4, "17:10", rosa, uscis, "omg");
        Post demand = say(5, "10:00", templates, rosa, "@Yvonne Castellanos sorry one more, do you have a demand letter "
                + "template? attorney wants one by Monday");
        Post dl = re(5, "10:40", yvonne, demand, "yep https://docs.google.com/document/d/1yvDemand/edit change the damages "
                + "section, mine's for soft tissue");
        re(5, "10:45", rosa, dl, "thank you thank you");

        // W36
        Post portal = say(8, "09:10", efiling, rosa, "how do I know a filing actually went through on the state portal? "
                + "no confirmation email yet and it's been an hour");
        Post envelope = re(8, "09:30", yvonne, portal, "check the envelope status under 'my filings'. the email comes "
                + "hours later sometimes, don't panic");
        re(8, "09:40", rosa, envelope, "it says accepted!! ok breathing again");
        Post ph = say(8, "10:00", certs, percy, "@Mei-Ling Cho @Rosa Lindqvist we launched DocketPal on Product Hunt today! "
                + "would you mind giving us an upvote? every upvote helps 🙏 https://www.producthunt.com/posts/docketpal");
        re(8, "10:30", meiling, ph, "…no");
        say(8, "10:40", efiling, percy, "We're live on Product Hunt! upvotes appreciated 🙏 "
                + "https://www.producthunt.com/posts/docketpal");
        Post privLog = say(9, "09:00", templates, rosa, "@Yvonne Castellanos what do you use for privilege log format? "
                + "attorney says 'the usual' and I don't know the usual");
        re(9, "09:45", yvonne, privLog, "column order: Bates, date, author, recipients, privilege type, description. "
                + "mine: https://docs.google.com/spreadsheets/d/1yvPrivLog/edit");
        say(9, "12:00", freelanceDesk, thaddeus, "heads up, in trial prep for a client, offline till Thursday. back Thu "
                + "evening");
        say(10, "10:15", freelanceDesk, ike, "@Thaddeus Obi the discovery index was great, the partner was impressed. "
                + "can you take a second batch, ~2k pages, next week?");
        Post intake = say(10, "15:00", templates, meiling, "anyone have a simple client intake checklist for "
                + "family-based immigration? ours is a mess");
        Post adapted = re(10, "15:30", rosa, intake, "not immigration but I turned Yvonne's records tracker into an "
                + "intake checklist, might help as a base? https://docs.google.com/spreadsheets/d/1rosaIntake/edit");
        re(10, "15:50", meiling, adapted, "this is a great base, ty Rosa!");
        say(11, "19:30", freelanceDesk, thaddeus, "Back! @Ike Mensah thank you, so glad it helped. yes, I can start "
                + "Monday, same rate. engagement letter coming tonight");
        Post six = say(12, "17:45", vent, rosa, "attorney changed the demand letter 6 times. six. the final is the "
                + "first draft");
        re(12, "18:00", yvonne, six, "welcome to the profession 😂 save every version");
        re(12, "18:10", meiling, six, "the first draft always wins");

        // W37
        Post exam = say(15, "12:00", certs, meiling, "sitting the NALS PP exam in November, anyone have study group "
                + "plans?");
        re(15, "12:30", yvonne, exam, "I did it in 2022! happy to quiz you on weekends");
        re(15, "12:40", rosa, exam, "I'd join a group too if there's one 🙋");
        say(16, "17:02", efiling, meiling, "state portal down again at 5pm. tradition");
        say(17, "09:00", freelanceDesk, thaddeus, "Availability update: fully booked till mid-Oct, thank you all 🙏 "
                + "will post when I open up");
    }

    private void architects() {
        Post library = say(1, "20:00", critPit, kiri, "first time posting here, 3rd year studio project, a library on a "
                + "sloped site. roast it pls, crit is friday 😬 https://issuu.com/kiriwalters/docs/library-slope");
        Post entrance = re(1, "20:30", otto, library, "Good start. The section is the strongest drawing. The entrance "
                + "is hidden, I walk around 3 sides to find it. Why?");
        re(1, "20:40", kiri, entrance, "I wanted a 'reveal' but yeah. maybe too hidden");
        re(1, "21:10", amara, library, "love the reading room light. the plan's circulation is a bit maze-y, try a "
                + "diagram of just movement");
        Post renders = re(2, "08:30", lachlan, library, "nice massing! 🔥 if you want your crit renders to pop, my viz "
                + "studio does student packages, 3 renders for $120 → https://fitzroyviz.com/students");
        re(2, "09:00", kiri, renders, "ah thanks, we have to render them ourselves tho");
        Post fees = say(2, "12:00", feeTalk, ines, "how are small practices pricing planning-stage work now? % of build "
                + "cost or fixed fee? I keep underquoting extensions");
        re(2, "12:20", otto, fees, "Fixed fee per stage. % is for when you trust the client's budget. You never can.");
        re(2, "12:45", amara, fees, "fixed + hourly for anything after planning");
        Post porto = say(3, "08:00", sketchbook, ines, "Porto trip, tram lines and rooftops ✏️ more on my insta if you "
                + "like this kind of thing: https://instagram.com/ines.draws.buildings");
        re(3, "08:20", kiri, porto, "those rooftops 😍");
        say(3, "09:00", sketchbook, amara, "lunch break sketch, the mosque courtyard near the office");
        say(3, "09:30", sketchbook, otto, "Fineliner on the train. Graz station roof.");
        say(3, "09:45", siteVisits, otto, "Off to site in Graz till Monday, the signal there is terrible. Be good.");
        say(4, "11:00", revit, amara, "@Otto Brandauer how do you set up phasing for a renovation so existing/demo/new "
                + "show right on every view? mine's a mess");
        say(4, "11:40", revit, kiri, "following, I have the same mess 😭");
        Post dusk = say(5, "19:00", sketchbook, ines, "another from Porto, Ribeira at dusk. I post the rest on insta: "
                + "https://instagram.com/ines.draws.buildings");
        re(5, "19:30", amara, dusk, "the dusk one!!");
        dusk.react("😍", kiri);

        // W36
        say(8, "08:45", revit, otto, "Back. @Amara Nwosu sorry for the wait. Phase filters: make one 'Show Complete' "
                + "for the existing plans, one 'Show Previous + Demo' for demolition, 'Show Previous + New' for proposed. "
                + "Set the phase per view, not per element. @Kiri Walters same for you.");
        Post filters = say(8, "07:30", revit, pavel, "Just finished migrating my whole firm's template to Revit 2027. I'm "
                + "honestly proud of this one, it took me 3 weekends.");
        say(8, "09:20", revit, amara, "Otto you're a hero, works 🙌");
        say(8, "14:00", feeTalk, pavel, "I raised my BIM consulting rate to €95/h this month and I haven't lost a single "
                + "client. I think I undercharged for years.");
        say(9, "09:30", siteVisits, pavel, "My site visit today: I caught a clash the contractor missed. My model saved "
                + "them 2 weeks. This is why I do what I do.");
        Post crit = say(9, "14:00", critPit, kiri, "crit went well!! they liked the section and I moved the entrance. "
                + "thank you @Otto Brandauer @Amara Nwosu 🙏");
        crit.react("🎉", otto, amara, ines);
        say(9, "16:00", revit, pavel, "I've been testing my own dynamo scripts for door schedules. My version runs in 4 "
                + "seconds, I'm very happy with it.");
        say(10, "08:45", critPit, pavel, "Posting my latest competition entry. I did all the BIM coordination myself "
                + "and I think it's my best work so far.");
        say(10, "12:00", revit, pavel, "I'm running my first workshop next month, I'll share details soon. My goal is "
                + "to teach what I learned the hard way.");
        say(11, "10:00", feeTalk, pavel, "My accountant told me I'm finally profitable. Big moment for me and my little "
                + "firm.");
        say(11, "15:00", sketchbook, pavel, "My morning sketch. I try to do one every day before I open my laptop.");
        say(12, "09:00", siteVisits, pavel, "I'm on site again today, my third visit this week. I love this part of my "
                + "job.");
        say(12, "17:00", revit, pavel, "I finally fixed my worksharing issue. I spent all day on it but I won.");
        Post firstVisit = say(13, "10:30", feeTalk, amara, "does anyone charge for the first site visit? clients keep "
                + "asking me to 'just pop round'");
        re(13, "11:00", pavel, firstVisit, "I do, €150, and I deduct it from my fee if they hire me.");
        re(13, "11:30", ines, firstVisit, "same, and I put it in writing before I go. 'just popping round' is 3 hours");
        say(13, "16:00", siteVisits, pavel, "I'm taking Friday off, my first day off in a month. I think I've earned "
                + "it.");
        filters.react("👍", amara);

        // W37
        Post plugin = say(15, "10:00", revit, amara, "any render plugin that plays nice with Revit? client wants "
                + "'something pretty' by Friday");
        Post d5 = re(15, "10:25", lachlan, plugin, "Enscape is the easy one, D5 if you want more control over light. I "
                + "use D5 daily for client work, export your materials clean first or it'll fight you");
        re(15, "10:40", amara, d5, "D5 it is, thank you!");
        Post loft = say(16, "19:00", critPit, ines, "loft conversion, planning drawings. honest thoughts on the dormer? "
                + "neighbours already grumbling");
        re(16, "19:30", otto, loft, "Set it back 500mm from the eaves. Planners like that and the neighbours see less.");
        re(17, "08:00", kiri, loft, "the section is so clean. maybe lower the cheeks?");
        say(18, "12:00", sketchbook, otto, "Lunch. Schlossberg from the café.");
        say(19, "16:30", siteVisits, amara, "first site visit where the builder said 'it's exactly like the drawing'. "
                + "framing this");
    }
    private void plumbers() {
        say(1, "08:00", offers, gareth, "Autumn boiler service back to £79 (was £95) till the end of Sept, book here: "
                + "https://flowright.co.uk/book/boiler-service");
        say(2, "08:30", boiler, gareth, "before the cold hits: bleed your rads and check the pressure sits at 1-1.5 bar. "
                + "if you'd rather we did it, the £79 service is on: https://flowright.co.uk/book/boiler-service");
        Post hot = say(2, "12:10", drips, harriet, "hot tap in the bathroom runs for ages before it gets warm, like 2 "
                + "mins. normal? it's a combi");
        re(2, "12:30", olu, hot, "could be the pipe run, but honestly I can sort that kind of thing cheaper than the big "
                + "firms, £40 callout, DM me 👍");
        Post flow = re(2, "13:05", jamal, hot, "2 mins is long for a combi. usually the run from the boiler is long or "
                + "the flow is low. is the cold tap flow ok? if it is, we can have a look at your next service");
        re(2, "13:20", harriet, flow, "cold is fine. will mention it at the service, thanks Jamal!");
        say(3, "16:00", bookings, lena, "Hi all, I'm on annual leave from tomorrow, back Monday 31st. Jamal and Gareth are "
                + "covering bookings 🙂");
        Post confirm = say(5, "09:20", bookings, harriet, "@Lena Sokolova hi, my service is booked for Friday 4th but I "
                + "haven't had a confirmation text, is it still on?");
        re(5, "10:05", gareth, confirm, "Hi Harriet, Lena's off this week so I've checked for you: you're on for Friday "
                + "9-11am, Jamal's coming 👍");
        say(5, "10:10", bookings, harriet, "perfect thank you!");
        Post cat = say(6, "14:00", waiting, tomasz, "our cat has decided the new shower tray is her bed. she is not "
                + "moving");
        re(6, "14:30", harriet, cat, "cats love a fresh install 😂");

        // W36
        say(8, "08:05", bookings, lena, "Morning! back from leave ☀️ catching up on everything now");
        Post mixer = say(8, "09:30", drips, tomasz, "@Jamal Wright you fitted our new shower mixer last month (thanks "
                + "again!), it's started dripping from the head after we turn it off. anything I can try before "
                + "calling out?");
        say(8, "12:00", boiler, jamal, "if your pressure drops below 1 bar more than once a week, that's a leak "
                + "somewhere. don't just keep topping it up, give us a shout");
        Post purring = say(9, "18:00", boiler, harriet, "thank you Jamal for Friday, boiler purring 😊 I told my sister "
                + "about you lot, she's booking in for hers too");
        re(9, "18:30", jamal, purring, "glad to hear it Harriet, and thanks for sending your sister our way!");
        Post bump = re(10, "08:40", tomasz, mixer, "bump 🙂 still dripping");
        Post drain = re(10, "09:15", harriet, bump, "ours did that, it was just water draining from the head, stopped "
                + "after a minute. does yours keep going?");
        re(10, "09:40", tomasz, drain, "keeps going for an hour 😕");
        Post rads = say(10, "15:00", boiler, tomasz, "when do people put the heating on? my wife says October 1st is "
                + "the law");
        re(10, "15:20", jamal, rads, "when it's cold 😄 but run it for 20 min now so you find problems before winter "
                + "does");
        say(11, "08:00", offers, gareth, "Powerflush offer for older systems: £350 (save £100) till the 30th, book: "
                + "https://flowright.co.uk/book/powerflush");
        say(11, "12:00", waiting, jamal, "who else is on 4 boiler services a day this week 😅 autumn rush");
        say(12, "10:00", waiting, lena, "Jamal you're booked solid till the 25th, sorry everyone!");

        // W37
        re(15, "08:30", lena, mixer, "Tomasz so sorry nobody got back to you on this! sounds like the cartridge. I've "
                + "booked Jamal for Wednesday morning, no callout charge since it's our fit");
        say(15, "08:45", drips, tomasz, "amazing, thank you Lena");
        Post coldTop = say(16, "19:00", drips, tomasz, "different problem 🙈 living room rad is cold at the top, warm "
                + "at the bottom?");
        Post bleed = re(16, "19:20", olu, coldTop, "that's air. bleed it with a rad key, towel underneath, close it when "
                + "water comes out. takes 2 min");
        re(16, "19:40", jamal, coldTop, "what Olu said 👍 if it keeps coming back every week, call us, that's a leak");
        re(16, "20:00", tomasz, bleed, "worked!! thanks both");
        say(17, "12:30", drips, jamal, "Tomasz, new cartridge in, no more drip. say hi to the cat");
    }

    private void courtReporters() {
        Post used = say(1, "19:00", gear, destiny, "anyone selling a used writer? student budget, looking at a Luminex "
                + "or a Diamante, max $2.5k");
        re(1, "19:30", lionel, used, "I sold mine years ago sorry. check the NCRA classifieds too");
        say(1, "21:00", takes, jun, "Day 31: 180 lit, 3x5 min, 94.8%. still dropping 'plaintiff's'");
        say(2, "08:00", gear, marco, "Ciao all, I'm new here, I do CAT software support in Italy and the US. happy to "
                + "help with any Eclipse questions");
        say(2, "10:00", dmMarco, marco, "Hi Destiny, saw your post in gear-talk. I have a refurbished Luminex II, 1 year "
                + "warranty, $2,400, could do $2,200 for you. photos if you want");
        say(2, "12:30", dmMarco, destiny, "oh wow yes please send photos!");
        say(2, "13:00", dmMarco, marco, "here: https://imgur.com/a/luminexII-marco");
        say(2, "21:00", takes, destiny, "200 jury charge, 3 tries, 91%. hands hate me");
        say(2, "21:30", takes, jun, "Day 32: 180 Q&A 2x5, 96.1%. better");
        say(3, "09:00", dmMarco, destiny, "looks great, let me talk to my mom about the money 😅");
        say(3, "09:30", realtime, lionel, "@Bernadette Ashby how do you handle speakers with heavy accents in realtime? "
                + "had a deposition yesterday and my translation rate tanked");
        say(3, "10:10", realtime, bernadette, "Lionel: prep. ask counsel for names + terms list the day before, build a "
                + "job dictionary. and don't be afraid to ask for a spelling at a break");
        say(3, "10:20", realtime, lionel, "job dictionary, of course. thank you");
        say(3, "20:00", takes, lionel, "retired but still practising! 225 Q&A, 97%");
        say(3, "21:15", takes, jun, "Day 33: 200 lit, 89%. humbled");
        Post hiring = say(4, "09:00", agency, felicity, "Drummond Reporting is hiring: 2 remote realtime reporters for "
                + "Oct, federal depos, $7.50/page + realtime fees. apply: https://drummondreporting.com/careers");
        Post minimum = re(4, "09:40", destiny, hiring, "is there a minimum wpm for it?");
        re(4, "10:00", felicity, minimum, "225 certified, sorry love! come back after your RPR 😊");
        say(4, "07:00", takes, bernadette, "warmup 240 testimony, 98.5%");
        say(4, "21:00", takes, jun, "Day 34: 180 jury charge, 95.5%");
        Post split = say(5, "11:00", dictionary, destiny, "I use Case CATalyst at school, do you all keep your briefs in "
                + "one big dictionary or split by job?");
        re(5, "11:30", bernadette, split, "one main + job dicts on top. never edit the main in a hurry");
        say(5, "21:00", takes, jun, "Day 35: 180 lit, 96.0%. plaintiff's finally automatic");
        say(6, "15:00", takes, destiny, "210 testimony 92%! progress");

        // W36
        say(8, "10:00", gear, marco, "Eclipse upgrade 20% off this month with my reseller code MARCO20 → "
                + "https://eclipsecat.example/buy?code=MARCO20");
        say(8, "21:00", takes, jun, "Day 36: 190 lit, 93.2%");
        Post tilt = say(9, "12:00", gear, destiny, "@Marco Bellini bought the Luminex!! it arrived, it's beautiful 😍 one "
                + "question: the tilt knob is really stiff, normal?");
        re(9, "15:30", marco, tilt, "congrats! yes normal, loosen the screw underneath 2 turns, it's tight after the "
                + "refurb");
        say(9, "21:00", takes, jun, "Day 37: 190 Q&A 2x5, 95.0%");
        say(10, "09:00", dictionary, marco, "building your dictionary? Eclipse's AI brief suggestions make it 10x faster, "
                + "20% off with code MARCO20 → https://eclipsecat.example/buy?code=MARCO20");
        say(10, "07:00", takes, jun, "Day 38 am: 180 warmup 97.4%");
        say(10, "21:00", takes, jun, "Day 38 pm: 200 jury charge 90.1%. the wall is real");
        Post wall = say(10, "21:20", takes, destiny, "@Jun Nakamura 200 was my wall too, it broke after 2 weeks of "
                + "1-min drills");
        re(10, "21:30", jun, wall, "ok trying 1-min drills tomorrow, thanks!");
        say(11, "21:00", takes, jun, "Day 39: 200 jury charge 1-min x10, 94%. Destiny was right");
        say(11, "21:10", takes, lionel, "225 lit, 96.5%");
        say(12, "10:00", takes, jun, "Day 40: 190 testimony 95.8%");
        say(12, "20:00", takes, bernadette, "260 Q&A, 97.9%, trying to keep my edge");
        say(12, "21:00", takes, jun, "Day 40 pm: 200 lit 1-min x10, 94.6%");
        say(13, "11:00", takes, jun, "Day 41: 200 lit 91.7%");
        Post tripod = say(13, "12:30", gear, jun, "is a tripod with quick release worth it or is that a scam for "
                + "students");
        re(13, "13:00", lionel, tripod, "worth it if you do depos on site. for school, no");
        say(14, "11:00", takes, jun, "Day 42: rest day, just read my notes back");
        Post realtimeJob = say(12, "14:00", agency, felicity, "anyone else's agency seeing firms ask for realtime on "
                + "every depo now? we're struggling to staff it");
        re(12, "14:30", bernadette, realtimeJob, "yes, and at the same rate as non-realtime. push back");

        // W37
        Post ladies = say(15, "10:00", dictionary, destiny, "how would you brief 'ladies and gentlemen of the jury'? I'm "
                + "writing it out every time");
        Post laj = re(15, "10:30", bernadette, ladies, "LAJ or LAIJ, whatever doesn't conflict in your dictionary. write "
                + "it in every take till it's automatic");
        re(15, "10:35", destiny, laj, "thank you!!");
        say(15, "21:00", takes, jun, "Day 43: 200 lit 95.2%!!! broke the wall");
        Post inThe = say(17, "11:00", realtime, destiny, "my realtime on testimony keeps splitting 'in the' into 'int he'. "
                + "any fix?");
        Post misstroke = re(17, "11:40", bernadette, inThe, "that's a stroke boundary thing, add a misstroke entry for "
                + "it and drill the phrase slowly");
        re(17, "11:45", destiny, misstroke, "ok thanks!");
        Post global = say(18, "09:00", dictionary, bernadette, "does anyone have the Case CATalyst shortcut for global "
                + "find & replace inside the dictionary? new laptop, switched from Eclipse, I'm lost");
        say(18, "12:00", takes, destiny, "220 testimony 93%");
        Post rpr = say(19, "10:00", realtime, destiny, "what speed did you all pass the RPR at, first try or not?");
        Post second = re(19, "10:20", bernadette, rpr, "second try, 225 was my wall. you'll get it");
        re(19, "10:30", destiny, second, "ok that makes me feel better thank you 🥲");
        re(19, "13:00", lionel, global, "Bernadette: not a Case user sorry, maybe @Destiny Harper? she uses it at school");
        say(19, "20:00", takes, destiny, "225 lit 1-min drills, 88%. getting there");
        say(20, "21:00", takes, jun, "Day 48: 210 lit 93%");
    }
}
