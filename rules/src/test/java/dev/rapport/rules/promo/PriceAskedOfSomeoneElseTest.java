package dev.rapport.rules.promo;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.SELL_COLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price asked of one person, by reply under their answer ("roughly what would that cost?"), asks them: someone who
 * never wrote in that room, sending terms of their own by DM the next morning, answers nothing asked of them, and the
 * pitch is cold. The same price question put to the room asks for offers, and a DM with terms answers it.
 */
class PriceAskedOfSomeoneElseTest {

    private static final String DM = "Hi Nell, saw you're planning the 70th. My karaoke hire is £120 a night, and the "
            + "first song book is free. Book a slot: https://rory-sings.example/book";

    @Test
    void termsSentPrivatelyToSomeoneWhoAskedTheRoomWhatItCostsAnswerThem() {
        Chat chat = Chat.coaching("rory");
        chat.say("nell", "party-planning", "planning my dad's 70th for about 80 guests. roughly what does music for "
                + "the evening cost? budget about £500");
        chat.directFiledApart("rory", "dm-rory-nell", "nell", DM);

        assertThat(chat.findings(SELL_COLD)).isEmpty();
    }

    @Test
    void termsSentPrivatelyToSomeoneWhoAskedAnotherWhatTheirsCostsAreCold() {
        Chat chat = Chat.coaching("rory");
        MessageId asked = chat.say("nell", "party-planning", "planning my dad's 70th, eighty or so coming. is a music "
                + "licence needed when the party's in a village hall?");
        MessageId told = chat.reply("sam", "party-planning", asked, "nell", "the hall's own licence covers live "
                + "music up to 11pm, so you're fine for the evening");
        chat.reply("nell", "party-planning", told, "sam", "that's a relief, thanks Sam. roughly what does music for "
                + "the evening cost, for the budget?");
        chat.directFiledApart("rory", "dm-rory-nell", "nell", DM);

        assertThat(chat.findings(SELL_COLD)).hasSize(1);
    }
}
