package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_PEERS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

class PeersOnlyRuleTest {

    /** Peers announce and answer; a seeker mostly asks. */
    private static void community(Chat chat) {
        for (String peer : new String[]{"pete", "paula"}) {
            for (int i = 0; i < 3; i++) {
                chat.say(peer, "trade-talk", "shipped a new release of our tool today " + i);
            }
        }
    }

    /** A community where people sell: it has a channel for showing and selling one's work. */
    private static Chat sellingCommunity() {
        return Chat.builder("ana").promotionChannels("showcase").build();
    }

    /**
     * Peers announce their releases and a seeker asks in #help, where Ana offers help; then she says "nice release!"
     * to the peers {@code nods} times, and the week ends.
     */
    private static Chat anaNodsToPeers(Chat.Builder settings, int nods) {
        Chat chat = settings.build();
        community(chat);
        return Scene.over(chat)
                .says("sam", "help", "how do I choose a web designer?")
                .says("ana", "help", "happy to help here")
                .talksWith("ana", "trade-talk", nods, "nice release!", "pete", "paula")
                .finish();
    }

    @Test
    void firesWhenAlmostAllInteractionsAreWithPeersAndPointsToOpenQuestions() {
        Chat chat = sellingCommunity();
        community(chat);
        chat.say("sam", "help", "how do I choose a web designer?");
        chat.say("sam", "help", "what should a small bakery website cost?");
        MessageId open = chat.say("sam", "help", "is it worth paying a pro for a logo?");
        chat.say("ana", "help", "happy to help here");
        for (int i = 0; i < 9; i++) {
            chat.mention("ana", "trade-talk", i % 2 == 0 ? "pete" : "paula", "nice release!");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).singleElement().satisfies(f -> {
            assertThat(f.evidence().count("share-percent")).isEqualTo(100);
            assertThat(f.evidence().suggestions()).hasSize(3).contains(open);
            assertThat(f.evidence().where()).containsEntry(open, dev.rapport.rules.model.ChannelId.of("help"));
        });
    }

    @Test
    void staysQuietForSomeoneWhoseGoalIsToLearn() {
        Chat chat = anaNodsToPeers(Chat.builder("ana").promotionChannels("showcase").communityGoal(Goal.LEARN), 6);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void staysQuietInACommunityWhereNobodySells() {
        Chat chat = anaNodsToPeers(Chat.builder("ana"), 6);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    @Test
    void staysQuietForSomeoneWhoMostlyAsksQuestions() {
        Chat chat = Chat.coaching("elif");
        community(chat);
        for (int i = 0; i < 4; i++) {
            chat.say("elif", "help", "where do you buy ribbon, and how many rolls at once?");
        }
        for (int i = 0; i < 6; i++) {
            chat.mention("elif", "trade-talk", i % 2 == 0 ? "pete" : "paula", "how did you price it?");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /**
     * Someone who asks a lot but says she wants clients of her own asks as one of the trade ("how do you price
     * rush jobs?"), not as a buyer: her week of shop talk with peers is the one to balance.
     */
    @Test
    void firesForSomeoneWhoMostlyAsksPeersButSaysSheWantsClientsOfHerOwn() {
        Chat chat = anaAsksPeersAfterSaying("Slow autumn. I really need a few more direct clients before winter, any ideas?");

        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /** The same week of questions to peers, from someone who never says she wants clients: a learner, not coached. */
    @Test
    void staysQuietForSomeoneWhoMostlyAsksPeersWithoutSeekingClients() {
        Chat chat = anaAsksPeersAfterSaying("Slow autumn. I really need a few more hours of sleep before winter, any ideas?");

        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /**
     * Where nobody else is seen selling, someone who says she wants clients of her own (in her trade's word for them,
     * bookings) sells all the same: her week of shop talk with peers while a would-be client waits is the one to
     * balance.
     */
    @Test
    void firesWhereNobodyElseIsSeenSellingForSomeoneWhoSaysSheNeedsBookings() {
        Chat chat = anaTalksShopWhereNobodySellsAfterSaying("Quiet January: I need to land more portrait bookings before "
                + "spring, any ideas?");

        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /** The same week from someone who never says she wants clients: where nobody sells, not a business question. */
    @Test
    void staysQuietWhereNobodySellsForSomeoneWhoNeverSaysSheWantsClients() {
        Chat chat = anaTalksShopWhereNobodySellsAfterSaying("Quiet January: I need to plan more long holidays before "
                + "spring, any ideas?");

        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /** In a community with no seller in sight, a would-be client asks while Ana says {@code opener}, then talks shop. */
    private static Chat anaTalksShopWhereNobodySellsAfterSaying(String opener) {
        Chat chat = Chat.coaching("ana");
        community(chat);
        chat.say("sam", "help", "who could take photos at my grandad's ninetieth in March?");
        return Scene.over(chat).says("ana", "trade-talk", opener)
                .talksWith("ana", "trade-talk", 9, "nice release!", "pete", "paula")
                .finish();
    }

    /** A seeker waits in #help while Ana says {@code opener} to the trade, then asks peers nine questions. */
    private static Chat anaAsksPeersAfterSaying(String opener) {
        Chat chat = sellingCommunity();
        community(chat);
        chat.say("sam", "help", "how do I choose a web designer?");
        return Scene.over(chat).says("ana", "trade-talk", opener)
                .talksWith("ana", "trade-talk", 9, "how do you price rush jobs?", "pete", "paula")
                .finish();
    }

    @Test
    void staysQuietWhenThePersonAlsoTalksWithSeekers() {
        Chat chat = Chat.coaching("ana");
        community(chat);
        MessageId q1 = chat.say("sam", "help", "how do I choose a web designer?");
        chat.say("sam", "help", "what should a small bakery website cost?");
        chat.say("sam", "help", "is it worth paying a pro for a logo?");
        for (int i = 0; i < 3; i++) {
            chat.mention("ana", "trade-talk", "pete", "nice release!");
        }
        chat.reply("ana", "help", q1, "sam", "look at their portfolio first");
        chat.mention("ana", "help", "sam", "and ask for two references");
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /** The person's own goal wins over the community's: she came to find customers, whatever the server is for. */
    @Test
    void firesForSomeoneWhoChoseToFindCustomersInACommunityForLearning() {
        Chat chat = anaNodsToPeers(Chat.builder("ana").goal("ana", Goal.FIND_CUSTOMERS).promotionChannels("showcase")
                .communityGoal(Goal.LEARN), 9);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /** Talking with peers is the point for someone who said they are looking for collaborators. */
    @Test
    void staysQuietForSomeoneWhoChoseToFindCollaborators() {
        Chat chat = anaNodsToPeers(Chat.builder("ana").goal("ana", Goal.FIND_COLLABORATORS)
                .promotionChannels("showcase"), 6);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /** A handful of messages with peers is a week of shop talk, not a pattern to balance. */
    @Test
    void staysQuietForAHandfulOfMessagesWithPeers() {
        Chat chat = anaNodsToPeers(Chat.builder("ana").promotionChannels("showcase"), 6);
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    private static final dev.rapport.rules.model.ChannelInfo HIRE_ME = dev.rapport.rules.model.ChannelInfo.of(
            "hire-me", "Say what work you're looking for.");

    /** A post in the channel where people offer their work, a minute after the last message. */
    private static void inHireMe(Chat chat, String author, String text) {
        postInHireMe(chat, "hire-" + author, author, text);
    }

    /** A post {@code id} in the channel where people offer their work, a minute after the last message. */
    private static void postInHireMe(Chat chat, String id, String author, String text) {
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id(id).at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, HIRE_ME.name()).channelInfo(HIRE_ME).by(author).text(text).build());
        chat.later(java.time.Duration.ofMinutes(1));
    }

    /** Messages of shop talk with pete and paula, while a business owner's questions wait in #help. */
    private static void shopTalkWhileQuestionsWait(Chat chat, int messages) {
        chat.say("sam", "help", "how do I choose a web designer?");
        chat.say("sam", "help", "what should a small bakery website cost?");
        chat.say("sam", "help", "is it worth paying a pro for a logo?");
        Scene.over(chat).talksWith("ana", "lounge", messages, "agreed, the new framework is lovely", "pete", "paula");
    }

    /**
     * A community with a channel where people offer their work for hire sells, and whoever offers their work there
     * is in the trade: a week spent talking only with them is a week among peers, judged by who they turned out to
     * be by the last word with them, not by how little was known of them when the talk began.
     */
    @Test
    void firesWhenThePeopleSheTalksWithOfferTheirOwnWorkWhereTheCommunityTrades() {
        Chat chat = Chat.coaching("ana");
        inHireMe(chat, "ana", "Taking on two shop websites for spring, small businesses welcome.");
        shopTalkWhileQuestionsWait(chat, 8);
        inHireMe(chat, "pete", "Open for logo and branding projects from March.");
        inHireMe(chat, "paula", "I have room for one more maintenance client.");
        chat.mention("ana", "lounge", "pete", "good luck with the branding work");
        chat.mention("ana", "lounge", "paula", "good luck with the new client");
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).singleElement().satisfies(f -> {
            assertThat(f.evidence().count("share-percent")).isEqualTo(100);
            assertThat(f.evidence().suggestions()).isNotEmpty();
        });
    }

    /** Someone asking for work to be done in that channel is a customer to be, not a peer. */
    @Test
    void staysQuietWhenThePeopleSheTalksWithAskForWorkInThatChannel() {
        Chat chat = Chat.coaching("ana");
        inHireMe(chat, "ana", "Taking on two shop websites for spring, small businesses welcome.");
        shopTalkWhileQuestionsWait(chat, 8);
        inHireMe(chat, "pete", "Looking for someone to build my shop site, DM me your rates.");
        inHireMe(chat, "paula", "Looking for a developer to fix my booking page, DM me your rates.");
        chat.mention("ana", "lounge", "pete", "good luck with the shop site");
        chat.mention("ana", "lounge", "paula", "good luck with the booking page");
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /**
     * Sellers borrow a buyer's words: open commissions or slots with "DM for a quote" offer one's own work. The people
     * who post so are in the trade, and a week of talk with them only is a week among peers.
     */
    @Test
    void firesWhenThePeopleSheTalksWithOpenTheirOwnSlotsInABuyersWords() {
        Chat chat = Chat.coaching("ana");
        inHireMe(chat, "ana", "Taking on two shop websites for spring, small businesses welcome.");
        shopTalkWhileQuestionsWait(chat, 8);
        inHireMe(chat, "pete", "Commissions open for spring: hand-lettered shop signs, DM for a quote.");
        inHireMe(chat, "paula", "Two slots open in April for illustrated maps, message me for quotes.");
        chat.mention("ana", "lounge", "pete", "good luck with the sign work");
        chat.mention("ana", "lounge", "paula", "good luck with the maps");
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /**
     * A seller's price states the job's costs on top ("£45 plus parts"), or offers to come out: only the one who would
     * do the work says so, though the post names a service as a buyer would. The people who post so are in the trade.
     */
    @Test
    void firesWhenThePeopleSheTalksWithPriceTheirServicesWithCostsOnTop() {
        Chat chat = Chat.coaching("ana");
        inHireMe(chat, "ana", "Taking on two shop websites for spring, small businesses welcome.");
        shopTalkWhileQuestionsWait(chat, 8);
        inHireMe(chat, "pete", "Bike repair services round town, tune-ups £45 plus parts.");
        inHireMe(chat, "paula", "Mobile dog grooming services, I come to you with the van.");
        chat.mention("ana", "lounge", "pete", "good luck with the bike work");
        chat.mention("ana", "lounge", "paula", "good luck with the grooming");
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }

    /** A buyer's own figure for the same services ("budget £45 plus parts") posts a job: a customer to be. */
    @Test
    void staysQuietWhenThePeopleSheTalksWithNameWhatTheyWouldPayForServices() {
        Chat chat = Chat.coaching("ana");
        inHireMe(chat, "ana", "Taking on two shop websites for spring, small businesses welcome.");
        shopTalkWhileQuestionsWait(chat, 8);
        inHireMe(chat, "pete", "Need bike repair services before the sportive, budget £45 plus parts.");
        inHireMe(chat, "paula", "Looking for dog grooming services, can pay £30 plus travel.");
        chat.mention("ana", "lounge", "pete", "good luck with the bike");
        chat.mention("ana", "lounge", "paula", "good luck with the grooming");
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /** The same words from people who want the work done, or ask who takes it, are buyers': customers to be. */
    @Test
    void staysQuietWhenThePeopleSheTalksWithAskForQuotes() {
        Chat chat = Chat.coaching("ana");
        inHireMe(chat, "ana", "Taking on two shop websites for spring, small businesses welcome.");
        shopTalkWhileQuestionsWait(chat, 8);
        inHireMe(chat, "pete", "Need someone to letter a sign for my cafe, DM me a quote.");
        inHireMe(chat, "paula", "Anyone taking commissions for an illustrated map of our village? Send me quotes.");
        chat.mention("ana", "lounge", "pete", "good luck with the sign");
        chat.mention("ana", "lounge", "paula", "good luck with the map");
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /** A second post in the channel where people offer their work: a client's follow-up to those who answered. */
    private static void followUpInHireMe(Chat chat, String author, String text) {
        postInHireMe(chat, "hire-again-" + author, author, text);
    }

    /**
     * People who posted a job there and then wrote to those who answered it ("lovely, I'll message you tomorrow to
     * agree a start") are clients: their words in the trade channel after the job are a buyer's, not offers.
     */
    @Test
    void staysQuietWhenThePeopleSheTalksWithPostedJobsAndFollowedThemUp() {
        Chat chat = Chat.coaching("ana");
        inHireMe(chat, "ana", "Taking on two shop websites for spring, small businesses welcome.");
        shopTalkWhileQuestionsWait(chat, 8);
        inHireMe(chat, "pete", "Looking for someone to build my shop site, DM me your rates.");
        inHireMe(chat, "paula", "Looking for a developer to fix my booking page, DM me your rates.");
        followUpInHireMe(chat, "pete", "Lovely, I'll message you tomorrow to agree a start date.");
        followUpInHireMe(chat, "paula", "Great, I will send the login details tonight.");
        chat.mention("ana", "lounge", "pete", "talk tomorrow then");
        chat.mention("ana", "lounge", "paula", "thanks, tonight works");
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).isEmpty();
    }

    /** The same follow-up lines by people who had offered their own work there: peers, and the week is among them. */
    @Test
    void firesWhenThePeopleWhoWroteTheSameLinesThereHadOfferedTheirWork() {
        Chat chat = Chat.coaching("ana");
        inHireMe(chat, "ana", "Taking on two shop websites for spring, small businesses welcome.");
        shopTalkWhileQuestionsWait(chat, 8);
        inHireMe(chat, "pete", "Open for logo and branding projects from March.");
        inHireMe(chat, "paula", "I have room for one more maintenance client.");
        followUpInHireMe(chat, "pete", "Lovely, I'll message you tomorrow to agree a start date.");
        followUpInHireMe(chat, "paula", "Great, I will send the login details tonight.");
        chat.mention("ana", "lounge", "pete", "talk tomorrow then");
        chat.mention("ana", "lounge", "paula", "thanks, tonight works");
        chat.finish();
        assertThat(chat.findings(AUDIENCE_PEERS_ONLY)).hasSize(1);
    }
}
