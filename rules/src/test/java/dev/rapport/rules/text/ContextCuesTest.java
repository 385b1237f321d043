package dev.rapport.rules.text;

import dev.rapport.rules.links.LinkExtractor;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The small readers of context the engine uses besides the promotion detector; each both ways. */
class ContextCuesTest {

    @Test
    void introductionChannelsAreKnownByNameOrByATopicThatAsksPeopleToIntroduceThemselves() {
        assertThat(ChannelPurpose.introductions(ChannelInfo.of("introductions", ""))).isTrue();
        assertThat(ChannelPurpose.introductions(ChannelInfo.of("👋-say-hello", ""))).isTrue();
        assertThat(ChannelPurpose.introductions(ChannelInfo.of("welcome", ""))).isTrue();
        assertThat(ChannelPurpose.introductions(ChannelInfo.of("lobby", "New here? Introduce yourself!"))).isTrue();
        assertThat(ChannelPurpose.introductions(ChannelInfo.of("general", "Say hi, chat, share your day."))).isFalse();
        assertThat(ChannelPurpose.introductions(ChannelInfo.of("showcase", "Show your work"))).isFalse();
        assertThat(ChannelPurpose.introductions(ChannelInfo.UNKNOWN)).isFalse();
    }

    @Test
    void feedbackChannelsAreKnownByNameOrByATopicOfCritiqueButNotByAHelpChannelsGiveBack() {
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("critique", ""))).isTrue();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("feedback-requests", ""))).isTrue();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("photos", "Post a photo, get critique, give some back."))).isTrue();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("help", "Ask anything, and give back when you can."))).isFalse();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("general", "Chat about anything."))).isFalse();
    }

    /** Opinions traded for one's post ("show a find, get opinions back") are feedback by another name. */
    @Test
    void aTopicOfOpinionsGivenAndGottenIsForFeedbackButOneOfBuyOneGetOneIsNot() {
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("flea-finds", "Show a find, get opinions back."))).isTrue();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("fit-check", "Ask about fit and give your honest opinion")))
                .isTrue();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("deals", "Buy one, get one free offers only."))).isFalse();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("stories", "Post it, get likes."))).isFalse();
    }

    @Test
    void aChannelNamedForRoastingOrRatingOnesWorkIsForFeedbackButOneAboutRoastingBeansIsNot() {
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("roast-my-portfolio", ""))).isTrue();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("rate-my-desk", ""))).isTrue();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("gallery", "Share a draft and get honest feedback."))).isTrue();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("home-roasting", ""))).isFalse();
        assertThat(ChannelPurpose.feedback(ChannelInfo.of("dark-roast", "Beans, grinders and brew ratios."))).isFalse();
    }

    @Test
    void tradeChannelsAreWherePeopleOfferWorkForHireOrSaleNotWhereTheyShowIt() {
        assertThat(ChannelPurpose.trade(ChannelInfo.of("hire-me", ""))).isTrue();
        assertThat(ChannelPurpose.trade(ChannelInfo.of("for-sale", ""))).isTrue();
        assertThat(ChannelPurpose.trade(ChannelInfo.of("jobs", ""))).isTrue();
        assertThat(ChannelPurpose.trade(ChannelInfo.of("showcase", "Share your work"))).isFalse();
        assertThat(ChannelPurpose.trade(ChannelInfo.of("sale-talk", ""))).isFalse();
        // named for selling or a market: where people sell, whatever else the name says
        assertThat(ChannelPurpose.trade(ChannelInfo.of("sell-swap", ""))).isTrue();
        assertThat(ChannelPurpose.trade(ChannelInfo.of("yarn-and-needles-market", ""))).isTrue();
        assertThat(ChannelPurpose.trade(ChannelInfo.of("marketing-tips", ""))).isFalse();
        assertThat(ChannelPurpose.trade(ChannelInfo.of("market-talk", ""))).isFalse();
    }

    @Test
    void pointingToSomeoneElsesWorkIsNotClaimingIt() {
        assertThat(Ownership.someoneElses("Check out @Jo's beginner guide: https://example.com/start")).isTrue();
        assertThat(Ownership.someoneElses("Her shop has the best ones, try it")).isTrue();
        assertThat(Ownership.someoneElses("Check out my guide and Jo's too")).isFalse();
        assertThat(Ownership.someoneElses("Notes from yesterday's meetup: https://example.com/notes")).isFalse();
        assertThat(Ownership.someoneElses("It's live! https://example.com")).isFalse();
    }

    @Test
    void theReadersTheirAndAThingsPriceNameNobodyElsesWork() {
        // "Their" after "anyone" in the same sentence is the reader's: the thing offered to them is not a third person's.
        assertThat(Ownership.someoneElses("if anybody wants to upgrade their desk, the preorder is open: "
                + "https://example.com/p")).isFalse();
        assertThat(Ownership.someoneElses("Someone's bound to need one for their trip, preorders here "
                + "https://example.com/p")).isFalse();
        // "The X's £6" is "the X is £6": what a thing costs, not whose it is.
        assertThat(Ownership.someoneElses("the zine's £6 a copy and ships anywhere: https://example.com/zine"))
                .isFalse();
    }

    @Test
    void aThirdPersonsWorkStaysTheirsBeforeAnyoneOrAfterTheSentenceAndAPersonsPricedThingIsTheirs() {
        assertThat(Ownership.someoneElses("Her new album is out, anyone into folk should hear it: "
                + "https://example.com/a")).isTrue();
        assertThat(Ownership.someoneElses("Anyone been to the fair? Their cheese stall was the best: "
                + "https://example.com/f")).isTrue();
        assertThat(Ownership.someoneElses("the free guide is fine but Odile's £10 course is better: "
                + "https://example.com/c")).isTrue();
    }

    @Test
    void aQuestionSpeaksToTheMentionThatOpensItNotToThoseItNamesOrCopies() {
        UserId rae = UserId.of("rae");
        UserId sol = UserId.of("sol");
        assertThat(SpokenTo.of("@Rae any idea if @Sol is free?", List.of(rae, sol))).containsExactly(rae);
        assertThat(SpokenTo.of("hey @Rae, @Sol: lunch?", List.of(rae, sol))).containsExactly(rae, sol);
        assertThat(SpokenTo.of("could you send the brief? cc @Sol", List.of(sol))).isEmpty();
        assertThat(SpokenTo.of("do you know @Sol?", List.of(sol))).isEmpty();
        assertThat(SpokenTo.of("what do you think, @Sol?", List.of(sol))).containsExactly(sol);
        // IRC: addressing was inferred from "nick: ...", the text marks no mention.
        assertThat(SpokenTo.of("sol: try the live CD", List.of(sol))).containsExactly(sol);
    }

    /** A mention closing a message after thanks or a farewell is said to its person; after "from" or "ask" it names. */
    @Test
    void aMentionClosingAMessageAfterACourtesySpeaksToThem() {
        UserId sol = UserId.of("sol");
        assertThat(SpokenTo.of("that fixed the wobble, thanks @Sol", List.of(sol))).containsExactly(sol);
        assertThat(SpokenTo.of("see you at the fair, good luck @Sol 🍀", List.of(sol))).containsExactly(sol);
        assertThat(SpokenTo.of("ty @Sol, will do", List.of(sol))).containsExactly(sol);
        assertThat(SpokenTo.of("I got the pattern from @Sol", List.of(sol))).isEmpty();
        assertThat(SpokenTo.of("not sure, maybe ask @Sol", List.of(sol))).isEmpty();
    }

    @Test
    void aMentionOpeningAnEarlierQuestionSpeaksToThatPersonNotOneOpeningAStatement() {
        UserId rae = UserId.of("rae");
        UserId sol = UserId.of("sol");
        // The question put to Rae is followed by another: she is still the one asked.
        assertThat(SpokenTo.of("Looking for a sitter in Leeds. @Rae you're near Leeds, right? Could I pass on "
                + "your number?", List.of(rae))).containsExactly(rae);
        assertThat(SpokenTo.of("Big week here! @Rae how was the launch? Did the press kit go out?", List.of(rae)))
                .containsExactly(rae);
        // A sentence about Sol, then a question to the room: nobody is asked by name.
        assertThat(SpokenTo.of("Great talk. @Sol has the slides. Does anyone know when the next one is?",
                List.of(sol))).isEmpty();
    }

    @Test
    void pricedOffersWithAContactCallAndProposalsWithABookingAreRecognised() {
        assertThat(Pitch.is("I design labels and logos from $150. DM me", List.of())).isTrue();
        assertThat(Pitch.is("freelance dev at 40/h, message me", List.of())).isTrue();
        String proposal = "We'd love to propose a partnership with your bakery, pick a time: https://calendly.com/someone/intro";
        assertThat(Pitch.is(proposal, LinkExtractor.extract(proposal))).isTrue();
        assertThat(Pitch.is("The reader cost about €30, DM me if you want the model name", List.of())).isTrue();
        assertThat(Pitch.is("DM me if you have questions about the fair", List.of())).isFalse();
        assertThat(Pitch.is("I paid $150 for my stall", List.of())).isFalse();
        assertThat(Pitch.is("We had a great collaboration with the museum last year", List.of())).isFalse();
    }

    @Test
    void thanksAndNodsAreAcknowledgementsAdviceIsNot() {
        assertThat(ack("Thanks Odette!")).isTrue();
        assertThat(ack("👍")).isTrue();
        assertThat(ack("Oh, that's so handy, thank you! I never thought to label the jars")).isTrue();
        assertThat(ack("Bevel first, then sand through to 600 grit and burnish hard and fast")).isFalse();
        assertThat(ack("thanks! which grit do you stop at?")).isFalse();
    }

    @Test
    void anExclamationWithAQuestionMarkIsNotAQuestionButARequestIs() {
        assertThat(TextFeatures.of("you finished it already?!").question()).isFalse();
        assertThat(TextFeatures.of("wait, what!?").question()).isFalse();
        assertThat(TextFeatures.of("did you finish it already?").question()).isTrue();
        assertThat(TextFeatures.of("Looking for a video editor to cut a short product film").question()).isTrue();
        assertThat(TextFeatures.of("Hiring a part-time designer for our shop").question()).isTrue();
        assertThat(TextFeatures.of("Looking forward to the fair").question()).isFalse();
    }

    private static boolean ack(String text) {
        return Acknowledgement.is(text, TextFeatures.of(text), false);
    }
}
