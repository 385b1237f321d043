package dev.rapport.bot.discord.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.bot.discord.loopback.InteractionIds;
import dev.rapport.bot.discord.loopback.RecordedRequest;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.rapport.bot.discord.live.LiveBot.ANA;
import static dev.rapport.bot.discord.live.LiveBot.BEN;
import static dev.rapport.bot.discord.live.LiveBot.CLEO;
import static dev.rapport.bot.discord.live.LiveBot.GENERAL;
import static dev.rapport.bot.discord.live.LiveBot.GUILD;
import static dev.rapport.bot.discord.live.LiveBot.HELP;
import static dev.rapport.bot.discord.live.LiveBot.SHOWCASE;
import static dev.rapport.bot.discord.live.LiveBot.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/** /coachadmin end to end: settings are stored, the live engine uses them for later messages, a restart keeps them. */
@Timeout(value = LiveBot.DEADLINE_SECONDS, unit = TimeUnit.SECONDS)
class DiscordAdminEndToEndTest {
    private static final int EPHEMERAL = 64;
    private static final String MANAGE_SERVER = "32";
    private static final String CUSTOMERS = "20";

    @TempDir
    Path dir;
    private LiveBot live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    private void crossPost(String link) {
        for (String channel : List.of(GENERAL, SHOWCASE, HELP)) {
            live.post(channel, ANA, "Some notes from yesterday's meetup are here " + link + " for anyone curious");
        }
    }

    private String statsNumbers() {
        return live.answer(live.coach(ANA, "stats")).path("embeds").get(0).path("fields").findValuesAsText("value").toString();
    }

    private String answerText(InteractionIds ids) {
        assertThat(live.callback(ids).json().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        return live.answer(ids).path("content").asText();
    }

    @Test
    void coachadminIsRegisteredForServersOnlyAndForManageServerByDefault() throws Exception {
        live = LiveBot.start(dir, discord -> { });

        RecordedRequest registration = live.discord.awaitRequest(r -> r.is("PUT", "applications/"
                + live.discord.applicationId() + "/commands"), WAIT);
        JsonNode admin = null;
        for (JsonNode c : registration.json()) {
            if (c.path("name").asText().equals("coachadmin")) {
                admin = c;
            }
        }

        assertThat(admin).as("/coachadmin registered").isNotNull();
        assertThat(admin.path("default_member_permissions").asText()).isEqualTo(MANAGE_SERVER);
        List<String> contexts = new java.util.ArrayList<>();
        admin.path("contexts").forEach(c -> contexts.add(c.asText()));
        assertThat(contexts).as("guild context only").containsExactly("0");
        assertThat(admin.path("options").findValuesAsText("name"))
                .contains("audience", "promotion-channel", "rule", "status");
    }

    @Test
    void aPromotionChannelSwitchedOnLeavesItsLinksUncountedForLaterMessages() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);

        String answer = answerText(live.admin(CLEO, d -> d.subcommand("promotion-channel")
                .channelOption("channel", SHOWCASE).option("welcome", "on")));
        crossPost("https://example.com/notes");

        assertThat(answer).contains("<#" + SHOWCASE + ">");
        assertThat(live.storage.communitySettings().find(CommunityId.of(GUILD)))
                .hasValueSatisfying(c -> assertThat(c.promotionChannels()).containsExactly(SHOWCASE));
        assertThat(statsNumbers()).contains("messages: 3").contains("links shared: 2");
        live.awaitMarker();
        assertThat(live.tipsTo(ANA)).isEmpty();
    }

    @Test
    void aLoweredThresholdMakesTheRuleSpeakSoonerForLaterMessages() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);

        String answer = answerText(live.admin(CLEO, d -> d.subcommand("rule")
                .option("id", "links.repeat").option("setting", "cross-channels=2")));
        for (String channel : List.of(GENERAL, HELP)) {
            live.post(channel, ANA, "Some notes from yesterday's meetup are here https://example.com/notes for anyone curious");
        }

        assertThat(answer).contains("links.repeat").contains("cross-channels=2");
        RecordedRequest tip = live.awaitTipTo(ANA);
        assertThat(tip.json().path("embeds").get(0).path("footer").path("text").asText()).contains("links.repeat");
    }

    @Test
    void aRuleSwitchedOffStaysQuietAndThresholdsOutOfRangeAreRefusedSayingWhatIsAllowed() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);

        String tooLow = answerText(live.admin(CLEO, d -> d.subcommand("rule")
                .option("id", "links.repeat").option("setting", "cross-channels=1")));
        String unknownKey = answerText(live.admin(CLEO, d -> d.subcommand("rule")
                .option("id", "links.repeat").option("setting", "loudness=3")));
        String unknownRule = answerText(live.admin(CLEO, d -> d.subcommand("rule")
                .option("id", "links.spam").option("setting", "off")));
        String off = answerText(live.admin(CLEO, d -> d.subcommand("rule")
                .option("id", "links.repeat").option("setting", "off")));
        crossPost("https://example.com/notes");

        assertThat(tooLow).startsWith("⚠️").contains("between 2 and 50");
        assertThat(unknownKey).startsWith("⚠️").contains("Allowed: on, off, log").contains("cross-channels=<");
        assertThat(unknownRule).startsWith("⚠️").contains("links.repeat");
        assertThat(off).contains("links.repeat in this server: off");
        assertThat(statsNumbers()).contains("links shared: 3");
        live.awaitMarker();
        assertThat(live.tipsTo(ANA)).noneMatch(r -> r.json().toString().contains("rule links.repeat"));
        assertThat(live.storage.communitySettings().find(CommunityId.of(GUILD)).orElseThrow()
                .rules().get(RuleId.LINKS_REPEAT).mode()).isEqualTo(RuleMode.OFF);
    }

    @Test
    void statusShowsTheServersEffectiveSettingsEphemerally() throws Exception {
        live = LiveBot.start(dir, discord -> discord.guild("2", "Other").role(CUSTOMERS, "Customers"));
        answerText(live.admin(CLEO, d -> d.subcommandGroup("audience").subcommand("role")
                .roleOption("role", CUSTOMERS).option("audience", "customer")));
        answerText(live.admin(CLEO, d -> d.subcommandGroup("audience").subcommand("channel")
                .channelOption("channel", HELP).option("audience", "seeker")));
        answerText(live.admin(CLEO, d -> d.subcommand("rule").option("id", "links.share").option("setting", "log")));

        InteractionIds status = live.admin(CLEO, d -> d.subcommand("status"));

        assertThat(live.callback(status).json().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        JsonNode embed = live.answer(status).path("embeds").get(0);
        String fields = embed.path("fields").findValuesAsText("value").toString();
        assertThat(fields).contains("<@&" + CUSTOMERS + "> → customer").contains("<#" + HELP + "> → seeker")
                .contains("**links.share** log only").contains("**links.repeat** on · repeats=3");
        assertThat(live.storage.communitySettings().find(CommunityId.of(GUILD)).orElseThrow().roleAudiences())
                .containsEntry(CUSTOMERS, Audience.CUSTOMER);
    }

    @Test
    void settingsStoredByAnAdminApplyAgainAfterARestart() throws Exception {
        live = LiveBot.start(dir, discord -> { });
        live.optIn(ANA);
        answerText(live.admin(CLEO, d -> d.subcommand("promotion-channel")
                .channelOption("channel", SHOWCASE).option("welcome", "on")));
        live.close();

        live = LiveBot.start(dir, discord -> { });
        crossPost("https://example.com/notes");

        assertThat(statsNumbers()).contains("messages: 3").contains("links shared: 2");
    }

    /**
     * The status says which of the server's roles the coach treats as whom, and how it knows (an admin's setting or a
     * plain default name), and how many coached members chose each goal: counts, never who.
     */
    @Test
    void statusShowsTheRecognisedRolesAndHowManyMembersChoseEachGoalButNeverWho() throws Exception {
        String buyersClub = "20";
        String customerRole = "21";
        String teamRole = "22";
        live = LiveBot.start(dir, discord -> discord.declaredGuild(GUILD).role(buyersClub, "buyers club")
                .role(customerRole, "Customer").role(teamRole, "Team"));
        answerText(live.admin(CLEO, d -> d.subcommandGroup("audience").subcommand("role")
                .roleOption("role", buyersClub).option("audience", "customer")));
        for (String[] member : new String[][]{{ANA, "learn"}, {CLEO, "learn"}, {BEN, null}}) {
            JsonNode start = live.answer(member[1] == null ? live.coach(member[0], "start", "zone", "UTC")
                    : live.coach(member[0], "start", "zone", "UTC", "goal", member[1]));
            live.answer(live.press(start.path("components").get(0).path("components").get(0).path("custom_id").asText(),
                    member[0]));
        }

        InteractionIds status = live.admin(CLEO, d -> d.subcommand("status"));

        JsonNode embed = live.answer(status).path("embeds").get(0);
        String roles = field(embed, "Audiences by role");
        String goals = field(embed, "Goals of coached members");
        assertThat(roles).contains("<@&" + buyersClub + "> → customer (set by an admin)")
                .contains("<@&" + customerRole + "> → customer (recognised by its name)")
                .contains("<@&" + teamRole + "> → ignore (recognised by its name)")
                .doesNotContain("<@&" + LiveBot.MODS + ">");
        assertThat(goals).contains("learn: 2").contains("find customers: 0").contains("not said: 1")
                .contains("this server's goal: find customers");
        assertThat(embed.toString()).doesNotContain(ANA + ">", BEN + ">", "ana", "ben");
    }

    @Test
    void statusSaysSoWhenNoRoleStandsForAnAudienceAndNobodyIsCoached() throws Exception {
        live = LiveBot.start(dir, discord -> { });

        JsonNode embed = live.answer(live.admin(CLEO, d -> d.subcommand("status"))).path("embeds").get(0);

        assertThat(field(embed, "Audiences by role")).startsWith("none").contains("Customer");
        assertThat(field(embed, "Goals of coached members")).startsWith("nobody is coached here yet");
    }

    private static String field(JsonNode embed, String name) {
        for (JsonNode f : embed.path("fields")) {
            if (f.path("name").asText().equals(name)) {
                return f.path("value").asText();
            }
        }
        throw new AssertionError("no field '" + name + "' in " + embed);
    }
}
