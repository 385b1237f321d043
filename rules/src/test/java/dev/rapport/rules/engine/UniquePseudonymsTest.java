package dev.rapport.rules.engine;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.stats.PseudonymCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No two people share a pseudonym, however many there are: sharing one would merge their counts. Under this test's
 * secret the ids {@code member 630837} and {@code member 991519} have digests that begin with the same 40 bits
 * ({@code 1d12b799a5}): found by hashing ids until two clashed, as one pair in every million or so people does.
 */
class UniquePseudonymsTest {
    static final byte[] SECRET = "pseudonym clash test secret".getBytes(StandardCharsets.UTF_8);
    static final UserId FIRST = UserId.of("member 630837");
    static final UserId SECOND = UserId.of("member 991519");

    @Test
    void aHundredThousandPeopleGetAHundredThousandPseudonyms() {
        Pseudonyms pseudonyms = new Pseudonyms(SECRET);
        Set<String> seen = new HashSet<>();
        seen.add(pseudonyms.of(FIRST));
        seen.add(pseudonyms.of(SECOND));
        for (int i = 0; i < 99_998; i++) {
            seen.add(pseudonyms.of(UserId.of("member " + i)));
        }

        assertThat(seen).hasSize(100_000);
    }

    @Test
    void theSecondOfTwoPeopleWhoseDigestsBeginAlikeGetsTheNextNumber() {
        Pseudonyms pseudonyms = new Pseudonyms(SECRET);

        String first = pseudonyms.of(FIRST);
        String second = pseudonyms.of(SECOND);

        assertThat(first).isEqualTo("p-1d12b799a5");
        assertThat(second).isEqualTo("p-1d12b799a6");
        // Asked again, in either order, each keeps theirs.
        assertThat(pseudonyms.of(SECOND)).isEqualTo(second);
        assertThat(pseudonyms.of(FIRST)).isEqualTo(first);
    }

    @Test
    void whoeverIsMetFirstKeepsThePseudonymTheirDigestNames() {
        Pseudonyms pseudonyms = new Pseudonyms(SECRET);

        assertThat(pseudonyms.of(SECOND)).isEqualTo("p-1d12b799a5");
        assertThat(pseudonyms.of(FIRST)).isEqualTo("p-1d12b799a6");
    }

    /** What was stored before claims (a pseudonym is its digest's first five bytes) still names the same person. */
    @Test
    void someoneWhosePseudonymNobodyElseHoldsKeepsTheOneStoredBefore() {
        Pseudonyms pseudonyms = new Pseudonyms(SECRET);
        UserId wren = UserId.of("wren");

        assertThat(pseudonyms.of(wren)).isEqualTo(PseudonymCode.text(PseudonymCode.of(pseudonyms.digest(wren))));
    }

    @Test
    void aNumberTakenByAThirdPersonIsPassedOverToo() {
        Pseudonyms pseudonyms = new Pseudonyms(SECRET);
        byte[] third = pseudonyms.digest(SECOND).clone();
        // A third digest whose own number is the one after the clash's, claimed before the clash's second person.
        third[4]++;
        third[12]++;
        PseudonymClaims claims = PseudonymClaims.inMemory();
        Pseudonyms claiming = pseudonyms.claimingIn(claims);

        claiming.of(FIRST);
        assertThat(PseudonymCode.text(claims.claim(third))).isEqualTo("p-1d12b799a6");
        assertThat(claiming.of(SECOND)).isEqualTo("p-1d12b799a7");
    }

    /** The merge the clash would cause: two people's contacts with the coached person counted as one person's. */
    @Test
    void twoPeopleWhoseDigestsBeginAlikeAreTwoContacts() {
        CoachEngine engine = CoachEngine.builder().rules(RuleCatalogue.standard().rules())
                .enrollment(user -> Optional.of(ZoneOffset.UTC)).promoDetector(Chat.MARKED)
                .pseudonyms(new Pseudonyms(SECRET)).build();
        engine.accept(ChatMessage.builder().id("1").at(Chat.START).in("c", "general").by("ana")
                .mention(FIRST.value()).text("thanks for the glaze tip").build());
        engine.accept(ChatMessage.builder().id("2").at(Chat.START.plusSeconds(60)).in("c", "general").by("ana")
                .mention(SECOND.value()).text("and thank you for the kiln schedule").build());

        UserSnapshot saved = engine.snapshot(UserId.of("ana"), CommunityId.of("c")).orElseThrow();

        assertThat(saved.contacts()).containsOnlyKeys("p-1d12b799a5", "p-1d12b799a6");
    }
}
