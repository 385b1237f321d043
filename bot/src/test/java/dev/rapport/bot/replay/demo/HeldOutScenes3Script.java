package dev.rapport.bot.replay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A third round of held-out scenes for {@code rapport eval tips}, written and labelled in
 * {@code bot/src/test/resources/eval/held-out-scenes-3.csv} after the fixes of rounds one and two and before the coach
 * was run on them.
 *
 * <p>Two weeks from Monday 1 June 2026 (ISO weeks 2026-W23 and W24), in UTC. Every scene is its own guild; no person
 * appears in two scenes. Run {@link #main} to regenerate {@code bot/src/test/resources/eval/held-out-scenes-3/}
 * ({@code ScenesAreUpToDateTest} fails when the committed files differ).
 */
public final class HeldOutScenes3Script extends StoryScript {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 6, 1);
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2026, 6, 15, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final SceneIds IDS = new SceneIds(1900);

    // --- T1. A freelancer answers a job post with her portfolio, and posts one ad of her own ------------------
    static final String GIGS = IDS.guild(41);
    static final Channel GIGS_JOBS = IDS.channel(GIGS, "Motion Designers", "jobs", "Post gigs, answer gigs.",
            "gigs-jobs.json");
    static final Channel GIGS_GENERAL = IDS.channel(GIGS, "Motion Designers", "general", "Everything motion.",
            "gigs-general.json");
    static final Persona ALMA = IDS.person("almamotion", "Alma");
    static final Persona BODO = IDS.person("bodobrand", "Bodo");
    static final Persona CEM = IDS.person("cemanim", "Cem");

    // --- T2. A mentor who answers with his own blog posts when asked ------------------------------------------
    static final String PHOTO = IDS.guild(42);
    static final Channel PHOTO_QA = IDS.channel(PHOTO, "Photo Learners", "questions", "Ask about photography.",
            "photo-questions.json");
    static final Persona DAG = IDS.person("dagmentor", "Dag");
    static final Persona EVA = IDS.person("evalens", "Eva");
    static final Persona FIN = IDS.person("finshutter", "Fin");
    static final Persona GRY = IDS.person("gryiso", "Gry");

    // --- T3. A free e-book pushed through three channels with a shortened link --------------------------------
    static final String WRITE = IDS.guild(43);
    static final Channel WRITE_GENERAL = IDS.channel(WRITE, "Indie Authors", "general", "Writing life.",
            "write-general.json");
    static final Channel WRITE_CRAFT = IDS.channel(WRITE, "Indie Authors", "craft", "Plot, prose, editing.",
            "write-craft.json");
    static final Channel WRITE_MARKETING = IDS.channel(WRITE, "Indie Authors", "marketing", "Getting read.",
            "write-marketing.json");
    static final Persona HAN = IDS.person("hanebooks", "Han");
    static final Persona ILSE = IDS.person("ilseplots", "Ilse");
    static final Persona JON = IDS.person("jonedits", "Jon");

    // --- T4. A quiet member who answers the next morning --------------------------------------------------------
    static final String BIRDS = IDS.guild(44);
    static final Channel BIRDS_SIGHTINGS = IDS.channel(BIRDS, "Bird Watchers", "sightings", "What did you see?",
            "birds-sightings.json");
    static final Persona KARI = IDS.person("karibirds", "Kari");
    static final Persona LARS = IDS.person("larsowls", "Lars");
    static final Persona MINA = IDS.person("minawren", "Mina");

    // --- T5. A welcome that is a sales pitch without a price ---------------------------------------------------
    static final String BAKERS = IDS.guild(45);
    static final Channel BAKE_INTROS = IDS.channel(BAKERS, "Home Bakery Business", "introductions",
            "Introduce yourself and your bakery.", "bake-introductions.json");
    static final Persona NELL = IDS.person("nellcakes", "Nell");
    static final Persona OSKAR = IDS.person("oskarlogos", "Oskar");
    static final Persona PENN = IDS.person("pennpies", "Penn");

    static final List<Persona> CAST = List.of(ALMA, BODO, CEM, DAG, EVA, FIN, GRY, HAN, ILSE, JON, KARI, LARS, MINA,
            NELL, OSKAR, PENN);

    static final List<Channel> CHANNELS = List.of(GIGS_JOBS, GIGS_GENERAL, PHOTO_QA, WRITE_GENERAL, WRITE_CRAFT,
            WRITE_MARKETING, BIRDS_SIGHTINGS, BAKE_INTROS);

    private HeldOutScenes3Script() {
        super(new Story(FIRST_MONDAY, 14, ZoneOffset.UTC, CAST));
    }

    /** File name to content: one DiscordChatExporter JSON file per channel. */
    static Map<String, String> files() {
        HeldOutScenes3Script s = new HeldOutScenes3Script();
        s.freelancer();
        s.mentor();
        s.freeEbook();
        s.quietMember();
        s.welcomePitch();
        return new ExportWriter(EXPORTED_AT).files(CHANNELS, s.story.posts());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/eval/held-out-scenes-3");
        ExportWriter.writeAll(dir, files(), "the third held-out scenes");
    }

    private void freelancer() {
        Post gig = at(1, "09:00").in(GIGS_JOBS).say(BODO, "Hiring: a 20-second logo animation for our brewery, budget "
                + "300 euros, need it by the 20th.");
        Post alma = at(1, "09:30").in(GIGS_JOBS).reply(ALMA, gig, "Hi Bodo! I animate logos, here are three recent "
                + "ones: https://almamotion.example/logos. 300 works for a 20-second piece.");
        Post frames = at(1, "10:00").in(GIGS_JOBS).reply(BODO, alma, "These are great. Can you do 60 fps?");
        at(1, "10:15").in(GIGS_JOBS).reply(ALMA, frames, "Yes, 60 fps is no problem.");
        at(3, "11:00").in(GIGS_GENERAL).say(ALMA, "I have two free slots in July for motion work, rates from $45/h, "
                + "DM me if you need help.");
        Post ease = at(4, "15:00").in(GIGS_GENERAL).say(CEM, "How do you all make easing feel less robotic?");
        at(4, "15:20").in(GIGS_GENERAL).reply(ALMA, ease, "Overshoot a little and let it settle, and never use the "
                + "same curve on every layer.");
        at(4, "15:40").in(GIGS_GENERAL).reply(CEM, ease, "Overshoot, of course. Thanks Alma!");
    }

    private void mentor() {
        String[][] qa = {
                {"EVA", "How do I stop my night photos being so noisy?", "Lower ISO and a tripod, and stack several "
                        + "frames. I wrote a step-by-step here: https://dagphoto.example/blog/night-noise"},
                {"FIN", "Is a 50mm enough for street photography?", "Plenty, most of my street work is on a 35 or a "
                        + "50. Zone focusing helps a lot."},
                {"GRY", "What's the best way to learn manual exposure?", "Shoot a week in manual only, one variable at "
                        + "a time. My exposure guide walks through it: https://dagphoto.example/blog/exposure"},
                {"EVA", "Any tips for photographing birds in flight?", "Fast shutter, 1/2000 or more, and continuous "
                        + "autofocus. I cover settings in https://dagphoto.example/blog/birds"}};
        for (int i = 0; i < qa.length; i++) {
            Persona asker = qa[i][0].equals("EVA") ? EVA : qa[i][0].equals("FIN") ? FIN : GRY;
            Post q = at(1 + i, "18:00").in(PHOTO_QA).say(asker, qa[i][1]);
            Post a = at(1 + i, "18:20").in(PHOTO_QA).reply(DAG, q, qa[i][2]);
            at(1 + i, "18:40").in(PHOTO_QA).reply(asker, a, "Thank you, that helps a lot!");
        }
    }

    private void freeEbook() {
        Post plot = at(1, "10:00").in(WRITE_CRAFT).say(ILSE, "How do you outline a mystery without killing the "
                + "surprise?");
        at(1, "10:30").in(WRITE_CRAFT).reply(JON, plot, "Outline the crime backwards, then hide clues forwards.");
        at(2, "20:00").in(WRITE_GENERAL).say(HAN, "FREE today only: my new thriller e-book, grab it before midnight "
                + "👉 bit.ly/hans-thriller");
        at(2, "20:03").in(WRITE_CRAFT).say(HAN, "Free e-book today! My new thriller 👉 bit.ly/hans-thriller");
        at(2, "20:06").in(WRITE_MARKETING).say(HAN, "Last hours to grab my thriller for free: bit.ly/hans-thriller");
    }

    private void quietMember() {
        Post owl = at(1, "21:00").in(BIRDS_SIGHTINGS).say(LARS, "Tawny owl calling behind the church tonight!");
        owl.react("❤️", KARI, MINA);
        Post wren = at(2, "07:00").in(BIRDS_SIGHTINGS).say(MINA, "Wren nesting in the hedge again.");
        wren.react("❤️", KARI, LARS);
        at(2, "20:00").in(BIRDS_SIGHTINGS).say(LARS, "@Kari you were at the reservoir yesterday, were the ospreys back?");
        at(3, "08:00").in(BIRDS_SIGHTINGS).say(KARI, "Yes, two of them, fishing at the north end around seven.");
        at(3, "08:30").in(BIRDS_SIGHTINGS).say(LARS, "Brilliant, going on Saturday.");
    }

    private void welcomePitch() {
        Post nell = at(2, "09:00").in(BAKE_INTROS).say(NELL, "Hi, I'm Nell! I just started selling cakes from home and "
                + "I'm learning everything about pricing and packaging.");
        at(2, "09:15").in(BAKE_INTROS).reply(PENN, nell, "Welcome Nell! Pricing was the hardest part for me too, ask "
                + "away.");
        at(2, "09:30").in(BAKE_INTROS).reply(OSKAR, nell, "Welcome! Your bakery needs a proper logo, check out my "
                + "portfolio https://oskarlogos.example and let's talk 😉");
    }
}
