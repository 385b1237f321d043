package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.rule.RuleId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code audience.advocates} as a specification: an existing customer or advocate who asks the one who serves them
 * and hears nothing is told at once; a week spent on new people while a customer who wrote heard nothing is told at
 * its end. Each scene is a {@link Scene}: who wears which role, who asks whom, who is around.
 */
class AdvocatesRuleTest {
    private static final CommunitySettings CUSTOMER_ROLE = new CommunitySettings(
            Map.of("Customer", Audience.CUSTOMER), Map.of(), Set.of(), Map.of());
    private static final String ORDER_AGAIN = "can I order two more for Friday?";
    private static final String INVOICES = "is there a quick way to pull my invoices out before month end?";

    /** A maker's community where the Customer role is configured; Ana sells there. */
    private static Scene customerRole() {
        return Scene.of(Chat.builder("ana").community(CUSTOMER_ROLE));
    }

    /** A business's own community: its Team (Ana, or Tom) serves the people wearing Customer. */
    private static Scene businessCommunity() {
        return Scene.of(Chat.builder("ana").defaultRoles(Map.of("Customer", Audience.CUSTOMER, "Team", Audience.IGNORE)));
    }

    /** Cleo, a customer, says she loves the batch and tells Ana the blue one is gorgeous; Ana then greets six newcomers. */
    private static Scene aWeekOfNewPeople(Scene scene, boolean anaThanksCleo) {
        scene.wearing("Customer", "cleo", "general", "loving the new batch")
                .asks("cleo", "general", "ana", "the blue one is gorgeous");
        if (anaThanksCleo) {
            scene.asks("ana", "general", "cleo", "thank you, it was the hardest glaze");
        }
        return scene.times(6, (s, i) -> s.asks("ana", "general", "new" + i, "welcome! have you seen my shop yet"));
    }

    // --- a customer's question left waiting ------------------------------------------------------------------------

    @Test
    void firesWhenAnExistingCustomerAsksAndHearsNothing() {
        // Ana is around (she writes elsewhere), so the question waits on her, not on her return.
        Chat chat = customerRole().says("ana", "general", "new batch is drying")
                .wearing("Customer", "cleo", "general", "loving the new batch")
                .asksWearing("Customer", "cleo", "general", "ana", ORDER_AGAIN)
                .stillAround("ana", "studio", "glazing the next batch now").build();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("customers-waiting")).isEqualTo(1));
    }

    @Test
    void aCustomerWritingByDirectMessageIsStillACustomer() {
        Chat chat = customerRole().says("ana", "general", "new batch is drying")
                .wearing("Customer", "cleo", "general", "loving the new batch")
                .writesDirectly("cleo", "dm-cleo-ana", "ana", ORDER_AGAIN)
                .stillAround("ana", "studio", "glazing the next batch now").build();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void aPlainlyNamedCustomerRoleNeedsNoConfiguration() {
        Chat chat = Scene.of(Chat.builder("ana").defaultRoles(Map.of("Customer", Audience.CUSTOMER)))
                .says("ana", "general", "new batch is drying")
                .wearing("customer", "cleo", "general", "loving the new batch")
                .asksWearing("customer", "cleo", "general", "ana", ORDER_AGAIN)
                .stillAround("ana", "studio", "glazing the next batch now").build();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
        assertThat(chat.engine().recognisedRoles().values()).singleElement()
                .satisfies(roles -> assertThat(roles.get("customer").configured()).isFalse());
    }

    @Test
    void staysQuietWhenCustomersGetAnswers() {
        Chat chat = customerRole().wearing("Customer", "cleo", "general", "loving the new batch")
                .asks("cleo", "general", "ana", ORDER_AGAIN)
                .asks("ana", "general", "cleo", "of course, they will be ready Thursday")
                .after(Duration.ofDays(2)).finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    @Test
    void staysQuietWhenOneCustomerAsksAnother() {
        // Both wear the Customer role: neither sells to the other, so no customer is owed this answer as a seller's.
        Chat chat = customerRole().wearing("Customer", "ana", "general", "my order came today, the mugs are lovely")
                .wearing("Customer", "cleo", "general", "loving the new batch")
                .asksWearing("Customer", "cleo", "general", "ana", "did yours come in the blue box too?")
                .after(Duration.ofHours(26)).build();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    // --- the week's mix -------------------------------------------------------------------------------------------

    @Test
    void firesAtWeekEndWhenACustomerWhoWroteHeardNothingWhileThePersonChasedNewPeople() {
        Chat chat = aWeekOfNewPeople(customerRole(), false).finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("customers-unanswered")).isEqualTo(1));
    }

    /**
     * Asking the newcomers whether they have seen one's shop ("have you seen my shop yet?") is going to them as much as
     * news is: it asks for their attention, and does not make the person a seeker whom sellers serve.
     */
    @Test
    void firesAtWeekEndWhenThePersonAskedNewPeopleToLookAtTheirShopWhileACustomerWhoWroteHeardNothing() {
        Scene scene = customerRole().wearing("Customer", "cleo", "general", "loving the new batch")
                .asks("cleo", "general", "ana", "the blue one is gorgeous");
        Chat chat = scene.times(6, (s, i) -> s.asks("ana", "general", "new" + i, "welcome! have you seen my shop yet?"))
                .finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("customers-unanswered")).isEqualTo(1));
    }

    @Test
    void staysQuietAtWeekEndWhenTheCustomerWhoWroteGotAReply() {
        Chat chat = aWeekOfNewPeople(customerRole(), true).finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /** The person's own goal, chosen when opting in, wins over the community's: she keeps her customers. */
    @Test
    void firesAtWeekEndForSomeoneWhoChoseToKeepCustomersInACommunityForLearning() {
        Scene scene = Scene.of(Chat.builder("ana").goal("ana", Goal.KEEP_CUSTOMERS)
                .community(CUSTOMER_ROLE.withGoal(Goal.LEARN)));
        Chat chat = aWeekOfNewPeople(scene, false).finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("customers-unanswered")).isEqualTo(1));
    }

    /** Someone who said they are here to find collaborators is not coached on customer care at week end. */
    @Test
    void staysQuietAtWeekEndForSomeoneWhoChoseToFindCollaborators() {
        Scene scene = Scene.of(Chat.builder("ana").goal("ana", Goal.FIND_COLLABORATORS).community(CUSTOMER_ROLE));
        Chat chat = aWeekOfNewPeople(scene, false).finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    // --- who serves the customers of a business's own community ---------------------------------------------------

    /** In a business's own community its team serves its customers: a team member who leaves one waiting is told. */
    @Test
    void firesForTheBusinesssTeamWhenItsCustomerHearsNothing() {
        Chat chat = businessCommunity().wearing("Team", "ana", "general", "the new release is going out tonight")
                .wearing("Customer", "cleo", "general", "the export button is greyed out for me")
                .asksWearing("Customer", "cleo", "general", "ana", INVOICES)
                .stillAround("ana", "off-topic", "anyone tried the new linter?").build();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /**
     * The same question to someone else who sells there (a partner with an add-on of his own): the customer is the
     * business's, not his. Whatever he owes is an answer, which oneway.unanswered says.
     */
    @Test
    void staysQuietForAnotherSellerWhenTheCustomerIsTheBusinesss() {
        Chat chat = businessCommunity().wearing("Team", "tom", "general", "the new release is going out tonight")
                .says("ana", "general", "our add-on now syncs with the release too")
                .wearing("Customer", "cleo", "general", "the export button is greyed out for me")
                .asksWearing("Customer", "cleo", "general", "ana", INVOICES)
                .stillAround("ana", "off-topic", "anyone tried the new linter?").build();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /**
     * In a business's own server (Tom wears its Team role) its owner is its team, role or not: a customer who waits
     * on the owner is the business's customer, and the owner is told.
     */
    @Test
    void firesForTheOwnerOfABusinesssServerWhoWearsNoTeamRole() {
        Scene scene = businessCommunity().wearing("Team", "tom", "general", "the new release is going out tonight");
        assertThat(customerAsksAna(scene, true).findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** The same member in the same server, not its owner, is another seller there: the customer is not theirs. */
    @Test
    void staysQuietForAMemberWhoDoesNotOwnTheBusinesssServer() {
        Scene scene = businessCommunity().wearing("Team", "tom", "general", "the new release is going out tonight");
        assertThat(customerAsksAna(scene, false).findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /**
     * Every server has an owner: owning one does not make it a business's own. Where nobody wears a Team role, a
     * member who sells there (Ana, not the owner) is still the one the customer bought from, and is told.
     */
    @Test
    void anOwnerAloneDoesNotMakeAServerABusinesssOwn() {
        Scene scene = businessCommunity().ownerSays("tom", "general", "welcome all, rules are pinned");
        assertThat(customerAsksAna(scene, false).findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Ana writes (as the server's owner when {@code anaOwns}), a customer asks her, and Ana chats elsewhere. */
    private static Chat customerAsksAna(Scene scene, boolean anaOwns) {
        say(scene, "general", "morning all, the status page is green again", anaOwns);
        scene.wearing("Customer", "cleo", "general", "the export button is greyed out for me")
                .asksWearing("Customer", "cleo", "general", "ana", INVOICES)
                // Ana is around (she writes elsewhere), so the question waits on her, not on her return.
                .after(Duration.ofHours(2));
        say(scene, "off-topic", "anyone tried the new linter?", anaOwns);
        return scene.after(Duration.ofHours(24)).build();
    }

    private static void say(Scene scene, String channel, String text, boolean asOwner) {
        if (asOwner) {
            scene.ownerSays("ana", channel, text);
        } else {
            scene.says("ana", channel, text);
        }
    }

    // --- a customer role with a qualifier -------------------------------------------------------------------------

    private static Chat questionFromSomeoneWearing(String role) {
        return businessCommunity().wearing("Team", "ana", "general", "the spring catalogue is up on the site")
                .wearing(role, "cleo", "general", "the blue throw I got last month is gorgeous")
                .asksWearing(role, "cleo", "general", "ana", "does the matching cushion come in the same blue?")
                .stillAround("ana", "off-topic", "who watched the match?").build();
    }

    /** A customer role qualified by a word before it ("Gold Customers") names customers like the plain one. */
    @Test
    void aQualifiedCustomerRoleStillNamesACustomer() {
        assertThat(questionFromSomeoneWearing("Gold Customers").findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** "Customer" followed by another word names whoever serves them ("Customer Care"): not a customer. */
    @Test
    void aRoleNamedForServingCustomersIsNoCustomer() {
        assertThat(questionFromSomeoneWearing("Customer Care").findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    // --- someone who says they sent people, or bought, without a role ---------------------------------------------

    /** In a business's own community (Ana is its team, Cleo a customer) a regular chats, says {@code words} to Ana, then asks her. */
    private static Chat regularWrites(String words) {
        return businessCommunity().wearing("Team", "ana", "general", "fresh pretzels from noon today")
                // A customer wears the role: people buy here, whatever the regular says.
                .wearing("Customer", "cleo", "general", "the pretzels sold out before I arrived")
                .says("dev", "general", "rainy one again")
                .says("dev", "general", "the tram was late, made it anyway")
                .asks("dev", "general", "ana", words)
                .after(Duration.ofMinutes(5))
                .asks("dev", "general", "ana", "could you do forty of them for a leaving party on Friday?")
                // Ana is around (she writes elsewhere), so the question waits on her, not on her return.
                .stillAround("ana", "off-topic", "anyone know a flour mill nearby?").build();
    }

    /**
     * A regular who sent people of their own to the business is its customer, however much else they chat: the team
     * owes them an answer. (Before, chatting and sharing made such a regular a peer or unknown, whom nobody serves.)
     */
    @Test
    void firesForTheTeamWhenARegularWhoSentTheirOfficeAsksAndHearsNothing() {
        Chat chat = regularWrites("I told my entire office about your pretzels, they're hooked");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** The same regular praising a tool nobody here makes is no customer of the team's: nothing is owed as such. */
    @Test
    void staysQuietWhenTheRegularToldTheirOfficeAboutSomeoneElsesTool() {
        Chat chat = regularWrites("I told everyone at my office about Linear, they're hooked");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /** A fellow seller who hands the team work ("sent a client your way") is in the trade, not a customer. */
    @Test
    void staysQuietWhenAFellowSellerSentAClient() {
        Chat chat = regularWrites("sent a client your way, she needs forty for a party and I'm booked solid");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /** In a makers' server with no roles, someone asks Ana by name, saying {@code words}; Ana chats elsewhere. */
    private static Chat askedByName(String words) {
        return Scene.coaching("ana").says("ana", "stalls", "firing the kiln tonight, fingers crossed")
                .says("bea", "stalls", "good luck! mine cracked two last week")
                .asks("dev", "general", "ana", words)
                .stillAround("ana", "stalls", "anyone know a good glaze supplier up north?").build();
    }

    /** Saying one bought from her before makes the asker her existing customer: the silence costs the most. */
    @Test
    void firesWhenSomeoneWhoBoughtFromThePersonAsksToBuyAgainAndHearsNothing() {
        Chat chat = askedByName("I bought a teapot from you at the spring fair and use it daily, could you make two "
                + "cups to match it by next month?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Saying one booked her crew before makes the asker her customer too: a service is bought by booking it. */
    @Test
    void firesWhenSomeoneWhoBookedWhatThePersonSuppliesAsksAgainAndHearsNothing() {
        Chat chat = askedByName("we booked your glazing crew for the village hall last autumn, could you pencil us "
                + "in for the same week this year?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Seats booked for her are a favour between friends: the asker is owed an answer, but not as her customer. */
    @Test
    void staysQuietWhenTheAskerOnlyBookedSeatsForThePerson() {
        Chat chat = askedByName("we booked your seats for the village hall quiz last autumn, could you pencil us "
                + "in for the same week this year?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /** Days of her time booked with her before ("I booked a weekend with you") are her service bought. */
    @Test
    void firesWhenSomeoneWhoBookedTimeWithThePersonAsksAgainAndHearsNothing() {
        Chat chat = askedByName("I booked a weekend course with you two summers ago, is there room on the June one and "
                + "what would it cost this time?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** A call booked with her buys nothing: the asker is owed an answer, but not as her customer. */
    @Test
    void staysQuietWhenTheAskerOnlyBookedACallWithThePerson() {
        Chat chat = askedByName("I booked a call with you two summers ago, is there room on the June course and "
                + "what would it cost this time?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /** The same question from someone who bought elsewhere is owed an answer, but not as her customer. */
    @Test
    void staysQuietWhenTheAskerBoughtFromSomeoneElse() {
        Chat chat = askedByName("I bought a teapot from the shop on the corner and use it daily, could you make two "
                + "cups to match it by next month?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /**
     * In a makers' server with no roles Ana sells her lamps with a link to her shop, and Bea does not sell; Dev tells
     * {@code to} about the lamp he bought, not saying from whom, and asks; {@code to} chats on.
     */
    private static Chat boughtAndAsks(String to) {
        return Scene.coaching("ana", "bea").says("ana", "workshop", "new batch of oak hall cupboards, hand-finished "
                        + "https://anajoinery.example/shop/hall-cupboard")
                .says("bea", "workshop", "soldering all weekend, fingers like sausages")
                .asks("dev", "workshop", to, "I bought the brass desk lamp last month and the switch stopped "
                        + "clicking, could you swap it?")
                .stillAround(to, "workshop", "anyone know a good place for cloth flex?").build();
    }

    /**
     * Told to the one who sells such lamps here, "I bought the lamp" was a purchase from her: a customer waits.
     */
    @Test
    void firesWhenSomeoneTellsTheSellerTheyBoughtTheThingAndHearsNothing() {
        Chat chat = boughtAndAsks("ana");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Told to someone who sells nothing here, the lamp came from elsewhere: a question owed an answer, no more. */
    @Test
    void staysQuietWhenTheOneToldSellsNothingHere() {
        Chat chat = boughtAndAsks("bea");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(RuleId.ONEWAY_UNANSWERED)).hasSize(1);
    }

    /**
     * In a makers' server with no roles Ana sells her made-to-measure cupboards with her shop's page, and Bea does not
     * sell; Dev tells {@code to} about work done for him and asks for more; {@code to} chats on.
     */
    private static Chat servedAndAsks(String to, String words) {
        return Scene.coaching("ana", "bea").says("ana", "workshop", "new batch of oak hall cupboards, hand-finished "
                        + "https://anajoinery.example/shop/hall-cupboard")
                .says("bea", "workshop", "planing all weekend, arms like noodles")
                .asks("dev", "workshop", to, words)
                .stillAround(to, "workshop", "anyone know a good place for brass hinges?").build();
    }

    private static final String DID_OUR_HALL = "you did our hallway cupboards last spring and my brother wants the "
            + "same, do you travel as far as Derby?";

    /** Told to the one who takes on such jobs here, "you did our hallway" says he paid for her work: a customer. */
    @Test
    void firesWhenSomeoneSheDidWorkForAsksForMoreAndHearsNothing() {
        assertThat(servedAndAsks("ana", DID_OUR_HALL).findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Told to someone who sells nothing here it is a favour remembered: an unanswered question, no more. */
    @Test
    void staysQuietWhenTheOneWhoDidTheWorkSellsNothingHere() {
        Chat chat = servedAndAsks("bea", DID_OUR_HALL);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(RuleId.ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** A visit gone wrong, told to the seller with a remedy asked for, is her customer's after-sale question. */
    @Test
    void firesWhenAVisitorAsksTheSellerForARebookAndHearsNothing() {
        assertThat(servedAndAsks("ana", "we did the dovetail evening on Thursday and the saws were blunt, any "
                + "chance of a rebook?").findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Having come to the class she runs and sells, told to her, makes him her client; his question waits on her. */
    @Test
    void firesWhenSomeoneWhoCameToHerClassAsksAndHearsNothing() {
        assertThat(servedAndAsks("ana", "went to your Saturday joinery class and I'm hooked, does it take "
                + "teenagers?").findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Someone else's visit to her class says nothing of the asker: an unanswered question, no more. */
    @Test
    void staysQuietWhenItWasSomeoneElseWhoCameToHerClass() {
        Chat chat = servedAndAsks("ana", "my neighbour went to your Saturday joinery class, does it take "
                + "teenagers?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(RuleId.ONEWAY_UNANSWERED)).hasSize(1);
    }

    /** Thanks for a moment or a favour between equals make nobody her customer. */
    @Test
    void staysQuietWhenTheWordsAreThanksBetweenEquals() {
        assertThat(servedAndAsks("ana", "you made my day with that dovetail photo, what saw was it?")
                .findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /**
     * Ana posts a kit to the room as {@code listing}; Dev, speaking to her by name, tells her he bought the kit and
     * asks for a part left out; she goes on posting.
     */
    private static Chat boughtAKitAndAsks(String listing) {
        return Scene.coaching("ana").says("ana", "swap-and-sell", listing)
                .says("bea", "swap-and-sell", "anyone want a box of spare pots? free to collect")
                .asks("dev", "swap-and-sell", "ana", "bought the echo kit last week and there's no footswitch in the "
                        + "bag, can you send one out?")
                .stillAround("ana", "swap-and-sell", "more kits going up at the weekend").build();
    }

    /**
     * A kit offered at the seller's own terms, postage on top, with its page, makes Ana its seller without a role or
     * a word of "mine": the buyer who asks her about his kit is her customer, and his silence the costliest.
     */
    @Test
    void firesWhenTheBuyerOfAKitSheListedAtHerOwnTermsAsksAndHearsNothing() {
        Chat chat = boughtAKitAndAsks("tape echo kit, through-hole, $34 + shipping "
                + "https://fuzzbox.example/products/tape-echo");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** The same page passed on at the shop's price says nothing of who sells it: an unanswered question, no more. */
    @Test
    void staysQuietWhenTheKitPageWasPassedOnAtTheShopsPrice() {
        Chat chat = boughtAKitAndAsks("tape echo kit, through-hole, $34 today "
                + "https://fuzzbox.example/products/tape-echo");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /**
     * A bike workshop's own server: Tom, on its Team, posts its priced service with the booking page; Ana, also on the
     * Team, gives a tip and never sells anything herself. Dev tells {@code to} about work done on his bike and asks;
     * {@code to} goes on posting for three days.
     */
    private static Chat servedByTheTeam(String to, Set<String> rolesOfTo) {
        Chat chat = Chat.builder("ana", "bea").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
        chat.sayWithRoles("tom", "offers", Set.of("Team"), "Spring tune-up back to £59 till the end of April, book "
                + "here: https://spokeshed.example/book/tune-up");
        chat.sayWithRoles(to, "tips", rolesOfTo, "if the chain squeaks after rain, dry it before you oil it");
        chat.later(Duration.ofHours(20));
        chat.mention("dev", "diy", to, "you serviced our tandem in March (cheers again!), the back wheel has started "
                + "clicking under braking. anything I can try before I bring it in?");
        for (int day = 0; day < 3; day++) {
            chat.later(Duration.ofHours(20));
            chat.sayWithRoles(to, "lounge", rolesOfTo, "who else has five bikes on the stands today");
        }
        return chat.finish();
    }

    /**
     * In a business's own server that sells to its members, the work its team did is the business's: the one whose
     * job it was is owed the answer first, though another of the team posts the offers.
     */
    @Test
    void firesForTheTeamMemberWhoDidTheWorkWhenItsCustomerAsksAndHearsNothing() {
        assertThat(servedByTheTeam("ana", Set.of("Team")).findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** The same words to a member who is not on the team are a favour remembered: an unanswered question, no more. */
    @Test
    void staysQuietWhenTheOneWhoDidTheWorkIsNotOnTheTeam() {
        Chat chat = servedByTheTeam("bea", Set.of());
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(RuleId.ONEWAY_UNANSWERED)).hasSize(1);
    }

    private static final dev.rapport.rules.model.ChannelInfo LATHE_TIME = dev.rapport.rules.model.ChannelInfo.of(
            "lathe-time", "Turners: offer your services here.");

    /**
     * A turners' server: Ana opens her lathe slots in a room whose topic asks the trade for its offers (no link, no
     * price page), then chats with Bea, a fellow turner; Dev tells Ana {@code words} and asks for another bowl, and
     * waits while the two talk on.
     */
    private static Chat slotsThenDevWaits(String words) {
        return Scene.coaching("ana").postsIn("ana", LATHE_TIME, "Lathe slots open for March: bowls and platters, "
                        + "custom by quote. DM me")
                .asks("ana", "chatter", "bea", "which gouge grind do you use on end grain? mine keeps catching")
                .asks("bea", "chatter", "ana", "a long swept grind, and keep the bevel rubbing")
                .asks("dev", "chatter", "ana", words)
                .after(Duration.ofHours(6))
                .asks("ana", "chatter", "bea", "swept grind worked, not one catch all afternoon")
                .after(Duration.ofHours(24))
                .asks("ana", "chatter", "bea", "fancy splitting a log of spalted beech?")
                .build();
    }

    /**
     * A room whose topic tells the trade to offer its services there is a room for trade, whatever its name: Ana's
     * slots there make her a seller, and the buyer who got his bowl back from her and asks for more is her customer.
     */
    @Test
    void firesWhenSheOpenedHerSlotsInARoomWhoseTopicIsForOffersAndHerCustomerWaits() {
        assertThat(slotsThenDevWaits("got my walnut bowl back from you in May and it's perfect!! could you turn a "
                + "second one for my aunt?").findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Someone who bought his bowl elsewhere and asks her for one is owed an answer, but not as her customer. */
    @Test
    void staysQuietWhenTheAskerBoughtHisFromSomeoneElse() {
        Chat chat = slotsThenDevWaits("got my walnut bowl from a fair stall in May and love it, could you turn a "
                + "second one for my aunt?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
        assertThat(chat.findings(RuleId.ONEWAY_UNANSWERED)).hasSize(1);
    }

    private static final dev.rapport.rules.model.ChannelInfo RECEPTION = dev.rapport.rules.model.ChannelInfo.of(
            "reception", "questions about classes, fees and the timetable: our staff will reply here");

    /**
     * A climbing gym's own server: Ana wears its Team role and sells its passes; {@code regular} says whether Dev was
     * around before he asks at reception; Ana goes on posting news for two days and never answers him.
     */
    private static Chat askedAtReception(boolean regular) {
        Chat chat = Chat.builder("ana").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
        // The team selling the gym's own passes at a price with their page: the gym has customers here.
        chat.sayWithRoles("ana", "gym-news", Set.of("Team"), "Ten-visit passes are £90 this month: "
                + "https://cragroom.example/passes");
        if (regular) {
            chat.say("dev", "lounge", "the new overhang problem ate my fingers last night");
        }
        chat.later(Duration.ofHours(3));
        chat.sayIn(RECEPTION, "dev", "do the Thursday evening bouldering sessions run over the bank holiday?");
        for (int day = 0; day < 2; day++) {
            chat.later(Duration.ofHours(20));
            chat.sayWithRoles("ana", "gym-news", Set.of("Team"), "Members' social on Friday, bring a friend!");
        }
        return chat.finish();
    }

    /**
     * In a business's own server, a member already around who asks the room its staff answer is its customer, no
     * role needed: the team member who leaves him waiting while posting news is told.
     */
    @Test
    void firesForTheTeamWhenAMemberAsksAtReceptionAndHearsNothing() {
        assertThat(askedAtReception(true).findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Someone whose first word in the server is that question may be a stranger enquiring: not yet a customer. */
    @Test
    void staysQuietWhenTheQuestionAtReceptionIsTheAskersFirstWordThere() {
        assertThat(askedAtReception(false).findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /**
     * The gym's server again, Dev a regular who asks at reception; twenty minutes later Tom, whose first word in the
     * server it is, says in reception (no reply link, no mention) that the sessions run, wearing the Team role if
     * {@code tomOnTheTeam}; Ana goes on posting news for two days.
     */
    private static Chat askedAtReceptionThenTomSpeaks(boolean tomOnTheTeam) {
        Chat chat = Chat.builder("ana").defaultRoles(Map.of("Team", Audience.IGNORE)).build();
        chat.sayWithRoles("ana", "gym-news", Set.of("Team"), "Ten-visit passes are £90 this month: "
                + "https://cragroom.example/passes");
        chat.say("dev", "lounge", "the new overhang problem ate my fingers last night");
        chat.later(Duration.ofHours(3));
        chat.sayIn(RECEPTION, "dev", "do the Thursday evening bouldering sessions run over the bank holiday?");
        chat.later(Duration.ofMinutes(20));
        String words = "they run as normal over the bank holiday, same times";
        if (tomOnTheTeam) {
            chat.sayInWithRoles(RECEPTION, "tom", Set.of("Team"), words);
        } else {
            chat.sayIn(RECEPTION, "tom", words);
        }
        for (int day = 0; day < 2; day++) {
            chat.later(Duration.ofHours(20));
            chat.sayWithRoles("ana", "gym-news", Set.of("Team"), "Members' social on Friday, bring a friend!");
        }
        return chat.finish();
    }

    /**
     * A colleague on the team who speaks at the desk after the question serves it, though nobody saw him before it
     * was asked (back from leave, new on the desk): the customer was answered, and Ana owes nothing.
     */
    @Test
    void staysQuietWhenAColleagueFirstSeenAfterTheQuestionAnswersAtTheDesk() {
        assertThat(askedAtReceptionThenTomSpeaks(true).findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /** The same words from another member, not on the team, and not put to the asker, leave the customer waiting. */
    @Test
    void firesWhenTheOneWhoSpokeAtTheDeskAfterTheQuestionIsNotOnTheTeam() {
        assertThat(askedAtReceptionThenTomSpeaks(false).findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** A purchase from her shop is a purchase from her: the asker is her customer, and waits on her. */
    @Test
    void firesWhenSomeoneWhoBoughtFromHerShopAsksAndHearsNothing() {
        Chat chat = askedByName("got my glaze sampler from your shop in May and two of the tiles came cracked, "
                + "could you send new ones?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** A recipe taken from her site is a word passed on, not a purchase: a question owed an answer, no more. */
    @Test
    void staysQuietWhenWhatCameFromHerSiteWasARecipeNotAPurchase() {
        Chat chat = askedByName("got the glaze recipe from your site in May and two of my tiles came out cracked, "
                + "could you tell me why?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /**
     * Work she did for him and pay offered for more say the work was paid for, though Bea was never seen selling
     * here: he is her client, and his question waits on her as one.
     */
    @Test
    void firesWhenSomeoneSheDidWorkForOffersToPayForMoreAndHearsNothing() {
        assertThat(servedAndAsks("bea", "you did our hallway cupboards last spring and a hinge has gone, could you "
                + "come and look? happy to pay for the visit").findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Pay offered by someone she never did work for is a prospect's question: owed an answer, not as a client's. */
    @Test
    void staysQuietWhenPayIsOfferedBySomeoneSheDidNoWorkFor() {
        Chat chat = servedAndAsks("bea", "our hallway cupboards have a hinge gone, could you come and look? happy to "
                + "pay for the visit");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /**
     * A trade's own verb that no list holds, told with when the work was done and a booking offered, says the same:
     * he is her client, and his question waits on her as one.
     */
    @Test
    void firesWhenWorkToldInAnyTradesVerbWithABookingOfferedWaits() {
        assertThat(servedAndAsks("bea", "you limewashed our barn in March and the north wall is flaking, is that "
                + "normal? happy to book you in again if it needs it").findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** The same shape about a thing she only saw, with a booking asked of a prospect: no work of hers was told. */
    @Test
    void staysQuietWhenWhatSheDidToHisThingWasOnlySeeingIt() {
        assertThat(servedAndAsks("bea", "you saw our barn in March when you drove past, the north wall is flaking, "
                + "could we book you for a look?").findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /**
     * Saying one pays for her work ("a paid subscriber since spring") makes him her customer though Bea was never seen
     * selling here: his question waits on her as a customer's.
     */
    @Test
    void firesWhenSomeoneWhoSaysHePaysForHerWorkAsksAndHearsNothing() {
        assertThat(servedAndAsks("bea", "I've been a paid subscriber since spring and the garden letters make my "
                + "whole week, where do I find the one on hedges?").findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** A paid membership named as somewhere else's is that place's: his question is owed an answer, not as a client's. */
    @Test
    void staysQuietWhenThePaidMembershipHeNamesIsSomewhereElses() {
        assertThat(servedAndAsks("bea", "I'm a paying member of the allotment society and they never reply, do you "
                + "know who runs the seed swap?").findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /**
     * Work she did on his thing and the thing brought in to her again ask for her paid time: though Bea was never seen
     * selling here, he is her client, and his question waits on her as one.
     */
    @Test
    void firesWhenSomeoneSheDidWorkForAsksToBringItInAgainAndHearsNothing() {
        assertThat(servedAndAsks("bea", "you refinished our oak table in April and a ring has come up on it, can we "
                + "bring it in or is there a trick?").findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** Bringing a point up is no work brought in: his question is owed an answer, not as a client's. */
    @Test
    void staysQuietWhenWhatHeBringsUpIsAPoint() {
        assertThat(servedAndAsks("bea", "you saw our oak table at the fair, can we bring it up at the club night?")
                .findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    // --- a customer is not an advocate ----------------------------------------------------------------------------

    /**
     * Whom Ana talked with this week, by audience: Dev tells her {@code words}, and she answers him. An advocate is one
     * who brings others; one who only bought is a customer. Both are owed an answer first (the rule above), but the
     * week's mix tells them apart.
     */
    private static Map<Audience, Integer> mixAfter(String words) {
        Chat chat = Scene.coaching("ana").says("ana", "stalls", "firing the kiln tonight, fingers crossed")
                .asks("dev", "general", "ana", words)
                .asks("ana", "general", "dev", "thank you, that means a lot")
                .finish();
        return chat.report("ana").stats().audienceMix();
    }

    @Test
    void someoneWhoSaysTheyBoughtFromThePersonIsHerCustomer() {
        assertThat(mixAfter("I bought a teapot from you at the spring fair and use it daily"))
                .containsKey(Audience.CUSTOMER).doesNotContainKey(Audience.ADVOCATE);
    }

    @Test
    void someoneWhoSaysTheySentPeopleHerWayIsHerAdvocate() {
        assertThat(mixAfter("my sister loved your teapot, I sent her your way"))
                .containsKey(Audience.ADVOCATE).doesNotContainKey(Audience.CUSTOMER);
    }
}
