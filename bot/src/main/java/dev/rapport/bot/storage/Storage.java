package dev.rapport.bot.storage;

import dev.rapport.bot.storage.changes.ChangeFeed;
import dev.rapport.bot.storage.community.CommunitySettingsStore;
import dev.rapport.bot.storage.ledger.DigestLedger;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.bot.storage.optin.OptIns;
import dev.rapport.bot.storage.privacy.PersonalData;
import dev.rapport.bot.storage.state.EngineStateStore;
import dev.rapport.bot.storage.state.RetentionRoutine;
import dev.rapport.bot.storage.stats.WeeklyStatsStore;
import dev.rapport.rules.engine.Pseudonyms;

/** The storage port: everything the bot keeps across restarts, one store per concern. Close it on shutdown. */
public interface Storage extends AutoCloseable {
    OptIns optIns();

    CommunitySettingsStore communitySettings();

    /** The names communities go by, for digests made by a process that does not see the community itself. */
    dev.rapport.bot.storage.community.CommunityNames communityNames();

    WeeklyStatsStore weeklyStats();

    EngineStateStore engineState();

    TipLedger tips();

    DigestLedger digests();

    PersonalData personalData();

    RetentionRoutine retention();

    /** Changes other processes must take up (opt-ins, withdrawals, forgetting, community settings), in order. */
    ChangeFeed changes();

    /**
     * Other people's pseudonyms under this installation's secret: the engine must use the same ones, so that what it
     * keeps matches what storage forgets.
     */
    Pseudonyms pseudonyms();

    /**
     * Whether the database answers now (a pooled connection that passes a validity check within a few seconds), for
     * readiness checks; never throws.
     */
    boolean reachable();

    /** Where the data lives, for messages: the URL without any password. */
    String describe();

    @Override
    void close();
}
