package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's extra time after an announced absence (see {@link TeamMemberAwayTest}) is kept over a restart: a restart
 * in the middle of it neither tells the waiting customer's question at the usual hour back nor forgets it at the end.
 */
class TeamMemberAwayRestartTest {
    private static final ChannelInfo HELP = ChannelInfo.of("kiln-help",
            "Questions about a kiln you bought from us? Ask here and our staff will reply.");

    private static Chat pottery() {
        Chat chat = Chat.builder("marisol").defaultRoles(Map.of("Customer", Audience.CUSTOMER, "Staff", Audience.IGNORE))
                .build();
        chat.sayWithRoles("marisol", "studio", Set.of("Staff"), "the new glaze samples are up on the wall");
        chat.sayWithRoles("teodor", "studio", Set.of("Staff"), "and the wheel in bay two is fixed");
        return chat;
    }

    /** Marisol says she is away, a customer asks the team, and three days later she is back. */
    private static MessageId backAfterAnAnnouncedAbsence(Chat chat) {
        chat.later(Duration.ofMinutes(5)).sayWithRoles("marisol", "studio", Set.of("Staff"),
                "off to the ceramics fair until Friday, see you then");
        chat.later(Duration.ofHours(2));
        MessageId q = chat.feed(ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, HELP.name()).channelInfo(HELP).by("leopold").roles(Set.of("Customer"))
                .text("my kiln's thermocouple reads fifty degrees low, would my guarantee pay for a new one?").build());
        chat.later(Duration.ofDays(3));
        chat.sayWithRoles("marisol", "studio", Set.of("Staff"), "hello again everyone, catching up now");
        return q;
    }

    @Test
    void aRestartTwoHoursIntoHerExtraTimeDoesNotTellTheQuestionAndAColleaguesAnswerStillServesIt() {
        Chat chat = pottery();
        MessageId q = backAfterAnAnnouncedAbsence(chat);
        chat.later(Duration.ofHours(2));

        chat.restart();
        chat.later(Duration.ofHours(1));
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).as("still within her extra time").isEmpty();

        chat.feed(ChatMessage.builder().id("a").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, HELP.name()).channelInfo(HELP).by("teodor").roles(Set.of("Staff"))
                .replyTo(q.value(), "leopold").text("sorry for the wait, yes it is, we'll send a new one out").build());
        chat.later(Duration.ofDays(2));
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    @Test
    void aRestartInHerExtraTimeStillTellsTheQuestionLeftAWholeDayAfterHerReturn() {
        Chat chat = pottery();
        backAfterAnAnnouncedAbsence(chat);
        chat.later(Duration.ofHours(2));

        chat.restart();
        chat.later(Duration.ofHours(23));

        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.user().value()).isEqualTo("marisol"));
    }
}
