package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.model.ChatMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static dev.rapport.rules.rule.RuleId.AUDIENCE_ADVOCATES;
import static org.assertj.core.api.Assertions.assertThat;

class AdvocatesRuleTest {

    private static Chat chatWithCustomerRole() {
        return Chat.builder("ana")
                .community(new CommunitySettings(Map.of("Customer", Audience.CUSTOMER), Map.of(), Set.of(), Map.of()))
                .build();
    }

    @Test
    void firesWhenAnExistingCustomerAsksAndHearsNothing() {
        Chat chat = chatWithCustomerRole();
        chat.say("ana", "general", "new batch is drying");
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "loving the new batch");
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, "general").by("cleo").roles(Set.of("Customer")).mention("ana")
                .text("can I order two more for Friday?").build());
        // Ana is around (she writes elsewhere), so the question waits on her, not on her return.
        chat.later(Duration.ofHours(2)).say("ana", "studio", "glazing the next batch now");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("customers-waiting")).isEqualTo(1));
    }

    @Test
    void firesAtWeekEndWhenACustomerWhoWroteHeardNothingWhileThePersonChasedNewPeople() {
        Chat chat = chatWithCustomerRole();
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "loving the new batch");
        chat.mention("cleo", "general", "ana", "the blue one is gorgeous");
        for (int i = 0; i < 6; i++) {
            chat.mention("ana", "general", "new" + i, "welcome! have you seen my shop yet");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("customers-unanswered")).isEqualTo(1));
    }

    @Test
    void staysQuietAtWeekEndWhenTheCustomerWhoWroteGotAReply() {
        Chat chat = chatWithCustomerRole();
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "loving the new batch");
        chat.mention("cleo", "general", "ana", "the blue one is gorgeous");
        chat.mention("ana", "general", "cleo", "thank you, it was the hardest glaze");
        for (int i = 0; i < 6; i++) {
            chat.mention("ana", "general", "new" + i, "welcome! have you seen my shop yet");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    @Test
    void aCustomerWritingByDirectMessageIsStillACustomer() {
        Chat chat = chatWithCustomerRole();
        chat.say("ana", "general", "new batch is drying");
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "loving the new batch");
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("dm1").at(chat.now().plusSeconds(60))
                .community(dev.rapport.rules.model.CommunityId.of("0"))
                .channel(dev.rapport.rules.model.ChannelId.of("dm-cleo-ana")).direct().by("cleo").mention("ana")
                .text("can I order two more for Friday?").build());
        // Ana is around (she writes elsewhere), so the question waits on her, not on her return.
        chat.later(Duration.ofHours(2)).say("ana", "studio", "glazing the next batch now");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    @Test
    void aPlainlyNamedCustomerRoleNeedsNoConfiguration() {
        Chat chat = Chat.builder("ana").defaultRoles(Map.of("Customer", Audience.CUSTOMER)).build();
        chat.say("ana", "general", "new batch is drying");
        chat.sayWithRoles("cleo", "general", Set.of("customer"), "loving the new batch");
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, "general").by("cleo").roles(Set.of("customer")).mention("ana")
                .text("can I order two more for Friday?").build());
        // Ana is around (she writes elsewhere), so the question waits on her, not on her return.
        chat.later(Duration.ofHours(2)).say("ana", "studio", "glazing the next batch now");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
        assertThat(chat.engine().recognisedRoles().values()).singleElement()
                .satisfies(roles -> assertThat(roles.get("customer").configured()).isFalse());
    }

    @Test
    void staysQuietWhenCustomersGetAnswers() {
        Chat chat = chatWithCustomerRole();
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "loving the new batch");
        chat.mention("cleo", "general", "ana", "can I order two more for Friday?");
        chat.mention("ana", "general", "cleo", "of course, they will be ready Thursday");
        chat.later(Duration.ofDays(2));
        chat.finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /** The person's own goal, chosen when opting in, wins over the community's: she keeps her customers. */
    @Test
    void firesAtWeekEndForSomeoneWhoChoseToKeepCustomersInACommunityForLearning() {
        Chat chat = Chat.builder("ana").goal("ana", dev.rapport.rules.config.Goal.KEEP_CUSTOMERS)
                .community(new CommunitySettings(Map.of("Customer", Audience.CUSTOMER), Map.of(), Set.of(), Map.of())
                        .withGoal(dev.rapport.rules.config.Goal.LEARN))
                .build();
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "loving the new batch");
        chat.mention("cleo", "general", "ana", "the blue one is gorgeous");
        for (int i = 0; i < 6; i++) {
            chat.mention("ana", "general", "new" + i, "welcome! have you seen my shop yet");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).singleElement()
                .satisfies(f -> assertThat(f.evidence().count("customers-unanswered")).isEqualTo(1));
    }

    /** Someone who said they are here to find collaborators is not coached on customer care at week end. */
    @Test
    void staysQuietAtWeekEndForSomeoneWhoChoseToFindCollaborators() {
        Chat chat = Chat.builder("ana").goal("ana", dev.rapport.rules.config.Goal.FIND_COLLABORATORS)
                .community(new CommunitySettings(Map.of("Customer", Audience.CUSTOMER), Map.of(), Set.of(), Map.of()))
                .build();
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "loving the new batch");
        chat.mention("cleo", "general", "ana", "the blue one is gorgeous");
        for (int i = 0; i < 6; i++) {
            chat.mention("ana", "general", "new" + i, "welcome! have you seen my shop yet");
        }
        chat.finish();
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    @Test
    void staysQuietWhenOneCustomerAsksAnother() {
        // Both wear the Customer role: neither sells to the other, so no customer is owed this answer as a seller's.
        Chat chat = chatWithCustomerRole();
        chat.sayWithRoles("ana", "general", Set.of("Customer"), "my order came today, the mugs are lovely");
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "loving the new batch");
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, "general").by("cleo").roles(Set.of("Customer")).mention("ana")
                .text("did yours come in the blue box too?").build());
        chat.later(Duration.ofHours(26));
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    private static Chat businessCommunity() {
        return Chat.builder("ana").defaultRoles(Map.of("Customer", Audience.CUSTOMER, "Team", Audience.IGNORE)).build();
    }

    /** In a business's own community its team serves its customers: a team member who leaves one waiting is told. */
    @Test
    void firesForTheBusinesssTeamWhenItsCustomerHearsNothing() {
        Chat chat = businessCommunity();
        chat.sayWithRoles("ana", "general", Set.of("Team"), "the new release is going out tonight");
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "the export button is greyed out for me");
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, "general").by("cleo").roles(Set.of("Customer")).mention("ana")
                .text("is there a way to get my invoices out before month end?").build());
        chat.later(Duration.ofHours(2)).sayWithRoles("ana", "off-topic", Set.of("Team"), "anyone tried the new linter?");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /**
     * The same question to someone else who sells there (a partner with an add-on of his own): the customer is the
     * business's, not his. Whatever he owes is an answer, which oneway.unanswered says.
     */
    @Test
    void staysQuietForAnotherSellerWhenTheCustomerIsTheBusinesss() {
        Chat chat = businessCommunity();
        chat.sayWithRoles("tom", "general", Set.of("Team"), "the new release is going out tonight");
        chat.say("ana", "general", "our add-on now syncs with the release too");
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "the export button is greyed out for me");
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, "general").by("cleo").roles(Set.of("Customer")).mention("ana")
                .text("is there a way to get my invoices out before month end?").build());
        chat.later(Duration.ofHours(2)).say("ana", "off-topic", "anyone tried the new linter?");
        chat.later(Duration.ofHours(24));
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
    /**
     * A regular who sent people of their own to the business is its customer, however much else they chat: the team
     * owes them an answer. (Before, chatting and sharing made such a regular a peer or unknown, whom nobody serves.)
     */
    @Test
    void firesForTheTeamWhenARegularWhoSentTheirOfficeAsksAndHearsNothing() {
        Chat chat = regularWrites("I told my whole office about your pretzels, they're hooked");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** The same regular praising a tool nobody here makes is no customer of the team's: nothing is owed as such. */
    @Test
    void staysQuietWhenTheRegularToldTheirOfficeAboutSomeoneElsesTool() {
        Chat chat = regularWrites("I told my whole office about Linear, they're hooked");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /** A fellow seller who hands the team work ("sent a client your way") is in the trade, not a customer. */
    @Test
    void staysQuietWhenAFellowSellerSentAClient() {
        Chat chat = regularWrites("sent a client your way, she needs forty for a party and I'm booked solid");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /** In a business's own community (Ana is its team, Cleo a customer) a regular chats, says {@code words} to Ana, then asks her. */
    private static Chat regularWrites(String words) {
        Chat chat = businessCommunity();
        chat.sayWithRoles("ana", "general", Set.of("Team"), "fresh pretzels from noon today");
        // A customer wears the role: people buy here, whatever the regular says.
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "the pretzels sold out before I got there");
        chat.say("dev", "general", "rainy one again");
        chat.say("dev", "general", "the tram was late, made it anyway");
        chat.mention("dev", "general", "ana", words);
        chat.later(Duration.ofMinutes(5)).mention("dev", "general", "ana",
                "could you do forty of them for a leaving party on Friday?");
        // Ana is around (she writes elsewhere), so the question waits on her, not on her return.
        chat.later(Duration.ofHours(2)).sayWithRoles("ana", "off-topic", Set.of("Team"), "anyone know a flour mill nearby?");
        chat.later(Duration.ofHours(24));
        return chat;
    }

    /**
     * In a business's own server (Tom wears its Team role) its owner is its team, role or not: a customer who waits
     * on the owner is the business's customer, and the owner is told.
     */
    @Test
    void firesForTheOwnerOfABusinesssServerWhoWearsNoTeamRole() {
        Chat chat = customerWaitsOn(true, true);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** The same member in the same server, not its owner, is another seller there: the customer is not theirs. */
    @Test
    void staysQuietForAMemberWhoDoesNotOwnTheBusinesssServer() {
        Chat chat = customerWaitsOn(true, false);
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }

    /**
     * Every server has an owner: owning one does not make it a business's own. Where nobody wears a Team role, a
     * member who sells there (Ana, not the owner) is still the one the customer bought from, and is told.
     */
    @Test
    void anOwnerAloneDoesNotMakeAServerABusinesssOwn() {
        Chat chat = businessCommunity();
        chat.feed(ChatMessage.builder().id("own").at(chat.now().plusSeconds(30)).in(Chat.COMMUNITY, "general")
                .by("tom").byOwner().text("welcome all, rules are pinned").build());
        Chat asked = customerAsksAna(chat, false);
        assertThat(asked.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** A business's own server when {@code teamSeen}; Ana writes (as its owner when {@code anaOwns}), a customer asks her. */
    private static Chat customerWaitsOn(boolean teamSeen, boolean anaOwns) {
        Chat chat = businessCommunity();
        if (teamSeen) {
            chat.sayWithRoles("tom", "general", Set.of("Team"), "the new release is going out tonight");
        }
        return customerAsksAna(chat, anaOwns);
    }

    private static Chat customerAsksAna(Chat chat, boolean anaOwns) {
        chat.feed(anaSays(chat, "general", "morning all, the status page is green again", anaOwns));
        chat.sayWithRoles("cleo", "general", Set.of("Customer"), "the export button is greyed out for me");
        chat.feed(ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, "general").by("cleo").roles(Set.of("Customer")).mention("ana")
                .text("is there a way to get my invoices out before month end?").build());
        // Ana is around (she writes elsewhere), so the question waits on her, not on her return.
        chat.later(Duration.ofHours(2));
        chat.feed(anaSays(chat, "off-topic", "anyone tried the new linter?", anaOwns));
        chat.later(Duration.ofHours(24));
        return chat;
    }

    private static ChatMessage anaSays(Chat chat, String channel, String text, boolean owns) {
        var b = ChatMessage.builder().id("ana-" + chat.now().getEpochSecond()).at(chat.now().plusSeconds(90))
                .in(Chat.COMMUNITY, channel).by("ana").text(text);
        return owns ? b.byOwner().build() : b.build();
    }
    // --- a customer role with a qualifier -------------------------------------------------------------------------

    private static Chat questionFromSomeoneWearing(String role) {
        Chat chat = businessCommunity();
        chat.sayWithRoles("ana", "general", Set.of("Team"), "the spring catalogue is up on the site");
        chat.sayWithRoles("cleo", "general", Set.of(role), "the blue throw I got last month is gorgeous");
        chat.feed(dev.rapport.rules.model.ChatMessage.builder().id("q").at(chat.now().plusSeconds(60))
                .in(Chat.COMMUNITY, "general").by("cleo").roles(Set.of(role)).mention("ana")
                .text("does the matching cushion come in the same blue?").build());
        chat.later(Duration.ofHours(2)).sayWithRoles("ana", "off-topic", Set.of("Team"), "who watched the match?");
        chat.later(Duration.ofHours(24));
        return chat;
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
    // --- someone who says they bought from the person ------------------------------------------------------------

    /** In a makers' server with no roles, someone asks Ana by name, saying {@code words}; Ana chats elsewhere. */
    private static Chat askedByName(String words) {
        Chat chat = Chat.coaching("ana");
        chat.say("ana", "stalls", "firing the kiln tonight, fingers crossed");
        chat.say("bea", "stalls", "good luck! mine cracked two last week");
        chat.mention("dev", "general", "ana", words);
        chat.later(Duration.ofHours(2)).say("ana", "stalls", "anyone know a good glaze supplier up north?");
        chat.later(Duration.ofHours(24));
        return chat;
    }

    /** Saying one bought from her before makes the asker her existing customer: the silence costs the most. */
    @Test
    void firesWhenSomeoneWhoBoughtFromThePersonAsksToBuyAgainAndHearsNothing() {
        Chat chat = askedByName("I bought a teapot from you at the spring fair and use it daily, could you make two "
                + "cups to match it by next month?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).hasSize(1);
    }

    /** The same question from someone who bought elsewhere is owed an answer, but not as her customer. */
    @Test
    void staysQuietWhenTheAskerBoughtFromSomeoneElse() {
        Chat chat = askedByName("I bought a teapot from the shop on the corner and use it daily, could you make two "
                + "cups to match it by next month?");
        assertThat(chat.findings(AUDIENCE_ADVOCATES)).isEmpty();
    }
}
