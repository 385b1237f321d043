package dev.rapport.bot.ops;

import dev.rapport.bot.discord.live.ShiftableClock;
import dev.rapport.bot.discord.loopback.LoopbackDiscord;
import dev.rapport.bot.discord.loopback.MessageDraft;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.changes.Change;
import dev.rapport.bot.storage.changes.ChangeKind;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.support.HeldFeed;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bot that missed part of the change feed: it stopped reading it (held at its wait, as a process stalled or cut
 * off from the database is) while another process forgot Ana, and the feed's entry saying so was pruned before it
 * read the feed again. It finds numbers missing and lets go of Ana as if told: she leaves Cleo's counterparts in its
 * memory, so its saves have nothing of her to write back once her mark has expired. On SQLite, other processes
 * writing to the bot's file as {@code rapport data} does.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class FeedGapTest {
    private static final String ANA = "7";
    private static final String CLEO = "9";
    private static final String BEN = "12";
    private static final String GUILD = "1";
    private static final String CHANNEL = "10";
    private static final String PROMOTIONS = "30";
    /** Longer than the feed keeps its entries (an hour). */
    private static final Duration AWAY = Duration.ofHours(2);

    @TempDir
    Path dir;
    private LoopbackDiscord discord;
    private final ShiftableClock clock = new ShiftableClock();
    private String config;
    private HeldFeed held;
    private BotProcess bot;
    private final List<Storage> others = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        discord = LoopbackDiscord.start();
        discord.guild(GUILD, "Garden Club").channel(CHANNEL, "general").member(ANA, "ana").member(CLEO, "cleo")
                .member(BEN, "ben");
        config = "rapport.storage.data-dir = \"" + dir.resolve("data").toString().replace("\\", "/") + "\"\n";
        bot = BotProcess.start(discord, clock, config, storage -> held = new HeldFeed(storage));
        for (String user : List.of(ANA, CLEO)) {
            bot.storage.optIns().save(OptIn.consent("discord", UserId.of(user), CommunityId.of(GUILD),
                    clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC));
        }
        String question = discord.messageCreate(MessageDraft.inChannel(CHANNEL, ANA,
                "Does anyone know where to get oak cut to size around here?"));
        discord.messageCreate(MessageDraft.inChannel(CHANNEL, CLEO, "The mill by the harbour cuts to size, ask for Sam")
                .replyingTo(question).mentioning(ANA));
        bot.settle(2);
        assertThat(bot.counterparts(CLEO)).contains(ana());
        // The bot has read the feed up to here: what it misses from now on is what the test holds it from.
        bot.awaitTakenUp(bot.storage.changes().latest(), "the-test");
    }

    @AfterEach
    void stop() {
        try {
            if (held != null) {
                held.release();
            }
            for (Storage other : others) {
                other.close();
            }
            if (bot != null) {
                bot.close();
            }
        } finally {
            discord.close();
        }
    }

    @Test
    void aBotAwayForLongerThanTheFeedKeepsItsEntriesLetsGoOfSomeoneForgottenMeanwhile() throws Exception {
        held.hold(BotProcess.WAIT);
        clock.shift(AWAY);
        other(clock).personalData().forget(UserId.of(ANA));
        clock.shift(AWAY);
        Storage other = other(clock);
        // Someone else opts in: the feed takes the new entry and drops those older than an hour, the forget's too.
        other.optIns().save(OptIn.consent("discord", UserId.of("8"), CommunityId.of(GUILD), clock.instant(),
                ZoneOffset.UTC));
        assertThat(kinds(other)).as("the feed as the bot will find it").containsExactly(ChangeKind.CONSENT);

        held.release();
        bot.awaitTakenUp(other.changes().latest(), "the-other-process");

        assertThat(bot.counterparts(CLEO)).as("the bot let go of Ana").doesNotContain(ana());
        savedAfterTheMarksExpired();
    }

    @Test
    void aBotLetsGoOfSomeoneForgottenWhenTheMissingEntryIsBetweenTwoItStillFinds() throws Exception {
        held.hold(BotProcess.WAIT);
        clock.shift(AWAY);
        Storage other = other(clock);
        other.optIns().save(OptIn.consent("discord", UserId.of("8"), CommunityId.of(GUILD), clock.instant(),
                ZoneOffset.UTC));
        // The operator's forget runs on a machine whose clock is behind: its entry is the feed's oldest by time ...
        other(Clock.offset(clock, AWAY.negated())).personalData().forget(UserId.of(ANA));
        // ... and the next entry prunes it, but not the opt-in written before it.
        other.optIns().save(OptIn.consent("discord", UserId.of("11"), CommunityId.of(GUILD), clock.instant(),
                ZoneOffset.UTC));
        assertThat(kinds(other)).as("the feed as the bot will find it")
                .containsExactly(ChangeKind.CONSENT, ChangeKind.CONSENT);

        held.release();
        bot.awaitTakenUp(other.changes().latest(), "the-other-process");

        assertThat(bot.counterparts(CLEO)).as("the bot let go of Ana").doesNotContain(ana());
        savedAfterTheMarksExpired();
    }

    /**
     * The gap hides more than forgets: an opt-in of someone the bot had seen speak before (and so took as not coached),
     * a new time zone, a community's new settings. Each is read again as if its entry had come.
     */
    @Test
    void aBotAwayForLongerThanTheFeedKeepsItsEntriesReadsAgainOptInsZonesAndSettingsChangedMeanwhile()
            throws Exception {
        String asked = discord.messageCreate(MessageDraft.inChannel(CHANNEL, BEN,
                "Is the workshop open on Sunday mornings?"));
        bot.settle(3);
        assertThat(bot.messagesInTheWeekOf(BEN, asked)).as("Ben spoke before opting in").isEqualTo(-1);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");

        held.hold(BotProcess.WAIT);
        clock.shift(AWAY);
        Storage other = other(clock);
        other.optIns().save(OptIn.consent("discord", UserId.of(BEN), CommunityId.of(GUILD), clock.instant(),
                ZoneOffset.UTC));
        OptIn cleos = other.optIns().find("discord", UserId.of(CLEO), CommunityId.of(GUILD)).orElseThrow();
        assertThat(other.optIns().update(cleos.withZone(tokyo))).isTrue();
        other.communitySettings().save(CommunityId.of(GUILD), new CommunitySettings(Map.of(), Map.of(),
                Set.of(PROMOTIONS), Map.of()));
        clock.shift(AWAY);
        other.optIns().save(OptIn.consent("discord", UserId.of("11"), CommunityId.of(GUILD), clock.instant(),
                ZoneOffset.UTC));
        assertThat(kinds(other)).as("the feed as the bot will find it").containsExactly(ChangeKind.CONSENT);

        held.release();
        bot.awaitTakenUp(other.changes().latest(), "the-other-process");

        // The bot's clock is now four hours on from the loopback's: ask for the week the message was sent in.
        String thanked = discord.messageCreate(MessageDraft.inChannel(CHANNEL, BEN,
                "Thanks, I will come by with the boards then"));
        bot.settle(4);
        assertThat(bot.messagesInTheWeekOf(BEN, thanked)).as("Ben coached from his opt-in on").isEqualTo(1);
        bot.bot.coach().saveChanged().join();
        assertThat(bot.storage.engineState().load(UserId.of(CLEO), CommunityId.of(GUILD)))
                .hasValueSatisfying(s -> assertThat(s.zone()).as("Cleo's weeks in her new zone").isEqualTo(tokyo));
        assertThat(bot.bot.coach().settings().join().community(CommunityId.of(GUILD)).promotionChannels())
                .as("the garden club's new promotion channel").containsExactly(PROMOTIONS);
    }

    /** A day on, the marks that kept Ana out of every write are gone: the bot's next save must have nothing of her. */
    private void savedAfterTheMarksExpired() {
        clock.shift(Duration.ofDays(2));
        bot.bot.coach().saveChanged().join();
        assertThat(bot.storage.engineState().ofUser(UserId.of(CLEO))).isNotEmpty()
                .noneMatch(s -> s.mentions(ana()));
        assertThat(bot.storage.engineState().communities()).noneMatch(c -> c.mentions(ana()));
    }

    /** The feed's entries after the bot's last one, by kind. */
    private List<ChangeKind> kinds(Storage other) {
        return other.changes().after(0, 100).stream().map(Change::kind).toList();
    }

    /** Another process on the bot's file ({@code rapport data}, say), on {@code its} clock. */
    private Storage other(Clock its) {
        Storage storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), its)
                .open(bot.features.configLoader().parse(config, "other.conf"));
        others.add(storage);
        return storage;
    }

    private String ana() {
        return bot.storage.pseudonyms().of(UserId.of(ANA));
    }
}
