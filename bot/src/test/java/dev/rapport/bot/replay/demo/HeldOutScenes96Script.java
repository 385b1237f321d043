package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 96 (sealed): eight communities of money, law, insurance and later life, of kinds no earlier round
 * used (independent commercial insurance brokers with a room where small firms ask and an underwriter among them, will
 * writers and estate planners with a room where families ask, a credit union's own server with its Staff and Members,
 * people approaching retirement sharing plans where nobody sells, small-claims and tenants' self-help where nobody
 * sells but a claims firm's man turns up and sends a DM, pension and financial advisers with a planning-software vendor
 * among them and his DM to a new adviser, probate genealogists (heir hunters) with a room where solicitors ask and a
 * records researcher who sells look-ups to them, families paying for a parent's care with a care-fees adviser among
 * them), over three ISO weeks (2030-W46 to W48), written and labelled by writer96 (session 50) before any coach ran on
 * them. The labels are in {@code bot/src/test/resources/eval/held-out-scenes-96.csv}. Run {@link #main} from the
 * project root to write the export again.
 */
final class HeldOutScenes96Script extends StoryScript {
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2030, 11, 11);
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2030, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DIR = "bot/src/test/resources/eval/held-out-scenes-96";
    private static final int BASE = 74800;

    // --- A. independent commercial insurance brokers with a room where small firms ask ---
    private final String brokers = cast.guild(1241);
    private final Channel ibBench = cast.channel(brokers, "Broker Bench", "brokers-only",
            "brokers among ourselves: markets, renewals, the trade", "ib-brokers-only.json");
    private final Channel ibAsk = cast.channel(brokers, "Broker Bench", "small-firms-ask",
            "business owners: ask about your cover, a broker will answer", "ib-small-firms-ask.json");
    private final Channel ibMarkets = cast.channel(brokers, "Broker Bench", "markets-and-capacity",
            "underwriters and MGAs: appetite, capacity and new products for brokers", "ib-markets-and-capacity.json");
    private final Channel ibKettle = cast.channel(brokers, "Broker Bench", "kettle",
            "off-topic, tea, awards nights", "ib-kettle.json");
    private final Persona graham = cast.person("graham.whitworth", "Graham Whitworth");
    private final Persona priya = cast.person("priya.raman", "Priya Raman");
    private final Persona moira = cast.person("moira.kelso", "Moira Kelso");
    private final Persona declan = cast.person("declan.nuw", "Declan Murphy");
    private final Persona tamsin = cast.person("tamsin.crowley", "Tamsin Crowley");
    private final Persona hamish = cast.person("hamish.gil", "Hamish Gilchrist");
    private final Persona olu = cast.person("olu.adeyemi", "Oluwaseun Adeyemi");

    // --- B. will writers and estate planners with a room where families ask ---
    private final String wills = cast.guild(1242);
    private final Channel wlPract = cast.channel(wills, "Wills and Estates Practitioners", "practitioners",
            "will writers and estate planners among ourselves", "wl-practitioners.json");
    private final Channel wlFamilies = cast.channel(wills, "Wills and Estates Practitioners", "families-ask",
            "families and the public: ask about wills, trusts and powers of attorney", "wl-families-ask.json");
    private final Channel wlPrecedents = cast.channel(wills, "Wills and Estates Practitioners", "precedents-and-tools",
            "clauses, templates and checklists we share with each other", "wl-precedents-and-tools.json");
    private final Channel wlLounge = cast.channel(wills, "Wills and Estates Practitioners", "lounge",
            "anything that isn't work", "wl-lounge.json");
    private final Persona beverley = cast.person("beverley.oakes", "Beverley Oakes");
    private final Persona anil = cast.person("anil.chaudhry", "Anil Chaudhry");
    private final Persona nigel = cast.person("nigel.pwills", "Nigel Pemberton");
    private final Persona lydia = cast.person("lydia.hargreaves", "Lydia Hargreaves");
    private final Persona gemma = cast.person("gemma.lockwood", "Gemma Lockwood");
    private final Persona trevor = cast.person("trevor.ashby", "Trevor Ashby");
    private final Persona carys = cast.person("carys.pugh", "Carys Pugh");

    // --- C. a credit union's own server with its Staff and Members ---
    private final String creditUnion = cast.guild(1243);
    private final Role cuStaff = cast.role("Staff", "#2e7d32", 2);
    private final Role cuMember = cast.role("Member", "#90a4ae", 1);
    private final Channel cuAsk = cast.channel(creditUnion, "Thornbridge Credit Union", "ask-the-team",
            "members: questions about your account, loans and savings; the team answers here", "cu-ask-the-team.json");
    private final Channel cuLounge = cast.channel(creditUnion, "Thornbridge Credit Union", "members-lounge",
            "chat between members and staff", "cu-members-lounge.json");
    private final Channel cuTips = cast.channel(creditUnion, "Thornbridge Credit Union", "money-tips",
            "share useful money-saving reads and links you found", "cu-money-tips.json");
    private final Channel cuSavers = cast.channel(creditUnion, "Thornbridge Credit Union", "christmas-savers",
            "the Christmas savings club: how your pot is doing", "cu-christmas-savers.json");
    private final Persona marion = cast.person("marion.cu", "Marion Kettering", cuStaff);
    private final Persona devinder = cast.person("devinder.loans", "Devinder Sandhu", cuStaff);
    private final Persona ellis = cast.person("ellis.cu", "Ellis Baxter", cuStaff);
    private final Persona kerry = cast.person("kerry.lambert", "Kerry Lambert", cuMember);
    private final Persona jonah = cast.person("jonah.whitfield", "Jonah Whitfield", cuMember);
    private final Persona agnieszka = cast.person("agnieszka.n", "Agnieszka Nowak", cuMember);
    private final Persona stuart = cast.person("stuart.mcb", "Stuart McBride", cuMember);

    // --- D. people approaching retirement sharing plans, where nobody sells ---
    private final String lastLap = cast.guild(1244);
    private final Channel llIntro = cast.channel(lastLap, "Last Lap Before Retirement", "introductions",
            "new here? introduce yourself: how far off retirement, what's on your mind", "ll-introductions.json");
    private final Channel llPlans = cast.channel(lastLap, "Last Lap Before Retirement", "plans-and-numbers",
            "share your plan and your sums, ask the group; nobody here sells anything", "ll-plans-and-numbers.json");
    private final Channel llForms = cast.channel(lastLap, "Last Lap Before Retirement", "state-pension-and-forms",
            "forecasts, gaps, phone numbers and forms", "ll-state-pension-and-forms.json");
    private final Channel llLighter = cast.channel(lastLap, "Last Lap Before Retirement", "the-lighter-side",
            "leaving dos, grandchildren, everything else", "ll-the-lighter-side.json");
    private final Persona derek = cast.person("derek.holroyd", "Derek Holroyd");
    private final Persona sandra = cast.person("sandra.pilk", "Sandra Pilkington");
    private final Persona ian = cast.person("ian.macaulay", "Ian Macaulay");
    private final Persona wendy = cast.person("wendy.barraclough", "Wendy Barraclough");
    private final Persona lesley = cast.person("lesley.ng", "Lesley Ng");
    private final Persona raymond = cast.person("raymond.tully", "Raymond Tully");

    // --- E. small-claims and tenants' self-help, where nobody sells ---
    private final String selfHelp = cast.guild(1245);
    private final Role shMod = cast.role("Moderator", "#6a1b9a", 1);
    private final Channel shStart = cast.channel(selfHelp, "Small Claims and Tenants Self-Help", "start-here",
            "new here? say hello and tell us what you're dealing with", "sh-start-here.json");
    private final Channel shClaims = cast.channel(selfHelp, "Small Claims and Tenants Self-Help", "small-claims",
            "letters before claim, filing, hearings: doing it yourself", "sh-small-claims.json");
    private final Channel shDeposits = cast.channel(selfHelp, "Small Claims and Tenants Self-Help",
            "deposits-and-repairs", "deposit disputes, damp, repairs, landlords", "sh-deposits-and-repairs.json");
    private final Channel shWins = cast.channel(selfHelp, "Small Claims and Tenants Self-Help", "wins-and-losses",
            "how it turned out, good or bad", "sh-wins-and-losses.json");
    private final Persona harriet = cast.person("harriet.quayle", "Harriet Quayle", shMod);
    private final Persona ade = cast.person("ade.ogunleye", "Ade Ogunleye");
    private final Persona kieran = cast.person("kieran.doherty", "Kieran Doherty");
    private final Persona meiLin = cast.person("meilin.cheung", "Mei Lin Cheung");
    private final Persona rhiannon = cast.person("rhiannon.prosser", "Rhiannon Prosser");
    private final Persona noor = cast.person("noor.siddiqui", "Noor Siddiqui");
    private final Persona tobias = cast.person("tobias.fenn", "Tobias Fenn");
    private final Channel shDm = cast.dm(rhiannon, "sh-dm-tobias-rhiannon.json");

    // --- F. pension and financial advisers with a software vendor among them ---
    private final String advisers = cast.guild(1246);
    private final Channel faChat = cast.channel(advisers, "Independent Advisers Network", "adviser-chat",
            "advisers and planners: the job, fees, running a practice", "fa-adviser-chat.json");
    private final Channel faTech = cast.channel(advisers, "Independent Advisers Network", "technical-corner",
            "pension and tax rules, case questions", "fa-technical-corner.json");
    private final Channel faTools = cast.channel(advisers, "Independent Advisers Network", "tools-and-software",
            "platforms, cashflow tools and back-office software; vendors welcome to post updates here",
            "fa-tools-and-software.json");
    private final Channel faCoffee = cast.channel(advisers, "Independent Advisers Network", "coffee",
            "everything else", "fa-coffee.json");
    private final Persona lucinda = cast.person("lucinda.marlowe", "Lucinda Marlowe");
    private final Persona owen = cast.person("owen.baptiste", "Owen Baptiste");
    private final Persona rupert = cast.person("rupert.paraplan", "Rupert Danvers");
    private final Persona julian = cast.person("julian.horizon", "Julian Ashcroft");
    private final Persona kwame = cast.person("kwame.asante", "Kwame Asante");
    private final Persona farida = cast.person("farida.haidari", "Farida Haidari");
    private final Channel faDm = cast.dm(farida, "fa-dm-julian-farida.json");

    // --- G. probate genealogists (heir hunters) with a room where solicitors ask ---
    private final String heirs = cast.guild(1247);
    private final Channel hhTracers = cast.channel(heirs, "Probate Research Forum", "tracers-only",
            "heir hunters and probate genealogists among ourselves", "hh-tracers-only.json");
    private final Channel hhSolicitors = cast.channel(heirs, "Probate Research Forum", "solicitors-ask",
            "solicitors and executors: post estates with missing kin, ask about tracing", "hh-solicitors-ask.json");
    private final Channel hhRecords = cast.channel(heirs, "Probate Research Forum", "records-help",
            "archives, indexes and certificates: how to find things", "hh-records-help.json");
    private final Channel hhCoffee = cast.channel(heirs, "Probate Research Forum", "coffee-room",
            "holidays, odd ancestors, anything", "hh-coffee-room.json");
    private final Persona bernadette = cast.person("bernadette.q", "Bernadette Quigley");
    private final Persona alistair = cast.person("alistair.heirtrace", "Alistair Reddington");
    private final Persona yusuf = cast.person("yusuf.demir", "Yusuf Demir");
    private final Persona cormac = cast.person("cormac.byrne", "Cormac Byrne");
    private final Persona helena = cast.person("helena.fairbrother", "Helena Fairbrother");
    private final Persona rohan = cast.person("rohan.mistry", "Rohan Mistry");

    // --- H. families paying for a parent's care, with a care-fees adviser among them ---
    private final String care = cast.guild(1248);
    private final Channel cfIntro = cast.channel(care, "Paying for Care: Families Together", "introductions",
            "new? say hello and tell us who you're caring for", "cf-introductions.json");
    private final Channel cfCouncil = cast.channel(care, "Paying for Care: Families Together", "council-and-funding",
            "assessments, deferred payments, NHS continuing healthcare", "cf-council-and-funding.json");
    private final Channel cfHomes = cast.channel(care, "Paying for Care: Families Together", "choosing-a-home",
            "visits, fees, what to ask", "cf-choosing-a-home.json");
    private final Channel cfTea = cast.channel(care, "Paying for Care: Families Together", "tea-and-sympathy",
            "the good visits and the hard ones", "cf-tea-and-sympathy.json");
    private final Persona janice = cast.person("janice.holloway", "Janice Holloway");
    private final Persona paul = cast.person("paul.ridgeway", "Paul Ridgeway");
    private final Persona siobhan = cast.person("siobhan.keane", "Siobhan Keane");
    private final Persona marek = cast.person("marek.z", "Marek Zielinski");
    private final Persona abena = cast.person("abena.carefees", "Abena Osei");
    private final Persona glenys = cast.person("glenys.harcourt", "Glenys Harcourt");

    private HeldOutScenes96Script() {
        super(new SceneIds(BASE), FIRST_MONDAY, 21);
        brokers();
        wills();
        creditUnion();
        lastLap();
        selfHelp();
        advisers();
        heirs();
        care();
    }

    /** A. Broker Bench: Priya spends W47 only with fellow brokers and the underwriter while a café owner asks her. */
    private void brokers() {
        // W46
        Post g1 = say(1, "09:10", ibBench, graham, "morning all. renewals are brutal this year, three property "
                + "schedules this week where the rebuild values are ten years out of date");
        Post m1 = re(1, "09:25", moira, g1, "same here. a warehouse insured for £400k that would cost £1.1m to "
                + "rebuild. the client went white");
        re(1, "09:40", priya, m1, "I've started asking for a valuation on anything over £500k, it saves the row at "
                + "claim time");
        Post taQ = say(1, "10:30", ibAsk, tamsin, "hi, I run a café in Hexham with four staff. our insurer wants to "
                + "put the premium up 40% at renewal. is that normal this year or should I be shopping around?");
        Post gTa = re(1, "11:05", graham, taQ, "Hi Tamsin, rises of 15-25% are common this year, 40% is the top end. "
                + "ask them for the claims history they're rating you on and whether the rebuild figure changed. a "
                + "broker can then take it to market, a few insurers are keen on hospitality at the moment");
        re(1, "11:30", tamsin, gTa, "that's really helpful, thank you. they did change the rebuild figure and nobody "
                + "told me");
        Post d1 = say(2, "14:00", ibMarkets, declan, "Hi brokers, Declan from Northgate Underwriting. we reopen our "
                + "appetite for small food manufacturers and bakeries on 1 December, up to £5m turnover. guide: "
                + "northgate-uw.example/appetite-food");
        Post mD = re(2, "14:20", moira, d1, "useful. do you take deep fat frying?");
        re(2, "14:35", declan, mD, "yes, with an automatic suppression system and a duct cleaning contract");
        Post oQ = say(2, "16:00", ibAsk, olu, "we're a three-man roofing firm. do we legally need employers' "
                + "liability if two of them are family?");
        Post gO = re(2, "16:40", graham, oQ, "family who work for you can still count as employees, it depends how "
                + "they're paid and who directs the work. if in doubt assume yes: the fine for going without is up "
                + "to £2,500 a day");
        re(2, "17:10", olu, gO, "blimey. ok, sorting it this week, thanks Graham");
        Post mAw = say(3, "09:00", ibKettle, moira, "who's going to the Manchester broker awards? I've been "
                + "shortlisted, which means buying a dress");
        re(3, "09:15", graham, mAw, "congratulations! I'll be there, on the table by the kitchen doors as usual");
        re(3, "09:20", priya, mAw, "well done Moira! I'll cheer from the back");
        Post pDent = say(4, "10:00", ibBench, priya, "anyone placed cyber for a dental practice lately? mine want "
                + "ransomware cover with a low excess and the market's thin");
        Post dP = re(4, "10:30", declan, pDent, "we'll look at dental, send me the proposal form");
        re(4, "10:45", priya, dP, "will do, thanks Declan");
        Post hQ = say(4, "15:00", ibAsk, hamish, "IT contractor here, one-man limited company. a client wants me to "
                + "carry £1m professional indemnity. what does that usually cost?");
        Post mH = re(4, "15:30", moira, hQ, "for a one-man IT consultancy with no claims, often £200-400 a year. it "
                + "depends on turnover and the work: software development costs more than support");
        re(4, "15:50", hamish, mH, "support and some scripting, turnover around £70k. less than I feared");

        // W47: Priya wants to grow her book and talks only with brokers and the underwriter
        Post pGrow = say(8, "09:05", ibBench, priya, "new week, new plan: I want to grow my cyber and PI book this "
                + "winter. tips from anyone who's done it?");
        Post gGrow = re(8, "09:30", graham, pGrow, "honestly? answer the questions in #small-firms-ask. half my new "
                + "clients this year started there");
        re(8, "09:45", priya, gGrow, "I suppose. I'm better with brokers than with clients, I get tongue-tied");
        Post mGrow = re(8, "10:00", moira, pGrow, "webinars worked for me, but they take ages to prepare");
        Post pWeb = re(8, "10:20", priya, mGrow, "what did you run them on?");
        re(8, "10:40", moira, pWeb, "just Teams, nothing fancy");
        Post taCy = say(9, "11:00", ibAsk, tamsin, "@Priya Raman Graham said you know cyber. our card machine and "
                + "booking system are online, do I need cyber cover as a café or is that for big firms?");
        Post dCy = say(9, "11:30", ibMarkets, declan, "cyber update: we now write micro businesses from £150 premium, "
                + "no minimum turnover");
        Post pCy = re(9, "11:45", priya, dCy, "does that include social engineering fraud or is it extra?");
        Post dCy2 = re(9, "12:05", declan, pCy, "included up to £25k");
        re(9, "12:15", priya, dCy2, "great, that's what my dental lot wanted");
        Post mSpr = say(10, "09:30", ibBench, moira, "has a surveyor ever insisted on sprinklers for a unit under "
                + "1,000 square metres for anyone?");
        Post pSpr = re(10, "09:50", priya, mSpr, "yes, on a plastics store. we got round it with better fire "
                + "detection and a risk improvement letter");
        Post mSpr2 = re(10, "10:10", moira, pSpr, "ooh, could you send me the wording of that letter?");
        re(10, "10:20", priya, mSpr2, "in your inbox now");
        Post hCy = say(10, "14:00", ibAsk, hamish, "update: placed my PI through Moira, £260. now my client wants "
                + "cyber too, does that usually come as an add-on?");
        re(10, "14:40", moira, hCy, "it can, but a standalone policy is usually better for IT people. I'll send you "
                + "two options this afternoon");
        Post gPor = say(11, "10:00", ibBench, graham, "anyone else getting the new claims portal login emails twice? "
                + "IT says it's a feature");
        Post pPor = re(11, "10:10", priya, gPor, "yes! and the reset link expires in five minutes");
        re(11, "10:15", graham, pPor, "so it's not just me");
        Post pDr = say(11, "16:00", ibKettle, priya, "Moira did you get the dress?");
        Post mDr = re(11, "16:20", moira, pDr, "green velvet. no refunds");
        re(11, "16:25", priya, mDr, "perfect");
        Post oIp = say(12, "09:00", ibAsk, olu, "EL sorted, thanks. another one: a council wants to be added as "
                + "'indemnity to principal' on our liability policy. what is that?");
        re(12, "09:30", graham, oIp, "it means your policy covers the council if someone claims against them because "
                + "of your work. most insurers add it free, ask for it confirmed in writing");
        Post pAcc = say(12, "13:00", ibMarkets, priya, "@Declan Murphy any appetite for a 12-person accountancy "
                + "firm with one old PI claim?");
        Post dAcc = re(12, "13:30", declan, pAcc, "depends on the claim size, send it over with the details");
        re(12, "13:35", priya, dAcc, "thanks, coming your way");
        Post pRet = say(13, "10:00", ibBench, priya, "Friday question: what's everyone's renewal retention running "
                + "at? I'm at 88% and the boss wants 92");
        re(13, "10:30", graham, pRet, "about 90. lost two to direct insurers on price");
        Post mRet = re(13, "10:40", moira, pRet, "91, but only because I rang every single one of them");
        re(13, "10:50", priya, mRet, "ringing every one is the bit I never find time for");

        // W48: Priya answers Tamsin at last, and a roofer
        Post pTa = re(15, "09:15", priya, taCy, "Tamsin, I'm so sorry, this slipped past me last week. yes, a café "
                + "with online bookings and card payments can be caught out: a hacked booking system or a fake "
                + "supplier invoice. small policies start around £150 a year now. happy to look at it with you");
        Post tPa = re(15, "10:00", tamsin, pTa, "no worries, thank you! yes please, could you look at it alongside "
                + "my renewal?");
        re(15, "10:20", priya, tPa, "of course, I'll message you for the details");
        Post gAw = say(16, "09:00", ibBench, graham, "Moira, how was the awards night?");
        Post mAw2 = re(16, "09:20", moira, gAw, "we won! still tired");
        re(16, "09:30", priya, mAw2, "🎉 brilliant news");
        Post hRef = say(16, "12:00", ibAsk, hamish, "cyber placed too, Moira sorted it in a day. I've told a couple "
                + "of contractors at my coworking space to talk to her");
        re(16, "12:30", moira, hRef, "thank you Hamish, that's kind of you");
        Post oVan = say(17, "08:30", ibAsk, olu, "van broken into last night, tools gone. is that covered by my "
                + "liability policy?");
        Post pVan = re(17, "09:00", priya, oVan, "sorry to hear it. unfortunately not: liability covers injury or "
                + "damage you cause to others. tools need their own cover, sometimes added to the van policy, so "
                + "check that one first");
        re(17, "09:20", olu, pVan, "ah. lesson learned, thanks Priya");
        Post d2 = say(18, "14:00", ibMarkets, declan, "reminder: the bakery and food appetite goes live on 1 "
                + "December, guide updated: northgate-uw.example/appetite-food");
        re(18, "14:30", graham, d2, "I've got a bakery for you already");
    }

    /** B. Wills and Estates Practitioners: Nigel's offer in every room, then a priced call for a newcomer. */
    private void wills() {
        // W46
        Post b1 = say(1, "09:00", wlPract, beverley, "morning. a client asked if she could leave her house to her "
                + "cat. third one this year");
        Post a1 = re(1, "09:20", anil, b1, "did you suggest a pet trust or one of the rehoming schemes?");
        re(1, "09:35", beverley, a1, "the rehoming scheme, and a small gift to whoever takes him. she's happy");
        Post trQ = say(1, "12:00", wlFamilies, trevor, "Beverley did Mum's will in 2022, thank you again. now her "
                + "memory is going and the GP suggested a lasting power of attorney. is it too late once she has a "
                + "diagnosis?");
        Post bTr = re(1, "13:10", beverley, trQ, "Hi Trevor, lovely to hear from you. a diagnosis doesn't rule it "
                + "out on its own: what matters is whether she understands what she's signing on the day. a "
                + "certificate provider, often her GP, confirms that. best done soon though");
        re(1, "13:30", trevor, bTr, "thank you, that's a relief. I'll ask the GP");
        say(2, "10:00", wlPract, nigel, "Black Friday offer: mirror wills £99 for couples, this month only! "
                + "pembertonwills.example/offer");
        say(2, "10:05", wlFamilies, nigel, "Thinking about a will? Mirror wills £99 for couples this month only: "
                + "pembertonwills.example/offer");
        say(2, "10:09", wlLounge, nigel, "Black Friday at Pemberton Wills, mirror wills £99: "
                + "pembertonwills.example/offer");
        Post caQ = say(2, "14:00", wlFamilies, carys, "my dad is 88 and in a care home. he wants to change his will "
                + "to leave more to my brother, who visits more. can the home's staff witness it?");
        Post aCa = re(2, "14:40", anil, caQ, "Hi Carys, care home staff can witness, but better if they don't "
                + "benefit and aren't part of his care decisions. with a change like that at his age, a will writer "
                + "should keep notes showing he understood it, in case anyone challenges it later");
        Post cA = re(2, "15:00", carys, aCa, "that makes sense. not sure how I feel about it but it's his choice");
        re(2, "15:20", beverley, cA, "it is, and the notes protect your brother too. it's a kind thing to get right");
        Post lyQ = say(3, "10:00", wlPract, lydia, "first will with a foreign property in it, the client has a flat "
                + "in Portugal. do I do a separate Portuguese will?");
        re(3, "10:30", beverley, lyQ, "usually yes, with a local lawyer, and make sure the English one doesn't "
                + "revoke it. the revocation clause trips people up");
        re(3, "10:45", anil, lyQ, "and check the choice of law wording, I've put a clause for it in "
                + "#precedents-and-tools");
        say(3, "11:00", wlPract, lydia, "brilliant, thank you both");
        Post aCl = say(4, "09:00", wlPrecedents, anil, "choice of law clause for clients with property in the EU, "
                + "plain English version, pinned. comments welcome");
        re(4, "09:40", lydia, aCl, "using this tomorrow, thank you");
        Post bPr = say(5, "16:00", wlLounge, beverley, "anyone else's printer eat engrossments or is it just mine");
        re(5, "16:20", lydia, bPr, "mine prefers envelopes");
        say(6, "10:00", wlFamilies, nigel, "Still time to grab £99 mirror wills! pembertonwills.example/offer");

        // W47
        Post geQ = say(8, "09:30", wlFamilies, gemma, "hi, new here. me and my partner aren't married and we each "
                + "have kids from before. if one of us dies, what happens to the house? we own it together");
        re(8, "09:50", nigel, geQ, "We can sort this for you both for £150 with a trust included, book a call "
                + "here: calendly.example/pemberton-wills");
        Post bGe = re(8, "10:30", beverley, geQ, "Hi Gemma, it depends how you own it. as joint tenants the house "
                + "passes to the survivor automatically, whatever the wills say. as tenants in common each share "
                + "goes by its owner's will. with children from before, many couples choose tenants in common and "
                + "leave the survivor a right to live there. your Land Registry title says which");
        re(8, "11:00", gemma, bGe, "oh that's so clear, thank you. I'll download the title tonight");
        Post lyP = say(9, "09:00", wlPract, lydia, "Portugal will done. the local lawyer was lovely");
        re(9, "09:15", beverley, lyP, "good stuff");
        Post trReg = say(9, "14:00", wlFamilies, trevor, "the GP signed as certificate provider. do I register the "
                + "LPA now or wait until it's needed?");
        Post aTr = re(9, "14:30", anil, trReg, "register it now: the Office of the Public Guardian takes weeks, and "
                + "you can't use it until it's registered");
        re(9, "14:45", trevor, aTr, "will do, thanks Anil");
        Post geT = say(10, "20:00", wlFamilies, gemma, "title says joint tenants. so if I die my share goes to him, "
                + "not my kids?");
        Post bGe2 = re(10, "20:30", beverley, geT, "as it stands, yes. you can sever the joint tenancy with a "
                + "simple notice, then your share goes by your will. a will writer can do both at once");
        re(10, "20:45", gemma, bGe2, "I'd never have known. thank you Beverley");
        Post nSt = say(11, "11:00", wlPract, nigel, "anyone know a decent cheap storage service for original wills?");
        Post aSt = re(11, "11:30", anil, nSt, "I use a bank vault scheme, about £20 a year a will, and register "
                + "each one on the national will register so executors can find it");
        re(11, "11:40", nigel, aSt, "cheers");
        Post lySt = say(12, "17:00", wlLounge, lydia, "passed my STEP exam!");
        re(12, "17:10", beverley, lySt, "congratulations!! 🎉");
        re(12, "17:30", anil, lySt, "well done Lydia");
        Post caD = say(13, "10:00", wlFamilies, carys, "Dad did the new will with a will writer last week. she took "
                + "pages of notes, like you said. thank you Anil");
        Post aCaD = re(13, "10:20", anil, caD, "glad it went smoothly. how's he doing?");
        re(13, "10:40", carys, aCaD, "happier now it's done");
        Post bAway = say(14, "15:00", wlPract, beverley, "heads up: I'm at the will writers' conference in "
                + "Harrogate Monday to Thursday, then a few days off. back on the 2nd, phone off");
        re(14, "15:20", lydia, bAway, "have fun, bring back biscuits");

        // W48: Beverley away as she said
        Post trBev = say(16, "10:00", wlFamilies, trevor, "@Beverley Oakes the LPA is registered! could you look at "
                + "Mum's will again now my sister's moved to Spain? does anything need to change?");
        Post aTr2 = re(16, "14:00", anil, trBev, "Trevor, Beverley's away till the 2nd and will pick this up. in "
                + "general a beneficiary moving abroad doesn't change a will, but an executor abroad can slow "
                + "probate down");
        re(16, "14:30", trevor, aTr2, "thanks Anil, I'll wait for her");
        Post nOv = say(17, "11:00", wlPract, nigel, "quiet month. anyone got overflow work to pass on? happy to pay "
                + "a referral fee");
        re(17, "11:30", lydia, nOv, "I'll keep you in mind");
        Post geB = say(17, "19:00", wlFamilies, gemma, "we've booked in to do both wills and the severance with a "
                + "local will writer. feel so much better");
        re(17, "19:30", anil, geB, "good decision");
        Post lyL = say(18, "10:00", wlPrecedents, lydia, "anyone have a letter of wishes template for guardians of "
                + "young children?");
        re(18, "10:30", anil, lyL, "mine's pinned above, adapt freely");
        say(19, "08:00", wlLounge, anil, "first frost on the allotment. the leeks don't care");
        Post caO = say(20, "12:00", wlFamilies, carys, "last one from me: where should Dad keep the original will?");
        Post lyC = re(20, "12:30", lydia, caO, "with the will writer who drew it up, a storage service, or at home "
                + "in a fireproof box. just tell the executors where");
        re(20, "12:45", carys, lyC, "thanks Lydia");
    }

    /** C. Thornbridge Credit Union: Ellis posts news to nobody for a week while a member's question to him waits. */
    private void creditUnion() {
        // W46
        Post eApp = say(1, "09:00", cuLounge, ellis, "Good morning Thornbridge! our new mobile app is live from "
                + "today, download it from your app store");
        Post keQ = say(1, "10:00", cuAsk, kerry, "can I move my Christmas savings into my main savings early, or is "
                + "it locked until December?");
        Post maKe = re(1, "10:40", marion, keQ, "Hi Kerry, it pays out on 1 December, but if you need it sooner ring "
                + "us and we'll release it. you'd just lose this year's bonus");
        re(1, "11:00", kerry, maKe, "ok, I'll leave it in. thanks Marion");
        say(1, "12:00", cuLounge, ellis, "reminder: we're closed on Wednesday afternoon for staff training");
        say(1, "16:00", cuLounge, ellis, "we've just passed 3,000 members 🎉 thank you all");
        say(2, "09:00", cuLounge, ellis, "our Christmas loan rate is 12.7% APR representative this year, far "
                + "cheaper than a store card");
        Post agEl = re(2, "10:00", agnieszka, eApp, "@Ellis Baxter does the new app work on older Android phones? "
                + "mine is a 2019 Samsung and it won't install");
        Post joQ = say(2, "11:00", cuAsk, jonah, "how long does a loan decision usually take? applied Sunday night");
        Post dvJo = re(2, "11:30", devinder, joQ, "Hi Jonah, usually two working days. yours is with me, you'll "
                + "have an answer tomorrow");
        say(2, "15:00", cuLounge, ellis, "did you know you can now pay into your savings by standing order from any "
                + "bank?");
        say(3, "09:30", cuLounge, ellis, "our community fund is open to local groups until 30 November");
        Post dvJo2 = re(3, "11:00", devinder, joQ, "approved, Jonah: the money will be in your account by 4pm");
        re(3, "11:20", jonah, dvJo2, "brilliant, thank you Devinder!");
        say(3, "14:00", cuLounge, ellis, "staff training this afternoon, back tomorrow at 9");
        Post kSav = say(3, "19:00", cuSavers, kerry, "£340 saved this year. turkey AND the kids' bikes covered");
        Post agSav = re(3, "19:20", agnieszka, kSav, "I'm at £210, mostly for flights to Gdańsk");
        re(3, "19:40", stuart, agSav, "well done both. I forgot to start mine till June");
        say(4, "09:00", cuLounge, ellis, "new in the app: your loan balance at a glance");
        say(4, "12:00", cuTips, stuart, "a good read on switching energy tariffs: moneyguide.example/energy-switch");
        say(4, "16:00", cuLounge, ellis, "payday tip: save a little first, before the bills");
        say(5, "10:00", cuLounge, ellis, "our annual dividend has been declared at 1.5% for savers");
        say(5, "12:00", cuTips, stuart, "the council's warm home grant is open again: council.example/warm-homes");
        say(5, "15:00", cuLounge, ellis, "have a great weekend everyone");

        // W47
        Post elAg = re(8, "09:10", ellis, agEl, "sorry Agnieszka, I've only just seen this. the app needs Android 9 or "
                + "newer, so a 2019 Samsung should be fine. try clearing the Play Store's cache, and if it still "
                + "fails ring us and we'll talk you through it");
        re(8, "09:40", agnieszka, elAg, "cleared the cache and it installed! thank you");
        say(8, "19:00", cuLounge, jonah, "anyone doing matched betting? it paid for my Christmas last year. use my "
                + "code JONAH20 at betmatch.example for a free trial");
        Post joB = say(9, "18:00", cuSavers, jonah, "want to grow your Christmas pot? use my code JONAH20 at "
                + "betmatch.example and we both get a bonus");
        Post maJo = re(9, "18:40", marion, joB, "Jonah, please keep referral codes out of the server, especially "
                + "gambling ones. thanks");
        re(9, "19:00", jonah, maJo, "fair enough, sorry Marion");
        say(9, "12:00", cuTips, stuart, "check your credit file for free here: credit.example/free-file");
        Post keSis = say(10, "10:00", cuAsk, kerry, "my sister wants to join, I told her how you helped me with the "
                + "car loan. can she join if she lives in Morpeth?");
        re(10, "10:30", marion, keSis, "that's lovely, thank you Kerry! yes, Morpeth is inside our common bond area. "
                + "she can join online or in the branch");
        say(10, "12:00", cuTips, stuart, "a useful piece on bank charges and how to claim them back: "
                + "moneyguide.example/bank-charges");
        Post eFund = say(10, "14:00", cuLounge, ellis, "the community fund closes on the 30th, two weeks left");
        Post stFund = re(10, "14:30", stuart, eFund, "does the allotment society count as a local group?");
        re(10, "14:50", ellis, stFund, "it does! they'd be a great fit, send them "
                + "the form");
        Post agJr = say(11, "09:00", cuAsk, agnieszka, "can I open a junior saver for my son? he's 9");
        re(11, "09:45", devinder, agJr, "yes: bring his birth certificate and your ID to the branch, or do it in the "
                + "app under 'add a junior'");
        say(11, "12:00", cuTips, stuart, "a supermarket price comparison that actually works: "
                + "prices.example/basket");
        Post agFl = say(12, "20:00", cuSavers, agnieszka, "flights booked!!");
        re(12, "20:15", kerry, agFl, "have a wonderful time");
        say(12, "12:00", cuTips, stuart, "what bailiffs can and can't do, worth knowing: advice.example/bailiffs");
        Post eQs = say(13, "13:00", cuLounge, ellis, "any questions about the app? I'm on the lounge all afternoon");
        Post stSt = re(13, "13:30", stuart, eQs, "can I see old statements in it?");
        re(13, "13:40", ellis, stSt, "twelve months back, yes, under 'documents'");

        // W48
        Post stDd = say(15, "09:00", cuAsk, stuart, "my direct debit to the water company bounced, but there was "
                + "money in the account. what happened?");
        Post dvSt = re(15, "11:00", devinder, stDd, "Hi Stuart, sorry about that. a payments glitch on Friday night. "
                + "I've re-sent it and we'll refund any charge the water company makes");
        re(15, "11:20", stuart, dvSt, "thank you, very quick");
        Post maPay = say(16, "10:00", cuSavers, marion, "Christmas savings pay out on Sunday 1 December. if you want "
                + "yours paid into a different account, tell us by Friday");
        re(16, "10:30", kerry, maPay, "same account for me please ✨");
        Post joOff = say(17, "18:00", cuLounge, jonah, "loan paid off early! felt good");
        re(17, "18:30", devinder, joOff, "congratulations Jonah");
        say(18, "12:00", cuTips, stuart, "a calculator for what Christmas will really cost: "
                + "moneyguide.example/xmas-budget");
        Post keJoin = say(19, "10:00", cuAsk, kerry, "my sister joined! she says the lady in the branch was lovely");
        re(19, "10:20", marion, keJoin, "that'll be Pat, I'll tell her");
        Post agPaid = say(21, "11:00", cuSavers, agnieszka, "Christmas money arrived, thank you Thornbridge!");
        re(21, "11:30", ellis, agPaid, "enjoy Gdańsk!");
    }

    /** D. Last Lap Before Retirement, where nobody sells: Raymond asks the room to follow his blog. */
    private void lastLap() {
        // W46
        Post iNot = say(1, "09:00", llPlans, ian, "three months to go. handed my notice in today after thirty-one "
                + "years at the same depot. terrified and delighted in equal measure");
        Post sIa = re(1, "09:30", sandra, iNot, "congratulations Ian! what's the first thing you'll do?");
        re(1, "09:50", ian, sIa, "sleep past six. then the allotment");
        Post wFc = say(1, "19:00", llForms, wendy, "how do I find out what state pension I'll actually get? I had "
                + "years off with the kids");
        Post sWe = re(1, "19:30", sandra, wFc, "get a forecast on the government site: "
                + "gov.example/check-state-pension. it shows the gaps too. years at home with children under 12, "
                + "with child benefit in your name, usually count");
        re(1, "19:45", wendy, sWe, "oh! I did claim child benefit. looking tonight");
        Post dPt = say(2, "10:00", llPlans, derek, "question for the group: has anyone gone part-time first instead "
                + "of stopping? I'm 62 and thinking three days a week for two years");
        Post lDe = re(2, "10:30", lesley, dPt, "I did. best decision. the drop in pay was smaller than I expected "
                + "once the tax came down");
        Post dLe = re(2, "10:45", derek, lDe, "that's what my numbers say too. did you draw any pension while "
                + "part-time?");
        re(2, "11:00", lesley, dLe, "a little from my workplace pension to top up, the rest stayed invested");
        Post wGap = say(3, "18:00", llForms, wendy, "forecast says I've got 7 gap years. is it worth paying for "
                + "them?");
        Post dWe = re(3, "18:30", derek, wGap, "usually yes if you've time to get the benefit: each year costs about "
                + "£900 and adds roughly £6 a week for life, so it pays back in about three years. ring the Future "
                + "Pension Centre before paying, they'll tell you which years are worth it");
        Post wDe = re(3, "18:50", wendy, dWe, "thank you Derek. what do they ask you when you ring?");
        re(3, "19:05", derek, wDe, "your NI number and which years. have a pen ready, it's a long call");
        Post iSp = say(4, "12:00", llLighter, ian, "leaving do booked. they've asked me to do a speech. I'd rather do "
                + "another thirty years");
        re(4, "12:20", lesley, iSp, "keep it short, thank the cleaners, end on a joke");
        Post sNhs = say(5, "09:00", llPlans, sandra, "NHS pension people: has anyone taken the full lump sum and "
                + "regretted it?");
        Post lSa = re(5, "09:40", lesley, sNhs, "not regretted, but in hindsight I'd have taken less and kept more "
                + "income");
        re(5, "10:00", sandra, lSa, "that's the honest answer I wanted, thanks Lesley");
        say(6, "17:00", llLighter, derek, "grandson asked what I'll do all day when I retire. told him 'annoy your "
                + "gran'");

        // W47
        Post rIn = say(8, "10:00", llIntro, raymond, "Hello, I'm Raymond, 61, ex-railway signaller. retired last "
                + "spring and I write about what I've learned at lasttrainhome.example, hope it's useful to someone. "
                + "here to learn as well");
        Post sRa = re(8, "10:30", sandra, rIn, "welcome Raymond! a signaller, so you're used to planning ahead");
        re(8, "10:45", raymond, sRa, "ha, some of the time. thanks Sandra");
        Post wThree = say(8, "19:00", llPlans, wendy, "help: I've got three old workplace pensions. should I "
                + "combine them?");
        Post lWe = re(8, "19:30", lesley, wThree, "check each one first for guarantees or protected tax-free cash "
                + "before moving anything. some old ones have extras you'd lose");
        Post wLe = re(8, "19:40", wendy, lWe, "how do I find out if they do?");
        Post lWe2 = re(8, "19:55", lesley, wLe, "ask each provider for a statement and write: 'does this plan have a "
                + "guaranteed annuity rate or any protected benefits?' just like that");
        re(8, "20:05", wendy, lWe2, "writing it down now, thank you");
        Post wRang = say(9, "13:00", llForms, wendy, "rang the Future Pension Centre. 5 of my 7 years are worth "
                + "buying! £4,500 for about £31 a week");
        Post dWr = re(9, "13:30", derek, wRang, "great result");
        re(9, "13:45", wendy, dWr, "thank you for telling me to ring first Derek, I'd have paid for all seven");
        say(10, "11:00", llLighter, raymond, "if you enjoy reading about retirement please follow my blog and share "
                + "it with your friends: lasttrainhome.example 🙏");
        Post iEarly = say(10, "15:00", llForms, ian, "how early can I claim my state pension? I'm 64");
        Post sIe = re(10, "15:30", sandra, iEarly, "not before state pension age, which for you is 66. you can put it "
                + "off to get more, but you can't take it early");
        re(10, "15:45", ian, sIe, "bah. two years on the work pension then");
        Post wGar = say(11, "18:00", llPlans, wendy, "statements came back. one of them has a guaranteed annuity "
                + "rate of 9%!");
        Post lGar = re(11, "18:20", lesley, wGar, "keep that one exactly where it is. that's gold dust");
        re(11, "18:40", wendy, lGar, "I nearly moved it. this group has saved me thousands");
        re(11, "19:00", derek, wGar, "that's what we're here for");
        Post dDec = say(12, "17:00", llPlans, derek, "decision made: three days a week from April. told my manager "
                + "today and she was fine with it");
        re(12, "17:20", ian, dDec, "good man");
        re(12, "17:40", sandra, dDec, "well done Derek");
        Post iSp2 = say(13, "20:00", llLighter, ian, "speech went down well. I thanked the cleaners and they cried");
        re(13, "20:15", lesley, iSp2, "told you");

        // W48
        say(15, "08:00", llPlans, ian, "last week at work. I keep going over my routine, my pension, my lump sum, "
                + "and my wife's worry that I'll be under her feet. so I've made myself a plan: I walk every "
                + "morning, I do the allotment, I volunteer at the food bank on Tuesdays");
        Post iPl = say(15, "08:03", llPlans, ian, "my pension covers the bills, my savings cover the car and "
                + "holidays. I think I've got it right but I keep doubting myself. my brother retired and was "
                + "depressed within six months and I don't want my story to be his");
        Post sIp = re(15, "09:00", sandra, iPl, "Ian that's a really good plan. the food bank Tuesdays will matter "
                + "most, having somewhere you're expected");
        re(15, "09:20", lesley, iPl, "and his story doesn't have to be yours. ring him, actually, he'd probably love "
                + "to hear from you");
        re(15, "10:00", ian, sIp, "I might do that. thank you both");
        Post lHr = say(16, "15:00", llForms, lesley, "@Derek Holroyd you went through the part-time thing with HR, "
                + "did they give you a new contract or just a letter?");
        Post dHr = re(17, "09:00", derek, lHr, "a new contract, but only two pages. get it in writing before you "
                + "start");
        re(17, "09:30", lesley, dHr, "thanks Derek");
        Post wTy = say(17, "20:00", llLighter, wendy, "first time in years I feel like I know what I'm doing with "
                + "money. thank you all, genuinely");
        re(17, "20:20", sandra, wTy, "❤️ you did the work");
        Post rWin = say(18, "10:00", llPlans, raymond, "question: did anyone find the first winter hard? I did, the "
                + "dark mornings with nowhere to be");
        Post dRa = re(18, "10:30", derek, rWin, "not got there yet, but my dad said the same. what helped you?");
        re(18, "11:00", raymond, dRa, "a dog, honestly. and the walking group on Thursdays");
        say(19, "12:00", llLighter, derek, "Lesley's leaving-do advice now saved in my notes for April");
        say(20, "18:00", llForms, wendy, "helped my neighbour get her state pension forecast today. passing it on");
    }

    /** E. Small Claims and Tenants Self-Help, where nobody sells: Kieran takes a week, Tobias pitches. */
    private void selfHelp() {
        // W46: Kieran is helped every day and answers nothing asked of him
        Post kQ = say(1, "18:00", shDeposits, kieran, "moved out 6 weeks ago and the landlord's keeping my whole "
                + "£1,200 deposit for 'cleaning and redecorating'. I cleaned it myself. what do I do");
        re(1, "18:40", ade, kQ, "first check it was protected in a deposit scheme: ask the landlord which one, or "
                + "search the three schemes' sites with your postcode. if he never protected it you can claim up "
                + "to three times the deposit");
        re(1, "19:10", harriet, kQ, "and photos of the place if you can still get in, plus your move-in inventory "
                + "if you had one");
        Post kSch = say(2, "17:00", shDeposits, kieran, "found it, it's with a scheme. he's raised a dispute. now "
                + "what");
        re(2, "17:30", ade, kSch, "good, that's the easy route: the scheme's free dispute service decides. upload "
                + "move-in and move-out photos and any cleaning receipts. did you get a checkout report? and "
                + "what's the deposit reference?");
        Post mlQ = say(3, "12:00", shClaims, meiLin, "builder took a £3,000 deposit for a kitchen and never came "
                + "back, won't answer calls. is small claims the way?");
        Post hMl = re(3, "12:30", harriet, mlQ, "yes, up to £10,000 it's the small claims track. first send a letter "
                + "before claim giving him 14 days to pay or finish. polite and factual, the judge may read it");
        Post mlH = re(3, "12:50", meiLin, hMl, "thanks Harriet. is there a template for the letter?");
        Post aMl = re(3, "13:10", ade, mlH, "the government guidance has one: gov.example/letter-before-claim. I "
                + "used it against a garage last year");
        re(3, "13:30", meiLin, aMl, "perfect, thank you Ade");
        Post kDec = say(4, "20:00", shDeposits, kieran, "can the landlord charge for redecorating after 2 years? the "
                + "walls were scuffed when I moved in");
        re(4, "20:40", harriet, kDec, "fair wear and tear isn't chargeable, and after two years some scuffs are "
                + "expected. he has to show damage beyond normal use. adjudicators usually knock redecorating "
                + "right down");
        Post kSt = say(5, "21:00", shDeposits, kieran, "what do I write in the evidence statement?");
        Post aSt = re(5, "21:20", ade, kSt, "keep it short: dates, what you did, what you're attaching. one page");
        re(5, "21:40", kieran, aSt, "ok");
        say(6, "10:00", shWins, ade, "for newcomers: my garage claim last year took 5 months from letter to money. "
                + "slow, but it works");
        Post rhHi = say(6, "14:00", shStart, rhiannon, "hi, I'm Rhiannon, renting a flat in Swansea with terrible "
                + "mould and a landlord who says it's my 'lifestyle'. glad to find you");
        re(6, "14:30", harriet, rhHi, "welcome Rhiannon! #deposits-and-repairs is the place, lots of us have been "
                + "there");

        // W47: Tobias from a claims firm arrives
        joins(8, "08:00", shStart, tobias);
        say(8, "08:05", shStart, tobias, "hello all, Tobias here. I help people get money back from landlords and "
                + "traders");
        Post rhQ = say(8, "10:00", shDeposits, rhiannon, "the landlord says the mould is from drying washing "
                + "indoors. there's a leak from the gutter and I have photos. what can I do?");
        Post hRh = re(8, "10:40", harriet, rhQ, "report it in writing to the landlord and keep a copy. if nothing "
                + "happens in 14 days, the council's environmental health team can inspect. landlords now have to "
                + "look into damp quickly");
        re(8, "12:00", tobias, rhQ, "we handle cases like this on a no win no fee basis, 30% of whatever you "
                + "recover, DM me");
        re(8, "12:30", rhiannon, hRh, "thank you Harriet, writing the letter tonight");
        Post mlF = say(9, "09:00", shClaims, meiLin, "14 days gone, nothing from the builder. filing the claim "
                + "online now. is the fee really £205?");
        re(9, "09:30", ade, mlF, "for £3,000 yes, £205 online, and you get it back on top if you win");
        Post tMl = re(9, "10:00", tobias, mlF, "or let us do it, we take 25% and you don't lift a finger. book a "
                + "call: calendly.example/fenn-claims");
        Post hTo = re(9, "10:20", harriet, tMl, "@Tobias Fenn this is a self-help group, please don't pitch "
                + "members. the point is people can do this themselves for £205");
        re(9, "10:40", meiLin, hTo, "yeah, doing it myself, thanks");
        at(10, "09:00").in(shDm).say(tobias, "Hi Rhiannon, saw your mould problem. we've won lots of these, 30% "
                + "success fee, nothing to pay upfront. shall I ring you tomorrow?");
        at(10, "12:00").in(shDm).say(rhiannon, "no thank you, the group is helping me");
        Post kBack = say(10, "19:00", shDeposits, kieran, "sorry for going quiet last week, it was mad. @Ade Ogunleye "
                + "the reference is DPS-448210 and yes I've got a checkout report, it says 'good condition'. thank "
                + "you both, really");
        re(10, "19:30", ade, kBack, "then you're in a strong position. upload the checkout report first");
        Post nQ = say(11, "16:00", shDeposits, noor, "student house, 5 of us. the landlord wants £400 from "
                + "everyone's deposit for one broken window, and only one person broke it. can he?");
        Post kNo = re(11, "16:30", kieran, nQ, "not an expert but I've just been through it: on a joint tenancy "
                + "the scheme treats the deposit as one, so you five sort out between you who pays. Harriet knows "
                + "more");
        Post hNo = re(11, "17:00", harriet, kNo, "Kieran's right. on a joint tenancy it can come out of the whole "
                + "deposit, and the housemates settle it between them");
        re(11, "17:20", noor, hNo, "thank you both");
        Post mlSv = say(12, "18:00", shWins, meiLin, "claim filed and the builder's been served. he rang me for the "
                + "first time in two months 😂");
        re(12, "18:20", ade, mlSv, "that's usually when the money turns up");
        Post rhRf = say(13, "19:00", shDeposits, rhiannon, "the landlord's sending a roofer on Thursday! the letter "
                + "worked");
        re(13, "19:30", harriet, rhRf, "brilliant. keep a note of the visit");

        // W48
        Post kWin = say(15, "12:00", shWins, kieran, "the scheme decided: I get £1,050 back out of £1,200. he got "
                + "£150 for the oven which, fair, I didn't clean it");
        re(15, "12:20", ade, kWin, "great result! 🎉");
        re(15, "12:40", harriet, kWin, "well done Kieran");
        Post nPh = say(16, "13:00", shClaims, noor, "different one: a phone repair shop lost my phone. they're "
                + "offering £50 and it was worth £300. small claims for that?");
        Post mlNo = re(16, "13:30", meiLin, nPh, "you can, the fee under £300 is £35 online. send a letter before "
                + "claim first, it often makes them pay up");
        re(16, "13:50", noor, mlNo, "thanks Mei Lin");
        Post mlPaid = say(17, "18:00", shWins, meiLin, "the builder paid the full £3,000 plus my fee! never using "
                + "him again, obviously");
        re(17, "18:10", harriet, mlPaid, "🎉 amazing");
        re(17, "18:30", kieran, mlPaid, "get in!");
        say(18, "20:00", shDeposits, rhiannon, "roofer fixed the gutter and someone's coming to treat the mould. "
                + "thank you all");
        say(19, "10:00", shStart, harriet, "housekeeping: please don't post your full address or case numbers in "
                + "the public rooms");
        Post aNo = say(20, "11:00", shClaims, ade, "@Noor Siddiqui did the phone shop answer your letter?");
        re(20, "15:00", noor, aNo, "they paid the £300 this morning! didn't even need to file");
    }

    /** F. Independent Advisers Network: Lucinda's five blog links in six minutes, Julian's demo DM to a newcomer. */
    private void advisers() {
        // W46
        Post oS = say(1, "10:00", faTech, owen, "client aged 74 with £1.2m in a SIPP. with pensions coming into "
                + "inheritance tax, is anyone moving clients to draw down faster?");
        re(1, "10:30", kwame, oS, "some, carefully. the income tax on bigger withdrawals can be worse than the IHT. "
                + "I run both and let the client choose");
        Post jO = re(1, "11:00", julian, oS, "Owen, in Horizonplan you can model both side by side: duplicate the "
                + "plan, set the drawdown rate, then compare the estate view. shout if you get stuck");
        re(1, "11:30", owen, jO, "found it, thanks Julian. clients love that estate chart");
        say(2, "09:00", faChat, lucinda, "new on my blog: five questions before consolidating pensions "
                + "lucindamarlowe.example/blog/consolidate");
        say(2, "09:01", faChat, lucinda, "and: why cash isn't king in retirement lucindamarlowe.example/blog/cash");
        Post lIht = say(2, "09:03", faChat, lucinda, "also: the IHT pension change explained for clients "
                + "lucindamarlowe.example/blog/iht-pensions");
        say(2, "09:05", faChat, lucinda, "plus: how I run annual reviews in 40 minutes "
                + "lucindamarlowe.example/blog/reviews");
        say(2, "09:06", faChat, lucinda, "last one, promise: my client newsletter template "
                + "lucindamarlowe.example/blog/newsletter");
        Post kL = re(2, "10:00", kwame, lIht, "the IHT piece is good, sending it to two clients");
        re(2, "10:15", lucinda, kL, "thank you Kwame!");
        Post rDa = say(2, "19:00", faCoffee, rupert, "anyone watching the darts tonight?");
        re(2, "19:10", owen, rDa, "always");
        Post jRel = say(3, "09:00", faTools, julian, "Horizonplan 6.2 is out: the pension IHT rules are in the "
                + "estate view now, and reports export to Word. release notes: horizonplan.example/releases/6-2");
        re(3, "09:30", owen, jRel, "the Word export was my top request, thank you!");
        Post rDb = re(3, "10:00", rupert, jRel, "does it handle a DB scheme with a bridging pension?");
        re(3, "10:20", julian, rDb, "yes, set the bridge up as a separate income stream ending at state pension "
                + "age");
        Post rCap = say(4, "09:00", faChat, rupert, "paraplanning capacity: three more suitability reports this "
                + "month, usual rates. DM me");
        re(4, "09:30", kwame, rCap, "I'll send you one, the client with two old DB schemes");
        Post kDb = say(5, "11:00", faTech, kwame, "anyone had a DB transfer held up by the receiving platform over "
                + "the scheme's paperwork?");
        Post rKw = re(5, "11:30", rupert, kDb, "yes, the platform wanted the scheme's signed discharge form, not "
                + "the letter. took three weeks");
        re(5, "11:45", kwame, rKw, "that's exactly it, thank you");

        // W47
        Post lTfc = say(8, "10:00", faTech, lucinda, "tax-free cash question: a client with 2014 protection, does "
                + "her lump sum allowance change?");
        Post kLu = re(8, "10:30", kwame, lTfc, "her protection carries over, she gets the higher protected amount. "
                + "make sure her certificate number is on file with the provider");
        re(8, "10:45", lucinda, kLu, "perfect, thank you");
        Post oBug = say(9, "11:00", faTools, owen, "@Julian Ashcroft the Word export cuts off the last column of "
                + "the cashflow table. is there a setting?");
        Post jBug = re(9, "14:00", julian, oBug, "ouch, that's a bug with landscape pages. fixed in 6.2.1 on "
                + "Thursday; until then export to PDF and convert. sorry Owen");
        re(9, "14:20", owen, jBug, "no problem, quick answer appreciated");
        Post kFee = say(10, "12:00", faChat, kwame, "how are people charging for cashflow-only reviews? fixed fee or "
                + "hourly?");
        Post lFee = re(10, "12:30", lucinda, kFee, "fixed, £750 for a plan and one meeting");
        Post oFee = re(10, "12:45", owen, lFee, "£600 here, but I'm in Bolton, not Chelsea");
        re(10, "13:00", lucinda, oFee, "ha, Surrey, but yes");
        Post jFix = say(11, "10:00", faTools, julian, "6.2.1 is out and fixes the Word export columns");
        re(11, "11:00", owen, jFix, "confirmed fixed, thanks");
        Post lDog = say(12, "17:00", faCoffee, lucinda, "my dog ate a client's annual review pack. real sentence");
        re(12, "17:20", rupert, lDog, "the dog has strong views on fees");
        Post rInt = say(13, "10:00", faTech, rupert, "does a scheme pay interest on a delayed transfer? the client "
                + "waited seven months");
        Post oInt = re(13, "10:40", owen, rInt, "some do if the delay was theirs. complain in writing; the Pensions "
                + "Ombudsman has ordered interest before");
        re(13, "11:00", rupert, oInt, "great, thanks Owen");

        // W48: Farida joins, and Julian's DM
        joins(15, "09:00", faChat, farida);
        Post fHi = say(15, "09:10", faChat, farida, "hi all, Farida. just set up on my own after eight years at a "
                + "bank, mostly pension advice for NHS staff. glad to be here");
        Post kFa = re(15, "09:40", kwame, fHi, "welcome Farida! shout if you need anything, the first year's a lot");
        re(15, "10:00", farida, kFa, "thank you Kwame, will do");
        at(16, "09:00").in(faDm).say(julian, "Hi Farida, welcome! saw you've just gone independent. Horizonplan has "
                + "a new-firm offer, 30% off the first year. I can run you through a demo, grab 15 min here: "
                + "horizonplan.example/book");
        at(16, "13:00").in(faDm).say(farida, "thanks Julian, still setting up, maybe in the new year");
        Post fMc = say(17, "10:00", faTech, farida, "NHS pension question: has anyone gone through the McCloud "
                + "remedy choice statements with clients yet? mine arrived and they're baffling");
        re(17, "10:30", lucinda, fMc, "yes. read the page with the two options side by side and ignore the rest. "
                + "most of my clients were better off with the legacy scheme for those years");
        Post oMc = re(17, "10:45", owen, fMc, "and the deadline for the choice is on page two, in tiny print");
        re(17, "11:00", farida, oMc, "thank you both, that helps a lot");
        Post rJan = say(18, "09:00", faChat, rupert, "January capacity: four suitability reports and two cashflow "
                + "models, same rates as always");
        re(18, "09:30", lucinda, rJan, "I'll take one, the Hendersons' plan");
        Post jBeta = say(19, "10:00", faTools, julian, "for existing users: the 6.3 beta with the new estate "
                + "planning view is open, reply here if you want in");
        re(19, "10:30", owen, jBeta, "me please");
        Post kXm = say(20, "16:00", faCoffee, kwame, "Christmas do: the curry place again?");
        re(20, "16:10", lucinda, kXm, "yes");
        re(20, "16:20", rupert, kXm, "yes, and this time I'm not sharing the naan");
    }

    /** G. Probate Research Forum: Alistair's list dropped into the solicitors' room after two weeks away from it. */
    private void heirs() {
        // W46
        say(1, "08:30", hhSolicitors, alistair, "morning all. a reminder that we trace any estate at no cost to "
                + "the estate: our fee comes out of the heirs' share, and only if we find them");
        Post heQ = say(1, "11:00", hhSolicitors, helena, "estate of a lady in Hull, died without a will, no known "
                + "relatives. husband died 1990, no children. where do you even start?");
        Post bHe = re(1, "11:40", bernadette, heQ, "with her parents: her marriage certificate gives her father's "
                + "name, then her birth, then her siblings. with no children it goes to siblings or their "
                + "descendants first. we'd usually have the tree in a few weeks");
        Post heB = re(1, "12:00", helena, bHe, "thank you Bernadette. can I instruct you directly?");
        re(1, "12:15", bernadette, heB, "of course, I'll send you our terms this afternoon");
        Post yAd = say(2, "10:00", hhTracers, yusuf, "stuck on a 1930s adoption in the family line. do adopted "
                + "children inherit from the birth family?");
        Post bYu = re(2, "10:30", bernadette, yAd, "no, after adoption they inherit from the adoptive family. check "
                + "the adoption order is dated before the death");
        re(2, "10:45", yusuf, bYu, "thank you! that takes out a whole branch");
        Post cKew = say(3, "09:00", hhRecords, cormac, "Kew is closed Thursday and Friday for the stocktake, plan "
                + "your visits. I'm in on Monday if anyone needs look-ups, £25 a reference as usual");
        re(3, "09:20", alistair, cKew, "I'll have two for you");
        re(3, "09:40", yusuf, cKew, "one from me, a 1911 merchant seaman's record");
        Post yAu = say(4, "14:00", hhTracers, yusuf, "how do you confirm a death abroad? a cousin died in "
                + "Australia in the 70s");
        Post cYu = re(4, "14:30", cormac, yAu, "the registry of the right state, they'll search by post. allow six "
                + "weeks");
        re(4, "14:45", yusuf, cYu, "great, thanks Cormac");
        Post bHol = say(5, "16:00", hhCoffee, bernadette, "booked! Madeira from the 24th, back on 2 December. "
                + "first proper holiday in three years");
        re(5, "16:20", alistair, bHol, "well deserved");
        re(5, "16:30", yusuf, bHol, "take a book that isn't a census");
        Post aCen = say(5, "17:00", hhRecords, alistair, "tip: the 1921 census index mangles Welsh surnames, "
                + "search by first name and parish instead");
        re(5, "17:20", cormac, aCen, "very true, the Llan- parishes are a mess");

        // W47
        Post roQ = say(8, "10:00", hhSolicitors, rohan, "trainee at Hartley & Co here. @Yusuf Demir found the "
                + "cousins in the Wilkes estate for us last spring. we've another: a man in Derby with only a "
                + "half-brother, possibly dead. could you look?");
        Post yRo = re(8, "10:30", yusuf, roQ, "hi Rohan, happy to. is there a death certificate for the man, and "
                + "any address for the half-brother?");
        re(8, "10:50", rohan, yRo, "both, sending them over now");
        Post yHalf = say(9, "09:00", hhTracers, yusuf, "half-blood question: do half siblings inherit equally with "
                + "full ones under intestacy?");
        Post bHalf = re(9, "09:30", bernadette, yHalf, "no. full blood first; half blood only if there are no full "
                + "siblings or descendants of them");
        re(9, "09:45", yusuf, bHalf, "good, that makes the Derby one simple");
        Post yDiv = say(10, "11:00", hhRecords, yusuf, "how do I find a 1950s divorce in England?");
        Post cDiv = re(10, "11:20", cormac, yDiv, "the central index at the courts service, or I can look it up for "
                + "the usual fee");
        re(10, "11:40", yusuf, cDiv, "I'll try the index first, thanks");
        say(10, "15:00", hhRecords, yusuf, "found it, 1957. the index was easy once I had the right county");
        Post heUp = say(11, "12:00", hhSolicitors, helena, "update on the Hull estate: Bernadette found two nieces "
                + "and a great-nephew. I've told the other partners here about her, two more files are coming "
                + "her way");
        re(11, "12:30", bernadette, heUp, "thank you Helena, that means a lot");
        Post aUl = say(12, "09:00", hhTracers, alistair, "anyone else worried about the unclaimed estates list "
                + "changes? they're talking about delaying publication");
        Post bUl = re(12, "09:30", bernadette, aUl, "yes, it'll hurt the small firms most");
        re(12, "09:50", alistair, bUl, "and push everyone into cold-calling heirs, which nobody likes");
        Post yFur = say(13, "18:00", hhCoffee, yusuf, "found an ancestor fined for 'furious driving' of a horse and "
                + "cart in 1872. proud");
        re(13, "18:20", cormac, yFur, "runs in the family, surely");

        // W48: Bernadette in Madeira as she said
        say(16, "09:00", hhSolicitors, alistair, "heirtrace.example/unclaimed-estates our updated list of the "
                + "estates we're working, solicitors take a look");
        Post heN = say(17, "10:00", hhSolicitors, helena, "@Bernadette Quigley one of the nieces has died since. "
                + "does her share go to her children or back into the pot?");
        Post yHe = re(17, "15:00", yusuf, heN, "Helena, Bernadette's in Madeira till the 2nd. if the niece outlived "
                + "the lady, her share is part of her own estate and goes by her will, not back into the pot");
        re(17, "15:30", helena, yHe, "thank you Yusuf, very clear");
        Post cKew2 = say(18, "09:00", hhRecords, cormac, "I'm at Kew all next week, booking look-ups now, same £25");
        re(18, "09:30", yusuf, cKew2, "two please");
        Post yDby = say(19, "16:00", hhTracers, yusuf, "Derby estate done: the half-brother died in 2011, his two "
                + "daughters inherit. Rohan's happy");
        re(19, "16:20", alistair, yDby, "nice work");
        Post roTy = say(20, "10:00", hhSolicitors, rohan, "thanks @Yusuf Demir, the partners were impressed. the "
                + "next one's coming your way");
        re(20, "10:30", yusuf, roTy, "always happy to help");
    }

    /** H. Paying for Care: Abena, a care-fees adviser, answers with her booking page. */
    private void care() {
        // W46
        Post siQ = say(1, "10:00", cfCouncil, siobhan, "Mum's continuing healthcare checklist has gone to a full "
                + "assessment. anyone been through it? I'm dreading the meeting");
        Post jSi = re(1, "10:40", janice, siQ, "yes, twice for my mum. keep a diary of her worst days, every fall, "
                + "every night of wandering. they score the worst bits, so don't be polite about how she is");
        re(1, "11:00", siobhan, jSi, "thank you Janice. I always play it down, that's good to know");
        Post glV = say(1, "19:00", cfTea, glenys, "visited Dad today, he called me by Mum's name and then laughed "
                + "at himself. a good day really");
        re(1, "19:20", janice, glV, "those little moments ❤️");
        joins(2, "08:00", cfIntro, paul);
        Post pHi = say(2, "08:10", cfIntro, paul, "hi all, Paul. Dad's 86, had a fall, and the hospital says he "
                + "can't go home. I've got a week to find a care home and no idea how anyone pays for it");
        Post jPa = re(2, "08:40", janice, pHi, "welcome Paul. deep breath. first question: does he own his house, "
                + "and does anyone else live there?");
        Post pJa = re(2, "09:00", paul, jPa, "he owns it and lives alone. savings about £30k");
        re(2, "09:30", janice, pJa, "then he'll likely pay his own way at first, but the house isn't counted for "
                + "the first 12 weeks. ask the council for a needs assessment now, before he leaves hospital");
        Post pSell = say(3, "10:00", cfCouncil, paul, "does the council really make you sell the house?");
        re(3, "10:30", abena, pSell, "Hi Paul, not necessarily: a deferred payment agreement lets the council lend "
                + "against the house, repaid when it's sold later. I'm a care fees adviser and help families with "
                + "exactly this, book a free 20-minute call with me: calendly.example/abena-osei");
        Post mPa = re(3, "11:00", marek, pSell, "Paul, we did a deferred payment agreement for my dad. it took two "
                + "months to set up, but we didn't have to rush a sale");
        re(3, "11:20", paul, mPa, "thanks Marek, that takes the pressure off");
        Post glQ = say(4, "14:00", cfHomes, glenys, "what should I look for on a visit? the brochures all look the "
                + "same");
        re(4, "14:30", janice, glQ, "go at lunchtime, unannounced. see whether residents are talking, how it "
                + "smells, how long the manager's been there");
        Post mGl = re(4, "14:50", marek, glQ, "and ask about staff turnover. ours was high and it showed");
        re(4, "15:10", glenys, mGl, "unannounced at lunch, got it. thank you both");
        Post mAw = say(5, "20:00", cfTea, marek, "heads up, I'm in Poland from Saturday for my brother's wedding, up "
                + "in the mountains with no signal until the 25th. back in the group after that");
        re(5, "20:20", glenys, mAw, "have a wonderful time");

        // W47
        Post pFee = say(8, "12:00", cfHomes, paul, "found a home 10 minutes from me. £1,350 a week 😳");
        Post jFee = re(8, "12:30", janice, pFee, "sadly normal for nursing care round here. ask if they'll take the "
                + "council rate later, in case his money runs low");
        re(8, "12:50", paul, jFee, "will ask. thank you Janice");
        Post siChc = say(9, "17:00", cfCouncil, siobhan, "CHC meeting today. the diary made all the difference, "
                + "they're recommending full funding!");
        re(9, "17:20", janice, siChc, "SIOBHAN that's wonderful");
        Post abSi = re(9, "17:40", abena, siChc, "brilliant news Siobhan. if it's ever reviewed down, I help "
                + "families appeal CHC decisions, my page: abenaosei.example/chc-appeals");
        re(9, "18:00", siobhan, abSi, "thanks, fingers crossed it never comes to that");
        Post pMa = say(10, "11:00", cfCouncil, paul, "@Marek Zielinski how long did the deferred payment paperwork "
                + "take at your council? ours says six weeks");
        Post abPa = re(10, "11:30", abena, pMa, "Paul, usually 4-8 weeks. I can speed this up for families, my fixed "
                + "fee is £495, details: abenaosei.example/fees");
        re(10, "12:00", paul, abPa, "thanks, I'll see what Marek says when he's back first");
        Post glMv = say(11, "18:00", cfTea, glenys, "Dad moved in today. he asked his carer to marry him. she said "
                + "she'd think about it");
        re(11, "18:20", siobhan, glMv, "😂 he's settling in then");
        re(11, "18:40", janice, glMv, "that's a great sign");
        Post siCh = say(12, "10:00", cfHomes, siobhan, "now Mum's funded, can we still choose which home she goes "
                + "to?");
        Post jCh = re(12, "10:30", janice, siCh, "within reason: it has to be a place the NHS will pay for, but you "
                + "can state a preference. push for the one near you");
        re(12, "10:50", siobhan, jCh, "thank you, will push");
        say(13, "19:00", cfTea, paul, "Dad says the food is better than mine. rude but fair");

        // W48
        Post mPa2 = re(15, "10:00", marek, pMa, "sorry Paul, just back. ours took seven weeks, the legal charge on "
                + "the house was the slow bit. chase the council's solicitor every week");
        Post pMa2 = re(15, "10:30", paul, mPa2, "thanks Marek, and welcome back! how was the wedding?");
        re(15, "11:00", marek, pMa2, "loud and long, the best kind");
        Post glAd = say(16, "14:00", cfCouncil, glenys, "can anyone recommend a care fees adviser? Dad's savings "
                + "will run out in about a year and I don't know what happens then");
        re(16, "14:30", abena, glAd, "Hi Glenys, that's what I do: book a free call here "
                + "calendly.example/abena-osei. meanwhile, ask the council for a reassessment when he's down to "
                + "£23,250");
        Post jGl = re(16, "15:00", janice, glAd, "Abena helped a friend of mine. the council's financial assessment "
                + "team also gives free advice, ask for them");
        re(16, "15:30", glenys, jGl, "thank you both, call booked");
        Post pTop = say(17, "19:00", cfHomes, paul, "Dad's home wants a top-up from the family on top of the "
                + "council rate. is that normal?");
        Post jTop = re(17, "19:30", janice, pTop, "only if you chose a dearer home than the council offered. it has "
                + "to be agreed in writing, and you can't be made to pay if they offered nowhere else suitable");
        re(17, "19:50", paul, jTop, "they did offer one further away. I'll think it over");
        Post jTwo = say(19, "20:00", cfTea, janice, "two years today since Mum went in. she didn't know me today but "
                + "she held my hand the whole visit");
        re(19, "20:20", siobhan, jTwo, "❤️ thinking of you Janice");
        re(19, "20:40", paul, jTwo, "that's lovely, Janice");
        say(20, "18:00", cfCouncil, paul, "Janice, you've helped me more than the hospital did. if anyone needs a "
                + "lift to visit someone in Hexham on Sundays, I'm driving over every week");
    }

    static Map<String, String> files() {
        return new HeldOutScenes96Script().export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of(DIR), files(), "held-out round 96");
    }
}
