package dev.rapport.bot.ops;

import dev.rapport.bot.discord.live.ShiftableClock;
import dev.rapport.bot.discord.loopback.InteractionDraft;
import dev.rapport.bot.discord.loopback.InteractionIds;
import dev.rapport.bot.discord.loopback.LoopbackDiscord;
import dev.rapport.bot.discord.loopback.MessageDraft;
import dev.rapport.bot.discord.loopback.RecordedRequest;
import dev.rapport.bot.coach.WeeklyDigests;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.support.Traces;
import dev.rapport.bot.storage.support.PostgresExtension;
import dev.rapport.bot.storage.support.SharedPostgres;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bot processes (two composition roots in one JVM, each with its own real JDA client and its own storage pool)
 * that share nothing but one PostgreSQL, on shards 0 and 1 of two of ONE loopback Discord server, which, as Discord
 * does, requires two shards, gives each shard's session its own guilds and their events (guild 1 on shard 0, guild
 * 4194304 on shard 1) and sends direct messages to shard 0, so to process A. Ana is coached in both guilds. Both
 * processes live on one shiftable clock, so a week can end without waiting for it.
 */
@ExtendWith(PostgresExtension.class)
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class TwoProcessesTest {
    private static final Duration WAIT = BotProcess.WAIT;
    private static final String ANA = "7";
    private static final String BEN = "8";
    private static final String CLEO = "9";
    private static final String GUILD_A = "1";
    private static final String CHANNEL_A = "10";
    /** (4194304 >> 22) % 2 == 1: a guild on shard 1. */
    private static final String GUILD_B = "4194304";
    private static final String CHANNEL_B = "20";

    @TempDir
    Path dir;
    private LoopbackDiscord discord;
    private final ShiftableClock clock = new ShiftableClock();
    private BotProcess a;
    private BotProcess b;

    /** One `rapport run` on its half of the shards of the one loopback Discord. */
    private BotProcess process(int shard, Path dataDir) throws Exception {
        return BotProcess.start(discord, clock, storage + """
                rapport.storage.data-dir = "%s"
                rapport.discord.shards { total = 2, first = %d, last = %d }
                """.formatted(dataDir.toString().replace("\\", "/"), shard, shard));
    }

    private String storage;
    private String url;

    @BeforeEach
    void start(SharedPostgres pg) throws Exception {
        discord = LoopbackDiscord.start().requireShards(2);
        discord.guild(GUILD_A, "Garden Club").channel(CHANNEL_A, "general").member(ANA, "ana").member(BEN, "ben")
                .member(CLEO, "cleo");
        discord.guild(GUILD_B, "Makers Guild").channel(CHANNEL_B, "general").member(ANA, "ana").member(BEN, "ben")
                .member(CLEO, "cleo");
        url = pg.newMigratedDatabase();
        storage = """
                rapport.storage { url = "%s", user = "%s", password = "%s" }
                rapport.pseudonym-secret = "the-installation-secret-of-both"
                """.formatted(url, SharedPostgres.APP_USER, SharedPostgres.APP_PASSWORD);
        a = process(0, dir.resolve("a"));
        b = process(1, dir.resolve("b"));
    }

    @AfterEach
    void stop() {
        try {
            if (b != null) {
                b.close();
            }
        } finally {
            try {
                if (a != null) {
                    a.close();
                }
            } finally {
                discord.close();
            }
        }
    }

    private void post(String channel, String author, String text) {
        discord.messageCreate(MessageDraft.inChannel(channel, author, text));
    }

    /** The final ephemeral answer to an interaction: the edit of a deferred reply, or the callback's own message. */
    private JsonNode answer(InteractionIds ids) {
        RecordedRequest cb = discord.awaitRequest(r -> r.route().equals("interactions/" + ids.id() + "/" + ids.token()
                + "/callback"), WAIT);
        if (cb.json().path("type").asInt() == 4) {
            return cb.json().path("data");
        }
        return discord.awaitRequest(r -> r.is("PATCH", "webhooks/" + discord.applicationId() + "/" + ids.token()
                + "/messages/@original"), WAIT).json();
    }

    /**
     * Ana opts in through the real consent flow in {@code channel}'s guild (the interaction goes to the process of
     * that guild's shard), with her digest due from midnight of the day a week from now.
     */
    private void optInThroughDiscord(String channel, String guild) {
        String day = Instant.now().plus(Duration.ofDays(7)).atZone(ZoneOffset.UTC).getDayOfWeek().name()
                .toLowerCase(Locale.ROOT);
        JsonNode consent = answer(discord.interaction(InteractionDraft.slashCommand("coach").subcommand("start")
                .option("zone", "UTC").option("digest-day", day).inChannel(channel).by(ANA)));
        String customId = consent.path("components").get(0).path("components").get(0).path("custom_id").asText();
        answer(discord.interaction(InteractionDraft.button(customId).inChannel(channel).by(ANA)));
        answer(discord.interaction(InteractionDraft.slashCommand("coach").subcommand("settings")
                .option("digest-hour", 0L).option("frequency", "realtime").inChannel(channel).by(ANA)));
        if (a.storage.optIns().find("discord", UserId.of(ANA), CommunityId.of(guild)).isEmpty()) {
            throw new AssertionError("consent was not recorded in " + guild);
        }
    }

    private void optInAnaInBothGuilds() {
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        for (String guild : new String[]{GUILD_A, GUILD_B}) {
            a.storage.optIns().save(OptIn.consent("discord", UserId.of(ANA), CommunityId.of(guild), yesterday,
                    ZoneOffset.UTC).withFrequency(TipFrequency.REALTIME));
        }
    }

    private List<RecordedRequest> dmsToAna() {
        String channel = discord.dmChannelIdFor(ANA);
        return discord.requests().stream().filter(r -> r.is("POST", "channels/" + channel + "/messages")
                && r.status() < 300).toList();
    }

    @Test
    void eachCommunitysNumbersAreCompleteAndOneDigestCombiningBothGoesOutWhenTheWeekEnds() {
        optInThroughDiscord(CHANNEL_A, GUILD_A);
        optInThroughDiscord(CHANNEL_B, GUILD_B);
        post(CHANNEL_A, ANA, "Morning all, what is everyone building this week?");
        post(CHANNEL_A, ANA, "I like that idea, tell me more about how you test it");
        post(CHANNEL_A, ANA, "Thanks for sharing, that helps me a lot with my own setup");
        post(CHANNEL_B, ANA, "Hi folks, anyone here shipping on Friday?");
        // Four links within minutes in the makers' guild: one tip, sent by the process of that guild's shard.
        for (int i = 1; i <= 4; i++) {
            post(CHANNEL_B, ANA, "new photos of the workshop https://ana.example/p" + i);
        }
        a.settle(3);
        b.settle(5);
        RecordedRequest tip = discord.awaitRequest(r -> r.is("POST", "channels/" + discord.dmChannelIdFor(ANA)
                + "/messages") && r.json().path("components").size() > 0, WAIT);
        assertThat(tip.json().toString()).contains("links");
        assertThat(a.messagesThisWeek(ANA)).as("process A keeps the garden's week").isEqualTo(3);
        assertThat(b.messagesThisWeek(ANA)).as("process B keeps the makers' week").isEqualTo(5);

        // A DM arrives on shard 0, at process A; once B has saved (its periodic save), A answers with both guilds.
        b.run("state saver");
        discord.messageCreate(MessageDraft.direct(ANA, "stats"));
        RecordedRequest stats = discord.awaitRequest(r -> r.is("POST", "channels/" + discord.dmChannelIdFor(ANA)
                + "/messages") && r.json().path("embeds").path(0).path("title").asText().startsWith("Your week"), WAIT);
        JsonNode statsFields = stats.json().path("embeds").get(0).path("fields");
        assertThat(valueOf(statsFields, "In Garden Club")).startsWith("messages 3 ");
        assertThat(valueOf(statsFields, "In Makers Guild")).startsWith("messages 5 ");

        // The week ends (for both processes at once) and the digest moment passes.
        clock.shift(Duration.ofDays(7));
        for (BotProcess p : List.of(a, b)) {
            p.run("engine clock");
            p.run("state saver");
        }
        for (BotProcess p : List.of(b, a, b, a)) {
            p.run(WeeklyDigests.NAME);
        }
        RecordedRequest digest = discord.awaitRequest(r -> r.is("POST", "channels/" + discord.dmChannelIdFor(ANA)
                + "/messages") && r.json().path("content").asText().startsWith("Your week in review"), WAIT);

        JsonNode fields = digest.json().path("embeds").get(0).path("fields");
        String all = fields.toString();
        assertThat(fields.findValuesAsText("name")).contains("Numbers, all your communities", "In Garden Club",
                "In Makers Guild");
        assertThat(all).contains("messages: 8");
        assertThat(valueOf(fields, "In Garden Club")).startsWith("messages 3 ");
        assertThat(valueOf(fields, "In Makers Guild")).startsWith("messages 5 ");
        // Exactly one digest was ever queued, by the two processes together; the routines ran four times.
        double queued = a.metric("rapport_digest_lag_seconds_count")
                + b.metric("rapport_digest_lag_seconds_count");
        assertThat(queued).isEqualTo(1);
        assertThat(dmsToAna()).filteredOn(r -> r.json().path("content").asText().startsWith("Your week in review"))
                .hasSize(1);
        assertThat(dmsToAna()).filteredOn(r -> r.json().path("components").size() > 0
                && r.json().path("embeds").size() > 0).as("the one tip, sent once").hasSize(1);
    }

    private static String valueOf(JsonNode fields, String name) {
        for (JsonNode f : fields) {
            if (f.path("name").asText().equals(name)) {
                return f.path("value").asText();
            }
        }
        throw new AssertionError("no field " + name + " in " + fields);
    }

    @Test
    void aDirectMessageStopHandledByOneProcessStopsCoachingInTheOtherProcesssGuild() {
        optInAnaInBothGuilds();
        post(CHANNEL_A, ANA, "Morning all, what is everyone building this week?");
        post(CHANNEL_B, ANA, "Hi folks, anyone here shipping on Friday?");
        a.settle(1);
        b.settle(1);
        assertThat(a.coaches(ANA)).isTrue();
        assertThat(b.coaches(ANA)).isTrue();

        discord.messageCreate(MessageDraft.direct(ANA, "stop"));
        discord.awaitRequest(r -> r.is("POST", "channels/" + discord.dmChannelIdFor(ANA) + "/messages")
                && r.json().path("content").asText().contains("Coaching stopped everywhere"), WAIT);
        // The event: B records that it took up the stop from the change feed, which it does only once its engine
        // has applied it. How fast is not this test's subject (nor could a wall-clock bound on a loaded machine tell a
        // notification from B's one-second look at the feed): that B lets go, and because of the feed, is.
        b.awaitTakenUp(a.storage.changes().latest(), "the-test");
        assertThat(b.coaches(ANA)).as("process B let go of Ana").isFalse();

        double before = b.metric("rapport_events_analysed_total");
        post(CHANNEL_B, ANA, "Anyone up for a coffee chat tomorrow? https://ana.example/calendar");
        b.settle(2);
        assertThat(b.metric("rapport_events_analysed_total")).as("process B no longer analyses Ana's messages").isEqualTo(before);
    }

    @Test
    void forgetAnswersDoneOnlyOnceTheOtherProcessHasLetGoOfThePerson() {
        optInAnaInBothGuilds();
        post(CHANNEL_A, ANA, "Morning all, what is everyone building this week?");
        post(CHANNEL_B, ANA, "Hi folks, anyone here shipping on Friday?");
        a.settle(1);
        b.settle(1);
        a.bot.coach().saveChanged().join();
        b.bot.coach().saveChanged().join();
        assertThat(b.coaches(ANA)).isTrue();
        assertThat(a.storage.engineState().ofUser(UserId.of(ANA))).hasSize(2);

        discord.messageCreate(MessageDraft.direct(ANA, "forget"));
        discord.awaitRequest(r -> r.is("POST", "channels/" + discord.dmChannelIdFor(ANA) + "/messages")
                && r.json().path("components").size() > 0, WAIT);
        InteractionIds press = discord.interaction(InteractionDraft.button("coach:forget").by(ANA));
        RecordedRequest done = discord.awaitRequest(r -> r.is("PATCH", "webhooks/" + discord.applicationId() + "/"
                + press.token() + "/messages/@original"), WAIT);

        assertThat(done.json().path("content").asText()).startsWith("Done: I deleted everything");
        assertThat(b.coaches(ANA)).as("process B let go of Ana before the answer").isFalse();
        assertThat(a.coaches(ANA)).isFalse();
        assertThat(b.storage.optIns().ofUser(UserId.of(ANA))).isEmpty();
        // Both processes' parts are gone, and neither writes them back.
        b.bot.coach().saveChanged().join();
        a.bot.coach().saveChanged().join();
        assertThat(b.storage.engineState().ofUser(UserId.of(ANA))).isEmpty();
    }

    @Test
    void someoneForgottenThroughOneProcessIsNotWrittenBackByTheOtherWhichHeldThemAsSomeonesCounterpart()
            throws Exception {
        optInAnaInBothGuilds();
        a.storage.optIns().save(OptIn.consent("discord", UserId.of(CLEO), CommunityId.of(GUILD_B),
                Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC));
        String pseudonym = a.storage.pseudonyms().of(UserId.of(ANA));
        // In the makers' guild (process B) Ana asks the room, Cleo answers her and asks her something back.
        String question = discord.messageCreate(MessageDraft.inChannel(CHANNEL_B, ANA,
                "Does anyone know where to get oak cut to size around here?"));
        discord.messageCreate(MessageDraft.inChannel(CHANNEL_B, CLEO, "The mill by the harbour cuts to size, ask for Sam")
                .replyingTo(question).mentioning(ANA));
        discord.messageCreate(MessageDraft.inChannel(CHANNEL_B, CLEO, "<@" + ANA + "> which finish are you going for?")
                .mentioning(ANA));
        post(CHANNEL_A, ANA, "Morning all, what is everyone building this week?");
        a.settle(1);
        b.settle(3);
        a.bot.coach().saveChanged().join();
        b.bot.coach().saveChanged().join();
        assertThat(b.storage.engineState().load(UserId.of(CLEO), CommunityId.of(GUILD_B)).orElseThrow()
                .mentions(pseudonym)).as("B keeps Ana in Cleo's state").isTrue();
        assertThat(b.storage.engineState().communities()).as("and in its picture of the makers' guild")
                .anyMatch(community -> community.mentions(pseudonym));
        assertThat(cleosCounterpartsInB()).contains(pseudonym);

        forgetThroughADirectMessage(ANA);

        // B let go of her everywhere in memory before A answered, so its next saves have nothing of her to write.
        assertThat(cleosCounterpartsInB()).doesNotContain(pseudonym);
        double analysed = b.metric("rapport_events_analysed_total");
        double seen = b.metric("rapport_events_seen_total");
        for (int i = 1; i <= 4; i++) {
            post(CHANNEL_B, ANA, "new photos of the workshop https://ana.example/p" + i);
        }
        post(CHANNEL_B, CLEO, "Thanks everyone, the shelf is finally up");
        b.settle(seen + 5);
        assertThat(b.metric("rapport_events_analysed_total")).as("B analyses Cleo's later message, none of Ana's").isEqualTo(analysed + 1);
        b.bot.coach().saveChanged().join();
        a.bot.coach().saveChanged().join();
        assertThat(rowsNaming(ANA, pseudonym)).isEmpty();

        a.close();
        b.close();
        a = process(0, dir.resolve("a"));
        b = process(1, dir.resolve("b"));
        b.bot.coach().saveChanged().join();
        a.bot.coach().saveChanged().join();
        assertThat(rowsNaming(ANA, pseudonym)).isEmpty();
        assertThat(a.coaches(ANA)).isFalse();
        assertThat(b.coaches(ANA)).isFalse();
        assertThat(b.messagesThisWeek(CLEO)).as("Cleo's own week is hers and stays").isEqualTo(3);
    }

    @Test
    void someoneForgottenWhoOptsInAgainIsCoachedAgainFromNothing() {
        optInAnaInBothGuilds();
        post(CHANNEL_B, ANA, "Hi folks, anyone here shipping on Friday?");
        b.settle(1);
        b.bot.coach().saveChanged().join();
        forgetThroughADirectMessage(ANA);

        optInThroughDiscord(CHANNEL_B, GUILD_B);
        double seen = b.metric("rapport_events_seen_total");
        post(CHANNEL_B, ANA, "Back again, who is around for a build session?");
        b.settle(seen + 1);
        b.bot.coach().saveChanged().join();

        assertThat(b.messagesThisWeek(ANA)).as("coached again, from nothing").isEqualTo(1);
        assertThat(b.storage.engineState().ofUser(UserId.of(ANA))).hasSize(1);
    }

    /** Ana says forget in a DM (process A's) and confirms; returns once A answered that everything is deleted. */
    private void forgetThroughADirectMessage(String user) {
        discord.messageCreate(MessageDraft.direct(user, "forget"));
        discord.awaitRequest(r -> r.is("POST", "channels/" + discord.dmChannelIdFor(user) + "/messages")
                && r.json().path("components").size() > 0, WAIT);
        InteractionIds press = discord.interaction(InteractionDraft.button("coach:forget").by(user));
        RecordedRequest done = discord.awaitRequest(r -> r.is("PATCH", "webhooks/" + discord.applicationId() + "/"
                + press.token() + "/messages/@original"), WAIT);
        assertThat(done.json().path("content").asText()).startsWith("Done: I deleted everything");
    }

    /** The pseudonyms among Cleo's top counterparts this week, in process B's memory. */
    private List<String> cleosCounterpartsInB() {
        return b.counterparts(CLEO);
    }

    /** Every row of the shared database whose user_id is {@code user} or in which {@code pseudonym} appears. */
    private List<String> rowsNaming(String user, String pseudonym) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, SharedPostgres.APP_USER,
                SharedPostgres.APP_PASSWORD)) {
            return Traces.of(c, user, pseudonym);
        }
    }

    @Test
    void aRestartedProcessTakesBackOnlyItsOwnShardsCommunities() throws Exception {
        optInAnaInBothGuilds();
        a.storage.optIns().save(OptIn.consent("discord", UserId.of(CLEO), CommunityId.of(GUILD_B),
                Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC));
        post(CHANNEL_A, ANA, "Morning all, what is everyone building this week?");
        post(CHANNEL_B, ANA, "Hi folks, anyone here shipping on Friday?");
        post(CHANNEL_B, ANA, "And does anyone know a good supplier for oak?");
        post(CHANNEL_B, CLEO, "Has anyone tried the new build system?");
        a.settle(1);
        b.settle(3);
        a.bot.coach().saveChanged().join();
        b.bot.coach().saveChanged().join();

        a.close();
        a = process(0, dir.resolve("a"));

        assertThat(a.messagesThisWeek(ANA)).as("A takes back Ana's garden week only").isEqualTo(1);
        assertThat(a.coaches(CLEO)).as("Cleo is coached in B's guild only: A leaves her state to B").isFalse();
        assertThat(b.messagesThisWeek(ANA)).isEqualTo(2);
        assertThat(b.coaches(CLEO)).isTrue();
    }
}
