package dev.rapport.bot.run;

import dev.rapport.bot.discord.DiscordSettings;
import dev.rapport.bot.discord.DiscordToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Finds the bot token: {@code DISCORD_TOKEN} first, then {@code rapport.discord.token-file}. Never echoes it. */
public final class TokenSource {
    public static final String VARIABLE = "DISCORD_TOKEN";

    /** No usable token; the message says where one is looked for. */
    public static final class MissingToken extends Exception {
        MissingToken(String message) {
            super(message, null, false, false);
        }
    }

    public DiscordToken find(Map<String, String> variables, DiscordSettings settings) throws MissingToken {
        String fromEnv = variables.get(VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DiscordToken(fromEnv);
        }
        if (settings.tokenFile().isEmpty()) {
            throw new MissingToken("no Discord bot token: set the environment variable " + VARIABLE
                    + " or rapport.discord.token-file (a file holding only the token)");
        }
        Path file = settings.tokenFile().get();
        if (!Files.isRegularFile(file)) {
            throw new MissingToken("rapport.discord.token-file: no such file: " + file);
        }
        dev.rapport.bot.storage.secret.SecretFiles.warnIfExposed(file, "rapport.discord.token-file");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new MissingToken("rapport.discord.token-file: " + file + " is empty");
            }
            return new DiscordToken(text);
        } catch (IOException e) {
            throw new MissingToken("rapport.discord.token-file: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
