package dev.rapport.bot.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.bot.coach.Routine;
import dev.rapport.bot.coach.WeeklyDigests;
import dev.rapport.bot.discord.live.ShiftableClock;
import dev.rapport.bot.discord.loopback.InteractionIds;
import dev.rapport.bot.discord.loopback.LoopbackDiscord;
import dev.rapport.bot.discord.loopback.MessageDraft;
import dev.rapport.bot.discord.loopback.RecordedRequest;
import dev.rapport.bot.discord.loopback.TestCertificate;
import dev.rapport.bot.storage.ledger.DeliveryChannel;
import dev.rapport.bot.storage.ledger.Feedback;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.stats.IsoWeek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static dev.rapport.bot.contract.ContractBot.ANA;
import static dev.rapport.bot.contract.ContractBot.BEN;
import static dev.rapport.bot.contract.ContractBot.CLEO;
import static dev.rapport.bot.contract.ContractBot.GENERAL;
import static dev.rapport.bot.contract.ContractBot.GUILD;
import static dev.rapport.bot.contract.ContractBot.HELP;
import static dev.rapport.bot.contract.ContractBot.SHOWCASE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour of the chat port, written once and run against every adapter ({@code rapport.platform}) on the
 * loopback Discord server: what a member and a server admin see must not depend on the client library. Each subclass
 * names its adapter; everything else (the world, the requests looked at, the expectations) is shared.
 */
@Timeout(value = ContractBot.DEADLINE_SECONDS, unit = TimeUnit.SECONDS)
abstract class PlatformContract {
    private static final int EPHEMERAL = 64;
    private static TestCertificate certificate;

    @TempDir
    Path dir;
    private ContractBot live;

    /** The adapter under test, as {@code rapport.platform} names it. */
    abstract String platform();

    @BeforeAll
    static void makeCertificate() throws Exception {
        // TestCertificate makes one per test JVM (keytool takes seconds under load); the classes share it.
        if (certificate == null) {
            certificate = TestCertificate.forHost("discord.com");
        }
    }

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    private ContractBot start() throws Exception {
        return start(discord -> { });
    }

    private ContractBot start(Consumer<LoopbackDiscord> beforeConnect) throws Exception {
        live = ContractBot.start(platform(), certificate, dir, beforeConnect);
        return live;
    }

    private static void crossPost(ContractBot live, String author, String link) {
        for (String channel : List.of(GENERAL, SHOWCASE, HELP)) {
            live.post(channel, author, "Some notes from yesterday's meetup are here " + link + " for anyone curious");
        }
    }

    @Test
    void consentAsksPrivatelyThenTheButtonEnrolsTheMemberAndTheWelcomeArrivesByDm() throws Exception {
        ContractBot live = start();

        InteractionIds start = live.coach(ANA, "start", "zone", "Europe/Berlin", "digest-day", "friday");

        assertThat(live.callback(start).json().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        JsonNode shown = live.answer(start);
        assertThat(shown.path("embeds").get(0).path("description").asText())
                .contains("What I look at").contains("What I never keep");
        JsonNode buttons = shown.path("components").get(0).path("components");
        assertThat(buttons.get(0).path("custom_id").asText()).isEqualTo("coach:consent:Europe/Berlin:FRIDAY:-");
        assertThat(live.storage.optIns().find("discord", UserId.of(ANA), CommunityId.of(GUILD))).isEmpty();

        JsonNode accepted = live.answer(live.press(buttons.get(0).path("custom_id").asText(), ANA));

        assertThat(accepted.path("content").asText()).startsWith("You're in.");
        assertThat(live.storage.optIns().find("discord", UserId.of(ANA), CommunityId.of(GUILD)))
                .hasValueSatisfying(o -> assertThat(o.zone().getId()).isEqualTo("Europe/Berlin"));
        assertThat(live.awaitDmTo(ANA, r -> r.json().path("content").asText().startsWith("Hi!")).status()).isEqualTo(200);
    }

    @Test
    void aCrossPostedLinkGetsOneTipWithThreeButtonsAndNoSecondWithinTheCooldown() throws Exception {
        // links.burst would also fire on the second round (six links in minutes): off, so only the cooldown speaks.
        live = ContractBot.start(platform(), certificate, dir, discord -> { }, "rapport.rules.links.burst.mode = off");
        ContractBot live = this.live;
        live.optIn(ANA);

        crossPost(live, ANA, "https://example.com/notes");
        RecordedRequest tip = live.awaitTipTo(ANA);
        crossPost(live, ANA, "https://example.com/notes");
        live.awaitMarker();

        assertThat(tip.json().path("embeds").get(0).path("footer").path("text").asText()).contains("links.repeat");
        JsonNode buttons = tip.json().path("components").get(0).path("components");
        assertThat(buttons.findValuesAsText("label")).containsExactly("Helpful", "Snooze 24 h", "Mute this rule");
        assertThat(live.tipsTo(ANA)).hasSize(1);

        String helpful = buttons.get(0).path("custom_id").asText();
        JsonNode thanks = live.answer(live.press(helpful, ANA));
        assertThat(thanks.path("content").asText()).contains("glad it helped");
        assertThat(live.storage.tips().ofUser(UserId.of(ANA))).singleElement()
                .satisfies(t -> assertThat(t.feedback()).contains(Feedback.HELPFUL));
    }

    @Test
    void aLinkThatAnswersQuestionsStaysQuiet() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);

        String q1 = live.post(GENERAL, BEN, "Does anyone know a good guide to pricing freelance work?");
        String q2 = live.post(SHOWCASE, CLEO, "How do you all decide what to charge for a logo?");
        String q3 = live.post(HELP, BEN, "Any advice on pricing a website project?");
        for (String[] q : new String[][]{{GENERAL, q1}, {SHOWCASE, q2}, {HELP, q3}}) {
            live.discord.messageCreate(MessageDraft.inChannel(q[0], ANA,
                    "This guide answers exactly that: https://example.com/pricing-guide").replyingTo(q[1]));
        }
        live.awaitMarker();

        assertThat(live.tipsTo(ANA)).isEmpty();
    }

    @Test
    void statsAreShownOnlyToTheMemberWithTheChartAttached() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Thanks Ben, that helped a lot!");
        live.awaitMarker();

        InteractionIds stats = live.coach(ANA, "stats");

        assertThat(live.callback(stats).json().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        RecordedRequest edit = live.discord.awaitRequest(r -> r.is("PATCH", live.webhook(stats) + "/messages/@original"),
                ContractBot.WAIT);
        assertThat(edit.json().path("embeds").get(0).path("title").asText()).startsWith("Your week");
        assertThat(edit.files()).singleElement().satisfies(name -> assertThat(name).endsWith(".png"));
    }

    /**
     * "Morning! Cleo: ..." is said to Cleo, who wrote in the channel lately, as a Discord export's reader reads it
     * (README: oneway.unanswered): it does not answer what Ben asked Ana there, while "Morning! Ben: ..." does. Before,
     * the live bot knew only that it was said to someone, and the first answered Ben too.
     */
    @Test
    void aGreetingThatTurnsToARecentAuthorByNameSpeaksToThemAndAnswersOnlyTheirQuestion() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);
        live.post(HELP, CLEO, "Kettle's on in the back room if anyone wants tea");
        live.discord.messageCreate(MessageDraft.inChannel(HELP, BEN, "<@" + ANA + "> which door is the workshop through?")
                .mentioning(ANA));

        live.post(HELP, ANA, "Morning! Cleo: the silver kettle is the one that works");
        String toCleo = numbers(live.answer(live.coach(ANA, "stats")));
        live.post(HELP, ANA, "Sorry, was away. Ben, it is the green door past the lockers");
        String toBen = numbers(live.answer(live.coach(ANA, "stats")));

        assertThat(toCleo).contains("mentions received / answered: 1 / 0");
        assertThat(toBen).contains("mentions received / answered: 1 / 1");
    }

    /**
     * A question Ben puts under his own post ("Ana, could you ...?", Discord's reply link to himself) goes on with his
     * own thread and says nothing of whom it asks, so it is read for a name as any post is: it is put to Ana, as a
     * Discord export's reader reads it ({@code NamedTurns.replySpeaksToItsAuthor}). Before, the live bot took the reply
     * link as its addressee and Ana never heard of the question.
     */
    @Test
    void aQuestionUnderOnesOwnPostIsPutToTheRecentAuthorItNames() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);
        live.post(HELP, ANA, "Morning, I'm in the workshop all day if anyone needs a hand");
        String own = live.post(HELP, BEN, "My lathe chatters on long cuts");
        live.discord.messageCreate(MessageDraft.inChannel(HELP, BEN, "Ana, could you look at it after lunch?")
                .replyingTo(own));

        assertThat(numbers(live.answer(live.coach(ANA, "stats")))).contains("mentions received / answered: 1 / 0");
    }

    /**
     * The rightly-quiet half: thanks under one's own post ("found it, thanks Ana") closes one's own thread, as a reply
     * to it does, and is not read as something put to Ana. The stats answer comes after Ben's two messages were
     * counted (one engine thread, events in arrival order), so the zero is not read too early.
     */
    @Test
    void thanksUnderOnesOwnPostClosesOnesOwnThreadAndAsksNobody() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);
        live.post(HELP, ANA, "Morning, I'm in the workshop all day if anyone needs a hand");
        String own = live.post(HELP, BEN, "My lathe chatters on long cuts");
        live.discord.messageCreate(MessageDraft.inChannel(HELP, BEN, "Found it, a loose gib. Thanks Ana")
                .replyingTo(own));

        assertThat(numbers(live.answer(live.coach(ANA, "stats")))).contains("mentions received / answered: 0 / 0");
    }

    /**
     * In a business's own server (Ben wears its Team role) the guild's owner is its team, as a Team role would say:
     * of the two people Ana spoke to, Cleo, the owner, counts as the business's team (left out of audience counts,
     * "ignore") and only Dev as someone not known yet.
     */
    @Test
    void theOwnerOfABusinesssServerCountsAsItsTeam() throws Exception {
        String spokeTo = audiencesAnaSpokeToWhenTheOwnerIs(CLEO);
        assertThat(spokeTo).contains("\"IGNORE\":1").contains("\"UNKNOWN\":1");
    }

    /** The same server owned by Ben, its Team member: Cleo is judged by how she talks, like Dev (too little yet). */
    @Test
    void aMemberWhoDoesNotOwnTheServerIsJudgedByHowTheyTalk() throws Exception {
        String spokeTo = audiencesAnaSpokeToWhenTheOwnerIs(BEN);
        assertThat(spokeTo).contains("\"UNKNOWN\":2").doesNotContain("IGNORE");
    }

    /** Ana, coached, thanks Cleo and answers Dev: her week's interactions by audience, as her saved state has them. */
    private String audiencesAnaSpokeToWhenTheOwnerIs(String owner) throws Exception {
        String team = "31";
        String dev = "40";
        ContractBot live = start(discord -> discord.declaredGuild(GUILD).role(team, "Team")
                .member(BEN, "ben", team).member(dev, "dev").owner(owner));
        live.optIn(ANA);
        live.post(GENERAL, BEN, "New opening hours are pinned above");
        live.post(GENERAL, CLEO, "Morning all, the shop is open from ten today");
        live.post(GENERAL, dev, "Did anyone else's parcel arrive late this week?");
        live.discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "<@" + CLEO + "> thanks, see you at ten")
                .mentioning(CLEO));
        live.discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "<@" + dev + "> mine came on Friday")
                .mentioning(dev));
        // The stats answer comes after both messages were counted (one engine thread, events in arrival order); her
        // state reaches storage on the saver's thread, so it is awaited.
        assertThat(numbers(live.answer(live.coach(ANA, "stats")))).contains("messages: 2");
        String[] export = new String[1];
        ContractBot.until("Ana's week is saved", () -> {
            live.bot.coach().saveChanged().join();
            export[0] = live.storage.personalData().export(UserId.of(ANA)).replaceAll("\\s", "");
            return export[0].contains("\"messages\":2");
        });
        java.util.regex.Matcher interactions = java.util.regex.Pattern.compile("\"interactions\":\\{([^}]*)}")
                .matcher(export[0]);
        assertThat(interactions.find()).as("her week's interactions by audience are in her data").isTrue();
        return interactions.group(1);
    }

    @Test
    void anEditThatAddsALinkAndADeletionChangeTheWeeksNumbers() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);
        String notes = live.post(GENERAL, ANA, "Wrote up some notes from yesterday's meetup for anyone curious");
        String morning = live.post(GENERAL, ANA, "Morning all, what are you working on this week?");
        assertThat(weekNumbers(live)).contains("messages: 2").contains("links shared: 0");

        live.discord.messageUpdate(notes, "Wrote up some notes from yesterday's meetup for anyone curious "
                + "https://example.com/notes");
        assertThat(weekNumbers(live)).contains("messages: 2").contains("links shared: 1");

        live.discord.messageDelete(morning);
        assertThat(weekNumbers(live)).contains("messages: 1").contains("links shared: 1");
    }

    /** The numbers of the member's week as {@code /coach stats} shows them; it waits for the answer. */
    private static String weekNumbers(ContractBot live) {
        return live.answer(live.coach(ANA, "stats")).path("embeds").get(0).path("fields").findValuesAsText("value")
                .toString();
    }

    @Test
    void exportSendsTheMembersDataAsJsonByDmWithOthersOnlyAsPseudonyms() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);
        String question = live.post(GENERAL, BEN, "Does anyone know a good guide to pricing freelance work?");
        live.discord.messageCreate(MessageDraft.inChannel(GENERAL, ANA, "I priced by the day at first, then by "
                + "the project once I knew how long things took").replyingTo(question));
        live.awaitMarker();

        InteractionIds export = live.coach(ANA, "export");

        assertThat(live.callback(export).json().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(live.answer(export).path("content").asText()).contains("by DM");
        RecordedRequest dm = live.awaitDmTo(ANA, r -> !r.files().isEmpty());
        String json = dm.fileText("rapport-export.json").orElseThrow();
        assertThat(json).contains("\"user\" : \"" + ANA + "\"").contains("\"platform\" : \"discord\"")
                .as("the other person is kept only as a pseudonym").doesNotContain("\"" + BEN + "\"");
    }

    @Test
    void forgetAsksFirstThenDeletesEverything() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);

        JsonNode question = live.answer(live.coach(ANA, "forget"));
        String confirm = question.path("components").get(0).path("components").get(0).path("custom_id").asText();
        assertThat(live.storage.optIns().find("discord", UserId.of(ANA), CommunityId.of(GUILD))).isPresent();

        JsonNode done = live.answer(live.press(confirm, ANA));

        assertThat(done.path("content").asText()).startsWith("Done: I deleted everything");
        assertThat(live.storage.optIns().find("discord", UserId.of(ANA), CommunityId.of(GUILD))).isEmpty();
    }

    @Test
    void withClosedDmsTheTipWaitsAndIsShownWithTheNextCommand() throws Exception {
        ContractBot live = start(discord -> discord.dmsClosedFor(ANA));
        JsonNode consent = live.answer(live.coach(ANA, "start", "zone", "UTC"));
        JsonNode accepted = live.answer(live.press(ContractBot.consentButton(consent), ANA));
        assertThat(accepted.path("content").asText()).contains("DMs are closed");

        crossPost(live, ANA, "https://example.com/notes");
        live.awaitDmTo(ANA, r -> r.status() == 403 && r.json().path("components").size() > 0);
        // The bot learns of the 403 a moment after the server answered it: the first command after that shows the tip.
        ContractBot.until("the tip waits in the ledger", () -> live.storage.tips().ofUser(UserId.of(ANA)).stream()
                .anyMatch(t -> t.channel() == DeliveryChannel.WAITING));
        InteractionIds tips = live.coach(ANA, "tips");

        RecordedRequest followUp = live.discord.awaitRequest(r -> r.is("POST", live.webhook(tips))
                && r.json().path("components").size() > 0, ContractBot.WAIT);
        assertThat(followUp.json().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(followUp.json().path("content").asText()).contains("DMs are closed");
    }

    @Test
    void aTipDiscordShowedButWhoseAnswerWasLostIsShownOnce() throws Exception {
        // Discord created the message and its answer was lost (a 5xx from its edge): the sender cannot tell, tries
        // again, and the person must still see one tip.
        ContractBot live = start();
        live.optIn(ANA);
        live.awaitDmTo(ANA, r -> r.json().path("content").asText().startsWith("Hi!"));
        live.discord.loseAnswerOfNextDirectMessages(1, 500);

        crossPost(live, ANA, "https://example.com/notes");
        ContractBot.until("the tip is sent and nothing of Ana's waits", () ->
                !live.storage.tips().ofUser(UserId.of(ANA)).isEmpty()
                        && live.storage.tips().due(Instant.now().plus(Duration.ofDays(1)), 100).stream()
                        .noneMatch(p -> p.tip().user().equals(UserId.of(ANA))));

        assertThat(live.tipsTo(ANA).get(0).status()).isEqualTo(500);
        List<JsonNode> shown = live.discord.messagesIn(live.discord.dmChannelIdFor(ANA)).stream()
                .filter(m -> m.path("components").size() > 0).toList();
        assertThat(shown).hasSize(1);
    }

    @Test
    void theWeeklyDigestArrivesOnceByDmOnItsDayWithTheScoreChartAttached() throws Exception {
        ShiftableClock clock = new ShiftableClock();
        live = ContractBot.start(platform(), certificate, dir, discord -> { },
                "rapport.coaching.digest-interval = 1d", clock);
        ContractBot live = this.live;
        String dueDay = Instant.now().plus(Duration.ofDays(7)).atZone(ZoneOffset.UTC).getDayOfWeek().name()
                .toLowerCase(Locale.ROOT);
        JsonNode consent = live.answer(live.coach(ANA, "start", "zone", "UTC", "digest-day", dueDay));
        live.answer(live.press(ContractBot.consentButton(consent), ANA));
        live.answer(live.coach(ANA, "settings", "digest-hour", 0L));
        live.post(GENERAL, ANA, "Morning all, what are you working on this week?");
        live.answer(live.coach(ANA, "stats"));
        IsoWeek week = IsoWeek.of(Instant.now(), ZoneOffset.UTC);
        Routine digests = live.bot.routine(WeeklyDigests.NAME).orElseThrow();

        digests.run();
        clock.shift(Duration.ofDays(7));
        // The coach closes the past week in storage, as a running bot's does within seconds: until then the digest
        // waits for it, up to an hour past its moment (hour 0: between 00:00 and 01:00 UTC the test would wait on).
        live.bot.coach().tick().get();
        live.bot.coach().saveChanged().get();
        digests.run();
        digests.run();
        RecordedRequest digest = live.awaitDmTo(ANA, r -> r.json().path("content").asText().startsWith("Your week"));
        // A later tip proves a second digest would have been sent by now: digests leave before tips.
        crossPost(live, ANA, "https://example.com/notes");
        live.awaitTipTo(ANA);

        JsonNode embed = digest.json().path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Your week " + week);
        assertThat(embed.path("fields").findValuesAsText("value").toString()).contains("messages: 1");
        assertThat(embed.path("image").path("url").asText()).isEqualTo("attachment://networking-score-" + week + ".png");
        assertThat(digest.files()).containsExactly("networking-score-" + week + ".png");
        assertThat(live.dmsTo(ANA)).filteredOn(r -> r.json().path("content").asText().startsWith("Your week"))
                .hasSize(1);
    }

    @Test
    void aReactionByACoachedMemberToSomeoneElsesWorkIsCountedAsGiving() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);
        String bens = live.post(GENERAL, BEN, "Finally shipped the new portfolio site this morning");

        live.discord.reactionAdd(bens, ANA, "🎉");

        // Javacord may read the message's author with a REST call first, so the count is awaited, not assumed.
        ContractBot.until("Ana's reaction is in her exported numbers", () -> {
            live.bot.coach().saveChanged().join();
            return live.storage.personalData().export(UserId.of(ANA)).replaceAll("\\s", "")
                    .contains("\"reactionsGiven\":1");
        });
    }

    /**
     * The reaction's emoji reaches the coach through each adapter: a thumbs-up to a question put to Ana answers it, while
     * eyes on another say only that she saw it, and that question still waits for her word (her exported state).
     */
    @Test
    void eyesOnAQuestionLeaveItWaitingWhereAThumbsUpAnswersIt() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Morning all, I'm in the workshop today");
        String seen = live.discord.messageCreate(MessageDraft.inChannel(GENERAL, BEN,
                "<@" + ANA + "> who has the hall key this week?").mentioning(ANA));
        String answered = live.discord.messageCreate(MessageDraft.inChannel(GENERAL, BEN,
                "<@" + ANA + "> are we still on for the Friday stall?").mentioning(ANA));

        live.discord.reactionAdd(seen, ANA, "\uD83D\uDC40");
        live.discord.reactionAdd(answered, ANA, "\uD83D\uDC4D");

        // Javacord may read the message's author with a REST call first, so the reactions are awaited, not assumed.
        ContractBot.until("both reactions are in Ana's exported numbers", () -> {
            live.bot.coach().saveChanged().join();
            return live.storage.personalData().export(UserId.of(ANA)).replaceAll("\\s", "")
                    .contains("\"reactionsGiven\":2");
        });
        JsonNode waiting = new ObjectMapper().readTree(live.storage.personalData().export(UserId.of(ANA)))
                .path("engineState").get(0).path("waiting");
        assertThat(waiting.findValuesAsText("message")).containsExactly(seen);
    }

    @Test
    void aMessageReplayedByAGatewayResumeIsCountedOnce() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);
        String id = live.post(GENERAL, ANA, "Morning all, what are you working on this week?");
        assertThat(numbers(live.answer(live.coach(ANA, "stats")))).contains("messages: 1");
        int seq = live.discord.awaitDispatch(d -> d.type().equals("MESSAGE_CREATE")
                && d.data().path("id").asText().equals(id), ContractBot.WAIT).seq();

        live.discord.redeliverOnNextResume(seq);
        live.discord.dropConnection();
        ContractBot.until("the replayed message is recognised", () -> live.bot.coach().duplicatesIgnored().join() > 0);

        assertThat(live.bot.coach().duplicatesIgnored().get()).isEqualTo(1);
        assertThat(numbers(live.answer(live.coach(ANA, "stats")))).contains("messages: 1");
    }

    private static String numbers(JsonNode answer) {
        return answer.path("embeds").get(0).path("fields").findValuesAsText("value").toString();
    }

    @Test
    void aBadOptionIsAnsweredWithWhatIsAllowedAndChangesNothing() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);

        JsonNode zone = live.answer(live.coach(ANA, "settings", "zone", "Mars/Olympus"));
        JsonNode hour = live.answer(live.coach(ANA, "settings", "digest-hour", 25));

        assertThat(zone.path("content").asText()).startsWith("⚠️").contains("not a time zone");
        assertThat(hour.path("content").asText()).startsWith("⚠️").contains("0 to 23");
        assertThat(live.storage.optIns().find("discord", UserId.of(ANA), CommunityId.of(GUILD)))
                .hasValueSatisfying(o -> assertThat(o.zone().getId()).isEqualTo("UTC"));
    }

    @Test
    void adminCommandsAreForModeratorsOnly() throws Exception {
        ContractBot live = start();

        // ANA owns the guild (owners may do everything); BEN has no role.
        JsonNode refused = live.answer(live.admin(BEN, d -> d.subcommand("status")));
        JsonNode status = live.answer(live.admin(CLEO, d -> d.subcommand("status")));
        JsonNode badRule = live.answer(live.admin(CLEO, d -> d.subcommand("rule").option("id", "no.such")
                .option("setting", "off")));

        assertThat(refused.path("content").asText()).contains("Manage Server").contains("Nothing was changed");
        assertThat(status.path("embeds").get(0).path("title").asText()).isEqualTo("Coaching settings of Makers");
        assertThat(badRule.path("content").asText()).startsWith("⚠️").contains("not a rule");
    }

    @Test
    void someoneWhoDidNotOptInGetsNothingForTheSameCrossPosting() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);

        crossPost(live, BEN, "https://example.com/notes");
        live.awaitMarker();

        assertThat(live.dmsTo(BEN)).isEmpty();
        assertThat(live.storage.tips().ofUser(UserId.of(BEN))).isEmpty();
    }

    @Test
    void dmTextCommandsAnswerHelpStatsAndStopInTheDm() throws Exception {
        ContractBot live = start();
        live.optIn(ANA);
        live.post(GENERAL, ANA, "Morning all, what are you working on this week?");

        live.discord.messageCreate(MessageDraft.direct(ANA, "help"));
        RecordedRequest help = live.awaitDmTo(ANA, r -> r.json().path("content").asText().contains("`forget`"));
        live.discord.messageCreate(MessageDraft.direct(ANA, "stats"));
        RecordedRequest stats = live.awaitDmTo(ANA, r -> r.json().path("embeds").size() > 0);
        live.discord.messageCreate(MessageDraft.direct(ANA, "stop"));
        live.awaitDmTo(ANA, r -> r.json().path("content").asText().startsWith("Coaching stopped everywhere"));

        assertThat(help.json().path("content").asText()).contains("private networking coach").contains("`stats`");
        assertThat(stats.json().path("embeds").get(0).path("fields").findValuesAsText("value").toString())
                .contains("messages: 1");
        assertThat(live.storage.optIns().ofUser(UserId.of(ANA))).isEmpty();
    }
}
