package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room whose topic says it is for one trade's people among themselves is where the trade talks with fellows: a seller
 * whose week of ten lines all went there, two of them by name to fellows and the rest to the room, spent the week with
 * peers, though no reply or name says with whom each line was.
 */
class TradeRoomTest {

    @Test
    void aTopicForOneTradesPeopleIsATradeRoom() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "for plasterers: suppliers, prices, moans"))).isTrue();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "upholsterers talking shop"))).isTrue();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "electricians' chat, no customers"))).isTrue();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "for people who bake for a living"))).isTrue();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "potters chatting: kilns, glazes, fairs"))).isTrue();
        // the trade by two of its names (since session 37)
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "for saddlers and leather workers talking shop: awls"))).isTrue();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "joiners and cabinet makers: timber, tools, moans"))).isTrue();
    }

    @Test
    void aRoomSharedWithBuyersOrForMembersIsNoTradeRoom() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "plasterers and homeowners, chat"))).isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "for tailors and customers: fittings, questions"))).isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "groomers and dog owners: ask anything"))).isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("ask", "homeowners: ask about your walls"))).isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "beginners' chat, no question too small"))).isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "chat about anything"))).isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "members chatting: anything goes"))).isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", ""))).isFalse();
    }

    /** A room where a trade's people show each other their work for feedback is theirs (since session 53). */
    @Test
    void aRoomWhereATradesPeopleShowTheirWorkForFeedbackIsATradeRoom() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("crits", "potters post a piece and get frank feedback"))).isTrue();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("crits", "illustrators share work for critique"))).isTrue();
    }

    /** The same shape naming buyers or members, or feedback nobody gives on their work, is no trade room. */
    @Test
    void aRoomWhereBuyersPostForFeedbackOrATradeGivesNoneIsNoTradeRoom() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("crits", "dog owners post a photo and get feedback"))).isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("crits", "members share drafts for critique"))).isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("news", "potters post fair dates and stall news"))).isFalse();
    }

    /** A trade named with a word that says which ("tribute performers", "sash restorers") is still one trade. */
    @Test
    void aTradeNamedWithAWordThatSaysWhichIsATradeRoom() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "for sash restorers talking shop: putty, cords"))).isTrue();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "wedding singers: setlists, fees, moans"))).isTrue();
    }

    /** The same shape naming buyers or members with their word before them is no trade. */
    @Test
    void buyersOrMembersNamedWithAWordBeforeThemAreNoTrade() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("ask", "for new members: say hello, ask anything"))).isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("ask", "local customers: ask about your order"))).isFalse();
    }

    /**
     * A topic that keeps the room's talk among the community's own people, in the first person ("studio life among
     * ourselves: fees, tools"), gives it to the trade as "talking shop" does, whether or not it names the trade.
     */
    @Test
    void aTopicThatKeepsTheTalkAmongOurselvesIsATradeRoom() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "studio life among ourselves: fees, tools, councils")))
                .isTrue();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "glaziers among ourselves: cutting, suppliers")))
                .isTrue();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("bench", "rotas, kit, bad days: the crew amongst ourselves")))
                .isTrue();
    }

    /** The same words where the topic's "we" are buyers or members keep the talk among the buyers: no trade room. */
    @Test
    void talkAmongOurselvesByBuyersOrMembersIsNoTradeRoom() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "parents and carers among ourselves: bedtimes")))
                .isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "homeowners: tips we swap among ourselves")))
                .isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "new members among ourselves, anything goes")))
                .isFalse();
    }

    /**
     * Owners of a place of trade run a business there: a room kept among "salon owners" or "stylists and salon owners"
     * is the trade's, where one kept among dog owners or homeowners is the buyers' (since session 50).
     */
    @Test
    void talkAmongOwnersOfAPlaceOfTradeIsATradeRoom() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("back", "stylists and salon owners among ourselves: rent, stock")))
                .isTrue();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("back", "bakery owners among ourselves, flour prices and rotas")))
                .isTrue();
    }

    /**
     * Owners of a business named by what it lets out or by being one ("scaffold hire owners", "small business owners")
     * run it, as salon owners run a salon: a room kept among them is the trade's, where one kept among caravan owners,
     * who only have one, is the buyers' (since session 61).
     */
    @Test
    void talkAmongOwnersOfAHireFirmIsATradeRoom() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("back", "scaffold hire owners among ourselves: yards, insurance")))
                .isTrue();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("back", "small business owners among ourselves, rates and staff")))
                .isTrue();
    }

    @Test
    void talkAmongOwnersOfWhatOthersHireOutIsNoTradeRoom() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "caravan owners among ourselves: pitches, towing")))
                .isFalse();
    }

    /**
     * Owners who answer askers named as another group ("builders and landlords ask about skip hire; owners reply") are
     * the owners of the firms asked about: the topic sends its askers to the trade. Owners answering owners ("new
     * owners ask, owners answer") name no trade (since session 61).
     */
    @Test
    void ownersWhoAnswerAnotherGroupsAskersAreTheTrade() {
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("enquiries",
                "builders and landlords ask about skip hire; owners reply"))).isEqualTo("owners");
    }

    @Test
    void ownersWhoAnswerOwnersAreNoTrade() {
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("lounge", "new owners ask, owners answer"))).isNull();
    }

    @Test
    void talkAmongOwnersOfPetsOrHomesIsNoTradeRoom() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "dog owners among ourselves: walks, vets, treats")))
                .isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("lounge", "boat owners among ourselves, moorings and winters")))
                .isFalse();
    }

    @Test
    void firesWhenTheLinesWentToARoomKeptAmongOwnersOfAPlaceOfTrade() {
        assertThat(aWeekIn(ChannelInfo.of("back-office", "florists and shop owners among ourselves: stems, rent"))
                .findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheLinesWentToARoomKeptAmongOwnersOfPets() {
        assertThat(aWeekIn(ChannelInfo.of("lounge", "cat owners among ourselves: litter, vets, naps"))
                .findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    private static final ChannelInfo BENCH = ChannelInfo.of("bench-talk", "for plasterers: suppliers, prices, moans");
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "plasterers and homeowners, chat");

    /** Ana sells (the community has a showcase); her week: two words by name to fellows, eight lines to {@code room}. */
    private static Chat aWeekIn(ChannelInfo room) {
        Scene scene = Scene.of(Chat.builder("ana").promotionChannels("showcase"))
                .says("sam", "help", "what would skimming one ceiling cost?")
                .asksIn("pete", room, "paula", "which lime putty are you on this winter?")
                .asksIn("ana", room, "pete", "the bagged one, it's fine below five degrees")
                .asksIn("ana", room, "paula", "you still got that spare mixer paddle?");
        String[] lines = {"van heater died again", "anyone else's scaffold firm put prices up?",
            "mine doubled since spring", "going to try the firm out by the ring road", "ok they're cheaper",
            "wet week, three days lost", "new hawk arrived, lighter than the old one", "back on the tools tomorrow"};
        for (String line : lines) {
            scene.saysIn(room, "ana", line);
        }
        return scene.finish();
    }

    @Test
    void firesWhenAWeekOfLinesWentToARoomForTheTradesOwnPeople() {
        assertThat(aWeekIn(BENCH).findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void firesWhenTheLinesWentToARoomKeptAmongOurselves() {
        assertThat(aWeekIn(ChannelInfo.of("back-office", "site life among ourselves: prices, vans, moans"))
                .findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheLinesWentToARoomWhereBuyersTalkAmongThemselves() {
        assertThat(aWeekIn(ChannelInfo.of("lounge", "homeowners: tips we swap among ourselves"))
                .findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /** Ana's week with only her lines to the trade's room: no word to a fellow by name, none to her from anyone. */
    private static Chat aWeekAloneIn(ChannelInfo room) {
        Scene scene = Scene.of(Chat.builder("ana").promotionChannels("showcase"))
                .says("sam", "help", "what would skimming one ceiling cost?");
        String[] lines = {"van heater died again", "my scaffold firm put its prices up", "they doubled since spring",
            "going to try the firm out by the ring road", "ok they're cheaper", "wet week, three days lost",
            "new hawk arrived, lighter than the old one", "back on the tools tomorrow", "booked two ceilings for June",
            "got my mixer paddle fixed at last"};
        for (String line : lines) {
            scene.saysIn(room, "ana", line);
        }
        return scene.finish();
    }

    /**
     * A week of lines to the trade's room beside no exchange with anyone at all was talk with nobody, fellows included:
     * a broadcast, which oneway.broadcast names, and no mix of audiences to balance (since session 57).
     */
    @Test
    void staysQuietWhenTheWeeksLinesToTheTradesRoomWereAnExchangeWithNobody() {
        assertThat(aWeekAloneIn(BENCH).findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /** The same lines beside two words by name to fellows there are a week of shop talk with them. */
    @Test
    void firesWhenTheSameLinesToTheTradesRoomWentBesideWordsWithFellows() {
        Scene scene = Scene.of(Chat.builder("ana").promotionChannels("showcase"))
                .says("sam", "help", "what would skimming one ceiling cost?")
                .asksIn("ana", BENCH, "pete", "the bagged lime is fine below five degrees")
                .asksIn("ana", BENCH, "paula", "is your spare mixer paddle still going?");
        for (int i = 0; i < 8; i++) {
            scene.saysIn(BENCH, "ana", "another wet day on site, number " + i);
        }
        assertThat(scene.finish().findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void staysQuietWhenTheSameLinesWentToARoomSharedWithBuyers() {
        assertThat(aWeekIn(LOUNGE).findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }
}
