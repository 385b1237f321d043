package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A role's audience is worked out once per role name, and again after the settings change. */
class CommunityRolesTest {
    private static final UserId ANA = UserId.of("ana");
    private static final UserId BEN = UserId.of("ben");
    private static final ChannelId GENERAL = ChannelId.of("general");

    private static CommunitySettings defaultsOnly() {
        return CommunitySettings.NONE.withDefaults(Map.of("Customer", Audience.CUSTOMER), Goal.FIND_CUSTOMERS);
    }

    @Test
    void aDefaultRoleNameCountsIgnoringCaseForEveryoneWearingIt() {
        CommunityState community = new CommunityState(defaultsOnly());
        community.roles(ANA, Set.of("customer"));
        community.roles(BEN, Set.of("CUSTOMER"));

        assertThat(community.audienceOf(ANA, GENERAL)).isEqualTo(Audience.CUSTOMER);
        assertThat(community.audienceOf(ANA, GENERAL)).isEqualTo(Audience.CUSTOMER);
        assertThat(community.audienceOf(BEN, GENERAL)).isEqualTo(Audience.CUSTOMER);
        assertThat(community.recognisedRoles()).containsOnlyKeys("customer", "CUSTOMER");
        assertThat(community.recognisedRoles().get("customer").configured()).isFalse();
    }

    @Test
    void aRoleMeansWhatTheNewSettingsSayOnceTheyChange() {
        CommunityState community = new CommunityState(defaultsOnly());
        community.roles(ANA, Set.of("customer"));
        assertThat(community.audienceOf(ANA, GENERAL)).isEqualTo(Audience.CUSTOMER);

        community.use(new CommunitySettings(Map.of("Customer", Audience.ADVOCATE), Map.of(), Set.of(), Map.of())
                .withDefaults(Map.of("Customer", Audience.CUSTOMER), Goal.FIND_CUSTOMERS));

        assertThat(community.audienceOf(ANA, GENERAL)).isEqualTo(Audience.ADVOCATE);
        assertThat(community.recognisedRoles().get("customer").configured()).isTrue();
    }

    @Test
    void aRoleThatMeansNothingLeavesTheAudienceToHowThePersonTalks() {
        CommunityState community = new CommunityState(defaultsOnly());
        community.roles(ANA, Set.of("Moderator"));

        assertThat(community.audienceOf(ANA, GENERAL)).isEqualTo(Audience.UNKNOWN);
        assertThat(community.audienceOf(ANA, GENERAL)).isEqualTo(Audience.UNKNOWN);
        assertThat(community.recognisedRoles()).isEmpty();
    }

    @Test
    void aRoleTheSnapshotNamedThatTheSettingsNoLongerKnowIsKeptAndCountsOnceTheSettingsNameItAgain() {
        CommunityId guild = CommunityId.of("guild");
        PseudonymCache pseudonyms = new PseudonymCache(new Pseudonyms(new byte[16]), new Ids());
        CommunitySnapshot saved = new CommunitySnapshot(CommunitySnapshot.VERSION, guild, null, null, null, null, null,
                false, false, List.of("Customer", "Patron"));

        CommunityState restored = new CommunityState(defaultsOnly());
        restored.restore(saved, pseudonyms);

        assertThat(restored.recognisedRoles()).containsOnlyKeys("Customer");
        assertThat(restored.snapshot(guild, pseudonyms).recognisedRoles()).as("saved again")
                .containsExactly("Customer", "Patron");

        restored.use(new CommunitySettings(Map.of("Patron", Audience.CUSTOMER), Map.of(), Set.of(), Map.of())
                .withDefaults(Map.of("Customer", Audience.CUSTOMER), Goal.FIND_CUSTOMERS));

        assertThat(restored.recognisedRoles()).containsKey("Patron");
        assertThat(restored.recognisedRoles().get("Patron").configured()).isTrue();
        assertThat(restored.snapshot(guild, pseudonyms).recognisedRoles()).contains("Patron");
    }

    @Test
    void aRestoredRoleTheSettingsStillKnowIsRecognisedAsBefore() {
        CommunityId guild = CommunityId.of("guild");
        PseudonymCache pseudonyms = new PseudonymCache(new Pseudonyms(new byte[16]), new Ids());
        CommunityState restored = new CommunityState(defaultsOnly());
        restored.restore(new CommunitySnapshot(CommunitySnapshot.VERSION, guild, null, null, null, null, null, false,
                false, List.of("customer")), pseudonyms);

        assertThat(restored.recognisedRoles()).containsOnlyKeys("customer");
        assertThat(restored.snapshot(guild, pseudonyms).recognisedRoles()).containsExactly("customer");
    }
}
