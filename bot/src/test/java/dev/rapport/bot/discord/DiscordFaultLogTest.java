package dev.rapport.bot.discord;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Recurring faults tied to a place are logged once per place, and the places remembered are bounded. */
class DiscordFaultLogTest {

    @Test
    void missingPermissionsInAChannelAreLoggedOncePerChannel() {
        Logger log = (Logger) LoggerFactory.getLogger("fault-log-test");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        log.addAppender(seen);
        FaultLog faults = new FaultLog(100);

        for (int i = 0; i < 5; i++) {
            faults.warnOnce(log, "missing permissions", "guild 1 channel 10", "no access in {}");
        }
        faults.warnOnce(log, "missing permissions", "guild 1 channel 11", "no access in {}");
        faults.warnOnce(log, "unknown guild", "guild 1 channel 10", "unknown in {}");

        assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "no access in guild 1 channel 10", "no access in guild 1 channel 11", "unknown in guild 1 channel 10");
    }

    @Test
    void theOldestPlaceIsForgottenWhenMoreThanItsCapacityAreSeen() {
        FaultLog faults = new FaultLog(2);

        assertThat(faults.first("removed", "1")).isTrue();
        assertThat(faults.first("removed", "2")).isTrue();
        assertThat(faults.first("removed", "2")).isFalse();
        assertThat(faults.first("removed", "3")).isTrue();

        assertThat(faults.first("removed", "1")).as("forgotten, so logged again").isTrue();
    }
}
