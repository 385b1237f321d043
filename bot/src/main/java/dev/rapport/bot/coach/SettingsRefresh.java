package dev.rapport.bot.coach;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Takes up community settings that another process changed (several bot processes may share one database): reads
 * the stored settings now and then and hands them to the coach when they differ from what it runs with.
 */
public final class SettingsRefresh implements Routine {
    private static final Logger log = LoggerFactory.getLogger(SettingsRefresh.class);

    private final CommunityAdmin admin;
    private final Duration interval;

    public SettingsRefresh(CommunityAdmin admin, Duration interval) {
        this.admin = admin;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "community settings refresh";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        try {
            if (admin.refresh().get(30, TimeUnit.SECONDS)) {
                log.info("took up community settings changed elsewhere");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("reading community settings failed", e);
        }
    }
}
