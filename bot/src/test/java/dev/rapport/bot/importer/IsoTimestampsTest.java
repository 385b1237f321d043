package dev.rapport.bot.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Timestamps read without a general formatter give what {@code OffsetDateTime.parse} gives, for every form. */
class IsoTimestampsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-01-05T09:00:00+00:00", // DiscordChatExporter, UTC
            "2026-01-05T09:00:00.123+01:00", // milliseconds and the exporter machine's offset
            "2020-07-02T15:35:20.1234567-04:00", // .NET's seven digits of fraction
            "2026-01-05T09:00:00.5Z",
            "2026-01-05T09:00:00Z",
            "2026-01-05T09:00:00.123456789+05:30",
            "2024-02-29T23:59:59.999-12:00", // a leap day, late on the other side of the date line
            "1970-01-01T00:00:00+18:00",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999-18:00",
            "2000-03-01T00:00:00+00:00",
    })
    void theFormsExportersWriteAreReadDirectlyAndAgreeWithTheGeneralParser(String text) {
        assertThat(IsoTimestamps.fastPath(text)).as("read directly").isNotNull()
                .isEqualTo(OffsetDateTime.parse(text).toInstant());
        assertThat(IsoTimestamps.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-01-05T09:00+01:00", // no seconds
            "2026-01-05T09:00:00+01:00:30", // an offset with seconds
            "2026-01-05T09:00:00.1234567890Z", // more than nine digits of fraction: the general parser decides
            "2026-01-05T09:00:00.+00:00", // a point without digits, which the general parser takes
            "2026-01-05T09:00:00z", // a lower-case zone letter, likewise
    })
    void otherValidFormsGoToTheGeneralParserAndGiveTheSameInstant(String text) {
        assertThat(IsoTimestamps.fastPath(text)).as("left to the general parser").isNull();
        try {
            assertThat(IsoTimestamps.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-02-30T09:00:00+00:00", // no such day
            "2023-02-29T09:00:00+00:00", // not a leap year
            "1900-02-29T09:00:00+00:00", // a century is not a leap year
            "2026-13-05T09:00:00+00:00",
            "2026-01-05T24:00:00+00:00",
            "2026-01-05T23:60:00+00:00",
            "2026-01-05T23:59:60+00:00", // a leap second
            "2026-01-05T09:00:00+19:00", // beyond the widest offset
            "2026-01-05T09:00:00+18:01",
            "2026-01-05T09:00:00", // no offset
            "2026-01-05 09:00:00+00:00",
            "2026-01-05T09:00:00+0000",
            "２０２６-01-05T09:00:00+00:00", // full-width digits
            "2026-01-05T09:00:00+00:00 ",
            "yesterday",
            "",
    })
    void badTimestampsFailAsTheGeneralParserFails(String text) {
        assertThat(IsoTimestamps.fastPath(text)).as("never read directly").isNull();
        assertThatThrownBy(() -> IsoTimestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void everyInstantOfFourCenturiesInEveryOffsetFormReadsBackTheSame() {
        Random random = new Random(12);
        DateTimeFormatter millis = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
        DateTimeFormatter seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
        for (int i = 0; i < 20_000; i++) {
            long second = -2_208_988_800L + (long) (random.nextDouble() * 12_623_040_000L); // 1900 to 2300
            Instant instant = Instant.ofEpochSecond(second, random.nextInt(1000) * 1_000_000L);
            int quarters = random.nextInt(145) - 72; // -18:00 to +18:00 in quarter hours
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarters * 15 * 60);
            OffsetDateTime at = instant.atOffset(offset);
            for (String text : new String[]{millis.format(at), seconds.format(at), at.toString()}) {
                assertThat(IsoTimestamps.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
                if (text.length() >= 20 && text.charAt(16) == ':') {
                    assertThat(IsoTimestamps.fastPath(text)).as(text).isNotNull();
                }
            }
        }
    }
}
