package dev.rapport.rules.promo;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The detector as a specification: for each family of promotion, where it fires and where it rightly stays quiet. */
class SelfPromotionDetectorTest {
    private final SelfPromotionDetector detector = new SelfPromotionDetector();

    private PromoVerdict verdict(String text) {
        return detector.analyse(text);
    }

    @Nested
    class CallToOwnStuff {
        @Test
        void checkOutMyChannelIsSelfPromotionAndAnEngagementAsk() {
            PromoVerdict v = verdict("Hey everyone, check out my new channel, I post every week!");
            assertThat(v.selfPromotion()).isTrue();
            assertThat(v.engagementAsk()).isTrue();
            assertThat(v.score()).isGreaterThanOrEqualTo(0.7);
        }

        @Test
        void visitOurShopIsSelfPromotion() {
            assertThat(verdict("visit our shop for handmade mugs").selfPromotion()).isTrue();
        }

        @Test
        void aLikeOnMyVideoIsSelfPromotion() {
            assertThat(verdict("drop a like on my latest video please").selfPromotion()).isTrue();
        }

        /** "hit" with a count after it is a milestone reached, not a button to press. */
        @Test
        void aCountHitOnOnesPageIsAMilestoneNotACall() {
            assertThat(verdict("Just hit 5k on my tiktok!! can't believe it").promotional()).isFalse();
            assertThat(verdict("hit the follow button on my tiktok please").selfPromotion()).isTrue();
        }

        /** One's own workshop or masterclass with where to get a place is one's own thing pushed, like a course. */
        @Test
        void onesOwnWorkshopWithItsLinkIsSelfPromotion() {
            assertThat(verdict("if anyone wants to learn lids, my spring workshop still has spots: "
                    + "https://wheelhouse.example/spring").selfPromotion()).isTrue();
            assertThat(verdict("my workshop flooded last night, any tips for drying out a kiln shed?").promotional())
                    .isFalse();
        }

        @Test
        void checkingOutTheDocsIsNot() {
            assertThat(verdict("check out the docs at https://docs.example.com/setup").promotional()).isFalse();
        }

        @Test
        void checkingYourOwnChannelIsNotAnAsk() {
            assertThat(verdict("I check my channel stats every morning").promotional()).isFalse();
        }

        /** Whatever one's thing is called, one's own thing on a social platform is an account to follow or like. */
        @Test
        void followingOrLikingMyBusinessOnAPlatformIsAnEngagementAsk() {
            assertThat(verdict("Could you follow my bakery on Instagram too?").engagementAsk()).isTrue();
            assertThat(verdict("please like my pottery studio on facebook").engagementAsk()).isTrue();
        }

        /** Sharing a screen or liking one's breakfast on a platform asks nobody for attention. */
        @Test
        void sharingMyScreenOrLikingMyHabitsOnAPlatformIsNot() {
            assertThat(verdict("can you share my screen on discord while I present?").promotional()).isFalse();
            assertThat(verdict("I like my coffee on twitter mornings").promotional()).isFalse();
        }

        @Test
        void askingForHelpWithOnesOwnSiteIsNotPromotion() {
            assertThat(verdict("can you check my site? the login page throws an error").promotional()).isFalse();
        }
    }

    @Nested
    class CallToSelf {
        @Test
        void subscribeToMeIsSelfPromotion() {
            assertThat(verdict("Subscribe to me for weekly woodworking tips").selfPromotion()).isTrue();
        }

        @Test
        void followMeOnTwitterIsSelfPromotion() {
            assertThat(verdict("follow me on twitter @someone").selfPromotion()).isTrue();
        }

        @Test
        void checkMeOutIsSelfPromotion() {
            assertThat(verdict("Check me out! I rap").selfPromotion()).isTrue();
        }

        @Test
        void doYouFollowMeIsAQuestionOfUnderstanding() {
            assertThat(verdict("so you set the env var first, do you follow me?").promotional()).isFalse();
        }

        @Test
        void followTheInstructionsIsNot() {
            assertThat(verdict("follow the instructions in the README").promotional()).isFalse();
        }
    }

    @Nested
    class ReciprocalAsk {
        @ParameterizedTest
        @ValueSource(strings = {"sub4sub anyone?", "SUB 4 SUB", "follow for follow", "like 4 like", "s4s",
                "subscribe and I'll subscribe back"})
        void tradingAttentionIsSelfPromotion(String text) {
            assertThat(verdict(text).selfPromotion()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"welcome! just so you know, we never do sub 4 sub in this server",
                "heads up, no sub4sub here please", "we don't really do sub for sub, but post your edits in feedback"})
        void theTradeNamedToBeRefusedAsksNothing(String text) {
            assertThat(verdict(text).promotional()).as(text).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"sub 4 sub? I always sub back", "new here, sub for sub anyone"})
        void theTradeOfferedIsStillAnAsk(String text) {
            assertThat(verdict(text).selfPromotion()).as(text).isTrue();
        }

        @Test
        void aSubstituteIsNot() {
            assertThat(verdict("can I sub in for Dave on Friday?").promotional()).isFalse();
        }
    }

    @Nested
    class SubscribeAsk {
        @Test
        void aBarePleaseSubscribeIsSelfPromotion() {
            assertThat(verdict("please subscribe, it helps a tiny creator!!").selfPromotion()).isTrue();
        }

        @Test
        void likeAndSubscribeIsSelfPromotion() {
            assertThat(verdict("LIKE AND SUBSCRIBE for part two of the build").selfPromotion()).isTrue();
        }

        @Test
        void subscribedToTheNewsletterIsNot() {
            assertThat(verdict("I subscribed to the newsletter you mentioned").promotional()).isFalse();
        }

        @Test
        void askingHowToSubscribeIsNot() {
            assertThat(verdict("how do you subscribe?").promotional()).isFalse();
        }

        @Test
        void pointingToAnAnnouncementsChannelIsNot() {
            assertThat(verdict("subscribe to the announcements channel to get release notes").promotional())
                    .isFalse();
        }
    }

    @Nested
    class AudienceGoal {
        @Test
        void helpMeReachSubscribersIsSelfPromotion() {
            assertThat(verdict("help me get 250 subscribers before my birthday").selfPromotion()).isTrue();
        }

        @Test
        void countingSomeoneElsesSubscribersIsNot() {
            assertThat(verdict("your band is nearly at 3 million listeners, well deserved!").promotional()).isFalse();
        }
    }

    @Nested
    class Announcement {
        @ParameterizedTest
        @ValueSource(strings = {"my new song is out", "We just launched!", "I just started my channel",
                "I did a cover of this song"})
        void announcingSomethingMadeIsSelfPromotion(String text) {
            assertThat(verdict(text).selfPromotion()).isTrue();
        }

        @Test
        void troubleWithOnesNewAppIsAHelpRequest() {
            assertThat(verdict("my new app crashes on startup, any idea?").promotional()).isFalse();
        }

        @Test
        void aFavouriteSongIsNotOnesOwn() {
            assertThat(verdict("This is my favorite song from the whole festival").promotional()).isFalse();
        }
    }

    @Nested
    class ShareTemplate {
        @Test
        void theShareButtonsWordsAreSelfPromotion() {
            assertThat(verdict("Check out this clip on Vimeo: a tour of my garden").selfPromotion()).isTrue();
        }

        @Test
        void youShouldCheckOutThePinnedMessageIsNot() {
            assertThat(verdict("you should check out the pinned message").promotional()).isFalse();
        }
    }

    @Nested
    class OwnStream {
        @ParameterizedTest
        @ValueSource(strings = {"going live at 8, repainting the old dresser https://twitch.tv/marlowplays",
                "LIVE now!! painting a dragon https://youtube.com/@brushhour", "we're live, come hang: https://kiln.example/live",
                "knitting the second sleeve on stream today, say hi https://twitch.tv/marlowplays",
                "streaming tonight, new glaze tests: https://twitch.tv/marlowplays"})
        void announcingOnesStreamWithItsLinkIsSelfPromotion(String text) {
            assertThat(verdict(text).selfPromotion()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"was on stream for six hours today, my eyes hurt", "I live in a van now, map of my spot: https://maps.example/spot",
                "the cup final is live now on https://bbc.co.uk/sport", "is the tournament live now? https://lichess.org/tournament/x"})
        void aStreamWithoutItsLinkOrSomeoneElsesBroadcastIsNot(String text) {
            assertThat(verdict(text).selfPromotion()).as(text).isFalse();
        }
    }

    @Nested
    class Sales {
        /** A free trial of one's product with where to take it is an offer, as a discount is. */
        @Test
        void aFreeTrialWithItsLinkIsASalesPitchFreeParkingIsNot() {
            assertThat(verdict("Tallyo is free for the first 2 months for every new studio: "
                    + "https://tallyo.example/start").salesPitch()).isTrue();
            assertThat(verdict("parking by the hall is free for the first hour, then it's 2 a day").promotional())
                    .isFalse();
        }

        /** The trial's length said between "free" and "trial" is the same offer. */
        @ParameterizedTest
        @ValueSource(strings = {"Shiftly builds the rota overnight. Free 21-day trial at https://shiftly.example/go",
                "we just launched, free 7 day trial here https://inkpad.example/try"})
        void aFreeTrialOfSomeLengthWithItsLinkIsASalesPitch(String text) {
            assertThat(verdict(text).salesPitch()).as(text).isTrue();
        }

        @Test
        void askingWhetherThereIsAFreeTrialOfSomeLengthIsNot() {
            assertThat(verdict("does that app have a free 14-day trial or do they want a card up front? "
                    + "https://rotawise.example/pricing").salesPitch()).isFalse();
        }

        @Test
        void aDiscountIsASalesPitch() {
            assertThat(verdict("50% off all templates this week, buy now").salesPitch()).isTrue();
        }

        @Test
        void dmMeForPricesIsASalesPitchAndSelfPromotion() {
            PromoVerdict v = verdict("I do logo design, DM me for prices");
            assertThat(v.salesPitch()).isTrue();
            assertThat(v.selfPromotion()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"I do pet portraits, £80 a session, DM me", "two slots left in May, DM me if interested",
                "lovely glaze! I throw these for $35 a mug btw, pm me 🙂", "places still open on my weaving course, message me!"})
        void aDmMeClosingAnOfferWithAPriceOrPlacesLeftIsASalesPitch(String text) {
            assertThat(verdict(text).salesPitch()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"anyone got a spare usb cable? DM me", "DM me the file when you can",
                "I'll be at the fair at 7, DM me", "it cost me $40 to fix, DM me if you want the shop's name",
                "are there any spots left for saturday? DM me"})
        void aDmMeThatClosesNoOfferIsNot(String text) {
            assertThat(verdict(text).salesPitch()).as(text).isFalse();
        }

        @Test
        void bookACallIsASalesPitch() {
            assertThat(verdict("Book a free strategy call with me this week").salesPitch()).isTrue();
        }

        @Test
        void sellingInTheFirstPersonIsASalesPitch() {
            assertThat(verdict("I'm selling my old mechanical keyboards, only $40 each").salesPitch()).isTrue();
        }

        @Test
        void mentioningAPriceIsNot() {
            assertThat(verdict("it cost me $5 on AWS last month").promotional()).isFalse();
        }

        @Test
        void dmMeIfYouNeedHelpIsNot() {
            assertThat(verdict("DM me if you want help with the migration").promotional()).isFalse();
        }
    }

    @Nested
    class MoneyScheme {
        @ParameterizedTest
        @ValueSource(strings = {"make $500 a day from home", "get paid to share posts", "Free itunes gift cards here"})
        void moneyForNothingIsPromotion(String text) {
            assertThat(verdict(text).promotional()).isTrue();
        }

        @Test
        void askingHowCommunitiesMakeMoneyIsNot() {
            assertThat(verdict("how do you make money from a Discord community?").promotional()).isFalse();
        }

        /** A yearly sum is what a membership or a renewal costs; earnings are promised by the day, week or month. */
        @Test
        void whatSomethingCostsAYearIsNoScheme() {
            assertThat(verdict("the parking permit, £40 a year, worth it for the street").promotional()).isFalse();
            assertThat(verdict("earn £40k a year from your sofa, no experience needed").promotional()).isTrue();
            assertThat(verdict("pays $300 per week from your sofa").promotional()).isTrue();
        }
    }

    @Nested
    class OwnCode {
        @Test
        void useMyReferralCodeIsSelfPromotion() {
            assertThat(verdict("use my referral code when you sign up").selfPromotion()).isTrue();
        }

        @Test
        void myCodeDoesNotCompileIsNot() {
            assertThat(verdict("my code doesn't compile, any idea?").promotional()).isFalse();
        }
    }

    @Nested
    class Links {
        @Test
        void aDocumentationLinkAloneIsNotPromotion() {
            assertThat(verdict("https://docs.python.org/3/library/asyncio.html").promotional()).isFalse();
        }

        @Test
        void aReferralLinkIsSelfPromotion() {
            assertThat(verdict("great site http://example.com/signup?ref=77215").selfPromotion()).isTrue();
        }

        @Test
        void aCrowdfundingLinkIsSelfPromotion() {
            assertThat(verdict("please help https://www.gofundme.com/some-campaign").selfPromotion()).isTrue();
        }

        @Test
        void aSpacedOutDomainIsSelfPromotion() {
            assertThat(verdict("best deals at mysite . com").selfPromotion()).isTrue();
        }

        @Test
        void aBareProfileLinkDropIsSelfPromotion() {
            assertThat(verdict("https://twitter.com/somebrand").selfPromotion()).isTrue();
        }

        @Test
        void linkInBioIsSelfPromotion() {
            assertThat(verdict("new drop today, link in bio").selfPromotion()).isTrue();
        }

        @Test
        void hereIsTheLinkYouAskedForIsNot() {
            assertThat(verdict("here is the link you asked for: https://example.org/guide").promotional()).isFalse();
        }

        @Test
        void seeTheUbuntuHelpIsNot() {
            assertThat(verdict("see http://help.ubuntu.com/community/SwapFaq").promotional()).isFalse();
        }
    }

    @Nested
    class OrdinaryChat {
        @ParameterizedTest
        @ValueSource(strings = {
                "my code doesn't compile, any idea?",
                "I subscribed to the newsletter you mentioned",
                "follow the instructions in the README",
                "what's your channel?",
                "thanks, I'll check it out",
                "here is the link you asked for",
                "try sudo apt-get install build-essential",
                "see http://help.ubuntu.com/community/SwapFaq",
                "you should check out the pinned message",
                "check out the docs at https://docs.example.com",
                "did you restart the service after editing the config?",
                "I like this tune because of the drummer's fills",
                "Lumen Quartet - Night Drive (live at the harbour): https://example.tv/v/lq-night-drive"})
        void helpfulAndOrdinaryMessagesStayQuiet(String text) {
            PromoVerdict v = verdict(text);
            assertThat(v.promotional()).as(text).isFalse();
            assertThat(v.engagementAsk()).as(text).isFalse();
        }

        @Test
        void emptyAndNullTextIsNothing() {
            assertThat(verdict("")).isEqualTo(PromoVerdict.NONE);
            assertThat(verdict(null)).isEqualTo(PromoVerdict.NONE);
        }
    }

    @Nested
    class CommentBait {
        @Test
        void likeThisCommentIsEngagementBaitAndCountsAsSelfPromotion() {
            PromoVerdict v = verdict("like this comment if you're reading this on the train");
            assertThat(v.engagementAsk()).isTrue();
            assertThat(v.selfPromotion()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Thumbs up if you agree", "like this if you still play this record", "like this comment please, I am nearly at a hundred",
                "DON'T LIKE THIS COMMENT IF YOU'VE STILL GOT A CASSETTE PLAYER"})
        void likeAndThumbsUpBaitIsSelfPromotion(String text) {
            assertThat(verdict(text).selfPromotion()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"I like this comment about the harbour", "how many likes does this comment have?",
                "I like this tune because of the drummer's fills"})
        void likingSomethingYourselfIsNot(String text) {
            assertThat(verdict(text).promotional()).as(text).isFalse();
        }
    }

    @Nested
    class NakedLink {
        @ParameterizedTest
        @ValueSource(strings = {"https://example.tv/v/55102938", "check this out https://example.net/clips/42",
                "Nice! http://www.example.net/s/BDP?sort=DD", "http://example.org/pic/q81x/ =)",
                "watch this http://example.tv/v/123", "look https://example.net/a"})
        void aLinkToContentWithAtMostAFewWordsOfAttentionIsSelfPromotion(String text) {
            assertThat(verdict(text).selfPromotion()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "the docs at https://docs.example.com/flags explain the flag",
                "try sudo apt-get install x, see https://help.ubuntu.com/community/SwapFaq",
                "http://paste.ubuntu.com/12345",
                "https://github.com/someone/project/issues/12",
                "https://i.imgur.com/abc123.png",
                "http://snag.gy/AbCdE.jpg",
                "ubuntu.pl",
                "https://example.net/article?",
                "bob: https://example.net/article",
                "this article explains why the driver hangs https://example.net/article"})
        void helpPicturesBareDomainsAndLinksInARealSentenceAreNot(String text) {
            assertThat(verdict(text).promotional()).as(text).isFalse();
        }
    }

    @Nested
    class ThirdPartyCall {
        @ParameterizedTest
        @ValueSource(strings = {"oh and check out this channel about knots: ropewise",
                "if you like kites, plz subscribe to Nordlicht", "check out anna's song lighthouse on Spotify",
                "EVERYONE PLEASE VOTE NORDLICHT IN THE BAND CONTEST", "follow nordlicht on instagram",
                "Hey folks. Watch this trailer for our friend's film!!!"})
        void pushingSomeoneElsesContentAtTheCrowdIsSelfPromotion(String text) {
            PromoVerdict v = verdict(text);
            assertThat(v.selfPromotion()).as(text).isTrue();
            assertThat(v.engagementAsk()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"check out the pinned message", "check out the README for the flags",
                "have a look at the wiki and the FAQ", "you can subscribe to ubuntu-devel for the announcements",
                "subscribe to the bug report to get updates",
                "any one can help me please: E: Sub-process /usr/bin/dpkg returned an error code (1)",
                "just popping in to check if the stream is still running", "check it by running iptables --list",
                "sdf2: support/packaging was dropped", "follow the instructions in the README"})
        void helpResourcesAndOrdinaryVerbsAreNot(String text) {
            assertThat(verdict(text).promotional()).as(text).isFalse();
        }
    }

    @Nested
    class LinkAsksInSentences {
        @Test
        void likeThisPageAfterAProfileLinkIsSelfPromotion() {
            assertThat(verdict("https://www.facebook.com/pages/Some-Band/7046823 like this page yo").selfPromotion())
                    .isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ff does crash for me on some sites like www.example.gr/forum",
                "how do i get a taskbar like this: http://example.org/shot.html ?",
                "if you want to share the connection with other machines read http://www.example.com/feature/1320",
                "Please seek support in #linuxmint-help on irc.example.org"})
        void verbsInsideSentencesOfHelpAreNot(String text) {
            assertThat(verdict(text).promotional()).as(text).isFalse();
        }

        /** After a verb of seeming, "like" compares: an answer's diagnosis, with the guide it points to. */
        @ParameterizedTest
        @ValueSource(strings = {"sounds like a seized bearing, this shows the fix https://repairs.example/bearings",
                "looks like a blocked nozzle to me https://printing.example/unclog-a-nozzle",
                "seems like a bad batch: https://kiln.example/glaze-crawling"})
        void likeAfterAVerbOfSeemingComparesAndAsksNothing(String text) {
            assertThat(verdict(text).promotional()).as(text).isFalse();
        }

        /** "like" leading a plea with one's page is still the ask, whatever comes before the plea. */
        @Test
        void likeMyPageWithItsLinkIsStillAnAsk() {
            assertThat(verdict("new reel is up! like my page https://photogram.example/kestrel.wings").promotional())
                    .isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"is there .NET framework 2 for linux?", "is it .com or .org?",
                "Mono is the Linux version of . net framework"})
        void dottedNamesAfterLittleWordsAreNotDisguisedLinks(String text) {
            assertThat(verdict(text).promotional()).as(text).isFalse();
        }
    }

    @Nested
    class TypingSlips {
        @ParameterizedTest
        @ValueSource(strings = {"go check out my chanel for baking streams", "pls subcribe to my cooking vidoes",
                "plase subscribe! new woodturning every friday"})
        void aKeyWordOneSlipAwayStillCounts(String text) {
            assertThat(verdict(text).selfPromotion()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"I subscribed to the release feed yesterday", "pleased to hear the fix worked",
                "the chapel choir sang well"})
        void anEndingOrAnotherWordIsNoSlip(String text) {
            assertThat(verdict(text).promotional()).as(text).isFalse();
        }

        @Test
        void oneEditApartMeansExactlyOneSlip() {
            assertThat(Lexicon.oneEditApart("channel", "chanel")).isTrue();
            assertThat(Lexicon.oneEditApart("channel", "chanenl")).isTrue();
            assertThat(Lexicon.oneEditApart("channel", "chbnnel")).isTrue();
            assertThat(Lexicon.oneEditApart("channel", "channnel")).isTrue();
            assertThat(Lexicon.oneEditApart("channel", "channel")).isFalse();
            assertThat(Lexicon.oneEditApart("channel", "chnael")).isFalse();
            assertThat(Lexicon.oneEditApart("channel", "xhannek")).isFalse();
        }
    }

    @Nested
    class Possessives {
        @Test
        void someoneNamedsThingIsNotMine() {
            assertThat(verdict("check out my sister's bakery page sometime").selfPromotion()).isFalse();
        }

        @Test
        void contractionsAreNotPossessives() {
            assertThat(Lexicon.classesOf("that's") & Lexicon.OTHER_DETERMINER).isZero();
            assertThat(Lexicon.classesOf("marta's") & Lexicon.OTHER_DETERMINER).isNotZero();
        }
    }

    @Nested
    class Shorteners {
        @Test
        void aShortenedLinkWithAnAskIsSelfPromotion() {
            assertThat(verdict("grab the free preset pack here, use my code https://bit.ly/3xYz9Qp").selfPromotion())
                    .isTrue();
        }

        @Test
        void aShortenedLinkIsACueButWeakAlone() {
            assertThat(detector.cues("the talk slides are at https://bit.ly/3xYz9Qp, page 12 has the graph"))
                    .contains(Cue.SHORTENED_LINK);
            assertThat(verdict("the talk slides are at https://bit.ly/3xYz9Qp, page 12 has the graph").promotional())
                    .isFalse();
        }
    }

    @Nested
    class LinksThatDoNotLookLikeLinks {
        @ParameterizedTest
        @ValueSource(strings = {"handmade mugs 30% off at lumenpottery[.]com", "handmade mugs at lumenpottery dot com",
                "handmade mugs at lumenpottery (dot) com"})
        void aDisguisedLinkIsSelfPromotion(String text) {
            assertThat(verdict(text).selfPromotion()).as(text).isTrue();
        }

        @Test
        void aBareInviteLinkWithAnAskIsSelfPromotion() {
            assertThat(verdict("join my art server discord.gg/Qx7Lumen").selfPromotion()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"discord.gg/Qx7Lumen", "t.me/lumenchat", "https://discord.com/invite/Qx7Lumen"})
        void anInviteDroppedAloneIsSelfPromotion(String text) {
            assertThat(verdict(text).selfPromotion()).as(text).isTrue();
        }

        @Test
        void aLookAlikeLetterDoesNotHideAReferralCode() {
            assertThat(verdict("sign up here: https://lum\u0435npottery.com/signup?ref=k3x9q2").selfPromotion())
                    .isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"my server at 192.168.1.20 refuses ssh, any idea?",
                "edit setup.py and README.md, then run it again", "bump the version to 3.2.1 e.g. in pom.xml"})
        void helpWithAddressesFilesAndVersionsIsNot(String text) {
            assertThat(verdict(text).promotional()).as(text).isFalse();
            assertThat(detector.cues(text)).as(text).doesNotContain(Cue.DISGUISED_LINK, Cue.NAKED_LINK);
        }
    }

    @Nested
    class Robustness {
        @Test
        void longAdversarialTextIsAnalysedToTheEnd() {
            // Speed on such text is measured by PromoBenchmark (JMH), not timed here: a loaded CI machine would make
            // a wall-clock limit fail at random. What this checks is that pathological runs of dots, markup, entity
            // starts and prices neither throw nor stop the scan before the call to action in the middle.
            String text = "a.".repeat(50_000) + "check out my channel of fern videos " + "www.x".repeat(10_000) + "<".repeat(20_000)
                    + "&#".repeat(10_000) + "$1".repeat(10_000);
            PromoVerdict v = verdict(text);
            assertThat(v.selfPromotion()).isTrue();
        }

        @Test
        void oneDetectorServesManyThreadsWithTheSameAnswers() throws Exception {
            String promo = "check out my new video please";
            String plain = "the build fails on CI, any idea?";
            Thread[] threads = new Thread[4];
            boolean[] ok = new boolean[threads.length];
            for (int k = 0; k < threads.length; k++) {
                int id = k;
                threads[k] = new Thread(() -> {
                    boolean good = true;
                    for (int i = 0; i < 2_000; i++) {
                        good &= detector.analyse(promo).selfPromotion() && !detector.analyse(plain).promotional();
                    }
                    ok[id] = good;
                });
                threads[k].start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(ok).containsOnly(true);
        }
    }
}
