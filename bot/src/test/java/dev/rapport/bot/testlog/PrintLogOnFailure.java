package dev.rapport.bot.testlog;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.Appender;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.LoggerFactory;

/**
 * Registered for every test (service loader, autodetection): clears the held log before each test and prints it,
 * under the test's name, when the test fails. A passing run prints nothing.
 */
public final class PrintLogOnFailure implements BeforeEachCallback, TestWatcher {

    @Override
    public void beforeEach(ExtensionContext context) {
        held().ifPresent(HeldLogAppender::clear);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        held().ifPresent(log -> {
            System.err.println("--- log of the failed test " + context.getDisplayName() + " ---");
            log.printTo(System.err);
            System.err.println("--- end of the log of " + context.getDisplayName() + " ---");
        });
    }

    private static java.util.Optional<HeldLogAppender> held() {
        if (!(LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root)) {
            return java.util.Optional.empty();
        }
        Appender<?> appender = root.getAppender("HELD");
        return appender instanceof HeldLogAppender h ? java.util.Optional.of(h) : java.util.Optional.empty();
    }
}
