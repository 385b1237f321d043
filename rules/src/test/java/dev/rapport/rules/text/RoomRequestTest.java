package dev.rapport.rules.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RoomRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "my first hand-bound notebook, go easy on me https://photos.example/notebook",
        "first attempt at a watercolour sky, be gentle 😅",
        "new logo draft for the bakery, be brutal",
        "would love another pair of eyes on this cover letter",
        "I'd love some feedback on the pacing of chapter two",
        "would love to hear your thoughts on the new menu layout",
        "short demo of the chorus, thoughts welcome",
        "any pointers appreciated, this is my first quilt",
        "critique very welcome, it's the third draft",
        "need a hand with my invoice template, the totals come out wrong",
        "Need some advice on pricing my first commission",
        "looking for feedback on my portfolio site before I send it out",
        "here's the intro, let me know what you think",
        "roast my landing page https://page.example",
        "bumping this, still looking for a plumber who does weekends",
        "sorry to nag, any contact would help, the hall is booked for Saturday",
        "any leads would be great, the client wants it by March",
        "another one: a quiet pub with a back room, free on a Sunday",
        "One more: an old van that still runs, two days in May",
    })
    void aRequestToTheRoomWithoutAQuestionMarkAsks(String text) {
        assertThat(RoomRequest.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "thanks for the feedback everyone, the second draft is much better",
        "your notes were a big help, cutting the intro to ten seconds",
        "great tips, appreciated!",
        "episode 12 is out today, recorded in the new studio",
        "the monthly feedback swap is on Thursday evening in the voice channel",
        "finished the mix last night, all done and uploaded",
        "would love to help if anyone is stuck with the kiln settings",
        "to be honest, I prefer the old cover",
        "be gentle with the new folks, everyone starts somewhere",
        "if you want a hand on moving day, just shout",
        "no feedback needed, just sharing something I made",
        "happy to give feedback on anyone's track this week",
        "really appreciated the help with my router yesterday",
        "could someone look at my drum loop?",
        "any day next week would be fine for the delivery",
        "a bumper crop of courgettes this year",
        "that would help a lot, thanks",
        "another one for me: my post hit ten thousand views this week",
        "another one: a lovely review of the show, gallery.example.org/review",
    })
    void newsThanksOffersAndStatementsDoNot(String text) {
        assertThat(RoomRequest.is(text)).isFalse();
    }
}
