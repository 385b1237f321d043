package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Consent is per server: the engine may read a person only where they said yes, on this platform. */
class OptInLookupTest {
    private static final UserId ANA = UserId.of("7");
    private static final CommunityId MAKERS = CommunityId.of("1");
    private static final CommunityId STUDY = CommunityId.of("2");
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void aPersonIsCoachedOnlyInTheCommunitiesWhereTheyOptedIn() {
        ListedOptIns optIns = new ListedOptIns();
        optIns.save(OptIn.consent("discord", ANA, MAKERS, T0, ZoneId.of("Europe/Berlin")));
        OptInLookup lookup = new OptInLookup(optIns, "discord");

        assertThat(lookup.zoneOf(ANA)).contains(ZoneId.of("Europe/Berlin"));
        assertThat(lookup.coachedIn(ANA, MAKERS)).isTrue();
        assertThat(lookup.coachedIn(ANA, STUDY)).as("she said yes in another server, not here").isFalse();
    }

    @Test
    void aConsentOnAnotherPlatformDoesNotCount() {
        ListedOptIns optIns = new ListedOptIns();
        optIns.save(OptIn.consent("other", ANA, MAKERS, T0, ZoneId.of("UTC")));

        assertThat(new OptInLookup(optIns, "discord").coachedIn(ANA, MAKERS)).isFalse();
    }

    @Test
    void aStopInOneServerEndsTheConsentThereOnly() {
        ListedOptIns optIns = new ListedOptIns();
        optIns.save(OptIn.consent("discord", ANA, MAKERS, T0, ZoneId.of("UTC")));
        optIns.save(OptIn.consent("discord", ANA, STUDY, T0.plusSeconds(60), ZoneId.of("UTC")));
        optIns.remove("discord", ANA, STUDY);
        OptInLookup lookup = new OptInLookup(optIns, "discord");

        assertThat(lookup.coachedIn(ANA, MAKERS)).isTrue();
        assertThat(lookup.coachedIn(ANA, STUDY)).isFalse();
    }
}
