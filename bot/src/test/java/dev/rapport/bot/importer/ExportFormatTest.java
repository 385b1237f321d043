package dev.rapport.bot.importer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportFormatTest {

    @Test
    void cliNamesSelectTheirFormatIgnoringCaseAndBlanks() {
        assertThat(ExportFormat.fromCliName("discord")).isEqualTo(ExportFormat.DISCORD_JSON);
        assertThat(ExportFormat.fromCliName(" IRC ")).isEqualTo(ExportFormat.IRC);
        assertThat(ExportFormat.fromCliName("jsonl")).isEqualTo(ExportFormat.JSONL);
    }

    @Test
    void unknownNameIsRejectedListingTheAllowedValues() {
        assertThatThrownBy(() -> ExportFormat.fromCliName("slack"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'slack'; allowed values: discord, irc, jsonl");
    }
}
