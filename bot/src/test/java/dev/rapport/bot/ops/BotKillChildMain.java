package dev.rapport.bot.ops;

import dev.rapport.bot.Features;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.bot.discord.DiscordToken;
import dev.rapport.bot.discord.GatewayTarget;
import dev.rapport.bot.run.CoachBot;
import dev.rapport.bot.run.RunEnvironment;
import dev.rapport.bot.run.RunSettingsReader;
import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.StorageFactory;
import dev.rapport.bot.storage.config.StorageConfigReader;
import dev.rapport.bot.storage.support.QuietLogs;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.GatewayEncoding;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/**
 * The child process of {@link BotKillTest}: a whole bot (composition root, real JDA client, PostgreSQL storage) that
 * connects to the parent's loopback Discord by its addresses, says {@code READY} once it runs, and runs until it is
 * killed. Arguments: REST base URL, gateway URL, token, storage configuration (HOCON), data folder.
 */
public final class BotKillChildMain {
    private BotKillChildMain() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogs.apply();
        String restUrl = args[0];
        String gatewayUrl = args[1];
        GatewayTarget loopback = builder -> builder
                .setRestConfig(new RestConfig().setBaseUrl(restUrl))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return gatewayUrl;
                    }
                })
                .setCompression(Compression.NONE)
                .setGatewayEncoding(GatewayEncoding.JSON);
        Clock clock = Clock.systemUTC();
        Features features = new Features(new RunEnvironment(Map.of(), loopback, stop -> { }, clock));
        RapportConfig config = features.configLoader().parse(args[3] + BotKillTest.settings(Path.of(args[4])), "child.conf");
        Storage storage = new StorageFactory(new StorageConfigReader(), new SecureRandom(), clock).open(config);
        CoachBot bot = features.coachBot(config, new RunSettingsReader().read(config.raw()), storage);
        bot.start(new DiscordToken(args[2]));
        System.out.println("READY");
        System.out.flush();
        // Runs until killed: the JDA and routine threads keep the process alive.
    }
}
