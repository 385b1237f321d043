package dev.rapport.bot.config;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.links.LinksShareRule;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader(RuleCatalogue.standard());

    @Test
    void referenceConfDefaultsAgreeWithEveryRulesDeclaredDefaults() {
        RapportConfig c = loader.defaults();
        for (Rule rule : RuleCatalogue.standard().rules()) {
            var s = c.coach().settings(CommunityId.of("any"), rule.id());
            assertThat(s.mode()).as(rule.id().id()).isEqualTo(RuleMode.ACT);
            for (Param p : rule.params()) {
                assertThat(s.values()).as(rule.id() + "." + p.key() + " in reference.conf").containsKey(p.key());
                assertThat(s.value(p)).as(rule.id() + "." + p.key()).isEqualTo(p.defaultValue());
            }
        }
    }

    @Test
    void theShippedOperatorFileLoads() {
        Path shipped = projectRoot().resolve("config/rapport.conf");
        assertThat(loader.load(Optional.of(shipped)).zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void plainRoleNamesAreRecognisedByDefaultAndEachCanBeDroppedOrChanged() {
        var defaults = loader.defaults().coach().community(CommunityId.of("any"));
        assertThat(defaults.audienceOfRole("customer")).hasValueSatisfying(r -> {
            assertThat(r.audience()).isEqualTo(dev.rapport.rules.audience.Audience.CUSTOMER);
            assertThat(r.configured()).isFalse();
        });
        assertThat(defaults.audienceOfRole("Staff")).map(r -> r.audience())
                .contains(dev.rapport.rules.audience.Audience.IGNORE);
        // A paid tier and a crowdfunding's backers are customers by their plain names.
        assertThat(defaults.audienceOfRole("Premium")).map(r -> r.audience())
                .contains(dev.rapport.rules.audience.Audience.CUSTOMER);
        assertThat(defaults.audienceOfRole("Early Backers")).map(r -> r.audience())
                .contains(dev.rapport.rules.audience.Audience.CUSTOMER);
        assertThat(defaults.goal()).contains(dev.rapport.rules.config.Goal.FIND_CUSTOMERS);

        var changed = loader.parse("""
                rapport.default-roles { VIP = none, Member = peer }
                rapport.communities."42" { goal = learn, audience.roles { VIP = customer } }
                """, "test.conf").coach();
        assertThat(changed.community(CommunityId.of("7")).audienceOfRole("VIP")).isEmpty();
        assertThat(changed.community(CommunityId.of("7")).audienceOfRole("member")).isPresent();
        assertThat(changed.community(CommunityId.of("42")).audienceOfRole("VIP"))
                .hasValueSatisfying(r -> assertThat(r.configured()).isTrue());
        assertThat(changed.community(CommunityId.of("42")).goal()).contains(dev.rapport.rules.config.Goal.LEARN);
    }

    @Test
    void anUnknownGoalSaysWhichAreAllowed() {
        assertThatThrownBy(() -> loader.parse("rapport.goal = \"sell-more\"", "test.conf"))
                .isInstanceOf(BadConfigException.class)
                .hasMessageContaining("rapport.goal")
                .hasMessageContaining("find-customers, keep-customers, find-collaborators, learn");
    }

    @Test
    void readsGlobalAndPerCommunitySettings() {
        RapportConfig c = loader.parse("""
                rapport.zone = "Europe/Berlin"
                rapport.rules.links.share { mode = log, max-share = 0.5 }
                rapport.communities."42" {
                  audience.roles { Customer = customer }
                  promotion-channels = ["77"]
                  rules.links.share.max-share = 0.6
                }
                """, "test.conf");
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        var global = c.coach().settings(CommunityId.of("other"), RuleId.LINKS_SHARE);
        assertThat(global.mode()).isEqualTo(RuleMode.LOG);
        assertThat(global.value(LinksShareRule.MAX_SHARE)).isEqualTo(0.5);
        var local = c.coach().settings(CommunityId.of("42"), RuleId.LINKS_SHARE);
        assertThat(local.value(LinksShareRule.MAX_SHARE)).isEqualTo(0.6);
        assertThat(local.mode()).isEqualTo(RuleMode.LOG);
        var community = c.coach().community(CommunityId.of("42"));
        assertThat(community.roleAudiences()).containsEntry("Customer", Audience.CUSTOMER);
        assertThat(community.promotionChannels()).containsExactly("77");
    }

    @Test
    void anUnknownRuleIdNamesTheKeyTheFileAndTheKnownRules(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.conf");
        Files.writeString(file, "rapport {\n  rules {\n    links.spam { mode = act }\n  }\n}\n");
        assertThatThrownBy(() -> loader.load(Optional.of(file)))
                .isInstanceOf(BadConfigException.class)
                .hasMessageContaining("bad.conf:3")
                .hasMessageContaining("rapport.rules.links.spam")
                .hasMessageContaining("links.share");
    }

    @Test
    void aThresholdOutOfRangeSaysWhatIsAllowed() {
        assertThatThrownBy(() -> loader.parse("rapport.rules.links.share.max-share = 1.5", "t.conf"))
                .hasMessageContaining("rapport.rules.links.share.max-share")
                .hasMessageContaining("between 0 and 1");
    }

    @Test
    void aWholeNumberThresholdRefusesFractions() {
        assertThatThrownBy(() -> loader.parse("rapport.rules.links.burst.links = 2.5", "t.conf"))
                .hasMessageContaining("whole number");
    }

    @Test
    void anUnknownThresholdListsTheRulesSettings() {
        assertThatThrownBy(() -> loader.parse("rapport.rules.links.burst.limit = 3", "t.conf"))
                .hasMessageContaining("allowed: mode, links, window-minutes");
    }

    @Test
    void aBadModeListsTheModes() {
        assertThatThrownBy(() -> loader.parse("rapport.rules.links.burst.mode = loud", "t.conf"))
                .hasMessageContaining("off, log, act");
    }

    @Test
    void aTypoInAKeyIsRefused() {
        assertThatThrownBy(() -> loader.parse("rapport.zoen = UTC", "t.conf"))
                .hasMessageContaining("rapport.zoen").hasMessageContaining("unknown key");
    }

    @Test
    void aBadTimeZoneSaysHowToWriteOne() {
        assertThatThrownBy(() -> loader.parse("rapport.zone = Mars/Olympus", "t.conf"))
                .hasMessageContaining("Europe/Berlin");
    }

    @Test
    void aBadAudienceListsTheAudiences() {
        assertThatThrownBy(() -> loader.parse("rapport.communities.x.audience.roles { VIP = vip }", "t.conf"))
                .hasMessageContaining("customer, advocate, peer, seeker, ignore");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> loader.load(Optional.of(Path.of("nowhere.conf"))))
                .hasMessageContaining("nowhere.conf").hasMessageContaining("no such config file");
    }

    @Test
    void brokenSyntaxIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.conf");
        Files.writeString(file, "rapport {\n  zone = \n");
        assertThatThrownBy(() -> loader.load(Optional.of(file))).isInstanceOf(BadConfigException.class)
                .hasMessageContaining("broken.conf");
    }

    static Path projectRoot() {
        String root = System.getProperty("rapport.projectRoot");
        if (root != null) {
            return Path.of(root);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("config/rapport.conf"))) {
            p = p.getParent();
        }
        return p;
    }
}
