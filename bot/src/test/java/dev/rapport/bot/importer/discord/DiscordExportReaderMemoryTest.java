package dev.rapport.bot.importer.discord;

import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DiscordExportReaderMemoryTest {
    private static final int MESSAGES = 200_000;

    @TempDir
    Path dir;

    /**
     * A reader that kept what it read would hold several times the file's size (a ChatMessage with its strings,
     * links and roles outweighs its JSON); a streaming one holds the window of remembered authors only.
     */
    @Test
    void largeExportIsReadWithMemoryFarBelowTheFileSize() throws Exception {
        Path file = DiscordExportBuilder.writeLarge(dir.resolve("large.json"), MESSAGES);
        long fileSize = Files.size(file);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long messages = 0;
        long replies = 0;
        long before;
        long after;
        try (DiscordExportReader reader = new DiscordExportReader(file)) {
            before = usedHeapAfterGc(memory);
            ChatEvent event;
            while ((event = reader.next()) != null) {
                if (event instanceof ChatMessage message) {
                    messages++;
                    if (message.replyToAuthor().isPresent()) {
                        replies++;
                    }
                }
            }
            after = usedHeapAfterGc(memory);
            assertThat(reader.report().messages()).isEqualTo(MESSAGES);
        }

        assertThat(fileSize).as("the export is large").isGreaterThan(60L * 1024 * 1024);
        assertThat(messages).isEqualTo(MESSAGES);
        assertThat(replies).isEqualTo(MESSAGES / 10);
        assertThat(after - before).as("heap held by the reader after reading %d bytes", fileSize)
                .isLessThan(fileSize / 4);
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
