package dev.rapport.bot.coach;

import dev.rapport.bot.storage.Storage;
import dev.rapport.bot.storage.config.Password;
import dev.rapport.bot.storage.config.StorageConfig;
import dev.rapport.bot.storage.jdbc.JdbcStorage;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.bot.storage.support.QuietLogs;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * The child process of {@link CoachKillTest}: a coach on PostgreSQL that takes Ana's messages in two communities, one
 * at a time, and prints {@code ACK n} once the coach has saved its state after message n (what the coach
 * acknowledges), until it is killed. Arguments: JDBC URL, user, password.
 */
public final class CoachKillChildMain {
    private CoachKillChildMain() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogs.apply();
        StorageConfig config = StorageConfig.sqlite(Path.of(".")).withUrl(args[0])
                .withCredentials(args[1], Password.of(args[2]));
        Clock clock = Clock.fixed(CoachKillTest.T0, ZoneOffset.UTC);
        try (Storage s = JdbcStorage.open(config, new Pseudonyms(Fixtures.SECRET), clock)) {
            for (CommunityId c : CoachKillTest.COMMUNITIES) {
                s.optIns().save(OptIn.consent("discord", CoachKillTest.ANA, c, CoachKillTest.T0.minus(Duration.ofDays(1)),
                        ZoneOffset.UTC).withFrequency(TipFrequency.WEEKLY));
            }
            CoachService coach = CoachKillTest.coach(s, clock);
            System.out.println("READY");
            System.out.flush();
            for (int n = 1; ; n++) {
                CommunityId where = CoachKillTest.communityOf(n);
                coach.accept(ChatMessage.builder().id("m" + n).at(CoachKillTest.T0.plusSeconds(n))
                        .in(where.value(), "general").by(CoachKillTest.ANA.value())
                        .text("good morning, how are you all doing " + n).build());
                coach.saveChanged().get();
                System.out.println("ACK " + n);
                System.out.flush();
            }
        }
    }
}
