package dev.rapport.bot.discord.tips;

import dev.rapport.bot.coach.TipView;
import dev.rapport.rules.finding.Evidence;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Severity;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.stats.IsoWeek;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TipEmbedsTest {

    private static TipView tip(Evidence evidence) {
        Finding f = new Finding(RuleId.AUDIENCE_PEERS_ONLY, Severity.LOW, RuleMode.ACT, UserId.of("7"),
                CommunityId.of("1234"), new IsoWeek(2026, 2), Instant.parse("2026-01-11T20:00:00Z"), evidence,
                new Tip("90% of your interactions were with peers.", RuleId.AUDIENCE_PEERS_ONLY.principle(),
                        "answer one of the open questions."));
        return new TipView("tip-1", f);
    }

    @Test
    void linksTheOpenQuestionsATipPointsAt() {
        Evidence e = Evidence.builder().suggestion(MessageId.of("555"), ChannelId.of("12")).build();
        MessageEmbed embed = new TipEmbeds().embed(tip(e));
        assertThat(embed.getFields()).anySatisfy(field -> {
            assertThat(field.getName()).isEqualTo("Where to look");
            assertThat(field.getValue()).contains("https://discord.com/channels/1234/12/555");
        });
    }

    @Test
    void saysNothingAboutPlacesWhenThereAreNone() {
        MessageEmbed embed = new TipEmbeds().embed(tip(Evidence.builder().count("interactions", 10).build()));
        assertThat(embed.getFields()).extracting(MessageEmbed.Field::getName).doesNotContain("Where to look");
    }
}
