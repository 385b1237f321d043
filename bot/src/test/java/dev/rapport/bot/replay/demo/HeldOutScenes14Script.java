package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Held-out round 14: eight communities over three weeks (2026-W06..W08, UTC), written and labelled blind before the
 * coach was run on them (labels in {@code eval/held-out-scenes-14.csv}). This round leans on busier channels: rooms
 * whose regulars all post the same way, so what a room is for shows in what its people do, not in its name.
 * Run {@link #main} from the project root to write {@code bot/src/test/resources/eval/held-out-scenes-14/}.
 */
final class HeldOutScenes14Script extends StoryScript {
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 2, 23, 7, 30, 0, 0, ZoneOffset.UTC);

    // A. Low End Theory: a music producers' feedback server (nobody sells).
    private final String guildA = cast.guild(451);
    private final Channel aLounge = cast.channel(guildA, "Low End Theory", "lounge", "off-topic, gear talk, say hi",
            "a-lounge.json");
    private final Channel aBooth = cast.channel(guildA, "Low End Theory", "the-booth",
            "bounces go here. leave notes on two before you post one", "a-the-booth.json");
    private final Channel aMix = cast.channel(guildA, "Low End Theory", "mixdown-help", "stuck on a mix? ask here",
            "a-mixdown-help.json");

    // B. Homelab Haven: a home-lab / self-hosting help server (nobody sells).
    private final String guildB = cast.guild(452);
    private final Channel bGeneral = cast.channel(guildB, "Homelab Haven", "general",
            "chat, memes, whatever you're tinkering with", "b-general.json");
    private final Channel bHelp = cast.channel(guildB, "Homelab Haven", "help-desk",
            "describe the problem, what you tried, paste logs via a paste site", "b-help-desk.json");
    private final Channel bRack = cast.channel(guildB, "Homelab Haven", "rack-notes",
            "what you broke or fixed in the lab today", "b-rack-notes.json");

    // C. Silver & Solder: a jewellery makers' circle selling online.
    private final String guildC = cast.guild(453);
    private final Channel cChatter = cast.channel(guildC, "Silver & Solder", "chatter",
            "general natter for makers and friends of the circle", "c-chatter.json");
    private final Channel cBench = cast.channel(guildC, "Silver & Solder", "on-the-bench",
            "what's on your bench today, photos and shop links welcome", "c-on-the-bench.json");
    private final Channel cPricing = cast.channel(guildC, "Silver & Solder", "pricing-and-shops",
            "etsy fees, pricing, photography, the business side", "c-pricing-and-shops.json");
    private final Channel cAsk = cast.channel(guildC, "Silver & Solder", "ask-a-maker",
            "buyers and newbies: ask the makers anything about materials, sizing, care", "c-ask-a-maker.json");
    private final Channel cSale = cast.channel(guildC, "Silver & Solder", "for-sale",
            "makers: list finished pieces here, one post per piece", "c-for-sale.json");

    // D. Bootstrapped Basement: a SaaS founders' community.
    private final String guildD = cast.guild(454);
    private final Channel dGeneral = cast.channel(guildD, "Bootstrapped Basement", "general",
            "founders hanging out. no pitching please", "d-general.json");
    private final Channel dHi = cast.channel(guildD, "Bootstrapped Basement", "say-hi", "new here? introduce yourself",
            "d-say-hi.json");
    private final Channel dNumbers = cast.channel(guildD, "Bootstrapped Basement", "friday-numbers",
            "MRR, churn, wins and faceplants", "d-friday-numbers.json");
    private final Channel dStack = cast.channel(guildD, "Bootstrapped Basement", "tools-and-stack",
            "billing, email, analytics: what are you using", "d-tools-and-stack.json");

    // E. Polyglot Pros: a freelance translators' guild.
    private final String guildE = cast.guild(455);
    private final Channel eLobby = cast.channel(guildE, "Polyglot Pros", "lobby", "water cooler for the guild",
            "e-lobby.json");
    private final Channel eIntro = cast.channel(guildE, "Polyglot Pros", "introductions",
            "introduce yourself: languages, specialisms, where you're based", "e-introductions.json");
    private final Channel eJobs = cast.channel(guildE, "Polyglot Pros", "jobs-board",
            "agencies and clients post work here; translators reply to the post", "e-jobs-board.json");
    private final Channel eTerms = cast.channel(guildE, "Polyglot Pros", "termbase-corner",
            "stuck on a term? ask the hive", "e-termbase-corner.json");
    private final Channel eRates = cast.channel(guildE, "Polyglot Pros", "rates-and-contracts",
            "what to charge, late payers, NDAs", "e-rates-and-contracts.json");

    // F. Tandem Tavern: a language-exchange server (nobody sells).
    private final String guildF = cast.guild(456);
    private final Channel fPlaza = cast.channel(guildF, "Tandem Tavern", "plaza",
            "say hi in any language", "f-plaza.json");
    private final Channel fDiario = cast.channel(guildF, "Tandem Tavern", "diario",
            "a few lines a day in the language you're learning. natives: corrections as replies", "f-diario.json");
    private final Channel fSay = cast.channel(guildF, "Tandem Tavern", "how-do-i-say", "ask how to say something",
            "f-how-do-i-say.json");

    // G. Fern & Fig: a plant shop's customer community.
    private final String guildG = cast.guild(457);
    private final Channel gNews = cast.channel(guildG, "Fern & Fig Plant Co.", "announcements",
            "restocks, shipping news and workshops from the Fern & Fig team", "g-announcements.json");
    private final Channel gGeneral = cast.channel(guildG, "Fern & Fig Plant Co.", "general", "plant people chat",
            "g-general.json");
    private final Channel gHelp = cast.channel(guildG, "Fern & Fig Plant Co.", "plant-help",
            "sick leaves? pests? ask the community and the team", "g-plant-help.json");
    private final Channel gOrders = cast.channel(guildG, "Fern & Fig Plant Co.", "order-help",
            "problem with an order? tag the team", "g-order-help.json");
    private final Channel gJungle = cast.channel(guildG, "Fern & Fig Plant Co.", "my-jungle",
            "your shelves, windowsills and new babies", "g-my-jungle.json");

    // H. Spoke & Sprocket: a local bike-repair co-op (nobody sells).
    private final String guildH = cast.guild(458);
    private final Channel hFloor = cast.channel(guildH, "Spoke & Sprocket Co-op", "workshop-floor",
            "co-op chat. open nights Tue/Thu 6-9", "h-workshop-floor.json");
    private final Channel hStand = cast.channel(guildH, "Spoke & Sprocket Co-op", "stand-notes",
            "what came through on your shift", "h-stand-notes.json");
    private final Channel hFix = cast.channel(guildH, "Spoke & Sprocket Co-op", "fix-my-bike",
            "describe the bike, the noise, and what you tried", "h-fix-my-bike.json");
    private final Channel hRota = cast.channel(guildH, "Spoke & Sprocket Co-op", "rota", "volunteer shifts and swaps",
            "h-rota.json");

    private final Role gStaff = cast.role("Staff", "#2e8b57", 3);
    private final Role gCustomer = cast.role("Verified Customer", "#c0a060", 2);

    // A
    private final Persona kofi = cast.person("kofi.beats", "Kofi Mensah");
    private final Persona marisol = cast.person("marisol_r", "Marisol Reyes");
    private final Persona dex = cast.person("dexharlan", "Dex Harlan");
    private final Persona ingrid = cast.person("ingrid.s", "Ingrid Solberg");
    private final Persona tomasz = cast.person("tomasz_dnb", "Tomasz Wrona");
    private final Persona ryder = cast.person("ryder.vance", "Ryder Vance");
    private final Persona june = cast.person("june_ok", "June Okafor");
    // B
    private final Persona priya = cast.person("priya.r", "Priya Raman");
    private final Persona wes = cast.person("wescutler", "Wes Cutler");
    private final Persona nadia = cast.person("nadia_f", "Nadia Farouk");
    private final Persona hugo = cast.person("hugo.lq", "Hugo Lindqvist");
    private final Persona gordon = cast.person("gpike", "Gordon Pike");
    private final Persona elliot = cast.person("elliot_m", "Elliot Marsh");
    private final Persona sam = cast.person("sam.oduya", "Sam Oduya");
    private final Persona lotte = cast.person("lotte.b", "Lotte Brink");
    // C
    private final Persona aoife = cast.person("aoife.makes", "Aoife Byrne");
    private final Persona bea = cast.person("bea.lindgren", "Bea Lindgren");
    private final Persona carmen = cast.person("carmen_vidal", "Carmen Vidal");
    private final Persona delphine = cast.person("delphine.roux", "Delphine Roux");
    private final Persona esme = cast.person("esme_beads", "Esme Taylor");
    private final Persona fiona = cast.person("fionagale", "Fiona Gale");
    private final Persona rashida = cast.person("rashida.c", "Rashida Coles");
    private final Persona tom = cast.person("tomwhitlow", "Tom Whitlow");
    private final Persona nell = cast.person("nell_a", "Nell Ashby");
    // D
    private final Persona hamid = cast.person("hamidq", "Hamid Qureshi");
    private final Persona sunniva = cast.person("sunniva.d", "Sunniva Dahl");
    private final Persona patrick = cast.person("pdoyle", "Patrick Doyle");
    private final Persona oleg = cast.person("oleg.markov", "Oleg Markov");
    private final Persona keiko = cast.person("keiko_a", "Keiko Arai");
    private final Persona brandon = cast.person("brandon.lyle", "Brandon Lyle");
    private final Persona lucy = cast.person("lucytran", "Lucy Tran");
    private final Persona raj = cast.person("raj.menon", "Raj Menon");
    // E
    private final Persona ines = cast.person("ines.carvalho", "Ines Carvalho");
    private final Persona paulina = cast.person("paulina.n", "Paulina Nowak");
    private final Persona rui = cast.person("rui_santos", "Rui Santos");
    private final Persona greta = cast.person("greta.holm", "Greta Holm");
    private final Persona viktor = cast.person("viktor.esch", "Viktor Esch");
    private final Persona mei = cast.person("meilin.zh", "Mei Lin");
    private final Persona samir = cast.person("samir.h", "Samir Haddad");
    // F
    private final Persona anneke = cast.person("anneke.dv", "Anneke de Vries");
    private final Persona bastien = cast.person("bastien_m", "Bastien Morel");
    private final Persona lucia = cast.person("lucia.ferrer", "Lucía Ferrer");
    private final Persona kenji = cast.person("kenji.sato", "Kenji Sato");
    private final Persona yui = cast.person("yui_t", "Yui Tanaka");
    private final Persona marco = cast.person("marco.bellini", "Marco Bellini");
    private final Persona olu = cast.person("olu.adeyemi", "Olu Adeyemi");
    private final Persona chloe = cast.person("chloe.mrtn", "Chloé Martin");
    // G
    private final Persona owen = cast.person("owen.ff", "Owen Pryce", gStaff);
    private final Persona pia = cast.person("pia.ff", "Pia Lund", gStaff);
    private final Persona harriet = cast.person("harriet.cole", "Harriet Cole", gCustomer);
    private final Persona quentin = cast.person("quentin.s", "Quentin Shaw", gCustomer);
    private final Persona sasha = cast.person("sasha.b", "Sasha Blum", gCustomer);
    private final Persona dora = cast.person("dora.kemp", "Dora Kemp", gCustomer);
    private final Persona ivy = cast.person("ivy.grant", "Ivy Grant");
    // H
    private final Persona ada = cast.person("ada.nwosu", "Ada Nwosu");
    private final Persona colm = cast.person("colm.r", "Colm Reilly");
    private final Persona benedikt = cast.person("bene.auer", "Benedikt Auer");
    private final Persona randy = cast.person("randy_k", "Randy Kowalski");
    private final Persona tess = cast.person("tess.h", "Tess Harper");
    private final Persona joon = cast.person("joon.park", "Joon Park");
    private final Persona maeve = cast.person("maeve.q", "Maeve Quinn");

    // Direct conversations (DiscordChatExporter files them under guild 0, named for the other side).
    private final Channel dmViktorMei = cast.dm(mei, "dm-viktor-mei.json");
    private final Channel dmBrandonRaj = cast.dm(raj, "dm-brandon-raj.json");

    private HeldOutScenes14Script() {
        super(new SceneIds(9200), LocalDate.of(2026, 2, 2), 21);
    }

    /** File name to content: every channel of the round, as the script writes it. */
    static Map<String, String> files() {
        HeldOutScenes14Script script = new HeldOutScenes14Script();
        script.write();
        return script.export(EXPORTED_AT);
    }

    public static void main(String[] args) throws IOException {
        ExportWriter.writeAll(Path.of("bot/src/test/resources/eval/held-out-scenes-14"), files(), "held-out round 14");
    }

    private void write() {
        lowEndTheory();
        homelabHaven();
        silverAndSolder();
        bootstrappedBasement();
        polyglotPros();
        tandemTavern();
        fernAndFig();
        spokeAndSprocket();
    }

    /** A. Producers posting bounces for notes; a newcomer asking for follows; a learner who only takes. */
    private void lowEndTheory() {
        Post k1 = say(1, "10:12", aBooth, kofi, "new one, lofi-ish, 84bpm. kick feels a bit buried to me "
                + "https://soundcloud.com/kofimensah/rainy-tram-84");
        Post m1 = re(1, "11:40", marisol, k1, "the kick is fine tbh, it's the pad eating everything around 200. "
                + "love the tram sample though");
        re(1, "12:05", kofi, m1, "ahh yeah. will notch it tonight, ty");
        Post m2 = say(2, "09:30", aBooth, marisol, "finished the bossa flip finally 🎉 "
                + "https://soundcloud.com/marisolreyes/bossa-flip-final");
        re(2, "10:02", dex, m2, "that bassline!! the swing is perfect").react("🔥", kofi);
        Post d1 = say(2, "19:20", aBooth, dex, "garage thing from sunday night, rough bounce "
                + "https://soundcloud.com/dexharlan/sunday-2step-rough");
        re(2, "20:01", ingrid, d1, "hats are a touch loud in the second drop but the vibe is there");
        Post i1 = say(3, "08:45", aBooth, ingrid, "ambient piece for a friend's short film "
                + "https://soundcloud.com/ingridsolberg/fjord-light");
        re(3, "09:10", tomasz, i1, "gorgeous. that reverb tail at 2:10 😍");
        Post t1 = say(3, "21:00", aBooth, tomasz, "drum & bass roller, been sitting on this one for months "
                + "https://soundcloud.com/tomaszwrona/night-bus-roller");
        re(3, "21:34", kofi, t1, "the reese is filthy in the best way");
        Post push = say(4, "13:00", aLounge, dex, "anyone else's push 2 pads going weird? mine double-trigger now");
        Post pushA = re(4, "13:12", ingrid, push, "mine did that. cleaning under the pads fixed it, takes like 20 min");
        re(4, "13:15", dex, pushA, "ok trying tonight thx");
        Post v1 = say(5, "18:00", aMix, june, "how do u get vocals to sit without them sounding thin?? i cut the "
                + "low end and they just vanish");
        Post v1a = re(5, "18:25", dex, v1, "you're probably cutting too high. HPF around 90-100, tiny shelf boost "
                + "at 200, then parallel comp underneath");
        re(5, "18:40", june, v1a, "omg ok thanks");
        Post swap = say(6, "11:00", aLounge, marisol, "sample swap this weekend anyone? i can trade my vinyl "
                + "crackle folder");
        re(6, "11:20", kofi, swap, "yes!! i've got field recordings from accra, market noise, rain on tin");
        re(6, "12:02", tomasz, swap, "in. I have a folder of old amen chops nobody asked for");
        say(7, "16:45", aLounge, ingrid, "snowed in, finally reading the manual for my synth lol");

        // Week 2: the booth goes on as usual; June asks every day; Ryder arrives.
        Post side = say(8, "10:00", aMix, june, "sidechain question: kick and bass still mud even with sidechain. "
                + "what am i doing wrong");
        Post sideA = re(8, "10:30", dex, side, "check the release, if it's too long the bass never comes back up. "
                + "start around 80ms, this explains it well https://www.youtube.com/watch?v=sc-release-basics . "
                + "does your bass have much going on under 60?");
        re(8, "10:45", june, sideA, "thx!!");
        Post cloud = say(8, "12:00", aMix, ingrid, "is it normal that my reverb sends make the mix cloudy on phone "
                + "speakers?");
        Post cloudA = re(8, "12:20", marisol, cloud, "yes! EQ the return, cut everything under 300 and a bit at 3k");
        re(8, "12:41", ingrid, cloudA, "that did it, thanks Mari");
        Post t2 = say(9, "09:15", aBooth, tomasz, "liquid one this time, goes half speed halfway through "
                + "https://soundcloud.com/tomaszwrona/half-speed-liquid");
        re(9, "09:50", marisol, t2, "the half speed switch gave me chills ngl");
        Post lim = say(9, "14:00", aMix, june, "whats a good free limiter");
        Post limA = re(9, "14:20", ingrid, lim, "LoudMax is free and decent. or honestly the stock one in most DAWs");
        re(9, "14:22", june, limA, "ty");
        say(9, "19:00", aLounge, ryder, "yo just found this server 🔥 i make trap beats, follow me on spotify "
                + "every follow helps fr https://open.spotify.com/artist/rydervancebeats");
        say(9, "19:03", aBooth, ryder, "@Kofi Mensah @Dex Harlan yo can u guys follow my spotify and save the new "
                + "single? https://open.spotify.com/artist/rydervancebeats");
        Post m3 = say(10, "09:40", aBooth, marisol, "quick one, chopped a choir sample into a little house loop "
                + "https://soundcloud.com/marisolreyes/choir-house-sketch");
        re(10, "10:15", dex, m3, "this needs to be a full track. asap");
        Post loud = say(10, "15:30", aMix, june, "my master is like -20 lufs how do ppl get it so loud");
        Post loudA = re(10, "15:55", dex, loud, "loudness is arrangement and mix first, limiter last. this is a good "
                + "primer https://www.youtube.com/watch?v=loudness-primer-mix . send a bounce and I'll listen");
        re(10, "16:05", june, loudA, "ok");
        Post tape = say(10, "16:00", aMix, kofi, "anyone good with tape saturation? drums sound flat and I can't "
                + "tell if I'm overdoing it");
        re(10, "16:20", ingrid, tape, "put it on the drum bus, not every drum. drive it till you hear it then back "
                + "off 2-3 dB");
        Post d2 = say(11, "20:10", aBooth, dex, "2-step with a proper bassline this time "
                + "https://soundcloud.com/dexharlan/wobble-2step-feb");
        re(11, "20:40", tomasz, d2, "that bassline moves, big fan");
        say(11, "10:00", aLounge, ryder, "NEW SINGLE OUT NOW 🔥🔥 stream it + follow pls 🙏 "
                + "https://open.spotify.com/track/ryder-icebox-single");
        Post welcome = say(11, "10:30", aLounge, marisol, "@Ryder Vance welcome! how it works here: post a bounce "
                + "in the booth and leave notes on two others. we don't really do follow-for-follow");
        Post heads = say(11, "21:00", aMix, marisol, "would love someone to check my low end on headphones, my "
                + "monitors lie to me https://soundcloud.com/marisolreyes/lowend-check");
        say(11, "21:10", aLounge, june, "lol my cat just walked over the keyboard and made a better beat than me");
        re(12, "08:30", kofi, heads, "on my headphones the sub is a bit hot around 45, rest sits nice");
        Post hats = say(12, "11:00", aMix, june, "how do u make hihats less harsh");
        Post hatsA = re(12, "11:30", kofi, hats, "a de-esser on the hats works weirdly well, try it");
        re(12, "11:32", june, hatsA, "ok cool");
        Post stems = say(12, "13:00", aMix, ingrid, "dumb question: do you bounce stems with or without the master "
                + "bus fx");
        Post stemsA = re(12, "13:20", tomasz, stems, "without. let whoever masters it decide");
        re(12, "13:25", ingrid, stemsA, "👍 makes sense");
        Post t3 = say(12, "22:00", aBooth, tomasz, "and a quick jungle edit I made for fun "
                + "https://soundcloud.com/tomaszwrona/amen-edit-feb");
        re(13, "10:05", kofi, t3, "the edits at 1:20 😂 ridiculous, love it");
        re(13, "12:00", ryder, welcome, "@Marisol Reyes bet. could u follow me on spotify too tho? would mean a lot");
        say(14, "15:00", aLounge, tomasz, "anyone going to the modular meetup on the 28th?");

        // Week 3: quieter.
        Post k2 = say(15, "09:00", aBooth, kofi, "rainy tram v2, notched the pad like Marisol said "
                + "https://soundcloud.com/kofimensah/rainy-tram-84-v2");
        re(15, "09:40", marisol, k2, "sooo much clearer!! the kick punches now");
        Post i2 = say(16, "18:30", aBooth, ingrid, "the film people picked this one for the credits "
                + "https://soundcloud.com/ingridsolberg/credits-theme");
        re(16, "19:00", dex, i2, "congrats!! deserved").react("🎉", kofi, tomasz);
        Post arr = say(17, "12:00", aMix, june, "how long should an intro be before the drop");
        re(17, "12:40", tomasz, arr, "depends on the genre. for dnb 16 or 32 bars, DJs need room to mix in");
        say(18, "20:00", aLounge, kofi, "gear swap idea for march? I have a spare audio interface");
        Post ep = say(18, "20:30", aLounge, kofi, "@Marisol Reyes the EP with rainy tram on it is up on bandcamp, "
                + "would you mind sharing it on your story? you've heard every track of it in the booth 😅 "
                + "https://kofimensah.bandcamp.com/album/tram-lines");
        re(18, "21:00", marisol, ep, "of course!! sharing now, so proud of you");
        say(19, "14:00", aLounge, dex, "ok the pad cleaning worked. push 2 is saved 🙌");
    }

    /** B. A help server with a room for lab notes; a question left hanging; one man's lab, told to nobody. */
    private void homelabHaven() {
        say(1, "09:00", bRack, sam, "moved the NAS into the hall closet, temps down 6°C and the fans finally shut up");
        say(1, "20:10", bRack, lotte, "proxmox 8 upgrade done on both nodes, zero drama for once");
        say(2, "08:30", bRack, nadia, "replaced the dying SSD in the pi cluster. restored from backup in 15 min, "
                + "so backups actually work 🎉");
        say(2, "21:00", bRack, hugo, "set up uptime kuma, now I get pinged when the printer vlan drops. which is "
                + "daily");
        Post tls = say(2, "22:00", bHelp, lotte, "what's the sane way to get TLS on internal-only services without "
                + "exposing anything to the internet?");
        re(2, "22:10", hugo, tls, "caddy with the DNS challenge, no open ports needed: "
                + "https://caddyserver.com/docs/automatic-https#dns-challenge");
        re(2, "22:12", hugo, tls, "if your domain is on cloudflare you need this plugin "
                + "https://github.com/caddy-dns/cloudflare");
        re(2, "22:14", hugo, tls, "traefik does the same thing if you prefer labels "
                + "https://doc.traefik.io/traefik/https/acme/");
        Post h4 = re(2, "22:16", hugo, tls, "and a writeup I found useful (not mine) on wildcard certs "
                + "https://blog.tinylabnotes.net/internal-wildcard-certs");
        re(2, "22:40", lotte, h4, "perfect, going with caddy. thank you!!");
        say(3, "07:50", bRack, priya, "wireguard tunnel to my parents' place is up. remote tech support for mum "
                + "unlocked");
        Post jf = say(3, "18:00", bHelp, wes, "jellyfin container keeps restarting every ~2 min, logs say permission "
                + "denied on /config. ubuntu 22, docker compose");
        say(3, "18:01", bHelp, wes, "already tried chmod 777 on the folder, no change");
        re(3, "18:30", nadia, jf, "777 won't help if the container runs as a different uid. what PUID/PGID are in "
                + "your compose file, and who owns /config on the host (ls -ln)?");
        say(4, "12:00", bGeneral, wes, "lmao my wife asked why the router has a name tag now");
        Post ha = say(4, "12:05", bGeneral, wes, "also who here runs home assistant bare metal vs in a VM");
        Post haA = re(4, "12:30", sam, ha, "VM on proxmox. snapshots before updates saved me twice");
        re(4, "12:34", wes, haA, "nice");
        say(5, "09:15", bGeneral, wes, "new rack shelf arrived, it's slightly too deep. classic");
        say(5, "17:00", bGeneral, priya, "that's me offline till monday, family thing 👋");
        say(5, "20:00", bHelp, elliot, "@Priya Raman you did the wireguard thing for your parents, was that wg-easy "
                + "or hand-written configs?");
        say(6, "10:30", bRack, sam, "swapped the noisy 40mm fan in the switch for a noctua. silence");
        say(6, "14:00", bGeneral, wes, "anyone selling a cheap 2.5g switch? asking for me");
        say(7, "11:00", bGeneral, lotte, "sunday project: finally documenting the network in a markdown file. "
                + "future me will thank me");

        // Week 2: Priya's busy lab week in the notes room; Gordon's lab told to the room.
        say(8, "08:40", bHelp, priya, "back! Elliot: hand-written configs. wg-easy is nice but I wanted to "
                + "understand it. happy to share my notes if you want");
        say(8, "09:00", bRack, priya, "nextcloud migrated from sqlite to postgres. pages load about twice as fast");
        say(8, "10:00", bGeneral, gordon, "I finally moved my whole media stack onto a single NUC. my power bill is "
                + "going to love me");
        say(8, "15:00", bGeneral, gordon, "my NUC idles at 7 watts now btw");
        say(8, "19:30", bRack, lotte, "vlan for the IoT junk is live. the smart fridge can no longer see my NAS");
        say(9, "09:00", bGeneral, gordon, "I've decided I'm done with Synology. my next NAS will be TrueNAS on a "
                + "box I build myself");
        say(9, "12:10", bRack, priya, "swapped the UPS battery, runtime back to 25 min");
        Post gDash = say(9, "18:00", bGeneral, gordon, "my dashboard is finally exactly how I want it. I spent the "
                + "whole weekend on my CSS");
        gDash.react("👍", sam);
        say(9, "21:45", bRack, priya, "broke DNS for an hour by fat-fingering a pihole regex. fixed. humbled.");
        Post dns = say(10, "08:20", bHelp, sam, "pihole + unbound: does anyone else see the first lookup after "
                + "idle take ~2s?");
        re(10, "08:50", priya, dns, "yes, that's unbound's cache going cold. turn on prefetch and serve-expired, "
                + "mine went to ~20ms");
        say(10, "11:00", bGeneral, gordon, "I run 43 containers now. personal record");
        say(10, "13:00", bRack, priya, "labelled every cable in the rack. took all lunch, worth it");
        say(10, "22:00", bGeneral, gordon, "just rewrote my whole ansible setup from scratch, I'm never configuring "
                + "my boxes by hand again");
        say(11, "13:00", bGeneral, gordon, "my backup plan: 3 copies, 2 media, 1 at my brother's. I sleep well");
        say(11, "18:00", bRack, priya, "restore test passed: full nextcloud restore in 40 min from the offsite copy");
        say(11, "19:10", bRack, nadia, "moved the pi cluster to k3s. it works and I don't know why yet");
        say(12, "08:00", bGeneral, gordon, "I ordered a 10gig switch for my rack. I don't need it, I want it");
        say(12, "12:30", bRack, priya, "put a smart plug on the modem so I can power-cycle it from my phone");
        Post vpn = say(12, "16:00", bHelp, elliot, "tailscale vs plain wireguard for a total beginner?");
        re(12, "16:30", priya, vpn, "tailscale to start, you'll have it working in 10 minutes. learn raw wireguard "
                + "later when you're curious");
        say(12, "19:00", bGeneral, gordon, "my wife says the rack is louder than the dishwasher. I disagree");
        say(13, "10:00", bGeneral, gordon, "thinking of writing up my setup, I have a lot of opinions about my "
                + "network layout");
        say(13, "11:30", bRack, priya, "seven days of zero alerts. suspicious.");
        say(13, "17:00", bRack, hugo, "replaced the printer vlan's cheap switch. zero pings from kuma since");
        say(14, "12:00", bGeneral, gordon, "my ups test went fine, 31 minutes runtime with my whole setup on it");

        // Week 3: Elliot mostly pastes links.
        say(15, "09:00", bGeneral, elliot, "https://arstechnica.com/gadgets/2026/02/cheap-mini-pcs-homelab/");
        say(15, "12:00", bGeneral, elliot, "this is wild https://www.theregister.com/2026/02/16/router_firmware_backdoor/");
        Post samN = say(15, "18:00", bRack, sam, "moved the 3d printer off wifi onto ethernet. octoprint stopped "
                + "dropping prints");
        say(16, "08:10", bGeneral, elliot, "https://news.ycombinator.com/item?id=43120011");
        Post lq = say(16, "10:00", bGeneral, lotte, "anyone else's proxmox backup jobs slower since 8.1?");
        re(16, "10:20", elliot, lq, "same here, mine went from 20 to 35 min");
        say(16, "14:00", bGeneral, elliot, "good read https://lwn.net/Articles/1009876/");
        say(17, "09:30", bGeneral, elliot, "https://www.servethehome.com/tiny-10gbe-switch-review/");
        Post sw = say(17, "10:00", bGeneral, gordon, "my 10gig switch arrived");
        re(17, "10:15", elliot, sw, "grats, post pics");
        say(17, "20:00", bGeneral, elliot, "lol https://xkcd.com/2347/");
        say(18, "13:00", bGeneral, elliot, "https://www.jeffgeerling.com/blog/2026/pi-nas-revisited");
        re(18, "14:00", elliot, samN, "ethernet fixes everything honestly");
        say(19, "09:00", bGeneral, elliot, "https://selfh.st/weekly/2026-02-20/");
        say(19, "11:00", bRack, lotte, "network doc is done, 14 pages. nobody will read it. I will read it.");
        say(20, "10:00", bRack, nadia, "k3s cluster survived its first node reboot without me touching anything");
    }

    /** C. Makers showing their pieces with shop links; one sale pushed everywhere; a maker who only talks shop. */
    private void silverAndSolder() {
        Post a1 = say(1, "09:20", cBench, aoife, "oxidised silver leaf studs, finally happy with the texture "
                + "https://www.etsy.com/listing/1590001/oxidised-leaf-studs");
        re(1, "10:00", carmen, a1, "that patina 😍 liver of sulphur or something else?");
        re(1, "10:30", aoife, a1, "liver of sulphur gel, then a brass brush");
        Post b1 = say(1, "15:40", cBench, bea, "hammered copper cuff, first one with the new stamp set "
                + "https://www.etsy.com/listing/1590114/hammered-copper-cuff");
        re(1, "16:05", esme, b1, "the stamps look so crisp!");
        Post c1 = say(2, "11:00", cBench, carmen, "opal inlay ring, took three tries to set the stone "
                + "https://www.etsy.com/listing/1590222/opal-inlay-ring");
        re(2, "11:30", delphine, c1, "three tries is nothing for inlay, it's beautiful");
        Post d1 = say(2, "17:10", cBench, delphine, "little moon pendants in recycled gold "
                + "https://delphineroux.com/shop/moon-pendant");
        re(2, "17:45", aoife, d1, "these are so sweet");
        Post e1 = say(3, "10:15", cBench, esme, "beaded tassel earrings in spring colours "
                + "https://www.etsy.com/listing/1590333/tassel-earrings-spring");
        re(3, "10:50", bea, e1, "the coral one!! 🌸");
        Post fees = say(3, "14:00", cPricing, bea, "is anyone else's etsy cut creeping past 12% once offsite ads "
                + "kick in?");
        Post feesA = re(3, "14:20", carmen, fees, "yes. I crossed 10k so I can't opt out anymore. I just price it in");
        re(3, "14:35", bea, feesA, "ugh. that's what I figured");
        say(3, "14:50", cPricing, aoife, "I moved my bestsellers to my own site for that reason, etsy is just the "
                + "shop window now");
        Post gf = say(4, "19:00", cAsk, rashida, "is gold-filled ok for sensitive ears or should I stick to solid "
                + "gold?");
        Post gfA = re(4, "19:30", bea, gf, "gold-filled is usually fine, the gold layer is thick. it's plated you "
                + "want to avoid if nickel bothers you");
        re(4, "19:45", rashida, gfA, "thank you, that helps a lot!");
        say(5, "12:00", cSale, delphine, "Moon pendant, 9ct recycled gold, 45cm chain. £145 "
                + "https://delphineroux.com/shop/moon-pendant");
        say(6, "10:00", cChatter, esme, "anyone doing the spring craft fair at the corn exchange?");
        say(6, "10:40", cChatter, aoife, "me! table 14, come say hi");
        say(7, "18:00", cChatter, carmen, "polished for 3 hours today, my wrists are done");

        // Week 2: the bench goes on; a code pushed into every room; a buyer's request answered.
        Post e2 = say(8, "10:00", cBench, esme, "wire-wrapped moonstone pendant, a commission for my sister "
                + "https://www.etsy.com/listing/1590444/moonstone-wire-wrap");
        re(8, "10:40", carmen, e2, "the wrap is so neat, your sister is lucky");
        Post b2 = say(8, "16:00", cBench, bea, "textured sterling stacking rings, set of 3 "
                + "https://www.etsy.com/listing/1590515/stacking-rings-set");
        re(8, "16:30", aoife, b2, "love the different textures together");
        say(9, "09:00", cChatter, fiona, "✨ SALE ✨ 15% off my whole shop this week with code SPARKLE15 "
                + "https://www.etsy.com/shop/FionaGaleJewels");
        say(9, "09:20", cBench, fiona, "code SPARKLE15 is on all week, treat yourself "
                + "https://www.etsy.com/shop/FionaGaleJewels");
        say(9, "11:00", cAsk, fiona, "shopping for valentine's? 15% off everything with SPARKLE15 💕 "
                + "https://www.etsy.com/shop/FionaGaleJewels");
        Post ring = say(10, "12:00", cAsk, tom, "does anyone here make engagement rings to order? budget around "
                + "£600, she loves sapphires");
        re(10, "12:40", delphine, ring, "I do! recycled gold and an ethically sourced sapphire is doable in that "
                + "budget, a simple solitaire starts around £520. DM me and I'll send you some sketches");
        re(10, "13:10", aoife, ring, "seconding Delphine, her settings are lovely. also check her ring size early, "
                + "it's the usual hiccup");
        re(10, "13:30", tom, ring, "thank you both, messaging Delphine now");
        say(11, "08:30", cChatter, fiona, "last 3 days of SPARKLE15!! https://www.etsy.com/shop/FionaGaleJewels");
        Post a2 = say(11, "14:00", cBench, aoife, "first try at granulation, tiny gold dots on silver "
                + "https://www.etsy.com/listing/1590601/granulation-studs");
        re(11, "14:20", esme, a2, "how do you even get them to stay put?!");
        re(11, "14:45", aoife, a2, "flux, patience and a lot of swearing");
        say(12, "11:00", cSale, delphine, "Sapphire stacking ring, 9ct recycled gold, size N. £180 "
                + "https://delphineroux.com/shop/sapphire-stacker");
        Post e3 = say(12, "16:00", cBench, esme, "and the matching ring for my sister's moonstone set "
                + "https://www.etsy.com/listing/1590445/moonstone-ring");
        re(12, "16:30", bea, e3, "a set! she's going to love it");
        say(13, "12:00", cChatter, bea, "kiln finally fixed, back in business");

        // Week 3: Carmen talks shop with makers all week while buyers' questions wait; Bea does both.
        Post photo = say(15, "09:00", cPricing, carmen, "how are you all photographing silver without it going grey? "
                + "my lightbox makes everything look dull");
        Post photoA = re(15, "09:20", bea, photo, "two diffused lights and a white card above it, the card is the "
                + "trick for silver");
        re(15, "09:35", carmen, photoA, "white card above, ok. trying it this afternoon");
        re(15, "09:50", delphine, photo, "I shoot on grey paper and fix white balance after, never in the box");
        re(15, "10:05", carmen, photo, "@Delphine Roux grey paper, interesting. do you edit in lightroom?");
        say(15, "10:20", cPricing, delphine, "@Carmen Vidal snapseed on my phone honestly");
        Post size = say(15, "18:00", cAsk, nell, "how do I find my ring size without going to a jeweller? buying "
                + "online for the first time");
        Post opal = say(16, "10:00", cAsk, rashida, "can opal rings get wet? I wash my hands a lot at work");
        Post pr = say(16, "10:30", cPricing, carmen, "raising prices 10% next month. anyone done that mid-season?");
        re(16, "10:50", aoife, pr, "I did in october, nobody blinked. email your regulars first");
        re(16, "11:05", carmen, pr, "@Aoife Byrne did you change the listings all at once or bit by bit?");
        say(16, "11:20", cPricing, aoife, "@Carmen Vidal all at once, on a monday");
        re(16, "12:00", bea, size, "wrap a strip of paper round the finger, mark it, measure the length and use a "
                + "size chart. measure at the end of the day, fingers swell");
        re(16, "12:30", nell, size, "oh that's easy, thank you!");
        Post bea2 = say(17, "09:00", cPricing, bea, "has anyone tried etsy's new gift-wrap option? worth it?");
        re(17, "09:30", carmen, bea2, "I tried it, mostly people want it for valentine's, turned it off after");
        re(17, "09:45", bea, bea2, "makes sense, I'll do it seasonally then");
        say(17, "14:00", cChatter, carmen, "@Esme Taylor are you doing the corn exchange fair too? we could split a "
                + "table");
        say(17, "14:30", cChatter, esme, "@Carmen Vidal yes!! let's split");
        say(17, "14:40", cChatter, carmen, "@Esme Taylor perfect, I'll book it tonight");
        re(17, "16:00", bea, opal, "Carmen's the opal person here, but from what I know solid opal is ok, doublets "
                + "shouldn't soak");
        say(18, "10:00", cPricing, carmen, "@Bea Lindgren the white card trick worked, thank you!! photos are so "
                + "much brighter");
        say(18, "10:15", cPricing, bea, "@Carmen Vidal yay, told you");
        say(18, "11:00", cChatter, bea, "anyone want to go halves on a bulk silver order? price breaks at 500g");
        say(18, "11:20", cChatter, delphine, "@Bea Lindgren me, 200g");
        say(18, "11:40", cChatter, bea, "@Delphine Roux great, I'll start a list");
        say(19, "15:00", cPricing, carmen, "@Aoife Byrne did your regulars complain at all about the price rise?");
        say(19, "15:30", cPricing, aoife, "@Carmen Vidal one did, then bought two things 😂");
        say(19, "15:40", cPricing, carmen, "@Aoife Byrne ha, perfect");
        say(19, "17:00", cAsk, bea, "@Nell Ashby and if you're between two sizes go up, too tight is worse than "
                + "too loose");
        say(20, "09:00", cChatter, bea, "bulk order list is up to 900g, closing it sunday night");
        say(20, "10:00", cAsk, rashida, "anyone? still wondering about the opal and water thing");
    }

    /** D. Founders posting weekly numbers; an agency pitching newcomers; a founder who talks only about himself. */
    private void bootstrappedBasement() {
        Post vat = say(2, "10:00", dGeneral, keiko, "how are people handling EU VAT on tiny amounts? paddle vs "
                + "stripe tax?");
        Post vatA = re(2, "10:40", patrick, vat, "paddle, purely so it's not my problem. the fee hurts below $10 "
                + "plans though");
        re(2, "11:00", keiko, vatA, "that's the tradeoff I was afraid of. thanks");
        re(2, "11:30", hamid, vat, "stripe tax here, works fine once it's set up, the setup is the painful bit");
        say(3, "15:00", dGeneral, oleg, "is anyone doing cold email in 2026 or is it fully dead");
        say(3, "15:20", dGeneral, sunniva, "@Oleg Markov dead for me, but I sell to designers, they hate email");
        say(3, "15:30", dGeneral, oleg, "@Sunniva Dahl ha, fair");
        Post land = say(4, "11:00", dGeneral, oleg, "would love eyes on my landing page headline before I ship v2. "
                + "\"Know when your pages break\" vs \"Uptime for every page you care about\"");
        re(4, "11:20", keiko, land, "first one. it says the pain");
        re(4, "11:40", sunniva, land, "first, but 'break' might scare non-devs. maybe 'go down'?");
        re(4, "12:00", oleg, land, "oh good point, thanks both");
        Post h1 = say(6, "09:00", dNumbers, hamid, "wk 31: $4,210 MRR (+$180), churn 2.1%. lost the biggest "
                + "customer to an acquisition, gained six small ones. I'll take it");
        Post s1 = say(6, "09:30", dNumbers, sunniva, "Tidyform week 14: $1,890 MRR, 11 trials, 3 converted. the "
                + "onboarding email rewrite is finally paying off");
        Post p1 = say(6, "10:10", dNumbers, patrick, "Ledgerly: flat at $7.6k. spent the week on SOC2 paperwork, "
                + "not product");
        Post o1 = say(6, "11:00", dNumbers, oleg, "PagePulse: $620 MRR, first annual plan sold 🎉");
        say(6, "12:30", dNumbers, keiko, "down $90 this week, two churns over pricing. raising anyway next month");
        re(6, "13:00", hamid, o1, "congrats on the annual!");
        re(6, "13:10", keiko, p1, "SOC2 weeks are the worst, hang in there");
        re(6, "13:30", oleg, s1, "3 of 11 is great for week 14");
        h1.react("👏", sunniva, oleg);

        // Week 2: newcomers, and the agency that greets them.
        say(8, "09:00", dHi, lucy, "hi all! Lucy, building a scheduling tool for dog groomers. pre-revenue, 40 on "
                + "the waitlist. mostly here to learn from people further along");
        Post lucyHi = say(8, "09:01", dHi, lucy, "also happy to share what I learn about selling to tiny local "
                + "businesses, it's a weird market");
        re(8, "09:40", hamid, lucyHi, "welcome Lucy! local service businesses are a great niche, they stay forever "
                + "once they're in");
        say(8, "11:00", dGeneral, brandon, "hey all, Brandon here, excited to be in the basement 👋");
        re(8, "11:20", brandon, lucyHi, "Welcome Lucy! we help early SaaS turn waitlists into paying users, usually "
                + "3x activation in 60 days. grab a 15-min call: https://cal.com/brandonlyle/intro");
        Post rajHi = say(9, "08:00", dHi, raj, "hey, Raj. solo dev, small uptime-monitoring SaaS, ~$300 MRR. "
                + "trying to figure out marketing as an engineer 😅");
        re(9, "08:30", sunniva, rajHi, "welcome Raj! marketing-as-an-engineer is half the people here");
        re(9, "08:45", raj, rajHi, "haha good to know");
        say(9, "13:00", dmBrandonRaj, brandon, "hey Raj, saw your intro. we run growth for small SaaS like yours, "
                + "happy to walk you through how we'd get you to $2k MRR. 15 min this week? "
                + "https://cal.com/brandonlyle/intro");
        say(9, "18:00", dmBrandonRaj, raj, "thanks, not looking for that right now 🙏");
        Post dun = say(10, "10:00", dStack, raj, "what do you all use for dunning / failed payment emails? stripe's "
                + "default ones are meh");
        Post dunA = re(10, "10:30", sunniva, dun, "I built a dunning module into Tidyform after my own churn mess, "
                + "free tier here if you want it https://tidyform.io/dunning . Churnkey is good too if you want "
                + "something bigger");
        re(10, "11:00", raj, dunA, "oh nice, trying the free tier tonight. thanks!");
        say(10, "15:00", dGeneral, brandon, "anyone need a hand with growth? we're taking 2 new SaaS clients this "
                + "month, DM me");
        Post ob = say(11, "09:00", dGeneral, lucy, "how did you all get your first 10 paying customers? genuinely "
                + "asking, I feel stuck");
        re(11, "09:30", keiko, ob, "I DMed every person who'd complained about the problem on reddit. 40 DMs, 6 "
                + "customers");
        re(11, "10:10", hamid, ob, "friends of friends, then one facebook group where my exact users were");
        re(11, "11:00", lucy, ob, "super helpful, thank you both");
        re(11, "14:00", hamid, vat, "update from my side: stripe tax finally filed my first OSS return without me "
                + "crying");
        Post h2 = say(13, "09:00", dNumbers, hamid, "wk 32: $4,390 MRR, +$180 again, I'm weirdly consistent. I "
                + "shipped my new onboarding flow and my activation went from 31% to 44%. I also finally let my "
                + "worst customer go and my support inbox is half what it was. my plan for next week is annual "
                + "pricing, I've put it off for a year");
        Post s2 = say(13, "09:40", dNumbers, sunniva, "Tidyform wk 15: $1,960 MRR. dunning module saved 4 failed "
                + "payments this week");
        say(13, "10:30", dNumbers, oleg, "PagePulse: $655. v2 landing page goes live next week");
        say(13, "11:00", dNumbers, keiko, "back up $140 after the price change, zero complaints");
        say(13, "11:30", dNumbers, patrick, "Ledgerly: $7.9k, SOC2 audit booked");
        re(13, "12:00", keiko, h2, "31 → 44 is huge. what changed in the flow?");
        re(13, "12:30", hamid, h2, "@Keiko Arai I cut it from 7 steps to 3 and pre-filled a sample project. I "
                + "stole the idea from Sunniva honestly");
        re(13, "13:00", hamid, s2, "the dunning thing is such a smart wedge");

        Post dog = say(12, "15:00", dGeneral, lucy, "anyone sold to groomers / salons? they don't answer email, do I "
                + "just walk in?");
        re(12, "15:30", oleg, dog, "walk in on a tuesday morning, it's their quietest. bring a one-pager");
        re(12, "15:45", lucy, dog, "tuesday morning, got it. thank you!");
        // Week 3: Patrick's news, in every room.
        say(16, "09:00", dGeneral, patrick, "big week for me: I closed my first enterprise deal. my accountant "
                + "cried, I cried. I still do my own support, my team is two people");
        Post pp = say(17, "10:00", dGeneral, patrick, "I keep rewriting my pricing page. I changed my headline 4 "
                + "times this week. my conversion is up but I'm not sure if it's my headline or my new logo");
        Post congr = re(17, "11:00", oleg, pp, "congrats on the deal Patrick! how long was the sales cycle?");
        re(17, "11:30", patrick, congr, "thanks! my cycle was 4 months, I did every call myself, my CTO joined for "
                + "one. I think my SOC2 work is what closed it. I'm going to write up my whole process on my blog");
        say(18, "09:30", dGeneral, patrick, "my podcast interview is out tomorrow, I talk about my bootstrapping "
                + "story and all my mistakes. I'll share it when it's up");
        Post us = say(18, "14:00", dGeneral, keiko, "anyone tried usage-based pricing for a small B2B tool?");
        re(18, "14:30", hamid, us, "tried, reverted. my customers hated not knowing the bill in advance");
        say(19, "16:00", dGeneral, patrick, "I realised my onboarding is my weakest part. I'm rebuilding my whole "
                + "flow next week, my goal is 50% activation, I think I can get there by myself");
        say(20, "10:00", dNumbers, oleg, "v2 is live, thanks everyone who looked at the drafts "
                + "https://pagepulse.app/changelog/v2");
        say(20, "10:30", dNumbers, patrick, "Ledgerly: $9.4k with the enterprise deal. my best week ever, I'm "
                + "still processing it");
        say(20, "11:00", dNumbers, sunniva, "wk 16: $2,040. crossed 2k!");
        say(20, "12:00", dGeneral, patrick, "my podcast episode is up, I'm really proud of how my story came out "
                + "https://podcasts.apple.com/podcast/bootstrapped-basement-ep88");
        Post grm = say(20, "14:00", dGeneral, lucy, "update: walked into 5 salons, 2 want a demo 🎉");
        re(20, "14:20", oleg, grm, "told you, tuesday mornings 😄 congrats!");
        say(21, "09:00", dGeneral, patrick, "I'm taking my first weekend off in months. my phone is in a drawer");
    }

    /** E. Translators answering job posts; a newcomer sold to by DM; a client's question left hanging. */
    private void polyglotPros() {
        say(1, "08:30", eLobby, viktor, "morning all. third coffee and it's not even nine");
        say(1, "08:45", eLobby, samir, "@Viktor Esch rookie numbers");
        joins(1, "09:50", eIntro, mei);
        Post meiHi = say(1, "10:00", eIntro, mei, "Hi everyone! I'm Mei, ZH>EN, just finished my MA and based in "
                + "Manchester. games and subtitles mostly. hoping to learn a lot from you all");
        re(1, "10:30", paulina, meiHi, "welcome Mei! the games people hang out in termbase-corner, come say hi");
        re(1, "10:45", mei, meiHi, "thank you!! will do");
        say(2, "09:00", dmViktorMei, viktor, "Hi Mei, welcome to the guild. saw you're just starting out. I do CV "
                + "and sample reviews for new translators, €60 a session, and I can get your profile agency-ready "
                + "in a week. book here: https://calendly.com/viktoresch/review");
        say(2, "19:00", dmViktorMei, mei, "oh, thanks for thinking of me. I'll have a think");
        Post job1 = say(2, "11:00", eJobs, greta, "Looking for PT-BR > EN, e-commerce product copy, ~8k words, due "
                + "the 12th. reply here with your rate and a relevant sample please");
        re(2, "11:40", ines, job1, "Hi Greta, available from Monday. 0.11 EUR/word, e-commerce samples in my "
                + "portfolio: https://inescarvalho.pt/portfolio");
        re(2, "12:10", rui, job1, "also available, 0.10/word, I did a lot of fashion retail last year");
        re(2, "15:00", greta, job1, "thanks both, going with Ines for this one, Rui I'll keep you in mind");
        Post lh = say(3, "10:00", eTerms, rui, "how are you rendering 'Lastenheft' vs 'Pflichtenheft'? requirements "
                + "spec vs functional spec?");
        Post lhA = re(3, "10:30", paulina, lh, "that's how I do it, and I add the German in brackets on first use, "
                + "engineers on the client side like that");
        re(3, "10:40", rui, lhA, "good call, thanks");
        Post job2 = say(4, "14:00", eJobs, samir, "small one: need a PT>EN proofreader for a 2k-word lease "
                + "agreement, by Friday");
        re(4, "14:30", ines, job2, "I can take it. legal is half my work, portfolio is here: "
                + "https://inescarvalho.pt/portfolio");
        re(4, "15:00", samir, job2, "great, sending it over");
        Post late = say(5, "11:00", eRates, samir, "client is 60 days late on an invoice. do you charge late fees or "
                + "just chase?");
        re(5, "11:20", paulina, late, "late fee clause in every contract since 2022. I rarely apply it, but it makes "
                + "them pay faster");
        re(5, "11:45", viktor, late, "statutory interest, in the EU you're entitled to it, mention it politely");
        Post cat = say(5, "15:00", eLobby, rui, "trados or memoq in 2026? my trados licence is up for renewal and "
                + "the price made me cough");
        re(5, "15:30", samir, cat, "memoq, switched two years ago and never looked back");
        re(5, "15:50", paulina, cat, "trados because two agencies insist on it, sadly");
        re(5, "16:10", rui, cat, "ugh, same problem. guess I'm paying");
        say(6, "10:00", eLobby, ines, "saturday proofreading with the cat on the keyboard, send help");
        say(7, "11:00", eTerms, rui, "@Paulina Nowak quick one while I think of it: in PL legal texts, is 'umowa "
                + "zlecenia' ever rendered as 'contract of mandate' or do you always gloss it?");

        // Week 2: a client waits on Ines.
        say(8, "09:10", eTerms, paulina, "Rui: 'contract of mandate (umowa zlecenia)' on first use, then the short "
                + "form. never leave it unglossed, UK readers assume employment");
        say(8, "09:30", eTerms, rui, "perfect, that's what I hoped. dzięki!");
        Post job3 = say(9, "10:00", eJobs, greta, "New one: EN > PT-BR marketing site, ~5k words, tight deadline");
        Post inesYes = re(9, "10:20", ines, job3, "interested! I have a slot from Wednesday");
        re(9, "11:00", greta, inesYes, "@Ines Carvalho great. can you do all 5k by Thursday 17:00? and is it the same "
                + "0.11/word as last time?");
        say(10, "08:30", eLobby, ines, "anyone else drowning in tax forms this week 😩");
        say(10, "08:50", eLobby, samir, "@Ines Carvalho always. my accountant sends me memes now");
        Post game = say(10, "12:00", eTerms, mei, "how do people handle item names in games when the ZH pun doesn't "
                + "work in EN? keep, rename or footnote?");
        re(10, "12:30", samir, game, "rename and keep a glossary for the client, footnotes in games are a no");
        re(10, "12:45", ines, game, "+1 to Samir. and ask if they have a style guide, some studios want the pinyin");
        re(10, "13:00", mei, game, "thank you both, that helps so much");
        say(11, "16:00", eRates, ines, "does anyone put a rush fee in for under 48h? thinking 25%");
        say(11, "16:20", eRates, paulina, "@Ines Carvalho 30% here, nobody has ever argued");
        say(11, "16:25", eRates, ines, "@Paulina Nowak ok, going 30 then");
        say(12, "10:00", eJobs, greta, "closing the PT-BR marketing job, went with another translator. thanks all");
        say(12, "14:00", eLobby, viktor, "friday. no deadlines until tuesday. bliss");

        // Week 3: an ordinary week.
        Post abbr = say(16, "09:30", eTerms, samir, "AR>EN: do you keep 'Hijri' dates or convert them in official "
                + "certificates?");
        re(16, "10:00", viktor, abbr, "keep the original and add the Gregorian in brackets, that's what courts here "
                + "want");
        re(16, "10:30", samir, abbr, "thanks Viktor");
        say(17, "11:00", eLobby, mei, "got my first paid subtitle job!! thanks for the tips everyone 🎉")
                .react("🎉", paulina, samir, ines);
        Post sub = say(18, "13:00", eTerms, rui, "subtitle folks: max characters per line for netflix EN, 42?");
        re(18, "13:20", mei, sub, "42, and 2 lines max. their timed text style guide has it all");
        re(18, "13:40", rui, sub, "thanks Mei!");
        Post job4 = say(18, "15:00", eJobs, greta, "PL > EN, HR policy handbook, 12k words, March. rates + sample "
                + "please");
        re(18, "15:30", paulina, job4, "interested, 0.10/word, HR samples on request");
        Post rate = say(16, "14:00", eRates, mei, "beginner question: what's a fair per-minute rate for subtitling "
                + "ZH>EN? an agency offered €3/min and it feels low");
        re(16, "14:30", paulina, rate, "it is low. €6-10/min is more usual for a language pair like yours, with "
                + "spotting included");
        re(16, "15:00", viktor, rate, "it's low, push back with €7 and a reason (spotting, research time). and if "
                + "you ever want someone to look over your rate card I do sample reviews, you know where I am");
        re(16, "15:20", mei, rate, "thank you both, I'll counter at 7");
        say(17, "11:30", eLobby, rui, "@Mei Lin congrats!! first of many");
        Post nda = say(19, "09:00", eRates, ines, "anyone sign NDAs that ban using a CAT tool's cloud features? how "
                + "do you handle it");
        re(19, "09:40", samir, nda, "offline project in memoq, and I tell them in writing that's what I do");
        re(19, "10:00", ines, nda, "good idea, thanks Samir");
        say(19, "10:00", eRates, samir, "update: the late client paid, with interest. thanks for the push Viktor");
    }

    /** F. Learners writing daily entries, natives correcting; one learner who never corrects back; a course sold. */
    private void tandemTavern() {
        Post an1 = say(1, "08:00", fDiario, anneke, "Hoy fui al mercado y compré naranjas. Mi vecina me habló en "
                + "español y entendí casi todo!");
        re(1, "09:30", lucia, an1, "¡Muy bien! todo correcto. solo: 'casi todo' sin tilde problemas, perfecto 👏");
        Post ke1 = say(1, "12:00", fDiario, kenji, "Ayer yo trabajé mucho y después comí ramen con mi hermano.");
        re(1, "13:00", lucia, ke1, "perfecto! en español casi nunca decimos 'yo' aquí: 'Ayer trabajé mucho...'");
        re(1, "13:20", kenji, ke1, "ah, entendido. gracias Lucía!");
        Post yu1 = say(2, "07:30", fDiario, yui, "Aujourd'hui je suis allée à la bibliothèque. J'ai lu un livre de "
                + "Camus, c'était difficile.");
        re(2, "10:00", chloe, yu1, "parfait ! juste 'un livre de Camus' → 'un Camus' se dit aussi, c'est plus naturel");
        Post ol1 = say(2, "18:00", fDiario, olu, "Hoje eu cozinhei feijoada pela primeira vez. Ficou salgada demais "
                + "haha");
        ol1.react("😂", anneke, kenji);
        Post ba1 = say(3, "09:00", fDiario, bastien, "きょうは がっこうに いきました。ともだちと ひるごはんを "
                + "たべました。");
        re(3, "10:15", kenji, ba1, "いいですね！ ぜんぶ ただしいです。'ともだちと いっしょに' でも OK");
        re(3, "11:00", bastien, ba1, "merci Kenji!");
        say(3, "20:00", fPlaza, olu, "olá a todos! anyone here native in Portuguese? my tandem partner vanished");
        say(3, "20:30", fPlaza, lucia, "@Olu Adeyemi not me, but there's a Brazilian guy who pops in on weekends");
        Post an2 = say(4, "08:10", fDiario, anneke, "Esta mañana llovió mucho. Me quedé en casa y leí un libro de "
                + "Isabel Allende.");
        re(4, "09:00", lucia, an2, "muy natural! 👌");
        Post help1 = say(4, "16:00", fSay, yui, "how do you say 'it can't be helped' in French? like 仕方ない");
        re(4, "16:30", chloe, help1, "'c'est comme ça' or 'on n'y peut rien', the second is closer");
        re(4, "16:40", yui, help1, "merci Chloé!!");
        Post ke2 = say(5, "12:30", fDiario, kenji, "Mañana voy a Kioto con mis padres. Estoy muy emocionado.");
        re(5, "13:30", lucia, ke2, "perfecto, y que lo pases bien en Kioto!");
        say(6, "10:00", fDiario, olu, "Hoje fui correr no parque. Estava muito frio!");
        Post ba2 = say(6, "11:00", fDiario, bastien, "しゅうまつは えいがを みました。とても おもしろかったです。");
        re(6, "12:00", yui, ba2, "じょうず！ 'おもしろかった' is perfect");
        say(7, "19:00", fPlaza, anneke, "first week with a daily entry streak, this server is great for motivation");

        // Week 2: Bastien gets help every day and gives none; Kenji is away for exams.
        Post an3 = say(8, "08:00", fDiario, anneke, "Hoy empecé un curso de cerámica. Mi taza salió torcida pero me "
                + "gusta.");
        re(8, "08:40", lucia, an3, "jaja me encanta. todo correcto");
        Post ba3 = say(8, "09:30", fDiario, bastien, "きのう わたしは ともだちの いえに いきましたが、ともだちは "
                + "いませんでした。");
        re(8, "10:30", kenji, ba3, "ほぼ完璧！ 'いえに いきましたが' good. 'ともだちは いませんでした' also good 👍");
        re(8, "10:40", bastien, ba3, "thx");
        Post yu2 = say(8, "12:00", fDiario, yui, "Hier, j'ai rencontré une amie au café. Nous avons parlé pendant "
                + "trois heures.");
        re(8, "13:00", chloe, yu2, "parfait, rien à corriger ! 'pendant trois heures' 👌");
        say(9, "07:45", fPlaza, kenji, "exam week, I'm offline until Thursday 🙇 see you all then");
        Post an4 = say(9, "08:00", fDiario, anneke, "Mi hermana vino a visitarme. Cocinamos paella juntas, "
                + "aunque yo solo corté las verduras.");
        re(9, "09:00", lucia, an4, "jaja muy bien. 'solo corté' perfecto");
        Post look = say(9, "15:00", fSay, bastien, "how do I say 'I'm looking forward to it' casually in JP?");
        Post lookA = re(9, "15:20", yui, look, "楽しみ！ or 楽しみにしてる, both very casual");
        re(9, "15:25", bastien, lookA, "merci");
        say(10, "09:00", fSay, bastien, "@Kenji Sato is it は or が in 'ぼく_やります' when I volunteer for "
                + "something?");
        Post an5 = say(10, "08:00", fDiario, anneke, "Hoy no hice nada especial. Trabajé, cené y vi una serie en "
                + "español sin subtítulos.");
        an5.react("👏", lucia);
        Post ba4 = say(10, "11:00", fDiario, bastien, "あした にほんごの しけんが あります。すこし しんぱいです。");
        Post ba4A = re(10, "12:10", yui, ba4, "がんばって！ all correct. maybe 'ちょっと しんぱい' is more natural");
        re(10, "12:15", bastien, ba4A, "thx");
        Post fr = say(10, "19:00", fSay, yui, "French speakers: 'je me suis souvenue de' or 'je me suis rappelé de'? "
                + "🙏");
        say(10, "19:20", fPlaza, bastien, "lol the snow here is crazy, 30cm overnight");
        say(10, "19:30", fPlaza, olu, "@Bastien Morel where are you?? jealous");
        say(10, "19:35", fPlaza, bastien, "@Olu Adeyemi grenoble haha");
        Post an6 = say(11, "08:05", fDiario, anneke, "Fui al cine con mis compañeros de trabajo. La película era "
                + "triste pero bonita.");
        re(11, "08:45", lucia, an6, "muy bien, y 'compañeros de trabajo' perfecto");
        re(11, "09:00", chloe, fr, "'je me suis souvenue de' ✔ ; 'se rappeler' takes no 'de': 'je me suis rappelé ça'");
        re(11, "09:10", yui, fr, "ahh that's the mistake I always make. merci beaucoup");
        Post keigo = say(11, "14:00", fSay, bastien, "when do I switch from です/ます to casual with a tandem "
                + "partner?");
        Post keigoA = re(11, "14:30", yui, keigo, "when they switch first, or just ask 'タメ口でいい？' 😄");
        re(11, "14:35", bastien, keigoA, "ok");
        say(12, "10:00", fSay, kenji, "back! Bastien: が, because you're stressing who will do it, 'I'm the one who "
                + "will do it'");
        Post yu3 = say(12, "11:00", fDiario, yui, "Ce matin, je me suis levée tôt pour voir le lever du soleil. "
                + "C'était magnifique, mais j'avais froid.");
        say(12, "11:15", fPlaza, bastien, "anyone watching the six nations this weekend?");
        re(12, "12:30", chloe, yu3, "magnifique, tout est juste !");
        Post an7 = say(12, "08:00", fDiario, anneke, "Mañana es sábado y voy a dormir hasta las diez. Estoy "
                + "cansadísima.");
        re(12, "09:30", lucia, an7, "jaja te lo mereces");
        say(13, "10:00", fDiario, anneke, "Hoy caminé por la playa con mi perro. Hacía viento pero estaba feliz.");
        say(14, "10:00", fDiario, anneke, "Domingo tranquilo. Escribí una carta a mi abuela en español, ella no "
                + "habla español jaja.");
        say(14, "11:00", fPlaza, anneke, "two weeks streak! gracias Lucía for all the corrections");

        // Week 3: an Italian course offered to the room.
        say(15, "09:00", fPlaza, marco, "Ciao a tutti! I teach Italian online 🇮🇹 my course 'Italiano in 30 "
                + "giorni' is 50% off this week, DM me for the code");
        Post ol2 = say(15, "18:00", fDiario, olu, "Hoje eu encontrei um parceiro de tandem novo. Ele é de Recife!");
        ol2.react("🎉", anneke);
        Post pt = say(16, "10:00", fSay, olu, "how do you say 'no worries' in Portuguese? Brazilian style");
        re(16, "11:00", lucia, pt, "I think 'de boa' or 'tranquilo', but wait for a Brazilian 😅");
        say(17, "12:00", fSay, marco, "anyone learning Italian? my course is half price till Sunday, 12 lessons for "
                + "€39, DM me 😊");
        Post ba5 = say(17, "13:00", fDiario, bastien, "らいしゅう にほんに いきます！");
        re(17, "14:00", kenji, ba5, "すごい！ たのしんで！");
        Post an8 = say(18, "08:00", fDiario, anneke, "Mi taza de cerámica por fin está terminada. Es fea pero es mía.");
        re(18, "09:00", lucia, an8, "'es fea pero es mía' 😂 perfecto");
        say(19, "09:00", fPlaza, marco, "last 2 days for 50% off my Italian course!! DM me 🇮🇹");
        say(20, "10:00", fDiario, kenji, "El fin de semana pasado fui a un restaurante español en Osaka. La paella "
                + "estaba buenísima.");
    }

    /** G. A plant shop's own server: shelf photos, staff news, a customer's order problem left waiting. */
    private void fernAndFig() {
        say(1, "09:00", gNews, pia, "Restock Thursday: variegated string of hearts, hoyas and a few Thai "
                + "Constellation monsteras 🌿");
        Post q1 = say(1, "18:00", gJungle, quentin, "new shelf layout, the pothos is finally trailing "
                + "https://i.imgur.com/qsShelf01.jpeg");
        re(1, "18:30", ivy, q1, "that trail!! 😍");
        Post cal = say(2, "11:00", gHelp, dora, "my calathea's leaves curl up every afternoon. too much sun?");
        Post calA = re(2, "11:40", pia, cal, "usually thirst or dry air, they curl to save water. check the soil 2cm "
                + "down and keep it away from the radiator");
        re(2, "11:50", dora, calA, "radiator. it's right next to the radiator. thank you!");
        Post iv1 = say(2, "19:00", gJungle, ivy, "my monstera's first split leaf!!! https://i.imgur.com/ivyMon01.jpeg");
        re(2, "19:20", harriet, iv1, "the first fenestration is the best feeling");
        say(3, "08:30", gNews, pia, "Shipping note: we hold live plants on days below -2°C. if yours is held we'll "
                + "email you, nothing to do on your side");
        Post h1 = say(3, "17:00", gJungle, harriet, "the hoyas in their winter spot on the kitchen windowsill "
                + "https://i.imgur.com/hcHoya01.jpeg");
        re(3, "17:30", sasha, h1, "so healthy! what mix are they in?");
        re(3, "17:45", harriet, h1, "orchid bark, perlite and a bit of coir");
        Post hw = say(4, "10:00", gHelp, harriet, "@Pia Lund how often do you water hoyas in winter? mine are "
                + "sulking a bit");
        re(4, "11:30", pia, hw, "every 2-3 weeks in winter, only when the leaves feel a bit soft. sulking is normal "
                + "till march");
        say(4, "12:00", gNews, pia, "Thai Constellations are live on the site now, 6 in stock");
        Post d1 = say(5, "20:00", gJungle, dora, "calathea corner, even the crispy one "
                + "https://i.imgur.com/dkCala01.jpeg");
        re(5, "20:30", quentin, d1, "the crispy one has character");
        Post sb1 = say(6, "10:00", gJungle, sasha, "propagation station is getting out of hand 🌱 "
                + "https://i.imgur.com/sbProp01.jpeg");
        sb1.react("😍", ivy, dora);
        say(6, "12:00", gNews, pia, "Repotting workshop on 21 Feb in the shop, 6 seats left. sign up at the till or "
                + "on the site");
        Post soil = say(5, "13:00", gGeneral, dora, "does anyone make their own aroid mix or just buy the shop one?");
        re(5, "13:30", harriet, soil, "I make mine, bark, perlite, coir, a handful of charcoal");
        re(5, "13:45", ivy, soil, "shop one, I'm lazy 😂");
        re(5, "14:00", dora, soil, "ha ok, lazy it is");
        say(7, "15:00", gGeneral, ivy, "who else is spending their sunday wiping leaves");
        say(7, "15:20", gGeneral, dora, "@Ivy Grant guilty 🙋");

        // Week 2: a customer's order problem waits on Owen, who is busy elsewhere.
        Post h2 = say(9, "10:00", gOrders, harriet, "@Owen Pryce my Thai Constellation (order FF-2291) arrived "
                + "yesterday with the nursery pot cracked and soil everywhere. the plant looks ok. could you send a "
                + "new pot or should I just repot it myself?");
        say(9, "14:00", gNews, owen, "Valentine's bundles are live: a hoya plus a ceramic pot for £34 🌿");
        Post q2 = say(9, "18:00", gJungle, quentin, "the macramé hanger I made for the string of hearts, I sell these "
                + "on etsy if anyone's curious https://i.imgur.com/qsMacrame.jpeg");
        re(9, "18:30", dora, q2, "gorgeous, those knots!");
        re(9, "18:40", quentin, q2, "thanks! took me a whole evening");
        Post ivQ = say(10, "09:30", gHelp, ivy, "tiny white fluff on my hoya stems. mealybugs?");
        Post ivA = re(10, "10:15", owen, ivQ, "yep, mealybugs. cotton bud with rubbing alcohol on each one, then "
                + "neem weekly for a month. isolate it");
        re(10, "10:30", ivy, ivA, "ugh, ok. isolating. thanks Owen");
        say(10, "16:00", gGeneral, owen, "who's coming to the workshop on the 21st? bring your ugliest plant");
        say(10, "16:20", gGeneral, dora, "@Owen Pryce me, with my crispy calathea");
        Post h3 = say(11, "11:00", gOrders, harriet, "@Owen Pryce just bumping this, no rush but the soil is drying "
                + "out in a bag 🙏");
        say(11, "13:00", gNews, owen, "Restock Friday: more hoyas, string of turtles and the big fiddle leafs");
        Post d2 = say(11, "19:00", gJungle, dora, "repotted the crispy calathea away from the radiator, look at it "
                + "now https://i.imgur.com/dkCala02.jpeg");
        re(11, "19:20", harriet, d2, "what a comeback!");
        Post q3 = say(12, "17:00", gJungle, quentin, "repotted the fiddle leaf, wish it luck "
                + "https://i.imgur.com/qsFiddle.jpeg");
        re(12, "17:30", ivy, q3, "good luck fiddle 🙏");
        say(12, "18:00", gGeneral, owen, "thanks for a busy week everyone, the turtles sold out in an hour 😂");
        say(13, "09:00", gOrders, pia, "@Harriet Cole so sorry, this slipped past us! a new pot is going out "
                + "Monday, and repot it whenever you like, the plant will be fine");
        re(13, "09:30", harriet, h3, "thank you Pia!");

        Post yl = say(13, "15:00", gHelp, sasha, "yellow lower leaves on my pothos, is it overwatering?");
        re(13, "15:30", ivy, yl, "probably, or just old leaves. if the new growth looks fine don't worry");
        re(13, "15:40", sasha, yl, "new growth is fine! phew");
        // Week 3: cuttings for sale, offered unasked.
        say(15, "09:00", gNews, pia, "Workshop this Saturday! 2 seats left");
        say(15, "12:00", gGeneral, sasha, "selling rooted pothos and philodendron cuttings, £4 each or 3 for £10, "
                + "DM me 🌱");
        Post st = say(16, "10:00", gHelp, dora, "how do I know when a string of turtles needs water? the leaves look "
                + "the same to me");
        re(16, "10:40", pia, st, "they go slightly flatter and less shiny. water then, from below if you can");
        say(17, "15:00", gHelp, sasha, "if anyone wants an easy starter plant I've got rooted cuttings, £4, DM me");
        Post wk = say(17, "09:30", gOrders, dora, "@Owen Pryce I booked the workshop online but didn't get a "
                + "confirmation email, am I in?");
        re(17, "11:00", owen, wk, "you're in! the email went to spam for a few people, sorry. see you saturday");
        re(17, "11:10", dora, wk, "yay, thanks Owen");
        Post iv2 = say(18, "18:00", gJungle, ivy, "mealybug update: the hoya lives! https://i.imgur.com/ivyHoya02.jpeg");
        re(18, "18:20", owen, iv2, "great work, that's a clean plant");
        Post h4 = say(19, "11:00", gJungle, harriet, "Thai Con in its new pot, all settled "
                + "https://i.imgur.com/hcThai02.jpeg");
        re(19, "11:30", pia, h4, "beautiful! glad it made it");
        say(19, "16:00", gGeneral, ivy, "anyone tried the string of turtles from the last restock? mine is "
                + "already growing");
        say(19, "16:20", gGeneral, harriet, "@Ivy Grant mine too, it loves the bathroom");
        say(20, "10:00", gGeneral, sasha, "still have pothos cuttings, £4 or 3 for £10, DM me");
    }

    /** H. A repair co-op: shift notes, a question answered with manuals, a rota question ignored, a link spree. */
    private void spokeAndSprocket() {
        say(1, "19:00", hRota, ada, "February shifts are open, pick yours here: https://forms.gle/spokeRotaFeb . "
                + "thanks all 🙏");
        say(1, "20:00", hFloor, randy, "anyone riding the canal path this weekend? it was flooded last time");
        say(1, "20:15", hFloor, tess, "@Randy Kowalski dry as of sunday, bit muddy by the lock");
        say(2, "21:10", hStand, tess, "tue shift: 4 flats, one seized seatpost (penetrating oil and patience), a "
                + "kid's bike with the brakes swapped left to right");
        say(2, "21:20", hStand, joon, "trued two wheels, one was past saving. the donated rim bin is nearly empty");
        Post skip = say(3, "12:00", hFix, maeve, "my gears skip on the 3rd and 4th cog when I pedal hard. shimano "
                + "8 speed, chain is maybe 2 years old. I tried turning the barrel thing");
        re(3, "12:20", benedikt, skip, "first measure the chain stretch, a worn chain is the usual cause: "
                + "https://www.parktool.com/en-us/blog/repair-help/when-to-replace-a-chain-on-a-bicycle");
        re(3, "12:22", benedikt, skip, "if the chain is fine, index the derailleur properly: "
                + "https://www.parktool.com/en-us/blog/repair-help/rear-derailleur-adjustment");
        re(3, "12:24", benedikt, skip, "worn cogs skip too, Sheldon shows what to look for "
                + "https://www.sheldonbrown.com/free-wheel.html");
        Post bv = re(3, "12:26", benedikt, skip, "and a video of just the barrel adjuster bit "
                + "https://www.youtube.com/watch?v=pt-barrel-indexing");
        re(3, "13:10", maeve, bv, "omg thank you. chain checker says 0.75 so new chain it is. can I bring it thursday?");
        say(3, "13:30", hFix, benedikt, "@Maeve Quinn yes, we have 8 speed chains in, bring it thursday");
        say(4, "21:05", hStand, benedikt, "replaced a bottom bracket on an old raleigh, square taper, went "
                + "smoothly. also fitted Maeve's new chain");
        say(4, "21:15", hStand, colm, "thu: mostly chains. we're out of 9-speed quick links");
        say(4, "21:30", hStand, ada, "thu: 11 visitors, 2 new volunteers signed up 🎉");
        Post tyre = say(4, "18:00", hFix, joon, "tubeless sealant keeps weeping through the sidewall on a cheap "
                + "gravel tyre. is the tyre a lost cause?");
        re(4, "18:30", tess, tyre, "shake it round for a few rides, small sidewall pores usually seal. if not, yes");
        re(4, "18:40", joon, tyre, "ok I'll give it a week");
        say(5, "09:00", hFloor, maeve, "bike is SILENT. thank you Benedikt and everyone");
        say(5, "10:00", hFloor, joon, "if anyone has spare rims lying around, the donation bin is hungry");
        say(6, "11:00", hFloor, randy, "gravel ride today, 60k, legs are toast");
        say(7, "17:00", hFloor, colm, "sunday fettling: new bar tape on the commuter, feels like a new bike");

        // Week 2: Ada looks for cover; Colm, asked directly, chats elsewhere; Randy's rides.
        say(8, "18:00", hRota, ada, "still need someone for Thu 12th late and Tue 17th. form's here "
                + "https://forms.gle/spokeRotaFeb");
        say(9, "21:00", hStand, tess, "tue: 6 visitors, a lovely old peugeot with rod brakes, none of us knew what "
                + "we were doing, it works now");
        say(9, "21:10", hStand, joon, "built a wheel from the donation bin for a student, proud of that one");
        say(9, "20:00", hFloor, randy, "my rides this week 🚴");
        say(9, "20:01", hFloor, randy, "https://www.strava.com/activities/13450001");
        say(9, "20:02", hFloor, randy, "https://www.strava.com/activities/13450002");
        say(9, "20:04", hFloor, randy, "https://www.strava.com/activities/13450007");
        say(9, "20:06", hFloor, randy, "https://www.youtube.com/watch?v=randy-gravel-vlog-4");
        say(9, "20:07", hFloor, randy, "https://www.strava.com/activities/13450013");
        say(10, "10:00", hRota, ada, "@Colm Reilly you did Thursdays in January, could you cover the 12th late? "
                + "just need a yes or no by tomorrow so I can ask around");
        Post ql = say(11, "08:15", hFloor, colm, "anyone got a spare 9-speed quick link? mine snapped on the commute "
                + "lol");
        re(11, "08:40", benedikt, ql, "there's a bag in the drawer under the truing stand, help yourself");
        re(11, "08:45", colm, ql, "legend");
        say(11, "17:00", hRota, ada, "last call for Thu late, form: https://forms.gle/spokeRotaFeb");
        Post brake = say(11, "19:00", hFix, maeve, "front brake squeals like a banshee in the rain. rim brakes");
        re(11, "19:20", colm, brake, "toe the pads in a touch and clean the rim with alcohol. usually sorts it");
        re(11, "19:40", maeve, brake, "will try, thanks!");
        say(12, "12:00", hFloor, colm, "anyone watched the cyclocross worlds? that mud 😂");
        say(12, "21:20", hStand, ada, "thu: covered the late shift myself, 9 visitors, out of brake cable again");
        say(12, "21:30", hStand, benedikt, "thu: two wheel builds and a dynamo light fitted");
        Post hyd = say(12, "18:00", hFix, maeve, "my friend's hydraulic brake lever feels spongy. is that a bleed "
                + "thing or something we can do at the co-op?");
        re(12, "18:30", benedikt, hyd, "almost certainly a bleed. we have a shimano bleed kit, bring it tuesday and "
                + "we'll do it with her");
        re(12, "18:45", maeve, hyd, "amazing, I'll tell her");
        say(13, "09:00", hRota, ada, "Thu is sorted, thanks all. Tue 17th still needs one more person, same form "
                + "https://forms.gle/spokeRotaFeb");
        Post rides = say(13, "10:00", hFloor, tess, "@Randy Kowalski nice rides, that gravel loop looks brutal");
        re(13, "10:30", randy, rides, "it was! come along next time");
        say(14, "16:00", hFloor, joon, "rim bin is full again, thanks whoever dropped off the box 🙌");

        // Week 3: the usual.
        say(15, "18:00", hRota, ada, "March form is up: https://forms.gle/spokeRotaMar");
        Post hub = say(16, "09:00", hFix, maeve, "rear hub makes a clicking noise once per turn. cup and cone");
        re(16, "09:40", benedikt, hub, "probably loose cones or a pitted bearing race. bring it tuesday and we'll open "
                + "it up together");
        say(16, "21:00", hStand, tess, "tue: opened Maeve's hub, pitted cone, replaced it. she did most of it herself");
        say(16, "21:10", hStand, joon, "tue: 3 flats and a seatpost clamp");
        say(17, "08:00", hFloor, maeve, "I serviced a hub!!! (with a lot of help)").react("🎉", tess, benedikt);
        say(18, "21:10", hStand, colm, "thu: 7 visitors, fitted mudguards on three commuters, rain is coming");
        say(18, "21:20", hStand, ada, "thu: quiet night, restocked cables and quick links");
        Post pump = say(18, "12:00", hFloor, joon, "the track pump's gauge is reading 10 psi high, anyone know if "
                + "we can recalibrate it?");
        re(18, "12:30", colm, pump, "we can't, but the head unit is cheap to replace. I'll order one");
        re(18, "12:40", joon, pump, "cheers Colm");
        say(20, "10:00", hStand, benedikt, "sat pop-up at the market: 14 bikes checked, 3 brake jobs, lots of air");
        say(19, "19:00", hFloor, randy, "anyone fancy a sunday gravel ride? 50k, easy pace");
        say(19, "19:30", hFloor, tess, "@Randy Kowalski in!");
    }
}
