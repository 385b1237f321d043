package dev.rapport.bot.coach;

import dev.rapport.bot.digest.ScoreExplanation;
import dev.rapport.bot.discord.ComponentId;
import dev.rapport.bot.importer.Plural;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.QuietHours;
import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.score.Pillar;
import dev.rapport.rules.stats.IsoWeek;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What {@code /coach}, its buttons and the DM text commands do, on any platform: each action takes the person, the
 * community (empty in a DM) and the options, and answers with a {@link Reply} for the adapter to draw. Blocking
 * (storage, the engine): adapters acknowledge first and call these off their event threads. A value that is not
 * allowed is a {@link BadOption} whose message says what is.
 */
public final class CoachActions {
    /** The custom-id prefix of the consent, decline and forget buttons. */
    public static final String PREFIX = "coach";
    private static final int CARD_COLOUR = 0x3B7EA1;

    private final CoachAccounts accounts;
    private final RuleCatalogue catalogue;
    private final ReportCards reports;
    private final DigestViews views;

    public CoachActions(CoachAccounts accounts, RuleCatalogue catalogue, ReportCards reports, DigestViews views) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.reports = reports;
        this.views = views;
    }

    /** Runs subcommand {@code sub} of {@code /coach}; {@code export} is the adapter's, as it sends a file by DM. */
    public CompletableFuture<Reply> run(String sub, UserId user, Optional<CommunityId> community, CommandOptions options) {
        return switch (sub) {
            case "start" -> done(start(user, community, options));
            case "stop" -> stop(user, community);
            case "stats" -> stats(user, options);
            case "tips" -> done(Reply.of(reports.tips(accounts.recentTips(user, 5))));
            case "why" -> done(why(options));
            case "settings" -> done(settings(user, community, options));
            case "forget" -> done(forgetQuestion());
            default -> done(Reply.text("I do not know that subcommand."));
        };
    }

    /** The consent question: what is collected, the chosen settings, and yes / no buttons. */
    public Reply start(UserId user, Optional<CommunityId> community, CommandOptions options) {
        if (community.isEmpty()) {
            return Reply.text("Run /coach start in the server where you want coaching: consent is per server.");
        }
        ZoneId zone = options.text("zone").map(OptionValues::zone).orElse(accounts.zoneOf(user));
        DayOfWeek day = options.text("digest-day").map(OptionValues::day).orElse(DayOfWeek.MONDAY);
        Optional<Goal> goal = options.text("goal").flatMap(GoalValues::parse);
        if (zone.getId().length() > 60) {
            throw new BadOption("That time zone name is too long.");
        }
        return Reply.of(Card.titled("Coaching: what you agree to", 0x1F8B4C)
                        .description(CoachTexts.WHAT_IS_COLLECTED)
                        .field("Your settings", "time zone " + zone.getId() + ", digest on "
                                + day.name().toLowerCase(Locale.ROOT) + "s, goal " + GoalValues.describe(goal)
                                + " (change any of these later with /coach settings)"))
                .withRow(ButtonView.success(ComponentId.of(PREFIX, "consent", zone.getId(), day.name(),
                                GoalValues.code(goal)), "Yes, coach me"),
                        ButtonView.secondary(ComponentId.of(PREFIX, "decline"), "No thanks"));
    }

    public CompletableFuture<Reply> stop(UserId user, Optional<CommunityId> community) {
        return accounts.optOut(user, community).thenApply(removed -> Reply.text(removed
                ? "Coaching stopped" + (community.isPresent() ? " in this server" : " everywhere")
                + ". What I kept stays until you run /coach forget."
                : "You were not being coached" + (community.isPresent() ? " in this server" : "") + "."));
    }

    /** The week's numbers with the networking score and its chart attached. */
    public CompletableFuture<Reply> stats(UserId user, CommandOptions options) {
        IsoWeek current = accounts.currentWeek(user);
        IsoWeek shown = options.text("week").map(t -> OptionValues.week(t, current)).orElse(current);
        if (!accounts.isCoached(user)) {
            return done(Reply.text(CoachTexts.NOT_COACHED));
        }
        return views.of(user, shown).thenApply(view -> view.map(reports::message)
                .orElseGet(() -> Reply.text("Nothing recorded for week " + shown + " yet.")));
    }

    public Reply why(CommandOptions options) {
        String asked = options.text("rule").orElse("");
        if (ScoreExplanation.asks(asked)) {
            Card card = Card.titled(ScoreExplanation.TITLE, CARD_COLOUR).description(ScoreExplanation.INTRO);
            for (Pillar p : Pillar.values()) {
                card = card.field(p.title() + " (25 points)", p.formula());
            }
            return Reply.of(card);
        }
        RuleId id = OptionValues.rule(asked);
        Rule rule = catalogue.get(id);
        return Reply.of(Card.titled(id.id(), CARD_COLOUR)
                .description(rule.describe())
                .field("Principle " + id.principle().number() + ": " + id.principle().title(), id.principle().why()));
    }

    /** Changes the person's settings here (everywhere from a DM); one bad value changes nothing. */
    public Reply settings(UserId user, Optional<CommunityId> community, CommandOptions options) {
        List<OptIn> consents = community.isPresent()
                ? accounts.consent(user, community).stream().toList() : accounts.consents(user);
        if (consents.isEmpty()) {
            return Reply.text(CoachTexts.NOT_COACHED);
        }
        Optional<ZoneId> zone = options.text("zone").map(OptionValues::zone);
        Optional<DayOfWeek> day = options.text("digest-day").map(OptionValues::day);
        Optional<Integer> hour = options.number("digest-hour").map(v -> OptionValues.hour("digest-hour", v));
        Optional<Integer> quietFrom = options.number("quiet-from").map(v -> OptionValues.hour("quiet-from", v));
        Optional<Integer> quietUntil = options.number("quiet-until").map(v -> OptionValues.hour("quiet-until", v));
        if (quietFrom.isPresent() != quietUntil.isPresent()) {
            throw new BadOption("give quiet-from and quiet-until together (the same hour twice turns quiet hours off).");
        }
        Optional<TipFrequency> frequency = options.text("frequency").map(OptionValues::frequency);
        Optional<RuleId> mute = options.text("mute").map(OptionValues::rule);
        Optional<RuleId> unmute = options.text("unmute").map(OptionValues::rule);
        Optional<Optional<Goal>> goal = options.text("goal").map(GoalValues::parse);
        OptIn last = null;
        for (OptIn o : consents) {
            OptIn c = o;
            if (zone.isPresent()) {
                c = c.withZone(zone.get());
            }
            if (day.isPresent() || hour.isPresent()) {
                c = c.withDigest(day.orElse(c.digestDay()), hour.orElse(c.digestHour()));
            }
            if (quietFrom.isPresent()) {
                c = c.withQuietHours(quietFrom.get().equals(quietUntil.get())
                        ? Optional.empty() : Optional.of(new QuietHours(quietFrom.get(), quietUntil.get())));
            }
            if (frequency.isPresent()) {
                c = c.withFrequency(frequency.get());
            }
            if (mute.isPresent()) {
                c = c.muting(mute.get());
            }
            if (unmute.isPresent()) {
                c = c.unmuting(unmute.get());
            }
            if (goal.isPresent()) {
                c = c.withGoal(goal.get());
            }
            accounts.update(c);
            last = c;
        }
        return Reply.text("Your settings: " + CoachTexts.describe(last));
    }

    public static Reply forgetQuestion() {
        return Reply.text("This deletes everything I keep about you, in every server: your consent, numbers, tips "
                        + "and your pseudonym in other people's statistics. It cannot be undone.")
                .withRow(ButtonView.danger(ComponentId.of(PREFIX, "forget"), "Yes, delete everything"));
    }

    /**
     * The consent button ({@code coach:consent:<zone>:<day>:<goal letter>}; buttons made before goals existed have no
     * letter and mean "not said"): records the opt-in, then sends the welcome DM with {@code welcome} (the adapter's),
     * whose delivery says whether tips can reach the person.
     */
    public CompletableFuture<Reply> consent(UserId user, CommunityId community, String communityName, ZoneId zone,
                                            DayOfWeek day, Optional<Goal> goal,
                                            Function<String, CompletableFuture<Delivery>> welcome) {
        return accounts.optIn(user, community, communityName, zone, day, goal)
                .thenCompose(v -> welcome.apply(CoachTexts.welcome(communityName)))
                .thenApply(delivery -> Reply.text(CoachTexts.consented(delivery)));
    }

    public CompletableFuture<Reply> forget(UserId user) {
        return accounts.forget(user).thenApply(report -> Reply.text(
                "Done: I deleted everything I kept about you (" + Plural.of(report.total(), "record") + "). "
                        + "Run /coach start if you ever want coaching again."));
    }

    /** What a person typed in a DM: {@code stats}, {@code tips}, {@code stop}, {@code forget}, else the help. */
    public CompletableFuture<Reply> dmText(UserId user, String typed) {
        String word = typed.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "stats" -> {
                if (!accounts.isCoached(user)) {
                    yield done(Reply.text(CoachTexts.NOT_COACHED));
                }
                // Direct messages come to the process of shard 0: the week is read from storage, where every process
                // keeps its communities, as /coach stats reads it.
                IsoWeek current = accounts.currentWeek(user);
                yield views.of(user, current).thenApply(view -> view.map(reports::message)
                        .orElseGet(() -> Reply.text("Nothing recorded for week " + current + " yet.")));
            }
            case "tips" -> done(Reply.of(reports.tips(accounts.recentTips(user, 5))));
            case "stop" -> accounts.optOut(user, Optional.empty()).thenApply(removed -> Reply.text(
                    removed ? "Coaching stopped everywhere. What I kept stays until you type `forget`."
                            : CoachTexts.NOT_COACHED));
            case "forget" -> done(forgetQuestion());
            default -> done(Reply.text(CoachTexts.HELP));
        };
    }

    /** Suggestions for the option being typed: zones, rules (and {@code score} for why), at most 25. */
    public static List<String> suggestions(String option, String typed) {
        List<String> all = switch (option) {
            case "zone" -> OptionValues.zonesMatching(typed);
            case "rule" -> withScore(typed, OptionValues.rulesMatching(typed));
            case "mute", "unmute" -> OptionValues.rulesMatching(typed);
            default -> List.of();
        };
        return all.size() > 25 ? all.subList(0, 25) : all;
    }

    private static List<String> withScore(String typed, List<String> rules) {
        if (!"score".contains(typed.strip().toLowerCase(Locale.ROOT))) {
            return rules;
        }
        List<String> all = new ArrayList<>(rules.subList(0, Math.min(rules.size(), 24)));
        all.add(0, "score");
        return all;
    }

    private static CompletableFuture<Reply> done(Reply reply) {
        return CompletableFuture.completedFuture(reply);
    }
}
