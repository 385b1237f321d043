package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community that keeps a room for one trade's people among themselves, and one that sends askers to the trade ("ask
 * the upholsterers"), is a market of that trade's work: people sell there, whoever was yet seen selling. The trade's
 * room alone may be fellows with no buyers about. A room kept to a group by a plural alone ("riggers only") is the
 * trade's when the community sends its askers to that group elsewhere ("ask the riggers"), whichever room came first.
 * A community with no such rooms, where nobody was seen selling, stays one where nobody sells (since session 39).
 */
class TradeKeepsItsOwnRoomTest {
    private static final ChannelInfo DEN = ChannelInfo.of("den", "upholsterers only: foam, fabric, rates, grumbles");
    private static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "say hi, chat about anything");
    private static final ChannelInfo RIGGERS = ChannelInfo.of("back-room", "riggers only, really: knots, loads, jobs");
    private static final ChannelInfo SPOTS = ChannelInfo.of("spots", "spots only: place, time, what you saw");
    private static final ChannelInfo ASK_RIGGERS = ChannelInfo.of("venue-questions",
            "event venues: ask the riggers about loads and points");
    private static final ChannelInfo ASK_FURNITURE = ChannelInfo.of("owners-ask",
            "furniture owners: ask the upholsterers about recovering a chair");
    /** A buyer's request for the trade's work, put to the room. */
    private static final String CHAIRS_WANTED = "does anyone recover dining chairs near Frome? six of them, happy to pay";
    /** A room for questions that sends nobody to the trade: newcomers of the trade ask there as much as anyone. */
    private static final ChannelInfo QUESTIONS = ChannelInfo.of("questions", "questions from new members, anyone can answer");

    /**
     * Ana talks shop with her fellows all week in {@code talkIn}, naming them; meanwhile a buyer asks the room in
     * {@code askIn} for the work, and nobody answers.
     */
    private static Chat aWeekOfShopTalk(ChannelInfo talkIn, ChannelInfo askIn, String request) {
        Chat chat = Chat.coaching("ana");
        for (String fellow : new String[]{"pete", "paula"}) {
            chat.sayIn(talkIn, fellow, "three jobs in today, all of them wanting it yesterday");
        }
        chat.later(Duration.ofHours(1));
        chat.sayIn(askIn, "hugo", request);
        for (int i = 0; i < 10; i++) {
            chat.later(Duration.ofHours(6));
            chat.mentionIn("ana", talkIn, i % 2 == 0 ? "pete" : "paula",
                    "the new webbing stretcher is worth every penny, honestly");
        }
        return chat.finish();
    }

    @Test
    void aWeekOfShopTalkInTheTradesOwnRoomWhileABuyerWaitedIsCoachedThoughNobodyWasSeenSelling() {
        Chat chat = aWeekOfShopTalk(DEN, ASK_FURNITURE, CHAIRS_WANTED);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    @Test
    void theSameWeekWhereNoRoomSendsAskersToTheTradeIsNotCoached() {
        Chat chat = aWeekOfShopTalk(DEN, QUESTIONS, CHAIRS_WANTED);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void theSameWeekWhereNoRoomIsATradesAndNobodySellsIsNotCoached() {
        Chat chat = aWeekOfShopTalk(LOUNGE, ASK_FURNITURE, CHAIRS_WANTED);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void aRoomKeptToTheGroupTheCommunitySendsItsAskersToIsTheTrades() {
        assertThat(TradeRoom.keptTo(RIGGERS)).isEqualTo("riggers");
        assertThat(TradeRoom.askTheTrade(ASK_RIGGERS)).isEqualTo("riggers");
        assertThat(TradeRoom.keptTo(SPOTS)).isEqualTo("spots");
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("help", "stuck? ask the mods"))).isNull();
        assertThat(TradeRoom.keptTo(ChannelInfo.of("vip", "members only: perks and previews"))).isNull();
        Chat chat = aWeekOfShopTalk(RIGGERS, ASK_RIGGERS,
                "anyone free to rig a truss for a wedding in Bath on the 9th? paid of course");
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /**
     * A topic that names one of the trade as who answers ("chair owners: ask about yours, an upholsterer will reply",
     * "one of us will answer") sends the askers to the trade as "ask the upholsterers" does (since session 50).
     */
    @Test
    void aRoomWhoseTopicSaysOneOfTheTradeAnswersSendsItsAskersToTheTrade() {
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "chair owners: ask about yours, an upholsterer will reply")))
                .isEqualTo("upholsterers");
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "boaters: your hull questions, a surveyor here can help")))
                .isEqualTo("surveyors");
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "the public: ask anything, one of us will answer")))
                .isEqualTo("us");
        Chat chat = aWeekOfShopTalk(DEN, ChannelInfo.of("chairs-ask", "chair owners: ask about yours, an upholsterer will reply"),
                CHAIRS_WANTED);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /** Not where a member, the team or anyone answers: that sends nobody to a trade. */
    @Test
    void aRoomAnsweredByAMemberOrTheTeamSendsNobodyToTheTrade() {
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "new here? post away, a member will answer"))).isNull();
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "orders and refunds: a staff member will reply"))).isNull();
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "stuck? a moderator will help"))).isNull();
        Chat chat = aWeekOfShopTalk(DEN, ChannelInfo.of("questions", "new here? post away, a member will answer"),
                CHAIRS_WANTED);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /**
     * A topic that asks its askers to book or hire the community's own people in its own voice ("hotels and cafes: ask
     * about recovering and booking us") sends them to the trade as "one of us will answer" does: only those who do the
     * work are booked (since session 60).
     */
    @Test
    void aRoomWhoseTopicInvitesAskersToBookUsSendsThemToTheTrade() {
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "hotels and cafes: ask about recovering and booking us")))
                .isEqualTo("us");
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "theatres: hire us for your next run of seating")))
                .isEqualTo("us");
        Chat chat = aWeekOfShopTalk(DEN, ChannelInfo.of("work-wanted",
                "hotels and cafes: ask about recovering and booking us"), CHAIRS_WANTED);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /** Not a place or a thing booked for us ("booking us a stall"), nor booking with us: no work of ours is hired. */
    @Test
    void aRoomWhereAPlaceIsBookedForUsOrWithUsSendsNobodyToTheTrade() {
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "tips on booking us a stall at the spring fair"))).isNull();
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "questions about booking with us, ask away"))).isNull();
        Chat chat = aWeekOfShopTalk(DEN, ChannelInfo.of("fairs", "tips on booking us a stall at the spring fair"),
                CHAIRS_WANTED);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /**
     * A topic whose clause gives the answering to the trade in the plural ("chair owners ask, upholsterers answer",
     * "caterers: post what needs recovering; upholsterers reply") sends the askers to the trade as "an upholsterer will
     * reply" does; and the group named first there asks, so the room is not that group's own shop talk (since session
     * 53).
     */
    @Test
    void aRoomWhoseTopicSaysTheTradeAnswersInThePluralSendsItsAskersToTheTrade() {
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "chair owners ask, upholsterers answer")))
                .isEqualTo("upholsterers");
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "caterers: post what needs recovering; upholsterers reply")))
                .isEqualTo("upholsterers");
        Chat chat = aWeekOfShopTalk(DEN, ChannelInfo.of("chairs-ask", "chair owners ask, upholsterers answer"),
                CHAIRS_WANTED);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /**
     * The answering group named with a word that says which, answering with a price: "homeowners post what needs
     * fixing; local roofers reply with quotes" sends its askers to the roofers as "roofers reply" does: only the one who
     * would do the work answers a request with a quote (since session 55).
     */
    @Test
    void aRoomWhoseTopicSaysANamedTradeRepliesWithQuotesSendsItsAskersToTheTrade() {
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q",
                "homeowners post what needs fixing; local roofers reply with quotes"))).isEqualTo("roofers");
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "clubs post their fixtures, kit makers respond with prices")))
                .isEqualTo("makers");
        Chat chat = aWeekOfShopTalk(DEN, ChannelInfo.of("chairs-wanted",
                "cafes and hotels post what needs doing; furniture upholsterers reply with quotes"), CHAIRS_WANTED);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /** Not members answering with a price, nor a trade that replies with something other than a price or an offer. */
    @Test
    void aRoomWhereMembersQuoteOrATradeRepliesWithSomethingElseSendsNobodyToTheTrade() {
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "post your finds; other members reply with prices")))
                .isNull();
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "post a photo, local roofers reply with memes"))).isNull();
        Chat chat = aWeekOfShopTalk(DEN, ChannelInfo.of("finds", "post your finds; other members reply with prices"),
                CHAIRS_WANTED);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /**
     * Not members or the team answering in the plural, nor a group that answers something other than the askers
     * ("tutors answer emails within a day"): the clause is the group and its verb alone.
     */
    @Test
    void aRoomWhereMembersAnswerOrAGroupAnswersSomethingElseSendsNobodyToTheTrade() {
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "stuck on a pattern? ask away, members answer"))).isNull();
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "upholsterers answer emails within a day"))).isNull();
        assertThat(TradeRoom.askTheTrade(ChannelInfo.of("q", "questions welcome; volunteers reply"))).isNull();
        Chat chat = aWeekOfShopTalk(DEN, ChannelInfo.of("questions", "stuck on a pattern? ask away, members answer"),
                CHAIRS_WANTED);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /**
     * A buyer's job posted in a room whose topic names them first and the trade as who replies ("caterers: post what
     * needs recovering; upholsterers reply"), left a day, went by the trade: the seller who spent the week in the
     * trade's own room is coached, where the same room read as the caterers' own shop talk would make the asker a
     * fellow (since session 53).
     */
    @Test
    void aJobPostedWhereTheTopicNamesItsAskersThenTheTradeWhoRepliesWentByTheTrade() {
        assertThat(TradeRoom.byTopic(ChannelInfo.of("jobs", "caterers: post what needs recovering; upholsterers reply")))
                .isFalse();
        assertThat(TradeRoom.byTopic(ChannelInfo.of("jobs", "caterers: menus, kit, moans"))).isTrue();
        Chat chat = aWeekOfShopTalk(DEN, ChannelInfo.of("jobs-wanted",
                        "caterers: post what needs recovering; upholsterers reply"),
                "need twelve banquet chairs recovered before the spring, any takers?");
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
        Chat theirOwn = aWeekOfShopTalk(DEN, ChannelInfo.of("jobs-wanted", "caterers: menus, kit, moans"),
                "need twelve banquet chairs recovered before the spring, any takers?");
        assertThat(theirOwn.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void aRoomKeptToThingsOrToAGroupNobodyIsSentToIsNoTradesRoom() {
        Chat chat = aWeekOfShopTalk(SPOTS, ASK_RIGGERS,
                "anyone free to rig a truss for a wedding in Bath on the 9th? paid of course");
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }
}
