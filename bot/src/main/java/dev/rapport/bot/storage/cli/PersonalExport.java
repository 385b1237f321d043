package dev.rapport.bot.storage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How {@code rapport data} reads and writes a person's export, and words what forgetting removed. */
final class PersonalExport {
    private PersonalExport() {
    }

    /** Whether the export holds nothing about the person (no record of any kind, no mention in others' state). */
    static boolean isEmpty(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            return false;
        }
        for (String list : new String[]{"optIns", "weeklyStats", "engineState", "tips", "digests"}) {
            JsonNode node = root.get(list);
            if (node != null && !node.isEmpty()) {
                return false;
            }
        }
        return root.path("inOthersState").path("engineStatesMentioningYou").asInt(0) == 0;
    }

    /**
     * Writes {@code text} to {@code file} readable by the owner alone: it is everything kept about a person. An
     * existing file is replaced, and left owner-only too.
     */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        boolean posix = file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix && !Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        if (posix) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /** "4 rows (weekly stats 3, opt ins 1)" from rows per table; "no rows" when there are none. */
    static String rows(Map<String, Integer> perTable) {
        Map<String, Integer> nonZero = new TreeMap<>();
        perTable.forEach((table, n) -> {
            if (n > 0) {
                nonZero.put(table, n);
            }
        });
        int total = nonZero.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "no rows";
        }
        return total + (total == 1 ? " row" : " rows") + " (" + nonZero.entrySet().stream()
                .map(e -> e.getKey().replace('_', ' ').toLowerCase(Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }
}
