package dev.rapport.rules.oneway;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.text.ChannelPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.ONEWAY_BROADCAST;
import static dev.rapport.rules.rule.RuleId.ONEWAY_SELF_FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since session 49: how one's day went, told to nobody in particular in a room made for pouring out the bad ones
 * ({@code #vent}, "rough shift? let it out", "for the bad days"), is what that room is for, as an entry is in a log: it
 * is not broadcasting, and its "I" and "my" were asked for. The same week in an ordinary room still speaks to nobody.
 */
class RoomForBadDaysTest {

    private static final String[] NIGHTS = {
            "another double today, my back is done in",
            "the ward ran out of beds again by noon",
            "cried in the car before driving home",
            "my manager moved my leave without telling me",
            "slept four hours, back in at seven",
            "lost a patient I had looked after for weeks",
            "the new rota has me on every weekend in March",
            "ate crisps for dinner standing at the counter",
            "my feet have stopped speaking to me",
            "one good thing: a family brought us cake"};

    /** Ten posts of her day, hours apart, told to nobody in {@code where}, with nobody spoken to. */
    private static Chat weekOfBadDays(ChannelInfo where) {
        Chat chat = Chat.coaching("ana");
        for (String night : NIGHTS) {
            chat.later(Duration.ofHours(14));
            chat.sayIn("ana", where, night);
        }
        chat.finish();
        return chat;
    }

    @Test
    void staysQuietForHowTheDayWentToldInARoomForTheBadDays() {
        Chat chat = weekOfBadDays(ChannelInfo.of("rough-days", "when a shift knocks you flat, say it here"));
        assertThat(chat.findings(ONEWAY_BROADCAST)).isEmpty();
        assertThat(chat.findings(ONEWAY_SELF_FOCUS)).isEmpty();
    }

    @Test
    void firesForTheSameWeekToldInAnOrdinaryRoom() {
        Chat chat = weekOfBadDays(ChannelInfo.of("ward-seven", "rotas, training dates, the car park"));
        assertThat(chat.findings(ONEWAY_BROADCAST)).hasSize(1);
    }

    @Test
    void aRoomForTheBadDaysIsKnownByANameOrTopicThatSaysToVentOrNamesThem() {
        assertThat(ChannelPurpose.troubles(ChannelInfo.of("vent", ""))).isTrue();
        assertThat(ChannelPurpose.troubles(ChannelInfo.of("bad-days", ""))).isTrue();
        assertThat(ChannelPurpose.troubles(ChannelInfo.of("after-hours", "rough night? get it off your chest")))
                .isTrue();
        assertThat(ChannelPurpose.troubles(ChannelInfo.of("offload", "vent here, nobody will judge"))).isTrue();
        assertThat(ChannelPurpose.troubles(ChannelInfo.of("back-room", "for the tough weeks and the long ones")))
                .isTrue();
    }

    @Test
    void aChatRoomThatAlsoWelcomesRantsOrANameJoiningRantsToASubjectIsNot() {
        assertThat(ChannelPurpose.troubles(ChannelInfo.of("lounge", "vent, chat, anything"))).isFalse();
        assertThat(ChannelPurpose.troubles(ChannelInfo.of("staffroom", "chat, rants, tips"))).isFalse();
        assertThat(ChannelPurpose.troubles(ChannelInfo.of("invoices-and-rants", ""))).isFalse();
        assertThat(ChannelPurpose.troubles(ChannelInfo.of("ward-seven", "rotas, training dates, the car park")))
                .isFalse();
        assertThat(ChannelPurpose.troubles(ChannelInfo.of("event-ideas", "an event for a bad weather day"))).isFalse();
    }
}
