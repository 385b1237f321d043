package dev.rapport.bot.run;

import com.typesafe.config.ConfigFactory;
import dev.rapport.bot.config.BadConfigException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code rapport.platform}: which client library connects the bot to Discord. */
class PlatformSettingTest {
    private final RunSettingsReader reader = new RunSettingsReader();

    @Test
    void jdaIsTheDefaultAndJavacordCanBeChosen() {
        assertThat(reader.platform(ConfigFactory.empty())).isEqualTo(ChatAdapter.JDA);
        assertThat(reader.platform(ConfigFactory.parseString("rapport.platform = javacord"))).isEqualTo(ChatAdapter.JAVACORD);
        assertThat(reader.platform(ConfigFactory.parseString("rapport.platform = \" JDA \""))).isEqualTo(ChatAdapter.JDA);
    }

    @Test
    void anUnknownLibraryIsRefusedNamingTheKeyAndWhatIsAllowed() {
        assertThatThrownBy(() -> reader.platform(ConfigFactory.parseString("rapport.platform = discord4j")))
                .isInstanceOf(BadConfigException.class)
                .hasMessageContaining("rapport.platform")
                .hasMessageContaining("jda or javacord");
    }
}
