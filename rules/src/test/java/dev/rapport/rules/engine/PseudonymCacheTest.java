package dev.rapport.rules.engine;

import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.PseudonymCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pseudonym a restart takes back names the person met here under it (their id), or a stand-in until they are:
 * looked up by number, however the table grew between the lookups.
 */
class PseudonymCacheTest {
    private final Pseudonyms pseudonyms = new Pseudonyms("pseudonym cache test secret!".getBytes(StandardCharsets.UTF_8));
    private final PseudonymCache cache = new PseudonymCache(pseudonyms, new Ids());

    @Test
    void aPseudonymOfSomeoneMetHereNamesThemByTheirId() {
        UserId wren = UserId.of("wren-1");
        cache.code(wren);

        assertThat(cache.person(pseudonyms.of(wren))).isEqualTo(wren);
    }

    @Test
    void aPseudonymOfSomeoneNotMetYetNamesAStandInUntilTheyAreMet() {
        UserId oren = UserId.of("oren-2");
        String pseudonym = pseudonyms.of(oren);

        UserId before = cache.person(pseudonym);
        cache.code(oren);

        assertThat(PseudonymCache.isStandIn(before)).isTrue();
        assertThat(cache.code(before)).isEqualTo(cache.code(oren));
        // Met after the first lookup (the lookup's index is kept up as people come).
        assertThat(cache.person(pseudonym)).isEqualTo(oren);
        assertThat(cache.real(before)).isEqualTo(oren);
    }

    @Test
    void textThatIsNoPseudonymNamesNobody() {
        assertThat(cache.person("not a pseudonym")).isNull();
    }

    /**
     * Lookups between people met, as a restart interleaves them, while the table grows several times over: each
     * pseudonym names the person met under it, and a stand-in for anyone not met yet (never another stand-in's id).
     */
    @Test
    void everyLookupAgreesWithThePeopleMetSoFarAsTheTableGrows() {
        SplittableRandom random = new SplittableRandom(7);
        List<UserId> met = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            UserId u = UserId.of("person-" + i);
            if (random.nextInt(4) == 0) {
                // Looked up before they are met: a stand-in, which the table then holds too.
                UserId standIn = cache.person(pseudonyms.of(u));
                assertThat(PseudonymCache.isStandIn(standIn)).isTrue();
                cache.code(standIn);
            }
            cache.code(u);
            met.add(u);
            if (random.nextInt(10) == 0) {
                UserId asked = met.get(random.nextInt(met.size()));
                assertThat(cache.person(pseudonyms.of(asked))).isEqualTo(asked);
            }
        }
        for (UserId u : met) {
            assertThat(cache.person(pseudonyms.of(u))).isEqualTo(u);
        }
        UserId stranger = UserId.of("never-met");
        assertThat(PseudonymCache.isStandIn(cache.person(pseudonyms.of(stranger)))).isTrue();
    }

    /**
     * A forget released Wren's claim and she came back under another number (her old one stays nobody's): the table
     * must not go on naming her by the old one, while storage names her by the new one. Others keep theirs.
     */
    @Test
    void someoneForgottenIsClaimedAfreshWhenMetAgainAndEveryoneElseKeepsTheirNumber() {
        java.util.Map<String, Long> claimed = new java.util.HashMap<>();
        java.util.HexFormat hex = java.util.HexFormat.of();
        Pseudonyms claiming = new Pseudonyms("pseudonym cache test secret!".getBytes(StandardCharsets.UTF_8),
                digest -> claimed.computeIfAbsent(hex.formatHex(digest), k -> 100L + claimed.size()));
        PseudonymCache table = new PseudonymCache(claiming, new Ids());
        UserId wren = UserId.of("wren-1");
        UserId oren = UserId.of("oren-2");
        long before = table.code(wren);
        long orens = table.code(oren);
        // The forget: her claim goes; met again, she is claimed afresh under a new number.
        claimed.remove(hex.formatHex(claiming.digest(wren)));
        claimed.put("her old number stays nobody's", before);

        assertThat(table.forget(code -> code == before)).isEqualTo(1);

        long after = table.code(wren);
        assertThat(after).isNotEqualTo(before).isEqualTo(claimed.get(hex.formatHex(claiming.digest(wren))));
        assertThat(table.code(oren)).isEqualTo(orens);
        assertThat(table.person(PseudonymCode.text(after))).isEqualTo(wren);
    }
}
